"""Account health: import post histories, chart views and engagement rate, mark reach drops.

Everything computed comes from the jobs of ``core/account_health/jobs.py``: ``import_and_detect``
stores the export and runs ``detect_anomaly`` on the account, ``detect_for_account`` runs it on
a stored account; each returns the verdict, the events and the per-post series (baseline
included). This tab only lays them out: a pyqtgraph chart of views (log axis option)
with the baseline, the engagement rate below it, markers coloured by anomaly type, the span of
each drop shaded, a tooltip per post, and a summary with verdict, confidence and recommendation.
"""
from __future__ import annotations

from datetime import datetime
from typing import Optional

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (QCheckBox, QGroupBox, QHBoxLayout, QLabel,
                               QListWidget, QListWidgetItem, QMessageBox, QPushButton, QStackedWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from viralml_desktop.core.account_health import anomaly, jobs
from viralml_desktop.core.encoding import write_json
from viralml_desktop.core.vocabulary import PLATFORM_LABELS
from viralml_desktop.gui import choices, core_text, fmt, i18n
from viralml_desktop.gui.chart_tips import covering, point_tip
from viralml_desktop.gui.context import AppContext
from viralml_desktop.gui.import_dialog import ImportDialog, preview_enabled, summary_text
from viralml_desktop.gui.settings_dialog import default_platform
from viralml_desktop.gui.source_text import lines
from viralml_desktop.gui.tabs.base import CapabilityTab
from viralml_desktop.gui.widgets import (DropZone, ErrorLabel, ProgressPanel, SourceStrip, boxed, label_columns,
                                        readonly_table,
                                        save_export, splitter)
from viralml_desktop.gui.worker import TaskRunner

TYPE_COLOURS = {
    "view_suppression": "#d62728",
    "engagement_drop": "#ff7f0e",
    "gradual_decline": "#9467bd",
    "single_flop": "#1f77b4",
    "viral_spike": "#2ca02c",
}
SPAN_TYPES = ("view_suppression", "engagement_drop", "gradual_decline")
TYPE_LABELS = {"view_suppression": "view suppression (shadowban)", "engagement_drop": "engagement drop",
               "gradual_decline": "gradual decline", "single_flop": "single flop", "viral_spike": "viral spike",
               "none": "nothing unusual", "insufficient_history": "too few posts"}


class CountAxis(pg.AxisItem):
    """A views axis labelled as people read counts (900, 9 K, 90 K, 1,2 M), linear or log.

    On the log axis the data are log10 of the counts: a tick at 4 is labelled 10 K, never 10⁴."""

    def tickStrings(self, values, scale, spacing):  # noqa: N802 (pyqtgraph API)
        if self.logMode:
            return self.logTickStrings(values, scale, spacing)
        return [fmt.count(v * scale) for v in values]

    def logTickStrings(self, values, scale, spacing):  # noqa: N802 (pyqtgraph API)
        # the ticks between two powers of ten (2000 … 9000) are labelled only where their labels do not
        # run into each other: all of them, else 2 and 5 times the power, else none (the marks stay)
        from PySide6.QtGui import QFontMetrics

        labels = [fmt.count(10 ** (v * scale)) for v in values]
        lo, hi = self.range
        length = self.geometry().height() if self.orientation in ("left", "right") else self.geometry().width()
        if hi == lo or length <= 0:
            return labels
        px = length / abs(hi - lo) / scale  # pixels per decade
        line = QFontMetrics(self.style.get("tickFont") or self.font()).height()
        keep = (None if px * np.log10(10 / 9) >= line else (2, 5) if px * np.log10(2) >= line else ())
        if keep is None:
            return labels
        out = []
        for v, label in zip(values, labels):
            step = round(10 ** ((v * scale) % 1), 6)
            out.append(label if step == 1 or step in keep else "")
        return out


class DayAxis(pg.DateAxisItem):
    """Dates without collisions: a day tick next to a month tick ("31" beside "Aug") is left out."""

    def tickValues(self, minVal, maxVal, size):  # noqa: N802 (pyqtgraph API)
        levels = super().tickValues(minVal, maxVal, size)
        kept = []
        for spacing, values in levels:
            taken = np.array([v for _, vs in kept for v in vs], dtype=float)
            if taken.size and len(values) > 1:
                step = float(np.median(np.diff(sorted(values))))  # the shown step (days may skip by 5)
                values = [v for v in values if np.min(np.abs(taken - v)) >= 0.6 * step]
            kept.append((spacing, values))
        return kept

    _EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    _EN_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

    def tickStrings(self, values, scale, spacing):  # noqa: N802 (pyqtgraph API)
        """pyqtgraph writes month and weekday names in English (strftime); the interface's language here."""
        loc = i18n.locale()
        out = []
        for s in super().tickStrings(values, scale, spacing):
            if s in self._EN_MONTHS:
                s = loc.standaloneMonthName(self._EN_MONTHS.index(s) + 1, QLocale.ShortFormat).rstrip(".")
            elif s in self._EN_DAYS:
                s = loc.standaloneDayName(self._EN_DAYS.index(s) + 1, QLocale.ShortFormat).rstrip(".")
            out.append(s)
        return out


class _FittedLabel(QLabel):
    """A word-wrapped label as tall as its text needs at its width, asked on each resize and new
    text: the right pane sits in a splitter, which never asks a wrapped label its height for a
    width, so a long (Spanish) summary lost its last lines, the next post's forecast among them."""

    least = 70

    def _fit(self) -> None:
        need = max(self.least, self.heightForWidth(max(1, self.width())))
        if need != self.minimumHeight():
            self.setMinimumHeight(need)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt)
        super().setText(text)
        self._fit()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt)
        super().resizeEvent(event)
        self._fit()


#: the chart's least height, pixels: the legend's two rows, the views plot and the rate plot
CHART_MIN_HEIGHT = 380

#: the next posts' forecast is left out of the chart's first view when it starts more than this share
#: of the history's span after the last post (an old export forecast from today)
FORECAST_GAP_SHARE = 0.5


def _epoch(iso: list[str]) -> np.ndarray:
    return np.array([datetime.fromisoformat(s.replace("Z", "+00:00")).timestamp() for s in iso], dtype=float)


def _detect_after_import(summary, progress) -> jobs.AccountReport:
    """The worker's job after the import dialog stored an export: analyse that account."""
    out = jobs.detect_for_account(summary.account_id, progress)
    out.import_summary = summary.summary()
    out.import_report = summary
    return out


class Tab(CapabilityTab):
    file_extensions = (".csv", ".json", ".jsonl", ".tsv", ".txt", ".xlsx", ".xlsm", ".xlsb", ".xls", ".ods")

    def __init__(self, ctx: AppContext, parent: Optional[QWidget] = None):
        super().__init__(ctx, parent)
        self.last: Optional[jobs.AccountReport] = None
        self.import_dialog: Optional[ImportDialog] = None  # the open import preview, if any
        self.runner = TaskRunner(self)
        self.runner.result.connect(self.show_result)
        self.runner.error.connect(self._on_error)
        self.list_runner = TaskRunner(self)
        self.list_runner.result.connect(self._fill_accounts)
        self.list_runner.error.connect(self._on_error)

        # -- left: accounts and import -------------------------------------------------
        self.drop = DropZone(self.tr("Drop a TikTok, YouTube Studio, Instagram or X export (CSV, Excel, JSON) here"),
                             self.file_extensions,
                             dialog_filter=self.tr("Exports (") + " ".join("*" + e for e in self.file_extensions) + ")")
        self.drop.filesDropped.connect(self.handle_files)
        self.platform = choices.platform_combo(str(self.ctx.value("account_health/platform", default_platform(self.ctx))),
                                               first=(self.tr("auto-detect"), ""))
        self.platform.setToolTip(self.tr("Platform of the export (auto-detect reads it from the column names)"))
        self.platform.currentIndexChanged.connect(
            lambda _: self.ctx.set_value("account_health/platform", choices.value(self.platform)))
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.setToolTip(self.tr("Import a post-history export (Ctrl+I)"))
        self.import_button.setShortcut(QKeySequence("Ctrl+I"))
        self.import_button.clicked.connect(self.drop.choose)
        self.accounts = QListWidget()
        self.accounts.setToolTip(self.tr("Imported accounts: click one to analyze it"))
        self.accounts.currentItemChanged.connect(self._account_selected)
        self.remove_button = QPushButton(self.tr("Remove account"))
        self.remove_button.setToolTip(self.tr("Delete this account's stored posts"))
        self.remove_button.clicked.connect(self.remove_account)
        left = QVBoxLayout()
        left.addWidget(self.drop)
        row = QHBoxLayout()
        row.addWidget(self.platform, 1)
        row.addWidget(self.import_button)
        left.addLayout(row)
        left.addWidget(QLabel(self.tr("Accounts")))
        left.addWidget(self.accounts, 1)
        left.addWidget(self.remove_button)
        left_w = boxed(left)

        # -- right: summary, chart, events ----------------------------------------------
        self.summary = _FittedLabel(self.tr("Import an account's post history to check its reach."))
        # the verdict's reasons and notes are core's sentences, in the interface language (source_text.lines)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.summary.setMinimumHeight(70)
        self.error = ErrorLabel()
        self.progress = ProgressPanel(self.runner)
        self.log_axis = QCheckBox(self.tr("Log scale"))
        self.log_axis.setToolTip(self.tr("Views on a logarithmic axis (L)"))
        self.log_axis.setChecked(str(self.ctx.value("account_health/log", "true")).lower() == "true")
        self.log_axis.toggled.connect(self._set_log)
        QShortcut(QKeySequence("L"), self, activated=self.log_axis.toggle)
        self.export_png = QPushButton(self.tr("Export PNG…"))
        self.export_png.clicked.connect(lambda: self.export_chart())
        self.export_json = QPushButton(self.tr("Export JSON…"))
        self.export_json.setToolTip(self.tr("Save the verdict, events and series (Ctrl+E)"))
        self.export_json.setShortcut(QKeySequence("Ctrl+E"))
        self.export_json.clicked.connect(lambda: self.export_result())

        pg.setConfigOptions(antialias=False, background="w", foreground="#333")
        self.chart = pg.GraphicsLayoutWidget()
        # the legend has its own row above the plots: never over the data
        self.legend = pg.LegendItem(colCount=3)
        self.chart.addItem(self.legend, row=0, col=0)
        self.views_plot = self.chart.addPlot(row=1, col=0, axisItems={"bottom": DayAxis(), "left": CountAxis("left")})
        self.views_plot.setLabel("left", self.tr("views"))
        self.views_plot.showGrid(x=True, y=True, alpha=0.2)
        self.views_plot.legend = self.legend  # named items of the views plot are listed in it
        self.rate_plot = self.chart.addPlot(row=2, col=0, axisItems={"bottom": DayAxis()})
        # the name above the small plot, not along its axis: a vertical label longer than the plot is cut
        self.rate_plot.setTitle(self.tr("engagement rate (%)"), size="9pt", color="#333")
        self.rate_plot.setLabel("left", "%")
        for p in (self.views_plot, self.rate_plot):  # the same axis width: the two plots' days line up
            p.getAxis("left").setWidth(64)
        self.rate_plot.setXLink(self.views_plot)
        self.rate_plot.showGrid(x=True, y=True, alpha=0.2)
        self.chart.ci.layout.setRowStretchFactor(0, 0)
        self.chart.ci.layout.setRowStretchFactor(1, 3)
        self.chart.ci.layout.setRowStretchFactor(2, 1)
        self.chart.setToolTip(self.tr("Hover a post for its numbers; drag to pan, wheel to zoom"))
        # the legend takes as many columns as fit the chart's width (Spanish labels are longer): a
        # legend wider than the chart widened the plots past its right edge, cutting them off
        self.chart.installEventFilter(self)
        self.posts_item: Optional[pg.ScatterPlotItem] = None
        self.marker_items: dict[str, pg.ScatterPlotItem] = {}
        self.span_items: list[pg.LinearRegionItem] = []
        self.rate_item: Optional[pg.ScatterPlotItem] = None
        self.band_points: list[pg.ScatterPlotItem] = []  # the forecast's medians, hoverable
        self.forecast_off_view = False  # the next posts lie right of the chart's first view (an old export)

        # columns as wide as their header and cells (a long Spanish header is never cut to
        # "ange vs baselin"); a table wider than the pane scrolls
        self.events = readonly_table([self.tr("type"), self.tr("from"), self.tr("to"), self.tr("posts"),
                                      self.tr("change vs baseline")], fit_contents=True)
        self.events.horizontalHeader().setStretchLastSection(False)  # a stretched last column shrinks below its header
        self.events.setMaximumHeight(150)

        # where the summary's numbers come from: the verdict's confidence, the next post's forecast
        self.sources_strip = SourceStrip([(self.tr("confidence"), "confidence"), (self.tr("reasons"), "details"),
                                          (self.tr("next post"), "forecast")])
        summary_col = QVBoxLayout()
        summary_col.addWidget(self.summary, 1)
        summary_col.addWidget(self.sources_strip)
        top = QHBoxLayout()
        top.addLayout(summary_col, 1)
        tools = QVBoxLayout()
        for w in (self.log_axis, self.export_png, self.export_json):
            tools.addWidget(w)
        top.addLayout(tools)
        right = QVBoxLayout()
        right.addLayout(top)
        right.addWidget(self.error)
        right.addWidget(self.progress)
        # empty state: words, not empty axes at 1970 (the chart shows once an account is drawn)
        self.chart_empty = QLabel(self.tr("The views and engagement of the account's posts are charted here, "
                                          "with reach drops marked, once an export is imported."))
        self.chart_empty.setAlignment(Qt.AlignCenter)
        self.chart_empty.setWordWrap(True)
        self.chart_empty.setStyleSheet("color: #777;")
        self.chart_stack = QStackedWidget()
        self.chart_stack.addWidget(self.chart_empty)
        self.chart_stack.addWidget(self.chart)
        # the chart keeps room for its legend and both plots: a short window scrolls the tab
        # instead of squeezing the views to a strip under the legend
        self.chart_stack.setMinimumHeight(CHART_MIN_HEIGHT)
        right.addWidget(self.chart_stack, 1)
        box = QGroupBox(self.tr("Events"))
        QVBoxLayout(box).addWidget(self.events)
        right.addWidget(box)
        lay = QVBoxLayout(self)
        lay.addWidget(splitter(left_w, boxed(right), stretch=(0, 4), sizes=(260, 1000)))
        self.refresh_accounts()


    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt)
        if obj is getattr(self, "chart", None) and event.type() in (QEvent.Resize, QEvent.Show):
            self.fit_legend()
        return super().eventFilter(obj, event)

    def fit_legend(self) -> None:
        """Lay the legend out in the most columns (3 at most) whose width fits the chart."""
        if not self.legend.items:
            return
        room = self.chart.width() - 20
        for cols in (3, 2, 1):
            if self.legend.columnCount != cols:
                self.legend.setColumnCount(cols)
            self.legend.layout.invalidate()
            if self.legend.layout.preferredWidth() <= room:
                break

    # -- actions ---------------------------------------------------------------------------
    def handle_files(self, paths: list[str]) -> bool:
        paths = [p for p in paths if self.accepts(p)]
        if not paths:
            return False
        self.error.clear_error()
        plat = choices.value(self.platform) or None  # "" is auto-detect
        path = paths[0]
        self.ctx.add_recent(path)
        if preview_enabled(self.ctx):  # the import preview: the rows as read, the mapping, the questions
            if self.import_dialog is not None:
                self.import_dialog.close()
            self.import_dialog = ImportDialog(path, "posts", self.ctx, platform=plat, parent=self)
            self.import_dialog.imported.connect(self._imported)
            self.import_dialog.open()
            return True
        self.runner.start(jobs.import_and_detect, jobs.ImportArgs(path, plat))
        return True

    def _imported(self, summary) -> None:
        """The preview stored an export: analyse its account."""
        self.runner.start(_detect_after_import, summary)

    def analyze(self, account_id: str) -> None:
        self.error.clear_error()
        self.runner.start(jobs.detect_for_account, account_id)

    def refresh_accounts(self, select: Optional[str] = None) -> None:
        self._select_after: Optional[str] = select
        self.list_runner.start(jobs.list_accounts)

    def remove_account(self) -> None:
        item = self.accounts.currentItem()
        if item is None:
            return
        acc = item.data(Qt.UserRole)
        answer = QMessageBox.question(self, self.tr("Remove account"),
                                      self.tr("Delete the stored posts of {acc}? This cannot be undone.").format(acc=acc),
                                      QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
        if answer != QMessageBox.Yes:
            return
        self.list_runner.start(jobs.delete_account, acc)
        self.ctx.show_status(self.tr("Removed {acc}").format(acc=acc))
        if self.last is not None and self.last.account_id == acc:  # its verdict must not stay on screen
            self.runner.cancel()
            self.clear_result(f"Removed {acc}. Import an account's post history to check its reach.")

    def clear_result(self, message: str) -> None:
        """No account shown: the summary says ``message``; chart, events and exports are emptied."""
        self.last = None
        self.summary.setText(message)
        self.sources_strip.clear()
        self.events.setRowCount(0)
        label_columns(self.events, None, self.EVENT_SOURCES)
        self._draw({}, [])
        self.progress.reset()

    # -- results ---------------------------------------------------------------------------
    def _fill_accounts(self, accounts: list[dict]) -> None:
        self.accounts.blockSignals(True)
        self.accounts.clear()
        items = {}
        for a in accounts:
            it = QListWidgetItem(self.tr("{account}  ({n} posts, {platform})").format(
                account=a["account_id"], n=a["n"], platform=PLATFORM_LABELS.get(a["platform"], a["platform"]) or "?"))
            it.setData(Qt.UserRole, a["account_id"])
            it.setToolTip(f"{a['first'][:10]} → {a['last'][:10]}")
            self.accounts.addItem(it)
            items[a["account_id"]] = it
        if self._select_after in items:  # just imported and shown: mark it, do not re-run
            self.accounts.setCurrentItem(items[self._select_after])
        self.accounts.blockSignals(False)
        # The first list after start-up shows the remembered account, unless a job started meanwhile
        # (an import's analysis): selecting would cancel it and lose the import's summary.
        if self.last is None and self._select_after is None and items and not self.runner.is_running():
            remembered = str(self.ctx.value("account_health/account", ""))
            self.accounts.setCurrentItem(items.get(remembered) or self.accounts.item(0))

    def _account_selected(self, item, _previous=None) -> None:
        if item is not None:
            self.ctx.set_value("account_health/account", item.data(Qt.UserRole))
            self.analyze(item.data(Qt.UserRole))

    def _on_error(self, msg: str) -> None:
        self.error.show_error(msg)

    def show_result(self, out: jobs.AccountReport) -> None:
        self.last = out
        res = out.result
        self.error.clear_error()
        if out.import_summary:
            self.ctx.show_status(summary_text(out.import_report) if out.import_report is not None
                                 else lines(out.import_summary))
            self.refresh_accounts(select=out.account_id)
        if out.import_skipped:  # the per-row skip report: which rows were left out, and why
            n = len(out.import_skipped)
            self.error.show_error(self.tr("{n} row(s) skipped by the import: ").format(n=n) + "; ".join(out.import_skipped[:5])
                                  + ("; …" if n > 5 else ""))
        kind = res["anomaly_type"]
        kind_text = core_text.anomaly(kind)
        if not res["is_shadowbanned"]:
            verdict = self.tr("No shadowban detected")
        elif anomaly.verdict_is_weak(res):  # more likely wrong than right, or only the base rate: said as a possibility
            verdict = ("<span style='color:#b8860b'>" + self.tr("Possible drop in reach — weak evidence ({confidence})")
                       .format(confidence=fmt.percent(res['confidence'], 0)) + "</span>")
            kind_text = self.tr("the pattern the detector flagged: {kind}").format(kind=kind_text)
        else:
            verdict = "<span style='color:#d62728'>" + self.tr("Reach is being suppressed") + "</span>"
        when = (" " + self.tr("since {when} UTC").format(when=res['detected_at'][:16].replace('T', ' '))
                if res.get("detected_at") else "")
        reasons = "".join(f"<li>{lines(r)}</li>" for r in res.get("reasons", []))  # core's reasons, in the interface language
        notes = res.get("details", {}).get("notes") or []
        self.summary.setText(
            self.tr("<b>{account_id}</b>: <b>{verdict}</b> — {kind}{when}<br>Confidence {confidence} (measured share of "
                    "right verdicts like this one) · What to do: <b>{recommendation}</b><ul style='margin:0'>{reasons}</ul>").format(
                account_id=out.account_id, verdict=verdict, kind=kind_text, when=when,
                confidence=fmt.percent(res['confidence'], 0),
                recommendation=core_text.recommendation(res['recommendation']), reasons=reasons)
            + (self.tr("<small>{v0}</small>").format(v0='; '.join(lines(n) for n in notes)) if notes else ""))
        self._fill_events(res)
        self.sources_strip.badges["confidence"].show_source(res, "confidence")
        self.sources_strip.badges["details"].show_source(res, "details")  # the reasons' numbers: measured
        self.sources_strip.badges["forecast"].show_source(out.forecast, "forecast")
        label_columns(self.events, res, self.EVENT_SOURCES)
        self._draw(res, out.captions, out.forecast)
        self.fit_legend()
        self._show_forecast(out)

    #: the events table's numeric columns and their paths in the response
    EVENT_SOURCES = {3: "events[].end", 4: "events[].change_pct"}

    def _fill_events(self, res: dict) -> None:
        evs = res.get("events", [])
        self.events.setRowCount(len(evs))
        for i, e in enumerate(evs):
            vals = [core_text.anomaly(e["type"]), e["start_time"][:16].replace("T", " "),
                    e["end_time"][:16].replace("T", " ") + (" " + self.tr("(ongoing)") if e["ongoing"] else ""),
                    str(e["end"] - e["start"] + 1),
                    ("+" if e['change_pct'] > 0 else "") + fmt.percent(e['change_pct'], 0)]
            for j, v in enumerate(vals):
                it = QTableWidgetItem(v)
                if j == 0:
                    it.setForeground(QColor(TYPE_COLOURS.get(e["type"], "#333")))
                self.events.setItem(i, j, it)

    def _show_forecast(self, out: jobs.AccountReport) -> None:
        f = out.forecast
        if not f:
            # core's one line (why there is no forecast) in the interface language, as the other core sentences
            self.summary.setText(self.summary.text() + (self.tr("<br><small>{forecast_note}</small>").format(
                forecast_note=lines(out.forecast_note)) if out.forecast_note else ""))
            return
        nxt = f["forecast"][0]
        self.summary.setText(
            # the forecast is made as of today (jobs._forecast): the date says so, however old the export
            self.summary.text() + self.tr("<br>Next post (about {when}): <b>{p50}</b> views expected (80 % interval "
                                          "{p10}–{p90}), forecast from {model}").format(
                when=self._when(nxt["expected_at"]),
                p50=fmt.count(nxt['p50']), p10=fmt.count(nxt['p10']), p90=fmt.count(nxt['p90']),
                model=core_text.forecaster(f["model"]))
            + (self.tr("<br><small>The export ends long before today: the chart shows its posts; drag it to the "
                       "right for the next posts.</small>") if self.forecast_off_view else "")
            + (self.tr("<br><small>{v0}</small>").format(v0='; '.join(lines(n) for n in f['notes']))
               if f.get("notes") else ""))

    def _draw(self, res: dict, captions: list[str], forecast: Optional[dict] = None) -> None:
        vp, rp = self.views_plot, self.rate_plot
        vp.clear()
        rp.clear()
        if vp.legend is not None:
            vp.legend.clear()
        self.marker_items, self.span_items, self.posts_item, self.rate_item = {}, [], None, None
        self.band_points = []
        s = res.get("series")
        self.chart_stack.setCurrentWidget(self.chart if s else self.chart_empty)
        if not s:
            return
        t = _epoch(s["timestamp"])
        log = self.log_axis.isChecked()
        # On the log axis zero views are drawn at 1; the axis shows 10^y labels.
        scale = (lambda a: np.log10(np.maximum(a, 1.0))) if log else (lambda a: a)
        views = scale(np.asarray(s["views"], dtype=float))
        rate = np.array([np.nan if r is None else 100 * r for r in s["engagement_rate"]], dtype=float)
        base = scale(np.array([np.nan if b is None else b for b in s["baseline_views"]], dtype=float))
        vp.getAxis("left").setLogMode(False, log)
        tip = self._post_tip(res, captions)
        for e in res.get("events", []):
            if e["type"] in SPAN_TYPES:
                c = QColor(TYPE_COLOURS[e["type"]])
                c.setAlpha(45)
                x0, x1 = t[e["start"]], t[e["end"]]
                if x1 <= x0:
                    x1 = x0 + 3600
                region = pg.LinearRegionItem((x0, x1), movable=False, brush=pg.mkBrush(c))
                region.setZValue(-10)
                region.setToolTip(self.event_tip(res, e))
                vp.addItem(region)
                self.span_items.append(region)
        vp.plot(t, views, pen=pg.mkPen("#9aa4b1", width=1), name=self.tr("views"))
        vp.plot(t, base, pen=pg.mkPen("#444", width=1, style=Qt.DashLine), name=self.tr("baseline (rolling median)"),
                connect="finite")
        self._draw_band(forecast, scale)
        self.posts_item = pg.ScatterPlotItem(t, views, size=5, pen=None, brush=pg.mkBrush("#5b6b80"),
                                             data=np.arange(len(t)), hoverable=True, tip=tip,
                                             hoverSize=9, hoverBrush=pg.mkBrush("#000"))
        vp.addItem(self.posts_item)
        by_type: dict[str, list[int]] = {}
        for e in res.get("events", []):
            idx = range(e["start"], e["end"] + 1) if e["type"] in SPAN_TYPES else [e["start"]]
            by_type.setdefault(e["type"], []).extend(idx)
        for kind, idx in by_type.items():
            idx = np.array(sorted(set(idx)), dtype=int)
            item = pg.ScatterPlotItem(t[idx], views[idx], size=9, symbol="o", pen=pg.mkPen("w"),
                                      brush=pg.mkBrush(TYPE_COLOURS.get(kind, "#000")), data=idx,
                                      hoverable=True, tip=self._post_tip(res, captions, kind),
                                      name=core_text.anomaly(kind))
            vp.addItem(item)
            self.marker_items[kind] = item
        rp.plot(t, rate, pen=pg.mkPen("#2d7ff9", width=1), connect="finite")
        known = np.flatnonzero(~np.isnan(rate))
        self.rate_item = pg.ScatterPlotItem(t[known], rate[known], size=4, pen=None, brush=pg.mkBrush("#2d7ff9"),
                                            data=known, hoverable=True, tip=self._rate_tip(res),
                                            hoverSize=8, hoverBrush=pg.mkBrush("#000"))
        rp.addItem(self.rate_item)
        vp.enableAutoRange()
        rp.enableAutoRange()
        # the next posts are forecast from today: after an old export they lie far right of the history,
        # which the whole range would squeeze into a sliver; the view then shows the history (drag to
        # the right for the forecast; the summary says its date)
        self.forecast_off_view = False
        ahead = _epoch([r["expected_at"] for r in forecast["forecast"]]) if forecast and forecast.get("forecast") else None
        if ahead is not None and len(t) > 1 and ahead.min() - t[-1] > FORECAST_GAP_SHARE * (t[-1] - t[0]):
            margin = 0.03 * (t[-1] - t[0])
            vp.setXRange(t[0] - margin, t[-1] + margin, padding=0)  # x no longer auto-ranged; y still is
            self.forecast_off_view = True

    # -- hover tips: each point's value and where it comes from ---------------------------------
    @staticmethod
    def _when(stamp: str) -> str:
        return stamp[:16].replace("T", " ") + (" UTC" if len(stamp) > 10 else "")

    def _post_tip(self, res: dict, captions: list[str], kind: str = ""):
        """The hover text of post ``i`` on the views chart: its date, views, likes, engagement
        rate and baseline, measured (``series``), and its caption."""
        s, entry = res["series"], covering(res, "series")

        def tip(x, y, data):
            i = int(data)
            rate, base, likes = s["engagement_rate"][i], s["baseline_views"][i], s["likes"][i]
            cap = captions[i][:80] if i < len(captions) and captions[i] else ""
            return point_tip([
                core_text.anomaly(kind) if kind else "",
                self.tr("Post {n} of {total}, {when}").format(n=i + 1, total=len(s["views"]),
                                                               when=self._when(s["timestamp"][i])),
                self.tr("views {views}").format(views=fmt.count(s["views"][i])),
                self.tr("likes {likes}").format(likes=fmt.count(likes)),
                self.tr("engagement rate {rate}").format(rate=fmt.percent(rate, 2)),
                self.tr("baseline (median of the posts before) {views}").format(views=fmt.count(base)),
                cap], entry)
        return tip

    def _rate_tip(self, res: dict):
        """The hover text of a point of the engagement-rate chart (likes / views, measured)."""
        s, entry = res["series"], covering(res, "series")

        def tip(x, y, data):
            i = int(data)
            return point_tip([self._when(s["timestamp"][i]),
                              self.tr("engagement rate {rate} ({likes} likes / {views} views)").format(
                                  rate=fmt.percent(s["engagement_rate"][i], 2), likes=fmt.count(s["likes"][i]),
                                  views=fmt.count(s["views"][i]))], entry)
        return tip

    def event_tip(self, res: dict, e: dict) -> str:
        """The hover text of a marked event: its type, posts, dates and change against the
        baseline, measured (``events``)."""
        return point_tip([
            core_text.anomaly(e["type"]),
            self.tr("{n} posts, {start} → {end}").format(n=e["end"] - e["start"] + 1, start=self._when(e["start_time"]),
                                                        end=self._when(e["end_time"])),
            self.tr("views {change} against the baseline").format(
                change=("+" if e["change_pct"] > 0 else "") + fmt.percent(e["change_pct"], 0))],
            covering(res, "events[].change_pct"))

    def _band_tip(self, forecast: dict, rows: list[dict], key: str, ahead: bool):
        """The hover text of a forecast median: the expected views with the 80 % interval, from the
        forecaster (``forecast`` or ``band``) with its held-out figure."""
        entry = covering(forecast, "forecast" if ahead else "band")

        def tip(x, y, data):
            r = rows[int(data)]
            head = (self.tr("Next post {n}, expected {when}").format(n=r.get("post", int(data) + 1),
                                                                     when=self._when(r[key]))
                    if ahead else self.tr("Expected one post ahead for the post of {when}").format(
                        when=self._when(r[key])))
            return point_tip([head, self.tr("{p50} views expected (80 % interval {p10}–{p90})").format(
                p50=fmt.count(r["p50"]), p10=fmt.count(r["p10"]), p90=fmt.count(r["p90"])),
                self.tr("forecast from {model}").format(model=core_text.forecaster(forecast.get("model", "")))],
                entry)
        return tip

    def _draw_band(self, forecast: Optional[dict], scale) -> None:
        """The expected 80 % band of every past post and of the next posts (from forecast_views)."""
        self.band_items = []
        if not forecast:
            return
        vp = self.views_plot
        for rows, key, colour, name in ((forecast.get("band") or [], "timestamp", (46, 160, 67, 50),
                                         self.tr("expected 80 % band")),
                                        (forecast["forecast"], "expected_at", (255, 127, 14, 70),
                                         self.tr("forecast, next posts"))):
            if not rows:
                continue
            x = _epoch([r[key] for r in rows])
            # the edges are PlotCurveItems kept out of the plot: the fill alone is drawn and ranged
            lo = pg.PlotCurveItem(x, scale(np.array([r["p10"] for r in rows], dtype=float)))
            hi = pg.PlotCurveItem(x, scale(np.array([r["p90"] for r in rows], dtype=float)))
            fill = pg.FillBetweenItem(lo, hi, brush=pg.mkBrush(*colour))
            fill.setZValue(-5)
            vp.addItem(fill)
            p50 = scale(np.array([r["p50"] for r in rows], dtype=float))
            mid = vp.plot(x, p50, pen=pg.mkPen(QColor(*colour[:3]), width=1, style=Qt.DotLine), name=name)
            # the medians as points: hovering one says the interval and the forecaster's held-out figure
            # (the past band's are drawn only when hovered: the posts stay the chart's points)
            ahead = key == "expected_at"
            points = pg.ScatterPlotItem(x, p50, size=5, pen=None, brush=pg.mkBrush(*colour[:3], 160 if ahead else 0),
                                        data=np.arange(len(rows)), hoverable=True,
                                        tip=self._band_tip(forecast, rows, key, ahead),
                                        hoverSize=9, hoverBrush=pg.mkBrush(*colour[:3]))
            vp.addItem(points)
            self.band_points.append(points)
            self.band_items += [lo, hi, fill, mid, points]

    def _set_log(self, on: bool) -> None:
        self.ctx.set_value("account_health/log", "true" if on else "false")
        if self.last is not None:
            self._draw(self.last.result, self.last.captions, self.last.forecast)

    # -- export ----------------------------------------------------------------------------
    def export_result(self, path: str = "") -> None:
        if self.last is None:
            return
        save_export(self, path, "Export analysis", "account_health.json", "JSON (*.json)",
                    lambda p: write_json(p, {**self.last.result, "next_post_forecast": self.last.forecast}
                                         if self.last.forecast else self.last.result))

    def export_chart(self, path: str = "") -> None:
        from pyqtgraph.exporters import ImageExporter

        save_export(self, path, "Export chart", "account_health.png", "PNG (*.png)",
                    lambda p: ImageExporter(self.chart.ci).export(p))

    def shutdown(self) -> None:
        self.runner.shutdown()
        self.list_runner.shutdown()
