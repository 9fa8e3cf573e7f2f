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
least ``_MIN_POSTS_OWN_SIGMA`` scored posts uses its own ``σ²``.
"""
from __future__ import annotations

import json
import math
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

from viralml_desktop.core import registry
from viralml_desktop.core.errors import ModelUnavailable

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

    @classmethod
    def fit(cls, outcomes: Iterable[tuple[float, set[str]]], prior: Prior) -> "LiftModel":
        """The model for one account's scored posts.

        Parameters
        ----------
        outcomes : iterable of (float, set of str)
            (log-lift, normalised hashtags) per post, as :func:`post_outcomes` returns them.
        prior : Prior
            The reference prior (:meth:`Prior.load`).

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
        return m

    def estimate(self, tag: str, mu: Optional[float] = None) -> Estimate:
        """Posterior of θ_t, the mean log-lift of the account's posts carrying ``tag``
        (prior mean ``mu``, default the prior's ``mu_tag``)."""
        t = normalize_tag(tag)
        mu = self.prior.mu_tag if mu is None else mu
        return _posterior(self.tag_n.get(t, 0), self.tag_sum.get(t, 0.0), self.sigma2, mu, self.prior.tau2)

    def baseline(self) -> Estimate:
        """Posterior of θ_0, the mean log-lift of the account's posts without hashtags."""
        return _posterior(self.none_n, self.none_sum, self.sigma2, self.prior.mu_none, self.prior.tau2)

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


def score_from_lift(expected_lift: float) -> float:
    """Rank score in [0, 1], monotone in expected lift: lift/(1+lift); 0.5 means no change."""
    return expected_lift / (1.0 + expected_lift)


def account_model(account_id: str = "", prior: Optional[Prior] = None) -> LiftModel:
    """The lift model for an imported account.

    Parameters
    ----------
    account_id : str, optional
        An account imported into the local store (Account health); "" or an account with no
        posts gives the prior alone.
    prior : Prior, optional
        Default: the shipped prior (model table entry ``hashtags_lift_prior``).

    Returns
    -------
    LiftModel
        Fitted on the account's posts in the channel history
        (:meth:`viralml_desktop.core.store.Store.posts`), oldest first, each with its stored
        hashtags (else those of its caption) and its newest counts; views are the outcome,
        likes when fewer than half the posts have views. Daily-total rows are left out.

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
    return LiftModel.fit(post_outcomes(posts), prior)
