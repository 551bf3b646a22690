"""The main window: navigation, status bar, honest placeholders, language switch."""

from __future__ import annotations

from decimal import Decimal

from app.config import Settings
from app.formatting import format_money
from ui.i18n import current_language


def _nav_texts(window) -> list[str]:
    return [window.nav.item(row).text() for row in range(window.nav.count())]


def test_navigation_lists_every_view(admin_window):
    assert _nav_texts(admin_window) == [
        "Home",
        "Members & Activities",
        "Quotes",
        "Declarations",
        "TeamAdmin queue",
        "Loans",
        "Sync",
    ]


def test_status_bar_shows_office_user_pending_changes_and_last_sync(admin_window):
    assert admin_window.office_label.text() == "Office: Brussels"
    assert admin_window.user_label.text() == "User: Ada Admin"
    assert admin_window.pending_label.text().startswith("Pending changes: ")
    assert admin_window.sync_label.text() == "Last sync: never"


def test_home_shows_the_dashboard_counts(admin_window):
    board = admin_window._dashboard
    assert admin_window.home.tiles["members"].number.text() == str(board.members)
    assert admin_window.home.greeting.text() == "Welcome, Ada Admin"


def test_planned_views_say_so_and_show_live_counts(qtbot, admin_window):
    declarations = admin_window.planned["declarations"]
    admin_window.show_view("declarations")
    assert declarations.notice.text() == "This part of SmartDesk is not available yet."
    board = admin_window._dashboard
    values = [
        declarations.counts.itemAt(row, declarations.counts.ItemRole.FieldRole).widget().text()
        for row in range(declarations.counts.rowCount())
    ]
    assert values == [str(board.draft_declarations), str(len(board.deadlines))]


def test_switching_to_french_changes_navigation_and_amounts(qtbot, admin_window, demo_db):
    amount = Decimal("1234.56")
    assert format_money(amount, current_language()) == "€1,234.56"
    admin_window.set_language("fr")
    qtbot.waitUntil(lambda: not admin_window.busy, timeout=10_000)
    assert current_language() == "fr"
    assert _nav_texts(admin_window)[1] == "Membres et activités"
    assert admin_window.sync_label.text() == "Dernière synchronisation : jamais"
    assert format_money(amount, current_language()) == "1.234,56\u00a0€"
    assert Settings.load(demo_db.paths.settings_file).language == "fr"
