"""The member list: the lazy id list of `ui.models.lazy_list` over `search_members`.

32,000 members cost no more than the rows on screen (DESIGN.md §2); searching and
sorting re-run the search in SQL on the worker.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from app.formatting import format_date
from app.services.context import ServiceContext
from app.services.members import members as member_service
from ui.i18n import current_language
from ui.models.lazy_list import MISSING, PAGE_SIZE, PLACEHOLDER, LazyIdListModel
from ui.worker import Worker

__all__ = ["PAGE_SIZE", "PLACEHOLDER", "MemberListModel"]


class MemberListModel(LazyIdListModel):
    COLUMNS = ("number", "name", "city", "office", "since", None)

    def __init__(self, worker: Worker, ctx: ServiceContext, parent=None) -> None:
        super().__init__(worker, sort_key="name", descending=False, parent=parent)
        self._ctx = ctx
        self._text = ""

    @property
    def text(self) -> str:
        return self._text

    def search(self, text: str) -> None:
        self._text = text
        self._run_query()

    def member_id(self, row: int) -> str | None:
        return self.row_id(row)

    def _queries(self):
        ctx, text, key, descending = self._ctx, self._text, self._sort_key, self._descending
        return (
            lambda: member_service.first_members(ctx, text, key, descending, PAGE_SIZE),
            lambda: member_service.search_members(ctx, text, key, descending),
        )

    def _fetch_rows(self, ids: list[str]) -> dict:
        return member_service.member_rows(self._ctx, ids)

    # --- QAbstractTableModel -----------------------------------------------------------

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.header_text(section)
        return None

    def header_text(self, section: int) -> str:
        headers = (
            self.tr("Number"),
            self.tr("Name"),
            self.tr("City"),
            self.tr("Office"),
            self.tr("Member since"),
            self.tr("Activities"),
        )
        return headers[section] if 0 <= section < len(headers) else ""

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.TextAlignmentRole,
        ):
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == 0:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        value = self.row_or_fetch(row)
        if value is None:
            return PLACEHOLDER if role == Qt.ItemDataRole.DisplayRole else None
        if value is MISSING:
            return ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return value.activities if column == 5 and value.activities else None
        if column == 0:
            return str(value.number)
        if column == 1:
            return f"{value.last_name}, {value.first_name}"
        if column == 2:
            return value.city
        if column == 3:
            return value.office_code
        if column == 4:
            return format_date(value.member_since, current_language())
        return value.activities
