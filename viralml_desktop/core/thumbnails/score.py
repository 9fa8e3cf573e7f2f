"""Capability ``score_thumbnail`` (CONTRACT.md §6) and the thumbnail studio's core helpers.

``run`` measures the thumbnail (faces, text, contrast, legibility at phone size, ...),
scores it with the rules model (and the user's channel model when one is fitted), ranks it
against its competitors, and searches OpenCV edits whose re-score is higher. Per-image
analyses and improvement searches are cached by file content hash (counted in the health
cache hit rate), so scoring the same file again is instant.

Also here, for the Thumbnails tab and scripts: ``score_folder`` (batch with per-item
errors), ``best_frames`` (thumbnail candidates from a video), ``fit_channel`` (personal
model from a YouTube Studio export), ``render_improved`` and ``save_image``.
"""
from __future__ import annotations

import csv
import logging
import os
from pathlib import Path
from typing import Callable, Optional

import numpy as np

from viralml_desktop.core import media
from viralml_desktop.core.thumbnails import edits as thumbnail_edits
from viralml_desktop.core.thumbnails import channel as thumbnail_model
from viralml_desktop.core.cache import ResultCache
from viralml_desktop.core.errors import InputError
from viralml_desktop.core.progress import Progress
from viralml_desktop.core.schemas.thumbnail import ThumbnailRequest, ThumbnailResponse
from viralml_desktop.core.thumbnails.features import ThumbnailFeatures, analyze, yolo_ready

log = logging.getLogger(__name__)

FEATURES_VERSION = "features-1"
YOUTUBE_MAX_BYTES = 2 * 1024 * 1024  # YouTube's limit for a custom thumbnail
ASPECTS = {"youtube": (16, 9), "tiktok": (9, 16), "instagram": (4, 5), "twitter": (16, 9)}

_features_cache = ResultCache(maxsize=512)
_search_cache = ResultCache(maxsize=256)


def clear_caches() -> None:
    _features_cache.clear()
    _search_cache.clear()


# -- one image ------------------------------------------------------------------

def _resolve(path: str, base: Optional[Path] = None) -> Path:
    p = Path(os.path.expanduser(path))
    if not p.is_absolute() and not p.exists() and base is not None and (base / p).exists():
        return base / p
    return p


def image_features(path: Path, timings: Optional[dict] = None) -> tuple[dict, str]:
    """The measured features of an image file (cached by content hash) and that hash."""
    media.image_info(path)  # header checks first: a 20000×20000 PNG is refused before decoding
    digest = media.file_sha256(path)
    key = ("features", digest, FEATURES_VERSION, yolo_ready())
    feats = _features_cache.get_or_compute(
        key, lambda: analyze(media.load_image_bgr(path), timings=timings).to_dict())
    return feats, digest


def score_features(f: dict, channel: Optional[dict]) -> dict:
    appeal, comps = thumbnail_model.appeal_score(f)
    if channel:
        cp, interval = thumbnail_model.predict_channel(channel, f)
        source = "channel_model"
    else:
        cp, interval = thumbnail_model.prior_click_probability(appeal), list(thumbnail_model.CTR_BAND)
        source = "rules_prior"
    return {"visual_appeal_score": round(min(10.0, max(0.0, appeal)), 2), "click_probability": cp,
            "click_probability_interval": interval, "click_probability_source": source,
            "components": [c.to_dict() for c in comps]}


def _appeal(feats: ThumbnailFeatures) -> float:
    return thumbnail_model.appeal_score(feats.to_dict())[0]


def improvement_search(path: Path, feats: dict, digest: str, progress=None) -> dict:
    """Candidate edits re-scored (cached by content hash); the image itself is not cached."""
    def compute():
        bgr = media.load_image_bgr(path)
        out = thumbnail_edits.search(bgr, ThumbnailFeatures.from_dict(feats), _appeal, progress)
        out.pop("image", None)
        return out

    return _search_cache.get_or_compute(("search", digest, FEATURES_VERSION, thumbnail_model.RULES_VERSION), compute)


def _checks(f: dict, path: Path, platform: str) -> list[str]:
    out = []
    m = f["measures"]
    w, h = m["width"], m["height"]
    aw, ah = ASPECTS.get(platform, (16, 9))
    if abs(w / h - aw / ah) > 0.03:
        out.append(f"{w}×{h} is not {aw}:{ah}: {platform} will crop or letterbox it")
    if platform == "youtube":
        size = path.stat().st_size
        if size > YOUTUBE_MAX_BYTES:
            out.append(f"file is {size / 1e6:.1f} MB; YouTube accepts custom thumbnails up to 2 MB")
        if w < 640:
            out.append(f"{w} px wide; YouTube asks for at least 640 (1280×720 recommended)")
    if f.get("objects", {}).get("available") is False:
        out.append(f["objects"]["reason"])
    return out


def _reasons(components: list[dict]) -> list[str]:
    rows = [c for c in components if c["applies"]]
    rows.sort(key=lambda c: -(c["max_points"] - c["points"]))
    return [f"{c['verdict']} — {c['points']:.1f}/{c['max_points']:.0f} points" for c in rows]


def run(request: ThumbnailRequest, progress: Progress) -> ThumbnailResponse:
    ctx = request.context
    path = _resolve(request.thumbnail_path)
    channel = thumbnail_model.load_channel_model()
    progress.update(0.02, "measuring the thumbnail (faces, text, contrast)")
    feats, digest = image_features(path)
    main = score_features(feats, channel)
    n_comp = len(ctx.competitors)
    progress.update(0.35 if request.find_improvements else 0.6, "scoring competitors" if n_comp else "scored")

    competitors = []
    for i, c in enumerate(ctx.competitors):
        progress.check()
        cp = _resolve(c, path.parent)
        entry: dict = {"path": str(c)}
        try:
            cf, _ = image_features(cp)
            s = score_features(cf, channel)
            entry.update(visual_appeal_score=s["visual_appeal_score"], click_probability=s["click_probability"])
        except InputError as e:  # that competitor is named as failed; the others are still ranked
            entry["error"] = str(e)
        competitors.append(entry)
        progress.update(0.35 + 0.2 * (i + 1) / n_comp, f"scored competitor {i + 1}/{n_comp}")

    def key(d):
        return (d["click_probability"], d["visual_appeal_score"])

    ranked = [c for c in competitors if "error" not in c]
    rank = 1 + sum(1 for c in ranked if key(c) > key(main))
    for c in ranked:
        c["rank"] = 1 + sum(1 for o in ranked if key(o) > key(c)) + (1 if key(main) > key(c) else 0)

    search = {"improvements": [], "chain": [], "chain_score": main["visual_appeal_score"]}
    if request.find_improvements:
        sub = progress.sub(0.55, 0.98)
        sub.update(0.0, "trying improvements")
        search = improvement_search(path, feats, digest, sub)
    improvements = [f"{d['label']} (score {d['score_before']:.2f} → {d['score_after']:.2f})"
                    for d in search["improvements"]]
    progress.update(1.0, "done")
    return ThumbnailResponse(
        visual_appeal_score=main["visual_appeal_score"],
        click_probability=main["click_probability"],
        improvements=improvements,
        competitive_ranking=rank,
        model_version=thumbnail_model.model_tag(channel),
        click_probability_source=main["click_probability_source"],
        click_probability_interval=main["click_probability_interval"],
        reasons=_reasons(main["components"]),
        components=main["components"],
        analysis={**feats, "sha256": digest, "file_bytes": path.stat().st_size},
        improvement_edits=search["improvements"],
        improved={"edits": search["chain"], "visual_appeal_score": search["chain_score"]},
        competitors=competitors,
        checks=_checks(feats, path, ctx.platform),
    )


# -- preview and saving ------------------------------------------------------------

def render_improved(thumbnail_path: str, response: dict, edits: Optional[list[dict]] = None) -> tuple[np.ndarray, np.ndarray]:
    """(before, after) images: the chain of edits in the response replayed on the original."""
    bgr = media.load_image_bgr(_resolve(thumbnail_path))
    feats = ThumbnailFeatures.from_dict({k: v for k, v in response["analysis"].items()
                                         if k in ThumbnailFeatures.__dataclass_fields__})
    chosen = thumbnail_edits.edits_from(response.get("improved", {}).get("edits") if edits is None else edits)
    return bgr, thumbnail_edits.render(bgr, feats, chosen)


def save_image(bgr: np.ndarray, path: str) -> str:
    """Write PNG/JPEG/WebP by extension (any path, Unicode included)."""
    import cv2

    p = Path(path)
    ext = p.suffix.lower() or ".png"
    if ext not in (".png", ".jpg", ".jpeg", ".webp", ".bmp"):
        raise InputError(f"cannot save as {ext}: use .png, .jpg or .webp")
    params = [cv2.IMWRITE_JPEG_QUALITY, 92] if ext in (".jpg", ".jpeg") else []
    ok, buf = cv2.imencode(ext, bgr, params)
    if not ok:
        raise InputError(f"could not encode {p.name}")
    try:
        p.write_bytes(buf.tobytes())
    except OSError as e:
        raise InputError(f"cannot write {p}: {e.strerror}") from None
    return str(p)


# -- batch ----------------------------------------------------------------------------

CSV_COLUMNS = ("file", "visual_appeal_score", "click_probability", "click_probability_source",
               "faces", "words", "text_share", "phone_legibility", "improvements", "error")


def list_images(folder: str | Path) -> list[Path]:
    d = Path(folder)
    if not d.is_dir():
        raise InputError(f"folder not found: {d}")
    files = sorted(f for f in d.iterdir() if f.is_file() and f.suffix.lower() in media.IMAGE_EXTENSIONS)
    if not files:
        raise InputError(f"no images ({', '.join(media.IMAGE_EXTENSIONS)}) in {d}")
    return files


def score_folder(folder_or_files, progress: Progress, find_improvements: bool = False,
                 on_row: Optional[Callable[[dict], None]] = None, platform: str = "youtube") -> list[dict]:
    """Score every image; a bad file gets its error in its row and the batch goes on."""
    from viralml_desktop.core import engine

    files = (list_images(folder_or_files) if isinstance(folder_or_files, (str, Path))
             else [Path(f) for f in folder_or_files])
    rows = []
    for i, f in enumerate(files):
        progress.check()
        row: dict = {"file": str(f)}
        try:
            r = engine.run("score_thumbnail", {"thumbnail_path": str(f), "find_improvements": find_improvements,
                                               "context": {"platform": platform}})
            a = r["analysis"]
            row.update(visual_appeal_score=r["visual_appeal_score"], click_probability=r["click_probability"],
                       click_probability_source=r["click_probability_source"],
                       faces=a["measures"]["face_count"], words=a["word_count"], text_share=a["text_share"],
                       phone_legibility=a["phone_legibility"], improvements="; ".join(r["improvements"]))
        except InputError as e:
            row["error"] = str(e)
        rows.append(row)
        if on_row is not None:
            on_row(row)
        progress.update((i + 1) / len(files), f"{i + 1}/{len(files)} {f.name}")
    return rows


def write_csv(rows: list[dict], path: str) -> str:
    try:
        with open(path, "w", newline="", encoding="utf-8") as fh:
            w = csv.DictWriter(fh, fieldnames=CSV_COLUMNS, extrasaction="ignore")
            w.writeheader()
            for r in rows:
                w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in CSV_COLUMNS})
    except OSError as e:
        raise InputError(f"cannot write {path}: {e.strerror}") from None
    return path


# -- best frames from a video ---------------------------------------------------------

FADE_DARK, FADE_BRIGHT = 25.0, 235.0  # mean grey: a frame inside a fade to/from black or white
CUT_DIFF = 28.0  # mean absolute grey difference to the next frame: the frame sits on a cut/transition
MAX_DECODE_PER_SEEK = 12


def _grab_frames(path: str, times: list[float], progress) -> list[tuple[float, np.ndarray, np.ndarray]]:
    """For each time: seek to the keyframe before it, decode forward at most a few frames,
    return (time, frame, next frame). Never decodes the whole video."""
    out, seen = [], set()
    with media.open_container(path) as c:
        if not c.streams.video:
            raise InputError(f"no video stream in {Path(path).name}")
        vs = c.streams.video[0]
        vs.thread_type = "AUTO"
        tb = float(vs.time_base)
        for i, t in enumerate(times):
            progress.check()
            try:
                c.seek(int(t / tb), stream=vs, backward=True, any_frame=False)
                prev = None
                n = 0
                for frame in c.decode(vs):
                    n += 1
                    ft = float(frame.pts * tb) if frame.pts is not None else t
                    if prev is not None and (prev[0] >= t - 1e-3 or n > MAX_DECODE_PER_SEEK):
                        if prev[0] not in seen:
                            seen.add(prev[0])
                            out.append((prev[0], prev[1], media.frame_bgr(frame)))
                        break
                    prev = (ft, media.frame_bgr(frame))
            except Exception as e:  # a damaged stretch: skip this time, keep the others
                if isinstance(e, InputError):
                    raise
                log.info("frame at %.2fs skipped: %s", t, e)
            progress.update((i + 1) / len(times), f"read frame {i + 1}/{len(times)}")
    return out


def best_frames(video_path: str, count: int = 5, candidates: int = 24, progress: Optional[Progress] = None) -> dict:
    """Candidate thumbnails from a video: sharp frames with faces, not on a cut or in a fade,
    scored by the rules model; the best ``count`` with their times and scores."""
    import cv2

    progress = progress or Progress()
    info = media.probe_video(video_path)
    if not info.has_video or info.duration_s <= 0:
        raise InputError(f"no video frames to choose from in {Path(video_path).name}")
    times = [info.duration_s * (0.03 + 0.94 * (i + 0.5) / candidates) for i in range(candidates)]
    grabbed = _grab_frames(video_path, times, progress.sub(0.0, 0.5))
    rejected = {"cut_or_transition": 0, "fade": 0}
    pool = []
    for t, frame, nxt in grabbed:
        g1 = cv2.cvtColor(cv2.resize(frame, (160, 90), interpolation=cv2.INTER_AREA), cv2.COLOR_BGR2GRAY)
        g2 = cv2.cvtColor(cv2.resize(nxt, (160, 90), interpolation=cv2.INTER_AREA), cv2.COLOR_BGR2GRAY)
        if not FADE_DARK <= g1.mean() <= FADE_BRIGHT:
            rejected["fade"] += 1
            continue
        if float(np.abs(g1.astype(np.int16) - g2).mean()) > CUT_DIFF:
            rejected["cut_or_transition"] += 1
            continue
        fast = analyze(frame, text_boxes=[], objects={"available": False, "reason": "not run on frames"})
        pool.append((thumbnail_model.appeal_score(fast.to_dict())[0], t, frame, g1))
    pool.sort(key=lambda x: -x[0])
    chosen: list = []
    for fast_score, t, frame, g in pool:  # keep different shots: near-identical frames are skipped
        if all(float(np.abs(g.astype(np.int16) - o[3]).mean()) > 6.0 for o in chosen):
            chosen.append((fast_score, t, frame, g))
        if len(chosen) >= 2 * count:
            break
    results = []
    sub = progress.sub(0.5, 1.0)
    for i, (_, t, frame, _) in enumerate(chosen):
        progress.check()
        f = analyze(frame).to_dict()
        s = score_features(f, None)
        results.append({"time_s": round(t, 2), "visual_appeal_score": s["visual_appeal_score"],
                        "reasons": _reasons(s["components"])[:3], "faces": f["measures"]["face_count"],
                        "sharpness": round(f["measures"]["sharpness"], 1), "image": frame})
        sub.update((i + 1) / len(chosen), f"scored candidate {i + 1}/{len(chosen)}")
    results.sort(key=lambda r: -r["visual_appeal_score"])
    return {"frames": results[:count], "candidates_read": len(grabbed), "rejected": rejected,
            "duration_s": round(info.duration_s, 2)}


# -- personal channel model -------------------------------------------------------

def fit_channel(csv_path: str, folder: str, progress: Optional[Progress] = None, name: str = "") -> dict:
    """Fit the channel model on a YouTube Studio export and the folder of its thumbnails,
    store it, and return its cross-validated figures."""
    progress = progress or Progress()
    rows = thumbnail_model.read_studio_csv(csv_path)
    matched, missing = thumbnail_model.match_thumbnails(rows, folder, media.IMAGE_EXTENSIONS)
    if len(matched) < thumbnail_model.MIN_CHANNEL_VIDEOS:
        raise InputError(f"only {len(matched)} of {len(rows)} videos in the export have a thumbnail in {folder} "
                         f"(named by video id or title); need at least {thumbnail_model.MIN_CHANNEL_VIDEOS}")
    vectors, ctr, imps, skipped = [], [], [], []
    for i, (r, f) in enumerate(matched):
        progress.check()
        try:
            feats, _ = image_features(f)
        except InputError as e:
            skipped.append(f"{f.name}: {e}")
            continue
        vectors.append(thumbnail_model.feature_vector(feats))
        ctr.append(r.ctr)
        imps.append(r.impressions)
        progress.update(0.9 * (i + 1) / len(matched), f"measured {i + 1}/{len(matched)} thumbnails")
    model = thumbnail_model.fit_channel_model(np.array(vectors), np.array(ctr), np.array(imps),
                                              name or Path(csv_path).stem)
    thumbnail_model.save_channel_model(model)
    progress.update(1.0, "channel model fitted")
    return {**{k: v for k, v in model.items() if k not in ("mean", "scale", "coef")},
            "videos_in_export": len(rows), "without_thumbnail": len(missing), "skipped": skipped}


def channel_model_summary() -> Optional[dict]:
    m = thumbnail_model.load_channel_model()
    if not m:
        return None
    return {k: v for k, v in m.items() if k not in ("mean", "scale", "coef", "features")}


def forget_channel_model() -> None:
    thumbnail_model.save_channel_model(None)


