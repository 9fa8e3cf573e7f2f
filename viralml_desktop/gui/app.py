"""Start the GUI, or render it offscreen to a PNG (``viralml gui --screenshot``)."""
from __future__ import annotations

import os
import sys
from pathlib import Path
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
    from viralml_desktop.gui import i18n
    from viralml_desktop.gui.context import AppContext

    from viralml_desktop.gui import fmt

    settings = AppContext().settings
    i18n.install(settings=settings)  # VIRALML_LANG > Settings > system locale
    fmt.configure(settings)  # short or full large numbers, 24- or 12-hour clock
    from viralml_desktop.gui.fonts import register_emoji_font

    register_emoji_font()  # colour emoji in every widget, whatever fonts the system has
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


def config_problem_box(err, parent=None):
    """The dialog shown when the configuration cannot be used: the file's path, the one-line
    reason, and two choices, *Reset to defaults* (``box.reset_button``) and *Quit*."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Warning)
    box.setWindowTitle(QCoreApplication.translate("app", "ViralML Desktop: configuration problem"))
    where = str(err.path) if getattr(err, "path", None) else QCoreApplication.translate("app", "the configuration")
    box.setText(QCoreApplication.translate("app", "The configuration file cannot be used:\n{where}").format(where=where))
    box.setInformativeText(f"{err}\n\n" + QCoreApplication.translate(
        "app", "Reset to defaults puts this file aside (renamed, not deleted) and starts with the default settings."))
    box.reset_button = box.addButton(QCoreApplication.translate("app", "Reset to defaults"), QMessageBox.AcceptRole)
    box.quit_button = box.addButton(QCoreApplication.translate("app", "Quit"), QMessageBox.RejectRole)
    box.setDefaultButton(box.reset_button)
    return box


def ensure_config(parent=None) -> bool:
    """Load the configuration; when it cannot be used, ask (:func:`config_problem_box`) instead of
    exiting. True when a usable configuration is in force (possibly after a reset)."""
    from viralml_desktop.core import config, paths

    for _ in range(2):  # a reset fixes a bad user file; a bad shipped file stays bad
        try:
            config.get()
            return True
        except config.ConfigError as err:
            box = config_problem_box(err, parent)
            box.exec()
            if box.clickedButton() is not box.reset_button:
                return False
            user_file = paths.user_config_file()
            if err.path is not None and Path(err.path) != user_file:
                return False  # only the user's own file can be put aside
            try:
                config.reset_user_config()
            except config.ConfigError:
                return False
    return False


def wait_idle(app, win, timeout_s: float = 120.0) -> bool:
    """Process events until no job of the window (a tab's analysis, an account list, the device
    probe) is running and none starts from a finished one's result, or ``timeout_s`` passes.

    Returns
    -------
    bool
        True when the window went idle in time; False on the timeout (the grab then shows the
        job's progress).
    """
    import time

    from viralml_desktop.gui.worker import TaskRunner

    deadline = time.monotonic() + timeout_s
    quiet = 0
    while time.monotonic() < deadline:
        app.processEvents()
        busy = any(r.is_running() for r in win.findChildren(TaskRunner))
        quiet = 0 if busy else quiet + 1
        if quiet >= 5:  # idle across several passes: the last results (and what they start) landed
            return True
        time.sleep(0.05)
    return False


def run_gui(screenshot: Optional[str] = None, tab: Optional[str] = None,
            size: Optional[tuple[int, int]] = None, files: Optional[list[str]] = None) -> int:
    """Open the main window, or render it to the PNG ``screenshot`` and exit.

    Parameters
    ----------
    screenshot : str, optional
        Where to write the PNG. A screenshot run reads the user's ``gui.ini`` but never writes
        it (the last tab, the window geometry and recent files stay as the user left them).
    tab : str, optional
        The tab key to show first.
    size : tuple of int, optional
        The window's (width, height) in pixels.
    files : list of str, optional
        Files opened as if dropped on the window.

    Returns
    -------
    int
        The exit status: 0, 1 when the PNG could not be written, 2 when no usable
        configuration was found.
    """
    if screenshot and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = _app()
    if not ensure_config():
        return 2
    from viralml_desktop.gui.main_window import MainWindow

    scratch = None
    ctx = None
    if screenshot:
        # a screenshot reads the user's settings (language, units, last size) but must not change
        # them: the window, its tabs and the files it opens write to a throwaway copy of gui.ini
        import shutil
        import tempfile

        from PySide6.QtCore import QSettings

        from viralml_desktop.core import paths
        from viralml_desktop.gui.context import AppContext

        scratch = tempfile.mkdtemp(prefix="viralml-shot-")
        copy = Path(scratch) / "gui.ini"
        user_ini = paths.user_config_dir() / "gui.ini"
        if user_ini.is_file():
            shutil.copyfile(user_ini, copy)
        ctx = AppContext(QSettings(str(copy), QSettings.IniFormat))
    try:
        return _run_window(app, MainWindow(ctx), screenshot, tab, size, files)
    finally:
        if scratch:
            import shutil

            shutil.rmtree(scratch, ignore_errors=True)


def _run_window(app, win, screenshot, tab, size, files) -> int:
    from PySide6.QtCore import QTimer

    if tab:
        win.select_tab(tab)
    if size:
        win.resize(*size)
    win.show()
    if files:  # as if dropped on the window: a screenshot then shows the tab after their job
        win.open_paths([str(Path(f).resolve()) for f in files])
    if os.environ.get("VIRALML_EXIT_AFTER_PAINT"):
        _report_first_paint(app, win)
        return app.exec()
    if screenshot:
        # let the tabs' first queued work (e.g. reading health figures) land before grabbing
        for _ in range(20):
            app.processEvents()
        # a local loop: app.quit() would close the window (Qt 6) and cancel the tabs' jobs
        from PySide6.QtCore import QEventLoop

        loop = QEventLoop()
        QTimer.singleShot(800, loop.quit)
        loop.exec()
        wait_idle(app, win, float(os.environ.get("VIRALML_SCREENSHOT_TIMEOUT", "120")))
        Path(screenshot).parent.mkdir(parents=True, exist_ok=True)
        ok = win.grab().save(screenshot, "PNG")
        win.close()
        if not ok:
            print(f"error: could not write {screenshot}", file=sys.stderr)
            return 1
        return 0
    return app.exec()
