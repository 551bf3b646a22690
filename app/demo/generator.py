"""Realistic sample data shaped by the 2021 annual report (DESIGN.md §6).

Everything is written with SQLAlchemy Core executemany, in chunks, inside ONE
transaction: a cancel (the `cancelled()` callable, or Ctrl-C) rolls it all back, so a
database never holds half a demo. The same seed and day give the same data.

Demo rows are marked by their `updated_by`: the id of the demo admin user
(`DEMO_ACTOR`), so `replace=True` can delete exactly them and nothing else. They get no
outbox entries (sample data is never synced); one audit entry records the run.
"""

from __future__ import annotations

import math
import random
import unicodedata
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable
from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import delete, func, insert, select
from sqlalchemy.engine import Connection

from app.db.engine import Database
from app.db.models import (
    AccidentDeclaration,
    AccidentHealth,
    Activity,
    ActivityMember,
    Attachment,
    AuditEntry,
    CertificateRequest,
    Client,
    Contract,
    InsuranceClaim,
    IssuerIdentity,
    LoanApplication,
    LoanInstalment,
    Member,
    Office,
    Quote,
    QuoteLine,
    User,
)
from app.db.types import jsonable
from app.demo import identifiers as ids
from app.demo.catalogue import (
    ACTIVITY_NAMES,
    FACT_KNOWN,
    FACT_YES,
    LINE_KINDS,
    OVERRIDES,
    REVIEW_REASONS,
    SECTOR_CATEGORIES,
    SECTOR_WORDS,
    SECTORS,
)
from app.demo.names import ABROAD, EMAIL_DOMAINS, FIRST_NAMES, LAST_NAMES, STREETS, TOWNS
from app.domain.declarations.accident import AccidentInput, HealthInput, assess_accident
from app.domain.declarations.claim import ClaimInput, claim_deadline
from app.domain.declarations.coverage import ContractFact
from app.domain.declarations.numbers import declaration_number
from app.domain.languages import LANGUAGES
from app.domain.loans.loan_rules import loan_rules_on
from app.domain.loans.payment import loan_reference
from app.domain.loans.schedule import assess_loan
from app.domain.money import ZERO
from app.domain.quotes.issuer import demo_identity
from app.domain.quotes.payment_reference import structured_communication
from app.domain.quotes.quote_rules import (
    decision_columns,
    decision_problems,
    engine_columns,
    number_prefix,
    quote_number,
    quote_snapshot,
    sequence_of,
    totals_of,
    vat_answer_record,
    vat_client,
    vat_line_facts,
)
from app.domain.quotes.quote_states import next_state
from app.domain.quotes.vat import Client as VatClient
from app.domain.quotes.vat import LineFacts, VatLine, check_line_in_every_language, decision_key
from app.domain.quotes.vat_questions import questions_for
from app.domain.quotes.vat_rules import rulebook
from app.services.audit import record_event
from app.services.quotes.quotes import DEFAULT_VALIDITY_DAYS
from app.services.users import hash_pin

DEMO_ACTOR = str(uuid.uuid5(uuid.NAMESPACE_URL, "smartdesk:demo-data"))
DEMO_PIN = "1234"
CHUNK = 5_000
CENT = Decimal("0.01")
#: the demo loans' texts, in the language of the office that prepared them
DEMO_LOAN_EXPLANATIONS = {
    "professional_equipment": {
        "nl": "Aankoop van professioneel materiaal voor de opdrachten.",
        "fr": "Achat de matériel professionnel pour les missions.",
    },
    "liquidity": {
        "nl": "Overbrugging tot de facturen van de klanten betaald zijn.",
        "fr": "Trésorerie en attendant le paiement des factures des clients.",
    },
    "expense_note_advance": {
        "nl": "Voorschot op onkostennota's van een lopend project.",
        "fr": "Avance sur les notes de frais d'un projet en cours.",
    },
    "training": {
        "nl": "Inschrijving voor een opleiding die nieuwe opdrachten mogelijk maakt.",
        "fr": "Inscription à une formation qui ouvre de nouvelles missions.",
    },
}
DEMO_LOAN_REFUSAL = {
    "nl": "Onvoldoende omzet in de laatste 12 maanden om de maandelijkse aflossing te dragen.",
    "fr": "Chiffre d'affaires des 12 derniers mois insuffisant pour porter le "
    "remboursement mensuel.",
}
DEMO_LOAN_ASSESSMENT = {
    "nl": "Project en terugbetaling besproken.",
    "fr": "Projet et remboursement discutés.",
}
OVERRIDE_SHARE = 0.03  # of the lines with a definite VAT answer, considered for an override

Progress = Callable[[int, int, str], None]


def _demo_onboarding(entity: str, sector: str, done: bool, seed: str) -> dict:
    """The wizard's and the checklist's state of a sample Activity (issue #9): an active
    one has every item ticked, one still onboarding about half of them. Its own random
    source (seeded by the Activity's id) leaves the rest of the sample data unchanged."""
    import random

    from app.domain.onboarding.checklist import checklist_for

    rng = random.Random(seed)
    items = [item.key for item in checklist_for(entity, sector)]
    ticked = items if done else [key for key in items if rng.random() < 0.5]
    kinds = ["artistic"] if sector in ARTISTIC_SECTORS else ["employee"]
    if rng.random() < 0.2:
        kinds.append("student")
    return {
        "wizard_done": True,
        "contract_types": kinds,
        "team": [],
        "checklist": {key: {"on": "2026-01-01", "by": None} for key in ticked},
    }


ARTISTIC_SECTORS = frozenset(
    {
        "image_sound_stage",
        "music_singing",
        "audiovisual",
        "visual_arts_crafts",
        "performing_literary_arts",
    }
)


class DemoCancelled(Exception):
    """The run was cancelled between two chunks; the transaction is rolled back."""


class DemoRefused(Exception):
    """The database already holds members and `replace` was not asked for."""

    def __init__(self, members: int):
        self.members = members
        super().__init__(f"the database already holds {members} members")


@dataclass(frozen=True)
class Scale:
    name: str
    members: int
    quotes: int
    factor: float  # of the national figures, for everything else


SCALES = {
    "small": Scale("small", 300, 1_500, 300 / 32_249),
    "office": Scale("office", 1_612, 9_000, 1 / 20),
    "national": Scale("national", 32_249, 180_000, 1.0),
}

# Paid members and advisers per office, as the report's office page reads (DESIGN §6).
OFFICE_PAID = {
    "BXL": 9_539,
    "NAM": 2_386,
    "LLN": 1_669,
    "LGE": 1_212,
    "ANT": 880,
    "MON": 843,
    "GNT": 790,
    "CRL": 783,
    "TOU": 567,
}
OFFICE_ADVISERS = {
    "BXL": 39,
    "NAM": 13,
    "LLN": 2,
    "LGE": 6,
    "ANT": 5,
    "MON": 3,
    "GNT": 3,
    "CRL": 3,
    "TOU": 2,
}
FLOATING_ADVISERS = 4
PAID_TOTAL = 18_894
ABROAD_PAID = 225
NATIONAL_ACTIVITIES = {
    "verenigde_producties": 16_839,
    "verenigde_opleidingen": 1_070,
    "interimpaleis": 1_011,
}
# the fictitious issuer of each entity, frozen into the demo quotes' snapshots
DEMO_ISSUERS = {e: demo_identity(e, i).to_json() for i, e in enumerate(NATIONAL_ACTIVITIES)}
NATIONAL_CLIENTS = 28_757
NATIONAL_CONTRACTS = 172_349
NATIONAL_ACCIDENTS = 28
NATIONAL_CLAIMS = 60
NATIONAL_CERTIFICATES = 3_000
NATIONAL_LOANS = 81  # 72 supported + 9 refused

EU = {
    "AT",
    "BE",
    "BG",
    "CY",
    "CZ",
    "DE",
    "DK",
    "EE",
    "ES",
    "FI",
    "FR",
    "GR",
    "HR",
    "HU",
    "IE",
    "IT",
    "LT",
    "LU",
    "LV",
    "MT",
    "NL",
    "PL",
    "PT",
    "RO",
    "SE",
    "SI",
    "SK",
}

#: up to this many demo quotes each gets its history; beyond, only those of the last days
HISTORY_FOR_EVERY_QUOTE_UP_TO = 20_000
HISTORY_DAYS_WHEN_LARGE = 90

#: what a demo quote's history entries keep of the quote and of a line (see _quote_history)
QUOTE_HISTORY_COLUMNS = (
    "id",
    "state",
    "number",
    "issue_date",
    "valid_until",
    "client_id",
    "total_net",
    "total_vat",
    "total_gross",
    "sent_at",
)
LINE_HISTORY_COLUMNS = (
    "id",
    "quote_id",
    "position",
    "description",
    "category",
    "quantity",
    "unit",
    "unit_price",
    "net_amount",
)

# Deleting demo rows: children before parents.
DEMO_TABLES = [
    IssuerIdentity,
    QuoteLine,
    Quote,
    LoanInstalment,
    LoanApplication,
    AccidentHealth,
    AccidentDeclaration,
    InsuranceClaim,
    CertificateRequest,
    Contract,
    Attachment,
    Client,
    ActivityMember,
    Activity,
    Member,
    User,
]
FTS = {"members": "member_fts", "activities": "activity_fts", "clients": "client_fts"}


def _split(total: int, weights: dict[str, float]) -> dict[str, int]:
    """Largest-remainder apportionment: the parts add up to `total` exactly."""
    whole = sum(weights.values())
    raw = {k: total * w / whole for k, w in weights.items()}
    parts = {k: int(v) for k, v in raw.items()}
    for k in sorted(raw, key=lambda k: raw[k] - parts[k], reverse=True)[
        : total - sum(parts.values())
    ]:
        parts[k] += 1
    return parts


def _ascii(text_: str) -> str:
    folded = unicodedata.normalize("NFKD", text_).encode("ascii", "ignore").decode()
    return "".join(c for c in folded.lower() if c.isalnum() or c in ".-")


def _money(value: float) -> Decimal:
    return Decimal(str(round(value, 2))).quantize(CENT)


@dataclass(frozen=True)
class _Act:
    id: str
    office: str
    sector: str
    entity: str
    lang: str
    name: str
    holder: str  # the holder's name, as the quote shows it


@dataclass
class _Person:
    id: str
    office: str
    lang: str
    first: str
    last: str


class _Demo:
    def __init__(
        self,
        conn: Connection,
        scale: Scale,
        seed: int,
        today: date,
        progress: Progress,
        cancelled: Callable[[], bool],
    ):
        self.conn = conn
        self.scale = scale
        self.rng = random.Random(seed)
        self.today = today
        self.progress = progress
        self.cancelled = cancelled
        self.done = 0
        self.total = 1
        self.counts: dict[str, int] = defaultdict(int)
        rows = conn.execute(select(Office.code, Office.id, Office.region)).all()
        self.office_id = {code: oid for code, oid, _ in rows}
        self.region = {code: region for code, _, region in rows}
        self.office_id_code = {oid: code for code, oid, _ in rows}

    # --- helpers ----------------------------------------------------------------------

    def uid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def at(self, day: date) -> datetime:
        seconds = self.rng.randrange(8 * 3600, 19 * 3600)
        return datetime.combine(day, time(seconds // 3600, seconds // 60 % 60, seconds % 60), UTC)

    def stamps(self, office: str, day: date) -> dict:
        moment = self.at(min(day, self.today))
        return {
            "office_id": self.office_id[office],
            "row_version": 0,
            "created_at": moment,
            "updated_at": moment,
            "updated_by": DEMO_ACTOR,
        }

    def days_ago(self, low: int, high: int) -> date:
        return self.today - timedelta(days=self.rng.randint(low, high))

    def scaled(self, national: int, minimum: int = 1) -> int:
        return max(minimum, round(national * self.scale.factor))

    def write(self, model, rows: Iterable[dict], stage: str) -> None:
        batch: list[dict] = []
        for row in rows:
            batch.append(row)
            if len(batch) >= CHUNK:
                self._flush(model, batch, stage)
                batch = []
        if batch:
            self._flush(model, batch, stage)

    def _flush(self, model, batch: list[dict], stage: str) -> None:
        if self.cancelled():
            raise DemoCancelled()
        self.conn.execute(insert(model.__table__), batch)
        self.counts[model.__tablename__] += len(batch)
        self.done += len(batch)
        self.progress(min(self.done, self.total), self.total, stage)

    # --- plan ---------------------------------------------------------------------------

    def plan(self) -> None:
        s = self.scale
        self.n_members = s.members
        self.n_abroad = round(ABROAD_PAID * s.members / 32_249)
        self.n_working = round(PAID_TOTAL / 32_249 * s.members)
        self.n_entities = {e: max(1, round(n * s.factor)) for e, n in NATIONAL_ACTIVITIES.items()}
        self.n_activities = min(sum(self.n_entities.values()), self.n_working)
        self.n_clients = max(self.n_activities, round(NATIONAL_CLIENTS * s.factor))
        self.n_contracts = self.scaled(NATIONAL_CONTRACTS)
        self.n_accidents = self.scaled(NATIONAL_ACCIDENTS, 3)
        self.n_claims = self.scaled(NATIONAL_CLAIMS, 3)
        self.n_certificates = self.scaled(NATIONAL_CERTIFICATES, 10)
        self.n_loans = self.scaled(NATIONAL_LOANS, 5)
        self.line_counts = self.rng.choices([1, 2, 3, 4, 5], [30, 25, 20, 15, 10], k=s.quotes)
        self.total = (
            self.n_members
            + self.n_activities * 1.1
            + self.n_clients
            + s.quotes
            + sum(self.line_counts)
            + self.n_contracts
            + self.n_certificates
            + self.n_loans * 20
            + 100
        )
        self.total = int(self.total)

    # --- users ----------------------------------------------------------------------------

    def users(self) -> None:
        taken = set(self.conn.scalars(select(User.login)))
        pin_hash, salt = hash_pin(DEMO_PIN, f"{self.rng.getrandbits(128):032x}")
        self.advisers: dict[str, list[str]] = defaultdict(list)
        rows = []

        def add(login, role, office, lang, user_id=None):
            if login in taken:
                login = f"demo.{login}"
            first = self.rng.choice(FIRST_NAMES[lang][self.rng.choice("mf")])
            last = self.rng.choice(LAST_NAMES[lang])
            user_id = user_id or self.uid()
            rows.append(
                {
                    "id": user_id,
                    "login": login,
                    "display_name": f"{first} {last}",
                    "role": role,
                    "language": lang,
                    "pin_hash": pin_hash,
                    "pin_salt": salt,
                    "active": True,
                    **self.stamps(office, self.today - timedelta(days=400)),
                }
            )
            return user_id

        for code, count in OFFICE_ADVISERS.items():
            lang = self._office_language(code)
            for n in range(1, max(1, round(count * self.scale.factor)) + 1):
                self.advisers[code].append(
                    add(f"adviser.{code.lower()}.{n}", "adviser", code, lang)
                )
        for n in range(1, max(1, round(FLOATING_ADVISERS * self.scale.factor)) + 1):
            self.advisers["BXL"].append(add(f"adviser.flex.{n}", "adviser", "BXL", "fr"))
        self.teamadmin = add("teamadmin", "teamadmin", "BXL", "fr")
        self.reviewer = add("reviewer", "loan_reviewer", "BXL", "nl")
        add("admin", "admin", "BXL", "nl", DEMO_ACTOR)
        self.write(User, rows, "users")

    def _text_language(self, code: str) -> str:
        """The language of an office's own texts (a loan's explanation): Dutch in
        Flanders, French in Wallonia and in Brussels, where most advisers work in it."""
        return "nl" if self.region[code] == "flanders" else "fr"

    def _office_language(self, code: str) -> str:
        region = self.region[code]
        if region == "flanders":
            return "nl" if self.rng.random() < 0.98 else "en"
        if region == "wallonia":
            return "fr" if self.rng.random() < 0.98 else "en"
        return self.rng.choices(["fr", "nl", "en"], [75, 17, 8])[0]

    # --- members --------------------------------------------------------------------------

    def birth_date(self) -> date:
        band = self.rng.choices([(15, 25), (26, 45), (46, 84)], [11.5, 66.3, 22.2])[0]
        low, high = band
        age = low + int((high - low + 1) * self.rng.random() ** (1.6 if low == 46 else 1))
        return self.today - timedelta(days=age * 365 + self.rng.randrange(365))

    def members(self) -> None:
        rng = self.rng
        from app.services.members.members import next_member_number

        start = next_member_number(self.conn)  # the one place member numbers come from
        per_office = _split(self.n_members - self.n_abroad, OFFICE_PAID)
        homes = [(code, None) for code, n in per_office.items() for _ in range(n)]
        abroad = _split(
            self.n_abroad,
            {"FR": 55, "NL": 10, "LU": 12, "DE": 6, "ES": 5, "IT": 5, "PT": 3, "CH": 4},
        )
        near = {"FR": ["TOU", "MON", "BXL", "LLN"], "NL": ["ANT", "GNT"], "LU": ["NAM", "LGE"]}
        homes += [
            (rng.choice(near.get(c, ["BXL"])), c) for c, n in abroad.items() for _ in range(n)
        ]
        rng.shuffle(homes)
        self.people: list[_Person] = []
        seen_insz: set[str] = set()

        def rows():
            for i, (office, country) in enumerate(homes):
                male = rng.random() < 0.47
                if country:
                    lang = ABROAD[country][0]
                    postcode, city, street = rng.choice(ABROAD[country][1])
                else:
                    lang = self._office_language(office)
                    postcode, city_nl, city_fr = rng.choice(TOWNS[office])
                    region = self.region[office]
                    use_nl = region == "flanders" or (region == "brussels" and lang == "nl")
                    city = city_nl if use_nl else city_fr
                    street = rng.choice(STREETS["nl" if use_nl else "fr"])
                first = rng.choice(FIRST_NAMES[lang]["m" if male else "f"])
                last = rng.choice(LAST_NAMES[lang])
                born = self.birth_date()
                while True:
                    insz = ids.insz(rng, born, male, bis=bool(country) or rng.random() < 0.04)
                    if insz not in seen_insz:
                        seen_insz.add(insz)
                        break
                number = start + i
                since_low = min(self.today.year - born.year - 15, 27) * 365
                member_since = self.today - timedelta(
                    days=int(since_low * rng.random() ** 1.8) + rng.randrange(30)
                )
                home = f"{street} {rng.randint(1, 180)}"
                if rng.random() < 0.2:
                    home += f" {'bus' if lang == 'nl' else 'bte'} {rng.randint(1, 12)}"
                person = _Person(self.uid(), office, lang, first, last)
                self.people.append(person)
                yield {
                    "id": person.id,
                    "member_number": number,
                    "first_name": first,
                    "last_name": last,
                    "insz": insz,
                    "birth_date": born,
                    "street": home,
                    "postcode": postcode,
                    "city": city,
                    "country": country or "BE",
                    "email": f"{_ascii(first)}.{_ascii(last)}{number % 1000}@"
                    f"{rng.choice(EMAIL_DOMAINS)}",
                    "phone": f"+32 4{rng.randint(60, 99)} {rng.randint(10, 99)} "
                    f"{rng.randint(10, 99)} {rng.randint(10, 99)}",
                    "iban": ids.be_account(rng),
                    "language": lang,
                    "shares": 1 if rng.random() < 0.9 else rng.randint(2, 10),
                    "member_since": member_since,
                    **self.stamps(office, member_since),
                }

        self.write(Member, rows(), "members")

    # --- activities -----------------------------------------------------------------------

    def activities(self) -> None:
        rng = self.rng
        working = self.people[: self.n_working]
        by_office: dict[str, list[_Person]] = defaultdict(list)
        for p in working:
            by_office[p.office].append(p)
        entities = [e for e, n in self.n_entities.items() for _ in range(n)]
        rng.shuffle(entities)
        entities = entities[: self.n_activities]
        sectors, weights = list(SECTORS), list(SECTORS.values())
        self.acts: list[_Act] = []
        self.act_members: list[tuple[str, str, str, str]] = []  # member, activity, office, ent
        links = []

        def rows():
            for i, entity in enumerate(entities):
                holder = working[i]
                if entity == "verenigde_opleidingen":
                    sector = "training_teaching" if rng.random() < 0.8 else "wellbeing_health"
                elif entity == "interimpaleis":
                    sector = rng.choice(
                        ["image_sound_stage", "artistic_support", "other", "costume_makeup_set"]
                    )
                else:
                    sector = rng.choices(sectors, weights)[0]
                tool = (
                    "contract" if entity == "interimpaleis" or rng.random() < 0.45 else "activity"
                )
                status = rng.choices(
                    ["active", "onboarding", "suspended", "closed"], [82, 6, 4, 8]
                )[0]
                started = (
                    self.days_ago(20, 3650) if status != "onboarding" else self.days_ago(0, 60)
                )
                template = rng.choice(ACTIVITY_NAMES[sector][holder.lang])
                name = template.format(first=holder.first, last=holder.last)
                words = SECTOR_WORDS[sector][LANGUAGES.index(holder.lang)]
                done = status != "onboarding"
                act_id = self.uid()
                self.acts.append(
                    _Act(
                        act_id,
                        holder.office,
                        sector,
                        entity,
                        holder.lang,
                        name[:160],
                        f"{holder.first} {holder.last}",
                    )
                )
                team = [holder]
                if rng.random() < 0.08:
                    pool = by_office[holder.office]
                    team += [
                        p
                        for p in rng.sample(pool, min(len(pool), rng.randint(1, 2)))
                        if p is not holder
                    ]
                for k, person in enumerate(team):
                    self.act_members.append((person.id, act_id, holder.office, entity))
                    links.append(
                        {
                            "id": self.uid(),
                            "activity_id": act_id,
                            "member_id": person.id,
                            "role": "holder" if k == 0 else "member",
                            **self.stamps(holder.office, started),
                        }
                    )
                yield {
                    "id": act_id,
                    "name": name[:160],
                    "description": words.capitalize(),
                    "sector": sector,
                    "entity": entity,
                    "tool": tool,
                    "status": status,
                    "adviser_id": rng.choice(self.advisers[holder.office]),
                    "onboarding": _demo_onboarding(entity, sector, done, act_id),
                    "started_on": started,
                    **self.stamps(holder.office, started),
                }

        self.write(Activity, rows(), "activities")
        self.write(ActivityMember, links, "activities")

    # --- clients --------------------------------------------------------------------------

    def clients(self) -> None:
        rng = self.rng
        n = self.n_clients
        owners = list(range(len(self.acts))) + [
            rng.randrange(len(self.acts)) for _ in range(n - len(self.acts))
        ]
        rng.shuffle(owners)
        abroad = ["FR", "NL", "LU", "DE", "IT", "ES", "PT", "AT", "CH", "GB", "US"]
        abroad_w = [55, 10, 8, 7, 3, 3, 1, 1, 5, 4, 3]
        # (the client's row, the index of its Activity)
        self.client_info: list[tuple[dict, int]] = []

        def rows():
            for owner in owners:
                act = self.acts[owner]
                country = "BE" if rng.random() < 0.86 else rng.choices(abroad, abroad_w)[0]
                kind = self._client_kind(country)
                row = self._client_row(kind, country, act.office, act.lang)
                row["activity_id"] = act.id
                self.client_info.append((row, owner))
                yield row

        self.write(Client, rows(), "clients")

    def _client_kind(self, country: str) -> str:
        kinds = ["business", "private", "public_body", "eu_institution", "international_org"]
        if country == "BE":
            weights = [52, 28, 15, 3, 2]
        elif country in ids.EU_VAT_GENERATORS:
            weights = [62, 28, 10, 0, 0]
        elif country in EU:
            weights = [0, 75, 25, 0, 0]
        else:
            weights = [55, 30, 0, 0, 15]
        return self.rng.choices(kinds, weights)[0]

    def _client_row(self, kind: str, country: str, office: str, act_lang: str) -> dict:
        rng = self.rng
        vat, enterprise, check, checked_at = "", "", "unchecked", None
        if country == "BE":
            lang = act_lang if act_lang != "en" else "fr"
            postcode, city_nl, city_fr = rng.choice(TOWNS[office])
            city = city_nl if lang == "nl" else city_fr
            street = f"{rng.choice(STREETS[lang])} {rng.randint(1, 250)}"
        else:
            lang, places = ABROAD[country]
            postcode, city, street_name = rng.choice(places)
            street = f"{street_name} {rng.randint(1, 120)}"
        last = rng.choice(LAST_NAMES[lang])
        if kind == "private":
            name = f"{rng.choice(FIRST_NAMES[lang][rng.choice('mf')])} {last}"
        elif kind == "business":
            suffix = {
                "BE": ["BV", "NV", "VZW"] if lang == "nl" else ["SRL", "SA", "ASBL"],
                "FR": ["SARL", "SAS"],
                "NL": ["B.V."],
                "DE": ["GmbH"],
                "LU": ["S.à r.l."],
                "IT": ["S.r.l."],
                "CH": ["SA", "GmbH"],
                "GB": ["Ltd"],
                "US": ["Inc."],
            }[country]
            word = rng.choice(
                [
                    "Studio",
                    "Events",
                    "Productions",
                    "Media",
                    "Concept",
                    "Group",
                    "Communication",
                    "Design",
                    "Culture",
                    "Bureau",
                ]
            )
            name = f"{last} {word} {rng.choice(suffix)}"
            if country == "BE":
                enterprise = ids.enterprise_number(rng)
                if not name.endswith(("VZW", "ASBL")) or rng.random() < 0.5:
                    vat = "BE" + enterprise
            else:
                vat = ids.eu_vat_number(rng, country) if country in EU else ""
        elif kind == "public_body":
            name = rng.choice(
                {
                    "nl": ["Gemeente {c}", "Cultuurcentrum {c}", "OCMW {c}", "Bibliotheek {c}"],
                    "fr": [
                        "Commune de {c}",
                        "Centre culturel de {c}",
                        "CPAS de {c}",
                        "Bibliothèque de {c}",
                    ],
                    "en": ["City of {c}", "{c} Public Library"],
                }[lang]
            ).format(c=city)
            if country == "BE":
                enterprise = ids.enterprise_number(rng)
        elif kind == "eu_institution":
            name = rng.choice(
                [
                    "European Commission – DG EAC",
                    "European Parliament",
                    "Council of the European Union",
                    "European Committee of the Regions",
                    "European Economic and Social Committee",
                    "European Education and Culture Executive Agency",
                ]
            )
            street, postcode, city = "Rue de la Loi 200", "1049", "Bruxelles"
            lang = "en"
        else:
            name = rng.choice(
                [
                    "NATO",
                    "Eurocontrol",
                    "World Customs Organization",
                    "Benelux Union",
                    "Embassy of Canada",
                    "UNICEF",
                    "International Labour Organization",
                ]
            )
            lang = "en" if country != "CH" else "fr"
        if vat and rng.random() < 0.8:
            check, checked_at = "valid", self.at(self.days_ago(0, 300))
        moment = self.at(self.days_ago(30, 900))
        return {
            "id": self.uid(),
            "kind": kind,
            "name": name[:160],
            "country": country,
            "vat_number": vat,
            "vat_check": check,
            "vat_checked_at": checked_at,
            "enterprise_number": enterprise,
            "language": lang,
            "street": street,
            "postcode": postcode,
            "city": city,
            "email": f"info@{_ascii(last)}.{rng.choice(EMAIL_DOMAINS)}",
            "office_id": self.office_id[office],
            "row_version": 0,
            "created_at": moment,
            "updated_at": moment,
            "updated_by": DEMO_ACTOR,
        }

    # --- quotes ---------------------------------------------------------------------------
    #
    # Each line goes through the quote slice's own rules: the VAT check of the engine on
    # the facts an adviser answered, the adviser's decisions (a line under review settled
    # with a reason before sending, an override flagged), the BR-CO-17 totals, and for a
    # sent quote its number, payment reference and frozen snapshot. The engine answers the
    # same facts the same way, so its answers are kept per decision key.

    def issuer_identities(self) -> None:
        """A clearly fictitious issuer identity per entity (valid check digits), unless
        the central administrator already set a real one."""
        present = set(self.conn.scalars(select(IssuerIdentity.entity)))
        rows = []
        for entity in NATIONAL_ACTIVITIES:
            if entity in present:
                continue
            rows.append({**self.stamps("BXL", self.today), **DEMO_ISSUERS[entity]})
        self.write(IssuerIdentity, rows, "quotes")

    def quotes(self) -> None:
        rng = self.rng
        n = self.scale.quotes
        popularity = [rng.paretovariate(1.6) for _ in self.client_info]
        picks = rng.choices(range(len(self.client_info)), weights=popularity, k=n)
        plans = []
        for i, pick in enumerate(picks):
            issue = self.days_ago(0, 364)
            plans.append((issue, pick, self._quote_moves(issue), i))
        # numbers per office and year, in date order, continuing any number already there
        last: dict[str, int] = defaultdict(int)
        for number in self.conn.scalars(select(Quote.number).where(Quote.number.is_not(None))):
            sequence = sequence_of(number)
            if sequence is not None:
                prefix = number.rpartition("-")[0] + "-"
                last[prefix] = max(last[prefix], sequence)
        plans.sort()
        self.quote_sequences: list[int | None] = []
        for issue, pick, moves, _ in plans:
            if "send" not in moves:
                self.quote_sequences.append(None)
                continue
            prefix = number_prefix(self._client_act(pick).office, issue.year)
            last[prefix] += 1
            self.quote_sequences.append(last[prefix])
        self._plans = plans
        self._answers: dict[tuple, dict] = {}
        self._records: dict[tuple, dict] = {}
        # every quote's history, but at national scale only the last months' quotes (the
        # ones an adviser still opens): the whole year's would add about half again to
        # the run's processor time (office scale, every quote: 4.4 s -> 6.5 s)
        history_since = (
            self.today - timedelta(days=HISTORY_DAYS_WHEN_LARGE)
            if n > HISTORY_FOR_EVERY_QUOTE_UP_TO
            else date.min
        )
        for start in range(0, n, CHUNK // 3):
            part = range(start, min(n, start + CHUNK // 3))
            quotes, lines, history = [], [], []
            for k in part:
                q, ls = self._quote(k)
                quotes.append(q)
                lines += ls
                if self._plans[k][0] >= history_since:
                    history += self._quote_history(q, ls, self._plans[k][2])
            self._flush(Quote, quotes, "quotes")
            self._flush(QuoteLine, lines, "quotes")
            if history:
                self._flush(AuditEntry, history, "quotes")

    def _client_act(self, pick: int) -> _Act:
        return self.acts[self.client_info[pick][1]]

    def _quote_moves(self, issue: date) -> tuple[str, ...]:
        """The moves a quote went through (quote_states.py), by its age."""
        if (self.today - issue).days < 30:
            return self.rng.choices(
                [
                    (),
                    ("send",),
                    ("send", "accept"),
                    ("send", "refuse"),
                    ("send", "cancel"),
                    ("cancel",),
                ],
                [25, 45, 22, 5, 2, 1],
            )[0]
        return self.rng.choices(
            [
                (),
                ("send", "accept"),
                ("send", "refuse"),
                ("send", "expire"),
                ("send", "cancel"),
                ("cancel",),
            ],
            [4, 64, 12, 15, 3, 2],
        )[0]

    def _quote(self, k: int) -> tuple[dict, list[dict]]:
        rng = self.rng
        issue, pick, moves, original = self._plans[k]
        client, _owner = self.client_info[pick]
        act = self._client_act(pick)
        state = "draft"
        for move in moves:
            state = next_state(move, state)
        sent = "send" in moves
        lang = client["language"]
        quote_id = self.uid()
        created = self.at(issue)
        cats, cat_w = zip(*SECTOR_CATEGORIES[act.sector], strict=True)
        stamps = {
            "office_id": self.office_id[act.office],
            "row_version": 0,
            "created_at": created,
            "updated_at": created,
            "updated_by": DEMO_ACTOR,
        }
        lines = []
        for position in range(1, self.line_counts[original] + 1):
            category = rng.choices(cats, cat_w)[0]
            unit, low, high, nl, fr, en = LINE_KINDS[category]
            qty = rng.randint(low, high)
            target = math.exp(rng.gauss(math.log(360) - 0.32, 0.8))
            facts = self._facts(category, client)
            line = {
                "id": self.uid(),
                "quote_id": quote_id,
                "position": position,
                "description": {"nl": nl, "fr": fr}.get(lang, en),
                "nature": rulebook().categories[category][0],
                "category": category,
                "quantity": Decimal(qty),
                "unit": unit,
                "unit_price": max(Decimal("5.00"), _money(target / qty)),
                "discount_pct": Decimal(rng.choice((5, 10))) if rng.random() < 0.03 else ZERO,
                "vat_facts": facts,
                **self._vat(issue, lang, category, client, facts, sent),
                **stamps,
            }
            lines.append(line)
        totals = totals_of(lines)
        for line, total in zip(lines, totals.lines, strict=True):
            line["net_amount"] = total.net
        sent_at = created + timedelta(minutes=rng.randint(5, 600)) if moves else None
        quote = {
            "id": quote_id,
            "number": None,
            "sequence": self.quote_sequences[k],
            "payment_reference": "",
            "activity_id": act.id,
            "client_id": client["id"],
            "state": state,
            "issue_date": issue,
            "valid_until": issue + timedelta(days=DEFAULT_VALIDITY_DAYS),
            "language": lang,
            "total_net": totals.net,
            "total_vat": totals.vat,
            "total_gross": totals.gross,
            "sent_at": sent_at if sent else None,
            "snapshot": None,
            "notes": "",
            **stamps,
        }
        if sent:
            sequence = quote["sequence"]
            quote["number"] = quote_number(act.office, issue.year, sequence)
            quote["payment_reference"] = structured_communication(act.office, issue.year, sequence)
            header = {
                **quote,
                "entity": act.entity,
                "issuer": DEMO_ISSUERS.get(act.entity, {}),
                "activity_name": act.name,
                "member_name": act.holder,
            }
            quote["snapshot"] = quote_snapshot(header, client, lines, totals).to_json()
        if sent_at:
            quote["updated_at"] = sent_at
        return quote, lines

    def _quote_history(self, quote: dict, lines: list[dict], moves: tuple[str, ...]) -> list:
        """The audit entries the quote service writes for what the quote went through, so
        its History tab reads as a real quote's: created, each line added, sent, then
        accepted, refused, cancelled or expired, by an adviser of its office, at the
        quote's own times. Each entry's before/after holds the columns that tell the
        step (not the whole row: a sent quote's frozen copy would double the database);
        the running totals the service records after each line (hidden in the tab) are
        left out."""
        office = self.office_id_code[quote["office_id"]]
        advisers = self.advisers[office] or self.advisers["BXL"]
        user = advisers[int(quote["id"][:8], 16) % len(advisers)]
        created = quote["created_at"]
        now = datetime.combine(self.today, time(19), UTC)

        def entry(at, action, entity, row_id, before, after) -> dict:
            return {
                # derived, not drawn: the rest of the demo stays as the seed makes it
                "id": str(uuid.uuid5(uuid.NAMESPACE_OID, f"{row_id}:{action}")),
                "at": min(at, now),
                "user_id": user,
                "office_id": quote["office_id"],
                "action": action,
                "entity": entity,
                "entity_id": row_id,
                "before": before,
                "after": after,
            }

        def quote_state(**changes) -> dict:
            state = {key: jsonable(quote[key]) for key in QUOTE_HISTORY_COLUMNS}
            return {**state, **changes}

        draft = quote_state(state="draft", number=None, sent_at=None, total_net="0.00")
        entries = [entry(created, "quote.create", "quotes", quote["id"], None, draft)]
        for line in lines:
            after = {key: jsonable(line[key]) for key in LINE_HISTORY_COLUMNS}
            at = created + timedelta(minutes=line["position"])
            entries.append(entry(at, "quote.line_add", "quote_lines", line["id"], None, after))
        state, before = "draft", quote_state(state="draft", number=None, sent_at=None)
        at = quote["sent_at"] or created + timedelta(minutes=len(lines) + 2)
        for move in moves:
            state = next_state(move, state)
            if move == "send":
                at = quote["sent_at"]
                after = quote_state(state=state)
            else:
                wait = (
                    DEFAULT_VALIDITY_DAYS + 1
                    if move == "expire"
                    else 1 + int(quote["id"][9:13], 16) % 20
                )
                at = at + timedelta(days=wait, minutes=int(quote["id"][14:18], 16) % 480)
                after = {**before, "state": state}
            entries.append(entry(at, f"quote.{move}", "quotes", quote["id"], before, after))
            before = after
        return entries

    def _facts(self, category: str, client: dict) -> dict:
        """An adviser's answers to the questions the editor asks for this line; a year,
        a share or a place is sometimes not known yet."""
        rng = self.rng
        facts: dict = {}
        kind, country = client["kind"], client["country"]
        for question in questions_for(category, kind):
            if question in FACT_YES:
                yes = FACT_YES[question]
                if question == "is_organiser" and kind == "private":
                    yes = 0.1
                facts[question] = rng.random() < yes
            elif rng.random() >= FACT_KNOWN[question]:
                continue  # left open: the VAT check will ask for review
            elif question == "exemption_document":
                if kind in ("eu_institution", "international_org"):
                    document = "eu_order_form" if kind == "eu_institution" else "e_certificate"
                    facts[question] = document
            elif question == "dwelling_first_occupied_year":
                facts[question] = rng.randint(1930, self.today.year - 3)
            elif question == "non_plant_share":
                facts[question] = rng.choice((0.05, 0.1, 0.2, 0.35, 0.5))
            else:  # place_of_performance, goods_destination
                facts[question] = country if rng.random() < 0.9 else "BE"
        return facts

    def _vat(
        self, issue: date, lang: str, category: str, client: dict, facts: dict, sent: bool
    ) -> dict:
        """The line's VAT columns: the engine's answer, then the adviser's decision where
        there is one (every line under review of a sent quote; a few overrides)."""
        standing = vat_client(
            client["kind"], client["country"], client["vat_number"], client["vat_check"], facts
        )
        line = VatLine(
            date=issue,
            nature=rulebook().categories[category][0],
            category=category,
            client=VatClient(**standing),
            facts=LineFacts(**vat_line_facts(facts)),
            lang=lang,
        )
        key = decision_key(line)
        results = self._answers.get(key)
        if results is None:
            results = self._answers[key] = check_line_in_every_language(line)
        record = self._records.get((key, lang))
        if record is None:
            record = self._records[key, lang] = vat_answer_record(results, lang)
        result = results[lang]
        columns = {**engine_columns(result), "vat_answer": record}
        if result.review:
            if sent:  # the adviser confirmed the proposal (or the provisional rate)
                reason = self.rng.choice(REVIEW_REASONS[lang])
                columns.update(
                    decision_columns(
                        True, record, result.treatment, result.rate, result.legal_basis, reason
                    )
                )
        elif self.rng.random() < OVERRIDE_SHARE:
            columns.update(self._override(issue, lang, category, result, record))
        return columns

    def _override(self, issue: date, lang: str, category: str, result, record: dict) -> dict:
        book = rulebook()
        for categories, (table, key), reasons in OVERRIDES:
            if categories is not None and category not in categories:
                continue
            if table == "outcome":
                treatment, rate = book.outcomes[key].treatment, None
                basis = book.outcomes[key].legal_basis
            else:
                row = book.rate_on(key, issue)
                treatment, rate, basis = "taxable", row.rate, row.legal_basis
            if (treatment, rate) == (result.treatment, result.rate):
                continue
            reason = reasons[lang]
            problems = decision_problems(treatment, rate, basis, reason)
            if problems:
                raise ValueError(f"demo override {key}: {problems}")
            return decision_columns(False, record, treatment, rate, basis, reason)
        return {}

    # --- contracts and TeamAdmin work -------------------------------------------------------

    def contracts(self) -> None:
        rng = self.rng
        self.contract_info: list[tuple[str, str, str, str, date, date]] = []

        def rows():
            for _ in range(self.n_contracts):
                member_id, act_id, office, entity = rng.choice(self.act_members)
                if entity == "interimpaleis":
                    kind = "temp"
                elif entity == "verenigde_opleidingen":
                    kind = "employee" if rng.random() < 0.85 else "artistic"
                else:
                    kind = rng.choices(["artistic", "employee", "student"], [55, 38, 7])[0]
                start = self.days_ago(0, 364)
                end = start + timedelta(days=rng.choices([0, 1, 2, 4, 9], [50, 20, 12, 12, 6])[0])
                cid = self.uid()
                self.contract_info.append((cid, member_id, act_id, office, start, end))
                yield {
                    "id": cid,
                    "member_id": member_id,
                    "activity_id": act_id,
                    "contract_type": kind,
                    "start_date": start,
                    "end_date": end,
                    "gross_wage": _money(math.exp(rng.gauss(math.log(370) - 0.18, 0.6))),
                    **self.stamps(office, start),
                }

        self.write(Contract, rows(), "contracts")

    def admin_work(self) -> None:
        self._declarations()
        self._claims()
        self.write(CertificateRequest, self._certificate_requests(), "certificates")
        self.loans()

    # --- TeamAdmin requests (issue 11): due dates from the kinds' own rules ---------------

    REQUEST_WEIGHTS = {
        "sickness_fund_incapacity": 25,
        "sickness_fund_resumption": 8,
        "c4": 25,
        "part_time_allowance": 8,
        "a1_posting": 8,
        "employment_attest": 18,
        "art_worker_attest": 4,
        "peddler_authorisation": 1,
        "other": 3,
    }
    A1_COUNTRIES = {"FR": 55, "NL": 12, "DE": 10, "LU": 8, "CH": 5, "ES": 5, "IT": 5}

    def _request_inputs(self, kind: str, asked: date) -> dict:
        rng = self.rng

        def day(offset: int) -> str:
            return (asked + timedelta(days=offset)).isoformat()

        if kind == "sickness_fund_incapacity":
            return {"incapacity_start": day(-rng.randint(0, 20))}
        if kind == "sickness_fund_resumption":
            return {
                "incapacity_start": day(-rng.randint(6, 30)),
                "resumption_date": day(-rng.randint(0, 3)),
            }
        if kind == "c4":
            end = rng.randint(-3, 20)
            return {
                "contract_start": day(end - rng.randint(5, 200)),
                "contract_end": day(end),
                "end_reason": rng.choices(
                    ["end_of_contract", "resignation", "dismissal", "certificate_of_work"],
                    [80, 8, 4, 8],
                )[0],
                "joint_committee": "",
                "art_worker_gross_wage": "",
            }
        if kind == "part_time_allowance":
            return {"part_time_start": day(-rng.randint(0, 50)), "fraction": "1/2"}
        if kind == "a1_posting":
            start = rng.randint(5, 60)
            length = rng.randint(760, 800) if rng.random() < 0.02 else rng.randint(1, 200)
            country = rng.choices(list(self.A1_COUNTRIES), list(self.A1_COUNTRIES.values()))[0]
            return {
                "host_country": country,
                "client_name": rng.choice(
                    [
                        "Festival d'Avignon",
                        "Théâtre de la Ville",
                        "Stadsschouwburg",
                        "Kampnagel",
                        "Rockhal",
                        "Teatro Real",
                    ]
                ),
                "client_address": "",
                "place_of_work": "",
                "start_date": day(start),
                "end_date": day(start + length),
                "replaces_posted_worker": "no",
                "dimona_id": "",
                "activity_description": "Tournee / tournée",
            }
        if kind == "employment_attest":
            return {
                "period_start": date(asked.year - 1, 1, 1).isoformat(),
                "period_end": day(-1),
                "purpose": rng.choice(["Huurcontract", "Bail", "Crèche", "Lening"]),
            }
        if kind == "art_worker_attest":
            return {
                "attest_type": rng.choice(["ordinary", "plus", "starter"]),
                "valid_from": "",
                "valid_until": "",
            }
        if kind == "peddler_authorisation":
            return {
                "region": rng.choice(["brussels", "wallonia"]),
                "home_sales": "yes",
                "food": "no",
            }
        return {"description": "Attest voor de kinderbijslag", "wanted_by": day(rng.randint(3, 20))}

    def _certificate_requests(self) -> Iterable[dict]:
        from app.domain.teamadmin.due_dates import due_date
        from app.domain.teamadmin.request_types import request_type

        rng = self.rng
        names = dict(self.conn.execute(select(User.id, User.display_name)).all())
        team_name = names.get(self.teamadmin, "TeamAdmin")
        kinds, weights = list(self.REQUEST_WEIGHTS), list(self.REQUEST_WEIGHTS.values())
        today = self.today
        for n in range(self.n_certificates):
            person = rng.choice(self.people)
            kind = rng.choices(kinds, weights)[0]
            asked = self.days_ago(0, 364)
            if n < 3:  # what the queue's picture needs: overdue, due today, waiting
                kind, asked = (
                    ("other", "c4", "employment_attest")[n],
                    today - timedelta(days=(2, 5, 1)[n]),
                )
            inputs = self._request_inputs(kind, asked)
            if n == 0:
                inputs["wanted_by"] = today.isoformat()
            if n == 1:
                inputs["contract_end"] = (today - timedelta(days=3)).isoformat()
            due = due_date(request_type(kind, asked), inputs, asked)
            if n < 3:
                state = ("requested", "in_progress", "waiting_for_info")[n]
            elif due < today - timedelta(days=3):
                state = rng.choices(["done", "in_progress", "waiting_for_info"], [94, 4, 2])[0]
            else:
                state = rng.choices(
                    ["requested", "in_progress", "waiting_for_info", "answered", "done"],
                    [35, 25, 15, 5, 20],
                )[0]
            advisers = self.advisers.get(person.office) or self.advisers["BXL"]
            adviser = rng.choice(advisers)
            moment = self.at(asked)
            history = [
                {
                    "move": "request",
                    "state": "requested",
                    "by": adviser,
                    "by_name": names.get(adviser, ""),
                    "at": moment.isoformat(),
                    "text": "",
                }
            ]

            def stamp(
                move, moved_state, said="", by=self.teamadmin, days=1, history=history, at=moment
            ):
                history.append(
                    {
                        "move": move,
                        "state": moved_state,
                        "by": by,
                        "by_name": names.get(by, team_name),
                        "at": (at + timedelta(days=days)).isoformat(),
                        "text": said,
                    }
                )

            question = answer = reference = ""
            if state != "requested":
                stamp("claim", "in_progress", days=0.2)
            if state in ("waiting_for_info", "answered") or (
                state == "done" and rng.random() < 0.15
            ):
                question = rng.choice(
                    [
                        "Welk adres moet op het attest?",
                        "Quelle est la date exacte de fin ?",
                        "Graag het Dimona-nummer.",
                        "Merci de préciser la période.",
                    ]
                )
                stamp("ask", "waiting_for_info", question, days=0.4)
                if state != "waiting_for_info":
                    answer = "OK, zie dossier / voir dossier."
                    stamp("answer", "answered", answer, by=adviser, days=0.8)
            closed = None
            if state == "done":
                reference = f"{kind[:3].upper()}-{asked.year}-{n + 1:06d}"
                stamp("reference", "in_progress" if not answer else "answered", reference)
                closed = moment + timedelta(days=rng.randint(1, 4))
                stamp("close", "done", days=(closed - moment).days)
            yield {
                "id": self.uid(),
                "member_id": person.id,
                "kind": kind,
                "state": state,
                "requested_on": asked,
                "due_on": due,
                "handled_by": None if state == "requested" else self.teamadmin,
                "notes": "",
                "inputs": inputs,
                "requested_by": adviser,
                "requested_by_name": names.get(adviser, ""),
                "question": question,
                "answer": answer,
                "history": history,
                "document_id": None,
                "external_reference": reference,
                "closed_at": closed,
                **self.stamps(person.office, asked),
            }

    # accident declarations and claims (issue #10): cover, deadline and triage from the
    # declarations domain, as the window computes them
    ACCIDENT_TEXT = {
        "workplace": "Val van een ladder tijdens de opbouw van het decor.",
        "commute": "Fietsongeval op weg naar de repetitie.",
        "prosthesis": "Bril gebroken bij het verplaatsen van een projector.",
    }

    def _declarations(self) -> None:
        rng = self.rng
        entity_of = {act: entity for _m, act, _o, entity in self.act_members}
        contracts: dict[str, list[ContractFact]] = defaultdict(list)
        for cid, member_id, act_id, _office, start, end in self.contract_info:
            entity = entity_of.get(act_id, "")
            kind = "temp" if entity == "interimpaleis" else "artistic"
            contracts[member_id].append(ContractFact(cid, start, end, kind, entity))
        uncovered = [p for p in self.people if p.id not in contracts] or self.people
        accidents, health, sequences = [], [], defaultdict(int)
        # at least the five shown on purpose below, and a few settled ones
        for n in range(max(self.n_accidents, 9)):
            cid, member_id, act_id, office, start, end = rng.choice(self.contract_info)
            day = start + timedelta(days=rng.randint(0, (end - start).days))
            kind = rng.choices(["workplace", "commute", "prosthesis"], [70, 25, 5])[0]
            abroad = rng.random() < 0.04
            if rng.random() < 0.1:  # a day without a contract, some weeks after the last
                day = min(self.today, end + timedelta(days=rng.randint(3, 60)))
            codes = ("", "", rng.choice(["", "", "030", "011"]))
            fatal = False
            # the first ones are there to be seen: open, with days left, late, serious,
            # not covered
            if n < 4:
                day = self.today - timedelta(days=(2, 5, 10, 1)[n])
                picks = [c for c in self.contract_info if c[4] <= day <= c[5]]
                cid, member_id, act_id, office, start, end = rng.choice(picks or self.contract_info)
                kind, abroad = "workplace", False
                if n == 1:  # a serious accident: a fall from height, a fracture
                    codes = ("51", "", "021")
            if n == 4:  # a member who never had a contract: not covered
                person = rng.choice(uncovered)
                member_id, act_id, office = person.id, None, person.office
                day, kind, abroad = self.today - timedelta(days=3), "workplace", False
            incapacity = rng.choice([None, 0, 2, 3, 5, 14, 30]) if n != 1 else 45
            data = AccidentInput(
                member_id=member_id,
                occurred_at=self.at(day),
                accident_type=kind,
                place=rng.choice(TOWNS[office])[2],
                mission_abroad=abroad,
                description=self.ACCIDENT_TEXT[kind],
                deviation_code=codes[0],
                health=HealthInput(injury_code=codes[2], fatal=fatal, incapacity_days=incapacity),
            )
            assessment = assess_accident(data, contracts.get(member_id, []), self.today)
            deadline = assessment.deadline.deadline
            if n < 5:
                state = "draft"
            elif deadline >= self.today and rng.random() < 0.5:
                state = "draft"
            else:
                state = rng.choices(["submitted", "filed", "closed"], [15, 30, 55])[0]
            if n in (5, 6):  # every database shows TeamAdmin some declarations to file
                state = "submitted"
            adviser = rng.choice(self.advisers.get(office) or self.advisers["BXL"])
            number = None
            filed = None
            if state != "draft":
                sequences[(office, day.year)] += 1
                number = declaration_number(
                    "accident", office, day.year, sequences[(office, day.year)]
                )
            if state in ("filed", "closed"):
                filed = data.occurred_at + timedelta(days=rng.randint(1, 7))
            row_id = self.uid()
            coverage = assessment.coverage
            accidents.append(
                {
                    "id": row_id,
                    "member_id": member_id,
                    "activity_id": act_id,
                    "contract_id": coverage.contract_id,
                    "kind": coverage.cover,
                    "cover_reasons": {
                        **coverage.reasons,
                        "interim": coverage.interim,
                        "client_obligations": list(coverage.client_obligations),
                    },
                    "accident_type": kind,
                    "mission_abroad": abroad,
                    "occurred_at": data.occurred_at,
                    "place": data.place,
                    "description": data.description,
                    "deviation_code": data.deviation_code,
                    "serious": assessment.triage.serious,
                    "very_serious": assessment.triage.very_serious,
                    "tasks": [
                        {"key": t.key, "due": t.due.isoformat(), "assignee": t.assignee}
                        for t in assessment.triage.tasks
                    ],
                    "state": state,
                    "number": number,
                    "deadline": deadline,
                    "filed_at": filed,
                    "insurer_reference": f"ETH-{day.year}-{n + 1:05d}" if filed else "",
                    "outcome": "Aanvaard als arbeidsongeval." if state == "closed" else "",
                    "declared_by": adviser,
                    "language": "fr" if self._office_language(office) == "fr" else "nl",
                    "history": [
                        {
                            "move": "file",
                            "state": "draft",
                            "by": adviser,
                            "at": data.occurred_at.isoformat(),
                        }
                    ],
                    **self.stamps(office, day),
                }
            )
            health.append(
                {
                    "id": self.uid(),
                    "declaration_id": row_id,
                    "declared_by": adviser,
                    "injury_nature": {"021": "breuk", "030": "verstuiking"}.get(codes[2], ""),
                    "body_part": rng.choice(["pols", "enkel", "rug", "hand", ""]),
                    "injury_code": codes[2],
                    "incapacity_days": incapacity,
                    "back_at_work": incapacity is not None and incapacity < 4,
                    **self.stamps(office, day),
                }
            )
        self.write(AccidentDeclaration, accidents, "declarations")
        self.write(AccidentHealth, health, "declarations")

    #: what happened, in the claim's language
    CLAIM_TEXT = {
        "civil_liability": {
            "nl": "Schade aan de vloer van de zaal bij een voorstelling.",
            "fr": "Dégâts au sol de la salle pendant une représentation.",
        },
        "own_equipment": {
            "nl": "Camera gevallen tijdens een opname, lens gebroken.",
            "fr": "Caméra tombée pendant un tournage, objectif cassé.",
        },
        "drone": {
            "nl": "Drone verloor het signaal en viel op een geparkeerde wagen.",
            "fr": "Le drone a perdu le signal et est tombé sur une voiture garée.",
        },
        "it_data_loss": {
            "nl": "Laptop defect, gegevens van een opdracht verloren.",
            "fr": "Ordinateur portable en panne, données d'une mission perdues.",
        },
        "theft": {
            "nl": "Camera gestolen uit de wagen.",
            "fr": "Caméra volée dans la voiture.",
        },
    }
    #: the third party of a liability claim, in the claim's language
    CLAIM_VENUE = {"nl": "Zaal De Vonk vzw", "fr": "Salle L'Étincelle asbl"}

    def _claims(self) -> None:
        rng = self.rng
        claims, sequences = [], defaultdict(int)
        for n in range(max(self.n_claims, 6)):
            member_id, act_id, office, _entity = rng.choice(self.act_members)
            kind = rng.choices(list(self.CLAIM_TEXT), [30, 30, 10, 15, 15])[0]
            day = self.days_ago(0, 364) if n >= 3 else self.today - timedelta(days=(1, 4, 9)[n])
            discovery = min(self.today, day + timedelta(days=rng.choice([0, 0, 1, 3])))
            data = ClaimInput(
                member_id=member_id,
                kind=kind,
                occurred_at=self.at(day),
                discovery_date=discovery,
                place=rng.choice(TOWNS[office])[2],
                description=self.CLAIM_TEXT[kind]["nl"],  # the deadline does not read it
                police_report_no=f"PV-{day.year}-{rng.randint(1000, 99999)}"
                if kind == "theft"
                else "",
                damage_estimate=_money(math.exp(rng.gauss(math.log(1200), 0.8))),
            )
            answer = claim_deadline(data, discovery, max(self.today, discovery))
            state = (
                "draft"
                if n < 3 or (answer.deadline >= self.today and rng.random() < 0.5)
                else rng.choices(["submitted", "filed", "closed"], [20, 30, 50])[0]
            )
            if n == 3:  # and a claim to file with the insurer
                state = "submitted"
            number = None
            if state != "draft":
                sequences[(office, day.year)] += 1
                number = declaration_number(
                    "claim", office, day.year, sequences[(office, day.year)]
                )
            parties = (
                [
                    {
                        "name": "",
                        "address": rng.choice(TOWNS[office])[2],
                        "insurer": "Ethias",
                        "policy_number": f"P-{rng.randint(10000, 99999)}",
                    }
                ]
                if kind in ("civil_liability", "drone")
                else []
            )
            claim_id = self.uid()  # the draws of before, in their order: same seed, same data
            declared_by = rng.choice(self.advisers.get(office) or self.advisers["BXL"])
            language = "fr" if self._office_language(office) == "fr" else "nl"
            for party in parties:
                party["name"] = self.CLAIM_VENUE[language]
            claims.append(
                {
                    "id": claim_id,
                    "member_id": member_id,
                    "activity_id": act_id,
                    "kind": kind,
                    "occurred_on": day,
                    "occurred_at": data.occurred_at,
                    "discovery_date": discovery,
                    "place": data.place,
                    "description": self.CLAIM_TEXT[kind][language],
                    "police_report_no": data.police_report_no,
                    "third_parties": parties,
                    "amount_claimed": data.damage_estimate,
                    "deadline": answer.deadline,
                    "state": state,
                    "number": number,
                    "declared_by": declared_by,
                    "language": language,
                    **self.stamps(office, day),
                }
            )
        self.write(InsuranceClaim, claims, "declarations")

    def loans(self) -> None:
        """≈ 80 applications a year nationally at the 2021 report's split by purpose
        (equipment 65 %, liquidity 21 %, expense-note advances 12 %, training 2 %; 9 of
        81 refused), each checked and scheduled by the domain's own rules."""
        rng = self.rng
        rules = loan_rules_on(self.today)
        purposes = {  # weight, mean amount (the report's average: EUR 4,671), terms
            "professional_equipment": (65, 5_600, (12, 18, 24, 36)),
            "liquidity": (21, 4_000, (6, 12, 18, 24)),
            "expense_note_advance": (12, 2_000, (3, 4, 6)),
            "training": (2, 2_000, (6, 12)),
        }
        names = list(purposes)
        loans, instalments = [], []
        sequences: dict[tuple[str, int], int] = defaultdict(int)
        planned = []
        for _ in range(self.n_loans):
            member_id, act_id, office, _entity = rng.choice(self.act_members)
            purpose = rng.choices(names, [purposes[n][0] for n in names])[0]
            mean = purposes[purpose][1]
            amount = math.exp(rng.gauss(math.log(mean) - 0.245, 0.7))
            amount = Decimal(min(25_000, max(300, round(amount / 50) * 50))).quantize(CENT)
            months = min(rng.choice(purposes[purpose][2]), rules.purposes[purpose].max_months)
            planned.append(
                (self.days_ago(5, 364), member_id, act_id, office, purpose, amount, months)
            )
        for applied, member_id, act_id, office, purpose, amount, months in sorted(planned):
            state = rng.choices(["approved", "refused", "submitted", "draft"], [72, 9, 8, 4])[0]
            if applied > self.today - timedelta(days=20) and state in ("approved", "refused"):
                state = "submitted"
            decided = (
                self.at(applied + timedelta(days=rng.randint(3, 15)))
                if state in ("approved", "refused")
                else None
            )
            sequences[(office, applied.year)] += 1
            reference, ogm = loan_reference(office, applied.year, sequences[(office, applied.year)])
            first_due = (decided.date() if decided else applied) + timedelta(days=30)
            first_due = first_due.replace(day=min(first_due.day, 28))
            verdict = assess_loan(amount, months, purpose, first_due, on=self.today, rules=rules)
            loan_id = self.uid()
            lang = self._text_language(office)
            loans.append(
                {
                    "id": loan_id,
                    "activity_id": act_id,
                    "member_id": member_id,
                    "amount": amount,
                    "purpose": purpose,
                    "months": months,
                    "state": state,
                    "prepared_by": rng.choice(self.advisers[office]),
                    "decided_by": self.reviewer if decided else None,
                    "decided_at": decided,
                    "decision_reason": "" if state != "refused" else DEMO_LOAN_REFUSAL[lang],
                    "reference": reference,
                    "ogm": ogm,
                    "first_due": first_due,
                    "items": [{"description": purpose.replace("_", " "), "price": f"{amount:.2f}"}],
                    "evidence": {},
                    "explanation": DEMO_LOAN_EXPLANATIONS[purpose][lang],
                    "assessment": "" if state == "draft" else DEMO_LOAN_ASSESSMENT[lang],
                    "review": None,
                    "submitted_at": None if state == "draft" else self.at(applied),
                    "approved_amount": amount if state == "approved" else None,
                    "approved_months": months if state == "approved" else None,
                    **self.stamps(office, applied),
                }
            )
            if state == "approved" and verdict.acceptable:
                instalments += self._schedule(loan_id, office, verdict.instalments, decided.date())
        self.write(LoanApplication, loans, "loans")
        self.write(LoanInstalment, instalments, "loans")

    def _schedule(self, loan_id: str, office: str, rows, decided: date) -> list[dict]:
        """The domain's schedule (app/domain/loans/schedule.py), paid as members pay: most
        instalments on time, a few late or in part, so some loans are in arrears."""
        out = []
        behind = self.rng.random() < 0.12  # this member has fallen behind
        for row in rows:
            paid, paid_on = ZERO, None
            if row.due <= self.today:
                if not behind or self.today - row.due > timedelta(days=120):
                    paid, paid_on = row.amount, row.due + timedelta(days=self.rng.randint(0, 6))
                elif self.rng.random() < 0.3:
                    paid = (row.amount / 2).quantize(CENT)
                    paid_on = row.due + timedelta(days=self.rng.randint(0, 10))
            paid_on = min(paid_on, self.today) if paid_on else None
            out.append(
                {
                    "id": self.uid(),
                    "loan_id": loan_id,
                    "number": row.number,
                    "due_on": row.due,
                    "amount": row.amount,
                    "paid_amount": paid,
                    "paid_on": paid_on if paid == row.amount else None,
                    "last_paid_on": paid_on,
                    **self.stamps(office, decided),
                }
            )
        return out

    # --- the whole run ----------------------------------------------------------------------

    def run(self) -> None:
        self.plan()
        self.users()
        self.members()
        self.activities()
        self.clients()
        self.issuer_identities()
        self.quotes()
        self.contracts()
        self.admin_work()


def delete_demo_rows(conn: Connection, cancelled: Callable[[], bool] = lambda: False) -> int:
    """Remove every row a previous demo run wrote (marked by `DEMO_ACTOR`)."""
    removed = 0
    # the demo quotes' history goes with them (their lines' and their own entries)
    quotes = Quote.__table__.c
    lines = QuoteLine.__table__.c
    audit = AuditEntry.__table__.c
    demo_quotes = select(quotes.id).where(quotes.updated_by == DEMO_ACTOR)
    demo_lines = select(lines.id).where(lines.quote_id.in_(demo_quotes))
    removed += conn.execute(
        delete(AuditEntry.__table__).where(
            ((audit.entity == "quotes") & audit.entity_id.in_(demo_quotes))
            | ((audit.entity == "quote_lines") & audit.entity_id.in_(demo_lines))
        )
    ).rowcount
    for model in DEMO_TABLES:
        if cancelled():
            raise DemoCancelled()
        removed += conn.execute(
            delete(model.__table__).where(model.__table__.c.updated_by == DEMO_ACTOR)
        ).rowcount
    return removed


def generate(
    db: Database,
    scale: str | Scale = "small",
    seed: int = 0,
    replace: bool = False,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    today: date | None = None,
) -> dict[str, int]:
    """Fill the database with sample data; returns the rows written per table.

    Raises DemoRefused when members exist and `replace` is false, DemoCancelled when
    `cancelled()` turned true; in both cases nothing is written.
    """
    scale = SCALES[scale] if isinstance(scale, str) else scale
    progress = progress or (lambda done, total, stage: None)
    cancelled = cancelled or (lambda: False)
    today = today or date.today()
    with db.transaction() as session:
        conn = session.connection()
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:  # room for the index pages of the big tables, for this run only
            cache_size = conn.exec_driver_sql("PRAGMA cache_size").scalar()
            conn.exec_driver_sql("PRAGMA cache_size=-131072")
        try:
            return _generate(session, conn, scale, seed, replace, progress, cancelled, today)
        finally:
            if sqlite:
                with suppress(Exception):  # never hide why the run stopped
                    conn.exec_driver_sql(f"PRAGMA cache_size={int(cache_size)}")


def _generate(session, conn, scale, seed, replace, progress, cancelled, today) -> dict[str, int]:
    """The run itself, inside the caller's transaction."""
    members = session.scalar(select(func.count()).select_from(Member)) or 0
    removed = 0
    if members:
        if not replace:
            raise DemoRefused(members)
        progress(0, 1, "deleting")
        removed = delete_demo_rows(conn, cancelled)
    demo = _Demo(conn, scale, seed, today, progress, cancelled)
    demo.run()
    counts = dict(sorted(demo.counts.items()))
    record_event(
        session,
        None,
        None,
        "demo_data",
        "demo",
        {"scale": scale.name, "seed": seed, "replaced_rows": removed, "counts": counts},
    )
    progress(demo.total, demo.total, "done")
    return counts
