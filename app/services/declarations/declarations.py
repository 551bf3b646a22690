"""Accident declarations and insurance claims: one function per user action, each one
unit of work with its audit entry (issue #10 points 1-6, 9).

The adviser files a declaration with the member (draft, or a first-aid register entry
for a light accident), edits it, submits it to TeamAdmin; TeamAdmin sends it to the
insurer (with the insurer's reference), closes it (with the outcome) or sends it back
with a question. Every move is stamped who and when in the row's `history` and audited.
Cover, deadline and triage come from the domain (`assess_accident`), from the member's
contracts; the model form's fields SmartDesk holds come from the member, the contract
and the cooperative's data.

Health data (injury, incapacity, medical certificate) live in `accident_health`, read
only by the adviser who filed the declaration, TeamAdmin and admins; every read of it
is audited (`declaration.health_view`).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from decimal import Decimal
from functools import cache
from pathlib import Path

from sqlalchemy import select

import resources
from app.db.models import (
    AccidentDeclaration,
    AccidentHealth,
    Activity,
    Contract,
    InsuranceClaim,
    Member,
    Office,
)
from app.db.types import utcnow
from app.domain.declarations.accident import (
    AccidentInput,
    Assessment,
    HealthInput,
    accident_problems,
    assess_accident,
)
from app.domain.declarations.claim import ClaimInput, claim_deadline, claim_problems
from app.domain.declarations.coverage import ContractFact
from app.domain.declarations.deadline import DeadlineAnswer, declaration_deadline
from app.domain.declarations.declaration_states import (
    EDITABLE,
    OPEN,
    WITH_TEAMADMIN,
    TransitionRefused,
    next_state,
)
from app.domain.declarations.errors import DeclarationInputError
from app.services.attachments.store import attach, read_attachment
from app.services.audit import record_change, record_event, snapshot
from app.services.context import ServiceContext
from app.services.declarations.numbering import allocate_number
from app.services.errors import (
    FieldProblem,
    NotFound,
    PermissionDenied,
    ServiceError,
    ValidationFailed,
)
from app.services.permissions import (
    ensure_can_read,
    ensure_can_write_member_data,
    office_filter,
)
from app.services.results import StrWithChanges, changes_of

HEALTH_READERS = frozenset({"teamadmin", "admin"})
HEALTH_FIELDS = tuple(HealthInput.__dataclass_fields__)


@cache
def cooperative_insurance() -> dict:
    """The cooperative's policies (resources/rules/cooperative.toml [insurance])."""
    path = Path(resources.__file__).parent / "rules" / "cooperative.toml"
    with path.open("rb") as handle:
        return tomllib.load(handle).get("insurance", {})


def _problems(errors) -> ValidationFailed:
    return ValidationFailed([FieldProblem(e.field, e.message_key, dict(e.params)) for e in errors])


def _member(session, ctx: ServiceContext, member_id: str, write: bool) -> Member:
    member = session.get(Member, member_id) if member_id else None
    if member is None or member.deleted_at is not None:
        raise ValidationFailed([FieldProblem("member", "declaration.member_required")])
    if write:
        ensure_can_write_member_data(ctx.user, member.office_id)
    else:
        ensure_can_read(ctx.user, member.office_id)
    return member


def member_name(ctx: ServiceContext, member_id: str) -> str:
    with ctx.db.reading() as session:
        member = _member(session, ctx, member_id, write=False)
        return f"{member.first_name} {member.last_name}"


def form_language(ctx: ServiceContext, member_id: str) -> str:
    """The language a new declaration's form starts in: the member's, when the insurer's
    forms exist in it (nl, fr); Dutch otherwise. The adviser may change it."""
    with ctx.db.reading() as session:
        member = _member(session, ctx, member_id, write=False)
        return member.language if member.language in ("nl", "fr") else "nl"


def member_contracts(session, member_id: str) -> list[ContractFact]:
    rows = session.execute(
        select(Contract, Activity.entity)
        .join(Activity, Activity.id == Contract.activity_id)
        .where(Contract.member_id == member_id, Contract.deleted_at.is_(None))
    ).all()
    return [
        ContractFact(c.id, c.start_date, c.end_date, c.contract_type, entity) for c, entity in rows
    ]


def preview_accident(
    ctx: ServiceContext, data: AccidentInput, today: date | None = None
) -> Assessment:
    """Cover, deadline and triage as the form stands (the window shows them at the top,
    as the adviser types). Writes nothing. Bad dates raise ValidationFailed."""
    today = today or date.today()
    problems = [p for p in accident_problems(data, today) if p.field in ("occurred_at", "member")]
    if problems:
        raise _problems(problems)
    with ctx.db.reading() as session:
        _member(session, ctx, data.member_id, write=False)
        return assess_accident(data, member_contracts(session, data.member_id), today)


def _stamp(row, ctx: ServiceContext, move: str, state: str, note: str = "") -> None:
    entry = {"move": move, "state": state, "by": ctx.user.id, "by_name": ctx.user.display_name}
    entry["at"] = utcnow().isoformat()
    if note:
        entry["note"] = note
    row.history = [*(row.history or []), entry]
    row.updated_by = ctx.user.id


def _apply_accident(row: AccidentDeclaration, data: AccidentInput, assessment: Assessment):
    coverage = assessment.coverage
    row.member_id = data.member_id
    row.activity_id = data.activity_id
    row.contract_id = coverage.contract_id
    row.kind = coverage.cover
    row.cover_reasons = {
        **coverage.reasons,
        "client_obligations": list(coverage.client_obligations),
        "interim": coverage.interim,
    }
    row.accident_type = data.accident_type
    row.occurred_at = data.occurred_at.astimezone(UTC)
    for name in (
        "place",
        "country",
        "public_road",
        "traffic_accident",
        "route_start",
        "route_end",
        "detour",
        "description",
        "witnesses",
        "first_aid",
        "mission_abroad",
        "client_company",
        "deviation_code",
        "material_agent",
        "language",
        "aggravation_notice_date",
        "first_aider",
        "intervention_at",
    ):
        setattr(row, name, getattr(data, name))
    row.country = data.country.upper()
    defaults = cooperative_insurance().get("work_accident", {})
    row.insurer = data.insurer.strip() or defaults.get("insurer", "")
    row.policy_number = data.policy_number.strip() or defaults.get("policy_number", "")
    deadline = assessment.deadline
    row.deadline = deadline.deadline if deadline else data.occurred_at.date()
    row.serious = assessment.triage.serious
    row.very_serious = assessment.triage.very_serious
    row.tasks = [
        {"key": t.key, "due": t.due.isoformat(), "assignee": t.assignee}
        for t in assessment.triage.tasks
    ]


def _apply_health(health: AccidentHealth, data: HealthInput) -> None:
    for name in HEALTH_FIELDS:
        setattr(health, name, getattr(data, name))


def file_accident(ctx: ServiceContext, data: AccidentInput, today: date | None = None) -> str:
    """A new declaration (draft), or a first-aid register entry for a light accident,
    with its health data apart. Returns its id."""
    today = today or date.today()
    problems = accident_problems(data, today)
    if problems:
        raise _problems(problems)
    with ctx.db.transaction() as session:
        member = _member(session, ctx, data.member_id, write=True)
        assessment = assess_accident(data, member_contracts(session, member.id), today)
        row = AccidentDeclaration(
            office_id=member.office_id,
            state="first_aid" if data.light else "draft",
            declared_by=ctx.user.id,
        )
        _apply_accident(row, data, assessment)
        _stamp(row, ctx, "file", row.state)
        session.add(row)
        record_change(session, ctx, "declaration.file", row, None, "insert")
        health = AccidentHealth(
            office_id=row.office_id,
            declaration_id=row.id,
            declared_by=ctx.user.id,
            updated_by=ctx.user.id,
        )
        _apply_health(health, data.health)
        session.add(health)
        record_change(session, ctx, "declaration.health_file", health, None, "insert")
        return StrWithChanges(row.id, changes_of(session))


def _accident(session, ctx, declaration_id: str, write: bool = False) -> AccidentDeclaration:
    row = session.get(AccidentDeclaration, declaration_id)
    if row is None or row.deleted_at is not None:
        raise NotFound()
    if write:
        ensure_can_write_member_data(ctx.user, row.office_id)
    else:
        ensure_can_read(ctx.user, row.office_id)
    return row


def may_read_health(ctx: ServiceContext, declared_by: str | None) -> bool:
    return ctx.user.role in HEALTH_READERS or (
        declared_by is not None and declared_by == ctx.user.id
    )


def _health_row(session, declaration_id: str) -> AccidentHealth | None:
    return session.scalar(
        select(AccidentHealth).where(
            AccidentHealth.declaration_id == declaration_id, AccidentHealth.deleted_at.is_(None)
        )
    )


def update_accident(
    ctx: ServiceContext, declaration_id: str, data: AccidentInput, today: date | None = None
):
    """Change a declaration still with the adviser (first-aid entry, draft, question)."""
    today = today or date.today()
    problems = accident_problems(data, today)
    if problems:
        raise _problems(problems)
    with ctx.db.transaction() as session:
        row = _accident(session, ctx, declaration_id, write=True)
        if row.state not in EDITABLE:
            raise ServiceError("declaration.not_editable")
        if data.member_id != row.member_id:
            raise ValidationFailed([FieldProblem("member", "declaration.member_fixed")])
        if data.light != (row.state == "first_aid"):
            raise ValidationFailed([FieldProblem("light", "declaration.light_fixed")])
        before = snapshot(row)
        health = _health_row(session, row.id)
        reads_health = may_read_health(ctx, row.declared_by)
        if not reads_health and health is not None:
            # triage still counts the stored injury, which this user neither sees nor sets
            stored = HealthInput(**{n: getattr(health, n) for n in HEALTH_FIELDS})
            data = replace(data, health=stored)
        assessment = assess_accident(data, member_contracts(session, row.member_id), today)
        _apply_accident(row, data, assessment)
        row.updated_by = ctx.user.id
        record_change(session, ctx, "declaration.edit", row, before)
        if reads_health:
            if health is not None:
                before_health = snapshot(health)
                _apply_health(health, data.health)
                health.updated_by = ctx.user.id
                record_change(session, ctx, "declaration.health_edit", health, before_health)
        return changes_of(session)


def _move(ctx: ServiceContext, model, row_id: str, move: str, note: str = "", **values):
    with ctx.db.transaction() as session:
        row = session.get(model, row_id)
        if row is None or row.deleted_at is not None:
            raise NotFound()
        ensure_can_read(ctx.user, row.office_id)
        if ctx.user.role == "adviser":
            ensure_can_write_member_data(ctx.user, row.office_id)
        before = snapshot(row)
        try:
            row.state = next_state(move, row.state, ctx.user.role)
        except TransitionRefused as exc:
            raise PermissionDenied("declaration.transition_refused") from exc
        for name, value in values.items():
            setattr(row, name, value)
        if move == "submit" and not row.number:
            office = session.get(Office, row.office_id)
            year = (getattr(row, "occurred_at", None) or utcnow()).year
            row.number = allocate_number(session, model, office.code, year)
        if move == "send_to_insurer":
            row.filed_at = utcnow()
        _stamp(row, ctx, move, row.state, note)
        entity = "declaration" if model is AccidentDeclaration else "claim"
        record_change(session, ctx, f"{entity}.{move}", row, before)
        return changes_of(session)


def _model(kind: str):
    return {"accident": AccidentDeclaration, "claim": InsuranceClaim}[kind]


def submit(ctx: ServiceContext, kind: str, row_id: str):
    """Adviser -> TeamAdmin; the declaration gets its number."""
    return _move(ctx, _model(kind), row_id, "submit")


def ask_question(ctx: ServiceContext, kind: str, row_id: str, question: str):
    """TeamAdmin sends the declaration back to the adviser with a question."""
    text = question.strip()
    if not text:
        raise ValidationFailed([FieldProblem("question", "declaration.question_required")])
    return _move(ctx, _model(kind), row_id, "ask", text, question=text)


def send_to_insurer(ctx: ServiceContext, kind: str, row_id: str, insurer_reference: str):
    reference = insurer_reference.strip()
    if not reference:
        raise ValidationFailed(
            [FieldProblem("insurer_reference", "declaration.reference_required")]
        )
    return _move(
        ctx, _model(kind), row_id, "send_to_insurer", reference, insurer_reference=reference[:40]
    )


def close(ctx: ServiceContext, kind: str, row_id: str, outcome: str):
    text = outcome.strip()
    if not text:
        raise ValidationFailed([FieldProblem("outcome", "declaration.outcome_required")])
    return _move(ctx, _model(kind), row_id, "close", text, outcome=text)


def declare_aggravation(
    ctx: ServiceContext, declaration_id: str, notice_date: date, today: date | None = None
):
    """A first-aid register entry whose condition got worse becomes a declaration: 8
    days from the day the cooperative learned of it (admin-facts §1.2, §1.3)."""
    today = today or date.today()
    with ctx.db.transaction() as session:
        row = _accident(session, ctx, declaration_id, write=True)
        occurred = row.occurred_at.date()
        try:
            answer = declaration_deadline(
                "accident",
                occurred,
                max(notice_date, occurred),
                aggravation_notice_date=notice_date,
                today=today,
            )
        except DeclarationInputError as exc:
            raise _problems(exc.errors) from exc
        before = snapshot(row)
        try:
            row.state = next_state("declare", row.state, ctx.user.role)
        except TransitionRefused as exc:
            raise PermissionDenied("declaration.transition_refused") from exc
        row.aggravation_notice_date = notice_date
        row.deadline = answer.deadline
        _stamp(row, ctx, "declare", row.state)
        record_change(session, ctx, "declaration.declare", row, before)
        return changes_of(session)


def attach_medical_certificate(
    ctx: ServiceContext, declaration_id: str, filename: str, data: bytes
) -> str:
    """The medical certificate of first findings (admin-facts §1.4), attached to the
    declaration's health data, so only those who read the health data see it listed.
    Only the adviser who filed the declaration, TeamAdmin or an admin may attach it."""
    with ctx.db.reading() as session:
        row = _accident(session, ctx, declaration_id)
        if not may_read_health(ctx, row.declared_by):
            raise PermissionDenied()
        health = _health_row(session, row.id)
        if health is None:
            raise NotFound()
        health_id, office_id = health.id, health.office_id
    info = attach(ctx, "accident_health", health_id, office_id, filename, data)
    with ctx.db.transaction() as session:
        health = session.get(AccidentHealth, health_id)
        before = snapshot(health)
        health.certificate_attachment_id = info.id
        health.updated_by = ctx.user.id
        record_change(session, ctx, "declaration.certificate_attach", health, before)
    return info.id


def medical_certificate(ctx: ServiceContext, declaration_id: str) -> bytes:
    """The certificate's bytes, for those who read the health data; the read is audited."""
    with ctx.db.transaction() as session:
        row = _accident(session, ctx, declaration_id)
        if not may_read_health(ctx, row.declared_by):
            raise PermissionDenied()
        health = _health_row(session, row.id)
        if health is None or health.certificate_attachment_id is None:
            raise NotFound()
        attachment_id = health.certificate_attachment_id
        record_event(
            session,
            ctx.user.id,
            row.office_id,
            "declaration.certificate_view",
            "accident_health",
            {"declaration_id": row.id, "attachment_id": attachment_id},
        )
    return read_attachment(ctx, attachment_id)


# --- reading -----------------------------------------------------------------------------


@dataclass(frozen=True)
class DeclarationRow:
    """One line of the adviser's list (accidents and claims together)."""

    id: str
    entity: str  # accident | claim
    number: str
    member_name: str
    kind: str  # an accident's cover, a claim's kind
    state: str
    event_date: date
    deadline: date | None
    days_left: int | None  # None once no deadline runs (submitted and after)
    serious: bool = False
    office_code: str = ""


@dataclass(frozen=True)
class DeclarationFilter:
    scope: str = "office"  # mine | office
    entity: str | None = None  # accident | claim
    kind: str | None = None
    state: str | None = None
    max_days_left: int | None = None
    #: TeamAdmin's queue: every office's submitted and questioned ones, with the days
    #: left to reach the insurer (overdue first)
    teamadmin_queue: bool = False


def _days_left(
    state: str, deadline: date | None, today: date, running: frozenset[str] = OPEN
) -> int | None:
    if deadline is None or state not in running:
        return None
    return (deadline - today).days


def list_declarations(
    ctx: ServiceContext, where: DeclarationFilter | None = None, today: date | None = None
) -> list[DeclarationRow]:
    """The declarations and claims this user may read, open ones with the least time
    left first (overdue at the top), then the rest by date."""
    where = where or DeclarationFilter()
    today = today or date.today()
    rows: list[DeclarationRow] = []
    with ctx.db.reading() as session:
        for entity, model, day_column in (
            ("accident", AccidentDeclaration, AccidentDeclaration.occurred_at),
            ("claim", InsuranceClaim, InsuranceClaim.occurred_on),
        ):
            if where.entity not in (None, entity):
                continue
            query = (
                select(model, Member.first_name, Member.last_name, Office.code)
                .join(Member, Member.id == model.member_id)
                .join(Office, Office.id == model.office_id)
                .where(model.deleted_at.is_(None), office_filter(ctx.user, model.office_id))
            )
            if where.teamadmin_queue:
                query = query.where(model.state.in_(sorted(WITH_TEAMADMIN)))
            if where.scope == "mine":
                query = query.where(model.declared_by == ctx.user.id)
            if where.kind:
                query = query.where(model.kind == where.kind)
            if where.state:
                query = query.where(model.state == where.state)
            else:
                query = query.where(model.state != "first_aid") if entity == "accident" else query
            running = WITH_TEAMADMIN if where.teamadmin_queue else OPEN
            for row, first, last, office_code in session.execute(query.order_by(day_column.desc())):
                day = row.occurred_at.date() if entity == "accident" else row.occurred_on
                left = _days_left(row.state, row.deadline, today, running)
                if where.max_days_left is not None and (left is None or left > where.max_days_left):
                    continue
                rows.append(
                    DeclarationRow(
                        row.id,
                        entity,
                        row.number or "",
                        f"{first} {last}",
                        row.kind,
                        row.state,
                        day,
                        row.deadline,
                        left,
                        bool(getattr(row, "serious", False)),
                        office_code,
                    )
                )
    return sorted(
        rows,
        key=lambda r: (r.days_left is None, r.days_left or 0, -r.event_date.toordinal()),
    )


@dataclass(frozen=True)
class AccidentView:
    id: str
    number: str
    state: str
    member_id: str
    member_name: str
    data: AccidentInput
    cover: str
    cover_reasons: dict
    deadline: date
    serious: bool
    very_serious: bool
    tasks: list
    insurer_reference: str
    question: str
    outcome: str
    history: list
    declared_by: str | None
    health_visible: bool
    health: HealthInput | None = None
    office_id: str = ""
    contract_id: str | None = None


def get_accident(ctx: ServiceContext, declaration_id: str) -> AccidentView:
    """One declaration; its health data only for the filer, TeamAdmin and admins, and
    every such read is written to the audit log."""
    with ctx.db.transaction() as session:
        row = _accident(session, ctx, declaration_id)
        member = session.get(Member, row.member_id)
        visible = may_read_health(ctx, row.declared_by)
        health = None
        if visible:
            health_row = _health_row(session, row.id)
            if health_row is not None:
                health = HealthInput(**{n: getattr(health_row, n) for n in HEALTH_FIELDS})
                record_event(
                    session,
                    ctx.user.id,
                    row.office_id,
                    "declaration.health_view",
                    "accident_health",
                    {"declaration_id": row.id, "health_id": health_row.id},
                )
        data = AccidentInput(
            member_id=row.member_id,
            occurred_at=row.occurred_at,
            accident_type=row.accident_type,
            place=row.place,
            country=row.country,
            public_road=row.public_road,
            traffic_accident=row.traffic_accident,
            route_start=row.route_start,
            route_end=row.route_end,
            detour=row.detour,
            description=row.description,
            witnesses=row.witnesses,
            first_aid=row.first_aid,
            mission_abroad=row.mission_abroad,
            client_company=row.client_company,
            deviation_code=row.deviation_code,
            material_agent=row.material_agent,
            insurer=row.insurer,
            policy_number=row.policy_number,
            language=row.language,
            activity_id=row.activity_id,
            aggravation_notice_date=row.aggravation_notice_date,
            light=row.state == "first_aid",
            first_aider=row.first_aider,
            intervention_at=row.intervention_at,
            health=health or HealthInput(),
        )
        return AccidentView(
            id=row.id,
            number=row.number or "",
            state=row.state,
            member_id=row.member_id,
            member_name=f"{member.first_name} {member.last_name}",
            data=data,
            cover=row.kind,
            cover_reasons=dict(row.cover_reasons or {}),
            deadline=row.deadline,
            serious=row.serious,
            very_serious=row.very_serious,
            tasks=list(row.tasks or []),
            insurer_reference=row.insurer_reference,
            question=row.question,
            outcome=row.outcome,
            history=list(row.history or []),
            declared_by=row.declared_by,
            health_visible=visible,
            health=health,
            office_id=row.office_id,
            contract_id=row.contract_id,
        )


# --- claims ------------------------------------------------------------------------------


def _apply_claim(row: InsuranceClaim, data: ClaimInput, answer: DeadlineAnswer) -> None:
    row.member_id = data.member_id
    row.activity_id = data.activity_id
    row.kind = data.kind
    row.occurred_at = data.occurred_at.astimezone(UTC)
    row.occurred_on = data.occurred_at.date()
    row.discovery_date = data.discovery_date
    row.place = data.place
    row.description = data.description
    row.presumed_cause = data.presumed_cause
    row.third_parties = [party.to_dict() for party in data.third_parties]
    row.witnesses = data.witnesses
    row.police_report_no = data.police_report_no.strip()
    row.items_lost = data.items_lost
    row.amount_claimed = Decimal(data.damage_estimate)
    defaults = cooperative_insurance().get("claims", {})
    row.insurer = data.insurer.strip() or defaults.get("insurer", "")
    row.policy_number = data.policy_number.strip() or defaults.get("policy_number", "")
    row.policy_delay_days = data.policy_delay_days
    row.language = data.language
    row.deadline = answer.deadline


def file_claim(ctx: ServiceContext, data: ClaimInput, today: date | None = None) -> str:
    today = today or date.today()
    problems = claim_problems(data, today)
    if problems:
        raise _problems(problems)
    with ctx.db.transaction() as session:
        member = _member(session, ctx, data.member_id, write=True)
        row = InsuranceClaim(office_id=member.office_id, state="draft", declared_by=ctx.user.id)
        _apply_claim(row, data, claim_deadline(data, today, today))
        _stamp(row, ctx, "file", row.state)
        session.add(row)
        record_change(session, ctx, "claim.file", row, None, "insert")
        return StrWithChanges(row.id, changes_of(session))


def update_claim(ctx: ServiceContext, claim_id: str, data: ClaimInput, today: date | None = None):
    today = today or date.today()
    problems = claim_problems(data, today)
    if problems:
        raise _problems(problems)
    with ctx.db.transaction() as session:
        row = session.get(InsuranceClaim, claim_id)
        if row is None or row.deleted_at is not None:
            raise NotFound()
        ensure_can_write_member_data(ctx.user, row.office_id)
        if row.state not in EDITABLE:
            raise ServiceError("declaration.not_editable")
        before = snapshot(row)
        _apply_claim(row, data, claim_deadline(data, today, today))
        row.updated_by = ctx.user.id
        record_change(session, ctx, "claim.edit", row, before)
        return changes_of(session)


def get_claim(ctx: ServiceContext, claim_id: str) -> InsuranceClaim:
    """The claim row, detached (read-only use)."""
    with ctx.db.reading() as session:
        row = session.get(InsuranceClaim, claim_id)
        if row is None or row.deleted_at is not None:
            raise NotFound()
        ensure_can_read(ctx.user, row.office_id)
        session.expunge(row)
        return row


def occurred_at_local(day: date, hour: int = 12, minute: int = 0) -> datetime:
    """A date and time typed at the desk, as an aware UTC datetime (Belgian time)."""
    from zoneinfo import ZoneInfo

    return datetime(
        day.year, day.month, day.day, hour, minute, tzinfo=ZoneInfo("Europe/Brussels")
    ).astimezone(UTC)
