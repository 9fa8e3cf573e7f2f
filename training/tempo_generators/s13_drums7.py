"""DEV data only: the audio groove synthesiser written by session 13's verifier of issue 15
(/work/notes/s13/verify15d/drums7.py: a new kit and styles: dembow, perreo, trap with hi-hat rolls,
afrobeats, cumbia, bachata, boom-bap, slow R&B, drum and bass, house, punk), copied unchanged apart
from this header. Used by training/tempo_generators/__init__.py to build the pooled tempo
development set (leave-one-generator-out); never a held-out figure. Truth: ``bpm`` (the tempo a
producer types in the DAW; trap at its DAW tempo)."""
import numpy as np
SR = 48000

def _env(n, dec):
    t = np.arange(n) / SR; return np.exp(-t * dec)

def _bp_noise(rng, n, lo, hi):
    x = rng.standard_normal(n); F = np.fft.rfft(x); f = np.fft.rfftfreq(n, 1 / SR)
    F[(f < lo) | (f > hi)] = 0; y = np.fft.irfft(F, n); return y / (np.abs(y).max() + 1e-9)

class Kit:
    def __init__(self, rng):
        self.rng = rng; r = rng
        t = np.arange(int(0.9 * SR)) / SR
        f808 = r.uniform(42, 55)
        self.k808 = np.sin(2 * np.pi * np.cumsum(f808 + 90 * np.exp(-t * 30)) / SR) * np.exp(-t * r.uniform(2.5, 4)) * np.minimum(1, t * 400)
        t2 = t[: int(0.25 * SR)]
        self.kac = (np.sin(2 * np.pi * np.cumsum(60 + 120 * np.exp(-t2 * 40)) / SR) * np.exp(-t2 * 18) + 0.3 * _bp_noise(r, len(t2), 1500, 5000) * np.exp(-t2 * 200))
        ts = np.arange(int(0.3 * SR)) / SR
        self.snare = 0.7 * _bp_noise(r, len(ts), 1500, 9000) * np.exp(-ts * r.uniform(14, 22)) + 0.5 * np.sin(2 * np.pi * r.uniform(180, 220) * ts) * np.exp(-ts * 25)
        cl = np.zeros(int(0.25 * SR))
        for k, d in enumerate([0, 0.011, 0.022]):
            i = int(d * SR); nn = len(cl) - i; cl[i:] += _bp_noise(r, nn, 900, 4000) * np.exp(-np.arange(nn) / SR * (80 if k < 2 else 18))
        self.clap = cl / np.abs(cl).max()
        tr = np.arange(int(0.06 * SR)) / SR
        self.rim = np.sin(2 * np.pi * 820 * tr) * np.exp(-tr * 90) + 0.4 * _bp_noise(r, len(tr), 2000, 6000) * np.exp(-tr * 150)
        th = np.arange(int(0.05 * SR)) / SR
        self.hat = _bp_noise(r, len(th), 7000, 16000) * np.exp(-th * r.uniform(70, 110)) * 0.5
        to = np.arange(int(0.35 * SR)) / SR
        self.ohat = _bp_noise(r, len(to), 6000, 15000) * np.exp(-to * 9) * 0.45
        tsh = np.arange(int(0.07 * SR)) / SR
        self.shaker = _bp_noise(r, len(tsh), 3000, 10000) * np.sin(np.pi * tsh / tsh[-1]) ** 2 * 0.35
        tg = np.arange(int(0.16 * SR)) / SR  # guiro long scrape: teeth at ~45 Hz
        self.guiro_l = _bp_noise(r, len(tg), 2500, 8000) * (0.5 + 0.5 * np.sign(np.sin(2 * np.pi * 45 * tg))) * np.minimum(1, tg * 60) * np.exp(-tg * 6) * 0.45
        tg2 = tg[: int(0.05 * SR)]
        self.guiro_s = _bp_noise(r, len(tg2), 2500, 8000) * np.exp(-tg2 * 50) * 0.4
        tb = np.arange(int(0.18 * SR)) / SR
        self.bongo_hi = np.sin(2 * np.pi * np.cumsum(520 + 80 * np.exp(-tb * 60)) / SR) * np.exp(-tb * 28)
        self.bongo_lo = np.sin(2 * np.pi * np.cumsum(360 + 60 * np.exp(-tb * 60)) / SR) * np.exp(-tb * 24)
        self.conga = np.sin(2 * np.pi * np.cumsum(230 + 50 * np.exp(-tb * 40)) / SR) * np.exp(-tb * 16)
        self.timbal = np.sin(2 * np.pi * np.cumsum(300 + 200 * np.exp(-tb * 30)) / SR) * np.exp(-tb * 20) + 0.3 * _bp_noise(r, len(tb), 1000, 5000) * np.exp(-tb * 40)

    def tone(self, f, dur, kind='bass'):
        t = np.arange(int(dur * SR)) / SR; a = np.minimum(1, t * 300) * np.minimum(1, (dur - t) * 60 + 1e-3)
        if kind == 'bass': return (np.sin(2 * np.pi * f * t) + 0.25 * np.sin(4 * np.pi * f * t)) * a * np.exp(-t * 2)
        if kind == 'log':  # afro log drum: pitched, glide down
            return np.sin(2 * np.pi * np.cumsum(f * (1 + 0.5 * np.exp(-t * 30))) / SR) * np.exp(-t * 7) * a
        if kind == 'rhodes':
            return (np.sin(2 * np.pi * f * t) + 0.3 * np.sin(2 * np.pi * 2 * f * t) * np.exp(-t * 5)) * (1 + 0.2 * np.sin(2 * np.pi * 5 * t)) * np.exp(-t * 1.2) * a
        if kind == 'accordion':
            ph = 2 * np.pi * f * t + 0.05 * np.sin(2 * np.pi * 6 * t)
            return sum(np.sin(k * ph) / k for k in range(1, 7)) * a * 0.6
        if kind == 'pad':
            return sum(np.sin(2 * np.pi * f * (1 + d) * t) for d in (-0.004, 0, 0.005)) / 3 * a

    def pluck(self, f, dur):
        n = int(dur * SR); N = max(2, int(round(SR / f))); buf = self.rng.uniform(-1, 1, N); rows = []
        for _ in range(n // N + 1):
            rows.append(buf); buf = 0.996 * 0.5 * (buf + np.roll(buf, -1))
        return np.concatenate(rows)[:n]

# truth convention per style (see REPORT): the tempo a producer types in the DAW / a beat store lists
STYLES = ['dembow', 'perreo', 'traproll', 'afro', 'cumbia', 'bachata', 'boombap', 'rnb', 'dnb', 'house', 'punk']

def groove(bpm, dur, style, seed=1, intro=None):
    rng = np.random.default_rng(seed); K = Kit(rng)
    n = int(dur * SR); out = np.zeros(n); beat = 60 / bpm; hum = rng.uniform(0.001, 0.006)
    sw = rng.uniform(0.0, 0.12) if style in ('boombap', 'rnb') else 0.0  # 16th swing
    def put(x, t, g=1.0):
        t = t + rng.normal(0, hum); i = max(0, int(t * SR))
        if i >= n: return
        j = min(n, i + len(x)); out[i:j] += g * x[:j - i]
    def s16(b0, k):  # time of 16th k inside beat b0 with swing on odd 16ths
        return (b0 + (k + (sw if k % 2 else 0)) / 4) * beat
    root = rng.choice([55.0, 61.7, 65.4, 73.4]); prog = [1, 1.189, 1.335, 0.891] if rng.random() < .5 else [1, 1.498, 1.335, 1.122]
    b = 0
    while b * beat < dur:
        bar, pos = b // 4, b % 4; t0 = b * beat; f = root * prog[bar % 4]
        if style in ('dembow', 'perreo'):
            put(K.kac if style == 'dembow' else K.k808 * 0.8, t0, 0.9)
            if pos % 2 == 0:
                put(K.snare, t0 + 0.75 * beat, 0.55); put(K.snare, t0 + 1.5 * beat, 0.55)
                if style == 'perreo': put(K.clap, t0 + 0.75 * beat, 0.35); put(K.clap, t0 + 1.5 * beat, 0.35)
            for k in range(2): put(K.hat, t0 + k * beat / 2, 0.25)
            if style == 'perreo' and pos == 3 and bar % 2 == 1:  # snare roll into the next bar
                for k in range(4): put(K.snare, t0 + k * beat / 4, 0.25 + 0.1 * k)
            if style == 'dembow' and pos == 3 and bar % 4 == 3:
                for k in (0, 0.5, 0.75): put(K.timbal, t0 + k * beat, 0.5)
            if pos == 0: put(K.tone(f, 1.8 * beat), t0, 0.45)
        elif style == 'traproll':  # DAW bpm = truth; clap on beat 3 (half-time feel); rolls
            if pos == 0: put(K.k808, t0, 0.9)
            if pos == 1 and bar % 2 == 0: put(K.k808, t0 + 0.5 * beat, 0.7)
            if pos == 3: put(K.k808, t0 + 0.75 * beat, 0.6)
            if pos == 2: put(K.clap, t0, 0.8); put(K.snare, t0, 0.3)
            m = (b + bar) % 8
            if m == 5:
                for k in range(6): put(K.hat, t0 + k * beat / 6, 0.35)  # 16th triplets
            elif m == 7:
                for k in range(8): put(K.hat, t0 + k * beat / 8, 0.2 + 0.04 * k)  # 1/32 rising
            elif m == 3:
                for k in range(4): put(K.hat, t0 + k * beat / 4, 0.3)
            else:
                put(K.hat, t0, 0.45); put(K.hat, t0 + beat / 2, 0.3)
            if pos == 0 and bar % 2 == 1: put(K.ohat, t0 + 0.5 * beat, 0.3)
            if pos == 0: put(K.tone(4 * f, 2 * beat, 'pad'), t0, 0.08)
        elif style == 'afro':
            if pos in (0, 2): put(K.kac, t0, 0.8)
            for k in range(4): put(K.shaker, s16(b, k), 0.5 if k % 2 else 0.25)
            for x in (0, 0.75, 1.5): put(K.rim, t0 + x * beat if pos % 2 == 0 and x < 1 else t0 + (x - 1) * beat if pos % 2 == 1 and x >= 1 else 10 * dur, 0.5)
            if pos in (1, 3): put(K.clap, t0, 0.3)
            if pos in (0, 2): put(K.tone(2 * f, 0.4 * beat, 'log'), t0 + 0.5 * beat, 0.6); put(K.tone(2 * f * 1.5, 0.4 * beat, 'log'), t0 + 1.25 * beat, 0.5)
        elif style == 'cumbia':  # guiro long-short-short per beat; bass 1 & 3; conga on the 'and'; accordion offbeats
            put(K.guiro_l, t0, 0.9); put(K.guiro_s, t0 + 0.5 * beat, 0.7); put(K.guiro_s, t0 + 0.75 * beat, 0.7)
            if pos in (0, 2): put(K.tone(f if pos == 0 else f * 1.5, 0.9 * beat), t0, 0.7); put(K.kac, t0, 0.4)
            put(K.conga, t0 + 0.5 * beat, 0.5)
            put(sum(K.tone(4 * f * r, 0.3 * beat, 'accordion') for r in (1, 1.26, 1.5)) / 3, t0 + 0.5 * beat, 0.25)
        elif style == 'bachata':  # requinto 8th arpeggio, bongo martillo, guira 8ths with accent, bass syncopated
            for k in range(2):
                put(K.pluck(4 * f * [1, 1.5, 2, 1.26, 1.5, 2, 2.52, 2][(2 * b + k) % 8], 0.5 * beat), t0 + k * beat / 2, 0.35)
            put(K.bongo_hi, t0, 0.35); put(K.bongo_lo, t0 + 0.5 * beat, 0.2)
            put(K.guiro_s, t0, 0.5); put(K.guiro_s, t0 + 0.5 * beat, 0.3); put(K.guiro_s, t0 + 0.75 * beat, 0.25)
            if pos in (0, 2): put(K.tone(f, 0.45 * beat), t0, 0.6)
            if pos == 1: put(K.tone(f * 1.5, 0.45 * beat), t0 + 0.5 * beat, 0.5)
            if pos == 3: put(K.kac, t0, 0.5)
        elif style == 'boombap':
            if pos == 0: put(K.kac, t0, 0.9)
            if pos == 1: put(K.kac, t0 + 0.5 * beat, 0.7)
            if pos == 2: put(K.kac, t0 + 0.5 * beat, 0.6)
            if pos in (1, 3): put(K.snare, t0, 1.0)
            put(K.hat, s16(b, 0), 0.35); put(K.hat, s16(b, 2), 0.25)
            if pos == 0: put(sum(K.tone(2 * f * r, 3.5 * beat, 'rhodes') for r in (1, 1.19, 1.5, 1.78)) / 4, t0, 0.35)
        elif style == 'rnb':
            if pos == 0: put(K.k808, t0, 0.8)
            if pos == 1: put(K.k808, t0 + 0.75 * beat, 0.5)
            if pos in (1, 3): put(K.rim, t0, 0.6); put(K.snare, t0, 0.35)
            for k in range(4): put(K.hat, s16(b, k), 0.2 if k else 0.3)
            if pos == 3 and bar % 2: 
                for k in range(6): put(K.hat, t0 + k * beat / 6, 0.15)
            if pos == 0: put(sum(K.tone(2 * f * r, 4 * beat, 'rhodes') for r in (1, 1.19, 1.5, 1.78)) / 4, t0, 0.4)
        elif style == 'dnb':  # two-step at bpm: kick 1 and and-of-3, snare 2 & 4; ride 8ths
            if pos == 0: put(K.kac, t0, 0.9)
            if pos == 2: put(K.kac, t0 + 0.5 * beat, 0.8)
            if pos in (1, 3): put(K.snare, t0, 0.9)
            put(K.hat, t0, 0.3); put(K.hat, t0 + beat / 2, 0.2)
            if pos == 0 and bar % 2 == 0: put(K.tone(f, 7 * beat, 'pad'), t0, 0.4)
        elif style == 'house':
            put(K.kac, t0, 0.9); put(K.ohat, t0 + beat / 2, 0.4)
            if pos in (1, 3): put(K.clap, t0, 0.6)
            put(K.tone(f * 2, 0.3 * beat), t0 + beat / 2, 0.4)
        elif style == 'punk':
            if pos in (0, 2): put(K.kac, t0, 0.9)
            if pos in (1, 3): put(K.snare, t0, 0.9)
            put(K.hat, t0, 0.4); put(K.hat, t0 + beat / 2, 0.3)
            tb = np.arange(int(0.5 * beat * SR)) / SR
            pc = np.tanh(5 * (np.sin(2 * np.pi * 2 * f * tb) + np.sin(3 * np.pi * 2 * f * tb))) * 0.12
            put(pc, t0); put(pc, t0 + beat / 2)
        b += 1
    out = 0.8 * out / np.max(np.abs(out))
    if intro:  # hook variants
        kind = intro['kind']; L = int(intro.get('s', 3.0) * SR)
        if kind == 'quiet':  # first s seconds attenuated by db
            out[:L] *= 10 ** (intro['db'] / 20)
        elif kind == 'pad_then_beat':  # pad only (no drums) for s seconds, at gain g
            t = np.arange(L) / SR; pad = sum(np.sin(2 * np.pi * root * 4 * r * t) for r in (1, 1.26, 1.5)) / 3
            out[:L] = intro.get('g', 0.3) * pad
        elif kind == 'lowpass':  # filtered intro (DJ filter), loudness matched by gain
            import scipy.signal as ss
            sos = ss.butter(4, intro.get('fc', 300), fs=SR, output='sos'); y = ss.sosfilt(sos, out[:L]); out[:L] = y * intro.get('g', 1.0)
        elif kind == 'loud_first':  # louder distinct opening (vocal chop / stab) over the beat
            t = np.arange(L) / SR; ch = np.zeros(L)
            for k in range(int(intro.get('s', 3.0) / (beat / 2))):
                i = int(k * beat / 2 * SR); m = min(L - i, int(0.2 * SR)); tt = np.arange(m) / SR
                ch[i:i + m] += np.sin(2 * np.pi * (440 if k % 3 else 660) * tt) * np.exp(-tt * 8)
            out[:L] = out[:L] * 1.3 + 0.5 * ch
        elif kind == 'silence_then_beat':
            out[:L] = 0
        out = 0.9 * out / np.max(np.abs(out))
    return out
