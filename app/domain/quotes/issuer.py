"""The issuer on every business document (vat-facts.md §11.16; WER/CDE art. III.25, WVV/CSA
art. 2:20): name, legal form, registered seat, enterprise number with "RPR/RPM" and the
court's seat, VAT number, and the account the client pays to (IBAN, BIC). Installation
data, set by the central administrator; a document is never sent with a field missing.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from stdnum import bic as std_bic
from stdnum import iban as std_iban
from stdnum.be import vat as be_vat
from stdnum.exceptions import ValidationError

# the fields in the order a document prints them; each one is required
IDENTITY_FIELDS = (
    "name",
    "legal_form",
    "registered_seat",
    "enterprise_number",
    "rpr_court",
    "vat_number",
    "iban",
    "bic",
)


@dataclass(frozen=True)
class Identity:
    entity: str
    name: str = ""
    legal_form: str = ""
    registered_seat: str = ""
    enterprise_number: str = ""
    rpr_court: str = ""
    vat_number: str = ""
    iban: str = ""
    bic: str = ""

    def to_json(self) -> dict:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @classmethod
    def from_json(cls, data: dict | None) -> Identity | None:
        if not data:
            return None
        return cls(**{f.name: data.get(f.name) or "" for f in fields(cls)})


def missing_fields(identity: Identity | None) -> tuple[str, ...]:
    """The identity's empty fields (all of them when there is no identity yet)."""
    if identity is None:
        return IDENTITY_FIELDS
    return tuple(name for name in IDENTITY_FIELDS if not getattr(identity, name).strip())


def _enterprise(digits: str) -> str:
    """0403.019.261: the enterprise number as the Crossroads Bank writes it."""
    return f"{digits[:4]}.{digits[4:7]}.{digits[7:]}"


def clean_identity(identity: Identity) -> tuple[Identity, list[tuple[str, str]]]:
    """The identity with its numbers in their standard form, and (field, message key) of
    each number that is not valid (python-stdnum: mod 97, IBAN check digits, ISO 9362)."""
    problems: list[tuple[str, str]] = []
    values = identity.to_json()
    checks = (
        ("enterprise_number", lambda v: _enterprise(be_vat.validate(v))),
        ("vat_number", lambda v: "BE" + be_vat.validate(v)),
        ("iban", lambda v: std_iban.format(std_iban.validate(v))),
        ("bic", std_bic.validate),
    )
    for name, check in checks:
        value = values[name].strip()
        if not value:
            continue
        try:
            values[name] = check(value)
        except ValidationError:
            problems.append((name, f"identity.{name}_invalid"))
    for name in ("name", "legal_form", "registered_seat", "rpr_court", "entity"):
        values[name] = values[name].strip()
    return Identity(**values), problems


DEMO_NAMES = {
    "verenigde_producties": "DEMO Verenigde Producties",
    "verenigde_opleidingen": "DEMO Verenigde Opleidingen",
    "interimpaleis": "DEMO Interimpaleis",
}


def demo_identity(entity: str, index: int) -> Identity:
    """A clearly fictitious identity for demo data, with valid check digits (an
    enterprise number 0999.99x.xxx mod 97, an IBAN with its ISO 7064 digits) so that the
    documents look as they will, and nobody mistakes it for the cooperative's own."""
    base = 99_999_000 + 11 * index  # 0999.99x.xxx: not a number the KBO gives out yet
    digits = f"0{base:08d}"[:8]
    enterprise = f"{digits}{97 - int(digits) % 97:02d}"
    national = 9_990_000_000 + index  # bank code 999: no bank's; Belgian mod 97 check
    account = f"{national:010d}{national % 97 or 97:02d}"
    iban = "BE" + std_iban.calc_check_digits(f"BE00{account}") + account
    return clean_identity(
        Identity(
            entity=entity,
            name=f"{DEMO_NAMES.get(entity, entity)} (fictief / fictif)",
            legal_form="coöperatieve vennootschap / société coopérative",
            registered_seat="Demostraat 1, 1000 Brussel",
            enterprise_number=enterprise,
            rpr_court="RPR Brussel / RPM Bruxelles",
            vat_number="BE" + enterprise,
            iban=iban,
            bic="DEMOBEB1",
        )
    )[0]
