"""The Sync view's timeline and time left (issue 14, point 8)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.services.members.members import update_member_contact
from tests.gui.sync.test_sync_view import TIMEOUT, device_window, gent_member, wait_for_round
from tests.sync.conftest import central, proxy, sync_run  # noqa: F401 - fixtures
from ui.sync.sync_progress import time_left


def test_time_left_follows_the_pace_of_the_step_so_far(english):
    assert time_left(0, 1_000, 3.0) == ""  # nothing done yet: no guess
    assert time_left(500, 1_000, 60.0) == "about 60 s left"
    assert time_left(100, 1_000, 60.0) == "about 9 min left"
    assert time_left(990, 1_000, 10.0) == ""  # a few seconds: not worth saying


def test_the_last_rounds_show_when_how_long_and_what_moved(
    qtbot,
    central,  # noqa: F811
    worker,
    english,
):
    device = central.device("gnt1")  # the connect round is the first of the timeline
    window = device_window(qtbot, device, worker)
    view = window.sync_view
    worker.submit(update_member_contact, window.ctx, gent_member(central), email="t@example.be")
    qtbot.waitUntil(lambda: view.pending_value.text() == "1", timeout=TIMEOUT)

    qtbot.mouseClick(view.sync_button, Qt.MouseButton.LeftButton)
    wait_for_round(qtbot, window)
    qtbot.waitUntil(lambda: view.round_list.rowCount() == 2, timeout=TIMEOUT)

    table = view.round_list
    assert view.tabs.tabText(2) == "Last rounds"
    newest = [table.item(0, c).text() for c in range(table.columnCount())]
    assert newest[1].endswith(" s")
    assert newest[2] == "1"  # sent
    assert newest[4:] == ["0", "0", "Done"]  # conflicts, refused, result
    assert int(table.item(1, 3).text().replace(",", "")) > 0  # the first pull received rows
