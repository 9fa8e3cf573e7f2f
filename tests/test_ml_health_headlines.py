"""Issue 14.9: the ML health "Measured accuracy" table is one row per model, built from the
declared ``headline`` of each models/*/metrics.json, and every figure it shows is in that file."""
from __future__ import annotations

import json
import re

import pytest
from PySide6.QtCore import Qt

from viralml_desktop.core import health, paths, registry


def _numbers(d, skip=("headline",)):
    """Every number in a metrics.json outside its headline."""
    if isinstance(d, dict):
        for k, v in d.items():
            if k not in skip:
                yield from _numbers(v, skip)
    elif isinstance(d, list):
        for v in d:
            yield from _numbers(v, skip)
    elif isinstance(d, (int, float)) and not isinstance(d, bool):
        yield d


def _metrics_dirs() -> list[str]:
    dirs = []
    for spec in registry.default_registry().specs().values():
        if spec.metrics:
            d = spec.metrics.split("/")[-2]
            if d not in dirs:
                dirs.append(d)
    return dirs


def test_one_row_per_model_with_a_metrics_file():
    rows = health.headline_rows()
    others = sorted(f.parent.name for f in paths.MODELS_DIR.glob("*/metrics.json")
                    if f.parent.name not in _metrics_dirs())
    assert [r["model"] for r in rows] == _metrics_dirs() + others  # the others all declare a headline
    entries = [e for r in rows for e in r["entries"]]
    assert sorted(entries) == sorted(n for n, s in registry.default_registry().specs().items() if s.metrics)


@pytest.mark.parametrize("model", sorted(f.parent.name for f in paths.MODELS_DIR.glob("*/metrics.json")))
def test_every_headline_value_is_a_figure_of_its_metrics_file(model):
    metrics = json.loads((paths.MODELS_DIR / model / "metrics.json").read_text(encoding="utf-8"))
    head = metrics.get("headline")
    assert isinstance(head, dict), f"models/{model}/metrics.json has no headline"
    assert set(health.HEADLINE_FIELDS) <= set(head) <= set(health.HEADLINE_FIELDS) | set(health.HEADLINE_EXTRA_FIELDS)
    figures = set(_numbers(metrics))
    intervals = list(_intervals(metrics))
    for row in [head, *head.get("also", [])]:  # the figures beside the headline too
        assert set(health.HEADLINE_FIELDS) <= set(row) - {"also"} <= set(health.HEADLINE_FIELDS) | {
            "value_ci95", "baseline_value_ci95"}
        assert row["value"] in figures
        if row["baseline"] == "none recorded":
            assert row["baseline_value"] is None
        else:
            assert row["baseline_value"] in figures
        assert row["metric"] and row["data"] and row["goal"]
        for k in ("value_ci95", "baseline_value_ci95"):
            if k in row:  # a recorded interval around the figure it sits beside
                lo, hi = row[k]
                assert [lo, hi] in intervals and lo <= row[k.replace("_ci95", "")] <= hi, (model, k)


def _intervals(d):
    """Every [low, high] pair of numbers in a metrics.json outside its headline."""
    if isinstance(d, dict):
        for k, v in d.items():
            if k != "headline":
                yield from _intervals(v)
    elif isinstance(d, list):
        if len(d) == 2 and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in d):
            yield list(d)
        for v in d:
            yield from _intervals(v)


def test_sentiment_headline_carries_both_languages_the_blind_set_and_the_speed():
    """Issue 15.6: the ML health row of comment sentiment is not the Spanish figure alone: the English
    test set, both languages' blind set, each with its 95 % interval, and the CPU speed."""
    metrics = json.loads((paths.MODELS_DIR / "sentiment" / "metrics.json").read_text(encoding="utf-8"))
    head = next(h for h in health.headline_rows() if h["model"] == "sentiment")
    mc = metrics["music_comments"]
    assert head["value"] == metrics["macro_f1_es"] and head["value_ci95"] == mc["macro_f1_ci95"]["es"]
    values = {r["metric"]: r for r in head["also"]}
    en = values["macro-F1, English music-comment test set (3 classes)"]
    assert en["value"] == metrics["macro_f1_en"] and en["value_ci95"] == mc["macro_f1_ci95"]["en"]
    blind = metrics["music_comments_heldout"]["s14"]
    for lang, word in (("es", "Spanish"), ("en", "English")):
        row = values[f"macro-F1, blind {word} set, nothing chosen on it (3 classes)"]
        assert row["value"] == blind["shipped_macro_f1"][lang]
        assert row["value_ci95"] == blind["shipped_macro_f1_ci95"][lang]
    speed = next(r for r in head["also"] if r["metric"].startswith("comments per second on CPU"))
    assert speed["value"] == mc["comments_per_second_cpu"]


def test_the_accuracy_table_shows_every_sentiment_figure_with_its_interval(main_window):
    """The tab shows the English, blind-set and speed rows of sentiment, and the intervals in brackets
    (captions, hashtags and the reach-drop paired differences too)."""
    tab = main_window.tabs["ml_health"]
    tab.show_snapshot(health.snapshot())
    t = tab.accuracy
    cells = [[t.item(i, j).text() for j in range(t.columnCount())] for i in range(t.rowCount())]
    sentiment = [c for i, c in enumerate(cells) if t.item(i, 0).data(Qt.UserRole) == "sentiment"]
    assert len(sentiment) == 5
    metrics = json.loads((paths.MODELS_DIR / "sentiment" / "metrics.json").read_text(encoding="utf-8"))
    mc = metrics["music_comments"]
    lo, hi = mc["macro_f1_ci95"]["en"]
    assert f"{metrics['macro_f1_en']} ({lo}–{hi})" in [c[2] for c in sentiment]
    speed = mc["comments_per_second_cpu"]  # a count: grouped in thousands as the table writes counts
    assert f"{speed:,}" in [c[2] for c in sentiment], (speed, [c[2] for c in sentiment])
    i = next(i for i in range(t.rowCount()) if t.item(i, 0).data(Qt.UserRole) == "sentiment")
    assert "95 %" in t.item(i, 2).toolTip()
    by_model = {t.item(i, 0).data(Qt.UserRole): cells[i] for i in reversed(range(t.rowCount()))}
    for model in ("captions", "hashtags"):
        assert "(" in by_model[model][2], model
    assert sum(1 for i in range(t.rowCount()) if t.item(i, 0).data(Qt.UserRole) == "anomaly") == 4


def test_no_goal_cell_shows_an_identifier(spanish, main_window):
    """Issue 15.6: every goal cell says its goal in words in both languages: no snake_case identifier
    such as kept_share (the captions goal showed it in Spanish and English)."""
    from viralml_desktop.gui import i18n

    tab = main_window.tabs["ml_health"]
    for lang in ("es", "en"):
        if lang == "en":
            i18n.install("en")
        tab.show_snapshot(health.snapshot())
        t = tab.accuracy
        goals = [t.item(i, 6).text() for i in range(t.rowCount())]
        assert any("0,9" in g or "0.9" in g for g in goals)
        bad = [g for g in goals if re.search(r"\b[a-z]+_[a-z_]+\b", g)]
        assert not bad, (lang, bad)


def test_a_file_without_a_headline_says_so_and_a_missing_baseline_reads_none_recorded():
    rows = {r["model"]: r for r in health.headline_rows({"anomaly": {"f1": 0.7},
                                                        "peak": {"headline": {"metric": "m", "value": 1.0,
                                                                              "data": "d", "goal": "g"}}})}
    assert rows["anomaly"]["metric"].startswith("no headline declared") and rows["anomaly"]["value"] is None
    assert rows["peak"]["baseline"] == "none recorded" and rows["peak"]["baseline_value"] is None


def test_personal_model_rows_carry_the_cv_figure_and_p_value():
    health.register_personal_source("_test", lambda: [{"model": "views ridge", "metric": "CV Spearman",
                                                       "value": 0.41, "p_value": 0.012, "n": 34}])
    health.register_personal_source("_broken", lambda: 1 / 0)
    try:
        rows = [r for r in health.personal_model_rows() if r["source"] == "_test"]
        assert rows == [{"model": "views ridge", "metric": "CV Spearman", "value": 0.41, "p_value": 0.012,
                         "n": 34, "source": "_test"}]
    finally:
        health._personal_sources.pop("_test")
        health._personal_sources.pop("_broken")


def test_a_stored_personal_model_is_a_row_with_its_cv_figure(isolated_home):
    from viralml_desktop.core import store

    assert health.personal_model_rows() == []
    store.default_store().put("virality.personal_model", {"n": 31, "cv_spearman": 0.36, "p_value": 0.03,
                                                          "cv": "time-ordered 5-fold"})
    rows = health.personal_model_rows()
    assert rows == [{"source": "virality", "model": "views model on your labelled videos",
                     "metric": "CV Spearman (time-ordered 5-fold)", "value": 0.36, "p_value": 0.03, "n": 31,
                     "verdict": "beats your median (p = 0.03)", "min_items": 20, "answers": True}]
    # tested and not used, or never tested: said in plain words
    store.default_store().put("virality.personal_model", {"n": 34, "cv_spearman": 0.1, "p_value": 0.3,
                                                          "answers": False, "min_items": 30})
    assert health.personal_model_rows()[0]["verdict"] == "no skill over your median (p = 0.3)"
    store.default_store().put("posting_time.personal_model", {"ana, youtube": {"n": 12, "p_value": None,
                                                                                "answers": False, "min_items": 20}})
    row = health.personal_model_rows()[1]
    assert row["model"] == "posting-time model of ana, youtube" and row["account"] == "ana, youtube"
    assert row["verdict"] == "not enough items yet (12 of 20)" and row["value"] is None


def test_each_headline_reads_its_figures_at_the_declared_key_paths():
    """training/headlines.py declares where each headline's value and baseline live in the file."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("headlines", paths.ROOT_DIR / "training" / "headlines.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    for model in mod.DECLARED:
        metrics = json.loads((paths.MODELS_DIR / model / "metrics.json").read_text(encoding="utf-8"))
        assert metrics["headline"] == mod.headline(model, metrics), f"run training/headlines.py --write ({model})"


def test_the_accuracy_table_reads_in_spanish(spanish):
    """Every shipped model's metric, data, baseline and goal cell is said through the catalogue
    (a metrics.json sentence new to the catalogue fails here until it is translated)."""
    from test_i18n import _words, english_words

    from viralml_desktop.gui.tabs.ml_health import accuracy_rows

    vocabulary = english_words()
    assert {"held", "same", "the"} <= vocabulary  # the check can fail
    snap = health.snapshot()
    rows = accuracy_rows(snap)
    assert len(rows) >= len(snap["accuracy_headlines"]) >= 10
    bad = [f"{row[0]}: {cell!r} ({', '.join(sorted(_words(cell) & vocabulary)[:4])})"
           for row in rows for cell in (row[1], row[3], row[4], row[6]) if _words(cell) & vocabulary]
    assert not bad, "\n".join(bad)
    by_model = {r[0]: r for r in reversed(rows)}  # a model's headline row (its further figures follow it)
    assert by_model["posting_time"][4] == "la franja del modelo previo de los estudios, mismos años"
    assert by_model["anomaly"][6].startswith("F1 >= 0,85 con <= 1 falsa alarma")


def test_the_models_table_says_every_licence_in_spanish(spanish, main_window):
    """The Models table's licence column (core/registry.py's English lines) reads in Spanish in the
    real tab: no English word of the catalogue's sources left, the licence names kept."""
    from test_i18n import _words, english_words

    vocabulary = english_words()
    assert {"weights", "published", "figures", "trained"} <= vocabulary  # the check can fail
    tab = main_window.tabs["ml_health"]
    tab.show_snapshot(health.snapshot())
    t = tab.models
    assert t.rowCount() >= 10
    cells = [t.item(i, 4).text() for i in range(t.rowCount())]
    bad = [f"{c!r} ({', '.join(sorted(_words(c) & vocabulary)[:4])})" for c in cells if _words(c) & vocabulary]
    assert not bad, "\n".join(bad)
    assert "AGPL-3.0 (pesos de Ultralytics YOLOv8)" in cells
    assert ("tablas elaboradas por ViralML a partir de cifras publicadas (véase MODEL_CARD.md); "
            "no se distribuyen datos de terceros") in cells


def test_the_accuracy_table_writes_figures_with_the_spanish_decimal_comma(spanish, main_window):
    """The accuracy table shows each recorded figure unrounded, with the decimal comma in Spanish."""
    tab = main_window.tabs["ml_health"]
    tab.show_snapshot(health.snapshot())
    t = tab.accuracy
    rows = {t.item(i, 0).data(Qt.UserRole): i for i in range(t.rowCount())}
    head = next(h for h in health.headline_rows() if h["model"] == "screenshot_yolo")
    assert isinstance(head["value"], float)
    assert t.item(rows["screenshot_yolo"], 2).text() == str(head["value"]).replace(".", ",")
