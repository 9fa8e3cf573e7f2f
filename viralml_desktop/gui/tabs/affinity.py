"""Affinity: how well two accounts fit for a collaboration.

The three CONTRACT metrics (each may be left "unknown"), optional audience sizes, optional
captions/bios of both accounts (content similarity is then measured from them), optional
Spotify artist names. The result: a gauge with the potential bands, the engagement bars and
the reasons. Everything is computed by ``engine.run("calculate_affinity", …)`` in a worker.
"""
from __future__ import annotations

import math
from typing import Optional

import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QKeySequence, QPainter, QPen, QShortcut, QValidator
from PySide6.QtWidgets import (QDoubleSpinBox, QFormLayout, QGridLayout, QGroupBox,
                               QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton,
                               QVBoxLayout, QWidget)

from viralml_desktop.core import engine
from viralml_desktop.core.encoding import write_json
from viralml_desktop.gui import choices, core_text, fmt
from viralml_desktop.gui.chart_tips import BarTips, covering, point_tip
from viralml_desktop.gui.context import AppContext
from viralml_desktop.gui.settings_dialog import default_platform
from viralml_desktop.gui.source_text import lines
from viralml_desktop.gui.tabs.base import CapabilityTab
from viralml_desktop.gui.widgets import ErrorLabel, ProgressPanel, SourceStrip, save_export
from viralml_desktop.gui.worker import TaskRunner

UNKNOWN = "unknown"
QT_TRANSLATE_NOOP("UnknownSpin", "unknown")  # the spin boxes' special value, in the interface language
BAND_COLOURS = {"low": QColor("#c9ccd1"), "medium": QColor("#f2b33d"), "high": QColor("#2e9e5b")}
CONTRACT_EXAMPLE = {"account_id": "music_fanpage_1", "target_account_id": "bad_bunny_official",
                    "metrics": {"shared_followers": 1250, "engagement_overlap": 0.34, "content_similarity": 0.78}}


class Gauge(QWidget):
    """A half-dial: the score's needle over the low / medium / high bands of the response."""

    def __init__(self, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.score: Optional[float] = None
        self.potential = ""
        self.thresholds = {"medium": 0.64, "high": 0.81}
        self.setMinimumSize(260, 200)
        self.setToolTip(self.tr("Affinity score from 0 to 1; the bands are the collaboration potential (low, medium, high)"))

    def set_result(self, score: Optional[float], potential: str = "", thresholds: Optional[dict] = None) -> None:
        self.score, self.potential = score, potential
        if thresholds:
            self.thresholds = thresholds
        self.update()

    def paintEvent(self, e) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        # the half dial, the score under its centre and the potential under the score all fit the
        # height (the potential was cut off at the bottom): about 0.78 × side of height in all
        side = min(self.width() - 20, (self.height() - 24) / 0.78) * 0.95
        pen_w = max(8.0, side / 11)
        rect = QRectF((self.width() - side) / 2, 8 + pen_w / 2, side, side)
        edges = [0.0, self.thresholds["medium"], self.thresholds["high"], 1.0]
        for (a, b), band in zip(zip(edges, edges[1:]), ("low", "medium", "high")):
            pen = QPen(BAND_COLOURS[band], pen_w)
            pen.setCapStyle(Qt.FlatCap)
            p.setPen(pen)
            # Qt angles: 1/16 degree, counter-clockwise from 3 o'clock; score 0 is at 9 o'clock
            p.drawArc(rect, int((180 - 180 * a) * 16), int(-180 * (b - a) * 16))
        c = rect.center()
        font = QFont(self.font())
        if self.score is not None:
            ang = math.pi * (1 - self.score)
            r = side / 2 * 0.82
            p.setPen(QPen(QColor("#22252a"), 3))
            p.drawLine(c, c + QPointF(r * math.cos(ang), -r * math.sin(ang)))
            font.setPointSize(max(12, int(side / 11)))
            font.setBold(True)
            p.setFont(font)
            h1 = QFontMetricsF(font).height()
            p.drawText(QRectF(rect.left(), c.y() + 2, side, h1), Qt.AlignHCenter | Qt.AlignTop,
                       fmt.number(self.score, 2))
            font.setPointSize(max(10, int(side / 20)))
            p.setFont(font)
            p.setPen(BAND_COLOURS.get(self.potential, QColor("#22252a")).darker(130))
            p.drawText(QRectF(rect.left() - 40, c.y() + 2 + h1, side + 80, QFontMetricsF(font).height() + 2),
                       Qt.AlignHCenter | Qt.AlignTop,
                       self.tr("{potential} potential").format(potential=core_text.potential(self.potential)))
        else:
            p.setPen(QColor("#6b7078"))
            p.drawText(QRectF(rect.left(), c.y() - 30, side, 30), Qt.AlignHCenter | Qt.AlignBottom, self.tr("no result yet"))
        p.end()


class NumberAxis(pg.AxisItem):
    """A value axis written as the interface language writes numbers ("0,8", not "0.8"), with as many
    decimals as the tick spacing needs."""

    def tickStrings(self, values, scale, spacing):  # noqa: N802 (pyqtgraph API)
        step = abs(spacing * scale) if spacing else 1.0
        decimals = max(0, -math.floor(math.log10(step) + 1e-9)) if 0 < step < 1 else 0
        return [fmt.number(v * scale, decimals) for v in values]


class UnknownSpin(QDoubleSpinBox):
    """A spin box whose lowest value reads "unknown": emptying the box (or typing "unknown") goes
    back to it, as does stepping below zero."""

    def _words(self) -> tuple[str, ...]:
        return (UNKNOWN, self.specialValueText().lower())  # English and the interface language

    def validate(self, text: str, pos: int):
        t = text.strip().lower()
        if t == "" or t in self._words():
            return QValidator.Acceptable, text, pos
        if t.isalpha() and any(w.startswith(t) for w in self._words()):
            return QValidator.Intermediate, text, pos
        return super().validate(text, pos)

    def valueFromText(self, text: str) -> float:  # noqa: N802 (Qt API)
        if text.strip().lower() in ("",) + self._words():
            return self.minimum()
        return super().valueFromText(text)

    def fixup(self, text: str) -> str:
        t = text.strip().lower()
        return self.specialValueText() if any(t in w for w in self._words()) else text


def _unknown_spin(maximum: float, decimals: int, tip: str) -> QDoubleSpinBox:
    """A spin box whose lowest step reads "unknown" (the field is then left out of the request)."""
    s = UnknownSpin()
    s.setDecimals(decimals)
    step = 10 ** -decimals if decimals else 1
    s.setRange(-step, maximum)
    s.setSingleStep(step)
    s.setSpecialValueText(QCoreApplication.translate("UnknownSpin", UNKNOWN))
    s.setValue(-step)
    s.setToolTip(tip)
    return s


def _known(s: QDoubleSpinBox) -> Optional[float]:
    return None if s.value() <= s.minimum() else s.value()


class Tab(CapabilityTab):
    def __init__(self, ctx: AppContext, parent: Optional[QWidget] = None):
        super().__init__(ctx, parent)
        self.last_request: dict = {}
        self.last_response: dict = {}
        self.runner = TaskRunner(self)
        self.runner.result.connect(self.show_result)
        self.runner.error.connect(lambda msg: self.error.show_error(msg))
        self.runner.finished.connect(lambda: self.run_button.setEnabled(True))

        # -- inputs ---------------------------------------------------------------
        self.account_id = QLineEdit(str(ctx.value("affinity/account_id", "")))
        self.account_id.setPlaceholderText(self.tr("your account, e.g. music_fanpage_1"))
        self.account_id.setToolTip(self.tr("Your account id. When its post history is imported (Account health), "
                                   "engagement is predicted from its own likes, comments and shares per view."))
        self.target_id = QLineEdit(str(ctx.value("affinity/target_id", "")))
        self.target_id.setPlaceholderText(self.tr("the account to collaborate with"))
        self.target_id.setToolTip(self.tr("The other account's id"))
        self.platform = choices.platform_combo(str(ctx.value("affinity/platform", default_platform(ctx, "tiktok"))))
        self.platform.setToolTip(self.tr("Platform of the collaboration post: picks the published engagement benchmarks "
                                 "when no post history is imported"))

        self.shared = _unknown_spin(1e9, 0, self.tr(
            "Followers the two accounts have in common. With an audience size it becomes the audience overlap: "
            "shared / smaller audience."))
        self.account_followers = _unknown_spin(1e10, 0, self.tr(
            "Your account's follower count (optional): makes shared followers relative to the audience"))
        self.target_followers = _unknown_spin(1e10, 0, self.tr("The other account's follower count (optional)"))
        self.engagement = _unknown_spin(1.0, 2, self.tr(
            "From 0 to 1: the share of engagement coming from people who engage with both accounts. Raising it "
            "never lowers the score."))
        self.content = _unknown_spin(1.0, 2, self.tr(
            "From 0 to 1, on the sentence model's similarity scale. Leave it unknown and fill the texts below to "
            "have it measured."))
        metrics_box = QGroupBox(self.tr("Metrics (leave “unknown” when you don't have one)"))
        form = QFormLayout(metrics_box)
        form.addRow(self.tr("Shared followers"), self.shared)
        form.addRow(self.tr("Your followers"), self.account_followers)
        form.addRow(self.tr("Their followers"), self.target_followers)
        form.addRow(self.tr("Engagement overlap"), self.engagement)
        form.addRow(self.tr("Content similarity"), self.content)

        self.account_texts = QPlainTextEdit()
        self.account_texts.setPlaceholderText(self.tr("Your recent captions or bio, one per line (any language)"))
        self.target_texts = QPlainTextEdit()
        self.target_texts.setPlaceholderText(self.tr("Their recent captions or bio, one per line"))
        for w in (self.account_texts, self.target_texts):
            w.setToolTip(self.tr("With texts on both sides and content similarity unknown, the app measures content "
                         "similarity with a multilingual sentence embedder (runs offline)"))
            w.setMaximumHeight(90)
        texts_box = QGroupBox(self.tr("Or measure content similarity from captions / bios (optional)"))
        tl = QGridLayout(texts_box)
        tl.addWidget(self.account_texts, 0, 0)
        tl.addWidget(self.target_texts, 0, 1)

        self.account_artist = QLineEdit()
        self.target_artist = QLineEdit()
        for w, text in ((self.account_artist, self.tr("Your artist name on Spotify")),
                        (self.target_artist, self.tr("Their artist name on Spotify"))):
            w.setPlaceholderText(text)
            w.setToolTip(self.tr("Optional. When both artists are in the shipped Spotify sample (6 genres), their audio "
                         "profile and genre overlap fill in the metrics you left unknown."))
        artists_box = QGroupBox(self.tr("Artists (optional, Spotify sample)"))
        al = QHBoxLayout(artists_box)
        al.addWidget(self.account_artist)
        al.addWidget(self.target_artist)

        self.run_button = QPushButton(self.tr("Calculate affinity"))
        self.run_button.setDefault(True)
        self.run_button.setToolTip(self.tr("Score the pair (Ctrl+Return)"))
        self.run_button.clicked.connect(self.calculate)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.calculate)
        self.example_button = QPushButton(self.tr("Contract example"))
        self.example_button.setToolTip(self.tr("Fill in the CONTRACT.md example request"))
        self.example_button.clicked.connect(lambda: self.load_request(CONTRACT_EXAMPLE))
        self.export_button = QPushButton(self.tr("Export JSON…"))
        self.export_button.setToolTip(self.tr("Save the request and the result (Ctrl+S)"))
        self.export_button.setShortcut("Ctrl+S")
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(lambda: self.export_json())

        ids = QFormLayout()
        ids.addRow(self.tr("Account"), self.account_id)
        ids.addRow(self.tr("Target"), self.target_id)
        ids.addRow(self.tr("Platform"), self.platform)
        buttons = QHBoxLayout()
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.example_button)
        buttons.addWidget(self.export_button)
        left = QVBoxLayout()
        left.addLayout(ids)
        left.addWidget(metrics_box)
        left.addWidget(texts_box)
        left.addWidget(artists_box)
        left.addLayout(buttons)
        left.addStretch(1)

        # -- results ----------------------------------------------------------------
        self.gauge = Gauge()
        self.summary = QLabel(self.tr("Fill in what you know about the two accounts, then Calculate."))
        self.summary.setWordWrap(True)
        self.bars = pg.PlotWidget(axisItems={"left": NumberAxis("left")})
        self.bars.setBackground("w")
        self.bars.setMouseEnabled(False, False)
        self.bars.hideButtons()
        self.bars.setLabel("left", self.tr("per view (%)"))
        self.bars.getAxis("bottom").setTicks([[(0, self.tr("like")), (1, self.tr("comment")), (2, self.tr("share"))]])
        self.bar_texts: list = []  # each bar's value above it: a 0.05 % bar is too small to read off the axis
        self.bars.setYRange(0, 1.1, padding=0)  # empty: the top tick (1,0) below the edge, its label whole
        self.bars.setMinimumHeight(140)
        self.bars.setMaximumHeight(220)
        self.bars.setToolTip(self.tr("engagement_prediction: probability that a viewer likes, comments, shares"))
        self.bar_item: Optional[pg.BarGraphItem] = None
        self.bar_tips = BarTips(self.bars, 0.6, self)  # hovering a bar: its value and where it comes from
        self.engagement_label = QLabel("")
        self.engagement_label.setWordWrap(True)
        self.reasons = QListWidget()
        self.reasons.setWordWrap(True)
        self.reasons.setToolTip(self.tr("Why this score: each input's push, the bands, where engagement comes from"))
        self.error = ErrorLabel()
        self.progress = ProgressPanel(self.runner)

        right = QVBoxLayout()
        right.addWidget(self.gauge, 3)
        right.addWidget(self.summary)
        # where the shown numbers come from (the response's sources)
        self.score_sources = SourceStrip([(self.tr("affinity"), "affinity_score"),
                                          (self.tr("thresholds"), "details.thresholds")])
        right.addWidget(self.score_sources)
        self.engagement_sources = SourceStrip([(self.tr("like"), "engagement_prediction.like_probability"),
                                               (self.tr("comment"), "engagement_prediction.comment_probability"),
                                               (self.tr("share"), "engagement_prediction.share_probability")])
        eng_box = QGroupBox(self.tr("Engagement prediction"))
        el = QVBoxLayout(eng_box)
        el.addWidget(self.bars)
        el.addWidget(self.engagement_label)
        el.addWidget(self.engagement_sources)
        right.addWidget(eng_box, 1)
        reasons_box = QGroupBox(self.tr("Reasons"))
        QVBoxLayout(reasons_box).addWidget(self.reasons)
        right.addWidget(reasons_box, 3)

        cols = QHBoxLayout()
        cols.addLayout(left, 5)
        cols.addLayout(right, 6)
        lay = QVBoxLayout(self)
        lay.addLayout(cols, 1)
        lay.addWidget(self.error)
        lay.addWidget(self.progress)

    # -- request -------------------------------------------------------------------
    def build_request(self) -> dict:
        metrics = {}
        for key, box, cast in (("shared_followers", self.shared, int), ("account_followers", self.account_followers, int),
                               ("target_followers", self.target_followers, int),
                               ("engagement_overlap", self.engagement, float),
                               ("content_similarity", self.content, float)):
            v = _known(box)
            if v is not None:
                metrics[key] = cast(v)
        req: dict = {"account_id": self.account_id.text().strip(), "target_account_id": self.target_id.text().strip(),
                     "metrics": metrics, "platform": choices.value(self.platform)}
        a = [t for t in self.account_texts.toPlainText().splitlines() if t.strip()]
        b = [t for t in self.target_texts.toPlainText().splitlines() if t.strip()]
        if a or b:
            req["account_texts"], req["target_texts"] = a, b
        for key, w in (("account_artist", self.account_artist), ("target_artist", self.target_artist)):
            if w.text().strip():
                req[key] = w.text().strip()
        return req

    def load_request(self, req: dict) -> None:
        self.account_id.setText(req.get("account_id", ""))
        self.target_id.setText(req.get("target_account_id", ""))
        m = req.get("metrics", {})
        for key, box in (("shared_followers", self.shared), ("account_followers", self.account_followers),
                         ("target_followers", self.target_followers), ("engagement_overlap", self.engagement),
                         ("content_similarity", self.content)):
            box.setValue(m[key] if m.get(key) is not None else box.minimum())
        self.account_texts.setPlainText("\n".join(req.get("account_texts") or []))
        self.target_texts.setPlainText("\n".join(req.get("target_texts") or []))
        self.account_artist.setText(req.get("account_artist") or "")
        self.target_artist.setText(req.get("target_artist") or "")

    def calculate(self) -> None:
        req = self.build_request()
        self.last_request = req
        self.error.clear_error()
        self.ctx.set_value("affinity/account_id", req["account_id"])
        self.ctx.set_value("affinity/target_id", req["target_account_id"])
        self.ctx.set_value("affinity/platform", req["platform"])
        self.run_button.setEnabled(False)
        self.runner.start(lambda progress: engine.run("calculate_affinity", req, progress))

    # -- result --------------------------------------------------------------------
    def show_result(self, out: dict) -> None:
        self.export_button.setEnabled(True)
        self.last_response = out
        d = out.get("details", {})
        self.gauge.set_result(out["affinity_score"], out["collaboration_potential"], d.get("thresholds"))
        auc = d.get("heldout_roc_auc")
        potential = core_text.potential(out["collaboration_potential"])
        self.summary.setText(
            self.tr("<b>Affinity {score}</b> — <b>{potential}</b> collaboration potential.").format(
                score=fmt.number(out['affinity_score'], 2), potential=potential)
            + (" " + self.tr("The model {verdict} on real Spotify collaborations.").format(
                verdict=fmt.auc_verdict(auc)[0]) if auc else ""))
        self.summary.setToolTip(fmt.auc_verdict(auc)[1] if auc else "")
        ep = out["engagement_prediction"]
        heights = [100 * ep["like_probability"], 100 * ep["comment_probability"], 100 * ep["share_probability"]]
        if self.bar_item is not None:
            self.bars.removeItem(self.bar_item)
        self.bar_item = pg.BarGraphItem(x=[0, 1, 2], height=heights, width=0.6, brush="#2d7ff9")
        self.bars.addItem(self.bar_item)
        for t in self.bar_texts:
            self.bars.removeItem(t)
        self.bar_texts = []
        for x, h in enumerate(heights):
            t = pg.TextItem(fmt.points(h, 2), color="#333", anchor=(0.5, 1.0))
            t.setPos(x, h)
            self.bars.addItem(t)
            self.bar_texts.append(t)
        self.bars.setYRange(0, max(heights) * 1.2 if max(heights) > 0 else 1.0)
        keys = ("like_probability", "comment_probability", "share_probability")
        words = (self.tr("like"), self.tr("comment"), self.tr("share"))
        self.bar_tips.set_bars([0, 1, 2], [
            point_tip([self.tr("{what}: {value} of viewers").format(what=w, value=fmt.percent(ep[k], 2))],
                      covering(out, f"engagement_prediction.{k}")) for k, w in zip(keys, words)])
        src = out.get("engagement_source", "")
        label = {"imported_history": self.tr("from this account's imported post history"),
                 "published_benchmarks": self.tr("published benchmarks (no post history imported)"),
                 "mixed": self.tr("imported history, benchmarks where a count is missing")}.get(src, src)
        self.engagement_label.setText(
            self.tr("like {like} · comment {comment} · share {share} per view — {label}").format(
                like=fmt.points(heights[0], 2), comment=fmt.points(heights[1], 2), share=fmt.points(heights[2], 2),
                label=label))
        self.score_sources.show_sources(out)
        self.engagement_sources.show_sources(out)
        self.reasons.clear()
        self.reasons.addItems([lines(r) for r in out.get("reasons", [])])  # core's reasons, in the interface language
        self.ctx.show_status(self.tr("Affinity {score} ({potential})").format(
            score=fmt.number(out['affinity_score'], 2), potential=potential))

    def export_json(self, path: str = "") -> None:
        if not self.last_response:
            return
        save_export(self, path, "Export affinity", "affinity.json", "JSON (*.json)",
                    lambda p: write_json(p, {"request": self.last_request, "response": self.last_response}))

    def shutdown(self) -> None:
        self.runner.cancel()
