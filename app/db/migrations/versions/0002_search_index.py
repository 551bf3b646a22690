"""Search as you type: full-text indexes over members, activities and clients (SQLite
FTS5) and covering indexes for the lists' default order.

Each FTS5 table indexes the searched columns of its table as "external content": it
stores only the index and points back to the row by SQLite's rowid, so a search reads
no document text, and triggers keep it current without scanning (the documented FTS5
pattern). Accents are folded (`remove_diacritics 2`): "geraldine" finds "Géraldine".
Prefix indexes make the first keystrokes cheap.

A VACUUM may renumber the rowids of these tables (their key is a UUID); whoever runs
one must follow it with `INSERT INTO <fts>(<fts>) VALUES('rebuild')` for each index.
On PostgreSQL (the central database) only the plain indexes are created: search runs
on the devices.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

TOKENIZER = "unicode61 remove_diacritics 2"
PREFIXES = "1 2 3"

# table -> (fts table, searched columns)
INDEXES = {
    "members": (
        "member_fts",
        ("first_name", "last_name", "email", "city", "postcode", "member_number", "insz"),
    ),
    "activities": ("activity_fts", ("name", "description")),
    "clients": ("client_fts", ("name", "vat_number", "city", "country")),
}

# the lists' default orders, covered (no table lookups) for the live rows
LIST_INDEXES = {
    "ix_members_live_name": ("members", ["last_name", "first_name", "id"]),
    "ix_members_live_office_name": ("members", ["office_id", "last_name", "first_name", "id"]),
}


def upgrade() -> None:
    # the covering indexes below replace these two of 0001
    op.drop_index("ix_members_office_name", table_name="members")
    op.drop_index("ix_members_name", table_name="members")
    for name, (table, columns) in LIST_INDEXES.items():
        op.create_index(
            name,
            table,
            columns,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
    if op.get_bind().dialect.name != "sqlite":
        return
    for table, (fts, columns) in INDEXES.items():
        names = ", ".join(columns)
        new = ", ".join(f"NEW.{c}" for c in columns)
        old = ", ".join(f"OLD.{c}" for c in columns)
        op.execute(
            f"CREATE VIRTUAL TABLE {fts} USING fts5({names}, content='{table}', "
            f"content_rowid='rowid', tokenize='{TOKENIZER}', prefix='{PREFIXES}')"
        )
        op.execute(
            f"CREATE TRIGGER {fts}_ai AFTER INSERT ON {table} BEGIN "
            f"INSERT INTO {fts}(rowid, {names}) VALUES (NEW.rowid, {new}); END"
        )
        op.execute(
            f"CREATE TRIGGER {fts}_ad AFTER DELETE ON {table} BEGIN "
            f"INSERT INTO {fts}({fts}, rowid, {names}) VALUES ('delete', OLD.rowid, {old}); END"
        )
        # only when a searched column changes: sync raises row_version on every row it
        # confirms, and that must not touch the index
        op.execute(
            f"CREATE TRIGGER {fts}_au AFTER UPDATE OF {names} ON {table} BEGIN "
            f"INSERT INTO {fts}({fts}, rowid, {names}) VALUES ('delete', OLD.rowid, {old}); "
            f"INSERT INTO {fts}(rowid, {names}) VALUES (NEW.rowid, {new}); END"
        )
        op.execute(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")

    _member_activity_index()


# A member is also found by the name or description of their Activities. Joining
# activities -> activity_members -> members on every keystroke costs tens of
# milliseconds for a short prefix, so each member has one more document, keyed by the
# member's rowid, holding the text of their Activities, kept current by triggers.
_MEMBER_ACTIVITY_DOC = (
    "SELECT m.rowid, group_concat(a.name || ' ' || a.description, ' ') "
    "FROM members m JOIN activity_members am ON am.member_id = m.id "
    "AND am.deleted_at IS NULL JOIN activities a ON a.id = am.activity_id "
    "WHERE {where} GROUP BY m.rowid"
)


def _refresh(where: str) -> str:
    """SQL that rewrites the activity documents of the members selected by `where`."""
    return (
        "DELETE FROM member_activity_fts WHERE rowid IN "
        f"(SELECT m.rowid FROM members m WHERE {where}); "
        f"INSERT INTO member_activity_fts(rowid, activities) "
        f"{_MEMBER_ACTIVITY_DOC.format(where=where)}; "
    )


def _member_activity_index() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE member_activity_fts USING fts5(activities, "
        f"tokenize='{TOKENIZER}', prefix='{PREFIXES}')"
    )
    for event, row in (("INSERT", "NEW"), ("DELETE", "OLD")):
        op.execute(
            f"CREATE TRIGGER member_activity_fts_link_{event.lower()} AFTER {event} ON "
            f"activity_members BEGIN {_refresh(f'm.id = {row}.member_id')} END"
        )
    op.execute(
        "CREATE TRIGGER member_activity_fts_link_update AFTER UPDATE OF member_id, "
        "activity_id, deleted_at ON activity_members BEGIN "
        f"{_refresh('m.id IN (OLD.member_id, NEW.member_id)')} END"
    )
    op.execute(
        "CREATE TRIGGER member_activity_fts_activity_update AFTER UPDATE OF name, "
        "description ON activities BEGIN "
        + _refresh("m.id IN (SELECT member_id FROM activity_members WHERE activity_id = NEW.id)")
        + " END"
    )
    op.execute(
        "INSERT INTO member_activity_fts(rowid, activities) "
        + _MEMBER_ACTIVITY_DOC.format(where="1")
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("link_insert", "link_delete", "link_update", "activity_update"):
            op.execute(f"DROP TRIGGER IF EXISTS member_activity_fts_{name}")
        op.execute("DROP TABLE IF EXISTS member_activity_fts")
        for _table, (fts, _columns) in INDEXES.items():
            for suffix in ("ai", "au", "ad"):
                op.execute(f"DROP TRIGGER IF EXISTS {fts}_{suffix}")
            op.execute(f"DROP TABLE IF EXISTS {fts}")
    for name, (table, _columns) in LIST_INDEXES.items():
        op.drop_index(name, table_name=table)
    op.create_index("ix_members_name", "members", ["last_name", "first_name"])
    op.create_index("ix_members_office_name", "members", ["office_id", "last_name", "first_name"])
