"""Light accidents and the first-aid register (admin-facts §1.2).

A light accident (all four: no loss of wages, no incapacity, only care that needed no
doctor, that care given only at the place where the contract is performed) is not
declared: it is written in the first-aid register. If the victim's condition gets worse,
it is declared within 8 days from the day the cooperative learned of it
(`deadline.declaration_deadline(..., aggravation_notice_date=...)`).
"""

from __future__ import annotations

from dataclasses import dataclass

#: the register's fields (§1.2): first-aider, victim, place, date and time,
#: description and circumstances, the intervention's nature, date and time, witnesses
REGISTER_FIELDS = (
    "first_aider",
    "member_id",
    "place",
    "occurred_at",
    "description",
    "circumstances",
    "intervention",
    "intervention_at",
    "witnesses",
)


@dataclass(frozen=True)
class LightAccidentFacts:
    loss_of_wages: bool
    incapacity: bool
    doctor_needed: bool
    care_only_at_workplace: bool


def is_light_accident(facts: LightAccidentFacts) -> bool:
    return (
        not facts.loss_of_wages
        and not facts.incapacity
        and not facts.doctor_needed
        and facts.care_only_at_workplace
    )
