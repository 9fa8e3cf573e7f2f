"""Server hardening (issue 21): slow clients and connection floods, the JSON error body on every
error status, uploads from foreign origins, JSON nesting depth, stale upload folders, and a
missing thumbnail competitor. Real-socket tests run an in-process server on a loopback
ephemeral port with short timeouts, and every wait is bounded."""
from __future__ import annotations

import importlib
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from viralml_desktop.api import server
from viralml_desktop.api.examples import write_example_media
from viralml_desktop.api.protocol import GuardedH11Protocol
from viralml_desktop.api.runner import ServerThread
from viralml_desktop.core import engine
from viralml_desktop.core.limits import MAX_JSON_DEPTH, check_json_depth, json_depth_error

CASES = Path(__file__).resolve().parents[2] / "shared" / "cases" / "hardening"
NESTED = (CASES / "s07_caption_nested_5000.json").read_bytes() if (CASES / "s07_caption_nested_5000.json").exists() \
    else b'{"base_caption": "a", "target_audience": ' + b"[" * 5000 + b"]" * 5000 + b"}"
THUMB_OUT = {"visual_appeal_score": 5.0, "click_probability": 0.5, "improvements": [], "competitive_ranking": 1}


def replace_run(monkeypatch, capability: str, fn):
    module = importlib.import_module(f"viralml_desktop.core.{engine.CAPABILITIES[capability].module}")
    monkeypatch.setattr(module, "run", fn)


@pytest.fixture(scope="module")
def media_root(tmp_path_factory):
    root = tmp_path_factory.mktemp("media")
    write_example_media(root)
    return root


def assert_error_body(r: httpx.Response, status: int) -> dict:
    assert r.status_code == status, r.text[:300]
    assert r.headers["content-type"].startswith("application/json"), (status, r.headers, r.text[:200])
    body = r.json()
    assert set(body) == {"detail", "error"} and body["detail"] and body["error"], body
    assert "\n" not in body["detail"] and "Traceback" not in body["detail"]
    return body


# -- the depth limit (core/limits.py) ------------------------------------------------------

def test_json_depth_limit_counts_brackets_outside_strings_only():
    check_json_depth("[" * MAX_JSON_DEPTH + "]" * MAX_JSON_DEPTH)
    check_json_depth(json.dumps({"a": "[[[[{{{{" * 50, "b": [[1]] * 500, "c": '\\"[[[' * 40}))
    with pytest.raises(ValueError, match=r"nested 65 levels deep; the limit is 64"):
        check_json_depth(b"[" * 65)  # unterminated too: the parser would recurse before failing
    with pytest.raises(ValueError, match="5001 levels"):
        check_json_depth(NESTED)
    assert json_depth_error('{"a":' * 10 + "1" + "}" * 10, max_depth=9).startswith("JSON nested 10")
    t0 = time.perf_counter()  # millions of brackets: numpy, not a Python loop
    assert json_depth_error(json.dumps([[i] for i in range(300_000)]).encode()) == ""
    assert time.perf_counter() - t0 < 2.0


# -- every error status answers the JSON error body (in process) ----------------------------

@pytest.fixture
def client(isolated_home, media_root):
    with TestClient(server.create_app(media_roots=[media_root], max_request_bytes=4096),
                    base_url="http://127.0.0.1", raise_server_exceptions=False) as c:
        yield c


def test_nested_request_is_422_one_line_before_parsing(client, monkeypatch):
    replace_run(monkeypatch, "optimize_caption", lambda req, p: pytest.fail("a nested request reached the capability"))
    with TestClient(server.create_app(), base_url="http://127.0.0.1") as c:  # the default 10 MB limit
        r = c.post("/optimize_caption", content=NESTED, headers={"content-type": "application/json"})
    assert "5001 levels deep" in assert_error_body(r, 422)["detail"]
    img = b"\x89PNG" + b"[" * 200  # brackets in a file part are not JSON: not counted
    r = client.post("/upload/score_thumbnail", files={"thumbnail": ("a.png", img)},
                    data={"request": NESTED.decode()})
    assert "request: JSON nested 5001 levels deep" in assert_error_body(r, 422)["detail"]


@pytest.mark.parametrize("status", [401, 403, 404, 405, 413, 422, 500, 503])
def test_every_error_status_is_the_json_body(isolated_home, media_root, monkeypatch, status):
    replace_run(monkeypatch, "detect_anomaly", lambda req, p: {"is_shadowbanned": "maybe"})  # a bug: 500
    app = server.create_app(media_roots=[media_root], token="t0k" if status == 401 else None,
                            max_request_bytes=2048, max_concurrent=1, max_queue=0)
    with TestClient(app, base_url="http://127.0.0.1", raise_server_exceptions=False) as c:
        if status == 401:
            r = c.get("/health")
        elif status == 403:
            r = c.post("/score_thumbnail", json={"thumbnail_path": "/etc/passwd"})
        elif status == 404:
            r = c.get("/no_such_endpoint")
        elif status == 405:
            r = c.get("/detect_anomaly")
        elif status == 413:  # Starlette's body limit answers this one itself, in plain text
            r = c.post("/analyze_comments", json={"comments": ["x" * 100] * 40})
        elif status == 422:
            r = c.post("/detect_anomaly", content=b"{", headers={"content-type": "application/json"})
        elif status == 500:
            r = c.post("/detect_anomaly", json={"account_id": "a", "recent_posts": [
                {"views": 10, "timestamp": "2025-01-01"}, {"views": 12, "timestamp": "2025-01-02"}]})
            assert r.headers.get("connection") == "close"  # the server says it closes
        else:  # 503: a queue of 1 with 0 waiting, made full by hand
            app.state.dispatcher.in_flight = 1
            r = c.post("/predict_peak", json={"views": [1, 2, 3]})
            assert r.headers.get("retry-after")
    assert_error_body(r, status)


def test_plain_text_errors_from_inner_layers_are_rewritten(isolated_home):
    from starlette.responses import PlainTextResponse

    app = server.create_app()

    @app.get("/plain/{code}")
    def plain(code: int):
        return PlainTextResponse("Length Required\nsecond line", status_code=code)

    with TestClient(app, base_url="http://127.0.0.1") as c:
        for code in (411, 415, 429):
            assert assert_error_body(c.get(f"/plain/{code}"), code)["detail"] == "Length Required"
        assert c.get("/plain/200").text.startswith("Length Required")  # successes untouched


# -- uploads: token and origin ----------------------------------------------------------------

def test_upload_refused_without_token_or_from_a_foreign_origin(isolated_home, media_root, monkeypatch):
    replace_run(monkeypatch, "score_thumbnail", lambda req, p: THUMB_OUT)
    monkeypatch.setattr(tempfile, "tempdir", str(isolated_home))
    img = (media_root / "thumb1.jpg").read_bytes()
    auth = {"Authorization": "Bearer s3cret"}

    def upload(c, headers):
        return c.post("/upload/score_thumbnail", files={"thumbnail": ("a.jpg", img)}, headers=headers)

    with TestClient(server.create_app(media_roots=[media_root], token="s3cret"), base_url="http://127.0.0.1:8000") as c:
        assert_error_body(upload(c, {}), 401)
        for origin in ("https://evil.example", "null", "http://127.0.0.1:9999", "http://localhost:8000"):
            body = assert_error_body(upload(c, {**auth, "Origin": origin}), 403)
            assert body["error"] == "ForeignOrigin", origin
        assert upload(c, {**auth, "Origin": "http://127.0.0.1:8000"}).status_code == 200  # its own /docs page
        assert upload(c, auth).status_code == 200  # a client that is not a browser sends no Origin
        assert c.get("/openapi.json", headers={"Origin": "https://evil.example"}).status_code == 200
    assert not list(isolated_home.glob(server.UPLOAD_PREFIX + "*")), "a refused upload wrote a temp folder"
    with TestClient(server.create_app(media_roots=[media_root]), base_url="http://127.0.0.1:8000") as c:
        assert assert_error_body(upload(c, {"Origin": "https://evil.example"}), 403)["error"] == "ForeignOrigin"
        assert upload(c, {}).status_code == 200


# -- stale upload folders ----------------------------------------------------------------------

def test_stale_upload_folders_are_removed_at_start(isolated_home, monkeypatch):
    tmp = isolated_home / "tmp"
    tmp.mkdir()
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait(10)
    old = time.time() - 3600

    def folder(name: str, mtime: float = old) -> Path:
        p = tmp / name
        p.mkdir()
        (p / "media.jpg").write_bytes(b"x")
        os.utime(p, (mtime, mtime))
        return p

    stale = folder(f"{server.UPLOAD_PREFIX}{dead.pid}-abc123")
    live = folder(f"{server.UPLOAD_PREFIX}{os.getpid()}-abc123")  # a running server's: kept
    new = folder(f"{server.UPLOAD_PREFIX}{dead.pid}-new999", mtime=time.time() + 60)  # newer than the start
    other = folder(f"other-app-{dead.pid}-abc123")
    target = folder("not-an-upload")
    link = tmp / f"{server.UPLOAD_PREFIX}{dead.pid}-link00"
    link.symlink_to(target, target_is_directory=True)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    srv, sock, _ = server.prepare(port=0)  # what `viralml serve` does before it listens
    sock.close()
    assert not stale.exists()
    assert live.exists() and new.exists() and other.exists() and link.is_symlink() and (target / "media.jpg").exists()


# -- a missing competitor ------------------------------------------------------------------

def test_a_missing_competitor_is_reported_and_the_others_ranked(client, media_root, monkeypatch):
    seen = {}

    def fake(req, p):
        seen["competitors"] = [os.path.realpath(c) for c in req.context.competitors]  # opened descriptors
        return {**THUMB_OUT, "competitive_ranking": 2, "competitors": [
            {"path": c, "visual_appeal_score": 6.0, "click_probability": 0.6, "rank": 1}
            for c in req.context.competitors]}

    replace_run(monkeypatch, "score_thumbnail", fake)
    r = client.post("/score_thumbnail", json={"thumbnail_path": "thumb1.jpg", "context": {
        "competitors": ["gone.jpg", "thumb2.jpg"]}})
    assert r.status_code == 200, r.text
    assert seen["competitors"] == [str((media_root / "thumb2.jpg").resolve())]
    entries = r.json()["competitors"]
    assert [e.get("rank") for e in entries] == [None, 1] and r.json()["competitive_ranking"] == 2
    assert entries[0]["path"] == "gone.jpg" and "not found" in entries[0]["error"]
    # a competitor outside the media roots still refuses the request
    r = client.post("/score_thumbnail", json={"thumbnail_path": "thumb1.jpg",
                                              "context": {"competitors": ["/etc/passwd"]}})
    assert r.status_code == 403


# -- slow clients and connection floods, on a real socket ------------------------------------

def _connect(port: int) -> socket.socket:
    s = socket.create_connection(("127.0.0.1", port), timeout=5)
    s.settimeout(5)
    return s


def _read_all(s: socket.socket, limit_s: float = 5.0) -> bytes:
    """Everything the server sends until it closes (bounded by ``limit_s``)."""
    out, deadline = b"", time.monotonic() + limit_s
    while time.monotonic() < deadline:
        try:
            chunk = s.recv(65536)
        except (ConnectionResetError, socket.timeout):
            break
        if not chunk:
            break
        out += chunk
    return out


def _json_of(raw: bytes) -> tuple[int, dict, str]:
    head, _, body = raw.partition(b"\r\n\r\n")
    status = int(head.split()[1])
    assert b"content-type: application/json" in head.lower() and b"connection: close" in head.lower(), head
    return status, json.loads(body), head.decode("latin-1")


@pytest.fixture
def live(isolated_home, media_root):
    started = []

    def start(**limits) -> ServerThread:
        t = ServerThread(port=0, media_roots=[media_root], **limits)
        t.start()
        started.append(t)
        return t

    yield start
    for t in started:
        assert t.stop(10)


def test_150_idle_connections_do_not_block_a_new_client(live):
    t = live()  # the default limits
    idle = [_connect(t.port) for _ in range(150)]
    try:
        time.sleep(0.3)
        t0 = time.monotonic()
        r = httpx.get(t.url + "/health", timeout=5)
        assert r.status_code == 200 and time.monotonic() - t0 < 3
        with httpx.Client(base_url=t.url, timeout=5) as c:  # and keeps answering
            assert all(c.get("/health").status_code == 200 for _ in range(3))
        assert issubclass(t._server.config.http_protocol_class, GuardedH11Protocol)
    finally:
        for s in idle:
            s.close()


def test_slow_loris_is_cut_after_the_header_timeout(live):
    t = live(header_timeout_s=1.0)
    s = _connect(t.port)
    t0 = time.monotonic()
    s.sendall(b"GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n")
    raw = b""
    for i in range(20):  # a header line every 0.2 s, never the blank line: 4 s at most
        try:
            s.sendall(f"X-Slow-{i}: a\r\n".encode())
        except OSError:
            break
        s.settimeout(0.2)
        try:
            raw += s.recv(65536)
            if raw:
                break
        except socket.timeout:
            continue
    s.settimeout(2)
    raw += _read_all(s, 2)
    elapsed = time.monotonic() - t0
    s.close()
    status, body, _ = _json_of(raw)
    assert status == 408 and "headers did not arrive within 1 s" in body["detail"]
    assert 0.9 < elapsed < 3.5  # 1 s, and room for a loaded machine
    assert httpx.get(t.url + "/health", timeout=5).status_code == 200


def test_stalled_body_and_silent_connection_are_closed(live):
    t = live(body_timeout_s=1.0, idle_timeout_s=1.0)
    s = _connect(t.port)
    s.sendall(b"POST /predict_peak HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
              b"Content-Length: 100\r\n\r\n{\"views\": [")
    t0 = time.monotonic()
    status, body, _ = _json_of(_read_all(s, 6))
    assert status == 408 and "body stalled" in body["detail"] and time.monotonic() - t0 < 4
    s.close()
    s = _connect(t.port)  # connects and never says anything
    t0 = time.monotonic()
    assert _read_all(s, 6) == b"" and time.monotonic() - t0 < 4
    s.close()


def _settle(t, open_: int, busy: int = 0, within_s: float = 15.0) -> None:
    """Wait until the server holds ``open_`` live connections, ``busy`` of them mid-request.

    Polls the server's own connection set instead of sleeping a fixed time, so the caps tests
    hold on a loaded machine too.
    """
    deadline = time.monotonic() + within_s
    while True:
        live = [c for c in list(t._server.server_state.connections)
                if c.transport is not None and not c.transport.is_closing()]
        if len(live) == open_ and sum(not c._idle() for c in live) == busy:
            return
        assert time.monotonic() < deadline, f"server has {len(live)} connections, wanted {open_}"
        time.sleep(0.02)


def test_caps_close_idle_connections_first_then_refuse_with_json(live):
    t = live(max_connections_per_client=3, max_connections=100, body_timeout_s=10)
    busy = []
    for _ in range(3):  # mid-body: busy, never closed to make room
        s = _connect(t.port)
        s.sendall(b"POST /predict_peak HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                  b"Content-Length: 100\r\n\r\n{")
        busy.append(s)
    _settle(t, 3, busy=3)
    s = _connect(t.port)
    s.sendall(b"GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
    status, body, head = _json_of(_read_all(s, 4))
    assert status == 429 and body["error"] == "TooManyConnections" and "retry-after: 1" in head.lower()
    s.close()
    for b in busy:
        b.close()
    _settle(t, 0)
    # three idle ones: the oldest is closed to make room and the new client is answered
    idle = [_connect(t.port) for _ in range(3)]
    _settle(t, 3)
    assert httpx.get(t.url + "/health", timeout=5).status_code == 200
    assert _read_all(idle[0], 2) == b""
    for i in idle:
        i.close()


def test_global_cap_is_a_503_json_and_bad_http_a_400_json(live):
    t = live(max_connections=2, max_connections_per_client=100, body_timeout_s=10)
    busy = []
    for _ in range(2):
        s = _connect(t.port)
        s.sendall(b"POST /predict_peak HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 50\r\n\r\n{")
        busy.append(s)
    _settle(t, 2, busy=2)
    r = httpx.get(t.url + "/health", timeout=5)
    assert assert_error_body(r, 503)["error"] == "ServerBusy" and r.headers["connection"] == "close"
    for b in busy:
        b.close()
    _settle(t, 0)
    s = _connect(t.port)
    s.sendall(b"NOT HTTP AT ALL\r\n\r\n")
    status, body, _ = _json_of(_read_all(s, 4))
    s.close()
    assert status == 400 and body["error"] == "BadRequest"
    s = _connect(t.port)  # 70 KB of headers in one piece (h11 only bounds what it buffers between reads)
    s.sendall(b"GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + b"a" * 70_000 + b"\r\n\r\n")
    status, body, _ = _json_of(_read_all(s, 4))
    s.close()
    assert status == 431 and "64 KiB" in body["detail"]


def test_a_500_says_connection_close_and_the_next_request_gets_a_new_connection(live, monkeypatch):
    replace_run(monkeypatch, "predict_peak", lambda req, p: 1 / 0)
    t = live()
    with httpx.Client(base_url=t.url, timeout=10) as c:
        r = c.post("/predict_peak", json={"views": [1, 2, 3, 5, 8]})
        assert_error_body(r, 500)
        assert r.headers["connection"] == "close"
        assert c.get("/health").status_code == 200  # no error from reusing a closed connection


def test_client_retries_only_refusals_that_never_ran(isolated_home):
    from viralml_desktop.client import MLCoreClient, MLCoreHTTPError

    answers = []

    def handler(request):
        status, error = answers.pop(0)
        return httpx.Response(status, json={"detail": "x", "error": error}, headers={"Retry-After": "0"})

    with MLCoreClient("http://127.0.0.1:1", retry_attempts=2, backoff_s=0.01,
                      transport=httpx.MockTransport(handler)) as core:
        answers[:] = [(429, "TooManyConnections"), (503, "ServerBusy"), (404, "NotFound")]
        with pytest.raises(MLCoreHTTPError, match="404"):
            core.health()  # two refusals retried, then the real answer
        assert answers == []
        answers[:] = [(503, "ModelUnavailable"), (404, "NotFound")]
        with pytest.raises(MLCoreHTTPError, match="503 ModelUnavailable"):
            core.health()  # may have run: not retried


HARDENING_JSON = {"d05_anomaly_year9999_and_0001.json": "detect_anomaly",
                  "d07_posting_planned_9999-12-31.json": "predict_posting_time",
                  "n09_peak_views_1e308.json": "predict_peak",
                  "s07_caption_nested_5000.json": "optimize_caption"}


@pytest.mark.skipif(not CASES.is_dir(), reason="the shared hardening cases are not checked out")
@pytest.mark.parametrize("case", sorted(HARDENING_JSON))
def test_hardening_requests_over_http_are_one_line_422(isolated_home, case):
    with TestClient(server.create_app(), base_url="http://127.0.0.1", raise_server_exceptions=False) as c:
        r = c.post(f"/{HARDENING_JSON[case]}", content=(CASES / case).read_bytes(),
                   headers={"content-type": "application/json"})
    assert_error_body(r, 422)


def test_the_readme_states_the_servers_connection_timeouts():
    """README's "Slow clients" paragraph says the timeouts the server applies (idle 30 s, headers
    10 s, a stalled body 30 s): a change to one of them without the README fails here."""
    import re

    from viralml_desktop.api.protocol import ConnectionLimits

    text = " ".join((Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8").split())
    para = text[text.index("**Slow clients**"):][:600]
    said = re.search(r"sends nothing is closed after (\d+) s .*?headers must arrive within (\d+) s .*?"
                     r"may not stall for (\d+) s", para)
    assert said, para
    s, limits = server.ServerSettings(), ConnectionLimits()
    want = (s.idle_timeout_s, s.header_timeout_s, s.body_timeout_s)
    assert tuple(float(x) for x in said.groups()) == want
    assert (limits.idle_timeout_s, limits.header_timeout_s, limits.body_timeout_s) == want
