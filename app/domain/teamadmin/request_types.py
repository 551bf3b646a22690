"""The kinds of request TeamAdmin handles, read from `resources/rules/teamadmin_requests.toml`.

Each kind says which inputs it needs, how its due date is computed, what comes out
(a PDF SmartDesk draws, or the reference another body gave) and where the rule comes
from (admin-facts §3). A kind is dated: the entry valid on the request's day applies.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

import resources

RULES_FILE = Path(resources.__file__).parent / "rules" / "teamadmin_requests.toml"
OUTPUTS = ("document", "external_reference", "either")
INPUT_KINDS = ("date", "text", "choice", "yes_no", "country")
DUE_RULES = (
    "first_working_day_next_month",
    "last_working_day_on_or_before",
    "months_after",
    "working_day_before",
    "working_days_after",
    "input",
)


@dataclass(frozen=True)
class InputSpec:
    name: str
    kind: str
    required: bool = True
    choices: tuple[str, ...] = ()
    not_before: str | None = None  # another date input this one may not precede
    block_if: str | None = None  # a value that refuses the request


@dataclass(frozen=True)
class DueRule:
    rule: str
    source: str  # an input name, or "requested_on"
    days: int = 0
    months: int = 0


@dataclass(frozen=True)
class RequestType:
    kind: str
    valid_from: date
    source: str
    output: str
    due: DueRule
    inputs: tuple[InputSpec, ...]
    document: str | None = None
    informational: bool = False
    warn_beyond_months: int | None = None
    countries: tuple[str, ...] = ()
    validity_years: dict[str, int] = field(default_factory=dict)
    regions: dict[str, str] = field(default_factory=dict)

    def input(self, name: str) -> InputSpec | None:
        return next((spec for spec in self.inputs if spec.name == name), None)


class UnknownRequestType(ValueError):
    message_key = "teamadmin.kind_unknown"


def _parse(kind: str, entry: dict) -> RequestType:
    due = entry["due"]
    request_type = RequestType(
        kind=kind,
        valid_from=entry["valid_from"],
        source=entry["source"],
        output=entry["output"],
        due=DueRule(due["rule"], due["from"], due.get("days", 0), due.get("months", 0)),
        inputs=tuple(
            InputSpec(
                name=spec["name"],
                kind=spec["kind"],
                required=spec.get("required", True),
                choices=tuple(spec.get("choices", ())),
                not_before=spec.get("not_before"),
                block_if=spec.get("block_if"),
            )
            for spec in entry["inputs"]
        ),
        document=entry.get("document"),
        informational=entry.get("informational", False),
        warn_beyond_months=entry.get("warn_beyond_months"),
        countries=tuple(entry.get("countries", ())),
        validity_years=dict(entry.get("validity_years", {})),
        regions=dict(entry.get("regions", {})),
    )
    names = {spec.name for spec in request_type.inputs}
    if request_type.output not in OUTPUTS or request_type.due.rule not in DUE_RULES:
        raise ValueError(f"{kind}: unknown output or due rule")
    if request_type.due.source not in names | {"requested_on"}:
        raise ValueError(f"{kind}: the due date counts from an unknown input")
    if any(spec.kind not in INPUT_KINDS for spec in request_type.inputs):
        raise ValueError(f"{kind}: unknown input kind")
    if request_type.output == "document" and not request_type.document:
        raise ValueError(f"{kind}: a document output names its document")
    return request_type


@cache
def _all_types() -> dict[str, tuple[RequestType, ...]]:
    data = tomllib.loads(RULES_FILE.read_text(encoding="utf-8"))
    return {
        kind: tuple(sorted((_parse(kind, e) for e in entries), key=lambda t: t.valid_from))
        for kind, entries in data["types"].items()
    }


def request_kinds() -> tuple[str, ...]:
    """Every kind, in the order of the rules file."""
    return tuple(_all_types())


def request_type(kind: str, on: date) -> RequestType:
    """The rule of `kind` valid on `on` (the earliest version for a day before them all)."""
    versions = _all_types().get(kind)
    if not versions:
        raise UnknownRequestType(kind)
    valid = [version for version in versions if version.valid_from <= on]
    return valid[-1] if valid else versions[0]
