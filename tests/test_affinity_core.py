"""calculate_affinity (CONTRACT.md §5): shape, monotonicity, bad inputs, text similarity, engagement source."""
from __future__ import annotations

import json

import numpy as np
import pytest

from viralml_desktop.core.affinity import model as am
from viralml_desktop.core import engine, paths, store
from viralml_desktop.core.errors import InputError

CONTRACT_REQUEST = {"account_id": "music_fanpage_1", "target_account_id": "bad_bunny_official",
                    "metrics": {"shared_followers": 1250, "engagement_overlap": 0.34, "content_similarity": 0.78}}


def run(req: dict) -> dict:
    return engine.run("calculate_affinity", req, record=False)


def with_metrics(**m) -> dict:
    return {"account_id": "a", "target_account_id": "b", "metrics": m}


def test_contract_example_answers_its_shape(isolated_home):
    out = run(CONTRACT_REQUEST)
    assert 0.0 <= out["affinity_score"] <= 1.0
    assert out["collaboration_potential"] in ("low", "medium", "high")
    ep = out["engagement_prediction"]
    assert set(ep) == {"like_probability", "comment_probability", "share_probability"}
    assert all(0.0 <= v <= 1.0 for v in ep.values())
    # no history imported: benchmarks, and the response says so
    assert out["engagement_source"] == "published_benchmarks"
    assert out["details"]["engagement"]["like_probability"]["source"] == "published_benchmarks"
    assert any("shared followers, but no audience size" in r for r in out["reasons"])


@pytest.mark.parametrize("content", [None, 0.0, 0.3, 0.78, 1.0])
@pytest.mark.parametrize("audience", [None, (1250, None, None), (0, 1000, 5000), (900, 1000, 5000)])
def test_raising_engagement_overlap_never_lowers_the_score(isolated_home, content, audience):
    scores = []
    for e in np.linspace(0.0, 1.0, 11):
        m = {"engagement_overlap": float(e)}
        if content is not None:
            m["content_similarity"] = content
        if audience:
            m.update(shared_followers=audience[0], account_followers=audience[1], target_followers=audience[2])
        req = with_metrics(**m)
        if content is None and audience is None:  # artists fill the content; engagement still counts
            req.update(account_artist="Dan + Shay", target_artist="Justin Bieber")
        scores.append(run(req)["affinity_score"])
    assert all(b >= a for a, b in zip(scores, scores[1:])), scores
    assert scores[-1] > scores[0]  # and it does respond


def test_monotone_by_construction():
    shipped = json.loads((paths.MODELS_DIR / am.WEIGHTS_FILE).read_text())
    w = shipped["model"]
    weights = dict(zip(w["features"], w["weights"]))
    assert weights["fan_overlap"] > 0 and all(v >= 0 for v in weights.values())
    assert set(weights) == set(am.MODEL_FEATURES)
    art = dict(zip(shipped["artists_model"]["features"], shipped["artists_model"]["weights"]))
    assert set(art) == set(am.ARTISTS_MODEL_FEATURES) and all(v >= 0 for v in art.values())
    # the constrained fit keeps a weight at 0 where an unconstrained one would go negative
    rng = np.random.default_rng(0)
    x1 = rng.random(400)
    y = (x1 + 0.2 * rng.standard_normal(400) > 0.5).astype(float)
    X = np.column_stack([1 - x1 + 0.05 * rng.standard_normal(400), x1])
    free, _ = am.fit_logistic(X, y, [False, False])
    bounded, _ = am.fit_logistic(X, y, [True, True])
    assert free[0] < 0 and bounded[0] == 0.0 and bounded[1] > 0


@pytest.mark.parametrize("path", list(am.PATHS))
def test_raising_any_one_input_never_lowers_the_score(path):
    # issue 14 point 6: monotone in every input, on every path, over random inputs (the model that
    # scores the path, as calculate_affinity loads it)
    weights = am._load_weights(paths.MODELS_DIR / am.WEIGHTS_FILE, "cpu")
    model = weights.model_for(path)
    assert (model is weights.artists_model) == (path in am.ARTISTS_PATHS)
    rng = np.random.default_rng(14)
    rose = 0
    for _ in range(200):
        x = {k: float(rng.random()) for k in am.PATHS[path]}
        before = model.predict(dict(zip(model.features, am.model_inputs(x, model.features))))
        k = str(rng.choice(list(am.PATHS[path])))
        x[k] = min(1.0, x[k] + float(rng.uniform(0.05, 0.5)))
        after = model.predict(dict(zip(model.features, am.model_inputs(x, model.features))))
        assert after >= before, (path, k, before, after)
        rose += after > before
    assert rose > 50  # the inputs do move the score


def test_a_text_similarity_never_lowers_two_known_artists_score(isolated_home):
    base = {"account_id": "a", "target_account_id": "b", "account_artist": "Seven Lions",
            "target_artist": "William Black"}
    alone = run(base)
    for c in (0.0, 0.2, 0.9):
        with_text = run({**base, "metrics": {"content_similarity": c}})
        assert with_text["details"]["path"] == "artists+texts"
        assert with_text["affinity_score"] >= alone["affinity_score"]


def test_higher_content_similarity_raises_the_score(isolated_home):
    lo = run(with_metrics(engagement_overlap=0.2, content_similarity=0.1))["affinity_score"]
    hi = run(with_metrics(engagement_overlap=0.2, content_similarity=0.9))["affinity_score"]
    assert hi > lo


def test_audience_overlap_uses_audience_sizes(isolated_home):
    out = run(with_metrics(shared_followers=500, account_followers=1000, target_followers=200_000))
    assert out["details"]["audience_overlap"] == pytest.approx(0.5)
    assert out["details"]["fan_overlap"] == pytest.approx(0.5)
    small = run(with_metrics(shared_followers=50, account_followers=1000, target_followers=200_000))
    assert small["affinity_score"] < out["affinity_score"]


def test_potential_follows_documented_thresholds(isolated_home):
    w = json.loads((paths.MODELS_DIR / am.WEIGHTS_FILE).read_text())["model"]
    t = w["thresholds"]
    assert 0 < t["medium"] < t["high"] < 1
    for e in (0.0, 0.5, 1.0):
        out = run(with_metrics(engagement_overlap=e, content_similarity=e))
        s = out["affinity_score"]
        expected = "high" if s >= t["high"] else "medium" if s >= t["medium"] else "low"
        assert out["collaboration_potential"] == expected


@pytest.mark.parametrize("req, words", [
    ({"account_id": "", "target_account_id": "b", "metrics": {"engagement_overlap": 0.1}}, "account_id"),
    ({"account_id": "a", "target_account_id": "   ", "metrics": {"engagement_overlap": 0.1}}, "target_account_id"),
    (with_metrics(shared_followers=-5), "shared_followers"),
    (with_metrics(account_followers=-1, engagement_overlap=0.1), "account_followers"),
    (with_metrics(engagement_overlap=1.2), "engagement_overlap"),
    (with_metrics(content_similarity=1.5), "content_similarity"),
    (with_metrics(engagement_overlap=-0.1), "engagement_overlap"),
    (with_metrics(shared_followers=2000, account_followers=1000), "larger than"),
    ({"account_id": "a", "target_account_id": "A", "metrics": {"engagement_overlap": 0.1}}, "same account"),
    (with_metrics(), "nothing to score"),
    ({"account_id": "a", "target_account_id": "b", "account_texts": ["hola"]}, "both accounts"),
    ({"account_id": "a", "target_account_id": "b", "account_texts": ["  "], "target_texts": ["x"]}, "holds no text"),
    ({"account_id": "a", "target_account_id": "b", "metrics": {"overlap": 0.2}}, "unknown field"),
])
def test_bad_inputs_are_clear_validation_errors(isolated_home, req, words):
    with pytest.raises(InputError) as ei:
        run(req)
    msg = str(ei.value)
    assert words in msg and "\n" not in msg


def test_content_similarity_measured_from_multilingual_texts(isolated_home):
    music_es = ["Nuevo trap latino, perreo hasta el amanecer", "Reggaetón y música urbana, nuevo sencillo ya"]
    music_en = ["Latin trap and reggaeton beats, new single out now", "Urban music all night long"]
    baking = ["Sourdough bread recipe with rye flour", "Baking tips for beginners: proofing the dough"]
    near = run({"account_id": "a", "target_account_id": "b", "account_texts": music_es, "target_texts": music_en})
    far = run({"account_id": "a", "target_account_id": "b", "account_texts": music_es, "target_texts": baking})
    assert near["details"]["content_source"].startswith("measured from 2 + 2 texts")
    assert near["details"]["content_similarity"] > far["details"]["content_similarity"] + 0.2
    assert near["affinity_score"] > far["affinity_score"]


def test_known_artists_fill_missing_metrics(isolated_home):
    out = run({"account_id": "a", "target_account_id": "b",
               "account_artist": "dan + shay", "target_artist": "Justin Bieber"})
    assert "audio-profile" in out["details"]["audio_source"] and out["details"]["path"] == "artists"
    assert "genre overlap" in out["details"]["fan_source"]
    miss = run({"account_id": "a", "target_account_id": "b", "account_artist": "No Such Artist 123",
                "target_artist": "Justin Bieber", "metrics": {"engagement_overlap": 0.3}})
    assert any("not in the Spotify sample" in r for r in miss["reasons"])


def _posts(account: str, n: int, with_shares: bool = True) -> list[dict]:
    return [{"account_id": account, "platform": "tiktok", "post_key": f"p{i}", "timestamp": f"2025-10-{i + 1:02d}",
             "views": 1000 * (i + 1), "likes": 100 * (i + 1), "comments": 5 * (i + 1),
             "shares": (2 * (i + 1) if with_shares else None)} for i in range(n)]


def test_engagement_from_imported_history(isolated_home):
    store.default_store().upsert_posts(_posts("music_fanpage_1", 8))
    out = run(CONTRACT_REQUEST)
    assert out["engagement_source"] == "imported_history"
    ep = out["engagement_prediction"]
    assert ep["like_probability"] == pytest.approx(0.1)
    assert ep["comment_probability"] == pytest.approx(0.005)
    assert ep["share_probability"] == pytest.approx(0.002)
    assert out["details"]["engagement"]["like_probability"]["n_posts"] == 8


def test_engagement_mixed_when_a_count_is_missing_and_benchmarks_below_min_posts(isolated_home):
    store.default_store().upsert_posts(_posts("acc_noshares", 6, with_shares=False) + _posts("acc_few", 3))
    mixed = run({**CONTRACT_REQUEST, "account_id": "acc_noshares"})
    assert mixed["engagement_source"] == "mixed"
    assert mixed["details"]["engagement"]["share_probability"]["source"] == "published_benchmarks"
    few = run({**CONTRACT_REQUEST, "account_id": "acc_few", "platform": "instagram"})
    assert few["engagement_source"] == "published_benchmarks"
    assert few["details"]["engagement"]["like_probability"]["platform"] == "instagram"


def test_giving_an_input_never_scores_lower_than_leaving_it_unknown(isolated_home):
    # issue 14: the contract example's engagement overlap of 0.34 scored lower than leaving it unknown
    given = run(CONTRACT_REQUEST)
    unknown = run({**CONTRACT_REQUEST, "metrics": {"content_similarity": 0.78}})
    assert given["affinity_score"] >= unknown["affinity_score"]
    assert given["details"]["path"] == "metrics+texts" and unknown["details"]["path"] == "texts"
    assert all(v >= 0 for v in given["details"]["contributions"].values())
    for e in (0.0, 0.05, 0.34, 1.0):  # any value, on every path it can join
        assert run(with_metrics(engagement_overlap=e, content_similarity=0.3))["affinity_score"] >= \
            run(with_metrics(content_similarity=0.3))["affinity_score"]
    # each path answers with its own held-out figure
    m = json.loads((paths.MODELS_DIR / "affinity" / "metrics.json").read_text())
    assert given["details"]["heldout_roc_auc"] == m["roc_auc_by_path"]["metrics+texts"]
    assert given["sources"]["affinity_score"]["value"] == m["roc_auc_by_path"]["metrics+texts"]


def test_metrics_json_has_heldout_auc():
    m = json.loads((paths.MODELS_DIR / "affinity" / "metrics.json").read_text())
    assert 0.5 < m["roc_auc"] <= 1.0
    assert set(m["roc_auc_by_path"]) == set(am.PATHS) and m["roc_auc"] == m["roc_auc_by_path"]["artists"]
    assert m["baseline_previous_model_roc_auc"] > 0.5
    assert m["data"]["positive_pairs_usable"] > 100
    card = (paths.MODELS_DIR / "affinity" / "MODEL_CARD.md").read_text()
    assert "Apache-2.0" in card and "spotify_by_genre" in card


def test_shared_collaborators_leave_out_the_pairs_own_tracks():
    a = {"name": "A", "collabs": [["A", "B", "C"], ["A", "D"], ["A", "E"]]}
    b = {"name": "B", "collabs": [["A", "B", "C"], ["B", "D"], ["B", "F"]]}
    # C is credited with both only on the track A and B share: left out, as in training
    assert am.shared_collaborators(a, b) == ["D"]
    row = {"genres": [0.5, 0.5, 0, 0, 0, 0], "audio": [0.2] * len(am.AUDIO), "popularity": 40}
    x = am.artist_pair_inputs({**a, **row}, {**b, **row, "genres": [0, 1.0, 0, 0, 0, 0]})
    assert set(x) == set(am.ARTIST_INPUTS) - set(am.PAIR_EXTRA)  # rows without the further fields
    assert x["shared_collaborators"] == pytest.approx(1 / am.COLLABORATORS_CAP)
    assert x["fan_overlap"] == pytest.approx(0.5) and x["shared_share_deep-house"] == pytest.approx(0.5)
    assert x["shared_share_country"] == 0.0 and x["closeness_tempo"] == 1.0 and x["audio_similarity"] == 1.0
    # the artists model's further inputs: median popularity, duration, and the two rate tables
    gp_a, gp_b = np.zeros(30), np.zeros(30)
    gp_a[1 * 5 + 2] = 1.0  # all of a's tracks: deep-house at level 2
    gp_b[1 * 5 + 2] = gp_b[2 * 5 + 4] = 0.5
    more = {"popularity_median": 30, "duration": 0.4, "popularity_levels": [0, 0, 1.0, 0, 0],
            "genre_popularity_levels": gp_a.tolist()}
    rates = {"genre": np.full((6, 6), 0.1), "popularity": np.full((5, 5), 0.2), "genre_popularity": np.full((30, 30), 0.3)}
    rates["genre"][1, 1] = 0.5
    rates["popularity"][2, 4] = rates["popularity"][4, 2] = 0.7
    rates["genre_popularity"][7, 7] = 0.9
    x = am.artist_pair_inputs({**a, **row, **more, "genres": [0, 1.0, 0, 0, 0, 0]},
                              {**b, **row, "popularity_median": 55, "duration": 0.7,
                               "popularity_levels": [0, 0, 0.5, 0, 0.5], "genres": [0, 0.5, 0.5, 0, 0, 0],
                               "genre_popularity_levels": gp_b.tolist()}, rates)
    assert set(x) == set(am.ARTIST_INPUTS)
    assert x["genre_popularity_pair_rate"] == pytest.approx(0.5 * 0.9 + 0.5 * 0.3)
    assert x["popularity_median_closeness"] == pytest.approx(0.75) and x["duration_closeness"] == pytest.approx(0.7)
    assert x["genre_pair_rate"] == pytest.approx(0.5 * 0.5 + 0.5 * 0.1)
    assert x["popularity_pair_rate"] == pytest.approx(0.5 * 0.2 + 0.5 * 0.7)
    assert am.popularity_levels([10, 20, 20, 90], [20, 50]).tolist() == [0.75, 0.0, 0.25]  # at a cut: below


def test_artists_path_takes_the_closer_look_at_both_profiles(isolated_home):
    # Seven Lions and William Black are never credited together in the sample, and share 7 collaborators
    out = run({"account_id": "a", "target_account_id": "b", "account_artist": "Seven Lions",
               "target_artist": "William Black"})
    d = out["details"]
    assert d["path"] == "artists" and set(d["profile_detail"]) == set(am.PROFILE_DETAIL)
    assert "ILLENIUM" in d["shared_collaborators"] and d["profile_detail"]["shared_collaborators"] == 1.0
    assert any("shared collaborators 7, how close their median popularity" in r for r in out["reasons"])
    art = json.loads((paths.MODELS_DIR / am.WEIGHTS_FILE).read_text())["artists_model"]
    w = dict(zip(art["features"], art["weights"]))
    pushed = sum(w[k] * v for k, v in d["profile_detail"].items())
    assert sum(d["contributions"][k] for k in am.PROFILE_DETAIL) == pytest.approx(pushed, abs=1e-3)
    # the closer look only adds: the same pair scored on the three inputs alone scores no higher
    x = {k: d[k] for k in ("audio_similarity", "fan_overlap", "popularity_closeness")}
    three = 1 / (1 + np.exp(-(art["bias"] + sum(w[k] * v for k, v in x.items()))))
    assert out["affinity_score"] >= round(float(three), 4)
    # scored by the artists model, with its own held-out figure
    m = json.loads((paths.MODELS_DIR / "affinity" / "metrics.json").read_text())
    assert d["heldout_roc_auc"] == m["artists_model"]["by_path"]["artists"]["roc_auc"] == m["roc_auc"]
    assert out["sources"]["affinity_score"]["value"] == m["roc_auc"]


def test_closer_look_beats_the_previous_artists_path_on_the_same_splits():
    m = json.loads((paths.MODELS_DIR / "affinity" / "metrics.json").read_text())
    prev = m["previous_path_model"]
    diff = prev["paired_difference"]["artists"]
    assert diff["shipped_minus_previous_mean"] > 0 and diff["repeats_shipped_higher"] == diff["repeats"]
    assert m["roc_auc"] > prev["by_path"]["artists"]["roc_auc"]
    assert set(m["path_model"]["by_path"]["artists"]["inputs"]) == set(am.ARTIST_INPUTS) - set(am.PAIR_EXTRA)
    tried = m["tried_for_the_goal"]
    assert tried["goal"] == 0.85 and tried["plus_both_and_shared_collaborators"]["roc_auc"] > \
        tried["three_inputs_logistic"]["roc_auc"]


def test_artists_model_beats_the_joint_model_on_the_same_splits():
    # issue 14 point 6: the artists paths' own model, every choice made inside the training halves,
    # against the joint model (shipped before) on the same outer artist splits
    m = json.loads((paths.MODELS_DIR / "affinity" / "metrics.json").read_text())
    art = m["artists_model"]
    for path in am.ARTISTS_PATHS:
        diff = art["by_path"][path]["paired_difference_vs_joint_model"]
        assert diff["artists_model_minus_joint_mean"] > 0 and diff["repeats_artists_model_higher"] == diff["repeats"]
        assert m["roc_auc_by_path"][path] == art["by_path"][path]["roc_auc"] > m["path_model"]["by_path"][path]["roc_auc"]
        assert m["model_by_path"][path] == "artists_model"
    assert set(art["features"]) == set(am.ARTISTS_MODEL_FEATURES) and art["l2"] in (1e-3, 1e-2, 3e-2)
    assert sum(art["picked_in_outer_halves"].values()) == 2 * m["data"]["repeats"]
    assert art["input_set"] in art["input_sets"]


def test_benchmarks_without_a_platform_say_whose_they_are(isolated_home):
    """Tester s9, item 18: no platform given -> the reasons say the benchmarks are TikTok's and how to ask for
    another's; with a platform given, no such line."""
    out = run(CONTRACT_REQUEST)
    assert out["details"]["engagement"]["like_probability"]["platform"] == "tiktok"
    assert any(r.startswith("No platform was given: the engagement benchmarks are tiktok's") for r in out["reasons"])
    ig = run({**CONTRACT_REQUEST, "platform": "instagram"})
    assert not any(r.startswith("No platform was given") for r in ig["reasons"])
    assert ig["details"]["engagement"]["like_probability"]["platform"] == "instagram"


def test_the_no_platform_line_reads_in_spanish(spanish):
    from viralml_desktop.gui.source_text import lines

    said = lines("No platform was given: the engagement benchmarks are tiktok's; send \"platform\" (tiktok, instagram, "
                 "youtube or twitter) for another platform's.")
    assert said.startswith("No se indicó plataforma: las referencias de interacción son las de")
