"""Capability ``score_thumbnail`` (CONTRACT.md §6) and the thumbnail studio's core helpers.

``run`` measures the thumbnail (faces, text, contrast, legibility at phone size, ...),
scores it with the rules model (and the user's channel model when one is fitted), ranks it
against its competitors, and searches OpenCV edits whose re-score is higher. Per-image
analyses and improvement searches are cached by file content hash (counted in the health
cache hit rate), so scoring the same file again is instant. The improved image the search
builds is kept beside its result (:func:`improved_image`) for the before/after preview.

The Thumbnails tab's jobs (preview, batch, frames from a video, channel model) are in
:mod:`.studio`.
"""
from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Optional

import numpy as np

from viralml_desktop.core import media
from viralml_desktop.core.thumbnails import edits as thumbnail_edits
from viralml_desktop.core.thumbnails import channel as thumbnail_model
from viralml_desktop.core.cache import ResultCache
from viralml_desktop.core.errors import InputError
from viralml_desktop.core.progress import ProgressLike
from viralml_desktop.core.schemas.thumbnail import ThumbnailRequest, ThumbnailResponse
from viralml_desktop.core.thumbnails.features import ThumbnailFeatures, analyze, yolo_ready

log = logging.getLogger(__name__)

FEATURES_VERSION = "features-1"
YOUTUBE_MAX_BYTES = 2 * 1024 * 1024  # YouTube's limit for a custom thumbnail
ASPECTS = {"youtube": (16, 9), "tiktok": (9, 16), "instagram": (4, 5), "twitter": (16, 9)}

_features_cache = ResultCache(maxsize=512)
_search_cache = ResultCache(maxsize=256)
# The chained image each search built, by the same key: what the preview shows, never rebuilt.
# Few, as they are big (a 1280x720 BGR image is 2.8 MB, so 8 hold 22 MB).
_improved_images = ResultCache(maxsize=8)


def clear_caches() -> None:
    _features_cache.clear()
    _search_cache.clear()
    _improved_images.clear()


# -- one image ------------------------------------------------------------------

def resolve_path(path: str, base: Optional[Path] = None) -> Path:
    """A path as a request names it: ``~`` expanded; a relative one that is missing here is
    looked for in ``base`` (competitors named relative to the thumbnail)."""
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


def _search_key(digest: str) -> tuple:
    return ("search", digest, FEATURES_VERSION, thumbnail_model.RULES_VERSION)


def improvement_search(path: Path, feats: dict, digest: str, progress: Optional[ProgressLike] = None) -> dict:
    """Candidate edits re-scored (cached by content hash). The chained image the search built is
    kept apart, under the same key, for :func:`improved_image`."""
    def compute():
        bgr = media.load_image_bgr(path)
        out = thumbnail_edits.search(bgr, ThumbnailFeatures.from_dict(feats), _appeal, progress)
        image = out.pop("image", None)
        if image is not None:
            _improved_images.put(_search_key(digest), image)
        return out

    return _search_cache.get_or_compute(_search_key(digest), compute)


def improved_image(digest: str) -> Optional[np.ndarray]:
    """The improved image (BGR) the last search of the image with this content hash built, or
    None when no edit raised its score or the image has since left the cache."""
    return _improved_images.get(_search_key(digest))


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


def reason_lines(components: list[dict]) -> list[str]:
    rows = [c for c in components if c["applies"]]
    rows.sort(key=lambda c: -(c["max_points"] - c["points"]))
    return [f"{c['verdict']} — {c['points']:.1f}/{c['max_points']:.0f} points" for c in rows]


def run(request: ThumbnailRequest, progress: ProgressLike) -> ThumbnailResponse:
    ctx = request.context
    path = resolve_path(request.thumbnail_path)
    channel = thumbnail_model.load_channel_model()
    progress.update(0.02, "measuring the thumbnail (faces, text, contrast)")
    feats, digest = image_features(path)
    main = score_features(feats, channel)
    n_comp = len(ctx.competitors)
    progress.update(0.35 if request.find_improvements else 0.6, "scoring competitors" if n_comp else "scored")

    competitors = []
    for i, c in enumerate(ctx.competitors):
        progress.check()
        cp = resolve_path(c, path.parent)
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
        reasons=reason_lines(main["components"]),
        components=main["components"],
        analysis={**feats, "sha256": digest, "file_bytes": path.stat().st_size},
        improvement_edits=search["improvements"],
        improved={"edits": search["chain"], "visual_appeal_score": search["chain_score"]},
        competitors=competitors,
        checks=_checks(feats, path, ctx.platform),
    )
