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


class LocalState(Base):
    """Key/value facts about this device's copy (device id, sync cursor, last sync)."""

    __tablename__ = "local_state"
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


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
    # planned delivery / completion: the lines' default tax point (migration 0010)
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
    the central administrator, synced to every device (migration 0010)."""

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


class InsuranceClaim(SyncColumns, Base):
    __tablename__ = "insurance_claims"
    member_id: Mapped[str] = mapped_column(UUID, ForeignKey("members.id"), index=True)
    activity_id: Mapped[str | None] = mapped_column(UUID, ForeignKey("activities.id"))
    kind: Mapped[str] = mapped_column(String(20))  # civil_liability, equipment, it
    occurred_on: Mapped[date] = mapped_column(Date)
    description: Mapped[str] = mapped_column(Text, default="")
    amount_claimed: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    state: Mapped[str] = mapped_column(String(12), default="draft")


class CertificateRequest(SyncColumns, Base):
    __tablename__ = "certificate_requests"
    member_id: Mapped[str] = mapped_column(UUID, ForeignKey("members.id"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    state: Mapped[str] = mapped_column(String(12), default="requested")
    requested_on: Mapped[date] = mapped_column(Date)
    due_on: Mapped[date] = mapped_column(Date)
    handled_by: Mapped[str | None] = mapped_column(UUID, ForeignKey("users.id"), nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_certificate_requests_state_due", "state", "due_on"),)


class LoanApplication(SyncColumns, Base):
    __tablename__ = "loan_applications"
    activity_id: Mapped[str] = mapped_column(UUID, ForeignKey("activities.id"), index=True)
    member_id: Mapped[str] = mapped_column(UUID, ForeignKey("members.id"), index=True)
    amount: Mapped[Decimal] = mapped_column(Money)
    purpose: Mapped[str] = mapped_column(String(20))  # equipment, liquidity, expense_advance...
    months: Mapped[int] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(12), default="draft")
    prepared_by: Mapped[str | None] = mapped_column(UUID, ForeignKey("users.id"), nullable=True)
    decided_by: Mapped[str | None] = mapped_column(UUID, ForeignKey("users.id"), nullable=True)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    decision_reason: Mapped[str] = mapped_column(Text, default="")


class LoanInstalment(SyncColumns, Base):
    __tablename__ = "loan_instalments"
    loan_id: Mapped[str] = mapped_column(UUID, ForeignKey("loan_applications.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    due_on: Mapped[date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(Money)
    paid_on: Mapped[date | None] = mapped_column(Date, nullable=True)


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
