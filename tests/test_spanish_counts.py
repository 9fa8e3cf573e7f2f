"""Counts in the status bar read as Spanish whatever the number: no "1 imágenes puntuadas" after a batch
of one thumbnail, no "1 negativos" after the comments' sentiment (each count after its word)."""
from __future__ import annotations

import re

from test_i18n import run_job

ONE_PLURAL = re.compile(r"(?<![\d,.])1 (?:imágenes|negativos|positivos|comentarios|archivos)\b")


def said_during(main_window, key, tmp_path) -> str:
    """The last message the job wrote in the status bar. Read from messageChanged, not currentMessage():
    the bar clears a message after 6 s, which a loaded machine can pass before the job settles."""
    said = []
    main_window.statusBar().messageChanged.connect(lambda m: said.append(m) if m else None)
    run_job(main_window, key, tmp_path)
    return said[-1] if said else ""


def test_a_batch_of_one_thumbnail_reads_in_spanish(spanish, main_window, tmp_path):
    main_window.select_tab("thumbnails")
    said = said_during(main_window, "thumbnails", tmp_path)  # a real batch of one image
    assert said == "Imágenes puntuadas: 1", said
    assert not ONE_PLURAL.search(said)


def test_the_comment_counts_read_in_spanish(spanish, main_window, tmp_path):
    main_window.select_tab("captions")
    said = said_during(main_window, "captions", tmp_path)  # the recorded response: 3 comments, 2 positive, 1 negative
    assert said == "Sentimiento de los comentarios: 3 en total, positivos: 2, negativos: 1", said
    assert not ONE_PLURAL.search(said)
