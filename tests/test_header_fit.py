"""Table headers read whole in Spanish at 1024x640: the Thumbnails tab's batch table widens a column to
its title and source label (it scrolls sideways), the ML health tab's tables break a long title onto two
lines (their columns share the width); both were cut at the window's smallest size."""
from __future__ import annotations

from test_i18n import _settle, run_job

from viralml_desktop.gui.widgets import _header_pad


def _cut_headers(table) -> list[str]:
    """Every header line wider than its column (less the header's margins)."""
    header = table.horizontalHeader()
    fm, pad = header.fontMetrics(), _header_pad(header)
    cut = []
    for col in range(table.columnCount()):
        item = table.horizontalHeaderItem(col)
        for line in item.text().split("\n"):
            if fm.horizontalAdvance(line) + pad > header.sectionSize(col) + 1:
                cut.append(f"{line!r}: {fm.horizontalAdvance(line)} px in {header.sectionSize(col)}")
    return cut


def test_the_batch_table_headers_read_whole_in_spanish(spanish, main_window, tmp_path):
    main_window.resize(1024, 640)
    main_window.select_tab("thumbnails")
    run_job(main_window, "thumbnails", tmp_path)  # a real batch: the score and click columns get their labels
    table = main_window.tabs["thumbnails"].batch_table
    assert table.rowCount() == 1 and "\n" in table.horizontalHeaderItem(2).text()  # the click column's source
    assert not _cut_headers(table), _cut_headers(table)


def test_the_ml_health_headers_read_whole_in_spanish(spanish, main_window):
    main_window.resize(1024, 640)
    main_window.select_tab("ml_health")
    tab = main_window.tabs["ml_health"]
    _settle(main_window)
    for table in (tab.models, tab.latency, tab.accuracy):
        assert not _cut_headers(table), _cut_headers(table)
    texts = [tab.accuracy.horizontalHeaderItem(c).text() for c in range(tab.accuracy.columnCount())]
    assert any("\n" in t for t in texts), texts  # a long title on two lines (the check can fail)
    header = tab.accuracy.horizontalHeader()
    assert header.height() >= 2 * header.fontMetrics().lineSpacing()  # and the header shows both
    main_window.resize(1600, 900)  # wider: the same title back on one line
    _settle(main_window)
    assert not any("\n" in tab.accuracy.horizontalHeaderItem(c).text() for c in range(tab.accuracy.columnCount()))


def test_the_zones_column_reads_whole_in_spanish(spanish, main_window, tmp_path):
    """"Por país"'s last column (every zone of a country) took what was left of a 1024-px window: a few
    pixels, its title cut at both ends and its zones wrapped a word a line. It is as wide as its title and
    its zones, and the table scrolls sideways to it."""
    main_window.resize(1024, 640)
    main_window.select_tab("posting_time")
    tab = main_window.tabs["posting_time"]
    run_job(main_window, "posting_time", tmp_path)  # a real prediction for US, MX, PR
    _settle(main_window)
    table, header = tab.breakdown, tab.breakdown.horizontalHeader()
    assert table.rowCount() == 3
    fm = header.fontMetrics()
    title = max(fm.horizontalAdvance(line) for line in table.horizontalHeaderItem(3).text().split("\n"))
    zones = max(table.fontMetrics().horizontalAdvance(table.item(r, 3).text()) for r in range(3))
    assert header.sectionSize(3) >= max(title, zones), (header.sectionSize(3), title, zones)
    assert table.horizontalScrollBar().maximum() > 0  # reached by scrolling, not squeezed into the rest
