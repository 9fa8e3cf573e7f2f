"""Emoji that fit a caption's sentences, its genre and its tone.

- Where: at the end of a sentence or clause only (after ".", "!", "?", "…", ";", a line end, or
  the end of the text), never between the words of a sentence, and never inside the song title,
  the artist, an @mention, a #tag, a link, a quoted title or a "Title - Artist" pair
  (:func:`protected_spans`). A sentence that is nothing but such a name gets no emoji unless it
  is the whole caption.
- What: the meaning of the whole clause. A clause is about a concept of
  ``models/captions/emoji_concepts.json`` (heartbreak, party, release, gratitude…) when its text,
  names masked out, holds one of the concept's phrases; phrases are multi-word wherever a single
  word is ambiguous ("se vino abajo" is not wine, "she left" is not an arrow). A negative clause
  sentiment (the comment-sentiment model, ``comments.score_texts``) vetoes a positive concept
  only when the caption names heartbreak, sadness or loss (the model reads defiance, "nadie me
  frena", as negative); those explicit concepts are never vetoed; in a clause naming a loss the
  loss wins, else a concept of the clause's own tone wins over a neutral one. With no concept
  anywhere, the last sentence gets one emoji from its tone: the genre's emoji
  (``models/captions/genre_emoji.json``) for a positive or neutral caption, a sad one for a
  negative caption.
- Tone: each emoji's sentiment from the Emoji Sentiment Ranking (Kralj Novak et al. 2015,
  CC BY-SA 4.0): ``(positive+1)/(n+3) − (negative+1)/(n+3)`` as in the paper. An emoji whose
  sentiment has the opposite sign to the caption's (beyond ``_TONE_MARGIN`` on both) is not
  added: no 🔥 on a heartbreak caption.

Measured on a held-out labelled set of Spanish and English captions written before its errors
were looked at (training/caption_emoji_eval.py, models/captions/metrics.json ``emoji_placement``:
``held_out``; ``development`` is what the phrases and rules were tuned on).
"""
from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable, Optional, Sequence

from viralml_desktop.core import registry

_TONE_MARGIN = 0.3
_CLAUSE_TONE = 0.3  # a clause this far below 0 (score_texts, -1..1) contradicts a positive concept
_VS16 = "\ufe0f"
_WORD = re.compile(r"[^\W\d_]+", re.U)
CONCEPTS_FILE = "captions/emoji_concepts.json"
_HYPE = {"hype", "party"}  # concepts left out of a caption that speaks of heartbreak or sadness

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


def _fold(text: str) -> str:
    """Lower case, accents removed (same length as ``text`` for Latin script)."""
    out = []
    for c in text.casefold() if len(text.casefold()) == len(text) else text.lower():
        d = unicodedata.normalize("NFD", c)
        out.append(d[0] if d else c)
    return "".join(out)


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


def genre_choice(genre_key: str, caption_sentiment: Optional[float], exclude: set[str]) -> list[str]:
    """The genre's emoji that fit the tone, in preference order (display form)."""
    return [_display_form(c) for c in genre_emoji(genre_key)
            if _base(c) not in {_base(e) for e in exclude} and fits_tone(c, caption_sentiment)]


def count_emoji(text: str) -> int:
    import emoji

    return emoji.emoji_count(text)


# -- where emoji may go: clause ends outside names ----------------------------------------

_URL = re.compile(r"(?:https?://|www\.)\S+", re.I)
_HANDLE_OR_TAG = re.compile(r"(?<![\w@#&])(?:@\w+(?:\.\w+)*|#\w+)", re.U)  # "@jhay.flow" is one handle
_QUOTED = re.compile(r"\"[^\"\n]{1,80}\"|“[^”\n]{1,80}”|«[^»\n]{1,80}»|(?<!\w)'[^'\n]{2,60}'(?!\w)")
_CREDIT = re.compile(r"[(\[](?:feat|ft|prod|with|con)\b\.?[^)\]\n]{0,80}[)\]]"
                     r"|(?<!\w)(?:feat|ft|prod)\.?\s+[^\n.,;:!?()\[\]]{1,60}", re.I)
_SEGMENT = re.compile(r"[^\n.,;:!?¡¿()\[\]\"“”«»]+")
_PAIR = re.compile(r"^\s*(?P<a>\S(?:.{0,78}?\S)?)\s+[-–—|]\s+(?P<b>\S(?:.{0,78}?\S)?)\s*$")
# a sentence or clause ends after a run of these (a "." between digits is a decimal point)
_CLAUSE_END = re.compile(r"(?:(?<!\d)(?<!\bft)(?<!\bfeat)(?<!\bprod)(?<!\bvs)(?<!\bvol)\.(?!\d)|[!?…;])+"
                         r"[\"”»')\]]*|\n", re.I)


def protected_spans(text: str, names: Sequence[str] = ()) -> list[tuple[int, int]]:
    """Character spans of ``text`` that no emoji may go inside.

    Parameters
    ----------
    text : str
        The caption body.
    names : sequence of str
        The song title, the artist and the mentions known from the request or the parse;
        every case-insensitive occurrence is protected.

    Returns
    -------
    list of (int, int)
        ``[start, end)`` offsets, sorted, overlapping spans merged: the names, @handles,
        #tags, links, quoted titles ("…", “…”, «…», '…'), credits such as "(feat. X)", and
        every "Title - Artist" (or "|", "–", "—") pair whose two sides look like names.
    """
    from viralml_desktop.core.captions.parse import _looks_like_name

    spans = []
    low = text.casefold() if len(text.casefold()) == len(text) else text.lower()
    for name in names:
        n = (name or "").strip()
        if not n:
            continue
        key = n.casefold() if len(n.casefold()) == len(n) else n.lower()
        for m in re.finditer(re.escape(key), low):
            spans.append((m.start(), m.end()))
    for rx in (_URL, _HANDLE_OR_TAG, _QUOTED, _CREDIT):
        spans.extend((m.start(), m.end()) for m in rx.finditer(text))
    for seg in _SEGMENT.finditer(text):
        m = _PAIR.match(seg.group(0))
        whole = not text[:seg.start()].strip() and not text[seg.end():].strip(" .!…")  # "Corazón frío - Stakas"
        if m and _looks_like_name(m.group("b")) and (
                _looks_like_name(m.group("a")) or (whole and len(m.group("a").split()) <= 6)):
            spans.append((seg.start() + m.start("a"), seg.start() + m.end("b")))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for a, b in spans:
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def _inside(pos: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(a < pos < b for a, b in spans)


@dataclass(frozen=True)
class Clause:
    """One sentence or clause of a caption.

    Attributes
    ----------
    start, end : int
        Offsets in the body; ``end`` is just after its closing punctuation (where an emoji goes).
    text : str
        The clause as written.
    masked : str
        The clause with names, mentions, tags and links blanked out (what its meaning is read from).
    """

    start: int
    end: int
    text: str
    masked: str


def clauses(text: str, spans: Sequence[tuple[int, int]]) -> list[Clause]:
    """The sentences and clauses of ``text`` that end outside every protected span.

    Parameters
    ----------
    text : str
        The caption body.
    spans : sequence of (int, int)
        :func:`protected_spans` of ``text``.

    Returns
    -------
    list of Clause
        In text order. A clause ends after ".", "!", "?", "…" or ";" (runs of them, and a closing
        quote or bracket), at a line end, or at the end of the text; an end inside a protected
        span (the "." of "feat.") does not end a clause.
    """
    ends = [m.end() for m in _CLAUSE_END.finditer(text) if not _inside(m.start(), spans)]
    out, start = [], 0
    for end in ends + [len(text)]:
        seg = text[start:end]
        if seg.strip():
            e = start + len(seg.rstrip())
            chars = list(text[start:e])
            for a, b in spans:
                for i in range(max(a, start), min(b, e)):
                    chars[i - start] = " "
            out.append(Clause(start + (len(seg) - len(seg.lstrip())), e, text[start:e].strip(), "".join(chars)))
        start = end
    return out


# -- what emoji: the clause's concept and tone ----------------------------------------------

@dataclass(frozen=True)
class Concept:
    """One emoji concept: its name, tone ("pos", "neg" or "any"), emoji in preference order, and
    per language one compiled pattern of its folded phrases (whole words, longest first)."""

    name: str
    tone: str  # "pos", "neg" or "any"
    emoji: tuple[str, ...]
    patterns: dict  # language -> compiled alternation of its phrases, longest first


def _load_concepts(path: Optional[Path], device: str) -> dict:
    """Loader of the model table's ``captions_emoji_concepts`` (models/captions/emoji_concepts.json)."""
    import json

    table = json.loads(Path(path).read_text(encoding="utf-8"))
    concepts = []
    for c in table["concepts"]:
        pats = {}
        for lang, phrases in c["phrases"].items():
            folded = sorted({_fold(p) for p in phrases if p.strip()}, key=len, reverse=True)
            if folded:
                pats[lang] = re.compile(r"(?<![\w#@])(?:" + "|".join(re.escape(p) for p in folded) + r")(?![\w])")
        concepts.append(Concept(c["name"], c["tone"], tuple(c["emoji"]), pats))
    return {"concepts": concepts, "tone_defaults": table["tone_defaults"]}


def concepts() -> dict:
    """The emoji concepts (model table entry ``captions_emoji_concepts``)."""
    return registry.get("captions_emoji_concepts")


def concepts_of(masked: str, language: str) -> list[tuple[Concept, int]]:
    """Concepts whose phrases occur in a clause, with the longest matched phrase's length.

    Parameters
    ----------
    masked : str
        The clause with names blanked out (:attr:`Clause.masked`).
    language : str
        "es" or "en" reads that language's phrases; any other value reads both.

    Returns
    -------
    list of (Concept, int)
        In the table's order.
    """
    folded = _fold(masked)
    langs = [language] if language in ("es", "en") else ["es", "en"]
    out = []
    for c in concepts()["concepts"]:
        best = 0
        for lang in langs:
            rx = c.patterns.get(lang)
            if rx is not None:
                for m in rx.finditer(folded):
                    best = max(best, len(m.group(0)))
        if best:
            out.append((c, best))
    return out


def _compatible(tone: str, score: Optional[float]) -> bool:
    if score is None or tone == "any":
        return True
    # heartbreak, sadness and loss are named by explicit phrases, which the sentiment model can
    # read the other way ("el amor no alcanza" 0.90, "descansa en paz" 0.33): the phrase wins
    return score > -_CLAUSE_TONE if tone == "pos" else True


@dataclass(frozen=True)
class Placement:
    """An emoji placed at the end of a clause.

    Attributes
    ----------
    end : int
        Offset in the body where the emoji goes (just after the clause's punctuation).
    word : str
        The clause's last word (what the emoji follows).
    emoji : str
        The emoji, in its display form.
    clause : str
        The clause it closes.
    why : str
        "meaning: <concept>" or "tone: <genre|negative|neutral>".
    """

    end: int
    word: str
    emoji: str
    clause: str
    why: str


_LAST_WORD = re.compile(r"([^\W_]+)\W*$", re.U)


def plan(body: str, language: str, genre_key: str, names: Sequence[str], max_emoji: int,
         score: Callable[[list[str]], list[Optional[float]]],
         caption_tone: Optional[float] = None) -> list[Placement]:
    """Emoji for the ends of a caption's clauses, chosen on each clause's meaning and tone.

    Parameters
    ----------
    body : str
        The caption body (without its trailing hashtags).
    language : str
        "es", "en" or "und".
    genre_key : str
        The genre's key in ``genre_emoji.json`` ("" for the default list).
    names : sequence of str
        Song title, artist and mentions (never touched, see :func:`protected_spans`).
    max_emoji : int
        At most this many placements.
    score : callable
        Sentiment in [-1, 1] (or None) of each of a list of texts (``comments.score_texts``).
    caption_tone : float, optional
        The whole caption's sentiment; computed with ``score`` when not given.

    Returns
    -------
    list of Placement
        In text order, at most one per clause and ``max_emoji`` in all; none inside a
        protected span, none between the words of a clause.
    """
    spans = protected_spans(body, names)
    cls = clauses(body, spans)
    if max_emoji <= 0 or not cls:
        return []
    has_words = [bool(_WORD.search(c.masked)) for c in cls]
    eligible = [i for i, c in enumerate(cls)
                if (has_words[i] or len(cls) == 1) and count_emoji(c.text) == 0]
    if not eligible:
        return []
    # a clause that is nothing but names ("Dinero - Stakas ft. Bad Bunny") has no tone of its own
    worded = [i for i in eligible if has_words[i]]
    tones = dict.fromkeys(eligible)
    tones.update(zip(worded, score([cls[i].masked.strip() for i in worded]) if worded else []))
    if caption_tone is None:
        caption_tone = score([body])[0]  # the title's words count here ("Crying - Stakas" is no 🔥 caption)
    found = {i: concepts_of(cls[i].masked, language) for i in eligible if has_words[i]}
    # a clause that names heartbreak, sadness or loss: even where the sentiment model reads the
    # clause otherwise ("descansa en paz" reads calm), the caption gets no hype or party emoji
    sad_signal = any(c.tone == "neg" for ms in found.values() for c, _ in ms)
    # The sentiment model reads defiance as negative ("nadie me frena", "no time for fake friends"):
    # where no clause names heartbreak, sadness or loss, a negative clause score does not veto a
    # clause's concept or its emoji.
    gate = {i: (t if sad_signal or t is None or t >= 0 else 0.0) for i, t in tones.items()}
    matched = {i: [(c, n) for c, n in ms if _compatible(c.tone, gate[i])] for i, ms in found.items()}
    if any(c.tone == "neg" for ms in matched.values() for c, _ in ms):  # no 🔥 on heartbreak
        caption_tone = min(caption_tone if caption_tone is not None else 0.0, -_TONE_MARGIN)
    if sad_signal:
        matched = {i: [(c, n) for c, n in ms if c.name not in _HYPE] for i, ms in matched.items()}
    used: set[str] = set()
    chosen: dict[int, tuple[str, str]] = {}
    for i in eligible:
        t = gate[i]
        loss = any(c.tone == "neg" for c, _ in matched.get(i, []))  # "el amor no alcanza": about the loss
        ranked = sorted(matched.get(i, []), key=lambda cn: (loss and cn[0].tone != "neg",
            not ((cn[0].tone == "pos" and (t or 0) > 0.05) or (cn[0].tone == "neg" and (t or 0) < -0.05)),
            cn[0].tone == "any", -cn[1]))
        for c, _ in ranked:
            e = next((x for x in c.emoji if _base(x) not in used and fits_tone(x, t)), None)
            if e:
                chosen[i] = (e, f"meaning: {c.name}")
                used.add(_base(e))
                break
    if not chosen:  # no clause has a concept: one emoji for the caption's tone, on the last clause
        last = eligible[-1]
        t = tones[last]
        tone = min(x for x in (t, caption_tone, 0.0) if x is not None) if (
            (t is not None and t <= -_TONE_MARGIN) or (caption_tone is not None and caption_tone <= -_TONE_MARGIN)) \
            else caption_tone
        defaults = concepts()["tone_defaults"]
        if tone is not None and tone <= -_TONE_MARGIN:
            pool, why = defaults["neg"], "tone: negative"
        elif tone is not None and tone >= _TONE_MARGIN and not sad_signal:
            pool, why = genre_choice(genre_key, tone, set()) or defaults["neu"], "tone: genre"
        else:  # neutral: a music note, not the genre's hype emoji
            pool, why = defaults["neu"], "tone: neutral"
        e = next((x for x in pool if fits_tone(x, tone)), None)
        if e:
            chosen[last] = (e, why)
    out = []
    for i in sorted(chosen)[:max_emoji]:
        c = cls[i]
        m = _LAST_WORD.search(c.text)
        out.append(Placement(c.end, m.group(1) if m else c.text, _display_form(chosen[i][0]), c.text, chosen[i][1]))
    return out
