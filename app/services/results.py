"""What a write service returns: its value as before, carrying what changed.

A caller that wanted the new quote's id still gets a `str`; a screen that wants to
redraw only what changed reads `.changes` (Anki's OpChanges). Services with nothing
else to say return the `Changes` themselves.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.db.unit_of_work import NO_CHANGES, Changes, UnitOfWork


def changes_of(session: Session) -> Changes:
    """What the unit of work of `session` has written so far."""
    unit = UnitOfWork.of(session)
    return unit.changes if unit is not None else NO_CHANGES


class _CarriesChanges:
    changes: Changes

    def __new__(cls, value, changes: Changes):
        result = super().__new__(cls, value)
        result.changes = changes
        return result


class StrWithChanges(_CarriesChanges, str):
    """A text (the id of the row a service made, a quote number), with `.changes`."""


class IntWithChanges(_CarriesChanges, int):
    """A count of rows a service moved, with `.changes`."""


class ListWithChanges(list):
    """A list of ids (say, the lines whose VAT changed), with `.changes`."""

    def __init__(self, values, changes: Changes) -> None:
        super().__init__(values)
        self.changes = changes
