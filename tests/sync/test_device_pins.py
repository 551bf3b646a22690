"""PINs are per device and a device signs in only its office's people (issue 7, point 7):
users travel without `pin_hash`/`pin_salt` both ways, a pull never overwrites a local
PIN, and the sign-in list of a connected device shows and accepts only the users of its
office plus the administrators."""

from __future__ import annotations

import time

import pytest
import sqlalchemy as sa

from app.db.models import OutboxEntry
from app.services.errors import SignInFailed
from app.services.users import (
    create_first_user,
    create_user,
    device_users,
    hash_pin,
    set_first_pin,
    sign_in,
)
from tests.sync.conftest import PASSWORD


def test_a_device_syncs_when_logins_may_not_read_pin_hashes(central):
    group = central.run.group
    central.execute(f'REVOKE SELECT ON users FROM "{group}"')
    columns = [
        c
        for c in central.scalar(
            "SELECT string_agg(column_name, ',') FROM information_schema.columns "
            "WHERE table_name = 'users' AND column_name NOT IN ('pin_hash', 'pin_salt')"
        ).split(",")
    ]
    central.execute(f'GRANT SELECT ({", ".join(columns)}) ON users TO "{group}"')
    device = central.device("gnt1")  # connects and pulls: no column it may not read
    colleague = central.login("gnt2")
    set_first_pin(device.db, colleague, PASSWORD, "4321")
    assert device.sync().ok


def test_a_pin_set_on_a_device_never_reaches_the_central_database(central):
    device = central.device("gnt1")
    colleague = central.login("gnt2")
    set_first_pin(device.db, colleague, PASSWORD, "4321")
    with device.db.reading() as session:
        payloads = [e.payload for e in session.scalars(sa.select(OutboxEntry))]
    assert all("pin_hash" not in p and "pin_salt" not in p for p in payloads)
    assert device.sync().ok
    assert central.scalar("SELECT pin_hash FROM users WHERE login = :l", l=colleague) == ""


def test_a_user_made_by_an_admin_device_goes_up_without_its_pin(central):
    device = central.device("adm")
    create_user(device.ctx(), "new.adviser", "New Adviser", "adviser", "BXL", "2468")
    with device.db.reading() as session:
        payload = session.scalars(sa.select(OutboxEntry.payload)).one()
    assert payload["login"] == "new.adviser" and "pin_hash" not in payload
    assert device.sync().pushed == 1
    assert central.scalar("SELECT pin_hash FROM users WHERE login = 'new.adviser'") == ""
    assert sign_in(device.db, "new.adviser", "2468").login == "new.adviser"  # still here


def test_a_pull_never_overwrites_a_local_pin(central):
    device = central.device("gnt1")
    colleague = central.login("gnt2")
    set_first_pin(device.db, colleague, PASSWORD, "4321")
    central.execute(
        "UPDATE users SET display_name = 'Renamed', pin_hash = :h, pin_salt = :s WHERE login = :l",
        h=hash_pin("0000", "00" * 16)[0],
        s="00" * 16,
        l=colleague,
    )
    names = lambda: {c.login: c.display_name for c in device_users(device.db)}  # noqa: E731
    deadline = time.monotonic() + 30  # the feed waits for older transactions of the server
    while names()[colleague] != "Renamed" and time.monotonic() < deadline:
        assert device.sync().ok
    assert names()[colleague] == "Renamed"
    assert sign_in(device.db, colleague, "4321").login == colleague
    with pytest.raises(SignInFailed):
        sign_in(device.db, colleague, "0000")


def test_a_connected_device_lists_and_signs_in_only_its_office_and_the_admins(central):
    device = central.device("gnt1")
    listed = {c.login for c in device_users(device.db)}
    assert {central.login(s) for s in ("gnt1", "gnt2", "gnt3", "adm")} <= listed
    assert not listed & {central.login(s) for s in ("bxl1", "team", "rev")}

    brussels = central.login("bxl1")
    salt = "11" * 16
    with device.db.engine.begin() as conn:  # even with a PIN on this device
        conn.execute(
            sa.text("UPDATE users SET pin_hash = :h, pin_salt = :s WHERE login = :l"),
            {"h": hash_pin("1357", salt)[0], "s": salt, "l": brussels},
        )
    with pytest.raises(SignInFailed):
        sign_in(device.db, brussels, "1357")
    with pytest.raises(SignInFailed):
        set_first_pin(device.db, central.login("team"), PASSWORD, "4321")
    # an administrator of another office is accepted
    assert set_first_pin(device.db, central.login("adm"), PASSWORD, "9753").role == "admin"


def test_a_device_never_connected_lists_every_user_it_has(central):
    device = central.device("alone", connect_now=False)
    admin = create_first_user(device.db, "first", "First Admin", "BXL", "1111")
    from app.services.context import ServiceContext

    create_user(ServiceContext(device.db, admin), "gent", "Gent Adviser", "adviser", "GNT", "2222")
    assert {c.login for c in device_users(device.db)} == {"first", "gent"}
    assert sign_in(device.db, "gent", "2222").office_code == "GNT"
