"""Emoji that fit a caption's sentences, its genre and its tone.

- Where: at the end of a sentence or clause only (after ".", "!", "?", "…", ";", a line end, or
  the end of the text), never between the words of a sentence, and never inside the song title,
  the artist, an @mention, a #tag, a link, a quoted title or a "Title - Artist" pair
  (:func:`protected_spans`). A sentence that is nothing but such a name gets no emoji unless it
  is the whole caption.
- What: the meaning of the whole clause, read by a classifier (:class:`ClauseModel`,
  ``models/captions/emoji_clause_model.npz``, trained by ``training/caption_emoji_train.py``):
  logistic regressions on the clause's sentence vector beside the whole caption's (the shared
  multilingual sentence encoder) give the probability of each of the editor's palettes (SAD,
  PARTY, LOVE, HYPE, GRATITUDE, IRONY, ...) and, for the emoji many clauses keep, the
  probability that an editor keeps that emoji there. The top palette is the clause's meaning;
  its emoji with the highest P(kept), less a small penalty for a generic emoji (one in many
  palettes: 🔥, 🎶, 🙌, ✨), is the choice: the specific emoji of the meaning (💃 on a dance line,
  ❤️ on a hometown line) goes before the generic one unless that is clearly likelier, and a
  generic emoji goes only where the clause is about the music or the hype (``generic_home``). Its confidence, the mean of the two
  probabilities averaged with the writers' consensus (for each development writer, the share of
  its 40 nearest training clauses whose editor kept that emoji; the mean over writers), must
  reach the model's threshold, chosen on the worst writer of a leave-one-writer-out
  cross-validation on the development sets. One emoji a caption (``max_per_caption``), at its
  last clause that is not logistics; an earlier clause only when very confident
  (``mid_threshold``). A logistics clause (a link, the bio, a platform, a date or time, a
  presale: :func:`is_logistics`) gets none unless the editors' labels support one emoji there
  across writers (none in the shipped model). No flag (which
  country is the writer's call). An unclear clause gets nothing: no fallback emoji.
  A single word never decides (the whole clause and caption are read; "se vino abajo" is not
  wine, "she left" is not an arrow). Once any clause reads as heartbreak or loss (top palette
  SAD or MEMORIAL), no party or hype emoji goes anywhere in the caption: no 🔥 on heartbreak.
  A caption with an ironic marker ("lol", "jaja", "xd", "le dicen", 😂, 🙃, 💀, 🤣) gets an
  emoji only where a clause reads as laughter or irony, and a question to the fans only the
  question emoji the editors' labels support (none in the shipped model). A clause whose tone
  and the caption's disagree (possible sarcasm) gets none, nor a clause end the caption already
  follows with an emoji.
- Tone: each emoji's sentiment from the Emoji Sentiment Ranking (Kralj Novak et al. 2015,
  CC BY-SA 4.0): ``(positive+1)/(n+3) − (negative+1)/(n+3)`` as in the paper. An emoji whose
  sentiment has the opposite sign to the caption's (beyond ``_TONE_MARGIN`` on both) is not
  added.

Measured by leave-one-writer-out cross-validation on seven labelled sets of Spanish and English
captions, each written by a different writer (training/caption_emoji_eval.py,
models/captions/metrics.json ``emoji_placement``: ``development_cv``; a blind set from an eighth
writer is evaluated once with ``caption_emoji_eval.py --heldout PATH``).
"""
from __future__ import annotations

import csv
import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional, Sequence

from viralml_desktop.core import registry

_TONE_MARGIN = 0.3
_VS16 = "\ufe0f"
_WORD = re.compile(r"[^\W\d_]+", re.U)

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
    """The emoji as platforms render it in colour: its fully-qualified form (Unicode's emoji-test
    status), so "❤" becomes "❤️" (VS16 added; the bare code point is "unqualified" there and many
    platforms draw it as a black text glyph). Labels and the evaluation compare emoji without
    VS16 (:func:`_base`), so both forms are the same emoji there."""
    import emoji

    data = emoji.EMOJI_DATA
    q = ch + _VS16
    if q in data and data[q].get("status") == emoji.STATUS["fully_qualified"] and (
            data.get(ch, {}).get("status") != emoji.STATUS["fully_qualified"]):
        return q
    return ch


def sentiment_of(ch: str) -> Optional[float]:
    info = ranking().get(_base(ch))
    return info.sentiment if info else None


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


# -- what emoji: a classifier of the whole clause's meaning --------------------------------

CLAUSE_MODEL = "captions/emoji_clause_model.npz"
LOSS_PALETTES = ("SAD", "MEMORIAL")  # a clause read as one of these keeps the hype emoji out
# ... and so does a clause with a real chance of that reading ("Rest in peace, brother": MEMORIAL 0.24, beside
# PARTY 0.27 on top); on the leave-one-writer-out CV this costs no kept share (training/caption_emoji_train.py)
LOSS_PROB = 0.15
HYPE_PALETTES = ("PARTY", "HYPE")
GENERIC_PALETTES = 4  # an emoji in at least this many palettes is generic (🔥 8, 🎶 5, 🙌 5, ✨ 4, 🎤 4)


@dataclass(frozen=True)
class ClauseModel:
    """Logistic-regression heads on sentence vectors: which editor's palette a clause is about
    and which emoji an editor keeps at its end (model table entry ``captions_emoji_clause_model``,
    trained by ``training/caption_emoji_train.py``).

    Attributes
    ----------
    palettes : tuple of str
        Palette names ("SAD", "PARTY", "LOVE", "IRONY", ...).
    palette_emoji : tuple of tuple of str
        Each palette's emoji (without VS16), in the editor's order.
    emoji : tuple of str
        The emoji that have a head of their own (enough development clauses keep them).
    palette_w, palette_b : numpy.ndarray
        float32 ``(n_palettes, d)`` and ``(n_palettes,)``: P(palette fits) = sigmoid(x·w + b).
    emoji_w, emoji_b : numpy.ndarray
        float32 ``(n_emoji, d)`` and ``(n_emoji,)``: P(an editor keeps the emoji at this end).
    threshold : float
        An emoji is placed only when its confidence (below) is at least this (chosen by
        leave-one-writer-out cross-validation on the development sets).
    mix : float
        Classifier confidence = ``mix`` · P(top palette) + (1 − ``mix``) · P(emoji kept).
    knn_x : numpy.ndarray, optional
        float16 ``(n_train, d)``: the training clauses' feature rows, each half (clause, caption)
        L2-normalised and the caption half scaled by ``sqrt(knn_caption_weight)``.
    knn_y : numpy.ndarray, optional
        bool ``(n_train, n_knn_emoji)``: whether the editor kept each of ``knn_emoji`` there.
    knn_emoji : tuple of str
        The emoji of ``knn_y``'s columns (every emoji some training clause keeps).
    knn_k, knn_temperature, knn_caption_weight, knn_weight : int, float, float, float
        The ``knn_k`` nearest training clauses (cosine), weighted by softmax(``knn_temperature`` ·
        cosine), give P_knn(emoji kept) = weighted share of them that keep it; the confidence of
        a placement is ``(1 − knn_weight)`` · classifier confidence + ``knn_weight`` · P_knn. With
        no ``knn_x`` the classifier's confidence alone.
    question_emoji : str
        The emoji placed at the end of a question to the fans ("?" or "¿"), when the editors'
        labels support one across writers; empty (the shipped model): a question gets none.
    question_support : float
        The share of the training questions that keep ``question_emoji`` (its confidence).
    knn_group : numpy.ndarray, optional
        int ``(n_train,)``: the writer (development file) of each training clause. When given,
        P_knn is the writers' consensus: the ``knn_k`` nearest clauses of EACH writer give that
        writer's share keeping the emoji, and P_knn is the mean over writers (an emoji most
        writers keep for such a clause ranks above one a single writer keeps often).
    max_per_caption : int
        At most this many placements per caption (the most confident).
    mid_threshold : float, optional
        The confidence a placement needs at a clause that is not the caption's last (the end of
        the caption needs ``threshold``); None: ``threshold`` everywhere.
    tone_margin : float
        Possible sarcasm: when the caption has several clauses and a clause's sentiment and the
        caption's have opposite signs beyond this margin, the clause takes no emoji, nor a
        positive emoji (sentiment >= ``_TONE_MARGIN``) a clause reading negative beyond it.
        0: off.
    generic_penalty : float
        Specific before generic: a palette's emoji are ranked by P(kept) minus
        ``generic_penalty`` · log2(the number of palettes the emoji is in), so 💃 goes before 🔥
        on a dance clause unless 🔥 is clearly likelier (🔥 is in 8 palettes, 🎶 and 🙌 in 5, ✨ in
        4: an editor who reads the clause keeps the emoji of its meaning). 0: off.
    logistics_rule : bool
        A logistics clause (:func:`is_logistics`: a link, the bio, a platform, a date or time, a
        presale) takes only ``logistics_emoji`` (none when empty), and the caption's last clause
        that is not logistics counts as its end (:attr:`Placement.final`).
    logistics_emoji : str
        The emoji the editors' labels support on logistics clauses across writers (as for
        ``question_emoji``); empty: such a clause gets none.
    logistics_support : float
        Its lowest per-writer share (its confidence).
    generic_home : tuple of str
        When given, a generic emoji (in at least ``GENERIC_PALETTES`` palettes: 🔥 🎶 🙌 ✨ 🎤) is
        placed only where the clause's top palette is one of these (the music and the hype): no
        🙌 on a hometown line, no ✨ on a night or gratitude line. Empty: off.
    """

    palettes: tuple
    palette_emoji: tuple
    emoji: tuple
    palette_w: "object"
    palette_b: "object"
    emoji_w: "object"
    emoji_b: "object"
    threshold: float
    mix: float
    knn_x: "object" = None
    knn_y: "object" = None
    knn_emoji: tuple = ()
    knn_k: int = 40
    knn_temperature: float = 20.0
    knn_caption_weight: float = 0.5
    knn_weight: float = 0.5
    question_emoji: str = ""
    question_support: float = 0.0
    knn_group: "object" = None
    max_per_caption: int = 3
    mid_threshold: Optional[float] = None
    tone_margin: float = 0.0
    generic_penalty: float = 0.0
    logistics_rule: bool = False
    logistics_emoji: str = ""
    logistics_support: float = 0.0
    generic_home: tuple = ()

    def probabilities(self, x):
        """``(P(palette), P(emoji kept))`` for feature rows ``x`` (float32 ``(n, d)``), shapes
        ``(n, n_palettes)`` and ``(n, n_emoji)``."""
        import numpy as np

        def sig(z):
            return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))

        return sig(x @ self.palette_w.T + self.palette_b), sig(x @ self.emoji_w.T + self.emoji_b)

    def save(self, path: Path) -> None:
        """Write the model as an ``.npz`` (no pickled objects)."""
        import numpy as np

        extra = {}
        if self.knn_x is not None:
            extra = dict(knn_x=np.asarray(self.knn_x, np.float16), knn_y=np.asarray(self.knn_y, bool),
                         knn_emoji=np.array(self.knn_emoji), knn_k=np.int64(self.knn_k),
                         knn_temperature=np.float64(self.knn_temperature),
                         knn_caption_weight=np.float64(self.knn_caption_weight),
                         knn_weight=np.float64(self.knn_weight))
            if self.knn_group is not None:
                extra["knn_group"] = np.asarray(self.knn_group, np.int16)
        extra.update(generic_penalty=np.float64(self.generic_penalty), logistics_rule=np.bool_(self.logistics_rule),
                     generic_home=np.array(" ".join(self.generic_home)),
                     logistics_emoji=np.array(self.logistics_emoji),
                     logistics_support=np.float64(self.logistics_support))
        extra.update(max_per_caption=np.int64(self.max_per_caption), tone_margin=np.float64(self.tone_margin),
                     mid_threshold=np.float64(-1.0 if self.mid_threshold is None else self.mid_threshold))
        np.savez_compressed(path, palettes=np.array(self.palettes), emoji=np.array(self.emoji),
                            palette_emoji=np.array([" ".join(p) for p in self.palette_emoji]),
                            palette_w=self.palette_w, palette_b=self.palette_b, emoji_w=self.emoji_w,
                            emoji_b=self.emoji_b, threshold=np.float64(self.threshold), mix=np.float64(self.mix),
                            question_emoji=np.array(self.question_emoji),
                            question_support=np.float64(self.question_support), **extra)

    def knn_features(self, x):
        """Rows of ``x`` (float32 ``(n, 2·h)``: clause half, caption half) as the neighbour search
        compares them: each half L2-normalised, the caption half scaled by
        ``sqrt(knn_caption_weight)``."""
        import numpy as np

        h = x.shape[1] // 2

        def unit(a):
            return a / np.maximum(np.linalg.norm(a, axis=1, keepdims=True), 1e-12)

        return np.hstack([unit(x[:, :h]), np.sqrt(self.knn_caption_weight) * unit(x[:, h:])]).astype(np.float32)

    def knn_probabilities(self, x):
        """P_knn(emoji kept) for feature rows ``x``: float ``(n, len(knn_emoji))`` (zeros when the
        model has no neighbours). With ``knn_group`` the mean over writers of each writer's
        weighted share (the writers' consensus), else the share among all training clauses."""
        import numpy as np

        if self.knn_x is None or not len(self.knn_x):
            return np.zeros((len(x), len(self.knn_emoji)))
        sim = self.knn_features(x) @ np.asarray(self.knn_x, np.float32).T / (1 + self.knn_caption_weight)
        y = np.asarray(self.knn_y, float)

        def share(cols):
            k = min(self.knn_k, len(cols))
            s_all = sim[:, cols]
            nn = np.argpartition(-s_all, k - 1, axis=1)[:, :k]
            s = np.take_along_axis(s_all, nn, axis=1)
            w = np.exp(self.knn_temperature * (s - s.max(axis=1, keepdims=True)))
            w /= w.sum(axis=1, keepdims=True)
            return np.einsum("nk,nke->ne", w, y[cols][nn])

        if self.knn_group is None:
            return share(np.arange(sim.shape[1]))
        groups = np.asarray(self.knn_group)
        return np.mean([share(np.flatnonzero(groups == gr)) for gr in np.unique(groups)], axis=0)


def _load_clause_model(path: Path, device: str) -> ClauseModel:
    """Loader of the model table's ``captions_emoji_clause_model`` (emoji_clause_model.npz)."""
    import numpy as np

    with np.load(path, allow_pickle=False) as z:
        extra = {}
        if "knn_x" in z.files:
            extra = dict(knn_x=z["knn_x"].astype(np.float32), knn_y=z["knn_y"].astype(bool),
                         knn_emoji=tuple(str(x) for x in z["knn_emoji"]), knn_k=int(z["knn_k"]),
                         knn_temperature=float(z["knn_temperature"]),
                         knn_caption_weight=float(z["knn_caption_weight"]), knn_weight=float(z["knn_weight"]))
        if "question_emoji" in z.files:
            extra.update(question_emoji=str(z["question_emoji"]), question_support=float(z["question_support"]))
        if "generic_penalty" in z.files:
            extra.update(generic_penalty=float(z["generic_penalty"]), logistics_rule=bool(z["logistics_rule"]),
                         logistics_emoji=str(z["logistics_emoji"]), logistics_support=float(z["logistics_support"]))
        if "generic_home" in z.files:
            extra["generic_home"] = tuple(str(z["generic_home"]).split())
        if "knn_group" in z.files:
            extra["knn_group"] = z["knn_group"].astype(np.int64)
        if "max_per_caption" in z.files:
            mid = float(z["mid_threshold"])
            extra.update(max_per_caption=int(z["max_per_caption"]), tone_margin=float(z["tone_margin"]),
                         mid_threshold=None if mid < 0 else mid)
        return ClauseModel(tuple(str(x) for x in z["palettes"]),
                           tuple(tuple(str(x).split()) for x in z["palette_emoji"]),
                           tuple(str(x) for x in z["emoji"]),
                           z["palette_w"].astype(np.float32), z["palette_b"].astype(np.float32),
                           z["emoji_w"].astype(np.float32), z["emoji_b"].astype(np.float32),
                           float(z["threshold"]), float(z["mix"]), **extra)


def clause_model() -> ClauseModel:
    """The shipped clause classifier (model table entry ``captions_emoji_clause_model``)."""
    return registry.get("captions_emoji_clause_model")


def clause_features(texts: Sequence[str], body: str, embed: Optional[Callable] = None):
    """Feature rows of a caption's clauses: the clause's sentence vector beside the whole caption's.

    Parameters
    ----------
    texts : sequence of str
        The clauses as written (:attr:`Clause.text`).
    body : str
        The whole caption body (its vector carries the caption's tone and topic).
    embed : callable, optional
        list of str -> float32 ``(n, 512)`` array; the shared ``sentence_embedder`` (USE
        multilingual v3) when not given.

    Returns
    -------
    numpy.ndarray
        float32 ``(len(texts), 1024)``.
    """
    import numpy as np

    if embed is None:
        embed = registry.get("sentence_embedder").encode
    v = np.asarray(embed(list(texts) + [body]), dtype=np.float32)
    return np.hstack([v[:-1], np.repeat(v[-1:], len(texts), axis=0)])


def eligible_clauses(body: str, names: Sequence[str]) -> list[Clause]:
    """The clauses of ``body`` that may take an emoji: they end outside every protected span,
    have words outside the names (unless the caption is one clause) and carry no emoji yet."""
    cls = clauses(body, protected_spans(body, names))
    return [c for c in cls if (_WORD.search(c.masked) or len(cls) == 1) and count_emoji(c.text) == 0]


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
        "meaning: <palette> (<confidence>)", e.g. "meaning: party (0.81)".
    confidence : float
        The classifier's confidence that an editor keeps this emoji here, in [0, 1].
    final : bool
        Whether the clause is the caption's last (an emoji elsewhere needs
        ``ClauseModel.mid_threshold``).
    """

    end: int
    word: str
    emoji: str
    clause: str
    why: str
    confidence: float = 0.0
    final: bool = True


_LAST_WORD = re.compile(r"([^\W_]+)\W*$", re.U)


_IRONY = re.compile(r"(?<![^\W\d_])(?:lol|lmao|ja(?:ja)+j?|je(?:je)+|xd+|yeah right|love that for me|le dicen)"
                    r"(?![^\W\d_])|[\U0001F602\U0001F643\U0001F480\U0001F923]", re.I)
IRONY_PALETTES = ("LAUGH", "IRONY")  # the only palettes a caption with an ironic marker may take


def is_question(text: str) -> bool:
    """Whether a clause is a question ("?" at its end, or an opening "¿")."""
    return text.rstrip(" \"”»')]").endswith("?") or text.lstrip().startswith("¿")


_DAYS_MONTHS = ("lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|(?<!santo )domingo|enero|febrero|marzo|abril|mayo|junio|julio|"
                "agosto|septiembre|setiembre|octubre|noviembre|diciembre|monday|tuesday|wednesday|thursday|friday|"
                "saturday|sunday|january|february|march|april|june|july|august|september|october|november|december")
_LOGISTICS = re.compile(
    r"(?<![^\W\d_])(?:links?|linktree|bio|enlace|url|youtube|spotify|apple music|soundcloud|tidal|deezer|"
    r"plataformas|platforms|streaming|pre-?saves?|pre-?orders?|presale|preventa|(?:in|en) (?:my |mis )?(?:stories|historias)|tickets?|"
    r"entradas|boletos|tour dates|fechas|" + _DAYS_MONTHS + r")(?![^\W\d_])"
    r"|\b\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.\s?m\.|p\.\s?m\.|hrs?|h)(?![^\W\d_])"
    r"|\b\d{1,2}/\d{1,2}\b|\b(?:a las|at)\s+\d", re.I | re.U)


def is_logistics(text: str) -> bool:
    """Whether a clause is logistics rather than meaning: a link or the bio, a platform
    (YouTube, Spotify, "todas las plataformas"), a date or time (a weekday, a month, "12AM",
    "5/2", "a las 8"; not "Santo Domingo"), a presale or pre-save, tickets, "in stories".

    Parameters
    ----------
    text : str
        The clause (names masked, :attr:`Clause.masked`).

    Returns
    -------
    bool
        True when one of those words or patterns is in it (Spanish or English).
    """
    return bool(_LOGISTICS.search(text))


def _is_flag(e: str) -> bool:
    return len(e) == 2 and all(0x1F1E6 <= ord(c) <= 0x1F1FF for c in e)


def _emoji_follows(body: str, end: int) -> bool:
    """Whether the caption already has an emoji right after offset ``end`` ("loading... ⏳")."""
    rest = body[end:].lstrip()
    return bool(rest) and count_emoji(rest[:2]) > 0


def candidates(body: str, names: Sequence[str], model: ClauseModel, caption_tone: Optional[float],
               embed: Optional[Callable] = None,
               clause_tones: Optional[Sequence[Optional[float]]] = None) -> list[Placement]:
    """The best emoji for every eligible clause with its confidence, before the threshold.

    For each clause the top palette is the meaning; its emoji are tried in the order of their
    P(kept) (their own head's, averaged with the writers' consensus among the nearest training
    clauses: the emoji most writers keep for such clauses; then the editor's order), skipping
    one already used, one whose sentiment contradicts ``caption_tone`` (:func:`fits_tone`), a
    flag (which country is the writer's call, not the clause's meaning), and, when any clause
    of the caption reads as heartbreak or loss (top palette SAD or MEMORIAL), the party and hype
    emoji (no 🔥 on heartbreak; also when a clause's P(SAD) or P(MEMORIAL) is at least
    ``LOSS_PROB`` without being the top palette). The confidence mixes the classifier's with the neighbours'
    (:meth:`ClauseModel.knn_probabilities`). Abstentions: a caption with an ironic marker
    ("lol", "jaja", "xd", "le dicen", 😂, 🙃, 💀, 🤣) takes no emoji except where the clause
    reads as laughter or irony (the literal reading of irony is the miss); a question to the
    fans takes only ``model.question_emoji`` (none when the editors' labels do not support one);
    a clause end the caption already follows with an emoji takes none; with ``clause_tones``
    and ``model.tone_margin``, a clause whose tone and the caption's disagree (possible
    sarcasm) takes none, and a clause reading negative takes no positive emoji. See
    :func:`plan` for the parameters; ``clause_tones`` is the sentiment of each eligible
    clause (:func:`eligible_clauses`), in order, or None.
    """
    cls = eligible_clauses(body, names)
    if not cls:
        return []
    logistics = [model.logistics_rule and is_logistics(c.masked) for c in cls]
    # the caption's end: its last clause, or with the logistics rule its last clause that is not logistics
    last = max((i for i, lg in enumerate(logistics) if not lg), default=len(cls) - 1)
    n_pal = {}
    for em in model.palette_emoji:
        for e in em:
            n_pal[e] = n_pal.get(e, 0) + 1
    x = clause_features([c.text for c in cls], body, embed)
    pp, pe = model.probabilities(x)
    pk = model.knn_probabilities(x) if model.knn_x is not None else None
    kcol = {e: j for j, e in enumerate(model.knn_emoji)}
    top = pp.argmax(axis=1)
    lossy = [k for k, p in enumerate(model.palettes) if p in LOSS_PALETTES]
    loss = any(model.palettes[k] in LOSS_PALETTES for k in top) or bool(lossy and (pp[:, lossy] >= LOSS_PROB).any())
    banned = {e for k, p in enumerate(model.palettes) if p in HYPE_PALETTES for e in model.palette_emoji[k]} \
        | {"🔥"} if loss else set()
    ironic = bool(_IRONY.search(body))
    margin = model.tone_margin
    col = {e: j for j, e in enumerate(model.emoji)}
    out, used = [], set()
    for i in sorted(range(len(cls)), key=lambda i: -pp[i, top[i]]):
        c = cls[i]
        final = i == last
        m = _LAST_WORD.search(c.text)
        if _emoji_follows(body, c.end):
            continue
        ct = clause_tones[i] if clause_tones is not None and len(cls) > 1 else None
        if margin and ct is not None and caption_tone is not None and (
                (caption_tone >= margin and ct <= -margin) or (caption_tone <= -margin and ct >= margin)):
            continue
        # a question to the fans or a logistics clause takes only the one emoji the labels support there
        kind = "question" if is_question(c.text) else "logistics" if logistics[i] else None
        if kind:
            q, support = ((model.question_emoji, model.question_support) if kind == "question"
                          else (model.logistics_emoji, model.logistics_support))
            if q and q not in used and q not in banned and fits_tone(q, caption_tone):
                used.add(q)
                out.append(Placement(c.end, m.group(1) if m else c.text, _display_form(q), c.text,
                                     f"meaning: {kind} ({support:.2f})", round(support, 4), final))
            continue
        k = int(top[i])
        if ironic and model.palettes[k] not in IRONY_PALETTES:
            continue
        pal = model.palette_emoji[k]
        def kept(e):  # P(kept) by the emoji's own head (else the palette's), averaged with the neighbours'
            p = float(pe[i, col[e]]) if e in col else float(pp[i, k])
            return p if pk is None else (1 - model.knn_weight) * p + model.knn_weight * float(
                pk[i, kcol[e]] if e in kcol else 0.0)

        def allowed(e):
            if e in used or e in banned or _is_flag(e) or not fits_tone(e, caption_tone):
                return False
            if model.generic_home and n_pal.get(e, 1) >= GENERIC_PALETTES and model.palettes[k] not in model.generic_home:
                return False
            s = sentiment_of(e) if margin and ct is not None else None
            return not (s is not None and s >= _TONE_MARGIN and ct <= -margin)

        gp = model.generic_penalty
        order = sorted(pal, key=lambda e: (-(kept(e) - gp * math.log2(n_pal.get(e, 1))), pal.index(e)))
        e = next((x for x in order if allowed(x)), None)
        if e is None:
            continue
        conf = model.mix * float(pp[i, k]) + (1 - model.mix) * float(pe[i, col[e]] if e in col else pp[i, k])
        if pk is not None:
            conf = (1 - model.knn_weight) * conf + model.knn_weight * float(pk[i, kcol[e]] if e in kcol else 0.0)
        used.add(e)
        out.append(Placement(c.end, m.group(1) if m else c.text, _display_form(e), c.text,
                             f"meaning: {model.palettes[k].lower()} ({conf:.2f})", round(conf, 4), final))
    return out


def select(found: Sequence[Placement], model: ClauseModel, max_emoji: int,
           threshold: Optional[float] = None) -> list[Placement]:
    """The placements of :func:`candidates` that an editor would keep, in text order.

    A placement at the caption's last clause needs ``threshold`` (the model's when None), one at
    an earlier clause ``model.mid_threshold`` (the end of the caption is where a single emoji
    reads best; an earlier clause only when very confident); then the most confident
    ``min(max_emoji, model.max_per_caption)``.
    """
    tau = model.threshold if threshold is None else threshold
    mid = tau if model.mid_threshold is None else max(tau, model.mid_threshold)
    ok = [c for c in found if c.confidence >= (tau if c.final else mid)]
    ok = sorted(ok, key=lambda c: -c.confidence)[:max(0, min(max_emoji, model.max_per_caption))]
    return sorted(ok, key=lambda c: c.end)


def plan(body: str, language: str, genre_key: str, names: Sequence[str], max_emoji: int,
         score: Callable[[list[str]], list[Optional[float]]],
         caption_tone: Optional[float] = None, model: Optional[ClauseModel] = None,
         embed: Optional[Callable] = None) -> list[Placement]:
    """Emoji for the ends of a caption's clauses, only where a clause's meaning is clear.

    Each eligible clause (:func:`eligible_clauses`: it ends at ".", "!", "?", "…", ";", a line
    end or the end of the text, outside the title, artist, mentions, tags and links) is read by
    the clause classifier (:class:`ClauseModel` on the clause's and the caption's sentence
    vectors); its emoji is placed only when the confidence passes the model's threshold. A
    caption whose clauses are all unclear gets no emoji: a placement an editor would not keep
    is worse than none.

    Parameters
    ----------
    body : str
        The caption body (without its trailing hashtags).
    language : str
        "es", "en" or "und" (the sentence encoder is multilingual; kept for the callers).
    genre_key : str
        The genre's key (not used by the classifier; kept for the callers).
    names : sequence of str
        Song title, artist and mentions (never touched, see :func:`protected_spans`).
    max_emoji : int
        At most this many placements (the most confident ones), and at most the model's
        ``max_per_caption`` (:func:`select`).
    score : callable
        Sentiment in [-1, 1] (or None) of each of a list of texts (``comments.score_texts``);
        used for the caption's tone when ``caption_tone`` is not given.
    caption_tone : float, optional
        The whole caption's sentiment.
    model : ClauseModel, optional
        The shipped model (:func:`clause_model`) when not given (cross-validation passes its own).
    embed : callable, optional
        The sentence encoder's ``encode`` (the shared ``sentence_embedder`` when not given).

    Returns
    -------
    list of Placement
        In text order, at most one per clause and ``min(max_emoji, model.max_per_caption)`` in
        all; none inside a protected span, none between the words of a clause.
    """
    if max_emoji <= 0 or not body.strip():
        return []
    if model is None:
        model = clause_model()
    if caption_tone is None:
        caption_tone = score([body])[0]  # the title's words count here ("Crying - Stakas" is no 🔥 caption)
    clause_tones = None
    if model.tone_margin:
        cls = eligible_clauses(body, names)
        if len(cls) > 1:
            clause_tones = score([c.text for c in cls])
    return select(candidates(body, names, model, caption_tone, embed, clause_tones), model, max_emoji)
