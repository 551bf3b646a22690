"""A stalled network never hangs sync (issue 7, point 6): a connection that freezes (not
closed: nothing more comes through) in the middle of a push ends the round within a
bounded time as `offline`, the outbox keeps every entry, and the next round over a
healthy connection pushes each change once. The server ends what the frozen session
left open on its own (idle-in-transaction timeout)."""

from __future__ import annotations

import time

import pytest
import sqlalchemy as sa

from app.services.members.members import update_member_contact
from app.sync.remote import Timeouts, open_central
from tests.sync.test_exactly_once import applied, changes_from, gent_members

# short limits, so the test waits seconds where a device waits a minute
SHORT = Timeouts(
    statement=10,
    lock=10,
    idle_in_transaction=3,
    idle_session=3,
    keepalive_idle=1,
    keepalive_interval=1,
    keepalive_count=2,
    tcp_user=3,
    answer=3,
)


def open_sessions(central, login: str) -> int:
    return central.scalar(
        "SELECT count(*) FROM pg_stat_activity WHERE usename = :l AND datname = :d",
        l=login,
        d=central.name,
    )


def test_every_central_session_has_keepalives_time_limits_and_hides_parameters(central):
    engine = open_central(central.user_url(), central.login("gnt1"), "x", SHORT)
    assert engine.hide_parameters
    with engine.connect() as conn:
        given = conn.connection.dbapi_connection.info.get_parameters()
        assert given["keepalives"] == "1" and given["keepalives_idle"] == "1"
        assert given["keepalives_interval"] == "1" and given["keepalives_count"] == "2"
        assert given["tcp_user_timeout"] == "3000"
        server = {
            name: conn.execute(sa.text(f"SHOW {name}")).scalar()
            for name in (
                "statement_timeout",
                "lock_timeout",
                "idle_in_transaction_session_timeout",
                "idle_session_timeout",
            )
        }
        assert server == {
            "statement_timeout": "10s",
            "lock_timeout": "10s",
            "idle_in_transaction_session_timeout": "3s",
            "idle_session_timeout": "3s",
        }
        with pytest.raises(sa.exc.OperationalError) as stuck:
            conn.execute(sa.text("SELECT pg_sleep(5), :insz"), {"insz": "85010100123"})
        assert "85010100123" not in str(stuck.value)  # parameters never shown
    engine.dispose()


# where the link freezes: before the next batch reaches the server; after the server
# recorded a change inside its transaction (it holds locks until it ends the session);
# after the server committed a batch the device never hears about
FREEZE_AFTER = {
    "during_a_batch": None,
    "mid_transaction": b"sync_applied",
    "after_commit": b"COMMIT\x00",  # the COMMIT itself, not a BEGIN ... READ COMMITTED
}


@pytest.mark.parametrize("freeze", list(FREEZE_AFTER))
def test_a_connection_frozen_in_the_middle_of_a_push_ends_the_round_offline_and_loses_nothing(
    central, proxy, freeze
):
    device = central.device("gnt1", url=central.user_url(port=proxy.port))
    members = gent_members(central)[:12]
    for n, member in enumerate(members):
        update_member_contact(device.ctx(), member, email=f"frozen.{n}@example.be")
    edits = len(members)

    def progress(done, total, stage):
        if stage == "push" and done == 5:  # the first batch is in
            if FREEZE_AFTER[freeze] is None:
                proxy.freeze()
            else:
                proxy.freeze_after(FREEZE_AFTER[freeze])

    started = time.monotonic()
    report = device.sync(progress=progress, batch_size=5, timeouts=SHORT)
    took = time.monotonic() - started
    assert took < 40, took
    assert report.offline and report.message_key == "sync.offline", report
    assert 0 < report.pending < edits

    # the server ends the session the frozen link left behind, by itself
    deadline = time.monotonic() + 20
    while open_sessions(central, device.login) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert open_sessions(central, device.login) == 0

    report = device.sync(batch_size=5, timeouts=SHORT)
    assert report.ok and report.pending == 0, report
    assert len(applied(central, device)) == edits  # every entry once
    assert changes_from(central, device) == edits  # every change applied once
    for n, member in enumerate(members):
        assert (
            central.scalar("SELECT email FROM members WHERE id = :i", i=member)
            == f"frozen.{n}@example.be"
        )
