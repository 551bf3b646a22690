"""The rules of declarations as data: `resources/rules/declarations.toml`, read once.

Each rule is dated (`valid_from`) and names its source (a section of admin-facts.md).
A deadline rule applies to events from its `valid_from`; the latest one in force on the
event's day wins."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

import resources
from app.domain.declarations.errors import RuleBookError

DEADLINE_KINDS = ("accident", "claim")


@dataclass(frozen=True)
class DeadlineRule:
    kind: str
    valid_from: date
    days: int
    prescription_years: int | None
    source: str


@dataclass(frozen=True)
class IncapacityRule:
    simplified_below_days: int
    fiche_from_days: int
    source: str


@dataclass(frozen=True)
class SeriousRule:
    deviation_ranges: tuple[tuple[int, int], ...]
    temporary_injury_codes: frozenset[str]
    detailed_report_days: int
    source: str

    def deviation_listed(self, code: str) -> bool:
        if not code or not code.strip().isdigit():
            return False
        value = int(code)
        return any(low <= value <= high for low, high in self.deviation_ranges)


@dataclass(frozen=True)
class CoverageRule:
    private_life_months: int
    source: str


@dataclass(frozen=True)
class DeclarationRules:
    deadlines: tuple[DeadlineRule, ...]
    incapacity: IncapacityRule
    serious: SeriousRule
    coverage: CoverageRule

    def deadline_rule(self, kind: str, on: date) -> DeadlineRule | None:
        """The deadline rule in force for an event on `on`, or None before the first."""
        chosen = None
        for rule in self.deadlines:
            if rule.kind == kind and rule.valid_from <= on:
                if chosen is None or rule.valid_from > chosen.valid_from:
                    chosen = rule
        return chosen

    def first_valid_from(self, kind: str) -> date:
        return min(rule.valid_from for rule in self.deadlines if rule.kind == kind)


@lru_cache(maxsize=1)
def declaration_rules() -> DeclarationRules:
    path = Path(resources.__file__).parent / "rules" / "declarations.toml"
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    deadlines = []
    for row in data["deadline"]:
        if row["kind"] not in DEADLINE_KINDS or int(row["days"]) < 1 or not row.get("source"):
            raise RuleBookError(f"bad deadline rule in {path.name}: {row}")
        deadlines.append(
            DeadlineRule(
                kind=row["kind"],
                valid_from=row["valid_from"],
                days=int(row["days"]),
                prescription_years=row.get("prescription_years"),
                source=row["source"],
            )
        )
    for kind in DEADLINE_KINDS:
        if not any(rule.kind == kind for rule in deadlines):
            raise RuleBookError(f"no deadline rule for {kind} in {path.name}")
    inc = data["incapacity"]
    ser = data["serious"]
    cov = data["coverage"]
    return DeclarationRules(
        deadlines=tuple(deadlines),
        incapacity=IncapacityRule(
            int(inc["simplified_below_days"]), int(inc["fiche_from_days"]), inc["source"]
        ),
        serious=SeriousRule(
            deviation_ranges=tuple((int(a), int(b)) for a, b in ser["deviation_ranges"]),
            temporary_injury_codes=frozenset(ser["temporary_injury_codes"]),
            detailed_report_days=int(ser["detailed_report_days"]),
            source=ser["source"],
        ),
        coverage=CoverageRule(int(cov["private_life_months"]), cov["source"]),
    )
