"""``viralml batch --cluster``: the batch's items as Ray tasks on a local Ray cluster (2 CPUs).

One Ray instance for the module. A worker process killed mid-run has its item run again by
Ray and every item is in the output exactly once; an interrupted job resumes without
duplicates; a file sent as bytes is named by the driver's path in the answer.
"""
from __future__ import annotations

import json
import os
import signal
import sys

import numpy as np
import pytest

from viralml_desktop import batch, cluster

ray = pytest.importorskip("ray")
N_ITEMS = 20


def _lines(path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def ray_local():
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, logging_level="WARNING")
    yield ray
    ray.shutdown()


@pytest.fixture(scope="module")
def requests_file(tmp_path_factory):
    """20 score_thumbnail requests (no improvement search) on generated 320x180 images."""
    import cv2

    root = tmp_path_factory.mktemp("ray-items")
    rng = np.random.default_rng(7)
    with open(root / "items.jsonl", "w", encoding="utf-8") as f:
        for i in range(N_ITEMS):
            img = np.full((180, 320, 3), rng.integers(0, 256, 3), np.uint8)
            cv2.putText(img, f"NO {i}", (20, 110), cv2.FONT_HERSHEY_SIMPLEX, 2, (255, 255, 255), 4)
            cv2.imwrite(str(root / f"t{i:02d}.png"), img)
            f.write(json.dumps({"id": f"t{i:02d}", "thumbnail_path": f"t{i:02d}.png",
                                "find_improvements": False}) + "\n")
    return root / "items.jsonl"


def _busy_worker_pid() -> int | None:
    """A Ray worker process of this test that is running a task (its title names the task)."""
    import psutil

    for p in psutil.Process().children(recursive=True):
        try:
            title = " ".join(p.cmdline())
        except psutil.Error:
            continue
        if title.startswith("ray::") and ("run_item" in title or "viralml:" in title):
            return p.pid
    return None


def test_a_worker_killed_mid_run_leaves_every_item_once(ray_local, requests_file, tmp_path, monkeypatch):
    out = tmp_path / "out.jsonl"
    killed: list[int] = []
    write = batch.Output.write

    def write_then_kill(self, key, response, error):
        write(self, key, response, error)
        if not killed and self.path == out:
            for _ in range(2000):  # the other worker is still on its first item (models loading)
                pid = _busy_worker_pid()
                if pid:
                    os.kill(pid, signal.SIGKILL)
                    killed.append(pid)
                    break

    monkeypatch.setattr(batch.Output, "write", write_then_kill)
    rc = batch.run_batch("score_thumbnail", str(requests_file), str(out), cluster="local")
    assert killed, "no busy Ray worker was found to kill"
    rows = _lines(out)
    keys = [r["item"] for r in rows]
    assert sorted(keys) == [f"t{i:02d}" for i in range(N_ITEMS)]  # each item once
    assert [r["error"] for r in rows] == [None] * N_ITEMS
    assert rc == batch.EXIT_OK
    assert all(0 <= r["response"]["visual_appeal_score"] <= 10 for r in rows)


def test_an_interrupted_ray_job_resumes_without_duplicates(ray_local, requests_file, tmp_path, monkeypatch,
                                                           capsys):
    items = tmp_path / "hashtags.jsonl"  # a light capability: the workers are warm, the models small
    items.write_text("".join(json.dumps({"id": f"h{i}", "genre": genre, "platform": platform}) + "\n"
                             for i, (genre, platform) in enumerate([("trap", "tiktok"), ("pop", "youtube"),
                                                                    ("reggaeton", "instagram")] * 3 + [("rock", "tiktok")])),
                     encoding="utf-8")
    out = tmp_path / "out.jsonl"
    write = batch.Output.write
    calls = {"n": 0}

    def interrupt_after_six(self, key, response, error):
        calls["n"] += 1
        if calls["n"] == 7:
            raise KeyboardInterrupt
        write(self, key, response, error)

    monkeypatch.setattr(batch.Output, "write", interrupt_after_six)
    assert batch.run_batch("research_hashtags", str(items), str(out), cluster="local") == 130
    assert len(_lines(out)) == 6
    monkeypatch.setattr(batch.Output, "write", write)
    assert batch.run_batch("research_hashtags", str(items), str(out), cluster="local") == batch.EXIT_OK
    rows = _lines(out)
    assert sorted(r["item"] for r in rows) == sorted(f"h{i}" for i in range(10))  # each once
    assert all(r["error"] is None for r in rows)
    assert "resuming: 6 of 10 items already in out.jsonl" in capsys.readouterr().err


def test_the_gpu_share_follows_the_clusters_gpus(ray_local, monkeypatch):
    assert cluster.RayJob.gpu_share("score_thumbnail") == 0.0  # this cluster has no GPU
    monkeypatch.setattr(ray, "cluster_resources", lambda: {"CPU": 16.0, "GPU": 2.0})
    assert cluster.RayJob.gpu_share("score_thumbnail") == 0.125
    assert cluster.RayJob.gpu_share("predict_posting_time") == 0.0  # no torch model


def test_a_file_sent_as_bytes_is_named_by_the_drivers_path(tmp_path, requests_file):
    bad = tmp_path / "broken.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\nnot really")
    req, files, names = cluster.pack_media({"thumbnail_path": str(bad), "find_improvements": False}, "bytes")
    assert req["thumbnail_path"].startswith("viralml-media://") and list(files.values()) == [bad.read_bytes()]
    res = cluster.run_item("score_thumbnail", req, files, names, cluster.__version__)
    assert "broken.png" in res["error"] and "viralml-item-" not in res["error"]
    good = requests_file.parent / "t00.png"
    req, files, names = cluster.pack_media({"thumbnail_path": str(good), "find_improvements": False}, "shared")
    assert req["thumbnail_path"] == str(good) and files == {}
    assert "fatal" in cluster.run_item("score_thumbnail", req, files, names, "0.0.0-other")
    with pytest.raises(cluster.InputError, match="not found"):
        cluster.pack_media({"thumbnail_path": str(tmp_path / "missing.png")}, "bytes")


def test_without_ray_the_batch_says_which_extra_to_install(tmp_path, requests_file, monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "ray", None)  # import ray -> ImportError
    rc = batch.run_batch("score_thumbnail", str(requests_file), str(tmp_path / "o.jsonl"), cluster="local")
    assert rc == batch.EXIT_UNAVAILABLE
    assert capsys.readouterr().err.strip().splitlines()[-1] == \
        "error: install the cluster extra: pip install -e '.[cluster]'"


def test_a_malformed_cluster_address_is_one_line(tmp_path, requests_file, capsys):
    from viralml_desktop.cli import main

    rc = main(["batch", "score_thumbnail", "--input", str(requests_file), "--output", str(tmp_path / "o.jsonl"),
               "--cluster", "10.0.0.5:10001"])
    assert rc == batch.EXIT_INPUT
    assert capsys.readouterr().err.strip() == \
        "error: --cluster must be ray://HOST:PORT, auto or local, not '10.0.0.5:10001'"
