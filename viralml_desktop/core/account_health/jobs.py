"""The Account health tab's jobs, one core function each: detect reach anomalies for a stored
account, import an export and then detect, list and delete the stored accounts.

Each takes ``(args, progress)`` (or ``progress`` alone) and returns a typed result; the tab
runs them in its worker and only draws.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from viralml_desktop.core import engine, store
from viralml_desktop.core.errors import InputError
from viralml_desktop.core.progress import Progress, ProgressLike
from viralml_desktop.core.vocabulary import PLATFORMS

RECORD_MAX_POSTS = 5000  # larger requests are not copied into the analyses history


@dataclass
class AccountReport:
    account_id: str
    result: dict  # the detect_anomaly response, with its per-post series (baseline included)
    captions: list[str] = field(default_factory=list)  # per post, in the series' order, for tooltips
    import_summary: str = ""  # what the import read, when this report followed an import


def detect_for_account(account_id: str, progress: Optional[ProgressLike] = None) -> AccountReport:
    """Read the account's stored posts and run detect_anomaly on them."""
    posts = store.default_store().posts(account_id)
    if not posts:
        raise InputError(f"no posts stored for {account_id}")
    platform = posts[-1].get("platform") or "tiktok"
    req = {"account_id": account_id, "platform": platform if platform in PLATFORMS else "tiktok",
           "include_series": True,
           "recent_posts": [{"views": p["views"], "likes": p["likes"], "comments": p["comments"],
                             "shares": p["shares"], "timestamp": p["timestamp"], "post_id": p["post_key"]}
                            for p in posts if p.get("views") is not None]}
    out = engine.run("detect_anomaly", req, progress, record=len(posts) <= RECORD_MAX_POSTS)
    return AccountReport(account_id, out, [p.get("caption") or "" for p in posts])


@dataclass(frozen=True)
class ImportArgs:
    """A post-history export (TikTok, YouTube Studio, Instagram: CSV / JSON) and its platform."""
    path: str
    platform: Optional[str] = None  # None: read from the column names


def import_and_detect(args: ImportArgs, progress: Optional[ProgressLike] = None) -> AccountReport:
    """Store the export's posts (merged with the account's), then detect on the whole history."""
    from viralml_desktop.core.account_health import history  # pandas: on first use, not at startup

    progress = progress or Progress()
    report = history.import_file(args.path, platform=args.platform, progress=progress.sub(0.0, 0.4))
    out = detect_for_account(report.account_id, progress.sub(0.4, 1.0))
    out.import_summary = report.summary()
    return out


def list_accounts(progress: Optional[ProgressLike] = None) -> list[dict]:
    """The stored accounts: account_id, platform, n (posts), first and last post time."""
    return store.default_store().accounts()


def delete_account(account_id: str, progress: Optional[ProgressLike] = None) -> list[dict]:
    """Delete an account's stored posts; returns the accounts left."""
    store.default_store().delete_account(account_id)
    return list_accounts()
