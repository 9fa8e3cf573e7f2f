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
    path: str
    duration_s: float
    has_video: bool
    has_audio: bool
    size: tuple[int, int]  # (width, height) as shown: a phone video's rotation applied
    frames: list[tuple[float, np.ndarray]] = field(default_factory=list)  # (time s, BGR image)


def preview_strip(path: str, progress: Optional[ProgressLike] = None) -> Strip:
    """Probe the container and return evenly spaced small frames (keyframe-anchored on long videos)."""
    from viralml_desktop.core import media
    from viralml_desktop.core.virality import video as video_analysis
    from viralml_desktop.core.vision.measures import resize_long_side

    info = media.probe_video(path)
    out = Strip(path=str(path), duration_s=info.duration_s, has_video=info.has_video, has_audio=info.has_audio,
                size=(info.width, info.height))
    if info.has_video:
        va = video_analysis.decode_video_cached(path, STRIP_FRAMES, progress)
        out.frames = [(f.t, resize_long_side(f.bgr, STRIP_LONG_SIDE)) for f in va.frames]
        out.size = (va.width, va.height)
    return out
