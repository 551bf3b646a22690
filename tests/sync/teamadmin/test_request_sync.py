"""The waiting-for-info round trip between an adviser's device and TeamAdmin's, through
the central PostgreSQL database, and who receives what (row-level security decides)."""

from __future__ import annotations

import uuid

import pytest

from app.services.errors import PermissionDenied
from app.services.teamadmin.requests import (
    answer_question,
    ask_question,
    ask_teamadmin,
    claim_requests,
    close_request,
    list_request_ids,
    member_requests,
    produce_document,
    request_view,
)
from tests.sync.test_change_feed import sync_until

GNT = str(uuid.uuid5(uuid.NAMESPACE_URL, "smartdesk:office:GNT"))
ATTEST = {"period_start": "2025-01-01", "period_end": "2025-12-31", "purpose": "Huurcontract"}


def _key(value: str) -> str:
    return str(value).replace("-", "")


def _unnamed_gent_member(device) -> str:
    """A Gent member no request, declaration or claim names yet."""
    found = device.scalar(
        "SELECT id FROM members m WHERE office_id = :o AND NOT EXISTS (SELECT 1 FROM "
        "certificate_requests c WHERE c.member_id = m.id) AND NOT EXISTS (SELECT 1 FROM "
        "accident_declarations a WHERE a.member_id = m.id) AND NOT EXISTS (SELECT 1 FROM "
        "insurance_claims i WHERE i.member_id = m.id) ORDER BY member_number LIMIT 1",
        o=_key(GNT),
    )
    return str(uuid.UUID(str(found)))


def _state(device, request_id: str) -> str | None:
    return device.scalar("SELECT state FROM certificate_requests WHERE id = :i", i=_key(request_id))


def _named_members(device) -> int:
    return device.scalar(
        "SELECT count(DISTINCT id) FROM members WHERE id IN (SELECT member_id FROM "
        "certificate_requests UNION SELECT member_id FROM accident_declarations UNION "
        "SELECT member_id FROM insurance_claims UNION SELECT member_id FROM contracts WHERE "
        "id IN (SELECT contract_id FROM accident_declarations))"
    )


def test_a_question_and_its_answer_travel_between_adviser_and_teamadmin(central):
    gent = central.device("gnt1")
    team = central.device("team")
    brussels = central.device("bxl1")
    member = _unnamed_gent_member(gent)
    assert not team.scalar("SELECT count(*) FROM members WHERE id = :i", i=_key(member))

    request_id = ask_teamadmin(gent.ctx(), member, "employment_attest", ATTEST)
    assert gent.sync().pushed == 1
    # (the server's horizon may hold a fresh change back a round: it delays, never skips)
    sync_until(team, lambda: _state(team, request_id) == "requested")
    # TeamAdmin's device got the request and the member it names, and no member without one
    assert team.scalar("SELECT count(*) FROM members WHERE id = :i", i=_key(member)) == 1
    assert team.scalar("SELECT count(*) FROM members") == _named_members(team)
    assert team.scalar("SELECT count(*) FROM quotes") == 0

    claim_requests(team.ctx(), [request_id])
    ask_question(team.ctx(), request_id, "Voor welk adres is het attest?")
    assert team.sync().ok
    sync_until(gent, lambda: _state(gent, request_id) == "waiting_for_info")
    seen = request_view(gent.ctx(), request_id)
    assert (seen.row.state, seen.row.question) == (
        "waiting_for_info",
        "Voor welk adres is het attest?",
    )
    assert seen.row.assignee_name  # TeamAdmin's name came with the request

    answer_question(gent.ctx(), request_id, "Voor de huurbaas.")
    assert gent.sync().ok
    sync_until(team, lambda: _state(team, request_id) == "answered")
    assert request_view(team.ctx(), request_id).answer == "Voor de huurbaas."
    produce_document(team.ctx(), request_id)
    close_request(team.ctx(), request_id)
    assert team.sync().ok
    sync_until(gent, lambda: _state(gent, request_id) == "done")
    done = request_view(gent.ctx(), request_id)
    assert done.row.state == "done" and done.document_id
    assert [s.move for s in done.history] == [
        "request",
        "claim",
        "ask",
        "answer",
        "document",
        "close",
    ]
    # the Brussels adviser's device never receives a Gent request; no adviser has a queue
    assert brussels.sync().ok
    assert not brussels.scalar(
        "SELECT count(*) FROM certificate_requests WHERE id = :i", i=_key(request_id)
    )
    assert not brussels.scalar(
        "SELECT count(*) FROM certificate_requests WHERE office_id = :o", o=_key(GNT)
    )
    assert [r.id for r in member_requests(gent.ctx(), member)] == [request_id]
    with pytest.raises(PermissionDenied):
        list_request_ids(gent.ctx())


def test_a_done_request_changed_on_both_sides_goes_to_the_conflict_list(central):
    gent = central.device("gnt1")
    team = central.device("team")
    member = _unnamed_gent_member(gent)
    request_id = ask_teamadmin(
        gent.ctx(), member, "sickness_fund_incapacity", {"incapacity_start": "2026-11-23"}
    )
    gent.sync()
    sync_until(team, lambda: _state(team, request_id) == "requested")
    claim_requests(team.ctx(), [request_id])
    ask_question(team.ctx(), request_id, "Welk ziekenfonds?")
    team.sync()
    sync_until(gent, lambda: _state(gent, request_id) == "waiting_for_info")
    answer_question(gent.ctx(), request_id, "CM")
    gent.sync()
    sync_until(team, lambda: _state(team, request_id) == "answered")
    from app.services.teamadmin.requests import record_reference, reopen_request

    record_reference(team.ctx(), request_id, "DRS-123")
    close_request(team.ctx(), request_id)
    team.sync()
    # two TeamAdmin devices reopen the same done request, each with its own reason
    other = central.device("team", name="team-laptop")
    sync_until(other, lambda: _state(other, request_id) == "done")
    reopen_request(team.ctx(), request_id, "De datum van de arbeidsongeschiktheid klopt niet.")
    reopen_request(other.ctx(), request_id, "Het ziekenfonds vraagt een nieuwe aangifte.")
    assert team.sync().ok
    report = other.sync()
    assert report.conflicts >= 1  # never merged silently past "done"
