"""Counts in the status bar read as Spanish whatever the number: no "1 imágenes puntuadas" after a batch
of one thumbnail, no "1 negativos" after the comments' sentiment (each count after its word)."""
from __future__ import annotations

import re

from test_i18n import run_job

ONE_PLURAL = re.compile(r"(?<![\d,.])1 (?:imágenes|negativos|positivos|comentarios|archivos)\b")


def test_a_batch_of_one_thumbnail_reads_in_spanish(spanish, main_window, tmp_path):
    main_window.select_tab("thumbnails")
    run_job(main_window, "thumbnails", tmp_path)  # a real batch of one image
    said = main_window.statusBar().currentMessage()
    assert said == "Imágenes puntuadas: 1", said
    assert not ONE_PLURAL.search(said)


def test_the_comment_counts_read_in_spanish(spanish, main_window, tmp_path):
    main_window.select_tab("captions")
    run_job(main_window, "captions", tmp_path)  # the recorded response: 3 comments, 2 positive, 1 negative
    said = main_window.statusBar().currentMessage()
    assert said == "Sentimiento de los comentarios: 3 en total, positivos: 2, negativos: 1", said
    assert not ONE_PLURAL.search(said)
