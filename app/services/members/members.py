"""Members and their Activities: search as you type, list rows, detail, contact edits.

Search and sort run in SQL; the window keeps only the ordered ids and asks for the rows
it paints (`member_rows`), so 32,000 members cost no more than the rows on screen.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.db.models import (
    AccidentDeclaration,
    Activity,
    ActivityMember,
    AuditEntry,
    CertificateRequest,
    Client,
    Contract,
    LoanApplication,
    Member,
    Office,
    Quote,
)
from app.db.search import joined_names, members_matching
from app.db.unit_of_work import Changes
from app.domain.contact import email_ok, phone_ok, postcode_ok
from app.domain.identifiers import Insz
from app.domain.languages import LANGUAGES
from app.domain.members.member_fields import EDITABLE_FIELDS, check_member_fields
from app.domain.numbering import MAX_SEQUENCE, MEMBER_SERIES_FACTOR, series_member_number
from app.domain.teamadmin import request_states
from app.services.audit import record_change, snapshot
from app.services.context import ServiceContext
from app.services.errors import FieldProblem, NotFound, ServiceError, ValidationFailed
from app.services.numbering import allocate, device_series
from app.services.permissions import (
    ensure_can_read,
    ensure_can_write_member_data,
    office_filter,
    reads_all_offices,
)
from app.services.results import StrWithChanges, changes_of

SORT_KEYS = {
    "name": (Member.last_name, Member.first_name),
    "number": (Member.member_number,),
    "city": (Member.city, Member.last_name),
    "office": (Office.code, Member.last_name),
    "since": (Member.member_since, Member.last_name),
}


@dataclass(frozen=True)
class MemberRow:
    id: str
    number: int
    first_name: str
    last_name: str
    insz_masked: str
    city: str
    office_code: str
    member_since: date
    activities: str


@dataclass(frozen=True)
class ActivitySummary:
    id: str
    name: str
    sector: str
    entity: str
    tool: str
    status: str
    role: str


@dataclass(frozen=True)
class MemberDetail:
    id: str
    number: int
    first_name: str
    last_name: str
    insz_masked: str
    birth_date: date
    street: str
    postcode: str
    city: str
    country: str
    email: str
    phone: str
    iban: str
    language: str
    shares: int
    member_since: date
    office_code: str
    activities: list[ActivitySummary]
    clients: int
    quotes: int
    contracts: int
    open_declarations: int
    loans: int
    invoiced_total: Decimal


def search_members(
    ctx: ServiceContext,
    typed: str = "",
    sort: str = "name",
    descending: bool = False,
    limit: int | None = None,
) -> list[str]:
    """Ordered ids of the members this user may see that match every typed word.

    A member is found by their own name, number, e-mail, city or INSZ, or by the name of
    one of their Activities.
    """
    columns = SORT_KEYS.get(sort, SORT_KEYS["name"])
    order = [c.desc() if descending else c.asc() for c in columns] + [Member.id]
    query = select(Member.id).where(
        Member.deleted_at.is_(None), office_filter(ctx.user, Member.office_id)
    )
    if sort == "office":
        query = query.join(Office, Office.id == Member.office_id)
    matching = members_matching(ctx.db, typed)
    if matching is not None:
        query = query.where(matching)
    query = query.order_by(*order)
    if limit is not None:
        query = query.limit(limit)
    with ctx.db.engine.connect() as connection:  # plain Core: no ORM work per id
        return list(connection.execute(query).scalars())


def first_members(
    ctx: ServiceContext,
    typed: str = "",
    sort: str = "name",
    descending: bool = False,
    size: int = 100,
) -> tuple[list[str], dict[str, MemberRow]]:
    """The first screenful of a search, ids and rows in one go.

    A one-letter search matches half the members; the window shows these rows at once
    and asks for the complete id list (`search_members`) right after, so a keystroke is
    answered by what is on screen, not by the length of the result.
    """
    ids = search_members(ctx, typed, sort, descending, limit=size)
    return ids, member_rows(ctx, ids)


def member_rows(ctx: ServiceContext, ids: list[str]) -> dict[str, MemberRow]:
    """The rows for a page of ids (those the user may not see are simply absent)."""
    if not ids:
        return {}
    activity_names = (
        select(joined_names(ctx.db, Activity.name, ", "))
        .join(ActivityMember, ActivityMember.activity_id == Activity.id)
        .where(ActivityMember.member_id == Member.id, ActivityMember.deleted_at.is_(None))
        .correlate(Member)
        .scalar_subquery()
    )
    query = (
        select(
            Member.id,
            Member.member_number,
            Member.first_name,
            Member.last_name,
            Member.insz,
            Member.city,
            Office.code,
            Member.member_since,
            activity_names,
        )
        .join(Office, Office.id == Member.office_id)
        .where(Member.id.in_(ids))
    )
    # The office check is made on the fetched rows, not in SQL: with it in the WHERE
    # clause SQLite prefers the office index and scans a whole office per page.
    everyone = reads_all_offices(ctx.user)
    with ctx.db.reading() as session:
        rows = {}
        for row in session.execute(query.add_columns(Member.office_id)):
            if not everyone and row[-1] != ctx.user.office_id:
                continue
            rows[row[0]] = MemberRow(
                id=row[0],
                number=row[1],
                first_name=row[2],
                last_name=row[3],
                insz_masked=Insz(row[4], "nn", None).masked(),
                city=row[5],
                office_code=row[6],
                member_since=row[7],
                activities=row[8] or "",
            )
        return rows


def member_detail(ctx: ServiceContext, member_id: str) -> MemberDetail:
    with ctx.db.reading() as session:
        member = session.get(Member, member_id)
        if member is None or member.deleted_at is not None:
            raise NotFound()
        ensure_can_read(ctx.user, member.office_id)
        office = session.get(Office, member.office_id)
        activities = session.execute(
            select(Activity, ActivityMember.role)
            .join(ActivityMember, ActivityMember.activity_id == Activity.id)
            .where(ActivityMember.member_id == member_id, ActivityMember.deleted_at.is_(None))
            .order_by(Activity.name)
        ).all()
        activity_ids = [a.id for a, _ in activities]

        def count(model, *where) -> int:
            return session.scalar(select(func.count()).select_from(model).where(*where)) or 0

        invoiced = Decimal("0.00")
        quotes = 0
        clients = 0
        if activity_ids:
            quotes = count(Quote, Quote.activity_id.in_(activity_ids), Quote.deleted_at.is_(None))
            clients = count(Client, Client.activity_id.in_(activity_ids))
            for total in session.scalars(
                select(Quote.total_net).where(
                    Quote.activity_id.in_(activity_ids), Quote.state == "accepted"
                )
            ):
                invoiced += total
        return MemberDetail(
            id=member.id,
            number=member.member_number,
            first_name=member.first_name,
            last_name=member.last_name,
            insz_masked=Insz(member.insz, "nn", None).masked(),
            birth_date=member.birth_date,
            street=member.street,
            postcode=member.postcode,
            city=member.city,
            country=member.country,
            email=member.email,
            phone=member.phone,
            iban=member.iban,
            language=member.language,
            shares=member.shares,
            member_since=member.member_since,
            office_code=office.code,
            activities=[
                ActivitySummary(a.id, a.name, a.sector, a.entity, a.tool, a.status, role)
                for a, role in activities
            ],
            clients=clients,
            quotes=quotes,
            contracts=count(Contract, Contract.member_id == member_id),
            open_declarations=count(
                AccidentDeclaration,
                AccidentDeclaration.member_id == member_id,
                AccidentDeclaration.state == "draft",
            )
            + count(
                CertificateRequest,
                CertificateRequest.member_id == member_id,
                CertificateRequest.state.in_(sorted(request_states.OPEN)),
            ),
            loans=count(LoanApplication, LoanApplication.member_id == member_id),
            invoiced_total=invoiced,
        )


CONTACT_FIELDS = ("email", "phone", "street", "postcode", "city", "language")


def update_member_contact(ctx: ServiceContext, member_id: str, **changes: str) -> Changes:
    """Change a member's contact details; checked, audited and queued for sync at once."""
    unknown = set(changes) - set(CONTACT_FIELDS)
    if unknown:
        raise ValidationFailed([FieldProblem(name, "field.unknown") for name in sorted(unknown)])
    with ctx.db.transaction() as session:
        member = session.get(Member, member_id)
        if member is None or member.deleted_at is not None:
            raise NotFound()
        ensure_can_write_member_data(ctx.user, member.office_id)
        values = {name: (value or "").strip() for name, value in changes.items()}
        problems = []
        if "email" in values and not email_ok(values["email"]):
            problems.append(FieldProblem("email", "member.email_invalid"))
        if "phone" in values and not phone_ok(values["phone"]):
            problems.append(FieldProblem("phone", "member.phone_invalid"))
        if "postcode" in values and not postcode_ok(values["postcode"], member.country):
            problems.append(FieldProblem("postcode", "member.postcode_invalid"))
        if "language" in values and values["language"] not in LANGUAGES:
            problems.append(FieldProblem("language", "member.language_invalid"))
        if problems:
            raise ValidationFailed(problems)
        before = snapshot(member)
        for name, value in values.items():
            setattr(member, name, value)
        member.updated_by = ctx.user.id
        record_change(session, ctx, "member.update_contact", member, before)
        return changes_of(session)


# ---------------------------------------------------------------- new members and edits


def next_member_number(session) -> int:
    """The number a new member gets: the one place that allocates member numbers.

    On a device that has a numbering series (issue 14) it is `series * 100000 +
    sequence` (`app.domain.numbering.series_member_number`), unique across devices
    without asking the server. A device that never connected numbers as before: the
    highest number below the first series plus one. `session` is a Session, or a Core
    connection for the demo data's bulk writer (which writes the numbers it is given on
    from there, before any series exists)."""
    series = device_series(session)
    if series is None:
        last = session.scalar(
            select(func.max(Member.member_number)).where(
                Member.member_number < MEMBER_SERIES_FACTOR
            )
        )
        if not isinstance(session, Session):
            return (last or 0) + 1
        return allocate(session, "member", "all", last or 0).sequence
    low = series_member_number(series, 1)
    last = session.scalar(
        select(func.max(Member.member_number)).where(
            Member.member_number.between(low, low + MAX_SEQUENCE - 1)
        )
    )
    floor = last - low + 1 if last is not None else 0
    return series_member_number(series, allocate(session, "member", "all", floor).sequence)


@dataclass(frozen=True)
class PossibleDuplicate:
    id: str
    number: int
    first_name: str
    last_name: str
    birth_date: date
    city: str
    insz_masked: str
    reason: str  # "insz" (the same person) | "name_birth_date" | "iban"


def _problems(check) -> list[FieldProblem]:
    return [FieldProblem(p.field, p.message_key, dict(p.params)) for p in check.problems]


def _duplicates(session, ctx, insz: str, first: str, last: str, born, iban: str, skip: str = ""):
    """Live members who may be this person: the same INSZ first (any office: one person
    is one member), then, among the members this user sees, the same name and birth
    date or the same IBAN."""
    found: dict[str, PossibleDuplicate] = {}

    def add(member: Member, reason: str) -> None:
        if member.id != skip and member.id not in found:
            found[member.id] = PossibleDuplicate(
                member.id,
                member.member_number,
                member.first_name,
                member.last_name,
                member.birth_date,
                member.city,
                Insz(member.insz, "nn", None).masked(),
                reason,
            )

    live = Member.deleted_at.is_(None)
    if insz:
        for member in session.scalars(select(Member).where(live, Member.insz == insz)):
            add(member, "insz")
    near = []
    if first and last and born:
        near.append(
            (func.lower(Member.first_name) == first.lower())
            & (func.lower(Member.last_name) == last.lower())
            & (Member.birth_date == born)
        )
    if iban:
        near.append(Member.iban == iban)
    if near:
        query = select(Member).where(live, office_filter(ctx.user, Member.office_id), or_(*near))
        for member in session.scalars(query.limit(20)):
            same_name = member.birth_date == born and member.last_name.lower() == last.lower()
            add(member, "name_birth_date" if same_name else "iban")
    return list(found.values())


def find_possible_duplicates(ctx: ServiceContext, **values) -> list[PossibleDuplicate]:
    """Who the person being typed may already be (the "search first" of a new member).

    A member of the same INSZ is the same person: the window opens them instead of
    making a second one. A member of another office is named without details.
    """
    check = check_member_fields(values, partial=True)
    clean = check.values
    with ctx.db.reading() as session:
        found = _duplicates(
            session,
            ctx,
            clean.get("insz", "") if check.insz_details else "",
            clean.get("first_name", ""),
            clean.get("last_name", ""),
            clean.get("birth_date"),
            clean.get("iban", "") if check.iban_details else "",
        )
        visible = []
        for duplicate in found:
            office = session.scalar(select(Member.office_id).where(Member.id == duplicate.id))
            if reads_all_offices(ctx.user) or office == ctx.user.office_id:
                visible.append(duplicate)
            else:  # another office's member: only that the person exists
                visible.append(
                    PossibleDuplicate(duplicate.id, 0, "", "", None, "", "", duplicate.reason)
                )
        return visible


def create_member(ctx: ServiceContext, dismissed_duplicates: tuple[str, ...] = (), **values) -> str:
    """A new member of the adviser's office, checked, audited and queued for sync.

    Refused, whoever calls: a person whose INSZ a live member already has
    (`member.insz_duplicate`), and a near match (same name and birth date, or same
    IBAN) the adviser has not dismissed (`member.possible_duplicate`).
    """
    check = check_member_fields(values)
    if not check.ok:
        raise ValidationFailed(_problems(check))
    clean = check.values
    with ctx.db.transaction() as session:
        ensure_can_write_member_data(ctx.user, ctx.user.office_id)
        duplicates = _duplicates(
            session,
            ctx,
            clean["insz"],
            clean["first_name"],
            clean["last_name"],
            clean["birth_date"],
            clean.get("iban", ""),
        )
        same = [d for d in duplicates if d.reason == "insz"]
        if same:
            raise ValidationFailed(
                [FieldProblem("insz", "member.insz_duplicate", {"number": same[0].number})]
            )
        undecided = [d for d in duplicates if d.id not in dismissed_duplicates]
        if undecided:
            raise ServiceError("member.possible_duplicate", field="last_name")
        member = Member(
            office_id=ctx.user.office_id,
            member_number=next_member_number(session),
            member_since=date.today(),
            updated_by=ctx.user.id,
            **clean,
        )
        session.add(member)
        record_change(session, ctx, "member.create", member, None, "insert")
        return StrWithChanges(member.id, changes_of(session))


def update_member(ctx: ServiceContext, member_id: str, **changes) -> Changes:
    """Change a member's address, contact, IBAN or language with the same checks as a
    new member; audited with before/after and queued for sync."""
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValidationFailed([FieldProblem(name, "field.unknown") for name in sorted(unknown)])
    with ctx.db.transaction() as session:
        member = session.get(Member, member_id)
        if member is None or member.deleted_at is not None:
            raise NotFound()
        ensure_can_write_member_data(ctx.user, member.office_id)
        given = dict(changes)
        if "postcode" in given and "country" not in given:
            given["country"] = member.country
        check = check_member_fields(given, partial=True)
        if not check.ok:
            raise ValidationFailed(_problems(check))
        values = {name: check.values[name] for name in changes}
        before = snapshot(member)
        for name, value in values.items():
            setattr(member, name, value)
        member.updated_by = ctx.user.id
        record_change(session, ctx, "member.update", member, before)
        return changes_of(session)


def reveal_insz(ctx: ServiceContext, member_id: str) -> str:
    """The whole INSZ of one member, for the member's page on request; each showing is
    written to the audit log (admin-facts §5: log who views it)."""
    with ctx.db.transaction() as session:
        member = session.get(Member, member_id)
        if member is None or member.deleted_at is not None:
            raise NotFound()
        ensure_can_read(ctx.user, member.office_id)
        session.add(
            AuditEntry(
                user_id=ctx.user.id,
                office_id=member.office_id,
                action="member.insz_shown",
                entity="members",
                entity_id=member.id,
            )
        )
        return Insz(member.insz, "nn", None).formatted()
