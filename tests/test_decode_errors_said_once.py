"""An image Pillow opens but cannot decode (a GIF with a bad LZW code size, a scrambled WebP, a deflate
TIFF with scrambled data) is said in the app's words, wholly in the interface language, with its file
name: by the CLI (score_thumbnail, analyze_screenshot), the Thumbnails tab and the Feed screenshot tab.
Pillow's English reason ("codec configuration error when reading image file", "failed to read next
frame", "decoder error -2") is never shown.

The Thumbnails tab says a bad file's line once (the red line; the picture area gives a final state),
and a cancel once (a score's in the picture area, another job's in the progress panel), never also in
the status bar."""
from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image
from PySide6.QtWidgets import QLabel

from test_i18n import _words, english_words
from test_screenshot_errors_lang import _predict
from viralml_desktop import cli

TIMEOUT = 120_000
PILLOW_WORDS = ("codec", "configuration", "decoder", "frame", "error -2")
LINE = {"en": "cannot decode image {name} ({fmt}): its data is damaged or in an encoding this app cannot read",
        "es": "no se puede decodificar la imagen {name} ({fmt}): sus datos están dañados o en una codificación "
              "que la aplicación no sabe leer"}


def decode_failures(d) -> dict[str, str]:
    """``{file name: Pillow's format}`` for images whose header opens and whose pixels do not decode."""
    rng = np.random.default_rng(3)
    img = Image.fromarray(rng.integers(0, 255, (120, 200, 3), dtype=np.uint8))
    b = io.BytesIO()
    img.convert("P").save(b, "GIF")
    gif = bytearray(b.getvalue())
    gif[gif.index(b"\x2c") + 10] = 15  # the LZW minimum code size after the image descriptor: 15 (at most 12)
    (d / "bad lzw (1).gif").write_bytes(bytes(gif))  # a name with brackets and spaces, kept as written
    b = io.BytesIO()
    img.save(b, "WEBP")
    webp = bytearray(b.getvalue())
    for k in range(40, len(webp)):  # the VP8 bitstream scrambled, the RIFF header whole
        webp[k] ^= 0x77
    (d / "scrambled.webp").write_bytes(bytes(webp))
    b = io.BytesIO()
    img.save(b, "TIFF", compression="tiff_deflate")
    tif = bytearray(b.getvalue())
    for k in range(8, 400):  # the deflate strip scrambled, the IFD (at the end) whole
        tif[k] ^= 0x33
    (d / "scrambled.tif").write_bytes(bytes(tif))
    return {"bad lzw (1).gif": "GIF", "scrambled.webp": "WEBP", "scrambled.tif": "TIFF"}


def _own_words(line: str, lang: str) -> None:
    assert not any(w in line for w in PILLOW_WORDS), line
    if lang == "es":
        assert not _words(line) & english_words(), line


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("capability, field", [("score_thumbnail", "thumbnail_path"),
                                               ("analyze_screenshot", "screenshot_path")])
def test_the_cli_says_a_decode_failure_in_its_language(tmp_path, capsys, isolated_home, monkeypatch, lang,
                                                       capability, field):
    monkeypatch.setenv("VIRALML_LANG", lang)
    for name, fmt in decode_failures(tmp_path).items():
        rc, err = _predict(tmp_path, capsys, capability, field, tmp_path / name)
        assert (rc, err) == (cli.EXIT_INPUT, "error: " + LINE[lang].format(name=name, fmt=fmt)), name
        _own_words(err, lang)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_core_raises_the_app_s_line_and_the_server_returns_it(tmp_path, isolated_home, lang):
    """Core says the app's words (not Pillow's reason), so every front end (the HTTP server too) does."""
    from fastapi.testclient import TestClient

    from viralml_desktop.api.server import create_app
    from viralml_desktop.core.errors import InputError
    from viralml_desktop.core.media import decode_image

    files = decode_failures(tmp_path)
    for name, fmt in files.items():
        with pytest.raises(InputError) as e:
            decode_image(tmp_path / name)
        assert str(e.value) == LINE["en"].format(name=name, fmt=fmt)
        assert cli.say_error(str(e.value), lang) == LINE[lang].format(name=name, fmt=fmt)
    with TestClient(create_app(media_roots=[tmp_path]), base_url="http://127.0.0.1") as client:
        r = client.post("/score_thumbnail", json={"thumbnail_path": str(tmp_path / "scrambled.webp")})
    assert r.status_code == 422, r.text
    body = r.json()["detail"]
    assert body == LINE["en"].format(name="scrambled.webp", fmt="WEBP"), body
    assert not any(w in body for w in PILLOW_WORDS), body


def _thumbnails(main_window):
    main_window.select_tab("thumbnails")
    return main_window.tabs["thumbnails"]


def _visible_texts(win) -> list[str]:
    """Every text the window shows: its labels, the Thumbnails picture area's placeholder, the status bar."""
    texts = [lab.text() for lab in win.findChildren(QLabel) if lab.isVisible() and lab.text()]
    tab = win.tabs["thumbnails"]
    if tab.compare.isVisible() and tab.compare.before is None:
        texts.append(tab.compare.placeholder)
    texts.append(win.statusBar().currentMessage())
    return [t for t in texts if t]


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_thumbnails_tab_says_a_decode_failure_once(qtbot, main_window, tmp_path, monkeypatch, lang):
    from viralml_desktop.gui import i18n

    monkeypatch.setenv("VIRALML_LANG", lang)
    assert i18n.install() == lang
    try:
        tab = _thumbnails(main_window)
        tab.views.setCurrentIndex(3)  # on another page: the score's page comes forward
        for name, fmt in decode_failures(tmp_path).items():
            with qtbot.waitSignal(tab.runner.finished, timeout=TIMEOUT):
                tab.handle_files([str(tmp_path / name)])
            line = LINE[lang].format(name=name, fmt=fmt)
            assert tab.error.text() == line, name  # in the red line
            _own_words(tab.error.text(), lang)
            assert tab.views.currentIndex() == 0
            assert tab.compare.placeholder == {
                "en": f"Nothing to show: {name} could not be scored (see the message above).",
                "es": f"Nada que mostrar: no se pudo puntuar {name} (mira el mensaje de arriba)."}[lang]
            said = [t for t in _visible_texts(main_window) if line in t or "dañados" in t or "damaged" in t]
            assert said == [line], said  # once
            failed = {"en": "Failed.", "es": "Falló."}[lang]
            assert (tab.progress.message.text(), tab.progress.percent.text()) == (failed, "")
    finally:
        i18n.install("en")


def _said_cancelled(win) -> list[str]:
    return [t for t in _visible_texts(win) if "cancel" in t.lower()]


@pytest.mark.parametrize("when", ["at_once", "once_scored"])
def test_a_cancelled_score_is_said_once_in_the_picture_area(spanish, qtbot, main_window, tmp_path, monkeypatch,
                                                            when):
    import threading

    import cv2

    from test_thumbnail_core import real_portrait, write
    from viralml_desktop.core.thumbnails import studio

    tab = _thumbnails(main_window)
    gate, real = threading.Event(), studio.score_with_preview

    def gated(*args):  # the job waits until the test has cancelled it ("at once"), then runs as written
        gate.wait(60)
        return real(*args)

    monkeypatch.setattr(studio, "score_with_preview", gated)
    img = cv2.resize(real_portrait(), (1280, 720))
    img[:4, :4] = 7 if when == "at_once" else 9  # no cache has seen it
    big = write(tmp_path / "grande.png", img)

    def cancel_once_scored(item):
        if item.get("kind") == "thumbnail_score":
            tab.runner.cancel()

    tab.runner.partial.connect(cancel_once_scored)
    try:
        with qtbot.waitSignals([tab.runner.cancelled, tab.runner.finished], timeout=TIMEOUT):
            tab.score(str(big))
            if when == "at_once":
                tab.runner.cancel()
            gate.set()
    finally:
        tab.runner.partial.disconnect(cancel_once_scored)
    said = {"at_once": "Se canceló la puntuación de grande.png",
            "once_scored": "Se canceló la búsqueda de mejoras de grande.png; la puntuación mostrada sigue valiendo."}
    assert _said_cancelled(main_window) == [said[when]], _visible_texts(main_window)
    assert (tab.progress.message.text(), tab.progress.percent.text(), tab.progress.bar.value()) == ("", "", 0)
    assert not tab.progress.cancel_button.isEnabled()
    if when == "at_once":
        assert tab.score_label.text() == "—"
    else:
        assert tab.score_label.text().endswith("/ 10")  # the painted score stands


def test_a_cancelled_batch_is_said_once_in_the_panel(spanish, qtbot, main_window, tmp_path):
    from test_thumbnail_core import text_card, write

    tab = _thumbnails(main_window)
    folder = tmp_path / "muchas"
    folder.mkdir()
    for i in range(6):
        write(folder / f"t{i}.png", text_card(f"T{i}", size=(320, 180), scale=1.5, thickness=3))
    seen = []

    def cancel_after_two(row):
        seen.append(row)
        if len(seen) == 2:
            tab.runner.cancel()

    tab.runner.partial.connect(cancel_after_two)
    try:
        with qtbot.waitSignals([tab.runner.cancelled, tab.runner.finished], timeout=TIMEOUT):
            tab.handle_files([str(folder)])
    finally:
        tab.runner.partial.disconnect(cancel_after_two)
    assert 2 <= tab.batch_table.rowCount() < 6  # the finished rows stay
    assert _said_cancelled(main_window) == ["Cancelado."], _visible_texts(main_window)
    assert (tab.progress.percent.text(), tab.progress.bar.value()) == ("", 0)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_feed_screenshot_tab_says_a_decode_failure_in_its_language(qtbot, tmp_path, isolated_home,
                                                                      monkeypatch, lang):
    from viralml_desktop.gui import i18n
    from viralml_desktop.gui.context import AppContext
    from viralml_desktop.gui.tabs.screenshot import Tab

    monkeypatch.setenv("VIRALML_LANG", lang)
    assert i18n.install() == lang
    try:
        tab = Tab(AppContext())
        qtbot.addWidget(tab)
        if tab.unavailable:
            pytest.skip("screenshot detector weights not shipped")
        tab.read_text.setChecked(False)
        for name, fmt in decode_failures(tmp_path).items():
            with qtbot.waitSignal(tab.runner.finished, timeout=60000):
                tab.open_screenshot(str(tmp_path / name))
            assert tab.error.text() == LINE[lang].format(name=name, fmt=fmt), name
            _own_words(tab.error.text(), lang)
            assert tab.progress.percent.text() == ""
        tab.shutdown()
    finally:
        i18n.install("en")
