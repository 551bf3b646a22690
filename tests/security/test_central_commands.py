"""`central user add` / `central user disable` act only on login roles SmartDesk made,
and every bad argument of `central ...` is a clear message with exit 2, no traceback
and no SQL parameters (issue 7, points 4, 9, 11)."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid

import pytest
import sqlalchemy as sa

from app.sync.central import CentralSetupError, add_user, disable_user
from tests.security.conftest import connect_as, fingerprint


def role_state(central, role: str):
    return central.scalar(
        "SELECT row(r.rolcanlogin, r.rolpassword, "
        "(SELECT count(*) FROM pg_auth_members m WHERE m.member = r.oid))::text "
        "FROM pg_authid r WHERE r.rolname = :r",
        r=role,
    )


@pytest.fixture
def foreign_roles(secured):
    """Roles of the server SmartDesk did not make: a plain login, one that may create
    databases, and a non-superuser database owner."""
    tag = uuid.uuid4().hex[:6]
    names = {
        "plain": f"other_{tag}",
        "createdb": f"creator_{tag}",
        "owner": f"dbowner_{tag}",
    }
    secured.execute(f'CREATE ROLE "{names["plain"]}" LOGIN')
    secured.execute(f'CREATE ROLE "{names["createdb"]}" LOGIN CREATEDB')
    secured.execute(f'CREATE ROLE "{names["owner"]}" LOGIN')
    secured.execute(f'ALTER DATABASE "{secured.name}" OWNER TO "{names["owner"]}"')
    yield names
    secured.execute(f'ALTER DATABASE "{secured.name}" OWNER TO postgres')
    for name in names.values():
        secured.execute(f'DROP ROLE IF EXISTS "{name}"')


def test_user_add_and_disable_refuse_roles_smartdesk_did_not_make(secured, foreign_roles):
    targets = [*foreign_roles.values(), "postgres", secured.run.group]
    states = {role: role_state(secured, role) for role in targets}
    before = fingerprint(secured)
    for role in targets:
        with pytest.raises(CentralSetupError) as added:
            add_user(secured.url, role, "BXL", "admin", "long-enough-password")
        assert added.value.message_key in ("central.role_not_ours", "central.role_protected")
        with pytest.raises(CentralSetupError) as disabled:
            disable_user(secured.url, role)
        assert disabled.value.message_key == added.value.message_key
        assert role_state(secured, role) == states[role], role
    assert fingerprint(secured) == before
    # SmartDesk's own logins: still managed
    assert disable_user(secured.url, secured.login("gnt3"))
    assert add_user(secured.url, secured.login("gnt3"), "GNT", "adviser", "another-password")


def test_each_login_smartdesk_makes_has_server_side_timeouts(secured):
    login = f"{secured.run.prefix}new"
    add_user(secured.url, login, "GNT", "adviser", "long-enough-password")
    try:
        with connect_as(secured, "new") as conn:
            shown = {
                name: conn.execute(f"SHOW {name}").fetchone()[0]
                for name in (
                    "statement_timeout",
                    "idle_in_transaction_session_timeout",
                    "idle_session_timeout",
                    "jit",
                )
            }
        assert shown == {
            "statement_timeout": "2min",
            "idle_in_transaction_session_timeout": "30s",
            "idle_session_timeout": "15min",
            "jit": "off",
        }
    finally:
        secured.execute(f'DROP OWNED BY "{login}"')
        secured.execute(f'DROP ROLE "{login}"')


def cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
    env = dict(os.environ, SMARTDESK_CENTRAL_URL="")
    return subprocess.run(
        [sys.executable, "-m", "smartdesk_entrypoints", "central", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_bad_central_arguments_exit_2_with_a_message_and_change_nothing(secured):
    url = secured.url
    before = fingerprint(secured)
    login = f"{secured.run.prefix}cli"
    cases = [
        (("init", "garbage"), "", "not a PostgreSQL URL"),
        (("init", url, "--min-client-revision", "9999"), "", "unknown schema revision"),
        (
            ("user", "add", login, "--office", "GNT", "--role", "adviser", "--url", url),
            "short\n",
            "at least 8",
        ),
        (
            ("user", "add", login, "--office", "GNT", "--role", "adviser", "--url", url),
            "long-enough\x00-password\n",
            "NUL",
        ),
        (
            (
                "user",
                "add",
                login,
                "--office",
                "GNT",
                "--role",
                "adviser",
                "--url",
                url,
                "--name",
                "x" * 500,
            ),
            "long-enough-password\n",
            "display name",
        ),
        (
            ("user", "add", "postgres", "--office", "GNT", "--role", "admin", "--url", url),
            "long-enough-password\n",
            "SmartDesk does not change it",
        ),
        (("user", "disable", "postgres", "--url", url), "", "SmartDesk does not change it"),
        (
            ("user", "add", login, "--office", "GNT", "--role", "adviser", "--url", "garbage"),
            "long-enough-password\n",
            "not a PostgreSQL URL",
        ),
    ]
    for args, stdin, words in cases:
        done = cli(*args, stdin=stdin)
        assert done.returncode == 2, (args, done.stderr)
        assert words in done.stderr, (args, done.stderr)
        assert "Traceback" not in done.stderr and "[parameters" not in done.stderr, args
        assert "SCRAM-SHA-256" not in done.stderr + done.stdout
    assert fingerprint(secured) == before
    with secured.engine.connect() as conn:
        assert not conn.execute(
            sa.text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": login}
        ).first()
        assert (
            conn.execute(
                sa.text("SELECT value FROM sync_settings WHERE key = 'min_client_revision'")
            ).scalar()
            == "0017"
        )
