"""Connection-level time and count bounds for ``viralml serve`` (uvicorn's h11 protocol, extended).

uvicorn gives an idle (keep-alive) timeout after a response, and nothing else: a client that
connects and says nothing, or trickles its headers a byte at a time ("slow loris"), or stops
half-way through a body, holds its connection for ever, and uvicorn's only bound
(``limit_concurrency``) then answers every *new* request 503 in plain text. This protocol adds:

- **idle timeout** from the moment a connection is made (not only after a response):
  ``idle_timeout_s`` without a byte of a request and the connection is closed;
- **header timeout**: from the first byte of a request, its headers must be complete within
  ``header_timeout_s``, else ``408`` and the connection is closed;
- **header size**: request line and headers above about ``MAX_HEADER_BYTES`` (64 KiB) get ``431``
  (h11 bounds only what it buffers between reads, not headers that arrive in one piece);
- **body timeout**: a request body that stalls (no byte for ``body_timeout_s`` while the
  server is reading it) gets ``408`` and the connection is closed;
- **connection caps**: at most ``max_connections_per_client`` connections per client address
  and ``max_connections`` in all. At a cap the longest-waiting *idle* connection (no request
  in progress) is closed to make room; only when every connection is busy is the new one
  refused, ``429`` (that client's cap) or ``503`` (the server's), with ``Retry-After``;
- every answer it writes itself is the documented JSON error body
  ``{"detail": one line, "error": class}`` with ``Connection: close``, including h11's own
  "invalid HTTP request" 400.

:func:`protocol_class` makes the class for one server's limits; :func:`viralml_desktop.api.
server.prepare` hands it to ``uvicorn.Config(http=...)``.
"""
from __future__ import annotations

import json
import logging
import time
from dataclasses import dataclass
from http import HTTPStatus
from typing import Optional

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

log = logging.getLogger(__name__)

SHED_GRACE_S = 2.0  # a refused connection waits this long for its request, to answer it
MAX_HEADER_BYTES = 64 * 1024
REFUSAL_LOG_EVERY_S = 10.0
_last_refusal_log = float("-inf")


@dataclass(frozen=True)
class ConnectionLimits:
    """The bounds one server applies to its connections (seconds; counts)."""

    header_timeout_s: float = 10.0
    body_timeout_s: float = 30.0
    idle_timeout_s: float = 30.0
    max_connections: int = 256
    max_connections_per_client: int = 128


def error_response(status: int, detail: str, error: Optional[str] = None,
                   retry_after: Optional[int] = None) -> bytes:
    """A complete HTTP/1.1 response with the JSON error body and ``Connection: close``.

    Parameters
    ----------
    status : int
        The HTTP status code.
    detail : str
        One line for the user.
    error : str, optional
        The error class; defaults to the status phrase without spaces (``RequestTimeout``).
    retry_after : int, optional
        Seconds for a ``Retry-After`` header.

    Returns
    -------
    bytes
        Status line, headers and body, ready to write to the transport.
    """
    phrase = HTTPStatus(status).phrase
    body = json.dumps({"detail": detail, "error": error or phrase.replace(" ", "")}).encode()
    head = [f"HTTP/1.1 {status} {phrase}", "content-type: application/json",
            f"content-length: {len(body)}", "connection: close"]
    if retry_after is not None:
        head.append(f"retry-after: {retry_after}")
    return ("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + body


def _shed_app(status: int, detail: str, error: str):
    """An ASGI app answering every request with one JSON error and closing the connection."""
    body = json.dumps({"detail": detail, "error": error}).encode()

    async def app(scope, receive, send):
        await send({"type": "http.response.start", "status": status,
                    "headers": [(b"content-type", b"application/json"), (b"connection", b"close"),
                                (b"retry-after", b"1"), (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})

    return app


class GuardedH11Protocol(H11Protocol):
    """uvicorn's h11 protocol with header/body/idle timeouts and connection caps.

    Subclassed per server by :func:`protocol_class` (``limits`` is a class attribute). It uses
    uvicorn's per-connection attributes (``conn``, ``cycle``, ``transport``, ``flow``,
    ``connections``, ``timeout_keep_alive_task``); ``tests/test_server_hardening.py`` fails if
    a uvicorn release changes them.
    """

    limits: ConnectionLimits = ConnectionLimits()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._header_timer = None
        self._body_timer = None
        self._shed_timer = None
        self._waiting_since = time.monotonic()  # when it last began waiting for a request
        self._host = ""
        self._shed = False
        self._header_bytes = 0  # bytes received since this request began (while its headers are not in)

    # -- caps ---------------------------------------------------------------------------
    def connection_made(self, transport) -> None:
        super().connection_made(transport)
        self._host = self.client[0] if self.client else ""
        # uvicorn arms its keep-alive timer only after a response; a connection that never
        # says anything is bounded from the start.
        self.timeout_keep_alive_task = self.loop.call_later(self.limits.idle_timeout_s,
                                                            self.timeout_keep_alive_handler)
        refusal = self._make_room()
        if refusal is not None:
            status, detail, error = refusal
            global _last_refusal_log
            now = time.monotonic()
            if now - _last_refusal_log >= REFUSAL_LOG_EVERY_S:  # a flood is one line per 10 s, not one per connection
                _last_refusal_log = now
                log.warning("refusing a connection from %s: %s", self._host or "?", detail)
            self._shed = True
            self.app = _shed_app(status, detail, error)  # answers its first request, then closes
            self._shed_timer = self.loop.call_later(
                SHED_GRACE_S, self._write_and_close, error_response(status, detail, error, retry_after=1))

    def _live(self) -> list["GuardedH11Protocol"]:
        return [c for c in self.connections if c is not self and isinstance(c, GuardedH11Protocol)
                and not c._shed and c.transport is not None and not c.transport.is_closing()]

    def _idle(self) -> bool:
        """No request in progress: waiting for one (possibly mid-headers) or between requests."""
        return self.conn.their_state is h11.IDLE and (self.cycle is None or self.cycle.response_complete)

    def _make_room(self) -> Optional[tuple[int, str, str]]:
        live = self._live()
        lim = self.limits
        mine = [c for c in live if c._host == self._host]
        if len(mine) >= lim.max_connections_per_client and not self._evict(mine):
            return (429, f"too many connections from this client ({len(mine)} open, all busy; "
                         f"the limit is {lim.max_connections_per_client}); retry shortly", "TooManyConnections")
        live = self._live()
        if len(live) >= lim.max_connections and not self._evict(live):
            return (503, f"server busy: {len(live)} connections open, all busy (the limit is "
                         f"{lim.max_connections}); retry shortly", "ServerBusy")
        return None

    @staticmethod
    def _evict(candidates: list["GuardedH11Protocol"]) -> bool:
        idle = [c for c in candidates if c._idle()]
        if not idle:
            return False
        oldest = min(idle, key=lambda c: c._waiting_since)
        oldest._cancel_timers()
        oldest.timeout_keep_alive_handler()  # the same close as a keep-alive timeout
        return True

    # -- timeouts ----------------------------------------------------------------------
    def data_received(self, data: bytes) -> None:
        if self.conn.their_state is h11.IDLE:
            if self._header_timer is None:
                self._header_timer = self.loop.call_later(self.limits.header_timeout_s, self._header_timed_out)
            self._header_bytes += len(data)
            if self._header_bytes > MAX_HEADER_BYTES and b"\r\n\r\n" not in data[:MAX_HEADER_BYTES]:
                self._write_and_close(error_response(
                    431, f"the request line and headers exceed {MAX_HEADER_BYTES // 1024} KiB",
                    "RequestHeaderFieldsTooLarge"))
                return
        super().data_received(data)
        self._after_events()

    def _after_events(self) -> None:
        state = self.conn.their_state
        if state is not h11.IDLE:  # the headers are in
            self._header_bytes = 0
            if self._header_timer is not None:
                self._header_timer.cancel()
                self._header_timer = None
        if self._body_timer is not None:
            self._body_timer.cancel()
            self._body_timer = None
        if state is h11.SEND_BODY and self.cycle is not None and not self.cycle.response_complete:
            self._body_timer = self.loop.call_later(self.limits.body_timeout_s, self._body_timed_out)

    def on_response_complete(self) -> None:
        self._waiting_since = time.monotonic()
        super().on_response_complete()  # may start a pipelined request
        self._after_events()

    def _header_timed_out(self) -> None:
        self._header_timer = None
        if self.conn.their_state is h11.IDLE and not self.transport.is_closing():
            self._write_and_close(error_response(
                408, f"the request headers did not arrive within {self.limits.header_timeout_s:g} s",
                "RequestTimeout"))

    def _body_timed_out(self) -> None:
        self._body_timer = None
        cycle = self.cycle
        if self.conn.their_state is not h11.SEND_BODY or cycle is None or self.transport.is_closing():
            return
        if self.flow.read_paused or cycle.waiting_for_100_continue:  # the server is not reading: not the client's stall
            self._body_timer = self.loop.call_later(self.limits.body_timeout_s, self._body_timed_out)
            return
        msg = (error_response(408, f"the request body stalled: no data for {self.limits.body_timeout_s:g} s",
                              "RequestTimeout") if not cycle.response_started else b"")
        cycle.disconnected = True  # the app's receive() now says http.disconnect; its sends are dropped
        cycle.message_event.set()
        self._write_and_close(msg)

    def _write_and_close(self, payload: bytes) -> None:
        if self.transport is None or self.transport.is_closing():
            return
        self._cancel_timers()
        if payload:
            self.transport.write(payload)
        self.transport.close()

    def _cancel_timers(self) -> None:
        for name in ("_header_timer", "_body_timer", "_shed_timer"):
            t = getattr(self, name)
            if t is not None:
                t.cancel()
                setattr(self, name, None)
        self._unset_keepalive_if_required()

    def connection_lost(self, exc) -> None:
        self._cancel_timers()
        super().connection_lost(exc)

    # -- uvicorn's own plain-text answers, as JSON -------------------------------------
    def send_400_response(self, msg: str) -> None:
        self._write_and_close(error_response(
            400, "invalid HTTP request: the request line or headers could not be parsed (or were too long)",
            "BadRequest"))


def protocol_class(limits: ConnectionLimits) -> type:
    """A :class:`GuardedH11Protocol` subclass bound to ``limits``, for ``uvicorn.Config(http=...)``."""
    return type("GuardedH11Protocol", (GuardedH11Protocol,), {"limits": limits})
