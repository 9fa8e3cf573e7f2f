#!/usr/bin/env bash
# Smoke test of the standalone app built by `make package` (dist/viralml/viralml).
#
# Starts the executable with an empty HOME (no config, no user data, no models dir), offline (in a
# network namespace with only loopback where `unshare -rn` is allowed, else with the offline
# environment variables), and checks: --version; `gui --screenshot` of every tab the bundle lists
# (each PNG non-blank); `predict` of every capability the bundle's engine lists, on the contract
# examples and on a generated clip and thumbnail; `serve` answering GET /health.
# The requests and media are written by the bundle itself (`viralml -c CODE`, packaging/entry.py),
# so nothing outside dist/viralml is used. Exit 0 when every check passes, 1 otherwise.
#
# Usage: packaging/smoke.sh [PATH/TO/viralml]
set -uo pipefail

APP=$(realpath "${1:-dist/viralml/viralml}" 2>/dev/null || true)
if [ -z "$APP" ] || [ ! -x "$APP" ]; then
  echo "smoke: ${1:-dist/viralml/viralml} is not built (run make package)" >&2
  exit 2
fi

# Offline: rerun inside a user + network namespace (loopback only) when the kernel allows it.
if [ -z "${SMOKE_IN_NETNS:-}" ] && unshare -rn true 2>/dev/null; then
  exec unshare -rn env SMOKE_IN_NETNS=1 bash "$0" "$APP"
fi
if [ -n "${SMOKE_IN_NETNS:-}" ]; then
  ip link set lo up 2>/dev/null || echo "smoke: loopback stays down here; the serve check will fail" >&2
  NET="no network (own network namespace, loopback only)"
else
  NET="network present; offline by environment (YOLO_OFFLINE, HF_HUB_OFFLINE)"
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/viralml-smoke.XXXXXX")
SERVER=""
cleanup() { [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT
export HOME="$WORK/home"
mkdir -p "$HOME"
unset VIRALML_CONFIG_DIR VIRALML_DATA_DIR VIRALML_MEDIA_ROOTS XDG_CONFIG_HOME XDG_DATA_HOME XDG_CACHE_HOME \
      PYTHONPATH PYTHONHOME VIRTUAL_ENV
export QT_QPA_PLATFORM=offscreen YOLO_OFFLINE=1 HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1

FAILED=0
PASSED=0
check() {  # check NAME COMMAND... : run, report ok / FAIL with the last lines of its output
  local name=$1; shift
  if out=$("$@" 2>&1); then
    PASSED=$((PASSED + 1)); echo "ok    $name"
  else
    FAILED=$((FAILED + 1)); echo "FAIL  $name"; echo "$out" | tail -5 | sed 's/^/      /'
  fi
}

echo "smoke: $APP ($(du -sh "$(dirname "$APP")" | cut -f1)), HOME=$HOME, $NET"
check "--version" bash -c "'$APP' --version | grep -q '^viralml [0-9]'"

# -- the GUI: every tab, offscreen, to a non-blank PNG ------------------------------------
TABS=$("$APP" -c 'from viralml_desktop.gui.tabs import TABS; print(" ".join(t.key for t in TABS))') \
  || { echo "FAIL  listing the tabs"; exit 1; }
NONBLANK='import sys, cv2
im = cv2.imread(sys.argv[1])
assert im is not None and im.shape[0] >= 300 and im.shape[1] >= 400, "no image"
assert float(im.std()) > 5.0, f"blank (pixel std {im.std():.1f})"'
for tab in $TABS; do
  check "gui --screenshot --tab $tab" bash -c "'$APP' gui --tab $tab --size 1280x800 --screenshot '$WORK/$tab.png' \
    && '$APP' -c '$NONBLANK' '$WORK/$tab.png'"
done

# -- predict: every capability the engine lists -------------------------------------------
GEN='import json, sys
from pathlib import Path
from viralml_desktop.api.examples import example_requests, write_example_media, write_thumbnail, write_video
from viralml_desktop.core.engine import CAPABILITIES
from viralml_desktop.core.security import walk_paths

root = Path(sys.argv[1]); req_dir = root / "requests"; req_dir.mkdir(parents=True)
write_example_media(root)
thumb, clip = root / "generated_thumb.jpg", root / "generated_clip.mp4"
write_thumbnail(thumb, 20, "NEW SINGLE", size=(1280, 720))
write_video(clip, seconds=3.0, tone_hz=330.0)
absolute = lambda v, _name: v if v.startswith("/") else str(root / v)
reqs = {f"{k}.contract": walk_paths(v, absolute) for k, v in example_requests(root).items()}
reqs["predict_virality.generated"] = {"video_path": str(clip)}
reqs["score_thumbnail.generated"] = {"thumbnail_path": str(thumb)}
if "analyze_screenshot" in CAPABILITIES:  # a feed: six thumbnails in a grid, a title and a meta line under each
    import cv2, numpy as np
    feed = np.full((800, 1280, 3), 255, np.uint8)
    for k in range(6):
        y, x = 24 + (k // 3) * 380, 24 + (k % 3) * 416
        write_thumbnail(root / f"tile{k}.jpg", (k * 29) % 180, f"TRACK {k}", size=(384, 216))
        feed[y:y + 216, x:x + 384] = cv2.imread(str(root / f"tile{k}.jpg"))
        cv2.putText(feed, f"My new song number {k} (Official Video)", (x, y + 246), cv2.FONT_HERSHEY_SIMPLEX, 0.55,
                    (20, 20, 20), 1, cv2.LINE_AA)
        cv2.putText(feed, f"{k + 1}.2M views - {k + 2} days ago", (x, y + 272), cv2.FONT_HERSHEY_SIMPLEX, 0.45,
                    (90, 90, 90), 1, cv2.LINE_AA)
    cv2.imwrite(str(root / "generated_feed.png"), feed)
    reqs["analyze_screenshot.generated"] = {"screenshot_path": str(root / "generated_feed.png")}
posts = [{"views": 1000 + 37 * (i % 7) * 10 + 15 * i, "likes": 80 + i, "timestamp": f"2025-09-{1 + i % 30:02d}T18:00:00"}
         for i in range(30)]
for name, cap in CAPABILITIES.items():  # capabilities without an example: a request from their schema
    if any(k.split(".")[0] == name for k in reqs):
        continue
    fields = cap.request.model_fields
    if "recent_posts" in fields:
        reqs[f"{name}.generated"] = {"recent_posts": posts}
    elif any(f.endswith("_path") for f in fields):
        reqs[f"{name}.generated"] = {f: str(clip if "video" in f else thumb)
                                     for f, info in fields.items() if f.endswith("_path") and info.is_required()} \
            or {next(f for f in fields if f.endswith("_path")): str(thumb)}
    else:
        print(f"no example request for {name}", file=sys.stderr)
        reqs[f"{name}.missing"] = None
for key, req in reqs.items():
    (req_dir / f"{key}.json").write_text("null" if req is None else json.dumps(req), encoding="utf-8")
'
check "write the example requests and media" "$APP" -c "$GEN" "$WORK/media"
ISJSON='import json, sys; d = json.load(open(sys.argv[1])); assert isinstance(d, dict) and d, "empty answer"'
for req in "$WORK"/media/requests/*.json; do
  key=$(basename "$req" .json)
  cap=${key%%.*}
  check "predict $key" bash -c "'$APP' predict $cap --json '$req' > '$WORK/$key.out' && '$APP' -c '$ISJSON' '$WORK/$key.out'"
done

# -- serve: GET /health on a free port ------------------------------------------------------
PORT=$("$APP" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$APP" serve --host 127.0.0.1 --port "$PORT" > "$WORK/serve.log" 2>&1 &
SERVER=$!
HEALTH="import json, sys, time, httpx
for _ in range(120):
    try:
        r = httpx.get('http://127.0.0.1:$PORT/health', timeout=5)
        break
    except httpx.TransportError:
        time.sleep(1)
else:
    sys.exit('no answer on port $PORT in 120 s')
assert r.status_code == 200, r.status_code
assert isinstance(r.json(), dict)"
check "serve answers GET /health" "$APP" -c "$HEALTH"
kill "$SERVER" 2>/dev/null; wait "$SERVER" 2>/dev/null; SERVER=""

echo "smoke: $PASSED passed, $FAILED failed"
[ "$FAILED" -eq 0 ]
