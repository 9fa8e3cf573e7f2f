"""Start the GUI, or render it offscreen to a PNG (``viralml gui --screenshot``)."""
from __future__ import annotations

import os
import sys
from typing import Optional


def _app():
    from PySide6.QtWidgets import QApplication
    from pyqtgraph.util.garbage_collector import GarbageCollector

    app = QApplication.instance() or QApplication(sys.argv[:1])
    # Python's cyclic GC may otherwise run in a worker thread and destroy a Qt object there,
    # which deadlocks on Qt's mutex against the GIL: collect only on the UI thread, on a timer.
    app._gc = GarbageCollector(interval=1.0)
    app.setApplicationName("ViralML Desktop")
    app.setOrganizationName("ViralML")
    from PySide6.QtGui import QIcon

    from viralml_desktop.core import paths

    icon = paths.RESOURCES_DIR / "icons" / "viralml.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def _report_first_paint(app, win) -> None:
    """Startup benchmark hook: print the wall time of the window's first paint, then quit."""
    import time

    from PySide6.QtCore import QEvent, QObject

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Paint and not getattr(self, "seen", False):
                self.seen = True
                print(f"FIRST_PAINT {time.time():.6f} torch_imported={'torch' in sys.modules}", flush=True)
                QTimer.singleShot(0, app.quit)
            return False

    from PySide6.QtCore import QTimer

    app._first_paint = FirstPaint()  # keep a reference for the app's lifetime
    win.installEventFilter(app._first_paint)


def run_gui(screenshot: Optional[str] = None, tab: Optional[str] = None,
            size: Optional[tuple[int, int]] = None) -> int:
    if screenshot and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer

    from viralml_desktop.gui.main_window import MainWindow

    app = _app()
    win = MainWindow()
    if tab:
        win.select_tab(tab)
    if size:
        win.resize(*size)
    win.show()
    if os.environ.get("VIRALML_EXIT_AFTER_PAINT"):
        _report_first_paint(app, win)
        return app.exec()
    if screenshot:
        from pathlib import Path

        # let the tabs' first queued work (e.g. reading health figures) land before grabbing
        for _ in range(20):
            app.processEvents()
        QTimer.singleShot(800, app.quit)
        app.exec()
        Path(screenshot).parent.mkdir(parents=True, exist_ok=True)
        ok = win.grab().save(screenshot, "PNG")
        win.close()
        if not ok:
            print(f"error: could not write {screenshot}", file=sys.stderr)
            return 1
        return 0
    return app.exec()
