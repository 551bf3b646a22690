"""Quote amounts in Decimal (DESIGN.md §2): one function for screen, PDF and storage.

Each line's net amount is rounded to the cent; VAT is then computed once per VAT
group on the sum of the nets of that group, and rounded to the cent (EN 16931 rule
BR-CO-17), so that the VAT breakdown printed on a quote adds up exactly.
Formatting amounts for display is not done here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

CENT = Decimal("0.01")
ZERO = Decimal("0.00")
HUNDRED = Decimal(100)


class MoneyError(ValueError):
    """A quote line's amounts are unusable; `field` names the bad one."""

    def __init__(self, field: str, message_key: str):
        self.field = field
        self.message_key = message_key
        super().__init__(f"{message_key} ({field})")


def to_cent(value: Decimal) -> Decimal:
    """Round half up to the cent (0.005 -> 0.01, -0.005 -> -0.01)."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class QuoteLineAmounts:
    """What a quote line contributes to the totals.

    `vat_rate` is the Belgian rate in percent for taxable lines, 0 for every other
    treatment (exempt, reverse charge, outside scope, foreign VAT); `treatment` keeps
    such lines in their own group of the breakdown.
    """

    quantity: Decimal
    unit_price: Decimal
    vat_rate: Decimal = Decimal(0)
    discount_percent: Decimal = Decimal(0)
    treatment: str = "taxable"
    # lines of one treatment and rate on different legal bases (two exemptions) make two
    # groups of the breakdown: KB nr. 1 art. 5 asks for the amount per exemption too
    basis: str = ""


@dataclass(frozen=True)
class LineTotal:
    net: Decimal
    vat_rate: Decimal
    treatment: str
    basis: str = ""


@dataclass(frozen=True)
class RateTotal:
    treatment: str
    vat_rate: Decimal
    net: Decimal
    vat: Decimal
    basis: str = ""

    @property
    def gross(self) -> Decimal:
        return self.net + self.vat


@dataclass(frozen=True)
class QuoteTotals:
    lines: tuple[LineTotal, ...]
    per_rate: tuple[RateTotal, ...]
    net: Decimal
    vat: Decimal
    gross: Decimal


def _decimal(value: object, field: str) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, Decimal | int):
        raise MoneyError(field, "money.not_decimal")
    result = Decimal(value)
    if not result.is_finite():
        raise MoneyError(field, "money.not_finite")
    return result


def line_net(line: QuoteLineAmounts) -> Decimal:
    """quantity x unit price x (1 - discount%), rounded to the cent."""
    quantity = _decimal(line.quantity, "quantity")
    price = _decimal(line.unit_price, "unit_price")
    discount = _decimal(line.discount_percent, "discount_percent")
    if not 0 <= discount <= HUNDRED:
        raise MoneyError("discount_percent", "money.discount_out_of_range")
    try:
        return to_cent(quantity * price * (HUNDRED - discount) / HUNDRED)
    except InvalidOperation as exc:
        raise MoneyError("quantity", "money.too_large") from exc


def quote_totals(lines: Iterable[QuoteLineAmounts]) -> QuoteTotals:
    """Totals of a quote: per line, per VAT group (treatment, rate, basis), and overall."""
    line_totals: list[LineTotal] = []
    bases: dict[tuple[str, Decimal, str], Decimal] = {}
    for line in lines:
        rate = _decimal(line.vat_rate, "vat_rate")
        if rate < 0 or rate >= HUNDRED:
            raise MoneyError("vat_rate", "money.rate_out_of_range")
        if line.treatment != "taxable" and rate != 0:
            raise MoneyError("vat_rate", "money.rate_without_vat")
        net = line_net(line)
        line_totals.append(LineTotal(net, rate, line.treatment, line.basis))
        key = (line.treatment, rate.normalize() if rate else Decimal(0), line.basis)
        bases[key] = bases.get(key, ZERO) + net
    per_rate = tuple(
        RateTotal(treatment, rate, to_cent(base), to_cent(base * rate / HUNDRED), basis)
        for (treatment, rate, basis), base in sorted(
            bases.items(), key=lambda kv: (kv[0][0], -kv[0][1], kv[0][2])
        )
    )
    net_total = sum((r.net for r in per_rate), ZERO)
    vat_total = sum((r.vat for r in per_rate), ZERO)
    return QuoteTotals(tuple(line_totals), per_rate, net_total, vat_total, net_total + vat_total)
