"""Settings dialog: shows whether the local server runs, starts and stops it without blocking."""
from __future__ import annotations

import socket

import httpx
import pytest

from viralml_desktop.core import config
from viralml_desktop.gui import settings_dialog


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(autouse=True)
def _no_server_left_running():
    yield
    settings_dialog.stop_local_server()


def _action(win, text):
    menu = win.menuBar().actions()[0].menu()
    return next(a for a in menu.actions() if text in a.text())


def test_settings_action_starts_and_stops_the_local_server(main_window, qtbot):
    act = _action(main_window, "Settings")
    assert act.shortcut().toString() == "Ctrl+,"
    act.trigger()
    dlg = main_window._settings_dialog
    qtbot.waitExposed(dlg)
    assert "Stopped" in dlg.status.text() and not dlg.stop_button.isEnabled()

    dlg.port.setValue(_free_port())
    dlg.start_button.click()
    assert "Starting" in dlg.status.text()  # the click returned at once; the work runs in a worker
    qtbot.waitUntil(lambda: "Running" in dlg.status.text(), timeout=20000)
    url = settings_dialog.local_server().url
    assert url in dlg.status.text() and dlg.stop_button.isEnabled() and not dlg.port.isEnabled()
    assert httpx.get(url + "/health", timeout=5).status_code == 200

    dlg.stop_button.click()
    qtbot.waitUntil(lambda: "Stopped" in dlg.status.text(), timeout=20000)
    assert settings_dialog.local_server() is None and dlg.start_button.isEnabled()
    try:
        httpx.get(url + "/health", timeout=2)
        raise AssertionError("the server still answers after Stop")
    except httpx.TransportError:
        pass


def test_public_address_without_token_shows_the_refusal(main_window, qtbot, monkeypatch):
    monkeypatch.delenv("VIRALML_SERVER_TOKEN", raising=False)
    dlg = settings_dialog.show_settings(main_window)
    dlg.host.setText("0.0.0.0")
    dlg.port.setValue(_free_port())
    dlg.start_button.click()
    qtbot.waitUntil(lambda: "refusing to listen" in dlg.error.text(), timeout=20000)
    qtbot.waitUntil(lambda: "Stopped" in dlg.status.text(), timeout=5000)
    assert settings_dialog.local_server() is None


def test_media_roots_are_saved_to_the_user_config(main_window, qtbot, tmp_path):
    dlg = settings_dialog.show_settings(main_window)
    folder = tmp_path / "videos"
    folder.mkdir()
    dlg.add_media_root(str(folder))
    dlg.add_media_root(str(folder))  # no duplicate
    assert dlg.media_roots() == [str(folder)]
    assert config.get().app.media_roots == [str(folder)]
    dlg.roots.setCurrentRow(0)
    dlg._remove_root()
    assert config.get().app.media_roots == [] and dlg.media_roots() == []


def test_check_endpoint_reports_no_answer(main_window, qtbot):
    config.save_user_override({"ml_core": {"endpoint": f"http://127.0.0.1:{_free_port()}"}})
    dlg = settings_dialog.SettingsDialog(main_window.ctx, main_window)
    qtbot.addWidget(dlg)
    dlg.check_endpoint()
    qtbot.waitUntil(lambda: "no answer" in dlg.endpoint_status.text(), timeout=15000)
