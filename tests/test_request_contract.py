"""Three API contract points, each through the real HTTP server (FastAPI's TestClient around
``server.create_app``, the real capabilities behind it):

- a key the request does not model is accepted and ignored, and the answer's ``notes`` name it
  (CONTRACT.md: an existing client of the old ML Core works unchanged, and a request may carry
  extra fields); a wrong type or range is still a 422 with one line;
- ``true``/``false`` where a number is expected is a 422 with one line (pydantic would read
  ``"horizon": true`` as 1);
- detect_anomaly's ``details.change_pct`` is a fraction, like ``events[].change_pct``.
"""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from viralml_desktop.api import server
from viralml_desktop.api.examples import CONTRACT_EXAMPLES
from viralml_desktop.core import engine
from viralml_desktop.core.errors import InputError
from viralml_desktop.core.schemas.common import ignored_notes


@pytest.fixture
def client(isolated_home, tmp_path):
    app = server.create_app(media_roots=[tmp_path])
    with TestClient(app, base_url="http://127.0.0.1") as c:
        yield c


def _error(r) -> tuple[int, str, str]:
    body = r.json()
    return r.status_code, body["error"], body["detail"]


def _posts(n: int = 12) -> list[dict]:
    return [{"views": 1000 + 37 * (i % 5), "likes": 80, "timestamp": f"2025-10-{i + 1:02d}"} for i in range(n)]


# -- unknown request keys: accepted, ignored, named in notes ------------------------------------

def test_an_old_clients_extra_keys_are_ignored_and_named_in_the_notes(client):
    req = dict(CONTRACT_EXAMPLES["detect_anomaly"])
    plain = client.post("/detect_anomaly", json=req)
    assert plain.status_code == 200
    assert not any("ignored unknown field" in n for n in plain.json().get("notes", []))
    extra = {**req, "campaign_id": "c-17", "recent_posts": [{**p, "shares": 3, "reach": 999} for p in req["recent_posts"]]}
    r = client.post("/detect_anomaly", json=extra)
    assert r.status_code == 200, r.text
    body = r.json()
    # the same answer as without the extra keys
    for key in ("is_shadowbanned", "confidence", "anomaly_type", "detected_at", "recommendation"):
        assert body[key] == plain.json()[key], key
    notes = body["notes"]
    assert "ignored unknown field 'campaign_id'" in notes
    assert "ignored unknown field 'recent_posts[].reach'" in notes  # one line for the whole list
    assert not any("shares" in n for n in notes)  # a modelled field is read, not ignored
    assert sum("recent_posts" in n for n in notes) == 1


def test_a_nested_extra_key_is_named_with_its_path_and_the_engine_says_the_same(client):
    req = {"account_id": "music_fanpage_1", "target_account_id": "bad_bunny_official",
           "metrics": {"engagement_overlap": 0.34, "content_similarity": 0.78, "legacy_score": 0.5}, "debug": True}
    r = client.post("/calculate_affinity", json=req)
    assert r.status_code == 200, r.text
    said = {"ignored unknown field 'metrics.legacy_score'", "ignored unknown field 'debug'"}
    assert set(r.json()["notes"][-2:]) == said
    assert engine.run("calculate_affinity", req, record=False)["notes"][-2:] == r.json()["notes"][-2:]


def test_a_misspelt_field_that_leaves_nothing_to_answer_is_named_in_the_refusal(client):
    req = {"account_id": "a", "target_account_id": "b", "metrics": {"overlap": 0.2}}
    code, err, detail = _error(client.post("/calculate_affinity", json=req))
    assert (code, err) == (422, "InputError")
    assert detail.endswith("(ignored unknown field 'metrics.overlap')") and "\n" not in detail


def test_many_extra_keys_give_a_bounded_number_of_notes():
    assert len(ignored_notes([f"k{i}" for i in range(500)])) == 11
    assert ignored_notes([f"k{i}" for i in range(500)])[-1] == "ignored 490 more unknown fields"


@pytest.mark.parametrize("path, body, needle", [
    ("/forecast_views", {"recent_posts": _posts(), "horizon": 9, "bogus": 1}, "horizon"),
    ("/forecast_views", {"recent_posts": _posts(), "horizon": "soon"}, "horizon"),
    ("/calculate_affinity", {"account_id": "a", "target_account_id": "b",
                             "metrics": {"engagement_overlap": 1.5}, "extra": 1}, "metrics.engagement_overlap"),
])
def test_wrong_types_and_ranges_stay_422_with_one_line(client, path, body, needle):
    code, err, detail = _error(client.post(path, json=body))
    assert (code, err) == (422, "InputError")
    assert needle in detail and "\n" not in detail


# -- booleans where a number is expected --------------------------------------------------------

@pytest.mark.parametrize("path, body, needle", [
    ("/forecast_views", {"recent_posts": _posts(), "horizon": True}, "horizon: must be a number, not true"),
    ("/predict_peak", {"views": [0, 800, True, 4100]}, "views: item 2 must be a number, not true"),
    ("/detect_anomaly", {"account_id": "a", "recent_posts": [{"views": False, "timestamp": "2025-10-20"}]},
     "recent_posts.0.views: must be a number, not false"),
    ("/calculate_affinity", {"account_id": "a", "target_account_id": "b", "metrics": {"engagement_overlap": True}},
     "metrics.engagement_overlap: must be a number, not true"),
    ("/predict_posting_time", {"target_countries": ["ES"], "country_weights": {"ES": True}},
     "country_weights: item ES must be a number, not true"),
    ("/optimize_caption", {"base_caption": "hola", "target_audience": {"age_range": [18, True]}},
     "target_audience.age_range: item 1 must be a number, not true"),
])
def test_a_boolean_for_a_number_is_422_with_one_line(client, path, body, needle):
    code, err, detail = _error(client.post(path, json=body))
    assert (code, err) == (422, "InputError")
    assert needle in detail and "\n" not in detail
    with pytest.raises(InputError) as cli:  # the CLI and the GUI validate in the same words
        engine.parse_request(path.strip("/"), body)
    assert str(cli.value) == detail


def test_a_real_number_and_a_real_boolean_still_pass(client):
    r = client.post("/forecast_views", json={"recent_posts": _posts(), "horizon": 2, "include_band": True})
    assert r.status_code == 200, r.text
    assert len(r.json()["forecast"]) == 2 and r.json()["band"]


# -- detect_anomaly: one unit for change_pct ----------------------------------------------------

def test_change_pct_is_a_fraction_in_details_and_events(client):
    r = client.post("/detect_anomaly", json=CONTRACT_EXAMPLES["detect_anomaly"])
    assert r.status_code == 200, r.text
    body = r.json()
    ev = body["events"][-1]
    assert body["details"]["event_start_index"] == ev["start"]
    # 12 000 -> 450 -> 380 views: about 96 % lower, written -0.96 in both places
    assert -1.0 <= body["details"]["change_pct"] < -0.9
    assert body["details"]["change_pct"] == pytest.approx(ev["change_pct"], abs=1e-4)


def test_http_reads_a_request_as_the_command_line_does(client):
    """The server passes on the fields the client sent, not pydantic's defaults: an affinity metric
    left out is unknown on both fronts (before, HTTP read every left-out metric as a given 0)."""
    req = {"account_id": "music_fanpage_1", "target_account_id": "bad_bunny_official",
           "metrics": {"content_similarity": 0.78}}
    r = client.post("/calculate_affinity", json=req)
    assert r.status_code == 200, r.text
    cli = engine.run("calculate_affinity", req, record=False)
    assert r.json()["affinity_score"] == cli["affinity_score"]
    assert r.json()["details"]["engagement_overlap"] is None
