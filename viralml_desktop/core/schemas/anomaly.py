"""CONTRACT.md §3 — POST /detect_anomaly, and predict_peak (used during analytics)."""
from __future__ import annotations

from typing import Any, Optional, Union

from pydantic import Field

from viralml_desktop.core.schemas.common import (Count, CountInt, CountValue, DateOrder, Hours, NonNegInt, Part,
                                                 Platform, Request, Response, TimestampText, Unit)
from viralml_desktop.core.schemas.sources import SOURCES_DOC, Sources


class PostRecord(Request):
    views: Count
    likes: Optional[Count] = None
    comments: Optional[Count] = None
    shares: Optional[Count] = None
    timestamp: TimestampText
    post_id: Optional[str] = None


class AnomalyRequest(Request):
    account_id: str = Field(min_length=1)
    platform: Platform = "tiktok"
    recent_posts: list[PostRecord] = Field(min_length=1)
    # Optional (not in CONTRACT.md): per-post series and all events for a chart, and the time
    # zone that timestamps without an offset are in.
    include_series: bool = False
    assume_tz: str = "UTC"
    date_order: Optional[DateOrder] = Field(None, description="day_first or month_first: how numeric dates "
                                            "(01/06/2025) read when the posts' dates cannot decide it; ISO "
                                            "dates (YYYY-MM-DD) need none")


class AnomalyEvent(Part):
    """A change in the account's reach, in post positions of the request (after duplicates are removed)."""
    type: str = Field(description="view_suppression, engagement_drop, gradual_decline, viral_spike, "
                                  "single_flop, level_shift")
    start: int = Field(ge=0, description="index of the first post of the event")
    end: int = Field(ge=0, description="index of the last post of the event")
    ongoing: bool = Field(description="the event reaches the latest post")
    effect: float = Field(description="size of the change in robust z-units")
    change_pct: float = Field(description="views against the baseline, -0.8 = 80 % lower")
    start_time: str = Field(description="ISO 8601 UTC of the first post")
    end_time: str = Field(description="ISO 8601 UTC of the last post")


class AnomalyDetails(Part):
    """The measurements behind the verdict (the event ones only when an event was found)."""
    n_posts: NonNegInt = Field(description="posts analysed after removing duplicates")
    notes: list[str] = Field(default_factory=list)
    window_posts: Optional[int] = Field(None, description="posts in the rolling baseline")
    event_start_index: Optional[int] = None
    posts_in_event: Optional[int] = None
    baseline_views: Optional[float] = Field(None, description="typical views before the event")
    change_pct: Optional[float] = Field(None, description="views during the event against the baseline, a fraction like events[].change_pct: -0.8 = 80 % lower")
    effect_robust_z: Optional[float] = None
    days_in_event: Optional[float] = None
    engagement_rate_before: Optional[float] = Field(None, description="median likes / views before the event")
    engagement_rate_during: Optional[float] = Field(None, description="median likes / views during the event")


class AnomalySeries(Part):
    """Per post, oldest first (with ``include_series``): for a chart."""
    timestamp: list[str]
    views: list[int]
    likes: list[Optional[int]]
    engagement_rate: list[Optional[float]]
    baseline_views: list[Optional[float]] = Field(description="the rolling baseline (null where none yet)")


class AnomalyResponse(Response):
    sources: Sources = Field(default_factory=dict, description=SOURCES_DOC)
    is_shadowbanned: bool
    confidence: Unit
    anomaly_type: str
    detected_at: Optional[str] = None
    recommendation: str
    # Extra fields (allowed by CONTRACT.md)
    model_version: str = ""
    confidence_basis: Optional[str] = Field(None, description="calibrated (the verdict's calibration cell beats "
                                            "a detector without skill, one-sided binomial p < 0.05) or "
                                            "base_rate_only (it does not: the confidence is the base rate of "
                                            "drops, no evidence beyond it); null without a verdict")
    reasons: list[str] = Field(default_factory=list, description="why, in words")
    details: Optional[AnomalyDetails] = None
    events: list[AnomalyEvent] = Field(default_factory=list, description="every change found, oldest first")
    series: Optional[AnomalySeries] = Field(None, description="only with include_series")


class PeakRequest(Request):
    views: list[Union[CountValue, CountInt]] = Field(min_length=1)
    hours: Optional[list[Hours]] = None
    cumulative: bool = True
    account_id: Optional[str] = None
    # Optional: the account's own past posts' view series on the same clock (hours since posting),
    # for the Szabo-Huberman early-to-final scaling fitted on this account.
    reference_posts: Optional[list[list[Union[CountValue, CountInt]]]] = None
    reference_hours: Optional[list[Hours]] = None


class PeakResponse(Response):
    sources: Sources = Field(default_factory=dict, description=SOURCES_DOC)
    peak_hour: float = Field(ge=0)
    predicted_final_views: float = Field(ge=0)
    # Extra fields
    interval: list[float] = Field(default_factory=list, description="final views, low and high")
    interval_level: Optional[float] = Field(None, description="coverage of the interval (0.8)")
    method: Optional[str] = Field(None, description="szabo_huberman (the account's past posts) or decay_curve")
    peak_source: Optional[str] = Field(None, description="observed (already behind) or the method's forecast")
    peak_hour_interval: Optional[list[float]] = Field(None, description="observed peaks: [start, end] hours of the "
                                                      "interval between two counts with the most views per hour; "
                                                      "the first interval [0, first count] bounds the peak, it does "
                                                      "not measure it")
    views_so_far: Optional[float] = None
    hours_observed: Optional[float] = None
    notes: list[str] = Field(default_factory=list)
    details: dict[str, Any] = Field(default_factory=dict, description="the fitted parameters")
