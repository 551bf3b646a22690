"""The TeamAdmin queue (issue 11): a certificate request keeps the inputs its kind asks
for, the facts of the member's file its document needs (frozen when asked), who asked, the question and the answer, the stamped history of its moves, the
document produced or the reference recorded; the queue's orders get covering indexes
over the live rows (50,000 requests a year and more).

`certificate_requests` already syncs with row-level security (0004, 0005): TeamAdmin
reads and writes every office's requests, and reads only the members they name. New
columns inherit the table's policies and grants; the columns that name a user or a file
(`requested_by`, `document_id`) carry no foreign key, so that a device never needs a row
it may not read (the adviser's name is kept beside the id).

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

UUID = sa.Uuid(as_uuid=False)
LIVE = sa.text("deleted_at IS NULL")
QUEUE_INDEXES = {
    "ix_certificate_requests_live_due": ["due_on", "id"],
    "ix_certificate_requests_live_state_due": ["state", "due_on", "id"],
    "ix_certificate_requests_live_kind_due": ["kind", "due_on", "id"],
    "ix_certificate_requests_live_office_due": ["office_id", "due_on", "id"],
    "ix_certificate_requests_live_handler_due": ["handled_by", "due_on", "id"],
}
# the queue as it opens: the open requests only (a year holds mostly done ones)
OPEN = sa.text("deleted_at IS NULL AND state <> 'done'")


def upgrade() -> None:
    with op.batch_alter_table("certificate_requests") as batch:
        # "waiting_for_info" is longer than the 12 characters of 0001
        batch.alter_column(
            "state", type_=sa.String(20), existing_type=sa.String(12), existing_nullable=False
        )
        batch.add_column(sa.Column("inputs", sa.JSON(), nullable=True))
        batch.add_column(sa.Column("facts", sa.JSON(), nullable=True))
        batch.add_column(sa.Column("requested_by", UUID, nullable=True))
        batch.add_column(
            sa.Column("requested_by_name", sa.String(120), nullable=False, server_default="")
        )
        batch.add_column(sa.Column("question", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("answer", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("history", sa.JSON(), nullable=True))
        batch.add_column(sa.Column("document_id", UUID, nullable=True))
        batch.add_column(
            sa.Column("external_reference", sa.String(80), nullable=False, server_default="")
        )
        batch.add_column(sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True))
    for name, columns in QUEUE_INDEXES.items():
        op.create_index(
            name, "certificate_requests", columns, sqlite_where=LIVE, postgresql_where=LIVE
        )
    op.create_index(
        "ix_certificate_requests_open_due",
        "certificate_requests",
        ["due_on", "id"],
        sqlite_where=OPEN,
        postgresql_where=OPEN,
    )


def downgrade() -> None:
    op.drop_index("ix_certificate_requests_open_due", table_name="certificate_requests")
    for name in QUEUE_INDEXES:
        op.drop_index(name, table_name="certificate_requests")
    with op.batch_alter_table("certificate_requests") as batch:
        for column in (
            "closed_at",
            "external_reference",
            "document_id",
            "history",
            "answer",
            "question",
            "requested_by_name",
            "requested_by",
            "facts",
            "inputs",
        ):
            batch.drop_column(column)
        batch.alter_column(
            "state", type_=sa.String(12), existing_type=sa.String(20), existing_nullable=False
        )
