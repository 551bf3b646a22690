"""Numbers that never collide offline (issue 14, point 1).

Both databases:
- `devices.number_series`: the numbering series of a device (1-999), unique across the
  country. The central database hands it out when the device registers (`connect` and
  every round); a device keeps it in its `local_state` and numbers with it offline.
- `sync_rejections` gains who dismissed or re-applied a refused change, when and why.
- `sync_rounds`: on a device, the last rounds (when, how long, what moved): the Sync
  view's timeline.
- `number_counters`: on a device, the last number it gave in each series, per kind of
  number (quote, member, loan, declaration) and scope (e.g. office and year).

PostgreSQL only:
- a trigger on `devices` assigns the series (SECURITY DEFINER, safe search_path): the
  lowest series never given, under an advisory lock so two devices registering at once
  never get the same one. A login cannot choose or change its series; a device that
  moves office keeps it (the series is unique nationally, not per office).
- a unique index on `quotes.payment_reference` (when set): the structured communication
  stays unique even against a modified client.

Existing numbers keep their text and meaning: numbers given before a device had a series
(`BXL-2026-000713`) stay as they are; the new numbers carry the series
(`BXL-2026-107-00713`) and can never be equal to an old one.

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

SAFE_PATH = "SET search_path = pg_catalog, public, pg_temp"


def upgrade() -> None:
    with op.batch_alter_table("devices") as batch:
        batch.add_column(sa.Column("number_series", sa.Integer(), nullable=True))
        batch.create_unique_constraint("uq_devices_number_series", ["number_series"])
    op.create_table(
        "number_counters",
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("scope", sa.String(length=40), nullable=False),
        sa.Column("series", sa.Integer(), nullable=False),
        sa.Column("last", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("kind", "scope", "series", name=op.f("pk_number_counters")),
    )
    with op.batch_alter_table("sync_rejections") as batch:
        batch.add_column(sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("resolution", sa.String(length=20), nullable=True))
        batch.add_column(
            sa.Column("resolution_reason", sa.Text(), nullable=False, server_default="")
        )
        batch.add_column(sa.Column("resolved_by", sa.Uuid(as_uuid=False), nullable=True))
    op.create_table(
        "sync_rounds",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("seconds", sa.Float(), nullable=False),
        sa.Column("pushed", sa.Integer(), nullable=False),
        sa.Column("pulled", sa.Integer(), nullable=False),
        sa.Column("uploaded", sa.Integer(), nullable=False),
        sa.Column("conflicts", sa.Integer(), nullable=False),
        sa.Column("refused", sa.Integer(), nullable=False),
        sa.Column("outcome", sa.String(length=20), nullable=False),
        sa.Column("message_key", sa.String(length=60), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_rounds")),
    )
    if op.get_bind().dialect.name == "postgresql":
        _central()


def _central() -> None:
    execute = op.execute
    execute(f"""
        CREATE FUNCTION public.sync_assign_number_series() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER {SAFE_PATH} AS $$
        BEGIN
            IF TG_OP = 'UPDATE' AND OLD.number_series IS NOT NULL THEN
                NEW.number_series := OLD.number_series;  -- a series is never changed
                RETURN NEW;
            END IF;
            PERFORM pg_catalog.pg_advisory_xact_lock(
                pg_catalog.hashtext('smartdesk.number_series'));
            SELECT COALESCE(pg_catalog.max(d.number_series), 0) + 1 INTO NEW.number_series
            FROM public.devices d;
            IF NEW.number_series > 999 THEN
                RAISE EXCEPTION 'every numbering series (1-999) is given'
                    USING ERRCODE = 'program_limit_exceeded';
            END IF;
            RETURN NEW;
        END $$""")
    execute("REVOKE ALL ON FUNCTION public.sync_assign_number_series() FROM PUBLIC")
    execute("""
        CREATE TRIGGER sync_assign_number_series BEFORE INSERT OR UPDATE ON public.devices
        FOR EACH ROW EXECUTE FUNCTION public.sync_assign_number_series()""")
    execute(
        "CREATE UNIQUE INDEX uq_quotes_payment_reference ON public.quotes (payment_reference) "
        "WHERE payment_reference <> ''"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS public.uq_quotes_payment_reference")
        op.execute("DROP TRIGGER IF EXISTS sync_assign_number_series ON public.devices")
        op.execute("DROP FUNCTION IF EXISTS public.sync_assign_number_series()")
    with op.batch_alter_table("sync_rejections") as batch:
        for column in ("resolved_by", "resolution_reason", "resolution", "resolved_at"):
            batch.drop_column(column)
    op.drop_table("sync_rounds")
    op.drop_table("number_counters")
    with op.batch_alter_table("devices") as batch:
        batch.drop_constraint("uq_devices_number_series", type_="unique")
        batch.drop_column("number_series")
