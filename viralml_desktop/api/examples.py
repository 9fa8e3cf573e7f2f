"""The CONTRACT.md example requests, and real media to stand behind their paths.

Used by the server's acceptance test and the benchmarks: :func:`write_example_media`
writes the files the examples name under a media root, and :func:`example_requests`
returns every example with its paths pointing there.
"""
from __future__ import annotations

import copy
from pathlib import Path

from viralml_desktop.core.security import walk_paths

# CONTRACT.md, word for word (paths as the contract writes them).
CONTRACT_EXAMPLES: dict[str, dict] = {
    "predict_virality": {
        "video_path": "/data/videos/song.mp4",
        "metadata": {"artist": "Bad Bunny", "genre": "Trap", "duration": 180, "has_hook": True}},
    "predict_posting_time": {
        "artist_name": "Bad Bunny", "target_countries": ["US", "MX", "PR"], "platform": "tiktok"},
    "detect_anomaly": {
        "account_id": "tiktok_account_3", "platform": "tiktok",
        "recent_posts": [
            {"views": 12000, "likes": 890, "timestamp": "2025-10-20"},
            {"views": 450, "likes": 32, "timestamp": "2025-10-21"},
            {"views": 380, "likes": 28, "timestamp": "2025-10-22"}]},
    "optimize_caption": {
        "base_caption": "Nueva Vida - Stakas", "platform": "tiktok",
        "target_audience": {"genre": "trap", "age_range": [18, 30], "countries": ["US", "MX"]}},
    "calculate_affinity": {
        "account_id": "music_fanpage_1", "target_account_id": "bad_bunny_official",
        "metrics": {"shared_followers": 1250, "engagement_overlap": 0.34, "content_similarity": 0.78}},
    "score_thumbnail": {
        "thumbnail_path": "/data/thumbnails/song_thumb.jpg",
        "context": {"platform": "youtube", "genre": "trap", "competitors": ["thumb1.jpg", "thumb2.jpg"]}},
}

# "Used during analytics as well": no example in the contract; minimal requests of their schemas.
ANALYTICS_EXAMPLES: dict[str, dict] = {
    "analyze_comments": {"comments": ["me encanta esta canción 🔥", "this is boring", "el beat está brutal"]},
    "predict_peak": {"views": [0, 1200, 5400, 9800, 13100, 15200, 16400, 17100], "cumulative": True},
    "research_hashtags": {"genre": "trap", "platform": "tiktok"},
}

EXAMPLES = {**CONTRACT_EXAMPLES, **ANALYTICS_EXAMPLES}


def _media_files(root: Path) -> dict[str, Path]:
    return {"video": root / "videos" / "song.mp4", "thumb": root / "thumbnails" / "song_thumb.jpg",
            "c1": root / "thumb1.jpg", "c2": root / "thumb2.jpg"}


def write_thumbnail(path: Path, hue: int, text: str, size=(640, 360)) -> None:
    import cv2
    import numpy as np

    w, h = size
    y, x = np.mgrid[0:h, 0:w].astype(np.float32)
    x, y = x / w, y / h
    hsv = np.stack([(hue + 30 * x) % 180, 150 + 100 * y, 160 + 95 * x * (1 - y)], axis=-1)
    hsv = hsv.clip(0, 255).astype(np.uint8)
    img = cv2.cvtColor(hsv, cv2.COLOR_HSV2BGR)
    cv2.circle(img, (w // 3, h // 2), h // 4, (235, 235, 235), -1)
    cv2.putText(img, text, (w // 2, h // 2), cv2.FONT_HERSHEY_DUPLEX, 1.6, (255, 255, 255), 6, cv2.LINE_AA)
    cv2.putText(img, text, (w // 2, h // 2), cv2.FONT_HERSHEY_DUPLEX, 1.6, (20, 20, 20), 2, cv2.LINE_AA)
    path.parent.mkdir(parents=True, exist_ok=True)
    if not cv2.imwrite(str(path), img, [cv2.IMWRITE_JPEG_QUALITY, 90]):
        raise OSError(f"could not write {path}")


def write_video(path: Path, seconds: float = 2.0, size=(240, 426), fps: int = 15, tone_hz: float = 440.0) -> Path:
    """A short H.264 + AAC clip (moving gradient, a tone with beats): real, decodable media.

    The same arguments give the same bytes in any process: x264's rate-control lookahead is off
    (``rc-lookahead=0``) because with it the encoder's output depended on uninitialised memory
    (three ``MALLOC_PERTURB_`` values gave three different files for a 360×640 clip, and a clip
    written after other work in the same process read differently under OCR;
    tests/test_media_determinism.py).
    """
    import av
    import numpy as np

    w, h = size
    path.parent.mkdir(parents=True, exist_ok=True)
    with av.open(str(path), "w") as out:
        vs = out.add_stream("libx264", rate=fps, options={"x264-params": "rc-lookahead=0"})
        vs.width, vs.height, vs.pix_fmt = w, h, "yuv420p"
        aus = out.add_stream("aac", rate=22050)
        aus.layout = "mono"
        n = int(seconds * fps)
        ys, xs = np.mgrid[0:h, 0:w]
        for i in range(n):
            rgb = np.stack([(xs + 8 * i) % 256, (ys + 4 * i) % 256,
                            np.full_like(xs, (40 * i) % 256)], axis=-1).astype(np.uint8)
            for pkt in vs.encode(av.VideoFrame.from_ndarray(rgb, format="rgb24")):
                out.mux(pkt)
        for pkt in vs.encode():
            out.mux(pkt)
        sr, block = 22050, 1024
        t = np.arange(int(seconds * sr)) / sr
        wave = 0.3 * np.sin(2 * np.pi * tone_hz * t) * (0.5 + 0.5 * (np.sin(2 * np.pi * 2 * t) > 0))
        wave = wave.astype(np.float32)
        for start in range(0, len(wave), block):
            chunk = wave[start:start + block]
            frame = av.AudioFrame.from_ndarray(chunk[None, :], format="fltp", layout="mono")
            frame.sample_rate, frame.pts = sr, start
            for pkt in aus.encode(frame):
                out.mux(pkt)
        for pkt in aus.encode():
            out.mux(pkt)
    return path


def write_example_media(root: Path) -> dict[str, Path]:
    """Write the files the contract examples name, under ``root``; returns them by role."""
    files = _media_files(Path(root))
    write_video(files["video"])
    write_thumbnail(files["thumb"], 5, "NUEVA")
    write_thumbnail(files["c1"], 100, "VIDA")
    write_thumbnail(files["c2"], 140, "TRAP")
    return files


def example_requests(root: Path) -> dict[str, dict]:
    """Every example, with the contract's ``/data/...`` paths moved under ``root``.

    Absolute contract paths become ``root/<path without /data/>``; relative ones (the
    competitors) stay relative, which the server resolves against its media roots.
    """
    root = Path(root)

    def move(v: str, name: str) -> str:
        return str(root / v.removeprefix("/data/")) if v.startswith("/data/") else v

    return {name: walk_paths(copy.deepcopy(req), move) for name, req in EXAMPLES.items()}
