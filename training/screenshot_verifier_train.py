"""Fit and measure the second-stage tile verifier of the feed-screenshot analysis (issue 17, session 15).

    # 1. run the shipped detector and the app's tile filters on generated feeds, label each kept box
    nice -n 5 .venv/bin/python training/screenshot_verifier_train.py collect --cache /tmp/chrome17_cache
    # 2. choose the model by cross-validation by family on the fitting set, write the parameters
    .venv/bin/python training/screenshot_verifier_train.py fit --cache /tmp/chrome17_cache
    # 3. before/after figures on the held-out and fresh sets, into models/screenshot_yolo/metrics.json
    .venv/bin/python training/screenshot_verifier_train.py measure --cache /tmp/chrome17_cache --write

Sets (``collect``): ``fit`` (training families and no-feed screens with the chrome of
``training/screenshot_chrome.py``, themes light, dark, random palettes, deepblue, sepia, wine; the only
set fitted on); ``test_family`` (the held-out ``yt_mobile_feed``), ``test_theme`` (the held-out
``dim``), ``test_html`` (the HTML imitations): the same images as ``screenshot_data.build`` writes;
``chrome_test_family`` / ``chrome_test_theme``: chrome around the held-out family and theme;
``fresh``: training families in two palettes never fitted on (teal, plum) and the fitting ones, a chrome
kind never fitted on (a sponsored card), the held-out photographs, seeds never used.

A box is a real tile when its IoU with a true thumbnail is >= 0.5; a real tile is whole when that
thumbnail was drawn entirely on the screen.
"""
from __future__ import annotations

import argparse
import json
import os
import pickle
import random
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "training"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("YOLO_OFFLINE", "1")

IOU_REAL = 0.5
PARAMS_PY = ROOT / "viralml_desktop" / "core" / "thumbnails" / "_tile_verifier_params.py"
METRICS = ROOT / "models" / "screenshot_yolo" / "metrics.json"
EVAL_SETS = ("test_family", "test_theme", "test_html", "chrome_test_family", "chrome_test_theme", "fresh")


def _jpeg(bgr: np.ndarray) -> np.ndarray:
    import cv2

    ok, buf = cv2.imencode(".jpg", bgr, [cv2.IMWRITE_JPEG_QUALITY, 92])
    return cv2.imdecode(buf, cv2.IMREAD_COLOR)


def _specs(n_fit: int, n_chrome_test: int, n_fresh: int) -> dict:
    import screenshot_chrome as sc
    import screenshot_data as sd

    specs = {"fit": [("chrome", f, t, s) for f, t, s in sc.fit_set(n_fit)]}
    specs["test_family"] = [("plain", sd.HELD_OUT_FAMILY, sd.TRAIN_THEMES[i % 2], (1 << 32) + i) for i in range(40)]
    specs["test_theme"] = [("plain", sd.THEME_TEST_FAMILIES[i % len(sd.THEME_TEST_FAMILIES)], sd.HELD_OUT_THEME,
                            (1 << 33) + i) for i in range(40)]
    specs["test_html"] = [("html", "html", ("light", "dark", "dim")[i % 3], (1 << 34) + i) for i in range(24)]
    for k, v in sc.held_out_sets(n_chrome_test).items():
        specs[k] = [("chrome", f, t, s) for f, t, s in v]
    specs["fresh"] = [("fresh", f, t, s) for f, t, s in sc.fresh_set(n_fresh)]
    return specs


def _render(kind: str, family: str, theme: str, seed: int, train_assets, test_assets):
    """(bgr, true thumbnail boxes, whole flags or None)."""
    import screenshot_chrome as sc
    import screenshot_data as sd

    if kind == "html":
        img, boxes = sd.render_html(seed, test_assets, theme)
        whole = None
    elif kind == "plain":  # the same drawing as screenshot_data.render, with the intended rectangles kept
        rng = random.Random(seed)
        k = sd._SIZES.get(family, "either")
        if k == "either":
            k = rng.choice(["desktop", "phone"])
        w, h, s = sd._desktop_size(rng) if k == "desktop" else sd._phone_size(rng)
        sh = sc.ChromeShot(w, h, s, theme, rng, test_assets, rng.choice(["en", "es"]))
        getattr(sd, family)(sh)
        img, boxes = sh.finish()
        whole = [any(abs(b[1] - max(0, a[0])) < 1.5 and abs(b[2] - max(0, a[1])) < 1.5 and abs(b[3] - a[2]) < 1.5
                     and abs(b[4] - a[3]) < 1.5 for a in sh.intended) for b in boxes if b[0] == 0]
    else:
        assets = train_assets if kind == "chrome" and family != sd.HELD_OUT_FAMILY and theme != sd.HELD_OUT_THEME \
            else test_assets
        kinds = sc.FRESH_KINDS if kind == "fresh" else sc.FIT_KINDS
        img, boxes, meta = sc.render_chrome(family, theme, seed, assets, kinds)
        whole = meta["whole"]
    truth = [list(b[1:]) for b in boxes if b[0] == 0]
    return _jpeg(sc.to_bgr(img)), truth, whole


def _analyse_boxes(bgr: np.ndarray, confidence: float = 0.35) -> dict:
    """What core's _analyze does up to the ranking: the kept tiles, their partial flags, the text boxes."""
    from viralml_desktop.core.thumbnails import screenshot as ss
    from viralml_desktop.core.thumbnails import tile_verifier as tv

    H, W = bgr.shape[:2]
    t0 = time.process_time()
    dets, _ = ss.detect(bgr, min(confidence, ss.LOW_CONFIDENCE))
    dets = [d for d in dets if d.cls == "thumbnail" or d.confidence >= confidence]
    boxed = [d for d in dets if d.cls == "thumbnail"]
    tidied, _ = ss.feed_tiles([d.box for d in boxed], [d.confidence for d in boxed], W, H, bgr, confidence)
    tiles = ss._reading_order([ss.Detection("thumbnail", b, round(v, 4)) for b, v in zip(tidied.boxes, tidied.scores)])
    boxes = [list(d.box) for d in tiles]
    scores = [d.confidence for d in tiles]
    t1 = time.process_time()
    texts = [(d.cls, list(d.box), d.confidence) for d in dets if d.cls in ("title", "meta")]
    X = tv.features(bgr, boxes, scores, texts, page=ss.page_colour(bgr, boxes))
    t2 = time.process_time()
    return {"boxes": boxes, "scores": scores, "texts": texts, "X": X,
            "partial_rule": ss.partial_tiles(boxes, W, H) if boxes else [], "size": [W, H],
            "cpu_s_detect_filter": t1 - t0, "cpu_s_features": t2 - t1}


def collect(cache: Path, n_fit: int, n_chrome_test: int, n_fresh: int, only: list[str] | None) -> None:
    import screenshot_data as sd
    from PySide6.QtGui import QGuiApplication

    from viralml_desktop.core.thumbnails import screenshot as ss

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 (fonts need it)
    photos, faces = sd._load_photos()
    train_assets = sd.Assets(photos, faces[:80] + faces[100:])
    test_assets = sd.Assets(photos, faces, held_out=True)
    cache.mkdir(parents=True, exist_ok=True)
    for name, items in _specs(n_fit, n_chrome_test, n_fresh).items():
        if only and name not in only:
            continue
        rows = []
        t0 = time.time()
        for kind, fam, theme, seed in items:
            bgr, truth, whole = _render(kind, fam, theme, seed, train_assets, test_assets)
            r = _analyse_boxes(bgr)
            real, match = [], []
            for b in r["boxes"]:
                ious = [ss._iou(b, t) for t in truth]
                j = int(np.argmax(ious)) if ious else -1
                ok = j >= 0 and ious[j] >= IOU_REAL
                real.append(ok)
                match.append(j if ok else -1)
            r.update(kind=kind, family=fam, theme=theme, seed=seed, truth=truth, whole_truth=whole,
                     real=real, match=match)
            rows.append(r)
        with open(cache / f"{name}.pkl", "wb") as f:
            pickle.dump(rows, f)
        nb = sum(len(r["boxes"]) for r in rows)
        print(f"{name}: {len(rows)} images, {nb} boxes, {sum(sum(r['real']) for r in rows)} real, "
              f"{time.time() - t0:.0f} s", flush=True)


def _load(cache: Path, name: str) -> list:
    with open(cache / f"{name}.pkl", "rb") as f:
        return pickle.load(f)


def _fit_arrays(rows: list):
    from viralml_desktop.core.thumbnails import tile_verifier as tv

    X, y, g, Xw, yw, gw, rule = [], [], [], [], [], [], []
    for r in rows:
        for i in range(len(r["boxes"])):
            X.append(r["X"][i])
            y.append(int(r["real"][i]))
            g.append(r["family"])
            j = r["match"][i]
            if j >= 0 and r["whole_truth"] is not None:
                Xw.append(tv.whole_features(r["X"][i:i + 1], [r["partial_rule"][i]])[0])
                yw.append(int(not r["whole_truth"][j]))
                gw.append(r["family"])
                rule.append(int(r["partial_rule"][i]))
    return (np.array(X), np.array(y), np.array(g), np.array(Xw), np.array(yw), np.array(gw), np.array(rule))


def _candidates() -> dict:
    from sklearn.ensemble import GradientBoostingClassifier
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    c = {f"logistic_C{C}": (lambda C=C: make_pipeline(StandardScaler(), LogisticRegression(C=C, max_iter=2000)))
         for C in (0.1, 1.0, 10.0)}
    for n, d in ((100, 2), (150, 3), (300, 3)):
        c[f"gbt_{n}x{d}"] = (lambda n=n, d=d: GradientBoostingClassifier(n_estimators=n, max_depth=d, learning_rate=0.1,
                                                                          subsample=0.8, random_state=0))
    return c


def _oof(make, X, y, g) -> np.ndarray:
    from sklearn.model_selection import LeaveOneGroupOut

    p = np.zeros(len(y))
    for tr, te in LeaveOneGroupOut().split(X, y, g):
        if len(set(y[tr])) < 2:
            p[te] = y[tr].mean()
            continue
        m = make().fit(X[tr], y[tr])
        p[te] = m.predict_proba(X[te])[:, 1]
    return p


def _export(m) -> dict:
    """A fitted pipeline or GradientBoostingClassifier as plain numbers (tile_verifier.predict's form)."""
    from sklearn.ensemble import GradientBoostingClassifier

    if isinstance(m, GradientBoostingClassifier):
        trees = []
        for est in m.estimators_[:, 0]:
            t = est.tree_
            trees.append({"left": t.children_left.tolist(), "right": t.children_right.tolist(),
                          "feature": t.feature.tolist(), "threshold": [float(v) for v in t.threshold],
                          "value": [round(float(v), 9) for v in t.value[:, 0, 0]]})
        return {"kind": "gbt", "init": 0.0, "learning_rate": float(m.learning_rate), "trees": trees}
    sc, lr = m.steps[0][1], m.steps[-1][1]
    return {"kind": "logistic", "mean": sc.mean_.tolist(), "scale": sc.scale_.tolist(),
            "coef": lr.coef_[0].tolist(), "intercept": float(lr.intercept_[0])}


def _exported(m, X) -> dict:
    """Export ``m`` and check that the exported numbers give scikit-learn's probabilities."""
    from viralml_desktop.core.thumbnails import tile_verifier as tv

    e = _export(m)
    if e["kind"] == "gbt":  # the constant of the initial estimator: what the trees do not explain
        raw = m.decision_function(X[:1])[0]
        e["init"] = float(raw - e["learning_rate"] * sum(tv._tree_value(t, X[:1])[0] for t in e["trees"]))
    diff = float(np.abs(tv.predict(e, X) - m.predict_proba(X)[:, 1]).max())
    if diff > 1e-4:
        raise RuntimeError(f"exported model differs from scikit-learn's by {diff}")
    return e


RECALL_GOAL = 0.99  # out-of-fold share of the real tiles the verifier must keep on the fitting set


TIE = 0.01  # candidates this close to the best by cross-validation tie: the cheapest is taken (run-time cost)
_COST = {"logistic_C0.1": 0, "logistic_C1.0": 0, "logistic_C10.0": 0, "gbt_100x2": 1, "gbt_150x3": 2, "gbt_300x3": 3}


def _choose(scores: dict) -> str:
    """The cheapest candidate within ``TIE`` of the best score."""
    top = max(scores.values())
    return min((n for n, v in scores.items() if v >= top - TIE), key=lambda n: (_COST[n], -scores[n]))


def fit(cache: Path, notes: Path, reuse_cv: bool = False) -> None:
    """Cross-validate the candidates by family on the fitting set (or reuse the report of a previous run
    on the same cache with ``reuse_cv``), choose, refit on the whole set and write the parameters."""
    from sklearn.metrics import roc_auc_score

    X, y, g, Xw, yw, gw, rule = _fit_arrays(_load(cache, "fit"))
    print(f"fit set: {len(y)} boxes, {int(y.sum())} real, {int((1 - y).sum())} false; whole/partial: {len(yw)} "
          f"real tiles, {int(yw.sum())} partial", flush=True)
    acc_rule = float((rule == yw).mean())
    if reuse_cv:
        report = json.loads((notes / "fit_report.json").read_text())["cv"]["candidates"]
    else:
        report = {"tile": {}, "whole": {}}
        for name, make in _candidates().items():
            t0 = time.process_time()
            p = _oof(make, X, y, g)
            thr = float(np.quantile(p[y == 1], 1 - RECALL_GOAL))
            report["tile"][name] = {"auc": round(float(roc_auc_score(y, p)), 4),
                                    "threshold_at_recall_goal": round(thr, 4),
                                    "false_removed_at_recall_goal": round(float((p[y == 0] < thr).mean()), 4),
                                    "cpu_s": round(time.process_time() - t0, 1)}
            print("tile", name, report["tile"][name], flush=True)
        for wname, make in _candidates().items():
            p = _oof(make, Xw, yw, gw)
            report["whole"][wname] = {"accuracy": round(float(((p >= 0.5) == yw).mean()), 4),
                                      "auc": round(float(roc_auc_score(yw, p)), 4)}
            print("whole", wname, report["whole"][wname], flush=True)
        report["whole"]["rule_partial_tiles"] = {"accuracy": round(acc_rule, 4)}
    name = _choose({k: v["false_removed_at_recall_goal"] for k, v in report["tile"].items()})
    thr = report["tile"][name]["threshold_at_recall_goal"]
    tile_model = _candidates()[name]().fit(X, y)
    params = {"tile": _exported(tile_model, X), "tile_model": name, "tile_threshold": thr}
    wname = _choose({k: v["accuracy"] for k, v in report["whole"].items() if k in _COST})
    if report["whole"][wname]["accuracy"] > acc_rule:
        wm = _candidates()[wname]().fit(Xw, yw)
        params.update(whole=_exported(wm, Xw), whole_model=wname, whole_threshold=0.5)
    else:
        params.update(whole=None, whole_model="rule (partial_tiles): no model beat it by cross-validation")
    from viralml_desktop.core.thumbnails import tile_verifier as tv

    params["features"] = list(tv.FEATURES)
    params["cv"] = {"scheme": "leave one layout family out (11 groups: 10 training families and no-feed screens)",
                    "recall_goal": RECALL_GOAL,
                    "threshold": "the out-of-fold probability the real tiles are over in RECALL_GOAL of cases",
                    "choice": f"the most false boxes removed at the recall goal (tile) / best accuracy (whole); "
                              f"candidates within {TIE} of the best tie and the cheapest to run is taken",
                    "n_boxes": int(len(y)), "n_real": int(y.sum()), "n_whole_partial": int(len(yw)),
                    "candidates": report}
    PARAMS_PY.write_text(
        '"""The tile verifier\'s fitted numbers: written by training/screenshot_verifier_train.py fit (do not edit)."""\n'
        f"PARAMS = {json.dumps(params)}\n", encoding="utf-8")
    (notes / "fit_report.json").write_text(json.dumps({k: v for k, v in params.items() if k not in ("tile", "whole")},
                                                      indent=1))
    print("chose", name, "threshold", thr, "; whole:", params["whole_model"], flush=True)


def rank_scores(cache: Path) -> None:
    """Click probability of every kept box of the evaluation images that hold a false box (to count the
    false boxes ranked above a real tile): the crops are drawn again (the same seeds draw the same images)."""
    import screenshot_data as sd
    from PySide6.QtGui import QGuiApplication

    from viralml_desktop.core.thumbnails import screenshot as ss

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841
    photos, faces = sd._load_photos()
    train_assets = sd.Assets(photos, faces[:80] + faces[100:])
    test_assets = sd.Assets(photos, faces, held_out=True)
    for name in EVAL_SETS:
        rows = _load(cache, name)
        out = {}
        t0 = time.time()
        for k, r in enumerate(rows):
            if all(r["real"]) or not any(r["real"]):
                continue
            bgr, _, _ = _render(r["kind"], r["family"], r["theme"], r["seed"], train_assets, test_assets)
            sc = []
            for x0, y0, x1, y1 in r["boxes"]:
                s, _ = ss.score_crop(bgr[y0:y1, x0:x1], None)
                sc.append((float(s["click_probability"]), float(s["visual_appeal_score"])))
            out[k] = sc
        with open(cache / f"{name}_rank.pkl", "wb") as f:
            pickle.dump(out, f)
        print(name, len(out), "images scored", f"{time.time() - t0:.0f} s", flush=True)


def _ranked_above(r: dict, scores: list, keep: list, partial: list) -> tuple[int, int]:
    """(false boxes ranked above a real whole tile, 1 if the best-ranked box is false) among ``keep``."""
    from viralml_desktop.core.thumbnails import screenshot as ss

    tiles = [{"click_probability": scores[i][0], "visual_appeal_score": scores[i][1], "partial": partial[i],
              "confidence": r["scores"][i], "i": i} for i in range(len(keep)) if keep[i]]
    if not tiles:
        return 0, 0
    ss.rank_tiles(tiles, 0.35)
    wt = r["whole_truth"]
    real_whole = [t["rank"] for t in tiles if r["real"][t["i"]]
                  and (wt is None or wt[r["match"][t["i"]]])]
    worst = max(real_whole) if real_whole else None
    above = sum(1 for t in tiles if not r["real"][t["i"]] and worst is not None and t["rank"] < worst)
    best = min(tiles, key=lambda t: t["rank"])
    return above, int(not r["real"][best["i"]])


def measure(cache: Path, write: bool, notes: Path) -> dict:
    from viralml_desktop.core.thumbnails import tile_verifier as tv

    P = tv.load()
    res = {}
    for name in ("fit",) + EVAL_SETS:
        rows = _load(cache, name)
        rank = {} if name == "fit" or not (cache / f"{name}_rank.pkl").exists() else _load(cache, f"{name}_rank")
        agg = {"before": dict(false=0, above=0, best_false=0, kept_real=0, whole_ok=0, whole_n=0),
               "after": dict(false=0, above=0, best_false=0, kept_real=0, whole_ok=0, whole_n=0)}
        n_truth = sum(len(r["truth"]) for r in rows)
        cpu = []
        for k, r in enumerate(rows):
            n = len(r["boxes"])
            t0 = time.process_time()
            keep_after = tv.keep(P, r["X"]) if n else []
            if n and P and P.get("whole"):
                part_after = tv.partial(P, r["X"], r["partial_rule"])
            else:  # as screenshot.verify_tiles: the rule on the kept tiles
                from viralml_desktop.core.thumbnails import screenshot as ss

                idx = [i for i in range(n) if keep_after[i]]
                pk = ss.partial_tiles([r["boxes"][i] for i in idx], *r["size"]) if idx else []
                part_after = [False] * n
                for i, v in zip(idx, pk):
                    part_after[i] = v
            cpu.append(time.process_time() - t0 + r["cpu_s_features"])
            for tag, keep, part in (("before", [True] * n, r["partial_rule"]), ("after", keep_after, part_after)):
                a = agg[tag]
                a["false"] += sum(1 for i in range(n) if keep[i] and not r["real"][i])
                a["kept_real"] += sum(1 for i in range(n) if keep[i] and r["real"][i])
                if r["whole_truth"] is not None:
                    for i in range(n):
                        if keep[i] and r["real"][i]:
                            a["whole_n"] += 1
                            a["whole_ok"] += int(bool(part[i]) == (not r["whole_truth"][r["match"][i]]))
                if k in rank:
                    ab, bf = _ranked_above(r, rank[k], keep, part)
                    a["above"] += ab
                    a["best_false"] += bf
        out = {"n_images": len(rows), "n_true_tiles": n_truth}
        for tag, a in agg.items():
            out[tag] = {"false_boxes": a["false"], "false_boxes_per_image": round(a["false"] / len(rows), 3),
                        "real_tiles_kept": a["kept_real"],
                        "real_tile_recall": round(a["kept_real"] / max(1, n_truth), 4)}
            if name != "fit":
                out[tag].update(false_ranked_above_a_real_whole_tile=a["above"],
                                images_with_a_false_box_ranked_first=a["best_false"])
            if a["whole_n"]:
                out[tag]["whole_partial_accuracy"] = round(a["whole_ok"] / a["whole_n"], 4)
                out[tag]["whole_partial_wrong"] = a["whole_n"] - a["whole_ok"]
        out["verifier_cpu_ms_per_image_median"] = round(1000 * float(np.median(cpu)), 1)
        res[name] = out
        print(name, json.dumps(out), flush=True)
    (notes / "measure.json").write_text(json.dumps(res, indent=1))
    if write:
        fitted = {k: v for k, v in P.items() if k not in ("tile", "whole", "features")}
        section = {
            "what": "a second-stage check of feed_tiles' boxes (core/thumbnails/tile_verifier.py, wired in "
                    "screenshot.verify_tiles): a box it rejects is dropped before scoring; its whole/partial model "
                    "(when one beat the rule by cross-validation) sets tiles[].partial",
            "script": "training/screenshot_verifier_train.py (collect, fit, rank, measure --write); data: "
                      "training/screenshot_chrome.py",
            "detector_and_filters": "the shipped weights at confidence 0.35 and feed_tiles as in _analyze; "
                                    "a box is real at IoU >= 0.5 with a true thumbnail",
            "fitted": fitted,
            "sets": {
                "fit": "the only set fitted on: training families + no-feed screens with sidebar cards (trends "
                       "with pictures, who to follow, promo), profile headers, top bars, chip rows, stories rows; "
                       "light, dark, random palettes, deepblue, sepia, wine",
                "test_family": "held out: yt_mobile_feed, light/dark (the images of screenshot_data.build)",
                "test_theme": "held out: the dim theme, first seven training families (same images as build)",
                "test_html": "held out: the QTextDocument HTML imitations (same images as build); whole/partial "
                             "truth not known there",
                "chrome_test_family": "held out: yt_mobile_feed with the chrome around it",
                "chrome_test_theme": "held out: the dim theme with the chrome around it",
                "fresh": "new seeds, held-out photographs, two palettes never fitted on (teal, plum) besides "
                         "fitting ones, and a chrome kind never fitted on (a sponsored card in the sidebar)",
            },
            "before": "feed_tiles only (the code before this verifier); partial = partial_tiles",
            "after": "feed_tiles + the verifier",
            "per_set": res,
        }
        m = json.loads(METRICS.read_text())
        m["tile_verifier"] = section
        METRICS.write_text(json.dumps(m, indent=1, ensure_ascii=False) + "\n")
        print("wrote", METRICS, flush=True)
    return res


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("collect")
    c.add_argument("--cache", type=Path, default=Path("/tmp/chrome17_cache"))
    c.add_argument("--n-fit", type=int, default=440)
    c.add_argument("--n-chrome-test", type=int, default=30)
    c.add_argument("--n-fresh", type=int, default=60)
    c.add_argument("--only", nargs="*")
    for cmd in ("fit", "rank", "measure"):
        c = sub.add_parser(cmd)
        c.add_argument("--cache", type=Path, default=Path("/tmp/chrome17_cache"))
        c.add_argument("--notes", type=Path, default=Path("/tmp/chrome17_cache"))
        c.add_argument("--write", action="store_true")
        c.add_argument("--reuse-cv", action="store_true", help="fit: take the candidates' scores from --notes")
    a = ap.parse_args()
    if a.cmd == "collect":
        collect(a.cache, a.n_fit, a.n_chrome_test, a.n_fresh, a.only)
    elif a.cmd == "fit":
        fit(a.cache, a.notes, a.reuse_cv)
    elif a.cmd == "rank":
        rank_scores(a.cache)
    else:
        measure(a.cache, a.write, a.notes)


if __name__ == "__main__":
    main()
