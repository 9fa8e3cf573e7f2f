"""Core's progress messages with a name in them (a file, an account, a platform, a thumbnail edit)
said in the interface language by gui/source_text.py ``step``, the name kept as written."""
from __future__ import annotations

import pytest

from viralml_desktop.core.thumbnails.edits import Edit
from viralml_desktop.gui import source_text

KINDS = ("contrast", "saturation", "brightness", "warmth", "sharpen", "zoom_face", "text_outline", "text_shadow")


@pytest.mark.parametrize("msg, said", [
    ("Reading luna roja 2025.csv…", "Leyendo luna roja 2025.csv…"),  # a name with spaces and digits
    ("Reading posts…", "Leyendo publicaciones…"),  # the catalogue's own sentence, not a file called "posts"
    ("analysing take 1.mp4 (2 of 10)", "analizando take 1.mp4 (2 de 10)"),
    ("read 1,204 comments from comments.csv", "1204 comentarios leídos de comments.csv"),
    ("captions: writing the twitter caption", "textos de publicación: escribiendo la descripción para X"),
    ("posting_time: best slot for tiktok", None),  # stage head and step, the platform by its label
    ("comments: sentiment of 1,204 comments", "comentarios: sentimiento de 1204 comentarios"),
    ("2/3 luna cover.png", "2/3 luna cover.png"),  # a folder's image in batch: numbers and a name only
    ("thumbnails: started", "miniaturas: empezando"),
])
def test_a_step_with_a_name_reads_in_spanish(spanish, msg, said):
    from test_i18n import _words, english_words

    shown = source_text.step(msg)
    if said is not None:
        assert shown == said
    assert "TikTok" in shown or "tiktok" not in msg
    assert not _words(shown) & english_words(), shown


def test_a_step_reads_as_core_wrote_it_in_english(qapp):
    from viralml_desktop.gui import i18n

    i18n.install("en")
    assert source_text.step("Reading luna.csv…") == "Reading luna.csv…"
    assert source_text.step("analysing take 1.mp4 (2 of 10)") == "analysing take 1.mp4 (2 of 10)"
    assert source_text.step("writing the tiktok caption") == "writing the TikTok caption"


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("amount", [0.15, -0.2, 1.4])
def test_the_edit_core_is_trying_reads_in_spanish(spanish, kind, amount):
    """Core's own words of each edit (``Edit.label``, in "trying: …" and "checking: …") are in the
    catalogue: a change of those words in core fails here."""
    from test_i18n import _words, english_words

    if kind in ("zoom_face", "sharpen"):  # a zoom factor above 1, a positive sharpening amount
        amount = abs(amount) + (kind == "zoom_face")
    label = Edit(kind, amount).label()
    for head in ("trying", "checking"):
        shown = source_text.step(f"thumbnails: {head}: {label}")
        assert shown != f"thumbnails: {head}: {label}"
        assert not _words(shown) & english_words(), shown


def test_the_kit_page_says_a_named_step_in_spanish(spanish, main_window):
    """The Release tab's kit page shows a stage's step with a platform in it in Spanish (it used to fall
    back to the stage's title alone)."""
    main_window._device_timer.stop()
    kit = main_window.tabs["release"].kit
    kit.runner.progress.emit(0.5, "captions: writing the tiktok caption")
    assert kit.progress.message.text().endswith(": escribiendo la descripción para TikTok"), kit.progress.message.text()
