"""An accident declaration as the adviser fills it in, its checks field by field, and
what follows from it (the assessment): cover, deadline, serious-accident triage,
simplified declaration, accident fiche. Pure: the window checks as the adviser types,
the services check again before writing, the demo data builds its rows with it.

Required fields (admin-facts §1.7): date and time, type, place (address + country,
public road, traffic accident), description; the route for a commute accident; injury
codes stay optional until the medical certificate (§1.5 UNCERTAIN: optional).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from app.domain.declarations.coverage import (
    ACCIDENT_TYPES,
    ContractFact,
    Coverage,
    decide_coverage,
)
from app.domain.declarations.deadline import DeadlineAnswer, declaration_deadline
from app.domain.declarations.errors import DeclarationInputError, FieldError
from app.domain.declarations.triage import (
    InjuryFacts,
    Triage,
    accident_fiche_required,
    simplified_declaration_allowed,
    triage,
)

FORM_LANGUAGES = ("nl", "fr")  # the languages of the insurer's form
MAX_INCAPACITY_DAYS = 3650


@dataclass(frozen=True)
class HealthInput:
    """Health data: kept apart, shown only to the filer, TeamAdmin and admins."""

    injury_nature: str = ""
    body_part: str = ""
    injury_code: str = ""
    permanent_injury: bool = False
    fatal: bool = False
    incapacity_days: int | None = None
    back_at_work: bool = False
    medical_care: str = ""


@dataclass(frozen=True)
class AccidentInput:
    member_id: str
    occurred_at: datetime
    accident_type: str = "workplace"
    place: str = ""
    country: str = "BE"
    public_road: bool = False
    traffic_accident: bool = False
    route_start: str = ""
    route_end: str = ""
    detour: str = ""
    description: str = ""
    witnesses: str = ""
    first_aid: str = ""
    mission_abroad: bool = False
    client_company: str = ""
    deviation_code: str = ""
    material_agent: str = ""
    insurer: str = ""
    policy_number: str = ""
    language: str = "nl"
    activity_id: str | None = None
    aggravation_notice_date: date | None = None
    #: a light accident: written in the first-aid register, not declared (§1.2)
    light: bool = False
    first_aider: str = ""
    intervention_at: datetime | None = None
    health: HealthInput = field(default_factory=HealthInput)


@dataclass(frozen=True)
class Assessment:
    coverage: Coverage
    deadline: DeadlineAnswer | None
    triage: Triage
    simplified_allowed: bool
    fiche_required: bool


def _code(value: str, digits: int) -> bool:
    return not value or (value.isdigit() and len(value) <= digits)


def accident_problems(data: AccidentInput, today: date) -> list[FieldError]:
    """Every bad field of the form (empty when it may be saved)."""
    problems: list[FieldError] = []

    def bad(name: str, key: str, **params) -> None:
        problems.append(FieldError(name, key, key, params))

    if not data.member_id:
        bad("member", "declaration.member_required")
    if data.accident_type not in ACCIDENT_TYPES:
        bad("accident_type", "declaration.type_unknown")
    if not data.place.strip():
        bad("place", "declaration.place_required")
    if len(data.country) != 2 or not data.country.isalpha():
        bad("country", "declaration.country_invalid")
    if not data.description.strip():
        bad("description", "declaration.description_required")
    if data.accident_type == "commute" and not data.light:
        if not data.route_start.strip():
            bad("route_start", "declaration.route_required")
        if not data.route_end.strip():
            bad("route_end", "declaration.route_required")
    if data.language not in FORM_LANGUAGES:
        bad("language", "declaration.language_invalid")
    if not _code(data.deviation_code, 2):
        bad("deviation_code", "declaration.code_invalid")
    if not _code(data.health.injury_code, 3):
        bad("injury_code", "declaration.code_invalid")
    days = data.health.incapacity_days
    if days is not None and not 0 <= days <= MAX_INCAPACITY_DAYS:
        bad("incapacity_days", "declaration.incapacity_invalid")
    if data.light and not data.first_aider.strip():
        bad("first_aider", "declaration.first_aider_required")
    try:
        declaration_deadline(
            "accident",
            data.occurred_at.date(),
            today,
            aggravation_notice_date=data.aggravation_notice_date,
            today=today,
        )
    except DeclarationInputError as exc:
        for error in exc.errors:
            name = {"event_date": "occurred_at", "filing_date": "occurred_at"}.get(
                error.field, error.field
            )
            bad(name, f"declaration.{error.message_key}", **error.params)
    return problems


def assess_accident(data: AccidentInput, contracts: list[ContractFact], today: date) -> Assessment:
    """Cover, deadline (None for a first-aid register entry: it is not declared),
    triage and the incapacity rules of one accident, as of `today`."""
    day = data.occurred_at.date()
    coverage = decide_coverage(
        day, contracts, accident_type=data.accident_type, mission_abroad=data.mission_abroad
    )
    deadline = None
    if not data.light:
        deadline = declaration_deadline(
            "accident",
            day,
            max(today, data.aggravation_notice_date or day, day),
            aggravation_notice_date=data.aggravation_notice_date,
            today=max(today, day),
        )
    health = data.health
    answer = triage(
        data.accident_type,
        day,
        InjuryFacts(
            fatal=health.fatal,
            deviation_code=data.deviation_code,
            permanent_injury=health.permanent_injury,
            injury_code=health.injury_code,
        ),
        interim=coverage.interim,
    )
    return Assessment(
        coverage=coverage,
        deadline=deadline,
        triage=answer,
        simplified_allowed=simplified_declaration_allowed(
            health.incapacity_days, health.back_at_work
        ),
        fiche_required=accident_fiche_required(health.incapacity_days),
    )
