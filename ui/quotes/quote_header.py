"""Correct a draft's date, validity or language; the VAT of every line follows."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
)

from app.domain.languages import LANGUAGES
from app.formatting import format_date
from app.services.context import ServiceContext
from app.services.quotes import quotes as quote_service
from app.services.quotes.quotes import QuoteView
from ui.dialogs.field_messages import FieldMessages, MessageBar, error_label
from ui.dialogs.service_dialog import ServiceDialog
from ui.i18n import current_language
from ui.labels import LANGUAGE_NAMES, label
from ui.worker import Worker

NOT_PLANNED = QDate(2000, 1, 1)  # the date edit's "not planned yet"


class QuoteHeaderDialog(ServiceDialog):
    changed = Signal(list)  # ids of the lines whose VAT answer changed

    def __init__(self, worker: Worker, ctx: ServiceContext, quote: QuoteView, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("quoteHeaderDialog")
        self._worker, self._ctx, self._quote = worker, ctx, quote
        self.issue_date = QDateEdit(QDate(quote.issue_date))
        self.issue_date.setCalendarPopup(True)
        self.issue_date.setDisplayFormat("dd/MM/yyyy")
        self.validity = QSpinBox()
        self.validity.setRange(1, 365)
        self.validity.setValue(max(1, min(365, (quote.valid_until - quote.issue_date).days)))
        self.valid_until = QLabel()
        # the planned delivery date: the lines' date of supply, so the rates of that day
        self.delivery_date = QDateEdit()
        self.delivery_date.setObjectName("deliveryDate")
        self.delivery_date.setCalendarPopup(True)
        self.delivery_date.setDisplayFormat("dd/MM/yyyy")
        self.delivery_date.setMinimumDate(NOT_PLANNED)
        self.delivery_date.setDate(
            QDate(quote.delivery_date) if quote.delivery_date else NOT_PLANNED
        )
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem("", code)
        self.language.setCurrentIndex(self.language.findData(quote.language))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.bar = MessageBar()
        self.fields = FieldMessages(self.bar)
        self._captions = [QLabel() for _ in range(4)]
        form = QFormLayout()
        validity_row = QHBoxLayout()
        validity_row.addWidget(self.validity)
        validity_row.addWidget(self.valid_until, 1)
        for caption, widget, field in (
            (self._captions[0], self.issue_date, "issue_date"),
            (self._captions[1], validity_row, "valid_until"),
            (self._captions[2], self.language, "language"),
            (self._captions[3], self.delivery_date, "delivery_date"),
        ):
            box = QVBoxLayout()
            box.setSpacing(2)
            if isinstance(widget, QHBoxLayout):
                box.addLayout(widget)
            else:
                box.addWidget(widget)
            box.addWidget(self.fields.add(field, error_label()))
            form.addRow(caption, box)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(form)
        layout.addWidget(self.bar)
        layout.addWidget(self.buttons)
        self.validity.valueChanged.connect(self._update_valid_until)
        self.issue_date.dateChanged.connect(self._update_valid_until)
        self.retranslate()

    def _update_valid_until(self, *_args) -> None:
        until = self.issue_date.date().toPython() + timedelta(days=self.validity.value())
        self.valid_until.setText(
            self.tr("valid until {date}").format(date=format_date(until, current_language()))
        )

    def apply(self) -> None:
        if self.busy:
            return
        self.fields.clear()
        self._pending += 1
        self._worker.submit(
            quote_service.update_quote_header,
            self._ctx,
            self._quote.id,
            self.issue_date.date().toPython(),
            self.validity.value(),
            self.language.currentData(),
            self.planned_delivery(),
            on_result=self._applied,
            on_error=self._failed,
        )

    def planned_delivery(self):
        """The planned delivery date, or None when it is not planned yet."""
        day = self.delivery_date.date()
        return None if day == NOT_PLANNED else day.toPython()

    def _applied(self, changed: list[str]) -> None:
        self._pending -= 1
        self.changed.emit(list(changed))
        self.accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Date, validity and language"))
        self.note.setText(
            self.tr(
                "The VAT rules of the date of supply apply: the planned delivery date, "
                "else the quote's date, unless a line has its own. The language is that of "
                "the quote and its reasons. The VAT of every line is checked again."
            )
        )
        for caption, text in zip(
            self._captions,
            (
                self.tr("Date of the quote"),
                self.tr("Valid for (days)"),
                self.tr("Language"),
                self.tr("Planned delivery"),
            ),
            strict=True,
        ):
            caption.setText(text)
        for index in range(self.language.count()):
            self.language.setItemText(index, label(LANGUAGE_NAMES, self.language.itemData(index)))
        self.delivery_date.setSpecialValueText(self.tr("Not planned yet"))
        self._update_valid_until()
