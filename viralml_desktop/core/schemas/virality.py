"""CONTRACT.md §1 — POST /predict_virality.

Optional request fields beyond the contract: ``metadata.platform`` (the duration sweet spot to
use), ``frames`` (how many frames to sample), ``ocr`` (read text overlays on a few frames) and
``use_personal_model``. Extra response fields: ``reasons`` (one line per factor, the score and
the confidence), ``missing_factors`` (factors not measured and why: their value in ``factors``
is then the model's imputed mean, never a measurement), ``interval``, ``model``,
``measurements``, ``detected``, ``notes``, ``timings_ms``, ``model_version``.
"""
from __future__ import annotations

from typing import Any, Literal, Optional

from pydantic import Field

from viralml_desktop.core.schemas.common import Part, PathText, Platform, Request, Response, Unit
from viralml_desktop.core.schemas.sources import SOURCES_DOC, Sources


class VideoMetadata(Request):
    artist: str = ""
    genre: str = ""
    duration: Optional[float] = Field(None, ge=0, description="seconds; used only where the file's length cannot "
                                      "be read (the measured length wins, and a note says when the two disagree)")
    has_hook: Optional[bool] = Field(None, description="detected from the audio when absent")
    platform: Optional[Platform] = Field(None, description="where it will be posted: picks the duration sweet spot")


class ViralityRequest(Request):
    video_path: PathText
    metadata: VideoMetadata = VideoMetadata()
    frames: int = Field(12, ge=3, le=48, description="frames sampled evenly for the visual measures")
    ocr: bool = Field(True, description="read text overlays on a few frames (when the OCR model is available)")
    use_personal_model: bool = Field(True, description="use the model fitted on your videos once it exists")
    account_id: Optional[str] = Field(None, min_length=1, max_length=200,
                                      description="a stored channel history: the prediction is also given as a "
                                                  "multiple of the views forecast for the account's next post "
                                                  "(forecast_multiple)")


class ViralityFactors(Response):
    visual_appeal: Unit
    audio_quality: Unit
    trend_alignment: Unit
    genre_popularity: Unit


class ScoringModel(Part):
    """The model that combined the factors: the shipped prior or the user's personal model."""
    kind: Literal["prior", "personal"]
    labelled_videos: int = Field(ge=0, description="the user's labelled videos")
    weights: dict[str, float] = Field(description="weight of each factor")
    # the prior
    needed_for_personal: Optional[int] = Field(None, description="labelled videos a personal model needs")
    held_out_spearman: Optional[float] = None
    held_out_mae: Optional[float] = None
    data: Optional[str] = Field(None, description="where the held-out figures come from")
    # the personal model
    cv_spearman: Optional[float] = None
    cv_mae: Optional[float] = None
    validation: Optional[str] = Field(None, description="how the personal model was cross-validated")
    p_value: Optional[float] = Field(None, description="the personal model's permutation p-value against your median")
    personal_not_used: Optional[str] = Field(None, description="why a fitted personal model did not answer")


class DetectedMetadata(Part):
    """The metadata the score used: as given, else measured from the file."""
    duration: float = Field(ge=0, description="seconds")
    has_hook: Optional[bool] = Field(None, description="as given, else as detected")
    has_hook_detected: Optional[bool] = Field(None, description="as detected from the audio (null: not measurable)")


class FactorParts(Part):
    """The measured parts of each factor, each 0..1 (genre_popularity: the genre it was read as)."""
    visual_appeal: dict[str, float] = Field(default_factory=dict)
    audio_quality: dict[str, float] = Field(default_factory=dict)
    trend_alignment: dict[str, float] = Field(default_factory=dict)
    genre_popularity: dict[str, str] = Field(default_factory=dict)


class VideoMeasurements(Part):
    """What was measured on the picture."""
    duration_s: float
    width: int
    height: int
    fps: float
    variable_frame_rate: bool
    rotation: int
    vertical: bool
    decode_method: str
    sampled_frames: list[float] = Field(description="seconds of the frames measured")
    motion_energy: Optional[float] = None
    cuts: Optional[int] = Field(description="shot boundaries found; null when not measured (measurements.absent."
                                "cut_rate says why: a compressed-stream estimate that found none, or one frame)")
    cut_times_s: list[float]
    cut_rate_per_min: Optional[float] = Field(None, description="cuts a minute; null when not measured")
    cut_method: Optional[str] = None
    frame_measures: dict[str, Any] = Field(description="frame measures averaged over the sampled frames")
    people: Optional[dict[str, Any]] = Field(None, description="person detection (null: not run)")
    text_overlays: Optional[dict[str, Any]] = Field(None, description="OCR of a few frames (null: not run)")
    truncated_at_s: Optional[float] = Field(None, description="where a damaged file stopped decoding")


class AudioMeasurements(Part):
    """What was measured on the sound."""
    duration_s: float
    rate: int
    channels: int
    lufs: Optional[float] = Field(None, description="integrated loudness (EBU R128)")
    true_peak_dbtp: Optional[float] = None
    sample_peak_dbfs: Optional[float] = None
    clipped_share: float
    clip_runs: int
    loudness_range_lu: Optional[float] = None
    crest_db: Optional[float] = None
    tempo_bpm: Optional[float] = None
    beat_strength: Optional[float] = None
    hook_lu: Optional[float] = Field(None, description="loudness of the first 3 s minus the rest")
    has_hook: Optional[bool] = Field(None, description="the first 3 s are loud and distinct from the rest")
    vocal_presence: Optional[float] = None
    truncated_at: Optional[float] = None
    absent: dict[str, str] = Field(default_factory=dict, description="measures not taken, and why")
    opening: Optional[str] = Field(None, description="what the first 3 s are: hook, same_as_rest (no quiet "
                                   "intro, no hook), quiet_intro, no_events, dull_intro (low-passed) or silent")
    hook_novelty: Optional[float] = Field(None, description="how far the first 3 s stand from the rest: timbre, "
                                          "chroma and spectral contrast in the rest's spreads (1 or more: distinct)")


class ViralityMeasurements(Part):
    """Every measurement of the file (null: no picture / no sound track)."""
    video: Optional[VideoMeasurements] = None
    audio: Optional[AudioMeasurements] = None
    absent: dict[str, str] = Field(default_factory=dict, description="measures not taken, and why")


class ViralityResponse(Response):
    sources: Sources = Field(default_factory=dict, description=SOURCES_DOC)
    virality_score: Unit
    confidence: Unit
    factors: ViralityFactors
    reasons: dict[str, str] = Field(default_factory=dict)
    missing_factors: dict[str, str] = Field(default_factory=dict)
    interval: Optional[list[Unit]] = None
    score_basis: str = Field("", description="what the score is, in plain words: a prediction for this video "
                                             "(personal model) or the genre's base rate, and what to import")
    # Extra fields, in the order the capability writes them
    model: Optional[ScoringModel] = None
    detected: Optional[DetectedMetadata] = None
    factor_parts: Optional[FactorParts] = None
    outlier_multiple: Optional[float] = Field(
        None, ge=0, description="with the personal model: predicted views as a multiple of your median views "
                                "(sources: outlier_multiple); null when the prior answers")
    outlier_multiple_interval: Optional[list[float]] = Field(
        None, description="that multiple's range from the 80th percentile of the model's errors on your newer videos")
    median_views: Optional[float] = Field(None, ge=0, description="your labelled videos' median views")
    predicted_views: Optional[float] = Field(None, ge=0, description="the personal model's predicted views, held to "
                                                                     "your videos' range")
    measurements: Optional[ViralityMeasurements] = None
    notes: list[str] = Field(default_factory=list)
    timings_ms: dict[str, float] = Field(default_factory=dict, description="wall-clock time of each stage")
    forecast_multiple: Optional[float] = Field(
        None, ge=0, description="with account_id and the personal model: the video's predicted views (the personal "
                                "model's percentile read on the account's stored views) over the median views "
                                "forecast_views expects for the account's next post; null otherwise, notes say why "
                                "(sources: forecast_multiple)")
    forecast_next_post: Optional[dict[str, Any]] = Field(
        None, description="the forecast the multiple divides by: p10, p50, p90 views of the next post and the model")
    model_version: str = ""
