"""Sync: this device and the central database (DESIGN §4.8, issue 4 items 2, 5 and 7).

The view shows where the device stands (connected to which address as whom, online or
offline since when, changes waiting, last successful sync, conflicts waiting), a "Sync
now" that runs one round on the sync thread and then says in plain words what
happened, with progress and Cancel while a long round runs, and the two lists sync
leaves for a person: the conflicts (base / mine / theirs per field; keep mine, keep
theirs, or tick the fields to keep from this device) and the changes the central
database refused, with the reason. Reads and the conflict choice go through the
window's worker like any service call; rounds go through the `SyncRunner`.
"""

from __future__ import annotations

import time
from collections import Counter
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.formatting import format_date, format_datetime_local, format_number
from app.logs import mask_insz
from app.services.context import ServiceContext
from app.services.sync import sync as sync_service
from app.services.sync.sync import ConflictView, RejectionView, SyncReport
from app.sync.tables import BOOKKEEPING
from ui.dialogs.field_messages import MessageBar
from ui.i18n import current_language
from ui.labels import label
from ui.messages import error_text, message_text
from ui.sync.sync_connect import SyncConnectDialog, shown_url, split_credentials
from ui.sync.sync_progress import progress_text, time_left
from ui.sync.sync_runner import AUTO_SYNC_INTERVAL_MS, RoundResult, SyncRunner
from ui.sync.texts import SYNC_CONFLICT_REASONS, SYNC_ENTITIES, SYNC_FIELDS, SYNC_OPERATIONS
from ui.worker import Worker

# never shown in the conflict table (secrets of the sign-in PIN)
HIDDEN_FIELDS = frozenset({"pin_hash", "pin_salt"})
# columns of the conflict's field table
FIELD, BASE, MINE, THEIRS, KEEP = range(5)


def describe_row(entity: str, row: dict | None, entity_id: str = "") -> str:
    """A record in words: "Member Griet Vermeulen (no. 1001)", "Quote 2024-0012"."""
    kind = label(SYNC_ENTITIES, entity)
    row = row or {}
    name = ""
    if row.get("first_name") or row.get("last_name"):
        name = f"{row.get('first_name') or ''} {row.get('last_name') or ''}".strip()
        if row.get("member_number"):
            name = QCoreApplication.translate("SyncView", "{name} (no. {number})").format(
                name=name, number=row["member_number"]
            )
    elif row.get("display_name"):
        name = str(row["display_name"])
    elif row.get("name"):
        name = str(row["name"])
    elif row.get("number"):
        name = str(row["number"])
    elif row.get("description"):
        name = str(row["description"])[:60]
    if not name:
        name = (entity_id or str(row.get("id") or "")).replace("-", "")[:8]
    return f"{kind} {name}".strip()


def format_value(field: str, value) -> str:
    """A JSON field value as a person reads it (dates in Brussels time, INSZ masked)."""
    lang = current_language()
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("SyncView", "Yes")
            if value
            else QCoreApplication.translate("SyncView", "No")
        )
    if isinstance(value, str):
        if field == "insz":
            return mask_insz(value)
        if field.endswith("_at"):
            try:
                return format_datetime_local(datetime.fromisoformat(value), lang)
            except ValueError:
                return value
        if len(value) == 10 and value[4] == "-" and value[7] == "-":
            try:
                return format_date(date.fromisoformat(value), lang)
            except ValueError:
                return value
        return value
    if isinstance(value, dict | list):
        return (
            ", ".join(f"{k}: {v}" for k, v in value.items())
            if isinstance(value, dict)
            else (", ".join(map(str, value)))
        )
    return str(value)


def report_texts(result: RoundResult) -> tuple[str, str, list[str]]:
    """(bar colour, headline, detail lines) for a finished round, in plain words."""
    report: SyncReport = result.report
    lang = current_language()
    when = format_datetime_local(result.finished_at, lang)
    n = lambda value: format_number(value, lang)  # noqa: E731
    details: list[str] = []
    if report.cancelled:
        headline = QCoreApplication.translate(
            "SyncView",
            "Sync cancelled ({when}). What was already sent or received is kept; the rest "
            "follows at the next sync.",
        ).format(when=when)
        kind = "warning"
    elif report.offline:
        headline = QCoreApplication.translate(
            "SyncView",
            "Offline: the changes stay on this device and go out at the next sync ({when}).",
        ).format(when=when)
        kind = "warning"
        if report.pending:
            details.append(
                QCoreApplication.translate(
                    "SyncView", "Changes waiting on this device: {count}"
                ).format(count=n(report.pending))
            )
        return kind, headline, details
    elif not report.ok:
        headline = message_text(report.message_key or "sync.failed")
        kind = "warning" if report.message_key == "sync.password_needed" else "error"
        if report.message_key not in ("sync.password_needed", "sync.not_connected"):
            details.append(
                QCoreApplication.translate(
                    "SyncView", "Changes waiting on this device: {count}"
                ).format(count=n(report.pending))
            )
        if report.message_key == "sync.failed" and report.message:
            details.append(
                QCoreApplication.translate("SyncView", "For the helpdesk: {message}").format(
                    message=mask_insz(report.message)
                )
            )
        return kind, headline, details
    else:
        kind = "info"
        if result.kind == "connect":
            headline = QCoreApplication.translate(
                "SyncView", "Connected. The first sync finished at {when}."
            ).format(when=when)
        else:
            headline = QCoreApplication.translate("SyncView", "Sync finished at {when}.").format(
                when=when
            )
    details.append(
        QCoreApplication.translate(
            "SyncView", "Sent: {pushed} · Received: {pulled} · New conflicts: {new}"
        ).format(pushed=n(report.pushed), pulled=n(report.pulled), new=n(report.new_conflicts))
    )
    if report.uploaded:
        details.append(
            QCoreApplication.translate(
                "SyncView", "Uploaded, made on this device before it was connected: {count}"
            ).format(count=n(report.uploaded))
        )
    if report.files_up or report.files_down:
        details.append(
            QCoreApplication.translate(
                "SyncView", "Attached files sent: {up} · fetched: {down}"
            ).format(up=n(report.files_up), down=n(report.files_down))
        )
    if report.files_damaged:
        details.append(
            QCoreApplication.translate(
                "SyncView",
                "Attached files that arrived damaged and were thrown away: {count}. "
                "Tell an administrator.",
            ).format(count=n(report.files_damaged))
        )
    if report.removed:
        details.append(
            QCoreApplication.translate(
                "SyncView", "Removed from this device, no longer part of your office: {count}"
            ).format(count=n(report.removed))
        )
        for entity, count in sorted((report.removed_by_table or {}).items()):
            details.append(
                "• "
                + QCoreApplication.translate("SyncView", "{what}: {count}").format(
                    what=label(SYNC_ENTITIES, entity), count=n(count)
                )
            )
    if report.conflicts:
        details.append(
            QCoreApplication.translate(
                "SyncView", "Conflicts waiting for your choice: {count} (see Conflicts below)"
            ).format(count=n(report.conflicts))
        )
    if report.rejected:
        details.append(
            QCoreApplication.translate(
                "SyncView", "Refused by the central database, kept on this device: {count}"
            ).format(count=n(len(report.rejected)))
        )
        grouped = Counter((r.get("entity", ""), r.get("message_key", "")) for r in report.rejected)
        for (entity, key), count in sorted(grouped.items()):
            details.append(
                "• "
                + QCoreApplication.translate("SyncView", "{what} ({count}): {reason}").format(
                    what=label(SYNC_ENTITIES, entity), count=n(count), reason=message_text(key)
                )
            )
    if report.not_uploaded:
        details.append(QCoreApplication.translate("SyncView", "Not uploaded, kept on this device:"))
        for item in report.not_uploaded:
            details.append(
                "• "
                + QCoreApplication.translate("SyncView", "{what} ({count}): {reason}").format(
                    what=label(SYNC_ENTITIES, item.get("entity", "")),
                    count=n(item.get("rows", 0)),
                    reason=message_text(item.get("message_key", "")),
                )
            )
    if result.kind == "connect" and report.password_saved is False:
        details.append(
            QCoreApplication.translate(
                "SyncView",
                "This computer has no working keyring: the password is kept nowhere and "
                "asked again in the next session.",
            )
        )
    if report.rejected or (report.conflicts and kind == "info"):
        kind = "warning"
    return kind, headline, details


def _table(columns: int, object_name: str) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setObjectName(object_name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _item(text: str, bold: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setToolTip(text)
    if bold:
        font = QFont(item.font())
        font.setBold(True)
        item.setFont(font)
    return item


class SyncView(QWidget):
    def __init__(
        self, worker: Worker, ctx: ServiceContext, runner: SyncRunner, parent=None
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._ctx = ctx
        self.runner = runner
        self._loading = 0
        self._lists_stale = True
        self._last_conflict_count: int | None = None
        self.conflicts: list[ConflictView] = []
        self.rejections: list[RejectionView] = []
        self._step_pace: tuple[str, float, int] | None = None  # step, since, done then
        self.dialog: SyncConnectDialog | None = None
        self._report: RoundResult | None = None
        self._message: tuple[str, str] | None = None  # (kind, text) not from a round
        self._progress_step: tuple[int, int, str] | None = None

        # --- head: title, what sync is -------------------------------------------------
        self.title = QLabel()
        self.title.setObjectName("viewTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.intro = QLabel()
        self.intro.setWordWrap(True)

        # --- where the device stands ---------------------------------------------------
        self.connection_box = QGroupBox()
        self.connection_box.setObjectName("syncConnection")
        connection = QFormLayout(self.connection_box)
        connection.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.url_value = QLabel()
        self.url_value.setObjectName("syncUrlValue")
        self.url_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.url_value.setWordWrap(True)
        self.login_value = QLabel()
        self.state_value = QLabel()
        self.state_value.setObjectName("syncStateValue")
        self.state_value.setWordWrap(True)
        self.url_caption, self.login_caption, self.state_caption = QLabel(), QLabel(), QLabel()
        connection.addRow(self.url_caption, self.url_value)
        connection.addRow(self.login_caption, self.login_value)
        connection.addRow(self.state_caption, self.state_value)

        self.counts_box = QGroupBox()
        self.counts_box.setObjectName("syncCounts")
        counts = QFormLayout(self.counts_box)
        self.pending_value = QLabel()
        self.pending_value.setObjectName("syncPending")
        self.last_sync_value = QLabel()
        self.last_sync_value.setObjectName("syncLastSync")
        self.conflicts_value = QLabel()
        self.conflicts_value.setObjectName("syncConflicts")
        self.auto_value = QLabel()
        for value in (self.pending_value, self.last_sync_value, self.conflicts_value):
            bold = value.font()
            bold.setBold(True)
            value.setFont(bold)
        self.pending_caption, self.last_sync_caption = QLabel(), QLabel()
        self.conflicts_caption, self.auto_caption = QLabel(), QLabel()
        counts.addRow(self.pending_caption, self.pending_value)
        counts.addRow(self.last_sync_caption, self.last_sync_value)
        counts.addRow(self.conflicts_caption, self.conflicts_value)
        counts.addRow(self.auto_caption, self.auto_value)

        boxes = QHBoxLayout()
        boxes.addWidget(self.connection_box, 3)
        boxes.addWidget(self.counts_box, 2)

        # --- actions and progress --------------------------------------------------------
        self.sync_button = QPushButton()
        self.sync_button.setObjectName("syncNow")
        self.sync_button.clicked.connect(self.sync_now)
        self.connect_button = QPushButton()
        self.connect_button.setObjectName("connectCentral")
        self.connect_button.clicked.connect(self.open_connect_dialog)
        self.progress = QProgressBar()
        self.progress.setObjectName("syncProgress")
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(220)
        self.progress_label = QLabel()
        self.progress_label.setObjectName("syncProgressText")
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("syncCancel")
        self.cancel_button.clicked.connect(self.cancel)
        actions = QHBoxLayout()
        actions.addWidget(self.sync_button)
        actions.addWidget(self.connect_button)
        actions.addSpacing(12)
        actions.addWidget(self.progress)
        actions.addWidget(self.progress_label, 1)
        actions.addWidget(self.cancel_button)
        actions.addStretch(1)
        for widget in (self.progress, self.progress_label, self.cancel_button):
            widget.hide()

        # --- what the last round did ---------------------------------------------------
        self.report_bar = MessageBar()
        self.report_bar.setObjectName("syncReport")
        self.report_details = QLabel()
        self.report_details.setObjectName("syncReportDetails")
        self.report_details.setWordWrap(True)
        self.report_details.setTextFormat(Qt.TextFormat.PlainText)
        self.report_details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.report_details.hide()

        # --- conflicts -----------------------------------------------------------------
        self.conflict_list = _table(3, "conflictList")
        self.conflict_list.itemSelectionChanged.connect(self._conflict_selected)
        self.conflict_empty = QLabel()
        self.conflict_empty.setObjectName("conflictEmpty")
        self.conflict_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.conflict_title = QLabel()
        self.conflict_title.setObjectName("conflictTitle")
        bold = self.conflict_title.font()
        bold.setBold(True)
        self.conflict_title.setFont(bold)
        self.conflict_title.setWordWrap(True)
        self.conflict_reason = QLabel()
        self.conflict_reason.setWordWrap(True)
        self.field_table = _table(5, "conflictFields")
        self.field_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.field_table.setWordWrap(True)
        self.field_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.field_table.horizontalHeader()
        header.setStretchLastSection(False)
        for column, mode in (
            (FIELD, QHeaderView.ResizeMode.ResizeToContents),
            (BASE, QHeaderView.ResizeMode.Stretch),
            (MINE, QHeaderView.ResizeMode.Stretch),
            (THEIRS, QHeaderView.ResizeMode.Stretch),
            (KEEP, QHeaderView.ResizeMode.ResizeToContents),
        ):
            header.setSectionResizeMode(column, mode)
        self.field_hint = QLabel()
        self.field_hint.setWordWrap(True)
        self.field_hint.setObjectName("conflictHint")
        self.keep_mine_button = QPushButton()
        self.keep_mine_button.setObjectName("keepMine")
        self.keep_mine_button.clicked.connect(lambda: self.resolve("mine"))
        self.keep_theirs_button = QPushButton()
        self.keep_theirs_button.setObjectName("keepTheirs")
        self.keep_theirs_button.clicked.connect(lambda: self.resolve("theirs"))
        self.keep_fields_button = QPushButton()
        self.keep_fields_button.setObjectName("keepFields")
        self.keep_fields_button.clicked.connect(lambda: self.resolve("fields"))
        choice = QHBoxLayout()
        choice.addWidget(self.keep_mine_button)
        choice.addWidget(self.keep_theirs_button)
        choice.addWidget(self.keep_fields_button)
        choice.addStretch(1)
        self.conflict_detail = QWidget()
        detail = QVBoxLayout(self.conflict_detail)
        detail.setContentsMargins(0, 4, 0, 0)
        detail.addWidget(self.conflict_title)
        detail.addWidget(self.conflict_reason)
        detail.addWidget(self.field_table, 1)
        detail.addWidget(self.field_hint)
        detail.addLayout(choice)
        self.conflict_detail.hide()
        splitter = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.conflict_list, 1)
        top_layout.addWidget(self.conflict_empty, 1)
        splitter.addWidget(top)
        splitter.addWidget(self.conflict_detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([100, 300])
        conflicts_page = QWidget()
        conflicts_layout = QVBoxLayout(conflicts_page)
        conflicts_layout.addWidget(splitter)

        # --- refused changes -----------------------------------------------------------
        self.rejection_list = _table(4, "rejectionList")
        self.rejection_list.setWordWrap(True)
        self.rejection_hint = QLabel()
        self.rejection_hint.setWordWrap(True)
        rejections_page = QWidget()
        rejections_layout = QVBoxLayout(rejections_page)
        rejections_layout.addWidget(self.rejection_hint)
        rejections_layout.addWidget(self.rejection_list, 1)
        self.rejection_reason = QLineEdit()
        self.rejection_reason.setObjectName("rejectionReason")
        self.dismiss_button = QPushButton()
        self.dismiss_button.setObjectName("dismissRejection")
        self.dismiss_button.clicked.connect(lambda: self.settle_rejection("dismiss"))
        self.reapply_button = QPushButton()
        self.reapply_button.setObjectName("reapplyRejection")
        self.reapply_button.clicked.connect(lambda: self.settle_rejection("reapply"))
        settle = QHBoxLayout()
        settle.addWidget(self.rejection_reason, 1)
        settle.addWidget(self.dismiss_button)
        settle.addWidget(self.reapply_button)
        rejections_layout.addLayout(settle)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("syncTabs")
        self.tabs.addTab(conflicts_page, "")
        self.tabs.addTab(rejections_page, "")

        # --- the last rounds: when, how long, what moved --------------------------------
        self.round_list = _table(7, "roundList")
        self.rounds: list = []
        self.tabs.addTab(self.round_list, "")

        # --- attached files: which are on this device, which are on their way ---------
        self.file_list = _table(3, "fileList")
        self.files: list = []
        self.tabs.addTab(self.file_list, "")

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addSpacing(4)
        layout.addLayout(boxes)
        layout.addLayout(actions)
        layout.addWidget(self.report_bar)
        layout.addWidget(self.report_details)
        layout.addWidget(self.tabs, 1)

        runner.statusChanged.connect(self._status_changed)
        runner.stateChanged.connect(self._update_state)
        runner.started.connect(self._round_started)
        runner.progressed.connect(self._progressed)
        runner.finished.connect(self._round_finished)
        self.retranslate()

    # --- state for tests and screenshots ------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._loading > 0 or (self.dialog is not None and self.dialog.busy)

    def selected_conflict(self) -> ConflictView | None:
        rows = self.conflict_list.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.conflicts):
            return None
        return self.conflicts[rows[0].row()]

    # --- the lists ------------------------------------------------------------------------

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._lists_stale:
            self.reload_lists()

    def reload_lists(self) -> None:
        """Read the open conflicts and the refused changes again (on the worker)."""
        self._lists_stale = False
        self._loading += 2
        self._worker.submit(
            sync_service.list_conflicts,
            self._ctx,
            on_result=self._conflicts_loaded,
            on_error=self._list_failed,
        )
        self._worker.submit(
            sync_service.list_rejections,
            self._ctx,
            on_result=self._rejections_loaded,
            on_error=self._list_failed,
        )
        self._loading += 1
        self._worker.submit(
            sync_service.recent_rounds,
            self._ctx,
            on_result=self._rounds_loaded,
            on_error=self._list_failed,
        )
        self._loading += 1
        self._worker.submit(
            sync_service.attachment_files,
            self._ctx,
            on_result=self._files_loaded,
            on_error=self._list_failed,
        )

    def _files_loaded(self, files: list) -> None:
        self._loading -= 1
        self.files = list(files)
        self._fill_files()

    def _fill_files(self) -> None:
        lang = current_language()
        table = self.file_list
        table.setRowCount(len(self.files))
        for row, state in enumerate(self.files):
            if state.have >= state.size:
                where = self.tr("On this device")
            elif state.have:
                where = self.tr("Fetching: {percent} %").format(
                    percent=format_number(100 * state.have // state.size, lang)
                )
            else:
                where = self.tr("Fetched at the next sync or when opened")
            size = self.tr("{size} kB").format(
                size=format_number(max(1, round(state.size / 1000)), lang)
            )
            for column, text in enumerate((state.filename, size, where)):
                item = _item(text, bold=column == 2 and state.have < state.size)
                if column == 1:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(row, column, item)
        self._update_tab_titles()

    def _rounds_loaded(self, rounds: list) -> None:
        self._loading -= 1
        self.rounds = list(rounds)
        self._fill_rounds()

    def _fill_rounds(self) -> None:
        lang = current_language()
        outcomes = {
            "ok": self.tr("Done"),
            "offline": self.tr("Offline"),
            "cancelled": self.tr("Stopped"),
            "failed": self.tr("Failed"),
        }
        table = self.round_list
        table.setRowCount(len(self.rounds))
        for row, done in enumerate(self.rounds):
            seconds = f"{format_number(round(done.seconds, 1), lang)} s"
            values = [
                format_datetime_local(done.started_at, lang),
                seconds,
                format_number(done.pushed + done.uploaded, lang),
                format_number(done.pulled, lang),
                format_number(done.conflicts, lang),
                format_number(done.refused, lang),
                outcomes.get(done.outcome, done.outcome),
            ]
            for column, text in enumerate(values):
                item = _item(text)
                if 0 < column < 6:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(row, column, item)
        self._update_tab_titles()

    def _list_failed(self, error: BaseException) -> None:
        self._loading -= 1
        self._show_message("error", error_text(error))

    def _conflicts_loaded(self, conflicts: list[ConflictView]) -> None:
        self._loading -= 1
        selected = self.selected_conflict()
        self.conflicts = list(conflicts)
        self._fill_conflicts(selected.id if selected else None)
        self._update_tab_titles()

    def _rejections_loaded(self, rejections: list[RejectionView]) -> None:
        self._loading -= 1
        selected = self.selected_rejection()
        self.rejections = list(rejections)
        self._fill_rejections(selected.id if selected else None)
        self._update_tab_titles()

    def selected_rejection(self) -> RejectionView | None:
        rows = self.rejection_list.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.rejections):
            return None
        return self.rejections[rows[0].row()]

    def settle_rejection(self, choice: str) -> None:
        """Dismiss or re-apply the selected refused change, with the reason typed."""
        rejection = self.selected_rejection()
        if rejection is None:
            self._show_message("error", self.tr("Choose a refused change in the list first."))
            return
        what = describe_row(rejection.entity, rejection.payload, rejection.entity_id)
        self._loading += 1
        self.dismiss_button.setEnabled(False)
        self.reapply_button.setEnabled(False)
        self._worker.submit(
            sync_service.settle_rejection,
            self._ctx,
            rejection.id,
            choice,
            self.rejection_reason.text(),
            on_result=lambda _none: self._rejection_settled(choice, what),
            on_error=self._rejection_failed,
        )

    def _rejection_settled(self, choice: str, what: str) -> None:
        self._loading -= 1
        self.dismiss_button.setEnabled(True)
        self.reapply_button.setEnabled(True)
        self.rejection_reason.clear()
        texts = {
            "dismiss": self.tr("Dismissed the refused change to {what}; it stays in the history."),
            "reapply": self.tr(
                "Applied the refused change to {what} again on this device; it goes to the "
                "central database with the next sync."
            ),
        }
        self._show_message("info", texts[choice].format(what=what))
        self.reload_lists()
        self.runner.refresh_status()

    def _rejection_failed(self, error: BaseException) -> None:
        self._loading -= 1
        self.dismiss_button.setEnabled(True)
        self.reapply_button.setEnabled(True)
        self._show_message("error", error_text(error))

    def _fill_conflicts(self, keep_id: str | None = None) -> None:
        lang = current_language()
        table = self.conflict_list
        table.blockSignals(True)
        table.setRowCount(len(self.conflicts))
        select_row = 0
        for row, conflict in enumerate(self.conflicts):
            fields = ", ".join(label(SYNC_FIELDS, name) for name in conflict.fields) or "—"
            table.setItem(row, 0, _item(format_datetime_local(conflict.created_at, lang)))
            table.setItem(
                row,
                1,
                _item(
                    describe_row(
                        conflict.entity, conflict.mine or conflict.theirs, conflict.entity_id
                    )
                ),
            )
            table.setItem(row, 2, _item(fields))
            if conflict.id == keep_id:
                select_row = row
        table.blockSignals(False)
        has = bool(self.conflicts)
        table.setVisible(has)
        self.conflict_empty.setVisible(not has)
        if has:
            table.selectRow(select_row)
            self._conflict_selected()
        else:
            self.conflict_detail.hide()

    def _fill_rejections(self, keep_id: str | None = None) -> None:
        lang = current_language()
        table = self.rejection_list
        table.setRowCount(len(self.rejections))
        for row, rejection in enumerate(self.rejections):
            if rejection.id == keep_id:
                table.selectRow(row)
            table.setItem(row, 0, _item(format_datetime_local(rejection.created_at, lang)))
            table.setItem(
                row,
                1,
                _item(describe_row(rejection.entity, rejection.payload, rejection.entity_id)),
            )
            table.setItem(row, 2, _item(label(SYNC_OPERATIONS, rejection.operation)))
            table.setItem(row, 3, _item(message_text(rejection.message_key)))
        table.resizeRowsToContents()

    # --- one conflict ---------------------------------------------------------------------

    def field_rows(self, conflict: ConflictView) -> list[str]:
        """The fields worth a choice: the ones in conflict first, then every other field
        where before, mine and theirs are not all the same."""
        base, mine, theirs = conflict.base or {}, conflict.mine or {}, conflict.theirs or {}
        names = [n for n in conflict.fields if n in mine and n not in HIDDEN_FIELDS]
        for name in mine:
            if name in BOOKKEEPING or name in HIDDEN_FIELDS or name in names:
                continue
            values = {repr(base.get(name)), repr(mine.get(name)), repr(theirs.get(name))}
            if conflict.theirs is None or len(values) > 1:
                names.append(name)
        return names

    def _conflict_selected(self) -> None:
        conflict = self.selected_conflict()
        if conflict is None:
            self.conflict_detail.hide()
            return
        self.conflict_detail.show()
        self.conflict_title.setText(
            describe_row(conflict.entity, conflict.mine or conflict.theirs, conflict.entity_id)
        )
        self.conflict_reason.setText(label(SYNC_CONFLICT_REASONS, conflict.reason))
        base, mine, theirs = conflict.base or {}, conflict.mine or {}, conflict.theirs
        names = self.field_rows(conflict)
        table = self.field_table
        table.setRowCount(len(names))
        for row, name in enumerate(names):
            clash = name in conflict.fields
            table.setItem(row, FIELD, _item(label(SYNC_FIELDS, name), bold=clash))
            table.setItem(
                row, BASE, _item(format_value(name, base.get(name)) if conflict.base else "—")
            )
            table.setItem(row, MINE, _item(format_value(name, mine.get(name)), bold=clash))
            if theirs is None:
                table.setItem(row, THEIRS, _item(self.tr("(not in the central database)")))
            else:
                table.setItem(row, THEIRS, _item(format_value(name, theirs.get(name)), bold=clash))
            keep = QTableWidgetItem()
            keep.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            only_mine = (
                not clash
                and theirs is not None
                and mine.get(name) != base.get(name)
                and theirs.get(name) == base.get(name)
            )
            keep.setCheckState(Qt.CheckState.Checked if only_mine else Qt.CheckState.Unchecked)
            keep.setData(Qt.ItemDataRole.UserRole, name)
            table.setItem(row, KEEP, keep)
        table.resizeRowsToContents()
        self.keep_fields_button.setEnabled(bool(names))

    def ticked_fields(self) -> dict[str, str]:
        """field -> "mine" or "theirs", as the boxes in the Keep mine column say."""
        choice = {}
        for row in range(self.field_table.rowCount()):
            item = self.field_table.item(row, KEEP)
            name = item.data(Qt.ItemDataRole.UserRole)
            checked = item.checkState() == Qt.CheckState.Checked
            choice[name] = "mine" if checked else "theirs"
        return choice

    def set_ticked(self, name: str, keep_mine: bool) -> None:
        for row in range(self.field_table.rowCount()):
            item = self.field_table.item(row, KEEP)
            if item.data(Qt.ItemDataRole.UserRole) == name:
                item.setCheckState(Qt.CheckState.Checked if keep_mine else Qt.CheckState.Unchecked)

    def resolve(self, choice: str) -> None:
        conflict = self.selected_conflict()
        if conflict is None:
            return
        fields = self.ticked_fields() if choice == "fields" else None
        self._loading += 1
        for button in (self.keep_mine_button, self.keep_theirs_button, self.keep_fields_button):
            button.setEnabled(False)
        what = describe_row(conflict.entity, conflict.mine or conflict.theirs, conflict.entity_id)
        self._worker.submit(
            sync_service.resolve_conflict,
            self._ctx,
            conflict.id,
            choice,
            fields,
            on_result=lambda _none: self._resolved(choice, what),
            on_error=self._resolve_failed,
        )

    def _resolved(self, choice: str, what: str) -> None:
        self._loading -= 1
        texts = {
            "mine": self.tr("Kept this device's version of {what}."),
            "theirs": self.tr("Kept the central database's version of {what}."),
            "fields": self.tr("Kept the fields you chose for {what}."),
        }
        self._show_message(
            "info",
            texts[choice].format(what=what)
            + " "
            + self.tr(
                "The choice goes to the central database with the next sync; the other "
                "version stays in the history."
            ),
        )
        self._enable_choice()
        self.reload_lists()
        self.runner.refresh_status()

    def _resolve_failed(self, error: BaseException) -> None:
        self._loading -= 1
        self._enable_choice()
        self._show_message("error", error_text(error))
        self.reload_lists()

    def _enable_choice(self) -> None:
        for button in (self.keep_mine_button, self.keep_theirs_button, self.keep_fields_button):
            button.setEnabled(True)

    # --- rounds ---------------------------------------------------------------------------

    def sync_now(self) -> None:
        runner = self.runner
        if runner.running is not None:
            return
        if not runner.connected:
            self.open_connect_dialog()
            return
        if runner.needs_password:
            self.open_connect_dialog(password_only=True)
            return
        self._message = None
        runner.run_round(manual=True)

    def cancel(self) -> None:
        self.runner.cancel()
        self.cancel_button.setEnabled(False)
        self.progress_label.setText(self.tr("Stopping after the current step…"))

    def open_connect_dialog(self, password_only: bool = False) -> SyncConnectDialog:
        status = self.runner.status
        self.dialog = SyncConnectDialog(
            self.runner,
            self._worker,
            url=split_credentials(status.connected_url or "")[0] if status else "",
            login=(status.user or "") if status else "",
            password_only=password_only,
            parent=self,
        )
        self.dialog.finished.connect(self._dialog_closed)
        self.dialog.open()
        return self.dialog

    def _dialog_closed(self, _code: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()

    def _round_started(self, kind: str) -> None:
        self._progress_step = None
        self._step_pace = None
        self.progress.setRange(0, 0)
        self.progress_label.setText(
            self.tr("Connecting to the central database…")
            if kind == "connect"
            else QCoreApplication.translate("SyncView", "Syncing…")
        )
        for widget in (self.progress, self.progress_label, self.cancel_button):
            widget.show()
        self.cancel_button.setEnabled(True)
        self._update_state()

    def _progressed(self, done: int, total: int, step: str) -> None:
        self._progress_step = (done, total, step)
        now = time.monotonic()
        if self._step_pace is None or self._step_pace[0] != step:
            self._step_pace = (step, now, done)  # the pace is measured within one step
        _step, since, done_then = self._step_pace
        text = progress_text(done, total, step)
        left = time_left(done, total, now - since, done_then)
        self.progress_label.setText(f"{text} · {left}" if left else text)
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        else:
            self.progress.setRange(0, 0)

    def _round_finished(self, result: RoundResult) -> None:
        for widget in (self.progress, self.progress_label, self.cancel_button):
            widget.hide()
        report = result.report
        quiet = (
            not result.manual
            and report.ok
            and not (report.pushed or report.pulled or report.new_conflicts or report.rejected)
        )
        if not quiet or self._report is None:  # a timer round with nothing to say is not news
            self._report = result
            self._message = None
        self._show_report()
        self._update_state()
        if (
            result.manual
            and result.kind == "round"
            and report.message_key == "sync.password_needed"
            and self.dialog is None
        ):  # the adviser asked for this round and is here: ask for the password now
            self.open_connect_dialog(password_only=True)
        # every round adds a line to the timeline (and may change the conflicts, the
        # refused changes and the files): the lists are read again after each one
        if self.isVisible():
            self.reload_lists()
        else:
            self._lists_stale = True

    def _status_changed(self, status) -> None:
        if self._last_conflict_count is not None and status.conflicts != self._last_conflict_count:
            if self.isVisible():
                self.reload_lists()
            else:
                self._lists_stale = True
        self._last_conflict_count = status.conflicts
        self._update_state()
        self._show_report()

    # --- texts ----------------------------------------------------------------------------

    def _show_message(self, kind: str, text: str) -> None:
        self._message = (kind, text)
        self._show_report()

    def _show_report(self) -> None:
        if self._message is not None:
            kind, text = self._message
            self.report_bar.show_message(text, kind)
            self.report_details.hide()
            return
        if self._report is None:
            status = self.runner.status
            if status is not None and not self.runner.connected:
                self.report_bar.show_message(
                    self.tr(
                        "This device is not connected yet. Choose “Connect to the central "
                        "database…” and type the address and the login your administrator "
                        "gave you. Until then everything you do stays on this device."
                    ),
                    "info",
                )
            else:
                self.report_bar.clear_message()
            self.report_details.hide()
            return
        kind, headline, details = report_texts(self._report)
        self.report_bar.show_message(headline, kind)
        self.report_details.setText("\n".join(details))
        self.report_details.setVisible(bool(details))

    def state_text(self) -> str:
        runner = self.runner
        lang = current_language()
        state = runner.state
        if state == "not_connected":
            return self.tr("Not connected: this device works on its own.")
        if state == "syncing":
            return QCoreApplication.translate("SyncView", "Syncing…")
        if state == "offline":
            return self.tr("Offline since {when}: working on this device.").format(
                when=format_datetime_local(runner.offline_since, lang)
            )
        if state == "online" and runner.last_result is not None:
            return self.tr("Online (last contact {when}).").format(
                when=format_datetime_local(runner.last_result.finished_at, lang)
            )
        if state == "attention":
            if runner.needs_password:
                return self.tr("Waiting for the password: choose Sync now to type it.")
            return self.tr("The last sync did not finish: see the message below.")
        return self.tr("Not checked yet in this session.")

    def _update_state(self) -> None:
        runner = self.runner
        status = runner.status
        lang = current_language()
        connected = runner.connected
        self.url_value.setText(
            shown_url(status.connected_url) if connected else self.tr("Not connected")
        )
        self.login_value.setText(status.user if connected else "—")
        self.state_value.setText(self.state_text())
        if status is None:
            for value in (self.pending_value, self.last_sync_value, self.conflicts_value):
                value.setText("…")
        else:
            self.pending_value.setText(format_number(status.pending, lang))
            self.last_sync_value.setText(
                format_datetime_local(status.last_sync_at, lang)
                if status.last_sync_at
                else self.tr("never")
            )
            self.conflicts_value.setText(format_number(status.conflicts, lang))
        minutes = max(1, AUTO_SYNC_INTERVAL_MS // 60_000)
        self.auto_value.setText(
            self.tr("Every {minutes} minutes").format(minutes=format_number(minutes, lang))
            if connected
            else self.tr("After connecting")
        )
        running = runner.running is not None
        self.sync_button.setEnabled(connected and not running)
        self.connect_button.setEnabled(not running)
        self.connect_button.setText(
            self.tr("Change the connection…")
            if connected
            else self.tr("Connect to the central database…")
        )
        if not running:
            for widget in (self.progress, self.progress_label, self.cancel_button):
                widget.hide()

    def _update_tab_titles(self) -> None:
        lang = current_language()
        self.tabs.setTabText(
            0,
            self.tr("Conflicts ({count})").format(count=format_number(len(self.conflicts), lang)),
        )
        self.tabs.setTabText(
            1,
            self.tr("Refused changes ({count})").format(
                count=format_number(len(self.rejections), lang)
            ),
        )
        self.tabs.setTabText(2, self.tr("Last rounds"))
        here = sum(1 for state in self.files if state.have >= state.size)
        self.tabs.setTabText(
            3,
            self.tr("Files ({here} of {count} here)").format(
                here=format_number(here, lang), count=format_number(len(self.files), lang)
            ),
        )

    # --- language -------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Sync"))
        self.intro.setText(
            self.tr(
                "This device keeps its own copy of your office's data and works without a "
                "network. Sync exchanges the changes with the central database: what you "
                "changed here goes out, what others changed comes in."
            )
        )
        self.connection_box.setTitle(self.tr("Central database"))
        self.url_caption.setText(self.tr("Address"))
        self.login_caption.setText(self.tr("Login"))
        self.state_caption.setText(self.tr("Connection"))
        self.counts_box.setTitle(self.tr("On this device"))
        self.pending_caption.setText(self.tr("Changes not yet synchronised"))
        self.last_sync_caption.setText(self.tr("Last successful sync"))
        self.conflicts_caption.setText(self.tr("Conflicts waiting"))
        self.auto_caption.setText(self.tr("Automatic sync"))
        self.sync_button.setText(self.tr("Sync now"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.conflict_list.setHorizontalHeaderLabels(
            [self.tr("Since"), self.tr("What"), self.tr("Fields changed on both sides")]
        )
        self.conflict_list.horizontalHeader().resizeSection(0, 150)
        self.conflict_list.horizontalHeader().resizeSection(1, 340)
        self.conflict_empty.setText(self.tr("No conflicts are waiting."))
        headers = [
            self.tr("Field"),
            self.tr("Before"),
            self.tr("Mine (this device)"),
            self.tr("Theirs (central database)"),
            self.tr("Keep mine"),
        ]  # the explanation in brackets on a line of its own: the columns stay narrow
        self.field_table.setHorizontalHeaderLabels([h.replace(" (", "\n(") for h in headers])
        self.field_hint.setText(
            self.tr(
                "Tick the fields where this device's value must stay; the others take the "
                "central database's value. Nothing is lost: the other version stays in the "
                "history."
            )
        )
        self.keep_mine_button.setText(self.tr("Keep mine"))
        self.keep_theirs_button.setText(self.tr("Keep theirs"))
        self.keep_fields_button.setText(self.tr("Keep the ticked fields"))
        self.rejection_list.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("What"), self.tr("Change"), self.tr("Reason")]
        )
        self.round_list.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("How long"),
                self.tr("Sent"),
                self.tr("Received"),
                self.tr("Conflicts"),
                self.tr("Refused"),
                self.tr("Result"),
            ]
        )
        self.round_list.horizontalHeader().resizeSection(0, 150)
        self.file_list.setHorizontalHeaderLabels(
            [self.tr("File"), self.tr("Size"), self.tr("On this device")]
        )
        self.file_list.horizontalHeader().resizeSection(0, 320)
        self.file_list.horizontalHeader().resizeSection(1, 100)
        if self.files:
            self._fill_files()
        if self.rounds:
            self._fill_rounds()
        header = self.rejection_list.horizontalHeader()
        header.resizeSection(0, 150)
        header.resizeSection(1, 300)
        header.resizeSection(2, 110)
        self.rejection_hint.setText(
            self.tr(
                "The central database refused these changes. They are kept on this device, "
                "nothing is lost; ask an administrator if one of them must go through."
            )
        )
        self.rejection_reason.setPlaceholderText(
            self.tr("Why you dismiss or re-apply it (kept with the change)")
        )
        self.dismiss_button.setText(self.tr("Dismiss"))
        self.reapply_button.setText(self.tr("Re-apply"))
        self._update_tab_titles()
        self._update_state()
        self._show_report()
        if self.conflicts:
            self._fill_conflicts(self.selected_conflict().id if self.selected_conflict() else None)
        if self.rejections:
            self._fill_rejections()
