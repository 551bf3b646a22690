"""Schema upgrades through Alembic, run automatically at start-up.

The same numbered migrations build the local SQLite file and, later, the central
PostgreSQL schema; each runs inside one transaction. Alembic itself is only imported
when there is something to upgrade: on an ordinary start the database is already at
head, and knowing that must not cost the start-up budget (DESIGN.md §5).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from sqlalchemy import Engine, inspect, text

MIGRATIONS = Path(__file__).with_name("migrations")
_REVISION = re.compile(r'^revision\s*=\s*["\']([^"\']+)["\']', re.MULTILINE)
_DOWN = re.compile(r'^down_revision\s*=\s*(?:["\']([^"\']+)["\']|None)', re.MULTILINE)


def alembic_config(engine: Engine):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
    config.attributes["engine"] = engine
    return config


def alembic_config_for_scripts():
    """A configuration that only reads the migration scripts (no database)."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


@cache
def known_revisions() -> frozenset[str]:
    """Every revision this program's migration files know."""
    found = set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        revision = _REVISION.search(path.read_text(encoding="utf-8"))
        if revision:
            found.add(revision.group(1))
    return frozenset(found)


@cache
def head_revision() -> str:
    """The newest revision, read from the migration files without loading Alembic.

    The files form one straight line (each names the one before it); the head is the
    revision no other file names as its predecessor. A test checks this against
    Alembic's own answer.
    """
    revisions, downs = set(), set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        found = _REVISION.search(source)
        if found:
            revisions.add(found.group(1))
            down = _DOWN.search(source)
            if down and down.group(1):
                downs.add(down.group(1))
    heads = revisions - downs
    if len(heads) != 1:
        raise RuntimeError(f"migrations must form one line; heads found: {sorted(heads)}")
    return heads.pop()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    command.upgrade(alembic_config(engine), revision)
