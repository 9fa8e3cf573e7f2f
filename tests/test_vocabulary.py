"""One vocabulary (issue 12, point 4): one platform list, one genre alias table, one progress
type in every signature, and the response extras a client reads declared in the schemas."""
from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest
from pydantic import TypeAdapter

from viralml_desktop.core import paths, vocabulary
from viralml_desktop.core.progress import Progress, ProgressLike, SubProgress
from viralml_desktop.core.vocabulary import GENRES, PLATFORM_LABELS, PLATFORMS, normalize_genre, normalize_platform

PACKAGE = Path(vocabulary.__file__).resolve().parents[1]
CORE = PACKAGE / "core"


# -- platforms ---------------------------------------------------------------------------------

def test_the_platforms_are_the_contracts_in_its_order_with_their_labels():
    assert PLATFORMS == ("tiktok", "instagram", "twitter", "youtube")  # CONTRACT.md §4
    assert list(PLATFORM_LABELS) == list(PLATFORMS)
    assert PLATFORM_LABELS["twitter"] == "X"


@pytest.mark.parametrize("typed, platform", [
    ("tiktok", "tiktok"), (" TikTok ", "tiktok"), ("YOUTUBE", "youtube"), ("X", "twitter"), ("x", "twitter"),
    ("Twitter / X", "twitter"), ("x/twitter", "twitter"), ("X (Twitter)", "twitter"), ("twitter", "twitter"),
])
def test_normalize_platform_reads_what_people_type(typed, platform):
    assert normalize_platform(typed) == platform


def test_an_unknown_platform_comes_back_folded_for_the_schema_to_refuse():
    from viralml_desktop.core.schemas.common import Platform

    assert normalize_platform(" Facebook ") == "facebook"
    adapter = TypeAdapter(Platform)
    assert adapter.json_schema()["enum"] == list(PLATFORMS)
    assert adapter.validate_python("Twitter/X") == "twitter"
    with pytest.raises(Exception, match="tiktok"):
        adapter.validate_python("facebook")


def _platform_tables() -> dict[str, set]:
    from viralml_desktop.core.affinity.calculate import BENCHMARK_ENGAGEMENT_RATE
    from viralml_desktop.core.captions.limits import LIMITS
    from viralml_desktop.core.captions.optimize import INLINE_EMOJI
    from viralml_desktop.core.thumbnails.score import ASPECTS

    models = paths.MODELS_DIR
    return {
        "captions.limits.LIMITS": set(LIMITS),
        "captions.optimize.INLINE_EMOJI": set(INLINE_EMOJI),
        "thumbnails.score.ASPECTS": set(ASPECTS),
        "affinity.calculate.BENCHMARK_ENGAGEMENT_RATE": set(BENCHMARK_ENGAGEMENT_RATE),
        "posting_time/prior.json": set(json.loads((models / "posting_time" / "prior.json").read_text("utf-8"))
                                       ["platforms"]),
        "hashtags/genre_platform_tags.json": set(json.loads(
            (models / "hashtags" / "genre_platform_tags.json").read_text("utf-8"))["platform"]),
    }


def test_every_table_keyed_by_platform_covers_exactly_the_platforms():
    for name, keys in _platform_tables().items():
        assert keys == set(PLATFORMS), name
    profile = json.loads((paths.MODELS_DIR / "virality" / "trend_profile.json").read_text("utf-8"))
    assert set(PLATFORMS) <= set(profile["duration_s"])  # plus default and youtube_shorts


def test_no_other_module_spells_the_platform_list():
    """A tuple, list or set of every platform name outside core/vocabulary.py is a second list (a
    rule naming some of them, say the platforms that show tags in a block, is not)."""
    offenders = []
    for f in sorted(PACKAGE.rglob("*.py")):
        if f.name == "vocabulary.py":
            continue
        for node in ast.walk(ast.parse(f.read_text("utf-8"))):
            if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
                names = [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
                if len(names) == len(node.elts) and set(names) == set(PLATFORMS):
                    offenders.append(f"{f.relative_to(PACKAGE)}:{node.lineno}")
    assert offenders == []


# -- genres ------------------------------------------------------------------------------------

def _json(*parts) -> dict:
    return json.loads(paths.MODELS_DIR.joinpath(*parts).read_text("utf-8"))


def test_every_alias_the_shipped_tables_knew_reads_as_before():
    """The virality model's spotify_by_genre aliases and the hashtag table's aliases, merged into
    core/vocabulary.py, still give each capability the row it had."""
    spotify = _json("virality", "genre_popularity.json")
    for alias, genre in spotify["aliases"].items():
        assert normalize_genre(alias, spotify["genres"]) == genre, alias
    for genre in spotify["genres"]:
        assert normalize_genre(genre, spotify["genres"]) == genre
    tags = _json("hashtags", "genre_platform_tags.json")["genres"]
    for genre, row in tags.items():
        for alias in [genre] + row["aliases"]:
            assert normalize_genre(alias, tags) == genre, alias


def test_the_capabilities_read_genres_through_the_vocabulary():
    from viralml_desktop.core.captions import hashtags
    from viralml_desktop.core.virality import model as vm

    assert hashtags.genre_key("Trap Latino") == "trap" and vm.normalize_genre("Trap Latino") == "hip-hop"
    assert hashtags.genre_key("house") == "electronic" and vm.normalize_genre("house") == "deep-house"
    assert hashtags.genre_key("Hip-Hop") == "hip hop" and vm.normalize_genre("hip hop") == "hip-hop"
    assert hashtags.genre_key("reguetón") == "reggaeton" and vm.normalize_genre("reggaeton") is None
    assert hashtags.genre_key("metal") is None and vm.normalize_genre("Heavy Metal") == "metal"
    assert hashtags.genre_key("") is None and vm.normalize_genre("") is None
    assert hashtags.genre_key("polka") is None and vm.normalize_genre("polka") is None


def test_the_genre_table_is_one_consistent_vocabulary():
    assert normalize_genre("Trap Latino") == "trap" and normalize_genre("RAP") == "hip-hop"
    seen: dict[str, str] = {}
    for genre, aliases in vocabulary.GENRE_ALIASES.items():
        assert genre in GENRES
        for a in (genre,) + aliases:
            assert seen.setdefault(vocabulary.fold(a), genre) == genre, f"{a!r} names two genres"
    for genre in GENRES:
        assert normalize_genre(genre) == genre and normalize_genre(GENRES[genre]) == genre
    assert set(vocabulary.GENRE_PARENT) <= set(GENRES) and set(vocabulary.GENRE_PARENT.values()) <= set(GENRES)
    # every genre a capability has data for is one the vocabulary knows
    for table in (_json("virality", "genre_popularity.json")["genres"],
                  _json("hashtags", "genre_platform_tags.json")["genres"],
                  _json("captions", "genre_emoji.json")["genres"]):
        assert {vocabulary.fold(g) for g in table} <= {vocabulary.fold(g) for g in GENRES}


# -- the GUI combos ----------------------------------------------------------------------------

def _items(combo) -> list[tuple[str, object]]:
    return [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]


def test_gui_combos_fill_from_the_vocabulary(main_window):
    from viralml_desktop.gui import choices

    want = [(PLATFORM_LABELS[p], p) for p in PLATFORMS]
    for key in ("posting_time", "account_health", "virality", "affinity", "thumbnails", "captions"):
        items = _items(main_window.tabs[key].platform)
        assert items[-len(PLATFORMS):] == want, key
        assert len(items) - len(PLATFORMS) in (0, 1), key  # at most one "any / auto-detect / all" first
    genres = [("", "")] + [(label, g) for g, label in GENRES.items()]
    for key in ("virality", "captions"):
        combo = main_window.tabs[key].genre
        assert _items(combo) == genres, key
        combo.setCurrentIndex(combo.findData("hip-hop"))
        assert combo.currentText() == "Hip-hop" and choices.value(combo) == "hip-hop"
        combo.setCurrentText("trap")  # typed: the genre it names
        assert choices.value(combo) == "trap"
        combo.setCurrentText("corridos tumbados")  # typed, not listed: sent as typed
        assert choices.value(combo) == "corridos tumbados"
    tab = main_window.tabs["posting_time"]
    tab.platform.setCurrentIndex(tab.platform.findData("twitter"))
    assert tab.platform.currentText() == "X" and tab.request()["platform"] == "twitter"


# -- one progress type -------------------------------------------------------------------------

def test_every_progress_object_is_progress_like():
    from viralml_desktop.core.progress import CancelOnly

    p = Progress()
    for obj in (p, p.sub(0.2, 0.8), SubProgress(p, 0, 1).sub(0.5, 1), CancelOnly(p)):
        assert isinstance(obj, ProgressLike), type(obj).__name__
    assert not isinstance(object(), ProgressLike)


def _progress_params():
    for f in sorted(CORE.rglob("*.py")):
        tree = ast.parse(f.read_text("utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                a = node.args
                for arg in a.posonlyargs + a.args + a.kwonlyargs:
                    if arg.arg == "progress":
                        yield f"{f.relative_to(CORE)}:{node.lineno} {node.name}", arg.annotation


def test_every_core_signature_types_its_progress_as_progress_like():
    found = list(_progress_params())
    assert len(found) > 20
    bad = [where for where, ann in found
           if ann is None or ast.unparse(ann) not in ("ProgressLike", "Optional[ProgressLike]")]
    assert bad == []


# -- declared response extras ------------------------------------------------------------------

def test_a_part_is_checked_and_written_back_as_given():
    from viralml_desktop.core.schemas.thumbnail import ThumbnailResponse

    given = {"visual_appeal_score": 5, "click_probability": 0.5, "improvements": [], "competitive_ranking": 1,
             "improved": {"visual_appeal_score": 6, "edits": [{"kind": "contrast", "amount": 0.15}], "new": 1},
             "competitors": [{"path": "a.jpg", "error": "unreadable"}]}
    out = ThumbnailResponse.model_validate(given).model_dump(mode="json")
    assert out["improved"] == given["improved"] and list(out["improved"]) == ["visual_appeal_score", "edits", "new"]
    assert isinstance(out["improved"]["visual_appeal_score"], int)  # not turned into 6.0
    assert out["competitors"] == given["competitors"]  # no null rank / score added
    with pytest.raises(Exception, match="improved.visual_appeal_score"):
        ThumbnailResponse.model_validate(dict(given, improved={"visual_appeal_score": 11, "edits": []}))


def _openapi() -> dict:
    from viralml_desktop.api.server import create_app

    return create_app().openapi()


def _props(schemas: dict, schema: dict) -> dict:
    """The properties of a (possibly optional, possibly list) schema, $refs followed."""
    for s in schema.get("anyOf", [schema]):
        s = s.get("items", s)
        if "$ref" in s:
            return schemas[s["$ref"].rsplit("/", 1)[1]]["properties"]
    raise AssertionError(f"not a declared object: {schema}")


def test_openapi_documents_the_extras_the_gui_reads():
    schemas = _openapi()["components"]["schemas"]

    def props(model: str, field: str) -> set:
        return set(_props(schemas, schemas[model]["properties"][field]))

    assert {"edits", "visual_appeal_score"} <= props("ThumbnailResponse", "improved")
    assert {"path", "visual_appeal_score", "click_probability", "rank", "error"} <= props("ThumbnailResponse",
                                                                                        "competitors")
    assert {"measures", "text_boxes", "words", "min_contrast_ratio", "sha256"} <= props("ThumbnailResponse",
                                                                                        "analysis")
    assert {"edit", "label", "score_before", "score_after", "gain"} <= props("ThumbnailResponse", "improvement_edits")
    assert {"name", "points", "max_points", "applies", "verdict"} <= props("ThumbnailResponse", "components")
    assert {"type", "start", "end", "ongoing", "start_time", "end_time"} <= props("AnomalyResponse", "events")
    assert {"n_posts", "notes", "baseline_views", "change_pct"} <= props("AnomalyResponse", "details")
    assert {"timestamp", "views", "likes", "engagement_rate", "baseline_views"} <= props("AnomalyResponse", "series")
    assert schemas["AnomalyResponse"]["properties"]["reasons"]["items"] == {"type": "string"}
    assert {"kind", "weights"} <= props("ViralityResponse", "model")
    assert {"video", "audio", "absent"} <= props("ViralityResponse", "measurements")
    assert {"duration", "has_hook", "has_hook_detected"} <= props("ViralityResponse", "detected")
    assert {"time_utc", "relative_engagement"} <= props("PostingTimeResponse", "best_slots")
    assert {"used", "note"} <= props("PostingTimeResponse", "personal")
    assert {"contributions", "thresholds", "engagement"} <= props("AffinityResponse", "details")
    assert {"within_limits", "unit", "max_hashtags"} <= props("CaptionResponse", "length")
    assert {"selected", "lift_80", "platform_advises_against"} <= set(schemas["RankedHashtag"]["properties"])
    # declaring the extras keeps what a minimal client must send and read
    assert set(schemas["ThumbnailResponse"]["required"]) == {"visual_appeal_score", "click_probability",
                                                             "improvements", "competitive_ranking"}
    assert set(schemas["AnomalyResponse"]["required"]) == {"is_shadowbanned", "confidence", "anomaly_type",
                                                           "recommendation"}
