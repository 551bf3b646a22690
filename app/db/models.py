"""The nouns of DESIGN.md §3 as SQLAlchemy 2.0 models.

Every synced table carries the sync columns (`SyncColumns`): a device-made UUID, the
owning office, the central row version, who/when, and a tombstone instead of a delete.
Migrations in `app/db/migrations` create these tables; the models never create them.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from app.db.types import DecimalText, Money, TextUuid, UTCDateTime, new_id, utcnow

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

UUID = TextUuid()


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Stamped:
    """id and the who/when columns every row has."""

    id: Mapped[str] = mapped_column(UUID, primary_key=True, default=new_id)
    row_version: Mapped[int] = mapped_column(Integer, default=0, nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(
        UTCDateTime, default=utcnow, onupdate=utcnow, nullable=False
    )
    updated_by: Mapped[str | None] = mapped_column(UUID, nullable=True)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class SyncColumns(Stamped):
    """Stamped, plus the office that owns the row (the unit of sync scope)."""

    @declared_attr
    def office_id(cls) -> Mapped[str]:  # noqa: N805
        return mapped_column(UUID, ForeignKey("offices.id"), nullable=False, index=True)


# --- organisation ----------------------------------------------------------------------


class Office(Stamped, Base):
    __tablename__ = "offices"
    code: Mapped[str] = mapped_column(String(8), unique=True)
    name_nl: Mapped[str] = mapped_column(String(80))
    name_fr: Mapped[str] = mapped_column(String(80))
    name_en: Mapped[str] = mapped_column(String(80))
    region: Mapped[str] = mapped_column(String(20))

    def name(self, lang: str) -> str:
        return {"nl": self.name_nl, "fr": self.name_fr}.get(lang, self.name_en)


class User(SyncColumns, Base):
    __tablename__ = "users"
    login: Mapped[str] = mapped_column(String(60), unique=True)
    display_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(20))  # adviser, teamadmin, loan_reviewer, admin
    language: Mapped[str] = mapped_column(String(2), default="nl")
    pin_hash: Mapped[str] = mapped_column(String(128))
    pin_salt: Mapped[str] = mapped_column(String(64))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Device(Stamped, Base):
    __tablename__ = "devices"
    name: Mapped[str] = mapped_column(String(120))
    office_id: Mapped[str | None] = mapped_column(UUID, ForeignKey("offices.id"), nullable=True)
    schema_revision: Mapped[str] = mapped_column(String(40))
    # the numbering series the central database gave this device (migration 0010)
    number_series: Mapped[int | None] = mapped_column(Integer, nullable=True, unique=True)


class LocalState(Base):
    """Key/value facts about this device's copy (device id, sync cursor, last sync)."""

    __tablename__ = "local_state"
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class NumberCounter(Base):
    """The last number this device gave in one series, per kind of number and scope
    (`app.services.numbering`). Device-only: never synced."""

    __tablename__ = "number_counters"
    kind: Mapped[str] = mapped_column(String(30), primary_key=True)
    scope: Mapped[str] = mapped_column(String(40), primary_key=True)
    series: Mapped[int] = mapped_column(Integer, primary_key=True)
    last: Mapped[int] = mapped_column(Integer)


# --- members and their work ----------------------------------------------------------------


class Member(SyncColumns, Base):
    __tablename__ = "members"
    member_number: Mapped[int] = mapped_column(Integer, unique=True)
    first_name: Mapped[str] = mapped_column(String(80))
    last_name: Mapped[str] = mapped_column(String(80))
    insz: Mapped[str] = mapped_column(String(11), index=True)
    birth_date: Mapped[date] = mapped_column(Date)
    street: Mapped[str] = mapped_column(String(120), default="")
    postcode: Mapped[str] = mapped_column(String(10), default="")
    city: Mapped[str] = mapped_column(String(80), default="")
    country: Mapped[str] = mapped_column(String(2), default="BE")
    email: Mapped[str] = mapped_column(String(120), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    iban: Mapped[str] = mapped_column(String(34), default="")
    language: Mapped[str] = mapped_column(String(2), default="nl")
    shares: Mapped[int] = mapped_column(Integer, default=1)
    member_since: Mapped[date] = mapped_column(Date)

    __table_args__ = (
        # covering the lists' default order for live rows (migration 0002)
        Index(
            "ix_members_live_name",
            "last_name",
            "first_name",
            "id",
            sqlite_where=text("deleted_at IS NULL"),
            postgresql_where=text("deleted_at IS NULL"),
        ),
        Index(
            "ix_members_live_office_name",
            "office_id",
            "last_name",
            "first_name",
            "id",
            sqlite_where=text("deleted_at IS NULL"),
            postgresql_where=text("deleted_at IS NULL"),
        ),
    )


class Activity(SyncColumns, Base):
    __tablename__ = "activities"
    name: Mapped[str] = mapped_column(String(160))
    description: Mapped[str] = mapped_column(Text, default="")
    sector: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(40))  # verenigde_producties, ...
    tool: Mapped[str] = mapped_column(String(20))  # activity | contract
    status: Mapped[str] = mapped_column(String(20), default="onboarding")
    adviser_id: Mapped[str | None] = mapped_column(UUID, ForeignKey("users.id"), nullable=True)
    onboarding: Mapped[dict] = mapped_column(JSON, default=dict)
    started_on: Mapped[date] = mapped_column(Date)

    __table_args__ = (Index("ix_activities_office_name", "office_id", "name"),)


class ActivityMember(SyncColumns, Base):
    __tablename__ = "activity_members"
    activity_id: Mapped[str] = mapped_column(UUID, ForeignKey("activities.id"), index=True)
    member_id: Mapped[str] = mapped_column(UUID, ForeignKey("members.id"), index=True)
    role: Mapped[str] = mapped_column(String(20), default="holder")  # holder | member


class Client(SyncColumns, Base):
    __tablename__ = "clients"
    activity_id: Mapped[str | None] = mapped_column(
        UUID, ForeignKey("activities.id"), nullable=True, index=True
    )
    kind: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(160))
    country: Mapped[str] = mapped_column(String(2))
    vat_number: Mapped[str] = mapped_column(String(20), default="")
    vat_check: Mapped[str] = mapped_column(String(12), default="unchecked")
    vat_checked_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    enterprise_number: Mapped[str] = mapped_column(String(12), default="")
    language: Mapped[str] = mapped_column(String(2), default="nl")
    street: Mapped[str] = mapped_column(String(120), default="")
    postcode: Mapped[str] = mapped_column(String(10), default="")
    city: Mapped[str] = mapped_column(String(80), default="")
    email: Mapped[str] = mapped_column(String(120), default="")

    __table_args__ = (Index("ix_clients_office_name", "office_id", "name"),)


class Quote(SyncColumns, Base):
    __tablename__ = "quotes"
    number: Mapped[str | None] = mapped_column(String(20), nullable=True, unique=True)
    activity_id: Mapped[str] = mapped_column(UUID, ForeignKey("activities.id"), index=True)
    client_id: Mapped[str] = mapped_column(UUID, ForeignKey("clients.id"), index=True)
    state: Mapped[str] = mapped_column(String(12), default="draft")
    issue_date: Mapped[date] = mapped_column(Date)
    valid_until: Mapped[date] = mapped_column(Date)
    # planned delivery / completion: the lines' default tax point (migration 0011)
    delivery_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    language: Mapped[str] = mapped_column(String(2), default="nl")
    total_net: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    total_vat: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    total_gross: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    sequence: Mapped[int | None] = mapped_column(Integer, nullable=True)
    payment_reference: Mapped[str] = mapped_column(String(24), default="")
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    snapshot: Mapped[dict | None] = mapped_column(JSON, nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")

    # covering the list's orders for live rows (migration 0003)
    __table_args__ = tuple(
        Index(
            name,
            *columns,
            sqlite_where=text("deleted_at IS NULL"),
            postgresql_where=text("deleted_at IS NULL"),
        )
        for name, columns in (
            ("ix_quotes_live_date", ("issue_date", "number", "id")),
            ("ix_quotes_live_office_date", ("office_id", "issue_date", "number", "id")),
            ("ix_quotes_live_state_date", ("state", "issue_date", "number", "id")),
            (
                "ix_quotes_live_office_state_date",
                ("office_id", "state", "issue_date", "number", "id"),
            ),
            ("ix_quotes_live_office_number", ("office_id", "number", "id")),
        )
    )


class QuoteLine(SyncColumns, Base):
    __tablename__ = "quote_lines"
    quote_id: Mapped[str] = mapped_column(UUID, ForeignKey("quotes.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(Text)
    nature: Mapped[str] = mapped_column(String(10), default="service")
    category: Mapped[str] = mapped_column(String(40))
    quantity: Mapped[Decimal] = mapped_column(DecimalText)
    unit: Mapped[str] = mapped_column(String(20), default="unit")
    unit_price: Mapped[Decimal] = mapped_column(DecimalText)  # exact: 0.125 (BT-146)
    supply_date: Mapped[date | None] = mapped_column(Date, nullable=True)  # None: the quote's
    discount_pct: Mapped[Decimal] = mapped_column(DecimalText, default=Decimal("0"))
    net_amount: Mapped[Decimal] = mapped_column(Money)
    vat_facts: Mapped[dict] = mapped_column(JSON, default=dict)
    vat_treatment: Mapped[str] = mapped_column(String(20))
    vat_rate: Mapped[str | None] = mapped_column(String(4), nullable=True)
    vat_legal_basis: Mapped[str] = mapped_column(String(120), default="")
    vat_review: Mapped[bool] = mapped_column(Boolean, default=False)
    vat_override_reason: Mapped[str] = mapped_column(Text, default="")
    vat_overridden: Mapped[bool] = mapped_column(Boolean, default=False)
    vat_answer: Mapped[dict | None] = mapped_column(JSON, nullable=True)


class IssuerIdentity(SyncColumns, Base):
    """The issuer on every business document, per entity (vat-facts.md §11.16): set by
    the central administrator, synced to every device (migration 0011)."""

    __tablename__ = "issuer_identities"
    entity: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(160), default="")
    legal_form: Mapped[str] = mapped_column(String(80), default="")
    registered_seat: Mapped[str] = mapped_column(String(240), default="")
    enterprise_number: Mapped[str] = mapped_column(String(20), default="")
    rpr_court: Mapped[str] = mapped_column(String(80), default="")  # "RPR/RPM" + court's seat
    vat_number: Mapped[str] = mapped_column(String(20), default="")
    iban: Mapped[str] = mapped_column(String(40), default="")
    bic: Mapped[str] = mapped_column(String(11), default="")


class Contract(SyncColumns, Base):
    __tablename__ = "contracts"
    member_id: Mapped[str] = mapped_column(UUID, ForeignKey("members.id"), index=True)
    activity_id: Mapped[str] = mapped_column(UUID, ForeignKey("activities.id"), index=True)
    contract_type: Mapped[str] = mapped_column(String(12))  # artistic, employee, student, temp
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    gross_wage: Mapped[Decimal] = mapped_column(Money)


class AccidentDeclaration(SyncColumns, Base):
    __tablename__ = "accident_declarations"
    member_id: Mapped[str] = mapped_column(UUID, ForeignKey("members.id"), index=True)
    activity_id: Mapped[str | None] = mapped_column(UUID, ForeignKey("activities.id"))
    contract_id: Mapped[str | None] = mapped_column(UUID, ForeignKey("contracts.id"))
    kind: Mapped[str] = mapped_column(String(20))  # work, commute, private_life, mission
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime)
    place: Mapped[str] = mapped_column(String(160), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    state: Mapped[str] = mapped_column(String(12), default="draft")
    deadline: Mapped[date] = mapped_column(Date)
    filed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    insurer_reference: Mapped[str] = mapped_column(String(40), default="")
    # declarations (issue #10): `kind` is the cover (work, commute, private_life,
    # mission, not_covered); `accident_type` the model form's type of accident
    number: Mapped[str | None] = mapped_column(String(24), nullable=True)
    accident_type: Mapped[str] = mapped_column(String(12), default="workplace")
    declared_by: Mapped[str | None] = mapped_column(UUID, nullable=True)
    cover_reasons: Mapped[dict] = mapped_column(JSON, default=dict)
    mission_abroad: Mapped[bool] = mapped_column(Boolean, default=False)
    client_company: Mapped[str] = mapped_column(String(160), default="")
    country: Mapped[str] = mapped_column(String(2), default="BE")
    public_road: Mapped[bool] = mapped_column(Boolean, default=False)
    traffic_accident: Mapped[bool] = mapped_column(Boolean, default=False)
    route_start: Mapped[str] = mapped_column(String(160), default="")
    route_end: Mapped[str] = mapped_column(String(160), default="")
    detour: Mapped[str] = mapped_column(Text, default="")
    witnesses: Mapped[str] = mapped_column(Text, default="")
    first_aid: Mapped[str] = mapped_column(Text, default="")
    first_aider: Mapped[str] = mapped_column(String(120), default="")
    intervention_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    aggravation_notice_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    deviation_code: Mapped[str] = mapped_column(String(4), default="")
    material_agent: Mapped[str] = mapped_column(String(8), default="")
    serious: Mapped[bool] = mapped_column(Boolean, default=False)
    very_serious: Mapped[bool] = mapped_column(Boolean, default=False)
    tasks: Mapped[list] = mapped_column(JSON, default=list)
    insurer: Mapped[str] = mapped_column(String(80), default="")
    policy_number: Mapped[str] = mapped_column(String(40), default="")
    language: Mapped[str] = mapped_column(String(2), default="nl")
    question: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(Text, default="")
    history: Mapped[list] = mapped_column(JSON, default=list)


class AccidentHealth(SyncColumns, Base):
    """The health data of an accident declaration (issue #10 point 9), apart so that the
    central row-level security can give it its own policy: only the adviser who filed
    the declaration, TeamAdmin and admins read it."""

    __tablename__ = "accident_health"
    declaration_id: Mapped[str] = mapped_column(
        UUID, ForeignKey("accident_declarations.id"), index=True
    )
    declared_by: Mapped[str | None] = mapped_column(UUID, nullable=True)
    injury_nature: Mapped[str] = mapped_column(String(160), default="")
    body_part: Mapped[str] = mapped_column(String(120), default="")
    injury_code: Mapped[str] = mapped_column(String(4), default="")
    permanent_injury: Mapped[bool] = mapped_column(Boolean, default=False)
    fatal: Mapped[bool] = mapped_column(Boolean, default=False)
    incapacity_days: Mapped[int | None] = mapped_column(Integer, nullable=True)
    back_at_work: Mapped[bool] = mapped_column(Boolean, default=False)
    medical_care: Mapped[str] = mapped_column(Text, default="")
    certificate_attachment_id: Mapped[str | None] = mapped_column(UUID, nullable=True)


class InsuranceClaim(SyncColumns, Base):
    __tablename__ = "insurance_claims"
    member_id: Mapped[str] = mapped_column(UUID, ForeignKey("members.id"), index=True)
    activity_id: Mapped[str | None] = mapped_column(UUID, ForeignKey("activities.id"))
    # civil_liability, own_equipment, drone, it_data_loss, theft (admin-facts §2)
    kind: Mapped[str] = mapped_column(String(20))
    occurred_on: Mapped[date] = mapped_column(Date)
    description: Mapped[str] = mapped_column(Text, default="")
    amount_claimed: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    state: Mapped[str] = mapped_column(String(12), default="draft")
    number: Mapped[str | None] = mapped_column(String(24), nullable=True)
    declared_by: Mapped[str | None] = mapped_column(UUID, nullable=True)
    occurred_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    discovery_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    place: Mapped[str] = mapped_column(String(160), default="")
    presumed_cause: Mapped[str] = mapped_column(Text, default="")
    third_parties: Mapped[list] = mapped_column(JSON, default=list)
    witnesses: Mapped[str] = mapped_column(Text, default="")
    police_report_no: Mapped[str] = mapped_column(String(40), default="")
    items_lost: Mapped[bool] = mapped_column(Boolean, default=False)
    insurer: Mapped[str] = mapped_column(String(80), default="")
    policy_number: Mapped[str] = mapped_column(String(40), default="")
    policy_delay_days: Mapped[int | None] = mapped_column(Integer, nullable=True)
    deadline: Mapped[date | None] = mapped_column(Date, nullable=True)
    language: Mapped[str] = mapped_column(String(2), default="nl")
    filed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    insurer_reference: Mapped[str] = mapped_column(String(40), default="")
    question: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(Text, default="")
    history: Mapped[list] = mapped_column(JSON, default=list)


class CertificateRequest(SyncColumns, Base):
    __tablename__ = "certificate_requests"
    member_id: Mapped[str] = mapped_column(UUID, ForeignKey("members.id"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    state: Mapped[str] = mapped_column(String(20), default="requested")
    requested_on: Mapped[date] = mapped_column(Date)
    due_on: Mapped[date] = mapped_column(Date)
    handled_by: Mapped[str | None] = mapped_column(UUID, ForeignKey("users.id"), nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    # the TeamAdmin queue (migration 0006): the kind's inputs, who asked, the question
    # and answer, the stamped moves, and what came out (a file or another body's reference)
    inputs: Mapped[dict | None] = mapped_column(JSON, nullable=True)
    facts: Mapped[dict | None] = mapped_column(JSON, nullable=True)
    requested_by: Mapped[str | None] = mapped_column(UUID, nullable=True)
    requested_by_name: Mapped[str] = mapped_column(String(120), default="")
    question: Mapped[str] = mapped_column(Text, default="")
    answer: Mapped[str] = mapped_column(Text, default="")
    history: Mapped[list | None] = mapped_column(JSON, nullable=True)
    document_id: Mapped[str | None] = mapped_column(UUID, nullable=True)
    external_reference: Mapped[str] = mapped_column(String(80), default="")
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    __table_args__ = (
        Index("ix_certificate_requests_state_due", "state", "due_on"),
        *(
            Index(
                name,
                *columns,
                sqlite_where=text("deleted_at IS NULL"),
                postgresql_where=text("deleted_at IS NULL"),
            )
            for name, columns in (
                ("ix_certificate_requests_live_due", ("due_on", "id")),
                ("ix_certificate_requests_live_state_due", ("state", "due_on", "id")),
                ("ix_certificate_requests_live_kind_due", ("kind", "due_on", "id")),
                ("ix_certificate_requests_live_office_due", ("office_id", "due_on", "id")),
                ("ix_certificate_requests_live_handler_due", ("handled_by", "due_on", "id")),
            )
        ),
        Index(
            "ix_certificate_requests_open_due",
            "due_on",
            "id",
            sqlite_where=text("deleted_at IS NULL AND state <> 'done'"),
            postgresql_where=text("deleted_at IS NULL AND state <> 'done'"),
        ),
    )


class LoanApplication(SyncColumns, Base):
    __tablename__ = "loan_applications"
    activity_id: Mapped[str] = mapped_column(UUID, ForeignKey("activities.id"), index=True)
    member_id: Mapped[str] = mapped_column(UUID, ForeignKey("members.id"), index=True)
    amount: Mapped[Decimal] = mapped_column(Money)
    purpose: Mapped[str] = mapped_column(String(30))  # a key of resources/rules/loans.toml
    months: Mapped[int] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(12), default="draft")
    prepared_by: Mapped[str | None] = mapped_column(UUID, ForeignKey("users.id"), nullable=True)
    decided_by: Mapped[str | None] = mapped_column(UUID, ForeignKey("users.id"), nullable=True)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    decision_reason: Mapped[str] = mapped_column(Text, default="")
    # issue 12 (migration 0009)
    reference: Mapped[str | None] = mapped_column(String(24), nullable=True)
    ogm: Mapped[str | None] = mapped_column(String(24), nullable=True)
    first_due: Mapped[date | None] = mapped_column(Date, nullable=True)
    items: Mapped[list | None] = mapped_column(JSON, nullable=True)  # [{description, price}]
    evidence: Mapped[dict | None] = mapped_column(JSON, nullable=True)  # attachment id -> kind
    explanation: Mapped[str] = mapped_column(Text, default="")
    assessment: Mapped[str] = mapped_column(Text, default="")
    review: Mapped[dict | None] = mapped_column(JSON, nullable=True)
    submitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    approved_amount: Mapped[Decimal | None] = mapped_column(Money, nullable=True)
    approved_months: Mapped[int | None] = mapped_column(Integer, nullable=True)

    __table_args__ = (Index("ix_loan_applications_state", "state", "office_id"),)


class LoanInstalment(SyncColumns, Base):
    __tablename__ = "loan_instalments"
    loan_id: Mapped[str] = mapped_column(UUID, ForeignKey("loan_applications.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    due_on: Mapped[date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(Money)
    paid_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    paid_amount: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    last_paid_on: Mapped[date | None] = mapped_column(Date, nullable=True)


class Attachment(SyncColumns, Base):
    __tablename__ = "attachments"
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    filename: Mapped[str] = mapped_column(String(255))
    mime_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    owner_table: Mapped[str] = mapped_column(String(40))
    owner_id: Mapped[str] = mapped_column(UUID, index=True)


class AuditEntry(Base):
    """Append-only: who did what, when, with the row before and after."""

    __tablename__ = "audit_entries"
    id: Mapped[str] = mapped_column(UUID, primary_key=True, default=new_id)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    user_id: Mapped[str | None] = mapped_column(UUID, nullable=True)
    office_id: Mapped[str | None] = mapped_column(UUID, nullable=True, index=True)
    action: Mapped[str] = mapped_column(String(60))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str | None] = mapped_column(UUID, nullable=True, index=True)
    before: Mapped[dict | None] = mapped_column(JSON, nullable=True)
    after: Mapped[dict | None] = mapped_column(JSON, nullable=True)


class OutboxEntry(Base):
    """A local change waiting to be pushed; written in the same transaction as the change."""

    __tablename__ = "outbox"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(UUID)
    operation: Mapped[str] = mapped_column(String(10))  # insert, update, delete
    base_version: Mapped[int] = mapped_column(Integer, default=0)
    payload: Mapped[dict] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    # a pushed change looks up the later changes of its row (migration 0014)
    __table_args__ = (Index("ix_outbox_entity_seq", "entity_id", "seq"),)


SYNCED_TABLES = [
    mapper.class_ for mapper in Base.registry.mappers if issubclass(mapper.class_, SyncColumns)
]


# --- sync (issue 4): the device's own records of what sync could not apply ----------------


class SyncConflict(Base):
    """A change that sync would not merge on its own (DESIGN §4.5): the adviser chooses.

    `base` is the row as this device knew it before its edit, `mine` the device's version,
    `theirs` the central one; `fields` names the fields both sides changed (empty when the
    whole document is at stake, e.g. a quote that left draft).
    """

    __tablename__ = "sync_conflicts"
    id: Mapped[str] = mapped_column(UUID, primary_key=True, default=new_id)
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(UUID, index=True)
    reason: Mapped[str] = mapped_column(String(40))  # same_field | past_draft | exists
    fields: Mapped[list] = mapped_column(JSON, default=list)
    base: Mapped[dict | None] = mapped_column(JSON, nullable=True)
    mine: Mapped[dict] = mapped_column(JSON)
    theirs: Mapped[dict | None] = mapped_column(JSON, nullable=True)
    theirs_version: Mapped[int | None] = mapped_column(Integer, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    resolution: Mapped[str | None] = mapped_column(String(20), nullable=True)
    resolved_by: Mapped[str | None] = mapped_column(UUID, nullable=True)


class SyncRejection(Base):
    """A local change the central database refused (role, office, a taken number): kept
    here with the reason, so nothing written on the device is lost."""

    __tablename__ = "sync_rejections"
    id: Mapped[str] = mapped_column(UUID, primary_key=True, default=new_id)
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(UUID, index=True)
    operation: Mapped[str] = mapped_column(String(10))
    payload: Mapped[dict] = mapped_column(JSON)
    message_key: Mapped[str] = mapped_column(String(60))
    detail: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # dismissed or re-applied by a person, with their reason (migration 0010)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    resolution: Mapped[str | None] = mapped_column(String(20), nullable=True)
    resolution_reason: Mapped[str] = mapped_column(Text, default="")
    resolved_by: Mapped[str | None] = mapped_column(UUID, nullable=True)


class SyncRound(Base):
    """One sync round as this device saw it: the Sync view's timeline (issue 14, point
    8). Device-only; the newest few hundred are kept."""

    __tablename__ = "sync_rounds"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    seconds: Mapped[float] = mapped_column(Float)
    pushed: Mapped[int] = mapped_column(Integer, default=0)
    pulled: Mapped[int] = mapped_column(Integer, default=0)
    uploaded: Mapped[int] = mapped_column(Integer, default=0)
    conflicts: Mapped[int] = mapped_column(Integer, default=0)
    refused: Mapped[int] = mapped_column(Integer, default=0)
    outcome: Mapped[str] = mapped_column(String(20))  # ok | offline | cancelled | failed
    message_key: Mapped[str] = mapped_column(String(60), default="")
