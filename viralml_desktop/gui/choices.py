"""Platform and genre combos filled from core's one vocabulary (``core/vocabulary.py``).

Each item shows the display label ("X", "Hip-hop") and holds the canonical value as its item
data ("twitter", "hip-hop"): requests and saved settings carry the value, never the label.
A genre combo is editable: a typed genre the list lacks is sent as typed.
"""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from viralml_desktop.core.vocabulary import GENRES, PLATFORM_LABELS, PLATFORMS


def platform_combo(current: object = "", first: Optional[tuple[str, object]] = None) -> QComboBox:
    """A combo of the platforms; ``first`` is an optional leading (label, value) item ("any")."""
    combo = QComboBox()
    if first is not None:
        combo.addItem(first[0], first[1])
    for p in PLATFORMS:
        combo.addItem(PLATFORM_LABELS[p], p)
    select(combo, current)
    return combo


def genre_combo(current: str = "") -> QComboBox:
    """An editable combo of the genres the app knows, with an empty first item."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.addItem("", "")
    for key, label in GENRES.items():
        combo.addItem(label, key)
    select(combo, current)
    return combo


def select(combo: QComboBox, value: object) -> None:
    """Show the item holding ``value`` (or, in an editable combo, the text ``value``)."""
    i = combo.findData(value)
    if i >= 0:
        combo.setCurrentIndex(i)
    elif combo.isEditable():
        combo.setCurrentText(str(value))


def value(combo: QComboBox) -> str:
    """The canonical value of the chosen item; an editable combo's typed text when no item matches."""
    if not combo.isEditable():
        data = combo.currentData()
        return "" if data is None else str(data)
    text = combo.currentText().strip()
    i = combo.findText(text, Qt.MatchFlag.MatchFixedString)  # case-insensitive, whole text
    if i >= 0 and combo.itemData(i) is not None:
        return str(combo.itemData(i))
    return text
