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

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

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
    TabSpec("virality", QT_TRANSLATE_NOOP("tabs", "Virality"), "virality", "virality_prediction",
            QT_TRANSLATE_NOOP("tabs", "Drop a video: virality score, four factors and the reasons")),
    TabSpec("thumbnails", QT_TRANSLATE_NOOP("tabs", "Thumbnails"), "thumbnails", "thumbnail_scoring",
            QT_TRANSLATE_NOOP("tabs", "Score thumbnails, preview improvements, rank against competitors")),
    TabSpec("captions", QT_TRANSLATE_NOOP("tabs", "Captions"), "captions", "caption_optimization",
            QT_TRANSLATE_NOOP("tabs", "Per-platform captions, ranked hashtags, comment sentiment")),
    TabSpec("posting_time", QT_TRANSLATE_NOOP("tabs", "Posting time"), "posting_time", "posting_time_optimization",
            QT_TRANSLATE_NOOP("tabs", "Best time to post for your audience's countries")),
    TabSpec("account_health", QT_TRANSLATE_NOOP("tabs", "Account health"), "account_health", "shadowban_detection",
            QT_TRANSLATE_NOOP("tabs", "Import post history, chart views, find reach drops")),
    TabSpec("affinity", QT_TRANSLATE_NOOP("tabs", "Affinity"), "affinity", "affinity_calculation",
            QT_TRANSLATE_NOOP("tabs", "How well two accounts fit for a collaboration")),
    TabSpec("screenshot", QT_TRANSLATE_NOOP("tabs", "Feed screenshot"), "screenshot", "thumbnail_scoring",
            QT_TRANSLATE_NOOP("tabs", "Drop or paste a feed screenshot: every thumbnail found, scored and ranked")),
    TabSpec("release", QT_TRANSLATE_NOOP("tabs", "Release"), "release", None,
            QT_TRANSLATE_NOOP("tabs", "Before posting: the whole release kit in one folder; after: the report to share")),
    TabSpec("ml_health", QT_TRANSLATE_NOOP("tabs", "ML health"), "ml_health", None,
            QT_TRANSLATE_NOOP("tabs", "Models loaded, device, measured latency and accuracy")),
]


def tab_title(spec: TabSpec) -> str:
    """The tab's title in the interface language."""
    return QCoreApplication.translate("tabs", spec.title)


def tab_tooltip(spec: TabSpec) -> str:
    """The tab's tooltip in the interface language."""
    return QCoreApplication.translate("tabs", spec.tooltip)


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
