"""Connect this device to the central database, or give the sync password again.

The adviser types the address the administrator gave (`postgresql://server/database`),
their login and password, and, if asked to, the TLS options (encryption mode and the
certificate authority's file; they travel in the address as `sslmode` / `sslrootcert`).
The dialog stays open while the credentials are checked and the first sync runs (on
the sync thread: the window keeps working), so a wrong password or an unreachable
server is said here, next to what to fix. The password goes to the OS keyring when one
works; where none does the dialog says so before anything is sent: the password is
then kept nowhere and asked again each session.

With `password_only` the address and login are fixed: the device is connected and only
needs the password (a machine without keyring, after a restart).
"""

from __future__ import annotations

from urllib.parse import parse_qsl, unquote, urlencode, urlsplit, urlunsplit

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.sync import sync as sync_service
from ui.dialogs.field_messages import FieldMessages, MessageBar, error_label, refit
from ui.messages import message_text
from ui.sync.sync_progress import progress_text
from ui.sync.sync_runner import RoundResult, SyncRunner
from ui.worker import Worker

# libpq's encryption modes, safest last; "" keeps what the address says
SSL_MODES = ("", "require", "verify-ca", "verify-full", "prefer", "disable")


def with_tls(url: str, sslmode: str = "", rootcert: str = "") -> str:
    """The address with `sslmode` / `sslrootcert` set (others in it kept as they are)."""
    url = url.strip()
    if not sslmode and not rootcert:
        return url
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)]
    replace = {}
    if sslmode:
        replace["sslmode"] = sslmode
    if rootcert:
        replace["sslrootcert"] = rootcert
    query = [(k, v) for k, v in query if k not in replace] + list(replace.items())
    return urlunsplit(parts._replace(query=urlencode(query, safe="/:")))


def split_credentials(url: str) -> tuple[str, str, str]:
    """(address without login and password, login, password) of a typed address: the
    password belongs in its own field (and the keyring), never in the stored address."""
    url = url.strip()
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url, "", ""
    userinfo, _, hostport = parts.netloc.rpartition("@")
    login, _, password = userinfo.partition(":")
    return urlunsplit(parts._replace(netloc=hostport)), unquote(login), unquote(password)


def shown_url(url: str | None) -> str:
    """An address as the window shows it: any password in it replaced by ***."""
    if not url:
        return ""
    parts = urlsplit(url)
    userinfo, at, hostport = parts.netloc.rpartition("@")
    if not at or ":" not in userinfo:
        return url
    login = userinfo.partition(":")[0]
    return urlunsplit(parts._replace(netloc=f"{login}:***@{hostport}"))


def tls_of(url: str) -> tuple[str, str]:
    """(sslmode, sslrootcert) as the address states them ("" when it does not)."""
    query = dict(parse_qsl(urlsplit(url or "").query))
    return query.get("sslmode", ""), query.get("sslrootcert", "")


class SyncConnectDialog(QDialog):
    def __init__(
        self,
        runner: SyncRunner,
        worker: Worker,
        url: str = "",
        login: str = "",
        password_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("syncConnectDialog")
        self.setModal(True)
        self._runner = runner
        self._password_only = password_only
        self._waiting = False
        self._keyring_ok: bool | None = None
        # the last result this dialog asked for (for tests)
        self.result_seen: RoundResult | None = None

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.url_edit = QLineEdit(url)
        self.url_edit.setObjectName("syncUrl")
        self.url_edit.setMinimumWidth(420)
        self.login_edit = QLineEdit(login)
        self.login_edit.setObjectName("syncLogin")
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("syncPassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        if password_only:
            self.url_edit.setReadOnly(True)
            self.login_edit.setReadOnly(True)
        self.keyring_note = QLabel()
        self.keyring_note.setObjectName("keyringNote")
        self.keyring_note.setWordWrap(True)

        self.bar = MessageBar()
        self.fields = FieldMessages(self.bar)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.url_caption, self.login_caption, self.password_caption = QLabel(), QLabel(), QLabel()
        for caption, edit, name in (
            (self.url_caption, self.url_edit, "url"),
            (self.login_caption, self.login_edit, "login"),
            (self.password_caption, self.password_edit, "password"),
        ):
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(edit)
            box.addWidget(self.fields.add(name, error_label()))
            form.addRow(caption, box)

        self.tls_box = QGroupBox()
        self.tls_box.setObjectName("tlsOptions")
        tls_form = QFormLayout(self.tls_box)
        tls_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.sslmode = QComboBox()
        self.sslmode.setObjectName("sslMode")
        for mode in SSL_MODES:
            self.sslmode.addItem("", mode)
        self.ca_edit = QLineEdit()
        self.ca_edit.setObjectName("sslRootCert")
        self.ca_button = QPushButton()
        self.ca_button.clicked.connect(self._choose_ca)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_edit, 1)
        ca_row.addWidget(self.ca_button)
        self.sslmode_caption, self.ca_caption = QLabel(), QLabel()
        tls_form.addRow(self.sslmode_caption, self.sslmode)
        tls_form.addRow(self.ca_caption, ca_row)
        mode, ca = tls_of(url)
        self.sslmode.setCurrentIndex(max(self.sslmode.findData(mode), 0))
        self.ca_edit.setText(ca)
        self.tls_box.setVisible(not password_only)

        self.progress = QProgressBar()
        self.progress.setObjectName("connectProgress")
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.progress_label = QLabel()
        self.progress_label.setWordWrap(True)
        self.progress_label.hide()

        self.buttons = QDialogButtonBox()
        self.connect_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.connect_button.setObjectName("connectButton")
        self.connect_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.connect_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self._cancel_clicked)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.tls_box)
        layout.addWidget(self.keyring_note)
        layout.addWidget(self.bar)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        runner.finished.connect(self._finished)
        runner.progressed.connect(self._progressed)
        worker.submit(sync_service.keyring_works, on_result=self._keyring_known)
        self.retranslate()
        (self.password_edit if password_only or (url and login) else self.url_edit).setFocus()

    # --- state for tests -----------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._waiting or self._keyring_ok is None

    # --- behaviour -----------------------------------------------------------------------

    def address(self) -> str:
        if self._password_only:
            return self.url_edit.text().strip()
        return with_tls(
            self.url_edit.text(), self.sslmode.currentData() or "", self.ca_edit.text().strip()
        )

    def submit(self) -> None:
        if self._waiting:
            return
        self.fields.clear()
        problems = {}
        url, url_login, url_password = split_credentials(self.address())
        login = self.login_edit.text().strip() or url_login
        password = self.password_edit.text() or url_password
        key = sync_service.url_problem(url)
        if key:
            problems["url"] = message_text(key)
        if not login:
            problems["login"] = message_text("field.required")
        if not password:
            problems["password"] = message_text("field.required")
        elif sync_service.password_problem(password):
            problems["password"] = message_text(sync_service.password_problem(password))
        if problems:
            for name, text in problems.items():
                label = self.fields.labels[name]
                label.setText(text)
                label.show()
            refit(self.bar)
            return
        if not self._runner.connect_device(url, login, password):
            self.bar.show_message(
                self.tr("A sync is running. Wait until it has finished, then try again."),
                "warning",
            )
            return
        self._set_waiting(True)

    def _set_waiting(self, waiting: bool) -> None:
        self._waiting = waiting
        for widget in (self.url_edit, self.login_edit, self.password_edit, self.tls_box):
            widget.setEnabled(not waiting)
        self.connect_button.setEnabled(not waiting)
        self.progress.setVisible(waiting)
        self.progress_label.setVisible(waiting)
        if waiting:
            self.progress.setRange(0, 0)
            self.progress_label.setText(self.tr("Checking the login with the central database…"))
        refit(self)

    def _progressed(self, done: int, total: int, step: str) -> None:
        if not self._waiting:
            return
        self.progress_label.setText(progress_text(done, total, step))
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        else:
            self.progress.setRange(0, 0)

    def _finished(self, result: RoundResult) -> None:
        if not self._waiting or result.kind != "connect":
            return
        self._set_waiting(False)
        self.result_seen = result
        report = result.report
        joined = (
            report.ok
            or report.cancelled
            or not (
                report.offline
                or report.message_key
                in (
                    "sync.sign_in_failed",
                    "sync.not_a_user",
                    "sync.failed",
                    "sync.url_invalid",
                    "sync.login_invalid",
                    "sync.password_nul",
                    "database.read_only",
                    "database.write_failed",
                )
            )
        )
        if joined:
            self.accept()
            return
        if report.offline:
            text = self.tr(
                "The central database cannot be reached at this address. Check the address "
                "and the network connection, or try again later."
            )
            self.fields.labels["url"].setText(text)
            self.fields.labels["url"].show()
        elif report.message_key == "sync.sign_in_failed":
            self.fields.labels["password"].setText(message_text(report.message_key))
            self.fields.labels["password"].show()
            self.password_edit.selectAll()
            self.password_edit.setFocus()
        else:
            self.bar.show_message(message_text(report.message_key or "sync.failed"))
        refit(self.bar)

    def _cancel_clicked(self) -> None:
        if self._waiting:
            self._runner.cancel()
            self.progress_label.setText(self.tr("Stopping after the current step…"))
            return
        self.reject()

    def reject(self) -> None:
        if self._waiting:  # Esc while connecting: stop the round first
            self._runner.cancel()
            return
        super().reject()

    def _choose_ca(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Certificate authority of the central database"),
            "",
            self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"),
        )
        if path:
            self.ca_edit.setText(path)

    def _keyring_known(self, works: bool) -> None:
        self._keyring_ok = bool(works)
        self.retranslate()
        refit(self)  # the note takes room: grow rather than squeeze the fields

    # --- language ------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            refit(self)
        super().changeEvent(event)

    def retranslate(self) -> None:
        if self._password_only:
            self.setWindowTitle(self.tr("Sync password"))
            self.intro.setText(
                self.tr(
                    "SmartDesk needs the password of {login} to sync with the central database."
                ).format(login=self.login_edit.text())
            )
            self.connect_button.setText(self.tr("Sync"))
        else:
            self.setWindowTitle(self.tr("Connect to the central database"))
            self.intro.setText(
                self.tr(
                    "Type the address of the central database and your own login and "
                    "password, as your administrator gave them. The first sync then "
                    "brings your office's data to this device; it may take a few minutes."
                )
            )
            self.connect_button.setText(self.tr("Connect"))
        self.url_caption.setText(self.tr("Address"))
        self.url_edit.setPlaceholderText("postgresql://db.smart.coop/smartdesk")
        self.login_caption.setText(self.tr("Login"))
        self.password_caption.setText(self.tr("Password"))
        self.tls_box.setTitle(self.tr("Secure connection (TLS)"))
        self.sslmode_caption.setText(self.tr("Encryption"))
        self.ca_caption.setText(self.tr("Certificate authority file"))
        self.ca_edit.setPlaceholderText(self.tr("Only if your administrator gave you one"))
        self.ca_button.setText(self.tr("Browse…"))
        mode_texts = {
            "": self.tr("As the address says"),
            "require": self.tr("Encrypted (require)"),
            "verify-ca": self.tr("Encrypted, certificate checked (verify-ca)"),
            "verify-full": self.tr("Encrypted, certificate and server name checked (verify-full)"),
            "prefer": self.tr("Encrypted when the server offers it (prefer)"),
            "disable": self.tr("Not encrypted (disable)"),
        }
        for index in range(self.sslmode.count()):
            self.sslmode.setItemText(index, mode_texts[self.sslmode.itemData(index)])
        if self._keyring_ok is None:
            self.keyring_note.setText("")
            self.keyring_note.setStyleSheet("")
        elif self._keyring_ok:
            self.keyring_note.setText(
                self.tr("The password is kept in this computer's keyring, for the next syncs.")
            )
            self.keyring_note.setStyleSheet("color: #555555;")
        else:
            self.keyring_note.setText(
                self.tr(
                    "This computer has no working keyring: the password is kept nowhere. "
                    "SmartDesk uses it until you close the program and asks for it again "
                    "in the next session."
                )
            )
            self.keyring_note.setStyleSheet(
                "background: #fff4d6; color: #6b4a00; border: 1px solid #f0d48a;"
                " border-radius: 4px; padding: 6px 8px;"
            )
        self.keyring_note.setAlignment(Qt.AlignmentFlag.AlignLeft)
