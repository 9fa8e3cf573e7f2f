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


class ThumbnailResponse(Response):
    visual_appeal_score: float = Field(ge=0.0, le=10.0)
    click_probability: Unit
    improvements: list[str]
    competitive_ranking: int = Field(ge=1)
