"""Declaration and loan numbers of a device's numbering series (issue 14, point 1).

Both databases:
- `accident_declarations.number` and `insurance_claims.number` take 24 characters: a
  number of a series (`AO-GNT-2026-107-00001`) is 21 long.

PostgreSQL only:
- a unique index on `loan_applications.ogm` (when set), as on `quotes.payment_reference`:
  a loan's structured communication stays unique even against a modified client.

Revision ID: 0013
Revises: 0012
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

TABLES = ("accident_declarations", "insurance_claims")


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.alter_column(
                "number",
                existing_type=sa.String(length=20),
                type_=sa.String(length=24),
                existing_nullable=True,
            )
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE UNIQUE INDEX uq_loan_applications_ogm ON public.loan_applications (ogm) "
            "WHERE ogm IS NOT NULL AND ogm <> ''"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS public.uq_loan_applications_ogm")
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.alter_column(
                "number",
                existing_type=sa.String(length=24),
                type_=sa.String(length=20),
                existing_nullable=True,
            )
