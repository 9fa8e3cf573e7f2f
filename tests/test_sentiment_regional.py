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
