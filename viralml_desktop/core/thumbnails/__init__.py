"""Thumbnail scoring: the ``score_thumbnail`` capability and the Thumbnails tab's jobs.

A thumbnail is measured (faces, text read by OCR with its WCAG contrast and its legibility at
phone size, contrast, colour, sharpness, clutter, composition), scored by published thumbnail
rules (models/thumbnail/MODEL_CARD.md) or by the user's own channel model, ranked against its
competitors, and improved by OpenCV edits whose re-score is higher.

Modules
-------
score
    The capability: :func:`run` (``score_thumbnail``, CONTRACT.md §6) and the per-image caches.
features
    :class:`ThumbnailFeatures`, every measurement of one image (:func:`analyze`).
channel
    The rules model (:func:`appeal_score`, :class:`Component`) and the personal channel model
    fitted on a YouTube Studio export.
edits
    Candidate OpenCV edits, each re-measured and re-scored; the improved image.
studio
    The Thumbnails tab's jobs, one core function each: :func:`score_with_preview`,
    :func:`score_folder`, :func:`best_frames`, :func:`fit_channel`, ...

Importing this package loads nothing heavy (no OpenCV, no OCR, no numpy-backed module): each
name below is imported from its module on first use (``lazy_loader``). The request and the
response of ``score_thumbnail`` are :mod:`viralml_desktop.core.schemas.thumbnail`.
"""
import lazy_loader as _lazy

__getattr__, __dir__, __all__ = _lazy.attach(
    __name__,
    submod_attrs={
        "score": ["run", "improved_image", "clear_caches"],
        "features": ["ThumbnailFeatures", "analyze"],
        "channel": ["Component", "appeal_score"],
        "studio": [
            "ScorePreview", "score_with_preview", "render_improved",
            "FolderArgs", "BatchResult", "score_folder", "write_csv",
            "FramesArgs", "Frame", "BestFrames", "best_frames", "pick_frames", "keep_frame", "save_image",
            "youtube_crop", "save_for_youtube", "YOUTUBE_SIZE", "YOUTUBE_MAX_BYTES",
            "ChannelArgs", "fit_channel", "channel_summary", "forget_channel",
        ],
    },
)
