"""CONTRACT.md §1 — POST /predict_virality."""
from __future__ import annotations

from typing import Optional

from pydantic import Field

from viralml_desktop.core.schemas.common import Request, Response, Unit


class VideoMetadata(Request):
    artist: str = ""
    genre: str = ""
    duration: Optional[float] = Field(None, ge=0, description="seconds; read from the file when absent")
    has_hook: Optional[bool] = Field(None, description="detected from the audio when absent")


class ViralityRequest(Request):
    video_path: str = Field(min_length=1)
    metadata: VideoMetadata = VideoMetadata()


class ViralityFactors(Response):
    visual_appeal: Unit
    audio_quality: Unit
    trend_alignment: Unit
    genre_popularity: Unit


class ViralityResponse(Response):
    virality_score: Unit
    confidence: Unit
    factors: ViralityFactors
