"""Import preview: a user's table as it will be read, before anything is stored.

Every import of a user's table opens :class:`ImportDialog` (account histories, the thumbnail
channel export, the labelled-videos list, comment files). It shows what the one reader
(:func:`viralml_desktop.core.tables.read_table`) found, the same report ``viralml import``
prints: platform and table, encoding, delimiter, number locale, date order, rows read and
skipped (each with its reason), warnings; then the first rows **as they will be read** (parsed
values, not the file's text). The column → field mapping is editable (a combo per column), the
reader's questions (date order, number format, an export date for yearless dates, the time
zone of times written without an offset) are answered with controls, and every change reads
the file again at once. The mapping and answers are remembered per source (the detected
platform and table and the header row) in the app's settings and filled in next time.

For an account history, Import stores the posts in the channel history
(:meth:`viralml_desktop.core.store.Store.import_posts`, one transaction) in the worker lane;
Cancel stores nothing. For the other kinds the dialog hands its answers (:meth:`answers`) to
the tab, whose own job reads the file with them.
"""
from __future__ import annotations

import hashlib
import json
import os
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any, Optional

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox,
                               QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget,
                               QPushButton, QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from viralml_desktop.core import store, tables
from viralml_desktop.core.captions import read_comments as read_comment_file
from viralml_desktop.core.errors import InputError
from viralml_desktop.core.ingest import fold
from viralml_desktop.gui.widgets import ErrorLabel
from viralml_desktop.gui.worker import TaskRunner

CONTEXT = "ImportDialog"  # the translation context of every string here
PREVIEW_ROWS = 20
PREVIEW_KEY = "imports/preview"  # "false": tabs import without this dialog
SOURCES_KEY = "import_sources"  # settings group of the remembered mapping and answers
DIALOG_KINDS = ("posts", "videos", "thumbnails", "comments")
TEXT_SUFFIXES = (".txt", ".text")

# what each field is, in words (marked for translation, translated where shown)
FIELD_LABELS = {
    "post_id": QT_TRANSLATE_NOOP("ImportDialog", "post / video id"),
    "title": QT_TRANSLATE_NOOP("ImportDialog", "title or caption"),
    "hashtags": QT_TRANSLATE_NOOP("ImportDialog", "hashtags"),
    "published_at": QT_TRANSLATE_NOOP("ImportDialog", "published (date and time)"),
    "duration_s": QT_TRANSLATE_NOOP("ImportDialog", "duration (s)"),
    "views": QT_TRANSLATE_NOOP("ImportDialog", "views"),
    "likes": QT_TRANSLATE_NOOP("ImportDialog", "likes"),
    "comments": QT_TRANSLATE_NOOP("ImportDialog", "comments"),
    "shares": QT_TRANSLATE_NOOP("ImportDialog", "shares"),
    "saves": QT_TRANSLATE_NOOP("ImportDialog", "saves"),
    "impressions": QT_TRANSLATE_NOOP("ImportDialog", "impressions"),
    "reach": QT_TRANSLATE_NOOP("ImportDialog", "reach"),
    "ctr_percent": QT_TRANSLATE_NOOP("ImportDialog", "click-through rate (%)"),
    "watch_time_h": QT_TRANSLATE_NOOP("ImportDialog", "watch time (h)"),
    "account": QT_TRANSLATE_NOOP("ImportDialog", "account"),
    "url": QT_TRANSLATE_NOOP("ImportDialog", "link"),
    "file": QT_TRANSLATE_NOOP("ImportDialog", "file name"),
    "post_type": QT_TRANSLATE_NOOP("ImportDialog", "post type"),
}
READING_LABELS = {
    "day_first": QT_TRANSLATE_NOOP("ImportDialog", "day first"),
    "month_first": QT_TRANSLATE_NOOP("ImportDialog", "month first"),
    "comma_decimal": QT_TRANSLATE_NOOP("ImportDialog", "comma decimal (1.234,5)"),
    "dot_decimal": QT_TRANSLATE_NOOP("ImportDialog", "dot decimal (1,234.5)"),
}
ZONES = ("UTC", "America/Mexico_City", "America/Bogota", "America/Lima", "America/Santiago",
         "America/Argentina/Buenos_Aires", "America/Caracas", "America/New_York", "America/Chicago",
         "America/Denver", "America/Los_Angeles", "America/Sao_Paulo", "America/Puerto_Rico", "Europe/Madrid",
         "Europe/Lisbon", "Europe/London")


def tr(text: str) -> str:
    """``text`` in the user's language (Qt's translator, context ``ImportDialog``)."""
    out = QCoreApplication.translate(CONTEXT, text)
    # pyside6-lupdate files a bare tr("…") under the empty context: look there too
    return out if out != text else QCoreApplication.translate("", text)


def preview_enabled(ctx) -> bool:
    """Whether tabs show this dialog before an import (the ``imports/preview`` setting, default on)."""
    return ctx is None or str(ctx.value(PREVIEW_KEY, "true")).lower() != "false"


def source_key(kind: str, platform: str, table: str, columns: list[str]) -> str:
    """The settings key of one source: the kind of import, the detected platform and table, the header row.

    Parameters
    ----------
    kind : str
        ``posts``, ``videos``, ``thumbnails`` or ``comments``.
    platform, table : str
        As the reader detected them (``report.platform``, ``report.table``).
    columns : list of str
        The file's header row; compared folded (case, accents and punctuation ignored).

    Returns
    -------
    str
        ``import_sources/<kind>/<platform>_<table>_<12 hex digits>``.
    """
    sig = "\x1f".join(fold(c) for c in columns)
    digest = hashlib.sha1(sig.encode("utf-8")).hexdigest()[:12]
    return f"{SOURCES_KEY}/{kind}/{platform}_{table}_{digest}"


def format_value(field: str, value: Any, post: Optional[dict] = None) -> str:
    """One parsed value as the preview shows it (what will be stored, not the file's text).

    Parameters
    ----------
    field : str
        The reader's field name.
    value : Any
        The post's value: ``published_at`` an aware ``datetime`` (shown in UTC, the date alone
        when the export has no time of day), counts ``int``, rates ``float``, ``hashtags`` a list.
    post : dict, optional
        The whole post (its ``time_known`` decides how a date is shown).

    Returns
    -------
    str
        ``''`` for a missing value.
    """
    if value is None:
        return ""
    if field == "published_at" and isinstance(value, datetime):
        v = value.astimezone(timezone.utc)
        if post is not None and post.get("time_known") is False:
            return v.strftime("%Y-%m-%d")
        return v.strftime("%Y-%m-%d %H:%M UTC")
    if isinstance(value, bool):
        return tr("yes") if value else tr("no")
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return f"{value:.6g}"
    if isinstance(value, (list, tuple)):
        return " ".join(map(str, value))
    return str(value)


def _file_time(path: str) -> Optional[float]:
    try:
        return os.stat(path).st_mtime
    except OSError:
        return None


class ImportDialog(QDialog):
    """The import preview of one file.

    Parameters
    ----------
    path : str
        The user's file.
    kind : {'posts', 'videos', 'thumbnails', 'comments'}
        ``posts``: an account history (Import stores it); ``videos``: the labelled-videos list;
        ``thumbnails``: YouTube Studio's table for the thumbnail channel model; ``comments``: a
        comment file (the comment column is chosen instead of a mapping).
    ctx : AppContext, optional
        The app's settings (remembered mappings); none remembered without it.
    platform : str, optional
        The platform the user chose (``None``/``''``: detected from the headers).
    parent : QWidget, optional

    Signals
    -------
    imported(object)
        For ``posts``, after a successful import: the store's ``ImportSummary``.

    Notes
    -----
    The file is read in the UI thread on every change (the preview needs the whole file's
    columns to decide number formats and date order); the import runs in a worker.
    """

    imported = Signal(object)

    def __init__(self, path: str, kind: str = "posts", ctx=None, platform: Optional[str] = None,
                 parent: Optional[QWidget] = None):
        super().__init__(parent)
        if kind not in DIALOG_KINDS:
            raise ValueError(f"unknown import kind {kind!r}")
        self.path, self.kind, self.ctx = str(path), kind, ctx
        self.platform = platform or None
        self.edits: dict[str, Optional[str]] = {}  # the user's mapping edits, field -> column (None: unmapped)
        self.hints: dict[str, str] = {}  # column -> reading
        self.export_date: Optional[str] = None  # YYYY-MM-DD for yearless dates
        self.assume_tz = "UTC"
        self.comment_column: Optional[str] = None
        self.read: Any = None  # the TableRead (or, for comments, the list of comments)
        self.columns: list[str] = []
        self.report: Any = None
        self.error_text = ""
        self.key: Optional[str] = None
        self.remembered = False
        self.summary = None  # the ImportSummary after Import (posts)
        self._filling = False
        self.runner = TaskRunner(self)
        self.runner.result.connect(self._stored)
        self.runner.error.connect(self._store_failed)

        self.setWindowTitle(self.tr("Import preview: {name}").format(name=Path(self.path).name))
        self.setSizeGripEnabled(True)
        self._build()
        self._first_read()

    # -- layout ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.report_label = QLabel()
        self.report_label.setTextFormat(Qt.RichText)
        self.report_label.setWordWrap(True)
        self.report_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.report_label.setToolTip(self.tr("What the reader found in the file: the same report as "
                                             "'viralml import FILE'"))
        self.error = ErrorLabel()
        self.error.setToolTip(self.tr("Why this file cannot be imported as it is read now"))

        # questions
        self.questions = QGroupBox(self.tr("Questions"))
        self.questions.setToolTip(self.tr("What the file leaves open: answer, and the preview is read again"))
        self.questions.setMinimumWidth(340)
        self.questions_form = QFormLayout(self.questions)
        self.questions_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.question_combos: dict[str, QComboBox] = {}
        self.export_date_edit = QDateEdit()
        self.export_date_edit.setCalendarPopup(True)
        self.export_date_edit.setDisplayFormat("yyyy-MM-dd")
        self.export_date_edit.setToolTip(self.tr("The day the export was downloaded: it decides which export's "
                                                 "counts are newer, the forecast expects the next posts after it, "
                                                 "and dates without a year are placed in the year before it"))
        self.export_date_edit.dateChanged.connect(self._export_date_changed)
        self.tz_combo = QComboBox()
        self.tz_combo.setEditable(True)
        self.tz_combo.addItems(list(ZONES))
        self.tz_combo.setToolTip(self.tr("Time zone of the times the file writes without an offset "
                                         "(YouTube and TikTok Studio write your local time)"))
        self.tz_combo.currentIndexChanged.connect(lambda _i: self._tz_changed())
        self.tz_combo.lineEdit().editingFinished.connect(self._tz_changed)
        self.comment_combo = QComboBox()
        self.comment_combo.setToolTip(self.tr("The column that holds the comments"))
        self.comment_combo.currentIndexChanged.connect(lambda _i: self._comment_column_changed())

        # mapping
        self.mapping_table = QTableWidget(0, 3)
        self.mapping_table.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("Read as"),
                                                      self.tr("First value in the file")])
        self.mapping_table.verticalHeader().setVisible(False)
        self.mapping_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.mapping_table.setSelectionMode(QAbstractItemView.NoSelection)
        self.mapping_table.setWordWrap(False)
        h = self.mapping_table.horizontalHeader()
        h.setSectionResizeMode(0, QHeaderView.ResizeToContents)
        h.setSectionResizeMode(1, QHeaderView.ResizeToContents)
        h.setSectionResizeMode(2, QHeaderView.Stretch)
        self.mapping_table.setToolTip(self.tr("Which field each column is read as; choose 'ignore' to leave a "
                                              "column out"))
        self.mapping_box = QGroupBox(self.tr("Columns"))
        QVBoxLayout(self.mapping_box).addWidget(self.mapping_table)

        # preview
        self.preview = QTableWidget(0, 0)
        self.preview.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.preview.setAlternatingRowColors(True)
        self.preview.setWordWrap(False)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.preview.setToolTip(self.tr("The first rows as they will be stored: numbers, dates and durations "
                                        "already read"))
        self.preview_box = QGroupBox(self.tr("Preview"))
        QVBoxLayout(self.preview_box).addWidget(self.preview)

        self.details = QListWidget()
        self.details.setWordWrap(True)
        self.details.setToolTip(self.tr("Rows skipped (each with its reason), warnings and notes"))
        self.details_box = QGroupBox(self.tr("Skipped rows and warnings"))
        QVBoxLayout(self.details_box).addWidget(self.details)

        # account (posts only)
        self.account_edit = QLineEdit()
        self.account_edit.setToolTip(self.tr("The account these posts belong to; importing the same account "
                                             "again merges by post id"))
        self.account_row = QWidget()
        ar = QHBoxLayout(self.account_row)
        ar.setContentsMargins(0, 0, 0, 0)
        ar.addWidget(QLabel(self.tr("Account:")))
        ar.addWidget(self.account_edit, 1)
        self.account_row.setVisible(self.kind == "posts")

        self.always = QCheckBox(self.tr("Show this preview before every import"))
        self.always.setChecked(preview_enabled(self.ctx))
        self.always.setToolTip(self.tr("When off, files are imported at once with the remembered columns "
                                       "(setting 'imports/preview')"))
        self.buttons = QDialogButtonBox()
        self.import_button = QPushButton(self.tr("Import") if self.kind == "posts" else self.tr("Continue"))
        self.import_button.setDefault(True)
        self.import_button.setToolTip(self.tr("Store the rows as previewed") if self.kind == "posts"
                                      else self.tr("Go on with the rows as previewed"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Close without storing anything"))
        self.buttons.addButton(self.import_button, QDialogButtonBox.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.RejectRole)
        self.import_button.clicked.connect(self.do_import)
        self.cancel_button.clicked.connect(self.reject)

        top = QWidget()
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(self.report_label)
        row = QHBoxLayout()
        row.addWidget(self.questions, 2)
        row.addWidget(self.mapping_box, 5)
        tl.addLayout(row, 1)
        split = QSplitter(Qt.Vertical)
        split.addWidget(top)
        split.addWidget(self.preview_box)
        split.addWidget(self.details_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 3)
        split.setStretchFactor(2, 1)
        split.setSizes([330, 280, 100])
        lay = QVBoxLayout(self)
        lay.addWidget(split, 1)
        lay.addWidget(self.error)
        lay.addWidget(self.account_row)
        bottom = QHBoxLayout()
        bottom.addWidget(self.always)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        lay.addLayout(bottom)
        screen = QGuiApplication.primaryScreen()
        w, h_ = (1100, 760)
        if screen is not None:
            g = screen.availableGeometry()
            w, h_ = min(w, g.width() - 40), min(h_, g.height() - 60)
        self.resize(w, h_)

    # -- reading -----------------------------------------------------------------------------
    def reader_hints(self) -> dict:
        """The hints passed to ``read_table``: the answered questions and the export date."""
        h: dict = dict(self.hints)
        if self.export_date:
            h["export_date"] = self.export_date
        return h

    def answers(self) -> dict:
        """What the user set: ``mapping`` (field -> column, None unmaps), ``hints``, ``assume_tz``
        and, for comments, ``column``; what the tab's job passes to the reader."""
        out = {"mapping": dict(self.edits), "hints": self.reader_hints(), "assume_tz": self.assume_tz}
        if self.kind == "comments":
            out["column"] = self.comment_column
        return out

    def _reader_kind(self) -> str:
        return "posts" if self.kind == "posts" else self.kind

    def _table_read(self, kind: str):
        return tables.read_table(self.path, kind=kind, hints=self.reader_hints(), mapping=self.edits or None,
                                 platform=self.platform if self.kind != "thumbnails" else "youtube",
                                 assume_tz=self.assume_tz)

    def _first_read(self) -> None:
        """Read once as detected, then again with what was remembered for this source."""
        self.reread()
        if self.report is None:
            return
        cols = self.columns if self.kind != "comments" else self.columns or ["(text)"]
        self.key = source_key(self.kind, self.report.platform, self.report.table, cols)
        saved = self._load()
        if saved:
            self.edits = {f: c for f, c in (saved.get("mapping") or {}).items()
                          if f in tables.FIELDS and (c is None or c in self.columns)}
            self.hints = {c: r for c, r in (saved.get("hints") or {}).items() if c in self.columns}
            self.assume_tz = str(saved.get("assume_tz") or "UTC")
            col = saved.get("column")
            self.comment_column = col if col in self.columns else None
            self.remembered = True
            self.reread()

    def reread(self) -> None:
        """Read the file again with the current mapping and answers and refresh every part."""
        self.error_text = ""
        self.read, self.report = None, None
        QGuiApplication.setOverrideCursor(Qt.WaitCursor)  # a large export takes a moment to read
        try:
            if self.kind == "comments":
                self._read_comments()
            else:
                try:
                    self.read = self._table_read(self._reader_kind())
                except InputError as e:  # still show what the file holds, so the mapping can fix it
                    self.error_text = str(e)
                    self.read = self._table_read("any")
                    self.read.posts = []
                self.report, self.columns = self.read.report, list(self.read.columns)
        except InputError as e:
            self.error_text = self.error_text or str(e)
        except (OSError, ValueError) as e:
            self.error_text = self.error_text or f"{Path(self.path).name}: {e}"
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._fill()

    def _read_comments(self) -> None:
        is_text = Path(self.path).suffix.lower() in TEXT_SUFFIXES
        if not is_text:
            rows = tables.read_table(self.path, kind="rows")
            self.report, self.columns = rows.report, list(rows.columns)
        else:
            self.report = tables.TableReport(source=Path(self.path).name, format="text", platform="generic",
                                             table="comments")
        try:
            self.read = read_comment_file(self.path, self.comment_column)
        except InputError as e:
            self.error_text = str(e)
            if ": no comment column" in self.error_text:  # here the column can be chosen (core's CLI text says rename)
                self.error_text = self.tr("{name}: no column is named as comments are: choose the column in "
                                          "'Comment column'").format(name=Path(self.path).name)
            self.read = []

    # -- showing -----------------------------------------------------------------------------
    def _fill(self) -> None:
        self._filling = True
        try:
            self._fill_report()
            self._fill_questions()
            self._fill_mapping()
            self._fill_preview()
            self._fill_details()
            self.error.setText(self.error_text)
            if self.kind == "posts" and not self.account_edit.text().strip() and self.read is not None:
                self.account_edit.setText(self.default_account())
            self.import_button.setEnabled(self.can_import())
        finally:
            self._filling = False

    def can_import(self) -> bool:
        """True when the file reads with no error and no open question."""
        if self.error_text or self.read is None:
            return False
        if self.kind == "comments":
            return bool(self.read)
        return self.read.ready and bool(self.read.posts)

    def default_account(self) -> str:
        """The account named in the export when it names one, else the file's name (as ``viralml import``)."""
        posts = getattr(self.read, "posts", None) or []
        named = {str(p["account"]).strip() for p in posts if p.get("account")}
        return named.pop() if len(named) == 1 else Path(self.path).stem

    def _fill_report(self) -> None:
        r = self.report
        if r is None:
            self.report_label.setText("")
            return
        where = [r.format or "?"]
        if r.encoding:
            where.append(self.tr("encoding {e}").format(e=r.encoding))
        if r.delimiter:
            where.append(self.tr("delimiter {d}").format(d=self.tr("tab") if r.delimiter == "\t"
                                                         else repr(r.delimiter)))
        if r.sheet:
            where.append(self.tr("sheet {s!r}").format(s=r.sheet))
        lines = [self.tr("<b>File:</b> {name} ({where})").format(name=_html(r.source), where=_html(", ".join(where)))]
        if self.kind == "comments":
            n = len(self.read or [])
            lines.append(self.tr("<b>Comments:</b> {n} read").format(n=n))
            self.report_label.setText("<br>".join(lines))
            return
        lines.append(self.tr("<b>Platform:</b> {p}, <b>table:</b> {t}").format(p=r.platform, t=r.table))
        locale = {"comma_decimal": self.tr("comma decimal (1.234,5)"), "dot_decimal": self.tr("dot decimal (1,234.5)"),
                  "mixed": self.tr("mixed")}.get(r.number_locale or "", self.tr("no separators"))
        lines.append(self.tr("<b>Number locale:</b> {l}").format(l=locale))
        if r.date_column:
            order = r.date_order or self.tr("undecided")
            d = self.tr("<b>Dates:</b> column {c}, order {o}").format(c=_html(repr(r.date_column)), o=order)
            if r.date_formats:
                d += f" ({_html(', '.join(r.date_formats))})"
            d += self.tr("; times of day: {t}; zone {z}").format(t=r.times or self.tr("none"), z=r.assume_tz)
            if r.export_date:
                d += self.tr("; export date {d}").format(d=r.export_date)
            lines.append(d)
        else:
            lines.append(self.tr("<b>Dates:</b> no date column"))
        day = self._file_export_day()
        if day:  # no export date given: the file's date is taken (it orders exports, and forecasts start after it)
            lines.append(self.tr("<b>Export date:</b> taken from the file's date {d}; give the day the export was "
                                 "downloaded below if the export is older").format(d=day))
        n_ok = len(self.read.posts) if self.read is not None else 0
        lines.append(self.tr("<b>Rows:</b> {read} read, {skipped} skipped, {ok} to import").format(
            read=r.rows_read, skipped=r.n_skipped, ok=n_ok))
        if self.remembered:
            lines.append(self.tr("<i>Columns and answers remembered from the last import of this kind of "
                                 "file.</i>"))
        self.report_label.setText("<br>".join(lines))

    def _file_export_day(self) -> Optional[str]:
        """The file's date (``YYYY-MM-DD``, UTC) when it stands in for the export date (none given), else None."""
        if self.kind != "posts" or self.export_date or (self.report is not None and self.report.export_date):
            return None
        from viralml_desktop.core.account_health.history import file_export_date

        return file_export_date(self.path)[1]

    def _fill_questions(self) -> None:
        form = self.questions_form
        while form.rowCount():
            form.takeRow(0)  # keeps the reused widgets alive
        for combo in self.question_combos.values():
            combo.deleteLater()
        self.question_combos = {}
        for w in (self.export_date_edit, self.tz_combo, self.comment_combo):
            w.setVisible(False)
        r = self.report
        if self.kind == "comments":
            if self.columns:
                self.comment_combo.clear()
                self.comment_combo.addItem(self.tr("(found by its name)"), "")
                for c in self.columns:
                    self.comment_combo.addItem(c, c)
                i = self.comment_combo.findData(self.comment_column or "")
                self.comment_combo.setCurrentIndex(max(i, 0))
                self.comment_combo.setVisible(True)
                form.addRow(self.tr("Comment column:"), self.comment_combo)
            else:
                form.addRow(QLabel(self.tr("A text file: one comment per line.")))
            return
        if r is None:
            return
        asked = {a.column: a for a in r.ambiguities}
        answered = [c for c in self.hints if c not in asked]
        for col, a in list(asked.items()) + [(c, None) for c in answered]:
            combo = QComboBox()
            combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(14)
            kind = a.kind if a is not None else ("date_order" if self.hints[col] in ("day_first", "month_first")
                                                 else "number_format")
            readings = a.readings if a is not None else (["day_first", "month_first"] if kind == "date_order"
                                                         else ["comma_decimal", "dot_decimal"])
            combo.addItem(self.tr("— choose —"), "")
            for rd in readings:
                label = tr(READING_LABELS.get(rd, rd))
                if a is not None and a.examples and a.meanings.get(rd):
                    label += f": {a.examples[0]} → {a.meanings[rd][0]}"
                combo.addItem(label, rd)
            combo.setCurrentIndex(max(combo.findData(self.hints.get(col, "")), 0))
            what = self.tr("date order") if kind == "date_order" else self.tr("number format")
            combo.setToolTip(self.tr("Column {c!r}: its values fit both readings; choose the {what} the file "
                                     "uses").format(c=col, what=what) if a is not None else
                             self.tr("Your answer for column {c!r}").format(c=col))
            combo.currentIndexChanged.connect(lambda _i, c=col, cb=combo: self._answer(c, cb.currentData()))
            self.question_combos[col] = combo
            form.addRow(self.tr("{c} ({what}):").format(c=col, what=what), combo)
        file_day = self._file_export_day()
        if r.export_date or self.export_date or _needs_year(self.error_text) or file_day:
            d = date.fromisoformat(self.export_date or r.export_date or file_day) \
                if (self.export_date or r.export_date or file_day) else date.today()
            self.export_date_edit.blockSignals(True)
            self.export_date_edit.setDate(QDate(d.year, d.month, d.day))
            self.export_date_edit.blockSignals(False)
            self.export_date_edit.setVisible(True)
            form.addRow(self.tr("Export downloaded on:"), self.export_date_edit)
        if self.kind == "posts" and r.date_column and r.times != "date only":
            self.tz_combo.blockSignals(True)
            if self.tz_combo.findText(self.assume_tz) < 0:
                self.tz_combo.addItem(self.assume_tz)
            self.tz_combo.setCurrentText(self.assume_tz)
            self.tz_combo.blockSignals(False)
            self.tz_combo.setVisible(True)
            form.addRow(self.tr("Times are in zone:"), self.tz_combo)
        if not form.rowCount():
            form.addRow(QLabel(self.tr("None: the file reads without questions.")))

    def _fill_mapping(self) -> None:
        self.mapping_box.setVisible(self.kind != "comments")
        t = self.mapping_table
        t.setRowCount(0)
        if self.kind == "comments" or self.read is None:
            return
        by_column: dict[str, str] = {}
        for f in tables.FIELDS:  # FIELDS order: views before its impressions/reach fallback
            c = self.report.mapping.get(f)
            if c is not None and c not in by_column:
                by_column[c] = f
        first = self.read.rows[0] if self.read.rows else []
        t.setRowCount(len(self.columns))
        for i, col in enumerate(self.columns):
            name = QTableWidgetItem(col)
            name.setToolTip(col)
            t.setItem(i, 0, name)
            combo = QComboBox()
            combo.addItem(self.tr("ignore"), "")
            for f in tables.FIELDS:
                combo.addItem(tr(FIELD_LABELS.get(f, f)), f)
            combo.setCurrentIndex(max(combo.findData(by_column.get(col, "")), 0))
            combo.setToolTip(self.tr("Read column {c!r} as this field").format(c=col))
            combo.currentIndexChanged.connect(lambda _i, c=col, cb=combo: self.set_field(c, cb.currentData()))
            t.setCellWidget(i, 1, combo)
            raw = first[i] if i < len(first) else ""
            t.setItem(i, 2, QTableWidgetItem("" if raw is None else str(raw)))

    def _fill_preview(self) -> None:
        p = self.preview
        p.clear()
        if self.kind == "comments":
            items = list(self.read or [])[:PREVIEW_ROWS]
            p.setColumnCount(1)
            p.setHorizontalHeaderLabels([self.tr("comment")])
            p.setRowCount(len(items))
            for i, c in enumerate(items):
                p.setItem(i, 0, QTableWidgetItem(c.replace("\n", " ⏎ ")))
            n = len(self.read or [])
            self.preview_box.setTitle(self.tr("Preview: first {k} of {n} comments").format(k=len(items), n=n))
            return
        posts = list(self.read.posts) if self.read is not None else []
        fields = [f for f in tables.FIELDS if any(q.get(f) not in (None, [], "") for q in posts)]
        rows = posts[:PREVIEW_ROWS]
        p.setColumnCount(len(fields))
        mapping = self.report.mapping if self.report is not None else {}
        for j, f in enumerate(fields):
            col = mapping.get(f)
            head = QTableWidgetItem(tr(FIELD_LABELS.get(f, f)) + (f"\n← {col}" if col else ""))
            head.setToolTip(self.tr("Field {f}, read from column {c!r}").format(f=f, c=col) if col else f)
            p.setHorizontalHeaderItem(j, head)
        p.setRowCount(len(rows))
        for i, post in enumerate(rows):
            for j, f in enumerate(fields):
                it = QTableWidgetItem(format_value(f, post.get(f), post))
                if isinstance(post.get(f), (int, float)) and not isinstance(post.get(f), bool):
                    it.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                p.setItem(i, j, it)
        self.preview_box.setTitle(self.tr("Preview: first {k} of {n} rows as they will be read").format(
            k=len(rows), n=len(posts)))

    def _fill_details(self) -> None:
        self.details.clear()
        r = self.report
        if r is None or self.kind == "comments":
            self.details_box.setVisible(False)
            return
        from viralml_desktop.gui.source_text import lines as said  # core's reasons in the interface language

        lines = ([self.tr("skipped: {x}").format(x=said(x)) for x in r.rows_skipped]
                 + [self.tr("warning: {x}").format(x=x) for x in r.warnings]
                 + [self.tr("note: {x}").format(x=x) for x in r.notes])
        self.details.addItems(lines)
        self.details_box.setVisible(bool(lines))

    # -- changes -----------------------------------------------------------------------------
    def set_field(self, column: str, field: Optional[str]) -> None:
        """Read ``column`` as ``field`` (``None``/``''``: ignore it) and read the file again."""
        if self._filling:
            return
        mapping = self.report.mapping if self.report is not None else {}
        for f, c in mapping.items():
            if c == column and f != field:
                self.edits[f] = None
        for f, c in list(self.edits.items()):
            if c == column and f != field:
                self.edits[f] = None
        if field:
            self.edits[field] = column
        self.reread()

    def answer(self, column: str, reading: Optional[str]) -> None:
        """Answer the reader's question on ``column`` (``day_first``, ``month_first``, ``comma_decimal``,
        ``dot_decimal``; ``None`` withdraws the answer) and read the file again."""
        if reading:
            self.hints[column] = reading
        else:
            self.hints.pop(column, None)
        self.reread()

    def _answer(self, column: str, reading: Optional[str]) -> None:
        if not self._filling:
            self.answer(column, reading)

    def set_export_date(self, day: Optional[str]) -> None:
        """The day the export was downloaded (``YYYY-MM-DD``; ``None``: the file's date), for yearless dates."""
        self.export_date = day or None
        self.reread()

    def _export_date_changed(self, d: QDate) -> None:
        if not self._filling:
            self.set_export_date(d.toString("yyyy-MM-dd"))

    def set_time_zone(self, zone: str) -> None:
        """The IANA zone of times written without an offset; a zone that does not exist is one error line."""
        zone = (zone or "UTC").strip() or "UTC"
        try:
            from zoneinfo import ZoneInfo
            ZoneInfo(zone)
        except (ValueError, KeyError, OSError, ImportError) as e:  # ZoneInfoNotFoundError is a KeyError
            self.error.setText(self.tr("{z!r} is not a time zone (e.g. America/Mexico_City)").format(z=zone))
            del e
            return
        self.assume_tz = zone
        self.reread()

    def _tz_changed(self) -> None:
        if not self._filling and self.tz_combo.currentText().strip() != self.assume_tz:
            self.set_time_zone(self.tz_combo.currentText())

    def set_comment_column(self, column: Optional[str]) -> None:
        """Read the comments from ``column`` (``None``: the column found by its name)."""
        self.comment_column = column or None
        self.reread()

    def _comment_column_changed(self) -> None:
        if not self._filling:
            self.set_comment_column(self.comment_combo.currentData())

    # -- remembering ---------------------------------------------------------------------------
    def _load(self) -> Optional[dict]:
        if self.ctx is None or self.key is None:
            return None
        raw = self.ctx.value(self.key, "")
        try:
            v = json.loads(raw) if raw else None
        except (TypeError, ValueError):
            return None
        return v if isinstance(v, dict) else None

    def remember(self) -> None:
        """Store the mapping and answers for this source in the settings (done on Import)."""
        if self.ctx is None or self.key is None:
            return
        self.ctx.set_value(self.key, json.dumps(self.answers()))
        self.ctx.set_value(PREVIEW_KEY, "true" if self.always.isChecked() else "false")

    # -- import --------------------------------------------------------------------------------
    def do_import(self) -> None:
        """Import: for posts, store them (worker) and close on success; otherwise close with the answers."""
        if not self.can_import():
            return
        if self.kind != "posts":
            self.remember()
            self.accept()
            return
        account = self.account_edit.text().strip()
        if not account:
            self.error.setText(self.tr("Give the account a name"))
            return
        exported: Any = self.export_date or _file_time(self.path)
        source = {"name": self.report.source, "exported_at": exported, "table": self.report.table,
                  "report": self.read.to_dict()["report"]}
        self.import_button.setEnabled(False)
        self.error.setText("")
        self.runner.start(store_posts, account, self.report.platform, list(self.read.posts), source)

    def _stored(self, summary) -> None:
        self.summary = summary
        self.remember()
        self.imported.emit(summary)
        self.accept()

    def _store_failed(self, msg: str) -> None:
        self.error.setText(msg)
        self.import_button.setEnabled(self.can_import())

    def reject(self) -> None:  # Cancel: nothing stored, nothing remembered
        self.runner.cancel()
        super().reject()

    def done(self, r: int) -> None:
        self.runner.shutdown(5000)
        super().done(r)


def store_posts(account: str, platform: str, posts: list[dict], source: dict, progress) -> Any:
    """The worker's job: merge the previewed posts into the channel history (one transaction).

    Parameters
    ----------
    account : str
        The account's name.
    platform : str
        The reader's platform (``generic`` when the export does not say).
    posts : list of dict
        ``TableRead.posts``.
    source : dict
        ``name``, ``exported_at``, ``table``, ``report`` as
        :meth:`~viralml_desktop.core.store.Store.import_posts` takes them.
    progress : Progress
        The lane's progress (checked for a cancel before storing).

    Returns
    -------
    ImportSummary
        Posts added, updated and unchanged, and the account's total.
    """
    progress.update(0.1, QCoreApplication.translate(CONTEXT, "storing {n} posts").format(n=len(posts)))
    progress.check()
    return store.default_store().import_posts(account, platform, posts, source)


def _said(count: Any, one: str, many: str, **values: Any) -> str:
    """``one`` (a count of 1) or ``many`` through the catalogue, filled with ``{n}`` (the count with the
    reader's separators) and ``values``."""
    from viralml_desktop.gui import fmt

    count = int(count or 0)
    return tr(one if count == 1 else many).format(n=fmt.number(count, 0), **values)


def summary_text(summary: Any) -> str:
    """What an import of an account history read and stored, in one line in the interface language.

    Core's own ``summary()`` lines are English sentences of optional parts; this one is said part by
    part from the same figures, each part through the catalogue (context ``ImportDialog``) and each
    count with the reader's separators.

    Parameters
    ----------
    summary : store.ImportSummary or account_health.history.ImportReport
        What the preview's Import stored (:meth:`viralml_desktop.core.store.Store.import_posts`), or
        what an import without the preview read and stored
        (:func:`viralml_desktop.core.account_health.history.import_file`).

    Returns
    -------
    str
        "luna_roja: 40 posts stored (40 added, 0 updated, 0 unchanged); 40 posts in the history
        (2025-06-01 … 2025-07-10)"; for a report, "luna_roja: 40 posts read from luna.csv (40 new, …)",
        with its merged duplicates, date-only times, skipped rows (the first two reasons through the
        clause catalogue) and an export date taken from the file's date.
    """
    from viralml_desktop.gui import fmt
    from viralml_desktop.gui.source_text import lines

    def n(v: Any) -> str:
        return fmt.number(int(v or 0), 0)

    stored = isinstance(summary, store.ImportSummary)
    if stored:
        head = (_said(summary.posts, "{account}: 1 post would be stored", "{account}: {n} posts would be stored",
                      account=summary.account_id) if summary.dry_run else
                _said(summary.posts, "{account}: 1 post stored", "{account}: {n} posts stored", account=summary.account_id))
        added, repeated = summary.added, summary.repeated
    else:
        head = _said(len(summary.posts), "{account}: 1 post read from {file}", "{account}: {n} posts read from {file}",
                     account=summary.account_id, file=Path(summary.source).name)
        added, repeated = summary.inserted, summary.duplicates_merged
    counts = []
    if stored or added or summary.updated or summary.unchanged or summary.recounted:
        counts.append(tr("{added} added, {updated} updated").format(added=n(added), updated=n(summary.updated)))
        if summary.recounted:
            counts.append(tr("{recounted} counted again (a new time point each)").format(recounted=n(summary.recounted)))
        counts.append(tr("{unchanged} unchanged").format(unchanged=n(summary.unchanged)))
    if repeated:
        counts.append(_said(repeated, "1 repeated row merged", "{n} repeated rows merged"))
    out = head + (" (" + ", ".join(counts) + ")" if counts else "")
    if stored:
        out += "; " + _said(summary.total, "1 post in the history", "{n} posts in the history")
        if summary.first and summary.last:
            out += f" ({summary.first[:10]} … {summary.last[:10]})"
        return out
    if summary.table.get("times") == "date only":
        out += "; " + tr("dates only: the export has no posting times")
    if summary.n_skipped:
        why = "; ".join(lines(p) for p in summary.problems[:2]) + ("; …" if summary.n_skipped > 2 else "")
        out += "; " + _said(summary.n_skipped, "1 row skipped ({why})", "{n} rows skipped ({why})", why=why)
    if summary.export_date_from_file:
        out += "; " + tr("export date taken from the file's date {day}; give the day the export was downloaded "
                         "in the Import window if the export is older").format(day=summary.export_date_from_file)
    return out


def _needs_year(message: str) -> bool:
    return "year" in (message or "").lower()


def _html(s: str) -> str:
    return str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
