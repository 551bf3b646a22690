"""Picking a client among the Activity's clients, or creating one on the spot."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.context import ServiceContext
from app.services.quotes import clients as client_service
from app.services.quotes.clients import ClientInfo
from ui.dialogs.field_messages import MessageBar
from ui.i18n import current_language
from ui.labels import country_name, label
from ui.messages import error_text
from ui.quotes.client_dialog import ClientDialog, vies_text
from ui.quotes.texts import CLIENT_KINDS
from ui.worker import Worker

SEARCH_DELAY_MS = 150


def client_summary(client: ClientInfo) -> str:
    """Second line of a client in a list: kind, country, VAT number and its check."""
    parts = [label(CLIENT_KINDS, client.kind), country_name(client.country, current_language())]
    if client.vat_number:
        parts.append(client.vat_number)
        parts.append(vies_text(client.vat_check, client.vat_checked_at))
    return " · ".join(parts)


class ClientPicker(QWidget):
    """The Activity's clients (searchable) and a "New client…" button."""

    clientChosen = Signal(object)  # ClientInfo, or None

    def __init__(self, worker: Worker, ctx: ServiceContext, parent=None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._ctx = ctx
        self._activity_id: str | None = None
        self._clients: list[ClientInfo] = []
        self._generation = 0
        self._pending = 0
        self._wanted: str | None = None  # select this client when the list arrives
        self.dialog: ClientDialog | None = None
        self.chosen: ClientInfo | None = None

        self.caption = QLabel()
        self.search_box = QLineEdit()
        self.search_box.setObjectName("clientSearch")
        self.search_box.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setObjectName("clientChoices")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.new_button = QPushButton()
        self.new_button.setObjectName("newClient")
        self.bar = MessageBar()
        top = QHBoxLayout()
        top.addWidget(self.search_box, 1)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.bar)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        self.search_box.textChanged.connect(lambda _text: self._timer.start())
        self.list.currentRowChanged.connect(self._selected)
        self.new_button.clicked.connect(self.new_client)
        self.set_activity(None)
        self.retranslate()

    @property
    def busy(self) -> bool:
        return (
            self._timer.isActive()
            or self._pending > 0
            or (self.dialog is not None and self.dialog.busy)
        )

    def set_activity(self, activity_id: str | None, select: str | None = None) -> None:
        self._activity_id = activity_id
        self._wanted = select
        self.search_box.setEnabled(activity_id is not None)
        self.new_button.setEnabled(activity_id is not None)
        self.list.setEnabled(activity_id is not None)
        self._clients = []
        self.list.clear()
        self._choose(None)
        if activity_id is not None:
            self.reload()

    def reload(self) -> None:
        self._timer.stop()
        if self._activity_id is None:
            return
        self._generation += 1
        generation = self._generation
        self._pending += 1
        self._worker.submit(
            client_service.clients_of_activity,
            self._ctx,
            self._activity_id,
            self.search_box.text(),
            on_result=lambda clients: self._loaded(generation, clients),
            on_error=self._failed,
        )

    def _loaded(self, generation: int, clients: list[ClientInfo]) -> None:
        self._pending -= 1
        if generation != self._generation:
            return
        chosen = self._wanted or (self.chosen.id if self.chosen else None)
        self._wanted = None
        self._clients = list(clients)
        self.list.blockSignals(True)
        self.list.clear()
        for client in self._clients:
            item = QListWidgetItem(f"{client.name}\n{client_summary(client)}")
            item.setData(Qt.ItemDataRole.UserRole, client.id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        rows = [i for i, c in enumerate(self._clients) if c.id == chosen]
        if rows:
            self.list.setCurrentRow(rows[0])
        else:
            self._choose(None)

    def _failed(self, error: BaseException) -> None:
        self._pending -= 1
        self.bar.show_message(error_text(error))

    def _selected(self, row: int) -> None:
        self._choose(self._clients[row] if 0 <= row < len(self._clients) else None)

    def _choose(self, client: ClientInfo | None) -> None:
        if client != self.chosen:
            self.chosen = client
            self.clientChosen.emit(client)

    def choose(self, row: int = 0) -> None:
        self.list.setCurrentRow(row)

    def new_client(self) -> ClientDialog | None:
        """Opens the client dialog (window-modal, not blocking); the new client is chosen."""
        if self._activity_id is None:
            return None
        if self.dialog is not None and not self.dialog.isVisible():
            self.dialog.deleteLater()  # the one opened before, long closed
        self.dialog = ClientDialog(self._worker, self._ctx, self._activity_id, parent=self)
        self.dialog.saved.connect(self._created)
        self.dialog.finished.connect(self._dialog_closed)
        self.dialog.open()
        return self.dialog

    def _created(self, info: ClientInfo) -> None:
        self.search_box.blockSignals(True)
        self.search_box.clear()
        self.search_box.blockSignals(False)
        self._wanted = info.id
        self.reload()

    def _dialog_closed(self, _result: int) -> None:
        dialog = self.dialog
        if dialog is not None and dialog.client_id and self.chosen is None:
            # saved by "Check with VIES", then closed: show it in the list all the same
            self._wanted = dialog.client_id
            self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.caption.setText(self.tr("Client"))
        self.search_box.setPlaceholderText(self.tr("Search the Activity's clients…"))
        self.new_button.setText(self.tr("New client…"))
        for row, client in enumerate(self._clients):
            self.list.item(row).setText(f"{client.name}\n{client_summary(client)}")
