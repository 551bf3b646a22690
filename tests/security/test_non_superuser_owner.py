"""With FORCEd row-level security the owner is subject to the policies too: the central
database set up by a plain database owner (no superuser) still works, and still holds
against a login (issue 7)."""

from __future__ import annotations

import uuid

import psycopg
import pytest
import sqlalchemy as sa

from app.db.migrate import head_revision
from app.sync.central import add_user, disable_user, init_central
from tests.security.conftest import refused
from tests.sync.conftest import PASSWORD

NEW_MEMBER = (
    "INSERT INTO members (id, office_id, member_number, first_name, last_name, insz, "
    "birth_date, street, postcode, city, country, email, phone, iban, language, shares, "
    "member_since, row_version, created_at, updated_at) VALUES (%s, "
    "(SELECT id FROM offices WHERE code = 'BXL'), 1, 'A', 'B', '93051822361', '1990-01-01', "
    "'', '', '', 'BE', '', '', '', 'nl', 1, '2020-01-01', 0, now(), now())"
)


@pytest.fixture
def owned(sync_run):
    tag = uuid.uuid4().hex[:6]
    owner, database = f"owner_{tag}", f"smartdesk_owned_{tag}"
    with sync_run.server.connect() as conn:
        conn.execute(sa.text(f'CREATE ROLE "{owner}" LOGIN CREATEROLE'))
        conn.execute(sa.text(f'CREATE DATABASE "{database}" OWNER "{owner}"'))
    url = (
        sa.engine.make_url(sync_run.server_url)
        .set(username=owner, database=database)
        .render_as_string(hide_password=False)
    )
    logins = {"adviser": f"{owner}_gnt", "admin": f"{owner}_adm"}
    yield url, owner, database, logins
    with sync_run.server.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'))
        for login in logins.values():
            conn.execute(sa.text(f'DROP ROLE IF EXISTS "{login}"'))
        conn.execute(sa.text(f'DROP ROLE IF EXISTS "{database}_users"'))
        conn.execute(sa.text(f'DROP ROLE IF EXISTS "{owner}"'))


def as_login(url: str, login: str) -> psycopg.Connection:
    parsed = sa.engine.make_url(url)
    return psycopg.connect(
        host=parsed.host, port=parsed.port or 5432, dbname=parsed.database, user=login
    )


def test_a_database_set_up_by_a_plain_owner_syncs_and_holds(owned):
    url, owner, database, logins = owned
    info = init_central(url)
    assert info.revision == head_revision()  # every migration runs as a plain owner
    add_user(url, logins["adviser"], "GNT", "adviser", PASSWORD)
    add_user(url, logins["admin"], "BXL", "admin", PASSWORD)
    member = str(uuid.uuid4())
    with as_login(url, logins["admin"]) as admin:
        admin.execute(NEW_MEMBER, [member])  # the log trigger writes as the owner
        admin.commit()
        assert (
            admin.execute(
                "SELECT count(*) FROM sync_change_log WHERE entity_id = %s AND txid < "
                "(SELECT public.sync_feed_horizon())",
                [member],
            ).fetchone()[0]
            == 1
        )
    with as_login(url, logins["adviser"]) as adviser:
        assert adviser.execute("SELECT public.sync_my_role()").fetchone()[0] == "adviser"
        assert adviser.execute("SELECT count(*) FROM members").fetchone()[0] == 0
        assert not adviser.execute(
            "SELECT count(*) FROM sync_change_log WHERE entity = 'members'"
        ).fetchone()[0]
        assert refused(adviser, "CREATE TEMP TABLE users (id int)")
        assert refused(adviser, "SELECT pin_hash FROM users")
    engine = sa.create_engine(url)
    with engine.connect() as conn:  # the owner itself passes its own policies
        assert conn.scalar(sa.text("SELECT count(*) FROM members")) == 1
        assert conn.scalar(sa.text("SELECT public.sync_is_owner()"))
    engine.dispose()
    assert disable_user(url, logins["adviser"])
    with pytest.raises(psycopg.OperationalError):
        as_login(url, logins["adviser"])
