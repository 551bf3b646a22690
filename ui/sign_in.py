"""Who is at the desk: pick a user of this device and type the PIN, or, on a device with
no users yet, create the first one (who becomes its administrator). A colleague created
on the central database signs in here the first time with their central password and
chooses their PIN.

Both dialogs talk to the database through the worker; while a call is on its way the
buttons are disabled, and a refused PIN or a wrong field shows a translated message.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.db.engine import Database
from app.services import users as user_service
from app.services.context import CurrentUser
from ui.i18n import current_language
from ui.labels import USER_ROLES, label
from ui.messages import error_text, field_problems
from ui.worker import Worker

ERROR_STYLE = "color: #a40000;"


def _error_label() -> QLabel:
    widget = QLabel()
    widget.setWordWrap(True)
    widget.setStyleSheet(ERROR_STYLE)
    widget.setVisible(False)
    return widget


def _show(widget: QLabel, text: str) -> None:
    widget.setText(text)
    widget.setVisible(bool(text))


class SignInDialog(QDialog):
    """Choose a user from this device's list and enter the PIN."""

    signedIn = Signal(object)  # CurrentUser

    def __init__(self, db: Database, worker: Worker, last_login: str | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("signInDialog")
        self._db = db
        self._worker = worker
        self._last_login = last_login
        self.user: CurrentUser | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.users = QListWidget()
        self.users.setObjectName("userList")
        self.pin = QLineEdit()
        self.pin.setObjectName("pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(12)
        self.pin_label = QLabel()
        self.pin_label.setBuddy(self.pin)
        # first sign-in of a colleague created centrally: central password + a new PIN
        self._has_pin: dict[str, bool] = {}
        self.first_note = QLabel()
        self.first_note.setWordWrap(True)
        self.central_password = QLineEdit()
        self.central_password.setObjectName("centralPassword")
        self.central_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_pin = QLineEdit()
        self.new_pin.setObjectName("newPin")
        self.new_pin_again = QLineEdit()
        self.new_pin_again.setObjectName("newPinAgain")
        for field in (self.new_pin, self.new_pin_again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setMaxLength(12)
        self._first_labels = [QLabel() for _ in range(3)]
        self.first_box = QWidget()
        first_form = QFormLayout(self.first_box)
        first_form.setContentsMargins(0, 0, 0, 0)
        first_form.addRow(self.first_note)
        for caption, field in zip(
            self._first_labels,
            (self.central_password, self.new_pin, self.new_pin_again),
            strict=True,
        ):
            first_form.addRow(caption, field)
        self.first_box.hide()
        self.error = _error_label()
        self.error.setObjectName("signInError")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.try_sign_in)
        self.buttons.rejected.connect(self.reject)
        self.users.itemDoubleClicked.connect(lambda _item: self.pin.setFocus())
        self.users.currentItemChanged.connect(lambda *_args: self._update_mode())
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.users, 1)
        layout.addWidget(self.pin_label)
        layout.addWidget(self.pin)
        layout.addWidget(self.first_box)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(420, 420)
        self.retranslate()
        self._set_busy(True)
        worker.submit(
            user_service.device_users, db, on_result=self._users_loaded, on_error=self._failed
        )

    @property
    def busy(self) -> bool:
        return not self.buttons.isEnabled()

    def _set_busy(self, busy: bool) -> None:
        self.buttons.setEnabled(not busy)

    def _users_loaded(self, choices: list) -> None:
        self.users.clear()
        for choice in choices:
            item = QListWidgetItem(
                f"{choice.display_name}\n{label(USER_ROLES, choice.role)} · {choice.office_code}"
            )
            item.setData(Qt.ItemDataRole.UserRole, choice.login)
            self._has_pin[choice.login] = choice.has_pin
            self.users.addItem(item)
            if choice.login == self._last_login:
                self.users.setCurrentItem(item)
        if self.users.currentRow() < 0 and self.users.count():
            self.users.setCurrentRow(0)
        self._set_busy(False)
        self.pin.setFocus()

    @property
    def first_sign_in(self) -> bool:
        """The chosen colleague has no PIN on this device yet."""
        item = self.users.currentItem()
        return item is not None and not self._has_pin.get(item.data(Qt.ItemDataRole.UserRole), True)

    def _update_mode(self) -> None:
        first = self.first_sign_in
        self.first_box.setVisible(first)
        self.pin.setVisible(not first)
        self.pin_label.setVisible(not first)
        _show(self.error, "")

    def select_login(self, login: str) -> None:
        for row in range(self.users.count()):
            if self.users.item(row).data(Qt.ItemDataRole.UserRole) == login:
                self.users.setCurrentRow(row)

    def try_sign_in(self) -> None:
        item = self.users.currentItem()
        if item is None:
            _show(self.error, self.tr("Choose your name in the list."))
            return
        if self.first_sign_in:
            self._first_sign_in(item.data(Qt.ItemDataRole.UserRole))
            return
        if not self.pin.text():
            _show(self.error, self.tr("Type your PIN."))
            return
        self._set_busy(True)
        _show(self.error, "")
        self._worker.submit(
            user_service.sign_in,
            self._db,
            item.data(Qt.ItemDataRole.UserRole),
            self.pin.text(),
            on_result=self._signed_in,
            on_error=self._failed,
        )

    def _first_sign_in(self, login: str) -> None:
        if not self.central_password.text():
            _show(self.error, self.tr("Type the password of your central SmartDesk account."))
            return
        if self.new_pin.text() != self.new_pin_again.text():
            _show(self.error, self.tr("The two PINs are not the same."))
            return
        self._set_busy(True)
        _show(self.error, self.tr("Checking your password with the central database…"))
        self._worker.submit(
            user_service.set_first_pin,
            self._db,
            login,
            self.central_password.text(),
            self.new_pin.text(),
            on_result=self._signed_in,
            on_error=self._failed,
        )

    def _signed_in(self, user: CurrentUser) -> None:
        self.user = user
        self.signedIn.emit(user)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.pin.clear()
        self.central_password.clear()
        (self.central_password if self.first_sign_in else self.pin).setFocus()
        _show(self.error, error_text(error))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sign in to SmartDesk"))
        self.intro.setText(self.tr("Choose your name and type your PIN."))
        self.pin_label.setText(self.tr("&PIN"))
        self.first_note.setText(
            self.tr(
                "First time on this device: prove it is you with the password of your "
                "central SmartDesk account, then choose the PIN you will use here."
            )
        )
        for caption, text in zip(
            self._first_labels,
            (self.tr("Central password"), self.tr("New PIN"), self.tr("New PIN again")),
            strict=True,
        ):
            caption.setText(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))


class FirstRunDialog(QDialog):
    """The first start on a device: whoever installs it becomes its administrator."""

    signedIn = Signal(object)  # CurrentUser

    def __init__(self, db: Database, worker: Worker, parent=None):
        super().__init__(parent)
        self.setObjectName("firstRunDialog")
        self._db = db
        self._worker = worker
        self.user: CurrentUser | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.name = QLineEdit()
        self.login = QLineEdit()
        self.office = QComboBox()
        self.pin = QLineEdit()
        self.pin_again = QLineEdit()
        for field in (self.pin, self.pin_again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setMaxLength(12)
        self.errors = {name: _error_label() for name in ("display_name", "login", "office", "pin")}
        self.general_error = _error_label()
        self.form = QFormLayout()
        self.captions = {
            name: QLabel() for name in ("display_name", "login", "office", "pin", "pin_again")
        }
        for name, widget in (
            ("display_name", self.name),
            ("login", self.login),
            ("office", self.office),
            ("pin", self.pin),
            ("pin_again", self.pin_again),
        ):
            self.form.addRow(self.captions[name], widget)
            if name in self.errors:
                self.form.addRow("", self.errors[name])
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.create_user)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.resize(480, 380)
        self._offices: list = []
        self.retranslate()
        self.buttons.setEnabled(False)
        worker.submit(
            user_service.list_offices, db, on_result=self._offices_loaded, on_error=self._failed
        )

    @property
    def busy(self) -> bool:
        return not self.buttons.isEnabled()

    def _offices_loaded(self, offices: list) -> None:
        self._offices = offices
        self._fill_offices()
        self.buttons.setEnabled(True)

    def _fill_offices(self) -> None:
        chosen = self.office.currentData()
        self.office.clear()
        for office in self._offices:
            self.office.addItem(office.name(current_language()), office.code)
        if chosen:
            self.office.setCurrentIndex(max(self.office.findData(chosen), 0))

    def create_user(self) -> None:
        for widget in (*self.errors.values(), self.general_error):
            _show(widget, "")
        if self.pin.text() != self.pin_again.text():
            _show(self.errors["pin"], self.tr("The two PINs are not the same. Type them again."))
            return
        self.buttons.setEnabled(False)
        self._worker.submit(
            user_service.create_first_user,
            self._db,
            self.login.text().strip(),
            self.name.text().strip(),
            self.office.currentData() or "",
            self.pin.text(),
            current_language(),
            on_result=self._created,
            on_error=self._failed,
        )

    def _created(self, user: CurrentUser) -> None:
        self.user = user
        self.signedIn.emit(user)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        problems = field_problems(error)
        shown = False
        for field, text in problems.items():
            if field in self.errors:
                _show(self.errors[field], text)
                shown = True
        if not shown:
            _show(self.general_error, error_text(error))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome to SmartDesk"))
        self.intro.setText(
            self.tr(
                "No one uses SmartDesk on this computer yet. Create your user: you become "
                "the administrator of this device and can add your colleagues later."
            )
        )
        self.captions["display_name"].setText(self.tr("Your name"))
        self.captions["login"].setText(self.tr("Login"))
        self.captions["office"].setText(self.tr("Office"))
        self.captions["pin"].setText(self.tr("PIN (at least 4 digits)"))
        self.captions["pin_again"].setText(self.tr("PIN again"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Create and sign in")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))
        self._fill_offices()
