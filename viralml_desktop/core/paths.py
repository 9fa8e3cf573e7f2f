"""Where things live: shipped files in the repository, user files in platformdirs dirs.

``VIRALML_CONFIG_DIR`` and ``VIRALML_DATA_DIR`` override the user dirs (tests use them
so they never touch a real profile).
"""
from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "ViralML"
APP_AUTHOR = "ViralML"

PACKAGE_DIR = Path(__file__).resolve().parents[1]
ROOT_DIR = PACKAGE_DIR.parent
MODELS_DIR = ROOT_DIR / "models"
CONFIG_DIR = ROOT_DIR / "config"
RESOURCES_DIR = ROOT_DIR / "resources"
DEFAULT_CONFIG_FILE = CONFIG_DIR / "ml_config.yaml"


def user_config_dir() -> Path:
    d = os.environ.get("VIRALML_CONFIG_DIR") or platformdirs.user_config_dir(APP_NAME, APP_AUTHOR)
    return Path(d)


def user_data_dir() -> Path:
    d = os.environ.get("VIRALML_DATA_DIR") or platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)
    return Path(d)


def user_models_dir() -> Path:
    return user_data_dir() / "models"


def user_config_file() -> Path:
    return user_config_dir() / "ml_config.yaml"


def database_file() -> Path:
    return user_data_dir() / "history.sqlite3"


def ensure_dir(p: Path) -> Path:
    p.mkdir(parents=True, exist_ok=True)
    return p
