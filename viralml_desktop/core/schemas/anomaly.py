"""CONTRACT.md §3 — POST /detect_anomaly, and predict_peak (used during analytics)."""
from __future__ import annotations

from typing import Optional, Union

from pydantic import Field

from viralml_desktop.core.schemas.common import NonNegInt, Platform, Request, Response, Unit


class PostRecord(Request):
    views: NonNegInt
    likes: Optional[NonNegInt] = None
    comments: Optional[NonNegInt] = None
    shares: Optional[NonNegInt] = None
    timestamp: str = Field(min_length=1)
    post_id: Optional[str] = None


class AnomalyRequest(Request):
    account_id: str = Field(min_length=1)
    platform: Platform = "tiktok"
    recent_posts: list[PostRecord] = Field(min_length=1)
    # Optional (not in CONTRACT.md): per-post series and all events for a chart, and the time
    # zone that timestamps without an offset are in.
    include_series: bool = False
    assume_tz: str = "UTC"


class AnomalyResponse(Response):
    is_shadowbanned: bool
    confidence: Unit
    anomaly_type: str
    detected_at: Optional[str] = None
    recommendation: str


class PeakRequest(Request):
    views: list[Union[float, int]] = Field(min_length=1)
    hours: Optional[list[float]] = None
    cumulative: bool = True
    account_id: Optional[str] = None
    # Optional: the account's own past posts' view series on the same clock (hours since posting),
    # for the Szabo-Huberman early-to-final scaling fitted on this account.
    reference_posts: Optional[list[list[Union[float, int]]]] = None
    reference_hours: Optional[list[float]] = None


class PeakResponse(Response):
    peak_hour: float = Field(ge=0)
    predicted_final_views: float = Field(ge=0)
