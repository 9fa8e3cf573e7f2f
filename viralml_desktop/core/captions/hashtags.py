"""Capability ``research_hashtags``: candidate hashtags for a caption, ranked by expected lift.

Candidates come from the caption (the tags the user wrote, its rarer words — wordfreq), the
artist and the song title, the genre × platform table (``models/hashtags/genre_platform_tags.json``),
the caption's language and the audience's countries, and the tags of the account's own history.
A tag the account has used is scored by the lift model of ``core/captions/lift.py`` when that
model passed its time-ordered test against the median of the account's posts (permutation p < 0.05,
``LiftModel.answers``): expected reach relative to the same account posting without hashtags, from
its history shrunk toward the table prior; ``score`` = lift / (1 + lift) (0.5 = no change). Those
rows come first. Any other
tag is scored by its measured relevance to the caption, genre and platform (sentence-embedding
similarity, 0-1, ``basis`` "relevance") and no reach effect is claimed for it: the prior alone
has no held-out skill. Equal scores keep the candidates' relevance order: the user's own tags,
artist, song, genre, history, related genre tags, language, country, keywords.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Optional

import re

import numpy as np

from viralml_desktop.core import registry, vocabulary
from viralml_desktop.core.captions.parse import CREDIT_WORDS, ParsedCaption, make_tag, parse
from viralml_desktop.core.embeddings import EMBEDDER
from viralml_desktop.core.errors import InputError, ModelUnavailable
from viralml_desktop.core.captions.lift import LiftModel, account_model, normalize_tag, score_from_lift
from viralml_desktop.core.progress import ProgressLike
from viralml_desktop.core.schemas.captions import HashtagRequest

_KEYWORD_MAX_ZIPF = 5.0  # wordfreq Zipf: rarer words are specific enough to tag
_KEYWORD_MIN_LEN = 4
_MAX_KEYWORDS = 2
# Conjugated verbs make poor topics (#dejaste, #salió): words with these endings are skipped.
_VERB_ENDINGS = {"es": ("aste", "iste", "aron", "ieron", "amos", "imos", "ó", "é", "í", "aba", "ía"),
                "en": ("ed",)}
_MAX_HISTORY_TAGS = 10
# Words of posting boilerplate ("link in bio", "out now") are not topics: never keyword tags.
_BOILERPLATE = {"link", "bio", "out", "now", "new", "video", "official", "oficial", "stream", "streaming",
               "available", "disponible", "escucha", "listen", "watch", "mira", "single", "sencillo",
               "nuevo", "nueva", "ahora", "aquí", "here", "click", "comment", "comenta", "follow", "sigue"}
_MIN_HISTORY_USES = 3
# A keyword tag is a noun or a name of the caption: with no part-of-speech tagger in the dependencies, a word
# counts as a noun when a determiner stands right before it ("el estadio", "my heart"), or a preposition
# does and it does not end like an infinitive ("en Madrid", not "para bailar"); a capitalised word inside a
# sentence is a name; a clause's first word is its head (below). Everything else (verbs, adverbs, adjectives,
# function words: "Se vino abajo el estadio" -> #vino #abajo, "corazón roto ... me extrañan" -> #roto
# #extrañan) gives no tag.
_DETERMINERS = {
    "es": {"el", "la", "los", "las", "un", "una", "unos", "unas", "mi", "mis", "tu", "tus", "su", "sus",
           "nuestro", "nuestra", "nuestros", "nuestras", "este", "esta", "estos", "estas", "ese", "esa",
           "esos", "esas", "aquel", "aquella", "aquellos", "aquellas", "del", "al", "cada"},
    "en": {"the", "a", "an", "my", "your", "his", "her", "its", "our", "their", "this", "that", "these",
           "those", "every", "each"}}
_PREPOSITIONS = {
    "es": {"en", "de", "para", "por", "con", "sin", "sobre", "desde", "hasta", "entre", "hacia", "contra", "tras"},
    "en": {"in", "on", "at", "for", "with", "from", "of", "about", "into", "through", "under", "over", "after",
           "before", "without", "across", "around"}}
_INFINITIVE_ENDINGS = {"es": ("ar", "er", "ir"), "en": ("ing",)}
# a clause's first word is taken as its head noun ("Stakas, perreo hasta abajo", "Corazón roto, ..."), unless
# it is an adverb by its ending ("Slowly falling apart", "..., really loud") or a verb (below)
_ADVERB_ENDINGS = {"es": ("mente",), "en": ("ly",)}
# ... or a verb: a clause's first word followed at once by its object (a determiner, a quantifier, an object
# pronoun: "Extraño tu voz", "Bailo toda la noche", "Miss your voice", "Love you") is a verb; a head noun is
# followed by an adjective, a preposition or a comma ("Corazón roto", "Noche de verano", "Songs that ...":
# "del", "al" and "that" are no object). Without an object, a clause's first word is a verb when it is one of
# the first-person present forms below, captions' and lyrics' own verbs that are no noun ("Extraño.", "Bailo
# sola"); forms that are nouns as often (sueño, recuerdo, beso, deseo, olvido, camino) are left to the
# object rule. No part-of-speech tagger is in the dependencies; these two rules are what stands in for one.
_OBJECT_STARTS = {
    "es": (_DETERMINERS["es"] - {"del", "al"}) | {"todo", "toda", "todos", "todas"},
    "en": (_DETERMINERS["en"] - {"that"}) | {"all", "me", "you", "him", "us", "them"}}
_FIRST_PERSON_VERBS = {
    "es": {"extraño", "bailo", "lloro", "perdono", "confieso", "dedico", "adoro", "traigo", "muero", "prometo",
           "salgo", "busco", "vuelvo", "vengo", "imagino", "juro", "pido", "prefiero", "conozco", "brindo",
           "celebro", "agradezco", "comparto", "presento", "escucho", "miro", "llamo", "canto", "amo", "odio",
           "pienso", "necesito", "quiero", "siento", "espero", "tengo", "hago", "digo", "puedo", "creo", "veo"},
    "en": set()}  # an English verb's first person is its base form, as often a noun ("dance", "dream")

# relevance order for equal scores
_RELEVANCE = ("caption", "artist", "song", "genre", "history", "genre_related", "language", "country", "keyword")


def table() -> dict:
    """The genre × platform table (model table entry ``hashtags_genre_platform_tags``)."""
    return registry.get("hashtags_genre_platform_tags")


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFD", s.casefold().strip())
    return " ".join("".join(c for c in s if unicodedata.category(c) != "Mn").replace("-", " ").split())


def genre_key(genre: str) -> Optional[str]:
    """The genre × platform table's row for a free-text genre.

    Parameters
    ----------
    genre : str
        A genre as a user types it, in Spanish or English ("Trap Latino", "reguetón").

    Returns
    -------
    str or None
        The table's genre ("trap"), its broader genre when it has no row of its own
        ("deep house" -> "electronic"), or None when neither is listed.

    Raises
    ------
    ModelUnavailable
        When the genre × platform table (``models/hashtags/genre_platform_tags.json``) is
        missing or corrupt.

    Notes
    -----
    Names and aliases are matched through the app's one genre table, core/vocabulary.py
    (:func:`~viralml_desktop.core.vocabulary.normalize_genre`).

    Examples
    --------
    >>> genre_key("Trap Latino")
    'trap'
    >>> genre_key("deep house")
    'electronic'
    """
    return vocabulary.normalize_genre(genre, table()["genres"])


@dataclass
class _Candidate:
    tag: str
    source: str

    @property
    def key(self) -> str:
        return normalize_tag(self.tag)


def _noun_like(body: str, language: str) -> set[str]:
    """The lower-cased words of ``body`` used as a noun or a name somewhere in it.

    A word right after a determiner, right after a preposition (an infinitive there is a verb),
    capitalised inside a sentence, or first in a clause and neither an adverb by its ending nor a
    verb (followed at once by its object, or a first-person verb of ``_FIRST_PERSON_VERBS``); see
    ``_DETERMINERS`` and ``_OBJECT_STARTS``. A verb, adverb or adjective of a phrase ("Se vino
    abajo el estadio": vino, abajo; "corazón roto, me extrañan": roto, extrañan; "Extraño tu voz":
    extraño) is not one; "Un extraño en la ciudad" has the noun extraño.

    Parameters
    ----------
    body : str
        The caption's text without hashtags, mentions and links.
    language : str
        "es" or "en".

    Returns
    -------
    set of str
    """
    out: set[str] = set()
    prev, start, clause = "", True, True
    toks = [m.group(0) for m in re.finditer(r"[^\W\d_]+|[.!?¡¿…\n]|[,;:()\-–—]", body)]
    for i, tok in enumerate(toks):
        if not tok.isalpha():
            prev, clause = "", True
            start = start or tok in ".!?¡¿…\n"
            continue
        low = tok.lower()
        nxt = toks[i + 1].lower() if i + 1 < len(toks) else ""
        if (prev in _DETERMINERS[language]
                or (prev in _PREPOSITIONS[language] and not low.endswith(_INFINITIVE_ENDINGS[language]))
                or (not start and tok[0].isupper())
                or (clause and not low.endswith(_ADVERB_ENDINGS[language])
                    and low not in _FIRST_PERSON_VERBS[language] and nxt not in _OBJECT_STARTS[language])):
            out.add(low)
        prev, start, clause = low, False, False
    return out


def _keywords(parsed: ParsedCaption) -> list[str]:
    if parsed.language not in ("es", "en"):
        return []
    from wordfreq import tokenize, zipf_frequency

    skip = {_fold(w) for t in [parsed.title, parsed.artist, *parsed.artists] for w in t.split()}
    skip |= CREDIT_WORDS  # "feat." of "Nueva Vida - Stakas feat. Luna" is a credit, not a keyword
    body = " ".join(w for w in parsed.body.split() if not w.startswith(("#", "@", "http", "www.")))
    seen, scored = set(), []
    nouns = _noun_like(body, parsed.language)
    for w in tokenize(body, parsed.language):
        if (len(w) < _KEYWORD_MIN_LEN or not w.isalpha() or _fold(w) in skip or w in seen or w in _BOILERPLATE
                or w.endswith(_VERB_ENDINGS[parsed.language]) or w not in nouns):
            continue
        seen.add(w)
        z = zipf_frequency(w, parsed.language)
        if 0 < z < _KEYWORD_MAX_ZIPF:  # 0: unknown to wordfreq (typo, slang): not tagged
            scored.append((z, w))
    return [w for _, w in sorted(scored)[:_MAX_KEYWORDS]]


MAX_NAME_TAG_CHARS = 30
"""A title or an artist whose CamelCase hashtag would be longer than this (without the #) is not made a
hashtag: such a tag is unreadable, and past 100 characters it would be cut mid-word."""


def long_name(text: str) -> Optional[str]:
    """The hashtag a title or an artist would make, when it is longer than :data:`MAX_NAME_TAG_CHARS`
    characters (without the #) and so is not used; else None."""
    tag = make_tag(text or "")
    return tag if len(tag) - 1 > MAX_NAME_TAG_CHARS else None


def _candidates(parsed: ParsedCaption, genre: str, platform: str, countries: list[str],
                model: LiftModel) -> list[_Candidate]:
    t = table()
    out: list[_Candidate] = [_Candidate(tag, "caption") for tag in parsed.user_tags]
    names = [(a, "artist") for a in (parsed.artists or [parsed.artist])] + [(parsed.title, "song")]
    for text, source in names:  # each artist of "A, B" / "A ft. B" its own tag
        tag = make_tag(text)
        if tag and not long_name(text):  # a long title as one CamelCase tag is unreadable: skipped (noted)
            out.append(_Candidate(tag, source))
    gk = genre_key(genre)
    if gk:  # a genre the table does not know gives no hashtag (genre_note says so)
        row = t["genres"][gk]
        tags = one_spelling(row.get(platform, []) + row.get("all", []), gk, [c.tag for c in out])
        if tags:
            out += [_Candidate(tags[0], "genre")] + [_Candidate(x, "genre_related") for x in tags[1:]]
    history = sorted((k for k, n in model.tag_n.items() if n >= _MIN_HISTORY_USES),
                     key=lambda k: -model.estimate(k).theta)[:_MAX_HISTORY_TAGS]
    out += [_Candidate("#" + k, "history") for k in history]
    out += [_Candidate("#" + w, "keyword") for w in _keywords(parsed)]
    out += [_Candidate(x, "language") for x in t["language"].get(parsed.language, [])]
    for c in countries:
        out += [_Candidate(x, "country") for x in t["country"].get(c.strip().upper(), [])]
    avoid = {normalize_tag(a) for a in t["platform"].get(platform, {}).get("avoid", [])}
    seen, unique = set(), []
    for c in out:
        if c.key and c.key not in seen and (c.key not in avoid or c.source == "caption"):
            seen.add(c.key)
            unique.append(c)
    return unique


def _letters(text: str) -> str:
    """``text`` folded to its letters and digits: no accents, case, '#', spaces or signs."""
    return "".join(c for c in _fold(text.lstrip("#")) if c.isalnum())


SPELLING_SIMILARITY = 0.8  # difflib ratio above which a tag is another spelling of the genre's name


def is_spelling_of(tag: str, genre: str) -> bool:
    """Whether ``tag`` writes the genre's name itself, in any spelling (``#reguetón`` and
    ``#reggaeton`` for reggaeton, ``#hiphop`` for hip hop), rather than a related tag (``#perreo``).

    Parameters
    ----------
    tag : str
        A hashtag, with or without '#'.
    genre : str
        A genre's name (the table's row name).

    Returns
    -------
    bool
        True when the two, folded to letters and digits (no accents, case or spaces), are equal or
        alike by difflib's ratio >= :data:`SPELLING_SIMILARITY` (``reguetón``/``reggaeton`` 0.82,
        ``traplatino``/``trap`` 0.57).
    """
    import difflib

    a, b = _letters(tag), _letters(genre)
    return bool(a and b) and (a == b or difflib.SequenceMatcher(None, a, b).ratio() >= SPELLING_SIMILARITY)


def one_spelling(tags: list[str], genre: str, taken: list[str] = ()) -> list[str]:
    """A genre's tags with its name written once: the first spelling of the name is kept, the others
    (``#reguetón`` after ``#reggaeton``) are duplicates and dropped, as is every spelling when one
    is already ``taken`` (a tag the user wrote).

    Parameters
    ----------
    tags : list of str
        The genre's tags, the platform's own row first, then the row for every platform; the table
        lists a genre's spellings most used first (models/hashtags/genre_platform_tags.json).
    genre : str
        The genre's name (the table's row).
    taken : list of str, optional
        Tags already chosen (the caption's own).

    Returns
    -------
    list of str
        ``tags`` in order, each name spelled once and no tag twice.
    """
    spelled = any(is_spelling_of(x, genre) for x in taken)
    seen = {normalize_tag(x) for x in taken}
    out = []
    for x in tags:
        if normalize_tag(x) in seen:
            continue
        if is_spelling_of(x, genre):
            if spelled:
                continue
            spelled = True
        seen.add(normalize_tag(x))
        out.append(x)
    return out


def genre_note(genre: str) -> Optional[str]:
    """One line when ``genre`` is given but the genre table does not know it (no genre hashtag is
    made from it); None for a known genre (or an accepted spelling of one) or no genre.

    Raises
    ------
    ModelUnavailable
        When the genre × platform table is missing or corrupt.
    """
    if not genre.strip() or genre_key(genre):
        return None
    return (f"genre {genre.strip()!r} is not a genre the hashtag table knows: no genre hashtag added "
            "(give a genre such as trap, reggaeton or latin pop)")


def _tag_words(tag: str) -> str:
    """A hashtag as words: ``#NuevaVida`` -> ``Nueva Vida``, ``#trap_latino`` -> ``trap latino``."""
    body = tag.lstrip("#").replace("_", " ")
    return re.sub(r"(?<=[a-záéíóúñü])(?=[A-ZÁÉÍÓÚÑÜ])|(?<=[A-Za-z])(?=\d)", " ", body)


def relevance(tags: list[str], context: str) -> Optional[list[float]]:
    """How close each hashtag's meaning is to the caption, genre and platform: a measurement.

    Parameters
    ----------
    tags : list of str
        Hashtags, with or without "#"; CamelCase and "_" are read as word breaks.
    context : str
        The caption's text, title, artist, genre and platform, in one string.

    Returns
    -------
    list of float or None
        Per tag, the cosine similarity of its words' and the context's sentence embeddings
        (Universal Sentence Encoder multilingual, model table entry ``sentence_embedder``),
        clipped to 0..1 and rounded to 4 decimals; None when the embedder is unavailable or
        ``context`` is blank. It says how related a tag is to the post, not how it changes reach.
    """
    if not tags or not context.strip():
        return None
    try:
        emb = registry.get(EMBEDDER)
    except ModelUnavailable:
        return None
    v = np.asarray(emb.encode([context] + [_tag_words(t) for t in tags]), dtype=np.float64)
    v /= np.maximum(np.linalg.norm(v, axis=1, keepdims=True), 1e-12)
    return [round(float(min(1.0, max(0.0, x))), 4) for x in v[1:] @ v[0]]


def _context(parsed: ParsedCaption, genre: str, platform: str) -> str:
    body = " ".join(w for w in parsed.body.split() if not w.startswith(("#", "@", "http", "www.")))
    return " ".join(x for x in (body, parsed.title, parsed.artist, genre.strip(),
                                vocabulary.PLATFORM_LABELS.get(platform, platform)) if x)


def _rank(cands: list[_Candidate], model: LiftModel, platform: str, context: str = "") -> list[dict]:
    """Rows with the account's own history of the tag first (only when the account's model
    answers: ``LiftModel.answers``), by expected lift (its 80 % interval);
    the others by measured relevance (:func:`relevance`), their reach effect left unclaimed
    (``expected_lift``, ``lift_80`` and ``prob_gain`` None, ``basis`` "relevance"); relevance
    order of the candidates breaks ties, and orders them alone when the embedder is unavailable
    (``basis`` "no evidence", ``score`` 0.5)."""
    avoid = {normalize_tag(a) for a in table()["platform"].get(platform, {}).get("avoid", [])}
    # a reach effect only from the account's own model, and only when its time-ordered test beat the
    # median of its posts (LiftModel.answers); otherwise every tag is ranked by relevance
    lifts = [model.tag_lift(c.tag) for c in cands]
    claims = [bool(lift.n_posts) and model.answers for lift in lifts]
    fresh = [c.tag for c, claim in zip(cands, claims) if not claim]
    rel = dict(zip(fresh, relevance(fresh, context) or [])) if fresh else {}
    rows = []
    for i, (c, lift, claim) in enumerate(zip(cands, lifts, claims)):
        if claim:
            row = {"tag": c.tag, "score": round(score_from_lift(lift.expected), 4),
                   "expected_lift": round(lift.expected, 4), "lift_80": [round(lift.low, 4), round(lift.high, 4)],
                   "prob_gain": round(lift.prob_gain, 4), "n_posts": lift.n_posts, "basis": lift.basis,
                   "source": c.source}
        else:
            row = {"tag": c.tag, "score": rel.get(c.tag, 0.5), "expected_lift": None, "lift_80": None,
                   "prob_gain": None, "n_posts": lift.n_posts, "basis": "relevance" if c.tag in rel else "no evidence",
                   "source": c.source}
        if c.key in avoid:
            row["platform_advises_against"] = True
        rows.append((0 if claim else 1, -row["score"], _RELEVANCE.index(c.source), i, row))
    return [r for *_, r in sorted(rows, key=lambda x: x[:4])]


def row_sources(ranked: list[dict], prefix: str = "hashtags_ranked", model: Optional[LiftModel] = None) -> dict:
    """The ``sources`` entries of ranked hashtag rows (one per row kind present).

    Parameters
    ----------
    ranked : list of dict
        Rows of :func:`research`.
    prefix : str, optional
        The rows' field path in the response.
    model : LiftModel, optional
        The account's model: its cross-validated figure, n and permutation p-value go into the
        ``personal`` entries, and its verdict into the notes when it does not answer.

    Returns
    -------
    dict
        ``{"<prefix>[].score": ..., "<prefix>[].n_posts": ...}``, and per row whose basis
        differs from the first row's, an entry at its index (``<prefix>[3].score``).
    """
    from viralml_desktop.core import sources

    ev = model.evaluation if model is not None else None
    why = (model.verdict() if (ev is not None and not ev.answers) or (model is not None and model.platform_note)
           else "no post history of yours with this tag")

    def entries(row: dict) -> dict:
        if row.get("basis") == "relevance":
            return {"score": sources.measured(
                        "relevance to the caption, genre and platform",
                        "how close the tag's meaning is to the post (sentence-embedding similarity, 0-1); "
                        f"not a reach effect: {why}"),
                    "expected_lift": sources.no_evidence(f"{why}: no reach effect is claimed", "reach effect")}
        if row.get("basis") == "no evidence":
            return {"score": sources.no_evidence(f"neutral 0.5: the sentence embedder is unavailable and {why}",
                                                 "relevance")}
        lift = personal_source(model, "reach of your posts with the tag against your posts without hashtags, "
                               f"shrunk toward a reference prior; 80 % interval ({row.get('n_posts')} posts with it)")
        return {"score": lift, "expected_lift": lift, "lift_80": lift, "prob_gain": lift}

    out: dict = {f"{prefix}[].n_posts": sources.measured("your imported posts that carry the tag")}
    first = ranked[0].get("basis") if ranked else None
    for i, row in enumerate(ranked):
        if i and row.get("basis") == first:
            continue
        at = f"{prefix}[]" if i == 0 else f"{prefix}[{i}]"
        out.update({f"{at}.{k}": v for k, v in entries(row).items()})
    return out


def personal_source(model: Optional[LiftModel], note: str) -> dict:
    """The ``personal`` sources entry of the account's hashtag model: its time-ordered CV
    Spearman (value), the posts it was tested on (n) and the permutation p-value (in the metric).

    Parameters
    ----------
    model : LiftModel or None
        The account's model (its ``evaluation`` from :func:`~viralml_desktop.core.captions.lift.evaluate_history`).
    note : str
        Plain words for the tooltip.

    Returns
    -------
    dict
        A ``personal`` entry (``core/sources.py``).
    """
    from viralml_desktop.core import sources

    ev = model.evaluation if model is not None else None
    if ev is None or ev.p_value is None:
        return sources.personal("hashtag lift from your post history", "not tested", None,
                                ev.n if ev else 0, note)
    return sources.personal("hashtag lift from your post history",
                            f"time-ordered CV Spearman of each newer post's log-lift (fit on older posts, test on the "
                            f"{ev.n_tested} newest; permutation p = {ev.p_value:.3f})", ev.cv_spearman, ev.n, note)


def research(parsed: ParsedCaption, genre: str, platform: str, countries: list[str],
             model: LiftModel, limit: int = 15) -> list[dict]:
    """Candidate hashtags for a parsed caption, ranked by expected lift on reach.

    Parameters
    ----------
    parsed : ParsedCaption
        The caption as :func:`~viralml_desktop.core.captions.parse.parse` read it; used:
        ``user_tags``, ``artist``, ``title``, ``body`` and ``language``.
    genre : str
        Free-text genre ("" for none).
    platform : str
        "twitter", "tiktok", "instagram" or "youtube".
    countries : list of str
        Audience countries, ISO 3166-1 alpha-2 codes ("MX", "PR"); one scene tag each.
    model : LiftModel
        The account's lift model (:func:`~viralml_desktop.core.captions.lift.account_model`).
    limit : int, optional
        How many rows to return at most (default 15).

    Returns
    -------
    list of dict
        Best first, each with ``tag`` ("#NuevaVida"); for a tag the account has used,
        ``score`` = lift / (1 + lift) in (0, 1) (0.5: no change), ``expected_lift`` (expected
        reach multiplier relative to the same account posting without hashtags), ``lift_80``
        ([low, high], its 80 % interval), ``prob_gain`` (P(lift > 1), 0–1) and ``basis``
        "history"; for any other tag ``score`` = its relevance (:func:`relevance`, 0-1),
        ``expected_lift``, ``lift_80`` and ``prob_gain`` None and ``basis`` "relevance" ("no
        evidence" with ``score`` 0.5 when the embedder is unavailable); ``n_posts`` (the
        account's scored posts with the tag), ``source`` (why it is a candidate: caption,
        artist, song, genre, history, genre_related, language, country, keyword) and, for a
        generic tag the platform advises against that the user typed,
        ``platform_advises_against`` = True.

    Raises
    ------
    ModelUnavailable
        When the genre × platform table is missing or corrupt.

    Notes
    -----
    Candidates: the user's own tags; the artist and the song title as CamelCase tags; the
    genre's tags from ``models/hashtags/genre_platform_tags.json`` (an editorial list, sources
    named per row; only for a genre the table knows, by its name or an accepted spelling, and with
    the genre's name spelled once: :func:`one_spelling`); the account's own tags used at least 3 times; up to 2 caption keywords
    (Spanish or English words of at least 4 letters with wordfreq Zipf between 0 and 5,
    boilerplate and conjugated verbs excluded); the language's and the countries' tags.
    Equal scores (no history: every tag at the table prior) keep that relevance order. The
    lift model and its held-out check: models/hashtags/MODEL_CARD.md.
    """
    return _rank(_candidates(parsed, genre, platform, countries, model), model, platform,
                 _context(parsed, genre, platform))[:limit]


def run(request: HashtagRequest, progress: ProgressLike) -> dict:
    """Rank candidate hashtags by expected lift (capability ``research_hashtags``).

    Parameters
    ----------
    request : HashtagRequest
        Fields used: ``caption`` (optional; its hashtags, keywords and a "Title - Artist"
        pair), ``artist``, ``song_title``, ``genre`` (free text), ``platform``, ``countries``
        (ISO codes), ``limit`` (1–60 rows) and ``account_id`` (an imported account whose post
        history drives the lift; "" for the table prior alone).
    progress : ProgressLike
        Receives fractions 0.1 to 0.7 with a message per step; a cancellation point.

    Returns
    -------
    dict
        The ``HashtagResponse`` fields: ``hashtags_ranked`` (the rows of :func:`research`),
        ``platform``, ``language`` of the caption ("es", "en" or "und"), ``genre_key`` (the
        table's genre row, or None), ``account_posts_scored`` (the account's posts with a
        baseline, 0 without history), ``model`` (the model's name and its card) and ``notes``
        (a genre the table does not know: :func:`genre_note`).

    Raises
    ------
    InputError
        When the request gives nothing to tag: no caption text or hashtag, no genre, no
        artist and no song title.
    ModelUnavailable
        When the genre × platform table or the lift prior is missing or corrupt.
    Cancelled
        From ``progress`` once the user has cancelled.

    Notes
    -----
    Lift = reach of a post with the tag relative to the same account posting without
    hashtags, from the account's history shrunk toward a prior measured on a real post
    history (empirical Bayes; core/captions/lift.py), only for tags the account has used. A
    tag it has not used is ranked by measured relevance to the caption, genre and platform
    (:func:`relevance`) and no reach effect is claimed for it: the prior alone has no skill
    held out (Spearman −0.01, models/hashtags/metrics.json). ``sources`` says which, per row.
    """
    progress.update(0.1, "Reading the caption")
    parsed = parse(request.caption, request.artist, request.song_title)
    if not (parsed.body or parsed.user_tags or request.genre.strip() or parsed.artist or parsed.title):
        raise InputError("give a genre, an artist, a song title or a caption to research hashtags for")
    progress.update(0.4, "Reading the account's history")
    model = account_model(request.account_id, platform=request.platform)
    progress.update(0.7, "Ranking hashtags")
    ranked = research(parsed, request.genre, request.platform, request.countries, model, request.limit)
    from viralml_desktop.core import sources

    note = genre_note(request.genre)
    return {"hashtags_ranked": ranked, "platform": request.platform, "language": parsed.language,
            "genre_key": genre_key(request.genre), "account_posts_scored": model.n_scored,
            "notes": [note] if note else [],
            "model": "hashtag lift (empirical Bayes); see models/hashtags/MODEL_CARD.md",
            **({"lift_model": model.verdict()} if model.evaluation is not None or model.platform_note else {}),
            "sources": {**row_sources(ranked, model=model), "account_posts_scored": sources.measured(
                "your imported posts with a baseline (at least 5 posts before them)")}}
