"""The member's budget simulator (Smart annual report 2021, DESIGN.md §6)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from app.domain.members.budget import BudgetError, budget_rules_on, simulate_budget

DAY = date(2026, 3, 15)


@pytest.mark.parametrize(
    ("contract_type", "coefficient", "gross_wage"),
    [
        ("employee", D("1.55"), D("603.23")),
        ("artistic", D("1.57"), D("595.54")),
        ("student", D("1.09"), D("857.80")),
    ],
)
def test_gross_wage_is_werkbudget_divided_by_the_contract_coefficient(
    contract_type, coefficient, gross_wage
):
    sim = simulate_budget(D(1000), contract_type, DAY)
    assert sim.contribution == D("65.00")
    assert sim.werkbudget == D("935.00")
    assert sim.coefficient == coefficient
    assert sim.gross_wage == gross_wage


def test_contribution_is_six_and_a_half_percent_rounded_to_the_cent():
    assert simulate_budget(D("900.10"), "employee", DAY).contribution == D("58.51")


def test_werkbudget_plus_contribution_is_the_amount():
    sim = simulate_budget(D("1234.56"), "artistic", DAY)
    assert sim.werkbudget + sim.contribution == D("1234.56")


@pytest.mark.parametrize("contract_type", ["temp", "interim"])
def test_temp_contracts_have_no_budget_simulation(contract_type):
    with pytest.raises(BudgetError) as caught:
        simulate_budget(D(1000), contract_type, DAY)
    assert caught.value.field == "contract_type"
    assert caught.value.message_key == "budget.not_for_temp_contracts"


def test_unknown_contract_type_is_refused():
    with pytest.raises(BudgetError) as caught:
        simulate_budget(D(1000), "freelance", DAY)
    assert caught.value.message_key == "budget.unknown_contract_type"


def test_partner_abroad_rate_between_six_and_a_half_and_ten_percent():
    assert simulate_budget(D(1000), "employee", DAY, D(10)).contribution == D("100.00")
    with pytest.raises(BudgetError):
        simulate_budget(D(1000), "employee", DAY, D(12))
    with pytest.raises(BudgetError):
        simulate_budget(D(1000), "employee", DAY, D(5))


@pytest.mark.parametrize("amount", [D(-1), 1000.0, D("NaN"), "1000"])
def test_unusable_amounts_are_refused(amount):
    with pytest.raises(BudgetError) as caught:
        simulate_budget(amount, "employee", DAY)
    assert caught.value.field == "amount_excl_vat"


def test_rules_are_dated_and_sourced():
    rules = budget_rules_on(DAY)
    assert rules.contribution_rate == D("6.5")
    assert "2021" in rules.source
    with pytest.raises(BudgetError):
        budget_rules_on(date(2019, 1, 1))


def test_expenses_are_refunded_from_the_werkbudget_before_the_wage_in_decimal():
    result = simulate_budget(D("1000.00"), "employee", date(2026, 12, 1), expenses=D("100.00"))
    assert result.contribution == D("65.00")  # 6.5% of 1000
    assert result.werkbudget == D("935.00")
    assert result.expenses == D("100.00")
    assert result.gross_wage == D("538.71")  # (935 - 100) / 1.55 = 538.709... → 538.71
    assert isinstance(result.gross_wage, D)


def test_expenses_above_the_werkbudget_are_refused():
    with pytest.raises(BudgetError) as caught:
        simulate_budget(D("100.00"), "artistic", date(2026, 12, 1), expenses=D("93.51"))
    assert caught.value.message_key == "budget.expenses_over_werkbudget"
    assert (
        simulate_budget(D("100.00"), "artistic", date(2026, 12, 1), expenses=D("93.50")).gross_wage
        == 0
    )
