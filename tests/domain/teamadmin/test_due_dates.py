"""Each request kind's due date on dated cases: month ends, weekends, Belgian public
holidays and the first working day after one (admin-facts §3; the weekdays of 2026 were
checked against a calendar)."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.teamadmin.due_dates import due_date
from app.domain.teamadmin.request_types import request_kinds, request_type
from app.domain.working_days import is_working_day

ASKED = date(2026, 12, 1)

CASES = [
    # (kind, inputs, requested on, due on, why)
    (
        "sickness_fund_incapacity",
        {"incapacity_start": "2026-06-05"},
        ASKED,
        date(2026, 7, 1),
        "§3.3: 1 July 2026 is a Wednesday",
    ),
    (
        "sickness_fund_incapacity",
        {"incapacity_start": "2026-01-31"},
        ASKED,
        date(2026, 2, 2),
        "§3.3 at a month end: 1 February 2026 is a Sunday",
    ),
    (
        "sickness_fund_incapacity",
        {"incapacity_start": "2026-04-20"},
        ASKED,
        date(2026, 5, 4),
        "§3.3: 1 May (Labour Day, a Friday), then the weekend",
    ),
    (
        "sickness_fund_incapacity",
        {"incapacity_start": "2026-12-31"},
        ASKED,
        date(2027, 1, 4),
        "§3.3 over the year end: New Year's Day is a Friday",
    ),
    (
        "sickness_fund_resumption",
        {"incapacity_start": "2026-11-02", "resumption_date": "2026-11-10"},
        ASKED,
        date(2026, 11, 12),
        "APP-RULE next working day: 11 November is Armistice Day",
    ),
    (
        "c4",
        {"contract_start": "2026-07-01", "contract_end": "2026-07-21"},
        ASKED,
        date(2026, 7, 20),
        "§3.4: the contract ends on the National Day",
    ),
    (
        "c4",
        {"contract_start": "2026-08-01", "contract_end": "2026-08-16"},
        ASKED,
        date(2026, 8, 14),
        "§3.4: Sunday, and Saturday 15 August is Assumption",
    ),
    (
        "c4",
        {"contract_start": "2026-05-01", "contract_end": "2026-05-29"},
        ASKED,
        date(2026, 5, 29),
        "§3.4: a Friday is its own last working day",
    ),
    (
        "part_time_allowance",
        {"part_time_start": "2025-12-31"},
        ASKED,
        date(2026, 2, 27),
        "§3.4: two months after 31 December is 28 February, a Saturday",
    ),
    (
        "part_time_allowance",
        {"part_time_start": "2026-03-25"},
        ASKED,
        date(2026, 5, 22),
        "§3.4: 25 May 2026 is Whit Monday",
    ),
    (
        "a1_posting",
        {"start_date": "2026-06-01"},
        ASKED,
        date(2026, 5, 29),
        "§3.1: before a posting that starts on a Monday",
    ),
    (
        "a1_posting",
        {"start_date": "2026-04-07"},
        ASKED,
        date(2026, 4, 3),
        "§3.1: the day before is Easter Monday",
    ),
    (
        "employment_attest",
        {},
        date(2026, 12, 22),
        date(2026, 12, 30),
        "APP-RULE 5 working days, Christmas Day not counted",
    ),
    (
        "employment_attest",
        {},
        date(2026, 5, 8),
        date(2026, 5, 18),
        "APP-RULE 5 working days, Ascension Day not counted",
    ),
    ("art_worker_attest", {}, ASKED, date(2026, 12, 15), "APP-RULE 10 working days"),
    ("peddler_authorisation", {}, ASKED, date(2026, 12, 15), "APP-RULE 10 working days"),
    ("other", {"wanted_by": "2026-12-19"}, ASKED, date(2026, 12, 19), "the date asked for"),
]


@pytest.mark.parametrize(
    ("kind", "inputs", "requested", "expected", "why"), CASES, ids=[c[4] for c in CASES]
)
def test_due_date_follows_the_kinds_rule(kind, inputs, requested, expected, why):
    assert due_date(request_type(kind, requested), inputs, requested) == expected


def test_every_kind_is_covered_by_a_dated_case():
    assert {case[0] for case in CASES} == set(request_kinds())


def test_a_due_date_waits_for_the_input_it_counts_from():
    assert due_date(request_type("c4", ASKED), {"contract_end": ""}, ASKED) is None


@pytest.mark.parametrize(
    ("day", "working"),
    [
        (date(2026, 12, 25), False),  # Christmas
        (date(2026, 12, 26), False),  # Saturday
        (date(2026, 12, 28), True),
        (date(2026, 7, 21), False),  # National Day
        (date(2026, 5, 14), False),  # Ascension
        (date(2026, 11, 11), False),  # Armistice
        (date(2026, 11, 12), True),
    ],
)
def test_working_days_are_weekdays_without_belgian_public_holidays(day, working):
    assert is_working_day(day) is working


def test_every_kind_names_its_source_and_output():
    for kind in request_kinds():
        rule = request_type(kind, ASKED)
        assert rule.source and rule.output in ("document", "external_reference", "either")
