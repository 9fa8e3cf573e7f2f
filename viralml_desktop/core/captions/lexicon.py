"""Fan-slang and emoji lexicon for music comments, with negation (models/sentiment/lexicon.json).

The multilingual sentence encoder behind the comment-sentiment heads was never shown music
slang: it reads "nunca falla" and "lo rompiste" as negative, 🔥 as danger and "trash lol" as a
joke. This layer reads what it misses, and its signals go, with the heads' probabilities, into
a small logistic combiner fitted on the development set (training/sentiment_slang_eval.py):

* text is folded (lower case, accents removed, a letter repeated 3+ times squeezed: "temazooo"
  is "temazo"; Spanish chat abbreviations expanded: "q" -> "que", "xq" -> "porque");
* phrases are matched before single words, longest first; a matched phrase consumes its words,
  so an idiom that contains a negator ("nunca falla", "no tiene fin", "no mames") is read
  whole and never negated;
* a negator ("no", "nunca", "not", "don't"…) up to ``negation_window`` words before an entry,
  with no punctuation between, flips it: a negated positive becomes negative ("no me gustó
  nada"), a negated negative weakly positive ("no es feo");
* litotes and Spanish negative concord are phrases of their own that begin with a negator
  ("nada mal", "no está nada mal", "ni tan mal", "nada bien", "not bad at all", "can't
  complain"); such a phrase is never negated again by a negator before it, so "no está nada
  mal" is positive and "no está nada bien" negative;
* regional praise is read by phrase, so a word that praises a song and insults a person is
  told apart by its frame: "está cabrón este tema" (Mexico, Puerto Rico) is praise, "eres un
  cabrón" an insult; "qué chimba" (Colombia), "la raja" (Chile), "zarpado" (Argentina), "está
  de pinga" (Cuba), "la hostia" (Spain) praise; "qué gonorrea", "un truño", "de pena" not;
* negators that negate nothing are phrases of weight 0 that consume them ("sin duda el mejor",
  "no sé por qué me encanta", "no lie this slaps");
* "none at all" openers ("ni un", "ni una sola", "ningún", "not a single", "zero") turn a negative
  word within the window into full praise, not the weak reading of a plain negation: "no tiene
  ni un segundo malo", "not a single bad song"; praise after one weighs ``opener_praise_factor``
  (1.5×) against it: "zero good songs", "ni una canción buena";
* an insult at a person (``person_insults``: "payaso", "eres un payaso", "clown", "sick in the
  head") overrides praise words in the same comment: their weight is multiplied by
  ``insult_override_factor``, so "la raja que tienes en la cara, payaso" is not read as "la
  raja" (Chile: great); a ``vocatives`` word that opens the comment before a comma ("cabrón,
  deja de copiar...") is read as said to a person with its own weight;
* an accusation (``accusations``: theft, copying, fraud: "ladrón", "rata", "copia y pega",
  "farsante", "thief", "jacked", "hack") overrides praise words the same way, so "buenísimo el
  robo, fraude" is not praise; praise that mentions copying is a phrase of its own ("todos te van
  a copiar", "stole the show");
* a disqualifying person noun aimed at the artist (``person_nouns``: "vendehumo", "chanta",
  "fantoche", "grifter", "clout chaser", "industry plant") is an accusation in every form a fan
  writes it (:func:`noun_forms`: plural, feminine, Spanish diminutives: "vendehumos", "chantita",
  "farsantillo", "grifters", "con men"); an insult or accusation that is negated ("no es ningún
  vendehumo", "he's no fraud") overrides nothing;
* negatives said in neutral words are phrases of their kinds (length: "se hace larga", "drags
  on"; one listen enough: "con una vez basta", "once was enough"; never getting going, skipping,
  forgettable, nothing new, "I'll pass", boredom), beside their praise look-alikes ("se hace
  larga la espera", "se pasa volando", "nunca me la salto", "wish it was longer");
  session 14 added skipping early ("lo salté", "ya estaba en otra canción", "turned it off"),
  vocals buried in the mix ("tapa la voz", "buries the vocals"), an earlier version better ("la
  maqueta era mejor", "the demo was better", "miss the old") beside "mejor que la original",
  "better than the original", and going nowhere ("no lleva a ningún lado", "goes nowhere");
* irony (``irony``): a marker ("sí, claro", "ajá", "qué sorpresa", "yeah right", "sure buddy", "how
  original", "said no one", "/s" at the end), an ironic emoji (🙄, 🤡, 😒, 🥱), or words mostly said
  in irony ("qué original", "innovador", "so innovative", "groundbreaking") beside a complaint of
  weight 1 or more flip every praise entry of the comment (``factor``) and turn its positive emoji
  (laughter included) negative; a marker phrase also weighs ``marker_weight`` itself, so it is
  dismissive beside praise the lexicon does not know ("sí, claro, la canción del siglo"). A marker
  beside hearts or fire says nothing ("qué sorpresa, ya salió 😍"), "sí, claro que..." agrees, and
  the ironic words alone are praise ("qué original la letra"). Lower-case praise in double quotes
  is blame ('un "temazo"'); a capitalised span in quotes is a title;
* an unknown word with a person-noun ending after an accusation frame (``accusation_frames``:
  "eres un", "es un", "son unos", "flor de", "menudo"; endings "-ero", "-ista", "-dor", "-ales", and
  "-ón" only after a second-person frame, since "es un temón" praises a song) is a person noun
  aimed at the artist ("eres un engatusador", "es un chamullero"), an accusation that overrides
  praise; trades and praise nouns with those endings are exceptions ("rapero", "guitarrista",
  "ganador", "chingón"), and a negated frame accuses no one ("no eres un...");
* "no hay más", "nada más que decir", "nothing more to say" close praise and negate nothing;
  "no hay más que" ("no hay más que ruido") leaves the fault after it negative;
* expectation unmet is a negative idiom ("esperaba más", "se queda corto", "le falta", "no
  termina de", "ya no suena como antes"; "expected more", "fell a bit flat", "couldn't get into"),
  expectation met a praise one ("mejor de lo que esperaba", "better than I expected");
* a fault word after "nothing/nada que" or "couldn't find a" is praise ("nada que reprocharle",
  "couldn't find a flaw");
* neutral frames ("listening from", "escuchando desde", "quién en 2025", "on my drive", "en el
  gym") are counted apart, a feature of their own for the combiner: a location, time or activity
  statement is no praise;
* after a contrast word ("pero", "but") entries weigh more, before it less;
* emoji are read from their own table (💀 is laughter, 🗑️ rubbish) and never negated.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from viralml_desktop.core import registry

LEXICON_FILE = "sentiment/lexicon.json"
_VS16 = "\ufe0f"
_TOKEN = re.compile(r"[a-z0-9']+|[.,;:!?¡¿()\n]")
_PUNCT = set(".,;:!?¡¿()\n")
_REPEAT3 = re.compile(r"([a-z])\1{2,}")
_REPEAT2 = re.compile(r"([a-z])\1+")


@dataclass(frozen=True)
class LexiconSignals:
    """What the lexicon reads in one text.

    Attributes
    ----------
    word_pos, word_neg : float
        Summed weight (>= 0) of the positive and negative word or phrase entries, after
        negation and contrast.
    emoji_pos, emoji_neg : float
        Summed weight (>= 0) of the positive and negative emoji.
    hits : int
        Entries matched (words, phrases and emoji).
    question : bool
        The text asks something ("?" or a Spanish "¿").
    emoji_only : bool
        The text holds emoji and no letters or digits.
    neutral : int
        Neutral frames matched (a location or time statement: "listening from", "escuchando desde").
    """

    word_pos: float
    word_neg: float
    emoji_pos: float
    emoji_neg: float
    hits: int
    question: bool
    emoji_only: bool
    neutral: int = 0

    @property
    def score(self) -> float:
        """Net polarity: positive minus negative weight, words and emoji together."""
        return self.word_pos + self.emoji_pos - self.word_neg - self.emoji_neg

    def features(self) -> list[float]:
        """The combiner's lexicon features, in the order of ``FEATURES``."""
        return [self.word_pos, self.word_neg, self.emoji_pos, self.emoji_neg,
                float(self.question), float(self.emoji_only), float(self.hits == 0), float(self.neutral)]


FEATURES = ("word_pos", "word_neg", "emoji_pos", "emoji_neg", "question", "emoji_only", "no_hit", "neutral_frame")


class Lexicon:
    """The loaded lexicon (model table entry ``sentiment_lexicon``)."""

    def __init__(self, table: dict):
        self.emoji = {k.replace(_VS16, ""): float(v) for k, v in table["emoji"].items()}
        self.abbrev = dict(table.get("abbreviations", {}))
        self.window = int(table.get("negation_window", 3))
        self.neg_pos = float(table.get("negated_positive_factor", -1.0))
        self.neg_neg = float(table.get("negated_negative_factor", -0.5))
        self.before = float(table.get("contrast_before", 0.5))
        self.after = float(table.get("contrast_after", 1.5))
        self.phrases: dict[str, dict[tuple[str, ...], float]] = {}
        self.lengths: dict[str, dict[str, tuple[int, ...]]] = {}  # first word -> phrase lengths, longest first
        for lang, entries in table["phrases"].items():
            d = {tuple(self._tokens(k, expand=False)): float(v) for k, v in entries.items()}
            self.phrases[lang] = d
            first: dict[str, set] = {}
            for k in d:
                first.setdefault(k[0], set()).add(len(k))
                squeezed = _REPEAT2.sub(r"\1", k[0])
                first.setdefault(squeezed, set()).add(len(k))
            self.lengths[lang] = {w: tuple(sorted(n, reverse=True)) for w, n in first.items()}
        self.negators = {lang: set(v) for lang, v in table["negators"].items()}
        # "none at all" openers (longest first) and the factor a negative word after one gets
        self.openers = {lang: sorted((tuple(self._tokens(x, expand=False)) for x in v), key=len, reverse=True)
                        for lang, v in table.get("litotes_openers", {}).items()}
        self.opener_first = {o[0] for v in self.openers.values() for o in v}
        self.opener_factor = float(table.get("litotes_opener_factor", -1.0))
        # and the factor of praise after one: "zero good songs", "ni una canción buena" say more than "no good"
        self.opener_praise_factor = float(table.get("opener_praise_factor", self.neg_pos))
        self.insults = {lang: {tuple(self._tokens(x, expand=False)) for x in v}
                        for lang, v in table.get("person_insults", {}).items()}
        # accusations (theft, copying, fraud: "ladrón", "copia y pega", "thief", "jacked") are read as
        # phrases of their own weight and, like an insult at a person, override praise beside them
        for lang, entries in table.get("accusations", {}).items():
            for k, w in entries.items():
                self._add_insult(lang, tuple(self._tokens(k, expand=False)), float(w))
        # person nouns of disqualification aimed at the artist ("vendehumo", "chanta", "grifter",
        # "clout chaser"): accusations in every form a fan writes them (plural, feminine, Spanish
        # diminutive: "vendehumos", "chantita", "farsantillo", "grifters", "con men")
        for lang, entries in table.get("person_nouns", {}).items():
            for k, w in entries.items():
                for form in noun_forms(self.fold(k), lang):
                    self._add_insult(lang, tuple(self._tokens(form, expand=False)), float(w))
        self.insult_factor = float(table.get("insult_override_factor", 1.0))
        self.vocatives = {lang: {self.fold(k): float(w) for k, w in v.items()}
                          for lang, v in table.get("vocatives", {}).items()}
        self.neutral = {lang: {tuple(self._tokens(x, expand=False)) for x in v}
                        for lang, v in table.get("neutral_frames", {}).items()}
        for lang, frames in self.neutral.items():  # matched as phrases of weight 0, counted apart
            for k in frames:
                self.phrases.setdefault(lang, {}).setdefault(k, 0.0)
                lens = set(self.lengths.setdefault(lang, {}).get(k[0], ())) | {len(k)}
                self.lengths[lang][k[0]] = tuple(sorted(lens, reverse=True))
        self.contrast = {lang: {tuple(x.split()) for x in v} for lang, v in table["contrast"].items()}
        # irony: a marker ("sí claro", "yeah right", "qué sorpresa", "/s"), an ironic emoji (eye roll,
        # clown) or praise words that are mostly said in irony ("original", "innovative") beside a
        # complaint flip the praise in the comment; praise in scare quotes ("qué “obra maestra”") flips
        irony = table.get("irony", {})
        self.irony_markers = {lang: [re.compile(p) for p in v] for lang, v in irony.get("markers", {}).items()}
        self.irony_emoji = {e.replace(_VS16, "") for e in irony.get("emoji", [])}
        self.irony_factor = float(irony.get("factor", -1.0))
        self.laughter = {e.replace(_VS16, "") for e in irony.get("laughter", [])}
        self.irony_marker_weight = float(irony.get("marker_weight", 0.0))
        self.ironic_praise: dict[str, set] = {}
        for lang, entries in irony.get("ironic_praise", {}).items():
            for k, w in entries.items():
                key = tuple(self._tokens(k, expand=False))
                self.ironic_praise.setdefault(lang, set()).add(key)
                self.phrases.setdefault(lang, {}).setdefault(key, float(w))
                lens = set(self.lengths.setdefault(lang, {}).get(key[0], ())) | {len(key)}
                self.lengths[lang][key[0]] = tuple(sorted(lens, reverse=True))
        # accusation frames: an unknown word with a person-noun ending after "eres un", "es un"...
        # ("eres un cuentista", "es un plagiador") is a person noun aimed at the artist
        self.frames = {lang: _Frames(v) for lang, v in table.get("accusation_frames", {}).items()}

    def _add_insult(self, lang: str, key: tuple[str, ...], weight: float) -> None:
        """An accusation phrase: matched like a phrase (an entry already there keeps its weight)
        and, like an insult at a person, overriding the praise words beside it."""
        self.insults.setdefault(lang, set()).add(key)
        self.phrases.setdefault(lang, {}).setdefault(key, weight)
        lens = set(self.lengths.setdefault(lang, {}).get(key[0], ())) | {len(key)}
        self.lengths[lang][key[0]] = tuple(sorted(lens, reverse=True))

    @staticmethod
    def fold(text: str) -> str:
        """Lower case, accents removed, a letter repeated 3+ times squeezed to two."""
        t = unicodedata.normalize("NFD", text.casefold().replace("’", "'"))
        t = "".join(c for c in t if unicodedata.category(c) != "Mn")
        return _REPEAT3.sub(r"\1\1", t)

    def _tokens(self, text: str, expand: bool = True) -> list[str]:
        toks = _TOKEN.findall(self.fold(text))
        return [self.abbrev.get(t, t) for t in toks] if expand else toks

    def _lookup(self, toks: list[str], lang: str) -> Optional[float]:
        table = self.phrases.get(lang, {})
        key = tuple(toks)
        if key in table:
            return table[key]
        squeezed = tuple(_REPEAT2.sub(r"\1", t) for t in toks)  # "goood" -> "god" only as a fallback
        return table.get(squeezed) if squeezed != key else None

    def _read_words(self, toks: list[str], langs: list[str]) -> tuple[list[tuple[int, float, str]], int]:
        """The word and phrase entries of ``toks`` in ``langs`` (first language first), after
        negation: (token index, weight, kind) each, kind "" or "insult" (at a person) or "neutral"
        (a neutral frame), and the index of the last contrast word (-1: none)."""
        entries: list[tuple[int, float, str]] = []  # (token index, weight after negation, kind)
        contrast_at = -1
        i = 0
        last_negator = -10
        strong = False  # the last negator is a "none at all" opener ("ni un", "not a single")
        while i < len(toks):
            t = toks[i]
            if t in _PUNCT:
                last_negator = -10
                i += 1
                continue
            if i == 0 and len(toks) > 1 and toks[1] in (",", "!"):
                w = next((self.vocatives[lg][t] for lg in langs if t in self.vocatives.get(lg, {})), None)
                if w is not None:  # "cabrón, deja de copiar...": said to a person
                    entries.append((i, w, ""))
                    i += 1
                    continue
            matched = False
            for lang in langs:
                for n in self.lengths[lang].get(t, ()) or self.lengths[lang].get(_REPEAT2.sub(r"\1", t), ()):
                    if i + n > len(toks):
                        continue
                    span = toks[i:i + n]
                    if any(x in _PUNCT for x in span):
                        continue
                    w = self._lookup(span, lang)
                    if w is None:
                        continue
                    # Spanish negative concord and litotes: a phrase that begins with a negator
                    # ("nada mal", "no está nada mal", "nada bien", "not bad at all") carries its own
                    # polarity and is never negated again by a negator before it ("no está nada mal")
                    self_negated = any(span[0] in self.negators.get(lg, ()) for lg in langs)
                    if 0 <= i - last_negator <= self.window and w != 0 and not self_negated:
                        w *= ((self.opener_praise_factor if strong else self.neg_pos) if w > 0 else
                              (self.opener_factor if strong else self.neg_neg))
                    key = tuple(span)
                    kind = ("insult" if any(key in self.insults.get(lg, ()) for lg in langs) else
                            "neutral" if any(key in self.neutral.get(lg, ()) for lg in langs) else
                            "ironic" if any(key in self.ironic_praise.get(lg, ()) for lg in langs) else "")
                    entries.append((i, w, kind))
                    i += n
                    matched = True
                    break
                if matched:
                    break
            if matched:
                continue
            opener = None
            if t in self.opener_first:
                opener = next((o for lg in langs for o in self.openers.get(lg, ())
                               if tuple(toks[i:i + len(o)]) == o), None)
            if opener is not None:  # "ni un segundo malo", "not a single bad song"
                last_negator, strong = i + len(opener), True
                i += len(opener)
                continue
            frame = self._frame_at(toks, i, langs, i - last_negator <= self.window)
            if frame is not None:  # "eres un cuentista": an unknown person noun in an accusation frame
                entries.append(frame)
                i = frame[0] + 1
                continue
            if any(t in self.negators.get(lang, ()) for lang in langs):
                last_negator, strong = i + 1, False  # the window counts the words after the negator
            if any((t,) in self.contrast.get(lang, ()) for lang in langs):
                contrast_at = i
            i += 1
        return entries, contrast_at

    def _frame_at(self, toks: list[str], i: int, langs: list[str], negated: bool):
        """An accusation frame starting at ``toks[i]`` ("eres un", "es un", "such a") followed by an
        unknown word with a person-noun ending: (index of that word, weight, "insult"), or None.
        A negated frame ("no eres ningún...", "no es un...") accuses no one: weight 0."""
        for lang in langs:
            fr = self.frames.get(lang)
            if fr is None:
                continue
            hit = fr.match(toks, i, lambda w: self._lookup([w], lang) is not None
                           or any(w in self.lengths[lg] for lg in langs))
            if hit is not None:
                j, w = hit
                return (j, 0.0 if negated else w, "insult" if not negated else "")
        return None

    def _irony(self, toks: list[str], raw: str, found: list, langs: list[str]) -> str:
        """How the comment marks its praise as ironic: "emoji" (an ironic emoji), "marker" (a marker
        phrase or "/s" at the end) or "" (not marked)."""
        if any(e["emoji"].replace(_VS16, "") in self.irony_emoji for e in found):
            return "emoji"
        if _SARCASM_TAG.search(raw):
            return "marker"
        if any((self.emoji.get(e["emoji"].replace(_VS16, "")) or 0) > 0
               and e["emoji"].replace(_VS16, "") not in self.laughter for e in found):
            return ""  # hearts or fire beside a marker: "qué sorpresa, ya salió 😍" is sincere
        joined = " ".join(toks)
        return "marker" if any(p.search(joined) for lg in langs for p in self.irony_markers.get(lg, ())) else ""

    def _scare_quoted(self, raw: str, langs: list[str]) -> float:
        """The praise weight inside scare quotes: a short lower-case span in double quotes read as
        praise ('qué "obra maestra"', 'such a "banger"'); a capitalised span is a title, not irony."""
        total = 0.0
        for m in _QUOTED.finditer(raw):
            inner = m.group(1).strip()
            if not inner or not inner[0].islower() or len(inner.split()) > 4:
                continue
            ents, _ = self._read_words(self._tokens(inner), langs)
            total += sum(w for _, w, _ in ents if w > 0)
        return total

    def read(self, text: str, language: str) -> LexiconSignals:
        """The lexicon's signals for one text.

        Parameters
        ----------
        text : str
            One comment or caption clause, as written.
        language : str
            "es" or "en" reads that language's phrases (both, that language first, when it
            finds none); any other value reads both (Spanish first), since short slang comments
            are often not identified.

        Returns
        -------
        LexiconSignals
        """
        e_pos = e_neg = 0.0
        hits = 0
        found: list = []
        plain = text
        if any(ord(c) >= 0x2000 for c in text):  # no emoji below U+2000 (©, ® are not read)
            import emoji as emoji_pkg

            found = emoji_pkg.emoji_list(text)
            for e in found:
                w = self.emoji.get(e["emoji"].replace(_VS16, ""))
                if w is None:
                    w = self.emoji.get(e["emoji"].replace(_VS16, "")[:1])  # skin tones, ZWJ sequences
                if w is None:
                    continue
                hits += 1
                e_pos += max(w, 0.0)
                e_neg += max(-w, 0.0)
            if found:
                parts, last = [], 0
                for e in found:
                    parts.append(text[last:e["match_start"]])
                    last = e["match_end"]
                plain = " ".join(parts + [text[last:]])
        toks = self._tokens(plain)
        langs = [language] if language in self.phrases else ["es", "en"]
        entries, contrast_at = self._read_words(toks, langs)
        if len(langs) == 1 and not any(w for _, w, _ in entries):
            # nothing read in the identified language: fans mix languages and short slang is often
            # misidentified ("fome" reads as English), so read the other language's phrases too
            entries, contrast_at = self._read_words(toks, langs + [x for x in ("es", "en") if x not in langs])
        # irony: a marker or an ironic emoji, or words mostly said in irony ("qué original") beside a
        # complaint, flip the praise of the comment (its positive emoji too when a marker says so)
        marked = self._irony(toks, text, found, langs)
        irony = bool(marked)
        if not irony and any(kind == "ironic" for _, _, kind in entries):
            irony = any(w <= -1.0 for _, w, _ in entries) or e_neg >= 1.0
        if irony:
            entries = [(i, w * self.irony_factor if w > 0 else w, kind) for i, w, kind in entries]
            e_pos, e_neg = 0.0, e_neg + e_pos
            if marked == "marker":  # "yeah right", "sí, claro", "/s": dismissive even beside no known praise
                entries.append((len(toks), self.irony_marker_weight, ""))
        else:
            quoted = self._scare_quoted(text, langs)  # praise in scare quotes turns into blame
            if quoted > 0:
                entries = entries + [(len(toks), -2 * quoted, "")]
        w_pos = w_neg = 0.0
        # an insult or accusation overrides praise only when it stands: "no es ningún vendehumo",
        # "he's no fraud" (negated, now weakly or fully positive) leave the praise beside them whole
        insult = any(kind == "insult" and w < 0 for _, w, kind in entries)
        for idx, w, kind in entries:
            if contrast_at >= 0:
                w *= self.after if idx > contrast_at else self.before
            if insult and w > 0:  # an insult at a person overrides the praise words beside it
                w *= self.insult_factor
            w_pos += max(w, 0.0)
            w_neg += max(-w, 0.0)
        hits += sum(1 for _, w, _ in entries if w != 0)
        neutral = sum(1 for _, _, kind in entries if kind == "neutral")
        letters = any(c.isalnum() for c in plain)
        return LexiconSignals(round(w_pos, 4), round(w_neg, 4), round(e_pos, 4), round(e_neg, 4), hits,
                              "?" in text or "¿" in text, bool(found) and not letters, neutral)


_SARCASM_TAG = re.compile(r"(?:^|\s)/s\s*$")
_QUOTED = re.compile(r'["\u201c\u00ab]([^"\u201c\u201d\u00ab\u00bb]{1,40})["\u201d\u00bb]')


class _Frames:
    """Accusation frames of one language (lexicon.json ``accusation_frames``): a frame ("eres un",
    "such a"), then a word the lexicon does not know whose ending marks a person noun (Spanish
    "-ero", "-ista", "-dor", and after a second-person frame "-ón"), not on the exceptions list
    (trades and praise: "rapero", "guitarrista", "ganador", "chingón"), ending the clause or followed
    by a linking word ("que", "de", "total")."""

    def __init__(self, spec: dict):
        fold = Lexicon.fold
        self.frames = [(tuple(fold(f).split()), re.compile(spec["endings"][kind] + "$"))
                       for kind, fs in spec["frames"].items() for f in fs]
        self.frames.sort(key=lambda x: len(x[0]), reverse=True)
        self.exceptions = {fold(x) for x in spec.get("exceptions", [])}
        self.exception_endings = tuple(spec.get("exception_endings", []))
        self.followers = {fold(x) for x in spec.get("followers", [])}
        self.weight = float(spec.get("weight", -1.5))
        self.min_len = int(spec.get("min_length", 5))

    def match(self, toks: list[str], i: int, known) -> Optional[tuple[int, float]]:
        for frame, ending in self.frames:
            n = len(frame)
            if tuple(toks[i:i + n]) != frame or i + n >= len(toks):
                continue
            w = toks[i + n]
            after = toks[i + n + 1] if i + n + 1 < len(toks) else None
            if (len(w) < self.min_len or w in _PUNCT or not ending.search(w) or w in self.exceptions
                    or w.endswith(self.exception_endings) or known(w)):
                continue
            if after is None or after in _PUNCT or after in self.followers:
                return i + n, self.weight
        return None


_ES_VOWELS = "aeiou"


def _es_plural(word: str) -> str:
    if word[-1] in _ES_VOWELS:
        return word + "s"
    return word[:-1] + "ces" if word.endswith("z") else word + "es"


def _es_diminutives(word: str) -> list[str]:
    if word[-1] in "ao":
        stem = word[:-1]
        stem = stem[:-1] + "qu" if stem.endswith("c") else stem[:-1] + "gu" if stem.endswith("g") else stem
        return [stem + x for x in ("ito", "ita", "illo", "illa")]
    if word[-1] == "e":
        return [word + "cito", word + "cita", word + "cillo", word[:-1] + "ito", word[:-1] + "illo"]
    return [word + "cito", word + "cita", word + "cillo"]


def noun_forms(phrase: str, language: str) -> list[str]:
    """The written forms of a person noun: plural, and in Spanish feminine and diminutives.

    Parameters
    ----------
    phrase : str
        A folded noun or noun phrase whose last word is the noun ("vendehumo", "chanta",
        "clout chaser", "con man").
    language : str
        "es" or "en"; any other value returns the phrase alone.

    Returns
    -------
    list of str
        The phrase and its forms, sorted. Spanish: feminine of "-o" and "-or/-on/-an" nouns,
        plurals ("-s", "-es", "-z" to "-ces") and, for one-word nouns, the diminutives "-ito/-ita",
        "-illo/-illa" ("-cito", "-cillo" after "-e" or a consonant), singular and plural:
        "vendehumos", "chantita", "farsantillo", "estafadora". English: the plural ("grifters",
        "one hit wonders", "con men").

    Examples
    --------
    >>> noun_forms("chanta", "es")[:4]
    ['chanta', 'chantas', 'chantilla', 'chantillas']
    >>> noun_forms("con man", "en")
    ['con man', 'con men']
    """
    words = phrase.split()
    if not words or language not in ("es", "en"):
        return [phrase]
    head, before = words[-1], words[:-1]
    forms = {head}
    if language == "en":
        if head.endswith("man"):
            forms.add(head[:-3] + "men")
        else:
            forms.add(head + ("es" if head.endswith(("s", "x", "ch", "sh")) else "s"))
    else:
        genders = {head}
        if head.endswith("o"):
            genders.add(head[:-1] + "a")
        elif head.endswith(("or", "on", "an")):
            genders.add(head + "a")
        for g in genders:
            forms.update((g, _es_plural(g)))
            if not before:
                forms.update(d + s for d in _es_diminutives(g) for s in ("", "s"))
    return sorted(" ".join(before + [f]) for f in forms)


def _load_lexicon(path: Optional[Path], device: str) -> Lexicon:
    """Loader of the model table's ``sentiment_lexicon`` (models/sentiment/lexicon.json)."""
    from viralml_desktop.core.registry import load_json

    return Lexicon(load_json(path, device))


def lexicon() -> Lexicon:
    """The shipped lexicon (model table entry ``sentiment_lexicon``)."""
    return registry.get("sentiment_lexicon")
