"""The Sync view's Files tab: which attached files this device has and which it is
fetching (issue 14, point 5)."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt

from app.services.attachments.store import attach
from app.sync import files
from tests.gui.sync.test_sync_view import TIMEOUT, device_window, wait_for_round
from tests.sync.conftest import central, proxy, sync_run  # noqa: F401 - fixtures
from tests.sync.test_attachment_files import _activity


def test_the_files_tab_shows_what_is_here_and_what_is_being_fetched(
    qtbot,
    central,  # noqa: F811
    worker,
    english,
):
    gnt1 = central.device("gnt1")
    activity, office = _activity(gnt1)
    big = os.urandom(2 * files.CHUNK_BYTES + 10)
    small = os.urandom(2_000)
    big_sha = attach(gnt1.ctx(), "activities", activity, office, "contract-scan.pdf", big).sha256
    attach(gnt1.ctx(), "activities", activity, office, "id-card.png", small)
    assert gnt1.sync().files_up == 2

    gnt2 = central.device("gnt2")
    folder = gnt2.db.attachments_dir
    # as if the background fetch of the big one had been cut after its first chunk
    part = files.incoming_path(folder, big_sha)
    part.write_bytes(big[: files.CHUNK_BYTES])
    files.file_path(folder, big_sha).unlink()

    window = device_window(qtbot, gnt2, worker)
    view = window.sync_view
    view.tabs.setCurrentIndex(3)
    qtbot.waitUntil(lambda: view.file_list.rowCount() >= 2, timeout=TIMEOUT)
    rows = {
        view.file_list.item(r, 0).text(): view.file_list.item(r, 2).text()
        for r in range(view.file_list.rowCount())
    }
    assert rows["contract-scan.pdf"] == "Fetching: 49 %"
    assert rows["id-card.png"] == "On this device"
    here = sum(1 for text in rows.values() if text == "On this device")
    assert view.tabs.tabText(3) == f"Files ({here} of {len(rows)} here)"

    os.environ["SMARTDESK_PASSWORD"] = gnt2.password
    try:
        qtbot.mouseClick(view.sync_button, Qt.MouseButton.LeftButton)
        wait_for_round(qtbot, window)
    finally:
        del os.environ["SMARTDESK_PASSWORD"]
    qtbot.waitUntil(
        lambda: any(
            view.file_list.item(r, 0).text() == "contract-scan.pdf"
            and view.file_list.item(r, 2).text() == "On this device"
            for r in range(view.file_list.rowCount())
        ),
        timeout=TIMEOUT,
    )
    assert files.file_path(folder, big_sha).read_bytes() == big
    assert "Attached files sent: 0 · fetched: 1" in view.report_details.text()
