"""CONTRACT.md §6 — POST /score_thumbnail."""
from __future__ import annotations

from pydantic import Field

from viralml_desktop.core.schemas.common import Platform, Request, Response, Unit


class ThumbnailContext(Request):
    platform: Platform = "youtube"
    genre: str = ""
    competitors: list[str] = Field(default_factory=list)
    title: str = ""


class ThumbnailRequest(Request):
    thumbnail_path: str = Field(min_length=1)
    context: ThumbnailContext = ThumbnailContext()
    # Optional (not in the contract): skip the improvement search (batch scoring is faster).
    find_improvements: bool = True


class ThumbnailResponse(Response):
    visual_appeal_score: float = Field(ge=0.0, le=10.0)
    click_probability: Unit
    improvements: list[str]
    competitive_ranking: int = Field(ge=1)
    # Extra fields (allowed by CONTRACT.md; the app fills them, a minimal client may ignore them)
    model_version: str = ""
    click_probability_source: str = ""  # "rules_prior" or "channel_model"
    click_probability_interval: list[float] = Field(default_factory=list)
    reasons: list[str] = Field(default_factory=list)
    components: list[dict] = Field(default_factory=list)
    analysis: dict = Field(default_factory=dict)
    improvement_edits: list[dict] = Field(default_factory=list)
    improved: dict = Field(default_factory=dict)
    competitors: list[dict] = Field(default_factory=list)
    checks: list[str] = Field(default_factory=list)
