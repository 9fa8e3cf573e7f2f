"""CONTRACT.md §5 — POST /calculate_affinity."""
from __future__ import annotations

from typing import Literal, Optional

from pydantic import Field

from viralml_desktop.core.schemas.common import NonNegInt, Request, Response, Unit


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
    account_texts: Optional[list[str]] = None
    target_texts: Optional[list[str]] = None


class EngagementPrediction(Response):
    like_probability: Unit
    comment_probability: Unit
    share_probability: Unit


class AffinityResponse(Response):
    affinity_score: Unit
    collaboration_potential: Literal["low", "medium", "high"]
    engagement_prediction: EngagementPrediction
