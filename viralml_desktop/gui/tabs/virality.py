"""Virality tab: drop a video, see its frames, edit the metadata, get the score, the four factors
and the reason behind each. Also: import past videos with their views (personal model) and
rebuild the trend profile from a folder of reference videos. Every job is one core function
(``virality.preview_strip``, ``engine.run("predict_virality", ...)``, the learning jobs of
``core/virality``) run by a TaskRunner off the UI thread; this module only lays
results out."""
from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Optional

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDoubleSpinBox, QFileDialog, QFormLayout, QGridLayout, QGroupBox,
                               QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QScrollArea,
                               QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from viralml_desktop.core import engine, virality
from viralml_desktop.core import sources as core_sources
from viralml_desktop.core.encoding import write_json
from viralml_desktop.gui import choices, fmt
from viralml_desktop.gui.context import AppContext
from viralml_desktop.gui.import_dialog import ImportDialog, preview_enabled
from viralml_desktop.gui.settings_dialog import default_platform
from viralml_desktop.gui.tabs.base import CapabilityTab
from viralml_desktop.gui.widgets import DropZone, ErrorLabel, ProgressPanel, bgr_to_pixmap, save_export
from viralml_desktop.gui.source_text import lines, sentence, step
from viralml_desktop.gui.widgets import SourceStrip, badge_beside
from viralml_desktop.gui.timeline import Timeline
from viralml_desktop.gui.worker import TaskRunner

VIDEO_EXTS = (".mp4", ".mov", ".webm", ".mkv", ".m4v")
AUDIO_EXTS = (".m4a", ".mp3", ".wav", ".aac", ".ogg", ".flac")
FACTOR_TITLES = {"visual_appeal": QT_TRANSLATE_NOOP("virality", "Visual appeal"),
                 "audio_quality": QT_TRANSLATE_NOOP("virality", "Audio quality"),
                 "trend_alignment": QT_TRANSLATE_NOOP("virality", "Trend alignment"),
                 "genre_popularity": QT_TRANSLATE_NOOP("virality", "Genre popularity")}


def factor_title(key: str) -> str:
    """The factor's name in the interface language."""
    return QCoreApplication.translate("virality", FACTOR_TITLES[key])


def _button(text: str, tip: str, slot, shortcut: str = "") -> QPushButton:
    b = QPushButton(text)
    b.setToolTip(tip)
    if shortcut:
        b.setShortcut(QKeySequence(shortcut))
    b.clicked.connect(slot)
    return b


def _wrapped_label() -> QLabel:
    lab = QLabel("")
    lab.setWordWrap(True)
    return lab


class Tab(CapabilityTab):
    file_extensions = VIDEO_EXTS + AUDIO_EXTS

    def __init__(self, ctx: AppContext, parent: Optional[QWidget] = None):
        super().__init__(ctx, parent)
        self.path: Optional[str] = None
        self.last: Optional[dict] = None
        self.runner = TaskRunner(self)
        self.strip_runner = TaskRunner(self)
        self.side_runner = TaskRunner(self)
        self.import_dialog: Optional[ImportDialog] = None  # the open import preview, if any
        self.runner.result.connect(self.show_result)
        self.runner.error.connect(self._on_error)
        self.runner.cancelled.connect(self._on_cancelled)
        self.runner.finished.connect(self._sync_buttons)
        self.runner.started.connect(self._sync_buttons)
        self.strip_runner.result.connect(self.show_strip)
        self.strip_runner.error.connect(self._on_error)
        self._side_show = None  # how to lay out the running side job's result
        self.side_runner.result.connect(lambda out: self._side_show(out))
        self.side_runner.error.connect(self._on_error)
        self.side_runner.finished.connect(self._sync_buttons)
        self.side_runner.progress.connect(self._on_side_progress)
        self._side_title = ""  # what the running side job does ("Importing past videos…"), before its step

        self.drop = DropZone(self.tr("Drop a video (mp4, mov, webm, mkv) here, or click to choose one"),
                             self.file_extensions,
                             dialog_filter=self.tr("Videos (*.mp4 *.mov *.webm *.mkv *.m4v);;Audio (*.m4a *.mp3 *.wav)"))
        self.drop.filesDropped.connect(self.handle_files)
        self.file_label = QLabel(self.tr("No video yet."))
        self.file_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        # frame strip
        self.strip_box = QWidget()
        self.strip_layout = QHBoxLayout(self.strip_box)
        self.strip_layout.setContentsMargins(2, 2, 2, 2)
        self.strip_layout.addStretch(1)
        self.strip_labels: list[QLabel] = []
        self.strip_area = QScrollArea()
        self.strip_area.setWidget(self.strip_box)
        self.strip_area.setWidgetResizable(True)
        # 96 px frames + margins, with room for the horizontal bar a narrow window needs; never a
        # vertical bar (a portrait phone frame is as tall as a landscape one is wide).
        self.strip_area.setFixedHeight(118)
        self.strip_area.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.strip_area.setToolTip(self.tr("Evenly sampled frames: the frames the visual measures read"))
        self.timeline = Timeline()  # over the strip: the cuts, the hook window, the frames' times

        # metadata form
        self.artist = QLineEdit(str(ctx.value("virality/artist", "")))
        self.artist.setPlaceholderText(self.tr("e.g. Bad Bunny"))
        self.genre = choices.genre_combo(str(ctx.value("virality/genre", "")))
        self.genre.setToolTip(self.tr("Genre popularity covers country, deep-house, dubstep, hip-hop (trap, rap), metal "
                              "and rock (spotify_by_genre); other genres leave that factor out"))
        self.duration = QDoubleSpinBox()
        self.duration.setRange(0, 24 * 3600)
        self.duration.setDecimals(1)
        self.duration.setSuffix(" s")
        self.duration.setSpecialValueText(self.tr("from the file"))
        self.duration.setToolTip(self.tr("Read from the file: the file's own length is what is scored, and a "
                                         "different value here only adds a note"))
        self.hook = QComboBox()
        self.hook.addItems([self.tr("auto (from audio)"), self.tr("yes"), self.tr("no")])
        self.hook.setToolTip(self.tr("Does the song's hook land in the first 3 seconds? Detected from the audio "
                             "unless you say so: the first 3 s must be loud and stand out from the rest (a drop or "
                             "chorus first, a hook line, another instrument); a loop the same from bar one is no hook"))
        self.platform = choices.platform_combo(str(ctx.value("virality/platform", default_platform(ctx))),
                                               first=(self.tr("any (by orientation)"), ""))
        self.platform.setToolTip(self.tr("Where it will be posted: picks the duration sweet spot"))
        self.ocr = QCheckBox(self.tr("Read text overlays (OCR)"))
        self.ocr.setChecked(str(ctx.value("virality/ocr", "true")).lower() == "true")
        self.ocr.setToolTip(self.tr("Read on-screen text in 3 sampled frames with the offline OCR model "
                            "(about 0.1–0.2 s a frame)"))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.WrapLongRows)  # a long label (Spanish) goes above its field
        for combo in (self.genre, self.hook, self.platform):  # as wide as the panel, not as the longest item
            combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
        form.addRow(self.tr("Artist"), self.artist)
        form.addRow(self.tr("Genre"), self.genre)
        form.addRow(self.tr("Duration"), self.duration)
        form.addRow(self.tr("Hook in first 3 s"), self.hook)
        form.addRow(self.tr("Platform"), self.platform)
        form.addRow(self.ocr)
        self.analyze_button = _button(self.tr("Analyze"), self.tr("Measure the video and score it (Ctrl+Enter)"), self.analyze,
                                      "Ctrl+Return")
        self.analyze_button.setEnabled(False)
        form.addRow(self.analyze_button)
        meta_box = QGroupBox(self.tr("Metadata"))
        meta_box.setLayout(form)

        # personal model and trend profile
        self.personal_label = _wrapped_label()
        self.import_button = _button(self.tr("Import past videos + views…"), self.tr("A folder of your past videos and a CSV of their "
                                     "views (file or title, views); 10 or more fit your personal model"),
                                     self.import_past_videos)
        self.trend_label = _wrapped_label()  # core's profile name, in the interface language (source_text.lines)
        self.trend_button = _button(self.tr("Rebuild trend from folder…"), self.tr("Measure a folder of reference videos doing well "
                                    "now; their tempo, duration, cut rate and hook become the trend to match"),
                                    self.rebuild_trend)
        self.trend_reset = _button(self.tr("Default trend"), self.tr("Go back to the shipped trend profile (published facts)"),
                                   self.reset_trend)
        learn = QVBoxLayout()
        learn.addWidget(self.personal_label)
        learn.addWidget(self.import_button)
        learn.addWidget(self.trend_label)
        learn.addWidget(self.trend_button)  # one under the other: side by side they overflow the panel
        learn.addWidget(self.trend_reset)
        learn_box = QGroupBox(self.tr("Learning"))
        learn_box.setLayout(learn)

        left = QVBoxLayout()
        left.addWidget(meta_box)
        left.addWidget(learn_box)
        left.addStretch(1)

        # result
        self.score_label = QLabel(self.tr("Drop a video to see its virality score."))
        self.score_label.setStyleSheet("font-size: 20px; font-weight: 600;")
        self.score_label.setWordWrap(True)
        self.score_reason = _wrapped_label()  # core's reasons, in the interface language (source_text.lines)
        self.confidence_reason = _wrapped_label()
        grid = QGridLayout()
        self.factor_bars: dict[str, QProgressBar] = {}
        self.factor_values: dict[str, QLabel] = {}
        self.factor_reasons: dict[str, QLabel] = {}
        for i, (k, title) in enumerate(FACTOR_TITLES.items()):
            bar = QProgressBar()
            bar.setRange(0, 100)
            bar.setValue(0)
            bar.setFormat("–")
            # the value is written beside the bar, not over it: text drawn across the fill's edge is
            # half one colour, half the other, and hard to read
            bar.setTextVisible(False)
            bar.setMaximumWidth(160)
            value = QLabel("–")
            value.setMinimumWidth(value.fontMetrics().horizontalAdvance("0,00") + 4)
            reason = _wrapped_label()
            reason.setTextInteractionFlags(Qt.TextSelectableByMouse)
            grid.addWidget(QLabel(f"<b>{factor_title(k)}</b>"), i, 0)
            grid.addWidget(bar, i, 1)
            grid.addWidget(value, i, 2)
            grid.addWidget(reason, i, 3)
            self.factor_bars[k], self.factor_values[k], self.factor_reasons[k] = bar, value, reason
        grid.setColumnStretch(3, 1)
        self.details = QTreeWidget()
        self.details.setHeaderLabels([self.tr("measurement"), self.tr("value")])
        self.details.setColumnWidth(0, 260)
        self.details.setToolTip(self.tr("Every measurement behind the factors"))
        self.export_json_button = _button(self.tr("Export JSON…"), self.tr("Save the full response (Ctrl+E)"),
                                          lambda: self.export_json(), "Ctrl+E")
        self.export_csv_button = _button(self.tr("Export CSV…"), self.tr("Save the score, confidence and factors with their reasons"),
                                         lambda: self.export_csv())
        self.export_png_button = _button(self.tr("Save PNG…"), self.tr("Save a picture of the result panel"), lambda: self.export_png())
        self.copy_button = _button(self.tr("Copy summary"), self.tr("Copy the score and the reasons as text"), self.copy_summary)
        for b in (self.export_json_button, self.export_csv_button, self.export_png_button, self.copy_button):
            b.setEnabled(False)
        exp = QHBoxLayout()
        for b in (self.export_json_button, self.export_csv_button, self.export_png_button, self.copy_button):
            exp.addWidget(b)
        exp.addStretch(1)
        self.result_box = QGroupBox(self.tr("Result"))
        rl = QVBoxLayout(self.result_box)
        rl.addWidget(self.score_label)
        rl.addWidget(self.score_reason)
        rl.addWidget(self.confidence_reason)
        rl.addLayout(grid)
        rl.addWidget(self.details, 1)
        rl.addLayout(exp)

        self.progress_panel = ProgressPanel(self.runner, say_cancelled=False)  # _on_cancelled says it
        self.status = _wrapped_label()  # core's notes, in the interface language (source_text.lines)
        self.error = ErrorLabel()

        body = QHBoxLayout()
        lw = QWidget()
        lw.setLayout(left)
        # in a scroll area so the form never forces a tall window on a small laptop screen
        left_scroll = QScrollArea()
        left_scroll.setWidget(lw)
        left_scroll.setWidgetResizable(True)
        left_scroll.setFrameShape(QScrollArea.NoFrame)
        left_scroll.setMaximumWidth(380)
        left_scroll.setMinimumWidth(320)
        body.addWidget(left_scroll)
        body.addWidget(self.result_box, 1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.drop)
        lay.addWidget(self.file_label)
        lay.addWidget(self.timeline)
        lay.addWidget(self.strip_area)
        lay.addWidget(self.progress_panel)
        lay.addWidget(self.error)
        lay.addWidget(self.status)
        lay.addLayout(body, 1)
        # where each number comes from (the response's sources), and what the score is (score_basis)
        self.basis_label = _wrapped_label()
        self.basis_label.setProperty("coreText", True)  # core's sentence, translated when the catalogue has it
        self.basis_label.setStyleSheet("font-weight: 600;")
        rl.insertWidget(1, self.basis_label)
        self.score_badge = badge_beside(self.score_label)
        self.score_sources = SourceStrip([(self.tr("confidence"), "confidence"), (self.tr("likely range"), "interval")])
        rl.insertWidget(1, self.score_sources)
        self.factor_badges = {k: badge_beside(self.factor_values[k]) for k in FACTOR_TITLES}
        # the analysis follows the genre the user sets: a shown or running analysis re-runs on it
        self._requested_genre: Optional[str] = None
        self.genre.currentIndexChanged.connect(self._genre_changed)
        self.genre.lineEdit().editingFinished.connect(self._genre_changed)
        QShortcut(QKeySequence.Open, self, activated=self.drop.choose)
        self._refresh_learning()

    # -- input -----------------------------------------------------------------------------
    def handle_files(self, paths: list[str]) -> bool:
        p = next((x for x in paths if x.lower().endswith(self.file_extensions)), None)
        if p is None:
            return False
        self.runner.cancel()  # a result for the previous file must not show under this one
        self.path = p
        self._requested_genre = None  # the strip starts the analysis, with the genre set then
        self.ctx.add_recent(p)
        self.error.clear_error()
        self.file_label.setText(Path(p).name)
        self.duration.setValue(0)
        self.hook.setCurrentIndex(0)
        self.hook.setItemText(0, self.tr("auto (from audio)"))
        self._clear_strip()
        self._clear_result()
        self.timeline.clear()
        self.status.setText(self.tr("Reading frames…"))
        self.strip_runner.start(virality.preview_strip, p)
        self._sync_buttons()
        return True

    def _clear_strip(self) -> None:
        for lab in self.strip_labels:
            lab.deleteLater()
        self.strip_labels = []

    def show_strip(self, out: virality.Strip) -> None:
        if out.path != self.path:
            return
        self._clear_strip()
        for t, img in out.frames:
            lab = QLabel()
            lab.setPixmap(bgr_to_pixmap(img, 96))
            lab.setToolTip(f"{t:.2f} s")
            self.strip_layout.insertWidget(self.strip_layout.count() - 1, lab)
            self.strip_labels.append(lab)
        w, h = out.size
        kind = ("video + audio" if out.has_audio else "video, no audio track") if out.has_video else "audio only"
        self.file_label.setText(f"{Path(out.path).name} — {out.duration_s:.1f} s, "
                                + (f"{w}×{h}, " if out.has_video else "") + kind)
        self.duration.setValue(round(out.duration_s, 1))
        self.timeline.set_video(out.duration_s, [t for t, _ in out.frames])
        self.analyze()

    # -- analysis ----------------------------------------------------------------------------
    def request(self) -> dict:
        meta = {"artist": self.artist.text().strip(), "genre": choices.value(self.genre)}
        if self.duration.value() > 0:
            meta["duration"] = float(self.duration.value())
        if self.hook.currentIndex() > 0:
            meta["has_hook"] = self.hook.currentIndex() == 1
        if choices.value(self.platform):
            meta["platform"] = choices.value(self.platform)
        return {"video_path": self.path, "metadata": meta, "ocr": self.ocr.isChecked()}

    def _genre_changed(self) -> None:
        """Re-run the analysis on the genre now set, when one was shown or is running for another
        genre (before the first analysis the frame strip starts it with the genre set then)."""
        if not self.path or self._requested_genre is None:
            return
        if choices.value(self.genre) != self._requested_genre:
            self.analyze()

    def analyze(self) -> None:
        if not self.path:
            self.error.show_error(self.tr("Drop a video first."))
            return
        self.ctx.set_value("virality/artist", self.artist.text().strip())
        self.ctx.set_value("virality/genre", choices.value(self.genre))
        self.ctx.set_value("virality/platform", choices.value(self.platform))
        self.ctx.set_value("virality/ocr", "true" if self.ocr.isChecked() else "false")
        self.error.clear_error()
        req = self.request()
        self._requested_genre = req["metadata"]["genre"]
        self.status.setText(self.tr("Analyzing…"))
        self.runner.start(lambda progress, req=req: engine.run("predict_virality", req, progress))

    def _on_error(self, msg: str) -> None:
        self.error.show_error(msg)
        self.status.setText("")
        if self.last is None:  # a final state, not "Analyzing…": no score, nothing to export
            name = Path(self.path).name if self.path else "this file"
            self.score_label.setText(self.tr("No score: {name} could not be analyzed (see the message above).").format(name=name))
            self._set_exports(False)

    def _on_cancelled(self) -> None:
        # said once (three "cancelled" in one view was two too many; the progress panel goes back
        # to idle): where the score would be, the line under the bar giving the next step; over a
        # previous result still shown, by that line alone
        if self.last is None:
            self.score_label.setText(self.tr("No score: the analysis was cancelled."))
            self.status.setText(self.tr("Drop a video or press Analyze."))
        else:
            self.status.setText(self.tr("Analysis cancelled. Drop a video or press Analyze."))

    def _set_exports(self, on: bool) -> None:
        for b in (self.export_json_button, self.export_csv_button, self.export_png_button, self.copy_button):
            b.setEnabled(on)

    def _clear_result(self) -> None:
        self.last = None
        self._set_exports(False)
        self.score_label.setText(self.tr("Analyzing…") if self.path else self.tr("Drop a video to see its virality score."))
        self.score_reason.clear()
        self.confidence_reason.clear()
        self.basis_label.clear()
        for b in (self.score_badge, *self.factor_badges.values()):
            b.set_entry(None)
        self.score_sources.clear()
        for k in FACTOR_TITLES:
            self._set_factor(k, 0, "–")
            self.factor_reasons[k].clear()
        self.details.clear()

    def show_result(self, out: dict) -> None:
        self.last = out
        lo, hi = out.get("interval") or (None, None)
        kind = out.get("model", {}).get("kind", "")
        self.score_label.setText(
            self.tr("Virality {score}  ·  confidence {confidence}").format(
                score=fmt.percent(out['virality_score'], 0), confidence=fmt.percent(out['confidence'], 0))
            + (self.tr("  ·  likely {lo}–{hi}").format(lo=fmt.percent(lo, 0), hi=fmt.percent(hi, 0))
               if lo is not None else ""))
        kinds = {"prior": self.tr("published studies (no personal model yet)"), "personal": self.tr("your personal model")}
        self.score_label.setToolTip(self.tr("Model: {kind}").format(kind=kinds.get(kind, kind)) if kind else "")
        reasons = out.get("reasons", {})
        self.basis_label.setText(sentence(out.get("score_basis", "")))
        self.score_badge.show_source(out, "virality_score")
        self.score_sources.show_sources(out, ["confidence"] + (["interval"] if lo is not None else []))
        for k, b in self.factor_badges.items():
            b.show_source(out, f"factors.{k}")
        self.score_reason.setText(lines(reasons.get("score", "")))  # core's reasons, in the interface language
        self.confidence_reason.setText(self.tr("Confidence ") + lines(reasons.get("confidence", "")))
        missing = out.get("missing_factors", {})
        for k in FACTOR_TITLES:
            if k in missing:
                self._set_factor(k, 0, self.tr("not measured"))
                self.factor_reasons[k].setText(f"<i>{lines(missing[k])}</i>")
            else:
                v = out["factors"][k]
                self._set_factor(k, round(v * 100), fmt.number(v, 2))
                self.factor_reasons[k].setText(lines(reasons.get(k, "")))
            self.factor_reasons[k].setToolTip(json.dumps(out.get("factor_parts", {}).get(k, {}), ensure_ascii=False))
        self._fill_details(out)
        self.timeline.set_analysis(out)
        notes = out.get("notes") or []
        if detected := out.get("detected"):
            if self.hook.currentIndex() == 0 and detected.get("has_hook_detected") is not None:
                self.hook.setItemText(0, self.tr("auto (detected: {answer})").format(
                    answer=self.tr("yes") if detected["has_hook_detected"] else self.tr("no")))
        # core's notes; none: empty, the progress panel above already says "Done."
        self.status.setText(" ".join(lines(n) for n in notes))
        self._set_exports(True)
        self._refresh_learning()

    def _set_factor(self, key: str, percent: int, text: str) -> None:
        """A factor's bar filled to ``percent`` and its value ``text`` written beside it (the bar's
        format keeps the same text for accessibility and the tests)."""
        bar = self.factor_bars[key]
        bar.setValue(percent)
        bar.setFormat(text)
        self.factor_values[key].setText(text)

    def _fill_details(self, out: dict) -> None:
        self.details.clear()

        def add(parent, key, value):
            if isinstance(value, dict):
                item = QTreeWidgetItem(parent, [str(key), ""])
                for k, v in value.items():
                    add(item, k, v)
            elif isinstance(value, list) and value and isinstance(value[0], (dict, list)):
                item = QTreeWidgetItem(parent, [str(key), self.tr("{n} items").format(n=len(value))])
                for i, v in enumerate(value):
                    add(item, i, v)
            else:
                text = ", ".join(str(x) for x in value) if isinstance(value, list) else str(value)
                QTreeWidgetItem(parent, [str(key), text])

        names = {"measurements": self.tr("measurements"), "model": self.tr("model"),  # the response's sections;
                 "detected": self.tr("detected"), "timings_ms": self.tr("timings (ms)")}  # their keys stay as in JSON
        for section in ("measurements", "model", "detected", "timings_ms"):
            if out.get(section) is not None:
                add(self.details, names[section], out[section])
        self.details.topLevelItem(0).setExpanded(True) if self.details.topLevelItemCount() else None

    # -- learning: personal model and trend profile ------------------------------------------
    def _refresh_learning(self) -> None:
        try:
            st = virality.status()
        except Exception as e:  # a broken store must not break the tab
            self.personal_label.setText(self.tr("Personal model unavailable: {e}").format(e=e))
            return
        m = st.personal_model
        if m:
            said, tip = fmt.correlation_verdict(self.tr("your history predicts views"), m.get("cv_spearman"), m["n"])
            self.personal_label.setText(self.tr("Personal model on {n} of your videos: {verdict}.").format(
                n=m["n"], verdict=said))
            self.personal_label.setToolTip(tip + f" ({m['cv']})")
        else:
            self.personal_label.setText(self.tr("Personal model: {labelled_videos} of {needed_for_personal} labelled videos — scores come from the prior until then.").format(labelled_videos=st.labelled_videos, needed_for_personal=st.needed_for_personal))
        self.trend_label.setText(self.tr("Trend profile: {trend_name}").format(trend_name=lines(st.trend_name)))

    def import_past_videos(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder of your past videos"))
        if not folder:
            return
        csv_path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Views list (file or title, views)"), folder,
            "Tables (*.csv *.tsv *.xlsx *.xls *.ods *.json *.jsonl);;All files (*)")
        if not csv_path:
            return
        if preview_enabled(self.ctx):  # the import preview: the rows as read, the mapping, the questions
            if self.import_dialog is not None:
                self.import_dialog.close()
            self.import_dialog = d = ImportDialog(csv_path, "videos", self.ctx, parent=self)
            d.accepted.connect(lambda: self.start_import(folder, csv_path, d.answers()))
            d.open()
            return
        self.start_import(folder, csv_path)

    def start_import(self, folder: str, csv_path: str, answers: Optional[dict] = None) -> None:
        genre = choices.value(self.genre)
        answers = answers or {}
        self._side_title = self.tr("Importing past videos…")
        self.status.setText(self._side_title)
        self._side_show = self._import_done
        self.side_runner.start(virality.import_labelled_videos,
                               virality.ImportArgs(folder, csv_path, genre, hints=answers.get("hints") or None,
                                                   mapping=answers.get("mapping") or None))
        self._sync_buttons()

    def rebuild_trend(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder of reference videos doing well now"))
        if folder:
            self.start_trend(folder)

    def start_trend(self, folder: str) -> None:
        self._side_title = self.tr("Measuring reference videos…")
        self.status.setText(self._side_title)
        self._side_show = self._trend_done
        self.side_runner.start(virality.rebuild_trend_profile, folder)
        self._sync_buttons()

    def reset_trend(self) -> None:
        virality.reset_trend_profile()
        self._refresh_learning()
        self.status.setText(self.tr("Trend profile reset to the shipped default."))

    def _on_side_progress(self, f: float, msg: str) -> None:
        """The import's or the trend rebuild's step under the tab ("analysing clip.mp4 (1 of 3)", the
        clip's decoding), in the interface language (source_text.step), with how far the job is."""
        if msg:
            self.status.setText(self.tr("{job} {step} ({percent})").format(
                job=self._side_title, step=step(msg), percent=fmt.percent(f, 0)))

    def _import_done(self, res) -> None:
        m = res.model
        msg = self.tr("Imported {added} videos ({labelled} with views in all).").format(
            added=res.added, labelled=res.labelled_videos)
        if res.updated:  # stored before: measured again with their newest views, not added twice
            msg += " " + self.tr("{n} already stored, updated with their newest views.").format(n=res.updated)
        if m:
            said, _ = fmt.correlation_verdict(self.tr("your history predicts views"), m.get("cv_spearman"), m.get("n"))
            msg += " " + self.tr("Personal model fitted: {verdict}.").format(verdict=said)
        if res.skipped:
            msg += " " + self.tr("Skipped {n}: {first}").format(n=len(res.skipped), first=lines(res.skipped[0]))
        self.status.setText(msg)
        self._refresh_learning()

    def _trend_done(self, res) -> None:
        self.status.setText(self.tr("Trend profile rebuilt from {v0} reference videos.").format(v0=res.profile['videos']))
        self._refresh_learning()

    def _sync_buttons(self) -> None:
        busy = self.runner.is_running() or self.side_runner.is_running()
        self.analyze_button.setEnabled(bool(self.path) and not busy)
        self.import_button.setEnabled(not self.side_runner.is_running())
        self.trend_button.setEnabled(not self.side_runner.is_running())

    # -- export ------------------------------------------------------------------------------
    def summary_text(self) -> str:
        o = self.last or {}
        lines = [f"{Path(self.path or '').name}: virality {o.get('virality_score', 0):.2f} "
                 f"(confidence {o.get('confidence', 0):.2f})"]
        for k, title in FACTOR_TITLES.items():
            if k in o.get("missing_factors", {}):
                lines.append(f"- {title}: not measured — {o['missing_factors'][k]}")
            else:
                lines.append(f"- {title}: {o['factors'][k]:.2f} — {o.get('reasons', {}).get(k, '')}")
        return "\n".join(lines)

    def copy_summary(self) -> None:
        if self.last:
            QGuiApplication.clipboard().setText(self.summary_text())
            self.ctx.show_status(self.tr("Virality summary copied"))

    def _export(self, path: Optional[str], title: str, suffix: str, flt: str, write) -> None:
        if self.last:
            save_export(self, path, title, f"{Path(self.path or 'virality').stem}_virality{suffix}", flt, write)

    def export_json(self, path: Optional[str] = None) -> None:
        self._export(path, "Export JSON", ".json", "JSON (*.json)", lambda p: write_json(p, self.last))

    def export_csv(self, path: Optional[str] = None) -> None:
        def write(p):
            with open(p, "w", newline="", encoding="utf-8") as f:
                w = csv.writer(f)
                w.writerow(["item", "value", "measured", "reason", "source", "source_note"])
                src = self.last.get("sources") or {}

                def source(path):
                    e = core_sources.covering(src, path) or {}
                    return [e.get("kind", ""), e.get("note", "")]

                w.writerow(["virality_score", self.last["virality_score"], True,
                            self.last["reasons"].get("score", ""), *source("virality_score")])
                w.writerow(["confidence", self.last["confidence"], True, self.last["reasons"].get("confidence", ""),
                            *source("confidence")])
                for k in FACTOR_TITLES:
                    missing = self.last["missing_factors"].get(k)
                    w.writerow([k, self.last["factors"][k], missing is None,
                                missing or self.last["reasons"].get(k, ""), *source(f"factors.{k}")])

        self._export(path, "Export CSV", ".csv", "CSV (*.csv)", write)

    def export_png(self, path: Optional[str] = None) -> None:
        self._export(path, "Save PNG", ".png", "PNG (*.png)", lambda p: self.result_box.grab().save(p, "PNG"))

    def shutdown(self) -> None:
        for r in (self.runner, self.strip_runner, self.side_runner):
            r.shutdown()
