"""The change log of an insert written once per statement (issue 14, point 3).

Before, `sync_log_change` ran FOR EACH ROW on every synced table: per inserted row it
checked the isolation level, took the feed's lock, looked the claimed device up, and
wrote the row's entry and its "touch" entries (0005) one statement at a time, the
touches through dynamic SQL per referenced row. That per-row work was most of the cost
of an upload of a device's first data (~1 ms a row), whatever the client sent.

Now an INSERT is logged by `sync_log_inserts`, an AFTER ... FOR EACH STATEMENT trigger
that reads the statement's inserted rows from its transition table (`inserted`): the
same checks, the lock and the claimed device once per statement, then the touches
table by table (`sync_touch_rows`, arrays instead of single ids), then one entry per
row. UPDATEs keep the row trigger `sync_log_change` (a push updates row by row, and
an update's "touch" depends on the old row).

What the feed reads is unchanged, entry for entry: the same rows (entity, id, office,
row_version, device, session user), the same touches (one per inserted row naming a
row, the same three levels down, duplicates included), and the order the pull relies
on: within a statement, every touch before the entries of the rows, a touched row's
own references before it, and statements in the order they ran (parents first). Only
the interleaving inside one statement differs (all touches, then all rows, instead of
row by row), which the pull does not see: it applies a page table by table, parents
first. Every entry of a statement gets the same feed key, computed after the lock as
0005 requires. A statement that inserted nothing (every row already there, ON
CONFLICT DO NOTHING) logs nothing and takes no lock, as the row trigger never fired.

The version stamp (0005's `sync_stamp_version`, which sets `row_version` to 1 on
INSERT) is split the same way: on INSERT it now fires only WHEN the row does not say 1
already, a test PostgreSQL makes without calling PL/pgSQL. The stored row is the same
either way; the bulk upload sends 1 and skips a function call per row.

The tables are those that carry the `sync_log_change` trigger when this runs, with its
arguments (the columns that name other rows), read from the catalogue.

Revision ID: 0016
Revises: 0014
"""

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0014"
branch_labels = None
depends_on = None

SAFE_PATH = "SET search_path = pg_catalog, public, pg_temp"
FUNCTIONS = (
    "public.sync_log_inserts()",
    "public.sync_touch_rows(text, uuid[], integer, bigint)",
    "public.sync_upload_stage(text)",
)


def logged_tables(bind) -> list[tuple[str, list[str]]]:
    """(table, trigger arguments) of each public table the change log records."""
    rows = bind.execute(
        sa.text(
            "SELECT c.relname, t.tgnargs, t.tgargs FROM pg_catalog.pg_trigger t "
            "JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid "
            "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
            "WHERE t.tgname = 'sync_log_change' AND n.nspname = 'public' ORDER BY c.relname"
        )
    ).all()
    return [
        (name, [a.decode() for a in bytes(raw).split(b"\0")[:count]]) for name, count, raw in rows
    ]


def _arguments(args: list[str]) -> str:
    return ", ".join(f"'{a}'" for a in args)


def per_statement(execute, tables: list[tuple[str, list[str]]]) -> None:
    """INSERTs logged per statement, UPDATEs per row, on each of `tables`; an inserted
    row that already says `row_version` 1 is not stamped again."""
    for table, args in tables:
        execute(f"DROP TRIGGER sync_stamp_version ON public.{table}")
        execute(f"""
            CREATE TRIGGER sync_stamp_version BEFORE UPDATE ON public.{table}
            FOR EACH ROW EXECUTE FUNCTION public.sync_stamp_version()""")
        execute(f"""
            CREATE TRIGGER sync_stamp_insert BEFORE INSERT ON public.{table}
            FOR EACH ROW WHEN (NEW.row_version IS DISTINCT FROM 1)
            EXECUTE FUNCTION public.sync_stamp_version()""")
        execute(f"DROP TRIGGER sync_log_change ON public.{table}")
        execute(f"""
            CREATE TRIGGER sync_log_change AFTER UPDATE ON public.{table}
            FOR EACH ROW EXECUTE FUNCTION public.sync_log_change({_arguments(args)})""")
        execute(f"""
            CREATE TRIGGER sync_log_inserts AFTER INSERT ON public.{table}
            REFERENCING NEW TABLE AS inserted
            FOR EACH STATEMENT EXECUTE FUNCTION public.sync_log_inserts({_arguments(args)})""")


def per_row(execute, tables: list[tuple[str, list[str]]]) -> None:
    """Back to 0005: INSERTs and UPDATEs logged row by row."""
    for table, args in tables:
        execute(f"DROP TRIGGER IF EXISTS sync_stamp_insert ON public.{table}")
        execute(f"DROP TRIGGER sync_stamp_version ON public.{table}")
        execute(f"""
            CREATE TRIGGER sync_stamp_version BEFORE INSERT OR UPDATE ON public.{table}
            FOR EACH ROW EXECUTE FUNCTION public.sync_stamp_version()""")
        execute(f"DROP TRIGGER IF EXISTS sync_log_inserts ON public.{table}")
        execute(f"DROP TRIGGER sync_log_change ON public.{table}")
        execute(f"""
            CREATE TRIGGER sync_log_change AFTER INSERT OR UPDATE ON public.{table}
            FOR EACH ROW EXECUTE FUNCTION public.sync_log_change({_arguments(args)})""")


def _functions() -> None:
    execute = op.execute
    # The touches of many rows at once: `p_ids` (duplicates kept, one touch each) of
    # `p_entity` are now named by other rows; what they name is touched first, down to
    # the third level, as `sync_touch` does for one id.
    execute(f"""
        CREATE FUNCTION public.sync_touch_rows(
            p_entity text, p_ids uuid[], p_depth integer, p_key bigint)
        RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER {SAFE_PATH} AS $$
        DECLARE
            ref record;
            targets uuid[];
        BEGIN
            IF p_ids IS NULL OR pg_catalog.cardinality(p_ids) = 0 THEN
                RETURN;
            END IF;
            IF p_depth < 3 THEN
                FOR ref IN SELECT s.entity, s.source_column FROM public.sync_references s
                           WHERE s.source = p_entity AND s.entity_column = 'id'
                LOOP
                    EXECUTE pg_catalog.format(
                        'SELECT pg_catalog.array_agg((x.%1$I)::uuid ORDER BY t.n) '
                        'FROM pg_catalog.unnest($1) WITH ORDINALITY AS t(id, n) '
                        'JOIN public.%2$I x ON x.id = t.id WHERE x.%1$I IS NOT NULL',
                        ref.source_column, p_entity) INTO targets USING p_ids;
                    PERFORM public.sync_touch_rows(ref.entity, targets, p_depth + 1, p_key);
                END LOOP;
            END IF;
            INSERT INTO public.sync_change_log (txid, entity, entity_id, office_id, row_version)
            SELECT p_key, p_entity, t.id, NULL, 0
            FROM pg_catalog.unnest(p_ids) WITH ORDINALITY AS t(id, n) ORDER BY t.n;
        END $$""")
    # The change log entries of one INSERT statement (see the module's doc). Arguments:
    # 'column=entity' pairs of the columns that name other rows.
    execute(f"""
        CREATE FUNCTION public.sync_log_inserts() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER {SAFE_PATH} AS $$
        DECLARE
            claimed text := pg_catalog.current_setting('smartdesk.device_id', true);
            device uuid;
            pair text;
            targets uuid[];
            feed_key bigint;
        BEGIN
            IF NOT EXISTS (SELECT 1 FROM inserted) THEN
                RETURN NULL;
            END IF;
            IF pg_catalog.current_setting('transaction_isolation') <> 'read committed' THEN
                RAISE EXCEPTION 'synced tables are written in READ COMMITTED transactions'
                    USING ERRCODE = 'feature_not_supported',
                          HINT = 'the change feed orders writes by when they took its lock';
            END IF;
            LOCK TABLE public.sync_change_log IN ROW EXCLUSIVE MODE;
            -- a statement that starts after the lock: a fresh snapshot (READ COMMITTED)
            SELECT GREATEST(
                pg_catalog.pg_snapshot_xmax(pg_catalog.pg_current_snapshot())::text::bigint,
                pg_catalog.pg_current_xact_id()::text::bigint) INTO feed_key;
            IF claimed ~* '^[0-9a-f]{{8}}-[0-9a-f]{{4}}-[0-9a-f]{{4}}-[0-9a-f]{{4}}-[0-9a-f]{{12}}$'
            THEN
                SELECT d.id INTO device FROM public.devices d
                WHERE d.id = claimed::uuid AND d.owner_login = session_user;
            END IF;
            IF TG_NARGS > 0 THEN
                FOREACH pair IN ARRAY TG_ARGV LOOP
                    EXECUTE pg_catalog.format(
                        'SELECT pg_catalog.array_agg((n.%1$I)::uuid) FROM inserted n '
                        'WHERE n.%1$I IS NOT NULL',
                        pg_catalog.split_part(pair, '=', 1)) INTO targets;
                    PERFORM public.sync_touch_rows(
                        pg_catalog.split_part(pair, '=', 2), targets, 1, feed_key);
                END LOOP;
            END IF;
            INSERT INTO public.sync_change_log
                (txid, entity, entity_id, office_id, old_office_id, row_version, device_id)
            SELECT feed_key, TG_TABLE_NAME, n.id, n.office_id, NULL, n.row_version, device
            FROM inserted n;
            RETURN NULL;
        END $$""")
    # The staging table of a bulk upload (app/sync/bulk_upload.py): a login has no TEMP
    # (0005) and COPY refuses a table under row-level security, so the schema's owner
    # makes it, in the calling session's own temporary schema (no other session sees
    # it), shaped like the synced table the login may write, dropped at commit, and
    # lets the session's login fill and read it. The rows reach the synced table only
    # through the login's own INSERT ... SELECT, under every policy, key and trigger.
    # Emptied when asked for again in the same transaction.
    execute(f"""
        CREATE FUNCTION public.sync_upload_stage(p_entity text) RETURNS text
        LANGUAGE plpgsql VOLATILE SECURITY DEFINER {SAFE_PATH} AS $$
        DECLARE
            stage text := 'sync_stage_' || p_entity;
        BEGIN
            IF NOT EXISTS (
                SELECT 1 FROM public.sync_role_rules r
                WHERE r.role = public.sync_my_role() AND r.entity = p_entity AND r.writes)
            THEN
                RAISE EXCEPTION 'this login uploads no rows of %', p_entity
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF EXISTS (
                SELECT 1 FROM pg_catalog.pg_class c
                WHERE c.relname = stage AND c.relnamespace = pg_catalog.pg_my_temp_schema())
            THEN
                EXECUTE pg_catalog.format('TRUNCATE pg_temp.%I', stage);
            ELSE
                EXECUTE pg_catalog.format(
                    'CREATE TEMPORARY TABLE %I (LIKE public.%I) ON COMMIT DROP',
                    stage, p_entity);
                EXECUTE pg_catalog.format(
                    'GRANT SELECT, INSERT ON pg_temp.%I TO %I', stage, session_user);
            END IF;
            RETURN 'pg_temp.' || pg_catalog.quote_ident(stage);
        END $$""")
    for function in FUNCTIONS:
        execute(f"REVOKE ALL ON FUNCTION {function} FROM PUBLIC")


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    _functions()
    per_statement(op.execute, logged_tables(bind))


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    per_row(op.execute, logged_tables(bind))
    for function in FUNCTIONS:
        op.execute(f"DROP FUNCTION {function}")
