"""Issue 17 (stage 4): the screenshot generator's random theme palettes (domain randomisation) stay
out of the held-out ``dim`` theme's neighbourhood, leave val and the test sets unchanged, and the
training script's operating-threshold figures count false boxes correctly."""
from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "training"))

import screenshot_data as sd  # noqa: E402


def test_a_random_theme_never_falls_near_the_held_out_palette():
    assert sd.held_out_distance(sd.THEMES[sd.HELD_OUT_THEME]["bg"]) == pytest.approx(0, abs=1e-6)
    pals = [sd.random_palette(s) for s in range(600)]
    dists = np.array([sd.held_out_distance(p["bg"]) for p in pals])
    assert dists.min() >= sd.HELD_OUT_EXCLUSION_DE
    # the palettes do span near-black to white, so the exclusion is what keeps them off dim
    L = np.array([sd._lab(p["bg"])[0] for p in pals])
    assert L.min() < 10 and L.max() > 95
    # and dark blue-grey backgrounds are drawn: without the rejection some land inside the neighbourhood
    original = sd.HELD_OUT_EXCLUSION_DE
    try:
        sd.HELD_OUT_EXCLUSION_DE = 0.0
        near = [s for s in range(600) if sd.held_out_distance(sd.random_palette(s)["bg"]) < original]
    finally:
        sd.HELD_OUT_EXCLUSION_DE = original
    assert len(near) >= 5


def test_random_palettes_have_readable_text_and_are_seeded():
    for s in range(200):
        p = sd.random_palette(s)
        assert p == sd.random_palette(s)
        assert set(p) == set(sd.THEMES["dim"])
        assert abs(sd._lab(p["fg"])[0] - sd._lab(p["bg"])[0]) >= 40  # title text contrast in L*
    assert sd.random_palette(1) != sd.random_palette(2)
    assert sd.palette("dim") is sd.THEMES["dim"] and sd.palette("rand7") == sd.random_palette(7)
    assert sd.theme_group("rand7") == "random" and sd.theme_group("dark") == "dark"


def _index(monkeypatch, tmp_path, **kw):
    """build()'s (split, family, theme, seed) calls, without drawing."""
    calls = []

    def fake_render(family, theme, seed, assets):
        calls.append((family, theme, seed))
        return None, []

    monkeypatch.setattr(sd, "render", fake_render)
    monkeypatch.setattr(sd, "render_html", lambda seed, assets, theme: fake_render("html", theme, seed, assets))
    monkeypatch.setattr(sd, "_write", lambda img, boxes, stem, split_dir: None)
    monkeypatch.setattr(sd, "_load_photos", lambda: ({}, list(range(120))))
    (tmp_path / "o").mkdir(exist_ok=True)
    for split in ("train", "val", "val_random", "test_family", "test_theme", "test_html"):
        (tmp_path / "o" / split).mkdir(exist_ok=True)
    idx = sd.build(tmp_path / "o", 60, 12, 4, 3, **kw)
    return idx, calls


def test_random_themes_change_only_train(qapp, monkeypatch, tmp_path):  # build() needs an application
    base, base_calls = _index(monkeypatch, tmp_path)
    rnd, rnd_calls = _index(monkeypatch, tmp_path, random_share=0.5, n_val_random=5)
    for split in ("val", "test_family", "test_theme", "test_html"):
        assert rnd[split] == base[split]
    changed = [(b, r) for b, r in zip(base["train"].values(), rnd["train"].values()) if b != r]
    assert 15 <= len(changed) <= 45  # about half of 60
    assert all(r[1].startswith("rand") and b[0] == r[0] for b, r in changed)
    # the images left in light/dark are drawn from the same seeds as before
    seeds_b = [c[2] for c in base_calls if c[1] in sd.TRAIN_THEMES]
    assert set(c[2] for c in rnd_calls if c[1] in sd.TRAIN_THEMES) <= set(seeds_b)
    assert not any(t.startswith("rand") for split in ("val", "test_family", "test_theme", "test_html")
                   for _, t in rnd[split].values())
    assert len(rnd["val_random"]) == 5 and all(t.startswith("rand") for _, t in rnd["val_random"].values())
    assert all(sd.held_out_distance(sd.palette(t)["bg"]) >= sd.HELD_OUT_EXCLUSION_DE
               for _, t in list(rnd["train"].values()) + list(rnd["val_random"].values()) if t.startswith("rand"))
    only, _ = _index(monkeypatch, tmp_path, random_share=0.5, n_val_random=5, only=("train",))
    assert set(only) == {"train"} and only["train"] == rnd["train"]


def test_a_random_theme_paints_its_palette(qapp):  # fonts need the application
    photos, faces = sd._load_photos()
    img, boxes = sd.render("tiktok_profile", "rand11", 11, sd.Assets(photos, faces))
    a = sd._to_array(img)
    bg = sd.random_palette(11)["bg"]
    want = np.array([int(bg[i:i + 2], 16) for i in (1, 3, 5)])
    share = (np.abs(a.astype(int) - want).max(axis=2) <= 2).mean()
    assert share > 0.03  # the page around the tiles (7 % here) is the palette's background
    assert sum(b[0] == 0 for b in boxes) >= 3


def test_operating_point_counts_false_boxes():
    import screenshot_yolo_train as t

    g = {"a": np.array([[0, 0, 0, 10, 10], [0, 20, 20, 30, 30], [1, 0, 0, 5, 5]], float),
         "b": np.array([[0, 0, 0, 50, 50]], float)}
    p = {"a": np.array([[0, 0, 0, 10, 10, .9], [0, 50, 50, 60, 60, .8], [0, 1, 1, 10, 10, .7], [1, 0, 0, 5, 5, .9]]),
         "b": np.array([[0, 0, 0, 50, 40, .5]])}  # IoU 0.8: a match
    r = t.operating_point(g, p)
    # a: one match, one box elsewhere, one duplicate of a matched box (both false); b: one match
    assert (r["tp"], r["fp"], r["fn"]) == (2, 2, 1)
    assert r["precision"] == 0.5 and r["recall"] == pytest.approx(2 / 3, abs=1e-4)
    assert r["false_boxes_per_image"] == 1.0
    kept = t._at_operating(p, 0.75)
    assert len(kept["a"]) == 2 and len(kept["b"]) == 0  # thumbnails at >= 0.75 only
