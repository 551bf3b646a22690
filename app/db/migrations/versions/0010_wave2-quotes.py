"""Quotes an accountant signs off (issue 13).

- `quotes.delivery_date`: the planned date of delivery or completion, the default tax
  point of the quote's lines (WBTW art. 17 and 22; vat-facts.md §11.3).
- `quote_lines.supply_date`: a line's own expected date of supply (NULL: the quote's).
- `quote_lines.unit_price` becomes an exact decimal text (EN 16931 BT-146: EUR 0.125 a
  word; vat-facts.md §11.13). It was whole cents, which silently turned 0.125 into 0.12;
  existing prices are carried over exactly (cents / 100).

Revision ID: 0010
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("quotes") as batch:
        batch.add_column(sa.Column("delivery_date", sa.Date(), nullable=True))
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.add_column("quote_lines", sa.Column("supply_date", sa.Date(), nullable=True))
        # numeric * 0.01 keeps exactly two decimals: 1234 -> '12.34'
        op.alter_column(
            "quote_lines",
            "unit_price",
            type_=sa.String(length=40),
            existing_type=sa.BigInteger(),
            existing_nullable=False,
            postgresql_using="(unit_price::numeric * 0.01)::text",
        )
    else:
        with op.batch_alter_table("quote_lines") as batch:
            batch.add_column(sa.Column("supply_date", sa.Date(), nullable=True))
            batch.add_column(sa.Column("unit_price_exact", sa.String(length=40), nullable=True))
        # exact integer arithmetic (prices are never negative): 1234 -> '12.34'
        op.execute(
            "UPDATE quote_lines SET unit_price_exact = "
            "CAST(unit_price / 100 AS TEXT) || '.' || substr('0' || (unit_price % 100), -2)"
        )
        with op.batch_alter_table("quote_lines") as batch:
            batch.drop_column("unit_price")
        with op.batch_alter_table("quote_lines") as batch:
            batch.alter_column(
                "unit_price_exact",
                new_column_name="unit_price",
                existing_type=sa.String(length=40),
                nullable=False,
            )


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.alter_column(
            "quote_lines",
            "unit_price",
            type_=sa.BigInteger(),
            existing_type=sa.String(length=40),
            postgresql_using="round(unit_price::numeric * 100)::bigint",
        )
        op.drop_column("quote_lines", "supply_date")
    else:
        with op.batch_alter_table("quote_lines") as batch:
            batch.add_column(sa.Column("unit_price_cents", sa.BigInteger(), nullable=True))
        op.execute(
            "UPDATE quote_lines SET unit_price_cents = CAST(round(unit_price * 100) AS INTEGER)"
        )
        with op.batch_alter_table("quote_lines") as batch:
            batch.drop_column("unit_price")
            batch.drop_column("supply_date")
        with op.batch_alter_table("quote_lines") as batch:
            batch.alter_column(
                "unit_price_cents",
                new_column_name="unit_price",
                existing_type=sa.BigInteger(),
                nullable=False,
            )
    with op.batch_alter_table("quotes") as batch:
        batch.drop_column("delivery_date")
