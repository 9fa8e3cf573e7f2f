"""Comment sentiment pane (embedded in the Captions tab): paste comments or open a CSV/text
file, get each comment's language, sentiment and score, the distribution as a chart, the most
positive and most negative comments and the top emoji, and export them.

Every figure comes from ``engine.run("analyze_comments", ...)`` in a worker thread; a file is
read and analyzed by one core job (``core/captions/jobs.analyze_comments_file``). This pane
only lays out.
"""
from __future__ import annotations

import csv
import html
from pathlib import Path
from typing import Any, Optional

import pyqtgraph as pg
from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QGroupBox, QHBoxLayout, QHeaderView,
                               QLabel, QPlainTextEdit, QPushButton, QTableView, QVBoxLayout, QWidget)

from viralml_desktop.core import engine, sources
from viralml_desktop.core.captions import (COMMENT_FILE_EXTENSIONS, analyze_comments_file, comments_from_text,
                                           read_comments)
from viralml_desktop.core.encoding import write_json
from viralml_desktop.gui import core_text, fmt
from viralml_desktop.gui.fonts import use_emoji_font
from viralml_desktop.gui.import_dialog import ImportDialog, preview_enabled
from viralml_desktop.gui.chart_tips import BarTips, covering, point_tip
from viralml_desktop.gui.widgets import (DropZone, ErrorLabel, ProgressPanel, SourceStrip, boxed, save_export,
                                        source_cells, source_texts, splitter)
from viralml_desktop.gui.worker import TaskRunner

FILE_EXTENSIONS = COMMENT_FILE_EXTENSIONS
ORDER = ("negative", "neutral", "positive")
COLOURS = {"negative": "#d64545", "neutral": "#9aa0a6", "positive": "#2e9d57"}
TINTS = {"negative": "#fbe3e3", "neutral": "#f1f3f4", "positive": "#e0f4e7"}
COLUMNS = ("#", "comment", "language", "sentiment", "score")
#: the table's derived columns and the field paths whose ``sources`` entries say where they come from
COLUMN_SOURCES = {2: "results[].language", 3: "results[].sentiment", 4: "results[].score"}
#: the held-out macro-F1 of the shipped sentiment models for a comment of each language
F1_KEYS = {"es": "macro_f1_es", "en": "macro_f1_en"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("CommentsPane", text)


def _language(code: str) -> str:
    """A comment's language code (``es``, ``en``, ``und``) in words."""
    return {"es": _tr("Spanish"), "en": _tr("English"), "und": _tr("undetermined")}.get(code, code)


def column_titles() -> tuple[str, ...]:
    """The table's column titles in the interface language."""
    return ("#", _tr("comment"), _tr("language"), _tr("sentiment"), _tr("score"))


def language_f1(response: Optional[dict], language: str) -> Optional[float]:
    """The shipped sentiment models' held-out macro-F1 on comments of ``language`` (None when the
    response has none for it: another language, or a user's own model answered)."""
    key = F1_KEYS.get(language)
    value = ((response or {}).get("held_out_macro_f1") or {}).get(key) if key else None
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _analyze_column(path: str, column: str, progress) -> dict:
    """The worker's job for a comment file whose column the user chose in the import preview."""
    comments = read_comments(path, column)
    progress.update(0.0, f"read {len(comments)} comments from {Path(path).name}")
    return engine.run("analyze_comments", {"comments": comments}, progress)


class ResultsModel(QAbstractTableModel):
    """The per-comment results, for a QTableView (fast for 100,000 rows).

    Each derived column's header says where its values come from: the title, then the short
    source label of the response's ``sources`` entry (:data:`COLUMN_SOURCES`) on a second line,
    and the entry in plain words as the header's tooltip; the sentiment column adds the models'
    held-out macro-F1 per language."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[dict] = []
        self.response: Optional[dict] = None
        self.titles = column_titles()
        self.headers: dict[int, tuple[str, str]] = {}  # column -> (short label, tooltip)

    def set_rows(self, rows: list[dict]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def set_response(self, response: Optional[dict]) -> None:
        """Show ``response["results"]`` and label the columns from its ``sources`` (None empties)."""
        self.response = response
        self.headers = {}
        for col, path in COLUMN_SOURCES.items():
            label, tip = source_texts(sources.covering((response or {}).get("sources") or {}, path))
            if label and col == 3:
                f1 = [(lang, language_f1(response, lang)) for lang in F1_KEYS]
                f1 = [(lang, v) for lang, v in f1 if v is not None]
                if f1:
                    tip += "\n" + _tr("Held-out macro-F1 by language (1 = perfect): {figures}").format(
                        figures=", ".join(f"{_language(lang)} {fmt.number(v, 2)}" for lang, v in f1))
            if label:
                self.headers[col] = (label, tip)
        self.set_rows((response or {}).get("results") or [])
        self.headerDataChanged.emit(Qt.Horizontal, 0, len(COLUMNS) - 1)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if orientation != Qt.Horizontal:
            return None
        label, tip = self.headers.get(section, ("", ""))
        if role == Qt.DisplayRole:
            return f"{self.titles[section]}\n{label}" if label else self.titles[section]
        if role == Qt.ToolTipRole:
            return tip or None
        return None

    def data(self, index, role=Qt.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r, col = self.rows[index.row()], index.column()
        if role == Qt.DisplayRole:
            return (str(index.row() + 1), r["text"].replace("\n", " ")[:500], r["language"],
                    core_text.sentiment(r["sentiment"]), f"{r['score']:+.3f}")[col]
        if role == Qt.UserRole:  # sort key
            return (index.row(), r["text"], r["language"], ORDER.index(r["sentiment"]), r["score"])[col]
        if role == Qt.BackgroundRole and col == 3:
            return QColor(TINTS[r["sentiment"]])
        if role == Qt.ToolTipRole:
            if col == 1:
                return r["text"][:2000]
            if col == 3:
                f1 = language_f1(self.response, r["language"]) if r.get("model") != "none" else None
                return (_tr("{model}; held-out macro-F1 on {language} comments {f1}").format(
                    model=r.get("model", ""), language=_language(r["language"]), f1=fmt.number(f1, 2))
                        if f1 is not None else r.get("model", ""))
            if col == 4:
                p = r.get("probabilities") or {}
                return (_tr("p(positive) − p(negative), by {model}").format(model=r.get("model", ""))
                        + (": " + ", ".join(f"{core_text.sentiment(k)} {fmt.number(v, 2)}" for k, v in p.items())
                           if p else ""))
        if role == Qt.TextAlignmentRole and col in (0, 2, 3, 4):
            return int(Qt.AlignCenter)
        return None


class SentimentFilter(QSortFilterProxyModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.sentiment = ""
        self.setSortRole(Qt.UserRole)

    def set_sentiment(self, value: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.9
            self.beginFilterChange()
            self.sentiment = value
            self.endFilterChange()
        else:
            self.sentiment = value
            self.invalidateFilter()

    def filterAcceptsRow(self, row, parent) -> bool:  # noqa: N802
        if not self.sentiment:
            return True
        return self.sourceModel().rows[row]["sentiment"] == self.sentiment


class CommentsPane(QWidget):
    file_extensions = FILE_EXTENSIONS

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.response: Optional[dict] = None
        self.source = ""
        self.import_dialog: Optional[ImportDialog] = None  # the open import preview, if any
        self.runner = TaskRunner(self)
        self.runner.result.connect(self.show_result)
        self.runner.error.connect(self._on_error)
        self.runner.cancelled.connect(lambda: self.analyze_button.setEnabled(True))

        # -- input ----------------------------------------------------------------
        self.input = QPlainTextEdit()
        self.input.setPlaceholderText(self.tr("Paste comments here, one per line (Spanish or English; emoji welcome)"))
        self.input.setToolTip(self.tr("One comment per line. Ctrl+Return analyzes them."))
        use_emoji_font(self.input)
        self.drop = DropZone(self.tr("Drop a CSV or text file of comments here, or click to choose one"),
                             FILE_EXTENSIONS,
                             dialog_filter=self.tr("Comments (") + " ".join("*" + e for e in FILE_EXTENSIONS) + ")")
        self.drop.setToolTip(self.tr("CSV/TSV, Excel, ODS or JSON: the column named comment, text, comentario… (or the "
                             "only column); .txt: one comment per line. Any encoding."))
        self.drop.filesDropped.connect(self.handle_files)
        self.analyze_button = QPushButton(self.tr("Analyze comments"))
        self.analyze_button.setToolTip(self.tr("Sentiment of each pasted comment (Ctrl+Return)"))
        self.analyze_button.clicked.connect(self.analyze_pasted)
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Empty the box and the results"))
        self.clear_button.clicked.connect(self.clear)
        self.progress = ProgressPanel(self.runner)
        self.error = ErrorLabel()
        QShortcut(QKeySequence("Ctrl+Return"), self, self.analyze_pasted, context=Qt.WidgetWithChildrenShortcut)

        buttons = QHBoxLayout()
        buttons.addWidget(self.analyze_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.input, 1)
        left.addWidget(self.drop)
        left.addLayout(buttons)
        left.addWidget(self.progress)
        left.addWidget(self.error)
        left_w = boxed(left)

        # -- summary -----------------------------------------------------------------
        self.summary = QLabel(self.tr("No comments analyzed yet."))
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.RichText)
        self.chart = pg.PlotWidget()
        self.chart.setBackground("w")
        self.chart.setMouseEnabled(False, False)
        self.chart.hideButtons()
        self.chart.setLabel("left", self.tr("comments"))
        self.chart.getAxis("bottom").setTicks([[(i, core_text.sentiment(c)) for i, c in enumerate(ORDER)]])
        self.chart.setMinimumHeight(150)
        self.chart.setToolTip(self.tr("How many comments the model judged negative, neutral and positive"))
        self.bar_items: list = []
        self.bar_tips = BarTips(self.chart, 0.6, self)  # hovering a bar: its count and where it comes from
        self.emoji_label = QLabel("")
        self.emoji_label.setWordWrap(True)
        self.emoji_label.setToolTip(self.tr("Most used emoji: uses, and the mean sentiment score of the comments holding it"))
        self.extremes = QLabel("")
        self.extremes.setProperty("coreText", True)  # the comments' own words
        self.extremes.setWordWrap(True)
        self.extremes.setTextFormat(Qt.RichText)
        self.extremes.setTextInteractionFlags(Qt.TextSelectableByMouse)
        # where the summary's numbers come from (the response's sources)
        self.sources_strip = SourceStrip([(self.tr("each comment"), "results"), (self.tr("counts"), "distribution"),
                                          (self.tr("mean score"), "mean_score"),
                                          (self.tr("accuracy"), "held_out_macro_f1")])
        self.emoji_sources = SourceStrip([(self.tr("emoji"), "top_emoji")])
        self.extremes_sources = SourceStrip([(self.tr("most positive and negative"), "most_positive")])
        right = QVBoxLayout()
        right.addWidget(self.summary)
        right.addWidget(self.sources_strip)
        right.addWidget(self.chart, 1)
        right.addWidget(self.emoji_label)
        right.addWidget(self.emoji_sources)
        right.addWidget(self.extremes)
        right.addWidget(self.extremes_sources)
        summary_box = QGroupBox(self.tr("Summary"))
        summary_box.setLayout(right)

        top = splitter(left_w, summary_box, stretch=(1, 1))

        # -- table -----------------------------------------------------------------------
        self.model = ResultsModel(self)
        self.proxy = SentimentFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        use_emoji_font(self.table)  # comments are full of emoji
        h = self.table.horizontalHeader()
        h.setSectionResizeMode(QHeaderView.ResizeToContents)
        h.setSectionResizeMode(1, QHeaderView.Stretch)
        self.filter = QComboBox()
        self.filter.addItem(self.tr("all comments"), "")
        for c in reversed(ORDER):
            self.filter.addItem(self.tr("{c} only").format(c=core_text.sentiment(c)), c)
        self.filter.setToolTip(self.tr("Show only one sentiment"))
        self.filter.currentIndexChanged.connect(lambda _i: self.proxy.set_sentiment(self.filter.currentData()))
        self.export_csv_button = QPushButton(self.tr("Export CSV…"))
        self.export_csv_button.setToolTip(self.tr("Each comment with its language, sentiment and score"))
        self.export_csv_button.clicked.connect(lambda: self.export_csv())
        self.export_json_button = QPushButton(self.tr("Export JSON…"))
        self.export_json_button.setToolTip(self.tr("The whole analysis (results, distribution, emoji, extremes)"))
        self.export_json_button.clicked.connect(lambda: self.export_json())
        self.export_png_button = QPushButton(self.tr("Save chart PNG…"))
        self.export_png_button.clicked.connect(lambda: self.export_png())
        for b in (self.export_csv_button, self.export_json_button, self.export_png_button):
            b.setEnabled(False)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Show:")))
        bar.addWidget(self.filter)
        bar.addStretch(1)
        for b in (self.export_csv_button, self.export_json_button, self.export_png_button):
            bar.addWidget(b)
        table_w = QWidget()
        tl = QVBoxLayout(table_w)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addLayout(bar)
        tl.addWidget(self.table, 1)

        QVBoxLayout(self).addWidget(splitter(top, table_w, stretch=(2, 3), orientation=Qt.Vertical))

    # -- input ---------------------------------------------------------------------------
    def accepts(self, path: str) -> bool:
        return path.lower().endswith(FILE_EXTENSIONS)

    def handle_files(self, paths: list[str]) -> bool:
        """Analyze the first comments file among ``paths`` (drop, dialog, or forwarded by the tab)."""
        for p in paths:
            if self.accepts(p):
                self.analyze_file(p)
                return True
        return False

    def analyze_pasted(self) -> None:
        comments = comments_from_text(self.input.toPlainText())
        if not comments:
            self.error.show_error(self.tr("Paste at least one comment (one per line), or open a CSV or text file."))
            return
        self._start(self.tr("the pasted text"), engine.run, "analyze_comments", {"comments": comments})

    def analyze_file(self, path: str) -> None:
        self.ctx.add_recent(path)
        self.ctx.set_value("comments/last_dir", str(Path(path).parent))
        if preview_enabled(self.ctx):  # the import preview: the comments as read, the column to read
            if self.import_dialog is not None:
                self.import_dialog.close()
            self.import_dialog = d = ImportDialog(path, "comments", self.ctx, parent=self)
            d.accepted.connect(lambda: self._analyze_previewed(path, d.answers().get("column")))
            d.open()
            return
        self._start(Path(path).name, analyze_comments_file, path)

    def _analyze_previewed(self, path: str, column: Optional[str]) -> None:
        if column:
            self._start(Path(path).name, _analyze_column, path, column)
        else:
            self._start(Path(path).name, analyze_comments_file, path)

    def _start(self, source: str, job, *args) -> None:
        self.error.clear_error()
        self.source = source
        self.analyze_button.setEnabled(False)
        self.runner.start(job, *args)

    def _on_error(self, msg: str) -> None:
        self.analyze_button.setEnabled(True)
        self.error.show_error(msg)

    def clear(self) -> None:
        self.runner.cancel()
        self.input.clear()
        self.response = None
        self.model.set_response(None)
        self._draw_bars({c: 0 for c in ORDER})
        self.summary.setText(self.tr("No comments analyzed yet."))
        self.emoji_label.clear()
        self.extremes.clear()
        for strip in (self.sources_strip, self.emoji_sources, self.extremes_sources):
            strip.clear()
        self.error.clear_error()
        self.progress.reset()  # no "100 % … analyzed" over an empty pane
        for b in (self.export_csv_button, self.export_json_button, self.export_png_button):
            b.setEnabled(False)

    # -- results -------------------------------------------------------------------------
    def show_result(self, out: dict) -> None:
        self.analyze_button.setEnabled(True)
        self.response = out
        self.model.set_response(out)
        dist = out["distribution"]
        n = len(out["results"])
        self._draw_bars(dist)
        f1 = out.get("held_out_macro_f1", {})
        langs = ", ".join(f"{k} {v}" for k, v in sorted(out.get("languages", {}).items(), key=lambda kv: -kv[1]))
        shares = " · ".join(f"<span style='color:{COLOURS[c]}'><b>{core_text.sentiment(c)}</b> {dist[c]} "
                            f"({100 * dist[c] / n:.0f}%)</span>" for c in reversed(ORDER))
        mean = out.get("mean_score")
        accuracy = ""
        if f1:
            accuracy = ("<br><small>" + self.tr("Accuracy of these models on comments they never saw "
                                                  "(macro-F1, 1 = perfect): ")
                        + ", ".join(f"{k.replace('macro_f1_', '')} {fmt.number(v, 2)}" for k, v in f1.items())
                        + "</small>")
        self.summary.setText(
            self.tr("<b>{n} comments</b> from {v1} — {shares}<br>").format(n=n, v1=html.escape(self.source), shares=shares)
            + (self.tr("mean score {mean:+.2f} · ").format(mean=mean) if mean is not None else "")
            + self.tr("languages: {v0}").format(v0=html.escape(langs))
            + (self.tr(" · {v0} empty").format(v0=out['empty_comments']) if out.get("empty_comments") else "")
            + accuracy)
        emoji = out.get("top_emoji", [])
        self.emoji_label.setText(
            (self.tr("Top emoji: ") + "   ".join(f"{e['emoji']} ×{e['count']} ({e['mean_score']:+.2f})" for e in emoji))
            if emoji else self.tr("No emoji in these comments."))

        def listing(title, items):
            if not items:
                return f"<b>{title}:</b> " + self.tr("none")
            rows = "".join(f"<li>{html.escape(x['text'][:160])} <small>({x['score']:+.2f})</small></li>"
                           for x in items)
            return f"<b>{title}:</b><ol style='margin:0'>{rows}</ol>"

        self.extremes.setText(listing(self.tr("Most positive"), out.get("most_positive", []))
                              + listing(self.tr("Most negative"), out.get("most_negative", [])))
        self.sources_strip.show_sources(out, ["results", "distribution"] + (["mean_score"] if mean is not None else [])
                                        + (["held_out_macro_f1"] if f1 else []))
        self.emoji_sources.show_sources(out, ["top_emoji"] if emoji else [])
        self.extremes_sources.show_sources(out, ["most_positive"] if out.get("most_positive") else [])
        for b in (self.export_csv_button, self.export_json_button, self.export_png_button):
            b.setEnabled(True)
        self.ctx.show_status(self.tr("Comment sentiment: {n} comments, {v1} positive, {v2} negative").format(n=n, v1=dist['positive'], v2=dist['negative']))

    def _draw_bars(self, dist: dict) -> None:
        for item in self.bar_items:
            self.chart.removeItem(item)
        self.bar_items = []
        for i, c in enumerate(ORDER):
            bar = pg.BarGraphItem(x=[i], height=[dist.get(c, 0)], width=0.6, brush=COLOURS[c], pen=None)
            self.chart.addItem(bar)
            self.bar_items.append(bar)
        n = sum(dist.get(c, 0) for c in ORDER)
        entry = covering(self.response, "distribution")
        self.bar_tips.set_bars(range(len(ORDER)) if self.response else [], [
            point_tip([self.tr("{sentiment}: {n} of {total} comments ({share})").format(
                sentiment=core_text.sentiment(c), n=dist.get(c, 0), total=n,
                share=fmt.percent(dist.get(c, 0) / n if n else 0.0, 0))], entry) for c in ORDER])
        top = max([dist.get(c, 0) for c in ORDER] + [1])
        self.chart.setYRange(0, top * 1.1, padding=0)
        self.chart.setXRange(-0.6, 2.6, padding=0)

    # -- export ----------------------------------------------------------------------------
    def _export(self, title: str, name: str, filt: str, path: str, write) -> None:
        """Ask for a path (unless given) and let ``write(path)`` save the current analysis there."""
        if not self.response:
            return
        start = str(Path(self.ctx.value("comments/last_dir", "") or ".") / name)
        save_export(self, path, title, start, filt, write)

    def export_csv(self, path: str = "") -> None:
        def write(p):
            with open(p, "w", encoding="utf-8-sig", newline="") as f:
                w = csv.writer(f)
                # each derived column with its source: a short label and the entry in one line
                w.writerow(["index", "text", "language", "sentiment", "score", "model", "language_source",
                            "language_source_note", "sentiment_source", "sentiment_source_note", "score_source",
                            "score_source_note"])
                language = source_cells(self.response, "results[].language")
                sentiment = source_cells(self.response, "results[].sentiment")
                score = source_cells(self.response, "results[].score")
                for i, r in enumerate(self.response["results"]):
                    f1 = language_f1(self.response, r["language"]) if r.get("model") != "none" else None
                    said = sentiment[1] + (f"; held-out macro-F1 on {r['language']} comments = {f1:.4g}"
                                           if f1 is not None and sentiment[1] else "")
                    w.writerow([i, r["text"], r["language"], r["sentiment"], r["score"], r.get("model", ""),
                                *language, sentiment[0], said, *score])

        self._export("Export comment sentiment", "comment_sentiment.csv", "CSV (*.csv)", path, write)

    def export_json(self, path: str = "") -> None:
        self._export("Export comment sentiment", "comment_sentiment.json", "JSON (*.json)", path,
                     lambda p: write_json(p, self.response))

    def export_png(self, path: str = "") -> None:
        self._export("Save chart", "comment_sentiment.png", "PNG (*.png)", path,
                     lambda p: self.chart.grab().save(p, "PNG"))

    def shutdown(self) -> None:
        self.runner.shutdown()
