"""The main window: one tab per capability, menus, status bar with device and models."""
from __future__ import annotations

import html
import logging
import platform
from collections.abc import Mapping
from pathlib import Path
from typing import Optional

from PySide6.QtCore import QByteArray, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (QFrame, QLabel, QMainWindow, QMessageBox, QScrollArea, QStatusBar, QStyle,
                               QStyleOption, QTabWidget, QVBoxLayout, QWidget)

from viralml_desktop import __version__
from viralml_desktop.core import config, health, registry
from viralml_desktop.gui import tabs as tabs_mod
from viralml_desktop.gui.context import AppContext
from viralml_desktop.gui.tabs.base import CapabilityTab
from viralml_desktop.gui.widgets import paths_from_mime
from viralml_desktop.gui.worker import TaskRunner, shutdown_all

log = logging.getLogger(__name__)


#: The window's minimum size, pixels (width, height): every tab is laid out to show whole at it.
MIN_WINDOW = (1024, 640)


class _TabSlot(QWidget):
    """A tab's place in the tab bar; the tab itself is built on first show."""

    def __init__(self, spec: "tabs_mod.TabSpec"):
        super().__init__()
        self.spec = spec
        self.tab: Optional[CapabilityTab] = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        # A tab larger than the window scrolls instead of raising the window's minimum size, so
        # every tab stays usable at 1024x640 (issue 19.5); at a larger size it fills the window.
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.NoFrame)
        lay.addWidget(self.scroll)

    def set_tab(self, tab: CapabilityTab) -> None:
        self.tab = tab
        self.scroll.setWidget(tab)


class _LazyTabs(Mapping):
    """``window.tabs[key]``: the tab, built on first access; ``key in window.tabs`` builds nothing."""

    def __init__(self, window: "MainWindow"):
        self._w = window

    def __getitem__(self, key: str) -> CapabilityTab:
        if key not in self._w._slots:
            raise KeyError(key)
        return self._w.build_tab(key)

    def __contains__(self, key: object) -> bool:
        return key in self._w._slots

    def __iter__(self):
        return iter(self._w._slots)

    def __len__(self) -> int:
        return len(self._w._slots)


class ElidingStatusBar(QStatusBar):
    """A status bar whose message is shortened with "…" before the labels on its right.

    Qt's own bar clips a long message where its first permanent widget begins (a Spanish import
    summary lost its end under the models and device labels at 1024 px). This one draws the
    message elided to the room left of those widgets and, when it is shortened, gives the whole
    message as the bar's tooltip. Any caller's ``showMessage`` (tabs, menus' status tips) is drawn
    this way, as the painting is what changed.
    """

    def __init__(self, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self._permanent: list[QWidget] = []
        self.messageChanged.connect(self._update_tooltip)

    def addPermanentWidget(self, widget: QWidget, stretch: int = 0) -> None:  # noqa: N802 (Qt name)
        self._permanent.append(widget)
        super().addPermanentWidget(widget, stretch)

    def insertPermanentWidget(self, index: int, widget: QWidget, stretch: int = 0) -> int:  # noqa: N802
        self._permanent.append(widget)
        return super().insertPermanentWidget(index, widget, stretch)

    def removeWidget(self, widget: QWidget) -> None:  # noqa: N802
        if widget in self._permanent:
            self._permanent.remove(widget)
        super().removeWidget(widget)

    def message_rect(self):
        """The room the message is drawn in: from the left margin to the first visible permanent widget."""
        from PySide6.QtCore import QRect

        left, right = 6, self.width() - 12
        shown = [w for w in self._permanent if w.isVisible() and w.parent() is not None]
        if shown:
            right = min(w.x() for w in shown) - 2
        else:  # the size grip, when shown, ends the room as the permanent widgets do
            for child in self.findChildren(QWidget, options=Qt.FindDirectChildrenOnly):
                if child.metaObject().className() == "QSizeGrip" and child.isVisible():
                    right = child.x()
        return QRect(left, 0, max(0, right - left), self.height())

    def displayed_message(self) -> str:
        """The current message as drawn: whole, or cut with "…" to the width of :meth:`message_rect`."""
        msg = self.currentMessage()
        if not msg:
            return ""
        one_line = " ".join(msg.split())
        return self.fontMetrics().elidedText(one_line, Qt.ElideRight, self.message_rect().width())

    def _update_tooltip(self, *_args) -> None:
        msg = self.currentMessage()
        shown = self.displayed_message()
        self.setToolTip(msg if msg and shown != " ".join(msg.split()) else "")

    def resizeEvent(self, e) -> None:  # noqa: N802
        super().resizeEvent(e)
        self._update_tooltip()

    def paintEvent(self, e) -> None:  # noqa: N802
        # QStatusBar::paintEvent, with the message elided instead of clipped
        msg = self.currentMessage()
        p = QPainter(self)
        opt = QStyleOption()
        opt.initFrom(self)
        self.style().drawPrimitive(QStyle.PE_PanelStatusBar, opt, p, self)
        items = self._permanent if msg else self.findChildren(QWidget, options=Qt.FindDirectChildrenOnly)
        for w in items:
            if w.isVisible() and w.metaObject().className() != "QSizeGrip":
                ir = w.geometry().adjusted(-2, -1, 2, 1)
                if e.rect().intersects(ir):
                    fo = QStyleOption()
                    fo.rect = ir
                    fo.palette = self.palette()
                    fo.state = QStyle.State_None
                    self.style().drawPrimitive(QStyle.PE_FrameStatusBarItem, fo, p, w)
        if msg:
            p.setPen(self.palette().windowText().color())
            p.drawText(self.message_rect(), Qt.AlignLeading | Qt.AlignVCenter | Qt.TextSingleLine,
                       self.displayed_message())
        p.end()


class MainWindow(QMainWindow):
    def __init__(self, ctx: Optional[AppContext] = None, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("ViralML Desktop {__version__}").format(__version__=__version__))
        self.ctx = ctx or AppContext()
        self.setStatusBar(ElidingStatusBar(self))
        self.ctx._status = lambda msg: self.statusBar().showMessage(msg, 6000)
        self.setAcceptDrops(True)
        self.cfg = config.get()

        # the smallest window every tab is laid out for (nothing cut, a tall tab scrolls): a saved
        # or requested smaller size opens at this one (tests/test_layout.py checks each tab)
        self.setMinimumSize(*MIN_WINDOW)
        self.tab_widget = QTabWidget()
        self.tab_widget.setDocumentMode(True)
        # every tab stays in sight on a narrow window (Spanish titles are longer): the titles are
        # shortened with "…" instead of scrolled out of view, the whole title in the tooltip
        self.tab_widget.setElideMode(Qt.ElideRight)
        self.tab_widget.setUsesScrollButtons(False)
        self.setCentralWidget(self.tab_widget)
        # Each tab is built the first time it is shown: the window paints at once, and a tab
        # never opened costs nothing. ``self.tabs[key]`` builds on access.
        self._slots: dict[str, _TabSlot] = {}
        self.tabs = _LazyTabs(self)
        for spec in tabs_mod.TABS:
            if spec.feature and not self.cfg.feature_enabled(spec.feature):
                continue  # a feature set to false hides its tab
            self._add_slot(_TabSlot(spec))

        self.device_label = QLabel(self.tr("Device: not selected yet"))
        self.device_label.setToolTip(self.tr("Compute device for torch models (cuda > mps > cpu)"))
        self.models_label = QLabel(self.tr("Models: none loaded"))
        self.statusBar().addPermanentWidget(self.models_label)
        self.statusBar().addPermanentWidget(self.device_label)

        self._build_menus()
        self._restore_state()
        self._build_current()
        self.tab_widget.currentChanged.connect(self._on_tab_changed)

        # Device detection imports torch: do it off the UI thread, after the window shows.
        self.device_runner = TaskRunner(self)
        self.device_runner.result.connect(self._show_device)
        self.device_runner.error.connect(lambda m: self.device_label.setText(self.tr("Device: cpu ({m})").format(m=m)))
        self._device_timer = QTimer(self, singleShot=True, interval=300)  # child: dies with the window
        self._device_timer.timeout.connect(lambda: self.device_runner.start(lambda p: registry.probe_device()))
        self._device_timer.start()
        self.models_timer = QTimer(self)
        self.models_timer.timeout.connect(self._update_models_label)
        self.models_timer.start(2000)

    # -- menus --------------------------------------------------------------
    def _build_menus(self) -> None:
        m = self.menuBar().addMenu(self.tr("&File"))
        open_act = QAction(self.tr("&Open…"), self, shortcut=QKeySequence.Open, triggered=self.open_dialog)
        open_act.setToolTip(self.tr("Open a file in the current tab"))
        m.addAction(open_act)
        self.recent_menu = m.addMenu(self.tr("Open &Recent"))
        self.ctx.recent_changed.append(self._rebuild_recent)
        self._rebuild_recent()
        from viralml_desktop.gui.settings_dialog import show_settings  # light: the server loads on Start
        m.addAction(QAction(self.tr("&Settings…"), self, shortcut=QKeySequence("Ctrl+,"),
                            triggered=lambda: show_settings(self)))
        m.addSeparator()
        m.addAction(QAction(self.tr("&Quit"), self, shortcut=QKeySequence.Quit, triggered=self.close))

        v = self.menuBar().addMenu(self.tr("&View"))
        for i in range(self.tab_widget.count()):
            act = QAction(self.tab_widget.tabText(i), self, shortcut=QKeySequence(f"Ctrl+{i + 1}"))
            act.triggered.connect(lambda checked=False, i=i: self.tab_widget.setCurrentIndex(i))
            v.addAction(act)

        # Esc cancels the visible tab's running jobs (its Cancel buttons show the key in their tooltip)
        self.cancel_shortcut = QShortcut(QKeySequence("Esc"), self, activated=self.cancel_current_job)

        h = self.menuBar().addMenu(self.tr("&Help"))
        self.help_action = QAction(self.tr("&Help for this tab"), self, shortcut=QKeySequence.HelpContents,
                                   triggered=lambda: self.show_help())
        self.help_action.setToolTip(self.tr("What the visible tab measures, what to do with it, its limits (F1)"))
        h.addAction(self.help_action)
        h.addAction(QAction(self.tr("&User guide"), self, triggered=self.show_guide))
        h.addSeparator()
        h.addAction(QAction(self.tr("&About ViralML"), self, triggered=self.show_about))

    def _rebuild_recent(self) -> None:
        self.recent_menu.clear()
        files = self.ctx.recent_files()
        for f in files:
            self.recent_menu.addAction(QAction(f, self, triggered=lambda checked=False, f=f: self.open_paths([f])))
        self.recent_menu.setEnabled(bool(files))

    # -- tabs ---------------------------------------------------------------
    def _add_slot(self, slot: "_TabSlot") -> None:
        title = tabs_mod.tab_title(slot.spec)
        i = self.tab_widget.addTab(slot, title)
        tip = tabs_mod.tab_tooltip(slot.spec)
        # the whole title first: the bar may show it shortened on a narrow window
        self.tab_widget.setTabToolTip(i, f"<b>{html.escape(title)}</b><br>{html.escape(tip)}" if tip else title)
        self._slots[slot.spec.key] = slot

    def add_tab(self, key: str, title: str, tab: CapabilityTab) -> None:
        """Add an already-built tab (extensions, tests)."""
        slot = _TabSlot(tabs_mod.TabSpec(key, title, "", None, title))
        slot.set_tab(tab)
        self._add_slot(slot)

    def build_tab(self, key: str) -> CapabilityTab:
        slot = self._slots[key]
        if slot.tab is None:
            slot.set_tab(tabs_mod.create_tab(slot.spec, self.ctx))
        return slot.tab

    def built_tabs(self) -> list[CapabilityTab]:
        return [s.tab for s in self._slots.values() if s.tab is not None]

    def _build_current(self) -> None:
        w = self.tab_widget.currentWidget()
        if isinstance(w, _TabSlot):
            self.build_tab(w.spec.key)

    def _on_tab_changed(self, i: int) -> None:
        self._build_current()
        w = self.tab_widget.widget(i)
        if isinstance(w, _TabSlot):
            self.ctx.set_value("last_tab", w.spec.key)

    def current_tab(self) -> Optional[CapabilityTab]:
        w = self.tab_widget.currentWidget()
        return self.build_tab(w.spec.key) if isinstance(w, _TabSlot) else None

    def cancel_current_job(self) -> bool:
        """Cancel the jobs of the visible tab (Esc); True when one was running."""
        w = self.tab_widget.currentWidget()
        tab = w.tab if isinstance(w, _TabSlot) else None
        if tab is None:
            return False
        from viralml_desktop.gui.worker import TaskRunner

        runners = [r for r in tab.findChildren(TaskRunner) if r.is_running()]
        running = tab.cancel_jobs()
        if running:
            said = self.tr("Cancelling the {v0} job…").format(v0=tabs_mod.tab_title(w.spec))
            self.statusBar().showMessage(said, 4000)

            def stopped() -> None:  # the tab says what became of its job: not said here a second time
                if self.statusBar().currentMessage() == said and not any(r.is_running() for r in runners):
                    self.statusBar().clearMessage()

            for r in runners:
                r.finished.connect(stopped, Qt.SingleShotConnection)
        return running

    # -- files --------------------------------------------------------------

    def open_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        tab = self.current_tab()
        exts = tab.file_extensions if tab else ()
        flt = ("Supported (" + " ".join(f"*{e}" for e in exts) + ")") if exts else ""
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Open"), "", flt)
        if paths:
            self.open_paths(paths)

    def open_paths(self, paths: list[str]) -> bool:
        """Give files to the current tab, or to the first tab that accepts them."""
        tab = self.current_tab()
        if tab is None or not any(tab.accepts(p) for p in paths):
            for key in self._slots:
                t = self.build_tab(key)
                if any(t.accepts(p) for p in paths):
                    tab = t
                    self.tab_widget.setCurrentWidget(self._slots[key])
                    break
        if tab is None or not tab.handle_files(paths):
            self.statusBar().showMessage(self.tr("No tab here opens {v0}").format(v0=Path(paths[0]).name), 6000)
            return False
        for p in paths:
            self.ctx.add_recent(p)
        return True

    def dragEnterEvent(self, e) -> None:
        if paths_from_mime(e.mimeData()):
            e.acceptProposedAction()

    def dropEvent(self, e) -> None:
        paths = paths_from_mime(e.mimeData())
        if paths:
            e.acceptProposedAction()
            self.open_paths(paths)

    # -- state --------------------------------------------------------------
    def select_tab(self, key: str) -> None:
        spec = tabs_mod.find_spec(key)
        if spec.key not in self._slots:
            raise KeyError(f"tab {spec.key} is disabled in the configuration")
        self.tab_widget.setCurrentWidget(self._slots[spec.key])
        self.build_tab(spec.key)

    def _restore_state(self) -> None:
        geo = self.ctx.value("geometry")
        if isinstance(geo, QByteArray) and not geo.isEmpty():
            self.restoreGeometry(geo)
        else:
            self.resize(1200, 800)
        last = self.ctx.value("last_tab")
        if last and last in self._slots:
            self.tab_widget.setCurrentWidget(self._slots[last])

    def _show_device(self, device: str) -> None:
        self.device_label.setText(self.tr("Device: {device}").format(device=device))

    def _update_models_label(self) -> None:
        loaded = registry.default_registry().loaded()
        # the count on the status bar (a list of names crowded out the tabs' messages), the names in the tooltip
        self.models_label.setText(self.tr("Models loaded: {v0}").format(v0=len(loaded)))
        self.models_label.setToolTip(", ".join(sorted(loaded)))

    # -- about ----------------------------------------------------------------
    def about_text(self) -> str:
        import PySide6
        import sys

        snap_models = registry.default_registry().status()
        torch_v = sys.modules["torch"].__version__ if "torch" in sys.modules else "not loaded yet"
        rows = "".join(f"<tr><td>{n}</td><td>{s['licence']}</td></tr>" for n, s in snap_models.items())
        cards = "".join(f"<tr><td>{n}</td><td>{lic}</td></tr>"
                        for n, lic in health.shipped_model_licences().items())
        from viralml_desktop.gui.fonts import FONT_LICENCES

        fonts = "".join(f"<tr><td>{n}</td><td>{lic}</td></tr>" for n, lic in FONT_LICENCES.items())
        return (f"<h3>ViralML Desktop {__version__}</h3>"
                f"<p>Offline analysis for music creators. It analyzes; it never posts or operates an account.</p>"
                f"<p>Python {platform.python_version()} · PySide6 {PySide6.__version__} · torch {torch_v}</p>"
                f"<p><b>Models and licences</b></p><table>{rows}{cards}</table>"
                f"<p><b>Fonts</b></p><table>{fonts}</table>")

    def _help_dialog(self):
        from viralml_desktop.gui.help import HelpDialog

        if getattr(self, "help_dialog", None) is None:
            self.help_dialog = HelpDialog(self)
        return self.help_dialog

    def show_help(self, key: Optional[str] = None):
        """Open the Help page of the tab ``key`` (default: the visible one); returns the dialog."""
        from viralml_desktop.gui import help as help_mod

        if key is None:
            w = self.tab_widget.currentWidget()
            key = w.spec.key if isinstance(w, _TabSlot) else ""
        if key not in help_mod.PAGES:
            return self.show_guide()
        title = tabs_mod.tab_title(tabs_mod.find_spec(key))
        dlg = self._help_dialog()
        dlg.show_html(title, help_mod.page_html(key, title))
        return dlg

    def show_guide(self):
        """Open the whole user guide (every tab's page); returns the dialog."""
        from viralml_desktop.gui import help as help_mod

        titles = {s.spec.key: tabs_mod.tab_title(s.spec) for s in self._slots.values()}
        dlg = self._help_dialog()
        dlg.show_html(self.tr("User guide"), help_mod.guide_html(titles))
        return dlg

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About ViralML"), self.about_text())

    # -- closing --------------------------------------------------------------
    def closeEvent(self, e) -> None:
        self.ctx.set_value("geometry", self.saveGeometry())
        self.models_timer.stop()
        for t in self.built_tabs():
            t.shutdown()
        # Cancel every worker and wait, so no QThread is destroyed while running.
        shutdown_all()
        self.ctx.settings.sync()
        super().closeEvent(e)
