"""A reach-drop verdict is worded as strongly as its confidence allows (tester s9, item 5).

``detect_anomaly`` keeps ``is_shadowbanned`` as the detector's decision (CONTRACT.md §3); its
``confidence`` is the measured share of right verdicts like this one. A verdict below 0.5 is more
likely wrong than right (and ``confidence_basis: base_rate_only`` is no measurement of the
account at all), so the GUI headline, ``viralml report``'s summary and the PDF say "possible drop in
reach — weak evidence", never "reach is being suppressed".
"""
from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from viralml_desktop.core.account_health import anomaly


def weak_drop_posts(n_before: int = 25, n_after: int = 5) -> list[dict]:
    """The tester's account: ~20k views a post, then ~1.5k with the same engagement rate."""
    rng = np.random.default_rng(1)
    n = n_before + n_after
    views = np.round(20000 * np.exp(rng.normal(0, 0.2, n)))
    views[n_before:] = np.round(views[n_before:] * 0.075)
    likes = np.round(views * 0.07 * np.exp(rng.normal(0, 0.1, n)))
    t0 = dt.datetime(2026, 10, 1, 19, tzinfo=dt.timezone.utc)
    return [{"post_id": f"p{i}", "views": int(v), "likes": int(lk), "timestamp": (t0 + dt.timedelta(days=i)).isoformat()}
            for i, (v, lk) in enumerate(zip(views, likes))]


@pytest.mark.parametrize("result,weak", [
    ({"anomaly_type": "view_suppression", "is_shadowbanned": True, "confidence": 0.1,
      "confidence_basis": "calibrated"}, True),
    ({"anomaly_type": "view_suppression", "is_shadowbanned": True, "confidence": 0.49,
      "confidence_basis": "calibrated"}, True),
    ({"anomaly_type": "view_suppression", "is_shadowbanned": True, "confidence": 0.5,
      "confidence_basis": "calibrated"}, False),
    ({"anomaly_type": "view_suppression", "is_shadowbanned": True, "confidence": 0.9,
      "confidence_basis": "calibrated"}, False),
    ({"anomaly_type": "view_suppression", "is_shadowbanned": True, "confidence": 0.9,
      "confidence_basis": "base_rate_only"}, True),  # the base rate is no evidence about this account
    ({"anomaly_type": "insufficient_history", "is_shadowbanned": False, "confidence": 0.0}, False),  # no verdict
])
def test_a_verdict_is_weak_below_half_or_on_the_base_rate_only(result, weak):
    assert anomaly.verdict_is_weak(result) is weak


def test_the_detector_still_answers_the_contract_fields():
    """The JSON keeps is_shadowbanned and the measured confidence: only the words change."""
    from viralml_desktop.core import engine

    r = engine.run("detect_anomaly", {"account_id": "luna", "platform": "tiktok", "recent_posts": weak_drop_posts()},
                   record=False)
    assert r["is_shadowbanned"] is True and r["anomaly_type"] == "view_suppression"
    assert r["confidence"] < anomaly.STRONG_CONFIDENCE and anomaly.verdict_is_weak(r)


def test_the_report_summary_says_a_weak_verdict_as_a_possibility():
    from viralml_desktop.core.release.report import _verdict_text

    health = {"anomaly_type": "view_suppression", "is_shadowbanned": True, "confidence": 0.1,
              "confidence_basis": "calibrated", "detected_at": "2026-10-26T19:00:00Z"}
    assert _verdict_text(health) == "Possible drop in reach — weak evidence since 2026-10-26 (confidence 10 %)"
    strong = dict(health, confidence=0.8)
    assert _verdict_text(strong) == "View suppression since 2026-10-26 (confidence 80 %)"
    flop = dict(health, anomaly_type="single_flop", is_shadowbanned=False)
    assert _verdict_text(flop).startswith("Single flop since")  # no reach-drop claim to soften


@pytest.mark.parametrize("lang,weak,strong", [
    ("en", "Verdict: possible drop in reach — weak evidence", "Verdict: suspected view suppression"),
    ("es", "Veredicto: posible caída de alcance — indicios débiles", "Veredicto: posible supresión de visualizaciones"),
])
def test_the_pdf_verdict_follows_the_confidence(tmp_path, lang, weak, strong):
    from test_release_pdf import page_texts

    from viralml_desktop.core import sources
    from viralml_desktop.core.release import pdf

    def verdict_line(confidence: float) -> str:
        health = {"anomaly_type": "view_suppression", "is_shadowbanned": True, "confidence": confidence,
                  "confidence_basis": "calibrated", "detected_at": "2026-10-26T19:00:00Z", "reasons": [],
                  "events": []}
        report = {"account_id": "luna", "platform": "tiktok", "health": health, "next_steps": [], "notes": [],
                  "period": {"first": "2026-10-01T19:00:00Z", "last": "2026-10-30T19:00:00Z", "posts": 30},
                  "sources": {"health.confidence": sources.measured("calibration split")}}
        text = " ".join("\n".join(page_texts(pdf.write_report_pdf(report, tmp_path / f"{confidence}_{lang}.pdf",
                                                                   lang=lang))).split())
        return text

    low, high = verdict_line(0.1), verdict_line(0.8)
    assert weak in low and strong not in low
    assert strong in high and weak not in high


def test_the_account_health_headline_follows_the_confidence(qtbot, main_window, tmp_path):
    """The tester's export (25 posts at ~20k, 5 at ~1.5k): confidence 10 %, so no red "being suppressed"."""
    from viralml_desktop.core import store
    from viralml_desktop.gui import fmt

    t0 = dt.datetime(2026, 10, 1, 19, tzinfo=dt.timezone.utc)
    posts = [{"post_id": p["post_id"], "published_at": dt.datetime.fromisoformat(p["timestamp"]),
              "title": p["post_id"], "views": p["views"], "likes": p["likes"]} for p in weak_drop_posts()]
    store.default_store().import_posts("luna_weak", "tiktok", posts,
                                       {"name": "e.csv", "exported_at": t0 + dt.timedelta(days=31)})
    main_window.select_tab("account_health")
    tab = main_window.tabs["account_health"]
    with qtbot.waitSignal(tab.runner.result, timeout=30000):
        tab.analyze("luna_weak")
    res = tab.last.result
    assert res["is_shadowbanned"] is True and res["confidence"] < 0.5  # the contract's fields are kept
    text = tab.summary.text()
    assert f"Possible drop in reach — weak evidence ({fmt.percent(res['confidence'], 0)})" in text
    assert "Reach is being suppressed" not in text and "#d62728" not in text
    assert "the pattern the detector flagged: view suppression" in text  # the type, not a finding


# -- one wording rule on every surface (anomaly.verdict_wording) -----------------------------------

@pytest.mark.parametrize("result,key", [
    ({"anomaly_type": "view_suppression", "is_shadowbanned": True, "confidence": 0.4,
      "confidence_basis": "calibrated"}, "weak_reach_drop"),
    ({"anomaly_type": "view_suppression", "is_shadowbanned": True, "confidence": 0.9,
      "confidence_basis": "base_rate_only"}, "weak_reach_drop"),
    ({"anomaly_type": "view_suppression", "is_shadowbanned": True, "confidence": 0.8,
      "confidence_basis": "calibrated"}, "view_suppression"),
    ({"anomaly_type": "single_flop", "is_shadowbanned": False, "confidence": 0.3}, "single_flop"),  # no alarm
    ({"anomaly_type": "insufficient_history", "is_shadowbanned": False, "confidence": 0.0}, "insufficient_history"),
    ({}, "none"),
])
def test_one_rule_gives_the_wording_key(result, key):
    assert anomaly.verdict_wording(result) == key


WEAK_HEALTH = {"anomaly_type": "view_suppression", "is_shadowbanned": True, "confidence": 0.4,
               "confidence_basis": "calibrated", "detected_at": "2026-10-26T19:00:00Z",
               "recommendation": "pause_posting_24h"}


@pytest.mark.parametrize("lang,weak,claim", [
    ("en", "possible drop in reach — weak evidence", "suspected view suppression"),
    ("es", "posible caída de alcance — indicios débiles", "posible supresión de visualizaciones"),
])
def test_the_next_step_of_a_weak_verdict_says_it_as_a_possibility(lang, weak, claim):
    """The step the PDF and ``viralml report`` print: its kind follows the same rule as the verdict."""
    from viralml_desktop.core.release import pdf
    from viralml_desktop.core.release.report import next_steps

    report = {"health": WEAK_HEALTH, "period": {"posts": 30}, "post": {}}
    step = next_steps(report)[0]
    assert step["key"] == "pause_posting_24h" and step["values"]["kind"] == "weak reach drop"
    text = pdf.step_text(step, lang)
    assert weak in text and claim not in text, text
    strong = pdf.step_text(next_steps(dict(report, health=dict(WEAK_HEALTH, confidence=0.8)))[0], lang)
    assert claim in strong and weak not in strong, strong


@pytest.fixture
def weak_report_page(main_window, qtbot):
    """The Release tab's report page on the tester's account (a drop the detector calls at 10 %)."""
    from viralml_desktop.core import store

    t0 = dt.datetime(2026, 10, 1, 19, tzinfo=dt.timezone.utc)
    posts = [{"post_id": p["post_id"], "published_at": dt.datetime.fromisoformat(p["timestamp"]),
              "title": p["post_id"], "views": p["views"], "likes": p["likes"]} for p in weak_drop_posts()]
    store.default_store().import_posts("luna_weak", "tiktok", posts,
                                       {"name": "e.csv", "exported_at": t0 + dt.timedelta(days=31)})
    from test_release_gui import open_report_page
    return open_report_page(main_window, qtbot, "luna_weak")


@pytest.mark.parametrize("lang,weak,claims", [
    ("en", "possible drop in reach — weak evidence", ("view suppression (shadowban)", "Reach fell sharply")),
    ("es", "posible caída de alcance — indicios débiles", ("limitación de vistas", "supresión de visualizaciones")),
])
def test_the_release_report_page_says_a_weak_verdict_as_a_possibility(request, lang, weak, claims, qtbot,
                                                                      main_window, tmp_path):
    if lang == "es":
        request.getfixturevalue("spanish")
    page = request.getfixturevalue("weak_report_page")
    page.out_path.setText(str(tmp_path / "report.pdf"))
    with qtbot.waitSignal(page.runner.finished, timeout=120_000):
        page.run()
    assert page.error.text() == ""
    r = page.response
    # the JSON contract is kept: the detector's decision and its measured confidence
    assert r["verdict"]["is_shadowbanned"] is True and r["verdict"]["anomaly_type"] == "view_suppression"
    assert anomaly.verdict_is_weak(r["health"])
    verdict = page.verdict.text()
    assert weak in verdict, verdict
    assert not any(c in verdict for c in claims), verdict
    steps = page.next_steps.text()
    assert not any(c in steps for c in claims[:1]), steps
    # a confidence that is only the base rate is said so in the steps too, as on the verdict line and in the PDF
    no_evidence = "no evidence about this account" if lang == "en" else "sin evidencia sobre esta cuenta"
    assert no_evidence in verdict  # the tester's history: the detector's cell does not beat chance
    assert no_evidence in steps and "confidence 10" not in steps and "confianza 10" not in steps, steps


@pytest.mark.parametrize("lang,weak,claims", [
    ("en", "possible drop in reach — weak evidence", ("suspected view suppression", "view suppression since")),
    ("es", "posible caída de alcance — indicios débiles", ("supresión de visualizaciones",)),
])
def test_the_cli_report_summary_and_steps_say_a_weak_verdict_as_a_possibility(isolated_home, tmp_path, capsys,
                                                                            lang, weak, claims):
    """``viralml report`` on the tester's history: the summary's verdict and its next steps, and the PDF."""
    import json

    from test_release_pdf import page_texts

    from viralml_desktop import cli

    rows = ["Video title,Date posted,Video views,Likes"]
    for p in weak_drop_posts():
        rows.append(f"{p['post_id']},{p['timestamp'][:16].replace('T', ' ')},{p['views']},{p['likes']}")
    export = tmp_path / "tiktok_posts.csv"
    export.write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert cli.main(["import", str(export), "--account", "luna_weak", "--platform", "tiktok"]) == 0
    capsys.readouterr()
    pdf = tmp_path / "report.pdf"
    code = cli.main(["report", "--account", "luna_weak", "--out", str(pdf), "--lang", lang, "--json"])
    out = json.loads(capsys.readouterr().out)
    assert code == 0 and out["verdict"]["is_shadowbanned"] is True and anomaly.verdict_is_weak(out["health"])
    code = cli.main(["report", "--account", "luna_weak", "--out", str(tmp_path / "again.pdf"), "--lang", lang])
    summary = json.loads(capsys.readouterr().out)
    assert code == 0
    said = " ".join([summary["verdict"]] + summary["next_steps"]).lower()
    assert weak in said and not any(c in said for c in claims), said
    text = " ".join(" ".join(page_texts(pdf)).split()).lower()
    verdict = "veredicto" if lang == "es" else "verdict"
    assert f"{verdict}: {weak}" in text and f"{verdict}: {claims[0]}" not in text, text[:2000]
    # the steps the PDF prints: the same words; the events table still names the pattern flagged
    assert f"({weak}," in text, text[:2000]


def test_an_empty_calibration_cell_is_said_as_no_cases_not_zero_of_zero():
    """The tester's 93 % drop falls in a calibration cell with no cases: say that, not "0 of 0 right"."""
    from viralml_desktop.core import engine
    from viralml_desktop.core.release import pdf

    r = engine.run("detect_anomaly", {"account_id": "luna", "platform": "tiktok", "recent_posts": weak_drop_posts()},
                   record=False)
    assert r["confidence_basis"] == "base_rate_only"
    texts = list(r["reasons"]) + [r["sources"]["confidence"]["note"]]
    assert not any("0 of 0" in t for t in texts), texts
    assert sum("no calibration cases like this one" in t for t in texts) == 2, texts
    record = pdf.confidence_base_rate_only(r, r["sources"]["confidence"])
    assert record is not None
    assert pdf.base_rate_only_text({"right": 0, "total": 0}, "en").endswith("(the detector has no past cases like this one)")
    es = pdf.base_rate_only_text({"right": 0, "total": 0}, "es")
    assert "no tiene casos anteriores" in es and "0 de 0" not in es
    assert "19 of 38 right" in pdf.base_rate_only_text({"right": 19, "total": 38}, "en")
