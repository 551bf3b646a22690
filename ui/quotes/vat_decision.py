"""An adviser decides a line's VAT: settles a `review` line, or overrides a definite answer.

Either way a reason of at least 10 characters is required and kept in the quote's
history (issue 3 §3). The form starts from the VAT check's most likely answer; choosing
something else than the check proposes is an override, flagged in the quote list.
"""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
)

from app.domain.quotes.quote_rules import offered_rates
from app.domain.quotes.vat import TREATMENTS, Likely
from app.domain.quotes.vat_rules import rulebook
from app.services.context import ServiceContext
from app.services.quotes import quotes as quote_service
from app.services.quotes.quotes import MIN_REASON_LENGTH, LineView
from ui.dialogs.field_messages import FieldMessages, MessageBar, error_label
from ui.dialogs.service_dialog import ServiceDialog
from ui.labels import label
from ui.quotes.texts import VAT_TREATMENTS
from ui.worker import Worker


def vat_answer_text(treatment: str, rate: str | None) -> str:
    """The answer in words: "21 % VAT", "Exempt", "Reverse charge"..."""
    if treatment == "taxable":
        return QCoreApplication.translate("VatTexts", "{rate} % VAT").format(rate=rate or "?")
    return label(VAT_TREATMENTS, treatment)


def legal_bases(treatment: str, rate: str | None, on: date) -> list[str]:
    """The citations the rule tables use for a treatment (and rate), for the suggestions."""
    book = rulebook()
    if treatment == "taxable":
        found = [
            row.legal_basis
            for rows in book.rates.values()
            for row in rows
            if row.rate == rate and row.valid_from <= on <= row.valid_to
        ]
    else:
        found = [
            outcome.legal_basis
            for outcome in book.outcomes.values()
            if outcome.treatment == treatment and "{" not in outcome.legal_basis
        ]
    return list(dict.fromkeys(found))


class VatDecisionDialog(ServiceDialog):
    decided = Signal(str)  # the line's id

    def __init__(
        self,
        worker: Worker,
        ctx: ServiceContext,
        line: LineView,
        issue_date: date,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("vatDecisionDialog")
        self._worker = worker
        self._ctx = ctx
        self._line = line
        self._issue_date = issue_date
        proposal = line.likely if line.review else None
        start = proposal or Likely(line.treatment, line.rate, line.legal_basis)

        self.about = QLabel()
        self.about.setWordWrap(True)
        self.engine = QLabel()
        self.engine.setObjectName("engineAnswer")
        self.engine.setWordWrap(True)
        self.treatment = QComboBox()
        self.treatment.setObjectName("treatment")
        for code in TREATMENTS:
            self.treatment.addItem("", code)
        self.rate = QComboBox()
        self.rate.setObjectName("rate")
        for rate in offered_rates(issue_date):  # the rate table's, on the quote's date
            self.rate.addItem(f"{rate} %", rate)
        self.legal_basis = QComboBox()
        self.legal_basis.setObjectName("legalBasis")
        self.legal_basis.setEditable(True)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("reason")
        self.reason.setMinimumHeight(self.fontMetrics().height() * 4)
        self.reason.setMaximumHeight(self.fontMetrics().height() * 7)
        self.reason_count = QLabel()
        self.reason_count.setObjectName("detailHint")
        self.effect = MessageBar()
        self.bar = MessageBar()
        self.fields = FieldMessages(self.bar)
        self.form = QFormLayout()
        self._captions: dict[str, QLabel] = {}
        for field, widget in (
            ("treatment", self.treatment),
            ("rate", self.rate),
            ("legal_basis", self.legal_basis),
            ("reason", self.reason),
        ):
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(widget)
            if field == "reason":
                box.addWidget(self.reason_count)
            box.addWidget(self.fields.add(field, error_label()))
            caption = QLabel()
            self._captions[field] = caption
            self.form.addRow(caption, box)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.decide)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.about)
        layout.addWidget(self.engine)
        layout.addLayout(self.form)
        layout.addWidget(self.effect)
        layout.addWidget(self.bar)
        layout.addWidget(self.buttons)

        self.treatment.setCurrentIndex(max(self.treatment.findData(start.treatment), 0))
        if start.rate:
            self.rate.setCurrentIndex(max(self.rate.findData(start.rate), 0))
        self._fill_bases(start.legal_basis or "")
        self.reason.setPlainText(line.override_reason)
        self.treatment.currentIndexChanged.connect(self._choice_changed)
        self.rate.currentIndexChanged.connect(self._choice_changed)
        self.reason.textChanged.connect(self._update_count)
        self.retranslate()
        self.setMinimumWidth(600)
        self.adjustSize()

    def _fill_bases(self, keep: str = "") -> None:
        treatment = self.treatment.currentData()
        rate = self.rate.currentData() if treatment == "taxable" else None
        self.rate.setEnabled(treatment == "taxable")
        bases = legal_bases(treatment, rate, self._issue_date)
        current = keep or (bases[0] if bases else "")
        self.legal_basis.clear()
        self.legal_basis.addItems(bases)
        self.legal_basis.setEditText(current)

    def _choice_changed(self, *_args) -> None:
        self._fill_bases()
        self._update_effect()

    def _is_override(self) -> bool:
        line = self._line
        treatment = self.treatment.currentData()
        rate = self.rate.currentData() if treatment == "taxable" else None
        proposal = line.likely
        return not (
            line.review
            and proposal is not None
            and (proposal.treatment, proposal.rate) == (treatment, rate)
        )

    def _update_effect(self) -> None:
        if self._is_override():
            self.effect.show_message(
                self.tr(
                    "This overrides the VAT check. The quote list will flag the quote, and "
                    "your reason is kept in its history."
                ),
                "warning",
            )
        else:
            self.effect.show_message(
                self.tr("This confirms the treatment the VAT check proposes; your reason is kept."),
                "info",
            )

    def _update_count(self) -> None:
        length = len(self.reason.toPlainText().strip())
        self.reason_count.setText(
            self.tr("{count} characters (at least {minimum})").format(
                count=length, minimum=MIN_REASON_LENGTH
            )
        )

    def choose(self, treatment: str, rate: str | None = None, legal_basis: str = "") -> None:
        """Set the decision as the adviser would pick it (for tests and scripts)."""
        self.treatment.setCurrentIndex(self.treatment.findData(treatment))
        if rate is not None:
            self.rate.setCurrentIndex(self.rate.findData(rate))
        if legal_basis:
            self.legal_basis.setEditText(legal_basis)

    def decide(self) -> None:
        if self.busy:
            return
        self.fields.clear()
        treatment = self.treatment.currentData()
        self._pending += 1
        self._worker.submit(
            quote_service.decide_line_vat,
            self._ctx,
            self._line.id,
            treatment,
            self.rate.currentData() if treatment == "taxable" else None,
            self.legal_basis.currentText(),
            self.reason.toPlainText(),
            on_result=self._done,
            on_error=self._failed,
        )

    def _done(self, _none) -> None:
        self._pending -= 1
        self.decided.emit(self._line.id)
        self.accept()

    def retranslate(self) -> None:
        line = self._line
        self.setWindowTitle(self.tr("Decide VAT"))
        self.about.setText(
            self.tr("Line {position}: <b>{description}</b>").format(
                position=line.position, description=html.escape(line.description, quote=False)
            )
        )
        answer = vat_answer_text(line.treatment, line.rate)
        if line.review:
            head = self.tr("The VAT check could not decide this line on its own.")
            if line.likely:
                likely = line.likely
                head += " " + self.tr("Most likely: {answer} ({basis}).").format(
                    answer=vat_answer_text(likely.treatment, likely.rate),
                    basis=likely.legal_basis,
                )
        else:
            head = self.tr("The VAT check answers: {answer} ({basis}).").format(
                answer=answer, basis=line.legal_basis
            )
        reasons = "".join(f"<li>{html.escape(text, quote=False)}</li>" for text in line.reasons)
        self.engine.setText(head + (f"<ul>{reasons}</ul>" if reasons else ""))
        self._captions["treatment"].setText(self.tr("Treatment"))
        self._captions["rate"].setText(self.tr("Rate"))
        self._captions["legal_basis"].setText(self.tr("Legal basis"))
        self._captions["reason"].setText(self.tr("Why (kept in the history)"))
        for index in range(self.treatment.count()):
            self.treatment.setItemText(index, label(VAT_TREATMENTS, self.treatment.itemData(index)))
        self.reason.setPlaceholderText(
            self.tr("e.g. Bouquet of cut flowers only; the ribbon is under 20 % of the price.")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Decide"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._update_count()
        self._update_effect()
