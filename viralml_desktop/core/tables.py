"""One reader for every table a user brings: ``read_table`` and ``read_comments``.

The name the architecture gives it (ARCHITECTURE.md, "tables.py"); the code lives in
:mod:`viralml_desktop.core.ingest`. Every import in the app (account histories, the thumbnail
channel import, the labelled-videos CSV, comment files, batch CSV input) goes through here.
"""
from viralml_desktop.core.ingest import (ALIASES, FIELDS, KINDS, Ambiguity, TableRead, TableReport,  # noqa: F401
                                         detect_platform, hashtags_of, map_columns, read_comments, read_table)

__all__ = ["ALIASES", "FIELDS", "KINDS", "Ambiguity", "TableRead", "TableReport", "detect_platform",
           "hashtags_of", "map_columns", "read_comments", "read_table"]
