"""Upload before connect (issue 14, point 3): rows/s of the bulk upload against a bare
bulk COPY of the same rows, and against the row-by-row upload it replaces.

An admin device holding a demo database (office scale by default, `--scale national`
for the whole country) uploads it to a fresh central database, as its login, with every
check (row-level security, foreign keys, the triggers writing the change log), and
marks its rows as sent. The bare copy reads the same rows from a copy of the same
device database the same way (`app.sync.bulk_upload.unsent_rows`: as stored, no Python
values built) and COPYs them, as the superuser, in one transaction, into tables shaped
like the synced ones but without policies, triggers, constraints or indexes: what
moving the bytes costs. Budgets: >= 20,000 rows/s and within 3x of the bare copy.
Everything is dropped at the end. Prints JSON; `measure_upload` returns it as a dict
(for a run of several benchmarks).

    python -m bench.bench_upload [--scale office|national] [--data-dir DIR] [--pg-url URL]
                                 [--no-row-by-row]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import sqlalchemy as sa  # noqa: E402

from app.db.local import open_local  # noqa: E402
from app.sync.bulk_upload import BATCH, column_list, unsent_rows  # noqa: E402
from app.sync.central import add_user, init_central  # noqa: E402
from app.sync.device import central_scope  # noqa: E402
from app.sync.remote import open_central  # noqa: E402
from app.sync.tables import ORDER  # noqa: E402
from app.sync.upload import upload, upload_row_by_row  # noqa: E402
from bench.common import DEFAULT_DIR, emit  # noqa: E402

PASSWORD = "bench-upload-password"
ROWS_PER_S_BUDGET = 20_000
RATIO_BUDGET = 3.0


def ensure_scale(data_dir: Path, scale: str) -> Path:
    """A data folder holding a demo database of `scale` (made once, then reused)."""
    if not (data_dir / "smartdesk.db").exists():
        print(f"building a {scale}-scale demo database in {data_dir} ...", file=sys.stderr)
        subprocess.run(
            [sys.executable, "-m", "smartdesk_entrypoints", "--data-dir", str(data_dir)]
            + ["demo-data", "--scale", scale],
            check=True,
        )
    return data_dir


def fresh_central(server: sa.Engine, pg_url: str, tag: str, login: str) -> str:
    name = f"smartdesk_bench_up_{tag}"
    with server.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    url = sa.engine.make_url(pg_url).set(database=name).render_as_string(hide_password=False)
    init_central(url)
    add_user(url, login, "BXL", "admin", PASSWORD)
    return url


def copy_database(source: Path, folder: Path):
    """bench_sync's consistent copy of a device database, imported when used: bench_sync
    may import this module to report every sync number in one run."""
    from bench.bench_sync import copy_database as copy

    return copy(source, folder)


def timed_upload(source: Path, work: Path, url: str, login: str, how) -> tuple[float, object]:
    db = open_local(copy_database(source, work))
    engine = open_central(url, login, PASSWORD)
    try:
        with engine.connect() as rc:
            scope = central_scope(rc)
        start = time.perf_counter()
        result = how(db, engine, scope)
        return time.perf_counter() - start, result
    finally:
        engine.dispose()
        db.dispose()


def bare_copy(source: Path, work: Path, url: str) -> tuple[float, int]:
    """The same rows, read the same way, COPYed by the superuser into bare tables."""
    db = open_local(copy_database(source, work))
    central = sa.create_engine(url)
    rows = 0
    try:
        with central.begin() as conn:
            conn.execute(sa.text("CREATE SCHEMA bare"))
            for model in ORDER:
                name = model.__tablename__
                conn.execute(
                    sa.text(f"CREATE TABLE bare.{name} (LIKE public.{name} INCLUDING DEFAULTS)")
                )
        start = time.perf_counter()
        with central.connect() as conn, db.engine.connect() as lc:
            raw = conn.connection.driver_connection
            with raw.cursor() as cursor:
                cursor.execute("SET TIME ZONE 'UTC'")  # stored times are UTC text
                for model in ORDER:
                    table = model.__table__
                    statement = f"COPY bare.{table.name} ({column_list(table)}) FROM STDIN"
                    with cursor.copy(statement) as copy:
                        for part in unsent_rows(lc, table, BATCH):
                            for row in part:
                                copy.write_row(row[:-1])  # all but the rowid
                            rows += len(part)
            raw.commit()
        return time.perf_counter() - start, rows
    finally:
        central.dispose()
        db.dispose()


def measure_upload(source: Path, pg_url: str, row_by_row: bool = True) -> dict:
    """Upload the device database `source` (a `smartdesk.db`) to fresh central
    databases on the server at `pg_url` (a superuser): bulk, bare copy, and row by row
    unless `row_by_row` is False. Returns the numbers; leaves nothing behind."""
    tag = uuid.uuid4().hex[:8]
    login, login2 = f"b{tag}_up", f"b{tag}_up2"  # a login belongs to one database's group
    server = sa.create_engine(pg_url, isolation_level="AUTOCOMMIT")
    work = Path(tempfile.mkdtemp(prefix="bench-upload-"))
    result: dict = {"bench": "upload_before_connect"}
    databases = []
    try:
        url = fresh_central(server, pg_url, f"{tag}_bulk", login)
        databases.append(url)
        bulk_s, bulk = timed_upload(source, work / "bulk", url, login, upload)
        assert not bulk.not_uploaded and not bulk.cancelled, bulk.report()
        bare_s, bare_rows = bare_copy(source, work / "bare", url)
        with sa.create_engine(url).connect() as conn:
            log_entries = conn.scalar(sa.text("SELECT count(*) FROM sync_change_log"))
        result["bulk_upload"] = {
            "rows": bulk.uploaded,
            "change_log_entries": log_entries,
            "seconds": round(bulk_s, 2),
            "rows_per_s": round(bulk.uploaded / bulk_s),
            "budget_rows_per_s": ROWS_PER_S_BUDGET,
            "within_budget": bulk.uploaded / bulk_s >= ROWS_PER_S_BUDGET,
        }
        result["bare_copy"] = {
            "rows": bare_rows,
            "seconds": round(bare_s, 2),
            "rows_per_s": round(bare_rows / bare_s),
        }
        result["bulk_vs_bare"] = {
            "ratio": round(bulk_s / bare_s, 2),
            "budget_ratio": RATIO_BUDGET,
            "within_budget": bulk_s <= RATIO_BUDGET * bare_s,
        }
        if row_by_row:
            url2 = fresh_central(server, pg_url, f"{tag}_rows", login2)
            databases.append(url2)
            rows_s, rows = timed_upload(source, work / "rows", url2, login2, upload_row_by_row)
            result["row_by_row_upload"] = {
                "rows": rows.uploaded,
                "seconds": round(rows_s, 2),
                "rows_per_s": round(rows.uploaded / rows_s),
                "bulk_speed_up": round(rows_s / bulk_s, 1),
            }
    finally:
        with server.connect() as conn:
            for url in databases:
                name = sa.engine.make_url(url).database
                conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            for name in (login, login2):
                conn.execute(sa.text(f'DROP ROLE IF EXISTS "{name}"'))
            for url in databases:
                name = sa.engine.make_url(url).database
                conn.execute(sa.text(f'DROP ROLE IF EXISTS "{name}_users"'))
        server.dispose()
        shutil.rmtree(work, ignore_errors=True)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", default="office", choices=["office", "national"])
    parser.add_argument("--data-dir", type=Path, default=None)
    parser.add_argument(
        "--pg-url",
        default=os.environ.get(
            "SMARTDESK_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
        ),
    )
    parser.add_argument("--no-row-by-row", action="store_true", help="skip the old upload")
    args = parser.parse_args()
    data_dir = args.data_dir or (
        DEFAULT_DIR if args.scale == "national" else DEFAULT_DIR.with_name("smartdesk-bench-office")
    )
    source = ensure_scale(data_dir, args.scale) / "smartdesk.db"

    result = {"scale": args.scale}
    result.update(measure_upload(source, args.pg_url, row_by_row=not args.no_row_by_row))
    emit(result)


if __name__ == "__main__":
    main()
