"""The numbers a person reads besides quotes, in a device's series (issue 14): a loan's
structured communication never equals a quote's or a loan's given before series, and a
member number of a series never equals one given before series."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum.be import ogm_vcs

from app.domain.loans.payment import loan_ogm
from app.domain.numbering import (
    LAST_LOAN_YEAR,
    series_loan_communication,
    series_member_number,
    series_structured_communication,
)
from app.domain.quotes.payment_reference import OFFICE_DIGITS, structured_communication

years = st.integers(2026, LAST_LOAN_YEAR)
series = st.integers(1, 999)
loans = st.integers(1, 9999)
quotes = st.integers(1, 99999)


def test_a_loan_communication_shows_year_series_and_sequence_and_is_valid():
    assert series_loan_communication(2026, 107, 7) == "+++526/1070/007" + (
        ogm_vcs.calc_check_digits("5261070007") + "+++"
    )
    assert ogm_vcs.is_valid(series_loan_communication(2049, 999, 9999))


@settings(deadline=None)  # a loaded machine is slow, not wrong
@given(years, series, loans, years, series, quotes)
def test_a_loan_and_a_quote_never_share_a_communication(year, s, n, q_year, q_series, q):
    assert series_loan_communication(year, s, n) != series_structured_communication(
        q_year, q_series, q
    )


@settings(deadline=None)  # a loaded machine is slow, not wrong
@given(years, series, loans, st.sampled_from(sorted(OFFICE_DIGITS)), st.integers(2010, 2059))
def test_a_loan_of_a_series_never_equals_one_given_before_series(year, s, n, office, old_year):
    old_sequence = n  # any sequence an office gave before series
    assert series_loan_communication(year, s, n) != loan_ogm(office, old_year, old_sequence)
    assert series_loan_communication(year, s, n) != structured_communication(
        office, old_year, old_sequence
    )


def test_loans_after_a_series_has_given_9999_or_after_2049_are_refused():
    with pytest.raises(ValueError):
        series_loan_communication(2026, 1, 10_000)
    with pytest.raises(ValueError):
        series_loan_communication(LAST_LOAN_YEAR + 1, 1, 1)


@settings(deadline=None)  # a loaded machine is slow, not wrong
@given(series, quotes)
def test_a_member_number_of_a_series_reads_series_then_sequence(s, n):
    number = series_member_number(s, n)
    assert number >= 100_001 and divmod(number, 100_000) == (s, n)
