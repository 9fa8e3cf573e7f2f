"""Read a caption as written: clean text, its hashtags and @mentions, the song title and the
artist, its language and its writing direction. Shared by optimize_caption and research_hashtags."""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Callable, Optional

from viralml_desktop.core.captions.limits import HASHTAG, MENTION
from viralml_desktop.core.language import detect_language

# "Title - Artist" (CONTRACT.md §4: title first) is read by its structure, never by capitalisation
# (Spanish writes titles in sentence case: "Tití me preguntó - Bad Bunny"): a title side, a
# separator (" - ", " – ", " — " or " | ") and a list of artists ("A, B", "A & B", "A x B",
# "A ft. B", "A feat. B", "A y B"). A pair is read where a title can start: the caption's start,
# a line's start, after a colon or a sentence's end, or at a quoted title («Sin ti», “Sin ti”,
# "Sin ti", 'Sin ti') anywhere.
_OPEN_QUOTE = {'"': '"', "“": "”", "«": "»", "'": "'", "‘": "’", "„": "“"}
_SEP = re.compile(r"\s+[-–—|]\s+")
# A plain (unquoted) title: no sentence punctuation, quotes, brackets, '#' or '@'; then an optional
# bracketed part ("(Remix)", "(feat. Stakas)") and the separator.
_PLAIN_TITLE = re.compile(r"(?P<t>[^\n,.;:!?¡¿()\[\]{}\"“”«»#@]{1,80}?)"
                          r"(?:\s*[(\[](?P<paren>[^()\[\]\n]{1,60})[)\]])?(?=\s+[-–—|]\s+)")
_MAX_TITLE_WORDS = 7  # a longer unquoted side is a sentence, not a song title
_MAX_ARTIST_WORDS = 6  # per artist ("La Arrolladora Banda El Limón" is 5)
_MAX_ARTISTS = 8  # a longer list is read up to its 8th name
# Joiners between artists; "," and "y" also join clauses, so the name after them must be written
# as a name (capital initial, @handle, digit or a caseless script) to count as one more artist.
_JOINER = re.compile(r"\s*(?:(?P<weak>,|\sy(?=\s))|(?P<strong>&|\+|\s[xX](?=\s)|\s(?:ft|feat|Ft|Feat|FT|FEAT)"
                     r"\.?(?=\s)|\sfeaturing(?=\s)))\s*")
_CREDIT = re.compile(r"^(?:ft|feat|featuring|con|with|w/)\.?\s+(?P<names>.+)$", re.I)
# An artist field's joiners: the caption's, and "con", "with", "w/" and a credit written without its
# space ("feat.Sol"); in a field the user lists artists, so these join names there.
_FIELD_JOINER = re.compile(r"\s*(?:,|&|\+|\s(?:x|y|con|with|w/)(?=\s)|(?:(?<=\s)|^)(?:featuring|feat|ft)\b\.?)\s*",
                           re.I)
# A bracketed credit in a field: "Luna Roja (feat. Sol)", "<ft. Sol>", "[con Sol]"
_FIELD_CREDIT = re.compile(r"[(\[{<]\s*((?:(?:featuring|feat|ft|con|with)\b\.?|w/)[^)\]}>]*)[)\]}>]", re.I)
#: Words that credit a featured artist: never an artist's name, nor a hashtag of their own.
CREDIT_WORDS = frozenset({"ft", "feat", "featuring", "con", "with", "w/", "x", "y", "prod"})
_NAME_WORD = re.compile(r"[^\s,.;:!?¡¿()\[\]{}<>\"“”«»#&|+]+")
_STARTS = re.compile(r"(?:^|\n|[.:!?…]\s+)\s*", re.M)
_TRAILING_TAGS = re.compile(r"(?:\s*(?<![\w&])#\w+)+\s*$", re.U)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SPACES = re.compile(r"[ \t\u00a0]+")
_TAG_WORDS = re.compile(r"[^\W_]+", re.U)


@dataclass
class ParsedCaption:
    """A caption as written, read into its parts (:func:`parse` builds it).

    Attributes
    ----------
    text : str
        The cleaned caption: NFC, no control characters, tidy spaces, at most one blank line.
    body : str
        ``text`` without its trailing block of hashtags.
    user_tags : list of str
        The hashtags the user wrote, as written ("#NuevaVida"), without repeats.
    mentions : list of str
        The @mentions, as written, without repeats.
    title, artist : str
        The song title and the artist side as written ("Bad Bunny, Jhay Cortez"): the
        ``song_title`` / ``artist`` given, else read from the caption's "Title - Artist(s)" pair
        by its structure (:func:`parse`); "" when unknown.
    artists : list of str
        The artists one by one (["Bad Bunny", "Jhay Cortez"]); [] when unknown.
    pair_text : str
        The "Title - Artist(s)" pair as the body writes it ('«Sin ti» - Luna Roja & Stakas'), kept
        whole when a caption is cut; "" when the body has none.
    short_form : bool
        The body is just "Title - Artist".
    language : str
        "es", "en" or "und" (``core.language.detect_language``).
    rtl : bool
        Right-to-left letters dominate the body.
    emoji_only : bool
        The body holds emoji and nothing else.
    """

    text: str  # cleaned caption (NFC, no control characters, tidy spaces)
    body: str  # the text without its trailing block of hashtags
    user_tags: list[str] = field(default_factory=list)  # hashtags the user wrote, as written
    mentions: list[str] = field(default_factory=list)  # @mentions, as written
    title: str = ""
    artist: str = ""
    artists: list[str] = field(default_factory=list)  # one name each
    pair_text: str = ""  # the "Title - Artist(s)" pair as the body writes it
    short_form: bool = False  # the body is just "Title - Artist"
    language: str = "und"
    rtl: bool = False  # right-to-left letters dominate
    emoji_only: bool = False

    @property
    def protected(self) -> list[str]:
        """What every platform's caption must keep: the song title, the artist(s) and the mentions
        (a name already inside a kept one, "Bad Bunny" in "Bad Bunny, Jhay Cortez", once)."""
        keep: list[str] = []
        for t in [self.title, self.artist] + self.artists + self.mentions:
            if t and not any(t.casefold() in k.casefold() for k in keep):
                keep.append(t)
        return keep


def _clean_text(s: str) -> str:
    s = unicodedata.normalize("NFC", s.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " "))
    s = _CONTROL.sub("", s)
    lines = [_SPACES.sub(" ", line).strip() for line in s.split("\n")]
    s = "\n".join(lines)
    while "\n\n\n" in s:
        s = s.replace("\n\n\n", "\n\n")
    return s.strip()


def _is_rtl(text: str) -> bool:
    rtl = ltr = 0
    for c in text:
        b = unicodedata.bidirectional(c)
        if b in ("R", "AL"):
            rtl += 1
        elif b == "L":
            ltr += 1
    return rtl > ltr


def make_tag(text: str) -> str:
    """'Nueva Vida' -> '#NuevaVida', '@stakas' -> '#stakas'; '' when no letters or only digits."""
    words = _TAG_WORDS.findall(text.lstrip("@#"))
    if not words:
        return ""
    tag = words[0] if len(words) == 1 else "".join(w[:1].upper() + w[1:] for w in words)
    return "" if tag.isdigit() else "#" + tag[:100]


def _name_initial(word: str) -> bool:
    """A word written as a name starts: a capital, an @handle, a digit or a caseless script."""
    c = word[:1]
    return bool(c) and (c == "@" or c.isdigit() or c.isupper() or (c.isalpha() and c.lower() == c.upper()))


def _written_as_name(words: list[str]) -> bool:
    """An artist written as a name: its first word starts as a name does (:func:`_name_initial`);
    a number must be part of it ("2Pac") or be followed by a capitalised word ("50 Cent", "21
    Savage"), so "20 de mayo" is a date, not an artist."""
    first = words[0]
    if not _name_initial(first):
        return False
    if first[:1].isdigit() and not any(c.isalpha() for c in first):
        return len(words) > 1 and _name_initial(words[1]) and not words[1][:1].isdigit()
    return True


def _has_letter(text: str) -> bool:
    return any(c.isalpha() for c in text)


def _skip_decoration(body: str, i: int) -> int:
    """``i`` moved past spaces and emoji (a caption may open with "🔥 Nueva vida - ...")."""
    while i < len(body) and (body[i] in " \t" or unicodedata.category(body[i]) in ("So", "Sk", "Cf", "Mn")):
        i += 1
    return i


def split_names(text: str) -> list[str]:
    """An artist field as its artists.

    Parameters
    ----------
    text : str
        Artists as a user types them: "Bad Bunny, Jhay Cortez", "Luna Roja ft. Stakas".

    Returns
    -------
    list of str
        The names in order, without repeats, split at ",", "&", "+", "x", "y", "con", "with",
        "w/", "ft.", "feat." and "featuring" in any case, a bracketed credit ("(feat. Sol)",
        "<ft. Sol>") read as one (a field is the user's own statement, so no name test applies);
        a credit word alone is no name. [] for a blank field.

    Examples
    --------
    >>> split_names("Bad Bunny, Jhay Cortez y Luna Roja")
    ['Bad Bunny', 'Jhay Cortez', 'Luna Roja']
    >>> split_names("Luna Roja & Bad Company <feat. Sol>")
    ['Luna Roja', 'Bad Company', 'Sol']
    """
    text = text.strip()
    if not text:
        return []
    flat = _FIELD_CREDIT.sub(lambda m: f" {m.group(1).strip()} ", text)
    names, pos = [], 0
    for m in _FIELD_JOINER.finditer(flat):
        names.append(flat[pos:m.start()].strip())
        pos = m.end()
    names = [x.strip(" .,;:-") for x in names + [flat[pos:].strip()]]
    names = [x for x in names if x and x.casefold() not in CREDIT_WORDS]
    return list(dict.fromkeys(names)) or [text]


def _artists_at(body: str, j: int, name_first: bool) -> Optional[tuple[list[str], int]]:
    """The artists listed from ``body[j]`` on and where the list ends; None when no artist
    starts there. ``name_first``: the first artist must be written as a name (a pair read
    mid-caption)."""
    import emoji

    artists: list[str] = []
    end, pos, joiner = j, j, None
    while True:
        words, start, k, wend = [], None, pos, pos
        while True:
            if words and _JOINER.match(body, k):
                break
            while k < len(body) and body[k] in " \t":
                k += 1
            m = _NAME_WORD.match(body, k)
            if not m:
                break
            w = m.group(0)
            if not emoji.replace_emoji(w, replace="").strip() or w.strip("-–—") == "" or w[0] in _OPEN_QUOTE:
                break  # an emoji, a separator or a quote closes the list
            if w.startswith("@") and words:  # a mention after the name is not part of it
                break
            start = m.start() if start is None else start
            words.append(w)
            k = wend = m.end()
            if len(w) <= 3 and w[:1].isupper() and body[k:k + 2] == ". " and k + 2 < len(body) \
                    and _name_initial(body[k + 2]):  # an initial or title: "J. Balvin", "Dr. Dre"
                k = wend = k + 1
            if w.startswith("@") or len(words) > _MAX_ARTIST_WORDS:  # a handle is a whole artist
                break
        item = body[start:wend] if start is not None else ""
        ok = bool(words) and len(words) <= _MAX_ARTIST_WORDS and _has_letter(item)
        if ok and (joiner == "weak" or (joiner is None and name_first)):
            ok = _written_as_name(words)
        if not ok:
            return (artists, end) if artists else None
        if item.rstrip(".").casefold() not in {a.casefold() for a in artists}:
            artists.append(item.rstrip("."))
        end = wend
        if len(artists) >= _MAX_ARTISTS:
            return artists, end
        jm = _JOINER.match(body, end)
        if not jm:
            return artists, end
        joiner = "weak" if jm.group("weak") else "strong"
        pos = jm.end()


@dataclass
class _Pair:
    title: str
    artists: list[str]
    artist_text: str  # the artist side as written
    start: int
    end: int
    quoted: bool = False  # the title is in quotes


def _quoted_at(body: str, i: int) -> Optional[tuple[str, int]]:
    q = body[i:i + 1]
    if q not in _OPEN_QUOTE:
        return None
    e = body.find(_OPEN_QUOTE[q], i + 1, i + 102)  # a title is at most 100 characters
    inner = body[i + 1:e] if e > i + 1 else ""
    if not inner.strip() or "\n" in inner or len(inner) > 100 or not _has_letter(inner):
        return None
    return inner.strip(), e + 1


def _pair_at(body: str, s: int, name_first: bool, quoted_only: bool) -> Optional[_Pair]:
    """A "Title - Artist(s)" pair starting at ``body[s]``, or None."""
    import emoji

    s = _skip_decoration(body, s)
    featured: list[str] = []
    quoted = _quoted_at(body, s)
    if quoted:
        title, after = quoted
        sep = re.compile(r"\s*[-–—|]\s+").match(body, after)
        if not sep:
            return None
    elif quoted_only:
        return None
    else:
        m = _PLAIN_TITLE.match(body, s)
        if not m:
            return None
        title = emoji.replace_emoji(m.group("t"), replace="").strip().lstrip("-–—•·*> ").strip()  # a bullet
        if len(title.split()) > _MAX_TITLE_WORDS or not _has_letter(title) or re.search(r"(?:^|\s)['‘]", title):
            return None  # a sentence, or text before a quoted title ("Escucha 'Sin ti' | ...")
        paren = (m.group("paren") or "").strip()
        credit = _CREDIT.match(paren)
        if credit:
            featured = split_names(credit.group("names"))
        elif paren:
            title = f"{title} ({paren})"
        sep = _SEP.match(body, m.end())
        back = _quoted_at(body, sep.end())  # 'Luna Roja - "Sin ti"': the quoted side is the title
        if back and not featured and not paren:
            names = split_names(title)
            if all(len(n.split()) <= _MAX_ARTIST_WORDS for n in names):
                return _Pair(back[0], names, title, s, back[1], quoted=True)
    got = _artists_at(body, sep.end(), name_first)
    if not got:
        return None
    artists, end = got
    artists += [f for f in featured if f.casefold() not in {a.casefold() for a in artists}]
    return _Pair(title, artists, body[sep.end():end], s, end, quoted=bool(quoted))


def find_pair(body: str, accept: Optional[Callable[[_Pair], bool]] = None) -> Optional[_Pair]:
    """The first "Title - Artist(s)" pair of a caption body.

    Parameters
    ----------
    body : str
        A cleaned caption body (:func:`parse` builds it).
    accept : callable, optional
        A pair -> whether to take it; a pair it refuses is passed over for the next one. Default:
        every pair.

    Returns
    -------
    _Pair or None
        ``title``, ``artists`` (one name each), ``artist_text`` (the artist side as written),
        ``quoted`` (the title is in quotes) and the pair's ``[start, end)`` offsets in ``body``;
        None when there is none. Looked for at the body's start, then in text order at a line's
        start, a quoted title, or after a colon or a sentence's end (there the first artist must be
        written as a name).
    """
    accept = accept or (lambda pair: True)
    pair = _pair_at(body, 0, False, False)
    if pair and accept(pair):
        return pair
    starts = []
    for m in _STARTS.finditer(body):
        if m.end() > 0 and m.end() < len(body):
            line = m.group(0).startswith("\n") or body[m.start() - 1:m.start()] == "\n"
            starts.append((m.end(), not line, False))
    starts += [(i, False, True) for i, c in enumerate(body)
               if c in _OPEN_QUOTE and (i == 0 or not body[i - 1].isalnum())]
    for i, name_first, quoted_only in sorted(starts):
        pair = _pair_at(body, i, name_first, quoted_only)
        if pair and accept(pair):
            return pair
    return None


def _fold(names: list[str]) -> set[str]:
    """Names compared as a user means them: no "@", case folded."""
    return {x.lstrip("@").casefold() for x in names}


def _squeezed(text: str) -> str:
    """A name as a handle or hashtag writes it: letters and digits only, case folded ("Luna Roja" -> "lunaroja")."""
    return "".join(c for c in text if c.isalnum()).casefold()


#: Titles that name an event, not a song ("Concierto - Madrid", "Gira 2026 - México", "Tour 2026 - Mexico"):
#: compared without digits, punctuation, accents or case.
EVENT_TITLES = frozenset({
    "concierto", "conciertos", "gira", "tour", "world tour", "gira mundial", "concert", "concerts", "show",
    "festival", "en vivo", "en directo", "directo", "live", "live show", "entrevista", "interview",
    "firma de discos", "meet and greet", "presentacion", "showcase", "ensayo", "rehearsal", "sold out",
})


def _plain(text: str) -> str:
    """Letters and spaces only, no accents, case folded: "Gira 2026!" -> "gira", "México" -> "mexico"."""
    letters = unicodedata.normalize("NFKD", text)
    letters = "".join(c if c.isalpha() else " " for c in letters if not unicodedata.combining(c))
    return " ".join(letters.casefold().split())


@functools.lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    """Countries and cities by name in English and Spanish (CLDR through Babel: every territory's
    name and every tzdata zone's city, "México", "Mexico City", "Ciudad de México", "Londres"),
    as :func:`_plain` writes them."""
    from babel import Locale
    from babel.dates import get_timezone_location

    from viralml_desktop.core.timezones import country_zones, country_names

    names: set[str] = set()
    zones = {z.zone for code in country_names() for z in country_zones(code)}
    for lang in ("en", "es"):
        names.update(Locale(lang).territories.values())
        for zone in zones:
            names.add(get_timezone_location(zone, locale=lang, return_city=True))
    return frozenset(filter(None, map(_plain, names)))


def _unambiguous(pair: _Pair, handles: set[str]) -> bool:
    """Whether a "Title - Artist" pair reads as one without the request naming its title or artist.

    "Concierto - Madrid" and "Gira 2026 - México" have the shape of "Nueva Vida - Stakas" (CONTRACT.md
    §4's example, read without an artist field): an unquoted side, a dash and a name. A pair with one
    artist is not read on its own when that artist is a place (a country or a city, :func:`_places`)
    or its title names an event (:data:`EVENT_TITLES`), unless its title is quoted, its artist is
    an @handle, or the caption names the artist again as an @mention or a hashtag (``handles``:
    the caption's mentions and hashtags as :func:`_squeezed` writes them). Two or more artists
    ("A & B", a "(feat. B)" credit) are read as a pair."""
    if pair.quoted or len(pair.artists) > 1:
        return True
    name = pair.artists[0]
    if name.startswith("@") or _squeezed(name) in handles:
        return True
    return _plain(pair.title) not in EVENT_TITLES and _plain(name) not in _places()


def _looks_like_name(side: str) -> bool:
    """A title or an artist written as a name: an @handle, or at most 6 words, most of them
    capitalised. Used by emoji placement's protected spans, not by :func:`parse`, which reads
    "Title - Artist" by its structure (Spanish titles are in sentence case)."""
    words = side.split()
    if not words or len(words) > 6:
        return False
    if len(words) == 1 and words[0].startswith("@"):
        return True
    caps = sum(1 for w in words if w[:1].isupper() or w[:1].lower() == w[:1].upper())  # caseless scripts count
    return caps * 2 >= len(words) + (1 if len(words) > 1 else 0)


def parse(base_caption: str, artist: str = "", song_title: str = "") -> ParsedCaption:
    """Read a caption into its parts.

    Parameters
    ----------
    base_caption : str
        The caption as written (any length; hashtags, @mentions, emoji, several lines).
    artist : str, optional
        The artist(s) when the user gives them ("Bad Bunny, Jhay Cortez", "@stakas"); else read
        from the caption.
    song_title : str, optional
        The song title when the user gives it; else read from the caption.

    Returns
    -------
    ParsedCaption
        ``title``, ``artist`` (the artist side as written) and ``artists`` (one name each) come
        from the fields when given, else from the caption's first "Title - Artist(s)" pair, read by
        its structure, never its capitalisation: a title (quoted or not; an unquoted one at most
        7 words), a separator (" - ", " – ", " — ", " | ") and artists joined by ",", "&", "+",
        "x", "ft.", "feat.", "featuring" or "y", each at most 6 words. A pair is read at the
        caption's start, a line's start, a quoted title anywhere, or after a colon or a sentence's
        end. After "," or "y", and for a pair read after a colon or a sentence's end, a name
        must be written as one (capital initial, @handle, digit or caseless script): "Nueva Vida -
        Stakas, te pone a bailar" names one artist. A quoted side is the title in either order
        ('Luna Roja - "Sin ti"'); a credit in the title's brackets ("Sin ti (feat. Stakas)") adds
        its artists. A pair with one artist that is a place or after an event's name ("Concierto -
        Madrid", "Gira 2026 - México", "Concert - London") is read only when the request names one
        of its sides (``artist`` or ``song_title``), its title is quoted, its artist is an @handle
        or the caption names the artist again as an @mention or hashtag (:func:`_unambiguous`); a
        pair passed over leaves the next one to be read. "Broken - Stakas" is read, with
        ``artist="Stakas"`` or without.

    Notes
    -----
    The text is cleaned (NFC, no control characters, tidy spaces) but never rewritten.
    """
    import emoji

    text = _clean_text(base_caption)
    m = _TRAILING_TAGS.search(text)
    body = text[: m.start()].rstrip() if m else text
    user_tags = ["#" + t for t in HASHTAG.findall(text)]
    p = ParsedCaption(text=text, body=body, user_tags=list(dict.fromkeys(user_tags)),
                      mentions=list(dict.fromkeys("@" + h for h in MENTION.findall(text))))
    artist, song_title = _clean_text(artist), _clean_text(song_title)
    given = split_names(artist)
    artists = list(given)
    handles = {_squeezed(t) for t in p.mentions + p.user_tags}

    def named(pair: _Pair) -> bool:  # the request's title or artist(s) is one side of the pair
        sides = fold(pair.artists) | fold(split_names(pair.title))
        return (bool(given) and bool(fold(given) & sides)
                or bool(song_title) and song_title.casefold() in {pair.title.casefold(), pair.artist_text.casefold()})

    fold = _fold
    pair = find_pair(body, lambda pair: named(pair) or _unambiguous(pair, handles))
    if pair:
        title, names, side = pair.title, pair.artists, pair.artist_text
        if given and fold(given) == fold(split_names(title)):
            title, names, side = side, given, artist  # the artist field says which side is the artist
        elif not given and song_title and song_title.casefold() == side.casefold() != title.casefold():
            title, names, side = side, split_names(title), title  # so does the title field ("Stakas - Broken")
        if not given or fold(given) <= fold(names):  # the field, if any, names some of the listed artists
            artist, artists = side, names
        elif fold(given) & fold(names):
            artists = given + [n for n in names if n.lstrip("@").casefold() not in fold(given)]
        song_title = song_title or title
        p.pair_text = body[pair.start:pair.end]
        lead = emoji.replace_emoji(body[:pair.start], replace="").strip() if body[:pair.start].strip() else ""
        p.short_form = not lead and not body[pair.end:].strip()
    p.title, p.artist, p.artists = song_title, artist, artists
    stripped = emoji.replace_emoji(body, replace="").strip()
    p.emoji_only = bool(body) and not stripped
    p.language = detect_language(body or text)
    p.rtl = _is_rtl(body)
    return p
