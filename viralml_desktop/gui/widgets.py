"""Reusable widgets: a drop zone for files, a progress bar with a cancel button, helpers."""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterable, Optional, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage, QPixmap
from PySide6.QtWidgets import (QAbstractItemView, QBoxLayout, QComboBox, QFileDialog, QFormLayout, QFrame,
                               QGridLayout, QHBoxLayout, QHeaderView, QLabel, QLayout, QProgressBar, QPushButton,
                               QSplitter, QStyle, QTableWidget, QVBoxLayout, QWidget)

from viralml_desktop.core.vocabulary import PLATFORM_LABELS
from viralml_desktop.gui.worker import TaskRunner


def paths_from_mime(mime, extensions: Iterable[str] = ()) -> list[str]:
    exts = tuple(e.lower() for e in extensions)
    out = []
    for url in mime.urls() if mime.hasUrls() else []:
        if url.isLocalFile():
            p = url.toLocalFile()
            if not exts or Path(p).is_dir() or p.lower().endswith(exts):
                out.append(p)
    return out


class DropZone(QFrame):
    """A framed area that accepts dropped files (filtered by extension) or opens a file dialog on click."""

    filesDropped = Signal(list)

    def __init__(self, text: str, extensions: Iterable[str] = (), multiple: bool = False,
                 dialog_filter: str = "", parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.extensions = tuple(extensions)
        self.multiple = multiple
        self.dialog_filter = dialog_filter or (
            "Files (" + " ".join(f"*{e}" for e in self.extensions) + ")" if self.extensions else "")
        self.setAcceptDrops(True)
        self.setFrameShape(QFrame.StyledPanel)
        self.setObjectName("DropZone")
        self.setStyleSheet("#DropZone { border: 2px dashed #8a8f98; border-radius: 8px; }"
                           "#DropZone[hover=\"true\"] { border-color: #2d7ff9; background: #eef4ff; }")
        self.setCursor(Qt.PointingHandCursor)
        self.label = QLabel(text)
        self.label.setAlignment(Qt.AlignCenter)
        self.label.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addWidget(self.label)
        self.setMinimumHeight(70)
        self.setToolTip(text + self.tr(" — or click to choose"))

    def _set_hover(self, on: bool) -> None:
        self.setProperty("hover", "true" if on else "false")
        self.style().unpolish(self)
        self.style().polish(self)

    def dragEnterEvent(self, e: QDragEnterEvent) -> None:
        if paths_from_mime(e.mimeData(), self.extensions):
            e.acceptProposedAction()
            self._set_hover(True)
        else:
            e.ignore()

    def dragLeaveEvent(self, e) -> None:
        self._set_hover(False)

    def dropEvent(self, e: QDropEvent) -> None:
        self._set_hover(False)
        paths = paths_from_mime(e.mimeData(), self.extensions)
        if paths:
            e.acceptProposedAction()
            self.filesDropped.emit(paths if self.multiple else paths[:1])

    def mouseReleaseEvent(self, e) -> None:
        if e.button() == Qt.LeftButton:
            self.choose()

    def choose(self) -> None:
        if self.multiple:
            paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Choose files"), "", self.dialog_filter)
        else:
            p, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a file"), "", self.dialog_filter)
            paths = [p] if p else []
        if paths:
            self.filesDropped.emit(paths)


class ProgressPanel(QWidget):
    """Progress bar, its percentage, the stage's message and a Cancel button bound to a TaskRunner.

    The percentage is a label beside the bar, not text drawn over it: text across the fill's edge is
    half one colour and half the other, hard to read (the Virality tab's full-width bar showed it most).

    A job that ends reads its state: "100 %" and "Done."; a failed or cancelled one an empty bar, no
    percentage, and "Failed." or "Cancelled." (the percentage it stopped at read as a job that far done).

    ``say_cancelled=False`` is for a tab that says the cancellation itself (in its result area): the
    panel then goes back to idle on Cancel instead of writing "Cancelled." a second time.
    """

    def __init__(self, runner: TaskRunner, parent: Optional[QWidget] = None, say_cancelled: bool = True):
        super().__init__(parent)
        self.runner = runner
        self.say_cancelled = say_cancelled
        self._was_cancelled = False
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        self.percent = QLabel("")  # "40 %" beside the bar, in the interface language's number format
        self.percent.setMinimumWidth(self.percent.fontMetrics().horizontalAdvance("100 %") + 6)
        self.percent.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
        self.message = QLabel("")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        # Esc is the window's shortcut (it cancels the visible tab's jobs): one owner, no collision
        self.cancel_button.setToolTip(self.tr("Stop the running analysis (Esc)"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(runner.cancel)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.bar, 2)
        lay.addWidget(self.percent)
        lay.addWidget(self.message, 3)
        lay.addWidget(self.cancel_button)
        runner.started.connect(self._on_started)
        runner.progress.connect(self._on_progress)
        runner.finished.connect(self._on_finished)
        runner.cancelled.connect(self._on_cancelled)
        runner.error.connect(lambda msg: self.message.setText(self.tr("Failed.")))

    def _set_value(self, value: int) -> None:
        """Fill the bar to ``value`` (0-1000) and write its percentage beside it."""
        from viralml_desktop.gui import fmt

        self.bar.setValue(value)
        self.percent.setText(fmt.percent(value / 1000.0, 0))

    def _on_cancelled(self) -> None:
        self._was_cancelled = True
        self.message.setText(self.tr("Cancelled.") if self.say_cancelled else "")

    def _on_started(self) -> None:
        self._was_cancelled = False
        self._set_value(0)
        self.message.setText(self.tr("Working…"))
        self.cancel_button.setEnabled(True)

    def _on_progress(self, f: float, msg: str) -> None:
        self._set_value(int(f * 1000))
        if msg:  # core's step in the interface language (source_text.PROGRESS, PROGRESS_NAMED), else as written
            from viralml_desktop.gui.source_text import step

            self.message.setText(step(msg))

    def _on_finished(self) -> None:
        self.cancel_button.setEnabled(False)
        if self._was_cancelled and not self.say_cancelled:
            self.reset()  # the tab says it was cancelled; the panel is ready for the next job
            return
        if self.message.text() in (self.tr("Cancelled."), self.tr("Failed.")):
            # the job's state, not the step it stopped at ("2 %  Failed." read as a job 2 % done)
            self.bar.setValue(0)
            self.percent.clear()
            return
        self.message.setText(self.tr("Done."))  # never stuck on the last step's message
        self._set_value(1000)

    def mark_done(self) -> None:
        """Read the finished state: a full bar, "100 %" and "Done." (for a job a tab counts as a result
        although its runner reported an error, e.g. a screenshot with no feed)."""
        self.message.setText(self.tr("Done."))
        self._set_value(1000)

    def reset(self) -> None:
        """Back to the idle state: empty bar, no percentage, no message (after the result it described is cleared)."""
        self.bar.setValue(0)
        self.percent.clear()
        self.message.clear()
        self.cancel_button.setEnabled(self.runner.is_running())


class ErrorLabel(QLabel):
    """A red one-line message area; empty when there is no error."""

    def __init__(self, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet("color: #b00020; font-weight: 600;")
        self.setTextInteractionFlags(Qt.TextSelectableByMouse)
        mark_core_text(self)  # errors are mostly core's own one-line messages

    def show_error(self, msg: str) -> None:
        self.setText(msg)

    def clear_error(self) -> None:
        self.clear()


def mark_core_text(widget: QWidget) -> QWidget:
    """Mark ``widget`` as showing core's own sentences (reasons, notes) as core wrote them: they
    are English whatever the interface language (core's JSON contract carries sentences, not ids).
    Returns the widget."""
    widget.setProperty("coreText", True)
    return widget


_SOURCE_COLOURS = {"measured": "#2e7d32", "model": "#1565c0", "personal": "#6a1b9a", "prior": "#8d6e00",
                   "no_evidence": "#757575"}


def source_texts(entry) -> tuple[str, str]:
    """A response ``sources`` entry (core/schemas/sources.py) as (short label, tooltip), translated.

    Parameters
    ----------
    entry : mapping or None
        ``{"kind", "name", "metric", "value", "n", "data", "citation", "note"}``.

    Returns
    -------
    (str, str)
        The label ("measured", "model · MAE 0.21", "your history · ρ 0.41", "published figure",
        "no evidence") and a tooltip in plain words: what the kind means, what the number is,
        the held-out or cross-validated figure with its data, the citation and core's note. Core's
        sentences are shown in the interface language when the catalogue has them
        (:func:`viralml_desktop.gui.source_text.sentence`), else as core wrote them; ("", "") for
        no entry.
    """
    from viralml_desktop.core import sources
    from viralml_desktop.gui.source_text import lines as source_lines, sentence, source_name

    if not isinstance(entry, dict) or entry.get("kind") not in _SOURCE_COLOURS:
        return "", ""
    tr = QCoreApplication.translate
    kind, value = entry["kind"], entry.get("value")
    from viralml_desktop.gui import fmt, i18n

    short, figure, p = sources.figure_parts(entry)
    short = {"acc": tr("Sources", "acc"), "precision": tr("Sources", "precision")}.get(short, short)
    fig = ""
    if figure is not None:
        shown = fmt.number(figure, 1) + " %" if short == "MdAPE" else fmt.number(figure, 2)  # MdAPE is a %
        fig = " · " + (f"{short} " if short else "") + shown + (", p " + fmt.number(p, 2) if p is not None else "")
    label = {"measured": tr("Sources", "measured"), "model": tr("Sources", "model") + fig,
             "personal": tr("Sources", "your history") + fig, "prior": tr("Sources", "published figure"),
             "no_evidence": tr("Sources", "no evidence")}[kind]
    what = {"measured": tr("Sources", "A measurement of what you gave."),
            "model": tr("Sources", "The output of a shipped model, tested on data it never saw."),
            "personal": tr("Sources", "The output of your own model, tested on your newer posts after fitting "
                                      "on the older ones."),
            "prior": tr("Sources", "A published figure, not fitted to you."),
            "no_evidence": tr("Sources", "Nothing with measured skill stands behind this number: it is neutral.")}[kind]
    lines = [what]
    if entry.get("name"):  # a model by the name the ML health tab gives it
        lines.append(source_name(entry["name"]))
    if entry.get("metric"):
        n = entry.get("n")
        shown = (i18n.locale().toString(float(value), "g", 4)
                 if isinstance(value, (int, float)) and not isinstance(value, bool) else "—")
        lines.append(tr("Sources", "Tested: {metric} = {value}{n}").format(
            metric=sentence(entry["metric"]), value=shown,
            n=tr("Sources", " (n = {n})").format(n=n) if n else ""))
    if entry.get("data"):
        lines.append(tr("Sources", "Data: {data}").format(data=sentence(entry["data"])))
    if entry.get("citation"):
        lines.append(tr("Sources", "Source: {citation}").format(citation=sentence(entry["citation"])))
    if entry.get("note"):  # a note of several clauses ("; ") is said clause by clause
        lines.append(source_lines(entry["note"]))
    return label, "\n".join(lines)


class SourceBadge(QLabel):
    """A short label beside a number saying where it comes from, with a plain-words tooltip.

    Fill it with :meth:`show_source` (a response's ``sources`` and the number's field path);
    it is empty until then. Place it with :func:`badge_beside`, or several with :class:`SourceStrip`.

    Parameters
    ----------
    parent : QWidget, optional
    what : str, optional
        Which number it is for, already translated ("reach"), written before the label when one
        widget shows several numbers.
    """

    def __init__(self, parent: Optional[QWidget] = None, what: str = ""):
        super().__init__(parent)
        self.setObjectName("SourceBadge")
        self.entry: Optional[dict] = None
        self.what = what
        self._line = QSize()  # the text's size on one line (the preferred size)
        # in a column narrower than its text the badge wraps (its minimum is its longest word), so a
        # long label (Spanish "proporciones: modelo · macro-F1 0,87") never widens the column past
        # the window and cuts the column's text at its right edge
        self.setWordWrap(True)
        self.setVisible(False)

    def set_entry(self, entry) -> None:
        """Show one ``sources`` entry (None hides the badge)."""
        label, tip = source_texts(entry)
        self.entry = entry if label else None
        self.setText(f"{self.what}: {label}" if self.what and label else label)
        self.setToolTip(tip)
        colour = _SOURCE_COLOURS.get((entry or {}).get("kind") if isinstance(entry, dict) else None, "#757575")
        self.setStyleSheet(f"color: {colour}; border: 1px solid {colour}; border-radius: 6px; padding: 0 4px; "
                           "font-size: 85%;")
        self._measure()
        self.setVisible(bool(label))

    def _measure(self) -> None:
        """Keep the one-line size: a word-wrapped QLabel's own hint is Qt's guess of a few words a
        line, which would break a short badge that has room."""
        self.ensurePolished()
        self.setWordWrap(False)
        self._line = super().sizeHint()
        self.setWordWrap(True)
        self.updateGeometry()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() in (QEvent.FontChange, QEvent.StyleChange) and not getattr(self, "_measuring", False):
            self._measuring = True
            try:
                self._measure()
            finally:
                self._measuring = False

    def sizeHint(self):  # noqa: N802 (Qt API)
        return QSize(self._line) if self._line.isValid() and self.text() else super().sizeHint()

    def show_source(self, response: Optional[dict], path: str) -> None:
        """Show the entry of ``response["sources"]`` that covers the number at ``path``."""
        from viralml_desktop.core import sources

        self.set_entry(sources.covering((response or {}).get("sources") or {}, path))


class FlowLayout(QLayout):
    """Widgets in a row that wraps onto the next line when the width runs out (Qt's flow layout
    example): its minimum width is its widest item's, never the whole row's."""

    def __init__(self, parent: Optional[QWidget] = None, spacing: int = 4):
        super().__init__(parent)
        self._items: list = []
        self._gap = spacing

    def addItem(self, item) -> None:  # noqa: N802 (Qt API)
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, i: int):  # noqa: N802 (Qt API)
        return self._items[i] if 0 <= i < len(self._items) else None

    def takeAt(self, i: int):  # noqa: N802 (Qt API)
        return self._items.pop(i) if 0 <= i < len(self._items) else None

    def expandingDirections(self):  # noqa: N802 (Qt API)
        return Qt.Orientations(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt API)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt API)
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect) -> None:  # noqa: N802 (Qt API)
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self):  # noqa: N802 (Qt API)
        w = h = 0
        for it in self._items:
            if not it.isEmpty():
                hint = it.sizeHint()
                w, h = w + hint.width() + (self._gap if w else 0), max(h, hint.height())
        m = self.contentsMargins()
        return QSize(w + m.left() + m.right(), h + m.top() + m.bottom())

    def minimumSize(self):  # noqa: N802 (Qt API)
        size = QSize()
        for it in self._items:
            if not it.isEmpty():
                size = size.expandedTo(it.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _place(self, rect, move: bool) -> int:
        m = self.contentsMargins()
        left, top, right = rect.x() + m.left(), rect.y() + m.top(), rect.right() - m.right()
        x, y, line = left, top, 0
        for it in self._items:
            if it.isEmpty():
                continue
            hint = it.sizeHint()
            if hint.width() > right - left + 1:  # wider than the row: as wide as the row, wrapped inside
                w = max(right - left + 1, it.minimumSize().width())
                hint = QSize(w, it.heightForWidth(w) if it.hasHeightForWidth() else hint.height())
            if x > left and x + hint.width() > right + 1:  # wrap
                x, y, line = left, y + line + self._gap, 0
            if move:
                it.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._gap
            line = max(line, hint.height())
        return y + line - rect.y() + m.bottom()


class SourceStrip(QWidget):
    """A row of :class:`SourceBadge`, one per number of a widget that shows several in one line
    (a summary sentence): each badge says which number it is for.

    Parameters
    ----------
    items : sequence of (str, str)
        (what, field path): the translated name of the number and its path in the response.
    """

    def __init__(self, items: Sequence[tuple[str, str]], parent: Optional[QWidget] = None):
        super().__init__(parent)
        row = FlowLayout(self)  # badges wrap in a narrow window instead of widening it
        row.setContentsMargins(0, 0, 0, 0)
        self.badges: dict[str, SourceBadge] = {}
        for what, path in items:
            self.badges[path] = SourceBadge(self, what)
            row.addWidget(self.badges[path])
        sp = self.sizePolicy()
        sp.setHeightForWidth(True)
        self.setSizePolicy(sp)

    def show_sources(self, response: Optional[dict], only: Optional[Iterable[str]] = None) -> None:
        """Fill every badge from ``response``; with ``only``, hide the badges of other paths (numbers
        this response does not show)."""
        keep = None if only is None else set(only)
        for path, badge in self.badges.items():
            badge.show_source(response if keep is None or path in keep else None, path)

    def clear(self) -> None:
        for badge in self.badges.values():
            badge.set_entry(None)


def label_columns(table: QTableWidget, response: Optional[dict], columns: dict[int, str]) -> None:
    """Write under each numeric column's header where its numbers come from.

    The header becomes "<title>\\n<short label>" with the plain-words tooltip of
    :func:`source_texts`; the title is kept in the header item's ``Qt.UserRole`` so a new
    response replaces the label. ``response`` None puts the titles back.

    Parameters
    ----------
    table : QTableWidget
    response : dict or None
        The response whose ``sources`` cover the columns.
    columns : dict
        Column index -> field path of that column's numbers (``best_slots[].relative_engagement``).
    """
    from viralml_desktop.core import sources

    src = (response or {}).get("sources") or {}
    for col, path in columns.items():
        item = table.horizontalHeaderItem(col)
        if item is None:
            continue
        title = item.data(Qt.UserRole) or item.text()
        item.setData(Qt.UserRole, title)
        label, tip = source_texts(sources.covering(src, path)) if response else ("", "")
        item.setText(f"{title}\n{label}" if label else title)
        item.setToolTip(tip)
    fit_header_widths(table)
    if table.property("wrap_headers"):
        _rewrap_headers(table)


def _header_pad(header: QHeaderView) -> int:
    """Room a header section needs beside its text: the style's margins and the sort arrow."""
    return 2 * header.style().pixelMetric(QStyle.PM_HeaderMargin, None, header) + 12


def fit_header_widths(table: QTableWidget) -> None:
    """Widen each user-resizable (Interactive) column whose header is wider than it, so its title and
    source label read whole (the table scrolls sideways instead; a narrower column is never made).

    Parameters
    ----------
    table : QTableWidget
    """
    header = table.horizontalHeader()
    fm = header.fontMetrics()
    for col in range(table.columnCount()):
        item = table.horizontalHeaderItem(col)
        if item is None or header.sectionResizeMode(col) != QHeaderView.Interactive:
            continue
        need = max(fm.horizontalAdvance(line) for line in item.text().split("\n")) + _header_pad(header)
        if header.sectionSize(col) < need:
            header.resizeSection(col, need)


_PLAIN_ROLE, _WRAPPED_ROLE = Qt.UserRole + 11, Qt.UserRole + 12


def wrap_headers(table: QTableWidget) -> QTableWidget:
    """Break a header title wider than its column onto more lines at its spaces (the header grows a
    line), again whenever a column changes width: for tables whose columns share the width (Stretch),
    where a long title ("métrica con datos no vistos") was cut at both ends.

    Parameters
    ----------
    table : QTableWidget

    Returns
    -------
    QTableWidget
        ``table``.
    """
    table.setProperty("wrap_headers", True)
    table.horizontalHeader().sectionResized.connect(lambda *_: _rewrap_soon(table))
    _rewrap_headers(table)
    return table


def _rewrap_soon(table: QTableWidget) -> None:
    """One re-break once the columns have their new widths (a resize moves every Stretch column in turn)."""
    from PySide6.QtCore import QTimer

    if not table.property("_rewrap_pending"):
        table.setProperty("_rewrap_pending", True)

        def run() -> None:
            table.setProperty("_rewrap_pending", False)
            _rewrap_headers(table)

        QTimer.singleShot(0, table, run)


def _wrapped(text: str, width: int, fm) -> str:
    """``text`` with each of its lines broken at spaces so that no line is wider than ``width`` pixels
    where a break can help (a single word wider than that stays whole)."""
    out = []
    for line in text.split("\n"):
        current = ""
        for word in line.split(" "):
            trial = f"{current} {word}" if current else word
            if current and fm.horizontalAdvance(trial) > width:
                out.append(current)
                current = word
            else:
                current = trial
        out.append(current)
    return "\n".join(out)


def _rewrap_headers(table: QTableWidget) -> None:
    """Re-break the headers of a :func:`wrap_headers` table at its columns' present widths; a header
    whose text was set from outside since (label_columns) is taken as the new unbroken text."""
    if table.property("_rewrapping"):
        return
    table.setProperty("_rewrapping", True)
    try:
        header = table.horizontalHeader()
        fm, pad = header.fontMetrics(), _header_pad(header)
        for col in range(table.columnCount()):
            item = table.horizontalHeaderItem(col)
            if item is None or header.sectionResizeMode(col) == QHeaderView.ResizeToContents:
                continue
            text = item.text()
            if text != item.data(_WRAPPED_ROLE):
                item.setData(_PLAIN_ROLE, text)
            said = _wrapped(item.data(_PLAIN_ROLE), header.sectionSize(col) - pad, fm)
            item.setData(_WRAPPED_ROLE, said)
            if said != text:
                item.setText(said)
    finally:
        table.setProperty("_rewrapping", False)


def source_cells(response: Optional[dict], path: str) -> list[str]:
    """The two CSV cells an export writes beside a number: its short source label and the entry
    in one line (English, like the rest of an export's data).

    Parameters
    ----------
    response : dict or None
    path : str
        The number's field path.

    Returns
    -------
    [str, str]
        ``["model · MAE 0.21", "virality_prior; mean absolute error ... = 0.2141; ..."]``;
        two empty strings when no entry covers it.
    """
    from viralml_desktop.core import sources

    entry = sources.covering((response or {}).get("sources") or {}, path)
    return [sources.short_label(entry), sources.describe(entry)] if entry else ["", ""]


def badge_beside(widget: QWidget) -> SourceBadge:
    """A :class:`SourceBadge` placed right after ``widget`` in the layout that holds it.

    Call it once the widget is in its layout. In a box layout the badge is inserted after the
    widget; in a form or grid layout the widget's cell becomes a row of the widget and the badge.
    A widget in no layout gets a badge that is not placed (its tooltip still says the source).
    """
    badge = SourceBadge(widget.parentWidget())
    lay = _layout_of(widget.parentWidget().layout() if widget.parentWidget() else None, widget)
    if isinstance(lay, QBoxLayout) and lay.direction() in (QBoxLayout.LeftToRight, QBoxLayout.RightToLeft):
        lay.insertWidget(lay.indexOf(widget) + 1, badge, 0, Qt.AlignVCenter)
    elif isinstance(lay, (QBoxLayout, QFormLayout, QGridLayout)):
        cell = QWidget(widget.parentWidget())
        row = QHBoxLayout(cell)
        row.setContentsMargins(0, 0, 0, 0)
        if isinstance(lay, QBoxLayout):
            i = lay.indexOf(widget)
            stretch = lay.stretch(i)
            lay.removeWidget(widget)
            lay.insertWidget(i, cell, stretch)
        elif isinstance(lay, QFormLayout):
            r, role = lay.getWidgetPosition(widget)
            lay.removeWidget(widget)
            lay.setWidget(r, role, cell)
        else:
            r, c, rs, cs = lay.getItemPosition(lay.indexOf(widget))
            lay.removeWidget(widget)
            lay.addWidget(cell, r, c, rs, cs)
        row.addWidget(widget, 1)
        row.addWidget(badge, 0, Qt.AlignVCenter)
    return badge


def _layout_of(layout: Optional[QLayout], widget: QWidget) -> Optional[QLayout]:
    """The layout (``layout`` or one nested in it) whose direct item is ``widget``."""
    if layout is None:
        return None
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if item.widget() is widget:
            return layout
        if item.layout() is not None:
            found = _layout_of(item.layout(), widget)
            if found is not None:
                return found
    return None


def readonly_table(headers: Sequence[str], fit_contents: bool = False) -> QTableWidget:
    """A table of results the user reads, sorts by eye and copies from, never edits. Columns share
    the width, or (``fit_contents``) fit their contents with the last one taking the rest and a
    click selecting the whole row."""
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(list(headers))
    t.verticalHeader().setVisible(False)
    t.setEditTriggers(QTableWidget.NoEditTriggers)
    if fit_contents:
        t.setSelectionBehavior(QAbstractItemView.SelectRows)
        t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        t.horizontalHeader().setStretchLastSection(True)
    else:
        t.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
    return t


def boxed(layout: QLayout) -> QWidget:
    """A plain widget holding ``layout`` (splitters and scroll areas take widgets, not layouts)."""
    w = QWidget()
    w.setLayout(layout)
    return w


def splitter(*parts: QWidget, stretch: Sequence[int], sizes: Optional[Sequence[int]] = None,
             orientation=Qt.Horizontal) -> QSplitter:
    """Panes the user can resize; ``stretch``: how each pane shares extra room."""
    split = QSplitter(orientation)
    for i, (w, k) in enumerate(zip(parts, stretch)):
        split.addWidget(w)
        split.setStretchFactor(i, k)
    if sizes:
        split.setSizes(list(sizes))
    return split


def save_export(owner: QWidget, path: Optional[str], title: str, default_name: str, file_filter: str,
                write: Callable[[str], object]) -> Optional[str]:
    """One export from a tab or pane: to ``path`` as given (tests, scripts) or one asked for with a
    Save dialog, written by ``write(path)``. "Saved …" goes to the status bar; a failure (a
    read-only folder, a full disk, an image format that cannot be written) to the owner's error
    line, and what is on screen stays. The owner has ``ctx`` and ``error``. None unless saved."""
    if not path:
        path, _ = QFileDialog.getSaveFileName(owner, title, default_name, file_filter)
    if not path:
        return None
    try:
        if write(path) is False:  # QPixmap.save and QImage.save answer False instead of raising
            raise OSError("the image could not be written there")
    except (OSError, ValueError) as e:
        owner.error.show_error(QCoreApplication.translate("widgets", "Could not save {v0}: {e}").format(v0=Path(path).name, e=e))
        return None
    owner.ctx.show_status(QCoreApplication.translate("widgets", "Saved {path}").format(path=path))
    return path


def bgr_to_pixmap(bgr, max_side: Optional[int] = None) -> QPixmap:
    """A numpy BGR uint8 image (from core) to a QPixmap — display only, no computation."""
    import numpy as np

    rgb = np.ascontiguousarray(bgr[:, :, ::-1])
    h, w = rgb.shape[:2]
    img = QImage(rgb.data, w, h, 3 * w, QImage.Format_RGB888).copy()
    pm = QPixmap.fromImage(img)
    if max_side and max(w, h) > max_side:
        pm = pm.scaled(max_side, max_side, Qt.KeepAspectRatio, Qt.SmoothTransformation)
    return pm


class AccountCombo(QComboBox):
    """Pick an imported post history (Account health) or none; the list is read off the UI thread.

    ``filled`` is emitted each time the list has been read again."""

    filled = Signal()

    def __init__(self, none_label: str, remember_key: str = "", ctx=None, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.none_label, self.remember_key, self.ctx = none_label, remember_key, ctx
        self.addItem(none_label, None)
        self.runner = TaskRunner(self)
        self.runner.result.connect(self._fill)

    def showEvent(self, e) -> None:  # noqa: N802 (Qt API)
        # accounts imported since the list was read (in Account health, the CLI) show on return
        super().showEvent(e)
        self.refresh()

    def refresh(self) -> None:
        from viralml_desktop.core.account_health import jobs

        self.runner.start(jobs.list_accounts)

    def _fill(self, accounts: list[dict]) -> None:
        keep = self.currentData()
        if keep is None and self.ctx is not None and self.remember_key:
            keep = self.ctx.value(self.remember_key, None)
        self.clear()
        self.addItem(self.none_label, None)
        for a in accounts:
            platform = PLATFORM_LABELS.get(a.get("platform") or "", a.get("platform")) or self.tr("any platform")
            self.addItem(self.tr("{v0} ({v1} posts, {v2})").format(v0=a['account_id'], v1=a['n'], v2=platform),
                         a["account_id"])
        self.setCurrentIndex(max(self.findData(keep), 0))
        self.filled.emit()
