"""CONTRACT.md §4 — POST /optimize_caption; research_hashtags and analyze_comments."""
from __future__ import annotations

from typing import Literal, Optional

from pydantic import Field

from viralml_desktop.core.schemas.common import Platform, Request, Response, Unit


class TargetAudience(Request):
    genre: str = ""
    age_range: Optional[tuple[int, int]] = None
    countries: list[str] = Field(default_factory=list)


class CaptionRequest(Request):
    base_caption: str
    platform: Platform = "tiktok"
    target_audience: TargetAudience = TargetAudience()


class RankedHashtag(Response):
    tag: str
    score: Unit


class CaptionImprovements(Response):
    emoji_placement: str
    hashtag_effectiveness: Unit
    sentiment_score: float = Field(ge=-1.0, le=1.0)
    estimated_ctr_boost: float = Field(gt=0)


class CaptionResponse(Response):
    optimized_caption: str
    improvements: CaptionImprovements
    hashtags_ranked: list[RankedHashtag]


class HashtagRequest(Request):
    genre: str = ""
    platform: Platform = "tiktok"
    caption: str = ""
    countries: list[str] = Field(default_factory=list)
    limit: int = Field(15, ge=1, le=60)


class HashtagResponse(Response):
    hashtags_ranked: list[RankedHashtag]


class CommentsRequest(Request):
    comments: list[str] = Field(min_length=1, max_length=100_000)


class CommentResult(Response):
    text: str
    language: str
    sentiment: Literal["positive", "neutral", "negative"]
    score: float = Field(ge=-1.0, le=1.0)


class CommentsResponse(Response):
    results: list[CommentResult]
    distribution: dict[str, int]
