"""Capability ``release_report``: after a post goes out, how it and the account are doing (issue 18).

One call reads a stored account (``viralml import``) and gathers:

* **account health** — ``detect_anomaly`` on every stored post, with its per-post series and the
  changes found (:func:`viralml_desktop.core.account_health.jobs.detect_for_account`), and
  ``forecast_views`` with its 80 % band when the forecaster answers;
* **the post** (``post_id``, default the newest) — its views so far and the counts each import
  saw at a known age, and ``predict_peak`` on them (the account's other posts as references);
* **comment sentiment** — ``analyze_comments`` on the comments given (a file read as the
  Captions tab reads it, :func:`viralml_desktop.core.captions.comments.read_comments`, and/or a list);
* **next steps** — plain sentences derived from those results, each naming the result it comes from;
* the PDF (:func:`viralml_desktop.core.release.pdf.write_report_pdf`) when ``out_path`` is given.

A part that cannot answer (a post with one count and no reference posts, no comments given)
is None with a one-line note saying why; the report is still written. Every number carries a
``sources`` entry: the nested answers' own entries, lifted with the section as prefix
(``health.confidence``), and ``measured`` for the stored counts.
"""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Optional

from viralml_desktop.core import engine, sources, store
from viralml_desktop.core.errors import Cancelled, InputError, ViralMLError
from viralml_desktop.core.progress import ProgressLike
from viralml_desktop.core.release.steps import NEXT_STEPS

_NEGATIVE_SHARE = 0.25  # a quarter of the comments negative is worth reading them
_POSITIVE_SHARE = 0.5


def _step(key: str, source: str, **values: Any) -> dict:
    vals = {k: str(v) for k, v in values.items()}
    return {"key": key, "text": NEXT_STEPS[key]["en"].format(**vals), "from": source, "values": vals}


def _lift(out_sources: dict, prefix: str, response: Optional[dict]) -> Optional[dict]:
    """``response`` without its ``sources``, which go into ``out_sources`` under ``prefix``."""
    if not isinstance(response, dict):
        return response
    response = dict(response)
    for path, entry in (response.pop("sources", None) or {}).items():
        out_sources[f"{prefix}.{path}"] = entry
    return response


def known_accounts() -> str:
    """The stored accounts in one line (``known accounts: a, b``, at most 20 named), or how to import one.

    The line :func:`run` and the release kit (``prepare_release``) give when an account has no stored posts.
    """
    names = [a["account_id"] for a in store.default_store().accounts()]
    if not names:
        return "no account is stored yet (import one with viralml import FILE)"
    shown = ", ".join(names[:20]) + (f" and {len(names) - 20} more" if len(names) > 20 else "")
    return f"known accounts: {shown}"


def _when(ts: Optional[str]) -> float:
    return datetime.fromisoformat(str(ts).replace("Z", "+00:00")).timestamp()


def _readings(account_id: str, post: dict) -> list[dict]:
    """The post's counts at a known age (hours after publication), one per age, oldest first."""
    if post.get("time_known") is False:
        return []
    born = _when(post["timestamp"])
    by_age: dict[float, float] = {}
    for snap in store.default_store().snapshots(account_id, post["post_key"]):
        if snap.get("views") is None or snap.get("counts_at") is None:
            continue
        age = round((float(snap["counts_at"]) - born) / 3600.0, 3)
        if age > 0:
            by_age[age] = max(float(snap["views"]), by_age.get(age, 0.0))
    out, best = [], 0.0
    for age in sorted(by_age):
        best = max(best, by_age[age])  # a later export never has fewer views (re-counts are kept monotone)
        out.append({"hours": age, "views": best})
    return out


def run(request, progress: ProgressLike) -> dict:
    """Write the after-release report of one stored account and one of its posts.

    Parameters
    ----------
    request : ReleaseReportRequest
        ``account_id`` (a stored account), ``post_id`` (default: the newest post),
        ``comments_path`` and/or ``comments`` (the post's comments), ``out_path`` (the PDF, ending
        in ``.pdf`` in an existing folder; none: no PDF), ``overwrite`` (replace an existing ``out_path``;
        else it is refused), ``language`` and ``page_size`` (the PDF's).
    progress : ProgressLike
        Steps: health, forecast, post, comments, next steps, pdf; ``check()`` between them.

    Returns
    -------
    dict
        The :class:`~viralml_desktop.core.schemas.release_report.ReleaseReportResponse` fields (see
        that module for the layout): ``period`` (first and last stored post, posts), ``verdict``,
        ``health`` (detect_anomaly with its series), ``forecast`` (forecast_views with its band, or
        None and ``forecast_note``), ``post`` (views so far, ``readings`` of each import by age),
        ``peak`` (predict_peak, or None and ``peak_note``), ``comments`` (analyze_comments, or
        None and ``comments_note``), ``next_steps``, ``notes``, ``pdf`` and ``sources``.

    Raises
    ------
    InputError
        One line: the account has no stored posts (the line lists the known accounts), the post
        is not one of the account's, the comments file cannot be read, ``out_path`` does not end
        in ``.pdf``, its folder does not exist, or it exists without ``overwrite``.
    Cancelled
        From ``progress`` once the user cancels: no PDF is written (it is written last, to a temporary
        name renamed into place), an existing ``out_path`` is left as it was.
    """
    from viralml_desktop.core.account_health import jobs

    st = store.default_store()
    account = request.account_id
    stored = st.posts(account)
    posts = [p for p in stored if p.get("post_type") != "daily total"]
    if not posts:
        if stored:
            raise InputError(f"account {account!r} has only daily totals (an overview export), no post to report "
                             f"on: import its posts export (viralml import FILE --account {account})")
        raise InputError(f"no posts stored for account {account!r}; {known_accounts()}")
    out_path = None
    if request.out_path:
        out_path = Path(request.out_path).expanduser()
        if out_path.suffix.lower() != ".pdf":
            raise InputError(f"out_path: {request.out_path} does not end in .pdf")
        if not out_path.parent.is_dir():
            raise InputError(f"out_path: no such folder: {out_path.parent}")
        if out_path.is_dir():  # before "already exists": overwrite would not help
            raise InputError(f"out_path: {out_path} is a folder")
        if (out_path.exists() or out_path.is_symlink()) and not getattr(request, "overwrite", False):
            raise InputError(f"out_path: {out_path} already exists; choose another name, or set overwrite to "
                             "replace it")
    if request.post_id:
        post = next((p for p in posts if p["post_key"] == request.post_id), None)
        if post is None:
            raise InputError(f"post {request.post_id!r} is not stored for {account} (newest: {posts[-1]['post_key']})")
    else:
        post = max(posts, key=lambda p: (p["timestamp"], p["post_key"]))
    comments = []
    if request.comments_path:
        from viralml_desktop.core.captions.comments import read_comments

        comments += read_comments(request.comments_path)
    comments += [c for c in (request.comments or []) if c and c.strip()]

    src: dict[str, Any] = {}
    notes: list[str] = []
    out: dict[str, Any] = {"account_id": account, "platform": post.get("platform") or "", "health_note": "",
                           "created_utc": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
                           "period": {"first": posts[0]["timestamp"], "last": posts[-1]["timestamp"],
                                      "posts": len(posts)}}
    src["period.posts"] = sources.measured("posts stored for the account (daily totals excluded)")

    # account health: detect_anomaly on every stored post, and the forecast band
    progress.update(0.05, f"health: detect_anomaly on {len(posts)} posts of {account}")
    try:
        rep = jobs.detect_for_account(account, progress.sub(0.05, 0.45))
        health, forecast, out["forecast_note"] = rep.result, rep.forecast, rep.forecast_note
    except ViralMLError as e:
        if type(e).__name__ == "Cancelled":
            raise
        health, forecast = None, None
        out["health_note"] = f"detect_anomaly: {e}"
        out["forecast_note"] = ""
    if health is not None:
        conf_src = (health.get("sources") or {}).get("confidence")
        out["verdict"] = {"anomaly_type": health["anomaly_type"], "is_shadowbanned": health["is_shadowbanned"],
                          "confidence": health["confidence"], "text": _verdict_text(health)}
        if conf_src:
            src["verdict.confidence"] = conf_src
    out["health"] = _lift(src, "health", health)
    out["forecast"] = _lift(src, "forecast", forecast)
    progress.check()

    # the post: its counts by age, and predict_peak on them
    progress.update(0.5, f"post: views of {post['post_key']}")
    readings = _readings(account, post)
    out["post"] = {"post_id": post["post_key"], "published_at": post["timestamp"], "caption": post.get("caption"),
                   "views": post.get("views"), "likes": post.get("likes"), "comments": post.get("comments"),
                   "hours_since_posting": readings[-1]["hours"] if readings else None, "readings": readings}
    src["post"] = sources.measured("the post's stored counts, and the hours from its publication to the date of "
                                   "each export that counted it")
    peak, out["peak_note"] = None, ""
    if not readings:
        out["peak_note"] = ("predict_peak: no count of this post at a known age (the export gives dates only, or "
                            "was made before its publication time); import exports with posting times")
    else:
        try:
            peak = engine.run("predict_peak", {"views": [r["views"] for r in readings],
                                               "hours": [r["hours"] for r in readings], "cumulative": True,
                                               "account_id": account}, progress.sub(0.5, 0.6), record=False)
        except ViralMLError as e:
            if type(e).__name__ == "Cancelled":
                raise
            out["peak_note"] = f"predict_peak: {e}"
    out["peak"] = _lift(src, "peak", peak)
    progress.check()

    # comments
    com = None
    out["comments_note"] = ""
    if comments:
        progress.update(0.6, f"comments: sentiment of {len(comments)} comments")
        try:
            com = engine.run("analyze_comments", {"comments": comments}, progress.sub(0.6, 0.9), record=False)
        except ViralMLError as e:
            if type(e).__name__ == "Cancelled" or isinstance(e, InputError):
                raise
            out["comments_note"] = f"analyze_comments: {e}"
    else:
        out["comments_note"] = "analyze_comments: no comments were given (comments_path or comments)"
    out["comments"] = _lift(src, "comments", com)
    progress.check()

    out["next_steps"] = next_steps(out)
    out["notes"] = notes
    out["sources"] = src
    out["pdf"] = None
    if out_path is not None:
        progress.update(0.92, f"pdf: writing {out_path.name}")
        from viralml_desktop.core.release import pdf

        out["pdf"] = str(pdf.write_report_pdf(out, out_path, lang=request.language, page_size=request.page_size))
    try:
        progress.update(1.0, "done")
    except Cancelled:
        if out_path is None:
            raise
        # the PDF is whole and in place (written to a temporary name, then renamed): a cancel that lands now
        # is too late to undo it, and the caller gets the report that names it
    return out


def _verdict_text(health: dict) -> str:
    from viralml_desktop.core.account_health import anomaly

    kind = health.get("anomaly_type") or "none"
    conf = f"{100 * float(health.get('confidence') or 0):.0f} %"
    if kind == "none":
        return f"No drop in reach found (confidence {conf})"
    when = f" since {str(health['detected_at'])[:10]}" if health.get("detected_at") else ""
    if anomaly.verdict_wording(health) == anomaly.WEAK_VERDICT:  # more likely wrong than right: a possibility
        return f"Possible drop in reach — weak evidence{when} (confidence {conf})"
    return f"{kind.replace('_', ' ').capitalize()}{when} (confidence {conf})"


def next_steps(report: dict) -> list[dict]:
    """Plain next steps from the report's results, each naming the result it comes from.

    Parameters
    ----------
    report : dict
        The report as :func:`run` builds it (``health``, ``forecast``, ``post``, ``peak``, ``comments``).

    Returns
    -------
    list of dict
        ``{"key", "text", "from", "values"}``: the health verdict's recommendation
        (detect_anomaly), where the post's views sit against the forecast band of the account's
        next post (forecast_views), how far the post is from its predicted final views
        (predict_peak), and what the comments call for (analyze_comments) or how to add them.
    """
    steps: list[dict] = []
    health = report.get("health")
    n_posts = report["period"]["posts"]
    if isinstance(health, dict):
        rec = health.get("recommendation") or "no_action"
        conf = f"{100 * float(health.get('confidence') or 0):.0f}"
        since = str(health.get("detected_at") or "")[:10] or "–"
        from viralml_desktop.core.account_health import anomaly

        # a weak alarm's kind is "weak reach drop", which the PDF and the GUI say as a possibility
        kind = anomaly.verdict_wording(health).replace("_", " ")
        if rec in NEXT_STEPS:
            steps.append(_step(rec, "detect_anomaly", since=since, kind=kind, confidence=conf, posts=n_posts))
    post = report.get("post") or {}
    fc = report.get("forecast")
    views = post.get("views")
    if isinstance(fc, dict) and views is not None:
        # the band expected for the post itself (one post ahead, from the posts before it)
        band = next((b for b in reversed(fc.get("band") or []) if b.get("timestamp") == post.get("published_at")),
                    None)
        if band is None and fc.get("band"):
            band = fc["band"][-1] if fc["band"][-1].get("views") == views else None
        if band is not None:
            key = "below_band" if views < band["p10"] else "above_band" if views > band["p90"] else "within_band"
            steps.append(_step(key, "forecast_views", views=f"{views:,.0f}", low=f"{band['p10']:,.0f}",
                               high=f"{band['p90']:,.0f}"))
    peak = report.get("peak")
    if isinstance(peak, dict) and views is not None:
        final = float(peak["predicted_final_views"])
        share = 100.0 * float(peak.get("views_so_far") or views) / final if final > 0 else 100.0
        first = peak.get("peak_hour_interval") or []
        if len(first) == 2 and float(first[0]) == 0.0:  # the peak lies in the first interval: bounded, not measured
            steps.append(_step("past_peak_early", "predict_peak", hours=f"{float(first[1]):.0f}",
                               final=f"{final:,.0f}"))
        elif peak.get("peak_source") == "observed" or share >= 90.0:
            steps.append(_step("past_peak", "predict_peak", peak=f"{float(peak['peak_hour']):.0f}",
                               final=f"{final:,.0f}"))
        else:
            steps.append(_step("still_growing", "predict_peak", share=f"{share:.0f}", final=f"{final:,.0f}",
                               peak=f"{float(peak['peak_hour']):.0f}"))
    com = report.get("comments")
    if isinstance(com, dict):
        share, n = com.get("share") or {}, sum(int(v) for v in (com.get("distribution") or {}).values())
        neg, pos = float(share.get("negative") or 0), float(share.get("positive") or 0)
        if neg >= _NEGATIVE_SHARE and com.get("most_negative"):
            steps.append(_step("answer_negative", "analyze_comments", share=f"{100 * neg:.0f}", n=n,
                               text=_short(com["most_negative"][0]["text"])))
        elif pos >= _POSITIVE_SHARE and com.get("most_positive"):
            steps.append(_step("pin_positive", "analyze_comments", share=f"{100 * pos:.0f}", n=n,
                               text=_short(com["most_positive"][0]["text"])))
        else:
            steps.append(_step("mixed_comments", "analyze_comments", n=n, positive=f"{100 * pos:.0f}",
                               negative=f"{100 * neg:.0f}"))
    else:
        steps.append(_step("add_comments", "analyze_comments"))
    return steps


def _short(text: str, limit: int = 90) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"
