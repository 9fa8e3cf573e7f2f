"""analyze_comments / score_texts: the contract shape, the shipped model, bad inputs, file
reading (CSV, text, invalid UTF-8), the local-transformers path and the registry checksum."""
from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from viralml_desktop.core import config, engine, paths, registry
from viralml_desktop.core.captions import comments as sentiment
from viralml_desktop.core.errors import Cancelled, InputError, ModelUnavailable
from viralml_desktop.core.progress import Progress

COMMENTS = [
    "Qué temazo 🔥🔥 me encanta esta canción, la tengo en repeat",
    "This song is absolute garbage, worst video ever",
    "¿Alguien sabe cuándo sale en Spotify?",
    "I love this so much, best song of the year ❤️",
    "Qué basura de canción, me sangran los oídos 🤮",
]


def test_acceptance_shape_one_result_per_comment_in_order(isolated_home):
    out = engine.run("analyze_comments", {"comments": COMMENTS})
    assert [r["text"] for r in out["results"]] == COMMENTS
    for r in out["results"]:
        assert set(r) >= {"text", "language", "sentiment", "score"}
        assert r["sentiment"] in ("positive", "neutral", "negative")
        assert -1.0 <= r["score"] <= 1.0
        p = r["probabilities"]
        assert r["score"] == pytest.approx(p["positive"] - p["negative"], abs=2e-4)
        assert r["sentiment"] == max(p, key=p.get)
    assert set(out["distribution"]) == {"positive", "neutral", "negative"}
    assert sum(out["distribution"].values()) == len(COMMENTS)
    langs = [r["language"] for r in out["results"]]
    assert langs == ["es", "en", "es", "en", "es"]
    # English goes to the USE+VADER head, Spanish to the multilingual head (metrics.json "shipped")
    assert [r["model"] for r in out["results"]] == ["use_lr+lexicon", "use_vader_lr+lexicon", "use_lr+lexicon",
                                                    "use_vader_lr+lexicon", "use_lr+lexicon"]
    sents = [r["sentiment"] for r in out["results"]]
    assert sents[0] == "positive" and sents[3] == "positive"
    assert sents[1] == "negative" and sents[4] == "negative"
    assert out["most_positive"][0]["index"] in (0, 3)
    assert out["most_negative"][0]["index"] in (1, 4)
    assert out["top_emoji"][0] == {"emoji": "🔥", "count": 2, "comments": 1,
                                   "mean_score": out["results"][0]["score"]}
    assert out["held_out_macro_f1"]["macro_f1_es"] > 0 and out["held_out_macro_f1"]["macro_f1_en"] > 0


def test_score_texts_public_api_for_captions(isolated_home):
    out = sentiment.score_texts(["Nueva Vida 🔥 te pone a bailar", ""])
    assert len(out) == 2
    assert set(out[0]) >= {"language", "sentiment", "score"}
    assert out[1] == {"language": "und", "sentiment": "neutral", "score": 0.0, "model": "none"}
    out[0]["score"] = 99  # callers get copies: the cache is not corrupted
    assert sentiment.score_texts(["Nueva Vida 🔥 te pone a bailar", ""])[0]["score"] != 99


@pytest.mark.parametrize("text, language", [
    ("🔥🔥🔥😍", "und"),                                   # emoji only
    ("أحب هذه الأغنية كثيرا", "und"),                       # right-to-left (Arabic)
    ("שיר מדהים, אני אוהב אותו", "und"),                    # right-to-left (Hebrew)
    ("Hola 你好 hello мир", None),                          # mixed scripts
    ("me encanta " * 900 + "🔥", "es"),                    # ~10,000 characters
])
def test_bad_inputs_get_a_clear_result(isolated_home, text, language):
    out = engine.run("analyze_comments", {"comments": [text]})
    r = out["results"][0]
    assert r["text"] == text.strip()
    assert r["sentiment"] in ("positive", "neutral", "negative") and -1 <= r["score"] <= 1
    if language:
        assert r["language"] == language


def test_emoji_only_comment_is_read_through_emoji_names(isolated_home):
    out = engine.run("analyze_comments", {"comments": ["😍😍❤️", "🤮👎😡"]})
    assert out["results"][0]["score"] > out["results"][1]["score"]


def test_empty_comments(isolated_home):
    out = engine.run("analyze_comments", {"comments": ["   ", "Me encanta 😍"]})
    assert out["results"][0]["model"] == "none" and out["empty_comments"] == 1
    with pytest.raises(InputError, match="no comment has any text"):
        engine.run("analyze_comments", {"comments": ["", "  "]})
    with pytest.raises(InputError, match="comments"):
        engine.run("analyze_comments", {"comments": []})
    with pytest.raises(InputError, match="comments"):
        engine.run("analyze_comments", {"comment": ["typo in the key"]})


def test_cancel_stops_the_run(isolated_home):
    p = Progress()
    p.cancel()
    with pytest.raises(Cancelled):
        engine.run("analyze_comments", {"comments": ["otra canción más " + str(i) for i in range(200)]}, p)


# -- reading comments files ---------------------------------------------------------------

def test_read_csv_with_a_comment_column_bom_and_semicolons(tmp_path):
    f = tmp_path / "yt.csv"
    f.write_text("\ufeffautor;Comentario;likes\nana;Qué temazo 🔥;12\nluis;\"Malísima; no me gustó\";0\n;;\n",
                 encoding="utf-8")
    assert sentiment.read_comments(f) == ["Qué temazo 🔥", "Malísima; no me gustó"]


def test_read_csv_with_several_unknown_columns_asks_for_the_column(tmp_path):
    # The old reader guessed "the longest column" (and read the header row as a comment); the one
    # reader (issue 13) does not guess: one line naming the columns found and the header names read
    # (the CLI has no column option, so the line does not ask to choose one); the API takes ``column``.
    f = tmp_path / "c.csv"
    with open(f, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "user", "said"])
        w.writerow(["1", "ok", "Esta canción me encanta de verdad"])
        w.writerow(["2", "no", "Horrible el autotune, qué pena"])
    with pytest.raises(InputError, match=r"c\.csv: no comment column: the columns found are 'id', 'user', 'said'.*Comentario") as e:
        sentiment.read_comments(f)
    assert "\n" not in str(e.value)
    assert sentiment.read_comments(f, column="said") == ["Esta canción me encanta de verdad",
                                                         "Horrible el autotune, qué pena"]


def test_excel_semicolon_case_gives_five_whole_comments(isolated_home, monkeypatch):
    # The handed case (../shared/cases/comments): ';' delimiter, quoted commas and a line break inside a
    # comment; through the app path (analyze_comments_file) exactly 5 whole comments reach the analysis.
    from viralml_desktop.core import engine
    from viralml_desktop.core.captions import jobs

    case = Path(__file__).resolve().parents[2] / "shared" / "cases" / "comments" / "comments_excel_semicolon.csv"
    if not case.is_file():
        pytest.skip("shared cases not present")
    seen = {}
    monkeypatch.setattr(engine, "run", lambda name, req, progress: seen.update(req) or {"ok": True})
    assert jobs.analyze_comments_file(str(case)) == {"ok": True}
    comments = seen["comments"]
    assert len(comments) == 5 and "\n" in comments[2]
    assert not any(c.lower().startswith("comentario") for c in comments)


def test_read_text_and_utf16(tmp_path):
    f = tmp_path / "c.txt"
    f.write_text("primero\n\n  segundo 😍  \n", encoding="utf-8")
    assert sentiment.read_comments(f) == ["primero", "segundo 😍"]
    g = tmp_path / "excel.txt"
    g.write_bytes("uno ñ\ndos\n".encode("utf-16"))
    assert sentiment.read_comments(g) == ["uno ñ", "dos"]


def test_latin1_csv_is_read(tmp_path):
    # The old reader refused anything but UTF-8/UTF-16 ("not valid UTF-8 … line 3"); the one reader
    # detects the encoding (charset-normalizer), so a Latin-1/cp1252 export is read as written.
    f = tmp_path / "latin1.csv"
    f.write_bytes("comment\nhola\nqué bien\n".encode("latin-1"))
    assert sentiment.read_comments(f) == ["hola", "qué bien"]


@pytest.mark.parametrize("content, message", [
    (b"", "no comments found"),
    (b"\n \n", "no comments found"),
    # the one reader names what the bytes are (it used to say only "binary file")
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "is a PNG image, not a table"),
])
def test_unreadable_files(tmp_path, content, message):
    f = tmp_path / "c.csv"
    f.write_bytes(content)
    with pytest.raises(InputError, match=message):
        sentiment.read_comments(f)
    with pytest.raises(InputError, match="no such file"):
        sentiment.read_comments(tmp_path / "missing.csv")


# -- models -------------------------------------------------------------------------------

def test_metrics_file_has_macro_f1_per_language_and_the_anchor():
    m = json.loads((paths.MODELS_DIR / "sentiment" / "metrics.json").read_text(encoding="utf-8"))
    assert 0.4 < m["macro_f1_es"] <= 1 and 0.4 < m["macro_f1_en"] <= 1
    assert m["anchor_xlm_t"] == {"macro_f1_es": 0.685, "macro_f1_en": 0.706}
    assert m["heads_sha256"] == registry.spec("sentiment_heads").sha256[sentiment.HEADS_FILE]
    assert m["shipped"] == {"es": "use_lr+lexicon", "und": "use_lr+lexicon", "en": "use_vader_lr+lexicon"}
    mc = m["music_comments"]  # held-out test set of music comments (training/sentiment_slang_eval.py)
    assert mc["test_set"]["es"]["n"] >= 150 and mc["test_set"]["en"]["n"] >= 150
    for lang in ("es", "en"):
        lo, hi = mc["macro_f1_ci95"][lang]
        assert lo <= m[f"macro_f1_{lang}"] <= hi
    for baseline in ("vader", "heads (today's use_lr / use_vader_lr)"):
        assert baseline in mc["test_macro_f1"]
    assert (paths.MODELS_DIR / "sentiment" / "heads.npz").stat().st_size < 20 * 1024 * 1024


def test_spanish_test_set_is_large_balanced_and_slangy():
    with open(paths.ROOT_DIR / "training" / "data" / "spanish_comments_test.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) >= 300
    counts = {c: sum(r["label"] == c for r in rows) for c in ("positive", "neutral", "negative")}
    assert min(counts.values()) >= 100 and sum(counts.values()) == len(rows)
    assert len({r["text"] for r in rows}) == len(rows)
    import emoji

    assert sum(bool(emoji.emoji_count(r["text"])) for r in rows) >= 100


def test_corrupt_heads_are_refused(tmp_path):
    (tmp_path / "sentiment").mkdir()
    bad = tmp_path / "sentiment" / "heads.npz"
    shutil.copy(paths.MODELS_DIR / sentiment.HEADS_FILE, bad)
    with open(bad, "r+b") as f:
        f.seek(100)
        f.write(b"\x00\x01\x02")
    reg = registry.ModelRegistry(search_dirs=[tmp_path])  # the model table's sentiment_heads
    with pytest.raises(ModelUnavailable, match="checksum mismatch"):
        reg.get("sentiment_heads")
    assert not bad.exists()  # a corrupt copy outside the shipped models/ is removed


def test_missing_heads_degrade_with_a_clear_message(tmp_path):
    reg = registry.ModelRegistry(search_dirs=[tmp_path])
    with pytest.raises(ModelUnavailable, match="sentiment_train.py"):
        reg.get("sentiment_heads")


@pytest.mark.parametrize("id2label, expected", [
    ({0: "NEGATIVE", 1: "POSITIVE"}, ["negative", "positive"]),
    ({0: "LABEL_0", 1: "LABEL_1", 2: "LABEL_2"}, ["negative", "neutral", "positive"]),
    ({0: "1 star", 1: "2 stars", 2: "3 stars", 3: "4 stars", 4: "5 stars"},
     ["negative", "negative", "neutral", "positive", "positive"]),
    ({0: "NEU", 1: "POS", 2: "NEG"}, ["neutral", "positive", "negative"]),
])
def test_transformers_label_mapping(id2label, expected):
    assert sentiment.label_columns(id2label) == expected


def test_transformers_unmappable_labels():
    with pytest.raises(ModelUnavailable, match="cannot map"):
        sentiment.label_columns({0: "joy", 1: "anger"})


def _tiny_transformers_model(directory):
    """A random-init 2-layer BERT sentiment classifier and its tokenizer, built offline."""
    import torch
    from transformers import BertConfig, BertForSequenceClassification, BertTokenizerFast

    words = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "que", "tema", "me", "encanta", "basura", "song",
             "love", "this", "hate", "the", "video", "!", "?", ","]
    (directory / "vocab.txt").write_text("\n".join(words) + "\n", encoding="utf-8")
    tok = BertTokenizerFast(vocab_file=str(directory / "vocab.txt"))
    torch.manual_seed(0)
    cfg = BertConfig(vocab_size=len(words), hidden_size=32, num_hidden_layers=2, num_attention_heads=2,
                     intermediate_size=64, max_position_embeddings=64, num_labels=3,
                     id2label={0: "negative", 1: "neutral", 2: "positive"},
                     label2id={"negative": 0, "neutral": 1, "positive": 2})
    model = BertForSequenceClassification(cfg).eval()
    model.save_pretrained(directory)
    tok.save_pretrained(directory)
    return tok, model


def test_local_transformers_model_is_used_when_configured(isolated_home, tmp_path):
    import torch

    tdir = tmp_path / "tiny-sentiment"
    tdir.mkdir()
    tok, model = _tiny_transformers_model(tdir)
    cfg = config.get().model_copy(deep=True)
    cfg.ml_core.models.nlp.model = str(tdir)
    config.set_current(cfg)
    try:
        texts = ["que tema me encanta!", "I hate this video", "🔥"]
        out = engine.run("analyze_comments", {"comments": texts})
        with torch.no_grad():
            enc = tok(texts, padding=True, truncation=True, return_tensors="pt")
            p = torch.softmax(model(**enc).logits, dim=-1).numpy()
        for r, row in zip(out["results"], p):
            assert r["model"] == "transformers:tiny-sentiment"
            assert r["score"] == pytest.approx(float(row[2] - row[0]), abs=1e-3)
            assert r["sentiment"] == ("negative", "neutral", "positive")[int(np.argmax(row))]
        assert out["held_out_macro_f1"] == {}  # our held-out figures do not describe the user's model
    finally:
        config.set_current(None)
        registry.default_registry().unload("sentiment_transformers")
    # back to the shipped heads once the configuration no longer names a directory
    assert engine.run("analyze_comments", {"comments": ["que tema"]})["results"][0]["model"] == "use_lr+lexicon"


def test_broken_local_transformers_model_is_a_clear_error(isolated_home, tmp_path):
    tdir = tmp_path / "broken"
    tdir.mkdir()
    (tdir / "config.json").write_text("{not json", encoding="utf-8")
    cfg = config.get().model_copy(deep=True)
    cfg.ml_core.models.nlp.model = str(tdir)
    config.set_current(cfg)
    try:
        with pytest.raises(ModelUnavailable, match="sentiment_transformers failed to load"):
            engine.run("analyze_comments", {"comments": ["hola"]})
    finally:
        config.set_current(None)
        registry.default_registry().unload("sentiment_transformers")


# -- slang, emoji and negation (issue 15) ---------------------------------------------------

CASE_LABELS = ["positive", "positive", "positive", "negative", "negative", "positive", "neutral", "positive",
               "positive", "negative", "positive", "negative"]  # ../shared/cases/README.md


def test_emoji_and_slang_case_file_reads_at_least_11_of_12(isolated_home):
    text = (paths.ROOT_DIR / "tests" / "data" / "comments_emoji_slang.txt").read_text(encoding="utf-8")
    comments = sentiment.comments_from_text(text)
    assert len(comments) == len(CASE_LABELS) == 12
    got = [r["sentiment"] for r in engine.run("analyze_comments", {"comments": comments})["results"]]
    right = sum(g == w for g, w in zip(got, CASE_LABELS))
    assert right >= 11, list(zip(comments, got))


@pytest.mark.parametrize("text, label", [
    ("Stakas nunca falla", "positive"), ("lo rompiste", "positive"), ("esta rola no tiene fin", "positive"),
    ("No me gustó nada", "negative"), ("this goes hard", "positive"),
    ("I don't like this at all", "negative"), ("🔥🔥🔥", "positive"), ("🗑️", "negative"),
])
def test_slang_idioms_and_negation(isolated_home, text, label):
    assert sentiment.score_texts([text])[0]["sentiment"] == label


def test_lexicon_reads_idioms_whole_and_negates_the_rest():
    from viralml_desktop.core.captions.lexicon import lexicon

    lex = lexicon()
    assert lex.read("nunca falla", "es").score > 0  # an idiom holding a negator is not negated
    assert lex.read("me gustó", "es").score > 0 > lex.read("no me gustó nada", "es").score
    assert lex.read("no está nada mal", "es").score > 0  # a negated negative leans positive
    assert lex.read("temazooooo", "es").score > 0  # repeated letters squeezed
    assert lex.read("💀💀", "und").emoji_only and lex.read("💀💀", "und").score > 0  # laughter
    mixed = lex.read("the beat is good but the lyrics are trash", "en")
    assert mixed.score < 0  # after "but" weighs more


def test_base_transformers_model_without_a_head_is_refused_in_one_line(isolated_home, tmp_path):
    """A base checkpoint (no classification head) would load with a random head: refused (issue 14.8)."""
    from transformers import BertConfig, BertModel

    tdir = tmp_path / "tiny-base"
    tdir.mkdir()
    _tiny_transformers_model(tdir)  # its tokenizer and vocabulary
    cfg_b = BertConfig(vocab_size=19, hidden_size=32, num_hidden_layers=2, num_attention_heads=2,
                       intermediate_size=64, max_position_embeddings=64)
    for f in tdir.glob("*.safetensors"):
        f.unlink()
    BertModel(cfg_b).save_pretrained(tdir)  # overwrites config.json: a base model, default labels
    cfg = config.get().model_copy(deep=True)
    cfg.ml_core.models.nlp.model = str(tdir)
    config.set_current(cfg)
    try:
        with pytest.raises(ModelUnavailable) as e:
            engine.run("analyze_comments", {"comments": ["i love this song"]})
        msg = str(e.value)
        assert "\n" not in msg and "no trained classification head" in msg and "classifier.weight" in msg
    finally:
        config.set_current(None)
        registry.default_registry().unload("sentiment_transformers")


def test_refuse_untrained_head_keeps_trained_heads():
    sentiment.refuse_untrained_head(Path("m"), [])
    sentiment.refuse_untrained_head(Path("m"), ["bert.embeddings.position_ids"])
    with pytest.raises(ModelUnavailable, match="score.weight"):
        sentiment.refuse_untrained_head(Path("m"), ["score.weight"])
