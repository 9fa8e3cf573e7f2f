"""The one table reader (core/tables.py, issue 13): every handed case with its right values, one
example export per real format, and for each kind of fault generated variants: locales, both date
orders, encodings, delimiters, workbooks written here, yearless dates, DST, undecidable columns
and bad files. The kind is fixed, not the file."""
from __future__ import annotations

import io
import json
import random
import subprocess
import sys
import zipfile
from datetime import date, datetime, time, timezone
from pathlib import Path

import pytest

from viralml_desktop.core.errors import InputError
from viralml_desktop.core.tables import read_comments, read_table

HERE = Path(__file__).resolve().parent
CASES = Path(__file__).resolve().parents[2] / "shared" / "cases"
EXPORTS = HERE / "data" / "exports"
needs_cases = pytest.mark.skipif(not (CASES / "imports").is_dir(),
                                 reason=f"the handed cases are not beside the repository ({CASES})")


def utc(*a) -> datetime:
    return datetime(*a, tzinfo=timezone.utc)


def col(result, fld):
    return [p.get(fld) for p in result.posts]


def one_line_error(data, **kw) -> str:
    with pytest.raises(InputError) as e:
        read_table(data, **kw)
    msg = str(e.value)
    assert "\n" not in msg and "Traceback" not in msg
    return msg


# -- the handed cases (../shared/cases) ---------------------------------------------------------

@needs_cases
def test_case_tiktok_decimal_comma_abbreviations():
    r = read_table(CASES / "imports" / "tiktok_decimal_comma_K.csv")
    assert col(r, "views") == [1200, 3400, 12500, 1100000]
    assert col(r, "likes") == [310, 505, 1100, 48200]
    assert r.report.number_locale == "comma_decimal"
    assert r.report.platform == "tiktok" and r.report.delimiter == ","


@needs_cases
def test_case_youtube_studio_spanish_excel():
    r = read_table(CASES / "imports" / "yt_studio_excel_esES_utf8.csv")
    assert len(r.posts) == 3  # the Total row is dropped
    assert col(r, "views") == [12500, 30210, 5600]
    assert col(r, "likes") == [640, 1310, 154]
    assert col(r, "ctr_percent") == [4.8, 6.2, 3.9]
    assert col(r, "duration_s") == [201, 178, 185]
    assert col(r, "post_id") == ["aB3dE5fG7h1", "Zy9xW8vU7t2", "Qq1Ww2Ee3Rr"]
    assert col(r, "published_at") == [utc(2025, 10, 20), utc(2025, 10, 13), utc(2025, 10, 6)]
    assert col(r, "time_known") == [False] * 3
    rep = r.report
    assert (rep.delimiter, rep.encoding, rep.platform, rep.table) == (";", "utf-8-sig", "youtube", "content")
    assert rep.number_locale == "comma_decimal" and rep.rows_read == 3 and rep.n_skipped == 0
    assert any("Total" in n for n in rep.notes)
    assert any("dates only" in w for w in rep.warnings)


@needs_cases
def test_case_tiktok_overview_without_year_is_inferred_and_said():
    path = CASES / "imports" / "tiktok_overview_no_year.csv"
    r = read_table(path)  # export date: the file's modification date
    dates = col(r, "published_at")
    assert [(d.month, d.day) for d in dates] == [(12, 29), (12, 30), (12, 31), (1, 1), (1, 2), (1, 3)]
    assert {d.year for d in dates[:3]} == {dates[3].year - 1} and {d.year for d in dates[3:]} == {dates[3].year}
    assert dates[-1].date() <= date.fromtimestamp(path.stat().st_mtime)
    assert any("no year" in w and "inferred" in w for w in r.report.warnings)
    assert col(r, "views") == [1520, 1710, 2210, 1900, 1650, 1580]
    r = read_table(path, hints={"export_date": "2025-01-10"})
    assert [d.year for d in col(r, "published_at")] == [2024] * 3 + [2025] * 3
    assert r.report.export_date == "2025-01-10"
    msg = one_line_error(path.read_bytes(), name=path.name)  # bytes: no file date, no hint -> ask
    assert msg.startswith(path.name) and "no year" in msg and "'Date'" in msg and "--export-date" in msg


@needs_cases
def test_case_tiktok_studio_workbook():
    r = read_table(CASES / "imports" / "tiktok_studio_export.xlsx")
    assert col(r, "views") == [15230, 18400, 9000]
    assert col(r, "likes") == [1203, 1500, 700]
    assert col(r, "comments") == [45, 80, 22] and col(r, "shares") == [88, 120, 20]
    assert r.report.format == "xlsx" and r.report.sheet == "Content" and r.report.platform == "tiktok"
    assert col(r, "published_at")[0] == utc(2025, 10, 1, 18)


@needs_cases
def test_case_anomaly_dates_without_year():
    path = CASES / "imports" / "anomaly_dates_no_year.json"
    msg = one_line_error(path.read_bytes(), name=path.name)  # a request has no export date: ask
    assert "timestamp" in msg and "no year" in msg
    r = read_table(path)  # as a file the user brings, the year is inferred and said
    assert len(r.posts) == 8 and any("no year" in w for w in r.report.warnings)
    ds = col(r, "published_at")
    assert ds[4].year + 1 == ds[5].year and (ds[4].month, ds[5].month) == (12, 1)


@needs_cases
def test_case_comments_excel_semicolon():
    got = read_comments(CASES / "comments" / "comments_excel_semicolon.csv")
    assert got == [
        "Qué temazo, lo escucho en bucle, ¿cuándo sale el video?",
        'Cuando dijo "me fui sin decir adiós", me partió',
        'Verso 1:\n"me fui", "sin ti", todo bien',
        "meh, el beat está bien, la mezcla no",
        "el mejor drop del año, sin duda",
    ]


@needs_cases
def test_case_comments_emoji_slang_text():
    got = read_comments(CASES / "comments" / "comments_emoji_slang.txt")
    assert got == ["🔥🔥🔥", "😍😍😍", "💀💀💀", "🗑️🗑️", "👎", "q temazo bro 🔥", "xq no sale en spoti??",
                   "tmb lo amo, es un himno", "nmms q rola tan chida", "que asco de cancion", "bro this slaps fr",
                   "this is trash lol"]


@pytest.mark.parametrize("header", ["text", "Comment", "comentario", "COMENTARIOS", "\ufeffComentarios "])
def test_a_text_files_header_line_is_not_a_comment(tmp_path, header):
    f = tmp_path / "comments.txt"
    f.write_text(f"{header}\nTemazo 🔥\n\nmalísima\n", encoding="utf-8")
    assert read_comments(f) == ["Temazo 🔥", "malísima"]
    # a comment that only mentions the word stays; a file with the header alone has no comment
    f.write_text("el texto es brutal\ntext\n", encoding="utf-8")
    assert read_comments(f) == ["el texto es brutal", "text"]
    f.write_text(f"{header}\n", encoding="utf-8")
    with pytest.raises(InputError, match="no comments found"):
        read_comments(f)


# -- one example export per real format (tests/data/exports) -------------------------------------

EXPECTED = {
    "youtube_content_en.csv": dict(
        platform="youtube", table="content", locale="dot_decimal",
        post_id=["vA1bC2dE3fG", "hH4iJ5kK6lL", "mM7nN8oO9pP"], views=[30210, 12500, 4400], likes=[1840, 731, 240],
        comments=[120, 52, 18], shares=[51, 20, 6], impressions=[500100, 220400, 91800],
        ctr_percent=[6.04, 5.67, 4.79], watch_time_h=[1411.2044, 512.8733, 206.4735], duration_s=[201, 178, 59],
        published_at=[utc(2025, 10, 20), utc(2025, 10, 13), utc(2025, 9, 2)], time_known=[False] * 3,
        title=["Luna de agosto (Official Video)", "Noche, calle y tú", "Intro #freestyle #trap"],
        hashtags=[[], [], ["#freestyle", "#trap"]]),
    "youtube_content_es.csv": dict(
        platform="youtube", table="content", locale="dot_decimal",
        post_id=["qQ1rR2sS3tT", "uU4vV5wW6xX", "yY7zZ8aA9bB"], views=[11200, 5400, 1750], likes=[610, 300, 110],
        comments=[41, 20, 9], shares=[19, 9, 3], impressions=[180000, 95000, 35000], ctr_percent=[6.2, 5.7, 5.0],
        watch_time_h=[490.5, 230.75, 80.0], duration_s=[215, 187, 163],
        published_at=[utc(2025, 10, 20), utc(2025, 1, 5), utc(2025, 4, 12)]),
    "youtube_content_pt.csv": dict(
        platform="youtube", table="content", locale="comma_decimal", delimiter=";",
        post_id=["cC1dD2eE3fF", "gG4hH5iI6jJ"], views=[25100, 16200], likes=[1500, 950], comments=[100, 60],
        shares=[60, 28], impressions=[400000, 240000], ctr_percent=[6.3, 5.8], watch_time_h=[1200.25, 705.25],
        duration_s=[212, 178], published_at=[utc(2025, 10, 20), utc(2025, 8, 3)]),
    "youtube_daily_en.csv": dict(
        platform="youtube", table="daily", views=[2100, 900, 460], watch_time_h=[92.1, 40.2344, 20.0],
        published_at=[utc(2025, 10, 20), utc(2025, 10, 21), utc(2025, 10, 22)]),
    "tiktok_posts_en.csv": dict(
        platform="tiktok", table="posts", locale="dot_decimal", views=[15200, 8400, 1100000],
        likes=[1200, 980, 48200], comments=[45, 12, 1100], shares=[88, 9, 3400],
        published_at=[utc(2025, 10, 1, 18), utc(2025, 10, 3, 21, 30), utc(2025, 10, 5, 19, 15)],
        time_known=[True] * 3, hashtags=[["#trap", "#fyp"], ["#reggaeton"], ["#trap"]],
        post_id=[f"https://www.tiktok.com/@lunaverde.music/video/743000000000000000{i}" for i in (1, 2, 3)]),
    "tiktok_posts_es.xlsx": dict(
        platform="tiktok", table="posts", locale="comma_decimal", sheet="Contenido", views=[15200, 3400, 1100000],
        likes=[1200, 505, 48200], comments=[45, 12, 1100], shares=[88, 9, 3000],
        published_at=[utc(2025, 10, 1, 18), utc(2025, 10, 3, 21, 30), utc(2025, 10, 5, 19, 15)]),
    "tiktok_overview_es.csv": dict(
        hints={"export_date": "2026-01-10"}, platform="tiktok", table="overview", views=[1520, 1710, 2210, 1900],
        likes=[210, 260, 300, 280], shares=[5, 7, 9, 4],
        published_at=[utc(2025, 12, 30), utc(2025, 12, 31), utc(2026, 1, 1), utc(2026, 1, 2)]),
    "instagram_posts_en.csv": dict(
        platform="instagram", table="posts", views=[52000, 9100, 15500], reach=[31000, 7200, 11800],
        likes=[2600, 640, 1900], saves=[380, 55, 120], shares=[410, 22, 35], comments=[140, 31, 88],
        duration_s=[32, 0, 0], account=["lunaverde.music"] * 3, post_type=["IG reel", "IG carousel", "IG image"],
        published_at=[utc(2025, 10, 20, 18, 30), utc(2025, 10, 14, 12, 5), utc(2025, 9, 28, 23, 10)],
        date_order="month_first", hashtags=[["#trap", "#nuevamusica"], [], ["#gira"]]),
    "instagram_posts_en.xlsx": dict(
        platform="instagram", table="posts", sheet="Posts", views=[52000, 9100], duration_s=[32, None],
        published_at=[utc(2025, 10, 20, 18, 30), utc(2025, 10, 14, 12, 5)], post_id=["18200000000000001",
                                                                                     "18200000000000002"]),
    "instagram_reels_es.csv": dict(
        platform="instagram", table="reels", locale="comma_decimal", encoding="cp1252", delimiter=";",
        views=[12500, 3400, 1100000], reach=[9800, 2900, 870000], likes=[1310, 402, 48200],
        saves=[310, 40, 5400], duration_s=[28, 45, 61], date_order="day_first",
        published_at=[utc(2025, 10, 20, 18, 30), utc(2025, 10, 13, 9, 5), utc(2025, 10, 3, 21)],
        title=["Canción nueva, ¿qué opinan? #trap", "Ensayo general #gira", "Añoranza en acústico"]),
    "x_posts_en.csv": dict(
        platform="twitter", table="posts", views=[12034, 5012], impressions=[12034, 5012], likes=[410, 190],
        comments=[31, 12], saves=[22, 4], published_at=[utc(2025, 10, 20), utc(2025, 10, 15)],
        post_id=["1850000000000000001", "1850000000000000002"]),
    "x_tweet_activity_en.csv": dict(
        platform="twitter", table="posts", views=[8800, 3100], likes=[260, 61], shares=[35, 4], comments=[12, 3],
        published_at=[utc(2023, 10, 6, 18, 30), utc(2023, 10, 5, 9)], time_known=[True, True]),
    "generic_posts.json": dict(
        platform="generic", post_id=["p1", "p2"], views=[1520, 12500], likes=[190, 1100], comments=[5, 40],
        published_at=[utc(2025, 10, 20, 23, 30), utc(2025, 10, 21, 12)], hashtags=[["#gira", "#trap"], []]),
    "generic_posts.jsonl": dict(
        platform="generic", post_id=["a1", "a2"], views=[800, 950],
        published_at=[utc(2025, 10, 20, 18, 30), utc(2025, 10, 21, 18, 30)], skipped=1),
    "labelled_videos.csv": dict(
        kind="videos", file=["luna_de_agosto.mp4", "noche_calle.mp4", "intro_freestyle.mov"],
        views=[30210, 12500, 4400]),
}
REPORT_KEYS = {"platform": "platform", "table": "table", "locale": "number_locale", "sheet": "sheet",
               "encoding": "encoding", "delimiter": "delimiter", "date_order": "date_order"}


def test_every_example_export_is_listed():
    files = {p.name for p in EXPORTS.iterdir() if p.suffix != ".py"}
    assert files - {"generic_unknown_headers.csv"} == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_example_export(name):
    want = dict(EXPECTED[name])
    r = read_table(EXPORTS / name, kind=want.pop("kind", None), hints=want.pop("hints", None))
    assert r.ready, r.report.ambiguities
    assert r.report.n_skipped == want.pop("skipped", 0), r.report.rows_skipped
    for key, attr in REPORT_KEYS.items():
        if key in want:
            assert getattr(r.report, attr) == want.pop(key), key
    for fld, values in want.items():
        assert col(r, fld) == values, fld
    json.dumps(r.to_dict())  # the CLI's --json form


def test_generic_file_mapping_in_and_out():
    path = EXPORTS / "generic_unknown_headers.csv"
    msg = one_line_error(path)
    assert "no date column" in msg and "'Fecha subida'" in msg and "--map published_at=COLUMN" in msg and "mapping=" not in msg
    r = read_table(path, kind="any")  # the mapping step: columns and raw rows, nothing required
    assert r.posts == [] and r.report.mapping == {} and r.columns[0] == "Fecha subida"
    assert r.rows[1] == ["2025-10-02", "2.750", "310", "Clip dos"]
    mapping = dict(r.report.mapping, published_at="Fecha subida", views="Reproducciones del clip",
                   likes="Corazones", title="Nombre")
    r = read_table(path, mapping=mapping)
    assert r.report.mapping == mapping
    assert col(r, "views") == [1500, 2750, 980] and col(r, "likes") == [120, 310, 45]
    assert col(r, "title") == ["Clip uno", "Clip dos", "Clip tres"]
    r = read_table(path, mapping=dict(mapping, likes=None))
    assert "likes" not in r.report.mapping and all("likes" not in p for p in r.posts)
    assert "no column 'Nope'" in one_line_error(path, mapping={"views": "Nope"})
    assert "unknown field" in one_line_error(path, mapping={"plays": "Corazones"})


def test_thumbnail_kind_needs_impressions_and_ctr():
    r = read_table(EXPORTS / "youtube_content_en.csv", kind="thumbnails")
    assert col(r, "impressions") == [500100, 220400, 91800] and col(r, "ctr_percent") == [6.04, 5.67, 4.79]
    msg = one_line_error(EXPORTS / "tiktok_posts_en.csv", kind="thumbnails")
    assert "tiktok_posts_en.csv" in msg and "impressions" in msg


def test_rows_kind_gives_the_raw_grid():
    data = "id;caption.text;options\nr1;Hola, mundo;{\"n\": 2}\nr2;\"dos\nlíneas\";\n".encode("cp1252")
    r = read_table(data, kind="rows", name="batch.csv")
    assert r.columns == ["id", "caption.text", "options"]
    assert r.rows == [["r1", "Hola, mundo", '{"n": 2}'], ["r2", "dos\nlíneas", ""]]
    assert r.report.delimiter == ";" and r.report.encoding == "cp1252" and r.posts == []


# -- numbers: locales, abbreviations, per-column decisions --------------------------------------

DAYS = [date(2025, 10, 20), date(2025, 1, 5), date(2025, 4, 12), date(2025, 8, 3), date(2025, 12, 24)]
VIEWS = [12500, 1234, 1100000, 980, 45678]
CTR = [4.8, 10.25, 3.0, 0.5, 7.125]
WATCH = [1234.5678, 12.5, 0.25, 987.0, 45678.9]


@pytest.mark.parametrize("locale", ["es_ES", "en_US", "pt_BR", "de_DE"])
def test_number_and_date_locales(locale):
    from babel.dates import format_date
    from babel.numbers import format_decimal

    sep = "," if locale == "en_US" else ";"  # a comma-decimal Excel writes ';'
    lines = [sep.join(["Title", "Date", "Views", "CTR (%)", "Watch time (hours)"])]
    for i, (d, v, c, w) in enumerate(zip(DAYS, VIEWS, CTR, WATCH)):
        cells = [f"Video {i}", format_date(d, "medium", locale=locale), format_decimal(v, locale=locale),
                 format_decimal(c, locale=locale), format_decimal(w, format="#,##0.0###", locale=locale)]
        lines.append(sep.join(f'"{x}"' if sep in x else x for x in cells))
    r = read_table("\n".join(lines).encode("utf-8"), name=f"{locale}.csv")
    assert col(r, "views") == VIEWS
    assert col(r, "ctr_percent") == CTR
    assert col(r, "watch_time_h") == WATCH
    assert col(r, "published_at") == [utc(d.year, d.month, d.day) for d in DAYS]
    assert r.report.number_locale == ("dot_decimal" if locale == "en_US" else "comma_decimal")
    assert r.report.delimiter == sep and r.ready


@pytest.mark.parametrize("cells, want, fmt", [
    (["1,2K", "12,5K", "3 mil", "1,1M", "310"], [1200, 12500, 3000, 1100000, 310], "comma_decimal"),
    (["1.2K", "12.5k", "1.1M", "2B", "310"], [1200, 12500, 1100000, 2000000000, 310], "dot_decimal"),
    (["12.500", "1.310", "154", "5.600"], [12500, 1310, 154, 5600], "comma_decimal"),
    (["1,450", "12,500", "154"], [1450, 12500, 154], "dot_decimal"),
    (["1 234 567", "12 500", "7"], [1234567, 12500, 7], "plain"),
    (["12.500,0", "1.234", "7"], [12500, 1234, 7], "comma_decimal"),
    (["1,1 mi", "3,5 mil", "12"], [1100000, 3500, 12], "comma_decimal"),
])
def test_counts_per_column(cells, want, fmt):
    data = "Date,Views\n" + "".join(f'2025-10-{i + 1:02d},"{c}"\n' for i, c in enumerate(cells))
    r = read_table(data.encode(), name="counts.csv")
    assert col(r, "views") == want
    assert r.report.number_formats["Views"] == fmt


def test_percentages_and_durations():
    data = ("Date;Views;CTR;Duration\n2025-10-01;10;4,8 %;1:02:03\n2025-10-02;20;12,25%;3:21\n"
            "2025-10-03;30;0,5;PT2M5S\n2025-10-04;40;7;95\n")
    r = read_table(data.encode(), name="pct.csv")
    assert col(r, "ctr_percent") == [4.8, 12.25, 0.5, 7.0]
    assert col(r, "duration_s") == [3723, 201, 125, 95]


def test_a_count_column_is_settled_by_whole_numbers():
    # 1.234 views cannot be a fraction: the column is comma-decimal without asking
    r = read_table(b"Date,Views\n2025-10-01,1.234\n2025-10-02,5.600\n", name="c.csv")
    assert col(r, "views") == [1234, 5600] and r.ready


def test_undecidable_number_column_is_a_question_then_a_hint_answers_it():
    data = b"Date,Views,Watch time (hours)\n2025-10-01,100,1.234\n2025-10-02,200,2.500\n"
    r = read_table(data, name="w.csv")
    assert not r.ready
    (q,) = r.ambiguities
    assert (q.column, q.field, q.kind) == ("Watch time (hours)", "watch_time_h", "number_format")
    assert set(q.readings) == {"comma_decimal", "dot_decimal"} and "1.234" in q.examples
    assert q.meanings["comma_decimal"][0] == "1234" and q.meanings["dot_decimal"][0] == "1.234"
    assert "--hint" in q.question and "hints=" not in q.question and "\n" not in q.question
    assert col(r, "views") == [100, 200] and all("watch_time_h" not in p for p in r.posts)  # not guessed
    assert read_table(data, name="w.csv", hints={"Watch time (hours)": "dot_decimal"}).posts[0]["watch_time_h"] \
        == 1.234
    r = read_table(data, name="w.csv", hints={"watch_time_h": "comma_decimal"})
    assert col(r, "watch_time_h") == [1234.0, 2500.0] and r.ready


def test_an_open_column_takes_the_format_the_file_proves():
    data = b"Date;Views;Watch time (hours)\n2025-10-01;4,8K;1.234\n2025-10-02;200;2.500\n"
    r = read_table(data, name="w.csv")
    assert r.ready and col(r, "watch_time_h") == [1234.0, 2500.0]
    assert any("like the file's other columns" in n for n in r.report.notes)


def test_a_value_in_the_other_locale_is_skipped_and_said():
    data = b'Date,Views\n2025-10-01,12.500\n2025-10-02,3.400\n2025-10-03,"1,450"\n'
    r = read_table(data, name="mix.csv")
    assert col(r, "views") == [12500, 3400]
    assert r.report.rows_skipped == ["row 4: views '1,450' is written in the other number format "
                                     "(comma-decimal column)"]
    assert any("other number format" in w for w in r.report.warnings)


def test_bad_rows_are_skipped_one_reason_each():
    data = b"Date,Views,Likes\n2025-10-01,100,5\n2025-10-02,abc,6\n,300,7\n2025-10-04,-5,1\n2025-10-05,50,x\n"
    r = read_table(data, name="bad_rows.csv")
    assert col(r, "views") == [100, 50] and col(r, "likes") == [5, None]
    assert r.report.rows_skipped == ["row 3: views 'abc' not a number", "row 4: no date (column 'Date')",
                                     "row 5: views '-5' is negative"]
    assert r.report.n_skipped == 3 and r.report.rows_read == 5
    assert any("row 6: likes 'x' not a number" in w for w in r.report.warnings)


def test_number_grammar_agrees_with_babel_strict():
    from babel.numbers import NumberFormatError, parse_decimal

    from viralml_desktop.core.ingest._numbers import _babel

    rng = random.Random(13)
    alphabet = "0123456789.,"
    samples = {"".join(rng.choice(alphabet) for _ in range(rng.randint(1, 9))) for _ in range(4000)}
    samples |= {"1.234", "12.500", "1,450", "1.234,5", "12,500.25", "0,5", "1.2345", "1,23", "1.234.567"}
    samples = {s for s in samples if any(c.isdigit() for c in s)}
    for fmt, loc in (("comma_decimal", "de_DE"), ("dot_decimal", "en_US")):
        for s in samples:
            try:
                want = float(parse_decimal(s, locale=loc, strict=True))
            except (NumberFormatError, ValueError, ArithmeticError):
                want = None
            assert _babel(s, fmt) == want, (s, loc)


# -- dates -------------------------------------------------------------------------------------

@pytest.mark.parametrize("order, fmt", [("day_first", "%d/%m/%Y %H:%M"), ("month_first", "%m/%d/%Y %H:%M"),
                                        ("day_first", "%d.%m.%y"), ("month_first", "%m-%d-%Y")])
def test_both_date_orders_decided_per_column(order, fmt):
    days = [datetime(2025, 10, 28, 18, 30), datetime(2025, 11, 3, 9, 0), datetime(2025, 4, 5, 23, 59)]
    data = "Date,Views\n" + "".join(f"{d.strftime(fmt)},{i}\n" for i, d in enumerate(days))
    r = read_table(data.encode(), name="orders.csv")
    got = col(r, "published_at")
    if "%H" in fmt:
        assert got == [d.replace(tzinfo=timezone.utc) for d in days]
    else:
        assert [g.date() for g in got] == [d.date() for d in days]
    assert r.report.date_order == order and r.ready


def test_a_date_against_the_column_order_is_skipped():
    r = read_table(b"Date,Views\n28/10/2025,1\n30/10/2025,2\n03/11/2025,3\n10/29/2025,4\n", name="o.csv")
    # 03/11 is 3 November in this column (never 11 March because it would fit both)
    assert col(r, "published_at") == [utc(2025, 10, 28), utc(2025, 10, 30), utc(2025, 11, 3)]
    assert r.report.date_order == "day_first"
    assert r.report.rows_skipped == ["row 5: published_at '10/29/2025' does not fit the column's day-first order "
                                     "(column 'Date')"]
    # as many values prove one order as the other: a question, not a guess
    r = read_table(b"Date,Views\n28/10/2025,1\n10/29/2025,2\n", name="o.csv")
    assert [a.kind for a in r.ambiguities] == ["date_order"]


def test_undecidable_date_column_is_a_question_then_a_hint_answers_it():
    data = b"Date,Views\n03/04/2025,10\n05/06/2025,20\n"
    r = read_table(data, name="d.csv")
    (q,) = r.ambiguities
    assert (q.column, q.kind, q.readings) == ("Date", "date_order", ["day_first", "month_first"])
    assert q.examples == ["03/04/2025", "05/06/2025"]
    assert q.meanings == {"day_first": ["3 April 2025", "5 June 2025"], "month_first": ["4 March 2025", "6 May 2025"]}
    assert all("published_at" not in p for p in r.posts)
    r = read_table(data, name="d.csv", hints={"Date": "day_first"})
    assert col(r, "published_at") == [utc(2025, 4, 3), utc(2025, 6, 5)] and r.ready
    r = read_table(data, name="d.csv", hints={"published_at": "month_first"})
    assert col(r, "published_at") == [utc(2025, 3, 4), utc(2025, 5, 6)]
    assert "date order" in one_line_error(data, name="d.csv", hints={"Date": "dot_decimal"})


@pytest.mark.parametrize("text, want, known", [
    ("2025-10-20T18:30:00Z", utc(2025, 10, 20, 18, 30), True),
    ("2025-10-20T18:30:00.123-05:00", utc(2025, 10, 20, 23, 30, 0, 123000), True),
    ("2025-10-20 18:30 +0000", utc(2025, 10, 20, 18, 30), True),
    ("2025-10-20 18:30 UTC", utc(2025, 10, 20, 18, 30), True),
    ("2025-10-20", utc(2025, 10, 20), False),
    ("Oct 20, 2025", utc(2025, 10, 20), False),
    ("Oct 20, 2025 6:30 PM", utc(2025, 10, 20, 18, 30), True),
    ("20 oct 2025", utc(2025, 10, 20), False),
    ("5 ene 2025", utc(2025, 1, 5), False),
    ("12 abr. 2025", utc(2025, 4, 12), False),
    ("3 ago 2025", utc(2025, 8, 3), False),
    ("24 dic 2024", utc(2024, 12, 24), False),
    ("20 de octubre de 2025", utc(2025, 10, 20), False),
    ("20 de out. de 2025", utc(2025, 10, 20), False),
    ("1 de fev. de 2025 14:05", utc(2025, 2, 1, 14, 5), True),
    ("Mon, Oct 20, 2025", utc(2025, 10, 20), False),
    ("lunes, 20 de octubre de 2025", utc(2025, 10, 20), False),
    ("1760985000", utc(2025, 10, 20, 18, 30), True),
    ("1760985000000", utc(2025, 10, 20, 18, 30), True),
])
def test_date_forms(text, want, known):
    r = read_table(f'Date,Views\n"{text}",1\n'.encode(), name="f.csv")
    assert r.posts[0]["published_at"] == want and r.posts[0]["time_known"] is known


def test_common_month_name_forms_agree_with_dateparser():
    from dateparser.date import DateDataParser

    from viralml_desktop.core.ingest._dates import _common_named

    parser = DateDataParser(languages=["en", "es", "pt"], settings={"REQUIRE_PARTS": ["day", "month", "year"],
                                                                    "PREFER_DAY_OF_MONTH": "first"})
    from babel.dates import format_date, format_datetime

    rng = random.Random(7)
    compared = 0
    for _ in range(60):
        d = datetime(rng.randint(2015, 2030), rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23),
                     rng.randint(0, 59))
        for loc in ("en_US", "es_ES", "es_MX", "pt_BR", "pt_PT"):
            for text in (format_date(d, "medium", locale=loc), format_date(d, "long", locale=loc),
                         format_datetime(d, "MMM d, y H:mm", locale=loc)):
                mine = _common_named(text)
                theirs = parser.get_date_data(text).date_obj
                if mine is not None:
                    assert theirs is not None and mine[1] == theirs.replace(tzinfo=None), (text, mine, theirs)
                    compared += 1
    assert compared >= 600  # the fast path answers the common forms; dateparser the rest


def test_date_only_values_set_time_known_false_and_warn():
    r = read_table(b"Date,Views\n2025-10-01,1\n2025-10-02 18:00,2\n", name="m.csv")
    assert col(r, "time_known") == [False, True] and r.report.times == "partly known"
    r = read_table(b"Date,Views\n2025-10-01,1\n2025-10-02,2\n", name="m.csv", assume_tz="Europe/Madrid")
    assert col(r, "published_at") == [utc(2025, 10, 1), utc(2025, 10, 2)]  # the calendar day, not shifted
    assert r.report.times == "date only" and any("no posting hour" in w for w in r.report.warnings)


@pytest.mark.parametrize("rows, export, want", [
    (["December 29", "December 31", "January 1", "January 3"], "2026-02-01",
     [(2025, 12, 29), (2025, 12, 31), (2026, 1, 1), (2026, 1, 3)]),
    (["January 3", "January 1", "December 31", "December 29"], "2026-02-01",  # newest first
     [(2026, 1, 3), (2026, 1, 1), (2025, 12, 31), (2025, 12, 29)]),
    (["29 dic", "30 dic", "2 ene"], "2025-06-30", [(2024, 12, 29), (2024, 12, 30), (2025, 1, 2)]),
    (["30/12", "31/12", "02/01"], "2025-01-05", [(2024, 12, 30), (2024, 12, 31), (2025, 1, 2)]),
    (["Oct 3", "Oct 10"], "2025-10-12", [(2025, 10, 3), (2025, 10, 10)]),
    (["Oct 3", "Oct 10"], "2025-10-05", [(2024, 10, 3), (2024, 10, 10)]),  # not after the export
])
def test_yearless_dates_get_their_years_from_order_and_export_date(rows, export, want):
    data = "Date,Views\n" + "".join(f"{d},{i}\n" for i, d in enumerate(rows))
    r = read_table(data.encode(), name="ny.csv", hints={"export_date": export})
    assert [(d.year, d.month, d.day) for d in col(r, "published_at")] == want
    (w,) = [w for w in r.report.warnings if "no year" in w]
    assert export in w and "the export date you gave" in w


def test_yearless_dates_that_cannot_be_placed_ask_for_the_year(tmp_path):
    unsorted = b"Date,Views\nMarch 3,1\nOctober 9,2\nJanuary 5,3\nJuly 1,4\n"
    msg = one_line_error(unsorted, name="u.csv", hints={"export_date": "2025-12-01"})
    assert "no year" in msg and "not in date order" in msg and "'Date'" in msg
    p = tmp_path / "ny.csv"
    p.write_bytes(b"Date,Views\nDecember 30,1\nJanuary 2,2\n")
    r = read_table(p)  # a path: its modification date is the export date
    assert any("the file's modification date" in w for w in r.report.warnings)


def test_dst_changes_are_resolved_with_a_note():
    data = (b"Date,Views\n2025-10-26 02:30,1\n2025-03-30 02:30,2\n2025-06-01 12:00,3\n")
    r = read_table(data, name="dst.csv", assume_tz="Europe/Madrid")
    assert col(r, "published_at") == [utc(2025, 10, 26, 0, 30),  # the earlier 02:30 (CEST, +02:00)
                                      utc(2025, 3, 30, 1, 30),  # 02:30 does not exist: offset before (+01:00)
                                      utc(2025, 6, 1, 10)]
    notes = r.report.notes
    assert any(n.startswith("row 2:") and "occurs twice" in n and "earlier" in n for n in notes)
    assert any(n.startswith("row 3:") and "does not exist" in n for n in notes)
    r = read_table(b"Date,Views\n11/02/2025 1:30 AM,1\n11/15/2025 9:00 PM,2\n", name="ny.csv",
                   assume_tz="America/New_York")
    assert col(r, "published_at") == [utc(2025, 11, 2, 5, 30), utc(2025, 11, 16, 2)]
    assert "unknown time zone" in one_line_error(data, name="dst.csv", assume_tz="Mars/Olympus")


# -- encodings and delimiters ------------------------------------------------------------------

SPANISH = [("Canción de invierno", "20/10/2025", "12.500"), ("Añoranza", "13/10/2025", "1.310"),
           ("Baila conmigo (versión acústica)", "06/10/2025", "5.600")]


def _spanish_csv(sep=";") -> str:
    return "Título;Fecha;Visualizaciones\n".replace(";", sep) + "".join(
        sep.join(r) + "\n" for r in SPANISH)


def _check_spanish(r):
    assert col(r, "title") == [t for t, _, _ in SPANISH]
    assert col(r, "views") == [12500, 1310, 5600]
    assert col(r, "published_at") == [utc(2025, 10, 20), utc(2025, 10, 13), utc(2025, 10, 6)]


@pytest.mark.parametrize("encoding, bom, reported", [
    ("cp1252", b"", "cp1252"), ("latin-1", b"", "cp1252"), ("utf-8", b"\xef\xbb\xbf", "utf-8-sig"),
    ("utf-8", b"", "utf-8"), ("utf-16-le", b"\xff\xfe", "utf-16"), ("utf-16-be", b"\xfe\xff", "utf-16"),
    ("mac_roman", b"", None),
])
@pytest.mark.parametrize("pad", [0, 1])
def test_encodings(encoding, bom, reported, pad):
    text = _spanish_csv().replace("Añoranza", "Añoranza" + " " * pad)
    data = bom + text.encode(encoding)
    r = read_table(data, name="enc.csv")
    if encoding != "mac_roman":
        _check_spanish(r)
        assert r.report.encoding == reported
    else:  # short Mac Roman text reads as cp1252 or mac_roman: the numbers and dates stay right
        assert col(r, "views") == [12500, 1310, 5600]


def test_a_cp1252_file_of_even_length_is_never_utf16():
    for extra in range(4):
        text = _spanish_csv() + f"Última{'!' * extra};01/10/2025;9\n"
        data = text.encode("cp1252")
        if len(data) % 2:
            continue
        r = read_table(data, name="even.csv")
        assert r.report.encoding == "cp1252" and col(r, "title")[-1].startswith("Última")
        break
    else:  # pragma: no cover
        pytest.fail("no even-length variant built")


def test_utf16_without_bom_only_when_the_bytes_prove_it():
    r = read_table(_spanish_csv().encode("utf-16-le"), name="u16.csv")
    _check_spanish(r)
    assert r.report.encoding == "utf-16-le"
    msg = one_line_error(b"Date,Views\n2025-10-01,1\x00\x00\x01\x02\n", name="nul.csv")
    assert "binary" in msg


@pytest.mark.parametrize("sep", [",", ";", "\t", "|"])
def test_delimiters_with_quoted_delimiters_and_line_breaks(sep):
    titles = ['Hola, amigo; "remix"', "Dos\nlíneas", "Tab\tdentro | barra"]
    lines = [sep.join(["Title", "Date", "Views"])]
    for i, t in enumerate(titles):
        q = '"' + t.replace('"', '""') + '"'
        lines.append(sep.join([q, f"2025-10-0{i + 1}", f"{(i + 1) * 1000}"]))
    r = read_table(("\r\n".join(lines) + "\r\n").encode("utf-8"), name="d.csv")
    assert r.report.delimiter == sep
    assert col(r, "title") == titles and col(r, "views") == [1000, 2000, 3000]


def test_excel_sep_line_and_a_title_line_above_the_header():
    r = read_table(b"sep=;\nDate;Views\n2025-10-01;1.500\n", name="sep.csv")
    assert r.report.delimiter == ";" and col(r, "views") == [1500]
    r = read_table(b"Content report October\n\nDate,Views\n2025-10-01,5\n", name="title.csv")
    assert col(r, "views") == [5] and r.columns == ["Date", "Views"]


def test_a_row_with_too_many_cells_is_skipped():
    r = read_table(b"Date,Views,Title\n2025-10-01,5,ok\n2025-10-02,6,a,b,c\n", name="wide.csv")
    assert col(r, "views") == [5]
    assert r.report.rows_skipped[0].startswith("row 3: 5 cells for 3 columns")


# -- workbooks written by the test -------------------------------------------------------------

def _xlsx(build) -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    build(wb)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def test_xlsx_written_by_the_test():
    def build(wb):
        ws = wb.active
        ws.title = "Hoja1"
        ws.append(["TikTok Studio – contenido"])
        ws.append(["Título del vídeo", "Hora de publicación", "Duración", "Total de visualizaciones",
                   "Total de Me gusta", "Fecha serial"])
        ws.append(["Nueva Vida #trap", datetime(2025, 10, 1, 18, 0), time(0, 3, 21), "12,5K", 1203, 45931.75])
        ws.append(["Otra noche", datetime(2025, 10, 3, 21, 30), time(0, 0, 58), 18400, "1,1K", 45933.5])
        ws.append(["Total", None, None, None, None, None])
        wb.create_sheet("Otra").append(["Date", "Views"])

    data = _xlsx(build)
    r = read_table(data, name="tt.xlsx")
    assert r.report.format == "xlsx" and r.report.sheet == "Hoja1"
    assert col(r, "published_at") == [utc(2025, 10, 1, 18), utc(2025, 10, 3, 21, 30)]
    assert col(r, "views") == [12500, 18400] and col(r, "likes") == [1203, 1100]
    assert col(r, "duration_s") == [201, 58]
    assert r.report.rows_read == 2  # the Total row is not a post
    r = read_table(data, name="tt.xlsx", mapping={"published_at": "Fecha serial"})  # Excel serial numbers
    assert col(r, "published_at") == [utc(2025, 10, 1, 18), utc(2025, 10, 3, 12)]
    msg = one_line_error(data, name="tt.xlsx", hints={"sheet": "Nope"})
    assert "no sheet 'Nope'" in msg and "Hoja1" in msg


def test_xlsx_with_dates_as_text_and_day_first():
    def build(wb):
        ws = wb.active
        ws.append(["Fecha", "Visualizaciones"])
        for d, v in (("28/10/2025", "1.500"), ("03/11/2025", "2.000")):
            ws.append([d, v])

    r = read_table(_xlsx(build), name="dmy.xlsx")
    assert col(r, "published_at") == [utc(2025, 10, 28), utc(2025, 11, 3)] and col(r, "views") == [1500, 2000]


def _ods(rows) -> bytes:
    """A minimal OpenDocument spreadsheet (what LibreOffice saves), built by hand: no writer needed."""
    def cell(v):
        if isinstance(v, (int, float)):
            kind = f'office:value-type="float" office:value="{v}"'
        else:
            kind = 'office:value-type="string"'
        return f"<table:table-cell {kind}><text:p>{v}</text:p></table:table-cell>"
    body = "".join("<table:table-row>" + "".join(cell(v) for v in r) + "</table:table-row>" for r in rows)
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns} office:version="1.2">'
               f'<office:body><office:spreadsheet><table:table table:name="Hoja1">{body}</table:table>'
               f'</office:spreadsheet></office:body></office:document-content>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" '
                'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("META-INF/manifest.xml", manifest)
        z.writestr("content.xml", content)
    return buf.getvalue()


def test_ods_written_by_the_test():
    data = _ods([["Fecha", "Visualizaciones", "Me gusta"], ["20/10/2025", 1500, "1,2K"], ["28/10/2025", 2000, "310"]])
    r = read_table(data, name="libre.ods")
    assert (r.report.format, r.report.sheet) == ("ods", "Hoja1")
    assert col(r, "published_at") == [utc(2025, 10, 20), utc(2025, 10, 28)]
    assert col(r, "views") == [1500, 2000] and col(r, "likes") == [1200, 310]


# -- JSON --------------------------------------------------------------------------------------

def test_json_shapes():
    rows = [{"timestamp": "2025-10-01T10:00:00Z", "views": 5}, {"timestamp": "2025-10-02T10:00:00Z", "views": "6"}]
    for doc in (rows, {"data": {"items": rows}}, [["timestamp", "views"], ["2025-10-01T10:00:00Z", 5],
                                                  ["2025-10-02T10:00:00Z", 6]]):
        r = read_table(json.dumps(doc).encode(), name="j.json")
        assert col(r, "views") == [5, 6]
    r = read_table(json.dumps(rows[0]).encode(), name="one.json")  # one object: one row
    assert col(r, "views") == [5]
    r = read_table(("\n".join(json.dumps(x) for x in rows) + "\n[1]\n{bad\n").encode(), name="j.jsonl")
    assert col(r, "views") == [5, 6] and r.report.format == "jsonl"
    assert r.report.rows_skipped == ["line 3: a JSON list, not an object", "line 4: not valid JSON (Expecting "
                                     "property name enclosed in double quotes)"]


# -- bad input: one line each ------------------------------------------------------------------

def _zip(names) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for n in names:
            z.writestr(n, "x")
    return buf.getvalue()


BAD = [
    (b"", "is empty"),
    (b"  \r\n \n", "is empty"),
    (b"\x89PNG\r\n\x1a\n" + bytes(64), "PNG image"),
    (b"%PDF-1.7\n" + bytes(range(256)), "PDF"),
    (random.Random(1).randbytes(2000), "binary"),
    (_zip(["export/Content.csv"]), "zip archive"),
    (b"PK\x03\x04" + bytes(200), "damaged"),
    (b"[" * 5000 + b"]" * 5000, "nested too deeply"),
    (b'{"a": ', "not valid JSON"),
    (b'{"a": [1, 2]}', "no list of rows"),
    (b"Title,Likes\nA,1\n", "no date column"),
    (b"Date,Likes\n2025-10-01,1\n", "no views column"),
    (b"Date,Views\nabc,def\n", "no usable rows (row 2"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "cannot open the xls workbook"),
]


@pytest.mark.parametrize("data, expect", BAD, ids=[b[1] for b in BAD])
def test_bad_input_gives_one_line(data, expect):
    name = "bad_input.json" if data[:1] in b"[{" else "bad_input.csv"
    msg = one_line_error(data, name=name)
    assert name in msg and expect in msg
    if data:  # the same bytes with no name say the same kind of thing
        assert expect in one_line_error(data)


def test_damaged_exports_give_one_line_never_a_traceback():
    rng = random.Random(5)
    files = sorted(p for p in EXPORTS.iterdir() if p.suffix != ".py")
    for _ in range(300):
        f = rng.choice(files)
        data = bytearray(f.read_bytes())
        for _ in range(rng.randint(1, 5)):
            i = rng.randrange(len(data)) if data else 0
            op = rng.random()
            if op < 0.4 and data:
                data[i] = rng.randrange(256)
            elif op < 0.7:
                data[i:i] = rng.choice([b",", b";", b"\t", b'"', b"\n", b"\r", b"1.2K", b"Total", b"\x00",
                                        b"31/02/2025", b"99:99", b"Feb 30"])
            else:
                del data[i:i + rng.randint(1, 40)]
        for call in (lambda: read_table(bytes(data), name=f.name, hints={"export_date": "2026-01-10"}),
                     lambda: read_table(bytes(data), kind="any"), lambda: read_comments(bytes(data), name=f.name)):
            try:
                call()
            except InputError as e:
                assert "\n" not in str(e) and "\r" not in str(e)


def test_bad_paths_and_arguments(tmp_path):
    assert "file not found" in one_line_error(tmp_path / "nope.csv")
    assert "not a file" in one_line_error(tmp_path)
    assert "unknown table kind" in one_line_error(b"Date,Views\n", kind="wrong")
    assert "unknown platform" in one_line_error(b"Date,Views\n2025-10-01,1\n", platform="myspace")
    assert "not a number format" in one_line_error(b"Date,Views\n2025-10-01,1\n", hints={"Views": "day_first"})
    assert "export_date" in one_line_error(b"Date,Views\nOct 3,1\n", hints={"export_date": "yesterday"})


def test_out_of_range_dates_are_skipped():
    r = read_table(b"Date,Views\n9999-12-31T23:00:00-05:00,1\n0001-01-01,2\n2025-10-01,3\n", name="far.csv")
    assert col(r, "views") == [3] and r.report.n_skipped == 2
    r = read_table(b"Date,Views\n31/12/9999 23:00 -05:00,1\n01/01/0000,2\n28/10/2025,3\n", name="far.csv")
    assert col(r, "views") == [3] and r.report.n_skipped == 2
    r = read_table(b"Date,Views\n9999-12-31 23:30,1\n2025-10-01,3\n", name="far.csv", assume_tz="Pacific/Kiritimati")
    assert col(r, "views") == [3]


# -- comments ----------------------------------------------------------------------------------

COMMENTS = ["Qué temazo, lo escucho en bucle", 'Cuando dijo "me fui", me partió', "Verso 1:\nsin ti, todo bien"]


@pytest.mark.parametrize("encoding, sep", [("cp1252", ";"), ("utf-16", ";"), ("utf-8-sig", ","), ("latin-1", "\t")])
def test_comment_tables(encoding, sep):
    lines = [sep.join(["Autor", "Fecha", "Me gusta", "Comentario"])]
    for i, c in enumerate(COMMENTS):
        lines.append(sep.join([f"@fan{i}", "20/10/2025", str(i), '"' + c.replace('"', '""') + '"']))
    data = ("\r\n".join(lines) + "\r\n").encode(encoding)
    assert read_comments(data, name="c.csv") == COMMENTS
    assert read_comments(data) == COMMENTS  # no name: a table with a known comment column


def test_comment_files_other_shapes():
    def build(wb):
        ws = wb.active
        ws.append(["Username", "textDisplay"])
        for c in COMMENTS:
            ws.append(["@a", c])

    assert read_comments(_xlsx(build), name="c.xlsx") == COMMENTS
    assert read_comments("🔥🔥\n\n  q temazo  \nmeh\n".encode(), name="c.txt") == ["🔥🔥", "q temazo", "meh"]
    assert read_comments("hola, qué tal\nbro this slaps\n".encode()) == ["hola, qué tal", "bro this slaps"]
    assert read_comments(b"Nice track\n\"Loved it, really\"\nmeh\n", name="one.csv") == [
        "Nice track", "Loved it, really", "meh"]
    assert read_comments(b"user;note\n@a;hola\n", name="x.csv", column="note") == ["hola"]
    with pytest.raises(InputError, match="no comment column"):
        read_comments(b"user;note\n@a;hola\n", name="x.csv")
    with pytest.raises(InputError, match="no comments found"):
        read_comments(b"\n\n", name="e.txt")


# -- the module stays cheap to import ----------------------------------------------------------

def test_importing_the_reader_loads_no_parser():
    code = ("import sys, viralml_desktop.core.tables\n"
            "print(','.join(m for m in ('dateparser', 'clevercsv', 'python_calamine', 'babel', 'charset_normalizer',"
            " 'pandas') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=HERE.parent, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == ""


# -- issue 13 follow-up: a new user's failures, each as generated variants ---------------------

@pytest.mark.parametrize("sep", [",", ";", "\t"])
@pytest.mark.parametrize("big", ["99999999999999999999", "2e13", "2E+13", "20000000000000", "1,5E+14"])
@pytest.mark.parametrize("field_col", [("views", "Views"), ("likes", "Me gusta")])
def test_counts_above_any_platform_skip_the_row_naming_row_and_column(sep, big, field_col):
    from viralml_desktop.core.limits import MAX_COUNT

    fld, column = field_col
    cells = {"Views": "100", "Me gusta": "5"}
    cells[column] = big
    q = (lambda c: f'"{c}"' if sep in c else c)
    lines = [sep.join(["Date", "Views", "Me gusta"]), sep.join(["2025-01-04", "300", "7"]),
             sep.join(["2025-01-05", q(cells["Views"]), q(cells["Me gusta"])])]
    r = read_table("\n".join(lines).encode(), name="big.csv")
    assert col(r, "views") == [300]  # never stored, never rounded
    (why,) = r.report.rows_skipped
    assert why.startswith("row 3: ") and f"{fld} {big} is above any real platform's count" in why
    assert "whole number" not in why and "post 1" not in why
    assert MAX_COUNT == 10 ** 13
    ok = read_table(f"Date,Views\n2025-01-04,{MAX_COUNT}\n".encode(), name="edge.csv")
    assert col(ok, "views") == [MAX_COUNT]


def test_counts_above_any_platform_from_a_workbook():
    def build(wb):
        ws = wb.active
        ws.append(["Date", "Views"])
        ws.append([datetime(2025, 1, 4), 1200])
        ws.append([datetime(2025, 1, 5), 3e13])

    r = read_table(_xlsx(build), name="big.xlsx")
    assert col(r, "views") == [1200]
    assert r.report.rows_skipped == ["row 3: views 30000000000000 is above any real platform's count (limit 1e+13)"]


def test_one_shared_count_limit():
    from viralml_desktop.core import limits
    from viralml_desktop.core.account_health import forecast
    from viralml_desktop.core.schemas import common

    assert common.MAX_COUNT is limits.MAX_COUNT and forecast.MAX_COUNT is limits.MAX_COUNT


@pytest.mark.parametrize("short", ["1.2K", "1.25K", "3.5M", "1.2 mil"])
@pytest.mark.parametrize("others", [["1,5K", "12,5K", "2,25M"], ["1,1K", "3 mil", "48,2K"]])
def test_a_short_dot_decimal_abbreviation_reads_in_a_comma_column(short, others):
    from viralml_desktop.core.ingest._numbers import readings

    want = readings(short)[1]
    rows = [f"2025-10-0{i + 1};{v}" for i, v in enumerate(others + [short])]
    r = read_table(("Fecha;Visualizaciones\n" + "\n".join(rows) + "\n").encode(), name="k.csv")
    assert col(r, "views")[-1] == round(want) and r.report.n_skipped == 0
    assert r.report.number_formats["Visualizaciones"] == "comma_decimal"
    # three digits after the dot are a thousands group in a comma column, not a decimal
    r = read_table(("Fecha;Visualizaciones\n" + "\n".join(rows[:-1] + ["2025-10-09;1.234K"]) + "\n").encode(),
                   name="k.csv")
    assert col(r, "views")[-1] == 1_234_000 and r.report.n_skipped == 0


@pytest.mark.parametrize("headers", [("Fecha subida", "Vistas totales"), ("Uploaded", "Seen")])
def test_messages_suggest_cli_syntax_not_python(headers):
    data = f"{headers[0]},{headers[1]}\n2025-01-01,5\n".encode()
    msg = one_line_error(data, name="m.csv")
    assert "--map " in msg and "=COLUMN" in msg and "mapping=" not in msg and "{" not in msg
    amb = read_table(b"Date,Views,Watch time (hours)\n2025-01-01,5,1.234\n2025-01-02,6,2.500\n", name="a.csv")
    (q,) = amb.ambiguities
    assert "--hint 'Watch time (hours)=comma_decimal'" in q.question and "hints=" not in q.question
    assert amb.report.to_dict()["ambiguities"][0]["question"] == q.question


@pytest.mark.parametrize("lang", ["es", "pt", "en"])
@pytest.mark.parametrize("sep", [",", ";"])
def test_tiktok_totales_headers_map_and_unmapped_columns_are_reported(lang, sep):
    headers = {"es": ["Hora de publicación", "Título del vídeo", "Reproducciones totales", "Me gusta totales",
                      "Comentarios totales", "Veces compartido totales", "Tiempo medio de visualización",
                      "Tasa de interacción"],
               "pt": ["Hora de publicação", "Título do vídeo", "Reproduções totais", "Curtidas totais",
                      "Comentários totais", "Compartilhamentos totais", "Tempo médio de visualização",
                      "Taxa de engajamento"],
               "en": ["Post time", "Video title", "Total plays", "Total likes", "Total comments", "Total shares",
                      "Average watch time", "Engagement rate"]}[lang]
    row = ["2025-10-01 18:00", "Hola #x", "1500", "120", "5", "3", "8", "4%"]
    r = read_table((sep.join(headers) + "\n" + sep.join(row) + "\n").encode(), name="tt.csv")
    assert r.report.platform == "tiktok"
    assert [r.report.mapping.get(f) for f in ("views", "likes", "comments", "shares")] == headers[2:6]
    assert col(r, "views") == [1500] and col(r, "shares") == [3]
    assert r.report.ignored == headers[6:]
    assert r.report.to_dict()["ignored"] == headers[6:]


@pytest.mark.parametrize("other,header", [("reach", "Reach"), ("reach", "Alcance"), ("impressions", "Impressions"),
                                          ("impressions", "Impresiones")])
def test_an_empty_views_cell_is_skipped_saying_reach_is_not_views(other, header):
    data = (f"Publish time,Permalink,Post type,Views,{header}\n"
            "2025-10-01 18:00,https://i/p/1,Reel,,4000\n2025-10-02 18:00,https://i/p/2,Reel,300,3900\n").encode()
    r = read_table(data, name="ig.csv")
    assert col(r, "views") == [300]  # never taken from the other count
    assert r.report.rows_skipped == [f"row 2: no views ({other} 4000 is not views)"]


@pytest.mark.parametrize("summary_first", [1, 2])
@pytest.mark.parametrize("headers", [("Fecha", "Visualizaciones"), ("Date", "Views"), ("Post time", "Total views")])
def test_a_summary_sheet_first_the_sheet_with_the_columns_is_read_and_said(summary_first, headers):
    def build(wb):
        ws = wb.active
        ws.title = "Resumen"
        ws.append(["Métrica", "Valor"])
        ws.append(["Visualizaciones", 12000])
        for k in range(2, summary_first + 1):
            wb.create_sheet(f"Resumen {k}").append(["Seguidores", 300])
        data = wb.create_sheet("Vídeos")
        data.append(list(headers))
        data.append([datetime(2025, 1, 2), 1200])
        data.append([datetime(2025, 1, 3), 1200.5])

    r = read_table(_xlsx(build), name="t.xlsx")
    assert r.report.sheet == "Vídeos" and col(r, "views") == [1200]
    assert any(n.startswith("sheet 'Vídeos' read: 'Resumen'") for n in r.report.notes)
    assert r.report.rows_skipped == [f"row 3: views 1200.5 not a whole number"
                                     + ("" if headers[1] == "Views" else f" (column {headers[1]!r})")]
    # an explicit sheet is read as asked
    assert one_line_error(_xlsx(build), name="t.xlsx", hints={"sheet": "Resumen"}).startswith("t.xlsx: no date column")


def test_no_sheet_with_the_columns_names_the_sheets_and_sheet_option():
    def build(wb):
        wb.active.title = "Resumen"
        wb.active.append(["Métrica", "Valor"])
        wb.active.append(["Visualizaciones", 12000])
        wb.create_sheet("Otra").append(["A", "B"])

    msg = one_line_error(_xlsx(build), name="t.xlsx")
    assert "'Resumen', 'Otra'" in msg and "--sheet" in msg


@pytest.mark.parametrize("value", [1200, 45, 10 ** 9])
def test_workbook_integers_are_shown_without_a_decimal_point(value):
    def build(wb):
        wb.active.append(["Date", "Views", "Likes"])
        wb.active.append([value, 5, -value])  # a number where a date belongs; a negative count

    r = read_table(_xlsx(build), name="n.xlsx", kind="any")
    said = " ".join(r.report.rows_skipped + r.report.warnings)
    assert f"{value}.0" not in said and str(value) in said


@pytest.mark.parametrize("number_format", ["0%", "0.0%", "0.00%", "#,##0.0%"])
@pytest.mark.parametrize("header", ["Impressions click-through rate (%)", "CTR", "Porcentaje de clics de las impresiones (%)"])
def test_percent_formatted_workbook_cells_read_as_percent(number_format, header):
    def build(wb, fmt):
        ws = wb.active
        ws.append(["Content", "Video publish time", "Views", "Impressions", header])
        for i, (ctr, v) in enumerate(((0.039, 100), (0.125, 200), (0.0, 300))):
            ws.append([f"vid{i}", datetime(2025, 1, i + 1, 12), v, 1000 + i, ctr])
            if fmt:
                ws.cell(row=ws.max_row, column=5).number_format = fmt

    r = read_table(_xlsx(lambda wb: build(wb, number_format)), name="ctr.xlsx")
    assert col(r, "ctr_percent") == [3.9, 12.5, 0.0]
    assert any("percentages" in n for n in r.report.notes)
    # the same numbers without a percent format are read as they are (a column already in percent)
    plain = read_table(_xlsx(lambda wb: build(wb, None)), name="ctr.xlsx")
    assert col(plain, "ctr_percent") == [0.039, 0.125, 0.0]
