"""Emoji that fit a caption's words, its genre and its tone.

- Words -> emoji: a caption word matches an emoji when its stem equals a distinctive word
  of the emoji's CLDR name in the caption's language (the ``emoji`` package ships English and
  Spanish names: "bailar" ~ ":mujer_bailando:" 💃, "fire" ~ ":fire:" 🔥). Only emoji of the
  Emoji Sentiment Ranking are used (the ones people actually post); name words shared by more
  than ``_GENERIC_DF`` of them ("face", "cara", "with") are not distinctive. Several matches:
  the most used emoji wins.
- Genre -> emoji: ``models/captions/genre_emoji.json`` (editorial list).
- Tone: each emoji's sentiment from the Emoji Sentiment Ranking (Kralj Novak et al. 2015,
  CC BY-SA 4.0): ``(positive+1)/(n+3) − (negative+1)/(n+3)`` as in the paper. An emoji whose
  sentiment has the opposite sign to the caption's (beyond ``_TONE_MARGIN`` on both) is not
  added: no 🔥 on a heartbreak caption.
"""
from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional

from viralml_desktop.core import registry

_GENERIC_DF = 20
_TONE_MARGIN = 0.3
_TOP_BY_USE = 3  # among matches of one word, the 3 most used compete on tone
_FUNCTION_ZIPF = 6.1  # caption words this frequent (wordfreq Zipf) are function words: no emoji
# Name words that only modify the emoji's subject ("new moon face", "luna nueva con cara").
_MODIFIERS = {"new", "old", "big", "small", "and", "with", "of", "the", "button", "sign", "symbol",
              "person", "man", "woman", "light", "dark", "medium", "skin", "tone", "nueva", "nuevo",
              "vieja", "viejo", "grande", "con", "de", "del", "la", "el", "los", "las", "botón",
              "signo", "símbolo", "persona", "hombre", "mujer", "claro", "oscuro", "medio", "tono", "piel"}
_VS16 = "\ufe0f"

_WORD = re.compile(r"[^\W\d_]+", re.U)
_SUFFIXES = {
    "es": ("aciones", "ación", "amente", "mente", "ando", "iendo", "ados", "adas", "idos", "idas",
           "ado", "ada", "ido", "ida", "ar", "er", "ir", "os", "as", "es", "a", "o", "e", "s"),
    "en": ("ing", "ed", "es", "er", "s"),
}


@dataclass(frozen=True)
class EmojiInfo:
    char: str
    occurrences: int
    sentiment: float  # in [-1, 1]


def _base(ch: str) -> str:
    return ch.replace(_VS16, "")


def ranking() -> dict[str, EmojiInfo]:
    """Emoji Sentiment Ranking v1.0, keyed by the emoji without variation selector
    (model table entry ``captions_emoji_ranking``)."""
    return registry.get("captions_emoji_ranking")


def _load_ranking(path: Path, device: str) -> dict[str, EmojiInfo]:
    """Loader of the model table's ``captions_emoji_ranking`` (Emoji_Sentiment_Data_v1.0.csv)."""
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    out = {}
    for r in rows:
        n, pos, neg = int(r["Occurrences"]), int(r["Positive"]), int(r["Negative"])
        out[_base(r["Emoji"])] = EmojiInfo(r["Emoji"], n, (pos + 1) / (n + 3) - (neg + 1) / (n + 3))
    return out


def _display_form(ch: str) -> str:
    """The emoji as platforms render it in colour (adds VS16 where the emoji package has it)."""
    import emoji

    return ch + _VS16 if (ch + _VS16) in emoji.EMOJI_DATA and ch not in emoji.EMOJI_DATA else ch


def sentiment_of(ch: str) -> Optional[float]:
    info = ranking().get(_base(ch))
    return info.sentiment if info else None


def _fold(word: str) -> str:
    w = unicodedata.normalize("NFD", word.casefold())
    return "".join(c for c in w if unicodedata.category(c) != "Mn")


def _stem(word: str, lang: str) -> str:
    w = _fold(word)
    for suf in _SUFFIXES.get(lang, ()):
        if w.endswith(suf) and len(w) - len(suf) >= 4:
            return w[: -len(suf)]
    return w


def _names(ch: str, lang: str) -> list[str]:
    import emoji

    data = emoji.EMOJI_DATA.get(ch) or emoji.EMOJI_DATA.get(_display_form(ch)) or {}
    if lang != "en" and lang not in data:
        emoji.config.load_language(lang)
        data = emoji.EMOJI_DATA.get(ch) or emoji.EMOJI_DATA.get(_display_form(ch)) or {}
    names = [data.get(lang)] + (data.get("alias", []) if lang == "en" else [])
    return [n for n in names if n]


@lru_cache(maxsize=4)
def _word_index(lang: str) -> dict[str, tuple[tuple[str, bool], ...]]:
    """stem -> (emoji, whole-name match) for emoji whose CLDR name has that distinctive stem;
    whole-name matches (":fire:" for "fire") first, then the most used."""
    table: dict[str, dict[str, bool]] = {}
    for ch in ranking():
        for name in _names(ch, lang):
            words = [w for w in _WORD.findall(name.strip(":").replace("_", " "))
                     if len(w) >= 3 and w.casefold() not in _MODIFIERS]
            for w in words:
                entry = table.setdefault(_stem(w, lang), {})
                entry[ch] = entry.get(ch, False) or len(words) == 1
    occ = {c: i.occurrences for c, i in ranking().items()}
    return {s: tuple(sorted(cs.items(), key=lambda kv: (not kv[1], -occ[kv[0]])))
            for s, cs in table.items() if len(cs) <= _GENERIC_DF}


def _genre_table() -> dict:
    return registry.get("captions_genre_emoji")


def genre_emoji(genre_key: str) -> list[str]:
    t = _genre_table()
    return list(t["genres"].get(genre_key, t["default"]))


def fits_tone(ch: str, caption_sentiment: Optional[float]) -> bool:
    s = sentiment_of(ch)
    if s is None or caption_sentiment is None:
        return True
    return not ((caption_sentiment <= -_TONE_MARGIN and s >= _TONE_MARGIN)
                or (caption_sentiment >= _TONE_MARGIN and s <= -_TONE_MARGIN))


@dataclass(frozen=True)
class WordMatch:
    end: int  # offset in the text just after the word
    word: str
    emoji: str


def word_matches(text: str, lang: str, caption_sentiment: Optional[float],
                 skip: tuple[tuple[int, int], ...] = ()) -> list[WordMatch]:
    """Emoji fitting words of ``text`` (first occurrence of each emoji), in text order."""
    if lang not in _SUFFIXES:
        return []
    from wordfreq import zipf_frequency

    idx = _word_index(lang)
    out, used = [], set()
    for m in _WORD.finditer(text):
        w = m.group(0)
        if len(w) < 3 or any(a <= m.start() < b for a, b in skip) or zipf_frequency(w, lang) >= _FUNCTION_ZIPF:
            continue
        cands = [(c, exact) for c, exact in idx.get(_stem(w, lang), ())
                 if c not in used and fits_tone(c, caption_sentiment)][:_TOP_BY_USE]
        if not cands:
            continue
        if caption_sentiment is not None:  # whole-name match, then closest in tone (stable: most used)
            cands.sort(key=lambda ce: (not ce[1], round(abs(ranking()[ce[0]].sentiment - caption_sentiment), 1)))
        cands = [c for c, _ in cands]
        used.add(cands[0])
        out.append(WordMatch(m.end(), w, _display_form(cands[0])))
    return out


def genre_choice(genre_key: str, caption_sentiment: Optional[float], exclude: set[str]) -> list[str]:
    """The genre's emoji that fit the tone, in preference order (display form)."""
    return [_display_form(c) for c in genre_emoji(genre_key)
            if _base(c) not in {_base(e) for e in exclude} and fits_tone(c, caption_sentiment)]


def count_emoji(text: str) -> int:
    import emoji

    return emoji.emoji_count(text)
