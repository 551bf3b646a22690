"""Another client for a draft: the VAT of every line is checked again (issue 3 §5).

The dialog says so before the change; the editor then shows which lines changed.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QVBoxLayout

from app.services.context import ServiceContext
from app.services.quotes import quotes as quote_service
from app.services.quotes.quotes import QuoteView
from ui.dialogs.field_messages import FieldMessages, MessageBar, error_label
from ui.dialogs.service_dialog import ServiceDialog
from ui.quotes.client_picker import ClientPicker
from ui.worker import Worker


class ChangeClientDialog(ServiceDialog):
    changed = Signal(list)  # ids of the lines whose VAT answer changed

    def __init__(self, worker: Worker, ctx: ServiceContext, quote: QuoteView, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("changeClientDialog")
        self._worker = worker
        self._ctx = ctx
        self._quote = quote
        self.warning = MessageBar()
        self.clients = ClientPicker(worker, ctx)
        self.bar = MessageBar()
        self.fields = FieldMessages(self.bar)
        self.current = QLabel()
        self.current.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.current)
        layout.addWidget(self.warning)
        layout.addWidget(self.clients, 1)
        layout.addWidget(self.fields.add("client", error_label()))
        layout.addWidget(self.bar)
        layout.addWidget(self.buttons)
        self.clients.clientChosen.connect(lambda _client: self._update_buttons())
        self.retranslate()
        self.clients.set_activity(quote.activity_id)
        self._update_buttons()
        self.resize(560, 520)

    @property
    def busy(self) -> bool:
        return self._pending > 0 or self.clients.busy

    def _update_buttons(self) -> None:
        chosen = self.clients.chosen
        ok = chosen is not None and chosen.id != self._quote.client_id
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def apply(self) -> None:
        chosen = self.clients.chosen
        if self.busy or chosen is None:
            return
        self.fields.clear()
        self._pending += 1
        self._worker.submit(
            quote_service.change_client,
            self._ctx,
            self._quote.id,
            chosen.id,
            on_result=self._done,
            on_error=self._failed,
        )

    def _done(self, changed: list[str]) -> None:
        self._pending -= 1
        self.changed.emit(list(changed))
        self.accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Change client"))
        self.current.setText(
            self.tr("Now: <b>{client}</b>").format(
                client=html.escape(self._quote.client_name, quote=False)
            )
        )
        if self._quote.lines:
            self.warning.show_message(
                self.tr(
                    "The VAT of every line is checked again for the new client: a treatment "
                    "or rate may change, and a decision an adviser made may no longer hold. "
                    "The lines that change are marked afterwards."
                ),
                "warning",
            )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Change client"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
