"""A job that failed or was cancelled reads its state in the progress panel ("Failed.", "Cancelled."),
never the percentage it stopped at ("2 %  Failed." read as a job 2 % done); a finished one reads
"100 %  Done." In every tab (each one's ProgressPanel), in English and in Spanish."""
from __future__ import annotations

import threading

import pytest

from viralml_desktop.core.errors import InputError
from viralml_desktop.gui import fmt
from viralml_desktop.gui.widgets import ProgressPanel
from viralml_desktop.gui.worker import TaskRunner

WAIT = 60_000
SAID = {"en": {"Failed.": "Failed.", "Cancelled.": "Cancelled.", "Done.": "Done."},
        "es": {"Failed.": "Falló.", "Cancelled.": "Cancelado.", "Done.": "Listo."}}


def _failing(progress):
    progress.update(0.02, "")
    raise InputError("not an image (unrecognised format): x.png")


@pytest.fixture(params=["en", "es"])
def lang(request, qapp, monkeypatch):
    from viralml_desktop.gui import i18n

    monkeypatch.setenv("VIRALML_LANG", request.param)
    assert i18n.install() == request.param
    yield request.param
    i18n.install("en")


def _panel(qtbot, say_cancelled: bool = True) -> ProgressPanel:
    runner = TaskRunner()
    panel = ProgressPanel(runner, say_cancelled=say_cancelled)
    qtbot.addWidget(panel)
    panel._keep_runner = runner  # the runner lives as long as its panel
    return panel


def test_a_failed_job_reads_failed_not_where_it_stopped(qtbot, lang):
    panel = _panel(qtbot)
    seen = []
    panel.runner.progress.connect(lambda f, m: seen.append(panel.percent.text()))
    with qtbot.waitSignal(panel.runner.finished, timeout=WAIT):
        panel.runner.start(_failing)
    assert seen == [fmt.percent(0.02, 0)]  # it did stop at 2 %
    assert panel.message.text() == SAID[lang]["Failed."]
    assert panel.percent.text() == "" and panel.bar.value() == 0
    assert not panel.cancel_button.isEnabled()


def test_a_cancelled_job_reads_cancelled_not_where_it_stopped(qtbot, lang):
    panel = _panel(qtbot)
    reached = threading.Event()

    def job(progress):
        progress.update(0.37, "")
        reached.set()
        while True:  # until the user cancels
            progress.check()
            threading.Event().wait(0.01)

    panel.runner.progress.connect(lambda f, m: panel.runner.cancel())
    with qtbot.waitSignal(panel.runner.finished, timeout=WAIT):
        panel.runner.start(job)
    assert reached.is_set()
    assert panel.message.text() == SAID[lang]["Cancelled."]
    assert panel.percent.text() == "" and panel.bar.value() == 0


def test_a_finished_job_still_reads_done_at_100(qtbot, lang):
    panel = _panel(qtbot)

    def job(progress):
        progress.update(0.5, "")
        return 1

    with qtbot.waitSignal(panel.runner.finished, timeout=WAIT):
        panel.runner.start(job)
    assert panel.message.text() == SAID[lang]["Done."]
    assert panel.percent.text() == fmt.percent(1.0, 0) and panel.bar.value() == 1000


def test_a_failure_after_a_finished_job_clears_its_100(qtbot, lang):
    """A second job that fails does not leave the first one's 100 % (or its own 2 %) beside "Failed."."""
    panel = _panel(qtbot)
    with qtbot.waitSignal(panel.runner.finished, timeout=WAIT):
        panel.runner.start(lambda progress: 1)
    assert panel.percent.text() == fmt.percent(1.0, 0)
    with qtbot.waitSignal(panel.runner.finished, timeout=WAIT):
        panel.runner.start(_failing)
    assert (panel.message.text(), panel.percent.text(), panel.bar.value()) == (SAID[lang]["Failed."], "", 0)


def test_every_tab_s_panel_reads_failed(spanish, qtbot, main_window):
    """Each tab's own progress panel (its runner, its error slot) after a job that stopped at 2 % and failed."""
    panels = [(key, p) for key, tab in main_window.tabs.items() for p in tab.findChildren(ProgressPanel)]
    assert len({key for key, _ in panels}) >= 6, [key for key, _ in panels]
    for key, panel in panels:
        seen = []
        panel.runner.progress.connect(lambda f, m, seen=seen, panel=panel: seen.append(panel.percent.text()))
        with qtbot.waitSignal(panel.runner.finished, timeout=WAIT):
            panel.runner.start(_failing)
        assert seen == [fmt.percent(0.02, 0)], key
        assert (panel.message.text(), panel.percent.text(), panel.bar.value()) == ("Falló.", "", 0), key
