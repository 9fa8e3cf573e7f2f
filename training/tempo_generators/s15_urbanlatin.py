"""DEV data only: a groove synthesiser written in session 15 (task tempo7) for the styles the tempo
score had not seen: trap and drill at their DAW tempo (half-time snare, 808s, hi-hat rolls), salsa
(clave, cowbell, tumbao, montuno) as written at 160-200, afrobeats (3+3+2 log drum), amapiano (log
drum, 16th shakers), boom-bap with swing, and 6/8 corridos. Written for realism, not to make the
estimator win: each clip draws its own kit, mix, swing, humanisation, fills, rolls, drops and room.
Used by training/tempo_generators/__init__.py in the pooled development set (leave-one-generator-
out); never a held-out figure.

Truth (``bpm``): the tempo a producer types in the DAW, in quarter notes:

* trap and drill: 130-150 even though the snare or clap falls on beat 3 only (the half-time feel);
* salsa: the quarter note as charted (160-200; the felt "cut-time" pulse is half of it);
* 6/8 corridos: the DAW's quarter note, i.e. half the eighth-note rate (3 quarters per 6/8 bar), so
  1.5 x the dotted-quarter pulse a listener taps. This is the project's DAW convention (a 6/8 or
  3/4 corrido tumbado is listed in beat stores at 130-160); a tapping annotator of a beat-tracking
  set would mark the dotted quarter instead, a 2/3 ratio that no octave tolerance forgives.
"""
import numpy as np
from scipy.signal import fftconvolve, butter, sosfilt

SR = 48000
STYLES = ("trap", "drill", "salsa", "afrobeats", "amapiano", "boombap", "corrido")
RANGES = {"trap": (130, 150), "drill": (136, 148), "salsa": (160, 200), "afrobeats": (98, 118),
          "amapiano": (108, 116), "boombap": (80, 96), "corrido": (100, 150)}


def _t(sec):
    return np.arange(int(sec * SR)) / SR


def _noise(rng, n, lo, hi, order=2):
    sos = butter(order, [lo, min(hi, SR / 2 - 100)], btype="band", fs=SR, output="sos")
    y = sosfilt(sos, rng.standard_normal(n))
    return y / (np.abs(y).max() + 1e-9)


def _norm(x):
    return x / (np.abs(x).max() + 1e-9)


class Kit:
    """Every sound of one clip, drawn from ``rng`` (one kit per clip)."""

    def __init__(self, rng):
        r = self.r = rng
        # 808: sine with a pitch drop, long tail, some drive
        self.drive = r.uniform(1.0, 4.0)
        self.dec808 = r.uniform(1.2, 4.0)
        # punchy kick
        t = _t(0.3)
        f0, f1 = r.uniform(45, 65), r.uniform(90, 180)
        self.kick = _norm(np.sin(2 * np.pi * np.cumsum(f0 + f1 * np.exp(-t * r.uniform(25, 60))) / SR)
                          * np.exp(-t * r.uniform(8, 16)) + r.uniform(0, 0.4) * _noise(r, len(t), 2000, 8000) * np.exp(-t * 300))
        # snare: tone + noise; clap: bursts; rim
        t = _t(0.35)
        self.snare = _norm(r.uniform(0.4, 0.9) * _noise(r, len(t), r.uniform(800, 2000), r.uniform(6000, 12000)) * np.exp(-t * r.uniform(12, 25))
                           + r.uniform(0.2, 0.6) * np.sin(2 * np.pi * r.uniform(160, 240) * t) * np.exp(-t * 30))
        cl = np.zeros(int(0.3 * SR))
        for k, d in enumerate(np.cumsum(r.uniform(0.006, 0.013, 3))):
            i = int(d * SR)
            m = len(cl) - i
            cl[i:] += _noise(r, m, 800, 5000) * np.exp(-np.arange(m) / SR * (90 if k < 2 else r.uniform(12, 25)))
        self.clap = _norm(cl)
        t = _t(0.06)
        self.rim = _norm(np.sin(2 * np.pi * r.uniform(700, 1100) * t) * np.exp(-t * 100) + 0.5 * _noise(r, len(t), 2000, 7000) * np.exp(-t * 160))
        # hats: 808-style metallic squares or filtered noise
        t = _t(0.25)
        if r.random() < 0.5:
            fr = np.array([205.3, 304.4, 369.6, 522.7, 540.0, 800.0]) * r.uniform(0.9, 1.2)
            met = sum(np.sign(np.sin(2 * np.pi * f * t + r.uniform(0, 6))) for f in fr)
            sos = butter(2, [6000, 15000], btype="band", fs=SR, output="sos")
            met = _norm(sosfilt(sos, met))
        else:
            met = _noise(r, len(t), r.uniform(5000, 8000), 16000)
        self.hat = met[: int(0.06 * SR)] * np.exp(-_t(0.06) * r.uniform(50, 120))
        self.ohat = met * np.exp(-t * r.uniform(7, 14)) * 0.8
        t = _t(0.08)
        self.shaker = _noise(r, len(t), 3500, 12000) * np.sin(np.pi * t / t[-1]) ** r.uniform(1, 3) * 0.6
        # latin percussion
        t = _t(0.25)
        cb = np.sign(np.sin(2 * np.pi * 540 * r.uniform(0.95, 1.1) * t)) + np.sign(np.sin(2 * np.pi * 800 * r.uniform(0.95, 1.1) * t))
        self.cowbell = _norm(sosfilt(butter(2, [400, 4000], btype="band", fs=SR, output="sos"), cb)) * np.exp(-t * r.uniform(10, 18))
        t = _t(0.08)
        self.clave = np.sin(2 * np.pi * r.uniform(2200, 2800) * t) * np.exp(-t * 60)
        t = _t(0.3)
        fc = r.uniform(190, 260)
        self.conga_open = np.sin(2 * np.pi * np.cumsum(fc * (1 + 0.1 * np.exp(-t * 50))) / SR) * np.exp(-t * 14)
        self.conga_slap = _norm(0.6 * np.sin(2 * np.pi * fc * 1.6 * t) * np.exp(-t * 40) + 0.6 * _noise(r, len(t), 1000, 6000) * np.exp(-t * 60))
        self.conga_mute = np.sin(2 * np.pi * fc * t) * np.exp(-t * 60) * 0.6
        self.bongo = np.sin(2 * np.pi * np.cumsum(r.uniform(420, 560) * (1 + 0.1 * np.exp(-t * 60))) / SR) * np.exp(-t * 30)
        self.timbal = _norm(np.sin(2 * np.pi * np.cumsum(r.uniform(280, 380) * (1 + 0.3 * np.exp(-t * 40))) / SR) * np.exp(-t * 18)
                            + 0.4 * _noise(r, len(t), 1500, 6000) * np.exp(-t * 35))
        t = _t(0.05)
        self.shell = _noise(r, len(t), 2000, 9000) * np.exp(-t * 90) * 0.7  # cascara on the timbal shell
        t = _t(0.12)
        self.guiro = _noise(r, len(t), 2500, 8000) * (0.5 + 0.5 * np.sign(np.sin(2 * np.pi * r.uniform(35, 55) * t))) * np.exp(-t * 8) * 0.5
        self.wood = np.sin(2 * np.pi * r.uniform(900, 1500) * _t(0.07)) * np.exp(-_t(0.07) * 70)

    def b808(self, f, dur, glide_to=None):
        t = _t(dur)
        fr = f * (1 + 1.5 * np.exp(-t * 40))
        if glide_to is not None:
            g = np.clip((t - 0.6 * dur) / (0.3 * dur + 1e-9), 0, 1)
            fr = fr * (glide_to / f) ** g
        y = np.sin(2 * np.pi * np.cumsum(fr) / SR) * np.exp(-t * self.dec808) * np.minimum(1, t * 500) * np.minimum(1, (dur - t) * 80)
        return np.tanh(self.drive * y) / np.tanh(self.drive)

    def log_drum(self, f, dur):
        """Amapiano/afro log drum: pitched, short glide down, woody attack, a little drive."""
        t = _t(dur)
        y = np.sin(2 * np.pi * np.cumsum(f * (1 + 0.6 * np.exp(-t * 35))) / SR) * np.exp(-t * self.r.uniform(4, 9))
        y += 0.3 * np.sin(2 * np.pi * np.cumsum(2 * f * (1 + 0.6 * np.exp(-t * 35))) / SR) * np.exp(-t * 15)
        return np.tanh(2 * y * np.minimum(1, t * 400) * np.minimum(1, (dur - t) * 60))

    def bass(self, f, dur):
        t = _t(dur)
        return (np.sin(2 * np.pi * f * t) + 0.3 * np.sin(4 * np.pi * f * t) + 0.1 * np.sin(6 * np.pi * f * t)) \
            * np.minimum(1, t * 200) * np.exp(-t * 2.5) * np.minimum(1, (dur - t) * 60)

    def piano(self, fs, dur):
        t = _t(dur)
        y = sum(sum(np.sin(2 * np.pi * k * f * t) * np.exp(-t * (2 + 2 * k)) / k for k in (1, 2, 3, 4)) for f in fs)
        return y * np.minimum(1, t * 600) * np.minimum(1, (dur - t) * 40) / len(fs)

    def pad(self, fs, dur):
        t = _t(dur)
        y = sum(np.sin(2 * np.pi * f * (1 + d) * t) for f in fs for d in (-0.003, 0, 0.004))
        return y * np.minimum(1, t * 4) * np.minimum(1, (dur - t) * 4) / (3 * len(fs))

    def pluck(self, f, dur, bright=0.5):
        n = int(dur * SR)
        N = max(2, int(round(SR / f)))
        buf = self.r.uniform(-1, 1, N)
        rows = []
        damp = 0.990 + 0.008 * bright
        for _ in range(n // N + 1):
            rows.append(buf)
            buf = damp * 0.5 * (buf + np.roll(buf, -1))
        return np.concatenate(rows)[:n]


def groove(bpm, dur, style, seed=1):
    """One groove, mono float64 at 48 kHz, shape (dur * 48000,), peak 0.9.

    Parameters
    ----------
    bpm : float
        The DAW tempo (quarter notes per minute); the truth.
    dur : float
        Seconds.
    style : str
        One of :data:`STYLES`.
    seed : int
        Draws the kit, the mix, swing, humanisation, fills and the arrangement.
    """
    r = np.random.default_rng(seed)
    K = Kit(r)
    n = int(dur * SR)
    beat = 60.0 / bpm
    hum = r.uniform(0.0, 0.012)  # s of timing spread (0 for a quantised beat)
    # one bus per role so the mix can weigh them
    bus = {k: np.zeros(n) for k in ("low", "kick", "snare", "hat", "perc", "music")}

    def put(role, x, t, g=1.0, jitter=True):
        if jitter and hum:
            t = t + r.normal(0, hum)
        i = int(round(t * SR))
        if i >= n or i + len(x) <= 0:
            return
        if i < 0:
            x, i = x[-i:], 0
        j = min(n, i + len(x))
        bus[role][i:j] += g * x[: j - i]

    def vel(base, spread=0.15):
        return max(0.05, base * (1 + r.normal(0, spread)))

    root = float(r.choice([41.2, 43.65, 46.25, 49.0, 51.9, 55.0, 58.3]))
    minor = [1, 1.189, 1.335, 1.498, 1.782]
    prog = r.choice([[0, 0, 3, 2], [0, 4, 3, 2], [0, 2, 3, 3], [0, 3, 1, 4]])
    bars = int(np.ceil(dur / (4 * beat))) + 1
    intro_bars = int(r.choice([0, 0, 0, 1, 2]))  # bars of music only before the drums
    drop_bar = int(r.integers(4, 10)) if r.random() < 0.35 else -1  # one bar without drums

    def drums_on(bar):
        return bar >= intro_bars and bar != drop_bar

    if style in ("trap", "drill"):
        roll_p = r.uniform(0.2, 0.6)
        hat_div = int(r.choice([2, 4] if style == "trap" else [3, 4]))  # 8ths/16ths; drill: triplet feel too
        kick_808 = r.random() < 0.8
        patt = r.integers(0, 3)
        for bar in range(bars):
            t0 = bar * 4 * beat
            f = root * minor[prog[bar % 4]]
            # music: dark pad or bell/piano loop
            if bar % 2 == 0:
                put("music", K.pad([4 * f, 4 * f * 1.189, 4 * f * 1.498], 8 * beat), t0, 0.5, jitter=False)
            if r.random() < 0.6:
                for k in range(4):
                    put("music", K.pluck(8 * f * minor[int(r.integers(0, 5))], beat, 0.9), t0 + k * beat + (0.5 * beat if k % 2 and r.random() < 0.4 else 0), 0.25)
            if not drums_on(bar):
                continue
            # 808 / kick pattern (syncopated, varies per bar)
            if style == "trap":
                hits = [(0, 1.5), (1.5, 1.0), (2.75, 0.5)] if patt == 0 else [(0, 0.75), (0.75, 1.5), (2.5, 1.0), (3.5, 0.5)] if patt == 1 else [(0, 2.0), (2.5, 0.75), (3.25, 0.75)]
            else:  # drill: sliding 808s, kick off the grid
                hits = [(0, 1.25), (1.25, 0.75), (2.5, 1.0)] if patt != 1 else [(0, 0.75), (0.75, 1.75), (3.0, 1.0)]
            if bar % 4 == 3 and r.random() < 0.5:
                hits = hits[:-1] + [(hits[-1][0], 0.25), (hits[-1][0] + 0.5, 0.25)]
            for k, (p, L) in enumerate(hits):
                glide = f * float(r.choice([0.75, 1.335, 1.5])) if (style == "drill" or r.random() < 0.3) and k == len(hits) - 1 else None
                put("low", K.b808(f, L * beat, glide), t0 + p * beat, vel(0.9, 0.05))
                if not kick_808 and p == 0:
                    put("kick", K.kick, t0, 0.8)
            # snare/clap: beat 3 (half-time); drill adds a late snare on some bars
            put("snare", K.clap if r.random() < 0.6 else K.snare, t0 + 2 * beat, vel(0.9, 0.05))
            if style == "drill" and bar % 2 == 1:
                put("snare", K.snare, t0 + 3.5 * beat if r.random() < 0.5 else t0 + 3.75 * beat, vel(0.7))
            if style == "drill" and r.random() < 0.5:
                put("snare", K.snare, t0 + 1.75 * beat, vel(0.25))  # ghost
            # hats with rolls
            for b in range(4):
                tb = t0 + b * beat
                if r.random() < roll_p and not (b == 2 and r.random() < 0.3):
                    div = int(r.choice([3, 4, 6, 8]))  # 8th-triplet, 16th, 16th-triplet, 32nd
                    span = float(r.choice([0.5, 1.0]))
                    m = int(div * span)
                    ramp = r.random() < 0.5
                    for k in range(m):
                        put("hat", K.hat, tb + k * beat / div, (0.3 + 0.5 * k / m) if ramp else vel(0.5), jitter=False)
                    if span == 0.5:
                        put("hat", K.hat, tb + 0.5 * beat, vel(0.6))
                else:
                    for k in range(hat_div):
                        acc = 1.0 if k == 0 else 0.6
                        if style == "drill" and hat_div == 3 and k == 1 and r.random() < 0.4:
                            continue  # skippy drill hats
                        put("hat", K.hat, tb + k * beat / hat_div, vel(0.6 * acc))
            if r.random() < 0.4:
                put("hat", K.ohat, t0 + float(r.choice([1.5, 3.5])) * beat, 0.5)
            if bar % 4 == 3 and r.random() < 0.4:  # snare roll into the next phrase
                for k in range(8):
                    put("snare", K.snare, t0 + 3 * beat + k * beat / 8, 0.2 + 0.06 * k, jitter=False)
        mix = {"low": r.uniform(0.8, 1.2), "kick": 0.7, "snare": r.uniform(0.5, 0.9), "hat": r.uniform(0.12, 0.45),
               "perc": 0.3, "music": r.uniform(0.2, 0.5)}

    elif style == "salsa":
        three_two = r.random() < 0.5
        son = [0, 1.5, 3, 5, 6] if three_two else [1, 2, 4, 5.5, 7]  # son clave over 8 quarters
        if r.random() < 0.3:  # rumba clave
            son = [0, 1.5, 3.5, 5, 6] if three_two else [1, 2, 4, 5.5, 7.5]
        for bar in range(bars):
            t0 = bar * 4 * beat
            f = root * 2 * [1, 1.335, 1.498, 1.335][bar % 4]
            two = (bar % 2) * 4
            # piano montuno: syncopated 8ths
            for k in range(8):
                if k in (0, 3, 5, 7) or (k in (2, 6) and r.random() < 0.5):
                    put("music", K.piano([4 * f, 4 * f * 1.26, 4 * f * 1.5], 0.45 * beat), t0 + k * beat / 2, vel(0.45))
            if r.random() < 0.5 and bar % 2 == 0:  # horn stab
                put("music", K.pad([8 * f, 8 * f * 1.26], 0.4 * beat), t0 + 3.5 * beat, 0.5)
            # tumbao bass: the 'and' of 2 and beat 4, tied over the bar line
            put("low", K.bass(f, 1.4 * beat), t0 + 1.5 * beat, vel(0.9, 0.05))
            put("low", K.bass(f * 1.498, 1.0 * beat), t0 + 3 * beat, vel(0.8, 0.05))
            if not drums_on(bar):
                continue
            for p in son:
                if two <= p < two + 4:
                    put("perc", K.clave, t0 + (p - two) * beat, vel(0.7, 0.05))
            # conga tumbao: slap on 2, open tones on 4 and 4-and, mutes on the rest of the 8ths
            for k in range(8):
                if k == 2:
                    put("perc", K.conga_slap, t0 + beat, vel(0.7))
                elif k in (6, 7):
                    put("perc", K.conga_open, t0 + k * beat / 2, vel(0.8))
                else:
                    put("perc", K.conga_mute, t0 + k * beat / 2, vel(0.3))
            if r.random() < 0.6:  # campana (mambo bell) on quarters, bell mouth accents
                for k in range(4):
                    put("hat", K.cowbell, t0 + k * beat, vel(0.7 if k % 2 == 0 else 0.45))
                    if r.random() < 0.5:
                        put("hat", K.cowbell, t0 + k * beat + beat / 2, vel(0.3))
            else:  # cascara on the timbal shell, or bongo martillo with bongo bell
                cas = [0, 1, 1.5, 2.5, 3, 3.5]
                for p in cas:
                    put("hat", K.shell, t0 + p * beat, vel(0.6))
                for k in range(8):
                    put("perc", K.bongo, t0 + k * beat / 2, vel(0.5 if k % 2 == 0 else 0.25))
            if r.random() < 0.4:
                for k in range(4):
                    put("perc", K.guiro, t0 + k * beat, vel(0.4))
            if bar % 4 == 3 and r.random() < 0.6:  # timbal fill into the next phrase
                for k in range(int(r.choice([4, 6, 8]))):
                    put("snare", K.timbal, t0 + 2 * beat + k * 2 * beat / 8, vel(0.6 + 0.05 * k))
            if r.random() < 0.2:
                put("kick", K.kick, t0 + 3 * beat, 0.4)
        mix = {"low": r.uniform(0.5, 0.9), "kick": 0.5, "snare": r.uniform(0.5, 0.8), "hat": r.uniform(0.3, 0.6),
               "perc": r.uniform(0.5, 0.9), "music": r.uniform(0.3, 0.6)}

    elif style in ("afrobeats", "amapiano"):
        sw = r.uniform(0.0, 0.1)  # 16th swing (a little)
        four = style == "amapiano" and r.random() < 0.6
        for bar in range(bars):
            t0 = bar * 4 * beat
            f = root * 2 * [1, 1.189, 1.335, 0.891][prog[bar % 4] % 4]

            def s16(k):
                return t0 + (k + (sw if k % 2 else 0)) * beat / 4

            if bar % 2 == 0:
                put("music", K.piano([4 * f, 4 * f * 1.189, 4 * f * 1.498, 4 * f * 1.782], 7 * beat), t0, 0.35, jitter=False)
            if style == "amapiano" and r.random() < 0.5:
                for k in (3, 6, 10, 14):
                    put("music", K.piano([8 * f, 8 * f * 1.26], 0.3 * beat), s16(k), vel(0.25))
            if not drums_on(bar):
                continue
            # log drum: 3+3+2 (8ths 0, 3, 6) for afrobeats; syncopated 16ths for amapiano
            if style == "afrobeats":
                logs = [0, 6, 12] if r.random() < 0.7 else [0, 6, 10, 12]
                if r.random() < 0.5:
                    put("kick", K.kick, t0, 0.9)
                    put("kick", K.kick, t0 + 1.5 * beat, 0.7)
                    put("kick", K.kick, t0 + 3 * beat, 0.6)
                else:
                    put("kick", K.kick, t0, 0.9)
                    put("kick", K.kick, t0 + 2 * beat, 0.8)
            else:
                logs = sorted(set(int(v) for v in r.choice([0, 3, 6, 7, 10, 11, 13, 14], size=int(r.integers(3, 6)), replace=False)))
                if four:
                    for k in range(4):
                        put("kick", K.kick, t0 + k * beat, 0.6)
                else:
                    put("kick", K.kick, t0, 0.6)
                    put("kick", K.kick, t0 + 2 * beat, 0.5)
            for i, k in enumerate(logs):
                nxt = logs[i + 1] if i + 1 < len(logs) else 16
                put("low", K.log_drum(f * float(r.choice([1, 1, 1.5, 2])), (nxt - k) * beat / 4), s16(k), vel(0.9, 0.05))
            # shakers in 16ths, accents on the offbeats
            for k in range(16):
                put("hat", K.shaker, s16(k), vel(0.6 if k % 4 == 2 else 0.35 if k % 2 else 0.25))
            # claps/snare: afro on 2 and 4 or on beat 3 and 4-and; amapiano on 2 and 4 / off beats
            if style == "afrobeats" and r.random() < 0.5:
                put("snare", K.clap, t0 + 2 * beat, vel(0.7))
                put("snare", K.rim, t0 + 3.5 * beat, vel(0.5))
            else:
                put("snare", K.clap, t0 + beat, vel(0.6))
                put("snare", K.clap, t0 + 3 * beat, vel(0.6))
            for k in (3, 6, 10, 13) if style == "afrobeats" else (2, 7, 11, 14):  # rim / wood clave figure
                if r.random() < 0.8:
                    put("perc", K.rim if style == "afrobeats" else K.wood, s16(k), vel(0.5))
            if style == "amapiano" and r.random() < 0.5:
                for k in range(4):
                    put("hat", K.ohat, t0 + k * beat + beat / 2, 0.35)
            if bar % 4 == 3 and r.random() < 0.4:  # conga / tom fill
                for k in range(int(r.choice([4, 6]))):
                    put("perc", K.conga_open, t0 + 3 * beat + k * beat / 6 * (4 / 4), vel(0.6))
        mix = {"low": r.uniform(0.6, 1.0), "kick": r.uniform(0.4, 0.8), "snare": r.uniform(0.3, 0.6),
               "hat": r.uniform(0.15, 0.45), "perc": r.uniform(0.3, 0.6), "music": r.uniform(0.3, 0.6)}

    elif style == "boombap":
        sw = r.uniform(0.08, 0.33)  # swing of the off 8ths (or 16ths), as a share of the 8th (0.33 = triplet)
        div = int(r.choice([2, 4]))
        for bar in range(bars):
            t0 = bar * 4 * beat
            f = root * 2 * [1, 1.189, 1.335, 0.891][prog[bar % 4] % 4]

            def sub(b, k):
                step = beat / div
                return t0 + b * beat + (k + (sw if k % 2 else 0)) * step

            if bar % 2 == 0:  # sampled chop: rhodes chord, filtered
                put("music", K.piano([2 * f, 2 * f * 1.189, 2 * f * 1.498, 2 * f * 1.782], 3.8 * beat), t0, 0.5, jitter=False)
                put("music", K.piano([2 * f * 1.335, 2 * f * 1.68], 3.8 * beat), t0 + 4 * beat, 0.4, jitter=False)
            put("low", K.bass(f, 1.5 * beat), t0, 0.6)
            if not drums_on(bar):
                continue
            kp = [0, 2.5 * 1] if r.random() < 0.5 else [0, 0.75 + sw * 0.25, 2.5]
            if bar % 2 == 1 and r.random() < 0.5:
                kp = kp + [3.5 + sw * 0.5]
            for p in kp:
                put("kick", K.kick, t0 + p * beat, vel(0.9, 0.08))
            put("snare", K.snare, t0 + beat, vel(1.0, 0.05))
            put("snare", K.snare, t0 + 3 * beat, vel(1.0, 0.05))
            if r.random() < 0.3:
                put("snare", K.snare, t0 + 3.75 * beat, vel(0.25))  # ghost
            for b in range(4):
                for k in range(div):
                    put("hat", K.hat, sub(b, k), vel(0.55 if k == 0 else 0.35))
        mix = {"low": r.uniform(0.3, 0.6), "kick": r.uniform(0.7, 1.0), "snare": r.uniform(0.6, 0.9),
               "hat": r.uniform(0.15, 0.4), "perc": 0.3, "music": r.uniform(0.3, 0.6)}

    elif style == "corrido":
        e8 = beat / 2  # eighth note; a 6/8 bar has 6 of them (3 DAW quarters)
        barlen = 6 * e8
        bars = int(np.ceil(dur / barlen)) + 1
        tuba = r.random() < 0.6  # tuba/tololoche or an 808 (corridos bélicos)
        for bar in range(bars):
            t0 = bar * barlen
            f = root * 2 * [1, 1.335, 1.498, 1][bar % 4]
            # bass on the two dotted quarters (1 and 4 of 6)
            for p, ff in ((0, f), (3, f * 1.498)):
                put("low", K.bass(ff, 2.8 * e8) if tuba else K.b808(ff, 2.8 * e8), t0 + p * e8, vel(0.8, 0.05))
            # armonia (12-string / docerola): strum on the off pulses (2, 3, 5, 6 of 6), chucked
            for p in (1, 2, 4, 5):
                st = sum(K.pluck(4 * f * m, 0.9 * e8, 0.3) for m in (1, 1.26, 1.5)) / 3
                put("perc", st, t0 + p * e8 + r.uniform(0, 0.012), vel(0.55))
            # requinto: runs of 16ths (triplet feel within the dotted quarter) or eighths
            if r.random() < 0.7:
                run = int(r.choice([6, 12]))
                for k in range(run):
                    put("music", K.pluck(8 * f * minor[int(r.integers(0, 5))], 0.25, 0.8), t0 + k * barlen / run, vel(0.35))
            if not drums_on(bar) or r.random() < 0.3:
                continue
            # drums in some corridos tumbados: kick on 1, snare/rim on 4 of 6, hats on 8ths
            if r.random() < 0.7:
                put("kick", K.kick, t0, 0.7)
                put("snare", K.rim if r.random() < 0.5 else K.snare, t0 + 3 * e8, 0.5)
                for k in range(6):
                    put("hat", K.hat, t0 + k * e8, vel(0.3))
        mix = {"low": r.uniform(0.5, 0.9), "kick": r.uniform(0.3, 0.7), "snare": r.uniform(0.2, 0.5),
               "hat": r.uniform(0.1, 0.3), "perc": r.uniform(0.4, 0.8), "music": r.uniform(0.3, 0.6)}
    else:
        raise ValueError(f"unknown style {style!r}")

    out = sum(mix[k] * _norm(v) if np.any(v) else v for k, v in bus.items())
    # room: a short diffuse tail, mixed in
    if r.random() < 0.6:
        L = int(r.uniform(0.3, 1.2) * SR)
        ir = r.standard_normal(L) * np.exp(-np.arange(L) / SR * r.uniform(4, 9))
        out = out + r.uniform(0.05, 0.25) * _norm(fftconvolve(out, ir)[:n])
    if style == "boombap" and r.random() < 0.6:  # lo-fi: low pass and vinyl crackle
        out = sosfilt(butter(2, r.uniform(3000, 7000), fs=SR, output="sos"), out)
        crack = (r.random(n) < 3e-4) * r.standard_normal(n) * 0.3 + 0.01 * r.standard_normal(n)
        out = out + crack * np.abs(out).max()
    out = np.tanh(r.uniform(1.0, 3.0) * _norm(out))  # bus compression / limiting
    return 0.9 * _norm(out)
