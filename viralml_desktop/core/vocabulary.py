"""The app's one vocabulary: the platforms and the genres, spelled once (stdlib only).

Every request schema, every per-platform table and every GUI combo takes its platforms from
:data:`PLATFORMS` (the order of CONTRACT.md §4: tiktok, instagram, twitter (X), youtube) and
their display names from :data:`PLATFORM_LABELS`; :func:`normalize_platform` reads what people
type ("X", "Twitter / X", " TikTok ").

Genres: :data:`GENRES` holds the genres the app knows with their display labels, and
:data:`GENRE_ALIASES` is the one alias table ("Trap Latino" is trap, "rap" is hip-hop,
"reguetón" is reggaeton). :func:`normalize_genre` reads a free-text genre into a key of the
table a capability has data for: the caption hashtag and emoji tables (``trap``, ``hip hop``,
``electronic`` …) and spotify_by_genre for the virality model (``hip-hop``, ``deep-house`` …).
When that table lacks the genre itself, the genre's broader one (:data:`GENRE_PARENT`) is
used: trap and drill read as hip-hop for the Spotify data, deep house as electronic for the
hashtags.
"""
from __future__ import annotations

import unicodedata
from typing import Iterable, Optional

# -- platforms ---------------------------------------------------------------------------------

PLATFORMS: tuple[str, ...] = ("tiktok", "instagram", "twitter", "youtube")
PLATFORM_LABELS: dict[str, str] = {"tiktok": "TikTok", "instagram": "Instagram", "twitter": "X",
                                   "youtube": "YouTube"}
PLATFORM_ALIASES: dict[str, str] = {"x": "twitter", "twitter/x": "twitter", "x/twitter": "twitter",
                                    "x (twitter)": "twitter", "twitter (x)": "twitter"}


def normalize_platform(value: str) -> str:
    """The canonical platform for what a user typed ('X', 'Twitter / X', ' TikTok ' -> 'tiktok').

    A name that is not a platform comes back folded (stripped, lower case) so that a schema
    can refuse it with the list of platforms."""
    v = " ".join(value.strip().lower().split()).replace(" /", "/").replace("/ ", "/")
    return PLATFORM_ALIASES.get(v, v)


# -- genres ------------------------------------------------------------------------------------

# Display labels, in the order the GUI lists them (the Latin genres first: the app's audience).
GENRES: dict[str, str] = {
    "trap": "Trap", "reggaeton": "Reggaeton", "latin pop": "Latin pop", "pop": "Pop", "hip-hop": "Hip-hop",
    "r&b": "R&B", "rock": "Rock", "electronic": "Electronic", "regional mexicano": "Regional mexicano",
    "bachata": "Bachata", "salsa": "Salsa", "dembow": "Dembow", "drill": "Drill",
    "deep-house": "Deep house", "dubstep": "Dubstep", "metal": "Metal", "country": "Country",
}

# Other spellings and sub-genres of each genre (compared folded: case, accents, - and _ ignored).
# Merged from the caption hashtag table (models/hashtags/genre_platform_tags.json) and the
# spotify_by_genre table of the virality model (models/virality/genre_popularity.json).
GENRE_ALIASES: dict[str, tuple[str, ...]] = {
    "trap": ("latin trap", "trap latino", "trap latin"),
    "reggaeton": ("reguetón", "regueton", "reggaetón", "perreo", "urbano", "latin urban", "urbano latino"),
    "latin pop": ("pop latino", "latin"),
    "hip-hop": ("hip hop", "hiphop", "rap", "boom bap", "rap latino"),
    "r&b": ("rnb", "r and b", "soul"),
    "rock": ("rock en español", "indie rock", "alternative", "alt rock", "alternative rock", "hard rock",
             "punk rock"),
    "electronic": ("edm", "techno", "electrónica"),
    "regional mexicano": ("regional mexican", "corridos", "corridos tumbados", "banda", "norteño", "norteña",
                          "sierreño"),
    "salsa": ("tropical",),
    "drill": ("drill latino",),
    "deep-house": ("house", "tech house"),
    "dubstep": ("brostep", "riddim"),
    "metal": ("heavy metal", "metalcore", "death metal"),
    "country": ("country pop",),
}

# The broader genre to read a genre as when a table has no row of its own for it.
GENRE_PARENT: dict[str, str] = {"trap": "hip-hop", "drill": "hip-hop", "deep-house": "electronic"}


def fold(text: str) -> str:
    """A genre as compared: case folded, accents dropped, '-' and '_' read as spaces."""
    s = unicodedata.normalize("NFD", text.casefold().strip())
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return " ".join(s.replace("-", " ").replace("_", " ").split())


_GENRE_BY_FOLD: dict[str, str] = {fold(g): g for g in GENRES}
_GENRE_BY_FOLD.update({fold(a): g for g, aliases in GENRE_ALIASES.items() for a in aliases})


def normalize_genre(genre: str, known: Optional[Iterable[str]] = None) -> Optional[str]:
    """The genre a free-text genre names, or None when the vocabulary does not know it.

    Without ``known``: a key of :data:`GENRES` ('Trap Latino' -> 'trap', 'rap' -> 'hip-hop').
    With ``known`` (the genres a data table has rows for, in that table's spelling): the row to
    use, falling back on the broader genre ('trap' -> 'hip-hop' when the table has no trap),
    None when the table has neither."""
    g = fold(genre)
    if not g:
        return None
    if known is None:
        return _GENRE_BY_FOLD.get(g)
    table = {fold(k): k for k in known}
    if g in table:
        return table[g]
    key = _GENRE_BY_FOLD.get(g)
    while key is not None:
        if fold(key) in table:
            return table[fold(key)]
        key = GENRE_PARENT.get(key)
    return None


def genre_aliases_onto(known: Iterable[str]) -> dict[str, str]:
    """Every alias the vocabulary knows that reads as one of ``known`` (alias -> that key)."""
    known = list(known)
    out = {}
    for g, aliases in GENRE_ALIASES.items():
        for a in (g,) + aliases:
            k = normalize_genre(a, known)
            if k is not None and fold(a) != fold(k):
                out[a] = k
    return out
