"""metadata.duration (CONTRACT.md §1's example: 180) never replaces the file's measured length.

The tester's case: a 15 s file with the contract's example metadata read "duration 180 s outside the
tiktok sweet spot", ``detected.duration`` 180 and no note. The file's length is measured, so it wins;
a note says when the stated one disagrees (in Spanish through the catalogue, as the Virality tab and
the kit's PDF say core's notes).
"""
from __future__ import annotations

import pytest

from test_virality_media import synth_clip
from viralml_desktop.core import engine
from viralml_desktop.core.virality import predict
from viralml_desktop.gui.clauses import core_lines


@pytest.fixture(scope="module")
def clip(tmp_path_factory):
    return synth_clip(tmp_path_factory.mktemp("dur") / "song.mp4", seconds=6, size=(160, 90), fps=12)


def _run(path, **meta):
    return engine.run("predict_virality", {"video_path": str(path), "ocr": False, "metadata": meta}, record=False)


def test_the_measured_length_wins_and_a_note_says_the_stated_one_disagrees(clip, isolated_home):
    out = _run(clip, artist="Bad Bunny", genre="Trap", duration=180, has_hook=True, platform="tiktok")
    assert out["detected"]["duration"] == pytest.approx(6.0, abs=0.2)
    assert "duration 6 s" in out["reasons"]["trend_alignment"] and "180" not in out["reasons"]["trend_alignment"]
    note = "metadata.duration says 180 s but the file is 6.0 s long: the measures use the file's length"
    assert note in out["notes"]
    assert core_lines(note, "es") == ("metadata.duration dice 180 s, pero el archivo dura 6,0 s: las medidas usan "
                                      "la duración del archivo")
    same = _run(clip, duration=6)  # stated as the file is (rounded): no note
    assert not any(n.startswith("metadata.duration") for n in same["notes"])
    assert same["detected"]["duration"] == out["detected"]["duration"]


def test_the_stated_length_is_used_only_where_the_file_gives_none():
    assert predict.used_duration(15.0, 180.0) == 15.0
    assert predict.used_duration(0.0, 180.0) == 180.0 and predict.used_duration(None, 180.0) == 180.0
    assert predict.used_duration(15.0, None) == 15.0
    assert predict.duration_note(15.0, 15.9) is None and predict.duration_note(100.0, 104.0) is None
    assert predict.duration_note(100.0, 106.0).startswith("metadata.duration says 106 s but the file is 100.0 s")
    assert predict.duration_note(0.0, 180.0) is None
