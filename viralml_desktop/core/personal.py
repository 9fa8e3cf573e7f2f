"""Personal models measured as they are used: one evaluation routine for every family.

A personal model is fitted on the user's own items (videos, thumbnails, posts) and answers
about the user's next item. It is measured the way it is used:

* **enough items**: at least :data:`MIN_ITEMS` (20) labelled items, more where a family asks
  (virality: 30), before it is even evaluated;
* **time-ordered validation**: the items are sorted by publish time and scored by
  expanding-window folds (fit on the older items, test on the newer ones; scikit-learn
  ``TimeSeriesSplit``); the first half of the history is never a test item;
* **preprocessing inside the folds**: the model is a factory of an unfitted estimator (a
  scikit-learn ``Pipeline``: imputation, scaling, the regressor), cloned and fitted on each
  training window alone;
* **a permutation test**: the target is shuffled, every fold refitted, and the statistic (how
  much the model's out-of-fold absolute error beats that of answering the training window's
  median, "the channel median") recomputed; ``p = (1 + #{permuted >= observed}) / (1 + P)``
  (Phipson & Smyth 2010). The model answers only when it beats the median (positive skill)
  with ``p < ALPHA`` (0.05) and ranks the tested items the right way (out-of-fold Spearman > 0);
* **range checks**: the fitted range of every input is kept; a new item outside it is clipped
  to the range before predicting (a capped answer) and named in a warning.

A linear pipeline whose preprocessing does not read the target is refitted for all the
permutations at once (a 2-D target: one column per permutation), which makes 199 permutations
cost about as much as one fit.

References
----------
.. [1] B. Phipson and G. K. Smyth, "Permutation p-values should never be zero: calculating
       exact p-values when permutations are randomly drawn", Stat. Appl. Genet. Mol. Biol.
       9(1), 2010.
.. [2] M. Ojala and G. C. Garriga, "Permutation tests for studying classifier performance",
       JMLR 11, 2010.
"""
from __future__ import annotations

import time
from dataclasses import asdict, dataclass, field
from typing import Callable, Optional, Sequence

import numpy as np

MIN_ITEMS = 20
ALPHA = 0.05
N_PERMUTATIONS = 199
N_FOLDS = 5


def ridge_pipeline(alphas: Optional[Sequence[float]] = None, impute: bool = True):
    """The default personal regressor: median imputation, standard scaling, ridge (α by GCV).

    Parameters
    ----------
    alphas : sequence of float, optional
        The ridge penalties tried (default 13 values from 0.1 to 1000, log-spaced).
    impute : bool
        Begin with median imputation (inputs with NaN); False for inputs always measured.

    Returns
    -------
    sklearn.pipeline.Pipeline
        Unfitted ``SimpleImputer(median) → StandardScaler → RidgeCV(alpha_per_target=True)``;
        accepts a 2-D target (one column per target, each with its own α), so every
        permutation of :func:`evaluate` is fitted at once. Fit-time sample weights go to the
        step ``ridge`` (``ridge__sample_weight``).
    """
    from sklearn.impute import SimpleImputer
    from sklearn.linear_model import RidgeCV
    from sklearn.pipeline import Pipeline
    from sklearn.preprocessing import StandardScaler

    a = np.logspace(-1, 3, 13) if alphas is None else np.asarray(alphas, float)
    steps = [("impute", SimpleImputer(strategy="median", keep_empty_features=True))] if impute else []
    return Pipeline(steps + [("scale", StandardScaler()), ("ridge", RidgeCV(alphas=a, alpha_per_target=True))])


@dataclass
class Evaluation:
    """How a personal model did on the user's own items, measured as it is used.

    Attributes
    ----------
    n : int
        Labelled items.
    answers : bool
        True when the model may answer: enough items, positive skill over the channel median,
        permutation ``p_value < alpha`` and a positive out-of-fold Spearman ``cv_spearman``.
    reason : str
        One plain-words sentence: why it answers, or why not.
    validation : str
        How it was validated ("time-ordered, 5 expanding-window folds, 15 newest items tested").
    n_tested : int
        Items scored out of fold (the newer half of the history).
    cv_spearman : float or None
        Spearman correlation of the out-of-fold predictions with the truth (None: undefined).
    cv_mae : float or None
        Mean absolute out-of-fold error, in the target's unit.
    baseline_mae : float or None
        Mean absolute error of answering each training window's median, on the same items.
    skill : float or None
        ``1 − cv_mae / baseline_mae`` (0 = no better than the channel median).
    p_value : float or None
        Permutation p-value of the error improvement over the median.
    n_permutations : int
        Permutations run (fewer than asked when the time budget ran out).
    abs_err_q80 : float or None
        80th percentile of the absolute out-of-fold errors: the interval shown around an answer.
    min_items : int
        Items this model needs before it is evaluated.
    """
    n: int
    answers: bool
    reason: str
    validation: str = ""
    n_tested: int = 0
    cv_spearman: Optional[float] = None
    cv_mae: Optional[float] = None
    baseline_mae: Optional[float] = None
    skill: Optional[float] = None
    p_value: Optional[float] = None
    n_permutations: int = 0
    abs_err_q80: Optional[float] = None
    min_items: int = MIN_ITEMS
    alpha: float = ALPHA
    oof: list = field(default_factory=list, repr=False)

    def to_dict(self) -> dict:
        """The figures stored with the model (no out-of-fold predictions), rounded to 4 decimals."""
        d = asdict(self)
        d.pop("oof", None)
        return {k: (round(v, 4) if isinstance(v, float) else v) for k, v in d.items()}


def folds(n: int, n_folds: int = N_FOLDS) -> list[tuple[np.ndarray, np.ndarray]]:
    """Expanding-window folds over ``n`` time-ordered items: train on the older, test on the newer.

    Parameters
    ----------
    n : int
        Items, oldest first (n >= 4).
    n_folds : int
        Folds (at most ``n // 2``).

    Returns
    -------
    list of (ndarray, ndarray)
        ``(train indices, test indices)``; the test windows tile the newer half of the items
        (the first training window is the older half), each training window is everything
        before its test window.
    """
    from sklearn.model_selection import TimeSeriesSplit

    k = max(1, min(n_folds, n // 2))
    test_size = max(1, (n - n // 2) // k)
    return list(TimeSeriesSplit(n_splits=k, test_size=test_size).split(np.zeros((n, 1))))


def _oof(make_model: Callable, X: np.ndarray, Y: np.ndarray, splits, fit_params: dict,
         sample_weight: Optional[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """Out-of-fold predictions and training-window medians for each column of ``Y``."""
    import sklearn

    pred = np.full(Y.shape, np.nan)
    base = np.full(Y.shape, np.nan)
    # the estimator's parameters are fixed here and its inputs checked once by evaluate(): skip
    # scikit-learn's per-call parameter validation (most of the cost of a fit this small)
    with sklearn.config_context(skip_parameter_validation=True):
        for tr, te in splits:
            est = make_model()  # a fresh, unfitted estimator for every training window
            kw = dict(fit_params)
            if sample_weight is not None:
                kw[_weight_key(est)] = sample_weight[tr]
            est.fit(X[tr], Y[tr] if Y.shape[1] > 1 else Y[tr, 0], **kw)
            p = np.asarray(est.predict(X[te]), float)
            pred[te] = p.reshape(len(te), -1)
            base[te] = np.median(Y[tr], axis=0)
    return pred, base


def _weight_key(est) -> str:
    steps = getattr(est, "steps", None)
    return f"{steps[-1][0]}__sample_weight" if steps else "sample_weight"


def evaluate(X: np.ndarray, y: np.ndarray, make_model: Callable, *, order: Optional[Sequence] = None,
             min_items: int = MIN_ITEMS, n_permutations: int = N_PERMUTATIONS, alpha: float = ALPHA,
             n_folds: int = N_FOLDS, sample_weight: Optional[np.ndarray] = None,
             vectorised: bool = True, time_budget_s: float = 20.0, seed: int = 0,
             what: str = "items") -> Evaluation:
    """Measure a personal model as it is used: time-ordered folds and a permutation test.

    Parameters
    ----------
    X : ndarray, shape (n, d), float
        One row of inputs per item (NaN = not measured; the pipeline imputes inside each fold).
    y : ndarray, shape (n,), float
        The target of each item (e.g. log1p views, logit CTR).
    make_model : callable
        ``make_model() -> estimator``: a new unfitted scikit-learn estimator at each call
        (normally a ``Pipeline`` whose preprocessing is fitted in each fold,
        :func:`ridge_pipeline`), called once per training window.
    order : sequence, optional
        Publish time (or any sortable key) of each item; the items are sorted by it, oldest
        first. None: the items are already oldest first.
    min_items : int
        Items needed before the model is evaluated (``MIN_ITEMS``, 20; virality 30).
    n_permutations : int
        Shuffles of the target for the permutation test (199; fewer in tests). With fewer than
        ``1/alpha − 1`` the model can never answer.
    alpha : float
        The p-value the model must beat (0.05).
    n_folds : int
        Expanding-window folds over the newer half of the items (5).
    sample_weight : ndarray, shape (n,), optional
        Fit-time weights (e.g. log impressions), passed to the pipeline's last step.
    vectorised : bool
        True when the estimator takes a 2-D target and its preprocessing ignores the target
        (then all permutations are fitted at once); False refits once per permutation.
    time_budget_s : float
        Seconds the permutations may take when refitted one by one; the test stops early and
        reports the permutations it ran.
    seed : int
        Seed of the shuffles.
    what : str
        The items' name in the reason ("videos", "thumbnails", "posts").

    Returns
    -------
    Evaluation
        Its figures, ``answers`` and a plain-words ``reason``.

    Raises
    ------
    ValueError
        ``X`` and ``y`` differ in length, or ``X`` is not 2-D.
    """
    X = np.asarray(X, float)
    y = np.asarray(y, float)
    if X.ndim != 2 or len(X) != len(y):
        raise ValueError(f"X must be (n, d) and y (n,); got {X.shape} and {y.shape}")
    n = len(y)
    if n < min_items:
        return Evaluation(n=n, answers=False, min_items=min_items, alpha=alpha,
                          reason=f"{n} {what}: a personal model needs at least {min_items} before it is tested")
    if order is not None:
        idx = np.argsort(np.asarray(order), kind="stable")
        X, y = X[idx], y[idx]
        sample_weight = None if sample_weight is None else np.asarray(sample_weight, float)[idx]
    else:
        idx = np.arange(n)
    splits = folds(n, n_folds)
    tested = np.concatenate([te for _, te in splits])
    rng = np.random.default_rng(seed)
    perms = [rng.permutation(n) for _ in range(int(n_permutations))]
    t0 = time.monotonic()
    if vectorised:
        Y = np.column_stack([y] + [y[p] for p in perms])
        pred, base = _oof(make_model, X, Y, splits, {}, sample_weight)
    else:
        pred, base = _oof(make_model, X, y[:, None], splits, {}, sample_weight)
        cols_p, cols_b, cols_y = [pred[:, 0]], [base[:, 0]], [y]
        for p in perms:
            if time.monotonic() - t0 > time_budget_s:
                break
            pp, bb = _oof(make_model, X, y[p][:, None], splits, {}, sample_weight)
            cols_p.append(pp[:, 0]), cols_b.append(bb[:, 0]), cols_y.append(y[p])
        pred, base, Y = np.column_stack(cols_p), np.column_stack(cols_b), np.column_stack(cols_y)
    err = np.abs(pred[tested] - Y[tested]).mean(axis=0)
    berr = np.abs(base[tested] - Y[tested]).mean(axis=0)
    stat = berr - err  # how much the model beats the channel median; larger is better
    n_perm = Y.shape[1] - 1
    p_value = float((1 + np.sum(stat[1:] >= stat[0] - 1e-12)) / (1 + n_perm))
    from scipy.stats import spearmanr

    y0, p0 = y[tested], pred[tested, 0]
    rho = float(spearmanr(p0, y0).statistic) if np.ptp(p0) > 0 and np.ptp(y0) > 0 else float("nan")
    cv_mae, base_mae = float(err[0]), float(berr[0])
    skill = 1.0 - cv_mae / base_mae if base_mae > 0 else 0.0
    # a lower error than the median can come with a ranking that is wrong (a noise channel did:
    # p = 0.02 with rho = -0.23); a model that orders the newest items backwards does not answer
    ranks_right = bool(np.isfinite(rho) and rho > 0)
    answers = bool(stat[0] > 0 and p_value < alpha and ranks_right)
    if answers:
        reason = (f"beats the median of your {what} on the {len(tested)} newest (error {cv_mae:.3g} vs "
                  f"{base_mae:.3g}, permutation p = {p_value:.3f})")
    elif stat[0] <= 0:
        reason = (f"no better than the median of your {what} on the {len(tested)} newest (error {cv_mae:.3g} vs "
                  f"{base_mae:.3g}): not used")
    elif p_value < alpha:
        reason = (f"closer than the median of your {what} on the {len(tested)} newest, but it orders them "
                  f"wrongly (Spearman {rho:.2f}): not used")
    else:
        reason = (f"better than the median of your {what} on the {len(tested)} newest, but not clearly "
                  f"(permutation p = {p_value:.3f}, needs < {alpha}): not used")
    oof = np.full(n, np.nan)
    oof[idx[tested]] = p0
    return Evaluation(
        n=n, answers=answers, reason=reason, n_tested=int(len(tested)),
        validation=(f"time-ordered: {len(splits)} expanding-window folds (fit on older {what}, test on the "
                    f"{len(tested)} newest), preprocessing fitted in each fold; {n_perm} permutations"),
        cv_spearman=None if not np.isfinite(rho) else rho, cv_mae=cv_mae, baseline_mae=base_mae, skill=skill,
        p_value=p_value, n_permutations=n_perm, abs_err_q80=float(np.quantile(np.abs(p0 - y0), 0.8)),
        min_items=min_items, alpha=alpha, oof=oof.tolist())


def feature_ranges(X: np.ndarray) -> list[list[Optional[float]]]:
    """``[[min, max], ...]`` of each column over its finite values (``[None, None]`` if none).

    Parameters
    ----------
    X : ndarray, shape (n, d), float

    Returns
    -------
    list of [float or None, float or None]
        The fitted range of each input, stored with the model for :func:`clip_to_range`.
    """
    X = np.asarray(X, float)
    out = []
    for j in range(X.shape[1]):
        col = X[:, j][np.isfinite(X[:, j])]
        out.append([float(col.min()), float(col.max())] if len(col) else [None, None])
    return out


def clip_to_range(x: np.ndarray, ranges: Sequence, names: Sequence[str],
                  tolerance: float = 0.05) -> tuple[np.ndarray, list[str]]:
    """A new item's inputs held to the range the model was fitted on.

    Parameters
    ----------
    x : ndarray, shape (d,), float
        The new item's inputs (NaN = not measured, left as is).
    ranges : sequence of [min, max]
        From :func:`feature_ranges`.
    names : sequence of str
        The inputs' names, for the warning.
    tolerance : float
        Share of each range a value may lie outside before it counts (0.05).

    Returns
    -------
    x_clipped : ndarray, shape (d,)
        ``x`` with every value outside its range clipped to it.
    outside : list of str
        One ``"name value (fitted range lo–hi)"`` per input outside its range (empty: inside).
    """
    x = np.asarray(x, float).copy()
    outside = []
    for j, (r, name) in enumerate(zip(ranges, names)):
        lo, hi = (r or [None, None])[:2]
        if lo is None or hi is None or not np.isfinite(x[j]):
            continue
        slack = tolerance * (hi - lo)
        if x[j] < lo - slack or x[j] > hi + slack:
            outside.append(f"{name} {x[j]:.3g} (your items: {lo:.3g}–{hi:.3g})")
        x[j] = min(hi, max(lo, x[j]))
    return x, outside


def out_of_range_warning(outside: list[str], what: str = "items") -> str:
    """The one-line warning shown when a new item lies outside the fitted range ("" when inside)."""
    if not outside:
        return ""
    return (f"unlike your {what} the model learnt from: {'; '.join(outside)}; the answer is capped at what "
            "those inputs reach within their range")
