"""The Sync view's read-only helpers in app.services.sync.sync: the refused changes kept on
the device (list_rejections), whether a keyring works (keyring_works), and whether a
typed address can be a central database (url_problem)."""

from __future__ import annotations

import uuid

import pytest

from app.db.models import Member
from app.db.types import utcnow
from app.services.audit import record_change
from app.services.context import ServiceContext
from app.services.sync.sync import keyring_works, list_rejections, url_problem

BXL = str(uuid.uuid5(uuid.NAMESPACE_URL, "smartdesk:office:BXL"))


def test_a_refused_change_is_listed_with_its_reason_for_its_author_only(central):
    gent = central.device("gnt1")
    ctx = gent.ctx()
    assert list_rejections(ctx) == []
    with gent.db.transaction() as session:  # by hand: a Brussels member on a Gent device
        forged = Member(
            id=str(uuid.uuid4()),
            office_id=BXL,
            member_number=999_002,
            first_name="Forged",
            last_name="Member",
            insz="93051822361",
            birth_date=utcnow().date(),
            member_since=utcnow().date(),
            updated_by=ctx.user.id,  # as a service call would stamp it
        )
        session.add(forged)
        record_change(session, ctx, "member.create", forged, None, "insert")
        forged_id = forged.id
    report = gent.sync()
    assert report.ok and [r["message_key"] for r in report.rejected] == [
        "sync.rejected_not_allowed"
    ]

    [rejection] = list_rejections(ctx)
    assert rejection.entity == "members"
    assert rejection.entity_id.replace("-", "") == forged_id.replace("-", "")
    assert rejection.operation == "insert"
    assert rejection.message_key == "sync.rejected_not_allowed"
    assert rejection.payload["last_name"] == "Member"
    assert rejection.created_at is not None

    # another adviser of another office on the same device does not see it; an admin does
    someone_else = ServiceContext(
        gent.db,
        ctx.user.__class__(**{**ctx.user.__dict__, "id": str(uuid.uuid4()), "office_id": "x"}),
    )
    assert list_rejections(someone_else) == []
    admin = ServiceContext(gent.db, ctx.user.__class__(**{**ctx.user.__dict__, "role": "admin"}))
    assert len(list_rejections(admin)) == 1


def test_keyring_works_with_the_test_backend_and_not_with_the_fail_backend():
    import keyring
    from keyring.backends import fail

    assert keyring_works() is True
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        assert keyring_works() is False
    finally:
        keyring.set_keyring(previous)


@pytest.mark.parametrize(
    "url, problem",
    [
        ("postgresql://db.smart.coop/smartdesk?sslmode=verify-full&sslrootcert=ca.pem", None),
        ("postgresql://127.0.0.1:5432/smartdesk", None),
        ("postgresql:///smartdesk?host=/var/run/postgresql", None),
        ("https://db.smart.coop/smartdesk", "sync.url_invalid"),
        ("postgresql://db.smart.coop", "sync.url_invalid"),  # no database
        ("db.smart.coop/smartdesk", "sync.url_invalid"),
        ("", "sync.url_invalid"),
    ],
)
def test_url_problem_checks_the_form_of_an_address_without_the_network(url, problem):
    assert url_problem(url) == problem


def test_the_address_kept_on_the_device_never_holds_a_login_or_password():
    from app.sync.remote import public_url

    kept = public_url("postgresql://an.peeters:s3cret@db.example:6432/smartdesk?sslmode=require")
    assert "s3cret" not in kept and "an.peeters" not in kept
    assert "db.example:6432/smartdesk" in kept and "sslmode=require" in kept


def test_the_sync_report_in_the_window_says_how_many_rows_left_per_table(qapp):
    from datetime import UTC, datetime

    from app.services.sync.sync import SyncReport
    from ui.sync.sync import report_texts
    from ui.sync.sync_runner import RoundResult

    report = SyncReport(removed=7, removed_by_table={"members": 5, "quotes": 2})
    kind, _headline, details = report_texts(RoundResult("round", True, report, datetime.now(UTC)))
    assert kind == "info"
    assert any("7" in line for line in details)
    assert "• Member: 5" in details and "• Quote: 2" in details


def test_a_url_password_and_a_nul_password_never_pass_as_is():
    from app.sync.remote import password_problem, public_url, url_password

    url = "postgresql://an:secret1@db.smart.coop/smartdesk?sslmode=require&password=secret2"
    assert "secret" not in public_url(url) and "sslmode=require" in public_url(url)
    assert url_password(url) == "secret1"
    assert url_password("postgresql://db/x?password=secret2") == "secret2"
    assert password_problem("pass\x00word") == "sync.password_nul"
    assert password_problem("password") is None
