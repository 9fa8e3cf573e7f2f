"""CONTRACT.md §2 — POST /predict_posting_time."""
from __future__ import annotations

import datetime as dt
from typing import Optional

from pydantic import Field, field_validator

from viralml_desktop.core.schemas.common import Platform, Request, Response


class PostingTimeRequest(Request):
    artist_name: str = ""
    target_countries: list[str] = Field(min_length=1)
    platform: Platform = "tiktok"
    # Optional (beyond the contract): the day the post is planned for (default: tomorrow, UTC),
    # each country's share of the audience (default: equal), and the imported account whose
    # history personalises the answer (default: an imported account named like artist_name).
    planned_date: Optional[dt.date] = None
    country_weights: Optional[dict[str, float]] = None
    account_id: Optional[str] = None

    @field_validator("target_countries", mode="before")
    @classmethod
    def _countries(cls, v):
        if isinstance(v, str):  # "US, MX" from a form or the command line
            v = [p for p in v.replace(";", ",").split(",") if p.strip()]
        if isinstance(v, list) and not v:
            raise ValueError("give at least one country code (e.g. [\"US\", \"MX\"])")
        if not isinstance(v, list):
            return v
        from viralml_desktop.core import timezones

        out: list[str] = []
        for code in v:
            if not isinstance(code, str):
                raise ValueError(f"country codes are strings, got {code!r}")
            try:
                c = timezones.normalize_code(code)
            except ValueError as e:
                raise ValueError(str(e)) from None
            if c in out:
                raise ValueError(f"country {c} is listed twice")
            out.append(c)
        return out


class PostingTimeResponse(Response):
    optimal_time_utc: str = Field(pattern=r"^([01]\d|2[0-3]):[0-5]\d$")
    timezone_breakdown: dict[str, str]
    expected_engagement_boost: float = Field(gt=0)
