"""Generate labelled feed screenshots for the screenshot detector (models/screenshot_yolo).

Each screenshot imitates a real feed page, drawn with Qt's QPainter: YouTube desktop home grid
and search list, YouTube mobile feed and Shorts shelf, TikTok profile grid, Instagram profile and
reels grids, X media posts, and (added for training stage 3) three full-width edge-to-edge media
feeds of other products: Instagram's home feed and Explore mosaic and Facebook's video feed — light, dark and "dim" themes, phone and desktop sizes at device
pixel ratios 1 to 3, scroll offsets that cut tiles at the edges, duration badges, progress bars,
LIVE and NEW labels, avatars, titles, channel names and view counts in English and Spanish.
The thumbnails are real photographs shipped in packages (scikit-image, scikit-learn and
matplotlib sample images, scikit-image's LFW face subset) with big text and faces composited
over them as creators do.

Classes (YOLO ids): 0 ``thumbnail``, 1 ``title``, 2 ``meta`` (channel · views · age).

Held out (never in training):

- the whole ``yt_mobile_feed`` layout family,
- the ``dim`` theme (blue-grey, as X's "Dim"),
- four source photographs (only in the test sets),
- ``html``: screenshots rendered from hand-written HTML imitations of the real pages with
  QTextDocument (Qt's rich-text engine; QtWebEngine/Chromium is not installed here). Their
  boxes are read from a second rendering of the same HTML in which every labelled element is
  painted in a unique key colour, so the boxes follow the engine's own layout.

Usage::

    python training/screenshot_data.py --out /tmp/vml_shots --train 300 --val 40 --test 40

writes ``<out>/<split>/{images,labels}`` in the ultralytics layout and ``<out>/data.yaml``.
Each label line is ``class cx cy w h`` (normalised). ``<split>/families.json`` gives each
image's layout family and theme.
"""
from __future__ import annotations

import argparse
import json
import os
import random
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _pin_none() -> None:
    """PySide6 6.11 on Python 3.11 drops a reference to None on many void QPainter calls
    (setPen, setBrush, drawRoundedRect, fillRect …: measured -1 per call); a few hundred thousand
    calls deallocate None and abort the interpreter. Python 3.12 makes None immortal; here its
    count is raised once so that this generator's millions of calls never reach zero."""
    import ctypes
    import sys

    if sys.version_info < (3, 12):
        ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40


_pin_none()

from PySide6.QtCore import QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import (QBrush, QColor, QFont, QFontMetricsF, QGuiApplication, QImage,  # noqa: E402
                           QLinearGradient, QPainter, QPainterPath, QPen, QTextDocument)

CLASSES = ("thumbnail", "title", "meta")
FAMILIES = ("yt_desktop_grid", "yt_search_list", "yt_mobile_feed", "yt_shorts_shelf",
            "tiktok_profile", "ig_profile", "ig_reels", "x_media",
            # session 9: full-width edge-to-edge media feeds of other products (see ig_home_feed)
            "ig_home_feed", "fb_video_feed", "ig_explore")
HELD_OUT_FAMILY = "yt_mobile_feed"
HELD_OUT_THEME = "dim"
TRAIN_FAMILIES = tuple(f for f in FAMILIES if f != HELD_OUT_FAMILY)
# the held-out-theme test set keeps the first seven training families, so its figure stays
# comparable with the stages trained before the full-width families were added
THEME_TEST_FAMILIES = TRAIN_FAMILIES[:7]
TRAIN_THEMES = ("light", "dark")

THEMES = {
    "light": dict(bg="#ffffff", fg="#0f0f0f", sub="#606060", chip="#f2f2f2", line="#e5e5e5"),
    "dark": dict(bg="#0f0f0f", fg="#f1f1f1", sub="#aaaaaa", chip="#272727", line="#303030"),
    "dim": dict(bg="#15202b", fg="#f7f9f9", sub="#8b98a5", chip="#22303c", line="#38444d"),
}


# Domain randomisation (training stage 4): besides light and dark, a share of the training images
# (RANDOM_THEME_SHARE) gets a random palette made from the image's seed (random_palette): background
# lightness anywhere from near-black to white with a random hue tint, and text/chip/line colours of
# plausible contrast. A palette whose background lies within HELD_OUT_EXCLUSION_DE (CIE76 colour
# difference in CIELAB, D65) of the held-out dim background #15202b is rejected and drawn again, so
# the held-out theme stays unseen: 12 is just beyond the trained dark theme's own distance (#0f0f0f is
# 11.6 from #15202b), so no random background is closer to dim than a trained theme already was.
RANDOM_THEME_SHARE = 0.5
HELD_OUT_EXCLUSION_DE = 12.0


def _lab(colour: str) -> np.ndarray:
    """CIELAB (D65) of a ``#rrggbb`` colour, shape (3,)."""
    from skimage.color import rgb2lab

    rgb = np.array([int(colour[i:i + 2], 16) for i in (1, 3, 5)], float) / 255
    return rgb2lab(rgb[None, None])[0, 0]


def _hex_of_lab(L: float, a: float, b: float) -> str:
    from skimage.color import lab2rgb

    rgb = np.clip(lab2rgb(np.array([[[L, a, b]]], float))[0, 0], 0, 1)
    return "#" + "".join(f"{int(round(v * 255)):02x}" for v in rgb)


def held_out_distance(colour: str) -> float:
    """CIE76 colour difference (ΔE*ab) between ``colour`` and the held-out theme's background."""
    return float(np.linalg.norm(_lab(colour) - _lab(THEMES[HELD_OUT_THEME]["bg"])))


def random_palette(seed: int) -> dict:
    """A random theme palette (``bg``, ``fg``, ``sub``, ``chip``, ``line`` as ``#rrggbb``) from ``seed``.

    Background L* uniform in [2, 100], a tint of chroma 0-22 at a uniform hue angle (blue-grey,
    warm grey, sepia, green-grey, purple ...); text (``fg``) 70-92 L* away from it on the far side,
    ``sub`` 40-60 % of the way, ``chip`` and ``line`` 5-12 and 10-20 L* from the background
    towards the text, all with the background's hue. Backgrounds within
    ``HELD_OUT_EXCLUSION_DE`` of the held-out ``dim`` background are rejected (drawn again).
    """
    r = random.Random(f"palette{seed}")
    while True:
        L = r.uniform(2, 100)
        c = r.uniform(0, 22) * (1 - 0.6 * max(0.0, L - 85) / 15)  # whites carry a weaker tint
        h = r.uniform(0, 2 * np.pi)
        a, b = c * np.cos(h), c * np.sin(h)
        bg = _hex_of_lab(L, a, b)
        if held_out_distance(bg) >= HELD_OUT_EXCLUSION_DE:
            break
    dark = L < 55
    sign = 1 if dark else -1
    fl = float(np.clip(L + sign * r.uniform(70, 92), 3, 99))
    ct = r.uniform(0, 0.5)  # text keeps part of the tint
    fg = _hex_of_lab(fl, a * ct, b * ct)
    k = r.uniform(0.4, 0.6)
    sub = _hex_of_lab(L + (fl - L) * k, a * 0.7, b * 0.7)
    chip = _hex_of_lab(float(np.clip(L + sign * r.uniform(5, 12), 0, 100)), a, b)
    line = _hex_of_lab(float(np.clip(L + sign * r.uniform(10, 20), 0, 100)), a, b)
    return dict(bg=bg, fg=fg, sub=sub, chip=chip, line=line)


def palette(theme: str) -> dict:
    """The colours of ``theme``: a named theme of THEMES, or ``rand<seed>`` (:func:`random_palette`)."""
    if theme.startswith("rand"):
        return random_palette(int(theme[4:]))
    return THEMES[theme]


def theme_group(theme: str) -> str:
    """The theme's name in the figures: a named theme, or ``random`` for any random palette."""
    return "random" if theme.startswith("rand") else theme


# -- words (EN/ES) --------------------------------------------------------------------------

_TITLE_WORDS = {
    "en": ("official", "video", "remix", "live", "session", "reaction", "how", "I", "made", "this", "beat",
           "in", "10", "minutes", "the", "best", "trap", "songs", "of", "2026", "new", "music", "behind",
           "scenes", "studio", "vlog", "freestyle", "challenge", "first", "time", "hearing", "tour", "day"),
    "es": ("video", "oficial", "remix", "en", "vivo", "sesión", "reacción", "cómo", "hice", "este", "beat",
           "minutos", "lo", "mejor", "del", "reggaetón", "canciones", "nueva", "música", "detrás", "de",
           "cámaras", "estudio", "freestyle", "reto", "primera", "vez", "escuchando", "gira", "año", "año"),
}
_OVERLAY = {"en": ("WOW", "NEW", "FIRST TIME", "NO WAY", "TOP 10", "HOW?", "VIRAL", "LIVE", "100%", "I QUIT"),
            "es": ("NUEVO", "INCREÍBLE", "TOP 10", "¿CÓMO?", "EN VIVO", "REACCIÓN", "¡WOW!", "ÉXITO", "NO PUEDE SER")}
_CHANNEL = ("Bad Bunny", "Karol G", "Peso Pluma", "Rosalía", "Feid", "Quevedo", "Anuel AA", "Bizarrap",
            "Trap Latino TV", "Beats Studio", "Música Urbana", "LatinHits", "El Productor", "DJ Nova",
            "Sofía Beats", "RemixLab", "StudioVlogs", "Kali Uchis", "Mora", "Young Miko")


def _views(rng: random.Random, lang: str) -> str:
    n = rng.choice([rng.randint(100, 999), rng.randint(1, 999) * 1000, rng.randint(10, 999) * 100_000])
    if n >= 1_000_000:
        v = f"{n / 1e6:.1f}".rstrip("0").rstrip(".")
        num = v + ("M" if lang == "en" else " M")
    elif n >= 1000:
        num = f"{n // 1000}K" if lang == "en" else f"{n // 1000} k"
    else:
        num = str(n)
    if lang == "es":
        num = num.replace(".", ",")
    return f"{num} views" if lang == "en" else f"{num} de visualizaciones"


def _age(rng: random.Random, lang: str) -> str:
    k, unit = rng.randint(1, 11), rng.choice(["hour", "day", "week", "month", "year"])
    if lang == "en":
        return f"{k} {unit}{'s' if k > 1 else ''} ago"
    es = {"hour": "hora", "day": "día", "week": "semana", "month": "mes", "year": "año"}[unit]
    if k > 1:
        es = "meses" if es == "mes" else es + "s"
    return f"hace {k} {es}"


def _title(rng: random.Random, lang: str, lo: int = 4, hi: int = 12) -> str:
    words = [rng.choice(_TITLE_WORDS[lang]) for _ in range(rng.randint(lo, hi))]
    t = " ".join(words)
    t = t[0].upper() + t[1:]
    if rng.random() < 0.3:
        t = rng.choice(_CHANNEL) + " - " + t
    if rng.random() < 0.2:
        t += " " + rng.choice(["🔥", "(Official Video)", "| 4K", "#shorts", "(Video Oficial)"])
    return t


def _count(rng: random.Random) -> str:
    n = rng.choice([rng.randint(100, 999), rng.randint(1, 99) * 1000 + rng.randint(0, 9) * 100,
                    rng.randint(1, 99) * 100_000])
    if n >= 1_000_000:
        return f"{n / 1e6:.1f}M"
    if n >= 10_000:
        return f"{n / 1000:.0f}K"
    if n >= 1000:
        return f"{n / 1000:.1f}K"
    return str(n)


# -- photographs and thumbnails ----------------------------------------------------------------

_HELD_OUT_PHOTOS = ("coffee", "china", "motorcycle_left", "hubble_deep_field")


def _load_photos() -> tuple[dict[str, np.ndarray], list[np.ndarray]]:
    """Colour photographs (RGB uint8) by name, and grey LFW faces (RGB uint8)."""
    import cv2
    import matplotlib
    import skimage
    import sklearn.datasets

    sk = Path(skimage.__file__).parent / "data"
    files = {p.stem: p for p in sk.iterdir() if p.suffix in (".png", ".jpg")
             and p.stem in ("astronaut", "chelsea", "coffee", "rocket", "motorcycle_left", "hubble_deep_field",
                            "retina", "color", "brick", "grass", "gravel", "camera", "horse", "coins", "moon",
                            "page", "logo", "immunohistochemistry", "ihc", "cell")}
    sd = Path(sklearn.datasets.__file__).parent / "images"
    files.update({p.stem: p for p in sd.glob("*.jpg")})
    files["grace_hopper"] = Path(matplotlib.get_data_path()) / "sample_data" / "grace_hopper.jpg"
    photos = {}
    for name, p in files.items():
        im = cv2.imread(str(p), cv2.IMREAD_COLOR)
        if im is None:
            continue
        photos[name] = np.ascontiguousarray(im[:, :, ::-1])
    faces = []
    lfw = np.load(sk / "lfw_subset.npy")
    for f in lfw[:100]:
        g = (np.clip(f, 0, 1) * 255).astype(np.uint8)
        faces.append(np.ascontiguousarray(np.dstack([g, g, g])))
    # the two colour portraits as faces too
    faces.append(photos["astronaut"][20:230, 150:330].copy())
    faces.append(photos["grace_hopper"][40:330, 110:390].copy())
    return photos, faces


def _qimage(a: np.ndarray) -> QImage:
    a = np.ascontiguousarray(a)
    h, w = a.shape[:2]
    return QImage(a.data, w, h, 3 * w, QImage.Format.Format_RGB888).copy()


@dataclass
class Assets:
    photos: dict
    faces: list
    held_out: bool = False

    def photo_names(self) -> list[str]:
        names = sorted(self.photos)
        if self.held_out:
            return names
        return [n for n in names if n not in _HELD_OUT_PHOTOS]


def make_thumbnail(rng: random.Random, assets: Assets, w: int, h: int, lang: str) -> QImage:
    """A creator-style thumbnail of ``w`` × ``h`` px: a photo crop (or a gradient), sometimes a face
    and big outlined text."""
    img = QImage(w, h, QImage.Format.Format_RGB888)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    if rng.random() < 0.85:
        src = assets.photos[rng.choice(assets.photo_names())]
        sh, sw = src.shape[:2]
        ar = w / h
        cw = min(sw, int(sh * ar)) * rng.uniform(0.55, 1.0)
        ch = cw / ar
        x0 = rng.uniform(0, max(0.0, sw - cw))
        y0 = rng.uniform(0, max(0.0, sh - ch))
        qi = _qimage(src)
        p.drawImage(QRectF(0, 0, w, h), qi, QRectF(x0, y0, cw, ch))
        if rng.random() < 0.4:  # saturated, contrasty grade
            p.fillRect(0, 0, w, h, QColor.fromHsv(rng.randrange(360), 200, 255, rng.randint(30, 90)))
    else:
        g = QLinearGradient(0, 0, w, h)
        g.setColorAt(0, QColor.fromHsv(rng.randrange(360), rng.randint(120, 255), rng.randint(80, 255)))
        g.setColorAt(1, QColor.fromHsv(rng.randrange(360), rng.randint(120, 255), rng.randint(40, 255)))
        p.fillRect(0, 0, w, h, QBrush(g))
    if rng.random() < 0.5:  # a face, as creators put theirs in
        f = _qimage(rng.choice(assets.faces))
        fh = h * rng.uniform(0.5, 0.95)
        fw = fh * f.width() / f.height()
        fx = rng.choice([rng.uniform(0, w * 0.1), w - fw - rng.uniform(0, w * 0.1)])
        p.drawImage(QRectF(fx, h - fh, fw, fh), f)
    if rng.random() < 0.65:
        text = rng.choice(_OVERLAY[lang])
        font = QFont("DejaVu Sans", 10, QFont.Weight.Black)
        font.setPixelSize(max(6, int(h * rng.uniform(0.14, 0.3))))
        path = QPainterPath()
        path.addText(0, 0, font, text)
        br = path.boundingRect()
        scale = min(1.0, (w * 0.9) / max(1.0, br.width()))
        tx = rng.uniform(w * 0.03, max(w * 0.03, w - br.width() * scale - w * 0.03))
        ty = rng.uniform(h * 0.1, h * 0.6) + br.height() * scale
        p.translate(tx, ty)
        p.scale(scale, scale)
        p.setPen(QPen(QColor("black"), max(2.0, font.pixelSize() / 8)))
        p.setBrush(QColor(rng.choice(["#ffffff", "#ffe600", "#ff2d2d", "#00e5ff", "#7CFF00"])))
        p.drawPath(path)
        p.resetTransform()
    if rng.random() < 0.2:  # arrow/circle marks
        p.setPen(QPen(QColor("#ff1a1a"), max(2, h // 30)))
        p.setBrush(Qt.BrushStyle.NoBrush)
        r = h * rng.uniform(0.15, 0.3)
        p.drawEllipse(QPointF(rng.uniform(r, w - r), rng.uniform(r, h - r)), r, r)
    p.end()
    return img


# -- the canvas -----------------------------------------------------------------------------------

@dataclass
class Shot:
    """One screenshot being drawn: the image, the boxes so far, its scale and theme."""

    w: int
    h: int
    s: float
    theme: str
    rng: random.Random
    assets: Assets
    lang: str
    boxes: list = field(default_factory=list)

    def __post_init__(self) -> None:
        self.img = QImage(self.w, self.h, QImage.Format.Format_RGB888)
        self.c = palette(self.theme)
        self.img.fill(QColor(self.c["bg"]))
        self.p = QPainter(self.img)
        self.p.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)

    # boxes are kept only for the visible part; a sliver under 30 % of the box or < 4 px is dropped
    def box(self, cls: str, x: float, y: float, w: float, h: float) -> None:
        x0, y0, x1, y1 = max(0.0, x), max(0.0, y), min(float(self.w), x + w), min(float(self.h), y + h)
        if x1 - x0 < 4 or y1 - y0 < 4 or (x1 - x0) * (y1 - y0) < 0.3 * w * h:
            return
        self.boxes.append((CLASSES.index(cls), x0, y0, x1, y1))

    def font(self, px: float, bold: bool = False) -> QFont:
        f = QFont("DejaVu Sans")
        f.setPixelSize(max(5, int(round(px * self.s))))
        if bold:
            f.setWeight(QFont.Weight.DemiBold)
        return f

    def text(self, x: float, y: float, w: float, txt: str, px: float, colour: str, bold: bool = False,
             lines: int = 1, cls: str | None = None) -> float:
        """Draw ``txt`` wrapped to ``w`` px in at most ``lines`` lines, top-left at (x, y); the box is
        the inked extent. Returns the height used."""
        f = self.font(px, bold)
        fm = QFontMetricsF(f)
        words, out, cur = txt.split(), [], ""
        for wd in words:
            t = (cur + " " + wd).strip()
            if fm.horizontalAdvance(t) <= w or not cur:
                cur = t
            else:
                out.append(cur)
                cur = wd
        out.append(cur)
        if len(out) > lines:
            out = out[:lines]
            last = out[-1]
            while last and fm.horizontalAdvance(last + "…") > w:
                last = last[:-1]
            out[-1] = last + "…"
        self.p.setFont(f)
        self.p.setPen(QColor(colour))
        lh = fm.lineSpacing()
        maxw = 0.0
        for i, line in enumerate(out):
            self.p.drawText(QPointF(x, y + fm.ascent() + i * lh), line)
            maxw = max(maxw, fm.horizontalAdvance(line))
        hh = lh * (len(out) - 1) + fm.ascent() + fm.descent()
        if cls:
            self.box(cls, x, y, min(w, maxw), hh)
        return lh * len(out)

    def thumb(self, x: float, y: float, w: float, h: float, radius: float = 0.0, video: bool = True) -> None:
        """A thumbnail tile at (x, y) with optional rounded corners, duration, progress bar, labels."""
        rng = self.rng
        im = make_thumbnail(rng, self.assets, max(8, int(w)), max(8, int(h)), self.lang)
        path = QPainterPath()
        path.addRoundedRect(QRectF(x, y, w, h), radius, radius)
        self.p.save()
        self.p.setClipPath(path)
        self.p.drawImage(QRectF(x, y, w, h), im)
        s = self.s
        if video and rng.random() < 0.7:  # duration badge
            d = f"{rng.randint(0, 59)}:{rng.randint(0, 59):02d}" if rng.random() < 0.8 else \
                f"{rng.randint(1, 3)}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
            f = self.font(12, True)
            fm = QFontMetricsF(f)
            bw, bh = fm.horizontalAdvance(d) + 8 * s, fm.height() + 2 * s
            r = QRectF(x + w - bw - 6 * s, y + h - bh - 6 * s, bw, bh)
            self.p.setBrush(QColor(0, 0, 0, 200))
            self.p.setPen(Qt.PenStyle.NoPen)
            self.p.drawRoundedRect(r, 3 * s, 3 * s)
            self.p.setFont(f)
            self.p.setPen(QColor("white"))
            self.p.drawText(r, Qt.AlignmentFlag.AlignCenter, d)
        if video and rng.random() < 0.2:  # watched progress bar
            self.p.fillRect(QRectF(x, y + h - 4 * s, w, 4 * s), QColor(255, 255, 255, 120))
            self.p.fillRect(QRectF(x, y + h - 4 * s, w * rng.uniform(0.1, 1.0), 4 * s), QColor("#ff0000"))
        if video and rng.random() < 0.12:  # LIVE / NEW label
            lab = rng.choice(["LIVE", "EN VIVO", "NEW", "NUEVO"])
            f = self.font(11, True)
            fm = QFontMetricsF(f)
            r = QRectF(x + 6 * s, y + h - fm.height() - 10 * s, fm.horizontalAdvance(lab) + 10 * s, fm.height() + 4 * s)
            self.p.setBrush(QColor("#cc0000") if "LIV" in lab or "VIVO" in lab else QColor(0, 0, 0, 190))
            self.p.setPen(Qt.PenStyle.NoPen)
            self.p.drawRoundedRect(r, 2 * s, 2 * s)
            self.p.setFont(f)
            self.p.setPen(QColor("white"))
            self.p.drawText(r, Qt.AlignmentFlag.AlignCenter, lab)
        self.p.restore()
        self.box("thumbnail", x, y, w, h)

    def avatar(self, x: float, y: float, d: float) -> None:
        f = _qimage(self.rng.choice(self.assets.faces)) if self.rng.random() < 0.7 else None
        path = QPainterPath()
        path.addEllipse(QRectF(x, y, d, d))
        self.p.save()
        self.p.setClipPath(path)
        if f is not None:
            self.p.drawImage(QRectF(x, y, d, d), f)
        else:
            self.p.fillRect(QRectF(x, y, d, d), QColor.fromHsv(self.rng.randrange(360), 160, 200))
        self.p.restore()

    def rect(self, x: float, y: float, w: float, h: float, colour: str, radius: float = 0.0) -> None:
        self.p.setPen(Qt.PenStyle.NoPen)
        self.p.setBrush(QColor(colour))
        self.p.drawRoundedRect(QRectF(x, y, w, h), radius, radius)

    def icon_row(self, x: float, y: float, n: int, d: float, gap: float) -> None:
        """Placeholder icons (toolbar buttons): rounded squares in the secondary colour."""
        for i in range(n):
            self.rect(x + i * (d + gap), y, d, d, self.c["sub"], d / 3)

    def finish(self) -> tuple[QImage, list]:
        self.p.end()
        return self.img, self.boxes


# -- layout families ----------------------------------------------------------------------------

def _desktop_size(rng: random.Random) -> tuple[int, int, float]:
    w, h = rng.choice([(1920, 1080), (1920, 1080), (1366, 768), (1536, 864), (2560, 1440), (1440, 900)])
    s = {1366: 1.0, 1536: 1.0, 1440: 1.0, 1920: rng.choice([1.0, 1.25]), 2560: rng.choice([1.25, 1.5, 2.0])}[w]
    return w, h, s


def _phone_size(rng: random.Random) -> tuple[int, int, float]:
    lw, lh = rng.choice([(390, 844), (412, 915), (360, 800), (430, 932), (375, 667)])
    s = rng.choice([2.0, 2.625, 3.0]) if rng.random() < 0.7 else rng.choice([1.5, 1.75])
    return int(lw * s), int(lh * s), s


def _topbar(sh: Shot, height: float) -> None:
    s = sh.s
    sh.rect(0, 0, sh.w, height, sh.c["bg"])
    sh.rect(16 * s, height / 2 - 10 * s, 90 * s, 20 * s, "#ff0000", 4 * s)
    sh.rect(sh.w * 0.3, height / 2 - 18 * s, sh.w * 0.35, 36 * s, sh.c["chip"], 18 * s)
    sh.icon_row(sh.w - 140 * s, height / 2 - 12 * s, 3, 24 * s, 16 * s)


def yt_desktop_grid(sh: Shot) -> None:
    s, r = sh.s, sh.rng
    side = 240 * s if r.random() < 0.7 else 72 * s
    top = 56 * s
    cols = r.choice([3, 4, 4, 5]) if sh.w / s > 1300 else r.choice([3, 4])
    gap = 16 * s
    x0 = side + 24 * s
    tw = (sh.w - x0 - 24 * s - gap * (cols - 1)) / cols
    th = tw * 9 / 16
    row_h = th + 12 * s + 110 * s
    y = top + 56 * s - r.uniform(0, row_h)  # scroll offset: the first row may be cut
    while y < sh.h:
        for c in range(cols):
            x = x0 + c * (tw + gap)
            sh.thumb(x, y, tw, th, 12 * s if r.random() < 0.8 else 0)
            ty = y + th + 12 * s
            sh.avatar(x, ty, 36 * s)
            tx = x + 48 * s
            used = sh.text(tx, ty, tw - 56 * s, _title(r, sh.lang), 16, sh.c["fg"], True, 2, "title")
            my = ty + used + 4 * s
            sh.text(tx, my, tw - 56 * s, r.choice(_CHANNEL), 14, sh.c["sub"], cls="meta")
            sh.text(tx, my + 20 * s, tw - 56 * s, f"{_views(r, sh.lang)} • {_age(r, sh.lang)}", 14, sh.c["sub"],
                    cls="meta")
        y += row_h
    sh.rect(0, 0, sh.w, top + 56 * s, sh.c["bg"])  # the sticky header hides what scrolled under it
    _clip_boxes_below(sh, top + 56 * s)
    _topbar(sh, top)
    for i, chip in enumerate(["All", "Music", "Trap", "Reggaeton", "Live", "Mixes", "Recently uploaded"][:r.randint(3, 7)]):
        sh.rect(x0 + i * 110 * s, top + 12 * s, 96 * s, 32 * s, sh.c["fg"] if i == 0 else sh.c["chip"], 8 * s)
    sh.rect(0, top, side, sh.h, sh.c["bg"])
    for i in range(int((sh.h - top) / (40 * s))):
        sh.icon_row(24 * s, top + 12 * s + i * 40 * s, 1, 22 * s, 0)
        if side > 100 * s:
            sh.text(70 * s, top + 14 * s + i * 40 * s, side - 80 * s, r.choice(["Home", "Shorts", "Subscriptions", "Inicio", "Historial", "Tú"]), 14, sh.c["fg"])


def _clip_boxes_below(sh: Shot, top: float) -> None:
    """Boxes partly under a sticky header keep their visible part (or go when it is a sliver)."""
    kept = []
    for cls, x0, y0, x1, y1 in sh.boxes:
        ny0 = max(y0, top)
        if y1 - ny0 >= 4 and (y1 - ny0) >= 0.3 * (y1 - y0):
            kept.append((cls, x0, ny0, x1, y1))
    sh.boxes[:] = kept


def yt_search_list(sh: Shot) -> None:
    s, r = sh.s, sh.rng
    top = 56 * s
    x0 = (240 * s if r.random() < 0.5 else 96 * s) + 24 * s
    tw = r.choice([360, 320, 246]) * s
    th = tw * 9 / 16
    y = top + 24 * s - r.uniform(0, th)
    while y < sh.h:
        sh.thumb(x0, y, tw, th, 12 * s)
        tx = x0 + tw + 16 * s
        ww = min(sh.w - tx - 40 * s, 800 * s)
        used = sh.text(tx, y, ww, _title(r, sh.lang, 6, 16), 18, sh.c["fg"], False, 2, "title")
        sh.text(tx, y + used + 4 * s, ww, f"{_views(r, sh.lang)} • {_age(r, sh.lang)}", 12, sh.c["sub"], cls="meta")
        cy = y + used + 30 * s
        sh.avatar(tx, cy, 24 * s)
        sh.text(tx + 32 * s, cy + 4 * s, ww, r.choice(_CHANNEL), 12, sh.c["sub"], cls="meta")
        sh.text(tx, cy + 36 * s, ww, _title(r, sh.lang, 10, 24).lower(), 12, sh.c["sub"], lines=2)
        y += th + 16 * s
    sh.rect(0, 0, sh.w, top, sh.c["bg"])
    _clip_boxes_below(sh, top)
    _topbar(sh, top)


def yt_mobile_feed(sh: Shot) -> None:
    s, r = sh.s, sh.rng
    top = 48 * s
    y = top - r.uniform(0, 300 * s)
    th = sh.w * 9 / 16
    while y < sh.h:
        if r.random() < 0.15:  # a Shorts shelf between videos
            sh.text(12 * s, y + 12 * s, 200 * s, "Shorts", 18, sh.c["fg"], True)
            tw = (sh.w - 36 * s) / 2
            for c in range(2):
                sh.thumb(12 * s + c * (tw + 12 * s), y + 48 * s, tw, tw * 16 / 9, 8 * s, video=False)
            y += 48 * s + tw * 16 / 9 + 24 * s
            continue
        sh.thumb(0, y, sh.w, th, 0)
        ty = y + th + 12 * s
        sh.avatar(12 * s, ty, 36 * s)
        used = sh.text(60 * s, ty, sh.w - 100 * s, _title(r, sh.lang), 15, sh.c["fg"], True, 2, "title")
        sh.text(60 * s, ty + used + 2 * s, sh.w - 100 * s,
                f"{r.choice(_CHANNEL)} · {_views(r, sh.lang)} · {_age(r, sh.lang)}", 12, sh.c["sub"], lines=2,
                cls="meta")
        y = ty + used + 52 * s
    sh.rect(0, 0, sh.w, top, sh.c["bg"])
    _clip_boxes_below(sh, top)
    sh.rect(12 * s, 14 * s, 90 * s, 20 * s, "#ff0000", 4 * s)
    sh.icon_row(sh.w - 110 * s, 12 * s, 3, 24 * s, 12 * s)
    sh.rect(0, sh.h - 48 * s, sh.w, 48 * s, sh.c["bg"])
    sh.boxes[:] = [b for b in sh.boxes if b[2] < sh.h - 48 * s - 4 * s]
    sh.boxes[:] = [(c, x0, y0, x1, min(y1, sh.h - 48 * s)) for c, x0, y0, x1, y1 in sh.boxes]
    sh.icon_row(sh.w / 10, sh.h - 36 * s, 5, 24 * s, sh.w / 5 - 24 * s)


def yt_shorts_shelf(sh: Shot) -> None:
    s, r = sh.s, sh.rng
    top = 48 * s
    cols = 2 if sh.w / s < 700 else r.choice([4, 5, 6])
    gap = 8 * s
    tw = (sh.w - 2 * 12 * s - gap * (cols - 1)) / cols
    th = tw * 16 / 9
    y = top + 40 * s - r.uniform(0, th * 0.5)
    sh.text(12 * s, y - 32 * s, 300 * s, "Shorts", 20, sh.c["fg"], True)
    while y < sh.h:
        for c in range(cols):
            x = 12 * s + c * (tw + gap)
            sh.thumb(x, y, tw, th, 10 * s, video=False)
            if r.random() < 0.5:  # title and views over the tile (phone) ...
                sh.text(x + 8 * s, y + th - 64 * s, tw - 16 * s, _title(r, sh.lang, 3, 8), 14, "#ffffff", True, 2, "title")
                sh.text(x + 8 * s, y + th - 24 * s, tw - 16 * s, _views(r, sh.lang), 12, "#ffffff", cls="meta")
            else:  # ... or under it (desktop)
                used = sh.text(x, y + th + 8 * s, tw, _title(r, sh.lang, 3, 8), 14, sh.c["fg"], True, 2, "title")
                sh.text(x, y + th + 10 * s + used, tw, _views(r, sh.lang), 12, sh.c["sub"], cls="meta")
        y += th + 80 * s
    sh.rect(0, 0, sh.w, top, sh.c["bg"])
    _clip_boxes_below(sh, top)
    sh.rect(12 * s, 14 * s, 90 * s, 20 * s, "#ff0000", 4 * s)


def _profile_header(sh: Shot, name: str) -> float:
    s, r = sh.s, sh.rng
    y = 56 * s
    sh.text(sh.w / 2 - 80 * s, 16 * s, 200 * s, name, 17, sh.c["fg"], True)
    sh.avatar(sh.w / 2 - 48 * s if r.random() < 0.5 else 16 * s, y, 96 * s)
    y += 110 * s
    for i, lab in enumerate(["Following", "Followers", "Likes"] if sh.lang == "en" else ["Siguiendo", "Seguidores", "Me gusta"]):
        x = sh.w / 2 + (i - 1) * sh.w / 3.5 - 40 * s
        sh.text(x, y, 100 * s, _count(r), 17, sh.c["fg"], True)
        sh.text(x, y + 22 * s, 110 * s, lab, 13, sh.c["sub"])
    y += 56 * s
    sh.rect(sh.w / 2 - 150 * s, y, 300 * s, 40 * s, "#fe2c55" if r.random() < 0.5 else sh.c["chip"], 6 * s)
    y += 52 * s
    sh.text(16 * s, y, sh.w - 32 * s, _title(r, sh.lang, 5, 12), 13, sh.c["fg"], lines=2)
    y += 48 * s
    sh.rect(0, y, sh.w, 44 * s, sh.c["bg"])
    sh.icon_row(sh.w / 6 - 12 * s, y + 10 * s, 3, 24 * s, sh.w / 3 - 24 * s)
    sh.rect(0, y + 42 * s, sh.w / 3, 2 * s, sh.c["fg"])
    return y + 46 * s


def _grid(sh: Shot, y: float, cols: int, aspect: float, gap: float, overlay_views: bool) -> None:
    s, r = sh.s, sh.rng
    tw = (sh.w - gap * (cols - 1)) / cols
    th = tw * aspect
    while y < sh.h:
        for c in range(cols):
            x = c * (tw + gap)
            sh.thumb(x, y, tw, th, 0, video=False)
            if overlay_views:
                sh.p.setPen(QColor("white"))
                sh.rect(x + 6 * s, y + th - 20 * s, 12 * s, 12 * s, "#ffffff", 2 * s)
                sh.text(x + 22 * s, y + th - 24 * s, tw - 30 * s, _count(r), 13, "#ffffff", True, cls="meta")
            if r.random() < 0.08:
                sh.rect(x + 6 * s, y + 6 * s, 56 * s, 20 * s, "#fe2c55", 3 * s)
        y += th + gap


def tiktok_profile(sh: Shot) -> None:
    s, r = sh.s, sh.rng
    if r.random() < 0.5:
        y = _profile_header(sh, "@" + r.choice(_CHANNEL).lower().replace(" ", ""))
    else:
        y = 48 * s - r.uniform(0, 200 * s)
    _grid(sh, y, 3, 4 / 3, 2 * s, True)
    _bottom_nav(sh)


def ig_profile(sh: Shot) -> None:
    s, r = sh.s, sh.rng
    if r.random() < 0.6:
        y = _profile_header(sh, r.choice(_CHANNEL).lower().replace(" ", "_"))
    else:
        y = 48 * s - r.uniform(0, 300 * s)
    _grid(sh, y, 3, r.choice([1.0, 5 / 4]), 2 * s, False)
    _bottom_nav(sh)


def ig_reels(sh: Shot) -> None:
    s, r = sh.s, sh.rng
    if r.random() < 0.4:
        y = _profile_header(sh, r.choice(_CHANNEL).lower().replace(" ", "."))
    else:
        y = 48 * s - r.uniform(0, 300 * s)
    _grid(sh, y, 3, 16 / 9, 2 * s, True)
    _bottom_nav(sh)


def _bottom_nav(sh: Shot) -> None:
    s = sh.s
    nav = 52 * s
    sh.rect(0, sh.h - nav, sh.w, nav, sh.c["bg"])
    kept = []
    for c, x0, y0, x1, y1 in sh.boxes:
        y1c = min(y1, sh.h - nav)
        if y1c - y0 >= 4 and (y1c - y0) >= 0.3 * (y1 - y0):
            kept.append((c, x0, y0, x1, y1c))
    sh.boxes[:] = kept
    sh.icon_row(sh.w / 10, sh.h - 38 * s, 5, 24 * s, sh.w / 5 - 24 * s)


def x_media(sh: Shot) -> None:
    s, r = sh.s, sh.rng
    phone = sh.w / s < 700
    col_x = 0 if phone else sh.w / 2 - 300 * s
    col_w = sh.w if phone else 600 * s
    if not phone:
        sh.rect(col_x - 1 * s, 0, 1 * s, sh.h, sh.c["line"])
        sh.rect(col_x + col_w, 0, 1 * s, sh.h, sh.c["line"])
    y = 53 * s - r.uniform(0, 400 * s)
    while y < sh.h:
        sh.avatar(col_x + 16 * s, y + 12 * s, 40 * s)
        tx = col_x + 68 * s
        tw = col_w - 84 * s
        sh.text(tx, y + 12 * s, tw, f"{r.choice(_CHANNEL)} @{r.choice(_CHANNEL).lower().replace(' ', '')} · "
                f"{r.randint(1, 23)}h", 15, sh.c["sub"], cls="meta")
        used = sh.text(tx, y + 36 * s, tw, _title(r, sh.lang, 6, 30), 15, sh.c["fg"], lines=3, cls="title")
        my = y + 36 * s + used + 8 * s
        mh = tw * r.choice([9 / 16, 1.0, 4 / 5, 9 / 16])
        mh = min(mh, 510 * s)
        if r.random() < 0.8:
            sh.thumb(tx, my, tw, mh, 16 * s, video=r.random() < 0.5)
        else:  # two images side by side
            hw = (tw - 2 * s) / 2
            sh.thumb(tx, my, hw, mh, 16 * s, video=False)
            sh.thumb(tx + hw + 2 * s, my, hw, mh, 16 * s, video=False)
        ay = my + mh + 12 * s
        for i in range(4):
            sh.text(tx + i * tw / 4 + 24 * s, ay, 80 * s, _count(r), 13, sh.c["sub"])
        y = ay + 40 * s
        sh.rect(col_x, y - 1 * s, col_w, 1 * s, sh.c["line"])
    sh.rect(col_x, 0, col_w, 53 * s, sh.c["bg"])
    _clip_boxes_below(sh, 53 * s)
    sh.text(col_x + 16 * s, 16 * s, 200 * s, "For you" if sh.lang == "en" else "Para ti", 15, sh.c["fg"], True)


# Full-width, edge-to-edge media feeds (session 9): the geometry of yt_mobile_feed (tiles from x = 0
# to the screen width, no corner radius, cut by sticky bars) drawn by other products' chrome, so
# the held-out family stays unseen while its tile shape does not.

def _likes(rng: random.Random, lang: str) -> str:
    n = rng.choice([rng.randint(12, 999), rng.randint(1000, 99_999), rng.randint(100_000, 2_500_000)])
    if lang == "en":
        return f"{n:,} likes"
    return f"{n:,}".replace(",", ".") + " Me gusta"


def _sticky_bars(sh: Shot, top: float, bottom: float) -> None:
    """Paint the sticky header (``top`` px) and bottom nav (``bottom`` px) over the scrolled
    content and keep only the visible part of each box (slivers dropped)."""
    s = sh.s
    sh.rect(0, 0, sh.w, top, sh.c["bg"])
    _clip_boxes_below(sh, top)
    if bottom:
        _bottom_nav(sh)
    if sh.rng.random() < 0.5:
        sh.rect(0, top - 1 * s, sh.w, 1 * s, sh.c["line"])


def ig_home_feed(sh: Shot) -> None:
    """Instagram's home feed on a phone: post header, a full-width square or 4:5 photo (carousel
    dots and a "1/5" badge, or a reel's mute icon), action icons, likes, caption, age."""
    s, r = sh.s, sh.rng
    top = 44 * s
    y = top
    if r.random() < 0.4:  # the stories row at the top of the feed
        for i in range(6):
            x = 10 * s + i * 84 * s
            sh.avatar(x + 6 * s, y + 8 * s, 64 * s)
            sh.text(x, y + 78 * s, 76 * s, r.choice(_CHANNEL).lower().replace(" ", "_"), 11, sh.c["fg"])
        y += 104 * s
        sh.rect(0, y, sh.w, 1 * s, sh.c["line"])
    else:
        y -= r.uniform(0, sh.w * 1.4)  # scrolled: the first post is cut by the header
    while y < sh.h:
        user = r.choice(_CHANNEL).lower().replace(" ", r.choice(["_", ".", ""]))
        sh.avatar(12 * s, y + 11 * s, 32 * s)
        sponsored = r.random() < 0.2
        sh.text(54 * s, y + (8 if sponsored else 18) * s, sh.w - 110 * s, user, 13, sh.c["fg"], True, cls="meta")
        if sponsored:
            sh.text(54 * s, y + 28 * s, 160 * s, "Sponsored" if sh.lang == "en" else "Patrocinado", 11, sh.c["fg"])
        for k in range(3):  # the "⋯" menu
            sh.rect(sh.w - 28 * s + k * 6 * s, y + 26 * s, 3 * s, 3 * s, sh.c["fg"], 1.5 * s)
        y += 54 * s
        mh = sh.w * r.choice([1.0, 1.0, 5 / 4, 5 / 4])
        kind = r.choices(["photo", "carousel", "reel"], [0.5, 0.3, 0.2])[0]
        sh.thumb(0, y, sh.w, mh, 0, video=False)
        if kind == "carousel":
            n = r.randint(2, 10)
            lab = f"1/{n}"
            f = sh.font(12, True)
            bw = QFontMetricsF(f).horizontalAdvance(lab) + 16 * s
            sh.rect(sh.w - bw - 12 * s, y + 12 * s, bw, 26 * s, "#cc1a1a1a", 13 * s)
            sh.p.setFont(f)
            sh.p.setPen(QColor("white"))
            sh.p.drawText(QRectF(sh.w - bw - 12 * s, y + 12 * s, bw, 26 * s), Qt.AlignmentFlag.AlignCenter, lab)
        elif kind == "reel":
            sh.rect(sh.w - 40 * s, y + mh - 40 * s, 28 * s, 28 * s, "#cc262626", 14 * s)
            sh.rect(sh.w - 32 * s, y + mh - 32 * s, 12 * s, 12 * s, "#ffffff", 2 * s)
        y += mh
        sh.icon_row(14 * s, y + 10 * s, 3, 24 * s, 14 * s)
        sh.rect(sh.w - 38 * s, y + 10 * s, 22 * s, 24 * s, sh.c["sub"], 3 * s)
        if kind == "carousel":
            for k in range(min(n, 5)):
                sh.rect(sh.w / 2 - 22 * s + k * 10 * s, y + 20 * s, 6 * s, 6 * s,
                        "#0095f6" if k == 0 else sh.c["sub"], 3 * s)
        y += 44 * s
        sh.text(14 * s, y, sh.w - 28 * s, _likes(r, sh.lang), 13, sh.c["fg"], True, cls="meta")
        y += 20 * s
        y += sh.text(14 * s, y, sh.w - 28 * s, f"{user} {_title(r, sh.lang, 4, 20)}", 13, sh.c["fg"],
                     lines=2, cls="title") + 4 * s
        if r.random() < 0.6:
            n_c = r.randint(2, 900)
            sh.text(14 * s, y, sh.w - 28 * s, f"View all {n_c} comments" if sh.lang == "en" else
                    f"Ver los {n_c} comentarios", 13, sh.c["sub"])
            y += 20 * s
        sh.text(14 * s, y, sh.w - 28 * s, _age(r, sh.lang), 11, sh.c["sub"], cls="meta")
        y += 30 * s
    _sticky_bars(sh, top, 52 * s)
    sh.text(14 * s, 8 * s, 160 * s, "Instagram", 22, sh.c["fg"], True)
    sh.icon_row(sh.w - 86 * s, 10 * s, 2, 24 * s, 16 * s)


def fb_video_feed(sh: Shot) -> None:
    """Facebook's video feed (Watch / Video tab): page name with "Follow", post text above a
    full-width 16:9 or 4:5 video with a progress bar, reaction counts, views, action buttons.
    On a phone the video spans the screen; on a desktop it spans the centre column."""
    s, r = sh.s, sh.rng
    phone = sh.w / s < 700
    col_w = sh.w if phone else r.choice([500, 590, 680]) * s
    col_x = 0 if phone else (sh.w - col_w) / 2 + r.choice([0, 140 * s])
    top = (96 if phone else 56) * s
    y = top - r.uniform(0, 500 * s)
    if not phone:  # grey page, the feed's cards in the background colour
        sh.rect(0, 0, sh.w, sh.h, sh.c["chip"])
        sh.rect(col_x, 0, col_w, sh.h, sh.c["bg"])
    while y < sh.h:
        sh.avatar(col_x + 12 * s, y + 12 * s, 40 * s)
        page = r.choice(_CHANNEL)
        follow = ("Follow" if sh.lang == "en" else "Seguir") if r.random() < 0.6 else ""
        sh.text(col_x + 62 * s, y + 14 * s, col_w - 110 * s, page + (" · " + follow if follow else ""), 15,
                sh.c["fg"], True, cls="meta")
        sh.text(col_x + 62 * s, y + 34 * s, col_w - 110 * s, f"{r.randint(1, 23)} h · " + ("Public" if sh.lang == "en" else "Público"), 12, sh.c["sub"])
        y += 62 * s
        y += sh.text(col_x + 12 * s, y, col_w - 24 * s, _title(r, sh.lang, 4, 24), 15, sh.c["fg"],
                     lines=r.choice([1, 2, 3]), cls="title") + 10 * s
        mh = col_w * r.choice([9 / 16, 9 / 16, 5 / 4, 1.0])
        sh.thumb(col_x, y, col_w, mh, 0, video=False)
        if r.random() < 0.8:  # the video's progress bar and time
            frac = r.uniform(0.02, 0.95)
            sh.rect(col_x, y + mh - 4 * s, col_w, 4 * s, "#55ffffff")
            sh.rect(col_x, y + mh - 4 * s, col_w * frac, 4 * s, "#1877f2")
            lab = f"{r.randint(0, 2)}:{r.randint(0, 59):02d} / {r.randint(3, 20)}:{r.randint(0, 59):02d}"
            f = sh.font(11, True)
            bw = QFontMetricsF(f).horizontalAdvance(lab) + 12 * s
            sh.rect(col_x + 10 * s, y + mh - 34 * s, bw, 22 * s, "#aa000000", 4 * s)
            sh.p.setFont(f)
            sh.p.setPen(QColor("white"))
            sh.p.drawText(QRectF(col_x + 10 * s, y + mh - 34 * s, bw, 22 * s), Qt.AlignmentFlag.AlignCenter, lab)
        y += mh + 10 * s
        sh.rect(col_x + 12 * s, y, 18 * s, 18 * s, "#1877f2", 9 * s)
        sh.rect(col_x + 26 * s, y, 18 * s, 18 * s, "#f33e58", 9 * s)
        sh.text(col_x + 50 * s, y + 1 * s, 120 * s, _count(r), 13, sh.c["sub"], cls="meta")
        views = _views(r, sh.lang)
        sh.text(col_x + col_w / 2, y + 1 * s, col_w / 2 - 12 * s,
                f"{r.randint(1, 999)} {'comments' if sh.lang == 'en' else 'comentarios'} · {views}",
                13, sh.c["sub"], cls="meta")
        y += 30 * s
        sh.rect(col_x + 12 * s, y, col_w - 24 * s, 1 * s, sh.c["line"])
        for i, lab in enumerate(["Like", "Comment", "Share"] if sh.lang == "en" else
                                ["Me gusta", "Comentar", "Compartir"]):
            sh.text(col_x + col_w * (i / 3) + 30 * s, y + 12 * s, col_w / 3 - 30 * s, lab, 14, sh.c["sub"], True)
        y += 44 * s
        sh.rect(col_x, y, col_w, 8 * s, sh.c["chip"])
        y += 8 * s
    sh.rect(0, 0, sh.w, top, sh.c["bg"])
    _clip_boxes_below(sh, top)
    sh.text(14 * s, 10 * s, 200 * s, "facebook", 26, "#1877f2", True)
    sh.icon_row(sh.w - 96 * s, 12 * s, 2, 28 * s, 16 * s)
    if phone:
        sh.icon_row(sh.w / 12, 58 * s, 6, 24 * s, sh.w / 6 - 24 * s)
        sh.rect(0, top - 3 * s, sh.w / 6, 3 * s, "#1877f2")


def ig_explore(sh: Shot) -> None:
    """Instagram's Explore grid on a phone: 3 columns of square tiles with 1x2 tall reels and 2x2
    big tiles mixed in, edge to edge with 1-3 px gaps, cut by the search bar and bottom nav."""
    s, r = sh.s, sh.rng
    top = 56 * s
    gap = float(r.choice([1, 2, 2, 3]))  # device pixels, as the real grid's hairlines
    cell = (sh.w - 2 * gap) / 3
    y = top - r.uniform(0, cell * 2)

    def tile(col: int, row_y: float, cw: int, ch: int) -> None:
        x, w, h = col * (cell + gap), cw * cell + (cw - 1) * gap, ch * cell + (ch - 1) * gap
        sh.thumb(x, row_y, w, h, 0, video=False)
        if ch > cw or r.random() < 0.15:  # a reel (tall) or carousel marker, top right
            sh.rect(x + w - 26 * s, row_y + 8 * s, 18 * s, 18 * s, "#ffffff", 4 * s)
        if ch > cw and r.random() < 0.5:  # reel play count over the tile
            sh.text(x + 8 * s, row_y + h - 24 * s, w - 16 * s, "▶ " + _count(r), 13, "#ffffff", True, cls="meta")

    while y < sh.h:
        pattern = r.choices(["six", "tall", "big"], [0.35, 0.4, 0.25])[0]
        side = r.choice([0, 2])
        if pattern == "six":
            for row in range(2):
                for c in range(3):
                    tile(c, y + row * (cell + gap), 1, 1)
        elif pattern == "tall":
            tile(side, y, 1, 2)
            for c in (c for c in range(3) if c != side):
                for row in range(2):
                    tile(c, y + row * (cell + gap), 1, 1)
        else:
            big = 0 if side == 0 else 1
            tile(big, y, 2, 2)
            c = 2 if big == 0 else 0
            for row in range(2):
                tile(c, y + row * (cell + gap), 1, 1)
        y += 2 * (cell + gap)
    _sticky_bars(sh, top, 52 * s)
    sh.rect(12 * s, 10 * s, sh.w - 24 * s, 36 * s, sh.c["chip"], 10 * s)
    sh.text(44 * s, 18 * s, 200 * s, "Search" if sh.lang == "en" else "Buscar", 15, sh.c["sub"])


_SIZES = {"yt_desktop_grid": "desktop", "yt_search_list": "desktop", "yt_mobile_feed": "phone",
          "yt_shorts_shelf": "either", "tiktok_profile": "phone", "ig_profile": "phone", "ig_reels": "phone",
          "x_media": "either", "ig_home_feed": "phone", "fb_video_feed": "either", "ig_explore": "phone"}


def negative(sh: Shot) -> None:
    """A screen with no feed: a document page, a chat, a photo viewer or a settings page."""
    s, r = sh.s, sh.rng
    kind = r.choice(["doc", "photo", "settings"])
    if kind == "photo":
        sh.rect(0, 0, sh.w, sh.h, "#000000")
        im = make_thumbnail(r, sh.assets, int(sh.w * 0.8), int(sh.h * 0.7), sh.lang)
        sh.p.drawImage(QRectF(sh.w * 0.1, sh.h * 0.15, sh.w * 0.8, sh.h * 0.7), im)
        return
    y = 24 * s
    while y < sh.h:
        if kind == "settings":
            sh.icon_row(24 * s, y, 1, 24 * s, 0)
            sh.text(64 * s, y, sh.w - 100 * s, _title(r, sh.lang, 2, 5), 15, sh.c["fg"])
            y += 56 * s
        else:
            used = sh.text(48 * s, y, sh.w - 96 * s, _title(r, sh.lang, 20, 60), 15, sh.c["fg"], lines=6)
            y += used + 20 * s


def render(family: str, theme: str, seed: int, assets: Assets) -> tuple[QImage, list]:
    """One screenshot of ``family`` in ``theme``: the image and its boxes ``(class id, x0, y0, x1, y1)``
    in pixels."""
    rng = random.Random(seed)
    kind = _SIZES.get(family, "either")
    if kind == "either":
        kind = rng.choice(["desktop", "phone"])
    w, h, s = _desktop_size(rng) if kind == "desktop" else _phone_size(rng)
    sh = Shot(w, h, s, theme, rng, assets, rng.choice(["en", "es"]))
    (negative if family == "negative" else globals()[family])(sh)
    return sh.finish()


# -- hand-written HTML imitations (QTextDocument) ------------------------------------------------

def _html_page(rng: random.Random, kind: str, theme: str, lang: str, thumbs: list[str], key: bool) -> str:
    """HTML of a feed page (a YouTube grid, a search list or a profile grid). With ``key`` every
    labelled element is painted in its key colour and everything else in the background colour."""
    c = palette(theme)
    bg = c["bg"]

    def span(txt: str, cls: str, i: int, size: int, colour: str, bold: bool = False) -> str:
        w = "bold" if bold else "normal"
        if key:
            k = _key_colour(cls, i)
            return (f'<span style="font-size:{size}px; font-weight:{w}; color:{k}; background-color:{k}">{txt}</span>')
        return f'<span style="font-size:{size}px; font-weight:{w}; color:{colour}">{txt}</span>'

    def img(i: int, w: int, h: int) -> str:
        return f'<img src="{"key" if key else "t"}{i}" width="{w}" height="{h}">'

    body = []
    n = 0
    if kind == "grid":
        cols, tw = rng.choice([(3, 300), (4, 280), (4, 240), (3, 340)])
        body.append(f'<p style="font-size:20px; color:{bg if key else c["fg"]}"><b>YouTube</b> &nbsp; '
                    f'{"Home" if lang == "en" else "Inicio"}</p><table cellspacing="14">')
        for _ in range(3):
            body.append("<tr>")
            for _ in range(cols):
                body.append(f'<td valign="top" width="{tw}">{img(n, tw, tw * 9 // 16)}<br>'
                            f'{span(_title(rng, lang, 3, 7), "title", n, 15, c["fg"], True)}<br>'
                            f'{span(rng.choice(_CHANNEL), "meta", 2 * n, 13, c["sub"])}<br>'
                            f'{span(_views(rng, lang) + " · " + _age(rng, lang), "meta", 2 * n + 1, 13, c["sub"])}</td>')
                n += 1
            body.append("</tr>")
        body.append("</table>")
    elif kind == "list":
        tw = rng.choice([320, 360, 240])
        body.append("<table cellspacing=\"12\">")
        for _ in range(4):
            body.append(f'<tr><td>{img(n, tw, tw * 9 // 16)}</td><td valign="top" width="560">'
                        f'{span(_title(rng, lang, 5, 10), "title", n, 18, c["fg"])}<br>'
                        f'{span(_views(rng, lang) + " · " + _age(rng, lang), "meta", 2 * n, 12, c["sub"])}<br><br>'
                        f'{span(rng.choice(_CHANNEL), "meta", 2 * n + 1, 12, c["sub"])}</td></tr>')
            n += 1
        body.append("</table>")
    else:  # profile grid with play counts
        tw = rng.choice([120, 130, 140])
        body.append(f'<p style="font-size:18px; color:{bg if key else c["fg"]}"><b>@{rng.choice(_CHANNEL).lower().replace(" ", "")}</b></p>'
                    '<table cellspacing="3">')
        for _ in range(4):
            body.append("<tr>")
            for _ in range(3):
                body.append(f'<td>{img(n, tw, tw * 4 // 3)}<br>{span("▶ " + _count(rng), "meta", 2 * n, 12, c["sub"], True)}</td>')
                n += 1
            body.append("</tr>")
        body.append("</table>")
    return f'<html><body style="background-color:{bg}">{"".join(body)}</body></html>', n


def _key_colour(cls: str, i: int) -> str:
    # class in the red channel, index in green/blue; never near a theme background
    return f"#{(CLASSES.index(cls) + 1) * 60:02x}{(i // 200) + 10:02x}{(i % 200) + 20:02x}"


def render_html(seed: int, assets: Assets, theme: str) -> tuple[QImage, list]:
    """A screenshot from a hand-written HTML imitation, laid out by QTextDocument, and its boxes from
    the key-colour rendering of the same document."""
    rng = random.Random(seed)
    lang = rng.choice(["en", "es"])
    kind = rng.choice(["grid", "list", "profile"])
    state = rng.getstate()
    html, n = _html_page(rng, kind, theme, lang, [], key=False)
    rng.setstate(state)
    html_key, _ = _html_page(rng, kind, theme, lang, [], key=True)
    width = {"grid": 1400, "list": 1100, "profile": 460}[kind]
    out = []
    for k, text in ((False, html), (True, html_key)):
        doc = QTextDocument()
        doc.setDocumentMargin(16)
        trng = random.Random(seed + 7)
        for i in range(n):
            if k:
                im = QImage(8, 8, QImage.Format.Format_RGB888)
                im.fill(QColor(_key_colour("thumbnail", i)))
            else:
                im = make_thumbnail(trng, assets, 320, 240, lang)
            doc.addResource(QTextDocument.ResourceType.ImageResource, f"{'key' if k else 't'}{i}", im)
        doc.setHtml(text)
        doc.setTextWidth(width)
        h = int(doc.size().height()) + 1
        img = QImage(width, h, QImage.Format.Format_RGB888)
        img.fill(QColor(palette(theme)["bg"]))
        p = QPainter(img)
        doc.drawContents(p)
        p.end()
        out.append(img)
    img, keyimg = out
    a = _to_array(keyimg)
    boxes = []
    keys = {}
    for cls in CLASSES:
        cnt = n * 2 if cls == "meta" else n
        for i in range(cnt):
            col = QColor(_key_colour(cls, i))
            keys[(col.red(), col.green(), col.blue())] = CLASSES.index(cls)
    flat = a.reshape(-1, 3).astype(np.int32)
    code = (flat[:, 0] << 16) | (flat[:, 1] << 8) | flat[:, 2]
    for (r_, g_, b_), cid in keys.items():
        m = (code == ((r_ << 16) | (g_ << 8) | b_)).reshape(a.shape[:2])
        if m.sum() < 16:
            continue
        ys, xs = np.nonzero(m)
        boxes.append((cid, float(xs.min()), float(ys.min()), float(xs.max() + 1), float(ys.max() + 1)))
    return img, boxes


def _to_array(img: QImage) -> np.ndarray:
    img = img.convertToFormat(QImage.Format.Format_RGB888)
    w, h, bpl = img.width(), img.height(), img.bytesPerLine()
    return np.frombuffer(img.constBits(), np.uint8, bpl * h).reshape(h, bpl)[:, :3 * w].reshape(h, w, 3).copy()


# -- dataset writer ----------------------------------------------------------------------------

def _write(img: QImage, boxes: list, stem: str, split_dir: Path) -> None:
    (split_dir / "images").mkdir(parents=True, exist_ok=True)
    (split_dir / "labels").mkdir(parents=True, exist_ok=True)
    img.save(str(split_dir / "images" / f"{stem}.jpg"), "JPG", 92)
    W, H = img.width(), img.height()
    with open(split_dir / "labels" / f"{stem}.txt", "w") as f:
        for cid, x0, y0, x1, y1 in boxes:
            f.write(f"{cid} {(x0 + x1) / 2 / W:.6f} {(y0 + y1) / 2 / H:.6f} {(x1 - x0) / W:.6f} {(y1 - y0) / H:.6f}\n")


def build(out: Path, n_train: int, n_val: int, n_test: int, n_html: int, seed: int = 0,
          train_families: tuple[str, ...] = TRAIN_FAMILIES, random_share: float = 0.0,
          n_val_random: int = 0, only: tuple[str, ...] | None = None) -> dict:
    """Write the splits; returns {split: {stem: [family, theme]}}.

    ``train_families`` are cycled through the train and val images (with ``negative``); the first
    seven (``THEME_TEST_FAMILIES``) with 360/48 images rebuild the data of training stages 1-2.
    The test sets do not depend on it: ``test_family``, ``test_theme`` and ``test_html`` are the
    same images whatever the training families.

    ``random_share`` (0-1) of the train images get a random palette (:func:`random_palette`) in
    place of light/dark, chosen from each image's own seed, so the other train images, ``val`` and
    the test sets stay the same images as with ``random_share=0`` (stages 1-3).
    ``n_val_random`` images of the training families in random palettes of unseen seeds make the
    ``val_random`` split (in-distribution check of the randomisation). ``only`` writes just those
    splits (e.g. ``("train", "val_random")``) and leaves the others on disk as they are; the random
    draws are the same, so the written images are the ones a full build makes.
    """
    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 (fonts need it)
    photos, faces = _load_photos()
    train_assets = Assets(photos, faces[:80] + faces[100:])
    test_assets = Assets(photos, faces, held_out=True)
    rng = random.Random(seed)
    index: dict = {}

    def emit(split: str, family: str, theme: str, s: int, assets: Assets) -> None:
        if only is not None and split not in only:
            return
        if split == "train" and random_share > 0 and random.Random(f"share{s}").random() < random_share:
            theme = f"rand{s}"
        img, boxes = render_html(s, assets, theme) if family == "html" else render(family, theme, s, assets)
        stem = f"{split}_{len(index.setdefault(split, {})):04d}_{family}_{theme}"
        _write(img, boxes, stem, out / split)
        index[split][stem] = [family, theme]

    fams_with_neg = tuple(train_families) + ("negative",)
    for split, n in (("train", n_train), ("val", n_val)):
        for i in range(n):
            fam = fams_with_neg[i % len(fams_with_neg)] if rng.random() > 0.03 else "negative"
            emit(split, fam, rng.choice(TRAIN_THEMES), rng.randrange(1 << 30) + (0 if split == "train" else 1 << 31),
                 train_assets)
    for i in range(n_val_random):  # random palettes of unseen seeds, training families
        s = (1 << 35) + i
        emit("val_random", train_families[i % len(train_families)], f"rand{s}", s, train_assets)
    for i in range(n_test):  # held-out family, seen themes
        emit("test_family", HELD_OUT_FAMILY, TRAIN_THEMES[i % 2], (1 << 32) + i, test_assets)
    for i in range(n_test):  # held-out theme, seen families
        emit("test_theme", THEME_TEST_FAMILIES[i % len(THEME_TEST_FAMILIES)], HELD_OUT_THEME, (1 << 33) + i, test_assets)
    for i in range(n_html):
        emit("test_html", "html", ("light", "dark", "dim")[i % 3], (1 << 34) + i, test_assets)
    for split, d in index.items():
        (out / split / "families.json").write_text(json.dumps(d, indent=0))
    if only is not None:
        return index
    (out / "data.yaml").write_text(
        f"path: {out}\ntrain: train/images\nval: val/images\n"
        + "names:\n" + "".join(f"  {i}: {c}\n" for i, c in enumerate(CLASSES)))
    return index


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default="/tmp/vml_shots")
    ap.add_argument("--train", type=int, default=320)
    ap.add_argument("--val", type=int, default=48)
    ap.add_argument("--test", type=int, default=40)
    ap.add_argument("--html", type=int, default=24)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--families", choices=("v1", "all"), default="all",
                    help="v1: the seven families of training stages 1-2; all: every training family")
    a = ap.parse_args()
    idx = build(Path(a.out), a.train, a.val, a.test, a.html, a.seed,
                THEME_TEST_FAMILIES if a.families == "v1" else TRAIN_FAMILIES)
    print({k: len(v) for k, v in idx.items()})


if __name__ == "__main__":
    main()
