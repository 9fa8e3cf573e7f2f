"""DEV data from session 16 on: the blind tempo generator written in session 15 (task blindgen, by a
helper who never saw the app's tempo code, its training scripts, models or tests), copied from
/work/notes/s15/blind/gen/gen_tempo.py with its sound, pattern and mix code unchanged. Its own 179 files
(master seed 15015, /work/notes/s15/blind/tempo/) were read once, blind, for the figure in
models/virality/metrics.json ``tempo_blind_generator_s15``; from session 16 on the generator, at other
seeds, is the sixth generator of the pooled development set (training/tempo_generators/__init__.py,
leave-one-generator-out), and no held-out figure comes from it.

25 styles (:data:`STYLES`): trap, drill, reggaeton, latin pop, cumbia, bachata, salsa, merengue,
corridos tumbados in 3/4, afrobeats, amapiano, house, techno, drum and bass, boom bap, lo-fi, R&B
ballad, rock, funk, jersey club, phonk, moombahton, baile funk, dancehall, pop. Each track draws its
own kit, patterns, fills, intro without drums, breaks, vocal, mix and room (lo-fi, reverb, phone).

Truth: the DAW tempo in quarter notes (trap, drill and half-time phonk at 125-150 with the snare on
beat 3; salsa as charted at 160-200; corridos tumbados: the quarter note of the 3/4 bar, 125-165).
Session 16 changes: :func:`render_track` takes ``bpm`` and ``seconds``, and :func:`groove` gives the
package's interface (mono, 48 kHz); the file writer (``main``) is left out.
"""

import numpy as np
import scipy.signal as sg


def mtof(m):
    return 440.0 * 2.0 ** ((np.asarray(m, float) - 69.0) / 12.0)


class Kit:
    """One-shot synthesiser bound to one sample rate and one RNG."""

    def __init__(self, sr, rng):
        self.sr = sr
        self.rng = rng
        self.cache = {}
        self.sos_cache = {}

    # ---------- helpers
    def t(self, dur):
        return np.arange(int(dur * self.sr)) / self.sr

    def sos(self, btype, f, order=2):
        key = (btype, tuple(np.atleast_1d(f)), order)
        if key not in self.sos_cache:
            fn = np.atleast_1d(f).astype(float)
            fn = np.clip(fn, 20, self.sr / 2 * 0.95)
            self.sos_cache[key] = sg.butter(order, fn if len(fn) > 1 else fn[0], btype=btype, fs=self.sr,
                                            output="sos")
        return self.sos_cache[key]

    def filt(self, x, btype, f, order=2):
        return sg.sosfilt(self.sos(btype, f, order), x)

    def noise(self, dur):
        return self.rng.standard_normal(int(dur * self.sr))

    def variant(self, name, fn, nvar=4):
        """Cache nvar variants of a one-shot; pick one at random (round-robin sampling)."""
        if name not in self.cache:
            self.cache[name] = [fn() for _ in range(nvar)]
        v = self.cache[name]
        return v[self.rng.integers(len(v))]

    # ---------- drums
    def kick(self, f_end=50, f_start=160, ptau=0.03, atau=0.18, drive=1.5, dur=0.45):
        r = self.rng
        t = self.t(dur)
        fe = f_end * r.uniform(0.97, 1.03)
        f = fe + (f_start - fe) * np.exp(-t / ptau)
        y = np.sin(2 * np.pi * np.cumsum(f) / self.sr) * np.exp(-t / atau)
        c = self.filt(self.noise(0.006), "highpass", 2000) * np.exp(-self.t(0.006) / 0.0015)
        y[: len(c)] += 0.35 * c
        y = np.tanh(y * drive) / np.tanh(drive)
        return y

    def e808(self, f, dur, f_from=None, slide=0.08, drive=2.0, decay=0.9):
        t = self.t(max(dur, 0.05))
        if f_from is not None:
            g = np.clip(t / slide, 0, 1)
            ff = f_from * (f / f_from) ** (g ** 0.7)
        else:
            ff = f * (1 + 0.5 * np.exp(-t / 0.015))
        y = np.sin(2 * np.pi * np.cumsum(ff) / self.sr)
        env = np.exp(-t / decay) * np.minimum(1, t / 0.003)
        rel = int(0.02 * self.sr)
        if len(env) > rel:
            env[-rel:] *= np.linspace(1, 0, rel)
        y = np.tanh(drive * y * env) / np.tanh(drive)
        return y

    def snare(self, tone=190, ndecay=0.14, tdecay=0.05, bright=7000):
        t = self.t(0.35)
        tn = np.sin(2 * np.pi * tone * t * (1 + 0.15 * np.exp(-t / 0.01))) * np.exp(-t / tdecay)
        nz = self.filt(self.noise(0.35), "bandpass", [1200, bright]) * np.exp(-t / ndecay)
        return 0.6 * tn + 0.9 * nz / (np.abs(nz).max() + 1e-9)

    def clap(self):
        t = self.t(0.3)
        nz = self.filt(self.noise(0.3), "bandpass", [900, 3200])
        env = np.zeros_like(t)
        for k, off in enumerate([0, 0.009, 0.019, 0.03]):
            tt = t - off
            m = tt >= 0
            env[m] += np.exp(-tt[m] / (0.006 if k < 3 else 0.11))
        y = nz * env
        return y / (np.abs(y).max() + 1e-9)

    def hat(self, open_=False, hp=7000):
        d = 0.45 if open_ else 0.08
        t = self.t(d)
        metal = sum(sg.square(2 * np.pi * f * t) for f in [205.3, 304.4, 369.6, 522.7, 540, 800])
        y = self.filt(0.5 * metal + self.noise(d) * 1.5, "highpass", hp)
        tau = self.rng.uniform(0.15, 0.3) if open_ else self.rng.uniform(0.012, 0.03)
        y = y * np.exp(-t / tau)
        return y / (np.abs(y).max() + 1e-9)

    def rim(self):
        t = self.t(0.06)
        y = (np.sin(2 * np.pi * 1700 * t) + 0.6 * np.sin(2 * np.pi * 820 * t)) * np.exp(-t / 0.012)
        y += 0.4 * self.filt(self.noise(0.06), "bandpass", [2000, 6000]) * np.exp(-t / 0.004)
        return y / np.abs(y).max()

    def shaker(self):
        t = self.t(0.1)
        env = np.minimum(1, t / 0.012) * np.exp(-np.maximum(t - 0.012, 0) / 0.03)
        y = self.filt(self.noise(0.1), "bandpass", [4500, 12000]) * env
        return y / (np.abs(y).max() + 1e-9)

    def snap(self):
        t = self.t(0.08)
        y = self.filt(self.noise(0.08), "bandpass", [1800, 4500]) * np.exp(-t / 0.015)
        return y / (np.abs(y).max() + 1e-9)

    def conga(self, f=220, kind="open"):
        dur = {"open": 0.3, "slap": 0.15, "mute": 0.08}[kind]
        t = self.t(dur)
        tau = {"open": 0.12, "slap": 0.04, "mute": 0.02}[kind]
        y = np.sin(2 * np.pi * f * t * (1 + 0.06 * np.exp(-t / 0.02))) * np.exp(-t / tau)
        if kind == "slap":
            y += 0.9 * self.filt(self.noise(dur), "bandpass", [900, 4500]) * np.exp(-t / 0.012)
        else:
            y += 0.2 * self.filt(self.noise(dur), "bandpass", [500, 3000]) * np.exp(-t / 0.004)
        return y / np.abs(y).max()

    def cowbell(self, f=545):
        t = self.t(0.35)
        y = sg.square(2 * np.pi * f * t) + 0.7 * sg.square(2 * np.pi * f * 1.48 * t)
        y = self.filt(y, "bandpass", [max(300, f * 0.7), f * 3.5]) * np.exp(-t / 0.09)
        return y / np.abs(y).max()

    def guiro(self, dur=0.12, rate=45):
        t = self.t(dur)
        am = 0.5 + 0.5 * np.sign(np.sin(2 * np.pi * rate * t))
        env = np.minimum(1, t / 0.01) * np.exp(-np.maximum(t - dur * 0.7, 0) / 0.01)
        y = self.filt(self.noise(dur), "bandpass", [2500, 7000]) * am * env
        return y / (np.abs(y).max() + 1e-9)

    def guira(self, dur=0.05):
        t = self.t(dur)
        am = 0.5 + 0.5 * np.sign(np.sin(2 * np.pi * 90 * t))
        y = self.filt(self.noise(dur), "highpass", 5000) * am * np.exp(-t / (dur / 2.5))
        return y / (np.abs(y).max() + 1e-9)

    def log_drum(self, f, dur=0.35):
        t = self.t(dur)
        ff = f * (1 + 0.35 * np.exp(-t / 0.025))
        ph = 2 * np.pi * np.cumsum(ff) / self.sr
        y = np.sin(ph) + 0.35 * np.sin(2 * ph) + 0.12 * np.sin(3 * ph)
        y = np.tanh(1.8 * y * np.exp(-t / (dur / 2.2)))
        c = self.filt(self.noise(0.01), "bandpass", [800, 2500]) * np.exp(-self.t(0.01) / 0.002)
        y[: len(c)] += 0.3 * c
        return y / np.abs(y).max()

    def tom(self, f=120):
        t = self.t(0.45)
        y = np.sin(2 * np.pi * np.cumsum(f * (1 + 0.4 * np.exp(-t / 0.03))) / self.sr) * np.exp(-t / 0.16)
        y += 0.15 * self.filt(self.noise(0.45), "bandpass", [300, 2500]) * np.exp(-t / 0.03)
        return y / np.abs(y).max()

    def crash(self):
        t = self.t(1.8)
        metal = sum(sg.square(2 * np.pi * f * t) for f in [333, 461, 587, 709, 893, 1187])
        y = self.filt(self.noise(1.8) + 0.2 * metal, "highpass", 4000) * np.exp(-t / 0.55)
        return y / np.abs(y).max()

    def ride(self):
        t = self.t(0.8)
        y = sum(np.sin(2 * np.pi * f * t) for f in [2930, 4410, 5120, 6200]) * 0.3
        y = y + 0.4 * self.filt(self.noise(0.8), "highpass", 6000)
        y = y * np.exp(-t / 0.3)
        return y / np.abs(y).max()

    def timbale(self, f=850):
        t = self.t(0.3)
        y = np.sin(2 * np.pi * f * t) * np.exp(-t / 0.12) + 0.6 * np.sin(2 * np.pi * f * 2.3 * t) * np.exp(-t / 0.05)
        y += 0.5 * self.filt(self.noise(0.3), "bandpass", [1500, 6000]) * np.exp(-t / 0.01)
        return y / np.abs(y).max()

    def squeak(self):
        t = self.t(0.12)
        f = 1400 + 900 * np.sin(2 * np.pi * 9 * t)
        y = np.sin(2 * np.pi * np.cumsum(f) / self.sr) * np.sin(np.pi * t / 0.12)
        return y

    # ---------- pitched
    def tone(self, f, dur, kind="saw", attack=0.005, release=0.05, decay=None, vib=0.0, lp=None, detune=0.0):
        t = self.t(dur + release)
        if len(t) == 0:
            return np.zeros(1)
        ff = f * (1 + vib * np.sin(2 * np.pi * 5.2 * t))
        ph = 2 * np.pi * np.cumsum(ff) / self.sr
        if kind == "saw":
            y = sg.sawtooth(ph)
            if detune:
                y = 0.5 * y + 0.5 * sg.sawtooth(ph * (1 + detune))
        elif kind == "square":
            y = sg.square(ph)
        elif kind == "sine":
            y = np.sin(ph)
        elif kind == "piano":
            y = sum((1.0 / k ** 1.6) * np.sin(k * ph) * np.exp(-t * k * 0.9) for k in range(1, 8))
        elif kind == "rhodes":
            y = np.sin(ph + 1.2 * np.sin(ph) * np.exp(-t / 0.3))
        elif kind == "pluck":
            y = sum((1.0 / k) * np.sin(k * ph) * np.exp(-t * (3 + 4 * k)) for k in range(1, 9))
        elif kind == "organ":
            y = np.sin(ph) + 0.5 * np.sin(2 * ph) + 0.3 * np.sin(3 * ph) + 0.25 * np.sin(4 * ph)
        elif kind == "accordion":
            y = 0.5 * sg.square(ph, 0.3) + 0.5 * sg.square(ph * 1.004, 0.3)
        elif kind == "dist":
            y = np.tanh(4 * (sg.sawtooth(ph) + sg.sawtooth(ph * 1.5 * 1.002)))
        else:
            y = np.sin(ph)
        if lp:
            y = self.filt(y, "lowpass", lp)
        env = np.ones_like(t)
        na = max(1, int(attack * self.sr))
        env[:na] = np.linspace(0, 1, na)
        if decay:
            env *= np.exp(-t / decay)
        nr = int(release * self.sr)
        nd = int(dur * self.sr)
        if nr > 0:
            env[nd:] *= np.linspace(1, 0, len(env) - nd)
        return y * env

    def vowel(self, f0, dur, vowel="a", glide_from=None):
        F = {"a": (800, 1150, 2900), "e": (400, 2000, 2550), "i": (300, 2300, 3000),
             "o": (450, 800, 2830), "u": (325, 700, 2530)}[vowel]
        t = self.t(dur + 0.06)
        f = f0 * (1 + 0.012 * np.sin(2 * np.pi * 5.5 * t + self.rng.uniform(0, 6)))
        if glide_from is not None:
            f = f * (glide_from / f0) ** np.exp(-t / 0.04)
        src = sg.sawtooth(2 * np.pi * np.cumsum(f) / self.sr) + 0.05 * self.rng.standard_normal(len(t))
        y = np.zeros_like(t)
        for fc, g in zip(F, (1.0, 0.6, 0.25)):
            bw = fc / 8
            y += g * self.filt(src, "bandpass", [fc - bw, fc + bw])
        env = np.minimum(1, t / 0.025) * np.clip((dur + 0.06 - t) / 0.06, 0, 1)
        y = y * env
        cons = self.filt(self.noise(0.03), "bandpass", [3000, 8000]) * np.exp(-self.t(0.03) / 0.01)
        y[: len(cons)] += 0.3 * cons * (self.rng.random() < 0.6)
        return y / (np.abs(y).max() + 1e-9)


# ---------------------------------------------------------------- patterns
def steps(s, inst, vel=1.0, div=4, off=0.0, **kw):
    ev = []
    for i, c in enumerate(s.replace(" ", "")):
        if c in "xXg":
            v = {"X": 1.0, "x": 0.78, "g": 0.32}[c] * vel
            ev.append((inst, off + i / div, v, kw))
    return ev


MINOR_PROGS = [[0, -4, -7, -2], [0, 3, -2, -4], [0, -4, 3, -2], [0, 5, -4, -2], [0, 0, -4, -5]]
MAJOR_PROGS = [[0, 5, -3, 7], [0, 7, -3, 5], [0, -3, 5, 7], [0, 5, 7, 5], [0, 2, 5, 7]]

STYLES = {
    # name: (bpm range, beats per bar, swing (None or (div, ratio range)), jitter ms, mode)
    "trap": ((130, 150), 4, None, 1.5, "minor"),
    "drill": ((138, 146), 4, None, 1.5, "minor"),
    "reggaeton": ((88, 100), 4, None, 3, "minor"),
    "latin_pop": ((95, 125), 4, None, 5, "major"),
    "cumbia": ((85, 110), 4, None, 9, "major"),
    "bachata": ((120, 140), 4, None, 8, "minor"),
    "salsa": ((160, 200), 4, None, 8, "minor"),
    "merengue": ((120, 160), 4, None, 7, "major"),
    "corridos_tumbados": ((125, 165), 3, None, 9, "minor"),
    "afrobeats": ((98, 115), 4, ("16", (0.52, 0.58)), 5, "major"),
    "amapiano": ((110, 116), 4, ("16", (0.5, 0.56)), 3, "minor"),
    "house": ((120, 128), 4, None, 1, "minor"),
    "techno": ((125, 140), 4, None, 0.5, "minor"),
    "drum_and_bass": ((170, 176), 4, None, 1, "minor"),
    "boom_bap": ((85, 95), 4, ("16", (0.56, 0.64)), 6, "minor"),
    "lofi": ((70, 90), 4, ("16", (0.58, 0.66)), 9, "major"),
    "rnb_ballad": ((60, 75), 4, None, 6, "major"),
    "rock": ((100, 160), 4, None, 10, "major"),
    "funk": ((95, 120), 4, ("16", (0.5, 0.56)), 7, "minor"),
    "jersey_club": ((130, 145), 4, None, 1, "minor"),
    "phonk": ((125, 150), 4, None, 1.5, "minor"),
    "moombahton": ((105, 112), 4, None, 2, "minor"),
    "baile_funk": ((125, 135), 4, None, 3, "minor"),
    "dancehall": ((90, 105), 4, None, 4, "minor"),
    "pop": ((100, 128), 4, None, 3, "major"),
}


def hat_line(rng, base, rolls=0, roll_kinds=("32", "trip16")):
    """Closed hats with optional trap rolls (1/32 or triplet-16th) replacing one beat or half beat."""
    ev = steps(base, "hat")
    for _ in range(rolls):
        beat = int(rng.integers(0, 4))
        half = rng.random() < 0.5
        start = beat + (0.5 if half and rng.random() < 0.5 else 0.0)
        span = 0.5 if half else 1.0
        ev = [e for e in ev if not (start <= e[1] < start + span)]
        kind = roll_kinds[rng.integers(len(roll_kinds))]
        n_per_beat = {"32": 8, "trip16": 6, "trip8": 3}[kind]
        n = int(round(span * n_per_beat))
        for k in range(n):
            ev.append(("hat", start + k / n_per_beat, 0.45 + 0.5 * (k / max(1, n - 1)) * rng.uniform(0.5, 1), {}))
    return ev


def drums_for(style, rng, bar, P):
    """Return drum events (inst, beat_pos, vel, kw) for one bar of a style. P: per-track params."""
    S = P["variant"]
    ev = []
    if style in ("trap", "phonk") and P.get("halftime", True) or style == "drill":
        kicks = {0: "x.........x.....", 1: "x......x..x.....", 2: "x..x......x....x", 3: "x.....x...x..x.."}[S % 4]
        if style == "drill":
            kicks = {0: "x.........x.....", 1: "x.....x.......x.", 2: "x..x......x.....", 3: "x.......x..x...."}[S % 4]
        ev += steps(kicks, "kick")
        ev += steps("........X.......", "clap" if P["clap"] else "snare")
        if style == "drill":
            if bar % 2 == 1:
                ev += steps("..............x.", "snare", 0.8)
            ev += hat_line(rng, ["x..x..x...x..x..", "x..x..x.x..x..x."][S % 2], rolls=int(rng.integers(0, 2)),
                           roll_kinds=("trip16", "trip8"))
        elif style == "phonk":
            ev += hat_line(rng, "x.x.x.x.x.x.x.x.", rolls=int(rng.integers(0, 2)))
            ev += [("cowbell", i / 4, 0.7 if i % 4 else 0.95, {"note": P["cow_riff"][i % len(P["cow_riff"])]})
                   for i in range(16) if P["cow_mask"][i]]
        else:
            base = "xxxxxxxxxxxxxxxx" if P["hat16"] else "x.x.x.x.x.x.x.x."
            ev += hat_line(rng, base, rolls=int(rng.integers(0, 3)))
            if rng.random() < 0.4:
                ev += steps("..............x.", "ohat", 0.6)
    elif style == "phonk":  # double-time phonk: backbeat on 2 and 4
        ev += steps(["x.....x...x.....", "x......x..x..x.."][S % 2], "kick")
        ev += steps("....X.......X...", "snare")
        ev += hat_line(rng, "x.x.x.x.x.x.x.x.", rolls=int(rng.integers(0, 2)))
        ev += [("cowbell", i / 4, 0.7 if i % 4 else 0.95, {"note": P["cow_riff"][i % len(P["cow_riff"])]})
               for i in range(16) if P["cow_mask"][i]]
    elif style in ("reggaeton", "moombahton", "latin_pop") and P.get("dembow", True):
        ev += steps("x...x...x...x...", "kick")
        ev += steps(["...x..x....x..x.", "...x..x....x..x.", "...x..x...xx..x."][S % 3], "snare")
        if style == "latin_pop":
            ev += steps("x.x.x.x.x.x.x.x.", "shaker", 0.6)
        else:
            ev += steps(["x.x.x.x.x.x.x.x.", "..x...x...x...x.", "xxxxxxxxxxxxxxxx"][S % 3], "hat", 0.55)
        if rng.random() < 0.3:
            ev += steps("......x.......x.", "timbale", 0.5)
        if style == "moombahton":
            ev += steps("....x.......x...", "clap", 0.7)
    elif style in ("latin_pop", "pop"):
        ev += steps(["x.....x.x.......", "x.......x.x.....", "x..x..x...x....."][S % 3], "kick")
        ev += steps("....X.......X...", "clap" if P["clap"] else "snare")
        ev += steps(["x.x.x.x.x.x.x.x.", "xxxxxxxxxxxxxxxx"][S % 2], "shaker" if S % 2 else "hat", 0.6)
    elif style == "cumbia":
        ev += steps("x.......x.......", "kick", 0.6)
        for b in range(4):
            ev.append(("guiro_long", b, 0.75, {}))
            ev.append(("guiro_short", b + 0.5, 0.6, {}))
            ev.append(("guiro_short", b + 0.75, 0.5, {}))
        ev += steps("......x.......xx", "conga_open", 0.7)
        ev += steps("....x.......x...", "conga_slap", 0.6)
        if S % 2:
            ev += steps("..x...x...x...x.", "cowbell", 0.35, note=0)
    elif style == "bachata":
        ev += steps(["X.xxX.xxX.xxX.xx", "X.x.X.xxX.x.X.xx"][S % 2], "guira", 0.7)
        ev += steps("x.x.x.x.x.x.x.x.", "bongo", 0.5)
        ev += steps("......X.......X.", "bongo_slap", 0.8)
        if S % 3 == 0:
            ev += steps("x.......x.......", "kick", 0.7)
    elif style == "salsa":
        clave = ["....x...x.......", "x.....x.....x..."][bar % 2]  # 2-3 son clave over two bars
        if P["clave32"]:
            clave = ["x.....x.....x...", "....x...x......."][bar % 2]
        ev += steps(clave, "clave", 0.7)
        ev += steps("X...x...X...x...", "cowbell", 0.6, note=0)
        ev += steps("g.g.X.g.g.g.x.x.", "conga_mix", 0.7)
        if S % 2:
            ev += steps("x.....x.x...x.x.", "timbale", 0.25)
    elif style == "merengue":
        ev += steps("XxxxXxxxXxxxXxxx", "guira", 0.5)
        ev += steps("x.......x.......", "tambora", 0.8)
        ev += steps("......X.....x.x.", "tambora_slap", 0.7)
        if S % 2:
            ev += steps("x...x...x...x...", "kick", 0.5)
    elif style == "corridos_tumbados":  # 3/4 bar, 12 sixteenths
        ev += steps("....x...x...", "strum_chuck", 0.7)
        if P["modern"]:
            ev += steps("x...........", "kick", 0.7)
            ev += steps("x.x.x.x.x.x.", "hat", 0.35)
            ev += steps("........x...", "snap", 0.5)
    elif style == "afrobeats":
        ev += steps(["x..x..x...x.....", "x...x...x...x...", "x......x..x....."][S % 3], "kick")
        ev += steps(["...x..x....x..x.", "....x.......x..."][S % 2], "rim" if S % 2 == 0 else "clap", 0.7)
        ev += steps("xXxxxXxxxXxxxXxx", "shaker", 0.5)
        ev += steps("..x.......x.x...", "conga_open", 0.5)
    elif style == "amapiano":
        ev += steps(["x...x...x...x...", "x.......x......."][S % 2], "kick", 0.85)
        ev += steps("xxxxxxxxxxxxxxxx", "shaker", 0.45)
        ev += steps("....x.......x...", "clap", 0.6)
        ev += steps("..x...x...x.x.x.", "rim", 0.4)
    elif style == "house":
        ev += steps("x...x...x...x...", "kick")
        ev += steps("....x.......x...", "clap", 0.8)
        ev += steps("..x...x...x...x.", "ohat", 0.5)
        if S % 2:
            ev += steps("xxxxxxxxxxxxxxxx", "hat", 0.3)
    elif style == "techno":
        ev += steps("x...x...x...x...", "kick")
        ev += steps("..x...x...x...x.", "ohat" if S % 2 else "hat", 0.55)
        ev += steps("xxxxxxxxxxxxxxxx", "ride", 0.25)
        if S % 3 == 0:
            ev += steps("....x.......x...", "clap", 0.6)
    elif style == "drum_and_bass":
        ev += steps(["x.........x.....", "x.........x..x..", "x.x.......x....."][S % 3], "kick")
        ev += steps("....X.......X...", "snare")
        ev += steps(".......g.g....g.", "snare", 0.9)
        ev += steps("x.x.x.x.x.x.x.x.", "hat", 0.5)
    elif style in ("boom_bap", "lofi"):
        ev += steps(["x.....x...x.....", "x......xx.....x.", "x.x.......x..x.."][S % 3], "kick")
        ev += steps("....X.......X...", "snare")
        ev += steps(["x.x.x.x.x.x.x.x.", "xxxxxxxxxxxxxxxx"][S % 2], "hat", 0.5)
    elif style == "rnb_ballad":
        ev += steps(["x......x..x.....", "x.........x..x.."][S % 2], "kick")
        ev += steps("....X.......X...", "snap" if S % 2 else "clap", 0.8)
        ev += hat_line(rng, "xxxxxxxxxxxxxxxx", rolls=int(rng.integers(0, 2)), roll_kinds=("trip16", "32"))
    elif style == "rock":
        ev += steps(["x.......x.x.....", "x.x.....x.......", "x.......xx......"][S % 3], "kick")
        ev += steps("....X.......X...", "snare")
        ev += steps("x.x.x.x.x.x.x.x.", "ride" if S % 4 == 3 else "hat", 0.55)
    elif style == "funk":
        ev += steps(["x.........x..x..", "x..x......x....."][S % 2], "kick")
        ev += steps("....X..g.g..X..g", "snare")
        ev += steps("XxxxXxxxXxxxXxxx", "hat", 0.45)
        ev += steps("......x.........", "ohat", 0.4)
    elif style == "jersey_club":
        ev += steps(["x...x...x..x..x.", "x...x...x.x.x..."][S % 2], "kick")
        ev += steps("....x.......x...", "clap", 0.7)
        ev += steps("..x...x...x...x.", "hat", 0.4)
        if S % 2:
            ev += steps("......x.......x.", "squeak", 0.4)
    elif style == "baile_funk":
        ev += steps(["x..x..x...x.....", "x..x..x...x..x.."][S % 2], "kick")
        ev += steps("..x....x....x.x.", "tom", 0.6)
        ev += steps("....x.......x...", "clap", 0.6)
        ev += steps("x.x.x.x.x.x.x.x.", "hat", 0.3)
    elif style == "dancehall":
        ev += steps(["x..x..x.x..x..x.", "x.......x......."][S % 2], "kick")
        ev += steps("....x.......x...", "snare", 0.8)
        ev += steps("...x..x....x..x.", "rim", 0.6)
        ev += steps("x.x.x.x.x.x.x.x.", "hat", 0.45)
    # fills at the end of phrases
    bpb = STYLES[style][1]
    if P["fills"] and bar % P["phrase"] == P["phrase"] - 1:
        start = bpb - 1
        ev = [e for e in ev if e[1] < start or e[0] in ("kick", "hat", "shaker", "guira", "cowbell")]
        kind = P["fill_kind"]
        if kind == "snare_roll":
            ev += [("snare", start + k / 4, 0.4 + 0.15 * k, {}) for k in range(4)]
        elif kind == "snare_roll32":
            ev += [("snare", start + k / 8, 0.3 + 0.08 * k, {}) for k in range(8)]
        elif kind == "toms":
            ev += [("tom", start + k / 4, 0.8, {"f": 200 - 30 * k}) for k in range(4)]
        elif kind == "timbales":
            ev += [("timbale", start + k / 4, 0.6 + 0.1 * k, {}) for k in range(4)]
    if P["crash"] and bar % P["phrase"] == 0:
        ev.append(("crash", 0.0, 0.5, {}))
    return ev


def render_track(idx, style, rng, sr, bpm=None, seconds=None):
    """One track: (samples, bpm, seconds, notes). ``bpm`` and ``seconds`` (session 16) override the
    tempo and length the track would draw; the draws are still made, so the rest of the track is
    drawn as in session 15."""
    bpm_lo, bpm_hi = STYLES[style][0]
    bpm_drawn = float(np.round(rng.uniform(bpm_lo, bpm_hi), 1 if rng.random() < 0.3 else 0))
    bpm = bpm_drawn if bpm is None else float(bpm)
    _, bpb, swing, jit_ms, mode = STYLES[style]
    spb = 60.0 / bpm
    dur = float(rng.uniform(10, 30))
    if seconds is not None:
        dur = max(dur, float(seconds))
    nbars = int(np.ceil(dur / (spb * bpb)))
    dur = nbars * spb * bpb  # whole bars, then trimmed to target length below
    target = float(np.clip(rng.uniform(10, 30), 10, dur))
    if seconds is not None:
        target = float(seconds)
    K = Kit(sr, rng)
    notes = []
    P = {"variant": int(rng.integers(0, 12)), "clap": rng.random() < 0.5, "hat16": rng.random() < 0.5,
         "fills": rng.random() < 0.7, "phrase": int(rng.choice([4, 8])),
         "fill_kind": str(rng.choice(["snare_roll", "snare_roll32", "toms", "timbales"])),
         "crash": rng.random() < 0.5, "halftime": True, "dembow": True, "clave32": rng.random() < 0.3,
         "modern": rng.random() < 0.5}
    if style == "phonk":
        P["halftime"] = rng.random() < 0.5
        notes.append("half-time snare on beat 3" if P["halftime"] else "snare on 2 and 4")
        root = int(rng.integers(0, 12))
        P["cow_riff"] = list(rng.choice([0, 3, 5, 7, 10, 12], size=8))
        P["cow_mask"] = rng.random(16) < 0.6
        P["cow_mask"][0] = True
    if style == "latin_pop":
        P["dembow"] = rng.random() < 0.5
        notes.append("dembow groove" if P["dembow"] else "pop backbeat groove")
    if style == "salsa":
        notes.append("3-2 clave" if P["clave32"] else "2-3 clave")
    if style == "corridos_tumbados":
        notes.append("3/4, bpm counts quarter notes (tololoche on 1, guitar on 2 and 3)"
                     + ("; modern with 808/hats" if P["modern"] else "; acoustic only"))
    if style in ("trap", "drill"):
        notes.append("DAW tempo; half-time snare on beat 3")
    if swing:
        sw = float(rng.uniform(*swing[1]))
        notes.append(f"16th swing {sw:.2f}")
    else:
        sw = 0.5
    intro_bars = int(rng.choice([0, 0, 0, 1, 2, 4])) if nbars > 6 else 0
    while intro_bars and intro_bars * bpb * spb > 0.3 * target:
        intro_bars //= 2
    tbars = int(target / (bpb * spb))  # bars that survive the trim to `target` seconds
    if intro_bars:
        notes.append(f"{intro_bars}-bar intro without drums")
    brk = None
    if tbars >= 10 and rng.random() < 0.3:
        brk = int(rng.integers(intro_bars + 3, tbars - 3))
        notes.append(f"2-bar break without drums at bar {brk}")
    jit = jit_ms * rng.uniform(0.6, 1.4) / 1000.0
    vel_j = rng.uniform(0.05, 0.18)

    def tpos(bar, pos):
        """Beat position -> seconds, with swing applied to odd 16ths."""
        b = np.floor(pos + 1e-9)
        frac = pos - b
        if sw != 0.5:
            # within each 8th (0.5 beat), the second 16th moves from 0.25 to sw*0.5
            e8 = np.floor(frac * 2 + 1e-9) / 2
            f16 = frac - e8
            if abs(f16 - 0.25) < 1e-6:
                frac = e8 + sw * 0.5
        return (bar * bpb + b + frac) * spb

    n_total = int((dur + 2.5) * sr)
    layers = {k: np.zeros(n_total) for k in ("drums", "bass", "chords", "lead", "vocal", "perc")}
    pans = {}

    def add(layer, x, t0, g):
        i0 = int(round(t0 * sr))
        if i0 < 0:
            x = x[-i0:]
            i0 = 0
        i1 = min(n_total, i0 + len(x))
        if i1 > i0:
            layers[layer][i0:i1] += g * x[: i1 - i0]

    # ---- sound designs per track
    kick_p = dict(f_end=rng.uniform(42, 62), f_start=rng.uniform(110, 260), ptau=rng.uniform(0.015, 0.05),
                  atau=rng.uniform(0.08, 0.3), drive=rng.uniform(1, 4))
    sn_p = dict(tone=rng.uniform(150, 260), ndecay=rng.uniform(0.06, 0.2), bright=rng.uniform(5000, 11000))
    conga_f = rng.uniform(180, 260)
    inst = {
        "kick": lambda kw: K.variant("kick", lambda: K.kick(**kick_p), 2),
        "snare": lambda kw: K.variant("snare", lambda: K.snare(**sn_p)),
        "clap": lambda kw: K.variant("clap", K.clap),
        "hat": lambda kw: K.variant("hat", K.hat),
        "ohat": lambda kw: K.variant("ohat", lambda: K.hat(True), 2),
        "rim": lambda kw: K.variant("rim", K.rim, 2),
        "shaker": lambda kw: K.variant("shaker", K.shaker),
        "snap": lambda kw: K.variant("snap", K.snap),
        "conga_open": lambda kw: K.variant("co", lambda: K.conga(conga_f, "open"), 3),
        "conga_slap": lambda kw: K.variant("cs", lambda: K.conga(conga_f * 1.3, "slap"), 3),
        "conga_mix": lambda kw: K.variant("cm", lambda: K.conga(conga_f * rng.choice([1, 1.3]),
                                                                str(rng.choice(["open", "mute"]))), 6),
        "bongo": lambda kw: K.variant("bo", lambda: K.conga(rng.uniform(380, 520), "mute"), 4),
        "bongo_slap": lambda kw: K.variant("bs", lambda: K.conga(rng.uniform(380, 520), "slap"), 2),
        "cowbell": lambda kw: K.variant(f"cb{kw.get('note', 0)}", lambda: K.cowbell(545 * 2 ** (kw.get('note', 0) / 12)), 1),
        "guiro_long": lambda kw: K.variant("gl", lambda: K.guiro(0.6 * spb), 3),
        "guiro_short": lambda kw: K.variant("gs", lambda: K.guiro(0.12 * spb), 3),
        "guira": lambda kw: K.variant("gu", lambda: K.guira(0.05), 4),
        "tambora": lambda kw: K.variant("ta", lambda: K.tom(rng.uniform(140, 180)), 2),
        "tambora_slap": lambda kw: K.variant("tas", lambda: K.conga(300, "slap"), 2),
        "clave": lambda kw: K.variant("cl", lambda: K.timbale(2200) * 0.7, 1),
        "timbale": lambda kw: K.variant("ti", lambda: K.timbale(rng.uniform(700, 1000)), 3),
        "tom": lambda kw: K.variant(f"tom{int(kw.get('f', 150))}", lambda: K.tom(kw.get("f", 150)), 1),
        "crash": lambda kw: K.variant("cr", K.crash, 1),
        "ride": lambda kw: K.variant("ri", K.ride, 2),
        "squeak": lambda kw: K.variant("sq", K.squeak, 1),
        "strum_chuck": lambda kw: K.variant("ch", lambda: K.filt(K.noise(0.06), "bandpass", [500, 3000]) *
                                             np.exp(-K.t(0.06) / 0.015), 3),
    }
    inst_gain = {k: 1.0 for k in inst}
    inst_gain.update({"hat": 0.35, "ohat": 0.3, "shaker": 0.3, "ride": 0.2, "crash": 0.35, "guira": 0.35,
                      "guiro_long": 0.3, "guiro_short": 0.3, "rim": 0.4, "snap": 0.5, "clave": 0.4,
                      "timbale": 0.5, "cowbell": 0.45, "conga_open": 0.5, "conga_slap": 0.5, "conga_mix": 0.5,
                      "bongo": 0.4, "bongo_slap": 0.5, "squeak": 0.25, "strum_chuck": 0.4,
                      "snare": 0.8, "clap": 0.7, "kick": 1.0, "tambora": 0.7, "tambora_slap": 0.5, "tom": 0.6})
    for k in inst_gain:
        inst_gain[k] *= 10 ** (rng.uniform(-4, 4) / 20)
    perc_layer = {"conga_open", "conga_slap", "conga_mix", "bongo", "bongo_slap", "guiro_long", "guiro_short",
                  "guira", "clave", "timbale", "cowbell", "shaker", "strum_chuck", "squeak"}

    drum_bars = [b for b in range(nbars) if b >= intro_bars and not (brk is not None and brk <= b < brk + 2)]
    kick_times = []
    for bar in drum_bars:
        for name, pos, v, kw in drums_for(style, rng, bar, P):
            t0 = tpos(bar, pos) + rng.normal(0, jit)
            g = v * (1 + rng.normal(0, vel_j)) * inst_gain[name]
            add("perc" if name in perc_layer else "drums", inst[name](kw), t0, max(g, 0.02))
            if name == "kick":
                kick_times.append((bar, pos))

    # ---- harmony
    key = int(rng.integers(0, 12))
    prog = (MINOR_PROGS if mode == "minor" else MAJOR_PROGS)[int(rng.integers(0, 5))]
    third = 3 if mode == "minor" else 4
    bars_per_chord = int(rng.choice([1, 2])) if bpm > 110 else 1
    chord_kind = {"trap": ["pluck", "piano", "saw"], "drill": ["saw", "piano"], "reggaeton": ["piano", "pluck"],
                  "latin_pop": ["pluck", "piano"], "cumbia": ["accordion"], "bachata": ["pluck"],
                  "salsa": ["piano"], "merengue": ["accordion", "piano"], "corridos_tumbados": ["pluck"],
                  "afrobeats": ["pluck", "rhodes"], "amapiano": ["rhodes", "piano"], "house": ["organ", "piano"],
                  "techno": ["saw"], "drum_and_bass": ["saw"], "boom_bap": ["piano", "rhodes"],
                  "lofi": ["rhodes"], "rnb_ballad": ["rhodes", "piano"], "rock": ["dist"], "funk": ["organ", "pluck"],
                  "jersey_club": ["saw", "pluck"], "phonk": ["saw"], "moombahton": ["saw", "pluck"],
                  "baile_funk": ["saw"], "dancehall": ["organ", "pluck"], "pop": ["piano", "pluck", "saw"]}[style]
    ck = str(rng.choice(chord_kind))
    ch_rhythm = {"cumbia": "offbeat8", "dancehall": "offbeat8", "salsa": "montuno", "bachata": "arp16",
                 "merengue": "eighths", "corridos_tumbados": "waltz", "house": "stab", "rock": "eighths",
                 "funk": "stab", "amapiano": "stab"}.get(style, str(rng.choice(["sustain", "sustain", "stab"])))
    ch_gain = 10 ** (rng.uniform(-8, 0) / 20) * 0.35
    bass_kind = {"trap": "808", "drill": "808", "phonk": "808", "reggaeton": "808", "amapiano": "log",
                 "corridos_tumbados": "upright", "salsa": "tumbao", "cumbia": "cumbia", "bachata": "bachata",
                 "merengue": "merengue", "house": "offbeat", "techno": "offbeat", "drum_and_bass": "reese",
                 "rock": "eighths", "funk": "slap", "lofi": "kick", "boom_bap": "kick", "rnb_ballad": "808",
                 "jersey_club": "808", "baile_funk": "808", "moombahton": "kick", "afrobeats": "sync",
                 "latin_pop": "kick", "dancehall": "sync", "pop": "eighths"}[style]
    bass_gain = 10 ** (rng.uniform(-6, 0) / 20) * 0.6
    b_lp = rng.uniform(300, 900)

    for bar in range(nbars):
        deg = prog[(bar // bars_per_chord) % len(prog)]
        root = 48 + key + deg
        while root > 57:
            root -= 12
        chord = [root + 12, root + 12 + third + (1 if deg in (5, 7) and mode == "minor" else 0) * 0, root + 19]
        if ck in ("rhodes",) or style in ("amapiano", "lofi", "rnb_ballad"):
            chord.append(root + 12 + (10 if mode == "minor" else 11))
        fr = mtof(chord)
        bar_s = bar * bpb * spb
        if ch_rhythm == "sustain":
            if bar % bars_per_chord == 0:
                for f in fr:
                    add("chords", K.tone(f, bars_per_chord * bpb * spb * 0.98, ck if ck != "saw" else "saw",
                                         attack=0.05, release=0.2, lp=2500, detune=0.006), bar_s, ch_gain)
        else:
            pos_list = {"stab": [0, 1.5, 2.5] if rng.random() < 0.5 else [0.5, 1.5, 2.5, 3.5],
                        "offbeat8": [0.5, 1.5, 2.5, 3.5], "eighths": [i / 2 for i in range(8)],
                        "montuno": [0, 0.5, 1.5, 2, 3, 3.5], "arp16": [i / 4 for i in range(16)],
                        "waltz": [1, 2]}[ch_rhythm]
            for j, p in enumerate(pos_list):
                t0 = tpos(bar, p) + rng.normal(0, jit)
                d = spb * (0.2 if ch_rhythm != "waltz" else 0.4)
                v = (1 + rng.normal(0, vel_j)) * ch_gain
                if ch_rhythm in ("arp16",):
                    f = fr[j % len(fr)] * 2
                    add("chords", K.tone(f, d, "pluck", release=0.08), t0, v * 1.2)
                elif ch_rhythm == "montuno":
                    for f in (fr * 2 if j % 2 else fr[[0, 2]] * 2):
                        add("chords", K.tone(f, d, ck, release=0.05), t0, v * 0.7)
                else:
                    for k, f in enumerate(fr):
                        add("chords", K.tone(f, d, ck if ck != "dist" else "dist", release=0.05,
                                             lp=3000 if ck in ("saw", "dist") else None), t0 + 0.008 * k,
                            v * (0.5 if ck == "dist" else 0.8))
        # ---- bass
        fb = mtof(root - 12 if bass_kind not in ("log",) else root)
        fifth = fb * 1.5
        if bar < intro_bars and rng.random() < 0.6:
            continue
        if bass_kind in ("808", "kick"):
            kp = [p for (b, p) in kick_times if b == bar] or [0.0]
            for j, p in enumerate(kp):
                nxt = kp[j + 1] if j + 1 < len(kp) else bpb
                d = (nxt - p) * spb
                slide = (bass_kind == "808" and j > 0 and rng.random() < 0.35)
                f = fb * (2 ** (int(rng.choice([0, 0, 3, 5, 7, -2])) / 12) if j > 0 else 1)
                y = K.e808(f, d * 0.95, f_from=fb if slide else None, drive=rng.uniform(1.2, 3.5),
                           decay=rng.uniform(0.4, 1.5)) if bass_kind == "808" else K.tone(f, d * 0.8, "sine", release=0.03)
                add("bass", y, tpos(bar, p), bass_gain)
        elif bass_kind == "log":
            for p in [[0.75, 1.5, 2.5, 2.75, 3.5], [0.5, 1.25, 2.0, 2.75, 3.5], [0, 0.75, 1.5, 2.5, 3.25]][P["variant"] % 3]:
                f = fb * 2 ** (int(rng.choice([0, 0, 7, 12, 3])) / 12)
                add("bass", K.log_drum(f, rng.uniform(0.2, 0.45)), tpos(bar, p) + rng.normal(0, jit), bass_gain * 1.3)
        elif bass_kind == "upright":
            f = fb if bar % 2 == 0 else fifth / 2 * 1.0
            add("bass", K.tone(f, spb * 0.9, "piano", release=0.05, lp=900), tpos(bar, 0) + rng.normal(0, jit),
                bass_gain * 1.6)
        elif bass_kind == "tumbao":
            add("bass", K.tone(fifth / 2 * 2 if True else fb, spb * 1.4, "sine", release=0.05), tpos(bar, 1.5),
                bass_gain)
            add("bass", K.tone(fb * 2, spb * 2.4, "sine", release=0.05), tpos(bar, 3.0), bass_gain)
        elif bass_kind == "cumbia":
            add("bass", K.tone(fb, spb * 0.9, "sine", release=0.05), tpos(bar, 0) + rng.normal(0, jit), bass_gain)
            add("bass", K.tone(fifth / 2 * 1.0 * 2 / 2, spb * 0.9, "sine", release=0.05),
                tpos(bar, 2) + rng.normal(0, jit), bass_gain)
        elif bass_kind in ("bachata", "merengue", "sync"):
            pl = {"bachata": [0, 1.5, 2, 3.5], "merengue": [0, 1.5, 2, 3], "sync": [0, 0.75, 1.5, 2.5]}[bass_kind]
            for j, p in enumerate(pl):
                f = fb if j % 2 == 0 else fifth / 2 * 2 / 2 * 1.0
                add("bass", K.tone(f * 2 if bass_kind == "bachata" else f, spb * 0.45, "sine", release=0.04),
                    tpos(bar, p) + rng.normal(0, jit), bass_gain)
        elif bass_kind == "offbeat":
            for p in [0.5, 1.5, 2.5, 3.5]:
                add("bass", K.tone(fb, spb * 0.35, "saw", release=0.02, lp=b_lp), tpos(bar, p), bass_gain * 0.8)
        elif bass_kind == "reese":
            if bar % 2 == 0:
                add("bass", K.tone(fb, 2 * bpb * spb * 0.97, "saw", attack=0.02, release=0.05, lp=b_lp, detune=0.01),
                    bar_s, bass_gain * 0.6)
        elif bass_kind == "eighths":
            for p in range(2 * bpb):
                add("bass", K.tone(fb, spb * 0.42, "saw", release=0.02, lp=b_lp),
                    tpos(bar, p / 2) + rng.normal(0, jit), bass_gain * 0.6 * (1 + rng.normal(0, vel_j)))
        elif bass_kind == "slap":
            for p, o in zip([0, 0.75, 1.5, 2.25, 2.5, 3.25], [0, 12, 0, 10, 12, 7]):
                add("bass", K.tone(fb * 2 ** (o / 12), spb * 0.2, "pluck", release=0.02),
                    tpos(bar, p) + rng.normal(0, jit), bass_gain * 1.5)

    # ---- vocal / lead (formant "voice" tones)
    has_vocal = rng.random() < 0.55
    if has_vocal:
        scale = [0, 3, 5, 7, 10] if mode == "minor" else [0, 2, 4, 7, 9]
        vroot = 60 + key if rng.random() < 0.5 else 55 + key
        sub = 4 if bpm < 110 else 2
        notes.append("formant vocal")
        prev = None
        for bar in range(nbars):
            if (bar // 2) % 2 == 1 and rng.random() < 0.7:
                continue
            for s in range(bpb * sub):
                if rng.random() < 0.45:
                    continue
                p = s / sub
                m = vroot + scale[int(rng.integers(0, 5))] + 12 * int(rng.random() < 0.15)
                d = spb / sub * rng.uniform(0.8, 1.8)
                y = K.vowel(mtof(m), d, str(rng.choice(list("aeiou"))), glide_from=prev if rng.random() < 0.3 else None)
                add("vocal", y, tpos(bar, p) + rng.normal(0, jit * 1.5), 0.25 * (1 + rng.normal(0, vel_j)))
                prev = float(mtof(m))

    # ---- mix
    g = {"drums": 1.0, "perc": 1.0, "bass": 1.0, "chords": 1.0, "lead": 1.0, "vocal": 1.0}
    for k in g:
        g[k] = 10 ** (rng.uniform(-6, 3) / 20)
    stereo = rng.random() < 0.45
    n_out = int(target * sr)
    if stereo:
        L = np.zeros(n_total)
        R = np.zeros(n_total)
        for k, x in layers.items():
            pan = {"drums": 0.0, "bass": 0.0}.get(k, rng.uniform(-0.6, 0.6))
            L += g[k] * x * np.sqrt((1 - pan) / 2) * np.sqrt(2)
            R += g[k] * x * np.sqrt((1 + pan) / 2) * np.sqrt(2)
        y = np.stack([L, R], 1)
    else:
        y = sum(g[k] * x for k, x in layers.items())[:, None]
    fx = []
    r = rng.random()
    if style == "lofi" or r < 0.12:
        # lo-fi: lowpass, vinyl crackle, hiss
        y = sg.sosfilt(K.sos("lowpass", rng.uniform(2500, 5000)), y, axis=0)
        crackle = (rng.random(n_total) < 8 / sr) * rng.standard_normal(n_total) * 0.3
        hiss = K.filt(rng.standard_normal(n_total), "highpass", 3000) * 0.004
        y = y + (crackle + hiss)[:, None] * np.abs(y).max()
        fx.append("lowpass+vinyl crackle+hiss")
    elif r < 0.30:
        # room: reverb (exponential-decay noise IR) + background noise
        rt = rng.uniform(0.4, 1.6)
        ir = rng.standard_normal(int(rt * sr)) * np.exp(-np.arange(int(rt * sr)) / (rt / 6.9 * sr))
        ir = K.filt(ir, "lowpass", rng.uniform(3000, 8000))
        ir /= np.sqrt((ir ** 2).sum())
        wet = np.stack([sg.fftconvolve(y[:, c], ir)[: n_total] for c in range(y.shape[1])], 1)
        mixw = rng.uniform(0.2, 0.5)
        y = (1 - mixw) * y + mixw * wet * 1.5
        snr = rng.uniform(12, 30)
        pink = sg.lfilter([0.049922035, -0.095993537, 0.050612699, -0.004408786], [1, -2.494956002, 2.017265875, -0.522189400],
                          rng.standard_normal(n_total))
        pink = pink / pink.std() * y.std() * 10 ** (-snr / 20)
        y = y + pink[:, None]
        fx.append(f"reverb RT60~{rt:.1f}s wet {mixw:.2f} + pink noise SNR {snr:.0f} dB")
    elif r < 0.38:
        # phone/speaker recording: band-limited, noisy, slight distortion
        y = sg.sosfilt(K.sos("bandpass", [rng.uniform(200, 400), rng.uniform(3000, 5000)], 4), y, axis=0)
        y = y + rng.standard_normal(y.shape) * y.std() * 10 ** (-rng.uniform(15, 25) / 20)
        fx.append("phone-like band-limit + noise")
    y = y[:n_out]
    # loudness: RMS target -26..-9 dBFS, some with tanh limiting (loud masters)
    rms_db = rng.uniform(-26, -10)
    y = y / (np.sqrt((y ** 2).mean()) + 1e-12) * 10 ** (rms_db / 20)
    if rng.random() < 0.35:
        drive = rng.uniform(1.5, 4)
        y = np.tanh(drive * y) / np.tanh(drive) * 0.95
        fx.append(f"tanh limiter drive {drive:.1f}")
    pk = np.abs(y).max()
    if pk > 0.99:
        y = y / pk * 0.98
    # fades
    nf = int(0.01 * sr)
    y[:nf] *= np.linspace(0, 1, nf)[:, None]
    y[-nf:] *= np.linspace(1, 0, nf)[:, None]
    rms_final = 20 * np.log10(np.sqrt((y ** 2).mean()) + 1e-12)
    notes += fx
    notes.append(f"{'stereo' if stereo else 'mono'}, {sr} Hz, RMS {rms_final:.1f} dBFS, key {key}, {mode}")
    return y.astype(np.float32), bpm, target, notes


SR = 48000
RANGES = {s: tuple(float(v) for v in STYLES[s][0]) for s in STYLES}


def groove(bpm: float, seconds: float, style: str, seed: int = 1) -> np.ndarray:
    """One track of ``style`` at ``bpm`` (quarter notes per minute), mono float64 at 48 kHz, shape
    (round(seconds * 48000),) (the two channels averaged where the track is stereo); deterministic in
    ``seed``. Raises KeyError for a style not in :data:`STYLES`."""
    rng = np.random.default_rng(seed)
    y = render_track(0, style, rng, SR, bpm=bpm, seconds=seconds)[0]
    y = np.asarray(y, np.float64).mean(axis=1)
    n = int(round(seconds * SR))
    return np.pad(y, (0, max(0, n - y.size)))[:n]
