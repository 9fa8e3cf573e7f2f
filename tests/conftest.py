"""Test setup: headless Qt, offline, and a fresh user config/data dir per test session.

No test touches the network or the real user profile.
"""
from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["YOLO_OFFLINE"] = "1"
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ.setdefault("VIRALML_LANG", "en")  # English UI whatever the machine's locale (i18n tests set es)
os.environ["TRANSFORMERS_OFFLINE"] = "1"
_session_home = tempfile.mkdtemp(prefix="viralml-test-")
os.environ["VIRALML_CONFIG_DIR"] = os.path.join(_session_home, "config")
os.environ["VIRALML_DATA_DIR"] = os.path.join(_session_home, "data")

import gc  # noqa: E402

import pytest  # noqa: E402

# Python's cyclic GC must never run in a worker thread while Qt objects are garbage: it would
# destroy them off the UI thread and deadlock (Qt mutex vs the GIL). As in the app (gui/app.py),
# automatic collection is off and the main thread collects after every test.
#
# Generationally, as the app's collector (pyqtgraph's GarbageCollector) does: every object a test
# made and left as garbage is in the young generations (automatic collection is off, so nothing
# is promoted during a test), and collecting those is cheap; a full collection, which walks every
# object of the loaded libraries (about 0.1-0.3 s each on this 2-core machine, half the time of
# the quick tests), runs after every FULL_COLLECTION_EVERY tests for what reached the old one.
gc.disable()
FULL_COLLECTION_EVERY = 10
_tests_since_full_collection = 0


@pytest.fixture(autouse=True)
def _collect_garbage_on_main_thread(request):
    global _tests_since_full_collection
    yield
    _tests_since_full_collection += 1
    # a GUI test's windows and task runners sit in cycles that can reach the old generation: left
    # for later, their timers and tasks would run inside the next tests' event loops
    if _tests_since_full_collection >= FULL_COLLECTION_EVERY or {"qtbot", "qapp"} & set(request.fixturenames):
        _tests_since_full_collection = 0
        gc.collect()
    else:
        gc.collect(1)


@pytest.fixture
def isolated_home(tmp_path, monkeypatch):
    """A per-test user config and data dir (own SQLite store, own gui.ini)."""
    from viralml_desktop.core import config, store

    monkeypatch.setenv("VIRALML_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("VIRALML_DATA_DIR", str(tmp_path / "data"))
    config.set_current(None)
    store.reset_default()
    yield tmp_path
    config.set_current(None)
    store.reset_default()


@pytest.fixture
def main_window(qtbot, isolated_home):
    """The real main window, shown offscreen, closed (workers cancelled) at teardown."""
    from viralml_desktop.gui.main_window import MainWindow

    win = MainWindow()
    win.ctx.set_value("imports/preview", "false")  # tabs import at once; test_import_dialog.py drives the preview
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


@pytest.fixture
def spanish(qapp, monkeypatch):
    """The interface in Spanish for one test (VIRALML_LANG=es, catalogue installed), English after."""
    from viralml_desktop.gui import i18n

    monkeypatch.setenv("VIRALML_LANG", "es")
    assert i18n.install() == "es"
    yield
    i18n.install("en")
