"""The Release tab: the release kit before posting and the report after it (issue 18).

*Release kit*: drop a video, say its title, artist, genre, the audience's countries, the
platforms and (optionally) the stored account; **Prepare the kit** (Ctrl+Return) runs core's
``prepare_release`` in a worker. While it runs, one row per stage (decode, virality, thumbnails,
captions, posting time, history, report) says waiting / running / done / skipped / failed with its
seconds, from the stage's progress messages and the ``partial`` item core sends when a stage ends;
Cancel (Esc) stops it and core leaves no folder behind. The result shows the virality score with
its source, the ranked thumbnail candidates (improved ones beside), a caption per platform with a
Copy button, the posting slot per platform in the audience's local times, and opens the kit's
folder and PDF.

*After-release report*: an account, one of its posts (the latest by default), a comments file and
the PDF's path; **Write the report** runs core's ``release_report`` and shows the verdict, the
peak and final views, the comments' sentiment and the next steps.

Every number on screen is one of the responses' numbers, with its ``sources`` entry beside it;
the tab computes none.
"""
from __future__ import annotations

import datetime as dt
import html
import os
import re
import shutil
import time
from pathlib import Path
from typing import Optional

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QEvent, QPointF, QRectF, Qt, QTimer, QUrl
from PySide6.QtGui import (QColor, QDesktopServices, QGuiApplication, QIcon, QKeySequence, QPainter, QPen, QPixmap,
                           QShortcut)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QFileDialog, QFormLayout, QFrame, QGridLayout,
                               QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QPlainTextEdit, QPushButton, QScrollArea, QTableWidget, QTableWidgetItem,
                               QTabWidget, QVBoxLayout, QWidget)

from viralml_desktop.core import engine, paths, timezones
from viralml_desktop.core.schemas.common import split_list
from viralml_desktop.core.vocabulary import PLATFORM_LABELS
from viralml_desktop.gui import choices, core_text, fmt, i18n
from viralml_desktop.gui.context import AppContext
from viralml_desktop.gui.settings_dialog import default_countries
from viralml_desktop.gui.source_text import _DECIMAL as _NUMBER
from viralml_desktop.gui.source_text import _number, lines
from viralml_desktop.gui.source_text import step as core_step
from viralml_desktop.gui.tabs.base import CapabilityTab
from viralml_desktop.gui.widgets import (AccountCombo, DropZone, ErrorLabel, FlowLayout, ProgressPanel, SourceBadge,
                                         SourceStrip, label_columns, mark_core_text, save_export)
from viralml_desktop.gui.worker import TaskRunner

VIDEO_EXTENSIONS = (".mp4", ".mov", ".m4v", ".mkv", ".webm", ".avi")
COMMENT_EXTENSIONS = (".txt", ".csv", ".json")
KIT_PLATFORMS = ("tiktok", "instagram", "youtube")

#: the kit's stages, in the order core runs them (release_interface.md), and their names on screen
STAGES = ("decode", "virality", "thumbnails", "captions", "posting_time", "history", "report")
STAGE_TITLES = {
    "decode": QT_TRANSLATE_NOOP("release", "Reading the video"),
    "virality": QT_TRANSLATE_NOOP("release", "Virality"),
    "thumbnails": QT_TRANSLATE_NOOP("release", "Thumbnails"),
    "captions": QT_TRANSLATE_NOOP("release", "Captions"),
    "posting_time": QT_TRANSLATE_NOOP("release", "Posting time"),
    "history": QT_TRANSLATE_NOOP("release", "Account history"),
    "report": QT_TRANSLATE_NOOP("release", "PDF report"),
}
#: a stage's state: its word, and the mark drawn beside it (:func:`state_icon`)
STATES = {
    "waiting": (QT_TRANSLATE_NOOP("release", "waiting"), "ring"),
    "running": (QT_TRANSLATE_NOOP("release", "running"), "half"),
    "done": (QT_TRANSLATE_NOOP("release", "done"), "check"),
    "skipped": (QT_TRANSLATE_NOOP("release", "skipped"), "dash"),
    "failed": (QT_TRANSLATE_NOOP("release", "failed"), "cross"),
    "cancelled": (QT_TRANSLATE_NOOP("release", "cancelled"), "slash"),
}
#: what each state's word means, for its tooltip
STATE_TIPS = {
    "waiting": QT_TRANSLATE_NOOP("release", "Waiting: this stage has not started yet"),
    "running": QT_TRANSLATE_NOOP("release", "Running now"),
    "done": QT_TRANSLATE_NOOP("release", "Done: its part of the kit is written"),
    "skipped": QT_TRANSLATE_NOOP("release", "Skipped: nothing to do for this kit (see its note)"),
    "failed": QT_TRANSLATE_NOOP("release", "Failed: this stage did not end (its note, when there is one, says why)"),
    "cancelled": QT_TRANSLATE_NOOP("release", "Cancelled before it ended"),
}
_MARK_COLOURS = {"ring": "#8a9099", "half": "#1e6fd9", "check": "#2e7d32", "dash": "#8a9099", "cross": "#c62828",
                 "slash": "#b26a00"}
#: the capabilities whose id heads one of the report's notes ("predict_peak: …"), in words
NOTE_HEADS = {
    "detect_anomaly": QT_TRANSLATE_NOOP("release", "Reach check"),
    "forecast_views": QT_TRANSLATE_NOOP("release", "Views forecast"),
    "predict_peak": QT_TRANSLATE_NOOP("release", "Peak and final views"),
    "analyze_comments": QT_TRANSLATE_NOOP("release", "Comments"),
}
#: the report's steps, as core's progress messages name them ("health: detect_anomaly on 40 posts…")
REPORT_STEPS = {
    "health": QT_TRANSLATE_NOOP("release", "Checking the account's reach"),
    "post": QT_TRANSLATE_NOOP("release", "Reading the post's views"),
    "comments": QT_TRANSLATE_NOOP("release", "Reading the comments"),
    "pdf": QT_TRANSLATE_NOOP("release", "Writing the PDF"),
}
PAGE_SIZES = {"A4": QT_TRANSLATE_NOOP("release", "A4"), "Letter": QT_TRANSLATE_NOOP("release", "Letter (US)")}


def rtr(text: str) -> str:
    """``text`` in the interface language (translation context ``release``)."""
    return QCoreApplication.translate("release", text)


def default_out_folder() -> Path:
    """Where kits go until the user chooses another folder (then remembered in the settings).

    Returns
    -------
    Path
        A folder the user sees in the file manager, never a hidden one: ``<Videos>/ViralML kits``
        when the user's Videos folder exists (platformdirs ``user_videos_dir``), else
        ``<Documents>/ViralML kits`` when that exists, else ``<Videos>/ViralML kits`` all the same
        (created with the first kit). With ``VIRALML_DATA_DIR`` set (tests, a portable run)
        ``<data dir>/kits``, never the user's folders. Not created here (core creates the kit's
        parents).
    """
    if not os.environ.get("VIRALML_DATA_DIR"):
        try:
            import platformdirs

            videos, documents = Path(platformdirs.user_videos_dir()), Path(platformdirs.user_documents_dir())
            for folder in (videos, documents):
                if folder.is_dir():
                    return folder / "ViralML kits"
            return videos / "ViralML kits"
        except Exception:  # noqa: BLE001 - platformdirs knows no folder here: the data dir
            pass
    return paths.user_data_dir() / "kits"


def saved_out_folder(ctx: AppContext) -> Path:
    """The folder kits go into: the one the user picked (the ``release/out_folder`` setting), else
    :func:`default_out_folder`.

    Parameters
    ----------
    ctx : AppContext
        The app's settings.

    Returns
    -------
    Path
        The saved folder, unless it is ``<data dir>/kits``, the hidden default that earlier
        versions saved at every run without the user choosing it: then the visible default.
    """
    saved = str(ctx.value("release/out_folder", "") or "").strip()
    if saved and Path(saved).expanduser() != paths.user_data_dir() / "kits":
        return Path(saved).expanduser()
    return default_out_folder()


def slug(text: str) -> str:
    """A folder-name-safe form of a title.

    Parameters
    ----------
    text : str
        A title or an account name ("Nueva Vida (teaser) ñ").

    Returns
    -------
    str
        ASCII letters, digits and underscores, at most 60 characters ("Nueva_Vida_teaser_n");
        "release" when nothing is left.
    """
    import unicodedata

    t = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode()
    t = re.sub(r"[^A-Za-z0-9]+", "_", t).strip("_")
    return t[:60] or "release"


def free_folder(base: Path, name: str) -> Path:
    """The kit folder for ``name`` that holds nothing yet.

    Parameters
    ----------
    base : Path
        The folder the kits go into.
    name : str
        The kit's name (:func:`slug` of the title).

    Returns
    -------
    Path
        ``base/name_kit``, or ``name_kit_2``, ``_3``… the first that does not exist or is an
        empty folder, so a kit never lands on an earlier one.
    """
    for i in range(1, 1000):
        p = base / (f"{name}_kit" if i == 1 else f"{name}_kit_{i}")
        if not p.exists() or (p.is_dir() and not any(p.iterdir())):
            return p
    return base / f"{name}_kit_{int(time.time())}"


def free_file(folder: Path, stem: str, suffix: str = ".pdf") -> Path:
    """A file name in ``folder`` that does not exist yet.

    Parameters
    ----------
    folder : Path
    stem : str
        The name without its suffix ("luna_roja_report").
    suffix : str
        ".pdf" by default.

    Returns
    -------
    Path
        ``folder/stem.pdf``, or ``stem_2.pdf``, ``_3``… the first free one.
    """
    for i in range(1, 1000):
        p = folder / (f"{stem}{suffix}" if i == 1 else f"{stem}_{i}{suffix}")
        if not p.exists():
            return p
    return folder / f"{stem}_{int(time.time())}{suffix}"


def open_url(url: QUrl) -> bool:
    """Open a folder or file with the desktop's program (QDesktopServices).

    Parameters
    ----------
    url : QUrl
        A local file's or folder's URL.

    Returns
    -------
    bool
        Whether the desktop took it; False without a display (the offscreen platform of tests and
        screenshots), where nothing is launched.
    """
    if QGuiApplication.platformName() in ("offscreen", "minimal"):
        return False
    return QDesktopServices.openUrl(url)


def local_when(iso: str) -> str:
    """A posting slot's local time as the reader writes it.

    Parameters
    ----------
    iso : str
        ISO 8601 with its UTC offset ("2026-12-03T18:00:00-05:00"), as kit.json's
        ``posting_time.slots.<platform>.local.<country>``.

    Returns
    -------
    str
        The short day and the clock of that offset's wall time in the interface language and the
        Clock setting ("Thu 3 Dec, 18:00", "jue 3 dic, 18:00"); the text as given if unreadable.
    """
    try:
        t = dt.datetime.fromisoformat(str(iso).replace("Z", "+00:00"))
    except ValueError:
        return str(iso)
    day = i18n.locale().toString(QDate(t.year, t.month, t.day), "ddd d MMM")
    return f"{day}, {fmt.clock(t.strftime('%H:%M'))}"


def state_icon(state: str, size: int = 16) -> QIcon:
    """The mark of a stage's state, drawn: distinct shapes and colours, none that reads as "play".

    Parameters
    ----------
    state : str
        A key of :data:`STATES`: waiting (an empty grey ring), running (a blue half-filled
        circle), done (a green disc with a tick), skipped (a grey disc with a bar), failed (a red
        disc with a cross), cancelled (an amber ring crossed by a slash).
    size : int
        Its width and height in pixels.

    Returns
    -------
    QIcon
    """
    mark = STATES[state][1]
    colour = QColor(_MARK_COLOURS[mark])
    pm = QPixmap(size, size)
    pm.fill(Qt.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.Antialiasing)
    r = QRectF(1.5, 1.5, size - 3.0, size - 3.0)
    c = r.center()
    p.setPen(QPen(colour, 1.6))
    if mark in ("ring", "slash"):
        p.setBrush(Qt.NoBrush)
        p.drawEllipse(r)
        if mark == "slash":
            p.drawLine(QPointF(r.left() + 2.5, r.bottom() - 2.5), QPointF(r.right() - 2.5, r.top() + 2.5))
    elif mark == "half":
        p.setBrush(Qt.NoBrush)
        p.drawEllipse(r)
        p.setBrush(colour)
        p.drawPie(r, 90 * 16, 180 * 16)
    else:
        p.setBrush(colour)
        p.drawEllipse(r)
        p.setPen(QPen(QColor("white"), 1.8, Qt.SolidLine, Qt.RoundCap, Qt.RoundJoin))
        k = r.width() / 4.0
        if mark == "check":
            p.drawPolyline([QPointF(c.x() - 1.4 * k, c.y()), QPointF(c.x() - 0.3 * k, c.y() + k),
                            QPointF(c.x() + 1.4 * k, c.y() - k)])
        elif mark == "dash":
            p.drawLine(QPointF(c.x() - 1.3 * k, c.y()), QPointF(c.x() + 1.3 * k, c.y()))
        else:  # cross
            p.drawLine(QPointF(c.x() - k, c.y() - k), QPointF(c.x() + k, c.y() + k))
            p.drawLine(QPointF(c.x() - k, c.y() + k), QPointF(c.x() + k, c.y() - k))
    p.end()
    return QIcon(pm)


class WrappedLabel(QLabel):
    """A word-wrapped label, top-aligned, whose size hints are as tall as its wrapped text at its
    current width.

    A word-wrapped QLabel's height depends on its width (height-for-width), but QFormLayout lays
    such a row out from the label's size hint, Qt's guess at a few words a line: measured, a 322 px
    wide account hint got 70 px for 56 px of text, and in Spanish at 1024x640 after a kit the row
    got less than its text (its first line under the combo, the tester's report). Here the hints
    are the height the text needs at the width the label has, and a new width asks for a relayout.
    """

    def __init__(self, text: str = "", parent: Optional[QWidget] = None):
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignLeft | Qt.AlignTop)
        self._fitted = -1  # the height the layout was last asked for

    def _fit(self, hint):
        if self.width() > 1 and self.text():
            hint.setHeight(self.heightForWidth(self.width()))
        return hint

    def sizeHint(self):  # noqa: N802 (Qt API)
        return self._fit(super().sizeHint())

    def minimumSizeHint(self):  # noqa: N802 (Qt API)
        return self._fit(super().minimumSizeHint())

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        need = self.heightForWidth(self.width())
        if need != self._fitted:
            self._fitted = need
            self.updateGeometry()  # the hints changed with the width


class FormScroll(QScrollArea):
    """A scroll area for a form: it scrolls up and down only, and is never narrower than the form's
    own minimum width (plus its scroll bar), so a long file or account name widens the column
    instead of cutting the form's buttons off at its right edge."""

    def setWidget(self, widget: QWidget) -> None:  # noqa: N802 (Qt API)
        super().setWidget(widget)
        widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt API)
        if obj is self.widget() and event.type() == QEvent.LayoutRequest:
            self.updateGeometry()  # the form's minimum width may have changed (a longer name)
        return super().eventFilter(obj, event)

    def __init__(self, min_width: int = 0, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.min_width = min_width  # the floor, also when the form would allow less

    def minimumSizeHint(self):  # noqa: N802 (Qt API)
        hint = super().minimumSizeHint()
        width = max(hint.width(), self.min_width)
        if self.widget() is not None:
            bar = self.verticalScrollBar().sizeHint().width()
            width = max(width, self.widget().minimumSizeHint().width() + bar + 2 * self.frameWidth())
        hint.setWidth(width)
        return hint


def vertical_scroll(layout: QVBoxLayout, area: Optional[QScrollArea] = None) -> QScrollArea:
    """``layout`` in a frameless area (``area``, a plain QScrollArea by default) that scrolls up and
    down, never sideways (the content is as wide as the area: labels wrap instead)."""
    inner = QWidget()
    inner.setLayout(layout)
    area = QScrollArea() if area is None else area
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
    area.setWidget(inner)
    return area


def form_column(form: QFormLayout, below: list[QWidget], action: QPushButton, under: list[QWidget],
                min_width: int) -> QWidget:
    """A page's inputs column: the form scrolls, its primary action stays in view.

    Parameters
    ----------
    form : QFormLayout
        The inputs.
    below : list of QWidget
        Widgets under the form that scroll with it (the kit's target folder line).
    action : QPushButton
        The page's primary action (Prepare the kit, Write the report), at the right of a bar fixed
        under the scroll area, so it is reachable however short the window (1024x640 in Spanish).
    under : list of QWidget
        Widgets fixed under the action (the error line, the progress, the state line).
    min_width : int
        The column's minimum width in pixels (its maximum is 440).

    Returns
    -------
    QWidget
        The column.
    """
    inputs = QVBoxLayout()
    inputs.setContentsMargins(0, 0, 0, 0)
    inputs.addLayout(form)
    for w in below:
        inputs.addWidget(w)
    inputs.addStretch(1)
    scroll = vertical_scroll(inputs, FormScroll(min_width))
    scroll.setObjectName("form_scroll")
    bar = QHBoxLayout()
    bar.addStretch(1)
    bar.addWidget(action)
    col = QVBoxLayout()
    col.setContentsMargins(0, 0, 0, 0)
    col.addWidget(scroll, 1)
    col.addWidget(QFrame(frameShape=QFrame.HLine, frameShadow=QFrame.Sunken))
    col.addLayout(bar)
    for w in under:
        col.addWidget(w)
    column = QWidget()
    column.setLayout(col)  # as wide as the form needs (FormScroll), at least min_width
    column.setMaximumWidth(440)
    return column


def page_size_combo(ctx: AppContext, tip: str) -> QComboBox:
    """The PDF's paper size (A4, Letter), the one last used chosen (setting ``release/page_size``)."""
    combo = QComboBox()
    for size, label in PAGE_SIZES.items():
        combo.addItem(rtr(label), size)
    choices.select(combo, str(ctx.value("release/page_size", "A4")))
    combo.setToolTip(tip)
    return combo


def two_columns(page: QWidget, left: QWidget, right: QVBoxLayout) -> None:
    """Lay out ``page``: the inputs column, a rule, the results (twice as wide)."""
    lay = QHBoxLayout(page)
    lay.addWidget(left, 1)
    lay.addWidget(QFrame(frameShape=QFrame.VLine, frameShadow=QFrame.Sunken))
    lay.addLayout(right, 2)


def minutes_seconds(t: float) -> str:
    """A time in the video as m:ss.s with the reader's decimal mark ("1:05.5", "1:05,5").

    Parameters
    ----------
    t : float
        Seconds from the video's start (a thumbnail candidate's ``time_s``); negative counts as 0.

    Returns
    -------
    str
    """
    t = max(0.0, float(t))
    minutes, rest = int(t // 60), t % 60
    if round(rest, 1) >= 60.0:  # 59.96 s would print as 0:60.0
        minutes, rest = minutes + 1, 0.0
    sec = fmt.number(rest, 1)
    return f"{minutes}:{'0' if rest < 9.95 else ''}{sec}"


class CountryPicker(QWidget):
    """Countries to choose several of: a search box over a checkable list (code and name, in English
    and Spanish), the chosen ones listed first."""

    def __init__(self, chosen: list[str], parent: Optional[QWidget] = None):
        super().__init__(parent)
        from viralml_desktop.gui.tabs.posting_time import _fold, country_lookup, shown_country_names

        self._fold = _fold
        names = timezones.country_names()
        _, spanish = country_lookup(names)  # the search finds a country by either name
        shown = shown_country_names(names)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search a country: code or name…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.list = QListWidget()
        self.list.setMinimumHeight(90)
        self.list.setMaximumHeight(130)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)  # a long name is elided, whole in its tooltip
        self.list.setTextElideMode(Qt.ElideRight)
        self.list.setToolTip(self.tr("Tick your audience's countries: the posting slot is picked for them"))
        self._keys: dict[str, str] = {}
        chosen = [c for c in chosen if c in names]
        self._order = {c: i for i, c in enumerate(sorted(names, key=lambda c: _fold(shown[c])))}
        for code in chosen + [c for c in self._order if c not in chosen]:
            it = QListWidgetItem(f"{code} — {shown[code]}")
            it.setToolTip(it.text())
            it.setData(Qt.UserRole, code)
            it.setFlags(it.flags() | Qt.ItemIsUserCheckable)
            it.setCheckState(Qt.Checked if code in chosen else Qt.Unchecked)
            self.list.addItem(it)
            self._keys[code] = " ".join(_fold(x) for x in (code, names[code], spanish.get(code, "")))
        self.summary = WrappedLabel("")
        self.list.itemChanged.connect(lambda _: self._sum())
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.search)
        lay.addWidget(self.list)
        lay.addWidget(self.summary)
        self._sum()

    def _filter(self, text: str) -> None:
        key = self._fold(text)
        for i in range(self.list.count()):
            it = self.list.item(i)
            it.setHidden(bool(key) and key not in self._keys[it.data(Qt.UserRole)])

    def _sum(self) -> None:
        codes = self.codes()
        self.summary.setText(self.tr("Chosen: {codes}").format(codes=", ".join(codes)) if codes
                             else self.tr("No country chosen: tick at least one"))

    def codes(self) -> list[str]:
        """The ticked countries' ISO codes, in list order."""
        return [self.list.item(i).data(Qt.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.Checked]

    def set_codes(self, codes: list[str]) -> None:
        """Tick exactly ``codes`` (ISO-2), listed first in that order; the others stay in name order."""
        want = [c.strip().upper() for c in codes]
        items = [self.list.takeItem(0) for _ in range(self.list.count())]
        chosen = sorted((it for it in items if it.data(Qt.UserRole) in want), key=lambda it: want.index(it.data(Qt.UserRole)))
        rest = sorted((it for it in items if it.data(Qt.UserRole) not in want), key=lambda it: self._order[it.data(Qt.UserRole)])
        self.list.blockSignals(True)
        for it in chosen + rest:
            it.setCheckState(Qt.Checked if it.data(Qt.UserRole) in want else Qt.Unchecked)
            self.list.addItem(it)
        self.list.blockSignals(False)
        self._filter(self.search.text())
        self._sum()


class StageTable(QTableWidget):
    """One row per kit stage: its name, its state (icon and word), its seconds."""

    def __init__(self, parent: Optional[QWidget] = None):
        super().__init__(len(STAGES), 3, parent)
        self.setHorizontalHeaderLabels([self.tr("Stage"), self.tr("State"), self.tr("Seconds")])
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QTableWidget.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.NoSelection)
        self.setFocusPolicy(Qt.NoFocus)
        h = self.horizontalHeader()
        h.setSectionResizeMode(0, QHeaderView.ResizeToContents)
        h.setSectionResizeMode(1, QHeaderView.ResizeToContents)
        h.setSectionResizeMode(2, QHeaderView.ResizeToContents)
        self.states: dict[str, str] = {}
        self.started: dict[str, float] = {}
        self.seconds: dict[str, Optional[float]] = {}
        for r, key in enumerate(STAGES):
            self.setItem(r, 0, QTableWidgetItem(rtr(STAGE_TITLES[key])))
            self.setItem(r, 1, QTableWidgetItem(""))
            self.setItem(r, 2, QTableWidgetItem(""))
            self.item(r, 2).setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
        row_h = self.fontMetrics().height() + 6  # compact rows: the kit's result needs the height
        self.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
        self.verticalHeader().setDefaultSectionSize(row_h)
        rows = row_h * len(STAGES) + self.horizontalHeader().sizeHint().height()
        self.setFixedHeight(rows + 2 * self.frameWidth() + 2)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setSizeAdjustPolicy(QAbstractItemView.AdjustToContents)  # as wide as its longest stage name
        self.timer = QTimer(self, interval=250)
        self.timer.timeout.connect(self._tick)
        self.reset()

    def reset(self) -> None:
        self.started.clear()
        self.seconds.clear()
        self.label_sources(None)
        for key in STAGES:
            self.set_state(key, "waiting")
        self.timer.stop()

    def label_sources(self, kit: Optional[dict]) -> None:
        """Say under the Seconds header where the seconds come from (the kit's sources); None: no label."""
        label_columns(self, kit, {2: "stage_seconds"})
        self._fit()

    def set_state(self, key: str, state: str, seconds: Optional[float] = None, note: str = "") -> None:
        if key not in STAGES:
            return
        r = STAGES.index(key)
        self.states[key] = state
        if state == "running":
            self.started.setdefault(key, time.monotonic())
            if not self.timer.isActive():
                self.timer.start()
        if seconds is not None:
            self.seconds[key] = float(seconds)
        item = self.item(r, 1)
        item.setText(rtr(STATES[state][0]))
        item.setIcon(state_icon(state))
        said = lines(note) if note else ""
        for c in range(3):
            self.item(r, c).setToolTip(said)
        item.setToolTip(rtr(STATE_TIPS[state]) + ("\n" + said if said else ""))
        self._show_seconds(key)
        self._fit()

    def _fit(self) -> None:
        """Never narrower than its columns (a narrow window squeezes the summary beside it instead)."""
        self.resizeColumnsToContents()
        self.setMinimumWidth(self.horizontalHeader().length() + 2 * self.frameWidth() + 2)
        rows = self.verticalHeader().defaultSectionSize() * len(STAGES)
        self.setFixedHeight(rows + self.horizontalHeader().sizeHint().height() + 2 * self.frameWidth() + 2)

    def _show_seconds(self, key: str) -> None:
        r = STAGES.index(key)
        s = self.seconds.get(key)
        if s is None and self.states.get(key) == "running" and key in self.started:
            s = time.monotonic() - self.started[key]
        self.item(r, 2).setText("" if s is None else fmt.seconds(s))

    def _tick(self) -> None:
        running = [k for k in STAGES if self.states.get(k) == "running"]
        for k in running:
            self._show_seconds(k)
        if not running:
            self.timer.stop()

    def stop(self, state_for_unfinished: str) -> None:
        """The run ended: stages still waiting or running take ``state_for_unfinished``."""
        for key in STAGES:
            if self.states.get(key) in ("waiting", "running"):
                self.set_state(key, state_for_unfinished)
        self.timer.stop()

    def state_texts(self) -> dict[str, str]:
        return dict(self.states)


class CaptionCard(QGroupBox):
    """One platform's caption: the text, its length against the limit, its hashtags, Copy."""

    def __init__(self, platform: str, parent: Optional[QWidget] = None):
        super().__init__(PLATFORM_LABELS.get(platform, platform), parent)
        self.platform = platform
        self.setFixedWidth(250)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setMaximumHeight(72)
        self.text.setToolTip(self.tr("The caption core wrote for this platform, hashtags included"))
        self.info = QLabel("")
        self.info.setWordWrap(True)
        # where the length and the limit come from (the kit's sources)
        self.badge = SourceBadge(self, self.tr("length"))
        self.limit_badge = SourceBadge(self, self.tr("limit"))
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy this caption to the clipboard"))
        self.copy_button.clicked.connect(self.copy)
        badges = FlowLayout()
        badges.addWidget(self.badge)
        badges.addWidget(self.limit_badge)
        row = QHBoxLayout()
        row.addLayout(badges, 1)
        row.addWidget(self.copy_button, 0, Qt.AlignBottom)
        lay = QVBoxLayout(self)
        lay.addWidget(self.text)
        lay.addWidget(self.info)
        lay.addLayout(row)

    def show_caption(self, cap: dict, kit: Optional[dict] = None) -> None:
        self.text.setPlainText(cap.get("text", ""))
        n = len(cap.get("hashtags") or [])
        chars, limit = cap.get("chars", len(cap.get("text", ""))), cap.get("limit")
        self.info.setText((self.tr("{chars} of {limit} characters · 1 hashtag") if n == 1 else
                           self.tr("{chars} of {limit} characters · {n} hashtags")).format(
            chars=fmt.count(chars), limit=fmt.count(limit), n=fmt.count(n)))
        if kit is not None and (kit.get("sources") or {}).get(f"captions.{self.platform}.chars"):
            self.badge.show_source(kit, f"captions.{self.platform}.chars")
        else:
            self.badge.show_source(cap.get("response"), "length")
        self.limit_badge.show_source(kit, f"captions.{self.platform}.limit")

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text.toPlainText())
        win = self.window()
        if hasattr(win, "statusBar"):
            win.statusBar().showMessage(self.tr("{platform} caption copied").format(
                platform=PLATFORM_LABELS.get(self.platform, self.platform)), 4000)


class ThumbCard(QFrame):
    """One ranked thumbnail candidate: the frame, its improved version beside it when core verified
    one, the rank, the time in the video and the score with its source."""

    def __init__(self, folder: Path, cand: dict, parent: Optional[QWidget] = None, kit: Optional[dict] = None,
                 index: int = 0, click: bool = True):
        super().__init__(parent)
        self.setFrameShape(QFrame.StyledPanel)
        self.cand = cand
        lay = QVBoxLayout(self)
        pics = QHBoxLayout()
        self.image = self._pic(folder / cand["file"])
        pics.addWidget(self.image)
        self.improved = None
        if cand.get("improved_file"):
            self.improved = self._pic(folder / cand["improved_file"])
            self.improved.setToolTip(self.tr("Improved: {edits}").format(
                edits=", ".join(lines(str(e.get("edit", e)) if isinstance(e, dict) else str(e))
                                for e in cand.get("improvements") or []) or "–"))
            pics.addWidget(self.improved)
        self.cover = None
        if cand.get("cover_file") and (folder / cand["cover_file"]).exists():
            self.cover = self._pic(folder / cand["cover_file"])  # the portrait kit's 9:16 cover, as tall
            self.cover.setToolTip(self.tr("9:16 cover for Reels, TikTok and Shorts: {file}").format(
                file=Path(cand["cover_file"]).name))
            pics.addWidget(self.cover)
        pics.addStretch(1)
        lay.addLayout(pics)
        when = minutes_seconds(float(cand.get("time_s") or 0.0))
        if cand.get("improved_score") is not None:
            text = self.tr("#{rank} · {score}/10, improved {improved}/10 · at {time}").format(
                rank=cand.get("rank"), score=fmt.number(cand.get("score"), 1),
                improved=fmt.number(cand.get("improved_score"), 1), time=when)
        else:
            text = self.tr("#{rank} · {score}/10 · at {time}").format(
                rank=cand.get("rank"), score=fmt.number(cand.get("score"), 1), time=when)
        cp = (cand.get("response") or {}).get("click_probability")
        if click and cp is not None:  # the channel's own model: a figure for this picture
            text += " · " + self.tr("click {p}").format(p=fmt.percent(cp, 0))
        self.caption = QLabel(text)
        self.badge = SourceBadge(self)
        self.badge.show_source(cand.get("response"), "visual_appeal_score")
        self.improved_badge = SourceBadge(self, self.tr("improved"))
        if cand.get("improved_score") is not None:  # re-measured on the improved image (the kit's source)
            self.improved_badge.show_source(kit, f"thumbnails[{index}].improved_score")
        self.caption.setWordWrap(True)
        lay.addWidget(self.caption)
        badges = FlowLayout()  # under the line, so the card stays as wide as its pictures
        badges.addWidget(self.badge)
        badges.addWidget(self.improved_badge)
        self.click_badge = SourceBadge(self, self.tr("click"))
        if click and cp is not None:
            self.click_badge.show_source(cand.get("response"), "click_probability")
        badges.addWidget(self.click_badge)
        lay.addLayout(badges)
        lay.addStretch(1)
        wide = 160 * (2 if self.improved is not None else 1) + (self.cover.width() + 6 if self.cover is not None else 0)
        self.setMaximumWidth(wide + 40)
        if self.improved is not None:
            self.image.setToolTip(self.tr("left: the frame · right: improved"))

    @staticmethod
    def _pic(path: Path) -> QLabel:  # 90 px high, as wide as its shape (16:9 frames, 9:16 covers)
        label = QLabel()
        pm = QPixmap(str(path))
        if not pm.isNull():
            pm = pm.scaled(160, 90, Qt.KeepAspectRatio, Qt.SmoothTransformation)
            label.setPixmap(pm)
            label.setFixedSize(pm.size())  # the row scrolls sideways; the pictures never shrink
        label.setToolTip(path.name)
        return label


def shared_click_prior(cands: list) -> Optional[dict]:
    """The click probability every candidate shares when it is the published prior, else None.

    Without the channel's own thumbnail model, ``score_thumbnail`` answers the published typical
    YouTube impressions CTR (``click_probability_source`` "rules_prior", its source entry of kind
    ``prior``): the same figure for every picture, so it is said once, not under each card.

    Parameters
    ----------
    cands : list of dict
        The kit's ``thumbnails`` (each with its ``score_thumbnail`` ``response``).

    Returns
    -------
    dict or None
        ``{"click_probability": float, "interval": [low, high] or None, "response": dict}`` (the
        first candidate's response, for the source badge), or None when any candidate's figure is
        a model's or the figures differ.
    """
    from viralml_desktop.core import sources

    resps = [c.get("response") for c in cands if isinstance(c, dict) and isinstance(c.get("response"), dict)]
    resps = [r for r in resps if r.get("click_probability") is not None]
    if not resps:
        return None
    for r in resps:
        entry = sources.covering(r.get("sources") or {}, "click_probability") or {}
        if entry.get("kind") != "prior" and not str(r.get("click_probability_source") or "").endswith("prior"):
            return None
    if len({round(float(r["click_probability"]), 6) for r in resps}) != 1:
        return None
    iv = resps[0].get("click_probability_interval")
    return {"click_probability": float(resps[0]["click_probability"]),
            "interval": list(iv) if isinstance(iv, (list, tuple)) and len(iv) == 2 else None, "response": resps[0]}


def render_pdf(path: str, width_px: int, progress=None) -> list:
    """Every page of a PDF as an image, for the preview (display only).

    Runs in a worker: QImage, unlike QPixmap, may be made off the UI thread.

    Parameters
    ----------
    path : str
        The PDF (the kit's report.pdf or the report written).
    width_px : int
        The width of each image in pixels; the height keeps the page's proportions.
    progress : ProgressLike, optional
        Told the fraction of pages drawn; a cancellation point.

    Returns
    -------
    list of QImage
        One RGB888 image per page, in order (pypdfium2's render of the page).

    Raises
    ------
    InputError
        The file cannot be opened as a PDF (one line).
    """
    import pypdfium2 as pdfium
    from PySide6.QtGui import QImage

    from viralml_desktop.core.errors import InputError

    try:
        doc = pdfium.PdfDocument(str(path))
    except (pdfium.PdfiumError, OSError) as e:
        raise InputError(f"cannot open {Path(path).name} as a PDF: {e}") from None
    try:
        pages = []
        for i in range(len(doc)):
            if progress is not None:
                progress.update(i / max(1, len(doc)), "")
            page = doc[i]
            img = page.render(scale=width_px / max(1.0, page.get_width())).to_pil().convert("RGB")
            data = img.tobytes()
            pages.append(QImage(data, img.width, img.height, 3 * img.width, QImage.Format_RGB888).copy())
        return pages
    finally:
        doc.close()


class PdfPreview(QGroupBox):
    """The PDF just written, a page at a time, with the page before and after; read off the UI thread."""

    def __init__(self, width_px: int = 300, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setTitle(self.tr("The PDF"))
        self.width_px = width_px
        self.pages: list = []
        self.index = 0
        self.path = ""
        self.runner = TaskRunner(self)
        self.runner.result.connect(self._show_pages)
        self.runner.error.connect(lambda msg: self.page_label.setText(msg))
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignCenter)
        self.image.setFixedWidth(width_px + 2)
        self.image.setStyleSheet("border: 1px solid #b0b4ba; background: white;")
        self.prev_button = QPushButton("◀")
        self.prev_button.setToolTip(self.tr("Previous page"))
        self.prev_button.clicked.connect(lambda: self.show_page(self.index - 1))
        self.next_button = QPushButton("▶")
        self.next_button.setToolTip(self.tr("Next page"))
        self.next_button.clicked.connect(lambda: self.show_page(self.index + 1))
        for b in (self.prev_button, self.next_button):
            b.setFixedWidth(36)
        self.page_label = QLabel("")
        self.page_label.setAlignment(Qt.AlignCenter)
        row = QHBoxLayout()
        row.addWidget(self.prev_button)
        row.addWidget(self.page_label, 1)
        row.addWidget(self.next_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.image, 0, Qt.AlignHCenter)
        lay.addLayout(row)
        self.clear()

    def clear(self) -> None:
        self.runner.cancel()
        self.pages, self.index, self.path = [], 0, ""
        self.image.clear()
        self.page_label.setText("")
        self._sync()
        self.setVisible(False)

    def show_pdf(self, path: str) -> None:
        """Read the PDF at ``path`` in a worker and show its first page."""
        self.clear()
        self.path = str(path)
        self.setVisible(True)
        self.page_label.setText(self.tr("Reading the PDF…"))
        path, width = self.path, self.width_px
        self.runner.start(lambda progress: render_pdf(path, width, progress))

    def _show_pages(self, pages: list) -> None:
        self.pages = list(pages)
        self.show_page(0)

    def show_page(self, i: int) -> None:
        if not self.pages:
            self._sync()
            return
        self.index = max(0, min(i, len(self.pages) - 1))
        self.image.setPixmap(QPixmap.fromImage(self.pages[self.index]))
        self.page_label.setText(self.tr("Page {i} of {n}").format(i=self.index + 1, n=len(self.pages)))
        self._sync()

    def _sync(self) -> None:
        self.prev_button.setEnabled(bool(self.pages) and self.index > 0)
        self.next_button.setEnabled(bool(self.pages) and self.index < len(self.pages) - 1)


class JobPage(QWidget):
    """What the kit and the report pages share: the settings, one job runner with its progress panel
    (bar, message, Cancel), the page's handlers, and opening a file with the desktop's program.

    The page's handlers are connected after the panel's, so a page's own words for a step (in the
    interface language) replace core's English progress message instead of being overwritten by it.
    Subclasses define ``show_result``, ``_on_error``, ``_on_cancelled`` and ``_sync_buttons``.
    """

    def __init__(self, ctx: AppContext, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.ctx = ctx
        self.last_opened: Optional[str] = None
        self.runner = TaskRunner(self)
        self.progress = ProgressPanel(self.runner)
        for signal, slot in ((self.runner.started, self._on_started), (self.runner.progress, self._on_progress),
                             (self.runner.partial, self._on_partial), (self.runner.result, self.show_result),
                             (self.runner.error, self._on_error), (self.runner.cancelled, self._on_cancelled),
                             (self.runner.finished, self._sync_buttons)):
            signal.connect(slot)

    def _on_started(self) -> None:
        self._sync_buttons()

    def _on_progress(self, f: float, msg: str) -> None:
        pass

    def _on_partial(self, item: object) -> None:
        pass

    def open_path(self, path: Path) -> None:
        """Open a file or folder the page wrote with the desktop's program (remembered in ``last_opened``)."""
        self.last_opened = str(path)
        open_url(QUrl.fromLocalFile(str(path)))


class KitPage(JobPage):
    """The release kit: inputs on the left, the stages and the kit on the right."""

    def __init__(self, ctx: AppContext, parent: Optional[QWidget] = None):
        self.video_path = ""
        self.out_dir: Optional[Path] = None
        self.kit: Optional[dict] = None
        super().__init__(ctx, parent)

        # -- inputs ----------------------------------------------------------------------------
        self.drop = DropZone(self.tr("Drop the video here"), VIDEO_EXTENSIONS,
                             dialog_filter=self.tr("Videos") + " (" + " ".join("*" + e for e in VIDEO_EXTENSIONS) + ")")
        self.drop.setMinimumHeight(52)
        self.drop.setMaximumHeight(64)
        self.drop.filesDropped.connect(lambda p: self.set_video(p[0]))
        self.browse_button = QPushButton(self.tr("Browse…"))
        self.browse_button.setToolTip(self.tr("Choose the video of the release"))
        self.browse_button.clicked.connect(self.drop.choose)
        self.title = QLineEdit(str(ctx.value("release/title", "")))
        self.title.setPlaceholderText(self.tr("Song or video title"))
        self.title.textChanged.connect(lambda _: self._update_target())
        self.artist = QLineEdit(str(ctx.value("release/artist", "")))
        self.artist.setPlaceholderText(self.tr("Artist name"))
        self.genre = choices.genre_combo(str(ctx.value("release/genre", "")))
        self.genre.setToolTip(self.tr("The genre the virality prior reads (leave empty if unsure)"))
        saved = str(ctx.value("release/countries", "") or default_countries(ctx))
        self.countries = CountryPicker([c.strip().upper() for c in split_list(saved)])
        self.platform_boxes: dict[str, QCheckBox] = {}
        # two a line in a grid: its height is its rows', whatever width the form row gets (a flow
        # layout's height depends on the width, and the form laid it out one line high after a kit)
        plat_row = QGridLayout()
        plat_row.setHorizontalSpacing(10)
        chosen_plats = str(ctx.value("release/platforms", ",".join(KIT_PLATFORMS))).split(",")
        for i, p in enumerate(KIT_PLATFORMS):
            box = QCheckBox(PLATFORM_LABELS[p])
            box.setChecked(p in chosen_plats)
            self.platform_boxes[p] = box
            plat_row.addWidget(box, i // 2, i % 2)
        plat_row.setColumnStretch(2, 1)
        self.account = AccountCombo(self.tr("No history"), "release/account", ctx)
        self.account.setToolTip(self.tr("A stored post history (imported in Account health)"))
        self.account.currentIndexChanged.connect(lambda _: self._account_hint())
        self.account_hint = WrappedLabel("")
        self.account_hint.setStyleSheet("color: palette(mid);")
        self.out_folder = QLineEdit(str(saved_out_folder(ctx)))
        self.out_folder.setToolTip(self.tr("The kit is written in a new folder inside this one"))
        self.out_folder.textChanged.connect(lambda _: self._update_target())
        self.out_button = QPushButton(self.tr("Choose…"))
        self.out_button.setToolTip(self.tr("Choose the folder the kits go into"))
        self.out_button.clicked.connect(self.choose_out_folder)
        self.page_size = page_size_combo(ctx, self.tr("Paper size of the PDF report; its language is the app's"))
        self.target = WrappedLabel("")
        self.target.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.run_button = QPushButton(self.tr("Prepare the kit"))
        self.run_button.setToolTip(self.tr("Analyse the video and write the kit folder (Ctrl+Return)"))
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.run)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):  # the main Return key and the keypad's Enter
            QShortcut(QKeySequence(keys), self, activated=self.run)
        self.error = ErrorLabel()
        self.stages = StageTable()
        self.state_line = QLabel("")
        self.state_line.setWordWrap(True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        vid = QHBoxLayout()
        vid.addWidget(self.drop, 1)
        vid.addWidget(self.browse_button)
        form.addRow(self.tr("Video:"), vid)
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(self.tr("Artist:"), self.artist)
        form.addRow(self.tr("Genre:"), self.genre)
        form.addRow(self.tr("Countries:"), self.countries)
        form.addRow(self.tr("Platforms:"), plat_row)
        form.addRow(self.tr("Account:"), self.account)
        form.addRow("", self.account_hint)
        out = QHBoxLayout()
        out.addWidget(self.out_folder, 1)
        out.addWidget(self.out_button)
        form.addRow(self.tr("Output folder:"), out)
        form.addRow(self.tr("PDF page:"), self.page_size)
        left_w = form_column(form, [self.target], self.run_button, [self.error], 340)

        # -- result ----------------------------------------------------------------------------
        self.empty = QLabel(self.tr("No kit yet. Drop the release's video, set its title, artist, countries and "
                                    "platforms, then <b>Prepare the kit</b>: the virality score, ranked thumbnails, "
                                    "a caption per platform, the posting slots and a PDF report, in one folder."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignCenter)
        self.score_label = QLabel("")
        self.score_badge = SourceBadge(self)
        self.score_sources = SourceStrip([(self.tr("confidence"), "confidence")])
        self.basis = mark_core_text(QLabel(""))  # core's sentence, said in the interface language by lines()
        self.basis.setWordWrap(True)
        self.basis.setStyleSheet("font-size: 90%;")
        self.thumbs_box = QGroupBox(self.tr("Thumbnail candidates, best first"))
        self.thumbs_row = QHBoxLayout()
        thumbs_inner = QWidget()
        thumbs_inner.setLayout(self.thumbs_row)
        self.thumbs_scroll = QScrollArea()
        self.thumbs_scroll.setWidgetResizable(True)
        self.thumbs_scroll.setFrameShape(QFrame.NoFrame)
        self.thumbs_scroll.setWidget(thumbs_inner)
        self.thumbs_scroll.setMinimumHeight(215)  # picture, two lines, the badges and the scroll bar
        self.thumbs_scroll.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.click_line = WrappedLabel("")
        self.click_badge = SourceBadge(self, self.tr("click probability"))
        click_row = QHBoxLayout()
        click_row.addWidget(self.click_line, 1)
        click_row.addWidget(self.click_badge, 0, Qt.AlignTop)
        thumbs_lay = QVBoxLayout(self.thumbs_box)
        thumbs_lay.addLayout(click_row)
        thumbs_lay.addWidget(self.thumbs_scroll)
        self.captions_box = QGroupBox(self.tr("Captions"))
        self.captions_lay = FlowLayout(self.captions_box, spacing=8)  # cards wrap in a narrow window
        self.caption_cards: dict[str, CaptionCard] = {}
        self.slots_box = QGroupBox(self.tr("When to post (your audience's local time)"))
        self.slots_lay = QVBoxLayout(self.slots_box)
        self.slot_labels: dict[str, QLabel] = {}
        self.history_label = QLabel("")
        self.history_label.setWordWrap(True)
        self.history_badge = SourceBadge(self, self.tr("forecast"))
        self.notes = mark_core_text(QLabel(""))  # core's notes (stages skipped or failed), via lines()
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet("color: palette(mid);")
        self.open_folder_button = QPushButton(self.tr("Open folder"))
        self.open_folder_button.setToolTip(self.tr("Show the kit's folder in the file manager"))
        self.open_folder_button.clicked.connect(self.open_folder)
        self.open_pdf_button = QPushButton(self.tr("Open PDF"))
        self.open_pdf_button.setToolTip(self.tr("Open the kit's report.pdf"))
        self.open_pdf_button.clicked.connect(self.open_pdf)
        self.export_button = QPushButton(self.tr("Export kit.json…"))
        self.export_button.setToolTip(self.tr("Save a copy of kit.json, every response of the kit"))
        self.export_button.clicked.connect(lambda: self.export_json())

        # right: the stages beside the run's summary (score, state, progress, the kit's buttons),
        # then the kit itself in a scroll area
        summary = QVBoxLayout()
        score_row = FlowLayout()  # the badge goes under the score in a narrow window
        score_row.addWidget(self.score_label)
        score_row.addWidget(self.score_badge)
        summary.addLayout(score_row)
        summary.addWidget(self.score_sources)
        summary.addWidget(self.state_line)
        summary.addStretch(1)
        summary.addWidget(self.progress)
        buttons = FlowLayout()
        for b in (self.open_folder_button, self.open_pdf_button, self.export_button):
            buttons.addWidget(b)
        summary.addLayout(buttons)
        top = QHBoxLayout()
        top.addWidget(self.stages, 0, Qt.AlignTop)
        top.addLayout(summary, 1)
        result = QVBoxLayout()
        result.setContentsMargins(0, 0, 0, 0)
        result.addWidget(self.empty)
        result.addWidget(self.basis)
        result.addWidget(self.slots_box)  # a few lines: above the pictures, so it shows without scrolling
        result.addWidget(self.thumbs_box)
        result.addWidget(self.captions_box)
        hist_row = QHBoxLayout()
        hist_row.addWidget(self.history_label, 1)
        hist_row.addWidget(self.history_badge, 0, Qt.AlignTop)
        result.addLayout(hist_row)
        result.addWidget(self.notes)
        self.pdf_preview = PdfPreview(360)
        result.addWidget(self.pdf_preview, 0, Qt.AlignLeft)
        result.addStretch(1)
        self.result_scroll = vertical_scroll(result)
        self.result_w = self.result_scroll.widget()
        right = QVBoxLayout()
        right.addLayout(top)
        right.addWidget(self.result_scroll, 1)
        two_columns(self, left_w, right)

        self._account_hint()
        self._update_target()
        self.clear_result()

    # -- inputs --------------------------------------------------------------------------------
    def set_video(self, path: str) -> None:
        """The release's video (a drop, the dialog, File > Open): named, and the old kit cleared; a kit
        still being prepared for the previous video is cancelled (its folder is not left behind)."""
        if self.runner.is_running():
            self.runner.cancel()
        self.video_path = str(path)
        name = Path(path).name
        self.drop.label.setText(name if len(name) <= 24 else name[:11] + "…" + name[-11:])  # no spaces to wrap at
        self.drop.setToolTip(str(path))
        self.error.clear_error()
        self.clear_result()
        if not self.title.text().strip():
            self.title.setPlaceholderText(Path(path).stem)
        self._update_target()

    def choose_out_folder(self) -> None:
        d = QFileDialog.getExistingDirectory(self, self.tr("Folder for the kits"), self.out_folder.text())
        if d:
            self.out_folder.setText(d)
            self.ctx.set_value("release/out_folder", d)  # picked: kept for the next start

    def _account_hint(self) -> None:
        if self.account.currentData() is None:
            self.account_hint.setText(self.tr("Without a history the kit uses the shipped models only. An imported "
                                              "history adds your personal virality and posting-time models and a "
                                              "views forecast for the next post."))
        else:
            self.account_hint.setText(self.tr("The kit reads this account's stored posts: personal models where "
                                              "they passed their test, and the views forecast."))

    def kit_name(self) -> str:
        return slug(self.title.text().strip() or (Path(self.video_path).stem if self.video_path else "release"))

    def _update_target(self) -> None:
        base = Path(self.out_folder.text().strip() or default_out_folder()).expanduser()
        self.out_dir = free_folder(base, self.kit_name())
        self.target.setText(self.tr("The kit goes to: {path}").format(path=str(self.out_dir)))

    def platforms(self) -> list[str]:
        return [p for p, b in self.platform_boxes.items() if b.isChecked()]

    def build_request(self) -> dict:
        """The ``prepare_release`` request of the inputs shown (release_interface.md)."""
        self._update_target()
        return {"video_path": self.video_path, "out_dir": str(self.out_dir),
                "title": self.title.text().strip() or None, "artist": self.artist.text().strip() or None,
                "genre": choices.value(self.genre) or None, "countries": self.countries.codes(),
                "platforms": self.platforms(), "account_id": self.account.currentData(),
                "language": i18n.current(), "page_size": self.page_size.currentData()}

    def _remember(self, req: dict) -> None:
        for key, v in (("title", req["title"] or ""), ("artist", req["artist"] or ""), ("genre", req["genre"] or ""),
                       ("countries", ",".join(req["countries"])), ("platforms", ",".join(req["platforms"])),
                       ("page_size", req["page_size"])):
            self.ctx.set_value(f"release/{key}", v)
        # the output folder only once the user picked one: the default may move (a Videos folder made later)
        chosen = self.out_folder.text().strip()
        if chosen and Path(chosen).expanduser() != default_out_folder():
            self.ctx.set_value("release/out_folder", chosen)
        if req["account_id"] is not None:
            self.ctx.set_value("release/account", req["account_id"])

    def run(self) -> None:
        """Start the kit (Ctrl+Return). A missing input is said in the error line; nothing runs."""
        if self.runner.is_running():
            return
        self.error.clear_error()
        if not self.video_path:
            self.error.show_error(self.tr("Drop the release's video first"))
            return
        req = self.build_request()
        if not req["countries"]:
            self.error.show_error(self.tr("Tick at least one country of your audience"))
            return
        if not req["platforms"]:
            self.error.show_error(self.tr("Tick at least one platform"))
            return
        if req["account_id"] is not None and not self._account_stored(req["account_id"]):
            # removed since the list was read: said here, instead of a kit quietly without history
            self.error.show_error(self.tr("No posts are stored for {account} any more: choose another account "
                                          "or none").format(account=req["account_id"]))
            self.account.refresh()
            return
        self._remember(req)
        self.clear_result()
        self.request = req
        self.runner.start(lambda progress: engine.run("prepare_release", req, progress))

    @staticmethod
    def _account_stored(account_id: str) -> bool:
        """Whether the store still holds posts of ``account_id`` (one indexed query)."""
        from viralml_desktop.core import store

        try:
            return any(a.get("account_id") == account_id for a in store.default_store().accounts())
        except Exception:  # noqa: BLE001 - an unreadable store: core says why when the kit runs
            return True

    # -- running -------------------------------------------------------------------------------
    def _on_started(self) -> None:
        self.stages.reset()
        self.state_line.setText(self.tr("Preparing the kit of {name}…").format(name=Path(self.video_path).name))
        self._sync_buttons()

    def _on_progress(self, f: float, msg: str) -> None:
        key, sep, rest = str(msg).partition(": ")
        if sep and key in STAGES:
            if self.stages.states.get(key) == "waiting":
                self.stages.set_state(key, "running")
            # the panel says the stage in the interface language, and core's detail when the
            # catalogue has it in that language (a step's English detail is left out in Spanish)
            detail = core_step(rest)
            shown = rtr(STAGE_TITLES[key]) + (": " + detail if detail != rest or i18n.current() == "en" else "…")
            self.progress.message.setText(shown)

    def _on_partial(self, item: object) -> None:
        if isinstance(item, dict) and item.get("stage") in STAGES and item.get("status") in STATES:
            self.stages.set_state(item["stage"], item["status"], item.get("seconds"), str(item.get("note") or ""))

    def _on_error(self, msg: str) -> None:
        self.stages.stop("failed")
        self.error.show_error(msg)
        self.state_line.setText(self.tr("The kit was not written."))

    def _on_cancelled(self) -> None:
        self.stages.stop("cancelled")
        target = Path(self.request["out_dir"]) if getattr(self, "request", None) else None
        # core removes the partial folder; the line says so only when the folder is really absent
        left = target is not None and target.exists() and any(target.iterdir())
        self.state_line.setText(self.tr("Cancelled.") if left else self.tr("Cancelled — nothing was written."))

    def _sync_buttons(self) -> None:
        running = self.runner.is_running()
        self.run_button.setEnabled(not running)
        have = self.kit_folder() is not None
        self.open_folder_button.setEnabled(have and not running)
        self.open_pdf_button.setEnabled(have and not running and self.pdf_path() is not None)
        self.export_button.setEnabled(have and not running)

    # -- result --------------------------------------------------------------------------------
    def clear_result(self) -> None:
        self.kit = None
        self.empty.setVisible(True)
        for w in (self.score_label, self.score_badge, self.score_sources, self.basis, self.thumbs_box,
                  self.captions_box, self.slots_box, self.history_label, self.notes):
            w.setVisible(False)
        self.history_badge.set_entry(None)
        self.pdf_preview.clear()
        self.progress.reset()
        self._sync_buttons()

    def kit_folder(self) -> Optional[Path]:
        if self.kit is None:
            return None
        out = self.kit.get("out_dir") or (self.kit.get("request") or {}).get("out_dir")
        return Path(out) if out else None

    def pdf_path(self) -> Optional[Path]:
        folder = self.kit_folder()
        if folder is None:
            return None
        name = (self.kit.get("files") or {}).get("report_pdf")
        p = folder / name if name else None
        return p if p is not None and p.exists() else None

    def show_result(self, kit: dict) -> None:
        """Lay out a finished kit (the ``prepare_release`` response, = kit.json)."""
        self.kit = kit
        folder = self.kit_folder()
        self._update_target()  # the next kit goes to a new folder, never over this one
        status = kit.get("stage_status") or {}
        for key, s in (kit.get("stage_seconds") or {}).items():
            if self.stages.states.get(key) in ("waiting", "running"):  # a stage whose end message was missed
                self.stages.set_state(key, status.get(key, "done") if status.get(key) in STATES else "done", s)
        self.stages.stop("skipped")
        self.stages.label_sources(kit)  # the seconds: measured, said under the header
        self.empty.setVisible(False)
        vir = kit.get("virality") or {}
        if vir:
            self.score_label.setText(self.score_text(vir, (kit.get("request") or {}).get("genre") or ""))
            self.score_label.setToolTip(lines(vir.get("score_basis", "")))
            self.score_badge.show_source(vir, "virality_score")
            self.score_sources.show_sources(vir, ["confidence"])
            self.basis.setText(lines(vir.get("score_basis", "")))
            for w in (self.score_label, self.score_sources, self.basis):
                w.setVisible(True)
        self._show_thumbnails(folder, kit.get("thumbnails") or [])
        self._show_captions(kit.get("captions") or {})
        self._show_slots(kit.get("posting_time") or {})
        self._show_history(kit.get("history") or {})
        notes = list(kit.get("notes") or []) + [n for n in (kit.get("history") or {}).get("notes") or []
                                                 if n not in (kit.get("notes") or [])]
        self.notes.setText("<br>".join("• " + html.escape(note_text(n)) for n in notes))
        self.notes.setVisible(bool(notes))
        self.state_line.setText(self.tr("Kit written to {path}").format(path=str(folder)))
        self.ctx.show_status(self.tr("Release kit ready: {path}").format(path=str(folder)))
        self._sync_buttons()
        pdf = self.pdf_path()
        if pdf is not None:
            self.pdf_preview.show_pdf(str(pdf))

    def score_text(self, vir: dict, genre: str = "") -> str:
        """The header's virality line: a prediction as "Virality 57 %", the prior's score as what it
        is, "Base rate 57 % — not a prediction" (``core.release.pdf.base_rate_of``: no personal
        model, the genre's or all genres' base rate), a score without evidence as not measured."""
        from viralml_desktop.core import sources
        from viralml_desktop.core.release import pdf as kit_pdf

        score, conf = fmt.percent(vir.get("virality_score"), 0), fmt.percent(vir.get("confidence"), 0)
        if kit_pdf.is_no_evidence(sources.covering(vir.get("sources") or {}, "virality_score")):
            return self.tr("<span style='font-size:15pt'><b>Virality: no evidence</b></span><br>not measured")
        if kit_pdf.base_rate_of(vir, genre) is not None:
            return self.tr("<span style='font-size:15pt'><b>Base rate {score}</b></span><br>not a prediction · "
                           "confidence {confidence}").format(score=score, confidence=conf)
        return self.tr("<span style='font-size:15pt'><b>Virality {score}</b></span> "
                       "&nbsp;confidence {confidence}").format(score=score, confidence=conf)

    def _show_thumbnails(self, folder: Path, cands: list[dict]) -> None:
        while self.thumbs_row.count():
            item = self.thumbs_row.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        order = sorted(range(len(cands)), key=lambda i: cands[i].get("rank", 99))
        # a click probability that is the published prior is the same for every candidate: said once
        # above them, with its source; a channel model's own figure goes on each card
        shared = shared_click_prior(cands)
        text = ""
        if shared and shared["interval"]:
            text = self.tr("Click probability {p} ({low}–{high}) for every candidate: the published typical rate, "
                           "not a measurement of these pictures").format(
                p=fmt.percent(shared["click_probability"], 0), low=fmt.percent(shared["interval"][0], 0),
                high=fmt.percent(shared["interval"][1], 0))
        elif shared:
            text = self.tr("Click probability {p} for every candidate: the published typical rate, not a "
                           "measurement of these pictures").format(p=fmt.percent(shared["click_probability"], 0))
        self.click_line.setText(text)
        self.click_badge.show_source(shared.get("response") if shared else None, "click_probability")
        self.click_line.setVisible(bool(shared))
        self.click_badge.setVisible(bool(shared))
        self.thumb_cards = [ThumbCard(folder, cands[i], kit=self.kit, index=i, click=not shared) for i in order]
        for card in self.thumb_cards:
            self.thumbs_row.addWidget(card)
        self.thumbs_row.addStretch(1)
        self.thumbs_box.setVisible(bool(cands))

    def _show_captions(self, caps: dict) -> None:
        for card in self.caption_cards.values():
            self.captions_lay.removeWidget(card)
            card.deleteLater()
        self.caption_cards = {}
        for i, (p, cap) in enumerate(caps.items()):
            card = CaptionCard(p)
            card.show_caption(cap, self.kit)
            self.caption_cards[p] = card
            self.captions_lay.addWidget(card)
        self.captions_box.setVisible(bool(caps))

    def _slot_response(self, pt: dict, platform: str) -> Optional[dict]:
        per = pt.get("responses") or {}
        if isinstance(per.get(platform), dict):
            return per[platform]  # one predict_posting_time response per platform
        r = pt.get("response")
        return r if isinstance(r, dict) else None

    def _show_slots(self, pt: dict) -> None:
        while self.slots_lay.count():
            item = self.slots_lay.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.slot_labels = {}
        from viralml_desktop.gui.tabs.posting_time import shown_country_names

        shown = shown_country_names()
        for p, slot in (pt.get("slots") or {}).items():
            local = slot.get("local") or {}
            parts = [self.tr("{when} in {country}").format(when=local_when(v), country=shown.get(c, c))
                     for c, v in local.items()]
            utc = str(slot.get("utc", ""))
            label = QLabel(self.tr("<b>{platform}</b>: {local}{utc}").format(
                platform=PLATFORM_LABELS.get(p, p), local="; ".join(parts) or local_when(utc),
                utc=f" &nbsp;({fmt.clock(utc[11:16])} UTC)" if len(utc) >= 16 else ""))
            label.setWordWrap(True)
            badge = SourceBadge(self.slots_box, self.tr("gain"))
            badge.show_source(self._slot_response(pt, p), "expected_engagement_boost")
            row = QWidget()
            rl = QHBoxLayout(row)
            rl.setContentsMargins(0, 0, 0, 0)
            rl.addWidget(label, 1)
            rl.addWidget(badge, 0, Qt.AlignTop)
            self.slots_lay.addWidget(row)
            self.slot_labels[p] = label
        self.slots_box.setVisible(bool(self.slot_labels))

    def _show_history(self, h: dict) -> None:
        if not h:
            self.history_label.setVisible(False)
            return
        self.history_badge.set_entry(None)
        if h.get("used"):
            text = self.tr("History of {account}: {n} posts read.").format(account=h.get("account_id"),
                                                                            n=fmt.count(h.get("posts", 0)))
            nxt = ((h.get("forecast") or {}).get("forecast") or [None])[0]
            if isinstance(nxt, dict) and nxt.get("p50") is not None:
                text += " " + self.tr("Its next post: {p50} views expected ({p10}–{p90}).").format(
                    p50=fmt.count(nxt["p50"]), p10=fmt.count(nxt.get("p10")), p90=fmt.count(nxt.get("p90")))
                self.history_badge.show_source(self.kit, "history.forecast.forecast")
        elif h.get("account_id"):
            text = self.tr("History of {account} not used.").format(account=h.get("account_id"))
        else:
            text = self.tr("No account history: the kit used the shipped models only.")
        self.history_label.setText(text)
        self.history_label.setVisible(True)

    # -- actions -------------------------------------------------------------------------------
    def open_folder(self) -> None:
        folder = self.kit_folder()
        if folder is not None:
            self.open_path(folder)

    def open_pdf(self) -> None:
        pdf = self.pdf_path()
        if pdf is not None:
            self.open_path(pdf)

    def export_json(self, path: str = "") -> Optional[str]:
        folder = self.kit_folder()
        if folder is None:
            return None
        src = folder / ((self.kit.get("files") or {}).get("kit_json") or "kit.json")
        return save_export(self, path, self.tr("Export kit.json"), "kit.json", self.tr("JSON (*.json)"),
                           lambda p: shutil.copyfile(src, p))


def step_text(step: dict, base_only: Optional[dict] = None) -> str:
    """A report's next step in the interface language.

    Parameters
    ----------
    step : dict
        One of ``release_report``'s ``next_steps``: ``{"key", "text", "from", "values"}``.
    base_only : dict, optional
        :func:`~viralml_desktop.core.release.pdf.confidence_base_rate_only`'s record: the step's
        "confidence N %" is said as the verdict line says it ("base rate N % — no evidence about
        this account"), as the PDF does.

    Returns
    -------
    str
        Core's template of that step in the interface language (``core/release/report.py``
        NEXT_STEPS, which the PDF uses too) filled with its values, an anomaly type in words and
        numbers with the reader's separators; else core's English sentence through the clause
        catalogue (:func:`~viralml_desktop.gui.source_text.lines`).
    """
    try:
        from viralml_desktop.core.release.report import NEXT_STEPS

        template = NEXT_STEPS.get(step.get("key", ""), {}).get(i18n.current())
        if template and base_only is not None:
            from viralml_desktop.core.release.pdf import STEP_CONFIDENCE

            said = QCoreApplication.translate("ReportPage", "base rate {confidence} — no evidence about this account")
            template = STEP_CONFIDENCE.get(i18n.current(), STEP_CONFIDENCE["en"]).sub(
                said.replace("{confidence}", "{confidence} %").replace("\\", "\\\\"), template)
        if template:
            values = {}
            for k, v in (step.get("values") or {}).items():
                v = str(v)
                if k == "kind":  # an anomaly type in core's words ("view suppression")
                    v = core_text.anomaly(v.replace(" ", "_"))
                else:  # numbers core wrote the English way ("1,378", "2.5") as the reader's locale writes them
                    v = _NUMBER.sub(lambda m: _number(m.group()), v)
                values[k] = v
            return template.format(**values)
    except (ImportError, KeyError, IndexError, ValueError):
        pass
    return lines(str(step.get("text", "")))


def note_text(note: str) -> str:
    """One of the report's notes in the interface language.

    Parameters
    ----------
    note : str
        Core's note, often headed by the capability that wrote it ("predict_peak: 3 points: at
        least 5 time points are needed to fit a decay curve").

    Returns
    -------
    str
        The head said in words (:data:`NOTE_HEADS`: "Peak and final views: …"; a kit stage's id as
        the stage table names it, :data:`STAGE_TITLES`: "Thumbnails: …"), the rest through
        the clause catalogue (:func:`~viralml_desktop.gui.source_text.lines`, numbers as the
        reader's locale writes them); a note without such a head through the catalogue whole.
    """
    from viralml_desktop.core.release.pdf import REPORT_NOTES

    said = REPORT_NOTES.get(str(note))  # the report's own notes, in words as the PDF says them
    if said:
        return said.get(i18n.current(), said["en"])
    head, sep, rest = str(note).partition(": ")
    if sep and head in NOTE_HEADS:
        return f"{rtr(NOTE_HEADS[head])}: {lines(rest)}"
    if sep and head in STAGE_TITLES:  # a kit's stage ("thumbnails: a vertical video…"), named as in the table
        return f"{rtr(STAGE_TITLES[head])}: {lines(rest)}"
    return lines(str(note))


class ReportPage(JobPage):
    """The after-release report: account, post, comments, the PDF's path; the verdict on screen."""

    def __init__(self, ctx: AppContext, parent: Optional[QWidget] = None):
        self.comments_path = ""
        self.response: Optional[dict] = None
        super().__init__(ctx, parent)
        self.posts_runner = TaskRunner(self)
        self.posts_runner.result.connect(self._fill_posts)

        self.account = AccountCombo(self.tr("Choose an account"), "release/report_account", ctx)
        self.account.setToolTip(self.tr("The stored post history the report reads (imported in Account health)"))
        self.account.currentIndexChanged.connect(lambda _: self._account_changed())
        self.post = QComboBox()
        self.post.setToolTip(self.tr("The post the report follows: the latest by default"))
        self.post.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.post.setMinimumContentsLength(18)
        self.drop = DropZone(self.tr("Drop the comments here"),
                             COMMENT_EXTENSIONS,
                             dialog_filter=self.tr("Comments") + " (" + " ".join("*" + e for e in COMMENT_EXTENSIONS) + ")")
        self.drop.setMinimumHeight(48)
        self.drop.setMaximumHeight(60)
        self.drop.setToolTip(self.tr("The post's comments: a .txt file (one a line) or a .csv/.json table with a "
                                     "comment column — drop it here, or click to choose"))
        self.drop.filesDropped.connect(lambda p: self.set_comments(p[0]))
        self.clear_comments_button = QPushButton(self.tr("No comments"))
        self.clear_comments_button.setToolTip(self.tr("Write the report without comments"))
        self.clear_comments_button.clicked.connect(lambda: self.set_comments(""))
        self.out_folder = Path(str(ctx.value("release/report_folder", "") or saved_out_folder(ctx)))
        self.out_path = QLineEdit("")
        self.out_path.setToolTip(self.tr("Where the PDF is written (its folder is created if missing)"))
        self._auto_path = ""
        self.out_button = QPushButton(self.tr("Choose…"))
        self.out_button.setToolTip(self.tr("Choose where the PDF is written"))
        self.out_button.clicked.connect(self.choose_out)
        self.page_size = page_size_combo(ctx, self.tr("Paper size of the PDF; its language is the app's"))
        self.run_button = QPushButton(self.tr("Write the report"))
        self.run_button.setToolTip(self.tr("Read the account and the comments, write the PDF (Ctrl+Return)"))
        self.run_button.clicked.connect(self.run)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):  # the main Return key and the keypad's Enter
            QShortcut(QKeySequence(keys), self, activated=self.run)
        self.error = ErrorLabel()
        self.state_line = QLabel("")
        self.state_line.setWordWrap(True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Account:"), self.account)
        form.addRow(self.tr("Post:"), self.post)
        com = QHBoxLayout()
        com.addWidget(self.drop, 1)
        com.addWidget(self.clear_comments_button)
        form.addRow(self.tr("Comments:"), com)
        out = QHBoxLayout()
        out.addWidget(self.out_path, 1)
        out.addWidget(self.out_button)
        form.addRow(self.tr("PDF:"), out)
        form.addRow(self.tr("PDF page:"), self.page_size)
        left_w = form_column(form, [], self.run_button, [self.error, self.progress, self.state_line], 330)

        self.empty = QLabel(self.tr("No report yet. After the release: choose the account (import its analytics "
                                    "export in Account health first), the post and its comments, then "
                                    "<b>Write the report</b>: the verdict on the post, its views against the "
                                    "predicted peak, the comments' mood and what to do next, as a PDF to share."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignCenter)
        self.verdict = QLabel("")
        self.verdict.setWordWrap(True)
        self.verdict_badge = SourceBadge(self, self.tr("confidence"))
        self.post_line = QLabel("")
        self.post_line.setWordWrap(True)
        self.views = QLabel("")
        self.views.setWordWrap(True)
        self.views_sources = SourceStrip([(self.tr("views so far"), "post.views"),
                                          (self.tr("final views"), "peak.predicted_final_views"),
                                          (self.tr("interval"), "peak.interval"),
                                          (self.tr("forecast"), "forecast.forecast")])
        self.sentiment = QLabel("")
        self.sentiment.setWordWrap(True)
        self.sentiment_badge = SourceBadge(self, self.tr("shares"))
        self.quotes = mark_core_text(QLabel(""))  # the comments themselves, as the fans wrote them
        self.quotes.setWordWrap(True)
        self.quotes.setTextFormat(Qt.RichText)
        self.next_steps = QLabel("")
        self.next_steps.setWordWrap(True)
        self.notes = mark_core_text(QLabel(""))  # core's notes, via lines()
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet("color: palette(mid);")
        self.open_pdf_button = QPushButton(self.tr("Open PDF"))
        self.open_pdf_button.setToolTip(self.tr("Open the report's PDF"))
        self.open_pdf_button.clicked.connect(self.open_pdf)
        result = QVBoxLayout()
        result.setContentsMargins(0, 0, 0, 0)
        result.addWidget(self.empty)
        result.addWidget(self.verdict)
        result.addWidget(self.verdict_badge, 0, Qt.AlignLeft)  # under the line: the column stays narrow
        result.addWidget(self.post_line)
        self.views_box = QGroupBox(self.tr("Views"))
        vb = QVBoxLayout(self.views_box)
        vb.addWidget(self.views)
        vb.addWidget(self.views_sources)
        result.addWidget(self.views_box)
        self.comments_box = QGroupBox(self.tr("Comments"))
        cb = QVBoxLayout(self.comments_box)
        cb.addWidget(self.sentiment)
        cb.addWidget(self.sentiment_badge, 0, Qt.AlignLeft)
        cb.addWidget(self.quotes)
        result.addWidget(self.comments_box)
        self.steps_box = QGroupBox(self.tr("Next steps"))
        QVBoxLayout(self.steps_box).addWidget(self.next_steps)
        result.addWidget(self.steps_box)
        result.addWidget(self.notes)
        result.addStretch(1)
        self.result_scroll = vertical_scroll(result)
        self.pdf_preview = PdfPreview(280)
        shown = QHBoxLayout()
        shown.addWidget(self.result_scroll, 1)
        shown.addWidget(self.pdf_preview, 0, Qt.AlignTop)
        right = QVBoxLayout()
        right.addLayout(shown, 1)
        b = QHBoxLayout()
        b.addStretch(1)
        b.addWidget(self.open_pdf_button)
        right.addLayout(b)
        two_columns(self, left_w, right)
        self._account_changed()
        self.clear_result()

    # -- inputs --------------------------------------------------------------------------------
    def _account_changed(self) -> None:
        # the PDF's name follows the account until the user types or chooses another
        self._auto_name()
        self._load_posts()

    def _auto_name(self) -> None:
        """Name the PDF after the account, never over an earlier report, unless the user chose a name."""
        acc = self.account.currentData()
        if not self.out_path.text().strip() or self.out_path.text() == self._auto_path:
            self._auto_path = str(free_file(self.out_folder, f"{slug(acc)}_report" if acc else "release_report"))
            self.out_path.setText(self._auto_path)

    def _load_posts(self) -> None:
        acc = self.account.currentData()
        self.post.clear()
        if acc is None:
            return

        def read(progress):
            from viralml_desktop.core import store

            return acc, store.default_store().posts(acc)

        self.posts_runner.start(read)

    def _fill_posts(self, out) -> None:
        acc, posts = out
        if acc != self.account.currentData():
            return
        self.post.clear()
        self.post.addItem(self.tr("Latest post"), None)
        posts = [p for p in posts if p.get("post_type") != "daily total"]
        for p in reversed(posts[-200:]):  # newest first
            when = str(p.get("published_at") or p.get("timestamp") or "")[:10]
            title = str(p.get("title") or "").replace("\n", " ")[:40]
            views = self.tr("{views} views").format(views=fmt.count(p.get("views"))) if p.get("views") is not None else ""
            self.post.addItem(" · ".join(x for x in (when, views, title) if x), p.get("post_key") or p.get("post_id"))
        self._sync_buttons()

    def set_comments(self, path: str) -> None:
        self.comments_path = str(path or "")
        self.drop.label.setText(Path(path).name if path else
                                self.tr("Drop the comments here"))

    def choose_out(self) -> None:
        p, _ = QFileDialog.getSaveFileName(self, self.tr("The report's PDF"), self.out_path.text(),
                                           self.tr("PDF (*.pdf)"))
        if p:
            self.out_path.setText(p if p.lower().endswith(".pdf") else p + ".pdf")

    def build_request(self) -> dict:
        """The ``release_report`` request of the inputs shown."""
        req = {"account_id": self.account.currentData(), "post_id": self.post.currentData(),
               "out_path": self.out_path.text().strip(), "language": i18n.current(),
               "page_size": self.page_size.currentData()}
        if self.comments_path:
            req["comments_path"] = self.comments_path
        return req

    def run(self) -> None:
        """Write the report (Ctrl+Return). A missing input is said in the error line; nothing runs."""
        if self.runner.is_running():
            return
        self.error.clear_error()
        req = self.build_request()
        if req["account_id"] is None:
            self.error.show_error(self.tr("Choose an account: import its analytics export in Account health first"))
            return
        if not req["out_path"].lower().endswith(".pdf"):
            self.error.show_error(self.tr("Give the PDF a name ending in .pdf"))
            return
        try:
            Path(req["out_path"]).expanduser().parent.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            self.error.show_error(self.tr("Cannot create the PDF's folder: {reason}").format(reason=e.strerror or e))
            return
        self.ctx.set_value("release/report_account", req["account_id"])  # chosen again at the next start
        self.ctx.set_value("release/report_folder", str(Path(req["out_path"]).expanduser().parent))
        self.ctx.set_value("release/page_size", req["page_size"])
        self.clear_result()
        self.state_line.setText(self.tr("Writing the report of {account}…").format(account=req["account_id"]))
        self.request, self._started_at, self._step = req, time.time(), ""
        self.runner.start(lambda progress: engine.run("release_report", req, progress))

    def _on_progress(self, f: float, msg: str) -> None:
        """The step core is on, in the interface language; core's detail only where the catalogue
        says it in that language (a step of the reach check's forecaster, in English, is left out)."""
        key, sep, rest = str(msg).partition(": ")
        if sep and key in REPORT_STEPS:
            self._step = rtr(REPORT_STEPS[key])
        detail = core_step(str(msg))
        if i18n.current() != "en" and detail == msg:
            step = getattr(self, "_step", "")
            shown = step + "…" if step else QCoreApplication.translate("ProgressPanel", "Working…")
        else:
            shown = detail
        self.progress.message.setText(shown)

    def _on_cancelled(self) -> None:
        # core writes the PDF last, after its last cancellation point: the line says what is on disk
        target = Path(self.request["out_path"]).expanduser() if getattr(self, "request", None) else None
        written = target is not None and target.exists() and target.stat().st_mtime >= self._started_at
        self.state_line.setText(self.tr("Cancelled.") if written else self.tr("Cancelled — nothing was written."))

    def _on_error(self, msg: str) -> None:
        self.error.show_error(msg)
        self.state_line.setText(self.tr("The report was not written."))

    def _sync_buttons(self) -> None:
        running = self.runner.is_running()
        self.run_button.setEnabled(not running)
        self.open_pdf_button.setEnabled(not running and self.pdf_path() is not None)

    # -- result --------------------------------------------------------------------------------
    def clear_result(self) -> None:
        self.response = None
        self.empty.setVisible(True)
        for w in (self.verdict, self.verdict_badge, self.post_line, self.views_box, self.comments_box,
                  self.steps_box, self.notes):
            w.setVisible(False)
        self.pdf_preview.clear()
        self.progress.reset()
        self._sync_buttons()

    def pdf_path(self) -> Optional[Path]:
        if not self.response or not self.response.get("pdf"):
            return None
        p = Path(str(self.response["pdf"]))
        return p if p.exists() else None

    def show_result(self, r: dict) -> None:
        """Lay out a ``release_report`` response (core/schemas/release_report.py)."""
        self.response = r
        self.empty.setVisible(False)
        self.error.clear_error()
        v = r.get("verdict") or {}
        self._base_only = None  # the verdict's confidence is only the base rate: the steps say so too
        if v:
            since = ""
            detected = (r.get("health") or {}).get("detected_at")
            if detected and v.get("anomaly_type") not in ("none", "insufficient_history"):
                since = " " + self.tr("since {day}").format(day=str(detected)[:10])
            from viralml_desktop.core import sources
            from viralml_desktop.core.release import pdf as kit_pdf

            # a confidence that is only the assumed base rate of drops (the detector's record in this
            # cell does not beat chance) is said as that, not as a confidence in this verdict
            base_only = kit_pdf.confidence_base_rate_only(
                r.get("health") or v, sources.covering(r.get("sources") or {}, "health.confidence")
                or sources.covering(r.get("sources") or {}, "verdict.confidence"))
            from viralml_desktop.core.account_health import anomaly

            # the one wording rule (anomaly.verdict_wording): a weak alarm reads as a possibility
            health = r.get("health") if isinstance(r.get("health"), dict) else v
            head = self.tr("<span style='font-size:14pt'><b>{account}: {kind}</b></span>{since}").format(
                account=html.escape(str(r.get("account_id", ""))),
                kind=core_text.anomaly(anomaly.verdict_wording(dict(v, **health))), since=since)
            self._base_only = base_only
            if base_only is not None:
                self.verdict.setText(head + " &nbsp;" + self.tr("base rate {confidence} — no evidence about this "
                                                                "account").format(
                    confidence=fmt.percent(v.get("confidence"), 0)))
                self.verdict.setToolTip(self.tr("The detector's record in this kind of case does not beat chance"
                                                "{record}: the figure is the assumed share of drops, not a "
                                                "confidence in this verdict").format(
                    record=self.tr(" ({right} of {total} right)").format(
                        right=fmt.count(base_only["right"]), total=fmt.count(base_only["total"]))
                    if base_only.get("total") is not None else ""))
            else:
                self.verdict.setText(head + " &nbsp;" + self.tr("confidence {confidence}").format(
                    confidence=fmt.percent(v.get("confidence"), 0)))
                self.verdict.setToolTip("")
            self.verdict_badge.show_source(r, "verdict.confidence")
            self.verdict.setVisible(True)
        else:
            self.verdict.setText(self.tr("<b>{account}</b>: no verdict on reach").format(
                account=html.escape(str(r.get("account_id", "")))))
            self.verdict.setVisible(True)
        post = r.get("post") or {}
        if post:
            caption = html.escape(str(post.get("caption") or "").replace("\n", " ")[:80])
            self.post_line.setText(self.tr("Post of {day}: {caption}").format(
                day=str(post.get("published_at", ""))[:10], caption=caption or "–"))
            self.post_line.setVisible(True)
        self._show_views(r)
        self._show_comments(r)
        steps = r.get("next_steps") or []
        self.next_steps.setText("<br>".join("• " + html.escape(step_text(x, self._base_only)) for x in steps))
        self.steps_box.setVisible(bool(steps))
        notes = [n for n in [r.get("health_note"), r.get("forecast_note"), r.get("peak_note"), r.get("comments_note")]
                 + list(r.get("notes") or []) if n]
        self.notes.setText("<br>".join("• " + html.escape(note_text(n)) for n in dict.fromkeys(notes)))
        self.notes.setVisible(bool(notes))
        pdf = self.pdf_path()
        self.state_line.setText(self.tr("Report written to {path}").format(path=str(pdf)) if pdf
                                else self.tr("Report ready; no PDF was written."))
        self._auto_name()  # the next report of this account gets a new name
        self.ctx.show_status(self.state_line.text())
        self._sync_buttons()
        if pdf is not None:
            self.pdf_preview.show_pdf(str(pdf))

    def _show_views(self, r: dict) -> None:
        post, peak, fc = r.get("post") or {}, r.get("peak") or {}, r.get("forecast") or {}
        parts, shown = [], []
        so_far = post.get("views")  # the stored count (its source: "post")
        if so_far is not None:
            hours = post.get("hours_since_posting")
            age = ""
            if hours is not None and hours >= 72:
                age = " " + self.tr("({days} days after posting)").format(days=fmt.number(hours / 24.0, 0))
            elif hours is not None:
                age = " " + self.tr("({hours} h after posting)").format(hours=fmt.number(hours, 0))
            parts.append(self.tr("<b>{views}</b> views so far").format(views=fmt.count(so_far)) + age)
            shown.append("post.views")
        if peak.get("predicted_final_views") is not None:
            text = self.tr("predicted final views <b>{views}</b>").format(views=fmt.count(peak["predicted_final_views"]))
            lo_hi = peak.get("interval") or []
            if len(lo_hi) == 2:
                text += " " + self.tr("({level} interval {low}–{high})").format(
                    level=fmt.percent(peak.get("interval_level"), 0), low=fmt.count(lo_hi[0]), high=fmt.count(lo_hi[1]))
                shown.append("peak.interval")
            parts.append(text)
            shown.append("peak.predicted_final_views")
            first = peak.get("peak_hour_interval") or []
            if len(first) == 2 and float(first[0]) == 0.0:  # the first export's interval: a bound, not a measurement
                parts.append(self.tr("views peaked within the first {hours} h after posting (not measured closer)")
                             .format(hours=fmt.number(first[1], 1)))
            elif peak.get("peak_hour") is not None:
                parts.append(self.tr("views peaked {hours} h after posting").format(hours=fmt.number(peak["peak_hour"], 1)))
        nxt = (fc.get("forecast") or [None])[0] if isinstance(fc.get("forecast"), list) else None
        if isinstance(nxt, dict) and nxt.get("p50") is not None:
            parts.append(self.tr("forecast for the account's next post {p50} ({p10}–{p90})").format(
                p50=fmt.count(nxt.get("p50")), p10=fmt.count(nxt.get("p10")), p90=fmt.count(nxt.get("p90"))))
            shown.append("forecast.forecast")
        self.views.setText("<br>".join(parts))
        self.views_sources.show_sources(r, shown)
        self.views_box.setVisible(bool(parts))

    def _show_comments(self, r: dict) -> None:
        c = r.get("comments") or {}
        share = c.get("share") or {}
        if not share:
            self.comments_box.setVisible(False)
            return
        n = sum(int(x) for x in (c.get("distribution") or {}).values())
        said = (self.tr("1 comment: {positive} positive, {neutral} neutral, {negative} negative") if n == 1 else
                self.tr("{n} comments: {positive} positive, {neutral} neutral, {negative} negative"))
        self.sentiment.setText(said.format(
            n=fmt.count(n), positive=fmt.percent(share.get("positive"), 0), neutral=fmt.percent(share.get("neutral"), 0),
            negative=fmt.percent(share.get("negative"), 0)))
        self.sentiment_badge.show_source(r, "comments.share")
        quotes = []
        for key, word in (("most_positive", self.tr("most positive")), ("most_negative", self.tr("most negative"))):
            top = (c.get(key) or [])[:1]
            if top:
                quotes.append(f"{word}: «{html.escape(str(top[0].get('text', ''))[:120])}»")
        emoji = " ".join(e.get("emoji", "") for e in (c.get("top_emoji") or [])[:5])
        if emoji:
            quotes.append(self.tr("top emoji: {emoji}").format(emoji=emoji))
        self.quotes.setText("<br>".join(quotes))
        self.comments_box.setVisible(True)

    def open_pdf(self) -> None:
        pdf = self.pdf_path()
        if pdf is not None:
            self.open_path(pdf)


class Tab(CapabilityTab):
    """The Release tab: the kit (before posting) and the report (after), as two pages."""

    file_extensions = VIDEO_EXTENSIONS + COMMENT_EXTENSIONS

    def __init__(self, ctx: AppContext, parent: Optional[QWidget] = None):
        super().__init__(ctx, parent)
        self.kit = KitPage(ctx)
        self.report = ReportPage(ctx)
        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        self.pages.addTab(self.kit, self.tr("Release kit (before posting)"))
        self.pages.addTab(self.report, self.tr("Report (after posting)"))
        self.pages.setTabToolTip(0, self.tr("Everything for the release in one folder: score, thumbnails, captions, "
                                            "posting slots, PDF"))
        self.pages.setTabToolTip(1, self.tr("How the post did: views against the predicted peak, comments, "
                                            "next steps, as a PDF"))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(self.pages)

    def handle_files(self, paths: list[str]) -> bool:
        vids = [p for p in paths if p.lower().endswith(VIDEO_EXTENSIONS)]
        if vids:
            self.pages.setCurrentWidget(self.kit)
            self.kit.set_video(vids[0])
            return True
        com = [p for p in paths if p.lower().endswith(COMMENT_EXTENSIONS)]
        if com:
            self.pages.setCurrentWidget(self.report)
            self.report.set_comments(com[0])
            return True
        return False

    def accepts(self, path: str) -> bool:
        # a comments file belongs to Captions, unless the report page is the one on show here
        p = path.lower()
        return p.endswith(VIDEO_EXTENSIONS) or (p.endswith(COMMENT_EXTENSIONS) and self.pages.currentWidget() is self.report)

    def shutdown(self) -> None:
        self.kit.runner.cancel()
        self.report.runner.cancel()
