"""predict_virality with account_id: the video as a multiple of the forecast for the account's next post.

Composed in the engine (engine.with_forecast_multiple) because the virality and account_health
families never import each other. The scoring of the video itself is replaced by a canned answer
here (its accuracy is tested elsewhere); what is tested is the composition.
"""
from __future__ import annotations

import numpy as np
import pytest

from viralml_desktop.core import engine
from viralml_desktop.core.schemas.virality import ViralityResponse

T0 = 1_700_000_000 - 1_700_000_000 % 86400 + 18 * 3600


def _store_account(account: str, n: int = 60, level: float = 10_000.0) -> np.ndarray:
    from viralml_desktop.core import store

    rng = np.random.default_rng(1)
    views = np.round(level * np.exp(rng.normal(0.0, 0.3, n)))
    store.default_store().upsert_posts([
        {"account_id": account, "platform": "tiktok", "views": int(v),
         "timestamp": str(np.datetime64(int(T0 + i * 86400), "s")) + "Z",
         "post_key": f"p{i}"} for i, v in enumerate(views)])
    return views


def _answer(score: float, kind: str = "personal") -> dict:
    model = {"kind": kind, "labelled_videos": 40, "weights": {}}
    if kind == "personal":
        model["cv_spearman"] = 0.41
    return {"virality_score": score, "confidence": 0.5, "sources": {},
            "factors": {"visual_appeal": 0.5, "audio_quality": 0.5, "trend_alignment": 0.5, "genre_popularity": 0.5},
            "model": model, "notes": []}


def test_the_multiple_is_the_personal_percentile_over_the_next_post_forecast(isolated_home):
    views = _store_account("acc")
    mid = engine.with_forecast_multiple("acc", _answer(0.5))
    high = engine.with_forecast_multiple("acc", _answer(0.95))
    nxt = mid["forecast_next_post"]
    assert nxt["p10"] <= nxt["p50"] <= nxt["p90"] and nxt["model"]
    expected = np.expm1(np.quantile(np.log1p(views), 0.5)) / nxt["p50"]
    assert mid["forecast_multiple"] == pytest.approx(expected, rel=1e-3)
    assert 0.5 < mid["forecast_multiple"] < 2.0          # a median video on a steady account is ~1x
    assert high["forecast_multiple"] > 1.3 * mid["forecast_multiple"]
    assert mid["sources"]["forecast_multiple"]["kind"] == "personal"
    assert "forecast_next_post" in mid["sources"]
    ViralityResponse.model_validate(high)


def test_no_multiple_from_the_prior_and_an_unknown_account_is_one_line(isolated_home):
    _store_account("acc", n=20)
    out = engine.with_forecast_multiple("acc", _answer(0.7, kind="prior"))
    assert out["forecast_multiple"] is None and any("personal virality model" in n for n in out["notes"])
    ViralityResponse.model_validate(out)
    # an account without stored posts: the score stays, the forecast is None with a note saying why
    none = engine.with_forecast_multiple("nobody", _answer(0.5))
    assert none["virality_score"] == 0.5
    assert none["forecast_multiple"] is None and none["forecast_next_post"] is None
    assert any("no posts are stored for nobody" in n for n in none["notes"])
    ViralityResponse.model_validate(none)


def test_engine_run_adds_it_when_the_request_names_an_account(isolated_home, monkeypatch, tmp_path):
    from viralml_desktop.core.virality import predict

    _store_account("acc")
    monkeypatch.setattr(predict, "run", lambda req, progress: _answer(0.8))
    clip = tmp_path / "v.mp4"
    clip.write_bytes(b"\0")
    out = engine.run("predict_virality", {"video_path": str(clip), "account_id": "acc"}, record=False)
    assert out["forecast_multiple"] > 0
    plain = engine.run("predict_virality", {"video_path": str(clip)}, record=False)
    assert plain.get("forecast_multiple") is None
    nadie = engine.run("predict_virality", {"video_path": str(clip), "account_id": "nadie"}, record=False)
    assert nadie["virality_score"] == 0.8 and nadie["forecast_multiple"] is None
    assert any("no posts are stored for nadie" in n for n in nadie["notes"])
