"""The affinity model's pieces, shared by the capability (``core/affinity/calculate.py``) and its
training script (``training/affinity_train.py``) so both compute features the same way.

* pair features: content similarity of two sets of texts (a multilingual sentence
  embedder), genre overlap, audio-profile similarity, popularity;
* a logistic model whose weights on the similarity/overlap features are constrained to be
  non-negative, so the score never falls when one of them rises (monotone by construction);
* the sentence embedder, one entry of the model table (``sentence_embedder``), loaded lazily.

No heavy import at module level: the embedder is imported inside its loader.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional, Sequence

import numpy as np

from viralml_desktop.core import paths
from viralml_desktop.core.embeddings import EMBEDDER, SentenceEmbedder  # noqa: F401  (re-exported)

_MODEL_DIR = "affinity"
WEIGHTS_FILE = f"{_MODEL_DIR}/affinity_weights.json"
_ARTISTS_FILE = f"{_MODEL_DIR}/artist_profiles.json"

GENRES = ("country", "deep-house", "dubstep", "hip-hop", "metal", "rock")
AUDIO = ("danceability", "energy", "loudness", "speechiness", "acousticness", "instrumentalness",
         "liveness", "valence", "tempo")

# -- the model's inputs, per input path ----------------------------------------

#: the artists path's closer look at two known artists' catalogue profiles (issue 14 point 6): how
#: close each audio feature is, each genre's share both artists hold, and collaborators they share
AUDIO_CLOSENESS = tuple(f"closeness_{a}" for a in AUDIO)
GENRE_SHARED = tuple(f"shared_share_{g}" for g in GENRES)
#: the inputs of the joint model's closer look (shipped first; still in the joint model's weights)
JOINT_DETAIL = AUDIO_CLOSENESS + GENRE_SHARED + ("shared_collaborators",)
#: the artists model's further inputs: how close the two artists' median popularity and mean track
#: duration (percentile) are, and how often training pairs of the two artists' genres, popularity
#: levels, and genres at a popularity level collaborate (rate tables learned in training, :func:`pair_rate`)
PAIR_EXTRA = ("popularity_median_closeness", "duration_closeness", "genre_pair_rate", "popularity_pair_rate",
              "genre_popularity_pair_rate")
PROFILE_DETAIL = JOINT_DETAIL + PAIR_EXTRA
COLLABORATORS_CAP = 3  # shared collaborators counted up to this many (the input is count / cap)
INPUTS = ("text_similarity", "fan_overlap", "audio_similarity", "popularity_closeness") + PROFILE_DETAIL
#: the joint model's features (``model`` in affinity_weights.json): it scores the paths without two
#: known artists (metrics, texts, metrics+texts)
MODEL_FEATURES = ("text_similarity", "fan_overlap", "audio_similarity", "popularity_closeness") + JOINT_DETAIL
ARTIST_INPUTS = ("audio_similarity", "fan_overlap", "popularity_closeness") + PROFILE_DETAIL
#: the artists model's features (``artists_model``): it scores the artists and artists+texts paths
ARTISTS_MODEL_FEATURES = ARTIST_INPUTS + ("text_similarity",)
ARTISTS_PATHS = ("artists", "artists+texts")
POPULARITY_BINS = 5  # popularity levels of pair_rate: quintiles of track popularity in the sample
PATHS: dict[str, tuple[str, ...]] = {
    # what calculate_affinity receives on each path (a given engagement/audience overlap replaces
    # the genre overlap of two known artists as fan_overlap)
    "metrics": ("fan_overlap",),
    "texts": ("text_similarity",),
    "metrics+texts": ("fan_overlap", "text_similarity"),
    "artists": ARTIST_INPUTS,
    "artists+texts": ARTIST_INPUTS + ("text_similarity",),
}


def model_inputs(known: dict[str, Optional[float]], features: Sequence[str] = MODEL_FEATURES) -> list[float]:
    """A model's row (``features``, :data:`MODEL_FEATURES` by default) for the inputs known on a path.

    Parameters
    ----------
    known : dict of str to float or None
        Values (0–1) of any of :data:`INPUTS`; an absent or None input is unknown.
    features : sequence of str, optional
        The model's features, in weight order.

    Returns
    -------
    list of float
        Each input's value, 0 when unknown: an unknown input adds nothing to the log-odds and
        a known one adds ``weight × value`` with every weight >= 0, so a known input never
        scores lower than the same input unknown, and the score never falls when one rises.
    """
    return [0.0 if known.get(k) is None else float(known[k]) for k in features]


def path_of(known: dict[str, Optional[float]]) -> str:
    """The name of the input path of :data:`PATHS` whose inputs are exactly those known ("" if none)."""
    have = {k for k in INPUTS if known.get(k) is not None}
    return next((p for p, ins in PATHS.items() if set(ins) == have), "")


# -- text ---------------------------------------------------------------------

_BRACKETS = re.compile(r"[\(\[\{][^\)\]\}]*[\)\]\}]")
_FEAT = re.compile(r"\b(feat\.?|ft\.?|featuring|with|prod\.?)\b.*$", re.IGNORECASE)


def clean_title(s: str) -> str:
    """A track/album title without its credits: no bracketed part, no "feat. …", no " - remix" tail.

    Credits name the collaborators; left in, a title would give the collaboration away.
    """
    s = _BRACKETS.sub(" ", s or "")
    s = s.split(" - ")[0]
    s = _FEAT.sub(" ", s)
    return " ".join(s.split())


def clean_texts(texts: Optional[Sequence[str]]) -> list[str]:
    return [t for t in (" ".join(str(x).split()) for x in (texts or [])) if t]


def _centroid(emb: np.ndarray) -> np.ndarray:
    """The unit-length mean of a set of unit embeddings (one vector per text)."""
    c = np.asarray(emb, dtype=np.float64).mean(axis=0)
    n = float(np.linalg.norm(c))
    return c / n if n > 0 else c


def text_similarity(emb_a: np.ndarray, emb_b: np.ndarray) -> float:
    """Content similarity of two accounts from the embeddings of their texts.

    Parameters
    ----------
    emb_a, emb_b : (N, D) and (M, D) float arrays
        Unit-length sentence embeddings, one row per text (caption, bio or title) of each
        account, from the same embedder.

    Returns
    -------
    float
        Cosine of the two accounts' unit-length mean embeddings, clipped to [0, 1].
    """
    return float(min(1.0, max(0.0, float(_centroid(emb_a) @ _centroid(emb_b)))))


# -- profiles -----------------------------------------------------------------

def genre_overlap(pa: Sequence[float], pb: Sequence[float]) -> float:
    """Genre overlap of two artists: the histogram intersection of their genre shares.

    Parameters
    ----------
    pa, pb : sequences of float, length ``len(GENRES)``
        Each artist's share of tracks per genre of :data:`GENRES`, summing to 1.

    Returns
    -------
    float
        ``sum(min(pa, pb))``: 0 for disjoint genres, 1 for identical shares. The model's
        stand-in for "the same fans" (models/affinity/MODEL_CARD.md).
    """
    return float(np.minimum(np.asarray(pa, float), np.asarray(pb, float)).sum())


def audio_similarity(za: Sequence[float], zb: Sequence[float]) -> float:
    """Audio-profile similarity of two artists.

    Parameters
    ----------
    za, zb : sequences of float, length ``len(AUDIO)``
        Each artist's mean percentile (fraction 0-1 over the Spotify sample) of the audio
        features of :data:`AUDIO`.

    Returns
    -------
    float
        1 minus the mean absolute difference: 1 for identical profiles, 0 for opposite ones.
        The model's ``content`` input was trained on it.
    """
    return float(1.0 - np.abs(np.asarray(za, float) - np.asarray(zb, float)).mean())


def popularity_features(pop_a: float, pop_b: float) -> tuple[float, float]:
    """(lower popularity, popularity gap), both on 0..1 (Spotify popularity is 0..100)."""
    return min(pop_a, pop_b) / 100.0, abs(pop_a - pop_b) / 100.0


def shared_collaborators(a: dict, b: dict) -> list[str]:
    """Artists credited with both ``a`` and ``b`` on tracks the two do not share.

    Parameters
    ----------
    a, b : dict
        Catalogue rows (:class:`ArtistTable`): ``name`` and ``collabs``, the co-credited artists
        of each of the artist's multi-artist tracks (a list of lists of names).

    Returns
    -------
    list of str
        Sorted names. Tracks credited to both ``a`` and ``b`` are left out, as in training (where
        the pair's shared tracks are removed so that they cannot give the collaboration away).
    """
    def others(row: dict, partner: str) -> set[str]:
        out: set[str] = set()
        for credits in row.get("collabs") or []:
            if partner not in credits:
                out.update(c for c in credits if c != row["name"])
        return out

    return sorted(others(a, b["name"]) & others(b, a["name"]))


def artist_pair_inputs(a: dict, b: dict, rates: Optional[dict] = None) -> dict[str, float]:
    """The artists path's inputs (:data:`ARTIST_INPUTS`) of two catalogue profiles.

    Parameters
    ----------
    a, b : dict
        Catalogue rows (:class:`ArtistTable`): ``name``; ``genres`` (shares over :data:`GENRES`,
        summing to 1); ``audio`` (mean percentiles 0-1 over :data:`AUDIO`); ``popularity``
        (Spotify's 0-100); ``collabs`` (co-credited artists per multi-artist track; optional);
        ``popularity_median`` (0-100), ``duration`` (mean track-duration percentile 0-1),
        ``popularity_levels`` (shares over :data:`POPULARITY_BINS` levels) and
        ``genre_popularity_levels`` (shares over genre × level, genre-major: index
        ``genre * POPULARITY_BINS + level``), each optional.
    rates : dict, optional
        ``{"genre": (6, 6), "popularity": (5, 5), "genre_popularity": (30, 30)}`` arrays, the
        artists model's rate tables (:func:`pair_rate`); without them the rate inputs are left out.

    Returns
    -------
    dict of str to float
        Every value 0-1, higher where the two are more alike: ``audio_similarity``,
        ``fan_overlap`` (genre overlap), ``popularity_closeness``, ``closeness_<feature>``
        (1 - |difference| of each audio percentile), ``shared_share_<genre>`` (the smaller of
        the two artists' shares of that genre), ``shared_collaborators`` (artists credited
        with both on other tracks, count / :data:`COLLABORATORS_CAP`, capped at 1),
        ``popularity_median_closeness`` (1 - |difference of median popularity| / 100) and
        ``duration_closeness`` (1 - |difference of mean duration percentile|) where both rows
        have them, and ``genre_pair_rate``, ``popularity_pair_rate`` and
        ``genre_popularity_pair_rate`` (:func:`pair_rate`) where ``rates`` is given (and both rows
        have the levels the last two need).
    """
    za, zb = np.asarray(a["audio"], float), np.asarray(b["audio"], float)
    ga, gb = np.asarray(a["genres"], float), np.asarray(b["genres"], float)
    out = {"audio_similarity": audio_similarity(za, zb), "fan_overlap": genre_overlap(ga, gb),
           "popularity_closeness": 1.0 - popularity_features(a["popularity"], b["popularity"])[1]}
    out.update(zip(AUDIO_CLOSENESS, (float(v) for v in 1.0 - np.abs(za - zb))))
    out.update(zip(GENRE_SHARED, (float(v) for v in np.minimum(ga, gb))))
    out["shared_collaborators"] = min(1.0, len(shared_collaborators(a, b)) / COLLABORATORS_CAP)
    if a.get("popularity_median") is not None and b.get("popularity_median") is not None:
        out["popularity_median_closeness"] = 1.0 - abs(float(a["popularity_median"]) - float(b["popularity_median"])) / 100.0
    if a.get("duration") is not None and b.get("duration") is not None:
        out["duration_closeness"] = 1.0 - abs(float(a["duration"]) - float(b["duration"]))
    if rates:
        out["genre_pair_rate"] = pair_rate(ga, gb, rates["genre"])
        if a.get("popularity_levels") is not None and b.get("popularity_levels") is not None:
            out["popularity_pair_rate"] = pair_rate(a["popularity_levels"], b["popularity_levels"], rates["popularity"])
        if a.get("genre_popularity_levels") is not None and b.get("genre_popularity_levels") is not None:
            out["genre_popularity_pair_rate"] = pair_rate(a["genre_popularity_levels"], b["genre_popularity_levels"],
                                                          rates["genre_popularity"])
    return out


def pair_rate(da: Sequence[float], db: Sequence[float], rate: np.ndarray) -> float:
    """How often training pairs with the two artists' profiles collaborate.

    Parameters
    ----------
    da, db : sequences of float, length K
        Each artist's share of tracks per category (genres of :data:`GENRES`, or popularity levels
        of :func:`popularity_levels`), each summing to 1.
    rate : (K, K) float array, symmetric
        ``rate[g, h]``: the share of training pairs, weighted by the share of their two artists'
        tracks in categories g and h, that were credited together (positives over positives plus
        negatives, with one pseudo-pair of prior: training/affinity_train.py ``rate_table``).

    Returns
    -------
    float
        ``da @ rate @ db`` (0-1): higher where artists of these genres or popularity levels
        collaborate more often.
    """
    return float(np.asarray(da, float) @ np.asarray(rate, float) @ np.asarray(db, float))


def popularity_levels(pops: Sequence[float], cuts: Sequence[float]) -> np.ndarray:
    """An artist's share of tracks per popularity level (``len(cuts) + 1`` levels).

    Parameters
    ----------
    pops : sequence of float
        Spotify popularity (0-100) of each of the artist's tracks; at least one.
    cuts : sequence of float
        Increasing level boundaries (the sample's track-popularity quantiles); a track at a cut
        belongs to the level below it (so a popularity of 0 at a cut of 0 is the lowest level).

    Returns
    -------
    (len(cuts) + 1,) float array summing to 1.
    """
    lv = np.searchsorted(np.asarray(cuts, float), np.asarray(pops, float), side="left")
    v = np.bincount(lv, minlength=len(cuts) + 1).astype(float)
    return v / v.sum()


def audience_overlap(shared: int, followers_a: Optional[int], followers_b: Optional[int]) -> Optional[float]:
    """Shared followers as a share of the smaller audience (overlap coefficient).

    Parameters
    ----------
    shared : int
        Followers the two accounts have in common.
    followers_a, followers_b : int or None
        Each account's follower count; None when unknown.

    Returns
    -------
    float or None
        ``shared / min(known sizes)``, capped at 1 (0 when the smaller audience is 0). None
        when no audience size is known (a count alone says nothing relative to the audience),
        except that 0 shared followers is 0 overlap whatever the sizes.
    """
    sizes = [f for f in (followers_a, followers_b) if f is not None]
    if not sizes:
        return 0.0 if shared == 0 else None
    smallest = min(sizes)
    if smallest == 0:
        return 0.0
    return min(1.0, shared / smallest)


# -- the constrained logistic model ------------------------------------------

def _sigmoid(z):
    return 1.0 / (1.0 + np.exp(-np.clip(z, -40, 40)))


def fit_logistic(X: np.ndarray, y: np.ndarray, nonneg: Sequence[bool], l2: float = 1e-3,
                 sample_weight: Optional[np.ndarray] = None) -> tuple[np.ndarray, float]:
    """Logistic regression by L-BFGS-B with weight i bounded to [0, ∞) where ``nonneg[i]``.

    Parameters
    ----------
    X : (n, d) float array
        One row of raw features per pair.
    y : (n,) array of 0 / 1
        1 for a real collaboration.
    nonneg : sequence of d bool
        True where the weight must be >= 0 (a monotone feature).
    l2 : float, optional
        Ridge penalty on the standardised weights (default 1e-3).
    sample_weight : (n,) float array, optional
        Weight of each pair (normalised to sum 1); equal by default.

    Returns
    -------
    weights : (d,) float array
        On the raw features' scale.
    bias : float
        Unconstrained.

    Notes
    -----
    Features are standardised inside (a positive rescaling keeps each sign constraint), the
    loss is the weighted mean log loss plus ``l2 * |w|^2``, minimised by scipy's L-BFGS-B [1]_
    with the bounds, and the result is mapped back to the raw features.

    References
    ----------
    .. [1] R. H. Byrd, P. Lu, J. Nocedal and C. Zhu, "A limited memory algorithm for bound
           constrained optimization", SIAM Journal on Scientific Computing 16(5), 1190-1208, 1995.
    """
    from scipy.optimize import minimize

    X = np.asarray(X, float)
    y = np.asarray(y, float)
    n, d = X.shape
    mu, sd = X.mean(axis=0), X.std(axis=0)
    sd[sd == 0] = 1.0
    Z = (X - mu) / sd
    sw = np.ones(n) if sample_weight is None else np.asarray(sample_weight, float)
    sw = sw / sw.sum()

    def loss(theta):
        w, b = theta[:d], theta[d]
        z = Z @ w + b
        g = (_sigmoid(z) - y) * sw
        f = float((np.logaddexp(0.0, z) - y * z) @ sw) + l2 * float(w @ w)
        return f, np.concatenate([Z.T @ g + 2 * l2 * w, [g.sum()]])

    bounds = [(0.0, None) if nn else (None, None) for nn in nonneg] + [(None, None)]
    res = minimize(loss, np.zeros(d + 1), jac=True, method="L-BFGS-B", bounds=bounds)
    w = res.x[:d] / sd
    return w, float(res.x[d] - w @ mu)


@dataclass
class PairModel:
    """The pair score σ(b + Σ wᵢ xᵢ) with missing features imputed at their training mean.

    Parameters
    ----------
    features : list of str
        Feature names, in weight order (the shipped model: ``content``, ``fan_overlap``).
    weights : list of float
        One per feature, on the raw features' scale (>= 0 for the monotone features).
    bias : float
        The intercept, in log-odds.
    means : list of float
        Each feature's average over the training pairs: the value of a missing feature.
    thresholds : dict of str to float
        ``{"medium": t1, "high": t2}``: scores above 75 % and 95 % of held-out
        non-collaborating pairs (:func:`potential_thresholds`).
    heldout : dict
        Held-out figures written by training (e.g. ``roc_auc``).
    """

    features: list[str]
    weights: list[float]
    bias: float
    means: list[float]
    thresholds: dict[str, float] = field(default_factory=dict)  # {"medium": t1, "high": t2}
    heldout: dict = field(default_factory=dict)

    def logit(self, x: dict[str, Optional[float]]) -> float:
        """Log-odds of one pair; ``x`` maps feature name to value (None or absent: the mean)."""
        z = self.bias
        for f, w, m in zip(self.features, self.weights, self.means):
            v = x.get(f)
            z += w * (m if v is None else float(v))
        return z

    def predict(self, x: dict[str, Optional[float]]) -> float:
        """The score, a probability 0-1, of one pair (see :meth:`logit`)."""
        return float(_sigmoid(self.logit(x)))

    def predict_matrix(self, X: np.ndarray) -> np.ndarray:
        """Scores of many pairs: ``X`` is (n, len(features)) with no missing value; returns (n,)."""
        return _sigmoid(X @ np.asarray(self.weights) + self.bias)

    def contributions(self, x: dict[str, Optional[float]]) -> dict[str, float]:
        """Each feature's push on the logit relative to an average pair (0 when imputed)."""
        return {f: (0.0 if x.get(f) is None else w * (float(x[f]) - m))
                for f, w, m in zip(self.features, self.weights, self.means)}

    def potential(self, score: float) -> str:
        """``high``, ``medium`` or ``low`` by :attr:`thresholds` (each inclusive)."""
        if score >= self.thresholds["high"]:
            return "high"
        if score >= self.thresholds["medium"]:
            return "medium"
        return "low"

    def to_dict(self) -> dict:
        return {"features": self.features, "weights": [float(w) for w in self.weights],
                "bias": float(self.bias), "means": [float(m) for m in self.means],
                "thresholds": self.thresholds, "heldout": self.heldout}

    @classmethod
    def from_dict(cls, d: dict) -> "PairModel":
        return cls(list(d["features"]), [float(w) for w in d["weights"]], float(d["bias"]),
                   [float(m) for m in d["means"]], dict(d.get("thresholds", {})), dict(d.get("heldout", {})))


def potential_thresholds(neg_scores: np.ndarray) -> dict[str, float]:
    """medium: above 75 % of held-out non-collaborating pairs; high: above 95 % of them."""
    neg = np.asarray(neg_scores, float)
    return {"medium": round(float(np.quantile(neg, 0.75)), 4), "high": round(float(np.quantile(neg, 0.95)), 4)}


# -- shipped files, through the registry ------------------------------------

@dataclass
class AffinityWeights:
    """The shipped model (``models/affinity/affinity_weights.json``, model-table entry ``affinity``).

    Parameters
    ----------
    model : PairModel
        The joint model (features :data:`MODEL_FEATURES`): scores the paths without two known artists.
    text_quantiles, content_quantiles : (Q,) float arrays
        The text→content quantile map: text similarity quantiles over the training pairs and
        the content (audio similarity) quantiles they are read as.
    meta : dict
        Training metadata (``trained``: its date, used in ``model_version``).
    path_thresholds : dict
        ``{path: {"medium": t1, "high": t2}}`` per input path.
    artists_model : PairModel or None
        The artists paths' model (features :data:`ARTISTS_MODEL_FEATURES`).
    rates : dict of str to (K, K) float array
        Its rate tables, ``genre``, ``popularity`` and ``genre_popularity`` (:func:`pair_rate`).
    """

    model: PairModel  # content + fan overlap
    text_quantiles: np.ndarray  # text similarity quantiles over the training pairs ...
    content_quantiles: np.ndarray  # ... and the content (audio similarity) quantiles they map to
    meta: dict
    path_thresholds: dict = field(default_factory=dict)  # {path: {"medium", "high"}}
    #: the artists paths' own model (features :data:`ARTISTS_MODEL_FEATURES`) and its rate tables
    #: (``{"genre": (6, 6), "popularity": (5, 5)}`` arrays, :func:`pair_rate`); None in older files
    artists_model: Optional[PairModel] = None
    rates: dict = field(default_factory=dict)

    def model_for(self, path: str) -> PairModel:
        """The model that scores input path ``path``: the artists model on :data:`ARTISTS_PATHS`
        (when the file has one), the joint model elsewhere."""
        return self.artists_model if (path in ARTISTS_PATHS and self.artists_model is not None) else self.model

    def text_to_content(self, s: float) -> float:
        """A text similarity (0-1) read on the content scale: the same quantile over the
        training pairs, linear between quantiles. An assumption (MODEL_CARD.md): the data has
        no captions to check that caption similarity tells as much as audio similarity."""
        return float(np.interp(s, self.text_quantiles, self.content_quantiles))


def _load_weights(path: Optional[Path], device: str) -> AffinityWeights:
    d = json.loads(Path(path).read_text(encoding="utf-8"))
    cal = d["text_to_content"]
    xq = np.asarray(cal["text_quantiles"], float)
    xq = xq + np.arange(len(xq)) * 1e-9  # strictly increasing for interp (ties at 0)
    art = d.get("artists_model")
    rates = {k: np.asarray(v, float) for k, v in ((art or {}).get("rates") or {}).items()}
    return AffinityWeights(PairModel.from_dict(d["model"]), xq, np.asarray(cal["content_quantiles"], float),
                           d.get("meta", {}), dict(d.get("path_thresholds") or {}),
                           PairModel.from_dict(art) if art else None, rates)


class ArtistTable:
    """Artist profiles from the Spotify sample (``models/affinity/artist_profiles.json``).

    Parameters
    ----------
    rows : list of dict
        One per artist: ``name``, ``n_tracks``, ``genres`` (shares over :data:`GENRES`),
        ``audio`` (mean percentiles over :data:`AUDIO`, fractions 0-1), ``popularity``
        (Spotify's 0-100) and ``collabs`` (the co-credited artists of each of the artist's
        multi-artist tracks, for :func:`shared_collaborators`).

    Notes
    -----
    Names are matched ignoring case and repeated spaces (:meth:`key`).
    """

    def __init__(self, rows: list[dict]):
        self.rows = rows
        self._by_key = {self.key(r["name"]): r for r in rows}

    @staticmethod
    def key(name: str) -> str:
        return " ".join(name.casefold().split())

    def find(self, name: Optional[str]) -> Optional[dict]:
        """The artist's row, or None when ``name`` is empty or not in the sample."""
        return self._by_key.get(self.key(name)) if name else None

    def __len__(self) -> int:
        return len(self.rows)


def _load_artists(path: Optional[Path], device: str) -> ArtistTable:
    return ArtistTable(json.loads(Path(path).read_text(encoding="utf-8"))["artists"])


def models_dir() -> Path:
    return paths.MODELS_DIR / _MODEL_DIR

