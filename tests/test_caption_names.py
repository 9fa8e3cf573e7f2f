"""Song title and artist(s) read from a caption by its separator structure, not its capitalisation
(s9 tester item 1), and kept whole through any cut to a platform's limit (item 2)."""
from __future__ import annotations

import json

import pytest

from viralml_desktop.core import engine
from viralml_desktop.core.captions.limits import LIMITS, measure
from viralml_desktop.core.captions.parse import make_tag, parse
from viralml_desktop.core.vocabulary import PLATFORMS


def run(**kw):
    req = {"base_caption": "", "platform": "tiktok", "target_audience": {"genre": "trap"}}
    req.update(kw)
    return engine.run("optimize_caption", json.loads(json.dumps(req)), record=False)


# -- item 1: title and artist(s) by structure ------------------------------------------------------

@pytest.mark.parametrize("caption,title,artists", [
    # Spanish sentence case is ordinary spelling: read as Title - Artist
    ("Tití me preguntó - Bad Bunny", "Tití me preguntó", ["Bad Bunny"]),
    ("Nueva vida - Luna Roja", "Nueva vida", ["Luna Roja"]),
    ("Año nuevo - Luna Roja", "Año nuevo", ["Luna Roja"]),
    ("Canción para ti - Luna Roja", "Canción para ti", ["Luna Roja"]),
    ("all too well - taylor swift", "all too well", ["taylor swift"]),
    ("Year of the dog – Luna Roja", "Year of the dog", ["Luna Roja"]),
    ("Nueva vida — Luna Roja", "Nueva vida", ["Luna Roja"]),
    ("Nueva vida | Luna Roja", "Nueva vida", ["Luna Roja"]),
    # artist lists
    ("DÁKITI - Bad Bunny, Jhay Cortez", "DÁKITI", ["Bad Bunny", "Jhay Cortez"]),
    ("Nueva vida - Luna Roja & Stakas", "Nueva vida", ["Luna Roja", "Stakas"]),
    ("Nueva vida - Luna Roja x Stakas", "Nueva vida", ["Luna Roja", "Stakas"]),
    ("Nueva vida - Luna Roja ft. Stakas", "Nueva vida", ["Luna Roja", "Stakas"]),
    ("Nueva vida - Luna Roja feat. Stakas", "Nueva vida", ["Luna Roja", "Stakas"]),
    ("Nueva vida - Luna Roja y Stakas", "Nueva vida", ["Luna Roja", "Stakas"]),
    ("La noche - Bad Bunny, Jhay Cortez y Luna Roja", "La noche", ["Bad Bunny", "Jhay Cortez", "Luna Roja"]),
    ("Sin ti (feat. Stakas) - Luna Roja", "Sin ti", ["Luna Roja", "Stakas"]),
    # what follows the artist is the caption's text, not another artist
    ("Nueva Vida - Stakas, te pone a bailar", "Nueva Vida", ["Stakas"]),
    ("Nueva vida - Luna Roja y sus amigos", "Nueva vida", ["Luna Roja"]),
    ("Sin ti - Luna Roja, 20 de mayo en Madrid", "Sin ti", ["Luna Roja"]),
    ("Sin ti - Luna Roja, 50 Cent y 2Pac", "Sin ti", ["Luna Roja", "50 Cent", "2Pac"]),
    ("Nueva vida - Luna Roja. Ya disponible en todas las plataformas", "Nueva vida", ["Luna Roja"]),
    ("Nueva vida - Luna Roja 🔥🔥 ya disponible", "Nueva vida", ["Luna Roja"]),
    ("Canción 1 - Luna Roja (Video Oficial)", "Canción 1", ["Luna Roja"]),
    # quoted titles, anywhere in the caption, either order at the start
    ('Letra completa: no puedo dormir "Sin Ti" - Luna Roja @lunaroja', "Sin Ti", ["Luna Roja"]),
    ("Ya salió «Sin ti» - Luna Roja", "Sin ti", ["Luna Roja"]),
    ("Out now: “Sin ti” — Luna Roja, Stakas", "Sin ti", ["Luna Roja", "Stakas"]),
    ("Escucha 'Sin ti' | Luna Roja", "Sin ti", ["Luna Roja"]),
    ('Luna Roja - "Sin ti"', "Sin ti", ["Luna Roja"]),
    # a pair on its own line, or introduced by a colon
    ("Gracias por todo 🙏\nSin ti - Luna Roja", "Sin ti", ["Luna Roja"]),
    ("Nuevo single: sin ti - Luna Roja", "sin ti", ["Luna Roja"]),
])
def test_title_and_artists_are_read_by_structure(caption, title, artists):
    p = parse(caption)
    assert (p.title, p.artists) == (title, artists), caption


@pytest.mark.parametrize("caption,artist", [
    ("DÁKITI - Bad Bunny, Jhay Cortez", "Bad Bunny, Jhay Cortez"),
    ("Nueva vida - Luna Roja & Stakas 🔥", "Luna Roja & Stakas"),
    ("Nueva vida - Luna Roja ft. Stakas. Ya disponible", "Luna Roja ft. Stakas"),
    ("Sin ti - J. Balvin x Dr. Dre", "J. Balvin x Dr. Dre"),
])
def test_artist_is_the_artist_side_as_written(caption, artist):
    assert parse(caption).artist == artist


@pytest.mark.parametrize("caption", [
    "Hoy salimos de gira por todo el país y estamos felices - gracias",  # a sentence, not a title
    "2024 - 2025",
    "Resumen del año. Todo salió bien - no sabemos cómo",  # mid-caption, no name after the dash
    "hip-hop all night",
])
def test_sentences_with_a_dash_are_not_a_title_and_artist(caption):
    p = parse(caption)
    assert (p.title, p.artist, p.artists) == ("", "", [])


@pytest.mark.parametrize("caption", [
    "Concierto - Madrid", "Gira 2026 - México", "Concierto - Madrid. Entradas ya a la venta", "Gira - Ciudad de México",
    "Concierto - Barcelona 🔥", "Concert - London", "Tour 2026 - Mexico City", "Live - Bogota", "Festival - Lima",
])
def test_an_event_or_a_place_after_a_dash_is_not_a_title_and_artist(caption):
    # "Event - Place" has the shape of "Nueva Vida - Stakas": without the request naming a side
    # (or a quote, a list, a handle, a second mention of the name) the caption is text
    p = parse(caption)
    assert (p.title, p.artist, p.artists, p.pair_text) == ("", "", [], ""), caption


@pytest.mark.parametrize("caption,kw,title,artists", [
    ("Broken - Stakas", {"artist": "Stakas"}, "Broken", ["Stakas"]),
    ("Broken - Stakas", {}, "Broken", ["Stakas"]),
    ("Stakas - Broken", {"song_title": "Broken"}, "Broken", ["Stakas"]),
    ("Concierto - Madrid", {"artist": "Madrid"}, "Concierto", ["Madrid"]),
    ("Concierto - Madrid", {"song_title": "Concierto"}, "Concierto", ["Madrid"]),
    ("Madrid - Stakas", {}, "Madrid", ["Stakas"]),  # a place as the song's title
    ("Concierto - Madrid 🔥 @madrid", {}, "Concierto", ["Madrid"]),  # the caption names the artist again
    ("Tour - Luna #Luna", {}, "Tour", ["Luna"]),
    ("Concert - @london", {}, "Concert", ["@london"]),
    ('"Concierto" - Madrid', {}, "Concierto", ["Madrid"]),
    ("Concierto - Madrid & Stakas", {}, "Concierto", ["Madrid", "Stakas"]),
    ("Concierto - Madrid\n«Sin ti» - Luna Roja", {}, "Sin ti", ["Luna Roja"]),  # the next pair is read
])
def test_a_pair_is_read_when_named_or_unambiguous(caption, kw, title, artists):
    p = parse(caption, **kw)
    assert (p.title, p.artists) == (title, artists), (caption, kw)


def test_an_artist_field_that_names_neither_side_leaves_the_caption_as_text():
    p = parse("Gira 2026 - México", artist="Luna Roja")
    assert (p.title, p.artists, p.pair_text) == ("", ["Luna Roja"], "")
    out = run(base_caption="Concierto - Madrid", platform="tiktok", artist="Luna Roja")
    assert out["song_title"] in ("", None) and "#Madrid" not in [r["tag"] for r in out["hashtags_ranked"]
                                                                 if r.get("source") == "artist"]


def test_artist_field_naming_one_of_the_listed_artists_keeps_the_list():
    p = parse("DÁKITI - Bad Bunny, Jhay Cortez", artist="Bad Bunny")
    assert p.artists == ["Bad Bunny", "Jhay Cortez"]
    p = parse("Nueva vida - Luna Roja", artist="Stakas & Luna Roja")
    assert p.artists == ["Stakas", "Luna Roja"]
    p = parse("Nueva vida - Luna Roja", artist="Stakas y Luna Roja")
    assert p.artists == ["Stakas", "Luna Roja"]
    assert parse("Sin ti (feat. Stakas y Bad Bunny) - Luna Roja").artists == ["Luna Roja", "Stakas", "Bad Bunny"]
    assert parse("Nuevo tema", artist="Bad Bunny, Jhay Cortez").artists == ["Bad Bunny", "Jhay Cortez"]


@pytest.mark.parametrize("caption,tags,not_tags", [
    ("Tití me preguntó - Bad Bunny", ["#BadBunny", "#TitíMePreguntó"], ["#bunny"]),
    ("Nueva vida - Luna Roja", ["#LunaRoja", "#NuevaVida"], ["#luna", "#roja"]),
    ("Canción para ti - Luna Roja", ["#LunaRoja", "#CanciónParaTi"], ["#luna", "#roja"]),
    ("DÁKITI - Bad Bunny, Jhay Cortez", ["#BadBunny", "#JhayCortez"], ["#cortez"]),
])
def test_every_artist_gets_its_own_name_tag_not_word_tags(caption, tags, not_tags):
    out = run(base_caption=caption, platform="tiktok")
    ranked = {r["tag"]: r for r in out["hashtags_ranked"]}
    for t in tags:
        assert t in ranked, (t, list(ranked))
    for t in not_tags:
        assert t not in ranked and t not in out["optimized_caption"], (t, out["optimized_caption"])
    assert out["artist"] and out["song_title"]
    assert ranked[tags[0]]["source"] == "artist"


def test_research_hashtags_reads_the_same_names():
    out = engine.run("research_hashtags", {"caption": "DÁKITI - Bad Bunny, Jhay Cortez", "platform": "tiktok"},
                     record=False)
    tags = {r["tag"]: r["source"] for r in out["hashtags_ranked"]}
    assert tags.get("#BadBunny") == "artist" and tags.get("#JhayCortez") == "artist", tags


# -- item 2: a cut to the platform's limit keeps the title, the artist(s) and the mentions ---------

_INTRO = {"es": "Letra completa: ", "en": "Full lyrics: "}
_FILLER = {"es": "no puedo dormir sin ti mi amor ", "en": "i cannot sleep without you my love "}


@pytest.mark.parametrize("lang,pair,title,artists", [
    ("es", '"Sin Ti" - Luna Roja', "Sin Ti", ["Luna Roja"]),
    ("es", "«Sin ti» – Luna Roja & Stakas", "Sin ti", ["Luna Roja", "Stakas"]),
    ("en", "“Without You” — Bad Bunny, Jhay Cortez", "Without You", ["Bad Bunny", "Jhay Cortez"]),
    ("en", "'Without you' | Luna Roja ft. Stakas", "Without you", ["Luna Roja", "Stakas"]),
    ("es", "Sin ti - Luna Roja x Stakas y Bad Bunny", "Sin ti", ["Luna Roja", "Stakas", "Bad Bunny"]),
])
def test_a_cut_keeps_the_quoted_title_and_artists_on_every_platform(lang, pair, title, artists):
    # the tester's caption: the names come last, after lyrics longer than every platform's limit
    # (200 lines: 6,200+ characters, over YouTube's 5,000 and TikTok's 4,000); an unquoted pair
    # is on its own line
    sep = "\n" if pair[0] not in "\"«“'" else ""
    caption = _INTRO[lang] + _FILLER[lang] * 200 + sep + pair + " @lunaroja"
    for platform in PLATFORMS:
        out = run(base_caption=caption, platform=platform)
        text = out["optimized_caption"]
        assert measure(text, platform)["within_limits"], platform
        assert out["truncated"] is True, platform
        assert pair + " @lunaroja" in text, (platform, text[-200:])  # whole, as written
        assert text.index("…") < text.rindex(pair), platform  # the lyrics were cut, not the names
        assert text.startswith(_INTRO[lang].strip()) or platform == "youtube"
        assert text.count(_FILLER[lang].strip()) < 200
        assert out["song_title"] == title and all(a in out["artist"] for a in artists), platform
        ranked = {r["tag"] for r in out["hashtags_ranked"]}
        assert {make_tag(a) for a in artists} <= ranked, (platform, ranked)  # each artist a name tag


def test_a_cut_keeps_names_written_before_and_after_the_cut():
    caption = ("Nueva vida - Luna Roja, con @stakas. " + "gracias por escuchar esta canción tan especial " * 20
               + "Producida por @beatmaker")
    out = run(base_caption=caption, platform="twitter")
    text = out["optimized_caption"]
    assert measure(text, "twitter")["within_limits"] and out["truncated"]
    assert text.startswith("Nueva vida - Luna Roja, con @stakas.")
    assert "… @beatmaker" in text


def test_a_cut_inside_a_name_moves_before_it():
    from viralml_desktop.core.captions.optimize import _truncated

    body = "texto largo «Sin ti» - Luna Roja & Stakas y más texto"
    i = body.index("Roja")  # inside the artist list
    assert _truncated(body, i, ["«Sin ti» - Luna Roja & Stakas", "Sin ti", "Luna Roja", "Stakas"]) \
        == "texto largo… «Sin ti» - Luna Roja & Stakas"
    # a title written in the lyrics too: the quoted one is the name
    body = "no puedo dormir sin ti, " * 3 + '"Sin ti" - Luna Roja'
    assert _truncated(body, 10, ["Sin ti", "Luna Roja"]).endswith('… "Sin ti" - Luna Roja')


# -- the artist's own hashtag is in every platform's set that has a free slot -----------------------

@pytest.mark.parametrize("caption,genre,kw,artist_tag", [
    # the relevance order puts the artist's tag below the genre, keyword and language tags here
    ("Reggaeton para el verano 🌴", "reggaeton", {"artist": "Stakas"}, "#Stakas"),
    ("Reggaeton para el verano 🌴", "corridos tumbados", {"artist": "Stakas"}, "#Stakas"),
    ("Summer reggaeton all night long", "latin_pop", {"artist": "Stakas"}, "#Stakas"),
    ("Year of the dog – Luna Roja", "reggaeton", {"artist": "Stakas"}, "#Stakas"),
    ("Reggaeton para el verano 🌴", "reggaeton", {"artist": "Peso Pluma, Stakas"}, "#PesoPluma"),
])
def test_the_artists_hashtag_is_chosen_on_every_platform(caption, genre, kw, artist_tag):
    for platform in PLATFORMS:
        out = run(base_caption=caption, platform=platform, target_audience={"genre": genre, "countries": ["MX", "US"]},
                  **kw)
        used = [t.casefold() for t in out["optimized_caption"].split() if t.startswith("#")]
        assert artist_tag.casefold() in used, (platform, out["optimized_caption"])
        assert measure(out["optimized_caption"], platform)["within_limits"], platform
        assert len(used) == LIMITS[platform].hashtags_used, (platform, used)  # the platform's guidance, no more


def test_the_artists_hashtag_takes_a_free_slot_only():
    # Instagram: five tags of the user's own fill its hard cap (5): the artist's tag is not a sixth
    mine = "#uno #dos #tres #cuatro #cinco"
    out = run(base_caption="Reggaeton para el verano 🌴 " + mine, platform="instagram", artist="Stakas",
              target_audience={"genre": "reggaeton"})
    assert out["optimized_caption"].split()[-5:] == mine.split() and "#Stakas" not in out["optimized_caption"]
    # a tag the user wrote inside the text is not added twice
    out = run(base_caption="Reggaeton para el verano con #Stakas 🌴", platform="twitter", artist="Stakas",
              target_audience={"genre": "reggaeton"})
    assert out["optimized_caption"].casefold().count("#stakas") == 1


# -- featured artists in the artist field (s10 tester of issue 18, item 7) -------------------------

@pytest.mark.parametrize("field,artists", [
    ("Stakas feat. Luna", ["Stakas", "Luna"]),
    ("Stakas ft. Luna", ["Stakas", "Luna"]),
    ("Stakas FEATURING Luna", ["Stakas", "Luna"]),
    ("Stakas feat.Luna", ["Stakas", "Luna"]),
    ("Stakas con Luna", ["Stakas", "Luna"]),
    ("Stakas with Luna", ["Stakas", "Luna"]),
    ("Stakas x Luna", ["Stakas", "Luna"]),
    ("Stakas & Luna", ["Stakas", "Luna"]),
    ("Luna Roja (feat. Sol)", ["Luna Roja", "Sol"]),
    ("Luna Roja & Bad Company <feat. Sol>", ["Luna Roja", "Bad Company", "Sol"]),
    ("Daft Punk", ["Daft Punk"]),
])
def test_featured_artists_in_the_field_are_split_out(field, artists):
    from viralml_desktop.core.captions.parse import split_names

    assert split_names(field) == artists
    assert parse("", field, "Nueva Vida").artists == artists


@pytest.mark.parametrize("field", ["Stakas feat. Luna", "Luna Roja & Bad Company <feat. Sol>",
                                   "Luna Roja (feat. Sol)", "Stakas con Luna", "Stakas featuring Luna"])
@pytest.mark.parametrize("with_pair", [True, False])
def test_a_featuring_credit_makes_no_hashtag_of_its_own(field, with_pair):
    """The tags are per artist (or none): never #feat, #ft, #con, nor a tag that runs the names and
    the credit together (#StakasFeatLuna, #BadCompanyFeat)."""
    from viralml_desktop.core.captions.parse import split_names

    out = run(base_caption=f"Nueva Vida - {field}" if with_pair else "Nueva Vida", artist=field,
              song_title="Nueva Vida", platform="instagram")
    tags = [t.casefold() for t in out["hashtags_used"]]
    assert not any(w in t for t in tags for w in ("feat", "#ft", "#con", "with", "featuring")), tags
    names = {make_tag(a).casefold() for a in split_names(field)}
    assert make_tag(split_names(field)[0]).casefold() in tags  # the (first) artist's own tag
    assert not [t for t in tags if t.startswith(tuple(n for n in names)) and t not in names], tags
