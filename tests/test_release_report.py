"""release_report (issue 18, point 2): the after-release report of a stored account and a post.

The account is stored through the store's import (tests/release_fixtures.py): 30 posts, the last
4 at a twentieth of the usual views, the newest counted at 6, 12, 24 and 48 h.
"""
from __future__ import annotations

import json

import pytest

from release_fixtures import NEWEST_HOURS, scales, store_history, views_at

from viralml_desktop.core import engine, sources
from viralml_desktop.core.errors import Cancelled, InputError
from viralml_desktop.core.progress import Progress

COMMENTS = ["Temazo 🔥🔥 lo mejor del año", "me encanta esta canción 😍", "i love this song", "malísima, qué aburrida",
            "🔥🔥🔥", "horrible, no me gusta nada 👎"]


def _text_of(pdf_path) -> str:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf_path))
    try:
        return "\n".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    finally:
        doc.close()


def test_report_gathers_health_peak_and_sentiment_with_a_source_for_every_number(isolated_home, tmp_path):
    store_history()
    out = engine.run("release_report", {"account_id": "luna_roja", "comments": COMMENTS}, record=False)
    assert out["period"]["posts"] == 30 and out["pdf"] is None
    # health: the drop of the last 4 posts is found, on the stored series
    assert out["verdict"]["anomaly_type"] != "none" and out["health"]["events"]
    assert len(out["health"]["series"]["views"]) == 30
    # the newest post: its counts by age, and the peak model on them
    post = out["post"]
    assert post["post_id"] == "v29" and [r["hours"] for r in post["readings"]] == list(NEWEST_HOURS)
    assert post["views"] == views_at(scales()[-1], NEWEST_HOURS[-1])
    peak = out["peak"]
    assert peak is not None, out["peak_note"]
    final = scales()[-1]
    assert peak["interval"][0] <= peak["predicted_final_views"] <= peak["interval"][1]
    assert peak["predicted_final_views"] == pytest.approx(final, rel=0.25)
    # comments: counted, with the emoji
    com = out["comments"]
    assert sum(com["distribution"].values()) == len(COMMENTS)
    assert com["top_emoji"][0]["emoji"] == "🔥"
    # next steps: one per result, each naming it
    froms = [s["from"] for s in out["next_steps"]]
    assert froms[0] == "detect_anomaly" and "predict_peak" in froms and froms[-1] == "analyze_comments"
    assert all(s["text"] for s in out["next_steps"])
    # sources: every number, the nested answers' entries lifted under their section
    assert sources.uncovered(out) == []
    # a verdict whose calibration cell does not beat chance says its confidence is the base rate only
    want = "model" if out["health"]["confidence_basis"] == "calibrated" else "no_evidence"
    assert "sources" not in out["health"] and out["sources"]["health.confidence"]["kind"] == want
    assert sources.covering(out["sources"], "peak.predicted_final_views")["kind"] in ("model", "personal")


def test_report_pdf_is_written_in_the_language_asked(isolated_home, tmp_path):
    store_history()
    pdf = tmp_path / "informe.pdf"
    out = engine.run("release_report", {"account_id": "luna_roja", "comments": COMMENTS, "out_path": str(pdf),
                                        "language": "es", "page_size": "Letter"}, record=False)
    assert out["pdf"] == str(pdf) and pdf.is_file()
    text = _text_of(pdf)
    assert "Informe tras el lanzamiento" in text and "Qué hacer ahora" in text and "luna_roja" in text
    assert "Salud de la cuenta" in text and "Sentimiento de los comentarios" in text
    # the final views as the PDF says them (Spanish separators: a four-digit whole part ungrouped)
    from viralml_desktop.core.release.pdf import number

    final = number(out["peak"]["predicted_final_views"], "es", 0)
    assert final in text


def test_default_post_is_the_newest_and_a_named_one_is_used(isolated_home):
    store_history()
    out = engine.run("release_report", {"account_id": "luna_roja", "post_id": "v3"}, record=False)
    assert out["post"]["post_id"] == "v3" and out["post"]["views"] == views_at(scales()[3], (29 - 3) * 48 - 1)
    # no comments given: the report says how to add them, as a next step
    assert out["comments"] is None and "no comments" in out["comments_note"]
    assert out["next_steps"][-1]["key"] == "add_comments"


def test_comments_file_is_read_like_the_captions_tab(isolated_home, tmp_path):
    store_history()
    f = tmp_path / "comments.csv"
    f.write_text("Author,Comment\nana,Temazo 🔥\nluis,\"malísima,\nno me gusta\"\nmar,me encanta\n", encoding="utf-8")
    out = engine.run("release_report", {"account_id": "luna_roja", "comments_path": str(f),
                                        "comments": ["otro más 🔥"]}, record=False)
    assert sum(out["comments"]["distribution"].values()) == 4


@pytest.mark.parametrize("request_, message", [
    ({"account_id": "nobody"}, "known accounts: luna_roja"),
    ({"account_id": "luna_roja", "post_id": "v999"}, "v999"),
    ({"account_id": "luna_roja", "out_path": "report.txt"}, "does not end in .pdf"),
    ({"account_id": "luna_roja", "out_path": "/no/such/folder/r.pdf"}, "no such folder"),
    ({"account_id": "luna_roja", "comments_path": "/no/such/comments.csv"}, "no such file"),
])
def test_bad_input_is_one_line(isolated_home, request_, message):
    store_history()
    with pytest.raises(InputError) as e:
        engine.run("release_report", request_, record=False)
    assert message in str(e.value) and "\n" not in str(e.value)


def test_unknown_account_without_any_stored_says_how_to_import(isolated_home):
    with pytest.raises(InputError, match="no account is stored yet"):
        engine.run("release_report", {"account_id": "nobody"}, record=False)


def test_cli_report_end_to_end_on_an_imported_history(isolated_home, tmp_path, capsys):
    """An export imported with ``viralml import``, then ``viralml report`` on it: the PDF and the summary."""
    from viralml_desktop import cli

    rows = ["Video title,Date posted,Video views,Likes"]
    for i in range(14):  # two weeks of daily posts, the last three far below the rest
        v = (9000 + 400 * (i % 3)) if i < 11 else 350 + 20 * i
        rows.append(f"Clip {i} #trap,2026-10-{i + 1:02d} 19:00,{v},{v // 12}")
    export = tmp_path / "tiktok_posts.csv"
    export.write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert cli.main(["import", str(export), "--account", "sol_y_luna", "--platform", "tiktok"]) == 0
    capsys.readouterr()
    comments = tmp_path / "comments.txt"
    comments.write_text("Temazo 🔥\nno me gusta\nbrutal 🔥🔥\n", encoding="utf-8")
    pdf = tmp_path / "report.pdf"
    code = cli.main(["report", "--account", "sol_y_luna", "--comments", str(comments), "--out", str(pdf),
                     "--lang", "en"])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    summary = json.loads(captured.out)
    assert summary["pdf"] == str(pdf) and pdf.is_file() and summary["post_id"]
    assert sum(summary["comments"].values()) == 3
    assert summary["next_steps"] and summary["verdict"]
    assert summary["next_steps"][-1].endswith("(from the comment analysis)"), summary["next_steps"]
    text = _text_of(pdf)
    assert "After-release report" in text and "sol_y_luna" in text and "What to do next" in text
    # a bad account: one line on stderr, exit 2, no file
    code = cli.main(["report", "--account", "nadie", "--out", str(tmp_path / "x.pdf")])
    err = capsys.readouterr().err.strip()
    assert code == 2 and "known accounts" in err and "sol_y_luna" in err and len(err.splitlines()) == 1
    assert not (tmp_path / "x.pdf").exists()


def test_over_http_the_report_answers_and_writes_no_file(isolated_home, tmp_path):
    """The server reads files inside its media roots: without out_path the JSON answers; a new .pdf
    in a root is written; an existing one (without overwrite), one outside the roots or not a .pdf
    is refused in one line that says which, and nothing is written."""
    from fastapi.testclient import TestClient

    from viralml_desktop.api import server

    store_history()
    root = tmp_path / "media"
    root.mkdir()
    (root / "comments.txt").write_text("Temazo 🔥\nqué aburrido\n", encoding="utf-8")
    existing = root / "old.pdf"
    existing.write_bytes(b"%PDF-1.4 keep me")
    with TestClient(server.create_app(media_roots=[root]), base_url="http://127.0.0.1") as client:
        ok = client.post("/release_report", json={"account_id": "luna_roja", "comments_path": "comments.txt"})
        assert ok.status_code == 200, ok.text
        assert ok.json()["pdf"] is None and sum(ok.json()["comments"]["distribution"].values()) == 2
        # an existing file: refused in the request's own words (overwrite), not the command line's
        r = client.post("/release_report", json={"account_id": "luna_roja", "out_path": "old.pdf"})
        assert r.status_code == 422, r.text
        detail = r.json()["detail"]
        assert detail.startswith("out_path: ") and "already exists" in detail and "\n" not in detail, detail
        assert "--overwrite" not in detail and "does not end in .pdf" not in detail
        # outside the roots: refused; a file that is not a PDF: said so
        r = client.post("/release_report", json={"account_id": "luna_roja", "out_path": str(tmp_path / "x.pdf")})
        assert r.status_code == 403 and "outside the media roots" in r.json()["detail"], r.text
        r = client.post("/release_report", json={"account_id": "luna_roja", "out_path": "r.txt"})
        assert r.status_code == 422 and "does not end in .pdf" in r.json()["detail"], r.text
        # a new .pdf in a root is written there (before: "does not end in .pdf" or "file not found")
        r = client.post("/release_report", json={"account_id": "luna_roja", "out_path": "new.pdf"})
        assert r.status_code == 200, r.text
    assert (root / "new.pdf").read_bytes()[:5] == b"%PDF-" and existing.read_bytes() == b"%PDF-1.4 keep me"
    assert not (tmp_path / "x.pdf").exists() and not (root / "r.txt").exists()


def test_a_short_history_still_gets_a_report_that_says_what_is_missing(isolated_home, tmp_path):
    """Two posts: no verdict, no forecast and no peak are guessed; each says why, and the PDF is written."""
    from datetime import timedelta

    from release_fixtures import T0

    from viralml_desktop.core import store

    st = store.default_store()
    st.import_posts("tiny", "youtube", [{"post_id": f"p{i}", "published_at": T0 + timedelta(days=i),
                                          "views": 1000 * (i + 1)} for i in range(2)], {"name": "a.csv"})
    st.import_posts("overview", "youtube", [{"published_at": T0 + timedelta(days=i), "views": 5000}
                                            for i in range(10)], {"name": "d.csv", "table": "daily"})
    out = engine.run("release_report", {"account_id": "tiny", "out_path": str(tmp_path / "t.pdf"), "language": "es"},
                     record=False)
    assert out["verdict"]["anomaly_type"] == "insufficient_history" and out["forecast"] is None
    assert out["peak"] is None and "predict_peak" in out["peak_note"] and "5 posts" in out["forecast_note"]
    assert [s["key"] for s in out["next_steps"]] == ["import_more_history", "add_comments"]
    assert sources.uncovered(out) == []
    text = _text_of(tmp_path / "t.pdf")  # the missing parts said in Spanish, not skipped
    assert "historial demasiado corto" in text and "Comentarios: no se dio ninguno" in text
    with pytest.raises(InputError, match="only daily totals"):
        engine.run("release_report", {"account_id": "overview"}, record=False)


def test_an_existing_pdf_is_refused_unless_overwrite(isolated_home, tmp_path, capsys):
    """``viralml report --out r.pdf`` on an existing file: one line, exit 2, the file untouched (the core
    refuses too, for every caller); with --overwrite it is replaced by the report."""
    from viralml_desktop import cli

    store_history()
    pdf = tmp_path / "r.pdf"
    pdf.write_bytes(b"%PDF-1.4 mine")
    code = cli.main(["report", "--account", "luna_roja", "--out", str(pdf), "--lang", "en"])
    err = capsys.readouterr().err.strip()
    assert code == 2 and err == f"error: --out {pdf} already exists (use --overwrite to replace it)"
    with pytest.raises(InputError, match="already exists"):
        engine.run("release_report", {"account_id": "luna_roja", "out_path": str(pdf)}, record=False)
    assert pdf.read_bytes() == b"%PDF-1.4 mine"
    code = cli.main(["report", "--account", "luna_roja", "--out", str(pdf), "--lang", "en", "--overwrite"])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert json.loads(captured.out)["pdf"] == str(pdf) and "After-release report" in _text_of(pdf)


class _CancelAtCheck(Progress):
    """Cancels at its ``at``-th check (``update`` checks too), as a user's click would land there."""

    def __init__(self, at: int):
        super().__init__()
        self.at, self.checks = at, 0

    def check(self) -> None:
        self.checks += 1
        if self.checks >= self.at:
            self.cancel()
        super().check()


def test_a_cancelled_report_leaves_no_file(isolated_home, tmp_path):
    """Cancelled at the second check: Cancelled, no PDF and no temporary file in the folder, an existing PDF
    (overwrite asked for) left as it was. A cancel that lands once the PDF is in place (the last update) is too
    late to undo: the report is returned with the PDF it names, never a Cancelled with a file left behind."""
    store_history()
    folder = tmp_path / "out"
    folder.mkdir()
    progress = _CancelAtCheck(2)
    with pytest.raises(Cancelled):
        engine.run("release_report", {"account_id": "luna_roja", "comments": COMMENTS,
                                      "out_path": str(folder / "r.pdf")}, progress, record=False)
    assert progress.checks == 2 and list(folder.iterdir()) == []
    (folder / "old.pdf").write_bytes(b"%PDF-1.4 old")
    with pytest.raises(Cancelled):
        engine.run("release_report", {"account_id": "luna_roja", "out_path": str(folder / "old.pdf"),
                                      "overwrite": True}, _CancelAtCheck(2), record=False)
    assert [p.name for p in folder.iterdir()] == ["old.pdf"] and (folder / "old.pdf").read_bytes() == b"%PDF-1.4 old"

    def cancel_once_the_pdf_starts(fraction, message):
        if message.startswith("pdf:"):
            late.cancel()

    late = Progress(cancel_once_the_pdf_starts)
    out = engine.run("release_report", {"account_id": "luna_roja", "out_path": str(folder / "late.pdf")}, late,
                     record=False)
    assert late.cancelled and out["pdf"] == str(folder / "late.pdf")
    assert sorted(p.name for p in folder.iterdir()) == ["late.pdf", "old.pdf"]


@pytest.mark.parametrize("first, key", [([0.0, 6.0], "past_peak_early"), ([12.0, 18.0], "past_peak")])
def test_a_peak_in_the_first_interval_is_said_as_a_bound_not_an_hour(first, key):
    """predict_peak's peak inside the first export's interval (peak_hour_interval starting at 0) has no measured
    hour: the next step says 'within its first 6 h', never 'hour 3' (the middle of the interval)."""
    from viralml_desktop.core.release.report import NEXT_STEPS, next_steps

    peak = {"peak_hour": sum(first) / 2, "peak_hour_interval": first, "peak_source": "observed",
            "predicted_final_views": 13799.0, "views_so_far": 13400}
    steps = [s for s in next_steps({"period": {"posts": 41}, "post": {"views": 13400}, "peak": peak})
             if s["from"] == "predict_peak"]
    assert [s["key"] for s in steps] == [key]
    if key == "past_peak_early":
        assert "within its first 6 h" in steps[0]["text"] and "hour 3" not in steps[0]["text"]
        assert "primeras 6 h" in NEXT_STEPS["past_peak_early"]["es"].format(**steps[0]["values"])
    else:
        assert "(hour 15)" in steps[0]["text"]


def test_a_post_counted_six_times_with_the_same_views_has_six_time_points(isolated_home, tmp_path, capsys):
    """s10 tester of issue 18, defect 3: a post whose views stay the same over later exports has
    plateaued; each export is an observation. The store keeps each (a snapshot per export time, none
    for the same export imported again), so the report's hours since posting run to the latest
    export and predict_peak gets every time point; ``viralml import`` says the posts were counted
    again, not "unchanged"."""
    from viralml_desktop import cli
    from viralml_desktop.core import store

    csv = tmp_path / "plateau.csv"
    csv.write_text("Video title,Video link,Post time,Total views,Total likes\n"
                   "Nueva Vida,https://t/1,2026-11-20 18:00:00,9800,700\n", encoding="utf-8")
    lines = []
    for day in (21, 22, 23, 24, 25, 26, 26):  # the last export imported twice
        assert cli.main(["import", str(csv), "--account", "plateau", "--platform", "tiktok",
                         "--export-date", f"2026-11-{day}"]) == 0
        lines.append(capsys.readouterr().out.strip().splitlines()[-1])
    assert "1 added" in lines[0]
    for line in lines[1:6]:
        assert "0 added, 0 updated, 1 counted again (a new time point each), 0 unchanged" in line, line
    assert "0 added, 0 updated, 1 unchanged" in lines[6]  # the same export again: no new observation
    snaps = store.default_store().snapshots("plateau")
    assert [s["views"] for s in snaps] == [9800] * 6 and len({s["counts_at"] for s in snaps}) == 6
    out = engine.run("release_report", {"account_id": "plateau"}, record=False)
    readings = out["post"]["readings"]
    assert len(readings) == 6 and [r["views"] for r in readings] == [9800] * 6
    # 2026-11-20 18:00 UTC to the export of 2026-11-26 (read as that day's midnight UTC): 126 h, not 30 h
    assert out["post"]["hours_since_posting"] == pytest.approx(readings[-1]["hours"]) and \
        readings[-1]["hours"] - readings[0]["hours"] == pytest.approx(120.0)
    assert "time points are needed" not in (out.get("peak_note") or "")
    # a flat series is said as the plateau it is (not "the views are not slowing down yet")
    assert "the views stopped growing: 9,800 at each of the last 6 counts" in out["peak_note"], out["peak_note"]
    from viralml_desktop.core.release import pdf

    assert "dejaron de crecer: 9800 en cada uno de los últimos 6 recuentos" in pdf.note(out["peak_note"], "es")
