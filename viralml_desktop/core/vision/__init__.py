"""Measurements of one image, shared by the thumbnail and the virality capabilities.

Every value is a measurement of the pixels, never a score: the capabilities turn them into
scores with their own rules.

Modules
-------
measures
    The fast measures of a BGR image (OpenCV/numpy): exposure, contrast, saturation,
    colourfulness, sharpness, clutter, warmth, frontal faces and the rule-of-thirds distance
    (:func:`measure` → :class:`ImageMeasures`). Runs on every sampled video frame too.
text
    Text in images: OCR (:func:`read_text` → :class:`TextBox`), the WCAG contrast ratio of each
    text box (:func:`text_contrast_ratio`), legibility at phone size (:func:`read_at_phone_size`)
    and the share of the image covered by text (:func:`text_area_share`).

Importing this package loads nothing heavy: OpenCV, numpy and the OCR engine load when a name
below is first used (``lazy_loader``).
"""
import lazy_loader as _lazy

__getattr__, __dir__, __all__ = _lazy.attach(
    __name__,
    submod_attrs={
        "measures": ["ImageMeasures", "Face", "measure", "detect_faces", "colourfulness", "resize_long_side"],
        "text": ["TextBox", "read_text", "text_contrast_ratio", "wcag_ratio", "read_at_phone_size",
                 "text_area_share"],
    },
)
