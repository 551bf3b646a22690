"""Serious-accident triage, the simplified declaration and the accident fiche
(admin-facts §1.4, §1.6, §1.7; codes and day counts in resources/rules/declarations.toml).

Serious: fatal, or a listed deviation with a permanent injury or a listed temporary
injury. Very serious (immediate notification to the inspectorate): fatal, or a listed
deviation with a permanent injury. Only accidents at the workplace: a commute accident
is never serious in this sense, nor is damage to a prosthesis only. A serious accident
gives the task of the detailed report within 10 days; a very serious one also the
immediate notification. For a temp (interim) contract these tasks go to the client
company (the user company), §1.1.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from app.domain.declarations.rules import declaration_rules


@dataclass(frozen=True)
class InjuryFacts:
    fatal: bool = False
    deviation_code: str = ""
    permanent_injury: bool = False
    injury_code: str = ""


@dataclass(frozen=True)
class Task:
    key: str  # notify_inspectorate_immediately | detailed_report
    due: date
    assignee: str  # teamadmin (the cooperative) | client_company (interim)


@dataclass(frozen=True)
class Triage:
    serious: bool
    very_serious: bool
    tasks: tuple[Task, ...]
    source: str


def triage(
    accident_type: str, accident_date: date, facts: InjuryFacts, *, interim: bool = False
) -> Triage:
    rule = declaration_rules().serious
    if accident_type != "workplace":
        return Triage(False, False, (), rule.source)
    listed_deviation = rule.deviation_listed(facts.deviation_code)
    temporary_listed = facts.injury_code.strip() in rule.temporary_injury_codes
    very = facts.fatal or (listed_deviation and facts.permanent_injury)
    serious = very or (listed_deviation and temporary_listed)
    assignee = "client_company" if interim else "teamadmin"
    tasks: list[Task] = []
    if very:
        tasks.append(Task("notify_inspectorate_immediately", accident_date, assignee))
    if serious:
        due = accident_date + timedelta(days=rule.detailed_report_days)
        tasks.append(Task("detailed_report", due, assignee))
    return Triage(serious, very, tuple(tasks), rule.source)


def simplified_declaration_allowed(incapacity_days: int | None, back_at_work: bool) -> bool:
    """§1.4: only when the incapacity lasts less than 4 calendar days (the day of the
    accident not counted) and the member is back at work when declaring."""
    if incapacity_days is None:
        return False
    return incapacity_days < declaration_rules().incapacity.simplified_below_days and back_at_work


def accident_fiche_required(incapacity_days: int | None) -> bool:
    """§1.6: an accident fiche for every accident with at least 4 days of incapacity."""
    return (incapacity_days or 0) >= declaration_rules().incapacity.fiche_from_days
