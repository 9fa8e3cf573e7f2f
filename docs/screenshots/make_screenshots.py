"""Screenshots of every tab in a filled state, after a real job, at 1280x800, in one language.

Run (offscreen, one process per language; English, then Spanish)::

    .venv/bin/python docs/screenshots/make_screenshots.py --lang en
    .venv/bin/python docs/screenshots/make_screenshots.py --lang es

Writes ``docs/screenshots/<tab>_<lang>.png`` (palette-quantised with Pillow to stay small). The
inputs are generated with the project's own helpers, in a throwaway user folder: a 30 s clip
with a beat and a cut every four beats (training/measure_data.py), a 1280x720 thumbnail on a real
photograph (bench/thumbnail_latency.py) with two rivals, a TikTok export of 70 posts with a drop
(tests/test_account_health_gui.py), imported first so Posting time and Affinity read its history.
Every tab shows what its job returned; nothing is painted by hand. The Feed screenshot tab has
its own screenshots (issue 17) and is skipped here. The Release tab runs a real kit on a 20 s 640x360 cut of the teaser
with the imported account. ``--tabs comments`` shoots the Captions tab's
comment pane (``comments_<lang>.png``) after it analysed ten pasted comments (the table's
per-column sources in its header).
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = Path(__file__).resolve().parent
for p in (ROOT, ROOT / "tests", ROOT / "training"):
    sys.path.insert(0, str(p))

TABS = ["virality", "thumbnails", "captions", "posting_time", "account_health", "affinity", "release",
        "ml_health"]
EXTRA = ["comments", "release_report"]  # the Captions tab's comment pane, with its table's per-column sources
# (--tabs comments); the Release tab's report page after a real report (--tabs release_report)
TAB_OF = {"comments": "captions", "release_report": "release"}  # an extra's tab
COMMENTS = ["Que temazo, me encanta 🔥🔥", "This is the worst song ever, I hate it", "¿Cuándo sale en Spotify?",
            "Luna Roja nunca falla 😍", "meh, the chorus is boring", "Brutal el beat 💯", "no me gustó el video",
            "Best drop of the year 🙌", "ok", "La letra me hizo llorar 😭❤️"]
SIZE = (1280, 800)


def make_inputs(folder: Path) -> dict:
    """The files the tabs are given (see the module docstring)."""
    import cv2

    import measure_data
    from bench.thumbnail_latency import make_thumbnail
    from test_account_health_gui import write_export

    clip, _ = measure_data.acceptance_clip(folder / "nueva_vida_teaser.mp4", seconds=30.0, size=(320, 180))
    thumb = folder / "nueva_vida_thumbnail.png"
    base = make_thumbnail(thumb)
    rivals = []
    for i, (gain, blur) in enumerate(((1.15, 0), (0.6, 5))):  # a brighter rival and a dull, soft one
        img = cv2.convertScaleAbs(base, alpha=gain, beta=0)
        if blur:
            img = cv2.GaussianBlur(img, (0, 0), blur)
        path = folder / f"rival_{i + 1}.png"
        cv2.imwrite(str(path), img)
        rivals.append(str(path))
    export = write_export(folder / "luna_roja_tiktok.csv", n=70)
    return {"clip": str(clip), "thumb": str(thumb), "rivals": rivals, "export": str(export)}


def fill(win, key: str, inputs: dict, wait) -> None:
    """Run the tab's real job on the prepared input and wait for it to land."""
    tab = win.tabs[TAB_OF.get(key, key)]
    if key == "virality":
        tab.artist.setText("Luna Roja")
        i = tab.genre.findData("hip-hop")
        tab.genre.setCurrentIndex(max(i, 0))
        tab.handle_files([inputs["clip"]])  # the frame strip, then the analysis
    elif key == "thumbnails":
        tab.score(inputs["thumb"], inputs["rivals"])
    elif key == "captions":
        tab.caption.setPlainText("Nueva Vida ya disponible 🔥 el primer single de Luna Roja, link en la bio")
        tab.artist.setText("Luna Roja")
        tab.song.setText("Nueva Vida")
        tab.optimise()
    elif key == "posting_time":
        tab.artist.setText("luna_roja_tiktok")
        for code in ("MX", "ES", "CO"):
            tab.add_country(code)
        tab.match_artist()
        tab.predict()
    elif key == "account_health":
        tab.handle_files([inputs["export"]])
    elif key == "affinity":
        tab.load_request({
            "account_id": "luna_roja_tiktok", "target_account_id": "sol_de_noche",
            "metrics": {"shared_followers": 12000, "account_followers": 80000, "target_followers": 150000,
                        "engagement_overlap": 0.18, "content_similarity": 0.6},
            "account_texts": ["nueva vida ya disponible, trap latino", "detrás de cámaras del video"],
            "target_texts": ["perreo hasta el amanecer", "nuevo remix con Luna Roja pronto"],
            "account_artist": "Luna Roja", "target_artist": "Sol de Noche"})
        tab.calculate()
    elif key == "release":  # a real kit: a 640x360 cut of the teaser, the imported account, three countries
        import measure_data

        clip, _ = measure_data.acceptance_clip(Path(inputs["clip"]).with_name("nueva_vida_release.mp4"),
                                               seconds=20.0, size=(640, 360))
        kit = tab.kit
        tab.pages.setCurrentWidget(kit)
        kit.out_folder.setText(str(Path(inputs["clip"]).parent / "kits"))
        kit.title.setText("Nueva Vida")
        kit.artist.setText("Luna Roja")
        kit.genre.setCurrentIndex(max(kit.genre.findData("hip-hop"), 0))
        kit.countries.set_codes(["MX", "ES", "US"])
        kit.account.refresh()
        wait()
        kit.account.setCurrentIndex(max(kit.account.findData("luna_roja_tiktok"), 0))
        tab.handle_files([str(clip)])
        kit.run()
    elif key == "release_report":  # the imported account's latest post, six comments, the PDF
        page = tab.report
        tab.pages.setCurrentWidget(page)
        page.account.refresh()
        wait()
        page.account.setCurrentIndex(max(page.account.findData("luna_roja_tiktok"), 0))
        wait()
        comments = Path(inputs["clip"]).with_name("release_comments.txt")
        comments.write_text("\n".join(COMMENTS[:6]), encoding="utf-8")
        page.set_comments(str(comments))
        page.out_path.setText(str(Path(inputs["clip"]).with_name("luna_roja_report.pdf")))
        page.run()
    elif key == "ml_health":
        tab.refresh()
    elif key == "comments":
        tab = win.tabs["captions"]
        tab.inner.setCurrentWidget(tab.comments)
        tab.comments.input.setPlainText("\n".join(COMMENTS))
        tab.comments.analyze_pasted()
    wait()
    if key == "thumbnails":
        tab.views.setCurrentIndex(0)  # the score with its before/after (the rank is named there too)


def save_small(image, path: Path) -> int:
    """Write a QImage as a palette PNG (256 colours, Pillow's median cut); bytes written."""
    from PIL import Image
    from PySide6.QtCore import QBuffer, QIODevice

    buf = QBuffer()
    buf.open(QIODevice.WriteOnly)
    image.save(buf, "PNG")
    import io

    im = Image.open(io.BytesIO(bytes(buf.data()))).convert("RGB")
    im.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(
        path, optimize=True)
    return path.stat().st_size


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", choices=["en", "es"], required=True)
    ap.add_argument("--tabs", nargs="*", default=TABS, choices=TABS + EXTRA)
    ap.add_argument("--out", type=Path, default=OUT, help="folder for the PNGs (default: this one)")
    a = ap.parse_args()
    home = Path(tempfile.mkdtemp(prefix="viralml-shots-"))
    os.environ["VIRALML_LANG"] = a.lang
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("YOLO_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ["VIRALML_DATA_DIR"] = str(home / "data")
    os.environ["VIRALML_CONFIG_DIR"] = str(home / "config")
    from viralml_desktop.gui.app import _app, wait_idle

    app = _app()
    from viralml_desktop.gui.main_window import MainWindow

    win = MainWindow()
    win.ctx.set_value("imports/preview", "false")  # imports run at once (no preview dialog)
    win._device_timer.stop()
    win.resize(*SIZE)
    win.show()
    inputs = make_inputs(Path(tempfile.mkdtemp(prefix="viralml-shot-inputs-")))

    def wait():
        app.processEvents()
        if not wait_idle(app, win, 300):
            print("warning: a job was still running at the grab", file=sys.stderr)

    # the history first: Posting time and Affinity read the imported account
    win.select_tab("account_health")
    fill(win, "account_health", inputs, wait)
    for key in a.tabs:
        win.select_tab(TAB_OF.get(key, key))
        if key != "account_health":
            fill(win, key, inputs, wait)
        out = a.out / f"{key}_{a.lang}.png"
        n = save_small(win.grab().toImage(), out)
        hint = win.tabs[TAB_OF.get(key, key)].minimumSizeHint()
        print(f"{out}: {n / 1024:.0f} KB (tab minimum {hint.width()}x{hint.height()})", flush=True)
    win.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
