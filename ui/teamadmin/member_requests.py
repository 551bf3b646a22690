"""The member's requests to TeamAdmin, on the member's page: what was asked, its state
and due date, TeamAdmin's question waiting for an answer; and "Ask TeamAdmin for…".

A widget of its own, wired into the member page with a few lines (`show_member`), so
the page's other sections stay their owners'."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.formatting import format_date
from app.services.context import ServiceContext
from app.services.permissions import can_write_member_data
from app.services.teamadmin import requests as request_service
from app.services.teamadmin.requests import RequestRow
from ui.i18n import current_language
from ui.labels import label
from ui.messages import error_text
from ui.teamadmin.request_form import AskTeamAdminDialog
from ui.teamadmin.request_panel import RequestPanel
from ui.teamadmin.texts import REQUEST_KINDS, REQUEST_STATES
from ui.worker import Worker


class MemberRequestsSection(QWidget):
    def __init__(self, worker: Worker, ctx: ServiceContext, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("memberRequests")
        self._worker = worker
        self._ctx = ctx
        self._pending = 0
        self._generation = 0
        self.member_id: str | None = None
        self.member_name = ""
        self.office_id: str | None = None
        self.rows: list[RequestRow] = []
        self.dialog: AskTeamAdminDialog | None = None

        self.heading = QLabel()
        self.heading.setObjectName("sectionTitle")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.ask_button = QPushButton()
        self.ask_button.setObjectName("askTeamAdmin")
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("memberRequestTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setMaximumHeight(130)
        self.panel = RequestPanel(worker, ctx)
        self.panel.hide()
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.ask_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(self.table)
        layout.addWidget(self.panel, 1)
        self.ask_button.clicked.connect(lambda: self.ask())
        self.table.itemSelectionChanged.connect(self._selected)
        self.panel.changed.connect(lambda _id: self.reload())
        self.retranslate()
        self.show_member(None)

    @property
    def busy(self) -> bool:
        dialog_busy = self.dialog is not None and self.dialog.busy
        return self._pending > 0 or self.panel.busy or dialog_busy

    def show_member(
        self, member_id: str | None, member_name: str = "", office_code: str = ""
    ) -> None:
        """The requests of this member (None: nothing chosen), loaded on the worker; the
        button is offered to whoever may write the member's data (their office)."""
        user = self._ctx.user
        office_id = user.office_id if office_code == user.office_code else f"office:{office_code}"
        self.member_id, self.member_name, self.office_id = member_id, member_name, office_id
        self.ask_button.setEnabled(
            member_id is not None and can_write_member_data(self._ctx.user, office_id)
        )
        self.ask_button.setVisible(can_write_member_data(self._ctx.user))
        self.panel.show_request(None)
        self.panel.hide()
        self.reload()

    def reload(self, select: str | None = None) -> None:
        self._generation += 1
        generation = self._generation
        if self.member_id is None:
            self._show_rows([])
            return
        self._pending += 1
        selected = select or (self.panel.view.row.id if self.panel.view else None)
        self._worker.submit(
            request_service.member_requests,
            self._ctx,
            self.member_id,
            on_result=lambda rows: self._loaded(generation, rows, selected),
            on_error=self._failed,
        )

    def _loaded(self, generation: int, rows: list[RequestRow], selected: str | None) -> None:
        self._pending -= 1
        if generation == self._generation:
            self._show_rows(rows)
            if selected:
                self.select_request(selected)

    def _failed(self, error: BaseException) -> None:
        self._pending -= 1
        self.empty.setText(error_text(error))
        self.empty.show()

    def _show_rows(self, rows: list[RequestRow]) -> None:
        self.rows = rows
        lang = current_language()
        self.table.blockSignals(True)
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            state = label(REQUEST_STATES, row.state)
            if row.state == "waiting_for_info":
                state = "⚠ " + state
            for column, text in enumerate(
                (label(REQUEST_KINDS, row.kind), state, format_date(row.due_on, lang))
            ):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                if row.question and column == 1:
                    item.setToolTip(row.question)
                self.table.setItem(index, column, item)
        self.table.blockSignals(False)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self.empty.setText(
            self.tr("No request to TeamAdmin for this member.") if self.member_id else ""
        )

    def select_request(self, request_id: str) -> None:
        """Select a request in the list and show it, fresh, under the list."""
        for index, row in enumerate(self.rows):
            if row.id == request_id:
                self.table.blockSignals(True)
                self.table.selectRow(index)
                self.table.blockSignals(False)
                self.panel.show()
                self.panel.show_request(request_id)
                return

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        self.panel.show()
        self.panel.show_request(self.rows[rows[0].row()].id)

    def ask(self, kind: str | None = None) -> AskTeamAdminDialog | None:
        if self.member_id is None:
            return None
        dialog = AskTeamAdminDialog(self._worker, self._ctx, self.member_id, self.member_name, self)
        if kind:
            dialog.choose_kind(kind)
        dialog.requested.connect(lambda request_id: self.reload(select=request_id))
        self.dialog = dialog
        dialog.open()
        return dialog

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Requests to TeamAdmin"))
        self.ask_button.setText(self.tr("Ask TeamAdmin for…"))
        self.table.setHorizontalHeaderLabels([self.tr("Request"), self.tr("State"), self.tr("Due")])
        if self.rows:
            self._show_rows(self.rows)
