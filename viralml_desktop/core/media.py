"""Safe media opening: every refusal is an :class:`InputError` with one clear line.

Images are checked from their header before any pixel is decoded (size on disk, pixel
count), so a 20000×20000 PNG is refused without allocating 1.6 GB. Videos are opened with
PyAV; a text file renamed .mp4, a truncated file or a file with no streams is named as such.
"""
from __future__ import annotations

import os
import re
import stat
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import numpy as np

from viralml_desktop.core.errors import InputError

MAX_IMAGE_BYTES = 64 * 1024 * 1024
MAX_IMAGE_PIXELS = 40_000_000  # ~ 8K x 5K; a 20000x20000 image (400 MP) is refused
MAX_VIDEO_BYTES = 8 * 1024 ** 3

IMAGE_EXTENSIONS = (".jpg", ".jpeg", ".png", ".webp", ".bmp", ".tif", ".tiff", ".gif")
VIDEO_EXTENSIONS = (".mp4", ".mov", ".webm", ".mkv", ".m4v", ".avi")


def check_file(path: str | os.PathLike, max_bytes: int, what: str = "file") -> Path:
    """A regular, non-empty, readable file no larger than ``max_bytes``."""
    p = Path(path)
    try:
        st = p.stat()
    except FileNotFoundError:
        raise InputError(f"{what} not found: {p}") from None
    except OSError as e:
        raise InputError(f"cannot read {what} {p}: {e.strerror}") from None
    if not stat.S_ISREG(st.st_mode):
        raise InputError(f"not a regular file: {p}")
    if st.st_size == 0:
        raise InputError(f"{what} is empty (0 bytes): {p.name}")
    if st.st_size > max_bytes:
        raise InputError(f"{what} too large: {p.name} is {st.st_size / 1e6:.0f} MB "
                         f"(limit {max_bytes / 1e6:.0f} MB)")
    if not os.access(p, os.R_OK):
        raise InputError(f"no permission to read {p}")
    return p


@dataclass
class ImageInfo:
    width: int
    height: int
    mode: str
    format: Optional[str]


def image_info(path: str | os.PathLike, max_pixels: int = MAX_IMAGE_PIXELS,
               max_bytes: int = MAX_IMAGE_BYTES) -> ImageInfo:
    """Read only the header: format, size and colour mode."""
    from PIL import Image, UnidentifiedImageError

    p = check_file(path, max_bytes, "image")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(p) as im:
                info = ImageInfo(im.width, im.height, im.mode, im.format)
    except (UnidentifiedImageError, ImportError):
        # ImportError: once ultralytics is imported it patches Image.open to try an optional
        # HEIF plugin on unknown files; either way the file is not an image we can read.
        raise InputError(f"not an image (unrecognised format): {p.name}") from None
    except Image.DecompressionBombError as e:  # PIL's own guard fires before ours for > ~180 MP
        mp = re.search(r"\((\d+) pixels\)", str(e))
        size = f" ({int(mp.group(1)) / 1e6:.0f} MP" if mp else " ("
        raise InputError(f"image too large: {p.name}{size}; limit {max_pixels / 1e6:.0f} MP)") from None
    except OSError as e:
        raise InputError(f"cannot read image {p.name}: {e}") from None
    if info.width <= 0 or info.height <= 0:
        raise InputError(f"image has no pixels: {p.name}")
    if info.width * info.height > max_pixels:
        raise InputError(f"image too large: {p.name} is {info.width}×{info.height} "
                         f"({info.width * info.height / 1e6:.0f} MP; limit {max_pixels / 1e6:.0f} MP)")
    return info


def load_image_bgr(path: str | os.PathLike, max_pixels: int = MAX_IMAGE_PIXELS,
                   max_bytes: int = MAX_IMAGE_BYTES, background=(255, 255, 255)) -> np.ndarray:
    """Decode to an H×W×3 uint8 BGR array (OpenCV order).

    Greyscale, palette, CMYK, 16-bit and alpha images are converted; alpha is composited
    over ``background``. Truncated or corrupt files raise InputError.
    """
    from PIL import Image, ImageOps

    info = image_info(path, max_pixels, max_bytes)
    p = Path(path)
    try:
        with Image.open(p) as im:
            im = ImageOps.exif_transpose(im)  # phone photos carry their rotation in EXIF
            im.load()
            if im.mode in ("RGBA", "LA", "PA") or (im.mode == "P" and "transparency" in im.info):
                im = im.convert("RGBA")
                bg = Image.new("RGBA", im.size, tuple(background) + (255,))
                im = Image.alpha_composite(bg, im)
            if im.mode in ("I;16", "I;16B", "I;16L", "I"):
                arr = np.asarray(im, dtype=np.float64)
                arr = (255.0 * arr / max(1.0, float(arr.max()))).astype(np.uint8)
                im = Image.fromarray(arr, mode="L")
            rgb = im.convert("RGB")
            arr = np.asarray(rgb, dtype=np.uint8)
    except OSError as e:
        msg = str(e)
        if "truncated" in msg.lower():
            raise InputError(f"image is truncated or corrupt: {p.name}") from None
        raise InputError(f"cannot decode image {p.name} ({info.format}): {msg}") from None
    except (ValueError, SyntaxError) as e:  # PIL raises these on some malformed headers
        raise InputError(f"corrupt image {p.name}: {e}") from None
    return np.ascontiguousarray(arr[:, :, ::-1])


@dataclass
class VideoInfo:
    path: Path
    duration_s: float
    width: int
    height: int
    fps: float
    has_video: bool
    has_audio: bool
    video_codec: Optional[str]
    audio_codec: Optional[str]
    audio_rate: Optional[int]
    frame_count: Optional[int]


def open_container(path: str | os.PathLike, max_bytes: int = MAX_VIDEO_BYTES):
    """Open with PyAV, turning its errors into a clear InputError. Caller closes it."""
    import av

    p = check_file(path, max_bytes, "video")
    try:
        return av.open(str(p), metadata_errors="ignore")
    except av.error.InvalidDataError:
        raise InputError(f"not a playable video (invalid data): {p.name}") from None
    except av.error.FFmpegError as e:
        raise InputError(f"cannot open video {p.name}: {e}") from None
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(f"cannot open video {p.name}: {e}") from None


def upright(img: np.ndarray, rotation: int) -> np.ndarray:
    """A decoded picture turned as it is meant to be shown. ``rotation`` is PyAV's
    ``VideoFrame.rotation``: the counter-clockwise turn in the stream's display matrix (a phone held
    upright stores landscape pixels and −90)."""
    k = (int(round(rotation / 90.0)) % 4) if rotation else 0
    return np.ascontiguousarray(np.rot90(img, k)) if k else img


def frame_bgr(frame) -> np.ndarray:
    """A PyAV video frame as an upright BGR array."""
    return upright(frame.to_ndarray(format="bgr24"), int(getattr(frame, "rotation", 0) or 0))


def probe_video(path: str | os.PathLike) -> VideoInfo:
    """Streams, duration, size and rate, read from the container (no frame decoded). The size is as
    stored: a phone video's display rotation rides on its frames (``VideoFrame.rotation``)."""
    p = Path(path)
    with open_container(p) as c:
        vs = c.streams.video[0] if c.streams.video else None
        aus = c.streams.audio[0] if c.streams.audio else None
        if vs is None and aus is None:
            raise InputError(f"no video or audio stream in {p.name}")
        duration = None
        if c.duration:
            duration = c.duration / 1_000_000  # av.time_base
        for s in (vs, aus):
            if duration is None and s is not None and s.duration and s.time_base:
                duration = float(s.duration * s.time_base)
        fps = float(vs.average_rate) if vs is not None and vs.average_rate else 0.0
        return VideoInfo(
            path=p,
            duration_s=float(duration or 0.0),
            width=int(vs.codec_context.width) if vs is not None else 0,
            height=int(vs.codec_context.height) if vs is not None else 0,
            fps=fps,
            has_video=vs is not None,
            has_audio=aus is not None,
            video_codec=vs.codec_context.name if vs is not None else None,
            audio_codec=aus.codec_context.name if aus is not None else None,
            audio_rate=int(aus.codec_context.sample_rate) if aus is not None else None,
            frame_count=int(vs.frames) if vs is not None and vs.frames else None,
        )


def file_sha256(path: str | os.PathLike) -> str:
    from viralml_desktop.core.registry import sha256_file

    return sha256_file(Path(path))
