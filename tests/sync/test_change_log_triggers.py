"""Every synced table logs its inserts once per statement (the pattern of migration
0016), whatever migration made it: a table added later by copying an older migration
would get the row-by-row insert trigger again and make the first upload ~30x slower
without any test noticing."""

from __future__ import annotations

from app.sync.tables import TABLES

TRIGGERS = """
    SELECT c.relname, t.tgname, t.tgtype
    FROM pg_catalog.pg_trigger t
    JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid
    JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND NOT t.tgisinternal
      AND t.tgname IN ('sync_log_change', 'sync_log_inserts', 'sync_stamp_version',
                       'sync_stamp_insert')
"""
# pg_trigger.tgtype bits (PostgreSQL's trigger.h)
ROW, INSERT, UPDATE = 1, 4, 16


def test_every_synced_table_logs_inserts_per_statement_and_updates_per_row(central):
    with central.engine.connect() as conn:
        rows = conn.exec_driver_sql(TRIGGERS).all()
    found: dict[str, dict[str, int]] = {}
    for table, name, kind in rows:
        found.setdefault(table, {})[name] = kind
    assert set(TABLES) <= set(found), set(TABLES) - set(found)
    for table in TABLES:
        triggers = found[table]
        inserts = triggers.get("sync_log_inserts")
        assert inserts is not None, f"{table}: no per-statement insert log"
        assert inserts & INSERT and not inserts & ROW, f"{table}: inserts logged per row"
        change = triggers["sync_log_change"]
        assert change & UPDATE and change & ROW and not change & INSERT, (
            f"{table}: sync_log_change must fire on UPDATE only, row by row"
        )
        assert not triggers["sync_stamp_version"] & INSERT, f"{table}: stamps every insert"
        assert "sync_stamp_insert" in triggers, f"{table}: inserts not stamped"
