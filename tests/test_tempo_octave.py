"""The octave decision of the tempo score (issue 15, session 16): after the candidate score, the top
candidate's relatives (x1, 1/2, 2, 2/3, 3/2, 3/4, 4/3) are scored again by a logistic octave decision
(audio.octave_candidates, OCTAVE_WEIGHTS). The grooves come from the session-15 blind writer, a
development generator since session 16 (training/tempo_generators/s15_blindwriter.py), at seeds 11
and on (the pooled development set draws its own seeds from seed 201). Truth: the DAW quarter note."""
from __future__ import annotations

import numpy as np
import pytest

from viralml_desktop.core.virality import audio

from tempo_grooves import SR, read_tempo, training_module


@pytest.fixture(scope="module")
def gen():
    return training_module("tempo_generators.s15_blindwriter")


def test_slow_rnb_ballad_at_66_with_16th_hats_reads_66_not_132(gen):
    """An R&B ballad at 66 BPM (backbeat on 2 and 4, 16th hi-hats with triplet and 32nd rolls), 20 s,
    seeds 11-16: session 15's score read all 6 at double (131-132); with the octave decision 4 of the
    6 read 63-69 (seeds 11, 14, 15, 16; seeds 12 and 13 still at double: not fixed for every groove)."""
    got = [read_tempo(gen, "rnb_ballad", 66.0, seed, 20.0) for seed in range(11, 17)]
    assert sum(g is not None and 63.0 <= g <= 69.0 for g in got) >= 3, got
    got = read_tempo(gen, "rnb_ballad", 66.0, 11, 20.0)
    assert got is not None and 63.0 <= got <= 69.0, got


@pytest.mark.parametrize("style,bpm,seed", [("boom_bap", 90.0, 11), ("lofi", 80.0, 12), ("afrobeats", 108.0, 15),
                                            ("drill", 142.0, 16), ("salsa", 180.0, 11), ("baile_funk", 130.0, 11)])
def test_each_kind_of_the_blind_writer_reads_its_daw_tempo(gen, style, bpm, seed):
    """One 12 s variant of each kind the blind set read wrong in session 15. Session 15's score on
    seeds 11-16 against this session's: swung boom-bap at 90 2 of 6 (the rest double) against 5 of 6;
    lo-fi at 80 0 of 6 (all double) against 2 of 6 (seeds 12 and 16; lo-fi still mostly reads double);
    afrobeats at 108 4 of 6 (seed 15 read 171.9, seed 16 145.9) against 6 of 6; drill at 142 5 of 6
    (seed 16 read 193.1) against 6 of 6; salsa at 180 6 of 6 both (a guard: salsa read at half on the
    blind set); baile funk at 130 4 of 6 both (two at 4/3; a guard)."""
    got = read_tempo(gen, style, bpm, seed)
    assert got is not None and abs(got - bpm) <= 0.04 * bpm, got


def test_octave_candidates_are_the_top_and_its_relatives_in_range():
    """octave_candidates reads the relatives of a tempo within 50-210 BPM with 138 features each, and
    estimate_tempo(octave=False) is the candidate score's top alone."""
    fps, bpm = SR / 512, 120.0
    n = int(10 * fps)
    env = np.zeros(n)
    beat = 60 * fps / bpm
    for k in range(int(n / beat * 4)):  # a kick every beat, softer 16ths between
        i = int(round(k * beat / 4))
        if i < n:
            env[i] = 1.0 if k % 4 == 0 else 0.3
    rel = audio.octave_candidates(env, fps, bpm)
    got = sorted(round(b, 1) for b, _ in rel)
    assert got == [60.0, 80.0, 90.0, 120.0, 160.0, 180.0], got  # 240 is past 210
    assert all(len(x) == len(audio.OCTAVE_WEIGHTS) == 138 for _, x in rel)
    top = audio.estimate_tempo(env, fps, octave=False)
    assert top is not None and abs(top - 120.0) < 2.0
    assert audio.octave_candidates(env, fps, 1000.0) == []  # every relative past 210


def test_blind_writer_is_in_the_development_pool_and_makes_finite_grooves(gen):
    tg = training_module("tempo_generators")
    pool = [it for it in tg.verifier_pool(per_style=10, seed=201) if it.generator == "s15b"]
    assert len(pool) == 6 * len(gen.STYLES)
    for it in pool:
        lo, hi = gen.RANGES[it.genre]
        assert lo <= it.bpm <= hi
    y = pool[0].audio(seconds=2.0)
    assert y.shape == (2 * gen.SR,) and np.isfinite(y).all() and 0.0 < np.abs(y).max() < 1.0
    with pytest.raises(KeyError):
        gen.groove(120.0, 1.0, "polka")
