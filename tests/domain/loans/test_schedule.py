"""The loan rules and schedule (admin-facts.md §4, checks.md): what the command line, the
application form, the decision and the demo data all rely on."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from app.domain.loans.loan_rules import loan_rules_on
from app.domain.loans.schedule import assess_loan, due_date, schedule

D = Decimal


@given(
    cents=st.integers(min_value=1, max_value=2_500_000),
    months=st.integers(min_value=1, max_value=120),
)
def test_any_principal_and_term_repays_exactly_the_principal(cents, months):
    principal = D(cents) / 100
    rows = schedule(principal, months, date(2026, 1, 31))
    amounts = [r.amount for r in rows]
    assert len(rows) == months
    assert sum(amounts) == principal
    assert len(set(amounts[:-1])) <= 1  # all equal but the last
    regular = amounts[0]
    assert D(0) <= amounts[-1] - regular < months * D("0.01")
    assert all(a >= 0 for a in amounts)
    assert all(a == a.quantize(D("0.01")) for a in amounts)
    assert rows[-1].balance_after == 0
    assert [r.balance_after for r in rows] == [
        principal - sum(amounts[: k + 1]) for k in range(months)
    ]


def test_the_report_average_over_two_years():
    rows = schedule(D("4671.00"), 24, date(2026, 1, 31))
    assert rows[0].amount == D("194.62")
    assert rows[0].balance_after == D("4476.38")
    assert rows[-1].amount == D("4671.00") - D("194.62") * 23 == D("194.74")


def test_due_dates_keep_the_day_or_take_the_months_last_day():
    rows = schedule(D("1200.00"), 14, date(2026, 1, 31))
    assert [r.due for r in rows[:4]] == [
        date(2026, 1, 31),
        date(2026, 2, 28),
        date(2026, 3, 31),
        date(2026, 4, 30),
    ]
    assert rows[13].due == date(2027, 2, 28)
    assert due_date(date(2027, 12, 31), 2) == date(2028, 2, 29)  # leap year
    assert due_date(date(2026, 11, 15), 3) == date(2027, 2, 15)


def test_cap_is_inclusive_and_counts_what_is_still_owed_on_the_same_project():
    first = date(2026, 1, 31)
    at_cap = assess_loan(D("20000.00"), 24, "professional_equipment", first, D("5000.00"))
    assert at_cap.decision == "to_review"
    over = assess_loan(D("20000.01"), 24, "professional_equipment", first, D("5000.00"))
    assert over.decision == "rejected"
    assert over.instalments == ()
    (reason,) = over.reasons
    assert reason.code == "cap_exceeded"
    assert "20000.01 asked + 5000.00 still owed" in reason.text
    assert "25000.00" in reason.text and "§4.1" in reason.text
    assert assess_loan(D("25000.00"), 24, "liquidity", first).decision == "to_review"
    assert assess_loan(D("25000.01"), 24, "liquidity", first).decision == "rejected"


def test_amount_must_be_positive_and_term_within_the_purposes_maximum():
    first = date(2026, 3, 1)
    zero = assess_loan(D("0.00"), 12, "liquidity", first)
    assert [r.code for r in zero.reasons] == ["amount_not_positive"]
    maximum = loan_rules_on(first).purposes["liquidity"].max_months
    assert assess_loan(D("100.00"), maximum, "liquidity", first).acceptable
    too_long = assess_loan(D("100.00"), maximum + 1, "liquidity", first)
    assert [r.code for r in too_long.reasons] == ["term_too_long"]
    assert f"maximum of {maximum} months" in too_long.reasons[0].text
    assert [r.code for r in assess_loan(D("100.00"), 0, "liquidity", first).reasons] == [
        "term_too_short"
    ]


def test_evidence_per_purpose():
    first = date(2026, 3, 1)

    def codes(purpose, evidence):
        return [
            r.code for r in assess_loan(D("900.00"), 6, purpose, first, evidence=evidence).reasons
        ]

    assert codes("professional_equipment", []) == ["evidence_missing"]
    assert codes("professional_equipment", ["programme"]) == ["evidence_missing"]
    assert codes("professional_equipment", ["invoice"]) == []
    assert codes("professional_equipment", ["quote"]) == []
    assert codes("training", ["quote"]) == ["evidence_missing"]
    assert codes("training", ["programme"]) == []
    assert codes("expense_note_advance", []) == ["evidence_missing"]
    assert codes("expense_note_advance", ["expense_notes"]) == []
    assert codes("liquidity", []) == []


def test_every_rule_names_its_source_and_assumptions_are_marked():
    rules = loan_rules_on(date(2026, 1, 1))
    assert rules.cap_per_project == D("25000.00")
    assert "§4.1" in rules.cap_source
    assert rules.cap_counts_outstanding_source.startswith("ASSUMPTION")
    assert rules.income_threshold_source.startswith("ASSUMPTION")
    assert set(rules.purposes) == {
        "professional_equipment",
        "liquidity",
        "expense_note_advance",
        "training",
    }
    for purpose in rules.purposes.values():
        assert "ASSUMPTION" in purpose.source and "admin-facts" in purpose.source
