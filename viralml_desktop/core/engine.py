"""One entry point for every front: ``engine.run(name, request, progress)``.

The GUI worker, the CLI and the HTTP server all call this. It validates the request
against the capability's schema, refuses a disabled feature, imports the capability
module on first use (so ``import viralml_desktop.core`` stays light), measures latency
for the health counters, validates the response and records it in the history store.
"""
from __future__ import annotations

import importlib
import time
from dataclasses import dataclass
from typing import Any, Optional

from pydantic import BaseModel, ValidationError

from viralml_desktop.core import config, health, schemas
from viralml_desktop.core.encoding import json_safe
from viralml_desktop.core.errors import FeatureDisabled, InputError, NotAvailableYet, ViralMLError
from viralml_desktop.core.progress import Progress, ProgressLike
from viralml_desktop.core.schemas.common import (MAX_COUNT, add_ignored_notes, non_finite_field, read_request_keys,
                                                 with_ignored_hint)
from viralml_desktop.core.security import ConfinedRequest


@dataclass(frozen=True)
class Capability:
    name: str
    module: str  # viralml_desktop.core.<module>, exposing run(request, progress) -> response
    request: type[BaseModel]
    response: type[BaseModel]
    feature: Optional[str]  # ml_core.features key; None = always on
    title: str

    def load(self):
        return importlib.import_module(f"viralml_desktop.core.{self.module}")


CAPABILITIES: dict[str, Capability] = {
    c.name: c
    for c in [
        Capability("predict_virality", "virality.predict", schemas.ViralityRequest, schemas.ViralityResponse,
                   "virality_prediction", "Virality prediction"),
        Capability("predict_posting_time", "posting_time", schemas.PostingTimeRequest,
                   schemas.PostingTimeResponse, "posting_time_optimization", "Posting time"),
        Capability("detect_anomaly", "account_health.anomaly", schemas.AnomalyRequest, schemas.AnomalyResponse,
                   "shadowban_detection", "Reach-anomaly detection"),
        Capability("optimize_caption", "captions.optimize", schemas.CaptionRequest, schemas.CaptionResponse,
                   "caption_optimization", "Caption optimization"),
        Capability("calculate_affinity", "affinity.calculate", schemas.AffinityRequest, schemas.AffinityResponse,
                   "affinity_calculation", "Affinity"),
        Capability("score_thumbnail", "thumbnails.score", schemas.ThumbnailRequest, schemas.ThumbnailResponse,
                   "thumbnail_scoring", "Thumbnail scoring"),
        Capability("analyze_screenshot", "thumbnails.screenshot", schemas.ScreenshotRequest,
                   schemas.ScreenshotResponse, "thumbnail_scoring", "Feed screenshot analysis"),
        Capability("analyze_comments", "captions.comments", schemas.CommentsRequest, schemas.CommentsResponse,
                   "caption_optimization", "Comment sentiment"),
        Capability("predict_peak", "account_health.peak", schemas.PeakRequest, schemas.PeakResponse,
                   "shadowban_detection", "Peak prediction"),
        Capability("research_hashtags", "captions.hashtags", schemas.HashtagRequest, schemas.HashtagResponse,
                   "caption_optimization", "Hashtag research"),
        Capability("forecast_views", "account_health.forecast", schemas.ForecastRequest, schemas.ForecastResponse,
                   "shadowban_detection", "Views forecast"),
        Capability("prepare_release", "release.kit", schemas.PrepareReleaseRequest, schemas.PrepareReleaseResponse,
                   "virality_prediction", "Release kit"),
        Capability("release_report", "release.report", schemas.ReleaseReportRequest, schemas.ReleaseReportResponse,
                   None, "After-release report"),
    ]
}


def get_capability(name: str) -> Capability:
    try:
        return CAPABILITIES[name]
    except KeyError:
        raise InputError(f"unknown capability {name!r}; one of: {', '.join(CAPABILITIES)}") from None


def explain_validation(err: ValidationError) -> str:
    """One line naming each bad field and what is wrong with it."""
    return explain_errors(err.errors(include_url=False, include_input=False))


def explain_errors(errors: list[dict], skip: tuple[str, ...] = ()) -> str:
    """One line from pydantic's error list (``ValidationError.errors()`` or FastAPI's).

    Parameters
    ----------
    errors : list of dict
        Pydantic error entries with ``loc``, ``type``, ``msg`` and optionally ``ctx``.
    skip : tuple of str
        Location parts that name no field (FastAPI's leading ``"body"``).

    Returns
    -------
    str
        ``"invalid request: field: what is wrong; ..."`` naming at most three fields.
    """
    parts: dict[str, str] = {}
    for e in errors:
        # a union's branches add their own names ("constrained-float"): one line per field
        loc = ".".join(str(x) for x in e.get("loc", ()) if x not in skip and not _union_tag(x)) or "request"
        msg = ("unknown field" if e.get("type") == "extra_forbidden"
               else str(e.get("msg", "invalid")).removeprefix("Value error, "))
        if e.get("type") in ("less_than_equal", "greater_than_equal") and abs((e.get("ctx") or {}).get(
                "le", (e.get("ctx") or {}).get("ge", 0)) or 0) == MAX_COUNT:
            msg = f"above any real platform's count (limit {MAX_COUNT:.0e})"
        parts.setdefault(loc, msg)
    shown = list(parts.items())[:MAX_ERRORS_SHOWN]
    more = len(parts) - len(shown)
    return ("invalid request: " + "; ".join(f"{loc}: {msg}" for loc, msg in shown)
            + (f" (and {more} more)" if more > 0 else ""))


MAX_ERRORS_SHOWN = 3
_OUT_OF_RANGE = ("OutOfBoundsDatetime", "OutOfBoundsTimedelta")  # pandas' date-range errors (ValueError)


def _union_tag(part) -> bool:
    """Whether a location part names a union branch (``constrained-float``, ``int``) rather than a field."""
    return isinstance(part, str) and (part in ("int", "float", "str", "bool", "none")
                                      or part.startswith(("constrained-", "function-", "list[", "dict[", "tuple[")))


def parse_request(name: str, request: Any) -> BaseModel:
    cap = get_capability(name)
    if isinstance(request, cap.request):
        return request
    if isinstance(request, BaseModel):
        request = request.model_dump()
    if not isinstance(request, dict):
        raise InputError(f"invalid request: expected a JSON object, got {type(request).__name__}")
    bad = non_finite_field(request)
    if bad:
        raise InputError(f"invalid request: {bad}: must be a finite number")
    try:  # true/false where a number is expected, before pydantic reads it as 1
        read_request_keys(cap.request, request)
    except ValueError as e:
        raise InputError(f"invalid request: {e}") from None
    try:
        return cap.request.model_validate(request)
    except ValidationError as e:
        raise InputError(explain_validation(e)) from None


def is_enabled(name: str) -> bool:
    cap = get_capability(name)
    return cap.feature is None or config.get().feature_enabled(cap.feature)


def run(name: str, request: Any, progress: Optional[ProgressLike] = None, *, record: bool = True) -> dict:
    """Run one capability and return its response as a JSON-ready dict."""
    # A request whose files the server opened inside the media roots (security.open_request): the
    # capability reads those descriptors; they are closed when the run ends, and answers, the history
    # and messages name the files, not the descriptors.
    confined = request if isinstance(request, ConfinedRequest) else None
    shown = confined.shown if confined is not None else None
    try:
        return _run(name, request, progress, record, shown)
    except ViralMLError as e:
        if shown is not None and e.args and isinstance(e.args[0], str):
            e.args = (shown(e.args[0]),) + e.args[1:]
        raise
    finally:
        if confined is not None:
            confined.release()


MIN_ACCOUNT_POSTS_FOR_MULTIPLE = 5  # forecast_views needs 5 posts with views


def with_forecast_multiple(account_id: str, out: dict) -> dict:
    """Add ``forecast_multiple`` to a ``predict_virality`` answer: the video over the account's next post.

    Composed here, at the engine level, because the virality and account_health families never
    import each other: the personal virality model's score is the percentile the video would rank
    at among the user's own videos' log views; read on the account's stored views it is a number
    of views, divided by the median (p50) views ``forecast_views`` expects for the account's next post.

    Parameters
    ----------
    account_id : str
        A stored channel history (``viralml accounts``).
    out : dict
        The ``predict_virality`` response (JSON-ready); changed in place and returned.

    Returns
    -------
    dict
        ``out`` with ``forecast_multiple`` (float >= 0, or None with a note saying why: no posts
        stored for the account, no personal model, fewer than 5 stored posts with views, or
        forecasting disabled), ``forecast_next_post`` (``p10``, ``p50``, ``p90`` views and ``model``, for a
        post from now on: ``forecast_views`` with ``as_of`` today;
        None when no posts are stored) and their ``sources`` entries. The score itself is never
        withheld: an account without posts costs the answer its forecast, not the analysis.
    """
    import numpy as np

    from viralml_desktop.core import sources, store

    notes = out.setdefault("notes", [])
    model = out.get("model") or {}
    out.setdefault("forecast_multiple", None)
    posts = store.default_store().posts(account_id)
    if not posts:
        out.setdefault("forecast_next_post", None)
        notes.append(f"forecast_multiple: no posts are stored for {account_id} (import its analytics export "
                     f"with viralml import or the Import window)")
        return out
    views = np.array([float(p["views"]) for p in posts if p.get("views") is not None], dtype=float)
    if not is_enabled("forecast_views"):
        notes.append("forecast_multiple: the views forecast is disabled in the configuration")
        return out
    if len(views) < MIN_ACCOUNT_POSTS_FOR_MULTIPLE:
        notes.append(f"forecast_multiple: {account_id} has {len(views)} posts with views; the forecast needs "
                     f"{MIN_ACCOUNT_POSTS_FOR_MULTIPLE}")
        return out
    import datetime as dt

    # as of now: the video is posted from now on (the release kit's history stage asks the same)
    fc = get_capability("forecast_views").load().run(
        parse_request("forecast_views", {"account_id": account_id, "horizon": 1,
                                          "as_of": dt.datetime.now(dt.timezone.utc).isoformat()}), Progress())
    nxt = fc["forecast"][0]
    out["forecast_next_post"] = {"p10": nxt["p10"], "p50": nxt["p50"], "p90": nxt["p90"], "model": fc["model"]}
    src = out.setdefault("sources", {})
    fsrc = (fc.get("sources") or {}).get("forecast") if isinstance(fc.get("sources"), dict) else None
    src["forecast_next_post"] = fsrc or sources.model("lstm_forecaster", f"forecast_views ({fc['model']}) for the "
                                                      "account's next post")
    if model.get("kind") != "personal":
        notes.append("forecast_multiple needs your personal virality model (its score is a percentile among your "
                     "own videos' views); the prior's score is a popularity percentile of tracks, not views")
        return out
    score = float(out["virality_score"])
    predicted = float(np.expm1(np.quantile(np.log1p(views), score)))
    out["forecast_multiple"] = round(predicted / max(float(nxt["p50"]), 1.0), 3)
    src["forecast_multiple"] = sources.personal(
        "your virality model over the views forecast", "CV Spearman", model.get("cv_spearman"),
        int(model.get("labelled_videos") or 0),
        f"the video ranks at the {score:.0%} percentile of your videos: about {predicted:,.0f} views on "
        f"{account_id}'s {len(views)} stored posts, over the {float(nxt['p50']):,.0f} expected for its next post")
    return out


def _run(name: str, request: Any, progress: Optional[ProgressLike], record: bool, shown) -> dict:
    cap = get_capability(name)
    if not is_enabled(name):
        raise FeatureDisabled(f"{cap.title} is disabled in the configuration (features.{cap.feature})")
    req = parse_request(name, request)
    ignored = read_request_keys(cap.request, request)  # the keys the request does not model: named in notes
    progress = progress or Progress()
    module = cap.load()
    t0 = time.perf_counter()
    ok = False
    try:
        try:
            out = module.run(req, progress)
        except NotImplementedError:
            raise NotAvailableYet(f"{cap.title} is not available yet in this version") from None
        except InputError as e:  # a key the request does not model may be why it is refused: named
            if e.args and isinstance(e.args[0], str):
                e.args = (with_ignored_hint(e.args[0], ignored),) + e.args[1:]
            raise
        except (OverflowError, ValueError) as e:
            # The schemas bound counts and dates; a value they let through that still overflows a
            # date or float library is the request's, said in one line (never a traceback).
            if not isinstance(e, OverflowError) and type(e).__name__ not in _OUT_OF_RANGE:
                raise
            first = (str(e).strip().splitlines() or [""])[0]
            raise InputError(f"{cap.title}: a number or date of the request is out of the range it can compute "
                             f"with ({first or type(e).__name__})") from None
        if isinstance(out, BaseModel):
            out = out.model_dump(mode="json")
        out = json_safe(out)  # numpy scalars a capability left in extra fields become plain values
        out = add_ignored_notes(out, ignored)
        if name == "predict_virality" and getattr(req, "account_id", None):
            out = with_forecast_multiple(req.account_id, out)
        try:
            cap.response.model_validate(out)
        except ValidationError as e:  # a bug in the capability, never shown as a prediction
            raise RuntimeError(f"{name} produced an invalid response: {explain_validation(e)}") from e
        ok = True
        if shown is not None:
            out = shown(out)
        return out
    finally:
        latency_ms = (time.perf_counter() - t0) * 1000.0
        health.record_call(name, latency_ms, ok)
        if ok and record:
            doc = req.model_dump(mode="json")
            health.record_history(name, shown(doc) if shown is not None else doc, out)
