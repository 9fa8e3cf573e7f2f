"""What every tab may ask of the window: settings, recent files, the status bar."""
from __future__ import annotations

from typing import Any, Callable, Optional

from PySide6.QtCore import QSettings

from viralml_desktop.core import paths

MAX_RECENT = 10


class AppContext:
    def __init__(self, settings: Optional[QSettings] = None,
                 status: Optional[Callable[[str], None]] = None):
        if settings is None:
            f = paths.ensure_dir(paths.user_config_dir()) / "gui.ini"
            settings = QSettings(str(f), QSettings.IniFormat)
        self.settings = settings
        self._status = status or (lambda msg: None)
        self.recent_changed: list[Callable[[], None]] = []

    def show_status(self, msg: str) -> None:
        self._status(msg)

    # -- remembered values -----------------------------------------------
    def value(self, key: str, default: Any = None) -> Any:
        v = self.settings.value(key, default)
        return default if v is None else v

    def set_value(self, key: str, value: Any) -> None:
        self.settings.setValue(key, value)

    # -- recent files -----------------------------------------------------
    def recent_files(self) -> list[str]:
        v = self.settings.value("recent_files", [])
        if isinstance(v, str):
            v = [v]
        return [str(x) for x in (v or [])]

    def add_recent(self, path: str) -> None:
        files = [path] + [p for p in self.recent_files() if p != path]
        self.settings.setValue("recent_files", files[:MAX_RECENT])
        for cb in self.recent_changed:
            cb()
