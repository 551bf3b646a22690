"""The quote list: filters and sorting in SQL, the flag for overrides, office scope."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from sqlalchemy import select

from app.db.models import Office, Quote
from app.services.context import ServiceContext
from app.services.quotes.clients import ClientInput, create_client
from app.services.quotes.quotes import LineInput, add_line, create_quote, decide_line_vat
from app.services.users import user_by_login
from smartdesk_entrypoints.cli import main
from tests.fakes import FakeVies
from tests.gui.quotes.test_quote_editor import a_member_with_an_activity
from ui.quotes.quote_list import FLAG, FLAG_COLUMN, PAGE_SIZE, PLACEHOLDER
from ui.quotes.vies import use_vies


@pytest.fixture(autouse=True)
def fake_vies():
    use_vies(FakeVies())
    yield
    use_vies(None)


def settle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.busy, timeout=15_000)
    model = window.quotes.model
    for row in range(model.rowCount()):  # ask for every page, as scrolling would
        model.data(model.index(row, 1))
    qtbot.waitUntil(lambda: not window.busy, timeout=15_000)


def rows(window) -> list:
    model = window.quotes.model
    return [model.row_data(row) for row in range(model.rowCount())]


def office_quote_ids(db, code: str) -> set[str]:
    with db.reading() as session:
        return set(
            session.scalars(
                select(Quote.id)
                .join(Office, Office.id == Quote.office_id)
                .where(Office.code == code, Quote.deleted_at.is_(None))
            )
        )


@pytest.fixture
def quotes_window(qtbot, admin_window):
    admin_window.show_view("quotes")
    settle(qtbot, admin_window)
    return admin_window


def test_the_list_shows_every_quote_the_user_may_see(qtbot, quotes_window, demo_db):
    with demo_db.db.reading() as session:
        total = len(session.scalars(select(Quote.id).where(Quote.deleted_at.is_(None))).all())
    assert quotes_window.quotes.model.rowCount() == total
    assert quotes_window.quotes.count_label.text().endswith("quotes")
    headers = [
        quotes_window.quotes.model.header_text(c)
        for c in range(quotes_window.quotes.model.columnCount())
    ]
    assert headers[1:] == [
        "Number", "Date", "Valid until", "Client", "Activity", "State", "Net", "Incl. VAT",
    ]  # fmt: skip


def test_rows_arrive_lazily_with_a_placeholder(qtbot, quotes_window):
    model = quotes_window.quotes.model
    quotes_window.show_view("main")  # no table on screen asks for rows meanwhile
    model.refresh()
    qtbot.waitUntil(lambda: not model.loading, timeout=10_000)
    # the first screenful comes with the query; later pages when they are painted
    assert model.data(model.index(0, 1)) != PLACEHOLDER
    row = PAGE_SIZE + 1
    assert model.rowCount() > row
    assert model.data(model.index(row, 1)) == PLACEHOLDER
    qtbot.waitUntil(lambda: model.data(model.index(row, 1)) != PLACEHOLDER, timeout=10_000)


def test_filtering_by_state_shows_only_that_state_translated(qtbot, quotes_window):
    view = quotes_window.quotes
    view.set_state_filter("sent")
    settle(qtbot, quotes_window)
    found = rows(quotes_window)
    assert found, "the demo data has sent quotes"
    assert {row.state for row in found} == {"sent"}
    model = view.model
    assert model.data(model.index(0, 6)) == "Sent"
    quotes_window.set_language("fr")
    settle(qtbot, quotes_window)
    assert model.data(model.index(0, 6)) == "Envoyé"
    assert "€" in model.data(model.index(0, 7)) and "," in model.data(model.index(0, 7))
    quotes_window.set_language("en")


def test_filtering_by_period_and_text(qtbot, quotes_window):
    view = quotes_window.quotes
    some = rows(quotes_window)[len(rows(quotes_window)) // 2]
    view.date_from.setDate(some.issue_date)
    view.date_to.setDate(some.issue_date)
    settle(qtbot, quotes_window)
    assert {row.issue_date for row in rows(quotes_window)} == {some.issue_date}
    view.date_from.setDate(view.date_from.minimumDate())
    view.date_to.setDate(view.date_to.minimumDate())
    numbered = next(row for row in rows(quotes_window) if row.number)
    qtbot.keyClicks(view.search_box, numbered.number)
    settle(qtbot, quotes_window)
    assert [row.number for row in rows(quotes_window)] == [numbered.number]


@pytest.mark.parametrize(
    ("column", "key", "value"),
    [(4, "client", lambda r: r.client), (7, "net", lambda r: r.total_net)],
)
def test_clicking_a_header_sorts_by_that_column_in_sql(qtbot, quotes_window, column, key, value):
    header = quotes_window.quotes.table.horizontalHeader()
    header.setSortIndicator(column, Qt.SortOrder.AscendingOrder)  # what a click does
    settle(qtbot, quotes_window)
    assert quotes_window.quotes.model.sort_key == key
    values = [value(row) for row in rows(quotes_window)]
    assert values == sorted(values)
    header.setSortIndicator(column, Qt.SortOrder.DescendingOrder)
    settle(qtbot, quotes_window)
    assert [value(row) for row in rows(quotes_window)] == sorted(values, reverse=True)


def _overridden_quote(demo_db) -> str:
    ctx = ServiceContext(demo_db.db, user_by_login(demo_db.db, "gui.bxl"))
    _name, _number, activity_id = a_member_with_an_activity(demo_db.db, "BXL")
    client_id = create_client(ctx, activity_id, ClientInput("private", "Zeno Flagged", "BE"))
    quote_id = create_quote(ctx, activity_id, client_id, date.today())
    line_id = add_line(
        ctx, quote_id, LineInput("Web design", "design_service", Decimal(10), Decimal(60))
    )
    decide_line_vat(
        ctx, line_id, "taxable", "6", "KB nr. 20 tabel A rubriek XXIX",
        "Licence of the design rights is the main object of this contract.",
    )  # fmt: skip
    return quote_id


def test_a_quote_with_an_overridden_line_is_flagged(qtbot, quotes_window, demo_db):
    quote_id = _overridden_quote(demo_db)
    view = quotes_window.quotes
    qtbot.keyClicks(view.search_box, "Zeno Flagged")
    settle(qtbot, quotes_window)
    model = view.model
    assert model.rowCount() == 1 and model.quote_id(0) == quote_id
    assert model.data(model.index(0, FLAG_COLUMN)) == FLAG
    tooltip = model.data(model.index(0, FLAG_COLUMN), Qt.ItemDataRole.ToolTipRole)
    assert "overridden" in tooltip
    view.search_box.clear()
    settle(qtbot, quotes_window)
    unflagged = [r for r in range(model.rowCount()) if not model.row_data(r).flagged]
    assert model.data(model.index(unflagged[0], FLAG_COLUMN)) is None


def test_a_gent_adviser_sees_no_brussels_quote(qtbot, gent_window, demo_db):
    gent_window.show_view("quotes")
    settle(qtbot, gent_window)
    model = gent_window.quotes.model
    listed = {model.quote_id(row) for row in range(model.rowCount())}
    assert listed and listed <= office_quote_ids(demo_db.db, "GNT")
    brussels = office_quote_ids(demo_db.db, "BXL")
    with demo_db.db.reading() as session:
        number = session.scalar(
            select(Quote.number).where(Quote.id.in_(brussels), Quote.number.is_not(None)).limit(1)
        )
    qtbot.keyClicks(gent_window.quotes.search_box, number)
    settle(qtbot, gent_window)
    assert model.rowCount() == 0
    assert gent_window.quotes.count_label.text() == "No quotes found"
    # and opening one by its id says it does not exist
    gent_window.quotes.open_quote(next(iter(brussels)))
    settle(qtbot, gent_window)
    assert "no longer exists" in gent_window.quotes.editor.bar.text()
    assert gent_window.quotes.editor.view is None


def test_the_list_of_one_activity_and_client(qtbot, quotes_window, demo_db):
    from ui.members.activity_picker import ChosenActivity

    quote_id = _overridden_quote(demo_db)
    with demo_db.db.reading() as session:
        quote = session.get(Quote, quote_id)
        activity_id, client_id = quote.activity_id, quote.client_id
    activity = ChosenActivity(activity_id, "Activity", "Member", "verenigde_producties")
    quotes_window.open_quotes_for(activity, client_id)
    settle(qtbot, quotes_window)
    view = quotes_window.quotes
    assert view.client_filter.isVisible()
    assert view.client_filter.currentData() == client_id
    assert [view.model.quote_id(r) for r in range(view.model.rowCount())] == [quote_id]
    view.show_for_activity(None)
    settle(qtbot, quotes_window)
    assert view.model.rowCount() > 1


def test_open_edit_and_back_shows_the_list_again(qtbot, quotes_window, demo_db):
    quote_id = _overridden_quote(demo_db)
    view = quotes_window.quotes
    view.open_quote(quote_id)
    settle(qtbot, quotes_window)
    assert view.editing and view.editor.view.id == quote_id
    assert "→ adviser:" in view.editor.vat_text(1)
    view.editor.back_button.click()
    settle(qtbot, quotes_window)
    assert not view.editing


def test_save_pdf_and_duplicate_from_the_list(qtbot, quotes_window, tmp_path):
    view = quotes_window.quotes
    view.set_state_filter("accepted")
    settle(qtbot, quotes_window)
    view.select_row(0)
    assert view.duplicate_button.isEnabled()
    out = tmp_path / "from-list.pdf"
    view.save_pdf(out)
    settle(qtbot, quotes_window)
    assert out.exists() and out.read_bytes().startswith(b"%PDF")
    assert str(out) in view.bar.text()
    view.duplicate()
    settle(qtbot, quotes_window)
    assert view.editing and view.editor.view.state == "draft"


def test_screenshot_of_the_quote_editor(qapp, demo_db, tmp_path):
    out = tmp_path / "editor.png"
    code = main(
        [
            "--data-dir", str(demo_db.paths.data_dir), "screenshot", "--view", "quote_editor",
            "--out", str(out), "--lang", "nl", "--size", "1280x800",
        ]
    )  # fmt: skip
    assert code == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 800)


def test_a_date_filter_uses_the_issue_date(qtbot, quotes_window):
    view = quotes_window.quotes
    view.date_from.setDate(date.today() + timedelta(days=400))
    settle(qtbot, quotes_window)
    assert view.model.rowCount() == 0


def test_a_sent_quote_past_its_validity_shows_as_expired_when_the_window_starts(
    qtbot, demo_db, worker, english
):
    from tests.gui.conftest import open_window

    user = user_by_login(demo_db.db, "gui.bxl")
    ctx = ServiceContext(demo_db.db, user)
    _name, _number, activity_id = a_member_with_an_activity(demo_db.db, "BXL")
    client_id = create_client(ctx, activity_id, ClientInput("private", "Anne Peeters", "BE"))
    quote_id = create_quote(ctx, activity_id, client_id, date.today() - timedelta(days=60), 30)
    add_line(ctx, quote_id, LineInput("Portrait", "photography_service", Decimal(1), Decimal(250)))
    from app.services.quotes.quotes import quote_view, send_quote

    send_quote(ctx, quote_id)
    window = open_window(qtbot, demo_db, worker, "gui.bxl")
    assert quote_view(window.ctx, quote_id).state == "expired"
