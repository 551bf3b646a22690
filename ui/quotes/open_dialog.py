"""The dialog a quotes screen has open on top of it: one at a time, window-modal.

The quote list and the quote editor both open their dialogs (new quote, line, VAT
decision, client, dates) through this, so both count a dialog's work in their `busy`
and both let a closed dialog go the same way: the last one closed stays readable (tests
and screenshots look at what it said), the one before it is deleted.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog


class OpenDialog:
    def __init__(self) -> None:
        self.current: QDialog | None = None
        self._closed: QDialog | None = None

    @property
    def busy(self) -> bool:
        """Whether the open dialog has a service call on its way."""
        return bool(self.current is not None and getattr(self.current, "busy", False))

    def open(self, dialog: QDialog) -> QDialog:
        self.current = dialog
        dialog.finished.connect(lambda _result: self._closed_one(dialog))
        dialog.open()
        return dialog

    def _closed_one(self, dialog: QDialog) -> None:
        if self.current is dialog:
            self.current = None
        if self._closed is not None and self._closed is not dialog:
            self._closed.deleteLater()
        self._closed = dialog
