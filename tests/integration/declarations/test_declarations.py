"""Declarations through the services: cover from the contracts, the workflow's stamped
moves, numbering, who sees what (an adviser of another office is refused; another
adviser of the same office sees the declaration but not its health data), audit."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.db.models import AccidentDeclaration, ActivityMember, AuditEntry, Contract
from app.domain.declarations.accident import AccidentInput, HealthInput
from app.domain.declarations.claim import ClaimInput, ThirdParty
from app.services.declarations import declarations as svc
from app.services.errors import NotFound, PermissionDenied, ServiceError, ValidationFailed
from app.services.users import create_user, user_by_login

TODAY = date(2026, 11, 30)


def _contract(people, member_id: str, start: date, end: date, kind="artistic") -> None:
    with people.db.transaction() as session:
        link = session.scalar(select(ActivityMember).where(ActivityMember.member_id == member_id))
        session.add(
            Contract(
                office_id=link.office_id,
                member_id=member_id,
                activity_id=link.activity_id,
                contract_type=kind,
                start_date=start,
                end_date=end,
                gross_wage=Decimal("300.00"),
            )
        )


def _accident(member_id: str, day: date, **changes) -> AccidentInput:
    values = dict(
        member_id=member_id,
        occurred_at=svc.occurred_at_local(day, 10, 30),
        accident_type="workplace",
        place="Werkhuizen, Gent",
        description="Fell from a ladder while hanging a painting.",
        deviation_code="51",
        health=HealthInput(
            injury_nature="fracture", body_part="wrist", injury_code="021", incapacity_days=10
        ),
    )
    values.update(changes)
    return AccidentInput(**values)


def _count(people, model) -> int:
    with people.db.reading() as session:
        return session.scalar(select(func.count()).select_from(model))


@pytest.fixture
def filed(people):
    _contract(people, people.gent_member, TODAY - timedelta(days=5), TODAY + timedelta(days=5))
    ctx = people.ctx(people.gent_adviser)
    declaration_id = svc.file_accident(
        ctx, _accident(people.gent_member, TODAY - timedelta(days=2)), TODAY
    )
    return declaration_id


def test_filing_decides_the_cover_and_deadline_and_triage_from_the_contracts(people, filed):
    view = svc.get_accident(people.ctx(people.gent_adviser), filed)
    assert view.state == "draft"
    assert view.cover == "work"
    assert view.deadline == TODAY - timedelta(days=2) + timedelta(days=8)
    assert view.serious and not view.very_serious  # fall from height (51) + fracture (021)
    assert [t["key"] for t in view.tasks] == ["detailed_report"]
    assert view.health.injury_nature == "fracture"
    with people.db.reading() as session:
        actions = session.scalars(select(AuditEntry.action)).all()
    assert "declaration.file" in actions and "declaration.health_file" in actions


def test_no_contract_gives_not_covered_with_the_dates(people):
    _contract(people, people.gent_member, date(2024, 1, 8), date(2024, 1, 12))
    ctx = people.ctx(people.gent_adviser)
    declaration_id = svc.file_accident(
        ctx, _accident(people.gent_member, date(2026, 11, 20)), TODAY
    )
    view = svc.get_accident(ctx, declaration_id)
    assert view.cover == "not_covered"
    assert view.cover_reasons["last_contract_end"] == "2024-01-12"
    assert view.cover_reasons["private_life_until"] == "2025-01-12"


def test_a_future_accident_is_refused_and_nothing_is_written(people):
    ctx = people.ctx(people.gent_adviser)
    before = _count(people, AccidentDeclaration)
    with pytest.raises(ValidationFailed) as caught:
        svc.file_accident(ctx, _accident(people.gent_member, TODAY + timedelta(days=1)), TODAY)
    assert caught.value.problems[0].field == "occurred_at"
    assert _count(people, AccidentDeclaration) == before


def test_commute_accident_needs_its_route(people):
    ctx = people.ctx(people.gent_adviser)
    with pytest.raises(ValidationFailed) as caught:
        svc.file_accident(ctx, _accident(people.gent_member, TODAY, accident_type="commute"), TODAY)
    assert {p.field for p in caught.value.problems} == {"route_start", "route_end"}


def test_an_adviser_of_another_office_is_refused(people, filed):
    brussels = people.ctx(people.brussels_adviser)
    with pytest.raises(NotFound):
        svc.get_accident(brussels, filed)
    assert all(row.id != filed for row in svc.list_declarations(brussels, today=TODAY))


def test_another_adviser_of_the_same_office_does_not_see_the_health_data(people, filed):
    create_user(people.ctx(people.admin), "adviser.gnt2", "Gina Tweede", "adviser", "GNT", "4444")
    other = people.ctx(user_by_login(people.db, "adviser.gnt2"))
    view = svc.get_accident(other, filed)
    assert view.member_name == "Griet Vermeulen"
    assert not view.health_visible and view.health is None
    assert view.data.health == HealthInput()
    # an edit by that adviser leaves the filer's health data untouched
    svc.update_accident(
        other,
        filed,
        _accident(view.member_id, TODAY - timedelta(days=2), health=HealthInput()),
        TODAY,
    )
    after = svc.get_accident(people.ctx(people.gent_adviser), filed)
    assert after.health.body_part == "wrist"
    assert after.serious  # the triage still counts the injury that adviser cannot see


def test_every_view_of_health_data_is_audited(people, filed):
    def views() -> int:
        with people.db.reading() as session:
            return session.scalar(
                select(func.count())
                .select_from(AuditEntry)
                .where(AuditEntry.action == "declaration.health_view")
            )

    svc.get_accident(people.ctx(people.gent_adviser), filed)
    svc.get_accident(people.ctx(people.teamadmin), filed)
    assert views() == 2
    assert svc.get_accident(people.ctx(people.teamadmin), filed).health.injury_code == "021"


def test_workflow_moves_are_stamped_numbered_and_refused_to_the_wrong_role(people, filed):
    adviser, teamadmin = people.ctx(people.gent_adviser), people.ctx(people.teamadmin)
    with pytest.raises(PermissionDenied):
        svc.send_to_insurer(adviser, "accident", filed, "X-1")  # not the adviser's move
    svc.submit(adviser, "accident", filed)
    view = svc.get_accident(adviser, filed)
    assert view.state == "submitted"
    assert view.number == f"AO-GNT-{TODAY.year}-0001"
    with pytest.raises(ServiceError):
        svc.update_accident(adviser, filed, _accident(people.gent_member, TODAY), TODAY)
    svc.ask_question(teamadmin, "accident", filed, "Which ladder? Whose is it?")
    assert svc.get_accident(adviser, filed).state == "question"
    svc.update_accident(
        adviser,
        filed,
        _accident(people.gent_member, TODAY - timedelta(days=2), witnesses="Jan"),
        TODAY,
    )
    svc.submit(adviser, "accident", filed)
    with pytest.raises(ValidationFailed):
        svc.send_to_insurer(teamadmin, "accident", filed, "  ")
    svc.send_to_insurer(teamadmin, "accident", filed, "ETH-2026-778")
    with pytest.raises(ValidationFailed):
        svc.close(teamadmin, "accident", filed, "")
    svc.close(teamadmin, "accident", filed, "Accepted as a work accident.")
    view = svc.get_accident(adviser, filed)
    assert view.state == "closed"
    assert view.insurer_reference == "ETH-2026-778"
    assert view.number == f"AO-GNT-{TODAY.year}-0001"  # kept on the second submit
    moves = [(h["move"], h["state"], h["by"]) for h in view.history]
    assert moves == [
        ("file", "draft", people.gent_adviser.id),
        ("submit", "submitted", people.gent_adviser.id),
        ("ask", "question", people.teamadmin.id),
        ("submit", "submitted", people.gent_adviser.id),
        ("send_to_insurer", "filed", people.teamadmin.id),
        ("close", "closed", people.teamadmin.id),
    ]
    assert all(h["at"] for h in view.history)


def test_a_light_accident_goes_to_the_register_and_can_be_declared_later(people):
    ctx = people.ctx(people.gent_adviser)
    entry = svc.file_accident(
        ctx,
        _accident(people.gent_member, date(2026, 11, 2), light=True, first_aider="Els"),
        TODAY,
    )
    assert svc.get_accident(ctx, entry).state == "first_aid"
    assert all(row.id != entry for row in svc.list_declarations(ctx, today=TODAY))
    svc.declare_aggravation(ctx, entry, date(2026, 11, 25), TODAY)
    view = svc.get_accident(ctx, entry)
    assert view.state == "draft"
    assert view.deadline == date(2026, 12, 3)  # 8 days from the aggravation notice


def _claim(member_id: str, **changes) -> ClaimInput:
    values = dict(
        member_id=member_id,
        kind="drone",
        occurred_at=svc.occurred_at_local(date(2026, 11, 20), 15),
        discovery_date=date(2026, 11, 20),
        place="Citadelpark, Gent",
        description="The drone lost its signal and fell on a parked car.",
        third_parties=(ThirdParty("Pieter Claes", "Kortrijksesteenweg 1, Gent", "AG", "P-77"),),
        damage_estimate=Decimal("1450.00"),
        policy_delay_days=5,
    )
    values.update(changes)
    return ClaimInput(**values)


def test_a_drone_claim_counts_the_policy_delay_from_discovery(people):
    ctx = people.ctx(people.gent_adviser)
    claim_id = svc.file_claim(ctx, _claim(people.gent_member), TODAY)
    claim = svc.get_claim(ctx, claim_id)
    assert claim.deadline == date(2026, 11, 25)
    assert claim.third_parties[0]["insurer"] == "AG"
    assert claim.amount_claimed == Decimal("1450.00")
    rows = svc.list_declarations(ctx, svc.DeclarationFilter(entity="claim"), today=TODAY)
    assert [(r.id, r.days_left) for r in rows] == [(claim_id, -5)]


def test_theft_and_loss_need_a_police_report(people):
    ctx = people.ctx(people.gent_adviser)
    for changes in ({"kind": "theft"}, {"kind": "own_equipment", "items_lost": True}):
        with pytest.raises(ValidationFailed) as caught:
            svc.file_claim(ctx, _claim(people.gent_member, **changes), TODAY)
        assert caught.value.problems[0].field == "police_report_no"
    svc.file_claim(
        ctx, _claim(people.gent_member, kind="theft", police_report_no="GE.12.L3.001234/26"), TODAY
    )


def test_the_list_puts_overdue_first_and_filters_by_days_left(people):
    ctx = people.ctx(people.gent_adviser)
    late = svc.file_accident(ctx, _accident(people.gent_member, TODAY - timedelta(days=12)), TODAY)
    soon = svc.file_accident(ctx, _accident(people.gent_member, TODAY - timedelta(days=6)), TODAY)
    fresh = svc.file_accident(ctx, _accident(people.gent_member, TODAY), TODAY)
    rows = svc.list_declarations(ctx, svc.DeclarationFilter(scope="mine"), today=TODAY)
    assert [(r.id, r.days_left) for r in rows] == [(late, -4), (soon, 2), (fresh, 8)]
    urgent = svc.list_declarations(ctx, svc.DeclarationFilter(max_days_left=3), today=TODAY)
    assert [r.id for r in urgent] == [late, soon]
    other = people.ctx(people.admin)
    assert svc.list_declarations(other, svc.DeclarationFilter(scope="mine"), today=TODAY) == []


def test_the_home_page_lists_every_open_declaration_overdue_first(people):
    from app.services.dashboard import dashboard

    ctx = people.ctx(people.gent_adviser)
    late = svc.file_accident(ctx, _accident(people.gent_member, TODAY - timedelta(days=30)), TODAY)
    fresh = svc.file_accident(ctx, _accident(people.gent_member, TODAY), TODAY)
    sent = svc.file_accident(ctx, _accident(people.gent_member, TODAY), TODAY)
    svc.submit(ctx, "accident", sent)  # with TeamAdmin: no deadline runs for the adviser
    claim = svc.file_claim(ctx, _claim(people.gent_member), TODAY)
    board = dashboard(ctx, TODAY)
    assert [(r.id, r.days_left) for r in board.open_declarations] == [
        (late, -22),
        (claim, -5),
        (fresh, 8),
    ]
    brussels = dashboard(people.ctx(people.brussels_adviser), TODAY)
    assert brussels.open_declarations == ()


def test_the_medical_certificate_is_health_data(people, filed):
    adviser = people.ctx(people.gent_adviser)
    svc.attach_medical_certificate(adviser, filed, "certificate.pdf", b"%PDF-1.4 certificate")
    assert svc.medical_certificate(adviser, filed) == b"%PDF-1.4 certificate"
    assert svc.medical_certificate(people.ctx(people.teamadmin), filed).startswith(b"%PDF")
    create_user(people.ctx(people.admin), "adviser.gnt2", "Gina Tweede", "adviser", "GNT", "4444")
    other = people.ctx(user_by_login(people.db, "adviser.gnt2"))
    with pytest.raises(PermissionDenied):
        svc.medical_certificate(other, filed)
    with pytest.raises(PermissionDenied):
        svc.attach_medical_certificate(other, filed, "fake.pdf", b"%PDF-1.4 fake")
    with people.db.reading() as session:
        views = session.scalar(
            select(func.count())
            .select_from(AuditEntry)
            .where(AuditEntry.action == "declaration.certificate_view")
        )
    assert views == 2


def test_teamadmin_queue_holds_every_offices_submitted_declarations_overdue_first(people):
    gent, brussels = people.ctx(people.gent_adviser), people.ctx(people.brussels_adviser)
    late = svc.file_accident(gent, _accident(people.gent_member, TODAY - timedelta(days=12)), TODAY)
    fresh = svc.file_accident(
        brussels, _accident(people.brussels_member, TODAY - timedelta(days=1)), TODAY
    )
    draft = svc.file_accident(gent, _accident(people.gent_member, TODAY - timedelta(days=2)), TODAY)
    svc.submit(gent, "accident", late)
    svc.submit(brussels, "accident", fresh)

    queue = svc.list_declarations(
        people.ctx(people.teamadmin), svc.DeclarationFilter(teamadmin_queue=True), today=TODAY
    )

    assert [(r.id, r.office_code, r.state) for r in queue] == [
        (late, "GNT", "submitted"),
        (fresh, "BXL", "submitted"),
    ]
    assert [r.days_left for r in queue] == [-4, 7]  # 8 days from the accident; overdue first
    assert draft not in {r.id for r in queue}
    # an adviser's own list still holds only their office
    assert {r.office_code for r in svc.list_declarations(brussels, today=TODAY)} == {"BXL"}
