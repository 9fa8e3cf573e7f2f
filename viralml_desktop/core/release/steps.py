"""The after-release report's next steps as sentence templates, English and Spanish.

:mod:`viralml_desktop.core.release.report` fills a step's ``values`` (numbers already written as
text) and writes its English sentence into the response; the PDF writer
(:mod:`viralml_desktop.core.release.pdf`) and the Release tab say it in Spanish from the same
template. A module of its own, so the report and the PDF writer do not import each other.
"""
from __future__ import annotations

#: The next steps' sentences, English and Spanish, filled with the step's ``values``.
NEXT_STEPS: dict[str, dict[str, str]] = {
    "pause_posting_24h": {
        "en": "Reach fell sharply since {since} ({kind}, confidence {confidence} %): pause posting for 24 hours, "
              "then post your strongest content.",
        "es": "El alcance cayó bruscamente desde el {since} ({kind}, confianza {confidence} %): deja de publicar "
              "24 horas y luego publica tu mejor contenido."},
    "review_recent_content_guidelines": {
        "en": "Reach has been low since {since} ({kind}, confidence {confidence} %): review your recent posts "
              "against the platform's community guidelines (music rights, links, sensitive topics).",
        "es": "El alcance lleva bajo desde el {since} ({kind}, confianza {confidence} %): revisa tus "
              "publicaciones recientes según las normas de la plataforma (derechos musicales, enlaces, temas "
              "sensibles)."},
    "refresh_content_format": {
        "en": "Fewer people interact with your latest posts since {since} (confidence {confidence} %): try a "
              "new format.",
        "es": "Menos gente interactúa con tus últimas publicaciones desde el {since} (confianza {confidence} "
              "%): prueba un formato nuevo."},
    "review_posting_schedule": {
        "en": "Views have been falling slowly since {since} (confidence {confidence} %): review how often and "
              "when you post.",
        "es": "Las visualizaciones bajan poco a poco desde el {since} (confianza {confidence} %): revisa cuándo "
              "y con qué frecuencia publicas."},
    "post_follow_up_content": {
        "en": "A post took off on {since}: post follow-up content soon while it still brings people in.",
        "es": "Una publicación despegó el {since}: publica contenido de continuación pronto, mientras sigue "
              "atrayendo gente."},
    "no_action": {
        "en": "No drop in reach across the {posts} stored posts: keep posting as you do.",
        "es": "Sin caídas de alcance en las {posts} publicaciones guardadas: sigue publicando como hasta ahora."},
    "import_more_history": {
        "en": "The history is too short to judge reach ({posts} posts): import more of your analytics export.",
        "es": "El historial es demasiado corto para juzgar el alcance ({posts} publicaciones): importa más de tu "
              "exportación de estadísticas."},
    "below_band": {
        "en": "The post's {views} views are under the {low}–{high} band forecast for it: share it again or "
              "pin it, and compare its first seconds with your best posts.",
        "es": "Las {views} visualizaciones de la publicación están por debajo de la banda prevista, {low}–{high}: "
              "vuelve a compartirla o fíjala, y compara sus primeros segundos con tus mejores publicaciones."},
    "above_band": {
        "en": "The post's {views} views are above the {low}–{high} band forecast for it: make more like it.",
        "es": "Las {views} visualizaciones de la publicación superan la banda prevista, {low}–{high}: haz más "
              "como esta."},
    "within_band": {
        "en": "The post's {views} views are inside the {low}–{high} band forecast for it: a usual post for "
              "this account.",
        "es": "Las {views} visualizaciones de la publicación están dentro de la banda prevista, {low}–{high}: "
              "una publicación normal para esta cuenta."},
    "still_growing": {
        "en": "The post has {share} % of the {final} views predicted in all; its hourly views peak around hour "
              "{peak}: answer comments and share it while it grows.",
        "es": "La publicación lleva el {share} % de las {final} visualizaciones previstas en total; su pico por "
              "hora llega hacia la hora {peak}: responde comentarios y compártela mientras crece."},
    "past_peak": {
        "en": "The post is past its peak (hour {peak}) and should end near {final} views: plan the next post.",
        "es": "La publicación ya pasó su pico (hora {peak}) y debería acabar cerca de {final} visualizaciones: "
              "prepara la siguiente."},
    "past_peak_early": {
        "en": "The post peaked within its first {hours} h (its first export counted it there, so the hour is not "
              "measured) and should end near {final} views: plan the next post.",
        "es": "La publicación tuvo su pico en sus primeras {hours} h (su primera exportación la contó ahí, así que "
              "la hora no está medida) y debería acabar cerca de {final} visualizaciones: prepara la siguiente."},
    "answer_negative": {
        "en": "{share} % of the {n} comments are negative; the most negative: “{text}” — read them and answer "
              "the fair ones.",
        "es": "El {share} % de los {n} comentarios son negativos; el más negativo: “{text}” — léelos y responde "
              "los que tengan razón."},
    "pin_positive": {
        "en": "{share} % of the {n} comments are positive: pin one of the best (“{text}”) and reply to it.",
        "es": "El {share} % de los {n} comentarios son positivos: fija uno de los mejores (“{text}”) y "
              "respóndelo."},
    "mixed_comments": {
        "en": "The {n} comments are mixed ({positive} % positive, {negative} % negative): reply to questions and "
              "thank the fans.",
        "es": "Los {n} comentarios son variados ({positive} % positivos, {negative} % negativos): responde las "
              "preguntas y agradece a los fans."},
    "add_comments": {
        "en": "No comments were given: export the post's comments and add them (--comments FILE) to measure "
              "their sentiment.",
        "es": "No se dieron comentarios: exporta los comentarios de la publicación y añádelos (--comments "
              "ARCHIVO) para medir su sentimiento."},
}

#: The result a next step comes from (its ``from``, a capability id) in words, English and Spanish.
STEP_SOURCES: dict[str, dict[str, str]] = {
    "detect_anomaly": {"en": "from the reach-drop check", "es": "según la revisión de caídas de alcance"},
    "forecast_views": {"en": "from the views forecast", "es": "según la previsión de visualizaciones"},
    "predict_peak": {"en": "from the peak prediction", "es": "según la predicción del pico"},
    "analyze_comments": {"en": "from the comment analysis", "es": "según el análisis de comentarios"},
}


def step_source(ident: str, lang: str = "en") -> str:
    """Where a next step comes from, in words: ``"from the reach-drop check"`` for ``detect_anomaly``.

    Parameters
    ----------
    ident : str
        The step's ``from`` (a capability id).
    lang : {"en", "es"}
        The reader's language; another falls back to English.

    Returns
    -------
    str
        The words of :data:`STEP_SOURCES`; an id not listed there reads ``"from <id>"``
        (``"según <id>"``), never nothing.
    """
    words = STEP_SOURCES.get(ident)
    if words:
        return words.get(lang) or words["en"]
    return f"{'según' if lang == 'es' else 'from'} {ident}"
