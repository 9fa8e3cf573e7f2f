"""Issue 17 (fresh verifier): every bad-input line of analyze_screenshot and score_thumbnail (not an
image, empty, truncated, too large, too thin, fully transparent, no thumbnails found) is said in
Spanish by the CLI (``VIRALML_LANG=es``) and by the Feed screenshot tab, as a missing file already was."""
from __future__ import annotations

import json
import struct
import zlib

import cv2
import numpy as np
import pytest

from viralml_desktop import cli
from viralml_desktop.core import registry

needs_weights = pytest.mark.skipif(not registry.default_registry().is_available("screenshot_yolo"),
                                   reason="screenshot detector weights not shipped")


def _png_header(path, w: int, h: int) -> None:
    """A small PNG whose header is made to say ``w``×``h`` (refused from the header, no pixel read)."""
    ok, buf = cv2.imencode(".png", np.zeros((4, 4, 3), np.uint8))
    raw = bytearray(buf.tobytes())
    raw[16:24] = struct.pack(">II", w, h)  # IHDR's width and height, then its CRC again
    raw[29:33] = struct.pack(">I", zlib.crc32(bytes(raw[12:29])) & 0xFFFFFFFF)
    path.write_bytes(bytes(raw))


def bad_images(d):
    """``{file name: the Spanish line expected}`` for one file of each kind, written under ``d``."""
    (d / "notimage.png").write_text("not a picture at all\n")
    (d / "empty.png").write_bytes(b"")
    ok = np.full((200, 300, 3), 90, np.uint8)
    cv2.imwrite(str(d / "whole.png"), ok)
    raw = (d / "whole.png").read_bytes()
    (d / "truncated.png").write_bytes(raw[: len(raw) // 2])
    cv2.imwrite(str(d / "tiny.png"), np.zeros((8, 8, 3), np.uint8))
    cv2.imwrite(str(d / "transparent.png"), np.zeros((100, 120, 4), np.uint8))
    _png_header(d / "huge.png", 9000, 9000)
    # a JPEG whose header breaks off inside its APP0 segment: Pillow's "Truncated File Read" on open
    (d / "corrupt.jpg").write_bytes(b"\xff\xd8\xff\xe0" + bytes(np.random.default_rng(1).integers(0, 256, 5000,
                                                                                                 dtype=np.uint8)))
    return {
        "corrupt.jpg": "la imagen está truncada o dañada: corrupt.jpg",
        "notimage.png": "no es una imagen (formato no reconocido): notimage.png",
        "empty.png": "la imagen está vacía (0 bytes): empty.png",
        "truncated.png": "la imagen está truncada o dañada: truncated.png",
        "tiny.png": "imagen demasiado estrecha para analizarla: tiny.png mide 8×8 px (cada lado al menos 16 px, "
                    "como mucho 20:1)",
        "transparent.png": "transparent.png es totalmente transparente: no hay nada que analizar",
        "huge.png": "imagen demasiado grande: huge.png mide 9000×9000 (81 MP; límite 40 MP)",
    }


def _predict(tmp_path, capsys, capability: str, field: str, path) -> tuple[int, str]:
    req = tmp_path / "req.json"
    req.write_text(json.dumps({field: str(path)}))
    rc = cli.main(["predict", capability, "--json", str(req)])
    return rc, capsys.readouterr().err.strip()


def test_analyze_screenshot_says_each_bad_input_in_spanish(tmp_path, capsys, isolated_home, monkeypatch):
    want = bad_images(tmp_path)
    monkeypatch.setenv("VIRALML_LANG", "es")
    for name, line in want.items():
        rc, err = _predict(tmp_path, capsys, "analyze_screenshot", "screenshot_path", tmp_path / name)
        assert (rc, err) == (cli.EXIT_INPUT, f"error: {line}"), name


def test_score_thumbnail_says_its_bad_input_in_spanish(tmp_path, capsys, isolated_home, monkeypatch):
    want = bad_images(tmp_path)
    monkeypatch.setenv("VIRALML_LANG", "es")
    for name in ("notimage.png", "empty.png", "truncated.png", "corrupt.jpg", "tiny.png", "huge.png"):
        rc, err = _predict(tmp_path, capsys, "score_thumbnail", "thumbnail_path", tmp_path / name)
        assert (rc, err) == (cli.EXIT_INPUT, f"error: {want[name]}"), name
    monkeypatch.setenv("VIRALML_LANG", "en")  # and English stays English
    rc, err = _predict(tmp_path, capsys, "score_thumbnail", "thumbnail_path", tmp_path / "notimage.png")
    assert err == "error: not an image (unrecognised format): notimage.png"
    rc, err = _predict(tmp_path, capsys, "score_thumbnail", "thumbnail_path", tmp_path / "corrupt.jpg")
    assert err == "error: image is truncated or corrupt: corrupt.jpg"  # Pillow's own words not passed on


@needs_weights
def test_no_thumbnails_found_in_spanish(tmp_path, capsys, isolated_home, monkeypatch):
    doc = np.full((600, 800, 3), 245, np.uint8)
    doc[100:110, 50:700] = 30  # text-like bars, no thumbnail
    cv2.imwrite(str(tmp_path / "document.png"), doc)
    monkeypatch.setenv("VIRALML_LANG", "es")
    rc, err = _predict(tmp_path, capsys, "analyze_screenshot", "screenshot_path", tmp_path / "document.png")
    assert rc == cli.EXIT_INPUT
    assert err.startswith("error: no se encontraron miniaturas en document.png (ninguna miniatura del feed con "
                          "confianza ≥ 0.35"), err


def test_the_no_thumbnails_line_with_dropped_boxes_in_spanish():
    one = "no thumbnails found in a.png (no feed tile at confidence ≥ 0.35; 1 box dropped as page chrome, not feed tiles)"
    two = one.replace("1 box", "3 boxes")
    assert cli.say_error(one, "es").endswith("; 1 recuadro descartado como parte de la página, no miniatura del feed)")
    assert cli.say_error(two, "es").endswith("; 3 recuadros descartados como parte de la página, no miniaturas del feed)")


def test_the_feed_screenshot_tab_says_bad_input_in_spanish(qtbot, tmp_path, isolated_home, spanish):
    from viralml_desktop.gui.context import AppContext
    from viralml_desktop.gui.tabs.screenshot import Tab

    want = bad_images(tmp_path)
    tab = Tab(AppContext())
    qtbot.addWidget(tab)
    if tab.unavailable:
        pytest.skip("screenshot detector weights not shipped")
    tab.read_text.setChecked(False)
    for name, line in want.items():
        with qtbot.waitSignal(tab.runner.finished, timeout=60000):
            tab.open_screenshot(str(tmp_path / name))
        assert tab.error.text() == line, name  # said once, in the red line
        assert line not in tab.empty.text(), name  # not a second time in the centre
        assert tab.empty.text() == f"Nada que mostrar: no se pudo analizar {name} (mira el mensaje de abajo).", name
    tab.shutdown()
