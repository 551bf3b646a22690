"""A psycopg connection with a limit on how long it waits for any one answer.

Kept apart from `app.sync.remote` so that psycopg (about 150 ms to import) loads only
when the device actually talks to the central database, not at every start.
"""

from __future__ import annotations

import psycopg


class NoAnswer(psycopg.OperationalError):
    """The central database (or the network to it) did not answer in time."""


class BoundedConnection(psycopg.Connection):
    """A psycopg connection that waits at most `answer_timeout` seconds for any one
    answer (a query, a fetch of the next page, a commit). When that passes, the state
    of the connection is unknown: it is closed, and the caller sees a lost connection."""

    answer_timeout: float | None = None

    def wait(self, gen, interval: float = 0.1, timeout: float | None = None):
        if timeout is None:
            timeout = self.answer_timeout
        try:
            return super().wait(gen, interval=interval, timeout=timeout)
        except psycopg.errors._WaitTimeout as exc:  # noqa: SLF001 - psycopg's own timeout
            self.close()
            raise NoAnswer(f"no answer from the central database within {timeout:g} s") from exc
