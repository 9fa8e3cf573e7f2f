"""Feed screenshots with the page chrome that fooled the detector (issue 17, session 15).

A session-14 verifier's feeds showed the shipped detector (``models/screenshot_yolo``) boxing page
chrome as thumbnails: an X "Trends for you" sidebar card ranked first, profile headers (banner,
avatar, name, stats), TikTok's top bar and its buttons, chip rows, promo cards. This module draws the
training families of :mod:`screenshot_data` in a smaller area of the screen and paints that chrome
around it: a right sidebar of cards (trends with pictures, who to follow, promo cards with a picture)
on desktop sizes, and bands above the feed on phones and desktops (top bars with tabs and buttons, chip
rows, stories rows, profile headers with a banner picture). It also adds three palettes (``deepblue``,
``sepia``, ``wine``: :data:`CHROME_THEMES`) and, for a fresh evaluation set only, two more
(``teal``, ``plum``) and one chrome kind (``ad``: a sponsored card) never used in fitting.

Each image comes with its true thumbnails and whether each is whole (drawn entirely on the screen) or
cut (by the screen's edge or a sticky bar). Held-out rules of :mod:`screenshot_data` are kept: the
``yt_mobile_feed`` family, the ``dim`` theme (every palette here is >= ``HELD_OUT_EXCLUSION_DE`` from
it) and the HTML set are never drawn by :func:`fit_set`.

Used by ``training/screenshot_verifier_train.py`` (the tile verifier of
``viralml_desktop/core/thumbnails/tile_verifier.py``).
"""
from __future__ import annotations

import random
from typing import Optional

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainterPath, QPen

import screenshot_data as sd

# palettes of the fitting set; FRESH_THEMES only in the fresh evaluation set (see module doc)
CHROME_THEMES = {
    "deepblue": dict(bg="#0a2a6b", fg="#ffffff", sub="#9db4e0", chip="#1a3d85", line="#2a4f99"),
    "sepia": dict(bg="#f4ecd8", fg="#3b2a1a", sub="#7a6650", chip="#e6dbc2", line="#d8cbb0"),
    "wine": dict(bg="#5a1e2e", fg="#fbeff2", sub="#d9a7b4", chip="#6e2b3d", line="#83384d"),
}
FRESH_THEMES = {
    "teal": dict(bg="#0f3b3a", fg="#e8fffd", sub="#8fc9c4", chip="#1a4d4b", line="#26605d"),
    "plum": dict(bg="#2b1d3a", fg="#f3ebff", sub="#b4a2cc", chip="#3b2a4f", line="#4d3a63"),
}
FIT_KINDS = ("trends", "follow", "promo", "profile", "topbar", "chips", "stories")
FRESH_KINDS = FIT_KINDS + ("ad",)
#: session 16: a phone's bottom navigation with labels under its icons, on the page's own colour or a bar's,
#: with or without a rule (drawn only when asked: the verifier's fitting set above does not hold it)
NAV_KIND = "nav"
NAV_LABELS = {"en": (("Home", "Shorts", "+", "Subscriptions", "You"), ("Home", "Friends", "+", "Inbox", "Profile"),
                     ("Home", "Search", "+", "Reels", "Profile")),
              "es": (("Inicio", "Shorts", "+", "Suscripciones", "Tú"), ("Inicio", "Amigos", "+", "Bandeja", "Perfil"),
                     ("Inicio", "Buscar", "+", "Reels", "Perfil"))}

_CHIPS = {"en": ("All", "Music", "Gaming", "Live", "Mixes", "Reggaeton", "Recently uploaded", "New to you", "Podcasts"),
          "es": ("Todo", "Música", "Videojuegos", "En directo", "Mixes", "Reguetón", "Subidos recientemente",
                 "Nuevos para ti", "Podcasts")}
_WORDS = {
    "en": dict(trends="Trends for you", trending="Trending in Music", posts="posts", follow="Who to follow",
               btn="Follow", promo="Subscribe to Premium", promo_txt="Get more reach and edit your posts.",
               sub_btn="Subscribe", tabs=("Following", "For You", "Explore"), live="LIVE", msg="Message",
               following="Following", followers="Followers", sponsored="Sponsored", more="Learn more"),
    "es": dict(trends="Tendencias para ti", trending="Tendencia en Música", posts="posts", follow="A quién seguir",
               btn="Seguir", promo="Suscríbete a Premium", promo_txt="Llega a más gente y edita tus posts.",
               sub_btn="Suscribirse", tabs=("Siguiendo", "Para ti", "Explorar"), live="EN VIVO", msg="Mensaje",
               following="Siguiendo", followers="Seguidores", sponsored="Patrocinado", more="Más información"),
}


def palette(theme: str) -> dict:
    """The colours of ``theme``: :data:`CHROME_THEMES`, :data:`FRESH_THEMES`, or :func:`screenshot_data.palette`'s."""
    return CHROME_THEMES.get(theme) or FRESH_THEMES.get(theme) or sd.palette(theme)


class ChromeShot(sd.Shot):
    """A :class:`screenshot_data.Shot` that knows this module's palettes and records every thumbnail's
    intended rectangle (so a box cut by the screen's edge or a bar is known to be partial)."""

    def __post_init__(self) -> None:
        self.intended: list = []
        self.pictures: list = []  # (x0, y0, x1, y1) of each chrome picture drawn (a card's, a banner)
        theme = self.theme
        if theme in CHROME_THEMES or theme in FRESH_THEMES:
            self.theme = "light"  # Shot fills with palette(theme): draw, then repaint in our palette
            super().__post_init__()
            self.theme = theme
            self.c = palette(theme)
            self.p.fillRect(QRectF(0, 0, self.w, self.h), QColor(self.c["bg"]))
        else:
            super().__post_init__()

    def thumb(self, x: float, y: float, w: float, h: float, radius: float = 0.0, video: bool = True) -> None:
        self.intended.append((x, y, x + w, y + h))
        super().thumb(x, y, w, h, radius, video)

    def picture(self, x: float, y: float, w: float, h: float, radius: float = 0.0) -> None:
        """A photograph that is page chrome (a card's picture, a banner): drawn, never labelled."""
        im = sd.make_thumbnail(self.rng, self.assets, max(8, int(w)), max(8, int(h)), self.lang)
        self.pictures.append((x, y, x + w, y + h))
        path = QPainterPath()
        path.addRoundedRect(QRectF(x, y, w, h), radius, radius)
        self.p.save()
        self.p.setClipPath(path)
        self.p.drawImage(QRectF(x, y, w, h), im)
        self.p.restore()

    def pill(self, x: float, y: float, label: str, px: float, fill: str, ink: str) -> float:
        """A rounded button with ``label``; returns its width."""
        f = self.font(px, True)
        from PySide6.QtGui import QFontMetricsF
        fm = QFontMetricsF(f)
        s = self.s
        w, h = fm.horizontalAdvance(label) + 24 * s, fm.height() + 12 * s
        self.rect(x, y, w, h, fill, h / 2)
        self.p.setFont(f)
        self.p.setPen(QColor(ink))
        self.p.drawText(QRectF(x, y, w, h), Qt.AlignmentFlag.AlignCenter, label)
        return w


# -- chrome pieces: each draws at (x, y) within width w and returns the height used -------------------

def _card_fill(sh: ChromeShot) -> str:
    r = sh.rng
    if r.random() < 0.3:  # a coloured card (a promo colour, a dark accent)
        return QColor.fromHsv(r.randrange(360), r.randint(60, 200), r.randint(40, 120)).name()
    return sh.c["chip"]


def trends_card(sh: ChromeShot, x: float, y: float, w: float) -> float:
    s, r, t = sh.s, sh.rng, _WORDS[sh.lang]
    n = r.randint(2, 4)
    item_h = 84 * s
    h = 56 * s + n * item_h + 16 * s
    sh.rect(x, y, w, h, _card_fill(sh), 16 * s)
    sh.text(x + 16 * s, y + 14 * s, w - 32 * s, t["trends"], 20, sh.c["fg"], True)
    yy = y + 56 * s
    pic = r.choice([64, 72, 80]) * s
    for _ in range(n):
        sh.text(x + 16 * s, yy, w - pic - 48 * s, t["trending"] + " · " + sd._age(r, sh.lang), 13, sh.c["sub"])
        sh.text(x + 16 * s, yy + 20 * s, w - pic - 48 * s, sd._title(r, sh.lang, 2, 6), 15, sh.c["fg"], True,
                lines=2)
        sh.text(x + 16 * s, yy + 58 * s, w - pic - 48 * s, f"{sd._count(r)} {t['posts']}", 13, sh.c["sub"])
        if r.random() < 0.85:
            sh.picture(x + w - pic - 16 * s, yy + 4 * s, pic, pic, 12 * s)
        yy += item_h
    return h


def follow_card(sh: ChromeShot, x: float, y: float, w: float) -> float:
    s, r, t = sh.s, sh.rng, _WORDS[sh.lang]
    n = r.randint(2, 3)
    h = 56 * s + n * 64 * s + 12 * s
    sh.rect(x, y, w, h, _card_fill(sh), 16 * s)
    sh.text(x + 16 * s, y + 14 * s, w - 32 * s, t["follow"], 20, sh.c["fg"], True)
    yy = y + 56 * s
    for _ in range(n):
        sh.avatar(x + 16 * s, yy + 8 * s, 44 * s)
        name = r.choice(sd._CHANNEL)
        sh.text(x + 70 * s, yy + 8 * s, w - 180 * s, name, 15, sh.c["fg"], True)
        sh.text(x + 70 * s, yy + 30 * s, w - 180 * s, "@" + name.lower().replace(" ", ""), 13, sh.c["sub"])
        sh.pill(x + w - 100 * s, yy + 12 * s, t["btn"], 13, sh.c["fg"], sh.c["bg"])
        yy += 64 * s
    return h


def promo_card(sh: ChromeShot, x: float, y: float, w: float, ad: bool = False) -> float:
    """A promo card (``ad``: a sponsored card, only in the fresh set): title, text, a picture, a button."""
    s, r, t = sh.s, sh.rng, _WORDS[sh.lang]
    pic_h = (w - 32 * s) * r.choice([9 / 16, 0.5, 1.0 if ad else 0.6])
    h = (120 if not ad else 140) * s + pic_h
    sh.rect(x, y, w, h, _card_fill(sh), 16 * s)
    yy = y + 14 * s
    if ad:
        sh.text(x + 16 * s, yy, w - 32 * s, t["sponsored"], 12, sh.c["sub"])
        yy += 20 * s
        sh.text(x + 16 * s, yy, w - 32 * s, r.choice(sd._CHANNEL), 17, sh.c["fg"], True)
    else:
        sh.text(x + 16 * s, yy, w - 32 * s, t["promo"], 19, sh.c["fg"], True)
    yy += 30 * s
    if r.random() < 0.5 or ad:
        sh.picture(x + 16 * s, yy, w - 32 * s, pic_h, 10 * s)
        yy += pic_h + 10 * s
        sh.text(x + 16 * s, yy, w - 32 * s, t["promo_txt"] if not ad else sd._title(r, sh.lang, 3, 8), 14,
                sh.c["fg"], lines=2)
    else:
        sh.text(x + 16 * s, yy, w - 32 * s, t["promo_txt"], 14, sh.c["fg"], lines=2)
        yy += 40 * s
        sh.picture(x + 16 * s, yy, w - 32 * s, pic_h, 10 * s)
        yy += pic_h - 30 * s
    sh.pill(x + 16 * s, y + h - 44 * s, t["more"] if ad else t["sub_btn"], 14, "#1d9bf0", "#ffffff")
    return h


def profile_header(sh: ChromeShot, x: float, y: float, w: float) -> float:
    s, r, t = sh.s, sh.rng, _WORDS[sh.lang]
    banner = r.random() < 0.7
    yy = y
    if banner:
        bh = min(w / 3, 200 * s)
        sh.picture(x, y, w, bh, 0)
        yy = y + bh
    d = r.choice([72, 88, 112]) * s
    sh.p.setPen(QPen(QColor(sh.c["bg"]), 4 * s))
    sh.avatar(x + 16 * s, yy - (d / 2 if banner else -12 * s), d)
    yy += (d / 2 if banner else d + 12 * s) + 8 * s
    name = r.choice(sd._CHANNEL)
    sh.text(x + 16 * s, yy, w - 200 * s, name, 20, sh.c["fg"], True)
    sh.text(x + 16 * s, yy + 26 * s, w - 200 * s, "@" + name.lower().replace(" ", ""), 14, sh.c["sub"])
    bx = x + w - 16 * s
    for lab, fill, ink in ((t["btn"], sh.c["fg"], sh.c["bg"]), (t["msg"], sh.c["chip"], sh.c["fg"])):
        bw = sh.pill(bx - 130 * s, yy, lab, 14, fill, ink)
        bx -= bw + 12 * s
    yy += 52 * s
    if r.random() < 0.7:
        yy += sh.text(x + 16 * s, yy, w - 32 * s, sd._title(r, sh.lang, 6, 14), 14, sh.c["fg"], lines=2) + 6 * s
    st = f"{sd._count(r)} {t['following']}    {sd._count(r)} {t['followers']}"
    sh.text(x + 16 * s, yy, w - 32 * s, st, 14, sh.c["sub"])
    yy += 30 * s
    sh.rect(x, yy, w, 1 * s, sh.c["line"])
    return yy + 6 * s - y


def top_bar(sh: ChromeShot, x: float, y: float, w: float) -> float:
    s, r, t = sh.s, sh.rng, _WORDS[sh.lang]
    h = r.choice([48, 56, 64]) * s
    if r.random() < 0.4:
        sh.rect(x, y, w, h, sh.c["chip"])
    sh.rect(x + 12 * s, y + h / 2 - 12 * s, 24 * s, 24 * s, sh.c["fg"], 6 * s)  # menu / logo
    tabs = t["tabs"][:r.randint(2, 3)]
    tx = x + w / 2 - 70 * s * len(tabs) / 2
    sel = r.randrange(len(tabs))
    for i, lab in enumerate(tabs):
        sh.text(tx, y + h / 2 - 10 * s, 130 * s, lab, 16, sh.c["fg"] if i == sel else sh.c["sub"], True)
        if i == sel:
            sh.rect(tx, y + h - 4 * s, 40 * s, 3 * s, sh.c["fg"], 1.5 * s)
        tx += 80 * s
    if r.random() < 0.5:
        sh.pill(x + 44 * s, y + h / 2 - 12 * s, t["live"], 11, "#fe2c55", "#ffffff")
    sh.icon_row(x + w - 44 * s * r.randint(1, 3), y + h / 2 - 12 * s, 1, 24 * s, 0)
    sh.rect(x + w - 40 * s, y + h / 2 - 12 * s, 24 * s, 24 * s, sh.c["sub"], 12 * s)
    return h


def chip_row(sh: ChromeShot, x: float, y: float, w: float) -> float:
    s, r = sh.s, sh.rng
    h = 48 * s
    cx = x + 12 * s
    chips = list(_CHIPS[sh.lang])
    r.shuffle(chips)
    sel = r.randrange(3)
    for i, lab in enumerate(chips):
        if cx > x + w - 40 * s:
            break
        fill, ink = (sh.c["fg"], sh.c["bg"]) if i == sel else (sh.c["chip"], sh.c["fg"])
        cx += sh.pill(cx, y + 8 * s, lab, 13, fill, ink) + 10 * s
    return h


def stories_row(sh: ChromeShot, x: float, y: float, w: float) -> float:
    s, r = sh.s, sh.rng
    d = r.choice([56, 64, 72]) * s
    h = d + 40 * s
    cx = x + 12 * s
    while cx + d < x + w:
        g = QLinearGradient(cx, y + 6 * s, cx + d, y + 6 * s + d)
        g.setColorAt(0, QColor("#feda75"))
        g.setColorAt(1, QColor("#d62976"))
        sh.p.setPen(Qt.PenStyle.NoPen)
        sh.p.setBrush(g)
        sh.p.drawEllipse(QRectF(cx, y + 6 * s, d, d))
        sh.p.setBrush(QColor(sh.c["bg"]))
        sh.p.drawEllipse(QRectF(cx + 3 * s, y + 9 * s, d - 6 * s, d - 6 * s))
        sh.avatar(cx + 5 * s, y + 11 * s, d - 10 * s)
        sh.text(cx, y + d + 12 * s, d, r.choice(sd._CHANNEL).lower().replace(" ", ""), 11, sh.c["fg"])
        cx += d + 14 * s
    return h


def nav_bar(sh: ChromeShot, y: float, w: float) -> float:
    """A phone's bottom navigation from ``y`` to the screen's bottom: five slots across ``w``, an icon over a
    label in each (the middle one a "+" button without a label), on the page's colour (no rule: the bar
    the session-15 reader took titles from) or on a bar of its own with a rule. Returns its height."""
    s, r = sh.s, sh.rng
    h = sh.h - y
    if r.random() < 0.4:
        sh.rect(0, y, w, h, sh.c["chip"])
        sh.rect(0, y, w, 1 * s, sh.c["line"])
    else:
        sh.rect(0, y, w, h, sh.c["bg"])
    labels = r.choice(NAV_LABELS[sh.lang])
    slot = w / len(labels)
    for i, lab in enumerate(labels):
        cx = (i + 0.5) * slot
        if lab == "+":
            sh.rect(cx - 20 * s, y + 10 * s, 40 * s, 28 * s, sh.c["fg"], 8 * s)
            continue
        sh.rect(cx - 11 * s, y + 8 * s, 22 * s, 22 * s, sh.c["sub"], 6 * s)
        f = sh.font(11)
        from PySide6.QtGui import QFontMetricsF
        tw = QFontMetricsF(f).horizontalAdvance(lab)
        sh.text(cx - tw / 2, y + 33 * s, slot, lab, 11, sh.c["fg"] if i == 0 else sh.c["sub"], i == 0)
    return h


_BAND = {"profile": profile_header, "topbar": top_bar, "chips": chip_row, "stories": stories_row}
_CARD = {"trends": trends_card, "follow": follow_card, "promo": promo_card,
         "ad": lambda sh, x, y, w: promo_card(sh, x, y, w, ad=True)}


def render_chrome(family: str, theme: str, seed: int, assets: sd.Assets,
                  kinds: tuple[str, ...] = FIT_KINDS) -> tuple[QImage, list, dict]:
    """One screenshot of ``family`` with page chrome around its feed.

    Parameters
    ----------
    family : str
        A layout family of :mod:`screenshot_data` (``negative`` too).
    theme : str
        ``light``, ``dark``, ``rand<seed>``, or a palette of :data:`CHROME_THEMES` / :data:`FRESH_THEMES`.
    seed : int
        The image's seed (the same seed draws the same image).
    assets : screenshot_data.Assets
        Photographs and faces.
    kinds : tuple of str
        The chrome pieces it may draw (:data:`FIT_KINDS`; :data:`FRESH_KINDS` adds the sponsored card;
        :data:`NAV_KIND` draws a bottom navigation with labels on phone sizes).

    Returns
    -------
    (QImage, list, dict)
        The image; its boxes ``(class id, x0, y0, x1, y1)`` in pixels (``screenshot_data.CLASSES``);
        ``{"whole": [bool per thumbnail box, in order], "chrome": [kinds drawn], "lang": str, "pictures":
        [[x0, y0, x1, y1] of each chrome picture (card pictures, banners)], "nav_top": y of the bottom
        navigation's top (the height when none), ...}``.
    """
    rng = random.Random(f"chrome{seed}")
    kind = sd._SIZES.get(family, "either")
    if kind == "either":
        kind = rng.choice(["desktop", "phone"])
    W, H, s = sd._desktop_size(rng) if kind == "desktop" else sd._phone_size(rng)
    lang = rng.choice(["en", "es"])
    cards = [k for k in ("trends", "follow", "promo", "ad") if k in kinds]
    bands = [k for k in ("profile", "topbar", "chips", "stories") if k in kinds]
    side = 0.0
    if kind == "desktop" and cards and rng.random() < 0.8:
        side = rng.uniform(300, 380) * s
    chosen_bands = [b for b in bands if rng.random() < (0.45 if kind == "phone" else 0.3)]
    if not chosen_bands and not side and bands:
        chosen_bands = [rng.choice(bands)]
    order = ["topbar", "profile", "stories", "chips"]
    chosen_bands.sort(key=order.index)

    full = ChromeShot(W, H, s, theme, rng, assets, lang)
    drawn: list = []
    nav_top = float(H)
    if NAV_KIND in kinds and kind == "phone":
        nav_top = H - rng.choice([52, 56, 64]) * s
    # the bands above the feed, drawn first to learn their height
    y = 0.0
    band_w = W - side - (16 * s if side else 0)
    for b in chosen_bands:
        if y > 0.45 * H:
            break
        y += _BAND[b](full, 0, y, band_w)
        drawn.append(b)
    top = int(round(y))
    cw = int(round(band_w))
    ch = H - top
    sub = ChromeShot(max(64, cw), max(64, ch), s, theme, random.Random(seed), assets, lang)
    (sd.negative if family == "negative" else getattr(sd, family))(sub)
    sub_img, sub_boxes = sub.finish()
    full.p.save()
    full.p.setClipRect(QRectF(0, top, cw, H - top))
    full.p.drawImage(QPointF(0, top), sub_img)
    full.p.restore()
    if nav_top < H:
        nav_bar(full, nav_top, W)
        drawn.append(NAV_KIND)
    if side:
        x = W - side
        yy = 16 * s
        picks = [c for c in cards if rng.random() < 0.7] or [rng.choice(cards)]
        rng.shuffle(picks)
        for c in picks:
            if yy > H - 160 * s:
                break
            yy += _CARD[c](full, x, yy, side - 16 * s) + 16 * s
            drawn.append(c)
    img, _ = full.finish()

    boxes, whole = [], []
    for cid, x0, y0, x1, y1 in sub_boxes:
        ny0, ny1 = y0 + top, min(nav_top, y1 + top)
        if ny1 - ny0 < 4 or ny1 - ny0 < 0.3 * (y1 - y0):
            continue
        boxes.append((cid, x0, ny0, x1, ny1))
        if cid == 0:
            cut = ny1 < y1 + top - 1
            exact = any(abs(x0 - max(0, a)) < 1.5 and abs(y0 - max(0, b)) < 1.5 and abs(x1 - c) < 1.5
                        and abs(y1 - d) < 1.5 for a, b, c, d in sub.intended)
            whole.append(exact and not cut)
    pictures = [list(b) for b in full.pictures]
    return img, boxes, {"whole": whole, "chrome": drawn, "lang": lang, "size": [W, H], "kind": kind,
                        "pictures": pictures, "nav_top": nav_top}


def to_bgr(img: QImage) -> np.ndarray:
    """The image as a (H, W, 3) uint8 BGR array (what the app analyses)."""
    return np.ascontiguousarray(sd._to_array(img)[:, :, ::-1])


def fit_set(n: int, seed: int = 0) -> list[tuple[str, str, int]]:
    """(family, theme, seed) of ``n`` images for fitting: training families and ``negative``, themes
    light, dark, random palettes and :data:`CHROME_THEMES`; never the held-out family or theme."""
    rng = random.Random(f"fit{seed}")
    fams = sd.TRAIN_FAMILIES + ("negative",)
    out = []
    for i in range(n):
        fam = fams[i % len(fams)]
        s = (1 << 36) + seed * 100000 + i
        theme = rng.choice(["light", "dark", f"rand{s}", "deepblue", "sepia", "wine"])
        out.append((fam, theme, s))
    return out


def fresh_set(n: int) -> list[tuple[str, str, int]]:
    """(family, theme, seed) of the fresh evaluation set: training families in the unseen palettes
    (:data:`FRESH_THEMES`) and the fitting palettes, seeds never used in fitting (render with
    :data:`FRESH_KINDS` and the held-out photographs)."""
    rng = random.Random("fresh")
    fams = sd.TRAIN_FAMILIES
    out = []
    for i in range(n):
        s = (1 << 37) + i
        theme = rng.choice(["teal", "plum", "teal", "plum", "light", "dark", "deepblue", "sepia"])
        out.append((fams[i % len(fams)], theme, s))
    return out


def held_out_sets(n: int) -> dict[str, list[tuple[str, str, int]]]:
    """Chrome around the held-out family (light/dark) and the held-out theme (dim): never fitted on."""
    fam = [(sd.HELD_OUT_FAMILY, ("light", "dark")[i % 2], (1 << 38) + i) for i in range(n)]
    dim = [(sd.THEME_TEST_FAMILIES[i % len(sd.THEME_TEST_FAMILIES)], sd.HELD_OUT_THEME, (1 << 39) + i)
           for i in range(n)]
    return {"chrome_test_family": fam, "chrome_test_theme": dim}
