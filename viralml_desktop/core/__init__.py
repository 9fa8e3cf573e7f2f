"""ViralML core: pure Python, no Qt.

Importing this package must stay cheap: no Qt, no torch, no model loading.
Capability modules are imported on first use by :mod:`viralml_desktop.core.engine`.
"""
from viralml_desktop.core import offline as _offline  # noqa: F401  (sets offline env vars first)
from viralml_desktop.core.errors import (  # noqa: F401
    Cancelled,
    FeatureDisabled,
    InputError,
    ModelUnavailable,
    NotAvailableYet,
    ViralMLError,
)
from viralml_desktop.core.progress import Progress, ProgressLike  # noqa: F401
