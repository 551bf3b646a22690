"""Service errors shown where they belong: next to the field they name, else in a bar.

A service raises `ValidationFailed` with one problem per bad field (`description`,
`quantity`, `facts.place_of_performance`...). A form registers a message label per
field; `show_error` fills the labels of the fields named and puts whatever names no
registered field (or is not about a field at all) into the form's general message.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from app.services.errors import ServiceError, ValidationFailed
from ui.messages import error_text, message_text

ERROR_STYLE = "color: #b00020;"
BAR_STYLES = {
    "error": "background: #fde7ea; color: #8a0018; border: 1px solid #f3b7c0;"
    " border-radius: 4px; padding: 6px 8px;",
    "warning": "background: #fff4d6; color: #6b4a00; border: 1px solid #f0d48a;"
    " border-radius: 4px; padding: 6px 8px;",
    "info": "background: #e8f3ea; color: #1d5b2a; border: 1px solid #b9dcc0;"
    " border-radius: 4px; padding: 6px 8px;",
}


def refit(widget: QWidget) -> None:
    """Let a dialog grow when a message appears in it, so no text is cut off."""
    window = widget.window()
    if not isinstance(window, QDialog) or not window.isVisible():
        return

    def grow() -> None:
        hint = window.sizeHint()
        window.resize(max(window.width(), hint.width()), max(window.height(), hint.height()))

    QTimer.singleShot(0, grow)


def error_label(parent: QWidget | None = None) -> QLabel:
    """A red message line under a field; hidden while it has nothing to say."""
    label = QLabel(parent)
    label.setObjectName("fieldError")
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


class MessageBar(QLabel):
    """A coloured band for what concerns the whole form or page, not one field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setWordWrap(True)
        self.kind = ""
        self.hide()

    def show_message(self, text: str, kind: str = "error") -> None:
        if not text:
            self.clear_message()
            return
        self.kind = kind
        self.setStyleSheet(BAR_STYLES.get(kind, BAR_STYLES["error"]))
        self.setText(text)
        self.show()
        refit(self)

    def clear_message(self) -> None:
        self.kind = ""
        self.setText("")
        self.hide()


class FieldMessages:
    """The message labels of one form, by the field names the services use."""

    def __init__(self, bar: MessageBar) -> None:
        self.bar = bar
        self.labels: dict[str, QLabel] = {}

    def add(self, field: str, label: QLabel) -> QLabel:
        self.labels[field] = label
        return label

    def clear(self) -> None:
        for label in self.labels.values():
            label.clear()
            label.hide()
        self.bar.clear_message()

    def text(self, field: str) -> str:
        label = self.labels.get(field)
        return label.text() if label is not None and not label.isHidden() else ""

    def show_error(self, error: BaseException) -> None:
        """Put each problem next to its field; the rest goes to the bar."""
        self.clear()
        if isinstance(error, ValidationFailed):
            problems = [(p.field, message_text(p.message_key)) for p in error.problems]
        elif isinstance(error, ServiceError) and error.field:
            problems = [(error.field, error_text(error))]
        else:
            self.bar.show_message(error_text(error))
            return
        unplaced = []
        for field, text in problems:
            label = self.labels.get(field)
            if label is None:
                unplaced.append(text)
                continue
            label.setText(text)
            label.show()
        if unplaced:
            self.bar.show_message("\n".join(dict.fromkeys(unplaced)))
        elif isinstance(error, ValidationFailed):
            self.bar.show_message(message_text("error.validation"))
        refit(self.bar)
