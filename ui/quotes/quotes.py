"""Quotes: the list of every quote the adviser may see, and the editor of one quote.

The list is filtered and sorted in SQL (`list_quote_ids`, on the worker) and fetches its
rows a page at a time, so 180,000 quotes open as fast as 100. Opening a quote (double
click, Open, New quote, Duplicate) swaps the list for the editor; "All quotes" brings
the list back, refreshed. From a member's page the list can be opened already filtered
on one Activity (and one client) with `show_for_activity`. A user whose role does not
change quotes is not offered New quote or Duplicate, and opens quotes read-only.
Keyboard: Enter opens the selected quote, Ctrl+N starts a new one, Ctrl+F goes to the
search (from an open quote too), Ctrl+P saves the selected quote's PDF.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, QEvent, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.quotes.quote_states import STATES
from app.formatting import format_number
from app.services.context import ServiceContext
from app.services.permissions import can_write_member_data
from app.services.quotes import clients as client_service
from app.services.quotes import quotes as quote_service
from app.services.quotes.clients import ClientInfo
from app.services.quotes.quote_export import export_quote_pdf
from app.services.quotes.quotes import QuoteFilter
from ui.dialogs.field_messages import MessageBar
from ui.i18n import current_language
from ui.labels import label
from ui.members.activity_picker import ActivityPickerDialog, ChosenActivity
from ui.messages import error_text
from ui.quotes.new_quote import NewQuoteDialog
from ui.quotes.open_dialog import OpenDialog
from ui.quotes.quote_list import FLAG_COLUMN, QuoteListModel
from ui.quotes.texts import QUOTE_STATES
from ui.worker import Worker

SEARCH_DELAY_MS = 200
NO_DATE = QDate(2000, 1, 1)  # the date edits' "no limit" value, shown as "—"


def _date_edit() -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText("—")
    edit.setDate(NO_DATE)
    return edit


def _date_value(edit: QDateEdit):
    return None if edit.date() == NO_DATE else edit.date().toPython()


class QuotesView(QWidget):
    def __init__(self, worker: Worker, ctx: ServiceContext, parent=None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._ctx = ctx
        self._count: int | None = None
        self._started = False
        self._pending = 0
        self._activity: ChosenActivity | None = None
        self._clients: list[ClientInfo] = []
        self._select_after_load: str | None = None
        self._dialogs = OpenDialog()

        self.model = QuoteListModel(worker, ctx, self)
        self._editor = None  # built when a quote is first opened (see `editor`)

        # --- the list page ------------------------------------------------------------------------
        self.title = QLabel()
        self.title.setObjectName("viewTitle")
        self.search_box = QLineEdit()
        self.search_box.setObjectName("quoteSearch")
        self.search_box.setClearButtonEnabled(True)
        self.state_filter = QComboBox()
        self.state_filter.setObjectName("stateFilter")
        self.state_filter.addItem("", None)
        for state in STATES:
            self.state_filter.addItem("", state)
        self.date_from = _date_edit()
        self.date_to = _date_edit()
        self.from_label = QLabel()
        self.to_label = QLabel()
        self.activity_button = QPushButton()
        self.activity_button.setObjectName("activityFilter")
        self.clear_activity_button = QPushButton("✕")
        self.clear_activity_button.setFixedWidth(28)
        self.client_filter = QComboBox()
        self.client_filter.setObjectName("clientFilter")
        self.client_filter.setMinimumContentsLength(16)
        self.client_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.count_label = QLabel()
        self.count_label.setObjectName("quoteCount")
        self.table = QTableView()
        self.table.setObjectName("quoteTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSortIndicator(2, Qt.SortOrder.DescendingOrder)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.setSectionResizeMode(FLAG_COLUMN, QHeaderView.ResizeMode.Fixed)
        for column, width in enumerate((30, 140, 100, 100, 190, 190, 90, 105, 105)):
            header.resizeSection(column, width)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        header.sortIndicatorChanged.connect(self.model.sort)
        self.new_button = QPushButton()
        self.new_button.setObjectName("newQuote")
        self.open_button = QPushButton()
        self.duplicate_button = QPushButton()
        self.pdf_button = QPushButton()
        self.read_only_note = QLabel()
        self.read_only_note.setObjectName("readOnlyNote")
        self.bar = MessageBar()

        filters = QHBoxLayout()
        filters.addWidget(self.search_box, 2)
        filters.addWidget(self.state_filter)
        filters.addWidget(self.from_label)
        filters.addWidget(self.date_from)
        filters.addWidget(self.to_label)
        filters.addWidget(self.date_to)
        scope = QHBoxLayout()
        scope.addWidget(self.activity_button)
        scope.addWidget(self.clear_activity_button)
        scope.addWidget(self.client_filter)
        scope.addStretch(1)
        scope.addWidget(self.count_label)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.duplicate_button, self.pdf_button):
            buttons.addWidget(button)
        buttons.addWidget(self.read_only_note)
        buttons.addStretch(1)
        self.list_page = QWidget()
        list_layout = QVBoxLayout(self.list_page)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.title)
        list_layout.addLayout(filters)
        list_layout.addLayout(scope)
        list_layout.addWidget(self.bar)
        list_layout.addWidget(self.table, 1)
        list_layout.addLayout(buttons)

        self.pages = QStackedWidget()
        self.pages.addWidget(self.list_page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_filter)
        self.search_box.textChanged.connect(lambda _text: self._timer.start())
        self.state_filter.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.date_from.dateChanged.connect(lambda _d: self.apply_filter())
        self.date_to.dateChanged.connect(lambda _d: self.apply_filter())
        self.client_filter.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.activity_button.clicked.connect(self.choose_activity)
        self.clear_activity_button.clicked.connect(lambda: self.show_for_activity(None))
        self.model.countChanged.connect(self._show_count)
        self.model.modelReset.connect(self._list_replaced)
        self.table.doubleClicked.connect(
            lambda index: self.open_quote(self.model.quote_id(index.row()))
        )
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.new_button.clicked.connect(lambda: self.new_quote())
        self.open_button.clicked.connect(lambda: self.open_quote())
        self.duplicate_button.clicked.connect(self.duplicate)
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        # keyboard: Enter opens the selected quote; Ctrl+N a new one; Ctrl+F the search;
        # Ctrl+P the selected quote's PDF (the editor has its own Ctrl+P and Ctrl+S)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            enter = QShortcut(QKeySequence(key), self.table)
            enter.setContext(Qt.ShortcutContext.WidgetShortcut)
            enter.activated.connect(lambda: self.open_quote())
        QShortcut(QKeySequence.StandardKey.New, self).activated.connect(lambda: self.new_quote())
        QShortcut(QKeySequence.StandardKey.Find, self).activated.connect(self.find)
        print_list = QShortcut(QKeySequence.StandardKey.Print, self.list_page)
        print_list.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        print_list.activated.connect(lambda: self.save_pdf())
        self._list_dirty = False
        self.retranslate()
        self._update_scope()
        self._update_buttons()

    @property
    def editor(self):
        """The quote editor, made on first use: its module and dialogs are a tenth of a
        second of start-up that an adviser looking up a member does not need."""
        if self._editor is None:
            from ui.quotes.quote_editor import QuoteEditor

            self._editor = QuoteEditor(self._worker, self._ctx)
            self.pages.addWidget(self._editor)
            self._editor.backRequested.connect(self.show_list)
            self._editor.quoteChanged.connect(self._quote_changed)
        return self._editor

    # --- state for tests and screenshots ------------------------------------------------------

    @property
    def dialog(self):
        """The dialog open on top of the list, if any."""
        return self._dialogs.current

    @property
    def busy(self) -> bool:
        dialog_busy = self._dialogs.busy
        return (
            self._timer.isActive()
            or self.model.loading
            or self._pending > 0
            or (self._editor is not None and self._editor.busy)
            or dialog_busy
        )

    @property
    def editing(self) -> bool:
        return self._editor is not None and self.pages.currentWidget() is self._editor

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.start()

    def start(self) -> None:
        """The first query runs when the list is first shown, not at start-up."""
        if not self._started:
            self._started = True
            self.apply_filter()

    def refresh(self) -> None:
        """Show what changed meanwhile (F5): the open quote, or the list once it was shown."""
        if self.editing:
            self.editor.reload()
        elif self._started:
            self.apply_filter()

    # --- filtering ----------------------------------------------------------------------------

    def current_filter(self) -> QuoteFilter:
        return QuoteFilter(
            state=self.state_filter.currentData(),
            client_id=self.client_filter.currentData() if self._activity else None,
            activity_id=self._activity.id if self._activity else None,
            date_from=_date_value(self.date_from),
            date_to=_date_value(self.date_to),
            text=self.search_box.text(),
        )

    def apply_filter(self) -> None:
        self._timer.stop()
        self._started = True
        self.model.set_filter(self.current_filter())

    def set_state_filter(self, state: str | None) -> None:
        self.state_filter.setCurrentIndex(max(self.state_filter.findData(state), 0))

    def show_for_activity(
        self, activity: ChosenActivity | None, client_id: str | None = None
    ) -> None:
        """Limit the list to one Activity (and one of its clients), as from a member's page."""
        self._activity = activity
        self._clients = []
        self.client_filter.blockSignals(True)
        self.client_filter.clear()
        self.client_filter.addItem(self.tr("All clients"), None)
        self.client_filter.blockSignals(False)
        self._update_scope()
        if activity is not None:
            self._pending += 1
            self._worker.submit(
                client_service.clients_of_activity,
                self._ctx,
                activity.id,
                on_result=lambda clients: self._clients_loaded(activity, clients, client_id),
                on_error=self._failed,
            )
        self.show_list()
        self.apply_filter()

    def _clients_loaded(
        self, activity: ChosenActivity, clients: list[ClientInfo], client_id: str | None
    ) -> None:
        self._pending -= 1
        if activity != self._activity:
            return
        self._clients = clients
        self.client_filter.blockSignals(True)
        for client in clients:
            self.client_filter.addItem(client.name, client.id)
        if client_id:
            self.client_filter.setCurrentIndex(max(self.client_filter.findData(client_id), 0))
        self.client_filter.blockSignals(False)
        if client_id:
            self.apply_filter()

    def choose_activity(self) -> ActivityPickerDialog:
        dialog = ActivityPickerDialog(self._worker, self._ctx, self)
        dialog.accepted.connect(lambda: self.show_for_activity(dialog.chosen))
        self._dialogs.open(dialog)
        return dialog

    def _update_scope(self) -> None:
        activity = self._activity
        if activity is None:
            self.activity_button.setText(self.tr("&Activity: all…"))
        else:  # an "&" in the name is shown, not taken for a mnemonic
            name = activity.name.replace("&", "&&")
            self.activity_button.setText(self.tr("&Activity: {name}").format(name=name))
        self.activity_button.setToolTip(
            self.tr("{activity} — member {member}").format(
                activity=activity.name, member=activity.member_name
            )
            if activity
            else self.tr("Show the quotes of one Activity")
        )
        self.clear_activity_button.setVisible(activity is not None)
        self.client_filter.setVisible(activity is not None)

    def _show_count(self, count: int) -> None:
        self._count = count
        self._update_count_text()

    def _update_count_text(self) -> None:
        count = self._count
        if count is None:
            self.count_label.setText(self.tr("Searching…"))
        elif count == 0:
            self.count_label.setText(self.tr("No quotes found"))
        elif count == 1:
            self.count_label.setText(self.tr("1 quote"))
        else:
            self.count_label.setText(
                self.tr("{count} quotes").format(count=format_number(count, current_language()))
            )

    def _list_replaced(self) -> None:
        wanted = self._select_after_load
        self._select_after_load = None
        if wanted:
            row = self.model.row_of(wanted)
            if row >= 0:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 1))
        self._update_buttons()

    def _failed(self, error: BaseException) -> None:
        self._pending -= 1
        self.bar.show_message(error_text(error))

    # --- list and editor ----------------------------------------------------------------------

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.quote_id(rows[0].row()) if rows else None

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def _update_buttons(self) -> None:
        writer = can_write_member_data(self._ctx.user)  # only what the role may do is offered
        self.new_button.setVisible(writer)
        self.duplicate_button.setVisible(writer)
        self.read_only_note.setVisible(not writer)
        quote_id = self.selected_id()
        row = self.model.row_data(self.model.row_of(quote_id)) if quote_id else None
        self.open_button.setEnabled(quote_id is not None)
        self.pdf_button.setEnabled(quote_id is not None)
        self.duplicate_button.setEnabled(row is not None and row.state != "draft")

    def open_quote(self, quote_id: str | None = None, message: str = "") -> None:
        quote_id = quote_id or self.selected_id()
        if not quote_id:
            return
        self.bar.clear_message()
        self.pages.setCurrentWidget(self.editor)
        self.editor.open_quote(quote_id, message)

    def show_list(self) -> None:
        if self.editing and self.editor.quote_id:
            self._select_after_load = self.editor.quote_id
        self.pages.setCurrentWidget(self.list_page)
        if self._list_dirty:
            self._list_dirty = False
            self.model.refresh()

    def _quote_changed(self, _quote_id: str) -> None:
        self._list_dirty = True

    def find(self) -> None:
        """Ctrl+F: back to the list (from a quote too), in its search box."""
        self.show_list()
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def new_quote(self) -> NewQuoteDialog | None:
        if not can_write_member_data(self._ctx.user):
            return None  # a role that does not make quotes is not offered this
        dialog = NewQuoteDialog(self._worker, self._ctx, self._activity, self)
        dialog.created.connect(self._created)
        self._dialogs.open(dialog)
        return dialog

    def _created(self, quote_id: str) -> None:
        self._list_dirty = True
        self.open_quote(quote_id)

    def duplicate(self) -> None:
        quote_id = self.selected_id()
        if not quote_id:
            return
        self._pending += 1

        def done(new_id: str) -> None:
            self._pending -= 1
            self._list_dirty = True
            self.open_quote(
                new_id,
                self.tr(
                    "This is a new draft copied from the selected quote; the VAT of each line "
                    "was checked again for today."
                ),
            )

        self._worker.submit(
            quote_service.duplicate_quote, self._ctx, quote_id,
            on_result=done, on_error=self._failed,
        )  # fmt: skip

    def save_pdf(self, path: str | Path | None = None) -> None:
        quote_id = self.selected_id()
        if not quote_id:
            return
        if path is None:
            row = self.model.row_data(self.model.row_of(quote_id))
            name = f"{row.number}.pdf" if row and row.number else "quote.pdf"
            chosen, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the quote as PDF"),
                str(Path.home() / name),
                self.tr("PDF documents (*.pdf)"),
            )
            if not chosen:
                return
            path = chosen
        self._pending += 1

        def done(saved: Path) -> None:
            self._pending -= 1
            self.bar.show_message(self.tr("Saved: {path}").format(path=saved), "info")

        def failed(error: BaseException) -> None:
            if isinstance(error, OSError):
                self._pending -= 1
                self.bar.show_message(
                    self.tr("The file could not be written: {error}").format(
                        error=error.strerror or error
                    )
                )
            else:
                self._failed(error)

        self._worker.submit(
            export_quote_pdf, self._ctx, quote_id, path, on_result=done, on_error=failed
        )

    # --- language -----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Quotes"))
        self.search_box.setPlaceholderText(self.tr("Search by number, client or Activity…"))
        self.state_filter.setItemText(0, self.tr("All states"))
        for index in range(1, self.state_filter.count()):
            self.state_filter.setItemText(
                index, label(QUOTE_STATES, self.state_filter.itemData(index))
            )
        self.from_label.setText(self.tr("From"))
        self.to_label.setText(self.tr("to"))
        if self.client_filter.count():
            self.client_filter.setItemText(0, self.tr("All clients"))
        self.new_button.setText(self.tr("&New quote…"))
        self.new_button.setToolTip(self.tr("A new quote for an Activity (Ctrl+N)"))
        self.open_button.setText(self.tr("&Open"))
        self.open_button.setToolTip(self.tr("Open the selected quote (Enter)"))
        self.duplicate_button.setText(self.tr("&Duplicate"))
        self.duplicate_button.setToolTip(
            self.tr("A new draft with the same client and lines (for quotes already sent)")
        )
        self.pdf_button.setText(self.tr("Save &PDF…"))
        self.pdf_button.setToolTip(self.tr("Save the selected quote as a PDF (Ctrl+P)"))
        self.read_only_note.setText(
            self.tr("Read only: quotes are made and changed by the advisers of each office.")
        )
        self._update_scope()
        self._update_count_text()
        self.model.retranslate()
        header = self.table.horizontalHeader()
        metrics = header.fontMetrics()
        for column in range(1, self.model.columnCount()):
            if column in (4, 5):
                continue
            needed = metrics.horizontalAdvance(self.model.header_text(column)) + 28
            if header.sectionSize(column) < needed:
                header.resizeSection(column, needed)
