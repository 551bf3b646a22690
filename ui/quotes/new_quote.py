"""A new quote: for which Activity, for which client, from when and for how long.

The header is set here, once: the services have no move that changes the date, the
validity or the language of a draft (only its client, through "Change client").
"""

from __future__ import annotations

import html
from datetime import date, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from app.domain.languages import LANGUAGES
from app.formatting import format_date
from app.services.context import ServiceContext
from app.services.quotes import quotes as quote_service
from app.services.quotes.quotes import DEFAULT_VALIDITY_DAYS
from ui.dialogs.field_messages import FieldMessages, MessageBar, error_label
from ui.dialogs.service_dialog import ServiceDialog
from ui.i18n import current_language
from ui.labels import LANGUAGE_NAMES, label
from ui.members.activity_picker import ActivityPicker, ChosenActivity
from ui.quotes.client_picker import ClientPicker
from ui.worker import Worker


class NewQuoteDialog(ServiceDialog):
    created = Signal(str)  # the new quote's id

    def __init__(
        self,
        worker: Worker,
        ctx: ServiceContext,
        activity: ChosenActivity | None = None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newQuoteDialog")
        self._worker = worker
        self._ctx = ctx
        self.activity: ChosenActivity | None = activity

        self.activity_box = QGroupBox()
        self.activity_label = QLabel()
        self.activity_label.setWordWrap(True)
        self.other_activity = QPushButton()
        self.picker = ActivityPicker(worker, ctx)
        chosen_row = QHBoxLayout()
        chosen_row.addWidget(self.activity_label, 1)
        chosen_row.addWidget(self.other_activity)
        activity_layout = QVBoxLayout(self.activity_box)
        activity_layout.addLayout(chosen_row)
        activity_layout.addWidget(self.picker, 1)

        self.client_box = QGroupBox()
        self.clients = ClientPicker(worker, ctx)
        client_layout = QVBoxLayout(self.client_box)
        client_layout.addWidget(self.clients, 1)

        self.issue_date = QDateEdit(QDate.currentDate())
        self.issue_date.setCalendarPopup(True)
        self.issue_date.setDisplayFormat("dd/MM/yyyy")
        self.issue_date.setMaximumWidth(160)
        self.validity = QSpinBox()
        self.validity.setRange(1, 365)
        self.validity.setValue(DEFAULT_VALIDITY_DAYS)
        self.valid_until = QLabel()
        self.language = QComboBox()
        self.language.setMaximumWidth(260)
        self.language.addItem("", None)
        for code in LANGUAGES:
            self.language.addItem("", code)
        self.bar = MessageBar()
        self.fields = FieldMessages(self.bar)
        self.quote_box = QGroupBox()
        self.form = QFormLayout(self.quote_box)
        self._captions = [QLabel() for _ in range(3)]
        validity_row = QHBoxLayout()
        validity_row.addWidget(self.validity)
        validity_row.addWidget(self.valid_until, 1)
        for caption, widget, field in (
            (self._captions[0], self.issue_date, "issue_date"),
            (self._captions[1], validity_row, "valid_until"),
            (self._captions[2], self.language, "language"),
        ):
            box = QVBoxLayout()
            box.setSpacing(2)
            if isinstance(widget, QHBoxLayout):
                box.addLayout(widget)
            else:
                box.addWidget(widget)
            box.addWidget(self.fields.add(field, error_label()))
            self.form.addRow(caption, box)
        self.fields.add("activity", error_label())
        self.fields.add("client", error_label())
        activity_layout.addWidget(self.fields.labels["activity"])
        client_layout.addWidget(self.fields.labels["client"])

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.create)
        self.buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.activity_box, 1)
        top.addWidget(self.client_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(self.quote_box)
        layout.addWidget(self.bar)
        layout.addWidget(self.buttons)

        self.picker.activityChosen.connect(self._activity_chosen)
        self.clients.clientChosen.connect(self._client_chosen)
        self.other_activity.clicked.connect(self._choose_other_activity)
        self.validity.valueChanged.connect(self._update_valid_until)
        self.issue_date.dateChanged.connect(self._update_valid_until)
        self.retranslate()
        if activity is not None:
            self.picker.hide()
            self.clients.set_activity(activity.id)
        else:
            self.other_activity.hide()
            self.picker.search_now()
        self._update_buttons()
        self.resize(980, 620)

    @property
    def busy(self) -> bool:
        return self._pending > 0 or self.picker.busy or self.clients.busy

    # --- choices -----------------------------------------------------------------------------

    def _activity_chosen(self, chosen: ChosenActivity | None) -> None:
        self.activity = chosen
        self.clients.set_activity(chosen.id if chosen else None)
        self._show_activity()
        self._update_buttons()

    def _choose_other_activity(self) -> None:
        self.other_activity.hide()
        self.picker.show()
        self.picker.search_now()

    def _client_chosen(self, _client) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = self.activity is not None and self.clients.chosen is not None
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def _show_activity(self) -> None:
        activity = self.activity
        if activity is None:
            self.activity_label.setText(self.tr("Find the member, then choose their Activity."))
        else:
            self.activity_label.setText(
                self.tr("<b>{activity}</b> — {member}").format(
                    activity=html.escape(activity.name, quote=False),
                    member=html.escape(activity.member_name, quote=False),
                )
            )

    def _update_valid_until(self, *_args) -> None:
        until = self.issue_date.date().toPython() + timedelta(days=self.validity.value())
        self.valid_until.setText(
            self.tr("valid until {date}").format(date=format_date(until, current_language()))
        )

    # --- creating ----------------------------------------------------------------------------

    def create(self) -> None:
        if self.busy or self.activity is None or self.clients.chosen is None:
            return
        self.fields.clear()
        self._pending += 1
        issue: date = self.issue_date.date().toPython()
        self._worker.submit(
            quote_service.create_quote,
            self._ctx,
            self.activity.id,
            self.clients.chosen.id,
            issue,
            self.validity.value(),
            self.language.currentData(),
            on_result=self._created,
            on_error=self._failed,
        )

    def _created(self, quote_id: str) -> None:
        self._pending -= 1
        self.created.emit(quote_id)
        self.accept()

    # --- language ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New quote"))
        self.activity_box.setTitle(self.tr("1. Activity"))
        self.client_box.setTitle(self.tr("2. Client"))
        self.quote_box.setTitle(self.tr("3. Quote"))
        self.other_activity.setText(self.tr("Choose another…"))
        self._captions[0].setText(self.tr("Issue date"))
        self._captions[1].setText(self.tr("Valid for (days)"))
        self._captions[2].setText(self.tr("Language of the quote"))
        self.language.setItemText(0, self.tr("The client's language"))
        for index in range(1, self.language.count()):
            self.language.setItemText(index, label(LANGUAGE_NAMES, self.language.itemData(index)))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create quote"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._show_activity()
        self._update_valid_until()
