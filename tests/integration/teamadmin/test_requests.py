"""TeamAdmin requests through the services: the adviser asks, TeamAdmin works the
queue, every move stamped and audited; roles and offices keep each one to their own."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from app.db.models import AuditEntry, CertificateRequest, OutboxEntry
from app.services.attachments.store import read_attachment
from app.services.errors import NotFound, PermissionDenied, ServiceError, ValidationFailed
from app.services.teamadmin.requests import (
    RequestFilter,
    answer_question,
    ask_question,
    ask_teamadmin,
    claim_requests,
    close_request,
    list_request_ids,
    member_requests,
    my_requests,
    produce_document,
    queue_counts,
    record_reference,
    reopen_request,
    request_rows,
    request_view,
)

TODAY = date(2026, 12, 1)
ATTEST = {"period_start": "2026-01-01", "period_end": "2026-11-30", "purpose": "Huurcontract"}


def ask(people, adviser, member, kind="employment_attest", inputs=ATTEST, today=TODAY):
    return ask_teamadmin(people.ctx(adviser), member, kind, inputs, today=today)


def test_an_adviser_asks_and_the_due_date_comes_from_the_kinds_rule(people):
    request_id = ask(people, people.gent_adviser, people.gent_member)
    view = request_view(people.ctx(people.gent_adviser), request_id)
    assert view.row.state == "requested"
    assert view.row.due_on == date(2026, 12, 8)  # 5 working days after Tuesday 1 December
    assert view.row.requested_by_name == "Geert Adviseur"
    assert [s.move for s in view.history] == ["request"]


def test_bad_inputs_name_their_field_and_write_nothing(people):
    with people.db.reading() as session:
        before = session.scalar(select(func.count()).select_from(AuditEntry))
    with pytest.raises(ValidationFailed) as refused:
        ask(
            people,
            people.brussels_adviser,
            people.brussels_member,
            "a1_posting",
            {"host_country": "FR", "replaces_posted_worker": "yes", "start_date": "2027-02-01"},
        )
    fields = {p.field: p.message_key for p in refused.value.problems}
    assert fields["inputs.replaces_posted_worker"] == "teamadmin.a1_posting.replaces_posted_worker"
    assert fields["inputs.client_name"] == "field.required"
    with people.db.reading() as session:
        assert session.scalar(select(func.count()).select_from(CertificateRequest)) == 0
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == before


def test_an_adviser_cannot_ask_for_another_offices_member(people):
    with pytest.raises(NotFound):
        ask(people, people.gent_adviser, people.brussels_member)


def test_the_round_trip_claim_question_answer_document_close_reopen(people):
    adviser, team = people.ctx(people.gent_adviser), people.ctx(people.teamadmin)
    request_id = ask(people, people.gent_adviser, people.gent_member)
    assert claim_requests(team, [request_id]) == 1
    ask_question(team, request_id, "Voor welk adres is het attest?")
    assert my_requests(adviser)[0].question == "Voor welk adres is het attest?"
    with pytest.raises(PermissionDenied):
        answer_question(team, request_id, "TeamAdmin cannot answer for the adviser")
    answer_question(adviser, request_id, "Voor de huurbaas, Veldstraat 1, Gent.")
    with pytest.raises(ServiceError) as no_document:
        close_request(team, request_id)
    assert no_document.value.message_key == "teamadmin.close_needs.document"
    document = produce_document(team, request_id, today=TODAY)
    assert read_attachment(team, document.id)[:5] == b"%PDF-"
    close_request(team, request_id)
    with pytest.raises(ValidationFailed):
        reopen_request(team, request_id, "too short")
    reopen_request(team, request_id, "De periode moet tot eind december lopen.")
    view = request_view(adviser, request_id)
    assert view.row.state == "reopened"
    assert view.document_id == document.id
    assert [(s.move, s.state, s.by_name) for s in view.history] == [
        ("request", "requested", "Geert Adviseur"),
        ("claim", "in_progress", "Tom Teamadmin"),
        ("ask", "waiting_for_info", "Tom Teamadmin"),
        ("answer", "answered", "Geert Adviseur"),
        ("document", "answered", "Tom Teamadmin"),
        ("close", "done", "Tom Teamadmin"),
        ("reopen", "reopened", "Tom Teamadmin"),
    ]
    assert view.history[-1].text == "De periode moet tot eind december lopen."
    with people.db.reading() as session:
        actions = session.scalars(
            select(AuditEntry.action)
            .where(AuditEntry.entity_id == request_id)
            .order_by(AuditEntry.at, AuditEntry.id)
        ).all()
        queued = session.scalar(
            select(func.count()).select_from(OutboxEntry).where(OutboxEntry.entity_id == request_id)
        )
    assert set(actions) >= {
        "request.create",
        "request.claim",
        "request.ask",
        "request.answer",
        "request.document",
        "request.close",
        "request.reopen",
    }
    assert queued == len(actions)


def test_a_kind_with_an_external_output_closes_on_its_reference(people):
    team = people.ctx(people.teamadmin)
    request_id = ask(
        people,
        people.brussels_adviser,
        people.brussels_member,
        "sickness_fund_incapacity",
        {"incapacity_start": "2026-11-23"},
    )
    claim_requests(team, [request_id])
    with pytest.raises(ServiceError):
        close_request(team, request_id)
    record_reference(team, request_id, "DRS-ZIV-2026-118842")
    close_request(team, request_id)
    assert request_view(team, request_id).external_reference == "DRS-ZIV-2026-118842"


def test_several_requests_are_claimed_at_once_or_not_at_all(people):
    team = people.ctx(people.teamadmin)
    first = ask(people, people.gent_adviser, people.gent_member)
    second = ask(people, people.brussels_adviser, people.brussels_member)
    third = ask(people, people.brussels_adviser, people.brussels_member)
    claim_requests(team, [third])
    ask_question(team, third, "Quelle période ?")
    with pytest.raises(ServiceError):
        claim_requests(team, [first, second, third])  # the third waits for an answer
    assert {r.state for r in request_rows(team, [first, second]).values()} == {"requested"}
    assert claim_requests(team, [first, second]) == 2
    mine = list_request_ids(team, RequestFilter(assigned_to_me=True))
    assert set(mine) == {first, second, third}


def test_the_queue_is_teamadmins_and_sorted_by_due_date(people):
    team = people.ctx(people.teamadmin)
    late = ask(
        people,
        people.gent_adviser,
        people.gent_member,
        "c4",
        {"contract_start": "2026-11-01", "contract_end": "2026-11-20", "end_reason": "resignation"},
    )
    soon = ask(people, people.brussels_adviser, people.brussels_member)
    later = ask(
        people,
        people.brussels_adviser,
        people.brussels_member,
        "other",
        {"description": "Attest voor de kinderbijslag", "wanted_by": "2027-01-15"},
    )
    assert list_request_ids(team) == [late, soon, later]  # overdue first
    for user in (people.gent_adviser, people.brussels_adviser):
        with pytest.raises(PermissionDenied):
            list_request_ids(people.ctx(user))
    assert list_request_ids(team, RequestFilter(kind="c4")) == [late]
    assert list_request_ids(team, RequestFilter(member_text="Dubois")) == [soon, later]
    assert list_request_ids(team, RequestFilter(due_before=TODAY + timedelta(days=6))) == [late]
    counts = queue_counts(team, today=TODAY)
    assert counts.overdue == 1 and counts.by_kind["employment_attest"] == 1
    assert counts.by_state["requested"] == 3


def test_an_adviser_sees_only_their_offices_requests(people):
    gent = ask(people, people.gent_adviser, people.gent_member)
    ask(people, people.brussels_adviser, people.brussels_member)
    assert [r.id for r in my_requests(people.ctx(people.gent_adviser))] == [gent]
    with pytest.raises(NotFound):
        request_view(people.ctx(people.brussels_adviser), gent)
    with pytest.raises(NotFound):
        member_requests(people.ctx(people.brussels_adviser), people.gent_member)
    assert [r.id for r in member_requests(people.ctx(people.teamadmin), people.gent_member)] == [
        gent
    ]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext not installed")
@pytest.mark.parametrize(
    ("kind", "inputs", "words"),
    [
        ("employment_attest", ATTEST, ["Attestation d'occupation", "Huurcontract", "Dubois"]),
        (
            "a1_posting",
            {
                "host_country": "FR",
                "client_name": "Théâtre du Rond-Point",
                "client_address": "2bis avenue Franklin D. Roosevelt, Paris",
                "place_of_work": "Paris",
                "start_date": "2027-01-11",
                "end_date": "2029-06-30",
                "replaces_posted_worker": "no",
                "activity_description": "Création lumière",
            },
            ["Demande A1", "France", "Théâtre du Rond-Point", "Plus de 24 mois", "30"],
        ),
        (
            "c4",
            {
                "contract_start": "2026-11-02",
                "contract_end": "2026-12-11",
                "end_reason": "dismissal",
            },
            ["C4 : fiche de données", "licenciement", "11 déc. 2026"],
        ),
    ],
)
def test_documents_are_in_the_members_language(people, tmp_path, kind, inputs, words):
    team = people.ctx(people.teamadmin)
    request_id = ask(people, people.brussels_adviser, people.brussels_member, kind, inputs)
    claim_requests(team, [request_id])
    document = produce_document(team, request_id, today=TODAY)
    pdf = tmp_path / "document.pdf"
    pdf.write_bytes(read_attachment(team, document.id))
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    for word in [*words, "Smart", "Verenigde Producties", "93.05.18-223.61"]:
        assert word in text, word


def test_a_request_waiting_for_an_answer_still_counts_as_open_on_the_members_page(people):
    from app.services.members.members import member_detail

    adviser, team = people.ctx(people.gent_adviser), people.ctx(people.teamadmin)
    request_id = ask(people, people.gent_adviser, people.gent_member)
    claim_requests(team, [request_id])
    ask_question(team, request_id, "Voor welk adres is het attest?")
    assert member_detail(adviser, people.gent_member).open_declarations == 1
    answer_question(adviser, request_id, "Veldstraat 1, Gent")
    assert member_detail(adviser, people.gent_member).open_declarations == 1


def test_the_home_page_shows_certificate_deadlines_to_the_adviser_not_the_loan_reviewer(people):
    from app.services.dashboard import dashboard
    from app.services.users import create_user, user_by_login

    create_user(
        people.ctx(people.admin), "reviewer", "Rita Reviewer", "loan_reviewer", "BXL", "4444"
    )
    reviewer = people.ctx(user_by_login(people.db, "reviewer"))
    ask(people, people.gent_adviser, people.gent_member, today=date.today())
    kinds = [d.kind for d in dashboard(people.ctx(people.gent_adviser)).deadlines]
    assert kinds == ["certificate"]
    assert dashboard(reviewer).deadlines == []
