"""Thumbnail studio: score a thumbnail, see true improvements before/after, rank it against
competitors, pick thumbnails from a video, score a folder, fit a personal channel model.

Every job is one core function of ``core/thumbnails/studio.py`` (score with its before/after
preview, folder batch, frames from a video, channel model) run by ``runner.start(job, args)``;
this module only lays the results out (batch rows as each one finishes).
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QKeySequence, QPainter, QPixmap, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QButtonGroup, QCheckBox, QFileDialog, QGridLayout,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QFrame, QPushButton, QRadioButton, QScrollArea, QSizePolicy, QSlider, QTableWidget,
                               QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from viralml_desktop.cli import say_error
from viralml_desktop.core.encoding import write_json
from viralml_desktop.core.errors import ViralMLError
from viralml_desktop.core.thumbnails import studio
from viralml_desktop.gui import choices, fmt, i18n
from viralml_desktop.gui.source_text import lines
from viralml_desktop.gui.context import AppContext
from viralml_desktop.gui.import_dialog import ImportDialog, preview_enabled
from viralml_desktop.gui.settings_dialog import default_platform
from viralml_desktop.gui.tabs.base import CapabilityTab
from viralml_desktop.gui.widgets import (DropZone, ErrorLabel, ProgressPanel, SourceStrip, bgr_to_pixmap, fit_header_widths,
                                         label_columns, mark_core_text, save_export, splitter)
from viralml_desktop.gui.worker import TaskRunner

IMAGE_FILTER = "Images (" + " ".join(f"*{e}" for e in studio.SAVE_EXTENSIONS) + ")"  # what save_image writes

GRID_ICON = QSize(240, 135)


class CompareView(QWidget):
    """Before and after, side by side or as a wipe with a slider (display only)."""

    changed = Signal()

    def __init__(self, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.before: Optional[QPixmap] = None
        self.after: Optional[QPixmap] = None
        self.before_text = self.after_text = ""
        self.mode = "side"
        self.placeholder = self.tr("Drop a thumbnail (PNG, JPG or WebP), a folder of them or a video here")  # no image yet
        self.split = 0.5
        self.setMinimumSize(360, 200)
        self.setToolTip(self.tr("Before (left) and after the improvements. Switch to the slider to wipe between them."))

    def set_images(self, before: Optional[QPixmap], after: Optional[QPixmap], before_text: str = "",
                   after_text: str = "") -> None:
        self.before, self.after = before, after
        self.before_text, self.after_text = before_text, after_text
        self.update()
        self.changed.emit()

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.update()

    def set_split(self, value: int) -> None:
        self.split = value / 100.0
        self.update()

    def _fit(self, pm: QPixmap, area: QRect) -> QRect:
        s = pm.size().scaled(area.size(), Qt.KeepAspectRatio)
        return QRect(area.x() + (area.width() - s.width()) // 2, area.y() + (area.height() - s.height()) // 2,
                     s.width(), s.height())

    def _caption(self, p: QPainter, r: QRect, text: str) -> None:
        if text:
            box = QRect(r.x() + 6, r.y() + 6, min(r.width() - 12, 9 * len(text) + 12), 22)
            p.fillRect(box, QColor(0, 0, 0, 170))
            p.setPen(Qt.white)
            p.drawText(box, Qt.AlignCenter, text)

    def paintEvent(self, e) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.SmoothPixmapTransform)
        if self.before is None:
            p.setPen(QColor("#777"))
            p.drawText(self.rect(), Qt.AlignCenter | Qt.TextWordWrap, self.placeholder)
            return
        after = self.after or self.before
        if self.mode == "side":
            half = self.width() // 2
            for pm, area, text in ((self.before, QRect(0, 0, half - 4, self.height()), self.before_text),
                                   (after, QRect(half + 4, 0, self.width() - half - 4, self.height()), self.after_text)):
                r = self._fit(pm, area)
                p.drawPixmap(r, pm)
                self._caption(p, r, text)
        else:
            r = self._fit(after, self.rect())
            p.drawPixmap(r, after)
            cut = int(r.width() * self.split)
            src_cut = int(self.before.width() * self.split)
            p.drawPixmap(QRect(r.x(), r.y(), cut, r.height()), self.before,
                         QRect(0, 0, src_cut, self.before.height()))
            p.setPen(QColor("#ffcc00"))
            p.drawLine(r.x() + cut, r.y(), r.x() + cut, r.bottom())
            self._caption(p, r, self.before_text)
            self._caption(p, QRect(r.x() + cut, r.y(), r.width() - cut, r.height()), self.after_text)


# batch table headers, in words (the CSV export keeps the field names)
BATCH_HEADERS = {
    "file": QT_TRANSLATE_NOOP("thumbnails", "File"),
    "visual_appeal_score": QT_TRANSLATE_NOOP("thumbnails", "Score /10"),
    "click_probability": QT_TRANSLATE_NOOP("thumbnails", "Click probability"),
    "click_probability_source": QT_TRANSLATE_NOOP("thumbnails", "Click estimate from"),
    "faces": QT_TRANSLATE_NOOP("thumbnails", "Faces"),
    "words": QT_TRANSLATE_NOOP("thumbnails", "Words"),
    "text_share": QT_TRANSLATE_NOOP("thumbnails", "Text area"),
    "phone_legibility": QT_TRANSLATE_NOOP("thumbnails", "Readable on a phone"),
    "improvements": QT_TRANSLATE_NOOP("thumbnails", "Improvements"),
    "error": QT_TRANSLATE_NOOP("thumbnails", "Error"),
}

class _FillList(QListWidget):
    """A list that grows into the room its column leaves and asks for no more than its minimum height.

    QListWidget prefers 192 px; ignoring that preference (``QSizePolicy.Ignored``) also hid the
    list's height from its column's height-for-width, so the scroll area over the Score column
    thought the column fitted and its widgets were drawn over one another at 1024x640.
    """

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        return QSize(super().sizeHint().width(), self.minimumHeight())


def _grid() -> QListWidget:
    g = QListWidget()
    g.setViewMode(QListWidget.IconMode)
    g.setIconSize(GRID_ICON)
    g.setResizeMode(QListWidget.Adjust)
    g.setMovement(QListWidget.Static)
    g.setSpacing(8)
    g.setGridSize(QSize(GRID_ICON.width() + 24, GRID_ICON.height() + 60))
    g.setWordWrap(True)
    g.setSelectionMode(QAbstractItemView.SingleSelection)
    return g


def _panel(main: QWidget, bottom: list, top: Optional[QWidget] = None) -> QWidget:
    """A view: optional header, the main widget, a row of buttons (None = stretch)."""
    w = QWidget()
    lay = QVBoxLayout(w)
    if top is not None:
        lay.addWidget(top)
    lay.addWidget(main, 1)
    row = QHBoxLayout()
    for b in bottom:
        row.addStretch(1) if b is None else row.addWidget(b)
    lay.addLayout(row)
    return w


class Tab(CapabilityTab):
    file_extensions = studio.IMAGE_EXTENSIONS + studio.VIDEO_EXTENSIONS

    def __init__(self, ctx: AppContext, parent: Optional[QWidget] = None):
        super().__init__(ctx, parent)
        self.response: Optional[dict] = None
        self.thumb_path = ""
        self.before_bgr = self.after_bgr = None
        self.frames: list[studio.Frame] = []
        self.import_dialog: Optional[ImportDialog] = None  # the open import preview, if any
        self.batch_rows: list[dict] = []
        self._show = None  # how to lay out the running job's result

        self.runner = TaskRunner(self)
        self.runner.result.connect(lambda out: self._show(out))
        self.runner.partial.connect(self._on_partial)
        self._partial_score: Optional[dict] = None  # the running score's measures, painted before its end
        self.runner.error.connect(self._on_error)
        self.runner.cancelled.connect(self._on_cancelled)

        self.drop = DropZone(self.tr("Drop a thumbnail here (add competitors' thumbnails to rank them), "
                             "a video to pick frames, or a folder to score in batch"),
                             self.file_extensions, multiple=True)
        self.drop.filesDropped.connect(self.handle_files)
        self.platform = choices.platform_combo(str(self.ctx.value("thumbnails/platform", default_platform(self.ctx, "youtube"))))
        self.platform.currentIndexChanged.connect(
            lambda _: self.ctx.set_value("thumbnails/platform", choices.value(self.platform)))
        self.platform.setToolTip(self.tr("Platform: sets the aspect-ratio and file-size checks"))
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("Video title (optional)"))
        self.improve_in_batch = QCheckBox(self.tr("Improvements in batch"))
        self.improve_in_batch.setToolTip(self.tr("Also search improvements when scoring a folder (slower)"))

        self.folder_button = self._button(self.tr("Score folder…"), self.tr("Score every image in a folder (Ctrl+B)"), self.choose_folder,
                                          "Ctrl+B")
        self.video_button = self._button(self.tr("Frames from video…"), self.tr("Best five thumbnail frames of a video (Ctrl+F)"),
                                         self.choose_video, "Ctrl+F")
        self.channel_button = self._button(self.tr("Import channel…"), self.tr("Fit your channel's model from a YouTube Studio "
                                           "export (CSV) and the folder of its thumbnails"), self.import_channel)
        self.forget_button = self._button(self.tr("Forget channel"), self.tr("Go back to the published-rules model"),
                                          self.forget_channel)
        self.save_button = self._button(self.tr("Save improved…"), self.tr("Save the improved image (Ctrl+S)"), self.save_improved,
                                        "Ctrl+S")
        self.json_button = self._button(self.tr("Export JSON…"), self.tr("Save the full scoring response"), self.export_json)
        self.save_button.setEnabled(False)
        self.json_button.setEnabled(False)

        self.progress = ProgressPanel(self.runner)
        self.error = ErrorLabel()

        # -- score view
        self.file_label = QLabel("")  # the file the score pane is about (named as soon as its job starts)
        self.file_label.setWordWrap(True)
        self.file_label.setStyleSheet("color: #555;")
        self.score_label = QLabel("—")
        self.score_label.setStyleSheet("font-size: 28px; font-weight: 700;")
        self.score_label.setToolTip(self.tr("Visual appeal, 0–10, from the published rules (see reasons)"))
        self.click_label = mark_core_text(QLabel(""))  # its basis is core's sentence
        self.click_label.setWordWrap(True)
        self.rank_label = QLabel("")
        self.improvements_list = _FillList()
        self.improvements_list.setWordWrap(True)
        self.improvements_list.setToolTip(self.tr("Only edits whose re-score was higher, best first, with the measured score"))
        self.reasons_list = _FillList()
        self.reasons_list.setWordWrap(True)
        self.reasons_list.setToolTip(self.tr("Each rule's measurement and the points it earned"))
        # the two lists take the room that is left, not a preferred 192 px each: with their preferred
        # heights the Score page grew past a 1280x800 window and its bottom row (Side by side,
        # Slider, Save improved) was cut off below the fold (_FillList: preferred = minimum)
        for lst in (self.improvements_list, self.reasons_list):
            lst.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
            lst.setMinimumHeight(90)
        self.checks_label = mark_core_text(QLabel(""))  # core's platform checks, as core wrote them
        self.checks_label.setWordWrap(True)
        self.checks_label.setStyleSheet("color: #8a5a00;")
        self.compare = CompareView()
        self.side_radio = QRadioButton(self.tr("Side by side"))
        self.wipe_radio = QRadioButton(self.tr("Slider"))
        self.side_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.side_radio)
        group.addButton(self.wipe_radio)
        self.side_radio.toggled.connect(lambda on: self.compare.set_mode("side" if on else "wipe"))
        self.wipe = QSlider(Qt.Horizontal)
        self.wipe.setRange(0, 100)
        self.wipe.setValue(50)
        self.wipe.valueChanged.connect(self.compare.set_split)
        self.wipe.setToolTip(self.tr("Where the before image ends in slider mode"))

        left = QWidget()
        ll = QVBoxLayout(left)
        ll.addWidget(self.file_label)
        ll.addWidget(self.score_label)
        ll.addWidget(self.click_label)
        ll.addWidget(self.rank_label)
        # where the score pane's numbers come from (the response's sources)
        self.score_sources = SourceStrip([(self.tr("score"), "visual_appeal_score"),
                                          (self.tr("click probability"), "click_probability"),
                                          (self.tr("rank"), "competitive_ranking")])
        ll.addWidget(self.score_sources)
        ll.addWidget(QLabel(self.tr("<b>Improvements (re-scored)</b>")))
        ll.addWidget(self.improvements_list, 2)
        ll.addWidget(QLabel(self.tr("<b>Reasons</b>")))
        ll.addWidget(self.reasons_list, 3)
        ll.addWidget(self.checks_label)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.addWidget(self.compare, 1)
        mode = QHBoxLayout()
        mode.addWidget(self.side_radio)
        mode.addWidget(self.wipe_radio)
        mode.addWidget(self.wipe, 1)
        mode.addWidget(self.save_button)
        rl.addLayout(mode)
        # where the Before and After scores come from
        self.compare_sources = SourceStrip([(self.tr("before"), "visual_appeal_score"), (self.tr("after"), "improved")])
        rl.addWidget(self.compare_sources)
        # the score column scrolls when its wrapped lines (the click basis, core's checks: three long
        # Spanish lines for a large image) need more height than the window gives: a splitter sizes it
        # by its minimum, which does not count wrapped lines, and the column's widgets were drawn over
        # one another at 1024x640; a scroll area sizes it by its height for the width it has
        self.score_column = QScrollArea()
        self.score_column.setWidget(left)
        self.score_column.setWidgetResizable(True)
        self.score_column.setFrameShape(QFrame.NoFrame)
        self.score_column.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        score_view = splitter(self.score_column, right, stretch=(0, 2), sizes=(440, 860))

        # -- ranking, frames, batch, channel views
        self.ranking_grid = _grid()
        self.ranking_grid.setToolTip(self.tr("Your thumbnail (★) and the competitors, best first"))
        self.frames_grid = _grid()
        self.frames_grid.setToolTip(self.tr("The best frames of the video as thumbnails; double-click to score one"))
        self.frames_grid.itemDoubleClicked.connect(lambda item: self.score_frame(self.frames_grid.row(item)))
        self.frame_save_button = self._button(self.tr("Save selected frame…"), self.tr("Save the selected frame as an image"),
                                              self.save_frame)
        self.frame_score_button = self._button(self.tr("Score selected frame"), self.tr("Score the selected frame in full"),
                                               lambda: self.score_frame(self.frames_grid.currentRow()))
        self.frames_info = QLabel("")
        frames_view = _panel(self.frames_grid, [None, self.frame_score_button, self.frame_save_button],
                             top=self.frames_info)

        self.batch_table = QTableWidget(0, len(studio.CSV_COLUMNS))
        self.batch_table.setHorizontalHeaderLabels([QCoreApplication.translate("thumbnails", BATCH_HEADERS.get(c, c))
                                                    for c in studio.CSV_COLUMNS])
        self.batch_table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.batch_table.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        fit_header_widths(self.batch_table)  # each title whole ("Probabilidad de clic"); the table scrolls sideways
        self.batch_table.setSortingEnabled(False)
        self.csv_button = self._button(self.tr("Export CSV…"), self.tr("Save the batch results as CSV (Ctrl+E)"), self.export_csv,
                                       "Ctrl+E")
        self.csv_button.setEnabled(False)
        batch_view = _panel(self.batch_table, [self.improve_in_batch, None, self.csv_button])

        self.channel_label = QLabel("")
        self.channel_label.setWordWrap(True)
        self.channel_label.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        channel_view = _panel(self.channel_label, [None, self.channel_button, self.forget_button])

        self.views = QTabWidget()
        self.views.addTab(score_view, self.tr("Score"))
        ranking_view = QWidget()
        rv = QVBoxLayout(ranking_view)
        rv.setContentsMargins(0, 0, 0, 0)
        # where each tile's score, click probability and rank come from
        self.ranking_sources = SourceStrip([(self.tr("score"), "competitors[].visual_appeal_score"),
                                            (self.tr("click"), "competitors[].click_probability"),
                                            (self.tr("rank"), "competitors[].rank")])
        rv.addWidget(self.ranking_sources)
        rv.addWidget(self.ranking_grid, 1)
        self.views.addTab(ranking_view, self.tr("Ranking"))
        self.views.addTab(frames_view, self.tr("From video"))
        self.views.addTab(batch_view, self.tr("Batch"))
        self.views.addTab(channel_view, self.tr("Channel model"))

        top = QGridLayout()
        top.addWidget(self.drop, 0, 0, 2, 1)
        opts = QHBoxLayout()
        opts.addWidget(QLabel(self.tr("Platform")))
        opts.addWidget(self.platform)
        opts.addWidget(self.title_edit, 1)
        top.addLayout(opts, 0, 1)
        btns = QHBoxLayout()
        for b in (self.folder_button, self.video_button, self.json_button):
            btns.addWidget(b)
        top.addLayout(btns, 1, 1)
        top.setColumnStretch(0, 3)
        top.setColumnStretch(1, 2)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.progress)
        lay.addWidget(self.error)
        lay.addWidget(self.views, 1)
        self.refresh_channel()

    def _button(self, text: str, tip: str, slot, shortcut: str = "") -> QPushButton:
        b = QPushButton(text)
        b.setToolTip(tip + (f" ({shortcut})" if shortcut and shortcut not in tip else ""))
        b.clicked.connect(lambda checked=False: slot())
        if shortcut:
            QShortcut(QKeySequence(shortcut), self, activated=slot)
        return b

    # -- entry points -------------------------------------------------------------
    def handle_files(self, paths: list[str]) -> bool:
        if not paths:
            return False
        if len(paths) == 1 and Path(paths[0]).is_dir():
            self.score_folder(paths[0])
            return True
        videos = [p for p in paths if p.lower().endswith(studio.VIDEO_EXTENSIONS)]
        if videos:
            self.find_frames(videos[0])
            return True
        images = [p for p in paths if p.lower().endswith(studio.IMAGE_EXTENSIONS)]
        if not images:
            return False
        self.score(images[0], images[1:])
        return True

    def _start(self, show, job, args) -> None:
        self.error.clear_error()
        self._show = show
        # a cancel is said once: a score's in the picture area (the panel goes back to idle), a
        # batch's, frames' or channel fit's by the panel ("Cancelled."), whose rows or view stay
        self.progress.say_cancelled = show != self.show_score
        self._partial_score = None
        self.runner.start(job, args)

    def score(self, path: str, competitors: Optional[list[str]] = None) -> None:
        request = {"thumbnail_path": path,
                   "context": {"platform": choices.value(self.platform), "title": self.title_edit.text(),
                               "competitors": list(competitors or [])}}
        self.thumb_path = path
        self.ctx.add_recent(path)
        self._clear_score(self.tr("Scoring {name}…").format(name=Path(path).name))
        self.views.setCurrentIndex(0)  # the score paints there as it is measured; a failure or a cancel is said there
        self._start(self.show_score, studio.score_with_preview, request)

    def _clear_score(self, placeholder: str) -> None:
        """Empty the score pane (no previous image or number under a new file) and say why."""
        self.response = None
        self.before_bgr = self.after_bgr = None
        self.file_label.setText(Path(self.thumb_path).name if self.thumb_path else "")
        self.score_label.setText("—")
        for w in (self.click_label, self.rank_label, self.checks_label):
            w.setText("")
        self.score_sources.clear()
        self.compare_sources.clear()
        self.ranking_sources.clear()
        self.improvements_list.clear()
        self.reasons_list.clear()
        self.compare.placeholder = placeholder
        self.compare.set_images(None, None)
        self.save_button.setEnabled(False)
        self.json_button.setEnabled(False)

    def score_folder(self, folder: str) -> None:
        self.batch_rows = []
        self.batch_table.setRowCount(0)
        self.csv_button.setEnabled(False)
        self.views.setCurrentIndex(3)
        self._start(self.show_batch, studio.score_folder,
                    studio.FolderArgs(folder, choices.value(self.platform), self.improve_in_batch.isChecked()))

    def find_frames(self, video: str) -> None:
        self.ctx.add_recent(video)
        self.views.setCurrentIndex(2)
        self._start(self.show_frames, studio.best_frames, studio.FramesArgs(video))

    def choose_folder(self) -> None:
        d = QFileDialog.getExistingDirectory(self, self.tr("Folder of thumbnails"))
        if d:
            self.score_folder(d)

    def choose_video(self) -> None:
        exts = " ".join(f"*{e}" for e in studio.VIDEO_EXTENSIONS)
        p, _ = QFileDialog.getOpenFileName(self, self.tr("Video"), "", f"Videos ({exts})")
        if p:
            self.find_frames(p)

    def import_channel(self, csv_path: str = "", folder: str = "") -> None:
        if not csv_path:
            csv_path, _ = QFileDialog.getOpenFileName(self, self.tr("YouTube Studio export (Table data.csv)"), "",
                                                      "Exports (*.csv *.tsv *.xlsx *.xls *.ods *.json)")
            if not csv_path:
                return
        if preview_enabled(self.ctx):  # the import preview: the rows as read, the mapping, the questions
            if self.import_dialog is not None:
                self.import_dialog.close()
            self.import_dialog = d = ImportDialog(csv_path, "thumbnails", self.ctx, parent=self)
            d.accepted.connect(lambda: self._fit_channel(csv_path, folder, d.answers()))
            d.open()
            return
        self._fit_channel(csv_path, folder, {})

    def _fit_channel(self, csv_path: str, folder: str, answers: dict) -> None:
        if not folder:
            folder = QFileDialog.getExistingDirectory(self, self.tr("Folder of the channel's thumbnails "
                                                            "(named by video id or title)"))
            if not folder:
                return
        self.views.setCurrentIndex(4)
        self._start(self.show_channel, studio.fit_channel,
                    studio.ChannelArgs(csv_path, folder, hints=answers.get("hints") or None,
                                       mapping=answers.get("mapping") or None))

    def forget_channel(self) -> None:
        studio.forget_channel()
        self.refresh_channel()

    # -- results --------------------------------------------------------------------
    def _on_error(self, msg: str) -> None:
        msg = say_error(msg, i18n.current())  # core's bad-input line in the interface language, as the Feed screenshot tab
        self.error.show_error(msg)  # said once, in the red line over the views
        if self._show == self.show_score:  # the picture area: a final state, not the line again
            self._clear_score(self.tr("Nothing to show: {name} could not be scored (see the message above).").format(
                name=Path(self.thumb_path).name))

    def _on_cancelled(self) -> None:
        # said once: a score's in the picture area (its panel goes back to idle), another job's by the
        # progress panel ("Cancelled."); not also in the status bar
        if self._show == self.show_score and self._partial_score is not None:
            # the score was painted: it stands; only the search for improvements stopped
            self.compare.placeholder = self.tr("The search for improvements of {name} was cancelled; "
                                               "the score shown stands.").format(name=Path(self.thumb_path).name)
            self.compare.update()
        elif self._show == self.show_score:
            self._clear_score(self.tr("Scoring {name} was cancelled").format(name=Path(self.thumb_path).name))

    def show_score(self, out: studio.ScorePreview) -> None:
        r = out.response
        self.response = r
        self.before_bgr, self.after_bgr = out.before, out.after
        self._paint_measures(r)
        n = 1 + len([c for c in r["competitors"] if "error" not in c])
        self.rank_label.setText(self.tr("Rank {v0} of {n}").format(v0=r['competitive_ranking'], n=n) if n > 1 else "")
        self.score_sources.show_sources(r, ["visual_appeal_score", "click_probability"]
                                        + (["competitive_ranking"] if n > 1 else []))
        self.improvements_list.clear()
        for text in ([self.improvement_text(d) for d in r["improvement_edits"]]
                     or [self.tr("No edit raised the score: none suggested")]):
            self.improvements_list.addItem(text)
        chain = r["improved"]["edits"]
        after_text = (self.tr("After {score}").format(score=fmt.number(r['improved']['visual_appeal_score'], 1))
                      if chain else self.tr("No improvement found"))
        self.compare.set_images(bgr_to_pixmap(self.before_bgr), bgr_to_pixmap(self.after_bgr),
                                self.tr("Before {score}").format(score=fmt.number(r['visual_appeal_score'], 1)), after_text)
        self.compare_sources.show_sources(r, ["visual_appeal_score"] + (["improved"] if chain else []))
        self.save_button.setEnabled(bool(chain))
        self.json_button.setEnabled(True)
        self._fill_ranking(out)
        self.views.setCurrentIndex(1 if r["competitors"] else 0)
        self.ctx.show_status(self.tr("Scored {v0}: {v1}/10").format(v0=Path(self.thumb_path).name,
                                                                    v1=fmt.number(r['visual_appeal_score'], 1)))

    def _on_partial(self, item) -> None:
        """A running job's partial result: the score's measures, a verified improvement, a batch row."""
        kind = item.get("kind") if isinstance(item, dict) else None
        if kind == "thumbnail_score" and self._show == self.show_score:
            self._partial_score = item
            self._paint_measures(item)
            self.improvements_list.clear()
            self.compare.placeholder = self.tr("Score ready; searching for edits that raise it…")
            self.compare.update()
        elif kind == "thumbnail_improvement" and self._show == self.show_score:
            self.improvements_list.addItem(self.improvement_text(item))
        elif kind is None and self._show == self.show_batch:
            self._add_batch_row(item)

    def edit_text(self, edit: dict) -> str:
        """A candidate edit (``{"kind", "amount"}``) in words, as core's ``Edit.label`` says it."""
        k, a = edit.get("kind"), float(edit.get("amount") or 0.0)
        pct = fmt.percent(abs(a), 0)
        up = a > 0
        texts = {
            "contrast": self.tr("Increase contrast by {pct}") if up else self.tr("Decrease contrast by {pct}"),
            "saturation": (self.tr("Increase colour saturation by {pct}") if up
                           else self.tr("Decrease colour saturation by {pct}")),
            "brightness": self.tr("Brighten the image by {pct}") if up else self.tr("Darken the image by {pct}"),
            "warmth": (self.tr("Use a warmer colour temperature (red +{n}, blue −{n} levels)") if up
                       else self.tr("Use a cooler colour temperature (red −{n}, blue +{n} levels)")),
            "sharpen": self.tr("Sharpen (unsharp mask, amount {a})"),
            "zoom_face": self.tr("Crop {a}× tighter toward the largest face (text kept whole)"),
            "text_outline": self.tr("Add a contrasting outline around the text ({pct} of the letter height)"),
            "text_shadow": self.tr("Add a drop shadow behind the text (offset {pct} of the letter height)"),
        }
        if k not in texts:
            return str(edit)
        return texts[k].format(pct=pct, n=fmt.number(abs(a), 0), a=fmt.number(a, 1))

    def improvement_text(self, d: dict) -> str:
        """One verified improvement (a partial item or a response's ``improvement_edits`` row)."""
        return self.tr("{label} (score {before} → {after})").format(
            label=self.edit_text(d["edit"]), before=fmt.number(d["score_before"], 2), after=fmt.number(d["score_after"], 2))

    def reason_text(self, c: dict) -> str:
        """One rule of the score (a response's ``components`` row) as core's reason line says it."""
        n, v = c["name"], c.get("value")
        no_text = self.tr("no text to read")
        texts = {
            "contrast": lambda: self.tr("grey contrast {v} (full credit above 80)").format(v=fmt.number(v, 0)),
            "face": lambda: (self.tr("largest face covers {p} of the image").format(p=fmt.percent(v, 0)) if v
                             else self.tr("no frontal face found")),
            "text_presence": lambda: (self.tr("text covers {p} of the area").format(p=fmt.percent(v, 0)) if v
                                      else self.tr("no text found")),
            "text_readability": lambda: (no_text if v is None
                                         else self.tr("weakest text contrast {r}:1").format(r=fmt.number(v, 1))),
            "vibrancy": lambda: self.tr("mean saturation {v} of 255 (full credit above 120)").format(v=fmt.number(v, 0)),
            "colourfulness": lambda: self.tr("colourfulness {v} (quite colourful from 59)").format(v=fmt.number(v, 0)),
            "phone_legibility": lambda: (no_text if v is None else self.tr("{p} of the words still read at 168×94").format(
                p=fmt.percent(v, 0))),
            "sharpness": lambda: self.tr("sharpness {v} (blurred below ~100)").format(v=fmt.number(v, 0)),
            "exposure": lambda: self.tr("mean brightness {v} of 255").format(v=fmt.number(v, 0)),
            "clutter": lambda: self.tr("edge density {v}").format(v=fmt.number(v, 2)),
            "composition": lambda: self.tr("subject {v} from the nearest thirds point").format(v=fmt.number(v, 2)),
        }
        verdict = texts[n]() if n in texts and (v is not None or n in ("text_readability", "phone_legibility")) \
            else c.get("verdict", n)
        return self.tr("{verdict} — {points}/{max} points").format(
            verdict=verdict, points=fmt.number(c["points"], 1), max=fmt.number(c["max_points"], 0))

    def _paint_measures(self, r: dict) -> None:
        """The score, click probability, reasons and checks (a partial or a full response)."""
        self.file_label.setText(Path(self.thumb_path).name)
        self.score_label.setText(f"{fmt.number(r['visual_appeal_score'], 1)} / 10")
        self.reasons_list.clear()
        rows = sorted((c for c in r["components"] if c.get("applies")), key=lambda c: -(c["max_points"] - c["points"]))
        self.reasons_list.addItems([self.reason_text(c) for c in rows])  # core's reason lines, in the interface language
        self.checks_label.setText("<br>".join(lines(c) for c in r["checks"]))  # core's checks, in the interface language
        lo, hi = r["click_probability_interval"]
        if r["click_probability_source"] == "channel_model":
            basis = self.tr("your channel's model (between {lo} and {hi}, from its cross-validated error)").format(
                lo=fmt.percent(lo, 1), hi=fmt.percent(hi, 1))
        else:
            # the published prior is one number for every picture: say so, and its spread, never
            # as if the score had placed it (nothing measured ties the rules score to clicks)
            basis = self.tr("YouTube's published typical rate, the same for every thumbnail (half of all videos "
                            "have {lo}–{hi}); import your channel to predict yours").format(
                lo=fmt.percent(lo, 0), hi=fmt.percent(hi, 0))
        self.click_label.setText(self.tr("Click probability {p} — {basis}").format(p=fmt.percent(r['click_probability']), basis=basis))

    def _fill_ranking(self, out: studio.ScorePreview) -> None:
        r = out.response
        items = [(r["competitive_ranking"], "★ " + Path(self.thumb_path).name, r["visual_appeal_score"],
                  r["click_probability"], out.before)]
        for c in r["competitors"]:
            if "error" in c:
                items.append((10 ** 6, Path(c["path"]).name, None, None, None, c["error"]))
            else:
                items.append((c["rank"], Path(c["path"]).name, c["visual_appeal_score"], c["click_probability"],
                              out.previews.get(c["path"])))
        self.ranking_grid.clear()
        self.ranking_sources.show_sources(r if r["competitors"] else None)
        for it in sorted(items, key=lambda x: x[0]):
            rank, name, score, click, img = it[:5]
            if score is None:
                item = QListWidgetItem(self.tr("{name}\nerror: {error}").format(name=name, error=say_error(it[5], i18n.current())))
                item.setForeground(QColor("#b00020"))
            else:
                item = QListWidgetItem(self.tr("#{rank} {name}\n{score}/10 · click {click}").format(
                    rank=rank, name=name, score=fmt.number(score, 1), click=fmt.percent(click, 1)))
            if img is not None:
                item.setIcon(QIcon(bgr_to_pixmap(img, GRID_ICON.width())))
            self.ranking_grid.addItem(item)

    def _batch_cell(self, col: str, v) -> str:
        """One batch value as read: percentages as 7.7 %, the score with one decimal, ids in words."""
        if v is None or v == "":
            return ""
        if col == "file":
            return Path(v).name
        if col == "error":  # core's bad-input line (not an image, empty …) in the interface language
            return say_error(str(v), i18n.current())
        if col in ("click_probability", "text_share") and isinstance(v, (int, float)):
            return fmt.percent(v, 1 if col == "click_probability" else 0)
        if col == "visual_appeal_score" and isinstance(v, (int, float)):
            return fmt.number(v, 1)
        if col == "click_probability_source":
            return {"channel_model": self.tr("your channel's model"),
                    "rules_prior": self.tr("published typical rate")}.get(str(v), str(v))
        return str(v)

    def _set_batch_row(self, i: int, row: dict) -> None:
        for j, col in enumerate(studio.CSV_COLUMNS):
            v = row.get(col)
            it = QTableWidgetItem(self._batch_cell(col, v))
            if col == "error" and v:
                it.setForeground(QColor("#b00020"))
            self.batch_table.setItem(i, j, it)

    def _label_batch_columns(self) -> None:
        """Head the score and click columns with where they come from (the first scored row's sources)."""
        scored = next((r for r in self.batch_rows if r.get("sources")), None)
        label_columns(self.batch_table, {"sources": scored["sources"]} if scored else None,
                      {studio.CSV_COLUMNS.index(k): k for k in ("visual_appeal_score", "click_probability")})

    def _add_batch_row(self, row: dict) -> None:
        """One finished row of a running batch (kept if the batch is then cancelled)."""
        self.batch_rows.append(row)
        self._label_batch_columns()
        self.batch_table.setRowCount(len(self.batch_rows))
        self._set_batch_row(len(self.batch_rows) - 1, row)
        self.csv_button.setEnabled(True)

    def show_batch(self, out: studio.BatchResult) -> None:
        self.batch_rows = list(out.rows)
        self.batch_table.setRowCount(len(out.rows))
        for i, row in enumerate(out.rows):
            self._set_batch_row(i, row)
        self._label_batch_columns()
        self.csv_button.setEnabled(bool(out.rows))
        skipped = out.skipped
        msg = self.tr("Scored {n} images").format(n=len(out.rows) - len(skipped))
        if skipped:  # every file not scored is a red row of the table, with why
            names = ", ".join(Path(s["file"]).name for s in skipped[:3]) + (", …" if len(skipped) > 3 else "")
            msg += self.tr("; skipped {n} file(s), see the Error column: {names}").format(n=len(skipped), names=names)
        self.ctx.show_status(msg)

    def show_frames(self, out: studio.BestFrames) -> None:
        self.frames = out.frames
        self.frames_grid.clear()
        for f in self.frames:
            item = QListWidgetItem(self.tr("{t} s · {score}/10 · {n} face(s)").format(
                t=fmt.number(f.time_s, 1), score=fmt.number(f.visual_appeal_score, 1), n=f.faces))
            item.setIcon(QIcon(bgr_to_pixmap(f.for_youtube(), GRID_ICON.width())))  # as it would be uploaded
            item.setToolTip("\n".join(f.reasons))
            self.frames_grid.addItem(item)
        rej = out.rejected
        self.frames_info.setText(self.tr("Read {candidates_read} frames of {duration_s:.0f} s by seeking; rejected {v2} on a cut and {v3} in a fade. Best {v4}:").format(candidates_read=out.candidates_read, duration_s=out.duration_s, v2=rej['cut_or_transition'], v3=rej['fade'], v4=len(self.frames)))
        if self.frames:
            self.frames_grid.setCurrentRow(0)

    def show_channel(self, summary: dict) -> None:
        self.refresh_channel()
        said, _ = fmt.correlation_verdict(self.tr("your channel's model predicts click-through"),
                                          summary['cv_spearman'], summary['n_videos'])
        self.ctx.show_status(self.tr("Channel model fitted on {n} videos: {verdict}").format(
            n=summary['n_videos'], verdict=said))

    def refresh_channel(self) -> None:
        m = studio.channel_summary()
        self.forget_button.setEnabled(bool(m))
        if not m:
            self.channel_label.setText(
                self.tr("<b>No channel model.</b> Click probability is the published-rules prior.<br>"
                "Import a YouTube Studio export (Advanced mode → Export → CSV, with the columns Content or "
                "Video title, Impressions and Impressions click-through rate) and a folder of the matching "
                "thumbnails named by video id or title, to fit a model of <i>your</i> audience."))
            return
        said, tip = fmt.correlation_verdict(self.tr("it predicts click-through"), m['cv_spearman'], m['n_videos'])
        self.channel_label.setText(
            self.tr("<b>Channel model</b> “{name}” fitted {when} on {n} videos: <b>{verdict}</b>.<br>"
                    "Typical error: {mae} click-through (your videos range {lo}–{hi}).<br>"
                    "Click probability now comes from this model.").format(
                name=m['name'], when=m['fitted_at'], n=m['n_videos'], verdict=said,
                mae=fmt.percent(m['cv_mae_ctr'], 2), lo=fmt.percent(m['ctr_range'][0]), hi=fmt.percent(m['ctr_range'][1])))
        self.channel_label.setToolTip(tip)

    # -- saving ------------------------------------------------------------------------
    def save_improved(self, path: str = "") -> None:
        if self.after_bgr is None or not self.save_button.isEnabled():
            return
        save_export(self, path, "Save improved thumbnail", f"{Path(self.thumb_path).stem}_improved.png",
                    IMAGE_FILTER, lambda p: studio.save_image(self.after_bgr, p))

    def save_frame(self, path: str = "", row: Optional[int] = None) -> None:
        row = self.frames_grid.currentRow() if row is None else row
        if not 0 <= row < len(self.frames):
            return
        # 1280×720 toward the face, under YouTube's 2 MB (JPG by default: a PNG frame rarely fits)
        save_export(self, path, "Save frame", f"frame_{self.frames[row].time_s:.1f}s.jpg", IMAGE_FILTER,
                    lambda p: studio.save_for_youtube(self.frames[row], p))

    def score_frame(self, row: int) -> None:
        if 0 <= row < len(self.frames):
            try:
                p = studio.keep_frame(self.frames[row])
            except ViralMLError as e:
                self.error.show_error(str(e))
                return
            self.views.setCurrentIndex(0)
            self.score(p)

    def export_csv(self, path: str = "") -> None:
        if not self.batch_rows:
            return
        save_export(self, path, "Export batch CSV", "thumbnail_scores.csv", "CSV (*.csv)",
                    lambda p: studio.write_csv(self.batch_rows, p))

    def export_json(self, path: str = "") -> None:
        if self.response is None:
            return
        save_export(self, path, "Export score JSON", "thumbnail_score.json", "JSON (*.json)",
                    lambda p: write_json(p, self.response))

    def shutdown(self) -> None:
        self.runner.cancel()
