"""Core's notes a Spanish user reads outside the PDFs: the Account health tab's forecast notes
(forecast_views, core/account_health/forecast.py) go through the same catalogue lookup as core's
other sentences (gui/source_text.lines), so none is left in English (tests/test_i18n.py's detector:
words of the catalogue's English sources that no translation uses)."""
from __future__ import annotations

import os

import numpy as np

from test_i18n import _settle, _words, english_words

from viralml_desktop.core.account_health import forecast as fc

BEST = "seasonal_naive_shift"
#: forecast_views's notes as core writes them (numbers and names are examples); those cheap to reach are
#: read from core itself in the test.
FORECAST_NOTES = [
    "models.lstm.sequence_length 20 is used; the held-out numbers were measured at 16",
    "fine-tuning skipped: 45 posts give 12 windows of 16 posts, fewer than 20",
    "fine-tuning skipped: too few windows before the held-out posts",
    "fine-tuning skipped: it needs account_id",
    f"the LSTM needs 16 posts (models.lstm.sequence_length); the account has 9: answered with {BEST}, the best "
    "baseline held out",
    f"the LSTM fine-tuned on this account beat {BEST} on its latest posts (pinball 0.1234 against 0.2345)",
    f"the global LSTM beat {BEST} on this account's latest 5 windows (pinball 0.1234 against 0.2345)",
    f"the LSTM did not beat {BEST} on this account's latest posts",
    "the history has dates only, no times of day: expected_at gives the day of each next post (YYYY-MM-DD), "
    "not a posting time",
    f"fine-tuned copy kept: pinball loss 0.1234 against the global model's 0.2345 and {BEST}'s 0.3456 on the "
    "account's latest 12 windows",
    f"fine-tuned copy not kept: pinball loss 0.1234, no better than the global model's 0.2345 on the account's "
    f"latest 12 windows ({BEST}: 0.3456)",
    "no views forecast: forecast_views needs at least 5 posts with views; got 3",
]


def core_notes() -> list[str]:
    """The notes above and those core writes cheaply here: a repeated post left out, fine-tuning on too
    few posts, the held-out metrics missing."""
    posts = [{"views": 1000 + i, "likes": 10, "timestamp": f"2026-10-{1 + i % 6:02d}T18:00:00Z",
              "post_id": f"p{i % 6}"} for i in range(7)]  # p0 twice
    h, notes = fc._history_from_posts(posts, "UTC", "recent_posts")
    assert notes == ["1 posts without views or repeated were left out"]
    notes.append(fc.fine_tune_account("luna", h)["reason"])
    assert notes[-1].startswith("fine-tuning skipped: it needs at least ")
    notes.append(f"models/lstm/metrics.json is missing or unreadable: answered with {fc._DEFAULT_BASELINE}, "
                 "whose accuracy is not measured here")
    return FORECAST_NOTES + notes


def test_forecast_notes_read_in_spanish(spanish):
    from viralml_desktop.gui.source_text import lines

    vocabulary = english_words()
    bad = [(n, lines(n)) for n in core_notes() if _words(lines(n)) & vocabulary]
    assert not bad, bad
    assert lines("3 posts without views or repeated were left out") == \
        "se dejaron fuera 3 publicaciones sin visualizaciones o repetidas"
    assert lines("1 posts without views or repeated were left out") == \
        "se dejó fuera 1 publicación sin visualizaciones o repetida"
    assert _words(FORECAST_NOTES[1]) & vocabulary  # the check can fail: the English note is caught
    # the registry's own error inside the brackets stays as core wrote it; the note around it is Spanish
    said = lines(f"the LSTM is unavailable (model lstm not found (looked for x)): answered with {BEST}, the best "
                 "baseline held out")
    assert said.startswith("el LSTM no está disponible (model lstm not found") and \
        said.endswith("», la mejor referencia en la validación"), said


def _dates_only_export(path, n=40):
    """A TikTok export whose posts have dates only (no time of day): the forecast says so in a note."""
    rng = np.random.default_rng(5)
    days = np.datetime64("2025-06-01") + np.arange(n)
    rows = ["Video title,Video link,Post time,Total views,Total likes,Total comments,Total shares"]
    rows += [f"Clip {i} #trap,https://t/{i},{d},{int(v)},{int(v) // 14},3,1"
             for i, (d, v) in enumerate(zip(days, np.round(8000 * np.exp(rng.normal(0, 0.3, n)))))]
    path.write_text("\n".join(rows), encoding="utf-8")
    exported = (days[-1] + np.timedelta64(1, "D")).astype("datetime64[s]").astype(int) + 9 * 3600
    os.utime(path, (exported, exported))
    return path


def test_account_health_tab_says_the_forecast_notes_in_spanish(spanish, main_window, tmp_path):
    """A real import of a dates-only export in the Spanish window: the forecast's note under the summary
    is the catalogue's Spanish ("el historial solo tiene fechas"), no English word left in the summary."""
    main_window._device_timer.stop()
    main_window.select_tab("account_health")
    tab = main_window.tabs["account_health"]
    tab.handle_files([str(_dates_only_export(tmp_path / "luna_fechas.csv"))])
    _settle(main_window, 120)
    text = tab.summary.text()
    assert "el historial solo tiene fechas" in text, text
    assert "dates only" not in text
    hits = _words(text) & english_words()
    assert not hits, (hits, text)
