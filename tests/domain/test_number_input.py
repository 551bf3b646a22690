"""Numbers typed by a person read in the conventions of their language; anything else is
refused with a message, never guessed."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.number_input import NumberInputError, parse_number, typed_number

# (language, typed, read): the Dutch and French convention is a decimal comma and a
# point or space between thousands; the English one a decimal point and a comma or space.
READ = [
    ("nl", "1.234,56", "1234.56"),
    ("nl", "1234,56", "1234.56"),
    ("nl", "0,125", "0.125"),  # a unit price with more than two decimals
    ("nl", "12", "12"),
    ("nl", "1.250", "1250"),  # a point groups thousands, it is no decimal mark
    ("nl", "1 234 567,5", "1234567.5"),
    ("nl", "1\u00a0234,56", "1234.56"),  # the non-breaking space of a copied amount
    ("nl", " 21,5 ", "21.5"),  # a percentage, spaces around
    ("nl", ",5", "0.5"),
    ("nl", "-3,5", "-3.5"),  # read; the service says an amount cannot be negative
    ("nl", "12.5", "12.5"),  # no thousands group of three: the point can only be decimal
    ("nl", "0.125", "0.125"),  # nor after a leading zero
    ("fr", "1.234,56", "1234.56"),
    ("fr", "1\u202f234,56", "1234.56"),  # the narrow space French writes between thousands
    ("fr", "0,125", "0.125"),
    ("en", "1,234.56", "1234.56"),
    ("en", "1234.56", "1234.56"),
    ("en", "0.125", "0.125"),
    ("en", "1,250", "1250"),
    ("en", "1 234.5", "1234.5"),
    ("en", "33,33", "33.33"),  # a Belgian comma in the English window: no group of three
    ("en", "0,125", "0.125"),
    ("en", "1.250", "1.25"),  # the same keys as Dutch "1.250", the English reading
]

# (language, typed): what is neither a number in the language's convention nor a number
# with one decimal mark that no grouping explains
REFUSED = [
    ("nl", ""),
    ("nl", "   "),
    ("nl", "abc"),
    ("nl", "1.234.5"),
    ("nl", "1,234.56"),  # the English convention in Dutch
    ("nl", "1,2,3"),
    ("nl", "12,"),
    ("nl", "-"),
    ("nl", "1.23,4"),  # a thousands group of two digits
    ("nl", "1.234 567"),  # two kinds of grouping
    ("nl", "12 %"),
    ("nl", "€ 12"),
    ("nl", "1e3"),
    ("nl", "NaN"),
    ("nl", "Infinity"),
    ("fr", "1 234.56"),  # a space between thousands, then the English decimal point
    ("en", "1.234,56"),  # the Dutch convention in English
    ("en", "1,234,5"),
]


@pytest.mark.parametrize("lang,typed,read", READ)
def test_a_number_is_read_in_the_users_convention(lang, typed, read):
    assert parse_number(typed, lang) == Decimal(read)


@pytest.mark.parametrize("lang,typed", REFUSED)
def test_anything_else_is_refused_with_a_message_for_the_field(lang, typed):
    with pytest.raises(NumberInputError) as refused:
        parse_number(typed, lang, "unit_price")
    assert refused.value.field == "unit_price"
    assert refused.value.message_key == "quote.not_a_number"


@given(
    st.decimals(min_value=-(10**9), max_value=10**9, places=4, allow_nan=False),
    st.sampled_from(["nl", "fr", "en"]),
)
def test_a_number_typed_back_into_a_field_reads_as_itself(value, lang):
    assert parse_number(typed_number(value, lang), lang) == value
