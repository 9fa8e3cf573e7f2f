"""score_thumbnail core: real photos, text, true improvements, competitors, bad inputs, cache,
channel model, YOLO path, frames from a video, batch."""
from __future__ import annotations

import importlib.util
import json
import struct
import zlib
from pathlib import Path

import cv2
import numpy as np
import pytest

from viralml_desktop.core import engine, health, media
from viralml_desktop.core.thumbnails import score as thumbnail
from viralml_desktop.core.thumbnails import studio
from viralml_desktop.core.thumbnails import edits as thumbnail_edits
from viralml_desktop.core.thumbnails import channel as thumbnail_model
from viralml_desktop.core.errors import Cancelled, InputError
from viralml_desktop.core.progress import Progress
from viralml_desktop.core.thumbnails.features import ThumbnailFeatures, analyze
from viralml_desktop.core.vision.text import TextBox, text_contrast_ratio, wcag_ratio


# -- media helpers (shared with test_thumbnail_gui.py) ---------------------------------

def real_portrait(scale: float = 0.5) -> np.ndarray:
    """Grace Hopper (US Navy photo, public domain), shipped in matplotlib's sample data;
    half size by default (256×300) to keep the tests fast."""
    base = Path(importlib.util.find_spec("matplotlib").submodule_search_locations[0])
    img = media.load_image_bgr(base / "mpl-data" / "sample_data" / "grace_hopper.jpg")
    return cv2.resize(img, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA) if scale != 1 else img


def degrade(bgr: np.ndarray) -> np.ndarray:
    """Blurred, darkened and desaturated."""
    d = (cv2.GaussianBlur(bgr, (0, 0), 3) * 0.45).astype(np.uint8)
    hsv = cv2.cvtColor(d, cv2.COLOR_BGR2HSV)
    hsv[..., 1] = (hsv[..., 1] * 0.4).astype(np.uint8)
    return cv2.cvtColor(hsv, cv2.COLOR_HSV2BGR)


def write(path: Path, bgr: np.ndarray) -> str:
    assert cv2.imwrite(str(path), bgr)
    return str(path)


def text_card(text: str = "NUEVA VIDA", size=(640, 360), fg=(255, 255, 255), bg=(40, 30, 120),
              scale: float = 2.4, thickness: int = 6) -> np.ndarray:
    img = np.full((size[1], size[0], 3), bg, np.uint8)
    cv2.putText(img, text, (30, size[1] // 2 + 20), cv2.FONT_HERSHEY_DUPLEX, scale, fg, thickness)
    return img


def run(path: str, **kw) -> dict:
    return engine.run("score_thumbnail", {"thumbnail_path": path, **kw})


# -- acceptance on a real photo ------------------------------------------------------------

def test_real_portrait_contract_face_and_true_improvement(tmp_path, isolated_home, capsys):
    from viralml_desktop.cli import main

    good = write(tmp_path / "good.png", real_portrait())
    bad_img = degrade(real_portrait())
    bad = write(tmp_path / "bad.png", bad_img)
    req = tmp_path / "req.json"
    req.write_text(json.dumps({"thumbnail_path": good, "find_improvements": False,
                               "context": {"platform": "youtube", "genre": "trap", "competitors": [bad]}}))
    assert main(["predict", "score_thumbnail", "--json", str(req)]) == 0
    out = json.loads(capsys.readouterr().out)
    # CONTRACT.md shape and ranges
    assert 0 <= out["visual_appeal_score"] <= 10 and 0 <= out["click_probability"] <= 1
    assert isinstance(out["improvements"], list) and all(isinstance(s, str) for s in out["improvements"])
    assert out["competitive_ranking"] == 1  # the sharp, well-lit original beats its degraded copy
    assert out["analysis"]["measures"]["face_count"] >= 1  # a face on a clear frontal portrait

    r_bad = run(bad)
    assert r_bad["visual_appeal_score"] < out["visual_appeal_score"]
    assert r_bad["improvements"], "the degraded photo gets improvements"
    gains = [e["gain"] for e in r_bad["improvement_edits"]]
    assert all(g > 0 for g in gains) and gains == sorted(gains, reverse=True)
    # each suggested edit, applied to the image and scored from scratch, really raises the score
    feats = ThumbnailFeatures.from_dict({k: v for k, v in r_bad["analysis"].items()
                                         if k in ThumbnailFeatures.__dataclass_fields__})
    for e in r_bad["improvement_edits"][:2]:
        edited = thumbnail_edits.render(bad_img, feats, thumbnail_edits.edits_from([e["edit"]]))
        thumbnail.clear_caches()
        fresh = run(write(tmp_path / f"edit_{e['edit']['kind']}.png", edited), find_improvements=False)
        assert fresh["visual_appeal_score"] > r_bad["visual_appeal_score"]
        assert fresh["visual_appeal_score"] == pytest.approx(e["score_after"], abs=0.01)
    assert r_bad["improved"]["visual_appeal_score"] >= r_bad["improvement_edits"][0]["score_after"]


# -- text ------------------------------------------------------------------------------------

def test_known_faces_stand_in_for_the_search_in_the_fast_edit_pass():
    from viralml_desktop.core.vision import measures as image_measures
    from viralml_desktop.core.thumbnails import edits as thumbnail_edits
    from viralml_desktop.core.thumbnails.features import analyze

    img = real_portrait()
    found = image_measures.measure(img)
    assert found.face_count >= 1
    given = image_measures.measure(img, known_faces=found.to_dict()["faces"])
    assert given.face_count == found.face_count
    assert given.largest_face_share == pytest.approx(found.largest_face_share)
    assert given.thirds_distance == pytest.approx(found.thirds_distance, abs=0.01)
    feats = analyze(img)
    brighter = thumbnail_edits.apply(thumbnail_edits.initial_state(img, feats), thumbnail_edits.Edit("brightness", 0.15))
    zoomed = thumbnail_edits.apply(thumbnail_edits.initial_state(img, feats), thumbnail_edits.Edit("zoom_face", 1.4))
    assert brighter.faces_found_here and not zoomed.faces_found_here  # a crop looks for faces again


def test_text_boxes_contrast_and_phone_legibility():
    big = analyze(text_card())
    assert "nueva" in big.words and "vida" in big.words
    assert 0.02 < big.text_share < 0.5
    assert big.min_contrast_ratio > 7
    assert big.phone_legibility == 1.0
    small = analyze(text_card("tiny caption text here", scale=0.55, thickness=1))
    assert small.word_count >= 2
    assert small.phone_legibility < 0.5  # unreadable at 168×94
    assert wcag_ratio(1.0, 0.0) == pytest.approx(21.0)


def test_text_outline_raises_measured_contrast():
    img = text_card(fg=(150, 150, 150), bg=(110, 110, 110))
    box = TextBox(20, 120, 620, 215, "NUEVA VIDA", 1.0)
    before = text_contrast_ratio(img, box)
    state = thumbnail_edits.State(img, [box], [])
    after = thumbnail_edits.apply(state, thumbnail_edits.Edit("text_outline", 0.10)).bgr
    assert before < 2 and text_contrast_ratio(after, box) > 3 * before


def test_score_rules_reward_the_cited_thresholds():
    f = analyze(text_card())
    comps = {c.name: c for c in thumbnail_model.components(f.to_dict())}
    assert comps["text_readability"].credit == 1.0  # >= 7:1
    no_text = analyze(np.full((360, 640, 3), 128, np.uint8))
    c2 = {c.name: c for c in thumbnail_model.components(no_text.to_dict())}
    assert c2["text_readability"].credit is None and c2["phone_legibility"].credit is None
    assert c2["contrast"].credit == 0.0 and c2["face"].credit == 0.0


# -- competitors, bad inputs, batch ----------------------------------------------------------

def _png_header(w: int, h: int) -> bytes:
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + chunk(b"IEND", b""))


@pytest.fixture
def bad_files(tmp_path):
    from PIL import Image

    ok = text_card()
    f = {
        "not_image": tmp_path / "notes.jpg", "truncated": tmp_path / "trunc.jpg", "empty": tmp_path / "zero.png",
        "huge": tmp_path / "huge.png", "grey": tmp_path / "grey.png", "cmyk": tmp_path / "cmyk.jpg",
        "alpha": tmp_path / "alpha.png",
    }
    f["not_image"].write_text("this is not an image")
    ok_jpg = cv2.imencode(".jpg", ok)[1].tobytes()
    f["truncated"].write_bytes(ok_jpg[: len(ok_jpg) // 2])
    f["empty"].write_bytes(b"")
    f["huge"].write_bytes(_png_header(20000, 20000))
    Image.fromarray(cv2.cvtColor(ok, cv2.COLOR_BGR2GRAY)).save(f["grey"])
    Image.fromarray(ok[:, :, ::-1]).convert("CMYK").save(f["cmyk"])
    rgba = np.dstack([ok[:, :, ::-1], np.full(ok.shape[:2], 200, np.uint8)])
    Image.fromarray(rgba, "RGBA").save(f["alpha"])
    return f


def test_bad_inputs_each_give_a_clear_error(bad_files, isolated_home):
    expect = {"not_image": "not an image", "truncated": "truncated", "empty": "empty",
              "huge": "too large", }
    for key, words in expect.items():
        with pytest.raises(InputError, match=words):
            run(str(bad_files[key]), find_improvements=False)
    for key in ("grey", "cmyk", "alpha"):  # converted, then scored
        r = run(str(bad_files[key]), find_improvements=False)
        assert "nueva" in r["analysis"]["words"], key


def test_missing_competitor_is_named_and_the_others_ranked(tmp_path, isolated_home):
    good = write(tmp_path / "a.png", text_card())
    worse = write(tmp_path / "b.png", degrade(text_card()))
    r = run(good, find_improvements=False,
            context={"competitors": ["b.png", str(tmp_path / "missing.jpg")]})  # relative to the thumbnail
    by = {Path(c["path"]).name: c for c in r["competitors"]}
    assert "not found" in by["missing.jpg"]["error"]
    assert by["b.png"]["rank"] == 2 and r["competitive_ranking"] == 1
    r2 = run(worse, find_improvements=False, context={"competitors": [good]})
    assert r2["competitive_ranking"] == 2


def test_batch_goes_on_past_bad_files_and_cancels(tmp_path, bad_files, isolated_home):
    folder = bad_files["grey"].parent
    rows = studio.score_folder(folder, Progress()).rows
    by = {Path(r["file"]).name: r for r in rows}
    assert len(rows) == 7
    assert by["zero.png"]["error"] and by["trunc.jpg"]["error"] and by["huge.png"]["error"]
    assert by["grey.png"]["visual_appeal_score"] > 0
    out = studio.write_csv(rows, str(tmp_path / "out.csv"))
    import csv

    back = list(csv.DictReader(open(out, encoding="utf-8")))
    assert [Path(r["file"]).name for r in back] == [Path(r["file"]).name for r in rows]

    seen = []

    def on_row(row):  # each row arrives as it finishes; the user cancels after the first
        seen.append(row)
        p.cancel()

    p = Progress(on_partial=on_row)
    with pytest.raises(Cancelled):
        studio.score_folder(folder, p)
    assert len(seen) == 1 and seen[0] == rows[0]  # the finished row was kept
    empty = tmp_path / "nothing_here"
    empty.mkdir()
    with pytest.raises(InputError, match="no images"):
        studio.score_folder(empty, Progress())


def test_rescoring_is_cached_by_content_hash(tmp_path, isolated_home):
    a = write(tmp_path / "a.png", text_card("CACHE ME", size=(320, 180), scale=1.2, thickness=3))
    b = tmp_path / "copy.png"
    b.write_bytes(Path(a).read_bytes())
    thumbnail.clear_caches()
    health.reset()
    r1 = run(a)
    misses = health.snapshot(include_persisted=False)["cache"]["misses"]
    r2 = run(str(b))  # same bytes, other name: served from the cache
    snap = health.snapshot(include_persisted=False)["cache"]
    assert snap["misses"] == misses and snap["hits"] >= 2
    assert r1["visual_appeal_score"] == r2["visual_appeal_score"] and r1["improvements"] == r2["improvements"]


# -- channel model -----------------------------------------------------------------------------

def _rule_image(level: float, seed: int) -> np.ndarray:
    """A picture whose grey contrast grows with ``level``."""
    rng = np.random.default_rng(seed)
    base = cv2.resize(rng.integers(0, 255, (9, 16, 3), dtype=np.uint8), (320, 180), interpolation=cv2.INTER_CUBIC)
    f = base.astype(np.float32)
    return np.clip((f - f.mean()) * (0.25 + 1.5 * level) + 128, 0, 255).astype(np.uint8)


def test_channel_model_recovers_a_known_ctr_rule(tmp_path, isolated_home):
    from scipy.stats import spearmanr

    folder = tmp_path / "thumbs"
    folder.mkdir()
    levels = np.linspace(0, 1, 24)
    rng = np.random.default_rng(1)
    rng.shuffle(levels)
    lines = ["Content,Video title,Impressions,Impressions click-through rate (%)", "Total,,240000,5.0"]
    for i, lv in enumerate(levels):
        vid = f"vid{i:02d}xyzAB"
        write(folder / f"{vid}.png", _rule_image(lv, i))
        lines.append(f"{vid},Song {i},{10000 + i * 10},{2 + 6 * lv:.2f}")  # CTR rises with contrast
    csv_path = tmp_path / "Table data.csv"
    csv_path.write_text("\n".join(lines))
    summary = studio.fit_channel(studio.ChannelArgs(str(csv_path), str(folder)))
    assert summary["n_videos"] == 24 and summary["cv_spearman"] > 0.8
    assert summary["answers"] and summary["p_value"] < 0.05 and "export's row order" in summary["cv"]
    # fresh images: the fitted model ranks them as the rule does
    new_levels = [0.05, 0.3, 0.55, 0.8, 0.95]
    preds = [run(write(tmp_path / f"new{j}.png", _rule_image(lv, 100 + j)), find_improvements=False)
             for j, lv in enumerate(new_levels)]
    assert all(p["click_probability_source"] == "channel_model" for p in preds)
    assert spearmanr([p["click_probability"] for p in preds], new_levels).statistic > 0.8
    assert spearmanr([p["outlier_multiple"] for p in preds], new_levels).statistic > 0.8
    assert "median CTR" in preds[0]["channel_model_note"] and preds[0]["sources"]["outlier_multiple"]["kind"] == "personal"
    assert studio.channel_summary()["n_videos"] == 24
    # a stored model that did not beat the median CTR: the published CTR answers, and the note says so
    thumbnail_model.save_channel_model(dict(thumbnail_model.load_channel_model(), answers=False,
                                            reason="no better than the median of your videos"))
    refused = run(str(tmp_path / "new0.png"), find_improvements=False)
    assert refused["click_probability_source"] == "rules_prior" and refused["outlier_multiple"] is None
    assert "is not used: no better than the median" in refused["channel_model_note"]
    studio.forget_channel()
    assert studio.channel_summary() is None

    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,2\n")
    with pytest.raises(InputError, match="not a YouTube Studio export"):
        studio.fit_channel(studio.ChannelArgs(str(bad), str(folder)))


def test_studio_csv_spanish_headers(tmp_path):
    p = tmp_path / "es.csv"
    p.write_text("Contenido;Título del vídeo;Impresiones;Porcentaje de clics de las impresiones (%)\n"
                 "Total;;2000;4,5\nabc;Canción;1000;4,5\n", encoding="utf-8")
    rows = thumbnail_model.read_studio_csv(p)
    assert len(rows) == 1 and rows[0].video_id == "abc" and rows[0].ctr == pytest.approx(0.045)


# -- YOLO path (random weights: exercises the real code, says nothing about accuracy) ------------

def test_people_and_objects_absent_without_weights_and_run_with_yolo():
    from viralml_desktop.core import registry

    reg = registry.default_registry()
    reg.unload("yolo")
    img = text_card()
    absent = analyze(img, text_boxes=[])
    assert absent.objects["available"] is False and "YOLO" in absent.objects["reason"]
    from ultralytics import YOLO

    reg.put("yolo", YOLO("yolov8n.yaml"))
    try:
        present = analyze(img, text_boxes=[])
        assert present.objects["available"] is True
        assert present.objects["person_count"] >= 0 and isinstance(present.objects["objects"], list)
    finally:
        reg.unload("yolo")


# -- frames from a video --------------------------------------------------------------------------

def make_video(path: Path, fps: int = 10) -> Path:
    """6 s: 2 s of a flat grey wall, 2 s of the portrait, 2 s fading to black."""
    import av

    face = cv2.resize(real_portrait(), (160, 180))
    with av.open(str(path), "w") as c:
        s = c.add_stream("libx264", rate=fps)
        s.width, s.height, s.pix_fmt = 320, 180, "yuv420p"
        s.options = {"g": "10"}
        for i in range(6 * fps):
            t = i / fps
            img = np.full((180, 320, 3), 120, np.uint8)
            if 2 <= t < 4:
                img[:, :] = (60, 90, 150)
                img[:, 80:240] = face
            elif t >= 4:
                img = (img * max(0.0, 1 - (t - 4) / 1.2)).astype(np.uint8)
            for pkt in s.encode(av.VideoFrame.from_ndarray(img, format="bgr24")):
                c.mux(pkt)
        for pkt in s.encode():
            c.mux(pkt)
    return path


def test_best_frames_of_a_phone_video_are_upright(tmp_path):
    from test_virality_media import synth_clip

    clip = synth_clip(tmp_path / "phone.mp4", seconds=3, size=(180, 320), audio=False, display_rotation=-90)
    out = studio.best_frames(studio.FramesArgs(str(clip), count=2, candidates=4))
    img = out.frames[0].image
    assert img.shape[:2] == (320, 180)
    assert img[:20, :20].reshape(-1, 3).mean(axis=0)[2] > 200  # the red marker sits at the shown top-left


def test_best_frames_prefers_faces_and_skips_fades(tmp_path):
    video = make_video(tmp_path / "clip.mp4")
    out = studio.best_frames(studio.FramesArgs(str(video), count=5, candidates=12))
    assert 1 <= len(out.frames) <= 5
    assert out.rejected["fade"] >= 1
    best = out.frames[0]
    assert 2 <= best.time_s < 4 and best.faces >= 1
    assert best.image.shape == (180, 320, 3)
    scores = [f.visual_appeal_score for f in out.frames]
    assert scores == sorted(scores, reverse=True)
    with pytest.raises(InputError):
        studio.best_frames(str(tmp_path / "nope.mp4"))


def _frame_with(image: np.ndarray) -> studio.Frame:
    """A studio.Frame of ``image`` with the faces the analysis finds in it."""
    f = analyze(image).to_dict()
    return studio.Frame(time_s=1.0, visual_appeal_score=5.0, reasons=[], faces=f["measures"]["face_count"],
                        sharpness=0.0, image=image,
                        face_boxes=[{k: b[k] for k in ("x", "y", "w", "h", "share")} for b in f["measures"]["faces"]])


def test_youtube_frame_is_16_9_toward_the_face_and_under_2_mb(tmp_path, isolated_home):
    """Issue 19.3: a frame offered for YouTube is 1280×720, cropped toward the face, saved < 2 MB."""
    face = real_portrait()  # (H, W, 3) with one frontal face
    fh, fw = face.shape[:2]
    rng = np.random.default_rng(0)
    # a phone video (9:16) with the face low in the frame: the crop goes down to it
    tall = rng.integers(0, 256, (fw * 16 // 9 + fh, fw, 3), dtype=np.uint8)
    tall[-fh:, :] = face
    frame = _frame_with(tall)
    assert frame.faces >= 1
    out = frame.for_youtube()
    assert out.shape == (720, 1280, 3)
    assert analyze(out).to_dict()["measures"]["face_count"] >= 1  # the face is in the crop
    centred = studio.youtube_crop(tall)  # without the face boxes: the middle band, no face
    assert analyze(centred).to_dict()["measures"]["face_count"] == 0
    # a wide frame (21:9) with the face at the right edge: the window moves right
    wide = np.full((fh, fh * 21 // 9, 3), 90, np.uint8)
    wide[:, -fw:] = face
    assert analyze(_frame_with(wide).for_youtube()).to_dict()["measures"]["face_count"] >= 1
    # saved: JPG fits 2 MB even for noise; a PNG that cannot fit is refused in one line, nothing written
    noise = studio.Frame(time_s=0.0, visual_appeal_score=0.0, reasons=[], faces=0, sharpness=0.0,
                         image=rng.integers(0, 256, (1080, 1920, 3), dtype=np.uint8))
    jpg = tmp_path / "frame.jpg"
    studio.save_for_youtube(noise, str(jpg))
    assert media.load_image_bgr(jpg).shape == (720, 1280, 3) and jpg.stat().st_size <= studio.YOUTUBE_MAX_BYTES
    png = tmp_path / "frame.png"
    with pytest.raises(InputError, match="over YouTube's 2 MB limit"):
        studio.save_for_youtube(noise, str(png))
    assert not png.exists()
    kept = studio.keep_frame(frame)
    assert kept.endswith(".jpg") and media.load_image_bgr(kept).shape == (720, 1280, 3)
    with pytest.raises(ValueError):
        studio.youtube_crop(np.zeros((10, 10), np.uint8))


def _chorus_clip(path: Path, fps: int = 12) -> tuple[Path, np.ndarray, np.ndarray]:
    """Five 1.5 s shots A B C D A': the last shot is the first picture again, a little brighter and
    with encoder noise (a chorus shown twice); B, C and D are other pictures."""
    import av

    rng = np.random.default_rng(4)

    def picture(colour) -> np.ndarray:
        base = cv2.GaussianBlur(rng.integers(0, 255, (180, 320, 3)).astype(np.uint8), (0, 0), 9)
        img = np.clip(base.astype(np.int16) - base.mean() + np.array(colour), 0, 255).astype(np.uint8)
        cv2.circle(img, (int(rng.integers(60, 260)), 90), 40, tuple(int(c) for c in rng.integers(0, 255, 3)), -1)
        return img

    a = picture((70, 110, 170))
    again = np.clip(a.astype(np.int16) + 9 + rng.integers(-3, 4, a.shape), 0, 255).astype(np.uint8)
    shots = [a, picture((160, 80, 60)), picture((60, 150, 80)), picture((150, 150, 40)), again]
    with av.open(str(path), "w") as c:
        s = c.add_stream("libx264", rate=fps)
        s.width, s.height, s.pix_fmt = 320, 180, "yuv420p"
        s.options = {"g": "6"}
        for shot in shots:
            for _ in range(int(1.5 * fps)):
                for pkt in s.encode(av.VideoFrame.from_ndarray(shot, format="bgr24")):
                    c.mux(pkt)
        for pkt in s.encode():
            c.mux(pkt)
    return path, a, again


def test_a_repeated_shot_gives_one_candidate_not_two(tmp_path):
    """s10 tester of issue 18, defect 6: when the first shot comes back at the end (a chorus), the
    candidates hold that picture once; every two candidates are visually distinct."""
    from viralml_desktop.core.thumbnails.screenshot import similarity

    clip, a, again = _chorus_clip(tmp_path / "chorus.mp4")
    # the old rule (mean grey difference <= 6 levels) would have kept both: the repeat is not a copy
    grey = [cv2.cvtColor(cv2.resize(x, (160, 90), interpolation=cv2.INTER_AREA), cv2.COLOR_BGR2GRAY).astype(int)
            for x in (a, again)]
    assert float(np.abs(grey[0] - grey[1]).mean()) > 6.0
    assert similarity(a, again) >= studio.NEAR_DUPLICATE
    out = studio.best_frames(studio.FramesArgs(str(clip), count=5, candidates=15))
    times = [f.time_s for f in out.frames]
    assert len(out.frames) == 4, times  # A, B, C, D: five shots, four pictures
    in_a = [t for t in times if t < 1.5 or t >= 6.0]
    assert len(in_a) == 1, times
    for i, f in enumerate(out.frames):
        for g in out.frames[:i]:
            assert similarity(f.image, g.image) < studio.NEAR_DUPLICATE, (f.time_s, g.time_s)
    # the kit's path: frames from its own decode with the shot cuts given
    grabbed = [(f.time_s, f.image, None) for f in out.frames] + [(7.0, again, None), (0.5, a, None)]
    picked, _ = studio.pick_frames(grabbed, 5, full_score=False, shot_cuts=[1.5, 3.0, 4.5, 6.0])
    assert len([f for f in picked if f.time_s < 1.5 or f.time_s >= 6.0]) == 1
