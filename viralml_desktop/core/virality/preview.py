"""The Virality tab's first look at a dropped file: container facts and a strip of frames.

:func:`preview_strip` decodes the sampled frames once, through the decode cache the analysis
that follows reads too (so dropping a video decodes it once for both). Light to import: the
decoders load on the first call.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

import numpy as np

from viralml_desktop.core.progress import ProgressLike

STRIP_FRAMES = 12  # the analysis's default sample count: the strip shows the frames it measures
STRIP_LONG_SIDE = 200  # px: the strip's frames are for display only


@dataclass
class Strip:
    """What the Virality tab shows of a dropped file before it is analysed.

    Attributes
    ----------
    path : str
        The file, as given.
    duration_s : float
        The container's duration in seconds (0.0 when it declares none).
    has_video, has_audio : bool
        Whether the file holds a video stream, an audio stream.
    size : tuple of int
        (width, height) in pixels as displayed: a phone video's rotation applied; (0, 0) for
        an audio-only file.
    frames : list of (float, (H, W, 3) uint8 array)
        The sampled frames: (time in seconds, BGR image with its long side at most 200 px);
        empty for an audio-only file.
    """
    path: str
    duration_s: float
    has_video: bool
    has_audio: bool
    size: tuple[int, int]  # (width, height) as shown: a phone video's rotation applied
    frames: list[tuple[float, np.ndarray]] = field(default_factory=list)  # (time s, BGR image)


def preview_strip(path: str, progress: Optional[ProgressLike] = None) -> Strip:
    """Probe the container and return evenly spaced small frames of the picture.

    Parameters
    ----------
    path : str
        A video (or audio-only) file that PyAV/FFmpeg can open, at most 8 GiB.
    progress : ProgressLike, optional
        Receives the fraction of the frames decoded (0–1); a cancellation point between frames.

    Returns
    -------
    Strip
        The container's facts and the frames the analysis measures at its default of 12
        samples (fewer on a video of fewer frames), shrunk to 200 px on the long side; no
        frames for an audio-only file.

    Raises
    ------
    InputError
        The file is missing, unreadable, empty or over 8 GiB, is not a playable container, has
        neither a video nor an audio stream, or no frame of its picture can be decoded.
    Cancelled
        Through ``progress``, when the user cancels.

    Notes
    -----
    The frames are decoded once, through the decode cache that ``predict_virality`` reads too
    (:func:`.video.decode_video_cached`, keyed by path, size, modification time and 12
    samples). Each sample is the frame at evenly spaced times (the middle of 12 equal spans);
    on long or large videos, the nearest keyframe when one lies within half a span.
    """
    from viralml_desktop.core import media
    from viralml_desktop.core.virality import video as video_analysis
    from viralml_desktop.core.vision.measures import resize_long_side

    kind = media.check_video(path, sound_ok=True)  # the one check of every video entry point
    info = media.probe_video(path)
    if kind == "sound":  # a sound file's cover art is no frame of a video
        info.has_video = False
    out = Strip(path=str(path), duration_s=info.duration_s, has_video=info.has_video, has_audio=info.has_audio,
                size=(info.width, info.height))
    if info.has_video:
        va = video_analysis.decode_video_cached(path, STRIP_FRAMES, progress)
        out.frames = [(f.t, resize_long_side(f.bgr, STRIP_LONG_SIDE)) for f in va.frames]
        out.size = (va.width, va.height)
    return out
