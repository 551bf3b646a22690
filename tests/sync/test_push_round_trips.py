"""A push costs a number of round trips that does not grow with its changes (issue 14,
point 4): on an office line (20-50 ms each way) a round of 100 changes stays short."""

from __future__ import annotations

import sqlalchemy as sa

from app.services.members.members import update_member_contact
from app.sync.push import push
from app.sync.remote import open_central
from tests.sync.conftest import PASSWORD
from tests.sync.test_exactly_once import device_id


def _calls_of_a_push(central, device, members: list[str], tag: str) -> tuple[int, object]:
    """(calls to the central database, result) for a push of one edit per member."""
    for i, member in enumerate(members):
        update_member_contact(device.ctx(), member, email=f"{tag}{i}@example.be")
    engine = open_central(central.user_url(), device.login, PASSWORD)
    calls = []
    sa.event.listen(engine, "before_cursor_execute", lambda *a: calls.append(a[2]))
    try:
        result = push(device.db, engine, device_id(device))
    finally:
        engine.dispose()
    return len(calls), result


def test_a_push_of_100_changes_costs_as_many_round_trips_as_one_of_10(central):
    with central.engine.connect() as conn:
        members = [
            str(i)
            for i in conn.execute(
                sa.text(
                    "SELECT m.id FROM members m JOIN offices o ON o.id = m.office_id "
                    "WHERE o.code = 'BXL' AND m.deleted_at IS NULL ORDER BY m.member_number"
                )
            ).scalars()
        ]
    assert len(members) >= 110
    device = central.device("bxl1")
    few, small = _calls_of_a_push(central, device, members[:10], "few")
    many, large = _calls_of_a_push(central, device, members[10:110], "many")
    assert (small.pushed, large.pushed) == (10, 100)
    assert not small.rejected and not large.rejected
    print(f"calls to the central database: {few} for 10 changes, {many} for 100")
    assert many == few  # per table and per shape of change, never per row
    assert many < 20
    emails = central.scalar("SELECT count(*) FROM members WHERE email LIKE 'many%@example.be'")
    assert emails == 100
    assert device.scalar("SELECT count(*) FROM outbox") == 0
