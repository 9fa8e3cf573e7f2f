"""Every endpoint answers the same JSON for the same request as before the architecture move
(issue 12, point 6): the recorded contract examples, a thumbnail, a clip and an account history."""
from __future__ import annotations

import json

from golden_responses import GOLDEN, run_all


def test_recorded_requests_get_the_recorded_responses(tmp_path, isolated_home):
    want = json.loads(GOLDEN.read_text(encoding="utf-8"))
    got = json.loads(json.dumps(run_all(tmp_path / "media"), sort_keys=True))
    assert sorted(got) == sorted(want)
    for label in want:
        assert got[label] == want[label], label
