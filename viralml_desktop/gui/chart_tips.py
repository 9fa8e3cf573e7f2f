"""Hover text of chart points: a point's value and where it comes from, in plain words.

Every chart of the app (pyqtgraph) shows numbers of a response; hovering a point, a bar or a
heatmap cell shows the value and the response's ``sources`` entry that covers it, in the words
of :func:`viralml_desktop.gui.widgets.source_texts` ("measured", "model · MASE 0.75", "published
figure" and the plain-words lines under it). Scatter points use pyqtgraph's own hover tips
(``ScatterPlotItem(hoverable=True, tip=...)``); bars and heatmap cells, which have none, get
theirs from :class:`BarTips` and the tab's own cell lookup. The text is set as the view box's
tool tip, where pyqtgraph puts a scatter point's.
"""
from __future__ import annotations

from typing import Optional, Sequence

from PySide6.QtCore import QCoreApplication, QObject

CONTEXT = "Charts"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def point_tip(lines: Sequence[str], entry) -> str:
    """The hover text of one chart point.

    Parameters
    ----------
    lines : sequence of str
        What the point is and its value, already translated and formatted ("Tue 12 Mar 18:30 UTC",
        "views 5,000"); empty lines are left out.
    entry : mapping or None
        The response's ``sources`` entry that covers the point's number (``sources.covering``).

    Returns
    -------
    str
        The lines, then "Where it comes from: <short label>" and the entry's plain-words lines
        (what the kind means, the model or measurement, the held-out figure with its data, the
        citation, the note); only the lines when no entry covers the number.
    """
    from viralml_desktop.gui.widgets import source_texts

    text = "\n".join(str(x) for x in lines if x)
    label, tip = source_texts(entry)
    if label:
        text += ("\n" if text else "") + _tr("Where it comes from: {label}").format(label=label) + "\n" + tip
    return text


def covering(response: Optional[dict], path: str):
    """The ``sources`` entry of ``response`` that covers the number at ``path`` (None when none)."""
    from viralml_desktop.core import sources

    return sources.covering((response or {}).get("sources") or {}, path)


class BarTips(QObject):
    """Hover tips for the bars of a pyqtgraph plot: over bar ``i`` the plot's view box shows ``tips[i]``.

    Parameters
    ----------
    plot : pyqtgraph.PlotWidget or pyqtgraph.PlotItem
        The plot holding the bars (``BarGraphItem``s at ``x`` positions).
    width : float
        The bars' width in data units: a bar is hovered within ``x ± width / 2``.
    """

    def __init__(self, plot, width: float = 0.6, parent: Optional[QObject] = None):
        super().__init__(parent)
        self.item = plot.getPlotItem() if hasattr(plot, "getPlotItem") else plot
        self.view = self.item.getViewBox()
        self.width = float(width)
        self.bars: list[tuple[float, str]] = []
        self.item.scene().sigMouseMoved.connect(self._moved)

    def set_bars(self, xs: Sequence[float], tips: Sequence[str]) -> None:
        """The bars' x positions and their hover texts (:func:`point_tip`); empty lists for none."""
        self.bars = [(float(x), str(t)) for x, t in zip(xs, tips)]
        self.view.setToolTip("")

    def tip_at(self, x: float) -> str:
        """The hover text of the bar at data position ``x`` ("" between bars)."""
        for bx, tip in self.bars:
            if abs(x - bx) <= self.width / 2:
                return tip
        return ""

    def _moved(self, scene_pos) -> None:
        if not self.view.sceneBoundingRect().contains(scene_pos):
            return
        self.view.setToolTip(self.tip_at(self.view.mapSceneToView(scene_pos).x()))
