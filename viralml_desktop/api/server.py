"""The local ML Core HTTP server: every CONTRACT.md endpoint over ``engine.run``.

``viralml serve`` calls :func:`serve`; tests build the app with :func:`create_app`.

- One POST per capability (``/predict_virality`` …), body = the capability's request schema,
  response = its response schema (both in the OpenAPI spec at ``/openapi.json``, docs at
  ``/docs``). ``GET /health`` is the ML health JSON. ``/upload/<capability>`` takes the
  media as multipart files instead of paths.
- Errors are ``{"detail": one line, "error": class}`` with the code of the core error
  (InputError 422, FeatureDisabled 403, path outside the media roots 403, NotAvailableYet 501,
  ModelUnavailable 503, timeout 504, server busy 503, body too large 413), and so is every
  other error answer (404, 405, a bad HTTP request 400, a slow client 408, too many
  connections 429/503: :mod:`viralml_desktop.api.protocol`). Bad input never answers 500; a
  500 says ``Connection: close``. JSON nested deeper than ``limits.MAX_JSON_DEPTH`` is a 422
  before it is parsed (the body, and an upload's ``request`` field).
- Slow clients are bounded: header, body and idle timeouts, and per-client and global
  connection caps that close idle connections first (:class:`ServerSettings`).
- Paths in requests resolve only inside the media roots (:mod:`viralml_desktop.core.security`).
- Engine calls run in a bounded thread pool: ``max_concurrent`` at once, ``max_queue`` more
  waiting, beyond that 503 with Retry-After. Each request has a deadline; past it the
  capability is cancelled at its next progress check and the client gets 504. Models are
  loaded once by the shared registry and reused by every request.
- Loopback by default. Any other address needs a bearer token; with a token configured every
  request (except the OpenAPI spec and docs) must carry ``Authorization: Bearer <token>``.
  On loopback the Host header must name a loopback host (DNS-rebinding guard). A request
  sent by a web page of another origin (an ``Origin`` header that is not this server) is
  refused 403: a browser sends a multipart form cross-origin without asking first.
- Uploads are copied to ``<tmp>/viralml-upload-<pid>-*`` and removed after the call; folders a
  killed server left behind are removed when the next one starts (:func:`clean_stale_uploads`).
- A ``score_thumbnail`` competitor missing from the media roots is reported in its
  ``competitors`` entry and the others are still ranked, as on the command line.
"""
# No ``from __future__ import annotations``: FastAPI reads the endpoint annotations at
# definition time, and the request models are closure variables.
import asyncio
import contextlib
import ipaddress
import json
import logging
import math
import os
import re
import secrets
import shutil
import signal
import socket
import stat
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from http import HTTPStatus
from pathlib import Path, PurePath
from typing import Any, Optional
from urllib.parse import urlsplit

from fastapi import FastAPI, File, Form, UploadFile
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.routing import APIRoute
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import ClientDisconnect
from starlette.requests import Request as StarletteRequest

from viralml_desktop import __version__
from viralml_desktop.api.protocol import ConnectionLimits, protocol_class
from viralml_desktop.core import config, engine, health, limits, preimport, security
from viralml_desktop.core.errors import Cancelled, InputError, ViralMLError
from viralml_desktop.core.progress import Progress
from viralml_desktop.core.schemas.common import add_ignored_notes, read_request_keys, with_ignored_hint

log = logging.getLogger(__name__)

TOKEN_ENV = "VIRALML_SERVER_TOKEN"
DEFAULT_MAX_UPLOAD_BYTES = 512 * 1024 * 1024
# uvicorn's 5 s default lets a busy 2-core machine close an idle keep-alive connection just as
# the client reuses it (a ReadError for a request that was never read); local clients keep
# their connections, so wait longer.
KEEP_ALIVE_S = 30
LOOPBACK_NAMES = {"localhost", "127.0.0.1", "::1"}
OPEN_PATHS = {"/openapi.json", "/docs", "/docs/oauth2-redirect", "/redoc"}
UPLOAD_PREFIX = "viralml-upload-"  # + "<pid>-<random>" in the temporary folder

# Capabilities whose media can be uploaded: capability -> (form file field, request path field)
UPLOADS = {
    "predict_virality": ("video", "video_path"),
    "score_thumbnail": ("thumbnail", "thumbnail_path"),
}


class ServerBusy(ViralMLError):
    http_status = 503


class RequestTimedOut(ViralMLError):
    http_status = 504


class ServerConfigError(ViralMLError):
    """The server cannot start as asked (no token for a public address, port in use)."""


class ErrorBody(BaseModel):
    detail: str
    error: str


ERROR_RESPONSES = {
    403: {"model": ErrorBody, "description": "feature disabled, a path outside the media roots, or a "
                                             "request from a web page of another origin"},
    408: {"model": ErrorBody, "description": "the request headers or body arrived too slowly; the connection "
                                             "is closed"},
    413: {"model": ErrorBody, "description": "request body too large"},
    422: {"model": ErrorBody, "description": "invalid request (one line naming each bad field)"},
    429: {"model": ErrorBody, "description": "too many connections from this client, all busy (see "
                                             "Retry-After); the request did not run"},
    501: {"model": ErrorBody, "description": "capability not available in this version"},
    503: {"model": ErrorBody, "description": "model missing, or server busy: queue or connections full "
                                             "(see Retry-After)"},
    504: {"model": ErrorBody, "description": "the request ran past the server's deadline"},
}


def is_loopback(host: str) -> bool:
    h = host.strip().strip("[]").lower()
    if h in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(h).is_loopback
    except ValueError:
        return False


def _error(status: int, detail: str, error: str, headers: Optional[dict] = None) -> JSONResponse:
    return JSONResponse({"detail": detail, "error": error}, status_code=status, headers=headers)


def _reject_non_finite(obj: Any, where: str = "") -> None:
    """JSON parsers accept NaN and Infinity; no capability should see them."""
    if isinstance(obj, float) and not math.isfinite(obj):
        raise InputError(f"invalid request: {where or 'request'}: must be a finite number")
    if isinstance(obj, dict):
        for k, v in obj.items():
            _reject_non_finite(v, f"{where}.{k}" if where else str(k))
    elif isinstance(obj, (list, tuple)):
        for i, v in enumerate(obj):
            _reject_non_finite(v, f"{where}[{i}]")


@dataclass
class ServerSettings:
    media_roots: list[Path] = field(default_factory=list)
    token: Optional[str] = None
    host: str = "127.0.0.1"
    max_request_bytes: int = 10 * 1024 * 1024
    max_upload_bytes: int = DEFAULT_MAX_UPLOAD_BYTES
    request_timeout_s: float = 120.0
    max_concurrent: int = 4
    max_queue: int = 64
    # connection bounds (viralml_desktop.api.protocol): seconds, counts
    header_timeout_s: float = 10.0
    body_timeout_s: float = 30.0
    idle_timeout_s: float = KEEP_ALIVE_S
    max_connections: int = 256
    max_connections_per_client: int = 128

    def connection_limits(self) -> ConnectionLimits:
        return ConnectionLimits(header_timeout_s=self.header_timeout_s, body_timeout_s=self.body_timeout_s,
                                idle_timeout_s=self.idle_timeout_s, max_connections=self.max_connections,
                                max_connections_per_client=self.max_connections_per_client)

    @classmethod
    def from_config(cls, media_roots=(), **over) -> "ServerSettings":
        app = config.get().app
        s = cls(media_roots=security.media_roots(media_roots), token=app.server_token or None,
                max_request_bytes=app.max_request_bytes, request_timeout_s=app.request_timeout_s,
                max_concurrent=app.max_concurrent_requests)
        for k, v in over.items():
            if v is not None:
                setattr(s, k, v)
        return s


class Dispatcher:
    """Runs engine calls in a bounded pool with a deadline each."""

    SHUTDOWN_WAIT_S = 30.0
    """How long :meth:`close` waits for the cancelled calls to finish (a release kit removes its partial folder)."""

    def __init__(self, settings: ServerSettings):
        self.settings = settings
        self._pool: Optional[ThreadPoolExecutor] = None  # made on first use, again after close()
        self._lock = threading.Lock()
        self._idle = threading.Condition(self._lock)
        self._progress: set = set()  # the calls running or waiting for a worker, cancelled by close()
        self.in_flight = 0  # running + waiting for a worker

    def _executor(self) -> ThreadPoolExecutor:
        with self._lock:
            if self._pool is None:
                self._pool = ThreadPoolExecutor(max_workers=self.settings.max_concurrent,
                                                thread_name_prefix="viralml-api")
            return self._pool

    def _enter(self) -> None:
        s = self.settings
        with self._lock:
            if self.in_flight >= s.max_concurrent + s.max_queue:
                raise ServerBusy(f"server busy: {self.in_flight} requests running or queued; retry shortly")
            self.in_flight += 1

    def _leave(self, cleanup: Optional[Path]) -> None:
        if cleanup is not None:
            shutil.rmtree(cleanup, ignore_errors=True)
        with self._lock:
            self.in_flight -= 1

    def _run(self, name: str, request: dict, progress: Progress, cleanup: Optional[Path]) -> dict:
        try:
            progress.check()  # the deadline (or a shutdown) may have passed while queued
            return engine.run(name, request, progress)
        finally:
            self._leave(cleanup)
            with self._lock:
                self._progress.discard(progress)
                self._idle.notify_all()

    async def call(self, name: str, request: dict, cleanup: Optional[Path] = None) -> dict:
        """``engine.run`` in the pool; ``cleanup`` (an upload folder) is removed once it is done."""
        try:
            self._enter()
        except ServerBusy:
            if cleanup is not None:
                shutil.rmtree(cleanup, ignore_errors=True)
            raise
        progress = Progress()
        with self._lock:
            self._progress.add(progress)
        try:
            fut = asyncio.get_running_loop().run_in_executor(self._executor(), self._run, name, request,
                                                             progress, cleanup)
        except BaseException:
            with self._lock:
                self._progress.discard(progress)
            self._leave(cleanup)
            raise
        try:
            return await asyncio.wait_for(asyncio.shield(fut), self.settings.request_timeout_s)
        except asyncio.TimeoutError:
            progress.cancel()
            raise RequestTimedOut(f"{name} did not finish within {self.settings.request_timeout_s:g} s "
                                  f"(app.request_timeout_s); it was cancelled") from None
        except asyncio.CancelledError:  # the client went away
            progress.cancel()
            raise

    def close(self, wait_s: Optional[float] = None) -> None:
        """Cancel the calls running or queued and wait (at most ``wait_s``, default :attr:`SHUTDOWN_WAIT_S`)
        for them to end: a release kit stops at its next check and removes its partial folder before the
        process exits (uvicorn ends the process with the signal that stopped it once this returns)."""
        with self._lock:
            pool, self._pool = self._pool, None
            for progress in self._progress:
                progress.cancel()
            if not self._idle.wait_for(lambda: not self._progress,
                                       timeout=self.SHUTDOWN_WAIT_S if wait_s is None else wait_s):
                log.warning("%d calls still running at shutdown", len(self._progress))
        if pool is not None:
            pool.shutdown(wait=False)


def _origin_key(netloc_or_url: str, scheme: str = "http") -> Optional[tuple[str, str, int]]:
    """(scheme, host, port) of an Origin value or of a Host header (with ``scheme``)."""
    text = netloc_or_url.strip().lower()
    try:
        u = urlsplit(text if "://" in text else f"{scheme}://{text}")
        port = u.port or (443 if u.scheme == "https" else 80)
    except ValueError:
        return None
    return (u.scheme, u.hostname or "", port) if u.hostname else None


def foreign_origin(headers: dict) -> Optional[str]:
    """The ``Origin`` a request came from when it is not this server itself (a web page of
    another site, ``null`` from a sandboxed page or a file), else None. Clients that are not
    browsers send no Origin."""
    origin = headers.get("origin")
    if origin is None:
        return None
    own = _origin_key(headers.get("host", ""), "https" if origin.lower().startswith("https:") else "http")
    theirs = _origin_key(origin) if origin.strip().lower() != "null" else None
    return None if theirs is not None and theirs == own else origin


class GuardMiddleware:
    """Bearer token (when one is set), no foreign ``Origin``, and, on loopback, a loopback Host."""

    def __init__(self, app, token: Optional[str], loopback: bool):
        self.app, self.token, self.loopback = app, token, loopback

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        if self.loopback:
            host = headers.get("host", "")
            name = host[1:host.find("]")] if host.startswith("[") else host.rsplit(":", 1)[0]
            if not is_loopback(name):
                return await _error(421, f"this server only answers requests addressed to a loopback host, "
                                         f"not {host!r}", "MisdirectedRequest")(scope, receive, send)
        origin = foreign_origin(headers) if scope.get("path") not in OPEN_PATHS else None
        if origin is not None:  # a web page of another site: a multipart form needs no preflight
            return await _error(403, f"requests from web pages of another origin are refused (Origin: "
                                     f"{origin[:100]!r})", "ForeignOrigin")(scope, receive, send)
        if self.token and scope.get("path") not in OPEN_PATHS:
            auth = headers.get("authorization", "")
            scheme, _, given = auth.partition(" ")
            if scheme.lower() != "bearer" or not secrets.compare_digest(given.strip().encode(), self.token.encode()):
                return await _error(401, "missing or wrong bearer token (Authorization: Bearer <token>)",
                                    "Unauthorized", {"WWW-Authenticate": "Bearer"})(scope, receive, send)
        return await self.app(scope, receive, send)


class JSONErrorBodies:
    """The outermost ASGI layer: every error answer carries the documented JSON body.

    Starlette and FastAPI answer a few errors themselves in plain text (the 413 of the body
    limit, a 500 that escaped every handler); those are rewritten to
    ``{"detail": their text, "error": the status phrase}``. A 500 also says
    ``Connection: close``, and the connection is closed after it, so a client never reuses a
    connection the server gave up on. An exception after a complete answer (Starlette re-raises
    the one its 500 handler answered, already logged) ends there.
    """

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        state = {"started": False, "done": False, "held": None}

        def closing(status: int, headers: list) -> list:
            if status == 500 and not any(k.lower() == b"connection" for k, _ in headers):
                headers = headers + [(b"connection", b"close")]
            return headers

        async def send_json_errors(message):
            kind = message["type"]
            if kind == "http.response.start":
                state["started"] = True
                status, headers = message["status"], list(message.get("headers", []))
                ctype = next((v for k, v in headers if k.lower() == b"content-type"), b"")
                if status >= 400 and not ctype.lower().startswith(b"application/json"):
                    state["held"] = (status, headers, bytearray())  # rewritten once its body is in
                    return
                message = {**message, "headers": closing(status, headers)}
            elif kind == "http.response.body" and state["held"] is not None:
                status, headers, buf = state["held"]
                buf += message.get("body", b"")
                if message.get("more_body"):
                    return
                state["held"] = None
                lines = buf.decode("utf-8", "replace").strip().splitlines()
                phrase = HTTPStatus(status).phrase if status in HTTPStatus._value2member_map_ else "HTTP error"
                body = json.dumps({"detail": (lines[0][:300] if lines else "") or phrase,
                                   "error": phrase.replace(" ", "")}).encode()
                headers = [(k, v) for k, v in headers if k.lower() not in (b"content-type", b"content-length")]
                headers += [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
                await send({"type": "http.response.start", "status": status, "headers": closing(status, headers)})
                message = {"type": "http.response.body", "body": body}
            if kind == "http.response.body" and not message.get("more_body"):
                state["done"] = True
            await send(message)

        try:
            await self.app(scope, receive, send_json_errors)
        except Exception as exc:
            if state["done"]:
                return  # answered (and logged) by the 500 handler; "Connection: close" ends the connection
            if state["started"]:
                raise  # half an answer: the server closes the connection
            log.error("unexpected error on %s", scope.get("path"), exc_info=exc)
            await _error(500, f"internal error ({type(exc).__name__})", "InternalError",
                         {"Connection": "close"})(scope, receive, send)


class DepthCheckedRoute(APIRoute):
    """An API route that refuses a JSON body nested deeper than ``limits.MAX_JSON_DEPTH``
    (422, one line) before FastAPI parses it: ``json.loads`` recurses once per level."""

    def get_route_handler(self):
        handler = super().get_route_handler()

        async def checked(request):
            if "json" in request.headers.get("content-type", "").lower():
                body = await request.body()  # read once; FastAPI reuses it
                reason = limits.json_depth_error(body)
                if reason:
                    raise InputError(f"invalid request: {reason}")
                if _LONG_DIGITS.search(body):  # else FastAPI calls it an unreadable body
                    try:
                        json.loads(body)
                    except ValueError as e:
                        if "digits" in str(e):  # Python refuses integers of more than 4,300 digits
                            raise InputError("invalid request: a number has too many digits to be a count") from None
            return await handler(request)

        return checked


_LONG_DIGITS = re.compile(rb"\d{4301}")


def _validation_line(err: RequestValidationError) -> str:
    errors = list(err.errors())
    for e in errors:
        loc = [x for x in e.get("loc", ()) if x != "body"]
        if loc == [] and isinstance(e.get("input"), (bytes, str)):
            return ("invalid request: the body must be a JSON object sent with "
                    "Content-Type: application/json")
        if e.get("type") == "json_invalid":
            return f"invalid request: body: not valid JSON ({(e.get('ctx') or {}).get('error', 'decode error')})"
    return engine.explain_errors(errors, skip=("body",))


def _safe_suffix(filename: Optional[str]) -> str:
    suffix = Path(filename or "").suffix.lower()
    return suffix if re.fullmatch(r"\.[a-z0-9]{1,8}", suffix) else ""


def _upload_name(filename: Optional[str], fallback: str) -> str:
    """The base name a client gave an uploaded part (no folders), else ``fallback``."""
    name = PurePath((filename or "").replace("\\", "/")).name.strip()
    return name or fallback


def _copy_path(tmp: Path, part: str, filename: Optional[str]) -> Path:
    """Where an uploaded part is copied: ``tmp/<part>/<the client's file name>``, so every line a
    reader writes about the copy (most name only the file: "fake.mp4 is a still picture") names the
    uploaded file. Its suffix is lowercased (readers see ``.jpg``, not ``.JPG``); a name that
    cannot be a file name here (empty, ``..``, a NUL, over 200 bytes) becomes ``<part><suffix>``."""
    folder = tmp / part
    folder.mkdir()
    name = _upload_name(filename, "")
    suffix = _safe_suffix(name)
    stem = name[:len(name) - len(suffix)] if suffix else name
    if (not stem.strip(". ") or "\x00" in stem or len((stem + suffix).encode("utf-8", "surrogatepass")) > 200):
        stem = part
    return folder / f"{stem}{suffix}"


def _remember(names: dict, copy: str, uploaded: str) -> None:
    """Record that ``copy`` is the upload ``uploaded``: its path, and its file name when that differs
    only by the suffix's case ("Clip.mp4" for "Clip.MP4")."""
    names[copy] = uploaded
    own = Path(copy).name
    if own != uploaded and own.lower() == uploaded.lower():
        names[own] = uploaded


def name_uploads(value, names: dict):
    """``value`` (a response: dicts, lists, strings) with every temporary upload path in its
    strings replaced by the file's uploaded name.

    Parameters
    ----------
    value : dict, list, str or any JSON value
        The capability's response, or an error line.
    names : dict of str to str
        Temporary path -> the name the client uploaded (``rival2.jpg``).

    Returns
    -------
    The same structure, new strings where a path was replaced; other values as they are.
    """
    if isinstance(value, str):
        for tmp in sorted(names, key=len, reverse=True):
            if tmp in value:
                value = value.replace(tmp, names[tmp])
        return value
    if isinstance(value, dict):
        return {k: name_uploads(v, names) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [name_uploads(v, names) for v in value]
    return value


async def _save_upload(f: UploadFile, dest: Path) -> str:
    with open(dest, "wb") as out:
        while chunk := await f.read(1 << 20):
            out.write(chunk)
    return str(dest)


def create_app(settings: Optional[ServerSettings] = None, **over) -> FastAPI:
    """The ASGI app. ``settings`` default to the configuration; keyword overrides
    (``media_roots=[...]``, ``token=``, ``request_timeout_s=`` …) apply on top."""
    if settings is None:
        roots = over.pop("media_roots", ())
        settings = ServerSettings.from_config(roots, **over)
    dispatcher = Dispatcher(settings)

    @contextlib.asynccontextmanager
    async def lifespan(app):
        # the capabilities run side by side in the pool and import scipy, librosa, pandas... lazily: two
        # first imports of one package at once can fail (KeyError: 'scipy'), so the server imports them
        # all before it answers (~5 s once per process on a 2-core machine; instant when already loaded)
        await asyncio.to_thread(preimport.preimport, ("kit",))
        yield
        dispatcher.close()

    app = FastAPI(
        title="ViralML ML Core", version=__version__, lifespan=lifespan,
        max_body_size=settings.max_request_bytes,
        description="The ML Core contract (CONTRACT.md) served locally by ViralML Desktop. "
                    "Every number is a measurement of the input or the output of a model whose "
                    "held-out accuracy is recorded; nothing is invented when a capability is "
                    "unavailable (501/503).")
    app.state.settings = settings
    app.state.dispatcher = dispatcher
    app.router.route_class = DepthCheckedRoute
    build_stack = app.build_middleware_stack
    app.build_middleware_stack = lambda: JSONErrorBodies(build_stack())  # outside Starlette's own layers

    @app.exception_handler(ViralMLError)
    async def core_error(request, exc: ViralMLError):
        status = 504 if isinstance(exc, Cancelled) else exc.http_status
        headers = {"Retry-After": "1"} if isinstance(exc, ServerBusy) else None
        return _error(status, str(exc), type(exc).__name__, headers)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request, exc: StarletteHTTPException):
        if exc.status_code == 400:  # FastAPI could not even decode the body
            return _error(422, "invalid request: the body could not be read (not UTF-8 JSON, or a broken "
                               "multipart form)", "InputError")
        try:
            name = HTTPStatus(exc.status_code).phrase.replace(" ", "")
        except ValueError:
            name = "HTTPError"
        return _error(exc.status_code, str(exc.detail), name, getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request, exc: RequestValidationError):
        return _error(422, _validation_line(exc), "InputError")

    @app.exception_handler(Exception)
    async def unexpected(request, exc: Exception):  # a bug, never bad input: logged in full
        if isinstance(exc, ClientDisconnect):  # the client left (or was cut for stalling): nobody to answer
            log.info("client disconnected during %s", request.url.path)
            return _error(499, "the client disconnected", "ClientDisconnect", {"Connection": "close"})
        log.exception("unexpected error on %s", request.url.path)
        first = (str(exc).strip().splitlines() or [""])[0]
        return _error(500, f"internal error ({type(exc).__name__}){': ' + first[:300] if first else ''}",
                      "InternalError", {"Connection": "close"})

    async def run_json(name: str, body: BaseModel, sent: Any) -> JSONResponse:
        # keys the request does not model were dropped when FastAPI read the body: read from the
        # body as sent (``sent``) and named in the answer's notes, or after a refusal they may
        # explain; true/false where a number is expected is refused as the engine refuses it
        try:
            ignored = read_request_keys(type(body), sent)
        except ValueError as e:
            raise InputError(f"invalid request: {e}") from None
        # the fields the client sent, not the defaults: the engine fills those in again, and a
        # capability that tells a given value from an unknown one (affinity's metrics) sees what
        # the command line would
        data = body.model_dump(mode="json", exclude_unset=True)
        _reject_non_finite(data)
        data, missing = confine_with_missing_competitors(name, data, settings.media_roots)
        data = confine_out_dirs(name, data, settings.media_roots)
        try:
            out = report_missing_competitors(await dispatcher.call(name, data), missing)
        except InputError as e:
            if e.args and isinstance(e.args[0], str):
                e.args = (with_ignored_hint(http_wording(e.args[0]), ignored),) + e.args[1:]
            raise
        return JSONResponse(add_ignored_notes(out, ignored))

    for cap in engine.CAPABILITIES.values():
        def make(cap=cap):
            async def endpoint(body: cap.request, http: StarletteRequest) -> JSONResponse:
                return await run_json(cap.name, body, await http.json())  # the parsed body, kept by Starlette
            endpoint.__name__ = cap.name
            endpoint.__doc__ = f"{cap.title} (engine capability `{cap.name}`)."
            return endpoint

        app.post(f"/{cap.name}", response_model=cap.response, responses=ERROR_RESPONSES,
                 summary=cap.title, operation_id=cap.name, tags=["capabilities"])(make())

    for name, (file_field, path_field) in UPLOADS.items():
        cap = engine.CAPABILITIES[name]
        app.post(f"/upload/{name}", response_model=cap.response, responses=ERROR_RESPONSES,
                 summary=f"{cap.title}, media uploaded", operation_id=f"upload_{name}", tags=["uploads"],
                 max_body_size=settings.max_upload_bytes)(_upload_endpoint(cap, file_field, path_field, dispatcher))

    @app.get("/health", summary="ML health", tags=["health"])
    def get_health() -> dict:
        """Models loaded, measured latency per capability, held-out accuracy, cache hit rate."""
        return health.snapshot()

    app.add_middleware(GuardMiddleware, token=settings.token, loopback=is_loopback(settings.host))
    return app


def confine_with_missing_competitors(name: str, request: dict, roots: list[Path]) -> tuple[dict, list]:
    """``security.confine_request``, except that a ``score_thumbnail`` competitor that is not
    found in the media roots is taken out of the request instead of refusing it.

    Returns the confined request and ``[(index, path as given, reason), ...]`` for the
    competitors taken out, for :func:`report_missing_competitors`. A competitor outside the
    media roots, or not a regular file, still refuses the whole request (403): only a file
    that is simply not there is treated as the command line treats it.
    """
    ctx = request.get("context")
    comps = ctx.get("competitors") if name == "score_thumbnail" and isinstance(ctx, dict) else None
    missing = []
    out_field = OUT_DIR_FIELDS.get(name)
    if out_field and isinstance(request.get(out_field), str):
        # the path a capability writes (maybe not there yet) is confined as a place to write
        # (security.confine_out_dir), not opened as a file to read
        rest = {k: v for k, v in request.items() if k != out_field}
        confined, missing = confine_with_missing_competitors(name, rest, roots)
        confined[out_field] = security.confine_out_dir(request[out_field], roots, out_field)
        return confined, missing
    if isinstance(comps, list) and comps:
        kept = []
        for i, c in enumerate(comps):
            if not isinstance(c, str):
                kept.append(c)  # the schema refuses it
                continue
            try:
                security.confine(c, roots, f"context.competitors[{i}]")
            except security.PathRefused:
                raise
            except InputError as e:  # not found: reported in its entry, the others ranked
                missing.append((i, c, str(e)))
                continue
            kept.append(c)
        if missing:
            request = {**request, "context": {**ctx, "competitors": kept}}
    return security.confine_request(request, roots), missing


OUT_DIR_FIELDS = {"prepare_release": "out_dir", "release_report": "out_path"}
"""Capabilities that write a folder or a file, and the request field naming it: confined to the media
roots (it may not exist yet; :func:`security.confine_out_dir`)."""


def http_wording(line: str) -> str:
    """An error line as an HTTP client should read it: the command line's ``--overwrite`` is the
    request's ``overwrite: true`` (the core's lines name the CLI flag; the CLI keeps them)."""
    return (line.replace("use --overwrite", "set overwrite: true")
                .replace("--overwrite", "overwrite: true"))


def confine_out_dirs(name: str, request: dict, roots: list[Path]) -> dict:
    """``request`` with the folder a capability writes (``OUT_DIR_FIELDS``) confined to the media roots.

    Raises
    ------
    PathRefused
        The folder lies outside the media roots, is a root itself, or no root is configured (403).
    """
    field_name = OUT_DIR_FIELDS.get(name)
    value = request.get(field_name) if field_name else None
    if not isinstance(value, str):
        return request  # absent or not text: the schema refuses it
    confined = security.confine_out_dir(value, roots, field_name)
    if isinstance(request, security.ConfinedRequest):
        request[field_name] = confined  # keeps its descriptors (released when the run ends)
        return request
    return {**request, field_name: confined}


def report_missing_competitors(response: dict, missing: list) -> dict:
    """Put the competitors taken out by :func:`confine_with_missing_competitors` back into
    ``response["competitors"]`` at their places, each as ``{"path", "error"}`` (unranked), the
    entry the capability itself gives a competitor it cannot read."""
    if not missing or not isinstance(response.get("competitors"), list):
        return response
    entries = list(response["competitors"])
    for i, given, reason in missing:  # in order of index: each lands at its own place
        entries.insert(min(i, len(entries)), {"path": given, "error": reason})
    return {**response, "competitors": entries}


def _pid_alive(pid: int) -> bool:
    """Whether process ``pid`` exists (True when unsure, so nothing of a live server is removed)."""
    try:
        import psutil
    except ImportError:
        if os.name != "posix":
            return True
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        except OSError:
            return True
        return True
    return psutil.pid_exists(pid)


def clean_stale_uploads(started: float, tmp_dir: Optional[str] = None) -> list[str]:
    """Remove upload folders that a killed server left behind; returns the folders removed.

    Parameters
    ----------
    started : float
        This server's start (``time.time()``, seconds). Only folders last modified before it
        are candidates.
    tmp_dir : str, optional
        The temporary folder uploads go to; default ``tempfile.gettempdir()``.

    Notes
    -----
    Only this app's own folders are touched: a real directory (not a link) named
    ``viralml-upload-<pid>-*``, owned by this user, older than ``started``, whose ``<pid>`` is
    no running process (a folder of a live server, another one or this one, is kept). Errors
    are ignored: a folder that cannot be removed is left for the next start.
    """
    root = tmp_dir or tempfile.gettempdir()
    removed = []
    try:
        entries = list(os.scandir(root))
    except OSError:
        return removed
    uid = os.getuid() if hasattr(os, "getuid") else None
    for e in entries:
        m = re.fullmatch(re.escape(UPLOAD_PREFIX) + r"(\d+)-[A-Za-z0-9_]+", e.name)
        if not m:
            continue
        try:
            st = e.stat(follow_symlinks=False)
        except OSError:
            continue
        if (not stat.S_ISDIR(st.st_mode) or (uid is not None and st.st_uid != uid)
                or st.st_mtime >= started or _pid_alive(int(m.group(1)))):
            continue
        shutil.rmtree(e.path, ignore_errors=True)
        if not os.path.lexists(e.path):
            removed.append(e.path)
    return removed


def _upload_endpoint(cap, file_field: str, path_field: str, dispatcher: Dispatcher):
    """``/upload/<cap>``: the media as a multipart file; ``request`` holds the rest as JSON."""

    async def handle(media: UploadFile, request: str, competitors: list[UploadFile]) -> JSONResponse:
        reason = limits.json_depth_error(request)
        if reason:
            raise InputError(f"invalid request: request: {reason}")
        try:
            rest = json.loads(request)
        except json.JSONDecodeError as e:
            raise InputError(f"invalid request: request: not valid JSON ({e.msg})") from None
        if not isinstance(rest, dict):
            raise InputError("invalid request: request: must be a JSON object")
        _reject_non_finite(rest)
        # paths inside it still confined; a missing competitor is reported, the others ranked
        rest, missing = confine_with_missing_competitors(cap.name, rest, dispatcher.settings.media_roots)
        if competitors and not isinstance(rest.setdefault("context", {}), dict):
            raise InputError("invalid request: context: must be a JSON object")
        tmp = Path(tempfile.mkdtemp(prefix=f"{UPLOAD_PREFIX}{os.getpid()}-"))
        names: dict[str, str] = {}  # temporary copy -> the name the client uploaded it under
        try:
            rest[path_field] = await _save_upload(media, _copy_path(tmp, "media", media.filename))
            _remember(names, rest[path_field], _upload_name(media.filename, "media"))
            if competitors:
                saved = []
                for i, c in enumerate(competitors):
                    saved.append(await _save_upload(c, _copy_path(tmp, f"competitor{i}", c.filename)))
                    _remember(names, saved[-1], _upload_name(c.filename, f"competitor{i}"))
                rest["context"]["competitors"] = list(rest["context"].get("competitors") or []) + saved
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        try:
            out = await dispatcher.call(cap.name, rest, cleanup=tmp)
        except ViralMLError as e:  # its line names the upload, not a copy that is gone by now
            if e.args and isinstance(e.args[0], str):
                e.args = (name_uploads(e.args[0], names),) + e.args[1:]
            raise
        return JSONResponse(report_missing_competitors(name_uploads(out, names), missing))

    media_doc = f"the {path_field.removesuffix('_path')} file"
    rest_doc = "the other request fields, as a JSON object"
    if cap.name == "score_thumbnail":
        async def endpoint(media: UploadFile = File(..., alias=file_field, description=media_doc),
                           request: str = Form("{}", description=rest_doc),
                           competitors: list[UploadFile] = File(default=[], description="competitor images")
                           ) -> JSONResponse:
            return await handle(media, request, competitors)
    else:
        async def endpoint(media: UploadFile = File(..., alias=file_field, description=media_doc),
                           request: str = Form("{}", description=rest_doc)) -> JSONResponse:
            return await handle(media, request, [])

    endpoint.__name__ = f"upload_{cap.name}"
    endpoint.__doc__ = (f"{cap.title} with the media uploaded as the multipart field `{file_field}` "
                        f"instead of a path; other fields go in `request` as JSON.")
    return endpoint


# -- starting -------------------------------------------------------------------

def check_can_serve(host: str, token: Optional[str]) -> None:
    if not is_loopback(host) and not token:
        raise ServerConfigError(
            f"refusing to listen on {host}: a non-loopback address needs a token. Set {TOKEN_ENV} "
            f"or app.server_token in the user ml_config.yaml, or serve on 127.0.0.1")


def bind_socket(host: str, port: int) -> socket.socket:
    """A listening socket, so a port in use is a clear message rather than a log line."""
    if not 0 <= port <= 65535:
        raise ServerConfigError(f"port must be 0..65535, got {port}")
    try:
        infos = socket.getaddrinfo(host.strip("[]"), port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as e:
        raise ServerConfigError(f"cannot resolve host {host!r}: {e.strerror}") from None
    family, socktype, proto, _, addr = infos[0]
    # proto must say TCP: asyncio only sets TCP_NODELAY on sockets that do, and without it
    # every answer waits ~40 ms for a delayed ACK (Nagle).
    sock = socket.socket(family, socktype, proto or socket.IPPROTO_TCP)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(addr)
        sock.listen(2048)
    except OSError as e:
        sock.close()
        raise ServerConfigError(f"cannot listen on {host}:{port}: {e.strerror or e}") from None
    sock.set_inheritable(True)
    return sock


def prepare(host: str = "127.0.0.1", port: int = 8000, media_roots=(), verbose: bool = False, **over):
    """Check, bind and build: returns (uvicorn.Server, socket, settings). Raises ServerConfigError."""
    import uvicorn

    started = time.time()
    settings = ServerSettings.from_config(media_roots, host=host, **over)
    check_can_serve(host, settings.token)
    sock = bind_socket(host, port)
    for folder in clean_stale_uploads(started):
        log.warning("removed an upload folder a stopped server left behind: %s", folder)
    app = create_app(settings)
    # Connection bounds are the protocol's (timeouts, caps that close idle connections first and
    # answer JSON); uvicorn's limit_concurrency would count idle connections and answer plain text.
    ucfg = uvicorn.Config(app, host=host, port=sock.getsockname()[1], access_log=verbose,
                          log_level="info" if verbose else "warning", timeout_graceful_shutdown=5,
                          timeout_keep_alive=settings.idle_timeout_s,
                          http=protocol_class(settings.connection_limits()), limit_concurrency=None)
    return uvicorn.Server(ucfg), sock, settings


def base_url(host: str, port: int) -> str:
    h = host.strip("[]")
    return f"http://[{h}]:{port}" if ":" in h else f"http://{h}:{port}"


def serve(host: str = "127.0.0.1", port: int = 8000, media_roots=(), verbose: bool = False) -> int:
    """``viralml serve``: run until interrupted; a non-zero exit with a message when it cannot start."""
    try:
        server, sock, settings = prepare(host, port, media_roots, verbose)
    except ServerConfigError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    for r in security.missing_roots(media_roots):
        print(f"warning: media root {r} is not a directory; ignored", file=sys.stderr)
    roots = ", ".join(map(str, settings.media_roots)) or "none (paths refused; use /upload endpoints)"
    url = base_url(host, sock.getsockname()[1])
    print(f"ViralML ML Core listening on {url} (docs: {url}/docs; media roots: {roots}; "
          f"token {'required' if settings.token else 'off'})", file=sys.stderr, flush=True)
    hup = None
    if hasattr(signal, "SIGHUP") and threading.current_thread() is threading.main_thread():
        # the terminal closed: the graceful stop uvicorn makes on SIGTERM (the running calls are cancelled)
        hup = signal.signal(signal.SIGHUP, lambda signum, frame: setattr(server, "should_exit", True))
    try:
        server.run(sockets=[sock])
    except SystemExit as e:  # uvicorn exits on a failed startup
        return int(e.code or 1)
    finally:
        sock.close()
        if hup is not None:
            signal.signal(signal.SIGHUP, hup)
    return 0

