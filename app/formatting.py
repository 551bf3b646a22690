"""Amounts, numbers, dates and times as an adviser expects them in the chosen language.

Qt-free so the window, the PDFs and the exports format a value the same way. Belgian
usage writes euro amounts as "1.234,56 €" in both Dutch and French (the grouping dot
is what members see on Smart's own documents), so nl and fr share the nl_BE number
symbols; English shows "€1,234.56". Timestamps are stored in UTC and shown in
Europe/Brussels time (DESIGN.md §2).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from babel.dates import format_date as _babel_date
from babel.dates import format_time as _babel_time
from babel.numbers import format_currency, format_decimal

BRUSSELS = ZoneInfo("Europe/Brussels")

_DATE_LOCALES = {"nl": "nl_BE", "fr": "fr_BE", "en": "en_GB"}
_EURO_PATTERN = "#,##0.00\u00a0¤"


def _date_locale(lang: str) -> str:
    return _DATE_LOCALES.get(lang, "en_GB")


def format_money(amount: Decimal, lang: str) -> str:
    """A euro amount with two decimals: "1.234,56 €" (nl, fr) or "€1,234.56" (en)."""
    if lang == "en":
        return format_currency(amount, "EUR", locale="en_GB")
    return format_currency(
        amount, "EUR", format=_EURO_PATTERN, locale="nl_BE", currency_digits=False
    )


def format_unit_price(amount: Decimal, lang: str) -> str:
    """A unit price: at least two decimals, and every further one it has ("0,125 €" for
    a price per word, EN 16931 BT-146); never rounded to the cent."""
    digits = max(2, -amount.normalize().as_tuple().exponent) if amount else 2
    pattern = "#,##0." + "0" * digits
    if lang == "en":
        return format_currency(
            amount, "EUR", format="¤" + pattern, locale="en_GB", currency_digits=False
        )
    return format_currency(
        amount, "EUR", format=pattern + "\u00a0¤", locale="nl_BE", currency_digits=False
    )


def format_number(value: int | Decimal, lang: str) -> str:
    """A count with thousands grouping: "1.234" (nl, fr) or "1,234" (en)."""
    return format_decimal(value, locale="en_GB" if lang == "en" else "nl_BE")


def format_date(value: date | None, lang: str) -> str:
    """Medium style: "12 mrt 2024", "12 mars 2024", "12 Mar 2024"; empty for no date."""
    if value is None:
        return ""
    return _babel_date(value, "medium", locale=_date_locale(lang))


def to_brussels(moment: datetime) -> datetime:
    """A stored UTC timestamp (naive ones are taken as UTC) in Brussels local time."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(BRUSSELS)


def format_datetime_local(moment: datetime | None, lang: str) -> str:
    """A UTC timestamp as Brussels date and time: "12 mrt 2024 14:05"; empty for none."""
    if moment is None:
        return ""
    local = to_brussels(moment)
    locale = _date_locale(lang)
    return (
        f"{_babel_date(local.date(), 'medium', locale=locale)} "
        f"{_babel_time(local.time(), 'HH:mm', locale=locale)}"
    )
