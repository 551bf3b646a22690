"""Open lists show what a sync round brought, and the row a person had selected stays
selected (issue 14, point 6).

A list view's model (`ui.models.lazy_list.LazyIdListModel`) is queried again on the
worker; once the new ids are in, the row with the id that was selected is selected
again (wherever it moved to); a row that left the list leaves the selection empty.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QAbstractItemView

from ui.models.lazy_list import LazyIdListModel


def selected_id(table: QAbstractItemView) -> str | None:
    model = table.model()
    rows = table.selectionModel().selectedRows() if table.selectionModel() else []
    if not isinstance(model, LazyIdListModel) or not rows:
        return None
    return model.row_id(rows[0].row())


def refresh_keeping_selection(table: QAbstractItemView) -> None:
    """Query the list again; select the same record again once it is back."""
    model = table.model()
    if not isinstance(model, LazyIdListModel):
        return
    keep = selected_id(table)
    if keep is not None:

        def reselect(*_args) -> None:  # countChanged: every id of the new query is in
            model.countChanged.disconnect(reselect)
            for row in range(model.rowCount()):
                if model.row_id(row) == keep:
                    index = model.index(row, 0)
                    table.selectionModel().select(
                        index,
                        QItemSelectionModel.SelectionFlag.ClearAndSelect
                        | QItemSelectionModel.SelectionFlag.Rows,
                    )
                    table.scrollTo(index)
                    return

        model.countChanged.connect(reselect)
    model.refresh()


def refresh_lists(views) -> None:
    """Every open list among `views` (views with a `table` on a lazy list model)."""
    for view in views:
        table = getattr(view, "table", None)
        if isinstance(table, QAbstractItemView) and table.model() is not None:
            if not table.model().rowCount() and not table.isVisible():
                continue  # never shown yet: it queries when it first shows
            if getattr(view, "editing", False):
                continue  # an open editor is not reloaded under the person's hands
            refresh_keeping_selection(table)
