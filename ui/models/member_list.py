"""The member list: ordered ids from a SQL search, rows fetched a page at a time.

The model never holds more than the ids of the result and the rows already painted
(DESIGN.md §2: 32,000 members cost no more than the rows on screen). Searching and
sorting both re-run `search_members` on the worker; a result that arrives after a newer
search was started is dropped (the generation number tells them apart).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from app.formatting import format_date
from app.services import members as member_service
from app.services.context import ServiceContext
from ui.i18n import current_language
from ui.worker import Worker

PAGE_SIZE = 100
PLACEHOLDER = "…"

#: per column, the sort key `search_members` takes, or None when it cannot sort by it
COLUMNS = ("number", "name", "city", "office", "since", None)
_MISSING = object()  # a row the user may no longer see (removed, or not theirs)


class MemberListModel(QAbstractTableModel):
    #: the number of members found, after each search
    countChanged = Signal(int)

    def __init__(self, worker: Worker, ctx: ServiceContext, parent=None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._ctx = ctx
        self._ids: list[str] = []
        self._rows: dict[str, object] = {}
        self._requested_pages: set[int] = set()
        self._generation = 0
        self._text = ""
        self._sort_key = "name"
        self._descending = False
        self._searching = False
        self._shown_generation = 0

    @property
    def answered(self) -> bool:
        """True once the latest search has rows (or its emptiness) on screen."""
        return self._shown_generation == self._generation

    # --- searching ---------------------------------------------------------------------

    @property
    def text(self) -> str:
        return self._text

    @property
    def sort_key(self) -> str:
        return self._sort_key

    @property
    def loading(self) -> bool:
        """True while a search or a page of rows is on its way."""
        return self._searching or bool(self._requested_pages - self._loaded_pages())

    def _loaded_pages(self) -> set[int]:
        return {
            page
            for page in self._requested_pages
            if all(i in self._rows for i in self._ids[page * PAGE_SIZE : (page + 1) * PAGE_SIZE])
        }

    def search(self, text: str) -> None:
        self._text = text
        self._run_search()

    def refresh(self) -> None:
        self._run_search()

    def _run_search(self) -> None:
        """Two trips to the worker: the first screenful (ids and rows), then every id.

        Both are skipped on the worker when a newer search has started meanwhile, so
        fast typing never queues work nobody will see.
        """
        self._generation += 1
        generation = self._generation
        self._searching = True
        text, key, descending = self._text, self._sort_key, self._descending

        def current() -> bool:
            return generation == self._generation

        def first_page():
            if not current():
                return None
            return member_service.first_members(self._ctx, text, key, descending, PAGE_SIZE)

        def every_id():
            if not current():
                return None
            return member_service.search_members(self._ctx, text, key, descending)

        self._worker.submit(
            first_page,
            on_result=lambda result: self._first_page_done(generation, result),
            on_error=lambda error: self._search_failed(generation, error),
        )
        self._worker.submit(
            every_id,
            on_result=lambda ids: self._search_done(generation, ids),
            on_error=lambda error: self._search_failed(generation, error),
        )

    def _first_page_done(self, generation: int, result) -> None:
        if generation != self._generation or result is None:
            return
        ids, rows = result
        self._shown_generation = generation
        self.beginResetModel()
        self._ids = list(ids)
        self._rows = {member_id: rows.get(member_id, _MISSING) for member_id in ids}
        self._requested_pages = {0}
        self.endResetModel()

    def _search_done(self, generation: int, ids: list[str] | None) -> None:
        if generation != self._generation or ids is None:
            return  # a newer search is on its way; this result is stale
        self._searching = False
        self._shown_generation = generation
        shown = len(self._ids)
        if shown and ids[:shown] == self._ids:
            if len(ids) > shown:  # the rest of the list, under the rows already shown
                self.beginInsertRows(QModelIndex(), shown, len(ids) - 1)
                self._ids = list(ids)
                self.endInsertRows()
        else:
            self.beginResetModel()
            self._ids = list(ids)
            self._rows = {}
            self._requested_pages = set()
            self.endResetModel()
        self.countChanged.emit(len(self._ids))

    def _search_failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self._searching = False
            if self._worker.default_error_handler:
                self._worker.default_error_handler(error)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting re-runs the search in SQL; the model never sorts rows itself."""
        key = COLUMNS[column] if 0 <= column < len(COLUMNS) else None
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._sort_key, self._descending) and self._generation:
            return
        self._sort_key, self._descending = key, descending
        self._run_search()

    # --- rows --------------------------------------------------------------------------

    def member_id(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_data(self, row: int):
        """The fetched row for a position, or None while it is on its way."""
        value = self._rows.get(self._ids[row]) if 0 <= row < len(self._ids) else None
        return None if value is _MISSING else value

    def _fetch_page(self, page: int) -> None:
        if page in self._requested_pages:
            return
        self._requested_pages.add(page)
        generation = self._generation
        ids = self._ids[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
        self._worker.submit(
            member_service.member_rows,
            self._ctx,
            ids,
            on_result=lambda rows: self._page_done(generation, page, ids, rows),
        )

    def _page_done(self, generation: int, page: int, ids: list[str], rows: dict) -> None:
        if generation != self._generation:
            return
        for member_id in ids:
            self._rows[member_id] = rows.get(member_id, _MISSING)
        first = page * PAGE_SIZE
        last = min(first + PAGE_SIZE, len(self._ids)) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))

    # --- QAbstractTableModel -----------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

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
        member_id = self._ids[row]
        value = self._rows.get(member_id)
        if value is None:
            self._fetch_page(row // PAGE_SIZE)
            return PLACEHOLDER if role == Qt.ItemDataRole.DisplayRole else None
        if value is _MISSING:
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

    def retranslate(self) -> None:
        """Headers and dates follow the language; called after a language switch."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._ids:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._ids) - 1, len(COLUMNS) - 1)
            )
