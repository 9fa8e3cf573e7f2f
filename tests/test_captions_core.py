"""optimize_caption: contract shape, platform limits, kept title/artist/mentions/language, bad inputs."""
from __future__ import annotations

import json

import pytest

from viralml_desktop import cli
from viralml_desktop.core.captions import emoji as ce
from viralml_desktop.core import engine, paths
from viralml_desktop.core.captions.limits import measure, x_weighted_length
from viralml_desktop.core.vocabulary import PLATFORMS
from viralml_desktop.core.errors import InputError

CONTRACT = {"base_caption": "Nueva Vida - Stakas", "platform": "tiktok",
            "target_audience": {"genre": "trap", "age_range": [18, 30], "countries": ["US", "MX"]}}


def run(**kw):
    req = json.loads(json.dumps(CONTRACT))
    req.update(kw)
    return engine.run("optimize_caption", req, record=False)


@pytest.mark.parametrize("text,expected", [
    ("english text 日本語 😷 https://example.com", 46),  # twitter-text's own documented example
    ("Hello, world! 👋", 16),  # X developer docs example
    ("👨\u200d👩\u200d👧\u200d👦", 2),  # a ZWJ family is one emoji: 2
    ("🙋🏽", 2),
    ("🇲🇽", 2),
    ("café", 4),
    ("مرحبا", 5),  # Arabic is in the weight-1 range U+0000-U+10FF
    ("https://open.spotify.com/track/abcdefghijklmnopqrstuvwxyz", 23),
])
def test_x_weighted_length_follows_twitter_text(text, expected):
    assert x_weighted_length(text) == expected


def test_contract_shape_and_limits_for_all_four_platforms():
    for platform in PLATFORMS:
        out = run(platform=platform)
        assert set(out) >= {"optimized_caption", "improvements", "hashtags_ranked"}
        imp = out["improvements"]
        assert set(imp) >= {"emoji_placement", "hashtag_effectiveness", "sentiment_score", "estimated_ctr_boost"}
        assert 0.0 <= imp["hashtag_effectiveness"] <= 1.0
        assert -1.0 <= imp["sentiment_score"] <= 1.0
        assert imp["estimated_ctr_boost"] > 0
        assert out["hashtags_ranked"] and all(0.0 <= h["score"] <= 1.0 and h["tag"].startswith("#")
                                              for h in out["hashtags_ranked"])
        scores = [h["score"] for h in out["hashtags_ranked"]]
        assert scores == sorted(scores, reverse=True)
        text = out["optimized_caption"]
        assert measure(text, platform)["within_limits"], (platform, text)
        assert "Nueva Vida" in text and "Stakas" in text, text  # song title and artist kept
        assert out["hashtags_used"] and all(t in text for t in out["hashtags_used"])
        assert out["language"] == "es"


def test_platform_specifics():
    ig = run(platform="instagram", hashtags=[f"#tag{i}" for i in range(8)])
    assert measure(ig["optimized_caption"], "instagram")["hashtags"] == 5
    assert any("at most 5" in n for n in ig["notes"])
    x = run(platform="twitter")
    assert len(x["hashtags_used"]) == 2  # X's guidance: no more than 2
    yt = run(platform="youtube", base_caption="Nueva Vida <3 > todo - Stakas")
    assert "<" not in yt["optimized_caption"] and ">" not in yt["optimized_caption"]
    assert len(yt["title"]) <= 100 and yt["description"]


def test_spanish_stays_spanish_and_words_are_not_rewritten():
    base = "Te pone a bailar toda la noche con @stakas, ya salió Nueva Vida"
    out = run(base_caption=base, platform="instagram")
    assert out["language"] == "es"
    text = out["optimized_caption"]
    for word in base.replace(",", "").split():
        assert word in text
    assert "@stakas" in text
    # "te pone a bailar toda la noche" is a party clause: one of the editor's party emoji
    added = [d["emoji"] for d in out["emoji_added"]]
    assert added and all("PARTY" in _palette_of(e) for e in added), added


def test_english_caption_is_english():
    out = run(base_caption="New single out now, dance all night with @stakas", platform="twitter",
              target_audience={"genre": "pop"})
    assert out["language"] == "en"
    assert "@stakas" in out["optimized_caption"]


def test_empty_caption_is_a_clear_error():
    for bad in ("", "   ", "\n\t"):
        with pytest.raises(InputError, match="empty"):
            run(base_caption=bad)


def test_caption_over_the_request_limit_is_refused():
    with pytest.raises(InputError, match="base_caption"):
        run(base_caption="a" * 50_001)


def test_emoji_only_caption_is_kept():
    out = run(base_caption="🔥🔥🔥", platform="twitter")
    assert out["optimized_caption"].startswith("🔥🔥🔥")
    assert out["improvements"]["emoji_placement"] == "kept"
    assert measure(out["optimized_caption"], "twitter")["within_limits"]


def test_ten_thousand_character_caption_fits_every_platform_and_keeps_title_artist_mentions():
    long = ("palabra muy larga " * 600)[:10_000]
    for platform in PLATFORMS:
        out = run(base_caption=long + " @fan", platform=platform, artist="@stakas", song_title="Nueva Vida")
        text = out["optimized_caption"]
        assert measure(text, platform)["within_limits"], platform
        assert out["truncated"] is True
        for keep in ("Nueva Vida", "@stakas", "@fan"):
            assert keep in text, (platform, keep)


def test_title_longer_than_the_limit_is_cut_with_a_note():
    out = run(base_caption="Nuevo tema", song_title="Canción " * 37, platform="twitter")
    assert measure(out["optimized_caption"], "twitter")["within_limits"]
    assert any("longer than the limit" in n for n in out["notes"])


def test_text_without_spaces_is_cut_between_characters():
    out = run(base_caption="x" * 9000, platform="twitter")
    assert measure(out["optimized_caption"], "twitter")["within_limits"]


def test_mixed_scripts_and_right_to_left_text_are_kept():
    mixed = run(base_caption="Nueva Vida 新しい人生 - Stakas", platform="twitter")
    assert "新しい人生" in mixed["optimized_caption"]
    rtl_text = "أغنية جديدة الليلة"
    out = run(base_caption=rtl_text + " - Stakas", platform="twitter")
    text = out["optimized_caption"]
    assert rtl_text in text and out["language"] == "und"
    assert "\n#" in text  # hashtags on their own line so the bidi order stays readable
    assert measure(text, "twitter")["within_limits"]
    hebrew = run(base_caption="שיר חדש בחוץ עכשיו " * 40, platform="instagram")
    assert measure(hebrew["optimized_caption"], "instagram")["within_limits"]


def test_explicit_hashtags_are_used_or_refused():
    out = run(platform="tiktok", hashtags=["perreo", "#NuevaVida"])
    assert out["hashtags_used"] == ["#perreo", "#NuevaVida"]
    with pytest.raises(InputError, match="hashtag"):
        run(hashtags=["#no spaces"])
    with pytest.raises(InputError, match="hashtag"):
        run(hashtags=["#2024"])


def test_emoji_tone_gate_and_no_emoji_when_asked():
    assert not ce.fits_tone("💎", -0.8)  # a strongly positive emoji on a sad caption
    assert ce.fits_tone("💔", -0.8)
    no_emoji = run(emoji=False, platform="twitter")
    assert ce.count_emoji(no_emoji["optimized_caption"]) == 0


def _inserted(before: str, after: str) -> list[tuple[int, str]]:
    """(offset in ``before``, emoji) of each emoji the optimiser inserted into the body."""
    import emoji

    out, shift = [], 0
    for e in emoji.emoji_list(after):
        if e["emoji"] not in before:
            out.append((e["match_start"] - shift - 1, e["emoji"]))  # each insertion is " " + emoji
            shift += 1 + len(e["emoji"])
    return out


def test_acceptance_heartbreak_caption_no_emoji_in_title_or_sentence_and_no_fire():
    caption = "Broken - Stakas. I wrote this the night she left"
    for platform in ("tiktok", "instagram", "twitter"):
        out = run(base_caption=caption, platform=platform, hashtags=[])
        text = out["optimized_caption"]
        body = text.split("\n")[0] if platform != "youtube" else text
        assert "🔥" not in text
        assert "Broken - Stakas." in body  # nothing inside the title-artist pair
        assert "I wrote this the night she left" in body  # nothing between the words of the sentence
        assert out["emoji_added"], platform
        for pos, e in _inserted(caption, body):
            assert pos in (len("Broken - Stakas."), len(caption)), (platform, body)


def _toy_model(threshold=0.5):
    """A clause model on toy 2-d vectors (loss words, party words), for the placement rules."""
    import numpy as np

    w = np.array([[6, 0, 0, 0], [0, 6, 0, 0], [0, 0, 0, 0]], np.float32)  # clause vector, then caption's
    model = ce.ClauseModel(("SAD", "PARTY", "HYPE"), (("💔", "🥀"), ("🔥", "🎉"), ("🔥", "💯")), (),
                           w, np.array([-3, -3, -5], np.float32), np.zeros((0, 4), np.float32),
                           np.zeros(0, np.float32), threshold, 0.5)

    def embed(texts):
        return np.array([[any(k in t.lower() for k in ("left", "lloro")),
                          any(k in t.lower() for k in ("party", "fiesta"))] for t in texts], np.float32)
    return model, embed


def test_placement_rules_loss_keeps_hype_out_and_unclear_clauses_get_nothing():
    model, embed = _toy_model()
    flat = lambda t: [0.0] * len(t)  # noqa: E731
    party = ce.plan("The party went crazy", "en", "trap", (), 3, flat, model=model, embed=embed)
    assert [(m.emoji, m.why.split(" (")[0]) for m in party] == [("🔥", "meaning: party")]
    # the same party clause after a loss: no 🔥 and no party emoji anywhere in the caption
    mixed = ce.plan("She left. The party went crazy anyway", "en", "trap", (), 3, flat, model=model, embed=embed)
    assert [(m.word, m.emoji) for m in mixed] == [("left", "💔")]
    # a clause the model cannot read (every palette improbable): nothing, not a fallback emoji
    assert ce.plan("Mi perro se llama Toby", "es", "trap", (), 3, flat, model=model, embed=embed) == []
    # the threshold decides: the same clause placed at a lower one
    low, _ = _toy_model(threshold=0.01)
    assert ce.plan("Mi perro se llama Toby", "es", "trap", (), 3, flat, model=low, embed=embed)
    # at most max_emoji, the most confident kept, in text order
    two = ce.plan("Lloro. Fiesta. Nada", "es", "trap", (), 1, flat, model=low, embed=embed)
    assert len(two) == 1 and two[0].word == "Lloro"


@pytest.mark.parametrize("caption, language", [
    ("Descansa en paz, hermano", "es"),
    ("Rest in peace, brother", "en"),
    ("Still crying over you, happy birthday anyway", "en"),
    ("She left. The party went crazy anyway", "en"),
])
def test_no_hype_emoji_when_a_clause_reads_as_loss(caption, language):
    """Even where the sentiment model reads the loss as calm or happy, no 🔥 or party emoji, before
    the threshold."""
    model = ce.clause_model()
    hype = {e for p, em in zip(model.palettes, model.palette_emoji) if p in ("PARTY", "HYPE") for e in em}
    found = ce.candidates(caption, (), model, 0.8)
    for m in found:
        assert ce._base(m.emoji) not in hype | {"🔥"}, (caption, m)
    assert found


@pytest.mark.parametrize("caption", ["Esta fiesta va por ti, hermano, descansa",
                                     "RIP to the realest, we party tonight for you"])
def test_a_real_chance_of_loss_keeps_the_party_emoji_out(caption, monkeypatch):
    """A party for someone who died reads PARTY on top with a real chance of loss (P(SAD) or
    P(MEMORIAL) >= LOSS_PROB): no party or hype emoji; without that rule 💃 or 🔥 is a candidate
    (session 10's case "Rest in peace, brother" reads MEMORIAL on top with the session-12 model)."""
    model = ce.clause_model()
    hype = {e for p, em in zip(model.palettes, model.palette_emoji) if p in ("PARTY", "HYPE") for e in em}
    assert not any(ce._base(m.emoji) in hype | {"🔥"} for m in ce.candidates(caption, (), model, 0.8))
    monkeypatch.setattr(ce, "LOSS_PROB", 1.1)
    assert any(ce._base(m.emoji) in hype | {"🔥"} for m in ce.candidates(caption, (), model, 0.8))


@pytest.mark.parametrize("caption, names, allowed_ends", [
    ("Todo se vino abajo cuando te fuiste", (), ["fuiste"]),  # "vino" is not wine
    ("She left the label and kept the vision", (), ["vision"]),  # "left" is not an arrow
    ('Nuevo tema "Corazón Roto" con @jhay.flow ya disponible', (), ["disponible"]),
    ("Fuego - Stakas (feat. Bad Bunny). Ya fuera", ("Fuego", "Stakas"), ["Bunny).", "fuera"]),
])
def test_emoji_only_at_clause_ends_and_never_inside_names(caption, names, allowed_ends):
    """Every place the classifier may put an emoji (before the threshold) is a clause end outside names."""
    spans = ce.protected_spans(caption, names)
    found = ce.candidates(caption, names, ce.clause_model(), 0.0)
    assert found
    for m in found:
        assert not any(a < m.end < b for a, b in spans)
        assert any(caption[:m.end].endswith(w) for w in allowed_ends), (caption, m)
        assert m.emoji not in ("🍷", "↪", "↪️")


def _palette_of(emoji_char):
    model = ce.clause_model()
    return {p for p, em in zip(model.palettes, model.palette_emoji) if ce._base(emoji_char) in em}


@pytest.mark.parametrize("caption, language, palette", [
    # session 12: "Se prendió la fiesta, nadie se va a dormir" reads P(SAD) 0.20 with the seven-writer model
    # ("nadie ... dormir") and the loss rule (LOSS_PROB 0.15) keeps its party emoji out: a cautious abstention
    ("Se prendió la fiesta, todos a bailar", "es", "PARTY"),
    ("Everybody on the dance floor tonight", "en", "PARTY"),
    ("Me dejaste sin nada", "es", "SAD"),
])
def test_the_clause_meaning_chooses_the_emoji(caption, language, palette):
    placed = ce.plan(caption, language, "trap", (), 3, lambda t: [0.0] * len(t))
    assert len(placed) == 1 and placed[0].why.startswith(f"meaning: {palette.lower()}"), placed
    assert palette in _palette_of(placed[0].emoji)


@pytest.mark.parametrize("caption, language", [
    ("Another Monday, love that for me", "en"),
    ("Otro lunes en la oficina. Qué emoción", "es"),
])
def test_an_ironic_clause_gets_no_heartbreak_emoji(caption, language):
    for m in ce.plan(caption, language, "trap", (), 3, lambda t: [0.2] * len(t)):
        assert ce._base(m.emoji) not in {"💔", "🥀", "😢", "😭"}, m
        assert "SAD" not in _palette_of(m.emoji) and "LOVE" not in _palette_of(m.emoji), m


@pytest.mark.parametrize("caption", [
    "Me gasté el adelanto en tenis. Disciplina financiera, le dicen 😂",
    "Rich in followers, broke in real life lol",
    "Jajaja se fue la luz en pleno show",
])
def test_an_ironic_caption_gets_only_laughter_or_irony_emoji(caption):
    """Irony read literally was a miss on a new writer's set: with an ironic marker a clause takes
    an emoji only where it reads as laughter or irony."""
    for m in ce.candidates(caption, (), ce.clause_model(), 0.0):
        assert m.why.startswith(("meaning: laugh", "meaning: irony")), (caption, m)


@pytest.mark.parametrize("caption", ["¿Quién más pone este tema en la ducha?", "Who are you sending this song to?"])
def test_a_question_to_the_fans_gets_no_emoji_unless_the_labels_support_one(caption):
    import dataclasses

    model = ce.clause_model()
    assert model.question_emoji == ""  # the writers' labels agree on no question emoji
    assert ce.candidates(caption, (), model, 0.0) == []
    toy, embed = _toy_model()
    asked = dataclasses.replace(toy, question_emoji="👀", question_support=0.95)
    placed = ce.plan(caption, "und", "trap", (), 3, lambda t: [0.0] * len(t), model=asked, embed=embed)
    assert [(m.emoji, m.confidence) for m in placed] == [("👀", 0.95)]


@pytest.mark.parametrize("caption, language", [("Mi perro se llama Toby", "es"), ("Ok", "en")])
def test_an_unclear_clause_gets_no_emoji(caption, language):
    model = ce.clause_model()
    found = ce.candidates(caption, (), model, 0.0)
    assert found and all(m.confidence < model.threshold for m in found)  # read, and not clear enough
    assert ce.plan(caption, language, "trap", (), 3, lambda t: [0.0] * len(t)) == []


def test_caption_emoji_metrics_meet_the_placement_rules():
    """The development figures are leave-one-WRITER-out (each of the seven files placed by a model
    fitted on the other six, >= 1200 captions in both languages): no emoji inside a name or
    between words, the 0.9 goal met pooled over the held-out writers and every writer >= 0.85 at
    the shipped threshold, above the baseline; the threshold is the one the selection curve chose
    on the worst writer, coverage >= 0.1 (the floor of the choice), and the sets of sessions 8, 9,
    10 and 12 are recorded as read before (with the figure each gave the model of its day) and
    now development."""
    m = json.loads((paths.MODELS_DIR / "captions" / "metrics.json").read_text(encoding="utf-8"))["emoji_placement"]
    d = m["development_cv"]["all"]
    assert d["inside_title_artist_or_mention"] == 0 and d["not_at_a_clause_end"] == 0
    assert d["captions"] >= 1200 and set(d["kept_share_by_language"]) == {"es", "en"}
    assert d["kept_share"] >= 0.9 and d["placements"] >= 100
    assert d["kept_share"] > m["baseline_genre_emoji_at_end"]["development"]["kept_share"]
    sel = m["model_selection"]
    assert sel["threshold"] == m["threshold"] == ce.clause_model().threshold
    writers = set(sel["development_files"])
    assert writers == {"caption_emoji_dev.tsv", "caption_emoji_eval.tsv", "caption_emoji_heldout.tsv",
                       "caption_emoji_heldout_s8.tsv", "caption_emoji_heldout_s9.tsv",
                       "caption_emoji_heldout_s10.tsv", "caption_emoji_heldout_s12.tsv"}
    assert writers <= set(m["development_cv"])
    point = sel["cv_by_threshold"][f"{sel['threshold']:.3f}"]
    assert set(point["by_writer"]) == writers
    assert point["kept_share"] == d["kept_share"] and point["coverage"] == d["captions_with_an_emoji"]
    assert d["captions_with_an_emoji"] >= 0.1
    for f in writers:  # every held-out writer near the goal, and the curve's per-writer figure is the CV's
        assert m["development_cv"][f]["kept_share"] == point["by_writer"][f]["kept_share"] >= 0.85, f
    worst = min(v["kept_share"] for v in point["by_writer"].values())
    if sel["threshold_rule"].startswith("no threshold"):  # no threshold with coverage >= 0.1 has a better worst writer
        for t, v in sel["cv_by_threshold"].items():
            if v["coverage"] >= 0.1:
                assert min(x["kept_share"] for x in v["by_writer"].values() if x["placements"]) <= worst, t
    assert set(sel["nested_new_writer_estimate"]) == writers
    s8 = m["held_out_s8_read_before"]
    assert s8["file"] == "caption_emoji_heldout_s8.tsv" and s8["kept_share"] == 0.7292
    s9 = m["held_out_s9_read_before"]
    assert s9["file"] == "caption_emoji_heldout_s9.tsv" and s9["kept_share"] == 0.8413
    s10, s12 = m["held_out_s10_read_before"], m["held_out_s12_read_before"]
    assert s10["file"] == "caption_emoji_heldout_s10.tsv" and (s10["kept_share"], s10["placements"]) == (0.9091, 22)
    assert s12["file"] == "caption_emoji_heldout_s12.tsv" and (s12["kept_share"], s12["placements"]) == (0.7838, 37)
    assert m["held_out"].get("file") not in (s10["file"], s12["file"])  # a set read before is not the held-out figure
    h = m["held_out"]
    assert "pending" in h or (h["captions"] >= 150 and h["inside_title_artist_or_mention"] == 0)
    assert m["ms_per_caption"]["median"] > 0


def test_emoji_eval_heldout_command_scores_a_given_file(tmp_path, capsys):
    """``caption_emoji_eval.py --heldout PATH`` scores the shipped model on any file in the format:
    a caption whose only clause end is labelled '-' (no emoji) gets none kept, one labelled with the
    party palette keeps a party emoji; no emoji inside the title; a missing file is one clear line."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "caption_emoji_eval_heldout", paths.ROOT_DIR / "training" / "caption_emoji_eval.py")
    ev = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ev)
    f = tmp_path / "blind.tsv"
    f.write_text("# a blind set\nid\tlanguage\tgenre\tcaption\tforbidden\tclause_ends\n"
                 "b-1\tes\treggaeton\tSe prendió la fiesta, nadie se va a dormir\t\t"
                 "nadie se va a dormir => 💃 🕺 🎉 🔥 🍾 🪩 🥳\n"
                 "b-2\ten\ttrap\tBroken - Stakas. I wrote this the night she left\tBroken ;; Stakas\t"
                 "Broken - Stakas => - ;; the night she left => -\n", encoding="utf-8")
    h = ev.evaluate_heldout(f)
    assert h["model"]["captions"] == 2 and h["model"]["inside_title_artist_or_mention"] == 0
    assert h["model"]["not_kept"] == [] or all(x["id"] == "b-2" for x in h["model"]["not_kept"])
    assert h["baseline_genre_emoji_at_end"]["placements"] == 2
    assert ev.main(["--heldout", str(f)]) == 0
    out = capsys.readouterr().out
    assert f"kept_share {h['model']['kept_share']}" in out and "inside_forbidden 0" in out
    assert ev.main(["--heldout", str(tmp_path / "missing.tsv")]) == 2
    assert "no such file" in capsys.readouterr().err
    bad = tmp_path / "bad.tsv"
    bad.write_text("id\tcaption\nx-1\tHola\n", encoding="utf-8")
    assert ev.main(["--heldout", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "not a caption emoji TSV" in err and len(err.strip().splitlines()) == 1


def test_emoji_eval_on_a_file_where_nothing_is_placed(tmp_path, capsys):
    """A file whose captions already carry their emoji gets no placement from the model or the baseline:
    coverage 0 and a kept share that is not defined (no interval), said in words, instead of a crash in the
    bootstrap or a kept share of 0."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "caption_emoji_eval_empty", paths.ROOT_DIR / "training" / "caption_emoji_eval.py")
    ev = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ev)
    assert ev._interval([(0, 0), (0, 0)]) is None and ev._interval([]) is None
    low, high = ev._interval([(1, 2), (0, 0), (2, 2)])
    assert 0.0 <= low <= 0.75 <= high <= 1.0
    f = tmp_path / "placed_nothing.tsv"
    f.write_text("id\tlanguage\tgenre\tcaption\tforbidden\tclause_ends\n"
                 "e-1\tes\treggaeton\tSe prendió la fiesta 🔥\t\tSe prendió la fiesta => -\n"
                 "e-2\ten\ttrap\tOut now 🔥🔥\t\tOut now => -\n", encoding="utf-8")
    h = ev.evaluate_heldout(f)
    for r in (h["model"], h["baseline_genre_emoji_at_end"]):
        assert r["captions"] == 2 and r["placements"] == 0 and r["captions_with_an_emoji"] == 0
        assert r["kept_share"] is None and r["kept_share_95ci"] is None
    assert ev.main(["--heldout", str(f)]) == 0
    out = capsys.readouterr().out
    assert "kept_share not defined (nothing was placed)  coverage 0.0  baseline not defined" in out, out


def test_emoji_held_out_set_is_separate_from_the_development_sets():
    """No held-out caption is also a development caption (the held-out figure would not be held out)."""
    root = paths.MODELS_DIR.parent / "training" / "data"

    def captions(name):
        lines = (root / name).read_text(encoding="utf-8").splitlines()
        return {x.split("\t")[3].casefold() for x in lines if x and not x.startswith(("#", "id\t"))}

    held = captions("caption_emoji_heldout.tsv")
    assert len(held) >= 150
    assert not held & (captions("caption_emoji_dev.tsv") | captions("caption_emoji_eval.tsv"))
    # session 8's fresh set: none of its captions is in any of the three sets looked at before
    s8 = captions("caption_emoji_heldout_s8.tsv")
    assert len(s8) == 160
    assert not s8 & (held | captions("caption_emoji_dev.tsv") | captions("caption_emoji_eval.tsv"))


def test_emoji_s8_held_out_set_parses_and_its_labels_are_in_the_captions():
    """Session 8's held-out set (training/caption_emoji_heldout_s8_build.py) parses with the
    evaluation's reader: 80 Spanish and 80 English captions, every forbidden span and every labelled
    clause end found in its caption, and a placement right at a labelled clause end judged there
    (kept with one of its emoji, not kept where '-')."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "caption_emoji_eval_for_s8", paths.ROOT_DIR / "training" / "caption_emoji_eval.py")
    ev = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ev)
    rows = ev.read(paths.ROOT_DIR / "training" / "data" / "caption_emoji_heldout_s8.tsv")
    assert sorted(r["language"] for r in rows).count("es") == 80 and len(rows) == 160
    assert {r["genre"] for r in rows} == {"trap", "reggaeton", "latin pop"}
    assert sum(any(r["ends"].values()) for r in rows) >= 150
    for r in rows:
        low = r["caption"].casefold()
        assert "\\" not in r["caption"] and all(f.casefold() in low for f in r["forbidden"]), r["id"]
        for k, keep in r["ends"].items():
            key = k.casefold().rstrip(ev._TRAIL)
            assert key in low, (r["id"], k)
            j = ev.judge(r["caption"], low.find(key) + len(key), next(iter(keep), "\U0001f525"), r)
            assert j["at_clause_end"] and j["kept"] == bool(keep) and not j["inside_name"], (r["id"], k, j)


def test_one_emoji_a_caption_at_its_end_unless_very_confident_no_flag_no_second_emoji():
    """The model places one emoji a caption; an earlier clause needs ``mid_threshold``; no flag;
    no emoji at a clause end the caption already follows with one."""
    import dataclasses

    model, embed = _toy_model(threshold=0.5)
    flat = lambda t: [0.0] * len(t)  # noqa: E731
    one = dataclasses.replace(model, max_per_caption=1, mid_threshold=0.99)
    two = ce.plan("Fiesta. Party time", "es", "trap", (), 3, flat, model=model, embed=embed)
    assert [m.word for m in two] == ["Fiesta", "time"]  # both clauses clear: two with the old rules
    only = ce.plan("Fiesta. Party time", "es", "trap", (), 3, flat, model=one, embed=embed)
    assert [m.word for m in only] == ["time"]  # one a caption, and the earlier clause is below mid_threshold
    assert len(ce.plan("Fiesta. Party time", "es", "trap", (), 3, flat,
                       model=dataclasses.replace(one, mid_threshold=None), embed=embed)) == 1
    assert ce.plan("Fiesta... 🎉🎉 mañana", "es", "trap", (), 3, flat, model=one, embed=embed) == []
    flags = dataclasses.replace(model, palette_emoji=(("💔",), ("🇵🇷", "🎉"), ("🇵🇷",)))
    assert [m.emoji for m in ce.plan("Fiesta", "es", "trap", (), 3, flat, model=flags, embed=embed)] == ["🎉"]
    shipped = ce.clause_model()
    assert shipped.max_per_caption == 1 and shipped.mid_threshold > shipped.threshold
    assert shipped.knn_group is not None and len(set(shipped.knn_group.tolist())) == 7


def test_a_clause_whose_tone_disagrees_with_the_caption_gets_no_emoji():
    """Possible sarcasm: with several clauses, a clause reading negative in a positive caption (or
    the reverse) takes nothing, and a clause reading negative takes no positive emoji."""
    import dataclasses

    model, embed = _toy_model(threshold=0.5)
    gate = dataclasses.replace(model, tone_margin=0.3)
    tones = {"Lloro.": -0.8, "Fiesta": 0.9, "Lloro. Fiesta": 0.6}
    score = lambda t: [tones.get(x, 0.0) for x in t]  # noqa: E731
    plain = ce.plan("Lloro. Fiesta", "es", "trap", (), 3, score, model=model, embed=embed)
    assert [m.word for m in plain] == ["Lloro"]  # a loss clause: no party emoji anywhere (💔 kept)
    assert ce.plan("Lloro. Fiesta", "es", "trap", (), 3, score, model=gate, embed=embed) == []


@pytest.mark.parametrize("caption, score", [
    # defiance reads negative to the sentiment model: no wilted rose on "nobody stops me"
    ("A mí nadie me frena", -0.86),
    ("No time for fake friends", -0.68),
])
def test_defiance_is_not_read_as_heartbreak(caption, score):
    found = ce.candidates(caption, (), ce.clause_model(), score)
    assert len(found) == 1 and "SAD" not in _palette_of(found[0].emoji), found
    assert all(m.emoji == found[0].emoji for m in ce.plan(caption, "und", "trap", (), 3, lambda t: [score] * len(t)))


def test_cli_predict_answers_the_contract_for_all_platforms(tmp_path, capsys):
    for platform in PLATFORMS:
        f = tmp_path / f"{platform}.json"
        f.write_text(json.dumps(dict(CONTRACT, platform=platform)), encoding="utf-8")
        assert cli.main(["predict", "optimize_caption", "--json", str(f)]) == 0
        out = json.loads(capsys.readouterr().out)
        assert measure(out["optimized_caption"], platform)["within_limits"]
        assert {"tag", "score"} <= set(out["hashtags_ranked"][0])


def test_a_youtube_title_cut_to_fit_says_so():
    """A YouTube title cut at a word boundary to 100 characters ends in '…' and a note says it was cut."""
    long = ("Una canción con un título larguísimo que no cabe en el título de YouTube porque sigue y sigue sin "
            "parar nunca jamás. Y luego más texto aquí")
    r = engine.run("optimize_caption", {"base_caption": long, "platform": "youtube"}, record=False)
    title = r["optimized_caption"].split("\n", 1)[0]
    assert title.endswith("…") and r["title_length"] <= r["title_limit"] == 100
    assert "youtube: title cut at a word boundary to fit 100 characters" in r["notes"]
    short = engine.run("optimize_caption", {"base_caption": "Nueva Vida - Luna Roja", "platform": "youtube"},
                       record=False)
    assert not any("title cut" in n for n in short["notes"])
