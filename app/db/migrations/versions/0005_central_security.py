"""The central database against a hostile login (issue 7). PostgreSQL only: on SQLite
this revision changes nothing (it exists so that every database's head is 0005).

What changes, and why:

- Every SECURITY DEFINER function is recreated with `SET search_path = pg_catalog,
  public, pg_temp` (pg_temp explicitly last: left out, it is searched FIRST) and with
  schema-qualified names, so a login's temporary `users` or `sync_change_log` can no
  longer stand in for ours. EXECUTE is revoked from PUBLIC (`central init` grants it to
  the users group only), TEMP on the database is revoked from PUBLIC and CREATE on
  schema public from PUBLIC (PostgreSQL 15 does the latter already, older servers not).
- Row-level security is FORCEd on every synced table and on `sync_change_log`,
  `sync_applied` and `devices`. Every policy starts with `sync_is_owner()`: the owner of
  the schema (the role that ran the migrations; inside our SECURITY DEFINER functions
  `current_user` is that role) passes, everyone else gets the role rules. A superuser
  owner bypasses row-level security anyway; a non-superuser owner needs the clause.
- `devices.owner_login` (default `session_user`): a device row belongs to the login that
  registered it. A login reads and changes only its own devices (an admin reads all).
  `sync_applied` rows can only be written and read for a device the login owns, so
  nobody can jam another device's (device, seq) keys. The change log records the
  device id a session claims (`smartdesk.device_id`) only when that device is the
  session user's; otherwise NULL.
- PIN hashes: the central database keeps none (a trigger blanks `pin_hash` and
  `pin_salt` on every write, existing ones are blanked here without touching
  `row_version` or the feed, so no device re-pulls its users for it); `central init`
  grants SELECT on `users` without those two columns.
- Least privilege: `sync_role_rules.scope` is `all`, `office`, `referenced` or
  `office+referenced` (`all_offices` stays, generated from it, for devices that read
  it). `referenced` rows are those a row the user may read points to, as listed in
  `sync_references` (the same list generates the policies): TeamAdmin reads the
  members, Activities and contracts named by certificate requests, accident
  declarations and insurance claims (and contracts' own member and Activity) plus the
  attachments of those three; a loan reviewer reads the members and Activities named by
  loan applications. Every non-admin reads the users of their own office, the
  administrators (who may sign in on any device) and the users their rows name (an Activity's adviser, a request's handler, a loan's preparer and
  decider): a device needs those rows for its foreign keys, and sees no PIN hash.
  When a row starts pointing at another (insert, or the column changes), the change
  log also gets a "touch" entry (office NULL, row_version 0) for the row pointed at,
  and for what that row points at (two levels), before the row's own entry; the feed
  shows entries of `referenced` tables to whoever may read the row now, so a
  TeamAdmin's device receives a member the moment a declaration names it.

The change feed (issue 7, point 5). Before, a reader took `txid < xmin of its snapshot`:
any transaction with an xid, in any database of the server, held every pull back. Now
only a transaction that wrote the change log can hold it:

- the log trigger, for each entry, first takes `LOCK sync_change_log IN ROW EXCLUSIVE
  MODE` (held until the transaction ends), then stores as the entry's key (`txid`)
  `greatest(pg_snapshot_xmax(pg_current_snapshot()), pg_current_xact_id())` computed in
  a statement that starts after the lock (READ COMMITTED: a fresh snapshot).
  xmax only grows over time, and the transaction's xid is included because xmax can be
  below a running transaction's own xid. Writes in REPEATABLE READ / SERIALIZABLE
  transactions are refused: their snapshot (and so xmax) may predate the lock.
- `sync_feed_horizon()` takes its snapshot S first, then reads pg_locks (which
  transactions hold that lock now), then which xids of S's running list have ended
  since. It returns H = min(xmax(S), xids in S's running list that hold the lock or have
  ended since S). A reader reads entries with key < H.

Why no entry with key < H can be missing from what the reader sees, in the same
statement (REPEATABLE READ, one snapshot S) or a later one: take a writer W not yet
visible in S. (1) W took the lock after the pg_locks read: its key >= xmax after the
lock >= xmax(S) >= H. (2) W held the lock at the pg_locks read: W was running at S
(else it is visible), so either its xid is in S's running list and among the holders,
then H <= xid(W) <= key, or its xid was assigned after S: xid(W) >= xmax(S) >= H.
(3) W had ended by then: its xid in S's running list has ended, H <= xid(W) <= key;
or it started after S, xid(W) >= xmax(S). Entries written before this revision keep
their xid keys, all below any key given after it.

So an idle transaction that wrote nothing freezes nothing; one that wrote and then
idles holds the feed until it ends, which `idle_in_transaction_session_timeout` bounds
(set by `central user add` on each login; a login may SET its own value, so the
administrator also sets it server-wide, see README).

Revision ID: 0005
Revises: 0004
"""

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

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

# (table pointed at, its column, table that points, that table's column): a row of the
# first is "referenced" when a row of the third that the user may read names it.
# `owner_id` columns (attachments) match the owner row's id and table name.
REFERENCES = (
    ("members", "id", "certificate_requests", "member_id"),
    ("members", "id", "accident_declarations", "member_id"),
    ("members", "id", "insurance_claims", "member_id"),
    ("members", "id", "loan_applications", "member_id"),
    ("members", "id", "contracts", "member_id"),
    ("activities", "id", "accident_declarations", "activity_id"),
    ("activities", "id", "insurance_claims", "activity_id"),
    ("activities", "id", "loan_applications", "activity_id"),
    ("activities", "id", "contracts", "activity_id"),
    ("contracts", "id", "accident_declarations", "contract_id"),
    ("users", "id", "activities", "adviser_id"),
    ("users", "id", "certificate_requests", "handled_by"),
    ("users", "id", "loan_applications", "prepared_by"),
    ("users", "id", "loan_applications", "decided_by"),
    ("attachments", "owner_id", "certificate_requests", "id"),
    ("attachments", "owner_id", "accident_declarations", "id"),
    ("attachments", "owner_id", "insurance_claims", "id"),
    ("attachments", "owner_id", "loan_applications", "id"),
)

# (role, entity) -> scope, where it is not what 0004 gave (office, or all).
SCOPES = {
    ("teamadmin", "members"): "referenced",
    ("teamadmin", "activities"): "referenced",
    ("teamadmin", "contracts"): "referenced",
    ("teamadmin", "attachments"): "referenced",
    ("loan_reviewer", "members"): "referenced",
    ("loan_reviewer", "activities"): "referenced",
    ("adviser", "users"): "office+referenced",
    ("teamadmin", "users"): "office+referenced",
    ("loan_reviewer", "users"): "office+referenced",
}

# What a loan reviewer may change on a loan application (as in 0004): the decision.
DECISION_COLUMNS = (
    "state",
    "decided_by",
    "decided_at",
    "decision_reason",
    "updated_at",
    "updated_by",
    "row_version",
)

SAFE_PATH = "SET search_path = pg_catalog, public, pg_temp"

# Every function of ours a login's query may call (directly or from a policy).
CALLABLE = (
    "public.sync_is_owner()",
    "public.sync_my_role()",
    "public.sync_my_office()",
    "public.sync_my_user_id()",
    "public.sync_scope(text, boolean)",
    "public.sync_reads_referenced(text)",
    "public.sync_feed_entities(text)",
    "public.sync_feed_horizon()",
)
# Trigger functions: no login calls them (a trigger does, without EXECUTE checks).
TRIGGERS = (
    "public.sync_stamp_version()",
    "public.sync_guard_loan_decision()",
    "public.sync_log_change()",
    "public.sync_touch(text, uuid, integer)",
    "public.sync_blank_pins()",
)
FUNCTIONS = CALLABLE + TRIGGERS


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    _tables()
    _functions()
    _triggers()
    _policies()
    _privileges()


def _tables() -> None:
    execute = op.execute
    # role rules: a scope instead of a yes/no "all offices"
    execute("ALTER TABLE public.sync_role_rules ADD COLUMN scope varchar(20)")
    execute(
        "UPDATE public.sync_role_rules SET scope = CASE WHEN all_offices THEN 'all' "
        "ELSE 'office' END"
    )
    for (role, entity), scope in SCOPES.items():
        execute(
            f"UPDATE public.sync_role_rules SET scope = '{scope}' "
            f"WHERE role = '{role}' AND entity = '{entity}'"
        )
    execute("ALTER TABLE public.sync_role_rules ALTER COLUMN scope SET NOT NULL")
    execute(
        "ALTER TABLE public.sync_role_rules ADD CONSTRAINT ck_sync_role_rules_scope "
        "CHECK (scope IN ('all', 'office', 'referenced', 'office+referenced'))"
    )
    execute("DROP POLICY sync_read ON public.sync_change_log")  # made again, on scope
    execute("ALTER TABLE public.sync_role_rules DROP COLUMN all_offices")
    execute(
        "ALTER TABLE public.sync_role_rules ADD COLUMN all_offices boolean "
        "GENERATED ALWAYS AS (scope = 'all') STORED"
    )
    execute("""
        CREATE TABLE public.sync_references (
            entity varchar(40) NOT NULL,
            entity_column varchar(40) NOT NULL,
            source varchar(40) NOT NULL,
            source_column varchar(40) NOT NULL,
            PRIMARY KEY (source, source_column, entity)
        )""")
    values = ", ".join(f"('{e}', '{ec}', '{s}', '{sc}')" for e, ec, s, sc in REFERENCES)
    execute(
        "INSERT INTO public.sync_references (entity, entity_column, source, source_column) "
        f"VALUES {values}"
    )
    # the login roles `central user add` made: it acts on no other role
    execute("""
        CREATE TABLE public.sync_logins (
            login name PRIMARY KEY,
            created_at timestamptz NOT NULL DEFAULT now()
        )""")
    execute(
        "INSERT INTO public.sync_logins (login) SELECT DISTINCT u.login FROM public.users u "
        "JOIN pg_catalog.pg_roles r ON r.rolname = u.login "
        "JOIN pg_catalog.pg_auth_members m ON m.member = r.oid "
        "JOIN pg_catalog.pg_roles g ON g.oid = m.roleid "
        "JOIN public.sync_settings s ON s.key = 'user_group' AND s.value = g.rolname "
        "WHERE NOT (r.rolsuper OR r.rolcreaterole OR r.rolcreatedb OR r.rolbypassrls "
        "OR r.rolreplication)"
    )
    # devices belong to the login that registered them; earlier rows to the login that
    # pushed from them, and rows nobody pushed from are registered again by their device
    execute("ALTER TABLE public.devices ADD COLUMN owner_login name")
    execute(
        "UPDATE public.devices d SET owner_login = (SELECT a.login FROM public.sync_applied a "
        "WHERE a.device_id = d.id ORDER BY a.applied_at DESC LIMIT 1)"
    )
    execute("DELETE FROM public.devices WHERE owner_login IS NULL")
    execute("ALTER TABLE public.devices ALTER COLUMN owner_login SET DEFAULT session_user")
    execute("ALTER TABLE public.devices ALTER COLUMN owner_login SET NOT NULL")
    execute("CREATE INDEX ix_devices_owner_login ON public.devices (owner_login)")
    # PIN hashes leave the central database (no new row_version, no feed entries)
    execute("ALTER TABLE public.users DISABLE TRIGGER USER")
    execute("UPDATE public.users SET pin_hash = '', pin_salt = ''")
    execute("ALTER TABLE public.users ENABLE TRIGGER USER")
    # devices of 0004 read pin hashes and do not know this feed: they update first
    execute(
        "UPDATE public.sync_settings SET value = '0005' "
        "WHERE key = 'min_client_revision' AND value < '0005'"
    )


def _functions() -> None:
    execute = op.execute
    # 0004's functions go, with the triggers and policies that use them (all made again
    # below); nothing else depends on them
    for function in (
        "sync_log_change()",
        "sync_guard_loan_decision()",
        "sync_stamp_version()",
        "sync_scope(text, boolean)",
        "sync_my_user_id()",
        "sync_my_office()",
        "sync_my_role()",
    ):
        execute(f"DROP FUNCTION IF EXISTS public.{function} CASCADE")

    # Whether the query runs as the schema's owner: the migrations, `central init`, and
    # our SECURITY DEFINER functions. SECURITY INVOKER on purpose (current_user is the
    # caller's). Logins never own anything of the schema (`central user add` refuses).
    execute(f"""
        CREATE FUNCTION public.sync_is_owner() RETURNS boolean
        LANGUAGE plpgsql STABLE {SAFE_PATH} AS $$
        BEGIN
            RETURN (SELECT c.relowner = r.oid
            FROM pg_catalog.pg_class c, pg_catalog.pg_roles r
            WHERE c.oid = 'public.sync_role_rules'::pg_catalog.regclass
              AND r.rolname = current_user);
        END
        $$""")
    for name, column in (("role", "role"), ("office", "office_id"), ("user_id", "id")):
        kind = "text" if name == "role" else "uuid"
        execute(f"""
            CREATE FUNCTION public.sync_my_{name}() RETURNS {kind}
            LANGUAGE plpgsql STABLE SECURITY DEFINER {SAFE_PATH} AS $$
            BEGIN
                RETURN (SELECT u.{column} FROM public.users u
                WHERE u.login = session_user AND u.active AND u.deleted_at IS NULL);
            END
            $$""")
    # The offices a user may read (or write) a table in: NULL means all of them, an
    # empty array none (`referenced` rows are granted by the policy's own clause).
    execute(f"""
        CREATE FUNCTION public.sync_scope(p_entity text, p_write boolean) RETURNS uuid[]
        LANGUAGE plpgsql STABLE SECURITY DEFINER {SAFE_PATH} AS $$
        BEGIN
            RETURN (SELECT CASE
                WHEN r.role IS NULL THEN ARRAY[]::uuid[]
                WHEN r.scope = 'all' THEN NULL
                WHEN r.scope IN ('office', 'office+referenced')
                    THEN ARRAY[public.sync_my_office()]
                ELSE ARRAY[]::uuid[]
            END
            FROM (SELECT 1) AS one
            LEFT JOIN public.sync_role_rules r
              ON r.role = public.sync_my_role() AND r.entity = p_entity
             AND (CASE WHEN p_write THEN r.writes ELSE r.reads END));
        END
        $$""")
    # The tables whose feed entries a user reads: of all offices ('all'), of their office
    # ('office'), or of the rows they may read now ('referenced'). Once per query.
    execute(f"""
        CREATE FUNCTION public.sync_feed_entities(p_kind text) RETURNS text[]
        LANGUAGE plpgsql STABLE SECURITY DEFINER {SAFE_PATH} AS $$
        BEGIN
            RETURN (SELECT coalesce(array_agg(r.entity::text), ARRAY[]::text[])
            FROM public.sync_role_rules r
            WHERE r.role = public.sync_my_role() AND r.reads
              AND CASE p_kind
                  WHEN 'all' THEN r.scope = 'all'
                  WHEN 'office' THEN r.scope IN ('office', 'office+referenced')
                  ELSE r.scope IN ('referenced', 'office+referenced')
              END);
        END
        $$""")
    execute(f"""
        CREATE FUNCTION public.sync_reads_referenced(p_entity text) RETURNS boolean
        LANGUAGE plpgsql STABLE SECURITY DEFINER {SAFE_PATH} AS $$
        BEGIN
            RETURN (SELECT EXISTS (
                SELECT 1 FROM public.sync_role_rules r
                WHERE r.role = public.sync_my_role() AND r.entity = p_entity AND r.reads
                  AND r.scope IN ('referenced', 'office+referenced')));
        END
        $$""")
    # The feed's horizon: see the module docstring for why this order of reads.
    execute(f"""
        CREATE FUNCTION public.sync_feed_horizon() RETURNS bigint
        LANGUAGE plpgsql VOLATILE SECURITY DEFINER {SAFE_PATH} AS $$
        DECLARE
            snap pg_snapshot := pg_current_snapshot();
            holders xid[];
            oldest xid8;
        BEGIN
            WITH l AS MATERIALIZED (
                SELECT locktype, relation, mode, granted, virtualtransaction, transactionid
                FROM pg_catalog.pg_locks
            )
            SELECT coalesce(array_agg(t.transactionid), ARRAY[]::xid[]) INTO holders
            FROM l r JOIN l t ON t.virtualtransaction = r.virtualtransaction
            WHERE r.locktype = 'relation' AND r.mode = 'RowExclusiveLock' AND r.granted
              AND r.relation = 'public.sync_change_log'::pg_catalog.regclass
              AND t.locktype = 'transactionid' AND t.mode = 'ExclusiveLock' AND t.granted;
            SELECT min(x) INTO oldest FROM pg_catalog.pg_snapshot_xip(snap) AS x
            WHERE pg_catalog.xid(x) = ANY (holders)
               OR pg_catalog.pg_xact_status(x) IS DISTINCT FROM 'in progress';
            RETURN LEAST(pg_catalog.pg_snapshot_xmax(snap)::text::bigint, oldest::text::bigint);
        END $$""")

    execute(f"""
        CREATE FUNCTION public.sync_stamp_version() RETURNS trigger
        LANGUAGE plpgsql {SAFE_PATH} AS $$
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
        CREATE FUNCTION public.sync_guard_loan_decision() RETURNS trigger
        LANGUAGE plpgsql {SAFE_PATH} AS $$
        DECLARE
            changed text;
            role text := public.sync_my_role();
        BEGIN
            IF public.sync_is_owner() THEN
                RETURN NEW;  -- the database's owner (set-up, repairs) is not a login
            END IF;
            -- Four eyes for everyone: a decision is never recorded by, or for, the person
            -- who prepared the application.
            IF NEW.decided_by IS NOT NULL AND NEW.decided_by IS NOT DISTINCT FROM NEW.prepared_by
            THEN
                RAISE EXCEPTION 'four eyes: the adviser who prepared a loan does not decide it'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF role IS DISTINCT FROM 'loan_reviewer' THEN
                -- Only a reviewer (or an admin) records a decision: an adviser may file and
                -- edit an application, never approve or refuse it, even by hand.
                IF role IS DISTINCT FROM 'admin' AND (
                    (TG_OP = 'INSERT' AND (NEW.state IN ('approved', 'refused')
                        OR NEW.decided_by IS NOT NULL OR NEW.decided_at IS NOT NULL))
                    OR (TG_OP = 'UPDATE' AND (
                        NEW.state IS DISTINCT FROM OLD.state
                            AND (NEW.state IN ('approved', 'refused')
                                 OR OLD.state IN ('approved', 'refused'))
                        OR NEW.decided_by IS DISTINCT FROM OLD.decided_by
                        OR NEW.decided_at IS DISTINCT FROM OLD.decided_at
                        OR NEW.decision_reason IS DISTINCT FROM OLD.decision_reason))
                ) THEN
                    RAISE EXCEPTION 'only a loan reviewer records the decision on a loan'
                        USING ERRCODE = 'insufficient_privilege';
                END IF;
                RETURN NEW;
            END IF;
            IF TG_OP = 'INSERT' THEN
                RAISE EXCEPTION 'a loan reviewer decides loan applications, never files them'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            SELECT string_agg(n.key, ', ') INTO changed
            FROM pg_catalog.jsonb_each(pg_catalog.to_jsonb(NEW)) n
            JOIN pg_catalog.jsonb_each(pg_catalog.to_jsonb(OLD)) o USING (key)
            WHERE n.value IS DISTINCT FROM o.value AND n.key NOT IN ({cols});
            IF changed IS NOT NULL THEN
                RAISE EXCEPTION 'a loan reviewer may only record a decision (not %)', changed
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF NEW.prepared_by IS NOT DISTINCT FROM public.sync_my_user_id() THEN
                RAISE EXCEPTION 'four eyes: the adviser who prepared a loan does not decide it'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            RETURN NEW;
        END $$""")
    execute(f"""
        CREATE FUNCTION public.sync_blank_pins() RETURNS trigger
        LANGUAGE plpgsql {SAFE_PATH} AS $$
        BEGIN
            NEW.pin_hash := '';
            NEW.pin_salt := '';
            RETURN NEW;
        END $$""")
    # A "touch": the row `p_id` of `p_entity` is now named by another row; its readers
    # by reference learn of it (and of what it names in turn, two levels down).
    execute(f"""
        CREATE FUNCTION public.sync_touch(p_entity text, p_id uuid, p_depth integer)
        RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER {SAFE_PATH} AS $$
        DECLARE
            ref record;
            target text;
        BEGIN
            IF p_depth < 3 THEN
                FOR ref IN SELECT s.entity, s.source_column FROM public.sync_references s
                           WHERE s.source = p_entity AND s.entity_column = 'id'
                LOOP
                    EXECUTE pg_catalog.format(
                        'SELECT (%I)::text FROM public.%I WHERE id = $1',
                        ref.source_column, p_entity) INTO target USING p_id;
                    IF target IS NOT NULL THEN
                        PERFORM public.sync_touch(ref.entity, target::uuid, p_depth + 1);
                    END IF;
                END LOOP;
            END IF;
            INSERT INTO public.sync_change_log (txid, entity, entity_id, office_id, row_version)
            VALUES (
                GREATEST(
                    pg_catalog.pg_snapshot_xmax(pg_catalog.pg_current_snapshot())::text::bigint,
                    pg_catalog.pg_current_xact_id()::text::bigint),
                p_entity, p_id, NULL, 0);
        END $$""")
    # The change log entry of one written row. Arguments: 'column=entity' pairs of the
    # columns that name other rows (touched when they change).
    execute(f"""
        CREATE FUNCTION public.sync_log_change() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER {SAFE_PATH} AS $$
        DECLARE
            claimed text := pg_catalog.current_setting('smartdesk.device_id', true);
            device uuid;
            pair text;
            new_row jsonb;
            old_row jsonb;
            target text;
        BEGIN
            IF pg_catalog.current_setting('transaction_isolation') <> 'read committed' THEN
                RAISE EXCEPTION 'synced tables are written in READ COMMITTED transactions'
                    USING ERRCODE = 'feature_not_supported',
                          HINT = 'the change feed orders writes by when they took its lock';
            END IF;
            LOCK TABLE public.sync_change_log IN ROW EXCLUSIVE MODE;
            IF claimed ~* '^[0-9a-f]{{8}}-[0-9a-f]{{4}}-[0-9a-f]{{4}}-[0-9a-f]{{4}}-[0-9a-f]{{12}}$'
            THEN
                SELECT d.id INTO device FROM public.devices d
                WHERE d.id = claimed::uuid AND d.owner_login = session_user;
            END IF;
            IF TG_NARGS > 0 THEN
                new_row := pg_catalog.to_jsonb(NEW);
                IF TG_OP = 'UPDATE' THEN
                    old_row := pg_catalog.to_jsonb(OLD);
                END IF;
                FOREACH pair IN ARRAY TG_ARGV LOOP
                    target := new_row ->> pg_catalog.split_part(pair, '=', 1);
                    IF target IS NOT NULL AND (old_row IS NULL OR target IS DISTINCT FROM
                            old_row ->> pg_catalog.split_part(pair, '=', 1)) THEN
                        PERFORM public.sync_touch(
                            pg_catalog.split_part(pair, '=', 2), target::uuid, 1);
                    END IF;
                END LOOP;
            END IF;
            INSERT INTO public.sync_change_log
                (txid, entity, entity_id, office_id, old_office_id, row_version, device_id)
            VALUES (
                GREATEST(
                    pg_catalog.pg_snapshot_xmax(pg_catalog.pg_current_snapshot())::text::bigint,
                    pg_catalog.pg_current_xact_id()::text::bigint),
                TG_TABLE_NAME, NEW.id, NEW.office_id,
                CASE WHEN TG_OP = 'UPDATE' AND OLD.office_id IS DISTINCT FROM NEW.office_id
                     THEN OLD.office_id END,
                NEW.row_version,
                device
            );
            RETURN NULL;
        END $$""")
    for function in FUNCTIONS:
        execute(f"REVOKE ALL ON FUNCTION {function} FROM PUBLIC")


def _triggers() -> None:
    execute = op.execute
    for table in SYNCED:
        pairs = [
            f"'{column}={entity}'"
            for entity, entity_column, source, column in REFERENCES
            if source == table and entity_column == "id"
        ]
        execute(f"""
            CREATE TRIGGER sync_stamp_version BEFORE INSERT OR UPDATE ON public.{table}
            FOR EACH ROW EXECUTE FUNCTION public.sync_stamp_version()""")
        execute(f"""
            CREATE TRIGGER sync_log_change AFTER INSERT OR UPDATE ON public.{table}
            FOR EACH ROW EXECUTE FUNCTION public.sync_log_change({", ".join(pairs)})""")
    execute("""
        CREATE TRIGGER sync_guard_loan_decision BEFORE INSERT OR UPDATE
        ON public.loan_applications
        FOR EACH ROW EXECUTE FUNCTION public.sync_guard_loan_decision()""")
    execute("""
        CREATE TRIGGER sync_blank_pins BEFORE INSERT OR UPDATE ON public.users
        FOR EACH ROW EXECUTE FUNCTION public.sync_blank_pins()""")


OWNER = "(SELECT public.sync_is_owner())"


# Rows every reader by reference sees too: the administrators, who may sign in on any
# device (a device lists its office's users and the administrators).
ALSO_VISIBLE = {"users": "role = 'admin'"}


def referenced_clause(table: str) -> str | None:
    """The rows of `table` that a row the user may read names (its policies apply)."""
    parts = [ALSO_VISIBLE[table]] if table in ALSO_VISIBLE else []
    for entity, entity_column, source, column in REFERENCES:
        if entity != table:
            continue
        if entity_column == "owner_id":
            parts.append(
                f"(owner_table = '{source}' AND owner_id IN "
                f"(SELECT x.{column} FROM public.{source} x))"
            )
        else:
            parts.append(f"{entity_column} IN (SELECT x.{column} FROM public.{source} x)")
    return " OR ".join(parts) or None


def _policies() -> None:
    execute = op.execute
    for table in SYNCED:
        for policy in ("sync_read", "sync_insert", "sync_update"):
            execute(f"DROP POLICY IF EXISTS {policy} ON public.{table}")
        read = f"(SELECT public.sync_scope('{table}', false))::uuid[]"
        write = f"(SELECT public.sync_scope('{table}', true))::uuid[]"
        by_reference = referenced_clause(table)
        extra = (
            f" OR ((SELECT public.sync_reads_referenced('{table}')) AND ({by_reference}))"
            if by_reference
            else ""
        )
        execute(f"""
            CREATE POLICY sync_read ON public.{table} FOR SELECT
            USING ({OWNER} OR {read} IS NULL OR office_id = ANY({read}){extra})""")
        execute(f"""
            CREATE POLICY sync_insert ON public.{table} FOR INSERT
            WITH CHECK ({OWNER} OR {write} IS NULL OR office_id = ANY({write}))""")
        execute(f"""
            CREATE POLICY sync_update ON public.{table} FOR UPDATE
            USING ({OWNER} OR {write} IS NULL OR office_id = ANY({write}))
            WITH CHECK ({OWNER} OR {write} IS NULL OR office_id = ANY({write}))""")
        execute(f"ALTER TABLE public.{table} FORCE ROW LEVEL SECURITY")

    # The feed shows a reader the entries of the rows they may read: by office (and
    # the rows that just left their office, so their device removes its copy), or, for
    # tables they read by reference, whether they may read the row now.
    referenced = sorted({entity for entity, *_ in REFERENCES})
    visible = " ".join(
        f"WHEN '{entity}' THEN EXISTS (SELECT 1 FROM public.{entity} v "
        f"WHERE v.id = sync_change_log.entity_id)"
        for entity in referenced
    )

    def entities(kind: str) -> str:
        return f"(SELECT public.sync_feed_entities('{kind}'))::text[]"

    my_office = "(SELECT public.sync_my_office())"
    execute("DROP POLICY IF EXISTS sync_read ON public.sync_change_log")
    execute(f"""
        CREATE POLICY sync_read ON public.sync_change_log FOR SELECT USING (
            {OWNER}
            OR entity = ANY({entities("all")})
            OR (entity = ANY({entities("office")})
                AND (office_id = {my_office} OR old_office_id = {my_office}))
            OR (entity = ANY({entities("referenced")})
                AND CASE entity {visible} ELSE false END)
        )""")
    execute(f"CREATE POLICY sync_owner ON public.sync_change_log USING ({OWNER})")
    execute("ALTER TABLE public.sync_change_log FORCE ROW LEVEL SECURITY")

    own_device = (
        "EXISTS (SELECT 1 FROM public.devices d "
        "WHERE d.id = sync_applied.device_id AND d.owner_login = session_user)"
    )
    execute("DROP POLICY IF EXISTS sync_own ON public.sync_applied")
    execute(f"""
        CREATE POLICY sync_own ON public.sync_applied
        USING ({OWNER} OR (login = session_user AND {own_device}))
        WITH CHECK ({OWNER} OR (login = session_user AND {own_device}))""")
    execute("ALTER TABLE public.sync_applied FORCE ROW LEVEL SECURITY")

    execute("ALTER TABLE public.devices ENABLE ROW LEVEL SECURITY")
    execute(f"""
        CREATE POLICY sync_read ON public.devices FOR SELECT
        USING ({OWNER} OR owner_login = session_user
               OR (SELECT public.sync_my_role()) = 'admin')""")
    execute(f"""
        CREATE POLICY sync_insert ON public.devices FOR INSERT
        WITH CHECK ({OWNER} OR owner_login = session_user)""")
    execute(f"""
        CREATE POLICY sync_update ON public.devices FOR UPDATE
        USING ({OWNER} OR owner_login = session_user)
        WITH CHECK ({OWNER} OR owner_login = session_user)""")
    execute("ALTER TABLE public.devices FORCE ROW LEVEL SECURITY")


def _privileges() -> None:
    execute = op.execute
    execute("""
        DO $$ BEGIN
            EXECUTE pg_catalog.format('REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC',
                                      pg_catalog.current_database());
        END $$""")
    execute("""
        DO $$ BEGIN
            IF pg_catalog.has_schema_privilege('public', 'CREATE')
               AND (SELECT n.nspowner = r.oid OR r.rolsuper
                    FROM pg_catalog.pg_namespace n, pg_catalog.pg_roles r
                    WHERE n.nspname = 'public' AND r.rolname = current_user) THEN
                REVOKE CREATE ON SCHEMA public FROM PUBLIC;
            END IF;
        END $$""")
    execute("REVOKE ALL ON public.sync_logins, public.sync_references FROM PUBLIC")


def downgrade() -> None:
    """Going back would reopen every hole this revision closes (a login promoting itself
    to admin among them), so a central database is not downgraded: restore the backup
    taken before the upgrade instead. A device's SQLite database has nothing to undo."""
    if op.get_bind().dialect.name == "postgresql":
        raise RuntimeError(
            "0005 is not undone on a central database: it closes security holes; "
            "restore the backup made before upgrading instead"
        )
