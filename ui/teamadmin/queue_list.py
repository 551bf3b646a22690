"""The queue's list: the lazy id list of `ui.models.lazy_list` over `list_request_ids`.

A year of requests at national scale (and the 50,000 the bench tries) costs no more than
the rows on screen; filters re-run the query in SQL on the worker. The order is the
queue's own (due date first, so overdue requests lead), not a column click.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.formatting import format_date
from app.services.context import ServiceContext
from app.services.teamadmin import requests as request_service
from app.services.teamadmin.requests import RequestFilter, RequestRow
from ui.i18n import current_language
from ui.labels import label
from ui.models.lazy_list import MISSING, PAGE_SIZE, PLACEHOLDER, LazyIdListModel
from ui.teamadmin.texts import REQUEST_KINDS, REQUEST_STATES
from ui.worker import Worker

OVERDUE_COLOR = QColor("#b3261e")
TODAY_COLOR = QColor("#9a5b00")
WAITING_COLOR = QColor("#1f5fa8")

DUE, KIND, MEMBER, OFFICE, STATE, ASSIGNEE = range(6)
OVERDUE_MARK, TODAY_MARK = "⚠ ", "● "


class RequestListModel(LazyIdListModel):
    COLUMNS = (None,) * 6

    def __init__(self, worker: Worker, ctx: ServiceContext, parent=None) -> None:
        super().__init__(worker, sort_key="due", descending=False, parent=parent)
        self._ctx = ctx
        self._filter = RequestFilter()
        self.today = date.today()

    @property
    def filter(self) -> RequestFilter:
        return self._filter

    def set_filter(self, where: RequestFilter) -> None:
        self._filter = where
        self.today = date.today()
        self._run_query()

    def request_id(self, row: int) -> str | None:
        return self.row_id(row)

    def row_of(self, request_id: str) -> int:
        try:
            return self._ids.index(request_id)
        except ValueError:
            return -1

    def _queries(self):
        ctx, where = self._ctx, self._filter
        return (
            lambda: request_service.first_requests(ctx, where, PAGE_SIZE),
            lambda: request_service.list_request_ids(ctx, where),
        )

    def _fetch_rows(self, ids: list[str]) -> dict:
        return request_service.request_rows(self._ctx, ids)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (
            self.tr("Due"),
            self.tr("Request"),
            self.tr("Member"),
            self.tr("Office"),
            self.tr("State"),
            self.tr("Assigned to"),
        )
        return headers[section] if 0 <= section < len(headers) else None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.FontRole,
        ):
            return None
        value = self.row_or_fetch(row)
        if value is None:
            return PLACEHOLDER if role == Qt.ItemDataRole.DisplayRole else None
        if value is MISSING:
            return "" if role == Qt.ItemDataRole.DisplayRole else None
        open_ = value.state != "done"
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == DUE and open_ and value.due_on < self.today:
                return QBrush(OVERDUE_COLOR)
            if column == DUE and open_ and value.due_on == self.today:
                return QBrush(TODAY_COLOR)
            if column == STATE and value.state == "waiting_for_info":
                return QBrush(WAITING_COLOR)
            return None
        if role == Qt.ItemDataRole.FontRole:
            if column == DUE and open_ and value.due_on <= self.today:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == STATE and value.question:
                return value.question
            if column == DUE and open_ and value.due_on < self.today:
                return self.tr("Overdue")
            if column == DUE and open_ and value.due_on == self.today:
                return self.tr("Due today")
            return None
        return self.text(value, column)

    def text(self, value: RequestRow, column: int) -> str:
        lang = current_language()
        if column == DUE:
            due = format_date(value.due_on, lang)
            if value.state != "done" and value.due_on < self.today:
                return OVERDUE_MARK + due
            if value.state != "done" and value.due_on == self.today:
                return TODAY_MARK + due
            return due
        if column == KIND:
            return label(REQUEST_KINDS, value.kind)
        if column == MEMBER:
            return f"{value.member_name} ({value.member_number})"
        if column == OFFICE:
            return value.office_code
        if column == STATE:
            return label(REQUEST_STATES, value.state)
        return value.assignee_name
