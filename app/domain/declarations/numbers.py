"""How a declaration's reference reads: `AO-<office>-<year>-<nnnn>` for an accident,
`SC-<office>-<year>-<nnnn>` for a claim. Which sequence comes next is decided in ONE
place, `app.services.declarations.numbering.allocate_number`."""

from __future__ import annotations

PREFIXES = {"accident": "AO", "claim": "SC"}


def number_prefix(entity: str, office_code: str, year: int) -> str:
    return f"{PREFIXES[entity]}-{office_code}-{year}-"


def declaration_number(entity: str, office_code: str, year: int, sequence: int) -> str:
    return f"{number_prefix(entity, office_code, year)}{sequence:04d}"
