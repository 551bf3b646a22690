"""The Sync view and background sync, against a real central PostgreSQL (DESIGN §4.8).

The central database and devices come from `tests/sync/conftest.py` (a fresh database
per test, copied from a template set up once per run; skipped with the reason when no
server answers, failing instead with SMARTDESK_REQUIRE_PG=1). The window is built
without the sync timer (`auto_sync=False`) unless a test is about the timer.
"""

from __future__ import annotations

import threading
import time

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox

from app.config import Settings
from app.services.context import ServiceContext
from app.services.members.members import update_member_contact
from app.services.sync import sync as sync_service
from app.services.sync.sync import SyncReport
from app.services.users import create_first_user
from tests.sync.conftest import PASSWORD, central, proxy, sync_run  # noqa: F401 - fixtures

TIMEOUT = 20_000


def gent_member(central) -> str:  # noqa: F811 - the fixture's name, as a parameter
    return str(
        central.scalar(
            "SELECT m.id FROM members m JOIN offices o ON o.id = m.office_id "
            "WHERE o.code = 'GNT' ORDER BY m.member_number LIMIT 1"
        )
    )


def open_window(qtbot, paths, db, user, worker, auto_sync: bool = False):
    from ui.main_window import MainWindow

    window = MainWindow(
        paths, ServiceContext(db, user), worker, Settings("en"), auto_sync=auto_sync
    )
    qtbot.addWidget(window)
    window.show()
    window.show_view("sync")
    qtbot.waitUntil(lambda: not window.busy, timeout=TIMEOUT)
    return window


def device_window(qtbot, device, worker, **options):
    return open_window(qtbot, device.paths, device.db, device.ctx().user, worker, **options)


def wait_for_round(qtbot, window, before: int = 0):
    """Wait until a round has finished (and the window has read what followed)."""
    runner = window.sync_runner
    qtbot.waitUntil(
        lambda: runner.running is None and runner.last_result is not None and not window.busy,
        timeout=TIMEOUT,
    )
    return runner.last_result


@pytest.fixture
def no_dialogs(monkeypatch):
    """Any message box is a failure: being offline is a state, not an error dialog."""
    shown = []

    def record(*args, **kwargs):
        shown.append(args)
        return QMessageBox.StandardButton.Ok

    for name in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(record))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    return shown


def test_a_fresh_device_says_not_connected_and_joins_through_the_dialog(
    qtbot,
    central,  # noqa: F811
    worker,
    english,
    no_dialogs,
):
    device = central.device("gnt1", connect_now=False)
    user = create_first_user(device.db, "local.admin", "Lokale Admin", "GNT", "1234", "en")
    window = open_window(qtbot, device.paths, device.db, user, worker)
    view = window.sync_view
    assert view.url_value.text() == "Not connected"
    assert view.state_value.text() == "Not connected: this device works on its own."
    assert view.last_sync_value.text() == "never"
    assert window.connection_label.full_text() == "Not connected"
    assert "not connected yet" in view.report_bar.text()
    assert not view.sync_button.isEnabled()

    qtbot.mouseClick(view.connect_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=TIMEOUT)
    assert "keyring" in dialog.keyring_note.text()  # where the password will be kept

    # an address that is not PostgreSQL is said at once, next to the field
    dialog.url_edit.setText("https://db.smart.coop/smartdesk")
    dialog.login_edit.setText(device.login)
    dialog.password_edit.setText(PASSWORD)
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert dialog.fields.text("url") and window.sync_runner.running is None

    dialog.url_edit.setText(device.url)
    dialog.sslmode.setCurrentIndex(dialog.sslmode.findData("prefer"))
    assert dialog.address().endswith("sslmode=prefer")
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.dialog is None, timeout=TIMEOUT)
    result = wait_for_round(qtbot, window)
    assert result.kind == "connect" and result.report.ok, result.report

    assert view.url_value.text().startswith("postgresql+psycopg://")
    assert "sslmode=prefer" in view.url_value.text()
    assert view.login_value.text() == device.login
    assert view.report_bar.text().startswith("Connected. The first sync finished at ")
    assert "Received: " in view.report_details.text()
    # the local admin user is not the adviser's to upload: said, kept on the device
    assert "Not uploaded, kept on this device:" in view.report_details.text()
    assert view.last_sync_value.text() != "never"
    assert view.sync_button.isEnabled()
    assert window.connection_label.full_text() == "Online"
    assert window.sync_label.text() != "Last sync: never"
    assert no_dialogs == []


def test_a_local_edit_shows_as_pending_and_sync_now_sends_it(
    qtbot,
    central,  # noqa: F811
    worker,
    english,
):
    device = central.device("gnt1")
    window = device_window(qtbot, device, worker)
    view = window.sync_view
    assert view.login_value.text() == device.login
    assert view.pending_value.text() == "0"
    assert window.connection_label.full_text() == "Connected"

    member = gent_member(central)
    ctx = window.ctx
    # a write through a service on the window's worker, as a view makes it
    worker.submit(update_member_contact, ctx, member, email="griet@atelier.be")
    qtbot.waitUntil(lambda: view.pending_value.text() == "1", timeout=TIMEOUT)
    assert window.pending_label.text() == "Pending changes: 1"

    qtbot.mouseClick(view.sync_button, Qt.MouseButton.LeftButton)
    result = wait_for_round(qtbot, window)
    assert result.report.ok and result.report.pushed == 1, result.report
    assert view.pending_value.text() == "0"
    assert window.pending_label.text() == "Pending changes: 0"
    assert view.report_bar.text().startswith("Sync finished at ")
    assert "Sent: 1 · Received: " in view.report_details.text()
    assert view.state_value.text().startswith("Online (last contact ")
    assert central.scalar("SELECT email FROM members WHERE id = :i", i=member) == (
        "griet@atelier.be"
    )


def test_a_conflict_shows_base_mine_theirs_and_is_resolved_per_field_from_the_view(
    qtbot,
    central,  # noqa: F811
    worker,
    english,
):
    a, b = central.device("gnt1"), central.device("gnt2")
    member = gent_member(central)
    base_email = central.scalar("SELECT email FROM members WHERE id = :i", i=member)
    update_member_contact(a.ctx(), member, email="a@example.be")
    assert a.sync().pushed == 1

    window = device_window(qtbot, b, worker)
    view = window.sync_view
    worker.submit(
        update_member_contact, window.ctx, member, email="b@example.be", phone="+32 470 00 00 01"
    )
    qtbot.waitUntil(lambda: view.pending_value.text() == "1", timeout=TIMEOUT)
    qtbot.mouseClick(view.sync_button, Qt.MouseButton.LeftButton)
    result = wait_for_round(qtbot, window)
    assert result.report.new_conflicts == 1, result.report
    assert view.conflicts_value.text() == "1"
    assert window.conflicts_label.text() == "Conflicts: 1"
    assert view.tabs.tabText(0) == "Conflicts (1)"
    assert "Conflicts waiting for your choice: 1" in view.report_details.text()

    assert view.conflict_list.rowCount() == 1
    conflict = view.selected_conflict()
    assert conflict is not None and conflict.fields == ("email",)
    assert view.conflict_list.item(0, 2).text() == "E-mail"
    assert view.conflict_reason.text() == (
        "The same field was changed here and in the central database."
    )
    table = view.field_table
    rows = {table.item(r, 0).text(): r for r in range(table.rowCount())}
    assert list(rows)[0] == "E-mail"  # the field in conflict comes first
    email = rows["E-mail"]
    assert [table.item(email, c).text() for c in (1, 2, 3)] == [
        base_email,
        "b@example.be",
        "a@example.be",
    ]
    assert table.item(email, 0).font().bold()
    # the phone only this device changed: ticked to keep mine already
    assert view.ticked_fields() == {"email": "theirs", "phone": "mine"}

    qtbot.mouseClick(view.keep_fields_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.conflict_list.rowCount() == 0 and not window.busy)
    assert view.conflict_empty.isVisible()
    assert view.report_bar.text().startswith("Kept the fields you chose for Member ")
    assert view.conflicts_value.text() == "0"
    assert view.pending_value.text() == "1"  # the choice syncs like any change

    qtbot.mouseClick(view.sync_button, Qt.MouseButton.LeftButton)
    result = wait_for_round(qtbot, window)
    assert result.report.ok and result.report.pushed == 1, result.report
    row = central.scalar("SELECT email || ' | ' || phone FROM members WHERE id = :i", i=member)
    assert row == "a@example.be | +32 470 00 00 01"
    a.sync()
    assert a.scalar("SELECT phone FROM members WHERE id = :i", i=member.replace("-", "")) == (
        "+32 470 00 00 01"
    )


def test_offline_is_a_state_said_in_words_and_the_window_keeps_turning(
    qtbot,
    central,  # noqa: F811
    proxy,  # noqa: F811
    worker,
    english,
    no_dialogs,
    monkeypatch,
):
    device = central.device("gnt1", url=central.user_url(port=proxy.port))
    proxy.close()  # the port is closed now: nothing answers there
    window = device_window(qtbot, device, worker)
    view = window.sync_view
    update_member_contact(device.ctx(), gent_member(central), phone="+32 9 000 00 00")
    window.sync_runner.refresh_status()
    qtbot.waitUntil(lambda: view.pending_value.text() == "1", timeout=TIMEOUT)

    # the round takes a moment longer, so that the event loop is seen turning during it
    real_run_sync = sync_service.run_sync
    threads, worker_answers = [], []

    def slow_run_sync(*args, **kwargs):
        threads.append(threading.current_thread().name)
        time.sleep(0.6)
        return real_run_sync(*args, **kwargs)

    monkeypatch.setattr(sync_service, "run_sync", slow_run_sync)
    ticks: list[tuple[float, bool]] = []
    timer = QTimer()
    timer.timeout.connect(
        lambda: ticks.append((time.monotonic(), window.sync_runner.running is not None))
    )
    timer.start(10)
    qtbot.mouseClick(view.sync_button, Qt.MouseButton.LeftButton)
    assert window.sync_runner.running == "round"
    assert view.progress.isVisible() and view.cancel_button.isVisible()
    assert window.connection_label.full_text() == "Syncing…"
    # the database worker is free meanwhile: a read made now is answered during the round
    worker.submit(
        sync_service.sync_status,
        device.db,
        on_result=lambda s: worker_answers.append(window.sync_runner.running),
    )
    result = wait_for_round(qtbot, window)
    timer.stop()

    assert threads and threads[0].startswith("smartdesk-sync")
    assert worker_answers == ["round"]
    assert sum(1 for _t, running in ticks if running) >= 20  # ~60 ticks of 10 ms in 0.6 s
    assert result.report.offline, result.report
    assert view.report_bar.text().startswith(
        "Offline: the changes stay on this device and go out at the next sync"
    )
    assert view.report_bar.kind == "warning"
    assert "Changes waiting on this device: 1" in view.report_details.text()
    assert view.state_value.text().startswith("Offline since ")
    assert window.connection_label.full_text() == "Offline — working on this device"
    assert view.pending_value.text() == "1"
    assert not view.progress.isVisible()
    assert no_dialogs == []


def test_without_a_keyring_the_password_is_asked_each_session_and_kept_nowhere(
    qtbot,
    central,  # noqa: F811
    worker,
    english,
    monkeypatch,
):
    import keyring
    from keyring.backends import fail

    monkeypatch.delenv("SMARTDESK_PASSWORD", raising=False)
    keyring.set_keyring(fail.Keyring())  # the autouse fixture puts the memory one back
    device = central.device("gnt1", connect_now=False)
    user = create_first_user(device.db, "local.admin", "Lokale Admin", "GNT", "1234", "en")
    window = open_window(qtbot, device.paths, device.db, user, worker)
    view = window.sync_view
    dialog = view.open_connect_dialog()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=TIMEOUT)
    assert dialog.keyring_note.text().startswith("This computer has no working keyring")
    dialog.url_edit.setText(device.url)
    dialog.login_edit.setText(device.login)
    dialog.password_edit.setText(PASSWORD)
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.dialog is None, timeout=TIMEOUT)
    result = wait_for_round(qtbot, window)
    assert result.report.ok and result.report.password_saved is False
    assert "the password is kept nowhere" in view.report_details.text()
    # in this session the typed password serves the next rounds
    qtbot.mouseClick(view.sync_button, Qt.MouseButton.LeftButton)
    assert wait_for_round(qtbot, window).report.ok
    window.close()

    # a new session: Sync now asks for the password, in a dialog that only asks that
    window = open_window(qtbot, device.paths, device.db, user, worker)
    view = window.sync_view
    qtbot.mouseClick(view.sync_button, Qt.MouseButton.LeftButton)
    result = wait_for_round(qtbot, window)
    assert result.report.message_key == "sync.password_needed"
    assert window.connection_label.full_text() == "Sync needs attention"
    dialog = view.dialog
    assert dialog is not None and dialog.url_edit.isReadOnly()
    assert dialog.login_edit.text() == device.login
    dialog.password_edit.setText(PASSWORD)
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.dialog is None, timeout=TIMEOUT)
    assert wait_for_round(qtbot, window).report.ok
    with device.db.engine.connect() as conn:  # nothing of it written on the device
        values = conn.execute(sa.text("SELECT value FROM local_state")).scalars().all()
    assert not any(PASSWORD in (v or "") for v in values)


# --- without a server: progress, Cancel and the timer, with a stand-in round ----------------


def _pretend_connected(db) -> None:
    from app.sync import local

    with local.local_write(db) as conn:
        local.set_state(conn, local.URL, "postgresql+psycopg://db.smart.coop/smartdesk")
        local.set_state(conn, local.USER, "an.peeters")


def test_a_long_round_shows_progress_and_can_be_cancelled(
    qtbot, demo_db, worker, english, monkeypatch
):
    _pretend_connected(demo_db.db)
    calls = []

    def long_round(db, progress=None, cancelled=None, password=None, **options):
        calls.append(password)
        for done in range(0, 100_000, 50):
            progress(done, 0, "pull:members")
            if cancelled():
                return SyncReport(pulled=done, cancelled=True)
            time.sleep(0.01)
        return SyncReport(pulled=done)

    monkeypatch.setattr(sync_service, "run_sync", long_round)
    from app.services.users import user_by_login

    window = open_window(
        qtbot, demo_db.paths, demo_db.db, user_by_login(demo_db.db, "gui.gnt"), worker
    )
    view = window.sync_view
    qtbot.mouseClick(view.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: view.progress_label.text().startswith("Receiving changes (Member): "),
        timeout=TIMEOUT,
    )
    assert view.cancel_button.isVisible() and not view.sync_button.isEnabled()
    qtbot.mouseClick(view.cancel_button, Qt.MouseButton.LeftButton)
    result = wait_for_round(qtbot, window)
    assert result.report.cancelled
    assert view.report_bar.text().startswith("Sync cancelled (")
    assert not view.cancel_button.isVisible()
    assert view.sync_button.isEnabled()


def test_the_timer_syncs_in_the_background_and_offline_is_only_shown(
    qtbot, demo_db, worker, english, monkeypatch, no_dialogs
):
    _pretend_connected(demo_db.db)
    rounds = []

    def offline_round(db, progress=None, cancelled=None, password=None, **options):
        rounds.append(threading.current_thread().name)
        return SyncReport(
            offline=True, message_key="sync.offline", message="no connection", pending=3
        )

    monkeypatch.setattr(sync_service, "run_sync", offline_round)
    import ui.sync.sync_runner

    monkeypatch.setattr(ui.sync.sync_runner, "AUTO_SYNC_INTERVAL_MS", 200)
    monkeypatch.setattr(ui.sync.sync_runner, "FIRST_AUTO_SYNC_DELAY_MS", 50)
    from app.services.users import user_by_login

    window = open_window(
        qtbot,
        demo_db.paths,
        demo_db.db,
        user_by_login(demo_db.db, "gui.gnt"),
        worker,
        auto_sync=True,
    )
    qtbot.waitUntil(lambda: len(rounds) >= 2, timeout=TIMEOUT)
    assert all(name.startswith("smartdesk-sync") for name in rounds)
    qtbot.waitUntil(lambda: window.sync_runner.running is None, timeout=TIMEOUT)
    assert window.connection_label.full_text() == "Offline — working on this device"
    view = window.sync_view
    assert view.state_value.text().startswith("Offline since ")
    assert view.report_bar.text().startswith("Offline: ")
    assert no_dialogs == []


def test_an_open_list_reloads_after_a_pull_and_keeps_the_selected_row(
    qtbot,
    central,  # noqa: F811
    worker,
    english,
):
    device = central.device("gnt1")
    window = device_window(qtbot, device, worker)
    window.show_view("members")
    view = window.views["members"]
    model = view.table.model()
    qtbot.waitUntil(lambda: model.rowCount() > 3 and not model.loading, timeout=TIMEOUT)
    view.table.selectRow(2)
    chosen = model.row_id(2)
    central.execute("UPDATE members SET city = 'Nieuwdorp' WHERE id = :i", i=chosen)

    window.sync_runner.run_round(manual=True)
    wait_for_round(qtbot, window)

    def shows_new_city() -> bool:
        rows = view.table.selectionModel().selectedRows()
        return (
            bool(rows)
            and model.row_id(rows[0].row()) == chosen
            and any(
                (model.row_data(r) is not None and model.row_data(r).city == "Nieuwdorp")
                for r in range(model.rowCount())
            )
        )

    qtbot.waitUntil(shows_new_city, timeout=TIMEOUT)
