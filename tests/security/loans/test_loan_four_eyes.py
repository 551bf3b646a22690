"""Four eyes on the central database for what issue 12 added (migration 0009): signed in
with their own PostgreSQL login and writing SQL by hand, a reviewer cannot decide an
application they prepared (nor set its approved terms), an adviser cannot set a
decision's terms, and a decision is final."""

from __future__ import annotations

import uuid

from tests.security.conftest import affected, connect_as, fingerprint, refused

BXL = str(uuid.uuid5(uuid.NAMESPACE_URL, "smartdesk:office:BXL"))

APPROVE = (
    "UPDATE loan_applications SET state = 'approved', decided_by = %s, decided_at = now(), "
    "approved_amount = 100000, approved_months = 12 WHERE id = %s"
)


def _user(secured, short: str):
    return secured.scalar("SELECT id FROM users WHERE login = :l", l=secured.login(short))


def _submitted(secured, loan, preparer) -> None:
    secured.execute(
        "UPDATE loan_applications SET prepared_by = :p, state = 'submitted', decided_by = NULL, "
        "decided_at = NULL, decision_reason = '', approved_amount = NULL, "
        "approved_months = NULL WHERE id = :i",
        p=preparer,
        i=loan,
    )


def test_a_reviewer_cannot_decide_their_own_application_even_by_hand(secured):
    reviewer = _user(secured, "rev")
    own, other = _two(secured)
    _submitted(secured, own, reviewer)
    _submitted(secured, other, _user(secured, "bxl1"))
    before = fingerprint(secured)
    with connect_as(secured, "rev") as conn:
        assert refused(conn, APPROVE, [reviewer, own])
        assert refused(
            conn, "UPDATE loan_applications SET approved_amount = 1 WHERE id = %s", [own]
        )
        assert refused(
            conn,
            "UPDATE loan_applications SET state = 'refused', decided_by = %s, decided_at = now(), "
            "decision_reason = 'not for me to say' WHERE id = %s",
            [reviewer, own],
        )
        # naming a colleague as the decider of one's own application does not help
        colleague = _user(secured, "bxl1")
        assert refused(conn, APPROVE, [colleague, own])
        assert refused(
            conn, "UPDATE loan_applications SET ogm = '+++000/0000/00097+++' WHERE id = %s", [other]
        )
        assert affected(conn, APPROVE, [reviewer, other]) == 1  # a colleague's: yes
        conn.rollback()
    assert fingerprint(secured) == before


def _two(secured):
    rows = secured.scalar("SELECT array_agg(id ORDER BY id) FROM loan_applications")
    return str(rows[0]), str(rows[1])


def test_a_decision_is_final_and_its_terms_are_the_reviewers(secured):
    reviewer = _user(secured, "rev")
    adviser = _user(secured, "bxl1")
    loan = str(
        secured.scalar("SELECT id FROM loan_applications WHERE office_id = :o LIMIT 1", o=BXL)
    )
    _submitted(secured, loan, adviser)
    with connect_as(secured, "bxl1") as conn:
        assert refused(
            conn,
            "UPDATE loan_applications SET approved_amount = 100, approved_months = 3 WHERE id = %s",
            [loan],
        )
        assert affected(conn, "UPDATE loan_applications SET amount = 5000 WHERE id = %s", [loan])
        conn.rollback()
    with connect_as(secured, "rev", autocommit=True) as conn:
        assert conn.execute(APPROVE, [reviewer, loan]).rowcount == 1
    before = fingerprint(secured)
    with connect_as(secured, "rev") as conn:
        assert refused(
            conn,
            "UPDATE loan_applications SET state = 'refused', decision_reason = 'on reflection' "
            "WHERE id = %s",
            [loan],
        )
        assert refused(
            conn, "UPDATE loan_applications SET approved_amount = 2500000 WHERE id = %s", [loan]
        )
    with connect_as(secured, "bxl1") as conn:
        assert refused(conn, "UPDATE loan_applications SET amount = 25000 WHERE id = %s", [loan])
        assert refused(conn, "UPDATE loan_applications SET months = 99 WHERE id = %s", [loan])
        assert refused(
            conn, "UPDATE loan_applications SET prepared_by = NULL WHERE id = %s", [loan]
        )
        # what the decision was not taken on stays the adviser's to complete
        assert affected(
            conn, "UPDATE loan_applications SET assessment = 'noted' WHERE id = %s", [loan]
        )
        conn.rollback()
    assert fingerprint(secured) == before
