"""Members & Activities: search as you type, the result list, and the member's page.

Typing restarts a short timer (150 ms) so a search runs once the adviser pauses, on the
worker thread; the list shows rows as their page arrives. Selecting a member loads
their page (identity, address, contact, Activities, counts) beside the list, with
Edit, Show INSZ (audited) and New Activity. "New member" opens the form that searches
first. The Activity wizard and an Activity's page take the view's place, with a way
back to the member.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QItemSelection, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.formatting import format_date, format_money, format_number
from app.services.context import ServiceContext
from app.services.members import members as member_service
from app.services.members.members import MemberDetail
from app.services.onboarding import activities as onboarding_service
from app.services.permissions import can_write_member_data
from ui.i18n import current_language
from ui.labels import LANGUAGE_NAMES, label
from ui.members.member_form import MemberFormDialog
from ui.members.member_list import MemberListModel
from ui.members.texts import ACTIVITY_ROLES, ACTIVITY_STATUSES, ENTITIES, SECTORS, TOOLS
from ui.messages import error_text
from ui.teamadmin.member_requests import MemberRequestsSection
from ui.worker import Worker

SEARCH_DELAY_MS = 150


class MemberDetailPanel(QScrollArea):
    """The page of one member; re-rendered on a language change."""

    edit_requested = Signal()
    insz_requested = Signal()
    new_activity_requested = Signal()
    activity_requested = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self._detail: MemberDetail | None = None
        self._message = ""
        self.revealed_insz: str | None = None
        self.can_write = True
        self._render()

    @property
    def detail(self) -> MemberDetail | None:
        return self._detail

    def show_detail(self, detail: MemberDetail) -> None:
        self._detail, self._message = detail, ""
        self.revealed_insz = None
        self._render()

    def show_insz(self, formatted: str) -> None:
        self.revealed_insz = formatted
        self._render()

    def show_message(self, text: str) -> None:
        self._detail, self._message = None, text
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
        super().changeEvent(event)

    def _render(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(12, 8, 12, 8)
        detail = self._detail
        if detail is None:
            hint = QLabel(
                self._message or self.tr("Select a member in the list to see their details.")
            )
            hint.setWordWrap(True)
            hint.setObjectName("detailHint")
            hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addStretch(1)
            layout.addWidget(hint)
            layout.addStretch(2)
            self.setWidget(page)
            return
        lang = current_language()
        title = QLabel(f"{detail.first_name} {detail.last_name}")
        title.setObjectName("detailTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        title.setWordWrap(True)
        layout.addWidget(title)
        subtitle = QLabel(
            self.tr("Member no. {number} · office {office}").format(
                number=detail.number, office=detail.office_code
            )
        )
        layout.addWidget(subtitle)
        actions = QHBoxLayout()
        for name, text, signal in (
            ("editMember", self.tr("Edit…"), self.edit_requested),
            ("newActivity", self.tr("New Activity…"), self.new_activity_requested),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.setEnabled(self.can_write)
            button.clicked.connect(signal)
            actions.addWidget(button)
        actions.addStretch(1)
        layout.addLayout(actions)

        def group(title_text: str, rows: list[tuple[str, str]]) -> None:
            box = QGroupBox(title_text)
            form = QFormLayout(box)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            for caption, value in rows:
                field = QLabel(value or "—")
                field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                field.setWordWrap(True)
                form.addRow(caption, field)
            layout.addWidget(box)

        insz_row = QHBoxLayout()
        insz_value = QLabel(self.revealed_insz or detail.insz_masked)
        insz_value.setObjectName("inszValue")
        insz_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        insz_row.addWidget(insz_value)
        if self.revealed_insz is None:
            show = QPushButton(self.tr("Show"))
            show.setObjectName("showInsz")
            show.setToolTip(self.tr("Each showing is written to the audit log."))
            show.clicked.connect(self.insz_requested)
            insz_row.addWidget(show)
        insz_row.addStretch(1)
        insz_box = QGroupBox(self.tr("National number (INSZ)"))
        insz_box.setLayout(insz_row)
        layout.addWidget(insz_box)
        group(
            self.tr("Identity"),
            [
                (self.tr("Date of birth"), format_date(detail.birth_date, lang)),
                (self.tr("Language"), label(LANGUAGE_NAMES, detail.language)),
            ],
        )
        group(
            self.tr("Address and contact"),
            [
                (
                    self.tr("Address"),
                    "\n".join(
                        filter(
                            None,
                            [
                                detail.street,
                                f"{detail.postcode} {detail.city}".strip(),
                                detail.country,
                            ],
                        )
                    ),
                ),
                (self.tr("E-mail"), detail.email),
                (self.tr("Phone"), detail.phone),
                (self.tr("IBAN"), detail.iban),
            ],
        )
        group(
            self.tr("Membership"),
            [
                (self.tr("Shares"), format_number(detail.shares, lang)),
                (self.tr("Member since"), format_date(detail.member_since, lang)),
                (self.tr("Office"), detail.office_code),
            ],
        )

        box = QGroupBox(self.tr("Activities ({count})").format(count=len(detail.activities)))
        box.setObjectName("activities")
        box_layout = QVBoxLayout(box)
        for activity in detail.activities:
            name = QLabel(f"<a href='{activity.id}'>{html.escape(activity.name)}</a>")
            name.setObjectName("activityLink")
            name.setToolTip(self.tr("Open the Activity's page"))
            name.linkActivated.connect(self.activity_requested)
            bold = name.font()
            bold.setBold(True)
            name.setFont(bold)
            name.setWordWrap(True)
            facts = QLabel(
                "\n".join(
                    (
                        self.tr("Sector: {sector}").format(sector=label(SECTORS, activity.sector)),
                        self.tr("Entity: {entity} · Tool: {tool}").format(
                            entity=label(ENTITIES, activity.entity),
                            tool=label(TOOLS, activity.tool),
                        ),
                        self.tr("Status: {status} · Role: {role}").format(
                            status=label(ACTIVITY_STATUSES, activity.status),
                            role=label(ACTIVITY_ROLES, activity.role),
                        ),
                    )
                )
            )
            facts.setWordWrap(True)
            facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            box_layout.addWidget(name)
            box_layout.addWidget(facts)
        if not detail.activities:
            box_layout.addWidget(QLabel(self.tr("This member has no Activity yet.")))
        layout.addWidget(box)

        group(
            self.tr("Work at a glance"),
            [
                (self.tr("Quotes"), format_number(detail.quotes, lang)),
                (self.tr("Clients"), format_number(detail.clients, lang)),
                (self.tr("Contracts"), format_number(detail.contracts, lang)),
                (
                    self.tr("Open declarations and requests"),
                    format_number(detail.open_declarations, lang),
                ),
                (self.tr("Loans"), format_number(detail.loans, lang)),
                (
                    self.tr("Invoiced (accepted quotes, excl. VAT)"),
                    format_money(detail.invoiced_total, lang),
                ),
            ],
        )
        layout.addStretch(1)
        self.setWidget(page)


class MembersView(QWidget):
    """The searchable member list with the selected member's page beside it."""

    def __init__(self, worker: Worker, ctx: ServiceContext, parent=None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._ctx = ctx
        self._detail_generation = 0
        self._detail_loading = False
        self._count: int | None = None

        self.model = MemberListModel(worker, ctx, self)
        self.search_box = QLineEdit()
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setObjectName("memberSearch")
        self.count_label = QLabel()
        self.count_label.setObjectName("memberCount")
        self.table = QTableView()
        self.table.setObjectName("memberTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSortIndicator(1, Qt.SortOrder.AscendingOrder)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.setStretchLastSection(True)
        for column, width in enumerate((70, 180, 130, 56, 100)):
            header.resizeSection(column, width)
        header.sortIndicatorChanged.connect(self.model.sort)
        self.detail = MemberDetailPanel()
        self.detail.setObjectName("memberDetail")
        self.detail.can_write = can_write_member_data(ctx.user)
        self.new_member_button = QPushButton()
        self.new_member_button.setObjectName("newMember")
        self.new_member_button.setEnabled(self.detail.can_write)
        self.new_member_button.clicked.connect(self.new_member)
        self.dialog: MemberFormDialog | None = None
        self._pending = 0
        self._opened_member: str | None = None

        self._title = QLabel()
        self._title.setObjectName("viewTitle")
        top = QHBoxLayout()
        top.addWidget(self.search_box, 1)
        top.addWidget(self.count_label)
        top.addWidget(self.new_member_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self._title)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        # the member's page, with their requests to TeamAdmin under it (ui/teamadmin)
        self.requests = MemberRequestsSection(worker, ctx)
        page = QSplitter(Qt.Orientation.Vertical)
        page.addWidget(self.detail)
        page.addWidget(self.requests)
        page.setSizes([420, 260])
        splitter.addWidget(page)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([680, 420])
        from ui.onboarding.activity_page import ActivityPageView
        from ui.onboarding.wizard import ActivityWizard

        self.wizard = ActivityWizard(worker, ctx)
        self.activity_page = ActivityPageView(worker, ctx)
        self.pages = QStackedWidget()
        self.pages.addWidget(splitter)
        self.pages.addWidget(self.wizard)
        self.pages.addWidget(self.activity_page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.wizard.closed.connect(self._back_from_activity)
        self.wizard.finished.connect(self.open_activity)
        self.activity_page.back_requested.connect(self._back_from_activity)
        self.activity_page.member_requested.connect(self.open_member)
        self.activity_page.changed.connect(lambda _id: self.model.refresh())
        self.detail.edit_requested.connect(self.edit_member)
        self.detail.insz_requested.connect(self.reveal_insz)
        self.detail.new_activity_requested.connect(self.start_activity)
        self.detail.activity_requested.connect(self.open_activity)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._search_now)
        self.search_box.textChanged.connect(lambda _text: self._timer.start())
        self.model.countChanged.connect(self._show_count)
        self.model.modelReset.connect(self._list_replaced)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.retranslate()
        self.model.search("")

    # --- state for tests and screenshots ------------------------------------------------

    @property
    def busy(self) -> bool:
        return (
            self._timer.isActive()
            or self.model.loading
            or self._detail_loading
            or self.requests.busy
            or self._pending > 0
            or self.wizard.busy
            or self.activity_page.busy
            or (self.dialog is not None and self.dialog.isVisible() and self.dialog.busy)
        )

    # --- new and edited members, the INSZ, Activities -------------------------------------

    def new_member(self) -> MemberFormDialog:
        return self._open_form(None)

    def edit_member(self) -> MemberFormDialog | None:
        if self.detail.detail is None:
            return None
        return self._open_form(self.detail.detail)

    def _open_form(self, detail: MemberDetail | None) -> MemberFormDialog:
        dialog = MemberFormDialog(self._worker, self._ctx, detail, self)
        dialog.saved.connect(self._member_saved)
        dialog.open_member.connect(self.open_member)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _member_saved(self, member_id: str) -> None:
        self.model.refresh()
        self.open_member(member_id)

    def open_member(self, member_id: str) -> None:
        """Show one member's page (from a form, a link, a duplicate found)."""
        self.pages.setCurrentIndex(0)
        self._opened_member = member_id
        self._detail_generation += 1
        generation = self._detail_generation
        self._detail_loading = True
        self._worker.submit(
            member_service.member_detail,
            self._ctx,
            member_id,
            on_result=lambda detail: self._detail_done(generation, detail),
            on_error=lambda error: self._detail_failed(generation, error),
        )

    def reveal_insz(self) -> None:
        detail = self.detail.detail
        if detail is None:
            return
        self._pending += 1

        def shown(formatted: str, member_id=detail.id) -> None:
            self._pending -= 1
            if self.detail.detail is not None and self.detail.detail.id == member_id:
                self.detail.show_insz(formatted)

        def failed(error: BaseException) -> None:
            self._pending -= 1
            self.detail.show_message(error_text(error))

        self._worker.submit(
            member_service.reveal_insz, self._ctx, detail.id, on_result=shown, on_error=failed
        )

    def start_activity(self) -> None:
        detail = self.detail.detail
        if detail is not None:
            self.start_activity_for(detail.id, f"{detail.first_name} {detail.last_name}")

    def start_activity_for(self, member_id: str, member_name: str) -> None:
        self.wizard.start(member_id, member_name)
        self.pages.setCurrentWidget(self.wizard)

    def resume_draft(self, activity_id: str) -> None:
        """Reopen a wizard draft (from the home page's list)."""
        self._pending += 1

        def loaded(draft) -> None:
            self._pending -= 1
            self.wizard.resume(draft)
            self.pages.setCurrentWidget(self.wizard)

        def failed(error: BaseException) -> None:
            self._pending -= 1
            self.detail.show_message(error_text(error))

        self._worker.submit(
            onboarding_service.wizard_draft,
            self._ctx,
            activity_id,
            on_result=loaded,
            on_error=failed,
        )

    def open_activity(self, activity_id: str) -> None:
        self.activity_page.show_activity(activity_id)
        self.pages.setCurrentWidget(self.activity_page)

    def _back_from_activity(self) -> None:
        member_id = self.wizard.member_id if self.pages.currentWidget() is self.wizard else None
        if member_id is None and self.activity_page.page is not None:
            holder = [m for m in self.activity_page.page.members if m.role == "holder"]
            member_id = holder[0].member_id if holder else None
        self.pages.setCurrentIndex(0)
        if member_id:
            self.open_member(member_id)

    # --- behaviour ----------------------------------------------------------------------

    def _search_now(self) -> None:
        self._opened_member = None
        self.model.search(self.search_box.text())

    def _show_count(self, count: int) -> None:
        self._count = count
        self._update_count_text()

    def _update_count_text(self) -> None:
        count = self._count
        if count is None:
            self.count_label.setText(self.tr("Searching…"))
        elif count == 0:
            self.count_label.setText(self.tr("No members found"))
        elif count == 1:
            self.count_label.setText(self.tr("1 member"))
        else:
            self.count_label.setText(
                self.tr("{count} members").format(count=format_number(count, current_language()))
            )

    def _list_replaced(self) -> None:
        if self._opened_member is not None:
            return  # a member opened on purpose (saved, linked) stays on the page
        self.detail.show_message("")
        self._detail_generation += 1
        self._detail_loading = False

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        member_id = self.model.member_id(rows[0].row()) if rows else None
        if member_id is None:
            return
        self._opened_member = None
        self._detail_generation += 1
        generation = self._detail_generation
        self._detail_loading = True
        self._worker.submit(
            member_service.member_detail,
            self._ctx,
            member_id,
            on_result=lambda detail: self._detail_done(generation, detail),
            on_error=lambda error: self._detail_failed(generation, error),
        )

    def _detail_done(self, generation: int, detail: MemberDetail) -> None:
        if generation == self._detail_generation:
            self._detail_loading = False
            self.detail.show_detail(detail)
            name = f"{detail.first_name} {detail.last_name}"
            self.requests.show_member(detail.id, name, detail.office_code)

    def _detail_failed(self, generation: int, error: BaseException) -> None:
        if generation == self._detail_generation:
            self._detail_loading = False
            self.detail.show_message(error_text(error))

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    # --- language -------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self._title.setText(self.tr("Members & Activities"))
        self.new_member_button.setText(self.tr("New member…"))
        self.search_box.setPlaceholderText(
            self.tr("Search by name, member number, city, e-mail, INSZ or Activity…")
        )
        self._update_count_text()
        self.model.retranslate()
        header = self.table.horizontalHeader()
        metrics = header.fontMetrics()
        for column in range(self.model.columnCount() - 1):
            needed = metrics.horizontalAdvance(self.model.header_text(column)) + 28
            if header.sectionSize(column) < needed:
                header.resizeSection(column, needed)
