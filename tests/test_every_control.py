"""Every control works: per tab, load a real small input, then trigger every enabled button, menu
action and shortcut the window holds, wait for the jobs they start, and fail on any exception
(``sys.excepthook``) or Qt warning/critical message (``qInstallMessageHandler``).

Controls are found generically (``findChildren`` of QAbstractButton, QAction, QShortcut), not
from a hand list. Modal dialogs never block: the file dialogs answer with the prepared files,
message boxes answer at once. The only skipped controls are in :data:`SKIP` (with why).
"""
from __future__ import annotations

import os
import re
import sys
import time
from pathlib import Path

import cv2
import numpy as np
import pytest
import shiboken6
from PySide6.QtCore import QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QFileDialog, QMenu, QMessageBox,
                               QWidget)

from test_account_health_gui import write_export
from test_thumbnail_core import real_portrait
from viralml_desktop.api.examples import write_video
from viralml_desktop.gui.tabs import TABS
from viralml_desktop.gui.worker import TaskRunner

# Controls not triggered, by object text (menu "&Quit" would close the window under the test).
SKIP = {"&Quit": "closes the window the test drives"}
# Qt messages that are the offscreen platform's, not the app's.
BENIGN = ("This plugin does not support", "propagateSizeHints", "QFont::setPointSize")
JOB_TIMEOUT_S = 60.0


class Harness:
    """Collects uncaught exceptions (sys.excepthook) and Qt warnings/criticals while active."""

    def __init__(self) -> None:
        self.problems: list[str] = []
        self.current = ""

    def _hook(self, etype, value, tb) -> None:
        self.problems.append(f"{self.current}: {etype.__name__}: {value}")

    def _qt(self, mode, context, message) -> None:
        if mode in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg) \
                and not any(b in message for b in BENIGN):
            self.problems.append(f"{self.current}: Qt {mode.name}: {message}")

    def __enter__(self) -> "Harness":
        self._old_hook = sys.excepthook
        sys.excepthook = self._hook
        self._old_qt = qInstallMessageHandler(self._qt)
        return self

    def __exit__(self, *exc) -> None:
        sys.excepthook = self._old_hook
        qInstallMessageHandler(self._old_qt)


def _busy(win) -> bool:
    return any(shiboken6.isValid(r) and r.is_running() for r in win.findChildren(TaskRunner))


def settle(win) -> None:
    """Process events until no job runs and none starts from a finished one's result."""
    app = QApplication.instance()
    deadline = time.monotonic() + JOB_TIMEOUT_S
    quiet = 0
    while time.monotonic() < deadline and quiet < 3:
        app.processEvents()
        if _busy(win):
            quiet = 0
            for r in win.findChildren(TaskRunner):
                t = r._current
                if t is not None and t.isRunning():
                    t.wait(50)  # block briefly on the thread instead of spinning
        else:
            quiet += 1
    assert not _busy(win), "a job was still running after 60 s"


@pytest.fixture
def inputs(tmp_path):
    """Real small files: an image, a folder of images, a video, an account export, comments."""
    img = cv2.resize(real_portrait(), (480, 270))
    folder = tmp_path / "thumbs"
    folder.mkdir()
    image = folder / "thumb.png"
    cv2.imwrite(str(image), img)
    cv2.imwrite(str(folder / "other.jpg"), np.ascontiguousarray(img[:, ::-1]))
    comments = tmp_path / "comments.txt"
    comments.write_text("Que temazo 🔥\nI hate it\nWhen on Spotify?\n", encoding="utf-8")
    return {"image": image, "folder": folder, "video": write_video(tmp_path / "clip.mp4", seconds=1.0),
            "csv": write_export(tmp_path / "artist_tiktok.csv", n=30), "txt": comments,
            "out": tmp_path / "saved"}


@pytest.fixture
def no_modal(monkeypatch, inputs):
    """File dialogs answer with the prepared files; message boxes and dialogs return at once."""
    pool = [inputs[k] for k in ("image", "video", "csv", "txt")]
    inputs["out"].mkdir()

    def pick(flt: str) -> str:
        exts = re.findall(r"\*(\.\w+)", flt or "")
        return str(next((p for p in pool if p.suffix in exts), pool[2]))

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (pick(_filter(a, k)), "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *a, **k: ([pick(_filter(a, k))], "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(inputs["folder"])))

    def save(*a, **k):
        name = Path(a[2] if len(a) > 2 else k.get("dir", "out")).name or "out"
        if not Path(name).suffix:
            exts = re.findall(r"\*(\.\w+)", _filter(a, k))
            name += exts[0] if exts else ".txt"
        return str(inputs["out"] / name), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save))
    for name in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(lambda *a, **k: QMessageBox.Yes))
    monkeypatch.setattr(QMessageBox, "about", staticmethod(lambda *a, **k: None))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.Yes)
    monkeypatch.setattr(QDialog, "exec", lambda self: QDialog.Rejected)
    monkeypatch.setattr(QMenu, "exec", lambda self, *a, **k: None)


def _filter(a, k) -> str:
    return a[3] if len(a) > 3 else k.get("filter", "")


def _controls(win, tab: QWidget) -> list:
    """Every button of the tab, every action of the window and the tab, every shortcut."""
    found = list(tab.findChildren(QAbstractButton))
    for menu in win.menuBar().findChildren(QMenu):
        found += [a for a in menu.actions() if not a.isSeparator() and a.menu() is None]
    found += [a for a in tab.findChildren(QAction) if not a.isSeparator() and a.menu() is None]
    found += [s for s in win.findChildren(QShortcut) if s.parent() is win or _inside(s.parent(), tab)]
    out, seen = [], set()
    for c in found:
        if id(c) not in seen:
            seen.add(id(c))
            out.append(c)
    return out


def _inside(obj, tab) -> bool:
    while obj is not None:
        if obj is tab:
            return True
        obj = obj.parent()
    return False


def _name(c) -> str:
    if isinstance(c, QShortcut):
        return f"shortcut {c.key().toString()}"
    text = c.text() if hasattr(c, "text") else ""
    return f"{type(c).__name__} {text or c.objectName() or c.toolTip()[:40]!r}"


def _recent_actions(c) -> list:
    menu = c.parent()
    win = menu.window() if isinstance(menu, QWidget) else None
    return list(win.recent_menu.actions()) if hasattr(win, "recent_menu") else []


def _cancel(win) -> None:
    if hasattr(win, "cancel_current_job"):
        win.cancel_current_job()


def trigger(c) -> bool:
    """Trigger one control if it is still alive and enabled; False when skipped."""
    if not shiboken6.isValid(c) or not c.isEnabled():
        return False
    if isinstance(c, QShortcut):
        c.activated.emit()
        # a shortcut is the key of a button already clicked and waited for: its job is cancelled at
        # once (the Esc path), so the test checks the wiring and the cancel, not the job twice
        _cancel(c.parent().window())
    elif isinstance(c, QAction):
        if c.text() in SKIP:
            return False
        opens_recent = c in _recent_actions(c)
        scene = c.parent()
        if type(scene).__name__ == "GraphicsScene" and scene.views():
            # pyqtgraph's plot menu acts on the item right-clicked: the plot, as a user's click gives
            scene.contextMenuItem = scene.views()[0].centralWidget
        c.trigger()
        if opens_recent:  # a file opened before, its job already waited for: the cancel is checked
            _cancel(c.parent().window() if c.parent() else None)
    else:
        if c.text() in SKIP:
            return False
        c.click()
        if c.isCheckable() and not c.autoExclusive() and shiboken6.isValid(c):
            c.click()  # both states' handlers run, and the user's setting is left as it was
    return True


def exercise(win, key: str, harness: Harness) -> list[str]:
    """Trigger every control of a tab twice over (controls a first pass created are taken too)."""
    done: set[int] = set()
    names = []
    labels: set[str] = set()
    for _ in range(2):
        win.select_tab(key)
        tab = win.tabs[key]
        recent = [a for a in win.recent_menu.actions()][1:]  # the rest of Open Recent: its first's handler
        for c in _controls(win, tab):
            if id(c) in done or c in recent:
                continue
            done.add(id(c))
            if _name(c) in labels:  # the second pass takes only controls the first one created
                continue
            labels.add(_name(c))
            harness.current = f"{key}: {_name(c)}"
            t0 = time.monotonic()
            if trigger(c):
                names.append(harness.current)
                settle(win)
                if os.environ.get("VIRALML_CONTROL_TIMES"):
                    print(f"{time.monotonic() - t0:6.2f} s  {harness.current}")
                win.select_tab(key)  # a View action or a drop may have switched tabs
            for w in QApplication.topLevelWidgets():  # a window a control opened (settings, plot export)
                if w is not win and w.isVisible() and w.isWindow():
                    w.close()
    return names


def load(win, key: str, inputs) -> None:
    """A tab's prepared input, as a user would give it."""
    win.select_tab(key)
    tab = win.tabs[key]
    if key == "virality":
        tab.ocr.setChecked(False)  # the OCR path is the thumbnails' test's; its checkbox is still clicked
        tab.handle_files([str(inputs["video"])])
    elif key == "thumbnails":  # the video's frames come from its "Frames from video…" button
        tab.handle_files([str(inputs["folder"])])
        settle(win)
        tab.handle_files([str(inputs["image"]), str(inputs["folder"] / "other.jpg")])
    elif key == "captions":
        tab.caption.setPlainText("Nueva Vida - Stakas 🔥")
        tab.comments.input.setPlainText(inputs["txt"].read_text(encoding="utf-8"))
    elif key == "account_health":
        tab.handle_files([str(inputs["csv"])])
    settle(win)


TAB_KEYS = [s.key for s in TABS]  # every tab, a new one included (it gets no prepared input)


@pytest.mark.parametrize("key", TAB_KEYS)
def test_every_control_of_the_tab_works(qtbot, main_window, inputs, no_modal, key):
    main_window._device_timer.stop()  # the device probe (a torch import) is not a control
    with Harness() as h:
        t0 = time.monotonic()
        load(main_window, key, inputs)
        if os.environ.get("VIRALML_CONTROL_TIMES"):
            print(f"{time.monotonic() - t0:6.2f} s  {key}: loading the input")
        assert not h.problems, h.problems
        names = exercise(main_window, key, h)
    assert not h.problems, "\n".join(h.problems)
    assert len(names) >= 8, names  # the tab's buttons and the window's menus were really reached


def test_the_harness_fails_when_a_handler_raises(qtbot, main_window, inputs, no_modal):
    main_window.select_tab("ml_health")
    tab = main_window.tabs["ml_health"]
    from PySide6.QtWidgets import QPushButton

    bad = QPushButton("Broken on purpose", tab)

    def boom():
        raise AttributeError("'Tab' object has no attribute '_save'")

    bad.clicked.connect(boom)
    with Harness() as h:
        exercise(main_window, "ml_health", h)
    assert any("Broken on purpose" in p and "_save" in p for p in h.problems), h.problems
