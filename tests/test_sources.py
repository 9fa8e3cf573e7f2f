"""Every number a response shows says where it comes from (issue 14, point 1).

The walk is generic: :func:`viralml_desktop.core.sources.uncovered` visits every number of the
JSON (not a list of fields) and names those that no ``sources`` entry covers. The recorded
golden responses (the contract examples of every capability, a thumbnail, a clip, an account
history, a peak) are walked as recorded; tests/test_golden_responses.py checks that the engine
still answers them exactly, so a number added without a source fails here after re-recording.

Nothing is exempt: identifiers and echoes of the input (a tile's ``index``, a comment's ``index``,
the counts of what was given) are numbers a client reads too, and carry a ``measured`` entry that
says so ("the tiles' reading order", "counted over the comments given"). The one number with no
entry is the top-level ``sources`` itself, which is not walked.
"""
from __future__ import annotations

import json

import pytest

from golden_responses import GOLDEN

from viralml_desktop.core import engine, sources
from viralml_desktop.core.schemas.sources import Source


def _recorded() -> dict[str, dict]:
    return json.loads(GOLDEN.read_text(encoding="utf-8"))


def test_the_walk_sees_a_number_without_a_source():
    response = {"score": 0.5, "parts": [{"a": 1, "b": True}, {"a": 2}], "note": "x",
                "sources": {"parts[].a": sources.measured("a")}}
    assert sources.uncovered(response) == ["score"]
    response["sources"]["score"] = sources.no_evidence("nothing measured")
    assert sources.uncovered(response) == []
    # an entry covers the numbers below its path; a longer path wins
    src = {"m": sources.measured("all"), "m.x": sources.prior("a study")}
    assert sources.covering(src, "m.y[3]")["kind"] == "measured"
    assert sources.covering(src, "m.x")["kind"] == "prior"
    assert sources.covering(src, "mx") is None


def test_builders_make_valid_entries_and_model_reads_the_headline():
    head = json.loads((sources.paths.MODELS_DIR / "virality" / "metrics.json").read_text())["headline"]
    entry = sources.model("virality_prior", "the score")
    assert entry["kind"] == "model" and entry["value"] == head["value"] and entry["metric"] == head["metric"]
    for e in (entry, sources.measured("x"), sources.personal("p", "CV Spearman", 0.4, 31),
              sources.prior("A study, 2024"), sources.no_evidence("why")):
        Source.model_validate(e)


def test_every_recorded_response_has_a_source_for_every_number():
    missing = {label: sources.uncovered(resp) for label, resp in _recorded().items()}
    assert {k: v for k, v in missing.items() if v} == {}


#: capabilities walked live by a test below instead of by a recorded contract example: the
#: forecaster's example needs 28 posts, the screenshot detector's weights may be absent
LIVE = {"forecast_views": "test_forecast_views_has_a_source_for_every_number",
        "analyze_screenshot": "test_analyze_screenshot_has_a_source_for_every_number",
        "prepare_release": "test_prepare_release_has_a_source_for_every_number",
        "release_report": "test_release_report_has_a_source_for_every_number"}


def test_every_capability_is_walked():
    """A capability without a recorded contract example (or a live check below) fails here."""
    walked = {label.split(":", 1)[1] for label in _recorded() if label.startswith("contract:")}
    assert all(callable(globals().get(test)) for test in LIVE.values())
    assert set(engine.CAPABILITIES) - walked - set(LIVE) == set()


def test_forecast_views_has_a_source_for_every_number(isolated_home):
    posts = [{"views": 1000 + 37 * (i % 7) + 11 * i, "likes": 50, "timestamp": f"2025-09-{i + 1:02d}T18:00:00Z"}
             for i in range(28)]
    out = engine.run("forecast_views", {"recent_posts": posts, "horizon": 3, "include_band": True}, record=False)
    assert out["sources"]["forecast"]["kind"] in ("model", "personal")
    assert sources.uncovered(out) == []


def test_prepare_release_has_a_source_for_every_number(isolated_home, tmp_path):
    """The release kit (no contract example: it writes a folder) on a generated clip: every number of
    the kit, its embedded responses included, has an entry."""
    from viralml_desktop.api.examples import write_video

    clip = write_video(tmp_path / "clip.mp4", seconds=4.0, size=(480, 270), fps=24)
    out = engine.run("prepare_release", {"video_path": str(clip), "out_dir": str(tmp_path / "kit"),
                                         "title": "Nueva Vida", "artist": "Stakas", "genre": "trap",
                                         "countries": ["US", "MX"], "platforms": ["tiktok", "youtube"],
                                         "candidates": 2}, record=False)
    assert out["thumbnails"] and out["virality"] and set(out["captions"]) == {"tiktok", "youtube"}
    assert out["sources"]["thumbnails[0].response.visual_appeal_score"]["kind"] in ("model", "personal")
    assert sources.uncovered(out) == []


def test_release_report_has_a_source_for_every_number(isolated_home):
    """The after-release report on an imported history (tests/release_fixtures.py) with comments: the
    nested answers' numbers keep their entries (lifted under their section), the stored counts are measured."""
    from release_fixtures import store_history

    store_history()
    out = engine.run("release_report", {"account_id": "luna_roja", "comments": ["Temazo 🔥", "qué aburrido"]},
                     record=False)
    assert out["health"] and out["forecast"] and out["peak"] and out["comments"]  # every section answered
    assert sources.uncovered(out) == []


def test_analyze_screenshot_has_a_source_for_every_number(qapp, isolated_home, tmp_path):
    """A generated YouTube home grid (the detector's held-out photographs), OCR on, the user's
    thumbnail matched: every number of the tiles, the comparison and the preview has an entry.
    Skipped only when the detector's weights are absent (ModelUnavailable), with its reason."""
    import sys

    import cv2

    from viralml_desktop.api.examples import write_thumbnail
    from viralml_desktop.core.errors import ModelUnavailable

    sys.path.insert(0, str(sources.paths.ROOT_DIR / "training"))
    import screenshot_data as sd

    # the generator draws text: it needs the QApplication of pytest-qt's qapp (a QGuiApplication made
    # here would be the process's one, and the GUI tests after it could make no widget)
    photos, faces = sd._load_photos()
    img, _ = sd.render("yt_desktop_grid", "dark", 11, sd.Assets(photos, faces, held_out=True))
    shot = tmp_path / "grid.png"
    cv2.imwrite(str(shot), sd._to_array(img)[:, :, ::-1].copy())
    mine = tmp_path / "mine.jpg"
    write_thumbnail(mine, 30, "NUEVO", size=(1280, 720))
    try:
        out = engine.run("analyze_screenshot", {"screenshot_path": str(shot), "my_thumbnail_path": str(mine),
                                                "preview_mode": "insert", "my_tile": 0}, record=False)
    except ModelUnavailable as exc:
        pytest.skip(f"the screenshot detector is unavailable: {exc}")
    assert out["tiles"]  # how many it finds is tests/test_screenshot.py's business
    assert sources.uncovered(out) == []


def test_hashtag_scores_without_history_are_relevance_not_a_constant_lift(isolated_home):
    """Issue 14 acceptance: two captions without history give different scores, labelled relevance,
    and no reach effect is claimed for them."""
    outs = [engine.run("optimize_caption", {"base_caption": cap, "platform": "tiktok",
                                            "target_audience": {"genre": "trap", "countries": ["MX"]}}, record=False)
            for cap in ("Nueva Vida - Stakas", "Bailando toda la noche en la playa con mis amigos")]
    scores = [{r["tag"]: r["score"] for r in o["hashtags_ranked"]} for o in outs]
    shared = set(scores[0]) & set(scores[1])
    assert shared and any(scores[0][t] != scores[1][t] for t in shared)
    for o in outs:
        assert {r["basis"] for r in o["hashtags_ranked"]} == {"relevance"}
        assert all(r["expected_lift"] is None for r in o["hashtags_ranked"])
        assert sources.covering(o["sources"], "hashtags_ranked[0].score")["kind"] == "measured"
        imp = o["improvements"]
        assert imp["estimated_ctr_boost"] == 1.0 and imp["hashtag_effectiveness"] == 0.5
        assert o["sources"]["improvements.estimated_ctr_boost"]["kind"] == "no_evidence"
        assert sources.uncovered(o) == []


def test_posting_time_for_youtube_in_spain_without_history_is_not_midnight_utc(isolated_home):
    out = engine.run("predict_posting_time", {"target_countries": ["ES"], "platform": "youtube",
                                              "planned_date": "2026-03-04"}, record=False)
    assert out["optimal_time_utc"] != "00:00"
    assert out["sources"]["expected_engagement_boost"]["kind"] in ("no_evidence", "prior")


def test_affinity_engagement_comes_from_the_targets_history_else_no_evidence(isolated_home):
    from viralml_desktop.api.examples import CONTRACT_EXAMPLES
    from viralml_desktop.core import store

    req = CONTRACT_EXAMPLES["calculate_affinity"]
    before = engine.run("calculate_affinity", req, record=False)
    assert before["sources"]["engagement_prediction.like_probability"]["kind"] == "no_evidence"
    store.default_store().upsert_posts([
        {"account_id": req["target_account_id"], "platform": "tiktok", "post_key": f"p{i}",
         "timestamp": f"2025-10-{i + 1:02d}", "views": 1000, "likes": 120, "comments": 4, "shares": 3}
        for i in range(6)])
    after = engine.run("calculate_affinity", req, record=False)
    assert after["engagement_prediction"]["like_probability"] == 0.12
    assert after["sources"]["engagement_prediction.like_probability"]["kind"] == "measured"
    assert sources.uncovered(after) == []
