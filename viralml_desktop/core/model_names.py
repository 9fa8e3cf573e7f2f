"""The shipped models' names in words, in English and Spanish: one table for every surface.

A model is known to code by its id: a ``core/registry.py`` entry (``peak_error``) or a
``models/<folder>`` whose ``metrics.json`` holds an accuracy headline (``peak``). A reader is shown
words instead, in two forms:

- the **title** form, a name on its own (a table cell, a heading): "Reach-drop detector",
  "Detector de caídas de alcance" (the ML health tab, :mod:`viralml_desktop.gui.tabs.ml_health`);
- the **phrase** form, the name inside a sentence, with its article: "the reach-drop detector",
  "el detector de caídas de alcance" (the release PDFs' footnotes,
  :func:`viralml_desktop.core.release.pdf.model_words`).

No Qt here: the CLI, the HTTP server and the PDF writer read this table as the GUI does.
"""
from __future__ import annotations

from typing import Any, Optional

LANGS = ("en", "es")
FORMS = ("title", "phrase")


def _name(title_en: str, title_es: str, phrase_en: str, phrase_es: str) -> dict[str, dict[str, str]]:
    return {"title": {"en": title_en, "es": title_es}, "phrase": {"en": phrase_en, "es": phrase_es}}


#: ``{id: {"title": {"en", "es"}, "phrase": {"en", "es"}}}`` for every registry entry
#: (``MODEL_TABLE``) and every models folder with a ``metrics.json``.
MODEL_NAMES: dict[str, dict[str, dict[str, str]]] = {
    # registry entries
    "yolo": _name("Object detector (YOLO)", "Detector de objetos (YOLO)",
                  "the object detector (YOLO)", "el detector de objetos (YOLO)"),
    "screenshot_yolo": _name("Feed-screenshot detector", "Detector de capturas del feed",
                             "the feed-screenshot detector", "el detector de capturas del feed"),
    "sentence_embedder": _name("Sentence-embedding model", "Modelo de embeddings de frases",
                               "the sentence-embedding model", "el modelo de embeddings de frases"),
    "face_haar": _name("Face detector (Haar cascade)", "Detector de caras (cascada de Haar)",
                       "the face detector (Haar cascade)", "el detector de caras (cascada de Haar)"),
    "posting_time_prior": _name("Posting-time prior", "Modelo previo de horas de publicación",
                                "the posting-time prior", "el modelo previo de horas de publicación"),
    "posting_time_personal": _name("Your posting-time model", "Tu modelo de horas de publicación",
                                   "your posting-time model", "tu modelo de horas de publicación"),
    "posting_time_sources": _name("Posting-time studies", "Estudios de horas de publicación",
                                  "the posting-time studies", "los estudios de horas de publicación"),
    "anomaly_detector": _name("Reach-drop detector", "Detector de caídas de alcance",
                              "the reach-drop detector", "el detector de caídas de alcance"),
    "peak_error": _name("Peak-timing error model", "Modelo de error del pico",
                        "the peak-timing error model", "el modelo de error del pico"),
    "lstm_forecaster": _name("LSTM views forecaster", "Previsión de visualizaciones (LSTM)",
                             "the LSTM views forecaster", "la previsión de visualizaciones (LSTM)"),
    "affinity": _name("Collaboration-affinity model", "Modelo de afinidad entre artistas",
                      "the collaboration-affinity model", "el modelo de afinidad entre artistas"),
    "affinity_artists": _name("Artist profiles (affinity)", "Perfiles de artistas (afinidad)",
                              "the artist profiles (affinity)", "los perfiles de artistas (afinidad)"),
    "ocr": _name("Text recogniser (OCR)", "Reconocedor de texto (OCR)",
                 "the text recogniser (OCR)", "el reconocedor de texto (OCR)"),
    "sentiment_heads": _name("Sentiment models", "Modelos de sentimiento",
                             "the sentiment models", "los modelos de sentimiento"),
    "sentiment_lexicon": _name("Sentiment lexicon", "Léxico de sentimiento",
                               "the sentiment lexicon", "el léxico de sentimiento"),
    "sentiment_combiner": _name("Sentiment combiner", "Combinador de sentimiento",
                                "the sentiment combiner", "el combinador de sentimiento"),
    "sentiment_vader": _name("VADER sentiment model", "Modelo de sentimiento VADER",
                             "the VADER sentiment model", "el modelo de sentimiento VADER"),
    "sentiment_transformers": _name("Your own sentiment model (transformers)",
                                    "Tu propio modelo de sentimiento (transformers)",
                                    "your own sentiment model (transformers)",
                                    "tu propio modelo de sentimiento (transformers)"),
    "virality_trend_profile": _name("Trend profile", "Perfil de tendencias",
                                    "the trend profile", "el perfil de tendencias"),
    "virality_genre_popularity": _name("Genre-popularity model", "Modelo de popularidad del género",
                                       "the genre-popularity model", "el modelo de popularidad del género"),
    "virality_prior": _name("Virality prior", "Modelo previo de viralidad",
                            "the virality prior", "el modelo previo de viralidad"),
    "hashtags_lift_prior": _name("Hashtag reach prior", "Modelo previo del efecto de los hashtags",
                                 "the hashtag reach prior", "el modelo previo del efecto de los hashtags"),
    "hashtags_genre_platform_tags": _name("Hashtags by genre and platform", "Hashtags por género y plataforma",
                                          "the hashtags by genre and platform",
                                          "los hashtags por género y plataforma"),
    "captions_emoji_ranking": _name("Emoji sentiment ranking", "Clasificación de emojis por sentimiento",
                                    "the emoji sentiment ranking", "la clasificación de emojis por sentimiento"),
    "captions_emoji_clause_model": _name("Emoji placement model", "Modelo de colocación de emojis",
                                         "the emoji placement model", "el modelo de colocación de emojis"),
    "captions_genre_emoji": _name("Emoji by genre", "Emojis por género",
                                  "the emoji by genre", "los emojis por género"),
    "language_id": _name("Language identifier", "Identificador de idioma",
                         "the language identifier", "el identificador de idioma"),
    # models folders (the accuracy headlines); screenshot_yolo and affinity are named above
    "posting_time": _name("Posting time", "Hora de publicación",
                          "the posting time", "la hora de publicación"),
    "anomaly": _name("Reach-drop detector", "Detector de caídas de alcance",
                     "the reach-drop detector", "el detector de caídas de alcance"),
    "peak": _name("Views peak and final views", "Pico y visualizaciones finales",
                  "the views peak and final views", "el pico y visualizaciones finales"),
    "lstm": _name("LSTM views forecaster", "Previsión de visualizaciones (LSTM)",
                  "the LSTM views forecaster", "la previsión de visualizaciones (LSTM)"),
    "sentiment": _name("Comment sentiment", "Sentimiento de los comentarios",
                       "the comment sentiment", "el sentimiento de los comentarios"),
    "virality": _name("Virality score", "Puntuación de viralidad",
                      "the virality score", "la puntuación de viralidad"),
    "hashtags": _name("Hashtag reach", "Efecto de los hashtags en el alcance",
                      "the hashtag reach", "el efecto de los hashtags en el alcance"),
    "captions": _name("Emoji placement", "Colocación de emojis",
                      "the emoji placement", "la colocación de emojis"),
    "measure_hook": _name("Hook measurement", "Medición del gancho",
                          "the hook measurement", "la medición del gancho"),
    "measure_shots": _name("Cut detection", "Detección de cortes",
                           "the cut detection", "la detección de cortes"),
    "measure_tempo": _name("Tempo measurement", "Medición del tempo",
                           "the tempo measurement", "la medición del tempo"),
    "thumbnail": _name("Thumbnail rules model", "Modelo de reglas de miniaturas",
                       "the thumbnail rules model", "el modelo de reglas de miniaturas"),
}


def name(ident: Any, form: str = "title", lang: str = "en") -> Optional[str]:
    """A model's name in words.

    Parameters
    ----------
    ident : str
        A registry entry's name (``"peak_error"``) or a models folder (``"peak"``).
    form : {"title", "phrase"}
        ``"title"``: the name on its own ("Reach-drop detector"); ``"phrase"``: inside a sentence,
        with its article ("the reach-drop detector", "el detector de caídas de alcance").
    lang : {"en", "es"}
        Another language gives the English.

    Returns
    -------
    str or None
        None for an id the table does not know.

    Raises
    ------
    KeyError
        ``form`` is not one of :data:`FORMS`.
    """
    if form not in FORMS:
        raise KeyError(f"unknown form {form!r}: one of {', '.join(FORMS)}")
    entry = MODEL_NAMES.get(str(ident if ident is not None else ""))
    if entry is None:
        return None
    said = entry[form]
    return said.get(lang) or said["en"]


def title(ident: Any, lang: str = "en") -> str:
    """A model's name on its own (:func:`name`, form ``"title"``); an id the table does not know, as it is."""
    return name(ident, "title", lang) or str(ident)
