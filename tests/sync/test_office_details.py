"""The small things an office notices (issue 14, point 6): what a round reports when it
is cut, and that sync keeps a row's own `updated_at`."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from app.services.errors import ValidationFailed
from app.services.members.members import update_member_contact
from app.services.quotes.clients import ClientInput, create_client, update_client
from app.services.sync.sync import list_rejections, settle_rejection
from app.services.users import set_first_pin, sign_in
from tests.sync.conftest import PASSWORD
from tests.sync.test_exactly_once import gent_members
from tests.sync.test_offline_numbers import gent_desk


def test_a_round_cut_mid_push_reports_the_batches_that_went_up(central, proxy):
    device = central.device("gnt1", url=central.user_url(proxy.port))
    for n, member in enumerate(gent_members(central)[:6]):
        update_member_contact(device.ctx(), member, email=f"cut{n}@example.be")
    batches = []

    def progress(done: int, total: int, stage: str) -> None:
        if stage == "push":
            batches.append(done)
            if len(batches) == 2:  # the second batch is confirmed: now the line drops
                proxy.cut()
                proxy.stop()

    report = device.sync(progress=progress, batch_size=2)

    assert report.offline and not report.ok
    assert report.pushed == 4  # two batches of two went up and were confirmed
    assert report.pending == 2
    assert central.scalar("SELECT count(*) FROM members WHERE email LIKE 'cut%'") == 4


def test_upload_before_connect_keeps_each_rows_updated_at(central):
    device = central.device("gnt1")
    activity, _client = gent_desk(central)
    made = [
        create_client(device.ctx(), activity, ClientInput("private", f"Early {n}", "BE"))
        for n in range(3)
    ]
    ids = [m.replace("-", "") for m in made]
    with device.db.engine.begin() as conn:  # made days before the device first connected
        conn.execute(
            sa.text(
                "UPDATE clients SET updated_at = '2026-01-05 09:30:00.000000' WHERE id IN :i"
            ).bindparams(sa.bindparam("i", expanding=True)),
            {"i": ids},
        )
        conn.execute(sa.text("DELETE FROM local_state WHERE key = 'sync_uploaded'"))

    report = device.sync()

    assert report.ok and report.uploaded == 3, report
    local_times = device.db.engine.connect().execute(
        sa.text("SELECT DISTINCT updated_at FROM clients WHERE id IN :i").bindparams(
            sa.bindparam("i", expanding=True)
        ),
        {"i": ids},
    )
    assert [str(t)[:19] for (t,) in local_times] == ["2026-01-05 09:30:00"]
    central_times = central.engine.connect().execute(
        sa.text("SELECT DISTINCT updated_at FROM clients WHERE id::text = ANY(:i)"),
        {"i": made},
    )
    assert [t.isoformat()[:19] for (t,) in central_times] == ["2026-01-05T09:30:00"]


def test_a_field_changed_on_one_side_only_stays_visible_during_a_conflict(central):
    mine, theirs = central.device("gnt1"), central.device("gnt2")
    member = gent_members(central)[1]
    update_member_contact(theirs.ctx(), member, email="theirs@example.be")
    assert theirs.sync().ok
    update_member_contact(mine.ctx(), member, email="mine@example.be", phone="+32 9 123 45 67")

    report = mine.sync()

    assert report.new_conflicts == 1
    shown = mine.scalar(
        "SELECT email || ' ' || phone FROM members WHERE id = :i", i=member.replace("-", "")
    )
    # the clash shows the central value until someone chooses; my phone stays visible
    assert shown == "theirs@example.be +32 9 123 45 67"


def test_a_change_to_a_row_gone_from_the_central_database_removes_the_local_copy(central):
    device = central.device("gnt1")
    activity, _client = gent_desk(central)
    client = create_client(device.ctx(), activity, ClientInput("private", "Gone Soon", "BE"))
    assert device.sync().ok
    central.execute("DELETE FROM clients WHERE id = :i", i=client)  # an administrator's purge
    update_client(device.ctx(), client, ClientInput("private", "Gone Soon BV", "BE"))

    report = device.sync()

    assert [r["message_key"] for r in report.rejected] == ["sync.rejected_not_found"]
    assert (
        device.scalar("SELECT count(*) FROM clients WHERE id = :i", i=client.replace("-", "")) == 0
    )
    # what the device wrote is kept with the refusal
    payload = device.scalar("SELECT payload FROM sync_rejections")
    assert "Gone Soon BV" in payload


def test_the_first_pin_on_a_connected_device_syncs_without_a_refusal(central):
    device = central.device("gnt1")
    colleague = central.login("gnt2")
    set_first_pin(device.db, colleague, PASSWORD, "4321")

    report = device.sync()

    assert report.ok and not report.rejected and report.pending == 0
    assert sign_in(device.db, colleague, "4321").login == colleague


def test_a_refused_change_is_dismissed_or_re_applied_with_its_reason_kept(central):
    device = central.device("gnt1")
    activity, _client = gent_desk(central)
    client = create_client(device.ctx(), activity, ClientInput("private", "Gone Soon", "BE"))
    assert device.sync().ok
    central.execute("DELETE FROM clients WHERE id = :i", i=client)
    update_client(device.ctx(), client, ClientInput("private", "Back Again BV", "BE"))
    device.sync()
    (refused,) = list_rejections(device.ctx())

    with pytest.raises(ValidationFailed):  # a reason is required
        settle_rejection(device.ctx(), refused.id, "reapply", "  ")
    settle_rejection(device.ctx(), refused.id, "reapply", "the client still works with us")

    assert list_rejections(device.ctx()) == []
    kept = device.scalar(
        "SELECT resolution || ': ' || resolution_reason FROM sync_rejections WHERE id = :i",
        i=refused.id.replace("-", ""),
    )
    assert kept == "reapply: the client still works with us"
    assert device.scalar("SELECT name FROM clients WHERE id = :i", i=client.replace("-", "")) == (
        "Back Again BV"
    )
    report = device.sync()  # it goes up again, as a new client
    assert report.ok and not report.rejected, report
    assert central.scalar("SELECT name FROM clients WHERE id = :i", i=client) == "Back Again BV"
