"""Starting the window: fonts, database, logs, language, sign-in, then the main window.

`prepare_application` is shared with `ui.screenshot`, so a screenshot shows exactly
what an adviser sees: the bundled DejaVu Sans font (free to ship, covers every letter
of Dutch and French on any machine) and the house style sheet.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QProxyStyle,
    QStyle,
    QStyleOptionHeader,
    QVBoxLayout,
)

import resources
from app.config import Paths, Settings
from app.db.engine import Database
from app.logs import setup_logging
from app.services import users as user_service
from app.services.context import CurrentUser, ServiceContext
from ui.i18n import install_language
from ui.worker import Worker

log = logging.getLogger(__name__)

FONT_DIR = Path(resources.__file__).parent / "fonts"
FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
FONT_FAMILY = "DejaVu Sans"
FONT_POINT_SIZE = 10

STYLE_SHEET = """
QListWidget#navigation { background: #f3f1ee; border: none; padding-top: 8px; outline: 0; }
QListWidget#navigation::item { padding: 10px 12px; border-left: 4px solid transparent; }
QListWidget#navigation::item:selected {
    background: #ffffff; color: #1a1a1a; border-left: 4px solid #e4003a; font-weight: bold;
}
QFrame#tile, QFrame#countsBox { background: #ffffff; border: 1px solid #d9d6d2; border-radius: 6px; }
QLabel#tileNumber { color: #1a1a1a; }
QLabel#tileCaption { color: #555555; }
QLabel#detailHint { color: #666666; }
QLabel#viewTitle { font-weight: bold; }
QStatusBar QLabel { color: #333333; }
"""


def load_fonts() -> str:
    """Register the bundled fonts; returns the family to use (a system one if they fail)."""
    families = set()
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(FONT_DIR / name))
        if font_id < 0:
            log.warning("font %s could not be loaded", name)
            continue
        families.update(QFontDatabase.applicationFontFamilies(font_id))
    return FONT_FAMILY if FONT_FAMILY in families else QApplication.font().family()


class SortArrowStyle(QProxyStyle):
    """Fusion with the sort arrow of a list header pointing the way people read it: up
    when the column ascends (A to Z, oldest first), down when it descends (the quote
    list's newest first), as Windows and macOS draw it.

    QHeaderView hands the style Qt's ascending order as `SortDown` and descending as
    `SortUp`; Qt's Windows styles turn that round themselves ("the uxtheme sort down
    indicator is the inverse of ours", qwindowsvistastyle.cpp), Fusion draws it as it
    comes, so on Linux (and in every screenshot) the arrows pointed the wrong way."""

    def drawPrimitive(self, element, option, painter, widget=None) -> None:  # noqa: N802
        if element == QStyle.PrimitiveElement.PE_IndicatorHeaderArrow and isinstance(
            option, QStyleOptionHeader
        ):
            turned = {
                QStyleOptionHeader.SortIndicator.SortUp: QStyleOptionHeader.SortIndicator.SortDown,
                QStyleOptionHeader.SortIndicator.SortDown: QStyleOptionHeader.SortIndicator.SortUp,
            }.get(option.sortIndicator)
            if turned is not None:
                option = QStyleOptionHeader(option)
                option.sortIndicator = turned
        super().drawPrimitive(element, option, painter, widget)


def prepare_application(app: QApplication) -> None:
    app.setApplicationName("SmartDesk")
    app.setOrganizationName("Smart")
    if app.style().name().lower() == "fusion":
        app.setStyle(SortArrowStyle("fusion"))
    font = QFont(load_fonts(), FONT_POINT_SIZE)
    app.setFont(font)
    app.setStyleSheet(STYLE_SHEET)


def _application() -> QApplication:
    app = QApplication.instance()
    return app if isinstance(app, QApplication) else QApplication(sys.argv[:1])


class Desk:
    """Holds what lives as long as the program: database, worker, dialogs, window."""

    def __init__(self, paths: Paths, db: Database, settings: Settings) -> None:
        self.paths = paths
        self.db = db
        self.settings = settings
        self.worker = Worker()
        self.dialog = None
        self.window = None

    def start(self) -> None:
        self.worker.submit(
            user_service.has_users, self.db, on_result=self._ask_who, on_error=self._fatal
        )

    def _ask_who(self, has_users: bool) -> None:
        from ui.sign_in import FirstRunDialog, SignInDialog

        if has_users:
            self.dialog = SignInDialog(self.db, self.worker, self.settings.last_login)
        else:
            self.dialog = FirstRunDialog(self.db, self.worker)
        self.dialog.signedIn.connect(self._signed_in)
        self.dialog.rejected.connect(QApplication.quit)
        self.dialog.show()

    def _signed_in(self, user: CurrentUser) -> None:
        from ui.main_window import MainWindow

        if user.language != self.settings.language:
            self.settings.language = user.language
            install_language(user.language)
        self.settings.last_login = user.login
        try:
            self.settings.save(self.paths.settings_file)
        except OSError:
            log.warning("could not save settings")
        self.window = MainWindow(
            self.paths, ServiceContext(self.db, user), self.worker, self.settings
        )
        self.window.show()

    def _fatal(self, error: BaseException) -> None:
        log.error("start-up failed", exc_info=error)
        QMessageBox.critical(None, "SmartDesk", str(error))
        QApplication.exit(1)

    def close(self) -> None:
        self.worker.shutdown()
        self.db.dispose()


# --- the database passphrase (a computer without a keyring) -----------------------------

# what LocalDatabaseError says when a passphrase would open (or create) the database
PASSPHRASE_KEYS = frozenset(
    {
        "database.passphrase_needed",
        "database.wrong_passphrase",
        "database.passphrase_too_short",
        "database.key_missing",
    }
)
MIN_PASSPHRASE_LENGTH = 12  # app.db.encryption checks it again


def passphrase_explanation(message_key: str, creating: bool) -> str:
    if creating:
        return QCoreApplication.translate(
            "Application",
            "This computer has no keyring to keep the key of SmartDesk's database. Choose a "
            "passphrase of at least 12 characters; SmartDesk asks for it at every start. Keep "
            "it safe: without it nobody can read the database, not even the helpdesk.",
        )
    texts = {
        "database.passphrase_needed": QCoreApplication.translate(
            "Application",
            "This computer has no keyring, so SmartDesk's database is protected by a "
            "passphrase. Type it to open the database.",
        ),
        "database.wrong_passphrase": QCoreApplication.translate(
            "Application", "This passphrase does not open the database. Type it again."
        ),
        "database.passphrase_too_short": QCoreApplication.translate(
            "Application", "The passphrase must have at least 12 characters."
        ),
        "database.key_missing": QCoreApplication.translate(
            "Application",
            "The key of this database is not in this computer's keyring (was the data folder "
            "copied from another computer?). If the database is protected by a passphrase, "
            "type it; otherwise cancel and contact the helpdesk.",
        ),
    }
    return texts[message_key]


class PassphraseDialog(QDialog):
    """Asks for the database passphrase; twice when it is a new one."""

    def __init__(self, message_key: str, creating: bool, parent=None) -> None:
        super().__init__(parent)
        self.creating = creating
        self.setWindowTitle(self.tr("SmartDesk: database passphrase"))
        self.explanation = QLabel(passphrase_explanation(message_key, creating))
        self.explanation.setWordWrap(True)
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.hide()
        form = QFormLayout()
        form.addRow(self.tr("Passphrase:"), self.passphrase_edit)
        if creating:
            form.addRow(self.tr("The same again:"), self.repeat_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def passphrase(self) -> str:
        return self.passphrase_edit.text()

    def try_accept(self) -> None:
        text = self.passphrase()
        if self.creating and len(text) < MIN_PASSPHRASE_LENGTH:
            problem = self.tr("The passphrase must have at least 12 characters.")
        elif self.creating and text != self.repeat_edit.text():
            problem = self.tr("The two passphrases differ. Type them again.")
        elif not text:
            problem = self.tr("Type the passphrase.")
        else:
            self.accept()
            return
        self.problem.setText(problem)
        self.problem.show()


def ask_passphrase(message_key: str, creating: bool) -> str | None:
    dialog = PassphraseDialog(message_key, creating)
    return dialog.passphrase() if dialog.exec() == QDialog.DialogCode.Accepted else None


def conversion_progress():
    """(dialog, progress callback) for the one-time encryption of a clear database."""
    dialog = QProgressDialog(
        QCoreApplication.translate(
            "Application",
            "SmartDesk encrypts its database. This happens once, and can take a minute on a "
            "large database. If you cancel, SmartDesk closes and does it at the next start.",
        ),
        QCoreApplication.translate("Application", "Cancel"),
        0,
        1000,
    )
    dialog.setWindowTitle(QCoreApplication.translate("Application", "SmartDesk"))
    dialog.setMinimumDuration(0)
    dialog.setValue(0)

    def progress(done: int, total: int) -> bool:
        dialog.setValue(min(999, done * 1000 // max(total, 1)))
        QApplication.processEvents()
        return not dialog.wasCanceled()

    return dialog, progress


def open_database(paths: Paths, ask=ask_passphrase, follow=conversion_progress) -> Database | None:
    """The device's database, asking for its passphrase as long as one is needed (a
    computer without a keyring) and showing the one-time encryption of a clear database;
    None when the person cancels either."""
    from app.db.encryption import file_state
    from app.db.local import LocalDatabaseError, open_local

    passphrase = None
    while True:
        creating = not paths.database.exists()
        dialog, progress = follow() if file_state(paths.database) == "clear" else (None, None)
        try:
            return open_local(paths, passphrase=passphrase, progress=progress)
        except LocalDatabaseError as exc:
            if exc.message_key == "database.conversion_cancelled":
                return None
            if exc.message_key not in PASSPHRASE_KEYS:
                raise
            passphrase = ask(exc.message_key, creating)
            if passphrase is None:
                return None
        finally:
            if dialog is not None:
                dialog.close()


def run_gui(paths: Paths) -> int:
    app = _application()
    prepare_application(app)
    settings = Settings.load(paths.settings_file)
    install_language(settings.language)
    try:
        setup_logging(paths)
    except OSError as exc:  # logs are a help, not a reason to refuse to start
        print(f"SmartDesk: cannot write logs in {paths.log_dir}: {exc}", file=sys.stderr)
    try:
        db = open_database(paths)
    except Exception as exc:
        log.exception("cannot open the database %s", paths.database)
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("Application", "SmartDesk"),
            QCoreApplication.translate("Application", "SmartDesk cannot open its database."),
        )
        from app.db.local import LocalDatabaseError
        from ui.messages import message_text

        advice = (
            message_text(exc.message_key) + "\n\n" if isinstance(exc, LocalDatabaseError) else ""
        )
        box.setInformativeText(
            advice
            + QCoreApplication.translate(
                "Application",
                "File: {path}\n\nCheck that the disk is not full and that no other program "
                "holds the file, then start SmartDesk again. If it keeps failing, contact the "
                "helpdesk and mention this message:\n{error}",
            ).format(path=paths.database, error=exc)
        )
        box.exec()
        return 1
    if db is None:  # the person cancelled the passphrase
        return 1
    desk = Desk(paths, db, settings)
    desk.start()
    try:
        return app.exec()
    finally:
        desk.close()
