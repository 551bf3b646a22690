"""The pull cursor never skips a change, even when pushes commit out of order while
another device pulls (DESIGN §4.3); a pulled page lands whole (§4.4)."""

from __future__ import annotations

import threading
import time

import sqlalchemy as sa

from app.services.members.members import update_member_contact
from app.sync.tables import ORDER, to_json
from tests.security.conftest import connect_as
from tests.sync.conftest import local_engine


def members_of(central, office: str) -> list[str]:
    with central.engine.connect() as conn:
        return [
            str(i)
            for i in conn.execute(
                sa.text(
                    "SELECT m.id FROM members m JOIN offices o ON o.id = m.office_id "
                    "WHERE o.code = :o ORDER BY m.member_number"
                ),
                {"o": office},
            ).scalars()
        ]


def local_email(device, member_id: str) -> str:
    return device.scalar("SELECT email FROM members WHERE id = :i", i=member_id.replace("-", ""))


def test_a_change_that_commits_late_is_not_skipped_by_a_pull_in_between(central):
    reader = central.device("gnt1")
    first, second = members_of(central, "GNT")[:2]
    late = central.engine.connect()
    late_tx = late.begin()
    late.execute(
        sa.text("UPDATE members SET email = 'late@example.be' WHERE id = :i"), {"i": first}
    )  # gets the lower log id, commits last
    late_id = late.execute(sa.text("SELECT currval('sync_change_log_id_seq')")).scalar()
    central.execute("UPDATE members SET email = 'early@example.be' WHERE id = :i", i=second)
    # what a cursor on the log id alone would do: jump to the highest visible id, past
    # the late change that is not visible yet
    assert central.scalar("SELECT max(id) FROM sync_change_log") > late_id
    assert not central.scalar("SELECT count(*) FROM sync_change_log WHERE id = :i", i=late_id)
    assert reader.sync().ok
    # the feed waits: nothing past the oldest running transaction is read
    assert local_email(reader, second) != "early@example.be"
    late_tx.commit()
    late.close()
    # (the horizon is the server's: a busy transaction in any database delays, never skips)
    sync_until(reader, lambda: local_email(reader, first) == "late@example.be")
    assert local_email(reader, first) == "late@example.be"
    assert local_email(reader, second) == "early@example.be"


def sync_until(device, done, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while True:
        assert device.sync().ok
        if done() or time.monotonic() > deadline:
            return
        time.sleep(0.1)


def table_contents(engine: sa.Engine) -> dict[str, dict[str, dict]]:
    contents = {}
    with engine.connect() as conn:
        for model in ORDER:
            table = model.__table__
            contents[table.name] = {
                str(row["id"]): to_json(table, row)
                for row in conn.execute(sa.select(table)).mappings()
            }
    return contents


def test_three_devices_pushing_while_a_fourth_pulls_in_a_loop_ends_with_every_change(central):
    # commit order scrambled on purpose: each logged change waits a little before commit
    central.execute("""
        CREATE FUNCTION test_jitter() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN PERFORM pg_sleep(random() * 0.01); RETURN NULL; END $$;
        CREATE TRIGGER test_jitter AFTER INSERT ON sync_change_log
        FOR EACH ROW EXECUTE FUNCTION test_jitter();""")
    pushers = [central.device("gnt1"), central.device("gnt2"), central.device("bxl1")]
    reader = central.device("adm")
    targets = {
        pushers[0].name: members_of(central, "GNT")[:6],
        pushers[1].name: members_of(central, "GNT")[6:12],
        pushers[2].name: members_of(central, "BXL")[:6],
    }
    done = threading.Event()
    errors: list[BaseException] = []

    def push_loop(device) -> None:
        try:
            ctx = device.ctx()
            for round_ in range(4):
                for n, member in enumerate(targets[device.name]):
                    update_member_contact(
                        ctx, member, email=f"{device.name}.{round_}.{n}@example.be"
                    )
                report = device.sync(batch_size=3)
                assert report.ok, report
        except BaseException as exc:  # noqa: BLE001 - reported by the main thread
            errors.append(exc)

    def pull_loop() -> None:
        try:
            while not done.is_set():
                assert reader.sync(page_size=7).ok
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=push_loop, args=(d,)) for d in pushers]
    puller = threading.Thread(target=pull_loop)
    puller.start()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    done.set()
    puller.join(timeout=120)
    assert not errors, errors
    expected = table_contents(central.engine)
    got = {}
    sync_until(reader, lambda: table_contents(local_engine(reader.paths.database)) == expected)
    got = table_contents(local_engine(reader.paths.database))
    for name in expected:
        assert got[name] == expected[name], name
    for device in pushers:
        for n, member in enumerate(targets[device.name]):
            assert local_email(reader, member) == f"{device.name}.3.{n}@example.be"


def test_a_change_committed_before_a_sync_starts_comes_with_that_sync(central):
    # A colleague's change that committed before the device syncs comes with that sync,
    # however the server numbered the transactions: here the writer's transaction id is
    # older than one that ended before the writer wrote (its feed key is then above its
    # own id), and nothing younger ends after it, so the server's "oldest running"
    # bound alone (latest ended + 1) would leave it out until some other transaction ends.
    reader = central.device("gnt1")
    member = members_of(central, "GNT")[0]
    writer = central.engine.connect()
    writer_tx = writer.begin()
    older = writer.execute(sa.text("SELECT pg_current_xact_id()::text::bigint")).scalar()
    with central.engine.begin() as conn:  # a younger transaction ends first
        younger = conn.execute(sa.text("SELECT pg_current_xact_id()::text::bigint")).scalar()
    assert younger > older
    writer.execute(
        sa.text("UPDATE members SET email = 'committed@example.be' WHERE id = :i"), {"i": member}
    )
    writer_tx.commit()
    writer.close()
    assert (
        central.scalar(
            "SELECT max(txid) FROM sync_change_log WHERE entity_id = CAST(:i AS uuid)", i=member
        )
        > older
    )

    assert reader.sync().ok

    assert local_email(reader, member) == "committed@example.be"


def test_two_logins_committing_out_of_order_around_a_pull_lose_nothing(central):
    # two logins' transactions interleaved by hand: the first to write the feed
    # commits last, a device pulls while it is open; its change is not skipped, and
    # the next sync after both commits brings both
    reader = central.device("gnt1")
    first, second = members_of(central, "GNT")[:2]
    with (
        connect_as(central, "gnt2") as late,
        connect_as(central, "adm", autocommit=True) as early,
    ):
        late.execute("UPDATE members SET email = 'late@example.be' WHERE id = %s", [first])
        early.execute("UPDATE members SET email = 'early@example.be' WHERE id = %s", [second])
        assert reader.sync().ok
        assert local_email(reader, first) != "late@example.be"
        late.commit()
    assert reader.sync().ok
    assert local_email(reader, first) == "late@example.be"
    assert local_email(reader, second) == "early@example.be"
