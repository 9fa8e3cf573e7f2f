"""The Feed screenshot tab: drop or paste (Ctrl+V) a screenshot of a feed; every thumbnail is found,
scored and ranked (core ``analyze_screenshot``); boxes drawn over the screenshot, click a tile for
its score; put your own thumbnail in the feed (feed preview); export the table (CSV/JSON) and the
annotated image (PNG). Everything shown comes from :mod:`viralml_desktop.core.thumbnails.screenshot`."""
from __future__ import annotations

import html
import shutil
import tempfile
from pathlib import Path
from typing import Optional

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFileDialog, QGroupBox, QHBoxLayout, QLabel, QListWidget,
                               QPushButton, QSizePolicy, QTableWidgetItem, QVBoxLayout, QWidget)

from viralml_desktop.cli import say_error
from viralml_desktop.core.thumbnails import screenshot as core_shot
from viralml_desktop.gui import fmt, i18n, source_text
from viralml_desktop.gui.context import AppContext
from viralml_desktop.gui.tabs.base import CapabilityTab
from viralml_desktop.gui.widgets import (DropZone, ErrorLabel, ProgressPanel, SourceStrip, bgr_to_pixmap, boxed,
                                        label_columns, paths_from_mime, readonly_table, save_export, splitter)
from viralml_desktop.gui.worker import TaskRunner

IMAGE_EXTENSIONS = (".png", ".jpg", ".jpeg", ".webp", ".bmp", ".gif", ".tif", ".tiff")


class ShotView(QLabel):
    """The screenshot with its boxes, fitted to the widget; a click gives the image pixel clicked."""

    clicked = Signal(int, int)

    def __init__(self, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setAlignment(Qt.AlignCenter)
        self.setMinimumSize(320, 240)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self._bgr = None
        self._scale = 1.0

    def set_image(self, bgr) -> None:
        self._bgr = bgr
        self._refit()

    def _refit(self) -> None:
        if self._bgr is None:
            self.clear()
            return
        h, w = self._bgr.shape[:2]
        self._scale = min(self.width() / w, self.height() / h, 1.0) or 1.0
        self.setPixmap(bgr_to_pixmap(self._bgr).scaled(max(1, int(w * self._scale)), max(1, int(h * self._scale)),
                                                      Qt.KeepAspectRatio, Qt.SmoothTransformation))

    def resizeEvent(self, e) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(e)
        self._refit()

    def image_point(self, pos: QPoint) -> Optional[tuple[int, int]]:
        """The image pixel under a widget position (None outside the picture)."""
        pm = self.pixmap()
        if self._bgr is None or pm is None or pm.isNull():
            return None
        ox, oy = (self.width() - pm.width()) / 2, (self.height() - pm.height()) / 2
        x, y = (pos.x() - ox) / self._scale, (pos.y() - oy) / self._scale
        h, w = self._bgr.shape[:2]
        return (int(x), int(y)) if 0 <= x < w and 0 <= y < h else None

    def widget_point(self, x: float, y: float) -> QPoint:
        """Where an image pixel is shown in the widget (tests click tiles with it)."""
        pm = self.pixmap()
        ox, oy = (self.width() - pm.width()) / 2, (self.height() - pm.height()) / 2
        return QPoint(int(ox + x * self._scale), int(oy + y * self._scale))

    def mousePressEvent(self, e) -> None:  # noqa: N802 (Qt API)
        p = self.image_point(e.position().toPoint())
        if p is not None:
            self.clicked.emit(*p)


class Tab(CapabilityTab):
    file_extensions = IMAGE_EXTENSIONS

    def __init__(self, ctx: AppContext, parent: Optional[QWidget] = None):
        super().__init__(ctx, parent)
        self.screenshot_path = ""
        self._shown_path = ""  # the screenshot whose results (or "no thumbnails") are on screen
        self._no_feed = None  # the screenshot shown when it has no feed tile (a result, not an error)
        self._no_feed_done = False  # that result just came: its job ends "Done.", not "Failed."
        self.thumbnail_path = ""
        self.result: Optional[core_shot.ScreenshotResult] = None
        self.selected: Optional[int] = None
        self._tmp = tempfile.mkdtemp(prefix="viralml_paste_")
        self.runner = TaskRunner(self)
        self.runner.result.connect(self.show_result)
        self.runner.error.connect(self._failed)
        self.runner.started.connect(lambda: self.analyze_button.setEnabled(False))
        self.runner.finished.connect(lambda: self.analyze_button.setEnabled(not self.unavailable))

        self.drop_prompt = self.tr("Drop a screenshot of a feed here, or paste one (Ctrl+V)")
        self.drop = DropZone(self.tr("Drop a screenshot of a feed here, or paste one (Ctrl+V)"), IMAGE_EXTENSIONS,
                             dialog_filter=self.tr("Images") + " (" + " ".join("*" + e for e in IMAGE_EXTENSIONS) + ")")
        self.drop.filesDropped.connect(lambda paths: self.open_screenshot(paths[0]))
        self.drop.setMinimumHeight(48)  # the screenshot itself needs the room
        self.drop.setMaximumHeight(56)
        self.mine_button = QPushButton(self.tr("Your thumbnail…"))
        self.mine_button.setToolTip(self.tr("Your own thumbnail: found among the tiles, or put into the selected tile"))
        self.mine_button.clicked.connect(self.choose_thumbnail)
        self.mode = QComboBox()
        self.mode.addItem(self.tr("Find it in the feed"), "match")
        self.mode.addItem(self.tr("Put it into the selected tile"), "insert")
        self.mode.setToolTip(self.tr("Feed preview: match your thumbnail to a tile, or see it in the tile you click"))
        self.read_text = QCheckBox(self.tr("Read titles and views"))
        self.read_text.setChecked(True)
        self.analyze_button = QPushButton(self.tr("Analyze"))
        self.analyze_button.clicked.connect(self.analyze)
        self.show_preview = QCheckBox(self.tr("Feed preview at phone size"))
        self.show_preview.setEnabled(False)
        self.show_preview.toggled.connect(lambda _: self._draw())
        self.export_table_button = QPushButton(self.tr("Export table…"))
        self.export_table_button.clicked.connect(lambda: self.export_table())
        self.export_png_button = QPushButton(self.tr("Export image…"))
        self.export_png_button.clicked.connect(lambda: self.export_png())
        for b in (self.export_table_button, self.export_png_button):
            b.setEnabled(False)

        self.view = ShotView()
        self.view.clicked.connect(self.click_at)
        self.empty = QLabel(self.tr("No screenshot yet. Drop a screenshot of a YouTube, TikTok, Instagram or X feed: "
                                    "every thumbnail in it is found, scored and ranked."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignCenter)
        self.checks = QLabel("")  # core's checks (boxes left out, mended, kept on the grid; a shrunk image)
        self.checks.setWordWrap(True)
        self.checks.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.checks.setToolTip(self.tr("What the analysis left out or mended before ranking the tiles"))
        self.checks.hide()
        self.table = readonly_table([self.tr("Rank"), self.tr("Score"), self.tr("Views"), self.tr("Title")],
                                    fit_contents=True)
        self.table.itemSelectionChanged.connect(self._table_selected)
        self.detail = QLabel("")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.reasons = QLabel("")  # the score's rules, core's lines in the interface language (source_text)
        self.reasons.setWordWrap(True)
        self.reasons.setToolTip(self.tr("The thumbnail rules that moved this tile's score most"))
        self.differences = QListWidget()
        self.differences.setWordWrap(True)
        self.differences.setToolTip(self.tr("What the top-ranked tiles do differently, measured"))
        self.differences.setMaximumHeight(120)  # it scrolls; the whole tab fits 800 px high
        self.error = ErrorLabel()
        self.progress = ProgressPanel(self.runner)
        self.runner.cancelled.connect(self._keep_previous)
        self.runner.finished.connect(self._finish_no_feed)  # after the panel's own "Failed."

        top = QHBoxLayout()
        top.addWidget(self.drop, 3)
        col = QVBoxLayout()
        col.addWidget(self.mine_button)
        col.addWidget(self.mode)
        col.addWidget(self.read_text)
        col.addWidget(self.analyze_button)
        top.addLayout(col, 1)
        left = QVBoxLayout()
        left.addWidget(self.empty)
        left.addWidget(self.checks)
        left.addWidget(self.view, 1)
        right = QVBoxLayout()
        self.table.setMinimumHeight(120)
        right.addWidget(self.table, 3)
        tile_box = QGroupBox(self.tr("Selected tile"))
        tile_lay = QVBoxLayout(tile_box)
        tile_lay.addWidget(self.detail)
        # where the selected tile's numbers and the comparison come from (the response's sources)
        self.tile_sources = SourceStrip([(self.tr("rank"), "tiles[].rank"),
                                         (self.tr("score"), "tiles[].visual_appeal_score"),
                                         (self.tr("click probability"), "tiles[].click_probability"),
                                         (self.tr("measures"), "tiles[].measures")])
        tile_lay.addWidget(self.tile_sources)
        tile_lay.addWidget(self.reasons)
        right.addWidget(tile_box)
        diff_box = QGroupBox(self.tr("Top-ranked tiles vs the others"))
        diff_lay = QVBoxLayout(diff_box)
        diff_lay.addWidget(self.differences)
        self.diff_sources = SourceStrip([(self.tr("means"), "top_vs_rest"), (self.tr("Spearman"), "views_spearman"),
                                         (self.tr("your thumbnail"), "feed_preview")])
        diff_lay.addWidget(self.diff_sources)
        right.addWidget(diff_box, 2)
        bottom = QHBoxLayout()
        bottom.addWidget(self.show_preview)
        bottom.addStretch(1)
        bottom.addWidget(self.export_table_button)
        bottom.addWidget(self.export_png_button)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(splitter(boxed(left), boxed(right), stretch=[3, 2]), 1)
        lay.addLayout(bottom)
        lay.addWidget(self.error)
        lay.addWidget(self.progress)
        QShortcut(QKeySequence.Paste, self, activated=self.paste)
        self.setAcceptDrops(True)

        reason = core_shot.detector_status()
        self.unavailable = bool(reason)
        if reason:  # degrade this tab, not the app
            self.empty.setText(self.tr("Feed screenshot analysis is unavailable: {reason}").format(reason=reason))
            self.analyze_button.setEnabled(False)
            self.drop.setEnabled(False)
        self._draw()

    # -- input ---------------------------------------------------------------------------------
    def handle_files(self, paths: list[str]) -> bool:
        imgs = [p for p in paths if self.accepts(p)]
        if not imgs:
            return False
        self.open_screenshot(imgs[0])
        return True

    def dragEnterEvent(self, e) -> None:  # noqa: N802 (Qt API)
        if paths_from_mime(e.mimeData(), IMAGE_EXTENSIONS) or e.mimeData().hasImage():
            e.acceptProposedAction()

    def dropEvent(self, e) -> None:  # noqa: N802 (Qt API)
        self._from_mime(e.mimeData())

    def paste(self) -> None:
        """Ctrl+V: an image on the clipboard (a screenshot tool's copy) or a copied image file."""
        self._from_mime(QGuiApplication.clipboard().mimeData())

    def _from_mime(self, mime) -> None:
        paths = paths_from_mime(mime, IMAGE_EXTENSIONS) if mime is not None else []
        if paths:
            self.open_screenshot(paths[0])
            return
        if mime is not None and mime.hasImage():
            img = QGuiApplication.clipboard().image() if mime is QGuiApplication.clipboard().mimeData() \
                else mime.imageData()
            if img is not None and not img.isNull():
                n = len(list(Path(self._tmp).glob("*.png")))
                path = str(Path(self._tmp) / f"pasted_{n + 1}.png")
                if img.save(path, "PNG"):
                    self.open_screenshot(path)
                    return
        self.error.show_error(self.tr("Nothing to paste: copy a screenshot or an image file first"))

    def open_screenshot(self, path: str) -> None:
        if self.unavailable:  # the tab says why; nothing runs
            self.error.show_error(self.empty.text())
            return
        self.screenshot_path = path
        self.drop.label.setText(Path(path).name)
        self.analyze()

    def choose_thumbnail(self, path: str = "") -> None:
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Your thumbnail"), "",
                                                  self.tr("Images") + " (" + " ".join("*" + e for e in IMAGE_EXTENSIONS) + ")")
        if not path:
            return
        self.thumbnail_path = path
        self.mine_button.setText(self.tr("Your thumbnail: {name}").format(name=Path(path).name))
        if self.screenshot_path:
            self.analyze()

    def build_request(self) -> dict:
        req: dict = {"screenshot_path": self.screenshot_path, "read_text": self.read_text.isChecked()}
        if self.thumbnail_path:
            req["my_thumbnail_path"] = self.thumbnail_path
            req["preview_mode"] = self.mode.currentData()
            if self.mode.currentData() == "insert":
                req["my_tile"] = self.selected if self.selected is not None else 0
        elif self.selected is not None and self.result is not None:
            req["my_tile"] = self.selected
        return req

    def analyze(self) -> None:
        if not self.screenshot_path or self.unavailable:
            return
        self.error.clear_error()
        req = self.build_request()
        self.runner.start(lambda progress: core_shot.analyze_job(req, progress))

    # -- result ----------------------------------------------------------------------------------
    def _failed(self, msg: str) -> None:
        if msg.startswith(core_shot.NO_THUMBNAILS):  # a screenshot without a feed: a result, not a crash
            self._show_no_feed()
            return
        msg = say_error(msg, i18n.current())  # core's bad-input line in the interface language
        tried = Path(self.screenshot_path).name
        self._keep_previous()
        self.error.show_error(msg)  # said once, in the red line every tab says bad input in
        if self.result is None and self._no_feed is None:  # nothing shown: a final state, not the line again
            self.empty.setText(self.tr("Nothing to show: {name} could not be analyzed (see the message below).")
                               .format(name=tried))

    def _keep_previous(self) -> None:
        """A failed or cancelled load: the drop zone names the screenshot whose results are still shown."""
        self.screenshot_path = self._shown_path
        self.drop.label.setText(Path(self._shown_path).name if self._shown_path else self.drop_prompt)

    def _clear_results(self) -> None:
        self.result = None
        self.selected = None
        self.table.setRowCount(0)
        self.differences.clear()
        self.diff_sources.clear()
        self.show_preview.setEnabled(False)
        for b in (self.export_table_button, self.export_png_button):
            b.setEnabled(False)

    def _show_no_feed(self) -> None:
        try:
            image = core_shot.load_image(self.screenshot_path)
        except Exception:  # noqa: BLE001 - it decoded for the analysis; if not, show no picture
            image = None
        self._clear_results()
        self._shown_path = self.screenshot_path
        self._no_feed = image
        self._no_feed_done = True
        self.error.clear_error()
        self.empty.setText(self.tr("No thumbnails found in this screenshot"))
        self._draw()
        self._show_detail()
        self.ctx.show_status(self.tr("No thumbnails found in this screenshot"))

    def _finish_no_feed(self) -> None:
        done, self._no_feed_done = self._no_feed_done, False
        if done and self.progress.message.text() == self.progress.tr("Failed."):
            self.progress.mark_done()  # a full bar reading 100 %, not the step it stopped at

    def show_result(self, result) -> None:
        self.result = result
        self._shown_path = self.screenshot_path
        self._no_feed = None
        out = result.response
        self.selected = next((t["index"] for t in out["tiles"] if t["mine"]), None)
        self.table.setRowCount(0)
        for t in sorted(out["tiles"], key=lambda t: (t["rank"], t["index"])):
            r = self.table.rowCount()
            self.table.insertRow(r)
            views = "" if t["views"] is None else fmt.count(t["views"], short_from=1_000)  # one format down the column
            for c, v in enumerate((str(t["rank"]), fmt.number(t["visual_appeal_score"], 1), views,
                                   t["title"] or self.tr("(no title read)"))):
                item = QTableWidgetItem(v)
                item.setData(Qt.UserRole, t["index"])
                self.table.setItem(r, c, item)
        self.differences.clear()
        n = len(out["tiles"])
        # core's top_vs_rest compares the top third of the WHOLE tiles with the other whole ones
        whole = sum(1 for t in out["tiles"] if not t.get("partial"))
        k = max(1, whole // 3)
        self.differences.addItems([self.difference_line(d, k, whole - k) for d in out["top_vs_rest"]])
        if not out["top_vs_rest"]:  # core compares only from 3 whole tiles up: say so instead of an empty list
            self.differences.addItem(self.tr("Not compared: it takes at least 3 whole tiles ({n} here; tiles cut "
                                             "at the edge are left out).").format(n=whole))
        if out.get("views_spearman") is not None:
            self.differences.addItem(self.tr("score against the views read: Spearman {r}").format(
                r=fmt.number(out["views_spearman"], 2)))
        fp = out.get("feed_preview") or {}
        if fp:
            self.differences.insertItem(0, self.preview_line(fp, n))
        label_columns(self.table, out, self.TABLE_SOURCES)
        shown = ["top_vs_rest"] + (["views_spearman"] if out.get("views_spearman") is not None else []) \
            + (["feed_preview"] if fp else [])
        self.diff_sources.show_sources(out, shown)
        self.show_preview.setEnabled(result.preview is not None)
        for b in (self.export_table_button, self.export_png_button):
            b.setEnabled(True)
        found = self.tr("{n} thumbnails found — click a tile or a row to see its score").format(n=out["n_thumbnails"])
        dropped = (out.get("detector") or {}).get("dropped") or 0
        if dropped:  # core left boxes out of the ranking: page chrome, boxes over two tiles, buttons
            found += " " + self.tr("(boxes of the detector left out: {n})").format(n=dropped)
        self.empty.setText(found)
        said = [source_text.sentence(c) for c in out.get("checks") or []]  # in the interface language
        self.checks.setText("\n".join("• " + c for c in said))
        self.checks.setVisible(bool(said))
        self._draw()
        self._show_detail()
        self.ctx.show_status(self.tr("{n} thumbnails ranked").format(n=out["n_thumbnails"]))

    #: the ranked table's numeric columns and their paths in the response
    TABLE_SOURCES = {0: "tiles[].rank", 1: "tiles[].visual_appeal_score", 2: "tiles[].views"}

    def difference_line(self, d: dict, k: int, n_rest: int) -> str:
        """One row of core's ``top_vs_rest`` in the interface language (core's ``line`` is English)."""
        labels = {"faces": (self.tr("faces per tile"), lambda v: fmt.number(v, 1)),
                  "face_share": (self.tr("largest face, share of the tile"), lambda v: fmt.percent(v, 0)),
                  "text_share": (self.tr("text, share of the tile"), lambda v: fmt.percent(v, 0)),
                  "contrast": (self.tr("contrast (grey spread, 0–128)"), lambda v: fmt.number(v, 0)),
                  "colourfulness": (self.tr("colourfulness"), lambda v: fmt.number(v, 0)),
                  "brightness": (self.tr("brightness (0–255)"), lambda v: fmt.number(v, 0))}
        label, f = labels.get(d["measure"], (d["measure"].replace("_", " "), lambda v: fmt.number(v, 2)))
        a, b = d["top_mean"], d["rest_mean"]
        # core decides the direction on the shown (rounded) values
        word = {"more": self.tr("more"), "less": self.tr("less")}.get(d["direction"], self.tr("the same"))
        text = (self.tr("best tile: {label} {a} against {b} in the other {n} ({word})") if k == 1 else
                self.tr("top {k}: {label} {a} against {b} in the other {n} ({word})"))
        return text.format(k=k, label=label, a=f(a), b=f(b), n=n_rest, word=word)

    def preview_line(self, fp: dict, n: int) -> str:
        """Where the user's thumbnail sits, in the interface language (core's ``line`` is English)."""
        if fp.get("tile_index") is None:
            return self.tr("Your thumbnail matches no tile (best likeness {s}): choose \"Put it into the "
                           "selected tile\" and click a tile").format(s=fmt.number(fp.get("similarity"), 2))
        if fp.get("mode") == "match":
            text = self.tr("Your thumbnail is tile {i}: rank {rank} of {n}, score {score}/10")
        else:
            text = self.tr("Your thumbnail put into tile {i}: rank {rank} of {n}, score {score}/10")
        return text.format(i=fp["tile_index"] + 1, rank=fp["rank"], n=n, score=fmt.number(fp["visual_appeal_score"], 1))

    def _draw(self) -> None:
        if self.result is None:
            self.view.set_image(self._no_feed)
            return
        tiles = self.result.response["tiles"]
        if self.show_preview.isChecked() and self.result.preview is not None:
            import cv2  # display only: shrink the preview to the phone width the core gives

            w, h = self.result.response["feed_preview"]["phone_size"]
            self.view.set_image(cv2.resize(self.result.preview, (w, h), interpolation=cv2.INTER_AREA))
            return
        self.view.set_image(self.annotated())

    def annotated(self):
        """The screenshot with the boxes; in "Put it into the selected tile" mode, with the user's
        thumbnail drawn in that tile (core's preview image: the tile box, the thumbnail cover-fitted)."""
        fp = self.result.response.get("feed_preview") or {}
        base = self.result.preview if fp.get("mode") == "insert" and self.result.preview is not None \
            else self.result.image
        return core_shot.annotate(base, self.result.response["tiles"], self.selected)

    def click_at(self, x: int, y: int) -> None:
        if self.result is None:
            return
        for t in self.result.response["tiles"]:
            x0, y0, x1, y1 = t["box"]
            if x0 <= x < x1 and y0 <= y < y1:
                self.select_tile(t["index"])
                return

    def _table_selected(self) -> None:
        items = self.table.selectedItems()
        if items:
            idx = items[0].data(Qt.UserRole)
            if idx != self.selected:
                self.select_tile(idx)

    def select_tile(self, index: int) -> None:
        self.selected = index
        self._draw()
        self._show_detail()

    def _show_detail(self) -> None:
        tiles = self.result.response["tiles"] if self.result is not None else []
        if not tiles:
            self.detail.setText("" if self._no_feed is not None else self.tr("Click a tile."))
            self.reasons.setText("")
            self.tile_sources.clear()
            return
        # nothing clicked yet: the best-ranked tile is shown (it stays unselected, so not "yours")
        shown = self.selected if self.selected is not None else min(tiles, key=lambda t: (t["rank"], t["index"]))["index"]
        t = tiles[shown]
        m = t["measures"]
        lines = [(self.tr("<b>Tile {i}: rank {rank} of {n}, score {score}/10</b>") if self.selected is not None else
                  self.tr("<b>Best tile, {i}: rank {rank} of {n}, score {score}/10</b> (click a tile for another)")).format(
                     i=t["index"] + 1, rank=t["rank"], n=len(self.result.response["tiles"]),
                     score=fmt.number(t["visual_appeal_score"], 1)),
                 self.tr("faces {faces} · text {text} of the tile · contrast {contrast} · colourfulness {colour}").format(
                     faces=m["faces"], text=fmt.percent(m["text_share"], 0), contrast=fmt.number(m["contrast"], 0),
                     colour=fmt.number(m["colourfulness"], 0))]
        src = (self.result.response.get("sources") or {}).get("tiles[].click_probability") or {}
        personal = src.get("kind") == "personal"
        self.tile_sources.show_sources(self.result.response, [p for p in self.tile_sources.badges
                                                              if personal or "click" not in p])
        if personal:  # else it is the published average, the same for every tile
            lines.insert(1, self.tr("click probability {cp}, from your channel's model").format(
                cp=fmt.percent(t["click_probability"], 1)))
        if t["title"]:
            lines.append(self.tr("title read: {title}").format(title=html.escape(t["title"])))
        if t["meta"]:
            lines.append(self.tr("meta read: {meta}").format(meta=html.escape(t["meta"])))
        self.detail.setText("<br>".join(lines))
        self.reasons.setText("\n".join(source_text.sentence(r) for r in t["reasons"]))  # in the interface language

    # -- exports ---------------------------------------------------------------------------------
    def export_table(self, path: str = "") -> Optional[str]:
        if self.result is None:
            return None
        return save_export(self, path, self.tr("Export the ranked table"), "feed_ranking.csv",
                           self.tr("CSV (*.csv);;JSON (*.json)"),
                           lambda p: core_shot.write_table(self.result.response, Path(p)))

    def export_png(self, path: str = "") -> Optional[str]:
        if self.result is None:
            return None
        pm = bgr_to_pixmap(self.annotated())
        return save_export(self, path, self.tr("Export the annotated screenshot"), "feed_annotated.png",
                           self.tr("PNG (*.png)"), lambda p: pm.save(p, "PNG"))

    def shutdown(self) -> None:
        self.runner.cancel()
        shutil.rmtree(self._tmp, ignore_errors=True)
