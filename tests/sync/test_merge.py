"""The three-way merge, case by case (DESIGN §4.5). No database."""

from __future__ import annotations

import pytest

from app.sync.merge import merge

BASE = {
    "id": "m1",
    "email": "a@x.be",
    "phone": "1",
    "city": "Gent",
    "row_version": 3,
    "updated_at": "t0",
    "deleted_at": None,
}


def row(**changes) -> dict:
    return {**BASE, **changes}


CASES = [
    # (name, mine, theirs, same_version, outcome, fields or changes)
    (
        "nobody else changed the row: mine is written",
        row(email="b@x.be"),
        row(),
        True,
        "apply",
        {"email"},
    ),
    (
        "they changed another field: mine is merged in",
        row(email="b@x.be"),
        row(phone="2", row_version=4),
        False,
        "apply",
        {"email"},
    ),
    (
        "both changed the same field differently: conflict",
        row(email="b@x.be"),
        row(email="c@x.be", row_version=4),
        False,
        "conflict",
        ("email",),
    ),
    (
        "both made the same change: nothing to do",
        row(email="b@x.be"),
        row(email="b@x.be", row_version=4),
        False,
        "noop",
        set(),
    ),
    (
        "they deleted it while I edited: conflict",
        row(city="Deinze"),
        row(deleted_at="2026-01-01T00:00:00+00:00", row_version=4),
        False,
        "conflict",
        ("city",),
    ),
    (
        "I deleted it while they edited another field: the delete goes through",
        row(deleted_at="2026-01-01T00:00:00+00:00"),
        row(phone="2", row_version=4),
        False,
        "apply",
        {"deleted_at"},
    ),
]


@pytest.mark.parametrize(
    "name, mine, theirs, same, outcome, expected", CASES, ids=[c[0] for c in CASES]
)
def test_three_way_merge(name, mine, theirs, same, outcome, expected):
    result = merge("members", BASE, mine, theirs, same)
    assert result.outcome == outcome
    if outcome == "apply":
        assert set(result.changes) - {"updated_at", "updated_by"} == expected
    if outcome == "conflict":
        assert result.fields == expected


def test_a_document_past_draft_is_never_merged_even_on_another_field():
    base = {"id": "q", "state": "sent", "notes": "", "number": "GNT-2026-000001"}
    mine = {**base, "state": "accepted"}
    theirs = {**base, "notes": "called"}
    result = merge("quotes", base, mine, theirs, same_version=False)
    assert result.outcome == "conflict" and result.reason == "past_draft"
    # ... but nobody else touched it: the move goes through
    assert merge("quotes", base, mine, base, same_version=True).outcome == "apply"


def test_bookkeeping_fields_never_make_a_conflict():
    mine = row(email="b@x.be", updated_at="t1")
    theirs = row(phone="2", updated_at="t2", row_version=4)
    result = merge("members", BASE, mine, theirs, same_version=False)
    assert result.outcome == "apply"
    assert result.changes["updated_at"] == "t1"
