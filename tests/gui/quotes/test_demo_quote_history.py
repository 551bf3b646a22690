"""A demo quote's History tab tells what it went through, as a real quote's does."""

from __future__ import annotations

from sqlalchemy import func, select

from app.db.models import Office, Quote, QuoteLine
from app.demo.generator import DEMO_ACTOR
from tests.gui.conftest import open_window


def test_an_accepted_demo_quote_lists_created_lines_sent_and_accepted(
    qtbot, demo_db, worker, english
):
    with demo_db.db.reading() as session:
        quote_id, number = session.execute(
            select(Quote.id, Quote.number)
            .join(Office, Office.id == Quote.office_id)
            .where(Office.code == "BXL", Quote.state == "accepted", Quote.updated_by == DEMO_ACTOR)
            .order_by(Quote.issue_date.desc())
            .limit(1)
        ).one()
        lines = session.scalar(
            select(func.count()).select_from(QuoteLine).where(QuoteLine.quote_id == quote_id)
        )
    window = open_window(qtbot, demo_db, worker, "gui.bxl")
    window.show_view("quotes")
    qtbot.waitUntil(lambda: not window.busy, timeout=15_000)
    window.quotes.open_quote(quote_id)
    qtbot.waitUntil(lambda: not window.busy, timeout=15_000)
    editor = window.quotes.editor
    history = editor.history
    what = [history.item(row, 1).text() for row in range(history.rowCount())]
    # newest first
    assert what == [
        f"Accepted\n{number}",
        f"Sent\nnumber {number}",
        *["Line added"] * lines,
        "Quote created",
    ]
    who = {history.item(row, 0).text().split("\n")[1] for row in range(history.rowCount())}
    assert len(who) == 1 and who != {""}  # an adviser of the quote's office
