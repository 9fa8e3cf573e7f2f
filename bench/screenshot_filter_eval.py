"""False feed tiles before and after the app's tile filter (:func:`screenshot.feed_tiles`: the chrome
filter :func:`screenshot.plausible_tiles`, then :func:`screenshot.tidy_tiles`).

For each set of generated screenshots with known boxes (``training/screenshot_data.py``: ``val``,
``val_random`` when present, ``test_family``, ``test_theme``, ``test_html``; ``train`` on request), the
shipped detector runs at the app's operating confidence (``ScreenshotRequest.confidence``'s default,
0.35) and its ``thumbnail`` boxes are matched to the labelled thumbnails (IoU >= 0.5, most confident
first, each label once). Printed per set and per family (and theme): images, labelled tiles, false
boxes per image and recall, raw (what the detector returns) and filtered (what ``_analyze`` keeps), and
the boxes the filter dropped that were real tiles.

The filter's thresholds were set on ``train`` and ``val`` (and ``val_random``: random-palette themes of
the training families) only; the held-out sets are measured, never tuned on.

Run: ``nice -n 10 .venv/bin/python bench/screenshot_filter_eval.py [--data /tmp/vml_shots]
[--sets val test_family test_theme test_html] [--by-family]``
"""
from __future__ import annotations

import argparse
import hashlib
import json
import platform
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import cv2  # noqa: E402
import numpy as np  # noqa: E402

from viralml_desktop.core.schemas.screenshot import ScreenshotRequest  # noqa: E402
from viralml_desktop.core.thumbnails import screenshot as shot  # noqa: E402

IOU = 0.5


iou = shot._iou  # the app's IoU of two (x0, y0, x1, y1) boxes


def match(boxes: list, scores: list, truth: list) -> list[bool]:
    """Whether each box is a labelled tile (IoU >= 0.5), the most confident box matched first, each label once."""
    used: set[int] = set()
    hit = [False] * len(boxes)
    for i in sorted(range(len(boxes)), key=lambda i: -scores[i]):
        best, j = 0.0, -1
        for k, t in enumerate(truth):
            if k not in used and (v := iou(boxes[i], t)) > best:
                best, j = v, k
        if best >= IOU:
            used.add(j)
            hit[i] = True
    return hit


def labels(path: Path, W: int, H: int) -> list:
    out = []
    for line in path.read_text().split("\n"):
        if line.strip():
            c, cx, cy, w, h = map(float, line.split())
            if int(c) == 0:
                out.append([(cx - w / 2) * W, (cy - h / 2) * H, (cx + w / 2) * W, (cy + h / 2) * H])
    return out


def evaluate(split_dir: Path, confidence: float) -> dict:
    """{family/theme: [images, labelled tiles, raw false, raw true, kept false, kept true, real tiles dropped]}."""
    fam = json.loads((split_dir / "families.json").read_text())
    per: dict = defaultdict(lambda: [0] * 7)
    for img_path in sorted((split_dir / "images").glob("*.jpg")):
        bgr = cv2.imread(str(img_path))
        H, W = bgr.shape[:2]
        truth = labels(split_dir / "labels" / f"{img_path.stem}.txt", W, H)
        low = min(confidence, shot.LOW_CONFIDENCE)
        dets = [d for d in shot.detect(bgr, low)[0] if d.cls == "thumbnail"]
        tidied, _ = shot.feed_tiles([d.box for d in dets], [d.confidence for d in dets], W, H, bgr, confidence)
        dets = [d for d in dets if d.confidence >= confidence]  # raw: what the detector returns at the threshold
        boxes, scores = [d.box for d in dets], [d.confidence for d in dets]
        hit = match(boxes, scores, truth)
        kb, ks = tidied.boxes, tidied.scores  # filtered: the tiles _analyze ranks (shot.feed_tiles)
        khit = match(kb, ks, truth)
        # a real tile dropped: matched raw, and no kept box matches it
        keep = [any(iou(b, k) >= IOU for k in kb) for b in boxes]
        family, theme = fam.get(img_path.stem, ["?", "?"])
        r = per[f"{family}/{theme if not theme.startswith('rand') else 'random'}"]
        r[0] += 1
        r[1] += len(truth)
        r[2] += hit.count(False)
        r[3] += hit.count(True)
        r[4] += khit.count(False)
        r[5] += khit.count(True)
        r[6] += sum(1 for h, k in zip(hit, keep) if h and not k)
    return dict(per)


def row(name: str, r: list) -> str:
    n, gt, rf, rt, kf, kt, lost = r
    rec = lambda t: f"{t / gt:.3f}" if gt else "  -  "  # noqa: E731
    return (f"| {name} | {n} | {gt} | {rf / n:.2f} | {kf / n:.2f} | {rec(rt)} | {rec(kt)} | {lost} |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default="/tmp/vml_shots")
    ap.add_argument("--sets", nargs="+", default=["val", "val_random", "test_family", "test_theme", "test_html"])
    ap.add_argument("--by-family", action="store_true", help="a row per family and theme too")
    a = ap.parse_args()
    confidence = ScreenshotRequest.model_fields["confidence"].default
    weights = ROOT / "models" / "screenshot_yolo" / "screenshot_yolov8n.pt"
    digest = hashlib.sha256(weights.read_bytes()).hexdigest()[:12] if weights.exists() else "absent"
    print(f"machine: {platform.machine()} {platform.system()}, detector {shot.MODEL} (weights sha256 {digest}…) "
          f"at confidence {confidence}, match IoU >= {IOU}")
    print("| set | images | tiles | false/img raw | false/img filtered | recall raw | recall filtered | "
          "real tiles dropped |")
    print("|---|---|---|---|---|---|---|---|")
    for s in a.sets:
        d = Path(a.data) / s
        if not (d / "families.json").exists():
            print(f"| {s} | (not found in {a.data}) |")
            continue
        per = evaluate(d, confidence)
        total = list(np.sum(list(per.values()), axis=0))
        print(row(f"**{s}**", total))
        if a.by_family:
            for k in sorted(per):
                print(row(f"{s} · {k}", per[k]))


if __name__ == "__main__":
    main()
