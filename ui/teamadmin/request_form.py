""" "Ask TeamAdmin for…": the adviser picks what they need for a member and fills in what
that kind of request asks for. Each field is checked as it is typed, by the same
`check_request_inputs` the service runs (pure rules, no database: it runs on the GUI
thread); the due date TeamAdmin will work to is shown as soon as it can be computed.
Sending goes through the worker; a refusal is shown next to its field."""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.teamadmin.request_types import InputSpec, request_kinds
from app.formatting import format_date
from app.services.context import ServiceContext
from app.services.teamadmin import requests as request_service
from ui.dialogs.field_messages import ERROR_STYLE, FieldMessages, MessageBar, error_label
from ui.dialogs.service_dialog import ServiceDialog
from ui.i18n import current_language
from ui.labels import country_name, label
from ui.messages import message_text
from ui.teamadmin.texts import CHOICE_LABELS, INPUT_LABELS, REQUEST_KINDS
from ui.worker import Worker

NO_DATE = QDate(2000, 1, 1)  # the date edits' "no date" value, shown as "—"
WARNING_STYLE = "color: #6b4a00;"


class AskTeamAdminDialog(ServiceDialog):
    # the new request's id, once TeamAdmin has it
    requested = Signal(str)

    def __init__(
        self, worker: Worker, ctx: ServiceContext, member_id: str, member_name: str, parent=None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("askTeamAdmin")
        self._worker = worker
        self._ctx = ctx
        self._member_id = member_id
        self._member_name = member_name
        self.editors: dict[str, QWidget] = {}
        self.new_id: str | None = None

        self.kind = QComboBox()
        self.kind.setObjectName("requestKind")
        for kind in request_kinds():
            self.kind.addItem("", kind)
        self.member_label = QLabel()
        self.form_host = QWidget()
        self.form = QFormLayout(self.form_host)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.due_label = QLabel()
        self.due_label.setObjectName("dueLabel")
        self.bar = MessageBar()
        self.fields = FieldMessages(self.bar)
        self.box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        top = QFormLayout()
        self.kind_caption = QLabel()
        top.addRow(self.kind_caption, self.kind)
        layout = QVBoxLayout(self)
        layout.addWidget(self.member_label)
        layout.addLayout(top)
        layout.addWidget(self.form_host)
        layout.addWidget(self.due_label)
        layout.addWidget(self.bar)
        layout.addWidget(self.box)
        self.kind.currentIndexChanged.connect(lambda _i: self._build_inputs())
        self.box.accepted.connect(self.send)
        self.box.rejected.connect(self.reject)
        self.retranslate()
        self._build_inputs()
        self.resize(520, self.sizeHint().height())

    # --- the kind's inputs --------------------------------------------------------------

    def choose_kind(self, kind: str) -> None:
        self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))

    def _build_inputs(self) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.editors = {}
        self.fields = FieldMessages(self.bar)
        rule = request_service.request_rule(self.kind.currentData())
        lang = current_language()
        for spec in rule.inputs:
            editor = self._editor(spec, rule.countries, lang)
            editor.setObjectName(f"input_{spec.name}")
            self.editors[spec.name] = editor
            holder = QWidget()
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(editor)
            column.addWidget(self.fields.add(f"inputs.{spec.name}", error_label()))
            caption = label(INPUT_LABELS, spec.name) + (
                "" if spec.required else " " + self.tr("(optional)")
            )
            self.form.addRow(caption, holder)
        self.fields.add("inputs.due_on", error_label())
        self.check()

    def _editor(self, spec: InputSpec, countries: tuple[str, ...], lang: str) -> QWidget:
        if spec.kind == "date":
            edit = QDateEdit()
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setMinimumDate(NO_DATE)
            edit.setSpecialValueText("—")
            edit.setDate(NO_DATE)
            edit.dateChanged.connect(lambda _d, name=spec.name: self.check(name))
            return edit
        if spec.kind in ("choice", "yes_no", "country"):
            combo = QComboBox()
            combo.addItem("—", "")
            if spec.kind == "country":
                options = sorted(
                    ((code, country_name(code, lang)) for code in countries),
                    key=lambda item: item[1],
                )
            else:
                codes = spec.choices if spec.kind == "choice" else ("yes", "no")
                options = [(code, label(CHOICE_LABELS, code)) for code in codes]
            for code, name in options:
                combo.addItem(name, code)
            combo.currentIndexChanged.connect(lambda _i, name=spec.name: self.check(name))
            return combo
        edit = QLineEdit()
        edit.textEdited.connect(lambda _t, name=spec.name: self.check(name))
        return edit

    def set_input(self, name: str, value: str) -> None:
        """Fill a field as a person would (tests, and a form opened with known facts)."""
        editor = self.editors[name]
        if isinstance(editor, QDateEdit):
            editor.setDate(QDate.fromString(value, "yyyy-MM-dd") if value else NO_DATE)
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(value), 0))
        else:
            editor.setText(value)
            self.check(name)

    def inputs(self) -> dict[str, str]:
        values = {}
        for name, editor in self.editors.items():
            if isinstance(editor, QDateEdit):
                values[name] = (
                    "" if editor.date() == NO_DATE else editor.date().toString("yyyy-MM-dd")
                )
            elif isinstance(editor, QComboBox):
                values[name] = editor.currentData() or ""
            else:
                values[name] = editor.text()
        return values

    # --- checking as you type ---------------------------------------------------------------

    def check(self, only: str | None = None) -> None:
        """Show the problems of the field just changed (every field's, with `only` None,
        except a required field not reached yet), and the due date."""
        kind = self.kind.currentData()
        values = self.inputs()
        problems = request_service.check_inputs(kind, values, only)
        if only is None:
            problems = [p for p in problems if p.message_key != "field.required"]
            targets = [f"inputs.{name}" for name in self.editors] + ["inputs.due_on"]
        else:
            targets = [f"inputs.{only}", "inputs.due_on"] + [f"inputs.{p.field}" for p in problems]
        for target in targets:
            found = self.fields.labels.get(target)
            if found is not None:
                found.hide()
        warnings = []
        for problem in problems:
            text = message_text(problem.message_key, problem.params)
            target = self.fields.labels.get(f"inputs.{problem.field}")
            if target is None or problem.field == "due_on":
                warnings.append(text)
                continue
            target.setText(("⚠ " if not problem.blocks else "") + text)
            target.setStyleSheet(ERROR_STYLE if problem.blocks else WARNING_STYLE)
            target.show()
        due = request_service.expected_due_date(kind, values)
        lang = current_language()
        text = (
            self.tr("TeamAdmin's due date: {date}").format(date=format_date(due, lang))
            if due
            else self.tr("The due date follows from the dates you fill in.")
        )
        if warnings:
            text += "\n⚠ " + "\n⚠ ".join(warnings)
        self.due_label.setText(text)

    def problem_text(self, name: str) -> str:
        found = self.fields.labels.get(f"inputs.{name}")
        return found.text() if found is not None and not found.isHidden() else ""

    # --- sending --------------------------------------------------------------------------

    def send(self) -> None:
        self._pending += 1
        self.bar.clear_message()
        self._worker.submit(
            request_service.ask_teamadmin,
            self._ctx,
            self._member_id,
            self.kind.currentData(),
            self.inputs(),
            on_result=self._sent,
            on_error=self._failed,
        )

    def _sent(self, request_id: str) -> None:
        self._pending -= 1
        self.new_id = str(request_id)
        self.requested.emit(self.new_id)
        self.accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Ask TeamAdmin for…"))
        self.kind_caption.setText(self.tr("What is needed"))
        self.member_label.setText(self.tr("For {member}").format(member=self._member_name))
        for index in range(self.kind.count()):
            self.kind.setItemText(index, label(REQUEST_KINDS, self.kind.itemData(index)))
