"""prepare_release: the release kit, the whole preparation of a post in one call (issue 18).

Not in CONTRACT.md's endpoint list (an addition, documented in README.md, "Release kit").
The request names a video and a folder; the response is the folder's ``kit.json``: every
capability's response the kit ran (virality, a score per thumbnail candidate, a caption per
platform, the posting time), the files written (paths relative to ``out_dir``) and ``sources``.
The layout is fixed in /work/notes/s7/release_interface.md and read by the PDF writer
(``core/release/pdf.py``) and the Release tab.
"""
from __future__ import annotations

from typing import Any, Literal, Optional

from pydantic import Field, field_validator

from viralml_desktop.core.schemas.common import Part, PathText, Request, Response, country_codes, split_list
from viralml_desktop.core.schemas.sources import SOURCES_DOC, Sources

KIT_PLATFORMS = ("tiktok", "instagram", "youtube")
"""The platforms a kit writes a caption and a calendar event for."""
STAGES = ("decode", "virality", "thumbnails", "captions", "posting_time", "history", "report")
"""The kit's stages, in the order the progress reports them (each message starts ``<stage>: ``)."""


class PrepareReleaseRequest(Request):
    video_path: PathText = Field(description="the video to release")
    out_dir: PathText = Field(description="the kit's folder (created; an existing non-empty one needs overwrite)")
    title: Optional[str] = Field(None, max_length=300, description="the song's title (captions, calendar, cover)")
    artist: Optional[str] = Field(None, max_length=200, description="the artist (captions, cover)")
    genre: Optional[str] = Field(None, max_length=100, description="as predict_virality takes it: trap, "
                                 "reggaeton, latin_pop …")
    countries: list[str] = Field(default_factory=lambda: ["US"], min_length=1, max_length=20,
                                 description="the audience's countries, ISO 3166-1 alpha-2")
    platforms: list[Literal["tiktok", "instagram", "youtube"]] = Field(
        default_factory=lambda: list(KIT_PLATFORMS), min_length=1, max_length=3,
        description="where it will be posted: a caption and a calendar event each")
    account_id: Optional[str] = Field(None, min_length=1, max_length=200,
                                      description="a stored channel history (viralml import); none: no history, "
                                                  "and the kit says what to import")
    language: Literal["en", "es"] = Field("en", description="the report's labels")
    page_size: Literal["A4", "Letter"] = Field("A4", description="the report's page size")
    candidates: int = Field(5, ge=1, le=12, description="thumbnail candidates taken from the video")
    overwrite: bool = Field(False, description="replace an existing non-empty out_dir")

    @field_validator("countries", mode="before")
    @classmethod
    def _countries(cls, v):
        return country_codes(v, repeats="drop")

    @field_validator("platforms", mode="before")
    @classmethod
    def _platforms(cls, v):
        v = split_list(v)
        if isinstance(v, list):
            out = []
            for p in v:
                p = p.strip().lower() if isinstance(p, str) else p
                if p not in out:
                    out.append(p)
            return out
        return v


class KitVideo(Part):
    """The video as read: its path as given, duration (s), displayed size (px) and frame rate, and
    whether the file is truncated or damaged (the decode's own line and the seconds it analysed)."""
    path: str
    duration_s: float = Field(ge=0)
    width: int = Field(ge=0)
    height: int = Field(ge=0)
    fps: float = Field(ge=0)
    damaged: bool = Field(False, description="the file is truncated or damaged: only its first analysed_seconds "
                                             "were read")
    damaged_note: Optional[str] = Field(None, description="the decode's line on the damage (also in notes); null: "
                                                          "the file read whole")
    analysed_seconds: Optional[float] = Field(None, ge=0, description="seconds of the video analysed; the whole "
                                                                      "duration when not damaged")


class KitThumbnail(Part):
    """One thumbnail candidate, ranked by its score_thumbnail score (1 = best)."""
    rank: int = Field(ge=1)
    time_s: float = Field(ge=0, description="where in the video the frame is, seconds")
    file: str = Field(description="the candidate, 1280x720 JPG under 2 MB, relative to out_dir")
    score: float = Field(ge=0, le=10, description="score_thumbnail's visual_appeal_score, 0-10")
    improved_file: Optional[str] = Field(None, description="the candidate with the verified improvements applied")
    improved_score: Optional[float] = Field(None, ge=0, le=10, description="the improved JPG's score_thumbnail "
                                            "score (the file is kept only when it scores above the candidate)")
    improved_response: Optional[dict[str, Any]] = Field(None, description="the improved JPG's score_thumbnail "
                                                        "response")
    cover_file: Optional[str] = Field(None, description="a vertical video's top candidates: the frame as a 9:16 "
                                      "cover, 1080x1920 JPG (TikTok, Instagram Reels, YouTube Shorts), relative to "
                                      "out_dir; null: a landscape video, or not a top candidate")
    improvements: list[Any] = Field(default_factory=list, description="the edits that raised the score, each "
                                    "re-scored (score_thumbnail improvement_edits)")
    response: dict[str, Any] = Field(description="the candidate's score_thumbnail response")


class KitCaption(Part):
    """One platform's caption, as written to captions/<platform>.txt."""
    text: str
    file: str
    chars: int = Field(ge=0, description="the length as the platform counts it (limits.py unit)")
    limit: int = Field(ge=0)
    hashtags: list[str] = Field(default_factory=list)
    response: dict[str, Any]


class KitSlot(Part):
    """A platform's posting slot: the next occurrence after now of the best weekday and hour."""
    utc: str
    weekday: str
    local: dict[str, str] = Field(description="per country: the slot in its most populous zone, ISO 8601 with offset")


class KitPostingTime(Part):
    response: Optional[dict[str, Any]] = None
    responses: dict[str, Any] = Field(default_factory=dict,
                                      description="per platform: its predict_posting_time response")
    slots: dict[str, KitSlot] = Field(default_factory=dict)


class KitHistory(Part):
    account_id: Optional[str] = None
    used: bool
    posts: int = Field(ge=0)
    notes: list[str] = Field(default_factory=list)
    forecast: Optional[dict[str, Any]] = None
    used_by: list[dict[str, Any]] = Field(default_factory=list, description=(
        "each stage that used a stored history or a model trained on the user's data, read from its response: "
        "stage, platform, account_id (null: not an account's posts), found_by (account_id: the account given; "
        "artist_name: predict_posting_time found it by the artist's name; labelled_videos, channel_model: the "
        "models trained on the user's videos), posts (stored posts of the account), answered (the personal "
        "model answered, else the prior) and model"))


class PrepareReleaseResponse(Response):
    sources: Sources = Field(default_factory=dict, description=SOURCES_DOC)
    kit_version: int = 1
    created_utc: str
    out_dir: str = Field("", description="the kit's folder (absolute)")
    request: dict[str, Any]
    video: KitVideo
    virality: Optional[dict[str, Any]] = Field(None, description="the predict_virality response (null: failed, "
                                               "see notes)")
    thumbnails: list[KitThumbnail] = Field(default_factory=list)
    captions: dict[str, KitCaption] = Field(default_factory=dict)
    posting_time: Optional[KitPostingTime] = None
    history: Optional[KitHistory] = None
    files: dict[str, Any] = Field(description="kit_json, thumbnails, covers (a vertical video's 9:16 covers), "
                                  "captions {platform: path}, schedule_ics, report_pdf: paths relative to out_dir "
                                  "(null: not written)")
    stage_seconds: dict[str, float] = Field(default_factory=dict)
    stage_status: dict[str, str] = Field(default_factory=dict, description="done, skipped or failed per stage")
    notes: list[str] = Field(default_factory=list, description="stages skipped or failed, one line each")
