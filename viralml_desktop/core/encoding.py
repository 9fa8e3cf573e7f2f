"""JSON-safe answers: numpy scalars and arrays a capability may leave in its response
become plain Python values (the same numbers), so encoding never fails on them."""
from __future__ import annotations

import json
import os
from typing import Any


def json_safe(obj: Any) -> Any:
    if isinstance(obj, dict):
        return {k: json_safe(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [json_safe(v) for v in obj]
    if type(obj).__module__ == "numpy":
        return json_safe(obj.tolist()) if hasattr(obj, "tolist") else obj
    return obj


def write_json(path: str | os.PathLike, obj: Any) -> None:
    """An export as UTF-8 JSON, indented, accents and emoji kept as they are."""
    with open(path, "w", encoding="utf-8") as f:
        json.dump(json_safe(obj), f, indent=2, ensure_ascii=False)
