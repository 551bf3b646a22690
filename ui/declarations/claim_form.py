"""The insurance claim form (admin-facts §2 claim model): the deadline counted from the
discovery with the policy's delay always in sight at the top, checked as the adviser
types; third parties, attachments (photos, invoices, quotes, accident statement)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QDate, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.declarations.claim import (
    CLAIM_KINDS,
    ClaimInput,
    ThirdParty,
    claim_deadline,
    claim_problems,
    police_report_required,
)
from app.domain.declarations.declaration_states import EDITABLE
from app.domain.declarations.errors import DeclarationInputError, FieldError
from app.domain.number_input import NumberInputError, parse_number, typed_number
from app.services.attachments.store import attach, attachments_of
from app.services.context import ServiceContext
from app.services.declarations import declarations as svc
from ui.declarations.accident_form import write_file
from ui.declarations.member_field import MemberField
from ui.declarations.moves import TeamAdminMoves
from ui.declarations.summary import SummaryBand
from ui.declarations.texts import CLAIM_KINDS as KIND_WORDS
from ui.declarations.texts import DECLARATION_STATES
from ui.dialogs.field_messages import FieldMessages, MessageBar, error_label
from ui.i18n import current_language
from ui.labels import LANGUAGE_NAMES, label
from ui.messages import error_text, message_text
from ui.worker import Worker


class ClaimForm(QWidget):
    saved = Signal(str)
    closed = Signal()

    def __init__(self, worker: Worker, ctx: ServiceContext, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("claimForm")
        self._worker, self._ctx = worker, ctx
        self.claim_id: str | None = None
        self.state = "draft"
        self._checked = True  # False while a hidden form's problems wait to be shown
        self.office_id = ""
        self.last_pdf: str | None = None
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.summary = SummaryBand()
        self.bar = MessageBar()
        self.fields = FieldMessages(self.bar)

        self.kind = QComboBox()
        for code in CLAIM_KINDS:
            self.kind.addItem("", code)
        self.member = MemberField(worker, ctx)
        self.day = QDateEdit(QDate.currentDate())
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.time = QTimeEdit(QTime(12, 0))
        self.time.setDisplayFormat("HH:mm")
        self.discovery = QDateEdit(QDate.currentDate())
        self.discovery.setCalendarPopup(True)
        self.discovery.setDisplayFormat("dd/MM/yyyy")
        self.place = QLineEdit()
        self.description = QPlainTextEdit()
        self.description.setFixedHeight(70)
        self.description.setTabChangesFocus(True)
        self.cause = QLineEdit()
        self.parties = QTableWidget(0, 4)
        self.parties.setFixedHeight(90)
        self.add_party = QPushButton()
        self.witnesses = QLineEdit()
        self.police_report = QLineEdit()
        self.items_lost = QCheckBox()
        self.estimate = QLineEdit()
        self.estimate.setMaximumWidth(140)
        self.insurer = QLineEdit()
        self.policy_number = QLineEdit()
        self.delay = QSpinBox()
        self.delay.setRange(0, 365)
        self.delay.setMaximumWidth(110)
        self.language = QComboBox()
        for code in ("nl", "fr"):
            self.language.addItem("", code)
        self.files = QListWidget()
        self.files.setFixedHeight(70)
        self.add_file = QPushButton()

        self.captions: dict[str, QLabel] = {}
        self.boxes: dict[str, QGroupBox] = {}
        content = QWidget()
        column = QVBoxLayout(content)
        for key, rows in {
            "event": [
                ("kind", self.kind),
                ("member", self.member),
                ("occurred_at", self._row(self.day, self.time)),
                ("discovery_date", self.discovery),
                ("place", self.place),
                ("description", self.description),
                ("presumed_cause", self.cause),
            ],
            "others": [
                ("third_parties", self._column(self.parties, self.add_party)),
                ("witnesses", self.witnesses),
                ("police_report_no", self._row(self.police_report, self.items_lost)),
                ("damage_estimate", self.estimate),
            ],
            "policy": [
                ("insurer", self.insurer),
                ("policy_number", self.policy_number),
                ("policy_delay_days", self.delay),
                ("language", self.language),
                ("attachments", self._column(self.files, self.add_file)),
            ],
        }.items():
            box = QGroupBox()
            form = QFormLayout(box)
            for field, widget in rows:
                caption = QLabel()
                self.captions[field] = caption
                holder = QWidget()
                holder_layout = QVBoxLayout(holder)
                holder_layout.setContentsMargins(0, 0, 0, 0)
                holder_layout.setSpacing(1)
                holder_layout.addWidget(widget)
                holder_layout.addWidget(self.fields.add(field, error_label()))
                form.addRow(caption, holder)
            self.boxes[key] = box
            column.addWidget(box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        self.back = QPushButton()
        self.save_button = QPushButton()
        self.submit_button = QPushButton()
        self.pdf_button = QPushButton()
        buttons = QHBoxLayout()
        buttons.addWidget(self.back)
        buttons.addStretch(1)
        for button in (self.pdf_button, self.save_button, self.submit_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.bar)
        layout.addWidget(scroll, 1)
        self.moves = TeamAdminMoves(worker, ctx, "claim")
        self.moves.moved.connect(lambda: self.load(self.claim_id))
        self.moves.failed.connect(self._failed)
        layout.addWidget(self.moves)
        layout.addLayout(buttons)

        for edit in (self.place, self.cause, self.witnesses, self.police_report, self.estimate,
                     self.insurer, self.policy_number):  # fmt: skip
            edit.textChanged.connect(self._changed)
        self.description.textChanged.connect(self._changed)
        self.items_lost.toggled.connect(self._changed)
        for combo in (self.kind, self.language):
            combo.currentIndexChanged.connect(self._changed)
        for edit in (self.day, self.discovery):
            edit.dateChanged.connect(self._changed)
        self.delay.valueChanged.connect(self._changed)
        self.parties.itemChanged.connect(self._changed)
        self.member.memberChosen.connect(self._changed)
        self.member.memberChosen.connect(self._member_language)
        self.add_party.clicked.connect(self._add_party_row)
        self.add_file.clicked.connect(self._ask_file)
        self.back.clicked.connect(self.closed.emit)
        self.save_button.clicked.connect(self.save)
        self.submit_button.clicked.connect(self.submit)
        self.pdf_button.clicked.connect(self._ask_pdf_path)
        self.retranslate()

    @staticmethod
    def _row(*widgets) -> QWidget:
        holder = QWidget()
        layout = QHBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            layout.addWidget(widget)
        layout.addStretch(1)
        return holder

    @staticmethod
    def _column(*widgets) -> QWidget:
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            layout.addWidget(widget)
        return holder

    def _add_party_row(self) -> None:
        self.parties.insertRow(self.parties.rowCount())

    def set_party(self, row: int, *values: str) -> None:
        while self.parties.rowCount() <= row:
            self._add_party_row()
        for column, value in enumerate(values):
            self.parties.setItem(row, column, QTableWidgetItem(value))

    def _estimate(self) -> Decimal | None:
        text = self.estimate.text().strip()
        if not text:
            return Decimal("0")
        try:
            return parse_number(text, current_language(), "damage_estimate")
        except NumberInputError:
            return None

    def values(self) -> ClaimInput:
        day = self.day.date().toPython()
        moment = self.time.time().toPython()
        parties = []
        for row in range(self.parties.rowCount()):
            cells = [
                (self.parties.item(row, c).text().strip() if self.parties.item(row, c) else "")
                for c in range(4)
            ]
            if any(cells):
                parties.append(ThirdParty(*cells))
        return ClaimInput(
            member_id=self.member.member_id or "",
            kind=self.kind.currentData(),
            occurred_at=svc.occurred_at_local(day, moment.hour, moment.minute),
            discovery_date=self.discovery.date().toPython(),
            place=self.place.text().strip(),
            description=self.description.toPlainText().strip(),
            presumed_cause=self.cause.text().strip(),
            third_parties=tuple(parties),
            witnesses=self.witnesses.text().strip(),
            police_report_no=self.police_report.text().strip(),
            items_lost=self.items_lost.isChecked(),
            damage_estimate=self._estimate() or Decimal("0"),
            insurer=self.insurer.text().strip(),
            policy_number=self.policy_number.text().strip(),
            policy_delay_days=self.delay.value() or None,
            language=self.language.currentData(),
        )

    def new(self) -> None:
        self.claim_id, self.state, self.last_pdf = None, "draft", None
        self.member.choices.clear()
        for edit in (self.place, self.cause, self.witnesses, self.police_report, self.estimate,
                     self.insurer, self.policy_number):  # fmt: skip
            edit.clear()
        self.description.clear()
        self.parties.setRowCount(0)
        self.files.clear()
        self.moves.show_for(None, "draft")
        for box in self.boxes.values():
            box.setEnabled(True)
        self.save_button.setEnabled(True)
        self.submit_button.setEnabled(True)
        self.items_lost.setChecked(False)
        self.delay.setValue(0)
        self.fields.clear()
        self.retranslate()
        self._changed()

    def load(self, claim_id: str) -> None:
        self._worker.submit(
            lambda: (
                svc.get_claim(self._ctx, claim_id),
                attachments_of(self._ctx, "insurance_claims", claim_id),
            ),
            on_result=self._show,
            on_error=self._failed,
        )

    def _show(self, found) -> None:
        claim, files = found
        self.claim_id, self.state, self.office_id = claim.id, claim.state, claim.office_id
        self.kind.setCurrentIndex(max(0, self.kind.findData(claim.kind)))
        self.member.set_member(claim.member_id, "")
        self._worker.submit(
            lambda: svc.member_name(self._ctx, claim.member_id),
            on_result=lambda name: self.member.set_member(claim.member_id, name),
        )
        day = claim.occurred_on
        self.day.setDate(QDate(day.year, day.month, day.day))
        if claim.discovery_date:
            found_on = claim.discovery_date
            self.discovery.setDate(QDate(found_on.year, found_on.month, found_on.day))
        self.place.setText(claim.place)
        self.description.setPlainText(claim.description)
        self.cause.setText(claim.presumed_cause)
        self.parties.setRowCount(0)
        for row, party in enumerate(claim.third_parties or []):
            self.set_party(row, party.get("name", ""), party.get("address", ""),
                           party.get("insurer", ""), party.get("policy_number", ""))  # fmt: skip
        self.witnesses.setText(claim.witnesses)
        self.police_report.setText(claim.police_report_no)
        self.items_lost.setChecked(claim.items_lost)
        self.estimate.setText(typed_number(claim.amount_claimed, current_language()))
        self.insurer.setText(claim.insurer)
        self.policy_number.setText(claim.policy_number)
        self.delay.setValue(claim.policy_delay_days or 0)
        self.language.setCurrentIndex(max(0, self.language.findData(claim.language)))
        self._show_files(files)
        self.moves.show_for(claim.id, claim.state)
        editable = claim.state in EDITABLE
        for box in self.boxes.values():
            box.setEnabled(editable)
        self.save_button.setEnabled(editable)
        self.submit_button.setEnabled(editable)
        self.retranslate()
        self._changed()

    def _show_files(self, files) -> None:
        self.files.clear()
        for info in files:
            self.files.addItem(info.filename)

    def _member_language(self, member_id: str) -> None:
        """A new declaration's form starts in the member's language (nl or fr)."""
        if not member_id or self.claim_id is not None:
            return
        self._worker.submit(
            svc.form_language,
            self._ctx,
            member_id,
            on_result=lambda lang: self.language.setCurrentIndex(self.language.findData(lang)),
            on_error=lambda _error: None,
        )

    def _changed(self, *_args) -> None:
        self.validate()

    def validate(self) -> list:
        data = self.values()
        today = date.today()
        problems = claim_problems(data, today)
        if self._estimate() is None:
            problems.append(
                FieldError("damage_estimate", "claim.estimate_invalid", "claim.estimate_invalid")
            )
        for widget in self.fields.labels.values():
            widget.hide()
        for problem in problems:
            widget = self.fields.labels.get(problem.field)
            if widget is not None:
                widget.setText(message_text(problem.message_key, problem.params))
                widget.show()
        self.captions["police_report_no"].setText(
            self.tr("Police report no. (required)")
            if police_report_required(data.kind, data.items_lost)
            else self.tr("Police report no.")
        )
        try:
            answer = claim_deadline(data, today, today)
        except DeclarationInputError:
            self.summary.clear(self.tr("Deadline: check the dates"))
        else:
            self.summary.cover.setText(
                self.tr("{kind} · the policy's delay: {days} days from the discovery").format(
                    kind=label(KIND_WORDS, data.kind), days=answer.days
                )
            )
            self.summary.cover.setStyleSheet("")
            self.summary.show_deadline(answer)
        return problems

    def save(self, then=None) -> None:
        if self.validate():
            self.bar.show_message(message_text("error.validation"))
            return
        data = self.values()
        if self.claim_id is None:
            call = (svc.file_claim, self._ctx, data)
        else:
            call = (svc.update_claim, self._ctx, self.claim_id, data)

        def done(result) -> None:
            if self.claim_id is None:
                self.claim_id = str(result)
            self.bar.show_message(self.tr("Saved."), "info")
            self.saved.emit(self.claim_id)
            if then is not None:
                then()

        self._worker.submit(*call, on_result=done, on_error=self._failed)

    def submit(self) -> None:
        self.save(
            then=lambda: self._worker.submit(
                svc.submit,
                self._ctx,
                "claim",
                self.claim_id,
                on_result=lambda _r: self.load(self.claim_id),
                on_error=self._failed,
            )
        )

    def add_attachment(self, path: str) -> None:
        """Attach a file (saving the claim first when it is new)."""

        def add() -> None:
            data = Path(path).read_bytes()
            self._worker.submit(
                lambda: (
                    attach(
                        self._ctx,
                        "insurance_claims",
                        self.claim_id,
                        svc.get_claim(self._ctx, self.claim_id).office_id,
                        Path(path).name,
                        data,
                    ),  # fmt: skip
                    attachments_of(self._ctx, "insurance_claims", self.claim_id),
                )[1],
                on_result=self._show_files,
                on_error=self._failed,
            )

        if self.claim_id is None or self.state in EDITABLE:
            self.save(then=add)
        else:
            add()

    def _ask_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Attach a file"))
        if path:
            self.add_attachment(path)

    def save_pdf(self, path: str) -> None:
        def write() -> None:
            self._worker.submit(
                lambda: write_file(path, _claim_pdf(self._ctx, self.claim_id)),
                on_result=self._pdf_saved,
                on_error=self._failed,
            )

        if self.state in EDITABLE:
            self.save(then=write)
        else:
            write()

    def _pdf_saved(self, path: str) -> None:
        self.last_pdf = path
        self.bar.show_message(self.tr("PDF saved: {path}").format(path=path), "info")

    def _ask_pdf_path(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the claim as PDF"), "claim.pdf", "PDF (*.pdf)"
        )
        if path:
            self.save_pdf(path)

    def _failed(self, error: BaseException) -> None:
        self.fields.show_error(error)
        if not self.bar.text():
            self.bar.show_message(error_text(error))

    def retranslate(self) -> None:
        self.title.setText(
            self.tr("New insurance claim")
            if self.claim_id is None
            else self.tr("Insurance claim · {state}").format(
                state=label(DECLARATION_STATES, self.state)
            )
        )
        titles = {
            "event": self.tr("What happened"),
            "others": self.tr("Others involved and damage"),
            "policy": self.tr("Policy and attachments"),
        }
        for key, box in self.boxes.items():
            box.setTitle(titles[key])
        captions = {
            "kind": self.tr("Kind of claim"),
            "member": self.tr("Member"),
            "occurred_at": self.tr("Date and time"),
            "discovery_date": self.tr("Discovered on"),
            "place": self.tr("Place"),
            "description": self.tr("Circumstances"),
            "presumed_cause": self.tr("Presumed cause"),
            "third_parties": self.tr("Third parties"),
            "witnesses": self.tr("Witnesses"),
            "police_report_no": self.tr("Police report no."),
            "damage_estimate": self.tr("Estimated damage (EUR)"),
            "insurer": self.tr("Insurer"),
            "policy_number": self.tr("Policy number"),
            "policy_delay_days": self.tr("Policy's delay (days)"),
            "language": self.tr("Language of the form"),
            "attachments": self.tr("Attachments"),
        }
        for key, caption in self.captions.items():
            caption.setText(captions[key])
        self.parties.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Address"), self.tr("Insurer"), self.tr("Policy no.")]
        )
        for index in range(self.kind.count()):
            self.kind.setItemText(index, label(KIND_WORDS, self.kind.itemData(index)))
        for index in range(self.language.count()):
            self.language.setItemText(index, label(LANGUAGE_NAMES, self.language.itemData(index)))
        self.member.search_box.setPlaceholderText(self.tr("Name or member number"))
        self.items_lost.setText(self.tr("insured items were lost"))
        self.delay.setSpecialValueText(self.tr("policy default"))
        self.add_party.setText(self.tr("Add a third party"))
        self.add_file.setText(self.tr("Attach a file…"))
        self.back.setText(self.tr("Back to the list"))
        self.save_button.setText(self.tr("Save"))
        self.submit_button.setText(self.tr("Submit to TeamAdmin"))
        self.pdf_button.setText(self.tr("Save PDF…"))
        # a hidden form's problems are worked out when it is shown: the first check of a
        # deadline loads the public holidays, which the list's first visit must not wait for
        if self.isVisible():
            self._changed()
        else:
            self._checked = False

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._checked:
            self._checked = True
            self._changed()


def _claim_pdf(ctx, record_id: str) -> bytes:
    """The PDF, made on the worker; its renderer (reportlab, ~0.2 s to load) is imported
    at the first PDF, not when the Declarations view opens."""
    from app.services.declarations.documents import claim_pdf

    return claim_pdf(ctx, record_id)
