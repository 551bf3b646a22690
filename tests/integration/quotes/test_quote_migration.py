"""Migration 0010 carries stored unit prices over exactly (whole cents -> exact decimal
text, EN 16931 BT-146), on SQLite and on PostgreSQL."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

import sqlalchemy as sa

from app.db.engine import make_engine
from app.db.migrate import upgrade
from tests.integration.test_migrations import _pg_url, fresh_pg_database  # noqa: F401

CENTS = [0, 5, 100, 1234, 123456789]
EXPECTED = [Decimal("0.00"), Decimal("0.05"), Decimal("1.00"), Decimal("12.34")]
EXPECTED.append(Decimal("1234567.89"))


def _filler(column: sa.Column):
    kind = column.type
    if isinstance(kind, sa.Boolean):
        return False
    if isinstance(kind, sa.Integer):
        return 1
    if isinstance(kind, sa.Date):
        return date(2026, 1, 1)
    if isinstance(kind, sa.DateTime):
        return sa.func.now()
    if isinstance(kind, sa.JSON):
        return {}
    if "UUID" in type(kind).__name__.upper() or column.name.endswith("id"):
        return str(uuid.uuid4())
    return "x"


def _lines_at_0005(engine) -> None:
    upgrade(engine, "0005")
    table = sa.Table("quote_lines", sa.MetaData(), autoload_with=engine)
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            conn.execute(sa.text("SET session_replication_role = replica"))  # no FK checks
        else:
            conn.execute(sa.text("PRAGMA foreign_keys = OFF"))
        for position, cents in enumerate(CENTS):
            row = {
                c.name: _filler(c)
                for c in table.columns
                if not c.nullable and c.server_default is None
            }
            row.update(position=position, unit_price=cents)
            conn.execute(table.insert().values(**row))


def _prices(engine) -> list[Decimal]:
    with engine.connect() as conn:
        texts = conn.execute(
            sa.text("SELECT unit_price FROM quote_lines ORDER BY position")
        ).scalars()
        return [Decimal(text) for text in texts]


def test_sqlite_unit_prices_become_exact_decimals(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'old.db'}")
    try:
        _lines_at_0005(engine)
        upgrade(engine)
        assert _prices(engine) == EXPECTED
        columns = {c["name"] for c in sa.inspect(engine).get_columns("quote_lines")}
        assert {"supply_date", "unit_price"} <= columns and "unit_price_exact" not in columns
    finally:
        engine.dispose()


def test_postgresql_unit_prices_become_exact_decimals(fresh_pg_database):  # noqa: F811
    engine = make_engine(fresh_pg_database)
    try:
        _lines_at_0005(engine)
        upgrade(engine)
        assert _prices(engine) == EXPECTED
        assert [str(p) for p in _prices(engine)] == [f"{p}" for p in EXPECTED]
    finally:
        engine.dispose()
