"""The trend reason decides "inside"/"outside" on the value it shows, and never shows a loss as 1.00.

The tester's case: a measured 140.2 BPM read "tempo 140 BPM outside the trend's 100.3–140.1 BPM
(1.00)". The reason is what the Virality tab's tooltip and the kit's PDF say (in English and, through
the catalogue, in Spanish), so the sentence itself is checked here in both languages.
"""
from __future__ import annotations

import re

import pytest

from viralml_desktop.core.virality import model as vm
from viralml_desktop.gui.clauses import core_lines

PROFILE = {"tempo_bpm": {"low": 100.3, "high": 140.1, "scale": 10.0},
           "cut_rate_per_min": {"low": 10.0, "high": 30.45, "scale": 5.0},
           "duration_s": {"default": {"low": 15.0, "high": 60.0}, "tiktok": {"low": 15.0, "high": 60.0}}}


def _part(reason: str, start: str) -> str:
    return next(p for p in reason.split(": ", 1)[1].split("; ") if p.startswith(start))


@pytest.mark.parametrize("tempo, shown, where, score", [
    (140.2, "140", "inside", "1.00"),   # shown as 140, inside 100.3–140.1: scored as inside
    (140.4, "140", "inside", "1.00"),
    (140.6, "141", "outside", "0.98"),  # shown as 141: outside, and a loss shown under 1
    (99.6, "100", "outside", "0.99"),   # 100 < 100.3: exp(-0.3/39.8) = 0.9925
])
def test_tempo_is_decided_on_the_value_shown(tempo, shown, where, score):
    f = vm.trend_factor(tempo, None, None, None, profile=PROFILE)
    part = _part(f.reason, "tempo")
    assert part == f"tempo {shown} BPM {where} the trend's 100.3–140.1 BPM ({score})"
    assert (f.parts["tempo"] == 1) == (where == "inside")
    es = core_lines(f.reason, "es")
    assert f"tempo {shown} BPM {'dentro' if where == 'inside' else 'fuera'} de los 100,3–140,1 BPM" in es
    assert f"({score.replace('.', ',')})" in es


def test_a_small_loss_is_shown_with_the_digits_it_needs():
    """100 BPM against a band from 100.1 (width 39.9): exp(-0.1/39.9) = 0.99749 reads 0.997, not 1.00."""
    f = vm.trend_factor(100.0, None, None, None, profile={"tempo_bpm": {"low": 100.1, "high": 140.0}})
    assert _part(f.reason, "tempo") == "tempo 100 BPM outside the trend's 100.1–140 BPM (0.997)"
    assert "(0,997)" in core_lines(f.reason, "es")


def test_no_part_outside_its_band_reads_1_00():
    """Every part that is outside its band shows a score under 1.00, whatever its distance."""
    for rate in (30.6, 31.0, 9.4, 9.6):
        f = vm.trend_factor(None, None, rate, None, profile=PROFILE)
        part = _part(f.reason, f"{rate:.0f} cuts")
        m = re.search(r"\((\d\.\d\d)\)$", part)
        assert ("outside" in part) == (float(m.group(1)) < 1.0), part
        assert ("inside" in part) == (f.parts["cut_rate"] == 1), part
    f = vm.trend_factor(None, 14.6, None, None, platform="tiktok", profile=PROFILE)
    assert _part(f.reason, "duration") == "duration 15 s inside the tiktok sweet spot 15–60 s (1.00)"
