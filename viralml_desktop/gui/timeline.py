"""The Virality tab's timeline: the video's duration with its cuts, the hook window (the first
3 s) and where the frame strip's frames were taken, drawn above the strip (display only)."""
from __future__ import annotations

from typing import Optional, Sequence

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from viralml_desktop.gui import fmt

HOOK_S = 3.0  # the hook window the audio measure reads (core.virality.audio: the first 3 s)
_STEPS = (0.5, 1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 1800, 3600)  # tick steps, seconds
_HOOK_COLOURS = {True: QColor(46, 125, 50, 110), False: QColor(230, 140, 0, 110), None: QColor(150, 150, 150, 80)}
_CUT = QColor("#c62828")
_FRAME = QColor("#1565c0")


def clock_label(t: float, step: float) -> str:
    """``t`` seconds as a timeline tick: ``0:05``, ``1:30``, ``1:02:00``; tenths when ``step`` < 1.

    Parameters
    ----------
    t : float
        Seconds from the start (>= 0).
    step : float
        The tick step in seconds (decides whether tenths are shown).

    Returns
    -------
    str
    """
    tenths = step < 1
    whole = int(t)
    h, rest = divmod(whole, 3600)
    m, s = divmod(rest, 60)
    frac = f"{fmt.number(t - whole, 1)[1:]}" if tenths else ""  # ",5" / ".5" as the locale writes it
    return (f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}") + frac


def tick_step(duration_s: float, width_px: float, label_px: float) -> float:
    """The smallest step of :data:`_STEPS` whose labels (``label_px`` wide) do not overlap."""
    for step in _STEPS:
        if duration_s / step * (label_px + 12) <= width_px:
            return float(step)
    return float(_STEPS[-1])


def tick_layout(duration_s: float, left: float, width: float, total_px: float,
                advance) -> list[tuple[float, float, str]]:
    """Where the time ticks and their labels go: a step wide enough for its own labels (tenths
    included when the step is under a second), and a label that would touch the one before it
    (the last one, pushed left by the edge) left out; its tick mark stays.

    Parameters
    ----------
    duration_s : float
        The video's length, seconds (> 0).
    left, width : float
        The axis' left edge and length, pixels.
    total_px : float
        The widget's width, pixels (labels stay inside it).
    advance : callable
        A text -> its width in pixels (``QFontMetrics.horizontalAdvance``).

    Returns
    -------
    list of (float, float or None, str)
        Per tick: its x, its label's left x (None when the label is left out) and the label.
    """
    px = advance(clock_label(duration_s, 1 if duration_s >= 1 else 0.5))
    step = tick_step(duration_s, width, px)
    if step < 1:  # tenths make every label wider ("0:14,5"): the step must fit those
        step = tick_step(duration_s, width, advance(clock_label(duration_s, step)))
    out, right_of_last, t = [], -1e9, 0.0
    while t <= duration_s + 1e-9:
        tx = left + width * min(max(t / duration_s, 0.0), 1.0)
        text = clock_label(t, step)
        tw = advance(text)
        lx = min(max(tx - tw / 2, 0.0), total_px - tw - 3.0)
        if lx < right_of_last + 6:
            out.append((tx, None, text))
        else:
            out.append((tx, lx, text))
            right_of_last = lx + tw
        t += step
    return out


class Timeline(QWidget):
    """Duration axis with the hook window, the cuts and the sampled frames' times.

    Fill it with :meth:`set_video` (from the frame strip), then :meth:`set_analysis` (from a
    ``predict_virality`` response); :meth:`clear` empties it. Its tooltip says the same in words.
    """

    def __init__(self, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.duration_s = 0.0
        self.frame_times: list[float] = []
        self.cut_times: list[float] = []
        self.cuts_known = True
        self.hook: Optional[bool] = None  # True / False / None: not measured
        self.hook_known = False  # an analysis has said something about the hook
        self.hook_given = False  # the user's answer, not the audio's
        self.opening: Optional[str] = None  # what the audio says the first 3 s are ("same_as_rest", ...)
        fm = QFontMetrics(self.font())
        self._row = fm.height() + 2
        self.setFixedHeight(3 * self._row + 4)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        self.setMinimumWidth(160)
        self._update_tip()

    # -- filling -----------------------------------------------------------------------------
    def clear(self) -> None:
        """No video: the timeline says what to drop."""
        self.duration_s, self.frame_times, self.cut_times = 0.0, [], []
        self.hook, self.hook_known, self.hook_given, self.opening = None, False, False, None
        self._update_tip()
        self.update()

    def set_video(self, duration_s: float, frame_times: Sequence[float]) -> None:
        """The video's duration (seconds) and the strip's frame times (seconds); the cuts and the
        hook wait for the analysis."""
        self.duration_s = max(0.0, float(duration_s or 0.0))
        self.frame_times = [float(t) for t in frame_times]
        self.cut_times, self.hook, self.hook_known, self.hook_given, self.opening = [], None, False, False, None
        self.cuts_known = True
        self._update_tip()
        self.update()

    def set_analysis(self, response: dict) -> None:
        """The cuts (``measurements.video.cut_times_s``) and the hook (``detected``) of a
        ``predict_virality`` response; its measured duration when the strip gave none."""
        m = response.get("measurements") or {}
        video, audio = m.get("video") or {}, m.get("audio") or {}
        measured = video.get("duration_s") or audio.get("duration_s")
        if measured:
            self.duration_s = float(measured)
        if not self.frame_times and video.get("sampled_frames"):
            self.frame_times = [float(t) for t in video["sampled_frames"]]
        self.cut_times = [float(t) for t in video.get("cut_times_s") or []]
        # null when the cuts were not measured (a keyframe estimate that found none, a one-frame video)
        self.cuts_known = not video or video.get("cuts") is not None
        det = response.get("detected") or {}
        detected = det.get("has_hook_detected")
        self.hook_given = detected is None and det.get("has_hook") is not None
        self.hook = detected if detected is not None else det.get("has_hook")
        self.opening = None if self.hook_given else audio.get("opening")  # core.virality.audio.opening_verdict
        self.hook_known = True
        self._update_tip()
        self.update()

    # -- words ---------------------------------------------------------------------------------
    def hook_text(self) -> str:
        """What the hook band says, in words."""
        if not self.hook_known:
            return self.tr("hook window (first 3 s)")
        if self.hook is None:
            return self.tr("hook: not measured (audio under 6 s or silent)")
        if self.hook_given:
            return self.tr("hook: yes (your answer)") if self.hook else self.tr("hook: no (your answer)")
        if self.hook:
            return self.tr("hook: the first 3 s are loud and stand out from the rest")
        return {"same_as_rest": self.tr("no distinct hook: the first 3 s are the same as the rest (no quiet intro)"),
                "quiet_intro": self.tr("no hook: a quiet intro"),
                "no_events": self.tr("no hook: no distinct musical events from the start"),
                "dull_intro": self.tr("no hook: a low-passed intro")}.get(self.opening or "", self.tr("no hook in the first 3 s"))

    def _update_tip(self) -> None:
        if self.duration_s <= 0:
            self.setToolTip(self.tr("Drop a video: its cuts, the hook window and the sampled frames show here"))
            return
        step = tick_step(self.duration_s, 600, 40)
        cuts = ", ".join(clock_label(t, min(step, 0.5)) for t in self.cut_times[:12])
        lines = [self.tr("Duration {d}").format(d=fmt.seconds(self.duration_s)), self.hook_text()]
        if self.hook_known and not self.cuts_known:
            lines.append(self.tr("cuts not measured (the file's keyframes gave no estimate)"))
        elif self.hook_known:
            lines.append(self.tr("{n} cuts: {times}").format(n=len(self.cut_times), times=cuts + (" …" if len(self.cut_times) > 12 else ""))
                         if self.cut_times else self.tr("no cut found"))
        lines.append(self.tr("{n} sampled frames (the strip below)").format(n=len(self.frame_times)))
        self.setToolTip("\n".join(lines))

    # -- drawing -------------------------------------------------------------------------------
    def _x(self, t: float, left: float, width: float) -> float:
        return left + width * min(max(t / self.duration_s, 0.0), 1.0)

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt)
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        r, row = self.rect(), self._row
        fm = QFontMetrics(self.font())
        muted = self.palette().placeholderText().color()
        if self.duration_s <= 0:
            p.setPen(muted)
            p.drawText(r, Qt.AlignCenter, self.tr("Timeline: drop a video to see its cuts and hook"))
            return
        left, width = 4.0, max(10.0, r.width() - 8.0)
        # row 1: the legend, above the data (never over it)
        x = left
        legend = [(_HOOK_COLOURS[self.hook if self.hook_known else None], "band", self.hook_text()),
                  (_CUT, "line", self.tr("{n} cuts").format(n=len(self.cut_times)) if self.hook_known and self.cuts_known
                   else self.tr("cuts not measured") if self.hook_known else self.tr("cuts")),
                  (_FRAME, "dot", self.tr("sampled frames"))]
        for colour, shape, text in legend:
            if shape == "band":
                p.fillRect(QRectF(x, 3, 14, row - 6), colour)
            elif shape == "line":
                p.fillRect(QRectF(x + 6, 2, 2, row - 4), colour)
            else:
                p.setBrush(colour)
                p.setPen(Qt.NoPen)
                p.drawEllipse(QRectF(x + 4, row / 2 - 3, 6, 6))
            p.setPen(self.palette().text().color())
            p.drawText(QRectF(x + 18, 0, fm.horizontalAdvance(text) + 4, row), Qt.AlignVCenter | Qt.AlignLeft, text)
            x += 18 + fm.horizontalAdvance(text) + 16
        # row 2: the bar with the hook window, the cuts and the frames
        bar = QRectF(left, row + 2, width, row - 2)
        p.fillRect(bar, self.palette().alternateBase())
        p.fillRect(QRectF(left, bar.top(), self._x(min(HOOK_S, self.duration_s), left, width) - left, bar.height()),
                   _HOOK_COLOURS[self.hook if self.hook_known else None])
        p.setPen(Qt.NoPen)
        p.setBrush(_FRAME)
        for t in self.frame_times:
            p.drawEllipse(QRectF(self._x(t, left, width) - 2.5, bar.center().y() - 2.5, 5, 5))
        p.setPen(QPen(_CUT, 2))
        for t in self.cut_times:
            cx = self._x(t, left, width)
            p.drawLine(int(cx), int(bar.top()), int(cx), int(bar.bottom()))
        # row 3: human time ticks (0:05, 1:30), spaced so they never overlap
        p.setPen(muted)
        for tx, lx, text in tick_layout(self.duration_s, left, width, r.width(), fm.horizontalAdvance):
            p.drawLine(int(tx), int(bar.bottom()), int(tx), int(bar.bottom()) + 3)
            if lx is not None:
                p.drawText(QRectF(lx, bar.bottom() + 3, fm.horizontalAdvance(text) + 2, row),
                           Qt.AlignLeft | Qt.AlignTop, text)
        p.end()
