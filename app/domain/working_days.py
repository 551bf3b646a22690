"""Belgian working days: Monday to Friday except the public holidays. Shared by the
TeamAdmin queue's due dates and the declarations' deadline warning (one rule, one place).

The holidays come from the maintained `holidays` library (country "BE"), not from a
table of our own; `resources/rules/teamadmin_requests.toml` says so beside the rules that
count in working days. The library is imported at the first question (loading it takes
0.1-0.2 s).
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from functools import cache


@cache
def _belgian_holidays(year: int) -> frozenset[date]:
    import holidays

    return frozenset(holidays.country_holidays("BE", years=year))


def is_public_holiday(day: date) -> bool:
    return day in _belgian_holidays(day.year)


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and not is_public_holiday(day)


def working_day_on_or_after(day: date) -> date:
    while not is_working_day(day):
        day += timedelta(days=1)
    return day


def working_day_on_or_before(day: date) -> date:
    while not is_working_day(day):
        day -= timedelta(days=1)
    return day


def add_working_days(day: date, count: int) -> date:
    """The `count`-th working day after `day` (`day` itself not counted)."""
    while count > 0:
        day += timedelta(days=1)
        if is_working_day(day):
            count -= 1
    return day


def first_working_day_of_next_month(day: date) -> date:
    first = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return working_day_on_or_after(first)


def add_months(day: date, months: int) -> date:
    """The same day `months` later; the month's last day when it has no such day
    (31 December + 2 months = 28/29 February)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))
