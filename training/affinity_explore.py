"""Exploratory check behind models/affinity/MODEL_CARD.md ("Looked at while building it"): inputs that
were looked at for the artists model and left out, on the same outer artist splits as
training/affinity_train.py (same seed), each added to one fixed reference model.

This is NOT the shipped protocol (no inner choice: one fixed ridge strength, the rate inputs
cross-fitted over one 2-way artist split of the training half as in ``fit_artists``); it prints pooled
held-out ROC-AUC per variant so that the card's statements about them can be rerun. Nothing is written.

Reference: the joint model's artists inputs + median-popularity and duration closeness + the genre-pair and
popularity-pair rates (logistic, every weight >= 0). Variants: + best-matching track pairs' audio
similarity (top-1, top-3, mutual best match); + collaborator-graph paths (Adamic-Adar over collaborators
in common, 3-step paths a-c-d-b, any 3-step path); + an audio-cluster pair rate (k-means, 8 clusters of
the tracks' audio percentiles); + the genre-at-popularity-level pair rate (shipped); monotone gradient
boosting (scikit-learn, ``monotonic_cst`` +1 on every input, depth 2) on the reference inputs.

Run: nice -n 10 .venv/bin/python training/affinity_explore.py   (a few minutes on 2 cores)
"""
from __future__ import annotations

import random
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "training"))

import affinity_train as T  # noqa: E402
from viralml_desktop.core.affinity import model as am  # noqa: E402

L2 = 1e-2


def main() -> None:
    from sklearn.cluster import KMeans
    from sklearn.ensemble import HistGradientBoostingClassifier

    df, _ = T.load_tracks()
    prof = T.Profiles(df, None)
    pairs, _ = T.build_pairs(prof, random.Random(T.SEED))
    feats = [prof.pair_features(a, b, ia, ib, embed=False) for a, b, _, ia, ib in pairs]
    y = np.array([p[2] for p in pairs])
    base = np.array([[f[T.PAIR_KEYS[k]] for k in ("audio_similarity", "fan_overlap", "popularity_closeness")
                      + am.JOINT_DETAIL + ("popularity_median_closeness", "duration_closeness")] for f in feats])

    # best-matching track pairs' audio similarity
    audio, alists = prof.audio, prof.alists
    trk = []
    for a, b, _, ia, ib in pairs:
        sim = 1 - np.abs(audio[sorted(ia)][:, None, :] - audio[sorted(ib)][None, :, :]).mean(2)
        flat = np.sort(sim.ravel())[::-1]
        trk.append([flat[0], flat[:3].mean(), 0.5 * (sim.max(1).mean() + sim.max(0).mean())])
    trk = np.array(trk)

    # collaborator-graph paths, leaving out every track credited to both artists of the pair
    def neighbours(x, idx, drop) -> set:
        s = {c for i in idx if len(alists[i]) > 1 for c in alists[i]}
        return s - {x, drop}

    degree = {x: len(neighbours(x, prof.tracks[x], None)) for x in prof.tracks}
    graph = []
    for a, b, _, ia, ib in pairs:
        shared = prof.tracks[a] & prof.tracks[b]
        na, nb = neighbours(a, ia, b), neighbours(b, ib, a)
        aa = sum(1 / np.log(max(2, degree[c])) for c in na & nb)
        n3 = sum(len(neighbours(c, prof.tracks[c] - shared, a) - {b} & nb) for c in na)
        graph.append([min(1, aa / 3), min(1, np.log1p(n3) / np.log1p(20)), float(n3 > 0)])
    graph = np.array(graph)

    labels = KMeans(8, n_init=4, random_state=0).fit(audio).labels_

    def clusters(idx) -> np.ndarray:
        v = np.bincount(labels[sorted(idx)], minlength=8).astype(float)
        return v / v.sum()

    for f, (a, b, _, ia, ib) in zip(feats, pairs):
        f["_clusters"] = (clusters(ia), clusters(ib))
        f["_pair"] = (a, b)

    def rates_cross_fitted(tr, te, keys, rng) -> tuple[np.ndarray, np.ndarray]:
        """Rate inputs of the training pairs (cross-fitted over one artist split) and of the test pairs."""
        arts = sorted({x for i in tr for x in pairs[i][:2]})
        half = {x: int(rng.random() < 0.5) for x in arts}
        side = np.array([half[pairs[i][0]] if half[pairs[i][0]] == half[pairs[i][1]] else -1 for i in tr])

        def inputs(idx, tables):
            return np.array([[am.pair_rate(*feats[i][k], tables[k]) for k in keys] for i in idx])

        full = {k: T.rate_table(feats, y, tr, k) for k in keys}
        out = np.zeros((len(tr), len(keys)))
        for g in (0, 1):
            m = side == g
            out[m] = inputs(tr[m], {k: T.rate_table(feats, y, tr[side == 1 - g], k) for k in keys})
        out[side == -1] = inputs(tr[side == -1], full)
        return out, inputs(te, full)

    def logistic(Xtr, ytr, Xte):
        w, b = am.fit_logistic(Xtr, ytr, [True] * Xtr.shape[1], l2=L2, sample_weight=T.balanced_weights(ytr))
        return Xte @ w + b

    def boosted(Xtr, ytr, Xte):
        m = HistGradientBoostingClassifier(monotonic_cst=[1] * Xtr.shape[1], learning_rate=0.05, max_iter=150,
                                           max_depth=2, min_samples_leaf=30, l2_regularization=1.0,
                                           class_weight="balanced", random_state=0)
        return m.fit(Xtr, ytr).predict_proba(Xte)[:, 1]

    variants = {"reference": (None, ("_genres", "_levels"), logistic),
                "+ best-matching track pairs": (trk, ("_genres", "_levels"), logistic),
                "+ collaborator-graph paths": (graph, ("_genres", "_levels"), logistic),
                "+ audio-cluster pair rate": (None, ("_genres", "_levels", "_clusters"), logistic),
                "+ genre-at-popularity-level rate": (None, ("_genres", "_levels", "_genre_levels"), logistic),
                "monotone boosting, reference inputs": (None, ("_genres", "_levels"), boosted)}
    artists = sorted({x for a, b, *_ in pairs for x in (a, b)})
    split_rng = random.Random(T.SEED + 1)
    sides = []
    for _ in range(T.REPEATS):
        half = {a: int(split_rng.random() < 0.5) for a in artists}
        sides.append(np.array([half[a] if half[a] == half[b] else -1 for a, b, *_ in pairs]))
    aucs = defaultdict(list)
    for name, (extra, keys, fit) in variants.items():
        rng = random.Random(SEED_EXPLORE)
        X = base if extra is None else np.hstack([base, extra])
        for side in sides:
            ys, ss = [], []
            for h in (0, 1):
                tr, te = np.flatnonzero(side == 1 - h), np.flatnonzero(side == h)
                rtr, rte = rates_cross_fitted(tr, te, keys, rng)
                ss.append(fit(np.hstack([X[tr], rtr]), y[tr], np.hstack([X[te], rte]))), ys.append(y[te])
            aucs[name].append(T.auc(np.concatenate(ys), np.concatenate(ss)))
        a = np.array(aucs[name])
        d = a - np.array(aucs["reference"])
        print(f"{name:40s} ROC-AUC {a.mean():.4f} (sd {a.std():.4f})  minus reference {d.mean():+.4f} "
              f"(sd {d.std():.4f}, higher on {(d > 0).sum()} of {len(d)})", flush=True)


SEED_EXPLORE = T.SEED + 9

if __name__ == "__main__":
    main()
