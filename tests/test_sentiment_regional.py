"""Comment sentiment on regional slang and litotes (issue 15 point 4, the kind a verifier found):
a negated negative is praise ("no está nada mal", "not bad at all") while Spanish negative concord
keeps a negated positive negative ("no está nada bien"); a word that praises a song can insult a
person ("está cabrón este tema" / "eres un cabrón"); negators that negate nothing ("sin duda",
"no lie") leave the praise after them alone. Each pair runs through the shipped pipeline
(heads, slang lexicon, combiner); the lexicon tests read models/sentiment/lexicon.json itself."""
from __future__ import annotations

import pytest

from viralml_desktop.core.captions import comments as sentiment


def _label(text: str) -> str:
    return sentiment.score_texts([text])[0]["sentiment"]


@pytest.mark.parametrize("positive, negative", [
    ("no está nada mal el nuevo disco", "no está nada bien el nuevo disco"),
    ("ni tan mal la verdad", "no me gustó nada este remix"),
    ("nada mal este remix", "nada bueno este remix"),
    ("no es malo", "no es bueno"),
    ("not bad at all", "not good at all"),
    ("this ain't bad", "this ain't it"),
    ("can't complain about this one", "can't stand this one"),
])
def test_litotes_and_negation_pairs(isolated_home, positive, negative):
    assert (_label(positive), _label(negative)) == ("positive", "negative")


@pytest.mark.parametrize("praise, insult", [
    ("está cabrón este tema", "eres un cabrón"),  # Mexico, Puerto Rico: praise of a thing, insult of a person
    ("qué chimba de tema parce", "qué gonorrea de tema"),  # Colombia
    ("ese man es un berraco cantando", "estoy berraco porque borraron el video"),  # Colombia: admirable / angry
    ("está arrecho este tema", "estoy arrecho con este tema"),  # Venezuela: great (a thing) / angry
    ("de poca madre el disco", "qué poca madre, le robaron la letra"),  # Mexico
    ("es la hostia este disco", "un truño de disco"),  # Spain
    ("this beat is sick", "this beat makes me sick"),
])
def test_regional_praise_against_insult_or_complaint(isolated_home, praise, insult):
    assert (_label(praise), _label(insult)) == ("positive", "negative")


@pytest.mark.parametrize("text", [
    "zarpado tema",  # Argentina
    "es la raja este tema",  # Chile
    "asere eso está de pinga",  # Cuba
    "burda de bueno este tema",  # Venezuela
    "tá duro eso",  # Puerto Rico, Dominican Republic
    "sin duda el mejor del año",  # "sin" negates nothing here
    "no lie this slaps",
    "Bad Bunny is the goat",  # the artist's name is no "bad"
])
def test_regional_praise_and_empty_negators(isolated_home, text):
    assert _label(text) == "positive"


def test_lexicon_litotes_are_not_negated_twice_and_concord_stays_negative():
    from viralml_desktop.core.captions.lexicon import lexicon

    lex = lexicon()
    # a whole litotes weighs like plain praise, not the weak +0.75 of a negated "mal"
    assert lex.read("no está nada mal", "es").score >= 1.5
    assert lex.read("no está nada bien", "es").score <= -1.5  # "no ... nada" is concord, not a double negation
    assert lex.read("not bad at all", "en").score >= 1.5
    assert lex.read("sin duda el mejor", "es").score > 0
    assert lex.read("no sé por qué me encanta", "es").score > 0
    assert lex.read("está cabrón", "es").score > 0 > lex.read("eres un cabrón", "es").score
    # a plain negation still flips: the rule is for phrases that begin with a negator
    assert lex.read("no me gusta", "es").score < 0 < lex.read("me gusta", "es").score


def test_short_slang_misidentified_as_the_other_language_is_still_read():
    from viralml_desktop.core.captions.lexicon import lexicon

    lex = lexicon()
    assert lex.read("fome", "en").score < 0  # Chilean "boring", identified as English
    assert lex.read("mid", "es").score < 0
    # the identified language still comes first where it reads something
    assert lex.read("me gusta", "en").score > 0 and lex.read("love it", "en").score > 0


# -- the speed figure and the held-out option of the evaluation (issue 15 point 4) -----------

def _module(relpath: str, name: str):
    import importlib.util
    import sys

    from viralml_desktop.core import paths

    sys.path.insert(0, str(paths.ROOT_DIR / "training"))
    spec = importlib.util.spec_from_file_location(name, paths.ROOT_DIR / relpath)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_bench_writes_the_speed_and_how_it_was_measured(tmp_path):
    import json

    from viralml_desktop.core import paths

    bench = _module("bench/sentiment_speed.py", "bench_sentiment_speed")
    texts = bench.corpus(200)
    assert len(texts) == len(set(texts)) == 200  # numbered past the end: none repeats
    m = tmp_path / "metrics.json"
    m.write_text((paths.MODELS_DIR / "sentiment" / "metrics.json").read_text(encoding="utf-8"), encoding="utf-8")
    before = json.loads(m.read_text(encoding="utf-8"))
    measured = {"machine": "2-core VM, no GPU", "load_average_start": [0.4, 0.5, 0.6],
                "load_average_end": [0.5, 0.5, 0.6], "date": "2026-12-01 20:00 UTC", "command": "x"}
    bench.write_metrics(812.4, measured, m)
    after = json.loads(m.read_text(encoding="utf-8"))
    assert after["music_comments"]["comments_per_second_cpu"] == 812
    assert after["music_comments"]["comments_per_second_measured"] == measured
    assert {k: v for k, v in after.items() if k != "music_comments"} == \
        {k: v for k, v in before.items() if k != "music_comments"}
    # the evaluation carries the bench's figure over its rewrite, and drops a figure with no record
    ev = _module("training/sentiment_slang_eval.py", "sentiment_slang_eval_t")
    assert ev.speed_to_keep(after["music_comments"]) == {"comments_per_second_cpu": 812,
                                                          "comments_per_second_measured": measured}
    assert ev.speed_to_keep({"comments_per_second_cpu": 138}) == {}


def test_heldout_reader_checks_columns_and_labels(tmp_path):
    ev = _module("training/sentiment_slang_eval.py", "sentiment_slang_eval_r")
    good = tmp_path / "good.csv"
    good.write_text("id,language,text,label\nh-1,es-MX,no está nada mal,Positive\nh-2,en,mid,negative\n",
                    encoding="utf-8")
    split = ev.read_labelled(good)
    assert split.texts == ["no está nada mal", "mid"] and split.langs == ["es", "en"]
    assert split.labels == ["positive", "negative"]
    (tmp_path / "cols.csv").write_text("id,text,label\n1,hola,neutral\n", encoding="utf-8")
    (tmp_path / "label.csv").write_text("id,language,text,label\n1,es,hola,bueno\n", encoding="utf-8")
    for name, message in (("cols.csv", "missing column(s) language"), ("label.csv", "label 'bueno' is not one of"),
                          ("absent.csv", "no such file")):
        with pytest.raises(SystemExit, match=message.replace("(", r"\(").replace(")", r"\)")):
            ev.read_labelled(tmp_path / name)


def test_the_shipped_speed_figure_says_how_it_was_measured():
    """metrics.json's speed comes from bench/sentiment_speed.py --write-metrics with its record (the
    evaluation script, which runs under its own load, keeps it and never writes its own)."""
    import json

    from viralml_desktop.core import paths

    mc = json.loads((paths.MODELS_DIR / "sentiment" / "metrics.json").read_text(encoding="utf-8"))["music_comments"]
    assert isinstance(mc["comments_per_second_cpu"], int) and mc["comments_per_second_cpu"] > 0
    rec = mc["comments_per_second_measured"]
    assert rec["command"].startswith("bench/sentiment_speed.py --write-metrics")
    assert "core" in rec["machine"] and "GPU" in rec["machine"]
    assert len(rec["load_average_start"]) == len(rec["load_average_end"]) == 3
    assert rec["date"].endswith("UTC")
    runs = rec["runs_comments_per_second"]
    assert min(runs) <= mc["comments_per_second_cpu"] <= max(runs)  # the median of the recorded runs


# -- second pass (the kind a fresh verifier found): "none at all" litotes, insults at a person
# over praise words, negative and praise idioms, neutral location and time statements ---------

@pytest.mark.parametrize("positive, negative", [
    ("no tiene ni un segundo malo", "no tiene ni un segundo bueno"),
    ("ni una sola canción mala en el álbum", "ninguna canción buena en el álbum"),
    ("not a single bad track on the album", "not a single good track on the album"),
    ("zero bad songs on this tape", "zero good songs on this tape"),
    ("ni un minuto de relleno", "ni un minuto bueno"),
    ("not a single dull moment", "not a single good moment"),
])
def test_none_at_all_litotes_pairs(isolated_home, positive, negative):
    assert (_label(positive), _label(negative)) == ("positive", "negative")


@pytest.mark.parametrize("praise, insult", [
    ("es la raja este tema", "la raja que tienes en la cara, payaso"),  # Chile: great / a scar, said to a clown
    ("cabrón, qué temazo", "cabrón, deja de copiar a Bad Bunny"),  # a vocative: affection or accusation
    ("this beat is sick", "you're sick in the head for stealing this beat"),
    ("this is fire", "this is fire but you're a clown for stealing it"),
])
def test_insult_at_a_person_overrides_praise_words(isolated_home, praise, insult):
    assert (_label(praise), _label(insult)) == ("positive", "negative")


@pytest.mark.parametrize("text", [
    "este tema no está a la altura",
    "no me llega para nada",
    "ya no es lo mismo sin ella",
    "the second verse falls flat",
    "he fell off after the first album",
    "it's not the same anymore",
    "this remix doesn't live up to the original",
    "no está al nivel de lo anterior",
    "he lost his touch",
])
def test_negative_idioms(isolated_home, text):
    assert _label(text) == "negative"


@pytest.mark.parametrize("text", [
    "he cooked with this one",
    "let her cook",
    "they went crazy on this",
    "no miss on this whole tape",
    "se la comió en el coro",
    "no falla ni una",
])
def test_praise_idioms(isolated_home, text):
    assert _label(text) == "positive"


@pytest.mark.parametrize("text", [
    "listening from Texas",
    "greetings from Ohio",
    "escuchando desde Monterrey",
    "saludos desde Quito",
    "saludos desde Bellavista",  # a place name with "bella" in it is no praise
    "quién escuchando esto en diciembre",
    "lo escucho de camino al trabajo",
])
def test_location_and_time_statements_are_neutral(isolated_home, text):
    assert _label(text) == "neutral"


def test_lexicon_openers_insults_vocatives_and_neutral_frames():
    from viralml_desktop.core.captions.lexicon import lexicon

    lex = lexicon()
    # an opener makes a negative word full praise; a plain negation keeps the weak reading
    assert lex.read("ni un segundo malo", "es").score == -lex.read("malo", "es").score > 0
    assert 0 < lex.read("no es feo", "es").score < -lex.read("feo", "es").score
    assert lex.read("not a single bad song", "en").score > 0 > lex.read("not a single good song", "en").score
    # an insult at a person leaves praise words beside it a quarter of their weight
    praise = lex.read("la raja", "es").word_pos
    assert lex.read("la raja, payaso", "es").word_pos == pytest.approx(praise * lex.insult_factor)
    assert lex.insult_factor < 1
    # "cabrón," opening a comment is said to a person; "está cabrón" is still praise
    assert lex.read("cabrón, deja", "es").word_neg > 0 and lex.read("está cabrón", "es").score > 0
    sig = lex.read("listening from Texas", "en")
    assert sig.neutral == 1 and sig.score == 0 and sig.features()[-1] == 1.0


# -- third pass (session 12: new wording of the hard kinds): accusations override praise, an
# expectation unmet said in neutral words, negated faults, slang praise verbs, neutral activity;
# and the music head, a learned reading of wording no list holds ---------------------------------

@pytest.mark.parametrize("praise, accusation", [
    ("se robó el show en el festival", "temazo... si no fuera robado, ratero"),
    ("todo el mundo va a querer copiar este flow", "buen beat, copión, dale crédito al que lo hizo"),
    ("she stole the show on the remix", "sick beat, too bad it's stolen, thief"),
    ("this hook stole my heart", "great hook, you hack, credit the real writer"),
])
def test_accusations_override_praise_words(isolated_home, praise, accusation):
    assert (_label(praise), _label(accusation)) == ("positive", "negative")


@pytest.mark.parametrize("met, unmet", [
    ("mucho mejor de lo que esperaba", "esperaba mucho más de este disco"),
    ("no le falta nada al estribillo", "al estribillo le falta algo"),
    ("better than I expected honestly", "I expected more from this one"),
    ("lived up to the hype for me", "couldn't get into this album at all"),
])
def test_expectation_met_and_unmet(isolated_home, met, unmet):
    assert (_label(met), _label(unmet)) == ("positive", "negative")


@pytest.mark.parametrize("text", [
    "este disco se queda corto",
    "no termina de gustarme el coro",
    "the chorus fell kind of flat",
    "something is missing on this one",
])
def test_expectation_unmet_in_neutral_words(isolated_home, text):
    assert _label(text) == "negative"


@pytest.mark.parametrize("no_fault, fault", [
    ("nada que criticarle a esta canción", "tiene muchos defectos de mezcla"),
    ("no le sobra nada a este disco", "a este disco le sobran canciones"),
    ("I can't find a single flaw here", "the flaws in the mix are obvious"),
    ("there isn't a single weak track on it", "too many weak tracks on it"),
])
def test_negated_faults_are_praise(isolated_home, no_fault, fault):
    assert (_label(no_fault), _label(fault)) == ("positive", "negative")


@pytest.mark.parametrize("praise, complaint", [
    ("el bajista se lució", "me mata de aburrimiento este tema"),
    ("lo petaron en el festival", "se pasó de lanza con ese verso"),
    ("she bodied that verse", "that autotune is killing my ears"),
    ("they smashed it live", "they butchered the chorus"),
])
def test_slang_praise_verbs(isolated_home, praise, complaint):
    assert (_label(praise), _label(complaint)) == ("positive", "negative")


@pytest.mark.parametrize("text", [
    "la escucho en el metro todas las mañanas",
    "la pongo mientras estudio",
    "listening on my commute",
    "had it on at the gym",
])
def test_activity_statements_are_neutral(isolated_home, text):
    assert _label(text) == "neutral"


def test_lexicon_accusations_override_praise_and_faults_after_nothing_are_praise():
    from viralml_desktop.core.captions.lexicon import lexicon

    lex = lexicon()
    praise = lex.read("buenísimo", "es").word_pos
    assert lex.read("buenísimo el robo, fraude", "es").word_pos == pytest.approx(praise * lex.insult_factor)
    assert lex.read("nice theft, hack", "en").score < 0
    assert lex.read("stole the show", "en").score > 0 and lex.read("se robó el show", "es").score > 0
    assert lex.read("nada que reprocharle", "es").score > 0 > lex.read("tiene mucho que mejorar", "es").score
    assert lex.read("couldn't find a flaw", "en").score > 0 > lex.read("full of flaws", "en").score


def test_the_music_head_reads_the_sentence_vectors(isolated_home):
    """The combiner's music head (a logistic regression on the heads' own sentence vectors, fitted
    on the dev set) is wired into the shipped pipeline: the answer for a comment the lexicon knows
    nothing of moves with the music head's weights."""
    import numpy as np

    from viralml_desktop.core import registry
    from viralml_desktop.core.captions.lexicon import lexicon

    comb = registry.get("sentiment_combiner")
    assert comb.uses_music_head and comb.mean.size == 16
    heads = registry.get("sentiment_heads")
    text = "the production here is heavenly"
    assert lexicon().read(text, "en").hits == 0  # nothing the lexicon knows
    p = comb.music_proba(heads.embed([text]))
    assert p.shape == (1, 3) and np.allclose(p.sum(axis=1), 1.0) and p[0, 2] > p[0, 0]
    shipped = sentiment.score_texts([text])[0]["probabilities"]["positive"]
    comb.music_W = np.zeros_like(comb.music_W)  # the same combiner with a music head that says nothing
    try:
        sentiment._cache.clear()
        blind = sentiment.score_texts([text])[0]["probabilities"]["positive"]
    finally:
        registry.default_registry().unload("sentiment_combiner")
        sentiment._cache.clear()
    assert shipped > blind
    with pytest.raises(Exception):
        registry.get("sentiment_combiner").music_proba(np.zeros((1, 7)))


def test_lexicon_silent_rows_and_their_cross_validation():
    """The evaluation's lexicon-silent view blanks the lexicon's word features only (emoji, "?" and the
    heads stay), and the augmented cross-validation trains on the blanked copies of the dev rows."""
    import numpy as np

    from viralml_desktop.core.captions import comments as sentiment
    from viralml_desktop.core.captions.lexicon import lexicon

    ev = _module("training/sentiment_slang_eval.py", "sentiment_slang_eval_s")
    lex = lexicon()
    texts = ["temazo 🔥", "temazo", "listening from Texas?"]
    sig = [lex.read(t, "es" if i < 2 else "en") for i, t in enumerate(texts)]
    x = sentiment.combiner_features(np.full((3, 3), 1 / 3), sig, ["es", "es", "en"], np.full((3, 3), 1 / 3))
    s = ev.lexicon_silent(x)
    assert x.shape == s.shape == (3, 16)
    assert x[0, 3] > 0 and x[1, 3] > 0 and x[2, 10] == 1  # word praise, a neutral frame
    assert (s[:, [3, 4, 10]] == 0).all()
    assert s[0, 5] == x[0, 5] > 0 and s[0, 9] == 0  # the emoji is still read: not "no hit"
    assert s[1, 9] == 1 and s[2, 7] == x[2, 7] == 1  # no hit left; the question stays
    assert (s[:, [0, 1, 2, 11, 12, 13, 14, 15]] == x[:, [0, 1, 2, 11, 12, 13, 14, 15]]).all()
    # a combiner that learned "praise word -> positive" reads a blanked row only by what is left
    rng = np.random.default_rng(0)
    y = ["positive", "negative", "neutral"] * 20
    xx = rng.normal(size=(60, 16))
    xx[:, 3] = [2.0 if v == "positive" else 0.0 for v in y]
    xx[:, 4] = [2.0 if v == "negative" else 0.0 for v in y]
    pred, silent = ev._cv_predict(xx, y, 1.0, augment=60)
    assert len(pred) == len(silent) == 60
    right = np.mean([p == v for p, v in zip(pred, y)])
    right_silent = np.mean([p == v for p, v in zip(silent, y)])
    assert right > 0.6 and right_silent < 0.45  # the words decide when they are there, and cannot when blanked


# -- fourth pass (session 13): negatives said in neutral words (length, one listen enough, never
# getting going, skipping, forgettable, like every other song, "I'll pass", boredom) against their
# praise look-alikes; disqualifying person nouns aimed at the artist, in every form a fan writes
# them, override praise, and a negated one does not ---------------------------------------------

@pytest.mark.parametrize("praise, complaint", [
    ("se me hace larga la espera del vinilo 😍", "esta versión se hace larguísima"),
    ("nunca me la salto en el coche", "con una vez basta, gracias"),
    ("cuatro minutos que se pasan volando", "nunca arranca del todo"),
    ("wish it were longer, what a song", "it drags in the middle"),
    ("six minutes and it flies by", "once is enough for this one"),
    ("the wait for the vinyl is killing me 😍", "sounds like every other song on the radio"),
])
def test_negatives_in_neutral_words_against_their_praise_look_alikes(isolated_home, praise, complaint):
    assert (_label(praise), _label(complaint)) == ("positive", "negative")


@pytest.mark.parametrize("text", [
    "yo paso, la verdad",
    "suena igual que todo lo de este verano",
    "put me to sleep halfway through",
])
def test_negatives_in_neutral_words(isolated_home, text):
    assert _label(text) == "negative"


@pytest.mark.parametrize("praise, accusation", [
    ("no es ningún chanta, lo demostró en vivo", "la producción impecable, él un vendehumo de manual"),
    ("qué voz tan bonita, crack", "qué voz tan bonita, chantita"),  # a diminutive
    ("he's no grifter, he built this from nothing", "the mix is slick but he's a grifter"),
    ("great visuals from a bunch of legends", "great visuals from a bunch of clout chasers"),  # a plural
])
def test_person_nouns_override_praise_words(isolated_home, praise, accusation):
    assert (_label(praise), _label(accusation)) == ("positive", "negative")


def test_lexicon_person_nouns_in_every_form():
    from viralml_desktop.core.captions.lexicon import lexicon, noun_forms

    assert {"vendehumos", "vendehumito", "chantitas", "farsantillo", "estafadora", "charlatanes"} <= (
        set(noun_forms("vendehumo", "es")) | set(noun_forms("chanta", "es")) | set(noun_forms("farsante", "es"))
        | set(noun_forms("estafador", "es")) | set(noun_forms("charlatan", "es")))
    assert noun_forms("con man", "en") == ["con man", "con men"]
    assert "one hit wonders" in noun_forms("one hit wonder", "en")
    lex = lexicon()
    praise = lex.read("buenísimo", "es").word_pos
    for text in ("buenísimo, vendehumos", "buenísimo, chantita", "buenísimo, farsantillo", "buenísimo, fantoches"):
        sig = lex.read(text, "es")
        assert sig.word_neg >= 2 and sig.word_pos == pytest.approx(praise * lex.insult_factor), text
    for text in ("grifters", "an industry plant", "culture vultures", "one-hit wonder", "con men", "wannabes"):
        assert lex.read(text, "en").word_neg >= 2, text
    # negated, the noun no longer accuses and leaves the praise beside it whole
    sig = lex.read("no es ningún vendehumo, buenísimo", "es")
    assert sig.score > 0 and sig.word_pos >= praise
    assert lex.read("he's no fraud, amazing", "en").score > 0
    # "wanna be" is a verb phrase, not "wannabe"; words that are also plain adjectives or titles
    # ("vendidas" copies, a sample "bien aprovechado", the film "Parasite") are no person nouns
    assert lex.read("I wanna be like you", "en").word_neg == 0
    assert lex.read("10 millones de copias vendidas", "es").word_neg == 0
    assert lex.read("qué bien aprovechado el sample", "es").word_neg == 0
    assert lex.read("the Parasite soundtrack", "en").word_neg == 0


# session 14: irony (a marker, an ironic emoji, "/s", scare quotes, words mostly said in irony beside a
# complaint) flips the praise beside it, and sincere praise with the same words or laughter stays
# praise; unknown person nouns in an accusation frame; more negatives in neutral words; "no hay más"

@pytest.mark.parametrize("sincere, ironic", [
    ("otro clásico instantáneo, qué manera de cerrar el año", "ajá, otro clásico instantáneo"),
    ("la canción del siglo, sin exagerar 🔥", "sí, claro, la canción del siglo"),
    ("best chorus of the year 😂", "yeah right, best chorus of the year 😂"),
    ("song of the summer, calling it now", "sure buddy, song of the summer"),
    ("album of the year", "album of the year /s"),
])
def test_irony_flips_praise_and_sincere_praise_stays(isolated_home, sincere, ironic):
    assert (_label(sincere), _label(ironic)) == ("positive", "negative")


@pytest.mark.parametrize("praise, accusation", [
    ("eres un rockero de los de antes, qué voz", "eres un engatusador, qué voz"),
    ("buen flow, no es ningún vivales", "buen flow, pero es un vivales"),
    ("he's no shill, he paid for this video himself", "nice beat, shame he's a shill for the label"),
    ("smooth flow from a real artist", "smooth flow from a total faker"),
    ("the vocals are nice and she's a sweetheart", "the vocals are nice but she's a plagiarist"),
])
def test_accusation_frames_and_new_person_nouns(isolated_home, praise, accusation):
    assert (_label(praise), _label(accusation)) == ("positive", "negative")


@pytest.mark.parametrize("praise, complaint", [
    ("mejor que la original, no pensé decirlo nunca", "la maqueta era mejor, la verdad"),
    ("temazo y no hay más", "no hay más que ruido en este disco"),
    ("better than the original, sorry purists", "the snippet was better"),
])
def test_neutral_worded_negatives_and_their_look_alikes_s14(isolated_home, praise, complaint):
    assert (_label(praise), _label(complaint)) == ("positive", "negative")


@pytest.mark.parametrize("text", [
    "el bombo se come la voz entera",
    "the synths bury the vocals",
    "can't wait to never play this again",
])
def test_negatives_in_neutral_words_s14(isolated_home, text):
    assert _label(text) == "negative"


def test_lexicon_irony_and_accusation_frames():
    from viralml_desktop.core.captions.lexicon import lexicon

    lex = lexicon()
    # a marker flips the praise (and the laughter beside it); hearts beside it keep it sincere
    assert lex.read("el mejor del año", "es").score > 0
    assert lex.read("sí, claro, el mejor del año 😂", "es").score < 0
    assert lex.read("sí, claro que es el mejor del año", "es").score > 0  # "claro que" agrees
    assert lex.read("qué sorpresa, el mejor del año 😍", "es").score > 0
    assert lex.read("best of the year /s", "en").score < 0
    assert lex.read("yeah, right up there with her best", "en").word_neg == 0  # "right up there" is no marker
    assert lex.read("best of the year 🙄", "en").word_pos == 0
    # lower-case praise in double quotes is blame; a capitalised title in quotes is not
    assert lex.read('qué "obra maestra"', "es").score < 0
    assert lex.read('me encanta "Perfect"', "en").score > 0
    # words mostly said in irony are praise alone and blame beside a complaint
    assert lex.read("qué original", "es").score > 0
    assert lex.read("qué original, más de lo mismo", "es").word_pos == 0
    # an unknown person noun after "eres un" / "es un" accuses; trades, praise and negation do not
    assert lex.read("eres un engatusador", "es").word_neg >= 1
    assert lex.read("es un engatusador", "es").word_neg >= 1
    for text in ("es un guitarrista", "eres un campeón", "es una canción", "no eres un engatusador"):
        assert lex.read(text, "es").word_neg == 0, text
    assert lex.read("eres un fanfarrón", "es").word_neg >= 1  # "-ón" after a second-person frame
    assert lex.read("es un cancionzón", "es").word_neg == 0  # ... not after "es un": a song ("un temón")
