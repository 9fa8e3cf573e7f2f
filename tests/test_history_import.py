"""Post-history import: platform column names, normalisation, merging, bad rows (issue 5, points 1 and 6)."""
from __future__ import annotations

import json

import numpy as np
import pytest

from viralml_desktop.core.account_health import history as hi
from viralml_desktop.core.errors import InputError
from viralml_desktop.core.store import Store


def write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


def test_tiktok_export_columns(tmp_path):
    f = write(tmp_path / "tiktok.csv",
              "Video title,Video link,Post time,Total views,Total likes,Total comments,Total shares\n"
              "Nueva Vida #trap #fyp,https://t/1,2025-10-20 18:30:00,12000,890,40,12\n"
              "Otra,https://t/2,2025-10-21 18:30:00,\"1,450\",32,,\n")
    r = hi.read_export(f)
    assert r.platform == "tiktok"
    # the one reader maps a link column to ``url``; the post key is still the link
    assert r.columns["views"] == "Total views" and r.columns["url"] == "Video link"
    p0, p1 = r.posts
    assert p0["timestamp"] == "2025-10-20T18:30:00Z" and p0["views"] == 12000 and p0["likes"] == 890
    assert p0["hashtags"] == ["#trap", "#fyp"] and p0["post_key"] == "https://t/1"
    assert p1["views"] == 1450 and p1["comments"] is None and p1["shares"] is None


def test_youtube_studio_export_skips_total_row(tmp_path):
    f = write(tmp_path / "Table data.csv",
              "Content,Video title,Video publish time,Duration,Views,Watch time (hours),Likes,Comments added,Shares\n"
              "Total,,,,15000,300,700,50,20\n"
              "abc123,Song A,\"Oct 20, 2025\",180,12000,250,600,40,15\n"
              "def456,Song B,\"Oct 22, 2025\",200,3000,50,100,10,5\n")
    r = hi.read_export(f, account_id="yt_channel")
    assert r.platform == "youtube" and r.account_id == "yt_channel"
    assert [p["post_key"] for p in r.posts] == ["abc123", "def456"]
    assert r.posts[0]["timestamp"] == "2025-10-20T00:00:00Z" and r.posts[0]["caption"] == "Song A"
    assert r.n_skipped == 0


def test_instagram_export_account_and_reach_fallback(tmp_path):
    f = write(tmp_path / "ig.csv",
              "Post ID,Account username,Description,Publish time,Permalink,Post type,Date,Impressions,Reach,Likes,"
              "Comments,Saves\n"
              "1789,artist_ig,Hola #reggaeton,10/20/2025 18:30,https://ig/p/1,Reel,Lifetime,5000,4000,300,12,5\n")
    r = hi.read_export(f)
    assert r.platform == "instagram" and r.account_id == "artist_ig"
    assert r.columns["timestamp"] == "Publish time"  # not the "Date" = "Lifetime" column
    assert r.posts[0]["views"] == 5000 and r.posts[0]["timestamp"] == "2025-10-20T18:30:00Z"


def test_json_list_and_nested_tree(tmp_path):
    f = write(tmp_path / "posts.json", json.dumps(
        {"Activity": {"Videos": {"VideoList": [{"Date": "2025-10-20T10:00:00+02:00", "views": "1.2K", "likes": 80},
                                              {"Date": 1761000000, "views": 900, "likes": 50}]}}}))
    r = hi.read_export(f, account_id="a")
    assert [p["views"] for p in r.posts] == [1200, 900]
    assert r.posts[0]["timestamp"] == "2025-10-20T08:00:00Z"  # offset honoured, stored in UTC


def test_mixed_date_formats_and_zones(tmp_path):
    f = write(tmp_path / "mixed.csv",
              "date,views,likes\n2025-10-20,100,5\n2025-10-21T18:30:00Z,200,6\n\"Oct 22, 2025\",300,7\n"
              "10/23/2025 18:30,400,8\n24/10/2025,500,9\n2025-10-25 12:00:00-05:00,600,10\n")
    # The old reader chose day/month order per value (10/23 month-first, 24/10 day-first in one column);
    # the one reader decides it per column (issue 13): one order per column, so this is a question, and
    # nothing is read until it is answered.
    with pytest.raises(InputError, match=r"Column 'date'.*day_first.*month_first"):
        hi.read_export(f, account_id="m")
    r = hi.read_export(f, account_id="m", hints={"date": "month_first"})
    assert r.n_skipped == 1 and "24/10/2025" in r.problems[0]  # does not fit the column's order
    f = write(tmp_path / "mixed.csv",
              "date,views,likes\n2025-10-20,100,5\n2025-10-21T18:30:00Z,200,6\n\"Oct 22, 2025\",300,7\n"
              "10/23/2025 18:30,400,8\n10/24/2025,500,9\n2025-10-25 12:00:00-05:00,600,10\n")
    r = hi.read_export(f, account_id="m")
    assert [p["timestamp"][:10] for p in r.posts] == ["2025-10-20", "2025-10-21", "2025-10-22", "2025-10-23",
                                                       "2025-10-24", "2025-10-25"]
    assert r.posts[-1]["timestamp"] == "2025-10-25T17:00:00Z"
    local = hi.read_export(f, account_id="m", assume_tz="America/Mexico_City")
    # A date without a time stays on its date (the one reader does not shift a date-only value by the
    # zone: it has no time of day, time_known False); a local time is shifted to UTC.
    assert local.posts[0]["timestamp"] == "2025-10-20T00:00:00Z" and local.posts[0]["time_known"] is False
    assert "2025-10-24T00:30:00Z" in [p["timestamp"] for p in local.posts]  # 10/23 18:30 in UTC-6


def test_bad_rows_skipped_with_reasons(tmp_path):
    f = write(tmp_path / "bad.csv", "timestamp,views,likes\n2025-10-20,100,5\nnot a date,100,5\n"
                                    "2025-10-22,abc,5\n2025-10-23,-4,5\n2025-10-24,,5\n2025-10-25,300,\n")
    r = hi.read_export(f, account_id="b")
    assert len(r.posts) == 2 and r.n_skipped == 4
    joined = " | ".join(r.problems)
    # the one reader's wording of the skipped rows
    assert "row 3: published_at 'not a date' is not a date" in joined
    assert "row 4: views 'abc' not a number" in joined and "row 5: views '-4' is negative" in joined
    assert "row 6: no views" in joined
    assert r.posts[1]["likes"] is None  # missing likes kept as unknown, never invented
    assert "4 rows skipped" in r.summary()


def test_unusable_files(tmp_path):
    with pytest.raises(InputError, match="no views column"):
        hi.read_export(write(tmp_path / "noviews.csv", "date,likes\n2025-10-20,4\n"))
    with pytest.raises(InputError, match="is empty"):
        hi.read_export(write(tmp_path / "empty.csv", ""))
    with pytest.raises(InputError, match="not valid JSON"):
        hi.read_export(write(tmp_path / "broken.json", "{\"posts\": [1,"))
    with pytest.raises(InputError, match="no usable rows"):
        hi.read_export(write(tmp_path / "allbad.csv", "date,views\nx,1\ny,2\n"))
    with pytest.raises(InputError, match="file not found"):
        hi.read_export(tmp_path / "missing.csv")


def test_reimport_merges_without_duplicates_and_failure_keeps_history(tmp_path):
    st = Store(tmp_path / "h.sqlite3")
    f = write(tmp_path / "a.csv", "post id,date,views,likes\np1,2025-10-20,100,5\np2,2025-10-21,200,6\n"
                                   "p2,2025-10-21,250,7\n")
    r = hi.import_file(f, account_id="acc", store=st)
    assert (r.inserted, r.updated, r.duplicates_merged) == (2, 0, 1)
    assert [p["views"] for p in st.posts("acc")] == [100, 250]  # the later snapshot of p2 wins
    f2 = write(tmp_path / "b.csv", "post id,date,views,likes\np2,2025-10-21,300,9\np3,2025-10-22,50,1\n")
    r2 = hi.import_file(f2, account_id="acc", store=st)
    assert (r2.inserted, r2.updated) == (1, 1)
    assert [p["post_key"] for p in st.posts("acc")] == ["p1", "p2", "p3"]
    with pytest.raises(InputError):
        hi.import_file(write(tmp_path / "c.csv", "date,views\nnope,-1\n"), account_id="acc", store=st)
    assert len(st.posts("acc")) == 3  # a failed import changes nothing


def test_day_only_rows_without_id_or_title_are_distinct_and_reimport_by_ordinal(tmp_path):
    st = Store(tmp_path / "h.sqlite3")
    f = write(tmp_path / "days.csv", "Date,Views\n28/10/2025,100\n28/10/2025,200\n29/10/2025,50\n")
    r = hi.import_file(f, account_id="acc", store=st, hints={"export_date": "2025-11-01"})
    assert (len(r.posts), r.inserted, r.duplicates_merged) == (3, 3, 0)  # both posts of the 28th kept
    assert "duplicate" not in r.summary()
    r = hi.import_file(f, account_id="acc", store=st, hints={"export_date": "2025-11-01"})
    assert (r.inserted, r.unchanged, len(st.posts("acc"))) == (0, 3, 3)
    newer = write(tmp_path / "days2.csv", "Date,Views\n28/10/2025,150\n28/10/2025,260\n29/10/2025,80\n")
    r = hi.import_file(newer, account_id="acc", store=st, hints={"export_date": "2025-11-04"})
    assert (r.inserted, r.updated) == (0, 3)
    assert sorted(p["views"] for p in st.posts("acc")) == [80, 150, 260]


def test_an_export_of_another_platform_is_refused_for_the_account(tmp_path):
    st = Store(tmp_path / "h.sqlite3")
    f = write(tmp_path / "a.csv", "post id,date,views\np1,2025-10-20,100\n")
    hi.import_file(f, account_id="acc", platform="tiktok", store=st)
    with pytest.raises(InputError, match="youtube.*tiktok"):
        hi.import_file(f, account_id="acc", platform="youtube", store=st)
    assert [p["platform"] for p in st.posts("acc")] == ["tiktok"]


def test_large_export_reads_every_row(tmp_path):
    # speed is bench/import_speed.py's job (bench/RESULTS.md); this checks a large file whole
    n = 30_000
    t = np.datetime64("2015-01-01T00:00") + np.arange(n) * np.timedelta64(37, "m")
    views = np.random.default_rng(0).integers(100, 100000, n)
    lines = ["id,timestamp,views,likes"] + [f"p{i},{t[i]}Z,{views[i]},{views[i] // 12}" for i in range(n)]
    f = write(tmp_path / "big.csv", "\n".join(lines))
    r = hi.read_export(f, account_id="big")
    assert len(r.posts) == n
    assert [p["views"] for p in r.posts[:3]] == [int(v) for v in views[:3]]


def test_an_import_without_export_date_says_it_took_the_files_date(tmp_path):
    """Issue 18: the Account health tab's direct import states that the file's date stands in for the
    export date (and the clause reads in Spanish); with an export date given nothing is said."""
    import datetime as dt
    import os

    from viralml_desktop.gui.clauses import core_lines

    st = Store(tmp_path / "h.sqlite3")
    f = write(tmp_path / "a.csv", "post id,date,views\np1,2025-10-20,100\np2,2025-10-21,200\n")
    when = dt.datetime(2026, 11, 20, 12, 0, tzinfo=dt.timezone.utc).timestamp()
    os.utime(f, (when, when))
    summary = hi.import_file(f, account_id="acc", store=st).summary()
    assert summary.endswith("; export date taken from the file's date 2026-11-20; give the day the export was "
                            "downloaded in the Import window if the export is older")
    assert st.imports("acc")[0]["exported_at"] == when
    es = core_lines(summary, "es")
    assert "fecha de exportación tomada de la fecha del archivo 2026-11-20" in es and "taken from" not in es
    given = hi.import_file(f, account_id="acc", store=st, hints={"export_date": "2026-10-01"}).summary()
    assert "export date" not in given
