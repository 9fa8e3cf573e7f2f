"""Capability ``research_hashtags``: candidate hashtags for a caption, ranked by expected lift.

Candidates come from the caption (the tags the user wrote, its rarer words — wordfreq), the
artist and the song title, the genre × platform table (``models/hashtags/genre_platform_tags.json``),
the caption's language and the audience's countries, and the tags of the account's own history.
Each is scored by the lift model of ``core/captions/lift.py``: expected reach relative to the same
account posting without hashtags, from its history shrunk toward the table prior. ``score`` =
lift / (1 + lift) ranks by expected lift (0.5 = no change). Equal scores (no history: every tag
sits at the table prior) keep the candidates' relevance order: the user's own tags, artist, song,
genre, history, related genre tags, language, country, keywords.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Optional

from viralml_desktop.core import registry, vocabulary
from viralml_desktop.core.captions.parse import ParsedCaption, make_tag, parse
from viralml_desktop.core.errors import InputError
from viralml_desktop.core.captions.lift import LiftModel, account_model, normalize_tag, score_from_lift
from viralml_desktop.core.progress import ProgressLike

KEYWORD_MAX_ZIPF = 5.0  # wordfreq Zipf: rarer words are specific enough to tag
KEYWORD_MIN_LEN = 4
MAX_KEYWORDS = 2
# Conjugated verbs make poor topics (#dejaste, #salió): words with these endings are skipped.
VERB_ENDINGS = {"es": ("aste", "iste", "aron", "ieron", "amos", "imos", "ó", "é", "í", "aba", "ía"),
                "en": ("ed",)}
MAX_HISTORY_TAGS = 10
# Words of posting boilerplate ("link in bio", "out now") are not topics: never keyword tags.
BOILERPLATE = {"link", "bio", "out", "now", "new", "video", "official", "oficial", "stream", "streaming",
               "available", "disponible", "escucha", "listen", "watch", "mira", "single", "sencillo",
               "nuevo", "nueva", "ahora", "aquí", "here", "click", "comment", "comenta", "follow", "sigue"}
MIN_HISTORY_USES = 3

# relevance order for equal scores
RELEVANCE = ("caption", "artist", "song", "genre", "history", "genre_related", "language", "country", "keyword")


def table() -> dict:
    """The genre × platform table (model table entry ``hashtags_genre_platform_tags``)."""
    return registry.get("hashtags_genre_platform_tags")


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFD", s.casefold().strip())
    return " ".join("".join(c for c in s if unicodedata.category(c) != "Mn").replace("-", " ").split())


def genre_key(genre: str) -> Optional[str]:
    """The table's genre for a free-text genre ('Trap Latino' -> 'trap', core/vocabulary.py);
    None when neither it nor its broader genre is listed."""
    return vocabulary.normalize_genre(genre, table()["genres"])


@dataclass
class Candidate:
    tag: str
    source: str

    @property
    def key(self) -> str:
        return normalize_tag(self.tag)


def _keywords(parsed: ParsedCaption) -> list[str]:
    if parsed.language not in ("es", "en"):
        return []
    from wordfreq import tokenize, zipf_frequency

    skip = {_fold(w) for t in (parsed.title, parsed.artist) for w in t.split()}
    body = " ".join(w for w in parsed.body.split() if not w.startswith(("#", "@", "http", "www.")))
    seen, scored = set(), []
    for w in tokenize(body, parsed.language):
        if (len(w) < KEYWORD_MIN_LEN or not w.isalpha() or _fold(w) in skip or w in seen or w in BOILERPLATE
                or w.endswith(VERB_ENDINGS[parsed.language])):
            continue
        seen.add(w)
        z = zipf_frequency(w, parsed.language)
        if 0 < z < KEYWORD_MAX_ZIPF:  # 0: unknown to wordfreq (typo, slang): not tagged
            scored.append((z, w))
    return [w for _, w in sorted(scored)[:MAX_KEYWORDS]]


def candidates(parsed: ParsedCaption, genre: str, platform: str, countries: list[str],
               model: LiftModel) -> list[Candidate]:
    t = table()
    out: list[Candidate] = [Candidate(tag, "caption") for tag in parsed.user_tags]
    for text, source in ((parsed.artist, "artist"), (parsed.title, "song")):
        tag = make_tag(text)
        if tag:
            out.append(Candidate(tag, source))
    gk = genre_key(genre)
    if gk:
        tags = t["genres"][gk].get("all", []) + t["genres"][gk].get(platform, [])
        out += [Candidate(tags[0], "genre")] + [Candidate(x, "genre_related") for x in tags[1:]]
    elif make_tag(genre):
        out.append(Candidate(make_tag(genre), "genre"))
    history = sorted((k for k, n in model.tag_n.items() if n >= MIN_HISTORY_USES),
                     key=lambda k: -model.estimate(k).theta)[:MAX_HISTORY_TAGS]
    out += [Candidate("#" + k, "history") for k in history]
    out += [Candidate("#" + w, "keyword") for w in _keywords(parsed)]
    out += [Candidate(x, "language") for x in t["language"].get(parsed.language, [])]
    for c in countries:
        out += [Candidate(x, "country") for x in t["country"].get(c.strip().upper(), [])]
    avoid = {normalize_tag(a) for a in t["platform"].get(platform, {}).get("avoid", [])}
    seen, unique = set(), []
    for c in out:
        if c.key and c.key not in seen and (c.key not in avoid or c.source == "caption"):
            seen.add(c.key)
            unique.append(c)
    return unique


def rank(cands: list[Candidate], model: LiftModel, platform: str) -> list[dict]:
    avoid = {normalize_tag(a) for a in table()["platform"].get(platform, {}).get("avoid", [])}
    rows = []
    for i, c in enumerate(cands):
        lift = model.tag_lift(c.tag)
        row = {"tag": c.tag, "score": round(score_from_lift(lift.expected), 4),
               "expected_lift": round(lift.expected, 4), "lift_80": [round(lift.low, 4), round(lift.high, 4)],
               "prob_gain": round(lift.prob_gain, 4), "n_posts": lift.n_posts, "basis": lift.basis,
               "source": c.source}
        if c.key in avoid:
            row["platform_advises_against"] = True
        rows.append((-row["score"], RELEVANCE.index(c.source), i, row))
    return [r for *_, r in sorted(rows, key=lambda x: x[:3])]


def research(parsed: ParsedCaption, genre: str, platform: str, countries: list[str],
             model: LiftModel, limit: int = 15) -> list[dict]:
    return rank(candidates(parsed, genre, platform, countries, model), model, platform)[:limit]


def run(request, progress: ProgressLike):
    progress.update(0.1, "Reading the caption")
    parsed = parse(request.caption, request.artist, request.song_title)
    if not (parsed.body or parsed.user_tags or request.genre.strip() or parsed.artist or parsed.title):
        raise InputError("give a genre, an artist, a song title or a caption to research hashtags for")
    progress.update(0.4, "Reading the account's history")
    model = account_model(request.account_id)
    progress.update(0.7, "Ranking hashtags")
    ranked = research(parsed, request.genre, request.platform, request.countries, model, request.limit)
    return {"hashtags_ranked": ranked, "platform": request.platform, "language": parsed.language,
            "genre_key": genre_key(request.genre), "account_posts_scored": model.n_scored,
            "model": "hashtag lift (empirical Bayes); see models/hashtags/MODEL_CARD.md"}
