"""Sound side of the virality check: PyAV decode, then loudness and rhythm measures (no Qt).

* integrated loudness in LUFS (ITU-R BS.1770-4, gated; pyloudnorm's K-weighting), against the −14 LUFS
  the streaming platforms normalise to;
* true peak in dBTP (4× oversampled, as BS.1770 annex 2) and clipping (samples at full scale);
* dynamic range: loudness range in LU (EBU Tech 3342: 3 s short-term loudness, 10th–95th
  percentile after gating) and crest factor (peak over RMS, dB);
* tempo (the autocorrelation peak of librosa's onset envelope whose metrical level a fitted
  logistic score prefers: :func:`estimate_tempo`) and beat strength (the onset envelope's
  normalised autocorrelation at the beat period: 0 no pulse, 1 a perfectly regular pulse —
  "pulse clarity", Lartillot et al. 2008);
* hook: the first 3 s LOUD (not a quiet, faded or low-passed intro) and DISTINCT from the rest
  (another timbre, harmony or section, or a drop first), with musical events from the start (a
  tone, a drone, a pad alone, silence or noise has none): :func:`opening_verdict` says which, and
  a groove the same from bar one is "same_as_rest" (no quiet intro, but no hook);
* vocal-band presence: the share of time where tonal energy concentrates in the 300–3400 Hz
  voice band. A proxy, not a singing detector: a sustained lead synth in that band counts too.

Heavy imports (librosa, scipy.signal, pyloudnorm) happen inside the functions.
"""
from __future__ import annotations

import logging
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from typing import Callable, NamedTuple, Optional, Sequence

import numpy as np

from viralml_desktop.core import media
from viralml_desktop.core.errors import InputError
from viralml_desktop.core.progress import ProgressLike

log = logging.getLogger(__name__)

RATE = 48000
_RHYTHM_RATE = 22050
_MAX_AUDIO_S = 600.0  # longer files: the first 10 minutes are measured
_RHYTHM_MAX_S = 90.0  # tempo and vocals are read from the first 90 s
_HOOK_S = 3.0
_FULL_SCALE = 0.999


@dataclass
class AudioAnalysis:
    duration_s: float
    rate: int
    channels: int
    lufs: Optional[float]
    true_peak_dbtp: Optional[float]
    sample_peak_dbfs: Optional[float]
    clipped_share: float  # share of samples at or over full scale
    clip_runs: int  # runs of ≥ 3 consecutive full-scale samples
    loudness_range_lu: Optional[float]
    crest_db: Optional[float]
    tempo_bpm: Optional[float]
    beat_strength: Optional[float]
    hook_lu: Optional[float]  # loudness(first 3 s) − loudness(rest)
    has_hook: Optional[bool]
    vocal_presence: Optional[float]
    truncated_at: Optional[float] = None
    absent: dict[str, str] = field(default_factory=dict)
    opening: Optional[str] = None  # opening_verdict: "hook", "same_as_rest", "quiet_intro", ...
    hook_novelty: Optional[float] = None  # Opening.novelty: how far the first 3 s stand from the rest

    def summary(self) -> dict:
        d = asdict(self)
        return {k: (round(v, 3) if isinstance(v, float) else v) for k, v in d.items()}


def _decoded_frames(c, st, res):
    """The stream's decoded frames, through ``res`` (a resampler, flushed at the end) unless None."""
    if res is None:
        yield from c.decode(st)
        return
    for fr in c.decode(st):
        yield from res.resample(fr)
    yield from res.resample(None)


def decode_audio(path, max_seconds: float = _MAX_AUDIO_S, progress: Optional[ProgressLike] = None,
                 on_prefix: Optional[tuple[float, Callable[[np.ndarray], None]]] = None,
                 ) -> tuple[np.ndarray, int, Optional[float]]:
    """The first audio stream as (channels ≤ 2, samples) float32 at 48 kHz; (pcm, channels, truncated_at).

    ``on_prefix=(seconds, fn)``: ``fn`` gets the first ``seconds`` (or all, if shorter) as soon as they
    are decoded, while the rest is still decoding. The array it gets is never written to again."""
    import av

    c = media.open_container(path)
    try:
        if not c.streams.audio:
            raise InputError("no audio track")
        st = c.streams.audio[0]
        for other in c.streams:
            if other is not st and hasattr(other, "discard"):
                # Skip the other streams' packets unread: the video's are ~1/3 of the audio decode time.
                other.discard = av.stream.Discard.all
        cc = st.codec_context
        channels = 1 if (cc.channels or 2) == 1 else 2
        # AAC decodes to planar float at 48 kHz: then the frames are used as they are.
        direct = cc.format is not None and cc.format.name == "fltp" and cc.sample_rate == RATE and cc.channels in (1, 2)
        res = None if direct else av.AudioResampler(format="fltp", layout="mono" if channels == 1 else "stereo",
                                                     rate=RATE)
        limit = int(max_seconds * RATE)
        declared = float(st.duration * st.time_base) if st.duration else (c.duration or 0) / 1e6
        # One preallocated array (sized from the header, grown if the header undersells) that each
        # frame's planes are copied into: per-frame to_ndarray + a final concatenate cost ~3× more.
        pcm = np.empty((channels, min(limit, int((declared + 1.0) * RATE)) or RATE), np.float32)
        n = 0
        truncated = None
        check_every = 10 * RATE  # samples between cancel checks
        no_prefix = np.iinfo(np.int64).max
        prefix_n = no_prefix if on_prefix is None else min(limit, max(1, int(on_prefix[0] * RATE)))
        next_check = 0
        try:
            # The loop body runs ~8000 times for 3 minutes: kept to the copies (a helper call, a
            # per-frame list and modulo cost ~40 ms there).
            for fr in _decoded_frames(c, st, res):
                s = fr.samples
                if n + s > pcm.shape[1] or n + s >= limit:
                    s = min(s, limit - n)
                    if n + s > pcm.shape[1]:  # the header undersold the length: grow
                        pcm = np.concatenate([pcm, np.empty((channels, max(s, pcm.shape[1])), np.float32)], axis=1)
                planes = fr.planes
                pcm[0, n:n + s] = np.frombuffer(planes[0], np.float32, s)
                if channels == 2:
                    pcm[1, n:n + s] = np.frombuffer(planes[1], np.float32, s)
                n += s
                if n >= prefix_n:
                    on_prefix[1](pcm[:, :prefix_n])  # a growth copies pcm: this view keeps the old one
                    prefix_n = no_prefix
                if n >= limit:
                    break
                if n >= next_check:
                    next_check += check_every
                    if progress is not None:
                        progress.check()
        except av.error.FFmpegError as e:
            truncated = n / RATE
            log.info("audio decode stopped early: %s", e)
        if n == 0:
            raise InputError("the audio track holds no decodable sound")
        pcm = pcm[:, :n]
        if prefix_n != no_prefix:  # shorter than the prefix asked for
            on_prefix[1](pcm)
        got = pcm.shape[1] / RATE
        if truncated is None and n < limit and declared > 0 and got < declared - max(0.5, 0.05 * declared):
            truncated = got  # the header promises more than the file holds
        return pcm, channels, truncated
    except av.error.FFmpegError as e:
        raise InputError(f"cannot decode the audio: {e}") from None
    finally:
        c.close()


@lru_cache(maxsize=4)
def _k_sos(rate: int) -> np.ndarray:
    """pyloudnorm's BS.1770 K-weighting filters (high shelf, then high pass) as one float32
    second-order-sections cascade: the same filters, ~7× faster than its float64 lfilter, and within
    0.01 LU of pyloudnorm on the loudness (tested)."""
    import pyloudnorm
    from scipy.signal import tf2sos

    return np.vstack([tf2sos(f.b, f.a) for f in pyloudnorm.Meter(rate)._filters.values()]).astype(np.float32)


class PowerSums(NamedTuple):
    """Running sum of the K-weighted power at 0.1 s steps: ``cs[k]`` sums the first ``k * step``
    samples, and a last entry adds the partial tail (if any), so ``cs[-1]`` is the total over ``n``."""
    cs: np.ndarray
    step: int
    n: int


def _block_power(x: np.ndarray, step: int) -> np.ndarray:
    """Sum of squares over channels per ``step`` samples (last entry: the partial tail, if any).
    float32 within a block is exact enough; callers accumulate the blocks in float64."""
    full = x.shape[1] // step
    body = x[:, :full * step].reshape(x.shape[0], full, step)
    sums = np.einsum("cbk,cbk->b", body, body)
    if x.shape[1] > full * step:
        sums = np.append(sums, np.einsum("ck,ck->", x[:, full * step:], x[:, full * step:]))
    return sums


def k_weighted_power(pcm: np.ndarray, rate: int = RATE, chunk_s: float = 10.0) -> PowerSums:
    """K-weighted power summed over channels (BS.1770 channel weights are 1 for L, R, mono), as
    running sums at 0.1 s steps.

    Every window BS.1770 and Tech 3342 use (0.4 s every 0.1 s, 3 s every 1 or 0.5 s) and the 3 s
    hook start on 0.1 s boundaries, so running sums at 0.1 s steps give the same loudness as a
    per-sample running sum (which cost ~20× more). The signal is filtered ``chunk_s`` at a time with
    the filter state carried over, which gives the same numbers as one pass over the whole signal
    without a filtered copy of it (70 MB for 3 minutes of stereo, slower to allocate than to fill)."""
    from scipy.signal import sosfilt

    sos = _k_sos(rate)
    step = rate // 10
    chunk = step * max(1, round(chunk_s * 10))  # whole 0.1 s steps, so only the last chunk has a tail
    zi = np.zeros((sos.shape[0], pcm.shape[0], 2), np.float32)
    blocks = []
    for a in range(0, pcm.shape[1], chunk):
        y, zi = sosfilt(sos, pcm[:, a:a + chunk], axis=1, zi=zi)
        blocks.append(_block_power(y, step))
    cs = np.concatenate([[0.0], np.cumsum(np.concatenate(blocks), dtype=np.float64)])
    return PowerSums(cs, step, pcm.shape[1])


def _to_lufs(mean_square):
    with np.errstate(divide="ignore"):
        return -0.691 + 10 * np.log10(np.maximum(mean_square, 1e-20))


def _block_loudness(ps: PowerSums, win_s: float, hop_s: float) -> np.ndarray:
    """Loudness (LUFS, ungated) of windows of ``win_s`` every ``hop_s`` (multiples of 0.1 s), from
    :func:`k_weighted_power`; only windows that fit wholly in the signal."""
    win, hop = round(win_s * 10), round(hop_s * 10)  # in 0.1 s steps
    full = ps.n // ps.step
    if full < win:
        return np.array([])
    starts = np.arange(0, full - win + 1, hop)
    return _to_lufs((ps.cs[starts + win] - ps.cs[starts]) / (win * ps.step))


def _segment_loudness(ps: PowerSums, a: float, b: Optional[float]) -> float:
    """Loudness from ``a`` s (a multiple of 0.1 s) to ``b`` s (same) or to the end (None)."""
    i = round(a * 10)
    j, nj = (ps.cs.size - 1, ps.n) if b is None else (round(b * 10), round(b * 10) * ps.step)
    return float(_to_lufs((ps.cs[j] - ps.cs[i]) / max(1, nj - i * ps.step)))


def integrated_loudness(cs: PowerSums, rate: int = RATE) -> Optional[float]:
    """ITU-R BS.1770-4 integrated loudness (LUFS): 400 ms blocks every 100 ms, absolute gate −70 LUFS,
    relative gate −10 LU — pyloudnorm's algorithm, computed once from the filtered signal that the
    loudness range and the hook reuse. None when silent or under 0.4 s."""
    blocks = _block_loudness(cs, 0.4, 0.1)
    blocks = blocks[blocks > -70.0]
    if blocks.size == 0:
        return None
    power = 10 ** ((blocks + 0.691) / 10)
    rel = -0.691 + 10 * np.log10(power.mean()) - 10.0
    gated = power[blocks > rel]
    return float(-0.691 + 10 * np.log10(gated.mean())) if gated.size else None


def _loudness_range(cs: PowerSums, rate: int = RATE) -> Optional[float]:
    """EBU Tech 3342 loudness range (LU); None for audio shorter than one 3 s window."""
    st = _block_loudness(cs, 3.0, 1.0 if cs.n + 1 > 60 * rate else 0.5)
    st = st[st > -70.0]
    if st.size < 2:
        return None
    rel = -0.691 + 10 * np.log10(np.mean(10 ** ((st + 0.691) / 10))) - 20.0
    st = st[st > rel]
    if st.size < 2:
        return None
    return float(np.percentile(st, 95) - np.percentile(st, 10))


_TP_TAPS = 48


@lru_cache(maxsize=1)
def _tp_phases() -> np.ndarray:
    """The 4× interpolator (BS.1770-4 annex 2: 48 taps) as 4 polyphase rows of 12 taps, reversed
    so that output phase p at input sample m is ``window(x[m-11 .. m]) @ rows[p]``."""
    from scipy.signal import firwin

    h = 4 * firwin(_TP_TAPS, 0.25 * 0.9, window=("kaiser", 8.0))
    return np.ascontiguousarray(h.reshape(_TP_TAPS // 4, 4).T[:, ::-1], np.float32)  # contiguous for einsum


def _loud_samples(pcm: np.ndarray, level: float) -> list[np.ndarray]:
    """Per channel, the sorted indices of the samples with |x| ≥ ``level`` (one pass over the signal;
    true peak and clipping then only look at these)."""
    return [np.flatnonzero((ch >= level) | (ch <= -level)) for ch in pcm]


def _tp_level(sample_peak: float) -> float:
    """Samples under this level cannot carry the true peak: an interpolated value is at most the
    largest polyphase |tap| sum (1.58, +4 dB) times the largest of its 12 input samples."""
    return sample_peak / float(np.abs(_tp_phases()).sum(axis=1).max())


def true_peak(pcm: np.ndarray, sample_peak: float, loud: Optional[list[np.ndarray]] = None) -> float:
    """Maximum of the 4× oversampled signal (BS.1770-4 annex 2: 48-tap interpolator), linear.

    Only the interpolated points whose 12 input samples include one at or above :func:`_tp_level`
    are computed: every other point is bounded below the sample peak, which the true peak is at
    least. ``loud``: :func:`_loud_samples` at that level or lower, if already found."""
    if sample_peak <= 0:
        return 0.0
    rows = _tp_phases()
    span = rows.shape[1]
    level = _tp_level(sample_peak)
    if loud is None:
        loud = _loud_samples(pcm, level)
    peak = sample_peak
    for x, idx in zip(pcm, loud):
        idx = idx[np.abs(x[idx]) >= level]
        if idx.size == 0:
            continue
        # Output points at input positions m = i .. i + 11 of each loud sample i, as merged intervals
        # (O(loud samples), no pass over the signal), read as windows x[m-11 .. m] of a zero-padded x.
        first = np.flatnonzero(np.diff(idx, prepend=-2 * span) > span)
        lo_, hi_ = idx[first], np.append(idx[first[1:] - 1], idx[-1]) + span
        lengths = hi_ - lo_
        m = np.repeat(lo_ - (np.cumsum(lengths) - lengths), lengths) + np.arange(lengths.sum())
        xp = np.zeros(x.size + 2 * (span - 1), np.float32)
        xp[span - 1:span - 1 + x.size] = x
        windows = np.lib.stride_tricks.sliding_window_view(xp, span)  # windows[m] = x[m-11 .. m]
        for lo in range(0, m.size, 1 << 16):  # bounded memory for loud, dense masters
            # einsum, not @: BLAS is ~10× slower on a 12×4 right-hand side.
            y = np.einsum("mk,pk->mp", windows[m[lo:lo + (1 << 16)]], rows)
            peak = max(peak, float(np.abs(y).max()))
    return peak


def _clip_runs(pcm: np.ndarray, sample_peak: float, loud: Optional[list[np.ndarray]] = None) -> tuple[float, int]:
    """(share of samples at full scale, runs of ≥ 3 consecutive ones), from the loud samples'
    indices (:func:`_loud_samples` at _FULL_SCALE or lower) rather than a pass over the signal."""
    if sample_peak < _FULL_SCALE:
        return 0.0, 0
    if loud is None:
        loud = _loud_samples(pcm, _FULL_SCALE)
    count = runs = 0
    for x, idx in zip(pcm, loud):
        idx = idx[np.abs(x[idx]) >= _FULL_SCALE]
        count += idx.size
        if idx.size:
            starts = np.flatnonzero(np.diff(idx, prepend=-2) != 1)  # where a run of consecutive indices begins
            runs += int(np.sum(np.diff(starts, append=idx.size) >= 3))
    return count / pcm.size, runs


# Tempo: the metrical level is chosen among the autocorrelation peaks of the onset envelope (the
# whole band's and the low band's) by a logistic score of 32 features (see :func:`tempo_candidates`),
# fitted by training/measure_eval.py on its development grooves (tempo_set seed 101, tempo_set_fast
# seed 102 and tempo_set_kits seeds 106-107; C by 5-fold cross-validation there) and measured
# on separate test grooves: models/virality/metrics.json, "measurements" -> "tempo". The low band
# (kick, bass: under ~250 Hz) tells a fast four-on-the-floor at 150 from a 75 BPM groove with 8th
# hi-hats; the whole band's repetition at a quarter and a third of the beat (16ths, triplet rolls)
# tells a trap half-time groove, written at 150, from a ballad at 75. Session 12 (issue 15: fast
# dembow, swing and rock read at half tempo): the kick's own period is a candidate even where the
# whole band's autocorrelation has no peak there (a dembow without hi-hats, whose claps fall off the
# beat); the onsets per beat (the density at the candidate's tempo), the low band at 1/4, 1/3 and
# 3/2 of the beat, the beat's repetition in either band, the kick envelope (the low bands against
# the highs, so that a broadband hi-hat or clap is not read as a kick) at 1, 2 and 1/2 beat, and a
# learned penalty on tempi past 180 or under 70 BPM join the score. Refitted (same features) after
# slow grooves read at double (a latin pop with strummed guitar at 60-95 BPM, kick-and-hat four and
# rock at 55-70) were added to the development grooves. Session 13 (issue 15: slow backbeat grooves
# still read at double: the tests' own kick-and-hat beat at 90 read 181, a strummed latin pop with a
# 16th-note shaker at 75 read 150): 10 features on where the accents and the backbeat fall join the
# score: the accent envelope (the rise of the whole mix's power in dB, so that the loud kick and
# snare count and a soft hi-hat or shaker barely does) at 1, 2 and 1/2 beat, the strong onsets per
# beat (accents over 0.65 of its 99th percentile) and the kick envelope's cross-correlation with the
# mid bands (snare, clap, strum: ~250 Hz-1.3 kHz) one beat, half a beat and two beats later (a
# backbeat on 2 and 4 follows the kick by one beat) and with the high bands (hi-hat) one and half a
# beat later; refitted with the kick-and-hat beat at 80-100 and the latin pop with a shaker at 65-85
# added to the development grooves.
# Session 14 (issue 15: the score was fitted to this project's own grooves; three verifiers' own
# synthesisers found trap with hi-hat rolls read at half, afrobeats with a 3+3+2 log drum at 4/3,
# cumbia at double, drum and bass at half or 2/5): the whole band's autocorrelation at ×4/3, ×3/4,
# ×2/3, ×3/2, ×5/2 and ×2/5 of the beat (the evidence for the 4/3, 3/4, 2/3 and 2/5 confusions), the
# onsets per beat of the three bands each scaled to its own 99th percentile (so that a quiet hi-hat
# or guiro counts like a loud kick) at two thresholds, and every feature less its largest value over
# the clip's candidates (how a candidate compares with the others, not with the grooves of one
# synthesiser); refitted (C 10) on the pooled development set (the kit grooves and the three
# verifiers' synthesisers) and chosen by leave-one-generator-out.
# Session 15 (a blind generator read trap and drill at their half-time feel, salsa at half, amapiano
# and afrobeats at 4/3, swung boom-bap at double): a fifth generator in the pool
# (training/tempo_generators/s15_urbanlatin.py: trap, drill, salsa, afrobeats, amapiano, boom-bap,
# 6/8 corridos), and the mid band's onsets per beat (the snare period) and the beat against the
# high band's grid (hi-hat 8ths, 16ths, triplets) added (102 features); refitted (C 10) on the
# five-generator pool, chosen by leave-one-generator-out (see training/measure_eval.py).
# Session 16 (the session-15 blind set read lo-fi and slow R&B with 16th hats at double, 3/4 corridos
# and salsa at half, swung boom-bap at double, baile funk and afrobeats at 4/3): that blind writer
# became a sixth development generator (training/tempo_generators/s15_blindwriter.py), the candidate
# score was refitted on the six, and an octave decision follows it (:func:`octave_candidates`,
# ``OCTAVE_WEIGHTS``): the top candidate and its relatives ×½, ×2, ×⅔, ×3/2, ×¾, ×4/3 scored again by
# a logistic regression (C 0.1) over their base features, the hi-hat's and the kick's onsets per
# beat, the beat-strength profile at half, a quarter and a third of the beat, where the hi-hat falls
# in the beat (swing), and the candidate score itself, fitted on the relatives of each development
# groove's top under a score that never saw its generator (the errors a new writer's grooves meet) and
# under a score that saw its generator but not the groove (5-fold; the errors on a known writer's), so
# that it does not move readings a score fitted on the groove's own kind gets right. Leave-one-
# generator-out over the six: 0.888 against 0.858 for the candidate score alone; in-distribution
# 5-fold CV 0.941 against 0.930 (trained on the out-of-generator tops alone: 0.907 and 0.923).
TEMPO_WEIGHTS = (0.9693, -1.0996, 1.0583, 2.9593, 5.1201, 0.3466, -2.0947, -0.4425, -2.9455, -3.739, 0.0756, -0.0766, -0.3639,
                 -4.4669, -0.3205, 3.3058, -44.0683, 0.9675, 1.0622, -1.8681, 4.5423, 3.2824, 6.0736, -0.1149, -5.8445,
                 -1.0322, -0.715, 1.9249, -2.0207, -4.6361, 2.8689, 3.7418, -8.4399, 4.9263, 2.628, -2.6116, -0.918, -2.2385,
                 -0.0125, -0.6079, 0.9416, 0.0868, 0.13, -0.94, -0.0108, 0.2997, 0.7636, 0.4941, -1.5866, 1.2018, -0.5489,
                 0.9969, -0.0351, 2.401, 2.0116, 4.2921, 1.7342, 3.8585, -2.065, -0.4303, 2.4932, -0.7422, -0.7162, -0.0913,
                 -5.7881, 2.526, -1.485, -0.8886, 4.5565, 1.5739, 2.2134, 0.9052, -2.7002, 1.493, -2.4351, 3.8067, -0.7162,
                 -0.5056, -0.0692, 1.444, -1.5682, 0.362, 1.7789, -0.3229, -0.7076, 2.7784, -0.3954, -0.6082, 4.0095, -0.7162,
                 -0.6249, -0.7162, 0.3963, -0.7162, -0.3531, -0.7162, 0.501, -0.0442, -1.0811, -0.7944, 0.4615, 0.1524)
TEMPO_BIAS = -2.1558
_TEMPO_RANGE = (50.0, 210.0)  # BPM
_LOW_MELS = 5  # of 64 mel bands (22.05 kHz): centres up to ~205 Hz, edges to ~256 Hz
_KICK_HIGH_MEL = 20  # the kick envelope's reference: mel bands 20-63 (over ~1.3 kHz)
_ONSET_PEAK = 0.25  # an onset: a local maximum of the envelope over this share of its 99th percentile
_PRIOR_HI, _PRIOR_LO = 180.0, 70.0  # BPM where the learned penalties on very fast and very slow start
_STRONG_PEAK = 0.65  # a strong onset: a local maximum of the accent envelope over this share of its 99th percentile
_MID_MELS = (5, 20)  # the mid bands of the backbeat envelope (~250 Hz-1.3 kHz): snare, clap, strum
_CONFUSIONS = (4 / 3, 3 / 4, 2 / 3, 3 / 2, 5 / 2, 2 / 5)  # beat multiples of the 4/3, 2/3 and 2/5 confusions
_UNION_PEAKS = (0.25, 0.5)  # onset thresholds of the three bands' union (share of its 99th percentile)
_MID_PEAK = 0.5  # a snare/clap onset: a local maximum of the mid band over this share of its 99th percentile
_TATUM_S = (0.06, 0.35)  # seconds: where the high band's grid (the hi-hat's 8ths, 16ths or triplets) is looked for
_TATUM_TOL = 0.1  # octaves: a candidate's beat is 2, 4, 8, 3 or 6 tatums when log2(beat / tatum) is this close
_N_BASE = 42  # features of each candidate before the session-15 ones (see tempo_candidates)
_OCTAVE_RELATIVES = (1.0, 0.5, 2.0, 2 / 3, 1.5, 0.75, 4 / 3)  # the top candidate's relatives the octave decision reads
# 138 weights of the octave decision (session 16; training/measure_eval.py --fit-tempo): see octave_candidates
OCTAVE_WEIGHTS = (0.3671, -1.2308, -0.5611, 2.2552, 0.6334, 2.0024, 0.8527, -1.238, -0.9168, -0.3633, 0.1477, 0.1984, -0.1716,
                  -4.98, 1.3086, -0.098, -36.4875, 2.6506, 0.7522, -0.1783, 1.7899, 1.6401, 3.4169, 0.1113, -4.9345, -0.8198,
                  -0.5801, 2.5986, -1.5808, -5.0708, 0.5335, 4.5478, -1.2523, 1.9251, -0.9401, -0.4999, 0.3951, 1.2464, 0.3005,
                  -0.2176, -0.1024, -0.208, 0.1281, -0.6315, -0.1454, 0.1358, -0.0589, -0.6569, -2.1776, 0.6756, -1.2011,
                  -0.6042, -0.3787, -0.0242, 0.5197, -0.0481, -0.1621, 0.3118, 0.3963, -2.2885, 2.0817, -0.7557, 0.337, 2.8693,
                  -0.4225, 0.981, 0.1391, 1.3068, 2.4337, 0.4484, 2.4432, 1.58, -0.1626, -0.7931, -0.5922, 1.6993, 0.0657,
                  -0.15, -4.2475, 1.1154, -0.3023, -3.1744, 1.7652, 1.7519, 1.707, 2.2953, -0.2179, 1.9562, -1.28, 0.6955,
                  0.0657, -0.3945, 0.426, -0.1976, -1.0862, 1.2285, 1.1621, 0.8968, 1.4125, 0.2935, 0.4109, 0.1885, 1.2161,
                  0.0657, -0.4873, 0.0657, -0.3137, 0.0657, -0.4712, 0.0657, 0.1328, -0.0077, -0.6258, -1.2401, 0.1725, -0.1688,
                  0.0657, -0.4023, 0.0657, 0.3951, 0.0657, -0.0307, -0.0755, -1.0345, -0.1505, 0.9069, 0.1486, 1.4254, 1.1524,
                  -0.0199, -0.1688, 0.3157, -2.8734, -1.726, -0.4203, -3.4517, -0.1061, 0.0532)


def _acf(env: np.ndarray) -> np.ndarray:
    """Normalised, unbiased autocorrelation of the mean-removed envelope (lag 0 = 1)."""
    e = np.asarray(env, np.float64) - float(np.mean(env))
    n = e.size
    f = np.fft.rfft(e, 2 * n)
    a = np.fft.irfft(np.abs(f) ** 2)[:n]
    if a[0] <= 0:
        return np.zeros(n)
    return a / a[0] * n / (n - np.arange(n))


def onset_rate(env: np.ndarray, fps: float, peak: float = _ONSET_PEAK) -> float:
    """Onsets per second of an onset envelope: its local maxima above ``peak`` (default
    ``_ONSET_PEAK``, 0.25) times its 99th percentile (at least one per envelope, so the result is
    never 0).

    Parameters
    ----------
    env : numpy.ndarray
        Onset strength envelope, shape (frames,), float.
    fps : float
        Envelope frames per second.
    peak : float
        The share of the 99th percentile a local maximum must pass.

    Returns
    -------
    float
        Onsets per second (> 0); 0.0 for an envelope under 3 frames.
    """
    e = np.asarray(env, np.float64)
    if e.size < 3:
        return 0.0
    thr = peak * float(np.percentile(e, 99))
    pk = (e[1:-1] > e[:-2]) & (e[1:-1] >= e[2:]) & (e[1:-1] > thr)
    return max(int(pk.sum()), 1) / (e.size / fps)


def _xcorr(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Normalised, unbiased cross-correlation of the mean-removed envelopes: ``c[k]`` is ``a``
    against ``b`` ``k`` frames later (k >= 0)."""
    a = np.asarray(a, np.float64) - float(np.mean(a))
    b = np.asarray(b, np.float64) - float(np.mean(b))
    n = min(a.size, b.size)
    a, b = a[:n], b[:n]
    den = float(np.sqrt(np.sum(a * a) * np.sum(b * b)))
    if den <= 0:
        return np.zeros(n)
    c = np.fft.irfft(np.conj(np.fft.rfft(a, 2 * n)) * np.fft.rfft(b, 2 * n))[:n]
    return c / den * n / (n - np.arange(n))


def _acf_peaks(a: np.ndarray, lo: int, hi: int) -> list[float]:
    """Lags (frames, parabola-refined) of the local maxima of ``a`` between ``lo`` and ``hi``."""
    out = []
    for j in range(max(1, lo), hi):
        if not (a[j] >= a[j - 1] and a[j] > a[j + 1]):
            continue
        den = a[j - 1] - 2 * a[j] + a[j + 1]
        out.append(j + (float(np.clip(0.5 * (a[j - 1] - a[j + 1]) / den, -0.5, 0.5)) if den < 0 else 0.0))
    return out


def tempo_candidates(env: np.ndarray, fps: float, low_env: Optional[np.ndarray] = None,
                     kick_env: Optional[np.ndarray] = None,
                     bands: Optional[tuple] = None,
                     bpms: Optional[Sequence[float]] = None) -> list[tuple[float, list[float]]]:
    """Tempo candidates of an onset envelope and the features that choose among them.

    Parameters
    ----------
    env : numpy.ndarray
        Onset strength envelope, shape (frames,), any float dtype.
    fps : float
        Envelope frames per second (sample rate / hop).
    low_env : numpy.ndarray, optional
        The low band's onset envelope (:func:`onset_envelope` with ``low=True``), shape
        (frames,); ``env`` stands in when it is not given.
    kick_env : numpy.ndarray, optional
        The kick envelope (:func:`onset_envelope` with ``kick=True``), shape (frames,);
        ``low_env`` stands in when it is not given.
    bands : tuple of 3 numpy.ndarray, optional
        The accent, mid-band and high-band envelopes (:func:`onset_envelope` with
        ``bands=True``), each shape (frames,); ``env`` stands in for each when not given.
    bpms : sequence of float, optional
        These tempi (BPM, > 0) as the candidates instead of the autocorrelation peaks (the octave
        decision of :func:`estimate_tempo` reads the top candidate's relatives this way).

    Returns
    -------
    list of (float, list of float)
        Per candidate: its tempo in BPM (a local peak, between 50 and 210 BPM, of the whole band's
        autocorrelation or of the low band's where the whole band has none within 2 %, refined by a
        parabola through the peak) and its 84 features: log2(BPM / 110), its square; the whole
        band's normalised autocorrelation at the beat period ×1, ×2, ×½, ×4, ×¼ and ×⅓ (bar-level
        and subdivision support); the low band's at ×1, ×2 and ×½ (does the kick/bass pattern repeat
        every beat, every two beats, every half beat); log2 of the onsets per beat
        (:func:`onset_rate` × 60 / BPM) and its square; the low band's autocorrelation at ×¼, ×⅓
        and ×3/2; max(0, log2(BPM / 180)) and max(0, log2(70 / BPM)); the larger of the two bands'
        support at ×1; the kick envelope's autocorrelation at ×1, ×2 and ×½ (22 so far); the
        accent envelope's autocorrelation at ×1, ×2 and ×½; log2 of the strong onsets per beat
        (:func:`onset_rate` of the accent envelope over ``_STRONG_PEAK``, 0.65) and its square;
        the cross-correlation of the kick envelope with the mid-band envelope ×1, ×½ and ×2 of
        the beat later (a backbeat on 2 and 4 follows the kick by one beat) and with the high-band
        envelope ×1 and ×½ later (32 so far); the whole band's autocorrelation at ×4/3, ×3/4, ×2/3,
        ×3/2, ×5/2 and ×2/5 (the 4/3, 2/3 and 2/5 confusions); log2 of the onsets per beat of the
        low, mid and high bands together, each divided by its own 99th percentile, at thresholds
        0.25 and 0.5 (``_UNION_PEAKS``), each with its square (42 so far); log2 of the mid band's
        onsets per beat (over ``_MID_PEAK``, 0.5 of its 99th percentile: the snare or clap period;
        once a bar in trap's half-time feel) and its square; log2 of the beat over the high band's
        grid (:func:`_tatum`, the hi-hat's 8ths, 16ths or triplets) and its square, and whether the
        beat is 2, 4, 8, 3 or 6 of those (within ``_TATUM_TOL`` octaves) (51 so far); then those 51
        less their largest value over the clip's candidates (102 in all). Empty when the envelope is
        shorter than 2 beats at 50 BPM or flat.
    """
    a = _acf(env)
    al = a if low_env is None else _acf(low_env)
    lo = int(60 * fps / _TEMPO_RANGE[1])
    hi = min(a.size - 2, int(np.ceil(60 * fps / _TEMPO_RANGE[0])) + 1)
    lags = _acf_peaks(a, lo, hi)
    if low_env is not None:
        lags += [g for g in _acf_peaks(al, lo, hi) if all(abs(g - m) > 0.02 * g for m in lags)]
    if bpms is not None:
        lags = [60.0 * fps / float(b) for b in bpms]
    ak = al if kick_env is None else _acf(kick_env)
    accent, mid, high = (env, env, env) if bands is None else bands
    aa = _acf(accent)
    kick_ref = (env if low_env is None else low_env) if kick_env is None else kick_env
    km, kh = _xcorr(kick_ref, mid), _xcorr(kick_ref, high)
    rate = onset_rate(env, fps)
    strong = onset_rate(accent, fps, _STRONG_PEAK)
    union = _union_rates(env if low_env is None else low_env, mid, high, fps)
    mid_rate = onset_rate(mid, fps, _MID_PEAK)
    tatum = _tatum(high, fps)
    out: list[tuple[float, list[float]]] = []
    idx = np.arange(a.size)
    idl = np.arange(al.size)
    idk = np.arange(ak.size)
    for lag in lags:
        bpm = 60.0 * fps / lag
        x = [np.log2(bpm / 110.0), np.log2(bpm / 110.0) ** 2]
        x += _support(a, idx, lag, (1.0, 2.0, 0.5, 4.0, 0.25, 1 / 3))
        x += _support(al, idl, lag, (1.0, 2.0, 0.5))
        per_beat = float(np.log2(max(rate, 1e-3) * 60.0 / bpm))
        x += [per_beat, per_beat ** 2]
        x += _support(al, idl, lag, (0.25, 1 / 3, 1.5))
        x += [max(0.0, float(np.log2(bpm / _PRIOR_HI))), max(0.0, float(np.log2(_PRIOR_LO / bpm)))]
        x += [max(x[2], x[8])]
        x += _support(ak, idk, lag, (1.0, 2.0, 0.5))
        x += _support(aa, np.arange(aa.size), lag, (1.0, 2.0, 0.5))
        per_strong = float(np.log2(max(strong, 1e-3) * 60.0 / bpm))
        x += [per_strong, per_strong ** 2]
        x += _support(km, np.arange(km.size), lag, (1.0, 0.5, 2.0))
        x += _support(kh, np.arange(kh.size), lag, (1.0, 0.5))
        x += _support(a, idx, lag, _CONFUSIONS)
        for r in union:
            per = float(np.log2(max(r, 1e-3) * 60.0 / bpm))
            x += [per, per ** 2]
        per_mid = float(np.log2(max(mid_rate, 1e-3) * 60.0 / bpm))
        x += [per_mid, per_mid ** 2]
        t = float(np.log2(lag / tatum))
        x += [t, t * t] + [float(abs(t - k) < _TATUM_TOL) for k in (1.0, 2.0, 3.0, np.log2(3.0), np.log2(6.0))]
        out.append((bpm, [float(v) for v in x]))
    if out:  # each feature less its largest value over the candidates
        top = np.max([x for _, x in out], axis=0)
        out = [(bpm, x + [float(v) for v in np.asarray(x) - top]) for bpm, x in out]
    return out


def _union_rates(low: np.ndarray, mid: np.ndarray, high: np.ndarray, fps: float) -> list[float]:
    """Onsets per second of the three bands together, each band's envelope divided by its own 99th
    percentile first (a quiet hi-hat, shaker or guiro counts like a loud kick), at the onset
    thresholds ``_UNION_PEAKS``."""
    es = []
    for e in (low, mid, high):
        e = np.asarray(e, np.float64)
        p = float(np.percentile(e, 99))
        es.append(e / p if p > 0 else e)
    u = np.max(es, axis=0)
    return [onset_rate(u, fps, t) for t in _UNION_PEAKS]


def _tatum(high: np.ndarray, fps: float) -> float:
    """The high band's grid in frames: the lag of the highest local peak of its autocorrelation
    between ``_TATUM_S`` (60-350 ms: a hi-hat's or shaker's 8ths, 16ths or triplets at 60-200 BPM);
    a quarter of a second where it has none."""
    a = _acf(high)
    lo, hi = int(_TATUM_S[0] * fps), min(a.size - 2, int(_TATUM_S[1] * fps) + 1)
    pk = _acf_peaks(a, lo, hi)
    if not pk:
        return 0.25 * fps
    idx = np.arange(a.size)
    return float(max(pk, key=lambda g: float(np.interp(g, idx, a))))


def _support(a: np.ndarray, idx: np.ndarray, lag: float, mults: tuple) -> list[float]:
    """The autocorrelation ``a`` at ``lag`` times each of ``mults``. A lag past half the envelope
    rests on too little overlap to be read (a clip of a few seconds): ×2 then stands in for ×4
    and ×1 for ×2 (the fitting grooves, 20 s, never reach it)."""
    half = (a.size - 1) / 2
    got = {m: (float(np.interp(lag * m, idx, a)) if lag * m <= half else None) for m in mults}
    for m, alt in ((2.0, 1.0), (4.0, 2.0)):
        if m in got and got[m] is None:
            got[m] = got.get(alt)
    return [0.0 if got[m] is None else got[m] for m in mults]


def _onset_frames(e: np.ndarray, peak: float) -> int:
    """How many local maxima of ``e`` pass ``peak`` times its 99th percentile."""
    e = np.asarray(e, np.float64)
    if e.size < 3:
        return 0
    thr = peak * float(np.percentile(e, 99))
    return int(np.sum((e[1:-1] > e[:-2]) & (e[1:-1] >= e[2:]) & (e[1:-1] > thr)))


def _octave_extras(env: np.ndarray, fps: float, kick: np.ndarray, accent: np.ndarray, high: np.ndarray,
                   bpm: float) -> list[float]:
    """The octave decision's own 14 features of one tempo: log2 of the high band's onsets per beat
    at 0.25 and 0.5 of its 99th percentile (the hi-hat's 8ths or 16ths against the beat) and of the
    kick envelope's at 0.5 (the kick period), each with its square; the beat-strength profile (the
    whole band's and the accent envelope's mean over the beat, folded on 48 phases, smoothed over 3,
    read from its strongest phase, over that maximum) at half a beat and at a quarter beat (the
    accent envelope too), and the whole band's at a third of a beat; the share of the high band's
    onsets at half a beat, at 2/3 of a beat (swung 8ths) and at a quarter or three quarters of it."""
    seconds = env.size / fps
    lag = 60.0 * fps / bpm
    f: list[float] = []
    for e, pk in ((high, 0.25), (high, 0.5), (kick, 0.5)):
        v = float(np.log2(max(_onset_frames(e, pk) / seconds, 1e-3) * 60.0 / bpm))
        f += [v, v * v]
    nb = 48
    bins = ((np.arange(env.size) % lag) / lag * nb).astype(int) % nb
    cnt = np.bincount(bins, minlength=nb) + 1e-9

    def fold(e):
        x = np.bincount(bins, weights=np.asarray(e, np.float64), minlength=nb) / cnt
        return x + np.roll(x, 1) + np.roll(x, -1)

    fe = fold(env)
    o = int(np.argmax(fe))
    r = np.roll(fe, -o) / (fe.max() + 1e-9)
    f += [float(r[nb // 2]), float(0.5 * (r[nb // 4] + r[3 * nb // 4])), float(0.5 * (r[nb // 3] + r[2 * nb // 3]))]
    fa = fold(accent)
    fa = np.roll(fa, -int(np.argmax(fa))) / (fa.max() + 1e-9)
    f += [float(fa[nb // 2]), float(0.5 * (fa[nb // 4] + fa[3 * nb // 4]))]
    h = np.asarray(high, np.float64)
    thr = 0.25 * float(np.percentile(h, 99)) if h.size >= 3 else 0.0
    ho = (np.flatnonzero((h[1:-1] > h[:-2]) & (h[1:-1] >= h[2:]) & (h[1:-1] > thr)) + 1).astype(float)
    if ho.size > 4:
        p = ((ho - (o + 0.5) / nb * lag) % lag) / lag

        def near(q, tol):
            return float(np.mean(np.abs(((p - q + 0.5) % 1) - 0.5) < tol))

        f += [near(0.5, 0.06), near(2 / 3, 0.06), near(0.25, 0.05) + near(0.75, 0.05)]
    else:
        f += [0.0, 0.0, 0.0]
    return f


def octave_candidates(env: np.ndarray, fps: float, bpm: float, weights=None, bias=None,
                      low_env: Optional[np.ndarray] = None, kick_env: Optional[np.ndarray] = None,
                      bands: Optional[tuple] = None) -> list[tuple[float, list[float]]]:
    """The relatives of a tempo and the features of the octave decision (:func:`estimate_tempo`).

    Parameters
    ----------
    env, fps, low_env, kick_env, bands
        As in :func:`tempo_candidates`.
    bpm : float
        The candidate score's top tempo (BPM, > 0).
    weights, bias : optional
        The candidate score (default ``TEMPO_WEIGHTS``, ``TEMPO_BIAS``), read on the relatives.

    Returns
    -------
    list of (float, list of float)
        Per relative ``bpm`` × r (r in ``_OCTAVE_RELATIVES``: 1, ½, 2, ⅔, 3/2, ¾, 4/3; those within
        50-210 BPM): its tempo and 138 features: the 51 features of :func:`tempo_candidates` read at
        that tempo and the 14 of :func:`_octave_extras` (65), those 65 less their largest value over
        the relatives (130), whether r is ½, 2, ⅔, 3/2, ¾ or 4/3 (136), and the candidate score over
        the relatives and it less its largest value (138).
    """
    rs = [r for r in _OCTAVE_RELATIVES if _TEMPO_RANGE[0] <= bpm * r <= _TEMPO_RANGE[1]]
    if not rs:
        return []
    cands = tempo_candidates(env, fps, low_env, kick_env, bands, bpms=[bpm * r for r in rs])
    accent, _, high = (env, env, env) if bands is None else bands
    kick = (env if low_env is None else low_env) if kick_env is None else kick_env
    nb = _N_BASE + 9
    rows = np.array([list(x[:nb]) + _octave_extras(env, fps, kick, accent, high, b) for b, x in cands])
    rows = np.hstack([rows, rows - rows.max(axis=0)])
    w = np.asarray(TEMPO_WEIGHTS if weights is None else weights, np.float64)
    b0 = TEMPO_BIAS if bias is None else bias
    score = [float(np.dot(w, x)) + b0 for _, x in cands]
    top = max(score)
    return [(b, [float(v) for v in row] + [float(abs(r - q) < 1e-6) for q in _OCTAVE_RELATIVES[1:]]
             + [sc, sc - top]) for (b, _), row, r, sc in zip(cands, rows, rs, score)]


def estimate_tempo(env: np.ndarray, fps: float, weights=None, bias=None,
                   low_env: Optional[np.ndarray] = None, kick_env: Optional[np.ndarray] = None,
                   bands: Optional[tuple] = None, octave: bool = True) -> Optional[float]:
    """Tempo of an onset envelope: the candidate of :func:`tempo_candidates` with the highest
    logistic score, then (``octave``) the relative of it (×1, ½, 2, ⅔, 3/2, ¾, 4/3) with the highest
    octave score (:func:`octave_candidates`, ``OCTAVE_WEIGHTS``).

    Parameters
    ----------
    env : numpy.ndarray
        Onset strength envelope, shape (frames,), float.
    fps : float
        Envelope frames per second.
    weights : sequence of 102 float, optional
        Feature weights (default ``TEMPO_WEIGHTS``, fitted by training/measure_eval.py).
    bias : float, optional
        Score offset (default ``TEMPO_BIAS``).
    low_env : numpy.ndarray, optional
        The low band's onset envelope, shape (frames,) (see :func:`tempo_candidates`).
    kick_env : numpy.ndarray, optional
        The kick envelope, shape (frames,) (see :func:`tempo_candidates`).
    bands : tuple of 3 numpy.ndarray, optional
        The accent, mid-band and high-band envelopes (see :func:`tempo_candidates`).
    octave : bool
        Apply the octave decision (default True); False gives the candidate score's top.

    Returns
    -------
    float or None
        Beats per minute (quarter notes), 50–210; None when there is no candidate.
    """
    w = np.asarray(TEMPO_WEIGHTS if weights is None else weights, np.float64)
    b = TEMPO_BIAS if bias is None else bias
    cands = tempo_candidates(env, fps, low_env, kick_env, bands)
    if not cands:
        return None
    scores = [float(np.dot(w, x)) + b for _, x in cands]
    bpm = float(cands[int(np.argmax(scores))][0])
    if not octave or OCTAVE_WEIGHTS is None:
        return bpm
    rel = octave_candidates(env, fps, bpm, w, b, low_env, kick_env, bands)
    wo = np.asarray(OCTAVE_WEIGHTS, np.float64)
    return float(rel[int(np.argmax([float(np.dot(wo, x)) for _, x in rel]))][0])


_HOP = 512


def onset_envelope(y: np.ndarray, sr: int = _RHYTHM_RATE, low: bool = False, kick: bool = False,
                   bands: bool = False):
    """Power spectrogram and onset envelope of a mono signal.

    Parameters
    ----------
    y : numpy.ndarray
        Mono signal, shape (samples,), float, full scale ±1.
    sr : int
        Sample rate in Hz (the app uses 22050).
    low : bool
        Also return the low band's onset envelope (the same flux on the lowest 5 of the 64 mel
        bands, under ~250 Hz at 22.05 kHz: kick and bass), shape (frames,).
    kick : bool
        Also return the kick envelope (with ``low``): the flux of those 5 bands less the mean level
        of the bands over ~1.3 kHz (20-63), in dB, so that a broadband hit (a white-noise hi-hat or
        clap) barely moves it, shape (frames,).
    bands : bool
        Also return (with ``low`` and ``kick``) a tuple of three envelopes, each shape (frames,):
        the accent envelope (the rise, in dB, of the whole mix's mel power from one frame to the
        next: loud hits count, a soft hi-hat or shaker under a chord barely does), and the flux of
        the mid bands (5-19, ~250 Hz-1.3 kHz: snare, clap, strum) and of the high bands (20-63).

    Returns
    -------
    tuple of numpy.ndarray
        The power spectrogram, shape (1025, frames), float32 (2048-sample frames every 512), and
        librosa's spectral-flux onset strength on its 64-band log-mel version, shape (frames,),
        in dB of flux; with ``low``, a third array: the low band's envelope; with ``kick`` too, a
        fourth: the kick envelope; with ``bands`` too, a fifth: the tuple (accent, mid, high).
    """
    import librosa

    S = np.abs(librosa.stft(np.asarray(y, np.float32), n_fft=2048, hop_length=_HOP)) ** 2
    mel = librosa.feature.melspectrogram(S=S, sr=sr, n_mels=64)
    db = librosa.power_to_db(mel, ref=np.max)
    env = librosa.onset.onset_strength(S=db, sr=sr, hop_length=_HOP)
    if low:
        lo = librosa.onset.onset_strength(S=db[:_LOW_MELS], sr=sr, hop_length=_HOP)
        if kick:
            rel = db[:_LOW_MELS] - db[_KICK_HIGH_MEL:].mean(axis=0, keepdims=True)
            kenv = librosa.onset.onset_strength(S=rel, sr=sr, hop_length=_HOP)
            if bands:
                total = 10.0 * np.log10(np.sum(10.0 ** (db.astype(np.float64) / 10.0), axis=0) + 1e-10)
                accent = np.maximum(0.0, np.diff(total, prepend=total[:1]))
                mid = librosa.onset.onset_strength(S=db[_MID_MELS[0]:_MID_MELS[1]], sr=sr, hop_length=_HOP)
                high = librosa.onset.onset_strength(S=db[_KICK_HIGH_MEL:], sr=sr, hop_length=_HOP)
                return S, env, lo, kenv, (accent, mid, high)
            return S, env, lo, kenv
        return S, env, lo
    return S, env


# Hook (issue 15): the first 3 s are a hook when they are LOUD and DISTINCT — they stand out from
# the rest of the clip. Measured on the opening (the first 3 s) against the rest (up to 90 s):
# * events: the onset envelope's contrast (p95 over median + 0.05, p95 at least HOOK_MIN_FLUX dB of
#   flux) at least HOOK_MIN_CONTRAST over the first 3 s AND over the first 1.5 s (a tone, a drone,
#   noise, or a pad alone before the beat has none; sine p95 < 0.01, noise contrast ~1.4; a full mix
#   with 16th hats, reverb and vocals 3-5, which the session-14 threshold of 5 called "no events");
# * loud: at most HOOK_MIN_LU under the rest (a quiet intro or a fade is no hook; a distinct opening
#   1-2 dB under the rest still is), and the high band (≥ 2 kHz) at most HOOK_MIN_BRIGHT_DB under
#   the rest's (a low-passed, boosted intro is a build-up, not a hook);
# * distinct: the opening's mean timbre, chroma and spectral contrast (19 MFCCs without c0, 12
#   chroma, 7 spectral-contrast bands) stand away from the rest's mean, in units of the rest's own frame-to-
#   frame spread (an effect size, the RMS over the 38 dimensions: 0.05-0.65
#   on a groove that is the same from bar one, 1.5-6.0 on a hook line, a lead or another section
#   first; session-14 figures, over the whole opening; session 15 reads the opening's second half,
#   1.5-3 s, so that reverb and pads building up over bar one are not "distinct"). Session 15: novelty and loudness are weighed together (HOOK_WEIGHTS, a logistic
#   regression over (hook_lu, novelty)): a chorus, riff or drop first at the verse's loudness stands
#   only 0.6-1.1 spreads from the rest, under the session-14 threshold of 1.0, but is 0-3 LU louder;
#   the session-14 rule (novelty >= 1.0 or >= 4 LU louder) missed them on a second synthesiser.
# * quiet intro: a plain opening 1-2.5 LU under the rest reads "quiet_intro" only when its second
#   half (1.5-3 s) is too; a groove from bar one whose reverb tails and held pads build up over the
#   first bar is as loud as the rest by then, and reads "same_as_rest".
# Session 15: chosen on the pooled development clips of two synthesisers, training/measure_data.py
# hook_set(seed=100, 101) and training/hook_generators/s15_songs.py opening_set(seed=1, 2) (leave-one-
# generator-out: fitted on hook_set alone, s15_songs 0.875 against 0.833 with the session-14 rule;
# fitted on s15_songs alone, hook_set 1.000); measured: models/virality/metrics.json, "measurements" ->
# "hook".
HOOK_MIN_LU = -2.5
HOOK_MIN_FLUX = 1.0
HOOK_MIN_CONTRAST = 3.0  # session 14: 5.0
HOOK_MIN_BRIGHT_DB = -15.0
# hook when HOOK_WEIGHTS[0] * hook_lu + HOOK_WEIGHTS[1] * novelty + HOOK_BIAS > 0 (logistic regression,
# C=1, on the pooled development clips that reach this test: notes in training/measure_eval.py's hook part)
HOOK_WEIGHTS = (0.7626, 2.8765)
HOOK_BIAS = -2.3733
QUIET_INTRO_LU = -1.0  # an opening that is no hook reads "quiet_intro" under this (the trend band's floor)
_HOOK_EARLY_S = 1.5
_BRIGHT_HZ = 2000.0

# What the opening is, in one word (``AudioAnalysis.opening``): the hook, or why not.
OPENINGS = ("hook", "same_as_rest", "quiet_intro", "no_events", "dull_intro", "silent")


class Opening(NamedTuple):
    """Measures of the first 3 s against the rest (see :func:`opening_features`)."""
    contrast: Optional[float]  # onset contrast of the first 3 s
    early: Optional[float]  # onset contrast of the first 1.5 s
    bright_db: Optional[float]  # high band (≥ 2 kHz) power of the opening minus the rest's, dB
    novelty: Optional[float]  # timbre/chroma/spectral-contrast distance from the rest, in its spreads


def onset_contrast(env: np.ndarray, fps: float, seconds: float = _HOOK_S) -> Optional[float]:
    """How eventful the first ``seconds`` of an onset envelope are.

    Parameters
    ----------
    env : numpy.ndarray
        Onset strength envelope (dB of spectral flux), shape (frames,), float.
    fps : float
        Envelope frames per second.
    seconds : float
        Length of the opening read, in seconds (default 3).

    Returns
    -------
    float or None
        p95 / (median + 0.05) of the envelope over the opening (its first frame, the file's own
        start, left out), or 0.0 where p95 < ``HOOK_MIN_FLUX``; None when the envelope is
        shorter than ``seconds``.
    """
    n = int(seconds * fps)
    if env.size < n or n < 2:
        return None
    e = np.asarray(env[1:n], np.float64)  # frame 0 is the onset of the file itself
    p95 = float(np.percentile(e, 95))
    return 0.0 if p95 < HOOK_MIN_FLUX else p95 / (float(np.median(e)) + 0.05)


def opening_features(S: np.ndarray, env: np.ndarray, sr: int = _RHYTHM_RATE,
                     seconds: float = _HOOK_S) -> Opening:
    """The first ``seconds`` of a clip against the rest: events, brightness and novelty.

    Parameters
    ----------
    S : numpy.ndarray
        Power spectrogram from :func:`onset_envelope`, shape (1025, frames), 2048-sample frames
        every 512 samples.
    env : numpy.ndarray
        Its onset envelope, shape (frames,).
    sr : int
        Sample rate in Hz.
    seconds : float
        Length of the opening, in seconds (default 3).

    Returns
    -------
    Opening
        ``contrast`` and ``early``: :func:`onset_contrast` of the first ``seconds`` and of the
        first 1.5 s (None when the envelope is shorter); ``bright_db``: the mean power over
        2 kHz of the opening minus the rest's, dB; ``novelty``: the root mean square, over 19 MFCCs
        (c1-c19 of the 64-band log-mel), 12 chroma bins and 7 spectral-contrast bands, of the
        mean of the opening's second half (1.5-3 s; session 15: a reverb tail or a held pad that
        builds up over the first bar no longer reads as a distinct opening) minus the rest's mean
        over the rest's standard deviation (dimensionless; ~0.1 for a loop that repeats from bar
        one). ``bright_db`` and ``novelty`` are None when the rest is under 1 s or silent.
    """
    import librosa

    fps = sr / _HOP
    n = int(seconds * fps)
    contrast = onset_contrast(env, fps, seconds)
    early = onset_contrast(env, fps, _HOOK_EARLY_S)
    if S.shape[1] < n + int(fps) or float(S[:, n:].sum()) <= 0.0:
        return Opening(contrast, early, None, None)
    freqs = librosa.fft_frequencies(sr=sr, n_fft=2 * (S.shape[0] - 1))
    hi = freqs >= _BRIGHT_HZ
    bright = 10.0 * np.log10((float(S[hi, :n].mean()) + 1e-12) / (float(S[hi, n:].mean()) + 1e-12))
    mel = librosa.feature.melspectrogram(S=S, sr=sr, n_mels=64)
    feats = (librosa.feature.mfcc(S=librosa.power_to_db(mel, ref=np.max), n_mfcc=20)[1:],
             librosa.feature.chroma_stft(S=S, sr=sr, tuning=0.0),  # A440: estimating the tuning cost 15x the rest
             librosa.feature.spectral_contrast(S=np.sqrt(S), sr=sr))
    z2 = []
    for F in feats:
        o, r = F[:, n // 2:n].astype(np.float64), F[:, n:].astype(np.float64)  # the opening's second half
        sd = r.std(axis=1) + 1e-3 * float(np.abs(r).mean()) + 1e-9
        z2.append(((o.mean(axis=1) - r.mean(axis=1)) / sd) ** 2)
    novelty = float(np.sqrt(np.concatenate(z2).mean()))
    return Opening(contrast, early, float(bright), novelty)


def opening_verdict(hook_lu: Optional[float], op: Optional[Opening], silent: bool = False,
                    late_lu: Optional[float] = None) -> Optional[str]:
    """What the first 3 s are: one of :data:`OPENINGS`.

    Parameters
    ----------
    hook_lu : float or None
        Loudness of the first 3 s minus the rest, in LU.
    op : Opening or None
        :func:`opening_features` of the clip.
    silent : bool
        The whole track is silent (no gated loudness).
    late_lu : float, optional
        Loudness of the opening's second half (1.5-3 s) minus the rest, in LU; without it a plain
        opening is called a quiet intro on ``hook_lu`` alone (the session-14 rule).

    Returns
    -------
    str or None
        ``"silent"``; ``"quiet_intro"`` (more than ``HOOK_MIN_LU`` under the rest);
        ``"no_events"`` (no distinct musical events over the first 3 s or the first 1.5 s: a tone,
        a drone, noise, a pad alone); ``"dull_intro"`` (the high band more than
        ``HOOK_MIN_BRIGHT_DB`` under the rest's: a low-passed intro); ``"hook"`` (novelty and
        loudness together over the line of ``HOOK_WEIGHTS`` and ``HOOK_BIAS``: novelty at least
        0.83 at the rest's loudness, less the louder the opening); else ``"quiet_intro"`` when the
        opening and its second half are both under ``QUIET_INTRO_LU`` (a plain opening 1-2.5 LU
        under the rest) or ``"same_as_rest"`` (with beats, not distinct from the rest, as loud as
        it from the second half on: no quiet intro, no hook). None when a measure is missing.
    """
    if silent:
        return "silent"
    if hook_lu is None or op is None or op.contrast is None or op.early is None:
        return None
    if hook_lu < HOOK_MIN_LU:
        return "quiet_intro"
    if op.contrast < HOOK_MIN_CONTRAST or op.early < HOOK_MIN_CONTRAST:
        return "no_events"
    if op.bright_db is None or op.novelty is None:
        return None
    if op.bright_db < HOOK_MIN_BRIGHT_DB:
        return "dull_intro"
    if HOOK_WEIGHTS[0] * hook_lu + HOOK_WEIGHTS[1] * op.novelty + HOOK_BIAS > 0:
        return "hook"
    # to 0.1 LU, as the trend reason shows and scores it (-1.02 reads -1.0 there: no quiet intro)
    quiet = round(hook_lu, 1) < QUIET_INTRO_LU and (late_lu is None or round(late_lu, 1) < QUIET_INTRO_LU)
    return "quiet_intro" if quiet else "same_as_rest"


def hook_decision(hook_lu: Optional[float], op: Optional[Opening], silent: bool = False,
                  late_lu: Optional[float] = None) -> Optional[bool]:
    """Whether the first 3 s are a hook: loud and distinct (:func:`opening_verdict` is "hook").

    Parameters
    ----------
    hook_lu : float or None
        Loudness of the first 3 s minus the rest, in LU.
    op : Opening or None
        :func:`opening_features` of the clip.
    silent : bool
        The whole track is silent (no gated loudness).
    late_lu : float, optional
        Loudness of 1.5-3 s minus the rest, in LU (see :func:`opening_verdict`).

    Returns
    -------
    bool or None
        True for a hook; False for silence or any other opening; None when a measure is missing.
    """
    v = opening_verdict(hook_lu, op, silent, late_lu)
    return None if v is None else v == "hook"


def hook_measure(y: np.ndarray, sr: int = _RHYTHM_RATE, verdict: bool = False):
    """(hook_lu, has_hook) of a mono signal, as :func:`analyze_audio` decides them.

    Parameters
    ----------
    y : numpy.ndarray
        Mono signal, shape (samples,), float, full scale ±1; at least 6 s.
    sr : int
        Sample rate in Hz (22050 for the onset envelope; other rates are resampled).
    verdict : bool
        Also return the :func:`opening_verdict` (a third element).

    Returns
    -------
    tuple
        Loudness of the first 3 s minus the rest in LU (None for silence or under 6 s) and the
        hook decision (False for silence, None under 6 s); with ``verdict``, the opening's word.
    """
    y = np.asarray(y, np.float32)
    if y.size < 2 * _HOOK_S * sr:
        return (None, None, None) if verdict else (None, None)
    ps = k_weighted_power(y[None, :], sr)
    if integrated_loudness(ps, sr) is None:
        return (None, False, "silent") if verdict else (None, False)
    lu = _segment_loudness(ps, 0, _HOOK_S) - _segment_loudness(ps, _HOOK_S, None)
    late = _segment_loudness(ps, _HOOK_S / 2, _HOOK_S) - _segment_loudness(ps, _HOOK_S, None)
    if sr != _RHYTHM_RATE:
        import librosa

        y = librosa.resample(y, orig_sr=sr, target_sr=_RHYTHM_RATE, res_type="soxr_hq")
    S, env = onset_envelope(y[: int(_RHYTHM_MAX_S * _RHYTHM_RATE)])
    v = opening_verdict(lu, opening_features(S, env), late_lu=late)
    hook = None if v is None else v == "hook"
    return (lu, hook, v) if verdict else (lu, hook)


def _rhythm(mono: np.ndarray, rate: int) -> tuple[Optional[float], Optional[float], Optional[float], Optional[Opening]]:
    """(tempo BPM, beat strength 0..1, vocal-band presence 0..1, :func:`opening_features` of the
    first 3 s) from a mono signal."""
    import librosa

    # soxr (librosa's own resampler) is ~3× faster than scipy's resample_poly for 48 k -> 22.05 k.
    y = librosa.resample(np.asarray(mono[: int(_RHYTHM_MAX_S * rate)], np.float32), orig_sr=rate,
                         target_sr=_RHYTHM_RATE, res_type="soxr_hq")
    sr = _RHYTHM_RATE
    if y.size < sr * 1.5 or float(np.abs(y).max()) < 1e-4:
        return None, None, None, (Opening(0.0, 0.0, None, None) if y.size >= sr * _HOOK_S else None)
    hop = _HOP
    S, env, low, kick, bands = onset_envelope(y, sr, low=True, kick=True, bands=True)
    # No distinct onsets anywhere (a steady tone, a drone, noise): no beat to read a tempo from.
    tempo = estimate_tempo(env, sr / hop, low_env=low, kick_env=kick, bands=bands) if float(np.percentile(env, 95)) >= HOOK_MIN_FLUX else None
    e = env - env.mean()
    ac = librosa.autocorrelate(e)
    strength = None
    if ac[0] > 0 and tempo:
        lag = 60.0 * sr / hop / tempo
        lo, hi = max(1, int(lag) - 2), min(ac.size - 1, int(lag) + 3)
        strength = float(np.clip(ac[lo:hi].max() / ac[0], 0.0, 1.0)) if hi > lo else None
    freqs = librosa.fft_frequencies(sr=sr, n_fft=2048)
    band = (freqs >= 300) & (freqs <= 3400)
    total = S.sum(axis=0) + 1e-12
    share = S[band].sum(axis=0) / total
    flat = librosa.feature.spectral_flatness(S=np.sqrt(S[band]) + 1e-10, power=1.0)[0]
    loud = total > 1e-3 * np.median(total[total > 0]) if np.any(total > 0) else total > 0
    voiced = (share > 0.5) & (flat < 0.05) & loud
    vocal = float(voiced.mean()) if voiced.size else None
    return tempo, strength, vocal, opening_features(S, env, sr)


def analyze_audio(path, progress: Optional[ProgressLike] = None) -> AudioAnalysis:
    """All the sound measures of the file's first audio track.

    scipy's array-API check reads ``sys.modules["torch"].Tensor``: while another thread is in the
    middle of ``import torch`` (the window detects the device in a worker) that raises
    AttributeError. Then this waits for that import to finish and measures again."""
    try:
        return _analyze_audio(path, progress)
    except AttributeError as e:
        if "partially initialized module 'torch'" not in str(e):
            raise
        import torch  # noqa: F401  (blocks until the other thread's import of torch is complete)

        return _analyze_audio(path, progress)


def _analyze_audio(path, progress: Optional[ProgressLike] = None) -> AudioAnalysis:
    # Tempo and vocals (librosa) need the first _RHYTHM_MAX_S only: they are measured in a second
    # thread as soon as those are decoded, beside the rest of the decoding and the loudness measures
    # (PyAV, scipy and numpy release the GIL, so on two cores the stages overlap).
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="virality-rhythm") as pool:
        jobs: list[Future] = []
        pcm, channels, truncated = decode_audio(
            path, progress=progress,
            on_prefix=(_RHYTHM_MAX_S, lambda head: jobs.append(pool.submit(lambda: _rhythm(head.mean(axis=0), RATE)))))
        if progress is not None:
            progress.update(0.25, "measuring loudness and tempo")
        return _measure(pcm, channels, truncated, jobs[0], progress)


def _measure(pcm: np.ndarray, channels: int, truncated: Optional[float], rhythm_job: Future,
             progress: Optional[ProgressLike]) -> AudioAnalysis:
    rate = RATE
    dur = pcm.shape[1] / rate
    absent: dict[str, str] = {}
    cs = k_weighted_power(pcm, rate)
    lufs = integrated_loudness(cs, rate)
    if lufs is None:
        absent["lufs"] = ("audio shorter than 0.4 s: loudness not measurable" if dur < 0.4
                          else "the audio track is silent")
    sp = float(max(pcm.max(), -pcm.min()))
    loud = _loud_samples(pcm, min(_tp_level(sp), _FULL_SCALE))  # shared by true peak and clipping
    tp = true_peak(pcm, sp, loud)
    share, runs = _clip_runs(pcm, sp, loud)
    lra = _loudness_range(cs, rate)
    if lra is None:
        absent["loudness_range"] = "audio shorter than 3 s: loudness range not measurable"
    rms = float(np.sqrt(_block_power(pcm, rate // 10).sum(dtype=np.float64) / pcm.size))
    crest = 20 * np.log10(sp / rms) if rms > 0 and sp > 0 else None
    hook_lu = late_lu = None
    if dur >= 2 * _HOOK_S and lufs is not None:
        hook_lu = _segment_loudness(cs, 0, _HOOK_S) - _segment_loudness(cs, _HOOK_S, None)
        late_lu = _segment_loudness(cs, _HOOK_S / 2, _HOOK_S) - _segment_loudness(cs, _HOOK_S, None)
    elif dur < 2 * _HOOK_S:
        absent["hook"] = (f"clip shorter than {2 * _HOOK_S:.0f} s: the first {_HOOK_S:.0f} s have no rest "
                          "to compare with")
    if progress is not None:
        progress.update(0.5, "measuring tempo")
    tempo, strength, vocal, op = rhythm_job.result()
    opening = None if dur < 2 * _HOOK_S else opening_verdict(hook_lu, op, silent=lufs is None, late_lu=late_lu)
    has_hook = None if opening is None else opening == "hook"
    novelty = None if dur < 2 * _HOOK_S or op is None or lufs is None else op.novelty
    if tempo is None:
        absent["tempo"] = ("audio too short or silent for tempo" if dur < 1.5 or lufs is None else
                           "no beat: the sound holds no distinct onsets (a steady tone, a drone or noise)")
    return AudioAnalysis(
        duration_s=dur, rate=rate, channels=channels, lufs=lufs,
        true_peak_dbtp=(20 * np.log10(tp) if tp > 0 else None),
        sample_peak_dbfs=(20 * np.log10(sp) if sp > 0 else None),
        clipped_share=share, clip_runs=runs, loudness_range_lu=lra,
        crest_db=(float(crest) if crest is not None else None),
        tempo_bpm=tempo, beat_strength=strength, hook_lu=hook_lu, has_hook=has_hook,
        vocal_presence=vocal, truncated_at=truncated, absent=absent, opening=opening, hook_novelty=novelty)
