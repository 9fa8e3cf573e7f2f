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
    """The configuration file is invalid; the message names the file, the key and the problem.

    ``path`` is the file at fault (None when not known), for the GUI's "reset to defaults"."""

    def __init__(self, message: str, path: Optional[Path] = None):
        super().__init__(message)
        self.path = Path(path) if path is not None else None


MAX_CONFIG_BYTES = 1024 * 1024
"""A configuration file larger than this is refused unread (the shipped one is under 1 KB)."""


class _NoAliasLoader(yaml.SafeLoader):
    """``yaml.safe_load`` without anchors/aliases: a few hundred bytes of nested aliases expand to
    gigabytes ("billion laughs"); no configuration needs them."""

    def compose_node(self, parent, index):
        if self.check_event(yaml.events.AliasEvent):
            event = self.peek_event()
            raise yaml.YAMLError(f"aliases (*name) are not allowed (line {event.start_mark.line + 1})")
        return super().compose_node(parent, index)


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


def _kind(mode: int) -> str:
    import stat

    return ("a folder" if stat.S_ISDIR(mode) else "a FIFO (named pipe)" if stat.S_ISFIFO(mode)
            else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "a socket" if stat.S_ISSOCK(mode)
            else "not a regular file")


def read_config_text(path: Path, max_bytes: int = MAX_CONFIG_BYTES) -> str:
    """The text of a configuration file, checked before it is opened: a folder, a FIFO, a device
    (``/dev/zero``) or a file over ``max_bytes`` is refused with one line naming it, never read
    (a FIFO would block the open, ``/dev/zero`` would fill memory).

    Raises
    ------
    ConfigError
        Not a regular file, too large, unreadable or not UTF-8.
    """
    import stat

    try:
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode):
            raise ConfigError(f"{path}: the configuration is {_kind(st.st_mode)}, not a file", path)
        if st.st_size > max_bytes:
            raise ConfigError(f"{path}: the configuration is {st.st_size / 1e6:.1f} MB; the limit is "
                              f"{max_bytes / 1e6:.0f} MB", path)
        # O_NONBLOCK: if a FIFO replaced the file since the check, the open still returns at once
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
        with os.fdopen(fd, "rb") as f:
            if not stat.S_ISREG(os.fstat(f.fileno()).st_mode):
                raise ConfigError(f"{path}: the configuration is {_kind(os.fstat(f.fileno()).st_mode)}, "
                                  f"not a file", path)
            raw = f.read(max_bytes + 1)
    except ConfigError:
        raise
    except OSError as e:
        raise ConfigError(f"{path}: cannot read the configuration ({e.strerror or e})", path) from None
    if len(raw) > max_bytes:
        raise ConfigError(f"{path}: the configuration is over {max_bytes / 1e6:.0f} MB", path)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise ConfigError(f"{path}: not valid UTF-8 ({e.reason} at byte {e.start})", path) from None


def _read_yaml(path: Path) -> dict[str, Any]:
    text = read_config_text(path)
    try:
        data = yaml.load(text, Loader=_NoAliasLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as e:
        raise ConfigError(f"{path}: not valid YAML: {str(e).splitlines()[0]}", path) from None
    except RecursionError:
        raise ConfigError(f"{path}: not valid YAML: nested too deep", path) from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: the top level must be a mapping, got {type(data).__name__}", path)
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
        raise ConfigError(_explain(e, source), default_file) from None
    if os.path.lexists(user_file):  # a dangling symlink is named too, not silently skipped
        data = _merge(data, _read_yaml(user_file))
        source = str(user_file)
    try:
        cfg = Config.model_validate(data)
    except ValidationError as e:
        raise ConfigError(_explain(e, source), Path(source)) from None
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


def reset_user_config() -> Optional[Path]:
    """Put the user's configuration file aside (renamed ``ml_config.yaml.broken-<time>``, never
    deleted, whatever it is: a file, a folder, a FIFO, a symlink) so the defaults apply, and reload.

    Returns
    -------
    Path or None
        Where the old file now is; None when there was none.

    Raises
    ------
    ConfigError
        When it cannot be moved (one line naming it).
    """
    import time

    f = paths.user_config_file()
    set_current(None)
    if not os.path.lexists(f):
        return None
    aside = f.with_name(f"{f.name}.broken-{time.strftime('%Y%m%d-%H%M%S')}")
    try:
        os.rename(f, aside)
    except OSError as e:
        raise ConfigError(f"{f}: cannot move the configuration aside ({e.strerror or e})", f) from None
    return aside


def save_user_override(update: dict[str, Any]) -> Path:
    """Merge ``update`` into the user's override file (validated first) and reload."""
    f = paths.user_config_file()
    current = _read_yaml(f) if os.path.lexists(f) else {}
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
