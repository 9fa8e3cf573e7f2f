"""CONTRACT.md §6 — POST /score_thumbnail."""
from __future__ import annotations

from typing import Any, Optional

from pydantic import Field

from viralml_desktop.core.schemas.common import NonNegInt, Part, PathText, Platform, Request, Response, Unit
from viralml_desktop.core.schemas.sources import SOURCES_DOC, Sources


class ThumbnailContext(Request):
    platform: Platform = "youtube"
    genre: str = ""
    competitors: list[PathText] = Field(default_factory=list)
    title: str = ""


class ThumbnailRequest(Request):
    thumbnail_path: PathText
    context: ThumbnailContext = ThumbnailContext()
    # Optional (not in the contract): skip the improvement search (batch scoring is faster).
    find_improvements: bool = True


class ScoreComponent(Part):
    """One rule of the visual-appeal score (models/thumbnail/MODEL_CARD.md)."""
    name: str
    points: float = Field(ge=0)
    max_points: float = Field(ge=0)
    applies: bool = Field(description="false: the rule does not apply (e.g. text rules without text)")
    value: Optional[float] = Field(None, description="the measurement the rule reads")
    rule: str
    source: str
    verdict: str


class TextBoxReading(Part):
    """A text box read by OCR, in the image's pixels."""
    x0: int
    y0: int
    x1: int
    y1: int
    text: str
    score: float
    contrast_ratio: float = Field(0.0, description="WCAG ratio of the letters against the pixels around them")
    read_at_phone_size: str = ""


class ThumbnailAnalysis(Part):
    """The measurements of the thumbnail the score reads."""
    measures: dict[str, Any] = Field(description="picture measures: width, height, brightness, contrast, "
                                                 "saturation, colourfulness, sharpness, clutter, faces …")
    text_boxes: list[TextBoxReading] = Field(default_factory=list)
    text_share: float = Field(0.0, ge=0, le=1, description="share of the image area covered by text")
    word_count: NonNegInt = 0
    words: list[str] = Field(default_factory=list)
    min_contrast_ratio: Optional[float] = Field(None, description="the weakest text box (null: no text)")
    phone_legibility: Optional[float] = Field(None, description="share of words still read at 168x94 (null: no text)")
    objects: dict[str, Any] = Field(default_factory=dict, description="object detection, or why it is unavailable")
    sha256: str
    file_bytes: NonNegInt


class ImageEdit(Part):
    """An edit of the image: contrast, saturation, brightness, warmth, sharpen, zoom_face, text_outline …"""
    kind: str
    amount: float


class ImprovementEdit(Part):
    """One candidate edit that raised the score when tried alone."""
    edit: ImageEdit
    label: str
    score_before: float
    score_after: float
    gain: float


class ImprovedThumbnail(Part):
    """The edits chained into one improved image and its score."""
    edits: list[ImageEdit]
    visual_appeal_score: float = Field(ge=0.0, le=10.0)


class CompetitorScore(Part):
    """A competitor's score and rank (1 = best, with the thumbnail itself), or why it failed."""
    path: str
    visual_appeal_score: Optional[float] = Field(None, ge=0.0, le=10.0)
    click_probability: Optional[Unit] = None
    rank: Optional[int] = Field(None, ge=1)
    error: Optional[str] = Field(None, description="why this competitor could not be scored")


class ThumbnailResponse(Response):
    sources: Sources = Field(default_factory=dict, description=SOURCES_DOC)
    visual_appeal_score: float = Field(ge=0.0, le=10.0)
    click_probability: Unit
    improvements: list[str]
    competitive_ranking: int = Field(ge=1)
    # Extra fields (allowed by CONTRACT.md; the app fills them, a minimal client may ignore them)
    model_version: str = ""
    click_probability_source: str = ""  # "rules_prior" or "channel_model"
    click_probability_interval: list[float] = Field(default_factory=list)
    outlier_multiple: Optional[float] = Field(
        None, ge=0, description="with a channel model that answers: the predicted impressions CTR as a multiple of "
                                "your channel's median CTR (sources: outlier_multiple); null without one")
    outlier_multiple_interval: Optional[list[float]] = Field(
        None, description="that multiple's range from the channel model's 10th–90th percentile error on your newer videos")
    channel_median_ctr: Optional[Unit] = Field(None, description="your channel's median impressions CTR, 0–1")
    channel_model_note: str = Field("", description="whether your channel model answered, and why, in plain words")
    reasons: list[str] = Field(default_factory=list)
    components: list[ScoreComponent] = Field(default_factory=list)
    analysis: Optional[ThumbnailAnalysis] = None
    improvement_edits: list[ImprovementEdit] = Field(default_factory=list)
    improved: Optional[ImprovedThumbnail] = None
    competitors: list[CompetitorScore] = Field(default_factory=list)
    checks: list[str] = Field(default_factory=list)
