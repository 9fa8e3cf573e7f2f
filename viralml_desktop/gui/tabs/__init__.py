"""The tab table: one entry per capability tab, in the order shown.

Each module ``viralml_desktop.gui.tabs.<module>`` defines ``Tab``, a
:class:`~viralml_desktop.gui.tabs.base.CapabilityTab` subclass, or ``Tab = None`` while
the capability is not built (a placeholder says "not available yet").
"""
from __future__ import annotations

import importlib
import logging
from dataclasses import dataclass
from typing import Optional

from viralml_desktop.gui.context import AppContext
from viralml_desktop.gui.tabs.base import CapabilityTab, NotAvailableTab

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TabSpec:
    key: str
    title: str
    module: str
    feature: Optional[str]
    tooltip: str


TABS: list[TabSpec] = [
    TabSpec("virality", "Virality", "virality", "virality_prediction",
            "Drop a video: virality score, four factors and the reasons"),
    TabSpec("thumbnails", "Thumbnails", "thumbnails", "thumbnail_scoring",
            "Score thumbnails, preview improvements, rank against competitors"),
    TabSpec("captions", "Captions", "captions", "caption_optimization",
            "Per-platform captions, ranked hashtags, comment sentiment"),
    TabSpec("posting_time", "Posting time", "posting_time", "posting_time_optimization",
            "Best time to post for your audience's countries"),
    TabSpec("account_health", "Account health", "account_health", "shadowban_detection",
            "Import post history, chart views, find reach drops"),
    TabSpec("affinity", "Affinity", "affinity", "affinity_calculation",
            "How well two accounts fit for a collaboration"),
    TabSpec("ml_health", "ML health", "ml_health", None,
            "Models loaded, device, measured latency and accuracy"),
]


def find_spec(name: str) -> TabSpec:
    n = name.strip().lower().replace("-", "_").replace(" ", "_")
    for s in TABS:
        if n in (s.key, s.title.lower().replace(" ", "_")):
            return s
    raise KeyError(f"unknown tab {name!r}; one of: {', '.join(s.key for s in TABS)}")


def create_tab(spec: TabSpec, ctx: AppContext) -> CapabilityTab:
    mod = importlib.import_module(f"viralml_desktop.gui.tabs.{spec.module}")
    cls = getattr(mod, "Tab", None)
    if cls is None:
        return NotAvailableTab(ctx, spec.key, spec.title, spec.feature)
    tab = cls(ctx)
    tab.key, tab.title, tab.feature = spec.key, spec.title, spec.feature
    return tab
