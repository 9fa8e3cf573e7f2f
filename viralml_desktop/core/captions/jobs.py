"""The Captions tab's jobs that are more than one ``engine.run``: read a comments file, then
analyze it. Each is one core function ``job(args, progress)``; the tab runs it in its worker.
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

from viralml_desktop.core import engine
from viralml_desktop.core.captions.comments import read_comments
from viralml_desktop.core.progress import Progress, ProgressLike

#: File suffixes the comments pane offers to open: what the one reader (``core/tables``) reads.
COMMENT_FILE_EXTENSIONS = (".csv", ".tsv", ".txt", ".xlsx", ".xlsm", ".xlsb", ".xls", ".ods", ".json", ".jsonl")


def analyze_comments_file(path: str, progress: Optional[ProgressLike] = None) -> dict:
    """Read the comments of a comment file and return the ``analyze_comments`` response.

    Parameters
    ----------
    path : str
        A table (CSV/TSV in any delimiter and encoding, Excel, ODS, JSON) with a comment column
        (``Comment``, ``Comentario``, ``Text``…, or the only column) or a text file (one comment
        per line), at most 50 MB, read by the one reader
        (:func:`~viralml_desktop.core.captions.comments.read_comments`).
    progress : ProgressLike, optional
        Receives "read N comments from <file>", then the analysis's fractions 0 to 1.

    Returns
    -------
    dict
        The ``CommentsResponse`` as JSON-ready values (``engine.run("analyze_comments")``):
        per-comment ``results``, ``distribution``, ``share``, ``mean_score`` and the rest,
        as :func:`~viralml_desktop.core.captions.comments.run` describes.

    Raises
    ------
    InputError
        One line: the file is missing, too large, binary or not text, is a table of several
        columns with no known comment column (the message names them), or holds no comment or
        more than 100,000 (the request's limit).
    FeatureDisabled
        When comment sentiment is switched off in the configuration
        (``features.caption_optimization``).
    ModelUnavailable
        When the sentiment model is missing or corrupt.
    Cancelled
        From ``progress`` once the user has cancelled.
    """
    progress = progress or Progress()
    comments = read_comments(path)
    progress.update(0.0, f"read {len(comments)} comments from {Path(path).name}")
    return engine.run("analyze_comments", {"comments": comments}, progress)
