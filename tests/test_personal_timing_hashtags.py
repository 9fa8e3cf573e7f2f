"""Issue 14 point 4 for the posting-time and hashtag-lift personal models: both go through the one
routine of core/personal.py (at least 20 labelled posts, time-ordered folds, a permutation test
against the account's median). A channel whose engagement is pure noise almost never gets either
model (100 simulated channels, at most 5 %); a channel with a real effect gets it; the response
then carries a ``personal`` sources entry with the CV figure, n and p-value, and otherwise says
in words why its own model does not answer."""
from __future__ import annotations

import datetime as dt
import math

import numpy as np
import pytest

from viralml_desktop.core import engine, health, posting_time as pt, store, timezones
from viralml_desktop.core.captions import lift as hl

N_CHANNELS = 100
N_PERM = 39  # the fewest with which p < 0.05 is reachable: (1 + 0) / (1 + 39) = 0.025
TAGS = ["uno", "dos", "tres", "cuatro", "cinco", "seis"]
NY = "America/New_York"


def _timed_posts(rng, n: int, effect: float = 0.0, good_hour: int = 21, account: str = "acc") -> list[dict]:
    """n daily posts at random local hours (New York); ``effect`` adds log engagement near ``good_hour``."""
    tz = timezones.zoneinfo(NY)
    out = []
    for i, h in enumerate(rng.integers(0, 24, n)):
        t = dt.datetime(2025, 1, 1, int(h), 0, tzinfo=tz) + dt.timedelta(days=i)
        near = min(abs(int(h) - good_hour), 24 - abs(int(h) - good_hour)) <= 2
        likes = 300 * math.exp(rng.normal(0, 0.5) + (effect if near else 0.0))
        out.append({"account_id": account, "platform": "twitter", "post_key": f"p{i}", "likes": int(likes),
                    "timestamp": t.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")})
    return out


def _evaluate_timing(posts: list[dict], seed: int):
    prior = pt.load_prior()
    times = [dt.datetime.fromisoformat(p["timestamp"].replace("Z", "+00:00")) for p in posts]
    return pt.evaluate_personal(times, np.array([p["likes"] for p in posts], float), prior.tables["twitter"],
                                pt.Audience.of(["US"]), prior.personal, n_permutations=N_PERM, seed=seed)


def _tag_outcomes(rng, n: int, effect: float = 0.0) -> list[tuple[float, set[str]]]:
    out = []
    for _ in range(n):
        tags = set(rng.choice(TAGS, size=int(rng.integers(0, 3)), replace=False).tolist())
        out.append((rng.normal(0, 0.5) + (effect if "uno" in tags else 0.0), tags))
    return out


def test_noise_channels_almost_never_get_a_posting_time_or_hashtag_model():
    rng = np.random.default_rng(14)
    prior = hl.Prior.load()
    timing = tags = 0
    for c in range(N_CHANNELS):
        timing += _evaluate_timing(_timed_posts(rng, 40), seed=c)[0].answers
        tags += hl.evaluate_history(_tag_outcomes(rng, 40), prior, n_permutations=N_PERM, seed=c).answers
    assert timing <= 0.05 * N_CHANNELS, f"{timing} of {N_CHANNELS} noise channels got a posting-time model"
    assert tags <= 0.05 * N_CHANNELS, f"{tags} of {N_CHANNELS} noise channels got a hashtag model"


def test_a_channel_with_a_real_effect_gets_its_models():
    rng = np.random.default_rng(5)
    ev, fit = _evaluate_timing(_timed_posts(rng, 90, effect=1.2), seed=0)
    assert ev.answers and ev.p_value < 0.05 and ev.skill > 0 and fit is not None and fit.n == ev.n
    ev = hl.evaluate_history(_tag_outcomes(rng, 90, effect=1.5), hl.Prior.load(), n_permutations=N_PERM)
    assert ev.answers and ev.p_value < 0.05 and ev.skill > 0


def test_fewer_than_twenty_labelled_posts_are_not_tested():
    rng = np.random.default_rng(1)
    ev, fit = _evaluate_timing(_timed_posts(rng, 24, effect=3.0), seed=0)  # 19 posts with a baseline
    assert ev.n == 19 and not ev.answers and ev.p_value is None and fit is None
    ev = hl.evaluate_history(_tag_outcomes(rng, 19, effect=3.0), hl.Prior.load())
    assert not ev.answers and ev.p_value is None and "at least 20" in ev.reason


def test_the_tested_estimator_is_the_model_that_answers():
    # the regressor the permutation test refits and PersonalModel give the same adjustment
    rng = np.random.default_rng(2)
    posts = _timed_posts(rng, 70, effect=1.0)
    ev, fit = _evaluate_timing(posts, seed=0)
    assert fit is not None
    reg = pt.HourOfWeekRegressor(fit.kern.shape[0] and 2.0, None).fit(np.column_stack([fit.how, fit.log_prior]),
                                                                      fit.dev + fit.log_prior)
    assert fit.k == pytest.approx(float(reg.k_[0]))
    assert np.allclose(reg.adjustment_[0], fit.adjustment)


def test_posting_time_response_names_the_personal_model_and_ml_health_lists_it(isolated_home):
    rng = np.random.default_rng(5)
    store.default_store().upsert_posts(_timed_posts(rng, 90, effect=1.2, account="evening"))
    store.default_store().upsert_posts(_timed_posts(rng, 12, account="newcomer"))
    req = dict(target_countries=["US"], platform="twitter", planned_date="2025-07-16")
    r = engine.run("predict_posting_time", dict(req, account_id="evening"), record=False)
    ev = r["personal"]["evaluation"]
    assert r["personal"]["used"] and ev["answers"] and ev["p_value"] < 0.05
    src = r["sources"]["expected_engagement_boost"]
    assert src["kind"] == "personal" and src["n"] == ev["n"] and f"p = {ev['p_value']:.3f}" in src["metric"]
    assert src["value"] == pytest.approx(ev["cv_spearman"], abs=1e-4)
    engine.run("predict_posting_time", dict(req, account_id="newcomer"), record=False)
    rows = {r["model"]: r for r in health.personal_model_rows() if r["source"] == "posting_time"}
    assert rows["posting-time model of evening, twitter"]["p_value"] == ev["p_value"]
    newcomer = rows["posting-time model of newcomer, twitter"]
    assert newcomer["value"] is None and newcomer["verdict"] == "not enough items yet (7 of 20)"


def _tagged_posts(rng, n: int, effect: float, account: str = "acc") -> list[dict]:
    posts = []
    for i, (y, tags) in enumerate(_tag_outcomes(rng, n, effect)):
        posts.append({"account_id": account, "platform": "tiktok", "post_key": str(i),
                      "timestamp": f"2024-01-01T{i // 60:02d}:{i % 60:02d}:00Z",
                      "views": int(math.expm1(math.log1p(10_000) + y)), "hashtags": sorted(tags)})
    return posts


def test_hashtag_responses_claim_a_reach_effect_only_from_a_model_that_answers(isolated_home):
    rng = np.random.default_rng(9)
    st = store.default_store()
    st.upsert_posts(_tagged_posts(rng, 120, effect=1.5, account="real"))
    st.upsert_posts(_tagged_posts(rng, 120, effect=0.0, account="noise"))
    req = {"caption": "Nueva canción #uno #dos", "genre": "trap", "platform": "tiktok", "limit": 30}
    real = engine.run("research_hashtags", dict(req, account_id="real"), record=False)
    rows = {r["tag"]: r for r in real["hashtags_ranked"]}
    assert rows["#uno"]["basis"] == "history" and real["hashtags_ranked"][0]["tag"] == "#uno"
    src = real["sources"]["hashtags_ranked[].score"]
    assert src["kind"] == "personal" and src["n"] >= 100 and "permutation p = " in src["metric"]
    assert src["value"] is not None and "answers" in real["lift_model"]

    noise = engine.run("research_hashtags", dict(req, account_id="noise"), record=False)
    assert all(r["basis"] != "history" and r["expected_lift"] is None for r in noise["hashtags_ranked"])
    assert "no reach effect is claimed" in noise["lift_model"]
    opt = engine.run("optimize_caption", {"base_caption": "Nueva canción #uno #dos", "platform": "tiktok",
                                          "hashtags": ["#uno", "#dos"], "account_id": "noise"}, record=False)
    assert opt["improvements"]["estimated_ctr_boost"] == 1.0
    assert opt["sources"]["improvements.estimated_ctr_boost"]["kind"] == "no_evidence"
    assert "hashtag model" in opt["improvements"]["hashtag_basis"]
    assert any(n.startswith("hashtag reach: your hashtag model on") for n in opt["notes"])
    rows = {r["model"]: r for r in health.personal_model_rows() if r["source"] == "hashtags"}
    assert rows["hashtag lift model of real"]["p_value"] < 0.05
    assert rows["hashtag lift model of noise"]["verdict"].startswith("no skill over your median")


def test_a_slot_far_from_every_hour_the_account_posted_at_is_named_in_the_answer():
    # the range check of the posting-time model: a slot at a time of day the account never posted at
    rng = np.random.default_rng(4)
    tz = timezones.zoneinfo(NY)
    posts = [p for p in _timed_posts(rng, 200, effect=1.2)
             if 19 <= dt.datetime.fromisoformat(p["timestamp"].replace("Z", "+00:00")).astimezone(tz).hour <= 22]
    prior = pt.load_prior()
    times = [dt.datetime.fromisoformat(p["timestamp"].replace("Z", "+00:00")) for p in posts]
    fit = pt.PersonalModel(times, np.array([p["likes"] for p in posts], float), prior.tables["twitter"],
                           pt.Audience.of(["US"]), prior.personal)
    evening = dt.datetime(2025, 7, 16, 21, 0, tzinfo=tz).astimezone(dt.timezone.utc)
    assert pt.slot_outside_history(evening, fit) == ""
    morning = dt.datetime(2025, 7, 16, 9, 0, tzinfo=tz).astimezone(dt.timezone.utc)
    warning = pt.slot_outside_history(morning, fit)
    assert warning.startswith("unlike your posts: the slot is 09:00 in America/New_York")
    assert "(your posts: 19:00-22:59 local)" in warning and "published-study prior" in warning


def test_a_hashtag_model_answers_only_for_the_platform_it_was_fitted_on(isolated_home):
    """A lift model fitted on the account's YouTube posts answers for YouTube captions only: for TikTok
    no reach effect is claimed (no_evidence) and the note says why."""
    from viralml_desktop.gui.clauses import core_lines

    posts = _tagged_posts(np.random.default_rng(9), 120, effect=1.5, account="yt")
    for p in posts:
        p["platform"] = "youtube"
    store.default_store().upsert_posts(posts)
    req = {"base_caption": "Nueva canción #uno #dos", "hashtags": ["#uno", "#dos"], "account_id": "yt"}
    own = engine.run("optimize_caption", dict(req, platform="youtube"), record=False)
    assert own["sources"]["improvements.estimated_ctr_boost"]["kind"] == "personal"
    assert own["improvements"]["estimated_ctr_boost"] != 1.0
    other = engine.run("optimize_caption", dict(req, platform="tiktok"), record=False)
    assert other["improvements"]["estimated_ctr_boost"] == 1.0
    assert other["improvements"]["hashtag_effectiveness"] == 0.5
    src = other["sources"]["improvements.estimated_ctr_boost"]
    why = "your hashtag model is fitted on your youtube posts and answers only there: no reach effect is claimed for tiktok"
    assert src["kind"] == "no_evidence" and why in src["note"]
    assert f"hashtag reach: {why}" in other["notes"] and why in other["improvements"]["hashtag_basis"]
    assert core_lines(f"hashtag reach: {why}", "es").endswith("solo responde allí: no se afirma ningún efecto en el "
                                                             "alcance para tiktok")
    research = engine.run("research_hashtags", {"caption": "Nueva canción #uno", "platform": "tiktok",
                                                "account_id": "yt"}, record=False)
    assert all(r["basis"] != "history" for r in research["hashtags_ranked"]) and research["lift_model"] == why
