"""Grooves of the tempo development synthesisers for the tempo tests (test_tempo_styles.py,
test_tempo_octave.py): a module of ``training/`` imported without leaving ``training/`` on the path, and a
groove read through the app's own rhythm stage at the app's analysis rate."""
from __future__ import annotations

import importlib
import sys
from types import ModuleType
from typing import Optional

import numpy as np

from viralml_desktop.core import paths
from viralml_desktop.core.virality import audio

SR = 22050  # Hz: the rate the app's sound stage analyses at


def training_module(name: str) -> ModuleType:
    """``import name`` (dotted, e.g. ``"tempo_generators.s15_blindwriter"``) from the repository's training/."""
    sys.path.insert(0, str(paths.ROOT_DIR / "training"))
    try:
        return importlib.import_module(name)
    finally:
        sys.path.remove(str(paths.ROOT_DIR / "training"))


def read_tempo(gen: ModuleType, style: str, bpm: float, seed: int, seconds: float = 12.0) -> Optional[float]:
    """The app's tempo (BPM, or None) of ``gen.groove(bpm, seconds, style, seed=seed)``, a mono float
    groove at ``gen.SR`` resampled to :data:`SR` (soxr_hq, as the app's decode)."""
    import librosa

    y = gen.groove(bpm, seconds, style, seed=seed)
    y = librosa.resample(y.astype(np.float32), orig_sr=gen.SR, target_sr=SR, res_type="soxr_hq")
    return audio._rhythm(y, SR)[0]
