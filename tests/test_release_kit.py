"""The release kit (issue 18, points 1 and 5): ``viralml kit`` on a generated clip writes every file,
a cancel leaves nothing, bad input is one line.

One 8 s 640x360 clip with sound and two hard cuts (the virality tests' generator) serves every test
of the module; the analyses are cached by file, so the runs after the first are quicker.
"""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from test_virality_media import synth_clip

from viralml_desktop import cli
from viralml_desktop.core import engine, sources
from viralml_desktop.core.errors import Cancelled, InputError
from viralml_desktop.core.progress import Progress

PLATFORMS = ("tiktok", "instagram", "youtube")


@pytest.fixture(scope="module")
def clip(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("kitclip")
    return synth_clip(d / "song.mp4", seconds=8.0, size=(640, 360), fps=24, cuts=[2.7, 5.3], crf=26)


@pytest.fixture(scope="module")
def silent_clip(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("kitsilent")
    # a phone video: stored landscape, shown upright (the display matrix turns it)
    return synth_clip(d / "silent.mp4", seconds=5.0, size=(270, 480), fps=24, audio=False, cuts=[2.5],
                      display_rotation=90)


def _leftovers(parent: Path) -> list[str]:
    return sorted(p.name for p in parent.iterdir() if ".partial-" in p.name or ".old-" in p.name)


def test_cli_kit_writes_every_file(clip, isolated_home, tmp_path, capsys, monkeypatch):
    """The acceptance command on a generated clip: kit.json, the thumbnails (1280x720 JPG under 2 MB),
    a caption per platform within its limit, schedule.ics with one future event per platform, the
    report's first page not blank; and the video decoded once for the virality and thumbnail stages."""
    import cv2
    import icalendar

    from viralml_desktop.core.captions import limits
    from viralml_desktop.core.thumbnails import studio
    from viralml_desktop.core.virality import predict, video

    # count the video decodes: the virality stage's (decode_video) and best_frames' own (_grab_frames)
    decodes = []
    real_decode, real_grab = video.decode_video, studio._grab_frames
    monkeypatch.setattr(video, "decode_video", lambda *a, **k: decodes.append("decode_video") or real_decode(*a, **k))
    monkeypatch.setattr(studio, "_grab_frames", lambda *a, **k: decodes.append("grab_frames") or real_grab(*a, **k))
    predict._analyses.clear()
    video._decoded.clear()

    out = tmp_path / "kit"
    before = dt.datetime.now(dt.timezone.utc)
    code = cli.main(["kit", str(clip), "--out", str(out), "--title", "Nueva Vida", "--artist", "Stakas",
                     "--genre", "trap", "--countries", "US,MX,ES", "--platforms", ",".join(PLATFORMS),
                     "--candidates", "3", "--lang", "es"])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    summary = json.loads(captured.out)
    assert Path(summary["out_dir"]) == out
    # a line per stage on stderr, in the kit's language (--lang es), as the Release tab names the stages
    words = cli.KitWords("es")
    for stage in ("decode", "virality", "thumbnails", "captions", "posting_time", "history"):
        assert f"{words.stage(stage)}: terminó en " in captured.err, captured.err
    assert "Hora de publicación: terminó en " in captured.err and " done in " not in captured.err
    assert ": started" not in captured.err and ": empieza" in captured.err
    assert decodes == ["decode_video"]  # one decode shared by virality and thumbnails

    kit = json.loads((out / "kit.json").read_text(encoding="utf-8"))
    assert kit["request"]["countries"] == ["US", "MX", "ES"] and kit["request"]["language"] == "es"
    # the summary's sentences in Spanish too, its keys as they are (kit.json keeps core's English)
    from viralml_desktop.core.release import pdf as release_pdf

    assert summary["virality"] == release_pdf.virality_text(kit["virality"], "es", "trap")
    assert summary["virality"] != release_pdf.virality_text(kit["virality"], "en", "trap")
    assert summary["notes"] == [release_pdf.say(n, "es") for n in kit["notes"]]
    assert 0.0 <= kit["virality"]["virality_score"] <= 1.0
    assert kit["video"]["width"] == 640 and kit["video"]["duration_s"] == pytest.approx(8.0, abs=0.2)
    assert sources.uncovered(kit) == []

    thumbs = kit["thumbnails"]
    assert 1 <= len(thumbs) <= 3
    assert kit["files"]["covers"] == [] and all(t["cover_file"] is None for t in thumbs)  # a landscape video
    assert not any(n.startswith("thumbnails: a vertical video") for n in kit["notes"])
    assert [t["rank"] for t in thumbs] == list(range(1, len(thumbs) + 1))
    assert [t["score"] for t in thumbs] == sorted((t["score"] for t in thumbs), reverse=True)
    files = [t["file"] for t in thumbs] + [t["improved_file"] for t in thumbs if t["improved_file"]]
    assert sorted(files) == sorted(kit["files"]["thumbnails"])
    for f in files:
        p = out / f
        assert p.stat().st_size < 2 * 1024 * 1024
        img = cv2.imread(str(p))
        assert img.shape == (720, 1280, 3)
    for t in thumbs:
        assert t["score"] == t["response"]["visual_appeal_score"]
        assert 0.0 <= t["time_s"] <= 8.0
        if t["improved_file"]:  # applied: the improved file differs from the candidate
            a, b = cv2.imread(str(out / t["file"])), cv2.imread(str(out / t["improved_file"]))
            assert float(abs(a.astype(int) - b.astype(int)).mean()) > 0.5
            assert t["improved_score"] > t["score"]
            assert t["improved_score"] == t["improved_response"]["visual_appeal_score"]  # the JPG's own score

    for p in PLATFORMS:
        text = (out / "captions" / f"{p}.txt").read_text(encoding="utf-8")
        assert text == kit["captions"][p]["text"] and text.strip()
        measured = limits.measure(text, p)
        assert measured["within_limits"] and kit["captions"][p]["chars"] == measured["length"]
        assert kit["captions"][p]["limit"] == limits.LIMITS[p].max_chars
        assert text.count("Nueva Vida") == 1, (p, text)  # the title once (YouTube: its title line only)
    assert "Nueva Vida" in (out / "captions" / "tiktok.txt").read_text(encoding="utf-8")

    cal = icalendar.Calendar.from_ical((out / "schedule.ics").read_bytes())
    events = list(cal.walk("VEVENT"))
    names = {"TikTok": "tiktok", "Instagram": "instagram", "YouTube": "youtube"}  # the platforms' own names
    assert sorted(str(e["SUMMARY"]) for e in events) == sorted(f"Publicar Nueva Vida en {p}" for p in names)
    for e in events:
        start = e.decoded("DTSTART")
        assert start.tzinfo is not None and start > before
        platform = names[str(e["SUMMARY"]).rsplit(" ", 1)[-1]]
        assert start.strftime("%Y-%m-%dT%H:%M:%SZ") == kit["posting_time"]["slots"][platform]["utc"]
        assert kit["captions"][platform]["text"].splitlines()[0] in str(e["DESCRIPTION"])
        local = kit["posting_time"]["slots"][platform]["local"]
        assert set(local) == {"US", "MX", "ES"}
        assert dt.datetime.fromisoformat(local["ES"]) == start  # the same instant, in Madrid's offset
    assert len({str(e["UID"]) for e in events}) == len(events)

    if kit["files"]["report_pdf"]:
        import pypdfium2 as pdfium

        doc = pdfium.PdfDocument(str(out / kit["files"]["report_pdf"]))
        page = doc[0].render(scale=0.5).to_pil().convert("L")
        lo, hi = page.getextrema()
        assert hi - lo > 100  # ink on the page, not a blank sheet
        doc.close()
    else:
        assert any(n.startswith("report:") for n in kit["notes"])
    assert _leftovers(tmp_path) == []


@pytest.mark.parametrize("stage", ["decode", "thumbnails", "report"])
def test_a_cancelled_kit_leaves_nothing(clip, isolated_home, tmp_path, stage):
    base = tmp_path / "work"
    base.mkdir()
    out = base / "deep" / "kit"
    seen = []

    def listener(fraction, message):
        seen.append(message)
        if message.startswith(f"{stage}:"):
            progress.cancel()

    progress = Progress(listener)
    with pytest.raises(Cancelled):
        engine.run("prepare_release", {"video_path": str(clip), "out_dir": str(out), "candidates": 2,
                                       "platforms": ["tiktok", "youtube"]}, progress)
    assert any(m.startswith(f"{stage}:") for m in seen)
    assert not out.exists() and not (base / "deep").exists()  # the parent it made is gone too
    assert list(base.iterdir()) == []


def test_existing_out_dir_is_one_line_and_kept(clip, isolated_home, tmp_path, capsys):
    out = tmp_path / "kit"
    out.mkdir()
    (out / "mine.txt").write_text("keep me", encoding="utf-8")
    code = cli.main(["kit", str(clip), "--out", str(out)])
    err = capsys.readouterr().err.strip()
    assert code == cli.EXIT_INPUT
    assert err.count("\n") == 0 and "already exists" in err and "--overwrite" in err
    assert (out / "mine.txt").read_text(encoding="utf-8") == "keep me"
    # --overwrite replaces an earlier kit only, never a folder of other files
    code = cli.main(["kit", str(clip), "--out", str(out), "--overwrite"])
    err = capsys.readouterr().err.strip()
    assert code == cli.EXIT_INPUT and "not a release kit" in err and "\n" not in err
    assert (out / "mine.txt").exists()
    # nor the folder the video is in
    code = cli.main(["kit", str(clip), "--out", str(clip.parent), "--overwrite"])
    err = capsys.readouterr().err.strip()
    assert code == cli.EXIT_INPUT and "the video is inside out_dir" in err and clip.exists()
    kit_dir = tmp_path / "kit2"
    cli.main(["kit", str(clip), "--out", str(kit_dir), "--platforms", "tiktok", "--candidates", "1"])
    capsys.readouterr()
    assert (kit_dir / "kit.json").exists()
    # an earlier kit with a file the user added: --overwrite refuses, naming it, and deletes nothing
    for added in (kit_dir / "captions" / "mine.txt", kit_dir / "notes.txt"):
        added.write_text("mine", encoding="utf-8")
        before = sorted(p.relative_to(kit_dir).as_posix() for p in kit_dir.rglob("*"))
        code = cli.main(["kit", str(clip), "--out", str(kit_dir), "--overwrite", "--platforms", "youtube",
                         "--candidates", "1"])
        err = capsys.readouterr().err.strip()
        assert code == cli.EXIT_INPUT and "\n" not in err, err
        assert f"holds {added.relative_to(kit_dir).as_posix()}, which no release kit wrote" in err
        assert sorted(p.relative_to(kit_dir).as_posix() for p in kit_dir.rglob("*")) == before
        added.unlink()
    code = cli.main(["kit", str(clip), "--out", str(kit_dir), "--overwrite", "--platforms", "youtube",
                     "--candidates", "1"])
    capsys.readouterr()
    assert (kit_dir / "kit.json").exists() and json.loads((kit_dir / "kit.json").read_text())["request"][
        "platforms"] == ["youtube"]
    assert not (kit_dir / "captions" / "tiktok.txt").exists()  # the old kit is gone
    assert _leftovers(tmp_path) == []


def test_overwrite_deletes_only_what_a_kit_wrote(tmp_path):
    """The earlier kit moved aside is emptied of a kit's own files only: a file of the user's that appeared
    after the check stays, in the moved-aside folder, and nothing else is touched."""
    from viralml_desktop.core.release import kit as kitmod

    old = tmp_path / ".kit.old-1"
    (old / "thumbnails").mkdir(parents=True)
    (old / "captions").mkdir()
    for f in ("kit.json", "schedule.ics", "report.pdf", "thumbnails/candidate_1.jpg",
              "thumbnails/candidate_1_improved.jpg", "thumbnails/candidate_2_cover.jpg", "captions/tiktok.txt",
              ".DS_Store", "thumbnails/Thumbs.db"):  # with what a file manager leaves where it looked
        (old / f).write_text("kit", encoding="utf-8")
    for f in ("thumbnails/holiday.jpg", "captions/tiktok.txt.bak", "candidate_1.jpg"):  # the user's
        (old / f).write_text("mine", encoding="utf-8")
    (old / "captions" / "drafts").mkdir()
    files, dirs, foreign = kitmod.kit_contents(old)
    assert [p.relative_to(old).as_posix() for p in foreign] == [
        "candidate_1.jpg", "captions/drafts", "captions/tiktok.txt.bak", "thumbnails/holiday.jpg"]
    assert len(files) == 9 and [d.name for d in dirs] == ["captions", "thumbnails"]
    kitmod._remove_old_kit(old)
    assert sorted(p.relative_to(old).as_posix() for p in old.rglob("*")) == [
        "candidate_1.jpg", "captions", "captions/drafts", "captions/tiktok.txt.bak", "thumbnails",
        "thumbnails/holiday.jpg"]
    assert all((old / f).read_text(encoding="utf-8") == "mine" for f in ("candidate_1.jpg", "thumbnails/holiday.jpg"))
    for f in ("thumbnails/holiday.jpg", "captions/tiktok.txt.bak", "candidate_1.jpg"):
        (old / f).unlink()
    (old / "captions" / "drafts").rmdir()
    kitmod._remove_old_kit(old)
    assert not old.exists()


def test_an_unwritable_folder_or_a_failed_write_is_one_line(clip, isolated_home, tmp_path, capsys, monkeypatch):
    """A parent folder that cannot be written is refused before any work; a rename refused at the end puts the
    earlier kit back; a full disk during the run is one line; each exit 2 with nothing left behind."""
    import errno
    import os

    from viralml_desktop.core.release import kit as kitmod

    work = tmp_path / "work"
    work.mkdir()
    # os.access says so for a user without the right (root writes anywhere: the answer is stood in for)
    real_writable = kitmod._writable
    monkeypatch.setattr(kitmod, "_writable", lambda folder: folder != work and real_writable(folder))
    code = cli.main(["kit", str(clip), "--out", str(work / "new" / "kit")])
    err = capsys.readouterr().err.strip()
    assert code == cli.EXIT_INPUT
    assert err == f"error: cannot write in {work}: permission denied (choose a folder you can write to)"
    assert list(work.iterdir()) == []

    old = work / "kit"  # an earlier kit, replaced with --overwrite
    (old / "captions").mkdir(parents=True)
    (old / "kit.json").write_text("{}", encoding="utf-8")
    (old / "captions" / "tiktok.txt").write_text("old caption", encoding="utf-8")
    # its captions folder cannot be written (its files could not be removed): refused before any work
    monkeypatch.setattr(kitmod, "_writable", lambda folder: folder != old / "captions" and real_writable(folder))
    code = cli.main(["kit", str(clip), "--out", str(old), "--overwrite"])
    err = capsys.readouterr().err.strip()
    assert code == cli.EXIT_INPUT
    assert err == f"error: cannot replace the kit in {old}: {old / 'captions'} is not writable (permission denied)"
    monkeypatch.setattr(kitmod, "_writable", real_writable)
    # the final rename is refused
    real_rename = os.rename

    def rename(src, dst):
        if ".partial-" in str(src):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(src))
        return real_rename(src, dst)

    monkeypatch.setattr(kitmod.os, "rename", rename)
    code = cli.main(["kit", str(clip), "--out", str(old), "--overwrite", "--platforms", "youtube",
                     "--candidates", "1"])
    err = capsys.readouterr().err.strip().splitlines()[-1]
    monkeypatch.setattr(kitmod.os, "rename", real_rename)
    assert code == cli.EXIT_INPUT and err.startswith(f"error: cannot write the kit in {work}: Permission denied")
    assert (old / "kit.json").read_text(encoding="utf-8") == "{}"  # the earlier kit is back, as it was
    assert (old / "captions" / "tiktok.txt").read_text(encoding="utf-8") == "old caption"
    assert _leftovers(work) == []

    def full(*a, **k):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(work / "x" / "schedule.ics"))

    monkeypatch.setattr(kitmod, "write_ics", full)
    code = cli.main(["kit", str(clip), "--out", str(work / "x"), "--platforms", "youtube", "--candidates", "1"])
    lines = capsys.readouterr().err.strip().splitlines()
    assert code == cli.EXIT_INPUT
    assert lines[-1] == (f"error: cannot write the kit in {work}: No space left on device (schedule.ics); nothing "
                         "was left behind")
    assert not any("Traceback" in x for x in lines)
    assert not (work / "x").exists() and _leftovers(work) == []


def test_unreadable_video_is_one_line(isolated_home, tmp_path, capsys):
    bad = tmp_path / "broken.mp4"
    bad.write_bytes(b"\x00\x00\x00\x18ftypmp42" + b"garbage" * 100)
    code = cli.main(["kit", str(bad), "--out", str(tmp_path / "kit")])
    err = capsys.readouterr().err.strip()
    assert code == cli.EXIT_INPUT and err.startswith("error: ") and "\n" not in err
    assert "broken.mp4" in err
    assert not (tmp_path / "kit").exists() and _leftovers(tmp_path) == []
    with pytest.raises(InputError, match="not found|no such"):
        engine.run("prepare_release", {"video_path": str(tmp_path / "missing.mp4"), "out_dir": str(tmp_path / "k")})
    song = synth_clip(tmp_path / "song.m4a", seconds=2.0, video=False)  # sound only: no picture for a kit
    with pytest.raises(InputError, match="song.m4a is a sound file, not a video: it has no picture"):
        engine.run("prepare_release", {"video_path": str(song), "out_dir": str(tmp_path / "k")})
    assert not (tmp_path / "k").exists()


def test_a_video_without_sound_completes_with_a_note(silent_clip, isolated_home, tmp_path):
    out = tmp_path / "kit"
    kit = engine.run("prepare_release", {"video_path": str(silent_clip), "out_dir": str(out), "candidates": 2,
                                         "platforms": ["instagram"], "genre": "reggaeton"}, record=False)
    assert (out / "kit.json").exists()
    assert "audio_quality" in kit["virality"]["missing_factors"]
    assert any(n.startswith("virality: audio quality not measured") for n in kit["notes"])
    assert kit["thumbnails"] and kit["captions"]["instagram"]["text"]
    assert (kit["video"]["width"], kit["video"]["height"]) == (270, 480)  # as shown, upright
    import cv2

    for t in kit["thumbnails"]:  # a 16:9 band of the upright frame, as YouTube takes it
        img = cv2.imread(str(out / t["file"]))
        assert img.shape == (720, 1280, 3)


def test_a_mistyped_account_is_refused_naming_the_stored_ones(clip, isolated_home, tmp_path, capsys):
    """--account NAME with no stored posts is refused before any work, as ``viralml report`` refuses it: one
    line naming the stored accounts (or how to import one), exit 2; over HTTP the same line, 422."""
    from fastapi.testclient import TestClient

    from release_fixtures import store_history

    from viralml_desktop.api import server

    code = cli.main(["kit", str(clip), "--out", str(tmp_path / "a"), "--account", "nobody"])
    err = capsys.readouterr().err.strip()
    assert code == cli.EXIT_INPUT and err == ("error: no posts stored for account 'nobody'; no account is stored yet "
                                              "(import one with viralml import FILE)")
    store_history()
    code = cli.main(["kit", str(clip), "--out", str(tmp_path / "a"), "--account", "luna_rojo"])
    err = capsys.readouterr().err.strip()
    assert code == cli.EXIT_INPUT and err == "error: no posts stored for account 'luna_rojo'; known accounts: luna_roja"
    assert cli.main(["kit", str(clip), "--out", str(tmp_path / "a"), "--account", " "]) == cli.EXIT_INPUT
    assert capsys.readouterr().err.strip() == "error: --account: the account name is empty"
    assert not (tmp_path / "a").exists() and _leftovers(tmp_path) == []
    with TestClient(server.create_app(media_roots=[clip.parent]), base_url="http://127.0.0.1") as c:
        r = c.post("/prepare_release", json={"video_path": clip.name, "out_dir": "kits/a", "account_id": "luna_rojo"})
    assert r.status_code == 422 and r.json()["detail"] == "no posts stored for account 'luna_rojo'; known accounts: " \
                                                          "luna_roja"
    assert not (clip.parent / "kits").exists()


@pytest.mark.parametrize("value, line", [
    ("", "--countries: give at least one country code, e.g. US,MX"),
    (" , ", "--countries: give at least one country code, e.g. US,MX"),
])
def test_no_country_is_one_plain_line(clip, isolated_home, tmp_path, capsys, value, line):
    code = cli.main(["kit", str(clip), "--out", str(tmp_path / "k"), "--countries", value])
    assert code == cli.EXIT_INPUT and capsys.readouterr().err.strip() == f"error: {line}"
    code = cli.main(["kit", str(clip), "--out", str(tmp_path / "k"), "--platforms", value])
    assert code == cli.EXIT_INPUT
    assert capsys.readouterr().err.strip() == "error: --platforms: give at least one platform: tiktok, instagram, youtube"
    assert not (tmp_path / "k").exists()


def _black_clip(path: Path, frames: int = 1, size: tuple[int, int] = (640, 360), fps: int = 24) -> Path:
    """An H.264 clip of black frames (every frame too dark to be a thumbnail), no sound."""
    import av
    import numpy as np

    with av.open(str(path), "w") as c:
        vs = c.add_stream("libx264", rate=fps)
        vs.width, vs.height = size
        vs.pix_fmt = "yuv420p"
        for _ in range(frames):
            frame = av.VideoFrame.from_ndarray(np.zeros((size[1], size[0], 3), np.uint8), format="bgr24")
            for pkt in vs.encode(frame):
                c.mux(pkt)
        for pkt in vs.encode():
            c.mux(pkt)
    return path


@pytest.mark.parametrize("suffix, kind", [(".png", "PNG"), (".jpg", "JPEG")])
def test_a_picture_named_as_a_video_is_refused_before_the_stages(isolated_home, tmp_path, capsys, suffix, kind):
    """A still picture renamed .mp4 is read by FFmpeg as one frame: refused in one line, before any stage
    starts (no stage line on stderr), exit 2, nothing written."""
    import cv2
    import numpy as np

    fake = tmp_path / "cover.mp4"
    fake.write_bytes(cv2.imencode(suffix, np.full((360, 640, 3), 120, np.uint8))[1].tobytes())
    code = cli.main(["kit", str(fake), "--out", str(tmp_path / "kit")])
    err = capsys.readouterr().err.strip()
    assert code == cli.EXIT_INPUT
    assert err == f"error: cover.mp4 is a still picture ({kind}), not a video"
    assert not (tmp_path / "kit").exists() and _leftovers(tmp_path) == []


def test_a_song_with_its_cover_art_is_refused_before_the_stages(isolated_home, tmp_path, capsys):
    """An MP3 with its cover art (an attached picture: FFmpeg lists it as a video stream) is a sound file:
    refused in one line before any stage starts, exit 2, nothing written."""
    import av
    import numpy as np

    song = tmp_path / "single.mp3"
    with av.open(str(song), "w") as c:
        sound = c.add_stream("libmp3lame", rate=44100, layout="stereo")
        cover = c.add_stream("png")
        cover.width, cover.height, cover.pix_fmt = 300, 300, "rgb24"
        cover.disposition = av.stream.Disposition.attached_pic
        for pkt in cover.encode(av.VideoFrame.from_ndarray(np.full((300, 300, 3), 200, np.uint8), format="rgb24")):
            c.mux(pkt)
        for i in range(40):
            frame = av.AudioFrame.from_ndarray(np.zeros((2, 1152), np.float32), format="fltp", layout="stereo")
            frame.sample_rate, frame.pts = 44100, 1152 * i
            for pkt in sound.encode(frame):
                c.mux(pkt)
        for pkt in sound.encode():
            c.mux(pkt)
    code = cli.main(["kit", str(song), "--out", str(tmp_path / "kit")])
    err = capsys.readouterr().err.strip()
    assert code == cli.EXIT_INPUT
    assert err == "error: single.mp3 is a sound file, not a video: its only picture is the cover art"
    assert not (tmp_path / "kit").exists() and _leftovers(tmp_path) == []


@pytest.mark.parametrize("frames", [1, 10])
def test_a_very_short_video_samples_the_frames_it_has(tmp_path, frames):
    """Fewer frames than twice the samples asked: the last times fell after the last frame and were never
    sampled (a 1-frame clip: no frame at all); the frames that exist are used, and kept for the kit."""
    from viralml_desktop.core.virality import video

    clip = synth_clip(tmp_path / "short.mp4", seconds=frames / 24, size=(320, 180), fps=24, audio=False)
    keeper = video.FrameKeeper(extra=12)
    va = video.decode_video(clip, 12, keeper=keeper)
    assert [round(f.t * 24) for f in va.frames] == list(range(frames))
    assert len(keeper.frames) == frames


def test_a_two_frame_video_gets_its_kit_and_an_empty_stage_fails(isolated_home, tmp_path, capsys, monkeypatch):
    """A 1-frame clip is a still picture: refused in one line, as every video entry point refuses it. A
    2-frame clip (paths typed relative to the folder the command runs in): its frames are the thumbnails,
    and kit.json's request holds the absolute paths. A black clip: no frame fits, so the thumbnails
    stage is "failed" (not "done" with none) and the command exits 4 with the kit written."""
    monkeypatch.chdir(tmp_path)
    synth_clip(tmp_path / "one.mp4", seconds=1 / 24, size=(640, 360), fps=24, audio=False)
    assert cli.main(["kit", "one.mp4", "--out", "kit1", "--platforms", "youtube"]) == cli.EXIT_INPUT
    assert capsys.readouterr().err.strip() == "error: one.mp4 is a still picture (a video of a single frame), not a video"
    assert not (tmp_path / "kit1").exists()
    synth_clip(tmp_path / "one.mp4", seconds=2 / 24, size=(640, 360), fps=24, audio=False)
    cli.main(["kit", "one.mp4", "--out", "kit", "--platforms", "youtube", "--candidates", "2"])
    capsys.readouterr()
    kit = json.loads((tmp_path / "kit" / "kit.json").read_text(encoding="utf-8"))
    assert kit["stage_status"]["decode"] == kit["stage_status"]["thumbnails"] == "done"
    assert kit["thumbnails"] and {t["time_s"] for t in kit["thumbnails"]} <= {0.0, 0.04}
    assert (tmp_path / "kit" / kit["thumbnails"][0]["file"]).exists()
    assert kit["request"]["video_path"] == str((tmp_path / "one.mp4").resolve())
    assert kit["request"]["out_dir"] == kit["out_dir"] == str((tmp_path / "kit").resolve())
    assert kit["video"]["path"] == kit["request"]["video_path"]

    _black_clip(tmp_path / "black.mp4", frames=2)
    code = cli.main(["kit", "black.mp4", "--out", "dark", "--platforms", "youtube", "--candidates", "2"])
    captured = capsys.readouterr()
    kit = json.loads((tmp_path / "dark" / "kit.json").read_text(encoding="utf-8"))
    assert kit["stage_status"]["thumbnails"] == "failed" and kit["thumbnails"] == []
    assert any(n.startswith("thumbnails: no frame fit to be a thumbnail candidate") for n in kit["notes"])
    assert code == cli.EXIT_STAGE_FAILED == 4
    assert json.loads(captured.out)["stage_status"]["thumbnails"] == "failed"
    assert captured.err.strip().splitlines()[-1].startswith("warning: the kit was written but thumbnails")


def test_a_vertical_video_gets_9_16_covers(isolated_home, tmp_path):
    """A portrait (9:16) clip: its top candidates also as 1080x1920 covers showing the same frame (the 16:9
    candidate is found inside the cover), listed in kit.json, and a note that the 16:9 ones are for YouTube."""
    import cv2

    clip = synth_clip(tmp_path / "vertical.mp4", seconds=3.0, size=(360, 640), fps=24, audio=False, cuts=[1.5])
    out = tmp_path / "kit"
    kit = engine.run("prepare_release", {"video_path": str(clip), "out_dir": str(out), "candidates": 3,
                                         "platforms": ["tiktok"]}, record=False)
    thumbs = kit["thumbnails"]
    assert len(thumbs) >= 2
    assert [bool(t["cover_file"]) for t in thumbs] == [t["rank"] <= 2 for t in thumbs]
    assert kit["files"]["covers"] == [t["cover_file"] for t in thumbs if t["cover_file"]]
    for t in thumbs[:2]:
        cover = cv2.imread(str(out / t["cover_file"]))
        assert cover.shape == (1920, 1080, 3) and (out / t["cover_file"]).stat().st_size < 2 * 1024 * 1024
        wide = cv2.resize(cv2.imread(str(out / t["file"])), (1080, 608), interpolation=cv2.INTER_AREA)
        match = cv2.matchTemplate(cover, wide, cv2.TM_CCOEFF_NORMED).max()
        assert match > 0.9, match  # the same frame: its 16:9 band is in the cover
    assert any(n.startswith("thumbnails: a vertical video") and "YouTube's thumbnail field" in n for n in kit["notes"])


def test_http_out_dir_is_confined_to_the_media_roots(clip, isolated_home, tmp_path):
    """Over HTTP the kit's folder must lie inside a media root: outside is one line, 403, nothing written;
    inside (relative to the root) the kit is written there and the answer names the files, not descriptors."""
    from fastapi.testclient import TestClient

    from viralml_desktop.api import server

    outside = tmp_path / "elsewhere" / "kit"
    app = server.create_app(media_roots=[clip.parent])
    with TestClient(app, base_url="http://127.0.0.1") as c:
        for bad in (str(outside), "../escape/kit", str(clip.parent)):
            r = c.post("/prepare_release", json={"video_path": str(clip), "out_dir": bad})
            assert r.status_code == 403, r.text
            assert "\n" not in r.json()["detail"] and r.json()["detail"].startswith("out_dir: ")
        assert not outside.exists() and not (clip.parent.parent / "escape").exists()
        r = c.post("/prepare_release", json={"video_path": clip.name, "out_dir": "kits/song", "candidates": 1,
                                             "platforms": ["youtube"]})
        again = c.post("/prepare_release", json={"video_path": clip.name, "out_dir": "kits/song"})
    assert r.status_code == 200, r.text
    kit = r.json()
    folder = clip.parent / "kits" / "song"
    try:
        assert kit["out_dir"] == str(folder.resolve()) and (folder / "kit.json").exists()
        assert kit["video"]["path"] == str(clip.resolve()) and "/proc/" not in json.dumps(kit)
        # the folder is there now: said in the request's words, not the command line's
        assert again.status_code == 422 and "set overwrite: true" in again.json()["detail"], again.text
        assert "--overwrite" not in again.json()["detail"]
    finally:
        import shutil

        shutil.rmtree(clip.parent / "kits", ignore_errors=True)


def test_a_stored_account_history_is_used_and_said(clip, isolated_home, tmp_path):
    """With an account stored by an import, the history stage forecasts its next post and the notes say
    which of the user's models answered (the virality prior, with the labelled videos it lacks)."""
    from viralml_desktop.core import store

    views = [4000 + 250 * ((i * 7) % 11) + 40 * i for i in range(30)]
    store.default_store().upsert_posts([
        {"account_id": "stakas", "platform": "youtube", "post_key": f"v{i}",
         "timestamp": f"2025-10-{i + 1:02d}T18:30:00Z", "views": v, "likes": v // 12, "comments": 5, "shares": 2}
        for i, v in enumerate(views)])
    kit = engine.run("prepare_release", {"video_path": str(clip), "out_dir": str(tmp_path / "k"), "candidates": 1,
                                         "platforms": ["youtube"], "account_id": "stakas", "genre": "trap"},
                     record=False)
    hist = kit["history"]
    assert hist["used"] is True and hist["posts"] == 30 and hist["account_id"] == "stakas"
    fc = hist["forecast"]["forecast"][0]
    assert fc["p10"] <= fc["p50"] <= fc["p90"] and 1000 < fc["p50"] < 20000
    assert any(n.startswith("virality: the prior answered") for n in hist["notes"])
    assert any(n.startswith("posting_time youtube:") for n in hist["notes"])
    assert kit["virality"]["forecast_next_post"]["p50"] == pytest.approx(fc["p50"], rel=0.05)
    assert sources.uncovered(kit) == []


def test_yolo_is_called_by_one_thread_at_a_time(monkeypatch):
    """The kit's virality and thumbnail stages run side by side and both may call the one shared YOLO
    model, whose predictor is not thread-safe: the calls take turns (a stand-in model records overlaps)."""
    import threading
    import time
    import types

    import numpy as np

    from viralml_desktop.core import registry
    from viralml_desktop.core.thumbnails import features
    from viralml_desktop.core.virality import video

    inside, seen = [0], []

    class Boxes:
        cls = np.zeros(0)

        def __len__(self):
            return 0

    class Model:
        names = {0: "person"}

        def predict(self, imgs, **kwargs):
            inside[0] += 1
            seen.append(inside[0])
            time.sleep(0.03)
            inside[0] -= 1
            return [types.SimpleNamespace(names=self.names, boxes=Boxes())
                    for _ in range(len(imgs) if isinstance(imgs, list) else 1)]

    real = registry.default_registry()
    model = Model()
    fake = types.SimpleNamespace(is_available=lambda name: True, loaded=lambda: ["yolo", *real.loaded()],
                                 get=lambda name: model if name == "yolo" else real.get(name))
    monkeypatch.setattr(registry, "default_registry", lambda: fake)
    monkeypatch.setattr(registry, "get", lambda name: fake.get(name))
    img = np.full((90, 160, 3), 128, np.uint8)
    va = types.SimpleNamespace(frames=[types.SimpleNamespace(bgr=img)] * 24, absent={}, people=None)
    threads = [threading.Thread(target=lambda: [features._detect_objects(img) for _ in range(3)]),
               threading.Thread(target=video.detect_people, args=(va,))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(seen) == 6 and va.people is not None
    assert max(seen) == 1


def test_report_language_defaults_to_the_apps_setting(isolated_home, monkeypatch):
    """``viralml kit`` without --lang: VIRALML_LANG, else the language saved in the app's settings, else en."""
    from PySide6.QtCore import QSettings

    from viralml_desktop.core import paths

    monkeypatch.delenv("VIRALML_LANG", raising=False)
    assert cli.saved_language() == "en"
    ini = paths.user_config_dir() / "gui.ini"
    ini.parent.mkdir(parents=True, exist_ok=True)
    s = QSettings(str(ini), QSettings.IniFormat)
    s.setValue("ui/language", "es")
    s.sync()
    assert cli.saved_language() == "es"
    monkeypatch.setenv("VIRALML_LANG", "en")
    assert cli.saved_language() == "en"


def test_the_slot_is_the_next_occurrence_of_the_best_weekday_and_hour():
    from viralml_desktop.core.release.kit import _next_slot

    heat = [[0.9] * 24 for _ in range(7)]
    heat[2][21] = 1.3  # Wednesday, 21:00 UTC
    utc = dt.timezone.utc
    assert _next_slot(heat, dt.datetime(2026, 12, 1, 6, 0, tzinfo=utc)).date() == dt.date(2026, 12, 2)  # Tue -> Wed
    assert _next_slot(heat, dt.datetime(2026, 12, 2, 20, 0, tzinfo=utc)).date() == dt.date(2026, 12, 2)  # later today
    assert _next_slot(heat, dt.datetime(2026, 12, 2, 22, 0, tzinfo=utc)).date() == dt.date(2026, 12, 9)  # passed


@pytest.mark.parametrize("signame, code", [("SIGINT", 130), ("SIGTERM", 143)])
def test_ctrl_c_cancels_the_command_cleanly(clip, tmp_path, signame, code):
    """``viralml kit`` in its own process, Ctrl+C (SIGINT) or SIGTERM (a system stop, ``kill``) once a stage
    has started: exit 128 + the signal's number, one line saying nothing was written, and no folder or partial
    left."""
    import os
    import signal
    import subprocess
    import sys
    import time

    work = tmp_path / "work"
    work.mkdir()
    env = {**os.environ, "VIRALML_CONFIG_DIR": str(tmp_path / "config"), "VIRALML_DATA_DIR": str(tmp_path / "data")}
    proc = subprocess.Popen([sys.executable, "-m", "viralml_desktop.cli", "kit", str(clip), "--out",
                             str(work / "kit")], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    lines = []
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            line = proc.stderr.readline()
            lines.append(line)
            if ": started" in line or not line:  # a stage started (after "decode: loading the analysis libraries")
                break
        proc.send_signal(getattr(signal, signame))
        out, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert any("started" in x for x in lines), lines
    assert proc.returncode == code, err
    assert "cancelled: nothing was written" in err and out == ""
    assert list(work.iterdir()) == []


def test_closing_the_terminal_cancels_the_command_cleanly(clip, tmp_path):
    """``viralml kit`` writing its stage lines to a terminal that is closed once a stage has started (the
    terminal's side of a pseudo-terminal shut, then SIGHUP, as a closed window sends): its lines now fail to
    write, the run is cancelled all the same: exit 129 (128 + SIGHUP), no folder or partial left."""
    import os
    import pty
    import select
    import signal
    import subprocess
    import sys
    import time

    work = tmp_path / "work"
    work.mkdir()
    env = {**os.environ, "VIRALML_CONFIG_DIR": str(tmp_path / "config"), "VIRALML_DATA_DIR": str(tmp_path / "data")}
    master, slave = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "viralml_desktop.cli", "kit", str(clip), "--out",
                             str(work / "kit")], stdin=subprocess.DEVNULL, stdout=slave, stderr=slave, env=env)
    os.close(slave)
    seen = b""
    try:
        deadline = time.monotonic() + 120
        while b": started" not in seen and time.monotonic() < deadline and proc.poll() is None:
            if select.select([master], [], [], 1.0)[0]:
                try:
                    seen += os.read(master, 4096)
                except OSError:
                    break
        os.close(master)  # the window is gone: writes to the terminal fail from now on
        proc.send_signal(signal.SIGHUP)
        proc.wait(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert b": started" in seen, seen
    assert proc.returncode == 129
    assert list(work.iterdir()) == []


def test_candidates_rank_by_the_channel_model_where_it_answers(tmp_path, monkeypatch):
    """With a channel model that answers, candidates are ranked as score_thumbnail ranks competitors:
    by its click probability first (a stand-in score_thumbnail gives the answers)."""
    import numpy as np

    from viralml_desktop.core.release import kit as release_kit
    from viralml_desktop.core.schemas.release import PrepareReleaseRequest
    from viralml_desktop.core.thumbnails.studio import Frame

    answers = {0: (6.0, 0.031), 1: (4.0, 0.058), 2: (5.0, 0.044)}  # frame: (visual appeal, channel CTR)

    def fake_run(name, request, progress=None, **kw):
        assert name == "score_thumbnail"
        i = int(Path(request["thumbnail_path"]).stem.split("_")[-1]) if "frame_" in request["thumbnail_path"] else 0
        score, ctr = answers[i]
        return {"visual_appeal_score": score, "click_probability": ctr, "click_probability_source": "channel_model",
                "analysis": {"sha256": str(i)}, "improved": {"edits": []}, "improvement_edits": []}

    monkeypatch.setattr(engine, "run", fake_run)
    frames = [Frame(time_s=float(i), visual_appeal_score=0.0, reasons=[], faces=0, sharpness=100.0,
                    image=np.full((360, 640, 3), 60 * (i + 1), np.uint8)) for i in range(3)]
    req = PrepareReleaseRequest(video_path="x.mp4", out_dir=str(tmp_path / "k"), candidates=3)
    out = release_kit._thumbnails(req, frames, tmp_path, [], Progress())
    assert [t["time_s"] for t in out] == [1.0, 2.0, 0.0]  # by CTR 0.058, 0.044, 0.031, not by appeal
    assert [t["rank"] for t in out] == [1, 2, 3]
    assert (tmp_path / "thumbnails" / "candidate_1.jpg").exists()


@pytest.mark.parametrize("method", ["all", "keyframes"])
def test_the_kits_decode_gives_the_virality_analysis_the_same_frames(clip, tmp_path, method):
    """The shared decode keeps more frames for the thumbnails (between the sampled ones) without changing
    what the virality analysis gets: the same sampled frames, pixels, motion and cuts as a plain decode.
    Sampled at keyframes (a long video's path), the clip has a keyframe every half second."""
    import numpy as np

    from viralml_desktop.core.virality import video

    if method == "keyframes":
        clip = synth_clip(tmp_path / "gop.mp4", seconds=8.0, size=(640, 360), fps=24, gop=12, cuts=[2.7])
    plain = video.decode_video(clip, 12, force_method=method)
    keeper = video.FrameKeeper(extra=12)
    shared = video.decode_video(clip, 12, force_method=method, keeper=keeper)
    assert shared.summary() == plain.summary()
    assert all(np.array_equal(a.bgr, b.bgr) and a.motion == b.motion for a, b in zip(plain.frames, shared.frames))
    kept = [k.t for k in keeper.frames]
    assert kept == sorted(kept)
    assert len(kept) > len(plain.frames)
    assert {round(f.t, 3) for f in plain.frames} <= {round(t, 3) for t in kept}
    assert all(k.bgr.shape == (360, 640, 3) and k.next_grey.shape == (90, 160) for k in keeper.frames)


_IMPORTS_PROBE = r'''
import json, os, sys, threading
from pathlib import Path
from viralml_desktop.api.examples import write_video
from viralml_desktop.core import engine, preimport, store

home = Path(sys.argv[1])
clip = write_video(home / "c.mp4", seconds=2.0, size=(320, 180), fps=15)
views = [4000 + 250 * ((i * 7) % 11) + 40 * i for i in range(30)]
store.default_store().upsert_posts([
    {"account_id": "stakas", "platform": "youtube", "post_key": f"v{i}", "timestamp": f"2025-10-{i + 1:02d}T18:30:00Z",
     "views": v, "likes": v // 12, "comments": 5, "shares": 2} for i, v in enumerate(views)])
new = {}

class Recorder:  # sees every first import (a module not yet in sys.modules) while a second thread runs
    def find_spec(self, name, path=None, target=None):
        if name not in sys.modules and threading.active_count() > 1:
            new.setdefault(name, threading.current_thread().name)
        return None

real = preimport.preimport

def preimport_then_record(*a, **k):
    out = real(*a, **k)
    if not any(isinstance(f, Recorder) for f in sys.meta_path):
        sys.meta_path.insert(0, Recorder())
    return out

preimport.preimport = preimport_then_record
kit = engine.run("prepare_release", {"video_path": str(clip), "out_dir": str(home / "k"), "artist": "Stakas",
                 "title": "Sol", "platforms": ["tiktok", "youtube"], "countries": ["US", "MX"], "candidates": 1,
                 "account_id": "stakas"}, record=False)
print(json.dumps({"status": kit["stage_status"], "new": {n: t for n, t in new.items() if n in sys.modules}}))
'''


def test_a_kit_imports_nothing_new_beside_its_threads(tmp_path):
    """Two threads importing scipy for the first time at once failed 1 kit in 17 (KeyError: 'scipy'): the kit
    imports every module its stages load lazily (core/preimport.py) before a stage thread starts. In a fresh
    process, after that pre-import, a kit with an account history imports no module for the first time while
    a second thread runs; a stage that adds a lazy import not in core/preimport.py's lists fails this."""
    import os
    import subprocess
    import sys

    script = tmp_path / "probe.py"
    script.write_text(_IMPORTS_PROBE, encoding="utf-8")
    env = {**os.environ, "VIRALML_DATA_DIR": str(tmp_path / "data"), "VIRALML_CONFIG_DIR": str(tmp_path / "config")}
    done = subprocess.run([sys.executable, str(script), str(tmp_path)], capture_output=True, text=True, env=env,
                          timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert set(result["status"].values()) == {"done"}, result["status"]
    assert result["new"] == {}, ("first imported while the kit's threads ran (module: thread); add them to "
                                 f"core/preimport.py GROUPS: {result['new']}")


def test_preimport_names_what_it_could_not_import(monkeypatch):
    """An optional library that is not installed is named, not raised: its stage says so when it runs."""
    from viralml_desktop.core import preimport

    monkeypatch.setitem(preimport.GROUPS, "test", ("json", "viralml_no_such_module_xyz"))
    missing = preimport.preimport(("test",))
    assert list(missing) == ["viralml_no_such_module_xyz"] and "ModuleNotFoundError" in missing[
        "viralml_no_such_module_xyz"]
    assert "json" in preimport._done


def test_the_http_server_preimports_before_it_answers(isolated_home, monkeypatch):
    """The server's pool runs capabilities side by side: it imports their lazy modules at start, before
    the first request is answered (a stand-in records the call and the order)."""
    from fastapi.testclient import TestClient

    from viralml_desktop.api import server
    from viralml_desktop.core import preimport

    calls = []
    monkeypatch.setattr(preimport, "preimport", lambda groups=("kit",): calls.append(tuple(groups)) or {})
    with TestClient(server.create_app(), base_url="http://127.0.0.1") as c:
        assert calls == [("kit",)]
        assert c.get("/health").status_code == 200
    assert calls == [("kit",)]


@pytest.mark.parametrize("platform", PLATFORMS)
def test_no_platforms_caption_repeats_the_title(platform):
    """The kit asks each platform for a caption from "Title - Artist": YouTube's first line is the video's
    title, and its description no longer repeats it (the title and the artist appear once per caption)."""
    from viralml_desktop.core.release import kit as kitmod
    from viralml_desktop.core.schemas.release import PrepareReleaseRequest

    req = PrepareReleaseRequest(video_path="/x/clip.mp4", out_dir="/x/kit", title="Sol de Noche", artist="Luna Roja",
                                genre="reggaeton", countries=["US", "MX"], platforms=[platform])
    resp = engine.run("optimize_caption", {"base_caption": kitmod.base_caption(req), "platform": platform,
                                           "target_audience": {"genre": "reggaeton", "countries": ["US", "MX"]},
                                           "artist": "Luna Roja", "song_title": "Sol de Noche"}, record=False)
    text = resp["optimized_caption"]
    assert text.count("Sol de Noche") == 1 and text.count("Luna Roja") == 1, text
    if platform == "youtube":
        assert resp["title"] == "Sol de Noche - Luna Roja" and "Sol de Noche" not in resp["description"]
    for added in resp["emoji_added"]:  # an emoji said to be added is in the caption
        assert added["emoji"] in text


@pytest.mark.parametrize("given", [None, "luna_roja", "nobody"])
def test_the_history_section_names_the_stored_history_each_stage_used(isolated_home, monkeypatch, given):
    """predict_posting_time finds a stored history by the artist's name: without --account the kit's history
    section says that the posting-time stage read luna_roja's posts (not "no account history was used"); with
    --account luna_roja the account is passed explicitly; with an account that has no posts, no other account's
    history is borrowed by name. Real stage functions, stored history, real predict_posting_time."""
    from release_fixtures import store_history

    from viralml_desktop.core import store
    from viralml_desktop.core.release import kit as kitmod
    from viralml_desktop.core.schemas.release import PrepareReleaseRequest

    store_history()
    stored = len(store.default_store().posts("luna_roja"))
    asked = []
    real_run = engine.run
    monkeypatch.setattr(engine, "run", lambda name, req, *a, **k: (
        asked.append(dict(req)) if name == "predict_posting_time" else None) or real_run(name, req, *a, **k))
    req = PrepareReleaseRequest(video_path="/x/clip.mp4", out_dir="/x/kit", artist="Luna Roja", title="Sol",
                                countries=["US", "MX"], platforms=["tiktok", "youtube"], account_id=given)
    account = given if given and store.default_store().posts(given) else None
    now = dt.datetime(2026, 12, 1, 8, tzinfo=dt.timezone.utc)
    notes: list[str] = []
    posting = kitmod._posting_time(req, account, now, notes, Progress())
    history = kitmod._history(req, account, Progress())
    kit = {"request": req.model_dump(mode="json"), "posting_time": posting, "virality": None, "thumbnails": [],
           "captions": {}}
    kitmod._history_models(history, kit)
    per = posting["responses"]["tiktok"]["personal"]
    assert asked
    if given == "nobody":  # no posts stored for it: the artist's name does not borrow luna_roja's history
        assert all("account_id" not in r and r["artist_name"] == "" for r in asked)
        assert per["account_id"] is None and history["used"] is False and history["used_by"] == []
        assert history["notes"][0].startswith("no posts are stored for nobody")
        return
    assert per["account_id"] == "luna_roja"
    if given:
        assert all(r["account_id"] == "luna_roja" and r["artist_name"] == "" for r in asked)
    else:
        assert all("account_id" not in r and r["artist_name"] == "Luna Roja" for r in asked)
    assert history["used"] is True and history["account_id"] == "luna_roja" and history["posts"] == stored
    found = "account_id" if given else "artist_name"
    assert [(u["stage"], u["platform"], u["account_id"], u["found_by"], u["posts"], u["answered"])
            for u in history["used_by"]] == [("posting_time", "tiktok", "luna_roja", found, stored, per["used"]),
                                             ("posting_time", "youtube", "luna_roja", found, stored, False)]
    how = "the account given" if given else "found by the artist name 'Luna Roja'"
    said = "your history answered" if per["used"] else "the published prior answered"
    assert f"posting_time tiktok: {stored} stored posts of luna_roja read ({how}); {said}" in history["notes"]
    assert (f"posting_time youtube: {stored} stored posts of luna_roja read ({how}); none of them is from "
            "youtube; the published prior answered") in history["notes"]  # its posts are TikTok's only
    assert not any(n.startswith("no account given") for n in history["notes"])
    whole = {**kit, "history": history}
    whole["sources"] = kitmod.kit_sources(whole)
    assert not [p for p in sources.uncovered(whole) if p.startswith("history")]  # the new fields are covered


def test_a_model_trained_on_your_videos_is_said_without_an_account(isolated_home):
    """No account, no stored posts, but the thumbnail channel model answered for a candidate (its response says
    so): the history section names it and drops "the kit uses the shipped models only"."""
    from viralml_desktop.core.release import kit as kitmod
    from viralml_desktop.core.schemas.release import PrepareReleaseRequest

    req = PrepareReleaseRequest(video_path="/x/clip.mp4", out_dir="/x/kit", platforms=["tiktok"])
    history = kitmod._history(req, None, Progress())
    assert history["notes"][0].startswith("no account given")
    kit = {"request": req.model_dump(mode="json"), "posting_time": {"responses": {}}, "virality": None,
           "captions": {}, "thumbnails": [{"rank": 1, "response": {"click_probability_source": "rules_prior"}},
                                          {"rank": 2, "response": {"click_probability_source": "channel_model"}}]}
    kitmod._history_models(history, kit)
    assert history["used"] is False and history["account_id"] is None  # no account's posts were read
    assert [(u["stage"], u["found_by"]) for u in history["used_by"]] == [("thumbnails", "channel_model")]
    assert history["notes"] == ["thumbnails: your channel's thumbnail model answered"]


def test_the_server_cancels_a_running_kit_when_it_shuts_down(isolated_home, monkeypatch):
    """The server's shutdown (SIGTERM, SIGHUP: uvicorn's graceful stop, then the lifespan's close) cancels
    the calls still running and waits for them to end, so a kit removes its partial folder before the process
    exits. A stand-in prepare_release runs until cancelled, then takes 0.2 s to clean up."""
    import asyncio
    import threading
    import time

    from viralml_desktop.api import server
    from viralml_desktop.core.release import kit as kitmod

    started, seen = threading.Event(), []

    def slow(request, progress):
        started.set()
        try:
            while True:
                progress.check()
                time.sleep(0.01)
        except Cancelled:
            seen.append("cancelled")
            time.sleep(0.2)
            seen.append("cleaned up")
            raise

    monkeypatch.setattr(kitmod, "run", slow)
    dispatcher = server.Dispatcher(server.ServerSettings(request_timeout_s=60))

    async def scenario():
        call = asyncio.ensure_future(dispatcher.call("prepare_release", {"video_path": "a.mp4", "out_dir": "k"}))
        assert await asyncio.to_thread(started.wait, 30)
        dispatcher.close(wait_s=10)
        assert seen == ["cancelled", "cleaned up"]  # ended before close() returned
        with pytest.raises(Cancelled):
            await call

    asyncio.run(scenario())
    assert dispatcher.in_flight == 0


@pytest.mark.parametrize("size, method", [((640, 360), "all"), ((360, 640), "all"), ((640, 360), "keyframes")])
def test_the_candidates_come_from_different_shots(tmp_path, monkeypatch, size, method):
    """A 20 s clip of 5 distinct shots (landscape and portrait): the kit's 5 candidates come from 5
    different shots, one each, as the decode's shot boundaries tell them apart (before, near-identical
    frames alone were kept apart, and two shots gave two candidates each while two gave none). Decoded
    as a long video is (sampled frames only), with an encoder that put no keyframe at the cuts (the
    compressed-stream estimate finds none, as on the tester's clips), the kept frames' own changes
    tell the shots apart."""
    from viralml_desktop.core.progress import Progress
    from viralml_desktop.core.release import kit as kitmod
    from viralml_desktop.core.schemas.release import PrepareReleaseRequest
    from viralml_desktop.core.virality import video

    if method == "keyframes":
        monkeypatch.setattr(video, "_FULL_DECODE_BUDGET_PX", 0)
        monkeypatch.setattr(video, "FULL_DECODE_MAX_S", 0)
        monkeypatch.setattr(video, "stream_cut_estimate", lambda idx: [])

    cuts = [4.0, 8.0, 12.0, 16.0]
    clip = synth_clip(tmp_path / "shots.mp4", seconds=20.0, size=size, fps=12, audio=False, cuts=cuts)
    req = PrepareReleaseRequest(video_path=str(clip), out_dir=str(tmp_path / "kit"), candidates=5)
    frames = kitmod._decode(req, None, True, None, Progress())
    shots = sorted(sum(1 for c in cuts if c <= f.time_s + 1e-6) for f in frames)
    assert shots == [0, 1, 2, 3, 4], [f.time_s for f in frames]


def test_a_folder_made_at_out_during_the_run_is_refused_and_kept(clip, isolated_home, tmp_path):
    """A folder the user makes at the kit's path while the kit is built (or a second kit written there) is
    checked again at rename time: without overwrite, one line, the user's folder exactly as it was and no
    hidden .partial-/.old- folder left (before, it was moved into a hidden .kit.old-… folder and the run
    ended well); with overwrite, a folder that is not a kit is refused as at the start."""
    from viralml_desktop.core.release import kit as kitmod

    tmp_path = tmp_path / "work"  # the isolated home lives beside it
    tmp_path.mkdir()
    out = tmp_path / "kit"

    def listener(fraction, message):
        if message.startswith("report:") and not out.exists():
            out.mkdir()
            (out / "mine.txt").write_text("keep me", encoding="utf-8")

    with pytest.raises(InputError) as e:
        engine.run("prepare_release", {"video_path": str(clip), "out_dir": str(out), "candidates": 1,
                                       "platforms": ["tiktok"]}, Progress(listener))
    assert "\n" not in str(e.value) and "was made while the kit was being built" in str(e.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kit"]
    assert [p.name for p in out.iterdir()] == ["mine.txt"] and (out / "mine.txt").read_text() == "keep me"
    # the same check at the rename, with overwrite: a folder that is not a kit is never moved aside
    tmp = tmp_path / ".kit.partial-1"
    tmp.mkdir()
    (tmp / "kit.json").write_text("{}", encoding="utf-8")
    with pytest.raises(InputError, match="not a release kit"):
        kitmod._move_into_place(tmp, out, overwrite=True, was_there=False)
    assert sorted(p.name for p in tmp_path.iterdir()) == [".kit.partial-1", "kit"]
    # an empty folder made meanwhile is refused too without overwrite; one there from the start is used
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(InputError, match="was made while"):
        kitmod._move_into_place(tmp, empty, overwrite=False, was_there=False)
    kitmod._move_into_place(tmp, empty, overwrite=False, was_there=True)
    assert (empty / "kit.json").exists() and sorted(p.name for p in tmp_path.iterdir()) == ["empty", "kit"]


def test_overwrite_names_every_file_no_kit_wrote(tmp_path):
    """--overwrite refused on an earlier kit with files of the user's: the line names them all, up to 5,
    then how many more."""
    from viralml_desktop.core.release import kit as kitmod

    out = tmp_path / "kit"
    out.mkdir()
    (out / "kit.json").write_text("{}", encoding="utf-8")
    for name in ("a.txt", "b.txt"):
        (out / name).write_text("mine", encoding="utf-8")
    with pytest.raises(InputError) as e:
        kitmod._check_out_dir(out, True, tmp_path / "v.mp4")
    assert "holds a.txt and b.txt, which no release kit wrote" in str(e.value) and "move them out" in str(e.value)
    for name in ("c.txt", "d.txt", "e.txt", "f.txt", "g.txt"):
        (out / name).write_text("mine", encoding="utf-8")
    with pytest.raises(InputError) as e:
        kitmod._check_out_dir(out, True, tmp_path / "v.mp4")
    assert "holds a.txt, b.txt, c.txt, d.txt, e.txt and 2 more, which" in str(e.value)


def test_a_damaged_tiny_video_says_so_in_the_kit(isolated_home, tmp_path):
    """A truncated file (its index kept, the end of its data gone) and a tiny picture (64x32): the kit
    is written, and its notes and kit.json's video entry say the file is damaged and how much was
    analysed (the virality decode's line, before dropped), and that the thumbnails were upscaled."""
    whole = synth_clip(tmp_path / "whole.mp4", seconds=6.0, size=(64, 32), fps=24, faststart=True, cuts=[3.0])
    cut = tmp_path / "tiny_cut.mp4"
    cut.write_bytes(whole.read_bytes()[: int(whole.stat().st_size * 0.6)])
    out = tmp_path / "kit"
    kit = engine.run("prepare_release", {"video_path": str(cut), "out_dir": str(out), "candidates": 2,
                                         "platforms": ["tiktok"]}, record=False)
    video = json.loads((out / "kit.json").read_text(encoding="utf-8"))["video"]
    assert video["damaged"] is True and video["damaged_note"].startswith("the file is truncated or damaged: "
                                                                         "analysed the first ")
    assert 0 < video["analysed_seconds"] < 6.0
    assert any(n.startswith("video: the file is truncated or damaged") for n in kit["notes"])
    assert any(n.startswith("thumbnails: upscaled from 64 × 32 px: too small for a sharp thumbnail") for n in kit["notes"])


def test_an_empty_read_only_mount_point_is_refused_before_the_stages(clip, tmp_path, capsys, monkeypatch):
    """--out on an existing empty folder where nothing can be made (a read-only mount: its permission bits
    allow it) is refused in one line naming that folder, before any stage runs (before, every stage ran and
    the end failed naming the parent); an empty mount point that can be written is refused too (the kit is
    renamed into place, and a mount point cannot be replaced)."""
    import errno
    import os

    out = tmp_path / "mnt"
    out.mkdir()
    real_mkdir = Path.mkdir

    def mkdir(self, *a, **k):
        if self.parent == out:
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(self))
        return real_mkdir(self, *a, **k)

    monkeypatch.setattr(Path, "mkdir", mkdir)
    stages = []
    monkeypatch.setattr("viralml_desktop.core.release.kit._decode", lambda *a: stages.append("decode"))
    code = cli.main(["kit", str(clip), "--out", str(out)])
    err = capsys.readouterr().err.strip()
    assert code == cli.EXIT_INPUT and "\n" not in err and stages == []
    assert f"cannot write in out_dir {out}: Read-only file system" in err, err
    monkeypatch.setattr(Path, "mkdir", real_mkdir)
    monkeypatch.setattr("os.path.ismount", lambda p: str(p) == str(out))
    code = cli.main(["kit", str(clip), "--out", str(out)])
    err = capsys.readouterr().err.strip()
    assert code == cli.EXIT_INPUT and "is a mount point" in err and stages == []
    assert list(out.iterdir()) == [] and sorted(p.name for p in tmp_path.iterdir()) == ["mnt"]


def test_schedule_ics_speaks_the_kits_language_and_dates_a_local_time_on_another_day(tmp_path):
    """schedule.ics with --lang es: the event's text in Spanish (before, "Post … on tiktok" and "Local time"
    whatever the language); a local time on another date than the UTC one carries its weekday and date."""
    import icalendar

    from viralml_desktop.core.release import kit as kitmod

    slots = {"tiktok": {"utc": "2026-12-05T00:30:00Z",  # Saturday 00:30 UTC = Friday 19:30 in New York
                        "local": {"US": "2026-12-04T19:30:00-05:00", "ES": "2026-12-05T01:30:00+01:00"}}}
    now = dt.datetime(2026, 12, 1, 12, 0, tzinfo=dt.timezone.utc)
    for lang, summary, local in (
            ("es", "Publicar Luna en TikTok", "Hora local: US vie 4 dic 19:30, ES 01:30"),
            ("en", "Post Luna on TikTok", "Local time: US Fri 4 Dec 19:30, ES 01:30")):
        path = tmp_path / f"{lang}.ics"
        kitmod.write_ics(path, "Luna", slots, {"tiktok": {"text": "hola"}}, now, lang)
        ev = next(iter(icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT")))
        assert str(ev["summary"]) == summary
        assert str(ev["description"]) == f"hola\n\n{local}"
    # no title given: new music, never the video's file name; X by its name
    x = {"twitter": dict(slots["tiktok"])}
    for lang, summary in (("es", "Publicar nueva música en X"), ("en", "Post new music on X")):
        path = tmp_path / f"untitled_{lang}.ics"
        kitmod.write_ics(path, "", x, {}, now, lang)
        ev = next(iter(icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT")))
        assert str(ev["summary"]) == summary


def test_without_title_or_artist_the_caption_is_not_the_file_name(isolated_home, tmp_path):
    """No title and no artist: the caption starts from a plain line in the kit's language, not the raw file
    name ("silent"), carries the genre's hashtags, and a note says no title was given."""
    from viralml_desktop.core.progress import Progress
    from viralml_desktop.core.release import kit as kitmod
    from viralml_desktop.core.schemas.release import PrepareReleaseRequest

    req = PrepareReleaseRequest(video_path=str(tmp_path / "silent.mp4"), out_dir=str(tmp_path / "kit"),
                                genre="reggaeton", platforms=["tiktok"], language="es")
    notes: list[str] = []
    out = kitmod._captions(req, None, tmp_path, notes, Progress())
    text = out["tiktok"]["text"]
    assert "silent" not in text and text.startswith("Nueva música")
    assert "#reggaeton" in out["tiktok"]["hashtags"]
    assert any(n.startswith("captions: no title or artist was given") for n in notes)


def test_a_long_title_is_not_made_a_hashtag(isolated_home, tmp_path):
    """A title whose CamelCase hashtag would pass 30 characters (before: up to 100, cut mid-word) is not made
    one; the genre's hashtags stay, and a note says so."""
    from viralml_desktop.core.progress import Progress
    from viralml_desktop.core.release import kit as kitmod
    from viralml_desktop.core.schemas.release import PrepareReleaseRequest

    title = "Cuando La Noche Se Vuelve Eterna Bajo Las Luces De La Ciudad Que Nunca Duerme Y Sigue"
    req = PrepareReleaseRequest(video_path=str(tmp_path / "v.mp4"), out_dir=str(tmp_path / "kit"), title=title,
                                artist="Stakas", genre="reggaeton", platforms=["tiktok"])
    notes: list[str] = []
    out = kitmod._captions(req, None, tmp_path, notes, Progress())
    tags = out["tiktok"]["hashtags"]
    assert tags and all(len(t) - 1 <= 30 for t in tags), tags
    assert "#Stakas" in tags and "#reggaeton" in tags
    assert any(n.startswith("captions: the title is not made a hashtag: '#CuandoLaNoche") for n in notes), notes


def test_the_new_kit_notes_read_in_spanish():
    """The notes this round adds (a damaged file, upscaled thumbnails, no title, a long title) read in Spanish
    in a Spanish PDF, from the catalogue: no English word left."""
    from test_release_pdf_es import _english

    from viralml_desktop.core.release import pdf

    for n in ("video: the file is truncated or damaged: analysed the first 7.5 s; the kit's analyses and "
              "thumbnails cover that part only",
              "thumbnails: upscaled from 64 × 32 px: too small for a sharp thumbnail; the 16:9 crop is 57 px wide, "
              "enlarged 22.5 times to 1280 × 720 px; a video at least 640 px wide gives a sharper one",
              "captions: no title or artist was given: the captions start from 'Nueva música', not the file name; "
              "no genre was given either: general hashtags only; give the title, the artist and the genre for "
              "captions of this song",
              "captions: the title is not made a hashtag: '#CuandoLaNoche…' would be 71 characters, more than 30",
              "captions: the artist is not made a hashtag: '#LosDelBarrio…' would be 41 characters, more than 30"):
        said = pdf.note(n, "es")
        assert said != n and not _english(said), (n, said)


def test_kept_frames_tell_the_shots_apart_where_the_stream_estimate_finds_no_cut(tmp_path, monkeypatch):
    """Sampled frames only (a long video's decode) and no cut in the compressed-stream estimate: the kept
    frames' own hard changes give one boundary per real cut, each at the first kept frame after it."""
    from viralml_desktop.core.release import kit as kitmod
    from viralml_desktop.core.virality import video

    cuts = [4.0, 8.0, 12.0, 16.0]
    clip = synth_clip(tmp_path / "shots.mp4", seconds=20.0, size=(640, 360), fps=12, audio=False, cuts=cuts)
    monkeypatch.setattr(video, "_FULL_DECODE_BUDGET_PX", 0)
    monkeypatch.setattr(video, "FULL_DECODE_MAX_S", 0)
    monkeypatch.setattr(video, "stream_cut_estimate", lambda idx: [])
    keeper = video.FrameKeeper(extra=kitmod.VIRALITY_FRAMES)
    va = video.decode_video(clip, kitmod.VIRALITY_FRAMES, keeper=keeper)
    assert va.decode_method == "keyframes" and va.cut_times == []
    grabbed = [(k.t, k.bgr, k.next_grey) for k in keeper.frames]
    found = kitmod.kept_frame_cuts(grabbed)
    times = [g[0] for g in grabbed]
    assert found == [min(t for t in times if t >= c - 1e-6) for c in cuts], (found, times)
