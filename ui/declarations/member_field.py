"""Choosing the member of a declaration: type a name or number, pick from the first
matches (the Members search, on the worker, shortly after the last keystroke)."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from app.services.context import ServiceContext
from ui.members.activity_picker import SEARCH_DELAY_MS, find_members
from ui.worker import Worker


class MemberField(QWidget):
    memberChosen = Signal(str)  # the member id ("" when none)

    def __init__(self, worker: Worker, ctx: ServiceContext, parent=None) -> None:
        super().__init__(parent)
        self._worker, self._ctx = worker, ctx
        self._generation = 0
        self.search_box = QLineEdit()
        self.choices = QComboBox()
        self.choices.setMinimumWidth(280)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_box, 1)
        layout.addWidget(self.choices, 2)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._search)
        self.search_box.textEdited.connect(lambda _text: self._timer.start())
        self.choices.currentIndexChanged.connect(
            lambda _i: self.memberChosen.emit(self.member_id or "")
        )

    @property
    def member_id(self) -> str | None:
        return self.choices.currentData()

    def set_member(self, member_id: str, name: str) -> None:
        self.choices.blockSignals(True)
        self.choices.clear()
        self.choices.addItem(name, member_id)
        self.choices.blockSignals(False)
        self.memberChosen.emit(member_id)

    def set_read_only(self, read_only: bool) -> None:
        self.search_box.setEnabled(not read_only)
        self.choices.setEnabled(not read_only)

    def _search(self) -> None:
        self._generation += 1
        generation = self._generation
        self._worker.submit(
            find_members,
            self._ctx,
            self.search_box.text().strip(),
            on_result=lambda found: self._show(generation, found),
        )

    def _show(self, generation: int, found) -> None:
        if generation != self._generation:
            return
        _count, rows = found
        self.choices.blockSignals(True)
        self.choices.clear()
        for row in rows:
            self.choices.addItem(f"{row.last_name} {row.first_name} ({row.number})", row.id)
        self.choices.blockSignals(False)
        self.memberChosen.emit(self.member_id or "")
