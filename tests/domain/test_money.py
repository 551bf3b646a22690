"""Quote totals: nets rounded per line, VAT once per rate on the sum (EN 16931 BR-CO-17)."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.money import MoneyError, QuoteLineAmounts, line_net, quote_totals


def test_line_net_is_quantity_times_price_less_discount_rounded_half_up():
    assert line_net(QuoteLineAmounts(D("3"), D("33.335"))) == D("100.01")
    assert line_net(QuoteLineAmounts(D("1"), D("0.125"))) == D("0.13")
    assert line_net(QuoteLineAmounts(D("2"), D("100"), discount_percent=D("12.5"))) == D("175.00")


def test_negative_half_cent_rounds_away_from_zero():
    assert line_net(QuoteLineAmounts(D("-1"), D("0.125"))) == D("-0.13")


def test_vat_is_computed_once_per_rate_on_the_sum_of_nets():
    # Seven lines of 0.05 at 6%: per line VAT would round to 0.00 seven times;
    # on the sum, 0.35 x 6% = 0.021 -> 0.02.
    lines = [QuoteLineAmounts(D(1), D("0.05"), D(6)) for _ in range(7)]
    totals = quote_totals(lines)
    assert totals.per_rate[0].net == D("0.35")
    assert totals.vat == D("0.02")


def test_totals_per_rate_and_grand_totals():
    totals = quote_totals(
        [
            QuoteLineAmounts(D(10), D("45.50"), D(21)),
            QuoteLineAmounts(D(1), D(200), D(6), discount_percent=D(10)),
            QuoteLineAmounts(D(2), D(150), D(21)),
            QuoteLineAmounts(D(1), D(500), treatment="exempt"),
            QuoteLineAmounts(D(1), D(300), treatment="reverse_charge"),
        ]
    )
    groups = {(g.treatment, g.vat_rate): (g.net, g.vat) for g in totals.per_rate}
    assert groups == {
        ("taxable", D(21)): (D("755.00"), D("158.55")),
        ("taxable", D(6)): (D("180.00"), D("10.80")),
        ("exempt", D(0)): (D("500.00"), D("0.00")),
        ("reverse_charge", D(0)): (D("300.00"), D("0.00")),
    }
    assert totals.net == D("1735.00")
    assert totals.vat == D("169.35")
    assert totals.gross == D("1904.35")


def test_rates_written_differently_share_one_group():
    totals = quote_totals(
        [QuoteLineAmounts(D(1), D(10), D("21")), QuoteLineAmounts(D(1), D(10), D("21.00"))]
    )
    assert len(totals.per_rate) == 1


def test_an_empty_quote_totals_zero():
    totals = quote_totals([])
    assert (totals.net, totals.vat, totals.gross) == (D(0), D(0), D(0))


@pytest.mark.parametrize(
    ("line", "field"),
    [
        (QuoteLineAmounts(1.5, D(10)), "quantity"),
        (QuoteLineAmounts(D(1), "10"), "unit_price"),
        (QuoteLineAmounts(D(1), D(10), discount_percent=D(101)), "discount_percent"),
        (QuoteLineAmounts(D(1), D(10), D(-1)), "vat_rate"),
        (QuoteLineAmounts(D(1), D(10), D(21), treatment="exempt"), "vat_rate"),
        (QuoteLineAmounts(D("NaN"), D(10)), "quantity"),
    ],
)
def test_unusable_amounts_raise_a_money_error_naming_the_field(line, field):
    with pytest.raises(MoneyError) as caught:
        quote_totals([line])
    assert caught.value.field == field


amounts = st.decimals(min_value=-10_000, max_value=10_000, places=3, allow_nan=False)
lines = st.builds(
    QuoteLineAmounts,
    quantity=st.decimals(min_value=-100, max_value=1000, places=2, allow_nan=False),
    unit_price=amounts,
    vat_rate=st.sampled_from([D(0), D(6), D(12), D(21)]),
    discount_percent=st.decimals(min_value=0, max_value=100, places=2, allow_nan=False),
)


@given(st.lists(lines, max_size=12))
def test_totals_equal_the_sum_of_their_parts(quote_lines):
    totals = quote_totals(quote_lines)
    assert totals.net == sum((line.net for line in totals.lines), D(0))
    assert totals.net == sum((group.net for group in totals.per_rate), D(0))
    assert totals.vat == sum((group.vat for group in totals.per_rate), D(0))
    assert totals.gross == totals.net + totals.vat
    for group in totals.per_rate:
        members = [t.net for t in totals.lines if t.vat_rate == group.vat_rate]
        assert group.net == sum(members, D(0))
        assert abs(group.vat - group.net * group.vat_rate / 100) <= D("0.005")
        assert group.vat == group.vat.quantize(D("0.01"))
