"""Issue 21: model files are data, opens are confined to the media roots even under a race, every
hostile request is one line (never a traceback), a broken state dir or config degrades cleanly, and
no library writes to stdout or phones home.

Inputs from ``../shared/cases/hardening/`` (their right readings are in ``../shared/cases/README.md``)
are used when that folder is there; the checks that need them are skipped otherwise.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from viralml_desktop.core import config, engine, registry, security
from viralml_desktop.core.errors import InputError, ModelUnavailable, ViralMLError

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT.parent / "shared" / "cases" / "hardening"
needs_cases = pytest.mark.skipif(not CASES.is_dir(), reason="../shared/cases/hardening/ not present")


def _cli(*args: str, stdin=None, stdout=subprocess.PIPE, env=None, timeout=120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "viralml_desktop.cli", *args], stdin=stdin, stdout=stdout,
                          stderr=subprocess.PIPE, text=True, cwd=ROOT, env=env or dict(os.environ),
                          timeout=timeout)


# -- 1. model files are data ----------------------------------------------------------------------

class _Evil:
    """Unpickling this runs code: it writes a marker file."""

    def __init__(self, marker: Path):
        self.marker = str(marker)

    def __reduce__(self):
        return (exec, (f"open({self.marker!r}, 'w').write('code ran')",))


def _plant_malicious_weights(marker: Path) -> Path:
    """A torch zip checkpoint (what ``torch.save`` writes, built without importing torch) whose pickle
    runs code, as ``yolo<version>.pt`` in the user models folder."""
    import pickle
    import zipfile

    from viralml_desktop.core import paths

    d = paths.user_models_dir()
    d.mkdir(parents=True, exist_ok=True)
    f = d / f"yolo{config.get().ml_core.models.yolo.version}.pt"
    with zipfile.ZipFile(f, "w") as z:
        z.writestr("yolo/data.pkl", pickle.dumps({"model": _Evil(marker), "train_args": {}}, protocol=2))
        z.writestr("yolo/byteorder", "little")
        z.writestr("yolo/version", "3\n")
    return f


@pytest.fixture
def fresh_registry(monkeypatch):
    reg = registry.ModelRegistry()
    monkeypatch.setattr(registry, "_default", reg)
    return reg


def test_malicious_yolo_pickle_never_runs_when_scoring_a_thumbnail(isolated_home, fresh_registry, tmp_path):
    from PIL import Image

    marker = tmp_path / "MARKER"
    weights = _plant_malicious_weights(marker)
    img = tmp_path / "thumb.png"
    Image.new("RGB", (320, 180), (37, 90, 200)).save(img)
    out = engine.run("score_thumbnail", {"thumbnail_path": str(img), "find_improvements": False}, record=False)
    assert not marker.exists(), "unpickling the planted weights ran its code"
    reason = out["analysis"]["objects"]["reason"]
    assert out["analysis"]["objects"]["available"] is False
    assert "\n" not in reason and weights.name in reason and "trust-model" in reason


def test_confirmed_checksum_still_loads_with_restricted_unpickling(isolated_home, fresh_registry, tmp_path):
    marker = tmp_path / "MARKER"
    weights = _plant_malicious_weights(marker)
    digest = registry.sha256_file(weights)
    # the user confirming a checksum does not make a pickle safe: the restricted loader refuses it
    with pytest.raises(ModelUnavailable) as e:
        registry.trust_weights(weights, digest)
    assert "\n" not in str(e.value) and not marker.exists()
    config.save_user_override({"app": {"trusted_models": {digest: weights.name}}})  # as if trusted by hand
    with pytest.raises(ModelUnavailable) as e:
        fresh_registry.get("yolo")
    assert "\n" not in str(e.value) and os.environ["ULTRALYTICS_SAFE_LOAD"] == "1"
    assert not marker.exists(), "restricted unpickling let the planted code run"
    # a wrong checksum given by the user is refused before anything is read
    with pytest.raises(ModelUnavailable, match="not the one given"):
        registry.trust_weights(weights, "0" * 64)


def test_raw_pickle_weights_are_refused_by_format(isolated_home, fresh_registry, tmp_path):
    import pickle

    from viralml_desktop.core import paths

    marker = tmp_path / "MARKER"
    paths.user_models_dir().mkdir(parents=True, exist_ok=True)
    f = paths.user_models_dir() / "yolov8n.pt"
    f.write_bytes(pickle.dumps(_Evil(marker)))
    config.save_user_override({"app": {"trusted_models": {registry.sha256_file(f): f.name}}})
    with pytest.raises(ModelUnavailable, match="not a PyTorch zip checkpoint"):
        fresh_registry.get("yolo")
    assert not marker.exists()


# -- 2. open once, check the opened file --------------------------------------------------------------

SECRET = b"OUTSIDE-SECRET " * 64
INSIDE = b"inside-bytes.. " * 64


@pytest.mark.skipif(not security._NOFOLLOW_WALK, reason="needs dir_fd and O_NOFOLLOW (POSIX)")
def test_symlink_race_leaks_nothing_from_outside_the_root(tmp_path):
    root, outside = tmp_path / "root", tmp_path / "outside"
    (root / "d").mkdir(parents=True)
    outside.mkdir()
    (root / "d" / "file.bin").write_bytes(INSIDE)
    (outside / "file.bin").write_bytes(SECRET)
    roots = security.media_roots([root], cfg=config.Config())
    stop = threading.Event()

    def swap():  # the folder inside the root becomes a symlink to the outside folder, and back
        d, hold = root / "d", root / "d_hold"
        while not stop.is_set():
            os.rename(d, hold)
            os.symlink(outside, d)
            time.sleep(0)  # let the requests run in each state (a path-based check leaks ~8 % here)
            os.unlink(d)
            os.rename(hold, d)
            time.sleep(0)

    t = threading.Thread(target=swap, daemon=True)
    t.start()
    leaked = inside = refused = 0
    try:
        for _ in range(400):
            try:
                c = security.open_confined("d/file.bin", roots, "thumbnail_path")
            except (InputError, ViralMLError):
                refused += 1
                continue
            try:
                with open(c.path, "rb") as f:  # what a decoder does with the path it is handed
                    data = f.read()
            finally:
                c.close()
            leaked += data == SECRET
            inside += data == INSIDE
    finally:
        stop.set()
        t.join(5)
    assert leaked == 0
    assert inside > 0 and inside + refused == 400


def test_confined_request_reads_the_opened_file_and_closes_it(tmp_path, isolated_home):
    root = tmp_path / "root"
    (root / "sub").mkdir(parents=True)
    (root / "sub" / "a.png").write_bytes(INSIDE)
    (tmp_path / "secret.png").write_bytes(SECRET)
    os.symlink(tmp_path / "secret.png", root / "leak.png")
    roots = security.media_roots([root], cfg=config.Config())
    req = security.open_request({"thumbnail_path": "sub/a.png", "context": {"competitors": []}}, roots)
    c = req.held[0]
    assert Path(req["thumbnail_path"]).read_bytes() == INSIDE and c.read_bytes(1 << 20) == INSIDE
    assert req.shown({"x": [req["thumbnail_path"]]}) == {"x": [str(root.resolve() / "sub" / "a.png")]}
    req.release()
    with pytest.raises(OSError):
        os.fstat(c.fd)
    with pytest.raises(security.PathRefused, match="outside"):
        security.open_request({"thumbnail_path": "leak.png"}, roots)
    os.mkfifo(root / "fifo.png")
    with pytest.raises(security.PathRefused, match="not a regular file"):
        security.open_request({"thumbnail_path": "fifo.png"}, roots)


def test_engine_closes_a_confined_request_and_names_the_file(tmp_path, isolated_home):
    root = tmp_path / "root"
    root.mkdir()
    (root / "broken.png").write_bytes(b"not an image at all")
    roots = security.media_roots([root], cfg=config.Config())
    req = security.open_request({"thumbnail_path": "broken.png", "find_improvements": False}, roots)
    fd = req.held[0].fd
    with pytest.raises(InputError) as e:
        engine.run("score_thumbnail", req, record=False)
    assert "/proc/self/fd" not in str(e.value)
    with pytest.raises(OSError):
        os.fstat(fd)


# -- 6. a read-only, full or corrupt data dir: answer without saving, one warning --------------------

PEAK = {"views": [10, 120, 400, 700, 850, 930, 970, 990]}
ANOMALY = {"account_id": "a", "recent_posts": [{"views": 1000 + 7 * i, "likes": 50, "timestamp":
                                                f"2025-03-{i + 1:02d}T18:00:00Z"} for i in range(12)]}


def _answers_with_one_warning(caplog) -> list[str]:
    from viralml_desktop.core import health

    caplog.clear()
    with caplog.at_level("WARNING"):
        for name, req in [("predict_peak", PEAK), ("detect_anomaly", ANOMALY), ("predict_peak", PEAK)]:
            assert engine.run(name, req)  # answered, and saving it did not fail the answer
        snap = health.snapshot()
    warnings = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert len(warnings) == 1, warnings
    assert snap["warnings"] == warnings
    return warnings


def test_corrupt_database_is_never_overwritten_and_every_answer_comes(isolated_home, caplog):
    from viralml_desktop.core import paths, store

    db = paths.database_file()
    db.parent.mkdir(parents=True)
    junk = bytes(range(256)) * 64
    db.write_bytes(junk)
    store.reset_default()
    (w,) = _answers_with_one_warning(caplog)
    assert str(db) in w and "without saving" in w
    assert db.read_bytes() == junk
    with pytest.raises(store.StoreReadOnly, match="nothing was stored"):
        store.default_store().import_posts("acc", "tiktok", [{"views": 1, "timestamp": "2025-01-01"}])


def test_unwritable_data_dir_answers_without_saving(isolated_home, caplog, monkeypatch):
    from viralml_desktop.core import paths, store

    blocker = isolated_home / "not_a_dir"
    blocker.write_text("a file where the data dir should be")
    monkeypatch.setenv("VIRALML_DATA_DIR", str(blocker))
    store.reset_default()
    (w,) = _answers_with_one_warning(caplog)
    assert str(paths.database_file()) in w
    assert blocker.read_text() == "a file where the data dir should be"


class _FullDisk:
    """A connection whose writes fail as on a full disk (reads work)."""

    def __init__(self, con):
        self._con = con

    def execute(self, sql, *args):
        if sql.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE")):
            import sqlite3

            raise sqlite3.OperationalError("database or disk is full")
        return self._con.execute(sql, *args)

    def __getattr__(self, name):
        return getattr(self._con, name)


def test_full_disk_stops_saving_with_one_warning(isolated_home, caplog, monkeypatch):
    from viralml_desktop.core import store

    st = store.default_store()
    st.schema_version()  # created while there was room
    real_open = store.Store._open
    monkeypatch.setattr(store.Store, "_open", lambda self: _FullDisk(real_open(self)))
    st.close()
    (w,) = _answers_with_one_warning(caplog)
    assert "database or disk is full" in w and not st.writable


def test_health_reads_bounded_aggregates(isolated_home, monkeypatch):
    from viralml_desktop.core import health, store

    monkeypatch.setattr(store, "CALLS_KEPT", 50)
    st = store.default_store()
    for i in range(130):
        st.add_call("predict_peak", float(i), ok=i % 10 != 0)
    with st.connect() as con:
        assert con.execute("SELECT COUNT(*) FROM calls").fetchone()[0] == 50  # rotated as calls came
    stats = st.call_stats()["predict_peak"]
    assert (stats["n_ok"], stats["n_err"]) == (117, 13)
    snap = health.snapshot()
    assert snap["predictions"]["predict_peak"] == 117 and snap["errors"]["predict_peak"] == 13
    assert snap["inference_latency_ms"]["predict_peak"]["n"] == len(stats["latencies_ms"]) <= 50


# -- 6. a bad configuration file: one line naming it; the GUI asks instead of exiting ---------------

def _bad_config(kind: str, f: Path) -> None:
    f.parent.mkdir(parents=True, exist_ok=True)
    if kind == "folder":
        f.mkdir()
    elif kind == "fifo":
        os.mkfifo(f)
    elif kind == "device":
        os.symlink("/dev/zero", f)
    elif kind == "yaml":
        f.write_text("ml_core: [unclosed\n")
    elif kind == "aliases":
        f.write_text('a: &a ["x", "x"]\nb: [*a, *a]\n')


@pytest.mark.parametrize("kind, needle", [("folder", "folder"), ("fifo", "FIFO"), ("device", "device"),
                                          ("yaml", "not valid YAML"), ("aliases", "aliases")])
def test_bad_config_file_is_one_line_naming_it(isolated_home, kind, needle):
    from viralml_desktop.core import paths

    f = paths.user_config_file()
    _bad_config(kind, f)
    with pytest.raises(config.ConfigError) as e:
        config.load()  # a FIFO would hang a plain open; the test's timeout would say so
    assert str(f) in str(e.value) and needle in str(e.value) and "\n" not in str(e.value)
    assert e.value.path == f


@pytest.mark.parametrize("choice, started", [("reset", True), ("quit", False)])
def test_gui_asks_to_reset_a_bad_config_instead_of_exiting(qtbot, isolated_home, monkeypatch, choice, started):
    from PySide6.QtWidgets import QMessageBox

    from viralml_desktop.core import paths
    from viralml_desktop.gui import app

    f = paths.user_config_file()
    _bad_config("folder", f)
    shown = []

    def fake_exec(box):
        shown.append(box.text() + "\n" + box.informativeText())
        (box.reset_button if choice == "reset" else box.quit_button).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    assert app.ensure_config() is started
    assert len(shown) == 1 and str(f) in shown[0] and "Reset to defaults" in shown[0]
    if started:
        assert not os.path.lexists(f) and list(f.parent.glob("ml_config.yaml.broken-*"))
        assert config.get().ml_core.features.thumbnail_scoring is True
    else:
        assert f.is_dir()


# -- 7. quiet and clean --------------------------------------------------------------------------------

def test_nothing_but_the_answer_reaches_stdout_during_predict(isolated_home, tmp_path, monkeypatch, capfd):
    import importlib

    from viralml_desktop import cli

    module = importlib.import_module(f"viralml_desktop.core.{engine.CAPABILITIES['predict_peak'].module}")
    real_run = module.run

    def noisy_run(req, progress):
        print("Ultralytics 8.4 🚀 Python-3.11 torch CPU")  # a library printing, at Python level
        os.write(1, b"onnxruntime: event queue flushed\n")  # and at descriptor level
        return real_run(req, progress)

    monkeypatch.setattr(module, "run", noisy_run)
    f = tmp_path / "peak.json"
    f.write_text(json.dumps(PEAK))
    assert cli.main(["predict", "predict_peak", "--json", str(f)]) == 0
    out, err = capfd.readouterr()
    assert json.loads(out)["predicted_final_views"] > 0  # stdout is exactly one JSON document
    assert "Ultralytics" in err and "onnxruntime" in err


def test_telemetry_of_every_dependency_is_off(monkeypatch):
    import types

    from viralml_desktop.core import offline

    for key, value in offline.TELEMETRY_OFF.items():
        assert os.environ[key] == value
    assert os.environ["ULTRALYTICS_SAFE_LOAD"] == "1" and os.environ["YOLO_OFFLINE"] == "1"
    assert os.environ["OTEL_SDK_DISABLED"] == "true"  # FastAPI's OpenTelemetry exporters
    assert os.environ["YOLO_VERBOSE"].lower() == "false"
    called = []
    monkeypatch.setitem(sys.modules, "onnxruntime",
                        types.SimpleNamespace(disable_telemetry_events=lambda: called.append(1)))
    offline.disable_onnxruntime_telemetry()
    assert called == [1]


# -- 4. never a traceback: the hardening cases through `viralml predict` and `viralml batch` -----------

CASE_CAPABILITY = {
    "d05_anomaly_year9999_and_0001.json": ("detect_anomaly", "outside the supported calendar"),
    "d07_posting_planned_9999-12-31.json": ("predict_posting_time", "outside the supported calendar"),
    "n09_peak_views_1e308.json": ("predict_peak", "above any real platform's count"),
    "s07_caption_nested_5000.json": ("optimize_caption", "nested 5001 levels deep"),
    "b08_batch_nested_5000.jsonl": ("detect_anomaly", "nested 5001 levels deep"),
}


@needs_cases
@pytest.mark.parametrize("name", sorted(CASE_CAPABILITY))
def test_hardening_case_is_one_line_and_exit_2(isolated_home, capsys, name):
    from viralml_desktop import cli

    capability, needle = CASE_CAPABILITY[name]
    assert cli.main(["predict", capability, "--json", str(CASES / name)]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.startswith("error: ") and err.count("\n") == 1 and needle in err
    assert "Traceback" not in err


@pytest.mark.parametrize("request_doc, needle", [
    ({"comments": ["a" * 10_000_000]}, "comments.0: String should have at most 50000 characters"),
    ({"views": [1, 2, 10 ** 20]}, "above any real platform's count"),
    ({"account_id": "a", "recent_posts": [{"views": 1, "timestamp": "31/12/9999 10:00"}]}, "calendar"),
    ({"account_id": "a", "recent_posts": [{"views": 1, "timestamp": "9999999999999"}]}, "calendar"),
    ({"thumbnail_path": "thumb\x00.png"}, "thumbnail_path: a path may not contain a NUL byte"),
])
def test_absurd_requests_are_refused_fast(isolated_home, tmp_path, capsys, request_doc, needle):
    import time as _time

    from viralml_desktop import cli

    capability = {"comments": "analyze_comments", "views": "predict_peak",
                  "thumbnail_path": "score_thumbnail"}.get(next(iter(request_doc)), "detect_anomaly")
    f = tmp_path / "req.json"
    f.write_text(json.dumps(request_doc))
    t0 = _time.perf_counter()
    assert cli.main(["predict", capability, "--json", str(f)]) == 2
    assert _time.perf_counter() - t0 < 5
    err = capsys.readouterr().err
    assert needle in err and err.count("\n") == 1


def test_request_files_are_checked_before_they_are_read(isolated_home, tmp_path, capsys):
    from viralml_desktop import cli

    fifo = tmp_path / "req.json"
    os.mkfifo(fifo)  # opening it would block until a writer comes
    for path, needle in [(str(fifo), "not a regular file"), ("/dev/zero", "not a regular file"),
                         (str(tmp_path), "not a regular file")]:
        assert cli.main(["predict", "predict_peak", "--json", path]) == 2
        err = capsys.readouterr().err
        assert needle in err and err.count("\n") == 1, err
    huge = tmp_path / "huge.json"
    with open(huge, "wb") as f:
        f.truncate(cli.MAX_REQUEST_FILE_BYTES + 1)  # sparse: nothing is written
    assert cli.main(["predict", "predict_peak", "--json", str(huge)]) == 2
    assert "at most 64 MB" in capsys.readouterr().err


@pytest.mark.parametrize("digits", [4301, 5000])
def test_integers_too_long_to_convert_are_one_line_and_fail_alone_in_a_batch(isolated_home, tmp_path,
                                                                            capsys, digits):
    from viralml_desktop import cli
    from viralml_desktop.batch import run_batch

    line = '{"views": [1, 2, %s, 4, 5, 6]}' % ("9" * digits)
    f = tmp_path / "big.json"
    f.write_text(line)
    assert cli.main(["predict", "predict_peak", "--json", str(f)]) == 2
    err = capsys.readouterr().err
    assert "too many digits" in err and err.count("\n") == 1 and "Traceback" not in err
    src = tmp_path / "in.jsonl"
    src.write_text(line + "\n" + json.dumps({"views": [0, 800, 2600, 4100, 5000, 5500]}) + "\n")
    out = tmp_path / "out.jsonl"
    assert run_batch("predict_peak", str(src), str(out)) == 1
    rows = [json.loads(r) for r in out.read_text().splitlines()]
    assert "too many digits" in rows[0]["error"] and rows[1]["error"] is None


@pytest.mark.parametrize("user", ["root", "nobody", "zzzz_no_such_user"])
def test_tilde_user_paths_answer_the_same_for_every_name(tmp_path, user):
    with pytest.raises(security.PathRefused, match="~user paths are not accepted"):
        security.open_confined(f"~{user}/x.png", [tmp_path], "thumbnail_path")


@needs_cases
def test_a_deep_batch_line_fails_alone(isolated_home, tmp_path):
    from viralml_desktop.batch import run_batch

    good = json.dumps(dict(ANOMALY, id="good"))
    bad = (CASES / "b08_batch_nested_5000.jsonl").read_text().strip()
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join([good, bad, json.dumps(dict(ANOMALY, id="good2"))]) + "\n")
    out = tmp_path / "out.jsonl"
    assert run_batch("detect_anomaly", str(src), str(out)) == 1  # some items failed; the batch went on
    rows = {r["item"]: r for r in map(json.loads, out.read_text().splitlines())}
    assert rows["good"]["error"] is None and rows["good2"]["error"] is None
    assert "nested 5001 levels deep" in rows["line 2"]["error"]


def test_full_or_closed_stdout_is_one_line(isolated_home, tmp_path, monkeypatch, capsys):
    from viralml_desktop import cli

    f = tmp_path / "peak.json"
    f.write_text(json.dumps(PEAK))
    if os.path.exists("/dev/full"):
        with open("/dev/full", "w") as full:
            monkeypatch.setattr(sys, "stdout", full)
            assert cli.main(["predict", "predict_peak", "--json", str(f)]) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "No space left" in err
    r, w = os.pipe()
    os.close(r)  # the reader went away before the answer was written
    with open(w, "w") as closed_pipe:
        monkeypatch.setattr(sys, "stdout", closed_pipe)
        assert cli.main(["predict", "predict_peak", "--json", str(f)]) == 141
        monkeypatch.undo()
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "closed the pipe" in err
