"""Posting time: the best UTC slot for the audience's countries on the planned day.

Everything shown comes from ``engine.run("predict_posting_time", ...)``: the week x hour
heatmap (UTC or a country's local time), the best three slots, the per-country breakdown
and the boost with its interval. The tab only lays them out and exports them (.ics, JSON,
CSV, PNG).
"""
from __future__ import annotations

import csv
import datetime as dt
import re
from typing import Optional

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QCompleter, QDateEdit, QDoubleSpinBox,
                               QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QPushButton, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from viralml_desktop.core import engine, posting_time, timezones
from viralml_desktop.core.encoding import write_json
from viralml_desktop.core.vocabulary import PLATFORM_LABELS
from viralml_desktop.gui import choices, core_text, fmt, i18n
from viralml_desktop.gui.chart_tips import covering, point_tip
from viralml_desktop.gui.context import AppContext
from viralml_desktop.gui.settings_dialog import default_platform, default_countries
from viralml_desktop.gui.source_text import lines
from viralml_desktop.gui.tabs.base import CapabilityTab
from viralml_desktop.gui.widgets import (AccountCombo, ErrorLabel, ProgressPanel, SourceStrip, boxed, label_columns,
                                        readonly_table, source_cells,
                                        save_export, splitter)
from viralml_desktop.gui.worker import TaskRunner

DEFAULT_COUNTRIES = "US,MX,PR"
NO_ACCOUNT = QT_TRANSLATE_NOOP("posting_time", "(match the artist name)")


def _fold(text: str) -> str:
    """Case-, accent- and punctuation-free form of a name ("España" and "espana" match)."""
    import unicodedata

    t = unicodedata.normalize("NFKD", str(text).casefold())
    return "".join(ch for ch in t if ch.isalnum())


def country_lookup(codes) -> tuple[dict[str, str], dict[str, str]]:
    """(folded name -> code, code -> Spanish name) for ``codes``, from CLDR's territory names in
    English and Spanish (babel) and the codes themselves."""
    from babel import Locale

    en, es = Locale("en").territories, Locale("es").territories
    by_name: dict[str, str] = {}
    spanish: dict[str, str] = {}
    for code in codes:
        for name in (en.get(code), es.get(code)):
            if name:
                by_name.setdefault(_fold(name), code)
        if es.get(code):
            spanish[code] = es[code]
    return by_name, spanish


def shown_country_names(names: Optional[dict[str, str]] = None) -> dict[str, str]:
    """Each country's name as the reader writes it: CLDR's Spanish name in the Spanish interface,
    else core's English name.

    Parameters
    ----------
    names : dict, optional
        ISO-2 code -> English name (``timezones.country_names()`` when not given).

    Returns
    -------
    dict
        ISO-2 code -> the name shown ("ES" -> "España" in Spanish, "Spain" in English).
    """
    names = timezones.country_names() if names is None else names
    if i18n.current() != "es":
        return dict(names)
    _, spanish = country_lookup(names)
    return {c: spanish.get(c, n) for c, n in names.items()}


def _day(d: int) -> str:
    """Day ``d`` of the heatmap (0 = Monday, as ``posting_time.DAYS``), short, in the interface language."""
    return i18n.locale().dayName(d + 1, QLocale.ShortFormat)

class Tab(CapabilityTab):
    def __init__(self, ctx: AppContext, parent: Optional[QWidget] = None):
        super().__init__(ctx, parent)
        self.response: dict = {}
        self.names = timezones.country_names()
        self.by_name, spanish = country_lookup(self.names)
        self.shown_names = shown_country_names(self.names)  # as the reader writes them
        for code, name in self.names.items():
            self.by_name.setdefault(_fold(name), code)
        self.runner = TaskRunner(self)
        self.runner.result.connect(self.show_result)
        self.runner.error.connect(self._on_error)
        self.error = ErrorLabel()

        # -- inputs ---------------------------------------------------------
        self.artist = QLineEdit(str(ctx.value("posting_time/artist", "")))
        self.artist.setPlaceholderText(self.tr("e.g. Bad Bunny"))
        self.artist.setToolTip(self.tr("An imported account with this name (Account health) personalises the answer"))
        self.account = AccountCombo(QCoreApplication.translate("posting_time", NO_ACCOUNT))
        self.account.setToolTip(self.tr("Imported post history to learn from (at least 10 posts with a time of day)"))
        self.artist.textChanged.connect(lambda _: self.match_artist())
        self.account.filled.connect(self.match_artist)
        self.platform = choices.platform_combo(str(ctx.value("posting_time/platform", default_platform(ctx, "tiktok"))))
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("ddd d MMM yyyy")
        tomorrow = dt.datetime.now(dt.timezone.utc).date() + dt.timedelta(days=1)
        self.date.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
        self.date.setToolTip(self.tr("The UTC day you plan to post; daylight saving is applied for that day"))

        self.country_pick = QComboBox()
        self.country_pick.setEditable(True)
        self.country_pick.setInsertPolicy(QComboBox.NoInsert)
        # as wide as the form gives it, not as its longest country name (which made the tab 1121 px)
        self.country_pick.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.country_pick.setMinimumContentsLength(14)
        for code, name in self.names.items():
            es = spanish.get(code, "")
            self.country_pick.addItem(f"{code} — {name}" + (f" ({es})" if es and _fold(es) != _fold(name) else ""),
                                      code)
        self.country_pick.completer().setFilterMode(Qt.MatchContains)
        self.country_pick.completer().setCompletionMode(QCompleter.PopupCompletion)
        self.country_pick.setCurrentIndex(-1)
        self.country_pick.lineEdit().setPlaceholderText(self.tr("Code or name…"))
        self.country_pick.setToolTip(self.tr("Type a code or a name (English or Spanish), then Return or Add"))
        # Return in the box or on the completer's list adds the country typed or picked
        self.country_pick.completer().activated.connect(lambda text: self.add_picked(text))
        self.country_pick.lineEdit().returnPressed.connect(lambda: self.add_picked())
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.clicked.connect(lambda: self.add_picked())
        self.countries = QTableWidget(0, 2)
        self.countries.setHorizontalHeaderLabels([self.tr("Country"), self.tr("Audience weight")])
        self.countries.verticalHeader().setVisible(False)
        self.countries.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.countries.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.countries.setToolTip(self.tr("Relative audience share per country (equal when all weights are equal)"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setShortcut(QKeySequence.Delete)
        self.remove_button.clicked.connect(self.remove_selected)
        for code in str(ctx.value("posting_time/countries", default_countries(ctx))).split(","):
            if code.strip():
                self.add_country(code.strip())

        self.run_button = QPushButton(self.tr("Find the best time"))
        self.run_button.setToolTip(self.tr("Ctrl+Return"))
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.predict)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.predict)

        form = QFormLayout()
        form.addRow(self.tr("Artist"), self.artist)
        form.addRow(self.tr("History"), self.account)
        form.addRow(self.tr("Platform"), self.platform)
        form.addRow(self.tr("Planned day"), self.date)
        pick = QHBoxLayout()
        pick.addWidget(self.country_pick, 1)
        pick.addWidget(self.add_button)
        left = QVBoxLayout()
        left.addLayout(form)
        box = QGroupBox(self.tr("Audience countries"))
        bl = QVBoxLayout(box)
        bl.addLayout(pick)
        bl.addWidget(self.countries)
        bl.addWidget(self.remove_button, 0, Qt.AlignRight)
        left.addWidget(box, 1)
        left.addWidget(self.run_button)
        left_w = boxed(left)
        left_w.setMaximumWidth(380)

        # -- results ----------------------------------------------------------
        self.progress = ProgressPanel(self.runner)
        self.summary = QLabel(self.tr("Pick the countries of your audience and a day, then <b>Find the best time</b>."))
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.basis = QLabel("")  # core's boost basis and note, in the interface language (source_text.lines)
        self.basis.setWordWrap(True)
        self.basis.setStyleSheet("color: #555;")
        self.breakdown = readonly_table([self.tr("Country"), self.tr("Time zone"), self.tr("Local time"), self.tr("All zones (population share)")],
                                        fit_contents=True)
        self.breakdown.setToolTip(self.tr("Local wall-clock time of the best slot in each country, daylight saving included"))
        # the zones column as wide as its title and its zones (the table scrolls sideways): stretched into the
        # rest of a 1024-px window it was a few pixels wide, its title cut at both ends and its zones wrapped
        self.breakdown.horizontalHeader().setStretchLastSection(False)
        self.breakdown.horizontalHeader().setDefaultAlignment(Qt.AlignLeft | Qt.AlignVCenter)  # a title at its column's start
        self.top3 = readonly_table(["#", "UTC", self.tr("predicted ×"), self.tr("Local times")], fit_contents=True)
        for t in (self.breakdown, self.top3):  # three rows of two lines under the header, at 1280x800 too
            t.setMinimumHeight(t.horizontalHeader().sizeHint().height() * 2 + 3 * 2 * t.fontMetrics().lineSpacing() + 12)
        self.top3.setToolTip(self.tr("Predicted engagement over the average slot (the model's own estimate; the headline "
                             "boost with history is measured on held-out halves of the posts)"))

        self.view = QComboBox()
        self.view.setToolTip(self.tr("Show the heatmap in UTC or in a country's local time"))
        self.view.currentIndexChanged.connect(self.draw_heatmap)
        self.plot = pg.PlotWidget()
        self.plot.setBackground("w")
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.invertY(True)
        self.plot.setLabel("bottom", self.tr("hour"))
        self.image = pg.ImageItem()
        self.image.setColorMap(pg.colormap.get("viridis"))
        self.plot.addItem(self.image)
        self.marker = pg.ScatterPlotItem(size=16, symbol="star", brush=pg.mkBrush("#ff3b30"), pen=pg.mkPen("w"))
        self.plot.addItem(self.marker)
        self.plot.getAxis("bottom").setTicks([[(h + 0.5, f"{h:02d}") for h in range(0, 24, 2)]])
        self.plot.getAxis("left").setTicks([[(d + 0.5, _day(d)) for d in range(7)]])
        self.plot.setXRange(0, 24, padding=0)
        self.plot.setYRange(0, 7, padding=0)
        self.plot.setMinimumHeight(220)
        self.hover = QLabel("")
        self.plot.scene().sigMouseMoved.connect(self._on_hover)

        self.ics_button = QPushButton(self.tr("Export .ics…"))
        self.ics_button.setToolTip(self.tr("Save the best slot as a calendar event (Ctrl+E)"))
        self.ics_button.setShortcut("Ctrl+E")
        self.ics_button.clicked.connect(lambda: self.export_ics())
        self.json_button = QPushButton(self.tr("Export JSON…"))
        self.json_button.clicked.connect(lambda: self.export_json())
        self.csv_button = QPushButton(self.tr("Heatmap CSV…"))
        self.csv_button.clicked.connect(lambda: self.export_csv())
        self.png_button = QPushButton(self.tr("Heatmap PNG…"))
        self.png_button.clicked.connect(lambda: self.export_png())
        for b in (self.ics_button, self.json_button, self.csv_button, self.png_button):
            b.setEnabled(False)

        heat_box = QGroupBox(self.tr("Expected engagement by day and hour (1 = the average slot)"))
        hl = QVBoxLayout(heat_box)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Time shown in")))
        top.addWidget(self.view)
        top.addStretch(1)
        self.hover.setWordWrap(True)  # the colour scale's words wrap in a narrow window
        top.addWidget(self.hover, 1)
        self.heatmap_sources = SourceStrip([(self.tr("heatmap"), "heatmap")])
        top.addWidget(self.heatmap_sources)
        hl.addLayout(top)
        hl.addWidget(self.plot)
        tables = QHBoxLayout()
        for title, w in ((self.tr("Per country"), self.breakdown), (self.tr("Best three slots that day"), self.top3)):
            b = QGroupBox(title)
            QVBoxLayout(b).addWidget(w)
            tables.addWidget(b)
        exports = QHBoxLayout()
        exports.addStretch(1)
        for b in (self.ics_button, self.json_button, self.csv_button, self.png_button):
            exports.addWidget(b)
        right = QVBoxLayout()
        right.addWidget(self.summary)
        # where the summary's numbers come from (the response's sources)
        self.summary_sources = SourceStrip([(self.tr("expected engagement"), "expected_engagement_boost"),
                                            (self.tr("local times"), "zones")])
        right.addWidget(self.summary_sources)
        right.addWidget(self.basis)
        right.addWidget(self.error)
        right.addWidget(self.progress)
        right.addLayout(tables, 2)
        right.addWidget(heat_box, 3)
        right.addLayout(exports)
        QVBoxLayout(self).addWidget(splitter(left_w, boxed(right), stretch=(0, 1)))
        self.refresh_accounts()

    # -- countries ----------------------------------------------------------------
    def add_picked(self, text: Optional[str] = None) -> bool:
        """Add the country typed in (or picked from the list of) the country box, then empty it."""
        text = self.country_pick.currentText() if text is None else text
        if not str(text).strip():
            return False
        added = self.add_country(text)
        if added or self.error.text() == "":
            self.country_pick.setCurrentIndex(-1)
            self.country_pick.clearEditText()
        return added

    def resolve_country(self, text: str) -> str:
        """The ISO code for a code, a list entry ("ES — Spain") or a country name in English or
        Spanish ("Spain", "España", "espana"); the text itself when none matches."""
        text = str(text).split("—")[0].strip()
        if len(text) <= 3:
            return text
        return self.by_name.get(_fold(text), text)

    def add_country(self, code: str) -> bool:
        code = self.resolve_country(code)
        try:
            code = timezones.normalize_code(code)
        except ValueError as e:
            self.error.show_error(str(e))
            return False
        if code in self.country_codes():
            return False
        r = self.countries.rowCount()
        self.countries.insertRow(r)
        item = QTableWidgetItem(f"{code} — {self.shown_names.get(code, '')}")  # the name in the interface language
        item.setData(Qt.UserRole, code)
        item.setFlags(item.flags() & ~Qt.ItemIsEditable)
        self.countries.setItem(r, 0, item)
        spin = QDoubleSpinBox()
        spin.setRange(0.0, 1000.0)
        spin.setDecimals(1)
        spin.setValue(1.0)
        self.countries.setCellWidget(r, 1, spin)
        self.error.clear_error()
        return True

    def remove_selected(self) -> None:
        for r in sorted({i.row() for i in self.countries.selectedIndexes()}, reverse=True):
            self.countries.removeRow(r)

    def country_codes(self) -> list[str]:
        return [self.countries.item(r, 0).data(Qt.UserRole) for r in range(self.countries.rowCount())]

    def weights(self) -> dict[str, float]:
        return {self.countries.item(r, 0).data(Qt.UserRole): self.countries.cellWidget(r, 1).value()
                for r in range(self.countries.rowCount())}

    # -- accounts -------------------------------------------------------------------
    def refresh_accounts(self) -> None:
        self.account.refresh()

    def match_artist(self) -> None:
        """Show the imported account named like the artist (as the answer will use it) in History."""
        if self.account.currentData() is not None and not getattr(self, "_auto_account", False):
            return  # the user chose an account: keep it
        wanted = re.sub(r"[^0-9a-z]", "", self.artist.text().lower())
        i = next((i for i in range(1, self.account.count())
                  if wanted and re.sub(r"[^0-9a-z]", "", str(self.account.itemData(i)).lower()) == wanted), 0)
        self.account.setCurrentIndex(i)
        self._auto_account = i > 0

    # -- run ------------------------------------------------------------------------
    def request(self) -> dict:
        qd = self.date.date()
        req = {"artist_name": self.artist.text().strip(), "target_countries": self.country_codes(),
               "platform": choices.value(self.platform),
               "planned_date": dt.date(qd.year(), qd.month(), qd.day()).isoformat()}
        w = self.weights()
        if len(set(w.values())) > 1:
            req["country_weights"] = w
        if self.account.currentData():
            req["account_id"] = self.account.currentData()
        return req

    def predict(self) -> None:
        req = self.request()
        self.error.clear_error()
        self.ctx.set_value("posting_time/countries", ",".join(req["target_countries"]))
        self.ctx.set_value("posting_time/platform", req["platform"])
        self.ctx.set_value("posting_time/artist", req["artist_name"])
        self.runner.start(lambda progress: engine.run("predict_posting_time", req, progress))

    def _on_error(self, msg: str) -> None:
        self.error.show_error(msg)

    def show_result(self, r: dict) -> None:
        self.response = r
        self.error.clear_error()
        when = dt.datetime.strptime(r["optimal_datetime_utc"], "%Y-%m-%dT%H:%M:%SZ")
        lo, hi = r.get("boost_interval", [None, None])
        # the audience's own clock first (the first country's most populous zone), UTC second
        first = next(iter(r.get("zones", {}).items()), None)
        local = ""
        if first:
            c, zones = first
            local = self.tr("{time} in {country} ({zone})").format(
                time=fmt.clock(zones[0]["local_time"]), country=self.shown_names.get(c, c), zone=zones[0]["abbreviation"])
        day = i18n.locale().toString(QDate(when.year, when.month, when.day), "ddd d MMM yyyy")
        self.summary.setText(
            "<span style='font-size:16pt'><b>" + (local or f"{r['optimal_time_utc']} UTC") + "</b></span>"
            + (f" &nbsp;·&nbsp; {r['optimal_time_utc']} UTC" if local else "")
            + " " + self.tr("on {day} &nbsp;·&nbsp; expected engagement <b>{boost}</b>").format(
                day=day, boost=fmt.multiplier(r['expected_engagement_boost']))
            + (f" ({fmt.multiplier(lo)}–{fmt.multiplier(hi)})" if lo is not None else "")
            + " " + self.tr("vs the average slot"))
        note = r.get("personal", {}).get("note") or ""
        self.basis.setText(lines(r.get("boost_basis", "")) + (self.tr("<br>{note}").format(note=lines(note)) if note else ""))
        self.breakdown.setRowCount(0)
        for c, zones in r.get("zones", {}).items():
            key = next(k for k in r["timezone_breakdown"] if k.startswith(c + "_"))
            row = self.breakdown.rowCount()
            self.breakdown.insertRow(row)
            others = "; ".join(f"{z['zone']} {z['abbreviation']} {fmt.clock(z['local_time'])} "
                               f"({fmt.percent(z['population_share'], 0)})" for z in zones)
            for j, v in enumerate([self.shown_names.get(c, c), zones[0]["abbreviation"], fmt.clock(r["timezone_breakdown"][key]), others]):
                item = QTableWidgetItem(v)
                item.setToolTip(v)
                self.breakdown.setItem(row, j, item)
        self.summary_sources.show_sources(r)
        self.heatmap_sources.show_sources(r)
        label_columns(self.breakdown, r, {3: "zones"})
        label_columns(self.top3, r, {2: "best_slots[].relative_engagement"})
        self.top3.setRowCount(0)
        for i, s in enumerate(r.get("best_slots", [])):
            self.top3.insertRow(i)
            local = ", ".join(f"{core_text.zone_key(k, self.shown_names)} {fmt.clock(v)}" for k, v in s["timezone_breakdown"].items())
            for j, v in enumerate([str(i + 1), s["time_utc"], fmt.multiplier(s['relative_engagement']), local]):
                self.top3.setItem(i, j, QTableWidgetItem(v))
        keep = self.view.currentText()
        self.view.blockSignals(True)
        self.view.clear()
        self.view.addItems(list(r.get("heatmap", {})))
        self.view.setCurrentIndex(max(self.view.findText(keep), 0))
        self.view.blockSignals(False)
        self.draw_heatmap()
        for b in (self.ics_button, self.json_button, self.csv_button, self.png_button):
            b.setEnabled(True)
        self.ctx.show_status(self.tr("Best slot {v0} UTC on {v1}").format(v0=r['optimal_time_utc'], v1=r['planned_date'])
                             + "".join(" — " + lines(n) for n in r.get("notes") or []))  # a day already past

    # -- heatmap ----------------------------------------------------------------------
    def current_heatmap(self) -> Optional[np.ndarray]:
        data = self.response.get("heatmap", {}).get(self.view.currentText())
        return None if data is None else np.asarray(data, dtype=float)

    def marker_position(self) -> Optional[tuple[float, float]]:
        """(hour, day row) of the best slot in the current view, from the response's local times."""
        r, view = self.response, self.view.currentText()
        if view == "UTC":
            t = dt.datetime.strptime(r["optimal_datetime_utc"], "%Y-%m-%dT%H:%M:%SZ")
            day, hh, mm = t.date(), t.hour, t.minute
        else:
            z = r["zones"][view][0]
            day = dt.date.fromisoformat(z["local_date"])
            hh, mm = (int(x) for x in z["local_time"].split(":"))
        row = (day - dt.date.fromisoformat(r["heatmap_week_start"][view])).days
        return (hh + mm / 60.0, row + 0.5) if 0 <= row < 7 else None

    def draw_heatmap(self) -> None:
        data = self.current_heatmap()
        if data is None:
            return
        self.image.setImage(data.T, levels=(float(data.min()), float(data.max())))
        self.image.setRect(0, 0, 24, 7)
        self.hover.setText(self.tr("dark {low} … bright {high} (hover a cell)").format(low=fmt.multiplier(float(data.min())),
                                                                               high=fmt.multiplier(float(data.max()))))
        pos = self.marker_position()
        self.marker.setData([pos[0]] if pos else [], [pos[1]] if pos else [])
        view = self.view.currentText()
        self.plot.setLabel("bottom", self.tr("hour (UTC)") if view == "UTC" else
                           self.tr("hour ({place} local, {zone})").format(
                               place=view, zone=self.response['zones'][view][0]['zone']))

    def _on_hover(self, pos) -> None:
        data = self.current_heatmap()
        if data is None:
            return
        p = self.plot.getViewBox().mapSceneToView(pos)
        h, d = int(np.floor(p.x())), int(np.floor(p.y()))
        if 0 <= h < 24 and 0 <= d < 7:
            self.hover.setText(f"{_day(d)} {h:02d}:00–{h:02d}:59 {self.view.currentText()}: "
                               f"{fmt.multiplier(float(data[d, h]))}")
        # the cell's value and where it comes from, as the chart's tool tip
        self.plot.getViewBox().setToolTip(self.cell_tip(d, h))

    def cell_tip(self, day: int, hour: int) -> str:
        """The hover text of the heatmap cell of row ``day`` (0 = the week's first day shown) and
        ``hour`` in the current view: the slot, its expected engagement over the average slot and
        where that comes from (the response's ``heatmap`` source); "" outside the grid."""
        data = self.current_heatmap()
        if data is None or not (0 <= hour < 24 and 0 <= day < 7):
            return ""
        return point_tip([f"{_day(day)} {hour:02d}:00–{hour:02d}:59 {self.view.currentText()}",
                          self.tr("expected engagement {value} (1 = the average slot)").format(
                              value=fmt.multiplier(float(data[day, hour])))],
                         covering(self.response, "heatmap"))

    # -- exports ----------------------------------------------------------------------
    def export_ics(self, path: str = "") -> None:
        if not self.response:
            return
        artist = self.artist.text().strip()
        platform = PLATFORM_LABELS.get(self.response["platform"], self.response["platform"])  # TikTok, not tiktok
        summary = (self.tr("Post {artist} on {platform}").format(artist=artist, platform=platform) if artist
                   else self.tr("Post on {platform}").format(platform=platform))

        def write(p):
            with open(p, "w", encoding="utf-8", newline="") as f:
                f.write(posting_time.ics_event(self.response, summary=summary))

        save_export(self, path, "Save calendar event", "post.ics", "iCalendar (*.ics)", write)

    def export_json(self, path: str = "") -> None:
        if not self.response:
            return
        save_export(self, path, "Export result", "posting_time.json", "JSON (*.json)",
                    lambda p: write_json(p, self.response))

    def export_csv(self, path: str = "") -> None:
        data = self.current_heatmap()
        if data is None:
            return

        def write(p):
            with open(p, "w", encoding="utf-8", newline="") as f:
                w = csv.writer(f)
                w.writerow([f"day/{self.view.currentText()}"] + [f"{h:02d}:00" for h in range(24)]
                           + ["source", "source_note"])
                origin = source_cells(self.response, "heatmap")
                for d, row in enumerate(data):
                    w.writerow([posting_time.DAYS[d]] + [f"{v:.4f}" for v in row] + origin)

        save_export(self, path, "Export heatmap", "posting_time_heatmap.csv", "CSV (*.csv)", write)

    def export_png(self, path: str = "") -> None:
        save_export(self, path, "Save heatmap", "posting_time_heatmap.png", "PNG (*.png)",
                    lambda p: self.plot.grab().save(p, "PNG"))

    def shutdown(self) -> None:
        self.runner.cancel()
        self.account.runner.cancel()
