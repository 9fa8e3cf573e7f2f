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

from viralml_desktop.core import media, sources
from viralml_desktop.core.thumbnails import edits as thumbnail_edits
from viralml_desktop.core.thumbnails import channel as thumbnail_model
from viralml_desktop.core.cache import ResultCache
from viralml_desktop.core.errors import InputError
from viralml_desktop.core.progress import ProgressLike
from viralml_desktop.core.schemas.thumbnail import ThumbnailRequest, ThumbnailResponse
from viralml_desktop.core.thumbnails.features import ThumbnailFeatures, analyze, yolo_ready

log = logging.getLogger(__name__)

_FEATURES_VERSION = "features-2"  # 2: a video's duration badge is no longer the thumbnail's text (session 16)
_YOUTUBE_MAX_BYTES = 2 * 1024 * 1024  # YouTube's limit for a custom thumbnail
ASPECTS = {"youtube": (16, 9), "tiktok": (9, 16), "instagram": (4, 5), "twitter": (16, 9)}

_features_cache = ResultCache(maxsize=512)
_search_cache = ResultCache(maxsize=256)
# The chained image each search built, by the same key: what the preview shows, never rebuilt.
# Few, as they are big (a 1280x720 BGR image is 2.8 MB, so 8 hold 22 MB).
_improved_images = ResultCache(maxsize=8)


def clear_caches() -> None:
    """Empty the per-image caches: measured features, improvement searches and improved images.

    Notes
    -----
    The next scoring of any file measures it again from its pixels (benchmarks and tests call
    this to time or check a cold run).
    """
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
    key = ("features", digest, _FEATURES_VERSION, yolo_ready())
    feats = _features_cache.get_or_compute(
        key, lambda: analyze(media.load_image_bgr(path), timings=timings).to_dict())
    return feats, digest


def score_features(f: dict, channel: Optional[dict]) -> dict:
    """The rules score of measured features, and the click probability (channel model or prior)."""
    appeal, comps = thumbnail_model.appeal_score(f)
    extra = {}
    if channel:
        pred = thumbnail_model.channel_prediction(channel, f)
        cp, interval = pred["ctr"], pred["interval"]
        source = "channel_model"
        extra = {"outlier_multiple": pred["outlier_multiple"],
                 "outlier_multiple_interval": pred["outlier_multiple_interval"],
                 "channel_median_ctr": pred["median_ctr"], "outside_fitted_range": pred["outside"]}
    else:
        cp, interval = thumbnail_model.prior_click_probability(appeal), list(thumbnail_model.CTR_BAND)
        source = "rules_prior"
    return {"visual_appeal_score": round(min(10.0, max(0.0, appeal)), 2), "click_probability": cp,
            "click_probability_interval": interval, "click_probability_source": source,
            "components": [c.to_dict() for c in comps], **extra}


def _appeal(feats: ThumbnailFeatures) -> float:
    return thumbnail_model.appeal_score(feats.to_dict())[0]


def _search_key(digest: str) -> tuple:
    return ("search", digest, _FEATURES_VERSION, thumbnail_model.RULES_VERSION)


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
    """The improved image that the last improvement search of an image built.

    Parameters
    ----------
    digest : str
        The image file's SHA-256 (hex), as ``analysis.sha256`` of a ``score_thumbnail``
        response gives it.

    Returns
    -------
    bgr : (H, W, 3) uint8 array, BGR, or None
        The chained edits applied to the original, in its size; None when no edit raised the
        score, no search ran, or the image has left its cache (it holds the last 8, about 2.8 MB
        each at 1280×720).

    Notes
    -----
    The image is the one the search scored, kept beside its result, never rebuilt; a caller
    that finds None can replay ``improved.edits`` on the original
    (:func:`viralml_desktop.core.thumbnails.studio.render_improved`).
    """
    return _improved_images.get(_search_key(digest))


def _checks(f: dict, path: Path, platform: str) -> list[str]:
    out = []
    m = f["measures"]
    w, h = media.shown_size(path)  # the file's size; a large image is measured at 1/n size
    if (m["width"], m["height"]) != (w, h):
        out.append(f"{w}×{h} is more than {media.MAX_DECODED_PIXELS / 1e6:.1f} MP: analysed at "
                   f"{m['width']}×{m['height']} (measures and boxes are in those pixels)")
    aw, ah = ASPECTS.get(platform, (16, 9))
    if abs(w / h - aw / ah) > 0.03:
        out.append(f"{w}×{h} is not {aw}:{ah}: {platform} will crop or letterbox it")
    if platform == "youtube":
        size = path.stat().st_size
        if size > _YOUTUBE_MAX_BYTES:
            out.append(f"file is {size / 1e6:.1f} MB; YouTube accepts custom thumbnails up to 2 MB")
        if w < 640:
            out.append(f"{w} px wide; YouTube asks for at least 640 (1280×720 recommended)")
    if f.get("objects", {}).get("available") is False:
        out.append(f["objects"]["reason"])
    return out


def reason_lines(components: list[dict]) -> list[str]:
    """One line per rule that applies, the rules that cost the most points first."""
    rows = [c for c in components if c["applies"]]
    rows.sort(key=lambda c: -(c["max_points"] - c["points"]))
    return [f"{c['verdict']} — {c['points']:.1f}/{c['max_points']:.0f} points" for c in rows]


def run(request: ThumbnailRequest, progress: ProgressLike) -> ThumbnailResponse:
    """Score a thumbnail, rank it against its competitors and find edits that raise its score.

    The capability ``score_thumbnail`` (CONTRACT.md §6); fronts call it through
    ``engine.run("score_thumbnail", request, progress)``.

    Parameters
    ----------
    request : ThumbnailRequest
        Fields used: ``thumbnail_path`` (an image file; ``~`` expanded),
        ``context.competitors`` (image paths; a relative one missing from the working folder
        is looked for beside the thumbnail), ``context.platform`` (the aspect ratio and size
        checks) and ``find_improvements`` (False skips the edit search, the slow part).
        ``context.genre`` and ``context.title`` are not read.
    progress : ProgressLike
        Receives the fraction done (0–1) and the stage; a cancellation point between stages,
        between competitors and between candidate edits. Partial results, as soon as each is
        known (``progress.partial``): first ``{"kind": "thumbnail_score", ...}`` with the
        score, click probability (source and interval), reasons, components, analysis and
        checks, before the competitors and the edit search; then one
        ``{"kind": "thumbnail_improvement", "label", "score_before", "score_after", "gain",
        "edit"}`` per verified improvement as the search confirms it (none on a cache hit).

    Returns
    -------
    ThumbnailResponse
        ``visual_appeal_score``: 10 × rule points earned / points of the rules that apply, 0–10.
        ``click_probability`` (0–1): the channel model's predicted impressions click-through rate
        when one is fitted, else the published CTR of a typical video (0.0447, the log-scale
        middle of YouTube's 2–10 % band, the same for every thumbnail); ``click_probability_source``
        says which (``"channel_model"`` or ``"rules_prior"``) and ``click_probability_interval``
        gives the model's 10th–90th percentile out-of-fold interval or that band.
        ``sources``: where each number comes from (``core/schemas/sources.py``).
        ``competitive_ranking``: 1 + the competitors ranked above the thumbnail by
        (click_probability, visual_appeal_score); ``competitors``: each one's score, rank (1 =
        best, the thumbnail counted) or ``error`` when it could not be read.
        ``reasons`` and ``components``: every rule, its measurement, points and source.
        ``analysis``: the measurements (:class:`~.features.ThumbnailFeatures` fields),
        ``sha256`` and ``file_bytes`` of the file.
        ``improvements`` and ``improvement_edits``: the edits whose fresh re-score is more than
        0.01 higher, best first; ``improved``: those edits chained and the chain's score.
        ``checks``: the platform's limits the file breaks (aspect ratio off by more than 0.03;
        on YouTube over 2 MiB or under 640 px wide) and why objects were not measured.
        ``model_version``: the rules version, plus the channel model's fit time.

    Raises
    ------
    InputError
        The thumbnail is missing, unreadable, not an image, corrupt, too large (more than
        40 MP or 64 MiB) or too thin (a side under 16 px, or longer than 20:1). An image over
        4.2 MP is measured at 1/n size (``checks`` says so). A bad competitor is reported in its entry instead.
    ModelUnavailable
        The OCR engine (rapidocr) or OpenCV's Haar cascade cannot be loaded. Missing YOLO
        weights are not an error: ``analysis.objects`` says why people were not counted.
    Cancelled
        Through ``progress``, when the user cancels.

    Notes
    -----
    Measures and improvement searches are cached by the file's SHA-256, so scoring the same
    file again is instant. The rules, their points and their published sources are in
    models/thumbnail/MODEL_CARD.md (ytgrowth Thumbnail IQ layer 1, W3C WCAG 2.x, Hasler &
    Süsstrunk 2003, Pech-Pacheco et al. 2000, TubeLog); the 2–10 % band is YouTube Help's
    "half of all channels and videos on YouTube have an impressions CTR between 2 % and 10 %";
    the 2 MB, 640 px and 1280×720 figures are YouTube's own custom-thumbnail limits.
    """
    ctx = request.context
    path = resolve_path(request.thumbnail_path)
    stored = thumbnail_model.load_channel_model()
    # the channel model answers only when its time-ordered test beat the channel's median CTR (p < 0.05)
    channel = stored if stored and stored.get("answers") else None
    progress.update(0.02, "measuring the thumbnail (faces, text, contrast)")
    feats, digest = image_features(path)
    main = score_features(feats, channel)
    analysis = {**feats, "sha256": digest, "file_bytes": path.stat().st_size}
    checks = _checks(feats, path, ctx.platform)
    # the score is known now: a front paints it before the competitors and the edit search
    progress.partial({"kind": "thumbnail_score", "visual_appeal_score": main["visual_appeal_score"],
                      "click_probability": main["click_probability"],
                      "click_probability_source": main["click_probability_source"],
                      "click_probability_interval": main["click_probability_interval"],
                      "reasons": reason_lines(main["components"]), "components": main["components"],
                      "analysis": analysis, "checks": checks})
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
        analysis=analysis,
        improvement_edits=search["improvements"],
        improved={"edits": search["chain"], "visual_appeal_score": search["chain_score"]},
        competitors=competitors,
        checks=checks,
        sources=_sources(channel),
        **_channel_fields(main, stored, channel),
    )


def _channel_fields(main: dict, stored: Optional[dict], channel: Optional[dict]) -> dict:
    """The channel model's outlier multiple and, in plain words, whether it answered and why."""
    if channel:
        out = {k: main[k] for k in ("outlier_multiple", "outlier_multiple_interval", "channel_median_ctr")
               if main.get(k) is not None}
        note = (f"your channel model ({channel.get('n_videos')} videos, time-ordered Spearman "
                f"{channel.get('cv_spearman')}, permutation p = {channel.get('p_value')}) predicts the CTR")
        if main.get("outlier_multiple") is not None:
            note += (f": ×{main['outlier_multiple']:.2f} your channel's median CTR "
                     f"({main['channel_median_ctr']:.1%})")
        if main.get("outside_fitted_range"):
            from viralml_desktop.core.personal import out_of_range_warning
            note += "; " + out_of_range_warning(main["outside_fitted_range"], "thumbnails")
        return {**out, "channel_model_note": note}
    if stored:
        return {"channel_model_note": f"your channel model ({stored.get('n_videos')} videos) is not used: "
                                      f"{stored.get('reason', 'it did not beat your median CTR')}; the click "
                                      "probability is the published one"}
    return {}


def _sources(channel: Optional[dict]) -> dict:
    """Where each number of the response comes from (``core/schemas/sources.py``)."""
    rules = sources.model("thumbnail", "the published thumbnail rules turned into points, from the image's "
                          "measurements (models/thumbnail/MODEL_CARD.md)")
    if channel:
        click = sources.personal("your channel's thumbnail model",
                                 f"time-ordered CV Spearman of impressions CTR (permutation p = {channel.get('p_value')})",
                                 channel.get("cv_spearman"), int(channel.get("n_videos") or 0),
                                 "predicted impressions click-through rate from your YouTube Studio export; "
                                 "interval from its error on your newer videos")
    else:
        lo, hi = thumbnail_model.CTR_BAND
        click = sources.prior(thumbnail_model.CTR_CITATION, "published YouTube impressions CTR",
                              f"a typical video's click-through rate, the same for every thumbnail: half of all "
                              f"channels and videos lie between {lo:.0%} and {hi:.0%} (the interval). Import your "
                              "YouTube Studio export and thumbnails to predict it for yours")
    edit = sources.measured("the edit's setting", "how strongly the edit was applied")
    return {"visual_appeal_score": rules, "click_probability": click, "click_probability_interval": click,
            "competitive_ranking": sources.model("thumbnail", "rank by click probability, then by the rules score"),
            "competitors[].visual_appeal_score": rules, "competitors[].click_probability": click,
            "competitors[].rank": sources.model("thumbnail", "rank by click probability, then by the rules score"),
            "components": rules, "components[].value": sources.measured("the measurement the rule reads"),
            "analysis": sources.measured("the image: its size, colours, sharpness, faces and text"),
            "improvement_edits": sources.model("thumbnail", "the rules score of the edited image, re-measured"),
            "improvement_edits[].edit": edit, "improved": sources.model(
                "thumbnail", "the rules score of the image with every kept edit, re-measured"),
            "improved.edits": edit,
            **({"outlier_multiple": click, "outlier_multiple_interval": click,
                "channel_median_ctr": sources.measured("your videos' impressions CTR", "the median over your "
                                                       "videos the channel model was fitted on")}
               if channel else {})}
