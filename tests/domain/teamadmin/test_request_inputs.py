"""The checks the adviser's form runs as they type: required fields, dates, the A1's
24-month warning and its block, the peddler authorisation by region (admin-facts §3)."""

from __future__ import annotations

from datetime import date

from app.domain.teamadmin.request_inputs import check_request_inputs
from app.domain.teamadmin.request_types import request_type

TODAY = date(2026, 12, 1)

A1 = {
    "host_country": "FR",
    "client_name": "Théâtre du Rond-Point",
    "client_address": "2bis avenue Franklin D. Roosevelt, 75008 Paris",
    "place_of_work": "Paris",
    "start_date": "2027-01-11",
    "end_date": "2027-03-31",
    "replaces_posted_worker": "no",
    "activity_description": "Lighting design for a touring play",
}


def keys(kind: str, inputs: dict, only: str | None = None) -> dict[str, tuple[str, str]]:
    problems = check_request_inputs(request_type(kind, TODAY), inputs, TODAY, only)
    return {p.field: (p.message_key, p.severity) for p in problems}


def test_a_complete_a1_request_has_no_problem():
    assert keys("a1_posting", A1) == {}


def test_an_a1_for_a_worker_who_replaces_another_posted_worker_is_blocked():
    found = keys("a1_posting", {**A1, "replaces_posted_worker": "yes"})
    assert found["replaces_posted_worker"] == (
        "teamadmin.a1_posting.replaces_posted_worker",
        "error",
    )


def test_an_a1_beyond_24_months_is_a_warning_not_a_block():
    found = keys("a1_posting", {**A1, "end_date": "2029-01-12"})
    assert found == {"end_date": ("teamadmin.a1_beyond_months", "warning")}
    assert keys("a1_posting", {**A1, "end_date": "2029-01-11"}) == {}  # exactly 24 months


def test_an_a1_outside_the_eea_and_switzerland_is_refused():
    assert keys("a1_posting", {**A1, "host_country": "US"})["host_country"][0] == (
        "teamadmin.country_not_covered"
    )


def test_the_form_checks_only_the_field_just_typed():
    half = {"start_date": "2027-01-11", "end_date": "2027-01-01"}
    assert keys("a1_posting", half, only="end_date") == {
        "end_date": ("teamadmin.date_before", "error")
    }
    assert keys("a1_posting", {"start_date": "11/01/2027"}, only="start_date") == {
        "start_date": ("teamadmin.date_invalid", "error")
    }


def test_a_posting_that_already_started_warns_that_the_deadline_passed():
    found = keys("a1_posting", {**A1, "start_date": "2026-11-20"}, only="start_date")
    assert found == {"due_on": ("teamadmin.due_passed.document", "warning")}


def test_a_peddler_authorisation_is_not_asked_in_flanders():
    found = keys("peddler_authorisation", {"region": "flanders", "home_sales": "yes"})
    assert found == {"region": ("teamadmin.peddler.flanders_not_required", "error")}


def test_in_brussels_only_home_sales_need_one():
    assert keys("peddler_authorisation", {"region": "brussels", "home_sales": "yes"}) == {}
    assert keys("peddler_authorisation", {"region": "brussels", "home_sales": "no"}) == {
        "home_sales": ("teamadmin.peddler.brussels_not_required", "error")
    }


def test_wallonia_is_shown_as_uncertain():
    found = keys("peddler_authorisation", {"region": "wallonia", "home_sales": "no"})
    assert found == {"region": ("teamadmin.peddler.wallonia_uncertain", "warning")}


def test_an_art_worker_attest_longer_than_its_type_allows_is_flagged():
    inputs = {"attest_type": "starter", "valid_from": "2026-01-01", "valid_until": "2030-01-01"}
    assert keys("art_worker_attest", inputs) == {
        "valid_until": ("teamadmin.art_validity_too_long", "warning")
    }
    assert keys("art_worker_attest", {**inputs, "attest_type": "plus"}) == {}


def test_a_c4_needs_its_contract_dates_and_a_known_reason():
    found = keys("c4", {"contract_start": "2026-12-01", "end_reason": "fired"})
    assert found == {
        "contract_end": ("field.required", "error"),
        "end_reason": ("teamadmin.choice_invalid", "error"),
    }
