"""One reader for every table a user brings: ``read_table`` and ``read_comments``.

The name the architecture gives it (ARCHITECTURE.md, "tables.py"); the code lives in
:mod:`viralml_desktop.core.ingest`. Every import in the app (account histories, the thumbnail
channel import, the labelled-videos CSV, comment files, batch CSV input) goes through here.
"""
from viralml_desktop.core.ingest import (ALIASES, FIELDS, KINDS, Ambiguity, TableRead, TableReport,  # noqa: F401
                                         detect_platform, hashtags_of, map_columns, read_comments, read_table)

from pathlib import Path
from typing import Optional

__all__ = ["ALIASES", "FIELDS", "KINDS", "Ambiguity", "TableRead", "TableReport", "detect_platform",
           "hashtags_of", "map_columns", "read_comments", "read_table", "store_read"]


def store_read(result: TableRead, path: str | Path, platform: Optional[str], account: Optional[str] = None,
               hints: Optional[dict] = None) -> Optional[str]:
    """Merge the dated posts of one read export into the channel history; returns the account.

    Parameters
    ----------
    result : TableRead
        What :func:`read_table` read from ``path``.
    path : str or Path
        The export (its name is kept with the import; its modification time dates the export
        when ``hints['export_date']`` does not).
    platform : str or None
        The platform the posts are stored under (see ``Store.import_posts``).
    account : str, optional
        The account to merge into; default the export's one account name, else the file's stem.
    hints : dict, optional
        The reader's hints (``export_date`` is used).

    Returns
    -------
    str or None
        The account name, or None when the read is not ready (open questions) or has no post
        with a publish date (a stored post needs one): nothing is stored then.

    Raises
    ------
    viralml_desktop.core.store.StoreReadOnly
        The history cannot be written (nothing stored).
    InputError
        A row the store refuses, or another platform's account (nothing stored).

    Notes
    -----
    Stored by ``Store.import_posts``: merged by post id, the newer export's counts win, a
    snapshot of each import's counts kept, one transaction.
    """
    from viralml_desktop.core import store

    p = Path(path)
    posts = [q for q in result.posts if q.get("published_at") is not None]
    if not result.ready or not posts:
        return None
    named = {str(q["account"]).strip() for q in posts if str(q.get("account") or "").strip()}
    name = (account or "").strip() or (named.pop() if len(named) == 1 else p.stem)
    exported = (hints or {}).get("export_date")
    if not exported:
        try:
            exported = p.stat().st_mtime
        except OSError:
            exported = None
    store.default_store().import_posts(name, platform, posts,
                                       {"name": p.name, "exported_at": exported, "table": result.report.table,
                                        "report": result.report.to_dict()})
    return name
