"""A stored account history for the after-release report's tests (release_report, its PDF, its CLI).

:func:`store_history` stores, through the store's own import (``Store.import_posts``, the path every
analytics export takes), an account of 30 TikTok posts two days apart whose views saturate
(``scale * (1 - exp(-age / 30 h))``): an export 6 h after each post, one just before the newest post,
so the older posts have counts a week and more after publication (predict_peak's reference posts), and the newest post counted
at 6, 12, 24 and 48 h (its views so far). The last 4 posts get a twentieth of the usual views, so
detect_anomaly finds a drop.
"""
from __future__ import annotations

import math
from datetime import datetime, timedelta, timezone

T0 = datetime(2026, 9, 1, 18, 0, tzinfo=timezone.utc)
N_POSTS = 30
NEWEST_HOURS = (6, 12, 24, 48)


def views_at(scale: float, hours: float) -> int:
    """Cumulative views of a post ``hours`` after publication."""
    return round(scale * (1 - math.exp(-hours / 30.0)))


def scales(n: int = N_POSTS) -> list[float]:
    """Each post's final views: about 20,000 to 26,000, the last 4 about 1,000 to 1,100 (the drop)."""
    out = [20_000.0 + 1_500.0 * ((i * 7) % 5) for i in range(n)]
    for i in range(n - 4, n):
        out[i] = 1_000.0 + 30.0 * (i - n + 4)
    return out


def store_history(account: str = "luna_roja", n: int = N_POSTS):
    """Store the history described in the module docstring; returns the store.

    Needs the ``isolated_home`` fixture (a per-test store).
    """
    from viralml_desktop.core import store

    st = store.default_store()
    scale = scales(n)
    born = [T0 + timedelta(days=2 * i) for i in range(n)]

    def export(at: datetime, name: str) -> None:
        posts = [{"post_id": f"v{j}", "published_at": born[j], "time_known": True, "title": f"Canción {j} #trap",
                  "views": views_at(scale[j], (at - born[j]).total_seconds() / 3600),
                  "likes": views_at(scale[j], (at - born[j]).total_seconds() / 3600) // 10}
                 for j in range(n) if born[j] < at]
        st.import_posts(account, "tiktok", posts, {"name": name, "exported_at": at})

    for i in range(n - 1):
        export(born[i] + timedelta(hours=6), f"day{i}.csv")
    export(born[n - 1] - timedelta(hours=1), "late.csv")  # the older posts' final counts (a week and more)
    for h in NEWEST_HOURS:
        export(born[n - 1] + timedelta(hours=h), f"newest_{h}h.csv")
    return st
