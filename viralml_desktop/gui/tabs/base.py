"""Base class of every capability tab, and the placeholder for a capability not built yet."""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from viralml_desktop.gui.context import AppContext


class CapabilityTab(QWidget):
    """A tab. Subclasses set ``key``, ``title``, ``feature`` and ``file_extensions``.

    ``handle_files`` receives files dropped anywhere on the window or opened from
    File > Open while this tab is current. ``shutdown`` is called when the window closes.
    """

    key = ""
    title = ""
    feature: Optional[str] = None  # ml_core.features key that hides the tab when false
    file_extensions: tuple[str, ...] = ()

    def __init__(self, ctx: AppContext, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.ctx = ctx

    def accepts(self, path: str) -> bool:
        return bool(self.file_extensions) and path.lower().endswith(self.file_extensions)

    def handle_files(self, paths: list[str]) -> bool:
        return False

    def cancel_jobs(self) -> bool:
        """Cancel every job this tab (or a pane inside it) is running (Esc). True when one was running."""
        from viralml_desktop.gui.worker import TaskRunner

        running = False
        for r in self.findChildren(TaskRunner):
            if r.is_running():
                running = True
                r.cancel()
        return running

    def shutdown(self) -> None:
        pass


class NotAvailableTab(CapabilityTab):
    """Shown for a capability that is not built yet: says so, and shows no number."""

    def __init__(self, ctx: AppContext, key: str, title: str, feature: Optional[str],
                 parent: Optional[QWidget] = None, reason: str = ""):
        super().__init__(ctx, parent)
        self.key, self.title, self.feature = key, title, feature
        lay = QVBoxLayout(self)
        self.label = QLabel(self.tr("<h2>{title}</h2><p>This capability is not available yet in this version.</p>").format(title=title)
                            + (self.tr("<p><small>{reason}</small></p>").format(reason=reason) if reason else ""))
        self.label.setAlignment(Qt.AlignCenter)
        self.label.setWordWrap(True)
        lay.addWidget(self.label)
