"""Coverage from the member's contracts (issue #10 point 2, admin-facts §1.1, §2) and
serious-accident triage (§1.6), the simplified declaration (§1.4), the accident fiche
(§1.6) and light accidents (§1.2)."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.declarations.coverage import ContractFact, add_months, decide_coverage
from app.domain.declarations.first_aid import LightAccidentFacts, is_light_accident
from app.domain.declarations.triage import (
    InjuryFacts,
    accident_fiche_required,
    simplified_declaration_allowed,
    triage,
)

D = date.fromisoformat


def contract(cid, start, end, kind="artistic", entity="verenigde_producties"):
    return ContractFact(cid, D(start), D(end), kind, entity)


HISTORY = [
    contract("c1", "2024-01-08", "2024-01-12"),
    contract("c2", "2025-03-03", "2025-03-07"),
]


@pytest.mark.parametrize(
    "why,accident,accident_type,abroad,contracts,cover,contract_id,reasons",
    [
        (
            "a contract covering that day: work accident",
            "2025-03-05",
            "workplace",
            False,
            HISTORY,
            "work",
            "c2",
            {"contract_start": "2025-03-03", "contract_end": "2025-03-07"},
        ),
        (
            "a contract that day, on the way to work: commute",
            "2025-03-03",
            "commute",
            False,
            HISTORY,
            "commute",
            "c2",
            {"contract_start": "2025-03-03"},
        ),
        (
            "gap day within 12 months of the last contract: private life",
            "2025-09-15",
            "workplace",
            False,
            HISTORY,
            "private_life",
            "c2",
            {"last_contract_end": "2025-03-07", "private_life_until": "2026-03-07"},
        ),
        (
            "exactly 12 months after the last contract: still private life",
            "2026-03-07",
            "workplace",
            False,
            HISTORY,
            "private_life",
            "c2",
            {"private_life_until": "2026-03-07"},
        ),
        (
            "gap beyond 12 months: not covered, with the dates",
            "2026-03-08",
            "workplace",
            False,
            HISTORY,
            "not_covered",
            None,
            {"last_contract_end": "2025-03-07", "private_life_until": "2026-03-07"},
        ),
        (
            "mission abroad without a contract that day: business mobility",
            "2026-06-01",
            "workplace",
            True,
            HISTORY,
            "mission",
            None,
            {},
        ),
        (
            "no contract ever: not covered",
            "2025-03-05",
            "workplace",
            False,
            [],
            "not_covered",
            None,
            {"accident_date": "2025-03-05"},
        ),
        (
            "a contract that starts after the accident does not cover it",
            "2025-03-02",
            "workplace",
            False,
            [contract("c9", "2025-03-03", "2025-03-07")],
            "not_covered",
            None,
            {},
        ),
    ],  # fmt: skip
)
def test_cover_is_decided_from_the_contracts(
    why, accident, accident_type, abroad, contracts, cover, contract_id, reasons
):
    answer = decide_coverage(
        D(accident), contracts, accident_type=accident_type, mission_abroad=abroad
    )
    assert answer.cover == cover, why
    assert answer.contract_id == contract_id
    assert reasons.items() <= answer.reasons.items()
    assert answer.covered is (cover != "not_covered")


def test_private_life_cover_ends_twelve_months_after_a_month_end_contract():
    assert add_months(D("2025-01-31"), 1) == D("2025-02-28")
    ended = [contract("c1", "2023-02-20", "2023-02-28")]
    assert decide_coverage(D("2024-02-28"), ended).cover == "private_life"
    assert decide_coverage(D("2024-02-29"), ended).cover == "not_covered"


def test_interim_contract_shows_the_client_companys_obligations():
    temp = [contract("t1", "2025-05-05", "2025-05-09", kind="temp", entity="interimpaleis")]
    answer = decide_coverage(D("2025-05-06"), temp)
    assert answer.cover == "work"
    assert answer.interim
    assert answer.client_obligations == (
        "client_reports_serious_accident_to_inspectorate",
        "client_starts_detailed_report",
    )
    ordinary = decide_coverage(D("2025-03-05"), HISTORY)
    assert not ordinary.interim and ordinary.client_obligations == ()


DAY = D("2025-03-05")


@pytest.mark.parametrize(
    "why,accident_type,facts,interim,serious,very,tasks",
    [
        (
            "fatal: very serious",
            "workplace",
            InjuryFacts(fatal=True),
            False,
            True,
            True,
            [
                ("notify_inspectorate_immediately", "2025-03-05", "teamadmin"),
                ("detailed_report", "2025-03-15", "teamadmin"),
            ],
        ),
        (
            "fall from height (51) with a fracture (021): serious, not very",
            "workplace",
            InjuryFacts(deviation_code="51", injury_code="021"),
            False,
            True,
            False,
            [("detailed_report", "2025-03-15", "teamadmin")],
        ),
        (
            "loss of control (42) with a permanent injury: very serious",
            "workplace",
            InjuryFacts(deviation_code="42", permanent_injury=True),
            False,
            True,
            True,
            [
                ("notify_inspectorate_immediately", "2025-03-05", "teamadmin"),
                ("detailed_report", "2025-03-15", "teamadmin"),
            ],
        ),
        (
            "deviation 45 is not listed: not serious",
            "workplace",
            InjuryFacts(deviation_code="45", injury_code="021"),
            False,
            False,
            False,
            [],
        ),
        (
            "listed deviation, unlisted injury (030): not serious",
            "workplace",
            InjuryFacts(deviation_code="51", injury_code="030"),
            False,
            False,
            False,
            [],
        ),
        (
            "a commute accident is never serious, even fatal",
            "commute",
            InjuryFacts(fatal=True),
            False,
            False,
            False,
            [],
        ),
        (
            "interim: the inspectorate tasks go to the client company",
            "workplace",
            InjuryFacts(deviation_code="63", injury_code="040"),
            True,
            True,
            False,
            [("detailed_report", "2025-03-15", "client_company")],
        ),
    ],  # fmt: skip
)
def test_serious_accident_triage_from_the_codes(
    why, accident_type, facts, interim, serious, very, tasks
):
    answer = triage(accident_type, DAY, facts, interim=interim)
    assert (answer.serious, answer.very_serious) == (serious, very), why
    assert [(t.key, t.due.isoformat(), t.assignee) for t in answer.tasks] == tasks


@pytest.mark.parametrize(
    "days,back,allowed,fiche",
    [(0, True, True, False), (3, True, True, False), (3, False, False, False),
     (4, True, False, True), (None, True, False, False), (30, False, False, True)],
)  # fmt: skip
def test_simplified_declaration_only_under_four_days_and_back_at_work(days, back, allowed, fiche):
    assert simplified_declaration_allowed(days, back) is allowed
    assert accident_fiche_required(days) is fiche


@pytest.mark.parametrize(
    "facts,light",
    [
        (LightAccidentFacts(False, False, False, True), True),
        (LightAccidentFacts(True, False, False, True), False),
        (LightAccidentFacts(False, True, False, True), False),
        (LightAccidentFacts(False, False, True, True), False),
        (LightAccidentFacts(False, False, False, False), False),
    ],
)
def test_a_light_accident_needs_all_four_conditions(facts, light):
    assert is_light_accident(facts) is light
