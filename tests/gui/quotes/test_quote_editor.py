"""The quote editor, driven the way an adviser builds a quote with a member (issue 3).

New quote for an Activity → a client created with its VIES check → lines of several
treatments, their questions answered → the VAT answer beside each line → Send blocked
by the review line → the line settled with a reason → sent, numbered → the PDF.
VIES is always the fake of tests/fakes.py: no test reaches the network.
"""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QLabel
from sqlalchemy import func, select

from app.db.models import ActivityMember, Member, Office, QuoteLine
from app.formatting import format_datetime_local
from app.services.context import ServiceContext
from app.services.quotes.clients import ClientInput, create_client
from app.services.quotes.quotes import LineInput, add_line, create_quote, quote_history, quote_view
from app.services.users import user_by_login
from tests.fakes import FakeVies
from tests.gui.conftest import open_window
from ui.quotes.vies import use_vies

ORGANISER_VAT = "BE0403019261"
FRENCH_VAT = "FR40303265045"


@pytest.fixture(autouse=True)
def fake_vies():
    """Every VIES question of these tests goes to a fake; unknown numbers are 'unavailable'."""
    vies = FakeVies({ORGANISER_VAT: "valid", FRENCH_VAT: "valid"})
    use_vies(vies)
    yield vies
    use_vies(None)


@pytest.fixture
def bxl_window(qtbot, demo_db, worker, english):
    window = open_window(qtbot, demo_db, worker, "gui.bxl")
    window.show_view("quotes")
    settle(qtbot, window)
    return window


def settle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.busy, timeout=15_000)


def a_member_with_an_activity(db, office_code: str) -> tuple[str, str, str]:
    """(last name, member number, Activity id) of a member of the office with one Activity."""
    with db.reading() as session:
        one_activity = (
            select(ActivityMember.member_id)
            .where(ActivityMember.deleted_at.is_(None))
            .group_by(ActivityMember.member_id)
            .having(func.count() == 1)
        )
        row = session.execute(
            select(Member.last_name, Member.member_number, ActivityMember.activity_id)
            .join(ActivityMember, ActivityMember.member_id == Member.id)
            .join(Office, Office.id == Member.office_id)
            .where(Office.code == office_code, Member.id.in_(one_activity))
            .order_by(Member.member_number)
            .limit(1)
        ).one()
        return row[0], str(row[1]), row[2]


def open_new_quote_dialog(qtbot, window, demo_db):
    _name, number, activity_id = a_member_with_an_activity(demo_db.db, "BXL")
    dialog = window.quotes.new_quote()
    qtbot.keyClicks(dialog.picker.search_box, number)
    settle(qtbot, window)
    members = dialog.picker.members
    rows = [
        r
        for r in range(members.count())
        if members.item(r).text().split("\n")[0].endswith(f" · {number}")
    ]
    dialog.picker.choose_member(rows[0])
    settle(qtbot, window)
    assert dialog.activity is not None and dialog.activity.id == activity_id
    return dialog


def create_client_in_dialog(qtbot, window, new_quote_dialog, name, country, vat, kind):
    client_dialog = new_quote_dialog.clients.new_client()
    client_dialog.kind.setCurrentIndex(client_dialog.kind.findData(kind))
    client_dialog.name.setText(name)
    client_dialog.country.setCurrentIndex(client_dialog.country.findData(country))
    client_dialog.vat_number.setText(vat)
    return client_dialog


def start_quote_for_organiser(qtbot, window, demo_db):
    """The adviser's first steps: Activity, a new client checked with VIES, the quote."""
    dialog = open_new_quote_dialog(qtbot, window, demo_db)
    client_dialog = create_client_in_dialog(
        qtbot, window, dialog, "Centre culturel d'Ixelles", "BE", "BE 0403.019.261", "business"
    )
    assert client_dialog.vat_check.text().startswith("✓")
    client_dialog.check_with_vies()
    settle(qtbot, window)
    assert "VIES confirms" in client_dialog.vies_result.text()
    client_dialog.save()
    settle(qtbot, window)
    assert not client_dialog.isVisible()
    assert dialog.clients.chosen is not None
    assert dialog.clients.chosen.name == "Centre culturel d'Ixelles"
    assert dialog.clients.chosen.vat_check == "valid"
    dialog.create()
    settle(qtbot, window)
    assert window.quotes.editing
    return window.quotes.editor


def add_line_in_dialog(qtbot, window, editor, description, category, qty, price, **answers):
    dialog = editor.add_line()
    dialog.description.setText(description)
    dialog.set_category(category)
    dialog.quantity.setText(qty)
    dialog.unit_price.setText(price)
    for question, value in answers.items():
        dialog.answer(question, value)
    dialog.save()
    settle(qtbot, window)
    return dialog


def test_an_adviser_builds_checks_settles_sends_and_saves_a_quote(
    qtbot, bxl_window, demo_db, tmp_path, fake_vies
):
    window = bxl_window
    editor = start_quote_for_organiser(qtbot, window, demo_db)
    assert fake_vies.calls == [ORGANISER_VAT]
    assert editor.title.text() == "Draft quote"
    assert "Centre culturel d'Ixelles" in editor.client_value.text()
    assert "Valid in VIES" in editor.client_value.text()

    # a performance for the organiser of the show: the question is asked, the answer exempt
    dialog = editor.add_line()
    dialog.set_category("performance")
    assert "is_organiser" in dialog.questions.codes
    assert dialog.questions.widgets["is_organiser"].text() == (
        "Is the client the organiser of the show, concert or conference?"
    )
    dialog.reject()
    add_line_in_dialog(
        qtbot, window, editor, "Concert, two sets", "performance", "1", "1200",
        is_organiser=True, place_of_performance="BE",
    )  # fmt: skip
    # a design job: plain 21 %
    design = add_line_in_dialog(
        qtbot, window, editor, "Poster for the concert", "design_service", "3", "33,33"
    )
    assert "is_organiser" not in design.questions.codes
    # a floral arrangement without the share of material: the VAT check cannot decide
    add_line_in_dialog(qtbot, window, editor, "Table bouquet", "floral_arrangement", "1", "80")

    view = editor.view
    assert [line.treatment for line in view.lines] == ["exempt", "taxable", "taxable"]
    # the legal reference in the reader's language (English: "Belgian VAT Code", not WBTW)
    assert editor.vat_text(1).startswith("Exempt\nBelgian VAT Code art. 44 §2 8°")
    assert "organiser of the show" in editor.vat_text(1)
    assert editor.vat_text(2).startswith("21 % VAT")
    assert editor.vat_text(3).startswith("⚑ To decide by an adviser")
    assert editor.lines.item(2, 1).text() == "Table bouquet"
    assert editor.lines.item(1, 2).text() == "Design (graphic, web, product)"

    # totals come from the service, formatted for the language
    assert editor.totals_box.findChild(QLabel, "totalNet").text() == "€1,379.99"
    assert editor.budget_box.findChild(QLabel, "wage_employee").text().startswith("€")

    # sending is blocked by the review line, and the window says why
    assert not editor.send_button.isEnabled()
    assert editor.blocking.isVisible()
    assert "Line(s) to decide: 3" in editor.blocking.text()
    assert "needs a VAT decision" in editor.blocking.text()

    # the adviser settles it; a short reason is refused next to the field
    editor.select_line(3)
    decision = editor.decide_vat()
    decision.choose("taxable", "6", "KB nr. 20 tabel A rubriek VII")
    decision.reason.setPlainText("ok")
    decision.decide()
    settle(qtbot, window)
    assert decision.isVisible()
    assert "at least 10 characters" in decision.fields.text("reason")
    decision.reason.setPlainText("Cut flowers only; the ribbon is well under 20 % of the price.")
    decision.decide()
    settle(qtbot, window)
    assert not decision.isVisible()
    assert not editor.blocking.isVisible()
    assert editor.send_button.isEnabled()
    # the override says what the check answered, what the adviser chose, and why
    assert "Check: 21 % VAT → adviser: 6 % VAT, because Cut flowers only" in editor.vat_text(3)

    editor.send(confirmed=True)
    settle(qtbot, window)
    number = editor.view.number
    assert number and number.startswith("BXL-")
    assert editor.title.text() == f"Quote {number}"
    assert number in editor.bar.text()
    assert editor.banner.isVisible()  # frozen now
    assert not editor.add_line_button.isVisible()
    history = [editor.history.item(row, 1).text() for row in range(editor.history.rowCount())]
    assert history[0] == f"Sent\nnumber {number}"  # newest first
    assert any(text.startswith("VAT decided by an adviser\nCut flowers only") for text in history)
    when, who = editor.history.item(0, 0).text().split("\n")
    assert who == "Brigitte Conseillère"
    sent = quote_history(window.ctx, editor.quote_id)[-1]
    assert when == format_datetime_local(sent.at, "en")  # UTC stored, Brussels shown

    pdf = tmp_path / "quote.pdf"
    editor.save_pdf(pdf)
    settle(qtbot, window)
    assert pdf.exists() and pdf.stat().st_size > 1000
    assert editor.last_pdf == pdf
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert number in text


def test_bad_input_shows_the_translated_message_next_to_the_field_and_adds_nothing(
    qtbot, bxl_window, demo_db
):
    editor = start_quote_for_organiser(qtbot, bxl_window, demo_db)
    dialog = add_line_in_dialog(qtbot, bxl_window, editor, "", "design_service", "0", "50")
    assert dialog.isVisible()
    assert dialog.fields.text("description") == "This field is required."
    assert dialog.fields.text("quantity") == "The quantity must be more than 0."
    assert editor.view.lines == []
    with bxl_window.ctx.db.reading() as session:
        count = session.scalar(
            select(func.count()).select_from(QuoteLine).where(QuoteLine.quote_id == editor.quote_id)
        )
    assert count == 0

    dialog.quantity.setText("abc")
    dialog.description.setText("Logo")
    dialog.save()
    settle(qtbot, bxl_window)
    assert dialog.fields.text("quantity") == "Type a number, for example 12.50."
    assert dialog.fields.text("description") == ""


def test_amounts_are_typed_in_the_windows_language_and_a_foreign_form_is_refused_unsaved(
    qtbot, bxl_window, demo_db
):
    editor = start_quote_for_organiser(qtbot, bxl_window, demo_db)
    bxl_window.set_language("nl")
    dialog = add_line_in_dialog(
        qtbot, bxl_window, editor, "Logo", "design_service", "1.000", "1,234.56"
    )
    assert dialog.isVisible()
    assert dialog.fields.text("unit_price") == "Typ een getal, bijvoorbeeld 12,50."
    assert dialog.fields.text("quantity") == ""
    assert editor.view.lines == []

    dialog.quantity.setText("0,125")
    dialog.unit_price.setText("1.234,56")
    dialog.save()
    settle(qtbot, bxl_window)
    line = editor.view.lines[0]
    assert (line.quantity, line.unit_price) == (Decimal("0.125"), Decimal("1234.56"))
    bxl_window.set_language("en")


def test_the_line_form_asks_only_the_lines_own_questions(qtbot, bxl_window, demo_db):
    editor = start_quote_for_organiser(qtbot, bxl_window, demo_db)
    dialog = editor.add_line()
    dialog.set_category("floral_arrangement")
    assert "non_plant_share" in dialog.questions.codes
    assert "is_organiser" not in dialog.questions.codes
    dialog.set_category("renovation")
    assert "dwelling_first_occupied_year" in dialog.questions.codes
    assert "non_plant_share" not in dialog.questions.codes
    dialog.set_category("floral_arrangement")
    dialog.description.setText("Bouquet")
    dialog.unit_price.setText("80")
    dialog.answer("non_plant_share", 0.1)
    dialog.answer("goods_destination", "BE")
    dialog.save()
    settle(qtbot, bxl_window)
    line = editor.view.lines[0]
    assert line.facts["non_plant_share"] == pytest.approx(0.1)
    assert (line.treatment, line.rate, line.review) == ("taxable", "6", False)
    assert editor.vat_text(1).startswith("6 % VAT")


def test_changing_the_client_warns_and_marks_the_lines_whose_vat_changed(
    qtbot, bxl_window, demo_db
):
    editor = start_quote_for_organiser(qtbot, bxl_window, demo_db)
    add_line_in_dialog(qtbot, bxl_window, editor, "Logo design", "design_service", "1", "500")
    dialog = editor.change_client()
    settle(qtbot, bxl_window)
    assert "checked again" in dialog.warning.text()
    client_dialog = dialog.clients.new_client()
    client_dialog.kind.setCurrentIndex(client_dialog.kind.findData("business"))
    client_dialog.name.setText("Studio Lumière SARL")
    client_dialog.country.setCurrentIndex(client_dialog.country.findData("FR"))
    client_dialog.vat_number.setText(FRENCH_VAT)
    client_dialog.check_with_vies()
    settle(qtbot, bxl_window)
    client_dialog.save()
    settle(qtbot, bxl_window)
    assert dialog.clients.chosen.name == "Studio Lumière SARL"
    dialog.apply()
    settle(qtbot, bxl_window)
    assert not dialog.isVisible()
    assert editor.view.lines[0].treatment == "reverse_charge"
    assert "Changed: line(s) 1" in editor.bar.text()
    assert editor.vat_text(1).startswith("↻ Changed with the client\nReverse charge")


def test_vies_unavailable_is_shown_as_unavailable_never_as_invalid(
    qtbot, bxl_window, demo_db, fake_vies
):
    dialog = open_new_quote_dialog(qtbot, bxl_window, demo_db)
    client_dialog = create_client_in_dialog(
        qtbot, bxl_window, dialog, "Atelier Nord", "BE", "BE0202239951", "business"
    )
    client_dialog.check_with_vies()
    settle(qtbot, bxl_window)
    text = client_dialog.vies_result.text()
    assert "VIES is unavailable right now" in text
    assert "does not mean" in text and "never been checked" in text
    assert client_dialog.vies_result.kind == "warning"
    assert client_dialog.client_id is not None  # saved, so the next check can be stored


def test_a_wrong_vat_number_is_named_next_to_the_field(qtbot, bxl_window, demo_db):
    dialog = open_new_quote_dialog(qtbot, bxl_window, demo_db)
    client_dialog = create_client_in_dialog(
        qtbot, bxl_window, dialog, "Atelier Sud", "BE", "BE0403019262", "business"
    )
    assert client_dialog.vat_check.text().startswith("✗")
    assert not client_dialog.vies_button.isEnabled()
    client_dialog.save()
    settle(qtbot, bxl_window)
    assert client_dialog.isVisible()
    assert client_dialog.fields.text("vat_number").startswith("This VAT number is not valid")
    # a Swiss number is the client's tax reference: kept, never taken for an EU number
    client_dialog.country.setCurrentIndex(client_dialog.country.findData("CH"))
    client_dialog.vat_number.setText("CHE-116.281.710")
    assert client_dialog.vat_check.text().startswith("Not an EU VAT number")
    assert not client_dialog.vies_button.isEnabled()
    client_dialog.save()
    settle(qtbot, bxl_window)
    assert not client_dialog.isVisible()


def _draft_with_a_line(demo_db) -> str:
    user = user_by_login(demo_db.db, "gui.bxl")
    ctx = ServiceContext(demo_db.db, user)
    _name, _number, activity_id = a_member_with_an_activity(demo_db.db, "BXL")
    client_id = create_client(ctx, activity_id, ClientInput("private", "Anne Peeters", "BE"))
    quote_id = create_quote(ctx, activity_id, client_id, date(2026, 3, 16))
    add_line(ctx, quote_id, LineInput("Portrait", "photography_service", Decimal(1), Decimal(250)))
    return quote_id


def test_a_sent_quote_is_read_only_and_can_be_duplicated_into_a_new_draft(
    qtbot, bxl_window, demo_db
):
    quote_id = _draft_with_a_line(demo_db)
    quotes = bxl_window.quotes
    quotes.open_quote(quote_id)
    settle(qtbot, bxl_window)
    editor = quotes.editor
    assert editor.add_line_button.isVisible() and not editor.banner.isVisible()
    assert not editor.duplicate_action.isVisible()
    editor.send(confirmed=True)
    settle(qtbot, bxl_window)
    assert "can no longer be changed" in editor.banner.text()
    assert editor.add_line() is None and editor.decide_vat() is None
    assert editor.accept_button.isEnabled() and editor.duplicate_action.isEnabled()
    editor.accept_quote()
    settle(qtbot, bxl_window)
    assert editor.view.state == "accepted"
    assert editor.state_label.text() == "· Accepted"
    editor.duplicate()
    settle(qtbot, bxl_window)
    assert editor.quote_id != quote_id
    assert editor.view.state == "draft" and len(editor.view.lines) == 1
    assert "copied from" in editor.bar.text()


def test_cancelling_asks_first(qtbot, bxl_window, demo_db, monkeypatch):
    quote_id = _draft_with_a_line(demo_db)
    editor = bxl_window.quotes.editor
    bxl_window.quotes.open_quote(quote_id)
    settle(qtbot, bxl_window)
    monkeypatch.setattr(editor, "confirm", lambda *_asked: False)
    editor.cancel_quote()
    settle(qtbot, bxl_window)
    assert editor.view.state == "draft"
    monkeypatch.setattr(editor, "confirm", lambda *_asked: True)
    editor.cancel_quote()
    settle(qtbot, bxl_window)
    assert editor.view.state == "cancelled"
    assert quote_view(bxl_window.ctx, quote_id).state == "cancelled"


def test_the_editor_speaks_dutch_and_french(qtbot, bxl_window, demo_db):
    quote_id = _draft_with_a_line(demo_db)
    bxl_window.quotes.open_quote(quote_id)
    settle(qtbot, bxl_window)
    editor = bxl_window.quotes.editor
    bxl_window.set_language("nl")
    settle(qtbot, bxl_window)
    assert editor.title.text() == "Ontwerpofferte"
    assert editor.tabs.tabText(0) == "Lijnen en hun btw"
    assert editor.totals_box.findChild(QLabel, "totalNet").text() == "250,00\u00a0€"
    bxl_window.set_language("fr")
    settle(qtbot, bxl_window)
    assert editor.title.text() == "Projet de devis"
    assert editor.lines.item(0, 2).text() == "Photographie"
    bxl_window.set_language("en")
    settle(qtbot, bxl_window)


def test_the_activity_of_an_unknown_quote_is_not_shown(qtbot, bxl_window):
    editor = bxl_window.quotes.editor
    bxl_window.quotes.open_quote("00000000-0000-0000-0000-000000000000")
    settle(qtbot, bxl_window)
    assert "no longer exists" in editor.bar.text()


def test_checking_the_clients_number_with_vies_checks_the_lines_again(
    qtbot, bxl_window, demo_db, fake_vies
):
    ctx = ServiceContext(demo_db.db, user_by_login(demo_db.db, "gui.bxl"))
    _name, _number, activity_id = a_member_with_an_activity(demo_db.db, "BXL")
    client_id = create_client(
        ctx, activity_id, ClientInput("business", "Studio Lumière SARL", "FR", FRENCH_VAT)
    )
    quote_id = create_quote(ctx, activity_id, client_id, date(2026, 3, 16))
    add_line(ctx, quote_id, LineInput("Logo", "design_service", Decimal(1), Decimal(500)))
    before = quote_view(ctx, quote_id).lines[0]
    bxl_window.quotes.open_quote(quote_id)
    settle(qtbot, bxl_window)
    editor = bxl_window.quotes.editor
    assert "Not checked with VIES" in editor.client_value.text()
    assert editor.vies_button.isVisible()
    editor.vies_button.click()
    settle(qtbot, bxl_window)
    assert fake_vies.calls == [FRENCH_VAT]
    assert "VIES confirms this VAT number" in editor.bar.text()
    assert "Valid in VIES (checked today" in editor.client_value.text()
    after = editor.view.lines[0]
    assert after.treatment == "reverse_charge"
    if (before.treatment, before.review) != (after.treatment, after.review):
        assert "Changed: line(s) 1" in editor.bar.text()


def test_a_refused_move_shows_the_translated_reason_in_the_bar(qtbot, bxl_window, demo_db):
    ctx = ServiceContext(demo_db.db, user_by_login(demo_db.db, "gui.bxl"))
    _name, _number, activity_id = a_member_with_an_activity(demo_db.db, "BXL")
    client_id = create_client(ctx, activity_id, ClientInput("private", "Jan Bloem", "BE"))
    quote_id = create_quote(ctx, activity_id, client_id, date(2026, 3, 16))
    add_line(ctx, quote_id, LineInput("Bouquet", "floral_arrangement", Decimal(1), Decimal(80)))
    bxl_window.quotes.open_quote(quote_id)
    settle(qtbot, bxl_window)
    editor = bxl_window.quotes.editor
    assert not editor.send_button.isEnabled()
    editor.send(confirmed=True)  # as if the button had been pressed anyway: the service refuses
    settle(qtbot, bxl_window)
    assert editor.bar.text().startswith("A line still needs a VAT decision.")
    assert "Traceback" not in editor.bar.text()
    assert editor.view.state == "draft" and editor.view.number is None


def test_a_drafts_date_validity_and_language_are_corrected_from_the_editor(
    qtbot, bxl_window, demo_db
):
    quote_id = _draft_with_a_line(demo_db)
    quotes = bxl_window.quotes
    quotes.open_quote(quote_id)
    settle(qtbot, bxl_window)
    editor = quotes.editor
    dialog = editor.change_header()
    dialog.validity.setValue(0)  # below the range: the spin box keeps 1
    dialog.validity.setValue(45)
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog.apply()
    settle(qtbot, bxl_window)
    assert not dialog.isVisible()
    view = editor.view
    assert (view.valid_until - view.issue_date).days == 45 and view.language == "fr"
    editor.send(confirmed=True)
    settle(qtbot, bxl_window)
    assert editor.change_header() is None  # a sent quote keeps its header


def _draft_with_a_line_to_decide(demo_db) -> str:
    """A draft whose second line (a bouquet, share of material unknown) awaits a decision."""
    ctx = ServiceContext(demo_db.db, user_by_login(demo_db.db, "gui.bxl"))
    _name, _number, activity_id = a_member_with_an_activity(demo_db.db, "BXL")
    client_id = create_client(ctx, activity_id, ClientInput("private", "Jan Bloem", "BE"))
    quote_id = create_quote(ctx, activity_id, client_id, date(2026, 3, 16))
    add_line(ctx, quote_id, LineInput("Portret", "photography_service", Decimal(1), Decimal(90)))
    add_line(ctx, quote_id, LineInput("Bouquet", "floral_arrangement", Decimal(1), Decimal(80)))
    return quote_id


def _decide_flowers(qtbot, window, decision) -> None:
    decision.choose("taxable", "6", "KB nr. 20 tabel A rubriek VII")
    decision.reason.setPlainText("Cut flowers only; the ribbon is well under 20 % of the price.")
    decision.decide()
    settle(qtbot, window)


def test_the_banner_says_why_send_is_blocked_and_deciding_the_line_enables_it(
    qtbot, bxl_window, demo_db, monkeypatch
):
    """Issue 13 point 8: the banner at the top and Send's tooltip name the line to decide;
    Send asks before it numbers and freezes the quote."""
    bxl_window.quotes.open_quote(_draft_with_a_line_to_decide(demo_db))
    settle(qtbot, bxl_window)
    editor = bxl_window.quotes.editor
    assert editor.blocking.isVisible()
    assert "Line(s) to decide: 2." in editor.blocking.text()
    # at the top, above the quote's header and lines, where Send is
    top = editor.blocking.mapTo(editor, editor.blocking.rect().topLeft()).y()
    assert top < editor.header_box.mapTo(editor, editor.header_box.rect().topLeft()).y()
    assert not editor.send_button.isEnabled()
    assert "Line(s) to decide: 2." in editor.send_button.toolTip()
    # the totals never pass for final while a line's VAT is undecided
    assert editor.totals_box.title() == "Totals (provisional)"
    assert "line(s) 2 " in editor.totals_box.toolTip()
    # the banner's button goes to the line to decide
    assert editor.decide_next_button.isVisible()
    assert "2" in editor.decide_next_button.text()
    decision = editor.decide_next_line()
    assert editor.selected_line().position == 2 and decision.isVisible()
    _decide_flowers(qtbot, bxl_window, decision)
    assert not editor.blocking.isVisible() and editor.blocking_row.isHidden()
    assert editor.send_button.isEnabled()
    assert editor.totals_box.title() == "Totals" and editor.totals_box.toolTip() == ""
    assert "next number of this device's series" in editor.send_button.toolTip()
    asked = []
    monkeypatch.setattr(
        editor, "confirm", lambda question, action=None: asked.append((question, action)) or False
    )
    editor.send_button.click()
    settle(qtbot, bxl_window)
    question, action = asked[0]
    assert "frozen" in question and "device's series" in question
    assert action.replace("&", "") == "Number and send"  # the button says what it does
    assert editor.view.number is None  # the adviser said no: nothing numbered
    monkeypatch.setattr(editor, "confirm", lambda *_asked: True)
    editor.send_button.click()
    settle(qtbot, bxl_window)
    assert editor.view.number is not None


def test_the_lines_get_the_height_the_totals_stay_beside_the_header(qtbot, bxl_window, demo_db):
    bxl_window.quotes.open_quote(_draft_with_a_line_to_decide(demo_db))
    settle(qtbot, bxl_window)
    editor = bxl_window.quotes.editor

    def top_left(widget):
        return widget.mapTo(editor, widget.rect().topLeft())

    # the totals beside the header, always in view; the member's side and history as tabs
    assert top_left(editor.totals_box).x() > top_left(editor.header_box).x()
    assert abs(top_left(editor.totals_box).y() - top_left(editor.header_box).y()) < 20
    tabs = editor.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "Lines and their VAT",
        "The member's side",
        "History",
    ]
    assert tabs.currentWidget() is editor.lines_box
    assert tabs.widget(1).isAncestorOf(editor.budget_box)
    assert tabs.widget(2).isAncestorOf(editor.history)
    # the lines table is the tallest part of the editor
    assert editor.lines.height() > editor.height() // 2
    # the VAT answer is read whole: no column past the table's edge
    header = editor.lines.horizontalHeader()
    assert header.length() <= editor.lines.viewport().width()
    # going to the line to decide brings the lines back from another tab
    tabs.setCurrentIndex(2)
    editor.decide_next_line().reject()
    assert tabs.currentWidget() is editor.lines_box


def _mnemonic(text: str) -> str | None:
    at = text.replace("&&", "").find("&")
    return text.replace("&&", "")[at + 1].lower() if at >= 0 else None


@pytest.mark.parametrize("state", ["draft", "sent"])
def test_every_button_has_its_own_mnemonic(qtbot, bxl_window, demo_db, state):
    from PySide6.QtWidgets import QPushButton

    quote_id = _draft_with_a_line_to_decide(demo_db)
    bxl_window.quotes.open_quote(quote_id)
    settle(qtbot, bxl_window)
    editor = bxl_window.quotes.editor
    if state == "sent":
        _decide_flowers(qtbot, bxl_window, editor.decide_next_line())
        editor.send(confirmed=True)
        settle(qtbot, bxl_window)
    editor.select_line(1)
    buttons = [b for b in editor.findChildren(QPushButton) if b.isVisible()]
    keys = [_mnemonic(b.text()) for b in buttons]
    assert None not in keys, [b.text() for b in buttons]
    assert len(set(keys)) == len(keys), [b.text() for b in buttons]
    menu = [_mnemonic(a.text()) for a in editor.more_menu.actions() if a.isVisible()]
    assert None not in menu and len(set(menu)) == len(menu)


@pytest.mark.parametrize("lang", ["nl", "fr", "en"])
def test_a_sent_quote_fits_in_1100_pixels_in_every_language(qtbot, bxl_window, demo_db, lang):
    """The whole window (navigation, status bar and all) with a sent quote open."""
    from ui.i18n import install_language

    quote_id = _draft_with_a_line(demo_db)
    quotes = bxl_window.quotes
    quotes.open_quote(quote_id)
    settle(qtbot, bxl_window)
    quotes.editor.send(confirmed=True)
    settle(qtbot, bxl_window)
    install_language(lang)
    try:
        settle(qtbot, bxl_window)
        assert quotes.editor.view.number is not None
        assert quotes.editor.accept_button.isVisible()
        width = bxl_window.minimumSizeHint().width()
        assert width < 1100, width
    finally:
        install_language("en")
        settle(qtbot, bxl_window)


@pytest.mark.parametrize("lang", ["nl", "fr", "en"])
def test_a_draft_to_decide_fits_in_1100_pixels_in_every_language(qtbot, bxl_window, demo_db, lang):
    from ui.i18n import install_language

    bxl_window.quotes.open_quote(_draft_with_a_line_to_decide(demo_db))
    settle(qtbot, bxl_window)
    bxl_window.quotes.editor.select_line(1)  # every line button shown
    install_language(lang)
    try:
        settle(qtbot, bxl_window)
        assert bxl_window.quotes.editor.decide_next_button.isVisible()
        width = bxl_window.minimumSizeHint().width()
        assert width < 1100, width
    finally:
        install_language("en")
        settle(qtbot, bxl_window)


def test_delete_removes_the_selected_draft_line(qtbot, bxl_window, demo_db):
    from PySide6.QtCore import Qt

    ctx = ServiceContext(demo_db.db, user_by_login(demo_db.db, "gui.bxl"))
    quote_id = _draft_with_a_line(demo_db)
    add_line(ctx, quote_id, LineInput("Lijst", "crafts", Decimal(1), Decimal(40)))
    bxl_window.quotes.open_quote(quote_id)
    settle(qtbot, bxl_window)
    editor = bxl_window.quotes.editor
    changed = []
    editor.quoteChanged.connect(changed.append)
    editor.select_line(2)
    editor.lines.setFocus()
    qtbot.keyClick(editor.lines, Qt.Key.Key_Delete)
    settle(qtbot, bxl_window)
    assert [line.description for line in editor.view.lines] == ["Portrait"]
    assert changed == [quote_id]  # the list refreshes the quote's total
