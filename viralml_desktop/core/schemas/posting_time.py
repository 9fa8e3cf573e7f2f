"""CONTRACT.md §2 — POST /predict_posting_time."""
from __future__ import annotations

import datetime as dt
from typing import Optional

from pydantic import Field

from viralml_desktop.core.schemas.common import Platform, Request, Response


class PostingTimeRequest(Request):
    artist_name: str = ""
    target_countries: list[str] = Field(min_length=1)
    platform: Platform = "tiktok"
    planned_date: Optional[dt.date] = None
    country_weights: Optional[dict[str, float]] = None


class PostingTimeResponse(Response):
    optimal_time_utc: str = Field(pattern=r"^([01]\d|2[0-3]):[0-5]\d$")
    timezone_breakdown: dict[str, str]
    expected_engagement_boost: float = Field(gt=0)
