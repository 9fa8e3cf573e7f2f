"""Platforms are said by their names (TikTok, YouTube, Instagram, X), never core's ids, in both languages."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt

from viralml_desktop.core import store
from viralml_desktop.gui.clauses import platform_words


@pytest.mark.parametrize("core, said", [
    ("no real post history of this platform in the project to test the prior on (tiktok)",
     "no real post history of this platform in the project to test the prior on (TikTok)"),
    ("luna's history is for instagram, twitter, not youtube: prior only",
     "luna's history is for Instagram, X, not YouTube: prior only"),
    ("tiktok: at most 5 hashtags; kept the first 5", "TikTok: at most 5 hashtags; kept the first 5"),
    # an id inside a name stays as written
    ("3 posts read from tiktok.csv", "3 posts read from tiktok.csv"),
    ("posting-time model of luna_roja_tiktok", "posting-time model of luna_roja_tiktok"),
    ("#tiktok #youtube", "#tiktok #youtube"),
    ("captions.tiktok.chars", "captions.tiktok.chars"),
])
def test_platform_words(core, said):
    assert platform_words(core) == said


def _run(qtbot, main_window, platform):
    main_window.select_tab("posting_time")
    tab = main_window.tabs["posting_time"]
    tab.date.setDate(QDate(2025, 7, 15))
    tab.platform.setCurrentIndex(tab.platform.findData(platform))
    with qtbot.waitSignal(tab.runner.result, timeout=20000) as blocker:
        qtbot.mouseClick(tab.run_button, Qt.LeftButton)
    return tab, blocker.args[0]


@pytest.mark.parametrize("lang", ["en", "es"])
def test_posting_time_basis_and_calendar_name_the_platform(lang, request, qtbot, isolated_home, tmp_path):
    if lang == "es":
        request.getfixturevalue("spanish")
    win = request.getfixturevalue("main_window")
    tab, r = _run(qtbot, win, "tiktok")
    assert "(tiktok)" in r["boost_basis"]  # core's JSON keeps the id
    basis = tab.basis.text()
    assert "(TikTok)" in basis and "tiktok" not in basis
    if lang == "es":
        assert "estudios publicados" in basis  # the sentence itself said in Spanish, the name kept
    tab.export_ics(str(tmp_path / "slot.ics"))
    text = (tmp_path / "slot.ics").read_text(encoding="utf-8")
    assert ("SUMMARY:Publicar en TikTok" if lang == "es" else "SUMMARY:Post on TikTok") in text


def test_account_lists_name_the_platform(qtbot, main_window):
    t = dt.datetime(2025, 3, 1, 8, tzinfo=dt.timezone.utc)
    store.default_store().upsert_posts([{"account_id": "luna", "platform": "youtube", "post_key": str(i),
                                         "timestamp": (t + dt.timedelta(days=i)).strftime("%Y-%m-%dT%H:%M:%SZ"),
                                         "likes": 10} for i in range(3)])
    main_window.select_tab("posting_time")
    combo = main_window.tabs["posting_time"].account
    with qtbot.waitSignal(combo.runner.result, timeout=10000):
        combo.refresh()
    assert combo.itemText(combo.findData("luna")) == "luna (3 posts, YouTube)"
    main_window.select_tab("account_health")
    health = main_window.tabs["account_health"]
    qtbot.waitUntil(lambda: health.accounts.count() > 0, timeout=10000)
    assert health.accounts.item(0).text() == "luna  (3 posts, YouTube)"
