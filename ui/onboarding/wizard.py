"""The Activity wizard: a new Activity step by step, saved as the adviser types.

Each step asks one thing and says in one sentence why it matters. The draft is saved
through the worker 400 ms after the last change and at every step change, so closing
the window or a crash loses nothing; the home page lists the drafts and reopens them
here. Keyboard: Tab through the fields, Enter or Alt+N for the next step, Alt+B back;
the step list on the left jumps to any step.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.onboarding.checklist import CONTRACT_TYPES, ENTITIES, SECTORS, TOOLS
from app.services.context import ServiceContext
from app.services.onboarding import activities as onboarding_service
from app.services.onboarding.activities import WIZARD_STEPS, WizardDraft
from ui.dialogs.field_messages import FieldMessages, MessageBar, error_label
from ui.labels import label
from ui.members.activity_picker import find_members
from ui.members.texts import ACTIVITY_ROLES
from ui.members.texts import CONTRACT_TYPES as CONTRACT_LABELS
from ui.members.texts import ENTITIES as ENTITY_LABELS
from ui.members.texts import SECTORS as SECTOR_LABELS
from ui.members.texts import TOOLS as TOOL_LABELS
from ui.worker import Worker

SAVE_DELAY_MS = 400


class ActivityWizard(QWidget):
    """The wizard for one member's new Activity (or a draft reopened)."""

    finished = Signal(str)  # the Activity's id, its wizard done
    closed = Signal()

    def __init__(self, worker: Worker, ctx: ServiceContext, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("activityWizard")
        self._worker = worker
        self._ctx = ctx
        self.activity_id: str | None = None
        self.member_id = ""
        self.member_name = ""
        self._pending = 0
        self._dirty = False
        self._saving = False
        self._finish_requested = False
        self._loading = False
        self.saved_once = False

        self.title = QLabel()
        self.title.setObjectName("wizardTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("savedLabel")
        self.steps = QListWidget()
        self.steps.setObjectName("wizardSteps")
        self.steps.setMaximumWidth(230)
        for _ in WIZARD_STEPS:
            self.steps.addItem(QListWidgetItem())
        self.pages = QStackedWidget()
        self.step_title = QLabel()
        self.step_title.setObjectName("stepTitle")
        bold = self.step_title.font()
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.2)
        self.step_title.setFont(bold)
        self.why = QLabel()
        self.why.setObjectName("stepWhy")
        self.why.setWordWrap(True)
        self.why.setStyleSheet(
            "background: #eef4fb; border-left: 4px solid #2f6db5; padding: 8px; color: #1d3557;"
        )
        self.bar = MessageBar()
        self.fields = FieldMessages(self.bar)

        # step 0: name and description
        self.name = QLineEdit()
        self.name.setObjectName("activityName")
        self.name.setMaxLength(160)
        self.description = QPlainTextEdit()
        self.description.setObjectName("activityDescription")
        self.description.setTabChangesFocus(True)
        self.name_caption, self.description_caption = QLabel(), QLabel()
        self.name_caption.setBuddy(self.name)
        self._add_page(
            [self.name_caption, self.name, self.fields.add("name", error_label())],
            [self.description_caption, self.description],
        )
        # step 1: sector
        self.sector = QListWidget()
        self.sector.setObjectName("sector")
        for code in SECTORS:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, code)
            self.sector.addItem(item)
        self._add_page([self.sector, self.fields.add("sector", error_label())])
        # step 2: entity; step 3: tool
        self.entity_group, entity_widgets = self._radios(ENTITIES, "entity")
        self._add_page(entity_widgets + [self.fields.add("entity", error_label())])
        self.tool_group, tool_widgets = self._radios(TOOLS, "tool")
        self._add_page(tool_widgets + [self.fields.add("tool", error_label())])
        # step 4: contract types
        self.contract_boxes = {}
        boxes = []
        for code in CONTRACT_TYPES:
            box = QCheckBox()
            box.setObjectName(f"contract_{code}")
            box.toggled.connect(self._changed)
            self.contract_boxes[code] = box
            boxes.append(box)
        self._add_page(boxes + [self.fields.add("contract_types", error_label())])
        # step 5: the team
        self.team_search = QLineEdit()
        self.team_search.setObjectName("teamSearch")
        self.team_found = QListWidget()
        self.team_found.setObjectName("teamFound")
        self.team_found.setMaximumHeight(140)
        self.team_role = QComboBox()
        for code in ("member", "holder"):
            self.team_role.addItem("", code)
        self.team_add = QPushButton()
        self.team_add.setObjectName("teamAdd")
        self.team_remove = QPushButton()
        self.team = QListWidget()
        self.team.setObjectName("team")
        add_row = QHBoxLayout()
        add_row.addWidget(self.team_role)
        add_row.addWidget(self.team_add)
        add_row.addWidget(self.team_remove)
        add_row.addStretch(1)
        self.team_caption = QLabel()
        self._add_page(
            [self.team_search, self.team_found],
            [add_row],
            [self.team_caption, self.team, self.fields.add("team", error_label())],
        )
        self._team_timer = QTimer(self)
        self._team_timer.setSingleShot(True)
        self._team_timer.setInterval(150)
        self._team_timer.timeout.connect(self._search_team)
        self.team_search.textChanged.connect(lambda _t: self._team_timer.start())
        self.team_add.clicked.connect(self._add_team_member)
        self.team_found.itemActivated.connect(lambda _i: self._add_team_member())
        self.team_remove.clicked.connect(self._remove_team_member)
        # step 6: adviser, office and the summary
        self.adviser = QLabel()
        self.adviser.setObjectName("adviser")
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self._add_page([self.adviser, self.summary])

        self.back = QPushButton()
        self.back.setObjectName("back")
        self.next = QPushButton()
        self.next.setObjectName("next")
        self.next.setDefault(True)
        self.finish = QPushButton()
        self.finish.setObjectName("finish")
        self.close_button = QPushButton()
        self.close_button.setObjectName("closeWizard")
        buttons = QHBoxLayout()
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.saved_label, 1)
        buttons.addWidget(self.back)
        buttons.addWidget(self.next)
        buttons.addWidget(self.finish)

        right = QVBoxLayout()
        right.addWidget(self.step_title)
        right.addWidget(self.why)
        right.addWidget(self.pages, 1)
        right.addWidget(self.bar)
        right.addLayout(buttons)
        body = QHBoxLayout()
        body.addWidget(self.steps)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(body, 1)

        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_now)
        self.name.textChanged.connect(self._changed)
        self.description.textChanged.connect(self._changed)
        self.sector.currentRowChanged.connect(self._changed)
        self.steps.currentRowChanged.connect(self.go_to)
        self.back.clicked.connect(lambda: self.go_to(self.step - 1))
        self.next.clicked.connect(lambda: self.go_to(self.step + 1))
        self.finish.clicked.connect(self.finish_now)
        self.close_button.clicked.connect(self.close_wizard)
        QShortcut(QKeySequence("Alt+N"), self, activated=lambda: self.go_to(self.step + 1))
        QShortcut(QKeySequence("Alt+B"), self, activated=lambda: self.go_to(self.step - 1))
        self.name.returnPressed.connect(lambda: self.go_to(self.step + 1))
        self.retranslate()
        self.go_to(0)

    # --- building ---------------------------------------------------------------------------

    def _add_page(self, *groups) -> None:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 8, 0, 0)
        for group in groups:
            for widget in group:
                if isinstance(widget, QHBoxLayout):
                    column.addLayout(widget)
                else:
                    column.addWidget(widget)
            column.addSpacing(8)
        column.addStretch(1)
        self.pages.addWidget(page)

    def _radios(self, codes, name: str) -> tuple[QButtonGroup, list[QWidget]]:
        group = QButtonGroup(self)
        group.setExclusive(True)
        widgets = []
        for code in codes:
            button = QRadioButton()
            button.setObjectName(f"{name}_{code}")
            button.setProperty("code", code)
            group.addButton(button)
            explanation = QLabel()
            explanation.setObjectName(f"{name}_{code}_text")
            explanation.setWordWrap(True)
            explanation.setContentsMargins(24, 0, 0, 6)
            widgets += [button, explanation]
        group.buttonToggled.connect(lambda _b, on: on and self._changed())
        return group, widgets

    # --- state ------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._pending > 0 or self._save_timer.isActive() or self._team_timer.isActive()

    @property
    def step(self) -> int:
        return self.pages.currentIndex()

    def start(self, member_id: str, member_name: str) -> None:
        """A new wizard for this member; nothing is saved until something is typed."""
        self._reset()
        self.member_id, self.member_name = member_id, member_name
        self.retranslate()
        self.go_to(0)
        self.name.setFocus()

    def preview(self, member_name: str, name: str, description: str, sector: str, step: int):
        """The wizard filled for a picture (`smartdesk screenshot`): nothing is saved, as
        no member is attached."""
        self._reset()
        self._loading = True
        self.member_id, self.member_name = "", member_name
        self.name.setText(name)
        self.description.setPlainText(description)
        if sector in SECTORS:
            self.sector.setCurrentRow(SECTORS.index(sector))
        self._loading = False
        self.retranslate()
        self.go_to(step)

    def resume(self, draft: WizardDraft) -> None:
        """Reopen a saved draft where the adviser left it."""
        self._reset()
        self._loading = True
        self.activity_id = draft.id
        self.saved_once = True
        self.member_id, self.member_name = draft.member_id, draft.member_name
        self.name.setText(draft.name)
        self.description.setPlainText(draft.description)
        if draft.sector in SECTORS:
            self.sector.setCurrentRow(SECTORS.index(draft.sector))
        for group, value in ((self.entity_group, draft.entity), (self.tool_group, draft.tool)):
            for button in group.buttons():
                button.setChecked(button.property("code") == value)
        for code, box in self.contract_boxes.items():
            box.setChecked(code in draft.contract_types)
        for member_id, role in draft.team:
            self._team_item(member_id, "", role)
        self._loading = False
        self.retranslate()
        self.go_to(draft.step)
        if draft.team:  # names of the team members, read on the worker
            self._pending += 1
            self._worker.submit(
                _team_names,
                self._ctx,
                [m for m, _ in draft.team],
                on_result=self._team_names_loaded,
                on_error=lambda _e: self._done_pending(),
            )

    def _reset(self) -> None:
        self._loading = True
        self.activity_id = None
        self.saved_once = False
        self.name.clear()
        self.description.clear()
        self.sector.setCurrentRow(-1)
        self.sector.clearSelection()
        for group in (self.entity_group, self.tool_group):
            group.setExclusive(False)
            for button in group.buttons():
                button.setChecked(False)
            group.setExclusive(True)
        for box in self.contract_boxes.values():
            box.setChecked(False)
        self.team.clear()
        self.team_found.clear()
        self.team_search.clear()
        self.fields.clear()
        self.saved_label.clear()
        self._loading = False

    def values(self) -> dict:
        sector = self.sector.currentItem()
        entity = self.entity_group.checkedButton()
        tool = self.tool_group.checkedButton()
        return {
            "name": self.name.text(),
            "description": self.description.toPlainText(),
            "sector": sector.data(Qt.ItemDataRole.UserRole) if sector else "",
            "entity": entity.property("code") if entity else "",
            "tool": tool.property("code") if tool else "",
            "contract_types": [c for c, box in self.contract_boxes.items() if box.isChecked()],
            "team": [
                (
                    self.team.item(i).data(Qt.ItemDataRole.UserRole),
                    self.team.item(i).data(Qt.ItemDataRole.UserRole + 1),
                )
                for i in range(self.team.count())
            ],
        }

    # --- moving -----------------------------------------------------------------------------

    def go_to(self, step: int) -> None:
        step = max(0, min(step, len(WIZARD_STEPS) - 1))
        changed = step != self.pages.currentIndex()
        self.pages.setCurrentIndex(step)
        self.steps.blockSignals(True)
        self.steps.setCurrentRow(step)
        self.steps.blockSignals(False)
        self.back.setEnabled(step > 0)
        self.next.setVisible(step < len(WIZARD_STEPS) - 1)
        self.finish.setVisible(step == len(WIZARD_STEPS) - 1)
        self.next.setDefault(step < len(WIZARD_STEPS) - 1)
        self.finish.setDefault(step == len(WIZARD_STEPS) - 1)
        self._show_step_texts()
        focus = {
            0: self.name,
            1: self.sector,
            4: next(iter(self.contract_boxes.values())),
            5: self.team_search,
        }.get(step)
        if focus is None and step in (2, 3):
            group = self.entity_group if step == 2 else self.tool_group
            focus = group.checkedButton() or group.buttons()[0]
        if focus is not None:
            focus.setFocus()
        if changed and self.saved_once:
            self.save_now()

    def _changed(self, *_args) -> None:
        if self._loading:
            return
        self._save_timer.start()

    # --- saving -----------------------------------------------------------------------------

    def save_now(self) -> None:
        """Save the draft now (the timer calls this; so do step changes and closing)."""
        self._save_timer.stop()
        if not self.member_id:
            return
        if self._saving:
            self._dirty = True  # one save at a time: the next one knows the draft's id
            return
        self._dirty = False
        self._saving = True
        self._pending += 1
        self._worker.submit(
            onboarding_service.save_activity_draft,
            self._ctx,
            self.member_id,
            self.activity_id,
            self.step,
            **self.values(),
            on_result=self._saved,
            on_error=self._save_failed,
        )

    def _saved(self, activity_id: str) -> None:
        self._pending -= 1
        self._saving = False
        self.activity_id = str(activity_id)
        self.saved_once = True
        self.fields.clear()
        self.saved_label.setText(self.tr("Draft saved"))
        if self._dirty:
            self.save_now()
        elif self._finish_requested:
            self._submit_finish()

    def _save_failed(self, error: BaseException) -> None:
        self._pending -= 1
        self._saving = False
        self._finish_requested = False
        self.saved_label.setText(self.tr("Not saved"))
        self.fields.show_error(error)

    def _done_pending(self) -> None:
        self._pending -= 1

    def finish_now(self) -> None:
        """Save what is on screen, then finish the wizard (the service says what is
        missing, and the wizard goes to that step)."""
        self._finish_requested = True
        if self._save_timer.isActive() or self._dirty or not self.saved_once:
            self.save_now()
        elif not self._saving:
            self._submit_finish()

    def _submit_finish(self) -> None:
        self._finish_requested = False
        self._pending += 1
        self._worker.submit(
            onboarding_service.finish_wizard,
            self._ctx,
            self.activity_id,
            on_result=lambda _changes, activity_id=self.activity_id: self._finished(activity_id),
            on_error=self._finish_failed,
        )

    def _finished(self, activity_id: str) -> None:
        self._pending -= 1
        self.finished.emit(activity_id)

    def _finish_failed(self, error: BaseException) -> None:
        """Show what is missing on the first step that lacks it."""
        self._pending -= 1
        first = {"name": 0, "sector": 1, "entity": 2, "tool": 3, "contract_types": 4}
        problems = getattr(error, "problems", None) or []
        steps = [first[p.field] for p in problems if p.field in first]
        if steps:
            self.go_to(min(steps))
        self.fields.show_error(error)

    def close_wizard(self) -> None:
        if self._save_timer.isActive():
            self.save_now()
        self.closed.emit()

    def hideEvent(self, event) -> None:  # noqa: N802 - the window closes: keep what was typed
        if self._save_timer.isActive():
            self.save_now()
        super().hideEvent(event)

    # --- the team -----------------------------------------------------------------------

    def _search_team(self) -> None:
        text = self.team_search.text().strip()
        if not text:
            self.team_found.clear()
            return
        self._pending += 1
        self._worker.submit(
            find_members,
            self._ctx,
            text,
            on_result=self._team_found,
            on_error=lambda _e: self._done_pending(),
        )

    def _team_found(self, found) -> None:
        self._pending -= 1
        _count, rows = found
        self.team_found.clear()
        for row in rows:
            if row.id == self.member_id:
                continue
            item = QListWidgetItem(f"{row.first_name} {row.last_name} · {row.number}")
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, f"{row.first_name} {row.last_name}")
            self.team_found.addItem(item)
        if self.team_found.count():
            self.team_found.setCurrentRow(0)

    def _team_item(self, member_id: str, name: str, role: str) -> None:
        item = QListWidgetItem()
        item.setData(Qt.ItemDataRole.UserRole, member_id)
        item.setData(Qt.ItemDataRole.UserRole + 1, role)
        item.setData(Qt.ItemDataRole.UserRole + 2, name)
        self.team.addItem(item)
        self._label_team_item(item)

    def _label_team_item(self, item: QListWidgetItem) -> None:
        name = item.data(Qt.ItemDataRole.UserRole + 2) or "…"
        role = label(ACTIVITY_ROLES, item.data(Qt.ItemDataRole.UserRole + 1))
        item.setText(f"{name} — {role}")

    def _team_names_loaded(self, names: dict[str, str]) -> None:
        self._pending -= 1
        for i in range(self.team.count()):
            item = self.team.item(i)
            item.setData(
                Qt.ItemDataRole.UserRole + 2, names.get(item.data(Qt.ItemDataRole.UserRole), "")
            )
            self._label_team_item(item)

    def _add_team_member(self) -> None:
        item = self.team_found.currentItem()
        if item is None:
            return
        member_id = item.data(Qt.ItemDataRole.UserRole)
        if any(
            self.team.item(i).data(Qt.ItemDataRole.UserRole) == member_id
            for i in range(self.team.count())
        ):
            return
        self._team_item(
            member_id, item.data(Qt.ItemDataRole.UserRole + 1), self.team_role.currentData()
        )
        self._changed()

    def _remove_team_member(self) -> None:
        row = self.team.currentRow()
        if row >= 0:
            self.team.takeItem(row)
            self._changed()

    # --- language ---------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def step_titles(self) -> list[str]:
        return [
            self.tr("1. Name"),
            self.tr("2. Sector"),
            self.tr("3. Entity"),
            self.tr("4. Tool"),
            self.tr("5. Contract types"),
            self.tr("6. Who works in it"),
            self.tr("7. Adviser and summary"),
        ]

    def step_reasons(self) -> list[str]:
        return [
            self.tr(
                "The name is how the member, their clients and Smart will recognise this "
                "Activity on every quote, invoice and contract."
            ),
            self.tr(
                "The sector decides which onboarding items apply and how Smart reports the "
                "work; choose the one closest to what the member sells."
            ),
            self.tr(
                "The entity is the employer on the member's contracts: it decides which "
                "contracts are possible and which documents the clients must sign."
            ),
            self.tr(
                "The tool decides how the member is paid: from a budget they manage, or one "
                "employment contract per invoice."
            ),
            self.tr(
                "The contract types decide the wage the member keeps from an invoice: the "
                "budget simulator shows each one side by side."
            ),
            self.tr(
                "Everyone who works in the Activity needs their own contract and is covered "
                "by its insurance only once they are added here."
            ),
            self.tr(
                "The adviser follows the onboarding checklist with the member; check the "
                "summary before you finish."
            ),
        ]

    def _show_step_texts(self) -> None:
        step = self.step
        self.step_title.setText(self.step_titles()[step])
        self.why.setText(self.step_reasons()[step])
        if step == len(WIZARD_STEPS) - 1:
            self._show_summary()

    def _show_summary(self) -> None:
        values = self.values()
        rows = [
            (self.tr("Name"), values["name"] or "—"),
            (
                self.tr("Sector"),
                label(SECTOR_LABELS, values["sector"]) if values["sector"] else "—",
            ),
            (
                self.tr("Entity"),
                label(ENTITY_LABELS, values["entity"]) if values["entity"] else "—",
            ),
            (self.tr("Tool"), label(TOOL_LABELS, values["tool"]) if values["tool"] else "—"),
            (
                self.tr("Contract types"),
                ", ".join(label(CONTRACT_LABELS, c) for c in values["contract_types"]) or "—",
            ),
            (self.tr("Other members"), str(len(values["team"]))),
        ]
        self.summary.setText(
            "<table cellspacing='4'>"
            + "".join(f"<tr><td><b>{k}</b></td><td>{_escape(v)}</td></tr>" for k, v in rows)
            + "</table>"
        )

    def retranslate(self) -> None:
        user = self._ctx.user
        self.title.setText(
            self.tr("New Activity for {member}").format(member=self.member_name)
            if self.member_name
            else self.tr("New Activity")
        )
        for index, text in enumerate(self.step_titles()):
            self.steps.item(index).setText(text)
        self.name_caption.setText(self.tr("&Name of the Activity"))
        self.description_caption.setText(self.tr("What the member does or sells (optional)"))
        for index in range(self.sector.count()):
            item = self.sector.item(index)
            item.setText(label(SECTOR_LABELS, item.data(Qt.ItemDataRole.UserRole)))
        entity_texts = {
            "verenigde_producties": self.tr("Any activity: the general entity."),
            "verenigde_opleidingen": self.tr("For trainers and teachers."),
            "interimpaleis": self.tr(
                "Temp-agency contracts: each client signs a workstation sheet listing the "
                "job's risks before work starts."
            ),
        }
        tool_texts = {
            "activity": self.tr(
                "A budget the member manages: invoices fill it, wages and "
                "expenses are paid from it."
            ),
            "contract": self.tr("Each invoice makes an employment contract."),
        }
        for group, labels, texts in (
            (self.entity_group, ENTITY_LABELS, entity_texts),
            (self.tool_group, TOOL_LABELS, tool_texts),
        ):
            for button in group.buttons():
                code = button.property("code")
                button.setText(label(labels, code))
                explanation = self.findChild(QLabel, f"{button.objectName()}_text")
                if explanation is not None:
                    explanation.setText(texts[code])
        for code, box in self.contract_boxes.items():
            box.setText(label(CONTRACT_LABELS, code))
        self.team_search.setPlaceholderText(self.tr("Find a member by name or number…"))
        for index in range(self.team_role.count()):
            self.team_role.setItemText(index, label(ACTIVITY_ROLES, self.team_role.itemData(index)))
        self.team_add.setText(self.tr("Add"))
        self.team_remove.setText(self.tr("Remove"))
        self.team_caption.setText(self.tr("Working in this Activity besides the holder:"))
        for i in range(self.team.count()):
            self._label_team_item(self.team.item(i))
        self.adviser.setText(
            self.tr("Adviser: {name} · office {office}").format(
                name=user.display_name, office=user.office_code
            )
        )
        self.back.setText(self.tr("&Back"))
        self.next.setText(self.tr("&Next"))
        self.finish.setText(self.tr("&Finish"))
        self.close_button.setText(self.tr("Close (the draft is kept)"))
        if self.saved_label.text():
            self.saved_label.setText(self.tr("Draft saved"))
        self._show_step_texts()


def _escape(text: str) -> str:
    import html

    return html.escape(text)


def _team_names(ctx: ServiceContext, member_ids: list[str]) -> dict[str, str]:
    from app.services.members import members as member_service

    rows = member_service.member_rows(ctx, member_ids)
    return {mid: f"{row.first_name} {row.last_name}" for mid, row in rows.items()}
