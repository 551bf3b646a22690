"""A first pull goes in pages of short transactions and resumes after a cut (issue 14,
point 2): cut mid-way, then resumed, it ends with exactly the rows of an uncut one,
including what was written centrally in between."""

from __future__ import annotations

import sqlalchemy as sa

from app.sync.local import central_select, read_state
from app.sync.pull import FIRST_PULL, full_pull, parse_cursor, pull_changes
from app.sync.remote import open_central
from app.sync.tables import TABLES
from tests.sync.conftest import PASSWORD

COMPARED = ("members", "clients", "quotes", "quote_lines", "contracts")


def _rows(device, name: str) -> list[dict]:
    table = TABLES[name]
    with device.db.engine.connect() as conn:
        rows = conn.execute(central_select(table).order_by(table.c.id)).mappings()
        return [dict(r) for r in rows]


def test_a_first_pull_cut_mid_way_resumes_and_ends_as_an_uncut_one(central):
    cut = central.device("bxl1", connect_now=False)
    engine = open_central(central.user_url(), cut.login, PASSWORD)
    pages = []

    def progress(done, total, stage) -> None:
        pages.append(stage)

    try:
        first = full_pull(
            cut.db, engine, progress, cancelled=lambda: "pull:quotes" in pages, chunk=40
        )
        assert first.cancelled and first.pulled > 0
        state = read_state(cut.db)
        assert state.get(FIRST_PULL) and not state.get("sync_cursor")
        members_then = cut.scalar("SELECT count(*) FROM members")
        quotes_then = cut.scalar("SELECT count(*) FROM quotes")
        assert members_then > 40 and 0 < quotes_then < central.scalar(
            "SELECT count(*) FROM quotes q JOIN offices o ON o.id = q.office_id "
            "WHERE o.code = 'BXL'"
        )
        # written centrally while the device was cut off: a page already read changes
        member = cut.scalar("SELECT id FROM members ORDER BY id LIMIT 1")
        central.execute(
            "UPDATE members SET email = 'between@example.be' WHERE id = :i", i=str(member)
        )
        rest = full_pull(cut.db, engine, progress, chunk=40)  # resumes at the next page
        assert not rest.cancelled
        kept = sum(cut.scalar(f"SELECT count(*) FROM {name}") for name in TABLES)
        assert first.pulled + rest.pulled <= kept + 40  # not from the start: one page at most
        assert FIRST_PULL not in read_state(cut.db)
        pull_changes(cut.db, engine, parse_cursor(read_state(cut.db)["sync_cursor"]))
    finally:
        engine.dispose()
    uncut = central.device("bxl1")  # a normal first pull, after the change
    for name in COMPARED:
        assert _rows(cut, name) == _rows(uncut, name), name
    assert cut.scalar("SELECT email FROM members WHERE id = :i", i=member) == ("between@example.be")
    assert central.scalar(
        "SELECT count(*) FROM members m JOIN offices o ON o.id = m.office_id WHERE o.code = 'BXL'"
    ) == cut.scalar("SELECT count(*) FROM members")


def test_no_transaction_stays_open_across_pages_of_a_first_pull(central):
    device = central.device("bxl1", connect_now=False)
    engine = open_central(central.user_url(), device.login, PASSWORD)
    begun = []
    sa.event.listen(engine, "begin", lambda conn: begun.append(1))
    try:
        result = full_pull(device.db, engine, chunk=200)
    finally:
        engine.dispose()
    assert result.pulled > 1000
    assert len(begun) > result.pulled // 200  # one short transaction per page
