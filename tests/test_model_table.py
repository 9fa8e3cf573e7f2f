"""The one model table (core/registry.py MODEL_TABLE): every shipped file is an entry with the
right sha256, each entry's loader and metrics file exist, nothing registers at import, a corrupt
user copy is deleted and reported, and a shipped file with the wrong checksum is refused."""
from __future__ import annotations

import ast
import importlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from viralml_desktop.core import config, paths, registry
from viralml_desktop.core.errors import ModelUnavailable

CORE = Path(registry.__file__).resolve().parent
ROOT = CORE.parents[1]
REPORTS = {"MODEL_CARD.md", "metrics.json", "evaluation.json"}  # documents about a model, not artifacts
JSON_ENTRIES = [s for s in registry.MODEL_TABLE if s.loader == "viralml_desktop.core.registry:load_json"]


def shipped_files() -> list[str]:
    return sorted(p.relative_to(paths.MODELS_DIR).as_posix() for p in paths.MODELS_DIR.rglob("*")
                  if p.is_file() and p.name not in REPORTS and "LICENSE" not in p.name)


def test_every_shipped_file_is_an_entry_with_its_sha256():
    declared = {fn: (s.name, s.sha256.get(fn)) for s in registry.MODEL_TABLE for fn in s.files}
    files = shipped_files()
    assert files, "no shipped files found under models/"
    missing = [fn for fn in files if fn not in declared]
    assert not missing, f"files under models/ with no model table entry: {missing}"
    wrong = {fn: registry.sha256_file(paths.MODELS_DIR / fn) for fn in files
             if registry.sha256_file(paths.MODELS_DIR / fn) != declared[fn][1]}
    assert not wrong, f"stale digests (run training/model_table_digests.py --write): {wrong}"


def test_every_declared_digest_names_a_shipped_file():
    for name, fn, expected, actual in registry.table_digests():
        assert actual == expected, f"{name}: {fn} is missing or differs from the table"


def test_only_user_supplied_weights_go_unchecked():
    unchecked = [s.name for s in registry.MODEL_TABLE if s.needs_file and set(s.files) - set(s.sha256)]
    assert unchecked == ["yolo"]


def test_entry_names_are_unique_and_the_table_is_frozen():
    names = [s.name for s in registry.MODEL_TABLE]
    assert len(names) == len(set(names))
    assert isinstance(registry.MODEL_TABLE, tuple)
    with pytest.raises(AttributeError):
        registry.MODEL_TABLE[0].name = "other"  # frozen dataclass
    with pytest.raises(TypeError):
        registry.MODEL_TABLE[3].sha256["x"] = "y"  # read-only mapping


@pytest.mark.parametrize("spec", registry.MODEL_TABLE, ids=lambda s: s.name)
def test_metrics_file_exists_or_the_reason_is_given(spec):
    if spec.metrics:
        assert spec.metrics.startswith("models/") and spec.metrics.endswith("/metrics.json")
        assert registry.metrics_path(spec).is_file(), spec.metrics
        assert json.loads(registry.metrics_path(spec).read_text(encoding="utf-8"))
    else:
        assert spec.no_metrics, f"{spec.name}: no metrics file and no reason why"


@pytest.mark.parametrize("spec", registry.MODEL_TABLE, ids=lambda s: s.name)
def test_loader_is_a_dotted_string_that_resolves(spec):
    assert isinstance(spec.loader, str) and ":" in spec.loader
    assert callable(registry.resolve_loader(spec))


def test_declaring_and_listing_the_table_imports_no_capability():
    code = ("import sys\n"
            "from viralml_desktop.core import registry\n"
            "registry.default_registry().status()\n"
            "print(sorted(m for m in sys.modules if m.startswith('viralml_desktop.core.') and m.count('.') > 2"
            " or m in ('viralml_desktop.core.posting_time', 'viralml_desktop.core.embeddings', 'cv2')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_importing_all_of_core_leaves_the_table_unchanged():
    before = registry.MODEL_TABLE
    names = [s.name for s in before]
    for p in sorted(CORE.rglob("*.py")):
        parts = p.relative_to(ROOT).with_suffix("").parts
        importlib.import_module(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    assert registry.MODEL_TABLE is before
    assert list(registry.ModelRegistry().specs()) == names
    assert list(registry.default_registry().specs()) == names
    assert not hasattr(registry, "register") and not hasattr(registry.ModelRegistry, "register")


def test_no_module_in_core_calls_register():
    calls = []
    for p in sorted(CORE.rglob("*.py")):
        for node in ast.walk(ast.parse(p.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                f = node.func
                name = f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""
                if name == "register":
                    calls.append(f"{p.relative_to(ROOT)}:{node.lineno}")
    assert not calls, f"register(...) calls in core (declare the model in MODEL_TABLE instead): {calls}"


def test_health_lists_every_entry_without_importing_capabilities():
    from viralml_desktop.core import health

    snap = health.snapshot(include_persisted=False)
    assert list(snap["models_available"]) == [s.name for s in registry.MODEL_TABLE]


# -- loading ---------------------------------------------------------------------------------

@pytest.mark.parametrize("spec", JSON_ENTRIES, ids=lambda s: s.name)
def test_json_tables_load_as_the_file_reads(spec):
    reg = registry.ModelRegistry()
    got = reg.get(spec.name)
    assert got == json.loads((paths.MODELS_DIR / spec.files[0]).read_text(encoding="utf-8"))
    assert reg.get(spec.name) is got  # cached


def test_callers_read_the_tables_through_the_registry():
    from viralml_desktop.core.account_health import peak
    from viralml_desktop.core.captions import emoji, hashtags, lift
    from viralml_desktop.core.virality import model as vm

    reg = registry.default_registry()
    assert vm.prior() is reg.get("virality_prior")
    assert vm.genre_table() is reg.get("virality_genre_popularity")
    assert vm.default_trend_profile() is reg.get("virality_trend_profile")
    assert hashtags.table() is reg.get("hashtags_genre_platform_tags")
    assert lift.Prior.load() is reg.get("hashtags_lift_prior")
    assert emoji.ranking() is reg.get("captions_emoji_ranking") and len(emoji.ranking()) > 700
    assert emoji.genre_emoji("nonexistent-genre") == reg.get("captions_genre_emoji")["default"]
    peak_metrics = json.loads((paths.MODELS_DIR / "peak" / "metrics.json").read_text(encoding="utf-8"))
    assert peak._measured_log_error() == peak_metrics["decay_curve"]["tune_log_error_q80"]


def test_posting_time_prior_carries_the_personal_parameters():
    from viralml_desktop.core import posting_time as pt

    personal = json.loads((paths.MODELS_DIR / "posting_time" / "personal.json").read_text(encoding="utf-8"))
    assert pt.load_prior().personal == personal


def test_metrics_of_an_entry():
    reg = registry.ModelRegistry()
    assert reg.metrics("sentiment_heads")["macro_f1_es"] > 0
    assert reg.metrics("ocr") == {}  # package-shipped: no metrics file of its own


def test_yolo_file_name_follows_the_configuration(isolated_home):
    reg = registry.ModelRegistry([isolated_home / "models"])
    assert registry.spec("yolo").candidates()[0][1] == "yolo/yolov8n.pt"
    cfg = config.load()
    cfg.ml_core.models.yolo.version = "v8s"
    config.set_current(cfg)
    assert registry.spec("yolo").candidates()[0][1] == "yolo/yolov8s.pt"
    (isolated_home / "models").mkdir()
    (isolated_home / "models" / "yolov8s.pt").write_bytes(b"user weights, unchecked")
    assert reg.find("yolo") == isolated_home / "models" / "yolov8s.pt"
    config.set_current(None)  # back to v8n: the v8s file is not the one asked for
    with pytest.raises(ModelUnavailable, match="not found.*yolov8n.pt"):
        reg.get("yolo")


def test_put_installs_a_table_entry_only():
    reg = registry.ModelRegistry()
    reg.put("yolo", "a model built in a test")
    assert reg.get("yolo") == "a model built in a test" and "yolo" in reg.loaded()
    with pytest.raises(ModelUnavailable, match="unknown model"):
        reg.put("not_in_the_table", object())


def test_unknown_name_is_refused():
    with pytest.raises(ModelUnavailable, match="unknown model"):
        registry.ModelRegistry().get("nope")
    with pytest.raises(ModelUnavailable, match="unknown model"):
        registry.spec("nope")


# -- checksums -------------------------------------------------------------------------------

def _corrupt_copy(dst_root: Path, rel: str) -> Path:
    dst = dst_root / rel
    dst.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(paths.MODELS_DIR / rel, dst)
    with open(dst, "ab") as f:
        f.write(b" ")
    return dst


def test_corrupt_user_copy_is_deleted_and_reported(tmp_path):
    user = tmp_path / "user-models"
    bad = _corrupt_copy(user, "virality/prior.json")
    reg = registry.ModelRegistry([tmp_path / "no-shipped-models", user])
    with pytest.raises(ModelUnavailable, match="virality_prior: checksum mismatch.*corrupt copy was deleted"):
        reg.get("virality_prior")
    assert not bad.exists()
    assert not reg.is_available("virality_prior")
    with pytest.raises(ModelUnavailable, match="not found.*virality_build.py"):
        reg.get("virality_prior")


def test_good_user_copy_loads_when_nothing_is_shipped(tmp_path):
    user = tmp_path / "user-models"
    (user / "virality").mkdir(parents=True)
    shutil.copy(paths.MODELS_DIR / "virality" / "prior.json", user / "virality" / "prior.json")
    reg = registry.ModelRegistry([tmp_path / "no-shipped-models", user])
    assert reg.get("virality_prior")["weights"]
    assert reg.loaded()["virality_prior"]["path"] == str(user / "virality" / "prior.json")


def test_shipped_file_with_a_wrong_checksum_is_refused_and_kept(tmp_path, monkeypatch):
    shipped = tmp_path / "models"
    bad = _corrupt_copy(shipped, "hashtags/lift_prior.json")
    monkeypatch.setattr(paths, "MODELS_DIR", shipped)
    monkeypatch.setenv("VIRALML_DATA_DIR", str(tmp_path / "data"))
    reg = registry.ModelRegistry()
    with pytest.raises(ModelUnavailable, match="hashtags_lift_prior: checksum mismatch") as e:
        reg.get("hashtags_lift_prior")
    assert "deleted" not in str(e.value)
    assert bad.exists()  # the shipped models/ is never modified
    assert not reg.is_available("hashtags_lift_prior")
