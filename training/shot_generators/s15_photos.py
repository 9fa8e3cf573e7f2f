"""Shot-boundary clips filmed from real photographs that packages ship (issue 15, session 15).

A second clip generator beside training/measure_data.py's painted sets, written to be realistic
rather than tuned: every shot is a virtual camera on a photograph from scikit-image's data
(astronaut, coffee, chelsea, rocket, Hubble deep field, retina, immunohistochemistry, camera, moon,
horse), scikit-learn's sample images (china, flower) and matplotlib's sample data (Grace Hopper),
moving as a phone does (slow pan and push, hand shake), colour-graded per shot (day, warm, teal,
night with lifted blacks and sensor noise).

Kinds of boundary: hard cuts (to another photo, or to another angle of the same photo: a crop,
zoom, tilt and a regrade of one scene), whips (3-8 motion-blurred frames panning out of one shot into
the next), dissolves and fades through black. Distractors that are not boundaries: beat flashes (white,
coloured, partial), punch-ins on the beat (some turned by a few degrees), shake, light leaks and lyric
text appearing. Each clip records its truth as :class:`measure_data.ShotClip` does (hard-cut frames,
gradual spans and their kinds, distractor frames).

Use: ``s15_photos.clip_set(seed)`` → list of ShotClip (16 clips of 8 s, 180x320 at 30 fps).
"""
from __future__ import annotations

import sys
from pathlib import Path

import cv2
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import measure_data as md  # noqa: E402

W, H = 180, 320
_PHOTOS: dict[str, np.ndarray] = {}
# the face / skin regions of the portraits (x0, y0, x1, y1 as shares of the photo) for close-ups
_SKIN = {"astronaut": (0.33, 0.12, 0.62, 0.45), "grace_hopper": (0.3, 0.1, 0.7, 0.6)}


def photos() -> dict[str, np.ndarray]:
    """The photographs as float32 RGB arrays 0..255, loaded once (no download: only images the
    packages ship in their wheels)."""
    if _PHOTOS:
        return _PHOTOS
    import matplotlib.cbook as cb
    import skimage.data as sd
    from sklearn.datasets import load_sample_image

    for n in ("astronaut", "coffee", "chelsea", "rocket", "hubble_deep_field", "retina", "immunohistochemistry",
              "camera", "moon", "horse"):
        im = np.asarray(getattr(sd, n)())
        if im.dtype == bool:
            im = im.astype(np.uint8) * 255
        if im.ndim == 2:  # a grey photo, toned like a black-and-white film shot
            im = np.stack([im] * 3, -1)
        _PHOTOS[n] = im[..., :3].astype(np.float32)
    for n in ("china.jpg", "flower.jpg"):
        _PHOTOS[n[:-4]] = load_sample_image(n).astype(np.float32)
    _PHOTOS["grace_hopper"] = cv2.cvtColor(cv2.imread(str(cb.get_sample_data("grace_hopper.jpg", asfileobj=False))),
                                           cv2.COLOR_BGR2RGB).astype(np.float32)
    return _PHOTOS


class Shot:
    """A virtual camera on one photo: a window of height ``s`` (photo pixels) at (cx, cy), turned by
    ``ang`` degrees, moving linearly by (vx, vy, vs) per frame, with a grade."""

    def __init__(self, rng, photo: str, night: bool = False, base=None, angle_of=None):
        self.photo = photo
        ph, pw = photos()[photo].shape[:2]
        if angle_of is not None:  # another angle of the same scene: other crop, zoom, tilt, a regrade
            o = angle_of
            self.s = float(np.clip(o.s * rng.choice([rng.uniform(0.45, 0.7), rng.uniform(1.4, 1.9)]),
                                   0.25 * ph, 0.95 * ph))
            self.cx = float(np.clip(o.cx + rng.uniform(-0.25, 0.25) * pw, 0.2 * pw, 0.8 * pw))
            self.cy = float(np.clip(o.cy + rng.uniform(-0.2, 0.2) * ph, 0.25 * ph, 0.75 * ph))
            self.ang = o.ang + rng.choice([-1, 1]) * rng.uniform(3, 12)
            self.grade = _regrade(rng, o.grade)
        else:
            self.s = rng.uniform(0.35, 0.9) * ph
            self.cx, self.cy = rng.uniform(0.3, 0.7) * pw, rng.uniform(0.35, 0.65) * ph
            self.ang = rng.uniform(-4, 4)
            self.grade = _grade(rng, night) if base is None else base
        if photo in _SKIN and angle_of is None and rng.random() < 0.5:  # a skin close-up
            x0, y0, x1, y1 = _SKIN[photo]
            self.cx, self.cy = rng.uniform(x0, x1) * pw, rng.uniform(y0, y1) * ph
            self.s = rng.uniform(0.12, 0.25) * ph
        self.vx, self.vy = rng.normal(0, 0.0012) * pw, rng.normal(0, 0.0008) * ph
        self.vs = self.s * rng.normal(0, 0.0015)
        self.shake = rng.choice([0.0, 0.0, rng.uniform(0.004, 0.012)])
        self.seed = int(rng.integers(1 << 30))

    def frame(self, t: int, dx: float = 0.0, dy: float = 0.0, zoom: float = 1.0, dang: float = 0.0,
              blur: tuple[float, float] = (0.0, 0.0)) -> np.ndarray:
        """Frame ``t`` of the shot (H, W, 3) float32 0..255; (dx, dy) shift the window by shares of its
        height, ``zoom`` narrows it, ``dang`` turns it, ``blur`` (px, py in output pixels) smears it."""
        rng = np.random.default_rng(self.seed + t)
        img = photos()[self.photo]
        s = max(8.0, (self.s + self.vs * t) / zoom)
        jx, jy = (rng.normal(0, self.shake, 2) * s) if self.shake else (0.0, 0.0)
        cx = self.cx + self.vx * t + dx * s + jx
        cy = self.cy + self.vy * t + dy * s + jy
        out = _warp(img, cx, cy, s, self.ang + dang)
        if blur[0] or blur[1]:
            k = int(max(abs(blur[0]), abs(blur[1]))) | 1
            ker = np.zeros((k, k), np.float32)
            c = k // 2
            for i in range(k):
                f = i / (k - 1) - 0.5 if k > 1 else 0.0
                ker[int(round(c + f * blur[1] * (k - 1) / max(1e-6, max(abs(blur[0]), abs(blur[1]))))),
                    int(round(c + f * blur[0] * (k - 1) / max(1e-6, max(abs(blur[0]), abs(blur[1])))))] += 1
            out = cv2.filter2D(out, -1, ker / ker.sum(), borderType=cv2.BORDER_REFLECT)
        return _apply_grade(out, self.grade, rng)


def _warp(img: np.ndarray, cx: float, cy: float, s: float, ang: float) -> np.ndarray:
    scale = H / s
    m = cv2.getRotationMatrix2D((cx, cy), ang, scale)
    m[0, 2] += W / 2 - cx
    m[1, 2] += H / 2 - cy
    return cv2.warpAffine(img, m, (W, H), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REFLECT)


def _grade(rng, night: bool) -> dict:
    if night:
        return {"gain": rng.uniform(0.18, 0.35), "gamma": rng.uniform(1.1, 1.5), "lift": rng.uniform(2, 10),
                "tint": np.array([rng.uniform(0.7, 0.9), rng.uniform(0.85, 1.0), rng.uniform(1.05, 1.3)]),
                "sat": rng.uniform(0.5, 0.9), "noise": rng.uniform(2, 5)}
    kind = rng.choice(["day", "warm", "teal", "faded"])
    tint = {"day": [1, 1, 1], "warm": [1.12, 1.0, 0.82], "teal": [0.85, 1.02, 1.1], "faded": [1.02, 1.0, 0.97]}[kind]
    return {"gain": rng.uniform(0.85, 1.15), "gamma": rng.uniform(0.85, 1.15), "lift": 25.0 if kind == "faded" else 0.0,
            "tint": np.array(tint) * rng.uniform(0.95, 1.05, 3), "sat": rng.uniform(0.8, 1.3), "noise": rng.uniform(0, 1.5)}


def _regrade(rng, g: dict) -> dict:
    return {**g, "gain": g["gain"] * rng.uniform(0.85, 1.15), "gamma": g["gamma"] * rng.uniform(0.92, 1.08),
            "tint": g["tint"] * rng.uniform(0.93, 1.07, 3), "sat": g["sat"] * rng.uniform(0.85, 1.15)}


def _apply_grade(img: np.ndarray, g: dict, rng) -> np.ndarray:
    x = img / 255.0
    grey = x.mean(-1, keepdims=True)
    x = grey + (x - grey) * g["sat"]
    x = np.clip(x, 0, 1) ** g["gamma"] * g["gain"] * g["tint"]
    x = x * 255.0 + g["lift"]
    if g["noise"]:
        x = x + rng.normal(0, g["noise"], x.shape[:2])[..., None]
    return np.clip(x, 0, 255).astype(np.float32)


# -- distractors ------------------------------------------------------------------------------

def _flash(img: np.ndarray, a: float, colour, partial: bool, rng) -> np.ndarray:
    if partial:  # a flare from one side
        yy, xx = np.mgrid[0:H, 0:W]
        fx, fy = rng.choice([0, W]), rng.uniform(0, H)
        m = np.exp(-((xx - fx) ** 2 + (yy - fy) ** 2) / (2 * (0.5 * W) ** 2))[..., None]
        return img * (1 - a * m) + np.asarray(colour) * a * m
    return img * (1 - a) + np.asarray(colour) * a


def _leak(img: np.ndarray, t: float, seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    yy, xx = np.mgrid[0:H, 0:W]
    cx, cy = rng.uniform(-0.2, 1.2) * W + 40 * np.sin(t), rng.uniform(0, 1) * H + 60 * t
    m = 0.55 * np.exp(-((xx - cx) ** 2 / (2 * (0.6 * W) ** 2) + (yy - cy) ** 2 / (2 * (0.4 * H) ** 2)))
    col = np.array(rng.choice([[255, 140, 40], [255, 80, 60], [255, 200, 120]]), np.float32)
    return img + m[..., None] * col * (1 - img / 255.0)


def _text(img: np.ndarray, words: str, n_chars: int, y: int) -> np.ndarray:
    out = np.ascontiguousarray(img.astype(np.uint8))
    if n_chars > 0:
        cv2.putText(out, words[:n_chars], (8, y), cv2.FONT_HERSHEY_DUPLEX, 0.55, (0, 0, 0), 4, cv2.LINE_AA)
        cv2.putText(out, words[:n_chars], (8, y), cv2.FONT_HERSHEY_DUPLEX, 0.55, (255, 255, 255), 1, cv2.LINE_AA)
    return out.astype(np.float32)


LYRICS = ["y no tiene fin", "I wrote this the night", "lo rompiste", "she left", "nunca falla", "goes hard"]


# -- clips --------------------------------------------------------------------------------------

def make_clip(name: str, seed: int, seconds: float = 8.0, fps: int = 30, n_shots: int = 5,
              transitions=("hard",), same_scene: float = 0.0, night: float = 0.0, whip_len=(3, 8),
              flashes: str = "", punch_ins: str = "", leaks: bool = False, lyrics: bool = False,
              bpm: float = 0.0, cut_on_beat: bool = False) -> md.ShotClip:
    """One clip of ``n_shots`` shots.

    Parameters
    ----------
    transitions : tuple of str
        Boundary kinds drawn in turn: "hard", "whip", "dissolve", "fade".
    same_scene : float
        Probability that the next shot is another angle of the same photo.
    night : float
        Probability that a shot is night-graded (a clip's shots share day or night with this odds).
    flashes : str
        "", "white", "colour" or "partial": a flash on every beat (``bpm``).
    punch_ins : str
        "", "beat" (punch-in every other beat that holds a beat) or "turned" (the same, turned 3-10 degrees).
    cut_on_beat : bool
        Hard cuts on beats (under the flash when ``flashes``).
    """
    rng = np.random.default_rng(seed)
    n = int(seconds * fps)
    bf = 60.0 / bpm * fps if bpm else 0.0
    pool = list(photos())
    # boundaries spaced at least 0.8 s apart
    if cut_on_beat and bf:
        beats = np.arange(bf, n - 0.5 * fps, bf)
        bounds = sorted(int(round(b)) for b in rng.choice(beats[1:], size=n_shots - 1, replace=False)) \
            if len(beats) > n_shots else []
        bounds = [b for i, b in enumerate(bounds) if i == 0 or b - bounds[i - 1] >= 0.8 * fps]
    else:
        gaps = rng.uniform(0.8, 2.5, n_shots)
        pos = np.cumsum(gaps / gaps.sum() * (n - 0.6 * fps))[:-1] + 0.3 * fps
        bounds = [int(p) for p in pos]
    shots: list[Shot] = []
    is_night = rng.random() < night
    for i in range(len(bounds) + 1):
        if shots and rng.random() < same_scene:
            shots.append(Shot(rng, shots[-1].photo, angle_of=shots[-1]))
        else:
            prev = {s.photo for s in shots[-1:]}
            shots.append(Shot(rng, str(rng.choice([p for p in pool if p not in prev])), night=is_night))
    kinds = [transitions[i % len(transitions)] for i in range(len(bounds))]
    clip = md.ShotClip(name, fps, np.zeros((n, H, W, 3), np.uint8))
    clip.distractors = {}
    # per-frame: which shot, local time, and transition overrides
    starts = [0] + bounds
    frames = np.zeros((n, H, W, 3), np.float32)
    shot_of = np.searchsorted(bounds, np.arange(n), side="right")
    for t in range(n):
        k = shot_of[t]
        frames[t] = shots[k].frame(t - starts[k])
    for j, (b, kind) in enumerate(zip(bounds, kinds)):
        a, bshot = shots[j], shots[j + 1]
        if kind == "hard":
            clip.hard.append(b)
        elif kind == "whip":
            L = int(rng.integers(whip_len[0], whip_len[1] + 1))
            lo = b - L // 2
            hor = rng.random() < 0.7
            sign = rng.choice([-1, 1])
            for i in range(L):
                u = (i + 0.5) / L  # 0..1 through the whip
                speed = 1.0 - abs(2 * u - 1) * 0.6  # fastest in the middle
                px = speed * rng.uniform(40, 70)
                bl = (sign * px, 0.0) if hor else (0.0, sign * px)
                t = lo + i
                if t < b:  # leaving shot a
                    off = sign * (u * 1.2)
                    frames[t] = a.frame(t - starts[j], dx=off if hor else 0.0, dy=0.0 if hor else off, blur=bl)
                else:  # landing in shot b
                    off = -sign * ((1 - u) * 1.2)
                    frames[t] = bshot.frame(t - b, dx=off if hor else 0.0, dy=0.0 if hor else off, blur=bl)
            clip.gradual.append((lo, lo + L - 1))
            clip.gradual_kinds.append("whip")
        elif kind in ("dissolve", "fade"):
            L = int(rng.integers(8, 19))
            lo = b - L // 2
            for i in range(L):
                u = (i + 1) / (L + 1)
                t = lo + i
                fa, fb = a.frame(t - starts[j]), bshot.frame(t - b + L)
                if kind == "dissolve":
                    frames[t] = (1 - u) * fa + u * fb
                else:
                    frames[t] = fa * max(0.0, 1 - 2 * u) + fb * max(0.0, 2 * u - 1)
            clip.gradual.append((lo, lo + L - 1))
            clip.gradual_kinds.append(kind)
    # distractors on the beat
    if bf:
        beat_frames = [int(round(x)) for x in np.arange(rng.uniform(0, bf), n, bf)]
        if punch_ins:
            pz = []
            for bi, t0 in enumerate(beat_frames[::2]):
                hold = int(bf)
                z = rng.uniform(1.25, 1.8)
                dx, dy = rng.uniform(-0.15, 0.15, 2)
                dang = rng.choice([-1, 1]) * rng.uniform(3, 10) if punch_ins == "turned" else 0.0
                for t in range(t0, min(n, t0 + hold)):
                    k = shot_of[t]
                    if any(ga <= t <= ge for ga, ge in clip.gradual) or any(t0 < h <= t for h in bounds):
                        continue
                    frames[t] = shots[k].frame(t - starts[k], dx=dx, dy=dy, zoom=z, dang=dang)
                pz.append(t0)
            clip.distractors["punch_in"] = pz
        if flashes:
            col = {"white": (255, 255, 255), "colour": tuple(rng.choice([[255, 60, 200], [60, 200, 255], [255, 220, 80]])),
                   "partial": (255, 240, 220)}[flashes]
            for t0 in beat_frames:
                for i, a_ in enumerate((0.9, 0.55, 0.25)):
                    if t0 + i < n:
                        frames[t0 + i] = _flash(frames[t0 + i], a_, col, flashes == "partial", rng)
            clip.distractors["flash"] = beat_frames
            if cut_on_beat:  # a cut under a flash: the flash starts on the cut frame
                pass
    if leaks:
        ls = int(rng.integers(0, n // 2))
        for t in range(ls, min(n, ls + int(1.5 * fps))):
            frames[t] = _leak(frames[t], (t - ls) / fps, seed)
        clip.distractors["light_leak"] = [ls]
    if lyrics:
        words = str(rng.choice(LYRICS))
        y = int(rng.uniform(0.6, 0.85) * H)
        t0 = int(rng.integers(0, n // 3))
        for t in range(t0, n):
            frames[t] = _text(frames[t], words, min(len(words), (t - t0) // 2), y)
        clip.distractors["lyrics"] = [t0]
    clip.frames = np.clip(frames, 0, 255).astype(np.uint8)
    return clip


def clip_set(seed: int = 0, fps: int = 30) -> list[md.ShotClip]:
    """16 clips × 8 s from photographs: each kind the detector missed on session 14's blind sets, and
    the distractors that must read no boundary."""
    rng = np.random.default_rng(10_000 + seed)
    r = lambda: int(rng.integers(1 << 30))  # noqa: E731
    return [
        make_clip("photo_cuts", r(), n_shots=6),
        make_clip("other_angle_cuts", r(), n_shots=6, same_scene=1.0),
        make_clip("other_angle_mixed", r(), n_shots=6, same_scene=0.6, transitions=("hard", "whip", "hard", "dissolve")),
        make_clip("night_cuts", r(), n_shots=6, night=1.0),
        make_clip("night_angles", r(), n_shots=5, night=1.0, same_scene=0.7),
        make_clip("whips", r(), n_shots=5, transitions=("whip",)),
        make_clip("short_whips_same_scene", r(), n_shots=5, transitions=("whip",), same_scene=0.8, whip_len=(3, 5)),
        make_clip("night_whips", r(), n_shots=5, transitions=("whip",), night=1.0),
        make_clip("dissolves_fades", r(), n_shots=5, transitions=("dissolve", "fade")),
        make_clip("skin_cuts_white_flash", r(), n_shots=6, flashes="white", bpm=128, cut_on_beat=True, same_scene=0.4),
        make_clip("colour_flash_cuts", r(), n_shots=5, flashes="colour", bpm=120),
        make_clip("partial_flash_punch", r(), n_shots=4, flashes="partial", punch_ins="beat", bpm=110),
        make_clip("night_turned_punch_ins", r(), n_shots=3, night=1.0, punch_ins="turned", bpm=100),
        make_clip("leak_lyrics_shake", r(), n_shots=4, leaks=True, lyrics=True),
        make_clip("one_shot_distractors", r(), n_shots=1, flashes="white", punch_ins="turned", bpm=128, lyrics=True),
        make_clip("night_one_shot_flash_punch", r(), n_shots=1, night=1.0, flashes="colour", punch_ins="turned", bpm=128),
    ]
