"""The Thumbnails tab's jobs: each one named core function ``job(args, progress) -> result``.

- :func:`score_with_preview`: ``score_thumbnail`` (through the engine, as every front runs it)
  plus the images the tab shows: the thumbnail, the improved image *as the improvement search
  built it* (kept by content hash in :mod:`.score`, not rebuilt) and the competitors' images;
- :func:`score_folder`: every image of a folder, each row handed over as it finishes
  (``progress.partial(row)``), a bad file named in its row;
- :func:`best_frames`: thumbnail candidates from a video;
- :func:`fit_channel`, :func:`channel_summary`, :func:`forget_channel`: the personal channel model;
- :func:`save_image`, :func:`write_csv`, :func:`keep_frame`: the files the tab writes.

No Qt here. In-process results carry numpy BGR images (uint8, (H, W, 3)) beside plain values.
"""
from __future__ import annotations

import bisect
import csv
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Optional, Sequence, Union

import numpy as np

from viralml_desktop.core import media, paths
from viralml_desktop.core.errors import InputError
from viralml_desktop.core.progress import Progress, ProgressLike
from viralml_desktop.core.thumbnails import channel as thumbnail_model
from viralml_desktop.core.thumbnails import edits as thumbnail_edits
from viralml_desktop.core.thumbnails.features import ThumbnailFeatures, analyze
from viralml_desktop.core.thumbnails.score import image_features, improved_image, reason_lines, resolve_path, \
    score_features

log = logging.getLogger(__name__)

# What the tab accepts: images to score (every format the decoders open), videos to pick frames
# from; and the formats it writes (OpenCV's encoders).
IMAGE_EXTENSIONS = media.IMAGE_EXTENSIONS
VIDEO_EXTENSIONS = media.VIDEO_EXTENSIONS
SAVE_EXTENSIONS = (".png", ".jpg", ".jpeg", ".webp", ".bmp")


# -- score with the before/after preview ---------------------------------------------

@dataclass
class ScorePreview:
    """A thumbnail's score and the images of its before/after preview.

    Attributes
    ----------
    response : dict
        The ``score_thumbnail`` response, JSON-ready.
    before : (H, W, 3) uint8 array, BGR
        The thumbnail.
    after : (H, W, 3) uint8 array, BGR
        The improved image; the same array as ``before`` when no edit raised the score.
    after_source : str
        ``"search"`` (the image the improvement search built), ``"replayed"`` (the search
        result came from the cache after its image had left it: the chain replayed on the
        original) or ``"original"`` (no improvement).
    previews : dict of str to (H, W, 3) uint8 array, BGR
        Each competitor that was scored, by its path as given, and its image.
    """
    response: dict
    before: np.ndarray
    after: np.ndarray
    after_source: str
    previews: dict[str, np.ndarray] = field(default_factory=dict)


def render_improved(thumbnail_path: str, response: dict, edits: Optional[list[dict]] = None) -> tuple[np.ndarray, np.ndarray]:
    """Replay a response's chain of edits on the original thumbnail.

    Parameters
    ----------
    thumbnail_path : str
        The thumbnail file (``~`` expanded).
    response : dict
        A ``score_thumbnail`` response of that file; read: ``analysis`` (the measured text
        and face boxes the edits need) and ``improved.edits``.
    edits : list of dict, optional
        ``{"kind", "amount"}`` edits to replay instead of ``improved.edits``.

    Returns
    -------
    before, after : (H, W, 3) uint8 arrays, BGR
        The original and the edited image, in the original's size.

    Raises
    ------
    InputError
        The thumbnail cannot be read as an image.
    """
    bgr = media.load_image_bgr(resolve_path(thumbnail_path))
    feats = ThumbnailFeatures.from_dict({k: v for k, v in response["analysis"].items()
                                         if k in ThumbnailFeatures.__dataclass_fields__})
    chosen = thumbnail_edits.edits_from(response.get("improved", {}).get("edits") if edits is None else edits)
    return bgr, thumbnail_edits.render(bgr, feats, chosen)


def score_with_preview(request: Any, progress: Optional[ProgressLike] = None) -> ScorePreview:
    """Score a thumbnail and return the images of its before/after preview.

    Parameters
    ----------
    request : ThumbnailRequest or dict
        A ``score_thumbnail`` request (validated here); see
        :func:`viralml_desktop.core.thumbnails.score.run` for the fields read.
    progress : ProgressLike, optional
        Fraction done, stage messages and cancellation.

    Returns
    -------
    ScorePreview
        The response (through ``engine.run``, recorded in the health history as every front's
        call is) and the thumbnail, the improved image and the competitors' images.

    Raises
    ------
    InputError
        The request is invalid or the thumbnail cannot be read.
    FeatureDisabled
        Thumbnail scoring is off in the configuration (``features.thumbnail_scoring``).
    ModelUnavailable
        The OCR engine or the Haar cascade cannot be loaded.
    Cancelled
        Through ``progress``.

    Notes
    -----
    The improved image is the one the search built, taken from
    :func:`viralml_desktop.core.thumbnails.score.improved_image`, not rebuilt; only when it
    has left its cache is the chain replayed (:func:`render_improved`). A competitor whose
    image cannot be decoded again has no preview; its score stands.
    """
    from viralml_desktop.core import engine

    progress = progress or Progress()
    req = engine.parse_request("score_thumbnail", request)
    resp = engine.run("score_thumbnail", req, progress)
    path = resolve_path(req.thumbnail_path)
    before = media.load_image_bgr(path)
    chain = resp["improved"]["edits"]
    after, source = before, "original"
    if chain:
        after, source = improved_image(resp["analysis"]["sha256"]), "search"
        if after is None:
            after, source = render_improved(str(path), resp)[1], "replayed"
    previews = {}
    for c in resp["competitors"]:
        if "error" not in c:
            try:
                previews[c["path"]] = media.load_image_bgr(resolve_path(c["path"], path.parent))
            except InputError:  # a preview is decoration; the score already came from the engine
                pass
    return ScorePreview(resp, before, after, source, previews)


# -- saving ------------------------------------------------------------------------------

def save_image(bgr: np.ndarray, path: str) -> str:
    """Write an image file, its format chosen by the extension (any path, Unicode included).

    Parameters
    ----------
    bgr : (H, W, 3) uint8 array, BGR
        The image.
    path : str
        The file to write: ``.png``, ``.jpg``/``.jpeg`` (quality 92), ``.webp`` or ``.bmp``;
        without an extension the bytes are PNG.

    Returns
    -------
    str
        ``path``.

    Raises
    ------
    InputError
        Another extension, an image OpenCV cannot encode, or a file that cannot be written.

    Notes
    -----
    The image is encoded in memory and written with Python, since ``cv2.imwrite`` fails on
    non-ASCII paths on Windows.
    """
    import cv2

    p = Path(path)
    ext = p.suffix.lower() or ".png"
    if ext not in SAVE_EXTENSIONS:
        raise InputError(f"cannot save as {ext}: use .png, .jpg or .webp")
    params = [cv2.IMWRITE_JPEG_QUALITY, 92] if ext in (".jpg", ".jpeg") else []
    ok, buf = cv2.imencode(ext, bgr, params)
    if not ok:
        raise InputError(f"could not encode {p.name}")
    try:
        p.write_bytes(buf.tobytes())
    except OSError as e:
        raise InputError(f"cannot write {p}: {e.strerror}") from None
    return str(p)


# -- batch ----------------------------------------------------------------------------

CSV_COLUMNS = ("file", "visual_appeal_score", "click_probability", "click_probability_source",
               "faces", "words", "text_share", "phone_legibility", "improvements", "error")
#: the CSV export's columns: the table's, then where the score and the click probability come from
#: (the short label of the response's ``sources`` entry: ``model · acc 0.90``, ``published figure``)
EXPORT_COLUMNS = CSV_COLUMNS + ("visual_appeal_score_origin", "click_probability_origin")


@dataclass(frozen=True)
class FolderArgs:
    """A folder (or the image files themselves) to score with one platform's checks.

    Attributes
    ----------
    folder : str, Path or sequence of str
        A folder (its images, sorted by name) or the image files themselves.
    platform : str
        The platform whose aspect-ratio and size checks apply (``youtube``, ``tiktok``, ...).
    find_improvements : bool
        Also search the edits that raise each score (slower).
    """
    folder: Union[str, Path, Sequence[str]]
    platform: str = "youtube"
    find_improvements: bool = False


@dataclass
class BatchResult:
    """The rows of a folder scoring.

    Attributes
    ----------
    rows : list of dict
        One row per file of the folder (hidden files aside), keys :data:`CSV_COLUMNS` and, for a
        scored file, ``sources`` (the response's entries of the score and the click probability,
        ``core/schemas/sources.py``); a file that was not scored has the reason in ``error`` and no score: a format no decoder here
        opens, or the image's own error (unreadable, truncated, too large, too thin...).
    """
    rows: list[dict]

    @property
    def failed(self) -> int:
        """Number of rows with an ``error`` (files skipped, for any reason)."""
        return sum(1 for r in self.rows if r.get("error"))

    @property
    def skipped(self) -> list[dict]:
        """Every file that was not scored, with why.

        Returns
        -------
        list of dict
            ``{"file": str, "reason": str}``, in folder order.
        """
        return [{"file": r["file"], "reason": r["error"]} for r in self.rows if r.get("error")]


def _unsupported(f: Path) -> Optional[str]:
    """Why a folder entry is not scored from its name alone, or None."""
    if f.is_dir():
        return "a folder (subfolders are not scored)"
    if not f.is_file():
        return "not a regular file"
    if f.suffix.lower() not in media.IMAGE_EXTENSIONS:
        return f"not an image format this app opens ({f.suffix.lower() or 'no extension'})"
    return None


def _list_folder(folder: str | Path) -> list[Path]:
    """A folder's entries, sorted by name, hidden ones (``.name``) aside; refused when no
    entry is an image."""
    d = Path(folder)
    if not d.is_dir():
        raise InputError(f"folder not found: {d}")
    try:
        entries = sorted((f for f in d.iterdir() if not f.name.startswith(".")), key=lambda f: f.name)
    except OSError as e:
        raise InputError(f"cannot read folder {d}: {e.strerror}") from None
    if all(_unsupported(f) for f in entries):
        others = f" ({len(entries)} other file(s) skipped)" if entries else ""
        raise InputError(f"no images in {d}{others}; formats opened: {', '.join(media.IMAGE_EXTENSIONS)}")
    return entries


def score_folder(args: FolderArgs | str | Path, progress: Optional[ProgressLike] = None) -> BatchResult:
    """Score every image of a folder, one row per file: the files not scored are listed with why.

    Parameters
    ----------
    args : FolderArgs, str or Path
        What to score; a bare path is a folder scored with YouTube's checks, no improvement search.
    progress : ProgressLike, optional
        Receives each row as it finishes (``progress.partial(row)``, so a cancel keeps the rows
        already done) and the fraction of files done.

    Returns
    -------
    BatchResult
        Rows with ``file``, ``visual_appeal_score`` (0–10), ``click_probability`` (0–1) and its
        ``click_probability_source``, ``faces``, ``words``, ``text_share`` (0–1),
        ``phone_legibility`` (0–1 or None), ``improvements`` (labels joined by "; ") or
        ``error``: ``"skipped: not an image format this app opens (.txt)"`` (formats:
        :data:`IMAGE_EXTENSIONS`, what Pillow here decodes), ``"skipped: a folder ..."``, or
        the decoder's own line (truncated, too large, too thin...). Hidden files (``.name``)
        are not listed. :attr:`BatchResult.skipped` lists them all.

    Raises
    ------
    InputError
        The folder does not exist or holds no image. A bad file is named in its row instead,
        and the batch goes on.
    FeatureDisabled
        Thumbnail scoring is off in the configuration.
    ModelUnavailable
        The OCR engine or the Haar cascade cannot be loaded.
    Cancelled
        Through ``progress``, between files.
    """
    from viralml_desktop.core import engine, sources

    args = args if isinstance(args, FolderArgs) else FolderArgs(args)
    progress = progress or Progress()
    files = (_list_folder(args.folder) if isinstance(args.folder, (str, Path))
             else [Path(f) for f in args.folder])
    rows = []
    for i, f in enumerate(files):
        progress.check()
        row: dict = {"file": str(f)}
        why = _unsupported(f) if f.exists() else None  # a missing file gets the decoder's "not found"
        if why:
            row["error"] = f"skipped: {why}"
            rows.append(row)
            progress.partial(row)
            progress.update((i + 1) / len(files), f"{i + 1}/{len(files)} {f.name}")
            continue
        try:
            r = engine.run("score_thumbnail", {"thumbnail_path": str(f), "find_improvements": args.find_improvements,
                                               "context": {"platform": args.platform}})
            a = r["analysis"]
            row.update(visual_appeal_score=r["visual_appeal_score"], click_probability=r["click_probability"],
                       click_probability_source=r["click_probability_source"],
                       faces=a["measures"]["face_count"], words=a["word_count"], text_share=a["text_share"],
                       phone_legibility=a["phone_legibility"], improvements="; ".join(r["improvements"]),
                       sources={k: sources.covering(r.get("sources") or {}, k)
                                for k in ("visual_appeal_score", "click_probability")})
        except InputError as e:
            row["error"] = str(e)
        rows.append(row)
        progress.partial(row)
        progress.update((i + 1) / len(files), f"{i + 1}/{len(files)} {f.name}")
    return BatchResult(rows)


def write_csv(rows: list[dict], path: str) -> str:
    """Write batch rows as a UTF-8 CSV file.

    Parameters
    ----------
    rows : list of dict
        :attr:`BatchResult.rows`; keys other than :data:`CSV_COLUMNS` and ``sources`` are
        ignored and a missing or None value is written empty. The columns are
        :data:`EXPORT_COLUMNS`: the table's, then the short source labels of the score and the
        click probability.
    path : str
        The file to write.

    Returns
    -------
    str
        ``path``.

    Raises
    ------
    InputError
        The file cannot be written.
    """
    from viralml_desktop.core import sources

    try:
        with open(path, "w", newline="", encoding="utf-8") as fh:
            w = csv.DictWriter(fh, fieldnames=EXPORT_COLUMNS, extrasaction="ignore")
            w.writeheader()
            for r in rows:
                src = r.get("sources") or {}
                w.writerow({**{k: ("" if r.get(k) is None else r.get(k)) for k in CSV_COLUMNS},
                            "visual_appeal_score_origin": sources.short_label(src.get("visual_appeal_score")),
                            "click_probability_origin": sources.short_label(src.get("click_probability"))})
    except OSError as e:
        raise InputError(f"cannot write {path}: {e.strerror}") from None
    return path


# -- best frames from a video ---------------------------------------------------------

_FADE_DARK, _FADE_BRIGHT = 25.0, 235.0  # mean grey: a frame inside a fade to/from black or white
CUT_DIFF = 28.0  # mean absolute grey difference to the next frame: the frame sits on a cut/transition
NEAR_DUPLICATE = 0.95
"""Two candidate frames at least this similar (:func:`~viralml_desktop.core.thumbnails.screenshot.similarity`:
1 - the mean absolute colour difference at 64x36, 0-1; 0.95 is 12.75 of 255 levels) are the same picture
to a viewer (a repeated shot: a chorus, an intro shown again at the end): only the better-ranked is a
candidate. Frames of different shots of one video measure well below it (tests/test_thumbnail_core.py)."""
_MAX_DECODE_PER_SEEK = 12


@dataclass(frozen=True)
class FramesArgs:
    """A video to pick thumbnail frames from.

    Attributes
    ----------
    video_path : str
        The video file.
    count : int
        Frames returned (5).
    candidates : int
        Frames read, evenly spread over the video (24).
    """
    video_path: str
    count: int = 5  # frames returned
    candidates: int = 24  # frames read, evenly spread


@dataclass
class Frame:
    """A candidate thumbnail taken from a video.

    Attributes
    ----------
    time_s : float
        Where the frame is, in seconds.
    visual_appeal_score : float
        The rules score, 0–10 (never the channel model).
    reasons : list of str
        The three rules that cost the most points.
    faces : int
        Frontal faces found.
    sharpness : float
        Variance of the Laplacian (blurred below about 100).
    image : (H, W, 3) uint8 array, BGR
        The frame as shown (a phone video's rotation applied).
    face_boxes : list of dict
        The faces found (``x``, ``y``, ``w``, ``h`` in the frame's pixels, ``share`` of its
        area), largest first; :meth:`for_youtube` crops toward the first.
    """
    time_s: float
    visual_appeal_score: float
    reasons: list[str]  # the three rules that cost the most points
    faces: int
    sharpness: float
    image: np.ndarray  # BGR, as shown (a phone video's rotation applied)
    face_boxes: list[dict] = field(default_factory=list)  # largest first, frame pixels

    def summary(self) -> dict:
        """The frame without its pixels (JSON-ready)."""
        return {k: v for k, v in self.__dict__.items() if k != "image"}

    def for_youtube(self) -> np.ndarray:
        """The frame as a YouTube thumbnail: :func:`youtube_crop` toward its largest face.

        Returns
        -------
        (720, 1280, 3) uint8 array, BGR
        """
        return youtube_crop(self.image, self.face_boxes)


# YouTube's custom thumbnail: 1280×720 (16:9) recommended, at most 2 MB
# (YouTube Help, "Add video thumbnails", support.google.com/youtube/answer/72431).
YOUTUBE_SIZE = (1280, 720)  # (width, height)
YOUTUBE_MAX_BYTES = 2 * 1024 * 1024


def youtube_crop(bgr: np.ndarray, faces: Sequence[dict] = ()) -> np.ndarray:
    """A 16:9 crop of ``bgr`` toward its largest face, resized to 1280×720.

    Parameters
    ----------
    bgr : (H, W, 3) uint8 array, BGR
        The frame (any aspect ratio: a vertical phone video too).
    faces : sequence of dict
        Face boxes in ``bgr``'s pixels (``x``, ``y``, ``w``, ``h``), largest first; none: the
        crop is centred.

    Returns
    -------
    (720, 1280, 3) uint8 array, BGR
        The largest 16:9 window of the frame, placed so the first face's centre is as near the
        window's centre across and its upper third down as the frame allows (moved up when that
        would cut the head: a fifth of the face's height is kept above it), then resized (area averaging when shrinking,
        Lanczos when enlarging).

    Raises
    ------
    ValueError
        ``bgr`` is not an (H, W, 3) array.
    """
    import cv2

    if bgr.ndim != 3 or bgr.shape[2] != 3:
        raise ValueError(f"expected an (H, W, 3) image, got shape {bgr.shape}")
    h, w = bgr.shape[:2]
    tw, th = YOUTUBE_SIZE
    if w * th >= h * tw:  # wider than 16:9: full height, a window across
        cw, ch = max(1, round(h * tw / th)), h
    else:  # taller (a phone video): full width, a band down
        cw, ch = w, max(1, round(w * th / tw))
    if faces:
        f = faces[0]
        fx, fy = f["x"] + f["w"] / 2.0, f["y"] + f["h"] / 2.0
        x0, y0 = fx - cw / 2.0, min(fy - ch / 3.0, f["y"] - 0.2 * f["h"])  # the whole head, some room above
    else:
        x0, y0 = (w - cw) / 2.0, (h - ch) / 2.0
    x0 = int(round(min(max(x0, 0.0), w - cw)))
    y0 = int(round(min(max(y0, 0.0), h - ch)))
    crop = bgr[y0:y0 + ch, x0:x0 + cw]
    interp = cv2.INTER_AREA if cw > tw else cv2.INTER_LANCZOS4
    return cv2.resize(crop, (tw, th), interpolation=interp)


def save_for_youtube(frame: "Frame", path: str) -> str:
    """Write a frame as a YouTube thumbnail: 1280×720 toward its face, at most 2 MB.

    Parameters
    ----------
    frame : Frame
        A frame of :func:`best_frames`.
    path : str
        The file: ``.jpg``/``.jpeg`` (quality 92, lowered in steps of 4 down to 60 until the
        file fits 2 MB), ``.webp`` (the same), ``.png`` or ``.bmp`` (written only if it fits).

    Returns
    -------
    str
        ``path``.

    Raises
    ------
    InputError
        Another extension; a PNG or BMP over 2 MB (one line naming its size and JPG as the
        way out; nothing is written); a file that cannot be written.
    """
    import cv2

    p = Path(path)
    ext = p.suffix.lower() or ".png"
    if ext not in SAVE_EXTENSIONS:
        raise InputError(f"cannot save as {ext}: use .png, .jpg or .webp")
    img = frame.for_youtube()
    lossy = {".jpg": cv2.IMWRITE_JPEG_QUALITY, ".jpeg": cv2.IMWRITE_JPEG_QUALITY, ".webp": cv2.IMWRITE_WEBP_QUALITY}
    qualities = range(92, 59, -4) if ext in lossy else [None]
    buf = None
    for q in qualities:
        params = [lossy[ext], q] if q is not None else ([cv2.IMWRITE_PNG_COMPRESSION, 9] if ext == ".png" else [])
        ok, buf = cv2.imencode(ext, img, params)
        if not ok:
            raise InputError(f"could not encode {p.name}")
        if buf.size <= YOUTUBE_MAX_BYTES:
            break
    if buf.size > YOUTUBE_MAX_BYTES:
        raise InputError(f"{p.name} would be {buf.size / 1048576:.1f} MB, over YouTube's 2 MB limit for a "
                         "thumbnail: save it as .jpg")
    try:
        p.write_bytes(buf.tobytes())
    except OSError as e:
        raise InputError(f"cannot write {p}: {e.strerror}") from None
    return str(p)


@dataclass
class BestFrames:
    """The best frames of a video and what was read to find them.

    Attributes
    ----------
    frames : list of Frame
        At most ``count`` frames, best score first.
    candidates_read : int
        Frames decoded.
    rejected : dict of str to int
        Frames left out: ``cut_or_transition`` and ``fade``.
    duration_s : float
        The video's duration, in seconds.
    """
    frames: list[Frame]  # best first
    candidates_read: int
    rejected: dict[str, int]  # {"cut_or_transition": n, "fade": n}
    duration_s: float


def _grab_frames(path: str, times: list[float], progress: ProgressLike) -> list[tuple[float, np.ndarray, np.ndarray]]:
    """For each time: seek to the keyframe before it, decode forward at most a few frames,
    return (time, frame, next frame). Never decodes the whole video."""
    out, seen = [], set()
    with media.open_container(path) as c:
        if not c.streams.video:
            raise InputError(f"no video stream in {Path(path).name}")
        vs = c.streams.video[0]
        vs.thread_type = "AUTO"
        tb = float(vs.time_base)
        for i, t in enumerate(times):
            progress.check()
            try:
                c.seek(int(t / tb), stream=vs, backward=True, any_frame=False)
                prev = None
                n = 0
                for frame in c.decode(vs):
                    n += 1
                    ft = float(frame.pts * tb) if frame.pts is not None else t
                    if prev is not None and (prev[0] >= t - 1e-3 or n > _MAX_DECODE_PER_SEEK):
                        if prev[0] not in seen:
                            seen.add(prev[0])
                            out.append((prev[0], prev[1], media.frame_bgr(frame)))
                        break
                    prev = (ft, media.frame_bgr(frame))
            except Exception as e:  # a damaged stretch: skip this time, keep the others
                if isinstance(e, InputError):
                    raise
                log.info("frame at %.2fs skipped: %s", t, e)
            progress.update((i + 1) / len(times), f"read frame {i + 1}/{len(times)}")
    return out


def best_frames(args: FramesArgs | str, progress: Optional[ProgressLike] = None) -> BestFrames:
    """Candidate thumbnails from a video: its best-scoring frames, not on a cut or in a fade.

    Parameters
    ----------
    args : FramesArgs or str
        The video and how many frames to read and return; a bare path reads 24 and returns 5.
    progress : ProgressLike, optional
        Fraction done (reading, then scoring) and cancellation.

    Returns
    -------
    BestFrames
        The best ``count`` frames with their times (seconds), rules scores (0–10), reasons,
        faces and sharpness; the number of frames read and rejected; the duration (seconds).

    Raises
    ------
    InputError
        The file is missing, not a playable video, a still picture (whatever its extension, or a
        video of one frame), a sound file, or has no video frames
        (:func:`viralml_desktop.core.media.check_video`).
    ModelUnavailable
        The OCR engine or the Haar cascade cannot be loaded.
    Cancelled
        Through ``progress``, between frames.

    Notes
    -----
    ``candidates`` times are spread evenly over 3–97 % of the duration; each is reached by
    seeking to the keyframe before it and decoding at most 12 frames, so the whole video is
    never decoded (a damaged stretch skips that time only). On a 160×90 grey copy, a frame
    whose mean grey is outside 25–235 is in a fade, and one that differs from the next frame
    by more than 28 grey levels on average sits on a cut or transition. The rest are scored
    fast (no OCR, no YOLO), a frame that is the same picture as a better one (similarity >=
    :data:`NEAR_DUPLICATE`, a repeated shot) dropped, and the best ``2 × count`` scored in full
    with the rules model.
    """
    args = args if isinstance(args, FramesArgs) else FramesArgs(str(args))
    video_path, count, candidates = args.video_path, args.count, args.candidates
    progress = progress or Progress()
    media.check_video(video_path)  # the one check of every video entry point
    info = media.probe_video(video_path)
    if not info.has_video or info.duration_s <= 0:
        raise InputError(f"no video frames to choose from in {Path(video_path).name}")
    times = [info.duration_s * (0.03 + 0.94 * (i + 0.5) / candidates) for i in range(candidates)]
    grabbed = _grab_frames(video_path, times, progress.sub(0.0, 0.5))
    frames, rejected = pick_frames(grabbed, count, progress.sub(0.5, 1.0))
    return BestFrames(frames=frames, candidates_read=len(grabbed), rejected=rejected,
                      duration_s=round(info.duration_s, 2))


def _small(img: np.ndarray) -> np.ndarray:
    """A 160x90 colour copy of a frame, what :func:`_one_per_shot` compares."""
    import cv2

    return cv2.resize(img, (160, 90), interpolation=cv2.INTER_AREA)


def _one_per_shot(ranked: Sequence, n: int, shot_of: Callable[[Any], float],
                  small_of: Optional[Callable[[Any], np.ndarray]] = None) -> list:
    """At most ``n`` of ``ranked`` (best first): the best of each shot while shots remain unused, then
    the best of the rest; a frame that is the same picture as one taken (similarity at least
    :data:`NEAR_DUPLICATE` between ``small_of``'s small colour copies) is never taken, so a shot
    repeated later in the video (a chorus) gives one candidate, not two."""
    from viralml_desktop.core.thumbnails.screenshot import similarity

    chosen: list = []
    used: set[float] = set()

    def distinct(item) -> bool:
        if small_of is None:
            return True
        a = small_of(item)
        return all(similarity(a, small_of(o)) < NEAR_DUPLICATE for o in chosen)

    for fill in (False, True):
        for item in ranked:
            if len(chosen) >= n:
                return chosen
            if any(item is o for o in chosen):
                continue
            if not fill and shot_of(item) in used:
                continue
            if distinct(item):
                chosen.append(item)
                used.add(shot_of(item))
    return chosen


def pick_frames(grabbed: Sequence[tuple[float, np.ndarray, Optional[np.ndarray]]], count: int,
                progress: Optional[ProgressLike] = None, full_score: bool = True,
                shot_cuts: Optional[Sequence[float]] = None) -> tuple[list[Frame], dict[str, int]]:
    """The best frames among decoded ones: not in a fade, not on a cut, different shots.

    Parameters
    ----------
    grabbed : sequence of (float, ndarray, ndarray or None)
        ``(time_s, frame, next)``: a decoded frame (BGR uint8, upright) with its time in seconds,
        and the frame after it (BGR, or already grey at 160x90; None: no cut check).
    count : int
        Frames returned.
    progress : ProgressLike, optional
        Fraction of the candidates scored; cancellation between them.
    full_score : bool
        Score the ``2 x count`` best of the fast pass in full (OCR, objects) and rank by that
        (:func:`best_frames`); False ranks by the fast pass (picture measures and faces, no OCR)
        for a caller that scores the chosen frames itself (the release kit runs ``score_thumbnail``
        on each).
    shot_cuts : sequence of float, optional
        Times (seconds) where a new shot begins, from the decode's shot-boundary detection
        (:attr:`viralml_desktop.core.virality.video.VideoAnalysis.cut_times`). Given, at most one
        frame per shot is taken (its best-scoring one) while shots without a frame remain, and only
        then a second frame of a shot. None: every frame is its own shot. Either way a frame that
        is the same picture as a better one (similarity >= :data:`NEAR_DUPLICATE`: a shot
        repeated later, as a chorus is) is not taken: fewer than ``count`` frames are returned
        when the video holds fewer different pictures.

    Returns
    -------
    frames : list of Frame
        At most ``count``, best first.
    rejected : dict of str to int
        Frames left out: ``cut_or_transition`` and ``fade``.

    Raises
    ------
    ModelUnavailable
        The OCR engine or the Haar cascade cannot be loaded.
    Cancelled
        Through ``progress``.
    """
    import cv2

    progress = progress or Progress()
    rejected = {"cut_or_transition": 0, "fade": 0}
    pool = []
    for t, frame, nxt in grabbed:
        progress.check()
        small = _small(frame)
        g1 = cv2.cvtColor(small, cv2.COLOR_BGR2GRAY)
        g2 = None
        if nxt is not None:
            g2 = nxt if nxt.ndim == 2 else cv2.cvtColor(cv2.resize(nxt, (160, 90), interpolation=cv2.INTER_AREA),
                                                        cv2.COLOR_BGR2GRAY)
        if not _FADE_DARK <= g1.mean() <= _FADE_BRIGHT:
            rejected["fade"] += 1
            continue
        if g2 is not None and float(np.abs(g1.astype(np.int16) - g2).mean()) > CUT_DIFF:
            rejected["cut_or_transition"] += 1
            continue
        fast = analyze(frame, text_boxes=[], objects={"available": False, "reason": "not run on frames"}).to_dict()
        pool.append((thumbnail_model.appeal_score(fast)[0], t, frame, small, fast))
    pool.sort(key=lambda x: -x[0])
    cuts = sorted(float(c) for c in shot_cuts) if shot_cuts is not None else None

    def shot_of(t: float) -> float:  # the shot's index, or (no shots given) the frame's own time
        return float(bisect.bisect_right(cuts, t + 1e-6)) if cuts is not None else -1.0 - round(float(t), 2)

    # different shots first: the best frame of each shot, then the rest; the same picture again skipped
    chosen = _one_per_shot(pool, 2 * count if full_score else count, lambda it: shot_of(it[1]), lambda it: it[3])
    results = []
    for i, (_, t, frame, _, fast) in enumerate(chosen):
        progress.check()
        f = analyze(frame).to_dict() if full_score else fast
        s = score_features(f, None)
        results.append(Frame(time_s=round(t, 2), visual_appeal_score=s["visual_appeal_score"],
                             reasons=reason_lines(s["components"])[:3], faces=f["measures"]["face_count"],
                             sharpness=round(f["measures"]["sharpness"], 1), image=frame,
                             face_boxes=[{k: fb[k] for k in ("x", "y", "w", "h", "share")}
                                         for fb in f["measures"].get("faces") or []]))
        progress.update((i + 1) / len(chosen), f"scored candidate {i + 1}/{len(chosen)}")
    results.sort(key=lambda r: -r.visual_appeal_score)
    small = {id(it[2]): it[3] for it in chosen}
    results = _one_per_shot(results, count, lambda r: shot_of(r.time_s), lambda r: small[id(r.image)])
    results.sort(key=lambda r: -r.visual_appeal_score)
    return results[:count], rejected


def keep_frame(frame: Frame) -> str:
    """Save a frame as the YouTube thumbnail it would be, so it can be scored as a file.

    Parameters
    ----------
    frame : Frame
        A frame of :func:`best_frames`.

    Returns
    -------
    str
        The path written: ``<user data>/frames/frame_<time_s>s.jpg``, 1280×720 toward the face
        and at most 2 MB (:func:`save_for_youtube`).

    Raises
    ------
    InputError
        The file cannot be written.
    """
    d = paths.ensure_dir(paths.user_data_dir() / "frames")
    return save_for_youtube(frame, str(d / f"frame_{frame.time_s:.2f}s.jpg"))


# -- personal channel model -------------------------------------------------------

@dataclass(frozen=True)
class ChannelArgs:
    """A YouTube Studio export and the folder of its thumbnails.

    Attributes
    ----------
    csv_path : str
        The export ("Table data.csv"; English or Spanish headers).
    folder : str
        The thumbnails, each named by its video id or its title.
    name : str
        The model's name; the export's file name (else the account) when empty.
    account : str
        The account of the channel history the export is merged into ("" = the export's
        account name, else its file name). With ``csv_path`` "" the model is fitted on this
        account's stored videos; with ``folder`` "" on the thumbnails recorded for them.
    hints, mapping : dict, optional
        The import preview's answers and column edits, passed to ``tables.read_table``.
    """
    csv_path: str
    folder: str
    name: str = ""  # defaults to the export's file name
    account: str = ""  # the channel history's account; "" = the export's account name, else its file name
    hints: Optional[dict] = None
    mapping: Optional[dict] = None


def fit_channel(args: ChannelArgs, progress: Optional[ProgressLike] = None) -> dict:
    """Fit the personal channel model on a YouTube Studio export and its thumbnails, and store it.

    Parameters
    ----------
    args : ChannelArgs
        The export and the thumbnail folder.
    progress : ProgressLike, optional
        Fraction of thumbnails measured and cancellation.

    Returns
    -------
    dict
        The stored model's figures: ``name``, ``fitted_at`` (UTC, ISO 8601), ``rules_version``,
        ``features``, ``intercept``, ``alpha``, ``n_videos``, ``answers`` (True when it beat
        the channel's median CTR with permutation p < 0.05: only then does it answer),
        ``reason`` (why, in plain words), ``cv`` (how it was validated), ``cv_spearman``
        (time-ordered out-of-fold Spearman correlation with the real CTR), ``p_value``,
        ``cv_mae_ctr`` (mean absolute CTR error, 0–1), ``cv_logit_error_q10_q90``, ``ranges``,
        ``median_ctr`` and ``ctr_range`` (0–1); plus ``videos_in_export``,
        ``without_thumbnail`` (rows with no matching file) and ``skipped`` (files that could not
        be read, with why), ``account`` (the channel history's account the videos were read
        from, None when the export has no publish dates and was not stored).

    Raises
    ------
    InputError
        The export cannot be read or is not a YouTube Studio export (video id or title,
        impressions and impressions click-through rate columns), the folder does not exist,
        or fewer than 20 videos have a readable thumbnail.
    ModelUnavailable
        The OCR engine or the Haar cascade cannot be loaded.
    Cancelled
        Through ``progress``, between thumbnails.

    Notes
    -----
    The export is merged into the one channel history (:func:`.channel.store_studio_export`:
    by video id, newer counts win, snapshots kept) and the model is fitted on the account's
    stored videos with their newest impressions and CTR; each matched thumbnail file is
    recorded on its video, so a later fit needs no folder. An export without publish dates is
    used as read, not stored.
    A ridge regression (scaling and ``RidgeCV``, alpha chosen by generalised cross-validation
    among 12 values from 0.01 to 1000, fitted inside each fold) of logit(CTR) on the
    measurements and the rules score, each video weighted by log(1 + impressions). It is
    validated in time order (publish dates, else the export's row order): expanding-window
    folds over the newer half of the videos against the older videos' median CTR, with a
    permutation test (``core/personal.py``). The out-of-fold predictions give the Spearman
    correlation, the CTR error and the 10th–90th percentile of logit errors shown as
    ``click_probability_interval`` (models/thumbnail/MODEL_CARD.md). ``score_thumbnail`` gives
    the model's predicted impressions CTR as ``click_probability`` only when it beat that
    median with p < 0.05 (``answers``); else it keeps the published CTR and says why.
    """
    csv_path, folder = args.csv_path, args.folder
    progress = progress or Progress()
    account = (args.account or "").strip() or None
    if csv_path:
        rows = thumbnail_model.read_studio_csv(csv_path, args.hints, args.mapping)
        # the one channel history: the export merged into it (when its rows have publish dates)
        account = thumbnail_model.store_studio_export(csv_path, account, args.hints, args.mapping)
    elif account is None:
        raise InputError("a YouTube Studio export or a stored account is needed")
    if account is not None:  # the stored videos, with their newest counts
        rows = thumbnail_model.stored_rows(account)
        if not rows:
            raise InputError(f"no stored video of {account} has impressions and a click-through rate")
    if folder:
        matched, missing = thumbnail_model.match_thumbnails(rows, folder, media.IMAGE_EXTENSIONS)
        if account is not None:
            thumbnail_model.record_thumbnails(account, matched)
    else:
        matched, missing = thumbnail_model.stored_thumbnails(account, rows)
        folder = "the stored history"
    if len(matched) < thumbnail_model.MIN_CHANNEL_VIDEOS:
        raise InputError(f"only {len(matched)} of {len(rows)} videos in the export have a thumbnail in {folder} "
                         f"(named by video id or title); need at least {thumbnail_model.MIN_CHANNEL_VIDEOS}")
    vectors, ctr, imps, skipped, times = [], [], [], [], []
    for i, (r, f) in enumerate(matched):
        progress.check()
        try:
            feats, _ = image_features(f)
        except InputError as e:
            skipped.append(f"{f.name}: {e}")
            continue
        vectors.append(thumbnail_model.feature_vector(feats))
        ctr.append(r.ctr)
        imps.append(r.impressions)
        times.append(r.published)
        progress.update(0.9 * (i + 1) / len(matched), f"measured {i + 1}/{len(matched)} thumbnails")
    model = thumbnail_model.fit_channel_model(np.array(vectors), np.array(ctr), np.array(imps),
                                              args.name or (Path(csv_path).stem if csv_path else account),
                                              times=times)
    thumbnail_model.save_channel_model(model)
    progress.update(1.0, "channel model fitted")
    return {**{k: v for k, v in model.items() if k not in ("mean", "scale", "coef")},
            "videos_in_export": len(rows), "without_thumbnail": len(missing), "skipped": skipped,
            "account": account}


def channel_summary(progress: Optional[ProgressLike] = None) -> Optional[dict]:
    """The stored channel model's figures.

    Parameters
    ----------
    progress : ProgressLike, optional
        Not used (the job signature every tab calls).

    Returns
    -------
    dict or None
        What :func:`fit_channel` stored (name, fitted_at, n_videos, cross-validated Spearman
        and error, ...) without the coefficients; None when no model is fitted.
    """
    m = thumbnail_model.load_channel_model()
    if not m:
        return None
    return {k: v for k, v in m.items() if k not in ("mean", "scale", "coef", "features")}


def forget_channel(progress: Optional[ProgressLike] = None) -> None:
    """Forget the stored channel model: scores go back to the published-rules prior.

    Parameters
    ----------
    progress : ProgressLike, optional
        Not used (the job signature every tab calls).
    """
    thumbnail_model.save_channel_model(None)
