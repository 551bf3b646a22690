"""The schema is built and upgraded by Alembic migrations, on SQLite and on PostgreSQL."""

from __future__ import annotations

import os
import shutil
import uuid
from pathlib import Path

import pytest
import sqlalchemy as sa

from app.config import Paths
from app.db.engine import make_engine
from app.db.local import open_local
from app.db.migrate import current_revision, head_revision, upgrade
from app.db.models import Base

DATA = Path(__file__).parent.parent / "data"


def test_first_start_creates_the_database_at_the_newest_schema(tmp_path):
    paths = Paths.in_folder(tmp_path / "fresh")
    db = open_local(paths)
    try:
        assert paths.database.exists()
        assert current_revision(db.engine) == head_revision()
        tables = set(sa.inspect(db.engine).get_table_names())
        assert set(Base.metadata.tables) <= tables
        assert {"member_fts", "activity_fts", "client_fts"} <= tables
        with db.engine.connect() as conn:
            assert conn.execute(sa.text("PRAGMA journal_mode")).scalar() == "wal"
            assert conn.execute(sa.text("PRAGMA foreign_keys")).scalar() == 1
            offices = conn.execute(sa.text("SELECT code FROM offices")).scalars().all()
        assert sorted(offices) == sorted(
            ["ANT", "GNT", "BXL", "LGE", "LLN", "NAM", "MON", "TOU", "CRL"]
        )
    finally:
        db.dispose()


def test_a_database_saved_by_schema_0001_upgrades_and_keeps_its_rows(tmp_path):
    folder = tmp_path / "old"
    folder.mkdir()
    shutil.copy(DATA / "schema_0001.db", folder / "smartdesk.db")
    db = open_local(Paths.in_folder(folder))
    try:
        assert current_revision(db.engine) == head_revision()
        with db.engine.connect() as conn:
            name = conn.execute(sa.text("SELECT last_name FROM members")).scalar_one()
            # 0002 indexes the rows that were already there.
            found = conn.execute(
                sa.text("SELECT count(*) FROM member_fts WHERE member_fts MATCH 'vermeu*'")
            ).scalar_one()
        assert name == "Vermeulen"
        assert found == 1
    finally:
        db.dispose()


def test_the_models_match_what_the_migrations_build(tmp_path):
    """A model change without its migration would fail here, not on an adviser's desk."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    db = open_local(Paths.in_folder(tmp_path / "cmp"))
    try:
        with db.engine.connect() as conn:
            context = MigrationContext.configure(
                conn,
                opts={
                    # the FTS5 tables of 0002 are SQLite's own, not models
                    "include_name": lambda name, kind, _parent: (
                        not (kind == "table" and "_fts" in (name or ""))
                    )
                },
            )
            diff = compare_metadata(context, Base.metadata)
        assert diff == []
    finally:
        db.dispose()


def _pg_url() -> str:
    return os.environ.get(
        "SMARTDESK_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
    )


@pytest.fixture
def fresh_pg_database():
    admin_url = _pg_url()
    try:
        admin = sa.create_engine(admin_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(sa.text("SELECT 1"))
    except Exception as exc:  # noqa: BLE001 - any failure to reach the server
        if os.environ.get("SMARTDESK_REQUIRE_PG") == "1":
            pytest.fail(f"PostgreSQL required but not reachable at {admin_url}: {exc}")
        pytest.skip(f"no PostgreSQL server at {admin_url}: {exc}")
    name = f"smartdesk_test_{uuid.uuid4().hex[:10]}"
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    url = sa.engine.make_url(admin_url).set(database=name)
    yield url.render_as_string(hide_password=False)
    with admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def test_the_same_migrations_build_the_central_postgresql_schema(fresh_pg_database):
    engine = make_engine(fresh_pg_database)
    try:
        upgrade(engine)
        assert current_revision(engine) == head_revision()
        tables = set(sa.inspect(engine).get_table_names())
        assert set(Base.metadata.tables) <= tables
        with engine.connect() as conn:
            assert conn.execute(sa.text("SELECT count(*) FROM offices")).scalar() == 9
            kind = conn.execute(
                sa.text(
                    "SELECT data_type FROM information_schema.columns "
                    "WHERE table_name='members' AND column_name='id'"
                )
            ).scalar()
        assert kind == "uuid"
    finally:
        engine.dispose()


def test_the_quick_head_lookup_agrees_with_alembic():
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from app.db.migrate import MIGRATIONS

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    assert head_revision() == ScriptDirectory.from_config(config).get_current_head()
