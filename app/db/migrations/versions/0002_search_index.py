"""Full-text search over members, activities and clients (SQLite FTS5).

Each index is an FTS5 table kept by triggers; rows are found by their UUID (an
UNINDEXED column), never by SQLite's rowid, which VACUUM may renumber. Accents are
folded (`remove_diacritics 2`) so "Géraldine" is found by typing "geraldine".
On PostgreSQL (the central database) nothing is created: search runs on the devices.

Revision ID: 0002
Revises: 0001
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

TOKENIZER = "unicode61 remove_diacritics 2"

# table -> (fts table, id column in fts, SQL expression that builds the searchable text)
INDEXES = {
    "members": (
        "member_fts",
        "member_id",
        "coalesce({r}.first_name,'') || ' ' || coalesce({r}.last_name,'') || ' ' || "
        "coalesce({r}.email,'') || ' ' || coalesce({r}.city,'') || ' ' || "
        "coalesce({r}.postcode,'') || ' ' || {r}.member_number || ' ' || coalesce({r}.insz,'')",
    ),
    "activities": (
        "activity_fts",
        "activity_id",
        "coalesce({r}.name,'') || ' ' || coalesce({r}.description,'') || ' ' || "
        "coalesce({r}.sector,'')",
    ),
    "clients": (
        "client_fts",
        "client_id",
        "coalesce({r}.name,'') || ' ' || coalesce({r}.vat_number,'') || ' ' || "
        "coalesce({r}.city,'') || ' ' || coalesce({r}.country,'')",
    ),
}


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table, (fts, key, body) in INDEXES.items():
        op.execute(
            f"CREATE VIRTUAL TABLE {fts} USING fts5({key} UNINDEXED, body, "
            f"tokenize='{TOKENIZER}')"
        )
        new_body = body.format(r="NEW")
        op.execute(
            f"CREATE TRIGGER {fts}_ai AFTER INSERT ON {table} BEGIN "
            f"INSERT INTO {fts}({key}, body) VALUES (NEW.id, {new_body}); END"
        )
        op.execute(
            f"CREATE TRIGGER {fts}_au AFTER UPDATE ON {table} BEGIN "
            f"DELETE FROM {fts} WHERE {key} = OLD.id; "
            f"INSERT INTO {fts}({key}, body) VALUES (NEW.id, {new_body}); END"
        )
        op.execute(
            f"CREATE TRIGGER {fts}_ad AFTER DELETE ON {table} BEGIN "
            f"DELETE FROM {fts} WHERE {key} = OLD.id; END"
        )
        op.execute(f"INSERT INTO {fts}({key}, body) SELECT id, {body.format(r=table)} FROM {table}")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for _table, (fts, _key, _body) in INDEXES.items():
        for suffix in ("ai", "au", "ad"):
            op.execute(f"DROP TRIGGER IF EXISTS {fts}_{suffix}")
        op.execute(f"DROP TABLE IF EXISTS {fts}")
