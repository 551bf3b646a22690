"""Settings › Issuer identity (administrators): each entity's identity as every quote
prints it (vat-facts.md §11.16), with what is still missing. The central administrator
sets it with `smartdesk central identity set`; devices get it by sync."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from app.domain.quotes.issuer import IDENTITY_FIELDS, missing_fields
from app.services.context import ServiceContext
from app.services.quotes.identity import issuer_identities
from ui.labels import label
from ui.quotes.texts import IDENTITY_FIELDS as FIELD_LABELS
from ui.worker import Worker


class IssuerIdentityView(QWidget):
    def __init__(self, worker: Worker, ctx: ServiceContext, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("issuerIdentityView")
        self._worker, self._ctx = worker, ctx
        self.identities: list = []
        self.title = QLabel()
        self.title.setObjectName("viewTitle")
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.table = QTableWidget(len(IDENTITY_FIELDS), 0)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        self.retranslate()
        self.refresh()

    def refresh(self) -> None:
        self._worker.submit(issuer_identities, self._ctx, on_result=self._show)

    def _show(self, identities: list) -> None:
        self.identities = list(identities)
        self._render()

    def _render(self) -> None:
        self.table.setColumnCount(len(self.identities))
        self.table.setHorizontalHeaderLabels([i.entity for i in self.identities])
        self.table.setVerticalHeaderLabels([label(FIELD_LABELS, f) for f in IDENTITY_FIELDS])
        for column, identity in enumerate(self.identities):
            missing = set(missing_fields(identity))
            for row, field in enumerate(IDENTITY_FIELDS):
                text = getattr(identity, field) or "⚑ " + self.tr("missing")
                item = QTableWidgetItem(text)
                if field in missing:
                    item.setToolTip(self.tr("A quote of this entity cannot be sent without it."))
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Issuer identity"))
        self.note.setText(
            self.tr(
                "What every quote prints about its issuer, per entity. A quote cannot be sent "
                "while a field is missing. The central administrator sets it with "
                "“smartdesk central identity set”; every device gets it by sync."
            )
        )
        self._render()
