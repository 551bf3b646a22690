"""The quote list: the lazy id list of `ui.models.lazy_list` over `list_quote_ids`.

180,000 quotes a year cost no more than the rows on screen (DESIGN.md §2); filtering
and sorting re-run the query in SQL on the worker.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.formatting import format_date, format_money
from app.services.context import ServiceContext
from app.services.quotes import quotes as quote_service
from app.services.quotes.quotes import QuoteFilter, QuoteRow
from ui.i18n import current_language
from ui.labels import label
from ui.models.lazy_list import MISSING, PAGE_SIZE, PLACEHOLDER, LazyIdListModel
from ui.quotes.texts import QUOTE_STATES
from ui.worker import Worker

FLAG = "⚑"
FLAG_COLOR = QColor("#c05a00")

# per column, the sort key `list_quote_ids` takes, or None when it cannot sort by it
COLUMNS = (None, "number", "date", "valid_until", "client", "activity", "state", "net", "gross")
FLAG_COLUMN, NUMBER_COLUMN, STATE_COLUMN = 0, 1, 6
MONEY_COLUMNS = (7, 8)

__all__ = ["COLUMNS", "PAGE_SIZE", "PLACEHOLDER", "QuoteListModel"]


class QuoteListModel(LazyIdListModel):
    COLUMNS = COLUMNS

    def __init__(self, worker: Worker, ctx: ServiceContext, parent=None) -> None:
        super().__init__(worker, sort_key="date", descending=True, parent=parent)
        self._ctx = ctx
        self._filter = QuoteFilter()

    @property
    def filter(self) -> QuoteFilter:
        return self._filter

    def set_filter(self, where: QuoteFilter) -> None:
        self._filter = where
        self._run_query()

    def quote_id(self, row: int) -> str | None:
        return self.row_id(row)

    def row_of(self, quote_id: str) -> int:
        try:
            return self._ids.index(quote_id)
        except ValueError:
            return -1

    def _queries(self):
        ctx, where, key, descending = self._ctx, self._filter, self._sort_key, self._descending
        return (
            lambda: quote_service.first_quotes(ctx, where, key, descending, PAGE_SIZE),
            lambda: quote_service.list_quote_ids(ctx, where, key, descending),
        )

    def _fetch_rows(self, ids: list[str]) -> dict:
        return quote_service.quote_rows(self._ctx, ids)

    # --- QAbstractTableModel -------------------------------------------------------------

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
        value = self.row_or_fetch(row)
        if value is None:
            return PLACEHOLDER if role == Qt.ItemDataRole.DisplayRole and column else None
        if value is MISSING:
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
