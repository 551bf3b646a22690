"""A table model over a big list: ordered ids from a SQL query, rows a page at a time.

The pattern of DESIGN.md §2 (and of Anki's browser): the model holds the ordered ids of
the whole result and only the rows that were painted. A query goes to the worker in two
trips: first the first screenful (ids and rows in one call), so a keystroke is answered
by what is on screen whatever the length of the result, then every id, appended under
the rows already shown. Both trips are skipped on the worker when a newer query started
meanwhile, and a result that arrives late is dropped (the generation number tells).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from ui.worker import Worker

PAGE_SIZE = 100
PLACEHOLDER = "…"
MISSING = object()  # a row the user may no longer see (removed, or not theirs)


class LazyIdListModel(QAbstractTableModel):
    # the number of rows found, once the whole list is known
    countChanged = Signal(int)

    # per column, the sort key the query takes, or None when it cannot sort by it
    COLUMNS: tuple[str | None, ...] = ()

    def __init__(self, worker: Worker, sort_key: str, descending: bool, parent=None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._ids: list[str] = []
        self._rows: dict[str, object] = {}
        self._requested_pages: set[int] = set()
        self._loaded_pages: set[int] = set()
        self._generation = 0
        self._shown_generation = 0
        self._querying = False
        self._sort_key = sort_key
        self._descending = descending

    # --- what a subclass says --------------------------------------------------------------

    def _queries(self) -> tuple[Callable[[], tuple[list[str], dict]], Callable[[], list[str]]]:
        """Two calls for the worker, bound to the current query: the first screenful
        (ids, rows) and every id."""
        raise NotImplementedError

    def _fetch_rows(self, ids: list[str]) -> dict:
        """Runs on the worker: the rows of these ids (those not visible are absent)."""
        raise NotImplementedError

    # --- state -------------------------------------------------------------------------------

    @property
    def sort_key(self) -> str:
        return self._sort_key

    @property
    def descending(self) -> bool:
        return self._descending

    @property
    def loading(self) -> bool:
        """True while a query or a page of rows is on its way."""
        return self._querying or bool(self._requested_pages - self._loaded_pages)

    @property
    def answered(self) -> bool:
        """True once the latest query has its first rows (or its emptiness) on screen."""
        return self._shown_generation == self._generation

    # --- querying ----------------------------------------------------------------------------

    def refresh(self) -> None:
        self._run_query()

    def _run_query(self) -> None:
        self._generation += 1
        generation = self._generation
        self._querying = True
        first_page, every_id = self._queries()

        def unless_stale(call):
            def job():
                return call() if generation == self._generation else None

            return job

        self._worker.submit(
            unless_stale(first_page),
            on_result=lambda result: self._first_page_done(generation, result),
            on_error=lambda error: self._query_failed(generation, error),
        )
        self._worker.submit(
            unless_stale(every_id),
            on_result=lambda ids: self._all_ids_done(generation, ids),
            on_error=lambda error: self._query_failed(generation, error),
        )

    def _first_page_done(self, generation: int, result) -> None:
        if generation != self._generation or result is None:
            return
        ids, rows = result
        self._shown_generation = generation
        self.beginResetModel()
        self._ids = list(ids)
        self._rows = {row_id: rows.get(row_id, MISSING) for row_id in ids}
        self._requested_pages = {0}
        self._loaded_pages = {0}
        self.endResetModel()

    def _all_ids_done(self, generation: int, ids: list[str] | None) -> None:
        if generation != self._generation or ids is None:
            return  # a newer query is on its way; this result is stale
        self._querying = False
        self._shown_generation = generation
        shown = len(self._ids)
        if shown and ids[:shown] == self._ids:
            if len(ids) > shown:  # the rest of the list, under the rows already shown
                self.beginInsertRows(QModelIndex(), shown, len(ids) - 1)
                self._ids = list(ids)
                self.endInsertRows()
        else:  # the data changed between the two trips: start again from this list
            self.beginResetModel()
            self._ids = list(ids)
            self._rows = {}
            self._requested_pages = set()
            self._loaded_pages = set()
            self.endResetModel()
        self.countChanged.emit(len(self._ids))

    def _query_failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self._querying = False
            self._shown_generation = generation
            if self._worker.default_error_handler:
                self._worker.default_error_handler(error)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting re-runs the query in SQL; the model never sorts rows itself."""
        key = self.COLUMNS[column] if 0 <= column < len(self.COLUMNS) else None
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._sort_key, self._descending) and self._generation:
            return
        self._sort_key, self._descending = key, descending
        self._run_query()

    # --- rows --------------------------------------------------------------------------------

    def row_id(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_data(self, row: int):
        """The fetched row for a position, or None while it is on its way."""
        value = self._rows.get(self._ids[row]) if 0 <= row < len(self._ids) else None
        return None if value is MISSING else value

    def row_or_fetch(self, row: int):
        """For `data()`: the row, MISSING, or None after asking for its page."""
        value = self._rows.get(self._ids[row])
        if value is None:
            self._fetch_page(row // PAGE_SIZE)
        return value

    def _fetch_page(self, page: int) -> None:
        if page in self._requested_pages:
            return
        self._requested_pages.add(page)
        generation = self._generation
        ids = self._ids[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
        self._worker.submit(
            self._fetch_rows,
            ids,
            on_result=lambda rows: self._page_done(generation, page, ids, rows),
            on_error=lambda _error: self._page_failed(generation, page, ids),
        )

    def _page_done(self, generation: int, page: int, ids: list[str], rows: dict) -> None:
        if generation != self._generation:
            return
        for row_id in ids:
            self._rows[row_id] = rows.get(row_id, MISSING)
        self._loaded_pages.add(page)
        first = page * PAGE_SIZE
        last = min(first + PAGE_SIZE, len(self._ids)) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.COLUMNS) - 1))

    def _page_failed(self, generation: int, page: int, ids: list[str]) -> None:
        if generation == self._generation:
            for row_id in ids:  # shown empty rather than waiting for ever
                self._rows.setdefault(row_id, MISSING)
            self._loaded_pages.add(page)

    # --- QAbstractTableModel -----------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def retranslate(self) -> None:
        """Headers and formatted values follow the language; called after a switch."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
        if self._ids:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._ids) - 1, len(self.COLUMNS) - 1)
            )
