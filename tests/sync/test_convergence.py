"""Two devices of one office, offline, then syncing (DESIGN §4.5, §4.6)."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from app.db.models import Member
from app.services.members.members import update_member_contact
from app.services.quotes.quotes import remove_line
from app.services.sync.sync import list_conflicts, resolve_conflict

GNT = "'" + "GNT" + "'"


def gent_member(central) -> str:
    return str(
        central.scalar(
            "SELECT m.id FROM members m JOIN offices o ON o.id = m.office_id "
            "WHERE o.code = 'GNT' ORDER BY m.member_number LIMIT 1"
        )
    )


def member_on(device, member_id: str) -> dict:
    with device.db.reading() as session:
        member = session.get(Member, member_id)
        return {
            "email": member.email,
            "phone": member.phone,
            "city": member.city,
            "row_version": member.row_version,
        }


@pytest.mark.parametrize("first", ["a", "b"])
def test_edits_of_different_fields_on_two_devices_both_survive_in_either_order(central, first):
    a, b = central.device("gnt1"), central.device("gnt2")
    member = gent_member(central)
    update_member_contact(a.ctx(), member, email="griet@atelier.be")
    update_member_contact(b.ctx(), member, phone="+32 9 123 45 67")
    order = (a, b) if first == "a" else (b, a)
    for device in order:
        report = device.sync()
        assert report.ok and report.pushed == 1 and report.conflicts == 0, report
    for device in (a, b):
        device.sync()
    central_row = central.scalar(
        "SELECT email || ' | ' || phone FROM members WHERE id = :i", i=member
    )
    assert central_row == "griet@atelier.be | +32 9 123 45 67"
    assert member_on(a, member) == member_on(b, member)
    assert member_on(a, member)["email"] == "griet@atelier.be"
    assert member_on(a, member)["phone"] == "+32 9 123 45 67"
    assert a.scalar("SELECT count(*) FROM outbox") == 0


@pytest.mark.parametrize("choice", ["mine", "theirs", "fields"])
def test_the_same_field_on_both_devices_is_listed_resolved_and_both_converge(central, choice):
    a, b = central.device("gnt1"), central.device("gnt2")
    member = gent_member(central)
    update_member_contact(a.ctx(), member, email="a@example.be", city="Gent")
    update_member_contact(b.ctx(), member, email="b@example.be", phone="+32 470 00 00 01")
    assert a.sync().conflicts == 0
    report = b.sync()
    assert report.ok and report.new_conflicts == 1 and report.conflicts == 1, report
    [conflict] = list_conflicts(b.ctx())
    assert conflict.entity == "members" and conflict.entity_id == member
    assert conflict.fields == ("email",)
    assert conflict.base["email"] not in ("a@example.be", "b@example.be")
    assert conflict.mine["email"] == "b@example.be"
    assert conflict.theirs["email"] == "a@example.be"
    # until resolved the device shows the central version; B's phone waits in the conflict
    assert member_on(b, member)["email"] == "a@example.be"

    if choice == "fields":
        resolve_conflict(b.ctx(), conflict.id, "fields", {"email": "mine", "phone": "theirs"})
        expected = (
            "b@example.be",
            central.scalar("SELECT phone FROM members WHERE id = :i", i=member),
        )
    else:
        resolve_conflict(b.ctx(), conflict.id, choice)
        expected = (
            ("b@example.be", "+32 470 00 00 01")
            if choice == "mine"
            else (
                "a@example.be",
                central.scalar("SELECT phone FROM members WHERE id = :i", i=member),
            )
        )
    assert list_conflicts(b.ctx()) == []
    assert b.sync().ok
    assert a.sync().ok
    final = central.scalar(
        "SELECT email || '|' || phone || '|' || city FROM members WHERE id = :i", i=member
    )
    assert final == f"{expected[0]}|{expected[1]}|Gent"
    assert member_on(a, member) == member_on(b, member)
    # the losing version stays in B's audit log
    with b.db.engine.connect() as conn:
        resolved = conn.execute(
            sa.text("SELECT after FROM audit_entries WHERE action = 'sync.conflict_resolved'")
        ).scalar()
    assert "a@example.be" in resolved and "b@example.be" in resolved


def test_a_sent_quote_is_never_merged_even_on_different_fields(central):
    a, b = central.device("gnt1"), central.device("gnt2")
    # a quote past draft (which state the sample data gives it depends on its seed)
    quote, state = (
        central.engine.connect()
        .execute(
            sa.text(
                "SELECT q.id, q.state FROM quotes q JOIN offices o ON o.id = q.office_id "
                "WHERE o.code = 'GNT' AND q.state IN ('sent', 'accepted', 'refused', 'expired') "
                "ORDER BY q.state = 'sent' DESC, q.id LIMIT 1"
            )
        )
        .one()
    )
    quote = str(quote)
    with a.db.transaction() as session:  # as the services of another issue would do
        from app.db.models import Quote
        from app.services.audit import record_change, snapshot

        row = session.get(Quote, quote)
        before = snapshot(row)
        row.notes = "called the client"
        record_change(session, a.ctx(), "quote.note", row, before)
    with b.db.transaction() as session:
        from app.db.models import Quote
        from app.services.audit import record_change, snapshot

        row = session.get(Quote, quote)
        before = snapshot(row)
        row.state = "accepted" if state != "accepted" else "refused"
        record_change(session, b.ctx(), "quote.accept", row, before)
    assert a.sync().conflicts == 0
    report = b.sync()
    assert report.new_conflicts == 1
    [conflict] = list_conflicts(b.ctx())
    assert conflict.reason == "past_draft"
    assert central.scalar("SELECT state FROM quotes WHERE id = :i", i=quote) == state


def test_a_delete_on_one_device_reaches_the_other(central):
    a, b = central.device("gnt1"), central.device("gnt2")
    line = str(
        central.scalar(
            "SELECT l.id FROM quote_lines l JOIN quotes q ON q.id = l.quote_id "
            "JOIN offices o ON o.id = q.office_id WHERE o.code = 'GNT' AND q.state = 'draft' "
            "AND l.deleted_at IS NULL LIMIT 1"
        )
    )
    remove_line(a.ctx(), line)
    assert a.sync().ok
    assert central.scalar("SELECT deleted_at IS NOT NULL FROM quote_lines WHERE id = :i", i=line)
    report = b.sync()
    assert report.ok and report.pulled >= 1
    assert b.scalar(
        "SELECT deleted_at IS NOT NULL FROM quote_lines WHERE id = :i", i=line.replace("-", "")
    )
