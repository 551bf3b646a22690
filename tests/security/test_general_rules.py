"""Rules that hold for every object, not one attack at a time: SECURITY DEFINER functions
with a fixed search_path, row-level security enabled and forced everywhere, no CREATE or
TEMP for a login, and the README's "who sees and writes what" table, cell by cell, as
each role experiences it (issue 7)."""

from __future__ import annotations

import importlib
import re
import uuid
from pathlib import Path

import pytest
import sqlalchemy as sa

from app.sync.tables import TABLES
from tests.security.conftest import affected, connect_as

README = Path(__file__).resolve().parents[2] / "README.md"
MIGRATION = importlib.import_module("app.db.migrations.versions.0005_central_security")
# the adviser works in Brussels, where the demo data has health rows of other filers
LOGINS = {"admin": "adm", "adviser": "bxl1", "teamadmin": "team", "loan_reviewer": "rev"}
SCOPES = {
    "all offices": "all",
    "their office's rows": "office",
    "the rows those name": "referenced",
    "their office's, the administrators and those their rows name": "office+referenced",
    # accident_health (issue #10): the office's rule, narrowed by its own policy to the
    # rows the user filed (`declared_by`)
    "their office's rows they filed": "office",
}
FILED_ONLY = "their office's rows they filed"


def test_every_security_definer_function_the_users_group_may_call_has_a_safe_search_path(
    secured,
):
    functions = (
        secured.engine.connect()
        .execute(
            sa.text(
                "SELECT p.oid::regprocedure::text, p.proconfig FROM pg_proc p "
                "WHERE p.prosecdef AND has_function_privilege(:g, p.oid, 'EXECUTE')"
            ),
            {"g": secured.run.group},
        )
        .all()
    )
    assert functions  # ours are there
    for name, config in functions:
        paths = [c for c in config or () if c.startswith("search_path=")]
        assert paths, f"{name} has no fixed search_path"
        assert paths[0].replace(" ", "").split("=")[1].split(",")[-1] == "pg_temp", name


def test_no_function_of_ours_is_executable_by_public(secured):
    open_to_all = (
        secured.engine.connect()
        .execute(
            sa.text(
                "SELECT p.oid::regprocedure::text FROM pg_proc p "
                "WHERE p.pronamespace = 'public'::regnamespace AND p.proname LIKE 'sync%' "
                "AND (p.proacl IS NULL OR EXISTS (SELECT 1 FROM aclexplode(p.proacl) a "
                "WHERE a.grantee = 0 AND a.privilege_type = 'EXECUTE'))"
            )
        )
        .scalars()
        .all()
    )
    assert open_to_all == []


def test_every_synced_table_has_row_level_security_enabled_and_forced(secured):
    tables = [*TABLES, "sync_change_log", "sync_applied", "devices"]
    rows = dict(
        secured.engine.connect()
        .execute(
            sa.text(
                "SELECT relname, relrowsecurity AND relforcerowsecurity FROM pg_class "
                "WHERE relnamespace = 'public'::regnamespace AND relname = ANY(:t)"
            ),
            {"t": tables},
        )
        .all()
    )
    assert rows == {t: True for t in tables}


@pytest.mark.parametrize("short", ["gnt1", "team", "rev", "adm"])
def test_no_login_may_create_objects_or_temporary_tables(secured, short):
    with secured.engine.connect() as conn:
        for schema in conn.execute(
            sa.text(
                "SELECT DISTINCT n.nspname FROM pg_class c JOIN pg_namespace n "
                "ON n.oid = c.relnamespace WHERE c.relname IN ('members', 'sync_change_log')"
            )
        ).scalars():
            assert not conn.scalar(
                sa.text("SELECT has_schema_privilege(:r, :s, 'CREATE')"),
                {"r": secured.login(short), "s": schema},
            )
        assert not conn.scalar(
            sa.text("SELECT has_database_privilege(:r, current_database(), 'TEMP')"),
            {"r": secured.login(short)},
        )


def readme_table() -> dict[str, dict[str, dict[str, str]]]:
    """role -> {"reads"/"writes": {table: scope}} from the README's table."""
    text = README.read_text(encoding="utf-8")
    start = text.index("Who sees and writes what")
    out = {}
    lines = text[start:].splitlines()
    first = next(n for n, line in enumerate(lines) if line.startswith("| role"))
    for line in lines[first + 2 :]:
        if not line.startswith("| "):
            break
        role, reads, writes = (cell.strip() for cell in line.strip("|").split("|"))
        out[role] = {"reads": parse_cell(reads), "writes": parse_cell(writes)}
    return out


def filed_only(role: str) -> set[str]:
    """The tables the README says this role reads only where it filed the rows."""
    text = README.read_text(encoding="utf-8")
    line = next(x for x in text.splitlines() if x.startswith(f"| {role} |"))
    reads = line.strip("|").split("|")[1].strip()
    return {
        table
        for clause in reads.split("; ")
        if clause.endswith(": " + FILED_ONLY)
        for table in re.findall(r"`(\w+)`", clause.rpartition(": ")[0])
    }


def parse_cell(cell: str) -> dict[str, str]:
    found = {}
    for clause in cell.split("; "):
        subject, _, scope = clause.rpartition(": ")
        kind = SCOPES[scope]
        if subject.startswith("every table"):
            excluded = set(re.findall(r"`(\w+)`", subject))
            tables = [t for t in TABLES if t not in excluded]
        else:
            tables = re.findall(r"`(\w+)`", subject)
        for table in tables:
            found[table] = kind
    return found


def test_the_readme_table_is_the_role_rules_word_for_word(secured):
    table = readme_table()
    assert set(table) == set(LOGINS)
    rules = (
        secured.engine.connect()
        .execute(sa.text("SELECT role, entity, reads, writes, scope FROM sync_role_rules"))
        .all()
    )
    reads = {(r.role, r.entity): r.scope for r in rules if r.reads}
    writes = {(r.role, r.entity): r.scope for r in rules if r.writes}
    assert reads == {(role, t): s for role, c in table.items() for t, s in c["reads"].items()}
    assert writes == {(role, t): s for role, c in table.items() for t, s in c["writes"].items()}


def visible_as_documented(
    conn, role_cells: dict[str, str], office: str, filer: tuple[set[str], str] = (set(), "")
) -> dict[str, set]:
    """The ids each table should show, computed as postgres from the README's words."""
    rows = {t: [dict(r) for r in conn.execute(sa.select(TABLES[t])).mappings()] for t in TABLES}
    visible: dict[str, set] = {}

    def of(table: str) -> set:
        if table in visible:
            return visible[table]
        scope = role_cells.get(table)
        ids = set()
        if scope == "all":
            ids = {r["id"] for r in rows[table]}
        if scope in ("office", "office+referenced"):
            ids |= {r["id"] for r in rows[table] if str(r["office_id"]) == office}
        if table in filer[0]:
            ids = {
                r["id"] for r in rows[table] if r["id"] in ids and str(r["declared_by"]) == filer[1]
            }
        if scope in ("referenced", "office+referenced"):
            if table == "users":  # MIGRATION.ALSO_VISIBLE, in the README's words
                ids |= {r["id"] for r in rows[table] if r["role"] == "admin"}
            for entity, column, source, source_column in MIGRATION.REFERENCES:
                if entity != table or source not in role_cells:
                    continue
                seen = of(source)
                named = {r[source_column] for r in rows[source] if r["id"] in seen}
                if column == "owner_id":
                    ids |= {
                        r["id"]
                        for r in rows[table]
                        if r["owner_table"] == source and r["owner_id"] in named
                    }
                else:
                    ids |= {r["id"] for r in rows[table] if r["id"] in named}
        visible[table] = ids
        return ids

    for table in TABLES:
        of(table)
    # a medical certificate's attachment row follows its health row (0017): read by
    # whoever reads that row, whatever the attachment rule says
    health = visible["accident_health"]
    visible["attachments"] = {
        r["id"]
        for r in rows["attachments"]
        if (r["owner_id"] in health if is_certificate(r) else r["id"] in visible["attachments"])
    }
    return visible


def is_certificate(row: dict) -> bool:
    return row["owner_table"] == "accident_health"


def add_certificates(secured, filer: str) -> None:
    """A certificate's attachment row on every health row, one of them filed by `filer`
    (so each role's cell has certificates it may and may not read)."""
    secured.execute(
        "UPDATE accident_health SET declared_by = (SELECT id FROM users WHERE login = :l) "
        "WHERE id = (SELECT h.id FROM accident_health h JOIN users u ON u.login = :l "
        "WHERE h.office_id = u.office_id ORDER BY h.id LIMIT 1)",
        l=filer,
    )
    secured.execute(
        "INSERT INTO attachments (id, sha256, filename, mime_type, size, owner_table, "
        "owner_id, office_id, row_version, created_at, updated_at) "
        "SELECT gen_random_uuid(), md5(h.id::text) || md5(h.office_id::text), "
        "'certificate.pdf', 'application/pdf', 10, 'accident_health', h.id, h.office_id, 0, "
        "now(), now() FROM accident_health h"
    )


@pytest.mark.parametrize("role", list(LOGINS))
def test_each_role_reads_and_writes_exactly_what_the_readme_table_says(secured, role):
    cells = readme_table()[role]
    short = LOGINS[role]
    add_certificates(secured, secured.login(LOGINS["adviser"]))
    assert (
        secured.scalar(
            "SELECT count(DISTINCT h.declared_by) FROM attachments a "
            "JOIN accident_health h ON h.id = a.owner_id JOIN users u ON u.login = :l "
            "WHERE h.office_id = u.office_id",
            l=secured.login(LOGINS["adviser"]),
        )
        >= 2
    )  # the adviser's office has certificates of theirs and of a colleague
    office = str(
        secured.scalar("SELECT office_id FROM users WHERE login = :l", l=secured.login(short))
    )
    user_id = str(secured.scalar("SELECT id FROM users WHERE login = :l", l=secured.login(short)))
    with secured.engine.connect() as conn:
        expected = visible_as_documented(conn, cells["reads"], office, (filed_only(role), user_id))
        certificates = {
            str(i): str(o)
            for i, o in conn.execute(
                sa.text(
                    "SELECT a.id, h.office_id FROM attachments a "
                    "JOIN accident_health h ON h.id = a.owner_id "
                    "WHERE a.owner_table = 'accident_health'"
                )
            ).all()
        }
    health_scope = cells["writes"].get("accident_health")
    with connect_as(secured, short) as conn:
        for table in TABLES:
            seen = {r[0] for r in conn.execute(f"SELECT id FROM {table}").fetchall()}
            assert {uuid.UUID(str(i)) for i in seen} == {
                uuid.UUID(str(i)) for i in expected[table]
            }, (role, table)
            scope = cells["writes"].get(table)
            touch = f"UPDATE {table} SET updated_at = updated_at WHERE id = %s"
            # a certificate first: it is written as its health row is (0017)
            for row_id in sorted(expected[table], key=lambda i: str(i) not in certificates)[:3]:
                row_office = conn.execute(
                    f"SELECT office_id::text FROM {table} WHERE id = %s", [row_id]
                ).fetchone()[0]
                may = scope == "all" or (scope == "office" and row_office == office)
                if table == "attachments" and str(row_id) in certificates:
                    may = health_scope == "all" or (
                        health_scope == "office" and certificates[str(row_id)] == office
                    )
                if table == "loan_applications" and may:
                    mine = conn.execute(
                        "SELECT prepared_by = public.sync_my_user_id() FROM loan_applications "
                        "WHERE id = %s",
                        [row_id],
                    ).fetchone()[0]
                    may = not (mine and role == "loan_reviewer")
                assert (affected(conn, touch, [row_id]) == 1) == may, (role, table, row_id)
            if scope is None:
                changed = affected(conn, f"UPDATE {table} SET updated_at = updated_at")
                writable = 0
                if table == "attachments":  # the certificates whose health row it writes
                    writable = sum(
                        1
                        for i in expected[table]
                        if str(i) in certificates
                        and (
                            health_scope == "all"
                            or (health_scope == "office" and certificates[str(i)] == office)
                        )
                    )
                assert changed in ((-1, 0) if not writable else (writable,)), (role, table)
        conn.rollback()
