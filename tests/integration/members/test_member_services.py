"""Members through the services: office scoping, search, and audited writes."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.db.models import AuditEntry, Member, OutboxEntry
from app.services.errors import NotFound, PermissionDenied, SignInFailed, ValidationFailed
from app.services.members.members import (
    member_detail,
    member_rows,
    search_members,
    update_member_contact,
)
from app.services.users import create_user, sign_in


def _count(db, model) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_an_adviser_of_gent_never_sees_a_brussels_member(people):
    gent = people.ctx(people.gent_adviser)
    assert people.brussels_member not in search_members(gent)
    assert search_members(gent, "Dubois") == []
    assert search_members(gent, "Aube") == []
    assert member_rows(gent, [people.brussels_member]) == {}
    with pytest.raises(NotFound):
        member_detail(gent, people.brussels_member)


def test_an_adviser_of_gent_cannot_change_a_brussels_member(people):
    gent = people.ctx(people.gent_adviser)
    audit_before = _count(people.db, AuditEntry)
    with pytest.raises(NotFound):
        update_member_contact(gent, people.brussels_member, email="hack@example.com")
    with people.db.reading() as session:
        assert session.get(Member, people.brussels_member).email == ""
    assert _count(people.db, AuditEntry) == audit_before


def test_teamadmin_reads_every_office_but_does_not_edit_member_data(people):
    teamadmin = people.ctx(people.teamadmin)
    found = set(search_members(teamadmin))
    assert {people.gent_member, people.brussels_member} <= found
    assert member_detail(teamadmin, people.brussels_member).last_name == "Dubois"
    with pytest.raises(PermissionDenied):
        update_member_contact(teamadmin, people.gent_member, phone="09 123 45 67")


def test_search_finds_a_member_by_name_prefix_without_accents_and_by_activity(people):
    brussels = people.ctx(people.brussels_adviser)
    assert search_members(brussels, "hele") == [people.brussels_member]
    assert search_members(brussels, "dub hél") == [people.brussels_member]
    assert search_members(brussels, "theatre") == [people.brussels_member]
    assert search_members(brussels, "nobody-here") == []
    assert search_members(brussels, "***") == []


def test_search_sorts_in_sql_by_the_chosen_column(people):
    admin = people.ctx(people.admin)
    by_name = search_members(admin, sort="name")
    assert by_name == [people.brussels_member, people.gent_member]  # Dubois < Vermeulen
    assert search_members(admin, sort="name", descending=True) == list(reversed(by_name))
    assert search_members(admin, sort="number") == [people.gent_member, people.brussels_member]


def test_list_rows_mask_the_national_number(people):
    row = member_rows(people.ctx(people.admin), [people.gent_member])[people.gent_member]
    assert "930518" not in row.insz_masked
    assert row.insz_masked.endswith("61")
    assert row.activities == "Keramiekatelier Griet"


def test_a_contact_change_is_written_with_its_audit_entry_and_outbox_entry(people):
    gent = people.ctx(people.gent_adviser)
    update_member_contact(gent, people.gent_member, email="griet@atelier.be", city="Gent")
    with people.db.reading() as session:
        assert session.get(Member, people.gent_member).email == "griet@atelier.be"
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "member.update_contact")
        ).one()
        assert entry.before["email"] == "" and entry.after["email"] == "griet@atelier.be"
        assert entry.user_id == people.gent_adviser.id
        outbox = session.scalars(
            select(OutboxEntry).where(OutboxEntry.entity_id == people.gent_member)
        ).one()
        assert outbox.payload["email"] == "griet@atelier.be"


def test_bad_contact_details_are_refused_field_by_field_and_change_nothing(people):
    gent = people.ctx(people.gent_adviser)
    outbox_before = _count(people.db, OutboxEntry)
    with pytest.raises(ValidationFailed) as failure:
        update_member_contact(
            gent, people.gent_member, email="not-an-address", postcode="12", phone="call me"
        )
    assert {p.field for p in failure.value.problems} == {"email", "postcode", "phone"}
    assert failure.value.problems[0].message_key == "member.email_invalid"
    with people.db.reading() as session:
        assert session.get(Member, people.gent_member).email == ""
    assert _count(people.db, OutboxEntry) == outbox_before


def test_sign_in_checks_the_pin(people):
    assert sign_in(people.db, "adviser.gnt", "1111").office_code == "GNT"
    with pytest.raises(SignInFailed):
        sign_in(people.db, "adviser.gnt", "0000")
    with pytest.raises(SignInFailed):
        sign_in(people.db, "nobody", "1111")


def test_a_refused_sign_in_is_kept_in_the_audit_log(people):
    def failures():
        with people.db.reading() as session:
            return session.scalars(
                select(AuditEntry.after).where(AuditEntry.action == "sign_in_failed")
            ).all()

    before = len(failures())
    with pytest.raises(SignInFailed):
        sign_in(people.db, "adviser.gnt", "0000")
    with pytest.raises(SignInFailed):
        sign_in(people.db, "nobody", "1111")
    logins = [entry["login"] for entry in failures()[before:]]
    assert sorted(logins) == ["adviser.gnt", "nobody"]


def test_only_an_admin_creates_users_and_bad_input_is_named(people):
    with pytest.raises(PermissionDenied):
        create_user(people.ctx(people.gent_adviser), "x.y", "X Y", "adviser", "GNT", "1234")
    with pytest.raises(ValidationFailed) as failure:
        create_user(people.ctx(people.admin), "has space", "", "boss", "GNT", "12")
    assert {p.field for p in failure.value.problems} == {"login", "display_name", "role", "pin"}
    with pytest.raises(ValidationFailed) as taken:
        create_user(people.ctx(people.admin), "adviser.gnt", "Again", "adviser", "GNT", "1234")
    assert taken.value.problems[0].message_key == "user.login_taken"


def test_a_renamed_or_unlinked_activity_changes_who_the_search_finds(people):
    """The per-member index of Activity text follows every change (sync applies such
    changes to the rows directly, so the triggers, not the services, must keep it)."""
    from app.db.models import Activity, ActivityMember
    from app.db.types import utcnow

    brussels = people.ctx(people.brussels_adviser)
    with people.db.transaction() as session:
        activity = session.scalar(select(Activity).where(Activity.name == "Théâtre de l'Aube"))
        activity.name = "Compagnie du Crépuscule"
    assert search_members(brussels, "crepuscule") == [people.brussels_member]
    assert search_members(brussels, "aube") == []
    with people.db.transaction() as session:
        link = session.scalar(
            select(ActivityMember).where(ActivityMember.member_id == people.brussels_member)
        )
        link.deleted_at = utcnow()
    assert search_members(brussels, "crepuscule") == []
