"""The central database against a login of the same office (wave 4).

1. Attachment files go in only through `sync_put_file` (PostgreSQL only).
   Before, a login could insert chunks into `sync_files`/`sync_file_chunks` for any
   hash named by an attachment it could read. Garbage inserted first for a hash was
   refused by every download (hash check), and the real file could then never arrive:
   the place was taken. Now:
   - no login inserts into those two tables (the insert policies go; `central init`
     grants SELECT only);
   - a login stages the chunks of a file in `sync_file_uploads`, rows only it sees
     (the same "may read an attachment naming the hash" check as before, and no more
     chunks than the size limit allows), in as many transactions as it likes: a cut
     upload resumes at its first chunk missing;
   - `sync_put_file(sha256)` (SECURITY DEFINER, owned by the schema's owner, fixed
     search_path) joins the caller's staged chunks and stores the file only when the
     sha256 of the bytes is the hash declared and the size is within
     `sync_settings.max_file_bytes` (set by `central init` from the attachment rules);
     it cuts the bytes into the chunks downloads expect (512 KiB), whatever the staged
     ones were. A file already there is left as it is ('exists'), and the caller's
     staged chunks are dropped in every outcome but 'incomplete'. Another login's
     staged garbage never blocks anybody: staging is per login.
   - files stored before this revision are checked once here: one whose chunks do not
     add up to its hash (or are not cut as downloads expect) is removed, and its
     device sends it again at its next round.

2. A medical certificate's attachment row follows its health row (PostgreSQL only).
   The certificate is attached to the declaration's `accident_health` row (owner
   `accident_health`), which only the adviser who filed the declaration, TeamAdmin and
   admins read (0008). The attachment row itself followed 0005's rules: every adviser
   of the office read it (its file name among others), and TeamAdmin, who reads
   attachments by reference, did not (0005's references lack `accident_health`). Now
   an attachment row of a health row is read by whoever may read that health row, and
   written by whoever may write it; other attachment rows keep their rules. The
   certificates already central are touched (a new row_version, a feed entry): the
   devices of the office that hold one they may no longer read drop it, TeamAdmin's
   devices receive them.

3. A login claims at most `sync_settings.max_series_per_login` numbering series
   (PostgreSQL only). A series (1-999, never given twice, 0010) came with every device
   row a login inserted, so one login could use them all up with a loop of INSERTs.
   Now the trigger that gives the series (SECURITY DEFINER, fixed search_path) counts
   the series the devices of the row's login hold and refuses one more past the limit
   (5: a laptop, a desk, a few reinstalls), saying so; a device registering again keeps
   its series as before and costs nothing. An administrator who needs more for one
   person raises the setting.

Revision ID: 0017
Revises: 0016
"""

from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

OWNER = "(SELECT public.sync_is_owner())"
SAFE_PATH = "SET search_path = pg_catalog, public, pg_temp"

#: the chunk size downloads expect (`app.sync.files.CHUNK_BYTES`)
CHUNK = 524_288
#: the attachment rules' limit when this revision was written; `central init` keeps
#: `sync_settings.max_file_bytes` equal to `resources/rules/attachments.toml`
MAX_FILE_BYTES = 20_000_000
MAX_SERIES_PER_LOGIN = 5
STALE_STAGING = "7 days"  # a login's unfinished uploads are dropped after that


def readable(table: str) -> str:
    """A login may read a live attachment row naming `table`.sha256 (its own row-level
    security applies), and for a medical certificate the health row too (as in 0012)."""
    return (
        "EXISTS (SELECT 1 FROM public.attachments a "
        f"WHERE a.sha256 = {table}.sha256 AND a.deleted_at IS NULL "
        "AND (a.owner_table <> 'accident_health' OR EXISTS ("
        "SELECT 1 FROM public.accident_health h WHERE h.id = a.owner_id)))"
    )


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    _files()
    _health_attachments()
    _series_per_login()
    _grant_to_users_group()


def _files() -> None:
    execute = op.execute
    execute(
        "INSERT INTO public.sync_settings (key, value) "
        f"VALUES ('max_file_bytes', '{MAX_FILE_BYTES}') ON CONFLICT (key) DO NOTHING"
    )
    for table in ("sync_files", "sync_file_chunks"):
        execute(f"DROP POLICY IF EXISTS sync_insert ON public.{table}")
    execute(f"""
        CREATE TABLE public.sync_file_uploads (
            login name NOT NULL DEFAULT session_user,
            sha256 varchar(64) NOT NULL CHECK (sha256 ~ '^[0-9a-f]{{64}}$'),
            chunk integer NOT NULL CHECK (chunk >= 0),
            data bytea NOT NULL CHECK (octet_length(data) BETWEEN 1 AND {CHUNK}),
            staged_at timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (login, sha256, chunk)
        )""")
    execute("ALTER TABLE public.sync_file_uploads ENABLE ROW LEVEL SECURITY")
    execute(f"""
        CREATE POLICY sync_read ON public.sync_file_uploads FOR SELECT
        USING ({OWNER} OR login = session_user)""")
    execute(f"""
        CREATE POLICY sync_insert ON public.sync_file_uploads FOR INSERT
        WITH CHECK ({OWNER} OR (
            login = session_user
            AND chunk::bigint * {CHUNK} < (SELECT s.value::bigint FROM public.sync_settings s
                                         WHERE s.key = 'max_file_bytes')
            AND {readable("sync_file_uploads")}))""")
    execute(f"""
        CREATE POLICY sync_owner ON public.sync_file_uploads FOR ALL
        USING ({OWNER}) WITH CHECK ({OWNER})""")
    execute("ALTER TABLE public.sync_file_uploads FORCE ROW LEVEL SECURITY")
    execute("REVOKE ALL ON public.sync_file_uploads FROM PUBLIC")

    execute(f"""
        CREATE FUNCTION public.sync_put_file(p_sha256 text) RETURNS text
        LANGUAGE plpgsql VOLATILE SECURITY DEFINER {SAFE_PATH} AS $$
        DECLARE
            staged integer;
            last_chunk integer;
            whole bytea;
            size bigint;
            pieces integer;
            stored integer;
            max_bytes bigint := (SELECT s.value::bigint FROM public.sync_settings s
                                 WHERE s.key = 'max_file_bytes');
        BEGIN
            IF p_sha256 IS NULL OR p_sha256 !~ '^[0-9a-f]{{64}}$' THEN
                RETURN 'refused';
            END IF;
            DELETE FROM public.sync_file_uploads u
            WHERE u.login = session_user AND u.staged_at < now() - interval '{STALE_STAGING}';
            SELECT count(*), max(u.chunk) INTO staged, last_chunk
            FROM public.sync_file_uploads u
            WHERE u.login = session_user AND u.sha256 = p_sha256;
            IF staged = 0 THEN
                RETURN 'incomplete';  -- says nothing of whether the file exists
            END IF;
            IF EXISTS (SELECT 1 FROM public.sync_files f WHERE f.sha256 = p_sha256) THEN
                DELETE FROM public.sync_file_uploads u
                WHERE u.login = session_user AND u.sha256 = p_sha256;
                RETURN 'exists';
            END IF;
            IF staged <> last_chunk + 1 THEN
                RETURN 'incomplete';  -- a chunk is missing: the caller sends it
            END IF;
            SELECT string_agg(u.data, ''::bytea ORDER BY u.chunk) INTO whole
            FROM public.sync_file_uploads u
            WHERE u.login = session_user AND u.sha256 = p_sha256;
            DELETE FROM public.sync_file_uploads u
            WHERE u.login = session_user AND u.sha256 = p_sha256;
            size := pg_catalog.octet_length(whole);
            IF size > coalesce(max_bytes, 0)
               OR pg_catalog.encode(pg_catalog.sha256(whole), 'hex') <> p_sha256 THEN
                RETURN 'refused';
            END IF;
            pieces := ((size + {CHUNK} - 1) / {CHUNK})::integer;
            INSERT INTO public.sync_files (sha256, size, chunks, created_by)
            VALUES (p_sha256, size, pieces, session_user)
            ON CONFLICT (sha256) DO NOTHING;
            GET DIAGNOSTICS stored = ROW_COUNT;
            IF stored = 0 THEN
                RETURN 'exists';  -- another device stored it meanwhile
            END IF;
            INSERT INTO public.sync_file_chunks (sha256, chunk, data, digest)
            SELECT p_sha256, i, piece, pg_catalog.encode(pg_catalog.sha256(piece), 'hex')
            FROM (SELECT i, pg_catalog.substr(whole, i * {CHUNK} + 1, {CHUNK}) AS piece
                  FROM pg_catalog.generate_series(0, pieces - 1) AS i) AS cut;
            RETURN 'stored';
        END $$""")
    execute("REVOKE ALL ON FUNCTION public.sync_put_file(text) FROM PUBLIC")

    # files stored before: keep only those whose chunks add up to their hash, cut as
    # downloads expect; the others are sent again by their devices
    execute(f"""
        DO $$
        DECLARE
            f record;
            whole bytea;
            good boolean;
            pieces bigint;
        BEGIN
            FOR f IN SELECT s.sha256, s.size, s.chunks FROM public.sync_files s LOOP
                SELECT string_agg(c.data, ''::bytea ORDER BY c.chunk),
                       bool_and(c.digest = pg_catalog.encode(pg_catalog.sha256(c.data), 'hex')
                                AND (c.chunk = f.chunks - 1
                                     OR pg_catalog.octet_length(c.data) = {CHUNK})),
                       count(*)
                INTO whole, good, pieces
                FROM public.sync_file_chunks c WHERE c.sha256 = f.sha256;
                IF whole IS NULL OR NOT good OR pieces <> f.chunks
                   OR f.chunks <> (f.size + {CHUNK} - 1) / {CHUNK}
                   OR pg_catalog.octet_length(whole) <> f.size
                   OR pg_catalog.encode(pg_catalog.sha256(whole), 'hex') <> f.sha256 THEN
                    DELETE FROM public.sync_files s WHERE s.sha256 = f.sha256;
                END IF;
            END LOOP;
        END $$""")


# 0005's clause for the attachments a reader by reference reads (`referenced_clause`)
ATTACHMENTS_REFERENCED = " OR ".join(
    f"(owner_table = '{source}' AND owner_id IN (SELECT x.id FROM public.{source} x))"
    for source in (
        "certificate_requests",
        "accident_declarations",
        "insurance_claims",
        "loan_applications",
    )
)


def _health_attachments() -> None:
    execute = op.execute
    read = "(SELECT public.sync_scope('attachments', false))::uuid[]"
    write = "(SELECT public.sync_scope('attachments', true))::uuid[]"
    health_write = "(SELECT public.sync_scope('accident_health', true))::uuid[]"
    certificate = "owner_table = 'accident_health'"
    other = "owner_table IS DISTINCT FROM 'accident_health'"
    # the health row's own row-level security decides (0008: the filer, TeamAdmin, admins)
    health_read = (
        "EXISTS (SELECT 1 FROM public.accident_health h WHERE h.id = attachments.owner_id)"
    )
    health_writes = (
        "EXISTS (SELECT 1 FROM public.accident_health h WHERE h.id = attachments.owner_id "
        f"AND ({health_write} IS NULL OR h.office_id = ANY({health_write})))"
    )
    reads = (
        f"{read} IS NULL OR office_id = ANY({read}) OR "
        f"((SELECT public.sync_reads_referenced('attachments')) AND ({ATTACHMENTS_REFERENCED}))"
    )
    writes = f"{write} IS NULL OR office_id = ANY({write})"
    for policy in ("sync_read", "sync_insert", "sync_update"):
        execute(f"DROP POLICY IF EXISTS {policy} ON public.attachments")
    execute(f"""
        CREATE POLICY sync_read ON public.attachments FOR SELECT
        USING ({OWNER} OR ({certificate} AND {health_read}) OR ({other} AND ({reads})))""")
    may_write = f"{OWNER} OR ({certificate} AND {health_writes}) OR ({other} AND ({writes}))"
    execute(f"""
        CREATE POLICY sync_insert ON public.attachments FOR INSERT
        WITH CHECK ({may_write})""")
    execute(f"""
        CREATE POLICY sync_update ON public.attachments FOR UPDATE
        USING ({may_write}) WITH CHECK ({may_write})""")
    # the certificates already central go through the feed again (see the docstring)
    execute(
        "UPDATE public.attachments SET updated_at = updated_at "
        "WHERE owner_table = 'accident_health'"
    )


def _series_per_login() -> None:
    execute = op.execute
    execute(
        "INSERT INTO public.sync_settings (key, value) "
        f"VALUES ('max_series_per_login', '{MAX_SERIES_PER_LOGIN}') "
        "ON CONFLICT (key) DO NOTHING"
    )
    # as 0010's, plus the limit per login (the row's login: a login inserts only its own)
    execute(f"""
        CREATE OR REPLACE FUNCTION public.sync_assign_number_series() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER {SAFE_PATH} AS $$
        DECLARE
            held integer;
            allowed integer := coalesce((SELECT s.value::integer FROM public.sync_settings s
                                         WHERE s.key = 'max_series_per_login'), 0);
        BEGIN
            IF TG_OP = 'UPDATE' AND OLD.number_series IS NOT NULL THEN
                NEW.number_series := OLD.number_series;  -- a series is never changed
                RETURN NEW;
            END IF;
            IF TG_OP = 'INSERT' AND EXISTS (SELECT 1 FROM public.devices d WHERE d.id = NEW.id)
            THEN
                -- a device registering again (INSERT .. ON CONFLICT DO UPDATE runs this
                -- first): its row keeps its series, nothing is claimed
                NEW.number_series := NULL;
                RETURN NEW;
            END IF;
            PERFORM pg_catalog.pg_advisory_xact_lock(
                pg_catalog.hashtext('smartdesk.number_series'));
            SELECT pg_catalog.count(*) INTO held FROM public.devices d
            WHERE d.owner_login = NEW.owner_login AND d.number_series IS NOT NULL;
            IF held >= allowed THEN
                RAISE EXCEPTION 'the login % holds % numbering series already, one per '
                    'device it registered: no more are given to it', NEW.owner_login, held
                    USING ERRCODE = 'insufficient_privilege',
                          HINT = 'an administrator raises sync_settings.max_series_per_login';
            END IF;
            SELECT COALESCE(pg_catalog.max(d.number_series), 0) + 1 INTO NEW.number_series
            FROM public.devices d;
            IF NEW.number_series > 999 THEN
                RAISE EXCEPTION 'every numbering series (1-999) is given'
                    USING ERRCODE = 'program_limit_exceeded';
            END IF;
            RETURN NEW;
        END $$""")
    execute("REVOKE ALL ON FUNCTION public.sync_assign_number_series() FROM PUBLIC")


def _grant_to_users_group() -> None:
    """What `central init` grants too, so that the upgrade alone closes the holes."""
    op.execute("""
        DO $$
        DECLARE
            g text := (SELECT s.value FROM public.sync_settings s WHERE s.key = 'user_group');
        BEGIN
            IF g IS NULL OR NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles r
                                        WHERE r.rolname = g) THEN
                RETURN;
            END IF;
            EXECUTE pg_catalog.format(
                'REVOKE INSERT, UPDATE, DELETE ON public.sync_files, public.sync_file_chunks '
                'FROM %I', g);
            EXECUTE pg_catalog.format(
                'GRANT SELECT, INSERT ON public.sync_file_uploads TO %I', g);
            EXECUTE pg_catalog.format(
                'GRANT EXECUTE ON FUNCTION public.sync_put_file(text) TO %I', g);
        END $$""")


def downgrade() -> None:
    """Going back would reopen the holes this revision closes: restore the backup made
    before upgrading instead (as for 0005). A device's database has nothing to undo."""
    if op.get_bind().dialect.name == "postgresql":
        raise RuntimeError(
            "0017 is not undone on a central database: it closes security holes; "
            "restore the backup made before upgrading instead"
        )
