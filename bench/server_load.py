"""Local server speed on loopback: per-endpoint latency, and a bounded load test.

    python bench/server_load.py [--requests 2000] [--concurrency 32] [--runs 3] [--latency-n 30]
    python bench/server_load.py --skip-latency --endpoints health,predict_peak   # cheap endpoints only

Starts ``viralml serve`` as a child process (own temporary user dirs, the CONTRACT.md
example media under a media root), then:

1. latency: every CONTRACT.md example sent one at a time on one connection: the first
   request (cold: includes loading the capability's models), the p50 of ``--latency-n``
   requests with new input (new media files for the path-based endpoints, at most 8), and
   the p50 of the same request repeated (served from the result caches where a capability
   has one), beside the old ML Core's stated 120 ms inference latency;
2. load: ``--requests`` requests at ``--concurrency`` connections on /detect_anomaly and
   /optimize_caption (each request a little different, so no result cache helps), ``--runs``
   times (``--endpoints`` names others; ``health`` is ``GET /health``); p50 / p95 / p99
   latency, requests per second and errors (anything but 200), medians over the runs. An
   endpoint that does not answer 200 yet is replaced by the fastest built one and named in
   the output, so the run is redone once it is built. ``--skip-latency`` skips part 1.

Everything stops by itself: the request counts are fixed and each request times out.
"""
from __future__ import annotations

import argparse
import asyncio
import copy
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from viralml_desktop.api.examples import (example_requests, write_example_media, write_thumbnail,  # noqa: E402
                                          write_video)
from viralml_desktop.api.runner import ServeProcess  # noqa: E402

OLD_LATENCY_MS = 120.0
LOAD_ENDPOINTS = ["detect_anomaly", "optimize_caption"]
FALLBACKS = ["predict_posting_time", "calculate_affinity", "research_hashtags", "analyze_comments", "predict_peak"]
TIMEOUT_S = 60.0


def varied(name: str, base: dict, i: int) -> dict:
    """The example with a small per-request change, so every request is computed afresh."""
    req = copy.deepcopy(base)
    if name == "detect_anomaly":
        req["recent_posts"][0]["views"] += i
    elif name == "optimize_caption":
        req["base_caption"] = f"{req['base_caption']} {i}"
    elif name == "calculate_affinity":
        req["metrics"]["shared_followers"] += i
    elif name == "research_hashtags":
        req["limit"] = 5 + i % 40
    elif name == "analyze_comments":
        req["comments"] = req["comments"] + [f"tema {i}"]
    elif name == "predict_peak":
        req["views"] = req["views"] + [req["views"][-1] + i % 300]  # still slowing down: a peak to find
    return req


def fresh_requests(name: str, base: dict, media: Path, n: int) -> list[dict]:
    """``n`` requests no cache has seen: new media files for the path-based endpoints."""
    if name == "score_thumbnail":
        out = []
        for i in range(n):
            p = media / "fresh" / f"thumb_{i}.jpg"
            write_thumbnail(p, (17 * i) % 180, f"T{i}")
            out.append(dict(copy.deepcopy(base), thumbnail_path=str(p)))
        return out
    if name == "predict_virality":
        return [dict(copy.deepcopy(base), video_path=str(write_video(media / "fresh" / f"clip_{i}.mp4",
                                                                    tone_hz=220.0 + 40 * i)))
                for i in range(n)]
    return [varied(name, base, 1000 + i) for i in range(n)]


def latency(url: str, examples: dict, media: Path, n: int) -> dict:
    def timed(c: httpx.Client, name: str, req: dict) -> tuple[float, httpx.Response]:
        t0 = time.perf_counter()
        r = c.post(f"/{name}", json=req)
        return (time.perf_counter() - t0) * 1000, r

    out = {}
    with httpx.Client(base_url=url, timeout=TIMEOUT_S) as c:
        for name, req in examples.items():
            cold, r = timed(c, name, req)
            if r.status_code != 200:
                out[name] = {"status": r.status_code, "detail": r.json().get("detail", "")[:90]}
                continue
            repeated = [timed(c, name, req)[0] for _ in range(n)]
            k = min(n, 8) if name in ("score_thumbnail", "predict_virality") else n
            fresh = [timed(c, name, f)[0] for f in fresh_requests(name, req, media, k)]
            out[name] = {"status": 200, "cold_ms": cold, "fresh_ms": float(np.median(fresh)), "n_fresh": k,
                         "repeated_ms": float(np.median(repeated))}
    return out


async def load_once(url: str, name: str, base: dict, total: int, concurrency: int) -> dict:
    lat: list[float] = []
    errors: dict[str, int] = {}
    counter = iter(range(total))
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)

    async def worker(c: httpx.AsyncClient) -> None:
        for i in counter:  # shared iterator: exactly `total` requests in all
            t0 = time.perf_counter()
            try:
                r = await (c.get("/health") if name == "health" else c.post(f"/{name}", json=varied(name, base, i)))
                key = None if r.status_code == 200 else str(r.status_code)
            except httpx.HTTPError as e:
                key = type(e).__name__
            lat.append((time.perf_counter() - t0) * 1000)
            if key:
                errors[key] = errors.get(key, 0) + 1

    async with httpx.AsyncClient(base_url=url, timeout=TIMEOUT_S, limits=limits) as c:
        t0 = time.perf_counter()
        await asyncio.gather(*[worker(c) for _ in range(concurrency)])
        wall = time.perf_counter() - t0
    a = np.asarray(lat)
    return {"p50_ms": float(np.percentile(a, 50)), "p95_ms": float(np.percentile(a, 95)),
            "p99_ms": float(np.percentile(a, 99)),
            "rps": total / wall, "errors": sum(errors.values()), "error_kinds": errors}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--requests", type=int, default=2000)
    ap.add_argument("--concurrency", type=int, default=32)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--latency-n", type=int, default=30)
    ap.add_argument("--endpoints", default=",".join(LOAD_ENDPOINTS),
                    help="comma-separated capabilities for the load test; 'health' is GET /health")
    ap.add_argument("--skip-latency", action="store_true", help="only the load test")
    args = ap.parse_args()
    wanted = [e.strip() for e in args.endpoints.split(",") if e.strip()]

    home = Path(tempfile.mkdtemp(prefix="viralml-bench-server-"))
    media = home / "media"
    write_example_media(media)
    examples = example_requests(media)
    env = {"VIRALML_CONFIG_DIR": str(home / "config"), "VIRALML_DATA_DIR": str(home / "data"),
           "VIRALML_SERVER_TOKEN": "", "VIRALML_MEDIA_ROOTS": ""}
    server = ServeProcess(home / "serve.log", media_roots=[media], env=env)
    print(f"# Server bench — {platform.machine()} {platform.system()}, python {platform.python_version()}, "
          f"server {server.url}")
    try:
        if args.skip_latency:
            lat = {}
            with httpx.Client(base_url=server.url, timeout=TIMEOUT_S) as c:
                for name in [n for n in wanted if n != "health"] + FALLBACKS:
                    r = c.post(f"/{name}", json=examples[name])  # also loads its models before timing
                    lat[name] = {"status": r.status_code, "fresh_ms": 0.0}
        else:
            lat = latency(server.url, examples, media, args.latency_n)
        lat["health"] = {"status": 200, "fresh_ms": 0.0}
        print(f"\n## Latency, one connection (old ML Core: {OLD_LATENCY_MS:.0f} ms)\n")
        print("| endpoint | first request (cold: loads models) ms | p50 new input ms | "
              "p50 repeated input ms | new input vs 120 ms |")
        print("|---|---:|---:|---:|---:|")
        for name, r in lat.items():
            if args.skip_latency or name == "health":
                continue
            if r["status"] != 200:
                print(f"| /{name} | answers {r['status']}: {r['detail']} | | | |")
            else:
                print(f"| /{name} | {r['cold_ms']:.0f} | {r['fresh_ms']:.1f} (n={r['n_fresh']}) | "
                      f"{r['repeated_ms']:.1f} | {r['fresh_ms'] / OLD_LATENCY_MS:.2f}× |")

        built = [n for n, r in lat.items() if r["status"] == 200]
        targets = [n for n in wanted if n in built]
        substitutes = sorted((n for n in FALLBACKS if n in built and n not in targets),
                             key=lambda n: lat[n]["fresh_ms"])  # the fastest built ones
        missing = [n for n in wanted if n not in built]
        targets += substitutes[:len(missing)]
        if missing:
            print(f"\nNOTE: {', '.join(missing)} not answering 200 yet; load test ran on "
                  f"{', '.join(targets) or 'nothing'} instead — rerun once built.")
        print(f"\n## Load: {args.requests} requests at {args.concurrency} connections, "
              f"median of {args.runs} runs\n")
        print("| endpoint | p50 ms | p95 ms | p99 ms | requests/s | errors |")
        print("|---|---:|---:|---:|---:|---:|")
        for name in targets:
            runs = [asyncio.run(load_once(server.url, name, examples.get(name, {}), args.requests, args.concurrency))
                    for _ in range(args.runs)]
            med = {k: statistics.median(r[k] for r in runs) for k in ("p50_ms", "p95_ms", "p99_ms", "rps")}
            errs = sum(r["errors"] for r in runs)
            kinds = {k: v for r in runs for k, v in r["error_kinds"].items()}
            print(f"| /{name} | {med['p50_ms']:.1f} | {med['p95_ms']:.1f} | {med['p99_ms']:.1f} | {med['rps']:.0f} | "
                  f"{errs}{' ' + str(kinds) if kinds else ''} |")
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
