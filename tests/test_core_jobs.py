"""The GUI's jobs as core functions (``job(args, progress) -> typed result``) and the CLI commands
that run them: the thumbnail preview keeps the search's image, a batch hands over its rows as
they finish, the virality strip decodes once, an account is detected from the store."""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from test_account_health_gui import DROP_AT, write_export
from test_thumbnail_core import degrade, make_video, real_portrait, text_card, write
from test_virality_media import synth_clip
from viralml_desktop import cli
from viralml_desktop.core import media
from viralml_desktop.core.account_health import jobs as account_jobs
from viralml_desktop.core.errors import Cancelled, InputError
from viralml_desktop.core.progress import Progress
from viralml_desktop.core.thumbnails import edits as thumbnail_edits
from viralml_desktop.core.thumbnails import score as thumbnail
from viralml_desktop.core.thumbnails import studio
from viralml_desktop.core.virality import learning, preview


# -- thumbnails ------------------------------------------------------------------------------

def test_preview_keeps_the_image_the_search_built(tmp_path, isolated_home, monkeypatch):
    thumb = write(tmp_path / "thumb.png", degrade(real_portrait()))
    rival = write(tmp_path / "rival.png", real_portrait())
    thumbnail.clear_caches()
    replays = []
    real_render = thumbnail_edits.render
    monkeypatch.setattr(thumbnail_edits, "render", lambda *a: replays.append(1) or real_render(*a))
    req = {"thumbnail_path": thumb, "context": {"competitors": ["rival.png", str(tmp_path / "gone.png")]}}
    out = studio.score_with_preview(req, Progress())
    assert isinstance(out, studio.ScorePreview)
    assert out.response["improved"]["edits"] and out.after_source == "search"
    assert replays == []  # the improved image was not rebuilt
    assert out.after is thumbnail.improved_image(out.response["analysis"]["sha256"])
    before, replayed = studio.render_improved(thumb, out.response)
    assert np.array_equal(out.before, before) and not np.array_equal(out.after, out.before)
    assert np.array_equal(out.after, replayed)  # the same pixels the replayed chain gives
    assert list(out.previews) == ["rival.png"] and out.previews["rival.png"].shape == out.before.shape

    again = studio.score_with_preview(req)  # the search's result and its image both from the cache
    assert again.after_source == "search" and again.after is out.after
    thumbnail._improved_images.clear()  # the image left its (small) cache; the search result did not
    late = studio.score_with_preview(req)
    assert late.after_source == "replayed" and np.array_equal(late.after, out.after)


def test_preview_without_an_improvement_shows_the_original(tmp_path, isolated_home):
    card = write(tmp_path / "card.png", text_card("HOLA", size=(320, 180), scale=1.5, thickness=3))
    out = studio.score_with_preview({"thumbnail_path": card, "find_improvements": False})
    assert out.after_source == "original" and out.after is out.before and out.previews == {}


def test_batch_hands_over_each_row_and_a_cancel_keeps_them(tmp_path, isolated_home):
    folder = tmp_path / "thumbs"
    folder.mkdir()
    for i, name in enumerate(("a.png", "b.png", "c.png")):
        write(folder / name, text_card(f"T{i}", size=(320, 180), scale=1.5, thickness=3))
    (folder / "d.jpg").write_bytes(b"")
    rows = []
    res = studio.score_folder(studio.FolderArgs(str(folder), platform="tiktok"), Progress(on_partial=rows.append))
    assert isinstance(res, studio.BatchResult) and rows == res.rows and res.failed == 1
    assert [Path(r["file"]).name for r in rows] == ["a.png", "b.png", "c.png", "d.jpg"]
    assert "empty" in rows[3]["error"]

    kept = []
    p = Progress(on_partial=lambda row: (kept.append(row), len(kept) == 2 and p.cancel()))
    with pytest.raises(Cancelled):
        studio.score_folder(str(folder), p)
    assert [r["file"] for r in kept] == [r["file"] for r in rows[:2]]


# -- virality ----------------------------------------------------------------------------------

def test_preview_strip_is_the_analysis_decode(tmp_path, isolated_home, monkeypatch):
    from viralml_desktop.core import engine
    from viralml_desktop.core.virality import video

    clip = synth_clip(tmp_path / "c.mp4", seconds=3, size=(144, 256), display_rotation=-90)
    decodes = []
    real = video.decode_video
    monkeypatch.setattr(video, "decode_video", lambda *a, **k: decodes.append(a[0]) or real(*a, **k))
    strip = preview.preview_strip(str(clip), Progress())
    assert isinstance(strip, preview.Strip) and strip.has_video and strip.has_audio
    assert len(strip.frames) == preview.STRIP_FRAMES and strip.size == (144, 256)  # as shown, rotation applied
    assert max(strip.frames[0][1].shape[:2]) <= preview.STRIP_LONG_SIDE
    assert 2.9 < strip.duration_s < 3.1
    engine.run("predict_virality", {"video_path": str(clip), "ocr": False}, record=False)
    assert len(decodes) == 1  # the analysis read the strip's decode

    sound = synth_clip(tmp_path / "a.m4a", seconds=2, video=False)
    only = preview.preview_strip(str(sound))
    assert not only.has_video and only.frames == []
    with pytest.raises(InputError):
        preview.preview_strip(str(tmp_path / "missing.mp4"))


def test_learning_status_follows_an_import(tmp_path, isolated_home):
    st = learning.status()
    assert st.personal_model is None and st.labelled_videos == 0 and st.needed_for_personal == 30
    assert st.trend_name.startswith("default")
    d = tmp_path / "past"
    d.mkdir()
    for i in range(2):
        synth_clip(d / f"take {i}.mp4", seconds=1.5, size=(160, 120))
    (d / "views.csv").write_text("file,views\ntake 0.mp4,100\ntake 1.mp4,2500\n")
    res = learning.import_labelled_videos(learning.ImportArgs(str(d), str(d / "views.csv")), Progress())
    assert res == learning.ImportResult(labelled_videos=2, added=2, skipped=[], model=None)
    assert learning.status().labelled_videos == 2


def test_a_views_row_without_its_video_is_skipped_with_why_and_a_rerun_adds_nothing(tmp_path, isolated_home):
    """Tester s9, item 15: vistas.csv lists silent.mp4 (in the folder) and otro.mp4 (not): otro.mp4 is in
    skipped with the reason; the same import again adds no video, it updates the one it has."""
    d = tmp_path / "past"
    d.mkdir()
    synth_clip(d / "silent.mp4", seconds=1.5, size=(160, 120))
    (d / "vistas.csv").write_text("archivo;visualizaciones\nsilent.mp4;12,5K\notro.mp4;1.200\n", encoding="utf-8")
    args = learning.ImportArgs(str(d), str(d / "vistas.csv"))
    first = learning.import_labelled_videos(args, Progress())
    assert (first.labelled_videos, first.added, first.updated) == (1, 1, 0)
    assert first.skipped == ["otro.mp4: no video of this name in the folder"]
    again = learning.import_labelled_videos(args, Progress())
    assert (again.labelled_videos, again.added, again.updated) == (1, 0, 1)
    assert again.skipped == first.skipped



def test_the_skipped_row_reads_in_spanish(spanish):
    from viralml_desktop.gui.source_text import lines

    assert lines("otro.mp4: no video of this name in the folder") == "otro.mp4: ningún vídeo de la carpeta tiene este nombre"


# -- account health ------------------------------------------------------------------------------

def test_detect_for_a_stored_account(tmp_path, isolated_home):
    export = write_export(tmp_path / "artist_tiktok.csv")
    first = account_jobs.import_and_detect(account_jobs.ImportArgs(str(export)), Progress())
    assert isinstance(first, account_jobs.AccountReport) and first.import_summary
    assert first.result["is_shadowbanned"] and first.result["anomaly_type"] == "view_suppression"
    assert [a["account_id"] for a in account_jobs.list_accounts()] == [first.account_id]

    stored = account_jobs.detect_for_account(first.account_id, Progress())
    assert stored.import_summary == "" and stored.result["anomaly_type"] == first.result["anomaly_type"]
    assert len(stored.captions) == len(stored.result["series"]["views"]) == 70
    assert stored.captions[DROP_AT].startswith(f"Clip {DROP_AT}")
    assert account_jobs.delete_account(first.account_id) == []
    with pytest.raises(InputError, match="no posts stored"):
        account_jobs.detect_for_account(first.account_id)


# -- the CLI runs the same jobs ------------------------------------------------------------------------

def test_cli_frames_writes_the_best_frames(tmp_path, isolated_home, capsys):
    video = make_video(tmp_path / "clip.mp4")
    assert cli.main(["frames", str(video), "--count", "2", "--out", str(tmp_path / "out")]) == 0
    out = json.loads(capsys.readouterr().out)
    assert 1 <= len(out["frames"]) <= 2 and out["rejected"]["fade"] >= 1
    first = out["frames"][0]
    assert first["faces"] >= 1 and "image" not in first
    assert Path(first["file"]).parent == tmp_path / "out" and Path(first["file"]).stat().st_size > 1000
    assert media.load_image_bgr(first["file"]).shape == (720, 1280, 3)  # as YouTube takes it (issue 19.3)

    assert cli.main(["frames", str(tmp_path / "nope.mp4")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and err.count("\n") == 1
    (tmp_path / "afile").write_text("x")
    assert cli.main(["frames", str(video), "--out", str(tmp_path / "afile")]) == 2
    with pytest.raises(SystemExit) as e:
        cli.main(["frames", str(video), "--count", "0"])
    assert e.value.code == 2


def test_cli_import_videos_and_import_history(tmp_path, isolated_home, capsys):
    d = tmp_path / "past"
    d.mkdir()
    for i in range(2):
        synth_clip(d / f"take {i}.mp4", seconds=1.5, size=(160, 120))
    (d / "views.csv").write_text("file,views\ntake 0.mp4,100\ntake 1.mp4,2500\n")
    assert cli.main(["import-videos", str(d), str(d / "views.csv"), "--genre", "trap"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out == {"labelled_videos": 2, "added": 2, "skipped": [], "model": None, "updated": 0}
    assert cli.main(["import-videos", str(d), str(tmp_path / "none.csv")]) == 2
    assert "not found" in capsys.readouterr().err

    # import-history is the old name of `viralml import` (tests/test_import_cli.py): the export is stored
    export = write_export(tmp_path / "artist_tiktok.csv")
    assert cli.main(["import-history", str(export), "--platform", "tiktok", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["report"]["platform"] == "tiktok" and len(out["posts"]) == 70
    assert account_jobs.detect_for_account("artist_tiktok").result["is_shadowbanned"] is True
    bad = tmp_path / "bad.csv"
    bad.write_text("date,likes\n2025-01-01,4\n", encoding="utf-8")
    assert cli.main(["import-history", str(bad)]) == 2
    assert "no views column" in capsys.readouterr().err


def test_detect_device_job_returns_the_health_report(isolated_home, monkeypatch):
    from viralml_desktop.core import health

    monkeypatch.setenv("VIRALML_DEVICE", "cpu")  # the probe's answer, without a child process
    snap = health.detect_device(Progress())
    assert snap["device"] == "cpu" and "models_available" in snap
