"""Offline by default: set before ultralytics / transformers / huggingface_hub are imported.

The only network use the app allows is an explicit, user-started download, so every
library that would otherwise reach a hub (weights, fonts, settings sync, pip
auto-install) is told not to.
"""
import os

from viralml_desktop.core import paths

os.environ.setdefault("YOLO_OFFLINE", "1")
os.environ.setdefault("YOLO_AUTOINSTALL", "false")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
# ultralytics writes settings.json (and would fetch fonts) under YOLO_CONFIG_DIR; keep it ours.
os.environ.setdefault("YOLO_CONFIG_DIR", str(paths.user_config_dir() / "ultralytics"))
