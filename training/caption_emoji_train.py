"""Train the emoji clause classifier (models/captions/emoji_clause_model.npz).

    nice -n 10 .venv/bin/python training/caption_emoji_train.py

What it learns: for each clause of a caption that may take an emoji
(``core.captions.emoji.eligible_clauses``), which of the editor's palettes it is about (SAD,
PARTY, LOVE, HYPE, GRATITUDE, IRONY, ... the 22 palettes of
``training/caption_emoji_heldout_build.py``) and, for the emoji that enough clauses keep, whether
an editor keeps that emoji at its end. Features: the clause's sentence vector beside the whole
caption's (the app's shared sentence encoder, USE multilingual v3, 512-d each). One L2
logistic regression per palette and per emoji (scikit-learn, C = ``C``). Beside them the model
keeps a neighbour table (every training clause's normalised features, float16, the emoji its
editor kept and its writer): the confidence of a placement is the mean of the classifier's and
the writers' consensus, the mean over the training writers of the weighted share of each
writer's ``KNN_K`` nearest clauses that keep that emoji (session 10: an emoji most writers keep
for such a clause, rather than one a single writer keeps often; pooled over writers the worst
held-out writer kept 0.83 at 0.38 coverage, with the consensus 0.88 at 0.22). At placement time
(``core.captions.emoji.candidates`` and ``select``) a caption gets ``MAX_PER_CAPTION`` emoji at
most, at its last clause that is not logistics unless an earlier one reaches ``MID_THRESHOLD``; a
palette's emoji ranked by P(kept) less ``GENERIC_PENALTY`` x log2(the palettes it is in) (specific
before generic, session 12); a logistics clause (a link, a date, a platform:
``core.captions.emoji.is_logistics``) only the emoji the labels support there across writers
(``LOGISTICS_RULE``, none in the seven files); a generic emoji (🔥 🎶 🙌 ✨ 🎤) only where the top
palette is the music or the hype (``GENERIC_HOME``); no flag; none where the caption already has an
emoji; a clause whose tone and the caption's disagree by ``TONE_MARGIN`` (possible sarcasm) none; a caption with an ironic marker takes an emoji only
where a clause reads as laughter or irony, and a question to the fans takes only the question
emoji that the editors' labels support (``question_emoji``: kept at the end of >= 90 % of the
questions of every writer with >= 2 of them, at least two such writers and 8 questions in all;
none in the seven files).

Labels come from the seven development sets (training/data/caption_emoji_dev.tsv,
caption_emoji_eval.tsv, caption_emoji_heldout.tsv, caption_emoji_heldout_s8.tsv,
caption_emoji_heldout_s9.tsv, caption_emoji_heldout_s10.tsv and caption_emoji_heldout_s12.tsv, all
written for this project, each by a different writer or session; the last four were blind sets
read once and are development now): a clause is about a
palette when every emoji of the palette is in the set the editor keeps at its end, and an
emoji's target is whether it is in that set ("-": none of them).

Selection is leave-one-WRITER-out cross-validation (group = the source file, seven groups): a
model fitted on six files places emoji with ``core.captions.emoji.candidates`` and ``select``
exactly as ``optimize_caption`` does on the fifth file's captions, judged as
``caption_emoji_eval.judge`` judges. The operating point is chosen on the WORST held-out writer,
not the pooled figure (session 9's threshold kept 0.923 pooled and 0.841 on the next writer):
among the thresholds of ``GRID`` with pooled coverage >= ``MIN_COVERAGE``, those keeping
>= ``TARGET_KEPT`` on every writer by the highest lowest bootstrap lower bound, else the highest
worst-writer kept share (:func:`choose_threshold`). :func:`nested_estimate` repeats the whole
choice without each writer and scores that writer at it: the honest figure for a new writer.
The shipped model is then fitted on all seven files. The curve (threshold -> kept share and
coverage, pooled and per writer with bootstrap intervals) is written to
models/captions/metrics.json (``emoji_placement.model_selection``).
"""
from __future__ import annotations

import dataclasses
import json
import os
import sys
import warnings
from pathlib import Path

# one BLAS thread: the ~300 small logistic fits run ~25x faster than with a thread pool on a busy 2-core VM
for _v in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_v, "1")

import numpy as np  # noqa: E402

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
             "caption_emoji_heldout_s8.tsv", "caption_emoji_heldout_s9.tsv", "caption_emoji_heldout_s10.tsv",
             "caption_emoji_heldout_s12.tsv")
MODEL = ROOT / "models" / "captions" / "emoji_clause_model.npz"
C = 1.0
MIX = 0.5  # confidence = MIX * P(top palette) + (1 - MIX) * P(emoji kept)
MIN_EMOJI_CLAUSES = 8  # an emoji gets its own head when at least this many clauses keep it
GRID = tuple(round(0.50 + 0.025 * i, 3) for i in range(17))  # 0.500, 0.525 ... 0.900
# on EVERY held-out writer; coverage pooled over them (session 12: 0.10, was 0.20: a new writer's editor keeping
# >= 0.9 of fewer emoji is worth more than more emoji at 0.78, and 10 % of captions is still useful)
TARGET_KEPT, MIN_COVERAGE = 0.92, 0.10
# at most MAX_PER_CAPTION emoji a caption; a clause before the caption's last needs MID_THRESHOLD;
# a clause whose tone and the caption's disagree beyond TONE_MARGIN (possible sarcasm) takes none
MAX_PER_CAPTION, MID_THRESHOLD, TONE_MARGIN = 1, 0.9, 0.3
# neighbours: P_knn(kept) from the KNN_K nearest training clauses (softmax of KNN_TEMPERATURE x cosine,
# caption half weighted KNN_CAPTION_WEIGHT); confidence = (1 - KNN_WEIGHT) x classifier + KNN_WEIGHT x P_knn
KNN_K, KNN_TEMPERATURE, KNN_CAPTION_WEIGHT, KNN_WEIGHT = 40, 20.0, 0.5, 0.5
QUESTION_SUPPORT, MIN_QUESTIONS, MIN_WRITER_QUESTIONS = 0.9, 8, 2
# specific before generic (session 12): a palette's emoji ranked by P(kept) - GENERIC_PENALTY x log2(palettes the
# emoji is in)
GENERIC_PENALTY = 0.02
# a generic emoji (core.captions.emoji.GENERIC_PALETTES) only where the top palette is one of these; () off
GENERIC_HOME = ("RELEASE", "WRITING", "LIVE", "MUSIC", "TRAP", "HYPE", "COLLAB", "PARTY")  # the music and the hype
# logistics clauses (links, dates, platforms: core.captions.emoji.is_logistics) take only the emoji the labels
# support on them across writers (the question rule's test, LOGISTICS_SUPPORT of each writer's logistics clauses)
LOGISTICS_RULE, LOGISTICS_SUPPORT = True, 0.9
SELECTION_NOTE = ("session 12: the logistics rule (no emoji on links, dates, platforms unless the labels support one "
                  "across writers; the caption's end is its last clause that is not logistics), the generic "
                  "penalty (0.02 chosen among 0, 0.02, 0.03, 0.04, 0.06 and 0.1) and the generic emoji's home "
                  "palettes (the music and the hype, with or without PARTY: with) were chosen looking at this same "
                  "seven-writer curve, whose seventh writer's misses (session 12's blind set) motivated them "
                  "(without them the worst writer, session 12's, kept 0.85 at 0.70), and the coverage floor was "
                  "lowered from 0.20 to 0.10; session 10: "
                  "the writers' consensus for the neighbours (mean over writers instead of pooled), one emoji a caption, "
                  "the stricter threshold before the caption's last clause, the flag and emoji-already-there "
                  "abstentions and the loss probability that keeps the hype emoji out were chosen looking at this "
                  "same five-writer curve (with the session-9 rules, pooled neighbours and up to 3 emoji, the worst "
                  "writer, session 9's, kept 0.841 at threshold 0.725), so the figures carry some selection "
                  "optimism; nested_new_writer_estimate scores each writer at a threshold chosen without it, and "
                  "a sixth writer's blind set (caption_emoji_eval.py --heldout) is the honest check")
TRIED_NOT_KEPT = (
    "session 12: the generic penalty without the home-palette rule (worst writer 0.94 at 0.70, pooled 0.970 at "
    "16 % coverage, 🙌 still on hometown lines; with the rule pooled 0.984 at 15 %, worst writer 0.93, on the "
    "experiment's cached tones)",
    "session 12: ranking a palette's emoji partly (0.5) or wholly by the least willing training writer's share "
    "among its nearest clauses (the emoji every writer keeps): worse on session 12's writer (0.87-0.88 at 0.70) "
    "than the generic penalty (0.94)",
    "session 12: a logistics emoji at a lower support (0.5 of each writer's logistics clauses): the same curve",
    "a caption-level loss model (logistic regression on the caption vector) gating the hype emoji: no change at "
    "these thresholds (the clause-level loss rule already keeps them out)",
    "a per-palette reliability factor from the other writers' placements: no better ranking",
    "ridge heads with Platt scaling fitted by leave-one-writer-out inside the training writers: worse ranking "
    "(0.83 kept at 0.74 coverage against 0.85 for the logistic heads)",
    "session 10: a stacked logistic calibrator (the confidence, the neighbours' mean, min and share of writers "
    "agreeing, P(no emoji), clause position, tones) fitted on leave-one-writer-out placements inside the training "
    "writers: no better ranking on the held-out writers (worst writer 0.86-0.90 at the same coverage)",
    "session 10: neighbours alone (no logistic heads), writers' mean or minimum: worst writer 0.83-0.85",
    "session 10: only the caption's last clause (no earlier clause at any confidence): the same as the 0.9 rule",
    "session 10: abstaining on implicit humour (P(LAUGH) + P(IRONY) >= 0.15-0.4 with a non-laughter emoji): at 0.70 "
    "the worst writer moved by one placement either way (0.889-0.917) at 1-3 points less coverage, session 7's "
    "writer lost; within noise, not kept",
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
    """The development captions of the seven files, each row tagged with its ``file`` (its writer)."""
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


def question_emoji(labels: list[set], texts: list[str], files: list[str], kind=None,
                   support: float = None) -> tuple[str, float]:
    """The emoji for a question to the fans, when the editors' labels support one: an emoji kept
    at the end of at least ``QUESTION_SUPPORT`` of the questions of EVERY writer (file) with at
    least ``MIN_WRITER_QUESTIONS`` of them, there are at least two such writers and at least
    ``MIN_QUESTIONS`` questions in all; otherwise ``("", best share)`` (abstain). (With two
    questions a writer a generic emoji such as ✨ passes by chance: in the leave-one-writer-out
    fold without session 8's writer it did, and missed all eight of that writer's questions.)

    ``kind`` (default ``core.captions.emoji.is_question``) says which clauses are counted and
    ``support`` (default ``QUESTION_SUPPORT``) the share needed: the same test gives the emoji of
    logistics clauses (``core.captions.emoji.is_logistics``, ``LOGISTICS_SUPPORT``).

    Returns
    -------
    (str, float)
        The emoji (or "") and its lowest per-writer share.
    """
    kind = kind or ce.is_question
    need = QUESTION_SUPPORT if support is None else support
    by_file: dict[str, list[int]] = {}
    for i, t in enumerate(texts):
        if kind(t):
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
    return (best, shares[best]) if shares[best] >= need else ("", shares[best])


def fit(X: np.ndarray, labels: list[set], threshold: float = 0.5, texts: list[str] = None,
        files: list[str] = None) -> ce.ClauseModel:
    """One logistic regression per palette and per frequent emoji on clause rows ``X``, the
    neighbour table (every training clause, the emoji kept at its end and its writer, for the
    writers' consensus) and the question emoji (:func:`question_emoji`, from ``texts`` and
    ``files``)."""
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
    lq, lsupport = ("", 0.0)
    if LOGISTICS_RULE and texts is not None:  # a question is a question first (candidates tries it first)
        lq, lsupport = question_emoji(labels, texts, files, lambda t: ce.is_logistics(t) and not ce.is_question(t),
                                      LOGISTICS_SUPPORT)
    group = None
    if files is not None:
        order = [f for f in DEV_FILES if f in set(files)] + sorted(set(files) - set(DEV_FILES))
        group = np.array([order.index(f) for f in files], np.int64)
    model = ce.ClauseModel(tuple(names), tuple(pal), tuple(emoji), pw, pb, ew, eb, float(threshold), MIX,
                           knn_emoji=tuple(kept), knn_k=KNN_K, knn_temperature=KNN_TEMPERATURE,
                           knn_caption_weight=KNN_CAPTION_WEIGHT, knn_weight=KNN_WEIGHT,
                           question_emoji=q, question_support=round(support, 4), knn_group=group,
                           max_per_caption=MAX_PER_CAPTION, mid_threshold=MID_THRESHOLD, tone_margin=TONE_MARGIN,
                           generic_penalty=GENERIC_PENALTY, generic_home=tuple(GENERIC_HOME), logistics_rule=LOGISTICS_RULE, logistics_emoji=lq,
                           logistics_support=round(lsupport, 4))
    knn_x = model.knn_features(X).astype(np.float16)
    knn_y = np.array([[e in s for e in kept] for s in labels], bool).reshape(len(labels), len(kept))
    return dataclasses.replace(model, knn_x=knn_x, knn_y=knn_y)


def place_judged(model: ce.ClauseModel, rows: list[dict], cache: Cache) -> list[list[dict]]:
    """Every candidate placement of ``model`` on ``rows`` (before the threshold), judged.

    Returns
    -------
    list of list of dict
        For ``rows[g]``: ``{"confidence", "final", "kept", "inside_name", "at_clause_end", "end",
        "emoji"}`` per candidate of ``core.captions.emoji.candidates`` (clause tones given as
        ``plan`` gives them).
    """
    out = []
    for row in rows:
        p = parse(row["caption"])
        names = _names(p)
        tone = cache.scores([p.body])[0]
        cls = ce.eligible_clauses(p.body, names)
        tones = cache.scores([c.text for c in cls]) if model.tone_margin and len(cls) > 1 else None
        out.append([{"confidence": c.confidence, "final": c.final, "end": c.end, "emoji": c.emoji,
                     **judge(p.body, c.end, c.emoji, row)}
                    for c in ce.candidates(p.body, names, model, tone, cache.embed, tones)])
    return out


def lowo_candidates(rows: list[dict], cache: Cache, files: tuple = DEV_FILES) -> list[list[dict]]:
    """Per caption, the judged candidate placements of a model fitted on the OTHER writers' files.

    Leave-one-writer-out over ``files`` (the writers present in ``rows``): for each, a model
    fitted on the clauses of the others places emoji on its captions
    (:func:`place_judged`); captions of files outside ``files`` get ``[]``.
    """
    X, labels, groups, texts = examples(rows, cache)
    out: list[list[dict]] = [[] for _ in rows]
    cfile = np.array([rows[g]["file"] for g in groups])
    for f in files:
        tr = np.isin(cfile, [x for x in files if x != f])
        idx = np.flatnonzero(tr)
        model = fit(X[tr], [labels[i] for i in idx], texts=[texts[i] for i in idx], files=list(cfile[idx]))
        mine = [g for g, r in enumerate(rows) if r["file"] == f]
        for g, judged in zip(mine, place_judged(model, [rows[g] for g in mine], cache)):
            out[g] = judged
    return out


def at_threshold(cands: list[list[dict]], tau: float, rows: list[dict] = None,
                 max_emoji: int = MAX_EMOJI, ci: bool = False) -> dict:
    """Kept share, coverage and counts of the placements ``core.captions.emoji.select`` keeps at
    threshold ``tau`` (the caption's last clause at ``tau``, an earlier one at ``MID_THRESHOLD``,
    the ``MAX_PER_CAPTION`` most confident); with ``ci`` the kept share's 95 % bootstrap interval
    over captions."""
    n = kept = inside = mid = covered = 0
    by_lang: dict[str, list[int]] = {}
    per_caption = []
    high = max(tau, MID_THRESHOLD)
    for g, cs in enumerate(cands):
        placed = sorted((c for c in cs if c["confidence"] >= (tau if c.get("final", True) else high)),
                        key=lambda c: -c["confidence"])[:min(max_emoji, MAX_PER_CAPTION)]
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
        out["kept_share_95ci"] = interval(per_caption) if n else [0.0, 0.0]
    if rows is not None:
        out["kept_share_by_language"] = {k: round(a / max(1, b), 4) for k, (a, b) in sorted(by_lang.items())}
    return out


def curve(cands: list[list[dict]], rows: list[dict], files: tuple = DEV_FILES) -> dict:
    """Threshold -> kept share, coverage and placements pooled over the held-out writers and per
    writer (file, with the kept share's 95 % bootstrap interval), for every threshold of ``GRID``."""
    out = {}
    idx = {f: [i for i, r in enumerate(rows) if r["file"] == f] for f in files}
    allidx = [i for f in files for i in idx[f]]
    for t in GRID:
        pooled = at_threshold([cands[i] for i in allidx], t)
        per = {}
        for f in files:
            x = at_threshold([cands[i] for i in idx[f]], t, ci=True)
            per[f] = {"kept_share": x["kept_share"], "kept_share_95ci": x["kept_share_95ci"],
                      "coverage": x["captions_with_an_emoji"], "placements": x["placements"]}
        out[t] = {"kept_share": pooled["kept_share"], "coverage": pooled["captions_with_an_emoji"],
                  "placements": pooled["placements"], "by_writer": per}
    return out


def choose_threshold(curves: dict) -> tuple[float, str]:
    """The operating point, chosen on the WORST held-out writer (a new writer is the case the app
    meets, and the pooled figure hides one writer's misses).

    Among the thresholds of ``GRID`` whose pooled coverage is at least ``MIN_COVERAGE``: those
    where every held-out writer keeps at least ``TARGET_KEPT``, the one with the highest lowest
    per-writer bootstrap lower bound; when none reaches it on every writer, the one with the
    highest worst-writer kept share (then the higher lowest lower bound, then the lower
    threshold).

    Returns
    -------
    (float, str)
        The threshold and which rule chose it.
    """
    live = [t for t in GRID if curves[t]["coverage"] >= MIN_COVERAGE] or list(GRID[:1])

    def worst(t):
        return min(v["kept_share"] for v in curves[t]["by_writer"].values() if v["placements"])

    def low(t):
        return min(v["kept_share_95ci"][0] for v in curves[t]["by_writer"].values() if v["placements"])

    every = [t for t in live if all(v["kept_share"] >= TARGET_KEPT and v["placements"]
                                    for v in curves[t]["by_writer"].values())]
    if every:
        return max(every, key=lambda t: (low(t), -t)), (
            f"every held-out writer >= {TARGET_KEPT} at coverage >= {MIN_COVERAGE}: highest lowest lower bound")
    return max(live, key=lambda t: (worst(t), low(t), -t)), (
        f"no threshold with coverage >= {MIN_COVERAGE} keeps {TARGET_KEPT} on every held-out writer: the highest "
        f"worst-writer kept share")


def nested_estimate(rows: list[dict], cache: Cache, outer: list[list[dict]]) -> dict:
    """The honest figure for a NEW writer of the whole procedure (fit + threshold choice): for each
    writer, the threshold is chosen by :func:`choose_threshold` on a leave-one-writer-out CV over
    the OTHER writers only, then applied to that writer's placements by the model fitted on the
    others (``outer``). Its spread says how much the chosen operating point owes to the writers
    it was chosen on."""
    out = {}
    for f in DEV_FILES:
        others = tuple(x for x in DEV_FILES if x != f)
        sub = [r for r in rows if r["file"] != f]
        inner = lowo_candidates(sub, cache, others)
        t, _ = choose_threshold(curve(inner, sub, others))
        idx = [i for i, r in enumerate(rows) if r["file"] == f]
        x = at_threshold([outer[i] for i in idx], t, [rows[i] for i in idx], ci=True)
        out[f] = {"threshold_chosen_without_it": t, "kept_share": x["kept_share"],
                  "kept_share_95ci": x["kept_share_95ci"], "coverage": x["captions_with_an_emoji"],
                  "placements": x["placements"]}
        print(f"nested {f}: threshold {t} kept {x['kept_share']} {x['kept_share_95ci']} coverage "
              f"{x['captions_with_an_emoji']}", flush=True)
    return out


def _short(f: str) -> str:
    return f.replace("caption_emoji_", "").replace(".tsv", "")


def main() -> int:
    rows = dev_rows()
    cache = Cache()
    cands = lowo_candidates(rows, cache)
    curves = curve(cands, rows)
    for t, c in curves.items():
        print(f"tau {t:.3f}: kept {c['kept_share']:.3f} coverage {c['coverage']:.3f} placements {c['placements']}  "
              + "  ".join(f"{_short(f)} {v['kept_share']:.3f}/{v['coverage']:.2f}[{v['kept_share_95ci'][0]:.2f}]"
                          for f, v in c["by_writer"].items()), flush=True)
    tau, why = choose_threshold(curves)
    print(f"threshold {tau}: {why}", flush=True)
    nested = nested_estimate(rows, cache, cands)
    X, labels, groups, texts = examples(rows, cache)
    model = fit(X, labels, tau, texts=texts, files=[rows[g]["file"] for g in groups])
    model.save(MODEL)
    print(f"threshold {tau}; {len(labels)} clauses of {len(rows)} captions; {len(model.emoji)} emoji heads; "
          f"wrote {MODEL.relative_to(ROOT)}")
    path = ROOT / "models" / "captions" / "metrics.json"
    metrics = json.loads(path.read_text(encoding="utf-8"))
    metrics.setdefault("emoji_placement", {})["model_selection"] = {
        "how": f"leave-one-writer-out cross-validation (group = the source file, {len(DEV_FILES)} writers): "
               f"fitted on {len(DEV_FILES) - 1} files, placed on the remaining one; the operating point is chosen "
               f"on the WORST held-out writer: among thresholds with pooled coverage >= {MIN_COVERAGE}, those "
               f"keeping >= {TARGET_KEPT} on every writer by the highest lowest bootstrap lower bound, else the "
               f"highest worst-writer kept share (training/caption_emoji_train.py choose_threshold)",
        "threshold_rule": why,
        "development_files": list(DEV_FILES), "captions": len(rows), "clauses": len(labels),
        "C": C, "mix": MIX, "emoji_heads": len(model.emoji), "palettes": len(model.palettes),
        "neighbours": {"k": KNN_K, "temperature": KNN_TEMPERATURE, "caption_weight": KNN_CAPTION_WEIGHT,
                       "weight_in_confidence": KNN_WEIGHT, "training_clauses": int(len(model.knn_x)),
                       "writers_consensus": "P_knn = mean over the training writers of each writer's share of "
                                            "its k nearest clauses keeping the emoji"},
        "max_per_caption": MAX_PER_CAPTION, "mid_threshold": MID_THRESHOLD, "tone_margin": TONE_MARGIN,
        "question_emoji": model.question_emoji or None, "question_support": model.question_support,
        "generic_penalty": GENERIC_PENALTY, "generic_home": list(GENERIC_HOME), "logistics_rule": LOGISTICS_RULE,
        "logistics_emoji": model.logistics_emoji or None, "logistics_support": model.logistics_support,
        "logistics_support_needed": LOGISTICS_SUPPORT,
        "threshold": tau, "note": SELECTION_NOTE, "tried_not_kept": list(TRIED_NOT_KEPT),
        "nested_new_writer_estimate": nested,
        "cv_by_threshold": {f"{t:.3f}": v for t, v in curves.items()}}
    path.write_text(json.dumps(metrics, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
