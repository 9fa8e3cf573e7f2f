"""Issue 19.5: every tab usable at 1024x640 and at 1920x1080 (no minimum above the window, a
scroll area where a tab needs more room); the Virality timeline with the cuts and the hook."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from viralml_desktop.gui.timeline import Timeline, clock_label, tick_step

GOLDEN = Path(__file__).parent / "data" / "golden" / "responses.json"


def _tab_keys(win) -> list[str]:
    return list(win.tabs)  # every registered tab (the list grows with the app)


def test_every_tab_fits_a_1024x640_window_and_fills_1920x1080(main_window, qtbot):
    win = main_window
    win._device_timer.stop()
    keys = _tab_keys(win)
    assert {"virality", "thumbnails", "captions", "posting_time", "account_health", "affinity",
            "ml_health"} <= set(keys)
    win.resize(1024, 640)
    for key in keys:
        win.select_tab(key)
        qtbot.wait(20)
        tab = win.tabs[key]
        hint = tab.minimumSizeHint()
        assert hint.width() <= 1024, f"{key}: needs {hint.width()} px across"
        # the window never grows past what the user chose: a taller tab scrolls instead
        assert (win.width(), win.height()) == (1024, 640), f"{key} resized the window to {win.size()}"
        mw = win.minimumSizeHint()
        assert mw.width() <= 1024 and mw.height() <= 640, f"{key}: window minimum {mw}"
        # usable: the tab is at least as wide as its own minimum (no horizontal cut-off)
        assert tab.width() >= hint.width(), f"{key}: {tab.width()} px shown of {hint.width()}"
    win.resize(1920, 1080)
    qtbot.wait(20)
    for key in keys:
        win.select_tab(key)
        qtbot.wait(20)
        tab = win.tabs[key]
        assert tab.width() >= 1800 and tab.height() >= 850, f"{key} does not fill 1920x1080: {tab.size()}"


def test_a_tall_tab_scrolls_at_1024x640(main_window, qtbot):
    """The Virality tab is taller than 640 px: its slot shows a vertical scroll bar, not a taller window."""
    win = main_window
    win.resize(1024, 640)
    win.select_tab("virality")
    qtbot.wait(20)
    tab = win.tabs["virality"]
    slot = win.tab_widget.currentWidget()
    if tab.minimumSizeHint().height() > slot.height():
        assert slot.scroll.verticalScrollBar().maximum() > 0
    assert win.height() == 640


def test_timeline_shows_cuts_and_hook_over_the_strip(main_window, qtbot):
    win = main_window
    win.select_tab("virality")
    tab = win.tabs["virality"]
    tl = tab.timeline
    lay = tab.layout()
    assert lay.indexOf(tl) + 1 == lay.indexOf(tab.strip_area)  # right above the frame strip
    assert "Drop a video" in tl.toolTip()  # empty state says what to drop
    golden = json.loads(GOLDEN.read_text(encoding="utf-8"))["contract:predict_virality"]
    video = golden["measurements"]["video"]
    tl.set_video(video["duration_s"], video["sampled_frames"])
    assert tl.cut_times == [] and not tl.hook_known
    tab.path = "clip.mp4"
    tab.show_result(golden)  # the slot a finished job's result takes
    assert tl.cut_times == pytest.approx(video["cut_times_s"]) and len(tl.cut_times) == video["cuts"]
    assert tl.hook_known and tl.hook is golden["detected"]["has_hook"]
    # this response's hook came from the user's answer (audio too short to measure): said so
    assert golden["detected"]["has_hook_detected"] is None and "your answer" in tl.hook_text()
    tip = tl.toolTip()
    assert f"{video['cuts']} cuts" in tip and "0:00.5" in tip  # 0.47 s, as a clock
    img = tl.grab().toImage()  # it paints (the cut colour is on the bar)
    assert img.width() > 100
    cut_red = sum(1 for x in range(img.width()) if img.pixelColor(x, tl._row + tl._row // 2).red() > 180
                  and img.pixelColor(x, tl._row + tl._row // 2).green() < 90)
    assert cut_red >= video["cuts"]
    tab.handle_files(["/nonexistent/other.mp4"])  # a new file: the old cuts go
    assert tl.cut_times == [] and tl.duration_s == 0


def test_time_ticks_are_clock_labels_that_never_overlap():
    assert clock_label(65, 5) == "1:05" and clock_label(3725, 60) == "1:02:05" and clock_label(0, 1) == "0:00"
    assert clock_label(1.5, 0.5) == "0:01.5"
    for duration, width in ((2.0, 300), (30.0, 1000), (30.0, 300), (600.0, 700), (5400.0, 900)):
        step = tick_step(duration, width, 40)
        assert duration / step * 52 <= width or step == 3600, (duration, width, step)
    assert tick_step(30.0, 1000, 30) == 2.0


def test_timeline_without_a_video_says_what_to_drop(qtbot):
    tl = Timeline()
    qtbot.addWidget(tl)
    tl.resize(600, tl.height())
    tl.grab()  # paints the empty state without error
    tl.set_analysis({"measurements": {"audio": {"duration_s": 12.0}, "video": None},
                     "detected": {"has_hook": None, "has_hook_detected": None}})
    assert tl.duration_s == 12.0 and "not measured" in tl.hook_text()  # an audio file: no cuts, no frames
    tl.grab()


def test_timeline_says_unmeasured_cuts_as_not_measured_not_zero(qtbot):
    """A video whose cuts are null (a keyframe estimate that found none) is not '0 cuts'."""
    tl = Timeline()
    qtbot.addWidget(tl)
    base = {"audio": {"duration_s": 20.0}, "video": {"duration_s": 20.0, "cuts": None, "cut_times_s": []}}
    tl.set_analysis({"measurements": base, "detected": {"has_hook_detected": True}})
    assert "cuts not measured" in tl.toolTip() and "0 cuts" not in tl.toolTip()
    tl.grab()
    base["video"].update(cuts=2, cut_times_s=[4.0, 8.0])
    tl.set_analysis({"measurements": base, "detected": {"has_hook_detected": True}})
    assert "2 cuts: " in tl.toolTip() and "not measured" not in tl.toolTip()


def test_timeline_says_what_the_opening_is_not_only_yes_or_no(qtbot):
    """Issue 15: a hook is a loud, distinct first 3 s. A groove the same from bar one is no hook, but
    the timeline still says it has no quiet intro; a pad or tone opening says it holds no events."""
    tl = Timeline()
    qtbot.addWidget(tl)
    base = {"audio": {"duration_s": 20.0, "opening": "same_as_rest"},
            "video": {"duration_s": 20.0, "cuts": 2, "cut_times_s": [4.0, 8.0]}}
    tl.set_analysis({"measurements": base, "detected": {"has_hook_detected": False}})
    assert "no distinct hook" in tl.hook_text() and "no quiet intro" in tl.hook_text()
    assert tl.hook_text() in tl.toolTip()
    base["audio"]["opening"] = "no_events"
    tl.set_analysis({"measurements": base, "detected": {"has_hook_detected": False}})
    assert "no distinct musical events" in tl.hook_text()
    base["audio"]["opening"] = "hook"
    tl.set_analysis({"measurements": base, "detected": {"has_hook_detected": True}})
    assert "stand out from the rest" in tl.hook_text()
    tl.grab()


def test_tabs_filled_with_a_result_still_fit_1024_across(main_window, qtbot):
    """A result must not widen a tab past 1024 px either (the caption cards' source labels, the
    posting-time country list and colour scale once did: 1458 and 1121 px)."""
    from viralml_desktop.gui.tabs.captions import PLATFORMS

    win = main_window
    win._device_timer.stop()
    win.resize(1024, 640)
    golden = json.loads(GOLDEN.read_text(encoding="utf-8"))
    fills = {
        "captions": lambda tab: tab.show_results({p: {**golden["contract:optimize_caption"], "platform": p}
                                                  for p in PLATFORMS}),
        "posting_time": lambda tab: tab.show_result(golden["contract:predict_posting_time"]),
        "affinity": lambda tab: tab.show_result(golden["contract:calculate_affinity"]),
        "virality": lambda tab: (setattr(tab, "path", "clip.mp4"), tab.show_result(golden["contract:predict_virality"])),
    }
    for key, fill in fills.items():
        win.select_tab(key)
        tab = win.tabs[key]
        fill(tab)
        qtbot.wait(20)
        assert tab.minimumSizeHint().width() <= 1024, f"{key} after a result needs {tab.minimumSizeHint().width()} px"
        assert (win.width(), win.height()) == (1024, 640)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_timeline_tick_labels_never_touch(lang, request, qapp):
    """Every label drawn on the time axis keeps clear of the one before it, tenths included
    ('0:14,5' beside '0:15,0'), at any width from the timeline's minimum up."""
    from PySide6.QtGui import QFont, QFontMetrics

    from viralml_desktop.gui.timeline import tick_layout

    if lang == "es":
        request.getfixturevalue("spanish")
    fm = QFontMetrics(QFont())
    checked = 0
    for duration in (0.8, 2.0, 4.0, 7.5, 15.0, 15.04, 29.0, 61.0, 185.0, 3725.0):
        for width in (160, 220, 300, 420, 600, 900, 1400):
            ticks = tick_layout(duration, 4.0, width - 8.0, width, fm.horizontalAdvance)
            drawn = [(lx, lx + fm.horizontalAdvance(text)) for _, lx, text in ticks if lx is not None]
            assert drawn and drawn[0][0] >= 0 and drawn[-1][1] <= width
            for (_, a_right), (b_left, _) in zip(drawn, drawn[1:]):
                assert b_left >= a_right + 6, (duration, width, ticks)
            checked += len(drawn)
    assert checked > 200
    # the tester's 15 s clip at a narrow width: the end label is not drawn over the one before it
    texts = [t for _, lx, t in tick_layout(15.0, 4.0, 300.0, 308.0, fm.horizontalAdvance) if lx is not None]
    assert len(texts) == len(set(texts)) >= 3


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_window_keeps_its_minimum_and_every_tab_title_in_sight(lang, request, qtbot, isolated_home):
    """A saved or asked-for 800 px window opens at the minimum every tab is laid out for, and at
    that minimum the tab bar shows every tab (shortened, the whole title in its tooltip) instead
    of hiding 'Lanzamiento' and 'Estado de los modelos' behind scroll arrows."""
    if lang == "es":
        request.getfixturevalue("spanish")
    from viralml_desktop.gui.main_window import MIN_WINDOW, MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win._device_timer.stop()
    win.show()
    win.resize(800, 560)
    qtbot.wait(20)
    assert (win.width(), win.height()) == MIN_WINDOW == (1024, 640)
    bar = win.tab_widget.tabBar()
    assert bar.count() >= 9
    for i in range(bar.count()):
        rect = bar.tabRect(i)
        assert rect.left() >= 0 and rect.right() <= bar.width(), (win.tab_widget.tabText(i), rect, bar.width())
        assert win.tab_widget.tabToolTip(i).startswith(f"<b>{win.tab_widget.tabText(i)}</b>")
    win.close()
