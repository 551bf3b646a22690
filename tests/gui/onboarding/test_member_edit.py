"""Edit member in the window: checked as typed, saved through the service, audited."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from app.db.models import AuditEntry
from tests.gui.conftest import open_window


def settle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.busy, timeout=15_000)


def test_edit_checks_the_iban_as_typed_and_saves_the_new_city(qtbot, demo_db, worker, english):
    window = open_window(qtbot, demo_db, worker, "gui.gnt")
    window.show_view("members")
    members = window.members
    settle(qtbot, window)
    members.select_row(0)
    settle(qtbot, window)
    member_id = members.detail.detail.id
    form = members.edit_member()
    assert form.inputs["insz"].isEnabled() is False  # the INSZ is not changed here
    assert "*" in form.inputs["insz"].text()  # and stays masked
    form.inputs["iban"].clear()
    qtbot.keyClicks(form.inputs["iban"], "BE72 0961 2345 6769")
    settle(qtbot, window)
    assert "check digits" in form.fields.text("iban")
    assert not form.save_button.isEnabled()
    form.inputs["iban"].clear()
    qtbot.keyClicks(form.inputs["iban"], "BE71 0961 2345 6769")
    form.inputs["city"].clear()
    qtbot.keyClicks(form.inputs["city"], "Sint-Amandsberg")
    settle(qtbot, window)
    assert form.save_button.isEnabled()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert members.detail.detail.city == "Sint-Amandsberg"
    assert members.detail.detail.iban == "BE71096123456769"
    with demo_db.db.reading() as session:
        after = session.scalars(
            select(AuditEntry.after).where(
                AuditEntry.entity_id == member_id, AuditEntry.action == "member.update"
            )
        ).one()
    assert after["city"] == "Sint-Amandsberg"
