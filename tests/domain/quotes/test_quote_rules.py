"""The quote rules shared by the quote services and the sample data: the VAT answer in
every language and its reuse, decisions on a line's VAT, numbering and the snapshot."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from types import SimpleNamespace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.quotes import quote_rules
from app.domain.quotes.quote_rules import (
    decision_columns,
    decision_problems,
    engine_columns,
    offered_rates,
    quote_number,
    quote_snapshot,
    sequence_of,
    totals_of,
    vat_answer_record,
    vat_client,
    vat_request,
)
from app.domain.quotes.vat import check_line, check_line_in_every_language, decision_key, parse_line
from app.domain.quotes.vat_rules import LANGS, RateRow, rulebook
from tests.domain.quotes.test_vat_properties import valid_lines

BOOK = rulebook()


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(valid_lines())
def test_checking_once_in_every_language_answers_as_each_language_alone(data):
    every = check_line_in_every_language(data)
    for lang in LANGS:
        assert every[lang] == check_line({**data, "lang": lang})


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(valid_lines(), st.integers(-400, 400))
def test_lines_with_the_same_decision_key_get_the_same_answer(data, shift):
    line = parse_line(data)
    moved = {**data, "date": (line.date + timedelta(days=shift)).isoformat()}
    year = data["facts"].get("dwelling_first_occupied_year")
    if year is not None:  # keep the dwelling's age, as a year later the same house is older
        moved["facts"] = {**data["facts"], "dwelling_first_occupied_year": year + shift // 366}
    try:
        other = parse_line(moved)
    except Exception:  # moved before the first rate or the dwelling into the future
        return
    if decision_key(other) == decision_key(line):
        assert check_line(other) == check_line(line)


def test_the_decision_key_changes_on_the_day_a_rate_changes():
    def key(day: str):
        return decision_key(
            parse_line(
                {
                    "date": day,
                    "nature": "service",
                    "category": "accommodation",
                    "client": {"kind": "private", "country": "BE"},
                }
            )
        )

    assert key("2025-06-01") == key("2026-02-28")
    assert key("2026-02-28") != key("2026-03-01")
    assert BOOK.period_of(date(2026, 3, 1)) == date(2026, 3, 1)


def test_a_vat_number_counts_in_the_decision_key_only_through_its_standing():
    def key(number: str, vies: str = "valid"):
        client = {"kind": "business", "country": "BE", "vat_number": number, "vies": vies}
        request = {"date": "2026-05-04", "nature": "service", "category": "consulting"}
        return decision_key(parse_line({**request, "client": client}))

    assert key("BE0403019261") == key("BE0403170701")
    assert key("BE0403019261") != key("BE0403019262")  # bad checksum
    assert key("BE0403019261") != key("BE0403019261", vies="unavailable")


def _request(category="performance", facts=None, kind="business", vat_check="valid"):
    facts = facts or {}
    client = vat_client(kind, "BE", "BE0403019261", vat_check, facts)
    return vat_request(date(2026, 5, 4), "fr", category, client, facts)


def test_the_question_puts_answers_about_the_client_with_the_client():
    request = _request(facts={"is_organiser": True, "place_of_performance": "BE", "x": ""})
    assert request["client"]["is_organiser"] is True
    assert request["facts"] == {"place_of_performance": "BE"}
    assert request["nature"] == "service"
    assert "vat_number" not in vat_client("business", "CH", "CHE-1", "not_eu", {})


def test_the_stored_answer_has_the_quotes_language_and_the_reasons_in_all_three():
    results = check_line_in_every_language(_request(facts={"is_organiser": True}))
    record = vat_answer_record(results, "fr")
    assert record["reasons"] == list(results["fr"].reasons)
    assert set(record["reasons_by_lang"]) == set(LANGS)
    assert record["reasons_by_lang"]["nl"] != record["reasons_by_lang"]["fr"]


def test_confirming_the_proposal_of_a_line_under_review_is_not_an_override():
    results = check_line_in_every_language(_request(kind="private"))
    answer = vat_answer_record(results, "fr")
    assert answer["review"] and answer["likely"]
    likely = answer["likely"]
    confirmed = decision_columns(
        True, answer, likely["treatment"], likely["rate"], likely["legal_basis"], "  Private party "
    )
    assert confirmed["vat_overridden"] is False
    assert confirmed["vat_override_reason"] == "Private party"
    other = decision_columns(True, answer, "taxable", "21", "WBTW art. 37", "Prudent choice")
    assert other["vat_overridden"] is True


def test_deciding_a_definite_answer_is_an_override_and_needs_a_reason():
    answer = vat_answer_record(check_line_in_every_language(_request()), "fr")
    decided = decision_columns(False, answer, "exempt", "6", "WBTW art. 44 §2 8°", "Organiser")
    assert decided["vat_overridden"] is True and decided["vat_rate"] is None
    assert ("reason", "quote.reason_required") in decision_problems("taxable", "6", "x", "short")
    assert ("rate", "quote.rate_invalid") in decision_problems("taxable", "7", "x", "long enough")
    assert decision_problems("taxable", "6", "KB nr. 20", "long enough reason") == []


def test_the_engines_answer_stands_without_a_decision():
    result = check_line(_request(category="consulting"))
    columns = engine_columns(result)
    assert columns["vat_treatment"] == result.treatment
    assert columns["vat_override_reason"] == "" and columns["vat_overridden"] is False


def test_quote_numbers_carry_office_year_and_six_digit_sequence():
    assert quote_number("BXL", 2026, 123) == "BXL-2026-000123"
    assert sequence_of("BXL-2026-000123") == 123
    assert sequence_of("imported") is None


def _line(position, quantity, price, treatment, rate, basis, reason="", answer=None, discount=0):
    return {
        "position": position,
        "description": f"line {position}",
        "category": "consulting",
        "quantity": Decimal(quantity),
        "unit": "hour",
        "unit_price": Decimal(price),
        "discount_pct": Decimal(discount),
        "vat_treatment": treatment,
        "vat_rate": rate,
        "vat_legal_basis": basis,
        "vat_override_reason": reason,
        "vat_answer": answer,
    }


HEADER = {  # of a quote as the snapshot builder reads it
    "number": "GNT-2026-000007",
    "state": "accepted",
    "issue_date": date(2026, 5, 4),
    "valid_until": date(2026, 6, 3),
    "language": "nl",
    "entity": "verenigde_producties",
    "activity_name": "Atelier X",
    "member_name": "An Peeters",
    "payment_reference": "+++002/2600/00756+++",
}


def test_the_snapshot_freezes_lines_vat_per_rate_and_the_mention_of_an_override():
    lines = [
        _line(1, "3", "33.33", "taxable", "21", "WBTW art. 37"),
        _line(2, "1", "0.05", "taxable", "21", "WBTW art. 37"),
        _line(3, "2", "100", "exempt", None, "WBTW art. 44 §2 4°", "School certificate"),
    ]
    totals = totals_of(lines)
    client = dict.fromkeys(("street", "postcode", "city", "vat_number", "enterprise_number"), "")
    frozen = quote_snapshot(HEADER, {**client, "name": "Klant", "country": "BE"}, lines, totals)
    assert (frozen.total_net, frozen.total_vat, frozen.total_gross) == (
        Decimal("300.04"),
        Decimal("21.01"),
        Decimal("321.05"),
    )
    assert [row.rate for row in frozen.vat_table] == [None, Decimal(21)]
    assert frozen.lines[2].mention["nl"].startswith("Vrijstelling van btw")
    assert frozen.lines[2].review_reason == "School certificate"
    assert frozen.payment_reference == "+++002/2600/00756+++"
    assert frozen.issue_date == date(2026, 5, 4) and frozen.state == "accepted"


def test_the_rates_offered_are_those_of_the_rate_table_on_the_quotes_date():
    # resources/vat/rates.toml: standard 21, intermediate 12, reduced 6, the zero rate
    assert offered_rates(date(2026, 11, 30)) == ("21", "12", "6", "0")
    assert offered_rates(date(2026, 11, 30)) == tuple(
        sorted(
            {row.rate for rows in BOOK.rates.values() for row in rows},
            key=Decimal,
            reverse=True,
        )
    )


def test_a_rate_the_law_ends_is_no_longer_offered_nor_accepted_after_its_last_day(monkeypatch):
    def row(rate, valid_from, valid_to=date.max):
        return RateRow("x", rate, "KB nr. 20", valid_from, valid_to, {})

    table = SimpleNamespace(
        rates={
            "standard": (row("21", date(2010, 1, 1)),),
            "reduced": (row("6", date(2010, 1, 1), date(2026, 2, 28)),),
            "new": (row("9", date(2026, 3, 1)),),
        }
    )
    monkeypatch.setattr(quote_rules, "rulebook", lambda: table)
    assert offered_rates(date(2026, 2, 28)) == ("21", "6")
    assert offered_rates(date(2026, 3, 1)) == ("21", "9")
    reason = "Confirmed with the accountant"
    on = date(2026, 3, 1)
    assert ("rate", "quote.rate_invalid") in decision_problems("taxable", "6", "x", reason, on)
    assert decision_problems("taxable", "9", "x", reason, on) == []
