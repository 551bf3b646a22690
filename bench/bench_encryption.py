"""What encryption at rest costs at national scale, beyond what bench_window and
bench_search measure (start-up, search, lists and memory already run on the encrypted
database):

- the one-time conversion of a clear national database (every device's first start
  after the update), against the size of the file;
- opening the database: key from the keyring (raw key, no derivation) and from a
  passphrase (scrypt once per process);
- reading every member row and an FTS prefix search, cold (new engine each time);
- member search as you type (bench_search's keystrokes) on the clear and the encrypted
  database, interleaved keystroke by keystroke so that both see the same machine load.

    python -m bench.bench_encryption [--data-dir DIR]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from pathlib import Path

import sqlalchemy as sa

from app.config import Paths
from app.db import encryption
from app.db.engine import Database, make_engine, sqlite_url
from app.db.local import open_local
from app.services.context import ServiceContext
from app.services.members.members import member_rows, search_members
from app.services.users import user_by_login
from bench.bench_search import PAGE, TYPED, keystrokes
from bench.common import DEFAULT_DIR, emit, ensure_national, summary


def clear_copy(source: Path, target: Path) -> None:
    """A clear (unencrypted) copy of the national database: what a device holds before
    the update."""
    conn = encryption.connect(source, encryption.existing_key(source), isolation_level=None)
    conn.execute("ATTACH DATABASE ? AS clear KEY ''", (str(target),))
    conn.execute("SELECT sqlcipher_export('clear')")
    conn.execute("DETACH DATABASE clear")
    conn.close()


def timed(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def cold_reads(path: Path, runs: int = 5) -> dict[str, float]:
    def read_all() -> None:
        engine = make_engine(sqlite_url(path))
        with engine.connect() as conn:
            conn.execute(sa.text("SELECT * FROM members")).fetchall()
            conn.execute(
                sa.text("SELECT rowid FROM member_fts WHERE member_fts MATCH 'pee*' LIMIT 50")
            ).fetchall()
        engine.dispose()

    times = [timed(read_all) * 1000 for _ in range(runs)]
    return {"median_ms": round(statistics.median(times), 1), "max_ms": round(max(times), 1)}


def paired_search(clear: Path, encrypted: Path, login: str = "admin") -> dict:
    """Each keystroke on the clear database, then on the encrypted one."""
    databases = {
        "clear": Database(make_engine(sqlite_url(clear))),
        "encrypted": open_local(Paths.in_folder(encrypted.parent)),
    }
    contexts = {
        name: ServiceContext(db, user_by_login(db, login)) for name, db in databases.items()
    }
    timings: dict[str, list[float]] = {name: [] for name in databases}
    for _round in range(2):  # the first round warms both page caches alike
        for name in timings:
            timings[name].clear()
        for word in TYPED:
            for typed in keystrokes(word):
                for name, ctx in contexts.items():
                    start = time.perf_counter()
                    member_rows(ctx, search_members(ctx, typed)[:PAGE])
                    timings[name].append((time.perf_counter() - start) * 1000)
    for db in databases.values():
        db.dispose()
    result = {name: summary(values) for name, values in timings.items()}
    result["encrypted_over_clear_p50"] = round(
        result["encrypted"]["p50_ms"] / result["clear"]["p50_ms"], 2
    )
    result["encrypted_over_clear_p95"] = round(
        result["encrypted"]["p95_ms"] / result["clear"]["p95_ms"], 2
    )
    return result


def run(data_dir: Path) -> dict:
    source = ensure_national(data_dir) / "smartdesk.db"
    open_local(Paths.in_folder(source.parent)).dispose()  # converts a clear bench database
    result: dict = {"name": "encryption_at_rest", "database_mb": source.stat().st_size >> 20}
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work) / "clear"
        folder.mkdir()
        clear_copy(source, folder / "smartdesk.db")
        result["search_as_you_type_admin"] = paired_search(folder / "smartdesk.db", source)
        result["clear_reads_all_members"] = cold_reads(folder / "smartdesk.db")
        result["conversion_s"] = round(timed(lambda: open_local(Paths.in_folder(folder))), 2)
        result["encrypted_reads_all_members"] = cold_reads(folder / "smartdesk.db")

        encryption._opened.clear()  # as a new process: the key comes from the keyring
        result["open_with_keyring_key_ms"] = round(
            timed(lambda: encryption.existing_key(folder / "smartdesk.db")) * 1000, 1
        )
        passphrase_dir = Path(work) / "passphrase"
        passphrase_dir.mkdir()
        shutil.copy(folder / "smartdesk.db", passphrase_dir / "smartdesk.db")
        key = encryption.existing_key(passphrase_dir / "smartdesk.db")
        encryption.rekey(passphrase_dir / "smartdesk.db", key, "a long bench passphrase")
        encryption._opened.clear()
        encryption._derived.clear()
        result["open_with_passphrase_ms"] = round(
            timed(
                lambda: encryption.existing_key(
                    passphrase_dir / "smartdesk.db", "a long bench passphrase"
                )
            )
            * 1000,
            1,
        )
    return result


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", type=Path, default=DEFAULT_DIR)
    emit(run(parser.parse_args().data_dir))
