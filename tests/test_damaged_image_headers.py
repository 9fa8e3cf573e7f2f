"""An image whose header is damaged just after its format's signature (a PNG with a bad IHDR CRC, a
JPEG, GIF, WebP, TIFF or BMP with scrambled header bytes) is said to be "truncated or corrupt", not
"not an image": the user sent an image, and the line tells them the file is damaged. A file with no
image signature (text named .png) is still "not an image"."""
from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image

from viralml_desktop import cli
from viralml_desktop.core.errors import InputError
from viralml_desktop.core.media import decode_image

#: format -> bytes of its signature left whole (the rest of the header is scrambled)
SIGNATURE = {"PNG": 8, "JPEG": 3, "GIF": 6, "WEBP": 12, "TIFF": 4, "BMP": 2}


def _damaged(path, fmt: str) -> None:
    img = Image.fromarray(np.random.default_rng(0).integers(0, 255, (40, 60, 3), dtype=np.uint8))
    b = io.BytesIO()
    img.save(b, fmt)
    data = bytearray(b.getvalue())
    for k in range(SIGNATURE[fmt], SIGNATURE[fmt] + 40):
        data[k] ^= 0x5A
    path.write_bytes(bytes(data))


@pytest.mark.filterwarnings("ignore::UserWarning")  # Pillow warns of the TIFF's scrambled EXIF first
@pytest.mark.parametrize("fmt", list(SIGNATURE))
def test_a_damaged_header_is_said_corrupt(tmp_path, fmt):
    p = tmp_path / f"foto dañada.{fmt.lower()}"
    _damaged(p, fmt)
    with pytest.raises(InputError) as e:
        decode_image(p)
    assert str(e.value) == f"image is truncated or corrupt: {p.name}"
    assert cli.say_error(str(e.value), "es") == f"la imagen está truncada o dañada: {p.name}"


def test_a_png_with_a_bad_ihdr_crc_is_said_corrupt(tmp_path):
    b = io.BytesIO()
    Image.new("RGB", (30, 20)).save(b, "PNG")
    data = bytearray(b.getvalue())
    data[29] ^= 0xFF  # the IHDR chunk's CRC (8 signature + 4 length + 4 type + 13 data bytes in)
    p = tmp_path / "crc.png"
    p.write_bytes(bytes(data))
    with pytest.raises(InputError, match=r"^image is truncated or corrupt: crc\.png$"):
        decode_image(p)


@pytest.mark.parametrize("content", [b"hello, this is text", b"", b"RIFF\x00\x00\x00\x00WAVEfmt "])
def test_a_file_with_no_image_signature_is_not_an_image(tmp_path, content):
    p = tmp_path / "x.png"
    p.write_bytes(content)
    with pytest.raises(InputError) as e:
        decode_image(p)
    assert "truncated" not in str(e.value)
