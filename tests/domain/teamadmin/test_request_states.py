"""The request's moves, as data: the waiting-for-info round trip, closing, reopening."""

from __future__ import annotations

import pytest

from app.domain.teamadmin.request_states import (
    TRANSITIONS,
    TransitionRefused,
    may_make,
    next_state,
)


def test_a_request_goes_round_through_a_question_and_is_closed_then_reopened():
    state = "requested"
    for move, expected in [
        ("claim", "in_progress"),
        ("ask", "waiting_for_info"),
        ("answer", "answered"),
        ("ask", "waiting_for_info"),
        ("answer", "answered"),
        ("close", "done"),
        ("reopen", "reopened"),
        ("claim", "in_progress"),
        ("close", "done"),
    ]:
        state = next_state(move, state)
        assert state == expected


@pytest.mark.parametrize(
    ("move", "state"),
    [
        ("close", "requested"),
        ("close", "waiting_for_info"),
        ("answer", "in_progress"),
        ("reopen", "in_progress"),
        ("ask", "requested"),
        ("claim", "done"),
    ],
)
def test_a_move_from_the_wrong_state_is_refused(move, state):
    with pytest.raises(TransitionRefused):
        next_state(move, state)


def test_only_teamadmin_works_the_queue_and_only_the_adviser_answers():
    assert may_make("claim", "teamadmin") and not may_make("claim", "adviser")
    assert may_make("answer", "adviser") and not may_make("answer", "teamadmin")
    assert all(may_make(move, "admin") for move in TRANSITIONS)
