"""Local ML Core server, in process: endpoints, error codes, path confinement, limits, token."""
from __future__ import annotations

import asyncio
import importlib
import os
import threading
import time
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from viralml_desktop import cli
from viralml_desktop.api import server
from viralml_desktop.api.examples import example_requests, write_example_media
from viralml_desktop.core import config, engine
from viralml_desktop.core.errors import InputError, ModelUnavailable

ANOMALY_OUT = {"is_shadowbanned": False, "confidence": 0.5, "anomaly_type": "none",
               "detected_at": None, "recommendation": "keep_posting"}
THUMB_OUT = {"visual_appeal_score": 5.0, "click_probability": 0.5, "improvements": [], "competitive_ranking": 1}
ANOMALY_REQ = example_requests("/unused")["detect_anomaly"]


def replace_run(monkeypatch, capability: str, fn):
    """Stand-in for a capability's run(request, progress), to test the server around it."""
    module = importlib.import_module(f"viralml_desktop.core.{engine.CAPABILITIES[capability].module}")
    monkeypatch.setattr(module, "run", fn)


@pytest.fixture(scope="module")
def media_root(tmp_path_factory):
    root = tmp_path_factory.mktemp("media")
    write_example_media(root)
    return root


@pytest.fixture
def client(isolated_home, media_root):
    app = server.create_app(media_roots=[media_root])
    with TestClient(app, base_url="http://127.0.0.1") as c:
        yield c


def error_of(r) -> tuple[int, str, str]:
    body = r.json()
    return r.status_code, body["error"], body["detail"]


# -- the OpenAPI spec ------------------------------------------------------------------

def test_openapi_has_every_contract_endpoint_with_its_schemas(client):
    spec = client.get("/openapi.json").json()
    for name, cap in engine.CAPABILITIES.items():
        op = spec["paths"][f"/{name}"]["post"]
        body_ref = op["requestBody"]["content"]["application/json"]["schema"]["$ref"]
        assert body_ref.endswith("/" + cap.request.__name__)
        assert op["responses"]["200"]["content"]["application/json"]["schema"]["$ref"].endswith(
            "/" + cap.response.__name__)
        assert {"403", "422", "501", "503", "504"} <= set(op["responses"])
    assert "get" in spec["paths"]["/health"]
    assert "multipart/form-data" in spec["paths"]["/upload/score_thumbnail"]["post"]["requestBody"]["content"]
    schemas = spec["components"]["schemas"]
    assert set(schemas["ViralityResponse"]["required"]) == {"virality_score", "confidence", "factors"}


def test_health_is_the_ml_health_json(client):
    r = client.get("/health")
    assert r.status_code == 200
    assert {"models_loaded", "inference_latency_ms", "accuracy", "cache_hit_rate", "predictions"} <= set(r.json())


# -- engine errors map to HTTP codes ---------------------------------------------------

def test_built_capability_answers_200_and_is_counted(client, monkeypatch):
    seen = []
    replace_run(monkeypatch, "detect_anomaly", lambda req, p: seen.append(req) or ANOMALY_OUT)
    r = client.post("/detect_anomaly", json=ANOMALY_REQ)
    assert r.status_code == 200 and r.json() == ANOMALY_OUT
    assert seen[0].account_id == "tiktok_account_3" and len(seen[0].recent_posts) == 3
    assert client.get("/health").json()["predictions"]["detect_anomaly"] >= 1


@pytest.mark.parametrize("raise_, status, error", [
    (NotImplementedError("x"), 501, "NotAvailableYet"),
    (ModelUnavailable("model yolo missing: put yolov8n.pt in models/"), 503, "ModelUnavailable"),
    (InputError("recent_posts: timestamps must be dates"), 422, "InputError"),
])
def test_core_errors_keep_their_code_and_message(client, monkeypatch, raise_, status, error):
    def fail(req, p):
        raise raise_

    replace_run(monkeypatch, "detect_anomaly", fail)
    code, err, detail = error_of(client.post("/detect_anomaly", json=ANOMALY_REQ))
    assert (code, err) == (status, error)
    assert "\n" not in detail and detail


def test_disabled_feature_is_a_clear_403(client, monkeypatch):
    cfg = config.get().model_copy(deep=True)
    cfg.ml_core.features.shadowban_detection = False
    config.set_current(cfg)
    code, err, detail = error_of(client.post("/detect_anomaly", json=ANOMALY_REQ))
    assert (code, err) == (403, "FeatureDisabled") and "disabled" in detail


@pytest.mark.parametrize("body, headers, needle", [
    (b'{"account_id": "a", "recent_posts": [{"views": true, "timestamp": "2025-01-01"}], "bogus": 1}',
     {"content-type": "application/json"}, "recent_posts.0.views: must be a number, not true"),
    (b'{"account_id": "a", "recent_posts": [', {"content-type": "application/json"}, "not valid JSON"),
    (b'{"account_id": "a", "recent_posts": []}', {"content-type": "application/json"}, "recent_posts"),
    (b'{"account_id": "a", "recent_posts": [{"views": -5, "timestamp": "x"}]}',
     {"content-type": "application/json"}, "recent_posts.0.views"),
    (b'[1, 2]', {"content-type": "application/json"}, "invalid request"),
    (b'{"account_id": "a"}', {}, "Content-Type: application/json"),
])
def test_bad_json_requests_are_422_with_one_line(client, body, headers, needle):
    code, err, detail = error_of(client.post("/detect_anomaly", content=body, headers=headers))
    assert (code, err) == (422, "InputError")
    assert needle in detail and "\n" not in detail


@pytest.mark.parametrize("name, body", [
    ("predict_peak", {"views": ["abc", 2]}),
    ("detect_anomaly", {"account_id": "a", "recent_posts": [{"views": "many", "timestamp": "2025-01-01"}]}),
    ("calculate_affinity", {"account_id": "a", "target_account_id": "b", "metrics": {"engagement_overlap": "x"}}),
    ("predict_posting_time", {"audience_countries": "US"}),
])
def test_http_and_cli_name_a_bad_field_in_the_same_words(client, name, body):
    """One explanation of a validation error on every front, without pydantic's branch names."""
    with pytest.raises(InputError) as cli:
        engine.parse_request(name, body)
    code, err, detail = error_of(client.post("/" + name, json=body))
    assert (code, err, detail) == (422, "InputError", str(cli.value))
    assert not any(tag in detail for tag in ("function-", "constrained-", "body."))


def test_an_integer_too_long_to_convert_is_named_as_such(client):
    body = b'{"views": [1, ' + b"9" * 5000 + b']}'
    code, err, detail = error_of(client.post("/predict_peak", content=body,
                                             headers={"content-type": "application/json"}))
    assert (code, err) == (422, "InputError") and "too many digits" in detail
    ok = client.post("/optimize_caption", json={"base_caption": "1" * 5000, "platform": "tiktok"})
    assert ok.status_code == 200  # digits inside a string are text, not a number


def test_non_finite_numbers_never_reach_a_capability(client, monkeypatch):
    replace_run(monkeypatch, "predict_peak", lambda req, p: pytest.fail("NaN reached the capability"))
    r = client.post("/predict_peak", content=b'{"views": [1, NaN, Infinity]}',
                    headers={"content-type": "application/json"})
    assert r.status_code == 422 and "views[1]: must be a finite number" in r.json()["detail"]


def test_body_over_the_limit_is_413(isolated_home, media_root):
    app = server.create_app(media_roots=[media_root], max_request_bytes=2048)
    with TestClient(app, base_url="http://127.0.0.1") as c:
        big = {"comments": ["x" * 100] * 50}
        assert c.post("/analyze_comments", json=big).status_code == 413
        # streamed without a Content-Length: counted as it arrives
        chunks = (b'{"comments": [' + b'"xxxxxxxxxx",' * 300 + b'"x"]}',)
        r = c.post("/analyze_comments", content=iter(chunks), headers={"content-type": "application/json"})
        assert r.status_code == 413


def test_unexpected_bug_is_500_without_traceback(isolated_home, monkeypatch):
    replace_run(monkeypatch, "detect_anomaly", lambda req, p: {"is_shadowbanned": "maybe"})
    with TestClient(server.create_app(), base_url="http://127.0.0.1", raise_server_exceptions=False) as c:
        r = c.post("/detect_anomaly", json=ANOMALY_REQ)
    assert r.status_code == 500 and r.json()["error"] == "InternalError"
    assert "Traceback" not in r.text


# -- paths stay inside the media roots ---------------------------------------------------

def test_thumbnail_path_escaping_the_root_is_refused(client, monkeypatch):
    replace_run(monkeypatch, "score_thumbnail", lambda req, p: pytest.fail("a refused path reached the capability"))
    for bad in ("../../etc/passwd", "/etc/passwd", "thumbnails/../../../etc/passwd", "/dev/zero"):
        code, err, detail = error_of(client.post("/score_thumbnail", json={"thumbnail_path": bad}))
        assert code == 403 and err == "PathRefused" and "outside the media roots" in detail


def test_symlinks_out_device_files_and_dirs_are_refused(client, media_root, monkeypatch):
    replace_run(monkeypatch, "score_thumbnail", lambda req, p: pytest.fail("a refused path reached the capability"))
    os.symlink("/etc/passwd", media_root / "escape.jpg")
    os.symlink("/dev/zero", media_root / "zero.jpg")
    os.mkfifo(media_root / "pipe.jpg")
    (media_root / "folder.jpg").mkdir()
    for name, needle in [("escape.jpg", "outside"), ("zero.jpg", "outside"), ("pipe.jpg", "not a regular file"),
                         ("folder.jpg", "not a regular file")]:
        code, err, detail = error_of(client.post("/score_thumbnail", json={"thumbnail_path": name}))
        assert code == 403 and needle in detail, (name, detail)
    r = client.post("/score_thumbnail", json={"thumbnail_path": "thumb1.jpg",
                                              "context": {"competitors": ["escape.jpg"]}})
    assert r.status_code == 403 and "context.competitors[0]" in r.json()["detail"]


def test_paths_inside_the_root_reach_the_capability_as_the_opened_files(client, media_root, monkeypatch):
    # the capability gets a path to the descriptor the server opened and checked (issue 21: open
    # once), so what it reads is the checked file; its bytes are compared while it runs
    seen = []

    def run(req, p):
        seen.append([Path(x).read_bytes() for x in [req.thumbnail_path, *req.context.competitors]])
        return THUMB_OUT

    replace_run(monkeypatch, "score_thumbnail", run)
    os.symlink(media_root / "thumb2.jpg", media_root / "alias.jpg")  # a symlink inside the root is fine
    r = client.post("/score_thumbnail", json={"thumbnail_path": str(media_root / "thumbnails" / "song_thumb.jpg"),
                                              "context": {"competitors": ["thumb1.jpg", "alias.jpg"]}})
    assert r.status_code == 200, r.text
    assert seen[0] == [(media_root / "thumbnails" / "song_thumb.jpg").read_bytes(),
                       (media_root / "thumb1.jpg").read_bytes(), (media_root / "thumb2.jpg").read_bytes()]
    code, err, detail = error_of(client.post("/score_thumbnail", json={"thumbnail_path": "missing.jpg"}))
    assert (code, err) == (422, "InputError") and "not found" in detail


def test_without_media_roots_paths_are_refused_with_the_way_out(isolated_home, monkeypatch):
    monkeypatch.delenv("VIRALML_MEDIA_ROOTS", raising=False)
    with TestClient(server.create_app(), base_url="http://127.0.0.1") as c:
        code, err, detail = error_of(c.post("/predict_virality", json={"video_path": "/tmp/x.mp4"}))
    assert code == 403 and "--media-root" in detail and "/upload" in detail


# -- uploads -------------------------------------------------------------------------

def test_upload_runs_on_a_temporary_copy_then_deletes_it(client, media_root, monkeypatch):
    seen = {}

    def fake(req, p):
        seen["path"], seen["competitors"] = req.thumbnail_path, list(req.context.competitors)
        seen["bytes"] = open(req.thumbnail_path, "rb").read()
        seen["genre"] = req.context.genre
        return THUMB_OUT

    replace_run(monkeypatch, "score_thumbnail", fake)
    data = (media_root / "thumb1.jpg").read_bytes()
    r = client.post("/upload/score_thumbnail",
                    files=[("thumbnail", ("mine.JPG", data, "image/jpeg")),
                           ("competitors", ("c.png", (media_root / "thumb2.jpg").read_bytes(), "image/png"))],
                    data={"request": '{"context": {"genre": "trap"}}'})
    assert r.status_code == 200, r.text
    assert seen["bytes"] == data and seen["genre"] == "trap" and seen["path"].endswith(".jpg")
    assert len(seen["competitors"]) == 1 and seen["competitors"][0].endswith(".png")
    deadline = time.monotonic() + 5
    while os.path.exists(seen["path"]) and time.monotonic() < deadline:
        time.sleep(0.02)
    assert not os.path.exists(seen["path"])


def test_upload_answers_name_the_uploaded_files_not_their_temporary_copies(client, media_root, monkeypatch):
    img = (media_root / "thumb1.jpg").read_bytes()

    def fake(req, p):
        comps = list(req.context.competitors)
        return {**THUMB_OUT, "competitors": [{"path": c, "rank": i + 1} for i, c in enumerate(comps)],
                "notes": [f"{comps[1]}: too small", f"read {req.thumbnail_path}"]}

    replace_run(monkeypatch, "score_thumbnail", fake)
    r = client.post("/upload/score_thumbnail",
                    files=[("thumbnail", ("portada.jpg", img, "image/jpeg")),
                           ("competitors", ("rival1.jpg", img, "image/jpeg")),
                           ("competitors", ("fotos/rival2.png", img, "image/png"))])
    assert r.status_code == 200, r.text
    body = r.json()
    assert [c["path"] for c in body["competitors"]] == ["rival1.jpg", "rival2.png"]
    assert body["notes"] == ["rival2.png: too small", "read portada.jpg"]
    assert server.UPLOAD_PREFIX not in r.text

    def broken(req, p):
        raise InputError(f"cannot read {req.thumbnail_path}: not an image")

    replace_run(monkeypatch, "score_thumbnail", broken)
    code, err, detail = error_of(client.post("/upload/score_thumbnail", files={"thumbnail": ("mía.jpg", img)}))
    assert (code, err, detail) == (422, "InputError", "cannot read mía.jpg: not an image")


def test_upload_copies_carry_the_uploaded_file_name(client, media_root, monkeypatch):
    """A reader names the file it reads by its base name: the copy has the uploaded name (suffix
    lowercased), two parts of one name do not collide, and a name that cannot be a file name here
    falls back to the part's name."""
    seen = []

    def fake(req, p):
        seen.append([Path(req.thumbnail_path).name] + [Path(c).name for c in req.context.competitors])
        return THUMB_OUT

    replace_run(monkeypatch, "score_thumbnail", fake)
    img = (media_root / "thumb1.jpg").read_bytes()
    r = client.post("/upload/score_thumbnail",
                    files=[("thumbnail", ("Portada Final.JPG", img, "image/jpeg")),
                           ("competitors", ("x.png", img, "image/png")), ("competitors", ("x.png", img, "image/png")),
                           ("competitors", ("..", img, "image/png")), ("competitors", ("a" * 300 + ".png", img))])
    assert r.status_code == 200, r.text
    assert seen == [["Portada Final.jpg", "x.png", "x.png", "competitor2", "competitor3.png"]]


def test_upload_bad_parts_are_4xx(client, media_root):
    img = (media_root / "thumb1.jpg").read_bytes()
    r = client.post("/upload/score_thumbnail", files={"thumbnail": ("a.jpg", img)}, data={"request": "{nope"})
    assert r.status_code == 422 and "not valid JSON" in r.json()["detail"]
    r = client.post("/upload/score_thumbnail", files={"thumbnail": ("a.jpg", img)},
                    data={"request": '{"context": {"competitors": ["../../etc/passwd"]}}'})
    assert r.status_code == 403
    r = client.post("/upload/score_thumbnail", data={"request": "{}"})
    assert r.status_code == 422 and "thumbnail" in r.json()["detail"]


# -- deadline and bounded queue ----------------------------------------------------------

def test_request_past_the_deadline_is_504_and_the_capability_is_cancelled(isolated_home, monkeypatch):
    stopped = threading.Event()

    def slow(req, progress):
        try:
            for _ in range(500):  # bounded: 5 s at most
                progress.check()
                time.sleep(0.01)
        finally:
            stopped.set()
        return ANOMALY_OUT

    replace_run(monkeypatch, "detect_anomaly", slow)
    with TestClient(server.create_app(request_timeout_s=0.3), base_url="http://127.0.0.1") as c:
        t0 = time.monotonic()
        code, err, detail = error_of(c.post("/detect_anomaly", json=ANOMALY_REQ))
    assert (code, err) == (504, "RequestTimedOut") and "0.3 s" in detail
    assert time.monotonic() - t0 < 3
    assert stopped.wait(2), "the capability was not cancelled"


def test_queue_bound_answers_503_with_retry_after(isolated_home, monkeypatch):
    release = threading.Event()
    replace_run(monkeypatch, "detect_anomaly", lambda req, p: release.wait(5) and ANOMALY_OUT)
    app = server.create_app(max_concurrent=1, max_queue=1)

    async def go():
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as c:
            first = [asyncio.create_task(c.post("/detect_anomaly", json=ANOMALY_REQ)) for _ in range(2)]
            await asyncio.sleep(0.3)
            third = await c.post("/detect_anomaly", json=ANOMALY_REQ)
            release.set()
            return [await t for t in first], third

    done, third = asyncio.run(go())
    assert [r.status_code for r in done] == [200, 200]
    assert third.status_code == 503 and third.headers["retry-after"] == "1"
    assert "busy" in third.json()["detail"]


# -- who may call --------------------------------------------------------------------------

def test_token_is_required_when_set(isolated_home):
    app = server.create_app(token="s3cret-token")
    with TestClient(app, base_url="http://127.0.0.1") as c:
        assert c.get("/health").status_code == 401
        assert c.get("/health", headers={"Authorization": "Bearer wrong"}).status_code == 401
        assert c.get("/health", headers={"Authorization": "Bearer s3cret-token"}).status_code == 200
        assert c.get("/openapi.json").status_code == 200  # the spec is not a secret


def test_loopback_server_refuses_foreign_host_headers(client):
    r = client.get("/health", headers={"host": "attacker.example:8000"})
    assert r.status_code == 421
    assert client.get("/health", headers={"host": "localhost:8000"}).status_code == 200
    assert client.get("/health", headers={"host": "[::1]:8000"}).status_code == 200


def test_serve_on_a_public_address_without_token_exits_nonzero(isolated_home, monkeypatch, capsys):
    monkeypatch.delenv("VIRALML_SERVER_TOKEN", raising=False)
    assert cli.main(["serve", "--host", "0.0.0.0", "--port", "0"]) != 0
    err = capsys.readouterr().err
    assert "refusing to listen on 0.0.0.0" in err and "VIRALML_SERVER_TOKEN" in err


def test_serve_on_a_port_in_use_exits_nonzero(isolated_home, capsys):
    busy = server.bind_socket("127.0.0.1", 0)
    try:
        assert server.serve("127.0.0.1", busy.getsockname()[1]) == 2
    finally:
        busy.close()
    assert "cannot listen on 127.0.0.1" in capsys.readouterr().err


@pytest.mark.parametrize("host, loop", [("127.0.0.1", True), ("localhost", True), ("::1", True),
                                        ("[::1]", True), ("127.3.4.5", True), ("0.0.0.0", False),
                                        ("192.168.1.4", False), ("example.org", False)])
def test_is_loopback(host, loop):
    assert server.is_loopback(host) is loop


def test_numpy_values_in_an_answer_are_sent_as_plain_json(client, monkeypatch):
    import numpy as np

    event = {"type": "view_suppression", "start": np.int64(1), "end": np.int64(2), "ongoing": np.bool_(False),
             "effect": np.float64(3.5), "change_pct": np.float32(-0.5), "start_time": "2025-10-21T00:00:00Z",
             "end_time": "2025-10-22T00:00:00Z", "views": np.arange(2)}
    out = dict(ANOMALY_OUT, is_shadowbanned=np.bool_(True), confidence=np.float32(0.25), events=[event])
    replace_run(monkeypatch, "detect_anomaly", lambda req, p: out)
    r = client.post("/detect_anomaly", json=ANOMALY_REQ)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["is_shadowbanned"] is True and body["confidence"] == 0.25
    assert body["events"] == [{"type": "view_suppression", "start": 1, "end": 2, "ongoing": False, "effect": 3.5,
                               "change_pct": -0.5, "start_time": "2025-10-21T00:00:00Z",
                               "end_time": "2025-10-22T00:00:00Z", "views": [0, 1]}]


def test_a_token_lets_a_public_address_start(isolated_home):
    server.check_can_serve("0.0.0.0", "s3cret")  # no raise
    with pytest.raises(server.ServerConfigError, match="needs a token"):
        server.check_can_serve("192.168.1.4", None)
