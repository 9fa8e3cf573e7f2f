"""CONTRACT.md §1 — POST /predict_virality.

Optional request fields beyond the contract: ``metadata.platform`` (the duration sweet spot to
use), ``frames`` (how many frames to sample), ``ocr`` (read text overlays on a few frames) and
``use_personal_model``. Extra response fields: ``reasons`` (one line per factor, the score and
the confidence), ``missing_factors`` (factors not measured and why: their value in ``factors``
is then the model's imputed mean, never a measurement), ``interval``, ``model``,
``measurements``, ``detected``, ``notes``, ``timings_ms``, ``model_version``.
"""
from __future__ import annotations

from typing import Optional

from pydantic import Field

from viralml_desktop.core.schemas.common import Platform, Request, Response, Unit


class VideoMetadata(Request):
    artist: str = ""
    genre: str = ""
    duration: Optional[float] = Field(None, ge=0, description="seconds; read from the file when absent")
    has_hook: Optional[bool] = Field(None, description="detected from the audio when absent")
    platform: Optional[Platform] = Field(None, description="where it will be posted: picks the duration sweet spot")


class ViralityRequest(Request):
    video_path: str = Field(min_length=1)
    metadata: VideoMetadata = VideoMetadata()
    frames: int = Field(12, ge=3, le=48, description="frames sampled evenly for the visual measures")
    ocr: bool = Field(True, description="read text overlays on a few frames (when the OCR model is available)")
    use_personal_model: bool = Field(True, description="use the model fitted on your videos once it exists")


class ViralityFactors(Response):
    visual_appeal: Unit
    audio_quality: Unit
    trend_alignment: Unit
    genre_popularity: Unit


class ViralityResponse(Response):
    virality_score: Unit
    confidence: Unit
    factors: ViralityFactors
    reasons: dict[str, str] = Field(default_factory=dict)
    missing_factors: dict[str, str] = Field(default_factory=dict)
    interval: Optional[list[Unit]] = None
