"""The release: one call that prepares a post (the kit) and the report to share after it (issue 18).

Modules
-------
kit
    The ``prepare_release`` capability: :func:`~.kit.run` (through ``engine.run``) and
    :func:`~.kit.prepare_release`, which writes the kit folder (``kit.json``, ``thumbnails/``,
    ``captions/<platform>.txt``, ``schedule.ics``, ``report.pdf``).
pdf
    The PDF writers (fpdf2 and matplotlib, no Qt): ``write_kit_pdf``, ``write_report_pdf``.
report
    The ``release_report`` capability: the after-release report.

Importing this package loads nothing heavy: each module is imported on first use
(``lazy_loader``). The schemas are :mod:`viralml_desktop.core.schemas.release` and
:mod:`viralml_desktop.core.schemas.release_report`.
"""
import lazy_loader as _lazy

__getattr__, __dir__, __all__ = _lazy.attach(
    __name__,
    submodules=["kit", "pdf", "report"],
    submod_attrs={"kit": ["prepare_release"]},
)
