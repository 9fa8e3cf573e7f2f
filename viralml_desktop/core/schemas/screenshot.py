"""POST /analyze_screenshot — every thumbnail of a feed screenshot found, scored and ranked.

Not in the original contract (an addition, issue 17): the request names a screenshot of a feed
(YouTube, TikTok, Instagram, X); the response lists each thumbnail tile the detector found
(``models/screenshot_yolo``) with its box, its visual-appeal score (the thumbnail score without
the improvement search), the title and views read under it, its rank, what the top-ranked
tiles do differently, and where the user's own thumbnail sits in the feed (feed preview).
"""
from __future__ import annotations

from typing import Literal, Optional

from pydantic import Field

from viralml_desktop.core.schemas.common import NonNegInt, Part, PathText, Platform, Request, Response, Unit
from viralml_desktop.core.schemas.sources import SOURCES_DOC, Sources


class ScreenshotRequest(Request):
    screenshot_path: PathText = Field(description="a screenshot of a feed (PNG, JPEG, WebP …)")
    my_thumbnail_path: Optional[PathText] = Field(
        None, description="the user's own thumbnail: matched to a tile (preview_mode 'match') or put into "
                          "tile my_tile (preview_mode 'insert'), then scored and ranked with the others")
    my_tile: Optional[NonNegInt] = Field(
        None, description="index of the tile that is the user's (with preview_mode 'insert': where their "
                          "thumbnail goes), counted from 0 like tiles[].index; core's messages use the same "
                          "numbering")
    preview_mode: Literal["match", "insert"] = "match"
    platform: Platform = "youtube"
    confidence: float = Field(0.35, ge=0.05, le=0.95, description="detector confidence threshold")
    read_text: bool = Field(True, description="read titles and view counts with OCR (false: faster)")


class TileMeasures(Part):
    """The measurements of a tile that the comparison of top and other tiles reads."""
    faces: NonNegInt = Field(description="frontal faces found (OpenCV Haar cascade)")
    face_share: float = Field(ge=0, le=1, description="share of the tile covered by the largest face")
    text_share: float = Field(ge=0, le=1, description="share of the tile covered by text read by OCR")
    contrast: float = Field(description="standard deviation of the grey tile, 0-~128 (vision.measures)")
    colourfulness: float = Field(description="Hasler & Süsstrunk colourfulness M")
    brightness: float = Field(description="mean grey level, 0-255")


class Tile(Part):
    """One thumbnail found in the screenshot."""
    index: NonNegInt = Field(description="detection order: top to bottom, left to right")
    box: list[int] = Field(description="x0, y0, x1, y1 in screenshot pixels")
    confidence: Unit
    visual_appeal_score: float = Field(ge=0.0, le=10.0)
    click_probability: Unit
    rank: int = Field(ge=1, description="1 = best by (click_probability, visual_appeal_score); partial tiles "
                                        "rank after every whole tile")
    title: str = Field("", description="the title read under the tile (grid), beside it (list) or over its "
                                       "bottom (Shorts/Reels), lines joined by a space; empty when none was read")
    meta: str = Field("", description="channel · views · age as read, lines joined by ' · '")
    views: Optional[int] = Field(None, description="the view count read from meta (EN/ES number formats), when "
                                                   "one was")
    mine: bool = False
    partial: bool = Field(False, description="cut off by the screenshot's edge: the box touches the border "
                                             "(within 8 px) and its aspect ratio differs from the whole tiles' "
                                             "median by 1.25x or more, or its area is under 60 % of their median, "
                                             "or it touches the top or bottom and no other tile has its size; "
                                             "or, anywhere, as wide as the whole tiles but under 75 % of their "
                                             "height (a row cut by a sticky bar); "
                                             "kept in the table, ranked after the whole tiles, left out of "
                                             "top_vs_rest and views_spearman")
    measures: TileMeasures
    reasons: list[str] = Field(default_factory=list)


class MeasureDifference(Part):
    """How the top-ranked tiles differ from the others on one measurement."""
    measure: str
    top_mean: float
    rest_mean: float
    difference: float
    direction: Literal["more", "less", "same"] = Field(
        "same", description="top against rest as shown: 'same' when the two values are equal after the "
                            "rounding of line")
    line: str


class FeedPreview(Part):
    """Where the user's thumbnail sits in the feed."""
    mode: Literal["match", "insert"]
    tile_index: Optional[NonNegInt] = None
    box: Optional[list[int]] = None
    similarity: Optional[float] = Field(None, description="match: 1 - mean absolute difference of the 64x36 "
                                                          "colour images, 0-1 (≥ 0.85 counts as a match)")
    matched: bool = False
    visual_appeal_score: Optional[float] = Field(None, ge=0.0, le=10.0)
    rank: Optional[int] = Field(None, ge=1)
    phone_size: Optional[list[int]] = Field(None, description="width, height of the phone-size preview")
    line: str = ""


class ScreenshotResponse(Response):
    n_thumbnails: NonNegInt
    tiles: list[Tile]
    image_size: list[int] = Field(description="width, height of the screenshot in pixels")
    top_vs_rest: list[MeasureDifference] = Field(default_factory=list)
    views_spearman: Optional[float] = Field(None, description="Spearman of score and views read, whole "
                                                              "tiles only (null under 5 tiles with views)")
    feed_preview: Optional[FeedPreview] = None
    detector: dict = Field(default_factory=dict, description="model, imgsz, ms (milliseconds), cold (true when this "
                                                            "was the process's first inference of the freshly "
                                                            "loaded weights: ms is then the slow cold figure, "
                                                            "warm calls take ~20 ms), confidence, title and "
                                                            "meta boxes found, text_layout (where the titles were "
                                                            "read: below, right, over, above (X posts: text above the media, views in the action bar under it); null without read_text)")
    timings: dict[str, float] = Field(default_factory=dict, description="seconds per stage")
    checks: list[str] = Field(default_factory=list)
    model_version: str = ""
    sources: Sources = Field(default_factory=dict, description=SOURCES_DOC)

