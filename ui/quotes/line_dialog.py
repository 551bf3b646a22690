"""One quote line: what is sold, how much, and the answers the VAT check needs.

Only the line's own questions are asked (`app.domain.quotes.vat_questions.questions_for`, from
the rule tables): a plain design job asks three, a floral arrangement asks for the share
of non-plant material, a performance asks whether the client organises the show. The
line is written by the service; the dialog closes only when that succeeded, so a bad
entry adds nothing and its message stands next to the field it concerns.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.number_input import NumberInputError, parse_number, typed_number
from app.domain.quotes.vat import (
    CLIENT_FLAGS,
    EXEMPTION_DOCUMENTS,
    FACT_FLAGS,
    UNKNOWN_UNLESS_ANSWERED,
)
from app.domain.quotes.vat_questions import questions_for
from app.domain.quotes.vat_rules import rulebook
from app.services.context import ServiceContext
from app.services.errors import FieldProblem, ValidationFailed
from app.services.quotes import quotes as quote_service
from app.services.quotes.quotes import LineInput, LineView, QuoteView
from ui.dialogs.field_messages import FieldMessages, MessageBar, error_label
from ui.dialogs.service_dialog import ServiceDialog
from ui.i18n import current_language
from ui.labels import label
from ui.quotes.client_dialog import country_combo
from ui.quotes.texts import CATEGORIES, UNITS, VAT_QUESTIONS
from ui.quotes.texts import EXEMPTION_DOCUMENTS as DOCUMENT_LABELS
from ui.worker import Worker

YES_NO = frozenset((*CLIENT_FLAGS, *FACT_FLAGS)) - UNKNOWN_UNLESS_ANSWERED
# answered "not known", "yes" or "no": not known is not a no (vat-facts.md §11.1)
YES_NO_UNKNOWN = UNKNOWN_UNLESS_ANSWERED
COUNTRY_QUESTIONS = ("place_of_performance", "goods_destination")
NOT_KNOWN_YEAR = 1899
NOT_KNOWN_SHARE = -1


class QuestionsBox(QGroupBox):
    """The VAT questions of one category for one kind of client, with their answers."""

    def __init__(self, fields: FieldMessages, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("vatQuestions")
        self._fields = fields
        self._layout = QVBoxLayout(self)
        self._layout.setSpacing(4)
        self.widgets: dict[str, QWidget] = {}
        self.codes: tuple[str, ...] = ()
        self._none = QLabel()
        self._none.setObjectName("detailHint")
        self._none.setWordWrap(True)

    def set_questions(self, codes: tuple[str, ...], answers: dict, issue_year: int) -> None:
        while self._layout.count():
            widget = self._layout.takeAt(0).widget()
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        for code in list(self._fields.labels):
            if code.startswith("facts."):
                del self._fields.labels[code]
        self.codes = tuple(codes)
        self.widgets = {}
        self._none = QLabel()
        self._none.setObjectName("detailHint")
        self._none.setWordWrap(True)
        if not codes:
            self._layout.addWidget(self._none)
        for code in codes:
            # the question in full above its answer: long questions never get squeezed
            widget = self._widget(code, answers.get(code), issue_year)
            self.widgets[code] = widget
            if not isinstance(widget, QCheckBox):
                caption = QLabel()
                caption.setWordWrap(True)
                caption.setObjectName(f"question_{code}")
                self._layout.addWidget(caption)
                widget.setMaximumWidth(340)
            self._layout.addWidget(widget)
            self._layout.addWidget(self._fields.add(f"facts.{code}", error_label()))
        self.retranslate()

    def _widget(self, code: str, value, issue_year: int) -> QWidget:
        if code in YES_NO:
            box = QCheckBox()
            box.setChecked(bool(value))
            return box
        if code in YES_NO_UNKNOWN:
            combo = QComboBox()
            for answer in (None, True, False):
                combo.addItem("", answer)
            combo.setCurrentIndex({None: 0, True: 1, False: 2}.get(value, 0))
            return combo
        if code in COUNTRY_QUESTIONS:
            combo = country_combo(value or "")
            combo.insertItem(0, "", None)
            combo.setCurrentIndex(combo.findData(value) if value else 0)
            return combo
        if code == "exemption_document":
            combo = QComboBox()
            for document in EXEMPTION_DOCUMENTS:
                combo.addItem("", document)
            combo.setCurrentIndex(max(combo.findData(value or "none"), 0))
            return combo
        if code == "dwelling_first_occupied_year":
            spin = QSpinBox()
            spin.setRange(NOT_KNOWN_YEAR, max(issue_year, NOT_KNOWN_YEAR + 1))
            spin.setValue(int(value) if isinstance(value, int | float) else NOT_KNOWN_YEAR)
            return spin
        if code == "non_plant_share":
            spin = QSpinBox()
            spin.setRange(NOT_KNOWN_SHARE, 100)
            spin.setSuffix(" %")
            if isinstance(value, int | float):
                spin.setValue(round(float(value) * 100))
            else:
                spin.setValue(NOT_KNOWN_SHARE)
            return spin
        return QLabel(code)  # a question this window does not know yet: shown, not asked

    def answers(self) -> dict:
        """The answers given, as the VAT check reads them (unknown answers left out)."""
        facts: dict = {}
        for code, widget in self.widgets.items():
            if isinstance(widget, QCheckBox):
                facts[code] = widget.isChecked()
            elif code in YES_NO_UNKNOWN:
                if widget.currentIndex() > 0:
                    facts[code] = widget.currentIndex() == 1
            elif code in COUNTRY_QUESTIONS:
                country = widget.currentData() if widget.currentIndex() > 0 else None
                if country:
                    facts[code] = country
            elif code == "exemption_document":
                facts[code] = widget.currentData()
            elif code == "dwelling_first_occupied_year":
                if widget.value() != NOT_KNOWN_YEAR:
                    facts[code] = widget.value()
            elif code == "non_plant_share":
                if widget.value() != NOT_KNOWN_SHARE:
                    facts[code] = widget.value() / 100
        return facts

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Questions for the VAT check"))
        self._none.setText(self.tr("The VAT check needs no more answers for this kind of line."))
        for code, widget in self.widgets.items():
            question = label(VAT_QUESTIONS, code)
            if isinstance(widget, QCheckBox):
                widget.setText(question)
                continue
            caption = self.findChild(QLabel, f"question_{code}")
            if caption is not None:
                caption.setText(question)
            if code in YES_NO_UNKNOWN:
                widget.setItemText(0, self.tr("Not known"))
                widget.setItemText(1, self.tr("Yes"))
                widget.setItemText(2, self.tr("No"))
            elif code in COUNTRY_QUESTIONS:
                widget.setItemText(0, self.tr("Not known"))
            elif code == "exemption_document":
                for index in range(widget.count()):
                    widget.setItemText(index, label(DOCUMENT_LABELS, widget.itemData(index)))
            elif isinstance(widget, QSpinBox):
                widget.setSpecialValueText(self.tr("Not known"))


QUOTE_DATE = QDate(2000, 1, 1)  # the supply-date edit's "as the quote"


class LineDialog(ServiceDialog):
    """Add a line to a draft, or change one."""

    saved = Signal(str)  # the line's id

    def __init__(
        self,
        worker: Worker,
        ctx: ServiceContext,
        quote: QuoteView,
        client_kind: str,
        line: LineView | None = None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("lineDialog")
        self._worker = worker
        self._ctx = ctx
        self._quote = quote
        self._client_kind = client_kind
        self._line = line
        lang = current_language()

        self.description = QLineEdit()
        self.description.setObjectName("description")
        self.category = QComboBox()
        self.category.setObjectName("category")
        self.category.setMaxVisibleItems(20)
        self.quantity = QLineEdit("1")
        self.unit = QComboBox()
        self.unit.setEditable(True)
        self.unit_price = QLineEdit()
        self.discount = QLineEdit("0")
        for edit in (self.quantity, self.unit_price, self.discount):
            edit.setMaximumWidth(140)
        # the line's own expected date of supply; the minimum means "the quote's"
        self.supply_date = QDateEdit()
        self.supply_date.setObjectName("supplyDate")
        self.supply_date.setCalendarPopup(True)
        self.supply_date.setDisplayFormat("dd/MM/yyyy")
        self.supply_date.setMinimumDate(QUOTE_DATE)
        self.supply_date.setDate(QUOTE_DATE)
        self.bar = MessageBar()
        self.fields = FieldMessages(self.bar)
        self.questions = QuestionsBox(self.fields)

        self.form = QFormLayout()
        self._captions: dict[str, QLabel] = {}
        for field, widget in (
            ("description", self.description),
            ("category", self.category),
            ("quantity", self.quantity),
            ("unit", self.unit),
            ("unit_price", self.unit_price),
            ("discount_pct", self.discount),
            ("supply_date", self.supply_date),
        ):
            box = QVBoxLayout()
            box.setSpacing(2)
            if widget in (self.quantity, self.unit_price, self.discount, self.supply_date):
                narrow = QHBoxLayout()  # a short field, its message still full width
                narrow.addWidget(widget)
                narrow.addStretch(1)
                box.addLayout(narrow)
            else:
                box.addWidget(widget)
            box.addWidget(self.fields.add(field, error_label()))
            caption = QLabel()
            self._captions[field] = caption
            self.form.addRow(caption, box)
        # the money rules name the discount by its own word
        self.fields.add("discount_percent", self.fields.labels["discount_pct"])
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.questions)
        layout.addWidget(self.bar)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self._fill_categories()
        for code in UNITS:
            self.unit.addItem("", code)
        self.retranslate()
        facts: dict = {}
        if line is not None:
            self.description.setText(line.description)
            self.category.setCurrentIndex(max(self.category.findData(line.category), 0))
            self.quantity.setText(typed_number(line.quantity, lang))
            self._set_unit(line.unit)
            self.unit_price.setText(typed_number(line.unit_price, lang))
            self.discount.setText(typed_number(line.discount_pct, lang))
            if line.supply_date is not None:
                self.supply_date.setDate(QDate(line.supply_date))
            facts = dict(line.facts)
        else:
            self.category.setCurrentIndex(-1)
            self._set_unit("unit")
        self._answers = facts
        self._category_changed()
        self.category.currentIndexChanged.connect(self._category_changed)
        self.setMinimumWidth(640)
        self.adjustSize()

    # --- the form ----------------------------------------------------------------------------

    def _fill_categories(self) -> None:
        """Services, then goods, each sorted by their name in the window's language."""
        book = rulebook()
        services = [c for c, (nature, _place) in book.categories.items() if nature == "service"]
        goods = [c for c, (nature, _place) in book.categories.items() if nature == "goods"]
        self.category.blockSignals(True)
        current = self.category.currentData()
        self.category.clear()
        for group in (services, goods):
            if self.category.count():
                self.category.insertSeparator(self.category.count())
            for code in sorted(group, key=lambda c: label(CATEGORIES, c).lower()):
                self.category.addItem(label(CATEGORIES, code), code)
        if current:
            self.category.setCurrentIndex(self.category.findData(current))
        self.category.blockSignals(False)

    def _set_unit(self, unit: str) -> None:
        index = self.unit.findData(unit)
        if index >= 0:
            self.unit.setCurrentIndex(index)
        else:
            self.unit.setEditText(unit)

    def _unit_code(self) -> str:
        text = self.unit.currentText().strip()
        index = self.unit.findText(text)
        return (self.unit.itemData(index) or text) if index >= 0 else text

    def _category_changed(self, *_args) -> None:
        self._answers.update(self.questions.answers())
        category = self.category.currentData()
        codes = questions_for(category, self._client_kind) if category else ()
        self.questions.set_questions(codes, self._answers, self._quote.issue_date.year)
        self.questions.setVisible(category is not None)
        if self.isVisible():
            self.adjustSize()

    def set_category(self, code: str) -> None:
        self.category.setCurrentIndex(self.category.findData(code))

    def answer(self, question: str, value) -> None:
        """Fill in one question the way the adviser would (for tests and scripts)."""
        widget = self.questions.widgets[question]
        if isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, QComboBox):
            widget.setCurrentIndex(widget.findData(value))
        elif question == "non_plant_share":
            widget.setValue(round(float(value) * 100))
        else:
            widget.setValue(int(value))

    def line_input(self) -> LineInput:
        """The line as typed; ValidationFailed names each number that cannot be read in
        the window's language (an empty discount is none)."""
        lang = current_language()
        numbers, problems = {}, []
        for name, text in (
            ("quantity", self.quantity.text()),
            ("unit_price", self.unit_price.text()),
            ("discount_pct", self.discount.text() or "0"),
        ):
            try:
                numbers[name] = parse_number(text, lang, name)
            except NumberInputError as exc:
                problems.append(FieldProblem(exc.field, exc.message_key))
        if problems:
            raise ValidationFailed(problems)
        return LineInput(
            description=self.description.text(),
            category=self.category.currentData() or "",
            unit=self._unit_code() or "unit",
            facts=self.questions.answers(),
            supply_date=self.own_supply_date(),
            **numbers,
        )

    def own_supply_date(self):
        """The line's own date of supply, or None: the quote's planned delivery date."""
        day = self.supply_date.date()
        return None if day == QUOTE_DATE else day.toPython()

    # --- saving ------------------------------------------------------------------------------

    def save(self) -> None:
        if self.busy:
            return
        self.fields.clear()
        try:
            data = self.line_input()
        except ValidationFailed as exc:  # nothing goes to the service
            self.fields.show_error(exc)
            return
        self._pending += 1
        if self._line is None:
            self._worker.submit(
                quote_service.add_line, self._ctx, self._quote.id, data,
                on_result=self._saved, on_error=self._failed,
            )  # fmt: skip
        else:
            line_id = self._line.id
            self._worker.submit(
                quote_service.update_line, self._ctx, line_id, data,
                on_result=lambda _none: self._saved(line_id), on_error=self._failed,
            )  # fmt: skip

    def _saved(self, line_id: str) -> None:
        self._pending -= 1
        self.saved.emit(line_id)
        self.accept()

    # --- language ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Change line") if self._line else self.tr("New line"))
        captions = {
            "description": self.tr("Description"),
            "category": self.tr("Category"),
            "quantity": self.tr("Quantity"),
            "unit": self.tr("Unit"),
            "unit_price": self.tr("Unit price (€, excl. VAT)"),
            "discount_pct": self.tr("Discount (%)"),
            "supply_date": self.tr("Date of supply"),
        }
        for field, text in captions.items():
            self._captions[field].setText(text)
        self.supply_date.setSpecialValueText(self.tr("As the quote"))
        self.supply_date.setToolTip(
            self.tr(
                "When the goods are delivered or the work is done: the VAT rate of that "
                "day applies. Leave it as the quote to use the quote's planned delivery date."
            )
        )
        self.description.setPlaceholderText(self.tr("What the client gets, as on the quote"))
        self.category.setPlaceholderText(self.tr("Choose what kind of work or goods"))
        self._fill_categories()
        for index in range(self.unit.count()):
            self.unit.setItemText(index, label(UNITS, self.unit.itemData(index)))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save line"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
