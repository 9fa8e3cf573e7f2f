"""MLCoreClient / AsyncMLCoreClient: config defaults, retries on connection errors only,
clear exceptions, schema-checked answers, and a real round trip to the local server."""
from __future__ import annotations

import asyncio
import importlib
import json

import httpx
import pytest

from viralml_desktop.client import (AsyncMLCoreClient, MLCoreClient, MLCoreHTTPError, MLCoreProtocolError,
                                    MLCoreTimeout, MLCoreUnavailable)
from viralml_desktop.core import config, engine
from viralml_desktop.core.errors import InputError

ANOMALY_OUT = {"is_shadowbanned": False, "confidence": 0.7, "anomaly_type": "none",
               "detected_at": None, "recommendation": "keep_posting"}
REQ = {"account_id": "a", "recent_posts": [{"views": 10, "timestamp": "2025-10-20"}]}


class Script:
    """A transport answering from a list: exceptions are raised, dicts are JSON answers."""

    def __init__(self, *steps, status=200):
        self.steps, self.status, self.seen = list(steps), status, []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(request)
        step = self.steps.pop(0) if len(self.steps) > 1 else self.steps[0]
        if isinstance(step, Exception):
            raise step
        if isinstance(step, httpx.Response):
            return step
        return httpx.Response(self.status, json=step)


def sync_client(script, **kw):
    return MLCoreClient(endpoint="http://127.0.0.1:9", backoff_s=0, transport=httpx.MockTransport(script), **kw)


def test_defaults_come_from_the_config(isolated_home):
    c = MLCoreClient()
    assert (c.endpoint, c.timeout, c.retry_attempts) == ("http://localhost:8000", 30.0, 3)
    c.close()
    config.save_user_override({"ml_core": {"endpoint": "http://127.0.0.1:8123/", "retry_attempts": 1},
                               "app": {"server_token": "tok"}})
    with MLCoreClient() as c:
        assert (c.endpoint, c.retry_attempts, c.token) == ("http://127.0.0.1:8123", 1, "tok")


def test_connection_errors_are_retried_then_succeed(isolated_home):
    script = Script(httpx.ConnectError("refused"), httpx.ConnectError("refused"), ANOMALY_OUT)
    with sync_client(script, token="tok") as c:
        assert c.detect_anomaly(REQ) == ANOMALY_OUT
    assert len(script.seen) == 3
    assert script.seen[-1].headers["authorization"] == "Bearer tok"
    assert script.seen[-1].url.path == "/detect_anomaly"


def test_unreachable_core_raises_after_retry_attempts_never_a_number(isolated_home):
    script = Script(httpx.ConnectError("refused"))
    with sync_client(script, retry_attempts=2) as c, pytest.raises(MLCoreUnavailable) as e:
        c.detect_anomaly(REQ)
    assert len(script.seen) == 3 and "after 3 attempts" in str(e.value)


@pytest.mark.parametrize("step, exc, needle", [
    (httpx.ReadTimeout("slow"), MLCoreTimeout, "did not answer within 30 s"),
    (httpx.Response(503, json={"detail": "model x missing", "error": "ModelUnavailable"}), MLCoreHTTPError,
     "503 ModelUnavailable: model x missing"),
    (httpx.Response(500, text="Internal Server Error"), MLCoreHTTPError, "500"),
    (httpx.Response(200, text="<html>"), MLCoreProtocolError, "not a JSON object"),
    ({"is_shadowbanned": False}, MLCoreProtocolError, "does not match the contract"),
    ({"is_shadowbanned": False, "confidence": 0.65 + 0.9, "anomaly_type": "none", "recommendation": "x"},
     MLCoreProtocolError, "confidence"),
])
def test_failures_raise_one_clear_exception_without_retry(isolated_home, step, exc, needle):
    script = Script(step)
    with sync_client(script, timeout=30) as c, pytest.raises(exc) as e:
        c.detect_anomaly(REQ)
    assert needle in str(e.value) and len(script.seen) == 1
    if isinstance(e.value, MLCoreHTTPError):
        assert e.value.status in (500, 503)


def test_unknown_capability_fails_before_any_request(isolated_home):
    script = Script(ANOMALY_OUT)
    with sync_client(script) as c, pytest.raises(InputError):
        c.call("predict_lottery", {})
    assert script.seen == []


def test_keyword_fields_and_models_make_the_body(isolated_home):
    script = Script(ANOMALY_OUT)
    with sync_client(script) as c:
        c.detect_anomaly(engine.parse_request("detect_anomaly", REQ), platform="instagram")
    body = json.loads(script.seen[0].content)
    assert body["platform"] == "instagram" and body["recent_posts"][0]["views"] == 10


def test_async_client_retries_and_raises_the_same_way(isolated_home):
    script = Script(httpx.ConnectError("refused"), ANOMALY_OUT)

    async def go():
        async with AsyncMLCoreClient(endpoint="http://127.0.0.1:9", backoff_s=0,
                                     transport=httpx.MockTransport(script)) as c:
            ok = await c.detect_anomaly(REQ)
            script.steps = [httpx.Response(422, json={"detail": "recent_posts: too short", "error": "InputError"})]
            with pytest.raises(MLCoreHTTPError) as e:
                await c.detect_anomaly(REQ)
            return ok, e.value

    ok, err = asyncio.run(go())
    assert ok == ANOMALY_OUT and err.status == 422 and err.detail == "recent_posts: too short"
    assert len(script.seen) == 3


def test_round_trip_against_the_local_server(isolated_home, monkeypatch):
    from viralml_desktop.api.runner import ServerThread

    module = importlib.import_module("viralml_desktop.core.account_health.anomaly")
    monkeypatch.setattr(module, "run", lambda req, p: ANOMALY_OUT)
    srv = ServerThread(port=0)
    url = srv.start()
    try:
        with MLCoreClient(endpoint=url) as c:
            assert c.detect_anomaly(REQ) == ANOMALY_OUT
            assert "models_loaded" in c.health()
            with pytest.raises(MLCoreHTTPError) as e:
                c.detect_anomaly(account_id="a", recent_posts=[])
            assert e.value.status == 422 and e.value.error == "InputError"

        async def go():
            async with AsyncMLCoreClient(endpoint=url) as c:
                return await asyncio.gather(*[c.detect_anomaly(REQ) for _ in range(5)])

        assert asyncio.run(go()) == [ANOMALY_OUT] * 5
    finally:
        assert srv.stop()
    with MLCoreClient(endpoint=url, retry_attempts=1, backoff_s=0) as c, pytest.raises(MLCoreUnavailable):
        c.health()
