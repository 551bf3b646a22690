"""Filing from the window (issue #10): an adviser files an accident declaration with the
member (member, date, kind; the cover and the deadline appear at the top as they type;
the PDF is saved) and a drone claim with a third party and a photo."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt
from sqlalchemy import select

from app.db.models import AccidentDeclaration, Contract, InsuranceClaim, Member, Office
from app.services.attachments.store import attachments_of
from tests.gui.conftest import open_window


@pytest.fixture
def view(qtbot, demo_db, worker, english):
    window = open_window(qtbot, demo_db, worker, "gui.gnt")
    window.show_view("declarations")
    qtbot.waitUntil(lambda: not window.busy, timeout=15_000)
    view = window.views["declarations"]
    view.window_ = window
    return view


def settle(qtbot, view) -> None:
    qtbot.waitUntil(lambda: not view.window_.busy, timeout=15_000)


def a_gent_member_with_a_past_contract(db) -> tuple[str, int, date]:
    with db.reading() as session:
        row = session.execute(
            select(Member.id, Member.member_number, Contract.end_date)
            .join(Contract, Contract.member_id == Member.id)
            .join(Office, Office.id == Member.office_id)
            .where(Office.code == "GNT", Contract.end_date <= date.today())
            .order_by(Contract.end_date.desc(), Member.member_number)
            .limit(1)
        ).one()
    return row[0], row[1], row[2]


def choose_member(qtbot, view, field, member_id: str, number: int) -> None:
    qtbot.keyClicks(field.search_box, str(number))
    qtbot.waitUntil(lambda: field.choices.findData(member_id) >= 0, timeout=10_000)
    field.choices.setCurrentIndex(field.choices.findData(member_id))  # the adviser picks
    settle(qtbot, view)


def test_an_adviser_files_an_accident_declaration_and_saves_its_pdf(qtbot, view, demo_db, tmp_path):
    member_id, number, day = a_gent_member_with_a_past_contract(demo_db.db)
    qtbot.mouseClick(view.new_accident_button, Qt.MouseButton.LeftButton)
    form = view.accident_form
    assert view.editing
    choose_member(qtbot, view, form.member, member_id, number)
    with demo_db.db.reading() as session:
        spoken = session.get(Member, member_id).language
    expected = spoken if spoken in ("nl", "fr") else "nl"
    qtbot.waitUntil(lambda: form.language.currentData() == expected, timeout=10_000)
    form.day.setDate(QDate(day.year, day.month, day.day))
    form.accident_type.setCurrentIndex(form.accident_type.findData("workplace"))
    qtbot.keyClicks(form.place, "Zaal De Vonk, Gent")
    # checked as the adviser types: no description yet, the field says so
    assert form.fields.labels["description"].isVisible()
    qtbot.keyClicks(form.description, "Fell from the stage while setting up.")
    assert not form.fields.labels["description"].isVisible()
    qtbot.waitUntil(lambda: "Work accident" in form.summary.cover.text(), timeout=10_000)
    deadline = day + timedelta(days=8)
    assert "Declare by" in form.summary.deadline.text()
    assert str(deadline.day) in form.summary.deadline.text()
    out = tmp_path / "declaration.pdf"
    form.save_pdf(str(out))
    qtbot.waitUntil(lambda: form.last_pdf == str(out), timeout=15_000)
    assert out.read_bytes().startswith(b"%PDF")
    with demo_db.db.reading() as session:
        row = session.get(AccidentDeclaration, form.declaration_id)
        assert (row.member_id, row.kind, row.deadline, row.state) == (
            member_id,
            "work",
            deadline,
            "draft",
        )
    qtbot.mouseClick(form.back, Qt.MouseButton.LeftButton)
    settle(qtbot, view)
    assert form.declaration_id in [r.id for r in view.rows]


def test_an_adviser_files_a_drone_claim_with_a_third_party_and_a_photo(
    qtbot, view, demo_db, tmp_path
):
    member_id, number, _day = a_gent_member_with_a_past_contract(demo_db.db)
    qtbot.mouseClick(view.new_claim_button, Qt.MouseButton.LeftButton)
    form = view.claim_form
    form.kind.setCurrentIndex(form.kind.findData("drone"))
    choose_member(qtbot, view, form.member, member_id, number)
    event = date.today() - timedelta(days=2)
    form.day.setDate(QDate(event.year, event.month, event.day))
    form.discovery.setDate(QDate(event.year, event.month, event.day))
    qtbot.keyClicks(form.place, "Citadelpark, Gent")
    qtbot.keyClicks(form.description, "The drone lost its signal and fell on a parked car.")
    form.set_party(0, "Pieter Claes", "Kortrijksesteenweg 1, Gent", "AG", "P-77")
    qtbot.keyClicks(form.estimate, "1450.00")
    assert "6 days left" in form.summary.deadline.text()  # 8 days from the discovery
    photo = tmp_path / "car.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0 a photo of the car")
    form.add_attachment(str(photo))
    qtbot.waitUntil(lambda: form.files.count() == 1, timeout=15_000)
    out = tmp_path / "claim.pdf"
    form.save_pdf(str(out))
    qtbot.waitUntil(lambda: form.last_pdf == str(out), timeout=15_000)
    assert out.read_bytes().startswith(b"%PDF")
    with demo_db.db.reading() as session:
        claim = session.get(InsuranceClaim, form.claim_id)
        assert claim.kind == "drone"
        assert claim.amount_claimed == Decimal("1450.00")
        assert claim.third_parties[0]["name"] == "Pieter Claes"
        assert claim.deadline == event + timedelta(days=8)
    files = attachments_of(view.window_.ctx, "insurance_claims", form.claim_id)
    assert [f.filename for f in files] == ["car.jpg"]


def test_a_theft_without_police_report_is_refused_next_to_the_field(qtbot, view):
    qtbot.mouseClick(view.new_claim_button, Qt.MouseButton.LeftButton)
    form = view.claim_form
    form.kind.setCurrentIndex(form.kind.findData("theft"))
    assert form.fields.labels["police_report_no"].isVisible()
    assert "required" in form.captions["police_report_no"].text()


def test_an_admin_sends_a_submitted_declaration_to_the_insurer_from_the_form(
    qtbot, demo_db, worker, english
):
    from app.domain.declarations.accident import AccidentInput
    from app.services.context import ServiceContext
    from app.services.declarations import declarations as svc
    from app.services.users import user_by_login

    member_id, _number, day = a_gent_member_with_a_past_contract(demo_db.db)
    adviser = ServiceContext(demo_db.db, user_by_login(demo_db.db, "gui.gnt"))
    filed = svc.file_accident(
        adviser,
        AccidentInput(
            member_id=member_id,
            occurred_at=svc.occurred_at_local(day, 9),
            place="Gent",
            description="Slipped on a wet floor.",
        ),
    )
    svc.submit(adviser, "accident", filed)
    window = open_window(qtbot, demo_db, worker, "gui.admin")
    window.show_view("declarations")
    view = window.views["declarations"]
    view.open_accident(filed)
    qtbot.waitUntil(lambda: view.accident_form.state == "submitted", timeout=15_000)
    moves = view.accident_form.moves
    assert moves.isVisible() and moves.send_button.isVisible()
    assert not view.accident_form.save_button.isEnabled()  # TeamAdmin's file now
    qtbot.mouseClick(moves.send_button, Qt.MouseButton.LeftButton)  # no reference yet
    qtbot.waitUntil(lambda: view.accident_form.bar.isVisible(), timeout=10_000)
    assert "insurer's reference" in view.accident_form.bar.text() or view.accident_form.fields.text(
        "insurer_reference"
    )
    qtbot.keyClicks(moves.text, "ETH-2026-00042")
    qtbot.mouseClick(moves.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.accident_form.state == "filed", timeout=15_000)
    assert svc.get_accident(adviser, filed).insurer_reference == "ETH-2026-00042"


def test_a_light_accident_goes_to_the_first_aid_register_with_its_first_aider(qtbot, view, demo_db):
    member_id, number, day = a_gent_member_with_a_past_contract(demo_db.db)
    qtbot.mouseClick(view.new_accident_button, Qt.MouseButton.LeftButton)
    form = view.accident_form
    choose_member(qtbot, view, form.member, member_id, number)
    form.day.setDate(QDate(day.year, day.month, day.day))
    form.light.setChecked(True)
    assert form.fields.labels["first_aider"].isVisible()  # the register names who helped
    qtbot.keyClicks(form.first_aider, "Els Peeters")
    qtbot.keyClicks(form.place, "Atelier")
    qtbot.keyClicks(form.description, "Small cut, plaster from the first-aid kit.")
    qtbot.waitUntil(lambda: "First-aid register" in form.summary.deadline.text(), timeout=10_000)
    form.save()
    qtbot.waitUntil(lambda: form.declaration_id is not None, timeout=15_000)
    with demo_db.db.reading() as session:
        row = session.get(AccidentDeclaration, form.declaration_id)
        assert (row.state, row.first_aider) == ("first_aid", "Els Peeters")
        assert row.intervention_at is not None
