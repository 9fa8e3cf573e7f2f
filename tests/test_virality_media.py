"""Synthetic test and benchmark media for the virality check, written with PyAV (libx264 + AAC).

``synth_clip`` makes a real H.264/AAC file: moving shapes on a coloured background (one colour
per scene, so scene changes are hard cuts at known times) and a beat track (kick on each beat,
hi-hat off-beat, a sustained chord) normalised to a target integrated loudness with
pyloudnorm. The tests below check the generator itself, so the other virality tests can trust
the loudness, duration, cuts and stream layout they ask for. ``bench/virality_speed.py``
imports it too.
"""
from __future__ import annotations

from fractions import Fraction
from functools import lru_cache
from pathlib import Path
from typing import Optional, Sequence

import numpy as np

AUDIO_RATE = 48000


def beat_track(seconds: float, bpm: float = 120.0, rate: int = AUDIO_RATE, voice: bool = False,
               seed: int = 0) -> np.ndarray:
    """A stereo (2, N) float32 beat: kick on beats, hi-hat off-beat, a soft chord (and a sung-like tone)."""
    rng = np.random.default_rng(seed)
    n = int(round(seconds * rate))
    t = np.arange(n) / rate
    y = np.zeros(n, np.float32)
    beat = 60.0 / bpm
    kick_len = int(0.18 * rate)
    kt = np.arange(kick_len) / rate
    kick = (np.sin(2 * np.pi * (50 + 80 * np.exp(-kt * 30)) * kt) * np.exp(-kt * 18)).astype(np.float32)
    hat_len = int(0.04 * rate)
    hat = (rng.standard_normal(hat_len) * np.exp(-np.arange(hat_len) / (0.008 * rate))).astype(np.float32)
    for k in range(int(seconds / beat) + 1):
        s = int(k * beat * rate)
        e = min(n, s + kick_len)
        if s < n:
            y[s:e] += kick[: e - s]
        h = int((k + 0.5) * beat * rate)
        e = min(n, h + hat_len)
        if h < n:
            y[h:e] += 0.3 * hat[: e - h]
    y += 0.08 * (np.sin(2 * np.pi * 220 * t) + np.sin(2 * np.pi * 277.2 * t) + np.sin(2 * np.pi * 329.6 * t))
    if voice:  # a vibrato "singer" with harmonics, phrased on and off every 2 s
        f0 = 300 + 8 * np.sin(2 * np.pi * 5.5 * t)
        ph = 2 * np.pi * np.cumsum(f0) / rate
        v = sum(np.sin(k * ph) / k for k in range(1, 8))
        y += 0.25 * v * (np.sin(2 * np.pi * t / 4.0) > -0.3)
    return np.stack([y, y]).astype(np.float32)


def set_loudness(audio: np.ndarray, lufs: float, rate: int = AUDIO_RATE) -> np.ndarray:
    import pyloudnorm

    meter = pyloudnorm.Meter(rate)
    now = meter.integrated_loudness(audio.T.astype(np.float64))
    return (audio * 10 ** ((lufs - now) / 20.0)).astype(np.float32)


@lru_cache(maxsize=16)
def _background(w: int, h: int, scene: int) -> np.ndarray:
    hues = [(40, 60, 200), (200, 120, 30), (40, 180, 60), (180, 40, 160), (20, 200, 220), (120, 120, 120)]
    img = np.empty((h, w, 3), np.uint8)
    img[:] = np.array(hues[scene % len(hues)], np.uint8)
    yy = np.linspace(0, 60, h, dtype=np.float32)[:, None]
    img[:, :, 1] = np.clip(img[:, :, 1] + yy, 0, 255).astype(np.uint8)
    return img


def _picture(w: int, h: int, i: int, fps: float, scene: int) -> np.ndarray:
    img = _background(w, h, scene).copy()
    s = max(8, min(w, h) // 5)
    x = int((w - s) * (0.5 + 0.45 * np.sin(i / fps * 2.0 + scene)))
    y = int((h - s) * (0.5 + 0.45 * np.cos(i / fps * 1.3 + scene)))
    img[y:y + s, x:x + s] = (255, 255, 255)
    img[y + s // 4:y + 3 * s // 4, x + s // 4:x + 3 * s // 4] = (10, 10, 10)
    return img


def synth_clip(path: str | Path, seconds: float = 4.0, size: tuple[int, int] = (320, 240), fps: int = 25,
               audio: bool = True, video: bool = True, lufs: Optional[float] = -14.0, bpm: float = 120.0,
               cuts: Sequence[float] = (), vfr: bool = False, voice: bool = False, gop: Optional[int] = None,
               faststart: bool = False, preset: str = "ultrafast", crf: int = 30, text: str = "",
               display_rotation: int = 0) -> Path:
    """Write an H.264/AAC clip (VP9/Opus for a .webm path); ``cuts`` are times (s) of hard scene changes; ``vfr`` alternates frame
    durations (0.6 and 1.4 frame periods); ``text`` is drawn on every frame.

    ``display_rotation`` (degrees counter-clockwise, as PyAV's ``VideoFrame.rotation`` reads it back):
    the pixels are stored turned the other way, with that turn in the display matrix, as a phone
    does; ``size`` is then the size as shown, and a red block marks the shown top-left corner."""
    import av

    path = Path(path)
    w, h = size
    k = round(display_rotation / 90) % 4
    options = {"movflags": "faststart"} if faststart else {}
    webm = path.suffix.lower() == ".webm"  # WebM holds VP9 + Opus, not H.264 + AAC
    with av.open(str(path), "w", options=options) as c:
        vs = as_ = None
        if video:
            vs = c.add_stream("libvpx-vp9" if webm else "libx264", rate=fps)
            vs.width, vs.height = (h, w) if k % 2 else (w, h)
            vs.pix_fmt = "yuv420p"
            if k:
                vs.set_display_rotation(display_rotation)
            opts = ({"deadline": "realtime", "cpu-used": "8", "crf": str(crf), "b": "0"} if webm
                    else {"preset": preset, "crf": str(crf)})
            if gop:
                opts["g"] = str(gop)
            vs.options = opts
            if vfr:
                vs.codec_context.time_base = Fraction(1, 1000)
        if audio:
            as_ = c.add_stream("libopus" if webm else "aac", rate=AUDIO_RATE, layout="stereo")
        if vs is not None:
            t, i = 0.0, 0
            while t < seconds - 1e-9:
                scene = sum(1 for x in cuts if x <= t + 1e-9)
                img = _picture(w, h, i, fps, scene)
                if text:
                    import cv2

                    cv2.putText(img, text, (w // 10, h // 2), cv2.FONT_HERSHEY_SIMPLEX, h / 160, (255, 255, 0),
                                max(2, h // 80), cv2.LINE_AA)
                if k:
                    img[: h // 6, : w // 6] = (255, 0, 0)
                    img = np.ascontiguousarray(np.rot90(img, -k))  # stored; shown turned back by k
                frame = av.VideoFrame.from_ndarray(img, format="rgb24")
                if vfr:
                    frame.time_base = Fraction(1, 1000)
                    frame.pts = int(round(t * 1000))
                    t += (1.0 / fps) * (0.6 if i % 2 else 1.4)
                else:
                    frame.pts = i
                    t = (i + 1) / fps
                i += 1
                for p in vs.encode(frame):
                    c.mux(p)
            for p in vs.encode():
                c.mux(p)
        if as_ is not None:
            y = beat_track(seconds, bpm, voice=voice)
            if lufs is not None:
                y = set_loudness(y, lufs)
            mux_audio(c, as_, y, AUDIO_RATE)
    return path


def mux_audio(c, st, y: np.ndarray, rate: int, fmt: str = "fltp", layout: str = "stereo") -> None:
    """Encode a (channels, N) float signal into audio stream ``st`` of container ``c`` frame by
    frame, then flush. ``fmt``: the frames' sample format (s16 is scaled; packed ones interleaved)."""
    import av

    hop = st.codec_context.frame_size or 1024
    for k in range(0, y.shape[1], hop):
        chunk = np.ascontiguousarray(y[:, k:k + hop])
        if fmt == "s16":
            chunk = (np.clip(chunk, -1, 1) * 32767).astype(np.int16)
        if not fmt.endswith("p"):  # packed: channels interleaved in one row
            chunk = np.ascontiguousarray(chunk.T).reshape(1, -1)
        fr = av.AudioFrame.from_ndarray(chunk, format=fmt, layout=layout)
        fr.sample_rate, fr.pts, fr.time_base = rate, k, Fraction(1, rate)
        for p in st.encode(fr):
            c.mux(p)
    for p in st.encode():
        c.mux(p)


# -- the generator's own checks ---------------------------------------------------------------

def test_synth_clip_has_asked_streams_duration_and_loudness(tmp_path):
    import av
    import pyloudnorm

    p = synth_clip(tmp_path / "a.mp4", seconds=3.0, lufs=-20.0)
    with av.open(str(p)) as c:
        assert c.streams.video and c.streams.audio
        assert abs(c.duration / 1e6 - 3.0) < 0.2
        pcm = np.concatenate([f.to_ndarray() for f in c.decode(audio=0)], axis=1)
    got = pyloudnorm.Meter(AUDIO_RATE).integrated_loudness(pcm.T.astype(np.float64))
    assert abs(got - (-20.0)) < 1.0  # AAC coding moves it a little


def test_synth_clip_audio_only_and_video_only(tmp_path):
    import av

    a = synth_clip(tmp_path / "a.m4a", seconds=1.0, video=False)
    v = synth_clip(tmp_path / "v.mp4", seconds=1.0, audio=False)
    with av.open(str(a)) as c:
        assert not c.streams.video and c.streams.audio
    with av.open(str(v)) as c:
        assert c.streams.video and not c.streams.audio
