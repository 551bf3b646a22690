"""Checking what the adviser types for a request, field by field, as they type.

`check_request_inputs` is the one check: the form calls it for the field just changed,
the service calls it for them all before writing. A problem is an error (the request
cannot be sent: a required field, a bad date, an A1 for a worker who replaces another
posted worker, a peddler authorisation that is not required) or a warning (it can be
sent, but TeamAdmin and the adviser should know: an A1 over 24 months, Wallonia's
UNCERTAIN peddler rules, a due date already passed).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from app.domain.teamadmin.due_dates import due_date, parse_date
from app.domain.teamadmin.request_types import RequestType
from app.domain.working_days import add_months

ERROR, WARNING = "error", "warning"
YES_NO = ("yes", "no")


@dataclass(frozen=True)
class InputProblem:
    field: str  # an input's name, or "due_on"
    message_key: str
    severity: str = ERROR
    params: dict = field(default_factory=dict)

    @property
    def blocks(self) -> bool:
        return self.severity == ERROR


def _text(inputs: dict, name: str) -> str:
    value = inputs.get(name)
    return value.strip() if isinstance(value, str) else ("" if value is None else str(value))


def check_request_inputs(
    request_type: RequestType, inputs: dict, today: date, only: str | None = None
) -> list[InputProblem]:
    """The problems of `inputs` for this kind of request; with `only`, those of that field
    (and of the rules that read it), for the form's message next to the field."""
    problems: list[InputProblem] = []
    for spec in request_type.inputs:
        value = _text(inputs, spec.name)
        if not value:
            if spec.required:
                problems.append(InputProblem(spec.name, "field.required"))
            continue
        if spec.kind == "date":
            day = parse_date(value)
            if day is None:
                problems.append(InputProblem(spec.name, "teamadmin.date_invalid"))
                continue
            other = parse_date(inputs.get(spec.not_before)) if spec.not_before else None
            if other is not None and day < other:
                problems.append(
                    InputProblem(
                        spec.name, "teamadmin.date_before", params={"other": spec.not_before}
                    )
                )
        elif spec.kind == "choice" and value not in spec.choices:
            problems.append(InputProblem(spec.name, "teamadmin.choice_invalid"))
        elif spec.kind == "yes_no" and value not in YES_NO:
            problems.append(InputProblem(spec.name, "teamadmin.choice_invalid"))
        elif spec.kind == "country" and value.upper() not in request_type.countries:
            problems.append(InputProblem(spec.name, "teamadmin.country_not_covered"))
        if spec.block_if is not None and value == spec.block_if:
            problems.append(InputProblem(spec.name, f"teamadmin.{request_type.kind}.{spec.name}"))
    problems += _kind_rules(request_type, inputs)
    due = due_date(request_type, inputs, today)
    if due is not None and due < today and not any(p.blocks for p in problems):
        problems.append(
            InputProblem("due_on", f"teamadmin.due_passed.{request_type.output}", WARNING)
        )
    if only is not None:
        due_source = request_type.due.source
        problems = [
            p
            for p in problems
            if p.field == only
            or (p.field == "due_on" and only == due_source)
            or p.params.get("reads") == only
        ]
    return problems


def _kind_rules(request_type: RequestType, inputs: dict) -> list[InputProblem]:
    """The rules of one kind beyond its fields' own (data from the rules file)."""
    problems = []
    if request_type.warn_beyond_months:
        start = parse_date(inputs.get("start_date"))
        end = parse_date(inputs.get("end_date"))
        if start and end and end > add_months(start, request_type.warn_beyond_months):
            problems.append(
                InputProblem(
                    "end_date",
                    "teamadmin.a1_beyond_months",
                    WARNING,
                    {"months": request_type.warn_beyond_months, "reads": "start_date"},
                )
            )
    if request_type.regions:
        region = _text(inputs, "region")
        rule = request_type.regions.get(region)
        if rule == "not_required":
            problems.append(InputProblem("region", f"teamadmin.peddler.{region}_not_required"))
        elif rule == "home_sales_only" and _text(inputs, "home_sales") == "no":
            problems.append(InputProblem("home_sales", f"teamadmin.peddler.{region}_not_required"))
        elif rule == "uncertain":
            problems.append(
                InputProblem("region", f"teamadmin.peddler.{region}_uncertain", WARNING)
            )
    if request_type.validity_years:
        kind = _text(inputs, "attest_type")
        years = request_type.validity_years.get(kind)
        start = parse_date(inputs.get("valid_from"))
        end = parse_date(inputs.get("valid_until"))
        if years and start and end and end > add_months(start, 12 * years):
            problems.append(
                InputProblem(
                    "valid_until",
                    "teamadmin.art_validity_too_long",
                    WARNING,
                    {"years": years, "reads": "attest_type"},
                )
            )
    return problems
