"""One generic worker runner: run a core function in a QThread with progress, cancel and errors.

``runner.start(fn)`` runs ``fn(progress)`` off the UI thread, where ``progress`` is core's
:class:`~viralml_desktop.core.progress.Progress`. Signals arrive on the UI thread:
``progress(fraction, message)``, ``result(object)``, ``error(str)`` (one line),
``cancelled()``, then ``finished()``.

Starting a new task cancels the one running, and a superseded task's result is dropped,
so a stale result never shows (Orange3's "cancel on new input"). :func:`shutdown_all`
cancels every task and waits for the threads, so closing the window mid-run is clean.
"""
from __future__ import annotations

import logging
import traceback
import weakref
from typing import Any, Callable, Optional

from PySide6.QtCore import QObject, QThread, Signal

from viralml_desktop.core.errors import Cancelled, ViralMLError
from viralml_desktop.core.progress import Progress

log = logging.getLogger(__name__)

_runners: "weakref.WeakSet[TaskRunner]" = weakref.WeakSet()


def error_message(exc: BaseException) -> str:
    """The one line a user sees for an exception."""
    if isinstance(exc, ViralMLError):
        return str(exc)
    if isinstance(exc, MemoryError):
        return "out of memory while processing this input"
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"unexpected error ({type(exc).__name__}){': ' + text if text else ''}"


class _TaskThread(QThread):
    progressed = Signal(float, str)
    succeeded = Signal(object)
    failed = Signal(str)
    was_cancelled = Signal()

    def __init__(self, fn: Callable[[Progress], Any], parent: Optional[QObject] = None):
        super().__init__(parent)
        self.fn = fn
        self.state = Progress(listener=lambda f, m: self.progressed.emit(f, m))

    def run(self) -> None:  # worker thread
        try:
            out = self.fn(self.state)
        except Cancelled:
            self.was_cancelled.emit()
        except BaseException as e:  # noqa: BLE001 - every error reaches the user as one line
            if not isinstance(e, ViralMLError):
                log.error("task failed:\n%s", traceback.format_exc())
            self.failed.emit(error_message(e))
        else:
            if self.state.cancelled:
                self.was_cancelled.emit()
            else:
                self.succeeded.emit(out)


class TaskRunner(QObject):
    progress = Signal(float, str)
    result = Signal(object)
    error = Signal(str)
    cancelled = Signal()
    started = Signal()
    finished = Signal()

    def __init__(self, parent: Optional[QObject] = None):
        super().__init__(parent)
        self._current: Optional[_TaskThread] = None
        self._threads: set[_TaskThread] = set()  # kept alive until each has finished
        _runners.add(self)

    def start(self, fn: Callable[[Progress], Any]) -> None:
        self.cancel()
        t = _TaskThread(fn)
        self._current = t
        self._threads.add(t)
        t.progressed.connect(lambda f, m, t=t: self._forward(t, self.progress, f, m))
        t.succeeded.connect(lambda out, t=t: self._forward(t, self.result, out))
        t.failed.connect(lambda msg, t=t: self._forward(t, self.error, msg))
        t.was_cancelled.connect(lambda t=t: self._forward(t, self.cancelled))
        t.finished.connect(lambda t=t: self._on_finished(t))
        t.start()
        self.started.emit()

    def _forward(self, t: _TaskThread, signal, *args) -> None:
        if t is self._current:  # a superseded task's output is dropped
            signal.emit(*args)

    def _on_finished(self, t: _TaskThread) -> None:
        self._threads.discard(t)
        if t is self._current:
            self._current = None
            self.finished.emit()
        t.deleteLater()

    def cancel(self) -> None:
        if self._current is not None:
            self._current.state.cancel()

    def is_running(self) -> bool:
        return self._current is not None and self._current.isRunning()

    def shutdown(self, timeout_ms: int = 30000) -> bool:
        """Cancel everything and wait for the threads; True when all stopped in time."""
        for t in list(self._threads):
            t.state.cancel()
        ok = True
        for t in list(self._threads):
            ok = t.wait(timeout_ms) and ok
        return ok


def shutdown_all(timeout_ms: int = 30000) -> bool:
    ok = True
    for r in list(_runners):
        ok = r.shutdown(timeout_ms) and ok
    return ok
