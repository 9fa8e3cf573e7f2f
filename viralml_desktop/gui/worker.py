"""One generic worker runner: run a core function in a QThread with progress, cancel and errors.

``runner.start(job, args)`` runs the core job ``job(args, progress)`` off the UI thread (and
``runner.start(fn)`` runs ``fn(progress)``), where ``progress`` is core's
:class:`~viralml_desktop.core.progress.Progress`. Signals arrive on the UI thread:
``progress(fraction, message)``, ``partial(object)`` (one finished item of a long job, from
``progress.partial``), ``result(object)``, ``error(str)`` (one line), ``cancelled()``, then
``finished()``.

Starting a new task cancels the one running, and a superseded task's result is dropped,
so a stale result never shows (Orange3's "cancel on new input"). :func:`shutdown_all`
cancels every task and waits for the threads, so closing the window mid-run is clean; at
interpreter exit it runs, and then :func:`hand_clipboard_to_qt` leaves Qt no Python-made clipboard
data to delete after Python has finalised (a SIGSEGV at exit under the offscreen platform).

Before its job, every task thread calls :func:`preimport_analyses` (core/preimport.py): the first
task imports, in one thread, every module the analyses load lazily, and a task started meanwhile
waits for it, so two tabs' first jobs never import scipy or librosa at the same time (a concurrent
first import fails now and then with ``KeyError: 'scipy'``). Later tasks pay one set lookup.
"""
from __future__ import annotations

import atexit
import logging
import traceback
import weakref
from typing import Any, Callable, Optional

from PySide6.QtCore import QObject, QThread, Signal

from viralml_desktop.core.errors import Cancelled, ViralMLError
from viralml_desktop.core.progress import Progress

log = logging.getLogger(__name__)

# Threads are owned here, not by their runner, so a runner (or its tab) that is deleted
# mid-task never destroys a QThread that is still running; each leaves when it finishes.
_live_threads: set["_TaskThread"] = set()


#: the core/preimport.py groups a task thread imports before its job: every analysis a tab runs
PREIMPORT_GROUPS = ("kit",)


def preimport_analyses() -> dict[str, str]:
    """Import, once and one thread at a time, what the analyses import lazily (:data:`PREIMPORT_GROUPS`).

    Called by every task thread before its job (the first call takes seconds, later ones a set
    lookup per module; a thread that calls while another imports waits for it).

    Returns
    -------
    dict
        ``{module: reason}`` for optional modules that are not installed (their stage says so when
        it runs); see :func:`viralml_desktop.core.preimport.preimport`.
    """
    from viralml_desktop.core import preimport

    return preimport.preimport(PREIMPORT_GROUPS)


def error_message(exc: BaseException) -> str:
    """The one line a user sees for an exception."""
    if isinstance(exc, ViralMLError):
        return str(exc)
    if isinstance(exc, MemoryError):
        return "out of memory while processing this input"
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"unexpected error ({type(exc).__name__}){': ' + text if text else ''}"


class _TaskThread(QThread):
    # every signal carries the task id, so the runner can drop a superseded task's output
    progressed = Signal(int, float, str)
    partial_ready = Signal(int, object)
    succeeded = Signal(int, object)
    failed = Signal(int, str)
    was_cancelled = Signal(int)
    done = Signal(int)

    def __init__(self, task_id: int, fn: Callable[..., Any], args: tuple = ()):
        super().__init__()
        self.task_id = task_id
        self.fn = fn
        self.args = args
        self.state = Progress(listener=lambda f, m: self.progressed.emit(self.task_id, f, m),
                              on_partial=lambda item: self.partial_ready.emit(self.task_id, item))
        self.finished.connect(self._on_finished)

    def run(self) -> None:  # worker thread
        try:
            preimport_analyses()
            self.state.check()  # cancelled while it waited for the imports
            out = self.fn(*self.args, self.state)
        except Cancelled:
            self.was_cancelled.emit(self.task_id)
        except BaseException as e:  # noqa: BLE001 - every error reaches the user as one line
            if not isinstance(e, ViralMLError):
                log.error("task failed:\n%s", traceback.format_exc())
            self.failed.emit(self.task_id, error_message(e))
        else:
            if self.state.cancelled:
                self.was_cancelled.emit(self.task_id)
            else:
                self.succeeded.emit(self.task_id, out)

    def _on_finished(self) -> None:  # UI thread
        self.done.emit(self.task_id)
        _live_threads.discard(self)  # last strong reference: freed once it has finished


class TaskRunner(QObject):
    progress = Signal(float, str)
    partial = Signal(object)
    result = Signal(object)
    error = Signal(str)
    cancelled = Signal()
    started = Signal()
    finished = Signal()

    def __init__(self, parent: Optional[QObject] = None):
        super().__init__(parent)
        self._current: Optional[_TaskThread] = None
        self._next_id = 0
        self._threads: "weakref.WeakSet[_TaskThread]" = weakref.WeakSet()  # owned by _live_threads

    def start(self, fn: Callable[..., Any], *args: Any) -> None:
        """Run ``fn(*args, progress)`` in a new thread, cancelling the task running now."""
        self.cancel()
        self._next_id += 1
        t = _TaskThread(self._next_id, fn, args)
        self._current = t
        self._threads.add(t)
        _live_threads.add(t)
        # bound methods of this QObject: Qt disconnects them if the runner is deleted first
        t.progressed.connect(self._on_progress)
        t.partial_ready.connect(self._on_partial)
        t.succeeded.connect(self._on_result)
        t.failed.connect(self._on_error)
        t.was_cancelled.connect(self._on_cancelled)
        t.done.connect(self._on_done)
        t.start()
        self.started.emit()

    def _is_current(self, task_id: int) -> bool:
        return self._current is not None and self._current.task_id == task_id

    def _on_progress(self, task_id: int, f: float, m: str) -> None:
        if self._is_current(task_id):
            self.progress.emit(f, m)

    def _on_partial(self, task_id: int, item: object) -> None:
        if self._is_current(task_id):
            self.partial.emit(item)

    def _on_result(self, task_id: int, out: object) -> None:
        if self._is_current(task_id):
            self.result.emit(out)

    def _on_error(self, task_id: int, msg: str) -> None:
        if self._is_current(task_id):
            self.error.emit(msg)

    def _on_cancelled(self, task_id: int) -> None:
        if self._is_current(task_id):
            self.cancelled.emit()

    def _on_done(self, task_id: int) -> None:
        if self._is_current(task_id):
            self._current = None
            self.finished.emit()

    def cancel(self) -> None:
        if self._current is not None:
            self._current.state.cancel()

    def is_running(self) -> bool:
        return self._current is not None and self._current.isRunning()

    def shutdown(self, timeout_ms: int = 30000) -> bool:
        """Cancel everything and wait for the threads; True when all stopped in time."""
        threads = list(self._threads)
        for t in threads:
            t.state.cancel()
        return all(t.wait(timeout_ms) for t in threads)


def shutdown_all(timeout_ms: int = 30000) -> bool:
    """Cancel every running task in the process and wait for its thread."""
    threads = list(_live_threads)
    for t in threads:
        t.state.cancel()
    return all(t.wait(timeout_ms) for t in threads)


def hand_clipboard_to_qt() -> bool:
    """Replace clipboard data made in Python by the same text or image made by Qt itself.

    A ``QMimeData`` created in Python and given to the clipboard (``setMimeData``) is deleted by
    Qt only when the clipboard is: under the offscreen and minimal platforms (headless runs,
    ``viralml gui --screenshot``, the tests) that is a C++ static destroyed by the C exit handlers,
    after Python has finalised, and the Python wrapper's destructor then calls into a dead
    interpreter: SIGSEGV (exit 139) after everything has finished. Called while Python is alive
    (registered with :mod:`atexit`), this puts the copied image (else the text) back through
    ``QClipboard.setImage``/``setText``, which make a Qt-owned ``QMimeData``, and so deletes the
    Python one now. Other formats of such data are dropped (Qt has no API to copy them into a
    Qt-made object); data Qt made (text copied in the app, another program's copy) is left as is.

    Returns
    -------
    bool
        True when some clipboard data was replaced, False when there was nothing to do (no
        ``QGuiApplication``, or no Python-made data on the clipboard, selection or find buffer).
    """
    from PySide6.QtGui import QClipboard, QGuiApplication, QImage
    from shiboken6 import Shiboken

    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication) or not Shiboken.isValid(app):
        return False
    clipboard = QGuiApplication.clipboard()
    modes = [QClipboard.Mode.Clipboard]
    if clipboard.supportsSelection():
        modes.append(QClipboard.Mode.Selection)
    if clipboard.supportsFindBuffer():
        modes.append(QClipboard.Mode.FindBuffer)
    replaced = False
    for mode in modes:
        data = clipboard.mimeData(mode)
        if data is None or not Shiboken.isValid(data) or not Shiboken.createdByPython(data):
            continue
        image = QImage(data.imageData()) if data.hasImage() else QImage()
        if not image.isNull():
            clipboard.setImage(image, mode)
        elif data.hasText():
            clipboard.setText(data.text(), mode)
        else:
            clipboard.clear(mode)
        replaced = True
    return replaced


def _at_exit() -> None:
    shutdown_all()
    hand_clipboard_to_qt()


# A task started late (a timer firing after the window closed) may still be in its pre-import when the
# interpreter exits; Qt aborts the process if a running QThread is destroyed, so wait for it first.
# Then no Python-made object may be left for Qt's own exit handlers to delete (hand_clipboard_to_qt).
atexit.register(_at_exit)
