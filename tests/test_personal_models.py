"""Personal models measured as they are used (issue 14, point 4): the shared evaluation routine
(core/personal.py), and the acceptance test that a channel whose views are pure noise almost
never gets a personal virality or thumbnail model while a channel with a real signal does."""
from __future__ import annotations

import numpy as np
import pytest

from viralml_desktop.core import personal
from viralml_desktop.core.thumbnails import channel as thumbnail_model
from viralml_desktop.core.virality import model as vm

N_CHANNELS = 100
N_PERM = 39  # the fewest with which p < 0.05 is reachable: (1 + 0) / (1 + 39) = 0.025


def _virality_rows(rng, n):
    return [{f: float(x) for f, x in zip(vm._PERSONAL_FEATURES, rng.random(len(vm._PERSONAL_FEATURES)))}
            for _ in range(n)]


def test_noise_channels_almost_never_get_a_personal_virality_or_thumbnail_model():
    rng = np.random.default_rng(2024)
    virality = thumbs = 0
    for c in range(N_CHANNELS):
        rows = _virality_rows(rng, vm.MIN_PERSONAL)
        views = 10 ** rng.normal(4, 0.8, vm.MIN_PERSONAL)  # views unrelated to anything measured
        virality += vm.fit_personal(rows, list(views), n_permutations=N_PERM, seed=c)["answers"]
        n = thumbnail_model.MIN_CHANNEL_VIDEOS
        vectors = rng.normal(size=(n, len(thumbnail_model._FEATURE_NAMES)))
        ctr = np.clip(rng.normal(0.05, 0.015, n), 0.005, 0.3)
        thumbs += thumbnail_model.fit_channel_model(vectors, ctr, rng.integers(1000, 50000, n),
                                                    n_permutations=N_PERM, seed=c)["answers"]
    assert virality <= 0.05 * N_CHANNELS, f"{virality} of {N_CHANNELS} noise channels got a virality model"
    assert thumbs <= 0.05 * N_CHANNELS, f"{thumbs} of {N_CHANNELS} noise channels got a thumbnail model"


def test_a_channel_with_a_real_signal_gets_its_models():
    rng = np.random.default_rng(7)
    rows = _virality_rows(rng, 36)
    views = [10 ** (3 + 2 * r["audio_quality"] + rng.normal(0, 0.3)) for r in rows]
    m = vm.fit_personal(rows, views, n_permutations=N_PERM)
    assert m["answers"] and m["p_value"] < 0.05 and m["skill"] > 0
    n = 24
    vectors = rng.normal(size=(n, len(thumbnail_model._FEATURE_NAMES)))
    ctr = 1 / (1 + np.exp(-(-3 + 0.6 * vectors[:, 0] + rng.normal(0, 0.15, n))))
    t = thumbnail_model.fit_channel_model(vectors, ctr, np.full(n, 5000.0), n_permutations=N_PERM)
    assert t["answers"] and t["p_value"] < 0.05


def test_folds_train_on_older_items_and_test_the_newer_half():
    for n in (20, 30, 57):
        splits = personal.folds(n)
        tested = np.concatenate([te for _, te in splits])
        assert len(set(tested.tolist())) == len(tested) and tested.min() >= n // 2 - 1
        for tr, te in splits:
            assert tr.max() < te.min() and tr.min() == 0  # expanding window: everything before


def test_items_are_sorted_by_publish_time_before_the_folds():
    # the signal holds only in time order: shuffled rows with their dates must give the same answer
    rng = np.random.default_rng(3)
    n = 30
    X = rng.normal(size=(n, 3))
    y = X[:, 0] + rng.normal(0, 0.3, n)
    days = [f"2025-01-{d + 1:02d}" for d in range(n)]
    perm = rng.permutation(n)
    a = personal.evaluate(X, y, personal.ridge_pipeline, n_permutations=N_PERM)
    b = personal.evaluate(X[perm], y[perm], personal.ridge_pipeline, order=[days[i] for i in perm],
                          n_permutations=N_PERM)
    assert a.cv_mae == pytest.approx(b.cv_mae) and a.p_value == b.p_value


def test_too_few_items_are_not_even_tested_and_the_reason_says_so():
    rng = np.random.default_rng(0)
    ev = personal.evaluate(rng.normal(size=(19, 2)), rng.normal(size=19), personal.ridge_pipeline)
    assert not ev.answers and ev.p_value is None and "at least 20" in ev.reason
    with pytest.raises(ValueError):
        personal.evaluate(np.zeros((5, 2)), np.zeros(4), personal.ridge_pipeline)


def test_the_one_by_one_path_agrees_with_the_vectorised_one():
    rng = np.random.default_rng(5)
    X = rng.normal(size=(24, 4))
    y = X[:, 1] + rng.normal(0, 0.5, 24)
    fast = personal.evaluate(X, y, personal.ridge_pipeline, n_permutations=19, seed=1)
    slow = personal.evaluate(X, y, personal.ridge_pipeline, n_permutations=19, seed=1, vectorised=False)
    assert fast.cv_mae == pytest.approx(slow.cv_mae) and fast.p_value == pytest.approx(slow.p_value)
    assert fast.n_permutations == slow.n_permutations == 19


def test_a_new_item_outside_the_fitted_range_is_clipped_and_named():
    ranges = personal.feature_ranges(np.array([[0.0, 10.0], [1.0, 20.0], [0.5, np.nan]]))
    assert ranges == [[0.0, 1.0], [10.0, 20.0]]
    x, outside = personal.clip_to_range(np.array([3.0, 15.0]), ranges, ["hook", "tempo"])
    assert x.tolist() == [1.0, 15.0] and len(outside) == 1 and outside[0].startswith("hook 3")
    assert "unlike your videos" in personal.out_of_range_warning(outside, "videos")
    assert personal.out_of_range_warning([], "videos") == ""
