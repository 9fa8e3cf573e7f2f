"""`viralml import` and `viralml accounts` (issue 13, points 3 and 5): the import report, --json,
--dry-run, questions answered with --hint, bad input in one line, merging on re-import."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from viralml_desktop import cli
from viralml_desktop.core import store

CASES = Path(__file__).resolve().parents[2] / "shared" / "cases" / "imports"
EXPORTS = Path(__file__).resolve().parent / "data" / "exports"
needs_cases = pytest.mark.skipif(not CASES.is_dir(), reason=f"the handed cases are not beside the repository ({CASES})")


def run(capsys, *argv) -> tuple[int, str, str]:
    code = cli.main(["import", *map(str, argv)]) if argv[0] != "accounts" else cli.main(list(map(str, argv)))
    out = capsys.readouterr()
    return code, out.out, out.err


def run_json(capsys, *argv) -> dict:
    code, out, err = run(capsys, *argv, "--json")
    assert code == 0, err
    return json.loads(out)


def stored() -> list[dict]:
    return store.default_store().accounts()


def col(doc: dict, fld: str) -> list:
    return [p.get(fld) for p in doc["posts"]]


# -- the handed cases ---------------------------------------------------------------------------

@needs_cases
def test_youtube_studio_spanish_excel_csv(isolated_home, capsys):
    doc = run_json(capsys, CASES / "yt_studio_excel_esES_utf8.csv", "--dry-run")
    assert set(doc) == {"report", "posts"}
    assert col(doc, "views") == [12500, 30210, 5600] and col(doc, "likes") == [640, 1310, 154]
    assert col(doc, "ctr_percent") == [4.8, 6.2, 3.9] and col(doc, "duration_s") == [201, 178, 185]
    first = doc["posts"][0]
    assert first["published_at"] == "2025-10-20T00:00:00Z" and first["time_known"] is False
    assert "comments" not in first and "shares" not in first  # absent fields are left out
    r = doc["report"]
    assert (r["platform"], r["table"], r["delimiter"], r["number_locale"]) == ("youtube", "content", ";",
                                                                               "comma_decimal")
    assert r["mapping"]["views"] == "Views" and r["rows_read"] == 3 and r["n_skipped"] == 0
    assert any("Total" in n for n in r["notes"]) and any("dates only" in w for w in r["warnings"])
    assert stored() == []  # --dry-run stores nothing
    for _ in range(2):  # import, then the same file again: still 3 posts
        code, out, _ = run(capsys, CASES / "yt_studio_excel_esES_utf8.csv")
        assert code == 0
    assert "0 added, 0 updated, 3 unchanged" in out
    assert [(a["account_id"], a["n"]) for a in stored()] == [("yt_studio_excel_esES_utf8", 3)]
    assert [p["views"] for p in store.default_store().posts("yt_studio_excel_esES_utf8")] == [5600, 30210, 12500]


@needs_cases
@pytest.mark.parametrize("name, argv, want", [
    ("tiktok_decimal_comma_K.csv", [], {"views": [1200, 3400, 12500, 1100000], "likes": [310, 505, 1100, 48200]}),
    ("tiktok_studio_export.xlsx", [], {"views": [15230, 18400, 9000]}),
    ("tiktok_overview_no_year.csv", ["--export-date", "2026-01-10"],
     {"published_at": ["2025-12-29T00:00:00Z", "2025-12-30T00:00:00Z", "2025-12-31T00:00:00Z",
                       "2026-01-01T00:00:00Z", "2026-01-02T00:00:00Z", "2026-01-03T00:00:00Z"]}),
    ("anomaly_dates_no_year.json", ["--export-date", "2026-01-10"], {"views": [1520, 1710, 2210, 1900, 1650, 1580,
                                                                               400, 380]}),
])
def test_every_handed_case(isolated_home, capsys, name, argv, want):
    doc = run_json(capsys, CASES / name, "--dry-run", *argv)
    for fld, values in want.items():
        assert col(doc, fld) == values, fld
    if "no_year" in name:  # the year is not invented silently: the report says it was inferred, and how
        assert doc["report"]["export_date"] == "2026-01-10"
        assert any("no year" in w and "inferred" in w for w in doc["report"]["warnings"])


@needs_cases
def test_yearless_dates_are_stated_in_the_plain_report(isolated_home, capsys):
    code, out, _ = run(capsys, CASES / "tiktok_overview_no_year.csv", "--dry-run", "--export-date", "2026-01-10")
    assert code == 0
    assert "export date 2026-01-10" in out and "inferred" in out and "2025-12-29 … 2026-01-03" in out


# -- storing ------------------------------------------------------------------------------------

def test_import_then_reimport_keeps_the_post_count(isolated_home, capsys):
    src = EXPORTS / "youtube_content_es.csv"
    code, out, err = run(capsys, src)
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].startswith("file: youtube_content_es.csv (csv")
    assert any(line.startswith("platform: youtube, table: content") for line in lines)
    assert any(line.startswith("number locale: ") for line in lines)
    assert any(line.startswith("dates: column ") for line in lines)
    assert any(line.startswith("mapping: ") and "-> views" in line for line in lines)
    assert any(line.startswith("rows: ") for line in lines)
    (acc,) = stored()
    n = acc["n"]
    assert acc["account_id"] == "youtube_content_es" and acc["platform"] == "youtube" and n >= 2
    assert f"{n} added, 0 updated" in lines[-1]
    code, out, _ = run(capsys, src)
    assert code == 0 and f"0 added, 0 updated, {n} unchanged" in out.splitlines()[-1]
    assert stored()[0]["n"] == n
    # the old subcommand name is the same command
    code, out, _ = run(capsys, "accounts")
    assert code == 0 and "youtube_content_es" in out
    assert cli.main(["import-history", str(src), "--account", "yt"]) == 0
    capsys.readouterr()
    assert sorted(a["account_id"] for a in stored()) == ["youtube_content_es", "yt"]


def test_account_name_platform_and_json_summary_on_stderr(isolated_home, capsys, tmp_path):
    src = EXPORTS / "instagram_posts_en.csv"
    code, out, err = run(capsys, src, "--json")
    assert code == 0 and set(json.loads(out)) == {"report", "posts"}  # stdout is the JSON alone
    assert "lunaverde.music: stored" in err  # the file's one account name
    code, out, err = run(capsys, src, "--account", "  Luna ", "--platform", "instagram")
    assert code == 0 and "Luna: stored" in out
    posts = store.default_store().posts("Luna")
    assert posts[0]["platform"] == "instagram" and posts[0]["reach"] is not None
    code, out, _ = run(capsys, "accounts", "--json")
    listed = {a["account_id"]: a for a in json.loads(out)}
    assert set(listed) == {"Luna", "lunaverde.music"}
    assert set(listed["Luna"]) == {"account_id", "platform", "posts", "daily_totals", "first", "last"}
    assert listed["Luna"]["posts"] == len(posts)


def test_an_export_of_another_platform_is_refused_in_one_line(isolated_home, capsys):
    code, _, _ = run(capsys, EXPORTS / "tiktok_posts_en.csv", "--account", "tiktok_account")
    assert code == 0
    n = stored()[0]["n"]
    code, out, err = cli.main(["import-history", str(EXPORTS / "youtube_content_en.csv"), "--account",
                               "tiktok_account"]), *capsys.readouterr()
    assert code == 2 and len(err.strip().splitlines()) == 1
    assert "youtube" in err and "tiktok" in err and "another account name" in err
    assert [(a["account_id"], a["platform"], a["n"]) for a in stored()] == [("tiktok_account", "tiktok", n)]
    code, _, err = run(capsys, EXPORTS / "youtube_content_en.csv", "--account", "tiktok_account", "--dry-run")
    assert code == 2 and "youtube" in err  # a dry run says so too
    code, _, _ = run(capsys, EXPORTS / "youtube_content_en.csv", "--account", "tiktok_account_youtube")
    assert code == 0 and {a["platform"] for a in stored()} == {"tiktok", "youtube"}


def test_two_posts_of_one_day_without_id_or_title_are_both_kept(isolated_home, capsys, tmp_path):
    f = tmp_path / "days.csv"
    f.write_text("Date,Views\n28/10/2025,100\n28/10/2025,200\n29/10/2025,50\n", encoding="utf-8")
    code, out, err = run(capsys, f, "--account", "d")
    assert code == 0 and "3 added" in out and "repeated" not in out and "post id" not in out + err
    code, out, _ = run(capsys, f, "--account", "d")
    assert code == 0 and "0 added" in out and stored()[0]["n"] == 3
    assert sorted(p["views"] for p in store.default_store().posts("d")) == [50, 100, 200]


def test_mapping_and_time_zone(isolated_home, capsys, tmp_path):
    f = tmp_path / "mine.csv"
    f.write_text("cuando,reproducciones,nombre\n2025-03-30 02:30,100,a\n2025-10-26 02:30,200,b\n", encoding="utf-8")
    code, _, err = run(capsys, f)
    assert code == 2 and err.count("\n") == 1 and "mine.csv" in err  # no date column it knows
    doc = run_json(capsys, f, "--map", "published_at=cuando", "--map", "views=reproducciones", "--map",
                   "title=nombre", "--tz", "Europe/Madrid", "--dry-run")
    assert col(doc, "views") == [100, 200] and col(doc, "title") == ["a", "b"]
    # 02:30 does not exist on 30 March in Madrid, and is repeated on 26 October: both resolved, with a note
    assert col(doc, "published_at")[1] == "2025-10-26T00:30:00Z"
    assert doc["report"]["assume_tz"] == "Europe/Madrid" and doc["report"]["notes"]


def test_no_accounts_yet(isolated_home, capsys):
    code, out, _ = run(capsys, "accounts")
    assert code == 0 and "no accounts stored yet" in out


# -- questions and bad input: exit 2, nothing stored --------------------------------------------

def test_an_open_question_is_asked_with_its_hint_and_nothing_is_stored(isolated_home, capsys, tmp_path):
    f = tmp_path / "d.csv"
    f.write_text("Date,Views\n03/04/2025,10\n05/06/2025,20\n", encoding="utf-8")
    code, out, err = run(capsys, f)
    assert code == 2 and stored() == []
    q = [line for line in err.splitlines() if line.startswith("question: ")]
    assert q == ["question: column 'Date': is '03/04/2025' 3 April 2025 (day_first) or 4 March 2025 (month_first)? "
                 "answer with --hint Date=day_first or --hint Date=month_first"]
    assert "nothing stored" in err
    code, out, err = run(capsys, f, "--json")
    assert code == 2 and json.loads(out)["report"]["ambiguities"][0]["kind"] == "date_order"
    code, out, _ = run(capsys, f, "--hint", "Date=day_first")
    assert code == 0 and stored()[0]["first"] == "2025-04-03T00:00:00Z"
    # a column name with spaces is quoted for the shell
    f2 = tmp_path / "w.csv"
    f2.write_text("Date,Views,Watch time (hours)\n2025-10-01,100,1.234\n2025-10-02,200,2.500\n", encoding="utf-8")
    code, _, err = run(capsys, f2)
    assert code == 2 and "--hint 'Watch time (hours)=comma_decimal'" in err
    doc = run_json(capsys, f2, "--hint", "Watch time (hours)=dot_decimal", "--dry-run")
    assert col(doc, "watch_time_h") == [1.234, 2.5]


@pytest.mark.parametrize("content, argv, words", [
    ("Date,Views\n2025-01-01,abc\n2025-01-02,\n", [], ["bad.csv", "row 2", "views", "'abc'"]),
    ("Date,Likes\n2025-01-01,4\n", [], ["bad.csv", "no views column"]),
    (None, [], ["file not found"]),
    ("Date,Views\n2025-01-01,4\n", ["--hint", "nohint"], ["--hint 'nohint'"]),
    ("Date,Views\n2025-01-01,4\n", ["--map", "colour=Views"], ["unknown field 'colour'"]),
    ("Date,Views\n2025-01-01,4\n", ["--tz", "Mars/Olympus"], ["unknown time zone"]),
    ("Date,Views\n2025-01-01,4\n", ["--platform", "myspace"], ["unknown platform"]),
    ("Date,Views\nOct 3,4\n", ["--export-date", "yesterday"], ["--export-date 'yesterday' is not a date"]),
    ("Date,Views\n2025-01-01,4\n", ["--export-date", "2025-13-01"], ["is not a date (YYYY-MM-DD)"]),
    ("Date,Views\n2024-03-05,4\n2024-03-01,6\n", ["--export-date", "2020-01-01"],
     ["the export date 2020-01-01 is before the first post 2024-03-01"]),
    ("Date,Views\n2025-01-01,4\n", ["--export-date", "2999-01-01"], ["the export date 2999-01-01 is in the future"]),
    ("Date,Views\n2025-01-01,4\n", ["--account", " "], ["account name is empty"]),
    (b"\x89PNG\r\n\x1a\n" + bytes(200), [], ["bad.csv", "PNG"]),
])
def test_bad_input_is_one_line_exit_2_and_stores_nothing(isolated_home, capsys, tmp_path, content, argv, words):
    f = tmp_path / "bad.csv"
    if isinstance(content, bytes):
        f.write_bytes(content)
    elif content is not None:
        f.write_text(content, encoding="utf-8")
    code, out, err = run(capsys, f, *argv)
    assert code == 2 and out == ""
    assert err.startswith("error: ") and err.count("\n") == 1 and "Traceback" not in err
    for w in words:
        assert w in err, (w, err)
    assert not os.path.exists(store.default_store().path)  # the history was not even opened


def test_a_skipped_row_is_listed_with_its_reason_and_the_rest_is_stored(isolated_home, capsys, tmp_path):
    f = tmp_path / "some.csv"
    f.write_text("Date,Views\n2025-01-01,10\n2025-01-02,lots\n2025-01-03,30\n", encoding="utf-8")
    code, out, _ = run(capsys, f)
    assert code == 0 and "rows: 3 read, 1 skipped" in out
    assert any(line.startswith("skipped: row 3: views 'lots' not a number") for line in out.splitlines())
    assert stored()[0]["n"] == 2


@pytest.mark.parametrize("extra", [("Average watch time", "0:08"), ("Tasa de interacción", "4,5%"),
                                   ("Notes", "mine")])
def test_ignored_columns_are_listed_in_text_and_json(isolated_home, capsys, tmp_path, extra):
    f = tmp_path / "ig.csv"
    f.write_text(f'Date,Views,"{extra[0]}"\n2025-01-01,10,"{extra[1]}"\n', encoding="utf-8")
    code, out, _ = run(capsys, f, "--dry-run")
    assert code == 0 and f"ignored columns: {extra[0]!r}" in out.splitlines()
    assert run_json(capsys, f, "--dry-run")["report"]["ignored"] == [extra[0]]


@pytest.mark.parametrize("big", ["99999999999999999999", "2e13", "12000000000000"])
def test_a_count_too_large_is_skipped_naming_file_row_and_column(isolated_home, capsys, tmp_path, big):
    f = tmp_path / "big.csv"
    f.write_text(f"Date,Views,Likes\n2025-01-01,10,1\n2025-01-02,5,{big}\n", encoding="utf-8")
    code, out, err = run(capsys, f)
    assert code == 0, err
    assert f"skipped: row 3: likes {big} is above any real platform's count (limit 1e+13)" in out.splitlines()
    assert stored()[0]["n"] == 1 and "post 1" not in out + err and "whole number" not in out + err


def test_json_questions_say_the_cli_hint(isolated_home, capsys, tmp_path):
    f = tmp_path / "d.csv"
    f.write_text("Date,Views\n03/04/2025,10\n05/06/2025,20\n", encoding="utf-8")
    code, out, _ = run(capsys, f, "--json")
    q = json.loads(out)["report"]["ambiguities"][0]["question"]
    assert code == 2 and "--hint Date=day_first or --hint Date=month_first" in q and "hints=" not in q


@pytest.mark.parametrize("n_days", [1, 6])
def test_accounts_lists_daily_totals_apart_from_posts(isolated_home, capsys, tmp_path, n_days):
    days = tmp_path / "overview.csv"
    days.write_text("Fecha,Visualizaciones de vídeos,Visualizaciones del perfil,Me gusta\n" + "".join(
        f"2025-10-{d + 1:02d},{100 + d},5,3\n" for d in range(n_days)), encoding="utf-8")
    assert run(capsys, days, "--account", "luna")[0] == 0
    assert run(capsys, EXPORTS / "tiktok_posts_en.csv", "--account", "luna")[0] == 0
    n_posts = store.default_store().accounts()[0]["n"] - n_days
    code, out, _ = run(capsys, "accounts")
    word = "daily total" if n_days == 1 else "daily totals"
    assert code == 0 and f"{n_posts}, {n_days} {word}" in out
    (acc,) = json.loads(run(capsys, "accounts", "--json")[1])
    assert (acc["posts"], acc["daily_totals"]) == (n_posts, n_days)


def test_an_import_without_export_date_says_it_took_the_files_date(isolated_home, capsys, tmp_path):
    """Issue 18: without --export-date the file's modification time is the export date (it decides
    which export's counts are newer, and the forecast starts after it); the summary says so, and
    --export-date is stored as given."""
    import datetime as dt

    src = tmp_path / "tiktok.csv"
    src.write_bytes((EXPORTS / "tiktok_posts_en.csv").read_bytes())
    when = dt.datetime(2026, 11, 20, 12, 0, tzinfo=dt.timezone.utc).timestamp()
    os.utime(src, (when, when))
    code, out, _ = run(capsys, src, "--account", "a")
    assert code == 0
    assert ("note: export date taken from the file's date 2026-11-20; give --export-date if the export is older"
            in out.splitlines())
    assert store.default_store().imports("a")[0]["exported_at"] == when
    code, out, _ = run(capsys, src, "--account", "b", "--export-date", "2026-10-01")
    assert code == 0 and "export date taken from the file's date" not in out
    assert store.default_store().imports("b")[0]["exported_at"] == dt.datetime(2026, 10, 1).replace(
        tzinfo=dt.timezone.utc).timestamp()


def test_a_row_dated_after_the_export_is_skipped_with_why(isolated_home, capsys, tmp_path):
    """Tester s9, item 10: a post dated 2031 in an export made on 2026-12-01 (the file's date), and posts
    after a given --export-date, are skipped one line each with the reason, never stored in silence; a
    timed post up to 14 h after the export day (UTC+14 wall clocks) and a date-only one on that day are kept."""
    import datetime as dt

    f = tmp_path / "bad_rows.csv"
    f.write_text("Fecha de publicación;Título del vídeo;Visualizaciones\n02/10/2025 18:00;b;1.000\n"
                 "15/12/2031 18:00;c;2.000\n03/10/2025 18:00;d;3.000\n", encoding="utf-8")
    when = dt.datetime(2026, 12, 1, 9, tzinfo=dt.timezone.utc).timestamp()
    os.utime(f, (when, when))
    code, out, _ = run(capsys, f, "--hint", "Visualizaciones=comma_decimal", "--hint",
                       "Fecha de publicación=day_first")
    assert code == 0 and "rows: 3 read, 1 skipped" in out
    assert ("skipped: row 3: published_at '15/12/2031 18:00' is after the export date 2026-12-01 (the file's "
            "modification date), so it cannot be a post's date") in out
    assert stored()[0]["n"] == 2 and "2031" not in stored()[0]["last"]
    g = tmp_path / "ig.csv"
    g.write_text("Date,Views\n2025-10-04T10:00:00Z,10\n2025-10-05,20\n2025-10-06T13:00:00Z,30\n"
                 "2025-10-06T15:00:00Z,40\n2025-10-07,50\n", encoding="utf-8")
    code, out, _ = run(capsys, g, "--account", "ig", "--export-date", "2025-10-05")
    assert code == 0 and "rows: 5 read, 2 skipped" in out
    assert "skipped: row 5: published_at '2025-10-06T15:00:00Z' is after the export date 2025-10-05" in out
    assert "skipped: row 6: published_at '2025-10-07' is after the export date 2025-10-05" in out


def test_the_report_counts_and_times_do_not_hang_on_an_open_question(isolated_home, capsys, tmp_path):
    """Tester s9, item 17: while the views' number format is a question, '-500' and 'abc' (wrong in either
    format) are skipped rows already, so the counts match the run with the answer; while the date order is a
    question, dates that all carry a time of day say "times of day: known", not "none"."""
    f = tmp_path / "bad_rows.csv"
    f.write_text("Fecha;Título;Visualizaciones\n01/10/2025 18:00;a;-500\n02/10/2025 18:00;b;1.000\n"
                 "03/10/2025 18:00;d;2.000\n04/10/2025 18:00;e;abc\n", encoding="utf-8")
    code, asked, err = run(capsys, f, "--dry-run", "--hint", "Fecha=day_first")
    assert "question: column 'Visualizaciones'" in asked + err
    code, answered, _ = run(capsys, f, "--dry-run", "--hint", "Fecha=day_first", "--hint",
                            "Visualizaciones=comma_decimal")
    assert code == 0, answered
    for out in (asked, answered):
        assert "rows: 4 read, 2 skipped" in out, out
        assert "skipped: row 2: views '-500' is negative" in out and "skipped: row 5: views 'abc' not a number" in out
        assert "left out" not in out
    g = tmp_path / "ig.csv"
    g.write_text("Hora de publicación,Views\n01/10/2025 19:03,10\n02/10/2025 19:06,20\n03/10/2025 19:09,30\n", encoding="utf-8")
    code, out, err = run(capsys, g, "--dry-run")
    assert "order undecided" in out + err and "times of day: known" in out + err, out + err


def test_skipped_rows_are_said_in_spanish_under_spanish(isolated_home, capsys, tmp_path, monkeypatch):
    """Each skipped row's reason comes from the app's catalogue under Spanish (VIRALML_LANG=es or the
    app's language setting), in English otherwise."""
    f = tmp_path / "some.csv"
    f.write_text("Date,Vistas\n2025-01-01,10\n2025-01-02,lots\nayer,30\n2025-01-04,1200.5\n", encoding="utf-8")
    monkeypatch.setenv("VIRALML_LANG", "es")
    code, out, _ = run(capsys, f, "--dry-run")
    said = [line for line in out.splitlines() if line.startswith("omitida: ")]
    assert said == ["omitida: fila 3: vistas 'lots': no es un número (columna 'Vistas')",
                    "omitida: fila 4: fecha de publicación 'ayer': no es una fecha (columna 'Date')",
                    "omitida: fila 5: vistas '1200.5': no es un número entero (columna 'Vistas')"], out
    monkeypatch.setenv("VIRALML_LANG", "en")
    code, out, _ = run(capsys, f, "--dry-run")
    assert "skipped: row 3: views 'lots' not a number (column 'Vistas')" in out.splitlines()
