"""The main window: navigation on the left, one view at a time, the device's state below.

The views come from the view registry (`ui.views.registry`): the navigation lists, in the
registry's order, the views the user's role sees, and nothing else. The window builds a
view the first time it is shown or asked for (`window.views[name]`), so that it opens
with only its first view's modules imported and its first view's data loaded (DESIGN §5:
an interactive window within 1.5 s); a view built later is given the counts and the
office name the window already has. A view takes part in the window's life through
optional methods: `set_dashboard(board)` (it shows counts), `set_office_name(name)`, and
a `busy` property (work on its way, for tests and screenshots).

The window asks the worker for the dashboard when it opens and when the adviser comes
back to a view that shows its counts, and hands the result to every view that needs it.
Sync runs on its own thread (`ui.sync.sync_runner`), on a timer and from the Sync view; the
status bar shows its counts (pending changes, last sync, conflicts) and whether the
device is online, refreshed after each round and after each burst of local work.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QStackedWidget,
    QWidget,
)

import resources
from app.config import LANGUAGES, Paths, Settings
from app.formatting import format_datetime_local, format_number, to_brussels
from app.services import dashboard as dashboard_service
from app.services import users as user_service
from app.services.context import CurrentUser, ServiceContext
from app.services.dashboard import Dashboard
from app.services.quotes import quotes as quote_service
from app.services.sync.sync import SyncStatus
from ui.i18n import current_language, install_language
from ui.labels import ENDONYMS
from ui.messages import error_text
from ui.sync.list_refresh import refresh_lists
from ui.sync.sync_runner import RoundResult, SyncRunner
from ui.views import registry
from ui.views.registry import TITLE_CONTEXT, ViewEntry, ViewNotOffered
from ui.worker import Worker

log = logging.getLogger(__name__)

ICON_DIR = Path(resources.__file__).parent / "icons"


def _short_moment(moment, lang: str) -> str:
    """A UTC time for the status bar: only the hour when it is today in Brussels."""
    local = to_brussels(moment)
    if local.date() == to_brussels(datetime.now(UTC)).date():
        return local.strftime("%H:%M")
    return format_datetime_local(moment, lang)


class ElidedLabel(QLabel):
    """A status-bar label that, when the window is narrow, ends in "…" instead of pushing
    its neighbours out of sight; the whole text is in its tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setMinimumWidth(60)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self._full = text
        self.setToolTip(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = super().sizeHint()
        margins = self.contentsMargins()
        width = self.fontMetrics().horizontalAdvance(self._full) + margins.left() + margins.right()
        return QSize(width + 2, hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(self.minimumWidth(), super().minimumSizeHint().height())

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        margins = self.contentsMargins()
        room = max(self.width() - margins.left() - margins.right(), 0)
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, room)
        super().setText(shown if self.isVisible() and room else self._full)


class WindowViews(Mapping[str, QWidget]):
    """The views the user's role sees, by name, in navigation order; each is built the
    first time it is looked up. Iterating the names builds nothing; `built()` gives the
    views that exist so far (the ones the window keeps informed)."""

    def __init__(self, window: MainWindow, entries: tuple[ViewEntry, ...]) -> None:
        self._window = window
        self._entries = {entry.name: entry for entry in entries}
        self._built: dict[str, QWidget] = {}

    def __getitem__(self, name: str) -> QWidget:
        view = self._built.get(name)
        if view is None:
            view = self._built[name] = self._window._build_view(self._entries[name])
        return view

    def __contains__(self, name: object) -> bool:  # offered, built or not
        return name in self._entries

    def __iter__(self) -> Iterator[str]:
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)

    def is_built(self, name: str) -> bool:
        return name in self._built

    def built(self) -> list[QWidget]:
        return list(self._built.values())


class MainWindow(QMainWindow):
    def __init__(
        self,
        paths: Paths,
        ctx: ServiceContext,
        worker: Worker,
        settings: Settings,
        parent: QWidget | None = None,
        auto_sync: bool = True,
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
        self._sync_status: SyncStatus | None = None
        worker.default_error_handler = self.show_error
        self.sync_runner = SyncRunner(ctx.db, worker, self)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.stack = QStackedWidget()
        # the views this user's role sees, in navigation order
        self.entries: tuple[ViewEntry, ...] = registry.entries_for(ctx.user.role)
        self.views = WindowViews(self, self.entries)
        for entry in self.entries:
            self.stack.addWidget(QWidget())  # the view's place, until it is built
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, entry.name)
            if entry.icon:
                item.setIcon(QIcon(str(ICON_DIR / entry.icon)))
            self.nav.addItem(item)
        self.nav.setIconSize(QSize(20, 20))
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
        self.conflicts_label = QLabel()
        self.conflicts_label.setObjectName("conflictsStatus")
        self.connection_label = ElidedLabel()
        self.connection_label.setObjectName("connectionStatus")
        for widget in (
            self.office_label,
            self.user_label,
            self.pending_label,
            self.sync_label,
            self.conflicts_label,
            self.connection_label,
        ):
            widget.setContentsMargins(6, 0, 6, 0)
            self.statusBar().addPermanentWidget(widget)
        self.sync_runner.statusChanged.connect(self._sync_status_changed)
        self.sync_runner.stateChanged.connect(self._update_status)
        self.sync_runner.finished.connect(self._sync_finished)

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
        # quotes whose validity passed while the program was closed become expired first,
        # so the home page and the lists show them as they are
        worker.submit(
            quote_service.expire_quotes,
            ctx,
            on_error=lambda error: log.warning("expiring quotes failed: %s", error),
        )
        self.refresh_dashboard()
        self.sync_runner.start(auto=auto_sync)

    # --- the views ----------------------------------------------------------------------------

    @property
    def home(self):
        return self.views.get("main")

    @property
    def members(self):
        return self.views.get("members")

    @property
    def quotes(self):
        return self.views.get("quotes")

    @property
    def sync_view(self):
        return self.views.get("sync")

    def _build_view(self, entry: ViewEntry) -> QWidget:
        """Make a view (its factory imports its module) and put it in its place; it gets
        the counts and the office name the window already has."""
        view = entry.factory(self)
        row = self.view_names().index(entry.name)
        placeholder = self.stack.widget(row)
        self.stack.insertWidget(row, view)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        if hasattr(view, "set_office_name") and self._offices:
            view.set_office_name(self._office_name())
        if hasattr(view, "set_dashboard") and self._dashboard is not None:
            view.set_dashboard(self._dashboard)
        return view

    def view_names(self) -> list[str]:
        """The names in the navigation, in order."""
        return [entry.name for entry in self.entries]

    def show_view(self, name: str) -> None:
        """Bring a view forward; a view this user's role does not see is refused."""
        if name not in self.views:
            raise ViewNotOffered(registry.entry(name), self.ctx.user.role)
        self.nav.setCurrentRow(self.view_names().index(name))

    # --- state for tests and screenshots ----------------------------------------------------

    @property
    def busy(self) -> bool:
        return (
            self.worker.busy
            or self._dashboard_loading
            or self.sync_runner.busy
            or any(getattr(view, "busy", False) for view in self.views.built())
        )

    # --- data ----------------------------------------------------------------------------

    def refresh(self) -> None:
        self.refresh_dashboard()
        for entry in self.entries:
            if entry.on_refresh is not None and self.views.is_built(entry.name):
                entry.on_refresh(self.views[entry.name])

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
        if self._dashboard is None:
            # Start-up made hundreds of thousands of long-lived objects (modules, the
            # schema, Qt wrappers). Moved out of the collector's sight, they no longer
            # make each full collection stop the window for tens of milliseconds.
            gc.freeze()
        self._dashboard = board
        for view in self.views.built():
            if hasattr(view, "set_dashboard"):
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
        self._tell_office_name()
        self._update_status()

    def _tell_office_name(self) -> None:
        name = self._office_name()
        for view in self.views.built():
            if hasattr(view, "set_office_name"):
                view.set_office_name(name)

    def _view_chosen(self, row: int) -> None:
        if row < 0:
            return
        entry = self.entries[row]
        view = self.views[entry.name]  # built on its first visit
        self.stack.setCurrentIndex(row)
        if (
            hasattr(view, "set_dashboard")
            and self._dashboard is not None
            and not self._dashboard_loading
        ):
            self.refresh_dashboard()  # counts change as people work; keep them current
        if entry.on_show is not None:
            entry.on_show(view)

    def open_quotes_for(self, activity, client_id: str | None = None) -> None:
        """The quote list of one Activity (a `ChosenActivity`), e.g. from a member's page."""
        self.show_view("quotes")
        self.quotes.show_for_activity(activity, client_id)

    def apply_for_loan(self, activity_id: str) -> None:
        """The Loans view with a new application for this Activity (from its page)."""
        self.show_view("loans")
        self.views["loans"].start_application(activity_id)

    def open_loan(self, loan_id: str) -> None:
        """The Loans view with this loan open (from an Activity's page)."""
        self.show_view("loans")
        view = self.views["loans"]
        view.show_filter.setCurrentIndex(view.show_filter.findData("all"))
        view.refresh_list(select=loan_id)
        view.panel.load(loan_id)

    def open_declaration(self, entity: str, declaration_id: str) -> None:
        """The form of one accident declaration or claim (e.g. from the TeamAdmin queue)."""
        self.show_view("declarations")
        view = self.views["declarations"]
        if entity == "accident":
            view.open_accident(declaration_id)
        else:
            view.open_claim(declaration_id)

    def show_error(self, error: BaseException) -> None:
        QMessageBox.warning(self, self.tr("SmartDesk"), error_text(error))

    # --- sync ----------------------------------------------------------------------------

    def _sync_status_changed(self, status: SyncStatus) -> None:
        self._sync_status = status
        self._update_status()

    def _sync_finished(self, result: RoundResult) -> None:
        report = result.report
        if report.pulled or report.removed or report.pushed or result.kind == "connect":
            self.refresh_dashboard()  # what came in changes the home page's counts
        if report.pulled or report.removed:  # open lists show it, keeping the selection
            refresh_lists(self.views.built())
        self._update_status()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.sync_runner.shutdown()  # a running round stops after its current batch
        super().closeEvent(event)

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
        for row, entry in enumerate(self.entries):  # titles are marked in the registry
            self.nav.item(row).setText(QCoreApplication.translate(TITLE_CONTEXT, entry.title))
        width = max(self.nav.sizeHintForColumn(0), 120) + 36
        self.nav.setFixedWidth(width)
        self.settings_menu.setTitle(self.tr("&Settings"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.refresh_action.setText(self.tr("&Refresh"))
        for lang, action in self.language_actions.items():
            action.setChecked(lang == current_language())
        self._tell_office_name()
        self._update_status()

    def _update_status(self) -> None:
        lang = current_language()
        board = self._dashboard
        status = self._sync_status
        self.office_label.setText(self.tr("Office: {office}").format(office=self._office_name()))
        self.user_label.setText(self.tr("User: {name}").format(name=self.ctx.user.display_name))
        self._update_connection_label()
        if status is not None:  # the sync counts are read after every round and local write
            pending, last_sync = status.pending, status.last_sync_at
        elif board is not None:
            pending, last_sync = board.pending_changes, board.last_sync
        else:
            self.pending_label.setText(self.tr("Pending changes: …"))
            self.sync_label.setText(self.tr("Last sync: …"))
            self.conflicts_label.hide()
            return
        self.pending_label.setText(
            self.tr("Pending changes: {count}").format(count=format_number(pending, lang))
        )
        last = _short_moment(last_sync, lang) if last_sync else self.tr("never")
        self.sync_label.setText(self.tr("Last sync: {when}").format(when=last))
        conflicts = status.conflicts if status is not None else 0
        self.conflicts_label.setText(
            self.tr("Conflicts: {count}").format(count=format_number(conflicts, lang))
        )
        self.conflicts_label.setStyleSheet(
            "color: #a40000; font-weight: bold;" if conflicts else ""
        )
        self.conflicts_label.setVisible(status is not None and conflicts > 0)

    def _update_connection_label(self) -> None:
        state = self.sync_runner.state
        texts = {
            "not_connected": self.tr("Not connected"),
            "syncing": self.tr("Syncing…"),
            "offline": self.tr("Offline — working on this device"),
            "online": self.tr("Online"),
            "attention": self.tr("Sync needs attention"),
            "unknown": self.tr("Connected"),
        }
        loading = self.sync_runner.status is None and state != "syncing"
        self.connection_label.setText(self.tr("Sync: …") if loading else texts[state])
        self.connection_label.setStyleSheet(
            "color: #8a5a00;" if state in ("offline", "attention") else ""
        )
