"""DEV data only: the audio groove synthesiser written by session 11's verifier of issue 15
(/work/notes/s11/verify15b/gen5.py, ``synth_groove``), copied unchanged apart from this header and the
removal of the video part. Used by training/tempo_generators/__init__.py to build the pooled tempo
development set (leave-one-generator-out); never a held-out figure. Truth: ``bpm`` (trap at its DAW
tempo, the project's convention)."""
import numpy as np

SR = 48000


def synth_groove(bpm, dur, style='four', seed=1):
    rng = np.random.default_rng(seed)
    n = int(dur * SR); out = np.zeros(n)
    beat = 60 / bpm

    def put(x, t, g=1.0):
        i = int(t * SR)
        if i >= n: return
        j = min(n, i + len(x)); out[i:j] += g * x[:j - i]
    tk = np.arange(int(0.3 * SR)) / SR
    kick = np.sin(2 * np.pi * np.cumsum(45 + 120 * np.exp(-tk * 40)) / SR) * np.exp(-tk * 11)
    ts = np.arange(int(0.18 * SR)) / SR
    clap = rng.standard_normal(len(ts)) * np.exp(-ts * 25)
    th = np.arange(int(0.04 * SR)) / SR
    hat = np.diff(rng.standard_normal(len(th) + 1)) * np.exp(-th * 90) * 0.3
    b = 0
    while b * beat < dur:
        t0 = b * beat
        if style == 'four':
            put(kick, t0); put(hat, t0 + beat / 2)
            if b % 2: put(clap, t0, 0.5)
        elif style == 'dembow':
            put(kick, t0)
            if b % 2 == 0:
                put(clap, t0 + 0.75 * beat, 0.5); put(clap, t0 + 1.5 * beat, 0.5)
        elif style == 'trap':  # half-time: kick on 1 and the 'and' of 2 of the half bar, snare on beat 3, 1/8 hats with 1/32 rolls
            if b % 4 == 0: put(kick, t0)
            if b % 4 == 1: put(kick, t0 + 0.5 * beat, 0.8)
            if b % 4 == 2: put(clap, t0, 0.7)
            if b % 8 == 7:
                for k in range(8): put(hat, t0 + k * beat / 8, 0.6)
            else:
                put(hat, t0); put(hat, t0 + beat / 2, 0.7)
        elif style == 'rock':  # kick 1&3 (+and of 3), snare 2&4, 1/8 hats
            if b % 2 == 0: put(kick, t0)
            else: put(clap, t0, 0.7)
            if b % 4 == 2: put(kick, t0 + beat / 2, 0.7)
            put(hat, t0, 0.8); put(hat, t0 + beat / 2, 0.5)
        elif style == 'swingbass':  # swing ride + walking bass on every quarter
            put(hat, t0, 1.0); put(hat, t0 + 2 * beat / 3, 0.6)
            if b % 2: put(hat, t0, 0.8)
            tb = np.arange(int(0.9 * beat * SR)) / SR
            fb = [55, 61.7, 69.3, 73.4, 82.4][b % 5]
            put(np.sin(2 * np.pi * fb * tb) * np.exp(-tb * 3), t0, 0.8)
        elif style == 'swing':  # ride on every beat + swung skip note (2/3), hat foot on 2&4, soft kick on 1
            put(hat, t0, 1.0); put(hat, t0 + 2 * beat / 3, 0.6)
            if b % 2: put(hat, t0, 0.8)
            if b % 4 == 0: put(kick, t0, 0.5)
        b += 1
    t = np.arange(n) / SR
    # chord pad changing each bar
    roots = [110, 98, 87.3, 82.4]
    bar = (t / (4 * beat)).astype(int) % 4
    f = np.array(roots)[bar]
    out += 0.08 * (np.sin(2 * np.pi * f * t) + 0.5 * np.sin(2 * np.pi * 1.5 * f * t))
    return 0.8 * out / np.max(np.abs(out))
