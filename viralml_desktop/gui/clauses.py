"""Core's sentences as templates, and the Spanish catalogue read without Qt.

The pure half of :mod:`viralml_desktop.gui.source_text`: :func:`template` turns one of core's
sentences into a catalogue template (every quoted name and number a numbered placeholder),
:func:`split_clauses` splits a reason at its "; " outside brackets, and :func:`lines_with` says
a reason clause by clause with any sentence translator. :func:`catalogue` reads the Spanish
catalogue (``gui/i18n/viralml_es.ts``, else the compiled ``.qm`` of a bundle) into a plain
lookup, so a PDF written from a worker thread of the CLI or the HTTP server, where no
``QCoreApplication`` with an installed translator exists, says core's reasons in Spanish too.
Nothing here imports Qt (the ``.qm`` fallback imports QtCore's ``QTranslator`` only when the
``.ts`` is absent).
"""
from __future__ import annotations

import functools
import re
import threading
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Callable, Optional

I18N_DIR = Path(__file__).resolve().parent / "i18n"

# what varies inside one of core's sentences: a quoted name ('bad_bunny_official', not the
# apostrophe of "genre's"), a genre of up to four words ("the Trap Latino genre's"), a platform id, and a number not glued to
# a letter before it (F1 and e0144296 stay words)
SLOT = re.compile(r"\b(?:last_value|rolling_median_10|seasonal_naive_[a-z]+)\b"  # a forecaster's id
                  r"|(?<![A-Za-z])'[^'\s][^']*'(?![A-Za-z])"
                  r"|(?<=\bthe )(?!the\b)[^\W\d_][\w&-]*(?: (?!the\b)[^\W\d_][\w&-]*){0,3}?(?= genre's)"
                  r"|\b(?:tiktok|youtube|instagram|twitter|facebook)\b"
                  r"|(?<=this path, )[a-z+]+(?=: )"
                  r"|(?:(?<= posts of )|(?<= post of ))(?!the\b|your\b|those\b)[\w.-]+"  # an account: "65 posts of luna"
                  r"|(?<=posting-time model of )(?!your )[\w.-]+"  # and "posting-time model of luna_roja_tiktok"
                  r"|(?<=no posts are stored for )[\w.-]+(?=: )|(?<=--account )(?!NAME\b)[\w.-]+"  # the kit's notes
                  r"|(?<=answered with )[\w.-]+(?= for the next post)"  # a forecaster's id in the kit's notes
                  r"|(?<=removed the characters )[^()]+?(?= \(refused by the platform\))"  # a caption's characters
                  r"|^[\w.-]+(?='s export has no posting times |: no usable posts )"  # an account: posting time's notes
                  r"|^[\w.-]+(?=: \d+ posts read from )|(?<= posts read from )[^,]+?(?=, \d|$)"
                  r"|(?<= read as )[^\W\d_][\w&-]*(?=:|$)|(?<![\w'-])[^\W\d_][\w&-]*(?= tracks (?:rank|near) )"
                  r"|(?<![A-Za-z_\d.])\d+(?:[.,]\d+)*")


def template(text: str) -> tuple[str, list[str]]:
    """``text`` with each quoted name and number replaced by ``{0}``, ``{1}`` …, and the pieces.

    Parameters
    ----------
    text : str

    Returns
    -------
    (str, list of str)
        The template (literal braces of ``text`` doubled) and the pieces in order.
    """
    pieces: list[str] = []
    out, last = [], 0
    for m in SLOT.finditer(text):
        out.append(text[last:m.start()].replace("{", "{{").replace("}", "}}"))
        out.append("{%d}" % len(pieces))
        pieces.append(m.group(0))
        last = m.end()
    out.append(text[last:].replace("{", "{{").replace("}", "}}"))
    return "".join(out), pieces


def singular(tpl: str, pieces: list[str]) -> Optional[str]:
    """The catalogue key of a sentence's singular form: ``tpl`` with each slot whose piece is the
    number 1 written as a literal "1" (other slots keep their numbers); None when no piece is 1.

    Core writes "1 point: at least 5 time points …" and "1 stored post of luna read"; the
    catalogue can hold "1 point: at least {1} time points …" beside "{0} points: at least {1}
    time points …", so the Spanish reads "1 punto" and "3 puntos" (:func:`core_lines` looks the
    singular key up first).

    Parameters
    ----------
    tpl : str
        A template of :func:`template`.
    pieces : list of str
        Its pieces.

    Returns
    -------
    str or None
    """
    ones = [i for i, p in enumerate(pieces) if p == "1"]
    if not ones:
        return None
    for i in ones:
        tpl = tpl.replace("{%d}" % i, "1")
    return tpl


def split_clauses(text: str) -> list[str]:
    """``text`` split at each "; " outside brackets ("contrast 25 (grey std; 50+ …)" stays whole)."""
    out, depth, last = [], 0, 0
    for i, ch in enumerate(text):
        depth += ch in "(["
        depth -= ch in ")]" and depth > 0
        if depth == 0 and text.startswith("; ", i):
            out.append(text[last:i])
            last = i + 2
    return out + [text[last:]]


def translate_sentence(text: str, look: Callable[[str], str], piece: Callable[[str], str]) -> str:
    """One of core's sentences through a catalogue: its template looked up (the singular key first,
    "1 point: …" -> "1 punto: …"), then filled with its pieces.

    Parameters
    ----------
    text : str
        The sentence (English).
    look : callable
        A catalogue key -> its translation, the key itself when unknown.
    piece : callable
        A piece of :func:`template` (a name, a number) -> as the translation writes it.

    Returns
    -------
    str
        The translation; ``text`` itself when neither key is known or the translation does not keep
        the placeholders. A sentence known only after a source id ("personal: {0} posts of {1}, …")
        is found too, its translation said without the id: a reader that says the id in words
        (the PDF's "Tu historial: …") passes the rest alone.
    """
    tpl, pieces = template(str(text))
    for key in (singular(tpl, pieces), tpl):
        if key is None:
            continue
        said = look(key)
        if said == key:
            continue
        try:
            return said.format(*[piece(p) for p in pieces])
        except (IndexError, KeyError, ValueError):
            return str(text)
    if not SOURCE_ID_PREFIX.match(tpl):
        # a basis line whose source id a reader said in words ("personal: 35 posts of …" printed
        # as "Your history: 35 posts of …"): the rest is the catalogue's sentence after its id
        for kind in SOURCE_IDS:
            key = f"{kind}: {tpl}"
            said = look(key)
            head, sep, rest = said.partition(": ")
            if said == key or not sep:
                continue
            try:
                return rest.format(*[piece(p) for p in pieces])
            except (IndexError, KeyError, ValueError):
                return str(text)
    return str(text)


#: The source ids core writes before a basis line ("personal: 35 posts of …"), see core/sources.py.
SOURCE_IDS = ("personal", "model", "prior", "measured", "no_evidence")
SOURCE_ID_PREFIX = re.compile(r"^(?:%s): " % "|".join(SOURCE_IDS))


def lines_with(text: str, sentence: Callable[[str], str]) -> str:
    """A reason or note of core (one or more clauses) said with ``sentence``.

    The whole text is looked up first; when ``sentence`` returns it unchanged, its clauses joined
    by "; " are looked up one by one, and a clause unknown as a whole is split once, at its first
    " — " ("before — after"), at its first ": " ("head: rest") or at its closing bracket ("words
    (inner)", the kit's "genre popularity not measured (genre 'x' is not in …)"), each side said
    the same way. Of those splits, the first whose every piece is known wins ("no_evidence: a
    verdict: its reason (1.0 = …)" is said as "no_evidence: a verdict: its reason" and its
    bracket); when none is known whole, the one leaving the fewest pieces unknown. Splits never
    cut inside brackets ("tempo 180 (your items: 80–120)" stays whole). What is not known stays
    as core wrote it.

    Parameters
    ----------
    text : str
    sentence : callable
        One of core's sentences to the interface language's (itself when unknown).

    Returns
    -------
    str
    """
    if not text:
        return text
    memo: dict[str, tuple[str, int]] = {}
    return _said(str(text), sentence, memo)[0]


def _said(text: str, sentence: Callable[[str], str], memo: dict) -> tuple[str, int]:
    """``text`` said as :func:`lines_with` says it, and how many of its pieces stayed unknown."""
    if text in memo:
        return memo[text]
    said = sentence(text)
    if said != text or not text.strip():
        memo[text] = (said, 0)
        return memo[text]
    parts = split_clauses(text)
    if len(parts) > 1:
        outs = [_said(p, sentence, memo) for p in parts]
        memo[text] = ("; ".join(o for o, _ in outs), sum(u for _, u in outs))
        return memo[text]
    colon, dash, opening = _outside(text, ": "), _outside(text, " — "), _last_bracket(text)
    splits = []
    if colon > 0 and text[colon + 2:]:
        splits.append(("colon", colon))
    if dash > 0:
        splits.insert(0 if colon < 0 or dash < colon else len(splits), ("dash", dash))
    if opening > 0:
        splits.append(("bracket", opening))
    best: Optional[tuple[str, int]] = None
    for kind, at in splits:
        if kind == "colon":
            (a, ua), (b, ub) = _said(text[:at], sentence, memo), _said(text[at + 2:], sentence, memo)
            out = (a + ": " + b, ua + ub)
        elif kind == "dash":
            (a, ua), (b, ub) = _said(text[:at], sentence, memo), _said(text[at + 3:], sentence, memo)
            out = (a + " — " + b, ua + ub)
        else:
            (a, ua), (b, ub) = _said(text[:at - 1], sentence, memo), _said(text[at + 1:-1], sentence, memo)
            out = (a + " (" + b + ")", ua + ub)
        if out[1] == 0:
            best = out
            break
        if best is None or out[1] < best[1]:
            best = out
    memo[text] = best if best is not None else (text, 1)
    return memo[text]


def _outside(text: str, sep: str) -> int:
    """Where ``sep`` first occurs in ``text`` outside brackets; -1 when it does not."""
    depth = 0
    for i, ch in enumerate(text):
        depth += ch in "(["
        depth -= ch in ")]" and depth > 0
        if depth == 0 and text.startswith(sep, i):
            return i
    return -1


def _last_bracket(text: str) -> int:
    """Where the bracket opens that closes ``text`` ("words (inner)"), after a space; -1 when none."""
    if not text.endswith(")"):
        return -1
    depth = 0
    for i in range(len(text) - 1, -1, -1):
        depth += text[i] == ")"
        depth -= text[i] == "("
        if depth == 0:
            return i if i > 1 and text[i - 1] == " " and text[:i - 1].strip() else -1
    return -1


_DECIMAL = re.compile(r"\d+\.\d+|\d{1,3}(?:,\d{3})+(?:\.\d+)?")


def spanish_number(piece: str, group_four: bool = False) -> str:
    """A number core wrote the English way ("1.04", "8,350", "13,780") with Spanish separators
    ("1,04", "8350", "13.780"); any other piece (a name, "0.3.0") as it is.

    A four-digit whole part is not grouped, as Qt's Spanish locale and CLDR's minimum grouping
    digits (2) write it and the RAE's Ortografía (2010) recommends, so the PDF and the screen agree;
    except beside a number of five digits or more (``group_four``, :func:`groups_four`), where the
    RAE groups it too, so one sentence or range writes its numbers alike ("4.715–10.269", not
    "4715–10.269").
    """
    if not _DECIMAL.fullmatch(piece):
        return piece
    whole, dot, frac = piece.partition(".")
    if len(whole) == 5 and whole[1] == "," and not group_four:  # "8,350" -> "8350"
        whole = whole.replace(",", "")
    return whole.replace(",", ".") + ("," + frac if dot else "")


_FIVE_DIGITS = re.compile(r"(?<![\d.,])\d{2,3}(?:,\d{3})+(?![\d,])|(?<![\d.,])\d(?:,\d{3}){2,}(?![\d,])")


def groups_four(*texts: str) -> bool:
    """Whether ``texts`` (core's English, one sentence or a step's values) hold a count of five
    digits or more written with thousands commas ("10,269"): then :func:`spanish_number` groups
    the four-digit ones beside it too."""
    return any(_FIVE_DIGITS.search(str(t)) for t in texts)


_lock = threading.Lock()


@functools.lru_cache(maxsize=4)
def _read_ts(path: str) -> dict[tuple[str, str], str]:
    table: dict[tuple[str, str], str] = {}
    root = ET.parse(path).getroot()
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            src, tr = msg.find("source"), msg.find("translation")
            if src is None or tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if src.text and tr.text:
                table[(name, src.text)] = tr.text
    return table


def catalogue(lang: str) -> Optional[Callable[[str, str], str]]:
    """The translation lookup ``(context, source) -> translation`` of ``lang``, read without Qt.

    Parameters
    ----------
    lang : str
        ``"es"``; any other language has no catalogue (English is the source language).

    Returns
    -------
    callable or None
        ``lookup(context, source)`` returning the translation, or ``source`` itself when the
        catalogue does not know it. Read from ``gui/i18n/viralml_<lang>.ts`` (the source of the
        catalogue, in a clone), else from the compiled ``viralml_<lang>.qm`` (a bundle) with
        QtCore's ``QTranslator`` (no application object needed); None when neither can be read.
        Safe to call from any thread.
    """
    if lang != "es":
        return None
    ts = I18N_DIR / f"viralml_{lang}.ts"
    with _lock:
        if ts.is_file():
            try:
                table = _read_ts(str(ts))
            except (OSError, ET.ParseError):
                table = None
            if table is not None:
                return lambda context, source: table.get((context, source), source)
        return _qm_lookup(str(I18N_DIR / f"viralml_{lang}.qm"))


@functools.lru_cache(maxsize=4)
def _qm_lookup(path: str) -> Optional[Callable[[str, str], str]]:
    if not Path(path).is_file():
        return None
    try:
        from PySide6.QtCore import QTranslator
    except ImportError:
        return None
    tr = QTranslator()
    if not tr.load(path):
        return None
    lock = threading.Lock()

    def lookup(context: str, source: str) -> str:
        with lock:
            said = tr.translate(context, source)
        return said or source

    return lookup


#: forecast_views' model ids and their English words in context ``core_text`` (the same table as
#: gui/core_text.py's ``FORECASTERS``, kept here so the PDF writer imports no Qt; a test keeps them equal).
FORECASTERS = {
    "lstm": "the LSTM trained on many accounts",
    "lstm_fine_tuned": "the LSTM fine-tuned on this account",
    "last_value": "your last post's views",
    "rolling_median_10": "the median of your last 10 posts",
    "seasonal_naive_weekday": "your last post on the same weekday",
    "seasonal_naive_recent": "your last week's post on the same weekday",
    "seasonal_naive_level": "your last post on the same weekday, moved to your current level",
    "seasonal_naive_shift": "your last post on the same weekday, or your current level when it has moved by half",
}


#: "the seasonal_naive_shift baseline" (core's English, a forecaster's id inside) and a bare forecaster id
_BASELINE = re.compile(r"\bthe (last_value|rolling_median_10|seasonal_naive_[a-z]+) baseline( on the\b)?")
_FORECASTER_ID = re.compile(r"\b(?:lstm_fine_tuned|last_value|rolling_median_10|seasonal_naive_[a-z]+)\b")


def forecaster_words(text: str) -> str:
    """Core's English sentence with its forecasters' ids in words (:data:`FORECASTERS`), the English
    reader's counterpart of the Spanish catalogue's "{0} (referencia)".

    Parameters
    ----------
    text : str
        One of core's sentences ("the seasonal_naive_shift baseline on the 40 posts of the account").

    Returns
    -------
    str
        "your last post on the same weekday, or your current level when it has moved by half
        (baseline), on the 40 posts of the account"; an id not in :data:`FORECASTERS` stays as written.
    """
    def baseline(m: re.Match) -> str:
        words = FORECASTERS.get(m.group(1))
        if words is None:
            return m.group(0)
        return f"{words} (baseline)" + (", on the" if m.group(2) else "")

    text = _BASELINE.sub(baseline, str(text))
    return _FORECASTER_ID.sub(lambda m: FORECASTERS.get(m.group(0), m.group(0)), text)


#: a platform id where core's sentence says it as a word ("(tiktok)", "tiktok: at most 5 hashtags",
#: "not youtube"); not inside a name ("luna_roja_tiktok", "tiktok.csv", "captions.tiktok.chars", "#tiktok")
_PLATFORM_ID = re.compile(r"(?<![\w./\\#@'-])(tiktok|youtube|instagram|twitter|facebook)(?![\w/\\'-]|\.\w)")


def platform_words(text: str) -> str:
    """Core's sentence with each platform id said as the platform's name ("(tiktok)" -> "(TikTok)").

    Core writes platform ids (:data:`viralml_desktop.core.vocabulary.PLATFORMS`) inside its English
    reasons and notes; a reader sees the names the platforms call themselves, in either language
    (the names are the same in Spanish). An id that is part of a name (an account, a file, a
    hashtag) stays as written.

    Parameters
    ----------
    text : str
        One of core's sentences, in any language.

    Returns
    -------
    str
        ``text`` with "tiktok", "youtube", "instagram", "twitter" (X) and "facebook" as
        "TikTok", "YouTube", "Instagram", "X" and "Facebook".
    """
    from viralml_desktop.core.vocabulary import PLATFORM_LABELS

    return _PLATFORM_ID.sub(lambda m: PLATFORM_LABELS.get(m.group(1), m.group(1).capitalize()), str(text))


def core_lines(text: str, lang: str, context: str = "core_sources",
               quoted_words: tuple[str, ...] = ("quite colourful", "slightly colourful")) -> str:
    """A reason or note of core in ``lang``, without Qt: :func:`lines_with` over :func:`catalogue`.

    Parameters
    ----------
    text : str
        One of core's sentences (English).
    lang : str
        ``"en"`` (returned as it is) or ``"es"``.
    context : str
        The catalogue context of core's sentences.
    quoted_words : tuple of str
        Quoted words core writes that are words, not names (said in ``lang``).

    Returns
    -------
    str
        The translation with the names and numbers put back (numbers with Spanish separators);
        ``text`` where the catalogue does not know a sentence.
    """
    look = catalogue(lang)
    if look is None or not text:
        return text
    group_four = groups_four(text)  # "4715–10,269" said as "4.715–10.269", one way in one text

    def piece(p: str) -> str:
        if len(p) > 2 and p[0] == p[-1] == "'" and p[1:-1] in quoted_words:
            return "'" + look(context, p[1:-1]) + "'"
        if p in FORECASTERS:  # a forecaster's id in words, as the app says it
            return look("core_text", FORECASTERS[p])
        return spanish_number(p, group_four)

    return lines_with(text, lambda t: translate_sentence(t, lambda key: look(context, key), piece))
