"""The first upload at bulk speed (issue 14, point 3): the same central result as the
row-by-row upload, and all-or-nothing when the central database refuses a row.

The reference is the upload as it was: row by row, its change log written by the row
trigger of 0005 (0016's `per_row` puts that back on the reference database). The bulk
upload, through its staging table and 0016's statement trigger, must leave the same
rows and the same change log entries, in an order the pull can rely on."""

from __future__ import annotations

import importlib
import shutil
import uuid

import pytest
import sqlalchemy as sa

from app.config import Paths
from app.db.engine import make_engine
from app.db.local import open_local
from app.demo.generator import generate
from app.services.context import ServiceContext
from app.services.members.members import update_member_contact
from app.services.users import user_by_login
from app.sync import bulk_upload
from app.sync import upload as upload_module
from app.sync.bulk_upload import parents, stored_columns
from app.sync.device import central_scope
from app.sync.tables import ORDER, TABLES
from tests.sync.conftest import PASSWORD, Device, _with_db

PER_STATEMENT = importlib.import_module("app.db.migrations.versions.0016_change_log_per_statement")

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
    """Another copy of the run's template: the same starting point as `central`, its
    change log written row by row, by the trigger of 0005, as before 0016."""
    run = central.run
    name = f"{run.template}_{uuid.uuid4().hex[:6]}b"
    with run.server.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}" TEMPLATE "{run.template}"'))
    url = _with_db(run.server_url, name)
    engine = make_engine(url)
    with engine.begin() as conn:
        PER_STATEMENT.per_row(conn.exec_driver_sql, PER_STATEMENT.logged_tables(conn))
        assert not conn.scalar(
            sa.text("SELECT count(*) FROM pg_trigger WHERE tgname = 'sync_log_inserts'")
        )
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


def feed_order_problems(engine: sa.Engine) -> list[str]:
    """What the pull could trip on, in the change log read in its order (txid, id): an
    entry of a row before the first entry of a row it names (its parents go first), or
    a row naming another (a reader by reference learns of it by a "touch", 0005)
    without a touch of that row before its entry, in the same statement."""
    with engine.connect() as conn:
        feed = conn.execute(
            sa.text(
                "SELECT txid, entity, entity_id::text AS row_id, row_version "
                "FROM sync_change_log ORDER BY txid, id"
            )
        ).all()
        touched_by = {
            (r.source, r.source_column): r.entity
            for r in conn.execute(
                sa.text("SELECT * FROM sync_references WHERE entity_column = 'id'")
            )
        }
        names: dict[tuple[str, str], list[tuple[str, str, bool]]] = {}
        for entity, table in TABLES.items():
            links = {column: (parent, False) for column, parent in parents(table)}
            for (source, column), target in touched_by.items():
                if source == entity:
                    links[column] = (target, True)
            if not links:
                continue
            columns = ", ".join(f"{c}::text" for c in links)
            for row in conn.execute(sa.text(f"SELECT id::text, {columns} FROM {entity}")):
                names[(entity, row[0])] = [
                    (target, value, touch)
                    for (target, touch), value in zip(links.values(), row[1:], strict=True)
                    if value is not None
                ]
    first: dict[tuple[str, str], int] = {}
    touches: dict[tuple[str, str], set[int]] = {}  # feed keys of the touches so far
    problems = []
    for at, entry in enumerate(feed):
        first.setdefault((entry.entity, entry.row_id), at)
        if entry.row_version == 0:
            touches.setdefault((entry.entity, entry.row_id), set()).add(entry.txid)
            continue
        for target, value, touch in names.get((entry.entity, entry.row_id), ()):
            seen = first.get((target, value))
            if seen is None or seen >= at:
                problems.append(f"{entry.entity} {entry.row_id} before {target} {value}")
            inserted = entry.row_version == 1  # an update touches only a changed reference
            if inserted and touch and entry.txid not in touches.get((target, value), ()):
                problems.append(f"{entry.entity} {entry.row_id}: no touch of {target} {value}")
    return problems


def test_every_synced_column_travels_in_its_stored_form():
    """The bulk upload passes SQLite's stored values to PostgreSQL as they are: a column
    type whose stored form PostgreSQL would read otherwise (a float, a naive time) has
    to be handled first, and says so."""
    for table in TABLES.values():
        assert stored_columns(table) == list(table.columns)
    odd = sa.Table("odd", sa.MetaData(), sa.Column("ratio", sa.Float()))
    with pytest.raises(TypeError, match="odd.ratio"):
        stored_columns(odd)


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

    # rows are marked sent in local transactions of MARK_CHUNK: several per table here
    monkeypatch.setattr("app.sync.bulk_upload.MARK_CHUNK", 997)
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
    assert bulk_log == rows_log  # entry for entry, touches included
    assert len(bulk_log) >= bulk_report.uploaded
    assert feed_order_problems(central.engine) == []
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


def test_a_staging_table_is_its_sessions_own_and_only_for_what_the_login_writes(central):
    """`sync_upload_stage` (0016) gives a login no TEMP of its own: a staging table
    shaped like a table the login writes, that no other session can read, gone at
    commit; none for a table the login does not write, nor for any other table."""
    adviser, reviewer = central.as_user("gnt1"), central.as_user("rev")
    with adviser.connect() as conn:
        with conn.begin():
            stage = conn.scalar(sa.text("SELECT sync_upload_stage('members')"))
            conn.execute(sa.text(f"INSERT INTO {stage} SELECT * FROM members LIMIT 1"))
            assert conn.scalar(sa.text(f"SELECT count(*) FROM {stage}")) == 1
            own = conn.scalar(
                sa.text("SELECT nspname FROM pg_namespace WHERE oid = pg_my_temp_schema()")
            )
            with reviewer.connect() as other, pytest.raises(sa.exc.DBAPIError):
                other.execute(sa.text(f"SELECT count(*) FROM {own}.sync_stage_members"))
        assert conn.scalar(sa.text("SELECT to_regclass('pg_temp.sync_stage_members')")) is None
        for entity in ("members", "sync_logins", "users; DROP TABLE members"):
            who = reviewer if entity == "members" else adviser  # a reviewer writes no members
            with who.connect() as login, pytest.raises(sa.exc.DBAPIError) as refused:
                login.execute(sa.text("SELECT sync_upload_stage(:e)"), {"e": entity})
            assert refused.value.orig.sqlstate == "42501", entity
    adviser.dispose()
    reviewer.dispose()


@pytest.mark.parametrize("how", ["bulk", "row_by_row"])
def test_an_edit_made_while_the_upload_runs_reaches_the_central_database(central, monkeypatch, how):
    """The user keeps working during the first upload: a record changed after it was
    read and before it is marked as sent goes up at the next round, it is not lost."""
    cleared(central.engine, central.run.prefix)
    device = offline_device(central, "adm")
    with device.db.engine.connect() as conn:
        member = conn.scalar(sa.text("SELECT id FROM members ORDER BY id LIMIT 1"))
        login = conn.scalar(sa.text("SELECT login FROM users WHERE role = 'admin' LIMIT 1"))
    member = str(uuid.UUID(member))
    new_email = "edited.during.upload@example.be"
    edited = []

    def edit() -> None:
        if not edited:
            ctx = ServiceContext(device.db, user_by_login(device.db, login))
            update_member_contact(ctx, member, email=new_email)
            edited.append(member)

    if how == "bulk":  # between the central commit and the rows marked as sent
        mark_sent = bulk_upload._mark_sent

        def marking(db, sent, *args):
            edit()
            return mark_sent(db, sent, *args)

        monkeypatch.setattr("app.sync.bulk_upload._mark_sent", marking)
    else:  # between a chunk's central insert and its rows marked as sent
        insert = upload_module._insert

        def inserting(rc, entity, rows, result):
            inserted = insert(rc, entity, rows, result)
            if entity == "members":
                edit()
            return inserted

        monkeypatch.setattr("app.sync.upload._insert", inserting)
        monkeypatch.setattr("app.sync.device.upload", upload_module.upload_row_by_row)

    assert device.connect().ok
    assert edited
    report = device.sync()

    assert report.ok, report
    assert central.scalar("SELECT email FROM members WHERE id = :i", i=member) == new_email
    assert device.scalar("SELECT email FROM members WHERE id = :i", i=member.replace("-", ""))
    assert device.scalar("SELECT count(*) FROM outbox") == 0


def test_an_upload_on_a_session_that_had_a_staging_table_before_still_goes_up(central):
    """The staging memory can only be set before a session's first temporary table: an
    upload on a session that had one (a pooled connection) goes up all the same."""
    url = sa.engine.make_url(central.url).set(username=central.login("adm"), password=PASSWORD)
    engine = sa.create_engine(url, pool_size=1, max_overflow=0)
    try:
        with engine.begin() as conn:
            stage = conn.scalar(sa.text("SELECT sync_upload_stage('members')"))
            conn.execute(sa.text(f"INSERT INTO {stage} SELECT * FROM members LIMIT 1"))
            assert conn.scalar(sa.text(f"SELECT count(*) FROM {stage}")) == 1
            scope = central_scope(conn)
        cleared(central.engine, central.run.prefix)
        device = offline_device(central, "adm")
        waiting = unsent(device)

        result = upload_module.upload(device.db, engine, scope)

        assert result.uploaded == waiting and not result.not_uploaded
        assert unsent(device) == 0
        assert central.scalar("SELECT count(*) FROM members") > 0
    finally:
        engine.dispose()
