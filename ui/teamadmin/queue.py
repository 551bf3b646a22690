"""The TeamAdmin queue: every office's requests, due date first (overdue ones lead),
with the counts per kind and state at the top, filters (kind, state, office, due
before, assigned to me, member), a day view (due today / this week), several requests
claimed at once, and the keyboard to work through them: N next, P previous, C claim
the selected ones, Enter open (the note box of the request on the right).

TeamAdmin and administrators only: the registry does not offer it to others, and the
services refuse them anyway."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.teamadmin.request_states import STATES
from app.domain.teamadmin.request_types import request_kinds
from app.formatting import format_number
from app.services.context import ServiceContext
from app.services.teamadmin import requests as request_service
from app.services.teamadmin.requests import QueueCounts, RequestFilter, week_end
from app.services.users import list_offices
from ui.dialogs.field_messages import MessageBar
from ui.i18n import current_language
from ui.labels import label
from ui.messages import error_text
from ui.teamadmin.queue_list import RequestListModel
from ui.teamadmin.request_panel import RequestPanel
from ui.teamadmin.texts import REQUEST_KINDS, REQUEST_STATES
from ui.worker import Worker

SEARCH_DELAY_MS = 200
NO_DATE = QDate(2000, 1, 1)


class TeamAdminQueueView(QWidget):
    def __init__(self, worker: Worker, ctx: ServiceContext, parent=None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._ctx = ctx
        self._pending = 0
        self._started = False
        self._count: int | None = None
        self._counts: QueueCounts | None = None
        self._select_after_load: list[str] = []

        self.model = RequestListModel(worker, ctx, self)
        self.title = QLabel()
        self.title.setObjectName("viewTitle")
        self.counts_label = QLabel()
        self.counts_label.setObjectName("queueCounts")
        self.counts_label.setWordWrap(True)
        self.search_box = QLineEdit()
        self.search_box.setObjectName("requestSearch")
        self.search_box.setClearButtonEnabled(True)
        self.kind_filter = QComboBox()
        self.kind_filter.addItem("", None)
        for kind in request_kinds():
            self.kind_filter.addItem("", kind)
        self.state_filter = QComboBox()
        self.state_filter.addItem("", "open")
        for state in STATES:
            self.state_filter.addItem("", state)
        self.state_filter.addItem("", None)
        self.office_filter = QComboBox()
        self.office_filter.addItem("", None)
        self.due_label = QLabel()
        self.due_before = QDateEdit()
        self.due_before.setCalendarPopup(True)
        self.due_before.setDisplayFormat("dd/MM/yyyy")
        self.due_before.setMinimumDate(NO_DATE)
        self.due_before.setSpecialValueText("—")
        self.due_before.setDate(NO_DATE)
        self.mine = QCheckBox()
        self.today_button = QPushButton()
        self.week_button = QPushButton()
        self.all_dates_button = QPushButton()
        self.count_label = QLabel()
        self.table = QTableView()
        self.table.setObjectName("requestTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for column, width in enumerate((132, 190, 190, 48, 112, 110)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.claim_button = QPushButton()
        self.claim_button.setObjectName("claimSelected")
        self.bar = MessageBar()
        self.panel = RequestPanel(worker, ctx)

        filters = QHBoxLayout()
        filters.addWidget(self.search_box, 2)
        filters.addWidget(self.kind_filter, 1)
        filters.addWidget(self.state_filter)
        filters.addWidget(self.office_filter)
        days = QHBoxLayout()
        days.addWidget(self.today_button)
        days.addWidget(self.week_button)
        days.addWidget(self.all_dates_button)
        days.addWidget(self.due_label)
        days.addWidget(self.due_before)
        days.addWidget(self.mine)
        days.addStretch(1)
        days.addWidget(self.count_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.claim_button)
        buttons.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([880, 400])
        # requests in the first tab, declarations in the second (loaded when first shown)
        from ui.teamadmin.declaration_queue import DeclarationQueue

        requests_tab = QWidget()
        requests_layout = QVBoxLayout(requests_tab)
        requests_layout.addLayout(filters)
        requests_layout.addLayout(days)
        requests_layout.addWidget(splitter, 1)
        self.declarations = DeclarationQueue(worker, ctx)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("queueTabs")
        self.tabs.addTab(requests_tab, "")
        self.tabs.addTab(self.declarations, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.bar)
        layout.addWidget(self.tabs, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_filter)
        self.search_box.textChanged.connect(lambda _t: self._timer.start())
        for combo in (self.kind_filter, self.state_filter, self.office_filter):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.due_before.dateChanged.connect(lambda _d: self.apply_filter())
        self.mine.toggled.connect(lambda _on: self.apply_filter())
        self.today_button.clicked.connect(lambda: self.day_view("today"))
        self.week_button.clicked.connect(lambda: self.day_view("week"))
        self.all_dates_button.clicked.connect(lambda: self.day_view(None))
        self.claim_button.clicked.connect(self.claim_selected)
        self.model.countChanged.connect(self._show_count)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._selection_changed())
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.panel.changed.connect(self._request_changed)
        self._keys = {
            Qt.Key.Key_N: lambda: self.move_selection(1),
            Qt.Key.Key_P: lambda: self.move_selection(-1),
            Qt.Key.Key_C: self.claim_selected,
            Qt.Key.Key_Return: self.open_selected,
            Qt.Key.Key_Enter: self.open_selected,
        }
        self.table.installEventFilter(self)
        self.retranslate()
        self._update_buttons()

    # --- state for tests and screenshots ------------------------------------------------

    @property
    def busy(self) -> bool:
        return (
            self._timer.isActive()
            or self.model.loading
            or self._pending > 0
            or self.panel.busy
            or self.declarations.busy
        )

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.start()

    def start(self) -> None:
        """The first query runs when the queue is first shown, not at start-up."""
        if not self._started:
            self._started = True
            self._pending += 1
            self._worker.submit(
                list_offices, self._ctx.db, on_result=self._offices_loaded, on_error=self._failed
            )
            self.apply_filter()

    def refresh(self) -> None:
        if self._started:
            self._select_after_load = self.selected_ids()
            self.apply_filter()

    def _offices_loaded(self, offices) -> None:
        self._pending -= 1
        lang = current_language()
        self.office_filter.blockSignals(True)
        for office in offices:
            self.office_filter.addItem(f"{office.code} — {office.name(lang)}", office.id)
        self.office_filter.blockSignals(False)

    def _failed(self, error: BaseException) -> None:
        self._pending -= 1
        self.bar.show_message(error_text(error))

    # --- filtering ----------------------------------------------------------------------

    def current_filter(self) -> RequestFilter:
        due = self.due_before.date()
        return RequestFilter(
            kind=self.kind_filter.currentData(),
            state=self.state_filter.currentData(),
            office_id=self.office_filter.currentData(),
            due_before=None if due == NO_DATE else due.toPython(),
            assigned_to_me=self.mine.isChecked(),
            member_text=self.search_box.text(),
        )

    def apply_filter(self) -> None:
        self._timer.stop()
        self._started = True
        where = self.current_filter()
        self._count = None
        self._update_count_text()
        self.model.set_filter(where)
        self._pending += 1
        self._worker.submit(
            request_service.queue_counts,
            self._ctx,
            where,
            on_result=self._counts_loaded,
            on_error=self._failed,
        )

    def day_view(self, span: str | None, today: date | None = None) -> None:
        """Open requests due today (overdue included), this week, or at any date."""
        today = today or date.today()
        day = {"today": today, "week": week_end(today)}.get(span or "")
        self.state_filter.blockSignals(True)
        if span:
            self.state_filter.setCurrentIndex(0)  # open
        self.state_filter.blockSignals(False)
        self.due_before.setDate(QDate(day) if day else NO_DATE)

    def set_kind_filter(self, kind: str | None) -> None:
        self.kind_filter.setCurrentIndex(max(self.kind_filter.findData(kind), 0))

    def set_state_filter(self, state: str | None) -> None:
        self.state_filter.setCurrentIndex(max(self.state_filter.findData(state), 0))

    def _counts_loaded(self, counts: QueueCounts) -> None:
        self._pending -= 1
        self._counts = counts
        self._show_counts()

    def _show_counts(self) -> None:
        counts = self._counts
        if counts is None:
            self.counts_label.setText("")
            return
        lang = current_language()
        states = " · ".join(
            f"{label(REQUEST_STATES, state)} <b>{format_number(n, lang)}</b>"
            for state, n in counts.by_state.items()
            if n
        )
        kinds = " · ".join(
            f"{label(REQUEST_KINDS, kind)} <b>{format_number(n, lang)}</b>"
            for kind, n in counts.by_kind.items()
            if n
        )
        urgent = self.tr(
            "<span style='color:#b3261e'>Overdue <b>{overdue}</b></span> · "
            "<span style='color:#9a5b00'>Due today <b>{today}</b></span>"
        ).format(
            overdue=format_number(counts.overdue, lang), today=format_number(counts.due_today, lang)
        )
        by_kind = self.tr("Open by kind")  # outside the f-string, where lupdate finds it
        self.counts_label.setText(
            f"{urgent}<br/>{escape_none(states)}<br/><small>{by_kind}: {escape_none(kinds)}</small>"
        )

    def _show_count(self, count: int) -> None:
        self._count = count
        self._update_count_text()
        if self._select_after_load:
            wanted, self._select_after_load = self._select_after_load, []
            self.select_ids(wanted)
        elif count and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)

    def _update_count_text(self) -> None:
        count = self._count
        if count is None:
            self.count_label.setText(self.tr("Searching…"))
        elif count == 1:
            self.count_label.setText(self.tr("1 request"))
        else:
            self.count_label.setText(
                self.tr("{count} requests").format(count=format_number(count, current_language()))
            )

    # --- selection and keyboard ---------------------------------------------------------

    def eventFilter(self, watched, event) -> bool:
        """The queue's keys, while the list has the keyboard (plain keys: no modifier)."""
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and event.modifiers()
            in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
            and event.key() in self._keys
        ):
            self._keys[event.key()]()
            return True
        return super().eventFilter(watched, event)

    def selected_ids(self) -> list[str]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [rid for rid in (self.model.request_id(row) for row in rows) if rid]

    def select_ids(self, ids: list[str]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        for request_id in ids:
            row = self.model.row_of(request_id)
            if row >= 0:
                selection.select(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.table.setCurrentIndex(self.model.index(row, 0))

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def move_selection(self, step: int) -> None:
        """N / P: the next or previous request, alone in the selection."""
        current = self.table.currentIndex().row()
        row = min(max(current + step, 0), self.model.rowCount() - 1)
        if row >= 0:
            self.table.selectRow(row)

    def open_selected(self) -> None:
        """Enter: the request on the right takes the keyboard (its note box)."""
        if self.panel.view is not None:
            self.panel.note.setFocus()

    def claim_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        self._pending += 1
        self.bar.clear_message()
        self._worker.submit(
            request_service.claim_requests,
            self._ctx,
            ids,
            on_result=lambda _n: self._claimed(ids),
            on_error=self._failed,
        )

    def _claimed(self, ids: list[str]) -> None:
        self._pending -= 1
        self._select_after_load = ids
        self.apply_filter()
        if len(ids) == 1:
            self.panel.show_request(ids[0])

    def _selection_changed(self) -> None:
        ids = self.selected_ids()
        self._update_buttons()
        if len(ids) == 1:
            self.panel.show_request(ids[0])

    def _request_changed(self, request_id: str) -> None:
        self._select_after_load = [request_id]
        self.apply_filter()

    def _update_buttons(self) -> None:
        count = len(self.selected_ids()) if self.table.selectionModel() else 0
        self.claim_button.setEnabled(count > 0)
        self.claim_button.setText(
            self.tr("Claim ({count})").format(count=count) if count > 1 else self.tr("Claim")
        )

    # --- language -----------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("TeamAdmin queue"))
        self.tabs.setTabText(0, self.tr("Requests"))
        self.tabs.setTabText(1, self.tr("Declarations"))
        self.search_box.setPlaceholderText(self.tr("Search by member (name, number, city)…"))
        self.kind_filter.setItemText(0, self.tr("Every kind"))
        for index in range(1, self.kind_filter.count()):
            self.kind_filter.setItemText(
                index, label(REQUEST_KINDS, self.kind_filter.itemData(index))
            )
        self.state_filter.setItemText(0, self.tr("Open"))
        for index in range(1, self.state_filter.count() - 1):
            self.state_filter.setItemText(
                index, label(REQUEST_STATES, self.state_filter.itemData(index))
            )
        self.state_filter.setItemText(self.state_filter.count() - 1, self.tr("Every state"))
        self.office_filter.setItemText(0, self.tr("Every office"))
        self.due_label.setText(self.tr("Due by"))
        self.mine.setText(self.tr("Assigned to me"))
        self.today_button.setText(self.tr("Due today"))
        self.week_button.setText(self.tr("This week"))
        self.all_dates_button.setText(self.tr("Any date"))
        self.claim_button.setToolTip(self.tr("Claim the selected requests (C)"))
        self.table.setToolTip(self.tr("N next · P previous · C claim · Enter write in the request"))
        self._update_buttons()
        self._update_count_text()
        self._show_counts()
        self.model.retranslate()


def escape_none(text: str) -> str:
    return text or "—"
