"""The errors every front (GUI, CLI, HTTP) knows how to show: one clear line each."""
from __future__ import annotations


class ViralMLError(Exception):
    """Base class: ``str(err)`` is a one-line message fit for a user."""

    http_status = 500


class InputError(ViralMLError, ValueError):
    """The input is wrong (bad file, bad field, out of range). Nothing was changed."""

    http_status = 422


class FeatureDisabled(ViralMLError):
    """The feature is switched off in the configuration."""

    http_status = 403


class NotAvailableYet(ViralMLError):
    """The capability is not built in this version: never answered with an invented number."""

    http_status = 501


class ModelUnavailable(ViralMLError):
    """A model file is missing or corrupt; only the feature that needs it degrades."""

    http_status = 503


class Cancelled(ViralMLError):
    """The user cancelled the task."""

    http_status = 499
