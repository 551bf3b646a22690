"""Sync in the background: a thread of its own, results back by signal.

DESIGN §2: "Sync runs in its own thread with its own connection". The window's one
database worker (`ui.worker.Worker`) stays free for the adviser's service calls: a
sync round, which may take a minute (a first pull), runs here on a single-thread
executor (one round at a time) and opens its own connections. The GUI thread never
waits for it: progress, the round's report and the device's new sync status come back
through queued signals.

A timer starts a round every `AUTO_SYNC_INTERVAL_MS` while the device is connected. A
lost connection is a normal state (`offline`, with the time it began), shown in the
status bar, never an error dialog (DESIGN §4.8). Where no keyring works, the password
the adviser typed is kept in memory for this session only, never written anywhere.

The pending / last sync / conflicts counts are re-read (on the worker: a read like any
other) after each round and whenever the worker has finished a burst of calls, which
is how a local write shows up in the status bar without every view announcing it.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import QObject, QTimer, Signal

from app.db.engine import Database
from app.services.errors import ValidationFailed
from app.services.sync import sync as sync_service
from app.services.sync.sync import SyncReport, SyncStatus
from ui.worker import Worker

log = logging.getLogger(__name__)

# a round every five minutes while connected
AUTO_SYNC_INTERVAL_MS = 5 * 60 * 1000
# the first automatic round, once the window has settled after the start
FIRST_AUTO_SYNC_DELAY_MS = 20 * 1000
# how long after the worker went quiet the counts are read again
STATUS_DELAY_MS = 300
# progress reaches the window at most this often (seconds)
PROGRESS_INTERVAL_S = 0.1

# what `run_sync` / `connect` report when the device must ask for the password
PASSWORD_NEEDED = "sync.password_needed"
_SIGN_IN_REFUSED = ("sync.sign_in_failed", "sync.not_a_user")


@dataclass(frozen=True)
class RoundResult:
    """One finished round (or connection) as the window sees it."""

    kind: str  # "round" | "connect"
    manual: bool  # asked for by the adviser (Sync now, Connect), not the timer
    report: SyncReport
    finished_at: datetime  # UTC


class SyncRunner(QObject):
    """Starts sync rounds off the GUI thread and tells the window what happened."""

    # the device's counts changed (SyncStatus)
    statusChanged = Signal(object)
    # the connection state changed (see `state`)
    stateChanged = Signal()
    # a round or connection started: "round" | "connect"
    started = Signal(str)
    # (done, total or 0 when unknown, step such as "push", "pull:members")
    progressed = Signal(int, int, str)
    # a round or connection finished (RoundResult)
    finished = Signal(object)

    _delivered = Signal(object)
    _progress = Signal(int, int, str)

    def __init__(self, db: Database, worker: Worker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._worker = worker
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="smartdesk-sync")
        self._cancel = threading.Event()
        self._closed = False
        self._running: str | None = None
        self._session_password: str | None = None
        self._pending_password: str | None = None
        self.status: SyncStatus | None = None
        self.last_result: RoundResult | None = None
        # when the current spell without a connection began (UTC), None while online
        self.offline_since: datetime | None = None
        self._status_loading = False
        self._status_again = False
        self._skip_idle = False

        self._delivered.connect(self._deliver)
        self._progress.connect(self.progressed)

        self.timer = QTimer(self)
        self.timer.setInterval(AUTO_SYNC_INTERVAL_MS)
        self.timer.timeout.connect(self._auto_round)
        self._first_round = QTimer(self)
        self._first_round.setSingleShot(True)
        self._first_round.timeout.connect(self._auto_round)
        self._status_timer = QTimer(self)
        self._status_timer.setSingleShot(True)
        self._status_timer.setInterval(STATUS_DELAY_MS)
        self._status_timer.timeout.connect(self._read_status)
        worker.idle.connect(self._worker_idle)

    # --- state ---------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """A round is running, or the counts are on their way (for tests and screenshots)."""
        return self._running is not None or self._status_timer.isActive() or self._status_loading

    @property
    def running(self) -> str | None:
        """The kind of job running ("round" or "connect"), else None."""
        return self._running

    @property
    def connected(self) -> bool:
        return bool(self.status and self.status.connected_url and self.status.user)

    @property
    def needs_password(self) -> bool:
        result = self.last_result
        return bool(result and result.report.message_key == PASSWORD_NEEDED)

    @property
    def state(self) -> str:
        """not_connected | syncing | offline | attention | online | unknown (not tried yet)."""
        if self._running is not None:
            return "syncing"
        if self.status is None:
            return "unknown"
        if not self.connected:
            return "not_connected"
        if self.offline_since is not None:
            return "offline"
        result = self.last_result
        if result is None or result.report.cancelled:
            return "unknown" if result is None else "online"
        if result.report.ok:
            return "online"
        return "attention"

    # --- starting ------------------------------------------------------------------------

    def start(self, auto: bool = True) -> None:
        """Read the counts now; with `auto`, sync on the timer from now on."""
        self.refresh_status()
        if auto:
            self.timer.start()
            self._first_round.start(FIRST_AUTO_SYNC_DELAY_MS)

    def run_round(self, manual: bool = True) -> bool:
        """Start one round; False when one is already running (or not connected)."""
        if self._closed or self._running is not None:
            return False
        password = self._session_password
        return self._submit(
            "round",
            manual,
            lambda progress, cancelled: sync_service.run_sync(
                self._db, progress=progress, cancelled=cancelled, password=password
            ),
        )

    def connect_device(self, url: str, login: str, password: str) -> bool:
        """Join the central database (or give the password again): check it, remember it
        (keyring, else this session only) and make a round."""
        if self._closed or self._running is not None:
            return False

        self._pending_password = password
        return self._submit(
            "connect",
            True,
            lambda progress, cancelled: sync_service.connect(
                self._db, url, login, password, progress=progress, cancelled=cancelled
            ),
        )

    def cancel(self) -> None:
        """Ask the running round to stop after its current batch (nothing half-written)."""
        self._cancel.set()

    def forget_session_password(self) -> None:
        self._session_password = None

    def shutdown(self) -> None:
        """Stop the timers, cancel the running round and wait for it to stop."""
        if self._closed:
            return
        self._closed = True
        self.timer.stop()
        self._first_round.stop()
        self._status_timer.stop()
        self._cancel.set()
        self._executor.shutdown(wait=True, cancel_futures=True)

    # --- the sync thread -----------------------------------------------------------------

    def _submit(
        self, kind: str, manual: bool, call: Callable[[Callable, Callable], SyncReport]
    ) -> bool:
        self._cancel.clear()
        self._running = kind
        last_emit = [0.0]

        def progress(done: int, total: int, step: str) -> None:
            now = time.monotonic()
            if now - last_emit[0] >= PROGRESS_INTERVAL_S or (total and done >= total):
                last_emit[0] = now
                self._progress.emit(int(done), int(total or 0), str(step))

        def job() -> None:
            try:
                report = call(progress, self._cancel.is_set)
            except ValidationFailed as exc:  # bad input: said like any refusal, field first
                key = exc.problems[0].message_key if exc.problems else "sync.failed"
                report = SyncReport(ok=False, message_key=key, message=key)
            except Exception as exc:  # noqa: BLE001 - the window gets a report, never a traceback
                log.exception("sync %s failed", kind)
                report = SyncReport(ok=False, message_key="sync.failed", message=str(exc)[:300])
            try:
                status = sync_service.sync_status(self._db)
            except Exception:  # noqa: BLE001
                log.exception("sync status could not be read")
                status = None
            self._delivered.emit((kind, manual, report, status))

        self.started.emit(kind)
        self.stateChanged.emit()
        self._executor.submit(job)
        return True

    def _deliver(self, payload: tuple) -> None:
        kind, manual, report, status = payload
        self._running = None
        if self._closed:
            return
        password, self._pending_password = self._pending_password, None
        if kind == "connect" and password and report.password_saved is False:
            if report.ok or not (report.offline or report.message_key in _SIGN_IN_REFUSED):
                self._session_password = password  # no keyring: this session only
        if report.message_key in _SIGN_IN_REFUSED and kind == "round":
            self._session_password = None
        now = datetime.now(UTC)
        if report.offline:
            if self.offline_since is None:
                self.offline_since = now
        elif report.message_key not in (PASSWORD_NEEDED, "sync.not_connected"):
            self.offline_since = None  # the central database answered
        self.last_result = RoundResult(kind, manual, report, now)
        if status is not None:
            self._set_status(status)
        self.stateChanged.emit()
        self.finished.emit(self.last_result)

    # --- the counts ----------------------------------------------------------------------

    def refresh_status(self) -> None:
        """Read pending changes, last sync and conflicts again (soon, on the worker)."""
        if not self._closed:
            self._status_timer.start()

    def _worker_idle(self) -> None:
        if self._skip_idle:  # the worker went idle after delivering our own read
            self._skip_idle = False
            return
        self.refresh_status()

    def _read_status(self) -> None:
        if self._closed:
            return
        if self._status_loading:
            self._status_again = True
            return
        self._status_loading = True
        self._worker.submit(
            sync_service.sync_status,
            self._db,
            on_result=self._status_read,
            on_error=self._status_failed,
        )

    def _status_read(self, status: SyncStatus) -> None:
        self._status_loading = False
        if self._status_again:
            self._status_again = False
            self._status_timer.start()
        self._set_status(status)
        # the worker's `idle` that follows this callback is this read's own: skip it (unless
        # someone queued more calls meanwhile: then the next idle reads the counts again)
        self._skip_idle = not self._worker.busy

    def _status_failed(self, error: BaseException) -> None:
        self._status_loading = False
        self._skip_idle = not self._worker.busy
        log.warning("sync status could not be read: %s", error)

    def _set_status(self, status: SyncStatus) -> None:
        was_connected = self.connected
        changed = status != self.status
        self.status = status
        if changed:
            self.statusChanged.emit(status)
        if was_connected != self.connected:
            self.stateChanged.emit()

    def _auto_round(self) -> None:
        if self._closed or self._running is not None or not self.connected:
            return
        self.run_round(manual=False)
