"""The Posting time tab, driven for real: countries, date, run, heatmap views, exports, errors."""
from __future__ import annotations

import datetime as dt

import numpy as np
from PySide6.QtCore import QDate, Qt

from viralml_desktop.core import store


def _tab(main_window):
    main_window.select_tab("posting_time")
    return main_window.tabs["posting_time"]


def _run(qtbot, tab):
    with qtbot.waitSignal(tab.runner.result, timeout=20000) as blocker:
        qtbot.mouseClick(tab.run_button, Qt.LeftButton)
    return blocker.args[0]


def test_tab_finds_best_time_shows_heatmap_and_exports(qtbot, main_window, tmp_path):
    tab = _tab(main_window)
    assert tab.country_codes() == ["US", "MX", "PR"]  # defaults
    assert tab.add_country("es") and not tab.add_country("ES")  # normalised, no duplicates
    tab.date.setDate(QDate(2025, 7, 15))
    tab.platform.setCurrentIndex(tab.platform.findData("instagram"))
    r = _run(qtbot, tab)
    assert r["planned_date"] == "2025-07-15" and r["platform"] == "instagram"
    assert f"{r['optimal_time_utc']} UTC" in tab.summary.text()
    # countries by name and zones by abbreviation, never core's "US_EDT" keys
    keys = {tab.breakdown.item(i, 1).text() for i in range(tab.breakdown.rowCount())}
    assert keys == {"EDT", "CST", "AST", "CEST"}
    assert "United States" in {tab.breakdown.item(i, 0).text() for i in range(tab.breakdown.rowCount())}
    us_row = next(i for i in range(tab.breakdown.rowCount()) if tab.breakdown.item(i, 1).text() == "EDT")
    assert tab.breakdown.item(us_row, 2).text() == r["timezone_breakdown"]["US_EDT"]
    assert tab.top3.rowCount() == 3 and tab.top3.item(0, 1).text() == r["optimal_time_utc"]

    # heatmap in UTC, then in Spain's local time: the star sits on the best slot's cell
    assert [tab.view.itemText(i) for i in range(tab.view.count())] == ["UTC", "US", "MX", "PR", "ES"]
    img = tab.image.image
    assert img.shape == (24, 7) and np.allclose(img.T, r["heatmap"]["UTC"])
    utc_h = int(r["optimal_time_utc"][:2]) + int(r["optimal_time_utc"][3:]) / 60
    assert tab.marker.data["x"][0] == utc_h and tab.marker.data["y"][0] == 1.5  # Tuesday row
    tab.view.setCurrentText("ES")
    es_local = r["zones"]["ES"][0]["local_time"]
    assert tab.marker.data["x"][0] == int(es_local[:2]) + int(es_local[3:]) / 60
    assert np.allclose(tab.image.image.T, r["heatmap"]["ES"]) and "ES local" in tab.plot.getAxis("bottom").labelText

    ics = tmp_path / "slot.ics"
    tab.export_ics(str(ics))
    text = ics.read_bytes().decode("utf-8")
    start = dt.datetime.strptime(r["optimal_datetime_utc"], "%Y-%m-%dT%H:%M:%SZ")
    assert f"DTSTART:{start:%Y%m%dT%H%M%S}Z\r\n" in text and text.startswith("BEGIN:VCALENDAR\r\n")
    tab.export_csv(str(tmp_path / "heat.csv"))
    rows = (tmp_path / "heat.csv").read_text().splitlines()
    assert len(rows) == 8 and rows[0].startswith("day/ES")
    tab.export_json(str(tmp_path / "r.json"))
    assert (tmp_path / "r.json").stat().st_size > 1000
    assert tab.ctx.value("posting_time/countries") == "US,MX,PR,ES"


def test_tab_bad_inputs_show_one_line_errors(qtbot, main_window):
    tab = _tab(main_window)
    assert not tab.add_country("XX")
    assert "unknown country code 'XX'" in tab.error.text()
    tab.countries.selectAll()
    tab.remove_selected()
    assert tab.country_codes() == []
    with qtbot.waitSignal(tab.runner.error, timeout=20000) as blocker:
        qtbot.mouseClick(tab.run_button, Qt.LeftButton)
    assert "target_countries" in blocker.args[0] and "target_countries" in tab.error.text()
    assert not tab.ics_button.isEnabled()  # nothing to export yet


def test_tab_uses_imported_history_and_weights(qtbot, main_window):
    posts = []
    for i in range(40):  # posts at 08:00 New York get 5x the engagement of those at 20:00
        hour = 8 if i % 2 else 20
        t = dt.datetime(2025, 3, 1, hour, tzinfo=dt.timezone.utc) + dt.timedelta(days=i, hours=4)
        posts.append({"account_id": "early_bird", "platform": "tiktok", "post_key": str(i),
                      "timestamp": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "likes": 500 if hour == 8 else 100})
    store.default_store().upsert_posts(posts)
    tab = _tab(main_window)
    with qtbot.waitSignal(tab.account.runner.result, timeout=10000):
        tab.refresh_accounts()
    i = tab.account.findData("early_bird")
    assert i > 0 and "40 posts" in tab.account.itemText(i)
    tab.account.setCurrentIndex(i)
    tab.countries.cellWidget(0, 1).setValue(3.0)  # US counts three times
    req = tab.request()
    assert req["account_id"] == "early_bird" and req["country_weights"] == {"US": 3.0, "MX": 1.0, "PR": 1.0}
    r = _run(qtbot, tab)
    # 35 of the 40 posts have 5 earlier ones to compare with; the time-ordered test beats their median
    assert r["personal"]["used"] and r["personal"]["posts_used"] == 35 and r["personal"]["evaluation"]["p_value"] < 0.05
    assert "personal: 35 posts of early_bird" in tab.basis.text()


def test_the_personal_badge_tooltip_reads_in_spanish(spanish, isolated_home):
    """The source badge of a personal posting-time answer: its note (core's boost basis, several
    clauses) and the evaluation's note read in Spanish, not in English."""
    from test_personal_timing_hashtags import _timed_posts

    from viralml_desktop.core import engine
    from viralml_desktop.gui.widgets import source_texts

    store.default_store().upsert_posts(_timed_posts(np.random.default_rng(5), 90, effect=1.2, account="evening"))
    r = engine.run("predict_posting_time", dict(target_countries=["US"], platform="twitter",
                                                planned_date="2025-07-16", account_id="evening"), record=False)
    assert r["personal"]["used"]
    for path in ("expected_engagement_boost", "personal.evaluation"):
        entry = r["sources"][path]
        assert entry["kind"] == "personal"
        _, tip = source_texts(entry)
        note = tip.splitlines()[-1]
        assert "publicaciones" in note, (path, note)
        for english in ("boost", "posts", "median of", "newest", "shrunk", "beats"):
            assert english not in note, (path, note)
