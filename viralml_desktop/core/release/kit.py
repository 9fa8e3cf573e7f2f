"""Capability ``prepare_release``: the release kit, every piece of a post's preparation in one folder.

One run reads the video once and, side by side:

* **virality** — ``predict_virality`` on the video (factors, reasons, sources);
* **thumbnails** — candidate frames from the same decode (not on a cut or in a fade, different
  shots), each written as YouTube takes it (16:9, 1280x720, JPG under 2 MB), scored with
  ``score_thumbnail`` and ranked; the top ones get the verified improvements applied
  (``thumbnails/candidate_<rank>_improved.jpg``) and, for a vertical video, a 9:16 cover
  (``thumbnails/candidate_<rank>_cover.jpg``, 1080x1920: TikTok, Instagram Reels, YouTube Shorts);
* **captions** — ``optimize_caption`` per platform, written to ``captions/<platform>.txt``;
* **posting time** — ``predict_posting_time`` per platform, the next occurrence of its best
  weekday and hour, with the local time per country and ``schedule.ics`` (one event each);
* **history** — which stage used which stored history, read from the responses (the account given,
  the one ``predict_posting_time`` found by the artist's name, the models trained on the user's own
  videos), or what to import;
* **report** — ``report.pdf`` (:func:`viralml_desktop.core.release.pdf.write_kit_pdf`).

The folder is built as a hidden sibling (``.<name>.partial-XXXX``) and renamed into place only
when everything is written: a cancel or an error removes it, so a kit is whole or absent. With
``overwrite`` an earlier kit (a folder with ``kit.json`` holding nothing but a kit's own files,
:func:`kit_contents`) is moved aside, put back if the rename fails, and only its own files are
deleted. A stage that fails on the input (no sound track, a disabled feature) is one line in
``notes`` and the kit is still written; a stage that ends with nothing is ``failed``. The layout of ``kit.json`` (= the response) is in
``viralml_desktop/core/schemas/release.py``.
"""
from __future__ import annotations

import datetime as dt
import errno
import hashlib
import json
import logging
import os
import re
import secrets
import shutil
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Callable, Optional

from viralml_desktop.core import media, preimport, sources
from viralml_desktop.core.errors import (Cancelled, FeatureDisabled, InputError, ModelUnavailable, NotAvailableYet,
                                         ViralMLError)
from viralml_desktop.core.progress import CancelOnly, Progress, ProgressLike
from viralml_desktop.core.schemas.release import STAGES, PrepareReleaseRequest
from viralml_desktop.core.vocabulary import PLATFORM_LABELS

log = logging.getLogger(__name__)

KIT_VERSION = 1
IMPROVE_TOP = 2
"""How many of the best-ranked candidates get the verified improvements applied."""
POST_MINUTES = 30
"""The length of a calendar event (minutes)."""
_UTC = dt.timezone.utc
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# share of the progress bar per stage (the decode and the picture work dominate)
_WEIGHTS = {"decode": 0.2, "virality": 0.3, "thumbnails": 0.3, "captions": 0.05, "posting_time": 0.05,
            "history": 0.03, "report": 0.07}


# -- progress across stages that run side by side -----------------------------------------------

class _Stages:
    """The kit's progress: each stage's fraction weighted into one bar, messages ``<stage>: ...``."""

    def __init__(self, parent: ProgressLike):
        self.parent = parent
        self.done: dict[str, float] = {k: 0.0 for k in STAGES}
        self.lock = threading.Lock()
        # set when the kit fails or is cancelled: the stages still running stop at their next check
        self.abort = threading.Event()

    def check(self) -> None:
        if self.abort.is_set():
            raise Cancelled("the release kit stopped")
        self.parent.check()

    def stage(self, key: str) -> "_StageProgress":
        return _StageProgress(self, key, 0.0, 1.0)

    def report(self, key: str, fraction: float, message: str) -> None:
        self.check()
        with self.lock:
            self.done[key] = max(self.done[key], min(1.0, max(0.0, fraction)))
            total = sum(_WEIGHTS[k] * v for k, v in self.done.items())
            self.parent.update(min(0.999, total), f"{key}: {message}" if message else "")

    def finished(self, key: str, status: str, seconds: float, note: str = "") -> None:
        with self.lock:
            self.done[key] = 1.0
        self.parent.partial({"stage": key, "status": status, "seconds": round(seconds, 3), "note": note})


class _StageProgress:
    """One stage's view of the kit's progress (a :class:`ProgressLike`)."""

    def __init__(self, stages: _Stages, key: str, start: float, end: float):
        self._stages, self.key, self._start, self._end = stages, key, start, end

    def update(self, fraction: float, message: str = "") -> None:
        f = self._start + (self._end - self._start) * min(1.0, max(0.0, float(fraction)))
        self._stages.report(self.key, f, message)

    def sub(self, start: float, end: float) -> "_StageProgress":
        span = self._end - self._start
        return _StageProgress(self._stages, self.key, self._start + span * start, self._start + span * end)

    def partial(self, item: object) -> None:
        pass  # a stage's own partial items (a thumbnail's first score) are not the kit's

    def check(self) -> None:
        self._stages.check()

    @property
    def cancelled(self) -> bool:
        return self._stages.abort.is_set() or self._stages.parent.cancelled


# -- the folder -------------------------------------------------------------------------------

KIT_FILES = ("kit.json", "schedule.ics", "report.pdf")
"""The files a kit writes at the top of its folder."""
_KIT_DIRS = {"thumbnails": re.compile(r"candidate_\d+(?:_improved|_cover)?\.jpg|frame_\d+\.jpg"),
             "captions": re.compile(r"(?:tiktok|instagram|youtube)\.txt")}
"""The folders a kit writes, and the names of the files it writes in them."""
_FOLDER_VIEW_FILES = (".DS_Store", "Thumbs.db", "desktop.ini", ".directory")
"""What a file manager leaves in a folder it showed (macOS Finder, Windows Explorer, KDE Dolphin): its view
settings and picture cache, made again at the next look; removed with the kit (the Release tab's "Open folder"
shows the kit in one)."""


def kit_contents(folder: Path) -> tuple[list[Path], list[Path], list[Path]]:
    """Sort a folder's entries into what a release kit writes and what it does not.

    Parameters
    ----------
    folder : Path
        A folder (an earlier kit, or not).

    Returns
    -------
    files : list of Path
        The kit's own files: :data:`KIT_FILES` at the top, ``thumbnails/candidate_<n>[_improved|_cover].jpg``
        and ``captions/<platform>.txt`` (plain files, not links), and a file manager's view settings in
        any of those folders (``.DS_Store``, ``Thumbs.db``, ``desktop.ini``, ``.directory``).
    dirs : list of Path
        ``thumbnails/`` and ``captions/`` where present (plain folders).
    foreign : list of Path
        Everything else (a file the user put there, a link, a folder of another name), sorted.

    Raises
    ------
    OSError
        The folder (or one of the kit's folders in it) cannot be listed.
    """
    files: list[Path] = []
    dirs: list[Path] = []
    foreign: list[Path] = []
    for entry in sorted(folder.iterdir()):
        plain_file = entry.is_file() and not entry.is_symlink()
        if entry.name in KIT_FILES + _FOLDER_VIEW_FILES and plain_file:
            files.append(entry)
        elif entry.name in _KIT_DIRS and entry.is_dir() and not entry.is_symlink():
            dirs.append(entry)
            for sub in sorted(entry.iterdir()):
                ours = _KIT_DIRS[entry.name].fullmatch(sub.name) or sub.name in _FOLDER_VIEW_FILES
                if ours and sub.is_file() and not sub.is_symlink():
                    files.append(sub)
                else:
                    foreign.append(sub)
        else:
            foreign.append(entry)
    return files, dirs, foreign


def _writable(folder: Path) -> bool:
    """Whether new entries can be made in (and removed from) ``folder``."""
    return os.access(folder, os.W_OK | os.X_OK)


def _probe(folder: Path) -> Optional[str]:
    """Make and remove a hidden folder in ``folder``: None when both work, else why not (the OS's words:
    a read-only file system, permission denied, a full disk)."""
    probe = folder / f".viralml-probe-{secrets.token_hex(4)}"
    try:
        probe.mkdir()
    except OSError as e:
        return e.strerror or str(e)
    try:
        probe.rmdir()
    except OSError as e:
        return e.strerror or str(e)
    return None


def _check_out_dir(out_dir: Path, overwrite: bool, video: Path) -> None:
    """Refuse a folder the kit may not write: a file, a non-empty folder without ``overwrite``, a folder
    that is not an earlier kit (``overwrite`` replaces only those) or holds anything an earlier kit did not
    write, one holding the video itself, or one whose parent cannot be written (checked before any work)."""
    try:
        inside = video.resolve().is_relative_to(out_dir.resolve())
    except OSError:
        inside = False
    if inside:
        raise InputError(f"the video is inside out_dir {out_dir}: choose a folder of its own for the kit")
    parent = out_dir.parent
    while not parent.exists() and parent != parent.parent:
        parent = parent.parent
    if not parent.is_dir():
        raise InputError(f"cannot create the kit folder {out_dir}: {parent} is a file, not a folder")
    if not _writable(parent):
        raise InputError(f"cannot write in {parent}: permission denied (choose a folder you can write to)")
    why = _probe(parent)  # a read-only mount passes the permission bits: a folder is really made
    if why:
        raise InputError(f"cannot write in {parent}: {why} (choose a folder you can write to)")
    if out_dir.exists() or out_dir.is_symlink():
        if not out_dir.is_dir():
            raise InputError(f"out_dir {out_dir} is a file, not a folder")
        try:
            busy = any(out_dir.iterdir())
        except OSError as e:
            raise InputError(f"cannot read out_dir {out_dir}: {e.strerror}") from None
        if not busy and not out_dir.is_symlink():
            why = _probe(out_dir)
            if why:
                raise InputError(f"cannot write in out_dir {out_dir}: {why} (choose a folder you can write to)")
            if os.path.ismount(out_dir):  # the kit is built beside it and renamed into place: a mount point can't be
                raise InputError(f"out_dir {out_dir} is a mount point: give a new folder inside it")
        if busy and not overwrite:
            raise InputError(f"out_dir {out_dir} already exists and is not empty (use --overwrite to replace it)")
        if busy and not (out_dir / "kit.json").is_file():
            raise InputError(f"out_dir {out_dir} holds files that are not a release kit (no kit.json): --overwrite "
                             "replaces only an earlier kit; choose another folder")
        if busy and not out_dir.is_symlink():
            try:
                _, dirs, foreign = kit_contents(out_dir)
            except OSError as e:
                raise InputError(f"cannot read out_dir {out_dir}: {e.strerror or e}") from None
            if foreign:
                raise InputError(f"out_dir {out_dir} holds {_named(foreign, out_dir)}, which no release kit wrote: "
                                 "--overwrite replaces only a kit's own files; move "
                                 f"{'it' if len(foreign) == 1 else 'them'} out or choose another folder")
            locked = next((d for d in [out_dir, *dirs] if not _writable(d)), None)
            if locked is not None:
                raise InputError(f"cannot replace the kit in {out_dir}: {locked} is not writable (permission denied)")


def _named(paths: list[Path], root: Path, most: int = 5) -> str:
    """Up to ``most`` paths relative to ``root``, "a, b and c", then "and N more"."""
    names = [p.relative_to(root).as_posix() for p in paths]
    if len(names) > most:
        return ", ".join(names[:most]) + f" and {len(names) - most} more"
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _make_partial(out_dir: Path) -> tuple[Path, list[Path]]:
    """The hidden sibling the kit is built in, and the parent folders created for it (removed on failure)."""
    made: list[Path] = []
    parent = out_dir.parent
    missing = []
    p = parent
    while not p.exists():
        missing.append(p)
        p = p.parent
    try:
        for d in reversed(missing):
            d.mkdir()
            made.append(d)
        for _ in range(100):  # mkdir, not mkdtemp: the kit gets the user's usual permissions (umask)
            tmp = parent / f".{out_dir.name}.partial-{secrets.token_hex(4)}"
            try:
                tmp.mkdir()
                break
            except FileExistsError:
                continue
        else:
            raise OSError(errno.EEXIST, "no free name for the partial folder")
    except OSError as e:
        _remove_made(made)
        raise InputError(f"cannot create the kit folder in {parent}: {e.strerror or e}") from None
    return tmp, made


def _remove_made(made: list[Path]) -> None:
    for d in reversed(made):
        try:
            d.rmdir()
        except OSError:
            pass


def _move_into_place(tmp: Path, out_dir: Path, overwrite: bool = False, was_there: bool = False) -> None:
    """Rename the finished kit to ``out_dir``. An earlier kit there (``overwrite``) is moved aside first,
    put back when the rename fails, and only then emptied of the files a kit writes
    (:func:`kit_contents`): anything else found in it is left in the moved-aside folder, never deleted.

    ``out_dir`` is checked again at rename time (a folder made there during the run, or a second kit
    written to it meanwhile): without ``overwrite``, a folder there that was not there (empty) at the
    start, or is no longer empty, is refused (:class:`InputError`) and left exactly as it is; with
    ``overwrite``, the rules of the start apply (an earlier kit holding only a kit's own files).
    """
    old = None
    if out_dir.exists() or out_dir.is_symlink():
        busy = True
        if out_dir.is_dir() and not out_dir.is_symlink():
            try:
                busy = any(out_dir.iterdir())
            except OSError:
                busy = True
        if not overwrite and (busy or not was_there):
            raise InputError(f"out_dir {out_dir} was made while the kit was being built: it is left as it is "
                             "and the new kit was not written (use --overwrite to replace an earlier kit, or "
                             "choose another folder)")
        if overwrite and busy:
            _check_out_dir(out_dir, True, tmp / "kit.json")
        old = out_dir.parent / f".{out_dir.name}.old-{os.getpid()}-{int(time.time() * 1000)}"
        os.rename(out_dir, old)
    try:
        os.rename(tmp, out_dir)
    except OSError:
        if old is not None:
            os.rename(old, out_dir)
        raise
    if old is not None:
        _remove_old_kit(old)


def _remove_old_kit(old: Path) -> None:
    """Delete an earlier kit moved aside: its own files and folders only (a link: the link only)."""
    if old.is_symlink() or not old.is_dir():
        old.unlink(missing_ok=True)
        return
    try:
        files, dirs, foreign = kit_contents(old)
        for f in files:
            f.unlink()
        for d in dirs:
            if not any(d.iterdir()):
                d.rmdir()
        if not foreign:
            old.rmdir()
    except OSError as e:
        log.warning("the earlier kit moved aside to %s could not be removed: %s", old, e.strerror or e)
        return
    if foreign:  # appeared between the last check and the rename: the user's, kept where they are
        log.warning("files no kit wrote appeared in the folder the new kit replaced; kept in %s", old)


def _rel(path: Path, root: Path) -> str:
    return path.relative_to(root).as_posix()


# -- stages -----------------------------------------------------------------------------------

def _virality(req: PrepareReleaseRequest, account: Optional[str], progress: ProgressLike) -> dict:
    from viralml_desktop.core import engine

    meta: dict[str, Any] = {"platform": req.platforms[0]}
    if req.genre:
        meta["genre"] = req.genre
    if req.artist:
        meta["artist"] = req.artist
    vreq: dict[str, Any] = {"video_path": req.video_path, "metadata": meta}
    if account:
        vreq["account_id"] = account
    return engine.run("predict_virality", vreq, progress)


def _save_jpg_within(bgr, path: Path, max_bytes: int) -> None:
    """Write a JPG at quality 92, lowered in steps of 4 down to 60 until it fits ``max_bytes``."""
    import cv2

    buf = None
    for q in range(92, 59, -4):
        ok, buf = cv2.imencode(".jpg", bgr, [cv2.IMWRITE_JPEG_QUALITY, q])
        if not ok:
            raise InputError(f"could not encode {path.name}")
        if buf.size <= max_bytes:
            break
    if buf is None or buf.size > max_bytes:
        raise InputError(f"{path.name} does not fit {max_bytes / 1048576:.0f} MB even at JPG quality 60")
    path.write_bytes(buf.tobytes())


def _thumbnails(req: PrepareReleaseRequest, frames: list, folder: Path, notes: list[str],
                progress: ProgressLike) -> list[dict]:
    """Save, score, rank and improve the candidate frames; returns the kit's thumbnail entries."""
    from viralml_desktop.core import engine
    from viralml_desktop.core.thumbnails import score as tscore
    from viralml_desktop.core.thumbnails import studio

    if not frames:
        raise InputError("no frame fit to be a thumbnail candidate (every decoded frame is in a fade, too dark or "
                         "too bright, or on a cut)")
    tdir = folder / "thumbnails"
    tdir.mkdir()
    n = len(frames)
    scored = []
    context = {"platform": "youtube", "genre": req.genre or "", "title": req.title or ""}
    for i, fr in enumerate(frames):
        progress.check()
        progress.update(i / max(1, n) * 0.7, f"scoring candidate {i + 1} of {n}")
        path = tdir / f"frame_{i}.jpg"
        studio.save_for_youtube(fr, str(path))
        resp = engine.run("score_thumbnail", {"thumbnail_path": str(path), "context": context,
                                              "find_improvements": False}, CancelOnly(progress))
        # ranked as score_thumbnail ranks competitors: your channel model's click probability where it
        # answers (its time-ordered test beat your median CTR), then the visual-appeal score
        channel_ctr = resp["click_probability"] if resp.get("click_probability_source") == "channel_model" else 0.0
        scored.append(((channel_ctr, resp["visual_appeal_score"], -i), fr, path, resp))
    scored.sort(key=lambda x: x[0], reverse=True)
    out = []
    for rank, ((_, score_, _), fr, path, resp) in enumerate(scored, start=1):
        final = tdir / f"candidate_{rank}.jpg"
        os.replace(path, final)
        out.append({"rank": rank, "time_s": round(float(fr.time_s), 2), "file": _rel(final, folder),
                    "score": float(score_), "improved_file": None, "improved_score": None,
                    "improvements": [], "response": resp, "_path": final, "_frame": fr})
    top = out[:IMPROVE_TOP]
    for j, entry in enumerate(top):
        progress.check()
        progress.update(0.7 + 0.3 * j / max(1, len(top)), f"improving candidate {entry['rank']} of {len(top)}")
        resp = engine.run("score_thumbnail", {"thumbnail_path": str(entry["_path"]), "context": context,
                                              "find_improvements": True}, CancelOnly(progress))
        entry["response"] = resp
        entry["improvements"] = resp.get("improvement_edits") or []
        chain = (resp.get("improved") or {}).get("edits") or []
        if chain:
            after = tscore.improved_image(resp["analysis"]["sha256"])
            if after is None:
                after = studio.render_improved(str(entry["_path"]), resp)[1]
            improved = tdir / f"candidate_{entry['rank']}_improved.jpg"
            _save_jpg_within(after, improved, studio.YOUTUBE_MAX_BYTES)
            # verified on the file the user uploads: the JPG re-scored, kept only when it still scores higher
            check = engine.run("score_thumbnail", {"thumbnail_path": str(improved), "context": context,
                                                   "find_improvements": False}, CancelOnly(progress))
            if check["visual_appeal_score"] > entry["score"]:
                entry["improved_file"] = _rel(improved, folder)
                entry["improved_score"] = float(check["visual_appeal_score"])
                entry["improved_response"] = check
            else:
                improved.unlink()
                notes.append(f"thumbnails: candidate {entry['rank']}: the improved image scored "
                             f"{check['visual_appeal_score']:.2f} once saved as JPG, not above "
                             f"{entry['score']:.2f}; not kept")
    portrait = frames[0].image.shape[0] > frames[0].image.shape[1]
    h0, w0 = frames[0].image.shape[:2]
    crop_w = min(w0, h0 * 16.0 / 9.0)  # the 16:9 window the 1280x720 thumbnail is cut from
    if crop_w < UPSCALE_WARN_PX:
        notes.append(f"thumbnails: upscaled from {w0} × {h0} px: too small for a sharp thumbnail; the 16:9 crop is "
                     f"{crop_w:.0f} px wide, enlarged {1280 / crop_w:.1f} times to 1280 × 720 px; a video at least "
                     f"{UPSCALE_WARN_PX} px wide gives a sharper one")
    for entry in out:
        fr = entry.pop("_frame")
        entry["cover_file"] = None
        if portrait and entry["rank"] <= IMPROVE_TOP:
            cover = tdir / f"candidate_{entry['rank']}_cover.jpg"
            _save_jpg_within(cover_crop(fr.image, fr.face_boxes), cover, studio.YOUTUBE_MAX_BYTES)
            entry["cover_file"] = _rel(cover, folder)
    if portrait:
        notes.append(f"thumbnails: a vertical video: candidate_<rank>_cover.jpg ({COVER_SIZE[0]}x{COVER_SIZE[1]}, "
                     f"9:16, the top {min(IMPROVE_TOP, len(out))}) is the cover to choose on TikTok, Instagram Reels "
                     "and YouTube Shorts; the 16:9 candidates are for YouTube's thumbnail field")
    for entry in out:
        entry.pop("_path")
    progress.update(1.0, f"{len(out)} candidates ranked")
    return out


UPSCALE_WARN_PX = 640
"""A thumbnail whose 16:9 crop is narrower than this is enlarged more than 2x to 1280x720: said in the notes."""

COVER_SIZE = (1080, 1920)
"""A vertical video's cover (width, height): 9:16, the full-screen size TikTok, Instagram Reels and YouTube
Shorts show and take a cover frame at."""


def cover_crop(bgr, faces=()):
    """A 9:16 cover of a frame: its largest 9:16 window toward the largest face, resized to 1080x1920.

    Parameters
    ----------
    bgr : (H, W, 3) uint8 array, BGR
        The frame, upright.
    faces : sequence of dict
        Face boxes in ``bgr``'s pixels (``x``, ``y``, ``w``, ``h``), largest first; none: centred.

    Returns
    -------
    (1920, 1080, 3) uint8 array, BGR
        Area averaging when shrinking, Lanczos when enlarging (a frame under 1080 px wide is enlarged).
    """
    import cv2

    h, w = bgr.shape[:2]
    tw, th = COVER_SIZE
    if w * th >= h * tw:  # wider than 9:16: full height, a window across
        cw, ch = max(1, round(h * tw / th)), h
    else:
        cw, ch = w, max(1, round(w * th / tw))
    if faces:
        f = faces[0]
        x0, y0 = f["x"] + f["w"] / 2.0 - cw / 2.0, f["y"] + f["h"] / 2.0 - ch / 3.0
    else:
        x0, y0 = (w - cw) / 2.0, (h - ch) / 2.0
    x0 = int(round(min(max(x0, 0.0), w - cw)))
    y0 = int(round(min(max(y0, 0.0), h - ch)))
    crop = bgr[y0:y0 + ch, x0:x0 + cw]
    return cv2.resize(crop, (tw, th), interpolation=cv2.INTER_AREA if cw > tw else cv2.INTER_LANCZOS4)


def _now_iso() -> str:
    """Now, ISO 8601 UTC (the date the kit's views forecast is made from)."""
    import datetime as dt

    return dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


NO_TITLE_CAPTION = {"en": "New music", "es": "Nueva música"}
"""The caption's first line when neither a title nor an artist is given (never the video's file name, which
is often a camera's or an editor's name for it); the optimiser adds the genre's hashtags and its own."""


def base_caption(req: PrepareReleaseRequest) -> str:
    """The caption the optimiser starts from: ``Title - Artist`` as the Captions tab reads it, else
    whichever is given, else :data:`NO_TITLE_CAPTION` in the kit's language (not the file name)."""
    title, artist = (req.title or "").strip(), (req.artist or "").strip()
    if title and artist:
        return f"{title} - {artist}"
    return title or artist or NO_TITLE_CAPTION.get(req.language, NO_TITLE_CAPTION["en"])


def _captions(req: PrepareReleaseRequest, account: Optional[str], folder: Path, notes: list[str],
              progress: ProgressLike) -> dict:
    from viralml_desktop.core import engine
    from viralml_desktop.core.captions import hashtags, limits

    cdir = folder / "captions"
    cdir.mkdir()
    out = {}
    if not (req.title or "").strip() and not (req.artist or "").strip():
        notes.append(f"captions: no title or artist was given: the captions start from '{base_caption(req)}', "
                     "not the file name"
                     + ("" if (req.genre or "").strip() else "; no genre was given either: general hashtags only")
                     + "; give the title, the artist and the genre for captions of this song")
    for i, platform in enumerate(req.platforms):
        progress.check()
        progress.update(i / len(req.platforms), f"writing the {platform} caption")
        creq: dict[str, Any] = {"base_caption": base_caption(req), "platform": platform,
                                "target_audience": {"genre": req.genre or "", "countries": list(req.countries)},
                                "artist": (req.artist or "").strip(), "song_title": (req.title or "").strip()}
        if account:
            creq["account_id"] = account
        try:
            resp = engine.run("optimize_caption", creq, CancelOnly(progress))
            if i == 0:
                for what, name in (("title", req.title), ("artist", req.artist)):
                    long = hashtags.long_name(name or "")
                    if long:
                        notes.append(f"captions: the {what} is not made a hashtag: '{long[:40]}…' would be "
                                      f"{len(long) - 1} characters, more than {hashtags.MAX_NAME_TAG_CHARS}")
        except (InputError, ViralMLError) as e:
            if isinstance(e, Cancelled):
                raise
            notes.append(f"captions: {platform}: {e}")
            continue
        text = resp["optimized_caption"]
        lim = limits.LIMITS[platform]
        length = resp.get("length") or {}
        path = cdir / f"{platform}.txt"
        path.write_text(text, encoding="utf-8")
        out[platform] = {"text": text, "file": _rel(path, folder),
                         "chars": int(length.get("length", len(text))),
                         "limit": int(length.get("limit", lim.max_chars)),
                         "unit": length.get("unit", lim.unit), "within_limits": bool(length.get("within_limits", True)),
                         "hashtags": list(resp.get("hashtags_used") or []), "response": resp}
    if not out:  # every platform failed (each said in notes): the stage is not "done"
        raise InputError(f"no caption was written for {', '.join(req.platforms)}")
    progress.update(1.0, f"{len(out)} captions written")
    return out


def _next_slot(heat_utc: list, now: dt.datetime) -> dt.datetime:
    """The day (midnight UTC) of the next occurrence after ``now`` of the best weekday and hour of
    ``predict_posting_time``'s UTC heatmap (7 rows Monday..Sunday x 24 hours)."""
    import numpy as np

    h = np.asarray(heat_utc, dtype=float)
    d, hour = np.unravel_index(int(np.argmax(h)), h.shape)
    day = now.date()
    while day.weekday() != int(d) or dt.datetime.combine(day, dt.time(int(hour), 59), _UTC) <= now:
        day += dt.timedelta(days=1)
    return dt.datetime.combine(day, dt.time(0), _UTC)


def _posting_time(req: PrepareReleaseRequest, account: Optional[str], now: dt.datetime, notes: list[str],
                  progress: ProgressLike) -> dict:
    from viralml_desktop.core import engine, timezones

    responses, slots = {}, {}
    for i, platform in enumerate(req.platforms):
        progress.check()
        progress.update(i / len(req.platforms), f"best slot for {platform}")
        # with --account, that account's history only (passed explicitly when it has stored posts); without
        # it, predict_posting_time looks a stored history up by the artist's name, and the history section
        # says so (read from the response's ``personal`` block)
        preq: dict[str, Any] = {"artist_name": "" if req.account_id else (req.artist or "").strip(),
                                "target_countries": list(req.countries), "platform": platform}
        if account:
            preq["account_id"] = account
        try:
            first = engine.run("predict_posting_time", preq, CancelOnly(progress))
            heat = (first.get("heatmap") or {}).get("UTC")
            if heat:
                day = _next_slot(heat, now)
                resp = engine.run("predict_posting_time", {**preq, "planned_date": day.date().isoformat()},
                                  CancelOnly(progress))
            else:
                resp = first
            start = dt.datetime.strptime(resp["optimal_datetime_utc"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=_UTC)
            if start <= now:  # the best hour of the planned day has passed: the same weekday next week
                day = start.date() + dt.timedelta(days=7)
                resp = engine.run("predict_posting_time", {**preq, "planned_date": day.isoformat()}, CancelOnly(progress))
                start = dt.datetime.strptime(resp["optimal_datetime_utc"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=_UTC)
        except (InputError, ViralMLError) as e:
            if isinstance(e, Cancelled):
                raise
            notes.append(f"posting_time: {platform}: {e}")
            continue
        responses[platform] = resp
        slots[platform] = {"utc": start.strftime("%Y-%m-%dT%H:%M:%SZ"), "weekday": WEEKDAYS[start.weekday()],
                           "local": {c: start.astimezone(timezones.zoneinfo(timezones.main_zone(c))).isoformat()
                                     for c in req.countries}}
    if not slots:  # every platform failed (each said in notes): the stage is not "done"
        raise InputError(f"no posting slot was chosen for {', '.join(req.platforms)}")
    progress.update(1.0, f"{len(slots)} slots chosen")
    first_platform = next(iter(responses), None)
    return {"response": responses.get(first_platform) if first_platform else None, "responses": responses,
            "slots": slots}


_ICS_WORDS = {
    "en": {"post": "Post {title} on {platform}", "untitled": "Post new music on {platform}",
           "local": "Local time: {local}",
           "days": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
           "months": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")},
    "es": {"post": "Publicar {title} en {platform}", "untitled": "Publicar nueva música en {platform}",
           "local": "Hora local: {local}",
           "days": ("lun", "mar", "mié", "jue", "vie", "sáb", "dom"),
           "months": ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")},
}
"""schedule.ics's event text in the kit's languages."""


def local_time_text(country: str, iso: str, utc: dt.datetime, language: str = "en") -> str:
    """``"US 16:30"``, or with the weekday and date when the local date is not the UTC date
    (``"US Fri 4 Dec 19:30"``; Spanish ``"US vie 4 dic 19:30"``).

    Parameters
    ----------
    country : str
        ISO-2 code shown first.
    iso : str
        The local time, ISO 8601 with its offset.
    utc : datetime
        The same moment in UTC (aware).
    language : {"en", "es"}
    """
    words = _ICS_WORDS.get(language, _ICS_WORDS["en"])
    t = dt.datetime.fromisoformat(iso)
    if t.date() == utc.astimezone(_UTC).date():
        return f"{country} {t:%H:%M}"
    return f"{country} {words['days'][t.weekday()]} {t.day} {words['months'][t.month - 1]} {t:%H:%M}"


def write_ics(path: Path, title: str, slots: dict, captions: dict, now: dt.datetime, language: str = "en") -> None:
    """``schedule.ics``: one VEVENT per platform at its slot (UTC), the caption as its description.

    Parameters
    ----------
    path : Path
        The file to write.
    title : str
        The song's title: the SUMMARY reads "Post <title> on TikTok" (the platform's own name,
        :data:`~viralml_desktop.core.vocabulary.PLATFORM_LABELS`); "" (no title given) reads "Post
        new music on TikTok", as the caption starts from :data:`NO_TITLE_CAPTION`, never the file name.
    slots : dict
        ``{platform: {"utc": "YYYY-MM-DDTHH:MM:SSZ", "local": {country: iso}}}``.
    captions : dict
        ``{platform: {"text": str}}``; a platform without a caption gets the local times only.
    now : datetime
        The DTSTAMP (UTC).
    language : {"en", "es"}
        The event's text (the kit's language); each local time carries its weekday and date when
        that is not the UTC date (:func:`local_time_text`).
    """
    import icalendar

    cal = icalendar.Calendar()
    cal.add("prodid", "-//ViralML Desktop//Release kit//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    for platform, slot in slots.items():
        start = dt.datetime.strptime(slot["utc"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=_UTC)
        ev = icalendar.Event()
        digest = hashlib.sha1(f"{slot['utc']}|{platform}|{title}".encode("utf-8")).hexdigest()[:16]
        ev.add("uid", f"{start.strftime('%Y%m%dT%H%M%SZ')}-{platform}-{digest}@viralml-desktop")
        ev.add("dtstamp", now.astimezone(_UTC))
        ev.add("dtstart", start)
        ev.add("dtend", start + dt.timedelta(minutes=POST_MINUTES))
        words = _ICS_WORDS.get(language, _ICS_WORDS["en"])
        name = PLATFORM_LABELS.get(platform, platform)
        ev.add("summary", words["post"].format(title=title.strip(), platform=name) if title.strip()
               else words["untitled"].format(platform=name))
        local = ", ".join(local_time_text(c, t, start, language) for c, t in slot.get("local", {}).items())
        caption = (captions.get(platform) or {}).get("text", "")
        ev.add("description", (caption + "\n\n" if caption else "") + words["local"].format(local=local))
        cal.add_component(ev)
    path.write_bytes(cal.to_ical())


def _history(req: PrepareReleaseRequest, account: Optional[str], progress: ProgressLike) -> dict:
    from viralml_desktop.core import engine, store

    if not req.account_id:
        return {"account_id": None, "used": False, "posts": 0, "forecast": None,
                "notes": ["no account given: the kit uses the shipped models only; import your analytics export "
                          "(viralml import FILE --account NAME, or the Import window) and pass --account NAME to "
                          "use your own history"]}
    posts = store.default_store().posts(req.account_id)
    if not posts:
        return {"account_id": req.account_id, "used": False, "posts": 0, "forecast": None,
                "notes": [f"no posts are stored for {req.account_id}: import its analytics export with "
                          f"viralml import FILE --account {req.account_id} (or the Import window)"]}
    notes = [(f"1 stored post of {req.account_id} was given" if len(posts) == 1 else
              f"{len(posts)} stored posts of {req.account_id} were given")
             + " to the virality, caption and posting-time stages"]
    forecast = None
    progress.update(0.3, "forecasting the next post's views")
    try:
        # as of today: the post the kit prepares cannot come before it (forecast_views says the date it used)
        forecast = engine.run("forecast_views", {"account_id": req.account_id, "horizon": 1,
                                                 "as_of": _now_iso()}, CancelOnly(progress))
        notes.append(f"forecast_views answered with {forecast.get('model')} for the next post")
    except (InputError, ViralMLError) as e:
        if isinstance(e, Cancelled):
            raise
        notes.append(f"forecast_views: {e}")
    progress.update(1.0, "history read")
    return {"account_id": req.account_id, "used": True, "posts": len(posts), "forecast": forecast, "notes": notes}


def _history_models(history: dict, kit: dict) -> None:
    """Say which stage used which stored history, read from the stages' responses, with or without an account.

    ``predict_posting_time`` finds a stored history by the artist's name when no account is given, and
    the virality and thumbnail models trained on the user's own videos answer for any account: the
    history section says each of them (``history["used_by"]`` and one note each), and ``used``,
    ``account_id`` and ``posts`` name the account whose stored posts a stage read.

    Parameters
    ----------
    history : dict
        The history stage's result (``_history``), completed in place.
    kit : dict
        The kit with every stage's response in place.
    """
    from viralml_desktop.core import store

    request = kit.get("request") or {}
    given = request.get("account_id")
    used_by: list[dict] = []
    notes: list[str] = []
    stored: dict[str, list] = {}

    def stored_posts(account: str, platform: Optional[str] = None) -> int:
        if account not in stored:
            stored[account] = store.default_store().posts(account)
        return len([x for x in stored[account] if platform is None or (x.get("platform") or "") in ("", platform)])

    for p, r in ((kit.get("posting_time") or {}).get("responses") or {}).items():
        per = r.get("personal") or {}
        account = per.get("account_id")
        if not account:
            continue
        found = "account_id" if account == given else "artist_name"
        n = stored_posts(account)
        used_by.append({"stage": "posting_time", "platform": p, "account_id": account, "found_by": found,
                        "posts": n, "answered": bool(per.get("used")),
                        "model": f"posting-time model of {account}"})
        how = ("the account given" if found == "account_id"
               else f"found by the artist name '{(request.get('artist') or '').strip()}'")
        said = "your history answered" if per.get("used") else "the published prior answered"
        none_here = "" if stored_posts(account, p) else f"; none of them is from {p}"
        notes.append(f"posting_time {p}: {n} stored post{'' if n == 1 else 's'} of {account} read ({how}){none_here}; "
                     f"{said}")
    v = kit.get("virality") or {}
    model = v.get("model") or {}
    if model.get("kind") == "personal":
        used_by.append({"stage": "virality", "platform": None, "account_id": None, "found_by": "labelled_videos",
                        "posts": int(model.get("labelled_videos") or 0), "answered": True,
                        "model": "your virality model"})
    if v and (model.get("kind") == "personal" or given and history.get("used")):
        who = "your personal model answered" if model.get("kind") == "personal" else "the prior answered"
        notes.append(f"virality: {who} — {(v.get('reasons') or {}).get('score', '')}".rstrip(" —"))
    if any((t.get("response") or {}).get("click_probability_source") == "channel_model"
           for t in kit.get("thumbnails") or []):
        used_by.append({"stage": "thumbnails", "platform": None, "account_id": None, "found_by": "channel_model",
                        "posts": 0, "answered": True, "model": "your channel's thumbnail model"})
        notes.append("thumbnails: your channel's thumbnail model answered")
    for p, c in (kit.get("captions") or {}).items():
        resp = c.get("response") or {}
        if any(e.get("kind") == "personal" for e in (resp.get("sources") or {}).values()):
            used_by.append({"stage": "captions", "platform": p, "account_id": given, "found_by": "account_id",
                            "posts": stored_posts(given) if given else 0, "answered": True,
                            "model": "hashtag lift from your post history"})
        basis = (resp.get("improvements") or {}).get("hashtag_basis")
        if basis and history.get("used"):
            notes.append(f"captions {p}: hashtags — {basis}")
    history["used_by"] = used_by
    read = [u for u in used_by if u["account_id"]]
    if read and not history.get("used"):  # no account given (or none stored): a stage found one by name
        first = read[0]["account_id"]
        history.update(used=True, account_id=first, posts=stored_posts(first))
    if used_by:  # "the kit uses the shipped models only" would be untrue: each use is said below
        history["notes"] = [n for n in history.get("notes") or [] if not n.startswith("no account given")]
    history["notes"] = list(history.get("notes") or []) + notes


# -- the decode, shared ------------------------------------------------------------------------

VIRALITY_FRAMES = 12
"""Frames the virality stage samples (predict_virality's default). The thumbnail candidates are
chosen among those frames and as many more between them (keyframes on a long video), all from the
same decode: about 24, as ``best_frames`` reads."""


def _decode(req: PrepareReleaseRequest, info, shared: bool, found: Optional[dict], progress: ProgressLike) -> list:
    """Decode the video once: the virality stage's sampled frames (left in its decode cache) and, from
    the same pass, the thumbnail candidates (:class:`~viralml_desktop.core.thumbnails.studio.Frame`)
    picked among those frames and about as many kept between them, best fast score first.

    ``shared=False`` is the baseline the benchmark compares with: the candidates are read by
    :func:`~viralml_desktop.core.thumbnails.studio.best_frames` (its own decode, 24 frames read and
    10 scored in full) and the virality stage decodes the video again.

    ``found`` (shared decode) receives what the decode learnt of the file: ``truncated_at`` (seconds
    analysed of a truncated or damaged file, else None), ``notes`` (the decode's lines) and
    ``size`` (the displayed width and height).
    """
    from viralml_desktop.core.thumbnails import studio
    from viralml_desktop.core.virality import video

    if not shared:
        return studio.best_frames(studio.FramesArgs(req.video_path, count=req.candidates), progress).frames
    keeper = video.FrameKeeper(extra=VIRALITY_FRAMES)
    va = video.decode_video_shared(req.video_path, VIRALITY_FRAMES, progress.sub(0.0, 0.7), keeper)
    if found is not None:
        found.update(truncated_at=va.truncated_at, notes=list(va.notes), size=(va.width, va.height))
    grabbed = [(k.t, k.bgr, k.next_grey) for k in keeper.frames]
    keeper.frames = []
    # one candidate per shot while shots remain: the shots are the decode's own boundaries; where those are
    # only estimated from the compressed stream (a long video), also a hard change between kept frames
    cuts = list(va.cut_times or [])
    if va.decode_method != "all":
        cuts = sorted(set(cuts) | set(kept_frame_cuts(grabbed)))
    frames, _ = studio.pick_frames(grabbed, req.candidates, progress.sub(0.7, 1.0), full_score=False,
                                   shot_cuts=cuts)
    return frames


def kept_frame_cuts(grabbed: list) -> list[float]:
    """Shot changes between consecutive kept frames: the later frame's time where the two pictures
    differ as a hard cut does (1 − correlation of their standardised tiny copies at least the decode's
    hard-cut threshold, :data:`viralml_desktop.core.virality.video._HARD_D`; a flat frame, black or a
    flash, is never a side of one).

    Used where the decode did not see every frame and its cuts are estimated from the compressed stream,
    which finds none when the encoder put no keyframe at the cuts; the kept frames lie about a second
    apart, and within one shot they stay well under the threshold (measured on the tester's 20 s clips of
    5 shots: within a shot at most 0.28, across a cut at least 1.17).

    Parameters
    ----------
    grabbed : list of (float, (H, W, 3) uint8 array, ...)
        The kept frames in time order: time in seconds, the frame (BGR).

    Returns
    -------
    list of float
        Times (seconds) at which a new shot begins.
    """
    import cv2
    import numpy as np

    from viralml_desktop.core.virality import video

    if len(grabbed) < 2:
        return []
    h, w = grabbed[0][1].shape[:2]
    size = video._tiny_size(w, h)
    tiny = np.stack([cv2.resize(g[1], size, interpolation=cv2.INTER_AREA) for g in grabbed])
    x, ok = video._standardised(tiny)
    out = []
    for i in range(1, len(grabbed)):
        if ok[i - 1] and ok[i] and 1.0 - float(np.mean(x[i - 1] * x[i])) >= video._HARD_D:
            out.append(float(grabbed[i][0]))
    return out


# -- the run -----------------------------------------------------------------------------------

def _stage(stages: _Stages, key: str, status: dict, seconds: dict, notes: list, fn: Callable, *args):
    """Run one stage: its time and status; bad input or a missing model is ``failed``, a feature turned
    off or not built ``skipped``, each with one line in notes; Cancelled and anything else pass."""
    t0 = time.perf_counter()
    sp = stages.stage(key)
    try:
        sp.update(0.0, "started")
        out = fn(*args, sp)
    except Cancelled:
        raise
    except (InputError, FeatureDisabled, NotAvailableYet, ModelUnavailable) as e:
        # the input, the configuration or a missing model stops this stage only: one line, the kit goes on
        seconds[key] = round(time.perf_counter() - t0, 3)
        status[key] = "failed" if isinstance(e, (InputError, ModelUnavailable)) else "skipped"
        notes.append(f"{key}: {e}")
        stages.finished(key, status[key], seconds[key], str(e))
        return None
    seconds[key] = round(time.perf_counter() - t0, 3)
    status[key] = "done"
    stages.finished(key, "done", seconds[key])
    return out


def _not_run(stages: _Stages, key: str, status: dict, seconds: dict, notes: list, why: str) -> None:
    """A stage left out because the one it needs failed: ``skipped``, with one line in notes."""
    stages.stage(key).update(0.0, "skipped")
    seconds[key] = 0.0
    status[key] = "skipped"
    notes.append(f"{key}: {why}")
    stages.finished(key, "skipped", 0.0, why)


def run(request: PrepareReleaseRequest, progress: ProgressLike) -> dict:
    """The capability ``prepare_release``: :func:`build` with one shared decode and the stages side by side.

    Parameters
    ----------
    request : PrepareReleaseRequest
        See :func:`build`.
    progress : ProgressLike
        See :func:`build`.

    Returns
    -------
    dict
        The kit (``kit.json``).
    """
    return build(request, progress)


def build(request: PrepareReleaseRequest, progress: Optional[ProgressLike] = None, *, parallel: bool = True,
          shared_decode: bool = True) -> dict:
    """Prepare a release: the kit folder and its ``kit.json``.

    The work of the capability ``prepare_release``; fronts call it through
    ``engine.run("prepare_release", request, progress)`` (the CLI: ``viralml kit``).

    Parameters
    ----------
    request : PrepareReleaseRequest
        ``video_path``, ``out_dir``, ``title``, ``artist``, ``genre``, ``countries`` (ISO-2),
        ``platforms`` (tiktok, instagram, youtube), ``account_id``, ``language`` and ``page_size``
        (the PDF), ``candidates`` (thumbnail candidates) and ``overwrite``.
    progress : ProgressLike
        Receives one message per step, ``"<stage>: <what>"`` (stages: decode, virality,
        thumbnails, captions, posting_time, history, report), and one partial item per stage
        as it ends: ``{"stage", "status" (done, skipped or failed), "seconds", "note"}``.
        A cancellation point between steps.

    Returns
    -------
    dict
        The kit (``kit.json``; layout in :mod:`viralml_desktop.core.schemas.release`): every
        response the kit ran, the files written (relative to ``out_dir``), ``stage_seconds``
        (wall-clock seconds per stage), ``notes`` (stages skipped or failed, one line each) and
        ``sources`` (where each number comes from: the embedded responses' own entries under
        their paths, and the kit's own numbers).

        A stage that ends with nothing (no thumbnail candidate, no caption, no slot) is ``failed``
        with its line in ``notes``, never ``done``; the thumbnails are ``skipped`` when the decode failed.

    Raises
    ------
    InputError
        One line, before any stage starts: ``out_dir`` is a file, or exists and is not empty
        without ``overwrite``; with ``overwrite``, it is not an earlier kit (no ``kit.json``) or
        holds a file no kit wrote (named; nothing is deleted); the folder or its parent cannot be
        written; the video is missing, unreadable, a still picture or has no decodable frame;
        ``account_id`` has no stored posts (the line names the stored accounts). During the run:
        a write fails (disk full ...; nothing is left behind, an earlier kit is kept).
    Cancelled
        Through ``progress``; nothing is left behind (the partial folder is removed).

    Notes
    -----
    :func:`build`'s ``parallel=False, shared_decode=False`` runs the stages one after another,
    each decoding the video itself: the baseline of bench/release_kit.py.
    """
    progress = progress or Progress()
    # absolute and resolved (the folder's own name kept: a link there is replaced, not followed); kit.json
    # stores them so, whatever folder the command was typed in
    out_dir = Path(os.path.expanduser(request.out_dir)).absolute()
    out_dir = out_dir.parent.resolve() / out_dir.name
    video_path = Path(os.path.expanduser(request.video_path)).absolute().resolve()
    request = request.model_copy(update={"video_path": str(video_path), "out_dir": str(out_dir)})
    _check_out_dir(out_dir, request.overwrite, video_path)
    was_there = out_dir.is_dir() and not out_dir.is_symlink()
    info = media.probe_video(request.video_path)
    media.check_video(request.video_path)  # the one check of every video entry point
    now = dt.datetime.now(_UTC).replace(microsecond=0)
    account = None
    if request.account_id:
        from viralml_desktop.core import store

        if not store.default_store().posts(request.account_id):
            # a mistyped name: refused as release_report refuses it, before any work
            from viralml_desktop.core.release.report import known_accounts

            raise InputError(f"no posts stored for account {request.account_id!r}; {known_accounts()}")
        account = request.account_id
    # every module the stages import lazily, imported here before any stage thread starts: two threads
    # importing scipy (or a lazy package face) for the first time at once can fail (KeyError: 'scipy')
    progress.update(0.0, "decode: loading the analysis libraries")
    preimport.preimport(("kit",))
    progress.check()
    tmp, made = _make_partial(out_dir)
    stages = _Stages(progress)
    status: dict[str, str] = {}
    seconds: dict[str, float] = {}
    notes: list[str] = []
    kit: dict[str, Any] = {"kit_version": KIT_VERSION, "created_utc": now.strftime("%Y-%m-%dT%H:%M:%SZ"),
                           "out_dir": str(out_dir), "request": request.model_dump(mode="json"),
                           "video": {"path": request.video_path, "duration_s": round(info.duration_s, 3),
                                     "width": info.width, "height": info.height, "fps": round(info.fps, 3)}}
    try:
        # Side by side (parallel): captions, posting time and history in a thread of their own from
        # the start (they need no picture; their models load meanwhile), the decode on this thread,
        # then virality in a thread beside thumbnails on this one. The picture stages spend their time
        # in PyAV, OpenCV and ONNX Runtime, which release the GIL.
        pool = ThreadPoolExecutor(max_workers=2 if parallel else 1, thread_name_prefix="kit")

        def text_stages():
            captions = _stage(stages, "captions", status, seconds, notes, _captions, request, account, tmp, notes)
            posting = _stage(stages, "posting_time", status, seconds, notes, _posting_time, request, account, now,
                             notes)
            history = _stage(stages, "history", status, seconds, notes, _history, request, account)
            return captions or {}, posting or {"response": None, "responses": {}, "slots": {}}, history

        try:
            fut_text = pool.submit(text_stages) if parallel else None
            decoded: dict = {}
            frames = _stage(stages, "decode", status, seconds, notes, _decode, request, info, shared_decode,
                            decoded) or []
            fut_v = pool.submit(_stage, stages, "virality", status, seconds, notes, _virality, request, account)
            if not parallel:
                fut_v.result()
            if status.get("decode") == "done":
                kit["thumbnails"] = _stage(stages, "thumbnails", status, seconds, notes, _thumbnails, request,
                                           frames, tmp, notes) or []
            else:  # nothing to score: the decode's own line says why
                kit["thumbnails"] = []
                _not_run(stages, "thumbnails", status, seconds, notes, "not run: the decode failed")
            kit["virality"] = fut_v.result()
            shown = ((kit["virality"] or {}).get("measurements") or {}).get("video") or {}
            if shown.get("width") and shown.get("height"):  # as displayed: a phone video's rotation applied
                kit["video"].update(width=int(shown["width"]), height=int(shown["height"]))
            _damage(kit["video"], decoded, shown, notes)
            for factor, why in ((kit["virality"] or {}).get("missing_factors") or {}).items():
                notes.append(f"virality: {factor.replace('_', ' ')} not measured ({why})")
            captions, posting, history = fut_text.result() if fut_text is not None else text_stages()
        except BaseException:
            stages.abort.set()  # the other stages stop at their next check before the folder goes
            raise
        finally:
            pool.shutdown(wait=True)
        kit["captions"] = captions
        kit["posting_time"] = posting
        kit["history"] = history
        if history:
            _history_models(history, kit)
        if posting["slots"]:
            write_ics(tmp / "schedule.ics", (request.title or "").strip(),
                      posting["slots"], captions, now, request.language)
        kit["files"] = {"kit_json": "kit.json", "thumbnails": [f for t in kit["thumbnails"]
                                                               for f in (t["file"], t["improved_file"]) if f],
                        "covers": [t["cover_file"] for t in kit["thumbnails"] if t.get("cover_file")],
                        "captions": {p: c["file"] for p, c in captions.items()},
                        "schedule_ics": "schedule.ics" if posting["slots"] else None, "report_pdf": None}
        kit["notes"] = notes
        kit["stage_seconds"] = seconds
        kit["stage_status"] = status
        kit["sources"] = kit_sources(kit)  # the report shows where each number comes from
        _report(stages, kit, tmp, request, status, seconds, notes)
        kit["sources"] = kit_sources(kit)
        progress.check()
        (tmp / "kit.json").write_text(json.dumps(kit, ensure_ascii=False, indent=2), encoding="utf-8")
        _move_into_place(tmp, out_dir, request.overwrite, was_there)
    except BaseException as e:
        stages.abort.set()
        shutil.rmtree(tmp, ignore_errors=True)
        _remove_made(made)
        if isinstance(e, OSError):  # disk full, permission taken away meanwhile, a rename refused: one line
            what = f" ({Path(e.filename).name})" if getattr(e, "filename", None) else ""
            raise InputError(f"cannot write the kit in {out_dir.parent}: {e.strerror or e}{what}; nothing was "
                             "left behind") from None
        raise
    try:
        progress.update(1.0, "report: kit written")
    except Cancelled:
        pass  # the kit is whole and in place: a cancel that lands now is too late to undo it
    return kit


def _damage(video_entry: dict, decoded: dict, shown: dict, notes: list[str]) -> None:
    """Say in ``kit["video"]`` (``damaged``, ``damaged_note``, ``analysed_seconds``) and in the notes
    whether the file is truncated or damaged: from the kit's own decode, else from the virality
    analysis's measurements (``truncated_at_s``)."""
    cut = decoded.get("truncated_at")
    if cut is None:
        cut = shown.get("truncated_at_s")
    line = next((n for n in decoded.get("notes") or [] if n.startswith("the file is truncated or damaged")), None)
    if cut is not None and line is None:
        line = f"the file is truncated or damaged: analysed the first {float(cut):.1f} s"
    video_entry["damaged"] = cut is not None
    video_entry["damaged_note"] = line
    video_entry["analysed_seconds"] = round(float(cut), 3) if cut is not None else video_entry.get("duration_s")
    if line:
        notes.append(f"video: {line}; the kit's analyses and thumbnails cover that part only")


def _report(stages: _Stages, kit: dict, folder: Path, request: PrepareReleaseRequest, status: dict,
            seconds: dict, notes: list) -> None:
    t0 = time.perf_counter()
    sp = stages.stage("report")
    try:
        from viralml_desktop.core.release import pdf
    except ImportError:
        seconds["report"] = 0.0
        status["report"] = "skipped"
        notes.append("report: not written (PDF writer missing)")
        stages.finished("report", "skipped", 0.0, "not written (PDF writer missing)")
        return
    sp.update(0.0, "writing report.pdf")
    try:
        path = pdf.write_kit_pdf(kit, folder, lang=request.language, page_size=request.page_size)
    except Cancelled:
        raise
    except Exception as e:  # noqa: BLE001 - the PDF is one file of the kit: the others are still written
        if not isinstance(e, ViralMLError):
            log.exception("the kit's report could not be written")
        first = (str(e).strip().splitlines() or [type(e).__name__])[0]
        line = first if isinstance(e, ViralMLError) else f"not written ({type(e).__name__}: {first})"
        seconds["report"] = round(time.perf_counter() - t0, 3)
        status["report"] = "failed"
        notes.append(f"report: {line}")
        stages.finished("report", "failed", seconds["report"], line)
        (folder / "report.pdf").unlink(missing_ok=True)  # never a half-written PDF in the kit
        return
    kit["files"]["report_pdf"] = _rel(Path(path), folder)
    seconds["report"] = round(time.perf_counter() - t0, 3)
    status["report"] = "done"
    stages.finished("report", "done", seconds["report"])


# -- sources ------------------------------------------------------------------------------------

def _lift(out: dict, prefix: str, response: Optional[dict]) -> None:
    """An embedded response's own sources, under its path in the kit; its ``sources`` block too."""
    if not isinstance(response, dict):
        return
    for k, v in (response.get("sources") or {}).items():
        out[f"{prefix}.{k}"] = v
    out[f"{prefix}.sources"] = sources.measured(
        "the source entries of the embedded response", "the held-out figures and sample sizes its entries cite")


def kit_sources(kit: dict) -> dict:
    """Where each number of the kit comes from (``core/schemas/sources.py``).

    Parameters
    ----------
    kit : dict
        The kit so far (every stage's result in place).

    Returns
    -------
    dict
        ``{field path: entry}``: the embedded responses' own entries under their paths
        (``virality.virality_score``, ``thumbnails[].response.visual_appeal_score`` ...), and an
        entry for each number of the kit's own (ranks, times, lengths, limits, slots, timings).
    """
    out: dict[str, dict] = {
        "kit_version": sources.measured("the kit folder's layout version", "not a prediction: which layout "
                                        "kit.json follows"),
        "request": sources.measured("the request as given"),
        "video": sources.measured("the video's container: duration (s), size (px), frame rate"),
        "stage_seconds": sources.measured("wall-clock seconds of each stage"),
        "thumbnails[].rank": sources.measured("rank of the candidate by its score_thumbnail answer (1 = best)",
                                              "your channel model's click probability where it answers, else "
                                              "the visual-appeal score"),
        "thumbnails[].time_s": sources.measured("where the frame is in the video, seconds"),
        "history.posts": sources.measured("the account's stored posts, counted"),
        "history.used_by": sources.measured("which stage used which stored history, read from its response",
                                            "posts: the account's stored posts, counted"),
    }
    _lift(out, "virality", kit.get("virality"))
    for i, t in enumerate(kit.get("thumbnails") or []):
        resp = t.get("response")
        _lift(out, f"thumbnails[{i}].response", resp)
        src = (resp or {}).get("sources") or {}
        out[f"thumbnails[{i}].score"] = sources.covering(src, "visual_appeal_score") or sources.measured("score")
        out[f"thumbnails[{i}].improvements"] = sources.covering(src, "improvement_edits") or sources.measured(
            "each edit re-scored on the edited image")
        if t.get("improved_response"):
            _lift(out, f"thumbnails[{i}].improved_response", t["improved_response"])
            out[f"thumbnails[{i}].improved_score"] = sources.covering(
                t["improved_response"].get("sources") or {}, "visual_appeal_score") or sources.measured("score")
    for p, c in (kit.get("captions") or {}).items():
        _lift(out, f"captions.{p}.response", c.get("response"))
        out[f"captions.{p}.chars"] = sources.measured("the caption's length as the platform counts it "
                                                      "(core/captions/limits.py)")
        out[f"captions.{p}.limit"] = sources.prior("the platform's published caption limit "
                                                   "(models/captions/MODEL_CARD.md)", "caption limit")
    pt = kit.get("posting_time") or {}
    for p, r in (pt.get("responses") or {}).items():
        _lift(out, f"posting_time.responses.{p}", r)
    if pt.get("response") is not None:
        _lift(out, "posting_time.response", pt["response"])
    hist = kit.get("history") or {}
    if hist.get("forecast"):
        _lift(out, "history.forecast", hist["forecast"])
    return out


def prepare_release(request: Any, progress: Optional[ProgressLike] = None) -> dict:
    """Build a release kit through the engine (validated, counted in the health history).

    Parameters
    ----------
    request : PrepareReleaseRequest or dict
        See :func:`run`.
    progress : ProgressLike, optional
        Stage messages, per-stage partial items and cancellation.

    Returns
    -------
    dict
        The kit (= ``kit.json``).

    Raises
    ------
    InputError, FeatureDisabled, Cancelled
        As :func:`run`.
    """
    from viralml_desktop.core import engine

    return engine.run("prepare_release", request, progress)
