"""``viralml batch … --cluster ray://HOST:PORT | auto | local``: the batch's items as Ray tasks.

The items, the output file and the resume rules are the local pool's (:mod:`viralml_desktop.batch`
reads the input, skips what the output already holds and writes each result): only where an
item runs changes. Each request becomes one Ray task (:func:`run_item`); Ray schedules the tasks
on the cluster's workers, re-runs a task whose worker process or node died (``max_retries``)
and hands the driver exactly one result per task, which the driver writes to the output as soon
as it arrives, so an item is never written twice. A worker process is reused from task to task
and the model registry caches what it loaded, so each model loads once per worker process.

Media files (``*_path`` fields): by default the driver reads each file and sends its bytes with
the task (``--media bytes``; the worker writes them to a temporary folder for the run and the
answer names the driver's path again), so the workers need no access to the driver's disk. With
``--media shared`` only the path travels: every node must see the file at the same path (NFS,
a bucket mounted everywhere).

Every node runs the same viralml-desktop version (``pip install`` on each node, as any Ray
application's dependencies); a worker with another version stops the job. A cluster batch is
not added to the app's history (the output file is its record).
"""
from __future__ import annotations

import logging
import os
import shutil
import tempfile
from typing import Any, Iterator, Optional

from viralml_desktop import __version__
from viralml_desktop.batch import EXIT_INPUT, EXIT_UNAVAILABLE, FATAL, Item, Output, _Job, _one_line
from viralml_desktop.core.errors import InputError
from viralml_desktop.core.security import walk_paths

INSTALL_HINT = "install the cluster extra: pip install -e '.[cluster]'"
MAX_SENT_BYTES = 512 * 10**6  # one file sent as bytes; larger media need --media shared
MEDIA_MODES = ("bytes", "shared")
TASK_RETRIES = 3  # a task whose worker process (or node) dies is run again up to this many times
_TOKEN = "viralml-media://"  # a file sent as bytes, named in the request until the worker writes it

# The models a capability runs on a torch device (registry entries with uses_device=True); a
# cluster with GPUs gives those tasks a share of one (num_gpus), the others none.
DEVICE_MODELS = {
    "score_thumbnail": ("yolo",),
    "predict_virality": ("yolo",),
    "forecast_views": ("lstm_forecaster",),
    "analyze_comments": ("sentiment_transformers",),
}


class ClusterError(Exception):
    """The cluster cannot be used (Ray missing, address unreachable): one line and an exit code."""

    def __init__(self, message: str, code: int = EXIT_UNAVAILABLE):
        super().__init__(message)
        self.code = code


# -- on a worker ------------------------------------------------------------------------

def _replace_text(obj: Any, pairs: list[tuple[str, str]]) -> Any:
    """``obj`` (JSON-like) with every ``old`` substring of its strings replaced by ``new``."""
    if isinstance(obj, str):
        for old, new in pairs:
            obj = obj.replace(old, new)
        return obj
    if isinstance(obj, dict):
        return {k: _replace_text(v, pairs) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_replace_text(v, pairs) for v in obj]
    return obj


def run_item(capability: str, request: dict, files: dict[str, bytes], names: dict[str, str],
             driver_version: str) -> dict:
    """Run one batch item on a Ray worker (the body of the Ray task).

    Parameters
    ----------
    capability : str
        An ``engine.CAPABILITIES`` name.
    request : dict
        The request; a file sent as bytes is named ``viralml-media://N/NAME`` in it.
    files : dict of str to bytes
        ``viralml-media://N/NAME`` -> the file's bytes (empty with ``--media shared``).
    names : dict of str to str
        ``viralml-media://N/NAME`` -> the path on the driver, put back in the answer.
    driver_version : str
        The driver's viralml version; a worker with another one refuses the item.

    Returns
    -------
    dict
        ``{"response": dict}``, ``{"error": str}`` (the item failed; one line) or
        ``{"fatal": str}`` (the capability is unavailable here: the job stops).
    """
    if __version__ != driver_version:
        return {"fatal": f"a Ray worker runs viralml {__version__} and this machine {driver_version}; "
                         f"install the same version on every node"}
    from viralml_desktop.core import engine

    tmp = tempfile.mkdtemp(prefix="viralml-item-") if files else None
    try:
        there = {}
        for token, data in files.items():
            local = os.path.join(tmp, token[len(_TOKEN):])
            os.makedirs(os.path.dirname(local), exist_ok=True)
            with open(local, "wb") as f:
                f.write(data)
            there[token] = local
        request = _replace_text(request, list(there.items()))
        back = [(local, names[token]) for token, local in there.items()]
        try:
            return {"response": _replace_text(engine.run(capability, request, record=False), back)}
        except FATAL as e:
            return {"fatal": _replace_text(str(e), back)}
        except Exception as e:  # noqa: BLE001 - recorded per item on the driver, the job goes on
            return {"error": _replace_text(_one_line(e), back)}
    finally:
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)


# -- on the driver ------------------------------------------------------------------------

def pack_media(request: dict, mode: str) -> tuple[dict, dict[str, bytes], dict[str, str]]:
    """The request as it travels to a worker, and the bytes of the files it names.

    Parameters
    ----------
    request : dict
        A batch request (absolute paths, as :func:`viralml_desktop.batch.read_items` makes them).
    mode : {"bytes", "shared"}
        ``"bytes"``: each path field's file is read here and sent; ``"shared"``: nothing is read.

    Returns
    -------
    request, files, names
        The request with each sent file named ``viralml-media://N/NAME``; token -> bytes;
        token -> the original path.

    Raises
    ------
    InputError
        A named file is missing, not a regular file, empty, unreadable or over 512 MB
        (``MAX_SENT_BYTES``; such media need ``--media shared``).
    """
    files: dict[str, bytes] = {}
    names: dict[str, str] = {}
    if mode == "shared":
        return request, files, names

    def send(value: str, _field: str) -> str:
        if not value or value.startswith("~"):  # the worker applies the usual ~ rules
            return value
        from viralml_desktop.core.media import check_file

        try:
            p = check_file(value, MAX_SENT_BYTES, "file")
        except InputError as e:
            if "too large" in str(e):
                raise InputError(f"{e}; send its path instead with --media shared") from None
            raise
        token = f"{_TOKEN}{len(files)}/{p.name}"
        files[token] = p.read_bytes()
        names[token] = value
        return token

    return walk_paths(request, send), files, names


def connect(address: str) -> bool:
    """Connect this process to the Ray cluster ``address``; True when it started one here.

    Parameters
    ----------
    address : str
        ``ray://HOST:PORT`` (Ray Client), ``auto`` (the cluster ``ray start`` runs on this
        machine) or ``local`` (start a Ray instance on this machine, its CPUs as workers). A
        process already connected (``ray.init`` called before) keeps its connection.

    Raises
    ------
    ClusterError
        Ray is not installed (the ``cluster`` extra), the address is malformed (exit 2) or
        the cluster cannot be reached (exit 3).
    """
    try:
        import ray
    except ImportError:
        raise ClusterError(INSTALL_HINT) from None
    if address not in ("auto", "local") and not address.startswith("ray://"):
        raise ClusterError(f"--cluster must be ray://HOST:PORT, auto or local, not {address!r}", EXIT_INPUT)
    if ray.is_initialized():
        return False
    kwargs = dict(logging_level=logging.WARNING, log_to_driver=False)
    try:
        if address == "local":
            ray.init(include_dashboard=False, **kwargs)
            return True
        ray.init(address=address, **kwargs)
        return False
    except ImportError as e:  # ray:// needs Ray Client (grpcio), part of the cluster extra
        raise ClusterError(f"{INSTALL_HINT} ({e})") from None
    except (ConnectionError, RuntimeError, ValueError, TimeoutError) as e:
        first = (str(e).strip().splitlines() or [type(e).__name__])[0]
        raise ClusterError(f"cannot reach the Ray cluster at {address}: {first}") from None


class RayJob(_Job):
    """The batch job of :mod:`viralml_desktop.batch` with each item a Ray task.

    Parameters
    ----------
    capability : str
        The capability every item runs.
    out : Output
        The batch output (written here, on the driver, one result at a time).
    total : int
        Items to run (for the progress bar).
    address : str
        See :func:`connect`.
    media : {"bytes", "shared"}
        How files reach the workers (see the module docstring).
    in_flight : int, optional
        Most items submitted and not yet written; default twice the cluster's CPUs.

    Raises
    ------
    ClusterError
        From :func:`connect`.
    """

    def __init__(self, capability: str, out: Output, total: int, address: str, media: str = "bytes",
                 in_flight: Optional[int] = None):
        if media not in MEDIA_MODES:
            raise ClusterError(f"--media must be one of {', '.join(MEDIA_MODES)}, not {media!r}", EXIT_INPUT)
        self.started = connect(address)
        import ray

        cpus = int(ray.cluster_resources().get("CPU", 1)) or 1
        super().__init__(capability, out, max(1, in_flight or cpus), total)
        self.window = in_flight or 2 * cpus
        self.media = media
        self.num_gpus = self.gpu_share(capability)
        self._task = ray.remote(run_item).options(max_retries=TASK_RETRIES, num_gpus=self.num_gpus,
                                                  name=f"viralml:{capability}")

    @staticmethod
    def gpu_share(capability: str) -> float:
        """The GPU share (``num_gpus``) a task of ``capability`` asks for: 0 when the capability
        runs no torch model or the cluster has no GPU, else GPUs / CPUs (at most 1), so every CPU
        of a GPU node can run one such task at a time and they share its GPUs."""
        import ray

        res = ray.cluster_resources()
        gpus, cpus = float(res.get("GPU", 0)), float(res.get("CPU", 1)) or 1.0
        if capability not in DEVICE_MODELS or gpus <= 0:
            return 0.0
        return round(min(1.0, gpus / cpus), 4)

    def _submit(self, it: Item):
        request, files, names = pack_media(it.request, self.media)
        return self._task.remote(self.capability, request, files, names, __version__)

    def _fill(self, queue: Iterator[Item], running: dict) -> None:
        while self.fatal is None and len(running) < self.window:
            it = self._next_request(queue)
            if it is None:
                return
            try:
                running[self._submit(it)] = it
            except InputError as e:  # a file this machine cannot send: the item's error
                self._record(it.key, None, _one_line(e))

    def run(self, todo: list[Item]) -> None:
        """Run ``todo`` on the cluster, writing each result to the output as it arrives.

        Raises
        ------
        KeyboardInterrupt
            After cancelling the tasks not yet written (rerun to resume).
        """
        import ray
        from ray.exceptions import RayError

        queue = iter(todo)
        running: dict[Any, Item] = {}
        try:
            self._fill(queue, running)
            while running:
                ready, _ = ray.wait(list(running), num_returns=1)
                for ref in ready:
                    it = running.pop(ref)
                    try:
                        res = ray.get(ref)
                    except RayError as e:  # retries spent (the worker kept dying) or the task was lost
                        self._record(it.key, None, f"Ray task failed ({type(e).__name__}): "
                                                  f"{(str(e).strip().splitlines() or [''])[0][:200]}")
                        continue
                    if "fatal" in res:
                        self.fatal = self.fatal or ClusterFatal(res["fatal"])
                    elif "error" in res:
                        self._record(it.key, None, res["error"])
                    else:
                        self._record(it.key, res["response"], None)
                self._fill(queue, running)
        except KeyboardInterrupt:
            for ref in running:
                ray.cancel(ref, force=True)
            raise
        finally:
            self.bar.close()

    def close(self) -> None:
        """Shut down the Ray instance this job started (``--cluster local``); keep any other."""
        if self.started:
            import ray

            ray.shutdown()


class ClusterFatal(Exception):
    """A worker could not run the capability at all (disabled, model missing, other version)."""


__all__ = ["ClusterError", "ClusterFatal", "RayJob", "connect", "pack_media", "run_item", "INSTALL_HINT"]
