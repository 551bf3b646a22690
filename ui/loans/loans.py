"""Loans: the list (an adviser: their office; a reviewer: what waits for a decision), the
selected application (the form that saves as you type, the computed review file, the
reviewer's decision, the repayments with balance and arrears), and the overview of the
office or the cooperative as a table and a chart, exported as CSV.

Every service call goes through the window's worker; the GUI thread never touches the
database.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.loans.loan_rules import purposes
from app.formatting import format_date, format_money, format_number
from app.services.context import ServiceContext
from app.services.loans import figures as figure_service
from app.services.loans import loans as loan_service
from app.services.loans.loans import LoanDraft, LoanRow, LoanView
from app.services.permissions import reads_all_offices
from ui.dialogs.field_messages import MessageBar
from ui.i18n import current_language
from ui.labels import label
from ui.loans.texts import EVIDENCE_KINDS, LOAN_PURPOSES, LOAN_STATES
from ui.messages import error_text, field_problems, message_text
from ui.worker import Worker

SAVE_DELAY_MS = 500
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LATE_COLOUR = "#a04000"  # as the review file's flags


def _money(value: Decimal | None) -> str:
    return "" if value is None else format_money(value, current_language())


def _item(text: str, align: Qt.AlignmentFlag | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if align is not None:
        item.setTextAlignment(align)
    return item


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class ReadOrEdit(QWidget):
    """A field of the application: its input while the application may be edited, its
    value as plain, selectable text once it may not (a decided loan reads as a record, not
    as greyed-out inputs)."""

    def __init__(self, editor: QWidget, parent=None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(editor)
        layout.addWidget(self.text)
        self.text.hide()

    def set_editable(self, editable: bool, text: str = "") -> None:
        self.editor.setVisible(editable)
        self.text.setVisible(not editable)
        self.text.setText(text or "—")


def _form(box: QWidget) -> QFormLayout:
    """A form that puts a field under its label when both do not fit the panel's width."""
    form = QFormLayout(box)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


def _problems(error: BaseException) -> str:
    texts = field_problems(error)
    return "\n".join(dict.fromkeys(texts.values())) if texts else error_text(error)


class NewLoanDialog(QDialog):
    """Choose the Activity a new application is for (search by its or its holder's name)."""

    def __init__(self, worker: Worker, ctx: ServiceContext, parent=None) -> None:
        super().__init__(parent)
        self._worker, self._ctx = worker, ctx
        self.setWindowTitle(self.tr("New loan application"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Activity or member name"))
        self.results = QListWidget()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start application"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("For which Activity?")))
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        layout.addWidget(buttons)
        self._generation = 0
        self.search.textChanged.connect(self._find)
        self.results.itemDoubleClicked.connect(lambda _item: self.accept())
        self.resize(460, 380)
        self._find("")

    def _find(self, text: str) -> None:
        self._generation += 1
        generation = self._generation
        self._worker.submit(
            loan_service.activities_for_loan,
            self._ctx,
            text,
            on_result=lambda rows: self._show(rows, generation),
        )

    def _show(self, rows, generation: int) -> None:
        if generation != self._generation:
            return
        self.results.clear()
        for row in rows:
            item = QListWidgetItem(f"{row.activity_name} — {row.member_name}")
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.results.addItem(item)
        if rows:
            self.results.setCurrentRow(0)

    def activity_id(self) -> str | None:
        item = self.results.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None


class LoanPanel(QScrollArea):
    """One application: form, review file, decision, repayments, documents."""

    changed = Signal(str)  # the loan id, after a write

    def __init__(self, worker: Worker, ctx: ServiceContext, parent=None) -> None:
        super().__init__(parent)
        self._worker, self._ctx = worker, ctx
        self.view: LoanView | None = None
        self._loading = False
        self.setWidgetResizable(True)
        # as needed, not always off: everything below wraps to the panel's width, so a
        # horizontal bar never shows (a test checks it) instead of hiding what is cut
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setMinimumWidth(360)
        body = QWidget()
        self.setWidget(body)
        layout = QVBoxLayout(body)

        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        self.subtitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.bar = MessageBar()
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.bar)

        # --- the application (adviser) --------------------------------------------------
        self.form_box = QGroupBox(self.tr("Application"))
        form = _form(self.form_box)
        self.purpose = QComboBox()
        self.purpose.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.purpose.setMinimumContentsLength(12)
        for key in purposes():
            self.purpose.addItem(label(LOAN_PURPOSES, key), key)
        self.amount = QLineEdit()
        self.months = QLineEdit()
        self.first_due = QDateEdit()
        self.first_due.setCalendarPopup(True)
        self.first_due.setDisplayFormat("yyyy-MM-dd")
        self.explanation = QPlainTextEdit()
        self.explanation.setPlaceholderText(self.tr("The member's explanation of the need"))
        self.explanation.setFixedHeight(64)
        self.items = QPlainTextEdit()
        self.items.setPlaceholderText(self.tr("One item a line: description; price"))
        self.items.setFixedHeight(56)
        self.assessment = QPlainTextEdit()
        self.assessment.setPlaceholderText(self.tr("Your assessment for the reviewer"))
        self.assessment.setFixedHeight(56)
        self.evidence_list = QLabel()
        self.evidence_list.setWordWrap(True)
        self.evidence_kind = QComboBox()
        self.evidence_kind.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.evidence_kind.setMinimumContentsLength(10)
        for key in EVIDENCE_KINDS:
            self.evidence_kind.addItem(label(EVIDENCE_KINDS, key), key)
        self.attach_button = QPushButton(self.tr("Attach…"))
        self.evidence_row = QWidget()
        evidence_row = QHBoxLayout(self.evidence_row)
        evidence_row.setContentsMargins(0, 0, 0, 0)
        evidence_row.addWidget(self.evidence_kind, 1)
        evidence_row.addWidget(self.attach_button)
        self.saved = QLabel()
        self.submit_button = QPushButton(self.tr("Submit for decision"))
        # each input with its read-only text, in the form's order
        self.fields = {
            name: ReadOrEdit(editor)
            for name, editor in (
                ("purpose", self.purpose),
                ("amount", self.amount),
                ("months", self.months),
                ("first_due", self.first_due),
                ("explanation", self.explanation),
                ("items", self.items),
                ("assessment", self.assessment),
            )
        }
        form.addRow(self.tr("Purpose"), self.fields["purpose"])
        form.addRow(self.tr("Amount (EUR)"), self.fields["amount"])
        form.addRow(self.tr("Term (months)"), self.fields["months"])
        form.addRow(self.tr("First instalment due"), self.fields["first_due"])
        form.addRow(self.tr("Explanation"), self.fields["explanation"])
        form.addRow(self.tr("Items"), self.fields["items"])
        form.addRow(self.tr("Evidence"), self.evidence_list)
        form.addRow("", self.evidence_row)
        self._form = form
        form.addRow(self.tr("Assessment"), self.fields["assessment"])
        submit_row = QHBoxLayout()
        submit_row.addWidget(self.saved, 1)
        submit_row.addWidget(self.submit_button)
        form.addRow(submit_row)
        layout.addWidget(self.form_box)

        # --- the review file (computed) ---------------------------------------------------
        self.review_box = QGroupBox(self.tr("Review file (computed)"))
        self.review_text = QLabel()
        self.review_text.setWordWrap(True)
        self.review_text.setTextFormat(Qt.TextFormat.RichText)
        QVBoxLayout(self.review_box).addWidget(self.review_text)
        layout.addWidget(self.review_box)

        # --- the decision (reviewer) --------------------------------------------------------
        self.decision_box = QGroupBox(self.tr("Decision"))
        decision = _form(self.decision_box)
        self.approve_amount = QLineEdit()
        self.approve_months = QLineEdit()
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(self.tr("For a refusal: the reason, written for the member"))
        self.reason.setFixedHeight(56)
        self.approve_button = QPushButton(self.tr("Approve"))
        self.refuse_button = QPushButton(self.tr("Refuse"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.refuse_button)
        buttons.addWidget(self.approve_button)
        decision.addRow(self.tr("Approved amount (EUR)"), self.approve_amount)
        decision.addRow(self.tr("Approved term (months)"), self.approve_months)
        decision.addRow(self.tr("Reason"), self.reason)
        decision.addRow(buttons)
        layout.addWidget(self.decision_box)
        self.decided = QLabel()
        self.decided.setWordWrap(True)
        layout.addWidget(self.decided)

        # --- repayments -------------------------------------------------------------------
        self.repay_box = QGroupBox(self.tr("Repayments"))
        repay = QVBoxLayout(self.repay_box)
        self.balance = QLabel()
        self.balance.setObjectName("loanBalance")
        self.balance.setWordWrap(True)
        repay.addWidget(self.balance)
        self.schedule = _table(
            [
                self.tr("No."),
                self.tr("Due"),
                self.tr("Amount"),
                self.tr("Paid"),
                self.tr("Balance after"),
                self.tr("Late"),
            ]
        )
        self.schedule.horizontalHeaderItem(5).setToolTip(self.tr("Days late"))
        self.schedule.setMinimumHeight(180)
        self.schedule.horizontalHeader().setStretchLastSection(False)
        self.schedule.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for column in (0, 1, 5):  # number, date, days: as wide as they need
            self.schedule.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        self.schedule.horizontalHeader().setMinimumSectionSize(24)
        self.schedule.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        repay.addWidget(self.schedule)
        pay_row = QHBoxLayout()
        self.payment = QLineEdit()
        self.payment.setPlaceholderText(self.tr("Amount received"))
        self.paid_on = QDateEdit(QDate.currentDate())
        self.paid_on.setCalendarPopup(True)
        self.paid_on.setDisplayFormat("yyyy-MM-dd")
        self.pay_button = QPushButton(self.tr("Record payment"))
        self.repay_all_button = QPushButton(self.tr("Repay the balance"))
        # two lines, so that the panel stays narrow in every language
        pay_row.addWidget(self.payment, 1)
        pay_row.addWidget(self.paid_on)
        repay.addLayout(pay_row)
        pay_buttons = QHBoxLayout()
        pay_buttons.addStretch(1)
        pay_buttons.addWidget(self.repay_all_button)
        pay_buttons.addWidget(self.pay_button)
        repay.addLayout(pay_buttons)
        layout.addWidget(self.repay_box)

        # --- documents --------------------------------------------------------------------
        docs = QHBoxLayout()
        self.agreement_button = QPushButton(self.tr("Loan agreement (PDF)…"))
        self.refusal_button = QPushButton(self.tr("Refusal letter (PDF)…"))
        docs.addStretch(1)
        docs.setContentsMargins(0, 0, 0, 0)
        docs.addWidget(self.agreement_button)
        docs.addWidget(self.refusal_button)
        layout.addLayout(docs)
        layout.addStretch(1)

        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_now)
        for edit in (self.amount, self.months):
            edit.textEdited.connect(self._typed)
        for edit in (self.explanation, self.items, self.assessment):
            edit.textChanged.connect(self._typed)
        self.purpose.currentIndexChanged.connect(self._typed)
        self.first_due.dateChanged.connect(self._typed)
        self.attach_button.clicked.connect(self._attach)
        self.submit_button.clicked.connect(self.submit)
        self.approve_button.clicked.connect(lambda: self.decide(True))
        self.refuse_button.clicked.connect(lambda: self.decide(False))
        self.pay_button.clicked.connect(self.record_payment)
        self.repay_all_button.clicked.connect(self.repay_all)
        self.agreement_button.clicked.connect(lambda: self._document("agreement"))
        self.refusal_button.clicked.connect(lambda: self._document("refusal"))
        for widget in (self.purpose, self.evidence_kind):
            widget.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            widget.setMinimumContentsLength(12)
        for widget in (
            self.amount,
            self.months,
            self.explanation,
            self.items,
            self.assessment,
            self.approve_amount,
            self.approve_months,
            self.reason,
            self.payment,
        ):
            widget.setMinimumWidth(100)
        self.show_loan(None)

    # --- showing ---------------------------------------------------------------------------

    def load(self, loan_id: str) -> None:
        self._worker.submit(self._fetch, loan_id, on_result=self._shown, on_error=self._error)

    def _fetch(self, loan_id: str):
        view = loan_service.loan_view(self._ctx, loan_id)
        review = None
        if view.review is None:
            review = loan_service.compute_review(self._ctx, loan_id).to_json()
        return view, review or view.review

    def _shown(self, result) -> None:
        view, review = result
        self.show_loan(view, review)

    def show_loan(self, view: LoanView | None, review: dict | None = None) -> None:
        self._loading = True
        self.view = view
        self.bar.clear_message()
        lang = current_language()
        for box in (self.form_box, self.review_box, self.decision_box, self.repay_box):
            box.setVisible(view is not None)
        self.decided.setVisible(False)
        self.agreement_button.setVisible(view is not None and view.state == "approved")
        self.refusal_button.setVisible(view is not None and view.state == "refused")
        if view is None:
            self.title.setText(self.tr("No application selected"))
            self.subtitle.setText(self.tr("Choose a loan in the list, or start a new application."))
            self._loading = False
            return
        self.title.setText(f"{view.reference} · {label(LOAN_STATES, view.state)}")
        self.subtitle.setText(
            self.tr("{member}, {activity} · prepared by {adviser} · OGM {ogm}")
            .format(
                member=view.member_name,
                activity=view.activity_name,
                adviser=view.prepared_by_name or "—",
                ogm=view.ogm,
            )
            # one line each: who, who prepared it, the communication (never cut)
            .replace(" · ", "\n", 2)
        )
        index = self.purpose.findData(view.purpose)
        self.purpose.setCurrentIndex(max(index, 0))
        self.amount.setText(f"{view.amount:.2f}" if view.amount else "")
        self.months.setText(str(view.months) if view.months else "")
        due = view.first_due or date.today()
        self.first_due.setDate(QDate(due.year, due.month, due.day))
        if self.explanation.toPlainText() != view.explanation:
            self.explanation.setPlainText(view.explanation)
        items = "\n".join(f"{i.get('description', '')}; {i.get('price', '')}" for i in view.items)
        if self.items.toPlainText() != items:
            self.items.setPlainText(items)
        if self.assessment.toPlainText() != view.assessment:
            self.assessment.setPlainText(view.assessment)
        kinds = {a.id: view.evidence.get(a.id) for a in view.attachments}
        self.evidence_list.setText(
            "\n".join(
                f"{label(EVIDENCE_KINDS, kinds[a.id]) if kinds[a.id] else '—'}: {a.filename}"
                for a in view.attachments
            )
            or self.tr("Nothing attached yet")
        )
        self._show_fields(view, items, lang)
        self.submit_button.setVisible(view.can_edit and view.state == "draft")
        self.saved.setText("")
        self._show_review(review)
        self.decision_box.setVisible(view.can_decide)
        self.approve_amount.setText(f"{view.amount:.2f}")
        self.approve_months.setText(str(view.months))
        self.reason.clear()
        if view.state in ("approved", "refused"):
            self.decided.setVisible(True)
            if view.state == "approved":
                text = self.tr("Approved by {who}: {amount} over {months} months.").format(
                    who=view.decided_by_name,
                    amount=_money(view.approved_amount),
                    months=view.approved_months,
                )
            else:
                text = self.tr("Refused by {who}: {reason}").format(
                    who=view.decided_by_name, reason=view.decision_reason
                )
            self.decided.setText(text)
        self.repay_box.setVisible(view.state == "approved")
        self.balance.setText(
            self.tr("Balance {balance} · in arrears {arrears} ({days} days late)").format(
                balance=_money(view.balance),
                arrears=_money(view.arrears),
                days=format_number(view.arrears_days, lang),
            )
        )
        self.schedule.setRowCount(len(view.instalments))
        for row, i in enumerate(view.instalments):
            cells = (
                (str(i.number), None),
                (format_date(i.due, lang), None),
                (_money(i.amount), RIGHT),
                (_money(i.paid), RIGHT),
                (_money(i.balance_after), RIGHT),
                (str(i.late_days) if i.late_days else "", RIGHT),
            )
            for column, (text, align) in enumerate(cells):
                self.schedule.setItem(row, column, _item(text, align))
        for widget in (self.payment, self.paid_on, self.pay_button, self.repay_all_button):
            widget.setEnabled(view.can_pay)
        self._loading = False

    def _show_fields(self, view: LoanView, items: str, lang: str) -> None:
        """Inputs while the application may be edited, its values as text once not."""
        editable = view.can_edit
        texts = {
            "purpose": label(LOAN_PURPOSES, view.purpose) if view.purpose else "",
            "amount": _money(view.amount) if view.amount else "",
            "months": format_number(view.months, lang) if view.months else "",
            "first_due": format_date(view.first_due, lang) if view.first_due else "",
            "explanation": view.explanation,
            "items": "\n".join(
                f"{i.get('description', '')}: {_money(Decimal(str(i['price'])))}"
                if i.get("price") not in (None, "")
                else str(i.get("description", ""))
                for i in view.items
            ),
            "assessment": view.assessment,
        }
        for name, field in self.fields.items():
            field.set_editable(editable, texts[name])
        self._form.setRowVisible(self.evidence_row, editable)

    def _show_review(self, review: dict | None) -> None:
        if not review:
            self.review_text.setText(self.tr("Computed when the application is submitted."))
            return
        lang = current_language()
        money = {
            k: _money(Decimal(review[k]))
            for k in (
                "invoiced_12m",
                "werkbudget_12m",
                "outstanding_loans",
                "arrears",
                "instalment",
                "average_monthly_income",
            )
        }
        share = review.get("instalment_share")
        lines = [
            self.tr("Activity started {date} ({months} months ago)").format(
                date=format_date(date.fromisoformat(review["activity_started"]), lang),
                months=review["activity_age_months"],
            ),
            self.tr("Invoiced in the last 12 months: {amount}").format(
                amount=money["invoiced_12m"]
            ),
            self.tr("Werkbudget in the last 12 months: {amount}").format(
                amount=money["werkbudget_12m"]
            ),
            self.tr("Still owed on other loans: {amount}; in arrears: {late}").format(
                amount=money["outstanding_loans"], late=money["arrears"]
            ),
            self.tr(
                "Instalment {instalment} against an average monthly income of {average}{share}"
            ).format(
                instalment=money["instalment"],
                average=money["average_monthly_income"],
                share=f" ({share} %)" if share is not None else "",
            ),
        ]
        flags = [
            "⚑ " + message_text(f"loans.flag.{f['code']}", f["params"]) for f in review["flags"]
        ]
        html = "<br>".join(lines)
        if flags:
            html += f"<br><span style='color:{LATE_COLOUR}'>" + "<br>".join(flags) + "</span>"
        else:
            html += "<br>" + self.tr("No rule threshold crossed.")
        self.review_text.setText(html)

    # --- writing ----------------------------------------------------------------------------

    def _draft(self) -> LoanDraft:
        items = []
        for line in self.items.toPlainText().splitlines():
            if not line.strip():
                continue
            description, _, price = line.rpartition(";")
            if not _:
                description, price = line, ""
            items.append({"description": description.strip(), "price": price.strip() or None})
        qdate = self.first_due.date()
        return LoanDraft(
            purpose=self.purpose.currentData(),
            amount=self.amount.text(),
            months=self.months.text(),
            first_due=date(qdate.year(), qdate.month(), qdate.day()),
            explanation=self.explanation.toPlainText(),
            items=items,
            assessment=self.assessment.toPlainText(),
        )

    def _typed(self, *_args) -> None:
        if self._loading or self.view is None or not self.view.can_edit:
            return
        self.saved.setText(self.tr("Saving…"))
        self._save_timer.start()

    def save_now(self) -> None:
        self._save_timer.stop()
        if self.view is None or not self.view.can_edit:
            return
        loan_id = self.view.id
        self._worker.submit(
            loan_service.save_draft,
            self._ctx,
            loan_id,
            self._draft(),
            on_result=lambda _changes: self._saved(loan_id),
            on_error=self._save_error,
        )

    def _saved(self, loan_id: str) -> None:
        if self.view is not None and self.view.id == loan_id:
            self.saved.setText(self.tr("Saved"))
            self.bar.clear_message()
        self.changed.emit(loan_id)

    def _save_error(self, error: BaseException) -> None:
        self.saved.setText(self.tr("Not saved"))
        self.bar.show_message(_problems(error))

    def _error(self, error: BaseException) -> None:
        self.bar.show_message(_problems(error))

    def _after_write(self, loan_id: str) -> None:
        self.changed.emit(loan_id)
        self.load(loan_id)

    def submit(self) -> None:
        if self.view is None:
            return
        self.save_now()
        loan_id = self.view.id
        self._worker.submit(
            loan_service.submit_application,
            self._ctx,
            loan_id,
            self.assessment.toPlainText(),
            on_result=lambda _c: self._after_write(loan_id),
            on_error=self._error,
        )

    def decide(self, approve: bool) -> None:
        if self.view is None:
            return
        loan_id = self.view.id
        self._worker.submit(
            loan_service.decide_application,
            self._ctx,
            loan_id,
            approve,
            self.reason.toPlainText(),
            self.approve_amount.text() if approve else None,
            self.approve_months.text() if approve else None,
            on_result=lambda _c: self._after_write(loan_id),
            on_error=self._error,
        )

    def record_payment(self) -> None:
        if self.view is None:
            return
        loan_id = self.view.id
        qdate = self.paid_on.date()
        self._worker.submit(
            loan_service.record_payment,
            self._ctx,
            loan_id,
            self.payment.text(),
            date(qdate.year(), qdate.month(), qdate.day()),
            on_result=lambda _b: (self.payment.clear(), self._after_write(loan_id)),
            on_error=self._error,
        )

    def repay_all(self) -> None:
        if self.view is None:
            return
        loan_id = self.view.id
        self._worker.submit(
            loan_service.repay_balance,
            self._ctx,
            loan_id,
            on_result=lambda _b: self._after_write(loan_id),
            on_error=self._error,
        )

    def _attach(self) -> None:
        if self.view is None:
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Attach evidence"))
        if path:
            self.attach_file(self.evidence_kind.currentData(), path)

    def attach_file(self, kind: str, path: str) -> None:
        loan_id = self.view.id

        def run():
            data = Path(path).read_bytes()
            return loan_service.attach_evidence(self._ctx, loan_id, kind, Path(path).name, data)

        self._worker.submit(
            run, on_result=lambda _i: self._after_write(loan_id), on_error=self._error
        )

    def _document(self, kind: str) -> None:
        if self.view is None:
            return
        suggested = f"{self.view.reference}-{kind}.pdf"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the PDF"), suggested, self.tr("PDF (*.pdf)")
        )
        if path:
            self.write_document(kind, path)

    def write_document(self, kind: str, path: str) -> None:
        from app.services.loans import documents

        loan_id = self.view.id
        self._worker.submit(
            documents.write_loan_document,
            self._ctx,
            loan_id,
            kind,
            Path(path),
            on_result=lambda _p: self.bar.show_message(
                self.tr("Saved as {path}").format(path=path), "info"
            ),
            on_error=self._error,
        )


def _import_chart():
    """The chart's class, its module (pyqtgraph, numpy) imported here, on the worker."""
    from ui.loans.chart import LoansChart

    return LoansChart


class LoansView(QWidget):
    def __init__(self, worker: Worker, ctx: ServiceContext, parent=None) -> None:
        super().__init__(parent)
        self._worker, self._ctx = worker, ctx
        self.rows: list[LoanRow] = []
        self.figures = None
        reviewer = ctx.user.role == "loan_reviewer"
        writer = ctx.user.role in ("adviser", "admin")

        top = QHBoxLayout()
        self.show_filter = QComboBox()
        self.show_filter.addItem(self.tr("To decide"), "to_decide")
        self.show_filter.addItem(self.tr("All loans"), "all")
        self.show_filter.addItem(self.tr("In arrears"), "arrears")
        self.show_filter.setCurrentIndex(0 if reviewer else 1)
        self.new_button = QPushButton(self.tr("New application…"))
        self.new_button.setVisible(writer)
        top.addWidget(QLabel(self.tr("Show")))
        top.addWidget(self.show_filter)
        top.addStretch(1)
        top.addWidget(self.new_button)

        # what tells the loans apart at a glance; the Activity, purpose, term and balance
        # are in each row's tooltip and in the panel on the right
        self.table = _table(
            [self.tr("Reference"), self.tr("Member"), self.tr("Amount"), self.tr("State")]
        )
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        overview = QGroupBox(self.tr("Overview, last 12 months"))
        overview_layout = QVBoxLayout(overview)
        scope_row = QHBoxLayout()
        self.scope = QComboBox()
        self.scope.addItem(
            self.tr("All offices") if reads_all_offices(ctx.user) else self.tr("My office"),
            "office",
        )
        self.scope.addItem(self.tr("The cooperative"), "cooperative")
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        scope_row.addWidget(self.scope)
        scope_row.addStretch(1)
        scope_row.addWidget(self.export_button)
        overview_layout.addLayout(scope_row)
        overview_layout.addWidget(self.summary)
        # the chart (pyqtgraph, numpy) is made after the view's first paint: its module is
        # imported on the worker thread (a quarter of a second at least), after the list and
        # the figures were read, so the table shows at once and a placeholder says the
        # chart is on its way; then the chart takes the placeholder's place
        self.chart = None
        self.chart_placeholder = QLabel(self.tr("Drawing the chart…"))
        self.chart_placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chart_placeholder.setMinimumHeight(180)
        self._overview_layout = overview_layout
        self.figures_table = _table([])
        self.figures_table.horizontalHeader().setStretchLastSection(False)
        # the chart and the table per month each get the whole overview
        self.overview_tabs = QTabWidget()
        self.overview_tabs.setDocumentMode(True)
        self._chart_page = QWidget()
        chart_layout = QVBoxLayout(self._chart_page)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_layout.addWidget(self.chart_placeholder)
        self.overview_tabs.addTab(self._chart_page, self.tr("Chart"))
        self.overview_tabs.addTab(self.figures_table, self.tr("Per month"))
        overview_layout.addWidget(self.overview_tabs, 1)

        left = QSplitter(Qt.Orientation.Vertical)
        list_box = QWidget()
        list_layout = QVBoxLayout(list_box)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addLayout(top)
        list_layout.addWidget(self.table)
        left.addWidget(list_box)
        left.addWidget(overview)
        left.setSizes([280, 440])

        self.panel = LoanPanel(worker, ctx)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.panel)
        splitter.setSizes([520, 520])
        splitter.setStretchFactor(0, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.show_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.scope.currentIndexChanged.connect(lambda _i: self.refresh_figures())
        self.table.itemSelectionChanged.connect(self._selected)
        self.new_button.clicked.connect(self.new_application)
        self.export_button.clicked.connect(self._export)
        self.panel.changed.connect(self._changed)
        self._started = False
        self._chart_asked = False

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._started:
            self._started = True
            self.refresh()

    def _make_chart(self, chart_class) -> None:
        """Put the chart where its placeholder was and draw the figures read so far."""
        self.chart = chart_class()
        self._chart_page.layout().replaceWidget(self.chart_placeholder, self.chart)
        self.chart_placeholder.hide()
        self.chart.show()  # now, not at the layout's queued show
        if self.figures is not None:
            self.chart.show_figures(self.figures, self.month_names(self.figures))

    # --- list -------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.refresh_list()
        self.refresh_figures()

    def refresh_list(self, select: str | None = None) -> None:
        which = self.show_filter.currentData()
        ctx = self._ctx

        def fetch():
            if which == "arrears":
                return loan_service.loans_in_arrears(ctx)
            return loan_service.list_loans(ctx, to_decide=which == "to_decide")

        self._worker.submit(fetch, on_result=lambda rows: self._show_rows(rows, select))

    def _show_rows(self, rows: list[LoanRow], select: str | None) -> None:
        current = select or self.current_id()
        self.rows = rows
        lang = current_language()
        self.table.blockSignals(True)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            # only an approved loan can be late: then how late says more than its state
            state = (
                self.tr("{days} days late").format(days=format_number(row.arrears_days, lang))
                if row.arrears_days
                else label(LOAN_STATES, row.state)
            )
            cells = (
                (row.reference, None),
                (row.member_name, None),
                (_money(row.amount), RIGHT),
                (state, None),
            )
            tip = "\n".join(
                text
                for text in (
                    row.member_name,
                    row.activity_name,
                    label(LOAN_PURPOSES, row.purpose),
                    self.tr("{months} months").format(months=row.months) if row.months else "",
                    self.tr("Balance {balance}").format(balance=_money(row.balance))
                    if row.state == "approved"
                    else "",
                )
                if text
            )
            for c, (text, align) in enumerate(cells):
                item = _item(text, align)
                item.setToolTip(tip)
                if c == 3 and row.arrears_days:
                    item.setForeground(QColor(LATE_COLOUR))
                self.table.setItem(r, c, item)
        self.table.blockSignals(False)
        ids = [row.id for row in rows]
        if current in ids:
            self.table.selectRow(ids.index(current))
        elif self.panel.view is not None and self.panel.view.id == current:
            pass  # still shown on the right (e.g. decided, no longer "to decide")

    def current_id(self) -> str | None:
        selected = self.table.selectionModel().selectedRows()
        if not selected:
            return None
        return self.rows[selected[0].row()].id

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def _selected(self) -> None:
        loan_id = self.current_id()
        if loan_id:
            self.open_loan(loan_id)

    def open_loan(self, loan_id: str) -> None:
        if self.panel._save_timer.isActive():
            self.panel.save_now()
        self.panel.load(loan_id)

    def _changed(self, loan_id: str) -> None:
        self.refresh_list(select=loan_id)
        self.refresh_figures()

    def new_application(self) -> None:
        dialog = NewLoanDialog(self._worker, self._ctx, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.activity_id():
            self.start_application(dialog.activity_id())

    def start_application(self, activity_id: str) -> None:
        self._worker.submit(
            loan_service.create_application,
            self._ctx,
            activity_id,
            on_result=self._created,
            on_error=self.panel._error,
        )

    def _created(self, loan_id) -> None:
        self.show_filter.setCurrentIndex(self.show_filter.findData("all"))
        self.refresh_list(select=str(loan_id))
        self.panel.load(str(loan_id))

    # --- figures ----------------------------------------------------------------------------

    def refresh_figures(self) -> None:
        cooperative = self.scope.currentData() == "cooperative"
        self._worker.submit(
            figure_service.loan_figures, self._ctx, cooperative, on_result=self._show_figures
        )

    def month_names(self, figures) -> list[str]:
        from babel.dates import format_date as babel_date

        locale = {"nl": "nl_BE", "fr": "fr_BE"}.get(current_language(), "en_GB")
        return [
            babel_date(date.fromisoformat(m.month + "-01"), "MMM yy", locale=locale)
            for m in figures.months
        ]

    def _show_figures(self, figures) -> None:
        self.figures = figures
        names = self.month_names(figures)
        if self.chart is not None:
            self.chart.show_figures(figures, names)
        total = figures.total
        lang = current_language()
        self.summary.setText(
            self.tr(
                "{n} applications · {a} approved · {r} refused · {total} · average {avg}"
            ).format(
                n=total.applications,
                a=total.approved,
                r=total.refused,
                total=_money(total.total),
                avg=_money(total.average),
            )
        )
        rows = [
            (self.tr("Applications"), lambda m: format_number(m.applications, lang)),
            (self.tr("Approved"), lambda m: format_number(m.approved, lang)),
            (self.tr("Refused"), lambda m: format_number(m.refused, lang)),
            (self.tr("Total approved"), lambda m: _money(m.total)),
            (self.tr("Average"), lambda m: _money(m.average)),
        ] + [
            (label(LOAN_PURPOSES, p), lambda m, p=p: _money(m.by_purpose.get(p, Decimal(0))))
            for p in figures.purposes
        ]
        table = self.figures_table
        months = [*figures.months, total]
        table.setColumnCount(len(months))
        table.setHorizontalHeaderLabels([*names, self.tr("Total")])
        table.setRowCount(len(rows))
        table.setVerticalHeaderLabels([name for name, _ in rows])
        table.verticalHeader().show()
        for r, (_name, value) in enumerate(rows):
            for c, m in enumerate(months):
                table.setItem(r, c, _item(value(m), RIGHT))
        # the latest months and the total are what one looks at first
        table.scrollToItem(table.item(0, len(months) - 1))
        if not self._chart_asked:
            # once the list and the figures are shown: while the worker imports, each
            # Python call of the GUI thread waits for its turn at the interpreter
            self._chart_asked = True
            self._worker.submit(_import_chart, on_result=self._make_chart)

    def _export(self) -> None:
        if self.figures is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the overview"), "loans-overview.csv", self.tr("CSV (*.csv)")
        )
        if path:
            self.export_csv(path)

    def export_csv(self, path: str) -> None:
        figures = self.figures
        headers = {
            "month": self.tr("month"),
            "applications": self.tr("applications"),
            "approved": self.tr("approved"),
            "refused": self.tr("refused"),
            "total": self.tr("total approved"),
            "average": self.tr("average"),
        }
        headers.update({f"purpose:{p}": label(LOAN_PURPOSES, p) for p in figures.purposes})

        def write():
            text = figure_service.figures_csv(figures, headers)
            Path(path).write_text(text, encoding="utf-8")
            return path

        self._worker.submit(
            write,
            on_result=lambda p: self.panel.bar.show_message(
                self.tr("Exported to {path}").format(path=p), "info"
            ),
            on_error=self.panel._error,
        )
