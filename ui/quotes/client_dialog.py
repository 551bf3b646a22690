"""A member's client: created in a small dialog, its VAT number checked offline as it is
typed and, on request, with VIES (issue 3 §1).

"VIES unavailable" is shown as what it is (the service did not answer) with the last
stored result and its age; it is never shown as "invalid". The VIES service comes from
`ui.quotes.vies`, so tests use a fake and never the network.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.identifiers import IdentifierError, check_vat_number
from app.domain.languages import LANGUAGES
from app.formatting import format_datetime_local
from app.services.context import ServiceContext
from app.services.quotes import clients as client_service
from app.services.quotes.clients import (
    CLIENT_KINDS,
    ClientInfo,
    ClientInput,
    VatStatus,
    is_eu_country,
)
from ui.dialogs.field_messages import FieldMessages, MessageBar, error_label
from ui.dialogs.service_dialog import ServiceDialog
from ui.i18n import current_language
from ui.labels import LANGUAGE_NAMES, country_choices, label
from ui.messages import message_text
from ui.quotes.texts import CLIENT_KINDS as CLIENT_KIND_LABELS
from ui.quotes.texts import VIES_STATES
from ui.quotes.vies import check_vies_in_background
from ui.worker import Worker


def age_text(checked_at: datetime | None, now: datetime | None = None) -> str:
    """How long ago a VIES answer was given, in words."""
    if checked_at is None:
        return ""
    days = ((now or datetime.now(UTC)) - checked_at).days
    if days <= 0:
        return QCoreApplication.translate("ClientTexts", "today")
    if days == 1:
        return QCoreApplication.translate("ClientTexts", "yesterday")
    return QCoreApplication.translate("ClientTexts", "{days} days ago").format(days=days)


def vies_text(status: str, checked_at: datetime | None) -> str:
    """A stored VAT-number check in words: "Valid in VIES (checked 3 days ago)"."""
    state = label(VIES_STATES, status or "unchecked")
    if checked_at is None or status in ("unchecked", "not_eu", ""):
        return state
    return QCoreApplication.translate("ClientTexts", "{state} (checked {age}, {when})").format(
        state=state,
        age=age_text(checked_at),
        when=format_datetime_local(checked_at, current_language()),
    )


def vies_answer_text(answer: VatStatus) -> tuple[str, str]:
    """What a "Check with VIES" gave, in words, and the bar colour that goes with it."""
    if answer.status == "not_eu":
        return QCoreApplication.translate(
            "ClientTexts", "Not an EU VAT number: VIES does not apply to this client."
        ), "info"
    if not answer.fresh:
        if answer.checked_at is None:
            return (
                QCoreApplication.translate(
                    "ClientTexts",
                    "VIES is unavailable right now. The number has never been checked; "
                    "this does not mean it is invalid. Try again later.",
                ),
                "warning",
            )
        return (
            QCoreApplication.translate(
                "ClientTexts",
                "VIES is unavailable right now; this does not mean the number is invalid. "
                "Last result: {result}.",
            ).format(result=vies_text(answer.status, answer.checked_at)),
            "warning",
        )
    if answer.status == "valid":
        return QCoreApplication.translate(
            "ClientTexts", "VIES confirms this VAT number (checked just now)."
        ), "info"
    return (
        QCoreApplication.translate(
            "ClientTexts",
            "VIES does not know this VAT number (checked just now). Check it with the client.",
        ),
        "error",
    )


def save_client(
    ctx: ServiceContext, activity_id: str, client_id: str | None, data: ClientInput
) -> str:
    """Create the client, or update it when it was saved before (runs on the worker)."""
    if client_id is None:
        return client_service.create_client(ctx, activity_id, data)
    client_service.update_client(ctx, client_id, data)
    return client_id


def country_combo(selected: str = "BE") -> QComboBox:
    """Countries by name in the window's language, searchable by typing."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    for code, name in country_choices(current_language()):
        combo.addItem(name, code)
    completer = combo.completer() or QCompleter(combo)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setCompleter(completer)
    index = combo.findData(selected)
    combo.setCurrentIndex(max(index, 0))
    return combo


def combo_code(combo: QComboBox) -> str:
    """The code behind a searchable combo: what was picked, or what the typed name matches."""
    index = combo.findText(combo.currentText(), Qt.MatchFlag.MatchFixedString)
    if index < 0:
        return combo.currentText().strip().upper()[:2] if combo.currentText() else ""
    return combo.itemData(index) or ""


class ClientDialog(ServiceDialog):
    """New client of an Activity (or a correction of one), with the VAT-number checks."""

    saved = Signal(object)  # ClientInfo

    def __init__(
        self,
        worker: Worker,
        ctx: ServiceContext,
        activity_id: str,
        client: ClientInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("clientDialog")
        self._worker = worker
        self._ctx = ctx
        self._activity_id = activity_id
        self.client_id = client.id if client else None
        self.last_answer: VatStatus | None = None

        self.kind = QComboBox()
        for code in CLIENT_KINDS:
            self.kind.addItem("", code)
        self.name = QLineEdit()
        self.country = country_combo(client.country if client else "BE")
        self.vat_number = QLineEdit()
        self.vat_number.setObjectName("vatNumber")
        self.vat_check = QLabel()
        self.vat_check.setObjectName("detailHint")
        self.vat_check.setWordWrap(True)
        self.vies_button = QPushButton()
        self.vies_button.setObjectName("viesButton")
        self.vies_result = MessageBar()
        self.vies_result.setObjectName("viesResult")
        self.enterprise_number = QLineEdit()
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem("", code)
        self.street = QLineEdit()
        self.postcode = QLineEdit()
        self.postcode.setMaximumWidth(90)
        self.city = QLineEdit()
        self.email = QLineEdit()

        self.bar = MessageBar()
        self.fields = FieldMessages(self.bar)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._captions: dict[str, QLabel] = {}

        def row(field: str, widget: QWidget) -> None:
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(widget)
            if field == "vat_number":
                box.addWidget(self.vat_check)
                line = QHBoxLayout()
                line.addWidget(self.vies_button)
                line.addStretch(1)
                box.addLayout(line)
                box.addWidget(self.vies_result)
            box.addWidget(self.fields.add(field, error_label()))
            caption = QLabel()
            self._captions[field] = caption
            self.form.addRow(caption, box)

        address = QHBoxLayout()
        address.addWidget(self.postcode)
        address.addWidget(self.city, 1)
        address_widget = QWidget()
        address_widget.setLayout(address)
        address.setContentsMargins(0, 0, 0, 0)
        for field, widget in (
            ("kind", self.kind),
            ("name", self.name),
            ("country", self.country),
            ("vat_number", self.vat_number),
            ("enterprise_number", self.enterprise_number),
            ("language", self.language),
            ("street", self.street),
            ("city", address_widget),
            ("email", self.email),
        ):
            row(field, widget)
        self.fields.add("postcode", self.fields.labels["city"])

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.bar)
        layout.addWidget(self.buttons)

        if client is not None:
            self.kind.setCurrentIndex(max(self.kind.findData(client.kind), 0))
            self.name.setText(client.name)
            self.vat_number.setText(client.vat_number)
            self.enterprise_number.setText(client.enterprise_number)
            self.language.setCurrentIndex(max(self.language.findData(client.language), 0))
            self.street.setText(client.street)
            self.postcode.setText(client.postcode)
            self.city.setText(client.city)
            self.email.setText(client.email)
        else:
            self.kind.setCurrentIndex(self.kind.findData("business"))
            lang = current_language()
            self.language.setCurrentIndex(max(self.language.findData(lang), 0))

        self.vat_number.textChanged.connect(self._check_offline)
        self.country.currentIndexChanged.connect(self._check_offline)
        self.country.editTextChanged.connect(self._check_offline)
        self.vies_button.clicked.connect(self.check_with_vies)
        self.retranslate()
        self.setMinimumWidth(560)
        self.adjustSize()

    # --- input ------------------------------------------------------------------------------

    def data(self) -> ClientInput:
        return ClientInput(
            kind=self.kind.currentData(),
            name=self.name.text(),
            country=combo_code(self.country),
            vat_number=self.vat_number.text(),
            enterprise_number=self.enterprise_number.text(),
            language=self.language.currentData(),
            street=self.street.text(),
            postcode=self.postcode.text(),
            city=self.city.text(),
            email=self.email.text(),
        )

    def _check_offline(self, *_args) -> None:
        """Format and check digits, as the adviser types (no network, no database)."""
        number = self.vat_number.text().strip()
        self.vies_result.clear_message()
        if not number:
            self.vat_check.setText("")
            self.vies_button.setEnabled(False)
            return
        if not is_eu_country(combo_code(self.country)):
            # kept as the client's tax reference; VIES and reverse charge do not apply
            self.vat_check.setText(vies_answer_text(VatStatus("not_eu", None, False))[0])
            self.vat_check.setStyleSheet("color: #555555;")
            self.vies_button.setEnabled(False)
            return
        try:
            compact = check_vat_number(combo_code(self.country), number)
        except IdentifierError as exc:
            self.vat_check.setText("✗ " + message_text(exc.message_key))
            self.vat_check.setStyleSheet("color: #b00020;")
            self.vies_button.setEnabled(False)
            return
        self.vat_check.setText(
            "✓ " + self.tr("{number}: format and check digits are right.").format(number=compact)
        )
        self.vat_check.setStyleSheet("color: #1d5b2a;")
        self.vies_button.setEnabled(True)

    # --- saving -----------------------------------------------------------------------------

    def save(self) -> None:
        if self.busy:
            return
        self.fields.clear()
        self._pending += 1
        self._worker.submit(
            save_client,
            self._ctx,
            self._activity_id,
            self.client_id,
            self.data(),
            on_result=self._saved,
            on_error=self._failed,
        )

    def _saved(self, client_id: str) -> None:
        self.client_id = client_id
        self._worker.submit(
            client_service.get_client, self._ctx, client_id,
            on_result=self._done, on_error=self._failed,
        )  # fmt: skip

    def _done(self, info: ClientInfo) -> None:
        self._pending -= 1
        self.saved.emit(info)
        self.accept()

    def check_with_vies(self) -> None:
        if self.busy:
            return
        self.fields.clear()
        self.vies_result.show_message(self.tr("Asking VIES…"), "info")
        self._pending += 1
        ctx = self._ctx

        def saved(client_id: str) -> None:
            # the answer is stored on the client, so it is saved first; the VIES call
            # itself runs on the network thread, not on the database worker
            self.client_id = client_id
            check_vies_in_background(
                self._worker,
                ctx,
                client_id,
                self._checked,
                self._check_failed,
                then=lambda status: (client_id, status),
            )

        self._worker.submit(
            save_client,
            ctx,
            self._activity_id,
            self.client_id,
            self.data(),
            on_result=saved,
            on_error=self._check_failed,
        )

    def _checked(self, result: tuple[str, VatStatus]) -> None:
        self._pending -= 1
        self.client_id, answer = result
        self.last_answer = answer
        text, kind = vies_answer_text(answer)
        self.vies_result.show_message(text, kind)

    def _check_failed(self, error: BaseException) -> None:
        self._pending -= 1
        self.vies_result.clear_message()
        self.fields.show_error(error)

    # --- language ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Client") if self.client_id else self.tr("New client"))
        captions = {
            "kind": self.tr("Kind of client"),
            "name": self.tr("Name"),
            "country": self.tr("Country"),
            "vat_number": self.tr("VAT number"),
            "enterprise_number": self.tr("Enterprise number"),
            "language": self.tr("Language of documents"),
            "street": self.tr("Street and number"),
            "city": self.tr("Postcode and city"),
            "email": self.tr("E-mail"),
        }
        for field, text in captions.items():
            self._captions[field].setText(text)
        for index in range(self.kind.count()):
            self.kind.setItemText(index, label(CLIENT_KIND_LABELS, self.kind.itemData(index)))
        for index in range(self.language.count()):
            self.language.setItemText(index, label(LANGUAGE_NAMES, self.language.itemData(index)))
        self.vat_number.setPlaceholderText(self.tr("e.g. BE0403019261; empty for a private person"))
        self.vies_button.setText(self.tr("Check with VIES"))
        self.vies_button.setToolTip(
            self.tr("Saves the client, then asks the European Commission's VIES service")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._check_offline()
