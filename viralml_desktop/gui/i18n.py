"""The interface language: English or Spanish, through Qt's translator.

Which language: ``VIRALML_LANG`` (``es`` or ``en``; screenshots and tests) overrides the
``ui/language`` setting (Settings → General), which overrides the system locale (Spanish for any
``es_*`` locale, English otherwise). Every visible string of ``gui/`` goes through
``self.tr`` or ``QCoreApplication.translate``; the Spanish catalogue is
``gui/i18n/viralml_es.ts`` (pyside6-lupdate), compiled to ``viralml_es.qm`` (pyside6-lrelease,
the Makefile's ``install``). A missing or unreadable ``.qm`` is compiled from the ``.ts`` into the
user data folder when the tool is at hand; failing that the interface stays in English. Nothing here
raises.

Numbers are written with :class:`~PySide6.QtCore.QLocale` of the chosen language
(:func:`locale`): see ``gui/fmt.py``.
"""
from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Optional

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

LANGUAGES = {"en": "English", "es": "Español"}
ENV = "VIRALML_LANG"
SETTING = "ui/language"  # "" (system), "en" or "es"
I18N_DIR = Path(__file__).resolve().parent / "i18n"
_LOCALES = {"en": QLocale(QLocale.English, QLocale.UnitedStates), "es": QLocale(QLocale.Spanish, QLocale.Spain)}

_installed: list[QTranslator] = []
_current = "en"


def _normal(code: object) -> str:
    """``"es"``, ``"en"`` or ``""`` for a language code or locale name (``es_MX.UTF-8`` → ``es``)."""
    c = str(code or "").strip().lower().replace("-", "_")[:2]
    return c if c in LANGUAGES else ""


def system_language() -> str:
    """``"es"`` when the system locale is Spanish, else ``"en"``."""
    return "es" if QLocale.system().language() == QLocale.Spanish else "en"


def chosen_language(settings=None) -> str:
    """The language to show: ``VIRALML_LANG``, else the ``ui/language`` setting, else the system's.

    Parameters
    ----------
    settings : QSettings or AppContext, optional
        Anything with ``value(key, default)``; None reads no setting.

    Returns
    -------
    str
        ``"en"`` or ``"es"``.
    """
    env = _normal(os.environ.get(ENV))
    if env:
        return env
    if settings is not None:
        try:
            chosen = _normal(settings.value(SETTING, ""))
        except Exception:  # a damaged settings file never blocks the start
            chosen = ""
        if chosen:
            return chosen
    return system_language()


def _lrelease() -> Optional[str]:
    """The path of pyside6-lrelease (next to this Python, or on PATH), or None."""
    here = Path(sys.executable).parent / "pyside6-lrelease"
    if here.exists():
        return str(here)
    return shutil.which("pyside6-lrelease")


def compile_catalog(ts: Path, qm: Path) -> bool:
    """Compile ``ts`` to ``qm`` with pyside6-lrelease; False (logged) when it cannot."""
    tool = _lrelease()
    if tool is None or not ts.exists():
        return False
    try:
        qm.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True, timeout=60,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    except (OSError, subprocess.SubprocessError) as e:
        log.warning("could not compile %s: %s", ts, e)
        return False
    return qm.exists()


def catalog(lang: str) -> Optional[Path]:
    """The compiled catalogue of ``lang``: the shipped ``.qm`` when it is as new as its ``.ts``,
    else one compiled into the user cache; None for English or when none can be had."""
    if lang == "en":
        return None
    ts, qm = I18N_DIR / f"viralml_{lang}.ts", I18N_DIR / f"viralml_{lang}.qm"
    if qm.exists() and (not ts.exists() or qm.stat().st_mtime >= ts.stat().st_mtime):
        return qm
    try:
        from viralml_desktop.core import paths

        cached = paths.user_data_dir() / "i18n" / qm.name
    except Exception:
        cached = None
    if cached is not None and cached.exists() and ts.exists() and cached.stat().st_mtime >= ts.stat().st_mtime:
        return cached
    if cached is not None and compile_catalog(ts, cached):
        return cached
    return qm if qm.exists() else None  # an older .qm beats none


def install(lang: Optional[str] = None, settings=None) -> str:
    """Load the translators of ``lang`` (default :func:`chosen_language`) into the running app.

    Replaces the ones a previous call installed; sets :func:`locale` as Qt's default locale.
    Falls back to English (no translator) when the catalogue is missing or unreadable.

    Returns
    -------
    str
        The language now in force (``"en"`` when Spanish could not be loaded).
    """
    global _current
    app = QCoreApplication.instance()
    lang = _normal(lang) or chosen_language(settings)
    for t in _installed:
        if app is not None:
            app.removeTranslator(t)
    _installed.clear()
    _current = "en"
    QLocale.setDefault(_LOCALES["en"])
    if lang == "en" or app is None:
        return _current
    qm = catalog(lang)
    ours = QTranslator(app)
    if qm is None or not ours.load(str(qm)):
        log.warning("no %s catalogue could be loaded; the interface stays in English", lang)
        return _current
    app.installTranslator(ours)
    _installed.append(ours)
    qt_own = QTranslator(app)  # Qt's own dialogs and buttons (Cancel, Close, Yes, No)
    if qt_own.load(QLocale(lang), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    _current = lang
    QLocale.setDefault(_LOCALES[lang])
    return _current


def current() -> str:
    """The language in force after the last :func:`install` (``"en"`` before any)."""
    return _current


def locale() -> QLocale:
    """The QLocale numbers and dates are written with in the language in force: the system's own
    when it speaks that language (es_MX writes 7.7, es_AR 7,7), else en_US or es_ES (7,7)."""
    system = QLocale.system()
    if system.language() == _LOCALES[_current].language():
        return system
    return QLocale(_LOCALES[_current])
