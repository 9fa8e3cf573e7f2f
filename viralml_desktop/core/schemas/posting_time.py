"""CONTRACT.md §2 — POST /predict_posting_time."""
from __future__ import annotations

import datetime as dt
from typing import Optional

from pydantic import Field, field_validator

from viralml_desktop.core.schemas.common import Part, Platform, Request, RequestDate, Response, country_codes, \
    split_list
from viralml_desktop.core.schemas.sources import SOURCES_DOC, Sources


class PostingTimeRequest(Request):
    artist_name: str = ""
    target_countries: list[str] = Field(min_length=1)
    platform: Platform = "tiktok"
    # Optional (beyond the contract): the day the post is planned for (default: tomorrow, UTC),
    # each country's share of the audience (default: equal), and the imported account whose
    # history personalises the answer (default: an imported account named like artist_name).
    planned_date: Optional[RequestDate] = None  # 1970 on: earlier dates use pre-standard-time zones
    country_weights: Optional[dict[str, float]] = None
    account_id: Optional[str] = None

    @field_validator("planned_date")
    @classmethod
    def _plannable(cls, v):
        # before standard time a zone's offset is local mean time ("US_LMT"); nothing was posted then
        if v is not None and v.year < 1970:
            raise ValueError(f"{v.isoformat()} is not a day a post can be planned for (1970 or later)")
        return v

    @field_validator("target_countries", mode="before")
    @classmethod
    def _countries(cls, v):
        v = split_list(v)
        if isinstance(v, list) and not v:
            raise ValueError("give at least one country code (e.g. [\"US\", \"MX\"])")
        return country_codes(v, repeats="refuse")


class BestSlot(Part):
    """One of the best slots of the planned day, best first."""
    time_utc: str
    datetime_utc: str
    relative_engagement: float = Field(description="expected engagement against the average slot")
    timezone_breakdown: dict[str, str]


class ZoneTime(Part):
    """The slot's local time in one of a country's time zones."""
    zone: str = Field(description="IANA time zone")
    abbreviation: str
    utc_offset: str
    local_time: str
    local_date: str
    population_share: float = Field(description="share of the country's people in this zone")


class PersonalFit(Part):
    """Whether the account's own post history shaped the answer."""
    used: bool
    account_id: Optional[str] = None
    posts_used: int = Field(0, ge=0)
    posts_without_time: int = Field(0, ge=0)
    note: str = ""
    reference_zone: Optional[str] = None
    evaluation: Optional[dict] = Field(None, description="the personal model measured as used (core/personal.py): "
                                       "n, answers, reason, cv_spearman, skill, p_value, validation")


class PostingTimeResponse(Response):
    optimal_time_utc: str = Field(pattern=r"^([01]\d|2[0-3]):[0-5]\d$")
    timezone_breakdown: dict[str, str]
    expected_engagement_boost: float = Field(gt=0)
    # Extra fields, in the order the capability writes them
    boost_interval: list[float] = Field(default_factory=list, description="low and high of the boost")
    boost_basis: str = ""
    planned_date: Optional[str] = None
    notes: list[str] = Field(default_factory=list, description="what to know about the request as given (a "
                                                               "planned_date already past)")
    optimal_datetime_utc: Optional[str] = None
    best_slots: list[BestSlot] = Field(default_factory=list)
    zones: dict[str, list[ZoneTime]] = Field(default_factory=dict, description="per country")
    country_weights: dict[str, float] = Field(default_factory=dict, description="each country's audience share")
    heatmap: dict[str, list[list[float]]] = Field(default_factory=dict, description="per country (and UTC): "
                                                  "7 days x 24 hours of relative engagement, local time")
    heatmap_week_start: dict[str, str] = Field(default_factory=dict)
    heatmap_rows: list[str] = Field(default_factory=list)
    personal: Optional[PersonalFit] = None
    platform: Optional[Platform] = None
    sources: Sources = Field(default_factory=dict, description=SOURCES_DOC)
    model_version: str = ""
