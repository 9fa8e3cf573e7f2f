"""CONTRACT.md §5 — POST /calculate_affinity."""
from __future__ import annotations

from typing import Annotated, Literal, Optional

from pydantic import Field

from viralml_desktop.core.schemas.common import Count, NonNegInt, Part, Platform, Request, Response, Unit
from viralml_desktop.core.schemas.sources import SOURCES_DOC, Sources

Texts = Optional[list[Annotated[str, Field(max_length=5000)]]]


class AffinityMetrics(Request):
    shared_followers: Count = 0
    engagement_overlap: Unit = 0.0
    content_similarity: Optional[Unit] = None
    account_followers: Optional[Count] = None
    target_followers: Optional[Count] = None


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


class EngagementRate(Part):
    """Where one engagement probability comes from: the account's imported posts or a benchmark."""
    value: Unit = Field(description="per view")
    source: Literal["imported_history", "published_benchmarks"]
    n_posts: Optional[int] = Field(None, ge=0, description="imported posts it was measured on")
    per_post_p10_p90: Optional[list[float]] = Field(None, description="spread over those posts")
    platform: Optional[Platform] = Field(None, description="the benchmark's platform")
    reference: Optional[str] = Field(None, description="the benchmark's source")


class AffinityDetails(Part):
    """The model's inputs, where each came from, the input path, and how they moved the score."""
    content_similarity: Optional[float] = Field(None, description="the text-similarity input: given or measured "
                                                                  "from the texts (null: unknown, adds nothing)")
    content_source: str
    audio_similarity: Optional[float] = Field(None, description="two known artists' audio-profile similarity")
    audio_source: str = ""
    popularity_closeness: Optional[float] = Field(None, description="1 − two known artists' popularity gap / 100")
    profile_detail: Optional[dict[str, float]] = Field(
        None, description="two known artists' closer look (artists path inputs, 0-1 each): closeness_<audio feature> "
                          "(1 − |difference| of its percentile), shared_share_<genre> (the smaller of the two "
                          "shares), shared_collaborators (artists credited with both, count / 3, capped at 1), "
                          "popularity_median_closeness (1 − |median popularity gap| / 100), duration_closeness "
                          "(1 − |gap of mean track-duration percentiles|), genre_pair_rate and popularity_pair_rate "
                          "(how often training pairs of these genres / popularity levels collaborate)")
    shared_collaborators: Optional[list[str]] = Field(None, description="artists credited with both known artists "
                                                                        "on tracks the two do not share")
    engagement_overlap: Optional[float] = None
    audience_overlap: Optional[float] = None
    fan_overlap: Optional[float] = Field(None, description="the model's fan input (null: unknown, adds nothing)")
    fan_source: str
    embedder: Optional[str] = Field(None, description="the text embedder, when texts were compared")
    path: str = Field("", description="the input path: metrics, texts, metrics+texts, artists or artists+texts")
    contributions: dict[str, float] = Field(description="log-odds each known input adds over leaving it unknown "
                                                        "(>= 0)")
    thresholds: dict[str, float] = Field(description="score from which the potential is medium, high (this path's)")
    heldout_roc_auc: Optional[float] = Field(None, description="this path's ROC-AUC held out by artist")
    engagement: dict[str, EngagementRate] = Field(description="like, comment and share probability sources")


class AffinityResponse(Response):
    sources: Sources = Field(default_factory=dict, description=SOURCES_DOC)
    affinity_score: Unit
    collaboration_potential: Literal["low", "medium", "high"]
    engagement_prediction: EngagementPrediction
    # Extra fields, in the order the capability writes them
    engagement_source: Optional[Literal["imported_history", "published_benchmarks", "mixed"]] = None
    reasons: list[str] = Field(default_factory=list)
    details: Optional[AffinityDetails] = None
    model_version: str = ""
