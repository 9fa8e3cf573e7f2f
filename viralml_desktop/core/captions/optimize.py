"""Capability ``optimize_caption`` (CONTRACT.md §4): one caption in, the version for one platform out.

What it does, in order:
1. Reads the caption (``core/captions/parse.py``): hashtags, @mentions, song title and artist
   ("Title - Artist", or the optional ``song_title`` / ``artist`` fields — appended after " — "
   when the caption does not name them), language (``core/language.py``), writing direction.
2. Ranks hashtag candidates with the lift model (``core/captions/hashtags.py``) and takes the user's
   own tags first, then the best ranked, as many as the platform's guidance says
   (``core/captions/limits.py``), or exactly the tags given in ``hashtags``.
3. Places emoji (``core/captions/emoji.py``): at clause ends only (up to a per-platform count),
   never inside the song title, the artist, a mention, a tag or a quoted title, chosen on the
   whole clause's meaning and tone; one tone emoji on the last clause when no clause has a
   concept; none added to a caption that already has ``_MAX_EMOJI_KEPT`` emoji.
4. Fits the platform's limits: the body text is cut at a word boundary, never the song title,
   the artist(s) or a mention (those after the cut follow "…" as written, '«Sin ti» - Luna Roja
   @lunaroja' whole), then emoji go, then the
   lowest-ranked hashtags. X counts weighted characters, YouTube gets a title line (≤ 100) and a
   description (≤ 5,000 bytes) with "<" and ">" removed.

The text is never rewritten or translated: Spanish stays Spanish. ``improvements``:
``hashtag_effectiveness`` = P(lift > 1) and ``estimated_ctr_boost`` = expected reach of the post
with these hashtags relative to the same account posting without them, both from the lift
model (models/hashtags/MODEL_CARD.md); ``sentiment_score`` in [-1, 1] of the final caption.
"""
from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from typing import Callable, Optional

from viralml_desktop.core import sources
from viralml_desktop.core.captions import emoji as ce
from viralml_desktop.core.captions import hashtags as ht
from viralml_desktop.core.captions.limits import HASHTAG, LIMITS, measure, utf16_length
from viralml_desktop.core.captions.parse import ParsedCaption, parse
from viralml_desktop.core.errors import InputError, ViralMLError
from viralml_desktop.core.captions.lift import account_model, normalize_tag
from viralml_desktop.core.progress import ProgressLike
from viralml_desktop.core.schemas.captions import CaptionRequest

_MODEL_VERSION = "captions-1"
INLINE_EMOJI = {"twitter": 2, "tiktok": 3, "instagram": 3, "youtube": 2}
_MAX_EMOJI_KEPT = 3
_RANKED_SHOWN = 15
_ELLIPSIS = "…"


# -- sentiment -----------------------------------------------------------------------------

_vader = None
_vader_lock = threading.Lock()


def _fallback_sentiment(text: str) -> Optional[float]:
    """Until core.sentiment offers ``score_texts``: the mean of the signals that exist — the
    Emoji Sentiment Ranking score of the text's emoji, and VADER's compound score of its words
    when the text is English (VADER's own emoji entries are not used: it reads 🔥 as "fire",
    a negative word). None when neither exists (Spanish or other words, no emoji)."""
    global _vader
    import emoji

    from viralml_desktop.core.language import detect_language

    signals = [s for s in (ce.sentiment_of(e["emoji"]) for e in emoji.emoji_list(text)) if s is not None]
    signals = [sum(signals) / len(signals)] if signals else []
    words = emoji.replace_emoji(text, replace=" ")
    if detect_language(words) == "en":
        with _vader_lock:
            if _vader is None:
                from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

                _vader = SentimentIntensityAnalyzer()
        signals.append(float(_vader.polarity_scores(words)["compound"]))
    return sum(signals) / len(signals) if signals else None


def _sentiment_scores(texts: list[str]) -> tuple[list[Optional[float]], str]:
    """Scores in [-1, 1] (None: no model covers the text) and the model's name: core.sentiment
    when it offers ``score_texts``, else :func:`_fallback_sentiment`."""
    try:
        from viralml_desktop.core.captions.comments import score_texts  # the comment-sentiment model
    except ImportError:
        score_texts = None
    if score_texts is not None:
        try:
            return [max(-1.0, min(1.0, float(r["score"]))) for r in score_texts(texts)], "core.sentiment"
        except (NotImplementedError, ViralMLError):  # model missing or not built: fall back
            pass
    return ([_fallback_sentiment(t) for t in texts],
            "Emoji Sentiment Ranking + vaderSentiment (English words only)")


# -- emoji -------------------------------------------------------------------------------

@dataclass
class _EmojiPlan:
    hook: str = ""  # kept for the YouTube title and the limit fitting; emoji go at clause ends only
    closing: str = ""
    inline: list = field(default_factory=list)  # emoji.Placement, in text order
    placement: str = "none"

    def added(self) -> list[dict]:
        out = [{"emoji": m.emoji, "after_word": m.word, "where": "end of sentence", "why": m.why}
               for m in self.inline]
        for d in out:
            s = ce.sentiment_of(d["emoji"])
            d["emoji_sentiment"] = round(s, 3) if s is not None else None
        return out


def _plan_emoji(p: ParsedCaption, genre_key: Optional[str], tone: Optional[float], platform: str,
                enabled: bool) -> _EmojiPlan:
    existing = ce.count_emoji(p.body)
    if not enabled or p.emoji_only or existing >= _MAX_EMOJI_KEPT:
        return _EmojiPlan(placement="kept" if existing else "none")
    names = [p.title, p.artist] + list(p.artists) + list(p.mentions)
    inline = ce.plan(p.body, p.language, genre_key or "", names, INLINE_EMOJI[platform],
                     lambda texts: _sentiment_scores(texts)[0], caption_tone=tone)
    plan = _EmojiPlan(inline=inline)
    plan.placement = "strategic" if inline else ("kept" if existing else "none")
    return plan


def _insert_inline(body: str, matches) -> str:
    for m in sorted(matches, key=lambda m: -m.end):
        body = body[: m.end] + " " + m.emoji + body[m.end:]
    return body


# -- hashtags ------------------------------------------------------------------------------

def _explicit_tags(tags: list[str]) -> list[str]:
    out = []
    for t in tags:
        t = t.strip()
        body = t.lstrip("#")
        if not re.fullmatch(r"\w+", body, re.U) or body.isdigit():
            raise InputError(f"hashtag {t!r} must be letters, digits or _ only (and not only digits)")
        out.append("#" + body)
    return list(dict.fromkeys(out))


def _artist_first(p: ParsedCaption, ranked: list[dict]) -> list[dict]:
    """``ranked`` with the (first) artist's own hashtag moved to the front, so it is chosen first: a
    post of the artist carries the artist's name wherever the platform's set has a free slot,
    whatever the relevance order says of it (a tag the platform advises against keeps its place)."""
    from viralml_desktop.core.captions.parse import make_tag

    names = p.artists or ([p.artist] if p.artist else [])
    keys = [normalize_tag(make_tag(n)) for n in names if make_tag(n)]
    rows = [r for r in ranked if r.get("source") == "artist" and not r.get("platform_advises_against")]
    main = next((r for k in keys[:1] for r in rows if normalize_tag(r["tag"]) == k), rows[0] if rows else None)
    return ranked if main is None else [main] + [r for r in ranked if r is not main]


def _choose_tags(p: ParsedCaption, ranked: list[dict], platform: str, explicit: Optional[list[str]],
                notes: list[str]) -> list[str]:
    """The hashtags a platform's caption gets: ``explicit`` when given, else the user's own trailing
    tags, then the artist's tag (:func:`_artist_first`) and the ranking's best up to the platform's
    guidance (``LIMITS[platform].hashtags_used``), in the ranking's order, never over its hard cap
    (Instagram's 5, YouTube's 60)."""
    lim = LIMITS[platform]
    inline = {normalize_tag(t) for t in HASHTAG.findall(p.body)}
    cap = None if lim.max_hashtags is None else max(0, lim.max_hashtags - len(inline))
    if explicit is not None:
        tags = [t for t in _explicit_tags(explicit) if normalize_tag(t) not in inline]
    else:
        trailing = [t for t in p.user_tags if normalize_tag(t) not in inline]
        want = max(lim.hashtags_used - len(inline), len(trailing))
        tags = list(trailing)
        for row in _artist_first(p, ranked):
            if len(tags) >= want:
                break
            if normalize_tag(row["tag"]) not in {normalize_tag(t) for t in tags} | inline \
                    and not row.get("platform_advises_against"):
                tags.append(row["tag"])
        rank = {normalize_tag(r["tag"]): i for i, r in enumerate(ranked)}
        tags = trailing + sorted(tags[len(trailing):], key=lambda t: rank.get(normalize_tag(t), len(rank)))
    if cap is not None and len(tags) > cap:
        notes.append(f"{platform}: at most {lim.max_hashtags} hashtags; kept the first {cap}")
        tags = tags[:cap]
    return tags


# -- fitting -------------------------------------------------------------------------------

def _cut_points(body: str) -> list[int]:
    import emoji

    spaces = [i for i, c in enumerate(body) if c.isspace()]
    if spaces:
        return spaces
    inside = set()
    for e in emoji.emoji_list(body):
        inside.update(range(e["match_start"] + 1, e["match_end"]))
    return [i for i in range(1, len(body)) if i not in inside]


_OPEN_QUOTE = {'"': '"', "“": "”", "«": "»", "'": "'", "‘": "’", "„": "“"}
# What may lie between two names that read as one ('"Sin ti" - Luna Roja & Stakas @lunaroja'):
# spaces, quotes, separators and the joiners of an artist list.
_NAME_GAP = re.compile(r"(?:[\s\"'“”«»‘’„\-–—|,&+/]|(?<!\w)(?:x|X|ft\.?|feat\.?|featuring|y)(?!\w))*")


def _find_name(body: str, name: str) -> Optional[tuple[int, int]]:
    """Where ``name`` is written in ``body``: its first quoted occurrence (quotes included), else
    its first occurrence as a whole word in the same case, else in any case, else anywhere; None
    when absent. "Sin Ti" is the quoted title, not the "sin ti" of the lyrics before it."""
    word = rf"(?<!\w){re.escape(name)}(?!\w)"
    for q, c in _OPEN_QUOTE.items():
        m = re.search(re.escape(q) + r"\s*" + re.escape(name) + r"\s*" + re.escape(c), body, re.I)
        if m:
            return m.span()
    for rx, flags in ((word, 0), (word, re.I), (re.escape(name), re.I)):
        m = re.search(rx, body, flags)
        if m:
            return m.span()
    return None


def _name_spans(body: str, protected: list[str]) -> list[tuple[int, int]]:
    """Where the protected names are in ``body``: ``[start, end)`` spans, sorted, each name's first
    occurrence (case-insensitive) with the quotes around a quoted title, and names that only spaces,
    quotes, separators or artist-list joiners part merged into one span ('"Sin ti" - Luna Roja
    @lunaroja' is one)."""
    spans: list[tuple[int, int]] = []
    for name in protected:
        if not name or any(name.casefold() in body[a:b].casefold() for a, b in spans):
            continue  # "Luna Roja" inside the pair '"Sin ti" - Luna Roja' already found
        span = _find_name(body, name)
        if span:
            spans.append(span)
    merged: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if merged and (a <= merged[-1][1] or _NAME_GAP.fullmatch(body[merged[-1][1]:a])):
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def _truncated(body: str, i: int, protected: list[str]) -> str:
    """``body`` cut at ``i``: the text before it, "…", then every protected name that came after it
    as written (a cut inside a name moves before it), then any name the body does not hold. The
    body text goes, never the song title, the artist(s) or a mention."""
    spans = _name_spans(body, protected)
    for a, b in spans:
        if a < i < b:
            i = a
    kept = [body[a:b] for a, b in spans if a >= i]
    head = body[:i].rstrip(" ,;:-–—")
    missing = [x for x in protected if x and x.casefold() not in (head + " " + " ".join(kept)).casefold()]
    rest = " ".join(kept + missing)
    return head + _ELLIPSIS + ((" " + rest) if rest else "")


def _fit_body(build: Callable[[str], str], body: str, platform: str,
              protected: list[str]) -> Optional[tuple[str, bool]]:
    """The longest caption ``build(body')`` within limits, ``body'`` = ``body`` cut at a word
    boundary with its protected names kept (:func:`_truncated`); (text, truncated) or None when
    even the shortest cut does not fit."""
    full = build(body)
    if measure(full, platform)["within_limits"]:
        return full, False
    cuts = _cut_points(body)
    lo, hi, best = 0, len(cuts) - 1, None
    while lo <= hi:  # the caption grows with the cut: binary search
        mid = (lo + hi) // 2
        text = build(_truncated(body, cuts[mid], protected))
        if measure(text, platform)["within_limits"]:
            best, lo = text, mid + 1
        else:
            hi = mid - 1
    if best is None:
        text = build(_truncated(body, 0, protected))
        if measure(text, platform)["within_limits"]:
            return text, True
        return None
    return best, True


def _join(parts: list[str]) -> str:
    return " ".join(x for x in parts if x)


def _tag_separator(platform: str, body: str, rtl: bool) -> str:
    if platform in ("tiktok", "instagram", "youtube"):
        return "\n\n"
    return "\n" if rtl or "\n" in body else " "


def _youtube_title(p: ParsedCaption, hook: str, clean: Callable[[str], str]) -> str:
    if p.short_form:
        core = p.body
    elif p.title:
        core = f"{p.title} - {p.artist}" if p.artist else p.title
    else:
        core = p.body.split("\n", 1)[0]
    core = clean(core)
    limit = LIMITS["youtube"].max_title_chars
    for cand in (_join([hook, core]), core):
        if utf16_length(cand) <= limit:
            return cand
    cuts = [i for i in _cut_points(core) if utf16_length(core[:i]) < limit] or [limit - 1]
    return core[: cuts[-1]].rstrip() + _ELLIPSIS


def platform_clean(s: str, platform: str) -> str:
    """``s`` without the characters ``platform`` refuses (YouTube: "<" and ">"; "<3" becomes "♥")."""
    forbidden = LIMITS[platform].forbidden
    if not forbidden:
        return s
    return "".join(c for c in s.replace("<3", "♥") if c not in forbidden)


def _compose(p: ParsedCaption, platform: str, tags: list[str], plan: _EmojiPlan, notes: list[str]) -> tuple[str, bool]:
    forbidden = LIMITS[platform].forbidden

    def clean(s: str) -> str:
        return platform_clean(s, platform)

    if forbidden and any(c in p.text for c in forbidden):
        notes.append(f"{platform}: removed the characters {' '.join(forbidden)} (refused by the platform)")
    body_plain = clean(p.body)
    body_emoji = clean(_insert_inline(p.body, plan.inline))
    if platform == "youtube" and body_plain.strip().casefold() == _youtube_title(p, "", clean).casefold():
        # the caption is only "Title - Artist": it is the video's title line, not repeated in the description
        body_plain = body_emoji = ""
        plan.inline = []  # no sentence of its own to end with an emoji
        plan.placement = "kept" if ce.count_emoji(p.body) else "none"
    # the "Title - Artist(s)" pair as written first, so that it is kept whole
    protected = [clean(x) for x in ([p.pair_text] if p.pair_text else []) + p.protected]
    for n_tags in range(len(tags), -1, -1):
        for with_emoji in (True, False):
            hook, closing = (plan.hook, plan.closing) if with_emoji else ("", "")
            body = body_emoji if with_emoji else body_plain
            use = tags[:n_tags]

            def build(b: str, hook=hook, closing=closing, use=use) -> str:
                head = _join([hook if platform != "youtube" else "", b, closing])
                tail = " ".join(use)
                text = head + (_tag_separator(platform, b, p.rtl) + tail if tail and head else tail)
                if platform == "youtube":
                    text = _youtube_title(p, hook, clean) + "\n\n" + (text or _ELLIPSIS)
                return text

            fitted = _fit_body(build, body, platform, protected)
            if fitted:
                if n_tags < len(tags):
                    notes.append(f"{platform}: dropped {len(tags) - n_tags} hashtag(s) to fit the limit")
                if not with_emoji and (plan.hook or plan.inline or plan.closing):
                    notes.append(f"{platform}: no emoji added (no room)")
                    plan.hook, plan.closing, plan.inline = "", "", []
                    plan.placement = "kept" if ce.count_emoji(p.body) else "none"
                return fitted
    # Title, artist and mentions together exceed the limit (a 300-character title on X): cut them too.
    notes.append(f"{platform}: the song title, artist and mentions are longer than the limit; cut")
    plan.hook, plan.closing, plan.inline = "", "", []
    plan.placement = "kept" if ce.count_emoji(p.body) else "none"
    fitted = _fit_body(lambda b: (_youtube_title(p, "", clean) + "\n\n" + b) if platform == "youtube" else b,
                      body_plain, platform, [])
    if fitted is None:  # a single ellipsis always fits; kept as a guard against a limits bug
        raise RuntimeError(f"no caption fits {platform}'s limits")
    return fitted


# -- capability ----------------------------------------------------------------------------

def run(request: CaptionRequest, progress: ProgressLike) -> dict:
    """Optimise one caption for one platform (capability ``optimize_caption``).

    Parameters
    ----------
    request : CaptionRequest
        Fields used: ``base_caption`` (the caption as written, required), ``platform``
        ("twitter", "tiktok", "instagram" or "youtube"), ``target_audience.genre`` (free text,
        read through core/vocabulary.py) and ``target_audience.countries`` (ISO codes, for
        country hashtags), ``artist`` and ``song_title`` (optional; else read from a
        "Title - Artist" caption), ``account_id`` (an imported account whose post history
        drives the hashtag lift; "" for the table prior alone), ``hashtags`` (``None``: choose
        from the ranking; a list: use exactly these tags) and ``emoji`` (``False``: add none).
        ``target_audience.age_range`` is not used.
    progress : ProgressLike
        Receives fractions 0.05 to 0.95 with a message per step; a cancellation point.

    Returns
    -------
    dict
        The ``CaptionResponse`` fields:

        - ``optimized_caption`` : str, within the platform's limits. YouTube: the title line,
          a blank line, then the description (also returned as ``title`` and ``description``).
        - ``improvements`` : ``emoji_placement`` ("strategic", "kept" or "none");
          ``hashtag_effectiveness``, P(lift > 1) of a post carrying the placed hashtags, 0–1
          (0 with no hashtag); ``estimated_ctr_boost``, the expected reach of that post relative
          to the same account posting without hashtags (a ratio, 1.0 with no hashtag) and
          ``ctr_boost_80``, its 80 % interval; ``hashtag_basis`` ("history" or "table prior");
          ``sentiment_score`` of the final caption in [-1, 1], ``sentiment_available`` (false:
          no model read it and the 0 means unknown) and ``sentiment_model``.
        - ``hashtags_ranked`` : up to 15 rows as ``research_hashtags`` returns them, each with
          ``selected`` (the tag is in the caption).
        - ``hashtags_used``, ``emoji_added`` (emoji, why, ``where``, ``after_word``,
          ``emoji_sentiment``), ``language`` ("es", "en" or "und"), ``song_title``,
          ``artist``, ``platform``, ``length`` (:func:`~viralml_desktop.core.captions.limits.measure`
          of the caption), ``truncated`` (the body was cut at a word boundary), ``notes`` (one
          line per change or limit met) and ``model_version``.

    Raises
    ------
    InputError
        When ``base_caption`` is blank, or a tag in ``hashtags`` holds anything but letters,
        digits and "_" (or only digits).
    ModelUnavailable
        When a shipped table is missing or corrupt: the genre × platform hashtag table, the
        lift prior, the Emoji Sentiment Ranking or the genre emoji list.
    Cancelled
        From ``progress`` once the user has cancelled.

    Notes
    -----
    The text is never rewritten or translated. Steps: parse the caption (core/captions/parse.py);
    rank hashtag candidates by expected lift (:func:`~viralml_desktop.core.captions.hashtags.research`)
    and keep the user's own tags first, then the best ranked, as many as the platform's guidance
    (``LIMITS[platform].hashtags_used``); place emoji (:func:`~viralml_desktop.core.captions.emoji.plan`:
    at clause ends only, up to ``INLINE_EMOJI[platform]``, never inside a name, chosen on each
    clause's meaning and tone; none added to a caption that already has 3); fit the platform's limits by
    cutting the body text at a word boundary (the title, artist(s) and mentions after the cut follow
    "…" as written), then
    dropping the emoji, then the lowest-ranked hashtags.

    Platform limits and their sources: models/captions/MODEL_CARD.md. The lift model, its prior
    (measured on a real post history) and its held-out check: models/hashtags/MODEL_CARD.md.
    The sentiment score is :func:`~viralml_desktop.core.captions.comments.score_texts`
    (p(positive) − p(negative); models/sentiment/MODEL_CARD.md); when that model is unavailable,
    the mean of the Emoji Sentiment Ranking score of the caption's emoji and, for English text,
    VADER's compound score of its words.

    References
    ----------
    .. [1] Kralj Novak P, Smailović J, Sluban B, Mozetič I (2015) Sentiment of Emojis.
           PLoS ONE 10(12): e0144296 (the Emoji Sentiment Ranking).
    .. [2] X developer docs, "Counting characters", and the twitter-text v3 configuration
           (the weighted length used for X).
    """
    if not request.base_caption.strip():
        raise InputError("base_caption is empty: type the caption to optimise")
    platform = request.platform
    aud = request.target_audience
    notes: list[str] = []
    progress.update(0.05, "Reading the caption")
    p = parse(request.base_caption, request.artist, request.song_title)
    missing = [x for x in p.protected if x.casefold() not in p.body.casefold()]
    if missing:  # title / artist given as fields: the caption names them
        p.body = f"{p.body} — {' '.join(missing)}" if p.body else " ".join(missing)
    if p.language == "und":
        notes.append("language not identified as Spanish or English: text kept as written, no word emoji")
    progress.update(0.25, "Ranking hashtags")
    model = account_model(request.account_id, platform=platform)
    note = ht.genre_note(aud.genre)
    if note:
        notes.append(note)
    if model.platform_note:
        notes.append(f"hashtag reach: {model.platform_note}")
    elif request.account_id and not model.n_scored:
        notes.append(f"no scored posts for account {request.account_id!r}: hashtag lift from the table prior only")
    elif model.evaluation is not None and not model.answers:
        notes.append(f"hashtag reach: {model.verdict()}")
    ranked = ht.research(p, aud.genre, platform, aud.countries, model, _RANKED_SHOWN)
    progress.update(0.5, "Placing emoji")
    gk = ht.genre_key(aud.genre)
    (tone,), _ = _sentiment_scores([p.body or p.text])
    plan = _plan_emoji(p, gk, tone, platform, request.emoji)
    tags = _choose_tags(p, ranked, platform, request.hashtags, notes)
    progress.update(0.7, "Fitting the platform's limits")
    text, truncated = _compose(p, platform, tags, plan, notes)
    if truncated:
        notes.append(f"{platform}: caption cut at a word boundary to fit the limit")
    if platform == "youtube" and text.split("\n", 1)[0].endswith(_ELLIPSIS) and \
            not (p.text or "").split("\n", 1)[0].rstrip().endswith(_ELLIPSIS):
        notes.append(f"youtube: title cut at a word boundary to fit {LIMITS['youtube'].max_title_chars} characters")
    if not tags and request.hashtags is None:
        notes.append("no hashtag candidates: give a genre, an artist or a song title")
    used = ["#" + t for t in HASHTAG.findall(text)]
    appended = [t for t in tags if normalize_tag(t) in {normalize_tag(u) for u in used}]
    (final_tone,), sentiment_model = _sentiment_scores([text])
    if final_tone is None:
        notes.append("sentiment: no model covers this language yet and the caption has no emoji; "
                     "sentiment_score 0 means unknown here (see sentiment_available)")
    # a reach effect is claimed only from the account's own posts with the tags (the prior alone
    # has no held-out skill): tags it never used leave the effect neutral, 1.0 and 0.5, said so
    known = [t for t in appended if model.tag_lift(t).n_posts] if model.answers else []
    lift = model.set_lift(known)
    improvements = {
        "emoji_placement": plan.placement,
        "hashtag_effectiveness": round(lift.prob_gain, 4) if lift else (0.5 if appended else 0.0),
        "sentiment_score": round(max(-1.0, min(1.0, final_tone)), 4) if final_tone is not None else 0.0,
        "sentiment_available": final_tone is not None,
        "estimated_ctr_boost": round(lift.expected, 4) if lift else 1.0,
        "hashtag_basis": (f"history: {len(known)} of the {len(appended)} hashtags are in your imported posts; "
                          f"{model.verdict()}" if lift else
                          f"no_evidence: {model.verdict()} (1.0 = as without hashtags, 0.5 = as likely to help as "
                          "not)" if appended and (model.evaluation is not None or model.platform_note)
                          and not model.answers else
                          "no_evidence: none of these hashtags is in your imported posts, so no "
                          "reach effect is claimed (1.0 = as without hashtags, 0.5 = as likely to help as not); "
                          "import your posts to measure it" if appended else "no hashtags: reach as without hashtags"),
        "sentiment_model": sentiment_model,
    }
    if lift:
        improvements["ctr_boost_80"] = [round(lift.low, 4), round(lift.high, 4)]
    used_keys = {normalize_tag(t) for t in appended}
    for row in ranked:
        row["selected"] = normalize_tag(row["tag"]) in used_keys
    progress.update(0.95, "Done")
    out = {
        "optimized_caption": text,
        "improvements": improvements,
        "hashtags_ranked": ranked,
        "platform": platform,
        "language": p.language,
        "song_title": p.title,
        "artist": p.artist,
        "hashtags_used": appended,
        "emoji_added": plan.added(),
        "length": measure(text, platform),
        "truncated": truncated,
        "notes": notes,
        "model_version": _MODEL_VERSION,
    }
    if platform == "youtube":
        out["title"], _, out["description"] = text.partition("\n\n")
        out["title_length"], out["title_limit"] = out["length"]["title_length"], out["length"]["title_limit"]
    out["sources"] = _sources(ranked, lift, len(known), sentiment_model, final_tone is not None, model)
    if platform != "youtube":  # only YouTube has a title line
        out["sources"].pop("title_length"), out["sources"].pop("title_limit")
    return out


def _sources(ranked: list[dict], lift, n_known: int, sentiment_model: str, sentiment_read: bool,
             model=None) -> dict:
    """Where each number of the response comes from (``core/schemas/sources.py``)."""
    if lift:
        reach = ht.personal_source(model, f"{n_known} of the hashtags are in your imported posts: reach against your "
                                   "posts without hashtags, shrunk toward a reference prior; 80 % interval")
    elif model is not None and (model.evaluation is not None or model.platform_note) and not model.answers:
        reach = sources.no_evidence(f"{model.verdict()}: the reach effect is left neutral (1.0, and 0.5 chance to "
                                    "help)", "reach effect of the hashtags")
    else:
        reach = sources.no_evidence("none of these hashtags is in your imported posts: the reach effect is left "
                                    "neutral (1.0, and 0.5 chance to help); import your posts to measure it",
                                    "reach effect of the hashtags")
    sentiment = (sources.model("sentiment_heads", f"the caption's tone, p(positive) - p(negative) ({sentiment_model})")
                 if sentiment_read and "emoji" not in (sentiment_model or "").lower()
                 else sources.prior("Kralj Novak et al. (2015), Sentiment of Emojis, PLoS ONE 10(12): e0144296",
                                    "Emoji Sentiment Ranking", "the mean sentiment of the caption's emoji (and VADER "
                                    "for English words); 0 means unknown when nothing was read")
                 if sentiment_read else sources.no_evidence("no model reads this language and the caption has no "
                                                            "emoji: 0 means unknown", "sentiment"))
    length = sources.measured("the caption's length as the platform counts it, and its limits",
                              "limits from the platforms' own documentation (models/captions/MODEL_CARD.md)")
    return {"improvements.hashtag_effectiveness": reach, "improvements.estimated_ctr_boost": reach,
            "improvements.ctr_boost_80": reach, "improvements.sentiment_score": sentiment,
            **ht.row_sources(ranked, model=model),
            "emoji_added[].emoji_sentiment": sources.prior(
                "Kralj Novak et al. (2015), Sentiment of Emojis, PLoS ONE 10(12): e0144296",
                "Emoji Sentiment Ranking", "the emoji's published sentiment score"),
            "length": length, "title_length": length, "title_limit": length}
