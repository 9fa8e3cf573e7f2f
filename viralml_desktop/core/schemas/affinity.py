"""CONTRACT.md §5 — POST /calculate_affinity."""
from __future__ import annotations

from typing import Annotated, Literal, Optional

from pydantic import Field

from viralml_desktop.core.schemas.common import NonNegInt, Platform, Request, Response, Unit

Texts = Optional[list[Annotated[str, Field(max_length=5000)]]]


class AffinityMetrics(Request):
    shared_followers: NonNegInt = 0
    engagement_overlap: Unit = 0.0
    content_similarity: Optional[Unit] = None
    account_followers: Optional[NonNegInt] = None
    target_followers: Optional[NonNegInt] = None


class AffinityRequest(Request):
    account_id: str = Field(min_length=1)
    target_account_id: str = Field(min_length=1)
    metrics: AffinityMetrics = AffinityMetrics()
    # recent captions or bios of each account: content_similarity is then measured from them
    account_texts: Texts = Field(default=None, max_length=500)
    target_texts: Texts = Field(default=None, max_length=500)
    # artist names as credited on Spotify: their profiles fill in missing metrics when known
    account_artist: Optional[str] = Field(default=None, max_length=200)
    target_artist: Optional[str] = Field(default=None, max_length=200)
    # for the engagement benchmarks when no post history is imported
    platform: Optional[Platform] = None


class EngagementPrediction(Response):
    like_probability: Unit
    comment_probability: Unit
    share_probability: Unit


class AffinityResponse(Response):
    affinity_score: Unit
    collaboration_potential: Literal["low", "medium", "high"]
    engagement_prediction: EngagementPrediction
