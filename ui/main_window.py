"""The main window: navigation on the left, one view at a time, the device's state below.

The window asks the worker for the dashboard when it opens and when the adviser comes
back to a view that shows its counts, and hands the result to every view that needs it.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from app.config import LANGUAGES, Paths, Settings
from app.formatting import format_datetime_local, format_number
from app.services import dashboard as dashboard_service
from app.services import users as user_service
from app.services.context import CurrentUser, ServiceContext
from app.services.dashboard import Dashboard
from ui.i18n import current_language, install_language
from ui.labels import ENDONYMS
from ui.messages import error_text
from ui.views.home import HomeView
from ui.views.members import MembersView
from ui.views.planned import PlannedView
from ui.views.quotes import QuotesView
from ui.worker import Worker

log = logging.getLogger(__name__)

#: the navigation entries, in order; also the names `smartdesk screenshot --view` takes
VIEW_NAMES = ("main", "members", "quotes", "declarations", "teamadmin", "loans", "sync")


class MainWindow(QMainWindow):
    def __init__(
        self,
        paths: Paths,
        ctx: ServiceContext,
        worker: Worker,
        settings: Settings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.paths = paths
        self.ctx = ctx
        self.worker = worker
        self.settings = settings
        self._dashboard: Dashboard | None = None
        self._dashboard_loading = False
        self._offices: dict[str, object] = {}
        worker.default_error_handler = self.show_error

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        for name in VIEW_NAMES:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.nav.addItem(item)
        self.stack = QStackedWidget()
        self.home = HomeView(ctx.user)
        self.members = MembersView(worker, ctx)
        self.quotes = QuotesView(worker, ctx)
        self.planned = {kind: PlannedView(kind) for kind in VIEW_NAMES[3:]}
        self.views: dict[str, QWidget] = {
            "main": self.home,
            "members": self.members,
            "quotes": self.quotes,
            **self.planned,
        }
        for name in VIEW_NAMES:
            self.stack.addWidget(self.views[name])
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.nav.currentRowChanged.connect(self._view_chosen)

        self.office_label = QLabel()
        self.user_label = QLabel()
        self.pending_label = QLabel()
        self.sync_label = QLabel()
        for widget in (self.office_label, self.user_label, self.pending_label, self.sync_label):
            widget.setContentsMargins(6, 0, 6, 0)
            self.statusBar().addPermanentWidget(widget)

        self.settings_menu = self.menuBar().addMenu("")
        self.language_menu = self.settings_menu.addMenu("")
        self.language_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        for lang in LANGUAGES:
            action = QAction(ENDONYMS[lang], self, checkable=True)
            action.setData(lang)
            action.triggered.connect(lambda _checked=False, lang=lang: self.set_language(lang))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[lang] = action
        self.refresh_action = QAction(self)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh_action.triggered.connect(self.refresh)
        self.settings_menu.addAction(self.refresh_action)

        self.nav.setCurrentRow(0)
        self.retranslate()
        self.resize(1280, 800)
        worker.submit(user_service.list_offices, ctx.db, on_result=self._offices_loaded)
        self.refresh_dashboard()

    # --- state for tests and screenshots ----------------------------------------------------

    @property
    def busy(self) -> bool:
        return self.worker.busy or self._dashboard_loading or self.members.busy or self.quotes.busy

    def show_view(self, name: str) -> None:
        self.nav.setCurrentRow(VIEW_NAMES.index(name))

    # --- data ----------------------------------------------------------------------------

    def refresh(self) -> None:
        self.refresh_dashboard()
        self.members.model.refresh()
        self.quotes.refresh()

    def refresh_dashboard(self) -> None:
        self._dashboard_loading = True
        self.worker.submit(
            dashboard_service.dashboard,
            self.ctx,
            on_result=self._dashboard_loaded,
            on_error=self._dashboard_failed,
        )

    def _dashboard_loaded(self, board: Dashboard) -> None:
        self._dashboard_loading = False
        self._dashboard = board
        self.home.set_dashboard(board)
        for view in self.planned.values():
            view.set_dashboard(board)
        self._update_status()

    def _dashboard_failed(self, error: BaseException) -> None:
        self._dashboard_loading = False
        self.show_error(error)

    def _offices_loaded(self, offices: list) -> None:
        self._offices = {office.code: office for office in offices}
        self._update_office_names()

    def _office_name(self) -> str:
        office = self._offices.get(self.ctx.user.office_code)
        return office.name(current_language()) if office else self.ctx.user.office_code

    def _update_office_names(self) -> None:
        self.home.set_office_name(self._office_name())
        self._update_status()

    def _view_chosen(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        name = VIEW_NAMES[row]
        if (
            name not in ("members", "quotes")
            and self._dashboard is not None
            and not self._dashboard_loading
        ):
            self.refresh_dashboard()  # counts change as people work; keep them current
        if name == "members":
            self.members.search_box.setFocus()
        if name == "quotes" and not self.quotes.editing:
            self.quotes.search_box.setFocus()

    def open_quotes_for(self, activity, client_id: str | None = None) -> None:
        """The quote list of one Activity (a `ChosenActivity`), e.g. from a member's page."""
        self.show_view("quotes")
        self.quotes.show_for_activity(activity, client_id)

    def show_error(self, error: BaseException) -> None:
        QMessageBox.warning(self, self.tr("SmartDesk"), error_text(error))

    # --- language ------------------------------------------------------------------------

    def set_language(self, lang: str) -> None:
        """Switch the window now, remember it on this device and for this user."""
        if lang not in LANGUAGES:
            return
        install_language(lang)
        self.settings.language = lang
        try:
            self.settings.save(self.paths.settings_file)
        except OSError:
            log.warning("could not save settings to %s", self.paths.settings_file)
        self.worker.submit(user_service.set_language, self.ctx, lang)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        user: CurrentUser = self.ctx.user
        self.setWindowTitle(self.tr("SmartDesk — {name}").format(name=user.display_name))
        texts = {
            "main": self.tr("Home"),
            "members": self.tr("Members & Activities"),
            "quotes": self.tr("Quotes"),
            "declarations": self.tr("Declarations"),
            "teamadmin": self.tr("TeamAdmin queue"),
            "loans": self.tr("Loans"),
            "sync": self.tr("Sync"),
        }
        for row, name in enumerate(VIEW_NAMES):
            self.nav.item(row).setText(texts[name])
        width = max(self.nav.sizeHintForColumn(0), 120) + 36
        self.nav.setFixedWidth(width)
        self.settings_menu.setTitle(self.tr("&Settings"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.refresh_action.setText(self.tr("&Refresh"))
        for lang, action in self.language_actions.items():
            action.setChecked(lang == current_language())
        self.home.set_office_name(self._office_name())
        self._update_status()

    def _update_status(self) -> None:
        lang = current_language()
        board = self._dashboard
        self.office_label.setText(self.tr("Office: {office}").format(office=self._office_name()))
        self.user_label.setText(self.tr("User: {name}").format(name=self.ctx.user.display_name))
        if board is None:
            self.pending_label.setText(self.tr("Pending changes: …"))
            self.sync_label.setText(self.tr("Last sync: …"))
            return
        self.pending_label.setText(
            self.tr("Pending changes: {count}").format(
                count=format_number(board.pending_changes, lang)
            )
        )
        last = format_datetime_local(board.last_sync, lang) if board.last_sync else self.tr("never")
        self.sync_label.setText(self.tr("Last sync: {when}").format(when=last))
