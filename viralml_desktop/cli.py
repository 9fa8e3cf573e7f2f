"""The ``viralml`` command: gui (default), predict, health, serve, batch.

Errors are one line on stderr with a non-zero exit; results are JSON on stdout.
"""
from __future__ import annotations

import argparse
import json
import logging
import sys
from typing import Optional

from viralml_desktop import __version__

EXIT_INPUT = 2
EXIT_UNAVAILABLE = 3


def _size(text: str) -> tuple[int, int]:
    try:
        w, h = text.lower().split("x")
        w, h = int(w), int(h)
        if w < 200 or h < 150 or w > 8000 or h > 8000:
            raise ValueError
        return w, h
    except ValueError:
        raise argparse.ArgumentTypeError(f"size must be WxH, e.g. 1280x800 (got {text!r})") from None


def build_parser() -> argparse.ArgumentParser:
    from viralml_desktop.core.engine import CAPABILITIES

    p = argparse.ArgumentParser(prog="viralml", description="ViralML Desktop: offline content analysis.")
    p.add_argument("--version", action="version", version=f"viralml {__version__}")
    p.add_argument("-v", "--verbose", action="store_true", help="log to stderr")
    sub = p.add_subparsers(dest="command")

    g = sub.add_parser("gui", help="open the main window (default)")
    g.add_argument("--screenshot", metavar="FILE", help="render the window offscreen to a PNG and exit")
    g.add_argument("--tab", metavar="NAME", help="tab to show (virality, thumbnails, captions, posting_time, "
                                                  "account_health, affinity, ml_health)")
    g.add_argument("--size", metavar="WxH", type=_size, help="window size, e.g. 1280x800")

    pr = sub.add_parser("predict", help="run one capability on a JSON request")
    pr.add_argument("capability", choices=sorted(CAPABILITIES), metavar="CAPABILITY",
                    help="one of: " + ", ".join(sorted(CAPABILITIES)))
    pr.add_argument("--json", dest="json_file", required=True, metavar="FILE", help="request JSON file, or - for stdin")
    pr.add_argument("--pretty", action="store_true", help="indent the output")

    sub.add_parser("health", help="print the ML health JSON")

    s = sub.add_parser("serve", help="run the local HTTP server (CONTRACT.md endpoints)")
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--port", type=int, default=8000)
    s.add_argument("--media-root", action="append", default=[], metavar="DIR",
                   help="folder whose files requests may name by path (repeatable; adds to app.media_roots "
                        "and VIRALML_MEDIA_ROOTS)")

    b = sub.add_parser("batch", help="run a capability over a folder or CSV, resumable")
    b.add_argument("capability", choices=sorted(CAPABILITIES), metavar="CAPABILITY")
    b.add_argument("--input", required=True, metavar="DIR_OR_CSV")
    b.add_argument("--output", required=True, metavar="FILE.csv|.jsonl")
    b.add_argument("--workers", type=int, default=1)
    b.add_argument("--retry-errors", action="store_true",
                   help="run again the items whose earlier row in the output has an error")
    return p


def _fail(msg: str, code: int = 1) -> int:
    print(f"error: {msg}", file=sys.stderr)
    return code


def cmd_predict(args) -> int:
    from viralml_desktop.core import engine
    from viralml_desktop.core.config import ConfigError
    from viralml_desktop.core.errors import (FeatureDisabled, InputError, ModelUnavailable, NotAvailableYet,
                                             ViralMLError)

    try:
        if args.json_file == "-":
            raw = sys.stdin.buffer.read()
            src = "stdin"
        else:
            with open(args.json_file, "rb") as f:
                raw = f.read()
            src = args.json_file
    except OSError as e:
        return _fail(f"cannot read {args.json_file}: {e.strerror}", EXIT_INPUT)
    try:
        request = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as e:
        return _fail(f"{src} is not UTF-8 text (byte {e.start})", EXIT_INPUT)
    except json.JSONDecodeError as e:
        return _fail(f"{src} is not valid JSON: {e.msg} at line {e.lineno} column {e.colno}", EXIT_INPUT)
    try:
        out = engine.run(args.capability, request)
    except (InputError, ConfigError) as e:
        return _fail(str(e), EXIT_INPUT)
    except (NotAvailableYet, FeatureDisabled, ModelUnavailable) as e:
        return _fail(str(e), EXIT_UNAVAILABLE)
    except ViralMLError as e:
        return _fail(str(e))
    json.dump(out, sys.stdout, ensure_ascii=False, indent=2 if args.pretty else None)
    sys.stdout.write("\n")
    return 0


def cmd_health(args) -> int:
    from viralml_desktop.core import health

    json.dump(health.snapshot(), sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


def cmd_gui(args) -> int:
    from viralml_desktop.gui.app import run_gui

    return run_gui(screenshot=getattr(args, "screenshot", None), tab=getattr(args, "tab", None),
                   size=getattr(args, "size", None))


def cmd_serve(args) -> int:
    try:
        from viralml_desktop.api.server import serve
    except ImportError as e:
        return _fail(f"the HTTP server is not available yet ({e})", EXIT_UNAVAILABLE)
    return serve(host=args.host, port=args.port, media_roots=args.media_root, verbose=args.verbose)


def cmd_batch(args) -> int:
    try:
        from viralml_desktop.batch import run_batch
    except ImportError as e:
        return _fail(f"batch jobs are not available yet ({e})", EXIT_UNAVAILABLE)
    return run_batch(args.capability, args.input, args.output, workers=args.workers,
                     retry_errors=args.retry_errors)


def main(argv: Optional[list[str]] = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    from viralml_desktop.core.config import ConfigError

    try:
        from viralml_desktop.core import config

        config.get()  # validate the configuration at start: a bad file is named here
        handler = {"predict": cmd_predict, "health": cmd_health, "serve": cmd_serve,
                   "batch": cmd_batch}.get(args.command, cmd_gui)
        return handler(args)
    except ConfigError as e:
        return _fail(str(e), EXIT_INPUT)
    except KeyError as e:  # unknown --tab
        return _fail(e.args[0] if e.args else str(e), EXIT_INPUT)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the reader went away (e.g. `| head`): not an error worth a traceback
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141


if __name__ == "__main__":
    sys.exit(main())
