"""The Captions tab's jobs that are more than one ``engine.run``: read a comments file, then
analyze it. Each is one core function ``job(args, progress)``; the tab runs it in its worker.
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

from viralml_desktop.core import engine
from viralml_desktop.core.captions.comments import read_comments
from viralml_desktop.core.progress import Progress, ProgressLike

COMMENT_FILE_EXTENSIONS = (".csv", ".tsv", ".txt")  # what read_comments reads


def analyze_comments_file(path: str, progress: Optional[ProgressLike] = None) -> dict:
    """Read the comments of a CSV/TSV/text file and return the ``analyze_comments`` response."""
    progress = progress or Progress()
    comments = read_comments(path)
    progress.update(0.0, f"read {len(comments)} comments from {Path(path).name}")
    return engine.run("analyze_comments", {"comments": comments}, progress)
