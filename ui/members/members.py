"""Members & Activities: search as you type, the result list, and the member's page.

Typing restarts a short timer (150 ms) so a search runs once the adviser pauses, on the
worker thread; the list shows rows as their page arrives. Selecting a member loads
their read-only page (identity, address, contact, Activities, counts) beside the list.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelection, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.formatting import format_date, format_money, format_number
from app.services.context import ServiceContext
from app.services.members import members as member_service
from app.services.members.members import MemberDetail
from ui.i18n import current_language
from ui.labels import LANGUAGE_NAMES, label
from ui.members.member_list import MemberListModel
from ui.members.texts import ACTIVITY_ROLES, ACTIVITY_STATUSES, ENTITIES, SECTORS, TOOLS
from ui.messages import error_text
from ui.teamadmin.member_requests import MemberRequestsSection
from ui.worker import Worker

SEARCH_DELAY_MS = 150


class MemberDetailPanel(QScrollArea):
    """The read-only page of one member; re-rendered on a language change."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self._detail: MemberDetail | None = None
        self._message = ""
        self._render()

    @property
    def detail(self) -> MemberDetail | None:
        return self._detail

    def show_detail(self, detail: MemberDetail) -> None:
        self._detail, self._message = detail, ""
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

        group(
            self.tr("Identity"),
            [
                (self.tr("National number (INSZ)"), detail.insz_masked),
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
            name = QLabel(activity.name)
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

        self._title = QLabel()
        self._title.setObjectName("viewTitle")
        top = QHBoxLayout()
        top.addWidget(self.search_box, 1)
        top.addWidget(self.count_label)
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
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

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
        )

    # --- behaviour ----------------------------------------------------------------------

    def _search_now(self) -> None:
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
        self.detail.show_message("")
        self._detail_generation += 1
        self._detail_loading = False

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        member_id = self.model.member_id(rows[0].row()) if rows else None
        if member_id is None:
            return
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
