"""Run the server in a background thread of this process (GUI settings dialog, benchmarks).

In-process, the server shares the model registry with the rest of the app, so a model is
loaded once whether the GUI or a request asked first. No Qt here: the dialog calls
:meth:`ServerThread.start` and :meth:`ServerThread.stop` from its worker, never the UI thread.
"""
from __future__ import annotations

import threading
import time
from typing import Optional

from viralml_desktop.api.server import ServerConfigError, base_url, prepare
from viralml_desktop.core import paths


class ServerThread:
    def __init__(self, host: str = "127.0.0.1", port: int = 8000, media_roots=(), **over):
        self.host, self.port, self.media_roots, self.over = host, port, list(media_roots), over
        self._server = None
        self._thread: Optional[threading.Thread] = None
        self._sock = None
        self.error: Optional[str] = None

    @property
    def running(self) -> bool:
        return bool(self._thread and self._thread.is_alive() and self._server and self._server.started)

    @property
    def url(self) -> Optional[str]:
        return base_url(self.host, self.port) if self._sock is not None else None

    def start(self, wait_s: float = 15.0) -> str:
        """Bind, start serving and wait until it answers; returns the base URL.

        Raises ServerConfigError (no token for a public address, port in use, start failure)."""
        if self.running:
            return self.url
        server, sock, settings = prepare(self.host, self.port, self.media_roots, **self.over)
        self._server, self._sock = server, sock
        self.port = sock.getsockname()[1]  # port 0 picks a free one
        self.settings = settings
        self.error = None

        def run():
            try:
                server.run(sockets=[sock])
            except BaseException as e:  # noqa: BLE001 - reported through .error
                self.error = f"{type(e).__name__}: {e}"
            finally:
                sock.close()

        self._thread = threading.Thread(target=run, name="viralml-server", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + wait_s
        while not server.started and self._thread.is_alive() and time.monotonic() < deadline:
            time.sleep(0.02)
        if not server.started:
            self.stop()
            raise ServerConfigError(f"the server did not start: {self.error or 'timed out'}")
        return self.url

    def stop(self, timeout_s: float = 10.0) -> bool:
        """Ask the server to exit and wait for its thread; True when it stopped in time."""
        if self._server is not None:
            self._server.should_exit = True
        t = self._thread
        if t is not None:
            t.join(timeout_s)
            if t.is_alive():
                return False
        self._thread = self._server = self._sock = None
        return True


class ServeProcess:
    """``viralml serve`` in a child process (tests, benchmarks); ready once /health answers.

    ``env`` is merged over this process's environment; port 0 lets the server pick one,
    read back from its start line. :meth:`stop` interrupts it; ``proc`` is the Popen."""

    def __init__(self, log_path, port: int = 0, media_roots=(), env: Optional[dict] = None,
                 extra_args=(), wait_s: float = 60.0):
        import os
        import re
        import subprocess
        import sys

        import httpx

        args = [sys.executable, "-m", "viralml_desktop.cli", "serve", "--port", str(port)]
        for r in media_roots:
            args += ["--media-root", str(r)]
        self.log = open(log_path, "w+", encoding="utf-8")
        self.proc = subprocess.Popen(args + list(extra_args), env={**os.environ, **(env or {})},
                                     cwd=paths.ROOT_DIR, stdout=self.log, stderr=subprocess.STDOUT)
        self.url = None
        deadline = time.monotonic() + wait_s
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise ServerConfigError(f"serve exited {self.proc.returncode}: {self.output()}")
            if self.url is None:
                m = re.search(r"listening on (http://\S+) ", self.output())
                self.url = m.group(1) if m else None
            else:
                try:
                    if httpx.get(self.url + "/health", timeout=5).status_code == 200:
                        return
                except httpx.TransportError:
                    pass
            time.sleep(0.1)
        self.stop()
        raise ServerConfigError(f"serve did not answer within {wait_s:g} s: {self.output()}")

    def output(self) -> str:
        self.log.flush()
        self.log.seek(0)
        return self.log.read()[-4000:]

    def stop(self, timeout_s: float = 15.0) -> None:
        import signal
        import subprocess

        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(timeout_s)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        self.log.close()
