"""Foundation: config, schemas, engine, store, registry, media, health — no Qt."""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import yaml

from viralml_desktop.core import config, engine, health, media, registry, store
from viralml_desktop.core.errors import FeatureDisabled, InputError, ModelUnavailable

ROOT = Path(__file__).resolve().parents[1]


# -- import weight ------------------------------------------------------------

def test_core_import_pulls_neither_qt_nor_torch():
    code = ("import sys, viralml_desktop.core, viralml_desktop.core.engine; "
            "bad = [m for m in ('PySide6', 'torch', 'ultralytics', 'transformers') if m in sys.modules]; "
            "assert not bad, bad")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


# -- config -------------------------------------------------------------------

def test_shipped_config_is_exactly_the_contract():
    data = yaml.safe_load((ROOT / "config" / "ml_config.yaml").read_text())
    assert set(data) == {"ml_core"}
    mc = data["ml_core"]
    assert mc["endpoint"] == "http://localhost:8000" and mc["timeout"] == 30 and mc["retry_attempts"] == 3
    assert mc["models"]["yolo"] == {"version": "v8n", "confidence_threshold": 0.7}
    assert mc["models"]["lstm"] == {"sequence_length": 30, "hidden_units": 128}
    assert mc["models"]["nlp"] == {"model": "distilbert-base-uncased", "max_length": 512}
    assert all(v is True for v in mc["features"].values()) and len(mc["features"]) == 6
    config.load()  # validates


def test_user_override_is_merged_on_top(isolated_home):
    f = Path(os.environ["VIRALML_CONFIG_DIR"]) / "ml_config.yaml"
    f.parent.mkdir(parents=True)
    f.write_text("ml_core:\n  timeout: 5\n  features:\n    affinity_calculation: false\n")
    cfg = config.load()
    assert cfg.ml_core.timeout == 5
    assert cfg.ml_core.retry_attempts == 3  # untouched keys keep the shipped value
    assert not cfg.feature_enabled("affinity_calculation")
    assert cfg.feature_enabled("thumbnail_scoring")


@pytest.mark.parametrize("text, needle", [
    ("ml_core:\n  timeot: 5\n", "ml_core.timeot: unknown key"),
    ("ml_core:\n  models:\n    yolo: {confidence_threshold: 1.5}\n", "ml_core.models.yolo.confidence_threshold"),
    ("ml_core:\n  features:\n    thumbnail_scoring: maybe\n", "ml_core.features.thumbnail_scoring"),
    ("ml_core: [1, 2\n", "not valid YAML"),
    ("- a\n- b\n", "top level must be a mapping"),
])
def test_invalid_config_names_key_and_problem(isolated_home, text, needle):
    f = Path(os.environ["VIRALML_CONFIG_DIR"]) / "ml_config.yaml"
    f.parent.mkdir(parents=True)
    f.write_text(text)
    with pytest.raises(config.ConfigError) as e:
        config.load()
    assert needle in str(e.value) and str(f) in str(e.value)


def test_invalid_config_fails_cli_with_one_line(isolated_home):
    f = Path(os.environ["VIRALML_CONFIG_DIR"]) / "ml_config.yaml"
    f.parent.mkdir(parents=True)
    f.write_text("ml_core:\n  retry_attempts: -1\n")
    r = subprocess.run([sys.executable, "-m", "viralml_desktop.cli", "health"], capture_output=True, text=True,
                       env=dict(os.environ), cwd=ROOT)
    assert r.returncode != 0
    assert "ml_core.retry_attempts" in r.stderr and len(r.stderr.strip().splitlines()) == 1


def test_disabled_feature_answers_disabled(isolated_home):
    cfg = config.load()
    cfg.ml_core.features.affinity_calculation = False
    config.set_current(cfg)
    with pytest.raises(FeatureDisabled, match="disabled"):
        engine.run("calculate_affinity", {"account_id": "a", "target_account_id": "b"})


# -- schemas / engine ---------------------------------------------------------

@pytest.mark.parametrize("cap, req, needle", [
    ("calculate_affinity", {"account_id": "a", "target_account_id": "b", "metrics": {"engagement_overlap": 1.2}},
     "metrics.engagement_overlap"),
    ("calculate_affinity", {"account_id": "a", "target_account_id": "b", "metrics": {"shared_followers": -1}},
     "metrics.shared_followers"),
    ("detect_anomaly", {"account_id": "a", "platform": "tiktok",
                        "recent_posts": [{"views": -5, "likes": 1, "timestamp": "2025-01-01"}]},
     "recent_posts.0.views"),
    ("detect_anomaly", {"account_id": "a", "recent_posts": [{"views": "lots", "timestamp": "2025-01-01"}]},
     "recent_posts.0.views"),
    ("predict_posting_time", {"artist_name": "x", "target_countries": [], "platform": "tiktok"},
     "target_countries"),
    ("optimize_caption", {"base_caption": "hola", "platform": "myspace"}, "platform"),
    ("score_thumbnail", {"thumbnail_path": "a.jpg", "context": {"platform": 3}}, "context.platform"),
    ("forecast_views", {"account_id": "a", "horizon": True}, "horizon: must be a number, not true"),
])
def test_bad_requests_name_the_field(cap, req, needle):
    with pytest.raises(InputError) as e:
        engine.parse_request(cap, req)
    assert needle in str(e.value)


def test_contract_examples_parse():
    from viralml_desktop.core import schemas

    schemas.ViralityRequest.model_validate(
        {"video_path": "/data/videos/song.mp4",
         "metadata": {"artist": "Bad Bunny", "genre": "Trap", "duration": 180, "has_hook": True}})
    schemas.ViralityResponse.model_validate(
        {"virality_score": 0.78, "confidence": 0.92,
         "factors": {"visual_appeal": 0.85, "audio_quality": 0.88, "trend_alignment": 0.72, "genre_popularity": 0.81}})
    assert schemas.CaptionRequest.model_validate({"base_caption": "x", "platform": "X"}).platform == "twitter"
    schemas.PostingTimeResponse.model_validate(
        {"optimal_time_utc": "19:30", "timezone_breakdown": {"US_EST": "14:30"}, "expected_engagement_boost": 1.35})
    with pytest.raises(Exception):
        schemas.PostingTimeResponse.model_validate(
            {"optimal_time_utc": "25:30", "timezone_breakdown": {}, "expected_engagement_boost": 1.0})
    with pytest.raises(Exception):
        schemas.ThumbnailResponse.model_validate(
            {"visual_appeal_score": 11, "click_probability": 0.5, "improvements": [], "competitive_ranking": 1})


def test_unknown_capability_is_an_input_error():
    with pytest.raises(InputError, match="unknown capability"):
        engine.run("predict_lottery", {})


def test_engine_records_latency_and_history(isolated_home, monkeypatch):
    """A capability run through the engine is timed, counted and stored."""
    from viralml_desktop.core import schemas

    class Fake:
        @staticmethod
        def run(req, progress):
            progress.update(0.5, "half")
            return schemas.AffinityResponse(
                affinity_score=0.5, collaboration_potential="medium",
                engagement_prediction={"like_probability": 0.1, "comment_probability": 0.01,
                                       "share_probability": 0.01})

    cap = engine.CAPABILITIES["calculate_affinity"]
    monkeypatch.setattr(engine.Capability, "load", lambda self: Fake if self is cap else engine.Capability.load(self))
    health.reset()
    out = engine.run("calculate_affinity", {"account_id": "a", "target_account_id": "b"})
    assert out["collaboration_potential"] == "medium"
    snap = health.snapshot()
    assert snap["predictions"]["calculate_affinity"] == 1
    assert snap["inference_latency_ms"]["calculate_affinity"]["n"] == 1
    hist = store.default_store().recent_analyses("calculate_affinity")
    assert hist and hist[0]["request"]["account_id"] == "a"


def test_engine_rejects_an_invalid_response(isolated_home, monkeypatch):
    class Broken:
        @staticmethod
        def run(req, progress):
            return {"affinity_score": 7}

    monkeypatch.setattr(engine.Capability, "load", lambda self: Broken)
    with pytest.raises(RuntimeError, match="invalid response"):
        engine.run("calculate_affinity", {"account_id": "a", "target_account_id": "b"})


def test_not_built_capability_says_not_available(monkeypatch):
    class Stub:
        @staticmethod
        def run(req, progress):
            raise NotImplementedError

    from viralml_desktop.core.errors import NotAvailableYet

    monkeypatch.setattr(engine.Capability, "load", lambda self: Stub)
    with pytest.raises(NotAvailableYet, match="not available yet"):
        engine.run("calculate_affinity", {"account_id": "a", "target_account_id": "b"})


def test_progress_cancel_raises():
    from viralml_desktop.core import Cancelled, Progress

    seen = []
    p = Progress(lambda f, m: seen.append((f, m)))
    sub = p.sub(0.5, 1.0)
    sub.update(0.5, "x")
    assert seen == [(0.75, "x")]
    p.cancel()
    with pytest.raises(Cancelled):
        sub.check()


# -- store --------------------------------------------------------------------

def _database_at_version(db, version: int):
    """A history database holding only its version table, at ``version``."""
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
    con.execute("INSERT INTO schema_version VALUES (?)", (version,))
    con.commit()
    con.close()
    return db


def test_store_wal_schema_and_migration(tmp_path):
    # an "old" database at version 0 (only the version table) is migrated forward
    db = _database_at_version(tmp_path / "h.sqlite3", 0)
    s = store.Store(db)
    assert s.schema_version() == store.SCHEMA_VERSION
    with s.connect() as c:
        assert c.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    s.add_analysis("x", {"a": 1}, {"b": "ñ"})
    assert s.recent_analyses()[0]["response"] == {"b": "ñ"}
    assert s.integrity_ok()


def test_store_refuses_newer_schema(tmp_path):
    db = _database_at_version(tmp_path / "h.sqlite3", 999)
    with pytest.raises(RuntimeError, match="newer"):
        store.Store(db).schema_version()


def test_store_posts_merge_without_duplicates(tmp_path):
    s = store.Store(tmp_path / "h.sqlite3")
    posts = [{"account_id": "a", "post_key": str(i), "timestamp": f"2025-01-0{i}T00:00:00Z", "views": i * 10,
              "hashtags": ["#trap"]} for i in range(1, 4)]
    assert s.upsert_posts(posts) == (3, 0)
    assert s.upsert_posts(posts[1:] + [dict(posts[0], views=99)]) == (0, 3)
    got = s.posts("a")
    assert [p["views"] for p in got] == [99, 20, 30] and got[0]["hashtags"] == ["#trap"]
    assert s.accounts()[0]["n"] == 3


def test_store_failed_import_keeps_history(tmp_path):
    s = store.Store(tmp_path / "h.sqlite3")
    s.upsert_posts([{"account_id": "a", "post_key": "1", "timestamp": "2025-01-01", "views": 1}])
    with pytest.raises(sqlite3.IntegrityError):
        s.upsert_posts([{"account_id": "a", "post_key": "2", "timestamp": "2025-01-02", "views": 2},
                        {"account_id": "a", "post_key": "3", "timestamp": None, "views": 3}])  # NOT NULL
    assert [p["post_key"] for p in s.posts("a")] == ["1"]


# -- registry -----------------------------------------------------------------

def _spec(name, loader=lambda p, d: ("model", p), **kw):
    return registry.ModelSpec(name=name, loader=loader, files=(f"{name}.bin",), **kw)


def test_registry_local_first_checksum_and_lazy(tmp_path):
    shipped, user = tmp_path / "shipped", tmp_path / "user"
    shipped.mkdir()
    user.mkdir()
    (user / "m.bin").write_bytes(b"user copy")
    calls = []
    reg = registry.ModelRegistry([shipped, user], table=[_spec("m", loader=lambda p, d: calls.append(p) or ("model", p))])
    assert reg.loaded() == {}
    assert reg.get("m") == ("model", user / "m.bin")
    (shipped / "m.bin").write_bytes(b"shipped copy")
    reg.unload("m")
    assert reg.get("m")[1] == shipped / "m.bin"  # shipped models/ first
    reg.get("m")
    assert len(calls) == 2  # loaded once per (re)load, cached in between


def test_registry_checksum_mismatch_removes_corrupt_cache(tmp_path):
    user = tmp_path / "user"
    user.mkdir()
    (user / "m.bin").write_bytes(b"corrupt")
    reg = registry.ModelRegistry([tmp_path / "none", user], table=[_spec("m", sha256={"m.bin": "0" * 64})])
    with pytest.raises(ModelUnavailable, match="checksum mismatch"):
        reg.get("m")
    assert not (user / "m.bin").exists()


def test_registry_missing_model_degrades_with_message(tmp_path):
    reg = registry.ModelRegistry([tmp_path], table=[_spec("yolo", how_to_get="Put it in the models dir.")])
    assert not reg.is_available("yolo")
    with pytest.raises(ModelUnavailable, match="not found.*Put it in"):
        reg.get("yolo")


def test_device_choice_env_and_cpu(monkeypatch):
    monkeypatch.setenv("VIRALML_DEVICE", "cpu")
    assert registry.select_device() == "cpu"
    assert registry.current_device_name() == "cpu"


def test_offline_environment_is_set():
    import viralml_desktop.core  # noqa: F401

    assert os.environ["YOLO_OFFLINE"] == "1" and os.environ["HF_HUB_OFFLINE"] == "1"
    assert os.environ["YOLO_AUTOINSTALL"] == "false"


def test_yolo_from_yaml_runs_through_registry(tmp_path):
    """The real ultralytics code path with random weights (no download): built from yolov8n.yaml."""
    reg = registry.ModelRegistry([tmp_path], table=[registry.ModelSpec(
        name="yolo", loader="viralml_desktop.core.registry:_load_yolo", files=("yolov8n.yaml",), uses_device=True)])
    (tmp_path / "yolov8n.yaml").write_text("")  # placeholder so find() succeeds; ultralytics resolves the name
    assert reg.find("yolo") == tmp_path / "yolov8n.yaml"
    model = registry._load_yolo(Path("yolov8n.yaml"), "cpu")
    res = model.predict(np.zeros((320, 320, 3), dtype=np.uint8), imgsz=320, verbose=False)
    assert len(res) == 1


# -- media --------------------------------------------------------------------

def test_media_bad_images(tmp_path):
    import cv2

    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    with pytest.raises(InputError, match="empty"):
        media.load_image_bgr(empty)
    text = tmp_path / "notes.png"
    text.write_text("hello, not an image")
    with pytest.raises(InputError, match="not an image"):
        media.load_image_bgr(text)
    ok, buf = cv2.imencode(".jpg", np.full((200, 300, 3), 128, np.uint8))
    trunc = tmp_path / "trunc.jpg"
    trunc.write_bytes(buf.tobytes()[: len(buf) // 2])
    with pytest.raises(InputError, match="truncated|corrupt|cannot decode"):
        media.load_image_bgr(trunc)
    with pytest.raises(InputError, match="not found"):
        media.load_image_bgr(tmp_path / "missing.jpg")
    with pytest.raises(InputError, match="not a regular file"):
        media.load_image_bgr("/dev/null")


def test_media_huge_png_refused_from_header(tmp_path):
    """A 20000×20000 PNG is refused from its header: we write only a valid header + tiny IDAT."""
    import struct
    import zlib

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 20000, 20000, 8, 2, 0, 0, 0))
    png += chunk(b"IDAT", zlib.compress(b"\x00" * 100)) + chunk(b"IEND", b"")
    f = tmp_path / "huge.png"
    f.write_bytes(png)
    with pytest.raises(InputError, match="too large.*(400 MP|20000×20000)"):
        media.load_image_bgr(f)


def test_media_modes_convert_to_bgr(tmp_path):
    from PIL import Image

    Image.new("L", (40, 30), 77).save(tmp_path / "g.png")
    Image.new("CMYK", (40, 30), (0, 255, 255, 0)).save(tmp_path / "c.jpg")
    Image.new("RGBA", (40, 30), (255, 0, 0, 0)).save(tmp_path / "a.png")
    g = media.load_image_bgr(tmp_path / "g.png")
    assert g.shape == (30, 40, 3) and int(g[0, 0, 0]) == 77
    c = media.load_image_bgr(tmp_path / "c.jpg")
    assert c.shape == (30, 40, 3) and c[0, 0, 2] > 200 and c[0, 0, 0] < 60  # red in BGR
    a = media.load_image_bgr(tmp_path / "a.png")
    assert tuple(a[0, 0]) == (255, 255, 255)  # fully transparent -> white background


def _make_clip(path, seconds=1.0, audio=True):
    import av

    with av.open(str(path), "w") as c:
        vs = c.add_stream("libx264", rate=10)
        vs.width, vs.height, vs.pix_fmt = 64, 48, "yuv420p"
        if audio:
            a = c.add_stream("aac", rate=22050)
        for i in range(int(seconds * 10)):
            frame = av.VideoFrame.from_ndarray(np.full((48, 64, 3), i * 20 % 255, np.uint8), format="rgb24")
            for pkt in vs.encode(frame):
                c.mux(pkt)
        for pkt in vs.encode():
            c.mux(pkt)
        if audio:
            n = int(22050 * seconds)
            t = np.arange(n) / 22050
            samples = (0.3 * np.sin(2 * np.pi * 440 * t)).astype(np.float32)[None, :]
            af = av.AudioFrame.from_ndarray(samples, format="fltp", layout="mono")
            af.sample_rate = 22050
            for pkt in a.encode(af):
                c.mux(pkt)
            for pkt in a.encode():
                c.mux(pkt)


def test_media_video_probe_and_bad_video(tmp_path):
    clip = tmp_path / "clip.mp4"
    _make_clip(clip, 2.0)
    info = media.probe_video(clip)
    assert info.has_video and info.has_audio and info.width == 64 and 1.5 < info.duration_s < 2.6
    fake = tmp_path / "fake.mp4"
    fake.write_text("this is a text file renamed .mp4\n" * 20)
    with pytest.raises(InputError, match="not a playable video|cannot open video"):
        media.probe_video(fake)
    trunc = tmp_path / "trunc.mp4"
    trunc.write_bytes(clip.read_bytes()[:300])
    with pytest.raises(InputError):
        media.probe_video(trunc)


# -- health / cache -------------------------------------------------------------

def test_health_snapshot_has_the_contract_keys(isolated_home):
    from viralml_desktop.core.cache import ResultCache

    health.reset()
    c = ResultCache(2)
    assert c.get_or_compute("k", lambda: 1) == 1
    assert c.get_or_compute("k", lambda: 2) == 1
    snap = health.snapshot()
    for k in ("models_loaded", "inference_latency_ms", "cache_hit_rate", "predictions", "accuracy", "device"):
        assert k in snap
    assert snap["cache_hit_rate"] == 0.5
    json.dumps(snap)


def test_cli_health_and_version(isolated_home):
    r = subprocess.run([sys.executable, "-m", "viralml_desktop.cli", "health"], capture_output=True, text=True,
                       cwd=ROOT)
    assert r.returncode == 0, r.stderr
    snap = json.loads(r.stdout)
    assert {"models_loaded", "inference_latency_ms", "cache_hit_rate"} <= set(snap)
    r = subprocess.run([sys.executable, "-m", "viralml_desktop.cli", "--version"], capture_output=True, text=True)
    assert r.stdout.startswith("viralml ")


@pytest.mark.parametrize("payload, needle", [
    (b"{not json", "not valid JSON"),
    (b"\xff\xfe\x00garbage", "not UTF-8"),
    (b"[1, 2]", "expected a JSON object"),
    (b"", "stdin: the request is empty"),  # tester s9, item 18: not "Expecting value at line 1 column 1"
    (b"  \n", "stdin: the request is empty"),
])
def test_cli_predict_bad_input_is_one_line(isolated_home, payload, needle):
    r = subprocess.run([sys.executable, "-m", "viralml_desktop.cli", "predict", "calculate_affinity", "--json", "-"],
                       input=payload, capture_output=True, cwd=ROOT)
    err = r.stderr.decode()
    assert r.returncode != 0 and needle in err and len(err.strip().splitlines()) == 1
    assert "Expecting value" not in err


def test_cli_an_empty_request_file_is_said_as_empty(isolated_home, tmp_path):
    from viralml_desktop import batch

    empty = tmp_path / "empty.json"
    empty.write_bytes(b"")
    r = subprocess.run([sys.executable, "-m", "viralml_desktop.cli", "predict", "calculate_affinity", "--json",
                        str(empty)], capture_output=True, cwd=ROOT)
    err = r.stderr.decode()
    assert r.returncode != 0 and f"{empty}: the request file is empty" in err and len(err.strip().splitlines()) == 1
    assert batch._json_item("empty.json", "", tmp_path).error == "the request file is empty"
