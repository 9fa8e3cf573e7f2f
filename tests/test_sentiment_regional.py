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
