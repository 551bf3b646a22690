"""Nothing written on a device is lost, nothing is applied twice (DESIGN §4.1, §4.2):
a device killed at the worst moments, a connection cut in the middle of a push."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from app.services.members.members import update_member_contact
from tests.sync.conftest import PASSWORD

KILLED = """
import os, signal, sys
from app.config import Paths
from app.db.local import open_local
from app.services.context import ServiceContext
from app.services.members.members import update_member_contact
from app.services.sync.sync import run_sync
from app.services.users import user_by_login

folder, login, member, email, moment = sys.argv[1:6]
db = open_local(Paths.in_folder(folder))
update_member_contact(ServiceContext(db, user_by_login(db, login)), member, email=email)
if moment == "after_local_commit":
    os.kill(os.getpid(), signal.SIGKILL)

def progress(done, total, stage):
    if stage == "push":  # the central database has committed; the device has not
        os.kill(os.getpid(), signal.SIGKILL)

run_sync(db, progress=progress)
raise SystemExit("not killed")
"""


def gent_members(central) -> list[str]:
    with central.engine.connect() as conn:
        import sqlalchemy as sa

        return [
            str(i)
            for i in conn.execute(
                sa.text(
                    "SELECT m.id FROM members m JOIN offices o ON o.id = m.office_id "
                    "WHERE o.code = 'GNT' ORDER BY m.member_number"
                )
            ).scalars()
        ]


def device_id(device) -> str:
    return device.scalar("SELECT value FROM local_state WHERE key = 'device_id'")


def applied(central, device) -> list[int]:
    with central.engine.connect() as conn:
        import sqlalchemy as sa

        return list(
            conn.execute(
                sa.text("SELECT seq FROM sync_applied WHERE device_id = :d ORDER BY seq"),
                {"d": device_id(device)},
            ).scalars()
        )


def changes_from(central, device) -> int:
    return central.scalar(
        "SELECT count(*) FROM sync_change_log WHERE device_id = :d", d=device_id(device)
    )


@pytest.mark.parametrize("moment", ["after_local_commit", "after_central_commit"])
def test_a_device_killed_between_its_local_commit_and_its_push_delivers_once(central, moment):
    device = central.device("gnt1")
    member = gent_members(central)[0]
    env = dict(os.environ, SMARTDESK_PASSWORD=PASSWORD)
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            KILLED,
            str(device.paths.data_dir),
            device.login,
            member,
            "killed@example.be",
            moment,
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == -signal.SIGKILL, done.stderr
    assert device.scalar("SELECT count(*) FROM outbox") == 1  # the edit survived the kill
    already = central.scalar("SELECT email FROM members WHERE id = :i", i=member)
    assert (already == "killed@example.be") == (moment == "after_central_commit")

    report = device.sync()
    assert report.ok and report.pushed == 1, report
    assert device.scalar("SELECT count(*) FROM outbox") == 0
    assert (
        central.scalar("SELECT email FROM members WHERE id = :i", i=member) == "killed@example.be"
    )
    assert len(applied(central, device)) == 1
    assert changes_from(central, device) == 1  # applied once, not twice
    assert device.sync().pushed == 0


@pytest.mark.parametrize("cut", ["during_a_batch", "after_commit_before_answer"])
def test_a_connection_cut_in_the_middle_of_a_push_is_retried_exactly_once(central, proxy, cut):
    device = central.device("gnt1", url=central.user_url(port=proxy.port))
    members = gent_members(central)
    edits = 0
    for round_ in range(2):
        for n, member in enumerate(members):
            update_member_contact(device.ctx(), member, email=f"r{round_}.m{n}@example.be")
            edits += 1
    seqs = [
        int(s)
        for s in device.db.engine.connect()
        .exec_driver_sql("SELECT seq FROM outbox ORDER BY seq")
        .scalars()
    ]
    assert len(seqs) == edits

    def progress(done, total, stage):
        if stage == "push" and done == 5:  # the first batch is in
            if cut == "during_a_batch":
                proxy.cut()
            else:
                proxy.cut_after(b"COMMIT\x00")  # the COMMIT itself, not a BEGIN ... READ COMMITTED

    report = device.sync(progress=progress, batch_size=5)
    assert report.offline and report.message_key == "sync.offline", report
    assert 0 < report.pending < edits
    if cut == "after_commit_before_answer":
        # the second batch is applied centrally (the server finishes the COMMIT it got
        # on its own time), but the device never heard so
        deadline = time.monotonic() + 10
        while len(applied(central, device)) < 10 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert len(applied(central, device)) == 10
        assert report.pending == edits - 5

    report = device.sync(batch_size=5)
    assert report.ok and report.pending == 0, report
    assert applied(central, device) == seqs  # every entry once
    assert changes_from(central, device) == edits  # every change applied once
    for n, member in enumerate(members):
        assert (
            central.scalar("SELECT email FROM members WHERE id = :i", i=member)
            == f"r1.m{n}@example.be"
        )


def test_an_unreachable_central_database_is_a_normal_offline_report(central, proxy):
    device = central.device("gnt1", url=central.user_url(port=proxy.port))
    update_member_contact(device.ctx(), gent_members(central)[0], email="offline@example.be")
    proxy.stop()
    report = device.sync()
    assert report.offline and not report.ok
    assert report.message_key == "sync.offline"
    assert report.pending == 1
    proxy.start()
    assert device.sync().pending == 0
