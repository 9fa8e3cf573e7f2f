"""DEV data only: an opening synthesiser written in session 15 (task hook3) for the openings the hook
check had missed or misnamed on a verifier's songs: songs that open on their chorus (other chords, a
sung lead, fuller drums, at the verse's loudness), on a riff, on a vocal hook a cappella before the
beat, on a drop; plain grooves from bar one, dry or with reverb and held pads that build up over the
first bar; soft intros (quiet pads, a low-passed quiet groove), spoken intros; tones, drones, noise,
silence. Each clip draws its own key, tempo, kit, mix, reverb and loudness.

Truth per clip: ``opening`` (the word of :data:`viralml_desktop.core.virality.audio.OPENINGS` a
careful listener would give) and ``hook`` (opening == "hook").

Used by training/measure_eval.py's hook report as a second generator beside ``hook_set`` (the
decision's thresholds are chosen on both pooled, reported per generator); never a held-out figure.
"""
from dataclasses import dataclass

import numpy as np
from scipy.signal import butter, fftconvolve, sosfilt

SR = 22050

KINDS = {  # kind: expected opening word
    "chorus_first": "hook", "riff_first": "hook", "acappella_first": "hook", "drop_first": "hook",
    "groove_dry": "same_as_rest", "groove_tails": "same_as_rest", "groove_vocal": "same_as_rest",
    "pad_intro": "quiet_intro", "filtered_intro": "quiet_intro", "spoken_intro": "quiet_intro",
    "tone": "no_events", "drone": "no_events", "noise": "no_events", "silence": "silent",
}
_MAJ, _MIN = (0, 4, 7), (0, 3, 7)
_PROGS = [((0, _MIN), (8, _MAJ), (3, _MAJ), (10, _MAJ)), ((0, _MAJ), (7, _MAJ), (9, _MIN), (5, _MAJ)),
          ((0, _MIN), (5, _MIN), (10, _MAJ), (3, _MAJ)), ((0, _MAJ), (5, _MAJ), (7, _MAJ), (5, _MAJ)),
          ((9, _MIN), (5, _MAJ), (0, _MAJ), (7, _MAJ)), ((0, _MIN), (7, _MIN), (8, _MAJ), (10, _MAJ))]


def _bp(x, lo, hi, order=2):
    return sosfilt(butter(order, [lo, min(hi, SR / 2 - 50)], btype="band", fs=SR, output="sos"), x)


def _lp(x, f, order=2):
    return sosfilt(butter(order, min(f, SR / 2 - 50), fs=SR, output="sos"), x)


def _place(y, s, t):
    i = int(t * SR)
    if 0 <= i < y.size:
        m = min(s.size, y.size - i)
        y[i:i + m] += s[:m]


def _loud(x):
    """BS.1770 integrated loudness (pyloudnorm), LUFS; -inf for silence."""
    import pyloudnorm
    return pyloudnorm.Meter(SR).integrated_loudness(np.asarray(x, np.float64))


def _gain_to(x, ref_lufs, target_gap):
    """x scaled so its loudness is ``target_gap`` LU from ``ref_lufs``."""
    lx = _loud(x)
    return x if not np.isfinite(lx) else x * 10 ** ((ref_lufs + target_gap - lx) / 20)


class Song:
    """One clip's material: key, tempo, kit, sounds, reverb (all drawn from ``rng``)."""

    def __init__(self, rng, seconds):
        r = self.r = rng
        self.n = int(seconds * SR)
        self.bpm = float(r.uniform(72, 150))
        self.beat = 60.0 / self.bpm
        self.key = 110.0 * 2 ** (int(r.integers(0, 12)) / 12)
        i, j = r.choice(len(_PROGS), 2, replace=False)
        self.verse_prog, self.chorus_prog = _PROGS[i], _PROGS[j]
        t = np.arange(int(0.4 * SR)) / SR
        self.kick = np.sin(2 * np.pi * np.cumsum(r.uniform(42, 60) + r.uniform(60, 160) * np.exp(-t * r.uniform(20, 50))) / SR) * np.exp(-t * r.uniform(6, 14))
        self.snare = (r.uniform(0.4, 1.0) * _bp(r.standard_normal(t.size), r.uniform(700, 1800), r.uniform(5000, 10000)) * np.exp(-t * r.uniform(12, 30))
                      + r.uniform(0.1, 0.5) * np.sin(2 * np.pi * r.uniform(160, 250) * t) * np.exp(-t * 25))
        self.hat = _bp(r.standard_normal(t.size), r.uniform(5000, 7000), 10500) * np.exp(-t * r.uniform(30, 80))
        self.crash = _bp(r.standard_normal(int(1.5 * SR)), 3000, 10500) * np.exp(-np.arange(int(1.5 * SR)) / SR * 3)
        ir_s = float(r.uniform(0.6, 2.5))
        ti = np.arange(int(ir_s * SR)) / SR
        self.ir = r.standard_normal(ti.size) * np.exp(-ti * 6.9 / ir_s)
        self.ir[0] = 0
        self.ir /= np.sqrt(np.sum(self.ir ** 2))
        self.wet = float(r.uniform(0.15, 0.5))
        self.pad_kind = int(r.integers(3))
        self.swing = float(r.uniform(0, 0.15))

    def _bars(self, start, end):
        bar = 4 * self.beat
        k = 0
        while start + k * bar < end:
            yield k, start + k * bar
            k += 1

    def drums(self, start, end, full):
        """A kick/snare/hat pattern from ``start`` to ``end`` s; ``full``: 16th hats, more kicks, a crash."""
        y = np.zeros(self.n)
        r, b = self.r, self.beat
        pat = r.choice(4)
        for k, t0 in self._bars(start, end):
            for s in range(16 if full else 8):
                step = b / (4 if full else 2)
                tt = t0 + s * step + (self.swing * step if s % 2 else 0) + r.normal(0, 0.004)
                if tt < end:
                    _place(y, self.hat * r.uniform(0.15, 0.3) * (1.0 if s % 2 == 0 else 0.7), tt)
            kicks = [0, 2] if pat == 0 else [0, 1.5, 2.5] if pat == 1 else [0, 0.75, 2] if pat == 2 else [0, 1, 2, 3]
            if full:
                kicks = sorted(set(kicks + [3.5]))
            for q in kicks:
                if t0 + q * b < end:
                    _place(y, self.kick * r.uniform(0.8, 1.0), t0 + q * b)
            for q in (1, 3):
                if t0 + q * b < end:
                    _place(y, self.snare * r.uniform(0.5, 0.7), t0 + q * b)
            if full and k % 2 == 0:
                _place(y, self.crash * 0.25, t0)
        y[int(end * SR):] = 0
        return y

    def chords(self, start, end, prog, bright, attack=None, held_from_before=False):
        """Pad or keys playing ``prog`` one chord a bar; ``attack`` (s) the pad's swell at ``start``."""
        y = np.zeros(self.n)
        bar = 4 * self.beat
        r = self.r
        for k, t0 in self._bars(start - (bar if held_from_before else 0), end):
            root, q = prog[k % len(prog)]
            d = min(bar, end - t0)
            m = int(d * SR)
            if m <= 0:
                continue
            tt = np.arange(m) / SR
            x = np.zeros(m)
            for iv in q:
                f = self.key * 2 * 2 ** ((root + iv) / 12)
                if self.pad_kind == 0:  # detuned saw pad
                    for det in (-0.004, 0.004):
                        ph = (f * (1 + det) * tt) % 1.0
                        x += 2 * ph - 1
                elif self.pad_kind == 1:  # electric-piano-like keys, each chord struck
                    x += sum(np.sin(2 * np.pi * f * h * tt) * np.exp(-tt * (1.5 + h)) / h for h in (1, 2, 3, 4))
                else:  # organ / string-like
                    x += sum(np.sin(2 * np.pi * f * h * tt) / h for h in (1, 2, 3, 5))
            x *= np.minimum(1, tt / 0.02) * np.minimum(1, (d - tt) / 0.02)
            s = int(t0 * SR)
            lo = max(0, -s)
            y[s + lo:s + m] += x[lo:]
        y[:int(start * SR)] = 0
        y[int(end * SR):] = 0
        y = _lp(y, 5000 if bright else 1800)
        if attack:  # the pad swells in over its first ``attack`` seconds (nothing sustains into bar one)
            i = int(start * SR)
            a = np.minimum(1.0, np.arange(self.n - i) / (attack * SR))
            y[i:] *= a
        return y

    def bass(self, start, end, prog):
        y = np.zeros(self.n)
        r, b = self.r, self.beat
        for k, t0 in self._bars(start, end):
            root, _ = prog[k % len(prog)]
            f = self.key / 2 * 2 ** (root / 12)
            for q in (0, 1.5, 2, 3):
                d = b * (1.5 if q in (0,) else 0.5 if q == 1.5 else 1.0)
                tt = np.arange(int(d * SR)) / SR
                if t0 + q * b < end:
                    _place(y, (np.sin(2 * np.pi * f * tt) + 0.3 * np.sin(4 * np.pi * f * tt)) * np.exp(-tt * 2) * np.minimum(1, (d - tt) / 0.01), t0 + q * b)
        y[int(end * SR):] = 0
        return y

    def voice(self, start, end, prog, sung=True, dense=1.0):
        """A sung line (steady pitches in the key, vibrato, vowel formants) or, with ``sung`` False,
        speech (gliding pitch, short syllables, pauses): a glottal saw through three formant bands."""
        y = np.zeros(self.n)
        r, b = self.r, self.beat
        t = start
        scale = np.array([0, 2, 4, 7, 9, 12, 14])
        vowels = [(700, 1200, 2600), (400, 2000, 2600), (300, 800, 2400), (500, 1000, 2500), (300, 2300, 3000)]
        motif = [(int(r.integers(0, 7)), float(r.choice([0.5, 0.5, 1.0]))) for _ in range(int(r.integers(3, 6)))]
        i = 0
        while t < end:
            if sung:
                deg, d = motif[i % len(motif)]
                d *= b
                f0 = self.key * 2 * 2 ** (scale[deg] / 12)
            else:
                d = float(r.uniform(0.1, 0.28))
                f0 = float(r.uniform(100, 180))
            i += 1
            m = min(int(d * SR), self.n - int(t * SR))
            if m <= 0:
                break
            tt = np.arange(m) / SR
            if sung:
                f = f0 * (1 + 0.015 * np.sin(2 * np.pi * 5.5 * tt) * np.minimum(1, tt / 0.2))
            else:
                f = f0 * (1 + r.uniform(-0.3, 0.3) * tt / d)
            ph = (np.cumsum(f) / SR) % 1.0
            src = 2 * ph - 1 + 0.05 * r.standard_normal(m)
            F = vowels[int(r.integers(len(vowels)))]
            x = sum(_bp(src, f1 * 0.85, f1 * 1.15) * g for f1, g in zip(F, (1.0, 0.5, 0.25)))
            cons = _bp(r.standard_normal(int(0.03 * SR)), 2500, 8000) * 0.3
            env = np.minimum(1, tt / 0.03) * np.minimum(1, (d - tt) / 0.04)
            _place(y, x * env, t)
            _place(y, cons, t)
            t += d
            if not sung and r.random() < 0.2:
                t += float(r.uniform(0.15, 0.5))  # a pause between phrases
            elif sung and r.random() < dense * 0.1:
                t += b / 2
        y[int(end * SR):] = 0
        return y / (np.abs(y).max() + 1e-9)

    def riff(self, start, end):
        """A plucked / distorted riff (a guitar or synth lick) of 8th and 16th notes, repeated each bar."""
        r, b = self.r, self.beat
        y = np.zeros(self.n)
        notes = [(float(self.key * 2 ** (int(r.choice([0, 3, 5, 7, 10, 12])) / 12)), float(r.choice([0.25, 0.5, 0.5]))) for _ in range(6)]
        drive = float(r.uniform(1, 6))
        for k, t0 in self._bars(start, end):
            t = t0
            for f, d in notes:
                d *= b
                tt = np.arange(int(d * SR)) / SR
                x = np.tanh(drive * sum(np.sin(2 * np.pi * f * h * tt) / h for h in (1, 2, 3))) * np.exp(-tt * r.uniform(3, 8))
                if t < end:
                    _place(y, x, t)
                t += d
        y[int(end * SR):] = 0
        return y

    def verb(self, x, wet=None):
        w = self.wet if wet is None else wet
        return x + w * fftconvolve(x, self.ir)[:x.size] * 2.0


@dataclass
class OpenItem:
    kind: str
    opening: str
    seed: int

    @property
    def hook(self) -> bool:
        return self.opening == "hook"

    def audio(self, seconds: float = 12.0, sr: int = SR) -> np.ndarray:
        """Mono float32 at 22.05 kHz, shape (seconds * 22050,), peak 0.2-0.95."""
        assert sr == SR
        r = np.random.default_rng(self.seed)
        s = Song(r, seconds)
        n, T = s.n, seconds
        tt = np.arange(n) / SR
        bar = 4 * s.beat
        vp, cp = s.verse_prog, s.chorus_prog
        k = self.kind

        def verse(start, vocal=None, tails=None):
            """The song's verse groove from ``start``: drums, bass, chords (with vocals by chance)."""
            att = float(r.uniform(0.3, 1.2)) if tails else None
            v = s.drums(start, T, False) * r.uniform(0.6, 1.0) + 0.5 * s.bass(start, T, vp) + 0.12 * s.chords(start, T, vp, False, attack=att)
            if vocal if vocal is not None else r.random() < 0.4:
                v = v + 0.35 * s.voice(start + bar * int(r.integers(0, 2)) * 0, T, vp, dense=0.5) * np.abs(v).max()
            return s.verb(v, s.wet * (1.8 if tails else 1.0))

        if k in ("groove_dry", "groove_tails", "groove_vocal"):
            if k == "groove_dry":
                s.wet = float(r.uniform(0.0, 0.1))
            y = verse(0.0, vocal=(k == "groove_vocal") or None, tails=(k == "groove_tails"))
        elif k == "chorus_first":
            # the chorus (its own chords, a sung hook, 16th hats, a crash, a bright pad) for 2 or 4 bars,
            # then the verse; the chorus within -1..+2 LU of the verse (a master limiter's level)
            nb = 2 if 2 * bar >= 3.2 else 4
            end = nb * bar
            ch = (s.drums(0, end, True) + 0.5 * s.bass(0, end, cp) + 0.18 * s.chords(0, end, cp, True))
            ch = ch + 0.5 * s.voice(0, end, cp) * np.abs(ch).max()
            ch = s.verb(ch)
            ve = verse(end)
            ve[:int(end * SR)] = 0
            rest_l = _loud(ve[int(end * SR):])
            y = _gain_to(ch, rest_l, float(r.uniform(-1.0, 2.0))) + ve
        elif k == "riff_first":
            # a riff alone or over the beat for 1-2 bars (>= 3 s), then the groove without it
            nb = max(1, int(np.ceil(3.2 / bar)))
            end = nb * bar
            op = s.riff(0, end)
            if r.random() < 0.5:
                op = op / np.abs(op).max() + 0.7 * s.drums(0, end, False) / np.abs(s.drums(0, end, False)).max()
            op = s.verb(op)
            op[int(end * SR):] = 0
            ve = verse(end)
            ve[:int(end * SR)] = 0
            y = _gain_to(op, _loud(ve[int(end * SR):]), float(r.uniform(-1.5, 1.5))) + ve
        elif k == "acappella_first":
            end = max(3.2, bar * int(np.ceil(3.2 / bar)))
            v = s.verb(s.voice(0, end, cp))
            v[int(end * SR) + int(0.5 * SR):] = 0
            ve = verse(end, vocal=True)
            ve[:int(end * SR)] = 0
            y = _gain_to(v, _loud(ve[int(end * SR):]), float(r.uniform(-2.0, 1.0))) + ve
        elif k == "drop_first":
            end = max(3.2, bar * int(np.ceil(3.2 / bar)))
            dr = (s.drums(0, end, True) + 0.9 * s.bass(0, end, cp) + 0.2 * s.chords(0, end, cp, True))
            dr = s.verb(np.tanh(2 * dr / np.abs(dr).max()))
            ve = verse(end)
            ve[:int(end * SR)] = 0
            y = _gain_to(dr, _loud(ve[int(end * SR):]), float(r.uniform(3.0, 7.0))) + ve
        elif k in ("pad_intro", "filtered_intro", "spoken_intro"):
            end = float(r.uniform(3.5, 7.0))
            ve = verse(end)
            ve[:int(end * SR)] = 0
            if k == "pad_intro":
                op = s.verb(s.chords(0, end, vp, False, attack=float(r.uniform(0.2, 1.5))))
            elif k == "filtered_intro":
                op = _lp(verse(0.0), float(r.uniform(250, 600)), 4)
            else:
                op = s.verb(s.voice(0, end, vp, sung=False), 0.1)
                if r.random() < 0.5:
                    op = op + 0.15 * s.chords(0, end, vp, False, attack=1.0) / 3
            op[int(end * SR):] = 0
            y = _gain_to(op, _loud(ve[int(end * SR):]), float(r.uniform(-14.0, -4.0))) + ve
        elif k == "tone":
            f = float(r.uniform(100, 2000))
            y = np.sin(2 * np.pi * f * tt) * (1 + (r.random() < 0.5) * 0.3 * np.sin(2 * np.pi * r.uniform(0.2, 6) * tt))
        elif k == "drone":
            y = s.verb(sum(np.sin(2 * np.pi * s.key * m * tt + r.uniform(0, 6)) / m for m in (0.5, 1, 1.5, 2, 3)))
            y = _lp(y * (1 + 0.15 * np.sin(2 * np.pi * r.uniform(0.1, 0.5) * tt)), float(r.uniform(800, 4000)))
        elif k == "noise":
            w = r.standard_normal(n)
            y = _lp(w, float(r.uniform(500, 10000))) if r.random() < 0.5 else w
        elif k == "silence":
            y = np.zeros(n) if r.random() < 0.5 else 1e-6 * r.standard_normal(n)
        else:
            raise ValueError(k)
        y = np.asarray(y, np.float64)
        m = float(np.abs(y).max())
        if m == 0 or k == "silence":
            return y.astype(np.float32)
        return (float(r.uniform(0.2, 0.95)) * y / m).astype(np.float32)


def opening_set(per_kind: int = 4, seed: int = 0) -> list:
    """``per_kind`` clips of each kind of :data:`KINDS`, seeds drawn from ``seed``."""
    rng = np.random.default_rng(seed)
    return [OpenItem(k, o, int(rng.integers(1 << 30))) for k, o in KINDS.items() for _ in range(per_kind)]
