"""ML health: models loaded and their device, calls and measured latency per capability,
cache hit rate, and one row per shipped model: its declared headline held-out metric, data,
baseline and goal (the "headline" of its metrics.json), plus the personal models' figures. All figures come from
core.health.snapshot(); this tab only lays them out."""
from __future__ import annotations

import re
from typing import Optional

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (QGroupBox, QHBoxLayout, QLabel, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from viralml_desktop.core import health, model_names
from viralml_desktop.core.encoding import write_json
from viralml_desktop.gui import fmt, i18n
from viralml_desktop.gui.context import AppContext
from viralml_desktop.gui.tabs.base import CapabilityTab
from viralml_desktop.gui.widgets import ErrorLabel, mark_core_text, readonly_table, save_export, wrap_headers
from viralml_desktop.gui.worker import TaskRunner

REFRESH_MS = 5000


ACCURACY_COLUMNS = [QT_TRANSLATE_NOOP("ml_health", "model"), QT_TRANSLATE_NOOP("ml_health", "held-out metric"),
                    QT_TRANSLATE_NOOP("ml_health", "value"), QT_TRANSLATE_NOOP("ml_health", "data"),
                    QT_TRANSLATE_NOOP("ml_health", "baseline (same script)"),
                    QT_TRANSLATE_NOOP("ml_health", "baseline value"), QT_TRANSLATE_NOOP("ml_health", "goal")]


def _num(v) -> str:
    """A figure as the metrics file has it (no rounding: the table shows what was recorded), with
    the interface language's decimal comma or point ("0,9594" in Spanish)."""
    if v is None:
        return "—"
    text = str(v)
    if isinstance(v, bool) or not isinstance(v, (int, float)) or not re.fullmatch(r"-?\d+(\.\d+)?", text):
        return text  # not a plain decimal (an exponent, a word): as recorded
    return fmt.number(v, len(text.partition(".")[2]))


_PERSONAL_NAMES = {
    "virality": QT_TRANSLATE_NOOP("ml_health", "your virality model (views of your videos)"),
    "thumbnail": QT_TRANSLATE_NOOP("ml_health", "your thumbnail model (your channel's click-through rate)"),
    "posting_time": QT_TRANSLATE_NOOP("ml_health", "your posting-time model ({account})"),
    "hashtags": QT_TRANSLATE_NOOP("ml_health", "your hashtag lift model ({account})"),
}


def model_name(ident: str) -> str:
    """A model's id (``screenshot_yolo``, a models folder such as ``peak``) as its name in words, in the
    interface language: core's table (:data:`viralml_desktop.core.model_names.MODEL_NAMES`, whose
    in-sentence form the release PDFs print); an id the table does not know, as it is."""
    return model_names.title(ident, i18n.current())


def _name_cell(t: QTableWidget, row: int, ident: str, more: str = "") -> None:
    """Show row ``row``'s first cell as the model's name, its id in the tooltip (and ``Qt.UserRole``)."""
    item = t.item(row, 0)
    item.setText(model_name(ident))
    item.setData(Qt.UserRole, ident)
    item.setToolTip(_tr("model id: {id}").format(id=ident) + (f"\n{more}" if more else ""))


def _tr(text: str) -> str:
    return QCoreApplication.translate("ml_health", text)


def licence(text: str) -> str:
    """A model's licence line (core/registry.py) in the interface language.

    The whole line is looked up in the catalogue (context ``ml_health``): the licence names
    (AGPL-3.0, MIT, Apache-2.0...), file names and data-set names stay as written, the words
    around them are translated. A line the catalogue does not know stays as core wrote it.

    Parameters
    ----------
    text : str
        The ``licence`` of a registry entry ("" when it has none).

    Returns
    -------
    str
    """
    return _tr(text) if text else text


def personal_verdict(r: dict) -> str:
    """A personal model's verdict in the interface language, from its figures (not core's words)."""
    n, p = r.get("n"), r.get("p_value")
    if p is None:
        return _tr("not enough items yet ({n} of {needed})").format(n=n if n is not None else "?",
                                                                    needed=r.get("min_items") or 20)
    answers = r.get("answers")
    rho = r.get("value")  # the row's CV Spearman
    if answers is None:
        answers = p < 0.05 and (rho is None or rho > 0)
    if not answers and p < 0.05 and rho is not None and rho <= 0:
        return _tr("orders your items the wrong way (Spearman {rho}): not used").format(rho=fmt.number(rho, 2))
    return (_tr("beats your median (p = {p})") if answers else _tr("no skill over your median (p = {p})")).format(
        p=fmt.number(p, 3))


def personal_rows(snap: dict) -> list[list[str]]:
    """One row per personal model the user has: its time-ordered cross-validated figure and
    permutation p-value, or in plain words why it does not answer; columns as the headlines'."""
    rows = []
    for r in snap.get("personal_models", []):
        key = _PERSONAL_NAMES.get(r.get("source", ""))
        name = _tr(key).format(account=r.get("account", "")) if key else f"{r.get('model', '')} ({_tr('yours')})"
        tested = r.get("p_value") is not None
        metric = (_tr("{verdict}; time-ordered CV Spearman") if tested else "{verdict}").format(
            verdict=personal_verdict(r))
        rows.append([name, metric, _num(r.get("value")) if tested else "—",
                     _tr("your {n} labelled items").format(n=r.get("n") if r.get("n") is not None else "?"),
                     _tr("your median"), "—", _tr("p < 0.05 over your median to answer")])
    return rows


def with_interval(value, ci95) -> str:
    """A recorded figure with its 95 % interval where one is recorded: "0,8719 (0,8215–0,9198)" in
    Spanish, "0.8719 (0.8215–0.9198)" in English; the figure alone (:func:`_num`) otherwise."""
    if isinstance(ci95, (list, tuple)) and len(ci95) == 2 and value is not None:
        return f"{_num(value)} ({_num(ci95[0])}–{_num(ci95[1])})"
    return _num(value)


def accuracy_rows(snap: dict) -> list[list[str]]:
    """The "Measured accuracy" rows: one per model (its declared headline) followed by one per
    further figure its headline carries (``also``: a second language, a blind set, a speed, a
    paired difference), then one per personal model with its cross-validated figure and
    permutation p-value (:func:`personal_rows`). A value or baseline value with a recorded 95 %
    interval (``value_ci95``, ``baseline_value_ci95``) shows it in brackets (:func:`with_interval`)."""
    from viralml_desktop.gui.source_text import lines

    # the metrics files' sentences (metric, data, baseline, goal) through the catalogue, as every
    # source entry is: numbers and names kept, the words in the interface language
    rows = [[h["model"], lines(r.get("metric") or ""), with_interval(r.get("value"), r.get("value_ci95")),
             lines(r.get("data") or "—"), lines(r.get("baseline") or "—"),
             with_interval(r.get("baseline_value"), r.get("baseline_value_ci95")), lines(r.get("goal") or "—")]
            for h in snap.get("accuracy_headlines", []) for r in [h, *(h.get("also") or [])]]
    return rows + personal_rows(snap)


def _fill(t: QTableWidget, rows: list[list[str]]) -> None:
    t.setRowCount(len(rows))
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            t.setItem(i, j, QTableWidgetItem(str(v)))


class Tab(CapabilityTab):
    def __init__(self, ctx: AppContext, parent: Optional[QWidget] = None):
        super().__init__(ctx, parent)
        self.snapshot: dict = {}
        self.runner = TaskRunner(self)
        self.runner.result.connect(self.show_snapshot)
        self.runner.error.connect(lambda m: self.error.show_error(m))

        self.summary = QLabel(self.tr("Reading health figures…"))
        self.error = ErrorLabel()
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setShortcut("F5")
        self.refresh_button.setToolTip(self.tr("Read the counters again (F5)"))
        self.refresh_button.clicked.connect(self.refresh)
        self.device_button = QPushButton(self.tr("Detect device"))
        self.device_button.setToolTip(self.tr("Import torch in the background and pick cuda > mps > cpu"))
        self.device_button.clicked.connect(self.detect_device)
        self.export_button = QPushButton(self.tr("Export JSON…"))
        self.export_button.clicked.connect(self.export_json)

        self.models = readonly_table([self.tr("model"), self.tr("loaded"), self.tr("available"), self.tr("device"), self.tr("licence")])
        self.latency = readonly_table([self.tr("capability"), self.tr("calls"), self.tr("errors"), self.tr("p50 ms"), self.tr("p95 ms")])
        self.accuracy = readonly_table([QCoreApplication.translate("ml_health", c) for c in ACCURACY_COLUMNS])
        # model names, licences and metric descriptions are the model files' own (English) words
        for t in (self.models, self.latency, self.accuracy):
            mark_core_text(t)
            wrap_headers(t)  # a long title ("métrica con datos no vistos") on two lines, not cut at both ends

        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        for b in (self.device_button, self.refresh_button, self.export_button):
            top.addWidget(b)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.error)
        for title, w in ((self.tr("Models"), self.models), (self.tr("Calls and measured latency"), self.latency),
                         (self.tr("Measured accuracy (on data the models never saw)"), self.accuracy)):
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(w)
            lay.addWidget(box, 2 if w is self.accuracy else 1)

        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self._auto_refresh)
        self.timer.start()
        self._first = QTimer(self, singleShot=True, interval=0)
        self._first.timeout.connect(self.refresh)
        self._first.start()

    def _auto_refresh(self) -> None:
        if self.isVisible() and not self.runner.is_running():
            self.refresh()

    def refresh(self) -> None:
        self.runner.start(lambda progress: health.snapshot())

    def detect_device(self) -> None:
        self.runner.start(health.detect_device)

    def show_snapshot(self, snap: dict) -> None:
        self.snapshot = snap
        self.error.clear_error()
        rate = snap.get("cache_hit_rate")
        cache = snap.get("cache", {})
        self.summary.setText(
            self.tr("<b>Device:</b> {v0} &nbsp; <b>Models loaded:</b> {v1} &nbsp; <b>Cache hit rate:</b> ").format(
                v0=self.tr("not selected yet") if snap.get('device') == "not selected yet" else snap.get('device'),
                v1=len(snap.get('models_loaded', {})))
            + (self.tr("{rate:.0%} ({v1} hits / {v2} misses)").format(rate=rate, v1=cache.get('hits', 0), v2=cache.get('misses', 0))
               if rate is not None else self.tr("no cached calls yet")))
        loaded = snap.get("models_loaded", {})
        yes, no = self.tr("yes"), self.tr("no")
        available = snap.get("models_available", {})
        _fill(self.models, [[n, yes if s["loaded"] else no, yes if s["available"] else no,
                             loaded.get(n, {}).get("device", "—"), licence(s.get("licence", ""))]
                            for n, s in available.items()])
        for i, n in enumerate(available):
            _name_cell(self.models, i, n)
        lat = snap.get("inference_latency_ms", {})
        caps = sorted(set(snap.get("predictions", {})) | set(snap.get("errors", {})))
        _fill(self.latency, [[c, snap["predictions"].get(c, 0), snap.get("errors", {}).get(c, 0),
                              lat.get(c, {}).get("p50", "—"), lat.get(c, {}).get("p95", "—")] for c in caps])
        rows = accuracy_rows(snap)
        _fill(self.accuracy, rows)
        entries = {h["model"]: h.get("entries", []) for h in snap.get("accuracy_headlines", [])}
        for i, row in enumerate(rows):
            for j in range(1, len(row)):  # long descriptions are cut by the column: whole text on hover
                tip = str(row[j])
                if j in (2, 5) and "(" in tip:  # a figure with its interval says what the brackets are
                    tip += "\n" + self.tr("in brackets: its 95 % bootstrap interval")
                self.accuracy.item(i, j).setToolTip(tip)
            if row[0] in entries:
                _name_cell(self.accuracy, i, row[0], self.tr("All figures are in the model's metrics file; used by: "
                                                             "{users}").format(users=', '.join(entries[row[0]])))

    def export_json(self, path: str = "") -> None:
        save_export(self, path, "Export ML health", "ml_health.json", "JSON (*.json)",
                    lambda p: write_json(p, self.snapshot))
