"""predict_virality core: contract shape, the loudness acceptance, every bad input of the issue,
cuts, motion, the personal model, the trend profile, YOLO and genre coverage."""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from test_virality_media import synth_clip
from viralml_desktop.core import engine, registry
from viralml_desktop.core.virality import video as video_analysis
from viralml_desktop.core.virality import learning
from viralml_desktop.core.virality import predict as virality
from viralml_desktop.core.virality import model as vm
from viralml_desktop.core.errors import Cancelled, InputError
from viralml_desktop.core.progress import Progress

DATA = Path(__file__).parent / "data" / "virality"
FACTORS = ("visual_appeal", "audio_quality", "trend_alignment", "genre_popularity")


@pytest.fixture(scope="module")
def clips(tmp_path_factory):
    d = tmp_path_factory.mktemp("virality_clips")
    return {
        "loud": synth_clip(d / "loud.mp4", seconds=8, lufs=-14.0, cuts=[3.0, 5.5]),
        "quiet": synth_clip(d / "quiet.mp4", seconds=8, lufs=-30.0, cuts=[3.0, 5.5]),
    }


def _run(path, **meta):
    return engine.run("predict_virality", {"video_path": str(path), "metadata": meta, "ocr": False}, record=False)


def _in_unit(out):
    assert 0 <= out["virality_score"] <= 1 and 0 <= out["confidence"] <= 1
    assert set(out["factors"]) == set(FACTORS)
    assert all(0 <= v <= 1 for v in out["factors"].values())


def test_cli_on_a_20_second_clip_answers_the_contract_shape(tmp_path, capsys, isolated_home):
    from viralml_desktop import cli

    clip = synth_clip(tmp_path / "song.mp4", seconds=20, cuts=[6, 12], size=(256, 144), text="NUEVA VIDA")
    req = tmp_path / "req.json"
    req.write_text(json.dumps({"video_path": str(clip), "metadata": {"artist": "Bad Bunny", "genre": "Trap",
                                                                     "duration": 20, "has_hook": True}}))
    assert cli.main(["predict", "predict_virality", "--json", str(req)]) == 0
    out = json.loads(capsys.readouterr().out)
    _in_unit(out)
    assert out["missing_factors"] == {}
    assert all(out["reasons"][k] for k in FACTORS)
    v = out["measurements"]["video"]
    assert v["cuts"] == 2 and v["cut_method"] == "decoded every frame"
    assert abs(v["duration_s"] - 20) < 0.2
    if v["text_overlays"] is not None:  # OCR (the thumbnail module's rapidocr) read the overlay
        assert v["text_overlays"]["frames_with_text"] >= 2 and "VIDA" in v["text_overlays"]["sample"].upper()
    else:
        assert "OCR" in out["measurements"]["absent"]["text_overlays"]
    assert out["reasons"]["genre_popularity"].startswith("'Trap' read as hip-hop")


def test_quieter_audio_gets_lower_audio_quality(clips, isolated_home):
    loud, quiet = _run(clips["loud"]), _run(clips["quiet"])
    assert abs(loud["measurements"]["audio"]["lufs"] + 14) < 1.0
    assert abs(quiet["measurements"]["audio"]["lufs"] + 30) < 1.0
    assert quiet["factors"]["audio_quality"] < loud["factors"]["audio_quality"]
    assert "under the −14 LUFS target" in quiet["reasons"]["audio_quality"]
    assert loud["measurements"]["video"]["cuts"] == 2
    # the picture is identical: only the audio differs
    assert quiet["factors"]["visual_appeal"] == loud["factors"]["visual_appeal"]


def test_confidence_comes_from_measured_error_and_drops_with_missing_factors(clips, isolated_home):
    covered = _run(clips["loud"], genre="hip-hop")
    uncovered = _run(clips["loud"], genre="reggaeton")
    metrics = json.loads((vm.MODEL_DIR / "metrics.json").read_text())
    assert covered["confidence"] == pytest.approx(metrics["confidence_all_factors"], abs=1e-3)
    assert uncovered["confidence"] < covered["confidence"]
    assert "not in spotify_by_genre" in uncovered["missing_factors"]["genre_popularity"]
    assert "country, deep-house, dubstep, hip-hop, metal, rock" in uncovered["missing_factors"]["genre_popularity"]
    lo, hi = covered["interval"]
    assert lo <= covered["virality_score"] <= hi


def test_text_file_renamed_mp4_is_one_line_error_and_nonzero_exit(tmp_path, capsys, isolated_home):
    from viralml_desktop import cli

    fake = tmp_path / "notes.mp4"
    fake.write_text("this is not a video\n" * 20)
    req = tmp_path / "r.json"
    req.write_text(json.dumps({"video_path": str(fake)}))
    assert cli.main(["predict", "predict_virality", "--json", str(req)]) != 0
    err = capsys.readouterr().err.strip()
    assert err.startswith("error:") and "\n" not in err and "notes.mp4" in err


def test_zero_length_file(tmp_path, isolated_home):
    empty = tmp_path / "empty.mp4"
    empty.write_bytes(b"")
    with pytest.raises(InputError, match="empty"):
        _run(empty)


def test_truncated_mp4(tmp_path, isolated_home):
    whole = synth_clip(tmp_path / "whole.mp4", seconds=3)
    cut = tmp_path / "cut.mp4"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])  # index (moov) at the end is lost
    with pytest.raises(InputError) as e:
        _run(cut)
    assert "\n" not in str(e.value)


def test_truncated_faststart_mp4_gives_a_partial_analysis(tmp_path, isolated_home):
    whole = synth_clip(tmp_path / "fs.mp4", seconds=6, faststart=True)
    cut = tmp_path / "fs_cut.mp4"
    cut.write_bytes(whole.read_bytes()[: int(whole.stat().st_size * 0.6)])
    out = _run(cut)
    _in_unit(out)
    assert any("truncated" in n or "damaged" in n for n in out["notes"])


def test_no_audio_track_leaves_audio_quality_out_with_the_reason(tmp_path, isolated_home):
    out = _run(synth_clip(tmp_path / "mute.mp4", seconds=3, audio=False), genre="rock")
    _in_unit(out)
    assert out["missing_factors"]["audio_quality"] == "no audio track in the file"
    assert out["measurements"]["audio"] is None
    prior = vm.prior()
    # the value in `factors` is the prior's imputed training mean, not 0 and not a measurement
    assert out["factors"]["audio_quality"] == pytest.approx(prior["means"]["audio_quality"], abs=1e-3)
    assert "audio_quality" in out["reasons"]["confidence"]


def test_audio_only_file(tmp_path, isolated_home):
    out = _run(synth_clip(tmp_path / "song.m4a", seconds=7, video=False, lufs=-20))
    _in_unit(out)
    assert "audio-only" in out["missing_factors"]["visual_appeal"]
    assert out["measurements"]["video"] is None
    assert abs(out["measurements"]["audio"]["tempo_bpm"] - 120) < 4


def _write_audio(path, y, rate, codec, fmt, layout):
    import av

    from test_virality_media import mux_audio

    with av.open(str(path), "w") as c:
        mux_audio(c, c.add_stream(codec, rate=rate, layout=layout), y[:1] if layout == "mono" else y, rate, fmt,
                  layout)
    return path


@pytest.mark.parametrize("name,codec,fmt,layout", [("mono.wav", "pcm_s16le", "s16", "mono"),
                                                    ("song.mp3", "libmp3lame", "fltp", "stereo"),
                                                    ("song.ogg", "libopus", "flt", "stereo")])
def test_audio_files_at_other_rates_and_formats_measure_the_same_sound(tmp_path, name, codec, fmt, layout):
    """44.1 kHz 16-bit mono WAV, 44.1 kHz MP3, Opus: decoded through the resampler to 48 kHz float.
    The loudness equals pyloudnorm's on the file decoded independently at its own rate (a lossy
    codec changes the sound itself: MP3's low-pass takes ~0.5 LU of K-weighted treble)."""
    import av
    import librosa
    import pyloudnorm

    from test_virality_media import beat_track, set_loudness
    from viralml_desktop.core.virality import audio as aa

    y48 = set_loudness(beat_track(8.0, bpm=100), -20.0)
    rate = 48000 if codec == "libopus" else 44100
    y = y48 if rate == 48000 else librosa.resample(y48, orig_sr=48000, target_sr=rate, res_type="soxr_hq")
    path = _write_audio(tmp_path / name, y.astype(np.float32), rate, codec, fmt, layout)
    with av.open(str(path)) as c:
        st = c.streams.audio[0]
        frames = [f.to_ndarray() for f in c.decode(st)]
        native = st.codec_context.sample_rate
        planar = st.codec_context.format.is_planar
    ref = np.concatenate(frames, axis=1)
    ref = ref / 32768.0 if ref.dtype == np.int16 else ref.astype(np.float64)
    if not planar:
        ref = ref.reshape(-1, st.codec_context.layout.nb_channels).T
    expected = pyloudnorm.Meter(native).integrated_loudness(ref.T)
    got = aa.analyze_audio(path)
    assert got.rate == aa.RATE and got.channels == (1 if layout == "mono" else 2)
    assert got.lufs == pytest.approx(expected, abs=0.1)
    assert -21.0 < got.lufs + (3.01 if layout == "mono" else 0.0) < -19.3  # one channel of two: −3 dB
    assert got.tempo_bpm == pytest.approx(100, abs=3)
    assert got.duration_s == pytest.approx(8.0, abs=0.15)


@pytest.mark.parametrize("name", ["clip.webm", "clip.mov", "clip.mkv"])
def test_webm_mov_and_mkv_are_analyzed_whole(tmp_path, isolated_home, name):
    out = _run(synth_clip(tmp_path / name, seconds=6, cuts=[3.0]), genre="rock")
    _in_unit(out)
    assert not out["missing_factors"]
    a, v = out["measurements"]["audio"], out["measurements"]["video"]
    assert a["lufs"] == pytest.approx(-14, abs=1.0) and a["tempo_bpm"] == pytest.approx(120, abs=4)
    assert v["cut_times_s"] == pytest.approx([3.0], abs=0.1) and len(v["sampled_frames"]) == 12


def test_4k_60fps_clip(isolated_home):
    out = _run(DATA / "uhd_60fps.mp4")
    v = out["measurements"]["video"]
    assert (v["width"], v["height"], round(v["fps"])) == (3840, 2160, 60)
    assert any("3840×2160" in n for n in out["notes"])
    _in_unit(out)


def test_vertical_clip_uses_the_short_form_duration_band(tmp_path, isolated_home):
    out = _run(synth_clip(tmp_path / "v.mp4", seconds=4, size=(144, 256)))
    assert out["measurements"]["video"]["vertical"] is True
    assert "tiktok sweet spot 21–34 s" in out["reasons"]["trend_alignment"]


@pytest.mark.parametrize("rotation", [-90, 90, 180])
def test_a_phone_video_is_measured_as_it_is_shown(tmp_path, isolated_home, rotation):
    """Phones store landscape pixels and a display matrix; frames, size and the vertical
    short-form band follow the picture as shown, with its top-left corner where it is shown."""
    clip = synth_clip(tmp_path / f"phone{rotation}.mp4", seconds=4, size=(144, 256), display_rotation=rotation)
    for method in ("all", "keyframes"):
        va = video_analysis.decode_video(clip, n_samples=3, force_method=method)
        assert (va.width, va.height, va.rotation) == (144, 256, rotation), method
        img = va.frames[0].bgr
        assert img.shape[0] > img.shape[1], method
        corner = img[: img.shape[0] // 8, : img.shape[1] // 8].reshape(-1, 3).mean(axis=0)
        assert corner[2] > 200 and corner[0] < 60, (method, corner)  # red (BGR) at the shown top-left
    out = _run(clip)
    assert out["measurements"]["video"]["vertical"] is True
    assert "tiktok sweet spot 21–34 s" in out["reasons"]["trend_alignment"]


def test_variable_frame_rate_clip(tmp_path, isolated_home):
    out = _run(synth_clip(tmp_path / "vfr.mp4", seconds=4, vfr=True))
    v = out["measurements"]["video"]
    assert v["variable_frame_rate"] is True
    assert abs(v["duration_s"] - 4) < 0.2
    assert any("variable frame rate" in n for n in out["notes"])


def test_one_second_clip(tmp_path, isolated_home):
    out = _run(synth_clip(tmp_path / "one.mp4", seconds=1))
    _in_unit(out)
    assert "shorter than 6 s" in out["measurements"]["absent"]["hook"]
    assert out["detected"]["has_hook_detected"] is None


def test_compressed_stream_cut_estimate_finds_the_cuts(tmp_path):
    clip = synth_clip(tmp_path / "cuts.mp4", seconds=12, cuts=[3.0, 6.2, 9.0])
    for method in ("all", "keyframes"):
        va = video_analysis.decode_video(clip, force_method=method)
        assert va.cut_times == pytest.approx([3.0, 6.2, 9.0], abs=0.05), method
        assert va.motion_energy and va.motion_energy > 0.5
    # keyframe-anchored sampling decoded a handful of frames, not all of them
    assert len(va.frames) == 12


@pytest.mark.parametrize("preset", ["ultrafast", "medium"])  # medium: B-frames, decode order ≠ display order
def test_the_mp4_sample_table_gives_the_index_that_reading_every_packet_gives(tmp_path, preset):
    from viralml_desktop.core import media

    clip = synth_clip(tmp_path / "i.mp4", seconds=6, cuts=[3.1], preset=preset, gop=50)
    with media.open_container(clip) as c:
        vs = c.streams.video[0]
        table, demuxed = video_analysis._container_index(c, vs), video_analysis._demuxed_index(c, vs)
    assert table is not None and table.truncated_at is None
    assert table.times.size == demuxed.times.size == 150
    assert table.times[table.key].tolist() == pytest.approx(demuxed.times[demuxed.key].tolist(), abs=1e-6)
    assert sorted(table.sizes) == sorted(demuxed.sizes)
    assert np.abs(table.times - demuxed.times).max() <= 2 / 25 + 1e-6  # decode vs display time
    assert video_analysis.stream_cut_estimate(table) == pytest.approx([3.1], abs=2 / 25 + 0.01)


def test_a_cut_off_faststart_mp4_index_stops_where_the_file_does(tmp_path):
    from viralml_desktop.core import media

    whole = synth_clip(tmp_path / "fs.mp4", seconds=6, faststart=True, audio=False)
    cut = tmp_path / "fs_cut.mp4"
    cut.write_bytes(whole.read_bytes()[: int(whole.stat().st_size * 0.5)])
    with media.open_container(cut) as c:
        idx = video_analysis._container_index(c, c.streams.video[0])
    assert idx is not None and 1.0 < idx.truncated_at < 5.0
    assert idx.times[-1] < idx.truncated_at


def test_a_trimmed_mp4_is_indexed_from_where_its_edit_list_starts(tmp_path):
    """A lossless trim (``ffmpeg -ss 1 -c copy``) keeps the frames before the cut point, flagged
    discard by the edit list: the analysis covers what a player shows."""
    import av

    from viralml_desktop.core import media

    src = synth_clip(tmp_path / "src.mp4", seconds=4, audio=False, gop=50)
    trimmed = tmp_path / "trimmed.mp4"
    with av.open(str(src)) as i, av.open(str(trimmed), "w") as o:
        out = o.add_stream_from_template(i.streams.video[0])
        shift = int(round(1.0 / float(i.streams.video[0].time_base)))
        for p in i.demux(i.streams.video[0]):
            if p.dts is not None:
                p.pts, p.dts, p.stream = p.pts - shift, p.dts - shift, out
                o.mux(p)
    with media.open_container(trimmed) as c:
        idx = video_analysis._container_index(c, c.streams.video[0])
    assert idx.times.size == 75 and idx.times[0] == 0.0
    va = video_analysis.decode_video(trimmed, n_samples=3)
    assert va.duration_s == pytest.approx(3.0, abs=0.05)
    assert [round(f.t, 2) for f in va.frames] == [0.52, 1.52, 2.52]


def test_matroska_has_no_full_sample_table_and_is_read_packet_by_packet(tmp_path):
    import av

    from viralml_desktop.core import media

    mkv = tmp_path / "c.mkv"
    with av.open(str(synth_clip(tmp_path / "c.mp4", seconds=2, audio=False))) as src, av.open(str(mkv), "w") as dst:
        out = dst.add_stream_from_template(src.streams.video[0])
        for p in src.demux(src.streams.video[0]):
            if p.dts is not None:
                p.stream = out
                dst.mux(p)
    with media.open_container(mkv) as c:
        assert video_analysis._container_index(c, c.streams.video[0]) is None
        assert video_analysis._read_index(c, c.streams.video[0]).times.size == 50


def _size_spikes_by_loop(s, half=15):
    """The per-frame definition size_spikes vectorises."""
    out = []
    for j in range(s.size):
        lo, hi = max(0, j - half), min(s.size, j + half + 1)
        neigh = np.delete(s[lo:hi], j - lo)
        med = float(np.median(neigh)) if neigh.size else 0.0
        if med > 0 and s[j] > video_analysis.CUT_SPIKE * med and s[j] >= max(s[max(0, j - 2):j + 3]):
            out.append(j)
    return out


@pytest.mark.parametrize("n", [1, 8, 29, 30, 31, 32, 400])
def test_size_spikes_matches_the_per_frame_definition(n):
    rng = np.random.default_rng(n)
    s = rng.lognormal(8, 0.4, n)
    s[rng.choice(n, max(1, n // 25), replace=False)] *= 12  # intra-coded frames at cuts
    assert video_analysis.size_spikes(s).tolist() == _size_spikes_by_loop(s)


def test_text_overlays_follow_each_request_on_the_same_file(tmp_path, isolated_home):
    clip = synth_clip(tmp_path / "t.mp4", seconds=2, size=(640, 360), text="OUT NOW")

    def run(ocr):
        req = {"video_path": str(clip), "ocr": ocr}
        return engine.run("predict_virality", req, record=False)["measurements"]

    assert run(False)["video"]["text_overlays"] is None
    on = run(True)
    assert on["video"]["text_overlays"]["frames_with_text"] >= 1 and "text_overlays" not in on["absent"]
    off = run(False)
    assert off["video"]["text_overlays"] is None and "ocr off" in off["absent"]["text_overlays"]


def test_cancel_stops_the_analysis(tmp_path, isolated_home):
    clip = synth_clip(tmp_path / "c.mp4", seconds=3)
    p = Progress()
    p.cancel()
    with pytest.raises(Cancelled):
        virality.run(engine.parse_request("predict_virality", {"video_path": str(clip)}), p)


def test_yolo_people_measured_when_a_model_is_in_the_registry(tmp_path, isolated_home):
    from ultralytics import YOLO

    reg = registry.default_registry()
    reg.put("yolo", YOLO("yolov8n.yaml"))  # random weights: exercises the real batched code path
    try:
        va = video_analysis.decode_video(synth_clip(tmp_path / "y.mp4", seconds=1), n_samples=3)
        video_analysis.detect_people(va)
        assert "people" not in va.absent
        assert 0 <= va.people["person_frame_share"] <= 1
    finally:
        reg.unload("yolo")
    va2 = video_analysis.decode_video(tmp_path / "y.mp4", n_samples=3)
    video_analysis.detect_people(va2)
    assert "YOLO" in va2.absent["people"] and va2.people is None


def test_personal_model_is_validated_in_time_order_and_answers_only_when_it_beats_the_median():
    rng = np.random.default_rng(1)
    rows = [{f: float(x) for f, x in zip(FACTORS, rng.random(4))} for _ in range(40)]
    clean = [10 ** (2 + 4 * r["audio_quality"]) for r in rows]
    noisy = [10 ** (2 + 4 * r["audio_quality"] + rng.normal(0, 1.5)) for r in rows]
    noise = [10 ** (3 + rng.normal(0, 1.0)) for _ in rows]
    good, bad = vm.fit_personal(rows, clean, n_permutations=99), vm.fit_personal(rows, noisy, n_permutations=99)
    assert good["answers"] and good["p_value"] < 0.05 and good["cv_spearman"] > 0.8
    assert bad["cv_spearman"] < good["cv_spearman"]
    assert "time-ordered" in good["cv"] and good["n_permutations"] == 99
    null = vm.fit_personal(rows, noise, n_permutations=99)
    assert not null["answers"] and "not used" in null["reason"]
    hi = vm.score_personal(good, dict(rows[0], audio_quality=0.95))
    lo = vm.score_personal(good, dict(rows[0], audio_quality=0.05))
    assert hi["score"] > lo["score"] and hi["outlier_multiple"] > 1 > lo["outlier_multiple"]
    assert hi["outlier_multiple_interval"][0] <= hi["outlier_multiple"] <= hi["outlier_multiple_interval"][1]
    assert vm.score_personal(bad, rows[0])["confidence"] < hi["confidence"]
    # an input far outside the fitted range: clipped, named, and the answer capped at the range's
    far = vm.score_personal(good, dict(rows[0], audio_quality=5.0))
    top = max(rows, key=lambda r: r["audio_quality"])["audio_quality"]
    edge = vm.score_personal(good, dict(rows[0], audio_quality=top))
    assert far["capped"] and far["outside"] and far["outside"][0].startswith("audio_quality")
    assert far["predicted_views"] == pytest.approx(edge["predicted_views"])
    assert far["predicted_views"] <= max(clean) * 1.0001
    with pytest.raises(ValueError, match="at least 30"):
        vm.fit_personal(rows[:29], clean[:29])


def test_import_past_videos_stays_on_the_prior_under_ten(tmp_path, isolated_home):
    d = tmp_path / "past"
    d.mkdir()
    for i in range(3):
        synth_clip(d / f"clip{i}.mp4", seconds=1.5, bpm=100 + 10 * i)
    (d / "views.csv").write_text("Video title,Views\nclip0,\"1,200\"\nclip1,5000\nclip2,800\nunrelated,9\n")
    res = learning.import_labelled_videos(learning.ImportArgs(str(d), str(d / "views.csv"), genre="rock"))
    assert res.labelled_videos == 3 and res.added == 3 and res.model is None
    out = _run(d / "clip0.mp4", genre="rock")
    assert out["model"]["kind"] == "prior" and out["model"]["labelled_videos"] == 3
    assert "3 of the 30" in out["reasons"]["score"]
    with pytest.raises(InputError, match="views column"):
        learning.read_views_csv(_write(tmp_path / "bad.csv", "name,likes\na,1\n"))


def _write(p: Path, text: str) -> Path:
    p.write_text(text)
    return p


def test_trend_profile_rebuilt_from_reference_videos(tmp_path, isolated_home):
    d = tmp_path / "refs"
    d.mkdir()
    for i, bpm in enumerate((90, 92, 94)):
        synth_clip(d / f"ref{i}.mp4", seconds=3, bpm=bpm, size=(160, 120))
    res = learning.rebuild_trend_profile(d)
    band = res.profile["tempo_bpm"]
    assert 85 < band["low"] <= band["high"] < 100
    assert vm.trend_profile()["name"].startswith("reference videos")
    fast = _run(synth_clip(tmp_path / "fast.mp4", seconds=3, bpm=150, size=(160, 120)))
    assert fast["factor_parts"]["trend_alignment"]["tempo"] < 0.2
    learning.reset_trend_profile()
    assert vm.trend_profile()["name"].startswith("default")


def test_loudness_matches_pyloudnorm_and_true_peak_finds_intersample_overs():
    import pyloudnorm

    from test_virality_media import beat_track, set_loudness
    from viralml_desktop.core.virality import audio as aa

    y = set_loudness(beat_track(5.0, bpm=100), -23.0)
    ref = pyloudnorm.Meter(aa.RATE).integrated_loudness(y.T.astype(np.float64))
    whole = aa.k_weighted_power(y, aa.RATE, chunk_s=60)
    assert aa.integrated_loudness(whole, aa.RATE) == pytest.approx(ref, abs=0.01)
    # filtered 0.7 s at a time, the state carried over: the same sums as in one pass
    chunked = aa.k_weighted_power(y, aa.RATE, chunk_s=0.7)
    np.testing.assert_allclose(chunked.cs, whole.cs, rtol=1e-5)
    t = np.arange(aa.RATE) / aa.RATE
    s = np.sin(2 * np.pi * aa.RATE / 4 * t + np.pi / 4).astype(np.float32)[None, :]  # samples at ±0.707
    sample_peak = float(np.abs(s).max())
    assert 20 * np.log10(sample_peak) == pytest.approx(-3.01, abs=0.05)
    assert 20 * np.log10(aa.true_peak(s, sample_peak)) == pytest.approx(0.0, abs=0.2)


@pytest.mark.parametrize("prefix_s", [1.0, 30.0])  # inside the clip; longer than it
def test_the_decoded_prefix_is_handed_over_once_and_matches_the_whole(tmp_path, prefix_s):
    from viralml_desktop.core.virality import audio as aa

    clip = synth_clip(tmp_path / "p.mp4", seconds=3, size=(64, 48))
    got = []
    pcm, channels, truncated = aa.decode_audio(clip, on_prefix=(prefix_s, got.append))
    assert channels == 2 and truncated is None and len(got) == 1
    assert got[0].shape[1] == min(pcm.shape[1], int(prefix_s * aa.RATE))
    np.testing.assert_array_equal(got[0], pcm[:, : got[0].shape[1]])


def test_a_stored_personal_model_answers_with_its_cross_validated_figures(clips, isolated_home):
    from viralml_desktop.core import store

    rng = np.random.default_rng(3)
    rows = [{f: float(x) for f, x in zip(FACTORS, rng.random(4))} for _ in range(32)]
    model = vm.fit_personal(rows, [10 ** (3 + 3 * r["visual_appeal"] + rng.normal(0, 0.3)) for r in rows],
                            n_permutations=99)
    assert model["answers"]
    store.default_store().put(vm.PERSONAL_KEY, model)
    out = _run(clips["loud"], genre="reggaeton")
    assert out["model"]["kind"] == "personal" and out["model"]["labelled_videos"] == 32
    assert out["confidence"] == pytest.approx(model["skill"], abs=1e-3)
    assert f"{model['cv_spearman']:.2f}" in out["reasons"]["score"] and "permutation p" in out["reasons"]["score"]
    assert out["model"]["p_value"] == model["p_value"]
    assert "genre_popularity not measured here" in out["reasons"]["confidence"]
    assert out["model"]["weights"]["visual_appeal"] > 0  # the weight the prior could not learn
    assert out["outlier_multiple"] > 0 and "your median views" in out["reasons"]["outlier_multiple"]
    prior_out = engine.run("predict_virality", {"video_path": str(clips["loud"]), "ocr": False,
                                                "use_personal_model": False}, record=False)
    assert prior_out["model"]["kind"] == "prior" and prior_out.get("outlier_multiple") is None
    # a stored model that did not beat the median: the prior answers and says why
    store.default_store().put(vm.PERSONAL_KEY, dict(model, answers=False, reason="no better than the median"))
    refused = _run(clips["loud"], genre="reggaeton")
    assert refused["model"]["kind"] == "prior" and "not used" in refused["reasons"]["score"]
    assert refused["model"]["personal_not_used"] == "no better than the median"


def test_a_genre_the_prior_does_not_know_is_called_the_overall_base_rate(clips, isolated_home):
    """Issue 14.5 / 18: for reggaeton or latin pop (not in spotify_by_genre) or no genre, the score is
    the base rate of all genres together, not 'the genre's base rate'; the Spanish catalogue says it."""
    from viralml_desktop.gui.clauses import core_lines

    for genre in ("reggaeton", "latin pop", ""):
        out = _run(clips["loud"], genre=genre) if genre else _run(clips["loud"])
        basis = out["score_basis"]
        assert "genre's base rate" not in basis and "overall base rate of all genres together" in basis, basis
        assert (f"the {genre} genre's tracks are not in the prior's training data" if genre
                else "no genre was given") in basis
        assert "overall base rate of all genres" in out["sources"]["virality_score"]["note"]
        es = core_lines(basis, "es")
        assert es.startswith("No es una predicción para este vídeo: la puntuación es la tasa base de todos los "
                             "géneros juntos"), es
        assert (f"las canciones del género {genre} no están" if genre else "no se indicó ningún género") in es
    covered = _run(clips["loud"], genre="hip-hop")
    assert "the hip-hop genre's base rate" in covered["score_basis"]


def test_a_keyframe_estimate_that_finds_no_cut_is_not_a_measured_zero(tmp_path, isolated_home):
    """The compressed-stream estimate sees a cut only where the encoder put a keyframe or a large
    frame; finding none there is not a count of 0, while a decode of every frame can count 0."""
    from viralml_desktop.core import sources

    clip = synth_clip(tmp_path / "still.mp4", seconds=6)
    full = video_analysis.decode_video(clip, force_method="all")
    assert full.cut_rate_per_min == 0.0 and full.summary()["cuts"] == 0
    est = video_analysis.decode_video(clip, force_method="keyframes")
    assert est.cut_times == [] and est.cut_rate_per_min is None and est.summary()["cuts"] is None
    assert "found no cut" in est.absent["cut_rate"]
    cut = video_analysis.decode_video(synth_clip(tmp_path / "cuts.mp4", seconds=12, cuts=[3.0, 6.2, 9.0]),
                                      force_method="keyframes")
    assert cut.summary()["cuts"] == 3 and cut.cut_rate_per_min == pytest.approx(15.0, abs=0.5)
    # the response: no cut part in the trend reason, and the sources say not measured / estimated
    src = virality._sources({"measurements": {"video": est.summary(), "absent": dict(est.absent)}})
    assert src["measurements.video.cut_rate_per_min"]["kind"] == "no_evidence"
    src = virality._sources({"measurements": {"video": cut.summary(), "absent": {}}})
    assert src["measurements.video.cuts"]["kind"] == "measured"
    assert sources.covering(src, "measurements.video.cuts")["name"].startswith("cuts estimated")


def test_a_one_frame_video_has_no_measured_cut_rate(tmp_path, isolated_home):
    """predict_virality refuses a 1-frame video (a still picture, media.check_video); the measures of
    one decoded frame still say that no cut rate is measured on it."""
    clip = synth_clip(tmp_path / "one_frame.mp4", seconds=0.04, audio=False)
    with pytest.raises(InputError, match="a video of a single frame"):
        _run(clip)
    va = video_analysis.decode_video(clip, 12)
    assert va.summary()["cuts"] is None and va.summary()["cut_rate_per_min"] is None
    assert "one frame" in va.absent["cut_rate"]
