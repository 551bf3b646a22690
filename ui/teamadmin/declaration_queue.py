"""The declarations tab of the TeamAdmin queue (issue 10 with issue 11): every office's
accident declarations and claims submitted to TeamAdmin or back with the adviser on
their question, with the days left to reach the insurer, overdue first. A double-click
opens the declaration form in the Declarations view.

A tab of its own rather than rows of the request list: the request list is a paged
model of certificate requests with their own filters and the claim action; a
declaration is worked in its own form. The tab loads when first shown, so the queue's
first paint does not wait for it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.formatting import format_date
from app.services.context import ServiceContext
from app.services.declarations import declarations as declaration_service
from app.services.declarations.declarations import DeclarationFilter, DeclarationRow
from ui.declarations.texts import (
    DECLARATION_STATES,
    count_text,
    days_left_text,
    kind_text,
)
from ui.i18n import current_language
from ui.labels import label
from ui.messages import error_text
from ui.worker import Worker


class DeclarationQueue(QWidget):
    def __init__(self, worker: Worker, ctx: ServiceContext, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("declarationQueue")
        self._worker = worker
        self._ctx = ctx
        self._pending = 0
        self._started = False
        self.rows: list[DeclarationRow] = []
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("declarationQueueTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.cellDoubleClicked.connect(lambda row, _column: self.open_row(row))
        self.status = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.retranslate()

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._started:
            self._started = True
            self.refresh()

    def refresh(self) -> None:
        self._pending += 1
        self._worker.submit(
            declaration_service.list_declarations,
            self._ctx,
            DeclarationFilter(teamadmin_queue=True),
            on_result=self._loaded,
            on_error=self._failed,
        )

    def _failed(self, error: BaseException) -> None:
        self._pending -= 1
        self.status.setText(error_text(error))

    def _loaded(self, rows) -> None:
        self._pending -= 1
        self.rows = list(rows)
        self._show_rows()

    def _show_rows(self) -> None:
        lang = current_language()
        self.table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            kind = kind_text(row.entity, row.kind, row.serious)
            left = days_left_text(row.days_left)
            values = (
                row.number,
                row.office_code,
                kind,
                row.member_name,
                label(DECLARATION_STATES, row.state),
                format_date(row.deadline, lang) if row.deadline else "",
                left,
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                if row.days_left is not None and row.days_left < 0:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(index, column, item)
        self.status.setText(count_text(len(self.rows)))

    def open_row(self, index: int) -> None:
        """The declaration's form, in the Declarations view."""
        window = self.window()
        if 0 <= index < len(self.rows) and hasattr(window, "open_declaration"):
            row = self.rows[index]
            window.open_declaration(row.entity, row.id)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Number"),
                self.tr("Office"),
                self.tr("Kind"),
                self.tr("Member"),
                self.tr("State"),
                self.tr("Deadline"),
                self.tr("Days left"),
            ]
        )
        if self.rows:
            self._show_rows()
