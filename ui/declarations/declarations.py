"""Declarations: the adviser's list of accident declarations and insurance claims (mine
or my office; TeamAdmin sees every office's), filtered by kind, state and days left,
open ones with the least time left first; and the two forms."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.declarations.claim import CLAIM_KINDS as CLAIM_CODES
from app.domain.declarations.coverage import COVERS as COVER_CODES
from app.domain.declarations.declaration_states import STATES
from app.formatting import format_date
from app.services.context import ServiceContext
from app.services.declarations import declarations as svc
from app.services.permissions import reads_all_offices
from ui.declarations.texts import (
    CLAIM_KINDS,
    COVERS,
    DECLARATION_STATES,
    count_text,
    days_left_text,
    kind_text,
)
from ui.i18n import current_language
from ui.labels import label
from ui.messages import error_text
from ui.worker import Worker

ANY_DAYS = -1
COVER_WIDTH = 190
LIST_STATES = tuple(s for s in STATES if s != "first_aid") + ("first_aid",)


def _load_holidays() -> None:
    from datetime import date

    from app.domain.working_days import is_public_holiday

    is_public_holiday(date.today())


class DeclarationsView(QWidget):
    def __init__(self, worker: Worker, ctx: ServiceContext, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("declarationsView")
        self._worker, self._ctx = worker, ctx
        self.rows: list[svc.DeclarationRow] = []
        self.loading = False
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.scope = QComboBox()
        self.scope.addItem("", "mine")
        self.scope.addItem("", "office")
        self.scope.setCurrentIndex(1)  # the office's (TeamAdmin: every office's) by default
        self.kind = QComboBox()
        self.kind.addItem("", None)
        self.kind.addItem("", ("accident", None))
        for code in COVER_CODES:
            self.kind.addItem("", ("accident", code))
        self.kind.addItem("", ("claim", None))
        for code in CLAIM_CODES:
            self.kind.addItem("", ("claim", code))
        self.state = QComboBox()
        self.state.addItem("", None)
        for code in LIST_STATES:
            self.state.addItem("", code)
        self.days = QSpinBox()
        self.days.setRange(ANY_DAYS, 365)
        self.days.setValue(ANY_DAYS)
        self.days_caption = QLabel()
        self.new_accident_button = QPushButton()
        self.new_claim_button = QPushButton()
        self.status = QLabel()
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("declarationTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # the cover keeps a set width (its full text in the tooltip); the member's name
        # takes the room left
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(1, COVER_WIDTH)
        for combo, letters in ((self.scope, 10), (self.kind, 16), (self.state, 16)):
            # a long translated item must not widen the window
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(letters)
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.new_accident_button)
        heading.addWidget(self.new_claim_button)
        filters = QHBoxLayout()
        for widget in (self.scope, self.kind, self.state, self.days_caption, self.days):
            filters.addWidget(widget)
        filters.addStretch(1)
        list_page = QWidget()
        list_layout = QVBoxLayout(list_page)
        list_layout.addLayout(heading)
        list_layout.addLayout(filters)
        list_layout.addWidget(self.table, 1)
        list_layout.addWidget(self.status)
        # the two forms, each made the first time it is needed (not on the list's first
        # visit: together they cost more to build than the whole list)
        self._forms: dict[str, QWidget] = {}
        self.pages = QStackedWidget()
        self.pages.addWidget(list_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.pages)

        for combo in (self.scope, self.kind, self.state):
            combo.currentIndexChanged.connect(self.refresh)
        self.days.valueChanged.connect(self.refresh)
        self.table.cellDoubleClicked.connect(lambda row, _column: self.open_row(row))
        self.new_accident_button.clicked.connect(self.new_accident)
        self.new_claim_button.clicked.connect(self.new_claim)
        self._holidays_asked = False
        self.retranslate()
        self.refresh()

    @property
    def accident_form(self):
        return self._form("accident")

    @property
    def claim_form(self):
        return self._form("claim")

    def _form(self, kind: str):
        form = self._forms.get(kind)
        if form is None:
            if kind == "accident":
                from ui.declarations.accident_form import AccidentForm as Form
            else:
                from ui.declarations.claim_form import ClaimForm as Form
            form = self._forms[kind] = Form(self._worker, self._ctx)
            self.pages.addWidget(form)
            form.closed.connect(self.show_list)
            form.saved.connect(lambda _id: self.refresh())
        return form

    @property
    def editing(self) -> bool:
        return self.pages.currentIndex() != 0

    def current_filter(self) -> svc.DeclarationFilter:
        kind = self.kind.currentData()
        days = self.days.value()
        return svc.DeclarationFilter(
            scope=self.scope.currentData(),
            entity=kind[0] if kind else None,
            kind=kind[1] if kind else None,
            state=self.state.currentData(),
            max_days_left=None if days == ANY_DAYS else days,
        )

    def refresh(self, *_args) -> None:
        self.loading = True
        self._worker.submit(
            svc.list_declarations,
            self._ctx,
            self.current_filter(),
            on_result=self._show_rows,
            on_error=self._failed,
        )

    def _failed(self, error: BaseException) -> None:
        self.loading = False
        self.status.setText(error_text(error))

    def _show_rows(self, rows) -> None:
        self.loading = False
        self.rows = list(rows)
        lang = current_language()
        self.table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            kind = kind_text(row.entity, row.kind, row.serious)
            left = days_left_text(row.days_left)
            values = (
                row.number or self.tr("(draft)"),
                kind,
                row.member_name,
                format_date(row.event_date, lang),
                label(DECLARATION_STATES, row.state),
                f"{format_date(row.deadline, lang)}  {left}".strip() if row.deadline else "",
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                if row.days_left is not None and row.days_left < 0:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(index, column, item)
        self.status.setText(count_text(len(self.rows)))
        if not self._holidays_asked:
            # the forms' deadlines count working days: the public holidays are loaded on
            # the worker once the list is shown (not while the view is built: the import
            # would take turns with the GUI thread), never on the GUI thread
            self._holidays_asked = True
            self._worker.submit(_load_holidays, on_error=lambda _error: None)

    def open_row(self, index: int) -> None:
        row = self.rows[index]
        if row.entity == "accident":
            self.open_accident(row.id)
        else:
            self.open_claim(row.id)

    def open_accident(self, declaration_id: str) -> None:
        self.accident_form.new()
        self.accident_form.load(declaration_id)
        self.pages.setCurrentWidget(self.accident_form)

    def open_claim(self, claim_id: str) -> None:
        self.claim_form.new()
        self.claim_form.load(claim_id)
        self.pages.setCurrentWidget(self.claim_form)

    def new_accident(self) -> None:
        self.accident_form.new()
        self.pages.setCurrentWidget(self.accident_form)

    def new_claim(self) -> None:
        self.claim_form.new()
        self.pages.setCurrentWidget(self.claim_form)

    def show_list(self) -> None:
        self.pages.setCurrentIndex(0)
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Accident declarations and insurance claims"))
        self.scope.setItemText(0, self.tr("Filed by me"))
        self.scope.setItemText(
            1, self.tr("All offices") if reads_all_offices(self._ctx.user) else self.tr("My office")
        )
        self.kind.setItemText(0, self.tr("Every kind"))
        for index in range(1, self.kind.count()):
            entity, code = self.kind.itemData(index)
            if code is None:
                text = self.tr("All accidents") if entity == "accident" else self.tr("All claims")
            else:
                text = "   " + label(COVERS if entity == "accident" else CLAIM_KINDS, code)
            self.kind.setItemText(index, text)
        self.state.setItemText(0, self.tr("Every state"))
        for index in range(1, self.state.count()):
            self.state.setItemText(index, label(DECLARATION_STATES, self.state.itemData(index)))
        self.days_caption.setText(self.tr("Days left at most"))
        self.days.setSpecialValueText(self.tr("any"))
        self.new_accident_button.setText(self.tr("New accident declaration"))
        self.new_claim_button.setText(self.tr("New claim"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Number"),
                self.tr("Cover or kind of claim"),
                self.tr("Member"),
                self.tr("Date"),
                self.tr("State"),
                self.tr("Deadline"),
            ]
        )
        # the cover's column keeps its set width, but never narrower than its own title
        header = self.table.horizontalHeader()
        title = self.table.horizontalHeaderItem(1).text()
        bold = header.font()
        bold.setBold(True)  # some styles draw the titles in bold
        needed = QFontMetrics(bold).horizontalAdvance(title) + 2 * header.style().pixelMetric(
            QStyle.PixelMetric.PM_HeaderMargin
        )
        header.resizeSection(1, max(COVER_WIDTH, needed + 8))
        if self.rows:
            self._show_rows(self.rows)
