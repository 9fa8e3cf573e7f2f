"""The ``sources`` extra of every response (CONTRACT.md, "Additions"): where each number comes from.

``sources`` maps a field path of the response to one :class:`Source`. A path names keys with
dots and any list element with ``[]``: ``virality_score``, ``factors.visual_appeal``,
``hashtags[].score``, ``best_slots[].relative_engagement``. An entry covers the number at its
path and every number below it (``measurements`` covers every measurement of the file), so a
response says where each of its numbers comes from without one entry per list element.
A more specific path wins over a shorter one (``viralml_desktop.core.sources.covering``).

Kinds:

* ``measured`` — a measurement of the input (``name``: what was measured).
* ``model`` — the output of a shipped model: ``name`` (its model-table entry), ``metric`` and
  ``value`` (its held-out headline in ``models/<dir>/metrics.json``), ``data`` (what it was
  tested on), ``n`` when known.
* ``personal`` — the user's own model: ``metric``/``value`` its cross-validated figure, ``n``
  the items it was fitted and validated on.
* ``prior`` — a published figure: ``citation`` (who published it, where).
* ``no_evidence`` — nothing with measured skill stands behind the number: it is neutral, and
  ``note`` says why.

``note`` is one plain-words sentence for a tooltip.
"""
from __future__ import annotations

from typing import Literal, Optional

from pydantic import Field

from viralml_desktop.core.schemas.common import Part

SourceKind = Literal["measured", "model", "personal", "prior", "no_evidence"]
SOURCE_KINDS: tuple[str, ...] = ("measured", "model", "personal", "prior", "no_evidence")


class Source(Part):
    """Where one number (or every number below one field path) of a response comes from."""
    kind: SourceKind
    name: str = Field("", description="what was measured, the model-table entry, the user's model, or the prior")
    metric: Optional[str] = Field(None, description="model / personal: the held-out or cross-validated metric")
    value: Optional[float] = Field(None, description="that metric's value")
    n: Optional[int] = Field(None, ge=0, description="items the figure was measured on, when known")
    data: Optional[str] = Field(None, description="model: what the held-out figure was measured on")
    citation: Optional[str] = Field(None, description="prior: the published source")
    note: str = Field("", description="what the number is, in plain words")


Sources = dict[str, Source]
"""``{field path: Source}``; see the module docstring for the path syntax."""

SOURCES_DOC = ("where each number of the response comes from: {field path: {kind (measured, model, personal, "
               "prior, no_evidence), name, metric, value, n, data, citation, note}}; an entry covers every "
               "number below its path, a list element is written [] (hashtags_ranked[].score)")
