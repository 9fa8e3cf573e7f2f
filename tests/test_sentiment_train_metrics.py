"""training/sentiment_train.py writes only its own keys of the shared metrics.json / evaluation.json."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "training"))


@pytest.fixture(scope="module")
def train():
    import sentiment_train

    return sentiment_train


def test_a_rerun_keeps_the_keys_other_scripts_wrote(train, tmp_path):
    path = tmp_path / "metrics.json"
    others = {"headline": {"value": "music_comments.macro_f1_es"},
              "music_comments": {"macro_f1_es": 0.87, "comments_per_second_cpu": 41.5},
              "music_comments_heldout": {"n": 120}, "outside_sets_macro_f1": {"es": 0.6}}
    path.write_text(json.dumps({"task": "old", "macro_f1_es": 0.5, **others,
                                "embedder_comparison_macro_f1": {"use": 0.6}}), encoding="utf-8")
    own = {"task": "comment sentiment", "macro_f1_es": 0.61, "macro_f1_en": 0.66, "heads_sha256": "ab"}
    written = train.update_json(path, own)
    on_disk = json.loads(path.read_text(encoding="utf-8"))
    assert on_disk == written
    for k, v in others.items():
        assert on_disk[k] == v, k  # other scripts' keys, whole (the speed figure inside music_comments too)
    assert {k: on_disk[k] for k in own} == own  # its own keys, new values
    assert on_disk["embedder_comparison_macro_f1"] == {"use": 0.6}  # not recomputed this run: kept
    assert list(on_disk)[:2] == ["task", "macro_f1_es"] and list(on_disk)[-2:] == ["macro_f1_en", "heads_sha256"]


def test_a_missing_file_is_created_and_a_broken_one_left_alone(train, tmp_path):
    path = tmp_path / "evaluation.json"
    assert train.update_json(path, {"seconds": 3}) == {"seconds": 3}
    assert json.loads(path.read_text(encoding="utf-8")) == {"seconds": 3}
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    with pytest.raises(SystemExit, match="not valid JSON"):
        train.update_json(broken, {"seconds": 3})
    assert broken.read_text(encoding="utf-8") == "{not json"
    listed = tmp_path / "list.json"
    listed.write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(SystemExit, match="not a JSON object"):
        train.update_json(listed, {"seconds": 3})
