"""A small thread-safe LRU cache keyed by content hash, counted in the health hit rate."""
from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Any, Callable, Hashable

from viralml_desktop.core import health


class ResultCache:
    def __init__(self, maxsize: int = 256):
        self.maxsize = maxsize
        self._data: OrderedDict[Hashable, Any] = OrderedDict()
        self._lock = threading.Lock()

    def get_or_compute(self, key: Hashable, compute: Callable[[], Any]) -> Any:
        with self._lock:
            if key in self._data:
                self._data.move_to_end(key)
                health.record_cache(True)
                return self._data[key]
        health.record_cache(False)
        value = compute()
        self.put(key, value)
        return value

    def get(self, key: Hashable, default: Any = None) -> Any:
        """The value kept under ``key``, or ``default``; not counted in the hit rate (for a side
        product kept beside a computed result, such as the image an improvement search built)."""
        with self._lock:
            if key in self._data:
                self._data.move_to_end(key)
                return self._data[key]
        return default

    def put(self, key: Hashable, value: Any) -> None:
        with self._lock:
            self._data[key] = value
            self._data.move_to_end(key)
            while len(self._data) > self.maxsize:
                self._data.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._data.clear()

    def __len__(self) -> int:
        return len(self._data)
