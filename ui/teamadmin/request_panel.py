"""One request as TeamAdmin and the adviser see it: what was asked, its due date and
state, the question and the answer, what came out, and its stamped history; with the
moves the signed-in user may make now (claim, ask, produce, record the reference,
close, reopen for TeamAdmin; answer for the adviser). The text box above the buttons
carries what a move says: the question, the answer, the reference or the reason."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.teamadmin import request_states
from app.domain.teamadmin.due_dates import parse_date
from app.formatting import format_date, format_datetime_local
from app.services.attachments.store import read_attachment
from app.services.context import ServiceContext
from app.services.teamadmin import requests as request_service
from app.services.teamadmin.requests import RequestView
from ui.dialogs.field_messages import MessageBar
from ui.i18n import current_language
from ui.labels import country_name, label
from ui.messages import error_text, message_text
from ui.teamadmin.texts import (
    CHOICE_LABELS,
    INPUT_LABELS,
    REQUEST_KINDS,
    REQUEST_MOVES,
    REQUEST_STATES,
)
from ui.worker import Worker


class RequestPanel(QWidget):
    # a move was made on this request (its id): lists showing it refresh
    changed = Signal(str)

    def __init__(self, worker: Worker, ctx: ServiceContext, parent=None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._ctx = ctx
        self._pending = 0
        self._generation = 0
        self.view: RequestView | None = None

        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setObjectName("requestFacts")
        self.bar = MessageBar()
        self.note = QPlainTextEdit()
        self.note.setObjectName("requestNote")
        self.note.setMaximumHeight(70)
        self.claim_button = QPushButton()
        self.ask_button = QPushButton()
        self.answer_button = QPushButton()
        self.produce_button = QPushButton()
        self.reference_button = QPushButton()
        self.close_button = QPushButton()
        self.reopen_button = QPushButton()
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveRequestPdf")
        self.buttons = {
            "claim": self.claim_button,
            "ask": self.ask_button,
            "answer": self.answer_button,
            "document": self.produce_button,
            "reference": self.reference_button,
            "close": self.close_button,
            "reopen": self.reopen_button,
        }
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.addWidget(self.title)
        inner.addWidget(self.facts)
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        # two columns of buttons, so that the panel stays narrow beside the queue
        grid = QGridLayout()
        for position, button in enumerate(
            (
                self.claim_button,
                self.ask_button,
                self.produce_button,
                self.reference_button,
                self.close_button,
                self.reopen_button,
                self.answer_button,
                self.save_button,
            )
        ):
            grid.addWidget(button, position // 2, position % 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.bar)
        layout.addWidget(self.note)
        layout.addLayout(grid)

        self.claim_button.clicked.connect(lambda: self.make("claim"))
        self.ask_button.clicked.connect(lambda: self.make("ask"))
        self.answer_button.clicked.connect(lambda: self.make("answer"))
        self.produce_button.clicked.connect(lambda: self.make("document"))
        self.reference_button.clicked.connect(lambda: self.make("reference"))
        self.close_button.clicked.connect(lambda: self.make("close"))
        self.reopen_button.clicked.connect(lambda: self.make("reopen"))
        self.save_button.clicked.connect(lambda: self.save_pdf())
        self.retranslate()
        self._update_buttons()

    @property
    def busy(self) -> bool:
        return self._pending > 0

    # --- loading ------------------------------------------------------------------------

    def show_request(self, request_id: str | None) -> None:
        self._generation += 1
        generation = self._generation
        self.bar.clear_message()
        if request_id is None:
            self.view = None
            self._render()
            return
        self._pending += 1
        self._worker.submit(
            request_service.request_view,
            self._ctx,
            request_id,
            on_result=lambda view: self._loaded(generation, view),
            on_error=lambda error: self._load_failed(generation, error),
        )

    def _loaded(self, generation: int, view: RequestView) -> None:
        self._pending -= 1
        if generation == self._generation:
            self.view = view
            self._render()

    def _load_failed(self, generation: int, error: BaseException) -> None:
        self._pending -= 1
        if generation == self._generation:
            self.view = None
            self._render()
            self.bar.show_message(error_text(error))

    # --- moves --------------------------------------------------------------------------

    def make(self, move: str) -> None:
        """Make a move on the request shown, with the note's text where it says something."""
        if self.view is None:
            return
        request_id = self.view.row.id
        said = self.note.toPlainText()
        ctx = self._ctx
        calls = {
            "claim": lambda: request_service.claim_requests(ctx, [request_id]),
            "ask": lambda: request_service.ask_question(ctx, request_id, said),
            "answer": lambda: request_service.answer_question(ctx, request_id, said),
            "document": lambda: request_service.produce_document(ctx, request_id),
            "reference": lambda: request_service.record_reference(ctx, request_id, said),
            "close": lambda: request_service.close_request(ctx, request_id),
            "reopen": lambda: request_service.reopen_request(ctx, request_id, said),
        }
        self._pending += 1
        self.bar.clear_message()
        self._worker.submit(
            calls[move],
            on_result=lambda _result: self._made(move, request_id),
            on_error=self._move_failed,
        )

    def _made(self, move: str, request_id: str) -> None:
        self._pending -= 1
        if move in ("ask", "answer", "reference", "reopen"):
            self.note.clear()
        self.show_request(request_id)
        self.changed.emit(request_id)

    def _move_failed(self, error: BaseException) -> None:
        self._pending -= 1
        self.bar.show_message(error_text(error))

    def _update_buttons(self) -> None:
        view, role = self.view, self._ctx.user.role
        state = view.row.state if view else None
        for move, button in self.buttons.items():
            if move in ("document", "reference"):
                allowed = role in request_states.TEAMADMIN and (
                    move != "document" or (view is not None and view.output != "external_reference")
                )
                enabled = state in request_states.WORKING
            else:
                allowed = request_states.may_make(move, role)
                enabled = state in request_states.TRANSITIONS[move][0]
            if move == "claim" and view and view.row.assignee_id == self._ctx.user.id:
                enabled = enabled and state != "in_progress"
            button.setVisible(allowed)
            button.setEnabled(bool(view) and enabled)
        self.note.setVisible(view is not None)
        self.save_button.setVisible(bool(view and view.document_id))

    def save_pdf(self, path: str | Path | None = None) -> None:
        """A copy of the produced document, where the user chooses (the original stays
        with the request)."""
        if self.view is None or not self.view.document_id:
            return
        if path is None:
            name = next(
                (s.text for s in reversed(self.view.history) if s.move == "document"), "request.pdf"
            )
            chosen, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the PDF"),
                str(Path.home() / name),
                self.tr("PDF documents (*.pdf)"),
            )
            if not chosen:
                return
            path = chosen
        target, ctx, document_id = Path(path), self._ctx, self.view.document_id

        def save() -> Path:
            target.write_bytes(read_attachment(ctx, document_id))
            return target

        self._pending += 1
        self._worker.submit(save, on_result=self._saved, on_error=self._move_failed)

    def _saved(self, path: Path) -> None:
        self._pending -= 1
        self.bar.show_message(self.tr("Saved: {path}").format(path=path), "info")

    # --- drawing ------------------------------------------------------------------------

    def _render(self) -> None:
        view = self.view
        self._update_buttons()
        if view is None:
            self.title.setText("")
            self.facts.setText(self.tr("Choose a request to see it here."))
            return
        lang = current_language()
        row = view.row
        self.title.setText(
            f"{label(REQUEST_KINDS, row.kind)} — {row.member_name} ({row.member_number})"
        )
        lines = [
            (self.tr("State"), label(REQUEST_STATES, row.state)),
            (self.tr("Due"), format_date(row.due_on, lang)),
            (
                self.tr("Asked by"),
                f"{row.requested_by_name}, {format_date(row.requested_on, lang)}",
            ),
            (self.tr("Office"), row.office_code),
            (self.tr("Assigned to"), row.assignee_name or "—"),
        ]
        html = ["<table cellspacing='2'>"]
        for name, value in lines:
            html.append(f"<tr><td><b>{escape(name)}</b>&nbsp;</td><td>{escape(value)}</td></tr>")
        for name, value in view.inputs.items():
            if not value:
                continue
            if name == "host_country":
                shown = country_name(value, lang)
            elif value in CHOICE_LABELS:
                shown = label(CHOICE_LABELS, value)
            elif parse_date(value) is not None:
                shown = format_date(parse_date(value), lang)
            else:
                shown = value
            html.append(
                f"<tr><td><b>{escape(label(INPUT_LABELS, name))}</b>&nbsp;</td>"
                f"<td>{escape(shown)}</td></tr>"
            )
        html.append("</table>")
        for warning in view.warnings:
            html.append(
                f"<p style='color:#6b4a00'>⚠ {escape(message_text(warning.message_key, warning.params))}</p>"
            )
        if row.question:
            html.append(f"<p><b>{escape(self.tr('Question'))}:</b> {escape(row.question)}</p>")
        if view.answer:
            html.append(f"<p><b>{escape(self.tr('Answer'))}:</b> {escape(view.answer)}</p>")
        if view.external_reference:
            html.append(
                f"<p><b>{escape(self.tr('Reference'))}:</b> {escape(view.external_reference)}</p>"
            )
        if view.document_id:
            document = next((s.text for s in reversed(view.history) if s.move == "document"), "")
            html.append(f"<p><b>{escape(self.tr('Document'))}:</b> {escape(document)}</p>")
        html.append(f"<p><b>{escape(self.tr('History'))}</b></p><ul>")
        for stamp in view.history:
            said = f": “{escape(stamp.text)}”" if stamp.text and stamp.move != "document" else ""
            html.append(
                f"<li>{escape(format_datetime_local(stamp.at, lang))} — {escape(stamp.by_name)} "
                f"{escape(label(REQUEST_MOVES, stamp.move))}{said}</li>"
            )
        html.append("</ul>")
        html.append(f"<p style='color:#666'><small>{escape(view.source)}</small></p>")
        self.facts.setText("".join(html))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.claim_button.setText(self.tr("Claim"))
        self.ask_button.setText(self.tr("Ask the adviser"))
        self.answer_button.setText(self.tr("Send the answer"))
        self.produce_button.setText(self.tr("Produce the PDF"))
        self.reference_button.setText(self.tr("Record the reference"))
        self.close_button.setText(self.tr("Close"))
        self.reopen_button.setText(self.tr("Reopen"))
        self.save_button.setText(self.tr("Save the PDF…"))
        self.note.setPlaceholderText(self.tr("Question, answer, reference or reason to reopen…"))
        self._render()
