"""`viralml batch`: folder / CSV / JSONL input, CSV / JSONL output, resume, error column."""
from __future__ import annotations

import csv
import importlib
import json
import threading

import pytest

from viralml_desktop import batch, cli
from viralml_desktop.core import config, engine
from viralml_desktop.core.errors import InputError, ModelUnavailable

ANOMALY_OUT = {"is_shadowbanned": True, "confidence": 0.8, "anomaly_type": "view_suppression",
               "detected_at": "2025-10-21", "recommendation": "pause_posting_24h", "details": {"n_posts": 2, "drop": 0.96}}
THUMB_OUT = {"visual_appeal_score": 6.5, "click_probability": 0.4, "improvements": ["Increase contrast"],
             "competitive_ranking": 1}


class Recorder:
    """Stand-in for a capability's run(): records requests, answers or fails per item."""

    def __init__(self, answer, fail_on=None):
        self.answer, self.fail_on, self.requests = answer, fail_on, []
        self.lock = threading.Lock()

    def __call__(self, req, progress):
        with self.lock:
            self.requests.append(req)
        if self.fail_on and self.fail_on(req):
            raise InputError(f"bad item {getattr(req, 'account_id', '')}".strip())
        return self.answer


def use(monkeypatch, capability, recorder):
    module = importlib.import_module(f"viralml_desktop.core.{engine.CAPABILITIES[capability].module}")
    monkeypatch.setattr(module, "run", recorder)
    return recorder


def write_csv(path, header, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)
    return path


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


POSTS = json.dumps([{"views": 12000, "timestamp": "2025-10-20"}, {"views": 450, "timestamp": "2025-10-21"}])


@pytest.fixture
def anomaly_csv(tmp_path):
    return write_csv(tmp_path / "accounts.csv", ["id", "account_id", "platform", "recent_posts"], [
        ["a1", "acct_1", "tiktok", POSTS],
        ["a2", "acct_2", "instagram", POSTS],
        ["a3", "broken", "tiktok", POSTS],
        ["a4", "acct_4", "tiktok", "[{not json"],
        ["a5", "acct_5", "myspace", POSTS],
    ])


def test_csv_in_csv_out_with_error_column_and_flattened_fields(isolated_home, monkeypatch, tmp_path,
                                                               anomaly_csv, capsys):
    rec = use(monkeypatch, "detect_anomaly", Recorder(ANOMALY_OUT, lambda r: r.account_id == "broken"))
    out = tmp_path / "out.csv"
    assert batch.run_batch("detect_anomaly", str(anomaly_csv), str(out)) == batch.EXIT_ITEMS_FAILED
    rows = {r["item"]: r for r in read_csv(out)}
    assert set(rows) == {"a1", "a2", "a3", "a4", "a5"}
    assert rows["a1"]["error"] == "" and rows["a1"]["is_shadowbanned"] == "True"
    assert rows["a1"]["confidence"] == "0.8" and json.loads(rows["a1"]["details"]) == {"n_posts": 2, "drop": 0.96}
    assert rows["a1"]["extra"] == ""  # every field is declared in the response schema
    assert rows["a3"]["error"] == "bad item broken" and rows["a3"]["confidence"] == ""
    assert "column recent_posts: not valid JSON" in rows["a4"]["error"]
    assert "platform" in rows["a5"]["error"]  # refused by the schema, one line
    assert sorted(r.account_id for r in rec.requests) == ["acct_1", "acct_2", "broken"]
    assert rec.requests[0].recent_posts[0].views == 12000
    err = capsys.readouterr().err
    assert "5/5" in err and "2 checked, 3 failed (" in err  # the progress bar and the summary, on stderr
    line = next(x for x in err.splitlines() if "2 checked" in x)
    assert line.endswith("; …), 0 already in the output -> " + str(out)) and "skipped" not in err
    assert "bad item broken" in line or "column recent_posts: not valid JSON" in line  # a reason, not a count


def test_rerun_skips_done_items_and_retry_errors_reruns_failures(isolated_home, monkeypatch, tmp_path,
                                                                 anomaly_csv, capsys):
    out = tmp_path / "out.jsonl"
    use(monkeypatch, "detect_anomaly", Recorder(ANOMALY_OUT, lambda r: r.account_id == "broken"))
    batch.run_batch("detect_anomaly", str(anomaly_csv), str(out))
    again = use(monkeypatch, "detect_anomaly", Recorder(ANOMALY_OUT))
    assert batch.run_batch("detect_anomaly", str(anomaly_csv), str(out)) == batch.EXIT_OK
    assert again.requests == [] and "5 of 5 items already" in capsys.readouterr().err
    assert batch.run_batch("detect_anomaly", str(anomaly_csv), str(out), retry_errors=True) == batch.EXIT_ITEMS_FAILED
    assert [r.account_id for r in again.requests] == ["broken"]  # a4/a5 fail again without an engine call
    lines = [json.loads(x) for x in out.read_text().splitlines()]
    assert sorted(x["item"] for x in lines) == ["a1", "a2", "a3", "a4", "a5"]
    assert next(x for x in lines if x["item"] == "a3") == {"item": "a3", "error": None, "response": ANOMALY_OUT}


def test_a_half_written_last_line_is_dropped_and_redone(isolated_home, monkeypatch, tmp_path, anomaly_csv):
    out = tmp_path / "out.csv"
    use(monkeypatch, "detect_anomaly", Recorder(ANOMALY_OUT))
    batch.run_batch("detect_anomaly", str(anomaly_csv), str(out))
    lines = out.read_text().splitlines(keepends=True)
    last = lines[-1].split(",")[0]
    out.write_text("".join(lines[:-1]) + lines[-1][:len(last) + 4])  # as a kill mid-write leaves it
    batch.run_batch("detect_anomaly", str(anomaly_csv), str(out))
    rows = read_csv(out)
    assert sorted(r["item"] for r in rows) == ["a1", "a2", "a3", "a4", "a5"]  # the cut item is redone once
    assert all(None not in r and len(r) == len(rows[0]) for r in rows)


def test_folder_of_images_with_workers_to_jsonl(isolated_home, monkeypatch, tmp_path, capsys):
    import cv2
    import numpy as np

    folder = tmp_path / "thumbs"
    (folder / "sub").mkdir(parents=True)
    for name in ("a.jpg", "b.PNG", "sub/c.webp"):
        cv2.imwrite(str(folder / name), np.full((40, 60, 3), 128, np.uint8))
    (folder / "notes.txt").write_text("not an image")
    (folder / ".hidden.jpg").write_bytes(b"x")
    rec = use(monkeypatch, "score_thumbnail", Recorder(THUMB_OUT))
    out = tmp_path / "scores.jsonl"
    assert batch.run_batch("score_thumbnail", str(folder), str(out), workers=3) == 0
    recs = {json.loads(x)["item"]: json.loads(x)["error"] for x in out.read_text().splitlines()}
    assert sorted(recs) == ["a.jpg", "b.PNG", "notes.txt", "sub/c.webp"]  # the text file listed as skipped
    assert recs["notes.txt"] == "skipped: not an image format this app opens (.txt)"
    summary = [x for x in capsys.readouterr().err.splitlines() if " already in the output" in x]
    assert len(summary) == 1 and summary[0].startswith(  # one line, every file counted once
        "score_thumbnail: 3 scored, 0 failed, 1 not an image (notes.txt; listed in the output), "
        "0 already in the output -> ")
    items = [k for k, err in recs.items() if not err]
    assert sorted(r.thumbnail_path for r in rec.requests) == sorted(
        str((folder / i).resolve()) for i in items)


def test_folder_of_json_requests_and_relative_paths_in_csv(isolated_home, monkeypatch, tmp_path):
    reqs = tmp_path / "reqs"
    reqs.mkdir()
    (reqs / "one.json").write_text(json.dumps({"account_id": "x", "recent_posts": json.loads(POSTS)}))
    (reqs / "two.json").write_text("[1, 2]")
    use(monkeypatch, "detect_anomaly", Recorder(ANOMALY_OUT))
    out = tmp_path / "o.jsonl"
    assert batch.run_batch("detect_anomaly", str(reqs), str(out)) == 1
    got = {json.loads(x)["item"]: json.loads(x)["error"] for x in out.read_text().splitlines()}
    assert got == {"one.json": None, "two.json": "a request must be a JSON object, got list"}

    csv_path = write_csv(tmp_path / "thumbs.csv", ["thumbnail_path", "context.genre", "context.competitors"],
                         [["img/t.jpg", "trap", '["img/c1.jpg"]']])
    rec = use(monkeypatch, "score_thumbnail", Recorder(THUMB_OUT))
    batch.run_batch("score_thumbnail", str(csv_path), str(tmp_path / "t.csv"))
    req = rec.requests[0]
    assert req.thumbnail_path == str(tmp_path / "img" / "t.jpg") and req.context.genre == "trap"
    assert req.context.competitors == [str(tmp_path / "img" / "c1.jpg")]


def test_unavailable_capability_stops_without_marking_items(isolated_home, monkeypatch, tmp_path,
                                                           anomaly_csv, capsys):
    def missing(req, progress):
        raise ModelUnavailable("model anomaly_detector not found")

    use(monkeypatch, "detect_anomaly", missing)
    out = tmp_path / "out.csv"
    assert batch.run_batch("detect_anomaly", str(anomaly_csv), str(out)) == batch.EXIT_UNAVAILABLE
    assert "anomaly_detector not found" in capsys.readouterr().err
    assert all(r["item"] in ("a4", "a5") for r in read_csv(out))  # only the unreadable rows are marked

    cfg = config.get().model_copy(deep=True)
    cfg.ml_core.features.shadowban_detection = False
    config.set_current(cfg)
    assert batch.run_batch("detect_anomaly", str(anomaly_csv), str(out)) == batch.EXIT_UNAVAILABLE
    assert "disabled" in capsys.readouterr().err


@pytest.mark.parametrize("case", ["missing_input", "bad_suffix", "foreign_output", "dup_ids", "workers",
                                  "empty_dir", "txt_input", "not_utf8"])
def test_bad_batch_arguments_exit_2_with_one_line(isolated_home, tmp_path, anomaly_csv, capsys, case):
    inp, out, workers = str(anomaly_csv), str(tmp_path / "o.csv"), 1
    if case == "missing_input":
        inp = str(tmp_path / "nope.csv")
    elif case == "bad_suffix":
        out = str(tmp_path / "o.xlsx")
    elif case == "foreign_output":
        (tmp_path / "o.csv").write_text("name,age\nann,4")
    elif case == "dup_ids":
        inp = str(write_csv(tmp_path / "d.csv", ["id", "account_id"], [["x", "a"], ["x", "b"]]))
    elif case == "workers":
        workers = 0
    elif case == "empty_dir":
        (tmp_path / "empty").mkdir()
        inp = str(tmp_path / "empty")
    elif case == "txt_input":
        inp = str(tmp_path / "in.txt")
        (tmp_path / "in.txt").write_text("x")
    elif case == "not_utf8":  # JSON lines are UTF-8 (a CSV in cp1252 is read: see the test below)
        inp = str(tmp_path / "latin.jsonl")
        (tmp_path / "latin.jsonl").write_bytes('{"account_id": "caf\xe9"}\n'.encode("latin-1"))
    before = (tmp_path / "o.csv").read_text() if (tmp_path / "o.csv").exists() else None
    assert batch.run_batch("detect_anomaly", inp, out, workers=workers) == batch.EXIT_INPUT
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error: ")
    if before is not None:
        assert (tmp_path / "o.csv").read_text() == before  # a foreign file is never touched


def test_csv_input_is_read_by_the_table_reader_semicolon_cp1252(isolated_home, monkeypatch, tmp_path):
    """A batch CSV saved by a Spanish-locale Excel: `;`, cp1252, Excel's sep= line, a JSON cell with
    commas and quotes, an empty cell, a line with more cells than columns."""
    rec = use(monkeypatch, "detect_anomaly", Recorder(ANOMALY_OUT))
    posts = POSTS.replace('"', '""')
    text = ("sep=;\r\nid;account_id;platform;assume_tz;recent_posts\r\n"
            f'c1;canción_1;tiktok;;"{posts}"\r\n'
            f'c2;año_2;instagram;Europe/Madrid;"{posts}"\r\n'
            "c3;x;tiktok;a;b;c;d\r\n")
    path = tmp_path / "lote.csv"
    path.write_bytes(text.encode("cp1252"))
    assert batch.run_batch("detect_anomaly", str(path), str(tmp_path / "o.jsonl")) == batch.EXIT_ITEMS_FAILED
    by_id = {r.account_id: r for r in rec.requests}
    assert set(by_id) == {"canción_1", "año_2"}  # decoded as cp1252, not mojibake
    assert len(by_id["año_2"].recent_posts) == 2 and by_id["canción_1"].recent_posts[0].views == 12000
    out = {json.loads(line)["item"]: json.loads(line) for line in (tmp_path / "o.jsonl").read_text().splitlines()}
    assert set(out) == {"c1", "c2", "file row 4"}  # row 4 as a spreadsheet shows it (sep= is hidden)
    assert out["c1"]["error"] is None and "7 cells for 5 columns" in out["file row 4"]["error"]
    assert by_id["año_2"].assume_tz == "Europe/Madrid" and by_id["canción_1"].assume_tz == "UTC"  # empty: left out

    # UTF-16 with its byte-order mark and tabs
    tsv = tmp_path / "lote.tsv"
    tsv.write_bytes("id\taccount_id\tplatform\trecent_posts\nt1\tdúo\ttiktok\t{posts}\n"
                    .replace("{posts}", POSTS).encode("utf-16"))
    (item,) = batch.read_items("detect_anomaly", tsv)
    assert item.key == "t1" and item.request["account_id"] == "dúo" and len(item.request["recent_posts"]) == 2


def test_cli_batch_command(isolated_home, monkeypatch, tmp_path, anomaly_csv):
    use(monkeypatch, "detect_anomaly", Recorder(ANOMALY_OUT))
    out = tmp_path / "cli.jsonl"
    rc = cli.main(["batch", "detect_anomaly", "--input", str(anomaly_csv), "--output", str(out), "--workers", "2"])
    assert rc == 1 and len(out.read_text().splitlines()) == 5


def test_numpy_values_in_answers_are_written_as_plain_json(isolated_home, monkeypatch, tmp_path, anomaly_csv):
    import numpy as np

    use(monkeypatch, "detect_anomaly", Recorder(dict(ANOMALY_OUT, is_shadowbanned=np.bool_(False))))
    out = tmp_path / "np.jsonl"
    batch.run_batch("detect_anomaly", str(anomaly_csv), str(out))
    ok = [json.loads(x) for x in out.read_text().splitlines() if not json.loads(x)["error"]]
    assert len(ok) == 3 and all(r["response"]["is_shadowbanned"] is False for r in ok)
