"""Quotes through the services: VAT per line, review and override, sending, PDF."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.db.models import ActivityMember, Quote
from app.documents.quotes.quote_pdf import render_quote_pdf
from app.domain.quotes.issuer import demo_identity
from app.services.errors import NotFound, ServiceError, ValidationFailed
from app.services.quotes.clients import ClientInput, create_client
from app.services.quotes.identity import set_issuer_identity
from app.services.quotes.quotes import (
    LineInput,
    QuoteFilter,
    accept_quote,
    add_line,
    cancel_quote,
    change_client,
    create_quote,
    decide_line_vat,
    duplicate_quote,
    expire_quotes,
    list_quote_ids,
    quote_history,
    quote_rows,
    quote_snapshot_for_pdf,
    quote_view,
    send_quote,
    update_line,
)

DAY = date(2026, 3, 16)


def give_identity(people, entity: str = "verenigde_producties") -> None:
    """The administrator sets the entity's issuer identity (a quote cannot be sent
    without it, vat-facts §11.16)."""
    set_issuer_identity(people.ctx(people.admin), demo_identity(entity, 0))


@pytest.fixture
def desk(people):
    """A Brussels adviser with an Activity and three clients: a Belgian organiser, a
    French business with a checked number, and a private person; the entity's issuer
    identity is set."""
    give_identity(people)
    ctx = people.ctx(people.brussels_adviser)
    with people.db.reading() as session:
        activity = session.scalar(
            select(ActivityMember.activity_id).where(
                ActivityMember.member_id == people.brussels_member
            )
        )
    organiser = create_client(
        ctx,
        activity,
        ClientInput(
            "business",
            "Centre culturel d'Ixelles",
            "BE",
            "BE0403019261",
            language="fr",
            street="Rue Mercelis 19",
            postcode="1050",
            city="Ixelles",
        ),
    )
    french = create_client(
        ctx,
        activity,
        ClientInput("business", "Studio Lumière SARL", "FR", "FR40303265045", language="fr"),
    )
    private = create_client(
        ctx, activity, ClientInput("private", "Anne Peeters", "BE", language="nl")
    )
    from app.db.models import Client

    with people.db.transaction() as session:  # as if VIES had confirmed the French number
        session.get(Client, french).vat_check = "valid"
    return ctx, activity, organiser, french, private


def line(description, category, qty, price, **facts):
    return LineInput(description, category, Decimal(qty), Decimal(price), facts=facts)


def test_each_line_gets_its_vat_answer_and_totals_follow_br_co_17(desk):
    ctx, activity, organiser, _french, _private = desk
    quote_id = create_quote(ctx, activity, organiser, DAY)
    add_line(
        ctx,
        quote_id,
        line(
            "Concert, 2 sets",
            "performance",
            "1",
            "1200.00",
            is_organiser=True,
            place_of_performance="BE",
        ),
    )
    add_line(ctx, quote_id, line("Affiche du concert", "design_service", "3", "33.33"))
    view = quote_view(ctx, quote_id)
    concert, poster = view.lines
    assert (concert.treatment, concert.rate) == ("exempt", None)
    assert "44" in concert.legal_basis and concert.reasons
    assert (poster.treatment, poster.rate) == ("taxable", "21")
    assert poster.net == Decimal("99.99")
    assert view.total_net == Decimal("1299.99")
    assert view.total_vat == Decimal("21.00")  # 21 % of 99.99 = 20.9979 -> 21.00
    assert view.total_gross == Decimal("1320.99")
    assert "is_organiser" in concert.questions
    assert poster.questions != concert.questions


def test_a_review_line_blocks_sending_until_an_adviser_decides_with_a_reason(desk):
    ctx, activity, _organiser, _french, private = desk
    quote_id = create_quote(ctx, activity, private, DAY)
    line_id = add_line(
        ctx,
        quote_id,
        line("Bouquet de table", "floral_arrangement", "1", "80.00", goods_destination="BE"),
    )
    view = quote_view(ctx, quote_id)
    assert view.lines[0].review_open
    assert view.blocking == ["quote.review_open"]
    with pytest.raises(ServiceError) as refused:
        send_quote(ctx, quote_id)
    assert refused.value.message_key == "quote.review_open"

    with pytest.raises(ValidationFailed) as short:
        decide_line_vat(ctx, line_id, "taxable", "6", "KB nr. 20 tabel A rubriek VII", "ok")
    assert short.value.problems[0].field == "reason"

    decide_line_vat(
        ctx,
        line_id,
        "taxable",
        "6",
        "KB nr. 20 tabel A rubriek VII",
        "Bouquet of cut flowers only, ribbon under 20 % of the price.",
    )
    assert quote_view(ctx, quote_id).blocking == []
    number = send_quote(ctx, quote_id)
    assert number.startswith("BXL-2026-")
    history = quote_history(ctx, quote_id)
    assert any(h.action == "quote.line_vat_decision" and "cut flowers" in h.detail for h in history)
    assert [h.action for h in history][-1] == "quote.send"


def test_overriding_a_definite_answer_needs_a_reason_and_is_flagged_in_the_list(desk):
    ctx, activity, organiser, _french, _private = desk
    quote_id = create_quote(ctx, activity, organiser, DAY)
    line_id = add_line(ctx, quote_id, line("Webdesign", "design_service", "10", "60"))
    decide_line_vat(
        ctx,
        line_id,
        "taxable",
        "6",
        "KB nr. 20 tabel A rubriek XXIX",
        "Licence of the design rights is the main object of this contract.",
    )
    row = quote_rows(ctx, [quote_id])[quote_id]
    assert row.flagged
    assert quote_view(ctx, quote_id).lines[0].overridden


def test_changing_the_client_rechecks_every_line(desk):
    ctx, activity, organiser, french, _private = desk
    quote_id = create_quote(ctx, activity, organiser, DAY)
    add_line(ctx, quote_id, line("Logo design", "design_service", "1", "500"))
    assert quote_view(ctx, quote_id).lines[0].treatment == "taxable"
    changed = change_client(ctx, quote_id, french)
    assert len(changed) == 1
    assert quote_view(ctx, quote_id).lines[0].treatment == "reverse_charge"


def test_sent_quotes_are_numbered_per_office_and_year_without_gaps_and_frozen(desk):
    ctx, activity, organiser, _french, _private = desk
    numbers = []
    for _ in range(3):
        quote_id = create_quote(ctx, activity, organiser, DAY)
        add_line(ctx, quote_id, line("Atelier", "design_service", "1", "100"))
        numbers.append(send_quote(ctx, quote_id))
    assert numbers == ["BXL-2026-000001", "BXL-2026-000002", "BXL-2026-000003"]
    sent = quote_view(ctx, quote_id)
    assert sent.state == "sent" and sent.payment_reference.startswith("+++")
    with pytest.raises(ServiceError) as frozen:
        add_line(ctx, quote_id, line("More", "design_service", "1", "1"))
    assert frozen.value.message_key == "quote.not_editable"
    line_id = sent.lines[0].id
    with pytest.raises(ServiceError):
        update_line(ctx, line_id, line("Changed", "design_service", "1", "999"))
    accept_quote(ctx, quote_id)
    with pytest.raises(ServiceError):
        cancel_quote(ctx, quote_id)


def test_a_sent_quote_expires_after_its_validity_and_can_be_duplicated(desk):
    ctx, activity, organiser, _french, _private = desk
    quote_id = create_quote(ctx, activity, organiser, DAY, validity_days=10)
    add_line(ctx, quote_id, line("Atelier", "design_service", "2", "75"))
    send_quote(ctx, quote_id)
    assert expire_quotes(ctx, today=date(2026, 3, 27)) == 1
    assert quote_view(ctx, quote_id).state == "expired"
    copy = duplicate_quote(ctx, quote_id, issue_date=date(2026, 4, 1))
    view = quote_view(ctx, copy)
    assert view.state == "draft" and view.number is None
    assert view.total_net == Decimal("150.00")


def test_bad_line_input_is_refused_by_field_and_writes_nothing(desk):
    ctx, activity, organiser, _french, _private = desk
    quote_id = create_quote(ctx, activity, organiser, DAY)
    with pytest.raises(ValidationFailed) as failure:
        add_line(
            ctx,
            quote_id,
            LineInput("", "juggling", Decimal("0"), Decimal("-1"), discount_pct=Decimal("120")),
        )
    fields = {p.field for p in failure.value.problems}
    assert fields == {"description", "category", "quantity", "unit_price", "discount_pct"}
    assert quote_view(ctx, quote_id).lines == []


def test_the_quote_list_filters_and_sorts_in_sql_and_respects_offices(people, desk):
    ctx, activity, organiser, _french, private = desk
    first = create_quote(ctx, activity, organiser, date(2026, 1, 5))
    second = create_quote(ctx, activity, private, date(2026, 2, 5))
    add_line(ctx, first, line("A", "design_service", "1", "10"))
    send_quote(ctx, first)
    assert list_quote_ids(ctx, QuoteFilter(state="sent")) == [first]
    assert list_quote_ids(ctx, QuoteFilter(client_id=private)) == [second]
    assert list_quote_ids(ctx, sort="date", descending=False) == [first, second]
    assert list_quote_ids(ctx, QuoteFilter(text="Peeters")) == [second]
    assert list_quote_ids(ctx, QuoteFilter(date_from=date(2026, 2, 1))) == [second]
    gent = people.ctx(people.gent_adviser)
    assert list_quote_ids(gent) == []
    with pytest.raises(NotFound):
        quote_view(gent, first)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext not installed")
@pytest.mark.parametrize(
    "lang,words",
    [
        ("fr", ["Devis", "Total TVAC", "Exemption"]),
        ("nl", ["Offerte", "Totaal incl. btw", "Vrijstelling"]),
    ],
)
def test_the_pdf_shows_the_frozen_quote_in_the_clients_language(desk, tmp_path, lang, words):
    ctx, activity, organiser, _french, _private = desk
    quote_id = create_quote(ctx, activity, organiser, DAY, language=lang)
    add_line(
        ctx,
        quote_id,
        line(
            "Concert « Été »",
            "performance",
            "1",
            "1200.00",
            is_organiser=True,
            place_of_performance="BE",
        ),
    )
    add_line(ctx, quote_id, line("Affiche", "design_service", "1", "1234.56"))
    number = send_quote(ctx, quote_id)
    pdf = tmp_path / "q.pdf"
    pdf.write_bytes(render_quote_pdf(quote_snapshot_for_pdf(ctx, quote_id)))
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    for word in [number, "Concert « Été »", "BE 0403.019.261", "1.234,56 €", *words]:
        assert word in text
    with people_db_reading(ctx) as session:
        reference = session.get(Quote, quote_id).payment_reference
    assert reference in text


def people_db_reading(ctx):
    return ctx.db.reading()


def test_the_vat_reasons_are_shown_in_the_viewers_language(desk):
    ctx, activity, organiser, _french, _private = desk
    quote_id = create_quote(ctx, activity, organiser, DAY, language="fr")
    add_line(
        ctx,
        quote_id,
        line("Concert", "performance", "1", "900", is_organiser=True, place_of_performance="BE"),
    )
    french = quote_view(ctx, quote_id).lines[0].reasons
    dutch = quote_view(ctx, quote_id, "nl").lines[0].reasons
    assert french and dutch and french != dutch


def test_a_new_vies_answer_rechecks_the_lines_of_a_draft(people, desk):
    from app.db.models import Client
    from app.services.quotes.quotes import recheck_vat

    ctx, activity, _organiser, french, _private = desk
    with people.db.transaction() as session:  # as if the number had never been checked
        session.get(Client, french).vat_check = "unchecked"
    quote_id = create_quote(ctx, activity, french, DAY)
    add_line(ctx, quote_id, line("Logo", "design_service", "1", "500"))
    assert quote_view(ctx, quote_id).lines[0].review  # unchecked number: to be confirmed
    with people.db.transaction() as session:
        session.get(Client, french).vat_check = "valid"
    assert len(recheck_vat(ctx, quote_id)) == 1
    assert quote_view(ctx, quote_id).lines[0].treatment == "reverse_charge"
    assert quote_history(ctx, quote_id)[-1].action == "quote.vat_recheck"


def test_a_drafts_date_validity_and_language_can_be_corrected_and_the_vat_follows(desk):
    from app.services.quotes.quotes import update_quote_header

    ctx, activity, organiser, _french, _private = desk
    quote_id = create_quote(ctx, activity, organiser, DAY, language="nl")
    add_line(
        ctx,
        quote_id,
        line("Concert", "performance", "1", "900", is_organiser=True, place_of_performance="BE"),
    )
    update_quote_header(ctx, quote_id, date(2026, 4, 1), 45, "fr")
    view = quote_view(ctx, quote_id)
    assert (view.issue_date, view.valid_until, view.language) == (
        date(2026, 4, 1),
        date(2026, 5, 16),
        "fr",
    )
    assert quote_history(ctx, quote_id)[-1].action == "quote.header"
    with pytest.raises(ValidationFailed) as failure:
        update_quote_header(ctx, quote_id, DAY, 0, "de")
    assert {p.field for p in failure.value.problems} == {"valid_until", "language"}
    send_quote(ctx, quote_id)
    with pytest.raises(ServiceError):
        update_quote_header(ctx, quote_id, DAY, 30, "fr")
