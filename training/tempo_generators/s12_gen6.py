"""DEV data only: the audio groove synthesiser written by session 12's verifier of issue 15
(/work/notes/s12/verify15c/gen6.py, ``_kit``, ``_pluck_fast``, ``synth_groove``), copied unchanged
apart from this header and the removal of the video part and of the unused slow ``_pluck``. Used by
training/tempo_generators/__init__.py to build the pooled tempo development set
(leave-one-generator-out); never a held-out figure. Truth: ``bpm`` (trap at its DAW tempo)."""
import numpy as np

SR = 48000


def _kit(rng):
    tk = np.arange(int(0.35 * SR)) / SR
    f0, f1, dk = rng.uniform(40, 60), rng.uniform(80, 160), rng.uniform(25, 55)
    kick = np.sin(2 * np.pi * np.cumsum(f0 + f1 * np.exp(-tk * dk)) / SR) * np.exp(-tk * rng.uniform(7, 14))
    ts = np.arange(int(0.2 * SR)) / SR
    ft = rng.uniform(160, 240)
    snare = (0.6 * rng.standard_normal(len(ts)) * np.exp(-ts * rng.uniform(18, 30)) + 0.5 * np.sin(2 * np.pi * ft * ts) * np.exp(-ts * 30))
    th = np.arange(int(0.05 * SR)) / SR
    hat = np.diff(np.diff(rng.standard_normal(len(th) + 2))) * np.exp(-th * rng.uniform(60, 120)) * 0.25
    tr = np.arange(int(0.6 * SR)) / SR
    partials = rng.uniform(1, 1.04) * np.array([3150, 4210, 5380, 6770, 8120])
    ride = sum(np.sin(2 * np.pi * p * tr + rng.uniform(0, 6)) for p in partials) / 5 * np.exp(-tr * 6) * 0.5
    ride += 0.15 * np.diff(rng.standard_normal(len(tr) + 1)) * np.exp(-tr * 40)
    return kick, snare, hat, ride




def _pluck_fast(f, dur, rng):
    n = int(dur * SR); N = max(2, int(round(SR / f)))
    reps = n // N + 1
    buf = rng.uniform(-1, 1, N); rows = []
    for r in range(reps):
        rows.append(buf)
        buf = 0.994 * 0.5 * (buf + np.roll(buf, -1))
    return np.concatenate(rows)[:n]


def synth_groove(bpm, dur, style, seed=1):
    rng = np.random.default_rng(seed)
    kick, snare, hat, ride = _kit(rng)
    n = int(dur * SR); out = np.zeros(n); beat = 60 / bpm
    gk, gs, gh = rng.uniform(0.7, 1.0), rng.uniform(0.4, 0.8), rng.uniform(0.3, 0.9)
    hum = rng.uniform(0.002, 0.008)

    def put(x, t, g=1.0):
        t = t + rng.normal(0, hum)
        i = max(0, int(t * SR))
        if i >= n: return
        j = min(n, i + len(x)); out[i:j] += g * x[:j - i]
    roots = [rng.choice([98, 110, 123.5, 130.8])]
    prog = [1, 4 / 3, 3 / 2, 9 / 8] if rng.random() < .5 else [1, 6 / 5 * 1.25, 4 / 3, 3 / 2]
    b = 0
    while b * beat < dur:
        t0 = b * beat; bar = b // 4; pos = b % 4
        root = roots[0] * prog[bar % 4]
        if style == 'dembow':
            put(kick, t0, gk)
            if pos % 2 == 0:
                put(snare, t0 + 0.75 * beat, gs); put(snare, t0 + 1.5 * beat, gs)
            if seed % 2: put(hat, t0 + beat / 2, gh)
            if pos == 3 and bar % 2: put(snare, t0 + 0.5 * beat, 0.4 * gs)  # fill
        elif style == 'swing':  # ride ding on every beat, skip on 2 and 4, hat foot on 2&4, walking bass quarters
            put(ride, t0, 0.9)
            if pos in (1, 3):
                put(ride, t0 + 2 * beat / 3, 0.55); put(hat, t0, 0.6 * gh)
            if pos == 0 and bar % 2 == 0: put(kick, t0, 0.3 * gk)
            tb = np.arange(int(0.95 * beat * SR)) / SR
            fb = root / 2 * [1, 1.26, 1.5, 1.68, 1.89, 2, 1.78, 1.33][(b * 3 + bar) % 8]
            note = (np.sin(2 * np.pi * fb * tb) + 0.4 * np.sin(4 * np.pi * fb * tb) + 0.2 * np.sin(6 * np.pi * fb * tb)) * np.exp(-tb * 4) * np.minimum(1, tb * 200)
            put(note, t0, 0.6)
        elif style == 'four':
            put(kick, t0, gk); put(hat, t0 + beat / 2, gh * 1.5)
            if pos in (1, 3): put(snare, t0, gs)
            tb = np.arange(int(0.4 * beat * SR)) / SR
            put(np.sign(np.sin(2 * np.pi * root / 2 * tb)) * np.exp(-tb * 10) * 0.3, t0 + beat / 2, 0.5)
        elif style == 'trap':  # DAW tempo bpm, snare on beat 3 of each bar, 1/8 hats with 1/16 and 1/32 rolls, 808 kicks syncopated
            if pos == 0: put(kick, t0, gk)
            if pos == 1 and bar % 2: put(kick, t0 + 0.75 * beat, 0.8 * gk)
            if pos == 2: put(snare, t0, gs * 1.2)
            if pos == 3 and bar % 2 == 0: put(kick, t0 + 0.5 * beat, 0.7 * gk)
            if (b % 8) in (6, 7):
                div = 8 if b % 8 == 7 else 4
                for k in range(div): put(hat, t0 + k * beat / div, 0.5 * gh)
            else:
                put(hat, t0, gh); put(hat, t0 + beat / 2, 0.6 * gh)
        elif style == 'rock':
            if pos in (0, 2): put(kick, t0, gk)
            if pos == 2: put(kick, t0 + beat / 2, 0.6 * gk)
            if pos in (1, 3): put(snare, t0, gs * 1.3)
            put(hat, t0, gh); put(hat, t0 + beat / 2, 0.6 * gh)
            tb = np.arange(int(0.5 * beat * SR)) / SR  # distorted power chord 8ths
            pc = np.tanh(4 * (np.sin(2 * np.pi * root * tb) + np.sin(2 * np.pi * root * 1.5 * tb))) * np.exp(-tb * 3) * 0.15
            put(pc, t0); put(pc, t0 + beat / 2, 0.8)
        elif style == 'latinpop':  # kick 1 & 3, snare 2 & 4 (soft), shaker 16ths, nylon guitar strums d-d-u-u-d-u
            if pos in (0, 2): put(kick, t0, 0.8 * gk)
            if pos in (1, 3): put(snare, t0, 0.6 * gs)
            for k in range(4): put(hat, t0 + k * beat / 4, 0.25 * gh * (1.5 if k == 2 else 1))
            strum_pos = {0: [0, 0.5], 1: [0.5], 2: [0, 0.5], 3: [0.5]}[pos]  # syncopated strum
            for sp in strum_pos:
                chord = [root * 2, root * 2 * 1.26, root * 2 * 1.5, root * 4]
                dn = (sp == 0)
                for ci, f in enumerate(chord if dn else chord[::-1]):
                    put(_pluck_fast(f, 0.8 * beat, rng) * 0.12 * (1.0 if dn else 0.7), t0 + sp * beat + ci * 0.012)
        b += 1
    t = np.arange(n) / SR
    f = np.array([roots[0] * p for p in prog])[(t / (4 * beat)).astype(int) % 4]
    out += rng.uniform(0.03, 0.09) * (np.sin(2 * np.pi * f * t) + 0.5 * np.sin(2 * np.pi * 1.5 * f * t))
    return 0.8 * out / np.max(np.abs(out))
