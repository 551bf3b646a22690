"""Quotes keep their per-office sequence and payment reference; lines keep the VAT
check's full answer (reasons, mention, likely) and whether an adviser overrode it.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
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
    with op.batch_alter_table("quote_lines") as batch:
        batch.drop_column("vat_answer")
        batch.drop_column("vat_overridden")
    with op.batch_alter_table("quotes") as batch:
        batch.drop_column("payment_reference")
        batch.drop_column("sequence")
