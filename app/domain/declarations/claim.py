"""An insurance claim (admin-facts §2, APP-RULE claim model): civil liability, own
equipment, drone, IT/data loss, theft. The police report number is required for a
theft or the loss of an insured item (§2 "Theft or loss"); the deadline counts the
policy's delay (default from the rules data: 8 days) from the discovery."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from app.domain.declarations.deadline import DeadlineAnswer, declaration_deadline
from app.domain.declarations.errors import DeclarationInputError, FieldError

CLAIM_KINDS = ("civil_liability", "own_equipment", "drone", "it_data_loss", "theft")
THIRD_PARTY_FIELDS = ("name", "address", "insurer", "policy_number")
MAX_ESTIMATE = Decimal("10000000")


@dataclass(frozen=True)
class ThirdParty:
    name: str
    address: str = ""
    insurer: str = ""
    policy_number: str = ""

    def to_dict(self) -> dict:
        return {k: getattr(self, k) for k in THIRD_PARTY_FIELDS}


@dataclass(frozen=True)
class ClaimInput:
    member_id: str
    kind: str
    occurred_at: datetime
    discovery_date: date | None = None
    place: str = ""
    description: str = ""
    presumed_cause: str = ""
    third_parties: tuple[ThirdParty, ...] = ()
    witnesses: str = ""
    police_report_no: str = ""
    items_lost: bool = False
    damage_estimate: Decimal = Decimal("0")
    insurer: str = ""
    policy_number: str = ""
    policy_delay_days: int | None = None
    language: str = "nl"
    activity_id: str | None = None
    attachments: tuple[str, ...] = field(default=())


def police_report_required(kind: str, items_lost: bool) -> bool:
    return kind == "theft" or items_lost


def claim_problems(data: ClaimInput, today: date) -> list[FieldError]:
    problems: list[FieldError] = []

    def bad(name: str, key: str, **params) -> None:
        problems.append(FieldError(name, key, key, params))

    if not data.member_id:
        bad("member", "declaration.member_required")
    if data.kind not in CLAIM_KINDS:
        bad("kind", "claim.kind_unknown")
    if not data.place.strip():
        bad("place", "declaration.place_required")
    if not data.description.strip():
        bad("description", "declaration.description_required")
    if police_report_required(data.kind, data.items_lost) and not data.police_report_no.strip():
        bad("police_report_no", "claim.police_report_required")
    if not Decimal("0") <= data.damage_estimate <= MAX_ESTIMATE:
        bad("damage_estimate", "claim.estimate_invalid")
    if data.language not in ("nl", "fr"):
        bad("language", "declaration.language_invalid")
    for index, party in enumerate(data.third_parties):
        if not party.name.strip():
            bad(f"third_parties[{index}].name", "claim.third_party_name_required")
    try:
        claim_deadline(data, today, today)
    except DeclarationInputError as exc:
        for error in exc.errors:
            name = {"event_date": "occurred_at", "filing_date": "occurred_at"}.get(
                error.field, error.field
            )
            bad(name, f"declaration.{error.message_key}", **error.params)
    return problems


def claim_deadline(data: ClaimInput, filing: date, today: date) -> DeadlineAnswer:
    return declaration_deadline(
        "claim",
        data.occurred_at.date(),
        filing,
        discovery_date=data.discovery_date,
        policy_delay_days=data.policy_delay_days,
        today=today,
    )
