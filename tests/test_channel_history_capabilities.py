"""Issue 13, points 3 and 4: every import keeps the one channel history (merge by post id, newer
export wins, snapshots kept, a failed import changes nothing), and every capability reads it."""
from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from viralml_desktop.core import store
from viralml_desktop.core.account_health import jobs as account_jobs
from viralml_desktop.core.errors import InputError
from viralml_desktop.core.progress import Progress

EXPORTS = Path(__file__).parent / "data" / "exports"
T0 = datetime(2025, 9, 1, 18, 0, tzinfo=timezone.utc)


def _write(path: Path, text: str, mtime: float | None = None) -> Path:
    path.write_text(text, encoding="utf-8")
    if mtime is not None:
        os.utime(path, (mtime, mtime))
    return path


# -- the import path the GUI uses (Account health: import_and_detect -> history.import_file) ----------

def test_gui_import_path_merges_keeps_snapshots_and_refuses_atomically(tmp_path, isolated_home):
    header = "Video title,Video link,Post time,Total views,Total likes,Total comments,Total shares\n"
    rows = [f"Clip {i} #trap,https://t/{i},2025-06-{1 + i:02d} 19:00:00,{1000 + 10 * i},{70 + i},3,1"
            for i in range(12)]
    first = _write(tmp_path / "luna.csv", header + "\n".join(rows), mtime=1_750_000_000)
    account_jobs.import_and_detect(account_jobs.ImportArgs(str(first)), Progress())
    st = store.default_store()
    assert len(st.posts("luna")) == 12
    again = account_jobs.import_and_detect(account_jobs.ImportArgs(str(first)), Progress())
    assert len(st.posts("luna")) == 12 and "0 new, 0 updated, 12 unchanged" in again.import_summary
    assert len(st.snapshots("luna", "https://t/0")) == 1  # the same export again: no new snapshot

    # a newer export (later file date) with more views for post 0: its counts win, the old ones stay a snapshot
    newer = _write(tmp_path / "Table data.csv", header + rows[0].replace(",1000,", ",5000,"), mtime=1_760_000_000)
    from viralml_desktop.core.account_health import history  # what import_and_detect calls to store

    history.import_file(newer, account_id="luna")
    post0 = next(p for p in st.posts("luna") if p["post_key"] == "https://t/0")
    assert post0["views"] == 5000 and len(st.posts("luna")) == 12
    assert [s["views"] for s in st.snapshots("luna", "https://t/0")] == [1000, 5000]
    # an older export read later does not overwrite the newer counts
    older = _write(tmp_path / "luna_may.csv", header + rows[0].replace(",1000,", ",900,"), mtime=1_748_900_000)  # after its post, before the others
    history.import_file(older, account_id="luna")
    assert next(p for p in st.posts("luna") if p["post_key"] == "https://t/0")["views"] == 5000

    # a failed import (one bad count after good rows) changes nothing
    before = (st.posts("luna"), st.snapshots("luna"), len(st.imports("luna")))

    bad = [{"post_id": "https://t/1", "published_at": T0, "views": 99999},
           {"post_id": "https://t/x", "published_at": T0, "views": -4}]
    with pytest.raises(InputError, match="views"):
        st.import_posts("luna", "tiktok", bad, {"name": "bad.csv", "exported_at": 1_800_000_000})
    with pytest.raises(InputError):
        history.import_file(_write(tmp_path / "luna.csv", "Post time,Total views\nnot a date,1\n"), store=st)
    assert (st.posts("luna"), st.snapshots("luna"), len(st.imports("luna"))) == before


# -- affinity: the target account's stored history gives the engagement rates -------------------------

def _history(n: int, views=lambda i: 1000 * (i + 1), likes=None, comments=None, hashtags=None, hours=1) -> list[dict]:
    return [{"post_id": f"p{i}", "title": f"post {i}", "published_at": T0 + timedelta(days=i, hours=hours),
             "views": views(i), **({"likes": likes(i)} if likes else {}),
             **({"comments": comments(i)} if comments else {}),
             **({"hashtags": hashtags(i)} if hashtags else {})} for i in range(n)]


def test_affinity_engagement_from_the_target_accounts_stored_history(isolated_home):
    from viralml_desktop.core import engine

    req = {"account_id": "me_nobody", "target_account_id": "bad_bunny_official", "platform": "tiktok",
           "metrics": {"content_similarity": 0.6, "engagement_overlap": 0.3}}
    before = engine.run("calculate_affinity", req, record=False)
    assert before["engagement_source"] == "published_benchmarks"
    store.default_store().import_posts("bad_bunny_official", "tiktok",
                                       _history(8, likes=lambda i: 150 * (i + 1), comments=lambda i: 4 * (i + 1)),
                                       {"name": "bb.csv"})
    out = engine.run("calculate_affinity", req, record=False)
    ep, eng = out["engagement_prediction"], out["details"]["engagement"]
    assert ep["like_probability"] == pytest.approx(0.15) and ep["comment_probability"] == pytest.approx(0.004)
    assert eng["like_probability"]["account_id"] == "bad_bunny_official" and eng["like_probability"]["n_posts"] == 8
    assert eng["share_probability"]["source"] == "published_benchmarks"  # no shares stored: the benchmark, said so
    assert out["engagement_source"] == "mixed"
    assert any("target account 'bad_bunny_official'" in r and "8 imported posts" in r for r in out["reasons"])


# -- hashtag lift: the account's posts and counts from the store ----------------------------------------

def test_hashtag_lift_reads_the_stored_history_and_not_its_daily_totals(isolated_home):
    from viralml_desktop.core import engine

    st = store.default_store()
    # 300 posts: every 3rd carries #winner and gets 4x the views; the rest alternate #plain / none
    views = lambda i: (40_000 if i % 3 == 0 else 10_000) + 37 * (i % 7)  # noqa: E731
    tags = lambda i: ["winner"] if i % 3 == 0 else (["plain"] if i % 3 == 1 else [])  # noqa: E731
    st.import_posts("lift_acc", "tiktok", _history(300, views=views, hashtags=tags), {"name": "posts.csv"})
    # the channel's daily totals (a daily table) are stored too, but are no posts
    daily = [{"published_at": T0 + timedelta(days=i), "views": 5_000_000} for i in range(40)]
    st.import_posts("lift_acc", "tiktok", daily, {"name": "daily.csv", "table": "daily"})
    out = engine.run("research_hashtags", {"genre": "trap", "platform": "tiktok", "account_id": "lift_acc",
                                           "limit": 30}, record=False)
    rows = {r["tag"]: r for r in out["hashtags_ranked"]}
    assert out["account_posts_scored"] == 300 - 5  # the first 5 posts are the baseline; daily totals left out
    assert rows["#winner"]["basis"] == "history" and rows["#winner"]["n_posts"] >= 95
    assert rows["#winner"]["expected_lift"] > 1.5 and out["hashtags_ranked"][0]["tag"] == "#winner"


# -- peak: reference posts from the stored posts and their snapshots ---------------------------------

def test_peak_reference_posts_come_from_the_stored_snapshots(isolated_home):
    import math

    from viralml_desktop.core import engine

    st = store.default_store()
    scale = [4000, 9000, 15000, 6000, 22000, 11000, 7000, 30000]
    born = [T0 + timedelta(days=i) for i in range(8)]
    cum = lambda j, age_h: round(scale[j] * (1 - math.exp(-age_h / 30)))  # noqa: E731  saturating views

    def export(at: datetime, name: str):
        posts = [{"post_id": f"v{j}", "published_at": born[j], "time_known": True,
                  "views": cum(j, (at - born[j]).total_seconds() / 3600)} for j in range(8) if born[j] < at]
        st.import_posts("peak_acc", "tiktok", posts, {"name": name, "exported_at": at})

    for i in range(8):  # an export 6 h after each post, then one 10 days after the last
        export(born[i] + timedelta(hours=6), f"day{i}.csv")
    export(born[7] + timedelta(hours=250), "late.csv")
    assert len(st.posts("peak_acc")) == 8 and len(st.snapshots("peak_acc", "v0")) == 9

    series = [round(10_000 * (1 - math.exp(-h / 30))) for h in range(1, 7)]
    out = engine.run("predict_peak", {"views": series, "account_id": "peak_acc"}, record=False)
    assert out["method"] == "szabo_huberman" and out["details"]["references"] == "stored_history"
    assert out["details"]["n_references"] == 8 and out["details"]["horizon_hours"] >= 168
    assert out["predicted_final_views"] == pytest.approx(10_000, rel=0.02)
    assert out["interval"][0] <= out["predicted_final_views"] <= out["interval"][1]
    assert any("stored posts" in n for n in out["notes"])
    other = engine.run("predict_peak", {"views": series, "account_id": "nobody"}, record=False)
    assert other["method"] == "decay_curve"


# -- thumbnail channel model: the export merged into the history, fitted on the stored videos ------------

def test_thumbnail_channel_model_is_fitted_on_the_stored_videos(tmp_path, isolated_home):
    import numpy as np
    from test_thumbnail_core import _rule_image, write

    from viralml_desktop.core.thumbnails import studio

    folder = tmp_path / "thumbs"
    folder.mkdir()
    levels = np.linspace(0, 1, 20)
    head = "Content,Video title,Video publish time,Views,Impressions,Impressions click-through rate (%)\n"
    lines = ["Total,,,9000,90000,5.0"]
    for i, lv in enumerate(levels):
        write(folder / f"vid{i:02d}xyzAB.png", _rule_image(lv, i))
        lines.append(f"vid{i:02d}xyzAB,Song {i},\"Oct {i + 1}, 2025\",{1000 + i},{10000 + i},{2 + 6 * lv:.2f}")
    export = _write(tmp_path / "Table data.csv", head + "\n".join(lines), mtime=1_762_000_000)
    first = studio.fit_channel(studio.ChannelArgs(str(export), str(folder), account="my_channel"))
    st = store.default_store()
    posts = {p["post_key"]: p for p in st.posts("my_channel")}
    assert first["account"] == "my_channel" and first["n_videos"] == 20 and len(posts) == 20
    assert "export's row order" not in first["cv"]  # publish dates known: validated oldest first
    assert Path(posts["vid03xyzAB"]["thumbnail_file"]).name == "vid03xyzAB.png"

    # a newer export of the same videos: merged (no duplicates), the older CTR kept as a snapshot
    lines[1 + 4] = lines[1 + 4].replace(f"{2 + 6 * levels[4]:.2f}", "9.90")
    newer = _write(tmp_path / "Table data (1).csv", head + "\n".join(lines), mtime=1_763_000_000)
    studio.fit_channel(studio.ChannelArgs(str(newer), str(folder), account="my_channel"))
    assert len(st.posts("my_channel")) == 20
    assert [s["ctr_percent"] for s in st.snapshots("my_channel", "vid04xyzAB")] == [round(2 + 6 * levels[4], 2), 9.9]

    # no export, no folder: the model comes from the stored videos and their recorded thumbnails
    again = studio.fit_channel(studio.ChannelArgs("", "", account="my_channel"))
    assert again["n_videos"] == 20 and again["account"] == "my_channel" and again["name"] == "my_channel"
    assert again["ctr_range"][1] == pytest.approx(0.099)  # the newest counts
    with pytest.raises(InputError, match="no stored video"):
        studio.fit_channel(studio.ChannelArgs("", "", account="nobody"))


# -- virality personal model: videos matched to stored posts by post id, title or file name ---------------

def test_labelled_videos_match_stored_posts_and_follow_their_newest_counts(tmp_path, isolated_home):
    from test_virality_media import synth_clip

    from viralml_desktop.core.account_health import history
    from viralml_desktop.core.virality import learning
    from viralml_desktop.core.virality import model as vm

    st = store.default_store()
    export = EXPORTS / "youtube_content_en.csv"
    history.import_file(export, account_id="yt_luna", store=st, hints={"export_date": "2025-11-01"})
    d = tmp_path / "past"
    d.mkdir()
    synth_clip(d / "Luna de agosto (Official Video).mp4", seconds=1.5, size=(160, 120))  # by title
    synth_clip(d / "hH4iJ5kK6lL.mp4", seconds=1.5, size=(160, 120))  # by post id
    synth_clip(d / "unrelated.mp4", seconds=1.5, size=(160, 120))  # no post: not measured
    res = learning.import_labelled_videos(learning.ImportArgs(str(d), "", account="yt_luna"), Progress())
    assert res.added == 2 and res.labelled_videos == 2
    posts = {p["post_key"]: p for p in st.posts("yt_luna")}
    assert Path(posts["vA1bC2dE3fG"]["video_file"]).name == "Luna de agosto (Official Video).mp4"
    assert Path(posts["hH4iJ5kK6lL"]["video_file"]).name == "hH4iJ5kK6lL.mp4"
    rows = {r["file"]: r for r in st.get(vm.PERSONAL_KEY + ".data")["rows"]}
    assert rows["hH4iJ5kK6lL.mp4"]["views"] == 12500 and rows["hH4iJ5kK6lL.mp4"]["post_key"] == "hH4iJ5kK6lL"

    # a newer export: the stored post's newest views become the labelled video's, its old count a snapshot
    text = export.read_text(encoding="utf-8").replace(",12500,", ",19000,")
    history.import_file(_write(tmp_path / "youtube_content_en.csv", text), account_id="yt_luna", store=st,
                        hints={"export_date": "2025-12-01"})
    assert [s["views"] for s in st.snapshots("yt_luna", "hH4iJ5kK6lL")] == [12500, 19000]
    (d / "unrelated.mp4").unlink()
    (d / "hH4iJ5kK6lL.mp4").unlink()
    learning.import_labelled_videos(learning.ImportArgs(str(d), "", account="yt_luna"), Progress())
    rows = {r["file"]: r for r in st.get(vm.PERSONAL_KEY + ".data")["rows"]}
    assert rows["hH4iJ5kK6lL.mp4"]["views"] == 19000 and len(rows) == 2
    with pytest.raises(InputError, match="views file or a stored account"):
        learning.import_labelled_videos(learning.ImportArgs(str(d), ""), Progress())


# -- account health and posting time: an account's daily totals are not posts -------------------------

def test_daily_totals_are_not_taken_for_posts(isolated_home):
    from viralml_desktop.core import engine

    st = store.default_store()
    daily = [{"published_at": T0 + timedelta(days=i), "views": 90_000 + i} for i in range(30)]
    st.import_posts("mixed_acc", "youtube", daily, {"name": "daily.csv", "table": "daily"})
    only_daily = engine.run("predict_posting_time", {"account_id": "mixed_acc", "platform": "youtube",
                                                     "target_countries": ["US"]}, record=False)
    assert only_daily["personal"]["used"] is False and "daily totals only" in only_daily["personal"]["note"]
    st.import_posts("mixed_acc", "youtube", _history(12, likes=lambda i: 50), {"name": "posts.csv"})
    report = account_jobs.detect_for_account("mixed_acc", Progress())
    assert len(report.result["series"]["views"]) == 12  # the 30 daily totals left out


def test_cli_import_videos_needs_a_views_file_or_an_account(tmp_path, isolated_home, capsys):
    from viralml_desktop import cli

    d = tmp_path / "empty"
    d.mkdir()
    assert cli.main(["import-videos", str(d)]) == 2
    assert "views file or a stored account" in capsys.readouterr().err
    assert cli.main(["import-videos", str(d), "--account", "nobody"]) == 2
    assert "no stored post of nobody" in capsys.readouterr().err
