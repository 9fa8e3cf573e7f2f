"""Path confinement for requests that arrive from outside the app (the local HTTP server).

A request names media files by path (``video_path``, ``thumbnail_path``,
``context.competitors``, and any other ``*_path`` / ``*_paths`` field a schema adds). From
the server, such a path is honoured only when it resolves — symlinks followed — to a regular
file inside one of the configured media roots. ``..`` that climbs out, a symlink that points
out, a device file, a FIFO or a directory are refused with :class:`PathRefused` (HTTP 403).
A relative path is looked up under each root in turn.

A request's paths are opened once (:func:`open_request` / :func:`open_confined`): component by
component from the root's directory descriptor without following symlinks, the opened descriptor
checked, and the capability reads that descriptor (``/proc/self/fd/N``), so swapping a folder for a
symlink between the check and the read cannot lead outside the roots.

Media roots come from the configuration (``app.media_roots``), the ``VIRALML_MEDIA_ROOTS``
environment variable (joined with ``os.pathsep``) and ``viralml serve --media-root``.
"""
from __future__ import annotations

import errno
import os
import stat
import weakref
from dataclasses import dataclass
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


def _candidates(path: str, roots: list[Path], field: str) -> list[Path]:
    """Where ``path`` may be: itself when absolute, else under each root (in order).

    Raises InputError for an empty path, PathRefused for a NUL byte or when no root is set."""
    if not isinstance(path, str) or not path.strip():
        raise InputError(f"{field}: must be a non-empty path")
    if "\x00" in path:
        raise PathRefused(f"{field}: a path may not contain a NUL byte")
    if not roots:
        raise PathRefused(f"{field}: no media root is configured, so no path is accepted "
                          f"(set app.media_roots, {MEDIA_ROOTS_ENV} or `viralml serve --media-root DIR`, "
                          f"or use the /upload endpoints)")
    p = path.strip()
    if p.startswith("~") and not (p == "~" or p.startswith("~/")):
        # ~user would be expanded (or not) depending on whether that user exists: the same answer
        # for every name, so a request cannot probe the local accounts
        raise PathRefused(f"{field}: ~user paths are not accepted; give the path inside a media root")
    raw = Path(os.path.expanduser(p))
    return [raw] if raw.is_absolute() else [root / raw for root in roots]


def confine(path: str, roots: list[Path], field: str = "path") -> str:
    """The real path of ``path`` when it is a regular file inside ``roots``; else PathRefused."""
    candidates = _candidates(path, roots, field)
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


def confine_out_dir(path: str, roots: list[Path], field: str = "out_dir") -> str:
    """The real path of a folder a request asks the app to write (the release kit's ``out_dir``),
    when it lies inside one of the media roots; else :class:`PathRefused`.

    Parameters
    ----------
    path : str
        The folder as the request names it: absolute, or relative to the first media root. It may
        not exist yet; its parent is resolved (symlinks followed) and must lie inside a root.
    roots : list of Path
        Resolved media roots (:func:`media_roots`).
    field : str
        The request field, for the message.

    Returns
    -------
    str
        The folder's path with its parent resolved (``<real parent>/<name>``).

    Raises
    ------
    PathRefused
        No media root is configured; a NUL byte or ``~user``; the folder (or, when it exists, its
        real path: a symlink that points out) lies outside every root; or it is a media root
        itself (the kit replaces its folder with --overwrite, never a root).
    InputError
        The path is empty.
    """
    cand = _candidates(path, roots, field)[0]
    try:
        parent = Path(os.path.realpath(cand.parent))
        target = parent / cand.name if cand.name not in ("", ".", "..") else Path(os.path.realpath(cand))
        real = Path(os.path.realpath(target)) if os.path.lexists(target) else target
    except OSError as e:
        raise PathRefused(f"{field}: cannot resolve {path}: {e.strerror or e}") from None
    if any(real == r or target == r for r in roots):
        raise PathRefused(f"{field}: {path} is a media root; give a folder inside it")
    if not any(_inside(real, r) and _inside(target, r) for r in roots):
        raise PathRefused(f"{field}: {path} is outside the media roots")
    return str(target)


# -- open once, check the opened file ------------------------------------------------------------
#
# ``confine`` answers a path, and whoever opens that path later re-resolves it: a folder swapped for
# a symlink in between leads the open outside the roots. ``open_confined`` opens the file itself,
# component by component from the root's directory descriptor with O_NOFOLLOW (no symlink, no
# mount trick, can be followed after the check), checks the descriptor it got (a regular file, its
# kernel path inside the root), and hands that descriptor on: readers get ``/proc/self/fd/N``, which
# reopens that very file, or its bytes.

PROC_FD = Path("/proc/self/fd")
_NOFOLLOW_WALK = (hasattr(os, "O_NOFOLLOW") and hasattr(os, "O_DIRECTORY") and os.open in os.supports_dir_fd)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)


@dataclass
class Confined:
    """A media file opened inside a media root.

    Attributes
    ----------
    fd : int
        Descriptor of the opened file (read only). Closed by :meth:`close`.
    real_path : str
        Where the file is (the resolved path inside the root): for messages and the history.
    """

    fd: int
    real_path: str
    closed: bool = False

    @property
    def path(self) -> str:
        """A path that opens exactly this file: ``/proc/self/fd/N`` on Linux. Where there is no
        such path the real path (checked against the descriptor) is given."""
        return str(PROC_FD / str(self.fd)) if _proc_fd_works() else self.real_path

    def read_bytes(self, max_bytes: int) -> bytes:
        """The whole file from the descriptor (``ValueError`` when it is over ``max_bytes``)."""
        size = os.fstat(self.fd).st_size
        if size > max_bytes:
            raise ValueError(f"file too large: {size} bytes (limit {max_bytes})")
        chunks, offset = [], 0
        while True:
            block = os.pread(self.fd, 1 << 20, offset)
            if not block:
                return b"".join(chunks)
            chunks.append(block)
            offset += len(block)
            if offset > max_bytes:
                raise ValueError(f"file grew past the limit of {max_bytes} bytes while being read")

    def close(self) -> None:
        if not self.closed:
            self.closed = True
            try:
                os.close(self.fd)
            except OSError:
                pass


_proc_ok: Optional[bool] = None


def _proc_fd_works() -> bool:
    global _proc_ok
    if _proc_ok is None:
        try:
            fd = os.open(os.devnull, os.O_RDONLY)
            try:
                _proc_ok = os.readlink(PROC_FD / str(fd)) == os.devnull
            finally:
                os.close(fd)
        except OSError:
            _proc_ok = False
    return _proc_ok


def _walk_open(root: Path, parts: tuple[str, ...]) -> int:
    """Open ``root/parts...`` without following any symlink, from the root's descriptor down."""
    dfd = os.open(root, os.O_RDONLY | os.O_DIRECTORY | _CLOEXEC)
    try:
        for part in parts[:-1]:
            nfd = os.open(part, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | _CLOEXEC, dir_fd=dfd)
            os.close(dfd)
            dfd = nfd
        # O_NONBLOCK: a FIFO swapped in must not hang the open (it is refused below as not a file)
        return os.open(parts[-1], os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | _CLOEXEC, dir_fd=dfd)
    finally:
        os.close(dfd)


def _open_checked(real: str, root: Path, field: str, path: str) -> int:
    """The descriptor of ``real`` (a resolved path inside ``root``), refused if what got opened is not
    a regular file inside ``root``."""
    rel = Path(real).relative_to(root).parts
    if not rel:
        raise PathRefused(f"{field}: not a regular file: {path}")
    if _NOFOLLOW_WALK:
        fd = _walk_open(root, rel)
    else:  # no dir_fd / O_NOFOLLOW (Windows): open, then compare the descriptor with the path
        fd = os.open(real, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise PathRefused(f"{field}: not a regular file: {path}")
        if _proc_fd_works():
            opened = Path(os.readlink(PROC_FD / str(fd)))
            if not _inside(opened, root):
                raise PathRefused(f"{field}: {path} changed while being opened (it now leads outside the media "
                                  f"roots); refused")
        elif not _NOFOLLOW_WALK:
            now = os.stat(os.path.realpath(real))
            if (now.st_dev, now.st_ino) != (st.st_dev, st.st_ino) or not _inside(Path(os.path.realpath(real)), root):
                raise PathRefused(f"{field}: {path} changed while being opened; refused")
        if hasattr(os, "O_NONBLOCK"):
            import fcntl

            fcntl.fcntl(fd, fcntl.F_SETFL, fcntl.fcntl(fd, fcntl.F_GETFL) & ~os.O_NONBLOCK)
        return fd
    except BaseException:
        os.close(fd)
        raise


def open_confined(path: str, roots: list[Path], field: str = "path") -> Confined:
    """Open a media file named by a request, once, inside the media roots.

    The path is resolved (symlinks that stay inside a root are honoured), then opened component by
    component from the root's directory descriptor with ``O_NOFOLLOW``, so a folder swapped for a
    symlink between the check and the open makes the open fail instead of leaving the root. The
    opened descriptor is checked (a regular file; on Linux its kernel path inside the root) and is
    what readers use (:attr:`Confined.path`, :meth:`Confined.read_bytes`).

    Parameters
    ----------
    path : str
        Absolute, or relative to each root in turn; ``~`` is expanded.
    roots : list of Path
        Resolved media roots (:func:`media_roots`).
    field : str
        The request field, for messages.

    Returns
    -------
    Confined
        The open file; the caller closes it (``close()``).

    Raises
    ------
    PathRefused
        Outside the roots, not a regular file, a symlink raced in, or no root configured (HTTP 403).
    InputError
        Empty path, or no such file in the roots.
    """
    candidates = _candidates(path, roots, field)
    outside = True
    try:
        for cand in candidates:
            real = os.path.realpath(cand)
            root = next((r for r in roots if _inside(Path(real), r)), None)
            if root is None:
                continue
            outside = False
            try:
                fd = _open_checked(real, root, field, path)
            except FileNotFoundError:
                continue
            except OSError as e:
                if e.errno in (errno.ELOOP, errno.ENOTDIR, errno.EMLINK):
                    raise PathRefused(f"{field}: {path} changed while being opened (a symlink appeared on the "
                                      f"way); refused") from None
                raise
            return Confined(fd, real)
    except PathRefused:
        raise
    except OSError as e:  # too long, too many symlink levels, permission
        raise PathRefused(f"{field}: cannot open {path}: {e.strerror or e}") from None
    if outside:
        raise PathRefused(f"{field}: {path} is outside the media roots")
    raise InputError(f"{field}: file not found in the media roots: {path}")


class ConfinedRequest(dict):
    """A request whose path fields name files already opened inside the media roots (see
    :func:`open_request`). Its descriptors are closed by :meth:`release` (``engine.run`` calls it
    when the run ends, success or not) or, at the latest, when the request is garbage."""

    def __init__(self, data: dict, held: list[Confined]):
        super().__init__(data)
        self.held = held
        self.real_paths = {c.path: c.real_path for c in held}
        self._finalizer = weakref.finalize(self, _close_all, held)

    def release(self) -> None:
        """Close every descriptor (idempotent)."""
        self._finalizer()

    def shown(self, obj: Any) -> Any:
        """``obj`` with every ``/proc/self/fd/N`` of this request put back as the real path (for a
        response, the history and messages)."""
        if not self.real_paths:
            return obj
        if isinstance(obj, str):
            for fd_path, real in self.real_paths.items():
                if fd_path in obj:
                    obj = obj.replace(fd_path, real)
            return obj
        if isinstance(obj, dict):
            return {k: self.shown(v) for k, v in obj.items()}
        if isinstance(obj, list):
            return [self.shown(v) for v in obj]
        return obj


def _close_all(held: list[Confined]) -> None:
    for c in held:
        c.close()


def open_request(request: dict, roots: list[Path]) -> ConfinedRequest:
    """A copy of ``request`` with every path field opened inside ``roots`` (:func:`open_confined`)
    and replaced by the path of its descriptor. Nothing is left open when a field is refused.

    Raises
    ------
    PathRefused, InputError
        As :func:`open_confined`, for the first bad field.
    """
    held: list[Confined] = []

    def fix(value: str, name: str) -> str:
        c = open_confined(value, roots, name)
        held.append(c)
        return c.path

    try:
        data = walk_paths(request, fix)
    except BaseException:
        _close_all(held)
        raise
    return ConfinedRequest(data, held)


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


def confine_request(request: dict, roots: list[Path]) -> ConfinedRequest:
    """A copy of ``request`` with every path field opened once inside ``roots`` and named by its
    descriptor (:func:`open_request`): the file a capability reads is the one that was checked."""
    return open_request(request, roots)


def resolve_relative(request: dict, base: Optional[Path]) -> dict:
    """A copy of ``request`` with relative path fields made absolute against ``base`` (batch CSV)."""
    if base is None:
        return request
    return walk_paths(request, lambda v, name: v if not v or os.path.isabs(os.path.expanduser(v))
                      else str(base / v))
