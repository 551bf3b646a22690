"""The first upload at bulk speed (issue 14, point 3): the same central result as the
row-by-row upload, and all-or-nothing when the central database refuses a row."""

from __future__ import annotations

import shutil
import uuid

import pytest
import sqlalchemy as sa

from app.config import Paths
from app.db.engine import make_engine
from app.db.local import open_local
from app.demo.generator import generate
from app.sync import upload as upload_module
from app.sync.tables import ORDER
from tests.sync.conftest import Device, _with_db

LOG = (
    "SELECT entity, entity_id::text, office_id::text, old_office_id::text, row_version, "
    "changed_by::text, device_id IS NULL FROM sync_change_log"
)


def offline_device(central, short: str = "gnt1", name: str | None = None) -> Device:
    """A device that made another office's worth of sample data before connecting."""
    device = central.device(short, name=name, connect_now=False)
    generate(device.db, "small", seed=7)
    return device


def twin(central, device: Device, name: str, url: str) -> Device:
    """A byte-identical copy of `device`'s database, connecting to `url`."""
    with device.db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    device.db.dispose()
    folder = central.tmp / name
    folder.mkdir()
    shutil.copy(device.paths.database, folder / "smartdesk.db")
    db = open_local(Paths.in_folder(folder))
    copy = Device(name, Paths.in_folder(folder), db, device.login, url)
    central.devices.append(copy)
    return copy


def central_state(engine: sa.Engine) -> tuple[dict, list]:
    with engine.connect() as conn:
        rows = {
            m.__tablename__: [
                tuple(r)
                for r in conn.execute(sa.text(f"SELECT * FROM {m.__tablename__} ORDER BY id"))
            ]
            for m in ORDER
        }
        log = sorted((tuple(r) for r in conn.execute(sa.text(LOG))), key=repr)
    return rows, log


def unsent(device: Device) -> int:
    with device.db.engine.connect() as conn:
        return sum(
            conn.scalar(sa.text(f"SELECT count(*) FROM {m.__tablename__} WHERE row_version = 0"))
            for m in ORDER
        )


@pytest.fixture
def second_central(central):
    """Another copy of the run's template: the same starting point as `central`."""
    run = central.run
    name = f"{run.template}_{uuid.uuid4().hex[:6]}b"
    with run.server.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}" TEMPLATE "{run.template}"'))
    url = _with_db(run.server_url, name)
    engine = make_engine(url)
    yield url, engine
    engine.dispose()
    with run.server.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


BUSINESS = ", ".join(m.__tablename__ for m in ORDER if m.__tablename__ != "users")


def cleared(engine: sa.Engine, prefix: str) -> None:
    """A central database with offices and the test logins only: nothing to collide
    with, so every row of an admin's device goes up."""
    with engine.begin() as conn:
        conn.execute(sa.text(f"TRUNCATE {BUSINESS}, sync_change_log CASCADE"))
        conn.execute(sa.text("ALTER TABLE users DISABLE TRIGGER USER"))
        conn.execute(sa.text("DELETE FROM users WHERE login NOT LIKE :p"), {"p": prefix + "%"})
        conn.execute(sa.text("ALTER TABLE users ENABLE TRIGGER USER"))


def refused_per_table(report) -> dict:
    out: dict[str, int] = {}
    for r in report.not_uploaded:
        out[r["entity"]] = out.get(r["entity"], 0) + r["rows"]
    return out


@pytest.mark.parametrize("short", ["adm", "gnt1"])
def test_a_bulk_upload_leaves_the_central_database_as_the_row_by_row_one(
    central, second_central, monkeypatch, short
):
    other_url, other_engine = second_central
    if short == "adm":  # everything goes up
        cleared(central.engine, central.run.prefix)
        cleared(other_engine, central.run.prefix)
    bulk = offline_device(central, short, name="bulk")
    user_url = sa.engine.make_url(other_url).set(username=None, password=None)
    row_by_row = twin(central, bulk, "rows", user_url.render_as_string(hide_password=False))

    bulk_report = bulk.connect()
    monkeypatch.setattr("app.sync.device.upload", upload_module.upload_row_by_row)
    rows_report = row_by_row.connect()

    assert bulk_report.ok and rows_report.ok, (bulk_report, rows_report)
    assert bulk_report.uploaded == rows_report.uploaded
    # the same rows stay on the device; where a row breaks two rules at once the
    # row-by-row upload may name the other one
    assert refused_per_table(bulk_report) == refused_per_table(rows_report)
    if short == "adm":
        assert bulk_report.uploaded > 5_000 and not bulk_report.not_uploaded
    else:  # another office's data: only what is Gent's and new goes up
        reasons = {r["message_key"] for r in bulk_report.not_uploaded}
        assert {"sync.upload_outside_role", "sync.rejected_duplicate"} <= reasons
    bulk_rows, bulk_log = central_state(central.engine)
    rows_rows, rows_log = central_state(other_engine)
    for table in bulk_rows:
        assert bulk_rows[table] == rows_rows[table], table
    assert bulk_log == rows_log
    assert len(bulk_log) >= bulk_report.uploaded
    assert unsent(bulk) == unsent(row_by_row)


def _refused_and_untouched(central, device: Device) -> None:
    before = central_state(central.engine)
    waiting = unsent(device)

    report = device.connect()

    assert not report.ok and report.message_key == "sync.upload_refused", report
    assert "nothing was uploaded" in report.message
    assert report.uploaded == 0
    assert central_state(central.engine) == before  # no row, no change log entry
    assert unsent(device) == waiting  # every row still waits on the device
    with device.db.engine.connect() as conn:
        flag = conn.scalar(sa.text("SELECT value FROM local_state WHERE key = 'sync_uploaded'"))
    assert flag != "1"


def test_another_offices_row_refuses_the_whole_upload(central, monkeypatch):
    device = offline_device(central)
    # a client that believes it may write everywhere (the central policies decide)
    monkeypatch.setattr("app.sync.bulk_upload.may_write", lambda scope, entity, office: True)

    _refused_and_untouched(central, device)


def test_a_reference_to_a_record_nobody_has_refuses_the_whole_upload(central):
    device = offline_device(central)
    gent = str(central.scalar("SELECT id FROM offices WHERE code = 'GNT'")).replace("-", "")
    with device.db.engine.begin() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys = OFF")
        conn.execute(
            sa.text(
                "UPDATE clients SET activity_id = :a WHERE id = "
                "(SELECT id FROM clients WHERE office_id = :o ORDER BY id LIMIT 1)"
            ),
            {"a": uuid.uuid4().hex, "o": gent},
        )

    _refused_and_untouched(central, device)
    report = device.connect()
    assert "clients" in report.message and "activity_id" in report.message
