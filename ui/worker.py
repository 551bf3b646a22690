"""The one thread that talks to the database on behalf of the window.

Every service call from the GUI goes through `Worker.submit`: it runs on a single
background thread (one writer, calls in the order they were made) and its result or
error comes back to the GUI thread through a queued Qt signal, where the callback runs.
The GUI thread never waits on the database. Callers that issue superseding requests
(search as you type) pass a generation check and drop stale results themselves.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)

ResultCallback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]


class Worker(QObject):
    """A single-thread executor whose results are delivered on the GUI thread."""

    _delivered = Signal(object)
    # emitted on the GUI thread after each callback; `busy` tells whether more is queued
    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="smartdesk-db")
        self._pending = 0
        self._closed = False
        self._delivered.connect(self._deliver)
        # called for errors that have no `on_error` of their own (the window shows them)
        self.default_error_handler: ErrorCallback | None = None

    @property
    def busy(self) -> bool:
        """True while a call is queued, running, or its result is not yet delivered."""
        return self._pending > 0

    def submit(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_result: ResultCallback | None = None,
        on_error: ErrorCallback | None = None,
        **kwargs: Any,
    ) -> Future | None:
        if self._closed:
            return None
        self._pending += 1

        def job() -> None:
            try:
                result, error = fn(*args, **kwargs), None
            except Exception as exc:  # handed to the GUI thread, never lost
                result, error = None, exc
            self._delivered.emit((on_result, on_error, result, error))

        return self._executor.submit(job)

    def _deliver(self, payload: tuple) -> None:
        on_result, on_error, result, error = payload
        self._pending -= 1
        try:
            if error is not None:
                handler = on_error or self.default_error_handler
                if handler is None:
                    log.error("service call failed", exc_info=error)
                else:
                    handler(error)
            elif on_result is not None:
                on_result(result)
        finally:
            if self._pending == 0:
                self.idle.emit()

    def shutdown(self) -> None:
        """Finish the running call, drop the queued ones; no result is delivered after."""
        self._closed = True
        self._executor.shutdown(wait=True, cancel_futures=True)
