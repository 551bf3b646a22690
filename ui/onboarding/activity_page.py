"""The page of one Activity: the budget simulator first (members ask it in every first
appointment), then the onboarding checklist with Activate, its data, its members, its
quotes with "New quote", its contracts, and the welcome summary.

The simulator computes on the GUI thread as the adviser types: it is arithmetic on the
rules file (`budget_for_amount`), no database. Everything else comes from
`activity_page` on the worker; each tick of the checklist is a service call that
answers with the page again.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.number_input import NumberInputError, parse_number
from app.formatting import format_date, format_money
from app.services.context import ServiceContext
from app.services.errors import ServiceError
from app.services.loans import loans as loan_service
from app.services.members import budget as budget_service
from app.services.onboarding import activities as onboarding_service
from app.services.onboarding.activities import ActivityPage
from ui.dialogs.field_messages import ERROR_STYLE, MessageBar
from ui.i18n import current_language
from ui.labels import label
from ui.loans.texts import LOAN_STATES
from ui.members.texts import (
    ACTIVITY_ROLES,
    ACTIVITY_STATUSES,
    CONTRACT_TYPES,
    ENTITIES,
    SECTORS,
    TOOLS,
)
from ui.messages import error_text, message_text
from ui.quotes.texts import QUOTE_STATES
from ui.worker import Worker


def _bold(widget: QLabel, scale: float = 1.0) -> QLabel:
    font = widget.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    widget.setFont(font)
    return widget


def _table(columns: int, name: str) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setObjectName(name)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class BudgetSimulator(QGroupBox):
    """Invoiced excl. VAT and expenses → contribution, werkbudget and gross wage per
    contract type, side by side."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("budgetSimulator")
        self.setStyleSheet(
            "QGroupBox#budgetSimulator { border: 2px solid #2f6db5; border-radius: 6px;"
            " margin-top: 14px; padding: 8px; } QGroupBox#budgetSimulator::title {"
            " subcontrol-origin: margin; left: 10px; padding: 0 4px; color: #1d3557; }"
        )
        self.amount = QLineEdit()
        self.amount.setObjectName("budgetAmount")
        self.expenses = QLineEdit()
        self.expenses.setObjectName("budgetExpenses")
        for edit in (self.amount, self.expenses):
            font = edit.font()
            font.setPointSizeF(font.pointSizeF() * 1.3)
            edit.setFont(font)
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.setMaximumWidth(200)
            edit.textChanged.connect(self.compute)
        self.amount_caption, self.expenses_caption = QLabel(), QLabel()
        self.amount_caption.setBuddy(self.amount)
        self.expenses_caption.setBuddy(self.expenses)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.result = QGridLayout()
        self.result.setHorizontalSpacing(18)
        self.cells: dict[tuple[int, int], QLabel] = {}
        for row in range(5):
            for column in range(4):
                cell = QLabel()
                cell.setAlignment(
                    Qt.AlignmentFlag.AlignRight if column else Qt.AlignmentFlag.AlignLeft
                )
                if row in (0, 4) or column == 0:
                    _bold(cell, 1.15 if row == 4 and column else 1.0)
                self.cells[(row, column)] = cell
                self.result.addWidget(cell, row, column)
        self.source = QLabel()
        self.source.setObjectName("budgetSource")
        self.source.setWordWrap(True)
        self.source.setStyleSheet("color: #555;")
        inputs = QFormLayout()
        inputs.addRow(self.amount_caption, self.amount)
        inputs.addRow(self.expenses_caption, self.expenses)
        layout = QVBoxLayout(self)
        layout.addLayout(inputs)
        layout.addWidget(self.error)
        layout.addLayout(self.result)
        layout.addWidget(self.source)
        self.simulations = []
        self.retranslate()

    def compute(self) -> None:
        lang = current_language()
        self.simulations = []
        try:
            amount = parse_number(self.amount.text() or "0", lang, "amount_excl_vat")
            expenses = parse_number(self.expenses.text() or "0", lang, "expenses")
            self.simulations = budget_service.budget_for_amount(amount, expenses=expenses)
            self.error.hide()
        except NumberInputError:
            self.error.setText(message_text("budget.not_decimal"))
            self.error.show()
        except ServiceError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
        self._fill()

    def _fill(self) -> None:
        lang = current_language()
        sims = self.simulations
        for column, sim in enumerate(sims, start=1):
            self.cells[(0, column)].setText(label(CONTRACT_TYPES, sim.contract_type))
            self.cells[(1, column)].setText(format_money(sim.contribution, lang))
            self.cells[(2, column)].setText(format_money(sim.werkbudget, lang))
            self.cells[(3, column)].setText(format_money(sim.expenses, lang))
            self.cells[(4, column)].setText(format_money(sim.gross_wage, lang))
        if not sims:
            for (row, column), cell in self.cells.items():
                if column:
                    cell.setText("—" if row else "")
        rate = sims[0].contribution_rate if sims else Decimal("6.5")
        self.cells[(1, 0)].setText(self.tr("Smart's contribution ({rate}%)").format(rate=rate))
        self.cells[(2, 0)].setText(self.tr("Werkbudget"))
        self.cells[(3, 0)].setText(self.tr("Expenses refunded"))
        self.cells[(4, 0)].setText(self.tr("Gross wage"))
        self.source.setText(
            self.tr(
                "Rules: {source}. The gross wage is the werkbudget less expenses, divided "
                "by the employer's cost factor of each contract type."
            ).format(source=sims[0].source if sims else "—")
        )

    def retranslate(self) -> None:
        self.setTitle(self.tr("Budget simulator: what the member keeps"))
        self.amount_caption.setText(self.tr("&Invoiced, excl. VAT (EUR)"))
        self.expenses_caption.setText(self.tr("&Expenses to refund (EUR)"))
        self.amount.setPlaceholderText("0,00")
        self.expenses.setPlaceholderText("0,00")
        self.compute()


class ActivityPageView(QScrollArea):
    """One Activity's page; `show_activity(id)` loads it on the worker."""

    back_requested = Signal()
    member_requested = Signal(str)
    changed = Signal(str)  # the Activity's id: lists that show it may redraw

    def __init__(self, worker: Worker, ctx: ServiceContext, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("activityPage")
        self.setWidgetResizable(True)
        self._worker = worker
        self._ctx = ctx
        self._pending = 0
        self.page: ActivityPage | None = None
        self.activity_id: str | None = None
        self._fresh_requests = True

        body = QWidget()
        self.back = QPushButton()
        self.back.setObjectName("backToMember")
        self.back.clicked.connect(self.back_requested)
        self.title = _bold(QLabel(), 1.5)
        self.title.setObjectName("activityTitle")
        self.title.setWordWrap(True)
        self.status = _bold(QLabel())
        self.status.setObjectName("activityStatus")
        self.bar = MessageBar()
        self.budget = BudgetSimulator()

        self.checklist_box = QGroupBox()
        self.checklist_box.setObjectName("checklist")
        self.items = QWidget()  # the items, rebuilt with each load
        self.checklist_layout = QVBoxLayout(self.items)
        self.checklist_layout.setContentsMargins(0, 0, 0, 0)
        self.checks: dict[str, QCheckBox] = {}
        self.missing = QLabel()
        self.missing.setObjectName("missing")
        self.missing.setWordWrap(True)
        self.activate = QPushButton()
        self.activate.setObjectName("activate")
        self.activate.clicked.connect(self.activate_now)
        self.welcome = QPushButton()
        self.welcome.setObjectName("welcomePdf")
        self.welcome.clicked.connect(lambda: self.save_welcome_pdf())
        checklist_buttons = QHBoxLayout()
        checklist_buttons.addWidget(self.activate)
        checklist_buttons.addWidget(self.welcome)
        checklist_buttons.addStretch(1)
        box_layout = QVBoxLayout(self.checklist_box)
        box_layout.addWidget(self.items)
        box_layout.addWidget(self.missing)
        box_layout.addLayout(checklist_buttons)

        self.documents_box = QGroupBox()
        self.documents_box.setObjectName("documents")
        self.documents_form = QFormLayout(self.documents_box)
        self.data_box = QGroupBox()
        self.data_form = QFormLayout(self.data_box)
        self.members_box = QGroupBox()
        self.members_layout = QVBoxLayout(self.members_box)
        self.quotes_box = QGroupBox()
        self.quotes = _table(5, "activityQuotes")
        self.new_quote_button = QPushButton()
        self.new_quote_button.setObjectName("newQuote")
        self.new_quote_button.clicked.connect(self.new_quote)
        quotes_layout = QVBoxLayout(self.quotes_box)
        quotes_layout.addWidget(self.new_quote_button, 0, Qt.AlignmentFlag.AlignLeft)
        quotes_layout.addWidget(self.quotes)
        self.loans_box = QGroupBox()
        self.loans_box.setObjectName("activityLoans")
        self.loans = _table(4, "activityLoansTable")
        self.loans.cellDoubleClicked.connect(self._open_loan)
        self.loan_rows: list = []
        self.apply_loan_button = QPushButton()
        self.apply_loan_button.setObjectName("applyForLoan")
        self.apply_loan_button.clicked.connect(self.apply_for_loan)
        loans_layout = QVBoxLayout(self.loans_box)
        loans_layout.addWidget(self.apply_loan_button, 0, Qt.AlignmentFlag.AlignLeft)
        loans_layout.addWidget(self.loans)
        # "Ask TeamAdmin for…" for the Activity's holder, as on the member's page
        from ui.teamadmin.member_requests import MemberRequestsSection

        self.requests = MemberRequestsSection(worker, ctx)
        self.requests.setObjectName("activityRequests")
        self.contracts_box = QGroupBox()
        self.contracts = _table(5, "activityContracts")
        QVBoxLayout(self.contracts_box).addWidget(self.contracts)

        header = QHBoxLayout()
        header.addWidget(self.back)
        header.addWidget(self.title, 1)
        header.addWidget(self.status)
        left = QVBoxLayout()
        left.addWidget(self.budget)
        left.addWidget(self.checklist_box)
        left.addWidget(self.documents_box)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.data_box)
        right.addWidget(self.members_box)
        right.addWidget(self.quotes_box)
        right.addWidget(self.loans_box)
        right.addWidget(self.requests)
        right.addWidget(self.contracts_box)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(body)
        layout.addLayout(header)
        layout.addWidget(self.bar)
        layout.addLayout(columns, 1)
        self.setWidget(body)
        self.retranslate()

    @property
    def busy(self) -> bool:
        return self._pending > 0 or self.requests.busy

    # --- loading ----------------------------------------------------------------------------

    def show_activity(self, activity_id: str) -> None:
        self.activity_id = activity_id
        self._fresh_requests = True  # shown anew: the holder's requests are read again
        self._load()

    def _load(self) -> None:
        self._pending += 1
        self._worker.submit(
            onboarding_service.activity_page,
            self._ctx,
            self.activity_id,
            current_language(),
            on_result=self._loaded,
            on_error=self._failed,
        )

    def _loaded(self, page: ActivityPage) -> None:
        self._pending -= 1
        if page.id != self.activity_id:
            return
        self.page = page
        self._render()
        holder = next((m for m in page.members if m.role == "holder"), None)
        holder = holder or (page.members[0] if page.members else None)
        if holder is None:
            self.requests.show_member(None)
        elif self._fresh_requests or holder.member_id != self.requests.member_id:
            self._fresh_requests = False
            self.requests.show_member(holder.member_id, holder.name, page.office_code)
        if self._offers_loans():
            self._pending += 1
            self._worker.submit(
                loan_service.list_loans,
                self._ctx,
                activity_id=page.id,
                on_result=lambda rows, shown=page.id: self._loans_loaded(shown, rows),
                on_error=self._failed,
            )

    def _offers_loans(self) -> bool:
        """Loans are offered where this user's window has the Loans view."""
        views = getattr(self.window(), "views", None)
        return views is not None and "loans" in views

    def _loans_loaded(self, activity_id: str, rows) -> None:
        self._pending -= 1
        if activity_id == self.activity_id:
            self.loan_rows = list(rows)
            self._render_loans()

    def _failed(self, error: BaseException) -> None:
        self._pending -= 1
        self.bar.show_message(error_text(error))

    # --- actions ----------------------------------------------------------------------------

    def tick(self, key: str, done: bool) -> None:
        self.bar.clear_message()
        self._pending += 1
        self._worker.submit(
            onboarding_service.set_checklist_item,
            self._ctx,
            self.activity_id,
            key,
            done,
            on_result=self._written,
            on_error=self._write_failed,
        )

    def activate_now(self) -> None:
        self.bar.clear_message()
        self._pending += 1
        self._worker.submit(
            onboarding_service.activate_activity,
            self._ctx,
            self.activity_id,
            on_result=self._written,
            on_error=self._write_failed,
        )

    def _written(self, _changes) -> None:
        self._pending -= 1
        self.changed.emit(self.activity_id)
        self._load()

    def _write_failed(self, error: BaseException) -> None:
        self._pending -= 1
        self.bar.show_message(error_text(error))
        self._load()

    def new_quote(self):
        """The quote list of this Activity, with the New quote dialog on it: choosing the
        client makes the draft and opens it in the quote editor."""
        from ui.members.activity_picker import ChosenActivity

        page = self.page
        window = self.window()
        if page is None or not hasattr(window, "open_quotes_for"):
            return None
        holder = next((m.name for m in page.members if m.role == "holder"), "")
        window.open_quotes_for(ChosenActivity(page.id, page.name, holder, page.entity))
        return window.quotes.new_quote()

    def apply_for_loan(self) -> None:
        """The Loans view with a new application for this Activity, as "New quote" opens
        the quote editor."""
        window = self.window()
        if self.page is not None and hasattr(window, "apply_for_loan"):
            window.apply_for_loan(self.page.id)

    def _open_loan(self, row: int, _column: int = 0) -> None:
        window = self.window()
        if 0 <= row < len(self.loan_rows) and hasattr(window, "open_loan"):
            window.open_loan(self.loan_rows[row].id)

    def _render_loans(self) -> None:
        lang = current_language()
        offered = self._offers_loans()
        self.loans_box.setVisible(offered)
        rows = self.loan_rows if offered else []
        self.loans.setRowCount(len(rows))
        for row, loan in enumerate(rows):
            for column, value in enumerate(
                (
                    loan.reference or self.tr("draft"),
                    label(LOAN_STATES, loan.state),
                    format_money(loan.amount, lang),
                    format_money(loan.balance, lang) if loan.state == "approved" else "—",
                )
            ):
                item = QTableWidgetItem(value)
                if column >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.loans.setItem(row, column, item)
        self.loans.setVisible(bool(rows))
        # who prepares applications: the advisers of the office (a reviewer only decides)
        self.apply_loan_button.setVisible(self._ctx.user.role in ("adviser", "admin"))
        self.loans_box.setTitle(self.tr("Loans ({count})").format(count=len(rows)))

    def save_welcome_pdf(self, path: str | Path | None = None) -> None:
        if self.page is None:
            return
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the welcome summary"),
                f"{self.page.name}.pdf",
                self.tr("PDF files (*.pdf)"),
            )
            if not chosen:
                return
            path = chosen
        from app.services.onboarding.welcome import save_welcome_pdf

        self._pending += 1
        self._worker.submit(
            save_welcome_pdf,
            self._ctx,
            self.activity_id,
            Path(path),
            on_result=self._pdf_saved,
            on_error=self._write_failed,
        )

    def attach(self, kind: str, path: str | None = None) -> None:
        """Attach an ID scan or the signed agreement (the file is read on the worker)."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Attach a document"))
            if not path:
                return
        self.bar.clear_message()
        self._pending += 1
        self._worker.submit(
            onboarding_service.attach_document_file,
            self._ctx,
            self.activity_id,
            kind,
            str(path),
            on_result=self._written,
            on_error=self._write_failed,
        )

    def _pdf_saved(self, path) -> None:
        self._pending -= 1
        self.bar.show_message(self.tr("Saved: {path}").format(path=path), "info")

    # --- showing ----------------------------------------------------------------------------

    def _render(self) -> None:
        page = self.page
        if page is None:
            return
        lang = current_language()
        self.title.setText(page.name or self.tr("(no name yet)"))
        self.status.setText(label(ACTIVITY_STATUSES, page.status))
        while self.data_form.rowCount():
            self.data_form.removeRow(0)
        for caption, value in (
            (self.tr("Sector"), label(SECTORS, page.sector)),
            (self.tr("Entity"), label(ENTITIES, page.entity)),
            (self.tr("Tool"), label(TOOLS, page.tool)),
            (
                self.tr("Contract types"),
                ", ".join(label(CONTRACT_TYPES, c) for c in page.contract_types) or "—",
            ),
            (self.tr("Started on"), format_date(page.started_on, lang)),
            (self.tr("Adviser"), page.adviser_name or "—"),
            (self.tr("Office"), page.office_code),
            (self.tr("Description"), page.description or "—"),
        ):
            value_label = QLabel(value)
            value_label.setWordWrap(True)
            self.data_form.addRow(caption, value_label)
        while self.members_layout.count():
            item = self.members_layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for member in page.members:
            link = QLabel(
                f"<a href='{member.member_id}'>{member.name}</a> · "
                f"{label(ACTIVITY_ROLES, member.role)} · {member.number}"
            )
            link.setObjectName("memberLink")
            link.linkActivated.connect(self.member_requested)
            self.members_layout.addWidget(link)
        while self.checklist_layout.count():
            item = self.checklist_layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.checks = {}
        for line in page.checklist:
            box = QCheckBox(line.label + ("" if line.required else self.tr(" (optional)")))
            box.setObjectName(f"check_{line.key}")
            box.setChecked(line.done)
            box.setToolTip(line.reason)
            box.toggled.connect(lambda on, key=line.key: self.tick(key, on))
            reason = QLabel(line.reason)
            reason.setWordWrap(True)
            reason.setStyleSheet("color: #555;")
            reason.setContentsMargins(24, 0, 0, 4)
            self.checks[line.key] = box
            self.checklist_layout.addWidget(box)
            self.checklist_layout.addWidget(reason)
        if page.status == "active":
            missing = self.tr("This Activity is active.")
        elif not page.wizard_finished:
            missing = self.tr("The wizard of this Activity is not finished yet.")
        elif page.missing:
            missing = self.tr("Still to do before it can be activated: {items}").format(
                items="; ".join(line.label for line in page.missing)
            )
        else:
            missing = self.tr("Every required item is done: the Activity can be activated.")
        self.missing.setText(missing)
        self.activate.setEnabled(page.can_activate)
        self.activate.setVisible(page.status != "active")

        while self.documents_form.rowCount():
            self.documents_form.removeRow(0)
        kinds = {
            "id_scan": self.tr("Identity card scan"),
            "signed_agreement": self.tr("Signed usage agreement"),
        }
        for kind, caption in kinds.items():
            column = QVBoxLayout()
            for document in (d for d in page.documents if d.kind == kind):
                where = (
                    self.tr("on this computer")
                    if document.present
                    else self.tr("attached on another computer, not on this one yet")
                )
                line = QLabel(f"{document.filename} · {where}")
                line.setObjectName("documentLine")
                line.setWordWrap(True)
                column.addWidget(line)
            button = QPushButton(self.tr("Attach…"))
            button.setObjectName(f"attach_{kind}")
            button.clicked.connect(lambda _c=False, k=kind: self.attach(k))
            column.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            self.documents_form.addRow(caption, column)

        self.quotes.setRowCount(len(page.quotes))
        for row, quote in enumerate(page.quotes):
            for column, value in enumerate(
                (
                    quote.number or self.tr("draft"),
                    format_date(quote.issue_date, lang),
                    quote.client,
                    label(QUOTE_STATES, quote.state),
                    format_money(quote.total_net, lang),
                )
            ):
                self.quotes.setItem(row, column, QTableWidgetItem(value))
        self.quotes.setVisible(bool(page.quotes))
        self.contracts.setRowCount(len(page.contracts))
        for row, contract in enumerate(page.contracts):
            for column, value in enumerate(
                (
                    contract.member_name,
                    label(CONTRACT_TYPES, contract.contract_type),
                    format_date(contract.start_date, lang),
                    format_date(contract.end_date, lang),
                    format_money(contract.gross_wage, lang),
                )
            ):
                self.contracts.setItem(row, column, QTableWidgetItem(value))
        self.quotes_box.setTitle(self.tr("Quotes ({count})").format(count=len(page.quotes)))
        self.contracts_box.setTitle(
            self.tr("Contracts ({count})").format(count=len(page.contracts))
        )
        self._render_loans()

    # --- language -------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.activity_id:
                self._load()  # the checklist's words come from the rules in each language
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.back.setText(self.tr("← Member"))
        self.checklist_box.setTitle(self.tr("Onboarding checklist"))
        self.activate.setText(self.tr("Activate"))
        self.welcome.setText(self.tr("Welcome summary (PDF)…"))
        self.data_box.setTitle(self.tr("Activity"))
        self.documents_box.setTitle(self.tr("Documents"))
        self.members_box.setTitle(self.tr("Members"))
        self.new_quote_button.setText(self.tr("New quote…"))
        self.apply_loan_button.setText(self.tr("Apply for a loan…"))
        self.loans.setHorizontalHeaderLabels(
            [self.tr("Reference"), self.tr("State"), self.tr("Amount"), self.tr("Balance")]
        )
        self.quotes.setHorizontalHeaderLabels(
            [
                self.tr("Number"),
                self.tr("Date"),
                self.tr("Client"),
                self.tr("State"),
                self.tr("Excl. VAT"),
            ]
        )
        self.contracts.setHorizontalHeaderLabels(
            [
                self.tr("Member"),
                self.tr("Type"),
                self.tr("From"),
                self.tr("To"),
                self.tr("Gross wage"),
            ]
        )
        self.budget.retranslate()
        self._render()
