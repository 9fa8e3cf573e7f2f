"""Virality tab, driven for real: drop a generated video, see the frame strip, read the result,
cancel mid-analysis and go on, bad files, export."""
from __future__ import annotations

import csv
import json

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from test_virality_media import synth_clip

FACTORS = ("visual_appeal", "audio_quality", "trend_alignment", "genre_popularity")


def _tab(main_window):
    main_window.select_tab("virality")
    tab = main_window.tabs["virality"]
    tab.ocr.setChecked(False)  # OCR is covered by the core tests; here it would only cost time
    return tab


def _drop(widget, path):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    pos = QPointF(widget.width() / 2, widget.height() / 2)
    enter = QDragEnterEvent(pos, Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(widget, QDropEvent(pos, Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier))


def test_drop_a_video_shows_frames_then_score_factors_and_reasons(qtbot, main_window, tmp_path):
    tab = _tab(main_window)
    tab.genre.setCurrentText("trap")
    clip = synth_clip(tmp_path / "drop.mp4", seconds=7, cuts=[3.0])
    with qtbot.waitSignal(tab.runner.result, timeout=60000) as sig:
        _drop(tab.drop, clip)
        qtbot.waitUntil(lambda: len(tab.strip_labels) == 12, timeout=30000)
    out = sig.args[0]
    assert not tab.strip_labels[0].pixmap().isNull()
    assert tab.duration.value() == 7.0
    assert "Virality" in tab.score_label.text() and "confidence" in tab.score_label.text()
    for k in FACTORS:
        assert tab.factor_reasons[k].text(), k
        assert tab.factor_bars[k].format() == f"{out['factors'][k]:.2f}"
        # the value is written beside the bar, never over its fill (text across the fill's edge is
        # drawn half in one colour, half in another)
        assert not tab.factor_bars[k].isTextVisible() and tab.factor_values[k].isVisibleTo(tab)
        assert tab.factor_values[k].text() == f"{out['factors'][k]:.2f}"
        bar, value = tab.factor_bars[k], tab.factor_values[k]
        assert bar.width() > 20 and value.width() > 10
        assert value.mapTo(tab, value.rect().topLeft()).x() >= bar.mapTo(tab, bar.rect().topRight()).x()
    assert "read as hip-hop" in tab.factor_reasons["genre_popularity"].text()
    assert tab.hook.itemText(0).startswith("auto (detected:")
    assert tab.details.topLevelItemCount() >= 3
    assert tab.export_json_button.isEnabled()
    # export without dialogs
    tab.export_json(str(tmp_path / "o.json"))
    tab.export_csv(str(tmp_path / "o.csv"))
    tab.export_png(str(tmp_path / "o.png"))
    assert json.loads((tmp_path / "o.json").read_text())["factors"] == out["factors"]
    rows = list(csv.reader((tmp_path / "o.csv").open()))
    assert [r[0] for r in rows[1:]] == ["virality_score", "confidence", *FACTORS]
    assert (tmp_path / "o.png").stat().st_size > 1000
    tab.copy_summary()
    assert "virality" in QApplication.clipboard().text()
    assert main_window.ctx.recent_files()[0] == str(clip)


def test_cancel_mid_analysis_leaves_the_tab_usable(qtbot, main_window, tmp_path):
    tab = _tab(main_window)
    long_clip = synth_clip(tmp_path / "long.mp4", seconds=24, size=(320, 180))
    tab.path = str(long_clip)
    with qtbot.waitSignal(tab.runner.cancelled, timeout=60000):
        tab.analyze()
        qtbot.waitUntil(lambda: tab.progress_panel.bar.value() > 0, timeout=30000)
        tab.progress_panel.cancel_button.click()
    qtbot.waitUntil(tab.analyze_button.isEnabled, timeout=30000)  # the worker has wound down
    assert tab.progress_panel.message.text() == ""  # the result area says it (tests/test_cancel_said_once.py)
    assert not tab.runner.is_running() and tab.last is None
    short = synth_clip(tmp_path / "short.mp4", seconds=2)
    with qtbot.waitSignal(tab.runner.result, timeout=60000):
        tab.handle_files([str(short)])
    assert tab.last is not None and tab.last["measurements"]["video"]["duration_s"] < 3


def test_no_audio_shows_not_measured_and_a_bad_file_shows_one_line(qtbot, main_window, tmp_path):
    tab = _tab(main_window)
    with qtbot.waitSignal(tab.runner.result, timeout=60000):
        tab.handle_files([str(synth_clip(tmp_path / "mute.mp4", seconds=2, audio=False))])
    assert tab.factor_bars["audio_quality"].format() == tab.factor_values["audio_quality"].text() == "not measured"
    assert "no audio track" in tab.factor_reasons["audio_quality"].text()
    fake = tmp_path / "fake.mp4"
    fake.write_text("hello, not a video")
    with qtbot.waitSignal(tab.strip_runner.error, timeout=30000):
        tab.handle_files([str(fake)])
    assert "fake.mp4" in tab.error.text() and "\n" not in tab.error.text()
    assert tab.last is None


def test_import_past_videos_and_trend_profile_from_the_tab(qtbot, main_window, tmp_path):
    tab = _tab(main_window)
    d = tmp_path / "past"
    d.mkdir()
    for i, bpm in enumerate((90, 95, 100)):
        synth_clip(d / f"take {i}.mp4", seconds=2, bpm=bpm, size=(160, 120))
    (d / "views.csv").write_text("file,views\ntake 0.mp4,100\ntake 1.mp4,2500\ntake 2.mp4,40000\n")
    with qtbot.waitSignal(tab.side_runner.result, timeout=60000):
        tab.start_import(str(d), str(d / "views.csv"))
    assert "Imported 3 videos" in tab.status.text()
    assert tab.personal_label.text().startswith("Personal model: 3 of 30")
    with qtbot.waitSignal(tab.side_runner.result, timeout=60000):
        tab.start_trend(str(d))
    assert "rebuilt from 3 reference videos" in tab.status.text()
    assert "reference videos in past" in tab.trend_label.text()
    tab.trend_reset.click()
    assert "default" in tab.trend_label.text()


def test_a_phone_video_shows_upright_with_its_shown_size(qtbot, main_window, tmp_path):
    tab = _tab(main_window)
    clip = synth_clip(tmp_path / "phone.mp4", seconds=2, size=(144, 256), display_rotation=-90)
    with qtbot.waitSignal(tab.runner.result, timeout=60000):
        with qtbot.waitSignal(tab.strip_runner.result, timeout=30000) as sig:
            _drop(tab.drop, clip)
        assert sig.args[0].size == (144, 256)
    assert len(tab.strip_labels) == 12
    pm = tab.strip_labels[0].pixmap()
    assert pm.height() > pm.width()
    assert "144×256" in tab.file_label.text()


def test_the_progress_percentage_is_written_beside_the_bar(qtbot, main_window, tmp_path):
    """During a real analysis the bar draws no text (text across the fill's edge is half one colour, half the
    other); its percentage is a label beside it, clear of the bar, following the bar; 100 % when done."""
    from viralml_desktop.gui import fmt

    tab = _tab(main_window)
    panel = tab.progress_panel
    tab.path = str(synth_clip(tmp_path / "clip.mp4", seconds=6, size=(320, 180)))
    seen = []
    panel.runner.progress.connect(lambda f, m: seen.append((panel.bar.value(), panel.percent.text())))
    with qtbot.waitSignal(tab.runner.result, timeout=120000):
        tab.analyze()
        qtbot.waitUntil(lambda: 0 < panel.bar.value() < 1000, timeout=60000)
        assert not panel.bar.isTextVisible()
        assert panel.percent.isVisible() and panel.percent.text() == fmt.percent(panel.bar.value() / 1000, 0)
        assert not panel.percent.geometry().intersects(panel.bar.geometry())  # beside the bar, not over it
    assert [t for v, t in seen if v > 0] and all(t == fmt.percent(v / 1000, 0) for v, t in seen)
    assert panel.bar.value() == 1000 and panel.percent.text() == fmt.percent(1.0, 0)
    panel.reset()
    assert panel.percent.text() == "" and panel.bar.value() == 0


def test_the_progress_steps_read_in_spanish(spanish, qtbot, main_window, tmp_path):
    """Core's steps (``progress.update``: "decoding frames", "measuring the sound"…) are said in Spanish in
    the progress panel during a real analysis, none left in English."""
    from test_i18n import _words, english_words

    tab = _tab(main_window)
    panel = tab.progress_panel
    tab.path = str(synth_clip(tmp_path / "clip.mp4", seconds=4, size=(320, 180)))
    seen = []
    panel.runner.progress.connect(lambda f, m: seen.append((m, panel.message.text())))
    with qtbot.waitSignal(tab.runner.result, timeout=120000):
        tab.analyze()
    said = {shown for _, shown in seen}
    assert ("decoding frames", "decodificando fotogramas") in seen, seen
    vocabulary = english_words()
    assert {"decoding", "frames"} <= vocabulary  # the check can fail
    assert not [s for s in said if _words(s) & vocabulary], said


def test_the_import_steps_read_in_spanish(spanish, qtbot, main_window, tmp_path):
    """Importing a folder of 2 past videos says each clip's step under the tab in Spanish, the clip's name
    as written ("analizando take 0.mp4 (1 de 2)"), and then its decoding steps; none in English."""
    from test_i18n import _words, english_words

    tab = _tab(main_window)
    d = tmp_path / "past"
    d.mkdir()
    for i, bpm in enumerate((90, 100)):
        synth_clip(d / f"take {i}.mp4", seconds=2, bpm=bpm, size=(160, 120))
    (d / "views.csv").write_text("file,views\ntake 0.mp4,100\ntake 1.mp4,2500\n")
    seen = []
    tab.side_runner.progress.connect(lambda f, m: seen.append((m, tab.status.text())))
    with qtbot.waitSignal(tab.side_runner.result, timeout=60000):
        tab.start_import(str(d), str(d / "views.csv"))
    said = [s for _, s in seen]
    assert any(m == "analysing take 1.mp4 (2 of 2)" for m, _ in seen), seen
    assert any(s.startswith("Importando") and "analizando take 1.mp4 (2 de 2)" in s for s in said), said
    vocabulary = english_words()
    assert {"analysing", "decoding"} <= vocabulary  # the check can fail
    assert not [s for s in said if _words(s) & vocabulary], said


def test_done_is_said_once_after_an_analysis(qtbot, main_window, tmp_path):
    """The progress panel says "Done." when the analysis ends; the status line under it does not say it
    again (it keeps core's notes, and is empty when there are none)."""
    from test_i18n import visible_texts

    from viralml_desktop.gui.source_text import lines

    tab = _tab(main_window)
    tab.path = str(synth_clip(tmp_path / "clip.mp4", seconds=3, size=(320, 180)))
    with qtbot.waitSignal(tab.runner.finished, timeout=120000):
        tab.analyze()
    assert tab.last is not None
    done = tab.progress_panel.tr("Done.")
    assert tab.progress_panel.message.text() == done
    said = [t for _, t in visible_texts(tab) if done in t]
    assert said == [done], said
    assert tab.status.text() == " ".join(lines(n) for n in tab.last.get("notes") or [])
