"""The one image decoder (core/media.py): bit depths, formats, orientation, bounded memory, and
folder batches that list every file they skip. Each kind of fault is generated here in several
variants; the handed case files (../shared/cases/media, ../shared/cases/hardening) are checked
too when that folder exists."""
from __future__ import annotations

import importlib.util
import json
import os
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image

from viralml_desktop.core import media
from viralml_desktop.core.errors import InputError
from viralml_desktop.core.progress import Progress

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT.parent / "shared" / "cases"
PEAK_LIMIT_MB = 500


def _png(path: Path, width: int, height: int, colour_type: int = 2, bit_depth: int = 8) -> Path:
    """A valid PNG of any size whose pixels are all zero, written without allocating them: the
    rows are compressed as a stream (a 39 MP image is about 0.5 MB)."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    channels = {0: 1, 2: 3, 4: 2, 6: 4}[colour_type]
    row = b"\x00" * (1 + width * channels * bit_depth // 8)
    z = zlib.compressobj(1)
    idat = b"".join(z.compress(row) for _ in range(height)) + z.flush()
    path.write_bytes(b"\x89PNG\r\n\x1a\n"
                     + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, bit_depth, colour_type, 0, 0, 0))
                     + chunk(b"IDAT", idat) + chunk(b"IEND", b""))
    return path


def _peak(code: str) -> dict:
    """Run ``code`` in a fresh interpreter; it prints a JSON dict. Adds the peak RSS in MB."""
    # VmHWM is this process's own peak; ru_maxrss is not: Linux carries the launching process's
    # peak into a child started by vfork+exec (subprocess does), so under a big pytest it reads GBs
    wrapper = (code + "\nimport re as _re\n"
               "OUT['peak_mb'] = int(_re.search(r'VmHWM:\\s+(\\d+) kB', open('/proc/self/status').read())"
               "[1]) / 1024\nprint(json.dumps(OUT))")
    p = subprocess.run([sys.executable, "-c", "import json\nOUT = {}\n" + wrapper], capture_output=True,
                       text=True, cwd=ROOT, timeout=120,
                       env={**os.environ, "YOLO_OFFLINE": "1", "HF_HUB_OFFLINE": "1"})
    assert p.returncode == 0, p.stderr[-2000:]
    return json.loads(p.stdout.strip().splitlines()[-1])


# -- bit depth --------------------------------------------------------------------

@pytest.mark.parametrize("level", [0, 1000, 13107, 32768, 65535])
def test_16bit_grey_is_scaled_by_its_bit_depth(tmp_path, level):
    arr = np.full((48, 64), level, np.uint16)
    arr[0, 0] = 0  # a darker pixel: scaling by the image's own range would stretch everything else
    Image.fromarray(arr).save(tmp_path / "g.png")  # mode I;16
    Image.fromarray(arr.astype(">u2")).save(tmp_path / "g.tif")  # mode I;16B
    for name in ("g.png", "g.tif"):
        d = media.decode_image(tmp_path / name)
        assert d.bit_depth == 16, name
        assert abs(int(d.bgr[10, 10, 0]) - round(level / 257)) <= 1, (name, level, d.bgr[10, 10])


@pytest.mark.parametrize("level", [2570, 20000, 51400])
def test_16bit_colour_is_scaled_by_its_bit_depth(tmp_path, level):
    want = round(level / 257)
    rgb = np.zeros((40, 60, 3), np.uint16)
    rgb[..., 2] = level  # red in OpenCV's BGR order
    rgba = np.dstack([rgb, np.full((40, 60), 65535, np.uint16)])
    for name, arr in (("c.png", rgb), ("c.tif", rgb), ("a.png", rgba)):
        assert cv2.imwrite(str(tmp_path / name), arr)
        px = media.load_image_bgr(tmp_path / name)[5, 5]
        assert abs(int(px[2]) - want) <= 1 and int(px[0]) == 0 and int(px[1]) == 0, (name, level, px)


def test_palette_la_cmyk_and_exif_orientation(tmp_path):
    p = Image.new("P", (40, 30))
    p.putpalette([0, 0, 0, 200, 10, 20] + [0] * 762)
    p.paste(1, (0, 0, 40, 30))
    p.save(tmp_path / "p.png")
    assert tuple(media.load_image_bgr(tmp_path / "p.png")[3, 3]) == (20, 10, 200)
    Image.new("LA", (40, 30), (90, 255)).save(tmp_path / "la.png")
    assert tuple(media.load_image_bgr(tmp_path / "la.png")[3, 3]) == (90, 90, 90)
    Image.new("CMYK", (40, 30), (0, 0, 0, 255)).save(tmp_path / "k.tif")
    assert media.load_image_bgr(tmp_path / "k.tif").max() < 5

    # a landscape sensor image with "rotate 90° clockwise" in EXIF is shown as a portrait
    im = Image.new("RGB", (300, 100), (0, 0, 255))
    im.paste((255, 0, 0), (0, 0, 30, 100))  # the left edge is red: it ends up on top
    exif = im.getexif()
    exif[0x0112] = 6
    im.save(tmp_path / "rot.jpg", exif=exif, quality=95)
    d = media.decode_image(tmp_path / "rot.jpg")
    assert d.bgr.shape == (300, 100, 3) and (d.width, d.height) == (100, 300)
    assert d.bgr[5, 50, 2] > 200 and d.bgr[295, 50, 0] > 200  # red on top, blue at the bottom
    assert media.shown_size(tmp_path / "rot.jpg") == (100, 300)


# -- formats ----------------------------------------------------------------------

def test_extensions_are_what_pillow_here_opens(tmp_path):
    from PIL import features

    exts = media.IMAGE_EXTENSIONS
    assert exts == media.image_extensions()
    assert {".jpg", ".jpeg", ".png", ".tif", ".gif", ".bmp"} <= set(exts)
    assert (".avif" in exts) == features.check("avif") and (".webp" in exts) == features.check("webp")
    assert not {".pdf", ".eps", ".fits", ".h5", ".txt"} & set(exts)  # save-only, outside programs, not images
    heif = any(importlib.util.find_spec(m) for m in ("pi_heif", "pillow_heif"))
    assert (".heic" in exts) == heif
    if not heif:  # a HEIC without a decoder says what to install, in one line
        (tmp_path / "IMG_0001.HEIC").write_bytes(b"\x00\x00\x00\x18ftypheic" + b"\x00" * 64)
        with pytest.raises(InputError, match=r"^cannot read HEIC/HEIF here: IMG_0001.HEIC \(install pi-heif"):
            media.decode_image(tmp_path / "IMG_0001.HEIC")
    # every listed extension is one Pillow registers for a format it can open
    Image.init()
    assert all(Image.registered_extensions()[e] in Image.OPEN for e in exts)
    # the front ends take the same list: no second, hard-coded one
    from viralml_desktop import batch
    from viralml_desktop.core.thumbnails import studio

    assert studio.IMAGE_EXTENSIONS == exts and batch.PATH_INPUTS["score_thumbnail"][1] == exts


@pytest.mark.parametrize("fmt,ext", [("AVIF", ".avif"), ("WEBP", ".webp"), ("TIFF", ".tif"), ("GIF", ".gif"),
                                     ("BMP", ".bmp"), ("JPEG2000", ".jp2")])
def test_each_listed_format_decodes(tmp_path, fmt, ext):
    if ext not in media.IMAGE_EXTENSIONS:
        pytest.skip(f"{fmt} is not built into this Pillow")
    img = Image.new("RGB", (64, 48), (30, 120, 200))
    img.save(tmp_path / f"x{ext}", fmt)
    bgr = media.load_image_bgr(tmp_path / f"x{ext}")
    assert bgr.shape == (48, 64, 3) and np.abs(bgr[10, 10].astype(int) - (200, 120, 30)).max() <= 12


# -- bounded memory ---------------------------------------------------------------

def test_degenerate_sides_are_refused_from_the_header(tmp_path):
    for w, h in ((3000, 1), (1, 3000), (400, 15), (1000, 40)):
        with pytest.raises(InputError, match=r"too thin.*at least 16 px, at most 20:1"):
            media.decode_image(_png(tmp_path / f"l{w}x{h}.png", w, h))
    assert media.decode_image(_png(tmp_path / "ok.png", 320, 16)).bgr.shape == (16, 320, 3)


def test_large_images_decode_reduced(tmp_path):
    d = media.decode_image(_png(tmp_path / "big.png", 4200, 2200))
    assert d.reduction == 2 and d.bgr.shape == (1100, 2100, 3) and (d.width, d.height) == (4200, 2200)
    assert d.bgr.shape[0] * d.bgr.shape[1] <= media.MAX_DECODED_PIXELS
    big16 = _png(tmp_path / "big16.png", 3000, 1600, colour_type=0, bit_depth=16)
    d = media.decode_image(big16)
    assert d.bit_depth == 16 and d.reduction == 2 and d.bgr.shape == (800, 1500, 3)
    pal = Image.new("P", (3000, 1600), 1)
    pal.putpalette([0, 0, 0, 10, 200, 30] + [0] * 762)
    pal.save(tmp_path / "pal.png")
    d = media.decode_image(tmp_path / "pal.png")  # indices are not averaged: the colour survives
    assert d.reduction == 2 and tuple(d.bgr[100, 100]) == (30, 200, 10)
    Image.new("RGB", (3000, 1600), (250, 10, 10)).save(tmp_path / "big.jpg", quality=90)
    d = media.decode_image(tmp_path / "big.jpg")  # libjpeg decodes at 1/2 scale straight away
    assert d.reduction == 2 and d.bgr.shape == (800, 1500, 3) and d.bgr[9, 9, 2] > 230
    with pytest.raises(InputError, match="too large"):
        media.decode_image(_png(tmp_path / "over.png", 8000, 5001))


def test_pixel_bomb_peak_memory_in_a_subprocess(tmp_path):
    """A PNG of 39 MP in under 1 MB (the handed m13's kind): decoded reduced within the budget, and the
    refused kinds cost nothing."""
    bomb = _png(tmp_path / "bomb.png", 7900, 4900)
    assert bomb.stat().st_size < 1_000_000
    line = _png(tmp_path / "line.png", 3000, 1)
    out = _peak(f"""
from viralml_desktop.core import media
from viralml_desktop.core.errors import InputError
d = media.decode_image({str(bomb)!r})
OUT.update(shape=list(d.bgr.shape), reduction=d.reduction)
try:
    media.decode_image({str(line)!r})
except InputError as e:
    OUT['line'] = str(e)
""")
    assert out["shape"] == [1225, 1975, 3] and out["reduction"] == 4
    assert "too thin" in out["line"]
    assert out["peak_mb"] < 250, out  # the full 116 MB decode, once, plus the interpreter


@pytest.mark.skipif(not (CASES / "hardening" / "m13_bomb_39mp_rgb.png").exists(), reason="no handed cases")
def test_handed_bombs_through_score_thumbnail_stay_under_500_mb():
    """The handed 39 MP PNG is scored (analysed at 1/4 size, the checks say so) and the 3000×1
    line refused with one line, each in a fresh process whose peak RSS stays under 500 MB."""
    bomb = CASES / "hardening" / "m13_bomb_39mp_rgb.png"
    line = CASES / "hardening" / "m20_line_3000x1.png"
    out = _peak(f"""
from viralml_desktop.core import engine
from viralml_desktop.core.errors import InputError
r = engine.run("score_thumbnail", {{"thumbnail_path": {str(bomb)!r}, "find_improvements": False}})
OUT.update(score=r["visual_appeal_score"], checks=r["checks"], width=r["analysis"]["measures"]["width"])
try:
    engine.run("score_thumbnail", {{"thumbnail_path": {str(line)!r}}})
except InputError as e:
    OUT['line'] = str(e)
""")
    assert out["peak_mb"] < PEAK_LIMIT_MB, out
    assert out["width"] == 1975 and any("7900×4900" in c and "analysed at 1975×1225" in c for c in out["checks"])
    assert out["line"].count("\n") == 0 and "3000×1" in out["line"] and "too thin" in out["line"]


@pytest.mark.skipif(not (CASES / "media" / "thumb_gray16.png").exists(), reason="no handed cases")
def test_handed_16bit_grey_reads_dark():
    from viralml_desktop.core.vision import measures

    d = media.decode_image(CASES / "media" / "thumb_gray16.png")
    assert d.bit_depth == 16
    assert 47 <= measures.measure(d.bgr).brightness <= 78


# -- folders ----------------------------------------------------------------------

def test_folder_batch_lists_every_skipped_file(tmp_path, isolated_home):
    from viralml_desktop.core import engine
    from viralml_desktop.core.thumbnails import studio

    folder = tmp_path / "thumbs"
    folder.mkdir()
    card = np.full((180, 320, 3), (40, 30, 120), np.uint8)
    cv2.putText(card, "HOLA", (20, 110), cv2.FONT_HERSHEY_DUPLEX, 2.0, (255, 255, 255), 4)
    cv2.imwrite(str(folder / "a.jpg"), card)
    cv2.imwrite(str(folder / "b.png"), card)
    Image.fromarray(card[:, :, ::-1]).save(folder / "c.avif", quality=80)
    cv2.imwrite(str(folder / "e16.png"), card.astype(np.uint16) * 257)
    (folder / "notes.txt").write_text("not an image")
    ok, buf = cv2.imencode(".jpg", card)
    (folder / "trunc.jpg").write_bytes(buf.tobytes()[: len(buf) // 3])
    (folder / ".hidden.jpg").write_bytes(b"")
    if (CASES / "media" / "thumb.avif").exists():
        (folder / "handed.avif").write_bytes((CASES / "media" / "thumb.avif").read_bytes())

    res = studio.score_folder(studio.FolderArgs(str(folder)), Progress())
    by = {Path(r["file"]).name: r for r in res.rows}
    assert ".hidden.jpg" not in by
    skipped = {Path(s["file"]).name: s["reason"] for s in res.skipped}
    assert set(skipped) == {"notes.txt", "trunc.jpg"}
    assert "not an image format" in skipped["notes.txt"] and ".txt" in skipped["notes.txt"]
    assert "truncated" in skipped["trunc.jpg"]
    scored = [n for n in by if n not in skipped]
    assert {"a.jpg", "b.png", "c.avif", "e16.png"} <= set(scored)
    for name in scored:  # the same score as alone (the batch is the capability, file by file)
        alone = engine.run("score_thumbnail", {"thumbnail_path": str(folder / name), "find_improvements": False})
        assert by[name]["visual_appeal_score"] == alone["visual_appeal_score"], name
    # the 16-bit copy reads as the 8-bit card: scaled by bit depth
    assert abs(by["e16.png"]["visual_appeal_score"] - by["b.png"]["visual_appeal_score"]) < 0.5

    only_text = tmp_path / "docs"
    only_text.mkdir()
    (only_text / "readme.txt").write_text("x")
    with pytest.raises(InputError, match=r"no images in .*1 other file\(s\) skipped"):
        studio.score_folder(str(only_text), Progress())


def test_batch_cli_folder_lists_skipped_files(tmp_path, isolated_home, monkeypatch, capsys):
    from viralml_desktop import batch
    from viralml_desktop.core import engine

    folder = tmp_path / "in"
    folder.mkdir()
    Image.new("RGB", (64, 36), (10, 20, 30)).save(folder / "a.avif")
    (folder / "b.txt").write_text("x")
    items = batch.read_items("score_thumbnail", folder)
    by = {it.key: it for it in items}
    assert by["a.avif"].request and by["b.txt"].request is None
    assert "skipped: not an image format" in by["b.txt"].error

    monkeypatch.setattr(engine, "run", lambda cap, req, progress=None: {"visual_appeal_score": 5.0})
    out = tmp_path / "out.jsonl"
    code = batch.run_batch("score_thumbnail", str(folder), str(out))
    recs = {r["item"]: r for r in map(json.loads, out.read_text().splitlines())}
    assert recs["b.txt"]["error"].startswith("skipped:") and recs["a.avif"]["error"] is None
    err = capsys.readouterr().err
    assert code == batch.EXIT_OK and "1 not an image (b.txt" in err


def test_gui_filters_and_skipped_status(main_window, tmp_path):
    from viralml_desktop.core.thumbnails import studio

    tab = main_window.tabs["thumbnails"]
    assert set(media.IMAGE_EXTENSIONS) <= set(tab.drop.extensions)
    assert all(f"*{e}" in tab.drop.dialog_filter for e in (".avif", ".webp", ".tif"))
    rows = [{"file": str(tmp_path / "a.png"), "visual_appeal_score": 5.0},
            {"file": str(tmp_path / "notes.txt"), "error": "skipped: not an image format this app opens (.txt)"},
            {"file": str(tmp_path / "t.jpg"), "error": "image is truncated or corrupt: t.jpg"}]
    tab.show_batch(studio.BatchResult(rows))
    msg = main_window.statusBar().currentMessage()
    assert "Scored 1 images" in msg and "skipped 2" in msg and "notes.txt" in msg
    assert tab.batch_table.rowCount() == 3
def test_descriptor_paths_are_named_by_their_file(tmp_path):
    f = tmp_path / "linea_3000x1.png"
    from PIL import Image
    Image.new("RGB", (3000, 1)).save(f)
    fd = os.open(f, os.O_RDONLY)
    try:
        with pytest.raises(InputError) as e:
            media.decode_image(f"/proc/self/fd/{fd}")
    finally:
        os.close(fd)
    assert "linea_3000x1.png" in str(e.value) and f" {fd} " not in str(e.value)
