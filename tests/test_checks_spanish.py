"""Core's ``checks`` lines of a thumbnail or a feed screenshot (a large image analysed shrunk, the
platform's aspect ratio, YouTube's size limits) read in Spanish in the Spanish interface."""
from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np

from test_i18n import _words, english_words
from test_thumbnail_core import real_portrait, write
from viralml_desktop.core import media
from viralml_desktop.core.thumbnails import score
from viralml_desktop.core.thumbnails import screenshot as shot


def _large(path: Path, size=(2600, 1700)) -> Path:
    """A photo over the analysis size (4.2 MP): core decodes it at 1/2 size."""
    img = cv2.resize(real_portrait(), size, interpolation=cv2.INTER_LINEAR)
    # a corner marked from the test's own path: an image no cache has seen
    img[:8, :8] = np.frombuffer(str(path).encode()[-24:].ljust(24, b"x")[:24], np.uint8).reshape(2, 4, 3)[0, 0]
    write(path, img)
    assert size[0] * size[1] > media.MAX_DECODED_PIXELS
    return path


def test_core_checks_of_a_large_image_read_in_spanish(spanish, tmp_path):
    from viralml_desktop.gui.source_text import lines

    big = _large(tmp_path / "big.png")
    _, shot_checks, size = shot._load(big)  # the feed screenshot's own check
    assert size == (2600, 1700) and len(shot_checks) == 1
    narrow = write(tmp_path / "narrow.png", cv2.resize(real_portrait(), (600, 400)))
    checks = (shot_checks
              + score._checks({"measures": {"width": 1300, "height": 850}}, big, "tiktok")
              + score._checks({"measures": {"width": 600, "height": 400}}, Path(narrow), "youtube"))
    said = [lines(c) for c in checks]
    assert said == [
        "2600×1700 pasa de 4,2 MP: se analizó a 1/2 del tamaño (los recuadros están en los píxeles del archivo)",
        "2600×1700 pasa de 4,2 MP: se analizó a 1300×850 (las medidas y los recuadros están en esos píxeles)",
        "2600×1700 no es 9:16: TikTok la recortará o le pondrá bandas",
        "600×400 no es 16:9: YouTube la recortará o le pondrá bandas",
        "600 px de ancho; YouTube pide al menos 640 (se recomienda 1280×720)",
    ]
    mb = score._checks({"measures": {"width": 1300, "height": 850}}, big, "youtube")[-1]  # the PNG is over 2 MB
    assert lines(mb).startswith("el archivo pesa ") and lines(mb).endswith(" MB; YouTube acepta miniaturas "
                                                                            "personalizadas de hasta 2 MB")
    checks.append(mb)
    said.append(lines(mb))
    vocabulary = english_words()
    for c, s in zip(checks, said):
        assert s != c and not (_words(s) & vocabulary), s


def test_thumbnails_tab_shows_a_large_image_checks_in_spanish(spanish, qtbot, main_window, tmp_path):
    main_window.select_tab("thumbnails")
    tab = main_window.tabs["thumbnails"]
    tab.platform.setCurrentIndex(tab.platform.findData("youtube"))
    big = _large(tmp_path / "grande.png")
    seen = []

    def stop_once_scored(item):  # after the tab painted the score and its checks; the search is not needed
        if item.get("kind") == "thumbnail_score":
            seen.append(tab.checks_label.text())
            tab.runner.cancel()

    tab.runner.partial.connect(stop_once_scored)
    try:
        with qtbot.waitSignal(tab.runner.finished, timeout=120_000):
            tab.handle_files([str(big)])
    finally:
        tab.runner.partial.disconnect(stop_once_scored)
    assert seen, tab.error.text()
    text = seen[0]
    assert "2600×1700 pasa de 4,2 MP: se analizó a 1300×850" in text
    assert "no es 16:9: YouTube la recortará" in text
    assert not (_words(text) & english_words()), text


def test_the_score_column_scrolls_instead_of_drawing_lines_over_each_other(spanish, qtbot, main_window):
    """Three long Spanish checks at 1024x640: the Score column's widgets stay one under another
    (they were drawn over one another: the lists' height was hidden from the column) and the
    column scrolls to the last check."""
    import json

    win = main_window
    win.resize(1024, 640)
    golden = json.loads((Path(__file__).parent / "data" / "golden" / "responses.json").read_text(encoding="utf-8"))
    r = dict(golden["contract:score_thumbnail"], checks=[
        "2600×1700 is more than 4.2 MP: analysed at 1300×850 (measures and boxes are in those pixels)",
        "2600×1700 is not 16:9: youtube will crop or letterbox it",
        "file is 3.5 MB; YouTube accepts custom thumbnails up to 2 MB"])
    win.select_tab("thumbnails")
    tab = win.tabs["thumbnails"]
    tab.thumb_path = "grande.png"
    tab._paint_measures(r)
    qtbot.wait(50)
    column = tab.checks_label.parentWidget()
    shown = [column.layout().itemAt(i).widget() for i in range(column.layout().count())]
    shown = [w for w in shown if w is not None and w.isVisible() and w.height() > 0]
    for above, below in zip(shown, shown[1:]):
        assert above.geometry().bottom() < below.geometry().top(), (type(above).__name__, type(below).__name__)
    assert tab.checks_label.height() >= tab.checks_label.heightForWidth(tab.checks_label.width())  # every line
    bar = tab.score_column.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum())
    bottom = tab.checks_label.mapTo(tab.score_column.viewport(), tab.checks_label.rect().bottomLeft()).y()
    assert bottom <= tab.score_column.viewport().height()  # the last check can be scrolled into view
