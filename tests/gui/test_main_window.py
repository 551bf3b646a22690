"""The main window: navigation, status bar, honest placeholders, language switch, and
screens that offer each role only what it may do."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtWidgets import QLabel

from app.config import Settings
from app.formatting import format_money
from app.services.quotes import quotes as quote_service
from tests.gui.conftest import open_window
from tests.gui.test_view_registry import add_teamadmin
from ui.i18n import current_language
from ui.views.registry import newest_draft_with_lines


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
        "Issuer identity",
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


def test_every_view_in_the_navigation_is_a_working_view_not_a_placeholder(admin_window):
    from ui.loans.loans import LoansView

    admin_window.show_view("loans")
    assert isinstance(admin_window.views["loans"], LoansView)
    shown = [label.text() for v in admin_window.views.values() for label in v.findChildren(QLabel)]
    assert not [text for text in shown if "not available yet" in text]


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


# --- what each role is offered ---------------------------------------------------------------


@pytest.fixture
def teamadmin_window(qtbot, demo_db, worker, english):
    return open_window(qtbot, demo_db, worker, add_teamadmin(demo_db))


def _open_in_editor(qtbot, window, quote_id: str | None):
    assert quote_id is not None
    window.show_view("quotes")
    window.quotes.open_quote(quote_id)
    qtbot.waitUntil(lambda: not window.busy, timeout=10_000)
    return window.quotes.editor


def test_home_shows_each_role_the_counts_of_its_own_work(gent_window, teamadmin_window):
    adviser_tiles = set(gent_window.home.tiles)
    assert {"draft_quotes", "sent_quotes", "draft_declarations"} <= adviser_tiles
    assert not {"open_certificates", "loans_to_decide"} & adviser_tiles
    teamadmin_tiles = set(teamadmin_window.home.tiles)
    assert {"open_certificates", "draft_declarations"} <= teamadmin_tiles
    assert not {"draft_quotes", "sent_quotes", "loans_to_decide"} & teamadmin_tiles


def test_an_adviser_is_offered_new_quote_and_duplicate(gent_window):
    quotes = gent_window.quotes
    assert not quotes.new_button.isHidden() and not quotes.duplicate_button.isHidden()
    assert quotes.read_only_note.isHidden()


def test_a_role_that_cannot_change_quotes_is_not_offered_new_quote_or_duplicate(
    teamadmin_window,
):
    quotes = teamadmin_window.quotes
    assert quotes.new_button.isHidden() and quotes.duplicate_button.isHidden()
    assert not quotes.read_only_note.isHidden()
    assert "advisers of each office" in quotes.read_only_note.text()
    assert quotes.new_quote() is None  # nor by Ctrl+N


def test_a_role_that_cannot_change_quotes_opens_a_draft_read_only(qtbot, teamadmin_window):
    editor = _open_in_editor(qtbot, teamadmin_window, newest_draft_with_lines(teamadmin_window.ctx))
    assert editor.view.state == "draft" and not editor.editable
    assert "You can read this quote but not change it" in editor.banner.text()
    for button in (
        editor.send_button, editor.add_line_button,
        editor.edit_line_button, editor.remove_line_button, editor.decide_button,
        editor.change_client_button, editor.change_header_button, editor.vies_button,
    ):  # fmt: skip
        assert button.isHidden(), button.text()
    # under More: only the PDF
    offered = [a for a in editor.more_menu.actions() if a.isVisible() and a.isEnabled()]
    assert offered == [editor.pdf_action]
    assert editor.blocking.text() == "" and editor.blocking_row.isHidden()
    editor.select_line(1)
    assert editor.add_line() is None and editor.edit_line() is None
    assert editor.decide_vat() is None and editor.change_client() is None
    assert editor.decide_next_line() is None
    editor.save_now()  # Ctrl+S says why there is nothing to save
    assert "read only" in teamadmin_window.statusBar().currentMessage()


def test_a_role_that_cannot_change_quotes_is_not_offered_the_moves_of_a_sent_quote(
    qtbot, teamadmin_window
):
    sent = quote_service.list_quote_ids(
        teamadmin_window.ctx, quote_service.QuoteFilter(state="sent"), "date"
    )
    editor = _open_in_editor(qtbot, teamadmin_window, sent[0] if sent else None)
    assert editor.view.state == "sent"
    for button in (editor.accept_button, editor.refuse_button):
        assert button.isHidden(), button.text()
    for action in (editor.cancel_action, editor.duplicate_action):
        assert not action.isVisible(), action.text()
    assert "You can read this quote but not change it" in editor.banner.text()


def test_an_adviser_keeps_every_move_of_a_draft_of_their_office(qtbot, gent_window):
    editor = _open_in_editor(qtbot, gent_window, newest_draft_with_lines(gent_window.ctx))
    assert editor.editable and editor.banner.text() == ""
    for button in (editor.send_button, editor.add_line_button, editor.more_button):
        assert button.isVisible(), button.text()
    assert editor.cancel_action in editor.more_menu.actions() and editor.cancel_action.isVisible()


# --- the window opens with its first view only (DESIGN §5: interactive within 1.5 s) --------


@pytest.fixture
def counting_view():
    """A view registered after Sync that shows the counts and the office name it is given."""
    from PySide6.QtWidgets import QLabel

    from ui.views import registry
    from ui.views.registry import ViewEntry

    class Counting(QLabel):
        def set_dashboard(self, board) -> None:
            self.setText(f"{board.members} members")

        def set_office_name(self, name: str) -> None:
            self.setToolTip(name)

    registry.register(ViewEntry("counting", "Counting", "", lambda _window: Counting()))
    yield
    registry.unregister("counting")


def test_a_view_is_built_on_its_first_visit_with_the_counts_the_window_has(
    qtbot, counting_view, demo_db, worker, english
):
    window = open_window(qtbot, demo_db, worker, "gui.admin")
    assert window.views.is_built("main")
    assert not any(window.views.is_built(name) for name in ("members", "quotes", "counting"))
    assert "counting" in window.views and "loans" in window.views  # offered, not yet built
    window.show_view("counting")
    view = window.views["counting"]
    assert window.stack.currentWidget() is view
    assert view.text() == f"{window._dashboard.members} members"
    assert view.toolTip() == "Brussels"
    assert not window.views.is_built("quotes")
    window.show_view("main")
    window.show_view("counting")  # built once: the same widget comes back
    assert window.stack.currentWidget() is view
    assert window.stack.count() == len(window.view_names())
