"""YouTube's caption length (issue 18/14, tester round 2): the description is counted in
characters as YouTube Studio counts it, the Data API's byte limit is checked beside it, and the
title's length is in the response."""
from __future__ import annotations

from viralml_desktop.core import engine
from viralml_desktop.core.captions.limits import measure


def test_youtube_description_is_counted_in_characters_and_its_bytes_checked():
    desc = "canción de corazón 💔 " * 10  # accented letters and an emoji: bytes > characters
    m = measure("Nueva Vida - Stakas\n\n" + desc, "youtube")
    assert m["unit"] == "chars" and m["limit"] == 5000
    assert m["length"] == len(desc.encode("utf-16-le")) // 2 == 220
    assert m["bytes"] == len(desc.encode("utf-8")) == 260 and m["byte_limit"] == 5000
    assert m["title_length"] == 19 and m["title_limit"] == 100 and m["within_limits"]
    # 4 000 characters of "ñ" fit the 5 000 characters but not the 5 000 bytes of an upload
    over = measure("T\n\n" + "ñ" * 4000, "youtube")
    assert over["length"] == 4000 and over["bytes"] == 8000 and not over["within_limits"]


def test_youtube_caption_response_reports_the_title_length():
    out = engine.run("optimize_caption", {"base_caption": "Nueva Vida - Stakas. Te pone a bailar toda la noche",
                                          "platform": "youtube",
                                          "target_audience": {"genre": "trap", "countries": ["US", "MX"]}},
                     record=False)
    assert out["title_length"] == len(out["title"].encode("utf-16-le")) // 2 and out["title_limit"] == 100
    assert out["length"]["unit"] == "chars"
    assert out["length"]["length"] == len(out["description"].encode("utf-16-le")) // 2
    assert out["sources"]["title_length"]["kind"] == "measured"
    tiktok = engine.run("optimize_caption", {"base_caption": "Nueva Vida - Stakas", "platform": "tiktok"},
                        record=False)
    assert tiktok.get("title_length") is None
