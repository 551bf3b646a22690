"""Sync never merges into a document that left draft (DESIGN §4.5); which states count
is each document's own rule, kept in its domain slice and read by the sync."""

import pytest

from app.domain.declarations import declaration_states
from app.domain.loans import loan_states
from app.domain.quotes import quote_states
from app.domain.teamadmin import request_states
from app.sync.tables import STATE_RULES, past_draft

CASES = [
    # entity, state, past draft?
    ("quotes", "draft", False),
    ("quotes", "sent", True),
    ("quotes", "accepted", True),
    ("quotes", "cancelled", True),
    ("accident_declarations", "draft", False),
    ("accident_declarations", "filed", True),
    ("accident_declarations", "closed", True),
    ("loan_applications", "draft", False),
    ("loan_applications", "submitted", False),  # still completed before the decision
    ("loan_applications", "approved", True),
    ("loan_applications", "refused", True),
    ("certificate_requests", "waiting_for_info", False),
    ("certificate_requests", "answered", False),
    ("certificate_requests", "done", True),  # its document produced or reference recorded
    ("members", None, False),
]


@pytest.mark.parametrize(("entity", "state", "expected"), CASES)
def test_a_document_is_past_draft_exactly_in_the_states_its_slice_names(entity, state, expected):
    assert past_draft(entity, {"state": state}) is expected


@pytest.mark.parametrize("entity", sorted(STATE_RULES))
def test_a_state_this_version_does_not_know_is_never_merged_on_a_guess(entity):
    assert past_draft(entity, {"state": "from_a_newer_version"})


def test_the_sync_reads_the_slices_own_state_data():
    assert STATE_RULES["quotes"][1] is quote_states.PAST_DRAFT
    assert STATE_RULES["accident_declarations"][1] is declaration_states.PAST_DRAFT
    assert STATE_RULES["loan_applications"][1] is loan_states.PAST_DRAFT
    assert STATE_RULES["certificate_requests"][1] is request_states.PAST_DRAFT


def test_a_missing_row_or_state_is_not_past_draft():
    assert not past_draft("quotes", None)
    assert not past_draft("quotes", {"state": None})
