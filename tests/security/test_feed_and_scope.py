"""The change feed cannot be frozen by one idle transaction (issue 7, point 5); TeamAdmin
and loan reviewers read only what their files name, and receive a member the moment a
declaration names it (least privilege)."""

from __future__ import annotations

import uuid

import pytest

from app.db.models import CertificateRequest
from app.services.audit import record_change
from app.services.members.members import update_member_contact
from tests.security.conftest import ATTACKERS, connect_as

GNT = str(uuid.uuid5(uuid.NAMESPACE_URL, "smartdesk:office:GNT"))


def local(device, sql: str, **params):
    return device.scalar(sql, **params)


@pytest.mark.parametrize("idler", ATTACKERS)
def test_an_idle_transaction_with_an_xid_does_not_hold_back_anyone_s_pull(secured, idler):
    pusher = secured.device("gnt2")
    reader = secured.device("gnt3")
    member = str(secured.scalar("SELECT id FROM members WHERE office_id = :o LIMIT 1", o=GNT))
    with connect_as(secured, idler) as idle:
        idle.execute("SELECT pg_current_xact_id()")  # BEGIN; an xid; then nothing
        update_member_contact(pusher.ctx(), member, email="while.idle@example.be")
        assert pusher.sync().pushed == 1
        report = reader.sync()
        assert report.ok
        assert (
            local(reader, "SELECT email FROM members WHERE id = :i", i=member.replace("-", ""))
            == "while.idle@example.be"
        )
        idle.rollback()


def test_a_transaction_that_wrote_the_feed_holds_it_until_it_ends(secured):
    """The price of never skipping: a writer's entries wait for its commit, and so do
    the entries after it (the login timeouts bound how long)."""
    reader = secured.device("gnt3")
    members = [
        str(m)
        for m in secured.engine.connect()
        .exec_driver_sql(
            "SELECT id FROM members WHERE office_id = %(o)s ORDER BY member_number LIMIT 2",
            {"o": GNT},
        )
        .scalars()
    ]
    with connect_as(secured, "gnt1") as writer:
        writer.execute("UPDATE members SET email = 'first@example.be' WHERE id = %s", [members[0]])
        secured.execute(
            "UPDATE members SET email = 'second@example.be' WHERE id = :i", i=members[1]
        )
        assert reader.sync().ok
        second = members[1].replace("-", "")
        assert local(reader, "SELECT email FROM members WHERE id = :i", i=second) != (
            "second@example.be"
        )
        writer.commit()
    assert reader.sync().ok
    for member, email in zip(members, ("first@example.be", "second@example.be"), strict=True):
        assert (
            local(reader, "SELECT email FROM members WHERE id = :i", i=member.replace("-", ""))
            == email
        )


def test_teamadmin_reads_only_named_members_and_receives_one_when_a_request_names_it(secured):
    team = secured.device("team")
    gent = secured.device("gnt1")
    named = secured.scalar(
        "SELECT count(DISTINCT id) FROM members WHERE id IN (SELECT member_id FROM "
        "certificate_requests UNION SELECT member_id FROM accident_declarations UNION "
        "SELECT member_id FROM insurance_claims UNION SELECT member_id FROM contracts WHERE "
        "id IN (SELECT contract_id FROM accident_declarations))"
    )
    assert 0 < team.scalar("SELECT count(*) FROM members") == named
    assert named < secured.scalar("SELECT count(*) FROM members")
    newcomer = str(
        secured.scalar(
            "SELECT id FROM members m WHERE office_id = :o AND NOT EXISTS (SELECT 1 FROM "
            "certificate_requests c WHERE c.member_id = m.id) AND NOT EXISTS (SELECT 1 FROM "
            "accident_declarations a WHERE a.member_id = m.id) AND NOT EXISTS (SELECT 1 FROM "
            "insurance_claims i WHERE i.member_id = m.id) LIMIT 1",
            o=GNT,
        )
    )
    key = newcomer.replace("-", "")
    assert not team.scalar("SELECT count(*) FROM members WHERE id = :i", i=key)
    with gent.db.transaction() as session:  # a Gent adviser files a request for them
        from app.db.types import utcnow

        request = CertificateRequest(
            id=str(uuid.uuid4()),
            office_id=GNT,
            member_id=newcomer,
            kind="employment_attest",
            requested_on=utcnow().date(),
            due_on=utcnow().date(),
        )
        session.add(request)
        record_change(session, gent.ctx(), "certificate.request", request, None, "insert")
    assert gent.sync().pushed == 1
    report = team.sync()
    assert report.ok, report
    assert team.scalar("SELECT count(*) FROM members WHERE id = :i", i=key) == 1
    assert team.scalar("SELECT count(*) FROM certificate_requests WHERE member_id = :i", i=key)
    assert team.scalar("SELECT count(*) FROM quotes") == 0


@pytest.mark.parametrize("login", [*ATTACKERS, "bxl1"])
def test_the_feed_page_function_shows_a_login_what_its_own_select_shows_and_no_more(secured, login):
    """`sync_feed_page` (0019) runs as its caller: a Gent adviser, TeamAdmin or a loan
    reviewer calling it by hand reads the same feed entries as their own SELECT of
    the change log under row-level security, never another office's entry."""
    with connect_as(secured, login) as conn:
        own = conn.execute(
            "SELECT txid, id FROM sync_change_log WHERE txid < public.sync_feed_horizon() "
            "ORDER BY txid, id"
        ).fetchall()
        paged = conn.execute(
            "SELECT txid, id FROM public.sync_feed_page(0, 0, 1000000) WHERE txid IS NOT NULL"
        ).fetchall()
        members_elsewhere = conn.execute(
            "SELECT count(*) FROM public.sync_feed_page(0, 0, 1000000) p "
            "JOIN sync_change_log l ON l.id = p.id "
            "WHERE p.entity = 'members' AND l.office_id <> %s",
            [GNT],
        ).fetchone()[0]
    assert paged == own
    everything = secured.scalar("SELECT count(*) FROM sync_change_log")
    assert len(paged) < everything  # the row policy applies inside the function
    if login == "gnt1":  # (shared rows such as issuer identities come from every office)
        assert members_elsewhere == 0
