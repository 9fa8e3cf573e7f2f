"""The CLI's ``error:`` lines for bad input in the app's language: Spanish under ``--lang es`` (kit,
report) or VIRALML_LANG=es (any command), English otherwise; through the app's catalogue (context
``cli`` for the lines' templates, ``core_sources`` for core's sentences)."""
from __future__ import annotations

import json
import re

import cv2
import numpy as np
import pytest

from viralml_desktop import cli
from viralml_desktop.gui.clauses import catalogue


def _files(tmp_path):
    pic = tmp_path / "portada.png"
    cv2.imwrite(str(pic), np.full((48, 64, 3), 90, np.uint8))
    fake = tmp_path / "fake.mp4"
    fake.write_bytes(pic.read_bytes())  # a PNG renamed .mp4: a still picture
    (tmp_path / "bad.json").write_text('{"video_path": "x.mp4",}', encoding="utf-8")
    (tmp_path / "req.json").write_text(json.dumps({"video_path": str(fake), "ocr": False}), encoding="utf-8")
    (tmp_path / "noviews.csv").write_text("Date,Title\n2025-01-01,a\n", encoding="utf-8")
    return tmp_path


CASES = [  # argv (with {d} the folder), the English line, the Spanish line
    (["predict", "predict_virality", "--json", "{d}/missing.json"],
     "error: cannot read {d}/missing.json: No such file or directory",
     "error: no se puede leer {d}/missing.json: no existe el archivo o la carpeta"),
    (["predict", "predict_virality", "--json", "{d}/bad.json"],
     "error: {d}/bad.json is not valid JSON: Expecting property name enclosed in double quotes at line 1 column 24",
     "error: {d}/bad.json no es JSON válido: se esperaba un nombre de propiedad entre comillas dobles en la línea 1, "
     "columna 24"),
    (["predict", "predict_virality", "--json", "{d}/req.json"],
     "error: fake.mp4 is a still picture (PNG), not a video",
     "error: fake.mp4 es una imagen fija (PNG), no un vídeo"),
    (["frames", "{d}/nope.mp4"],
     "error: video not found: {d}/nope.mp4",
     "error: no se encuentra el vídeo: {d}/nope.mp4"),
    (["import", "{d}/missing.csv"],
     "error: file not found: {d}/missing.csv",
     "error: no se encuentra el archivo: {d}/missing.csv"),
    (["import", "{d}/noviews.csv", "--dry-run"],
     "error: noviews.csv: no views column (e.g. 'Views', 'Visualizaciones', 'Total views', 'Plays'; columns found: "
     "'Date', 'Title'); map one in the import window or with --map views=COLUMN",
     "error: noviews.csv: no hay columna de vistas (p. ej. 'Views', 'Visualizaciones', 'Total views', 'Plays'; "
     "columnas encontradas: 'Date', 'Title'); asigna una en la ventana de importación o con --map views=COLUMNA"),
    (["import", "{d}/noviews.csv", "--export-date", "ayer"],
     "error: --export-date 'ayer' is not a date (YYYY-MM-DD)",
     "error: --export-date 'ayer' no es una fecha (AAAA-MM-DD)"),
]


@pytest.mark.parametrize("argv,en,es", CASES)
@pytest.mark.parametrize("lang", ["en", "es"])
def test_error_lines_follow_the_language(isolated_home, tmp_path, capsys, monkeypatch, argv, en, es, lang):
    d = _files(tmp_path)
    monkeypatch.setenv("VIRALML_LANG", lang)
    assert cli.main([a.format(d=d) for a in argv]) == cli.EXIT_INPUT
    err = capsys.readouterr().err.strip()
    assert err == (es if lang == "es" else en).format(d=d)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_an_unknown_capability_is_said_in_the_language(isolated_home, tmp_path, capsys, monkeypatch, lang):
    monkeypatch.setenv("VIRALML_LANG", lang)
    with pytest.raises(SystemExit) as e:
        cli.main(["predict", "no_such_thing", "--json", "x.json"])
    assert e.value.code == 2
    usage, line = capsys.readouterr().err.strip().splitlines()
    assert usage.startswith("usage: viralml predict")
    want = ("viralml predict: error: argumento CAPABILITY: opción no válida: 'no_such_thing' (elige entre "
            if lang == "es" else
            "viralml predict: error: argument CAPABILITY: invalid choice: 'no_such_thing' (choose from ")
    assert line.startswith(want) and "'predict_virality'" in line, line


def test_the_kit_and_the_report_take_their_lang(isolated_home, tmp_path, capsys, monkeypatch):
    """``--lang es`` says the line in Spanish whatever the app's language, ``--lang en`` in English."""
    d = _files(tmp_path)
    monkeypatch.setenv("VIRALML_LANG", "en")
    assert cli.main(["kit", str(d / "fake.mp4"), "--out", str(d / "kit"), "--lang", "es"]) == cli.EXIT_INPUT
    assert capsys.readouterr().err.strip() == "error: fake.mp4 es una imagen fija (PNG), no un vídeo"
    assert cli.main(["report", "--account", "nadie", "--out", str(d / "r.pdf"), "--lang=es"]) == cli.EXIT_INPUT
    assert capsys.readouterr().err.strip() == ("error: no hay publicaciones guardadas de la cuenta 'nadie'; aún no hay "
                                               "ninguna cuenta guardada (importa una con viralml import ARCHIVO)")
    monkeypatch.setenv("VIRALML_LANG", "es")
    assert cli.main(["kit", str(d / "nope.mp4"), "--out", str(d / "kit"), "--lang", "en"]) == cli.EXIT_INPUT
    assert capsys.readouterr().err.strip() == f"error: video not found: {d / 'nope.mp4'}"


def test_every_error_template_is_in_the_catalogue_with_its_fields():
    look = catalogue("es")
    for tpl in cli.ERROR_LINES:
        said = look("cli", tpl)
        assert said != tpl, f"no Spanish for {tpl!r}"
        assert sorted(re.findall(r"\{\w+\}", said)) == sorted(re.findall(r"\{\w+\}", tpl)), tpl


def test_a_line_no_template_knows_stays_as_written():
    assert cli.say_error("something new went wrong at /x/y.mp4", "es") == "something new went wrong at /x/y.mp4"
    assert cli.say_error("video not found: /x/y.mp4", "en") == "video not found: /x/y.mp4"


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_kit_and_report_lines_a_tester_saw_in_english_follow_the_language(isolated_home, tmp_path, capsys,
                                                                               monkeypatch, lang):
    """Unknown country, an existing kit folder, an unknown post, a folder given as the report's PDF
    (said at once, not after a --overwrite that cannot help) and an empty --account: one line each,
    in the language asked."""
    from release_fixtures import store_history

    d = _files(tmp_path)
    monkeypatch.setenv("VIRALML_LANG", lang)
    busy = d / "busy"
    busy.mkdir()
    (busy / "a.txt").write_text("x", encoding="utf-8")
    (d / "dir.pdf").mkdir()
    store_history("luna_roja", n=6)
    cases = [
        (["kit", str(d / "fake.mp4"), "--out", str(d / "k"), "--countries", "XX"],
         "error: invalid request: countries: unknown country code 'XX': use a two-letter ISO 3166 code such as "
         "US, MX, ES",
         "error: petición no válida: countries: código de país desconocido 'XX': usa un código ISO 3166 de dos "
         "letras, como US, MX, ES"),
        (["kit", str(d / "fake.mp4"), "--out", str(busy)],
         f"error: out_dir {busy} already exists and is not empty (use --overwrite to replace it)",
         f"error: la carpeta del kit {busy} ya existe y no está vacía (usa --overwrite para reemplazarla)"),
        (["report", "--account", "luna_roja", "--post", "nope", "--out", str(d / "r.pdf")],
         "error: post 'nope' is not stored for luna_roja (newest: v5)",
         "error: la publicación 'nope' no está guardada en luna_roja (la más reciente: v5)"),
        (["report", "--account", "luna_roja", "--out", str(d / "dir.pdf")],
         f"error: --out {d / 'dir.pdf'} is a folder, not a file",
         f"error: --out {d / 'dir.pdf'} es una carpeta, no un archivo"),
        (["report", "--account", "luna_roja", "--out", str(d / "dir.pdf"), "--overwrite"],
         f"error: --out {d / 'dir.pdf'} is a folder, not a file",
         f"error: --out {d / 'dir.pdf'} es una carpeta, no un archivo"),
        (["report", "--account", "", "--out", str(d / "r.pdf")],
         "error: --account: the account name is empty",
         "error: --account: el nombre de la cuenta está vacío"),
    ]
    for argv, en, es in cases:
        assert cli.main(argv + ["--lang", lang]) == cli.EXIT_INPUT, argv
        assert capsys.readouterr().err.strip() == (es if lang == "es" else en), argv
    assert not (d / "k").exists() and not (d / "r.pdf").exists()


def test_the_page_size_is_taken_in_any_case():
    for text, want in (("letter", "Letter"), ("LETTER", "Letter"), ("a4", "A4"), ("A4", "A4")):
        assert cli.build_parser().parse_args(["report", "--account", "a", "--out", "r.pdf", "--page-size",
                                              text]).page_size == want
        assert cli.build_parser().parse_args(["kit", "v.mp4", "--out", "k", "--page-size", text]).page_size == want
    with pytest.raises(SystemExit):
        cli.build_parser().parse_args(["report", "--account", "a", "--out", "r.pdf", "--page-size", "legal"])
