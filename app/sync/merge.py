"""The three-way, field-level merge of one device change with the central row.

`base` is the row as the device saw it when it made the change, `mine` the row after
the change, `theirs` the central row now. A field only the device changed is written;
a field only the others changed is kept; a field both changed to different values is
a conflict. When the central row is still at the version the device started from,
nobody else changed anything and the device's fields are written as they are. A
document that left draft is never merged: any concurrent change to it is a conflict
(DESIGN §4.5). Pure functions: no database here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.sync.tables import BOOKKEEPING, past_draft


@dataclass(frozen=True)
class Merge:
    outcome: str  # apply | noop | conflict
    changes: dict = field(default_factory=dict)  # field -> JSON value to write
    fields: tuple[str, ...] = ()  # the fields in conflict
    reason: str = ""  # same_field | past_draft | deleted | unknown_base


def _changed(a: dict, b: dict, names) -> set[str]:
    return {name for name in names if a.get(name) != b.get(name)}


def merge(entity: str, base: dict | None, mine: dict, theirs: dict, same_version: bool) -> Merge:
    names = [name for name in mine if name not in BOOKKEEPING]
    if base is None:
        # The device's view before its change is unknown: only an identical row, or a
        # row nobody else touched since the device's version, is safe to write.
        differing = _changed(mine, theirs, names)
        if not differing:
            return Merge("noop")
        if same_version:
            return Merge("apply", _with_stamp({n: mine[n] for n in differing}, mine))
        return Merge("conflict", fields=tuple(sorted(differing)), reason="unknown_base")
    mine_changed = _changed(mine, base, names)
    if same_version:
        changes = {n: mine[n] for n in mine_changed if mine.get(n) != theirs.get(n)}
        return Merge("apply", _with_stamp(changes, mine)) if changes else Merge("noop")
    theirs_changed = _changed(theirs, base, names)
    if not mine_changed - {n for n in mine_changed if mine.get(n) == theirs.get(n)}:
        return Merge("noop")  # the central row already says what the device says
    if any(past_draft(entity, row) for row in (base, mine, theirs)) and theirs_changed:
        return Merge(
            "conflict", fields=tuple(sorted(mine_changed | theirs_changed)), reason="past_draft"
        )
    if "deleted_at" in theirs_changed and theirs.get("deleted_at") and not mine.get("deleted_at"):
        return Merge("conflict", fields=tuple(sorted(mine_changed)), reason="deleted")
    clash = {n for n in mine_changed & theirs_changed if mine.get(n) != theirs.get(n)}
    if clash:
        return Merge("conflict", fields=tuple(sorted(clash)), reason="same_field")
    changes = {n: mine[n] for n in mine_changed if mine.get(n) != theirs.get(n)}
    return Merge("apply", _with_stamp(changes, mine))


def _with_stamp(changes: dict, mine: dict) -> dict:
    """Who changed the row last and when travel with the change."""
    if changes:
        for name in ("updated_at", "updated_by"):
            if name in mine:
                changes[name] = mine[name]
    return changes


def shown_during_conflict(
    base: dict | None, mine: dict, theirs: dict, fields: tuple[str, ...]
) -> dict:
    """What the device shows while a conflict waits (issue 14, point 6): the central
    row, plus the fields only this device changed (they are not in conflict, so they
    stay visible; the others' changes show too). JSON values, as `mine` and `theirs`."""
    shown = dict(theirs)
    if base is None:
        return shown
    for name, value in mine.items():
        if name in BOOKKEEPING or name in fields or name not in theirs:
            continue
        if value != base.get(name) and theirs.get(name) == base.get(name):
            shown[name] = value
    return shown
