"""The quote list: ordered ids from a SQL query, rows fetched a page at a time.

Like the member list (DESIGN.md §2): 180,000 quotes a year cost no more than the rows on
screen. Filtering and sorting both re-run `list_quote_ids` on the worker; a result that
arrives after a newer query was started is dropped (the generation number tells).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from app.formatting import format_date, format_money
from app.services import quotes as quote_service
from app.services.context import ServiceContext
from app.services.quotes import QuoteFilter, QuoteRow
from ui.i18n import current_language
from ui.labels import QUOTE_STATES, label
from ui.worker import Worker

PAGE_SIZE = 100
PLACEHOLDER = "…"
FLAG = "⚑"
FLAG_COLOR = QColor("#c05a00")

#: per column, the sort key `list_quote_ids` takes, or None when it cannot sort by it
COLUMNS = (None, "number", "date", "valid_until", "client", "activity", "state", "net", "gross")
FLAG_COLUMN, NUMBER_COLUMN, STATE_COLUMN = 0, 1, 6
MONEY_COLUMNS = (7, 8)
_MISSING = object()  # a row the user may no longer see


class QuoteListModel(QAbstractTableModel):
    #: the number of quotes found, after each query
    countChanged = Signal(int)

    def __init__(self, worker: Worker, ctx: ServiceContext, parent=None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._ctx = ctx
        self._ids: list[str] = []
        self._rows: dict[str, object] = {}
        self._requested_pages: set[int] = set()
        self._generation = 0
        self._filter = QuoteFilter()
        self._sort_key = "date"
        self._descending = True
        self._querying = False

    # --- querying ------------------------------------------------------------------------

    @property
    def filter(self) -> QuoteFilter:
        return self._filter

    @property
    def sort_key(self) -> str:
        return self._sort_key

    @property
    def descending(self) -> bool:
        return self._descending

    @property
    def loading(self) -> bool:
        """True while a query or a page of rows is on its way."""
        return self._querying or bool(self._requested_pages - self._loaded_pages())

    def _loaded_pages(self) -> set[int]:
        return {
            page
            for page in self._requested_pages
            if all(i in self._rows for i in self._ids[page * PAGE_SIZE : (page + 1) * PAGE_SIZE])
        }

    def set_filter(self, where: QuoteFilter) -> None:
        self._filter = where
        self._run_query()

    def refresh(self) -> None:
        self._run_query()

    def _run_query(self) -> None:
        self._generation += 1
        generation = self._generation
        self._querying = True
        where, key, descending = self._filter, self._sort_key, self._descending

        def query() -> list[str] | None:
            # skipped on the worker when a newer query was asked for meanwhile: fast
            # typing never queues queries nobody will see (each costs ~1 s nationally)
            if generation != self._generation:
                return None
            return quote_service.list_quote_ids(self._ctx, where, key, descending)

        self._worker.submit(
            query,
            on_result=lambda ids: self._query_done(generation, ids),
            on_error=lambda error: self._query_failed(generation, error),
        )

    def _query_done(self, generation: int, ids: list[str] | None) -> None:
        if generation != self._generation or ids is None:
            return  # a newer query is on its way; this result is stale
        self._querying = False
        self.beginResetModel()
        self._ids = list(ids)
        self._rows = {}
        self._requested_pages = set()
        self.endResetModel()
        self.countChanged.emit(len(self._ids))

    def _query_failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self._querying = False
            if self._worker.default_error_handler:
                self._worker.default_error_handler(error)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting re-runs the query in SQL; the model never sorts rows itself."""
        key = COLUMNS[column] if 0 <= column < len(COLUMNS) else None
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._sort_key, self._descending) and self._generation:
            return
        self._sort_key, self._descending = key, descending
        self._run_query()

    # --- rows ----------------------------------------------------------------------------

    def quote_id(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, quote_id: str) -> int:
        try:
            return self._ids.index(quote_id)
        except ValueError:
            return -1

    def row_data(self, row: int) -> QuoteRow | None:
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
            quote_service.quote_rows,
            self._ctx,
            ids,
            on_result=lambda rows: self._page_done(generation, page, ids, rows),
            on_error=lambda _error: self._page_failed(generation, page, ids),
        )

    def _page_done(self, generation: int, page: int, ids: list[str], rows: dict) -> None:
        if generation != self._generation:
            return
        for quote_id in ids:
            self._rows[quote_id] = rows.get(quote_id, _MISSING)
        first = page * PAGE_SIZE
        last = min(first + PAGE_SIZE, len(self._ids)) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))

    def _page_failed(self, generation: int, page: int, ids: list[str]) -> None:
        if generation == self._generation:
            for quote_id in ids:  # shown empty rather than waiting for ever
                self._rows.setdefault(quote_id, _MISSING)

    # --- QAbstractTableModel -------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.header_text(section)
        if role == Qt.ItemDataRole.ToolTipRole and section == FLAG_COLUMN:
            return self.flag_tooltip()
        if role == Qt.ItemDataRole.TextAlignmentRole and section in MONEY_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def header_text(self, section: int) -> str:
        headers = (
            FLAG,
            self.tr("Number"),
            self.tr("Date"),
            self.tr("Valid until"),
            self.tr("Client"),
            self.tr("Activity"),
            self.tr("State"),
            self.tr("Net"),
            self.tr("Incl. VAT"),
        )
        return headers[section] if 0 <= section < len(headers) else ""

    def flag_tooltip(self) -> str:
        return self.tr("A line's VAT was overridden by an adviser or still needs a decision")

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in MONEY_COLUMNS:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if column == FLAG_COLUMN:
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.ForegroundRole,
        ):
            return None
        value = self._rows.get(self._ids[row])
        if value is None:
            self._fetch_page(row // PAGE_SIZE)
            return PLACEHOLDER if role == Qt.ItemDataRole.DisplayRole and column else None
        if value is _MISSING:
            return None if role != Qt.ItemDataRole.DisplayRole else ""
        if column == FLAG_COLUMN:
            if not value.flagged:
                return None
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(FLAG_COLOR)
            return FLAG if role == Qt.ItemDataRole.DisplayRole else self.flag_tooltip()
        if role == Qt.ItemDataRole.ForegroundRole:
            return None
        text = self._text(value, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return text if column in (4, 5) and text else None
        return text

    def _text(self, value: QuoteRow, column: int) -> str:
        lang = current_language()
        if column == NUMBER_COLUMN:
            return value.number or self.tr("(draft)")
        if column == 2:
            return format_date(value.issue_date, lang)
        if column == 3:
            return format_date(value.valid_until, lang)
        if column == 4:
            return value.client
        if column == 5:
            return value.activity
        if column == STATE_COLUMN:
            return label(QUOTE_STATES, value.state)
        if column == 7:
            return format_money(value.total_net, lang)
        return format_money(value.total_gross, lang)

    def retranslate(self) -> None:
        """Headers, states, dates and amounts follow the language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._ids:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._ids) - 1, len(COLUMNS) - 1)
            )
