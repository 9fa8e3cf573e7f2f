"""Issue 15.6: training/measure_eval.py on an install without the training extra stops at once with
one line naming the extra (it ended in ModuleNotFoundError: scenedetect after minutes of tempo runs),
and the README says the same."""
from __future__ import annotations

import importlib.util
import sys

import pytest

from viralml_desktop.core import paths


def _measure_eval(monkeypatch):
    monkeypatch.syspath_prepend(str(paths.ROOT_DIR / "training"))
    spec = importlib.util.spec_from_file_location("measure_eval_under_test",
                                                  paths.ROOT_DIR / "training" / "measure_eval.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_a_run_without_scenedetect_says_which_extra_to_install(monkeypatch):
    mod = _measure_eval(monkeypatch)
    monkeypatch.setitem(sys.modules, "scenedetect", None)  # import scenedetect raises ImportError
    generated = []
    monkeypatch.setattr(mod.md, "tempo_set", lambda *a, **k: generated.append("tempo") or [])
    with pytest.raises(SystemExit) as e:
        mod.main(["--only", "tempo,shots"])
    line = str(e.value.code)
    assert "\n" not in line and "scenedetect" in line
    assert "pip install -e '.[training]'" in line and "--app-only" in line
    assert generated == []  # stopped before any set was generated


def test_the_check_passes_when_no_baseline_needs_it(monkeypatch):
    mod = _measure_eval(monkeypatch)
    monkeypatch.setitem(sys.modules, "scenedetect", None)
    assert mod.require_training_extra(False) is None  # --app-only, or no shots asked for


def test_the_readme_says_the_same_extra():
    readme = (paths.ROOT_DIR / "README.md").read_text(encoding="utf-8")
    at = readme.index("python training/measure_eval.py")
    assert "pip install -e '.[training]'" in readme[at:at + 300]
