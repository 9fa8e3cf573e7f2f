"""Progress and cancellation for a capability run, without Qt (after Orange3's TaskState).

A capability is ``run(request, progress) -> response``. It calls ``progress.update(f, msg)``
as it goes and ``progress.check()`` between steps; ``check`` raises :class:`Cancelled` once
the user has cancelled. A job over many items calls ``progress.partial(item)`` as each item
finishes (Orange3's ``set_partial_result``), so a table fills row by row and a cancel keeps
the rows already done. The GUI's worker forwards updates and partial items as Qt signals.

Every core signature that takes a progress object types it :class:`ProgressLike`, the members
capability code uses; :class:`Progress` and :class:`SubProgress` both satisfy it.
"""
from __future__ import annotations

import threading
from typing import Callable, Optional, Protocol, runtime_checkable

from viralml_desktop.core.errors import Cancelled

Listener = Callable[[float, str], None]
PartialListener = Callable[[object], None]


@runtime_checkable
class ProgressLike(Protocol):
    """What a capability may call on the progress it is handed."""

    def update(self, fraction: float, message: str = "") -> None:
        """Report the fraction done (0..1) and what is being done; a cancellation point."""

    def check(self) -> None:
        """Raise :class:`~viralml_desktop.core.errors.Cancelled` once the user has cancelled."""

    def sub(self, start: float, end: float) -> "ProgressLike":
        """A view mapping 0..1 onto [start, end] of this progress, for one stage."""

    def partial(self, item: object) -> None:
        """Hand over one finished item of a long job."""

    @property
    def cancelled(self) -> bool:
        """Whether the user has cancelled."""


class Progress:
    def __init__(self, listener: Optional[Listener] = None, on_partial: Optional[PartialListener] = None):
        self._listener = listener
        self._on_partial = on_partial
        self._cancel = threading.Event()
        self.fraction = 0.0
        self.message = ""

    # -- reporting -------------------------------------------------------
    def update(self, fraction: float, message: str = "") -> None:
        """Report the fraction done (0..1). Also a cancellation point."""
        self.check()
        self.fraction = min(1.0, max(0.0, float(fraction)))
        if message:
            self.message = message
        if self._listener is not None:
            self._listener(self.fraction, self.message)

    def sub(self, start: float, end: float) -> "SubProgress":
        """A view that maps 0..1 onto [start, end] of this progress (for a stage)."""
        return SubProgress(self, start, end)

    def partial(self, item: object) -> None:
        """Hand over one finished item of a long job. Not a cancellation point: an item that
        finished just before a cancel still reaches the caller."""
        if self._on_partial is not None:
            self._on_partial(item)

    # -- cancellation ----------------------------------------------------
    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled("cancelled by the user")


class SubProgress:
    def __init__(self, parent: Progress | "SubProgress", start: float, end: float):
        self._parent, self._start, self._end = parent, start, end

    def update(self, fraction: float, message: str = "") -> None:
        f = min(1.0, max(0.0, float(fraction)))
        self._parent.update(self._start + (self._end - self._start) * f, message)

    def sub(self, start: float, end: float) -> "SubProgress":
        return SubProgress(self, start, end)

    def partial(self, item: object) -> None:
        self._parent.partial(item)

    def check(self) -> None:
        self._parent.check()

    @property
    def cancelled(self) -> bool:
        return self._parent.cancelled


class CancelOnly:
    """A progress for a nested or background step: honours cancel, reports nothing.

    Hands a capability called inside another one (or a thread beside the main step) the
    parent's cancellation without letting it move the parent's fraction or message.
    """

    def __init__(self, parent: ProgressLike):
        self._parent = parent

    def update(self, fraction: float, message: str = "") -> None:
        self._parent.check()

    def check(self) -> None:
        self._parent.check()

    def sub(self, start: float, end: float) -> "CancelOnly":
        return self

    def partial(self, item: object) -> None:
        pass

    @property
    def cancelled(self) -> bool:
        return self._parent.cancelled


def null_progress() -> Progress:
    return Progress()
