"""New members and edits through the services: search first, never two members for one
INSZ whoever calls, near matches to confirm or dismiss, every change audited."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from app.db.models import AuditEntry, Member, OutboxEntry
from app.services.errors import ServiceError, ValidationFailed
from app.services.members.members import (
    create_member,
    find_possible_duplicates,
    member_detail,
    member_rows,
    reveal_insz,
    update_member,
)

NEW = {
    "first_name": "Anouk",
    "last_name": "Peeters",
    "insz": "03.01.15-002.35",  # born 15 January 2003, a woman (check with the leading 2)
    "birth_date": "",
    "street": "Veldstraat 1",
    "postcode": "9000",
    "city": "Gent",
    "country": "BE",
    "email": "anouk@example.org",
    "phone": "+32 470 12 34 56",
    "iban": "BE71 0961 2345 6769",
    "language": "nl",
    "shares": "2",
}


def count(db, model, *where) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(model).where(*where))


def test_a_new_member_gets_the_next_number_derived_birth_date_and_an_audit_entry(people):
    gent = people.ctx(people.gent_adviser)
    member_id = create_member(gent, **NEW)
    detail = member_detail(gent, member_id)
    assert detail.number == 3  # the fixture's members are 1 and 2
    assert detail.birth_date == date(2003, 1, 15)  # from the INSZ, none typed
    assert detail.iban == "BE71096123456769"
    assert detail.shares == 2
    assert detail.office_code == "GNT"
    assert member_rows(gent, [member_id])[member_id].insz_masked == "**.**.**-***.35"
    assert count(people.db, AuditEntry, AuditEntry.action == "member.create") == 1
    assert count(people.db, OutboxEntry, OutboxEntry.entity_id == member_id) == 1


def test_the_same_insz_is_refused_from_any_caller_even_another_offices(people):
    gent = people.ctx(people.gent_adviser)
    create_member(gent, **NEW)
    before = count(people.db, Member)
    with pytest.raises(ValidationFailed) as caught:
        create_member(gent, **{**NEW, "first_name": "Anouk-Marie", "iban": ""})
    assert caught.value.problems[0].message_key == "member.insz_duplicate"
    # the fixture's Brussels member has 93051822361: Gent cannot see her, still refused
    with pytest.raises(ValidationFailed):
        create_member(gent, **{**NEW, "insz": "93051822361", "iban": ""})
    assert count(people.db, Member) == before


def test_search_first_finds_the_same_person_by_insz(people):
    gent = people.ctx(people.gent_adviser)
    found = find_possible_duplicates(gent, insz="93.05.18-223.61")
    reasons = {d.id: d.reason for d in found}
    assert reasons[people.gent_member] == "insz"
    # Brussels' member is the same INSZ: named without her details
    hidden = next(d for d in found if d.id == people.brussels_member)
    assert hidden.last_name == "" and hidden.reason == "insz"


def test_near_match_must_be_dismissed_before_a_new_member_is_made(people):
    gent = people.ctx(people.gent_adviser)
    first = create_member(gent, **NEW)
    # same name and birth date, another INSZ (counter 001), another IBAN
    twin = {**NEW, "insz": "030115001" + f"{97 - int('2030115001') % 97:02d}", "iban": ""}
    near = find_possible_duplicates(gent, **twin)
    assert [(d.id, d.reason) for d in near] == [(first, "name_birth_date")]
    with pytest.raises(ServiceError) as caught:
        create_member(gent, **twin)
    assert caught.value.message_key == "member.possible_duplicate"
    second = create_member(gent, dismissed_duplicates=(first,), **twin)
    assert second != first


def test_same_iban_is_a_near_match(people):
    gent = people.ctx(people.gent_adviser)
    first = create_member(gent, **NEW)
    other = {**NEW, "first_name": "Jan", "last_name": "Claes"}
    other["insz"] = "850730033" + f"{97 - 850730033 % 97:02d}"
    assert [(d.id, d.reason) for d in find_possible_duplicates(gent, **other)] == [(first, "iban")]


def test_bad_fields_raise_every_problem_and_write_nothing(people):
    gent = people.ctx(people.gent_adviser)
    before = count(people.db, AuditEntry)
    with pytest.raises(ValidationFailed) as caught:
        create_member(
            gent,
            **{
                **NEW,
                "first_name": "",
                "insz": "03011500236",
                "iban": "BE72096123456769",
                "language": "de",
            },
        )
    keys = {(p.field, p.message_key) for p in caught.value.problems}
    assert keys == {
        ("first_name", "field.required"),
        ("insz", "identifier.insz_checksum"),
        ("iban", "identifier.iban_checksum"),
        ("language", "member.language_invalid"),
    }
    assert count(people.db, AuditEntry) == before


def test_an_edit_is_checked_and_audited_with_before_and_after(people):
    gent = people.ctx(people.gent_adviser)
    with pytest.raises(ValidationFailed) as caught:
        update_member(gent, people.gent_member, iban="BE17112123456708")
    assert caught.value.problems[0].message_key.startswith("identifier.iban_")
    with pytest.raises(ValidationFailed):
        update_member(gent, people.gent_member, insz="85073003328")  # not editable here
    update_member(gent, people.gent_member, iban="be71 0961 2345 6769", city="Gentbrugge")
    with people.db.reading() as session:
        before, after = session.execute(
            select(AuditEntry.before, AuditEntry.after).where(AuditEntry.action == "member.update")
        ).one()
    assert before["iban"] == "" and after["iban"] == "BE71096123456769"
    assert before["city"] == "Gent" and after["city"] == "Gentbrugge"


def test_showing_the_whole_insz_is_audited_each_time(people):
    gent = people.ctx(people.gent_adviser)
    assert reveal_insz(gent, people.gent_member) == "93.05.18-223.61"
    reveal_insz(gent, people.gent_member)
    shown = select(AuditEntry).where(AuditEntry.action == "member.insz_shown")
    with people.db.reading() as session:
        entries = [(e.user_id, e.entity_id) for e in session.scalars(shown)]
    assert entries == [(people.gent_adviser.id, people.gent_member)] * 2
