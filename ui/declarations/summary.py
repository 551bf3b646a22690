"""The band at the top of the declaration forms, always in sight: the cover and why,
the deadline and what is left of it, a serious accident's tasks, the incapacity rules."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from app.domain.declarations.accident import Assessment
from app.domain.declarations.deadline import WARNING_NOT_WORKING_DAY, DeadlineAnswer
from app.formatting import format_date
from ui.declarations.texts import ASSIGNEES, CLIENT_OBLIGATIONS, COVERS, TASKS
from ui.i18n import current_language
from ui.labels import label

GOOD, WARN, BAD = "#1b5e20", "#8a5300", "#b00020"


def _date(text: str | None) -> str:
    return format_date(date.fromisoformat(text), current_language()) if text else ""


class SummaryBand(QFrame):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("declarationSummary")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#declarationSummary { background: #f4f6f8; }")
        self.cover = QLabel()
        self.deadline = QLabel()
        self.details = QLabel()
        for widget in (self.cover, self.deadline, self.details):
            widget.setWordWrap(True)
            widget.setTextFormat(Qt.TextFormat.PlainText)
        bold = self.cover.font()
        bold.setBold(True)
        self.cover.setFont(bold)
        self.deadline.setFont(bold)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(2)
        layout.addWidget(self.cover)
        layout.addWidget(self.deadline)
        layout.addWidget(self.details)
        self.clear()

    def clear(self, text: str = "") -> None:
        self.cover.setText(text or self.tr("Cover: choose the member and the date"))
        self.cover.setStyleSheet("")
        self.deadline.setText("")
        self.details.setText("")
        self.details.setVisible(False)

    def _color(self, widget: QLabel, color: str) -> None:
        widget.setStyleSheet(f"color: {color};")

    def show_deadline(self, answer: DeadlineAnswer | None) -> None:
        lang = current_language()
        if answer is None:
            self.deadline.setText(self.tr("First-aid register: not declared to the insurer"))
            self._color(self.deadline, GOOD)
            return
        when = format_date(answer.deadline, lang)
        if answer.days_left > 0:
            text = self.tr("Declare by {date}: {days} days left").format(
                date=when, days=answer.days_left
            )
            color = GOOD if answer.days_left > 2 else WARN
        elif answer.days_left == 0:
            text, color = (
                self.tr("Declare by {date}: today is the last day").format(date=when),
                WARN,
            )
        else:
            text = self.tr("Declare by {date}: overdue by {days} days, declare it still").format(
                date=when, days=answer.late_by_days
            )
            color = BAD
        if WARNING_NOT_WORKING_DAY in answer.warnings:
            text += " · " + self.tr("the last day is not a working day (no extension)")
        if answer.prescribed:
            text += " · " + self.tr("more than 3 years after the accident: prescribed")
            color = BAD
        self.deadline.setText(text)
        self._color(self.deadline, color)

    def show_assessment(self, assessment: Assessment) -> None:
        coverage = assessment.coverage
        reasons = coverage.reasons
        name = label(COVERS, coverage.cover)
        if coverage.cover in ("work", "commute"):
            why = self.tr("contract from {start} to {end}").format(
                start=_date(reasons.get("contract_start")), end=_date(reasons.get("contract_end"))
            )
        elif coverage.cover == "private_life":
            why = self.tr("no contract that day; last contract ended {end}, covered until {until}")
            why = why.format(
                end=_date(reasons.get("last_contract_end")),
                until=_date(reasons.get("private_life_until")),
            )
        elif coverage.cover == "mission":
            why = self.tr("no contract that day; on a mission abroad")
        elif "last_contract_end" in reasons:
            why = self.tr("no contract on {day}; last contract ended {end}, cover ended {until}")
            why = why.format(
                day=_date(reasons.get("accident_date")),
                end=_date(reasons.get("last_contract_end")),
                until=_date(reasons.get("private_life_until")),
            )
        else:
            why = self.tr("no contract on {day} and none before").format(
                day=_date(reasons.get("accident_date"))
            )
        self.cover.setText(self.tr("Cover: {cover} ({why})").format(cover=name, why=why))
        self._color(self.cover, BAD if coverage.cover == "not_covered" else GOOD)
        self.show_deadline(assessment.deadline)
        lines = []
        triage = assessment.triage
        if triage.serious:
            lines.append(
                self.tr("Very serious accident")
                if triage.very_serious
                else self.tr("Serious accident")
            )
            for task in triage.tasks:
                lines.append(
                    "• "
                    + self.tr("{task}, by {due}, for {who}").format(
                        task=label(TASKS, task.key),
                        due=format_date(task.due, current_language()),
                        who=label(ASSIGNEES, task.assignee),
                    )
                )
        for key in coverage.client_obligations:
            lines.append("• " + label(CLIENT_OBLIGATIONS, key))
        if assessment.simplified_allowed:
            lines.append(
                self.tr("The simplified declaration may be used (under 4 days, back at work).")
            )
        if assessment.fiche_required:
            lines.append(
                self.tr(
                    "4 days of incapacity or more: this declaration serves as the accident fiche."
                )
            )
        self.details.setText("\n".join(lines))
        self.details.setVisible(bool(lines))
        self._color(self.details, BAD if triage.serious else "#333333")
