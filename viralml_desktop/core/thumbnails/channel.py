"""The thumbnail scoring model.

1. Rules (``RULES_VERSION``): published thumbnail rules turned into points, each from one
   measurement (models/thumbnail/MODEL_CARD.md cites every rule). ``visual_appeal_score`` is
   10 × points earned / points that apply. Without a channel model, ``click_probability`` is
   the published impressions CTR of a typical video — the log-scale middle (4.47 %) of the
   2 % – 10 % band YouTube publishes for half of all channels and videos, with that band as its
   spread: a prior with its citation, the same for every thumbnail, never a fitted number.
2. Channel model: a ridge regression fitted on the user's own YouTube Studio export
   (impressions click-through rate per video) and the matching thumbnails; its
   cross-validated Spearman correlation and error are stored with it and shown, and it
   gives ``click_probability`` (a predicted impressions CTR) from then on.
"""
from __future__ import annotations

import math
import re
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import numpy as np

from viralml_desktop.core import personal, store
from viralml_desktop.core.errors import InputError

RULES_VERSION = "thumbnail-rules-2"
CTR_BAND = (0.02, 0.10)  # YouTube Help: half of all channels and videos have an impressions CTR in 2–10 %
CTR_CITATION = ("YouTube Help, \"Impressions & click-through-rate FAQs\" "
                "(https://support.google.com/youtube/answer/7628154): \"Half of all channels and videos on "
                "YouTube have an impressions CTR that can range between 2% and 10%.\"")
PUBLISHED_CTR = round(math.sqrt(CTR_BAND[0] * CTR_BAND[1]), 4)
"""0.0447: the middle of YouTube's published 2–10 % band on a log scale (CTRs are skewed), the
click probability shown without a channel model; the band itself is its spread (half of all
channels and videos inside it)."""
_CHANNEL_MODEL_KEY = "thumbnail.channel_model"
MIN_CHANNEL_VIDEOS = 20  # videos before a channel model is even tested (issue 14)

_YTGROWTH = "ytgrowth Thumbnail IQ, Layer 1"


def _ramp(x: float, lo: float, hi: float) -> float:
    """0 at ``lo``, 1 at ``hi`` (either direction), linear between."""
    if hi == lo:
        return float(x >= hi)
    return float(min(1.0, max(0.0, (x - lo) / (hi - lo))))


@dataclass
class Component:
    """One rule of the visual-appeal score, read from one measurement.

    Attributes
    ----------
    name : str
        The rule: contrast, face, text_presence, text_readability, vibrancy, colourfulness,
        phone_legibility, sharpness, exposure, clutter or composition.
    max_points : float
        The rule's weight (5, 10 or 15 points).
    credit : float or None
        Share of ``max_points`` earned, 0–1; None when the rule does not apply (the two
        text-reading rules on an image without text).
    value : object
        The measurement the rule reads (rounded), e.g. the grey standard deviation.
    rule : str
        The thresholds, in words.
    source : str
        Where the rule comes from (models/thumbnail/MODEL_CARD.md).
    verdict : str
        The measurement in one line for the user.
    """
    name: str
    max_points: float
    credit: Optional[float]  # 0..1; None = does not apply (e.g. text rules on a picture without text)
    value: object
    rule: str
    source: str
    verdict: str

    @property
    def points(self) -> float:
        """Points earned: ``max_points × credit`` (0 when the rule does not apply)."""
        return 0.0 if self.credit is None else self.max_points * self.credit

    def to_dict(self) -> dict:
        """The component as the response's ``components`` entry (``applies`` for ``credit``)."""
        return {"name": self.name, "points": round(self.points, 2), "max_points": self.max_points,
                "applies": self.credit is not None, "value": self.value, "rule": self.rule,
                "source": self.source, "verdict": self.verdict}


def _face_credit(share: float) -> float:
    if share >= 0.20:
        return 1.0
    if share >= 0.10:
        return 0.5 + 0.5 * (share - 0.10) / 0.10
    if share > 0:
        return 0.3 + 0.2 * share / 0.10
    return 0.0


def _text_share_credit(share: float) -> float:
    if share <= 0:
        return 0.0
    if share < 0.10:
        return share / 0.10
    if share <= 0.30:
        return 1.0
    return max(0.3, 1.0 - 0.7 * (share - 0.30) / 0.30)


def _wcag_credit(ratio: float) -> float:
    if ratio >= 7.0:
        return 1.0
    if ratio >= 4.5:
        return 0.6 + 0.4 * (ratio - 4.5) / 2.5
    if ratio >= 3.0:
        return 0.6 * (ratio - 3.0) / 1.5
    return 0.0


def _exposure_credit(brightness: float) -> float:
    if 80 <= brightness <= 180:
        return 1.0
    return _ramp(brightness, 20, 80) if brightness < 80 else _ramp(brightness, 240, 180)


def components(f: dict) -> list[Component]:
    """The rule components of one image's features (``ThumbnailFeatures.to_dict()``)."""
    m = f["measures"]
    share = float(m["largest_face_share"])
    text_share = float(f.get("text_share") or 0.0)
    ratio = f.get("min_contrast_ratio")
    legible = f.get("phone_legibility")
    sharp = float(m["sharpness"])
    out = [
        Component("contrast", 15, _ramp(m["contrast"], 30, 80), round(m["contrast"], 1),
                  "grey standard deviation > 80 full credit; < 30 washed out", _YTGROWTH,
                  f"grey contrast {m['contrast']:.0f} (full credit above 80)"),
        Component("face", 10, _face_credit(share), round(share, 4),
                  "largest face > 20 % of the image full credit, 10–20 % partial, any face base credit",
                  _YTGROWTH + " (Haar cascade)",
                  f"largest face covers {share:.0%} of the image" if m["face_count"] else "no frontal face found"),
        Component("text_presence", 10, _text_share_credit(text_share), round(text_share, 4),
                  "text on 10–30 % of the area full credit; more is capped", _YTGROWTH,
                  f"text covers {text_share:.0%} of the area" if f.get("word_count") else "no text found"),
        Component("text_readability", 10, None if ratio is None else _wcag_credit(float(ratio)), ratio,
                  "WCAG contrast ratio of text against its surround >= 7:1 full, >= 4.5:1 partial, < 3:1 none",
                  _YTGROWTH + "; W3C WCAG 2.x",
                  "no text to read" if ratio is None else f"weakest text contrast {float(ratio):.1f}:1"),
        Component("vibrancy", 5, _ramp(m["saturation"], 0, 120), round(m["saturation"], 1),
                  "mean HSV saturation > 120 full credit", _YTGROWTH,
                  f"mean saturation {m['saturation']:.0f} of 255 (full credit above 120)"),
        Component("colourfulness", 5, _ramp(m["colourfulness"], 15, 59), round(m["colourfulness"], 1),
                  "Hasler–Süsstrunk colourfulness: 15 'slightly' none, 59 'quite colourful' full",
                  "Hasler & Süsstrunk, 'Measuring colourfulness in natural images', SPIE 2003",
                  f"colourfulness {m['colourfulness']:.0f} (quite colourful from 59)"),
        Component("phone_legibility", 10, None if legible is None else float(legible), legible,
                  "share of the words still read when shrunk to a 168×94 sidebar thumbnail",
                  "mobile-size readability test (blurtest 10 % test; TubeLog glance test)",
                  "no text to read" if legible is None else f"{float(legible):.0%} of the words still read at 168×94"),
        Component("sharpness", 10, _ramp(math.log10(max(sharp, 1e-3)), math.log10(20), math.log10(200)),
                  round(sharp, 1), "variance of the Laplacian: < 20 blurred, > 200 sharp (100 is the usual blur cut)",
                  "Pech-Pacheco et al. 2000 (variance of the Laplacian as a focus measure)",
                  f"sharpness {sharp:.0f} (blurred below ~100)"),
        Component("exposure", 5, _exposure_credit(m["brightness"]), round(m["brightness"], 1),
                  "mean grey between 80 and 180 full credit; 20 or 240 none", "house rule (well exposed, not washed out)",
                  f"mean brightness {m['brightness']:.0f} of 255"),
        Component("clutter", 5, _ramp(m["clutter"], 0.25, 0.10), round(m["clutter"], 4),
                  "edge density <= 0.10 full credit, >= 0.25 none (one clear focal point)",
                  "TubeLog attention / single focal point; edge density (Canny)",
                  f"edge density {m['clutter']:.2f}"),
        Component("composition", 5, _ramp(m["thirds_distance"], 0.30, 0.10), round(m["thirds_distance"], 3),
                  "main subject within 0.10 of a rule-of-thirds point full credit, 0.30 none",
                  "rule of thirds", f"subject {m['thirds_distance']:.2f} from the nearest thirds point"),
    ]
    return out


def appeal_score(f: dict) -> tuple[float, list[Component]]:
    """The rules' visual-appeal score of one image's measurements.

    Parameters
    ----------
    f : dict
        ``ThumbnailFeatures.to_dict()``. Read: ``measures`` (contrast, brightness, saturation,
        colourfulness, sharpness, clutter, thirds_distance, face_count, largest_face_share),
        ``text_share``, ``word_count``, ``min_contrast_ratio`` and ``phone_legibility``.

    Returns
    -------
    score : float
        10 × points earned / points of the rules that apply, 0–10, rounded to 3 decimals.
    components : list of Component
        The eleven rules, each with its measurement, credit and source.

    Notes
    -----
    Points: contrast 15; face, text presence, text readability, phone legibility and
    sharpness 10 each; vibrancy, colourfulness, exposure, clutter and composition 5 each
    (90 in all, 70 for an image without text, where the two text-reading rules do not apply).
    Credit ramps linearly between the thresholds of each rule:

    - contrast: grey standard deviation 30 → 80 (ytgrowth Thumbnail IQ, Layer 1);
    - face: largest face > 20 % of the image full, 10–20 % partial, any face base credit
      (ytgrowth, Haar cascade);
    - text presence: text on 10–30 % of the area full, less ramps to none, more loses credit
      down to 0.3 (ytgrowth);
    - text readability: WCAG contrast ratio ≥ 7:1 full, ≥ 4.5:1 partial, < 3:1 none
      (ytgrowth; W3C WCAG 2.x);
    - vibrancy: mean HSV saturation 0 → 120 (ytgrowth);
    - colourfulness: Hasler–Süsstrunk M 15 ("slightly colourful") → 59 ("quite colourful");
    - phone legibility: the share of the text still read at 168×94 (mobile-size tests);
    - sharpness: variance of the Laplacian 20 → 200 on a log scale (Pech-Pacheco et al. 2000);
    - exposure: mean grey 80–180 full, none at 20 or 240 (a house rule, not published);
    - clutter: Canny edge density 0.25 → 0.10 (TubeLog: one focal point);
    - composition: subject 0.30 → 0.10 from the nearest rule-of-thirds point.

    The sources, with their addresses, are in models/thumbnail/MODEL_CARD.md.

    References
    ----------
    .. [1] Hasler & Süsstrunk, "Measuring colourfulness in natural images", SPIE Human Vision
           and Electronic Imaging, 2003.
    .. [2] Pech-Pacheco et al., "Diatom autofocusing in brightfield microscopy", ICPR 2000.
    .. [3] W3C, Web Content Accessibility Guidelines (WCAG) 2.x, contrast ratio.
    """
    comps = components(f)
    applicable = sum(c.max_points for c in comps if c.credit is not None)
    pts = sum(c.points for c in comps)
    return round(10.0 * pts / applicable, 3), comps


def prior_click_probability(appeal: Optional[float] = None) -> float:
    """The published impressions CTR of a typical YouTube video, without a channel model.

    Parameters
    ----------
    appeal : float, optional
        Not used: nothing measures how much the rules score moves a real CTR (the rules' held-out
        test ranks a photo above its degraded copy, not clicks), so the score does not shift it.

    Returns
    -------
    float
        :data:`PUBLISHED_CTR` (0.0447), the log-scale middle of the band YouTube publishes
        (:data:`CTR_CITATION`); :data:`CTR_BAND` is its spread.
    """
    return PUBLISHED_CTR


# -- channel model --------------------------------------------------------------

_FEATURE_NAMES = ("contrast", "brightness", "saturation", "colourfulness", "log_sharpness", "clutter", "warmth",
                  "face_count", "largest_face_share", "thirds_distance", "text_share", "word_count",
                  "log_min_contrast_ratio", "phone_legibility", "appeal_score")


def feature_vector(f: dict) -> np.ndarray:
    """The channel model's 15 inputs (``_FEATURE_NAMES`` order) from ``ThumbnailFeatures.to_dict()``."""
    m = f["measures"]
    ratio = f.get("min_contrast_ratio")
    legible = f.get("phone_legibility")
    appeal, _ = appeal_score(f)
    return np.array([m["contrast"], m["brightness"], m["saturation"], m["colourfulness"],
                     math.log10(max(m["sharpness"], 1e-3)), m["clutter"], m["warmth"], m["face_count"],
                     m["largest_face_share"], m["thirds_distance"], f.get("text_share") or 0.0,
                     f.get("word_count") or 0, math.log(ratio) if ratio else 0.0,
                     1.0 if legible is None else legible, appeal], dtype=np.float64)


def _logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, 1e-4, 1 - 1e-4)
    return np.log(p / (1 - p))


def _sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def fit_channel_model(vectors: np.ndarray, ctr: np.ndarray, impressions: np.ndarray, name: str = "",
                      times: Optional[list] = None, n_permutations: int = personal.N_PERMUTATIONS,
                      seed: int = 0) -> dict:
    """The channel model: ridge regression of logit(CTR) on the thumbnails' measurements,
    measured as it is used (time-ordered folds, permutation test; ``core/personal.py``).

    Parameters
    ----------
    vectors : ndarray, shape (n, 15), float
        :func:`feature_vector` of each video's thumbnail.
    ctr : ndarray, shape (n,), float
        Each video's impressions click-through rate, 0–1.
    impressions : ndarray, shape (n,), float
        Each video's impressions; ``log(1 + impressions)`` weighs its fit.
    name : str, optional
        The model's name (the export or the account).
    times : list, optional
        Each video's publish time (ISO 8601 text or None). When every video has one they are
        validated oldest first; else in the export's row order.
    n_permutations : int
        Shuffles of the CTRs for the permutation test (199; fewer in tests).
    seed : int
        Seed of the shuffles.

    Returns
    -------
    dict
        The fitted pipeline's parameters (``features``, ``mean``, ``scale``, ``coef``,
        ``intercept``, ``alpha``), ``ranges`` (fitted range of each input), ``logit_range``,
        ``median_ctr``; the evaluation: ``answers`` (True only when it beat the channel's median
        CTR on the newer videos with permutation p < 0.05), ``reason``, ``cv`` (how it was
        validated), ``cv_spearman``, ``cv_mae_ctr`` (0–1), ``cv_logit_error_q10_q90`` (the
        interval shown), ``skill``, ``p_value``, ``n_permutations``; ``n_videos``, ``ctr_range``.

    Raises
    ------
    InputError
        Fewer than ``MIN_CHANNEL_VIDEOS`` (20) videos.
    """
    X = np.asarray(vectors, dtype=np.float64)
    y = _logit(np.asarray(ctr, dtype=np.float64))
    w = np.log1p(np.asarray(impressions, dtype=np.float64))
    n = len(y)
    if n < MIN_CHANNEL_VIDEOS:
        raise InputError(f"need at least {MIN_CHANNEL_VIDEOS} videos with a thumbnail and a CTR; got {n}")
    alphas = np.logspace(-2, 3, 12)
    dated = times is not None and all(t for t in times)

    def make():
        return personal.ridge_pipeline(alphas, impute=False)  # every input is always measured

    ev = personal.evaluate(X, y, make, order=[str(t) for t in times] if dated else None,
                           min_items=MIN_CHANNEL_VIDEOS, n_permutations=n_permutations, sample_weight=w,
                           seed=seed, what="videos")
    oof = np.asarray(ev.oof, float)
    tested = np.isfinite(oof)
    resid = _sigmoid(oof[tested]) - _sigmoid(y[tested])
    logit_resid = oof[tested] - y[tested]
    pipe = make().fit(X, y, ridge__sample_weight=w)
    sc, rg = pipe.named_steps["scale"], pipe.named_steps["ridge"]
    scale = np.where(sc.scale_ > 1e-12, sc.scale_, 1.0)
    return {
        "name": name,
        "fitted_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "rules_version": RULES_VERSION,
        "features": list(_FEATURE_NAMES),
        "mean": sc.mean_.tolist(), "scale": scale.tolist(), "coef": np.ravel(rg.coef_).tolist(),
        "intercept": float(np.ravel(rg.intercept_)[0]), "alpha": float(np.ravel(rg.alpha_)[0]),
        "ranges": personal.feature_ranges(X), "logit_range": [float(y.min()), float(y.max())],
        "median_ctr": round(float(np.median(ctr)), 5),
        "n_videos": n, "n": n,
        "answers": ev.answers, "reason": ev.reason,
        "cv": ev.validation + ("" if dated else "; no publish dates: in the export's row order"),
        "cv_spearman": None if ev.cv_spearman is None else round(ev.cv_spearman, 4),
        "cv_mae_ctr": round(float(np.mean(np.abs(resid))), 5),
        "skill": round(float(ev.skill or 0.0), 4), "p_value": ev.p_value, "n_permutations": ev.n_permutations,
        # 10th/90th percentile of out-of-fold logit errors: the interval shown around a prediction
        "cv_logit_error_q10_q90": [round(float(np.percentile(logit_resid, 10)), 4),
                                   round(float(np.percentile(logit_resid, 90)), 4)],
        "ctr_range": [round(float(np.min(ctr)), 5), round(float(np.max(ctr)), 5)],
    }


def channel_prediction(model: dict, f: dict) -> dict:
    """The channel model's answer for one thumbnail, held to the range it was fitted on.

    Parameters
    ----------
    model : dict
        From :func:`fit_channel_model`.
    f : dict
        ``ThumbnailFeatures.to_dict()`` of the thumbnail.

    Returns
    -------
    dict
        ``ctr`` (predicted impressions CTR, 0–1), ``interval`` ([lo, hi], from the
        out-of-fold 10th–90th percentile logit errors), ``outlier_multiple`` (``ctr`` / the
        channel's median CTR) with ``outlier_multiple_interval``, ``median_ctr``, ``outside``
        (inputs outside the fitted range, clipped before predicting: one line each) and
        ``capped`` (an input or the prediction was held to the fitted range).
    """
    x, outside = personal.clip_to_range(feature_vector(f), model.get("ranges") or [], model["features"])
    z_raw = float(((x - np.array(model["mean"])) / np.array(model["scale"])) @ np.array(model["coef"])
                  + model["intercept"])
    lo_z, hi_z = model.get("logit_range") or [z_raw, z_raw]
    z = min(hi_z, max(lo_z, z_raw))
    q10, q90 = model["cv_logit_error_q10_q90"]
    ctr, lo, hi = float(_sigmoid(z)), float(_sigmoid(z - q90)), float(_sigmoid(z - q10))
    med = float(model.get("median_ctr") or 0.0)
    return {"ctr": round(ctr, 5), "interval": [round(lo, 5), round(hi, 5)],
            "outlier_multiple": round(ctr / med, 3) if med > 0 else None,
            "outlier_multiple_interval": [round(lo / med, 3), round(hi / med, 3)] if med > 0 else None,
            "median_ctr": med, "outside": outside, "capped": bool(outside) or z != z_raw}


def predict_channel(model: dict, f: dict) -> tuple[float, list[float]]:
    """Predicted impressions CTR (0–1) and its interval: :func:`channel_prediction`'s ``ctr``
    and ``interval``."""
    out = channel_prediction(model, f)
    return out["ctr"], out["interval"]


def load_channel_model() -> Optional[dict]:
    """The stored channel model, or None (none fitted, or fitted on other features)."""
    m = store.default_store().get(_CHANNEL_MODEL_KEY)
    return m if isinstance(m, dict) and m.get("features") == list(_FEATURE_NAMES) else None


def save_channel_model(model: Optional[dict]) -> None:
    """Store the channel model in the user's store (None: back to the rules prior)."""
    store.default_store().put(_CHANNEL_MODEL_KEY, model)


def model_tag(channel: Optional[dict]) -> str:
    """The response's ``model_version``: the rules version, plus the channel model's fit time."""
    return RULES_VERSION + (f"+channel@{channel['fitted_at']}" if channel else "")


# -- YouTube Studio export ---------------------------------------------------------

def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


@dataclass
class StudioRow:
    """One video of a YouTube Studio export."""
    video_id: str
    title: str
    impressions: float
    ctr: float  # 0..1
    published: Optional[str] = None  # publish time (ISO 8601) when the export or the history has one


def read_studio_csv(path: str | Path, hints: Optional[dict] = None, mapping: Optional[dict] = None) -> list[StudioRow]:
    """Rows of a YouTube Studio export (per-video table; EN, ES or PT headers), read by the one reader.

    Any format the reader takes (CSV in any delimiter, encoding and number locale, Excel, ODS);
    the Total row is dropped and rows without impressions or a click-through rate are skipped.
    CTR percent becomes a fraction (4.5 % -> 0.045). ``hints`` and ``mapping`` are the answers and
    column edits of the import preview, passed to ``tables.read_table`` as they are.
    """
    from viralml_desktop.core import tables

    p = Path(path)
    try:
        result = tables.read_table(p, kind="thumbnails", platform="youtube", hints=hints, mapping=mapping)
    except InputError as e:
        if "; map one in the import window" in str(e):  # a required column is missing
            raise InputError(f"{p.name} is not a YouTube Studio export: {str(e).split(': ', 1)[-1]}") from None
        raise
    if not result.ready:
        raise InputError(f"{p.name}: " + " ".join(a.question for a in result.ambiguities))
    rows = []
    for post in result.posts:
        imp, ctr = post.get("impressions"), post.get("ctr_percent")
        if imp is None or ctr is None or imp <= 0:
            continue
        rows.append(StudioRow(str(post.get("post_id") or ""), str(post.get("title") or ""), float(imp),
                              float(ctr) / 100.0, str(post["published_at"]) if post.get("published_at") else None))
    if not rows:
        raise InputError(f"{p.name} has no video rows with impressions and a click-through rate")
    return rows


def match_thumbnails(rows: list[StudioRow], folder: str | Path,
                     extensions: tuple[str, ...]) -> tuple[list[tuple[StudioRow, Path]], list[StudioRow]]:
    """Pair each export row with the thumbnail named after its video id (or its title)."""
    d = Path(folder)
    if not d.is_dir():
        raise InputError(f"thumbnail folder not found: {d}")
    files = [f for f in sorted(d.iterdir()) if f.is_file() and f.suffix.lower() in extensions]
    by_key: dict[str, Path] = {}
    for f in files:
        by_key.setdefault(f.stem, f)
        by_key.setdefault(_norm(f.stem), f)
    matched, missing = [], []
    for r in rows:
        f = by_key.get(r.video_id) or (by_key.get(_norm(r.title)) if r.title else None)
        (matched.append((r, f)) if f else missing.append(r))
    return matched, missing


# -- the channel history (core/store.py) --------------------------------------------

def store_studio_export(path: str | Path, account: Optional[str] = None, hints: Optional[dict] = None,
                        mapping: Optional[dict] = None) -> Optional[str]:
    """Merge a YouTube Studio export's videos into the one channel history.

    Parameters
    ----------
    path : str or Path
        The export, as for :func:`read_studio_csv`.
    account : str, optional
        The account to merge into; default the export's account name, else the file's name
        without extension.
    hints, mapping : dict, optional
        The reader's answers and column edits, passed to ``tables.read_table``.

    Returns
    -------
    str or None
        The account the videos were stored under; None when no row has a publish date (a
        history needs one) or a column is still a question, and nothing was stored.

    Raises
    ------
    InputError
        As :func:`read_studio_csv`, or a row the store refuses (nothing is stored then).

    Notes
    -----
    Stored by :meth:`viralml_desktop.core.store.Store.import_posts` (platform ``youtube``):
    merged by video id, the newer export's counts win (its date: ``hints['export_date']``,
    else the file's modification time), a snapshot of each import's counts is kept, one
    transaction.
    """
    from viralml_desktop.core import tables

    result = tables.read_table(Path(path), kind="thumbnails", platform="youtube", hints=hints, mapping=mapping)
    return tables.store_read(result, path, "youtube", account=account, hints=hints)


def stored_rows(account: str) -> list[StudioRow]:
    """The videos of a stored account with impressions and a click-through rate.

    Parameters
    ----------
    account : str
        An account of the channel history.

    Returns
    -------
    list of StudioRow
        One per stored post with impressions > 0 and ``ctr_percent`` (its newest counts);
        ``video_id`` is the post's key in the history (its video id when the export had one).
    """
    return [StudioRow(str(p["post_key"]), str(p.get("caption") or ""), float(p["impressions"]),
                      float(p["ctr_percent"]) / 100.0, str(p["published_at"]) if p.get("published_at") else None)
            for p in store.default_store().posts(account)
            if p.get("impressions") and p["impressions"] > 0 and p.get("ctr_percent") is not None]


def stored_thumbnails(account: str, rows: list[StudioRow]) -> tuple[list[tuple[StudioRow, Path]], list[StudioRow]]:
    """Pair stored videos with the thumbnail file recorded for them (:meth:`Store.set_post_files`).

    Parameters
    ----------
    account : str
        The account of ``rows``.
    rows : list of StudioRow
        From :func:`stored_rows`.

    Returns
    -------
    matched : list of (StudioRow, Path)
        The videos whose recorded thumbnail file still exists.
    missing : list of StudioRow
        The others.
    """
    files = {p["post_key"]: p.get("thumbnail_file") for p in store.default_store().posts(account)}
    matched, missing = [], []
    for r in rows:
        f = files.get(r.video_id)
        (matched.append((r, Path(f))) if f and Path(f).is_file() else missing.append(r))
    return matched, missing


def record_thumbnails(account: str, matched: list[tuple[StudioRow, Path]]) -> int:
    """Record each matched thumbnail file on its stored video (``Store.set_post_files``).

    Parameters
    ----------
    account : str
        The account of the stored videos.
    matched : list of (StudioRow, Path)
        Videos of :func:`stored_rows` and their thumbnail files (:func:`match_thumbnails`).

    Returns
    -------
    int
        How many videos got their thumbnail file recorded (absolute paths).
    """
    st = store.default_store()
    return sum(st.set_post_files(account, r.video_id, thumbnail_file=str(f.resolve())) for r, f in matched)
