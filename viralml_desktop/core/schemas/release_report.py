"""release_report: the after-release report of a stored account and one of its posts (issue 18).

Not in CONTRACT.md's endpoint list (an addition, documented in README.md, "After-release report").
The request names a stored account (``viralml accounts``), optionally a post and its comments;
the response gathers the account's health (``detect_anomaly`` with its series, ``forecast_views``
with its band), the post's views so far with ``predict_peak``, the comments' sentiment
(``analyze_comments``), plain next steps (each naming the result it comes from) and, with
``out_path``, the PDF (``core/release/pdf.py``).

Response layout (the nested answers are the capabilities' responses, their ``sources`` lifted
into the report's own with the section as prefix: ``health.confidence``, ``peak.interval``)::

    {"account_id", "platform", "created_utc",
     "period": {"first", "last", "posts"},
     "verdict": {"anomaly_type", "is_shadowbanned", "confidence", "text"},
     "health": <detect_anomaly>, "forecast": <forecast_views> | null, "forecast_note",
     "post": {"post_id", "published_at", "caption", "views", "likes", "comments",
              "hours_since_posting", "readings": [{"hours", "views"}]},
     "peak": <predict_peak> | null, "peak_note",
     "comments": <analyze_comments> | null, "comments_note",
     "next_steps": [{"key", "text", "from", "values"}],
     "notes": [str], "pdf": str | null, "sources": {...}}
"""
from __future__ import annotations

from typing import Any, Literal, Optional

from pydantic import Field

from viralml_desktop.core.schemas.common import Part, PathText, Request, Response
from viralml_desktop.core.schemas.sources import SOURCES_DOC, Sources


class ReleaseReportRequest(Request):
    account_id: str = Field(min_length=1, max_length=200, description="a stored channel history (viralml accounts)")
    post_id: Optional[str] = Field(None, min_length=1, max_length=500,
                                   description="the post reported on (its stored id); default the latest post")
    comments_path: Optional[PathText] = Field(None, description="the post's comments: a CSV/TSV/Excel/ODS/JSON "
                                              "table with a comment column, or a text file (one per line)")
    comments: Optional[list[str]] = Field(None, max_length=100_000, description="the post's comments as text "
                                          "(added to those of comments_path)")
    out_path: Optional[PathText] = Field(None, description="write the PDF here (a path ending in .pdf, in an "
                                         "existing folder); none: no PDF")
    overwrite: bool = Field(False, description="replace out_path when it exists (else refused)")
    language: Literal["en", "es"] = Field("en", description="the PDF's labels")
    page_size: Literal["A4", "Letter"] = Field("A4", description="the PDF's page size")


class ReportPeriod(Part):
    first: Optional[str] = Field(None, description="ISO 8601 UTC of the oldest stored post")
    last: Optional[str] = Field(None, description="ISO 8601 UTC of the newest stored post")
    posts: int = Field(ge=0, description="posts stored for the account (daily totals excluded)")


class ReportVerdict(Part):
    anomaly_type: str
    is_shadowbanned: bool
    confidence: float = Field(ge=0, le=1)
    text: str = Field(description="the verdict in one English sentence")


class ReportReading(Part):
    hours: float = Field(gt=0, description="hours between the post's publication and the export that counted it")
    views: float = Field(ge=0)


class ReportPost(Part):
    post_id: str
    published_at: str
    caption: Optional[str] = None
    views: Optional[float] = None
    likes: Optional[float] = None
    comments: Optional[float] = None
    hours_since_posting: Optional[float] = Field(None, description="at the latest count stored (its export's date)")
    readings: list[ReportReading] = Field(default_factory=list, description="the counts each import saw, by age")


class NextStep(Part):
    key: str = Field(description="the step's template (core/release/steps.py NEXT_STEPS)")
    text: str = Field(description="the step in plain English")
    from_: str = Field(alias="from", description="the result it comes from: detect_anomaly, forecast_views, "
                                                 "predict_peak or analyze_comments")
    values: dict[str, str] = Field(default_factory=dict, description="the template's values, as text")


class ReleaseReportResponse(Response):
    sources: Sources = Field(default_factory=dict, description=SOURCES_DOC)
    account_id: str
    platform: str = ""
    created_utc: str
    period: ReportPeriod
    verdict: Optional[ReportVerdict] = None
    health: Optional[dict[str, Any]] = Field(None, description="the detect_anomaly response, with its series")
    health_note: str = ""
    forecast: Optional[dict[str, Any]] = Field(None, description="the forecast_views response with its band")
    forecast_note: str = ""
    post: Optional[ReportPost] = None
    peak: Optional[dict[str, Any]] = Field(None, description="the predict_peak response for the post")
    peak_note: str = ""
    comments: Optional[dict[str, Any]] = Field(None, description="the analyze_comments response")
    comments_note: str = ""
    next_steps: list[NextStep] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)
    pdf: Optional[str] = Field(None, description="the PDF written (out_path), or null")
