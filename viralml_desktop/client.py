"""A client of the ML Core HTTP API (ours or the old system's): the old "production mode".

    from viralml_desktop.client import MLCoreClient
    with MLCoreClient() as core:            # endpoint, timeout, retry_attempts from ml_config.yaml
        out = core.detect_anomaly({"account_id": "a", "recent_posts": [...]})

    async with AsyncMLCoreClient() as core:
        out = await core.optimize_caption(base_caption="Nueva Vida", platform="tiktok")

One method per CONTRACT.md endpoint (plus ``health()`` and ``call(name, request)``), each
returning the response JSON after checking it against the response schema. Connection
failures (nothing reached the server) are retried ``retry_attempts`` times with a short
backoff, and so are the server's refusals that say the request never ran (429
``TooManyConnections``, 503 ``ServerBusy``: its connection or queue caps), after their
``Retry-After`` (at most 5 s); nothing else is retried, since a request that reached the
server may have run.
Every failure raises an :class:`MLCoreError` with one clear line. There is no fallback:
when the core is absent the caller gets an exception, never an invented number.
"""
from __future__ import annotations

import asyncio
import time
from typing import Any, Optional

import httpx
from pydantic import BaseModel, ValidationError

from viralml_desktop.core import config, engine


class MLCoreError(Exception):
    """Base class; ``str(err)`` is one line fit for a user."""


class MLCoreUnavailable(MLCoreError):
    """No connection could be made to the endpoint, after every retry."""


class MLCoreTimeout(MLCoreError):
    """The server took longer than the client's timeout to answer."""


class MLCoreHTTPError(MLCoreError):
    """The server answered with an error status; ``status``, ``error`` and ``detail`` say which."""

    def __init__(self, status: int, detail: str, error: str = ""):
        self.status, self.detail, self.error = status, detail, error
        super().__init__(f"ML Core answered {status}{f' {error}' if error else ''}: {detail}")


class MLCoreProtocolError(MLCoreError):
    """The answer is not the JSON the contract describes."""


RETRYABLE = (httpx.ConnectError, httpx.ConnectTimeout)
UNRUN_REFUSALS = {(429, "TooManyConnections"), (503, "ServerBusy")}  # the server never ran these
MAX_RETRY_AFTER_S = 5.0


class _Base:
    def __init__(self, endpoint: Optional[str] = None, timeout: Optional[float] = None,
                 retry_attempts: Optional[int] = None, token: Optional[str] = None,
                 backoff_s: float = 0.25, transport: Any = None):
        cfg = config.get()
        self.endpoint = (endpoint or cfg.ml_core.endpoint).rstrip("/")
        self.timeout = float(timeout if timeout is not None else cfg.ml_core.timeout)
        self.retry_attempts = int(retry_attempts if retry_attempts is not None else cfg.ml_core.retry_attempts)
        self.token = token if token is not None else cfg.app.server_token
        self.backoff_s = backoff_s
        headers = {"Accept": "application/json"}
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        self._client_args = dict(base_url=self.endpoint, timeout=self.timeout, headers=headers)
        if transport is not None:
            self._client_args["transport"] = transport

    @staticmethod
    def _body(request: Any, fields: dict) -> dict:
        if isinstance(request, BaseModel):
            request = request.model_dump(mode="json", exclude_none=True)
        body = dict(request or {})
        body.update(fields)
        return body

    def _delay(self, attempt: int) -> float:
        return self.backoff_s * (2 ** attempt)

    def _retry_wait(self, r: httpx.Response, attempt: int) -> Optional[float]:
        """Seconds to wait before sending again when ``r`` is a refusal of a request that never
        ran (see UNRUN_REFUSALS) and attempts are left; None to keep the answer."""
        if attempt >= self.retry_attempts or r.status_code not in (429, 503):
            return None
        try:
            error = r.json().get("error")
        except (ValueError, AttributeError):
            return None
        if (r.status_code, error) not in UNRUN_REFUSALS:
            return None
        try:
            after = float(r.headers.get("retry-after", ""))
        except ValueError:
            after = 0.0
        return min(max(after, self._delay(attempt)), MAX_RETRY_AFTER_S)

    def _unavailable(self, path: str, err: Exception) -> MLCoreUnavailable:
        return MLCoreUnavailable(f"cannot connect to the ML Core at {self.endpoint}{path} after "
                                 f"{self.retry_attempts + 1} attempts ({type(err).__name__}: {err})")

    def _timeout(self, path: str) -> MLCoreTimeout:
        return MLCoreTimeout(f"the ML Core at {self.endpoint}{path} did not answer within {self.timeout:g} s")

    @staticmethod
    def _parse(name: Optional[str], r: httpx.Response) -> dict:
        try:
            data = r.json()
        except ValueError:
            data = None
        if r.status_code >= 400:
            if isinstance(data, dict) and data.get("detail") is not None:
                detail = data["detail"]
                detail = detail if isinstance(detail, str) else str(detail)
                raise MLCoreHTTPError(r.status_code, detail, str(data.get("error", "")))
            raise MLCoreHTTPError(r.status_code, (r.text.strip().splitlines() or [r.reason_phrase])[0][:300])
        if not isinstance(data, dict):
            raise MLCoreProtocolError(f"{r.request.url.path}: the answer is not a JSON object")
        if name is not None:
            try:
                engine.get_capability(name).response.model_validate(data)
            except ValidationError as e:
                raise MLCoreProtocolError(f"{name}: the answer does not match the contract: "
                                          f"{engine.explain_validation(e)}") from None
        return data


class MLCoreClient(_Base):
    """Synchronous client (httpx.Client). Use as a context manager, or call :meth:`close`."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._http = httpx.Client(**self._client_args)

    def _send(self, method: str, path: str, name: Optional[str], body: Optional[dict] = None) -> dict:
        for attempt in range(self.retry_attempts + 1):
            try:
                r = self._http.request(method, path, json=body)
            except RETRYABLE as e:
                if attempt == self.retry_attempts:
                    raise self._unavailable(path, e) from None
                time.sleep(self._delay(attempt))
            except httpx.TimeoutException:
                raise self._timeout(path) from None
            except httpx.TransportError as e:
                raise MLCoreUnavailable(f"connection to {self.endpoint}{path} failed: {e}") from None
            else:
                wait = self._retry_wait(r, attempt)
                if wait is None:
                    break
                time.sleep(wait)
        return self._parse(name, r)

    def call(self, capability: str, request: Any = None, **fields) -> dict:
        engine.get_capability(capability)  # an unknown name fails here, not as a 404
        return self._send("POST", f"/{capability}", capability, self._body(request, fields))

    def health(self) -> dict:
        return self._send("GET", "/health", None)

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> "MLCoreClient":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class AsyncMLCoreClient(_Base):
    """Asynchronous client (httpx.AsyncClient). Use with ``async with``, or await :meth:`aclose`."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._http = httpx.AsyncClient(**self._client_args)

    async def _send(self, method: str, path: str, name: Optional[str], body: Optional[dict] = None) -> dict:
        for attempt in range(self.retry_attempts + 1):
            try:
                r = await self._http.request(method, path, json=body)
            except RETRYABLE as e:
                if attempt == self.retry_attempts:
                    raise self._unavailable(path, e) from None
                await asyncio.sleep(self._delay(attempt))
            except httpx.TimeoutException:
                raise self._timeout(path) from None
            except httpx.TransportError as e:
                raise MLCoreUnavailable(f"connection to {self.endpoint}{path} failed: {e}") from None
            else:
                wait = self._retry_wait(r, attempt)
                if wait is None:
                    break
                await asyncio.sleep(wait)
        return self._parse(name, r)

    async def call(self, capability: str, request: Any = None, **fields) -> dict:
        engine.get_capability(capability)
        return await self._send("POST", f"/{capability}", capability, self._body(request, fields))

    async def health(self) -> dict:
        return await self._send("GET", "/health", None)

    async def aclose(self) -> None:
        await self._http.aclose()

    async def __aenter__(self) -> "AsyncMLCoreClient":
        return self

    async def __aexit__(self, *exc) -> None:
        await self.aclose()


def _add_capability_methods() -> None:
    for cap in engine.CAPABILITIES.values():
        def sync(self, request: Any = None, _name=cap.name, **fields) -> dict:
            return self.call(_name, request, **fields)

        async def asyn(self, request: Any = None, _name=cap.name, **fields) -> dict:
            return await self.call(_name, request, **fields)

        for cls, fn in ((MLCoreClient, sync), (AsyncMLCoreClient, asyn)):
            fn.__name__, fn.__qualname__ = cap.name, f"{cls.__name__}.{cap.name}"
            fn.__doc__ = (f"POST /{cap.name} — {cap.title}. ``request``: a dict or "
                          f"{cap.request.__name__}; keyword fields are merged in. Returns the "
                          f"{cap.response.__name__} JSON.")
            setattr(cls, cap.name, fn)


_add_capability_methods()
