"""Each platform's caption limits and how it counts characters (sources in models/captions/MODEL_CARD.md).

- X: at most 280 *weighted* characters, counted as twitter-text v3 does: text is NFC
  normalised; code points U+0000–U+10FF, U+2000–U+200D, U+2010–U+201F and U+2032–U+2037
  weigh 1, every other code point 2; an emoji (any sequence: ZWJ families, skin tones,
  flags) weighs 2 as a whole; a URL weighs 23.
- Instagram: caption at most 2,200 characters; at most 5 hashtags (Instagram's limit since
  December 2025, down from 30 — we keep the stricter one).
- TikTok: caption at most 4,000 characters in the app (2,200 through the Content Posting
  API); no hashtag cap.
- YouTube: title at most 100 characters, description at most 5,000 characters (what YouTube
  Studio counts and shows) and, for an upload through the Data API, 5,000 UTF-8 bytes (the
  stricter of the two for accented or emoji text; both are checked); "<" and ">" are refused
  in both; with more than 60 hashtags YouTube ignores all of them.

Characters are counted as UTF-16 code units (an emoji outside the BMP counts 2), which is
what the web and mobile composers count and never less than the number of code points.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Optional

_X_RANGES = ((0x0000, 0x10FF), (0x2000, 0x200D), (0x2010, 0x201F), (0x2032, 0x2037))
_X_URL_WEIGHT = 23
# A URL with a scheme or www. and a host ending in a TLD: X counts it 23. A bare domain
# ("stakas.com/tour") may or may not be linked by X: counted max(23, its own weight).
_URL = re.compile(r"(?:https?://|www\.)(?:[\w-]+\.)+[a-z]{2,63}(?![\w-])[^\s<>\"]*", re.I)
_BARE_DOMAIN = re.compile(r"(?<![\w@#./-])(?:[\w-]+\.)+[a-z]{2,63}(?![\w-])(?:/[^\s<>\"]*)?", re.I)
HASHTAG = re.compile(r"(?<![\w&])#(\w+)", re.U)
MENTION = re.compile(r"(?<![\w@])@(\w{1,30})", re.U)


@dataclass(frozen=True)
class PlatformLimits:
    """One platform's caption limits (sources: models/captions/MODEL_CARD.md).

    Attributes
    ----------
    platform : str
        "twitter", "instagram", "tiktok" or "youtube".
    max_chars : int
        The caption's limit (YouTube: the description's), in ``unit``.
    unit : str
        How ``max_chars`` is counted: "weighted" (X's weighted characters), "chars" (UTF-16
        code units) or "bytes" (UTF-8).
    max_hashtags : int or None
        Hard cap: more is refused or all are ignored; None when there is none.
    hashtags_used : int
        How many hashtags the optimiser puts in a caption (the platform's guidance).
    max_title_chars : int or None
        YouTube only: the title's limit, in UTF-16 code units.
    forbidden : str
        Characters the platform refuses (YouTube: "<" and ">").
    max_bytes : int or None
        YouTube only: the description's limit in UTF-8 bytes (the Data API's), checked beside
        ``max_chars``.
    """

    platform: str
    max_chars: int  # the caption (YouTube: the description), in ``unit``
    unit: str  # "weighted" (X), "chars" (UTF-16 units), "bytes" (UTF-8)
    max_hashtags: Optional[int]  # hard cap: more is refused or all ignored
    hashtags_used: int  # how many we put in the caption (platform guidance, cited)
    max_title_chars: Optional[int] = None  # YouTube only
    forbidden: str = ""  # characters the platform refuses
    max_bytes: Optional[int] = None  # YouTube only: the description's UTF-8 bytes (Data API)


#: Each platform's limits, by platform name (sources: models/captions/MODEL_CARD.md).
LIMITS: dict[str, PlatformLimits] = {
    "twitter": PlatformLimits("twitter", 280, "weighted", None, 2),
    "instagram": PlatformLimits("instagram", 2200, "chars", 5, 5),
    "tiktok": PlatformLimits("tiktok", 4000, "chars", None, 5),
    "youtube": PlatformLimits("youtube", 5000, "chars", 60, 3, max_title_chars=100, forbidden="<>", max_bytes=5000),
}


def _x_weight(cp: int) -> int:
    for lo, hi in _X_RANGES:
        if lo <= cp <= hi:
            return 1
    return 2


def x_weighted_length(text: str) -> int:
    """X's weighted length of ``text``, as X counts it against its 280 limit.

    Parameters
    ----------
    text : str
        A post; "\\r\\n" and "\\r" count as one newline.

    Returns
    -------
    int
        Weighted characters: code points U+0000–U+10FF, U+2000–U+200D, U+2010–U+201F and
        U+2032–U+2037 weigh 1, every other code point 2; an emoji sequence (ZWJ family,
        skin tone, flag) weighs 2 as a whole; a URL with a scheme or "www." weighs 23; a bare
        domain ("stakas.com/tour") max(23, its own weight), since X may or may not link it.

    Notes
    -----
    The text is NFC-normalised first, as twitter-text does. The counter reproduces the
    published examples of X's "Counting characters" page (checked in
    tests/test_captions_core.py).

    References
    ----------
    .. [1] X developer docs, "Counting characters" (docs.x.com/fundamentals/counting-characters),
           and the twitter-text v3 configuration (github.com/twitter/twitter-text,
           ``config/v3.json``); cited in models/captions/MODEL_CARD.md.

    Examples
    --------
    >>> x_weighted_length("Hello, world! 👋")
    16
    >>> x_weighted_length("english text 日本語 😷 https://example.com")
    46
    """
    import emoji

    t = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    total = 0
    pos = 0
    spans = [(m.start(), m.end(), _X_URL_WEIGHT) for m in _URL.finditer(t)]
    linked = [(a, b) for a, b, _ in spans]
    for m in _BARE_DOMAIN.finditer(t):
        if not any(a <= m.start() < b for a, b in linked):
            own = sum(_x_weight(ord(c)) for c in m.group(0))
            spans.append((m.start(), m.end(), max(_X_URL_WEIGHT, own)))
    spans += [(e["match_start"], e["match_end"], 2) for e in emoji.emoji_list(t)]
    spans.sort()
    for start, end, weight in spans:
        if start < pos:  # an emoji inside a URL: the URL already counted it
            continue
        total += sum(_x_weight(ord(c)) for c in t[pos:start]) + weight
        pos = end
    total += sum(_x_weight(ord(c)) for c in t[pos:])
    return total


def utf16_length(text: str) -> int:
    """Length in UTF-16 code units (what the web and mobile composers count)."""
    return len(text.encode("utf-16-le")) // 2


def _count(text: str, unit: str) -> int:
    if unit == "weighted":
        return x_weighted_length(text)
    if unit == "bytes":
        return len(text.encode("utf-8"))
    return utf16_length(text)


def _split_youtube(text: str) -> tuple[str, str]:
    """A YouTube caption is 'title' + blank line + 'description'."""
    title, _, desc = text.partition("\n\n")
    return title, desc


def measure(text: str, platform: str) -> dict:
    """Lengths of a caption as a platform counts them, and whether it is within its limits.

    Parameters
    ----------
    text : str
        The caption. YouTube: the title line, a blank line, then the description.
    platform : str
        "twitter", "instagram", "tiktok" or "youtube" (a key of :data:`LIMITS`).

    Returns
    -------
    dict
        ``platform``; ``unit`` ("weighted", "chars" or "bytes"); ``limit`` and ``length`` in that
        unit (YouTube: of the description, in characters); ``hashtags`` (how many the text holds)
        and ``max_hashtags`` (None: no cap); YouTube also ``title_length`` and ``title_limit``
        (UTF-16 code units) and ``bytes`` / ``byte_limit`` (the description's UTF-8 bytes and the
        Data API's limit); ``within_limits`` (bool: length, title length, hashtag count and, on
        YouTube, the bytes and no forbidden character).

    Raises
    ------
    KeyError
        When ``platform`` is not a key of :data:`LIMITS` (requests are validated before).

    Notes
    -----
    X counts weighted characters (:func:`x_weighted_length`); Instagram and TikTok UTF-16 code
    units; YouTube's description is counted in characters (UTF-16 units) and its UTF-8 bytes are
    checked too (the Data API's limit). The limits and their sources:
    models/captions/MODEL_CARD.md.

    Examples
    --------
    >>> measure("Nueva Vida - Stakas 🔥 #trap", "twitter")["length"]
    28
    """
    lim = LIMITS[platform]
    tags = HASHTAG.findall(text)
    out = {"platform": platform, "unit": lim.unit, "limit": lim.max_chars, "hashtags": len(tags),
           "max_hashtags": lim.max_hashtags}
    if platform == "youtube":
        title, desc = _split_youtube(text)
        out.update(title_length=utf16_length(title), title_limit=lim.max_title_chars,
                   length=_count(desc, lim.unit), bytes=_count(desc, "bytes"), byte_limit=lim.max_bytes)
        ok = (out["title_length"] <= lim.max_title_chars and out["bytes"] <= lim.max_bytes
              and not any(c in text for c in lim.forbidden))
    else:
        out["length"] = _count(text, lim.unit)
        ok = True
    ok = ok and out["length"] <= lim.max_chars
    if lim.max_hashtags is not None:
        ok = ok and len(tags) <= lim.max_hashtags
    out["within_limits"] = bool(ok)
    return out
