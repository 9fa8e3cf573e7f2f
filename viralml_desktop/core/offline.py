"""Offline, quiet and private by default: set before ultralytics / transformers / huggingface_hub /
onnxruntime are imported (the registry imports this module first, and so does every front).

The only network use the app allows is an explicit, user-started download, so every library that
would otherwise reach a hub (weights, fonts, settings sync, pip auto-install) is told not to; every
library with a telemetry switch has it off; no library may write to stdout (``viralml predict``
prints JSON there, nothing else); and ultralytics loads checkpoints with restricted unpickling.
"""
import os

from viralml_desktop.core import paths

os.environ.setdefault("YOLO_OFFLINE", "1")  # ultralytics: no events, no hub (settings sync off: registry)
os.environ.setdefault("YOLO_AUTOINSTALL", "false")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
# ultralytics writes settings.json (and would fetch fonts) under YOLO_CONFIG_DIR; keep it ours.
os.environ.setdefault("YOLO_CONFIG_DIR", str(paths.user_config_dir() / "ultralytics"))

# -- model files are data: restricted unpickling (weights_only + ultralytics' class allow-list) --
# Forced, not a default: a model file must never run code, whatever the environment says.
os.environ["ULTRALYTICS_SAFE_LOAD"] = "1"

# -- telemetry off, for every dependency that has a switch -------------------------------------
TELEMETRY_OFF = {
    "HF_HUB_DISABLE_TELEMETRY": "1",  # huggingface_hub / transformers
    "ORT_DISABLE_TELEMETRY": "1",  # onnxruntime (rapidocr's engine); see disable_onnxruntime_telemetry
    "DO_NOT_TRACK": "1",  # the cross-tool convention (huggingface_hub, others)
    "HF_HUB_DISABLE_IMPLICIT_TOKEN": "1",
    # FastAPI ships OpenTelemetry hooks that add OTLP exporters from OTEL_* variables when
    # auto-configured; the local server never exports traces, metrics or logs
    "OTEL_SDK_DISABLED": "true",
    "FASTAPI_OTEL_AUTO_CONFIGURE": "false",
}
for _k, _v in TELEMETRY_OFF.items():
    os.environ[_k] = _v

# -- nothing on stdout -----------------------------------------------------------------------------
os.environ.setdefault("YOLO_VERBOSE", "False")  # ultralytics' LOGGER prints to stdout otherwise
os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")


def disable_onnxruntime_telemetry() -> None:
    """Switch off onnxruntime's telemetry events in this process (the environment switch covers
    builds that read it; this covers the ones with only the API). Call after importing onnxruntime;
    safe to call more than once, and a no-op when onnxruntime lacks the function."""
    try:
        import onnxruntime

        fn = getattr(onnxruntime, "disable_telemetry_events", None)
        if fn is not None:
            fn()
    except Exception:  # noqa: BLE001 - telemetry off is best effort, never a failure
        pass
