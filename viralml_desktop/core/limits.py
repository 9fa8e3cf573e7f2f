"""Size limits every front applies: the nesting depth of JSON text, and the largest count (:data:`MAX_COUNT`).

``json.loads`` recurses once per nested array or object, so a request nested thousands deep
ends in a ``RecursionError`` (a traceback, and in a batch the loss of every other line) before
any schema sees it. :func:`check_json_depth` scans the raw text first, without recursion, and
refuses it with one plain line. The server, the CLI and the batch reader call it on every JSON
text they are handed (a request body, a multipart ``request`` field, a JSON-lines line).

No capability request in the contract is deeper than a handful of levels; 64 leaves room for
any real client and stays far below Python's recursion limit.
"""
from __future__ import annotations

import re
from typing import Union

MAX_JSON_DEPTH = 64

MAX_COUNT = 10 ** 13
"""Largest view / like / comment / follower count anything in the app accepts: a request (the
schemas), an imported table (the reader skips the row) and a forecast's history. The most-viewed
video on any platform has under 2e10 views; 1e13 leaves three orders of magnitude and stays exact
in a float64, so an absurd number is refused at the door instead of overflowing a model."""

# Escapes first (an escaped quote does not end a string), then whole strings (brackets inside
# them do not nest), then everything that is not a bracket: three C-speed passes, no recursion.
_ESCAPE = re.compile(rb"\\.", re.DOTALL)
_STRING = re.compile(rb'"[^"]*"')
_NOT_BRACKET = bytes(i for i in range(256) if i not in b"[]{}")
_SMALL = 4096  # bracket counts below this are walked in Python; above, with numpy


def json_depth_error(text: Union[str, bytes, bytearray, memoryview], max_depth: int = MAX_JSON_DEPTH) -> str:
    """The one-line reason ``text`` nests too deep, or ``""`` when it is within the limit.

    See :func:`check_json_depth`; this form suits callers that build their own error type.
    """
    if isinstance(text, str):
        text = text.encode("utf-8", "surrogatepass")
    else:
        text = bytes(text)
    if text.count(b"[") + text.count(b"{") <= max_depth:  # nearly every real request stops here
        return ""
    if b'"' in text:
        text = _STRING.sub(b"", _ESCAPE.sub(b"", text))
    brackets = text.translate(None, _NOT_BRACKET)
    if len(brackets) < _SMALL:
        depth = deepest = 0
        for c in brackets:
            depth += 1 if c in (0x5B, 0x7B) else -1
            deepest = max(deepest, depth)
    else:
        import numpy as np

        a = np.frombuffer(brackets, dtype=np.uint8)
        deepest = int(np.cumsum(np.where((a == 0x5B) | (a == 0x7B), 1, -1), dtype=np.int64).max())
    if deepest > max_depth:
        return f"JSON nested {deepest} levels deep; the limit is {max_depth}"
    return ""


def check_json_depth(text: Union[str, bytes, bytearray, memoryview], max_depth: int = MAX_JSON_DEPTH) -> None:
    """Refuse JSON text whose arrays/objects nest deeper than ``max_depth``, without parsing it.

    Parameters
    ----------
    text : str or bytes-like
        The raw JSON text (UTF-8 bytes or str), before ``json.loads``. It need not be valid
        JSON: only brackets outside string literals are counted, so malformed text is left
        for the parser to report.
    max_depth : int, default MAX_JSON_DEPTH (64)
        The deepest nesting allowed; ``{"a": [1]}`` has depth 2, a scalar depth 0.

    Raises
    ------
    ValueError
        With one plain line naming the depth found and the limit. Callers wrap it in their own error (HTTP 422, CLI exit 2,
        one failed batch item).

    Notes
    -----
    Runs in O(len(text)) without recursion (regular-expression passes, and numpy over the
    brackets when there are many); text with no more than ``max_depth`` opening brackets in
    total returns after two C-level counts.
    """
    reason = json_depth_error(text, max_depth)
    if reason:
        raise ValueError(reason)
