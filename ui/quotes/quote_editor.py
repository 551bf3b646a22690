"""The quote editor: header, lines with the VAT answer beside each, totals, the member's
budget, the moves of the quote and its history (issue 3 §3–§6).

The lines get the height (issue 13 §8): the header and the totals share one row, the
lines are the first tab, the member's side and the history the next ones. What blocks
Send is said in a banner at the top, with a button to the line to decide, and is Send's
tooltip too. The moves the quote can make now are buttons; the rare ones (duplicate,
cancel, PDF) are under More, so the window fits about 1,100 px in every language.
Keyboard: Delete removes the selected draft line, Ctrl+S saves, Ctrl+P the PDF.

Every figure comes from the services (`quote_view`: line nets, totals per rate, grand
totals; `budget_for_amount`: the member's side); the window formats, never computes.
A draft is edited through dialogs that call one service each; a quote that left draft
is shown read-only under a banner, and so is every quote to a user whose role does not
change quotes (only what they may do is offered). Every call runs on the worker; the
editor reloads the quote after each change, so what is shown is what is stored.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.members.budget import BudgetSimulation
from app.domain.number_input import typed_number
from app.domain.quotes.vat_rules import cite
from app.formatting import format_date, format_datetime_local, format_money, format_unit_price
from app.services.context import ServiceContext
from app.services.errors import ServiceError
from app.services.members import budget as budget_service
from app.services.permissions import can_write_member_data
from app.services.quotes import clients as client_service
from app.services.quotes import quotes as quote_service
from app.services.quotes.clients import ClientInfo, VatStatus
from app.services.quotes.quote_export import export_quote_pdf
from app.services.quotes.quotes import HistoryEntry, LineView, QuoteView
from ui.dialogs.field_messages import MessageBar
from ui.i18n import current_language
from ui.labels import LANGUAGE_NAMES, country_name, label
from ui.members.texts import CONTRACT_TYPES
from ui.messages import error_text, message_text
from ui.quotes.change_client import ChangeClientDialog
from ui.quotes.client_dialog import vies_answer_text, vies_text
from ui.quotes.line_dialog import LineDialog
from ui.quotes.open_dialog import OpenDialog
from ui.quotes.texts import (
    CATEGORIES,
    CLIENT_KINDS,
    IDENTITY_FIELDS,
    QUOTE_ACTIONS,
    QUOTE_STATES,
    UNITS,
    VAT_TREATMENTS,
)
from ui.quotes.vat_decision import VatDecisionDialog, vat_answer_text
from ui.quotes.vies import check_vies_in_background
from ui.worker import Worker

REVIEW_COLOR = QColor("#fff1cc")
OVERRIDE_COLOR = QColor("#eee7fb")
CHANGED_COLOR = QColor("#e3f1fb")
FLAG = "⚑"
LINE_COLUMNS = 8
DESCRIPTION_COLUMN = 1
DISCOUNT_COLUMN = 5
VAT_COLUMN = 7
# starting widths; the description and the VAT answer share what the others leave
COLUMN_WIDTHS = (28, 150, 100, 80, 84, 62, 86, 300)
DESCRIPTION_SHARE = 0.38  # of the room left to description and VAT answer together
MIN_DESCRIPTION_WIDTH = 100
MIN_VAT_WIDTH = 170
BUDGET_WIDTH = 420  # the member's side reads as a short statement, not across the window
TITLE_MIN_WIDTH = 140
STATUS_SECONDS = 5
HIDDEN_ACTIONS = frozenset({"quote.totals"})  # bookkeeping of every line change


@dataclass(frozen=True)
class EditorData:
    """Everything the editor shows, read in one go on the worker."""

    view: QuoteView
    client: ClientInfo
    history: list[HistoryEntry]
    budget: list[BudgetSimulation]
    budget_error: BaseException | None


def load_quote(ctx: ServiceContext, quote_id: str, lang: str | None = None) -> EditorData:
    view = quote_service.quote_view(ctx, quote_id, lang)
    client = client_service.get_client(ctx, view.client_id)
    history = quote_service.quote_history(ctx, quote_id)
    try:
        budget, budget_error = (
            budget_service.budget_for_amount(view.total_net, view.issue_date),
            None,
        )
    except ServiceError as exc:  # the simulator is a help; the quote still opens
        budget, budget_error = [], exc
    return EditorData(view, client, history, budget, budget_error)


def pdf_file_name(view: QuoteView) -> str:
    if view.number:
        return f"{view.number}.pdf"
    return f"draft-{view.issue_date.isoformat()}-{view.id[:8]}.pdf"


def _bold(widget: QWidget, scale: float = 1.0) -> None:
    font = widget.font()
    font.setBold(True)
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    widget.setFont(font)


def _wrapping(text: str) -> QLabel:
    """A caption of the member's side, which wraps rather than widen the window."""
    caption = QLabel(text)
    caption.setWordWrap(True)
    return caption


class QuoteTitle(QLabel):
    """The quote's title, which ends in "…" rather than widen a narrow window; `text()`
    keeps the whole title."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), TITLE_MIN_WIDTH), hint.height())

    def paintEvent(self, event) -> None:  # noqa: N802
        room = self.contentsRect()
        shown = self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideRight, room.width()
        )
        self.setToolTip(self.text() if shown != self.text() else "")
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(room, int(self.alignment()), shown)


class QuoteEditor(QWidget):
    """One quote, opened from the quote list."""

    backRequested = Signal()
    # a quote was changed, created or moved; the list should show it again
    quoteChanged = Signal(str)

    def __init__(self, worker: Worker, ctx: ServiceContext, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("quoteEditor")
        self._worker = worker
        self._ctx = ctx
        self._pending = 0
        self._generation = 0
        self.data: EditorData | None = None
        self.quote_id: str | None = None
        self.changed_lines: set[str] = set()
        self._dialogs = OpenDialog()
        self.last_pdf: Path | None = None
        self._save_reported = False  # Ctrl+S came while a change was on its way

        # --- top: title, state, the moves of the quote now, the rare ones under More -----------
        self.back_button = QPushButton()
        self.back_button.setObjectName("backToList")
        self.title = QuoteTitle()
        self.title.setObjectName("quoteTitle")
        _bold(self.title, 1.4)
        self.state_label = QLabel()
        self.state_label.setObjectName("quoteState")
        self.send_button = QPushButton()
        self.send_button.setObjectName("sendQuote")
        self.accept_button = QPushButton()
        self.refuse_button = QPushButton()
        self.more_button = QPushButton()
        self.more_button.setObjectName("moreActions")
        self.more_menu = QMenu(self.more_button)
        self.more_button.setMenu(self.more_menu)
        self.duplicate_action = QAction(self)
        self.cancel_action = QAction(self)
        self.pdf_action = QAction(self)
        self.pdf_action.setShortcut(QKeySequence.StandardKey.Print)
        for action in (self.duplicate_action, self.cancel_action, self.pdf_action):
            self.more_menu.addAction(action)
        self.addAction(self.pdf_action)  # Ctrl+P works while the editor is shown
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addSpacing(8)
        top.addWidget(self.title)
        top.addWidget(self.state_label)
        top.addStretch(1)
        for button in (self.send_button, self.accept_button, self.refuse_button, self.more_button):
            top.addWidget(button)

        self.bar = MessageBar()
        self.banner = MessageBar()
        self.banner.setObjectName("frozenBanner")
        # why Send is blocked, at the top where Send is, with the way to the line to decide
        self.blocking = MessageBar()
        self.blocking.setObjectName("sendBlocked")
        self.decide_next_button = QPushButton()
        self.decide_next_button.setObjectName("decideNextLine")
        self.blocking_row = QWidget()
        blocking_layout = QHBoxLayout(self.blocking_row)
        blocking_layout.setContentsMargins(0, 0, 0, 0)
        blocking_layout.addWidget(self.blocking, 1)
        blocking_layout.addWidget(self.decide_next_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.blocking_row.hide()

        # --- header ----------------------------------------------------------------------------
        self.header_box = QGroupBox()
        self.activity_value = QLabel()
        self.activity_value.setWordWrap(True)
        self.client_value = QLabel()
        self.client_value.setWordWrap(True)
        self.client_value.setObjectName("clientValue")
        self.vies_button = QPushButton()
        self.vies_button.setObjectName("checkVies")
        self.change_client_button = QPushButton()
        self.change_client_button.setObjectName("changeClient")
        self.change_header_button = QPushButton()
        self.change_header_button.setObjectName("changeHeader")
        self.dates_value = QLabel()
        self.dates_value.setWordWrap(True)
        self._header_captions = [QLabel() for _ in range(3)]
        grid = QGridLayout(self.header_box)
        grid.setColumnStretch(1, 1)
        grid.setVerticalSpacing(2)
        grid.addWidget(self._header_captions[0], 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.activity_value, 0, 1, 1, 3)
        grid.addWidget(self._header_captions[1], 1, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.client_value, 1, 1)
        grid.addWidget(self.vies_button, 1, 2, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.change_client_button, 1, 3, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.change_header_button, 2, 3, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self._header_captions[2], 2, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.dates_value, 2, 1, 1, 2)
        grid.setRowStretch(3, 1)  # as tall as the totals beside it: the rows stay on top
        self.header_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        # --- the lines, the first tab: they get the height ----------------------------------------
        self.lines_box = QWidget()
        self.lines = QTableWidget(0, LINE_COLUMNS)
        self.lines.setObjectName("quoteLines")
        self.lines.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines.setWordWrap(True)
        self.lines.verticalHeader().setVisible(False)
        self.lines.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.lines.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate(COLUMN_WIDTHS):
            header.resizeSection(column, width)
        header.setMinimumSectionSize(30)
        self.lines.viewport().installEventFilter(self)  # the columns follow the width
        self.add_line_button = QPushButton()
        self.add_line_button.setObjectName("addLine")
        self.edit_line_button = QPushButton()
        self.remove_line_button = QPushButton()
        self.decide_button = QPushButton()
        self.decide_button.setObjectName("decideVat")
        line_buttons = QHBoxLayout()
        for button in (
            self.add_line_button,
            self.edit_line_button,
            self.remove_line_button,
            self.decide_button,
        ):
            line_buttons.addWidget(button)
        line_buttons.addStretch(1)
        lines_layout = QVBoxLayout(self.lines_box)
        lines_layout.addWidget(self.lines, 1)
        lines_layout.addLayout(line_buttons)

        # --- the totals beside the header; the member's side and the history as tabs ---------
        self.totals_box = QGroupBox()
        self._provisional: list[int] = []  # the lines whose VAT is still to decide
        self.totals_box.setObjectName("totals")
        self.totals_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.totals_grid = QGridLayout(self.totals_box)
        self.budget_box = QWidget()
        self.budget_box.setObjectName("budget")
        self.budget_box.setMaximumWidth(BUDGET_WIDTH)
        self.budget_grid = QGridLayout(self.budget_box)
        self.history_box = QWidget()
        self.history = QTableWidget(0, 2)
        self.history.setObjectName("quoteHistory")
        self.history.verticalHeader().setVisible(False)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.history.setWordWrap(True)
        self.history.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        history_header = self.history.horizontalHeader()
        history_header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        history_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        history_layout = QVBoxLayout(self.history_box)
        history_layout.addWidget(self.history)
        budget_page = QWidget()
        budget_layout = QVBoxLayout(budget_page)
        budget_layout.addWidget(self.budget_box)
        budget_layout.addStretch(1)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("quoteTabs")
        self.tabs.addTab(self.lines_box, "")
        self.tabs.addTab(budget_page, "")
        self.tabs.addTab(self.history_box, "")

        upper = QHBoxLayout()
        upper.addWidget(self.header_box, 1)
        upper.addWidget(self.totals_box, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.bar)
        layout.addWidget(self.banner)
        layout.addWidget(self.blocking_row)
        layout.addLayout(upper)
        layout.addWidget(self.tabs, 1)

        self.back_button.clicked.connect(self.backRequested)
        self.send_button.clicked.connect(lambda: self.send())
        self.accept_button.clicked.connect(self.accept_quote)
        self.refuse_button.clicked.connect(self.refuse_quote)
        self.cancel_action.triggered.connect(self.cancel_quote)
        self.duplicate_action.triggered.connect(self.duplicate)
        self.pdf_action.triggered.connect(lambda: self.save_pdf())
        self.add_line_button.clicked.connect(lambda: self.add_line())
        self.edit_line_button.clicked.connect(lambda: self.edit_line())
        self.remove_line_button.clicked.connect(self.remove_line)
        self.decide_button.clicked.connect(lambda: self.decide_vat())
        self.decide_next_button.clicked.connect(lambda: self.decide_next_line())
        # keyboard: Delete removes the selected draft line, Ctrl+S saves what is on its way
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.lines)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_line)
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(self.save_now)
        self.change_client_button.clicked.connect(lambda: self.change_client())
        self.change_header_button.clicked.connect(lambda: self.change_header())
        self.vies_button.clicked.connect(self.check_vies)
        self.lines.itemSelectionChanged.connect(self._update_buttons)
        self.lines.cellDoubleClicked.connect(self._line_double_clicked)
        self.retranslate()

    # --- state for tests and screenshots ------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._pending > 0 or self._dialogs.busy

    @property
    def dialog(self):
        """The dialog open on top of the editor, if any."""
        return self._dialogs.current

    @property
    def view(self) -> QuoteView | None:
        return self.data.view if self.data else None

    @property
    def may_change(self) -> bool:
        """Whether this user may change this quote at all (draft or not)."""
        view = self.view
        return view is not None and can_write_member_data(self._ctx.user, view.office_id)

    @property
    def editable(self) -> bool:
        return self.may_change and self.view.state == "draft"

    def selected_line(self) -> LineView | None:
        view = self.view
        rows = self.lines.selectionModel().selectedRows() if view else []
        if not rows or not 0 <= rows[0].row() < len(view.lines):
            return None
        return view.lines[rows[0].row()]

    def select_line(self, position: int) -> None:
        """Select the line with this number (1 is the first)."""
        self.lines.selectRow(position - 1)

    def vat_text(self, position: int) -> str:
        item = self.lines.item(position - 1, VAT_COLUMN)
        return item.text() if item else ""

    # --- loading --------------------------------------------------------------------------------

    def open_quote(self, quote_id: str, message: str = "", kind: str = "info") -> None:
        if quote_id != self.quote_id:
            self.changed_lines = set()
        self.quote_id = quote_id
        self._generation += 1
        generation = self._generation
        self._pending += 1
        if message:
            self.bar.show_message(message, kind)
        else:
            self.bar.clear_message()
        self._worker.submit(
            load_quote,
            self._ctx,
            quote_id,
            current_language(),  # the VAT reasons in the window's language
            on_result=lambda data: self._loaded(generation, data),
            on_error=lambda error: self._load_failed(generation, error),
        )

    def reload(self, message: str = "", kind: str = "info") -> None:
        if self.quote_id:
            self.open_quote(self.quote_id, message, kind)

    def _loaded(self, generation: int, data: EditorData) -> None:
        self._pending -= 1
        if generation != self._generation:
            return
        selected = self.selected_line()
        self.data = data
        self._render()
        if selected is not None:
            rows = [i for i, line in enumerate(data.view.lines) if line.id == selected.id]
            if rows:
                self.lines.selectRow(rows[0])

    def _load_failed(self, generation: int, error: BaseException) -> None:
        self._pending -= 1
        if generation == self._generation:
            self.bar.show_message(error_text(error))

    # --- rendering ------------------------------------------------------------------------------

    def _render(self) -> None:
        data = self.data
        if data is None:
            self.title.setText(self.tr("Quote"))
            self.state_label.setText("")
            self._update_buttons()
            return
        view = data.view
        lang = current_language()
        self.title.setText(
            self.tr("Quote {number}").format(number=view.number)
            if view.number
            else self.tr("Draft quote")
        )
        self.state_label.setText(
            "" if view.state == "draft" else f"· {label(QUOTE_STATES, view.state)}"
        )
        self._render_banner()
        self.activity_value.setText(
            self.tr("<b>{activity}</b> — member {member}").format(
                activity=html.escape(view.activity_name, quote=False),
                member=html.escape(view.member_name, quote=False),
            )
        )
        client = data.client
        facts = [label(CLIENT_KINDS, client.kind), country_name(client.country, lang)]
        if client.vat_number:
            facts.append(
                self.tr("VAT {number}: {check}").format(
                    number=client.vat_number,
                    check=vies_text(client.vat_check, client.vat_checked_at),
                )
            )
        else:
            facts.append(self.tr("no VAT number"))
        self.client_value.setText(
            f"<b>{html.escape(client.name, quote=False)}</b><br>{html.escape(' · '.join(facts), quote=False)}"
        )
        self.dates_value.setText(
            self.tr("Issued {issued} · valid until {until} · in {language}").format(
                issued=format_date(view.issue_date, lang),
                until=format_date(view.valid_until, lang),
                # French writes language names in lower case ("en néerlandais")
                language=label(LANGUAGE_NAMES, view.language).lower()
                if lang == "fr"
                else label(LANGUAGE_NAMES, view.language),
            )
        )
        self._render_lines(view)
        self._render_blocking(view)
        self._render_totals(view)
        self._render_budget(data)
        self._render_history(data.history)
        self._update_buttons()

    def _render_banner(self) -> None:
        view = self.view
        if view is not None and not self.may_change:
            self.banner.show_message(
                self.tr(
                    "You can read this quote but not change it: quotes are made and changed "
                    "by the advisers of their office."
                ),
                "info",
            )
            return
        if view is None or view.state == "draft":
            self.banner.clear_message()
            return
        state = label(QUOTE_STATES, view.state).lower()
        text = self.tr(
            "This quote is {state} and can no longer be changed. Duplicate it (More › "
            "Duplicate) to make a new draft with the same lines."
        ).format(state=state)
        self.banner.show_message(text, "warning" if view.state == "cancelled" else "info")

    def _render_lines(self, view: QuoteView) -> None:
        lang = current_language()
        self.lines.setRowCount(len(view.lines))
        for row, line in enumerate(view.lines):
            quantity = typed_number(line.quantity, lang)
            if line.unit and line.unit != "unit":
                quantity += f" × {label(UNITS, line.unit)}"
            discount = f"{typed_number(line.discount_pct, lang)} %" if line.discount_pct else ""
            cells = (
                str(line.position),
                line.description,
                label(CATEGORIES, line.category),
                quantity,
                format_unit_price(line.unit_price, lang),
                discount,
                format_money(line.net, lang),
                self._vat_cell(line, view.straddles_rate_change),
            )
            background = None
            if line.review_open:
                background = REVIEW_COLOR
            elif line.overridden:
                background = OVERRIDE_COLOR
            elif line.id in self.changed_lines:
                background = CHANGED_COLOR
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (0, 4, 5, 6):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
                else:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                if background is not None:
                    item.setBackground(QBrush(background))
                if column == VAT_COLUMN:
                    item.setToolTip(text)
                self.lines.setItem(row, column, item)
        # a discount column only when a line has a discount: the room goes to the text
        self.lines.setColumnHidden(
            DISCOUNT_COLUMN, not any(line.discount_pct for line in view.lines)
        )
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Description and VAT answer share the table's width left by the figures (the
        answer the larger part), so the lines do not scroll sideways; rows grow instead.
        In a window too narrow for that, the texts keep a readable width and the table
        scrolls sideways."""
        header = self.lines.horizontalHeader()
        fixed = sum(
            header.sectionSize(column)
            for column in range(LINE_COLUMNS)
            if column not in (DESCRIPTION_COLUMN, VAT_COLUMN) and not header.isSectionHidden(column)
        )
        room = self.lines.viewport().width() - fixed
        if room >= MIN_DESCRIPTION_WIDTH + MIN_VAT_WIDTH:
            description = max(int(room * DESCRIPTION_SHARE), MIN_DESCRIPTION_WIDTH)
            vat = room - description
        else:
            description, vat = MIN_DESCRIPTION_WIDTH, MIN_VAT_WIDTH
        header.resizeSection(DESCRIPTION_COLUMN, description)
        header.resizeSection(VAT_COLUMN, vat)
        self.lines.resizeRowsToContents()

    def _fit_headers(self) -> None:
        """The figures' columns at least as wide as their heading in this language."""
        header = self.lines.horizontalHeader()
        metrics = header.fontMetrics()
        for column, width in enumerate(COLUMN_WIDTHS):
            if column in (DESCRIPTION_COLUMN, VAT_COLUMN):
                continue
            heading = self.lines.horizontalHeaderItem(column).text()
            header.resizeSection(column, max(width, metrics.horizontalAdvance(heading) + 14))
        self._fit_columns()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.lines.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()  # wrapped text changes height with the width
        return super().eventFilter(watched, event)

    def _vat_cell(self, line: LineView, straddles: bool = False) -> str:
        """The VAT answer of a line in plain words, as it stands beside the line; when the
        lines fall on both sides of a change of rates, the date each was checked on."""
        parts = []
        if line.id in self.changed_lines:
            parts.append("↻ " + self.tr("Changed with the client"))
        if line.review_open:
            head = f"{FLAG} " + self.tr("To decide by an adviser")
            if line.likely:
                head += " — " + self.tr("likely {answer}").format(
                    answer=vat_answer_text(line.likely.treatment, line.likely.rate)
                )
            else:
                head += " — " + self.tr("for now {answer}").format(
                    answer=vat_answer_text(line.treatment, line.rate)
                )
            parts.append(head)
        else:
            parts.append(vat_answer_text(line.treatment, line.rate))
        if line.legal_basis:  # in the reader's language: WBTW / CTVA, KB nr. / AR n°
            parts.append(cite(line.legal_basis, current_language()))
        if straddles and line.tax_point is not None:
            parts.append(
                "📅 "
                + self.tr(
                    "Rate of the date of supply, {date}: the rates change during this quote."
                ).format(date=format_date(line.tax_point, current_language()))
            )
        parts.extend(line.reasons)
        if line.overridden:
            parts.append(
                f"{FLAG} "
                + self.tr("Check: {check} → adviser: {adviser}, because {reason}").format(
                    check=vat_answer_text(line.engine_treatment, line.engine_rate),
                    adviser=vat_answer_text(line.treatment, line.rate),
                    reason=line.override_reason,
                )
            )
        elif line.review and line.override_reason:
            parts.append("✓ " + self.tr("Confirmed by an adviser: {reason}").format(
                reason=line.override_reason
            ))  # fmt: skip
        return "\n".join(parts)

    def _render_blocking(self, view: QuoteView) -> None:
        """Why Send is blocked, in the banner at the top and as Send's tooltip, with a
        button to the first line still to decide."""
        if view.state != "draft" or not view.blocking or not self.may_change:
            self.blocking.clear_message()
            self.blocking_row.hide()
            self.send_button.setToolTip(self._send_tip())
            return
        texts = [self.tr("Sending is blocked:")]
        for key in view.blocking:
            text = message_text(key)
            if key == "quote.identity_incomplete":  # what is missing, and who sets it
                missing = ", ".join(label(IDENTITY_FIELDS, f) for f in view.identity_missing)
                text = message_text(key, {"entity": view.entity, "missing": missing})
            if key == "quote.review_open":
                positions = ", ".join(str(line.position) for line in view.lines if line.review_open)
                text += " " + self.tr("Line(s) to decide: {positions}.").format(positions=positions)
            texts.append(text)
        self.blocking_row.show()
        self.blocking.show_message("\n".join(texts), "warning")
        self.send_button.setToolTip("\n".join(texts))  # the same reason on the button
        undecided = self._undecided_line()
        self.decide_next_button.setVisible(undecided is not None)
        if undecided is not None:
            self.decide_next_button.setText(
                self.tr("Decide line {position} no&w…").format(position=undecided.position)
            )

    def _undecided_line(self) -> LineView | None:
        view = self.view
        return next((line for line in view.lines if line.review_open), None) if view else None

    def _send_tip(self) -> str:
        return self.tr(
            "Give the quote the next number of this device's series and freeze it: its "
            "lines, VAT and totals can no longer be changed."
        )

    def _title_totals(self) -> None:
        provisional = self._provisional
        if provisional:
            self.totals_box.setTitle(self.tr("Totals (provisional)"))
            self.totals_box.setToolTip(
                self.tr(
                    "The VAT of line(s) {lines} is not decided yet: the VAT and the total "
                    "incl. VAT are provisional until an adviser decides."
                ).format(lines=", ".join(str(n) for n in provisional))
            )
        else:
            self.totals_box.setTitle(self.tr("Totals"))
            self.totals_box.setToolTip("")

    def _clear_grid(self, grid: QGridLayout) -> None:
        while grid.count():
            item = grid.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.setParent(None)  # gone from the box now, not at the next event loop
                widget.deleteLater()

    def _render_totals(self, view: QuoteView) -> None:
        lang = current_language()
        # a line still to decide makes the VAT and the total incl. VAT provisional (the
        # PDF of a draft says so too): the box says it, never shows them as final
        self._provisional = [line.position for line in view.lines if line.review_open]
        self._title_totals()
        grid = self.totals_grid
        self._clear_grid(grid)
        heads = (self.tr("VAT"), self.tr("Base"), self.tr("VAT amount"))
        for column, text in enumerate(heads):
            head = QLabel(text)
            head.setObjectName("detailHint")
            grid.addWidget(
                head,
                0,
                column,
                Qt.AlignmentFlag.AlignRight if column else Qt.AlignmentFlag.AlignLeft,
            )
        row = 1
        for group in view.vat_table:
            treatment = group.treatment
            rate = None if group.rate is None else f"{group.rate.normalize():f}"
            name = (
                vat_answer_text(treatment, rate)
                if treatment == "taxable"
                else label(VAT_TREATMENTS, treatment)
            )
            grid.addWidget(QLabel(name), row, 0)
            base = QLabel(format_money(group.base, lang))
            vat = QLabel(format_money(group.vat, lang))
            grid.addWidget(base, row, 1, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(vat, row, 2, Qt.AlignmentFlag.AlignRight)
            row += 1
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        grid.addWidget(line, row, 0, 1, 3)
        row += 1
        for caption, amount, name in (
            (self.tr("Total excl. VAT"), view.total_net, "totalNet"),
            (self.tr("VAT"), view.total_vat, "totalVat"),
            (self.tr("Total incl. VAT"), view.total_gross, "totalGross"),
        ):
            text = QLabel(caption)
            value = QLabel(format_money(amount, lang))
            value.setObjectName(name)
            if name == "totalGross":
                _bold(text)
                _bold(value)
            grid.addWidget(text, row, 0, 1, 2)
            grid.addWidget(value, row, 2, Qt.AlignmentFlag.AlignRight)
            row += 1
        grid.setColumnStretch(0, 1)

    def _render_budget(self, data: EditorData) -> None:
        lang = current_language()
        grid = self.budget_grid
        self._clear_grid(grid)
        if data.budget_error is not None or not data.budget:
            note = QLabel(error_text(data.budget_error) if data.budget_error else "")
            note.setWordWrap(True)
            grid.addWidget(note, 0, 0, 1, 2)
            return
        first = data.budget[0]
        intro = QLabel(
            self.tr("What {amount} excl. VAT becomes for the member:").format(
                amount=format_money(first.amount_excl_vat, lang)
            )
        )
        intro.setWordWrap(True)
        grid.addWidget(intro, 0, 0, 1, 2)
        rate = typed_number(first.contribution_rate, lang)
        rows = [
            (self.tr("Contribution to Smart ({rate} %)").format(rate=rate), first.contribution),
            (self.tr("Werkbudget"), first.werkbudget),
        ]
        row = 1
        for caption, amount in rows:
            grid.addWidget(_wrapping(caption), row, 0)
            value = QLabel(format_money(amount, lang))
            grid.addWidget(value, row, 1, Qt.AlignmentFlag.AlignRight)
            row += 1
        wages = _wrapping(self.tr("Gross wage by contract type:"))
        _bold(wages)
        grid.addWidget(wages, row, 0, 1, 2)
        row += 1
        for simulation in data.budget:
            caption = _wrapping(
                self.tr("{contract} (÷ {coefficient})").format(
                    contract=label(CONTRACT_TYPES, simulation.contract_type),
                    coefficient=typed_number(simulation.coefficient, lang),
                )
            )
            value = QLabel(format_money(simulation.gross_wage, lang))
            value.setObjectName(f"wage_{simulation.contract_type}")
            grid.addWidget(caption, row, 0)
            grid.addWidget(value, row, 1, Qt.AlignmentFlag.AlignRight)
            row += 1
        note = QLabel(self.tr("Not for temp (interim) contracts."))
        note.setObjectName("detailHint")
        note.setWordWrap(True)
        grid.addWidget(note, row, 0, 1, 2)
        grid.setColumnStretch(0, 1)

    def _render_history(self, history: list[HistoryEntry]) -> None:
        lang = current_language()
        shown = [entry for entry in history if entry.action not in HIDDEN_ACTIONS]
        self.history.setRowCount(len(shown))
        for row, entry in enumerate(reversed(shown)):  # newest first
            what = label(QUOTE_ACTIONS, entry.action)
            detail = entry.detail
            if entry.action == "quote.send" and detail:
                detail = self.tr("number {number}").format(number=detail)
            when = f"{format_datetime_local(entry.at, lang)}\n{entry.user}"
            what = f"{what}\n{detail}" if detail else what
            for column, text in enumerate((when, what)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                self.history.setItem(row, column, item)
        self.history.resizeRowsToContents()

    def _update_buttons(self) -> None:
        view = self.view
        # a user who may not change the quote is offered none of its moves (only its PDF)
        state = (view.state if view else None) if self.may_change else None
        draft = state == "draft"
        line = self.selected_line()
        # only the moves the quote can make now are offered
        self.send_button.setVisible(draft)
        self.send_button.setEnabled(draft and not view.blocking)
        for button in (self.accept_button, self.refuse_button):
            button.setVisible(state == "sent")
            button.setEnabled(state == "sent")
        # the rare moves, under More
        self.cancel_action.setVisible(state in ("draft", "sent"))
        self.cancel_action.setEnabled(state in ("draft", "sent"))
        self.duplicate_action.setVisible(state not in (None, "draft"))
        self.duplicate_action.setEnabled(state not in (None, "draft"))
        self.pdf_action.setEnabled(view is not None)
        self.more_button.setEnabled(view is not None)
        self.decide_next_button.setEnabled(draft and not self.busy)
        for button in (self.add_line_button, self.change_client_button, self.change_header_button):
            button.setVisible(draft)
        for button in (self.edit_line_button, self.remove_line_button, self.decide_button):
            button.setVisible(draft)
            button.setEnabled(draft and line is not None)
        self.add_line_button.setEnabled(draft)
        self.change_client_button.setEnabled(draft)
        self.change_header_button.setEnabled(draft)
        client = self.data.client if self.data else None
        self.vies_button.setVisible(draft and bool(client and client.vat_number))
        self.vies_button.setEnabled(not self.busy)

    # --- the moves of a draft -----------------------------------------------------------------

    def _client_kind(self) -> str:
        return self.data.client.kind if self.data else "private"

    def add_line(self) -> LineDialog | None:
        if not self.editable:
            return None
        dialog = LineDialog(self._worker, self._ctx, self.view, self._client_kind(), parent=self)
        dialog.saved.connect(self._line_saved)
        self._dialogs.open(dialog)
        return dialog

    def edit_line(self, line: LineView | None = None) -> LineDialog | None:
        line = line or self.selected_line()
        if not self.editable or line is None:
            return None
        dialog = LineDialog(
            self._worker, self._ctx, self.view, self._client_kind(), line, parent=self
        )
        dialog.saved.connect(self._line_saved)
        self._dialogs.open(dialog)
        return dialog

    def _line_double_clicked(self, row: int, _column: int) -> None:
        view = self.view
        if view is not None and 0 <= row < len(view.lines):
            self.edit_line(view.lines[row])

    def _line_saved(self, _line_id: str) -> None:
        self.changed_lines = set()
        self.reload()
        self.quoteChanged.emit(self.quote_id)

    def remove_line(self) -> None:
        line = self.selected_line()
        if not self.editable or line is None:
            return

        def done(_result) -> None:
            self.quoteChanged.emit(self.quote_id)  # the list's total follows
            self.reload()

        self._run(quote_service.remove_line, self._ctx, line.id, done=done)

    def decide_vat(self, line: LineView | None = None) -> VatDecisionDialog | None:
        line = line or self.selected_line()
        if not self.editable or line is None:
            return None
        dialog = VatDecisionDialog(
            self._worker, self._ctx, line, line.tax_point or self.view.issue_date, self
        )
        dialog.decided.connect(self._line_saved)
        self._dialogs.open(dialog)
        return dialog

    def decide_next_line(self) -> VatDecisionDialog | None:
        """The banner's way out: select the first line still to decide and decide it."""
        line = self._undecided_line()
        if not self.editable or line is None:
            return None
        self.tabs.setCurrentWidget(self.lines_box)
        self.select_line(line.position)
        return self.decide_vat(line)

    def save_now(self) -> None:
        """Ctrl+S. Every change is stored as it is made (each dialog's OK is one service
        call), so saving means letting the calls on their way finish, then saying so."""
        if self.view is None:
            return
        if not self.editable:
            self.show_status(self.tr("Nothing to save: this quote is read only."))
        elif self._pending:
            self.show_status(self.tr("Saving…"))
            self._save_reported = True
        else:
            self.show_status(self.tr("Saved: every change to this quote is stored."))

    def show_status(self, text: str) -> None:
        """A passing word in the window's status bar (in the message bar without one)."""
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, STATUS_SECONDS * 1000)
        else:
            self.bar.show_message(text, "info")

    def change_header(self):
        """Correct the draft's date, validity or language (its VAT is checked again)."""
        if not self.editable:
            return None
        from ui.quotes.quote_header import QuoteHeaderDialog

        dialog = QuoteHeaderDialog(self._worker, self._ctx, self.view, self)
        dialog.changed.connect(self._client_changed)
        self._dialogs.open(dialog)
        return dialog

    def change_client(self) -> ChangeClientDialog | None:
        if not self.editable:
            return None
        dialog = ChangeClientDialog(self._worker, self._ctx, self.view, self)
        dialog.changed.connect(self._client_changed)
        self._dialogs.open(dialog)
        return dialog

    def _client_changed(self, changed: list[str]) -> None:
        self.changed_lines = set(changed)
        self.quoteChanged.emit(self.quote_id)
        self.reload(self._changed_message(changed), "warning" if changed else "info")

    def _changed_message(self, changed: list[str]) -> str:
        view = self.view
        if not changed:
            return self.tr("The VAT of every line was checked again: no line changed.")
        positions = ", ".join(
            str(line.position) for line in (view.lines if view else []) if line.id in changed
        )
        return self.tr(
            "The VAT of every line was checked again. Changed: line(s) {positions} "
            "(marked ↻). Check them before sending."
        ).format(positions=positions or str(len(changed)))

    def check_vies(self) -> None:
        data = self.data
        if data is None or not data.client.vat_number:
            return
        self.bar.show_message(self.tr("Asking VIES…"), "info")
        ctx, quote_id, before = self._ctx, data.view.id, data.client.vat_check
        recheck = self.editable and bool(data.view.lines)

        def then(status: VatStatus) -> tuple[VatStatus, list[str]]:
            # a new answer about the client may change every line's VAT
            if recheck and status.fresh and status.status != before:
                return status, quote_service.recheck_vat(ctx, quote_id)
            return status, []

        self._pending += 1
        self._update_buttons()

        def result(value) -> None:
            self._pending -= 1
            self._vies_checked(value)
            self._update_buttons()

        def failed(error: BaseException) -> None:
            self._pending -= 1
            self.bar.show_message(error_text(error))
            self._update_buttons()

        check_vies_in_background(self._worker, ctx, data.client.id, result, failed, then)

    def _vies_checked(self, result: tuple[VatStatus, list[str]]) -> None:
        answer, changed = result
        text, kind = vies_answer_text(answer)
        if changed:
            self.changed_lines = set(changed)
            text += "\n" + self._changed_message(changed)
            kind = "warning" if kind == "info" else kind
        self.quoteChanged.emit(self.quote_id)
        self.reload(text, kind)

    def send(self, confirmed: bool = False) -> None:
        """Number and freeze the quote, after the adviser confirms (it cannot be undone)."""
        if not self.editable:
            return
        if not confirmed and not self.confirm(
            self.tr(
                "Number and send this quote?\n\nIt takes the next number of this device's "
                "series, and its lines, VAT and totals are frozen: it can no longer be "
                "changed (a copy can, with More › Duplicate). Send the PDF to the client "
                "afterwards."
            ),
            self.tr("&Number and send"),
        ):
            return
        self._run(quote_service.send_quote, self._ctx, self.quote_id, done=self._sent)

    def _sent(self, number: str) -> None:
        self.changed_lines = set()
        self.quoteChanged.emit(self.quote_id)
        self.reload(self.tr("Sent. The quote's number is {number}.").format(number=number))

    def accept_quote(self) -> None:
        self._move(quote_service.accept_quote, self.tr("The client accepted the quote."))

    def refuse_quote(self) -> None:
        self._move(quote_service.refuse_quote, self.tr("The client refused the quote."))

    def cancel_quote(self) -> None:
        if self.view is None:
            return
        if not self.confirm(
            self.tr("Cancel this quote? A cancelled quote cannot be sent or changed any more."),
            self.tr("&Cancel the quote"),
        ):
            return
        self._move(quote_service.cancel_quote, self.tr("The quote is cancelled."))

    def confirm(self, question: str, action: str | None = None) -> bool:
        """Ask before a move that cannot be undone, on a button named for the move
        (tests answer for the adviser)."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("SmartDesk"), question, parent=self)
        yes = box.addButton(action or self.tr("&Yes"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(box.addButton(self.tr("Not no&w"), QMessageBox.ButtonRole.RejectRole))
        box.exec()
        return box.clickedButton() is yes

    def _move(self, move, message: str) -> None:
        if self.quote_id is None:
            return

        def done(_result) -> None:
            self.quoteChanged.emit(self.quote_id)
            self.reload(message)

        self._run(move, self._ctx, self.quote_id, done=done)

    def duplicate(self) -> None:
        view = self.view
        if view is None:
            return
        self._run(quote_service.duplicate_quote, self._ctx, view.id, done=self._duplicated)

    def _duplicated(self, new_id: str) -> None:
        source = self.view.number if self.view else ""
        self.quoteChanged.emit(new_id)
        self.open_quote(
            new_id,
            self.tr(
                "This is a new draft copied from {number}; the VAT of each line was checked "
                "again for today."
            ).format(number=source or self.tr("the quote")),
        )

    def save_pdf(self, path: str | Path | None = None) -> None:
        """Save the quote as a PDF; asks where unless `path` is given (tests pass one)."""
        view = self.view
        if view is None:
            return
        chose = path is None  # the adviser picked the file: offer to open it after
        if path is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the quote as PDF"),
                str(Path.home() / pdf_file_name(view)),
                self.tr("PDF documents (*.pdf)"),
            )
            if not chosen:
                return
            path = chosen
        self._run(
            export_quote_pdf,
            self._ctx,
            view.id,
            path,
            done=lambda saved: self._pdf_saved(saved, offer=chose),
        )

    def _pdf_saved(self, path: Path, offer: bool = False) -> None:
        self.last_pdf = Path(path)
        self.bar.show_message(self.tr("Saved: {path}").format(path=path), "info")
        if offer and self.confirm(
            self.tr("The PDF is saved in {path}. Open it now?").format(path=path),
            self.tr("&Open it"),
        ):
            from PySide6.QtCore import QUrl
            from PySide6.QtGui import QDesktopServices

            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _run(self, fn, *args, done) -> None:
        """One service call on the worker; its error goes to the message bar."""
        self._pending += 1
        self._update_buttons()

        def result(value) -> None:
            self._pending -= 1
            done(value)
            self._update_buttons()
            if self._save_reported and not self._pending:  # Ctrl+S waited for this
                self._save_reported = False
                self.show_status(self.tr("Saved: every change to this quote is stored."))

        def failed(error: BaseException) -> None:
            self._pending -= 1
            if isinstance(error, OSError):
                self.bar.show_message(
                    self.tr("The file could not be written: {error}").format(
                        error=error.strerror or error
                    )
                )
            else:
                self.bar.show_message(error_text(error))
            self._update_buttons()

        self._worker.submit(fn, *args, on_result=result, on_error=failed)

    # --- language -------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.quote_id:  # the VAT reasons come from the service, in a language
                self.reload()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("← All &quotes"))
        self.send_button.setText(self.tr("&Number and send…"))
        self.send_button.setToolTip(self._send_tip())
        self.accept_button.setText(self.tr("Client &accepted"))
        self.refuse_button.setText(self.tr("Client &refused"))
        self.more_button.setText(self.tr("&More"))
        self.more_button.setToolTip(self.tr("Duplicate, cancel, save as PDF"))
        self.cancel_action.setText(self.tr("&Cancel quote…"))
        self.duplicate_action.setText(self.tr("&Duplicate"))
        self.duplicate_action.setToolTip(self.tr("A new draft with the same client and lines"))
        self.pdf_action.setText(self.tr("Save &PDF…"))
        self.header_box.setTitle(self.tr("Quote"))
        self._header_captions[0].setText(self.tr("Activity"))
        self._header_captions[1].setText(self.tr("Client"))
        self._header_captions[2].setText(self.tr("Dates"))
        self.vies_button.setText(self.tr("Check with &VIES"))
        self.change_client_button.setText(self.tr("Change c&lient…"))
        self.change_header_button.setText(self.tr("Change &dates…"))
        self.tabs.setTabText(0, self.tr("Lines and their VAT"))
        self.lines.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("Description"),
                self.tr("Category"),
                self.tr("Quantity"),
                self.tr("Unit price"),
                self.tr("Discount"),
                self.tr("Net"),
                self.tr("VAT and why"),
            ]
        )
        self._fit_headers()
        self.add_line_button.setText(self.tr("&Add line…"))
        # "line" is in the box's title: short names keep the window narrow in every language
        self.edit_line_button.setText(self.tr("C&hange…"))
        self.edit_line_button.setToolTip(self.tr("Change the selected line (double-click)"))
        self.remove_line_button.setText(self.tr("R&emove"))
        self.remove_line_button.setToolTip(self.tr("Remove the selected line (Delete)"))
        self.decide_button.setText(self.tr("Dec&ide VAT…"))
        self.decide_button.setToolTip(
            self.tr("Settle a line the VAT check could not decide, or override its answer")
        )
        self._title_totals()
        self.tabs.setTabText(1, self.tr("The member's side"))
        self.tabs.setTabText(2, self.tr("History"))
        self.history.setHorizontalHeaderLabels([self.tr("When and who"), self.tr("What and why")])
        self._render()
