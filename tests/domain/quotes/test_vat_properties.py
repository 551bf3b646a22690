"""Properties of the VAT check that must hold for every input, not just the table."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from app.domain.quotes.vat import (
    CLIENT_FLAGS,
    CLIENT_KINDS,
    EXEMPTION_DOCUMENTS,
    FACT_FLAGS,
    TREATMENTS,
    VIES_STATES,
    check_line,
)
from app.domain.quotes.vat_errors import VatInputError
from app.domain.quotes.vat_rules import LANGS, rulebook

BOOK = rulebook()
CATEGORIES = sorted(BOOK.categories)
EU_OTHER = sorted(
    c for c, start, end in BOOK.eu_membership if c != "BE" and end >= date(2030, 1, 1)
)
SOME_COUNTRIES = ["BE", "FR", "NL", "DE", "LU", "GR", "IT", "US", "CH", "GB", "MA", "JP"]
VAT_NUMBERS = [
    "BE0403019261",
    "FR40303265045",
    "DE136695976",
    "NL004495445B01",
    "BE0403019262",
    "CHE-116.281.710",
    "",
    "x",
]

days = st.dates(min_value=date(2010, 1, 1), max_value=date(2035, 12, 31))


@st.composite
def valid_lines(draw, kind=None, country=None):
    category = draw(st.sampled_from(CATEGORIES))
    day = draw(days)
    client = {
        "kind": kind or draw(st.sampled_from(CLIENT_KINDS)),
        "country": country or draw(st.sampled_from(SOME_COUNTRIES)),
    }
    if draw(st.booleans()):
        client["vat_number"] = draw(st.sampled_from(VAT_NUMBERS))
    if draw(st.booleans()):
        client["vies"] = draw(st.sampled_from(VIES_STATES))
    for flag in CLIENT_FLAGS:
        if draw(st.booleans()):
            client[flag] = draw(st.booleans())
    facts: dict = {}
    for flag in FACT_FLAGS:
        if draw(st.booleans()):
            facts[flag] = draw(st.booleans())
    for key in ("place_of_performance", "goods_destination"):
        if draw(st.booleans()):
            facts[key] = draw(st.sampled_from(SOME_COUNTRIES))
    if draw(st.booleans()):
        facts["exemption_document"] = draw(st.sampled_from(EXEMPTION_DOCUMENTS))
    if draw(st.booleans()):
        facts["dwelling_first_occupied_year"] = draw(st.integers(1900, day.year))
    if draw(st.booleans()):
        facts["non_plant_share"] = draw(st.floats(0, 1))
    return {
        "date": day.isoformat(),
        "nature": BOOK.categories[category][0],
        "category": category,
        "client": client,
        "facts": facts,
        "lang": draw(st.sampled_from(LANGS)),
    }


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(valid_lines())
def test_every_valid_line_gets_a_well_formed_answer(data):
    result = check_line(data)
    assert result.treatment in TREATMENTS
    assert (result.rate is not None) == (result.treatment == "taxable")
    assert result.rate in (None, "0", "6", "12", "21")
    assert result.legal_basis and "{" not in result.legal_basis
    assert result.reasons and all("{" not in r for r in result.reasons)
    if not result.review:
        assert result.likely is None
    if result.likely is not None:
        assert (result.likely.treatment, result.likely.rate) == (result.treatment, result.rate)


@settings(max_examples=300)
@given(
    valid_lines(kind="private", country="FR"),
    st.sampled_from(EU_OTHER),
    st.sampled_from(EU_OTHER),
)
def test_moving_a_private_client_between_member_states_keeps_the_belgian_rate(data, first, second):
    day = date.fromisoformat(data["date"])
    assume(BOOK.in_eu(first, day) and BOOK.in_eu(second, day))  # members on the tax point
    data["client"]["country"] = first
    one = check_line(data)
    data["client"]["country"] = second
    other = check_line(data)
    if one.treatment == "taxable" and not one.review:
        assert (other.treatment, other.rate) == ("taxable", one.rate)


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=12),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=8,
)


@st.composite
def any_lines(draw):
    """Valid lines with some fields replaced by anything JSON can hold."""
    data = draw(valid_lines())
    for _ in range(draw(st.integers(0, 3))):
        where = draw(st.sampled_from(["top", "client", "facts"]))
        target = data if where == "top" else data.get(where)
        if not isinstance(target, dict):
            continue
        key = draw(
            st.sampled_from(sorted(target) + ["unexpected", "date", "vat_number", "country"])
        )
        target[key] = draw(json_values)
    return data


@settings(max_examples=500, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(any_lines(), json_values))
def test_the_check_raises_nothing_but_its_own_input_error(data):
    try:
        check_line(data)
    except VatInputError as exc:
        assert exc.errors and all(e.field is not None and e.message for e in exc.errors)


def test_a_line_is_checked_well_under_a_millisecond():
    import time

    data = {
        "date": (date(2026, 1, 1) + timedelta(days=3)).isoformat(),
        "nature": "service",
        "category": "renovation",
        "client": {"kind": "business", "country": "FR", "vat_number": "FR40303265045"},
        "facts": {"private_dwelling": True, "dwelling_first_occupied_year": 2000},
    }
    check_line(data)
    start = time.perf_counter()
    for _ in range(200):
        check_line(data)
    assert (time.perf_counter() - start) / 200 < 0.001
