"""Shared schema pieces. Requests forbid unknown keys (a typo is an error, not ignored);
responses may carry extra fields beyond the contract (CONTRACT.md allows adding, never
dropping or renaming)."""
from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

Unit = Annotated[float, Field(ge=0.0, le=1.0)]
NonNegInt = Annotated[int, Field(ge=0)]


def _platform(v):
    if isinstance(v, str):
        v = v.strip().lower()
        if v in ("x", "twitter/x", "x/twitter"):
            return "twitter"
    return v


Platform = Annotated[Literal["tiktok", "instagram", "twitter", "youtube"], BeforeValidator(_platform)]


class Request(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class Response(BaseModel):
    model_config = ConfigDict(extra="allow")
