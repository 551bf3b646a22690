"""Belgian and EU identifiers, checked with python-stdnum (admin-facts.md §6).

Each check returns the compact form or raises `IdentifierError` with a message key;
nothing here formats for display beyond stdnum's own `format`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from stdnum import iban as std_iban
from stdnum.be import ssn as be_ssn
from stdnum.be import vat as be_vat
from stdnum.exceptions import ValidationError


class IdentifierError(ValueError):
    def __init__(self, message_key: str, field: str):
        self.message_key = message_key
        self.field = field
        super().__init__(f"{message_key} ({field})")


@dataclass(frozen=True)
class Insz:
    """A validated national (NN) or BIS number."""

    compact: str
    kind: str  # "nn" or "bis"
    birth_date: date | None

    def masked(self) -> str:
        """For lists and logs: only the last two check digits stay visible."""
        return f"**.**.**-***.{self.compact[-2:]}"

    def formatted(self) -> str:
        return be_ssn.format(self.compact)


def check_insz(value: str, field: str = "insz") -> Insz:
    try:
        compact = be_ssn.validate(value)
    except ValidationError as exc:
        raise IdentifierError("identifier.insz_invalid", field) from exc
    kind = be_ssn.guess_type(compact) or "nn"
    try:
        born = be_ssn.get_birth_date(compact)
    except ValidationError:
        born = None
    return Insz(compact=compact, kind=kind, birth_date=born)


def check_iban(value: str, field: str = "iban", belgian_only: bool = False) -> str:
    """Members are paid on a Belgian account; other SEPA IBANs only where allowed."""
    # stdnum.iban runs the Belgian national check and bank-code list for BE numbers.
    try:
        compact = std_iban.validate(value)
    except ValidationError as exc:
        raise IdentifierError("identifier.iban_invalid", field) from exc
    if belgian_only and not compact.startswith("BE"):
        raise IdentifierError("identifier.iban_not_belgian", field)
    return compact


def check_be_vat(value: str, field: str = "vat_number") -> str:
    try:
        return "BE" + be_vat.validate(value)
    except ValidationError as exc:
        raise IdentifierError("identifier.vat_invalid", field) from exc


def check_enterprise_number(value: str, field: str = "enterprise_number") -> str:
    """KBO/BCE number: the Belgian VAT number without "BE" (admin-facts.md §6.2)."""
    return check_be_vat(value, field)[2:]


def check_vat_number(country: str, value: str, field: str = "vat_number") -> str:
    """A client's VAT number, checked offline for its country (vat-facts.md §7).

    The check itself is the VAT engine's (`app.domain.quotes.vat.clean_vat_number`); this
    gives it the identifier error the services and the window show next to the field.
    """
    from app.domain.quotes.vat import clean_vat_number

    result = clean_vat_number(country, value)
    if result.valid:
        return result.compact
    key = {
        "vat_number.not_eu": "identifier.vat_not_eu",
        "vat_number.country_mismatch": "identifier.vat_wrong_country",
    }.get(result.message_key, "identifier.vat_invalid")
    raise IdentifierError(key, field)
