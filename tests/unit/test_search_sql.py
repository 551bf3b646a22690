"""SQL in one place: the services ask `app.db.search` for the rows matching a text and
never write SQL text or branch on the database's dialect themselves."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select

from app.db.engine import Database
from app.db.models import Client, Member, Quote
from app.db.search import clients_matching, fts_query, members_matching, quotes_matching

SERVICES = Path(__file__).resolve().parents[2] / "app" / "services"


def sql_of(db: Database, model, condition) -> str:
    query = select(model.id).where(condition)
    compiled = query.compile(dialect=db.engine.dialect, compile_kwargs={"literal_binds": True})
    return str(compiled).replace("%%", "%")  # psycopg's escaping of a literal %


@pytest.fixture
def device():
    return Database(create_engine("sqlite://"))


@pytest.fixture
def central():  # never connects: only its dialect is used to compile
    return Database(create_engine("postgresql+psycopg://nobody@127.0.0.1:1/none"))


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("jan", '"jan"*'),
        ("Jan  Peeters", '"Jan"* "Peeters"*'),
        ("l'atelier", '"l"* "atelier"*'),
        ("--", None),
        ("a b c d e f g h i j", '"a"* "b"* "c"* "d"* "e"* "f"* "g"* "h"*'),  # 8 words at most
    ],
)
def test_typed_words_become_an_fts5_query_where_every_word_is_a_prefix(typed, expected):
    assert fts_query(typed) == expected


def test_nothing_typed_restricts_nothing_and_only_punctuation_finds_nobody(device, central):
    for db in (device, central):
        assert members_matching(db, "  ") is None
        assert "false" in sql_of(db, Member, members_matching(db, "?!")).lower() or (
            "0 = 1" in sql_of(db, Member, members_matching(db, "?!"))
        )


def test_the_device_searches_members_through_its_full_text_indexes(device):
    sql = sql_of(device, Member, members_matching(device, "peet gent"))
    assert "member_fts MATCH" in sql and "member_activity_fts MATCH" in sql
    assert "LIKE" not in sql.upper()


def test_the_central_database_searches_members_by_word_prefixes(central):
    sql = sql_of(central, Member, members_matching(central, "peet gent"))
    assert "MATCH" not in sql
    assert "ILIKE 'peet%'" in sql and "ILIKE 'gent%'" in sql


def test_a_quote_is_found_by_its_number_or_its_client_or_activity(device, central):
    on_device = sql_of(device, Quote, quotes_matching(device, "studio"))
    assert "client_fts MATCH" in on_device and "activity_fts MATCH" in on_device
    assert "LIKE 'STUDIO%'" in on_device
    centrally = sql_of(central, Quote, quotes_matching(central, "studio"))
    assert "MATCH" not in centrally and "ILIKE '%studio%'" in centrally


def test_an_activitys_clients_are_filtered_on_the_device_only(device, central):
    assert "client_fts MATCH" in sql_of(device, Client, clients_matching(device, "lumi"))
    assert clients_matching(central, "lumi") is None
    assert clients_matching(device, "") is None


def test_no_service_writes_sql_text_or_asks_for_the_dialect():
    offenders = []
    for path in sorted(SERVICES.glob("**/*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module == "sqlalchemy":
                if any(alias.name == "text" for alias in node.names):
                    offenders.append(f"{path.name}:{node.lineno} imports text")
            if isinstance(node, ast.Call) and getattr(node.func, "attr", None) == "text":
                offenders.append(f"{path.name}:{node.lineno} sa.text(...)")
            if isinstance(node, ast.Attribute) and node.attr in ("is_sqlite", "dialect"):
                offenders.append(f"{path.name}:{node.lineno} .{node.attr}")
    assert offenders == []
