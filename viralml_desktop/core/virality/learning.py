"""Learning from the user's own videos: the Virality tab's side jobs, one core function each.

- :func:`import_labelled_videos`: a folder of past videos and a views CSV; each video is
  measured, stored with its views, and once there are ``MIN_PERSONAL`` of them the personal
  model is fitted (and used by ``predict_virality`` from then on);
- :func:`rebuild_trend_profile` / :func:`reset_trend_profile`: the trend to match, from a
  folder of reference videos doing well now, or back to the shipped one;
- :func:`status`: what the tab shows of both.

Light to import (the tab reads :func:`status` when it opens); the decoders load in the jobs.
"""
from __future__ import annotations

import csv
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

VIEW_COLUMNS = ("views", "view_count", "views_count", "plays", "video views", "vistas", "reproducciones")
FILE_COLUMNS = ("file", "filename", "file_name", "video", "video_path", "path", "video title", "title",
                "content", "archivo", "titulo", "título")
MIN_PERSONAL = vm.MIN_PERSONAL


def _norm(s: str) -> str:
    """A file name or title reduced to lower-case letters and digits, without a video extension."""
    s = s.lower()
    for ext in media.VIDEO_EXTENSIONS:
        if s.endswith(ext):
            s = s[: -len(ext)]
            break
    return re.sub(r"[^0-9a-z]+", "", s)


def read_views_csv(path: str | os.PathLike) -> dict[str, float]:
    """{normalised file stem or title: views} from a CSV or an analytics export."""
    p = media.check_file(path, 50 * 1024 * 1024, "views file")
    text = p.read_bytes().decode("utf-8-sig", errors="replace")
    rows = list(csv.reader(text.splitlines()))
    if not rows:
        raise InputError(f"{p.name} is empty")
    head = [h.strip().lower() for h in rows[0]]
    vcol = next((head.index(c) for c in VIEW_COLUMNS if c in head), None)
    fcols = [head.index(c) for c in FILE_COLUMNS if c in head]
    if vcol is None or not fcols:
        raise InputError(f"{p.name}: needs a views column ({', '.join(VIEW_COLUMNS[:3])}) and a file or title "
                         f"column ({', '.join(FILE_COLUMNS[:3])}); found: {', '.join(head)}")
    out: dict[str, float] = {}
    for r in rows[1:]:
        if len(r) <= vcol:
            continue
        raw = r[vcol].strip().replace(",", "").replace("_", "").replace(" ", "")
        try:
            views = float(raw)
        except ValueError:
            continue
        if views < 0:
            continue
        for c in fcols:
            if c < len(r) and r[c].strip():
                out[_norm(r[c].strip())] = views
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
    """A folder of past videos, a CSV of their views (file or title, views) and their genre."""
    folder: str
    views_csv: str
    genre: str = ""


@dataclass
class ImportResult:
    labelled_videos: int  # stored in all, this import included
    added: int  # measured and stored by this import
    skipped: list[str]  # "file: reason" for each video that could not be measured
    model: Optional[dict]  # the fitted personal model's figures (n, cv_spearman, ...), None under MIN_PERSONAL


def import_labelled_videos(args: ImportArgs, progress: Optional[ProgressLike] = None) -> ImportResult:
    """Measure each video in the folder, match its views, store them, and fit the personal model
    once there are at least ``MIN_PERSONAL`` labelled videos."""
    from viralml_desktop.core.virality.predict import measured_factors

    progress = progress or Progress()
    views = read_views_csv(args.views_csv)
    vids = [v for v in _videos_in(args.folder) if _norm(v.name) in views]
    if not vids:
        raise InputError("no video in the folder matches a row of the views file (by file name or title)")
    meta = VideoMetadata(genre=args.genre)
    measured, skipped = _measure_folder(vids, progress.sub(0, 0.95))
    st = store.default_store()
    data = st.get(vm.PERSONAL_KEY + ".data") or {"rows": []}
    by_file = {r["file"]: r for r in data["rows"]}
    for r in measured:
        f, _ = measured_factors(r["m"], meta)
        row = vm.feature_row({k: x.value for k, x in f.items()}, r["m"])
        by_file[r["file"]] = {"file": r["file"], "views": views[_norm(r["file"])], "features": row}
    rows = list(by_file.values())
    st.put(vm.PERSONAL_KEY + ".data", {"rows": rows, "genre": args.genre})
    out = ImportResult(labelled_videos=len(rows), added=len(measured), skipped=skipped, model=None)
    if len(rows) >= vm.MIN_PERSONAL:
        progress.update(0.97, "fitting the personal model")
        model = vm.fit_personal([r["features"] for r in rows], [r["views"] for r in rows])
        st.put(vm.PERSONAL_KEY, model)
        out.model = {k: model[k] for k in ("n", "cv_spearman", "cv_mae", "baseline_mae", "alpha", "cv")}
    progress.update(1.0, "done")
    return out


@dataclass
class TrendResult:
    profile: dict  # the stored trend profile (name, videos, tempo/duration/cut-rate/hook bands)
    skipped: list[str]


def rebuild_trend_profile(folder: str | os.PathLike, progress: Optional[ProgressLike] = None) -> TrendResult:
    """Measure the reference videos in ``folder`` and store their profile as the trend to match."""
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
    """Back to the shipped trend profile (published facts)."""
    store.default_store().put(vm.TREND_KEY, None)


def forget_personal_model(progress: Optional[ProgressLike] = None) -> None:
    st = store.default_store()
    st.put(vm.PERSONAL_KEY, None)
    st.put(vm.PERSONAL_KEY + ".data", None)


@dataclass
class LearningStatus:
    personal_model: Optional[dict]  # the fitted model (n, cv_spearman, cv, ...) or None
    labelled_videos: int
    needed_for_personal: int  # MIN_PERSONAL
    trend_name: str  # the trend profile in use


def status(progress: Optional[ProgressLike] = None) -> LearningStatus:
    """The personal model and the trend profile as stored now."""
    return LearningStatus(personal_model=vm.personal_model(), labelled_videos=vm.labelled_count(),
                          needed_for_personal=vm.MIN_PERSONAL, trend_name=vm.trend_profile().get("name", "default"))
