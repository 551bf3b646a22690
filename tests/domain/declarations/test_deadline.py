"""The declaration deadline (admin-facts §1.3, §2; checks.md): 8 calendar days from the
day after the event, never extended, a warning when the last day is not a working day,
aggravation and discovery as base, prescription after 3 years."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.declarations.deadline import declaration_deadline, is_working_day
from app.domain.declarations.errors import DeclarationInputError

TODAY = date(2026, 12, 1)
D = date.fromisoformat
WARN = ["deadline_not_working_day"]

# (why, kind, event, filing, extra, deadline, days_left, warnings, prescribed)
CASES = [
    ("checks.md example: Monday + 8 = Tuesday, filed on the last day",
     "accident", "2025-03-03", "2025-03-11", {}, "2025-03-11", 0, [], False),
    ("filed the same day: 8 days left",
     "accident", "2025-03-03", "2025-03-03", {}, "2025-03-11", 8, [], False),
    ("late by three days: days_left negative",
     "accident", "2025-03-03", "2025-03-14", {}, "2025-03-11", -3, [], False),
    ("month end: 25 January + 8 = Sunday 2 February, not extended",
     "accident", "2025-01-25", "2025-01-27", {}, "2025-02-02", 6, WARN, False),
    ("year end: 24 December + 8 = New Year's Day, a public holiday",
     "accident", "2025-12-24", "2025-12-29", {}, "2026-01-01", 3, WARN, False),
    ("year end: 28 December + 8 = Monday 5 January, a working day",
     "accident", "2025-12-28", "2025-12-30", {}, "2026-01-05", 6, [], False),
    ("leap year: 21 February 2024 + 8 = 29 February, a Thursday",
     "accident", "2024-02-21", "2024-02-22", {}, "2024-02-29", 7, [], False),
    ("leap day itself: 29 February 2024 + 8 = Friday 8 March",
     "accident", "2024-02-29", "2024-03-01", {}, "2024-03-08", 7, [], False),
    ("common year: 21 February 2025 + 8 = Saturday 1 March",
     "accident", "2025-02-21", "2025-02-24", {}, "2025-03-01", 5, WARN, False),
    ("holiday on a weekday: National Day, Monday 21 July 2025",
     "accident", "2025-07-13", "2025-07-14", {}, "2025-07-21", 7, WARN, False),
    ("Easter Monday 2025 is not a working day",
     "accident", "2025-04-13", "2025-04-14", {}, "2025-04-21", 7, WARN, False),
    ("aggravation of a light accident: 8 days from the notice, not the accident",
     "accident", "2025-01-10", "2025-02-25", {"aggravation_notice_date": D("2025-02-20")},
     "2025-02-28", 3, [], False),
    ("prescription: exactly 3 years later is not yet prescribed",
     "accident", "2022-03-03", "2025-03-03", {}, "2022-03-11", -1088, [], False),
    ("prescription: one day more than 3 years is prescribed, still answered",
     "accident", "2022-03-03", "2025-03-04", {}, "2022-03-11", -1089, [], True),
    ("prescription from 29 February: ends 28 February three years later",
     "accident", "2020-02-29", "2023-03-01", {}, "2020-03-08", -1088, WARN, True),
    ("claim: default 8 days counted from the discovery",
     "claim", "2025-05-01", "2025-05-12", {"discovery_date": D("2025-05-10")},
     "2025-05-18", 6, WARN, False),
    ("claim: the policy's own delay (30 days) replaces the default",
     "claim", "2025-11-20", "2025-11-21", {"policy_delay_days": 30}, "2025-12-20", 29, WARN,
     False),
    ("claim: a short policy delay (5 days) from discovery, late by 2",
     "claim", "2025-06-02", "2025-06-16", {"policy_delay_days": 5,
                                           "discovery_date": D("2025-06-09")},
     "2025-06-14", -2, WARN, False),
    ("claim: never prescribed by this rule (not in the facts)",
     "claim", "2020-01-06", "2025-01-06", {}, "2020-01-14", -1819, [], False),
]  # fmt: skip


@pytest.mark.parametrize(
    "kind,event,filing,extra,deadline,days_left,warnings,prescribed",
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_deadline_on_dated_cases(kind, event, filing, extra, deadline, days_left, warnings,
                                 prescribed):  # fmt: skip
    answer = declaration_deadline(kind, D(event), D(filing), today=TODAY, **extra)
    assert answer.deadline == D(deadline)
    assert answer.days_left == days_left
    assert answer.on_time is (days_left >= 0)
    assert answer.late_by_days == max(0, -days_left)
    assert list(answer.warnings) == warnings
    assert answer.prescribed is prescribed


def test_filing_date_defaults_to_today():
    answer = declaration_deadline("accident", date(2026, 11, 28), today=TODAY)
    assert answer.filing_date == TODAY
    assert answer.days_left == 5


@pytest.mark.parametrize(
    "kind,event,filing,extra,field",
    [
        ("accident", "2025-03-03", "2025-03-02", {}, "filing_date"),
        ("accident", "2026-12-02", "2026-12-03", {}, "event_date"),
        (
            "accident",
            "2025-03-03",
            None,
            {"aggravation_notice_date": D("2025-03-01")},
            "aggravation_notice_date",
        ),
        (
            "accident",
            "2025-03-03",
            None,
            {"aggravation_notice_date": D("2026-12-05")},
            "aggravation_notice_date",
        ),
        (
            "accident",
            "2025-03-03",
            "2025-03-05",
            {"aggravation_notice_date": D("2025-03-10")},
            "filing_date",
        ),
        ("claim", "2025-03-03", None, {"discovery_date": D("2025-03-01")}, "discovery_date"),
        (
            "claim",
            "2025-03-03",
            None,
            {"aggravation_notice_date": D("2025-03-05")},
            "aggravation_notice_date",
        ),
        ("accident", "2025-03-03", None, {"policy_delay_days": 10}, "policy_delay_days"),
        ("claim", "2025-03-03", None, {"policy_delay_days": 0}, "policy_delay_days"),
        ("accident", "2001-03-03", None, {}, "event_date"),
    ],  # fmt: skip
)
def test_impossible_questions_are_refused_naming_the_field(kind, event, filing, extra, field):
    with pytest.raises(DeclarationInputError) as caught:
        declaration_deadline(kind, D(event), D(filing) if filing else None, today=TODAY, **extra)
    assert field in [error.field for error in caught.value.errors]


def test_working_days_are_belgian():
    assert not is_working_day(date(2025, 11, 11))  # Armistice, a Tuesday
    assert not is_working_day(date(2025, 5, 29))  # Ascension
    assert is_working_day(date(2025, 11, 12))
    assert not is_working_day(date(2025, 11, 15))  # Saturday
