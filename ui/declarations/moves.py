"""TeamAdmin's moves on a declaration or a claim, under the form: ask the adviser a
question, send it to the insurer (with the insurer's reference), close it (with the
outcome). Shown to TeamAdmin and admins, in the states the workflow data allows."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from app.domain.declarations.declaration_states import TRANSITIONS
from app.services.context import ServiceContext
from app.services.declarations import declarations as svc
from ui.worker import Worker


class TeamAdminMoves(QWidget):
    moved = Signal()
    failed = Signal(object)

    def __init__(self, worker: Worker, ctx: ServiceContext, entity: str, parent=None) -> None:
        super().__init__(parent)
        self._worker, self._ctx, self._entity = worker, ctx, entity
        self.row_id: str | None = None
        self.caption = QLabel()
        self.text = QLineEdit()
        self.ask_button = QPushButton()
        self.send_button = QPushButton()
        self.close_button = QPushButton()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.text, 1)
        for button in (self.ask_button, self.send_button, self.close_button):
            layout.addWidget(button)
        self.ask_button.clicked.connect(lambda: self._move(svc.ask_question))
        self.send_button.clicked.connect(lambda: self._move(svc.send_to_insurer))
        self.close_button.clicked.connect(lambda: self._move(svc.close))
        self.show_for(None, "draft")
        self.retranslate()

    def show_for(self, row_id: str | None, state: str) -> None:
        self.row_id = row_id
        role = self._ctx.user.role

        def may(move: str) -> bool:
            sources, _target, roles = TRANSITIONS[move]
            return row_id is not None and state in sources and role in roles

        self.ask_button.setVisible(may("ask"))
        self.send_button.setVisible(may("send_to_insurer"))
        self.close_button.setVisible(may("close"))
        self.setVisible(may("ask") or may("send_to_insurer") or may("close"))
        self.text.clear()

    def _move(self, move) -> None:
        self._worker.submit(
            move,
            self._ctx,
            self._entity,
            self.row_id,
            self.text.text(),
            on_result=lambda _r: self.moved.emit(),
            on_error=self.failed.emit,
        )

    def retranslate(self) -> None:
        self.caption.setText(self.tr("TeamAdmin:"))
        self.text.setPlaceholderText(
            self.tr("the question, the insurer's reference or the outcome")
        )
        self.ask_button.setText(self.tr("Ask the adviser"))
        self.send_button.setText(self.tr("Sent to the insurer"))
        self.close_button.setText(self.tr("Close"))
