"""The pooled tempo DEVELOPMENT set of issue 15: the project's own kit grooves
(training/measure_data.py, the dev seeds of training/measure_eval.py's ``tempo_dev``) and grooves from
the three groove synthesisers the verifiers of sessions 11, 12 and 13 wrote for themselves (copied,
DEV data only, into s11_gen5.py, s12_gen6.py and s13_drums7.py; their own evaluation clips are not
these: other seeds), and session 15's s15_urbanlatin.py (trap and drill at their DAW tempo, salsa,
afrobeats, amapiano, boom-bap with swing, 6/8 corridos; written for the styles a blind set read wrong,
without reading the score's misses on it), and, from session 16, s15_blindwriter.py (generator "s15b": the
blind generator of session 15, 25 styles, read once for ``tempo_blind_generator_s15`` and development data
since; here at other seeds, 6 grooves a style). The tempo score is chosen by leave-one-generator-out cross-validation on this
pool, so that what it learns is not one synthesiser's timbres. Nothing here is held out.

Truth: the tempo the groove was written at (trap at its DAW tempo 120-180, the project's convention;
a verifier's trap under 100 BPM is left out: at that DAW tempo the half-time reading is the beat).
"""
from dataclasses import dataclass

import numpy as np

from . import s11_gen5, s12_gen6, s13_drums7, s15_blindwriter, s15_urbanlatin

SR = 48000

# generator: {style: (low BPM, high BPM)}; tempi drawn log-uniformly
STYLES = {
    "s11": {"four": (70, 180), "dembow": (85, 180), "trap": (130, 175), "rock": (90, 180),
            "swingbass": (60, 180), "swing": (60, 180)},
    "s12": {"dembow": (85, 180), "swing": (60, 180), "four": (60, 180), "trap": (120, 180),
            "rock": (60, 180), "latinpop": (60, 120)},
    "s13": {"dembow": (88, 118), "perreo": (86, 102), "traproll": (128, 172), "afro": (96, 122),
            "cumbia": (78, 104), "bachata": (118, 142), "boombap": (82, 97), "rnb": (58, 77),
            "dnb": (168, 178), "house": (120, 128), "punk": (165, 182)},
    "s15": dict(s15_urbanlatin.RANGES),
    "s15b": dict(s15_blindwriter.RANGES),
}
# grooves a style of a generator, as a share of verifier_pool's per_style (25 styles of s15b: 6 each)
PER_STYLE_SHARE = {"s15b": 0.6}


@dataclass
class PoolItem:
    """One 20 s verifier-generator groove: ``generator`` (s11, s12, s13, s15, s15b), ``genre`` (its style),
    ``bpm`` (truth), ``seed``."""
    generator: str
    genre: str
    bpm: float
    seed: int

    def audio(self, seconds: float = 20.0) -> np.ndarray:
        """Mono float64 at 48 kHz, shape (seconds * 48000,)."""
        if self.generator == "s11":
            return s11_gen5.synth_groove(self.bpm, seconds, self.genre, seed=self.seed)
        if self.generator == "s12":
            return s12_gen6.synth_groove(self.bpm, seconds, self.genre, seed=self.seed)
        if self.generator == "s15":
            return s15_urbanlatin.groove(self.bpm, seconds, self.genre, seed=self.seed)
        if self.generator == "s15b":
            return s15_blindwriter.groove(self.bpm, seconds, self.genre, seed=self.seed)
        return s13_drums7.groove(self.bpm, seconds, self.genre, seed=self.seed)


def verifier_pool(per_style: int = 10, seed: int = 201) -> list[PoolItem]:
    """``per_style`` grooves per style of each verifier generator (:data:`STYLES`; times
    :data:`PER_STYLE_SHARE`, rounded, for the generators listed there), deterministic in ``seed`` (201
    is the dev pool; the verifiers' own clips used other seeds; the earlier generators' grooves do not
    change when a generator is added at the end)."""
    rng = np.random.default_rng(seed)
    out = []
    for gen, styles in STYLES.items():
        for st, (lo, hi) in styles.items():
            for _ in range(int(round(per_style * PER_STYLE_SHARE.get(gen, 1.0)))):
                bpm = float(round(np.exp(rng.uniform(np.log(lo), np.log(hi))), 1))
                out.append(PoolItem(gen, st, bpm, int(rng.integers(1 << 30))))
    return out
