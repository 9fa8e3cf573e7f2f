"""forecast_views: the expected views of an account's next posts, with an 80 % interval.

Not in CONTRACT.md's endpoint list (it is an addition, documented in README.md):
``{"account_id" | "recent_posts", "horizon"}`` → ``{"forecast": [{"post": 1, "p10", "p50",
"p90"}], "model", "sources"}``.
"""
from __future__ import annotations

from typing import Optional

from pydantic import Field, model_validator

from viralml_desktop.core.schemas.anomaly import PostRecord
from viralml_desktop.core.schemas.common import DateOrder, NonNegInt, Part, Request, Response
from viralml_desktop.core.schemas.sources import SOURCES_DOC, Sources


class ForecastRequest(Request):
    account_id: Optional[str] = Field(None, min_length=1, description="a stored account (read from the local "
                                      "store when recent_posts is not given; names the fine-tuned copy)")
    recent_posts: Optional[list[PostRecord]] = Field(None, min_length=1, description="the account's posts, "
                                                     "any order (sorted by timestamp)")
    horizon: int = Field(5, ge=1, le=5, description="how many next posts to forecast (1-5)")
    assume_tz: str = "UTC"
    date_order: Optional[DateOrder] = Field(None, description="day_first or month_first: how numeric dates "
                                            "(01/06/2025) read when the posts' dates cannot decide it; ISO "
                                            "dates (YYYY-MM-DD) need none")
    as_of: Optional[str] = Field(None, description="the date to forecast from (ISO 8601 date or date-time, UTC "
                                 "without an offset): the next posts are expected after it and after the last "
                                 "post (and a stored account's latest export); default: the later of those")
    include_band: bool = Field(False, description="also the expected band of every past post "
                                                  "(one post ahead, from the posts before it)")
    fine_tune: bool = Field(False, description="fine-tune the LSTM on this account first (needs account_id "
                                               "and at least 60 posts; kept only if it beats the global "
                                               "model on the account's latest posts) and score the global "
                                               "LSTM and the baseline there: the best of them answers for "
                                               "this account from then on")

    @model_validator(mode="after")
    def _one_source(self):
        if self.account_id is None and self.recent_posts is None:
            raise ValueError("give account_id (a stored account) or recent_posts")
        return self


class ForecastPoint(Part):
    """One future post: views quantiles (p10 and p90 bound the 80 % interval)."""
    post: int = Field(ge=1, description="1 = the next post")
    p10: float = Field(ge=0)
    p50: float = Field(ge=0)
    p90: float = Field(ge=0)
    expected_at: Optional[str] = Field(None, description="ISO 8601 UTC: the last post plus k median gaps, the "
                                       "first of them after forecast_from; the day alone (YYYY-MM-DD) when the "
                                       "history has dates only")


class BandPoint(Part):
    """One past post and the band expected for it from the posts before it."""
    timestamp: str
    views: NonNegInt
    p10: float = Field(ge=0)
    p50: float = Field(ge=0)
    p90: float = Field(ge=0)


class HeldOut(Part):
    """The held-out numbers behind the choice of model (models/lstm/metrics.json, series never seen)."""
    model_mase: Optional[float] = None
    model_coverage_80: Optional[float] = None
    best_baseline: Optional[str] = None
    best_baseline_mase: Optional[float] = None
    lstm_mase: Optional[float] = None


class ForecastResponse(Response):
    forecast: list[ForecastPoint]
    model: str = Field(description="lstm, lstm_fine_tuned, or the baseline answering (last_value, "
                                   "rolling_median_10, seasonal_naive_weekday, seasonal_naive_recent, "
                                   "seasonal_naive_level, seasonal_naive_shift)")
    sources: Sources = Field(default_factory=dict, description=SOURCES_DOC)
    # Extra fields
    account_id: Optional[str] = None
    forecast_from: Optional[str] = Field(None, description="the date the forecast is made from (ISO 8601 UTC; the "
                                         "day alone for a date-only history): every expected_at is after it")
    forecast_from_basis: Optional[str] = Field(None, description="which date that is: the latest of the last post, "
                                               "the latest export and as_of")
    n_posts: NonNegInt = 0
    notes: list[str] = Field(default_factory=list)
    held_out: Optional[HeldOut] = None
    fine_tuned: Optional[bool] = Field(None, description="with fine_tune: whether a fine-tuned copy is kept")
    band: Optional[list[BandPoint]] = Field(None, description="only with include_band")
