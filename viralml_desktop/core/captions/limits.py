"""Each platform's caption limits and how it counts characters (sources in models/captions/MODEL_CARD.md).

- X: at most 280 *weighted* characters, counted as twitter-text v3 does: text is NFC
  normalised; code points U+0000–U+10FF, U+2000–U+200D, U+2010–U+201F and U+2032–U+2037
  weigh 1, every other code point 2; an emoji (any sequence: ZWJ families, skin tones,
  flags) weighs 2 as a whole; a URL weighs 23.
- Instagram: caption at most 2,200 characters; at most 5 hashtags (Instagram's limit since
  December 2025, down from 30 — we keep the stricter one).
- TikTok: caption at most 4,000 characters in the app (2,200 through the Content Posting
  API); no hashtag cap.
- YouTube: title at most 100 characters, description at most 5,000 bytes; "<" and ">" are
  refused in both; with more than 60 hashtags YouTube ignores all of them.

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
    platform: str
    max_chars: int  # the caption (YouTube: the description, in bytes)
    unit: str  # "weighted" (X), "chars" (UTF-16 units), "bytes" (UTF-8)
    max_hashtags: Optional[int]  # hard cap: more is refused or all ignored
    hashtags_used: int  # how many we put in the caption (platform guidance, cited)
    max_title_chars: Optional[int] = None  # YouTube only
    forbidden: str = ""  # characters the platform refuses


LIMITS: dict[str, PlatformLimits] = {
    "twitter": PlatformLimits("twitter", 280, "weighted", None, 2),
    "instagram": PlatformLimits("instagram", 2200, "chars", 5, 5),
    "tiktok": PlatformLimits("tiktok", 4000, "chars", None, 5),
    "youtube": PlatformLimits("youtube", 5000, "bytes", 60, 3, max_title_chars=100, forbidden="<>"),
}


def _x_weight(cp: int) -> int:
    for lo, hi in _X_RANGES:
        if lo <= cp <= hi:
            return 1
    return 2


def x_weighted_length(text: str) -> int:
    """X's weighted length of ``text`` (twitter-text v3 configuration)."""
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
    return len(text.encode("utf-16-le")) // 2


def count(text: str, unit: str) -> int:
    if unit == "weighted":
        return x_weighted_length(text)
    if unit == "bytes":
        return len(text.encode("utf-8"))
    return utf16_length(text)


def split_youtube(text: str) -> tuple[str, str]:
    """A YouTube caption is 'title' + blank line + 'description'."""
    title, _, desc = text.partition("\n\n")
    return title, desc


def measure(text: str, platform: str) -> dict:
    """Lengths of ``text`` as ``platform`` counts them, and whether it is within its limits."""
    lim = LIMITS[platform]
    tags = HASHTAG.findall(text)
    out = {"platform": platform, "unit": lim.unit, "limit": lim.max_chars, "hashtags": len(tags),
           "max_hashtags": lim.max_hashtags}
    if platform == "youtube":
        title, desc = split_youtube(text)
        out.update(title_length=utf16_length(title), title_limit=lim.max_title_chars,
                   length=count(desc, lim.unit))
        ok = out["title_length"] <= lim.max_title_chars and not any(c in text for c in lim.forbidden)
    else:
        out["length"] = count(text, lim.unit)
        ok = True
    ok = ok and out["length"] <= lim.max_chars
    if lim.max_hashtags is not None:
        ok = ok and len(tags) <= lim.max_hashtags
    out["within_limits"] = bool(ok)
    return out
