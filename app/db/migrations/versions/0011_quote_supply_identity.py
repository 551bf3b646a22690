"""Quotes an accountant signs off (issue 13).

- `quotes.delivery_date`: the planned date of delivery or completion, the default tax
  point of the quote's lines (WBTW art. 17 and 22; vat-facts.md §11.3).
- `quote_lines.supply_date`: a line's own expected date of supply (NULL: the quote's).
- `quote_lines.unit_price` becomes an exact decimal text (EN 16931 BT-146: EUR 0.125 a
  word; vat-facts.md §11.13). It was whole cents, which silently turned 0.125 into 0.12;
  existing prices are carried over exactly (cents / 100).
- `issuer_identities`: the issuer's identity per entity (vat-facts.md §11.16): name,
  legal form, registered seat, enterprise number, "RPR/RPM" and court, VAT number, IBAN,
  BIC. A synced table (app/sync/tables.py ORDER). On PostgreSQL, as in 0005: every
  login reads every row, only admins (and the schema's owner) write; FORCE row-level
  security, policies built from the same functions, the version stamp and feed
  triggers; `central init` grants the table to the users group like every synced table.

Revision ID: 0011
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


IDENTITY = "issuer_identities"
OWNER = "(SELECT public.sync_is_owner())"


def _identity_table() -> None:
    op.create_table(
        IDENTITY,
        sa.Column("id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.Uuid(as_uuid=False), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("office_id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=160), nullable=False),
        sa.Column("legal_form", sa.String(length=80), nullable=False),
        sa.Column("registered_seat", sa.String(length=240), nullable=False),
        sa.Column("enterprise_number", sa.String(length=20), nullable=False),
        sa.Column("rpr_court", sa.String(length=80), nullable=False),
        sa.Column("vat_number", sa.String(length=20), nullable=False),
        sa.Column("iban", sa.String(length=40), nullable=False),
        sa.Column("bic", sa.String(length=11), nullable=False),
        sa.ForeignKeyConstraint(
            ["office_id"], ["offices.id"], name=op.f("fk_issuer_identities_office_id_offices")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_issuer_identities")),
        sa.UniqueConstraint("entity", name=op.f("uq_issuer_identities_entity")),
    )
    op.create_index(op.f("ix_issuer_identities_office_id"), IDENTITY, ["office_id"])


def _identity_security() -> None:
    """PostgreSQL: every role reads all rows, only admins write (0004 role rules, 0005
    policies and triggers, for this one table)."""
    execute = op.execute
    execute(
        "INSERT INTO public.sync_role_rules (role, entity, reads, writes, scope) VALUES "
        f"('admin', '{IDENTITY}', true, true, 'all'), "
        f"('adviser', '{IDENTITY}', true, false, 'all'), "
        f"('teamadmin', '{IDENTITY}', true, false, 'all'), "
        f"('loan_reviewer', '{IDENTITY}', true, false, 'all')"
    )
    execute(f"""
        CREATE TRIGGER sync_stamp_version BEFORE INSERT OR UPDATE ON public.{IDENTITY}
        FOR EACH ROW EXECUTE FUNCTION public.sync_stamp_version()""")
    execute(f"""
        CREATE TRIGGER sync_log_change AFTER INSERT OR UPDATE ON public.{IDENTITY}
        FOR EACH ROW EXECUTE FUNCTION public.sync_log_change()""")
    read = f"(SELECT public.sync_scope('{IDENTITY}', false))::uuid[]"
    write = f"(SELECT public.sync_scope('{IDENTITY}', true))::uuid[]"
    execute(f"ALTER TABLE public.{IDENTITY} ENABLE ROW LEVEL SECURITY")
    execute(f"""
        CREATE POLICY sync_read ON public.{IDENTITY} FOR SELECT
        USING ({OWNER} OR {read} IS NULL OR office_id = ANY({read}))""")
    execute(f"""
        CREATE POLICY sync_insert ON public.{IDENTITY} FOR INSERT
        WITH CHECK ({OWNER} OR {write} IS NULL OR office_id = ANY({write}))""")
    execute(f"""
        CREATE POLICY sync_update ON public.{IDENTITY} FOR UPDATE
        USING ({OWNER} OR {write} IS NULL OR office_id = ANY({write}))
        WITH CHECK ({OWNER} OR {write} IS NULL OR office_id = ANY({write}))""")
    execute(f"ALTER TABLE public.{IDENTITY} FORCE ROW LEVEL SECURITY")
    execute(f"REVOKE ALL ON public.{IDENTITY} FROM PUBLIC")
    # a database `central init` already set up: its users group gets the table now
    execute(f"""
        DO $$ DECLARE g text; BEGIN
            SELECT value INTO g FROM public.sync_settings WHERE key = 'user_group';
            IF g IS NOT NULL AND EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = g)
            THEN
                EXECUTE pg_catalog.format(
                    'GRANT SELECT, INSERT, UPDATE ON public.{IDENTITY} TO %I', g);
            END IF;
        END $$""")


def upgrade() -> None:
    _identity_table()
    if op.get_bind().dialect.name == "postgresql":
        _identity_security()
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
    if bind.dialect.name == "postgresql":
        op.execute(f"DELETE FROM public.sync_role_rules WHERE entity = '{IDENTITY}'")
    op.drop_index(op.f("ix_issuer_identities_office_id"), table_name=IDENTITY)
    op.drop_table(IDENTITY)
