"""An adviser asks for an employment attest from a member's page; TeamAdmin claims it in
the queue, asks a question, the adviser answers, TeamAdmin produces the PDF and closes
it: two windows (two people) on one database, each through its own worker."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.config import Paths, Settings
from app.db.local import open_local
from app.services.attachments.store import attachments_of
from app.services.context import ServiceContext
from app.services.teamadmin.requests import request_view
from app.services.users import create_first_user, create_user, user_by_login
from tests.integration.conftest import add_member


@pytest.fixture
def office(tmp_path, qapp):
    from ui.i18n import install_language

    install_language("en")
    paths = Paths.in_folder(tmp_path / "data")
    db = open_local(paths)
    admin = create_first_user(db, "admin", "Ada Admin", "BXL", "1234")
    ctx = ServiceContext(db, admin)
    create_user(ctx, "adviser.gnt", "Geert Adviseur", "adviser", "GNT", "1111", "en")
    create_user(ctx, "teamadmin", "Tom Teamadmin", "teamadmin", "BXL", "3333", "en")
    add_member(db, "GNT", 1, "Griet", "Vermeulen", "Keramiekatelier Griet")
    add_member(db, "BXL", 2, "Hélène", "Dubois", "Théâtre de l'Aube")
    yield paths, db
    db.dispose()


def _window(qtbot, paths, db, login):
    from ui.main_window import MainWindow
    from ui.worker import Worker

    worker = Worker()
    window = MainWindow(paths, ServiceContext(db, user_by_login(db, login)), worker, Settings("en"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.busy, timeout=10_000)
    return window, worker


def _idle(qtbot, window):
    qtbot.waitUntil(lambda: not window.busy, timeout=10_000)


def test_employment_attest_from_request_to_closed_pdf(qtbot, office, tmp_path):
    paths, db = office
    adviser, adviser_worker = _window(qtbot, paths, db, "adviser.gnt")
    team, team_worker = _window(qtbot, paths, db, "teamadmin")
    try:
        # an adviser is not offered the queue
        assert "teamadmin" not in adviser.view_names()
        assert "teamadmin" in team.view_names()
        # the adviser, on Griet's page
        adviser.show_view("members")
        members = adviser.views["members"]
        _idle(qtbot, adviser)
        members.select_row(0)
        _idle(qtbot, adviser)
        section = members.requests
        assert section.ask_button.isEnabled()
        qtbot.mouseClick(section.ask_button, Qt.MouseButton.LeftButton)
        dialog = section.dialog
        dialog.choose_kind("employment_attest")
        dialog.set_input("period_start", "2026-03-01")
        dialog.set_input("period_end", "2026-02-01")
        assert dialog.problem_text("period_end") == (
            "This date is before the one above it. Check both dates."
        )  # checked as it is typed, before anything is sent
        dialog.set_input("period_end", "2026-06-30")
        assert dialog.problem_text("period_end") == ""
        dialog.set_input("purpose", "Huurcontract")
        assert "TeamAdmin's due date" in dialog.due_label.text()
        dialog.send()
        _idle(qtbot, adviser)
        request_id = dialog.new_id
        assert request_id and [row.id for row in section.rows] == [request_id]

        # TeamAdmin claims it from the queue with the keyboard and asks a question
        team.show_view("teamadmin")
        queue = team.views["teamadmin"]
        _idle(qtbot, team)
        assert queue.model.request_id(0) == request_id
        queue.table.setFocus()
        queue.select_row(0)
        _idle(qtbot, team)
        qtbot.keyClick(queue.table, Qt.Key.Key_C)
        _idle(qtbot, team)
        assert queue.panel.view.row.state == "in_progress"
        assert queue.panel.view.row.assignee_name == "Tom Teamadmin"
        queue.panel.note.setPlainText("Voor welk adres is het attest?")
        qtbot.mouseClick(queue.panel.ask_button, Qt.MouseButton.LeftButton)
        _idle(qtbot, team)
        assert queue.panel.view.row.state == "waiting_for_info"

        # the adviser sees the question on the member's page and answers it
        section.reload()
        _idle(qtbot, adviser)
        section.select_request(request_id)
        _idle(qtbot, adviser)
        assert "Voor welk adres is het attest?" in section.panel.facts.text()
        assert (
            section.panel.answer_button.isVisible() and not section.panel.claim_button.isVisible()
        )
        section.panel.note.setPlainText("Voor de huurbaas, Veldstraat 1, Gent.")
        qtbot.mouseClick(section.panel.answer_button, Qt.MouseButton.LeftButton)
        _idle(qtbot, adviser)

        # TeamAdmin produces the PDF and closes the request
        queue.refresh()
        _idle(qtbot, team)
        queue.panel.show_request(request_id)
        _idle(qtbot, team)
        assert queue.panel.view.answer == "Voor de huurbaas, Veldstraat 1, Gent."
        qtbot.mouseClick(queue.panel.produce_button, Qt.MouseButton.LeftButton)
        _idle(qtbot, team)
        qtbot.mouseClick(queue.panel.close_button, Qt.MouseButton.LeftButton)
        _idle(qtbot, team)
        assert queue.panel.view.row.state == "done"
        assert queue.panel.save_button.isVisible()
        queue.panel.save_pdf(tmp_path / "attest.pdf")
        _idle(qtbot, team)
        assert (tmp_path / "attest.pdf").read_bytes()[:5] == b"%PDF-"
        assert queue.model.row_of(request_id) == -1  # the open queue no longer lists it
        files = attachments_of(team.ctx, "certificate_requests", request_id)
        assert [f.mime_type for f in files] == ["application/pdf"]
        moves = [s.move for s in request_view(team.ctx, request_id).history]
        assert moves == ["request", "claim", "ask", "answer", "document", "close"]
    finally:
        adviser_worker.shutdown()
        team_worker.shutdown()
