"""The accident declaration form: sections the adviser fills in with the member, the
cover and the deadline always in sight at the top, checked as the adviser types (the
domain's own checks, no database), cover and triage from the member's contracts (on the
worker). Save, submit to TeamAdmin, save the PDF in the insurer form's language."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QTime, QTimer, Signal
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
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.declarations.accident import AccidentInput, HealthInput, accident_problems
from app.domain.declarations.coverage import ACCIDENT_TYPES as TYPE_CODES
from app.domain.declarations.declaration_states import EDITABLE
from app.formatting import to_brussels
from app.services.context import ServiceContext
from app.services.declarations import declarations as svc
from ui.declarations.member_field import MemberField
from ui.declarations.moves import TeamAdminMoves
from ui.declarations.summary import SummaryBand
from ui.declarations.texts import ACCIDENT_TYPES, DECLARATION_STATES
from ui.dialogs.field_messages import FieldMessages, MessageBar, error_label
from ui.labels import LANGUAGE_NAMES, label
from ui.messages import error_text, message_text
from ui.worker import Worker

PREVIEW_DELAY_MS = 250
NO_DAYS = -1  # the incapacity spin box's "not known yet"


def _text_edit(height: int = 60) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setFixedHeight(height)
    edit.setTabChangesFocus(True)
    return edit


def write_file(path: str, data: bytes) -> str:
    with open(path, "wb") as handle:
        handle.write(data)
    return path


class AccidentForm(QWidget):
    saved = Signal(str)
    closed = Signal()

    def __init__(self, worker: Worker, ctx: ServiceContext, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("accidentForm")
        self._worker, self._ctx = worker, ctx
        self.declaration_id: str | None = None
        self.state = "draft"
        self.last_pdf: str | None = None
        self.assessment = None
        self._preview_generation = 0

        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.summary = SummaryBand()
        self.bar = MessageBar()
        self.fields = FieldMessages(self.bar)

        # member and date
        self.member = MemberField(worker, ctx)
        self.day = QDateEdit(QDate.currentDate())
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.time = QTimeEdit(QTime(12, 0))
        self.time.setDisplayFormat("HH:mm")
        self.accident_type = QComboBox()
        for code in TYPE_CODES:
            self.accident_type.addItem("", code)
        self.mission_abroad = QCheckBox()
        self.light = QCheckBox()
        self.first_aider = QLineEdit()
        self.intervention_time = QTimeEdit(QTime(12, 0))  # the register's time of the care
        self.intervention_time.setDisplayFormat("HH:mm")
        self.aggravation = QCheckBox()
        self.aggravation_date = QDateEdit(QDate.currentDate())
        self.aggravation_date.setCalendarPopup(True)
        self.aggravation_date.setDisplayFormat("dd/MM/yyyy")
        # place
        self.place = QLineEdit()
        self.country = QLineEdit("BE")
        self.country.setMaxLength(2)
        self.country.setMaximumWidth(50)
        self.public_road = QCheckBox()
        self.traffic = QCheckBox()
        self.route_start = QLineEdit()
        self.route_end = QLineEdit()
        self.detour = QLineEdit()
        # what happened
        self.description = _text_edit(70)
        self.witnesses = QLineEdit()
        self.first_aid = QLineEdit()
        self.deviation_code = QLineEdit()
        self.deviation_code.setMaxLength(2)
        self.deviation_code.setMaximumWidth(60)
        self.material_agent = QLineEdit()
        self.material_agent.setMaxLength(8)
        self.material_agent.setMaximumWidth(90)
        self.client_company = QLineEdit()
        # injury (health data)
        self.injury_nature = QLineEdit()
        self.body_part = QLineEdit()
        self.injury_code = QLineEdit()
        self.injury_code.setMaxLength(3)
        self.injury_code.setMaximumWidth(60)
        self.permanent = QCheckBox()
        self.fatal = QCheckBox()
        self.incapacity = QSpinBox()
        self.incapacity.setRange(NO_DAYS, 3650)
        self.incapacity.setValue(NO_DAYS)
        self.incapacity.setMaximumWidth(110)
        self.back_at_work = QCheckBox()
        self.medical_care = QLineEdit()
        self.health_hidden = QLabel()
        self.health_hidden.setWordWrap(True)
        self.certificate_button = QPushButton()
        self.certificate = QLabel()
        # insurer
        self.insurer = QLineEdit()
        self.policy_number = QLineEdit()
        self.language = QComboBox()
        for code in ("nl", "fr"):
            self.language.addItem("", code)

        self.boxes: dict[str, QGroupBox] = {}
        self.captions: dict[str, QLabel] = {}
        sections = {
            "who": [
                ("member", self.member),
                ("occurred_at", self._row(self.day, self.time)),
                ("accident_type", self.accident_type),
                ("mission_abroad", self.mission_abroad),
                ("light", self.light),
                ("first_aider", self._row(self.first_aider, self.intervention_time)),
                ("aggravation_notice_date", self._row(self.aggravation, self.aggravation_date)),
            ],
            "place": [
                ("place", self.place),
                ("country", self.country),
                ("public_road", self._row(self.public_road, self.traffic)),
                ("route_start", self.route_start),
                ("route_end", self.route_end),
                ("detour", self.detour),
            ],
            "what": [
                ("description", self.description),
                ("witnesses", self.witnesses),
                ("first_aid", self.first_aid),
                ("deviation_code", self._row(self.deviation_code, self.material_agent)),
                ("client_company", self.client_company),
            ],
            "injury": [
                ("injury_nature", self.injury_nature),
                ("body_part", self.body_part),
                ("injury_code", self._row(self.injury_code, self.permanent, self.fatal)),
                ("incapacity_days", self._row(self.incapacity, self.back_at_work)),
                ("medical_care", self.medical_care),
                ("certificate", self._row(self.certificate_button, self.certificate)),
            ],
            "insurer": [
                ("insurer", self.insurer),
                ("policy_number", self.policy_number),
                ("language", self.language),
            ],
        }
        content = QWidget()
        column = QVBoxLayout(content)
        self.rows: dict[str, QWidget] = {}
        for key, rows in sections.items():
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
                self.rows[field] = holder
            if key == "injury":
                form.addRow(self.health_hidden)
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
        self.declare_button = QPushButton()
        buttons = QHBoxLayout()
        buttons.addWidget(self.back)
        buttons.addStretch(1)
        for button in (self.declare_button, self.pdf_button, self.save_button, self.submit_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.bar)
        layout.addWidget(scroll, 1)
        self.moves = TeamAdminMoves(worker, ctx, "accident")
        self.moves.moved.connect(lambda: self.load(self.declaration_id))
        self.moves.failed.connect(self._failed)
        layout.addWidget(self.moves)
        layout.addLayout(buttons)

        self._preview_timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self._preview)
        for edit in (
            self.first_aider,
            self.place,
            self.country,
            self.route_start,
            self.route_end,
            self.detour,
            self.witnesses,
            self.first_aid,
            self.deviation_code,
            self.material_agent,
            self.client_company,
            self.injury_nature,
            self.body_part,
            self.injury_code,
            self.medical_care,
            self.insurer,
            self.policy_number,
        ):
            edit.textChanged.connect(self._changed)
        self.description.textChanged.connect(self._changed)
        for box in (
            self.mission_abroad,
            self.light,
            self.aggravation,
            self.public_road,
            self.traffic,
            self.permanent,
            self.fatal,
            self.back_at_work,
        ):
            box.toggled.connect(self._changed)
        for combo in (self.accident_type, self.language):
            combo.currentIndexChanged.connect(self._changed)
        self.day.dateChanged.connect(self._changed)
        self.time.timeChanged.connect(self._changed)
        self.aggravation_date.dateChanged.connect(self._changed)
        self.incapacity.valueChanged.connect(self._changed)
        self.member.memberChosen.connect(self._changed)
        self.member.memberChosen.connect(self._member_language)
        self.back.clicked.connect(self.closed.emit)
        self.save_button.clicked.connect(self.save)
        self.submit_button.clicked.connect(self.submit)
        self.pdf_button.clicked.connect(self._ask_pdf_path)
        self.declare_button.clicked.connect(self.declare_aggravation)
        self.certificate_button.clicked.connect(self._ask_certificate)
        self.retranslate()
        self._update_visibility()

    @staticmethod
    def _row(*widgets) -> QWidget:
        holder = QWidget()
        layout = QHBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            layout.addWidget(widget)
        layout.addStretch(1)
        return holder

    # --- the form's values -----------------------------------------------------------------

    def occurred_at(self) -> datetime:
        day = self.day.date().toPython()
        moment = self.time.time().toPython()
        return svc.occurred_at_local(day, moment.hour, moment.minute)

    def values(self) -> AccidentInput:
        days = self.incapacity.value()
        return AccidentInput(
            member_id=self.member.member_id or "",
            occurred_at=self.occurred_at(),
            accident_type=self.accident_type.currentData(),
            place=self.place.text().strip(),
            country=self.country.text().strip().upper(),
            public_road=self.public_road.isChecked(),
            traffic_accident=self.traffic.isChecked(),
            route_start=self.route_start.text().strip(),
            route_end=self.route_end.text().strip(),
            detour=self.detour.text().strip(),
            description=self.description.toPlainText().strip(),
            witnesses=self.witnesses.text().strip(),
            first_aid=self.first_aid.text().strip(),
            mission_abroad=self.mission_abroad.isChecked(),
            client_company=self.client_company.text().strip(),
            deviation_code=self.deviation_code.text().strip(),
            material_agent=self.material_agent.text().strip(),
            insurer=self.insurer.text().strip(),
            policy_number=self.policy_number.text().strip(),
            language=self.language.currentData(),
            aggravation_notice_date=(
                self.aggravation_date.date().toPython() if self.aggravation.isChecked() else None
            ),
            light=self.light.isChecked(),
            first_aider=self.first_aider.text().strip(),
            intervention_at=(
                svc.occurred_at_local(
                    self.day.date().toPython(),
                    self.intervention_time.time().hour(),
                    self.intervention_time.time().minute(),
                )
                if self.light.isChecked()
                else None
            ),
            health=HealthInput(
                injury_nature=self.injury_nature.text().strip(),
                body_part=self.body_part.text().strip(),
                injury_code=self.injury_code.text().strip(),
                permanent_injury=self.permanent.isChecked(),
                fatal=self.fatal.isChecked(),
                incapacity_days=None if days == NO_DAYS else days,
                back_at_work=self.back_at_work.isChecked(),
                medical_care=self.medical_care.text().strip(),
            ),
        )

    def new(self) -> None:
        self.declaration_id = None
        self.state = "draft"
        self.last_pdf = None
        self.member.set_member("", "")
        self.member.choices.clear()
        self.day.setDate(QDate.currentDate())
        for edit in (self.place, self.route_start, self.route_end, self.detour, self.witnesses,
                     self.first_aid, self.deviation_code, self.material_agent,
                     self.client_company, self.injury_nature, self.body_part, self.injury_code,
                     self.medical_care, self.insurer, self.policy_number, self.first_aider):  # fmt: skip
            edit.clear()
        self.description.clear()
        self.country.setText("BE")
        self.incapacity.setValue(NO_DAYS)
        for box in (self.light, self.aggravation, self.mission_abroad, self.public_road,
                    self.traffic, self.permanent, self.fatal, self.back_at_work):  # fmt: skip
            box.setChecked(False)
        self.health_hidden.setVisible(False)
        self.boxes["injury"].setEnabled(True)
        self.moves.show_for(None, "draft")
        self._set_editable(True)
        self.summary.clear()
        self.fields.clear()
        self.retranslate()

    def load(self, declaration_id: str) -> None:
        self._worker.submit(
            svc.get_accident, self._ctx, declaration_id, on_result=self._show, on_error=self._failed
        )

    def _show(self, view) -> None:
        data = view.data
        self.declaration_id = view.id
        self.state = view.state
        self.member.set_member(view.member_id, view.member_name)
        local = to_brussels(data.occurred_at)
        self.day.setDate(QDate(local.year, local.month, local.day))
        self.time.setTime(QTime(local.hour, local.minute))
        self.accident_type.setCurrentIndex(max(0, self.accident_type.findData(data.accident_type)))
        self.mission_abroad.setChecked(data.mission_abroad)
        self.light.setChecked(data.light)
        self.first_aider.setText(data.first_aider)
        if data.intervention_at is not None:
            care = to_brussels(data.intervention_at)
            self.intervention_time.setTime(QTime(care.hour, care.minute))
        self.aggravation.setChecked(data.aggravation_notice_date is not None)
        if data.aggravation_notice_date:
            day = data.aggravation_notice_date
            self.aggravation_date.setDate(QDate(day.year, day.month, day.day))
        self.place.setText(data.place)
        self.country.setText(data.country)
        self.public_road.setChecked(data.public_road)
        self.traffic.setChecked(data.traffic_accident)
        self.route_start.setText(data.route_start)
        self.route_end.setText(data.route_end)
        self.detour.setText(data.detour)
        self.description.setPlainText(data.description)
        self.witnesses.setText(data.witnesses)
        self.first_aid.setText(data.first_aid)
        self.deviation_code.setText(data.deviation_code)
        self.material_agent.setText(data.material_agent)
        self.client_company.setText(data.client_company)
        health = data.health
        self.injury_nature.setText(health.injury_nature)
        self.body_part.setText(health.body_part)
        self.injury_code.setText(health.injury_code)
        self.permanent.setChecked(health.permanent_injury)
        self.fatal.setChecked(health.fatal)
        self.incapacity.setValue(
            NO_DAYS if health.incapacity_days is None else health.incapacity_days
        )
        self.back_at_work.setChecked(health.back_at_work)
        self.medical_care.setText(health.medical_care)
        self.insurer.setText(data.insurer)
        self.policy_number.setText(data.policy_number)
        self.language.setCurrentIndex(max(0, self.language.findData(data.language)))
        self.health_hidden.setVisible(not view.health_visible)
        self.boxes["injury"].setEnabled(view.health_visible)
        self._set_editable(view.state in EDITABLE)
        self.moves.show_for(view.id, view.state)
        self.certificate_button.setVisible(view.health_visible)
        self.retranslate()
        self._changed()

    def _set_editable(self, editable: bool) -> None:
        for key in ("who", "place", "what", "insurer"):
            self.boxes[key].setEnabled(editable)
        self.save_button.setEnabled(editable)
        self.submit_button.setEnabled(editable and self.state in ("draft", "question"))
        self.declare_button.setVisible(self.state == "first_aid")

    # --- as the adviser types ----------------------------------------------------------------

    def _update_visibility(self) -> None:
        commute = self.accident_type.currentData() == "commute"
        for field in ("route_start", "route_end", "detour"):
            self.rows[field].setVisible(commute)
            self.captions[field].setVisible(commute)
        light = self.light.isChecked()
        self.rows["first_aider"].setVisible(light)
        self.captions["first_aider"].setVisible(light)
        self.aggravation_date.setEnabled(self.aggravation.isChecked())

    def _member_language(self, member_id: str) -> None:
        """A new declaration's form starts in the member's language (nl or fr)."""
        if not member_id or self.declaration_id is not None:
            return
        self._worker.submit(
            svc.form_language,
            self._ctx,
            member_id,
            on_result=lambda lang: self.language.setCurrentIndex(self.language.findData(lang)),
            on_error=lambda _error: None,
        )

    def _changed(self, *_args) -> None:
        self._update_visibility()
        self.validate()
        self._preview_timer.start()

    def validate(self) -> list:
        """The domain's checks of the form as it stands, each next to its field."""
        problems = accident_problems(self.values(), date.today())
        for label_widget in self.fields.labels.values():
            label_widget.hide()
        for problem in problems:
            widget = self.fields.labels.get(problem.field)
            if widget is not None:
                widget.setText(message_text(problem.message_key, problem.params))
                widget.show()
        return problems

    def _preview(self) -> None:
        data = self.values()
        if not data.member_id:
            self.summary.clear()
            return
        self._preview_generation += 1
        generation = self._preview_generation
        self._worker.submit(
            svc.preview_accident,
            self._ctx,
            data,
            on_result=lambda found: self._show_preview(generation, found),
            on_error=lambda _error: None,  # the fields already say what is wrong
        )

    def _show_preview(self, generation: int, assessment) -> None:
        if generation != self._preview_generation:
            return
        self.assessment = assessment
        self.summary.show_assessment(assessment)

    # --- actions ------------------------------------------------------------------------------

    def save(self, then=None) -> None:
        if self.validate():
            self.bar.show_message(message_text("error.validation"))
            return
        data = self.values()
        self.bar.clear_message()
        if self.declaration_id is None:
            call = (svc.file_accident, self._ctx, data)
        else:
            call = (svc.update_accident, self._ctx, self.declaration_id, data)

        def done(result) -> None:
            if self.declaration_id is None:
                self.declaration_id = str(result)
            self.bar.show_message(self.tr("Saved."), "info")
            self.saved.emit(self.declaration_id)
            if then is not None:
                then()

        self._worker.submit(*call, on_result=done, on_error=self._failed)

    def submit(self) -> None:
        def send() -> None:
            self._worker.submit(
                svc.submit,
                self._ctx,
                "accident",
                self.declaration_id,
                on_result=lambda _r: self.load(self.declaration_id),
                on_error=self._failed,
            )

        self.save(then=send)

    def declare_aggravation(self) -> None:
        if self.declaration_id is None:
            return
        notice = (
            self.aggravation_date.date().toPython()
            if self.aggravation.isChecked()
            else date.today()
        )
        self._worker.submit(
            svc.declare_aggravation,
            self._ctx,
            self.declaration_id,
            notice,
            on_result=lambda _r: self.load(self.declaration_id),
            on_error=self._failed,
        )

    def attach_certificate(self, path: str) -> None:
        """Attach the medical certificate (the declaration is saved first)."""
        from pathlib import Path

        data = Path(path).read_bytes()

        def add() -> None:
            self._worker.submit(
                svc.attach_medical_certificate,
                self._ctx,
                self.declaration_id,
                Path(path).name,
                data,
                on_result=lambda _id: self.certificate.setText(Path(path).name),
                on_error=self._failed,
            )

        self.save(then=add) if self.state in EDITABLE else add()

    def _ask_certificate(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Medical certificate"))
        if path:
            self.attach_certificate(path)

    def save_pdf(self, path: str) -> None:
        """Save the declaration (if it changed) and write its PDF to `path`."""

        def write() -> None:
            self._worker.submit(
                lambda: write_file(path, _accident_pdf(self._ctx, self.declaration_id)),
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
            self, self.tr("Save the declaration as PDF"), "declaration.pdf", "PDF (*.pdf)"
        )
        if path:
            self.save_pdf(path)

    def _failed(self, error: BaseException) -> None:
        self.fields.show_error(error)
        if not self.bar.text():
            self.bar.show_message(error_text(error))

    # --- words ---------------------------------------------------------------------------------

    def retranslate(self) -> None:
        if self.declaration_id is None:
            self.title.setText(self.tr("New accident declaration"))
        else:
            self.title.setText(
                self.tr("Accident declaration · {state}").format(
                    state=label(DECLARATION_STATES, self.state)
                )
            )
        titles = {
            "who": self.tr("Member and date"),
            "place": self.tr("Place"),
            "what": self.tr("What happened"),
            "injury": self.tr("Injury (health data: only you, TeamAdmin and administrators)"),
            "insurer": self.tr("Insurer"),
        }
        for key, box in self.boxes.items():
            box.setTitle(titles[key])
        captions = {
            "member": self.tr("Member"),
            "occurred_at": self.tr("Date and time"),
            "accident_type": self.tr("Type of accident"),
            "mission_abroad": self.tr("Mission abroad"),
            "light": self.tr("Light accident"),
            "first_aider": self.tr("First-aider, time of the care"),
            "aggravation_notice_date": self.tr("Aggravation known on"),
            "place": self.tr("Address"),
            "country": self.tr("Country"),
            "public_road": self.tr("Road"),
            "route_start": self.tr("Route starts at"),
            "route_end": self.tr("Route ends at"),
            "detour": self.tr("Detour or stop, and why"),
            "description": self.tr("Description"),
            "witnesses": self.tr("Witnesses"),
            "first_aid": self.tr("First aid given"),
            "deviation_code": self.tr("Deviation / agent codes"),
            "client_company": self.tr("Client company (temp work)"),
            "injury_nature": self.tr("Nature of the injury"),
            "body_part": self.tr("Body part"),
            "injury_code": self.tr("Injury code"),
            "incapacity_days": self.tr("Incapacity (days)"),
            "medical_care": self.tr("Medical care"),
            "certificate": self.tr("Medical certificate"),
            "insurer": self.tr("Insurer"),
            "policy_number": self.tr("Policy number"),
            "language": self.tr("Language of the form"),
        }
        for key, caption in self.captions.items():
            caption.setText(captions[key])
        self.member.search_box.setPlaceholderText(self.tr("Name or member number"))
        for index in range(self.accident_type.count()):
            self.accident_type.setItemText(
                index, label(ACCIDENT_TYPES, self.accident_type.itemData(index))
            )
        for index in range(self.language.count()):
            self.language.setItemText(index, label(LANGUAGE_NAMES, self.language.itemData(index)))
        self.mission_abroad.setText(self.tr("on a mission abroad for the Activity"))
        self.light.setText(
            self.tr("first-aid register only (no loss of wages, no incapacity, no doctor)")
        )
        self.aggravation.setText(self.tr("a light accident that got worse"))
        self.public_road.setText(self.tr("on a public road"))
        self.traffic.setText(self.tr("traffic accident"))
        self.permanent.setText(self.tr("permanent"))
        self.fatal.setText(self.tr("fatal"))
        self.back_at_work.setText(self.tr("back at work"))
        self.incapacity.setSpecialValueText(self.tr("not known"))
        self.health_hidden.setText(
            self.tr(
                "Health data are shown only to the adviser who filed the declaration, TeamAdmin and administrators."
            )
        )
        self.deviation_code.setPlaceholderText(self.tr("e.g. 51"))
        self.material_agent.setPlaceholderText(self.tr("agent"))
        self.injury_code.setPlaceholderText(self.tr("e.g. 021"))
        self.back.setText(self.tr("Back to the list"))
        self.save_button.setText(self.tr("Save"))
        self.submit_button.setText(self.tr("Submit to TeamAdmin"))
        self.pdf_button.setText(self.tr("Save PDF…"))
        self.declare_button.setText(self.tr("Declare aggravation"))
        self.certificate_button.setText(self.tr("Attach the certificate…"))


def _accident_pdf(ctx, record_id: str) -> bytes:
    """The PDF, made on the worker; its renderer (reportlab, ~0.2 s to load) is imported
    at the first PDF, not when the Declarations view opens."""
    from app.services.declarations.documents import accident_pdf

    return accident_pdf(ctx, record_id)
