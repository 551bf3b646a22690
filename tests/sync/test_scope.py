"""Nobody receives or writes an office's data that is not theirs: PostgreSQL's row-level
security decides, so a modified device cannot widen its scope (DESIGN §4, issue 4)."""

from __future__ import annotations

import uuid

import pytest
import sqlalchemy as sa

from app.db.models import Member
from app.db.types import utcnow
from app.services.audit import record_change, snapshot
from app.services.members.members import update_member_contact

BXL = str(uuid.uuid5(uuid.NAMESPACE_URL, "smartdesk:office:BXL"))
GNT = str(uuid.uuid5(uuid.NAMESPACE_URL, "smartdesk:office:GNT"))


def local_count(device, table: str, office: str) -> int:
    return device.scalar(
        f"SELECT count(*) FROM {table} WHERE office_id = :o", o=office.replace("-", "")
    )


def test_a_gent_adviser_never_receives_a_brussels_member_even_by_editing_the_local_db(central):
    gent = central.device("gnt1")
    assert (
        local_count(gent, "members", GNT)
        == central.scalar("SELECT count(*) FROM members WHERE office_id = :o", o=GNT)
        > 0
    )
    assert local_count(gent, "members", BXL) == 0
    brussels_member = str(
        central.scalar("SELECT id FROM members WHERE office_id = :o LIMIT 1", o=BXL)
    )
    gent_member = str(
        central.scalar(
            "SELECT id FROM members WHERE office_id = :o ORDER BY member_number LIMIT 1", o=GNT
        )
    )
    ctx = gent.ctx()

    # by hand: a Brussels member made on the Gent device, queued as if a service had
    with gent.db.transaction() as session:
        forged = Member(
            id=str(uuid.uuid4()),
            office_id=BXL,
            member_number=999_001,
            first_name="Forged",
            last_name="Member",
            insz="93051822361",
            birth_date=utcnow().date(),
            member_since=utcnow().date(),
        )
        session.add(forged)
        record_change(session, ctx, "member.create", forged, None, "insert")
        forged_id = forged.id
    # by hand: a Gent member moved to Brussels
    with gent.db.transaction() as session:
        member = session.get(Member, gent_member)
        before = snapshot(member)
        member.office_id = BXL
        record_change(session, ctx, "member.move", member, before)
    # by hand: an edit of a Brussels member the device never had
    with gent.db.transaction() as session:
        from app.db.models import OutboxEntry

        session.add(
            OutboxEntry(
                entity="members",
                entity_id=brussels_member,
                operation="update",
                base_version=1,
                payload={"id": brussels_member, "office_id": BXL, "email": "stolen@example.be"},
            )
        )
    # by hand: the cursor back to the start and a claim to read every office
    with gent.db.engine.begin() as conn:
        conn.execute(sa.text("DELETE FROM local_state WHERE key = 'sync_cursor'"))
        conn.execute(
            sa.text(
                "UPDATE local_state SET value = replace(value, "
                "'\"all_offices\": false', '\"all_offices\": true') "
                "WHERE key = 'sync_scope'"
            )
        )

    report = gent.sync()
    assert report.ok
    assert sorted(r["message_key"] for r in report.rejected) == [
        "sync.rejected_not_allowed",
        "sync.rejected_not_allowed",
        "sync.rejected_not_found",
    ]
    assert not central.scalar("SELECT count(*) FROM members WHERE id = :i", i=forged_id)
    assert central.scalar(
        "SELECT office_id FROM members WHERE id = :i", i=gent_member
    ) == uuid.UUID(GNT)
    assert (
        central.scalar("SELECT email FROM members WHERE id = :i", i=brussels_member)
        != "stolen@example.be"
    )
    assert local_count(gent, "members", BXL) == 0  # the forged row is gone, nothing came in
    assert gent.scalar(
        "SELECT office_id FROM members WHERE id = :i", i=gent_member.replace("-", "")
    ) == GNT.replace("-", "")
    assert gent.scalar("SELECT count(*) FROM sync_rejections") == 3  # kept, not lost
    for table in ("members", "activities", "clients", "quotes", "contracts"):
        assert local_count(gent, table, BXL) == 0, table


def test_a_row_that_leaves_the_office_is_removed_from_its_devices(central):
    gent = central.device("gnt1")
    admin = central.device("adm")
    member = str(
        central.scalar(
            "SELECT id FROM members WHERE office_id = :o ORDER BY member_number LIMIT 1", o=GNT
        )
    )
    with admin.db.transaction() as session:
        row = session.get(Member, member)
        before = snapshot(row)
        row.office_id = BXL
        record_change(session, admin.ctx(), "member.move_office", row, before)
    assert admin.sync().ok
    report = gent.sync()
    assert report.ok and report.removed == 1
    assert not gent.scalar("SELECT count(*) FROM members WHERE id = :i", i=member.replace("-", ""))


def _count(conn, sql: str, **params) -> int:
    return conn.execute(sa.text(sql), params).scalar()


def _refused(conn, sql: str, **params) -> bool:
    savepoint = conn.begin_nested()
    try:
        conn.execute(sa.text(sql), params)
    except sa.exc.DBAPIError:
        savepoint.rollback()
        return True
    savepoint.rollback()
    return False


NEW_MEMBER = (
    "INSERT INTO members (id, office_id, member_number, first_name, last_name, insz, "
    "birth_date, street, postcode, city, country, email, phone, iban, language, shares, "
    "member_since, row_version, created_at, updated_at) VALUES (gen_random_uuid(), :o, "
    "999002, 'A', 'B', '93051822361', '1990-01-01', '', '', '', 'BE', '', '', '', 'nl', "
    "1, '2020-01-01', 0, now(), now())"
)


@pytest.fixture
def totals(central) -> dict[str, int]:
    return {
        t: central.scalar(f"SELECT count(*) FROM {t}")
        for t in (
            "members",
            "quotes",
            "certificate_requests",
            "accident_declarations",
            "insurance_claims",
            "loan_applications",
            "contracts",
        )
    }


def test_an_adviser_reads_and_writes_only_their_office(central, totals):
    with central.as_user("gnt1").connect() as conn:
        assert _count(conn, "SELECT count(*) FROM members") == central.scalar(
            "SELECT count(*) FROM members WHERE office_id = :o", o=GNT
        )
        assert _count(conn, "SELECT count(*) FROM members WHERE office_id = :o", o=BXL) == 0
        assert _count(conn, "SELECT count(*) FROM quotes WHERE office_id = :o", o=BXL) == 0
        assert _count(conn, "SELECT count(*) FROM users") > 0  # names of colleagues
        assert _refused(conn, NEW_MEMBER, o=BXL)
        assert not _refused(conn, NEW_MEMBER, o=GNT)
        assert (
            conn.execute(
                sa.text("UPDATE members SET city = 'X' WHERE office_id = :o"), {"o": BXL}
            ).rowcount
            == 0
        )
        assert (
            _refused(conn, "UPDATE users SET role = 'admin'")
            or conn.execute(sa.text("UPDATE users SET role = 'admin'")).rowcount == 0
        )
        assert _refused(conn, "DELETE FROM members")
        assert (
            _count(
                conn,
                # users and the issuer identities are read in every office
                "SELECT count(*) FROM sync_change_log WHERE office_id = :o "
                "AND entity NOT IN ('users', 'issuer_identities')",
                o=BXL,
            )
            == 0
        )
        conn.rollback()


def test_teamadmin_works_on_declarations_and_certificates_of_every_office(central, totals):
    with central.as_user("team").connect() as conn:
        for table in ("certificate_requests", "accident_declarations", "insurance_claims"):
            assert _count(conn, f"SELECT count(*) FROM {table}") == totals[table], table
        # only the members their files name (issue 7, least privilege)
        named = _count(conn, "SELECT count(DISTINCT member_id) FROM certificate_requests")
        assert 0 < named <= _count(conn, "SELECT count(*) FROM members") < totals["members"]
        assert _count(conn, "SELECT count(*) FROM quotes") == 0
        assert _count(conn, "SELECT count(*) FROM loan_applications") == 0
        assert (
            conn.execute(sa.text("UPDATE certificate_requests SET notes = 'seen'")).rowcount
            == totals["certificate_requests"]
        )
        assert conn.execute(sa.text("UPDATE members SET city = 'X'")).rowcount == 0
        assert _refused(conn, NEW_MEMBER, o=BXL)
        conn.rollback()


def test_a_loan_reviewer_reads_loan_files_and_writes_only_decisions(central, totals):
    reviewer_id = central.scalar("SELECT id FROM users WHERE login = :l", l=central.login("rev"))
    with central.as_user("rev").connect() as conn:
        assert _count(conn, "SELECT count(*) FROM loan_applications") == totals["loan_applications"]
        assert _count(conn, "SELECT count(*) FROM quotes") == 0
        assert _count(conn, "SELECT count(*) FROM certificate_requests") == 0
        loan = conn.execute(sa.text("SELECT id FROM loan_applications LIMIT 1")).scalar()
        assert (
            conn.execute(
                sa.text(
                    "UPDATE loan_applications SET state = 'approved', decided_by = :u, "
                    "decided_at = now(), decision_reason = 'ok' WHERE id = :i"
                ),
                {"u": reviewer_id, "i": loan},
            ).rowcount
            == 1
        )
        assert _refused(conn, "UPDATE loan_applications SET amount = 1 WHERE id = :i", i=loan)
        assert _refused(conn, NEW_MEMBER, o=BXL)
        conn.rollback()


def test_an_admin_reads_and_writes_everything_and_a_disabled_user_cannot_sign_in(central, totals):
    from app.sync.central import disable_user

    with central.as_user("adm").connect() as conn:
        for table, n in totals.items():
            assert _count(conn, f"SELECT count(*) FROM {table}") == n, table
        assert not _refused(conn, NEW_MEMBER, o=BXL)
        conn.rollback()
    assert disable_user(central.url, central.login("gnt3"))
    with pytest.raises(sa.exc.OperationalError):
        with central.as_user("gnt3").connect():
            pass
    central.execute(f'ALTER ROLE "{central.login("gnt3")}" LOGIN')  # the run's role


def test_an_adviser_edit_through_the_services_still_syncs_within_scope(central):
    gent = central.device("gnt1")
    member = str(central.scalar("SELECT id FROM members WHERE office_id = :o LIMIT 1", o=GNT))
    update_member_contact(gent.ctx(), member, city="Gentbrugge")
    assert gent.sync().pushed == 1
    assert central.scalar("SELECT city FROM members WHERE id = :i", i=member) == "Gentbrugge"
