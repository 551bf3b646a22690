"""The date of supply decides the rate (vat-facts §11.3) and unit prices keep every
decimal (EN 16931 BT-146, vat-facts §11.13): draft, totals and the PDF's input agree."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.money import to_cent
from app.services.quotes.quotes import (
    LineInput,
    add_line,
    create_quote,
    quote_snapshot_for_pdf,
    quote_view,
    send_quote,
    update_quote_header,
)
from tests.integration.quotes.test_quotes import desk  # noqa: F401  (fixture)


def stay(description: str, supply: date | None = None) -> LineInput:
    return LineInput(description, "accommodation", Decimal(2), Decimal("80"), supply_date=supply)


def test_each_line_is_checked_on_its_date_of_supply(desk):  # noqa: F811
    ctx, activity, _organiser, _french, private = desk
    quote_id = create_quote(ctx, activity, private, date(2026, 1, 10))
    update_quote_header(ctx, quote_id, date(2026, 1, 10), 30, "nl", date(2026, 2, 20))
    add_line(ctx, quote_id, stay("Verblijf februari"))  # the quote's delivery date
    add_line(ctx, quote_id, stay("Verblijf juli", date(2026, 7, 15)))
    view = quote_view(ctx, quote_id, "en")
    february, july = view.lines
    assert view.delivery_date == date(2026, 2, 20)
    assert (february.tax_point, february.rate) == (date(2026, 2, 20), "6")
    assert (july.tax_point, july.rate) == (date(2026, 7, 15), "12")
    assert view.straddles_rate_change
    assert [r.rate for r in view.vat_table] == [Decimal(12), Decimal(6)]


def test_moving_the_delivery_date_over_the_change_checks_the_lines_again(desk):  # noqa: F811
    ctx, activity, _organiser, _french, private = desk
    quote_id = create_quote(ctx, activity, private, date(2026, 1, 10))
    add_line(ctx, quote_id, stay("Verblijf"))
    assert quote_view(ctx, quote_id).lines[0].rate == "6"  # no delivery date: issue date
    changed = update_quote_header(ctx, quote_id, date(2026, 1, 10), 30, "nl", date(2026, 8, 1))
    view = quote_view(ctx, quote_id)
    assert changed == [view.lines[0].id]
    assert view.lines[0].rate == "12" and not view.straddles_rate_change


def test_a_price_per_word_keeps_its_third_decimal(desk):  # noqa: F811
    ctx, activity, organiser, _french, _private = desk
    quote_id = create_quote(ctx, activity, organiser, date(2026, 3, 16))
    add_line(
        ctx,
        quote_id,
        LineInput("Vertaling, per woord", "translation", Decimal(3), Decimal("0.125")),
    )
    add_line(
        ctx,
        quote_id,
        LineInput("Vertaling, 12.345 woorden", "translation", Decimal(12345), Decimal("0.125")),
    )
    view = quote_view(ctx, quote_id)
    assert [line.unit_price for line in view.lines] == [Decimal("0.125"), Decimal("0.125")]
    assert [line.net for line in view.lines] == [Decimal("0.38"), Decimal("1543.13")]
    assert view.total_net == Decimal("1543.51")  # 0.375 + 1543.125 would be 1543.50
    assert view.total_vat == Decimal("324.14")  # 21% of the summed line nets (BR-CO-17)
    send_quote(ctx, quote_id)
    sent = quote_snapshot_for_pdf(ctx, quote_id)
    assert [line.unit_price for line in sent.lines] == [Decimal("0.125"), Decimal("0.125")]
    assert (sent.total_net, sent.total_vat, sent.total_gross) == (
        view.total_net,
        view.total_vat,
        view.total_gross,
    )


prices = st.decimals(min_value=Decimal("0"), max_value=Decimal("5000"), places=4)
quantities = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("2000"), places=2)


@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(st.tuples(quantities, prices), min_size=1, max_size=4))
def test_draft_totals_and_the_pdf_input_always_agree(desk, priced):  # noqa: F811
    ctx, activity, organiser, _french, _private = desk
    quote_id = create_quote(ctx, activity, organiser, date(2026, 3, 16))
    for quantity, price in priced:
        add_line(ctx, quote_id, LineInput("Werk", "consulting", quantity, price))
    view = quote_view(ctx, quote_id)
    draft = quote_snapshot_for_pdf(ctx, quote_id)
    nets = [to_cent(q * p) for q, p in priced]
    assert [line.unit_price for line in view.lines] == [p for _q, p in priced]
    assert [line.net for line in view.lines] == nets == [line.net for line in draft.lines]
    assert view.total_net == sum(nets) == draft.total_net
    assert view.total_vat == to_cent(sum(nets) * Decimal("0.21")) == draft.total_vat
    assert view.total_gross == view.total_net + view.total_vat == draft.total_gross
