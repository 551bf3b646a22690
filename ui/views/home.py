"""Home: who is signed in, the open work of their office in counts, and what is due soon.

Each role sees the counts of the work it does: an adviser their drafts and sent quotes,
TeamAdmin the open certificate requests, a loan reviewer the loans to decide.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.formatting import format_date, format_money, format_number
from app.services.context import CurrentUser
from app.services.dashboard import DEADLINE_HORIZON_DAYS, Dashboard
from ui.i18n import current_language
from ui.labels import DEADLINE_KINDS, USER_ROLES, label

TILE_KEYS = (
    "members",
    "draft_quotes",
    "sent_quotes",
    "draft_declarations",
    "open_certificates",
    "requests_waiting",
    "loans_to_decide",
    "loans_in_arrears",
    "pending_changes",
)
# the roles whose work a count is (None: every role's)
TILE_ROLES: dict[str, frozenset[str] | None] = {
    "members": None,
    "draft_quotes": frozenset({"adviser", "admin"}),
    "sent_quotes": frozenset({"adviser", "admin"}),
    "draft_declarations": frozenset({"adviser", "teamadmin", "admin"}),
    "open_certificates": frozenset({"teamadmin", "admin"}),
    "requests_waiting": frozenset({"adviser"}),  # TeamAdmin's questions to the office
    "loans_to_decide": frozenset({"loan_reviewer", "admin"}),
    "loans_in_arrears": frozenset({"adviser", "loan_reviewer", "admin"}),
    "pending_changes": None,
}
TILES_PER_ROW = 4


def tiles_for(role: str) -> tuple[str, ...]:
    """The counts the home page shows a user with this role, in order."""
    return tuple(key for key in TILE_KEYS if TILE_ROLES[key] is None or role in TILE_ROLES[key])


class Tile(QFrame):
    """A count with its caption."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.number = QLabel("…")
        self.number.setObjectName("tileNumber")
        font = self.number.font()
        font.setPointSizeF(font.pointSizeF() * 2.0)
        font.setBold(True)
        self.number.setFont(font)
        self.caption = QLabel()
        self.caption.setObjectName("tileCaption")
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)
        layout.addStretch(1)
        self.setMinimumHeight(96)
        # a count keeps its size; the room left goes below the deadlines, not into tiles
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)


class HomeView(QWidget):
    def __init__(self, user: CurrentUser, parent=None) -> None:
        super().__init__(parent)
        self._user = user
        self._office_name = user.office_code
        self._dashboard: Dashboard | None = None
        self.greeting = QLabel()
        self.greeting.setObjectName("greeting")
        font = self.greeting.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.greeting.setFont(font)
        self.subtitle = QLabel()
        self.tiles = {key: Tile() for key in tiles_for(user.role)}
        grid = QGridLayout()
        grid.setSpacing(10)
        for position, key in enumerate(self.tiles):
            grid.addWidget(self.tiles[key], position // TILES_PER_ROW, position % TILES_PER_ROW)
        for column in range(TILES_PER_ROW):  # tiles keep one width, however many there are
            grid.setColumnStretch(column, 1)
        self.deadlines_title = QLabel()
        self.deadlines_title.setObjectName("sectionTitle")
        title_font = self.deadlines_title.font()
        title_font.setBold(True)
        self.deadlines_title.setFont(title_font)
        self.deadlines = QTableWidget(0, 4)
        self.deadlines.setObjectName("deadlineTable")
        self.deadlines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.deadlines.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.deadlines.verticalHeader().setVisible(False)
        self.deadlines.setAlternatingRowColors(True)
        header = self.deadlines.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.no_deadlines = QLabel()
        self.no_deadlines.setWordWrap(True)
        # onboarding: the adviser's Activity wizards not finished yet
        self.drafts_title = QLabel()
        self.drafts_title.setObjectName("sectionTitle")
        self.drafts_title.setFont(title_font)
        self.drafts = QTableWidget(0, 3)
        self.drafts.setObjectName("activityDrafts")
        self.drafts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.drafts.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.drafts.verticalHeader().setVisible(False)
        self.drafts.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.drafts.horizontalHeader().setStretchLastSection(True)
        self.drafts.cellActivated.connect(self._open_draft)
        self.drafts.cellDoubleClicked.connect(self._open_draft)
        self.declarations = OpenDeclarations(user.role)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.greeting)
        layout.addWidget(self.subtitle)
        layout.addSpacing(8)
        layout.addLayout(grid)
        layout.addSpacing(12)
        layout.addWidget(self.drafts_title)
        layout.addWidget(self.drafts)
        layout.addWidget(self.deadlines_title)
        layout.addWidget(self.no_deadlines)
        layout.addWidget(self.deadlines, 1)
        layout.addWidget(self.declarations, 1)
        self.arrears_title = QLabel()
        self.arrears_title.setFont(title_font)
        self.arrears = QTableWidget(0, 4)
        self.arrears.setObjectName("arrearsTable")
        self.arrears.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.arrears.verticalHeader().setVisible(False)
        self.arrears.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.arrears.horizontalHeader().setStretchLastSection(True)
        self.arrears.setMaximumHeight(170)
        layout.addWidget(self.arrears_title)
        layout.addWidget(self.arrears)
        layout.addStretch(0)  # takes the room only while the deadline table is hidden
        self.retranslate()

    def set_office_name(self, name: str) -> None:
        self._office_name = name
        self.retranslate()

    def set_dashboard(self, dashboard: Dashboard) -> None:
        self._dashboard = dashboard
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _open_draft(self, row: int, _column: int = 0) -> None:
        """Reopen the wizard of a draft where the adviser left it."""
        drafts = self._dashboard.activity_drafts if self._dashboard else ()
        window = self.window()
        if 0 <= row < len(drafts) and hasattr(window, "show_view"):
            window.show_view("members")
            window.members.resume_draft(drafts[row].id)

    def retranslate(self) -> None:
        lang = current_language()
        self.greeting.setText(self.tr("Welcome, {name}").format(name=self._user.display_name))
        self.subtitle.setText(
            self.tr("{role} · office {office}").format(
                role=label(USER_ROLES, self._user.role), office=self._office_name
            )
        )
        captions = {
            "members": self.tr("Members"),
            "draft_quotes": self.tr("Draft quotes"),
            "sent_quotes": self.tr("Sent quotes awaiting an answer"),
            "draft_declarations": self.tr("Draft declarations"),
            "open_certificates": self.tr("Open certificate requests"),
            "requests_waiting": self.tr("TeamAdmin questions waiting for your answer"),
            "loans_to_decide": self.tr("Loans to decide"),
            "loans_in_arrears": self.tr("Loans in arrears"),
            "pending_changes": self.tr("Changes not yet synchronised"),
        }
        board = self._dashboard
        for key, tile in self.tiles.items():
            tile.caption.setText(captions[key])
            value = getattr(board, key) if board else None
            if isinstance(value, list):  # a list shown below (loans in arrears): its length
                value = len(value)
            tile.number.setText(format_number(value, lang) if board else "…")
        self.deadlines_title.setText(  # the list starts with what is already overdue
            self.tr("Overdue, or due in the next {days} days").format(days=DEADLINE_HORIZON_DAYS)
        )
        self.deadlines.setHorizontalHeaderLabels(
            [self.tr("Due on"), self.tr("In"), self.tr("What"), self.tr("Member")]
        )
        deadlines = board.deadlines if board else []
        self.deadlines.setRowCount(len(deadlines))
        today = date.today()
        for row, deadline in enumerate(deadlines):
            days = (deadline.due_on - today).days
            if days < 0:
                when = self.tr("overdue by {days} d").format(days=-days)
            elif days == 0:
                when = self.tr("today")
            else:
                when = self.tr("{days} d").format(days=days)
            values = (
                format_date(deadline.due_on, lang),
                when,
                label(DEADLINE_KINDS, deadline.kind),
                deadline.member_name,
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if days < 0:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.deadlines.setItem(row, column, item)
        drafts = board.activity_drafts if board else ()
        self.drafts_title.setText(
            self.tr("Activities you are setting up ({count})").format(count=len(drafts))
        )
        self.drafts.setHorizontalHeaderLabels(
            [self.tr("Activity"), self.tr("Member"), self.tr("Last saved")]
        )
        self.drafts.setRowCount(len(drafts))
        for row, draft in enumerate(drafts):
            values = (
                draft.name or self.tr("(no name yet)"),
                draft.member_name,
                format_date(draft.updated_at.date(), lang),
            )
            for column, value in enumerate(values):
                self.drafts.setItem(row, column, QTableWidgetItem(value))
        self.drafts_title.setVisible(bool(drafts))
        self.drafts.setVisible(bool(drafts))
        shown_rows = min(len(drafts), 5)  # the table fits its rows; more scroll
        self.drafts.setFixedHeight(
            self.drafts.horizontalHeader().sizeHint().height()
            + shown_rows * self.drafts.verticalHeader().defaultSectionSize()
            + 2 * self.drafts.frameWidth()
        )
        self.declarations.show_rows(board.open_declarations if board else None)
        self._show_arrears(board, lang)
        has_rows = bool(deadlines)
        self.deadlines.setVisible(has_rows)
        self.no_deadlines.setVisible(not has_rows)
        self.no_deadlines.setText(
            self.tr("Nothing is due in the next {days} days.").format(days=DEADLINE_HORIZON_DAYS)
            if board
            else self.tr("Loading…")
        )

    def _show_arrears(self, board: Dashboard | None, lang: str) -> None:
        """Loans in arrears (issue 12): the adviser's office, or every office for a
        reviewer; most days late first."""
        rows = board.loans_in_arrears if board else []
        shown = "loans_in_arrears" in self.tiles and bool(rows)
        self.arrears_title.setVisible(shown)
        self.arrears.setVisible(shown)
        if not shown:
            return
        self.arrears_title.setText(self.tr("Loans in arrears"))
        self.arrears.setHorizontalHeaderLabels(
            [self.tr("Loan"), self.tr("Member"), self.tr("Days late"), self.tr("In arrears")]
        )
        self.arrears.setRowCount(len(rows))
        for row, loan in enumerate(rows):
            values = (
                loan.reference,
                loan.member_name,
                format_number(loan.arrears_days, lang),
                format_money(loan.arrears, lang),
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.arrears.setItem(row, column, item)


class OpenDeclarations(QWidget):
    """Every open accident declaration and claim with its days left, overdue first
    (issue #10): the adviser's office's, TeamAdmin's every office's."""

    ROLES = frozenset({"adviser", "teamadmin", "admin"})

    def __init__(self, role: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("openDeclarations")
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.table = QTableWidget(0, 4)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.empty = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        self.setVisible(role in self.ROLES)
        self.rows: tuple = ()

    def show_rows(self, rows) -> None:
        from ui.declarations.texts import CLAIM_KINDS, COVERS

        lang = current_language()
        self.rows = tuple(rows or ())
        self.title.setText(self.tr("Open declarations and claims, overdue first"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Deadline"), self.tr("Days left"), self.tr("What"), self.tr("Member")]
        )
        self.table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            if row.days_left < 0:
                left = self.tr("overdue by {days} d").format(days=-row.days_left)
            elif row.days_left == 0:
                left = self.tr("today")
            else:
                left = self.tr("{days} d").format(days=row.days_left)
            what = label(COVERS if row.entity == "accident" else CLAIM_KINDS, row.kind)
            values = (format_date(row.deadline, lang), left, what, row.member_name)
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if row.days_left < 0:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(index, column, item)
        self.table.setVisible(bool(self.rows))
        self.empty.setVisible(not self.rows)
        self.empty.setText(
            self.tr("No open declaration.") if rows is not None else self.tr("Loading…")
        )
