"""Read a caption as written: clean text, its hashtags and @mentions, the song title and the
artist, its language and its writing direction. Shared by optimize_caption and research_hashtags."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from viralml_desktop.core.captions.limits import HASHTAG, MENTION
from viralml_desktop.core.language import detect_language

# "Nueva Vida - Stakas", "Tití Me Preguntó – Bad Bunny", "Song | Artist": title first (CONTRACT.md §4).
# Each side stops at sentence punctuation, so "Nueva Vida - Stakas, te pone a bailar" gives the
# artist "Stakas"; the caption is in "short form" when the pair is all there is.
_SIDE = r"[^\n,.;:!?¡¿()\[\]{}\"“”«»]{1,80}?"
_TITLE_ARTIST = re.compile(rf"^\s*(?P<a>{_SIDE})\s+[-–—|]\s+(?P<b>{_SIDE})\s*(?=$|[\n,.;:!?¡¿(\[])")
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
        The song title and the artist: the ``song_title`` / ``artist`` given, else read from a
        "Title - Artist" body whose two sides look like names; "" when unknown.
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
    short_form: bool = False  # the body is just "Title - Artist"
    language: str = "und"
    rtl: bool = False  # right-to-left letters dominate
    emoji_only: bool = False

    @property
    def protected(self) -> list[str]:
        """What every platform's caption must keep: the song title, the artist and the mentions."""
        out = [self.title, self.artist] + self.mentions
        seen, keep = set(), []
        for t in out:
            if t and t.casefold() not in seen:
                seen.add(t.casefold())
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


def _looks_like_name(side: str) -> bool:
    """A title or an artist: an @handle, or at most 6 words, most of them capitalised."""
    words = side.split()
    if not words or len(words) > 6:
        return False
    if len(words) == 1 and words[0].startswith("@"):
        return True
    caps = sum(1 for w in words if w[:1].isupper() or w[:1].lower() == w[:1].upper())  # caseless scripts count
    return caps * 2 >= len(words) + (1 if len(words) > 1 else 0)


def parse(base_caption: str, artist: str = "", song_title: str = "") -> ParsedCaption:
    import emoji

    text = _clean_text(base_caption)
    m = _TRAILING_TAGS.search(text)
    body = text[: m.start()].rstrip() if m else text
    user_tags = ["#" + t for t in HASHTAG.findall(text)]
    p = ParsedCaption(text=text, body=body, user_tags=list(dict.fromkeys(user_tags)),
                      mentions=list(dict.fromkeys("@" + h for h in MENTION.findall(text))))
    artist, song_title = _clean_text(artist), _clean_text(song_title)
    ta = _TITLE_ARTIST.match(body)
    sides = [emoji.replace_emoji(ta.group(k), replace="").strip() for k in "ab"] if ta else []
    if ta and all(_looks_like_name(x) for x in sides):
        a, b = sides
        if artist and artist.lstrip("@").casefold() == a.lstrip("@").casefold():
            a, b = b, a  # the artist field says which side is the artist
        song_title = song_title or a
        artist = artist or b
        p.short_form = ta.end() == len(body)
    p.title, p.artist = song_title, artist
    stripped = emoji.replace_emoji(body, replace="").strip()
    p.emoji_only = bool(body) and not stripped
    p.language = detect_language(body or text)
    p.rtl = _is_rtl(body)
    return p
