"""When a request is due, by its kind's rule (data in `teamadmin_requests.toml`).

One function for the adviser's form, the queue, the demo data and sync: the due date a
request shows is always this one.
"""

from __future__ import annotations

from datetime import date, timedelta

from app.domain.teamadmin.request_types import RequestType
from app.domain.working_days import (
    add_months,
    add_working_days,
    first_working_day_of_next_month,
    working_day_on_or_before,
)


def parse_date(value: object) -> date | None:
    """An input's date (ISO text or a date), or None when empty or not a date."""
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        return None


def due_date(request_type: RequestType, inputs: dict, requested_on: date) -> date | None:
    """The due date of a request, or None while the input it counts from is missing.

    - first_working_day_next_month: sickness fund, scenario 1 (admin-facts §3.3)
    - last_working_day_on_or_before: C4, no later than the last working day (§3.4)
    - months_after: part-time allowance, within 2 months (§3.4), moved back to a
      working day so that the request is never filed on the last possible day off
    - working_day_before: A1, before the posting starts (§3.1)
    - working_days_after: TeamAdmin's own targets (APP-RULE)
    - input: the date the adviser asked for ("other")
    """
    rule = request_type.due
    start = requested_on if rule.source == "requested_on" else parse_date(inputs.get(rule.source))
    if start is None:
        return None
    if rule.rule == "first_working_day_next_month":
        return first_working_day_of_next_month(start)
    if rule.rule == "last_working_day_on_or_before":
        return working_day_on_or_before(start)
    if rule.rule == "months_after":
        return working_day_on_or_before(add_months(start, rule.months))
    if rule.rule == "working_day_before":
        return working_day_on_or_before(start - timedelta(days=1))
    if rule.rule == "working_days_after":
        return add_working_days(start, rule.days)
    return start  # "input"
