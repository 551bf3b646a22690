"""Belgian and EU identifiers, checked with python-stdnum 2.2 (admin-facts.md §6).

`check_identifier` is the one answer for every caller (the member form as you type, the
services before they write, `smartdesk identifier check`): valid or not, the compact and
formatted forms, what the number tells (an INSZ's type, birth date and sex; an IBAN's
country and BIC) and the warnings worth a look. The `check_*` helpers raise
`IdentifierError` with a message key for the services.
"""

from __future__ import annotations

import calendar
import tomllib
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

from stdnum import iban as std_iban
from stdnum.be import bis as be_bis
from stdnum.be import iban as be_iban
from stdnum.be import nn as be_nn
from stdnum.be import ogm_vcs as be_ogm
from stdnum.be import ssn as be_ssn
from stdnum.be import vat as be_vat
from stdnum.exceptions import (
    InvalidChecksum,
    InvalidComponent,
    InvalidFormat,
    InvalidLength,
    ValidationError,
)

import resources

#: what `check_identifier` accepts as kind (checks.md)
KINDS = ("insz", "iban", "be_iban", "kbo", "vat", "ogm")
#: why a number is not valid (checks.md)
ERRORS = ("checksum", "length", "format", "component", "country")
_STDNUM_ERRORS = (
    (InvalidChecksum, "checksum"),
    (InvalidLength, "length"),
    (InvalidComponent, "component"),
    (InvalidFormat, "format"),
)


class IdentifierError(ValueError):
    def __init__(self, message_key: str, field: str):
        self.message_key = message_key
        self.field = field
        super().__init__(f"{message_key} ({field})")


@dataclass(frozen=True)
class IdentifierRules:
    valid_from: date
    insz_age_warning_years: int
    messages: dict[str, dict[str, str]]

    def message(self, key: str, language: str = "en") -> str:
        texts = self.messages.get(key, {})
        return texts.get(language) or texts.get("en") or key


@lru_cache(maxsize=1)
def identifier_rules() -> IdentifierRules:
    path = Path(resources.__file__).parent / "rules" / "identifiers.toml"
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    return IdentifierRules(
        valid_from=data["valid_from"],
        insz_age_warning_years=int(data["insz"]["age_warning_years"]),
        messages=data["messages"],
    )


@dataclass(frozen=True)
class IdentifierCheck:
    """The answer to "is this number right?" (checks.md, `identifier check`)."""

    kind: str
    valid: bool
    compact: str | None = None
    formatted: str | None = None
    details: dict = field(default_factory=dict)
    warnings: tuple[str, ...] = ()
    error: str | None = None  # one of ERRORS when not valid

    @property
    def family(self) -> str:
        return "iban" if self.kind == "be_iban" else self.kind

    @property
    def message_key(self) -> str | None:
        return f"identifier.{self.family}_{self.error}" if self.error else None

    def warning_keys(self) -> list[str]:
        return [f"identifier.{warning}" for warning in self.warnings]

    def to_dict(self, language: str = "en") -> dict:
        if not self.valid:
            message = identifier_rules().message(self.message_key or "", language)
            return {"valid": False, "error": self.error, "message": message}
        return {
            "valid": True,
            "compact": self.compact,
            "formatted": self.formatted,
            "details": dict(self.details),
            "warnings": list(self.warnings),
        }


def _error_of(exc: ValidationError) -> str:
    for kind, error in _STDNUM_ERRORS:
        if isinstance(exc, kind):
            return error
    return "format"


def _invalid(kind: str, error: str) -> IdentifierCheck:
    return IdentifierCheck(kind=kind, valid=False, error=error)


def check_identifier(
    kind: str, value: str, country: str | None = None, today: date | None = None
) -> IdentifierCheck:
    """Check one identifier of `kind` (see KINDS); `country` only for "vat"."""
    if kind not in KINDS:
        raise ValueError(f"unknown identifier kind {kind!r}")
    if not isinstance(value, str) or not value.strip():
        return _invalid(kind, "format")
    if kind == "insz":
        return _check_insz(value, today or date.today())
    if kind in ("iban", "be_iban"):
        return _check_iban(kind, value)
    if kind == "kbo":
        return _check_kbo(value)
    if kind == "vat":
        return _check_vat(value, country or "")
    return _check_ogm(value)


def _check_insz(value: str, today: date) -> IdentifierCheck:
    """INSZ/NISS (admin-facts §6.1): stdnum's `be.ssn` decides valid or not (BIS first,
    then NN); the warnings are the app's strict mode: an encoded day past the end of
    its month, a birth date written with 00, an age over 110 (a 2000+ birth typed with
    1900 check digits)."""
    try:
        compact = be_ssn.validate(value)
    except ValidationError as exc:
        return _invalid("insz", _error_of(exc))
    kind = be_ssn.guess_type(compact) or "nn"
    module = be_bis if kind == "bis" else be_nn
    born = module.get_birth_date(compact)
    sex = module.get_gender(compact)
    warnings: list[str] = []
    year = module.get_birth_year(compact)
    raw_month = int(compact[2:4]) % 20
    raw_day = int(compact[4:6])
    if born is None:
        if year and raw_month and raw_day > calendar.monthrange(year, raw_month)[1]:
            warnings.append("insz_day_does_not_exist")
        else:
            warnings.append("insz_birth_date_unknown")
    if year is not None:
        # the youngest the person can be with what is known of the birth date
        latest = born or date(year, raw_month or 12, calendar.monthrange(year, raw_month or 12)[1])
        age = today.year - latest.year - ((today.month, today.day) < (latest.month, latest.day))
        if age > identifier_rules().insz_age_warning_years:
            warnings.append("insz_age_over_110")
    return IdentifierCheck(
        kind="insz",
        valid=True,
        compact=compact,
        formatted=be_ssn.format(compact),
        details={
            "type": kind,
            "birth_date": born.isoformat() if born else None,
            "sex": sex,
        },
        warnings=tuple(warnings),
    )


def _check_iban(kind: str, value: str) -> IdentifierCheck:
    """IBAN (admin-facts §6.3): ISO 13616 with `stdnum.iban`, which for a Belgian IBAN
    also runs the national check and the National Bank's bank-code list; a member's
    payout account must be Belgian (`be_iban`)."""
    try:
        compact = std_iban.validate(value)
    except ValidationError as exc:
        return _invalid(kind, _error_of(exc))
    country = compact[:2]
    if kind == "be_iban" and country != "BE":
        return _invalid(kind, "country")
    details: dict = {"country": country}
    if country == "BE":
        details["bic"] = be_iban.to_bic(compact)
    return IdentifierCheck(
        kind=kind,
        valid=True,
        compact=compact,
        formatted=std_iban.format(compact),
        details=details,
    )


def _check_kbo(value: str) -> IdentifierCheck:
    """KBO/BCE enterprise number = the Belgian VAT number without "BE" (§6.2)."""
    try:
        compact = be_vat.validate(value)
    except ValidationError as exc:
        return _invalid("kbo", _error_of(exc))
    return IdentifierCheck(
        kind="kbo",
        valid=True,
        compact=compact,
        formatted=f"{compact[:4]}.{compact[4:7]}.{compact[7:]}",
    )


def _check_vat(value: str, country: str) -> IdentifierCheck:
    """A VAT number of an EU member state, offline, by the VAT engine's own check
    (`stdnum.be.vat` / `stdnum.eu.vat`, vat-facts §7), so a quote and this check agree."""
    from app.domain.quotes.vat import clean_vat_number

    result = clean_vat_number(country, value)
    if result.valid:
        return IdentifierCheck(
            kind="vat",
            valid=True,
            compact=result.compact,
            formatted=result.compact,
            details={"country": country.strip().upper()},
        )
    error = {
        "vat_number.not_eu": "country",
        "vat_number.country_mismatch": "country",
        "vat_number.checksum": "checksum",
        "vat_number.length": "length",
        "vat_number.component": "component",
    }.get(result.message_key or "", "format")
    return _invalid("vat", error)


def _check_ogm(value: str) -> IdentifierCheck:
    """Structured communication (§6.4): 12 digits, the last two the first ten mod 97,
    a remainder of 0 written 97."""
    try:
        compact = be_ogm.validate(value)
    except ValidationError as exc:
        return _invalid("ogm", _error_of(exc))
    return IdentifierCheck(
        kind="ogm",
        valid=True,
        compact=compact,
        formatted=f"+++{be_ogm.format(compact)}+++",
        details={"formatted": f"+++{be_ogm.format(compact)}+++"},
    )


@dataclass(frozen=True)
class Insz:
    """A validated national (NN) or BIS number."""

    compact: str
    kind: str  # "nn" or "bis"
    birth_date: date | None
    sex: str | None = None
    warnings: tuple[str, ...] = ()

    def masked(self) -> str:
        """For lists and logs: only the last two check digits stay visible."""
        return f"**.**.**-***.{self.compact[-2:]}"

    def formatted(self) -> str:
        return be_ssn.format(self.compact)


def check_insz(value: str, field: str = "insz", today: date | None = None) -> Insz:
    result = check_identifier("insz", value, today=today)
    if not result.valid:
        raise IdentifierError(result.message_key, field)
    born = result.details["birth_date"]
    return Insz(
        compact=result.compact,
        kind=result.details["type"],
        birth_date=date.fromisoformat(born) if born else None,
        sex=result.details["sex"],
        warnings=result.warnings,
    )


def check_iban(value: str, field: str = "iban", belgian_only: bool = False) -> str:
    """Members are paid on a Belgian account; other SEPA IBANs only where allowed."""
    result = check_identifier("be_iban" if belgian_only else "iban", value)
    if not result.valid:
        raise IdentifierError(result.message_key, field)
    return result.compact


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
