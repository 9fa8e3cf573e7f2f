"""Train the emoji clause classifier (models/captions/emoji_clause_model.npz).

    nice -n 10 .venv/bin/python training/caption_emoji_train.py

What it learns: for each clause of a caption that may take an emoji
(``core.captions.emoji.eligible_clauses``), which of the editor's palettes it is about (SAD,
PARTY, LOVE, HYPE, GRATITUDE, IRONY, ... the 22 palettes of
``training/caption_emoji_heldout_build.py``) and, for the emoji that enough clauses keep, whether
an editor keeps that emoji at its end. Features: the clause's sentence vector beside the whole
caption's (the app's shared sentence encoder, USE multilingual v3, 512-d each). One L2
logistic regression per palette and per emoji (scikit-learn, C = ``C``). Beside them the model
keeps a neighbour table (every training clause's normalised features, float16, and the emoji
its editor kept): the confidence of a placement is the mean of the classifier's and the
weighted share of the ``KNN_K`` nearest training clauses that keep that emoji, an estimate
pooled over several writers (the classifier alone ranks a new writer's clauses worse: on the
leave-one-writer-out curve it kept 0.92 at about 0.32 coverage, with the neighbours about
0.41). At placement time (``core.captions.emoji.candidates``) a caption with an ironic marker
takes an emoji only where a clause reads as laughter or irony, and a question to the fans
takes only the question emoji that the editors' labels support (``question_emoji``: kept at
the end of >= 90 % of the questions of every writer with >= 2 of them, at least two such
writers and 8 questions in all; none in the four files).

Labels come from the four development sets (training/data/caption_emoji_dev.tsv,
caption_emoji_eval.tsv, caption_emoji_heldout.tsv and caption_emoji_heldout_s8.tsv, all written
for this project, each by a different writer or session): a clause is about a palette when every
emoji of the palette is in the set the editor keeps at its end, and an emoji's target is whether
it is in that set ("-": none of them).

Selection is leave-one-WRITER-out cross-validation (group = the source file, four groups): a
model fitted on three files places emoji with ``core.captions.emoji.candidates`` exactly as
``optimize_caption`` does (3 at most, no hype emoji once a clause reads as a loss, tone gate) on
the fourth file's captions, judged as ``caption_emoji_eval.judge`` judges. Cross-validation
grouped by caption (the protocol before session 9) measures captions from writers the model
already knows and read 0.949 where a new writer got 0.729; a new writer is the case the app
meets. The threshold is the lowest of ``GRID`` from which the kept share pooled over the four
held-out writers stays at least ``TARGET_KEPT`` (at that threshold and every higher one on the
grid that still places at least ``MIN_PLACEMENTS``): the highest coverage that keeps the goal.
The shipped model is then fitted on all four files. The curve (threshold -> kept share and
coverage, pooled and per writer) is written to models/captions/metrics.json
(``emoji_placement.model_selection``).
"""
from __future__ import annotations

import dataclasses
import json
import sys
import warnings
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "training"))

from caption_emoji_eval import DATA, judge, end_label, read  # noqa: E402
from caption_emoji_eval import _interval as interval  # noqa: E402
from caption_emoji_heldout_build import P as PALETTES  # noqa: E402
from viralml_desktop.core import registry  # noqa: E402
from viralml_desktop.core.captions import emoji as ce  # noqa: E402
from viralml_desktop.core.captions.comments import score_texts  # noqa: E402
from viralml_desktop.core.captions.parse import parse  # noqa: E402

DEV_FILES = ("caption_emoji_dev.tsv", "caption_emoji_eval.tsv", "caption_emoji_heldout.tsv",
             "caption_emoji_heldout_s8.tsv")
MODEL = ROOT / "models" / "captions" / "emoji_clause_model.npz"
C = 1.0
MIX = 0.5  # confidence = MIX * P(top palette) + (1 - MIX) * P(emoji kept)
MIN_EMOJI_CLAUSES = 8  # an emoji gets its own head when at least this many clauses keep it
GRID = tuple(round(0.30 + 0.025 * i, 3) for i in range(25))  # 0.300, 0.325 ... 0.900
TARGET_KEPT, MIN_PLACEMENTS = 0.92, 40
# neighbours: P_knn(kept) from the KNN_K nearest training clauses (softmax of KNN_TEMPERATURE x cosine,
# caption half weighted KNN_CAPTION_WEIGHT); confidence = (1 - KNN_WEIGHT) x classifier + KNN_WEIGHT x P_knn
KNN_K, KNN_TEMPERATURE, KNN_CAPTION_WEIGHT, KNN_WEIGHT = 40, 20.0, 0.5, 0.5
QUESTION_SUPPORT, MIN_QUESTIONS, MIN_WRITER_QUESTIONS = 0.9, 8, 2
SELECTION_NOTE = ("the neighbour mix, the emoji order inside a palette and the irony and question abstentions "
                  "were chosen on this same curve (the classifier alone: 0.931 kept at 0.293 coverage, threshold "
                  "0.70), so it carries some selection optimism; a fifth writer's blind set "
                  "(caption_emoji_eval.py --heldout) is the honest check")
TRIED_NOT_KEPT = (
    "a caption-level loss model (logistic regression on the caption vector) gating the hype emoji: no change at "
    "these thresholds (the clause-level loss rule already keeps them out)",
    "a per-palette reliability factor from the other writers' placements: no better ranking",
    "ridge heads with Platt scaling fitted by leave-one-writer-out inside the training writers: worse ranking "
    "(0.83 kept at 0.74 coverage against 0.85 for the logistic heads)",
)
MAX_EMOJI = 3


def _b(e: str) -> str:
    return e.replace("\ufe0f", "")


class Cache:
    """Sentence vectors and sentiment scores, computed once per text."""

    def __init__(self):
        self._emb = registry.get("sentence_embedder")
        self.vec: dict[str, np.ndarray] = {}
        self.tone: dict[str, float] = {}

    def embed(self, texts):
        new = [t for t in dict.fromkeys(texts) if t not in self.vec]
        if new:
            self.vec.update(zip(new, self._emb.encode(new)))
        return np.stack([self.vec[t] for t in texts])

    def scores(self, texts):
        new = [t for t in dict.fromkeys(texts) if t not in self.tone]
        if new:
            self.tone.update(zip(new, [float(r["score"]) for r in score_texts(new)]))
        return [self.tone[t] for t in texts]


def dev_rows() -> list[dict]:
    """The development captions of the four files, each row tagged with its ``file`` (its writer)."""
    rows = []
    for f in DEV_FILES:
        for r in read(DATA / f):
            r["file"] = f
            rows.append(r)
    return rows


def _names(p) -> list[str]:
    return [p.title, p.artist] + list(p.mentions)


def examples(rows: list[dict], cache: Cache):
    """Feature rows and label sets of every eligible clause of ``rows``.

    Returns
    -------
    X : numpy.ndarray
        float32 ``(n_clauses, 1024)`` (:func:`core.captions.emoji.clause_features`).
    labels : list of set of str
        The emoji an editor keeps at each clause's end (empty: none, or no labelled end).
    groups : numpy.ndarray
        int ``(n_clauses,)``: the index of the clause's caption in ``rows``.
    texts : list of str
        Each clause as written.
    """
    xs, labels, groups, texts = [], [], [], []
    for g, row in enumerate(rows):
        p = parse(row["caption"])
        cls = ce.eligible_clauses(p.body, _names(p))
        if not cls:
            continue
        xs.append(ce.clause_features([c.text for c in cls], p.body, cache.embed))
        for c in cls:
            labels.append(end_label(p.body, c.end, row) or set())
            groups.append(g)
            texts.append(c.text)
    return np.vstack(xs).astype(np.float32), labels, np.array(groups), texts


def question_emoji(labels: list[set], texts: list[str], files: list[str]) -> tuple[str, float]:
    """The emoji for a question to the fans, when the editors' labels support one: an emoji kept
    at the end of at least ``QUESTION_SUPPORT`` of the questions of EVERY writer (file) with at
    least ``MIN_WRITER_QUESTIONS`` of them, there are at least two such writers and at least
    ``MIN_QUESTIONS`` questions in all; otherwise ``("", best share)`` (abstain). (With two
    questions a writer a generic emoji such as ✨ passes by chance: in the leave-one-writer-out
    fold without session 8's writer it did, and missed all eight of that writer's questions.)

    Returns
    -------
    (str, float)
        The emoji (or "") and its lowest per-writer share.
    """
    by_file: dict[str, list[int]] = {}
    for i, t in enumerate(texts):
        if ce.is_question(t):
            by_file.setdefault(files[i], []).append(i)
    writers = [q for q in by_file.values() if len(q) >= MIN_WRITER_QUESTIONS]
    if len(writers) < 2 or sum(len(q) for q in by_file.values()) < MIN_QUESTIONS:
        return "", 0.0
    shares = {}
    for e in sorted({e for q in writers for i in q for e in labels[i]}):
        shares[e] = min(sum(e in labels[i] for i in q) / len(q) for q in writers)
    if not shares:
        return "", 0.0
    best = max(shares, key=lambda e: shares[e])
    return (best, shares[best]) if shares[best] >= QUESTION_SUPPORT else ("", shares[best])


def fit(X: np.ndarray, labels: list[set], threshold: float = 0.5, texts: list[str] = None,
        files: list[str] = None) -> ce.ClauseModel:
    """One logistic regression per palette and per frequent emoji on clause rows ``X``, the
    neighbour table (every training clause and the emoji kept at its end) and the question emoji
    (:func:`question_emoji`, from ``texts`` and ``files``)."""
    from sklearn.linear_model import LogisticRegression

    names = list(PALETTES)
    pal = [tuple(_b(e) for e in PALETTES[k].split()) for k in names]
    counts = {}
    for s in labels:
        for e in s:
            counts[e] = counts.get(e, 0) + 1
    emoji = sorted(e for e, n in counts.items() if n >= MIN_EMOJI_CLAUSES and n < len(labels))

    def heads(Y):
        W = np.zeros((Y.shape[1], X.shape[1]), np.float32)
        b = np.zeros(Y.shape[1], np.float32)
        for k in range(Y.shape[1]):
            y = Y[:, k]
            if y.sum() < 2 or y.sum() > len(y) - 2:  # too few of one class in this fold: its log-odds
                b[k] = np.log((y.sum() + 0.5) / (len(y) - y.sum() + 0.5))
                continue
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                m = LogisticRegression(C=C, max_iter=3000).fit(X, y)
            W[k], b[k] = m.coef_[0], m.intercept_[0]
        return W, b

    Yp = np.array([[set(p) <= s for p in pal] for s in labels], float)
    Ye = np.array([[e in s for e in emoji] for s in labels], float)
    pw, pb = heads(Yp)
    ew, eb = heads(Ye)
    kept = sorted({e for s in labels for e in s})
    q, support = question_emoji(labels, texts, files) if texts is not None else ("", 0.0)
    model = ce.ClauseModel(tuple(names), tuple(pal), tuple(emoji), pw, pb, ew, eb, float(threshold), MIX,
                           knn_emoji=tuple(kept), knn_k=KNN_K, knn_temperature=KNN_TEMPERATURE,
                           knn_caption_weight=KNN_CAPTION_WEIGHT, knn_weight=KNN_WEIGHT,
                           question_emoji=q, question_support=round(support, 4))
    knn_x = model.knn_features(X).astype(np.float16)
    knn_y = np.array([[e in s for e in kept] for s in labels], bool).reshape(len(labels), len(kept))
    return dataclasses.replace(model, knn_x=knn_x, knn_y=knn_y)


def lowo_candidates(rows: list[dict], cache: Cache) -> list[list[dict]]:
    """Per caption, the judged candidate placements of a model fitted on the OTHER writers' files.

    Leave-one-writer-out: for each file of ``DEV_FILES`` a model is fitted on the clauses of the
    other three and places emoji on this file's captions with ``core.captions.emoji.candidates``.

    Returns
    -------
    list of list of dict
        For ``rows[g]``: ``{"confidence", "kept", "inside_name", "at_clause_end", "end", "emoji"}``
        per eligible clause (before the threshold).
    """
    X, labels, groups, texts = examples(rows, cache)
    tones = dict(zip(range(len(rows)), cache.scores([parse(r["caption"]).body for r in rows])))
    out: list[list[dict]] = [[] for _ in rows]
    files = np.array([rows[g]["file"] for g in groups])
    for f in DEV_FILES:
        tr = files != f
        idx = np.flatnonzero(tr)
        model = fit(X[tr], [labels[i] for i in idx], texts=[texts[i] for i in idx], files=list(files[idx]))
        for g, row in enumerate(rows):
            if row["file"] != f:
                continue
            p = parse(row["caption"])
            for c in ce.candidates(p.body, _names(p), model, tones[g], cache.embed):
                j = judge(p.body, c.end, c.emoji, row)
                out[g].append({"confidence": c.confidence, "end": c.end, "emoji": c.emoji, **j})
    return out


def at_threshold(cands: list[list[dict]], tau: float, rows: list[dict] = None,
                 max_emoji: int = MAX_EMOJI, ci: bool = False) -> dict:
    """Kept share, coverage and counts of the placements whose confidence is at least ``tau``
    (the ``max_emoji`` most confident per caption), as ``core.captions.emoji.plan`` places them;
    with ``ci`` the kept share's 95 % bootstrap interval over captions."""
    n = kept = inside = mid = covered = 0
    by_lang: dict[str, list[int]] = {}
    per_caption = []
    for g, cs in enumerate(cands):
        placed = sorted((c for c in cs if c["confidence"] >= tau), key=lambda c: -c["confidence"])[:max_emoji]
        covered += bool(placed)
        per_caption.append((sum(c["kept"] for c in placed), len(placed)))
        for c in placed:
            n += 1
            kept += c["kept"]
            inside += c["inside_name"]
            mid += not c["at_clause_end"]
            if rows is not None:
                by_lang.setdefault(rows[g]["language"], [0, 0])
                by_lang[rows[g]["language"]][0] += c["kept"]
                by_lang[rows[g]["language"]][1] += 1
    out = {"captions": len(cands), "placements": n, "kept_share": round(kept / max(1, n), 4),
           "inside_title_artist_or_mention": inside, "not_at_a_clause_end": mid,
           "captions_with_an_emoji": round(covered / max(1, len(cands)), 4)}
    if ci:
        out["kept_share_95ci"] = interval(per_caption)
    if rows is not None:
        out["kept_share_by_language"] = {k: round(a / max(1, b), 4) for k, (a, b) in sorted(by_lang.items())}
    return out


def curve(cands: list[list[dict]], rows: list[dict]) -> dict:
    """Threshold -> kept share, coverage and placements pooled over the held-out writers and per
    writer (file), for every threshold of ``GRID``."""
    out = {}
    for t in GRID:
        pooled = at_threshold(cands, t)
        per = {}
        for f in DEV_FILES:
            idx = [i for i, r in enumerate(rows) if r["file"] == f]
            x = at_threshold([cands[i] for i in idx], t)
            per[f] = {"kept_share": x["kept_share"], "coverage": x["captions_with_an_emoji"],
                      "placements": x["placements"]}
        out[t] = {"kept_share": pooled["kept_share"], "coverage": pooled["captions_with_an_emoji"],
                  "placements": pooled["placements"], "by_writer": per}
    return out


def choose_threshold(curves: dict) -> float:
    """The lowest threshold of ``GRID`` from which the pooled held-out-writer kept share stays at
    least ``TARGET_KEPT`` (at it and at every higher threshold that still places at least
    ``MIN_PLACEMENTS`` emoji); failing that, the threshold with the highest kept share among
    those with at least ``MIN_PLACEMENTS``."""
    live = [t for t in GRID if curves[t]["placements"] >= MIN_PLACEMENTS]
    for t in live:
        if all(curves[u]["kept_share"] >= TARGET_KEPT for u in live if u >= t):
            return t
    return max(live, key=lambda t: curves[t]["kept_share"], default=GRID[-1])


def main() -> int:
    rows = dev_rows()
    cache = Cache()
    cands = lowo_candidates(rows, cache)
    curves = curve(cands, rows)
    for t, c in curves.items():
        print(f"tau {t:.3f}: kept {c['kept_share']:.3f} coverage {c['coverage']:.3f} placements {c['placements']}  "
              + "  ".join(f"{f.replace('caption_emoji_', '').replace('.tsv', '')} {v['kept_share']:.3f}/"
                          f"{v['coverage']:.2f}" for f, v in c["by_writer"].items()), flush=True)
    tau = choose_threshold(curves)
    X, labels, groups, texts = examples(rows, cache)
    model = fit(X, labels, tau, texts=texts, files=[rows[g]["file"] for g in groups])
    model.save(MODEL)
    print(f"threshold {tau}; {len(labels)} clauses of {len(rows)} captions; {len(model.emoji)} emoji heads; "
          f"wrote {MODEL.relative_to(ROOT)}")
    path = ROOT / "models" / "captions" / "metrics.json"
    metrics = json.loads(path.read_text(encoding="utf-8"))
    metrics.setdefault("emoji_placement", {})["model_selection"] = {
        "how": f"leave-one-writer-out cross-validation (group = the source file, {len(DEV_FILES)} writers): "
               f"fitted on three files, placed on the fourth; threshold = lowest of the grid from which the "
               f"kept share pooled over the held-out writers stays >= {TARGET_KEPT} (at every higher "
               f"threshold placing >= {MIN_PLACEMENTS}), i.e. the highest coverage that keeps the goal "
               f"(training/caption_emoji_train.py)",
        "development_files": list(DEV_FILES), "captions": len(rows), "clauses": len(labels),
        "C": C, "mix": MIX, "emoji_heads": len(model.emoji), "palettes": len(model.palettes),
        "neighbours": {"k": KNN_K, "temperature": KNN_TEMPERATURE, "caption_weight": KNN_CAPTION_WEIGHT,
                       "weight_in_confidence": KNN_WEIGHT, "training_clauses": int(len(model.knn_x))},
        "question_emoji": model.question_emoji or None, "question_support": model.question_support,
        "threshold": tau, "note": SELECTION_NOTE, "tried_not_kept": list(TRIED_NOT_KEPT),
        "cv_by_threshold": {f"{t:.3f}": v for t, v in curves.items()}}
    path.write_text(json.dumps(metrics, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
