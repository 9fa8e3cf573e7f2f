"""One channel history in SQLite (issue 13, point 3): accounts, posts with every field an export
gives, imports and snapshots; merge by post id, newer counts win, one transaction; the migration
from version 1 keeps what was stored."""
from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from viralml_desktop.core import store
from viralml_desktop.core.errors import InputError
from viralml_desktop.core.tables import read_table

EXPORTS = Path(__file__).resolve().parent / "data" / "exports"
T0 = datetime(2025, 10, 20, 18, 30, tzinfo=timezone.utc)


def post(i: int, **kw) -> dict:
    """A post as the reader gives it."""
    p = {"post_id": f"v{i}", "title": f"Clip {i} #trap", "hashtags": ["#trap"], "published_at": T0 + timedelta(days=i),
         "time_known": True, "views": 1000 * i, "likes": 50 * i}
    p.update(kw)
    return p


@pytest.fixture
def st(tmp_path):
    s = store.Store(tmp_path / "h.sqlite3")
    yield s
    s.close()


def count(s: store.Store, table: str) -> int:
    with s.connect() as con:
        return con.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


# -- the schema and its migration -------------------------------------------------------------

def version_1_database(db: Path) -> Path:
    """A database as version 1 left it: its tables and one imported post."""
    con = sqlite3.connect(db)
    con.executescript(store.MIGRATIONS[0])
    con.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
    con.execute("INSERT INTO schema_version VALUES (1)")
    con.execute("INSERT INTO posts (account_id, platform, post_key, timestamp, views, likes, comments, shares, "
                "caption, hashtags, source, imported_at) VALUES ('old_acc', 'tiktok', 'v1', '2025-10-21T18:30:00Z', "
                "900, 40, 3, 1, 'Clip 1 #trap', '[\"#trap\"]', 'old.csv', 1000.0)")
    con.execute("INSERT INTO kv (key, value_json, updated_at) VALUES ('model', '{\"a\": 1}', 1000.0)")
    con.commit()
    con.close()
    return db


def test_version_1_database_is_migrated_with_its_data(tmp_path):
    s = store.Store(version_1_database(tmp_path / "h.sqlite3"))
    assert s.schema_version() == store.SCHEMA_VERSION == 3
    (p,) = s.posts("old_acc")
    assert (p["post_key"], p["timestamp"], p["views"], p["caption"], p["hashtags"]) == \
        ("v1", "2025-10-21T18:30:00Z", 900, "Clip 1 #trap", ["#trap"])
    assert p["time_known"] is None and p["ctr_percent"] is None  # not known in version 1
    assert s.get("model") == {"a": 1}
    (acc,) = s.accounts()
    assert (acc["account_id"], acc["platform"], acc["n"]) == ("old_acc", "tiktok", 1)
    assert [x["views"] for x in s.snapshots("old_acc")] == [900]  # the stored counts are the first snapshot
    # the next import merges into the migrated post (same id): no duplicate, newer counts win
    res = s.import_posts("old_acc", "tiktok", [post(1, views=1500)], {"name": "new.csv", "exported_at": 2000.0})
    assert (res.added, res.updated, res.total) == (0, 1, 1)
    (p,) = s.posts("old_acc")
    assert p["views"] == 1500 and p["time_known"] is True and p["likes"] == 50
    assert [x["views"] for x in s.snapshots("old_acc", "v1")] == [900, 1500]
    assert s.integrity_ok()


def test_the_schema_version_is_refused_when_newer(tmp_path):
    db = tmp_path / "h.sqlite3"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
    con.execute("INSERT INTO schema_version VALUES (99)")
    con.commit()
    con.close()
    with pytest.raises(RuntimeError, match="newer"):
        store.Store(db).accounts()


# -- importing ----------------------------------------------------------------------------------

def test_every_field_of_the_reader_is_stored_and_read_back(st):
    full = post(1, duration_s=201, comments=7, shares=3, saves=9, impressions=40000, reach=30000, ctr_percent=4.8,
                watch_time_h=12.5, url="https://t/1", post_type="IG reel", file="clip1.mp4", account="someone")
    thumb = post(2, published_at="2025-10-22T20:00:00+02:00", file="covers/clip2.PNG", time_known=False)
    res = st.import_posts("luna", "instagram", [full, thumb], {"name": "ig.csv"})
    assert (res.added, res.updated, res.unchanged, res.total, res.posts) == (2, 0, 0, 2, 2)
    assert (res.first, res.last) == ("2025-10-21T18:30:00Z", "2025-10-22T18:00:00Z")
    a, b = st.posts("luna")
    want = {"post_id": "v1", "post_key": "v1", "title": "Clip 1 #trap", "caption": "Clip 1 #trap",
            "hashtags": ["#trap"], "published_at": "2025-10-21T18:30:00Z", "timestamp": "2025-10-21T18:30:00Z",
            "time_known": True, "duration_s": 201, "views": 1000, "likes": 50, "comments": 7, "shares": 3, "saves": 9,
            "impressions": 40000, "reach": 30000, "ctr_percent": 4.8, "watch_time_h": 12.5, "url": "https://t/1",
            "post_type": "IG reel", "video_file": "clip1.mp4", "thumbnail_file": None, "platform": "instagram",
            "source": "ig.csv", "account_id": "luna"}
    assert {k: a[k] for k in want} == want
    assert b["timestamp"] == "2025-10-22T18:00:00Z" and b["time_known"] is False  # the offset applied
    assert b["thumbnail_file"] == "covers/clip2.PNG" and b["video_file"] is None
    assert st.set_post_files("luna", "v2", video_file="clip2.mp4")
    assert not st.set_post_files("luna", "nope", video_file="x.mp4")
    assert st.posts("luna")[1]["video_file"] == "clip2.mp4"
    (imp,) = st.imports("luna")
    assert (imp["source"], imp["added"], imp["updated"], imp["n_posts"]) == ("ig.csv", 2, 0, 2)


def test_reimport_merges_by_post_id_and_keeps_snapshots(st):
    first = [post(i) for i in range(1, 4)]
    st.import_posts("acc", "tiktok", first, {"name": "a.csv", "exported_at": "2025-11-01"})
    # the same export again: nothing changes, no duplicate, no new snapshot
    res = st.import_posts("acc", "tiktok", first, {"name": "a.csv", "exported_at": "2025-11-01"})
    assert (res.added, res.updated, res.unchanged, res.total) == (0, 0, 3, 3)
    assert len(st.posts("acc")) == 3 and count(st, "post_snapshots") == 3
    # a newer export with grown counts and one new post: the newer counts win
    newer = [post(i, views=1000 * i + 500) for i in range(2, 5)]
    res = st.import_posts("acc", "tiktok", newer, {"name": "b.csv", "exported_at": "2025-11-08"})
    assert (res.added, res.updated, res.unchanged, res.total) == (1, 2, 0, 4)
    assert [p["views"] for p in st.posts("acc")] == [1000, 2500, 3500, 4500]
    assert [s["views"] for s in st.snapshots("acc", "v2")] == [2000, 2500]
    # an older export read later: its counts do not overwrite newer ones, but fill what is missing
    older = [post(2, views=1800, comments=4)]
    res = st.import_posts("acc", "tiktok", older, {"name": "old.csv", "exported_at": "2025-10-30"})
    p2 = st.posts("acc")[1]
    assert (res.updated, p2["views"], p2["comments"]) == (1, 2500, 4)
    assert [s["views"] for s in st.snapshots("acc", "v2")] == [1800, 2000, 2500]  # in export order
    # a field the export lacks never erases a stored one
    st.import_posts("acc", "tiktok", [{"post_id": "v3", "published_at": T0 + timedelta(days=3), "views": 9000}],
                    {"exported_at": "2025-12-01"})
    p3 = st.posts("acc")[2]
    assert (p3["views"], p3["likes"], p3["title"]) == (9000, 150, "Clip 3 #trap")


def test_a_date_only_export_never_replaces_a_known_time_of_day(st):
    st.import_posts("acc", "youtube", [post(1)], {"exported_at": "2025-11-01"})
    day_only = post(1, published_at=datetime(2025, 10, 21, tzinfo=timezone.utc), time_known=False, views=5000)
    st.import_posts("acc", "youtube", [day_only], {"exported_at": "2025-11-05"})
    (p,) = st.posts("acc")
    assert (p["timestamp"], p["time_known"], p["views"]) == ("2025-10-21T18:30:00Z", True, 5000)
    # and the other way round: a known time replaces a date-only one, even from an older export
    st.import_posts("b", "youtube", [day_only], {"exported_at": "2025-11-05"})
    st.import_posts("b", "youtube", [post(1)], {"exported_at": "2025-11-01"})
    (p,) = st.posts("b")
    assert (p["timestamp"], p["time_known"], p["views"]) == ("2025-10-21T18:30:00Z", True, 5000)


def test_posts_without_an_id_are_keyed_by_time_and_repeats_merge(st):
    rows = [{"published_at": "2025-10-01T18:00:00Z", "title": "A", "views": 10},
            {"published_at": "2025-10-01T18:00:00Z", "title": "B", "views": 20},  # another post, same minute
            {"published_at": "2025-10-01T18:00:00Z", "title": "A", "views": 15},  # A again, later counts
            {"published_at": "2025-10-02T18:00:00Z", "views": 30}]
    res = st.import_posts("acc", None, rows, {})
    assert (res.posts, res.repeated, res.added) == (3, 1, 3)
    got = {p["post_key"]: (p["title"], p["views"]) for p in st.posts("acc")}
    assert got == {"2025-10-01T18:00:00Z": ("A", 15), "2025-10-01T18:00:00Z #2": ("B", 20),
                   "2025-10-02T18:00:00Z": (None, 30)}
    assert st.import_posts("acc", None, rows, {}).added == 0  # the same file again: the same keys
    assert st.posts("acc")[0]["platform"] == "" and st.accounts()[0]["platform"] == ""  # unknown platform


DAY_ONLY = [{"published_at": "2025-10-28", "time_known": False, "views": 100},
            {"published_at": "2025-10-28", "time_known": False, "views": 200},  # another post, same day
            {"published_at": "2025-10-29", "time_known": False, "views": 50}]


def test_rows_without_id_or_title_are_distinct_posts_keyed_by_their_ordinal(st):
    res = st.import_posts("acc", None, DAY_ONLY, {"exported_at": "2025-11-01"})
    assert (res.posts, res.repeated, res.added) == (3, 0, 3)  # both posts of the 28th kept
    assert "repeated" not in res.summary()
    got = {p["post_key"]: p["views"] for p in st.posts("acc")}
    assert got == {"2025-10-28T00:00:00Z": 100, "2025-10-28T00:00:00Z #2": 200, "2025-10-29T00:00:00Z": 50}
    again = st.import_posts("acc", None, DAY_ONLY, {"exported_at": "2025-11-01"})
    assert (again.added, again.unchanged, again.total) == (0, 3, 3)  # the same table again: no duplicate
    newer = [dict(r, views=r["views"] + 7) for r in DAY_ONLY]  # a newer export of the same table
    res = st.import_posts("acc", None, newer, {"exported_at": "2025-11-05"})
    assert (res.added, res.updated, res.total) == (0, 3, 3)
    got = {p["post_key"]: p["views"] for p in st.posts("acc")}
    assert got == {"2025-10-28T00:00:00Z": 107, "2025-10-28T00:00:00Z #2": 207, "2025-10-29T00:00:00Z": 57}


def test_an_export_of_another_platform_is_refused_for_a_stored_account(st):
    st.import_posts("tiktok_account", "tiktok", [post(1), post(2)], {"exported_at": "2025-11-01"})
    with pytest.raises(InputError) as e:
        st.import_posts("tiktok_account", "youtube", [post(3), post(4)], {"exported_at": "2025-11-02"})
    msg = str(e.value)
    assert "\n" not in msg and "youtube" in msg and "tiktok" in msg and "another account name" in msg
    with pytest.raises(InputError, match="youtube"):  # a post's own platform counts too
        st.import_posts("tiktok_account", None, [post(5, platform="youtube")], {})
    assert count(st, "posts") == 2 and count(st, "imports") == 1  # nothing stored
    assert st.accounts()[0]["platform"] == "tiktok"
    # a generic / unknown export joins any account; the same platform too
    assert st.import_posts("tiktok_account", "generic", [post(6)], {}).added == 1
    assert st.import_posts("tiktok_account", None, [post(7)], {}).added == 1
    assert st.import_posts("tiktok_account", "TikTok", [post(8)], {}).added == 1
    # an account of unknown platform takes the first platform it is given
    st.import_posts("mine", None, [post(1)], {})
    assert st.import_posts("mine", "youtube", [post(2)], {}).added == 1
    with pytest.raises(InputError, match="is a youtube account"):
        st.import_posts("mine", "instagram", [post(3)], {})


@pytest.mark.parametrize("bad, message", [
    ({"views": 5}, "post 2 (v2): no date"),
    ({"published_at": "yesterday"}, "post 2 (v2): published_at 'yesterday' is not an ISO 8601 time"),
    ({"views": -3}, "post 2 (v2): views -3 is not a whole number of 0 or more"),
    ({"likes": "many"}, "post 2 (v2): likes 'many' is not a whole number"),
    ({"ctr_percent": float("nan")}, "post 2 (v2): ctr_percent nan is not a number"),
])
def test_a_bad_post_stores_nothing(st, bad, message):
    st.import_posts("acc", "tiktok", [post(1)], {"exported_at": "2025-11-01"})
    before = (st.posts("acc"), count(st, "post_snapshots"), count(st, "imports"))
    wrong = post(2, **bad)
    if bad == {"views": 5}:
        wrong.pop("published_at")
    with pytest.raises(InputError) as e:
        st.import_posts("acc", "tiktok", [post(1, views=7777), wrong, post(3)], {"exported_at": "2025-12-01"})
    assert message in str(e.value) and "\n" not in str(e.value)
    assert (st.posts("acc"), count(st, "post_snapshots"), count(st, "imports")) == before
    with pytest.raises(InputError, match="no posts"):
        st.import_posts("acc", "tiktok", [], {})
    with pytest.raises(InputError, match="account name"):
        st.import_posts("  ", "tiktok", [post(1)], {})


def test_a_failure_in_the_middle_of_the_write_rolls_everything_back(st):
    st.import_posts("acc", "tiktok", [post(1)], {})
    with st.connect() as con:  # the database refuses the third post, after the first two are written
        con.execute("CREATE TRIGGER refuse BEFORE INSERT ON posts WHEN NEW.post_key = 'v3' "
                    "BEGIN SELECT RAISE(ABORT, 'disk full'); END")
    with pytest.raises(sqlite3.IntegrityError, match="disk full"):
        st.import_posts("acc", "tiktok", [post(1, views=5), post(2), post(3)], {"exported_at": 4e9})
    assert [(p["post_key"], p["views"]) for p in st.posts("acc")] == [("v1", 1000)]
    assert count(st, "imports") == 1 and count(st, "post_snapshots") == 1 and count(st, "accounts") == 1


def test_dry_run_says_what_would_change_and_stores_nothing(st):
    st.import_posts("acc", "tiktok", [post(1)], {})
    res = st.import_posts("acc", "tiktok", [post(1, views=3), post(2)], {"exported_at": 4e9}, dry_run=True)
    assert (res.added, res.updated, res.total, res.dry_run, res.import_id) == (1, 1, 2, True, None)
    assert "would store" in res.summary()
    assert [p["views"] for p in st.posts("acc")] == [1000] and count(st, "imports") == 1


def test_accounts_delete_and_daily_totals(st):
    st.import_posts("b_acc", "youtube", [post(1), post(2)], {})
    read = read_table(EXPORTS / "tiktok_overview_es.csv", hints={"export_date": "2026-01-10"})
    assert read.report.table == "overview"
    st.import_posts("a_acc", read.report.platform, read.posts, {"table": read.report.table})
    accs = st.accounts()
    assert [(a["account_id"], a["platform"], a["n"]) for a in accs] == [
        ("a_acc", "tiktok", len(read.posts)), ("b_acc", "youtube", 2)]
    assert accs[1]["first"] == "2025-10-21T18:30:00Z" and accs[1]["last"] == "2025-10-22T18:30:00Z"
    assert {p["post_type"] for p in st.posts("a_acc")} == {"daily total"}  # an account's days, not posts
    assert st.delete_account("b_acc") == 2
    assert [a["account_id"] for a in st.accounts()] == ["a_acc"]
    assert st.snapshots("b_acc") == [] and st.imports("b_acc") == []


def test_the_raw_upsert_still_writes_rows_as_given(st):
    rows = [{"account_id": "a", "post_key": str(i), "timestamp": f"2025-01-0{i}T00:00:00Z", "views": i * 10,
             "hashtags": ["#trap"], "time_known": True, "impressions": 99} for i in range(1, 4)]
    assert st.upsert_posts(rows) == (3, 0)
    st.import_posts("a", "tiktok", [{"post_id": "1", "published_at": "2025-01-01T00:00:00Z", "views": 11,
                                     "ctr_percent": 5.0}], {})
    assert st.upsert_posts([dict(rows[0], views=12)]) == (0, 1)
    p = st.posts("a")[0]
    assert (p["views"], p["impressions"], p["ctr_percent"], p["time_known"]) == (12, 99, 5.0, True)
    assert st.accounts()[0]["n"] == 3
