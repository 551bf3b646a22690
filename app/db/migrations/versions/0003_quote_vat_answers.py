"""Quotes keep their per-office sequence and payment reference; lines keep the VAT
check's full answer (reasons, mention, likely) and whether an adviser overrode it.
The quote list's orders get covering indexes over the live rows (180,000 a year).

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


LIVE = sa.text("deleted_at IS NULL")
LIST_INDEXES = {
    "ix_quotes_live_date": ["issue_date", "number", "id"],
    "ix_quotes_live_office_date": ["office_id", "issue_date", "number", "id"],
    "ix_quotes_live_state_date": ["state", "issue_date", "number", "id"],
    "ix_quotes_live_office_state_date": ["office_id", "state", "issue_date", "number", "id"],
    "ix_quotes_live_office_number": ["office_id", "number", "id"],
}


def upgrade() -> None:
    op.drop_index("ix_quotes_office_date", table_name="quotes")
    op.drop_index("ix_quotes_office_state", table_name="quotes")
    for name, columns in LIST_INDEXES.items():
        op.create_index(name, "quotes", columns, sqlite_where=LIVE, postgresql_where=LIVE)
    with op.batch_alter_table("quotes") as batch:
        batch.add_column(sa.Column("sequence", sa.Integer(), nullable=True))
        batch.add_column(
            sa.Column("payment_reference", sa.String(length=24), nullable=False, server_default="")
        )
    with op.batch_alter_table("quote_lines") as batch:
        batch.add_column(
            sa.Column("vat_overridden", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch.add_column(sa.Column("vat_answer", sa.JSON(), nullable=True))


def downgrade() -> None:
    for name in LIST_INDEXES:
        op.drop_index(name, table_name="quotes")
    op.create_index("ix_quotes_office_date", "quotes", ["office_id", "issue_date"])
    op.create_index("ix_quotes_office_state", "quotes", ["office_id", "state", "issue_date"])
    with op.batch_alter_table("quote_lines") as batch:
        batch.drop_column("vat_answer")
        batch.drop_column("vat_overridden")
    with op.batch_alter_table("quotes") as batch:
        batch.drop_column("payment_reference")
        batch.drop_column("sequence")
