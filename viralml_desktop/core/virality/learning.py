"""Learning from the user's own videos: the Virality tab's side jobs, one core function each.

- :func:`import_labelled_videos`: a folder of past videos and a views CSV; each video is
  measured, stored with its views, and once there are ``model.MIN_PERSONAL`` (30) of them the
  personal model is fitted and tested on the newer videos (used by ``predict_virality`` only
  when it beats the median of the user's views, permutation p < 0.05);
- :func:`forget_personal_model`: the labelled videos and the personal model deleted;
- :func:`rebuild_trend_profile` / :func:`reset_trend_profile`: the trend to match, from a
  folder of reference videos doing well now, or back to the shipped one;
- :func:`status`: what the tab shows of both.

Light to import (the tab reads :func:`status` when it opens); the decoders load in the jobs.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from viralml_desktop.core import media, store
from viralml_desktop.core.errors import InputError
from viralml_desktop.core.progress import Progress, ProgressLike
from viralml_desktop.core.schemas.virality import VideoMetadata
from viralml_desktop.core.virality import model as vm

def _norm(s: str) -> str:
    """A file name or title reduced to lower-case letters and digits, without a video extension."""
    s = s.lower()
    for ext in media.VIDEO_EXTENSIONS:
        if s.endswith(ext):
            s = s[: -len(ext)]
            break
    return re.sub(r"[^0-9a-z]+", "", s)


def read_views_csv(path: str | os.PathLike, hints: Optional[dict] = None,
                   mapping: Optional[dict] = None) -> dict[str, float]:
    """{normalised file stem, title or video id: views} from a views list or an analytics export.

    Read by the one reader (``tables.read_table(kind="videos")``): CSV in any delimiter, encoding
    and number locale, Excel, ODS or JSON; every export's headers. Each row is keyed by its file
    name, its title and its id (each normalised by ``_norm``), so a video in the folder matches
    by any of them. ``hints`` and ``mapping`` are the import preview's answers and column edits,
    passed to ``tables.read_table`` as they are.
    """
    out: dict[str, float] = {}
    for _, keys, views in views_rows(path, hints, mapping):
        for key in keys:  # the file name wins when keys collide
            out[key] = views
    return out


def views_rows(path: str | os.PathLike, hints: Optional[dict] = None,
               mapping: Optional[dict] = None) -> list[tuple[str, list[str], float]]:
    """The rows of a views list with a number of views: ``(name, keys, views)`` each.

    Parameters
    ----------
    path : str or os.PathLike
        The views file, as for :func:`read_views_csv`.
    hints, mapping : dict, optional
        As for :func:`read_views_csv`.

    Returns
    -------
    list of (str, list of str, float)
        The row's name as the file writes it (its file name, else its title, else its id), its
        keys (post id, title and file name, each normalised by ``_norm``, the file name last)
        and its views.

    Raises
    ------
    InputError
        As :func:`read_views_csv`.
    """
    from viralml_desktop.core import tables

    p = media.check_file(path, 50 * 1024 * 1024, "views file")
    result = tables.read_table(p, kind="videos", hints=hints, mapping=mapping)
    if not result.ready:
        raise InputError(f"{p.name}: " + " ".join(a.question for a in result.ambiguities))
    out: list[tuple[str, list[str], float]] = []
    for post in result.posts:
        views = post.get("views")
        if views is None or views < 0:
            continue
        given = {f: str(post.get(f) or "").strip() for f in ("post_id", "title", "file")}
        keys = [k for k in (_norm(given[f]) for f in ("post_id", "title", "file")) if k]
        if keys:
            out.append((given["file"] or given["title"] or given["post_id"], keys, float(views)))
    if not out:
        raise InputError(f"{p.name}: no row with a number of views")
    return out


def _videos_in(folder: str | os.PathLike) -> list[Path]:
    d = Path(folder)
    if not d.is_dir():
        raise InputError(f"not a folder: {d}")
    vids = sorted(x for x in d.iterdir() if x.suffix.lower() in media.VIDEO_EXTENSIONS and x.is_file())
    if not vids:
        raise InputError(f"no video ({', '.join(media.VIDEO_EXTENSIONS)}) in {d}")
    return vids


def _measure_folder(vids: list[Path], progress: ProgressLike, frames: int = 8) -> tuple[list[dict], list[str]]:
    from viralml_desktop.core.virality.predict import analyze_media  # the decoders: on first use

    rows, skipped = [], []
    for i, v in enumerate(vids):
        sub = progress.sub(i / len(vids), (i + 1) / len(vids))
        sub.update(0.0, f"analysing {v.name} ({i + 1} of {len(vids)})")
        try:
            m = analyze_media(v, frames=frames, ocr=False, progress=sub)
        except InputError as e:
            skipped.append(f"{v.name}: {e}")
            continue
        rows.append({"file": v.name, "m": m})
    return rows, skipped


@dataclass(frozen=True)
class ImportArgs:
    """A folder of past videos, a CSV of their views (file or title, views) and their genre.

    Attributes
    ----------
    folder : str
        The folder of past videos (.mp4, .mov, .webm, .mkv, .m4v, .avi; not its sub-folders).
    views_csv : str
        A CSV or an analytics export (UTF-8, at most 50 MiB) with a views column (``views``,
        ``view_count``, ``plays``, ``Video views``, ...) and a file or title column (``file``,
        ``filename``, ``video``, ``title``, ``Video title``, ...); headers in any case.
    genre : str, optional
        The videos' genre (free text): their genre factor, stored with them.
    account : str, optional
        The account of the channel history: a views file with publish dates is merged into it
        ("" = the file's account name, else its file name), and the folder's videos are
        matched to its stored posts by post id, title or video file name. With ``views_csv``
        "" the views come from this account's stored posts alone.
    hints, mapping : dict, optional
        The import preview's answers and column edits for ``views_csv``, passed to the reader.
    """
    folder: str
    views_csv: str
    genre: str = ""
    account: str = ""  # the channel history's account; "" = the views file's account name, else its file name
    hints: Optional[dict] = None
    mapping: Optional[dict] = None


@dataclass
class ImportResult:
    """What an import stored, and the personal model when one was fitted.

    Attributes
    ----------
    labelled_videos : int
        Labelled videos stored in all, this import included.
    added : int
        Videos measured and stored by this import that were not stored before.
    skipped : list of str
        ``"file: reason"`` for each matched video that could not be measured, then
        ``"name: no video of this name in the folder"`` for each row of the views file that no
        video in the folder matches.
    model : dict or None
        The fitted personal model's figures: ``n`` (videos), ``answers`` (True when it beat
        the median of your views with permutation p < 0.05, so ``predict_virality`` uses it),
        ``reason`` (why, in plain words), ``cv_spearman`` (time-ordered out-of-fold Spearman,
        None when undefined), ``cv_mae`` and ``baseline_mae`` (mean absolute error on log
        views, of the model and of answering the older videos' median), ``p_value``
        (permutation test), ``alpha`` (the ridge penalty chosen) and ``cv`` (how it was
        validated); None under ``model.MIN_PERSONAL`` (30) labelled videos.
    updated : int
        Videos stored before that this import measured again and stored with their newest views
        (a rerun on the same folder adds none).
    """
    labelled_videos: int  # stored in all, this import included
    added: int  # measured and stored by this import, not stored before
    skipped: list[str]  # "file: reason" for each video that could not be measured or row without a video
    model: Optional[dict]  # the fitted personal model's figures (n, answers, cv_spearman, p_value, ...), None under MIN_PERSONAL
    updated: int = 0  # videos stored before, measured again with their newest views by this import


def import_labelled_videos(args: ImportArgs, progress: Optional[ProgressLike] = None) -> ImportResult:
    """Measure past videos, store them with their views, and fit the personal model.

    Parameters
    ----------
    args : ImportArgs
        Fields used: ``folder`` (the videos), ``views_csv`` (their views) and ``genre``.
    progress : ProgressLike, optional
        Receives the fraction done (0–1) and the video being measured; a cancellation point
        between and inside the videos.

    Returns
    -------
    ImportResult
        How many labelled videos are stored, how many this import added, which matched videos
        could not be measured, and the personal model's cross-validated figures once there
        are at least ``model.MIN_PERSONAL`` (30) labelled videos (else None).

    Raises
    ------
    InputError
        The views file is missing, unreadable, empty, over 50 MiB, lacks a views or a file/title
        column, or has no row with a number of views; the folder is not a folder or holds no
        video; or no video matches a row of the views file.
    ModelUnavailable
        A shipped table the factors read (``virality_trend_profile``,
        ``virality_genre_popularity``) is missing or corrupt.
    Cancelled
        Through ``progress``, when the user cancels (nothing is stored then).

    Notes
    -----
    A video matches a row when its file name without the extension, reduced to lower-case
    letters and digits, equals the row's file or title reduced the same way; or a post of the
    one channel history (``args.account``, or the account a dated views file was merged into
    by :func:`store_views_list`) by its post id, title or video file name, and the video file
    is then recorded on the post (``Store.set_post_files``) and its views follow the stored
    post's newest counts at every later import. Each video is
    measured by :func:`.predict.analyze_media` with 8 frames and no OCR, and its four factors
    (with ``genre``) plus hook, vocal-band presence, motion and cut rate are stored in the
    user's store with its views; a video imported again replaces its row. From 30 labelled
    videos a ridge regression (median imputation, scaling and RidgeCV with α from 0.1 to 1000,
    all fitted inside each fold) predicts log views; it is validated in time order (the
    videos' publish dates from the channel history, else the import order: expanding-window
    folds over the newer half) against answering the older videos' median, with a
    permutation test (199 shuffles of the views; ``core/personal.py``). Its figures and
    p-value are stored with it; ``predict_virality`` uses it only when it beats that median
    with p < 0.05 (models/virality/MODEL_CARD.md, "Personal model").
    """
    from viralml_desktop.core.virality.predict import measured_factors

    progress = progress or Progress()
    account = (args.account or "").strip() or None
    listed: dict[str, float] = {}
    rows_listed: list[tuple[str, list[str], float]] = []
    stored_list = False
    if args.views_csv:
        rows_listed = views_rows(args.views_csv, args.hints, args.mapping)
        listed = {k: v for _, keys, v in rows_listed for k in keys}
        # the one channel history: a list with publish dates is merged into it
        named = store_views_list(args.views_csv, account, args.hints, args.mapping)
        stored_list, account = named is not None, named or account
    elif account is None:
        raise InputError("a views file or a stored account is needed")
    history = stored_views(account) if account else {}
    published = ({str(p["post_key"]): p.get("published_at") for p in store.default_store().posts(account)}
                 if account else {})
    if account and not history and not listed:
        raise InputError(f"no stored post of {account} has views")
    keys = {k: v for k, (v, _) in history.items()}
    # the newest counts win: the history's when the list went into it, else the list just given
    views = {**listed, **keys} if stored_list else {**keys, **listed}
    in_folder = _videos_in(args.folder)
    vids = [v for v in in_folder if _norm(v.name) in views]
    if not vids:
        raise InputError("no video in the folder matches a row of the views file or a stored post "
                         "(by file name, title or post id)")
    meta = VideoMetadata(genre=args.genre)
    measured, skipped = _measure_folder(vids, progress.sub(0, 0.95))
    # a row of the views file with no video in the folder is said, never dropped in silence
    names = {_norm(v.name) for v in in_folder}
    skipped += [f"{name}: no video of this name in the folder" for name, keys, _ in rows_listed
                if not names.intersection(keys)]
    st = store.default_store()
    data = st.get(vm.PERSONAL_KEY + ".data") or {"rows": []}
    by_file = {r["file"]: r for r in data["rows"]}
    known = set(by_file)  # videos stored before this import: measured again, they are updated, not added
    folder = Path(args.folder)
    for r in measured:
        f, _ = measured_factors(r["m"], meta)
        row = vm.feature_row({k: x.value for k, x in f.items()}, r["m"])
        key = _norm(r["file"])
        by_file[r["file"]] = {"file": r["file"], "views": views[key], "features": row}
        if key in history:  # matched to a stored post: the video file recorded on it
            by_file[r["file"]].update(account=account, post_key=history[key][1],
                                      published_at=published.get(history[key][1]))
            st.set_post_files(account, history[key][1], video_file=str((folder / r["file"]).resolve()))
    newest: dict[str, dict] = {}
    for r in by_file.values():  # videos matched to stored posts earlier: their newest counts
        if r.get("account"):
            if r["account"] not in newest:
                newest[r["account"]] = {pk: v for v, pk in stored_views(r["account"]).values()}
            r["views"] = newest[r["account"]].get(r.get("post_key"), r["views"])
    rows = list(by_file.values())
    st.put(vm.PERSONAL_KEY + ".data", {"rows": rows, "genre": args.genre})
    added = sum(r["file"] not in known for r in measured)
    out = ImportResult(labelled_videos=len(rows), added=added, skipped=skipped, model=None,
                       updated=len(measured) - added)
    if len(rows) >= vm.MIN_PERSONAL:
        progress.update(0.97, "fitting the personal model")
        model = vm.fit_personal([r["features"] for r in rows], [r["views"] for r in rows],
                                times=[r.get("published_at") for r in rows])
        st.put(vm.PERSONAL_KEY, model)
        out.model = {k: model[k] for k in ("n", "answers", "reason", "cv_spearman", "cv_mae", "baseline_mae",
                                           "p_value", "alpha", "cv")}
    progress.update(1.0, "done")
    return out


@dataclass
class TrendResult:
    """The trend profile rebuilt from reference videos.

    Attributes
    ----------
    profile : dict
        The stored profile: ``name``, ``built_at``, ``videos`` (how many were measured) and
        the bands ``tempo_bpm``, ``cut_rate_per_min``, ``hook_lu`` and ``duration_s`` (per
        platform), each ``{"low", "high", "scale", "source"}`` or None.
    skipped : list of str
        ``"file: reason"`` for each video that could not be measured.
    """
    profile: dict  # the stored trend profile (name, videos, tempo/duration/cut-rate/hook bands)
    skipped: list[str]


def rebuild_trend_profile(folder: str | os.PathLike, progress: Optional[ProgressLike] = None) -> TrendResult:
    """Measure reference videos and store their profile as the trend to match.

    Parameters
    ----------
    folder : str or os.PathLike
        A folder of reference videos doing well now (.mp4, .mov, .webm, .mkv, .m4v, .avi; not
        its sub-folders).
    progress : ProgressLike, optional
        Receives the fraction done (0–1) and the video being measured; a cancellation point
        between and inside the videos.

    Returns
    -------
    TrendResult
        The stored profile and the videos that could not be measured.

    Raises
    ------
    InputError
        ``folder`` is not a folder, holds no video, or fewer than 3 of its videos can be
        measured.
    ModelUnavailable
        The shipped trend profile (model table entry ``virality_trend_profile``), whose
        duration bands are kept where the videos give none, is missing or corrupt.
    Cancelled
        Through ``progress``, when the user cancels (nothing is stored then).

    Notes
    -----
    Each video is measured by :func:`.predict.analyze_media` with 8 frames and no OCR. Each
    band is the interquartile range (25th–75th percentile) of the videos' tempo (BPM), cut
    rate (cuts a minute), hook (LU) and duration (seconds; one band for every platform), None
    (or the shipped duration bands) with fewer than 3 values; its ``scale`` (10 BPM, 5 cuts a
    minute, 2 LU, 10 s) is the least width by which a value outside is scored
    (models/virality/MODEL_CARD.md, trend_alignment). ``predict_virality`` uses the stored
    profile from then on, until :func:`reset_trend_profile`.
    """
    progress = progress or Progress()
    vids = _videos_in(folder)
    measured, skipped = _measure_folder(vids, progress.sub(0, 0.95))
    if len(measured) < 3:
        raise InputError(f"a trend profile needs at least 3 readable reference videos; got {len(measured)}"
                         + (f" ({skipped[0]})" if skipped else ""))
    rows = []
    for r in measured:
        m = r["m"]
        rows.append({"tempo_bpm": (m["audio"] or {}).get("tempo_bpm"), "duration_s": m["duration_s"],
                     "cut_rate_per_min": (m["video"] or {}).get("cut_rate_per_min"),
                     "hook_lu": (m["audio"] or {}).get("hook_lu")})
    prof = vm.build_trend_profile(rows, f"reference videos in {Path(folder).name}")
    store.default_store().put(vm.TREND_KEY, prof)
    progress.update(1.0, "done")
    return TrendResult(profile=prof, skipped=skipped)


def reset_trend_profile(progress: Optional[ProgressLike] = None) -> None:
    """Go back to the shipped trend profile (published facts).

    Parameters
    ----------
    progress : ProgressLike, optional
        Not used (the job is instant); accepted like every job's.

    Notes
    -----
    Deletes the profile :func:`rebuild_trend_profile` stored: ``predict_virality`` then uses
    the model table entry ``virality_trend_profile`` (sources in models/virality/MODEL_CARD.md).
    """
    store.default_store().put(vm.TREND_KEY, None)


def forget_personal_model(progress: Optional[ProgressLike] = None) -> None:
    """Delete the personal model and the labelled videos it was fitted on.

    Parameters
    ----------
    progress : ProgressLike, optional
        Not used (the job is instant); accepted like every job's.

    Notes
    -----
    ``predict_virality`` scores with the prior again until 30 labelled videos are imported and
    the model fitted on them beats their median.
    """
    st = store.default_store()
    st.put(vm.PERSONAL_KEY, None)
    st.put(vm.PERSONAL_KEY + ".data", None)


@dataclass
class LearningStatus:
    """The personal model and the trend profile as stored now.

    Attributes
    ----------
    personal_model : dict or None
        The fitted personal model (``n``, ``cv_spearman``, ``cv_mae``, ``cv``, ``features``,
        ``coef``, ...), or None before one is fitted.
    labelled_videos : int
        Labelled videos stored.
    needed_for_personal : int
        Labelled videos a personal model needs (``model.MIN_PERSONAL``, 30).
    trend_name : str
        The name of the trend profile in use.
    """
    personal_model: Optional[dict]  # the fitted model (n, cv_spearman, cv, ...) or None
    labelled_videos: int
    needed_for_personal: int  # MIN_PERSONAL
    trend_name: str  # the trend profile in use


def status(progress: Optional[ProgressLike] = None) -> LearningStatus:
    """Read the personal model and the trend profile as stored now.

    Parameters
    ----------
    progress : ProgressLike, optional
        Not used (the job is instant); accepted like every job's.

    Returns
    -------
    LearningStatus
        The personal model, the labelled videos stored and needed, and the trend profile's name.

    Raises
    ------
    ModelUnavailable
        No profile was rebuilt and the shipped one (``virality_trend_profile``) is missing or
        corrupt.
    """
    return LearningStatus(personal_model=vm.personal_model(), labelled_videos=vm.labelled_count(),
                          needed_for_personal=vm.MIN_PERSONAL, trend_name=vm.trend_profile().get("name", "default"))


# -- the channel history (core/store.py) --------------------------------------------

def store_views_list(path: str | os.PathLike, account: Optional[str] = None, hints: Optional[dict] = None,
                     mapping: Optional[dict] = None) -> Optional[str]:
    """Merge the dated rows of a views list or an analytics export into the one channel history.

    Parameters
    ----------
    path : str or os.PathLike
        The views file, as for :func:`read_views_csv`.
    account : str, optional
        The account to merge into; default the export's account name, else the file's name
        without extension.
    hints, mapping : dict, optional
        The reader's answers and column edits, passed to ``tables.read_table``.

    Returns
    -------
    str or None
        The account the rows were stored under; None when no row has a publish date (a plain
        views list: a history needs dates) or a column is still a question; nothing stored then.

    Raises
    ------
    InputError
        As :func:`read_views_csv`, or a row the store refuses (nothing is stored then).

    Notes
    -----
    Stored by :meth:`viralml_desktop.core.store.Store.import_posts`: merged by post id, the
    newer export's counts win (its date: ``hints['export_date']``, else the file's modification
    time), each import's counts kept as a snapshot, one transaction. A row's file name is kept
    as the post's video file.
    """
    from viralml_desktop.core import tables

    result = tables.read_table(Path(path), kind="videos", hints=hints, mapping=mapping)
    return tables.store_read(result, path, result.report.platform, account=account, hints=hints)


def stored_views(account: str) -> dict[str, tuple[float, str]]:
    """{normalised post id, title or video file name: (views, post key)} of a stored account.

    Parameters
    ----------
    account : str
        An account of the channel history.

    Returns
    -------
    dict
        Each stored post with views (its newest count, daily totals left out) under its post
        id, its title and the name of its recorded video file, each normalised by ``_norm``
        (the file name wins when keys collide), so a video in a folder matches by any of them.
    """
    out: dict[str, tuple[float, str]] = {}
    for p in store.default_store().posts(account):
        if p.get("views") is None or p.get("post_type") == "daily total":
            continue
        names = (p["post_key"], p.get("caption"), Path(p["video_file"]).name if p.get("video_file") else None)
        for name in names:
            key = _norm(str(name or "").strip())
            if key:
                out[key] = (float(p["views"]), str(p["post_key"]))
    return out
