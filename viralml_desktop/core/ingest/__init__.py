"""One reader for every table a user brings (issue 13): analytics exports, views lists,
comment files, batch inputs.

Public face: :func:`read_table`, :func:`read_comments` and their results (:class:`TableRead`,
:class:`TableReport`, :class:`Ambiguity`). The modules behind it are private: ``_source``
(bytes, encoding, dialect, workbooks, JSON), ``_numbers`` and ``_dates`` (per-column decisions),
``_columns`` (the platforms' headers), ``_reader`` (the assembly). Importing this package is
cheap: charset-normalizer, clevercsv, python-calamine, babel and dateparser load on first use.
"""
from viralml_desktop.core.ingest._columns import ALIASES, FIELDS, detect_platform, fold, map_columns
from viralml_desktop.core.ingest._reader import (KINDS, Ambiguity, TableRead, TableReport, hashtags_of,
                                                 read_comments, read_table)

__all__ = ["ALIASES", "FIELDS", "KINDS", "Ambiguity", "TableRead", "TableReport", "detect_platform", "fold",
           "hashtags_of", "map_columns", "read_comments", "read_table"]
