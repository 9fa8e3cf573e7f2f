"""Song title and artist(s) read from a caption by its separator structure, not its capitalisation
(s9 tester item 1), and kept whole through any cut to a platform's limit (item 2)."""
from __future__ import annotations

import json

import pytest

from viralml_desktop.core import engine
from viralml_desktop.core.captions.limits import measure
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


def test_artist_field_naming_one_of_the_listed_artists_keeps_the_list():
    p = parse("DÁKITI - Bad Bunny, Jhay Cortez", artist="Bad Bunny")
    assert p.artists == ["Bad Bunny", "Jhay Cortez"]
    p = parse("Nueva vida - Luna Roja", artist="Stakas & Luna Roja")
    assert p.artists == ["Stakas", "Luna Roja"]


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

