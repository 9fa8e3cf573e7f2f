"""Which column is which field: the real headers of the platforms' exports, in EN, ES and PT.

Headers are compared folded (accents, case and punctuation ignored), so ``Título del vídeo``,
``Titulo del video`` and ``título del vídeo`` are one name. Each field lists its headers in order
of preference; the first one present wins, and a column serves one field (except that views
fall back to impressions or reach when a table has no views column, as X's does).
"""
from __future__ import annotations

import unicodedata
from typing import Iterable, Optional

from viralml_desktop.core.errors import InputError

# field -> the headers that hold it, most specific first.
ALIASES: dict[str, tuple[str, ...]] = {
    "post_id": ("Video ID", "ID del vídeo", "ID de vídeo", "ID do vídeo", "External Video ID", "Post ID",
                "ID de la publicación", "Identificador de la publicación", "ID da publicação",
                "Identificação da publicação", "Media ID", "Tweet id", "Post key", "Item ID", "Video id",
                "ID"),
    "title": ("Video title", "Título del vídeo", "Título do vídeo", "Title", "Título", "Caption",
              "Post caption", "Description", "Descripción", "Descrição", "Video description",
              "Descripción del vídeo", "Descrição do vídeo", "Tweet text", "Post text", "Texto de la publicación",
              "Texto da publicação", "Legenda", "Text", "Texto"),
    "hashtags": ("Hashtags", "Hashtag", "Tags", "Etiquetas"),
    "published_at": ("Video publish time", "Hora de publicación del vídeo", "Fecha de publicación del vídeo",
                     "Horário de publicação do vídeo", "Hora de publicação do vídeo", "Data de publicação do vídeo",
                     "Publish time", "Hora de publicación", "Horário de publicação", "Hora de publicação",
                     "Post time", "Hora de la publicación", "Tiempo de publicación", "Fecha de publicación",
                     "Data de publicação", "Published at", "Published", "Publish date", "Create time", "Created at",
                     "Created", "Posted at", "Posted", "Upload date", "Date posted", "Timestamp", "Datetime", "Time",
                     "Date", "Fecha", "Data", "Día", "Day"),
    "duration_s": ("Duration", "Duración", "Duração", "Duration (sec)", "Duration (seconds)", "Duración (s)",
                   "Duración (segundos)", "Duração (s)", "Duração (segundos)", "Video duration",
                   "Duración del vídeo", "Duração do vídeo", "Length"),
    "views": ("Views", "Visualizaciones", "Visualizações", "Video views", "Visualizaciones de vídeos",
              "Visualizaciones del vídeo", "Visualizações de vídeo", "Visualizações de vídeos",
              "Visualizações do vídeo", "Total views", "Total de visualizaciones", "Total de visualizações",
              "Visualizaciones totales", "Visualizações totais", "Reproducciones totales", "Reproduções totais",
              "Total plays", "Plays", "Reproducciones", "Reproduções",
              "Video plays", "Vistas", "View count", "Views count", "Play count"),
    "likes": ("Likes", "Me gusta", "Total likes", "Total de Me gusta", "Me gusta totales", "Curtidas totais",
              "Likes total", "Gostos totais", "Marcações \"Gostei\"", "Marcações Gostei",
              "Gostei", "Curtidas", "Total de curtidas", "Gostos", "Like count", "Likes count", "Favorite count",
              "Favorites", "Hearts", "Digg count", "Reactions", "Reacciones", "Reações"),
    "comments": ("Comments", "Comentarios", "Comentários", "Comments added", "Comentarios añadidos",
                 "Comentarios agregados", "Comentários adicionados", "Total comments", "Total de comentarios",
                 "Total de comentários", "Comentarios totales", "Comentários totais", "Comments total", "Comment count", "Replies", "Respuestas", "Respostas"),
    "shares": ("Shares", "Veces compartido", "Contenido compartido", "Compartidos", "Compartido",
               "Compartilhamentos", "Partilhas", "Total shares", "Total de veces compartido", "Veces compartido totales",
               "Compartido totales", "Compartidos totales", "Compartilhamentos totais", "Partilhas totais",
               "Shares total",
               "Total de compartilhamentos", "Share count", "Retweets", "Retweet count", "Reposts",
               "Republicaciones", "Repostagens"),
    "saves": ("Saves", "Guardados", "Veces guardado", "Guardado", "Salvamentos", "Itens salvos", "Total saves",
              "Add to Favorites", "Favoritos", "Bookmarks", "Marcadores"),
    "impressions": ("Impressions", "Impresiones", "Impressões"),
    "reach": ("Reach", "Alcance", "Accounts reached", "Cuentas alcanzadas", "Contas alcançadas"),
    "ctr_percent": ("Impressions click-through rate (%)", "Porcentaje de clics de las impresiones (%)",
                    "Tasa de clics de las impresiones (%)", "Porcentaje de clics por impresión (%)",
                    "Taxa de cliques de impressões (%)", "Taxa de cliques das impressões (%)",
                    "Click-through rate (%)", "Click-through rate", "CTR (%)", "CTR"),
    "watch_time_h": ("Watch time (hours)", "Tiempo de visualización (horas)", "Tempo de exibição (horas)",
                     "Tempo de visualização (horas)"),
    "account": ("Account username", "Nombre de usuario de la cuenta", "Nome de usuário da conta", "Account name",
                "Nombre de la cuenta", "Nome da conta", "Username", "Nombre de usuario", "Nome de usuário",
                "Account", "Cuenta", "Conta", "Channel", "Canal", "Author", "Autor"),
    "url": ("Permalink", "Enlace permanente", "Link permanente", "Video link", "Enlace del vídeo", "Link do vídeo",
            "Post link", "Enlace de la publicación", "Link da publicação", "Tweet permalink", "Share URL", "URL",
            "Link", "Enlace"),
    "file": ("File", "Filename", "File name", "Video file", "Video path", "Path", "Archivo", "Nombre de archivo",
             "Nombre del archivo", "Arquivo", "Nome do arquivo"),
    "post_type": ("Post type", "Tipo de publicación", "Tipo de publicação", "Content type", "Tipo de contenido",
                  "Tipo de conteúdo", "Type", "Tipo"),
}
FIELDS: tuple[str, ...] = tuple(ALIASES)
# YouTube Studio's first column, "Content", holds the video id; elsewhere "Content" is a caption.
CONTENT_HEADERS = ("Content", "Contenido", "Conteúdo")
COUNTS = ("views", "likes", "comments", "shares", "saves", "impressions", "reach")
DECIMALS = ("ctr_percent", "watch_time_h")
TEXTS = ("post_id", "title", "account", "url", "file", "post_type")

# Headers only one platform's exports have (the platform with most of them is the file's).
SIGNATURES: dict[str, tuple[str, ...]] = {
    "youtube": ("Video publish time", "Hora de publicación del vídeo", "Horário de publicação do vídeo",
                "Hora de publicação do vídeo", "Watch time (hours)", "Tiempo de visualización (horas)",
                "Tempo de exibição (horas)", "Tempo de visualização (horas)", "Impressions click-through rate (%)",
                "Porcentaje de clics de las impresiones (%)", "Taxa de cliques de impressões (%)",
                "Taxa de cliques das impressões (%)", "Average view duration", "Duración media de las visualizaciones",
                "Duração média da visualização", "Average percentage viewed (%)", "Subscribers", "Suscriptores",
                "Inscritos", "Subscritores", "Comments added", "Comentarios añadidos", "Comentários adicionados",
                "Estimated revenue (USD)", "Ingresos estimados (USD)", "Receita estimada (USD)", "Content",
                "Contenido", "Conteúdo"),
    "tiktok": ("Post time", "Video link", "Total views", "Total likes", "Total comments", "Total shares",
               "Video Views", "Profile Views", "Visualizaciones del perfil", "Visualizações do perfil",
               "Visualizaciones de vídeos", "Visualizações de vídeo", "Total de visualizaciones", "Total de Me gusta",
               "Total de comentarios", "Total de veces compartido", "Enlace del vídeo", "Link do vídeo",
               "Total de visualizações", "Total de curtidas", "Total de comentários", "Total de compartilhamentos",
               "Me gusta totales", "Comentarios totales", "Veces compartido totales", "Reproducciones totales",
               "Curtidas totais", "Comentários totais", "Compartilhamentos totais", "Reproduções totais",
               "Tiempo medio de visualización", "Tempo médio de visualização"),
    "instagram": ("Permalink", "Enlace permanente", "Link permanente", "Account username",
                  "Nombre de usuario de la cuenta", "Nome de usuário da conta", "Post type", "Tipo de publicación",
                  "Tipo de publicação", "Saves", "Veces guardado", "Guardados", "Salvamentos", "Reach", "Alcance",
                  "Publish time", "Plays", "Follows", "Seguimientos", "Duration (sec)", "Duración (s)",
                  "Data comment", "Account ID", "Identificador de la cuenta"),
    "twitter": ("Tweet id", "Tweet permalink", "Tweet text", "Post text", "Post link", "Engagements",
                "Engagement rate", "Interacciones", "Tasa de interacción", "Retweets", "Reposts", "Bookmarks",
                "User profile clicks", "URL clicks", "Detail expands", "Media views", "Media engagements",
                "New follows", "Profile visits", "Replies"),
}
DAILY_VIEWS = ("Video Views", "Profile Views", "Visualizaciones de vídeos", "Visualizaciones del perfil",
               "Visualizações de vídeo", "Visualizações do perfil")
SUMMARY_LABELS = ("total", "totales", "totais", "total geral", "totals", "grand total", "summe", "suma")
_SUMMARY_INITIALS = frozenset(label[0] for label in SUMMARY_LABELS)


def fold(header: object) -> str:
    """A header as compared: accents and case dropped, every run of punctuation a space."""
    s = unicodedata.normalize("NFKD", str(header).replace("\ufeff", "")).casefold()
    s = "".join(c if c.isalnum() else " " for c in s if not unicodedata.combining(c))
    return " ".join(s.split())


_ALIASES = {f: tuple(dict.fromkeys(fold(a) for a in names)) for f, names in ALIASES.items()}
_SIGNATURES = {p: frozenset(fold(a) for a in names) for p, names in SIGNATURES.items()}
_CONTENT = tuple(fold(c) for c in CONTENT_HEADERS)
_DAILY = frozenset(fold(c) for c in DAILY_VIEWS)


def detect_platform(columns: Iterable[str]) -> str:
    """``youtube``, ``tiktok``, ``instagram``, ``twitter`` (X) or ``generic`` from the headers."""
    cols = {fold(c) for c in columns}
    scores = {p: len(cols & sig) for p, sig in _SIGNATURES.items()}
    best = max(scores, key=lambda p: scores[p])
    top = [p for p, s in scores.items() if s == scores[best]]
    return best if scores[best] > 0 and len(top) == 1 else "generic"


def map_columns(columns: list[str], platform: str) -> dict[str, str]:
    """field -> column, by the alias table (first alias present wins; a column serves one field)."""
    by_fold: dict[str, str] = {}
    for c in columns:
        by_fold.setdefault(fold(c), c)
    for c in columns:  # a flattened JSON key ("stats.views") also answers to its last part
        if "." in c:
            by_fold.setdefault(fold(c.rsplit(".", 1)[1]), c)
    aliases = dict(_ALIASES)
    if platform == "youtube":
        aliases["post_id"] = _CONTENT + aliases["post_id"]
    else:
        aliases["title"] = aliases["title"] + _CONTENT
    used: set[str] = set()
    out: dict[str, str] = {}
    for fld in FIELDS:
        for a in aliases[fld]:
            col = by_fold.get(a)
            if col is not None and col not in used:
                out[fld] = col
                used.add(col)
                break
    return out


def table_kind(platform: str, columns: list[str], mapping: dict[str, str], post_types: list[str]) -> str:
    """The kind of table: ``content``/``daily`` (YouTube), ``posts``/``overview`` (TikTok),
    ``posts``/``reels`` (Instagram), ``posts`` (X and generic files)."""
    cols = {fold(c) for c in columns}
    per_post = any(f in mapping for f in ("post_id", "title", "url"))
    if platform == "youtube":
        return "content" if per_post else "daily"
    if platform == "tiktok":
        return "overview" if (cols & _DAILY) and not per_post else "posts"
    if platform == "instagram":
        types = [fold(t) for t in post_types if t]
        if types and all("reel" in t for t in types):
            return "reels"
        if not types and ({"plays", "reproducciones"} & cols):
            return "reels"
        return "posts"
    return "posts"


def apply_mapping(auto: dict[str, str], user: Optional[dict], columns: list[str], name: str) -> dict[str, str]:
    """The automatic mapping with the user's edits on top (``{field: column}``; None unmaps)."""
    out = dict(auto)
    for fld, col in (user or {}).items():
        if fld not in ALIASES:
            raise InputError(f"{name}: unknown field {fld!r} in the column mapping (fields: {', '.join(FIELDS)})")
        if col in (None, ""):
            out.pop(fld, None)
            continue
        if col not in columns:
            raise InputError(f"{name}: no column {col!r} for {fld} (columns: {', '.join(map(repr, columns[:15]))})")
        out[fld] = col
    return out


def is_summary(value: object) -> bool:
    """A summary row's label: ``Total``, ``Totales``, ``Total geral``…"""
    if not isinstance(value, str) or len(value) > 16 or value.strip()[:1].lower() not in _SUMMARY_INITIALS:
        return False
    return fold(value) in SUMMARY_LABELS
