"""The workflow as data (issue #10 point 6): which move starts where, who may make it,
and which states sync never merges silently (DESIGN §4.5)."""

import pytest

from app.domain.declarations.declaration_states import TransitionRefused, next_state
from app.sync.tables import past_draft


@pytest.mark.parametrize(
    "move,state,role,target",
    [
        ("declare", "first_aid", "adviser", "draft"),
        ("submit", "draft", "adviser", "submitted"),
        ("submit", "question", "adviser", "submitted"),
        ("ask", "submitted", "teamadmin", "question"),
        ("send_to_insurer", "submitted", "teamadmin", "filed"),
        ("close", "filed", "admin", "closed"),
    ],
)
def test_allowed_moves(move, state, role, target):
    assert next_state(move, state, role) == target


@pytest.mark.parametrize(
    "move,state,role",
    [
        ("send_to_insurer", "submitted", "adviser"),  # TeamAdmin's move
        ("submit", "draft", "teamadmin"),  # the adviser's move
        ("close", "submitted", "teamadmin"),  # not sent yet
        ("submit", "closed", "adviser"),
        ("ask", "draft", "teamadmin"),
    ],
)
def test_refused_moves(move, state, role):
    with pytest.raises(TransitionRefused):
        next_state(move, state, role)


@pytest.mark.parametrize(
    "entity,state,frozen",
    [
        ("accident_declarations", "first_aid", False),
        ("accident_declarations", "draft", False),
        ("accident_declarations", "submitted", True),
        ("accident_declarations", "question", True),
        ("accident_declarations", "filed", True),
        ("insurance_claims", "draft", False),
        ("insurance_claims", "submitted", True),
        ("insurance_claims", "closed", True),
        ("insurance_claims", "first_aid", True),  # not a claim state: never guessed
    ],
)
def test_declarations_and_claims_past_draft_are_never_merged_silently(entity, state, frozen):
    assert past_draft(entity, {"state": state}) is frozen
