"""Issue 19's broken controls, each driven through the real window: a click, a key, a file."""
from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from test_account_health_gui import write_export
from viralml_desktop.api.examples import write_video

WAIT = 120_000


def _activate(win) -> None:
    win.activateWindow()
    QApplication.processEvents()


# -- 1. Thumbnails > From video: score the selected frame, double-click a frame ----------------

def test_frame_buttons_score_the_frame_and_name_it(qtbot, main_window, tmp_path):
    main_window.select_tab("thumbnails")
    tab = main_window.tabs["thumbnails"]
    video = write_video(tmp_path / "clip.mp4", seconds=1.0)
    with qtbot.waitSignal(tab.runner.result, timeout=WAIT):
        assert tab.handle_files([str(video)])
    assert tab.frames_grid.count() >= 1
    tab.frames_grid.setCurrentRow(0)
    with qtbot.waitSignal(tab.runner.started, timeout=5000):
        qtbot.mouseClick(tab.frame_score_button, Qt.LeftButton)
    # while it runs the score pane names the frame and shows no earlier image or number
    assert tab.file_label.text().startswith("frame_") and tab.compare.before is None
    assert tab.score_label.text() == "—"
    qtbot.waitUntil(lambda: tab.response is not None, timeout=WAIT)
    assert tab.score_label.text().endswith("/ 10") and tab.views.currentIndex() == 0
    assert tab.file_label.text() == Path(tab.thumb_path).name
    first = tab.thumb_path
    # double-clicking the last frame scores that one
    tab.views.setCurrentIndex(2)
    grid = tab.frames_grid
    grid.doItemsLayout()
    last = grid.item(grid.count() - 1)
    grid.scrollToItem(last)
    qtbot.wait(50)
    pos = grid.visualItemRect(last).center()
    assert grid.itemAt(pos) is last
    with qtbot.waitSignal(tab.runner.result, timeout=30000):
        qtbot.mouseClick(grid.viewport(), Qt.LeftButton, pos=pos)  # a real double-click: press first
        qtbot.mouseDClick(grid.viewport(), Qt.LeftButton, pos=pos)
    assert tab.score_label.text().endswith("/ 10")
    assert tab.frames_grid.count() == 1 or tab.thumb_path != first


# -- 2. Account health -------------------------------------------------------------------------

def _account_tab(qtbot, main_window, tmp_path, name="artist_tiktok"):
    main_window.select_tab("account_health")
    tab = main_window.tabs["account_health"]
    with qtbot.waitSignal(tab.runner.result, timeout=30000):
        tab.handle_files([str(write_export(tmp_path / f"{name}.csv"))])
    return tab


def test_chart_tooltip_shows_engagement_in_percent(qtbot, main_window, tmp_path):
    tab = _account_tab(qtbot, main_window, tmp_path)
    s = tab.last.result["series"]
    i = next(k for k, r in enumerate(s["engagement_rate"]) if r is not None)
    text = tab.posts_item.opts["tip"](0, 0, i)
    rate = 100 * s["engagement_rate"][i]
    assert 1 < rate < 20  # the export's likes are ~7 % of the views
    from viralml_desktop.gui import fmt

    assert f"engagement rate {fmt.percent(rate / 100, 2)}" in text and f"{rate:.2f}" in text, text


def test_remove_account_asks_and_clears_its_verdict(qtbot, main_window, tmp_path, monkeypatch):
    tab = _account_tab(qtbot, main_window, tmp_path)
    qtbot.waitUntil(lambda: tab.accounts.count() == 1, timeout=10000)
    tab.accounts.setCurrentRow(0)
    acc = tab.last.account_id
    asked = []

    def answer(reply):
        def question(*a, **k):
            asked.append(a[2])
            return reply
        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.No))
    qtbot.mouseClick(tab.remove_button, Qt.LeftButton)
    assert asked and acc in asked[0]
    assert tab.last is not None and acc in tab.summary.text()
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.Yes))
    with qtbot.waitSignal(tab.list_runner.result, timeout=10000):
        qtbot.mouseClick(tab.remove_button, Qt.LeftButton)
    assert len(asked) == 2
    assert tab.last is None and "Removed" in tab.summary.text() and "No shadowban" not in tab.summary.text()
    assert tab.events.rowCount() == 0 and tab.posts_item is None
    assert tab.accounts.count() == 0


def _one_bad_row(path: Path) -> Path:
    write_export(path, n=30, drop_at=None)
    lines = path.read_text(encoding="utf-8").splitlines()
    cells = lines[5].split(",")
    cells[3] = "lots"  # the views of data row 5 are not a number
    lines[5] = ",".join(cells)
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def test_a_bad_row_is_reported_and_progress_ends(qtbot, main_window, tmp_path):
    main_window.select_tab("account_health")
    tab = main_window.tabs["account_health"]
    f = _one_bad_row(tmp_path / "bad_row.csv")
    with qtbot.waitSignal(tab.runner.finished, timeout=30000):
        tab.handle_files([str(f)])
    assert tab.last is not None and "; 1 row skipped (" in main_window.statusBar().currentMessage()
    assert "1 row(s) skipped" in tab.error.text() and "lots" in tab.error.text()
    assert tab.progress.message.text() == "Done."  # never stuck at "Reading posts…"
    assert not tab.progress.cancel_button.isEnabled()


def test_a_bad_row_is_listed_in_the_import_preview(qtbot, main_window, tmp_path):
    main_window.select_tab("account_health")
    tab = main_window.tabs["account_health"]
    main_window.ctx.set_value("imports/preview", "true")
    tab.handle_files([str(_one_bad_row(tmp_path / "bad_row.csv"))])
    d = tab.import_dialog
    qtbot.waitUntil(lambda: d.details.count() > 0, timeout=30000)
    items = [d.details.item(i).text() for i in range(d.details.count())]
    assert any("lots" in t and t.startswith("skipped") for t in items), items
    assert d.details_box.isVisibleTo(d)
    d.reject()


# -- 3. Stale state ----------------------------------------------------------------------------

def test_virality_bad_file_leaves_a_final_state(qtbot, main_window, tmp_path):
    main_window.select_tab("virality")
    tab = main_window.tabs["virality"]
    bad = tmp_path / "broken.mp4"
    bad.write_bytes(b"not a video at all" * 100)
    with qtbot.waitSignal(tab.strip_runner.error, timeout=30000):
        tab.handle_files([str(bad)])
    assert tab.error.text()
    assert "Analyzing" not in tab.score_label.text() and "broken.mp4" in tab.score_label.text()
    for b in (tab.export_json_button, tab.export_csv_button, tab.export_png_button, tab.copy_button):
        assert not b.isEnabled()


def test_comment_pane_clear_resets_progress(qtbot, main_window):
    main_window.select_tab("captions")
    pane = main_window.tabs["captions"].comments
    main_window.tabs["captions"].inner.setCurrentWidget(pane)
    pane.input.setPlainText("Que temazo\nI hate it\nWhen on Spotify?")
    with qtbot.waitSignal(pane.runner.finished, timeout=WAIT):
        qtbot.mouseClick(pane.analyze_button, Qt.LeftButton)
    assert pane.progress.bar.value() == 1000
    qtbot.mouseClick(pane.clear_button, Qt.LeftButton)
    assert pane.progress.bar.value() == 0 and pane.progress.message.text() == ""
    assert pane.model.rowCount() == 0


# -- 4. Shortcuts ------------------------------------------------------------------------------

def test_escape_cancels_a_thumbnail_job(qtbot, main_window, tmp_path):
    from test_thumbnail_core import real_portrait, write
    import cv2

    main_window.select_tab("thumbnails")
    tab = main_window.tabs["thumbnails"]
    _activate(main_window)
    big = write(tmp_path / "big.png", cv2.resize(real_portrait(), (1280, 720)))
    tab.score(str(big))
    assert tab.runner.is_running()
    with qtbot.waitSignals([tab.runner.cancelled, tab.runner.finished], timeout=WAIT):
        qtbot.keyClick(tab.title_edit, Qt.Key_Escape)
    assert "cancelled" in tab.compare.placeholder and tab.response is None  # said there, once
    assert tab.progress.message.text() == "" and tab.progress.percent.text() == ""  # the panel back to idle


def test_ctrl_return_in_the_comment_box_analyzes(qtbot, main_window):
    main_window.select_tab("captions")
    captions = main_window.tabs["captions"]
    pane = captions.comments
    captions.inner.setCurrentWidget(pane)
    _activate(main_window)
    pane.input.setPlainText("Que temazo, me encanta\nThis is the worst")
    pane.input.setFocus()
    started = []
    captions.runner.started.connect(lambda: started.append("caption"))
    with qtbot.waitSignal(pane.runner.result, timeout=WAIT):
        qtbot.keyClick(pane.input, Qt.Key_Return, Qt.ControlModifier)
    assert pane.model.rowCount() == 2 and started == []


# -- 5. Lists and inputs -----------------------------------------------------------------------

def _import_account(name: str, tmp_path) -> None:
    from viralml_desktop.core.account_health import history

    history.import_file(str(write_export(tmp_path / f"{name}.csv", n=20)), account_id=name)


def test_captions_history_lists_accounts_imported_later(qtbot, main_window, tmp_path):
    main_window.select_tab("captions")
    combo = main_window.tabs["captions"].account
    qtbot.waitUntil(lambda: not combo.runner.is_running(), timeout=10000)
    assert combo.findData("late_artist") < 0
    main_window.select_tab("account_health")
    _import_account("late_artist", tmp_path)
    with qtbot.waitSignal(combo.filled, timeout=10000):
        main_window.select_tab("captions")
    assert combo.findData("late_artist") > 0


def test_posting_time_country_names_return_and_artist_account(qtbot, main_window, tmp_path):
    _import_account("bad_bunny", tmp_path)
    main_window.select_tab("posting_time")
    tab = main_window.tabs["posting_time"]
    for name, code in (("Spain", "ES"), ("España", "ES"), ("alemania", "DE")):
        if code in tab.country_codes():
            tab.countries.selectRow(tab.country_codes().index(code))
            tab.remove_selected()
        tab.country_pick.lineEdit().setFocus()
        tab.country_pick.lineEdit().setText(name)
        qtbot.keyClick(tab.country_pick.lineEdit(), Qt.Key_Return)
        assert code in tab.country_codes(), (name, tab.error.text())
        assert tab.error.text() == ""
    # Return on the completer's list picks the highlighted country
    _activate(main_window)
    tab.country_pick.lineEdit().setFocus()
    qtbot.keyClicks(tab.country_pick.lineEdit(), "Portug")
    popup = tab.country_pick.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=3000)
    qtbot.keyClick(popup, Qt.Key_Down)
    qtbot.keyClick(popup, Qt.Key_Return)
    assert "PT" in tab.country_codes()
    # the artist's imported account is found and shown
    qtbot.waitUntil(lambda: tab.account.findData("bad_bunny") > 0, timeout=10000)
    tab.artist.setText("Bad Bunny")
    assert tab.account.currentData() == "bad_bunny"
    assert tab.request()["account_id"] == "bad_bunny"
    tab.artist.setText("Someone Else")
    assert tab.account.currentData() is None


def test_affinity_spin_goes_back_to_unknown(qtbot, main_window):
    main_window.select_tab("affinity")
    tab = main_window.tabs["affinity"]
    spin = tab.shared
    spin.setValue(5000)
    assert "shared_followers" in str(tab.build_request())
    spin.lineEdit().setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClick(spin.lineEdit(), Qt.Key_Delete)
    qtbot.keyClick(spin.lineEdit(), Qt.Key_Return)
    assert spin.text() == "unknown" and spin.value() == spin.minimum()
    assert "shared_followers" not in str(tab.build_request())
    spin.setValue(0.0)
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), "unknown")
    qtbot.keyClick(spin.lineEdit(), Qt.Key_Return)
    assert spin.text() == "unknown"


# -- 6. Screenshots wait for the tab's job -----------------------------------------------------

def test_screenshot_waits_for_the_running_job(qtbot, main_window):
    from viralml_desktop.gui.app import wait_idle
    from viralml_desktop.gui.worker import TaskRunner

    main_window._device_timer.stop()  # the device probe (a torch import) is not this test's job
    main_window.select_tab("posting_time")
    runner = TaskRunner(main_window.tabs["posting_time"])  # a job of the tab, as a screenshot's would be
    got = []
    runner.result.connect(got.append)

    def slow(progress):
        time.sleep(0.8)
        return "done"

    runner.start(slow)
    assert wait_idle(QApplication.instance(), main_window, timeout_s=20)
    assert got == ["done"]
    runner.start(lambda p: time.sleep(1.5))
    assert not wait_idle(QApplication.instance(), main_window, timeout_s=0.3)
    assert runner.shutdown()


def test_screenshot_command_grabs_the_tab_after_its_job(qtbot, isolated_home, tmp_path, monkeypatch):
    from viralml_desktop.gui import app as app_mod

    _import_account("shot_artist", tmp_path)  # the tab analyses it as soon as it is built
    seen = {}
    wait = app_mod.wait_idle

    def spy(app, win, timeout_s):
        ok = wait(app, win, timeout_s)
        tab = win.tabs["account_health"]
        seen.update(ok=ok, last=tab.last, message=tab.progress.message.text())
        return ok

    monkeypatch.setattr(app_mod, "wait_idle", spy)
    png = tmp_path / "shot.png"
    assert app_mod.run_gui(screenshot=str(png), tab="account_health", size=(1024, 640)) == 0
    assert png.stat().st_size > 10_000
    # the grab shows the finished analysis, not a job cancelled by the app quitting
    assert seen["ok"] and seen["last"] is not None and seen["message"] == "Done."


def test_screenshot_command_leaves_the_users_settings_alone(qtbot, isolated_home, tmp_path):
    """A screenshot run reads gui.ini (last tab, size) but writes neither it nor a new one."""
    from PySide6.QtCore import QSettings

    from viralml_desktop.core import paths
    from viralml_desktop.gui import app as app_mod

    ini = paths.ensure_dir(paths.user_config_dir()) / "gui.ini"
    assert app_mod.run_gui(screenshot=str(tmp_path / "a.png"), tab="affinity", size=(900, 640)) == 0
    assert not ini.exists()  # no settings file appears for a shot

    s = QSettings(str(ini), QSettings.IniFormat)
    s.setValue("last_tab", "captions")
    s.setValue("recent_files", ["/music/song.mp3"])
    s.sync()
    before = ini.read_bytes()
    assert app_mod.run_gui(screenshot=str(tmp_path / "b.png"), tab="affinity", size=(1280, 800)) == 0
    assert (tmp_path / "b.png").stat().st_size > 10_000
    assert ini.read_bytes() == before
    assert QSettings(str(ini), QSettings.IniFormat).value("last_tab") == "captions"
