"""Foundation GUI: the window, its tabs, the worker runner, closing mid-run, drops, settings."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl, qInstallMessageHandler
from PySide6.QtGui import QDropEvent, QGuiApplication

from viralml_desktop.core import config, health, paths
from viralml_desktop.gui import tabs as tabs_mod
from viralml_desktop.gui.main_window import MainWindow
from viralml_desktop.gui.tabs.base import CapabilityTab
from viralml_desktop.gui.worker import TaskRunner

ROOT = Path(__file__).resolve().parents[1]
TITLES = ["Virality", "Thumbnails", "Captions", "Posting time", "Account health", "Affinity", "Feed screenshot",
          "Release", "ML health"]


def test_window_has_nine_tabs_and_each_can_be_shown(main_window, qtbot):
    tw = main_window.tab_widget
    assert [tw.tabText(i) for i in range(tw.count())] == TITLES
    assert len(main_window.built_tabs()) == 1  # only the tab on show is built at start
    for i in range(tw.count()):
        tw.setCurrentIndex(i)
        qtbot.wait(10)
        tab = main_window.current_tab()
        assert isinstance(tab, CapabilityTab) and tab.isVisible()
    assert len(main_window.built_tabs()) == len(TITLES)


def _slow_task(steps=200, delay=0.01):
    def fn(progress):
        for i in range(steps):
            time.sleep(delay)
            progress.update((i + 1) / steps, f"step {i + 1}")
        return "done"

    return fn


def test_worker_reports_progress_and_result(qtbot):
    r = TaskRunner()
    seen = []
    r.progress.connect(lambda f, m: seen.append(f))
    with qtbot.waitSignal(r.result, timeout=10000) as blocker:
        r.start(_slow_task(steps=10, delay=0.001))
    assert blocker.args == ["done"]
    assert seen and seen[-1] == 1.0 and seen == sorted(seen)
    qtbot.waitUntil(lambda: not r.is_running())


def test_worker_cancel_ends_the_task(qtbot):
    r = TaskRunner()
    results = []
    r.result.connect(results.append)
    with qtbot.waitSignal(r.progress, timeout=5000):
        r.start(_slow_task())
    with qtbot.waitSignal(r.cancelled, timeout=5000):
        r.cancel()
    qtbot.waitUntil(lambda: not r.is_running(), timeout=5000)
    assert results == []


def test_worker_error_is_one_line(qtbot):
    from viralml_desktop.core.errors import InputError

    r = TaskRunner()

    def boom(progress):
        raise InputError("image is truncated or corrupt: x.jpg")

    with qtbot.waitSignal(r.error, timeout=5000) as b:
        r.start(boom)
    assert b.args == ["image is truncated or corrupt: x.jpg"]


def test_new_task_supersedes_stale_one(qtbot):
    r = TaskRunner()
    results = []
    r.result.connect(results.append)
    r.start(_slow_task(steps=50, delay=0.01))
    with qtbot.waitSignal(r.result, timeout=10000):
        r.start(lambda p: "fresh")
    qtbot.wait(700)
    assert results == ["fresh"]
    assert r.shutdown(5000)


def test_close_window_mid_run_cancels_and_waits(main_window, qtbot):
    messages = []
    old = qInstallMessageHandler(lambda mode, ctx, msg: messages.append(msg))
    try:
        tab = main_window.tabs["ml_health"]
        started = threading.Event()

        def long(progress):
            started.set()
            while True:
                time.sleep(0.01)
                progress.check()

        tab.runner.start(long)
        assert started.wait(5)
        main_window.close()
        assert not tab.runner.is_running()
    finally:
        qInstallMessageHandler(old)
    assert not any("Destroyed while thread" in m for m in messages)


def test_clipboard_round_trip(qtbot):
    cb = QGuiApplication.clipboard()
    text = "🔥 NUEVA VIDA 🎵 @Stakas #trap"
    cb.setText(text)
    qtbot.waitUntil(lambda: cb.text() == text, timeout=2000)


def test_disabled_feature_hides_its_tab(qtbot, isolated_home):
    cfg = config.load()
    cfg.ml_core.features.thumbnail_scoring = False
    config.set_current(cfg)
    win = MainWindow()
    qtbot.addWidget(win)
    titles = [win.tab_widget.tabText(i) for i in range(win.tab_widget.count())]
    # Thumbnails and Feed screenshot both rest on thumbnail scoring: both go, the others stay
    assert "Thumbnails" not in titles and "Feed screenshot" not in titles and len(titles) == len(TITLES) - 2
    with pytest.raises(KeyError):
        win.select_tab("thumbnails")
    win.close()


def test_unbuilt_capability_tab_says_not_available(qtbot, isolated_home, monkeypatch):
    import types

    stub = types.ModuleType("stub")
    stub.Tab = None
    monkeypatch.setattr(tabs_mod.importlib, "import_module", lambda name: stub)
    tab = tabs_mod.create_tab(tabs_mod.TABS[0], None)
    assert "not available yet" in tab.label.text()


def test_settings_remember_tab_geometry_and_recent_files(qtbot, isolated_home, tmp_path):
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1024, 690)  # the window's minimum width (1024 px; the offscreen screen is narrower)
    win.select_tab("affinity")
    win.ctx.add_recent(str(tmp_path / "a.mp4"))
    win.close()
    win2 = MainWindow()
    qtbot.addWidget(win2)
    assert win2.tab_widget.tabText(win2.tab_widget.currentIndex()) == "Affinity"
    assert win2.ctx.recent_files()[0].endswith("a.mp4")
    assert [a.text() for a in win2.recent_menu.actions()][0].endswith("a.mp4")
    assert (win2.size().width(), win2.size().height()) == (1024, 690)
    win2.close()


class _Receiver(CapabilityTab):
    file_extensions = (".foo",)

    def __init__(self, ctx):
        super().__init__(ctx)
        self.got = []

    def handle_files(self, paths):
        self.got.extend(paths)
        return True


def test_drop_on_window_routes_to_accepting_tab(main_window, qtbot, tmp_path):
    rec = _Receiver(main_window.ctx)
    main_window.add_tab("receiver", "Receiver", rec)
    f = tmp_path / "clip.foo"
    f.write_text("x")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f))])
    ev = QDropEvent(QPointF(10, 10), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    main_window.dropEvent(ev)
    assert rec.got == [str(f)]
    assert main_window.current_tab() is rec
    assert main_window.ctx.recent_files()[0] == str(f)


def test_ml_health_tab_shows_real_figures(main_window, qtbot, isolated_home):
    from viralml_desktop.core import store

    health.reset()
    store.default_store().add_call("detect_anomaly", 12.0, True)
    store.default_store().add_call("detect_anomaly", 20.0, True)
    tab = main_window.tabs["ml_health"]
    with qtbot.waitSignal(tab.runner.result, timeout=10000):
        tab.refresh()
    rows = {tab.latency.item(i, 0).text(): i for i in range(tab.latency.rowCount())}
    i = rows["detect_anomaly"]
    assert tab.latency.item(i, 1).text() == "2"
    assert float(tab.latency.item(i, 3).text()) == 16.0
    models = [tab.models.item(i, 0).data(Qt.UserRole) for i in range(tab.models.rowCount())]  # ids; names shown
    assert "face_haar" in models and "yolo" in models
    assert "Device" in tab.summary.text()
    out = isolated_home / "health.json"
    tab.export_json(str(out))
    assert out.read_text().startswith("{")
    # a folder that is not there: one line on the tab, nothing raised, the figures stay
    tab.export_json(str(isolated_home / "no such folder" / "health.json"))
    assert tab.error.text().startswith("Could not save health.json")
    assert tab.latency.rowCount() > 0


def test_a_png_export_that_cannot_be_written_says_so(main_window, qtbot, isolated_home):
    tab = main_window.tabs["posting_time"]
    tab.export_png(str(isolated_home / "no such folder" / "heat.png"))  # QPixmap.save answers False
    assert tab.error.text().startswith("Could not save heat.png")
    tab.export_png(str(isolated_home / "heat.png"))
    assert (isolated_home / "heat.png").stat().st_size > 0


def test_about_lists_versions_and_licences(main_window):
    text = main_window.about_text()
    assert "PySide6" in text and "AGPL-3.0" in text and "Python" in text


def test_screenshot_cli_writes_png(tmp_path, isolated_home):
    out = tmp_path / "shot.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    r = subprocess.run([sys.executable, "-m", "viralml_desktop.cli", "gui", "--screenshot", str(out),
                        "--tab", "ml_health", "--size", "1100x700"], capture_output=True, text=True, env=env,
                       cwd=ROOT, timeout=120)
    assert r.returncode == 0, r.stderr
    from PySide6.QtGui import QImage

    img = QImage(str(out))
    assert img.width() == 1100 and img.height() == 700
    r = subprocess.run([sys.executable, "-m", "viralml_desktop.cli", "gui", "--screenshot", str(out),
                        "--tab", "nope"], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert r.returncode != 0 and "unknown tab" in r.stderr


def test_ml_health_accuracy_is_one_row_per_model_with_its_figures(main_window, qtbot, isolated_home):
    """Issue 14.9: each model's headline row, not every number of every metrics.json; since issue 15.6
    a model may follow its headline with the extra rows its headline declares (``also``: a second
    language, a blind set, a speed), always next to it."""
    from viralml_desktop.core import registry

    tab = main_window.tabs["ml_health"]
    with qtbot.waitSignal(tab.runner.result, timeout=10000):
        tab.refresh()
    dirs = []
    for spec in registry.default_registry().specs().values():
        if spec.metrics and spec.metrics.split("/")[-2] not in dirs:
            dirs.append(spec.metrics.split("/")[-2])
    dirs += sorted(f.parent.name for f in paths.MODELS_DIR.glob("*/metrics.json") if f.parent.name not in dirs)
    t = tab.accuracy
    ids = [t.item(i, 0).data(Qt.UserRole) for i in range(t.rowCount())]
    assert list(dict.fromkeys(ids)) == dirs  # every model, in the table's order
    extra = {m: len((json.loads((paths.MODELS_DIR / m / "metrics.json").read_text(encoding="utf-8"))
                     .get("headline") or {}).get("also") or []) for m in dirs}
    assert ids == [m for m in dirs for _ in range(1 + extra[m])]  # a model's rows stand together
    first = {m: ids.index(m) for m in dirs}
    for model, i in first.items():
        text = (paths.MODELS_DIR / model / "metrics.json").read_text(encoding="utf-8")
        for col in (2, 5):  # value, baseline value: as recorded in that file
            v = t.item(i, col).text().split(" (")[0]  # an interval may follow the value
            assert v == "—" or v in text, (model, v)
