"""The process exits 0 after Python-made data was put on the clipboard (no SIGSEGV at exit).

tests/test_screenshot.py's paste test puts a ``QMimeData`` made in Python on the clipboard; under the
offscreen platform Qt deleted it from its C exit handlers, after Python had finalised, and the
process died with SIGSEGV (exit 139) once all tests had passed. gui/worker.py's exit hook
(:func:`~viralml_desktop.gui.worker.hand_clipboard_to_qt`) hands such data to Qt while Python lives.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# The scenario of test_screenshot.py::test_tab_drop_click_export, without the model: the app's GUI
# modules imported, a screenshot (image and text) put on the clipboard as Python-made QMimeData.
SCENARIO = """
from PySide6.QtCore import QMimeData
from PySide6.QtGui import QColor, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication

import viralml_desktop.gui.tabs.screenshot  # noqa: F401  (the tab that reads pasted screenshots)

app = QApplication([])
image = QImage(64, 36, QImage.Format_RGB888)
image.fill(QColor(200, 30, 30))
mime = QMimeData()
mime.setImageData(image)
mime.setText("a screenshot")
QGuiApplication.clipboard().setMimeData(mime)
print("clipboard has image:", QGuiApplication.clipboard().mimeData().hasImage(), flush=True)
"""


def test_exit_is_clean_after_python_made_clipboard_data(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", VIRALML_CONFIG_DIR=str(tmp_path / "config"),
               VIRALML_DATA_DIR=str(tmp_path / "data"), PYTHONFAULTHANDLER="1")
    out = subprocess.run([sys.executable, "-c", SCENARIO], capture_output=True, text=True, cwd=ROOT, env=env,
                         timeout=180)
    assert "clipboard has image: True" in out.stdout, out.stderr[-2000:]
    assert out.returncode == 0, f"exit status {out.returncode}\n{out.stderr[-2000:]}"


def test_python_made_clipboard_data_is_handed_to_qt_with_its_content(qapp):
    from PySide6.QtCore import QMimeData
    from PySide6.QtGui import QColor, QGuiApplication, QImage
    from shiboken6 import Shiboken

    from viralml_desktop.gui.worker import hand_clipboard_to_qt

    clipboard = QGuiApplication.clipboard()
    mime = QMimeData()
    mime.setText("tres títulos")
    clipboard.setMimeData(mime)
    del mime
    assert Shiboken.createdByPython(clipboard.mimeData())
    assert hand_clipboard_to_qt() is True
    assert not Shiboken.createdByPython(clipboard.mimeData())
    assert clipboard.text() == "tres títulos"
    assert hand_clipboard_to_qt() is False  # Qt-made data is left alone

    image = QImage(40, 30, QImage.Format_RGB888)
    image.fill(QColor(10, 120, 240))
    mime = QMimeData()
    mime.setImageData(image)
    clipboard.setMimeData(mime)
    del mime
    assert hand_clipboard_to_qt() is True
    kept = clipboard.image()
    assert not Shiboken.createdByPython(clipboard.mimeData())
    assert (kept.width(), kept.height()) == (40, 30)
    assert QColor(kept.pixel(5, 5)) == QColor(10, 120, 240)
    clipboard.clear()
