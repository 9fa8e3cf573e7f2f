"""Comment files: one clear line for a folder and for a table without a known comment column,
and only negative comments under "most negative" (tester round 2, issue 18)."""
from __future__ import annotations

import pytest

from viralml_desktop.core.captions import comments
from viralml_desktop.core.errors import InputError


def test_a_folder_is_not_a_comments_file(tmp_path):
    with pytest.raises(InputError, match="is a folder, not a comments file"):
        comments.read_comments(tmp_path)
    with pytest.raises(InputError, match="no such file"):
        comments.read_comments(tmp_path / "missing.csv")


def test_no_comment_column_names_the_columns_found_and_the_headers_read(tmp_path):
    f = tmp_path / "export.csv"
    f.write_text("user;note\n@a;hola\n@b;qué bien\n", encoding="utf-8")
    with pytest.raises(InputError) as e:
        comments.read_comments(f)
    msg = str(e.value)
    assert "the columns found are 'user', 'note'" in msg
    for header in ("Comment", "Comentario", "textDisplay", "Texto", "Caption"):
        assert header in msg
    assert "choose the column" not in msg and "\n" not in msg


def _result(text, sentiment, score):
    return {"text": text, "sentiment": sentiment, "score": score, "model": "heads"}


def test_only_negative_comments_are_most_negative_and_only_positive_most_positive():
    results = [_result("malísima", "negative", -0.8), _result("ya salió", "neutral", -0.2),
               _result("ok", "neutral", 0.3), _result("temazo", "positive", 0.9),
               _result("no sé", "negative", -0.1)]
    neg = comments._extremes(results, -1)
    pos = comments._extremes(results, +1)
    assert [r["text"] for r in neg] == ["malísima", "no sé"]
    assert [r["text"] for r in pos] == ["temazo"]
