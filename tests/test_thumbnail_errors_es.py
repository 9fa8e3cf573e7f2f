"""The Thumbnails tab says a file it could not score in the interface language: the wrapper line
and core's reason, for the scored file, a competitor and a batch row."""
from __future__ import annotations

import cv2

from test_i18n import _words, english_words
from test_thumbnail_core import real_portrait

TIMEOUT = 120_000


def _tab(main_window):
    main_window.select_tab("thumbnails")
    return main_window.tabs["thumbnails"]


def test_a_file_that_is_not_an_image_is_said_in_spanish(spanish, qtbot, main_window, tmp_path):
    tab = _tab(main_window)
    fake = tmp_path / "falsa.png"
    fake.write_text("hola, no soy una imagen")
    with qtbot.waitSignal(tab.runner.error, timeout=TIMEOUT):
        tab.handle_files([str(fake)])
    reason = "no es una imagen (formato no reconocido): falsa.png"
    assert tab.error.text() == reason  # said once, in the red line
    assert tab.compare.placeholder == "Nada que mostrar: no se pudo puntuar falsa.png (mira el mensaje de arriba)."
    assert not (_words(tab.compare.placeholder) & english_words())


def test_english_keeps_core_line(qtbot, main_window, tmp_path):
    tab = _tab(main_window)
    fake = tmp_path / "fake.png"
    fake.write_text("not an image")
    with qtbot.waitSignal(tab.runner.error, timeout=TIMEOUT):
        tab.handle_files([str(fake)])
    assert tab.error.text() == "not an image (unrecognised format): fake.png"
    assert tab.compare.placeholder == "Nothing to show: fake.png could not be scored (see the message above)."


def test_a_bad_competitor_and_a_bad_batch_file_are_said_in_spanish(spanish, qtbot, main_window, tmp_path):
    tab = _tab(main_window)
    thumb = tmp_path / "mia.png"
    cv2.imwrite(str(thumb), cv2.resize(real_portrait(), (320, 180)))
    empty = tmp_path / "vacia.png"
    empty.write_bytes(b"")
    folder = tmp_path / "carpeta"
    folder.mkdir()
    cv2.imwrite(str(folder / "buena.png"), cv2.resize(real_portrait(), (320, 180)))
    (folder / "rota.png").write_bytes(b"")
    with qtbot.waitSignal(tab.runner.result, timeout=TIMEOUT):
        tab.handle_files([str(folder)])  # a batch: scored without the improvement search
    errors = [tab.batch_table.item(r, c).text() for r in range(tab.batch_table.rowCount())
              for c in range(tab.batch_table.columnCount())
              if tab.batch_table.item(r, c) and "0 bytes" in tab.batch_table.item(r, c).text()]
    assert errors == ["la imagen está vacía (0 bytes): rota.png"]
    # a competitor that cannot be read is listed with core's reason in Spanish
    with qtbot.waitSignal(tab.runner.result, timeout=TIMEOUT):
        tab.score(str(thumb), [str(empty)])
    listed = [tab.ranking_grid.item(i).text() for i in range(tab.ranking_grid.count())]
    bad = [t for t in listed if t.startswith("vacia.png")]
    assert len(bad) == 1 and bad[0].endswith("la imagen está vacía (0 bytes): vacia.png"), listed
    assert not (_words(bad[0]) & english_words()), bad[0]
