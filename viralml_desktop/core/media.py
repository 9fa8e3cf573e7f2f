"""Safe media opening: every refusal is an :class:`InputError` with one clear line.

Images are checked from their header before any pixel is decoded (size on disk, pixel
count, degenerate sides), so a 20000×20000 PNG or a 3000×1 line is refused without allocating
anything; an image over 4.2 MP is decoded at 1/n size (:func:`decode_image`, the one decoder of
user images), and the accepted extensions are those Pillow here really opens
(:func:`image_extensions`). Videos are opened with
PyAV; a text file renamed .mp4, a truncated file or a file with no streams is named as such.
"""
from __future__ import annotations

import logging
import math
import os
import re
import stat
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import numpy as np

from viralml_desktop.core.errors import InputError

log = logging.getLogger(__name__)

MAX_IMAGE_BYTES = 64 * 1024 * 1024
MAX_IMAGE_PIXELS = 40_000_000  # ~ 8K x 5K; a 20000x20000 image (400 MP) is refused from its header
MAX_DECODED_PIXELS = 2048 * 2048  # larger images are decoded at 1/n size (n an integer) to fit this
MIN_IMAGE_SIDE = 16  # pixels; a thinner image holds no picture to analyse (a 3000×1 line is refused)
MAX_ASPECT_RATIO = 20  # long side / short side; a 20:1 banner is the most that is analysed
MAX_VIDEO_BYTES = 8 * 1024 ** 3

VIDEO_EXTENSIONS = (".mp4", ".mov", ".webm", ".mkv", ".m4v", ".avi")

# Raster picture formats a thumbnail can come in (Pillow format name -> the Pillow feature its
# decoder needs, None when built in). Pillow's other readers are left out: scientific and stub
# formats (FITS, GRIB, BUFR, HDF5), formats needing an outside program (EPS: Ghostscript; WMF:
# Windows), and icons, cursors and textures. HEIF is listed only once a plugin registers it
# (pi-heif or pillow-heif, when installed; neither is a dependency).
_PICTURE_FORMATS = {"JPEG": "jpg", "MPO": "jpg", "PNG": "zlib", "WEBP": "webp", "AVIF": "avif",
                    "HEIF": None, "GIF": None, "BMP": None, "DIB": None, "TIFF": None,
                    "JPEG2000": "jpg_2000", "TGA": None, "PPM": None, "QOI": None}
_heif_checked = False


def _register_heif() -> None:
    """Register a HEIC/HEIF decoder with Pillow when one is installed (pi-heif or pillow-heif)."""
    global _heif_checked
    if _heif_checked:
        return
    _heif_checked = True
    import importlib

    for name in ("pi_heif", "pillow_heif"):
        try:
            importlib.import_module(name).register_heif_opener()
            return
        except Exception:  # noqa: BLE001 - not installed or broken: HEIC stays unlisted
            continue


def image_extensions() -> tuple[str, ...]:
    """The file extensions of the picture formats this installation really decodes.

    Returns
    -------
    tuple of str
        Lower-case extensions with their dot (``".jpg"``, ``".avif"``, ...), sorted: every
        extension Pillow registers for a format in the picture list that has an opener
        (``PIL.Image.OPEN``) and whose codec was built in (``PIL.features.check``). AVIF and
        WebP come with Pillow's wheels; HEIC/HEIF only when pi-heif or pillow-heif is
        installed (it is registered on first use). The one list used by the file dialogs,
        drag and drop, folder batches and the CLI (``media.IMAGE_EXTENSIONS``).
    """
    global _image_extensions
    if _image_extensions is None:
        from PIL import Image, features

        _register_heif()
        Image.init()
        ok = {fmt for fmt, feat in _PICTURE_FORMATS.items()
              if fmt in Image.OPEN and (feat is None or features.check(feat))}
        _image_extensions = tuple(sorted(ext.lower() for ext, fmt in Image.registered_extensions().items()
                                         if fmt in ok))
    return _image_extensions


_image_extensions: Optional[tuple[str, ...]] = None


def __getattr__(name: str):
    # IMAGE_EXTENSIONS is built from Pillow's registry on first use, not on import.
    if name == "IMAGE_EXTENSIONS":
        return image_extensions()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def shown_name(path: str | os.PathLike) -> str:
    """The file name to show a user for ``path``.

    A request's media file reaches the readers as ``/proc/self/fd/N`` (opened once, confined to
    its root: :func:`viralml_desktop.core.security.open_confined`); its own name is the target of
    that link, not ``N``.
    """
    p = Path(path)
    if p.parent == Path("/proc/self/fd"):
        try:
            return Path(os.readlink(p)).name
        except OSError:
            pass
    return p.name


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
        raise InputError(f"{what} is empty (0 bytes): {shown_name(p)}")
    if st.st_size > max_bytes:
        raise InputError(f"{what} too large: {shown_name(p)} is {st.st_size / 1e6:.0f} MB "
                         f"(limit {max_bytes / 1e6:.0f} MB)")
    if not os.access(p, os.R_OK):
        raise InputError(f"no permission to read {p}")
    return p


@dataclass
class ImageInfo:
    """What an image file's header says, read without decoding a pixel.

    Attributes
    ----------
    width, height : int
        The stored size in pixels (before any EXIF rotation).
    mode : str
        Pillow's colour mode (``"RGB"``, ``"I;16"``, ``"P"``, ...).
    format : str or None
        Pillow's format name (``"PNG"``, ``"AVIF"``, ...).
    """
    width: int
    height: int
    mode: str
    format: Optional[str]


#: The first bytes of the image formats Pillow reads here (PNG, JPEG, GIF, WebP, TIFF, BMP, HEIF/AVIF):
#: a file that starts with one and that Pillow cannot identify is a damaged image, not another kind of file.
_IMAGE_SIGNATURES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"II*\x00", b"MM\x00*", b"BM")


def _has_image_signature(p: Path) -> bool:
    """Whether ``p`` starts with an image format's signature (:data:`_IMAGE_SIGNATURES`, a RIFF WebP
    or an ISO-BMFF ``ftyp`` box of HEIC/HEIF/AVIF). False when it cannot be read."""
    try:
        with open(p, "rb") as f:
            head = f.read(16)
    except OSError:
        return False
    return (head.startswith(_IMAGE_SIGNATURES) or (head[:4] == b"RIFF" and head[8:12] == b"WEBP")
            or (head[4:8] == b"ftyp" and head[8:12] in (b"heic", b"heix", b"mif1", b"msf1", b"avif", b"heim")))


def _open_image(p: Path):
    """Pillow's lazy open (header only), its errors as one line."""
    from PIL import Image, UnidentifiedImageError

    if p.suffix.lower() in (".heic", ".heif", ".hif"):
        _register_heif()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            return Image.open(p)
    except (UnidentifiedImageError, ImportError):
        # ImportError: once ultralytics is imported it patches Image.open to try an optional
        # HEIF plugin on unknown files; either way the file is not an image we can read.
        if p.suffix.lower() in (".heic", ".heif", ".hif") and ".heic" not in image_extensions():
            raise InputError(f"cannot read HEIC/HEIF here: {shown_name(p)} (install pi-heif to open it, "
                             f"or export it as JPEG)") from None
        if _has_image_signature(p):  # an image whose header is damaged (a bad CRC, a cut IHDR): not "not an image"
            raise InputError(f"image is truncated or corrupt: {shown_name(p)}") from None
        raise InputError(f"not an image (unrecognised format): {shown_name(p)}") from None
    except Image.DecompressionBombError as e:  # PIL's own guard fires before ours for > ~180 MP
        mp = re.search(r"\((\d+) pixels\)", str(e))
        size = f" ({int(mp.group(1)) / 1e6:.0f} MP" if mp else " ("
        raise InputError(f"image too large: {shown_name(p)}{size}; limit {MAX_IMAGE_PIXELS / 1e6:.0f} MP)") from None
    except OSError as e:
        if e.errno is not None:  # the system could not read the file (an I/O error): say its reason
            raise InputError(f"cannot read image {shown_name(p)}: {e.strerror or e}") from None
        # Pillow's own OSError ("Truncated File Read", "broken PNG file", ...): the header is damaged
        raise InputError(f"image is truncated or corrupt: {shown_name(p)}") from None
    except (ValueError, SyntaxError):  # a malformed header (a bad marker, chunk or tag)
        raise InputError(f"image is truncated or corrupt: {shown_name(p)}") from None


def image_info(path: str | os.PathLike, max_pixels: int = MAX_IMAGE_PIXELS,
               max_bytes: int = MAX_IMAGE_BYTES) -> ImageInfo:
    """Read only the header and refuse what is not to be decoded.

    Parameters
    ----------
    path : str or PathLike
        The image file.
    max_pixels : int
        The most pixels (width × height) accepted; :data:`MAX_IMAGE_PIXELS` (40 MP) by default.
    max_bytes : int
        The largest file accepted; :data:`MAX_IMAGE_BYTES` (64 MiB) by default.

    Returns
    -------
    ImageInfo
        Size, mode and format from the header.

    Raises
    ------
    InputError
        Missing, unreadable, empty or oversized file; not an image; more than ``max_pixels``;
        a side under :data:`MIN_IMAGE_SIDE` (16) pixels or sides further apart than
        :data:`MAX_ASPECT_RATIO` (20:1): checked before any pixel is decoded.
    """
    p = check_file(path, max_bytes, "image")
    im = _open_image(p)
    try:
        info = ImageInfo(im.width, im.height, im.mode, im.format)
    finally:
        im.close()
    _check_size(p, info.width, info.height, max_pixels)
    return info


def shown_size(path: str | os.PathLike) -> tuple[int, int]:
    """An image's full size as it is shown (EXIF orientation applied), from its header.

    Parameters
    ----------
    path : str or PathLike
        The image file.

    Returns
    -------
    (int, int)
        Width and height in pixels; swapped from the stored size when the EXIF orientation is
        a quarter turn (5-8). No pixel is decoded (a PNG's EXIF is read only when it comes
        before the pixel data).

    Raises
    ------
    InputError
        As :func:`image_info`.
    """
    from PIL import Image

    info = image_info(path)
    im = _open_image(Path(path))
    try:
        if im.format == "PNG":  # Pillow's PNG getexif() would decode the pixels to find a late eXIf
            exif = Image.Exif()
            if im.info.get("exif"):
                exif.load(im.info["exif"])
        else:
            exif = im.getexif()
        turned = exif.get(0x0112, 1) in (5, 6, 7, 8)
    except Exception:  # noqa: BLE001 - a malformed EXIF block: the stored size
        turned = False
    finally:
        im.close()
    return (info.height, info.width) if turned else (info.width, info.height)


def _check_size(p: Path, w: int, h: int, max_pixels: int) -> None:
    if w <= 0 or h <= 0:
        raise InputError(f"image has no pixels: {shown_name(p)}")
    if w * h > max_pixels:
        raise InputError(f"image too large: {shown_name(p)} is {w}×{h} "
                         f"({w * h / 1e6:.0f} MP; limit {max_pixels / 1e6:.0f} MP)")
    if min(w, h) < MIN_IMAGE_SIDE or max(w, h) > MAX_ASPECT_RATIO * min(w, h):
        raise InputError(f"image too thin to analyse: {shown_name(p)} is {w}×{h} px (each side at least "
                         f"{MIN_IMAGE_SIDE} px, at most {MAX_ASPECT_RATIO}:1)")


def reduction_factor(width: int, height: int, max_pixels: int = MAX_DECODED_PIXELS) -> int:
    """The smallest integer n for which an image shrunk to 1/n per side fits ``max_pixels``.

    Parameters
    ----------
    width, height : int
        The image's size in pixels.
    max_pixels : int
        The most pixels wanted after the reduction.

    Returns
    -------
    int
        n ≥ 1; the reduced size is ``ceil(width / n) × ceil(height / n)``.
    """
    n = max(1, math.ceil(math.sqrt(width * height / float(max_pixels))))
    while math.ceil(width / n) * math.ceil(height / n) > max_pixels:
        n += 1
    return n


@dataclass
class DecodedImage:
    """An image decoded for analysis.

    Attributes
    ----------
    bgr : (H, W, 3) uint8 array, BGR
        The pixels, upright (EXIF orientation applied), 8 bits per channel, alpha composited.
    width, height : int
        The full image's size as shown (after EXIF rotation), in pixels; ``bgr`` is this size
        divided by ``reduction`` (rounded up) when the image was larger than
        :data:`MAX_DECODED_PIXELS`.
    reduction : int
        1 when decoded at full size, else n (decoded at 1/n per side).
    format : str or None
        Pillow's format name.
    bit_depth : int
        Bits per channel in the file as decoded by Pillow (16 for ``I;16`` greyscale, else 8).
    """
    bgr: np.ndarray
    width: int
    height: int
    reduction: int
    format: Optional[str]
    bit_depth: int


_SIXTEEN_BIT = ("I;16", "I;16B", "I;16L", "I;16N", "I")


def _scale_16(arr: np.ndarray, mode: str) -> np.ndarray:
    """16-bit (or float 0-1) samples as uint8, scaled by the bit depth: x / 257, not by the
    image's own maximum. Row blocks bound the float copies."""
    out = np.empty(arr.shape, np.uint8)
    for i in range(0, arr.shape[0], 256):
        block = arr[i:i + 256].astype(np.float32)
        if mode == "F":  # floating point samples are taken as 0-1
            block = np.nan_to_num(block, nan=0.0) * 255.0
        else:  # I;16* and I (Pillow's 32-bit mode for 16-bit samples): 0-65535 -> 0-255
            block /= 257.0
        out[i:i + 256] = np.clip(block + 0.5, 0, 255)
    return out


def _to_8bit(im):
    """A 16-bit greyscale (or 32-bit integer / float) image as 8-bit ``L``."""
    from PIL import Image

    return Image.fromarray(_scale_16(np.asarray(im), im.mode), mode="L")


def _reduce(im, n: int):
    """``im`` shrunk to 1/n per side (box filter), in a mode Pillow can reduce."""
    from PIL import Image

    if im.mode in ("L", "LA", "RGB", "RGBA", "CMYK", "YCbCr", "I", "F"):
        return im.reduce(n)
    # palette indices cannot be averaged, and Pillow cannot reduce 1-bit or I;16 images
    if im.mode in _SIXTEEN_BIT:
        import cv2

        arr = np.asarray(im).astype(np.uint16, copy=False)  # native byte order for OpenCV
        small = cv2.resize(arr, (math.ceil(im.width / n), math.ceil(im.height / n)), interpolation=cv2.INTER_AREA)
        return Image.fromarray(_scale_16(small, im.mode), mode="L")
    if im.mode in ("PA", "La", "RGBa") or (im.mode == "P" and "transparency" in im.info):
        return im.convert("RGBA").reduce(n)
    return im.convert("L" if im.mode == "1" else "RGB").reduce(n)


def decode_image(path: str | os.PathLike, max_pixels: int = MAX_IMAGE_PIXELS,
                 max_bytes: int = MAX_IMAGE_BYTES, decoded_pixels: int = MAX_DECODED_PIXELS,
                 background=(255, 255, 255)) -> DecodedImage:
    """Decode a user's image for analysis, in bounded memory: the one decoder of the app.

    Parameters
    ----------
    path : str or PathLike
        The image file (any format in :func:`image_extensions`).
    max_pixels : int
        Refuse larger images from their header (:data:`MAX_IMAGE_PIXELS`, 40 MP).
    max_bytes : int
        Refuse larger files (:data:`MAX_IMAGE_BYTES`, 64 MiB).
    decoded_pixels : int
        Decode larger images at 1/n size to fit (:data:`MAX_DECODED_PIXELS`, 2048² ≈ 4.2 MP):
        JPEG straight at 1/2, 1/4 or 1/8 scale (libjpeg's DCT scaling, ``Image.draft``), other
        formats decoded then box-reduced (``Image.reduce``) before any conversion.
    background : tuple of 3 int
        RGB colour that transparent pixels are composited over (white).

    Returns
    -------
    DecodedImage
        The BGR pixels and the full size. Greyscale, palette, CMYK, LA/RGBA and 16-bit images
        are converted to 8-bit BGR; 16-bit samples are scaled by their bit depth (x / 257),
        so a dark 16-bit image stays dark.

    Raises
    ------
    InputError
        Everything :func:`image_info` refuses, a truncated or corrupt file, and colour modes
        Pillow cannot turn into RGB.

    Notes
    -----
    Peak memory is the decoded full image (at most 4 bytes × 40 MP = 160 MB, for non-JPEG
    formats) plus the reduced one; bench/image_decode_memory.py measures it.
    """
    from PIL import Image, ImageOps

    p = check_file(path, max_bytes, "image")
    im = _open_image(p)
    fmt = im.format
    w, h = im.size
    try:
        _check_size(p, w, h, max_pixels)
    except InputError:
        im.close()
        raise
    try:
        n = reduction_factor(w, h, decoded_pixels)
        if n > 1 and fmt in ("JPEG", "MPO"):
            im.draft(im.mode, (math.ceil(w / n), math.ceil(h / n)))  # DCT scaling: 1/2, 1/4 or 1/8
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            im.load()
        depth = 16 if im.mode in _SIXTEEN_BIT else 8
        rest = reduction_factor(im.width, im.height, decoded_pixels)
        if rest > 1:
            small = _reduce(im, rest)
            small.info.update(im.info)  # the EXIF orientation travels with the pixels
            im.close()  # frees the full-size pixels before any conversion
            im = small
        reduction = max(1, round(w / im.width))
        turned = im.getexif().get(0x0112, 1) in (5, 6, 7, 8)  # EXIF orientation: a quarter turn
        im = ImageOps.exif_transpose(im)  # phone photos carry their rotation in EXIF
        if im.mode in _SIXTEEN_BIT or im.mode == "F":
            im = _to_8bit(im)
        if im.mode in ("RGBA", "LA", "PA", "La", "RGBa") or (im.mode == "P" and "transparency" in im.info):
            im = im.convert("RGBA")
            bg = Image.new("RGBA", im.size, tuple(background) + (255,))
            im = Image.alpha_composite(bg, im)
        rgb = im if im.mode == "RGB" else im.convert("RGB")
        arr = np.asarray(rgb, dtype=np.uint8)
    except OSError as e:
        msg = str(e)
        if "truncated" in msg.lower() or "broken data" in msg.lower():
            raise InputError(f"image is truncated or corrupt: {shown_name(p)}") from None
        raise _undecodable(p, fmt, e) from None
    except (ValueError, SyntaxError) as e:  # PIL raises these on malformed data and odd modes
        raise _undecodable(p, fmt, e) from None
    finally:
        im.close()
    full_w, full_h = (h, w) if turned else (w, h)
    return DecodedImage(np.ascontiguousarray(arr[:, :, ::-1]), full_w, full_h, reduction, fmt, depth)



def _undecodable(p: Path, fmt: str, e: Exception) -> InputError:
    """The app's line for an image whose header opens and whose pixels do not decode.

    Pillow's reason ("codec configuration error when reading image file", "decoder error -2",
    "failed to read next frame") is library English a user cannot act on, so the line says what it
    means in the app's words (the CLI, the HTTP server and both tabs show this line, translated by the
    catalogue); the library's reason goes to the log for whoever debugs it.
    """
    log.info("Pillow could not decode %s (%s): %s", shown_name(p), fmt, e)
    return InputError(f"cannot decode image {shown_name(p)} ({fmt}): its data is damaged or in an encoding "
                      "this app cannot read")

def load_image_bgr(path: str | os.PathLike, max_pixels: int = MAX_IMAGE_PIXELS,
                   max_bytes: int = MAX_IMAGE_BYTES, background=(255, 255, 255)) -> np.ndarray:
    """Decode to an H×W×3 uint8 BGR array (OpenCV order), through :func:`decode_image`.

    Parameters
    ----------
    path : str or PathLike
        The image file.
    max_pixels, max_bytes, background
        As in :func:`decode_image`.

    Returns
    -------
    (H, W, 3) uint8 array, BGR
        Upright; at 1/n size when the image has more than :data:`MAX_DECODED_PIXELS` pixels.

    Raises
    ------
    InputError
        As :func:`decode_image`.
    """
    return decode_image(path, max_pixels, max_bytes, background=background).bgr


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
        raise InputError(f"not a playable video (invalid data): {shown_name(p)}") from None
    except av.error.FFmpegError as e:
        raise InputError(f"cannot open video {shown_name(p)}: {e}") from None
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(f"cannot open video {shown_name(p)}: {e}") from None


_STILL_FORMATS = ("image2", "image2pipe")
"""FFmpeg's demuxers of still pictures (besides every ``<codec>_pipe``: png_pipe, jpeg_pipe, webp_pipe ...)."""


def check_video(path: str | os.PathLike, sound_ok: bool = False) -> str:
    """The one check every video entry point makes first: is this file a video (moving pictures)?

    Used by ``predict_virality`` (CLI, HTTP, upload, batch), the measuring of folders of videos
    (personal model, trend profile), the Virality tab's frame strip, the thumbnail candidates of
    a video (``best_frames``) and the release kit, so a file that is not a video gets the same
    one line from each.

    Parameters
    ----------
    path : str or PathLike
        The file.
    sound_ok : bool
        Accept a sound file (no picture stream, or only a sound file's cover art) and say so:
        ``predict_virality`` measures the sound of an audio-only file; the picture readers refuse it.

    Returns
    -------
    str
        ``"video"``, or ``"sound"`` (only with ``sound_ok``) for a sound file.

    Raises
    ------
    InputError
        As :func:`open_container` (missing, empty, over 8 GiB, not a playable container); no
        stream at all; a still picture (a PNG or JPEG, whatever its extension: FFmpeg reads it
        through an image demuxer, and a video of a single frame is one too); a sound file (no
        picture stream, or only a cover art: an MP3 or M4A with its attached picture) unless
        ``sound_ok``; a picture stream whose first frame does not decode (a damaged or mislabelled
        file). Each is one line naming the file.
    """
    import av

    name = shown_name(path)
    c = open_container(path)
    try:
        if not c.streams.video and not c.streams.audio:
            raise InputError(f"no video or audio stream in {name}")
        fmt = (c.format.name or "").split(",")[0]
        if fmt.endswith("_pipe") or fmt in _STILL_FORMATS:
            kind = fmt[:-5] if fmt.endswith("_pipe") else (c.streams.video[0].codec_context.name if c.streams.video
                                                            else "image")
            kind = {"mjpeg": "jpeg", "jpegls": "jpeg"}.get(kind, kind)
            raise InputError(f"{name} is a still picture ({kind.upper()}), not a video")
        if not c.streams.video:
            if sound_ok:
                return "sound"
            raise InputError(f"{name} is a sound file, not a video: it has no picture")
        still = av.stream.Disposition.attached_pic | av.stream.Disposition.still_image
        moving = [s for s in c.streams.video if not int(s.disposition) & int(still)]
        if not moving:  # an MP3 or M4A with its cover art: the picture stream is that one image
            if sound_ok:
                return "sound"
            raise InputError(f"{name} is a sound file, not a video: its only picture is the cover art")
        first = None
        try:
            decoded = c.decode(moving[0])
            first = next(decoded, None)
            second = next(decoded, None) if first is not None else None
        except av.error.FFmpegError as e:
            if first is not None:  # the first frame decoded; a damaged stretch after it is the readers' to report
                return "video"
            raise InputError(f"{name}: its first video frame does not decode ({e.strerror or e}): not a video, or "
                             "the file is damaged") from None
        if first is None:
            raise InputError(f"{name}: no video frame decodes: not a video, or the file is damaged")
        if second is None:
            raise InputError(f"{name} is a still picture (a video of a single frame), not a video")
        return "video"
    finally:
        c.close()


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
            raise InputError(f"no video or audio stream in {shown_name(p)}")
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
