"""Settings, in two pages. *General*: the interface language, the default platform and audience
countries the tabs start with, how numbers and times are written, the import preview.
*Local server*: whether the local ML Core server runs, starting and stopping it, the media roots
it may read, and a check of the configured ML Core endpoint. Everything is remembered with the
app's QSettings (``ui/*``, ``defaults/*``, ``server/*``, ``imports/preview``).

The server runs in a background thread of this process (``api.runner.ServerThread``), so it
shares the models already loaded by the GUI. Starting, stopping and checking run through
:class:`TaskRunner`; the UI thread never waits on a socket. The FastAPI stack is imported on
first use, not when the window opens.
"""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QCoreApplication, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QGroupBox,
                               QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton, QSpinBox, QTabWidget,
                               QVBoxLayout, QWidget)

from viralml_desktop.core import config
from viralml_desktop.gui import choices, i18n
from viralml_desktop.gui.widgets import ErrorLabel
from viralml_desktop.gui.worker import TaskRunner

_server = None  # the app's one ServerThread, outliving the dialog

# remembered user preferences (QSettings keys) and their defaults
DEFAULT_PLATFORM_KEY = "defaults/platform"
DEFAULT_COUNTRIES_KEY = "defaults/countries"
NUMBERS_KEY = "ui/numbers"  # "compact" (90 K) or "full" (90,000)
CLOCK_KEY = "ui/clock"  # "24h" or "12h"
DEFAULT_COUNTRIES = "US,MX,PR"


def default_platform(ctx, fallback: str = "") -> str:
    """The platform a tab starts with when it remembers none of its own (Settings → General)."""
    v = ctx.value(DEFAULT_PLATFORM_KEY, "") if ctx is not None else ""
    return str(v or fallback)


def default_countries(ctx) -> str:
    """Comma-separated audience countries a tab starts with when it remembers none of its own."""
    v = ctx.value(DEFAULT_COUNTRIES_KEY, "") if ctx is not None else ""
    return str(v or DEFAULT_COUNTRIES)


def local_server():
    """The running in-app server, or None."""
    return _server if _server is not None and _server.running else None


def stop_local_server() -> None:
    global _server
    if _server is not None:
        _server.stop()
        _server = None


def _start_server(host: str, port: int):
    global _server
    from viralml_desktop.api.runner import ServerThread

    if _server is not None and _server.running:
        return _server.url
    server = ServerThread(host=host, port=port)
    url = server.start()
    _server = server
    return url


class SettingsDialog(QDialog):
    def __init__(self, ctx=None, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(560)
        self.ctx = ctx
        self.runner = TaskRunner(self)
        self.runner.result.connect(lambda _: self.error.clear_error())
        self.runner.error.connect(lambda m: self.error.show_error(m))
        self.runner.finished.connect(self.refresh)
        self.probe_runner = TaskRunner(self)
        self.probe_runner.result.connect(lambda h: self.endpoint_status.setText(
            self.tr("answers: ViralML {v0}, device {v1}").format(v0=h.get('version', '?'), v1=h.get('device', '?'))))
        self.probe_runner.error.connect(lambda m: self.endpoint_status.setText(self.tr("no answer: {m}").format(m=m)))

        cfg = config.get()
        # -- local server ---------------------------------------------------------
        box = QGroupBox(self.tr("Local ML Core server (CONTRACT.md endpoints)"))
        form = QFormLayout(box)
        self.status = QLabel()
        self.status.setOpenExternalLinks(True)
        self.status.setToolTip(self.tr("Whether this app is serving the ML Core API on your machine"))
        form.addRow(self.tr("Status:"), self.status)
        self.host = QLineEdit(str(self._value("server/host", "127.0.0.1")))
        self.host.setToolTip(self.tr("127.0.0.1 keeps the server private to this machine. Any other address "
                             "needs a token (VIRALML_SERVER_TOKEN or app.server_token)."))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(int(self._value("server/port", 8000)))
        self.port.setToolTip(self.tr("The old ML Core used port 8000"))
        hp = QHBoxLayout()
        hp.addWidget(self.host, 1)
        hp.addWidget(QLabel(self.tr("port")))
        hp.addWidget(self.port)
        form.addRow(self.tr("Address:"), hp)
        self.token_label = QLabel(self.tr("set — every request must send it") if cfg.app.server_token
                                  else self.tr("none — so the server may only listen on loopback (127.0.0.1)"))
        form.addRow(self.tr("Token:"), self.token_label)

        self.roots = QListWidget()
        self.roots.setToolTip(self.tr("Requests may name files by path only inside these folders"))
        self.roots.addItems([str(r) for r in cfg.app.media_roots])
        self.roots.setMaximumHeight(90)
        add = QPushButton(self.tr("Add folder…"))
        add.clicked.connect(self._choose_root)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(self._remove_root)
        rb = QVBoxLayout()
        rb.addWidget(add)
        rb.addWidget(remove)
        rb.addStretch(1)
        rl = QHBoxLayout()
        rl.addWidget(self.roots, 1)
        rl.addLayout(rb)
        form.addRow(self.tr("Media roots:"), rl)

        self.start_button = QPushButton(self.tr("Start server"))
        self.start_button.setToolTip(self.tr("Serve the ML Core API from this app (Ctrl+Return)"))
        self.start_button.setShortcut("Ctrl+Return")
        self.start_button.clicked.connect(self.start_server)
        self.stop_button = QPushButton(self.tr("Stop server"))
        self.stop_button.clicked.connect(self.stop_server)
        self.docs_button = QPushButton(self.tr("Open API docs"))
        self.docs_button.setToolTip(self.tr("The OpenAPI docs of the running server, in your browser"))
        self.docs_button.clicked.connect(self.open_docs)
        bl = QHBoxLayout()
        for b in (self.start_button, self.stop_button, self.docs_button):
            bl.addWidget(b)
        bl.addStretch(1)
        form.addRow(bl)

        # -- client endpoint ----------------------------------------------------------
        cbox = QGroupBox(self.tr("ML Core client (ml_config.yaml)"))
        cform = QFormLayout(cbox)
        cform.addRow(self.tr("Endpoint:"), QLabel(cfg.ml_core.endpoint))
        cform.addRow(self.tr("Timeout / retries:"), QLabel(f"{cfg.ml_core.timeout:g} s / {cfg.ml_core.retry_attempts}"))
        self.endpoint_status = QLabel(self.tr("not checked"))
        check = QPushButton(self.tr("Check endpoint"))
        check.setToolTip(self.tr("GET /health on the configured endpoint"))
        check.clicked.connect(self.check_endpoint)
        ch = QHBoxLayout()
        ch.addWidget(self.endpoint_status, 1)
        ch.addWidget(check)
        cform.addRow(self.tr("Reachable:"), ch)

        # -- imports -----------------------------------------------------------------------
        ibox = QGroupBox(self.tr("Imports"))
        self.import_preview = QCheckBox(self.tr("Show the import preview before every import"))
        self.import_preview.setToolTip(self.tr("The rows as they will be read, the columns and the reader's questions, "
                                       "before anything is stored"))
        self.import_preview.setChecked(str(self._value("imports/preview", "true")).lower() != "false")
        self.import_preview.toggled.connect(
            lambda on: self.ctx.set_value("imports/preview", "true" if on else "false") if self.ctx else None)
        QVBoxLayout(ibox).addWidget(self.import_preview)

        self.error = ErrorLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        self.pages = QTabWidget()
        general = QWidget()
        gl = QVBoxLayout(general)
        gl.addWidget(self._general_box())
        gl.addWidget(ibox)
        gl.addStretch(1)
        server_page = QWidget()
        sl = QVBoxLayout(server_page)
        sl.addWidget(box)
        sl.addWidget(cbox)
        sl.addStretch(1)
        self.pages.addTab(general, self.tr("General"))
        self.pages.addTab(server_page, self.tr("Local server"))
        lay = QVBoxLayout(self)
        lay.addWidget(self.pages)
        lay.addWidget(self.error)
        lay.addWidget(buttons)

        self.timer = QTimer(self)
        self.timer.timeout.connect(self.refresh)
        self.timer.start(1000)
        self.refresh()

    # -- general: language, defaults, units -----------------------------------------------
    def _general_box(self) -> QGroupBox:
        gbox = QGroupBox(self.tr("Language and defaults"))
        form = QFormLayout(gbox)
        self.language = QComboBox()
        self.language.addItem(self.tr("System language"), "")
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        choices.select(self.language, str(self._value(i18n.SETTING, "")))
        self.language.setToolTip(self.tr("The language of the interface; it changes at the next start. "
                                         "The VIRALML_LANG variable (es or en) overrides it."))
        self.language.currentIndexChanged.connect(self._language_changed)
        form.addRow(self.tr("Language:"), self.language)
        self.language_note = QLabel("")
        self.language_note.setWordWrap(True)
        form.addRow(self.language_note)
        self.default_platform = choices.platform_combo(str(self._value(DEFAULT_PLATFORM_KEY, "")),
                                                       first=(self.tr("as each tab last used"), ""))
        self.default_platform.setToolTip(self.tr("The platform a tab starts with until you choose another there"))
        self.default_platform.currentIndexChanged.connect(
            lambda _: self._set(DEFAULT_PLATFORM_KEY, choices.value(self.default_platform)))
        form.addRow(self.tr("Default platform:"), self.default_platform)
        self.default_countries = QLineEdit(str(self._value(DEFAULT_COUNTRIES_KEY, "") or DEFAULT_COUNTRIES))
        self.default_countries.setToolTip(self.tr("Your audience's countries as ISO codes, comma-separated "
                                                  "(e.g. MX, US, ES): Posting time and Captions start with them"))
        self.default_countries.editingFinished.connect(self._countries_changed)
        form.addRow(self.tr("Audience countries:"), self.default_countries)
        self.numbers = QComboBox()
        self.numbers.addItem(self.tr("Short (90 K views)"), "compact")
        self.numbers.addItem(self.tr("Full (90,000 views)"), "full")
        choices.select(self.numbers, str(self._value(NUMBERS_KEY, "compact")))
        self.numbers.setToolTip(self.tr("How view counts and other large numbers are written"))
        self.numbers.currentIndexChanged.connect(lambda _: self._set(NUMBERS_KEY, choices.value(self.numbers)))
        form.addRow(self.tr("Large numbers:"), self.numbers)
        self.clock = QComboBox()
        self.clock.addItem(self.tr("24-hour (18:30)"), "24h")
        self.clock.addItem(self.tr("12-hour (6:30 PM)"), "12h")
        choices.select(self.clock, str(self._value(CLOCK_KEY, "24h")))
        self.clock.setToolTip(self.tr("How times of day are written"))
        self.clock.currentIndexChanged.connect(lambda _: self._set(CLOCK_KEY, choices.value(self.clock)))
        form.addRow(self.tr("Clock:"), self.clock)
        return gbox

    def _set(self, key: str, value) -> None:
        if self.ctx is not None:
            self.ctx.set_value(key, value)

    def _language_changed(self) -> None:
        code = choices.value(self.language)
        self._set(i18n.SETTING, code)
        shown = i18n.current()
        wanted = code or i18n.system_language()
        self.language_note.setText("" if wanted == shown else
                                   self.tr("The interface will be in {language} at the next start.")
                                   .format(language=i18n.LANGUAGES[wanted]))

    def _countries_changed(self) -> None:
        import re

        codes = [c for c in re.split(r"[\s,;]+", self.default_countries.text().upper()) if c]
        from viralml_desktop.core import timezones

        known = set(timezones.country_names())
        bad = [c for c in codes if c not in known]
        if bad:
            self.error.show_error(self.tr("Unknown country code: {codes}").format(codes=", ".join(bad)))
            return
        self.error.clear_error()
        self._set(DEFAULT_COUNTRIES_KEY, ",".join(codes))

    # -- remembered values ------------------------------------------------------------
    def _value(self, key: str, default):
        return self.ctx.value(key, default) if self.ctx is not None else default

    def _remember(self) -> None:
        if self.ctx is not None:
            self.ctx.set_value("server/host", self.host.text().strip())
            self.ctx.set_value("server/port", self.port.value())

    # -- media roots ----------------------------------------------------------------------
    def media_roots(self) -> list[str]:
        return [self.roots.item(i).text() for i in range(self.roots.count())]

    def _save_roots(self, roots: list[str]) -> None:
        try:
            config.save_user_override({"app": {"media_roots": roots}})
        except config.ConfigError as e:
            self.error.show_error(str(e))
            return
        self.roots.clear()
        self.roots.addItems(roots)
        self.error.clear_error()
        if local_server():
            self.error.show_error(self.tr("Media roots saved; restart the server to apply them."))

    def add_media_root(self, folder: str) -> None:
        if folder and folder not in self.media_roots():
            self._save_roots(self.media_roots() + [folder])

    def _choose_root(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Media root"))
        self.add_media_root(folder)

    def _remove_root(self) -> None:
        row = self.roots.currentRow()
        if row >= 0:
            roots = self.media_roots()
            del roots[row]
            self._save_roots(roots)

    # -- server -----------------------------------------------------------------------------
    def start_server(self) -> None:
        self.error.clear_error()
        self._remember()
        host, port = self.host.text().strip() or "127.0.0.1", self.port.value()
        self.status.setText(self.tr("Starting…"))
        self._set_busy(True)
        self.runner.start(lambda progress: _start_server(host, port))
        app = QCoreApplication.instance()
        if app is not None and not getattr(app, "_viralml_server_hook", False):
            app.aboutToQuit.connect(stop_local_server)
            app._viralml_server_hook = True

    def stop_server(self) -> None:
        self.error.clear_error()
        self.status.setText(self.tr("Stopping…"))
        self._set_busy(True)
        self.runner.start(lambda progress: stop_local_server())

    def check_endpoint(self) -> None:
        from viralml_desktop.client import MLCoreClient

        self.endpoint_status.setText(self.tr("checking…"))

        def probe(progress):
            with MLCoreClient(retry_attempts=0, timeout=5) as c:
                return c.health()

        self.probe_runner.start(probe)

    def _set_busy(self, busy: bool) -> None:
        for b in (self.start_button, self.stop_button):
            b.setEnabled(not busy)

    def open_docs(self) -> None:
        srv = local_server()
        if srv is not None:
            QDesktopServices.openUrl(QUrl(srv.url + "/docs"))

    def refresh(self) -> None:
        if self.runner.is_running():
            return
        srv = local_server()
        if srv is not None:
            self.host.setText(srv.host)
            self.port.setValue(srv.port)
            self.status.setText(self.tr("<b style='color:#1b7f3b'>● Running</b> at <a href='{url}/docs'>{url}</a> (in this app)").format(url=srv.url))
        else:
            self.status.setText(self.tr("<b style='color:#8a8f98'>○ Stopped</b>"))
        self.start_button.setEnabled(srv is None)
        self.stop_button.setEnabled(srv is not None)
        self.docs_button.setEnabled(srv is not None)
        self.host.setEnabled(srv is None)
        self.port.setEnabled(srv is None)

    def closeEvent(self, e) -> None:
        self.timer.stop()
        super().closeEvent(e)


def show_settings(window) -> SettingsDialog:
    """Open (or raise) the window's settings dialog; non-modal."""
    dlg = getattr(window, "_settings_dialog", None)
    if dlg is None:
        dlg = SettingsDialog(getattr(window, "ctx", None), window)
        window._settings_dialog = dlg
    dlg.show()
    dlg.raise_()
    dlg.activateWindow()
    return dlg
