"""Dates in request bodies: one order for the whole list (the import's logic), a question when
the values cannot decide it, date-only decided by how a value is written, ISO planned dates."""
from __future__ import annotations

import numpy as np
import pytest

from viralml_desktop.core import engine
from viralml_desktop.core.account_health.history import read_request_dates
from viralml_desktop.core.errors import InputError


def _posts(dates, views=None):
    views = views or [1000 + 50 * i for i in range(len(dates))]
    return [{"views": v, "likes": max(1, v // 20), "timestamp": d} for v, d in zip(views, dates)]


def test_slash_dates_read_with_one_order_for_the_whole_list():
    ts, known = read_request_dates(["30/09/2025", "02/10/2025", "03/10/2025"])
    assert [t.date().isoformat() for t in ts] == ["2025-09-30", "2025-10-02", "2025-10-03"]
    assert not known.any()
    ts, _ = read_request_dates(["09/30/2025 18:00", "10/02/2025 18:00"])
    assert [t.isoformat() for t in ts] == ["2025-09-30T18:00:00+00:00", "2025-10-02T18:00:00+00:00"]


def test_detect_anomaly_reads_day_first_posts_in_their_order(isolated_home):
    slash = engine.run("detect_anomaly", {"account_id": "a", "recent_posts": _posts(
        ["30/09/2025", "02/10/2025", "03/10/2025"], [12000, 450, 380])}, record=False)
    iso = engine.run("detect_anomaly", {"account_id": "a", "recent_posts": _posts(
        ["2025-09-30", "2025-10-02", "2025-10-03"], [12000, 450, 380])}, record=False)
    assert slash["anomaly_type"] == iso["anomaly_type"] == "view_suppression"
    assert not any("sorted" in n for n in slash.get("notes") or [])


def test_forecast_expected_at_follows_the_last_day_first_post(isolated_home):
    days = [f"{d:02d}/09/2025" for d in range(25, 31)] + [f"{d:02d}/10/2025" for d in range(1, 4)]
    out = engine.run("forecast_views", {"recent_posts": _posts(days), "horizon": 2}, record=False)
    assert [f["expected_at"] for f in out["forecast"]] == ["2025-10-04", "2025-10-05"]


def test_undecidable_order_is_asked_in_one_line_and_date_order_answers(isolated_home):
    days = [f"{d:02d}/06/2025" for d in range(1, 8)]
    for cap, extra in (("forecast_views", {}), ("detect_anomaly", {"account_id": "a"})):
        with pytest.raises(InputError) as e:
            engine.run(cap, {"recent_posts": _posts(days), **extra}, record=False)
        msg = str(e.value)
        assert "\n" not in msg and "YYYY-MM-DD" in msg and "date_order" in msg
    out = engine.run("forecast_views", {"recent_posts": _posts(days), "horizon": 1, "date_order": "day_first"},
                     record=False)
    assert out["forecast"][0]["expected_at"] == "2025-06-08"
    out = engine.run("forecast_views", {"recent_posts": _posts(days), "horizon": 1, "date_order": "month_first"},
                     record=False)
    assert out["forecast"][0]["expected_at"] == "2025-08-05"  # Jan 6 … Jul 6, about a month apart


def test_a_value_that_fits_neither_the_lists_order_is_named():
    with pytest.raises(InputError, match=r"recent_posts\[2\]\.timestamp '13/13/2025'"):
        read_request_dates(["30/09/2025", "02/10/2025", "13/13/2025"], field="recent_posts[{i}].timestamp")


def test_a_time_on_midnight_utc_is_still_a_time(isolated_home):
    posts = _posts([f"2025-09-{d:02d}T18:00:00" for d in range(1, 10)])
    _, known = read_request_dates([p["timestamp"] for p in posts], assume_tz="America/Mexico_City")
    assert known.all()
    out = engine.run("forecast_views", {"recent_posts": posts, "assume_tz": "America/Mexico_City", "horizon": 1},
                     record=False)
    assert out["forecast"][0]["expected_at"] == "2025-09-11T00:00:00Z"
    assert not any("dates only" in n for n in out.get("notes") or [])
    _, known = read_request_dates(["2025-09-01", "2025-09-02T00:00:00Z", "1759000000"])
    assert known.tolist() == [False, True, True]


def test_planned_date_not_iso_is_one_line():
    with pytest.raises(InputError) as e:
        engine.run("predict_posting_time", {"target_countries": ["US"], "planned_date": "15/07/2025"}, record=False)
    msg = str(e.value)
    assert "YYYY-MM-DD" in msg and "\n" not in msg and "invalid character" not in msg


def test_iso_lists_keep_the_vectorised_path():
    ts, known = read_request_dates(["2025-10-20T18:30:00Z", "2025-10-21 10:00:00+02:00", ""])
    assert ts.iloc[1].isoformat() == "2025-10-21T08:00:00+00:00" and ts.isna().iloc[2]
    assert isinstance(known, np.ndarray) and known[:2].all()
