"""Loading the VAT rule tables of `resources/vat/` (vat-check.md: the rules are data).

The tables are read once and compiled into frozen values; `rulebook()` returns the
cached book. Every reference between tables (a rule's outcome, rate or reason) is
checked at load time, so a typo in a table fails the tests instead of a quote.
"""

from __future__ import annotations

import tomllib
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

import resources
from app.domain.languages import LANGUAGES
from app.domain.quotes.vat_errors import RuleBookError

LANGS = LANGUAGES  # every rule speaks every language of the program
FAR_PAST = date.min
FAR_FUTURE = date.max

# The facts a rule may test (see the header of rules.toml).
FACT_KEYS = frozenset(
    {
        "nature",
        "category",
        "place_kind",
        "kind",
        "client_zone",
        "status",
        "vat_id",
        "place_zone",
        "place_rule",
        "is_organiser",
        "is_publisher",
        "files_periodic_vat_returns",
        "advertising",
        "licence_is_main_object",
        "publishing_contract",
        "scientific_work",
        "streamed",
        "transport_proof",
        "therapeutic_purpose",
        "recognised_professional",
        "recognised_education",
        "exemption_document",
        "private_dwelling",
        "on_site_service",
        "drinks",
        "luxury_food",
        "distance_sales_over_threshold",
        "end_consumer",
        "alcoholic",
        "electronically_supplied",
        "eu_b2c_threshold_exceeded",  # settings.toml, or the line's own answer
        "artists_policy",  # settings.toml
        "dwelling_age",
        "non_plant_share",
    }
)
ASSUMABLE = frozenset({"kind", "status", "place_zone"})
PLACE_FROM = frozenset({"client", "supplier", "performance", "destination"})
_COMPARE = frozenset({"le", "lt", "ge", "gt", "missing"})


@dataclass(frozen=True)
class Condition:
    key: str
    op: str  # eq, in, le, lt, ge, gt, missing
    value: Any

    def holds(self, facts: dict[str, Any]) -> bool:
        actual = facts.get(self.key)
        op = self.op
        if op == "eq":
            return actual == self.value and type(actual) is type(self.value)
        if op == "in":
            return actual in self.value
        if op == "missing":
            return (actual is None) is self.value
        if actual is None:
            return False
        if op == "le":
            return actual <= self.value
        if op == "lt":
            return actual < self.value
        if op == "ge":
            return actual >= self.value
        return actual > self.value


@dataclass(frozen=True)
class Rule:
    id: str
    source: str
    conditions: tuple[Condition, ...]
    outcome: str | None = None
    rate: str | None = None
    review: bool = False
    assume: tuple[tuple[str, Any], ...] = ()
    reasons: tuple[str, ...] = ()
    valid_from: date = FAR_PAST
    valid_to: date = FAR_FUTURE

    def matches(self, facts: dict[str, Any]) -> bool:
        return all(c.holds(facts) for c in self.conditions)


@dataclass(frozen=True)
class PlaceRule:
    id: str
    source: str
    conditions: tuple[Condition, ...]
    place_from: str
    basis: str
    valid_from: date = FAR_PAST
    valid_to: date = FAR_FUTURE

    def matches(self, facts: dict[str, Any]) -> bool:
        return all(c.holds(facts) for c in self.conditions)


@dataclass(frozen=True)
class Outcome:
    key: str
    treatment: str
    legal_basis: str
    mention: dict[str, str]


@dataclass(frozen=True)
class RateRow:
    key: str
    rate: str
    legal_basis: str
    valid_from: date
    valid_to: date
    mention: dict[str, str]


@dataclass(frozen=True)
class RuleBook:
    categories: dict[str, tuple[str, str]]  # code -> (nature, place kind)
    place_rules: tuple[PlaceRule, ...]
    rules: tuple[Rule, ...]
    outcomes: dict[str, Outcome]
    rates: dict[str, tuple[RateRow, ...]]
    reasons: dict[str, dict[str, str]]
    messages: dict[str, dict[str, str]]
    iso_countries: frozenset[str]
    eu_membership: tuple[tuple[str, date, date], ...]
    vat_prefix: dict[str, str]
    first_date: date
    # the cooperative's documented positions, dated: key -> ((value, from, to, source), ...)
    settings: dict[str, tuple[tuple[Any, date, date, str], ...]] = field(default_factory=dict)
    # areas inside the EU VAT area for goods only (Northern Ireland, XI), dated
    goods_only_membership: tuple[tuple[str, date, date], ...] = ()
    # citations.toml: legal references in the reader's language, a treatment's words
    citations: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)
    treatment_words: dict[str, dict[str, str]] = field(default_factory=dict)
    _by_date: dict = field(default_factory=dict, compare=False, repr=False)
    _period_starts: list = field(default_factory=list, compare=False, repr=False)

    def rules_on(self, day: date) -> tuple[Rule, ...]:
        """The rules in force on `day`, in decision order (cached per date)."""
        found = self._by_date.get(day)
        if found is None:
            found = tuple(r for r in self.rules if r.valid_from <= day <= r.valid_to)
            if len(self._by_date) < 20_000:
                self._by_date[day] = found
        return found

    def rate_on(self, key: str, day: date) -> RateRow | None:
        for row in self.rates.get(key, ()):
            if row.valid_from <= day <= row.valid_to:
                return row
        return None

    def in_eu(self, country: str, day: date) -> bool:
        return any(c == country and start <= day <= end for c, start, end in self.eu_membership)

    def in_eu_for_goods(self, area: str, day: date) -> bool:
        """Whether `area` (XI: Northern Ireland) is in the EU VAT area for goods on `day`."""
        return any(
            c == area and start <= day <= end for c, start, end in self.goods_only_membership
        )

    def setting_on(self, key: str, day: date) -> Any:
        """The cooperative's documented position `key` in force on `day` (settings.toml)."""
        for value, start, end, _source in self.settings.get(key, ()):
            if start <= day <= end:
                return value
        raise RuleBookError(f"setting {key!r} has no value on {day.isoformat()}")

    def period_of(self, day: date) -> date:
        """The first day of the span around `day` in which no dated row (rule, rate, EU
        membership) starts or ends: every day of the span reads the same tables."""
        starts = self._period_starts
        if not starts:
            spans = [(r.valid_from, r.valid_to) for r in self.rules]
            spans += [(r.valid_from, r.valid_to) for rows in self.rates.values() for r in rows]
            spans += [(start, end) for _, start, end in self.eu_membership]
            spans += [(start, end) for _, start, end in self.goods_only_membership]
            spans += [(r[1], r[2]) for rows in self.settings.values() for r in rows]
            found = {FAR_PAST}
            for start, end in spans:
                found.add(start)
                if end < FAR_FUTURE:
                    found.add(end + timedelta(days=1))
            starts.extend(sorted(found))
        return starts[bisect_right(starts, day) - 1]


def _folder() -> Path:
    return Path(resources.__file__).parent / "vat"


def _read(folder: Path, name: str) -> dict:
    with (folder / name).open("rb") as handle:
        return tomllib.load(handle)


def _conditions(where: str, when: dict) -> tuple[Condition, ...]:
    out = []
    for key, value in when.items():
        if key not in FACT_KEYS:
            raise RuleBookError(f"{where}: unknown fact {key!r}")
        if isinstance(value, list):
            out.append(Condition(key, "in", frozenset(value)))
        elif isinstance(value, dict):
            for op, bound in value.items():
                if op not in _COMPARE:
                    raise RuleBookError(f"{where}: unknown comparison {op!r}")
                out.append(Condition(key, op, bound))
        else:
            out.append(Condition(key, "eq", value))
    return tuple(out)


def _texts(where: str, table: dict) -> dict[str, str]:
    missing = [lang for lang in LANGS if not isinstance(table.get(lang), str)]
    if missing:
        raise RuleBookError(f"{where}: no text for {', '.join(missing)}")
    return {lang: table[lang] for lang in LANGS}


def load_rulebook(folder: Path | None = None) -> RuleBook:
    """Read and cross-check every table; raises RuleBookError on any inconsistency."""
    folder = folder or _folder()
    cats = _read(folder, "categories.toml")
    categories: dict[str, tuple[str, str]] = {}
    for code, spec in cats["services"].items():
        categories[code] = ("service", spec["place"])
    for code in cats["goods"]:
        categories[code] = ("goods", "goods")

    reasons = {k: _texts(f"reason {k}", v) for k, v in _read(folder, "reasons.toml").items()}
    messages = {k: _texts(f"message {k}", v) for k, v in _read(folder, "messages.toml").items()}

    outcomes = {}
    for key, spec in _read(folder, "outcomes.toml").items():
        outcomes[key] = Outcome(
            key, spec["treatment"], spec["legal_basis"], _texts(key, spec["mention"])
        )

    rates: dict[str, list[RateRow]] = {}
    empty = dict.fromkeys(LANGS, "")
    for spec in _read(folder, "rates.toml")["rate"]:
        mention = _texts(spec["key"], spec["mention"]) if "mention" in spec else empty
        rates.setdefault(spec["key"], []).append(
            RateRow(
                spec["key"],
                spec["rate"],
                spec["legal_basis"],
                spec.get("valid_from", FAR_PAST),
                spec.get("valid_to", FAR_FUTURE),
                mention,
            )
        )
    first_date = min(r.valid_from for r in rates["standard"])

    place_rules = []
    for spec in _read(folder, "place.toml")["place"]:
        if spec["from"] not in PLACE_FROM:
            raise RuleBookError(f"place {spec['id']}: unknown source {spec['from']!r}")
        place_rules.append(
            PlaceRule(
                spec["id"],
                spec["source"],
                _conditions(spec["id"], spec["when"]),
                spec["from"],
                spec["basis"],
                spec.get("valid_from", FAR_PAST),
                spec.get("valid_to", FAR_FUTURE),
            )
        )

    rules = []
    seen = set()
    for spec in _read(folder, "rules.toml")["rule"]:
        rid = spec["id"]
        if rid in seen:
            raise RuleBookError(f"rule {rid}: duplicate id")
        seen.add(rid)
        then = spec["then"]
        outcome, rate = then.get("outcome"), then.get("rate")
        if outcome is not None and outcome not in outcomes:
            raise RuleBookError(f"rule {rid}: unknown outcome {outcome!r}")
        if rate is not None and rate not in rates:
            raise RuleBookError(f"rule {rid}: unknown rate {rate!r}")
        assume = tuple(sorted(then.get("assume", {}).items()))
        if any(k not in ASSUMABLE for k, _ in assume):
            raise RuleBookError(f"rule {rid}: only {sorted(ASSUMABLE)} may be assumed")
        if outcome is None and rate is None and not assume and not then.get("review"):
            raise RuleBookError(f"rule {rid}: a definite rule needs an outcome or a rate")
        for reason in then.get("reasons", []):
            if reason not in reasons:
                raise RuleBookError(f"rule {rid}: unknown reason {reason!r}")
        rules.append(
            Rule(
                id=rid,
                source=spec["source"],
                conditions=_conditions(rid, spec["when"]),
                outcome=outcome,
                rate=rate,
                review=bool(then.get("review", False) or assume),
                assume=assume,
                reasons=tuple(then.get("reasons", [])),
                valid_from=spec.get("valid_from", FAR_PAST),
                valid_to=spec.get("valid_to", FAR_FUTURE),
            )
        )
    if rules[-1].conditions:
        raise RuleBookError("the last rule must match every line (empty `when`)")

    countries = _read(folder, "countries.toml")
    membership = tuple(
        (c, row.get("valid_from", FAR_PAST), row.get("valid_to", FAR_FUTURE))
        for row in countries["eu"]
        for c in row["countries"]
    )
    goods_only = tuple(
        (c, row.get("valid_from", FAR_PAST), row.get("valid_to", FAR_FUTURE))
        for row in countries.get("eu_goods_only", [])
        for c in row["areas"]
    )
    citations = _read(folder, "citations.toml")
    if set(citations["cite"]) != set(LANGS):
        raise RuleBookError("citations.toml: one list of replacements per language")
    settings: dict[str, list] = {}
    for spec in _read(folder, "settings.toml")["setting"]:
        if not spec.get("source", "").startswith("§"):
            raise RuleBookError(f"setting {spec['key']}: a source in vat-facts.md is required")
        allowed = spec.get("allowed")
        if allowed is not None and spec["value"] not in allowed:
            raise RuleBookError(f"setting {spec['key']}: {spec['value']!r} not in {allowed}")
        settings.setdefault(spec["key"], []).append(
            (
                spec["value"],
                spec.get("valid_from", FAR_PAST),
                spec.get("valid_to", FAR_FUTURE),
                spec["source"],
            )
        )
    return RuleBook(
        categories=categories,
        place_rules=tuple(place_rules),
        rules=tuple(rules),
        outcomes=outcomes,
        rates={k: tuple(v) for k, v in rates.items()},
        reasons=reasons,
        messages=messages,
        iso_countries=frozenset(countries["iso"]),
        eu_membership=membership,
        vat_prefix=dict(countries.get("vat_prefix", {})),
        first_date=first_date,
        settings={k: tuple(v) for k, v in settings.items()},
        goods_only_membership=goods_only,
        citations={
            lang: tuple((a, b) for a, b in pairs) for lang, pairs in citations["cite"].items()
        },
        treatment_words={k: _texts(k, v) for k, v in citations["treatment_words"].items()},
    )


def cite(basis: str, lang: str) -> str:
    """A legal reference in the reader's language: "WBTW art. 44 §2 8°" reads
    "CTVA art. 44 §2 8°" in French, "Belgian VAT Code art. 44 §2 8°" in English."""
    for source, target in rulebook().citations.get(lang, ()):
        basis = basis.replace(source, target)
    return basis


@lru_cache(maxsize=1)
def rulebook() -> RuleBook:
    """The rule book of the installed resources, loaded once per process."""
    return load_rulebook()
