"""Held-out evaluation of the thumbnail model; writes models/thumbnail/metrics.json.

Nothing in the rules model is fitted, so every figure here is measured on data the model never
saw. No public thumbnail click-through data exists offline, so the figures say what can be
measured honestly:

1. ordering on real photos: a real photo must score above its own degraded copies (blur,
   darkening, desaturation, low contrast, and all together); pairwise accuracy;
2. improvement truth: on degraded real photos, each suggested edit is applied, saved as PNG and
   scored from scratch; share whose fresh score is higher (must be 1.0) and the mean gain;
3. faces: the frontal portrait (Grace Hopper) must give a face;
4. phone legibility: text of decreasing size; share read at 168×94 must fall;
5. channel model: synthetic channels whose CTR follows a known rule (contrast, saturation or
   face size, plus noise); Spearman of the time-ordered out-of-fold predictions (the channel
   model's own validation, core/personal.py: the 15 newest of 30 videos, in the export's row
   order), its permutation p-value, and Spearman on fresh thumbnails.

Every step is seeded (the synthetic images and CTRs, the permutation test's seed 0), so two runs
give the same figures.

Real photos come from installed packages: matplotlib's grace_hopper.jpg (public domain),
scikit-learn's china.jpg and flower.jpg (CC BY 2.0), ultralytics' zidane.jpg and bus.jpg
(AGPL-3.0 repository assets). Run: ``nice -n 10 .venv/bin/python training/thumbnail_eval.py``.
"""
from __future__ import annotations

import importlib.util
import json
import os
import sys
import tempfile
import time
from pathlib import Path

import cv2
import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("VIRALML_DATA_DIR", tempfile.mkdtemp(prefix="thumb-eval-data-"))
os.environ.setdefault("VIRALML_CONFIG_DIR", tempfile.mkdtemp(prefix="thumb-eval-cfg-"))

from viralml_desktop.core import engine, media
from viralml_desktop.core.thumbnails import score as thumbnail
from viralml_desktop.core.thumbnails import studio  # noqa: E402
from viralml_desktop.core.thumbnails import edits as thumbnail_edits
from viralml_desktop.core.thumbnails import channel as thumbnail_model  # noqa: E402
from viralml_desktop.core.thumbnails.features import ThumbnailFeatures  # noqa: E402


def _pkg(name: str) -> Path:
    return Path(importlib.util.find_spec(name).submodule_search_locations[0])


PHOTOS = {
    "grace_hopper": _pkg("matplotlib") / "mpl-data" / "sample_data" / "grace_hopper.jpg",
    "china": _pkg("sklearn") / "datasets" / "images" / "china.jpg",
    "flower": _pkg("sklearn") / "datasets" / "images" / "flower.jpg",
    "zidane": _pkg("ultralytics") / "assets" / "zidane.jpg",
    "bus": _pkg("ultralytics") / "assets" / "bus.jpg",
}


def blur(b, k):
    return cv2.GaussianBlur(b, (0, 0), 3 * k)


def darken(b, k):
    return (b * (1 - 0.55 * k)).astype(np.uint8)


def desaturate(b, k):
    hsv = cv2.cvtColor(b, cv2.COLOR_BGR2HSV)
    hsv[..., 1] = (hsv[..., 1] * (1 - 0.6 * k)).astype(np.uint8)
    return cv2.cvtColor(hsv, cv2.COLOR_HSV2BGR)


def flatten(b, k):
    f = b.astype(np.float32)
    return np.clip((f - f.mean()) * (1 - 0.5 * k) + f.mean(), 0, 255).astype(np.uint8)


def all_three(b, k):
    return desaturate(darken(blur(b, k), k), k)


DEGRADATIONS = {"blur": blur, "darken": darken, "desaturate": desaturate, "low_contrast": flatten,
                "blur_dark_desaturated": all_three}


def score(path: str, improve: bool = False) -> dict:
    return engine.run("score_thumbnail", {"thumbnail_path": path, "find_improvements": improve}, record=False)


def main() -> int:
    t0 = time.time()
    tmp = Path(tempfile.mkdtemp(prefix="thumb-eval-"))
    out: dict = {"model": thumbnail_model.RULES_VERSION, "licence": "rules: MIT (this project); "
                 "OCR: Apache-2.0 (RapidOCR / PP-OCR); faces: OpenCV Haar cascades (BSD-3-Clause / Intel)"}

    # 1. ordering on real photos
    pairs = wins = 0
    per_deg: dict[str, list[int]] = {k: [] for k in DEGRADATIONS}
    photos = {}
    for name, p in PHOTOS.items():
        img = media.load_image_bgr(p)
        photos[name] = img
        cv2.imwrite(str(tmp / f"{name}.png"), img)
        base = score(str(tmp / f"{name}.png"))["visual_appeal_score"]
        for dname, fn in DEGRADATIONS.items():
            for k in (0.5, 1.0):
                dp = tmp / f"{name}_{dname}_{k}.png"
                cv2.imwrite(str(dp), fn(img, k))
                s = score(str(dp))["visual_appeal_score"]
                pairs += 1
                wins += int(base > s)
                per_deg[dname].append(int(base > s))
        print(f"{name}: scored against {len(DEGRADATIONS) * 2} degraded copies", flush=True)
    out["real_photo_ordering"] = {
        "pairs": pairs, "pairwise_accuracy": round(wins / pairs, 4),
        "by_degradation": {k: round(float(np.mean(v)), 4) for k, v in per_deg.items()},
        "photos": list(PHOTOS)}

    # 2. improvement truth on degraded real photos
    applied = raised = 0
    gains = []
    for name, img in photos.items():
        bad = all_three(img, 1.0)
        bp = tmp / f"{name}_bad.png"
        cv2.imwrite(str(bp), bad)
        r = score(str(bp), improve=True)
        feats = ThumbnailFeatures.from_dict({k: v for k, v in r["analysis"].items()
                                             if k in ThumbnailFeatures.__dataclass_fields__})
        for e in r["improvement_edits"]:
            edited = thumbnail_edits.render(bad, feats, thumbnail_edits.edits_from([e["edit"]]))
            ep = tmp / f"{name}_edit_{e['edit']['kind']}.png"
            cv2.imwrite(str(ep), edited)
            thumbnail.clear_caches()
            fresh = score(str(ep))["visual_appeal_score"]
            applied += 1
            raised += int(fresh > r["visual_appeal_score"])
            gains.append(fresh - r["visual_appeal_score"])
        print(f"{name}: {len(r['improvement_edits'])} improvements checked", flush=True)
    out["improvement_truth"] = {"edits_checked": applied, "share_that_raise_the_fresh_score":
                                round(raised / applied, 4) if applied else None,
                                "mean_gain_points_0_10": round(float(np.mean(gains)), 3) if gains else None}

    # 3. faces on the frontal portrait
    gh = score(str(tmp / "grace_hopper.png"))["analysis"]["measures"]
    out["faces"] = {"frontal_portrait_face_found": bool(gh["face_count"] >= 1),
                    "frontal_portrait_face_share": round(gh["largest_face_share"], 4)}

    # 4. phone legibility falls with text size
    leg = {}
    for sc in (3.0, 2.0, 1.2, 0.8, 0.5):
        img = np.full((720, 1280, 3), (40, 30, 120), np.uint8)
        cv2.putText(img, "NUEVA VIDA 2025", (30, 400), cv2.FONT_HERSHEY_DUPLEX, sc, (255, 255, 255),
                    max(1, int(sc * 3)))
        p = tmp / f"text_{sc}.png"
        cv2.imwrite(str(p), img)
        leg[f"font_scale_{sc}"] = score(str(p))["analysis"]["phone_legibility"]
    out["phone_legibility_by_text_size"] = leg

    # 5. channel model recovers known CTR rules
    from scipy.stats import spearmanr

    rng = np.random.default_rng(7)
    face = cv2.resize(photos["grace_hopper"], (128, 150))
    rules = {}
    for rule in ("contrast", "saturation", "face_size"):
        d = tmp / f"channel_{rule}"
        d.mkdir()

        def make(level, seed):
            r = np.random.default_rng(seed)
            img = cv2.resize(r.integers(0, 255, (9, 16, 3), dtype=np.uint8), (480, 270), interpolation=cv2.INTER_CUBIC)
            if rule == "contrast":
                f = img.astype(np.float32)
                img = np.clip((f - f.mean()) * (0.25 + 1.5 * level) + 128, 0, 255).astype(np.uint8)
            elif rule == "saturation":
                hsv = cv2.cvtColor(img, cv2.COLOR_BGR2HSV)
                hsv[..., 1] = (hsv[..., 1] * (0.1 + 0.9 * level)).astype(np.uint8)
                img = cv2.cvtColor(hsv, cv2.COLOR_HSV2BGR)
            else:
                s = 0.6 + 1.2 * level
                fc = cv2.resize(face, None, fx=s, fy=s)
                h, w = fc.shape[:2]
                img[20:20 + h, 40:40 + w] = fc[: 270 - 20, : 480 - 40]
            return img

        levels = rng.uniform(0, 1, 30)
        lines = ["Content,Video title,Impressions,Impressions click-through rate (%)"]
        for i, lv in enumerate(levels):
            cv2.imwrite(str(d / f"v{i:03d}.png"), make(lv, 1000 + i))
            ctr = 2 + 6 * lv + rng.normal(0, 0.4)
            lines.append(f"v{i:03d},t{i},{int(rng.integers(2000, 50000))},{max(0.2, ctr):.2f}")
        (d / "export.csv").write_text("\n".join(lines))
        summary = studio.fit_channel(studio.ChannelArgs(str(d / "export.csv"), str(d)))
        fresh_levels = np.linspace(0.05, 0.95, 8)
        preds = []
        for j, lv in enumerate(fresh_levels):
            p = d / f"fresh{j}.png"
            cv2.imwrite(str(p), make(lv, 5000 + j))
            preds.append(score(str(p))["click_probability"])
        rules[rule] = {"n_videos": summary["n_videos"], "validation": summary["cv"],
                       "cv_spearman": summary["cv_spearman"], "cv_mae_ctr": summary["cv_mae_ctr"],
                       "p_value": summary["p_value"], "answers": summary["answers"],
                       "fresh_thumbnails_spearman": round(float(spearmanr(preds, fresh_levels).statistic), 4)}
        studio.forget_channel()
        print(f"channel rule {rule}: {rules[rule]}", flush=True)
    out["channel_model_known_rules"] = rules
    out["click_through_accuracy"] = {
        "rules_prior": None,
        "note": "no public thumbnail click-through data exists offline; the rules prior's CTR accuracy is "
                "unmeasured. A fitted channel model shows its own cross-validated Spearman in the app."}
    out["evaluated_at"] = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    out["seconds"] = round(time.time() - t0, 1)
    sys.path.insert(0, str(ROOT / "training"))
    import headlines  # the ML health row's headline (declared there), kept as the first key

    out = {"headline": headlines.headline("thumbnail", out), **out}
    dest = ROOT / "models" / "thumbnail" / "metrics.json"
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_text(json.dumps(out, indent=2) + "\n")
    print(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
