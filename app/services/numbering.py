"""Numbers a person reads, given on the device without asking the server (issue 14).

One function for every kind of number: `allocate(session, kind, scope, floor)` inside
the transaction that writes the numbered row. It returns the device's series (handed
out by the central database at `connect`, see `app.domain.numbering`) and the next
sequence in that series for (kind, scope); the counter is kept in `number_counters`
in the same transaction, so a rolled-back write gives its number back and two writes
never get the same one.

A device that never connected has no series yet: it numbers in series `None` (the
numbers as they were before series, unique on this device only; a clash found when
it first uploads is reported as a refused change and nothing is lost).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from app.db.models import LocalState, NumberCounter
from app.domain.numbering import MAX_SEQUENCE
from app.services.errors import ServiceError

SERIES_STATE = "number_series"  # local_state key: this device's series, as text

UNSERIALISED = 0  # the counter row of numbers given before the device had a series


@dataclass(frozen=True)
class Allocation:
    series: int | None  # None: this device has no series yet
    sequence: int


def device_series(session) -> int | None:
    """The numbering series of this device, or None before its first `connect`."""
    value = session.scalar(select(LocalState.value).where(LocalState.key == SERIES_STATE))
    return int(value) if value else None


def allocate(session, kind: str, scope: str, floor: int = 0) -> Allocation:
    """The next number of `kind` (`quote`, `member`, `loan`, `declaration`, ...) in
    `scope` (what the count restarts with, e.g. `BXL-2026`) in this device's series.

    `floor` is the highest sequence of this series the caller sees already used in its
    own table (a counter lost with an old copy of the database never gives a number
    twice). Raises `numbering.series_full` when a series has given its last number."""
    series = device_series(session)
    key = series if series is not None else UNSERIALISED
    counter = session.get(NumberCounter, (kind, scope, key))
    last = max(counter.last if counter is not None else 0, floor)
    sequence = last + 1
    if series is not None and sequence > MAX_SEQUENCE:
        raise ServiceError("numbering.series_full", series=series, scope=scope)
    if counter is None:
        session.add(NumberCounter(kind=kind, scope=scope, series=key, last=sequence))
    else:
        counter.last = sequence
    return Allocation(series, sequence)
