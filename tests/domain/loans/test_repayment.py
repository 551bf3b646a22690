"""Payments pay the oldest instalments first; arrears count the days since the oldest
unpaid due date."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.loans.loan_states import TransitionRefused, next_state
from app.domain.loans.repayment import Due, allocate, arrears, balance
from app.domain.loans.schedule import schedule

D = Decimal


def _dues(paid=()):
    rows = schedule(D("1000.00"), 4, date(2026, 1, 31))
    paid = list(paid) + [D(0)] * (4 - len(paid))
    return [Due(r.number, r.due, r.amount, p) for r, p in zip(rows, paid, strict=True)]


def test_a_partial_payment_fills_the_oldest_instalment_first():
    assert allocate(_dues(), D("300.00")) == {1: D("250.00"), 2: D("50.00")}
    assert allocate(_dues([D("250.00"), D("50.00")]), D("200.00")) == {2: D("200.00")}


def test_early_repayment_of_the_balance_closes_every_instalment():
    rows = _dues([D("250.00")])
    assert balance(rows) == D("750.00")
    assert allocate(rows, D("750.00")) == {2: D("250.00"), 3: D("250.00"), 4: D("250.00")}
    with pytest.raises(ValueError, match="payment_above_balance"):
        allocate(rows, D("750.01"))
    with pytest.raises(ValueError, match="payment_not_positive"):
        allocate(rows, D("0"))


def test_arrears_with_days_late():
    rows = _dues([D("250.00"), D("100.00")])
    assert arrears(rows, date(2026, 2, 28)).amount == 0  # due today is not late
    late = arrears(rows, date(2026, 4, 10))
    assert late.amount == D("400.00")  # 150 of February + 250 of March
    assert late.instalments == 2
    assert late.oldest_due == date(2026, 2, 28)
    assert late.days_late == 41
    assert arrears(_dues([D("250.00")] * 4), date(2027, 1, 1)).amount == 0


def test_only_a_reviewer_decides_and_only_a_submitted_application():
    assert next_state("approve", "submitted", "loan_reviewer") == "approved"
    with pytest.raises(TransitionRefused):
        next_state("approve", "submitted", "adviser")
    with pytest.raises(TransitionRefused):
        next_state("refuse", "approved", "loan_reviewer")
    with pytest.raises(TransitionRefused):
        next_state("approve", "draft", "loan_reviewer")


@given(
    cents=st.integers(min_value=100, max_value=2_500_000),
    months=st.integers(min_value=1, max_value=48),
    payments=st.lists(st.integers(min_value=1, max_value=500_000), max_size=8),
)
def test_any_payments_never_overpay_an_instalment_and_lower_the_balance_exactly(
    cents, months, payments
):
    principal = D(cents) / 100
    rows = [
        Due(r.number, r.due, r.amount, D(0)) for r in schedule(principal, months, date(2026, 1, 31))
    ]
    for payment_cents in payments:
        payment = min(D(payment_cents) / 100, balance(rows))
        if payment <= 0:
            break
        parts = allocate(rows, payment)
        assert sum(parts.values()) == payment
        before = balance(rows)
        rows = [Due(r.number, r.due, r.amount, r.paid + parts.get(r.number, D(0))) for r in rows]
        assert balance(rows) == before - payment
        assert all(0 <= r.paid <= r.amount for r in rows)
        # paid instalments are a prefix: the oldest are paid first
        open_from = next((i for i, r in enumerate(rows) if r.open > 0), len(rows))
        assert all(r.paid == 0 for r in rows[open_from + 1 :])
