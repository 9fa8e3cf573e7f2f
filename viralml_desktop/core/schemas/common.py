"""Shared schema pieces. Requests forbid unknown keys (a typo is an error, not ignored);
responses may carry extra fields beyond the contract (CONTRACT.md allows adding, never
dropping or renaming).

The extras a client reads (the GUI, the command line) are declared field by field, so that
``/openapi.json`` documents them. A nested extra is a :class:`Part`: validated against its
declared fields, then written back exactly as the capability made it, so declaring a field
never changes a response (no default added, no key moved, no integer turned into a float)."""
from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, PrivateAttr, model_serializer, model_validator

from viralml_desktop.core.vocabulary import PLATFORMS, normalize_platform

Unit = Annotated[float, Field(ge=0.0, le=1.0)]
NonNegInt = Annotated[int, Field(ge=0)]


def _platform(v):
    return normalize_platform(v) if isinstance(v, str) else v


# Literal[PLATFORMS] is Literal["tiktok", "instagram", "twitter", "youtube"]: the JSON schema's enum.
Platform = Annotated[Literal[PLATFORMS], BeforeValidator(_platform)]


class Request(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class Response(BaseModel):
    model_config = ConfigDict(extra="allow")


class Part(Response):
    """A nested piece of a response: its fields are declared and checked, and it is serialized
    as the dict it was validated from (keys, order and number types kept)."""

    _given: Any = PrivateAttr(default=None)

    @model_validator(mode="wrap")
    @classmethod
    def _keep_given(cls, data: Any, handler):
        part = handler(data)
        if isinstance(data, dict):
            part._given = data
        return part

    @model_serializer(mode="wrap")
    def _as_given(self, handler):
        return self._given if self._given is not None else handler(self)
