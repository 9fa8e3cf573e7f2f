"""The import preview dialog, driven for real on the example exports (issue 13, point 5):
parsed values shown, the mapping and the answers re-read the file, remembered per source,
Cancel stores nothing, Import stores the posts and a re-import keeps the count."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from viralml_desktop.gui.context import AppContext
from viralml_desktop.gui.import_dialog import PREVIEW_KEY, SOURCES_KEY, ImportDialog

EXPORTS = Path(__file__).resolve().parent / "data" / "exports"
CASES = Path(__file__).resolve().parents[2] / "shared" / "cases" / "imports"
WAIT = 15000


@pytest.fixture
def ctx(isolated_home):
    return AppContext(QSettings(str(isolated_home / "gui.ini"), QSettings.IniFormat))


def open_dialog(qtbot, ctx, path, kind="posts", **kw):
    d = ImportDialog(str(path), kind, ctx, **kw)
    qtbot.addWidget(d)
    d.show()
    return d


def column(d, field):
    """The preview's texts for one field (its header starts with the field's label)."""
    from viralml_desktop.gui.import_dialog import FIELD_LABELS

    for j in range(d.preview.columnCount()):
        if d.preview.horizontalHeaderItem(j).text().split("\n")[0] == FIELD_LABELS[field]:
            return [d.preview.item(i, j).text() for i in range(d.preview.rowCount())]
    raise AssertionError(f"no {field} column in the preview")


def mapping_combo(d, col):
    for i in range(d.mapping_table.rowCount()):
        if d.mapping_table.item(i, 0).text() == col:
            return d.mapping_table.cellWidget(i, 1)
    raise AssertionError(f"no column {col!r} in the mapping")


def choose(combo, data):
    i = combo.findData(data)
    assert i >= 0, data
    combo.setCurrentIndex(i)


def stored_posts():
    from viralml_desktop.core import store

    return {a["account_id"]: a["n"] for a in store.default_store().accounts()}


def test_preview_shows_parsed_values_and_the_report(qtbot, ctx):
    d = open_dialog(qtbot, ctx, EXPORTS / "tiktok_posts_en.csv")
    assert d.can_import() and d.import_button.isEnabled()
    assert column(d, "views") == ["15200", "8400", "1100000"]  # "15.2K", "8400", "1.1M"
    assert column(d, "likes")[0] == "1200"
    assert column(d, "published_at")[0] == "2025-10-01 18:00 UTC"
    text = d.report_label.text()
    assert "tiktok" in text and "utf-8" in text and "delimiter ','" in text and "3 read, 0 skipped" in text
    if (CASES / "tiktok_decimal_comma_K.csv").exists():
        k = open_dialog(qtbot, ctx, CASES / "tiktok_decimal_comma_K.csv")
        assert column(k, "views") == ["1200", "3400", "12500", "1100000"]  # "12,5K" is 12 500, not 125 000
        assert "comma decimal" in k.report_label.text()


def test_spanish_studio_csv_drops_the_total_row_and_reads_durations(qtbot, ctx):
    path = CASES / "yt_studio_excel_esES_utf8.csv"
    if not path.exists():
        pytest.skip("../shared/cases/imports is not here")
    d = open_dialog(qtbot, ctx, path)
    assert column(d, "views") == ["12500", "30210", "5600"]
    assert column(d, "duration_s") == ["201", "178", "185"]
    assert column(d, "ctr_percent") == ["4.8", "6.2", "3.9"]
    assert column(d, "published_at")[0] == "2025-10-20"  # date only: no invented 00:00
    items = [d.details.item(i).text() for i in range(d.details.count())]
    assert any("Total" in x for x in items) and any("dates only" in x for x in items)
    assert "delimiter ';'" in d.report_label.text()


def test_changing_the_mapping_changes_the_preview(qtbot, ctx):
    d = open_dialog(qtbot, ctx, EXPORTS / "generic_unknown_headers.csv")
    assert not d.can_import() and "no date column" in d.error.text()  # nothing known: the user maps
    assert "\n" not in d.error.text()
    choose(mapping_combo(d, "Fecha subida"), "published_at")
    choose(mapping_combo(d, "Reproducciones del clip"), "views")
    assert d.can_import() and d.error.text() == ""
    assert column(d, "views") == ["1500", "2750", "980"]  # "1.500" is 1 500 in a count column
    choose(mapping_combo(d, "Corazones"), "likes")
    assert column(d, "likes") == ["120", "310", "45"]
    choose(mapping_combo(d, "Corazones"), "views")  # one column serves one field
    assert column(d, "views") == ["120", "310", "45"]
    assert mapping_combo(d, "Reproducciones del clip").currentData() == ""
    with pytest.raises(AssertionError):
        column(d, "likes")


def test_an_ambiguous_date_order_is_asked_and_the_answer_changes_the_dates(qtbot, ctx, tmp_path):
    f = tmp_path / "dates.csv"
    f.write_text("Date,Views,Likes\n03/11/2025 18:00,1200,30\n05/10/2025 18:00,1500,40\n07/09/2025 18:00,900,20\n",
                 encoding="utf-8")
    d = open_dialog(qtbot, ctx, f)
    combo = d.question_combos["Date"]
    assert not d.import_button.isEnabled() and combo.currentData() == ""
    assert "3 November 2025" in combo.itemText(combo.findData("day_first"))
    choose(d.question_combos["Date"], "day_first")
    assert column(d, "published_at")[0] == "2025-11-03 18:00 UTC" and d.import_button.isEnabled()
    choose(d.question_combos["Date"], "month_first")
    assert column(d, "published_at")[0] == "2025-03-11 18:00 UTC"
    # the time zone is a question too: local times move to UTC
    d.tz_combo.setCurrentText("America/Mexico_City")
    d.tz_combo.lineEdit().editingFinished.emit()
    assert column(d, "published_at")[0] == "2025-03-12 00:00 UTC"
    d.set_time_zone("Mars/Olympus")
    assert "not a time zone" in d.error.text() and d.assume_tz == "America/Mexico_City"


def test_an_undecidable_number_format_is_asked_and_the_answer_changes_the_values(qtbot, ctx, tmp_path):
    f = tmp_path / "ctr.csv"
    f.write_text('Date,Views,CTR (%)\n2025-10-01,1000,"4,500"\n2025-10-02,2000,"5,250"\n', encoding="utf-8")
    d = open_dialog(qtbot, ctx, f)
    combo = d.question_combos["CTR (%)"]
    assert not d.import_button.isEnabled() and "4,500 → 4.5" in combo.itemText(combo.findData("comma_decimal"))
    choose(combo, "comma_decimal")
    assert column(d, "ctr_percent") == ["4.5", "5.25"] and d.import_button.isEnabled()
    choose(d.question_combos["CTR (%)"], "dot_decimal")
    assert column(d, "ctr_percent") == ["4500", "5250"]


def test_yearless_dates_ask_for_the_export_date(qtbot, ctx):
    path = CASES / "tiktok_overview_no_year.csv"
    if not path.exists():
        pytest.skip("../shared/cases/imports is not here")
    d = open_dialog(qtbot, ctx, path)
    assert d.export_date_edit.isVisible()
    d.set_export_date("2025-01-10")
    dates = column(d, "published_at")
    assert dates[0] == "2024-12-29" and dates[-1] == "2025-01-03"
    d.set_export_date("2026-02-01")
    assert column(d, "published_at")[0] == "2025-12-29"


def test_cancel_stores_nothing(qtbot, ctx):
    d = open_dialog(qtbot, ctx, EXPORTS / "generic_unknown_headers.csv")
    choose(mapping_combo(d, "Fecha subida"), "published_at")
    choose(mapping_combo(d, "Reproducciones del clip"), "views")
    qtbot.mouseClick(d.cancel_button, Qt.LeftButton)
    assert d.result() == d.DialogCode.Rejected
    assert stored_posts() == {}
    ctx.settings.sync()
    assert not [k for k in ctx.settings.allKeys() if k.startswith(SOURCES_KEY)]


def test_import_stores_the_posts_remembers_the_mapping_and_a_reimport_keeps_the_count(qtbot, ctx, tmp_path):
    d = open_dialog(qtbot, ctx, EXPORTS / "generic_unknown_headers.csv")
    choose(mapping_combo(d, "Fecha subida"), "published_at")
    choose(mapping_combo(d, "Reproducciones del clip"), "views")
    choose(mapping_combo(d, "Nombre"), "title")
    d.account_edit.setText("clips")
    with qtbot.waitSignal(d.imported, timeout=WAIT) as sig:
        qtbot.mouseClick(d.import_button, Qt.LeftButton)
    assert sig.args[0].added == 3 and d.result() == d.DialogCode.Accepted
    assert stored_posts() == {"clips": 3}

    # the same kind of file again (another name, same header row): the mapping is filled in
    again = tmp_path / "next_month.csv"
    shutil.copy(EXPORTS / "generic_unknown_headers.csv", again)
    e = open_dialog(qtbot, ctx, again)
    assert e.remembered and e.can_import() and e.error.text() == ""
    assert mapping_combo(e, "Reproducciones del clip").currentData() == "views"
    assert mapping_combo(e, "Nombre").currentData() == "title"
    assert column(e, "views") == ["1500", "2750", "980"]
    e.account_edit.setText("clips")
    with qtbot.waitSignal(e.imported, timeout=WAIT) as sig:
        qtbot.mouseClick(e.import_button, Qt.LeftButton)
    assert sig.args[0].added == 0 and stored_posts() == {"clips": 3}


def test_a_studio_export_imports_and_reimports_without_duplicates(qtbot, ctx):
    for _ in range(2):
        d = open_dialog(qtbot, ctx, EXPORTS / "youtube_content_es.csv")
        assert d.account_edit.text() == "youtube_content_es"
        with qtbot.waitSignal(d.imported, timeout=WAIT):
            qtbot.mouseClick(d.import_button, Qt.LeftButton)
        assert stored_posts() == {"youtube_content_es": 3}


def test_a_bad_file_is_one_plain_line_and_cannot_be_imported(qtbot, ctx, tmp_path):
    bad = tmp_path / "photo.csv"
    bad.write_bytes(bytes(range(256)) * 8)
    d = open_dialog(qtbot, ctx, bad)
    msg = d.error.text()
    assert msg and "\n" not in msg and "photo.csv" in msg and "Traceback" not in msg
    assert not d.import_button.isEnabled() and d.preview.rowCount() == 0


def test_comment_files_choose_their_column(qtbot, ctx, tmp_path):
    f = tmp_path / "export.csv"
    f.write_text("user;note\n@a;hola\n@b;\"qué bien; de verdad\"\n", encoding="utf-8")
    d = open_dialog(qtbot, ctx, f, kind="comments")
    assert "choose the column" in d.error.text() and not d.import_button.isEnabled()
    choose(d.comment_combo, "note")
    assert d.can_import() and [d.preview.item(i, 0).text() for i in range(2)] == ["hola", "qué bien; de verdad"]
    qtbot.mouseClick(d.import_button, Qt.LeftButton)
    assert d.answers()["column"] == "note"
    e = open_dialog(qtbot, ctx, f, kind="comments")  # remembered for this header row
    assert e.comment_column == "note" and e.can_import()


def test_account_health_tab_imports_through_the_dialog(qtbot, ctx):
    from viralml_desktop.gui.tabs.account_health import Tab

    assert ctx.value(PREVIEW_KEY, "true") == "true"  # on by default
    tab = Tab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    assert tab.handle_files([str(EXPORTS / "tiktok_posts_en.csv")])
    d = tab.import_dialog
    assert d is not None and d.isVisible() and column(d, "views")[0] == "15200"
    with qtbot.waitSignal(tab.runner.result, timeout=30000):
        qtbot.mouseClick(d.import_button, Qt.LeftButton)
    assert tab.last.account_id == "tiktok_posts_en" and "3" in tab.last.import_summary
    qtbot.waitUntil(lambda: tab.accounts.count() == 1, timeout=5000)
    tab.shutdown()


def test_thumbnail_and_videos_imports_hand_their_answers_to_the_reader(qtbot, ctx, tmp_path):
    from viralml_desktop.core.thumbnails.channel import read_studio_csv

    f = tmp_path / "studio.csv"
    f.write_text("Video title,Impressions,Clicks per 100 views\nUno,1000,4.5\nDos,2000,5.5\n", encoding="utf-8")
    d = open_dialog(qtbot, ctx, f, kind="thumbnails")
    assert "click-through rate" in d.error.text() and not d.import_button.isEnabled()
    assert not d.tz_combo.isVisible()  # no posting time is learned from this table
    choose(mapping_combo(d, "Clicks per 100 views"), "ctr_percent")
    assert d.can_import() and column(d, "ctr_percent") == ["4.5", "5.5"]
    qtbot.mouseClick(d.import_button, Qt.LeftButton)
    assert d.result() == d.DialogCode.Accepted
    rows = read_studio_csv(f, d.answers()["hints"], d.answers()["mapping"])  # what fit_channel reads
    assert [r.ctr for r in rows] == [0.045, 0.055]

    v = open_dialog(qtbot, ctx, EXPORTS / "labelled_videos.csv", kind="videos")
    assert v.can_import() and column(v, "file")[0] == "luna_de_agosto.mp4" and column(v, "views")[0] == "30210"


def test_comments_pane_reads_the_column_chosen_in_the_preview(qtbot, isolated_home, tmp_path, monkeypatch):
    from viralml_desktop.core.errors import InputError
    from viralml_desktop.gui import comments_pane
    from viralml_desktop.gui.comments_pane import CommentsPane

    seen = []

    def analysis(capability, request, progress=None):  # the comments the pane would analyse
        seen.append((capability, request["comments"]))
        raise InputError("stop here")

    monkeypatch.setattr(comments_pane.engine, "run", analysis)
    ctx = AppContext(QSettings(str(isolated_home / "pane.ini"), QSettings.IniFormat))
    pane = CommentsPane(ctx)
    qtbot.addWidget(pane)
    f = tmp_path / "export.csv"
    f.write_text("user;note\n@a;qué temazo 🔥\n@b;this is trash lol\n", encoding="utf-8")
    assert pane.handle_files([str(f)])
    d = pane.import_dialog
    assert d is not None and "choose the column" in d.error.text()
    choose(d.comment_combo, "note")
    with qtbot.waitSignal(pane.runner.error, timeout=WAIT):
        qtbot.mouseClick(d.import_button, Qt.LeftButton)
    assert seen == [("analyze_comments", ["qué temazo 🔥", "this is trash lol"])]


def test_the_preview_can_be_switched_off_and_on_in_the_settings(qtbot, ctx):
    from viralml_desktop.gui.import_dialog import preview_enabled
    from viralml_desktop.gui.settings_dialog import SettingsDialog

    dlg = SettingsDialog(ctx)
    qtbot.addWidget(dlg)
    assert dlg.import_preview.isChecked() and preview_enabled(ctx)
    dlg.import_preview.setChecked(False)
    assert not preview_enabled(ctx)
    dlg.import_preview.setChecked(True)
    assert preview_enabled(ctx)
    dlg.close()


def test_without_an_export_date_the_summary_says_the_files_date_is_taken(qtbot, ctx, tmp_path):
    """Issue 18: the file's date stands in for the export date; the preview's summary says so and the
    date can be given (then stored as given, and the line goes)."""
    import datetime as dt
    import os

    from viralml_desktop.core import store

    src = tmp_path / "studio.csv"
    shutil.copy(EXPORTS / "youtube_content_es.csv", src)
    when = dt.datetime(2026, 11, 20, 12, 0, tzinfo=dt.timezone.utc).timestamp()
    os.utime(src, (when, when))
    d = open_dialog(qtbot, ctx, src)
    assert ("<b>Export date:</b> taken from the file's date 2026-11-20; give the day the export was downloaded "
            "below if the export is older") in d.report_label.text()
    assert d.export_date_edit.isVisible() and d.export_date_edit.date().toString("yyyy-MM-dd") == "2026-11-20"
    d.export_date_edit.setDate(d.export_date_edit.date().addDays(-30))
    assert d.export_date == "2026-10-21" and "taken from the file's date" not in d.report_label.text()
    d.account_edit.setText("studio")
    with qtbot.waitSignal(d.imported, timeout=WAIT):
        qtbot.mouseClick(d.import_button, Qt.LeftButton)
    stored = store.default_store().imports("studio")[0]["exported_at"]
    assert stored == dt.datetime(2026, 10, 21, tzinfo=dt.timezone.utc).timestamp()


def test_the_export_date_line_reads_in_spanish(qtbot, ctx, spanish, tmp_path):
    d = open_dialog(qtbot, ctx, EXPORTS / "youtube_content_es.csv")
    text = d.report_label.text()
    assert "Fecha de exportación:" in text and "taken from" not in text


def test_skipped_rows_are_listed_in_spanish(spanish, qtbot, ctx, tmp_path):
    """The dialog's list of skipped rows says each reason in the interface language (the catalogue's
    templates for core's reasons), the row, the value and the column as the file has them."""
    f = tmp_path / "some.csv"
    f.write_text("Date,Vistas\n2025-01-01,10\n2025-01-02,lots\n2025-01-03,\n", encoding="utf-8")
    d = open_dialog(qtbot, ctx, f)
    items = [d.details.item(i).text() for i in range(d.details.count())]
    assert "omitida: fila 3: vistas 'lots': no es un número (columna 'Vistas')" in items, items
    assert "omitida: fila 4: sin vistas (columna 'Vistas')" in items, items


def _status_after_import(main_window, qtbot, path, preview: bool) -> str:
    """Import ``path`` on Account health (through the preview's Import button, or at once) and return what
    the status bar says."""
    main_window.ctx.set_value(PREVIEW_KEY, "true" if preview else "false")
    main_window.select_tab("account_health")
    tab = main_window.tabs["account_health"]
    with qtbot.waitSignal(tab.runner.result, timeout=60000):
        assert tab.handle_files([str(path)])
        if preview:
            qtbot.mouseClick(tab.import_dialog.import_button, Qt.LeftButton)
    return main_window.statusBar().currentMessage()


def _english_in(text: str) -> list[str]:
    """English words of the catalogue in ``text``, the file's own quoted names and values ('Total views') aside."""
    import re

    from test_i18n import _words, english_words

    return sorted(_words(re.sub(r"'[^']*'", " ", text)) & english_words())


def test_the_import_summary_in_the_status_bar_reads_in_spanish(spanish, main_window, qtbot, tmp_path):
    """After an import through the preview (stored, then stored again) and one without it (a duplicated row,
    a row whose views are not a number), the status bar's summary is Spanish, its counts the import's."""
    from test_account_health_gui import write_export

    f = write_export(tmp_path / "luna_roja_tiktok.csv", n=40)
    said = _status_after_import(main_window, qtbot, f, preview=True)
    assert said.startswith("luna_roja_tiktok: 40 publicaciones guardadas (nuevas: 40, actualizadas: 0, sin cambios: 0); "
                           "40 publicaciones en el historial ("), said
    assert not _english_in(said), said
    again = _status_after_import(main_window, qtbot, f, preview=True)
    assert "(nuevas: 0, actualizadas: 0, sin cambios: 40)" in again, again

    rows = f.read_text(encoding="utf-8").splitlines()
    cells = rows[5].split(",")
    cells[3] = "lots"  # data row 5's views are not a number
    rows[5] = ",".join(cells)
    g = tmp_path / "sol_tiktok.csv"
    g.write_text("\n".join(rows + [rows[9]]), encoding="utf-8")  # data row 9 twice
    said = _status_after_import(main_window, qtbot, g, preview=False)
    assert said.startswith("sol_tiktok: 39 publicaciones leídas de sol_tiktok.csv (nuevas: 39, actualizadas: 0, "
                           "sin cambios: 0, 1 fila repetida fusionada); 1 fila omitida ("), said
    assert "lots" in said and not _english_in(said), said


def test_the_import_summary_says_each_part_in_english_and_spanish(qapp):
    """summary_text from the figures alone: singular and plural counts, a dry run, a recount, date-only
    times and an export date from the file, in both languages (no window)."""
    from viralml_desktop.core import store
    from viralml_desktop.core.account_health.history import ImportReport
    from viralml_desktop.gui import i18n
    from viralml_desktop.gui.import_dialog import summary_text

    stored = store.ImportSummary("luna", "tiktok", "x.csv", None, posts=1, added=0, updated=0, unchanged=0,
                                 repeated=0, total=1234, recounted=1, dry_run=True)
    read = ImportReport("luna", "tiktok", "/data/luna.csv", {}, rows_read=3, posts=[{}, {}], inserted=2,
                        duplicates_merged=2, table={"times": "date only"}, export_date_from_file="2025-07-11")
    try:
        i18n.install("en")
        assert summary_text(stored) == ("luna: 1 post would be stored (0 added, 0 updated, 1 counted again "
                                        "(a new time point each), 0 unchanged); 1,234 posts in the history")
        assert summary_text(read) == ("luna: 2 posts read from luna.csv (2 added, 0 updated, 0 unchanged, 2 repeated "
                                      "rows merged); dates only: the export has no posting times; export date taken "
                                      "from the file's date 2025-07-11; give the day the export was downloaded in the "
                                      "Import window if the export is older")
        assert i18n.install("es") == "es"
        assert summary_text(stored) == ("luna: se guardaría 1 publicación (nuevas: 0, actualizadas: 0, contadas de nuevo: "
                                        "1 (un punto temporal nuevo cada una), sin cambios: 0); 1234 publicaciones en "
                                        "el historial")
        said = summary_text(read)
        assert said.startswith("luna: 2 publicaciones leídas de luna.csv (nuevas: 2, actualizadas: 0, sin cambios: 0, "
                               "2 filas repetidas fusionadas); solo fechas: "), said
        assert not _english_in(said), said
    finally:
        i18n.install("en")


def test_the_first_account_list_does_not_cancel_an_imports_analysis(qtbot, ctx):
    """The account list that start-up asked for can arrive after an import's analysis started (a
    loaded machine): selecting the remembered account then would cancel that analysis and lose the
    import's summary. It must leave the running job alone."""
    import threading

    from viralml_desktop.gui.tabs.account_health import Tab

    tab = Tab(ctx)
    qtbot.addWidget(tab)
    qtbot.waitUntil(lambda: not tab.list_runner.is_running(), timeout=30000)
    tab.last, tab._select_after = None, None  # as before the first list arrived
    release = threading.Event()
    tab.runner.start(lambda progress: release.wait(10))  # stands for the import's analysis
    running = tab.runner._current
    tab._fill_accounts([{"account_id": "luna", "n": 40, "platform": "tiktok",
                         "first": "2026-01-01T00:00:00", "last": "2026-02-09T00:00:00"}])
    assert tab.runner._current is running and not running.state.cancelled
    tab.runner.cancel()
    release.set()
    qtbot.waitUntil(lambda: not tab.runner.is_running(), timeout=10000)
