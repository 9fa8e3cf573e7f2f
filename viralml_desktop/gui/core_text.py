"""Core's identifiers as sentences in the interface language.

Core answers with stable identifiers (``recommendation: review_recent_content_guidelines``,
``anomaly_type: view_suppression``, ``collaboration_potential: medium``, a zone key such as
``US_EST``); the JSON contract keeps them. The GUI shows them through these tables, marked for
translation (context ``core_text``). An identifier no table knows is shown as it is, with its
underscores as spaces, never hidden.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "core_text"

RECOMMENDATIONS = {
    "pause_posting_24h": QT_TRANSLATE_NOOP(
        "core_text", "Pause posting for 24 hours, then post your strongest content."),
    "review_recent_content_guidelines": QT_TRANSLATE_NOOP(
        "core_text", "Review your recent posts against the platform's community guidelines "
                     "(music rights, links, sensitive topics) and remove or edit what may break them."),
    "refresh_content_format": QT_TRANSLATE_NOOP(
        "core_text", "Try a new format: fewer people interact with posts like your latest ones."),
    "review_posting_schedule": QT_TRANSLATE_NOOP(
        "core_text", "Review how often and when you post: views have been falling slowly."),
    "no_action": QT_TRANSLATE_NOOP("core_text", "Nothing to do: keep posting as you do."),
    "post_follow_up_content": QT_TRANSLATE_NOOP(
        "core_text", "Post follow-up content soon while the viral post still brings people in."),
    "import_more_history": QT_TRANSLATE_NOOP(
        "core_text", "Import more posts: the history is too short to judge."),
}

ANOMALY_TYPES = {
    "view_suppression": QT_TRANSLATE_NOOP("core_text", "view suppression (shadowban)"),
    # anomaly.WEAK_VERDICT: a reach-drop alarm that is weak evidence (anomaly.verdict_wording)
    "weak_reach_drop": QT_TRANSLATE_NOOP("core_text", "possible drop in reach — weak evidence"),
    "engagement_drop": QT_TRANSLATE_NOOP("core_text", "engagement drop"),
    "gradual_decline": QT_TRANSLATE_NOOP("core_text", "gradual decline"),
    "single_flop": QT_TRANSLATE_NOOP("core_text", "single flop"),
    "viral_spike": QT_TRANSLATE_NOOP("core_text", "viral spike"),
    "none": QT_TRANSLATE_NOOP("core_text", "nothing unusual"),
    "insufficient_history": QT_TRANSLATE_NOOP("core_text", "too few posts"),
}

POTENTIALS = {
    "low": QT_TRANSLATE_NOOP("core_text", "low"),
    "medium": QT_TRANSLATE_NOOP("core_text", "medium"),
    "high": QT_TRANSLATE_NOOP("core_text", "high"),
}

SENTIMENTS = {
    "positive": QT_TRANSLATE_NOOP("core_text", "positive"),
    "neutral": QT_TRANSLATE_NOOP("core_text", "neutral"),
    "negative": QT_TRANSLATE_NOOP("core_text", "negative"),
}

EMOJI_PLACEMENTS = {  # optimize_caption's ``improvements.emoji_placement``
    "strategic": QT_TRANSLATE_NOOP("core_text", "added at the end of the sentences they fit"),
    "kept": QT_TRANSLATE_NOOP("core_text", "yours, kept"),
    "none": QT_TRANSLATE_NOOP("core_text", "none"),
}

FORECASTERS = {  # forecast_views' ``model``
    "lstm": QT_TRANSLATE_NOOP("core_text", "the LSTM trained on many accounts"),
    "lstm_fine_tuned": QT_TRANSLATE_NOOP("core_text", "the LSTM fine-tuned on this account"),
    "last_value": QT_TRANSLATE_NOOP("core_text", "your last post's views"),
    "rolling_median_10": QT_TRANSLATE_NOOP("core_text", "the median of your last 10 posts"),
    "seasonal_naive_weekday": QT_TRANSLATE_NOOP("core_text", "your last post on the same weekday"),
    "seasonal_naive_recent": QT_TRANSLATE_NOOP("core_text", "your last week's post on the same weekday"),
    "seasonal_naive_level": QT_TRANSLATE_NOOP("core_text", "your last post on the same weekday, moved to your current level"),
    "seasonal_naive_shift": QT_TRANSLATE_NOOP(
        "core_text", "your last post on the same weekday, or your current level when it has moved by half"),
}

AFFINITY_PATHS = {  # calculate_affinity's input paths (``details.path``)
    "metrics": QT_TRANSLATE_NOOP("core_text", "metrics"),
    "texts": QT_TRANSLATE_NOOP("core_text", "texts"),
    "artists": QT_TRANSLATE_NOOP("core_text", "artists"),
}


def _plain(ident: str) -> str:
    return str(ident).replace("_", " ")


def _look(table: dict, ident) -> str:
    text = table.get(str(ident))
    return QCoreApplication.translate(CONTEXT, text) if text else _plain(ident)


def recommendation(ident: str) -> str:
    """The recommendation ``ident`` (``pause_posting_24h`` …) as a sentence."""
    return _look(RECOMMENDATIONS, ident)


def anomaly(ident: str) -> str:
    """The anomaly type ``ident`` (``view_suppression`` …) in words."""
    return _look(ANOMALY_TYPES, ident)


def potential(ident: str) -> str:
    """The collaboration potential ``low``/``medium``/``high`` in words."""
    return _look(POTENTIALS, ident)


def sentiment(ident: str) -> str:
    """The sentiment label ``positive``/``neutral``/``negative`` in words."""
    return _look(SENTIMENTS, ident)


def path_word(ident: str) -> str:
    """One word of an affinity input path (``metrics``, ``texts``, ``artists``) in words."""
    return _look(AFFINITY_PATHS, ident)


def emoji_placement(ident: str) -> str:
    """The emoji placement ``strategic``/``kept``/``none`` of ``optimize_caption`` in words."""
    return _look(EMOJI_PLACEMENTS, ident)


def forecaster(ident: str) -> str:
    """The forecaster ``ident`` of ``forecast_views`` (``lstm``, ``seasonal_naive_weekday`` …) in words."""
    return _look(FORECASTERS, ident)


def zone_key(key: str, country_names: dict | None = None) -> str:
    """A posting-time breakdown key such as ``US_EST`` as "United States (EST)".

    Parameters
    ----------
    key : str
        ``<ISO country code>_<zone abbreviation>`` as core writes it.
    country_names : dict, optional
        ISO code → name in the interface language; the code is shown when absent.
    """
    code, _, abbr = str(key).partition("_")
    name = (country_names or {}).get(code, code)
    return f"{name} ({abbr})" if abbr else name
