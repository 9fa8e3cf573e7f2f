"""Hashtag lift: how much a hashtag changes a post's reach, from an account's own history,
shrunk toward a prior measured on a real post history (empirical Bayes, normal–normal).

Outcome of a post: its log-lift ``y = log1p(views) − median(log1p(views) of the account's
previous 20 posts)`` (at least 5 previous posts), so growth of the account over time does not
pass for a hashtag effect. Likes stand in for views when fewer than half the posts have views.

Model: a post carrying hashtags has ``y ~ N(mean of its tags' θ_t, σ²)``, each tag's effect
``θ_t ~ N(μ_t, τ²)`` with ``μ_t`` from the genre × platform table (today every table entry
uses the reference mean ``mu_tag``), and a post without hashtags ``y ~ N(θ_0, σ²)`` with
``θ_0 ~ N(mu_none, τ²)``. The posterior of θ_t after ``n_t`` posts with mean ``ȳ_t`` is
normal with precision ``n_t/σ² + 1/τ²``: with few posts it stays near the table, with many
it follows the account. The lift of a tag is ``exp(θ_t − θ_0)``: reach relative to the same
account posting without hashtags.

``σ²``, ``τ²``, ``mu_tag`` and ``mu_none`` are measured by ``training/hashtags_lift_eval.py``
on a real history (``models/hashtags/lift_prior.json``; ``τ²`` chosen on a time split), and
the held-out check of the ranking is in ``models/hashtags/metrics.json``. An account with at
least ``_MIN_POSTS_OWN_SIGMA`` scored posts uses its own ``σ²``; in the app (:func:`account_model`)
``τ²`` is the account's own too (:func:`own_tau2`, never below the prior's), and the model claims a
reach effect only after :func:`evaluate_history` — at least 20 scored posts, time-ordered folds, a
permutation test against the median of the account's posts (``core/personal.py``) — found skill
with p < 0.05 (``LiftModel.answers``).
"""
from __future__ import annotations

import json
import math
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

import numpy as np

from viralml_desktop.core import personal, registry
from viralml_desktop.core.errors import ModelUnavailable

STORE_KEY = "hashtags.lift_model"  # {account: latest evaluation}, for ML health
BASELINE_WINDOW = 20
MIN_PREVIOUS = 5
_MIN_POSTS_OWN_SIGMA = 30
_Z80 = 1.2815515655446004  # standard normal 90th percentile: 80% central interval

_TAG_RE = re.compile(r"(?<![\w&])#(\w+)", re.U)


def normalize_tag(tag: str) -> str:
    """'#NuevaVida' -> 'nuevavida' (NFC, case-folded, no '#'); accents are kept (platforms keep them)."""
    t = unicodedata.normalize("NFC", str(tag)).strip().lstrip("#")
    return t.casefold()


def _tags_of(post: dict) -> set[str]:
    tags = post.get("hashtags") or []
    if isinstance(tags, str):
        try:
            tags = json.loads(tags)
        except ValueError:
            tags = _TAG_RE.findall(tags)
    if not tags and post.get("caption"):
        tags = _TAG_RE.findall(post["caption"])
    return {normalize_tag(t) for t in tags if normalize_tag(t)}


def _median(values: list[float]) -> float:
    s = sorted(values)
    n = len(s)
    return s[n // 2] if n % 2 else 0.5 * (s[n // 2 - 1] + s[n // 2])


def _engagement_key(posts: list[dict]) -> Optional[str]:
    """'views' when at least half the posts have views, else 'likes', else None."""
    for key in ("views", "likes"):
        have = sum(1 for p in posts if isinstance(p.get(key), (int, float)) and p[key] >= 0)
        if posts and have * 2 >= len(posts):
            return key
    return None


def post_outcomes(posts: list[dict], key: Optional[str] = None) -> list[tuple[float, set[str]]]:
    """(log-lift, hashtags) per post that has a baseline; ``posts`` oldest first."""
    key = key or _engagement_key(posts)
    if key is None:
        return []
    out: list[tuple[float, set[str]]] = []
    history: list[float] = []
    for p in posts:
        v = p.get(key)
        if not isinstance(v, (int, float)) or v < 0 or (isinstance(v, float) and math.isnan(v)):
            continue
        lv = math.log1p(float(v))
        if len(history) >= MIN_PREVIOUS:
            out.append((lv - _median(history[-BASELINE_WINDOW:]), _tags_of(p)))
        history.append(lv)
    return out


@dataclass(frozen=True)
class Prior:
    sigma2: float  # variance of a post's log-lift around its tags' effect
    tau2: float  # variance of true tag effects around their prior mean
    mu_tag: float  # prior mean log-lift of a post with a hashtag not measured for this account
    mu_none: float  # prior mean log-lift of a post without hashtags
    n_posts: int = 0
    source: str = ""

    @classmethod
    def load(cls) -> "Prior":
        """The shipped prior (model table entry ``hashtags_lift_prior``)."""
        return registry.get("hashtags_lift_prior")


def _load_prior(path: Path, device: str) -> Prior:
    """Loader of the model table's ``hashtags_lift_prior`` (models/hashtags/lift_prior.json)."""
    d = json.loads(Path(path).read_text(encoding="utf-8"))
    try:
        return Prior(float(d["sigma2"]), float(d["tau2"]), float(d["mu_tag"]), float(d["mu_none"]),
                     int(d.get("n_posts", 0)), str(d.get("source", "")))
    except (KeyError, TypeError, ValueError) as e:
        raise ModelUnavailable(f"hashtag lift prior at {path} lacks a value: {e}") from None


@dataclass(frozen=True)
class Estimate:
    theta: float  # posterior mean log-lift of posts carrying this tag
    var: float  # posterior variance of theta
    n: int  # the account's scored posts with this tag


@dataclass(frozen=True)
class TagLift:
    """The lift of a hashtag (or of a set of them) on a post's reach.

    Lift = reach of the account's post carrying the tag(s) relative to the same account
    posting without hashtags, ``exp(θ_t − θ_0)``; θ_t − θ_0 has a normal posterior with mean
    d and variance v.

    Attributes
    ----------
    expected : float
        E[lift] = ``exp(d + v/2)``, a ratio (1.0: no change).
    low, high : float
        The 80 % central interval of the lift, ``exp(d ∓ 1.2816 √v)``.
    prob_gain : float
        P(lift > 1) = Φ(d / √v), 0–1.
    n_posts : int
        The account's scored posts carrying the tag (a set: the fewest of its tags).
    basis : str
        "history" when the account used the tag, else "table prior".
    """

    expected: float  # E[exp(theta_t - theta_0)]
    low: float  # 80% interval of the lift
    high: float
    prob_gain: float  # P(lift > 1)
    n_posts: int
    basis: str  # "history" when the account used the tag, else "table prior"


def _posterior(n: int, total: float, sigma2: float, mu: float, tau2: float) -> Estimate:
    prec = n / sigma2 + 1.0 / tau2
    return Estimate((total / sigma2 + mu / tau2) / prec, 1.0 / prec, n)


def _phi(z: float) -> float:
    return 0.5 * (1.0 + math.erf(z / math.sqrt(2.0)))


@dataclass
class LiftModel:
    """An account's hashtag lift model: empirical Bayes, normal–normal.

    Build it with :meth:`fit` or :func:`account_model`; ask it :meth:`tag_lift` (one tag) or
    :meth:`set_lift` (the tags of one post).

    Attributes
    ----------
    prior : Prior
        σ², τ², ``mu_tag`` and ``mu_none`` measured on a reference post history
        (models/hashtags/lift_prior.json).
    sigma2 : float
        Variance of a post's log-lift: the account's own with at least 30 scored posts, else
        the prior's.
    n_scored : int
        The account's posts with a baseline (at least 5 previous posts).
    tag_n : dict of str to int
        Per normalised tag: the account's scored posts carrying it.
    tag_sum : dict of str to float
        Per normalised tag: the sum of those posts' log-lifts.
    none_n : int
        Scored posts without hashtags.
    none_sum : float
        The sum of their log-lifts.

    Notes
    -----
    A post's log-lift is ``log1p(views) − median(log1p(views))`` of the account's previous 20
    posts. A tagged post has ``y ~ N(mean of its tags' θ_t, σ²)`` with ``θ_t ~ N(mu_tag, τ²)``;
    an untagged one ``y ~ N(θ_0, σ²)`` with ``θ_0 ~ N(mu_none, τ²)``. The posterior of θ_t
    after ``n_t`` posts has precision ``n_t/σ² + 1/τ²``: few posts stay near the prior, many
    follow the account. The prior and the held-out check of the ranking (weak on the
    reference account): models/hashtags/MODEL_CARD.md, written by
    training/hashtags_lift_eval.py.
    """

    prior: Prior
    sigma2: float
    n_scored: int = 0
    tag_n: dict[str, int] = field(default_factory=dict)
    tag_sum: dict[str, float] = field(default_factory=dict)
    none_n: int = 0
    none_sum: float = 0.0
    evaluation: Optional[personal.Evaluation] = None
    tau2: Optional[float] = None  # spread of tag effects; None: the prior's
    platform_note: str = ""  # the account's posts are of another platform: its model does not answer here

    @property
    def answers(self) -> bool:
        """True when the account's model may claim a reach effect: its time-ordered test beat the
        median of the account's posts with permutation p < 0.05 (:func:`evaluate_history`)."""
        return bool(self.evaluation is not None and self.evaluation.answers)

    def verdict(self) -> str:
        """One plain sentence on whether the account's hashtag model answers, and why (not)."""
        ev = self.evaluation
        if ev is None and self.platform_note:
            return self.platform_note
        if ev is None:
            return "no imported posts: no hashtag model of your own"
        if ev.answers:
            return f"your hashtag model on {ev.n} posts answers: it {ev.reason}"
        if ev.p_value is None:
            return (f"not enough posts yet for a hashtag model of your own ({ev.n} of {ev.min_items} posts with "
                    f"{MIN_PREVIOUS} earlier posts to compare with): no reach effect is claimed")
        return f"your hashtag model on {ev.n} posts is {ev.reason}: no reach effect is claimed"

    @classmethod
    def fit(cls, outcomes: Iterable[tuple[float, set[str]]], prior: Prior, own_spread: bool = False) -> "LiftModel":
        """The model for one account's scored posts.

        Parameters
        ----------
        outcomes : iterable of (float, set of str)
            (log-lift, normalised hashtags) per post, as :func:`post_outcomes` returns them.
        prior : Prior
            The reference prior (:meth:`Prior.load`).
        own_spread : bool
            Estimate the spread of tag effects τ² from the account's own posts
            (:func:`own_tau2`, never below the prior's), as the app does and as
            :func:`evaluate_history` tests it; False keeps the prior's (the training script).

        Returns
        -------
        LiftModel
        """
        m = cls(prior, prior.sigma2)
        ys: list[float] = []
        for y, tags in outcomes:
            ys.append(y)
            if tags:
                for t in tags:
                    m.tag_n[t] = m.tag_n.get(t, 0) + 1
                    m.tag_sum[t] = m.tag_sum.get(t, 0.0) + y
            else:
                m.none_n += 1
                m.none_sum += y
        m.n_scored = len(ys)
        if len(ys) >= _MIN_POSTS_OWN_SIGMA:
            mean = sum(ys) / len(ys)
            m.sigma2 = max(sum((y - mean) ** 2 for y in ys) / (len(ys) - 1), 1e-6)
        if own_spread and ys:
            keys = sorted(m.tag_n)
            m.tau2 = float(own_tau2(np.array([m.tag_n[k] for k in keys], float),
                                    np.array([[m.tag_sum[k]] for k in keys], float).reshape(len(keys), 1),
                                    np.array(ys, float)[:, None], np.array([m.sigma2]), prior.tau2)[0])
        return m

    @property
    def spread(self) -> float:
        """τ² in use: the account's own (``own_spread``) or the prior's."""
        return self.prior.tau2 if self.tau2 is None else self.tau2

    def estimate(self, tag: str, mu: Optional[float] = None) -> Estimate:
        """Posterior of θ_t, the mean log-lift of the account's posts carrying ``tag``
        (prior mean ``mu``, default the prior's ``mu_tag``)."""
        t = normalize_tag(tag)
        mu = self.prior.mu_tag if mu is None else mu
        return _posterior(self.tag_n.get(t, 0), self.tag_sum.get(t, 0.0), self.sigma2, mu, self.spread)

    def baseline(self) -> Estimate:
        """Posterior of θ_0, the mean log-lift of the account's posts without hashtags."""
        return _posterior(self.none_n, self.none_sum, self.sigma2, self.prior.mu_none, self.spread)

    def _lift(self, theta: float, var: float, n: int) -> TagLift:
        b = self.baseline()
        d, v = theta - b.theta, var + b.var
        sd = math.sqrt(v)
        return TagLift(math.exp(d + v / 2.0), math.exp(d - _Z80 * sd), math.exp(d + _Z80 * sd),
                       _phi(d / sd), n, "history" if n else "table prior")

    def tag_lift(self, tag: str, mu: Optional[float] = None) -> TagLift:
        """Lift on reach of a post carrying ``tag``.

        Parameters
        ----------
        tag : str
            A hashtag, with or without "#" (matched case-insensitively, accents kept).
        mu : float, optional
            Prior mean log-lift of the tag; default the prior's ``mu_tag``.

        Returns
        -------
        TagLift
        """
        e = self.estimate(tag, mu)
        return self._lift(e.theta, e.var, e.n)

    def set_lift(self, tags: list[str]) -> Optional[TagLift]:
        """Lift on reach of one post carrying all ``tags``.

        Parameters
        ----------
        tags : list of str
            The post's hashtags.

        Returns
        -------
        TagLift or None
            None for no tags. ``n_posts`` is the fewest scored posts of any of the tags.

        Notes
        -----
        The post's effect is the mean of its tags' effects; its variance is taken as the mean
        of theirs, i.e. fully correlated — the cautious choice.
        """
        if not tags:
            return None
        es = [self.estimate(t) for t in tags]
        theta = sum(e.theta for e in es) / len(es)
        var = sum(e.var for e in es) / len(es)
        return self._lift(theta, var, min(e.n for e in es))


def own_tau2(tag_n: np.ndarray, tag_sum: np.ndarray, y: np.ndarray, sigma2: np.ndarray,
             floor: float) -> np.ndarray:
    """The spread of true tag effects in one account's posts (method of moments), per column.

    Parameters
    ----------
    tag_n : (T,) float array
        Posts carrying each tag.
    tag_sum : (T, B) float array
        Sum of those posts' log-lifts, one column per target.
    y : (n, B) float array
        Every scored post's log-lift.
    sigma2 : (B,) float array
        Variance of a post's log-lift.
    floor : float
        The prior's τ² (the smallest spread returned).

    Returns
    -------
    (B,) float array
        ``max(floor, (Σ n_t (m_t − ȳ)² − (T' − 1) σ²) / Σ n_t)`` over the T' tags on at least 2
        posts (``m_t`` their mean log-lift): an account whose tags differ by more than noise gets
        less shrinkage toward the prior; one whose tags do not keeps the prior's.
    """
    use = tag_n >= 2
    if use.sum() < 2:
        return np.full(y.shape[1], floor)
    n_t = tag_n[use][:, None]
    m = tag_sum[use] / n_t
    between = (n_t * (m - y.mean(axis=0)[None, :]) ** 2).sum(axis=0)
    tau2 = (between - (use.sum() - 1) * sigma2) / n_t.sum()
    return np.maximum(tau2, floor)


class TagLiftRegressor:
    """scikit-learn regressor of :class:`LiftModel`'s prediction, for the personal routine.

    ``X`` (n, T): 0/1 — which of the account's T hashtags each post carries; target: the
    post's log-lift (:func:`post_outcomes`), 1-D or 2-D (one column per permutation, fitted at
    once). The prediction for a post is the mean posterior effect θ_t of its tags, θ_0 for a
    post without one: the arithmetic of :meth:`LiftModel.fit` and :meth:`LiftModel.estimate`.

    Parameters
    ----------
    prior : Prior
        The shipped prior (σ², τ², ``mu_tag``, ``mu_none``).
    """

    def __init__(self, prior: Optional[Prior] = None):
        self.prior = prior

    def get_params(self, deep: bool = True) -> dict:
        return {"prior": self.prior}

    def set_params(self, **params) -> "TagLiftRegressor":
        for k, v in params.items():
            setattr(self, k, v)
        return self

    def fit(self, X, y) -> "TagLiftRegressor":
        X = np.asarray(X, dtype=float)
        self.one_d_ = np.ndim(y) == 1
        Y = np.asarray(y, dtype=float).reshape(len(X), -1)
        p = self.prior
        sig2 = (np.maximum(Y.var(axis=0, ddof=1), 1e-6) if len(Y) >= _MIN_POSTS_OWN_SIGMA
                else np.full(Y.shape[1], p.sigma2))
        nt, st = X.sum(axis=0), X.T @ Y
        tau2 = own_tau2(nt, st, Y, sig2, p.tau2)[None, :]
        self.theta_ = (st / sig2[None, :] + p.mu_tag / tau2) / (nt[:, None] / sig2[None, :] + 1.0 / tau2)
        none = X.sum(axis=1) == 0
        self.theta0_ = ((Y[none].sum(axis=0) / sig2 + p.mu_none / tau2[0])
                        / (none.sum() / sig2 + 1.0 / tau2[0]))
        return self

    def predict(self, X) -> np.ndarray:
        X = np.asarray(X, dtype=float)
        k = X.sum(axis=1)
        out = np.where(k[:, None] > 0, (X @ self.theta_) / np.maximum(k, 1.0)[:, None], self.theta0_[None, :])
        return out[:, 0] if self.one_d_ else out


def evaluate_history(outcomes: list[tuple[float, set[str]]], prior: Prior,
                     n_permutations: int = personal.N_PERMUTATIONS, seed: int = 0) -> personal.Evaluation:
    """The account's hashtag lift model, measured as it is used (``core/personal.py``).

    Parameters
    ----------
    outcomes : list of (float, set of str)
        (log-lift, hashtags) per scored post, oldest first (:func:`post_outcomes`).
    prior : Prior
        The shipped prior.
    n_permutations : int
        Shuffles for the permutation test (199; fewer in tests).
    seed : int
        Seed of the shuffles.

    Returns
    -------
    viralml_desktop.core.personal.Evaluation
        At least 20 scored posts before it is tested; time-ordered expanding-window folds (fit
        on older posts, predict each newer post's log-lift from its tags); ``answers`` only when
        it beats the median log-lift of the training posts with permutation p < 0.05.
    """
    tags = sorted({t for _, ts in outcomes for t in ts})
    col = {t: j for j, t in enumerate(tags)}
    X = np.zeros((len(outcomes), max(1, len(tags))))
    for i, (_, ts) in enumerate(outcomes):
        for t in ts:
            X[i, col[t]] = 1.0
    y = np.array([v for v, _ in outcomes], dtype=float)
    return personal.evaluate(X, y, lambda: TagLiftRegressor(prior), n_permutations=n_permutations, seed=seed,
                             what="posts")


def score_from_lift(expected_lift: float) -> float:
    """Rank score in [0, 1], monotone in expected lift: lift/(1+lift); 0.5 means no change."""
    return expected_lift / (1.0 + expected_lift)


def account_model(account_id: str = "", prior: Optional[Prior] = None, platform: Optional[str] = None) -> LiftModel:
    """The lift model for an imported account.

    Parameters
    ----------
    account_id : str, optional
        An account imported into the local store (Account health); "" or an account with no
        posts gives the prior alone.
    prior : Prior, optional
        Default: the shipped prior (model table entry ``hashtags_lift_prior``).
    platform : str, optional
        The platform the hashtags are for ("tiktok"): only the account's posts of that platform
        (and posts whose platform the export did not say) are read, since a hashtag's effect on
        one platform says nothing about another. When every post is of another platform, the
        model is the prior alone (no evaluation, so no reach effect is claimed) and
        ``platform_note`` (and :meth:`LiftModel.verdict`) says so. None reads every post.

    Returns
    -------
    LiftModel
        Fitted on the account's posts in the channel history
        (:meth:`viralml_desktop.core.store.Store.posts`), oldest first, each with its stored
        hashtags (else those of its caption) and its newest counts; views are the outcome,
        likes when fewer than half the posts have views. Daily-total rows are left out. With
        posts, ``evaluation`` holds its test (:func:`evaluate_history`, also kept in the store
        for ML health) and ``answers`` says whether it may claim a reach effect.

    Raises
    ------
    ModelUnavailable
        When the shipped prior (models/hashtags/lift_prior.json) is missing or corrupt.
    """
    prior = prior or Prior.load()
    posts: list[dict] = []
    if account_id:
        from viralml_desktop.core import store

        # the one channel history; an account's daily totals (a daily or overview table) are not posts
        posts = [p for p in store.default_store().posts(account_id) if p.get("post_type") != "daily total"]
    other: list[str] = []
    if platform:
        other = sorted({str(p.get("platform")) for p in posts if p.get("platform") not in (None, "", platform)})
        posts = [p for p in posts if p.get("platform") in (None, "", platform)]
    outcomes = post_outcomes(posts)
    model = LiftModel.fit(outcomes, prior, own_spread=True)
    if account_id and posts:
        model.evaluation = evaluate_history(outcomes, prior, seed=len(outcomes))
        _remember(account_id, model.evaluation)
    elif account_id and other:
        model.platform_note = (f"your hashtag model is fitted on your {' and '.join(other)} posts and answers only "
                               f"there: no reach effect is claimed for {platform}")
    return model


def _remember(account_id: str, ev: personal.Evaluation) -> None:
    """Keep the account's latest evaluation in the store for the ML health table (best effort)."""
    import time

    from viralml_desktop.core import store

    try:
        st = store.default_store()
        kept = st.get(STORE_KEY) or {}
        kept = kept if isinstance(kept, dict) else {}
        d = ev.to_dict()
        kept[account_id] = {k: d[k] for k in ("n", "answers", "reason", "min_items", "n_tested", "cv_spearman",
                                              "cv_mae", "baseline_mae", "skill", "p_value", "n_permutations",
                                              "validation")}
        kept[account_id]["fitted_at"] = time.strftime("%Y-%m-%d %H:%M")
        st.put(STORE_KEY, kept)
    except Exception:  # a read-only data dir must not stop the answer
        pass
