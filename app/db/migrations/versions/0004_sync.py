"""Sync: the central change feed, exactly-once push, role rules and row-level security
(PostgreSQL), and the device's conflict list and rejected changes (both databases).

Central objects (PostgreSQL only, plain SQL, not models):

- `sync_change_log`: one entry per accepted write, written by a trigger in the writing
  transaction. `txid` is that transaction's id (`pg_current_xact_id()`). A reader only
  takes entries whose `txid` is below the oldest transaction still running
  (`pg_snapshot_xmin(pg_current_snapshot())`) and orders them by `(txid, id)`: every
  transaction below that horizon has ended, so no entry can appear later behind the
  reader's cursor, however pushes interleave (DESIGN §4.3). A plain `bigserial`
  cursor would skip: ids are handed out before commit and become visible out of order.
- `sync_applied`: one row per (device, outbox sequence) applied, inserted first in the
  applying transaction; a second delivery finds it and changes nothing (§4.2).
- `sync_settings`: the minimum client schema revision (§4.7) and the name of the
  group role the login roles belong to.
- `sync_role_rules`: which role reads and writes which table, in its office or in all
  offices, as data; the row-level security policies and the devices read it.
- Triggers on every synced table raise `row_version` on each accepted write and log
  the change (with the office before and after, so a row that leaves an office is
  seen leaving by that office's devices).

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

UUID = sa.Uuid(as_uuid=False)

# The synced tables of 0001-0003 (every table with the sync columns), parents first.
SYNCED = (
    "users",
    "members",
    "activities",
    "activity_members",
    "clients",
    "quotes",
    "quote_lines",
    "contracts",
    "accident_declarations",
    "insurance_claims",
    "certificate_requests",
    "loan_applications",
    "loan_instalments",
    "attachments",
)

TEAMADMIN_WORK = ("certificate_requests", "accident_declarations", "insurance_claims")
LOAN_FILES = ("loan_applications", "loan_instalments")

# (role, table, reads, writes, all offices): DESIGN §1 and issue 4.
#  - an adviser reads and writes the rows of their own office (users: reads everyone);
#  - TeamAdmin reads and writes certificate requests and declarations of all offices and
#    reads the members, Activities, contracts and attachments those need;
#  - a loan reviewer reads the loan files of all offices (with their members and
#    Activities) and writes decisions (which columns: see `sync_guard_write`);
#  - an admin reads and writes everything.
RULES = (
    [("admin", t, True, True, True) for t in SYNCED]
    + [("adviser", t, True, t != "users", t == "users") for t in SYNCED]
    + [("teamadmin", t, True, True, True) for t in TEAMADMIN_WORK]
    + [
        ("teamadmin", t, True, False, True)
        for t in ("users", "members", "activities", "contracts", "attachments")
    ]
    + [("loan_reviewer", t, True, True, True) for t in LOAN_FILES]
    + [("loan_reviewer", t, True, False, True) for t in ("users", "members", "activities")]
)

# What a loan reviewer may change on a loan application: the decision.
DECISION_COLUMNS = (
    "state",
    "decided_by",
    "decided_at",
    "decision_reason",
    "updated_at",
    "updated_by",
    "row_version",
)


def upgrade() -> None:
    _local_tables()
    if op.get_bind().dialect.name == "sqlite":
        # The outbox sequence is half of the exactly-once key (device, seq): it must never
        # be handed out twice. Without AUTOINCREMENT SQLite reuses the highest number
        # once that entry is deleted (pushed), so the table is rebuilt with it.
        with op.batch_alter_table(
            "outbox", recreate="always", table_kwargs={"sqlite_autoincrement": True}
        ):
            pass
    if op.get_bind().dialect.name == "postgresql":
        _central()


def _local_tables() -> None:
    op.create_table(
        "sync_conflicts",
        sa.Column("id", UUID, nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", UUID, nullable=False),
        sa.Column("reason", sa.String(length=40), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("base", sa.JSON(), nullable=True),
        sa.Column("mine", sa.JSON(), nullable=False),
        sa.Column("theirs", sa.JSON(), nullable=True),
        sa.Column("theirs_version", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("resolution", sa.String(length=20), nullable=True),
        sa.Column("resolved_by", UUID, nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflicts")),
    )
    with op.batch_alter_table("sync_conflicts") as batch:
        batch.create_index(batch.f("ix_sync_conflicts_entity_id"), ["entity_id"], unique=False)
    op.create_table(
        "sync_rejections",
        sa.Column("id", UUID, nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", UUID, nullable=False),
        sa.Column("operation", sa.String(length=10), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("message_key", sa.String(length=60), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_rejections")),
    )
    with op.batch_alter_table("sync_rejections") as batch:
        batch.create_index(batch.f("ix_sync_rejections_entity_id"), ["entity_id"], unique=False)


def _central() -> None:
    execute = op.execute
    execute("""
        CREATE TABLE sync_change_log (
            id bigserial PRIMARY KEY,
            txid bigint NOT NULL DEFAULT (pg_current_xact_id()::text::bigint),
            entity varchar(40) NOT NULL,
            entity_id uuid NOT NULL,
            office_id uuid,
            old_office_id uuid,
            row_version integer NOT NULL,
            device_id uuid,
            changed_by name NOT NULL DEFAULT session_user,
            changed_at timestamptz NOT NULL DEFAULT now()
        )""")
    execute("CREATE INDEX ix_sync_change_log_txid_id ON sync_change_log (txid, id)")
    execute("""
        CREATE TABLE sync_applied (
            device_id uuid NOT NULL,
            seq bigint NOT NULL,
            login name NOT NULL DEFAULT session_user,
            entity varchar(40) NOT NULL,
            entity_id uuid NOT NULL,
            outcome varchar(20) NOT NULL DEFAULT 'pending',
            row_version integer,
            detail text NOT NULL DEFAULT '',
            applied_at timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (device_id, seq)
        )""")
    execute("CREATE TABLE sync_settings (key varchar(60) PRIMARY KEY, value text NOT NULL)")
    execute("INSERT INTO sync_settings VALUES ('min_client_revision', '0004')")
    execute("""
        CREATE TABLE sync_role_rules (
            role varchar(20) NOT NULL,
            entity varchar(40) NOT NULL,
            reads boolean NOT NULL,
            writes boolean NOT NULL,
            all_offices boolean NOT NULL,
            PRIMARY KEY (role, entity)
        )""")
    rules = sa.table(
        "sync_role_rules",
        sa.column("role", sa.String),
        sa.column("entity", sa.String),
        sa.column("reads", sa.Boolean),
        sa.column("writes", sa.Boolean),
        sa.column("all_offices", sa.Boolean),
    )
    op.bulk_insert(
        rules,
        [
            dict(zip(("role", "entity", "reads", "writes", "all_offices"), rule, strict=True))
            for rule in RULES
        ],
    )

    # Who is asking: the active `users` row whose login is the database role. SECURITY
    # DEFINER so the policies on `users` do not recurse into themselves.
    execute("""
        CREATE FUNCTION sync_my_role() RETURNS text
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
            SELECT role FROM users
            WHERE login = session_user AND active AND deleted_at IS NULL
        $$""")
    execute("""
        CREATE FUNCTION sync_my_office() RETURNS uuid
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
            SELECT office_id FROM users
            WHERE login = session_user AND active AND deleted_at IS NULL
        $$""")
    execute("""
        CREATE FUNCTION sync_my_user_id() RETURNS uuid
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
            SELECT id FROM users
            WHERE login = session_user AND active AND deleted_at IS NULL
        $$""")
    # The offices a user may read (or write) a table in: NULL means all of them, an
    # empty array none. Called once per query from the policies (an InitPlan).
    execute("""
        CREATE FUNCTION sync_scope(p_entity text, p_write boolean) RETURNS uuid[]
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
            SELECT CASE
                WHEN r.role IS NULL THEN ARRAY[]::uuid[]
                WHEN r.all_offices THEN NULL
                ELSE ARRAY[sync_my_office()]
            END
            FROM (SELECT 1) AS one
            LEFT JOIN sync_role_rules r
              ON r.role = sync_my_role() AND r.entity = p_entity
             AND (CASE WHEN p_write THEN r.writes ELSE r.reads END)
        $$""")

    execute("""
        CREATE FUNCTION sync_stamp_version() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'INSERT' THEN
                NEW.row_version := 1;
            ELSE
                NEW.row_version := OLD.row_version + 1;
            END IF;
            RETURN NEW;
        END $$""")
    cols = ", ".join(f"'{c}'" for c in DECISION_COLUMNS)
    execute(f"""
        CREATE FUNCTION sync_guard_loan_decision() RETURNS trigger
        LANGUAGE plpgsql AS $$
        DECLARE
            changed text;
        BEGIN
            IF sync_my_role() IS DISTINCT FROM 'loan_reviewer' THEN
                RETURN NEW;
            END IF;
            IF TG_OP = 'INSERT' THEN
                RAISE EXCEPTION 'a loan reviewer decides loan applications, never files them'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            SELECT string_agg(n.key, ', ') INTO changed
            FROM jsonb_each(to_jsonb(NEW)) n JOIN jsonb_each(to_jsonb(OLD)) o USING (key)
            WHERE n.value IS DISTINCT FROM o.value AND n.key NOT IN ({cols});
            IF changed IS NOT NULL THEN
                RAISE EXCEPTION 'a loan reviewer may only record a decision (not %)', changed
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF NEW.prepared_by IS NOT DISTINCT FROM sync_my_user_id() THEN
                RAISE EXCEPTION 'four eyes: the adviser who prepared a loan does not decide it'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            RETURN NEW;
        END $$""")
    execute("""
        CREATE FUNCTION sync_log_change() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
        BEGIN
            INSERT INTO sync_change_log
                (entity, entity_id, office_id, old_office_id, row_version, device_id)
            VALUES (
                TG_TABLE_NAME, NEW.id, NEW.office_id,
                CASE WHEN TG_OP = 'UPDATE' AND OLD.office_id IS DISTINCT FROM NEW.office_id
                     THEN OLD.office_id END,
                NEW.row_version,
                nullif(current_setting('smartdesk.device_id', true), '')::uuid
            );
            RETURN NULL;
        END $$""")

    for table in SYNCED:
        _sync_table(table)
    execute("""
        CREATE TRIGGER sync_guard_loan_decision BEFORE INSERT OR UPDATE ON loan_applications
        FOR EACH ROW EXECUTE FUNCTION sync_guard_loan_decision()""")

    # The feed shows a reader the changes of the rows they may read, and of the rows
    # that just left their office (so their device removes its copy).
    execute("ALTER TABLE sync_change_log ENABLE ROW LEVEL SECURITY")
    execute("""
        CREATE POLICY sync_read ON sync_change_log FOR SELECT USING (
            EXISTS (
                SELECT 1 FROM sync_role_rules r
                WHERE r.role = (SELECT sync_my_role())
                  AND r.entity = sync_change_log.entity AND r.reads
                  AND (r.all_offices
                       OR sync_change_log.office_id = (SELECT sync_my_office())
                       OR sync_change_log.old_office_id = (SELECT sync_my_office()))
            )
        )""")
    execute("ALTER TABLE sync_applied ENABLE ROW LEVEL SECURITY")
    execute("""
        CREATE POLICY sync_own ON sync_applied
        USING (login = session_user) WITH CHECK (login = session_user)""")


def _sync_table(table: str) -> None:
    """Version stamp, change log and row-level security for one synced table."""
    execute = op.execute
    execute(f"""
        CREATE TRIGGER sync_stamp_version BEFORE INSERT OR UPDATE ON {table}
        FOR EACH ROW EXECUTE FUNCTION sync_stamp_version()""")
    execute(f"""
        CREATE TRIGGER sync_log_change AFTER INSERT OR UPDATE ON {table}
        FOR EACH ROW EXECUTE FUNCTION sync_log_change()""")
    execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
    read = f"(SELECT sync_scope('{table}', false))::uuid[]"
    write = f"(SELECT sync_scope('{table}', true))::uuid[]"
    execute(f"""
        CREATE POLICY sync_read ON {table} FOR SELECT
        USING ({read} IS NULL OR office_id = ANY({read}))""")
    execute(f"""
        CREATE POLICY sync_insert ON {table} FOR INSERT
        WITH CHECK ({write} IS NULL OR office_id = ANY({write}))""")
    execute(f"""
        CREATE POLICY sync_update ON {table} FOR UPDATE
        USING ({write} IS NULL OR office_id = ANY({write}))
        WITH CHECK ({write} IS NULL OR office_id = ANY({write}))""")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        execute = op.execute
        execute("DROP TRIGGER IF EXISTS sync_guard_loan_decision ON loan_applications")
        for table in SYNCED:
            for policy in ("sync_read", "sync_insert", "sync_update"):
                execute(f"DROP POLICY IF EXISTS {policy} ON {table}")
            execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
            execute(f"DROP TRIGGER IF EXISTS sync_log_change ON {table}")
            execute(f"DROP TRIGGER IF EXISTS sync_stamp_version ON {table}")
        for function in (
            "sync_log_change()",
            "sync_guard_loan_decision()",
            "sync_stamp_version()",
            "sync_scope(text, boolean)",
            "sync_my_user_id()",
            "sync_my_office()",
            "sync_my_role()",
        ):
            execute(f"DROP FUNCTION IF EXISTS {function}")
        for table in ("sync_role_rules", "sync_settings", "sync_applied", "sync_change_log"):
            execute(f"DROP TABLE IF EXISTS {table}")
    with op.batch_alter_table("sync_rejections") as batch:
        batch.drop_index(batch.f("ix_sync_rejections_entity_id"))
    op.drop_table("sync_rejections")
    with op.batch_alter_table("sync_conflicts") as batch:
        batch.drop_index(batch.f("ix_sync_conflicts_entity_id"))
    op.drop_table("sync_conflicts")
