"""One unit of work: a session whose writes commit together, and what they changed.

A use case made of several steps (duplicating a quote is a new quote plus each of its
lines) must commit whole or not at all. So a service does not open a transaction of its
own: it opens the unit of work of its database, and when another service of the same
thread already has one open it joins it instead of committing alone (cosmicpython's
UnitOfWork). The outermost unit commits; an error anywhere inside rolls back everything,
audit entries and sync outbox included.

Every write recorded in the audit trail names its row here, so the caller learns what
changed (Anki's OpChanges) and a screen can redraw only that.
"""

from __future__ import annotations

from collections import defaultdict
from contextvars import ContextVar
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from app.db.models import Base

# The units open in this thread (a context variable: each thread has its own; the
# window's database worker and the sync thread never share one).
_OPEN: ContextVar[tuple[UnitOfWork, ...]] = ContextVar("open_units_of_work", default=())


@dataclass(frozen=True)
class Changes:
    """The rows a use case wrote, by table name: `changes.quotes` (or
    `changes.of("quotes")`) is the set of quote ids it wrote."""

    rows: dict[str, frozenset[str]] = field(default_factory=dict)

    def of(self, entity: str) -> frozenset[str]:
        return self.rows.get(entity, frozenset())

    def __getattr__(self, entity: str) -> frozenset[str]:
        """`changes.quotes` for `changes.of("quotes")`, for any table (a misspelt name
        is an AttributeError, never an empty set that hides the mistake)."""
        if entity in Base.metadata.tables:
            return self.of(entity)
        raise AttributeError(entity)

    def __bool__(self) -> bool:
        return any(self.rows.values())


NO_CHANGES = Changes()


class UnitOfWork:
    """A session for one database, and the rows written through it."""

    def __init__(self, owner: object, session: Session) -> None:
        self.owner = owner
        self.session = session
        self._touched: dict[str, set[str]] = defaultdict(set)

    def touched(self, entity: str, row_id: str) -> None:
        self._touched[entity].add(str(row_id))

    @property
    def changes(self) -> Changes:
        return Changes({entity: frozenset(ids) for entity, ids in self._touched.items() if ids})

    @staticmethod
    def of(session: Session) -> UnitOfWork | None:
        """The unit of work `session` belongs to, if it was opened as one."""
        return session.info.get("unit_of_work")


def open_unit_for(owner: object) -> UnitOfWork | None:
    """The innermost unit of work this thread has open on `owner` (a Database)."""
    for unit in reversed(_OPEN.get()):
        if unit.owner is owner:
            return unit
    return None


def push(unit: UnitOfWork) -> object:
    unit.session.info["unit_of_work"] = unit
    return _OPEN.set((*_OPEN.get(), unit))


def pop(token: object) -> None:
    _OPEN.reset(token)
