"""Members & Activities: search as you type, SQL sorting, the member page, office scope."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from app.db.models import Member, Office
from ui.members.member_list import PAGE_SIZE, PLACEHOLDER


def _rows(view) -> list:
    model = view.model
    return [model.row_data(row) for row in range(model.rowCount())]


def _settle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.busy, timeout=10_000)
    model = window.members.model
    for row in range(model.rowCount()):  # ask for every page, as scrolling would
        model.data(model.index(row, 1))
    qtbot.waitUntil(lambda: not window.busy, timeout=10_000)


def _search(qtbot, window, text: str) -> None:
    window.show_view("members")
    window.members.search_box.clear()
    qtbot.keyClicks(window.members.search_box, text)
    _settle(qtbot, window)


def _a_last_name(db, office_code: str) -> str:
    with db.reading() as session:
        return session.scalar(
            select(Member.last_name)
            .join(Office, Office.id == Member.office_id)
            .where(Office.code == office_code)
            .order_by(Member.member_number)
        )


def test_typing_a_last_name_shows_only_members_with_that_name(qtbot, admin_window, demo_db):
    name = _a_last_name(demo_db.db, "BXL")
    _search(qtbot, admin_window, name)
    rows = _rows(admin_window.members)
    assert rows, "the member whose name was typed must be found"
    for row in rows:
        found_in = f"{row.first_name} {row.last_name} {row.activities}".lower()
        assert name.split()[0].lower() in found_in


def test_nonsense_shows_no_rows_and_the_count_says_so(qtbot, admin_window):
    _search(qtbot, admin_window, "zzqxjw")
    assert admin_window.members.model.rowCount() == 0
    assert admin_window.members.count_label.text() == "No members found"


def test_count_label_shows_the_number_found(qtbot, admin_window, demo_db):
    admin_window.show_view("members")
    _settle(qtbot, admin_window)
    with demo_db.db.reading() as session:
        total = len(session.scalars(select(Member.id).where(Member.deleted_at.is_(None))).all())
    assert admin_window.members.model.rowCount() == total
    assert admin_window.members.count_label.text().endswith("members")


def test_rows_show_a_placeholder_until_their_page_arrives(qtbot, admin_window):
    model = admin_window.members.model
    model.refresh()
    qtbot.waitUntil(lambda: not model.loading, timeout=10_000)
    # the first screenful comes with the search itself ...
    assert model.data(model.index(0, 1)) != PLACEHOLDER
    # ... further pages only when they are painted, fetched on the worker meanwhile
    row = PAGE_SIZE + 1
    assert model.rowCount() > row
    assert model.data(model.index(row, 1)) == PLACEHOLDER
    qtbot.waitUntil(lambda: model.data(model.index(row, 1)) != PLACEHOLDER, timeout=10_000)


def test_clicking_a_header_sorts_by_that_column_in_sql(qtbot, admin_window):
    admin_window.show_view("members")
    _settle(qtbot, admin_window)
    header = admin_window.members.table.horizontalHeader()
    header.setSortIndicator(2, Qt.SortOrder.AscendingOrder)  # what a click on "City" does
    _settle(qtbot, admin_window)
    assert admin_window.members.model.sort_key == "city"
    cities = [row.city for row in _rows(admin_window.members)]
    assert cities == sorted(cities)
    header.setSortIndicator(2, Qt.SortOrder.DescendingOrder)
    _settle(qtbot, admin_window)
    assert [row.city for row in _rows(admin_window.members)] == sorted(cities, reverse=True)


def test_selecting_a_row_shows_the_members_page(qtbot, admin_window):
    admin_window.show_view("members")
    _settle(qtbot, admin_window)
    first = admin_window.members.model.row_data(0)
    admin_window.members.select_row(0)
    qtbot.waitUntil(lambda: admin_window.members.detail.detail is not None, timeout=10_000)
    detail = admin_window.members.detail.detail
    assert detail.id == first.id
    texts = [
        label.text()
        for label in admin_window.members.detail.widget().findChildren(
            type(admin_window.members.count_label)
        )
    ]
    assert f"{first.first_name} {first.last_name}" in texts
    assert any(text.startswith("**.**.**-***.") for text in texts), "INSZ shown masked"


def test_a_gent_adviser_never_sees_brussels_members(qtbot, gent_window, demo_db):
    gent_window.show_view("members")
    _settle(qtbot, gent_window)
    offices = {row.office_code for row in _rows(gent_window.members)}
    assert offices == {"GNT"}
    _search(qtbot, gent_window, _a_last_name(demo_db.db, "BXL"))
    assert all(row.office_code == "GNT" for row in _rows(gent_window.members))
