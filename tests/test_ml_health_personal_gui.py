"""Issue 14 point 9 on the ML health tab: the "Measured accuracy" table is one row per shipped
model (its headline) plus one per personal model of the user, with its time-ordered CV figure and
permutation p-value, or in plain words why it does not answer; nothing else. Driven for real:
histories imported into the store, the capabilities run, the tab refreshed (English and Spanish)."""
from __future__ import annotations

import datetime as dt
import math

import numpy as np
import pytest

from viralml_desktop.core import engine, health, model_names, store, timezones
from PySide6.QtCore import Qt

from viralml_desktop.gui import fmt
from viralml_desktop.gui.tabs.ml_health import model_name


def _posts(account: str, n: int, effect: float, seed: int) -> list[dict]:
    """n daily posts at random New York hours; ``effect`` adds log likes around 21:00, and posts
    tagged #uno get 1.5 more log views when ``effect`` is given."""
    rng = np.random.default_rng(seed)
    tz = timezones.zoneinfo("America/New_York")
    out = []
    for i, h in enumerate(rng.integers(0, 24, n)):
        t = dt.datetime(2025, 1, 1, int(h), 0, tzinfo=tz) + dt.timedelta(days=i)
        tags = sorted(rng.choice(["uno", "dos", "tres", "cuatro"], size=int(rng.integers(0, 3)), replace=False))
        near = min(abs(int(h) - 21), 24 - abs(int(h) - 21)) <= 2
        noise = rng.normal(0, 0.5)
        log_likes = noise + (effect if near else 0.0)  # posting time reads likes (+ comments + shares)
        log_views = noise + (1.5 * (effect > 0) if "uno" in tags else 0.0)  # hashtag lift reads views
        out.append({"account_id": account, "platform": "twitter", "post_key": f"p{i}",
                    "timestamp": t.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
                    "likes": int(300 * math.exp(log_likes)), "views": int(5000 * math.exp(log_views)),
                    "hashtags": tags})
    return out


def _import_and_run() -> None:
    st = store.default_store()
    for account, n, effect in (("evening", 90, 1.2), ("flat", 60, 0.0), ("newcomer", 12, 0.0)):
        st.upsert_posts(_posts(account, n, effect, seed=n))
        engine.run("predict_posting_time", {"target_countries": ["US"], "platform": "twitter",
                                            "planned_date": "2025-07-16", "account_id": account}, record=False)
        engine.run("research_hashtags", {"genre": "trap", "platform": "twitter", "account_id": account},
                   record=False)


def _table(tab) -> list[list[str]]:
    t = tab.accuracy
    return [[t.item(i, j).text() for j in range(t.columnCount())] for i in range(t.rowCount())]


def _refresh(tab, qtbot) -> list[list[str]]:
    with qtbot.waitSignal(tab.runner.result, timeout=20000):
        tab.refresh()
    return _table(tab)


def test_accuracy_table_is_one_row_per_model_and_per_personal_model(main_window, qtbot, isolated_home):
    _import_and_run()
    rows = _refresh(main_window.tabs["ml_health"], qtbot)
    headlines = health.headline_rows()
    personal = health.personal_model_rows()
    # each model's headline row, then one row per further figure its headline carries (``also``)
    models = [h["model"] for h in headlines for _ in [h, *h.get("also", [])]]
    assert len(models) > len(headlines)  # sentiment's English, blind-set and speed rows at least
    assert len(rows) == len(models) + len(personal) == len(models) + 6
    t = main_window.tabs["ml_health"].accuracy  # each model by name; its id in the cell's data and tooltip
    assert [t.item(i, 0).data(Qt.UserRole) for i in range(len(models))] == models
    assert [r[0] for r in rows[:len(models)]] == [model_name(m) for m in models]
    by_name = {r[0]: r for r in rows[len(models):]}
    figures = {(p["source"], p["account"]): p for p in personal}

    evening = by_name["your posting-time model (evening, twitter)"]
    p = figures[("posting_time", "evening, twitter")]
    assert p["answers"] and evening[1] == f"beats your median (p = {fmt.number(p['p_value'], 3)}); time-ordered CV Spearman"
    assert evening[2] == str(p["value"]) and evening[3] == f"your {p['n']} labelled items"
    assert by_name["your posting-time model (newcomer, twitter)"][1] == "not enough items yet (7 of 20)"
    assert by_name["your posting-time model (newcomer, twitter)"][2] == "—"
    flat = by_name["your hashtag lift model (flat)"]
    q = figures[("hashtags", "flat")]["p_value"]
    assert flat[1] == f"no skill over your median (p = {fmt.number(q, 3)}); time-ordered CV Spearman"
    assert by_name["your hashtag lift model (evening)"][1].startswith("beats your median")
    for r in rows[len(models):]:
        assert r[6] == "p < 0.05 over your median to answer" and r[4] == "your median"


def test_personal_rows_read_in_spanish(spanish, main_window, qtbot, isolated_home):
    _import_and_run()
    rows = _refresh(main_window.tabs["ml_health"], qtbot)
    mine = [r for r in rows if r[0].startswith("tu ")]
    assert len(mine) == 6, [r[0] for r in rows]
    assert any(r[1] == "aún no hay suficientes elementos (7 de 20)" for r in mine)
    assert any("no mejora tu mediana (p = " in r[1] for r in mine)
    assert any("supera tu mediana (p = " in r[1] for r in mine)
    assert all(r[6] == "p < 0,05 sobre tu mediana para responder" for r in mine)


def test_models_are_named_in_words_with_their_id_as_tooltip(main_window, qtbot, isolated_home):
    """The first column of both tables names each model in words, never by its id (``screenshot_yolo``);
    the id stays in the tooltip. Every shipped model and every models folder has a name."""
    from viralml_desktop.core import registry

    tab = main_window.tabs["ml_health"]
    _refresh(tab, qtbot)
    for t in (tab.models, tab.accuracy):
        for i in range(t.rowCount()):
            ident = t.item(i, 0).data(Qt.UserRole)
            if ident is None:  # a personal model's row: its name is already words
                continue
            assert t.item(i, 0).text() != ident and "_" not in t.item(i, 0).text(), ident
            assert f"model id: {ident}" in t.item(i, 0).toolTip()
    named = {tab.models.item(i, 0).data(Qt.UserRole): tab.models.item(i, 0).text() for i in range(tab.models.rowCount())}
    assert named["screenshot_yolo"] == "Feed-screenshot detector" and named["face_haar"] == "Face detector (Haar cascade)"
    assert set(named) == {s.name for s in registry.MODEL_TABLE}
    assert all(h["model"] in model_names.MODEL_NAMES for h in health.headline_rows())


def test_models_are_named_in_spanish(spanish, main_window, qtbot, isolated_home):
    tab = main_window.tabs["ml_health"]
    _refresh(tab, qtbot)
    named = {tab.models.item(i, 0).data(Qt.UserRole): tab.models.item(i, 0) for i in range(tab.models.rowCount())}
    assert named["screenshot_yolo"].text() == "Detector de capturas del feed"
    assert named["screenshot_yolo"].toolTip() == "id del modelo: screenshot_yolo"
    acc = {tab.accuracy.item(i, 0).data(Qt.UserRole): tab.accuracy.item(i, 0).text()
           for i in range(tab.accuracy.rowCount())}
    assert acc["peak"] == "Pico y visualizaciones finales" and acc["anomaly"] == "Detector de caídas de alcance"
    # every row named by core's table in Spanish: none left in English
    shown = {ident: item.text() for ident, item in named.items()} | {k: v for k, v in acc.items() if k}
    assert shown == {k: model_names.title(k, "es") for k in shown}
    assert not [k for k in shown if model_names.title(k, "es") == model_names.title(k, "en")]


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_tab_and_the_report_pdf_name_a_model_alike(lang, main_window, qtbot, isolated_home, tmp_path):
    """The ML health tab's name of a model ("Modelo de error del pico") is the one the after-release report's
    footnote prints inside its sentence ("el modelo de error del pico"): both read core/model_names.py."""
    from release_fixtures import store_history
    from test_release_pdf import page_texts

    from viralml_desktop.core.release import pdf
    from viralml_desktop.gui import i18n

    i18n.install(lang)
    try:
        tab = main_window.tabs["ml_health"]
        _refresh(tab, qtbot)
        named = {tab.models.item(i, 0).data(Qt.UserRole): tab.models.item(i, 0).text()
                 for i in range(tab.models.rowCount())}
    finally:
        i18n.install("en")
    store_history()
    report = engine.run("release_report", {"account_id": "luna_roja"}, record=False)  # its peak footnote
    text = " ".join(" ".join(page_texts(pdf.write_report_pdf(report, tmp_path / "r.pdf", lang=lang))).split())
    shown = named["peak_error"]
    assert shown == {"en": "Peak-timing error model", "es": "Modelo de error del pico"}[lang]
    assert {"en": "the peak-timing error model", "es": "el modelo de error del pico"}[lang] + ";" in text
