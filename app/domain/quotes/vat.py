"""The VAT check of one quote line (contract: vat-check.md; facts: vat-facts.md).

The decision follows the order of vat-facts.md §1: the client's standing (its VAT
number, §7), institutions (§4.6), the place of supply (§5), Belgian exemptions (§4),
then the rate (§3). The order and every answer are data in `resources/vat/`; this
module parses the input, derives the facts the rules test, and assembles the answer.

A line whose facts leave the law uncertain comes back with `review` set: its
treatment, rate and legal basis are then the provisional (most likely) answer, also
given in `likely`; when no answer is likely, the provisional one is the standard rate
and `likely` is None. A definite answer is never flagged for review.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import Any

from stdnum.be import vat as be_vat
from stdnum.eu import vat as eu_vat
from stdnum.exceptions import (
    InvalidChecksum,
    InvalidComponent,
    InvalidFormat,
    InvalidLength,
    ValidationError,
)
from stdnum.gb import vat as gb_vat

from app.domain.quotes.vat_errors import FieldError, VatInputError
from app.domain.quotes.vat_rules import LANGS, Rule, RuleBook, rulebook

NATURES = ("service", "goods")
CLIENT_KINDS = ("private", "business", "public_body", "eu_institution", "international_org")
VIES_STATES = ("valid", "invalid", "unavailable", "unchecked")
EXEMPTION_DOCUMENTS = (
    "none",
    "eu_order_form",
    "e_certificate",
    "eu_exemption_certificate",
    "form_450",
    "form_451",
)
TREATMENTS = ("taxable", "exempt", "reverse_charge", "outside_scope", "foreign_vat")
CLIENT_FLAGS = ("is_organiser", "is_publisher", "files_periodic_vat_returns")
FACT_FLAGS = (
    "advertising",
    "licence_is_main_object",
    "publishing_contract",
    "scientific_work",
    "streamed",
    "transport_proof",
    "therapeutic_purpose",
    "recognised_professional",
    "recognised_education",
    "private_dwelling",
    "on_site_service",
    "drinks",
    "luxury_food",
    "distance_sales_over_threshold",
    "end_consumer",
    "alcoholic",
    "electronically_supplied",
)
# Questions whose "not answered" is not a "no" (vat-facts.md §11.1, §11.8, §11.9): a
# missing answer stays None and the rules route it to review.
UNKNOWN_UNLESS_ANSWERED = frozenset(
    {"private_dwelling", "therapeutic_purpose", "end_consumer", "alcoholic"}
)
FACT_COUNTRIES = ("place_of_performance", "goods_destination")
_TOP_KEYS = frozenset({"date", "nature", "category", "client", "facts", "lang"})
_CLIENT_KEYS = frozenset({"kind", "country", "vat_number", "vies", *CLIENT_FLAGS})
_FACT_KEYS = frozenset(
    {
        *FACT_FLAGS,
        *FACT_COUNTRIES,
        "exemption_document",
        "dwelling_first_occupied_year",
        "non_plant_share",
    }
)
_SEPARATORS = re.compile(r"[\s\-./:,]")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_MAX_ASSUMPTIONS = 4


# ---------------------------------------------------------------- values


@dataclass(frozen=True)
class Client:
    kind: str
    country: str
    vat_number: str | None = None
    vies: str = "unchecked"
    is_organiser: bool = False
    is_publisher: bool = False
    files_periodic_vat_returns: bool = False


@dataclass(frozen=True)
class LineFacts:
    """The answers to the questions the quote editor asks; False / None = no / not known."""

    advertising: bool = False
    licence_is_main_object: bool = False
    publishing_contract: bool = False
    scientific_work: bool = False
    place_of_performance: str | None = None
    streamed: bool = False
    goods_destination: str | None = None
    transport_proof: bool = False
    therapeutic_purpose: bool | None = None
    recognised_professional: bool = False
    recognised_education: bool = False
    exemption_document: str = "none"
    dwelling_first_occupied_year: int | None = None
    private_dwelling: bool | None = None
    non_plant_share: float | None = None
    on_site_service: bool = False
    drinks: bool = False
    luxury_food: bool = False
    distance_sales_over_threshold: bool = False
    end_consumer: bool | None = None
    alcoholic: bool | None = None
    electronically_supplied: bool = False


@dataclass(frozen=True)
class VatLine:
    """One quote line, as the VAT check needs it. Build it with `parse_line`."""

    date: date
    nature: str
    category: str
    client: Client
    facts: LineFacts = LineFacts()
    lang: str = "en"


@dataclass(frozen=True)
class Likely:
    treatment: str
    rate: str | None
    legal_basis: str

    def to_dict(self) -> dict:
        return {"treatment": self.treatment, "rate": self.rate, "legal_basis": self.legal_basis}


@dataclass(frozen=True)
class Mention:
    nl: str = ""
    fr: str = ""
    en: str = ""

    def to_dict(self) -> dict:
        return {"nl": self.nl, "fr": self.fr, "en": self.en}


@dataclass(frozen=True)
class VatResult:
    """The answer of the contract; `rules` (ids of the rules applied) is kept for the
    audit trail and is not part of the JSON output."""

    treatment: str
    rate: str | None
    legal_basis: str
    review: bool
    likely: Likely | None
    reasons: tuple[str, ...]
    mention: Mention
    rules: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        return {
            "treatment": self.treatment,
            "rate": self.rate,
            "legal_basis": self.legal_basis,
            "review": self.review,
            "likely": self.likely.to_dict() if self.likely else None,
            "reasons": list(self.reasons),
            "mention": self.mention.to_dict(),
        }


@dataclass(frozen=True)
class VatNumberCheck:
    """Format and checksum of a VAT number (not VIES: that is an adapter's job)."""

    valid: bool
    compact: str | None
    message_key: str | None = None


# ---------------------------------------------------------------- VAT numbers

_STDNUM_KEYS = (
    (InvalidChecksum, "vat_number.checksum"),
    (InvalidLength, "vat_number.length"),
    (InvalidComponent, "vat_number.component"),
    (InvalidFormat, "vat_number.format"),
)
_EU_VAT_COUNTRIES = frozenset(
    c.upper() for c in eu_vat.MEMBER_STATES if c not in ("xi",)
)  # stdnum's list: the current member states


def _stdnum_key(exc: Exception) -> str:
    for kind, key in _STDNUM_KEYS:
        if isinstance(exc, kind):
            return key
    return "vat_number.format"


def clean_vat_number(country: str, number: str) -> VatNumberCheck:
    """Check a client's VAT number for its country with python-stdnum (vat-facts.md §7).

    Belgian numbers go through `stdnum.be.vat` (10 digits, first digit 0 or 1, mod 97);
    other member states through `stdnum.eu.vat`. A number may be given with or without
    its country prefix; a prefix of another country is refused. A number of a country
    outside the EU (a Swiss CHE number) is not an EU VAT number.
    """
    if not isinstance(country, str) or not isinstance(number, str):
        return VatNumberCheck(False, None, "vat_number.format")
    return _clean_vat_number(country.strip().upper(), number)


@lru_cache(maxsize=4096)
def _clean_vat_number(country: str, number: str) -> VatNumberCheck:
    text = _SEPARATORS.sub("", number).upper()
    if country == "GB" and text[:2] in ("XI", "GB"):
        # Northern Ireland keeps an EU VAT number (XI) for goods; a GB number was an EU
        # VAT number until 31.12.2020 (vat-facts.md §11.7)
        try:
            if text[:2] == "XI":
                return VatNumberCheck(True, eu_vat.validate(text))
            return VatNumberCheck(True, "GB" + gb_vat.validate(text[2:]))
        except ValidationError as exc:
            return VatNumberCheck(False, None, _stdnum_key(exc))
        except (ValueError, IndexError, KeyError, TypeError):
            return VatNumberCheck(False, None, "vat_number.format")
    if country not in _EU_VAT_COUNTRIES:
        return VatNumberCheck(False, None, "vat_number.not_eu")
    prefix = rulebook().vat_prefix.get(country, country)
    if not text:
        return VatNumberCheck(False, None, "vat_number.format")
    if text[:2].isalpha():
        if text[:2] not in (prefix, country):
            return VatNumberCheck(False, None, "vat_number.country_mismatch")
        text = text[2:]
    try:
        if country == "BE":
            return VatNumberCheck(True, "BE" + be_vat.validate(text))
        return VatNumberCheck(True, eu_vat.validate(prefix + text))
    except ValidationError as exc:
        return VatNumberCheck(False, None, _stdnum_key(exc))
    except (ValueError, IndexError, KeyError, TypeError):
        return VatNumberCheck(False, None, "vat_number.format")


# ---------------------------------------------------------------- parsing


class _Problems:
    def __init__(self, book: RuleBook):
        self.book = book
        self.errors: list[FieldError] = []

    def add(self, field: str, key: str, **params: Any) -> None:
        template = self.book.messages[key]["en"]
        self.errors.append(FieldError(field, f"vat.{key}", template.format(**params), params))


def _expected(value: Any, kind: type | tuple[type, ...]) -> bool:
    return isinstance(value, kind) and not (kind is not bool and isinstance(value, bool))


def _choice(p: _Problems, data: Mapping, key: str, field: str, allowed, default=None):
    value = data.get(key)
    if value is None:
        if default is None:
            p.add(field, "required")
        return default
    if not isinstance(value, str):
        p.add(field, "wrong_type", expected="a string")
        return default
    if value not in allowed:
        p.add(field, "not_allowed", allowed=", ".join(allowed))
        return default
    return value


def _country(p: _Problems, value: Any, field: str, required: bool) -> str | None:
    if value is None:
        if required:
            p.add(field, "required")
        return None
    if not isinstance(value, str):
        p.add(field, "wrong_type", expected="a string")
        return None
    if value not in p.book.iso_countries:
        p.add(field, "invalid_country")
        return None
    return value


def _flag(p: _Problems, data: Mapping, key: str, field: str) -> bool | None:
    value = data.get(key)
    if value is None:
        return None if key in UNKNOWN_UNLESS_ANSWERED else False
    if not isinstance(value, bool):
        p.add(field, "wrong_type", expected="true or false")
        return False
    return value


def _mapping(p: _Problems, value: Any, field: str, allowed: frozenset[str]) -> Mapping:
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        p.add(field, "not_an_object")
        return {}
    for key in value:
        if key not in allowed:
            p.add(f"{field}.{key}" if field else str(key), "unknown_field")
    return value


def _date(p: _Problems, value: Any) -> date | None:
    if value is None:
        p.add("date", "required")
        return None
    if isinstance(value, date) and type(value) is date:
        day = value
    elif isinstance(value, str) and _ISO_DATE.fullmatch(value):
        try:
            day = date.fromisoformat(value)
        except ValueError:
            p.add("date", "invalid_date")
            return None
    else:
        p.add("date", "invalid_date")
        return None
    if day < p.book.first_date:
        p.add("date", "date_out_of_range", first=p.book.first_date.isoformat())
        return None
    return day


def parse_line(data: Any) -> VatLine:
    """Turn the contract's input object into a `VatLine`, or raise VatInputError naming
    every bad field. Nothing is guessed: unknown fields and values are refused."""
    book = rulebook()
    p = _Problems(book)
    if not isinstance(data, Mapping):
        p.add("", "not_an_object")
        raise VatInputError(p.errors)
    _mapping(p, data, "", _TOP_KEYS)

    day = _date(p, data.get("date"))
    nature = _choice(p, data, "nature", "nature", NATURES)
    category = _choice(p, data, "category", "category", tuple(book.categories))
    if nature and category and book.categories[category][0] != nature:
        p.add("category", "category_nature", expected=book.categories[category][0])
    lang = _choice(p, data, "lang", "lang", LANGS, default="en")

    if data.get("client") is None:
        p.add("client", "required")
    raw_client = _mapping(p, data.get("client"), "client", _CLIENT_KEYS)
    kind = _choice(p, raw_client, "kind", "client.kind", CLIENT_KINDS) if raw_client else None
    if raw_client:
        country = _country(p, raw_client.get("country"), "client.country", required=True)
    else:
        country = None
    vat_number = raw_client.get("vat_number")
    if vat_number is not None and not isinstance(vat_number, str):
        p.add("client.vat_number", "wrong_type", expected="a string")
        vat_number = None
    vat_number = vat_number.strip() or None if vat_number else None
    vies = _choice(p, raw_client, "vies", "client.vies", VIES_STATES, default="unchecked")
    flags = {k: _flag(p, raw_client, k, f"client.{k}") for k in CLIENT_FLAGS}

    raw_facts = _mapping(p, data.get("facts"), "facts", _FACT_KEYS)
    fact_values: dict[str, Any] = {k: _flag(p, raw_facts, k, f"facts.{k}") for k in FACT_FLAGS}
    for key in FACT_COUNTRIES:
        fact_values[key] = _country(p, raw_facts.get(key), f"facts.{key}", required=False)
    fact_values["exemption_document"] = _choice(
        p, raw_facts, "exemption_document", "facts.exemption_document", EXEMPTION_DOCUMENTS, "none"
    )
    year = raw_facts.get("dwelling_first_occupied_year")
    if year is not None:
        if not _expected(year, int):
            p.add("facts.dwelling_first_occupied_year", "wrong_type", expected="a whole year")
            year = None
        elif day is not None and not 1000 <= year <= day.year:
            p.add("facts.dwelling_first_occupied_year", "year_out_of_range")
            year = None
    fact_values["dwelling_first_occupied_year"] = year
    share = raw_facts.get("non_plant_share")
    if share is not None:
        if not _expected(share, (int, float, Decimal)):
            p.add("facts.non_plant_share", "wrong_type", expected="a number")
            share = None
        elif not (math.isfinite(share) and 0 <= share <= 1):
            p.add("facts.non_plant_share", "share_out_of_range")
            share = None
        else:
            share = float(share)
    fact_values["non_plant_share"] = share

    if p.errors:
        raise VatInputError(p.errors)
    return VatLine(
        date=day,
        nature=nature,
        category=category,
        client=Client(kind, country, vat_number, vies, **flags),
        facts=LineFacts(**fact_values),
        lang=lang,
    )


# ---------------------------------------------------------------- deciding


def _zone(book: RuleBook, country: str, day: date) -> str:
    if country == "BE":
        return "BE"
    return "EU" if book.in_eu(country, day) else "NON_EU"


def _vat_id(client: Client) -> str:
    """The client's VAT number: a foreign firm registered directly in Belgium gives its
    Belgian number (BE prefix), checked as Belgian (vat-facts.md §11.2)."""
    if not client.vat_number:
        return "none"
    country = client.country
    if _SEPARATORS.sub("", client.vat_number).upper().startswith("BE"):
        country = "BE"
    if not clean_vat_number(country, client.vat_number).valid:
        return "invalid"
    return {"valid": "confirmed", "invalid": "invalid"}.get(client.vies, client.vies)


def _status(kind: str, zone: str, vat_id: str) -> str:
    """The client's standing for place-of-supply rules (vat-facts.md §1 step 1)."""
    if kind == "business":
        if zone != "EU":
            return "taxable"
        if vat_id == "confirmed":
            return "taxable"
        if vat_id in ("unavailable", "unchecked"):
            return f"vies_{vat_id}"
        return "non_taxable"
    if kind == "public_body" and zone == "EU" and vat_id != "none":
        return "legal_person_with_vat"
    return "non_taxable"


def _northern_ireland_goods(book: RuleBook, line: VatLine) -> bool:
    """Goods for a client with an XI VAT number: inside the EU VAT area (§11.7)."""
    c = line.client
    if line.nature != "goods" or c.country != "GB" or not c.vat_number:
        return False
    check = clean_vat_number(c.country, c.vat_number)
    return bool(check.valid and check.compact.startswith("XI")) and book.in_eu_for_goods(
        "XI", line.date
    )


def _base_facts(book: RuleBook, line: VatLine) -> dict[str, Any]:
    c, f = line.client, line.facts
    zone = "EU" if _northern_ireland_goods(book, line) else _zone(book, c.country, line.date)
    threshold = book.setting_on("eu_b2c_threshold_exceeded", line.date)
    facts: dict[str, Any] = {
        "nature": line.nature,
        "category": line.category,
        "place_kind": book.categories[line.category][1],
        "kind": c.kind,
        "client_zone": zone,
        "vat_id": _vat_id(c),
        "is_organiser": c.is_organiser,
        "is_publisher": c.is_publisher,
        "files_periodic_vat_returns": c.files_periodic_vat_returns,
        "exemption_document": f.exemption_document,
        "non_plant_share": f.non_plant_share,
        "dwelling_age": (
            None
            if f.dwelling_first_occupied_year is None
            else line.date.year - f.dwelling_first_occupied_year
        ),
    }
    for key in FACT_FLAGS:
        facts[key] = getattr(f, key)
    facts["eu_b2c_threshold_exceeded"] = bool(threshold or f.distance_sales_over_threshold)
    facts["artists_policy"] = book.setting_on("artists_exemption_legal_person", line.date)
    return facts


def _place(book: RuleBook, line: VatLine, facts: dict[str, Any]) -> tuple[str, str, str, str]:
    """(zone, rule id, legal basis, country) of the place of supply (vat-facts.md §5)."""
    for rule in book.place_rules:
        if rule.valid_from <= line.date <= rule.valid_to and rule.matches(facts):
            break
    source = rule.place_from
    if source == "client":
        country = line.client.country
    elif source == "supplier":
        country = "BE"
    elif source == "destination":
        country = line.facts.goods_destination or "BE"
        if country == "GB" and _northern_ireland_goods(book, line):
            return "EU", rule.id, rule.basis, "XI"
    else:
        country = line.facts.place_of_performance
        if country is None:
            if facts["client_zone"] != "BE":
                return "UNKNOWN", rule.id, rule.basis, "?"
            country = "BE"
    return _zone(book, country, line.date), rule.id, rule.basis, country


@dataclass(frozen=True)
class _Answer:
    treatment: str
    rate: str | None
    legal_basis: str
    mention: dict[str, str]


def _answer(book: RuleBook, rule: Rule, day: date, place_basis: str) -> _Answer | None:
    if rule.outcome is not None:
        out = book.outcomes[rule.outcome]
        basis = out.legal_basis.replace("{place_basis}", place_basis)
        return _Answer(out.treatment, None, basis, out.mention)
    key = rule.rate
    if key is None:
        return None
    row = book.rate_on(key, day) or book.rate_on("standard", day)
    return _Answer("taxable", row.rate, row.legal_basis, row.mention)


class _Params(dict):
    def __missing__(self, key: str) -> str:
        return "?"


def _text(book: RuleBook, key: str, lang: str, params: _Params) -> str:
    return book.reasons[key][lang].format_map(params)


@dataclass(frozen=True)
class _Decision:
    answer: _Answer | None
    review: bool
    reason_keys: tuple[str, ...]
    rules: tuple[str, ...]
    params: dict


def _decide(book: RuleBook, line: VatLine, base: dict, assumed: dict, depth: int) -> _Decision:
    facts = dict(base)
    facts.update((k, v) for k, v in assumed.items() if k == "kind")
    facts["status"] = assumed.get("status") or _status(
        facts["kind"], facts["client_zone"], facts["vat_id"]
    )
    zone, place_rule, place_basis, place_country = _place(book, line, facts)
    if "place_zone" in assumed:
        zone = assumed["place_zone"]
        place_country = "BE" if zone == "BE" else place_country
    facts["place_zone"], facts["place_rule"] = zone, place_rule

    notes: tuple[str, ...] = ()
    if facts["kind"] == "business" and facts["status"] == "non_taxable":
        notes = (
            ("vat_number_invalid",) if facts["vat_id"] == "invalid" else ("no_vat_number_private",)
        )
    share = facts["non_plant_share"]
    params = {
        "country": line.client.country,
        "place": place_country,
        "age": facts["dwelling_age"],
        "share": "?" if share is None else f"{share * 100:g}",
    }

    for rule in book.rules_on(line.date):
        if not rule.matches(facts):
            continue
        if rule.assume and depth < _MAX_ASSUMPTIONS:
            sub = _decide(book, line, base, {**assumed, **dict(rule.assume)}, depth + 1)
            if "status" in dict(rule.assume) and not sub.review:
                # VIES has not answered: if the answer is the same whether the client
                # counts as a taxable person or not (the place of supply is Belgium
                # either way), that fact cannot change it — no review (§11, last point)
                other = _decide(book, line, base, {**assumed, "status": "non_taxable"}, depth + 1)
                if not other.review and other.answer == sub.answer:
                    return _Decision(
                        sub.answer,
                        False,
                        ("vies_cannot_change",) + sub.reason_keys,
                        (rule.id, *sub.rules),
                        sub.params,
                    )
            keys = sub.reason_keys
            if "status" in dict(rule.assume):
                # the answer assumes VIES will confirm the number: say so (§11, point 5)
                keys = tuple(
                    f"{k}_if_confirmed" if f"{k}_if_confirmed" in book.reasons else k for k in keys
                )
            return _Decision(
                sub.answer,
                True,
                rule.reasons + keys,
                (rule.id, *sub.rules),
                sub.params,
            )
        answer = _answer(book, rule, line.date, place_basis)
        keys = rule.reasons if answer and answer.treatment != "taxable" else notes + rule.reasons
        return _Decision(answer, rule.review, keys, (rule.id,), params)
    raise AssertionError("the last rule matches every line")  # checked at load time


def check_line(line: VatLine | Mapping[str, Any]) -> VatResult:
    """Answer the VAT check for one quote line (vat-check.md).

    Raises VatInputError (and nothing else) when the input is wrong.
    """
    if not isinstance(line, VatLine):
        line = parse_line(line)
    return _conclude(rulebook(), line)(line.lang)


def check_line_in_every_language(line: VatLine | Mapping[str, Any]) -> dict[str, VatResult]:
    """The same answer as `check_line`, decided once, with its reasons in each language
    (the adviser's window and the quote's language may differ)."""
    if not isinstance(line, VatLine):
        line = parse_line(line)
    answer_in = _conclude(rulebook(), line)
    return {lang: answer_in(lang) for lang in LANGS}


def _conclude(book: RuleBook, line: VatLine):
    """Decide the line; returns the answer as a function of the reasons' language."""
    decision = _decide(book, line, _base_facts(book, line), {}, 0)
    answer = decision.answer
    likely = None
    if answer is not None and decision.review:
        likely = Likely(answer.treatment, answer.rate, answer.legal_basis)
    if answer is None:  # no likely answer: provisional standard rate, adviser decides
        row = book.rate_on("standard", line.date)
        answer = _Answer("taxable", row.rate, row.legal_basis, row.mention)
    params = _Params(decision.params)
    mention = Mention(**answer.mention)

    def in_language(lang: str) -> VatResult:
        return VatResult(
            treatment=answer.treatment,
            rate=answer.rate,
            legal_basis=answer.legal_basis,
            review=decision.review,
            likely=likely,
            reasons=tuple(_text(book, k, lang, params) for k in decision.reason_keys),
            mention=mention,
            rules=decision.rules,
        )

    return in_language


def decision_key(line: VatLine) -> tuple:
    """Everything the answer to `line` depends on, apart from the reasons' language.

    Two lines with the same key get the same answer, so a caller checking many lines
    (sample data) may reuse it. The date counts through the span of days that read the
    same dated tables; a VAT number through what the check makes of it (none, invalid,
    confirmed by VIES, unchecked, unavailable); the dwelling's first year through its age.
    """
    book = rulebook()
    client, facts = line.client, line.facts
    age = None
    if facts.dwelling_first_occupied_year is not None:
        age = line.date.year - facts.dwelling_first_occupied_year
        facts = replace(facts, dwelling_first_occupied_year=None)
    return (
        book.period_of(line.date),
        line.nature,
        line.category,
        client.kind,
        client.country,
        _vat_id(client),
        client.is_organiser,
        client.is_publisher,
        client.files_periodic_vat_returns,
        facts,
        age,
    )


def check_lines(lines: list[Any]) -> list[VatResult]:
    """Check several lines; all input errors of all lines are reported together, each
    field prefixed with the line's index (`[2].client.country`)."""
    results: list[VatResult] = []
    errors: list[FieldError] = []
    for index, item in enumerate(lines):
        try:
            results.append(check_line(item))
        except VatInputError as exc:
            errors.extend(
                FieldError(
                    f"[{index}].{e.field}" if e.field else f"[{index}]",
                    e.message_key,
                    e.message,
                    e.params,
                )
                for e in exc.errors
            )
    if errors:
        raise VatInputError(errors)
    return results
