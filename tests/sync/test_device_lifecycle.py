"""Joining, the first upload of data made offline, schema versions (DESIGN §4.7)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import sqlalchemy as sa

from app.demo.generator import generate
from app.services.members.members import update_member_contact
from app.services.sync.sync import run_sync, sync_status
from tests.sync.conftest import PASSWORD


def a_gent_member(central) -> str:
    return str(
        central.scalar(
            "SELECT m.id FROM members m JOIN offices o ON o.id = m.office_id "
            "WHERE o.code = 'GNT' ORDER BY m.member_number LIMIT 1"
        )
    )


def test_an_older_device_does_not_push_and_says_update_smartdesk(central):
    device = central.device("gnt1")
    member = a_gent_member(central)
    update_member_contact(device.ctx(), member, email="new@example.be")
    central.execute("UPDATE sync_settings SET value = '9999' WHERE key = 'min_client_revision'")
    report = device.sync()
    assert not report.ok and not report.offline
    assert report.message_key == "sync.update_smartdesk"
    assert "update SmartDesk" in report.message
    assert report.pending == 1
    assert central.scalar("SELECT email FROM members WHERE id = :i", i=member) != "new@example.be"
    central.execute("UPDATE sync_settings SET value = '0004' WHERE key = 'min_client_revision'")
    assert device.sync().pushed == 1


def test_a_device_from_before_0017_is_asked_to_update(central, monkeypatch):
    """0017 takes away direct writes of file chunks: a device that does not know it would
    fail to upload its files round after round without a word; 0018 makes the central
    database ask it to update first."""
    import app.sync.device as device_module

    assert (
        central.scalar("SELECT value FROM sync_settings WHERE key = 'min_client_revision'")
        == "0017"
    )
    device = central.device("gnt1")
    member = a_gent_member(central)
    update_member_contact(device.ctx(), member, email="old@example.be")
    monkeypatch.setattr(device_module, "head_revision", lambda: "0016")
    report = device.sync()
    assert report.message_key == "sync.update_smartdesk" and report.pending == 1
    monkeypatch.undo()
    assert device.sync().pushed == 1


def test_data_made_before_connecting_goes_up_as_far_as_the_role_allows(central):
    device = central.device("gnt1", connect_now=False)
    generate(device.db, "small", seed=7)  # another office's worth of sample data
    members_before = central.scalar("SELECT count(*) FROM members")
    report = device.connect()
    assert report.ok, report
    reasons = {(r["entity"], r["message_key"]) for r in report.not_uploaded}
    assert ("members", "sync.upload_outside_role") in reasons  # other offices' members
    assert ("users", "sync.upload_outside_role") in reasons  # advisers do not make users
    # member numbers 1-300 are taken centrally already: said, not forced
    assert ("members", "sync.rejected_duplicate") in reasons
    gent = central.scalar("SELECT id FROM offices WHERE code = 'GNT'")
    uploaded_elsewhere = central.scalar(
        "SELECT count(*) FROM sync_change_log WHERE changed_by = :l AND office_id <> :o "
        "AND entity <> 'users'",
        l=device.login,
        o=gent,
    )
    assert uploaded_elsewhere == 0
    assert central.scalar("SELECT count(*) FROM members") == members_before
    # the rows that could not go up stay on the device
    assert device.scalar("SELECT count(*) FROM members WHERE row_version = 0") > 0
    status = sync_status(device.db)
    assert status.user == device.login and status.last_sync_at is not None


def test_without_a_password_the_round_asks_for_one_and_changes_nothing(central, monkeypatch):
    device = central.device("gnt1")
    monkeypatch.delenv("SMARTDESK_PASSWORD", raising=False)
    import keyring

    keyring.get_keyring().passwords.clear()
    report = run_sync(device.db)
    assert report.message_key == "sync.password_needed" and not report.ok


def test_the_command_line_sets_up_users_joins_and_syncs(central, tmp_path):
    login = central.login("cli")
    env = dict(
        os.environ,
        SMARTDESK_PASSWORD=PASSWORD,
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
    )

    def smartdesk(*args, stdin=None):
        return subprocess.run(
            [sys.executable, "-m", "smartdesk_entrypoints", *args],
            input=stdin,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )

    try:
        added = smartdesk(
            "central",
            "user",
            "add",
            login,
            "--office",
            "GNT",
            "--role",
            "adviser",
            "--url",
            central.url,
            stdin=PASSWORD + "\n",
        )
        assert added.returncode == 0, added.stderr
        assert PASSWORD not in added.stdout + added.stderr
        folder = str(tmp_path / "cli-device")
        joined = smartdesk("--data-dir", folder, "connect", central.user_url(), "--user", login)
        assert joined.returncode == 0, joined.stderr
        assert "no keyring" in joined.stderr  # said clearly; the password is not kept
        synced = smartdesk("--data-dir", folder, "sync")
        assert synced.returncode == 0, synced.stderr
        summary = json.loads(synced.stdout)
        assert {"pushed", "pulled", "conflicts", "pending"} <= set(summary)
        for path in (tmp_path / "cli-device").rglob("*"):
            if path.is_file() and path.suffix not in (".db", ".db-wal", ".db-shm"):
                assert PASSWORD not in path.read_text(errors="ignore"), path
        disabled = smartdesk("central", "user", "disable", login, "--url", central.url)
        assert disabled.returncode == 0, disabled.stderr
        refused = smartdesk("--data-dir", folder, "sync")
        assert refused.returncode == 1
        assert json.loads(refused.stdout)["message_key"] == "sync.sign_in_failed"
    finally:
        with central.run.server.connect() as conn:
            conn.execute(sa.text(f'DROP ROLE IF EXISTS "{login}"'))


def test_a_cancelled_first_pull_keeps_its_pages_and_the_next_round_finishes(central):
    device = central.device("bxl1", connect_now=False)
    stages = []

    def progress(done, total, stage) -> None:
        stages.append(stage)

    def cancelled() -> bool:  # as soon as the first table has come in
        return any(stage.startswith("pull:") for stage in stages)

    report = device.connect(progress=progress, cancelled=cancelled)
    assert report.cancelled and "pull:users" in stages
    assert device.scalar("SELECT count(*) FROM users") > 0  # the page that came in stays
    assert device.scalar("SELECT count(*) FROM members") == 0
    assert device.scalar("SELECT count(*) FROM local_state WHERE key = 'sync_cursor'") == 0
    report = device.sync()
    assert report.ok and not report.cancelled
    assert device.scalar("SELECT count(*) FROM members") > 0
