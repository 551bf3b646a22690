"""New member and Edit member: one form, checked as the adviser types.

Every keystroke runs the same pure check the services run (`check_member_fields`): a
problem shows under its field and blocks saving, a warning (an INSZ whose day does not
exist, a birth date that disagrees with the INSZ, an age over 110) shows and does not
block. What the INSZ says (NN or BIS, birth date, sex) and the IBAN's bank (BIC) show
beside them. For a new member the worker looks for the person as they are typed
(search first): the same INSZ offers to open that member and saving is refused; a near
match (same name and birth date, or same IBAN) must be opened or dismissed.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.languages import LANGUAGES
from app.domain.members.member_fields import EDITABLE_FIELDS, check_member_fields
from app.formatting import format_date
from app.services.context import ServiceContext
from app.services.members import members as member_service
from app.services.members.members import MemberDetail, PossibleDuplicate
from ui.dialogs.field_messages import FieldMessages, MessageBar, error_label
from ui.dialogs.service_dialog import ServiceDialog
from ui.i18n import current_language
from ui.labels import LANGUAGE_NAMES, label
from ui.messages import message_text
from ui.worker import Worker

CHECK_DELAY_MS = 200
WARNING_STYLE = "color: #8a5a00;"
_DAY_MONTH_YEAR = re.compile(r"^\s*(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})\s*$")

TEXT_FIELDS = (
    "first_name",
    "last_name",
    "insz",
    "birth_date",
    "street",
    "postcode",
    "city",
    "country",
    "email",
    "phone",
    "iban",
)


def typed_date(text: str) -> str:
    """dd/mm/yyyy (what advisers type) as ISO; anything else is passed on as typed, so
    the check says it is not a date."""
    match = _DAY_MONTH_YEAR.match(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
        try:
            return date(year, month, day).isoformat()
        except ValueError:
            return text
    return text.strip()


class MemberFormDialog(ServiceDialog):
    saved = Signal(str)  # the member's id
    open_member = Signal(str)  # the adviser chose an existing member instead

    def __init__(
        self, worker: Worker, ctx: ServiceContext, member: MemberDetail | None = None, parent=None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("memberForm")
        self._worker = worker
        self._ctx = ctx
        self.member = member
        self._generation = 0
        self._duplicates: list[PossibleDuplicate] = []
        self.dismissed: set[str] = set()
        self.check = None

        self.inputs: dict[str, QLineEdit] = {}
        for name in TEXT_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(name)
            self.inputs[name] = edit
        self.inputs["insz"].setPlaceholderText("93.05.18-223.61")
        self.inputs["birth_date"].setPlaceholderText("dd/mm/yyyy")
        self.inputs["iban"].setPlaceholderText("BE71 0961 2345 6769")
        self.inputs["country"].setText("BE")
        self.inputs["country"].setMaxLength(2)
        self.inputs["country"].setMaximumWidth(60)
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code in LANGUAGES:
            self.language.addItem("", code)
        self.shares = QSpinBox()
        self.shares.setObjectName("shares")
        self.shares.setRange(1, 1000)
        self.insz_facts = QLabel()
        self.insz_facts.setObjectName("inszFacts")
        self.iban_facts = QLabel()
        self.iban_facts.setObjectName("ibanFacts")

        self.bar = MessageBar()
        self.fields = FieldMessages(self.bar)
        self.warnings: dict[str, QLabel] = {}
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self._captions: dict[str, QLabel] = {}
        order = [
            ("first_name", self.inputs["first_name"]),
            ("last_name", self.inputs["last_name"]),
            ("insz", self.inputs["insz"]),
            ("birth_date", self.inputs["birth_date"]),
            ("street", self.inputs["street"]),
            ("postcode", self.inputs["postcode"]),
            ("city", self.inputs["city"]),
            ("country", self.inputs["country"]),
            ("email", self.inputs["email"]),
            ("phone", self.inputs["phone"]),
            ("iban", self.inputs["iban"]),
            ("language", self.language),
            ("shares", self.shares),
        ]
        for name, widget in order:
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(widget)
            if name == "insz":
                column.addWidget(self.insz_facts)
            if name == "iban":
                column.addWidget(self.iban_facts)
            column.addWidget(self.fields.add(name, error_label()))
            warning = QLabel()
            warning.setObjectName("fieldWarning")
            warning.setStyleSheet(WARNING_STYLE)
            warning.setWordWrap(True)
            warning.hide()
            self.warnings[name] = warning
            column.addWidget(warning)
            caption = QLabel()
            self._captions[name] = caption
            self.form.addRow(caption, column)

        self.duplicates_box = QGroupBox()
        self.duplicates_box.setObjectName("duplicates")
        self.duplicates_layout = QVBoxLayout(self.duplicates_box)
        self.duplicates_box.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        columns = QHBoxLayout()
        columns.addLayout(self.form, 3)
        columns.addWidget(self.duplicates_box, 2, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(columns)
        layout.addStretch(1)
        layout.addWidget(self.bar)
        layout.addWidget(self.buttons)

        if member is not None:
            self._fill(member)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self.check_now)
        for edit in self.inputs.values():
            edit.textChanged.connect(lambda _text: self._timer.start())
        self.language.currentIndexChanged.connect(lambda _i: self._timer.start())
        self.shares.valueChanged.connect(lambda _v: self._timer.start())
        self.retranslate()
        self.check_now()

    # --- state for tests ------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return super().busy or self._timer.isActive()

    @property
    def editing(self) -> bool:
        return self.member is not None

    def _fill(self, member: MemberDetail) -> None:
        for name in ("first_name", "last_name", "street", "postcode", "city", "country"):
            self.inputs[name].setText(getattr(member, name))
        self.inputs["email"].setText(member.email)
        self.inputs["phone"].setText(member.phone)
        self.inputs["iban"].setText(member.iban)
        self.inputs["insz"].setText(member.insz_masked)
        self.inputs["birth_date"].setText(member.birth_date.strftime("%d/%m/%Y"))
        self.language.setCurrentIndex(max(self.language.findData(member.language), 0))
        self.shares.setValue(member.shares)
        for name in ("first_name", "last_name", "insz", "birth_date"):
            self.inputs[name].setReadOnly(True)
            self.inputs[name].setEnabled(False)
        self.shares.setEnabled(False)

    # --- the values and their check -------------------------------------------------------

    def values(self) -> dict:
        values = {name: edit.text() for name, edit in self.inputs.items()}
        values["birth_date"] = typed_date(values["birth_date"])
        values["language"] = self.language.currentData()
        values["shares"] = self.shares.value()
        if self.editing:
            return {name: values[name] for name in EDITABLE_FIELDS}
        return values

    def changed_values(self) -> dict:
        member = self.member
        values = self.values()
        return {
            name: value
            for name, value in values.items()
            if str(value).strip() != str(getattr(member, name) or "")
        }

    def check_now(self) -> None:
        self._timer.stop()
        values = self.values()
        check = check_member_fields(values, partial=self.editing)
        self.check = check
        for label_widget in self.fields.labels.values():
            label_widget.hide()
        for label_widget in self.warnings.values():
            label_widget.hide()
        typed = {name for name, value in values.items() if str(value).strip()}
        for note in check.problems:
            # an empty required field says so only once the adviser tried to save
            if note.message_key == "field.required" and note.field not in typed:
                continue
            widget = self.fields.labels.get(note.field)
            if widget is not None:
                widget.setText(message_text(note.message_key, note.params))
                widget.show()
        for note in check.warnings:
            widget = self.warnings.get(note.field)
            if widget is not None:
                params = dict(note.params)
                if "insz_date" in params:
                    params["insz_date"] = format_date(
                        date.fromisoformat(params["insz_date"]), current_language()
                    )
                widget.setText(message_text(note.message_key, params))
                widget.show()
        self._show_facts(check)
        if not self.editing:
            self._search_duplicates(values)
        self._update_save()

    def _show_facts(self, check) -> None:
        facts = check.insz_details
        if facts and not self.editing:
            kinds = {"nn": self.tr("National number"), "bis": self.tr("BIS number")}
            sexes = {"M": self.tr("man"), "F": self.tr("woman"), None: self.tr("sex unknown")}
            born = (
                self.tr("born {date}").format(
                    date=format_date(date.fromisoformat(facts["birth_date"]), current_language())
                )
                if facts["birth_date"]
                else self.tr("birth date unknown")
            )
            self.insz_facts.setText(
                self.tr("{kind} · {born} · {sex}").format(
                    kind=kinds[facts["type"]], born=born, sex=sexes[facts["sex"]]
                )
            )
            self.insz_facts.show()
        else:
            self.insz_facts.hide()
        bank = check.iban_details
        if bank:
            self.iban_facts.setText(
                self.tr("Bank: {bic}").format(bic=bank["bic"])
                if bank.get("bic")
                else self.tr("Account in {country}").format(country=bank["country"])
            )
            self.iban_facts.show()
        else:
            self.iban_facts.hide()

    # --- search first -----------------------------------------------------------------------

    def _search_duplicates(self, values: dict) -> None:
        self._generation += 1
        generation = self._generation
        asked = {k: values[k] for k in ("first_name", "last_name", "insz", "birth_date", "iban")}
        if not any(str(v).strip() for v in asked.values()):
            self._show_duplicates([])
            return
        self._pending += 1
        self._worker.submit(
            member_service.find_possible_duplicates,
            self._ctx,
            **asked,
            on_result=lambda found: self._duplicates_found(generation, found),
            on_error=lambda error: self._duplicates_found(generation, []),
        )

    def _duplicates_found(self, generation: int, found: list[PossibleDuplicate]) -> None:
        self._pending -= 1
        if generation == self._generation:
            self._show_duplicates(found)

    def _show_duplicates(self, found: list[PossibleDuplicate]) -> None:
        self._duplicates = found
        while self.duplicates_layout.count():
            item = self.duplicates_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.duplicates_box.setVisible(bool(found))
        lang = current_language()
        for duplicate in found:
            row = QWidget()
            row.setObjectName(f"duplicate_{duplicate.reason}")
            row_layout = QVBoxLayout(row)
            row_layout.setContentsMargins(0, 4, 0, 4)
            if duplicate.number:
                who = self.tr("{name}, member no. {number}, born {born}, {city}").format(
                    name=f"{duplicate.first_name} {duplicate.last_name}",
                    number=duplicate.number,
                    born=format_date(duplicate.birth_date, lang),
                    city=duplicate.city or "—",
                )
            else:
                who = self.tr("A member of another office")
            why = {
                "insz": self.tr("Same INSZ: this is the same person."),
                "name_birth_date": self.tr("Same name and birth date."),
                "iban": self.tr("Same IBAN."),
            }[duplicate.reason]
            text = QLabel(f"<b>{why}</b><br>{who}")
            text.setWordWrap(True)
            row_layout.addWidget(text)
            buttons = QHBoxLayout()
            if duplicate.number:
                open_button = QPushButton(self.tr("Open this member"))
                open_button.setObjectName("openDuplicate")
                open_button.clicked.connect(
                    lambda _c=False, mid=duplicate.id: self._open_existing(mid)
                )
                buttons.addWidget(open_button)
            if duplicate.reason != "insz":
                other = QCheckBox(self.tr("Another person"))
                other.setObjectName("dismissDuplicate")
                other.setChecked(duplicate.id in self.dismissed)
                other.toggled.connect(lambda on, mid=duplicate.id: self._dismiss(mid, on))
                buttons.addWidget(other)
            buttons.addStretch(1)
            row_layout.addLayout(buttons)
            self.duplicates_layout.addWidget(row)
        self._update_save()

    def _dismiss(self, member_id: str, dismissed: bool) -> None:
        if dismissed:
            self.dismissed.add(member_id)
        else:
            self.dismissed.discard(member_id)
        self._update_save()

    def _open_existing(self, member_id: str) -> None:
        self.open_member.emit(member_id)
        self.reject()

    @property
    def blocking_duplicates(self) -> list[PossibleDuplicate]:
        return [d for d in self._duplicates if d.reason == "insz" or d.id not in self.dismissed]

    def _update_save(self) -> None:
        ok = self.check is not None and self.check.ok and not self.blocking_duplicates
        if self.editing:
            ok = self.check is not None and self.check.ok and bool(self.changed_values())
        self.save_button.setEnabled(ok)

    # --- saving -------------------------------------------------------------------------

    def save(self) -> None:
        self.check_now()
        if self.check is None or not self.check.ok:
            for note in self.check.problems:
                widget = self.fields.labels.get(note.field)
                if widget is not None:
                    widget.setText(message_text(note.message_key, note.params))
                    widget.show()
            return
        self._pending += 1
        if self.editing:
            self._worker.submit(
                member_service.update_member,
                self._ctx,
                self.member.id,
                **self.changed_values(),
                on_result=lambda _changes: self._done(self.member.id),
                on_error=self._failed,
            )
        else:
            self._worker.submit(
                member_service.create_member,
                self._ctx,
                dismissed_duplicates=tuple(self.dismissed),
                **self.values(),
                on_result=self._done,
                on_error=self._failed,
            )

    def _done(self, member_id: str) -> None:
        self._pending -= 1
        self.saved.emit(str(member_id))
        self.accept()

    # --- language -------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit member") if self.editing else self.tr("New member"))
        self.intro.setText(
            self.tr("Change the address, contact details, IBAN or language.")
            if self.editing
            else self.tr(
                "Type the person's names, INSZ or IBAN: members who may be the same person "
                "appear on the right as you type."
            )
        )
        captions = {
            "first_name": self.tr("First name"),
            "last_name": self.tr("Last name"),
            "insz": self.tr("National number (INSZ)"),
            "birth_date": self.tr("Date of birth"),
            "street": self.tr("Street and number"),
            "postcode": self.tr("Postcode"),
            "city": self.tr("City"),
            "country": self.tr("Country"),
            "email": self.tr("E-mail"),
            "phone": self.tr("Phone"),
            "iban": self.tr("IBAN"),
            "language": self.tr("Language"),
            "shares": self.tr("Shares subscribed"),
        }
        for name, caption in captions.items():
            self._captions[name].setText(caption)
            self._captions[name].setBuddy(
                self.inputs.get(name) or (self.language if name == "language" else self.shares)
            )
        for index in range(self.language.count()):
            self.language.setItemText(index, label(LANGUAGE_NAMES, self.language.itemData(index)))
        self.duplicates_box.setTitle(self.tr("Possibly already a member"))
        if self.check is not None:
            self.check_now()
