"""Amounts and dates as advisers expect them in each language (app/formatting.py)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from app.formatting import format_date, format_datetime_local, format_money, format_number


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("nl", "1.234,56\u00a0€"), ("fr", "1.234,56\u00a0€"), ("en", "€1,234.56")],
)
def test_money_uses_belgian_notation_in_dutch_and_french(lang, expected):
    assert format_money(Decimal("1234.56"), lang) == expected


@pytest.mark.parametrize(
    ("lang", "expected"), [("nl", "12 mrt 2024"), ("fr", "12 mars 2024"), ("en", "12 Mar 2024")]
)
def test_dates_are_medium_style(lang, expected):
    assert format_date(date(2024, 3, 12), lang) == expected


def test_timestamps_are_shown_in_brussels_time_summer_and_winter():
    assert (
        format_datetime_local(datetime(2024, 7, 1, 12, 0, tzinfo=UTC), "nl") == "1 jul 2024 14:00"
    )
    assert format_datetime_local(datetime(2024, 1, 15, 12, 0), "en") == "15 Jan 2024 13:00"


def test_counts_are_grouped():
    assert format_number(32249, "nl") == "32.249"
    assert format_number(32249, "en") == "32,249"
