"""The common ground of the dialogs whose OK runs a service call on the worker."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog


class ServiceDialog(QDialog):
    """Counts the calls on their way (`busy`, for tests and screenshots), puts a refused
    call's message next to the field it names (`self.fields`, a FieldMessages), and
    retranslates itself when the language changes."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._pending = 0

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def _failed(self, error: BaseException) -> None:
        self._pending -= 1
        self.fields.show_error(error)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        raise NotImplementedError
