"""The views that are not built yet: an honest panel that says what each one will hold,
with the live counts the dashboard already knows. No sample data."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QVBoxLayout, QWidget

from app.formatting import format_number
from app.services.dashboard import DEADLINE_HORIZON_DAYS, Dashboard
from ui.i18n import current_language

PLANNED_VIEWS = ("declarations", "teamadmin", "loans")


class PlannedView(QWidget):
    def __init__(self, kind: str, parent=None) -> None:
        super().__init__(parent)
        if kind not in PLANNED_VIEWS:
            raise ValueError(kind)
        self.kind = kind
        self._dashboard: Dashboard | None = None
        self.title = QLabel()
        self.title.setObjectName("viewTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.notice = QLabel()
        self.notice.setObjectName("plannedNotice")
        self.notice.setWordWrap(True)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setTextFormat(Qt.TextFormat.PlainText)
        self.counts_box = QFrame()
        self.counts_box.setObjectName("countsBox")
        self.counts_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.counts = QFormLayout(self.counts_box)
        self.counts_title = QLabel()
        bold = self.counts_title.font()
        bold.setBold(True)
        self.counts_title.setFont(bold)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.notice)
        layout.addSpacing(8)
        layout.addWidget(self.description)
        layout.addSpacing(12)
        layout.addWidget(self.counts_title)
        layout.addWidget(self.counts_box)
        layout.addStretch(1)
        self.retranslate()

    def set_dashboard(self, dashboard: Dashboard) -> None:
        self._dashboard = dashboard
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _content(self) -> tuple[str, str, list[tuple[str, str]]]:
        board = self._dashboard
        lang = current_language()

        def n(value: int | None) -> str:
            return "…" if board is None else format_number(value, lang)

        if self.kind == "declarations":
            return (
                self.tr("Declarations"),
                self.tr(
                    "Here you will file work accident declarations (within the legal "
                    "deadline) and insurance claims for civil liability, equipment and "
                    "IT risks, with their attachments."
                ),
                [
                    (self.tr("Draft declarations"), n(board and board.draft_declarations)),
                    (
                        self.tr(
                            "Accident declarations overdue or due in the next {days} days"
                        ).format(days=DEADLINE_HORIZON_DAYS),
                        n(board and sum(1 for due in board.deadlines if due.kind == "accident")),
                    ),
                ],
            )
        if self.kind == "teamadmin":
            return (
                self.tr("TeamAdmin queue"),
                self.tr(
                    "Here TeamAdmin will process certificate requests (sickness fund, "
                    "unemployment, A1 posting, peddler card, employment attests), "
                    "oldest deadline first."
                ),
                [(self.tr("Open certificate requests"), n(board and board.open_certificates))],
            )
        if self.kind == "loans":
            return (
                self.tr("Loans"),
                self.tr(
                    "Here you will prepare interest-free loan applications (at most "
                    "€25,000 per project) and follow their repayment; a reviewer who "
                    "did not prepare the file decides."
                ),
                [(self.tr("Loans to decide"), n(board and board.loans_to_decide))],
            )
        raise ValueError(self.kind)  # pragma: no cover - checked in __init__

    def retranslate(self) -> None:
        title, description, counts = self._content()
        self.title.setText(title)
        self.notice.setText(self.tr("This part of SmartDesk is not available yet."))
        self.description.setText(description)
        self.counts_title.setText(self.tr("Today, on this device"))
        while self.counts.rowCount():
            self.counts.removeRow(0)
        for caption, value in counts:
            number = QLabel(value)
            bold = number.font()
            bold.setBold(True)
            number.setFont(bold)
            self.counts.addRow(caption, number)
