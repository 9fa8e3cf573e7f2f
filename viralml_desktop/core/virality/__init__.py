"""Virality check: the ``predict_virality`` capability and the Virality tab's jobs.

A video (or an audio file) is measured — sampled frames, faces, people, motion, cuts and text
overlays in the picture; loudness, true peak, clipping, dynamics, tempo, hook and vocal-band
presence in the sound — reduced to four explained factors (visual appeal, audio quality, trend
alignment, genre popularity) and scored by the prior fitted on spotify_by_genre or by the user's
own personal model (models/virality/MODEL_CARD.md).

Modules
-------
predict
    The capability: :func:`run` (``predict_virality``, CONTRACT.md §1) and
    :func:`analyze_media`, every measurement of one file (cached).
video
    The picture: decoding only the frames the measures need (PyAV), cuts, motion, people
    (YOLO) and text overlays (OCR).
audio
    The sound: loudness (ITU-R BS.1770-4), true peak, loudness range (EBU Tech 3342), crest
    factor, tempo and beat strength (librosa), hook, vocal-band presence.
model
    The four factors, the prior, the personal model (ridge regression) and the trend profile.
learning
    The tab's side jobs, one core function each: :func:`import_labelled_videos`,
    :func:`rebuild_trend_profile`, :func:`reset_trend_profile`,
    :func:`forget_personal_model`, :func:`status`.
preview
    The tab's first look at a dropped file: :func:`preview_strip`.

Importing this package loads nothing heavy (no PyAV, librosa, OpenCV, scipy or scikit-learn):
each name below is imported from its module on first use (``lazy_loader``). The request and
the response of ``predict_virality`` are :mod:`viralml_desktop.core.schemas.virality`.
"""
import lazy_loader as _lazy

__getattr__, __dir__, __all__ = _lazy.attach(
    __name__,
    submodules=["audio", "learning", "model", "predict", "preview", "video"],
    submod_attrs={
        "predict": ["run", "analyze_media"],
        "preview": ["Strip", "preview_strip"],
        "learning": [
            "ImportArgs", "ImportResult", "import_labelled_videos",
            "TrendResult", "rebuild_trend_profile", "reset_trend_profile",
            "forget_personal_model", "LearningStatus", "status",
        ],
    },
)
