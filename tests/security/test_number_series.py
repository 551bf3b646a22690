"""Numbering series against a hostile login (migration 0017): the 999 series of the
country are never given twice, so a login inserting device rows in a loop could use them
all up. A login now holds at most `max_series_per_login` of them; its devices keep
theirs when they register again, and other logins still get one."""

from __future__ import annotations

import psycopg
import pytest

from tests.security.conftest import connect_as

NEW_DEVICE = (
    "INSERT INTO devices (id, name, office_id, schema_revision, row_version, created_at, "
    "updated_at{owner}) SELECT gen_random_uuid(), 'loop', id, '0017', 0, now(), now(){value} "
    "FROM offices WHERE code = 'GNT' RETURNING number_series"
)


def _series(secured, short: str) -> list[int]:
    with secured.engine.connect() as conn:
        return list(
            conn.exec_driver_sql(
                "SELECT number_series FROM devices WHERE owner_login = %s "
                "AND number_series IS NOT NULL ORDER BY 1",
                (secured.login(short),),
            ).scalars()
        )


def _series_on(device) -> str:
    return device.scalar("SELECT value FROM local_state WHERE key = 'number_series'")


def test_a_login_inserting_devices_in_a_loop_gets_only_its_share_of_series(secured):
    setting = "SELECT value FROM sync_settings WHERE key = 'max_series_per_login'"
    limit = int(secured.scalar(setting) or 5)
    device = secured.device("gnt1")
    mine = _series_on(device)
    refusals = []
    with connect_as(secured, "gnt1") as conn:
        for _attempt in range(3 * limit):
            try:
                with conn.transaction():
                    conn.execute(NEW_DEVICE.format(owner="", value=""))
            except psycopg.errors.InsufficientPrivilege as exc:
                refusals.append(str(exc))
        conn.commit()
    assert len(_series(secured, "gnt1")) == limit
    assert len(refusals) == 3 * limit - (limit - 1)
    assert "numbering series" in refusals[0]

    # its own device registers again at each round and keeps its series
    assert device.sync().ok
    assert _series_on(device) == mine
    # nobody else is short of one
    other = secured.device("gnt2")
    assert _series_on(other) is not None
    assert int(_series_on(other)) in _series(secured, "gnt2")


def test_a_login_cannot_spend_another_logins_share(secured):
    with connect_as(secured, "gnt1") as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(
                NEW_DEVICE.format(owner=", owner_login", value=", %s"), [secured.login("gnt2")]
            )
    assert _series(secured, "gnt2") == []
