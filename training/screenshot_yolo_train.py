"""Train and evaluate the feed-screenshot detector (models/screenshot_yolo).

YOLOv8n built from ultralytics' ``yolov8n.yaml`` (random initial weights, nothing downloaded),
trained on the screenshots of :mod:`screenshot_data` (generated into ``--data``, default
/tmp/vml_shots, kept out of git), then measured on the held-out sets next to an OpenCV baseline
(rectangles found by edges and contours) with the same mAP code:

- ``val``: the training families and themes, unseen seeds (in distribution), per family;
- ``test_family``: the whole ``yt_mobile_feed`` family, never in training;
- ``test_theme``: the ``dim`` theme, never in training, per family;
- ``test_html``: hand-written HTML imitations laid out by QTextDocument.

mAP50 and mAP50-95 are COCO-style (101-point interpolated precision, greedy matching by score,
IoU thresholds 0.50:0.05:0.95), per class. Writes ``models/screenshot_yolo/metrics.json`` and the
weights ``models/screenshot_yolo/screenshot_yolov8n.pt``; then run
``python training/model_table_digests.py --write``.

Usage (the three stages of the shipped weights, in sequence; see the model card)::

    # stages 1-2: the seven first families (360 train images), random init, then continued
    nice -n 10 python training/screenshot_yolo_train.py --families v1 --regenerate --batch 8 --hours 0.75 --epochs 32
    cp models/screenshot_yolo/screenshot_yolov8n.pt /tmp/stage1/screenshot_yolov8n.pt
    nice -n 10 python training/screenshot_yolo_train.py --families v1 --batch 8 --hours 0.3 --epochs 12 \
        --init /tmp/stage1/screenshot_yolov8n.pt
    # stage 3: every training family (45 train images each, the full-width feeds included)
    nice -n 5 python training/screenshot_yolo_train.py --families all --regenerate --batch 8 --hours H --epochs 40 \
        --init models/screenshot_yolo/screenshot_yolov8n.pt
    python training/screenshot_yolo_train.py --eval-only      # re-measure the shipped weights
    # stage 4 (session 10, not shipped: see the model card): half the train images in random theme
    # palettes (screenshot_data.random_palette), val and the test sets unchanged, val_random added
    python training/screenshot_yolo_train.py --eval-only --snapshot before_stage4
    nice -n 5 python training/screenshot_yolo_train.py --families all --regenerate-train --random-themes 0.5 \
        --batch 8 --hours 1.3 --epochs 40 --init models/screenshot_yolo/screenshot_yolov8n.pt --snapshot after_stage4
    # stage 5 (session 11): a quarter of the train images in random palettes, the backbone frozen, AdamW
    # lr0 0.0007, written apart (--candidate-dir) and shipped only by the rule in metrics.json's stage_5_plan
    python training/screenshot_yolo_train.py --eval-only --snapshot before_stage5
    nice -n 5 python training/screenshot_yolo_train.py --families all --regenerate-train --random-themes 0.25 \
        --batch 8 --hours 1.33 --epochs 40 --init models/screenshot_yolo/screenshot_yolov8n.pt --freeze 10 \
        --lr0 0.0007 --name run5 --candidate-dir /tmp/vml_yolo_runs/run5_candidate --snapshot after_stage5

Besides mAP, ``evaluate`` gives the thumbnail precision, recall and false boxes per image at the
app's operating confidence (ScreenshotRequest's default), raw and after core's ``plausible_tiles``;
``--snapshot NAME`` keeps a compact copy of those under ``snapshots`` across reruns.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sys
import time
from pathlib import Path

import numpy as np

os.environ.setdefault("YOLO_OFFLINE", "1")
os.environ.setdefault("YOLO_AUTOINSTALL", "false")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "training"))

import screenshot_data as sd  # noqa: E402

OUT = ROOT / "models" / "screenshot_yolo"
WEIGHTS = OUT / "screenshot_yolov8n.pt"
# images per training family (negatives count as one family): v1 is stages 1-2's data set
PER_FAMILY = {"v1": (45, 6), "all": (45, 6)}
IOUS = np.arange(0.5, 0.96, 0.05)
# metrics.json keys a rerun keeps (hand-written records of earlier weights, stages and decisions)
KEPT_KEYS = ("stage_2_weights_on_the_same_sets", "not_shipped", "stage_5_plan", "tile_filter_session_11",
             "tile_filter_session_12", "tile_verifier", "blind_feeds_s15", "feed_reading_s16", "blind_feeds_s16")
N_VAL_RANDOM = 22  # val_random: two images per training family in random palettes (stage 4's check)


# -- evaluation ---------------------------------------------------------------------------------

def read_labels(split_dir: Path) -> dict[str, np.ndarray]:
    """stem -> (N, 5) float array ``class, x0, y0, x1, y1`` in pixels."""
    import cv2

    out = {}
    for img in sorted((split_dir / "images").glob("*.jpg")):
        h, w = cv2.imread(str(img), cv2.IMREAD_REDUCED_GRAYSCALE_2).shape[:2]
        h, w = h * 2, w * 2
        rows = []
        for line in (split_dir / "labels" / f"{img.stem}.txt").read_text().splitlines():
            c, cx, cy, bw, bh = map(float, line.split())
            rows.append([c, (cx - bw / 2) * w, (cy - bh / 2) * h, (cx + bw / 2) * w, (cy + bh / 2) * h])
        out[img.stem] = np.array(rows, float).reshape(-1, 5)
    return out


def _iou(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """IoU matrix of (N, 4) and (M, 4) boxes x0 y0 x1 y1."""
    ix0 = np.maximum(a[:, None, 0], b[None, :, 0])
    iy0 = np.maximum(a[:, None, 1], b[None, :, 1])
    ix1 = np.minimum(a[:, None, 2], b[None, :, 2])
    iy1 = np.minimum(a[:, None, 3], b[None, :, 3])
    inter = np.clip(ix1 - ix0, 0, None) * np.clip(iy1 - iy0, 0, None)
    area = lambda x: (x[:, 2] - x[:, 0]) * (x[:, 3] - x[:, 1])  # noqa: E731
    return inter / (area(a)[:, None] + area(b)[None, :] - inter + 1e-9)


def average_precision(gts: dict, preds: dict, cls: int, thr: float) -> float | None:
    """COCO 101-point AP of class ``cls`` at IoU ``thr``; None when no ground truth of it."""
    n_gt = sum(int((g[:, 0] == cls).sum()) for g in gts.values())
    if n_gt == 0:
        return None
    scored = []
    for stem, p in preds.items():
        for row in p[p[:, 0] == cls]:
            scored.append((row[5], stem, row[1:5]))
    scored.sort(key=lambda t: -t[0])
    used = {stem: np.zeros(int((g[:, 0] == cls).sum()), bool) for stem, g in gts.items()}
    gt_boxes = {stem: g[g[:, 0] == cls, 1:5] for stem, g in gts.items()}
    tp = np.zeros(len(scored))
    for i, (_, stem, box) in enumerate(scored):
        g = gt_boxes.get(stem)
        if g is None or len(g) == 0:
            continue
        ious = _iou(box[None], g)[0]
        ious[used[stem]] = -1
        j = int(np.argmax(ious))
        if ious[j] >= thr:
            used[stem][j] = True
            tp[i] = 1
    if len(scored) == 0:
        return 0.0
    ctp = np.cumsum(tp)
    recall = ctp / n_gt
    precision = ctp / np.arange(1, len(scored) + 1)
    precision = np.maximum.accumulate(precision[::-1])[::-1]
    ap = 0.0
    for r in np.linspace(0, 1, 101):
        k = np.searchsorted(recall, r, side="left")
        ap += precision[k] if k < len(precision) else 0.0
    return ap / 101


def map_table(gts: dict, preds: dict, classes=range(len(sd.CLASSES))) -> dict:
    """{class: {mAP50, mAP50_95, n_boxes}} over the images of ``gts``."""
    out = {}
    for c in classes:
        aps = [average_precision(gts, preds, c, t) for t in IOUS]
        if aps[0] is None:
            continue
        out[sd.CLASSES[c]] = {"mAP50": round(aps[0], 4), "mAP50_95": round(float(np.mean(aps)), 4),
                              "n_boxes": int(sum((g[:, 0] == c).sum() for g in gts.values()))}
    return out


def yolo_predict(model, split_dir: Path, imgsz: int) -> tuple[dict, list[float]]:
    """stem -> (K, 6) ``class x0 y0 x1 y1 conf``; and the per-image inference times (ms)."""
    preds, ms = {}, []
    for img in sorted((split_dir / "images").glob("*.jpg")):
        r = model.predict(str(img), imgsz=imgsz, conf=0.001, iou=0.6, max_det=300, verbose=False)[0]
        ms.append(sum(r.speed.values()))
        b = r.boxes
        preds[img.stem] = np.column_stack([b.cls.numpy(), b.xyxy.numpy(), b.conf.numpy()]).reshape(-1, 6)
    return preds, ms


def baseline_boxes(bgr: np.ndarray) -> np.ndarray:
    """The OpenCV baseline: tiles as large, nearly rectangular contours of the edge map.

    Edges (Canny on a blurred grey image, dilated to close gaps) → external and nested contours →
    kept when the contour fills ≥ 85 % of its bounding box, the box is ≥ 0.4 % of the screen, and
    its aspect is between 0.4 and 2.4. Score = fill × sqrt(area share). Returns (K, 6) rows
    ``class(0) x0 y0 x1 y1 score``; it finds thumbnails only (no title or meta).
    """
    import cv2

    h, w = bgr.shape[:2]
    grey = cv2.cvtColor(bgr, cv2.COLOR_BGR2GRAY)
    grey = cv2.GaussianBlur(grey, (3, 3), 0)
    edges = cv2.Canny(grey, 30, 90)
    edges = cv2.dilate(edges, np.ones((3, 3), np.uint8))
    contours, _ = cv2.findContours(edges, cv2.RETR_LIST, cv2.CHAIN_APPROX_SIMPLE)
    rows = []
    for cnt in contours:
        x, y, bw, bh = cv2.boundingRect(cnt)
        area = bw * bh
        if area < 0.004 * w * h or area > 0.9 * w * h or not 0.4 <= bw / max(bh, 1) <= 2.4:
            continue
        fill = cv2.contourArea(cv2.convexHull(cnt)) / area
        if fill < 0.85:
            continue
        rows.append([0, x, y, x + bw, y + bh, fill * np.sqrt(area / (w * h))])
    rows = np.array(rows, float).reshape(-1, 6)
    if len(rows):  # non-maximum suppression of near-duplicates (inner/outer edge of one tile)
        keep = cv2.dnn.NMSBoxes(rows[:, 1:5].tolist(), rows[:, 5].tolist(), 0.0, 0.5)
        rows = rows[np.array(keep, int).reshape(-1)]
    return rows


def baseline_predict(split_dir: Path) -> tuple[dict, list[float]]:
    import cv2

    preds, ms = {}, []
    for img in sorted((split_dir / "images").glob("*.jpg")):
        bgr = cv2.imread(str(img))
        t = time.perf_counter()
        preds[img.stem] = baseline_boxes(bgr)
        ms.append((time.perf_counter() - t) * 1000)
    return preds, ms


def operating_confidence() -> float:
    """The app's detector threshold: the default ``confidence`` of core's ScreenshotRequest (what
    ``analyze_screenshot`` passes to :func:`viralml_desktop.core.thumbnails.screenshot.detect`)."""
    from viralml_desktop.core.schemas.screenshot import ScreenshotRequest

    return float(ScreenshotRequest.model_fields["confidence"].default)


def tile_filter():
    """Core's choice of the tiles it ranks: ``feed_tiles`` (the chrome filter, then boxes mended, joined or
    dropped, and weak boxes kept on the grid: new boxes from the detector's), else the older
    ``plausible_tiles`` (a keep flag per box), or None when core has neither."""
    from viralml_desktop.core.thumbnails import screenshot

    return getattr(screenshot, "feed_tiles", None) or getattr(screenshot, "plausible_tiles", None)


def tile_filter_name(filt) -> str | None:
    return f"viralml_desktop.core.thumbnails.screenshot.{filt.__name__}" if filt else None


def operating_point(gts: dict, preds: dict, cls: int = 0, iou: float = 0.5) -> dict:
    """Precision, recall and false boxes per image of the boxes of class ``cls`` kept (all of them):
    greedy matching by score, a box is a true positive when it overlaps a not yet matched ground
    truth box of the class by IoU >= ``iou``.

    Parameters
    ----------
    gts : dict
        stem -> (N, 5) ``class x0 y0 x1 y1`` (pixels).
    preds : dict
        stem -> (K, 6) ``class x0 y0 x1 y1 score``, already cut at the operating threshold.

    Returns
    -------
    dict
        ``precision``, ``recall`` (None without boxes / ground truth), ``false_boxes_per_image``,
        ``tp``, ``fp``, ``fn``, ``n_images``.
    """
    tp = fp = n_gt = 0
    for stem, g in gts.items():
        gb = g[g[:, 0] == cls, 1:5]
        n_gt += len(gb)
        p = preds.get(stem, np.zeros((0, 6)))
        p = p[p[:, 0] == cls]
        p = p[np.argsort(-p[:, 5])]
        used = np.zeros(len(gb), bool)
        for row in p:
            if len(gb):
                ious = _iou(row[None, 1:5], gb)[0]
                ious[used] = -1
                j = int(np.argmax(ious))
                if ious[j] >= iou:
                    used[j] = True
                    tp += 1
                    continue
            fp += 1
    n = max(len(gts), 1)
    return {"precision": round(tp / (tp + fp), 4) if tp + fp else None,
            "recall": round(tp / n_gt, 4) if n_gt else None,
            "false_boxes_per_image": round(fp / n, 3), "tp": tp, "fp": fp, "fn": n_gt - tp, "n_images": len(gts)}


def _at_operating(preds: dict, conf: float, filt=None, images: Path | None = None) -> dict:
    """The thumbnail boxes the app keeps: score >= ``conf``, then core's tile filter when given, called
    as ``filt(boxes, scores, W, H, bgr) -> list[bool]`` on the boxes and the screenshot
    (``images/<stem>.jpg`` under ``images``); with core's ``feed_tiles``, the boxes from its
    ``LOW_CONFIDENCE`` up and the tiles it returns (boxes cut or joined, weak ones kept on the grid)."""
    import cv2

    out = {}
    feed = filt is not None and filt.__name__ == "feed_tiles"
    for stem, p in preds.items():
        low = min(conf, screenshot_low_confidence()) if feed else conf
        p = p[(p[:, 0] == 0) & (p[:, 5] >= low)]
        if filt is not None and len(p):
            bgr = cv2.imread(str(images / f"{stem}.jpg"))
            H, W = bgr.shape[:2]
            boxes, scores = [[int(round(v)) for v in r[1:5]] for r in p], [float(r[5]) for r in p]
            if feed:  # core's whole choice: boxes of its own (cut, joined), weak ones kept on the grid
                t, _ = filt(boxes, scores, W, H, bgr, conf)
                p = np.array([[0, *b, v] for b, v in zip(t.boxes, t.scores)], float).reshape(-1, 6)
            else:
                p = p[np.array(filt(boxes, scores, W, H, bgr), bool)]
        out[stem] = p
    return out


def screenshot_low_confidence() -> float:
    """The lowest detector confidence core's ``feed_tiles`` reads (weak boxes kept only on the grid)."""
    from viralml_desktop.core.thumbnails import screenshot

    return float(getattr(screenshot, "LOW_CONFIDENCE", 1.0))


def evaluate(model, data: Path, imgsz: int, splits=("val", "val_random", "test_family", "test_theme", "test_html")) -> dict:
    """Detector and baseline mAP per split, per class and per family; and at the app's operating
    threshold the thumbnail precision, recall and false boxes per image (IoU >= 0.5), per split, per
    family and per theme (raw, and after core's tile filter when core has one)."""
    conf = operating_confidence()
    filt = tile_filter()
    out = {"detector": {}, "baseline_opencv_rectangles": {}, "speed_ms_per_image": {},
           "operating_point": {"confidence": conf, "confidence_source":
                               "viralml_desktop.core.schemas.screenshot.ScreenshotRequest.confidence (default)",
                               "class": "thumbnail", "iou_match": 0.5,
                               "tile_filter": tile_filter_name(filt),
                               "baseline_note": "the OpenCV baseline has no confidence: all its boxes count"}}
    for split in splits:
        sdir = data / split
        if not sdir.is_dir():
            continue
        gts = read_labels(sdir)
        fams = json.loads((sdir / "families.json").read_text())
        theme_of = {s: sd.theme_group(t) for s, (_, t) in fams.items()}
        for name, (preds, ms) in (("detector", yolo_predict(model, sdir, imgsz)),
                                  ("baseline_opencv_rectangles", baseline_predict(sdir))):
            classes = range(len(sd.CLASSES)) if name == "detector" else (0,)
            if name == "detector":
                ops = {"raw": _at_operating(preds, conf)}
                if filt is not None:
                    try:  # a filter that fails must not lose the raw figures of a long run (stage 4 did)
                        ops["filtered"] = _at_operating(preds, conf, filt, sdir / "images")
                    except Exception as exc:  # noqa: BLE001
                        print(f"tile filter failed on {split}: {exc!r}; raw figures only", file=sys.stderr)
            else:
                ops = {"raw": preds}

            def op_entry(stems: list[str]) -> dict:
                g = {s: gts[s] for s in stems}
                return {k: operating_point(g, {s: v[s] for s in stems}) for k, v in ops.items()}

            entry = {"n_images": len(gts), "per_class": map_table(gts, preds, classes),
                     "thumbnail_at_operating_threshold": op_entry(list(gts)), "per_family": {}}
            for fam in sorted({f for f, _ in fams.values()}):
                stems = [s for s, (f, _) in fams.items() if f == fam]
                sub_g = {s: gts[s] for s in stems}
                sub_p = {s: preds[s] for s in stems}
                entry["per_family"][fam] = {"n_images": len(stems), "per_class": map_table(sub_g, sub_p, classes),
                                            "thumbnail_at_operating_threshold": op_entry(stems)}
            themes = sorted(set(theme_of.values()))
            if len(themes) > 1:
                entry["per_theme"] = {}
                for th in themes:
                    stems = [s for s in gts if theme_of[s] == th]
                    entry["per_theme"][th] = {"n_images": len(stems),
                                              "per_class": map_table({s: gts[s] for s in stems},
                                                                     {s: preds[s] for s in stems}, classes),
                                              "thumbnail_at_operating_threshold": op_entry(stems)}
            out[name][split] = entry
            out["speed_ms_per_image"].setdefault(split, {})[name] = round(float(np.median(ms)), 1)
    return out


def operating_summary(ev: dict) -> dict:
    """split -> the detector's thumbnail figures at the operating threshold (raw / filtered), its
    thumbnail mAP50, and the baseline's precision and false boxes per image: the compact table kept
    for each stage (``snapshots``)."""
    out = {}
    for split, e in ev["detector"].items():
        row = {"thumbnail_mAP50": e["per_class"]["thumbnail"]["mAP50"]}
        for k, v in e["thumbnail_at_operating_threshold"].items():
            row[k] = {m: v[m] for m in ("precision", "recall", "false_boxes_per_image")}
        for k in e["thumbnail_at_operating_threshold"]:
            row[f"per_family_false_boxes_per_image_{k}"] = {
                f: fe["thumbnail_at_operating_threshold"][k]["false_boxes_per_image"] for f, fe in e["per_family"].items()}
        b = ev["baseline_opencv_rectangles"][split]["thumbnail_at_operating_threshold"]["raw"]
        row["baseline"] = {m: b[m] for m in ("precision", "recall", "false_boxes_per_image")}
        out[split] = row
    return out


# -- training -------------------------------------------------------------------------------------

def train(data: Path, epochs: int, imgsz: int, batch: int, workdir: Path, hours: float,
          init: str = "", freeze: int = 0, lr0: float = 0.0, name: str = "") -> tuple[Path, float]:
    """Train (or continue from ``init``) with ultralytics; returns (last.pt path, wall seconds).

    ``freeze`` > 0 freezes the first ``freeze`` modules of the network (10 = YOLOv8n's backbone:
    only the neck and head learn); ``lr0`` > 0 sets AdamW's initial learning rate (without it,
    ultralytics' ``optimizer=auto`` picks AdamW at 0.002 * 5 / (4 + classes) = 0.001429 for runs under
    10,000 iterations, the rate of stages 1-4); ``name`` is the run folder under ``workdir``."""
    from viralml_desktop.core import registry

    registry.disable_ultralytics_sync()
    from ultralytics import YOLO

    # random weights from ultralytics' own config; --init continues from an earlier stage's weights
    # (ultralytics drops a checkpoint's weights when pretrained=False, so it is True only then)
    model = YOLO(init or "yolov8n.yaml")
    t = time.perf_counter()
    name = name or ("run2" if init else "run")
    extra = {"freeze": freeze} if freeze else {}
    if lr0:
        extra.update(optimizer="AdamW", lr0=lr0)
    model.train(data=str(data / "data.yaml"), epochs=epochs, imgsz=imgsz, batch=batch, workers=0, device="cpu",
                amp=False, plots=False, val=False, cache="ram", project=str(workdir), name=name, exist_ok=True,
                pretrained=bool(init), seed=0, deterministic=False, close_mosaic=max(1, epochs // 5), patience=0,
                fliplr=0.0, mosaic=0.5, scale=0.5, translate=0.1, warmup_epochs=1.0, verbose=False,
                **({"time": hours} if hours else {}), **extra)
    wall = time.perf_counter() - t
    train.epochs_run = int(getattr(model.trainer, "epoch", -1)) + 1
    return workdir / name / "weights" / "last.pt", wall


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default="/tmp/vml_shots")
    ap.add_argument("--epochs", type=int, default=30)
    ap.add_argument("--imgsz", type=int, default=320)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--workdir", default="/tmp/vml_yolo_runs")
    ap.add_argument("--hours", type=float, default=0.0,
                    help="stop after this wall time (ultralytics' time budget; the schedule fits it)")
    ap.add_argument("--eval-only", action="store_true")
    ap.add_argument("--init", default="", help="continue from these weights (a second stage) instead of random ones")
    ap.add_argument("--regenerate", action="store_true", help="rebuild the screenshots in --data")
    ap.add_argument("--families", choices=("v1", "all"), default="all",
                    help="training families: v1 = the first seven (stages 1-2), all = every one (stage 3)")
    ap.add_argument("--random-themes", type=float, default=0.0,
                    help="share of the train images in random palettes (stage 4: 0.5; see screenshot_data.random_palette)")
    ap.add_argument("--regenerate-train", action="store_true",
                    help="rebuild only train (and val_random with --random-themes); val and the test sets stay as they are")
    ap.add_argument("--snapshot", default="",
                    help="keep this run's operating-threshold figures in metrics.json under snapshots[NAME] "
                         "(e.g. before_stage4 with --eval-only on the shipped weights)")
    ap.add_argument("--freeze", type=int, default=0,
                    help="freeze the first N modules (10 = the backbone: only neck and head learn; stage 5)")
    ap.add_argument("--lr0", type=float, default=0.0,
                    help="AdamW initial learning rate (default: ultralytics' optimizer=auto, AdamW 0.001429 here)")
    ap.add_argument("--name", default="", help="run folder under --workdir (default run, or run2 with --init)")
    ap.add_argument("--candidate-dir", default="",
                    help="write the weights and metrics.json here instead of models/screenshot_yolo (a stage "
                         "judged by the ship rule after training); the shipped files and headlines stay untouched")
    a = ap.parse_args()
    global OUT, WEIGHTS
    if a.candidate_dir:
        OUT_SHIPPED = OUT
        OUT = Path(a.candidate_dir)
        WEIGHTS = OUT / WEIGHTS.name
        OUT.mkdir(parents=True, exist_ok=True)
        if not (OUT / "metrics.json").exists() and (OUT_SHIPPED / "metrics.json").exists():
            shutil.copyfile(OUT_SHIPPED / "metrics.json", OUT / "metrics.json")
    data = Path(a.data)
    gen_s = None
    fams = sd.THEME_TEST_FAMILIES if a.families == "v1" else sd.TRAIN_FAMILIES
    n_tr, n_va = (k * (len(fams) + 1) for k in PER_FAMILY[a.families])  # +1: the negatives
    n_vr = N_VAL_RANDOM if a.random_themes else 0
    if a.regenerate or not (data / "data.yaml").exists():
        t = time.perf_counter()
        shutil.rmtree(data, ignore_errors=True)
        sd.build(data, n_tr, n_va, 40, 24, train_families=fams, random_share=a.random_themes, n_val_random=n_vr)
        gen_s = round(time.perf_counter() - t, 1)
    elif a.regenerate_train:
        t = time.perf_counter()
        only = ("train", "val_random")
        for split in only:
            shutil.rmtree(data / split, ignore_errors=True)
        sd.build(data, n_tr, n_va, 40, 24, train_families=fams, random_share=a.random_themes, n_val_random=n_vr,
                 only=only)
        gen_s = round(time.perf_counter() - t, 1)
    import torch

    prev = json.loads((OUT / "metrics.json").read_text()) if (OUT / "metrics.json").exists() else {}
    training = prev.get("training", {})
    if not a.eval_only:
        load_start = os.getloadavg()
        # the initial weights' digest, taken before training overwrites them when --init is WEIGHTS
        init_sha = __import__("hashlib").sha256(Path(a.init).read_bytes()).hexdigest() if a.init else ""
        last, wall = train(data, a.epochs, a.imgsz, a.batch, Path(a.workdir), a.hours, a.init,
                           freeze=a.freeze, lr0=a.lr0, name=a.name)
        OUT.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(last, WEIGHTS)
        stage = {"epochs": getattr(train, "epochs_run", a.epochs), "hours_budget": a.hours, "imgsz": a.imgsz,
                 "batch": a.batch, "wall_s": round(wall, 1), "cpu_cores": os.cpu_count(),
                 "torch_threads": torch.get_num_threads(), "device": "cpu",
                 "machine": platform.processor() or platform.machine(),
                 "note": f"2 CPU cores shared with other jobs during the run; nice {os.nice(0)}",
                 "load_avg_1min_start_end": [round(load_start[0], 2), round(os.getloadavg()[0], 2)],
                 "train_families": list(fams),
                 "train_images": len(json.loads((data / "train" / "families.json").read_text())),
                 "init": a.init or "random (yolov8n.yaml)",
                 **({"init_sha256": init_sha} if a.init else {}),
                 "random_theme_share": a.random_themes,
                 "freeze": a.freeze,
                 "optimizer_lr0": (f"AdamW {a.lr0:g}" if a.lr0 else "ultralytics auto (AdamW 0.001429)"),
                 "hsv_augmentation": "ultralytics defaults (hsv_h 0.015, hsv_s 0.7, hsv_v 0.4)"}
        # a second stage (--init) adds to the first: both are listed and the totals summed
        earlier = (training.get("stages") or ([training] if training.get("wall_s") else [])) if a.init else []
        stages = earlier + [stage]
        training = {"stages": stages, "epochs_total": sum(s_["epochs"] for s_ in stages),
                    "wall_s_total": round(sum(s_["wall_s"] for s_ in stages), 1),
                    "generation_s": gen_s if gen_s is not None else training.get("generation_s")}
    from ultralytics import YOLO

    model = YOLO(str(WEIGHTS))
    counts = {s: len(json.loads((data / s / "families.json").read_text()))
              for s in ("train", "val", "val_random", "test_family", "test_theme", "test_html")
              if (data / s).is_dir()}
    metrics = {
        "model": "YOLOv8n (ultralytics, built from yolov8n.yaml, random init) trained on generated feed screenshots",
        "classes": list(sd.CLASSES),
        "data": {"generator": "training/screenshot_data.py", "images": counts,
                 "train_families": list(fams), "train_themes": list(sd.TRAIN_THEMES),
                 "train_random_palette_images": sum(sd.theme_group(t) == "random" for _, t in json.loads(
                     (data / "train" / "families.json").read_text()).values()),
                 "random_palette_rule": ("background L* uniform 2-100 with a tint of chroma 0-22 at a random hue, "
                                         "text/sub/chip/line of the same hue at set lightness steps "
                                         "(screenshot_data.random_palette); a background within CIE76 "
                                         f"dE {sd.HELD_OUT_EXCLUSION_DE:g} of the held-out dim background "
                                         f"{sd.THEMES[sd.HELD_OUT_THEME]['bg']} is rejected and drawn again"),
                 "held_out_family": sd.HELD_OUT_FAMILY, "held_out_theme": sd.HELD_OUT_THEME,
                 "held_out_photos": list(sd._HELD_OUT_PHOTOS),
                 "html_renderer": "QTextDocument (QtWebEngine/Chromium not installed here)"},
        "training": training,
        "imgsz": a.imgsz,
        "evaluation": "COCO-style 101-point AP, IoU 0.50 (mAP50) and 0.50:0.05:0.95 (mAP50_95); "
                      "the baseline finds thumbnails only",
    }
    metrics.update(evaluate(model, data, a.imgsz))
    d = metrics["detector"]
    op = d["test_theme"]["thumbnail_at_operating_threshold"]
    metrics["headline_figures"] = {
        "thumbnail_mAP50_held_out_family": d["test_family"]["per_class"]["thumbnail"]["mAP50"],
        "baseline_thumbnail_mAP50_held_out_family":
            metrics["baseline_opencv_rectangles"]["test_family"]["per_class"]["thumbnail"]["mAP50"],
        "goal": "thumbnail mAP50 >= 0.95 on the held-out family (issue 17)",
        "held_out_theme_false_thumbnails_per_image_at_operating_threshold": op["raw"]["false_boxes_per_image"],
        "held_out_theme_thumbnail_precision_at_operating_threshold": op["raw"]["precision"],
    }
    # earlier runs' operating-threshold figures (before / after a stage) are kept across runs, and
    # so are the figures of earlier weights written by hand (stage_2_weights_on_the_same_sets)
    metrics["snapshots"] = dict(prev.get("snapshots", {}))
    for k in KEPT_KEYS:
        if k in prev:
            metrics[k] = prev[k]
    # notes written by hand into the data section (what the shipped weights were trained on) stay on a
    # re-measure (--eval-only does not retrain, so it cannot make them untrue); a training run drops them
    if a.eval_only:
        for k, v in (prev.get("data") or {}).items():
            metrics["data"].setdefault(k, v)
    if a.snapshot:
        metrics["snapshots"][a.snapshot] = {
            "weights_sha256": __import__("hashlib").sha256(WEIGHTS.read_bytes()).hexdigest(),
            "confidence": metrics["operating_point"]["confidence"],
            "tile_filter": metrics["operating_point"]["tile_filter"],
            "per_split": operating_summary(metrics)}
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "metrics.json").write_text(json.dumps(metrics, indent=1, ensure_ascii=False) + "\n")
    if not a.candidate_dir:
        import headlines

        headlines.write("screenshot_yolo")  # the ML health table's row
    print(json.dumps(metrics["headline_figures"]), json.dumps({k: v["per_class"] for k, v in d.items()}))


if __name__ == "__main__":
    main()
