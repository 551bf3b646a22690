"""Which insurance covers an accident, decided from the member's contracts, and why
(issue #10 point 2; admin-facts §1.1, §2; rules in resources/rules/declarations.toml).

- a contract covering that day -> the work-accident insurance (`commute` when the
  accident happened on the way to or from work);
- else a mission abroad that day -> business mobility;
- else the last contract ended at most 12 months before -> "private life" cover;
- else not covered.
The answer carries the dates that decided it, so the adviser can explain it. For a
temp (interim) contract the client company's own obligations are listed (§1.1): the
temp agency declares; the user company reports a serious accident to the inspectorate
and starts the detailed report.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from app.domain.declarations.rules import declaration_rules

COVERS = ("work", "commute", "mission", "private_life", "not_covered")  # the `kind` column
ACCIDENT_TYPES = ("workplace", "commute", "prosthesis")
INTERIM_CONTRACT_TYPES = frozenset({"temp", "interim"})
INTERIM_ENTITY = "interimpaleis"

#: the client company's obligations for a temp worker (admin-facts §1.1, §1.6)
INTERIM_CLIENT_OBLIGATIONS = (
    "client_reports_serious_accident_to_inspectorate",
    "client_starts_detailed_report",
)


@dataclass(frozen=True)
class ContractFact:
    """What coverage needs of one contract."""

    id: str
    start_date: date
    end_date: date
    contract_type: str
    entity: str = ""

    @property
    def interim(self) -> bool:
        return self.contract_type in INTERIM_CONTRACT_TYPES or self.entity == INTERIM_ENTITY


@dataclass(frozen=True)
class Coverage:
    cover: str
    contract_id: str | None
    #: the dates that decided it (ISO text), by name: contract_start, contract_end,
    #: last_contract_end, private_life_until, accident_date
    reasons: dict[str, str] = field(default_factory=dict)
    interim: bool = False
    client_obligations: tuple[str, ...] = ()
    source: str = ""

    @property
    def covered(self) -> bool:
        return self.cover != "not_covered"

    def to_dict(self) -> dict:
        return {
            "cover": self.cover,
            "contract_id": self.contract_id,
            "reasons": dict(self.reasons),
            "interim": self.interim,
            "client_obligations": list(self.client_obligations),
        }


def add_months(day: date, months: int) -> date:
    """The same day `months` later, or the month's last day where it is shorter."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def decide_coverage(
    accident_date: date,
    contracts: list[ContractFact],
    *,
    accident_type: str = "workplace",
    mission_abroad: bool = False,
) -> Coverage:
    """The cover of an accident on `accident_date`, from the member's contracts."""
    rules = declaration_rules().coverage
    day = accident_date.isoformat()
    current = [c for c in contracts if c.start_date <= accident_date <= c.end_date]
    if current:
        contract = sorted(current, key=lambda c: (c.start_date, c.id))[0]
        cover = "commute" if accident_type == "commute" else "work"
        reasons = {
            "accident_date": day,
            "contract_start": contract.start_date.isoformat(),
            "contract_end": contract.end_date.isoformat(),
        }
        return Coverage(
            cover,
            contract.id,
            reasons,
            interim=contract.interim,
            client_obligations=INTERIM_CLIENT_OBLIGATIONS if contract.interim else (),
            source="admin-facts §1.1",
        )
    past = [c for c in contracts if c.end_date < accident_date]
    last = max(past, key=lambda c: (c.end_date, c.id)) if past else None
    reasons = {"accident_date": day}
    if last is not None:
        until = add_months(last.end_date, rules.private_life_months)
        reasons["last_contract_end"] = last.end_date.isoformat()
        reasons["private_life_until"] = until.isoformat()
    if mission_abroad:
        return Coverage("mission", None, reasons, source=rules.source)
    if last is not None and accident_date <= until:
        return Coverage("private_life", last.id, reasons, source=rules.source)
    return Coverage("not_covered", None, reasons, source=rules.source)
