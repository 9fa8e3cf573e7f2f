"""The comment sentiment pane, driven as a person would: type/paste, drop files, read the
table, the chart and the summary, export."""
from __future__ import annotations

import csv
import json

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from viralml_desktop.gui.comments_pane import CommentsPane
from viralml_desktop.gui.context import AppContext

WAIT = 60000


@pytest.fixture
def pane(qtbot, isolated_home):
    from PySide6.QtCore import QSettings

    ctx = AppContext(QSettings(str(isolated_home / "gui.ini"), QSettings.IniFormat))
    ctx.set_value("imports/preview", "false")  # files analysed at once; test_import_dialog.py drives the preview
    w = CommentsPane(ctx)
    qtbot.addWidget(w)
    w.resize(1100, 800)
    w.show()
    yield w
    w.shutdown()


def _drop(qtbot, widget, path):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    pos = QPointF(widget.width() / 2, widget.height() / 2)
    enter = QDragEnterEvent(pos.toPoint(), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    drop = QDropEvent(pos, Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(widget, drop)


def test_typed_comments_are_analyzed(qtbot, pane, tmp_path):
    qtbot.keyClicks(pane.input, "Que temazo, me encanta")
    pane.input.insertPlainText(" 🔥")  # QTest types ASCII only
    pane.input.appendPlainText("This is the worst song ever, I hate it")
    pane.input.appendPlainText("¿Cuándo sale en Spotify?")
    with qtbot.waitSignal(pane.runner.result, timeout=WAIT):
        qtbot.keyClick(pane.input, Qt.Key_Return, Qt.ControlModifier)
    out = pane.response
    assert pane.model.rowCount() == 3
    assert pane.proxy.index(0, 1).data() == "Que temazo, me encanta 🔥"
    assert [pane.proxy.index(i, 3).data() for i in range(3)] == [r["sentiment"] for r in out["results"]]
    assert pane.proxy.index(0, 3).data() == "positive" and pane.proxy.index(1, 3).data() == "negative"
    heights = [float(b.opts["height"][0]) for b in pane.bar_items]
    assert heights == [out["distribution"][c] for c in ("negative", "neutral", "positive")]
    assert "3 comments" in pane.summary.text() and "macro-F1" in pane.summary.text()
    assert "🔥 ×1" in pane.emoji_label.text()
    assert "Most positive" in pane.extremes.text() and "temazo" in pane.extremes.text()

    # filter, sort and export
    pane.filter.setCurrentIndex(pane.filter.findData("negative"))
    assert pane.proxy.rowCount() == out["distribution"]["negative"]
    pane.filter.setCurrentIndex(0)
    pane.table.sortByColumn(4, Qt.DescendingOrder)
    scores = [float(pane.proxy.index(i, 4).data()) for i in range(3)]
    assert scores == sorted(scores, reverse=True)
    pane.export_csv(str(tmp_path / "out.csv"))
    pane.export_json(str(tmp_path / "out.json"))
    pane.export_png(str(tmp_path / "out.png"))
    with open(tmp_path / "out.csv", encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    assert [r["text"] for r in rows] == [r["text"] for r in out["results"]]
    assert json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))["distribution"] == out["distribution"]
    assert (tmp_path / "out.png").read_bytes()[:4] == b"\x89PNG"


def test_dropped_csv_is_analyzed(qtbot, pane, tmp_path):
    f = tmp_path / "comments.csv"
    with open(f, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["author", "text"])
        for i, t in enumerate(["Brutal el video 🔥", "Qué cringe, no me gustó", "Saludos desde Perú",
                               "Love it ❤️", ""]):
            w.writerow([f"user{i}", t])
    with qtbot.waitSignal(pane.runner.result, timeout=WAIT):
        _drop(qtbot, pane.drop, f)
    assert pane.model.rowCount() == 4
    assert "comments.csv" in pane.summary.text()
    assert pane.ctx.recent_files()[0] == str(f)


def test_cp1252_csv_is_read_and_an_unknown_column_shows_a_clear_message(qtbot, pane, tmp_path):
    # A cp1252 file used to be refused as "not valid UTF-8"; the one reader (issue 13) detects the
    # encoding and reads it. What still fails is a table whose comment column cannot be told: one line
    # naming its columns and the header names that are read.
    f = tmp_path / "excel.csv"
    f.write_bytes("comentario\ncanción increíble\n".encode("cp1252"))
    with qtbot.waitSignal(pane.runner.result, timeout=WAIT):
        assert pane.handle_files([str(f)])
    assert pane.model.rowCount() == 1
    g = tmp_path / "export.csv"
    g.write_text("user;note\n@a;hola\n@b;qué bien\n", encoding="utf-8")
    with qtbot.waitSignal(pane.runner.error, timeout=WAIT):
        assert pane.handle_files([str(g)])
    assert "'user', 'note'" in pane.error.text() and "Comentario" in pane.error.text()
    assert pane.analyze_button.isEnabled()


def test_empty_paste_is_refused_without_running(qtbot, pane):
    pane.input.setPlainText("  \n\n ")
    qtbot.mouseClick(pane.analyze_button, Qt.LeftButton)
    assert "Paste at least one comment" in pane.error.text()
    assert not pane.runner.is_running()
    assert not pane.handle_files(["/tmp/picture.png"])


def test_captions_tab_embeds_the_pane(main_window):
    main_window.select_tab("captions")  # tabs are built on first show
    tab = next((t for t in main_window.findChildren(CommentsPane)), None)
    assert tab is not None
