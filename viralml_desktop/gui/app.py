"""Start the GUI, or render it offscreen to a PNG (``viralml gui --screenshot``)."""
from __future__ import annotations

import os
import sys
from typing import Optional


def _app():
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("ViralML Desktop")
    app.setOrganizationName("ViralML")
    return app


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
        # startup benchmark: report the first paint, then quit
        import time

        def painted():
            print(f"FIRST_PAINT {time.time():.6f} torch_imported={'torch' in sys.modules}", flush=True)
            win.close()
            app.quit()

        QTimer.singleShot(0, painted)
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
