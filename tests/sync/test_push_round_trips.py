"""A push costs a number of round trips that does not grow with its changes (issue 14,
point 4): on an office line (20-50 ms each way) a round of 100 changes stays short."""

from __future__ import annotations

import sqlalchemy as sa

from app.services.members.members import update_member_contact
from app.sync.device import sync_round
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


def _bxl_members(central) -> list[str]:
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
    return members


def test_a_push_of_100_changes_costs_as_many_round_trips_as_one_of_10(central):
    members = _bxl_members(central)
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


def _a_round(central, device, password: str = PASSWORD) -> tuple[dict, object]:
    """({"statements", "connections"} to the central database, report) for one round."""
    engine = open_central(central.user_url(), device.login, password, probe=False)
    calls = {"statements": 0, "connections": 0}

    def statement(*_):
        calls["statements"] += 1

    def connection(*_):
        calls["connections"] += 1

    sa.event.listen(engine, "before_cursor_execute", statement)
    sa.event.listen(engine, "connect", connection)
    try:
        report = sync_round(device.db, password, engine=engine)
    finally:
        engine.dispose()
    return calls, report


def test_a_round_of_100_changes_costs_as_many_statements_as_one_of_10_on_one_connection(central):
    """The whole round, push and pull, on one connection: its first statement learns the
    scope and registers the device; the push sends each batch in a few statements; the
    pull reads the feed horizon once that registration has committed (so a change
    committed before the round is below it) in the same call as the first page's
    entries, then the page's rows."""
    members = _bxl_members(central)
    device, other = central.device("bxl1"), central.device("adm")
    update_member_contact(device.ctx(), members[-1], email="first@example.be")
    assert _a_round(central, device)[1].pushed == 1  # comes back in the round of 10
    assert _a_round(central, other)[1].pulled == 1
    for tag, count in (("ten", 10), ("hundred", 100)):
        start = 10 if count == 100 else 0
        for i, member in enumerate(members[start : start + count]):
            update_member_contact(device.ctx(), member, email=f"{tag}{i}@example.be")
        pushed_calls, pushed = _a_round(central, device)
        pulled_calls, pulled = _a_round(central, other)
        assert pushed.ok and pulled.ok, (pushed, pulled)
        assert (pushed.pushed, pulled.pulled) == (count, count)
        if count == 10:
            few = (pushed_calls, pulled_calls)
        else:
            many = (pushed_calls, pulled_calls)
    print(f"round of 10: {few}; round of 100: {many}")
    assert many == few  # per batch, table and shape of change, never per row
    assert many[0]["connections"] == many[1]["connections"] == 1
    # push: the round's start, then per batch: lock the rows, update, claim with the
    # outcomes; then its pull as the other's: the horizon with the feed's first page
    # (one call, 0019), then the page's rows (its own changes come back)
    assert many[0]["statements"] == 6 and many[1]["statements"] == 3, many
    emails = central.scalar("SELECT count(*) FROM members WHERE email LIKE 'hundred%@example.be'")
    assert emails == 100
    with other.db.engine.connect() as conn:
        here = conn.execute(
            sa.text("SELECT count(*) FROM members WHERE email LIKE 'hundred%@example.be'")
        ).scalar()
    assert here == 100


def test_a_change_made_during_a_push_comes_in_the_next_round_and_own_changes_come_back_as_they_are(
    central,
):
    """The pull of a round reads the feed up to the horizon its first statement read: a
    change another device commits during the push is not lost but comes next round, and
    the pushing device's own changes come back then without changing what it has."""
    members = _bxl_members(central)
    device, other = central.device("bxl1"), central.device("adm")
    for i, member in enumerate(members[:5]):
        update_member_contact(device.ctx(), member, email=f"mine{i}@example.be")
    done = []

    def meanwhile(_done, _total, phase):
        if phase == "push" and not done:  # after this device's batch committed
            update_member_contact(other.ctx(), members[50], email="theirs@example.be")
            done.append(_a_round(central, other)[1])

    engine = open_central(central.user_url(), device.login, PASSWORD, probe=False)
    try:
        first = sync_round(device.db, PASSWORD, progress=meanwhile, engine=engine)
    finally:
        engine.dispose()
    assert first.ok and first.pushed == 5 and done[0].pushed == 1
    theirs = "SELECT count(*) FROM members WHERE email = 'theirs@example.be'"
    versions = "SELECT id, row_version, email FROM members WHERE email LIKE 'mine%' ORDER BY id"
    with device.db.engine.connect() as conn:
        mine = conn.execute(sa.text(versions)).all()
    assert len(mine) == 5

    second = _a_round(central, device)[1]
    assert second.ok and second.pushed == 0
    with device.db.engine.connect() as conn:
        assert conn.execute(sa.text(theirs)).scalar() == 1
        assert conn.execute(sa.text(versions)).all() == mine  # as they were
    assert device.scalar("SELECT count(*) FROM outbox") == 0
    assert device.scalar("SELECT count(*) FROM sync_conflicts") == 0


def test_a_device_s_own_changes_coming_back_are_not_counted_as_pulled(central):
    """The round's pull brings back what the device just pushed, at the version it has
    already: its summary says "pulled 0", not the number it pushed, and a colleague's
    change in the meantime counts as one."""
    members = _bxl_members(central)
    device, other = central.device("bxl1"), central.device("adm")
    for i, member in enumerate(members[:3]):
        update_member_contact(device.ctx(), member, email=f"own{i}@example.be")
    report = device.sync()
    assert (report.pushed, report.pulled) == (3, 0), report
    update_member_contact(other.ctx(), members[5], email="colleague@example.be")
    assert other.sync().pushed == 1
    report = device.sync()
    assert (report.pushed, report.pulled) == (0, 1), report
