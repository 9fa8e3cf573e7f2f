"""config/ml_config.yaml (CONTRACT.md), validated with pydantic, user overrides merged on top.

The shipped file holds exactly the contract's configuration. A user file at
``paths.user_config_file()`` may override any key and may add the optional ``app``
section (server token, media roots). Unknown or misspelled keys are errors that name
the key, so a typo never silently falls back to a default.
"""
from __future__ import annotations

import copy
import os
import threading
from pathlib import Path
from typing import Annotated, Any, Optional

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from viralml_desktop.core import paths
from viralml_desktop.core.errors import ViralMLError


class ConfigError(ViralMLError):
    """The configuration file is invalid; the message names the file, the key and the problem."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class YoloConfig(_Strict):
    version: str = "v8n"
    confidence_threshold: float = Field(0.7, ge=0.0, le=1.0)


class LstmConfig(_Strict):
    sequence_length: int = Field(30, ge=1)
    hidden_units: int = Field(128, ge=1)


class NlpConfig(_Strict):
    # A model name or a local directory holding a transformers sentiment model.
    model: str = "distilbert-base-uncased"
    max_length: int = Field(512, ge=8, le=8192)


class ModelsConfig(_Strict):
    yolo: YoloConfig = YoloConfig()
    lstm: LstmConfig = LstmConfig()
    nlp: NlpConfig = NlpConfig()


class FeaturesConfig(_Strict):
    virality_prediction: bool = True
    shadowban_detection: bool = True
    caption_optimization: bool = True
    posting_time_optimization: bool = True
    affinity_calculation: bool = True
    thumbnail_scoring: bool = True


class MLCoreConfig(_Strict):
    endpoint: str = "http://localhost:8000"
    timeout: float = Field(30, gt=0)
    retry_attempts: int = Field(3, ge=0, le=20)
    models: ModelsConfig = ModelsConfig()
    features: FeaturesConfig = FeaturesConfig()


class AppConfig(_Strict):
    """Desktop-only settings; not part of the contract, so absent from the shipped file."""

    server_token: Optional[str] = None
    media_roots: list[str] = Field(default_factory=list)
    max_request_bytes: int = Field(10 * 1024 * 1024, ge=1024)
    request_timeout_s: float = Field(120, gt=0)
    max_concurrent_requests: int = Field(4, ge=1, le=256)
    # sha256 -> file name of user-supplied weights the user confirmed once (`viralml trust-model`);
    # a pickle-based weights file whose digest is neither here nor in the model table is not loaded.
    trusted_models: dict[Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")], str] = Field(default_factory=dict)


class Config(_Strict):
    ml_core: MLCoreConfig = MLCoreConfig()
    app: AppConfig = AppConfig()

    def feature_enabled(self, feature: str) -> bool:
        return bool(getattr(self.ml_core.features, feature))


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as e:
        raise ConfigError(f"{path}: not valid UTF-8 ({e.reason} at byte {e.start})") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as e:
        raise ConfigError(f"{path}: not valid YAML: {str(e).splitlines()[0]}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: the top level must be a mapping, got {type(data).__name__}")
    return data


def _merge(base: dict, over: dict) -> dict:
    out = copy.deepcopy(base)
    for k, v in over.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = _merge(out[k], v)
        else:
            out[k] = v
    return out


def _explain(err: ValidationError, source: str) -> str:
    parts = []
    for e in err.errors():
        key = ".".join(str(x) for x in e["loc"])
        msg = "unknown key" if e["type"] == "extra_forbidden" else e["msg"]
        parts.append(f"{key}: {msg}")
    return f"{source}: invalid configuration: " + "; ".join(parts)


def load(default_file: Path | None = None, user_file: Path | None = None) -> Config:
    default_file = default_file or paths.DEFAULT_CONFIG_FILE
    user_file = user_file or paths.user_config_file()
    data = _read_yaml(default_file) if default_file.exists() else {}
    source = str(default_file)
    try:
        Config.model_validate(data)
    except ValidationError as e:
        raise ConfigError(_explain(e, source)) from None
    if user_file.exists():
        data = _merge(data, _read_yaml(user_file))
        source = str(user_file)
    try:
        cfg = Config.model_validate(data)
    except ValidationError as e:
        raise ConfigError(_explain(e, source)) from None
    token = os.environ.get("VIRALML_SERVER_TOKEN")
    if token:
        cfg.app.server_token = token
    return cfg


_lock = threading.Lock()
_current: Config | None = None


def get() -> Config:
    """The configuration in force (loaded once, validated)."""
    global _current
    with _lock:
        if _current is None:
            _current = load()
        return _current


def set_current(cfg: Config | None) -> None:
    """Replace the configuration in force (tests, settings dialog); None reloads on next get()."""
    global _current
    with _lock:
        _current = cfg


def save_user_override(update: dict[str, Any]) -> Path:
    """Merge ``update`` into the user's override file (validated first) and reload."""
    f = paths.user_config_file()
    current = _read_yaml(f) if f.exists() else {}
    merged = _merge(current, update)
    base = _read_yaml(paths.DEFAULT_CONFIG_FILE)
    try:
        Config.model_validate(_merge(base, merged))
    except ValidationError as e:
        raise ConfigError(_explain(e, str(f))) from None
    paths.ensure_dir(f.parent)
    f.write_text(yaml.safe_dump(merged, sort_keys=False), encoding="utf-8")
    set_current(None)
    return f
