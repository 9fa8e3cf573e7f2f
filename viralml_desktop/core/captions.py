"""Capability `optimize_caption` — not built yet (see its issue). Never answers with an invented number."""
from __future__ import annotations


def run(request, progress):
    raise NotImplementedError("optimize_caption")
