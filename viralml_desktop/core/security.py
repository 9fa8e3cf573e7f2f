"""Path confinement for requests that arrive from outside the app (the local HTTP server).

A request names media files by path (``video_path``, ``thumbnail_path``,
``context.competitors``, and any other ``*_path`` / ``*_paths`` field a schema adds). From
the server, such a path is honoured only when it resolves — symlinks followed — to a regular
file inside one of the configured media roots. ``..`` that climbs out, a symlink that points
out, a device file, a FIFO or a directory are refused with :class:`PathRefused` (HTTP 403).
A relative path is looked up under each root in turn.

Media roots come from the configuration (``app.media_roots``), the ``VIRALML_MEDIA_ROOTS``
environment variable (joined with ``os.pathsep``) and ``viralml serve --media-root``.
"""
from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any, Callable, Iterable, Optional

from viralml_desktop.core.errors import InputError

MEDIA_ROOTS_ENV = "VIRALML_MEDIA_ROOTS"
LIST_PATH_KEYS = ("competitors",)


class PathRefused(InputError):
    """A path outside the media roots, or not a regular file: refused, never opened."""

    http_status = 403


def _named_roots(extra: Iterable[str | os.PathLike], cfg) -> list[str]:
    from viralml_desktop.core import config

    cfg = cfg or config.get()
    raw = [str(r) for r in cfg.app.media_roots]
    raw += [r for r in os.environ.get(MEDIA_ROOTS_ENV, "").split(os.pathsep) if r.strip()]
    raw += [str(r) for r in extra]
    return [r.strip() for r in raw if r.strip()]


def media_roots(extra: Iterable[str | os.PathLike] = (), cfg=None) -> list[Path]:
    """Configured roots + environment + ``extra``, resolved, existing directories only, no duplicates."""
    out: list[Path] = []
    for r in _named_roots(extra, cfg):
        p = Path(os.path.expanduser(r)).resolve()
        if p.is_dir() and p not in out:
            out.append(p)
    return out


def missing_roots(extra: Iterable[str | os.PathLike] = (), cfg=None) -> list[str]:
    """Named roots that are not existing directories (to warn about at start)."""
    return [r for r in _named_roots(extra, cfg) if not Path(os.path.expanduser(r)).is_dir()]


def _inside(p: Path, root: Path) -> bool:
    return p == root or root in p.parents


def confine(path: str, roots: list[Path], field: str = "path") -> str:
    """The real path of ``path`` when it is a regular file inside ``roots``; else PathRefused."""
    if not isinstance(path, str) or not path.strip():
        raise InputError(f"{field}: must be a non-empty path")
    if "\x00" in path:
        raise PathRefused(f"{field}: a path may not contain a NUL byte")
    if not roots:
        raise PathRefused(f"{field}: no media root is configured, so no path is accepted "
                          f"(set app.media_roots, {MEDIA_ROOTS_ENV} or `viralml serve --media-root DIR`, "
                          f"or use the /upload endpoints)")
    raw = Path(os.path.expanduser(path.strip()))
    candidates = [raw] if raw.is_absolute() else [root / raw for root in roots]
    try:
        for cand in candidates:
            real = Path(os.path.realpath(cand))
            if not any(_inside(real, r) for r in roots):
                continue
            try:
                st = real.stat()
            except FileNotFoundError:
                continue
            if not stat.S_ISREG(st.st_mode):
                raise PathRefused(f"{field}: not a regular file: {path}")
            return str(real)
    except OSError as e:  # too long, too many symlink levels, permission
        raise PathRefused(f"{field}: cannot resolve {path}: {e.strerror or e}") from None
    if not any(any(_inside(Path(os.path.realpath(c)), r) for r in roots) for c in candidates):
        raise PathRefused(f"{field}: {path} is outside the media roots")
    raise InputError(f"{field}: file not found in the media roots: {path}")


def walk_paths(obj: Any, fix: Callable[[str, str], str], prefix: str = "") -> Any:
    """A copy of ``obj`` where every path field (``*_path``, ``*_paths``, ``competitors``)
    is replaced by ``fix(value, dotted_field_name)``. Non-string values are left for the
    schema to reject."""
    if isinstance(obj, dict):
        out = {}
        for k, v in obj.items():
            name = f"{prefix}{k}"
            if isinstance(k, str) and k.endswith("_path") and isinstance(v, str):
                out[k] = fix(v, name)
            elif isinstance(k, str) and (k.endswith("_paths") or k in LIST_PATH_KEYS) and isinstance(v, list):
                out[k] = [fix(x, f"{name}[{i}]") if isinstance(x, str) else x for i, x in enumerate(v)]
            else:
                out[k] = walk_paths(v, fix, name + ".")
        return out
    return obj


def confine_request(request: dict, roots: list[Path]) -> dict:
    """A copy of ``request`` with every path field confined to ``roots`` (real paths)."""
    return walk_paths(request, lambda v, name: confine(v, roots, name))


def resolve_relative(request: dict, base: Optional[Path]) -> dict:
    """A copy of ``request`` with relative path fields made absolute against ``base`` (batch CSV)."""
    if base is None:
        return request
    return walk_paths(request, lambda v, name: v if not v or os.path.isabs(os.path.expanduser(v))
                      else str(base / v))
