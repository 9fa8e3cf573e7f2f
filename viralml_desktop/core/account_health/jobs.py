"""The Account health tab's jobs, one core function each: detect reach anomalies for a stored
account, import an export and then detect, list and delete the stored accounts.

Each takes ``(args, progress)`` (or ``progress`` alone) and returns a typed result; the tab
runs them in its worker and only draws.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional

from viralml_desktop.core import engine, store
from viralml_desktop.core.errors import InputError, ViralMLError
from viralml_desktop.core.progress import Progress, ProgressLike
from viralml_desktop.core.vocabulary import PLATFORMS

_RECORD_MAX_POSTS = 5000  # larger requests are not copied into the analyses history


@dataclass
class AccountReport:
    """What the Account health tab draws: one account's detect_anomaly answer and its captions.

    Parameters
    ----------
    account_id : str
        The stored account analysed.
    result : dict
        The ``detect_anomaly`` response (see :func:`viralml_desktop.core.account_health.anomaly.run`),
        asked with ``include_series``, so ``result["series"]`` holds the per-post views, likes,
        engagement rate and rolling baseline, oldest first.
    captions : list of str
        One caption per stored post, oldest first ("" where the export had none), for tooltips.
    import_summary : str
        One line on what the import read and stored, when this report followed an import;
        "" otherwise.
    forecast : dict or None
        The ``forecast_views`` response for the account with ``include_band`` (the expected
        band of every past post and the next 5 posts' interval), made as of now: the next posts
        are expected after today, also for an old export; None when it could not answer.
    forecast_note : str
        Why ``forecast`` is None (one line); "" otherwise.
    import_skipped : list of str
        The import's per-row skip report ("row 4: views 'abc' not a number"), when this report
        followed an import; empty otherwise.
    import_report : history.ImportReport or store.ImportSummary or None
        The import's figures ``import_summary`` was written from, when this report followed an
        import (the GUI says them in the interface language); None otherwise.
    """

    account_id: str
    result: dict  # the detect_anomaly response, with its per-post series (baseline included)
    captions: list[str] = field(default_factory=list)  # per post, in the series' order, for tooltips
    import_summary: str = ""  # what the import read, when this report followed an import
    forecast: Optional[dict] = None  # the forecast_views response with its band, when it could answer
    forecast_note: str = ""  # why there is no forecast, when there is none
    import_skipped: list[str] = field(default_factory=list)  # the import's skipped rows, each with why
    import_report: Any = None  # the import's figures behind import_summary, when this report followed an import


def detect_for_account(account_id: str, progress: Optional[ProgressLike] = None) -> AccountReport:
    """Run ``detect_anomaly`` on every post stored for one account.

    Parameters
    ----------
    account_id : str
        An account in the local store (imported with :func:`import_and_detect` or
        :func:`~viralml_desktop.core.account_health.history.import_file`).
    progress : ProgressLike, optional
        Receives the capability's steps; a fresh one when None.

    Returns
    -------
    AccountReport
        The response with its per-post series, and the posts' captions; the account's daily
        totals (rows of a daily or overview table) only when it has no single post stored. The request's
        platform is that of the latest stored post (``tiktok`` when it has none or an unknown
        one). Histories of more than 5,000 posts are not copied into the analyses history.

    Raises
    ------
    InputError
        No posts are stored for ``account_id``, or a stored timestamp is not a date.
    ModelUnavailable
        The detector's file (``models/anomaly/detector.json``) is missing or corrupt.
    FeatureDisabled
        ``detect_anomaly`` is disabled in the configuration.
    Cancelled
        From ``progress`` (its ``update`` and ``check``) once the user cancels.
    """
    posts = store.default_store().posts(account_id)
    if not posts:
        raise InputError(f"no posts stored for {account_id}")
    single = [p for p in posts if p.get("post_type") != "daily total"]
    posts = single or posts  # an account's daily totals (a daily table) only when it has no single post
    platform = posts[-1].get("platform") or "tiktok"
    req = {"account_id": account_id, "platform": platform if platform in PLATFORMS else "tiktok",
           "include_series": True,
           "recent_posts": [{"views": p["views"], "likes": p["likes"], "comments": p["comments"],
                             "shares": p["shares"], "timestamp": p["timestamp"], "post_id": p["post_key"]}
                            for p in posts if p.get("views") is not None]}
    out = engine.run("detect_anomaly", req, progress, record=len(posts) <= _RECORD_MAX_POSTS)
    forecast, note = _forecast(account_id)
    return AccountReport(account_id, out, [p.get("caption") or "" for p in posts], forecast=forecast,
                         forecast_note=note)


def _forecast(account_id: str) -> tuple[Optional[dict], str]:
    """``forecast_views`` with its band for the chart, as of now (the next posts come after today,
    as the release kit and ``predict_virality`` ask, however old the export); (None, the one-line
    reason) when it cannot answer."""
    import datetime as dt

    now = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    try:
        return engine.run("forecast_views", {"account_id": account_id, "include_band": True, "horizon": 5,
                                             "as_of": now}, record=False), ""
    except ViralMLError as e:
        return None, f"no views forecast: {e}"


@dataclass(frozen=True)
class ImportArgs:
    """A post-history export (YouTube Studio, TikTok Studio, Instagram, X, or a generic table) and its platform.

    Parameters
    ----------
    path : str
        The export file: CSV/TSV, Excel, ODS, JSON, read by the one reader (see
        :func:`~viralml_desktop.core.account_health.history.read_export`).
    platform : str, optional
        ``tiktok``, ``instagram``, ``twitter`` or ``youtube``; None reads it from the column names.
    hints : dict, optional
        Answers to the reader's questions (``{column: 'day_first' | 'month_first' |
        'comma_decimal' | 'dot_decimal'}``); an export with an open question is not stored.
    account : str, optional
        The account to merge the posts into; None: the account named in the export, else the
        file's name without extension.
    """
    path: str
    platform: Optional[str] = None  # None: read from the column names
    hints: Optional[dict] = None
    account: Optional[str] = None


def import_and_detect(args: ImportArgs, progress: Optional[ProgressLike] = None) -> AccountReport:
    """Import an export into the store, then run ``detect_anomaly`` on the account's whole history.

    Parameters
    ----------
    args : ImportArgs
        The export's path and platform.
    progress : ProgressLike, optional
        The import reports on its first 40 %, the detection on the rest; a fresh one when None.

    Returns
    -------
    AccountReport
        As :func:`detect_for_account` for the imported account (``args.account``, else the
        account name read from the export, else the file's name without extension), with
        ``import_summary`` filled.

    Raises
    ------
    InputError
        The file is missing, empty, too large (over 200 MB), unreadable, lacks a date or a
        views column, holds no usable post row, or has a column whose date order or number
        format is undecidable (the message is the question; nothing is stored); see also
        :func:`detect_for_account`.
    ModelUnavailable
        The detector's file is missing or corrupt. The posts are stored by then.
    Cancelled
        From ``progress`` (its ``update`` and ``check``) once the user cancels; posts already
        written to the store stay there.

    Notes
    -----
    Re-importing an export merges by post key without duplicates; the store is written in one
    transaction, so a failed import changes nothing.
    """
    from viralml_desktop.core.account_health import history  # pandas: on first use, not at startup

    progress = progress or Progress()
    report = history.import_file(args.path, account_id=args.account, platform=args.platform,
                                 progress=progress.sub(0.0, 0.4), hints=args.hints)
    out = detect_for_account(report.account_id, progress.sub(0.4, 1.0))
    out.import_summary = report.summary()
    out.import_report = report
    out.import_skipped = list(report.table.get("rows_skipped") or report.problems)
    return out


def list_accounts(progress: Optional[ProgressLike] = None) -> list[dict]:
    """List the accounts with posts in the local store.

    Parameters
    ----------
    progress : ProgressLike, optional
        Not used (the job's signature is the lane's, ``(progress)``).

    Returns
    -------
    list of dict
        One per account, by ``account_id``: ``account_id``, ``platform``, ``n`` (posts),
        ``first`` and ``last`` (ISO 8601 UTC timestamps of its oldest and newest post).
    """
    return store.default_store().accounts()


def delete_account(account_id: str, progress: Optional[ProgressLike] = None) -> list[dict]:
    """Delete every stored post of one account.

    Parameters
    ----------
    account_id : str
        The account; an account with no stored posts is no error (nothing is deleted).
    progress : ProgressLike, optional
        Not used.

    Returns
    -------
    list of dict
        The accounts left, as :func:`list_accounts` gives them.
    """
    store.default_store().delete_account(account_id)
    return list_accounts()
