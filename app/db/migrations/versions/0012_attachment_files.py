"""Attachments travel (issue 14, point 5): their files, stored centrally by content hash.

PostgreSQL only (a device keeps its files in its data folder, DESIGN §4):
- `sync_files`: one row per file (sha256, size, number of chunks);
- `sync_file_chunks`: its bytes in chunks of at most 1 MiB (`bytea`), each with the
  sha256 of its own bytes, so that an upload or a download resumes at the first chunk
  missing and a damaged chunk is recognised on its own.

Why a bytea table and not large objects: a large object has no row-level security (its
rights are per object, for everyone or no one), so "a login reads a file only when it
may read a live attachment row naming that hash" would need a SECURITY DEFINER gateway
for every read. Chunked rows carry the same policies as every synced table, stream in
pages, resume by chunk number, and go with a plain `pg_dump` of the database.

Who may read or add a file (both tables, FORCE ROW LEVEL SECURITY): a login that may
read a live `attachments` row naming the hash, and for a medical certificate (owner
`accident_health`) also that health row, whose policy is narrower than its office's
(0008). The policies use the login's own row-level security on those tables (as the
"referenced" clauses of 0005 do), so nothing new is granted. Nobody but the schema's
owner updates or deletes a file: a chunk, once central, never changes.

Revision ID: 0012
Revises: 0011
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

OWNER = "(SELECT public.sync_is_owner())"
MAX_CHUNK_BYTES = 1_048_576


def readable(table: str) -> str:
    """A login may read the file named by `table`.sha256: a live attachment row it may
    read names it, and (a medical certificate) it may read the health row too."""
    return (
        "EXISTS (SELECT 1 FROM public.attachments a "
        f"WHERE a.sha256 = {table}.sha256 AND a.deleted_at IS NULL "
        "AND (a.owner_table <> 'accident_health' OR EXISTS ("
        "SELECT 1 FROM public.accident_health h WHERE h.id = a.owner_id)))"
    )


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.create_table(
        "sync_files",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("size", sa.BigInteger, nullable=False),
        sa.Column("chunks", sa.Integer, nullable=False),
        sa.Column("created_by", sa.Text, nullable=False, server_default=sa.text("session_user")),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            nullable=False,
            server_default=sa.text("now()"),
        ),
        sa.CheckConstraint("sha256 ~ '^[0-9a-f]{64}$'", name="ck_sync_files_sha256"),
        sa.CheckConstraint("size > 0", name="ck_sync_files_size"),
        sa.CheckConstraint("chunks > 0", name="ck_sync_files_chunks"),
    )
    op.create_table(
        "sync_file_chunks",
        sa.Column(
            "sha256",
            sa.String(64),
            sa.ForeignKey("sync_files.sha256", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("chunk", sa.Integer, primary_key=True),
        sa.Column("data", sa.LargeBinary, nullable=False),
        sa.Column("digest", sa.String(64), nullable=False),
        sa.CheckConstraint("chunk >= 0", name="ck_sync_file_chunks_chunk"),
        sa.CheckConstraint(
            f"octet_length(data) BETWEEN 1 AND {MAX_CHUNK_BYTES}",
            name="ck_sync_file_chunks_size",
        ),
        sa.CheckConstraint("digest ~ '^[0-9a-f]{64}$'", name="ck_sync_file_chunks_digest"),
    )
    execute = op.execute
    for table in ("sync_files", "sync_file_chunks"):
        execute(f"ALTER TABLE public.{table} ENABLE ROW LEVEL SECURITY")
        execute(f"""
            CREATE POLICY sync_read ON public.{table} FOR SELECT
            USING ({OWNER} OR {readable(table)})""")
        execute(f"""
            CREATE POLICY sync_insert ON public.{table} FOR INSERT
            WITH CHECK ({OWNER} OR {readable(table)})""")
        execute(f"""
            CREATE POLICY sync_owner ON public.{table} FOR ALL
            USING ({OWNER}) WITH CHECK ({OWNER})""")
        execute(f"ALTER TABLE public.{table} FORCE ROW LEVEL SECURITY")
        execute(f"REVOKE ALL ON public.{table} FROM PUBLIC")
    # Logins get SELECT and INSERT through the users group (`central init`, `_grant`).


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.drop_table("sync_file_chunks")
    op.drop_table("sync_files")
