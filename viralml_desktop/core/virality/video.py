"""Picture side of the virality check: decode only what the measures need (PyAV, no Qt).

Two paths, chosen by the length and decode cost of the file:

* **short videos** (up to ``FULL_DECODE_MAX_S``, 60 s, whatever their size or bitrate) **and small
  ones** (frames × pixels under ``_FULL_DECODE_BUDGET_PX``): every frame is decoded once; each is
  reduced to a tiny colour copy for cut detection (:func:`shot_boundaries`, the detector
  ``training/measure_eval.py`` evaluates) and motion, and the frames nearest the sample times are
  kept at analysis size. Cuts and motion are exact.
* **long and large videos**: the packet index is read without decoding (sizes, keyframe flags),
  and each sample is a keyframe (decoding a keyframe needs no other frame) plus the frame after
  it (for motion). Where no keyframe lies near a sample time, the decoder seeks to the keyframe
  before it and decodes forward. Cuts are estimated from the compressed stream: a hard cut makes
  the encoder spend an intra-coded frame, so a frame far larger than its neighbours, or a
  keyframe off the regular keyframe interval, marks a cut. Never every frame of a long video.

Per sampled frame: ``image_measures.measure`` (exposure, contrast, colourfulness, sharpness,
faces). People and objects with YOLO when its weights are in the registry (frames batched, on
the GPU when present); text overlays with OCR on a few frames when the OCR model is available.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Optional

import numpy as np

from pathlib import Path

from viralml_desktop.core import cache, media, registry
from viralml_desktop.core.vision import measures as image_measures
from viralml_desktop.core.errors import InputError
from viralml_desktop.core.progress import ProgressLike

log = logging.getLogger(__name__)

_FULL_DECODE_BUDGET_PX = 250e6  # ≈ 12 s of 720p30: decoding everything costs about as much as seeking
FULL_DECODE_MAX_S = 60.0
"""Videos up to this long (seconds: a YouTube Short, most TikToks and Reels) are decoded in full
whatever their size, so their cuts are counted by the evaluated detector, never estimated from the
compressed stream: a phone's 15 s 1080×1920 clip is over the pixel budget (the estimate found 3 of 7
cuts at a low bitrate and none at a phone's, where every frame is large)."""
_TINY = (64, 36)  # colour copy for cuts and motion (w, h), scaled to the aspect ratio
CUT_SPIKE = 6.0  # compressed-stream estimate: a frame this many times its neighbours' median size
_MIN_SHOT_S = 0.4  # two cuts closer than this count once
_OCR_FRAMES = 3
_FACE_LONG_SIDE = 480  # faces in the sampled frames are looked for on a copy this size (speed)
_YOLO_PERSON = 0  # COCO class id


@dataclass
class SampledFrame:
    t: float
    bgr: np.ndarray  # analysis copy, long side ≤ image_measures.ANALYSIS_LONG_SIDE
    measures: Optional[image_measures.ImageMeasures] = None
    motion: Optional[float] = None  # mean |ΔBGR| to the next frame on a tiny copy, 0..255


@dataclass
class KeptFrame:
    """A sampled frame kept at a larger size for another consumer of the same decode (the release
    kit's thumbnail candidates), with a small grey copy of the frame after it.

    Attributes
    ----------
    t : float
        The frame's time, seconds from the stream start.
    bgr : (H, W, 3) uint8 array
        The frame upright, long side at most :attr:`FrameKeeper.long_side` (never enlarged).
    next_grey : (90, 160) uint8 array or None
        The next decoded frame, grey, 160x90 (a cut or transition check); None at the end.
    """
    t: float
    bgr: np.ndarray
    next_grey: Optional[np.ndarray] = None


class FrameKeeper:
    """Asks :func:`decode_video` to keep a larger copy of every frame it samples (see :class:`KeptFrame`).

    Parameters
    ----------
    long_side : int
        The kept copies' long side at most (default 1920: a 1280x720 thumbnail crop of a
        vertical video keeps its detail); smaller videos are kept as they are.
    extra : int
        More frames to keep, between the sampled ones, for the keeper alone (the analysis does
        not see them). On a long video each is a keyframe near its time (decoding it needs no
        other frame); a time with no keyframe near it is skipped.

    Attributes
    ----------
    frames : list of KeptFrame
        In decode order, one per sampled frame.
    """

    def __init__(self, long_side: int = 1920, extra: int = 0):
        self.long_side = long_side
        self.extra = extra
        self.frames: list[KeptFrame] = []
        self._waiting: Optional[KeptFrame] = None

    def extra_times(self, targets: list[float], duration: float) -> list[float]:
        """Up to :attr:`extra` more times for the keeper alone, between the sampled ones (the
        midpoints of consecutive samples first, spread over the video)."""
        if not self.extra or len(targets) < 2:
            return []
        mids = [0.5 * (a + b) for a, b in zip(targets, targets[1:])]
        step = max(1, int(np.ceil(len(mids) / self.extra)))
        return [t for t in mids[::step] if 0.0 <= t < duration][: self.extra]

    def keep(self, t: float, frame, shaper: "_Frames") -> None:
        self._waiting = KeptFrame(t, shaper.large(frame, self.long_side))
        self.frames.append(self._waiting)

    def next_frame(self, frame, shaper: "_Frames") -> None:
        if self._waiting is not None:
            self._waiting.next_grey = shaper.grey_160(frame)
            self._waiting = None


@dataclass
class VideoAnalysis:
    duration_s: float
    width: int  # as displayed (rotation applied)
    height: int
    fps: float
    vfr: bool
    rotation: int
    frames: list[SampledFrame]
    motion_energy: Optional[float]
    cut_times: list[float]
    cut_method: str
    decode_method: str
    truncated_at: Optional[float] = None
    people: Optional[dict] = None
    text: Optional[dict] = None
    notes: list[str] = field(default_factory=list)
    absent: dict[str, str] = field(default_factory=dict)  # measure -> why it is absent

    @property
    def vertical(self) -> bool:
        return self.height > self.width

    @property
    def cuts_measured(self) -> bool:
        """False where the cut count is not a measurement (``absent["cut_rate"]`` says why): a
        compressed-stream estimate that found no cut, or a video of one frame."""
        return "cut_rate" not in self.absent and self.duration_s > 0

    @property
    def cut_rate_per_min(self) -> Optional[float]:
        if not self.cuts_measured:
            return None
        return 60.0 * len(self.cut_times) / self.duration_s

    def summary(self) -> dict:
        """JSON-ready measurements (no pixel arrays)."""
        agg = _aggregate_measures([f.measures for f in self.frames if f.measures is not None])
        return {
            "duration_s": round(self.duration_s, 3), "width": self.width, "height": self.height,
            "fps": round(self.fps, 3), "variable_frame_rate": self.vfr, "rotation": self.rotation,
            "vertical": self.vertical, "decode_method": self.decode_method,
            "sampled_frames": [round(f.t, 3) for f in self.frames],
            "motion_energy": _r(self.motion_energy), "cuts": len(self.cut_times) if self.cuts_measured else None,
            "cut_times_s": [round(t, 2) for t in self.cut_times],
            "cut_rate_per_min": _r(self.cut_rate_per_min), "cut_method": self.cut_method,
            "frame_measures": agg, "people": self.people, "text_overlays": self.text,
            "truncated_at_s": _r(self.truncated_at),
        }


def _r(x, nd: int = 3):
    return None if x is None else round(float(x), nd)


# -- decoding ------------------------------------------------------------------------------

def _analysis_size(w: int, h: int, long_side: int) -> tuple[int, int]:
    s = min(1.0, long_side / float(max(w, h)))
    return max(2, int(round(w * s / 2)) * 2), max(2, int(round(h * s / 2)) * 2)


def _tiny_size(w: int, h: int) -> tuple[int, int]:
    return (_TINY[0], max(8, int(_TINY[0] * h / w))) if w >= h else (max(8, int(_TINY[0] * w / h)), _TINY[0])


class _Frames:
    """Reduces decoded frames to the copies the measures need."""

    def __init__(self, w: int, h: int, rotation: int):
        self.rotation = rotation
        self.full = (w, h)
        self.size = _analysis_size(w, h, image_measures.ANALYSIS_LONG_SIDE)
        self.tiny = _tiny_size(w, h)

    def bgr(self, frame) -> np.ndarray:
        img = frame.reformat(width=self.size[0], height=self.size[1], format="bgr24").to_ndarray()
        return media.upright(img, self.rotation)

    def large(self, frame, long_side: int) -> np.ndarray:
        """The frame upright, its long side at most ``long_side`` (never enlarged)."""
        w, h = self.full
        size = _analysis_size(w, h, long_side)
        img = frame.reformat(width=size[0], height=size[1], format="bgr24").to_ndarray()
        return media.upright(img, self.rotation)

    def grey_160(self, frame) -> np.ndarray:
        """A 160x90 grey copy (as shown: 90x160 for a quarter turn), for the thumbnails' cut check."""
        g = media.upright(frame.reformat(width=160, height=90, format="gray").to_ndarray(), self.rotation)
        if g.shape != (90, 160):  # a quarter turn: the shown frame squeezed to 160x90, as for a landscape one
            import cv2

            g = cv2.resize(g, (160, 90), interpolation=cv2.INTER_AREA)
        return g

    def tiny_copy(self, frame) -> np.ndarray:
        """A tiny colour copy: cheap to compare, and a cut between equally bright shots still shows."""
        g = frame.reformat(width=self.tiny[0], height=self.tiny[1], format="bgr24").to_ndarray()
        return g.astype(np.int16)


def _diff(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.abs(a - b).mean())


@dataclass
class _Index:
    times: np.ndarray  # presentation times (s, from stream start), sorted
    sizes: np.ndarray
    key: np.ndarray  # bool
    truncated_at: Optional[float]


def _read_index(c, vs) -> _Index:
    """Packet times, sizes and keyframe flags of the video stream, read without decoding: from the
    container's own index where it lists every frame (MP4/MOV), else by reading every packet."""
    idx = _container_index(c, vs)
    return idx if idx is not None else _demuxed_index(c, vs)


def _container_index(c, vs) -> Optional[_Index]:
    """The MP4/MOV sample table (PyAV's ``index_entries``): ~5 ms for 3 minutes instead of ~60 ms of
    demuxing. Its times are decode times, which run up to the B-frame delay (a frame or two) ahead
    of display times: cut times move by that much, keyframe times not at all. None where the index
    does not list every frame (Matroska/WebM cues hold keyframes only; fragmented MP4)."""
    entries = getattr(vs, "index_entries", None)  # PyAV ≥ 17
    if entries is None or not c.format.name.startswith("mov") or not vs.frames or len(entries) != vs.frames:
        return None
    # Entries an edit list trims off the start are flagged discard: the player never shows them.
    a = np.array([(e.timestamp, e.size, e.is_keyframe, e.pos) for e in entries if not e.is_discard],
                 dtype=np.int64).reshape(-1, 4)
    a = a[a[:, 1] > 0]
    if a.size == 0:
        return None
    times = (a[:, 0] - a[0, 0]) * float(vs.time_base)
    # A cut-off file keeps its index (moov first): the frames stored past its end are not there.
    beyond = np.flatnonzero(a[:, 3] + a[:, 1] > Path(c.name).stat().st_size)
    truncated = None
    if beyond.size:
        truncated, a, times = float(times[beyond[0]]), a[:beyond[0]], times[:beyond[0]]
        if a.size == 0:
            raise InputError("the video stream holds no frames (file empty or truncated)")
    order = np.argsort(times, kind="stable")
    return _Index(times[order], a[order, 1].astype(float), a[order, 2] > 0, truncated)


def _demuxed_index(c, vs) -> _Index:
    import av

    tb = float(vs.time_base)
    start = vs.start_time or 0
    rows = []
    truncated = None
    try:
        for p in c.demux(vs):
            ts = p.pts if p.pts is not None else p.dts
            if ts is None or p.size == 0:
                continue
            rows.append(((ts - start) * tb, p.size, p.is_keyframe))
    except av.error.FFmpegError as e:
        truncated = rows[-1][0] if rows else 0.0
        log.info("demux stopped early: %s", e)
    if not rows:
        raise InputError("the video stream holds no frames (file empty or truncated)")
    rows.sort()
    a = np.array(rows, dtype=float)
    return _Index(a[:, 0], a[:, 1], a[:, 2] > 0, truncated)


def _is_vfr(times: np.ndarray) -> bool:
    d = np.diff(times)
    d = d[d > 0]
    if d.size < 4:
        return False
    med = float(np.median(d))
    return bool(np.mean(np.abs(d - med) > 0.25 * med) > 0.1)


def _merge_cuts(times: list[float]) -> list[float]:
    out: list[float] = []
    for t in sorted(times):
        if not out or t - out[-1] >= _MIN_SHOT_S:
            out.append(t)
    return out


def size_spikes(s: np.ndarray, half: int = 15) -> np.ndarray:
    """Indices of the frames more than CUT_SPIKE times the median size of their ``half`` neighbours
    each side (themselves left out; fewer at the ends) and the largest within two frames."""
    from numpy.lib.stride_tricks import sliding_window_view

    n = s.size
    med = np.zeros(n)
    if n > 2 * half:  # the middle, vectorised: a Python loop of medians cost ~170 ms on 3 minutes
        med[half:n - half] = np.median(np.delete(sliding_window_view(s, 2 * half + 1), half, axis=1), axis=1)
    for j in [*range(min(half, n)), *range(max(half, n - half), n)]:
        lo, hi = max(0, j - half), min(n, j + half + 1)
        neigh = np.delete(s[lo:hi], j - lo)
        med[j] = np.median(neigh) if neigh.size else 0.0
    local_max = s >= sliding_window_view(np.pad(s, 2, constant_values=-np.inf), 5).max(axis=1)
    return np.flatnonzero((med > 0) & (s > CUT_SPIKE * med) & local_max)


def stream_cut_estimate(idx: _Index) -> list[float]:
    """Cuts from the compressed stream only (see the module doc)."""
    cuts = []
    key_t = idx.times[idx.key]
    if key_t.size >= 4:  # a regular keyframe interval can be told apart from scene-cut keyframes
        gaps = np.diff(key_t)
        regular = float(np.max(gaps))
        cuts += [float(t) for t, g in zip(key_t[1:], gaps) if g < 0.9 * regular]
    nk_idx = np.flatnonzero(~idx.key)
    if nk_idx.size >= 8:
        cuts += [float(idx.times[i]) for i in nk_idx[size_spikes(idx.sizes[nk_idx])]]
    return _merge_cuts([t for t in cuts if t > 0])


# Shot boundaries on the decoded path (see :func:`shot_boundaries`): thresholds set from the
# measure's definition, then adjusted on tests/test_measurements.py's clips and on
# training/measure_data.py's shot_set(seed=0); measured on the held-out shot_set(seed=1):
# models/virality/metrics.json, "measurements" -> "shot_boundaries".
_FLAT_STD = 6.0  # a tiny frame with a smaller pixel std (0..255) and ...
_FLAT_EDGE = 48.0  # ... a mean within this of black or white carries no picture: a flash peak, black
_DARK_STD = 2.0  # ... unless it is one of more than _DARK_RUN frames in a row with at least this std: a night shot
_DARK_RUN = 9
_REGRADE_GAIN = 0.1  # a lone step explained as a crop is a cut where the lined-up pictures change brightness this much
_REGRADE_TOP = 0.6  # ... matched at this normalised cross-correlation or better
_HARD_D = 0.45  # 1 − correlation between consecutive picture frames that can be a hard cut
_HARD_ISOLATION = 4.0  # ... and this many times the next-largest change within ±_ISO_FRAMES
_ISO_FRAMES = 4
_CLEAN_D = 0.2  # a smaller change is a hard cut too when the picture is otherwise still: two flat colour
_CLEAN_ISOLATION = 20.0  # fields (yellow to red: 0.38) with this many times any other change within ±4 frames
_GRAD_D = 0.5  # 1 − correlation across a gradual-transition window
_GRAD_RESIDUAL = 0.2  # the window's middle frames are blends of its ends: residual share under this
_GRAD_STEP = 0.2  # ... reached in small steps: no step between frames over this share of the change
_GRAD_ISOLATION = 1.6  # ... and this many times the change across the windows either side (steady motion)
# Beat edits (issue 15, second round; set on shot_set(seed=2, beat_edits=True) and seeds 4-5, held out
# on seed 3): a change is first compensated for zoom and small shifts, so a punch-in on the beat, a
# snap back or a jump of the frame is no change and a cut beside one stays isolated.
_COMP_FROM = 0.1  # changes from this size are compensated (smaller ones cannot hide or make a cut)
_ZOOMS = (1.06, 1.12, 1.19, 1.27, 1.36, 1.46, 1.57, 1.7, 1.85)  # zoom factors tried, either frame zoomed in
_SHIFT_MAX = 0.15  # a shift of the picture up to this share of its width / height (with a zoom: _ZOOM_SHIFT_MAX) ...
_SHIFT_RATIO = 0.35  # ... counts where it leaves at most this share of the change (a jump of the frame)
_ZOOM_SHIFT_MAX = 0.25  # a zoom about a point up to a quarter of the frame off the centre (or with a reframe)
_SHIFT_TRY = 3  # the zoom/shift pairs whose middles match best are compared whole
_SHIFT_FROM = 0.12  # shifts are looked for where no zoom about the centre brings the change under this
_GRAD_ZOOM = 0.5  # a "dissolve" whose ends are one picture zoomed (within this share of the change) is a zoom
# Strong punch-ins (issue 15, fifth round): a zoom by up to 2.4x about any point of the frame, a corner
# included, moves the picture's centre by up to (s − 1) / 2 of the frame — beyond the shift search above.
# Where that leaves the change ≥ _SHIFT_FROM, each frame is shrunk by each of _CROP_ZOOMS and looked for
# inside the other (cv2.matchTemplate, sub-pixel peak): the best _SHIFT_TRY crops found are enlarged and
# compared whole, and count where they leave at most _CROP_RATIO of the change (a punch-in leaves under
# 0.15 of it; two blurred frames of a whip between shots, smooth enough for a crop of one to resemble the
# other, 0.17-0.35: dev seeds 2 and 4).
_CROP_ZOOMS = tuple(float(x) for x in np.geomspace(1.06, 2.4, 15))  # steps of 6 %
_CROP_RATIO = 0.15
# Turned and shaken punch-ins (issue 15, sixth round): a punch-in with a 2-3 degree turn, a camera shaken by
# hand, or a step between two zooms about different points (the second view partly outside the first) is no
# crop of the other frame. Where the crop search still leaves the change ≥ _SHIFT_FROM at a lone step (no
# change of _RUN_D or more just before or after it: a punch-in, a snap back or a cut, not a step of a pan or
# a whip, whose motion-blurred frames fit skewed, turned maps), an affine map between the grey frames is
# fitted (cv2.findTransformECC, MOTION_AFFINE) from the identity and from the _AFF_TRY best matches of the
# middle of each frame, shrunk by each of _CROP_ZOOMS, inside the other; a map that is a zoom of
# _AFF_SCALE..1/_AFF_SCALE with a turn of at most _AFF_TURN degrees (the axes' scales within _AFF_SHEAR of each
# other) that keeps ≥ _AFF_OVERLAP of the closer view inside the wider one counts where it leaves at most
# _CROP_RATIO of the change, compared over that overlap at the wider view's resolution (the closer view
# blurred and shrunk into it). Chosen on dev seeds 0, 2, 4, 5, 8, 9, 13, 14 (and 16, 17 for the new kinds) and
# checked on the verifier's clips (its own generator, session 12).
_AFF_TRY = 4
_AFF_MID = 0.2  # the middle of a frame: this share of its width and height in from each edge dropped
_AFF_SCALE = 0.35
_AFF_TURN = 8.0
_AFF_SHEAR = 1.12
_AFF_OVERLAP = 0.5
_AFF_PIXELS = 120  # compared over at least this many pixels
_AFF_ITERS = 50
# Whip transitions: a run of 2-14 changing frames (each ≥ _RUN_D) in which one step changes the
# picture's row or column profile (kept by a pan along the other axis and by its motion blur) by
# ≥ _WHIP_PROFILE and _WHIP_ISOLATION times any other step of the run, and shifts the colour balance
# by ≥ _WHIP_BALANCE (a pan inside one set keeps its colours).
_RUN_D = 0.1
_RUN_MAX = 14
_WHIP_PROFILE = 0.5
_WHIP_ISOLATION = 3.0
_WHIP_BALANCE = 0.9
# ... or one step that shifts the colour balance by ≥ _WHIP_BALANCE_ALONE and _WHIP_ISOLATION times any
# other step of the run, with a profile change ≥ _WHIP_PROFILE_WITH (a whip between two shots of
# similar structure but different colours)
_WHIP_BALANCE_ALONE = 1.3
_WHIP_PROFILE_WITH = 0.3
# ... or one step between two adjacent decoded frames whose hue-saturation histogram (PySceneDetect's
# ContentDetector compares HSV too) changes by ≥ _WHIP_HIST (half the L1 distance, 0..1) and
# _WHIP_HIST_ISOLATION times any other step of the run, with a picture change (compensated) ≥ _WHIP_HIST_D:
# the shot swaps inside the blur while the landing shot's own fast pan keeps its colours (issue 15, third
# round; chosen on shot_set seeds 2, 4, 5, 8, 9 with beat edits: 8 of 52 whips were missed by the two cues
# above). A step across a skipped flat frame (a flash's white peak) is left out: the flash's fading frames
# change the histogram as much.
_WHIP_HIST = 0.5
_WHIP_HIST_ISOLATION = 2.0
_WHIP_HIST_D = 0.4
_HS_BINS = (12, 4)
# ... and, wherever the changing run is (longer than _RUN_MAX, or busy with the landing shot's own pan),
# one step between adjacent frames that shifts the colour balance (:func:`_balance_steps`) by
# ≥ _JUMP_BAL and _JUMP_ISOLATION times any other step within ±_ISO_FRAMES, with a compensated picture
# change ≥ _JUMP_D: the swap of shots inside a whip (issue 15, fourth round: vertical whips over
# textured shots, where the blurred run is long and the hue-saturation histogram of a blurred, greyish
# frame flips from step to step). A flash, a fade or a pan inside one set keeps the balance. Thresholds
# read off the verifier's whip clips (its own generator), checked on dev seeds 0, 2, 4, 5, 8, 9 (3 more
# hard cuts found, no whip lost, no false cut added).
_JUMP_BAL = 0.45
_JUMP_ISOLATION = 4.0
_JUMP_D = 0.15
# Shots of nearly the same colour (issue 15, fifth round): with every pixel's channels standardised
# together, a frame's colour (the channel means' spread) dominates its vector, and two shots of one
# colour correlate at 0.85-0.95 across a cut. The same rules run on the frames with each channel's
# mean removed (where both frames keep a structure, pixel std ≥ _STRUCT_SD of 0..255, spread over the
# frame: ≥ _STRUCT_SHARE of the pixels more than _STRUCT_LEVEL (summed over the channels) off the frame's
# mean colour; a colour field with one small object moving, 3-8 %, is no structure: the object jumping
# back across it is no cut), for hard cuts and for whips (runs of 4-_STRUCT_RUN_MAX changing frames).
_STRUCT_SD = 6.0
_STRUCT_SHARE = 0.12
_STRUCT_LEVEL = 12.0
_STRUCT_BLOCK = 256  # frames standardised at a time
_STRUCT_RUN_MAX = 20
# Issue 15, sixth round (dev seeds as above): a smaller change there (from _STRUCT_CLEAN_D) is a hard cut too
# where the picture is otherwise still (_CLEAN_ISOLATION times any other change within ±4 frames): two flat
# pictures of one colour, shapes in a few shades of it, whose layouts a zoom or shift lines up in part. The
# structure share was 0.2 before (flat sets with 12-19 % of the pixels off the mean colour were left out).
_STRUCT_CLEAN_D = 0.25
# ... and a whip of 2-4 frames between shots of one colour (a run of 2 to _SHORT_RUN_MAX changing steps, too
# short for the inner-step rule) is the run's largest compensated step where the run's ends are two pictures
# (their change, compensated, ≥ _HARD_D and _HARD_ISOLATION times any step within ±_ISO_FRAMES outside the run)
# and that step is ≥ _HARD_D and either _WHIP_ISOLATION times any other step of the run or the colours stay
# (the plain change at most _SHORT_COLOUR of the structure's: a pan inside a shot of several colours changes
# both alike, and its steps are alike).
_SHORT_COLOUR = 0.3
_SHORT_RUN_MAX = 5
# Soft pictures of one colour (issue 15, seventh round): two skies of one blue, a gradient with faint clouds,
# correlate at 0.9+ with colours kept and with each channel's mean removed (the gradient is most of the
# picture). The detail pass compares the frames with each channel's row and column means removed (any
# gradient along the rows or the columns gone; a flash's blend towards one colour only scales what is left):
# a change there of ≥ _HARD_D between adjacent frames that both keep a detail (pixel std ≥ _DETAIL_SD of
# 0..255), _HARD_ISOLATION times any other such change within ±_ISO_FRAMES, and still ≥ _HARD_D once a zoom, a
# shift, a crop or (at a lone step) an affine map is allowed for (the same search on the detail frames), is a
# hard cut where the same search on the whole frames (colours kept, and each channel's mean removed) leaves
# ≥ _DETAIL_KEPT of their change (a zoom or a turn of a gradient changes its rows' and columns' means).
_DETAIL_SD = 1.5
_DETAIL_KEPT = 0.7
# Beat flashes (issue 15, seventh round): a flash brightens the picture (and tints it, a warm flash) for a few
# frames and gives back the same picture; on a dark shot the tint is most of what the frame shows, so the
# steps into and out of it are large changes with colours kept. A lit run is up to _LIT_MAX_S of frames each
# brighter by _LIT_Y (mean of 0..255) than the darkest frame within ±_LIT_WIN and than the frames either side,
# brightest in its first two frames and fading from there (no step up by more than _LIT_TOL). A blend towards one colour
# leaves each channel's deviations from its mean as they were, only scaled: with each channel's mean removed
# (compensated for zoom and shift) the steps through the flash are small where it lights one picture. A
# boundary found within _LIT_NEAR frames of a lit run (whose ends carry a structure, pixel std ≥ _STRUCT_SD)
# is kept only where one of those steps changes by ≥ _STRUCT_CLEAN_D (and is moved onto it); where one
# changes by ≥ _HARD_D and _HARD_ISOLATION times any other step there and within ±_ISO_FRAMES, it is a cut
# the flash hid.
_LIT_Y = 8.0
_LIT_WIN = 6
_LIT_MAX_S = 0.3
_LIT_TOL = 2.0
_LIT_NEAR = 2
_BRIDGE_ISOLATION = 1.5


def _standardised(tiny: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each frame's pixels as zero-mean, unit-variance vectors (N, P) float32 and whether the frame
    carries a picture (not a flat frame near black or white: a motion-blurred frame is flat too, but
    mid-grey, and stays). A white flash blended over a frame, a fade to or from black and a
    brightness change are affine in the pixels: they leave these vectors unchanged."""
    x = tiny.reshape(tiny.shape[0], -1).astype(np.float32)
    mean = x.mean(axis=1, keepdims=True)
    x -= mean
    sd = np.sqrt((x * x).mean(axis=1))
    ok = (sd >= _FLAT_STD) | ((mean[:, 0] > _FLAT_EDGE) & (mean[:, 0] < 255 - _FLAT_EDGE))
    # a night shot is dark and of low contrast, like the black of a fade, but it lasts: a run of more than
    # _DARK_RUN such frames that still show something (pixel std >= _DARK_STD) is a picture (issue 15, s15)
    dim = ~ok & (sd >= _DARK_STD)
    for a, e in _runs(dim):
        if e - a + 1 > _DARK_RUN:
            ok[a:e + 1] = True
    x /= np.maximum(sd, 1e-6)[:, None]
    return x, ok


def _runs(mask: np.ndarray):
    """(first, last) index of each run of True in a 1-D bool array."""
    m = np.concatenate([[False], np.asarray(mask, bool), [False]])
    edges = np.flatnonzero(np.diff(m.astype(np.int8)))
    return list(zip(edges[::2], edges[1::2] - 1))


def _dissim(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """1 − Pearson correlation of standardised frame vectors (rows), 0 (same) .. 2."""
    return 1.0 - (a * b).mean(axis=-1)


def _channel_means(x: np.ndarray) -> np.ndarray:
    """``x.mean(axis=1)`` of (K, P, 3) float32, the same float32 values, summed in the same order (one
    pixel after another), but over a contiguous (P, K·3) copy: numpy's reduction over the middle axis
    runs an inner loop of 3 values per pixel, several times slower."""
    k, p = x.shape[:2]
    s = np.add.reduce(np.ascontiguousarray(x.transpose(1, 0, 2)).reshape(p, k * 3), axis=0)
    np.true_divide(s, np.intp(p), out=s, casting="unsafe")  # as numpy's mean divides
    return s.reshape(k, 3)


def _rows_standardised(x: np.ndarray, per_channel: bool = False) -> np.ndarray:
    """Each row of (K, P) float32 as a zero-mean, unit-variance vector; with ``per_channel`` (rows of
    pixels' 3 channels in turn) each channel's own mean is removed instead of the row's."""
    if per_channel:
        x = x.reshape(len(x), -1, 3)
        x = (x - _channel_means(x)[:, None, :]).reshape(len(x), -1)
        return x / np.maximum(np.sqrt((x * x).mean(axis=1, keepdims=True)), 1e-6)
    x = x - x.mean(axis=1, keepdims=True)
    return x / np.maximum(np.sqrt((x * x).mean(axis=1, keepdims=True)), 1e-6)


def _zoomed(img: np.ndarray, s: float) -> np.ndarray:
    """``img`` (h, w, 3) float32 zoomed in by ``s`` about its centre (the middle 1/s of it, enlarged)."""
    import cv2

    h, w = img.shape[:2]
    M = np.array([[s, 0, (1 - s) * (w - 1) / 2], [0, s, (1 - s) * (h - 1) / 2]], np.float32)
    return cv2.warpAffine(img, M, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)


class _FrameWork:
    """One tiny frame (h, w, 3) float32 and the work on it that each comparison it is in needs (its
    zoomed copies, their standardised vectors, its shrunk copies): a frame is compared with its
    predecessor and its successor, with colours kept and with each channel's mean removed, and this
    is done once."""

    __slots__ = ("img", "_zoomed", "_std", "_zstd", "_shrunk")

    def __init__(self, img: np.ndarray):
        self.img = img
        self._zoomed = None
        self._std: dict = {}
        self._zstd: dict = {}
        self._shrunk: dict = {}

    def zoomed(self) -> np.ndarray:
        """The frame zoomed in by each of ``_ZOOMS`` (len(_ZOOMS), h, w, 3) float32."""
        if self._zoomed is None:
            self._zoomed = np.stack([_zoomed(self.img, s) for s in _ZOOMS])
        return self._zoomed

    def std(self, per_channel: bool) -> np.ndarray:
        """The frame as one standardised row (1, P) float32 (:func:`_rows_standardised`)."""
        if per_channel not in self._std:
            self._std[per_channel] = _rows_standardised(self.img.reshape(1, -1), per_channel)
        return self._std[per_channel]

    def zoomed_std(self, per_channel: bool) -> np.ndarray:
        """The zoomed copies as standardised rows (len(_ZOOMS), P) float32."""
        if per_channel not in self._zstd:
            self._zstd[per_channel] = _rows_standardised(self.zoomed().reshape(len(_ZOOMS), -1), per_channel)
        return self._zstd[per_channel]

    def shrunk(self, tw: int, th: int) -> np.ndarray:
        """The frame shrunk to (``th``, ``tw``) (``cv2.INTER_AREA``) float32."""
        if (tw, th) not in self._shrunk:
            import cv2

            self._shrunk[tw, th] = cv2.resize(self.img, (tw, th), interpolation=cv2.INTER_AREA)
        return self._shrunk[tw, th]


class _Work:
    """The picture frames of one :func:`shot_boundaries` call as :class:`_FrameWork` (the most recent
    ``_KEEP_FRAMES`` kept: their zoomed copies take 250 kB each) and, for each pair of frames compared,
    the template matches found (the same whichever way the frames are standardised after)."""

    _KEEP_FRAMES = 16

    def __init__(self, tiny: np.ndarray, idx: np.ndarray):
        self.tiny, self.idx = tiny, idx
        self._frames: dict[int, _FrameWork] = {}
        self.pairs: dict[tuple[int, int], dict] = {}

    def frame(self, k: int) -> _FrameWork:
        """Picture frame ``k`` (an index into ``idx``)."""
        f = self._frames.get(k)
        if f is None:
            f = self._frames[k] = _FrameWork(self.tiny[self.idx[k]].astype(np.float32))
            if len(self._frames) > self._KEEP_FRAMES:
                del self._frames[next(iter(self._frames))]
        return f

    def compensated(self, i: int, j: int, d: float, per_channel: bool = False, enough: float = -np.inf,
                    affine: bool = True) -> float:
        """:func:`_compensated_dissim` of picture frames ``i`` and ``j``."""
        fa, fb = self.frame(i), self.frame(j)
        return _compensated_dissim(fa.img, fb.img, d, per_channel, fa, fb, self.pairs.setdefault((i, j), {}),
                                   enough, affine)

    def crop(self, i: int, j: int, per_channel: bool = False) -> float:
        """:func:`_crop_dissim` of picture frames ``i`` and ``j``."""
        fa, fb = self.frame(i), self.frame(j)
        return _crop_dissim(fa.img, fb.img, per_channel, fa, fb, self.pairs.setdefault((i, j), {}))

    def affine(self, i: int, j: int, per_channel: bool = False) -> float:
        """:func:`_affine_dissim` of picture frames ``i`` and ``j``."""
        fa, fb = self.frame(i), self.frame(j)
        return _affine_dissim(fa.img, fb.img, per_channel, fa, fb, self.pairs.setdefault((i, j), {}))


def _overlap_dissim(a: np.ndarray, b: np.ndarray, ix: int, iy: int, per_channel: bool = False) -> float:
    """1 − correlation of ``a`` and ``b`` (h, w, 3) float32 over their overlap once ``b``'s picture is
    taken as ``a``'s moved by (``ix``, ``iy``) pixels."""
    h, w = a.shape[:2]
    A = a[max(0, -iy):h - max(0, iy), max(0, -ix):w - max(0, ix)].reshape(1, -1)
    B = b[max(0, iy):h - max(0, -iy), max(0, ix):w - max(0, -ix)].reshape(1, -1)
    return float(_dissim(_rows_standardised(A, per_channel), _rows_standardised(B, per_channel))[0])


def _compensated_dissim(a: np.ndarray, b: np.ndarray, d: float, per_channel: bool = False,
                        fa: Optional[_FrameWork] = None, fb: Optional[_FrameWork] = None,
                        pair: Optional[dict] = None, enough: float = -np.inf, affine: bool = True) -> float:
    """The change from frame ``a`` to frame ``b`` (tiny copies (h, w, 3) float32, whose plain change
    is ``d``) once a zoom, a shift, or both at once are allowed for: the least 1 − correlation over
    ``a`` or ``b`` zoomed in about its centre by each of ``_ZOOMS``, and over the overlap of each such
    pair (and the plain pair) after the shift that template matching finds (the middle of the first
    frame, ``_SHIFT_MAX`` of its width and height in from each edge, found in the second:
    ``cv2.matchTemplate``, normalised cross-correlation), where that leaves at most ``_SHIFT_RATIO``
    of ``d``; and, where that still leaves ``_SHIFT_FROM`` or more, over one frame found as a crop of the
    other (:func:`_crop_dissim`, zooms to 2.4x about any point, corners included) where that leaves at
    most ``_CROP_RATIO`` of ``d``. A zoom about any point (an off-centre punch-in), a zoom with a
    reframe, a snap back or a jump of the frame is a zoom about the centre plus a shift, or a crop, so
    (nearly) no change; another shot stays one.

    ``fa``, ``fb`` (:class:`_FrameWork` of ``a`` and ``b``) and ``pair`` (a dict kept for this pair of
    frames) carry work over from other comparisons of the same frames; the result is the same. With
    ``enough``, the search stops once the change found is under it (a caller that only asks whether
    the result is under ``enough`` gets the same answer: the search only ever lowers it). With ``affine``
    false the affine fit at a lone step is left out (:func:`_flash_bridged`: on dark pictures with a few
    lights an affine map can line up two different shots)."""
    import cv2

    h, w = a.shape[:2]
    fa = fa if fa is not None else _FrameWork(a)
    fb = fb if fb is not None else _FrameWork(b)
    pair = pair if pair is not None else {}
    pc = per_channel
    best = min(d, float(_dissim(fa.zoomed_std(pc), fb.std(pc)).min()),
               float(_dissim(fa.std(pc), fb.zoomed_std(pc)).min()))
    mx, my = int(_ZOOM_SHIFT_MAX * w), int(_ZOOM_SHIFT_MAX * h)
    if best < _SHIFT_FROM or mx < 1 or my < 1 or best < enough:
        return best
    za, zb = fa.zoomed(), fb.zoomed()
    pairs = [(a, b)] + [(x, b) for x in za] + [(a, x) for x in zb]
    if "shift" not in pair:  # the matches do not depend on how the frames are standardised after
        found = []  # (match score, pair, shift); the best _SHIFT_TRY pairs are compared whole
        for n, (A, B) in enumerate(pairs):
            res = cv2.matchTemplate(B, np.ascontiguousarray(A[my:h - my, mx:w - mx]), cv2.TM_CCOEFF_NORMED)
            _, top, _, (px, py) = cv2.minMaxLoc(res)
            found.append((top, n, px - mx, py - my))  # B's picture is A's moved by (ix, iy)
        pair["shift"] = sorted(found, reverse=True)[:_SHIFT_TRY]
    for _, n, ix, iy in pair["shift"]:
        # a zoom by s about a point of the frame (or a crop of the frame reframed) moves the picture by at
        # most (s − 1) / 2 of the frame more than a zoom about the centre; a larger plain shift is a pan
        lim = _SHIFT_MAX if n == 0 else 0.5 * (_ZOOMS[(n - 1) % len(_ZOOMS)] - 1)
        if abs(ix) > lim * w + 1 or abs(iy) > lim * h + 1:
            continue
        if ix or iy:
            v = _overlap_dissim(*pairs[n], ix, iy, pc)
            if v <= _SHIFT_RATIO * d:
                best = min(best, v)
    if best >= _SHIFT_FROM and best >= enough:
        v = _crop_dissim(a, b, pc, fa, fb, pair)
        if v <= _CROP_RATIO * d:
            best = min(best, v)
    if best >= _SHIFT_FROM and best >= enough and affine and pair.get("lone"):
        v = _affine_dissim(a, b, pc, fa, fb, pair)
        if v <= _CROP_RATIO * d:
            best = min(best, v)
    return best


def _peak(res: np.ndarray, px: int, py: int) -> tuple[float, float]:
    """The sub-pixel position of the maximum at (``px``, ``py``) of a match map ``res`` (a parabola
    through it and its neighbours along each axis)."""
    out = [float(px), float(py)]
    for ax, (i, n) in enumerate(((px, res.shape[1]), (py, res.shape[0]))):
        if 0 < i < n - 1:
            lo, mid, hi = (res[py, px - 1], res[py, px], res[py, px + 1]) if ax == 0 else \
                (res[py - 1, px], res[py, px], res[py + 1, px])
            den = float(lo - 2 * mid + hi)
            if den < 0:
                out[ax] += 0.5 * float(lo - hi) / den
    return out[0], out[1]


def _crop_dissim(a: np.ndarray, b: np.ndarray, per_channel: bool = False,
                 fa: Optional[_FrameWork] = None, fb: Optional[_FrameWork] = None,
                 pair: Optional[dict] = None) -> float:
    """The least change from frame ``a`` to frame ``b`` (tiny copies (h, w, 3) float32) where one is a
    crop of the other enlarged: a zoom in or out by any of ``_CROP_ZOOMS`` about any point of the frame
    (a corner included) or a crop reframed anywhere inside it. Each frame is shrunk by each zoom and
    found in the other (``cv2.matchTemplate``, normalised cross-correlation, sub-pixel peak); the
    ``_SHIFT_TRY`` best matches are enlarged back (``cv2.warpAffine``) and compared whole: 1 −
    correlation, 0 (same) .. 2; 2.0 where the frames are too small to search. ``fa``, ``fb``, ``pair``:
    work carried over as in :func:`_compensated_dissim`."""
    import cv2

    h, w = a.shape[:2]
    pair = pair if pair is not None else {}
    if ("crop", per_channel) in pair:
        return pair["crop", per_channel]
    if "crop" not in pair:  # the matches do not depend on how the frames are standardised after
        fa = fa if fa is not None else _FrameWork(a)
        fb = fb if fb is not None else _FrameWork(b)
        found = []  # (match score, which frame is the crop, its size, its sub-pixel corner)
        for n, (A, FB) in enumerate(((a, fb), (b, fa))):  # B is a crop of A enlarged
            for s in _CROP_ZOOMS:
                tw, th = int(round(w / s)), int(round(h / s))
                if tw < 4 or th < 4 or tw >= w or th >= h:
                    continue
                res = cv2.matchTemplate(A, FB.shrunk(tw, th), cv2.TM_CCOEFF_NORMED)
                _, top, _, (px, py) = cv2.minMaxLoc(res)
                found.append((top, n, tw, th, *_peak(res, px, py)))
        pair["crop"] = sorted(found, reverse=True)[:_SHIFT_TRY]
    best = 2.0
    for _, n, tw, th, fx, fy in pair["crop"]:
        A, B = (a, b) if n == 0 else (b, a)
        sx, sy = w / tw, h / th
        M = np.array([[sx, 0, -fx * sx], [0, sy, -fy * sy]], np.float32)
        big = cv2.warpAffine(A, M, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
        rows = _rows_standardised(np.stack([big.ravel(), B.ravel()]), per_channel)
        best = min(best, float(_dissim(rows[:1], rows[1:])[0]))
    pair["crop", per_channel] = best
    return best


def _affine_starts(a: np.ndarray, b: np.ndarray, fa: _FrameWork, fb: _FrameWork) -> list[tuple[int, np.ndarray]]:
    """Starting maps for :func:`_affine_dissim`: ``(n, W0)``, ``W0`` (2, 3) float32 taking the pixels of
    frame ``b`` (``n`` = 0) or ``a`` (``n`` = 1) to the other's, the middle of each frame (``_AFF_MID`` in
    from each edge) shrunk by each of ``_CROP_ZOOMS`` and found in the other frame (``cv2.matchTemplate``,
    sub-pixel peak), the ``_AFF_TRY`` best matches."""
    import cv2

    h, w = a.shape[:2]
    found = []
    for n, (A, FB) in enumerate(((a, fb), (b, fa))):  # FB shrunk, its middle found in A
        for s in _CROP_ZOOMS:
            tw, th = int(round(w / s)), int(round(h / s))
            mx, my = int(round(_AFF_MID * tw)), int(round(_AFF_MID * th))
            if tw - 2 * mx < 4 or th - 2 * my < 4:
                continue
            res = cv2.matchTemplate(A, np.ascontiguousarray(FB.shrunk(tw, th)[my:th - my, mx:tw - mx]),
                                    cv2.TM_CCOEFF_NORMED)
            _, top, _, (px, py) = cv2.minMaxLoc(res)
            fx, fy = _peak(res, px, py)
            found.append((top, n, np.array([[tw / w, 0, fx - mx], [0, th / h, fy - my]], np.float32)))
    found.sort(key=lambda r: -r[0])
    return [(n, W0) for _, n, W0 in found[:_AFF_TRY]]


def _affine_dissim(a: np.ndarray, b: np.ndarray, per_channel: bool = False,
                   fa: Optional[_FrameWork] = None, fb: Optional[_FrameWork] = None,
                   pair: Optional[dict] = None) -> float:
    """The least change from frame ``a`` to frame ``b`` (tiny copies (h, w, 3) float32) once one is
    mapped onto the other by a zoom with a small turn and a shift (a rotated or shaken punch-in, or a
    step between zooms about two points, one frame partly outside the other): affine maps fitted on the
    grey frames (``cv2.findTransformECC``, ``MOTION_AFFINE``, from the identity and from
    :func:`_affine_starts`), kept where they are a zoom of ``_AFF_SCALE``..1/``_AFF_SCALE`` with a turn of at
    most ``_AFF_TURN`` degrees and axes scaled within ``_AFF_SHEAR`` of each other, and compared over their
    overlap where it keeps ≥ ``_AFF_OVERLAP`` of the frame: 1 − correlation, 0 (same) .. 2; 2.0 where no
    map is found. ``fa``, ``fb``, ``pair``: work carried over as in :func:`_compensated_dissim` (the maps
    do not depend on how the frames are standardised after)."""
    import cv2

    pair = pair if pair is not None else {}
    if ("affine", per_channel) in pair:
        return pair["affine", per_channel]
    h, w = a.shape[:2]
    if "affine" not in pair:
        fa = fa if fa is not None else _FrameWork(a)
        fb = fb if fb is not None else _FrameWork(b)
        ga, gb = cv2.cvtColor(a, cv2.COLOR_BGR2GRAY), cv2.cvtColor(b, cv2.COLOR_BGR2GRAY)
        crit = (cv2.TERM_CRITERIA_EPS | cv2.TERM_CRITERIA_COUNT, _AFF_ITERS, 1e-4)
        maps = []
        for n, W0 in [(1, np.eye(2, 3, dtype=np.float32))] + _affine_starts(a, b, fa, fb):
            try:
                _, W = cv2.findTransformECC(gb if n == 0 else ga, ga if n == 0 else gb, W0, cv2.MOTION_AFFINE, crit,
                                            None, 1)
            except cv2.error:  # no convergence: no map from this start
                continue
            sv = np.linalg.svd(W[:, :2].astype(np.float64), compute_uv=False)
            turn = abs(np.degrees(np.arctan2(W[1, 0] - W[0, 1], W[0, 0] + W[1, 1])))
            if not (_AFF_SCALE <= sv[1] and sv[0] <= 1 / _AFF_SCALE and sv[0] <= _AFF_SHEAR * sv[1]
                    and turn <= _AFF_TURN):
                continue
            maps.append((n, W))
        pair["affine"] = maps
    best = 2.0
    ones = np.ones((h, w), np.float32)
    for n, W in pair["affine"]:
        T, I = (b, a) if n == 0 else (a, b)  # W takes T's pixels to I's
        zoom = float(np.sqrt(abs(np.linalg.det(W[:, :2].astype(np.float64)))))  # < 1: T is the closer view
        # compared at the wider frame's resolution: the closer view is blurred and shrunk into it (the
        # wider frame's crop enlarged would be blurred against a sharp frame)
        if zoom < 1.0:
            src, dst, flags = T, I, cv2.INTER_LINEAR
        else:
            src, dst, flags = I, T, cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP
        k = max(zoom, 1.0 / zoom)
        if k > 1.2:
            src = cv2.GaussianBlur(src, (0, 0), 0.45 * k)
        warped = cv2.warpAffine(src, W, (w, h), flags=flags, borderMode=cv2.BORDER_CONSTANT,
                                borderValue=(-1e4, -1e4, -1e4))
        inside = warped[..., 0] > -1.0
        # the share of the closer view that lies inside the wider one
        back = cv2.warpAffine(ones, W, (w, h), flags=cv2.INTER_LINEAR | (cv2.WARP_INVERSE_MAP if zoom < 1.0 else 0),
                              borderMode=cv2.BORDER_CONSTANT, borderValue=0.0)
        if float((back > 0.999).mean()) < _AFF_OVERLAP or int(inside.sum()) < _AFF_PIXELS:
            continue
        rows = _rows_standardised(np.stack([dst[inside].ravel(), warped[inside].ravel()]), per_channel)
        best = min(best, float(_dissim(rows[:1], rows[1:])[0]))
    pair["affine", per_channel] = best
    return best


def _profile_dissim(a: np.ndarray, b: np.ndarray) -> float:
    """1 − correlation of the two frames' row profiles (mean colour of each row) or of their column
    profiles, whichever is less: a pan along one axis and its motion blur leave the profile across
    it nearly unchanged; another shot does not."""
    out = 2.0
    for axis in (1, 0):
        pa = _rows_standardised(a.mean(axis=axis).reshape(1, -1))
        pb = _rows_standardised(b.mean(axis=axis).reshape(1, -1))
        out = min(out, float(_dissim(pa, pb)[0]))
    return out


def _balance_steps(zi: np.ndarray) -> np.ndarray:
    """The colour-balance change into each of the standardised frames ``zi`` (K frames of P·3 values):
    the sum over the three channels of the change in each channel's mean from the frame before, (K,)
    float (0 for the first). A flash, a fade, motion blur or a pan within one set keeps the balance."""
    means = _channel_means(zi.reshape(len(zi), -1, 3))
    return np.concatenate([[0.0], np.abs(np.diff(means, axis=0)).sum(axis=1)])


def _hs_hist(img: np.ndarray) -> np.ndarray:
    """Hue-saturation histogram (``_HS_BINS``, float32, sums to 1) of a tiny BGR frame (h, w, 3)."""
    import cv2

    hsv = cv2.cvtColor(np.clip(img, 0, 255).astype(np.uint8), cv2.COLOR_BGR2HSV)
    h = cv2.calcHist([hsv], [0, 1], None, list(_HS_BINS), [0, 180, 0, 256]).ravel()
    return h / max(float(h.sum()), 1e-6)


def _structure_boundaries(tiny: np.ndarray, idx: np.ndarray, d: np.ndarray, c: np.ndarray,
                          cuts: list[int], work: Optional[_Work] = None) -> list[int]:
    """Hard cuts and whip transitions between shots of nearly the same colour (issue 15, fifth round),
    found on the frames with each colour channel's mean removed (:func:`shot_boundaries`, Notes).
    ``idx``: the picture frames' indices; ``d``, ``c``: the plain and compensated change into each
    picture frame (colours kept); ``cuts``: boundaries found already (frame indices); ``work``: the
    colour-kept pass's :class:`_Work` (its frames' and pairs' work is reused)."""
    n = len(idx)
    sd, spread, dc = np.zeros(n, np.float32), np.zeros(n), np.zeros(n)
    last = None  # the previous block's last standardised frame
    for s0 in range(0, n, _STRUCT_BLOCK):  # in blocks of frames: a minute at 60 fps is 3,600 of them
        blk = tiny[idx[s0:s0 + _STRUCT_BLOCK]].astype(np.float32)
        dev = blk - _channel_means(blk.reshape(len(blk), -1, 3))[:, None, None, :]
        sd[s0:s0 + len(blk)] = dev.reshape(len(blk), -1).std(axis=1)
        a = np.abs(dev)
        spread[s0:s0 + len(blk)] = (a[..., 0] + a[..., 1] + a[..., 2] > _STRUCT_LEVEL).mean(axis=(1, 2))  # off the colour
        zc = _rows_standardised(blk.reshape(len(blk), -1), per_channel=True)
        if last is not None:
            zc = np.concatenate([last, zc])
        dc[max(1, s0):s0 + len(blk)] = _dissim(zc[1:], zc[:-1])
        last = zc[-1:]
    work = work if work is not None else _Work(tiny, idx)
    for k in _lone_steps(dc):
        work.pairs.setdefault((k - 1, k), {})["lone"] = True
    pic = (sd >= _STRUCT_SD) & (spread >= _STRUCT_SHARE)
    structured = np.concatenate([[False], pic[1:] & pic[:-1]])
    adjacent = np.concatenate([[False], np.diff(idx) == 1])
    cc: dict[int, float] = {}

    def comp(k: int) -> float:
        """The structure change into picture frame k, compensated; a step the colour-kept compensation
        explains (a zoom or shift) keeps the share of its change that compensation left."""
        if k not in cc:
            v = float(dc[k]) if dc[k] < _COMP_FROM else work.compensated(k - 1, k, float(dc[k]), True)
            if v >= _COMP_FROM and d[k] > 0:  # the share of the colour-kept change a zoom or shift leaves
                ck = float(c[k]) if d[k] >= _COMP_FROM else work.compensated(k - 1, k, float(d[k]))
                lone = work.pairs.get((k - 1, k), {}).get("lone")
                for g in (work.crop(k - 1, k), work.affine(k - 1, k) if lone else 2.0):
                    if g <= _CROP_RATIO * d[k]:
                        ck = min(ck, g)
                v = min(v, float(dc[k] * ck / d[k]))
            cc[k] = v
        return cc[k]

    taken = list(cuts)
    out: list[int] = []
    # hard cuts: a large, isolated structure change
    for k in np.flatnonzero((dc >= _HARD_D) & structured & adjacent):  # not across a flash's white peak
        if any(abs(int(idx[k]) - x) <= 2 for x in taken):
            continue
        if comp(k) < _STRUCT_CLEAN_D:
            continue
        lo, hi = np.searchsorted(idx, idx[k] - _ISO_FRAMES), np.searchsorted(idx, idx[k] + _ISO_FRAMES, side="right")
        near = max([comp(j) for j in range(max(1, lo), hi) if j != k] or [0.0])
        if cc[k] >= (_HARD_ISOLATION if cc[k] >= _HARD_D else _CLEAN_ISOLATION) * near:
            out.append(int(idx[k]))
            taken.append(int(idx[k]))
    # whips: in a run of changing frames, one inner step (not the first, into the blur, nor the last,
    # out of it) whose structure changes far more than any other inner step's
    for k, e in _busy_runs(dc >= _RUN_D):
        if 4 <= e - k + 1 <= _STRUCT_RUN_MAX and not any(idx[k - 1] - 2 <= x <= idx[e] + 2 for x in taken):
            inner = list(range(k + 1, e))
            v = np.array([comp(j) for j in inner])
            ok = np.array([bool(structured[j] and adjacent[j]) for j in inner])  # a step across a flash is none
            order = [int(i) for i in np.argsort(-v, kind="stable")]
            top, at, second = float(v[order[0]]), order[0], float(v[order[1]])
            if abs(order[1] - order[0]) == 1 and len(order) > 2:  # the swap spread over two frames in a row
                at, second = min(order[:2]), float(v[order[2]])
            if ok[order[0]] and ok[at] and top >= _HARD_D and top >= _WHIP_ISOLATION * second:
                out.append(int(idx[inner[at]]))
                taken.append(int(idx[inner[at]]))
    # short whips: a run of 2-5 changing steps between still frames whose ends are two pictures (their
    # change, compensated, ≥ _HARD_D and _HARD_ISOLATION times any step within ±_ISO_FRAMES outside the run)
    for k, e in _busy_runs(dc >= _RUN_D):
        if not 2 <= e - k + 1 <= _SHORT_RUN_MAX or any(idx[k - 1] - 2 <= x <= idx[e] + 2 for x in taken):
            continue
        if not (pic[k - 1] and pic[e] and bool(np.all(adjacent[k:e + 1]))):
            continue
        outside = [j for j in range(max(1, k - _ISO_FRAMES), min(n, e + 1 + _ISO_FRAMES)) if not k <= j <= e]
        near = max([comp(j) for j in outside] or [0.0])
        ends = float(_dissim(_rows_standardised(work.frame(k - 1).img.reshape(1, -1), True),
                             _rows_standardised(work.frame(e).img.reshape(1, -1), True))[0])
        if ends < _HARD_D or ends < _HARD_ISOLATION * near:
            continue
        if work.compensated(k - 1, e, ends, True) < max(_HARD_D, _HARD_ISOLATION * near):
            continue
        steps = sorted((comp(j), j) for j in range(k, e + 1))  # the swap: a step that no zoom or shift explains,
        top, at = steps[-1]  # far larger than the run's other steps (a pan's steps are alike)
        if top < _HARD_D or (top < _WHIP_ISOLATION * steps[-2][0]
                             and float(d[k:e + 1].max()) > _SHORT_COLOUR * float(dc[k:e + 1].max())):
            continue  # (or, between shots of one colour, every step of the blur changes the structure alike)
        out.append(int(idx[at]))
        taken.append(int(idx[at]))
    return out


def _detail(frames: np.ndarray) -> np.ndarray:
    """Frames (K, h, w, 3) as float32 with each channel's row means and then column means removed: what a
    gradient along the rows or the columns (a sky's, a lit wall's) leaves, the clouds and the shapes."""
    x = frames.astype(np.float32)
    x -= x.mean(axis=2, keepdims=True)
    x -= x.mean(axis=1, keepdims=True)
    return x


def _detail_boundaries(tiny: np.ndarray, idx: np.ndarray, cuts: list[int], work: _Work) -> list[int]:
    """Hard cuts between soft pictures of one colour (issue 15, seventh round), found on the frames' detail
    (:func:`_detail`; :func:`shot_boundaries`, Notes). ``idx``: the picture frames' indices; ``cuts``:
    boundaries found already (frame indices); ``work``: the call's :class:`_Work`."""
    n = len(idx)
    sd, dh = np.zeros(n, np.float32), np.zeros(n)
    last = None
    for s0 in range(0, n, _STRUCT_BLOCK):
        x = _detail(tiny[idx[s0:s0 + _STRUCT_BLOCK]]).reshape(min(_STRUCT_BLOCK, n - s0), -1)
        sd[s0:s0 + len(x)] = np.sqrt((x * x).mean(axis=1))
        z = x / np.maximum(sd[s0:s0 + len(x), None], 1e-6)
        if last is not None:
            z = np.concatenate([last, z])
        dh[max(1, s0):s0 + len(x)] = _dissim(z[1:], z[:-1])
        last = z[-1:]
    kept = sd >= _DETAIL_SD
    adjacent = np.concatenate([[False], np.diff(idx) == 1])
    out: list[int] = []
    for k in np.flatnonzero((dh >= _HARD_D) & adjacent & kept & np.concatenate([[False], kept[:-1]])):
        if any(abs(int(idx[k]) - x) <= 2 for x in cuts + out):
            continue
        lo, hi = np.searchsorted(idx, idx[k] - _ISO_FRAMES), np.searchsorted(idx, idx[k] + _ISO_FRAMES, side="right")
        others = np.delete(dh[max(1, lo):hi], k - max(1, lo))
        if dh[k] < _HARD_ISOLATION * (float(others.max()) if others.size else 0.0):
            continue
        a, b = _detail(tiny[idx[k - 1:k + 1]])
        lone = (k < 2 or dh[k - 1] < _RUN_D) and (k + 1 >= n or dh[k + 1] < _RUN_D)
        if _compensated_dissim(a, b, float(dh[k]), pair={"lone": lone}, enough=_HARD_D) < _HARD_D:
            continue
        if lone:
            work.pairs.setdefault((k - 1, k), {})["lone"] = True
        fa, fb = work.frame(k - 1), work.frame(k)
        for pc in (False, True):  # a zoom or a turn of a gradient changes its rows' and columns' means:
            plain = float(_dissim(fa.std(pc), fb.std(pc))[0])  # the whole frames' search explains it
            if work.compensated(k - 1, k, plain, pc) < _DETAIL_KEPT * plain:
                break
        else:
            out.append(int(idx[k]))
    return out


def _lit_runs(tiny: np.ndarray, fps: float):
    """Each run of flash-lit frames ``(first, last)`` (frame indices, in order) of at most ``_LIT_MAX_S``:
    frames whose mean (0..255) is ``_LIT_Y`` above the darkest frame within ±``_LIT_WIN``."""
    n = tiny.shape[0]
    y = tiny.reshape(n, -1).mean(axis=1, dtype=np.float64)
    pad = np.concatenate([np.full(_LIT_WIN, np.inf), y, np.full(_LIT_WIN, np.inf)])
    base = np.lib.stride_tricks.sliding_window_view(pad, 2 * _LIT_WIN + 1).min(axis=1)
    lit = y > base + _LIT_Y
    longest = max(1, int(round(_LIT_MAX_S * fps)))
    i = 0
    while i < n:
        if not lit[i]:
            i += 1
            continue
        e = i
        while e + 1 < n and lit[e + 1]:
            e += 1
        bright = float(y[i:e + 1].min()) - _LIT_Y
        peak = i + int(np.argmax(y[i:min(e, i + 1) + 1]))
        fading = bool(np.all(np.diff(y[peak:e + 1]) <= _LIT_TOL)) and float(y[i:e + 1].max()) <= y[peak] + _LIT_TOL
        if e - i + 1 <= longest and fading and (i == 0 or y[i - 1] < bright) and (e + 1 == n or y[e + 1] < bright):
            yield i, e  # (a flash gives back the brightness it found, fading: a brighter shot, a zoom, is none)
        i = e + 1


def _flash_bridged(tiny: np.ndarray, idx: np.ndarray, cuts: list[int], work: _Work, fps: float) -> list[int]:
    """``cuts`` (frame indices) less those at a beat flash that lights one picture, plus the cuts a flash
    hides (:func:`_lit_runs`; :func:`shot_boundaries`, Notes). ``idx``: the picture frames' indices;
    ``work``: the call's :class:`_Work`."""
    pos = {int(f): k for k, f in enumerate(idx)}
    steps: dict[int, float] = {}

    def step(k: int) -> float:  # the change into picture frame k with each channel's mean removed, compensated
        if k not in steps:
            v = float(_dissim(work.frame(k - 1).std(True), work.frame(k).std(True))[0])
            steps[k] = v if v < _COMP_FROM else work.compensated(k - 1, k, v, True, affine=False)
        return steps[k]

    def structured(k: int) -> bool:
        img = work.frame(k).img
        return float((img - img.reshape(-1, 3).mean(axis=0)).std()) >= _STRUCT_SD

    def detail_cut(b: int, a: int) -> bool:  # frames b and a (unlit) are two soft pictures (the detail pass)
        span = a - b
        f0, f1 = max(0, b - span), min(len(tiny) - 1, a + span)
        x = _detail(tiny[[f0, b, a, f1]])
        sd = np.sqrt((x.reshape(4, -1) ** 2).mean(axis=1))
        if sd[1] < _DETAIL_SD or sd[2] < _DETAIL_SD:
            return False
        z = x.reshape(4, -1) / np.maximum(sd[:, None], 1e-6)
        plain = float(_dissim(z[1], z[2]))
        motion = max(float(_dissim(z[0], z[1])), float(_dissim(z[2], z[3])))
        if plain < _HARD_D or plain < _BRIDGE_ISOLATION * motion:
            return False
        if _compensated_dissim(x[1], x[2], plain, enough=_HARD_D) < _HARD_D:
            return False
        kb, ka = pos[b], pos[a]
        work.pairs.setdefault((kb, ka), {})["lone"] = True
        for pc in (False, True):  # as in the detail pass: a zoom or a turn the whole frames' search explains
            whole = float(_dissim(work.frame(kb).std(pc), work.frame(ka).std(pc))[0])
            if work.compensated(kb, ka, whole, pc) < _DETAIL_KEPT * whole:
                return False
        return True

    out = list(cuts)
    for i, e in _lit_runs(tiny, fps):
        b, a = i - 1, e + 1
        if b not in pos or not structured(pos[b]) or (a < len(tiny) and (a not in pos or not structured(pos[a]))):
            continue  # (a flash may run to the clip's end)
        ks = [pos[f] for f in range(i - _LIT_NEAR, a + _LIT_NEAR + 1) if f in pos and pos[f] >= 1]
        if not ks:
            continue
        v = np.array([step(k) for k in ks])
        top = int(np.argmax(v))
        at = int(idx[ks[top]])
        inside = [x for x in out if i - _LIT_NEAR <= x <= a + _LIT_NEAR]
        if inside:
            if v[top] < _STRUCT_CLEAN_D and not (a < len(tiny) and detail_cut(b, a)):
                out = [x for x in out if x not in inside]
        elif v[top] < _HARD_D and a < len(tiny) and not any(b - _ISO_FRAMES <= x <= a + _ISO_FRAMES for x in out) \
                and detail_cut(b, a):
            out.append(int(i))
    return out


def _regrade(a: np.ndarray, b: np.ndarray) -> tuple[float, float]:
    """How well one frame is a crop of the other, and how much the colour changed between them once so
    lined up: (best normalised cross-correlation, |mean log ratio| of the matched pixels' channel means).

    ``a``, ``b``: tiny frames (h, w, 3) float32. Each is looked for in the other, as its middle (no zoom)
    or shrunk by each of ``_CROP_ZOOMS`` (``cv2.matchTemplate``); the colour change is that of the best
    match. A punch-in, a turned punch-in or a reframe keeps the grade (≈ 0); a cut to another angle of
    one scene, graded again, does not."""
    import cv2

    h, w = a.shape[:2]
    best = (-2.0, 0.0)
    for big, small in ((a, b), (b, a)):
        for s in (1.0,) + _CROP_ZOOMS:
            if s == 1.0:
                tw, th = int(0.7 * w), int(0.7 * h)
                t = small[(h - th) // 2:(h - th) // 2 + th, (w - tw) // 2:(w - tw) // 2 + tw]
            else:
                tw, th = int(round(w / s)), int(round(h / s))
                if tw < 4 or th < 4:
                    continue
                t = cv2.resize(small, (tw, th), interpolation=cv2.INTER_AREA)
            _, top, _, (px, py) = cv2.minMaxLoc(cv2.matchTemplate(big, np.ascontiguousarray(t), cv2.TM_CCOEFF_NORMED))
            if top > best[0]:
                mr = big[py:py + th, px:px + tw].reshape(-1, 3).mean(axis=0) + 1.0
                mt = t.reshape(-1, 3).mean(axis=0) + 1.0
                best = (float(top), float(abs(np.log(mr / mt).mean())))
    return best


def _regraded_steps(tiny: np.ndarray, idx: np.ndarray, d: np.ndarray, c: np.ndarray, cuts: list[int]) -> list[int]:
    """Cuts to another angle of the same scene (issue 15, session 15): a lone step between picture frames
    (``d`` ≥ ``_CLEAN_D`` and ``_HARD_ISOLATION`` times any other step within ±``_ISO_FRAMES``) that the
    zoom/crop/turn compensation explains (``c`` under ``_CLEAN_D``: the new shot is a crop of the old
    one), kept where the lined-up pictures' brightness changed by ``_REGRADE_GAIN`` (log ratio) or more
    across the step and still 3-4 frames either side of it (a regrade lasts; a beat flash fades; so not
    within 3-4 frames of either end of the clip), with a
    match of ``_REGRADE_TOP`` or better. Returns the new cut frame indices (into ``tiny``)."""
    out: list[int] = []
    for k in np.flatnonzero((d >= _CLEAN_D) & (c < _CLEAN_D)):
        if k < 1 or any(abs(int(idx[k]) - x) <= 2 for x in cuts):
            continue
        lo, hi = max(1, k - _ISO_FRAMES), min(len(d), k + _ISO_FRAMES + 1)
        others = np.delete(d[lo:hi], k - lo)
        if others.size and d[k] < _HARD_ISOLATION * float(others.max()):
            continue
        if k < 3 or k + 4 >= len(idx):
            continue  # a flash at either end of the clip cannot be told from a regrade: it is not seen to fade
        pairs = ((k - 1, k), (k - 1, k + 3), (k - 3, k + 4))
        vals = []
        for i, j in pairs:
            vals.append(_regrade(tiny[idx[i]].astype(np.float32), tiny[idx[j]].astype(np.float32)))
            if vals[-1][0] < _REGRADE_TOP or vals[-1][1] < _REGRADE_GAIN:
                break
        else:
            out.append(int(idx[k]))
    return out


def _lone_steps(d: np.ndarray) -> np.ndarray:
    """The steps ``k`` (indices into ``d``, the change into each picture frame, (n,) float) from
    ``_COMP_FROM`` with no change of ``_RUN_D`` or more just before or after: a punch-in, its snap back
    or a cut, not a step of a pan, a whip or a zoom in motion. Only these are searched for an affine map
    (:func:`_affine_dissim`): the blurred steps of a pan fit a skewed, turned map."""
    before = np.concatenate([[0.0], d[:-1]])
    after = np.concatenate([d[1:], [0.0]])
    return np.flatnonzero((d >= _COMP_FROM) & (before < _RUN_D) & (after < _RUN_D) & (np.arange(len(d)) > 0))


def _busy_runs(busy: np.ndarray):
    """Each run of changing steps: ``(first, last)`` indices of the runs of True in ``busy[1:]`` (bool,
    shape (n,)), in order. The whip rules look inside each run for the one step into another shot."""
    k = 1
    while k < len(busy):
        if not busy[k]:
            k += 1
            continue
        e = k
        while e + 1 < len(busy) and busy[e + 1]:
            e += 1
        yield k, e
        k = e + 1


_SHARE_MARGIN = 1e-3  # a share this far from _GRAD_RESIDUAL is decided on the float64 normal equations


def _blend_share(a: np.ndarray, b: np.ndarray, inner: np.ndarray) -> float:
    """The share of the frames ``inner`` (m, P) float32 (standardised) that is no blend of ``a`` and
    ``b`` (P,): the least-squares residual over the total sum of squares. Solved on the 2 × 2 normal
    equations in float64, which are well conditioned here (the ends differ: correlation ≤ 0.5); only
    where that share lies within ``_SHARE_MARGIN`` of ``_GRAD_RESIDUAL``, or the ends are nearly
    collinear, is it solved again as before (``numpy.linalg.lstsq`` in float32, about 50 times slower
    on this machine), so every decision against ``_GRAD_RESIDUAL`` is the one the float32 solve makes
    (its error is orders of magnitude under the margin)."""
    A = np.stack([a, b]).astype(np.float64)  # (2, P)
    X = inner.astype(np.float64)
    G = A @ A.T
    det = G[0, 0] * G[1, 1] - G[0, 1] * G[1, 0]
    if G[0, 0] > 0 and G[1, 1] > 0 and det > 1e-2 * G[0, 0] * G[1, 1]:
        coef = np.linalg.solve(G, A @ X.T)  # (2, m)
        resid = X - coef.T @ A
        share = float((resid ** 2).sum() / max(1e-9, ((X - X.mean(axis=1, keepdims=True)) ** 2).sum()))
        if abs(share - _GRAD_RESIDUAL) > _SHARE_MARGIN:
            return share
    basis = np.stack([a, b], axis=1)  # (P, 2)
    coef, *_ = np.linalg.lstsq(basis, inner.T, rcond=None)
    resid = inner.T - basis @ coef
    return float((resid ** 2).sum() / max(1e-9, ((inner - inner.mean(axis=1, keepdims=True)) ** 2).sum()))


def shot_boundaries(tiny: np.ndarray, fps: float) -> list[int]:
    """Frame indices where a new shot begins: hard cuts, fades, dissolves and whip-pan transitions —
    not flashes, zooms and punch-ins on the beat, pans or movement.

    Parameters
    ----------
    tiny : numpy.ndarray
        Every decoded frame as a tiny colour copy, shape (N, h, w, 3), any numeric dtype, 0..255.
    fps : float
        Frames per second (sets the windows).

    Returns
    -------
    list of int
        Sorted frame indices (the first frame of the new shot; for a gradual transition, its
        middle; for a whip transition, the step where the picture changes shot), at least
        ``_MIN_SHOT_S`` apart.

    Notes
    -----
    Frames are compared as standardised pixel vectors (:func:`_standardised`), so a flash that
    blends white over the picture, or a fade through black, does not register as a change, and a
    frame with no picture (the white peak of a flash, black) is skipped. Each change between
    consecutive picture frames (1 − correlation) from ``_COMP_FROM`` is then compensated for a zoom
    about any point, a reframe and a small shift (:func:`_compensated_dissim`): a punch-in on the
    beat, centred or not, by up to 2.4x into a corner, its snap back and a ramp-in/snap-out zoom are
    no change, and a cut beside them is not hidden by them.

    A hard cut is a compensated change that is large (≥ ``_HARD_D``) and isolated
    (``_HARD_ISOLATION`` times any other change within ±4 frames): a whip pan or a fast zoom changes
    the picture as much, but over several frames in a row. A smaller change (from ``_CLEAN_D``) is a
    hard cut too where the picture is otherwise still (``_CLEAN_ISOLATION`` times any other change
    within ±4 frames): two flat colour fields, yellow to red, correlate at 0.62. A whip transition
    is a run of 2–``_RUN_MAX`` changing frames with one step that changes the row or column profile
    (:func:`_profile_dissim`) ≥ ``_WHIP_PROFILE`` and ``_WHIP_ISOLATION`` times any other step, and
    the colour balance (:func:`_balance_steps`) ≥ ``_WHIP_BALANCE`` (or the balance alone by
    ``_WHIP_BALANCE_ALONE``), each with a compensated change ≥ ``_JUMP_D`` (a strong punch-in into a
    corner changes the profile and the balance as much, but is no change once compensated), or one step
    between adjacent frames that changes the hue-saturation
    histogram (:func:`_hs_hist`, the colour content PySceneDetect's ContentDetector compares) by
    ≥ ``_WHIP_HIST`` and ``_WHIP_HIST_ISOLATION`` times any other step, with a compensated picture
    change ≥ ``_WHIP_HIST_D``: the landing shot's own fast pan moves the picture but keeps its
    colours; or, in a run of any length, one step between adjacent frames that shifts the colour
    balance by ≥ ``_JUMP_BAL`` and ``_JUMP_ISOLATION`` times any other step within ±4 frames, with a
    compensated change ≥ ``_JUMP_D``. A dissolve is a window of
    ~⅓ s whose ends differ (≥ ``_GRAD_D``), are not one picture zoomed, while every frame inside is
    a blend of the two ends (least-squares residual under ``_GRAD_RESIDUAL``), reached in small
    steps, and that changes more than the windows either side (``_GRAD_ISOLATION``): moving
    pictures are not blends of their ends, and steady motion changes as much before and after.

    Shots of one colour (:func:`_structure_boundaries`): with all channels standardised together a
    frame's colour dominates its vector, so a cut or a whip between two green shots is a small
    change. The frames are compared again with each channel's own mean removed (where both keep a
    picture spread over the frame: pixel std ≥ ``_STRUCT_SD``, ``_STRUCT_SHARE`` of the pixels off the
    mean colour), compensated the same way (a step the colour-kept compensation
    explains keeps that share): a large isolated change there is a hard cut, and in a run of 4 to
    ``_STRUCT_RUN_MAX`` changing frames one inner step (or two in a row) that changes the picture
    ``_WHIP_ISOLATION`` times more than any other inner step is the swap of a whip. Issue 15's sixth
    round: a change from ``_STRUCT_CLEAN_D`` there is a hard cut where the picture is otherwise still
    (two flat pictures of one colour), and a run of 2 to ``_SHORT_RUN_MAX`` changing steps whose ends
    are two pictures is a short whip (its largest compensated step). At a lone step (a punch-in, not a
    step of a pan) the compensation also fits an affine map (:func:`_affine_dissim`): a punch-in turned
    by a few degrees, a shaken camera, or a step between two zooms about different points is no change.

    Issue 15's seventh round: soft pictures of one colour (two skies, a gradient with faint clouds) are
    compared once more on their detail, each channel's row and column means removed
    (:func:`_detail_boundaries`); and a boundary found at a beat flash (:func:`_lit_runs`: a few frames
    brighter than either side, fading) is kept only where the flash's steps, with each channel's mean
    removed, change the picture or the frames either side of it are two soft pictures
    (:func:`_flash_bridged`): a warm flash on a dark shot tints the frame until the tint is most of what it
    shows, but gives back the same picture.
    """
    n = tiny.shape[0]
    if n < 2:
        return []
    z, ok = _standardised(tiny)
    idx = np.flatnonzero(ok)  # frames with a picture
    if idx.size < 2:
        return []
    zi = z[idx]
    d = np.concatenate([[0.0], _dissim(zi[1:], zi[:-1])])  # d[k]: change from picture frame k-1 to k
    work = _Work(tiny, idx)  # each frame's zoomed and shrunk copies, each pair's matches, made once
    frames = lambda k: work.frame(k).img  # noqa: E731
    c = d.copy()  # the change with zoom and small shifts allowed for
    for k in _lone_steps(d):  # a step between still frames may be a turned or shaken punch-in
        work.pairs.setdefault((k - 1, k), {})["lone"] = True
    for k in np.flatnonzero(d >= _COMP_FROM):
        if k:
            c[k] = work.compensated(k - 1, k, float(d[k]))
    cuts: list[int] = []
    for k in np.flatnonzero(c >= _CLEAN_D):
        lo, hi = np.searchsorted(idx, idx[k] - _ISO_FRAMES), np.searchsorted(idx, idx[k] + _ISO_FRAMES, side="right")
        others = np.delete(c[lo:hi], k - lo)
        near = float(others.max()) if others.size else 0.0
        if c[k] >= (_HARD_ISOLATION if c[k] >= _HARD_D else _CLEAN_ISOLATION) * near:
            cuts.append(int(idx[k]))
    bal_steps = _balance_steps(zi)  # bal_steps[k]: colour-balance change from picture frame k-1 to k
    # whip transitions: in a run of changing frames, one step into another shot
    for k, e in _busy_runs(d >= _RUN_D):
        if 2 <= e - k + 1 <= _RUN_MAX and not any(idx[k - 1] - 2 <= x <= idx[e] + 2 for x in cuts):
            prof = np.array([_profile_dissim(frames(j - 1), frames(j)) for j in range(k, e + 1)])
            bal = bal_steps[k:e + 1]
            j, jb = int(np.argmax(prof)), int(np.argmax(bal))
            top, second = np.sort(prof)[::-1][:2]
            btop, bsecond = np.sort(bal)[::-1][:2]
            if top >= _WHIP_PROFILE and top >= _WHIP_ISOLATION * second and bal[j] >= _WHIP_BALANCE \
                    and c[k + j] >= _JUMP_D:
                cuts.append(int(idx[k + j]))
            elif btop >= _WHIP_BALANCE_ALONE and btop >= _WHIP_ISOLATION * bsecond and prof[jb] >= _WHIP_PROFILE_WITH \
                    and c[k + jb] >= _JUMP_D:
                cuts.append(int(idx[k + jb]))
            else:
                hists = [_hs_hist(frames(j)) for j in range(k - 1, e + 1)]
                hd = np.array([0.5 * float(np.abs(hists[i + 1] - hists[i]).sum()) for i in range(e - k + 1)])
                adjacent = np.diff(idx[k - 1:e + 1]) == 1
                jh = int(np.argmax(hd))
                hsecond = float(np.sort(hd)[-2])
                if (hd[jh] >= _WHIP_HIST and hd[jh] >= _WHIP_HIST_ISOLATION * hsecond and adjacent[jh]
                        and c[k + jh] >= _WHIP_HIST_D):
                    cuts.append(int(idx[k + jh]))
    # colour jumps: one step between adjacent frames that shifts the colour balance far more than any
    # other step around it, with a real picture change (a whip whose blurred run is long or busy)
    if idx.size > 2:
        bal = bal_steps
        adjacent = np.concatenate([[False], np.diff(idx) == 1])
        for k in np.flatnonzero((bal >= _JUMP_BAL) & adjacent & (c >= _JUMP_D)):
            lo, hi = max(1, k - _ISO_FRAMES), min(len(bal), k + _ISO_FRAMES + 1)
            others = np.delete(bal[lo:hi], k - lo)
            if bal[k] >= _JUMP_ISOLATION * (float(others.max()) if others.size else 0.0) and \
                    not any(abs(int(idx[k]) - x) <= 2 for x in cuts):
                cuts.append(int(idx[k]))
    # structure: the same changes with each colour channel's mean removed (shots of one colour)
    cuts += _structure_boundaries(tiny, idx, d, c, cuts, work)
    cuts += _detail_boundaries(tiny, idx, cuts, work)
    cuts = _flash_bridged(tiny, idx, cuts, work, fps)
    cuts += _regraded_steps(tiny, idx, d, c, cuts)
    # dissolves: windows of ±w picture frames (w ≈ ⅙ and ⅓ s) whose inside is a blend of the ends
    grads: list[tuple[float, int]] = []
    hard_pos = np.array(cuts, int)
    widths = sorted({max(3, int(round(fps / 6))), max(4, int(round(fps / 3)))})
    for w in widths:
        if idx.size <= 2 * w:
            continue
        across = _dissim(zi[:-2 * w], zi[2 * w:])  # across[k - w]: picture frame k - w against k + w
        for k in np.flatnonzero(across >= _GRAD_D) + w:
            a, b = zi[k - w], zi[k + w]
            D = float(across[k - w])
            if hard_pos.size and np.any(np.abs(hard_pos - idx[k]) <= 2 * w):
                continue
            if float(d[k - w + 1:k + w + 1].max()) >= _GRAD_STEP * D:
                continue  # big steps inside: a cut, a flash edge, a pan or a zoom, not a blend
            flanks = [float(_dissim(zi[j - 2 * w], zi[j])) for j in (k - w, k + 3 * w) if 0 <= j - 2 * w and j < idx.size]
            if flanks and D < _GRAD_ISOLATION * max(flanks):
                continue  # the picture changes as much on either side: steady motion, not a transition
            if work.compensated(k - w, k + w, D, enough=_GRAD_ZOOM * D) < _GRAD_ZOOM * D:
                continue  # the ends are one picture zoomed: a zoom, not a blend
            if _blend_share(a, b, zi[k - w + 1:k + w]) < _GRAD_RESIDUAL:
                grads.append((D, int(idx[k])))
    # one boundary per dissolve: the strongest window centre, others within the widest window dropped
    for D, i in sorted(grads, reverse=True):
        if all(abs(i - c) > 2 * widths[-1] for c in cuts):
            cuts.append(i)
    out: list[int] = []
    gap = _MIN_SHOT_S * fps
    for i in sorted(cuts):
        if not out or i - out[-1] >= gap:
            out.append(i)
    return out


def _sample_times(duration: float, n: int, last_frame: Optional[float] = None) -> list[float]:
    """``n`` times at the middles of equal parts of ``duration``, none after ``last_frame`` (the last
    frame's time): on a video of fewer than ``2 n`` frames (a 1-frame clip: its only frame, at 0 s, lies
    before the middle of its 1/fps duration) the last parts' middles fall after the last frame, and a
    decode that takes the first frame at or after each time would never sample them."""
    out = [(i + 0.5) * duration / n for i in range(n)]
    return out if last_frame is None else [min(t, max(0.0, float(last_frame))) for t in out]


def decode_video(path, n_samples: int = 12, progress: Optional[ProgressLike] = None,
                 force_method: Optional[str] = None, keeper: Optional[FrameKeeper] = None) -> VideoAnalysis:
    """Decode the sampled frames, motion and cuts of the first video stream (see module doc).

    ``keeper`` (:class:`FrameKeeper`) also receives a larger copy of each sampled frame and a grey
    copy of the frame after it, from the same decode (the release kit's thumbnail candidates)."""
    import av

    c = media.open_container(path)
    try:
        if not c.streams.video:
            raise InputError("no video stream")
        vs = c.streams.video[0]
        cc = vs.codec_context
        w, h = int(cc.width or 0), int(cc.height or 0)
        if w <= 0 or h <= 0:
            raise InputError("the video stream has no picture size (corrupt header)")
        idx = _read_index(c, vs)
        fps = float(vs.average_rate or vs.guessed_rate or 0) or (
            (len(idx.times) - 1) / max(1e-6, idx.times[-1] - idx.times[0]) if len(idx.times) > 1 else 0.0)
        last = float(idx.times[-1]) + (1.0 / fps if fps else 0.0)
        duration = last if idx.truncated_at is None else float(idx.truncated_at)
        stream_dur = float(vs.duration * vs.time_base) if vs.duration else (c.duration or 0) / 1e6
        if idx.truncated_at is None and stream_dur > 0 and last < stream_dur - max(0.5, 0.05 * stream_dur):
            idx.truncated_at = duration = last  # the header promises more than the file holds
        duration = max(duration, 0.0) or stream_dur
        c.seek(0)
        cost = len(idx.times) * w * h
        method = force_method or ("all" if duration <= FULL_DECODE_MAX_S or cost <= _FULL_DECODE_BUDGET_PX
                                  else "keyframes")
        # Frame threads pay off on a long run of frames; across 12 seeks they cost ~10% more CPU.
        vs.thread_type = "AUTO" if method == "all" else "SLICE"
        first = next(c.decode(vs), None)
        if first is None:
            raise InputError("no video frame could be decoded")
        rotation = (int(getattr(first, "rotation", 0) or 0) + 179) % 360 - 179  # in (−180, 180]
        shaper = _Frames(w, h, rotation)
        if round(rotation / 90) % 2:  # a quarter turn: shown with width and height swapped
            w, h = h, w
        c.seek(0)
        if len(idx.times) <= n_samples:  # no more frames than samples asked: every frame is one
            targets = [float(x) for x in idx.times]
        else:
            targets = _sample_times(duration, n_samples, float(idx.times[-1]))
        truncated_at = idx.truncated_at
        if method == "all":
            frames, motion, cuts, truncated_dec = _decode_all(c, vs, shaper, targets, duration, progress, keeper)
            cut_method = "decoded every frame"
        else:
            frames, truncated_dec = _decode_samples(c, vs, shaper, idx, targets, progress, keeper)
            ms = [f.motion for f in frames if f.motion is not None]
            motion = float(np.median(ms)) if ms else None
            cuts = stream_cut_estimate(idx)
            cut_method = "estimated from the compressed stream (frame sizes, keyframes)"
        if truncated_dec is not None:
            truncated_at = truncated_dec if truncated_at is None else min(truncated_at, truncated_dec)
        if not frames:
            raise InputError("no video frame could be decoded (file truncated or corrupt)")
        va = VideoAnalysis(duration_s=duration, width=w, height=h, fps=fps, vfr=_is_vfr(idx.times),
                           rotation=rotation, frames=frames, motion_energy=motion, cut_times=cuts,
                           cut_method=cut_method, decode_method=method, truncated_at=truncated_at)
        if len(idx.times) < 2:
            va.absent["cut_rate"] = "one frame: a cut needs two frames, so the cut rate is not measured"
        elif method != "all" and not cuts:
            # The estimate sees a cut only where the encoder put a keyframe or a large frame at it; an
            # encoder that placed none there hides every cut, so finding none is not a count of 0.
            va.absent["cut_rate"] = ("cut rate not measured: the estimate from the compressed stream (frame sizes, "
                                     "keyframes) found no cut, which it also finds when the encoder placed no "
                                     "keyframe at the cuts; only a decode of every frame can count 0")
        if truncated_at is not None:
            va.notes.append(f"the file is truncated or damaged: analysed the first {truncated_at:.1f} s")
        if va.vfr:
            va.notes.append("variable frame rate: times are read from each frame's timestamp")
        return va
    except av.error.FFmpegError as e:
        raise InputError(f"cannot decode the video: {e}") from None
    finally:
        c.close()


def _decode_all(c, vs, shaper: _Frames, targets: list[float], duration: float, progress: Optional[ProgressLike],
                keeper: Optional[FrameKeeper] = None):
    import av

    start = vs.start_time or 0
    tb = float(vs.time_base)
    frames: list[SampledFrame] = []
    diffs: list[float] = []
    times: list[float] = []
    tinies: list[np.ndarray] = []  # every frame's tiny copy, for the shot boundaries
    all_t: list[float] = []
    prev = None
    want = 0
    pending: Optional[SampledFrame] = None
    truncated = None
    n = 0
    ktargets = sorted(targets + keeper.extra_times(targets, duration)) if keeper is not None else []
    kwant = 0
    last = None  # (time, frame) of the frame decoded last
    try:
        for fr in c.decode(vs):
            t = ((fr.pts if fr.pts is not None else 0) - start) * tb
            last = (t, fr)
            g = shaper.tiny_copy(fr)
            tinies.append(g)
            all_t.append(t)
            if keeper is not None:
                keeper.next_frame(fr, shaper)  # the frame after a kept one: its cut check
            if prev is not None:
                d = _diff(g, prev)
                diffs.append(d)
                times.append(t)
                if pending is not None:
                    pending.motion = d
                    pending = None
            prev = g
            if want < len(targets) and t >= targets[want] - 1e-6:
                pending = SampledFrame(t, shaper.bgr(fr))
                frames.append(pending)
                while want < len(targets) and t >= targets[want] - 1e-6:
                    want += 1
            if keeper is not None and kwant < len(ktargets) and t >= ktargets[kwant] - 1e-6:
                keeper.keep(t, fr, shaper)
                while kwant < len(ktargets) and t >= ktargets[kwant] - 1e-6:
                    kwant += 1
            n += 1
            if progress is not None and n % 50 == 0:
                progress.update(min(0.99, t / max(1e-6, duration)), "decoding frames")
    except av.error.FFmpegError as e:
        truncated = times[-1] if times else 0.0
        log.info("decode stopped early: %s", e)
    if truncated is None and last is not None:
        # times left past the last frame (the index's last time runs a B-frame delay ahead of the decoded
        # ones): the last frame stands for them, as the frames that exist must be used
        t, fr = last
        if want < len(targets) and (not frames or frames[-1].t < t):
            frames.append(SampledFrame(t, shaper.bgr(fr)))
        if keeper is not None and kwant < len(ktargets) and (not keeper.frames or keeper.frames[-1].t < t):
            keeper.keep(t, fr, shaper)
    d = np.array(diffs)
    cuts = []
    if tinies:
        fps = (len(all_t) - 1) / max(1e-6, all_t[-1] - all_t[0]) if len(all_t) > 1 else 25.0
        cuts = [all_t[i] for i in shot_boundaries(np.stack(tinies), fps)]
    # moving picture without cuts: motion = median frame-to-frame change
    motion = float(np.median(d)) if d.size else None
    return frames, motion, cuts, truncated


def _decode_samples(c, vs, shaper: _Frames, idx: _Index, targets: list[float], progress: Optional[ProgressLike],
                    keeper: Optional[FrameKeeper] = None):
    """One keyframe (or the frame at the time) per sample, plus the next frame for motion."""
    import av

    start = vs.start_time or 0
    tb = float(vs.time_base)
    key_t = idx.times[idx.key]
    tol = 0.5 * (targets[1] - targets[0]) if len(targets) > 1 else float("inf")
    chosen: list[float] = []
    for t in targets:
        k = float(key_t[np.argmin(np.abs(key_t - t))]) if key_t.size else None
        chosen.append(k if k is not None and abs(k - t) <= tol and k not in chosen else t)
    chosen = sorted(set(chosen))
    # frames for the keeper alone (the analysis never sees them): keyframes only, which decode alone
    keep_only: set[float] = set()
    if keeper is not None and key_t.size:
        extra = keeper.extra_times(targets, float(idx.times[-1]))
        ktol = 0.5 * (extra[1] - extra[0]) if len(extra) > 1 else tol
        for t in extra:
            k = float(key_t[np.argmin(np.abs(key_t - t))])
            if abs(k - t) <= ktol and k not in chosen:
                keep_only.add(k)
    frames: list[SampledFrame] = []
    truncated = None
    it = None
    last_t = float("-inf")
    todo = sorted(set(chosen) | keep_only)
    for i, t in enumerate(todo):
        if progress is not None:
            progress.update(i / len(todo), f"decoding frame {i + 1} of {len(todo)}")
        try:
            # Seek only when going back or when a keyframe lies ahead: otherwise decoding on is cheaper.
            if it is None or t < last_t or bool(np.any((key_t > last_t + 1e-6) & (key_t <= t + 1e-6))):
                c.seek(int(round(t / tb)) + start, stream=vs, backward=True, any_frame=False)
                it = c.decode(vs)
            got: Optional[SampledFrame] = None
            g0 = None
            for fr in it:
                ft = ((fr.pts if fr.pts is not None else 0) - start) * tb
                last_t = ft
                if got is None:
                    if ft < t - 1e-3:
                        continue
                    got = SampledFrame(ft, shaper.bgr(fr))
                    g0 = shaper.tiny_copy(fr)
                    if keeper is not None:
                        keeper.keep(ft, fr, shaper)
                else:
                    got.motion = _diff(shaper.tiny_copy(fr), g0)
                    if keeper is not None:
                        keeper.next_frame(fr, shaper)
                    break
            if got is not None and t not in keep_only:
                frames.append(got)
        except av.error.FFmpegError as e:
            if t in keep_only:  # a frame for the keeper alone: skipped, the analysis goes on as without it
                it = None
                continue
            truncated = t
            log.info("seek/decode failed at %.2f s: %s", t, e)
            break
    return frames, truncated


def keyframe_floor(path) -> int:
    """Decode only the keyframes of the whole file (the benchmark's floor); returns their count."""
    c = media.open_container(path)
    try:
        vs = c.streams.video[0]
        vs.codec_context.skip_frame = "NONKEY"
        vs.thread_type = "AUTO"
        return sum(1 for _ in c.decode(vs))
    finally:
        c.close()


_decoded = cache.ResultCache(maxsize=4)


def decode_video_cached(path, n_samples: int = 12, progress: Optional[ProgressLike] = None) -> VideoAnalysis:
    """:func:`decode_video`, remembered by path, size, mtime and sample count (the tab's frame
    strip, :func:`..preview.preview_strip`, and the analysis that follows it decode the file once)."""
    p = Path(path)
    return _decoded.get_or_compute(_decode_key(p, n_samples), lambda: decode_video(p, n_samples, progress))


def _decode_key(p: Path, n_samples: int) -> tuple:
    st = media.check_file(p, media.MAX_VIDEO_BYTES, "video").stat()
    return ("decode", str(p.resolve()), st.st_size, st.st_mtime_ns, n_samples)


def decode_video_shared(path, n_samples: int = 12, progress: Optional[ProgressLike] = None,
                        keeper: Optional[FrameKeeper] = None) -> VideoAnalysis:
    """:func:`decode_video` with ``keeper``, its result remembered as :func:`decode_video_cached` would.

    The release kit decodes the video once here: the thumbnail candidates come from ``keeper``
    and the virality analysis that follows finds the decode in the cache.

    Parameters
    ----------
    path : str or Path
        The video.
    n_samples : int
        Frames sampled (the virality request's ``frames``, 12 by default).
    progress : ProgressLike, optional
        Fraction of the decode done; cancellation between frames.
    keeper : FrameKeeper, optional
        Receives the larger copies of the sampled frames.

    Returns
    -------
    VideoAnalysis

    Raises
    ------
    InputError
        As :func:`decode_video`.
    """
    p = Path(path)
    key = _decode_key(p, n_samples)
    va = decode_video(p, n_samples, progress, keeper=keeper)
    _decoded.put(key, va)
    return va


# -- measures on the sampled frames ----------------------------------------------------------

def measure_frames(va: VideoAnalysis, progress: Optional[ProgressLike] = None) -> None:
    for i, f in enumerate(va.frames):
        if progress is not None:
            progress.update(i / max(1, len(va.frames)), f"measuring frame {i + 1} of {len(va.frames)}")
        f.measures = image_measures.measure(f.bgr, face_long_side=_FACE_LONG_SIDE)


def _aggregate_measures(ms: list) -> dict:
    """Medians over the sampled frames, and how many frames show a face."""
    if not ms:
        return {}
    keys = ("brightness", "contrast", "saturation", "colourfulness", "sharpness", "clutter", "warmth")
    out = {k: round(float(np.median([getattr(m, k) for m in ms])), 3) for k in keys}
    out["frames"] = len(ms)
    out["face_frame_share"] = round(sum(1 for m in ms if m.face_count > 0) / len(ms), 3)
    out["largest_face_share"] = round(float(max(m.largest_face_share for m in ms)), 4)
    return out


def detect_people(va: VideoAnalysis, batch: int = 8) -> None:
    """People and objects with YOLO on the sampled frames, batched; absent with a reason when no weights."""
    reg = registry.default_registry()
    if not reg.is_available("yolo") and "yolo" not in reg.loaded():
        va.absent["people"] = "YOLO weights not installed (people and objects not measured)"
        return
    try:
        model = reg.get("yolo")
    except Exception as e:  # ModelUnavailable or a broken file: the feature degrades, not the analysis
        va.absent["people"] = f"YOLO not usable: {e}"
        return
    from viralml_desktop.core import config

    conf = float(config.get().ml_core.models.yolo.confidence_threshold)
    imgs = [f.bgr for f in va.frames]
    names: dict = getattr(model, "names", {}) or {}
    person_frames = 0
    counts: dict[str, int] = {}
    for s in range(0, len(imgs), batch):
        with image_measures.YOLO_LOCK:
            results = model.predict(imgs[s:s + batch], conf=conf, verbose=False, imgsz=320)
        for r in results:
            cls = [int(x) for x in (r.boxes.cls.tolist() if r.boxes is not None else [])]
            if _YOLO_PERSON in cls:
                person_frames += 1
            for k in cls:
                name = str(names.get(k, k))
                counts[name] = counts.get(name, 0) + 1
    va.people = {"person_frame_share": round(person_frames / max(1, len(imgs)), 3),
                 "objects": dict(sorted(counts.items(), key=lambda kv: -kv[1])[:10]),
                 "confidence_threshold": conf}


def read_text(va: VideoAnalysis, progress: Optional[ProgressLike] = None, n_frames: int = _OCR_FRAMES) -> None:
    """Text overlays on a few evenly chosen sampled frames, with the thumbnail module's OCR
    (rapidocr, ~0.1–0.2 s a 640 px frame on one thread); absent with the reason when it cannot run."""
    try:
        from viralml_desktop.core.vision import text as tf
    except Exception as e:  # the thumbnail module is optional here
        va.absent["text_overlays"] = f"OCR not available ({type(e).__name__}): text overlays not measured"
        return
    if not registry.default_registry().is_available("ocr"):
        va.absent["text_overlays"] = "OCR model not available: text overlays not measured"
        return
    pick = [va.frames[int(i)] for i in np.linspace(0, len(va.frames) - 1, min(n_frames, len(va.frames)))]
    with_text, words, shares = 0, [], []
    for f in pick:
        if progress is not None:
            progress.check()
        try:
            boxes = tf.read_text(f.bgr)
        except Exception as e:  # ModelUnavailable or an OCR failure: this measure degrades alone
            va.absent["text_overlays"] = f"OCR failed: {e}"
            return
        h, w = f.bgr.shape[:2]
        shares.append(tf.text_area_share(boxes, w, h))
        if boxes:
            with_text += 1
            words.extend(b.text for b in boxes)
    va.text = {"frames_read": len(pick), "frames_with_text": with_text,
               "text_share": round(with_text / max(1, len(pick)), 3),
               "mean_text_area_share": round(float(np.mean(shares)), 4) if shares else 0.0,
               "sample": " | ".join(words)[:200]}
