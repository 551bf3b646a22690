"""What the device says when it cannot sync for a reason other than the network, and that
nothing is lost or kept that should not be: a refused exactly-once record (issue 7,
point 2), a password in the URL or with a NUL byte, a read-only device database (point 9),
bad command-line input (point 11)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
import sqlalchemy as sa

from app.services.errors import ValidationFailed
from app.services.members.members import update_member_contact
from app.services.sync.sync import connect, run_sync
from app.sync import local
from tests.sync.conftest import PASSWORD
from tests.sync.test_exactly_once import device_id, gent_members


def _jam_the_next_key(central, device) -> None:
    """Another login holds this device's next (device, seq) record."""
    seq = device.scalar("SELECT min(seq) FROM outbox")
    central.execute(
        "INSERT INTO sync_applied (device_id, seq, login, entity, entity_id, outcome) "
        "VALUES (:d, :s, 'someone_else', 'members', gen_random_uuid(), 'applied')",
        d=device_id(device),
        s=seq,
    )


def _refuse_every_record(central, device) -> None:
    central.execute(f'REVOKE INSERT ON sync_applied FROM "{central.run.group}"')


@pytest.mark.parametrize("refusal", [_jam_the_next_key, _refuse_every_record])
def test_a_refused_change_record_stops_the_push_with_a_clear_error_and_loses_nothing(
    central, refusal
):
    device = central.device("gnt1")
    member = gent_members(central)[0]
    update_member_contact(device.ctx(), member, email="jammed@example.be")
    refusal(central, device)

    report = device.sync()

    assert not report.ok and not report.offline
    assert report.message_key == "sync.push_refused", report
    assert "stay on this device" in report.message
    assert report.pending == 1  # still in the outbox
    assert central.scalar("SELECT email FROM members WHERE id = :i", i=member) != (
        "jammed@example.be"
    )


def test_a_password_in_the_address_is_used_once_and_kept_nowhere(central):
    device = central.device("gnt1", connect_now=False)
    url = central.user_url() + f"?sslmode=prefer&password={PASSWORD}"
    report = connect(device.db, url, device.login, "")
    assert report.ok, report
    assert report.password_saved is False
    state = local.read_state(device.db)
    assert all(PASSWORD not in value for value in state.values())
    assert "sslmode=prefer" in state[local.URL]
    assert PASSWORD not in json.dumps(report.summary())


def test_a_password_with_a_nul_byte_is_refused_before_anything_is_sent(central):
    device = central.device("gnt1", connect_now=False)
    with pytest.raises(ValidationFailed) as refused:
        connect(device.db, central.user_url(), device.login, PASSWORD + "\x00tail")
    assert [(p.field, p.message_key) for p in refused.value.problems] == [
        ("password", "sync.password_nul")
    ]
    assert local.read_state(device.db).get(local.URL) is None  # nothing written
    assert device.connect().ok
    # a session password typed with a NUL byte (the window's prompt)
    report = run_sync(device.db, password=PASSWORD + "\x00")
    assert not report.ok and report.message_key == "sync.password_nul"


def test_a_read_only_device_database_is_said_as_such_never_offline(central):
    device = central.device("gnt1")
    update_member_contact(device.ctx(), gent_members(central)[0], email="ro@example.be")
    # what SQLite answers for a file or folder the user may not write (the tests run as
    # root, for whom file modes do not apply)
    sa.event.listen(
        device.db.engine, "connect", lambda conn, _rec: conn.execute("PRAGMA query_only = ON")
    )
    device.db.engine.dispose()

    report = device.sync()

    assert not report.ok and not report.offline
    assert report.message_key == "database.read_only"
    assert "writable" in report.message
    assert report.pending == 1


def _smartdesk(*args, env_extra=None):
    env = dict(os.environ, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    env.pop("SMARTDESK_PASSWORD", None)
    env.update(env_extra or {})
    return subprocess.run(
        [sys.executable, "-m", "smartdesk_entrypoints", *args],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize(
    "url, user, says",
    [
        ("garbage", "x", "not the address of a PostgreSQL database"),
        ("mysql://h/db", "x", "not the address of a PostgreSQL database"),
        ("postgresql://h/db", "", "--user"),
        ("postgresql://h/db?password=a%00b", "x", "NUL"),
        ("postgresql://h/db", "x", "no password"),
    ],
)
def test_bad_input_to_connect_exits_2_with_a_message_and_writes_nothing(tmp_path, url, user, says):
    folder = tmp_path / "device"
    done = _smartdesk("--data-dir", str(folder), "connect", url, "--user", user)
    assert done.returncode == 2, (done.stdout, done.stderr)
    assert says in done.stderr
    assert "Traceback" not in done.stderr
    assert not (folder / "smartdesk.db").exists()


def test_sync_on_a_device_never_connected_exits_2_and_says_how_to_connect(central):
    device = central.device("alone", connect_now=False)
    device.db.dispose()
    done = _smartdesk("--data-dir", str(device.paths.data_dir), "sync")
    assert done.returncode == 2, (done.stdout, done.stderr)
    assert "smartdesk connect" in done.stderr and "Traceback" not in done.stderr
    assert json.loads(done.stdout)["message_key"] == "sync.not_connected"


def test_a_device_id_the_central_database_refuses_is_replaced_and_the_round_goes_on(central):
    device = central.device("gnt1")
    first = device_id(device)
    member = gent_members(central)[0]
    update_member_contact(device.ctx(), member, email="new.id@example.be")
    # another login registered that id (a copied database, a device handed over)
    central.execute(
        "UPDATE devices SET owner_login = :o WHERE id = :i", o=central.login("gnt2"), i=first
    )

    report = device.sync()

    assert report.ok and report.pushed == 1, report
    assert device_id(device) != first
    assert central.scalar("SELECT count(*) FROM devices WHERE id = :i", i=device_id(device)) == 1


def test_connecting_as_another_login_gives_the_device_a_new_id(central):
    device = central.device("gnt1")
    first = device_id(device)
    assert connect(device.db, central.user_url(), central.login("gnt2"), PASSWORD).ok
    assert device_id(device) != first


def test_a_login_at_its_numbering_series_limit_is_told_what_to_do_and_keeps_its_device_id(
    central,
):
    """A new device of a login that already holds its share of numbering series (0017):
    the round says so in words and names the remedy; the device id stays the same from
    round to round (a new one would be refused alike), and the login's devices that hold
    a series sync as before."""
    from ui.sync.texts import message_texts

    central.execute("UPDATE sync_settings SET value = '1' WHERE key = 'max_series_per_login'")
    first = central.device("gnt1")
    late = central.device("gnt1", connect_now=False)

    refused = late.connect()
    ids = {device_id(late)}
    again = late.sync()
    ids.add(device_id(late))

    for report in (refused, again):
        assert not report.ok and report.message_key == "sync.series_limit", report
        assert "administrator" in report.message and "42501" not in report.message
    assert len(ids) == 1
    assert central.scalar("SELECT count(*) FROM devices WHERE id = :i", i=device_id(late)) == 0
    assert "sync.series_limit" in message_texts()
    assert first.sync().ok
