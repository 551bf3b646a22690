"""Picking an Activity the way an adviser thinks of it: find the member, then their Activity.

The member search is the one of Members & Activities (SQL, on the worker, 150 ms after
the last keystroke); only the first results are listed, the adviser types more to narrow.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.formatting import format_number
from app.services.context import ServiceContext
from app.services.members import members as member_service
from app.services.members.members import ActivitySummary, MemberDetail, MemberRow
from ui.dialogs.field_messages import MessageBar
from ui.i18n import current_language
from ui.labels import label
from ui.members.texts import ACTIVITY_STATUSES, ENTITIES
from ui.messages import error_text
from ui.worker import Worker

SEARCH_DELAY_MS = 150
SHOWN_MEMBERS = 50


@dataclass(frozen=True)
class ChosenActivity:
    id: str
    name: str
    member_name: str
    entity: str


def find_members(ctx: ServiceContext, typed: str) -> tuple[int, list[MemberRow]]:
    """The number of members found and the rows of the first few (runs on the worker)."""
    ids = member_service.search_members(ctx, typed)
    rows = member_service.member_rows(ctx, ids[:SHOWN_MEMBERS])
    return len(ids), [rows[i] for i in ids[:SHOWN_MEMBERS] if i in rows]


class ActivityPicker(QWidget):
    """Member search on the left, the chosen member's Activities on the right."""

    activityChosen = Signal(object)  # ChosenActivity, or None when the choice is undone

    def __init__(self, worker: Worker, ctx: ServiceContext, parent=None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._ctx = ctx
        self._generation = 0
        self._detail_generation = 0
        self._pending = 0
        self._count: int | None = None
        self._member: MemberDetail | None = None
        self.chosen: ChosenActivity | None = None

        self.search_box = QLineEdit()
        self.search_box.setObjectName("activitySearch")
        self.search_box.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.count_label.setObjectName("detailHint")
        self.members = QListWidget()
        self.members.setObjectName("memberChoices")
        self.members.setWordWrap(True)
        self.members.setAlternatingRowColors(True)
        self.members.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.activities = QListWidget()
        self.activities.setObjectName("activityChoices")
        self.activities.setWordWrap(True)
        self.activities.setAlternatingRowColors(True)
        self.members_caption = QLabel()
        self.activities_caption = QLabel()
        self.bar = MessageBar()

        left = QVBoxLayout()
        left.addWidget(self.members_caption)
        left.addWidget(self.search_box)
        left.addWidget(self.members, 1)
        left.addWidget(self.count_label)
        right = QVBoxLayout()
        right.addWidget(self.activities_caption)
        right.addWidget(self.activities, 1)
        row = QHBoxLayout()
        row.addLayout(left, 1)
        row.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row, 1)
        layout.addWidget(self.bar)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self.search_box.textChanged.connect(lambda _text: self._timer.start())
        self.members.currentRowChanged.connect(self._member_selected)
        self.activities.currentRowChanged.connect(self._activity_selected)
        self.retranslate()

    @property
    def busy(self) -> bool:
        return self._timer.isActive() or self._pending > 0

    # --- searching -------------------------------------------------------------------------

    def search_now(self) -> None:
        self._timer.stop()
        self._generation += 1
        generation = self._generation
        self._pending += 1
        self._worker.submit(
            find_members,
            self._ctx,
            self.search_box.text(),
            on_result=lambda found: self._found(generation, found),
            on_error=lambda error: self._failed(generation, error),
        )

    def _found(self, generation: int, found: tuple[int, list[MemberRow]]) -> None:
        self._pending -= 1
        if generation != self._generation:
            return
        self._count, rows = found
        self.members.clear()
        for row in rows:
            item = QListWidgetItem(
                f"{row.last_name}, {row.first_name} · {row.number}"
                + (f"\n{row.activities}" if row.activities else "")
            )
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setToolTip(row.activities)
            self.members.addItem(item)
        self._update_count()

    def _failed(self, generation: int, error: BaseException) -> None:
        self._pending -= 1
        if generation == self._generation:
            self.bar.show_message(error_text(error))

    def _update_count(self) -> None:
        count = self._count
        if count is None:
            self.count_label.setText("")
        elif count == 0:
            self.count_label.setText(self.tr("No members found"))
        elif count > SHOWN_MEMBERS:
            self.count_label.setText(
                self.tr("{count} members found; the first {shown} are listed, type more").format(
                    count=format_number(count, current_language()), shown=SHOWN_MEMBERS
                )
            )
        else:
            self.count_label.setText(
                self.tr("{count} members found").format(
                    count=format_number(count, current_language())
                )
            )

    # --- choosing --------------------------------------------------------------------------

    def _member_selected(self, row: int) -> None:
        self.activities.clear()
        self._member = None
        self._set_chosen(None)
        item = self.members.item(row)
        if item is None:
            return
        self._detail_generation += 1
        generation = self._detail_generation
        self._pending += 1
        self._worker.submit(
            member_service.member_detail,
            self._ctx,
            item.data(Qt.ItemDataRole.UserRole),
            on_result=lambda detail: self._member_loaded(generation, detail),
            on_error=lambda error: self._failed_detail(generation, error),
        )

    def _failed_detail(self, generation: int, error: BaseException) -> None:
        self._pending -= 1
        if generation == self._detail_generation:
            self.bar.show_message(error_text(error))

    def _member_loaded(self, generation: int, detail: MemberDetail) -> None:
        self._pending -= 1
        if generation != self._detail_generation:
            return
        self._member = detail
        self._fill_activities()
        if len(detail.activities) == 1:
            self.activities.setCurrentRow(0)

    def _fill_activities(self) -> None:
        self.activities.clear()
        detail = self._member
        if detail is None:
            return
        for activity in detail.activities:
            item = QListWidgetItem(self._activity_text(activity))
            item.setData(Qt.ItemDataRole.UserRole, activity.id)
            self.activities.addItem(item)
        if not detail.activities:
            item = QListWidgetItem(self.tr("This member has no Activity yet."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.activities.addItem(item)

    def _activity_text(self, activity: ActivitySummary) -> str:
        return f"{activity.name}\n{label(ENTITIES, activity.entity)} · " + label(
            ACTIVITY_STATUSES, activity.status
        )

    def _activity_selected(self, row: int) -> None:
        detail = self._member
        if detail is None or not 0 <= row < len(detail.activities):
            self._set_chosen(None)
            return
        activity = detail.activities[row]
        self._set_chosen(
            ChosenActivity(
                activity.id,
                activity.name,
                f"{detail.first_name} {detail.last_name}",
                activity.entity,
            )
        )

    def _set_chosen(self, chosen: ChosenActivity | None) -> None:
        if chosen != self.chosen:
            self.chosen = chosen
            self.activityChosen.emit(chosen)

    # --- for tests: what a click would do ----------------------------------------------------

    def choose_member(self, row: int = 0) -> None:
        self.members.setCurrentRow(row)

    def choose_activity(self, row: int = 0) -> None:
        self.activities.setCurrentRow(row)

    # --- language ------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.members_caption.setText(self.tr("Member"))
        self.activities_caption.setText(self.tr("Activity"))
        self.search_box.setPlaceholderText(self.tr("Name, member number or Activity…"))
        self._update_count()
        row = self.activities.currentRow()
        self._fill_activities()
        if row >= 0:
            self.activities.blockSignals(True)
            self.activities.setCurrentRow(row)
            self.activities.blockSignals(False)


class ActivityPickerDialog(QDialog):
    """The picker on its own, for the quote list's Activity filter."""

    def __init__(self, worker: Worker, ctx: ServiceContext, parent=None) -> None:
        super().__init__(parent)
        self.picker = ActivityPicker(worker, ctx)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picker, 1)
        layout.addWidget(self.buttons)
        self.picker.activityChosen.connect(self._chosen)
        self._chosen(None)
        self.setWindowTitle(self.tr("Choose an Activity"))
        self.resize(720, 460)
        self.picker.search_now()

    @property
    def chosen(self) -> ChosenActivity | None:
        return self.picker.chosen

    @property
    def busy(self) -> bool:
        return self.picker.busy

    def _chosen(self, chosen) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(chosen is not None)
