"""One check of "is this a video?" shared by every video entry point (media.check_video).

A still picture whatever its extension (a PNG or JPEG renamed .mp4, a real .jpg), a video of one
frame and a sound file (with or without cover art) get the same one line from predict_virality
(CLI, HTTP, upload, batch), the thumbnail candidates of a video, the measuring of folders of
videos, the Virality tab's frame strip and the release kit. predict_virality alone measures the
sound of a sound file (its documented audio-only case), never its cover art as a picture.
"""
from __future__ import annotations

import json

import numpy as np
import pytest
from fastapi.testclient import TestClient

from test_virality_media import synth_clip
from viralml_desktop import batch, cli
from viralml_desktop.api import server
from viralml_desktop.core import engine, media
from viralml_desktop.core.errors import InputError


def _picture(path, suffix):
    import cv2

    path.write_bytes(cv2.imencode(suffix, np.full((360, 640, 3), 120, np.uint8))[1].tobytes())
    return path


def _song_with_cover(path):
    import av

    with av.open(str(path), "w") as c:
        sound = c.add_stream("libmp3lame", rate=44100, layout="stereo")
        cover = c.add_stream("png")
        cover.width, cover.height, cover.pix_fmt = 300, 300, "rgb24"
        cover.disposition = av.stream.Disposition.attached_pic
        for pkt in cover.encode(av.VideoFrame.from_ndarray(np.full((300, 300, 3), 200, np.uint8), format="rgb24")):
            c.mux(pkt)
        t = np.arange(44100 * 4) / 44100
        y = (0.3 * np.sin(2 * np.pi * 220 * t) * (np.sin(2 * np.pi * t * 2) > 0)).astype(np.float32)
        for i in range(0, y.size, 1152):
            chunk = np.ascontiguousarray(np.stack([y[i:i + 1152]] * 2))
            frame = av.AudioFrame.from_ndarray(chunk, format="fltp", layout="stereo")
            frame.sample_rate, frame.pts = 44100, i
            for pkt in sound.encode(frame):
                c.mux(pkt)
        for pkt in sound.encode():
            c.mux(pkt)
    return path


@pytest.fixture
def not_videos(tmp_path):
    """{file: the one line every picture reader gives}."""
    return {
        _picture(tmp_path / "fake.mp4", ".png"): "fake.mp4 is a still picture (PNG), not a video",
        _picture(tmp_path / "cover.mov", ".jpg"): "cover.mov is a still picture (JPEG), not a video",
        _picture(tmp_path / "portada.jpg", ".jpg"): "portada.jpg is a still picture (JPEG), not a video",
        synth_clip(tmp_path / "one.mp4", seconds=1 / 24, size=(320, 180), fps=24, audio=False):
            "one.mp4 is a still picture (a video of a single frame), not a video",
        synth_clip(tmp_path / "song.m4a", seconds=2, video=False): "song.m4a is a sound file, not a video: it has no picture",
        _song_with_cover(tmp_path / "single.mp3"):
            "single.mp3 is a sound file, not a video: its only picture is the cover art",
    }


def test_the_check_names_each_kind_and_passes_a_video(tmp_path, not_videos):
    for path, line in not_videos.items():
        with pytest.raises(InputError) as e:
            media.check_video(path)
        assert str(e.value) == line
    clip = synth_clip(tmp_path / "two.mp4", seconds=2 / 24, size=(320, 180), fps=24, audio=False)
    assert media.check_video(clip) == "video"
    assert media.check_video(tmp_path / "song.m4a", sound_ok=True) == "sound"
    assert media.check_video(tmp_path / "single.mp3", sound_ok=True) == "sound"


def test_every_picture_reader_gives_the_same_line(isolated_home, tmp_path, not_videos, capsys):
    from viralml_desktop.core.thumbnails import studio
    from viralml_desktop.core.virality import preview

    for path, line in not_videos.items():
        with pytest.raises(InputError) as e:
            studio.best_frames(str(path))
        assert str(e.value) == line
        assert cli.main(["frames", str(path)]) == cli.EXIT_INPUT
        assert capsys.readouterr().err.strip() == f"error: {line}"
        if "sound file" in line:  # the strip of a sound file: no frames, not its cover art
            strip = preview.preview_strip(str(path))
            assert strip.frames == [] and not strip.has_video and strip.has_audio
        else:
            with pytest.raises(InputError) as e:
                preview.preview_strip(str(path))
            assert str(e.value) == line


def test_predict_virality_refuses_a_picture_through_cli_http_upload_and_batch(isolated_home, tmp_path, not_videos,
                                                                             capsys):
    pictures = {p: line for p, line in not_videos.items() if "still picture" in line}
    app = server.create_app(media_roots=[tmp_path])
    with TestClient(app, base_url="http://127.0.0.1") as client:
        for path, line in pictures.items():
            req = tmp_path / "req.json"
            req.write_text(json.dumps({"video_path": str(path), "ocr": False}))
            assert cli.main(["predict", "predict_virality", "--json", str(req)]) == cli.EXIT_INPUT
            assert capsys.readouterr().err.strip() == f"error: {line}"
            r = client.post("/predict_virality", json={"video_path": str(path), "ocr": False})
            assert r.status_code == 422 and r.json()["detail"] == line
            r = client.post("/upload/predict_virality", files={"video": (path.name, path.read_bytes())},
                            data={"request": '{"ocr": false}'})
            # the upload is read from a temporary copy; its line names the uploaded file, not the copy
            assert r.status_code == 422 and r.json()["detail"] == line
            r = client.post("/upload/predict_virality", files={"video": ("Mi Clip.MP4", path.read_bytes())},
                            data={"request": '{"ocr": false}'})
            assert r.status_code == 422 and r.json()["detail"] == line.replace(path.name, "Mi Clip.MP4")
    jobs = tmp_path / "jobs.jsonl"
    jobs.write_text("".join(json.dumps({"id": p.name, "video_path": str(p), "ocr": False}) + "\n" for p in pictures))
    out = tmp_path / "out.jsonl"
    assert batch.run_batch("predict_virality", str(jobs), str(out)) == batch.EXIT_ITEMS_FAILED
    rows = {json.loads(x)["item"]: json.loads(x) for x in out.read_text().splitlines()}
    assert {k: rows[k]["error"] for k in rows} == {p.name: line for p, line in pictures.items()}


def test_predict_virality_measures_the_sound_of_a_song_never_its_cover_art(isolated_home, tmp_path, not_videos):
    out = engine.run("predict_virality", {"video_path": str(tmp_path / "single.mp3"), "ocr": False}, record=False)
    assert out["measurements"]["video"] is None
    assert "visual_appeal" in out["missing_factors"] and out["measurements"]["audio"] is not None


def test_a_folder_of_videos_skips_a_picture_with_the_same_line(isolated_home, tmp_path):
    from viralml_desktop.core.progress import Progress
    from viralml_desktop.core.virality import learning

    d = tmp_path / "vids"
    d.mkdir()
    _picture(d / "fake.mp4", ".png")
    synth_clip(d / "real.mp4", seconds=2, size=(160, 90), fps=12, audio=False)
    rows, skipped = learning._measure_folder([d / "fake.mp4", d / "real.mp4"], Progress())
    assert len(rows) == 1 and skipped == ["fake.mp4: fake.mp4 is a still picture (PNG), not a video"]
