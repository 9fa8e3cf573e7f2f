"""Thumbnails tab driven for real: drop files, wait for the worker, read the widgets."""
from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent

from test_thumbnail_core import degrade, make_video, real_portrait, text_card, write
from viralml_desktop.core import media
from viralml_desktop.core.thumbnails import studio

TIMEOUT = 120_000


def _drop(widget, paths) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    pos = QPointF(widget.width() / 2, widget.height() / 2)
    enter = QDragEnterEvent(pos.toPoint(), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    widget.dragEnterEvent(enter)
    assert enter.isAccepted()
    widget.dropEvent(QDropEvent(pos, Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier))


def _tab(main_window):
    main_window.select_tab("thumbnails")
    return main_window.tabs["thumbnails"]


def test_drop_scores_shows_true_improvements_and_saves_the_after(qtbot, main_window, tmp_path):
    tab = _tab(main_window)
    thumb = write(tmp_path / "thumb.png", degrade(real_portrait()))
    rival = write(tmp_path / "rival.png", real_portrait())
    with qtbot.waitSignal(tab.runner.result, timeout=TIMEOUT):
        _drop(tab.drop, [thumb, rival, tmp_path / "gone.png"])  # the missing file is named in the grid
    assert tab.error.text() == ""
    score = float(tab.score_label.text().split("/")[0])
    assert 0 < score < 10
    assert tab.improvements_list.count() >= 1 and "score" in tab.improvements_list.item(0).text()
    assert tab.rank_label.text() == "Rank 2 of 2"
    assert tab.ranking_grid.count() == 3
    assert "#1 rival.png" in tab.ranking_grid.item(0).text()
    # the after preview differs from the before, and both are shown
    assert tab.after_bgr.shape == tab.before_bgr.shape and not np.array_equal(tab.after_bgr, tab.before_bgr)
    assert tab.compare.before is not None and tab.compare.after is not None
    assert tab.compare.before.toImage() != tab.compare.after.toImage()
    tab.wipe_radio.setChecked(True)
    assert tab.compare.mode == "wipe"
    out = tmp_path / "improved.png"
    tab.save_improved(str(out))
    saved = media.load_image_bgr(out)
    assert np.array_equal(saved, tab.after_bgr)


def test_folder_batch_table_and_csv_export(qtbot, main_window, tmp_path):
    tab = _tab(main_window)
    folder = tmp_path / "thumbs"
    folder.mkdir()
    write(folder / "a.png", text_card("HOLA", size=(320, 180), scale=1.5, thickness=3))
    write(folder / "b.png", degrade(text_card("HOLA", size=(320, 180), scale=1.5, thickness=3)))
    (folder / "c.jpg").write_bytes(b"")
    with qtbot.waitSignal(tab.runner.result, timeout=TIMEOUT):
        assert tab.handle_files([str(folder)])
    assert tab.batch_table.rowCount() == 3
    j_err = studio.CSV_COLUMNS.index("error")  # the table's columns are the CSV's, headed in words
    assert tab.batch_table.horizontalHeaderItem(j_err).text() == "Error"
    err = tab.batch_table.item(2, j_err).text()
    assert "empty" in err
    out = tmp_path / "scores.csv"
    tab.export_csv(str(out))
    rows = list(csv.DictReader(open(out, encoding="utf-8")))
    assert [Path(r["file"]).name for r in rows] == ["a.png", "b.png", "c.jpg"]
    assert float(rows[0]["visual_appeal_score"]) > float(rows[1]["visual_appeal_score"])


def test_video_gives_frames_and_a_frame_can_be_saved(qtbot, main_window, tmp_path):
    tab = _tab(main_window)
    video = make_video(tmp_path / "clip.mp4")
    with qtbot.waitSignal(tab.runner.result, timeout=TIMEOUT):
        assert tab.handle_files([str(video)])
    assert 1 <= tab.frames_grid.count() <= 5
    assert "face" in tab.frames_grid.item(0).text()
    out = tmp_path / "frame.jpg"
    tab.save_frame(str(out), row=0)  # saved as YouTube takes it: 1280×720, under 2 MB
    assert media.load_image_bgr(out).shape == (720, 1280, 3) and out.stat().st_size <= studio.YOUTUBE_MAX_BYTES
    with qtbot.waitSignal(tab.runner.result, timeout=TIMEOUT):  # a frame is kept as a file and scored
        tab.score_frame(0)
    assert tab.score_label.text().endswith("/ 10") and Path(tab.thumb_path).parent.name == "frames"
    assert media.load_image_bgr(tab.thumb_path).shape == (720, 1280, 3)  # the file scored is the upload


def test_channel_tab_and_errors_show_one_line(qtbot, main_window, tmp_path):
    tab = _tab(main_window)
    assert "No channel model" in tab.channel_label.text()
    bad = tmp_path / "x.csv"
    bad.write_text("a,b\n1,2\n")
    with qtbot.waitSignal(tab.runner.error, timeout=TIMEOUT):
        tab.import_channel(str(bad), str(tmp_path))
    assert "not a YouTube Studio export" in tab.error.text()
    with qtbot.waitSignal(tab.runner.error, timeout=TIMEOUT):
        tab.handle_files([str(tmp_path / "x.csv.png")])
    assert "not found" in tab.error.text()


def test_batch_rows_fill_as_they_finish_and_a_cancel_keeps_them(qtbot, main_window, tmp_path):
    tab = _tab(main_window)
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(6):
        write(folder / f"t{i}.png", text_card(f"T{i}", size=(320, 180), scale=1.5, thickness=3))
    seen = []
    tab.runner.partial.connect(lambda row: (seen.append(row), len(seen) == 2 and tab.runner.cancel()))
    with qtbot.waitSignal(tab.runner.cancelled, timeout=TIMEOUT):
        tab.handle_files([str(folder)])
    assert 2 <= tab.batch_table.rowCount() == len(tab.batch_rows) < 6  # the finished rows stay
    assert tab.batch_table.item(0, 0).text() == "t0.png" and tab.csv_button.isEnabled()
    out = tmp_path / "partial.csv"
    tab.export_csv(str(out))
    assert [r["file"] for r in csv.DictReader(open(out, encoding="utf-8"))] == [r["file"] for r in tab.batch_rows]


def _fresh_portrait(tmp_path, name: str) -> Path:
    """A degraded portrait no cache has seen (a corner marked from the test's own folder)."""
    img = degrade(real_portrait())
    img[:6, :6] = np.frombuffer(str(tmp_path).encode()[-18:].ljust(18, b"x"), np.uint8).reshape(1, 6, 3)
    return write(tmp_path / name, img)


def test_score_paints_while_the_improvement_search_still_runs(qtbot, main_window, tmp_path, monkeypatch):
    """Issue 19.3: score, reasons and measures paint as soon as known; each verified improvement
    appears as it is found; the before/after comes last. The search waits until the score is on
    screen, so the paint cannot be the end result's."""
    import threading

    from viralml_desktop.core.thumbnails import edits

    tab = _tab(main_window)
    thumb = _fresh_portrait(tmp_path, "first.png")
    painted = threading.Event()
    waited = []
    real_search = edits.search

    def slow_search(*args, **kwargs):  # the worker thread holds here until the test saw the score
        waited.append(painted.wait(60))
        return real_search(*args, **kwargs)

    monkeypatch.setattr(edits, "search", slow_search)
    seen = []

    def on_partial(item):  # connected after the tab's own slot: sees what the tab painted
        if item.get("kind") == "thumbnail_score":
            seen.append({"kind": "score", "score": tab.score_label.text(), "reasons": tab.reasons_list.count(),
                         "click": tab.click_label.text(), "file": tab.file_label.text(),
                         "response": tab.response, "after": tab.compare.after})
            painted.set()
        elif item.get("kind") == "thumbnail_improvement":
            seen.append({"kind": "improvement", "listed": tab.improvements_list.count(), "response": tab.response,
                         "after": tab.compare.after})

    tab.runner.partial.connect(on_partial)
    try:
        with qtbot.waitSignal(tab.runner.result, timeout=TIMEOUT):
            tab.handle_files([str(thumb)])
    finally:
        tab.runner.partial.disconnect(on_partial)
    assert waited == [True], "the search never saw the score painted"
    first = seen[0]
    assert first["kind"] == "score" and first["score"].endswith("/ 10") and first["file"] == "first.png"
    assert first["reasons"] >= 1 and "Click probability" in first["click"]
    assert first["response"] is None and first["after"] is None  # the job had not ended
    found = [s for s in seen if s["kind"] == "improvement"]
    assert found, "no improvement was handed over as found"
    assert [s["listed"] for s in found] == list(range(1, len(found) + 1))  # one more on screen each time
    assert all(s["response"] is None and s["after"] is None for s in found)
    assert len(found) == len(tab.response["improvement_edits"])
    assert tab.compare.after is not None  # the before/after, last
    assert float(tab.score_label.text().split("/")[0]) == round(tab.response["visual_appeal_score"], 1)


def test_cancel_during_the_search_keeps_the_painted_score(qtbot, main_window, tmp_path):
    tab = _tab(main_window)
    thumb = _fresh_portrait(tmp_path, "cancel_me.png")

    def cancel_once_scored(item):
        if item.get("kind") == "thumbnail_score":
            tab.runner.cancel()

    tab.runner.partial.connect(cancel_once_scored)
    try:
        with qtbot.waitSignal(tab.runner.cancelled, timeout=TIMEOUT):
            tab.handle_files([str(thumb)])
    finally:
        tab.runner.partial.disconnect(cancel_once_scored)
    assert tab.score_label.text().endswith("/ 10") and tab.reasons_list.count() >= 1
    assert "cancelled" in tab.compare.placeholder and "cancel_me.png" in tab.compare.placeholder
    assert tab.compare.after is None


def test_reasons_and_improvements_are_written_in_the_interface_language(qtbot, main_window):
    """Core's reason lines and edit labels are English; the tab writes the same words and numbers
    from the response's components and edits, so they read in Spanish too."""
    import json
    import re

    from viralml_desktop.gui import i18n

    golden = json.loads((Path(__file__).parent / "data" / "golden" / "responses.json").read_text(encoding="utf-8"))
    r = golden["contract:score_thumbnail"]
    tab = _tab(main_window)
    tab.thumb_path = "thumb.png"
    tab._paint_measures(r)

    def same(s: str) -> str:
        return re.sub(r"\s*%", "%", s.replace("\u00a0", " "))

    lines = [tab.reasons_list.item(i).text() for i in range(tab.reasons_list.count())]
    assert [same(x) for x in lines] == r["reasons"]  # English: core's own lines, word for word
    assert [same(tab.improvement_text(d)) for d in r["improvement_edits"]] == r["improvements"]
    try:
        assert i18n.install("es") == "es"
        spanish = [tab.reason_text(c) for c in r["components"] if c["applies"]]
        assert all("puntos" in x and "points" not in x for x in spanish), spanish
        edit = tab.improvement_text(r["improvement_edits"][0])
        assert "puntuación" in edit and "score" not in edit and "Increase" not in edit
    finally:
        i18n.install("en")


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_published_click_rate_is_shown_as_the_same_for_every_thumbnail(qtbot, main_window, tmp_path, lang,
                                                                           request):
    """Without a channel model the click probability is the published typical CTR, one number for
    every picture: the line says so (and its spread) instead of tying it to the score."""
    from viralml_desktop.core import engine

    if lang == "es":
        request.getfixturevalue("spanish")
    tab = _tab(main_window)
    good = engine.run("score_thumbnail", {"thumbnail_path": write(tmp_path / "a.png", real_portrait()),
                                          "find_improvements": False})
    flat = engine.run("score_thumbnail", {"thumbnail_path": write(tmp_path / "b.png", np.full((360, 640, 3), (20, 20, 200), np.uint8)),
                                          "find_improvements": False})
    assert good["visual_appeal_score"] != flat["visual_appeal_score"]
    assert good["click_probability"] == flat["click_probability"]
    texts = []
    for name, r in (("a.png", good), ("b.png", flat)):
        tab.thumb_path = str(tmp_path / name)
        tab._paint_measures(r)
        texts.append(tab.click_label.text())
    assert texts[0] == texts[1]
    if lang == "en":
        assert "the same for every thumbnail" in texts[0] and "2\xa0%–10\xa0%" in texts[0] and "placed" not in texts[0]
    else:
        assert "la misma para todas las miniaturas" in texts[0] and "entre 2\xa0% y 10\xa0%" in texts[0]
        assert "situada" not in texts[0]


def test_the_score_page_fits_a_1280x800_window_whole(qtbot, main_window, tmp_path, spanish):
    """With a thumbnail scored (Spanish, the longer texts), the Score page's bottom row (Side by
    side, Slider, Save improved) is inside a 1280x800 window, not below the fold."""
    main_window.resize(1280, 800)
    main_window.select_tab("thumbnails")
    tab = _tab(main_window)
    with qtbot.waitSignal(tab.runner.result, timeout=TIMEOUT):
        tab.handle_files([write(tmp_path / "a.png", real_portrait())])
    qtbot.wait(50)
    slot = main_window.tab_widget.currentWidget()
    viewport = slot.scroll.viewport()
    assert slot.scroll.verticalScrollBar().maximum() == 0, (tab.height(), viewport.height())
    for w in (tab.side_radio, tab.wipe_radio):
        bottom = w.mapTo(viewport, w.rect().bottomLeft()).y()
        assert 0 < bottom <= viewport.height(), (w.text(), bottom, viewport.height())
