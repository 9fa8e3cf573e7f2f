"""Captions: one caption in, a version per platform out (with a live character counter and a
Copy button each), ranked hashtags with checkboxes, and the comment-sentiment pane.

Every caption, score and hashtag comes from ``engine.run("optimize_caption", ...)``; the
counters measure the text in the boxes with ``core.caption_limits.measure`` (the platforms'
own counting rules, a measurement, not a prediction). Unticking a hashtag and pressing
"Use ticked hashtags" runs the capability again with exactly those tags.
"""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QGridLayout,
                               QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
                               QPushButton, QSpinBox, QTableWidgetItem, QTabWidget,
                               QVBoxLayout, QWidget)

from viralml_desktop.core import engine
from viralml_desktop.core.captions import measure
from viralml_desktop.core.schemas.common import split_list
from viralml_desktop.core.vocabulary import PLATFORM_LABELS, PLATFORMS
from viralml_desktop.core.encoding import write_json
from viralml_desktop.gui.comments_pane import FILE_EXTENSIONS as COMMENT_FILE_EXTENSIONS
from viralml_desktop.gui.comments_pane import CommentsPane
from viralml_desktop.gui import choices, core_text, fmt, source_text
from viralml_desktop.gui.context import AppContext
from viralml_desktop.gui.fonts import use_emoji_font
from viralml_desktop.gui.settings_dialog import default_countries
from viralml_desktop.gui.tabs.base import CapabilityTab
from viralml_desktop.gui.widgets import (AccountCombo, ErrorLabel, ProgressPanel, SourceStrip, boxed, label_columns,
                                        mark_core_text, readonly_table,
                                        save_export, splitter)
from viralml_desktop.gui.worker import TaskRunner

ALL = "all"
NO_ACCOUNT = QT_TRANSLATE_NOOP("captions", "(no history: published tables)")


def counter_text(text: str, platform: str) -> tuple[str, bool]:
    m = measure(text, platform)
    def tr(text: str) -> str:
        return QCoreApplication.translate("captions", text)

    unit = {"weighted": QT_TRANSLATE_NOOP("captions", "weighted chars"), "bytes": QT_TRANSLATE_NOOP("captions", "bytes"),
            "chars": QT_TRANSLATE_NOOP("captions", "chars")}[m["unit"]]
    unit = tr(unit)
    parts = []
    if platform == "youtube":
        parts.append(QCoreApplication.translate("captions", "title {n}/{limit}").format(
            n=m['title_length'], limit=m['title_limit']))
        parts.append(QCoreApplication.translate("captions", "description {n}/{limit} {unit}").format(
            n=m['length'], limit=m['limit'], unit=unit))
    else:
        parts.append(f"{m['length']}/{m['limit']} {unit}")
    cap = f"/{m['max_hashtags']}" if m["max_hashtags"] else ""
    parts.append(f"{m['hashtags']}{cap} hashtags")
    return " · ".join(parts), m["within_limits"]


class PlatformCard(QGroupBox):
    """One platform's caption: editable text, live counter, scores, Copy."""

    def __init__(self, platform: str, parent: Optional[QWidget] = None):
        super().__init__(PLATFORM_LABELS[platform], parent)
        self.platform = platform
        self.edit = QPlainTextEdit()
        self.edit.setPlaceholderText(self.tr("The caption for ") + PLATFORM_LABELS[platform] + self.tr(" appears here"))
        self.edit.setToolTip(self.tr("You may edit it; the counter follows the platform's own counting rules"))
        use_emoji_font(self.edit)  # colour emoji even where the system has no emoji font
        self.counter = QLabel("")
        self.counter.setWordWrap(True)  # a long counter wraps instead of widening the window
        self.scores = mark_core_text(QLabel(""))  # its tooltip carries core's basis sentence
        self.scores.setWordWrap(True)
        self.scores.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.notes = QLabel("")
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet("color: #555;")
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Put the {v0} caption on the clipboard").format(v0=PLATFORM_LABELS[platform]))
        self.copy_button.clicked.connect(self.copy)
        self.copy_button.setEnabled(False)
        self.edit.textChanged.connect(self.update_counter)
        top = QHBoxLayout()
        top.addWidget(self.counter, 1)
        top.addWidget(self.copy_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.edit, 1)
        lay.addLayout(top)
        lay.addWidget(self.scores)
        # where the scores' numbers come from (the response's sources)
        self.sources_strip = SourceStrip([(self.tr("reach"), "improvements.estimated_ctr_boost"),
                                          (self.tr("chance"), "improvements.hashtag_effectiveness"),
                                          (self.tr("mood"), "improvements.sentiment_score")], self)
        lay.addWidget(self.sources_strip)
        lay.addWidget(self.notes)
        self.update_counter()

    def update_counter(self) -> None:
        text, ok = counter_text(self.edit.toPlainText(), self.platform)
        self.counter.setText(text + ("" if ok else self.tr(" — over the limit")))
        self.counter.setStyleSheet("" if ok else "color: #b00020; font-weight: 600;")
        self.copy_button.setEnabled(bool(self.edit.toPlainText()))

    def show_response(self, r: dict) -> None:
        self.edit.setPlainText(r["optimized_caption"])
        imp = r["improvements"]
        lo, hi = imp.get("ctr_boost_80", [None, None])
        sent = (fmt.number(imp['sentiment_score'], 2) if imp.get("sentiment_available", True)
                else self.tr("unknown"))
        gain = imp['hashtag_effectiveness']
        self.scores.setText(
            self.tr("Reach with these hashtags {boost}").format(boost=fmt.multiplier(imp['estimated_ctr_boost']))
            + (" " + self.tr("(likely {lo}–{hi})").format(lo=fmt.multiplier(lo), hi=fmt.multiplier(hi))
               if lo is not None else "")
            + " · " + self.tr("{chance} chance they help").format(chance=fmt.percent(gain, 0))
            + " · " + self.tr("emoji: {placement}").format(placement=core_text.emoji_placement(imp['emoji_placement']))
            + " · " + self.tr("mood {sent} · language {language}").format(sent=sent, language=r.get('language', '?')))
        self.scores.setToolTip(self.tr("Hashtag lift basis: {basis}\nSentiment model: {model}\nLift = reach relative "
                                       "to posting without hashtags; the chance they help is the model's probability "
                                       "that the lift is above 1 (the hashtag model's card has the details)").format(
            basis=source_text.lines(imp.get('hashtag_basis', '')), model=imp.get('sentiment_model', '')))
        self.sources_strip.show_sources(r, [p for p in self.sources_strip.badges
                                            if "sentiment" not in p or imp.get("sentiment_available", True)])
        self.notes.setText("\n".join(r.get("notes", [])))

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.edit.toPlainText())


class Tab(CapabilityTab):
    # comment files dropped on the window or opened with File > Open go to the comment pane
    file_extensions = COMMENT_FILE_EXTENSIONS

    def handle_files(self, paths: list[str]) -> bool:
        if self.comments.handle_files(paths):
            self.inner.setCurrentWidget(self.comments)
            return True
        return False

    def __init__(self, ctx: AppContext, parent: Optional[QWidget] = None):
        super().__init__(ctx, parent)
        self.results: dict[str, dict] = {}
        self.runner = TaskRunner(self)
        self.runner.result.connect(self.show_results)
        self.runner.error.connect(lambda m: self.error.show_error(m))
        self.error = ErrorLabel()

        # -- inputs ----------------------------------------------------------------
        self.caption = QPlainTextEdit(str(ctx.value("captions/caption", "")))
        self.caption.setPlaceholderText(self.tr("Nueva Vida - Stakas\nor any caption, in Spanish or English"))
        self.caption.setToolTip(self.tr("Your caption as you would write it; it is never translated"))
        self.caption.setMaximumHeight(120)
        use_emoji_font(self.caption)
        self.input_count = QLabel("")
        self.caption.textChanged.connect(
            lambda: self.input_count.setText(self.tr("{v0} characters").format(v0=len(self.caption.toPlainText()))))
        self.artist = QLineEdit(str(ctx.value("captions/artist", "")))
        self.artist.setPlaceholderText(self.tr("name or @handle (else from 'Title - Artist')"))
        self.song = QLineEdit(str(ctx.value("captions/song", "")))
        self.song.setPlaceholderText(self.tr("song title (else from 'Title - Artist')"))
        self.genre = choices.genre_combo(str(ctx.value("captions/genre", "trap")))
        self.genre.setToolTip(self.tr("Genre of the audience: drives the genre hashtags and emoji"))
        self.age_min, self.age_max = QSpinBox(), QSpinBox()
        for s, v in ((self.age_min, 18), (self.age_max, 30)):
            s.setRange(13, 99)
            s.setValue(int(ctx.value(f"captions/age_{'min' if s is self.age_min else 'max'}", v)))
        self.countries = QLineEdit(str(ctx.value("captions/countries", default_countries(ctx).replace(",", ", "))))
        self.countries.setPlaceholderText(self.tr("ISO codes, e.g. US, MX, PR"))
        self.account = AccountCombo(QCoreApplication.translate("captions", NO_ACCOUNT), "captions/account", ctx)
        self.account.setToolTip(self.tr("Imported post history (Account health): hashtag lift learned from it"))
        self.platform = QComboBox()
        self.platform.addItem(self.tr("All four side by side"), ALL)
        for p in PLATFORMS:
            self.platform.addItem(PLATFORM_LABELS[p], p)
        self.platform.setCurrentIndex(max(self.platform.findData(ctx.value("captions/platform", ALL)), 0))
        self.platform.currentIndexChanged.connect(self._layout_cards)
        self.emoji = QCheckBox(self.tr("Add emoji"))
        self.emoji.setChecked(True)
        self.run_button = QPushButton(self.tr("Optimise caption"))
        self.run_button.setToolTip(self.tr("Ctrl+Return"))
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(lambda: self.optimise())

        form = QFormLayout()
        form.addRow(self.tr("Caption"), self.caption)
        form.addRow("", self.input_count)
        form.addRow(self.tr("Artist"), self.artist)
        form.addRow(self.tr("Song title"), self.song)
        aud = QGroupBox(self.tr("Audience"))
        af = QFormLayout(aud)
        af.addRow(self.tr("Genre"), self.genre)
        ages = QHBoxLayout()
        ages.addWidget(self.age_min)
        ages.addWidget(QLabel(self.tr("to")))
        ages.addWidget(self.age_max)
        af.addRow(self.tr("Age"), ages)
        af.addRow(self.tr("Countries"), self.countries)
        form.addRow(aud)
        form.addRow(self.tr("History"), self.account)
        form.addRow(self.tr("Platform"), self.platform)
        form.addRow("", self.emoji)

        # -- hashtags ---------------------------------------------------------------
        self.tags = readonly_table([self.tr("Hashtag"), self.tr("Score"), self.tr("Expected lift (80%)"), self.tr("Basis"), self.tr("From")], fit_contents=True)
        self.tags.setToolTip(self.tr("Ranked by expected lift (score = lift/(1+lift); 0.5 = no change). "
                             "Tick the ones to use, then 'Use ticked hashtags'."))
        self.apply_tags = QPushButton(self.tr("Use ticked hashtags"))
        self.apply_tags.setEnabled(False)
        self.apply_tags.clicked.connect(lambda: self.optimise(self.checked_tags()))
        self.export_button = QPushButton(self.tr("Export JSON…"))
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(lambda: self.export_json())
        tag_box = QGroupBox(self.tr("Ranked hashtags"))
        tl = QVBoxLayout(tag_box)
        tl.addWidget(self.tags)
        tb = QHBoxLayout()
        tb.addWidget(self.apply_tags)
        tb.addStretch(1)
        tb.addWidget(self.export_button)
        tl.addLayout(tb)

        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.run_button)
        left.addWidget(tag_box, 1)
        left_w = boxed(left)
        left_w.setMinimumWidth(380)
        left_w.setMaximumWidth(520)

        # -- platform cards ---------------------------------------------------------
        self.cards = {p: PlatformCard(p) for p in PLATFORMS}
        self.cards_w = QWidget()
        self.grid = QGridLayout(self.cards_w)
        self.progress = ProgressPanel(self.runner)
        right = QVBoxLayout()
        right.addWidget(self.progress)
        right.addWidget(self.error)
        right.addWidget(self.cards_w, 1)
        split = splitter(left_w, boxed(right), stretch=(0, 1))
        # Ctrl+Return optimises while the caption page shows; the comment page has its own (analyze):
        # bound to the page (inactive while it is hidden), the two never collide
        QShortcut(QKeySequence("Ctrl+Return"), split, activated=lambda: self.optimise())

        self.comments = CommentsPane(ctx)
        self.inner = QTabWidget()
        self.inner.addTab(split, self.tr("Caption and hashtags"))
        self.inner.addTab(self.comments, self.tr("Comment sentiment"))
        QVBoxLayout(self).addWidget(self.inner)
        self._layout_cards()
        self.refresh_accounts()

    # -- layout -------------------------------------------------------------------------
    def selected_platforms(self) -> list[str]:
        p = self.platform.currentData()
        return list(PLATFORMS) if p == ALL else [p]

    def _layout_cards(self) -> None:
        for card in self.cards.values():
            self.grid.removeWidget(card)
            card.hide()
        for i, p in enumerate(self.selected_platforms()):
            self.grid.addWidget(self.cards[p], i // 2, i % 2)
            self.cards[p].show()

    # -- accounts -----------------------------------------------------------------------
    def refresh_accounts(self) -> None:
        self.account.refresh()

    # -- run ------------------------------------------------------------------------------
    def request(self, platform: str, hashtags: Optional[list[str]] = None) -> dict:
        countries = [c.strip().upper() for c in split_list(self.countries.text())]
        req = {"base_caption": self.caption.toPlainText(), "platform": platform,
               "target_audience": {"genre": choices.value(self.genre),
                                   "age_range": [self.age_min.value(), max(self.age_min.value(), self.age_max.value())],
                                   "countries": countries},
               "artist": self.artist.text().strip(), "song_title": self.song.text().strip(),
               "emoji": self.emoji.isChecked()}
        if self.account.currentData():
            req["account_id"] = self.account.currentData()
        if hashtags is not None:
            req["hashtags"] = hashtags
        return req

    def _remember(self) -> None:
        for key, value in (("caption", self.caption.toPlainText()), ("artist", self.artist.text()),
                           ("song", self.song.text()), ("genre", choices.value(self.genre)),
                           ("countries", self.countries.text()), ("platform", self.platform.currentData()),
                           ("age_min", self.age_min.value()), ("age_max", self.age_max.value()),
                           ("account", self.account.currentData() or "")):
            self.ctx.set_value(f"captions/{key}", value)

    def optimise(self, hashtags: Optional[list[str]] = None) -> None:
        self.error.clear_error()
        self._remember()
        reqs = {p: self.request(p, hashtags) for p in self.selected_platforms()}

        def work(progress):
            out = {}
            for i, (p, req) in enumerate(reqs.items()):
                out[p] = engine.run("optimize_caption", req, progress.sub(i / len(reqs), (i + 1) / len(reqs)))
            return out

        self.runner.start(work)

    def show_results(self, results: dict) -> None:
        self.results = results
        self.error.clear_error()
        for p, r in results.items():
            self.cards[p].show_response(r)
        first = results[next(iter(results))]
        self.fill_tags(first["hashtags_ranked"])
        label_columns(self.tags, first, {1: "hashtags_ranked[].score", 2: "hashtags_ranked[].expected_lift"})
        self.export_button.setEnabled(True)
        self.ctx.show_status(self.tr("Captions ready for {v0}").format(v0=', '.join(PLATFORM_LABELS[p] for p in results)))

    def fill_tags(self, ranked: list[dict]) -> None:
        self.tags.setRowCount(0)
        for i, row in enumerate(ranked):
            self.tags.insertRow(i)
            tag = QTableWidgetItem(row["tag"])
            tag.setFlags(tag.flags() | Qt.ItemIsUserCheckable)
            tag.setCheckState(Qt.Checked if row.get("selected") else Qt.Unchecked)
            if row.get("platform_advises_against"):
                tag.setToolTip(self.tr("The platform advises against this generic tag"))
            lo, hi = row.get("lift_80") or (None, None)
            lift = (QTableWidgetItem(f"{fmt.multiplier(row['expected_lift'])} "
                                     f"({fmt.multiplier(lo)}–{fmt.multiplier(hi)})") if lo is not None
                    else QTableWidgetItem(self.tr("no evidence")))
            cells = [tag, QTableWidgetItem(fmt.number(row['score'], 2)), lift,
                     QTableWidgetItem(self._basis_words().get(row["basis"], row["basis"] or "") + (", " + self.tr("{n} posts").format(n=row['n_posts'])
                                                           if row["n_posts"] else "")),
                     QTableWidgetItem(self._source_words().get(row["source"], row["source"]))]
            for j, c in enumerate(cells):
                self.tags.setItem(i, j, c)
        self.apply_tags.setEnabled(bool(ranked))

    def _basis_words(self) -> dict[str, str]:
        """What a hashtag's score rests on (core's ``basis``), in words."""
        return {"relevance": self.tr("relevance"), "history": self.tr("your history"),
                "table prior": self.tr("table prior"), "no evidence": self.tr("no evidence")}

    def _source_words(self) -> dict[str, str]:
        """Where a hashtag candidate came from (core's ids), in words."""
        return {"caption": self.tr("caption"), "artist": self.tr("artist"), "song": self.tr("song"),
                "genre": self.tr("genre"), "history": self.tr("your history"), "genre_related": self.tr("related genre"),
                "language": self.tr("language"), "country": self.tr("country"), "keyword": self.tr("keyword")}

    def checked_tags(self) -> list[str]:
        return [self.tags.item(r, 0).text() for r in range(self.tags.rowCount())
                if self.tags.item(r, 0).checkState() == Qt.Checked]

    # -- export -----------------------------------------------------------------------------
    def export_json(self, path: Optional[str] = None) -> Optional[str]:
        return save_export(self, path, "Export captions", "captions.json", "JSON (*.json)",
                           lambda p: write_json(p, self.results))

    def shutdown(self) -> None:
        for r in (self.runner, self.account.runner):
            r.shutdown(5000)
        if hasattr(self.comments, "shutdown"):
            self.comments.shutdown()
