"""CONTRACT.md §4 — POST /optimize_caption; research_hashtags and analyze_comments."""
from __future__ import annotations

from typing import Literal, Optional

from pydantic import Field

from viralml_desktop.core.schemas.common import Part, Platform, Request, Response, Unit
from viralml_desktop.core.schemas.sources import SOURCES_DOC, Sources


class TargetAudience(Request):
    genre: str = ""
    age_range: Optional[tuple[int, int]] = None
    countries: list[str] = Field(default_factory=list)


MAX_CAPTION_CHARS = 50_000


class CaptionRequest(Request):
    base_caption: str = Field(max_length=MAX_CAPTION_CHARS)
    platform: Platform = "tiktok"
    target_audience: TargetAudience = TargetAudience()
    # Optional, beyond the contract: they improve the answer; the minimal request still works.
    artist: str = Field("", max_length=200, description="artist name or @handle (else read from 'Title - Artist')")
    song_title: str = Field("", max_length=300, description="song title (else read from 'Title - Artist')")
    account_id: str = Field("", max_length=200, description="imported account whose post history drives the lift")
    hashtags: Optional[list[str]] = Field(None, max_length=60, description="use exactly these tags (GUI checkboxes)")
    emoji: bool = True


class RankedHashtag(Response):
    tag: str
    score: Unit
    # Extra fields: the tag's lift on reach (models/hashtags/MODEL_CARD.md)
    expected_lift: Optional[float] = Field(None, description="expected reach multiplier of a post with this tag")
    lift_80: Optional[list[float]] = Field(None, description="80 % interval of the lift")
    prob_gain: Optional[Unit] = Field(None, description="probability that the tag raises reach")
    n_posts: Optional[int] = Field(None, ge=0, description="the account's posts with this tag")
    basis: Optional[str] = Field(None, description="table prior or the account's own history")
    source: Optional[str] = Field(None, description="why it is a candidate: caption, artist, song, genre, …")
    selected: Optional[bool] = Field(None, description="optimize_caption: the tag is in the caption")
    platform_advises_against: Optional[bool] = Field(None, description="a generic tag the platform advises "
                                                                       "against (kept only when typed)")


class CaptionImprovements(Response):
    emoji_placement: str
    hashtag_effectiveness: Unit
    sentiment_score: float = Field(ge=-1.0, le=1.0)
    estimated_ctr_boost: float = Field(gt=0)
    # Extra fields
    sentiment_available: Optional[bool] = Field(None, description="false: no model read this language, "
                                                                  "sentiment_score 0 means unknown")
    ctr_boost_80: Optional[list[float]] = Field(None, description="80 % interval of estimated_ctr_boost")
    hashtag_basis: Optional[str] = None
    sentiment_model: Optional[str] = None


class EmojiAdded(Part):
    """An emoji the optimiser placed, and why."""
    emoji: str
    why: str = Field(description="'meaning: <palette> (<confidence>)': the editor's palette the clause "
                     "classifier read in the clause it closes (sad, party, love...) and its confidence, 0-1, "
                     "that an editor keeps this emoji there (models/captions/metrics.json emoji_placement)")
    where: Optional[str] = Field(None, description="'end of sentence': emoji go at clause ends only")
    after_word: Optional[str] = Field(None, description="the last word of the clause it closes")
    emoji_sentiment: Optional[float] = Field(None, description="Emoji Sentiment Ranking score (null: unlisted)")


class CaptionLength(Part):
    """The caption's length as the platform counts it (core/captions/limits.py)."""
    platform: Platform
    unit: Literal["weighted", "chars", "bytes"]
    limit: int
    length: int
    hashtags: int
    max_hashtags: Optional[int] = None
    within_limits: bool
    title_length: Optional[int] = Field(None, description="YouTube: the title's length")
    title_limit: Optional[int] = None
    bytes: Optional[int] = Field(None, description="YouTube: the description's UTF-8 bytes")
    byte_limit: Optional[int] = Field(None, description="YouTube: the Data API's description limit in bytes")


class CaptionResponse(Response):
    sources: Sources = Field(default_factory=dict, description=SOURCES_DOC)
    optimized_caption: str
    improvements: CaptionImprovements
    hashtags_ranked: list[RankedHashtag]
    # Extra fields
    platform: Optional[Platform] = None
    language: Optional[str] = Field(None, description="es, en or und")
    song_title: Optional[str] = None
    artist: Optional[str] = None
    hashtags_used: list[str] = Field(default_factory=list)
    emoji_added: list[EmojiAdded] = Field(default_factory=list)
    length: Optional[CaptionLength] = None
    truncated: Optional[bool] = Field(None, description="cut at a word boundary to fit the limit")
    notes: list[str] = Field(default_factory=list)
    model_version: str = ""
    title: Optional[str] = Field(None, description="YouTube: the title (first line)")
    description: Optional[str] = Field(None, description="YouTube: the description")
    title_length: Optional[int] = Field(None, description="YouTube: the title's length in characters (UTF-16 units)")
    title_limit: Optional[int] = Field(None, description="YouTube: the title's limit, 100 characters")


class HashtagRequest(Request):
    genre: str = ""
    platform: Platform = "tiktok"
    caption: str = Field("", max_length=MAX_CAPTION_CHARS)
    countries: list[str] = Field(default_factory=list)
    limit: int = Field(15, ge=1, le=60)
    artist: str = Field("", max_length=200)
    song_title: str = Field("", max_length=300)
    account_id: str = Field("", max_length=200)


class HashtagResponse(Response):
    sources: Sources = Field(default_factory=dict, description=SOURCES_DOC)
    hashtags_ranked: list[RankedHashtag]
    # Extra fields
    platform: Optional[Platform] = None
    language: Optional[str] = None
    genre_key: Optional[str] = Field(None, description="the genre table's row used (core/vocabulary.py)")
    account_posts_scored: Optional[int] = Field(None, ge=0)
    model: Optional[str] = None
    lift_model: Optional[str] = Field(None, description="whether the account's own hashtag model answers, and why "
                                      "(time-ordered test against its median, permutation p-value)")
    notes: list[str] = Field(default_factory=list, description="e.g. a genre the hashtag table does not know "
                             "(no genre hashtag is made from it)")


class CommentsRequest(Request):
    comments: list[str] = Field(min_length=1, max_length=100_000)


class CommentResult(Response):
    text: str
    language: str  # "es", "en" or "und" (core.language.detect_language)
    sentiment: Literal["positive", "neutral", "negative"]
    score: float = Field(ge=-1.0, le=1.0)  # p(positive) - p(negative)
    model: str = ""  # which model scored it; "none" for an empty comment
    probabilities: Optional[dict[str, Unit]] = None


class CommentExtreme(Response):
    index: int  # position in the request's comments
    text: str
    score: float = Field(ge=-1.0, le=1.0)


class EmojiUse(Response):
    emoji: str
    count: int  # uses over all comments
    comments: int  # comments holding it
    mean_score: float = Field(ge=-1.0, le=1.0)  # mean sentiment score of those comments


class CommentsResponse(Response):
    sources: Sources = Field(default_factory=dict, description=SOURCES_DOC)
    results: list[CommentResult]
    distribution: dict[str, int]
    share: dict[str, Unit] = Field(default_factory=dict)
    mean_score: Optional[float] = Field(None, ge=-1.0, le=1.0)
    most_positive: list[CommentExtreme] = Field(default_factory=list)
    most_negative: list[CommentExtreme] = Field(default_factory=list)
    top_emoji: list[EmojiUse] = Field(default_factory=list)
    languages: dict[str, int] = Field(default_factory=dict)
    empty_comments: int = 0
    models: list[str] = Field(default_factory=list)
    held_out_macro_f1: dict[str, float] = Field(default_factory=dict)  # models/sentiment/metrics.json
    elapsed_s: Optional[float] = None
