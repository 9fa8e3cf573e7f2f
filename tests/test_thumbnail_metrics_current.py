"""models/thumbnail/metrics.json describes the channel model as the code validates it today, and
the model card quotes its figures (a stale figure is a defect: the file once kept 5-fold figures
for weeks after the channel model moved to time-ordered folds)."""
from __future__ import annotations

import json
import re

from viralml_desktop.core import paths, personal

THUMB = paths.ROOT_DIR / "models" / "thumbnail"


def _rules() -> dict:
    return json.loads((THUMB / "metrics.json").read_text(encoding="utf-8"))["channel_model_known_rules"]


def test_channel_figures_come_from_the_current_validation():
    n_tested = 30 // 2  # the newer half of each 30-video synthetic channel
    for rule, fig in _rules().items():
        v = fig["validation"]
        assert v.startswith("time-ordered: "), rule
        assert f"{min(personal.N_FOLDS, fig['n_videos'] // 2)} expanding-window folds" in v, rule
        assert f"test on the {n_tested} newest" in v, rule
        assert f"{personal.N_PERMUTATIONS} permutations" in v, rule
        assert fig["answers"] is True and fig["p_value"] < personal.ALPHA, rule
        assert 0 < fig["cv_spearman"] <= 1 and fig["fresh_thumbnails_spearman"] > 0.9, rule


def test_model_card_quotes_the_channel_figures():
    card = " ".join((THUMB / "MODEL_CARD.md").read_text(encoding="utf-8").split())
    m = re.search(r"time-ordered CV Spearman ([0-9.]+) / ([0-9.]+) / ([0-9.]+)", card)
    assert m, "the card no longer quotes the channel figures"
    rules = _rules()
    want = [f"{rules[r]['cv_spearman']:.3f}" for r in ("contrast", "saturation", "face_size")]
    assert list(m.groups()) == want
    p = {rules[r]["p_value"] for r in rules}
    assert len(p) == 1 and f"p = {p.pop():g} each" in card
