"""TeamAdmin requests: the adviser asks ("Ask TeamAdmin for…"), TeamAdmin works the
queue (claim, ask a question, produce the document or record the reference, close,
reopen with a reason), the adviser answers a question.

Every move is one unit of work: the request's new state, its stamp in the request's
history (who, when, what was said) and the audit entry commit together or not at all.
The queue is TeamAdmin's and the administrators' only; an adviser sees the requests of
their own office (on the member's page and the home page), never the queue.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select

from app.db.models import CertificateRequest, Member, Office, User
from app.db.search import rows_of_members_matching
from app.db.types import utcnow
from app.domain.teamadmin import request_states
from app.domain.teamadmin.due_dates import due_date
from app.domain.teamadmin.request_inputs import InputProblem, check_request_inputs
from app.domain.teamadmin.request_types import (
    RequestType,
    UnknownRequestType,
    request_kinds,
    request_type,
)
from app.services.audit import record_change, snapshot
from app.services.context import ServiceContext
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
    ensure_role,
    office_filter,
)
from app.services.results import IntWithChanges, StrWithChanges, changes_of
from app.services.teamadmin.request_documents import document_facts, frozen_facts

QUEUE_ROLES = ("teamadmin", "admin")
MIN_REASON_LENGTH = 10
MAX_TEXT = 2000
MAX_REFERENCE = 80


@dataclass(frozen=True)
class Stamp:
    move: str
    state: str
    by_name: str
    at: datetime
    text: str  # the question, the answer, the reason, the reference


@dataclass(frozen=True)
class RequestRow:
    """One line of the queue or of a member's requests."""

    id: str
    kind: str
    state: str
    member_id: str
    member_name: str
    member_number: int
    office_code: str
    requested_on: date
    due_on: date
    assignee_id: str | None
    assignee_name: str
    requested_by_name: str
    question: str


@dataclass(frozen=True)
class RequestView:
    row: RequestRow
    member_language: str
    inputs: dict
    answer: str
    external_reference: str
    document_id: str | None
    output: str
    source: str
    history: tuple[Stamp, ...]
    warnings: tuple[InputProblem, ...]


@dataclass(frozen=True)
class RequestFilter:
    kind: str | None = None
    #: a state, or "open" for every state but done
    state: str | None = "open"
    office_id: str | None = None
    due_before: date | None = None  # due on or before this day
    assigned_to_me: bool = False
    member_text: str = ""  # matched against the member's name, number, city...


@dataclass(frozen=True)
class QueueCounts:
    by_kind: dict[str, int]
    by_state: dict[str, int]
    overdue: int
    due_today: int


# ---------------------------------------------------------------- the adviser's form


def request_rule(kind: str, on: date | None = None) -> RequestType:
    """The rule of a kind valid today (or on `on`): its inputs, due rule and output."""
    try:
        return request_type(kind, on or date.today())
    except UnknownRequestType as exc:
        raise ValidationFailed([FieldProblem("kind", exc.message_key)]) from exc


def check_inputs(
    kind: str, inputs: dict, only: str | None = None, today: date | None = None
) -> list[InputProblem]:
    """What the form shows next to a field as the adviser types (pure: no database)."""
    today = today or date.today()
    return check_request_inputs(request_rule(kind, today), inputs, today, only)


def expected_due_date(kind: str, inputs: dict, today: date | None = None) -> date | None:
    today = today or date.today()
    return due_date(request_rule(kind, today), inputs, today)


def _field_problems(problems: list[InputProblem]) -> list[FieldProblem]:
    return [
        FieldProblem(f"inputs.{p.field}", p.message_key, dict(p.params))
        for p in problems
        if p.blocks
    ]


def _stamp(ctx: ServiceContext, request: CertificateRequest, move: str, said: str = "") -> None:
    entry = {
        "move": move,
        "state": request.state,
        "by": ctx.user.id,
        "by_name": ctx.user.display_name,
        "at": utcnow().isoformat(),
        "text": said,
    }
    request.history = [*(request.history or []), entry]
    request.updated_by = ctx.user.id


def ask_teamadmin(
    ctx: ServiceContext,
    member_id: str,
    kind: str,
    inputs: dict,
    today: date | None = None,
) -> StrWithChanges:
    """The adviser asks TeamAdmin for a certificate or document for one of their office's
    members; its due date comes from the kind's rule. Bad inputs write nothing."""
    today = today or date.today()
    rule = request_rule(kind, today)
    clean = {
        spec.name: str(inputs.get(spec.name, "") or "").strip()[:MAX_TEXT] for spec in rule.inputs
    }
    problems = _field_problems(check_request_inputs(rule, clean, today))
    if problems:
        raise ValidationFailed(problems)
    due = due_date(rule, clean, today)
    with ctx.db.transaction() as session:
        member = session.get(Member, member_id)
        if member is None or member.deleted_at is not None:
            raise NotFound(field="member")
        ensure_can_write_member_data(ctx.user, member.office_id)
        request = CertificateRequest(
            office_id=member.office_id,
            member_id=member.id,
            kind=kind,
            state="requested",
            requested_on=today,
            due_on=due,
            inputs=clean,
            facts=frozen_facts(session, member.id, rule, clean),
            requested_by=ctx.user.id,
            requested_by_name=ctx.user.display_name,
            history=[],
        )
        _stamp(ctx, request, "request")
        session.add(request)
        record_change(session, ctx, "request.create", request, None, "insert")
        return StrWithChanges(request.id, changes_of(session))


# ---------------------------------------------------------------- moves


def _load(session, ctx: ServiceContext, request_id: str) -> CertificateRequest:
    request = session.get(CertificateRequest, request_id)
    if request is None or request.deleted_at is not None:
        raise NotFound()
    ensure_can_read(ctx.user, request.office_id)
    return request


def _move(session, ctx: ServiceContext, request: CertificateRequest, move: str, said: str = ""):
    if not request_states.may_make(move, ctx.user.role):
        raise PermissionDenied()
    if move == "answer":
        ensure_can_write_member_data(ctx.user, request.office_id)
    before = snapshot(request)
    try:
        request.state = request_states.next_state(move, request.state)
    except request_states.TransitionRefused as exc:
        raise ServiceError(exc.message_key) from exc
    return before


def _said(text: str, field: str, minimum: int = 1) -> str:
    text = (text or "").strip()
    if len(text) < minimum:
        key = "field.required" if minimum <= 1 else "teamadmin.reason_too_short"
        raise ValidationFailed([FieldProblem(field, key, {"minimum": minimum})])
    return text[:MAX_TEXT]


def claim_requests(ctx: ServiceContext, request_ids: list[str]) -> IntWithChanges:
    """TeamAdmin takes one or several requests: each is assigned to them, in one unit of
    work (a request that cannot be claimed refuses the lot, naming its state)."""
    ensure_role(ctx.user, *QUEUE_ROLES)
    with ctx.db.transaction() as session:
        for request_id in dict.fromkeys(request_ids):
            request = _load(session, ctx, request_id)
            if request.state == "in_progress" and request.handled_by == ctx.user.id:
                continue
            before = _move(session, ctx, request, "claim")
            request.handled_by = ctx.user.id
            _stamp(ctx, request, "claim")
            record_change(session, ctx, "request.claim", request, before)
        return IntWithChanges(len(changes_of(session).certificate_requests), changes_of(session))


def ask_question(ctx: ServiceContext, request_id: str, question: str) -> StrWithChanges:
    """TeamAdmin needs something from the adviser: the request waits for their answer."""
    ensure_role(ctx.user, *QUEUE_ROLES)
    said = _said(question, "question")
    with ctx.db.transaction() as session:
        request = _load(session, ctx, request_id)
        before = _move(session, ctx, request, "ask")
        request.question, request.answer = said, ""
        request.handled_by = request.handled_by or ctx.user.id
        _stamp(ctx, request, "ask", said)
        record_change(session, ctx, "request.ask", request, before)
        return StrWithChanges(request.id, changes_of(session))


def answer_question(ctx: ServiceContext, request_id: str, answer: str) -> StrWithChanges:
    """The adviser answers TeamAdmin's question; the request goes back to TeamAdmin."""
    said = _said(answer, "answer")
    with ctx.db.transaction() as session:
        request = _load(session, ctx, request_id)
        before = _move(session, ctx, request, "answer", said)
        request.answer = said
        _stamp(ctx, request, "answer", said)
        record_change(session, ctx, "request.answer", request, before)
        return StrWithChanges(request.id, changes_of(session))


def _working(ctx: ServiceContext, request: CertificateRequest) -> None:
    ensure_role(ctx.user, *QUEUE_ROLES)
    if request.state not in request_states.WORKING:
        raise ServiceError("teamadmin.transition_refused")


def record_reference(ctx: ServiceContext, request_id: str, reference: str) -> StrWithChanges:
    """The reference another body gave (sickness fund, RVA, RSZ, the Kunstwerkcommissie,
    the enterprise counter) is kept with the request."""
    ensure_role(ctx.user, *QUEUE_ROLES)
    said = _said(reference, "external_reference")[:MAX_REFERENCE]
    with ctx.db.transaction() as session:
        request = _load(session, ctx, request_id)
        _working(ctx, request)
        before = snapshot(request)
        request.external_reference = said
        _stamp(ctx, request, "reference", said)
        record_change(session, ctx, "request.reference", request, before)
        return StrWithChanges(request.id, changes_of(session))


def produce_document(ctx: ServiceContext, request_id: str, today: date | None = None):
    """Draw the kind's PDF (in the member's language, with the cooperative's identity)
    and keep it with the request, in one unit of work with the attachment's row."""
    from app.documents.teamadmin.request_pdf import render_request_pdf
    from app.services.attachments.store import attach

    ensure_role(ctx.user, *QUEUE_ROLES)
    with ctx.db.transaction() as session:
        request = _load(session, ctx, request_id)
        _working(ctx, request)
        rule = request_rule(request.kind, request.requested_on)
        if rule.document is None:
            raise ServiceError("teamadmin.no_document_for_kind")
        facts = document_facts(session, request, rule, today or date.today())
        data = render_request_pdf(facts)
        name = f"{rule.document}-{facts.member_number}-{facts.issued_on.isoformat()}.pdf"
        info = attach(ctx, "certificate_requests", request.id, request.office_id, name, data)
        before = snapshot(request)
        request.document_id = info.id
        _stamp(ctx, request, "document", info.filename)
        record_change(session, ctx, "request.document", request, before)
        return info


def close_request(ctx: ServiceContext, request_id: str) -> StrWithChanges:
    """Done: only once its output is there (the document, the reference, or either,
    as the kind says)."""
    with ctx.db.transaction() as session:
        request = _load(session, ctx, request_id)
        rule = request_rule(request.kind, request.requested_on)
        has_document = request.document_id is not None
        has_reference = bool(request.external_reference)
        missing = {
            "document": not has_document,
            "external_reference": not has_reference,
            "either": not (has_document or has_reference),
        }[rule.output]
        before = _move(session, ctx, request, "close")
        if missing:
            raise ServiceError(f"teamadmin.close_needs.{rule.output}")
        request.closed_at = utcnow()
        _stamp(ctx, request, "close")
        record_change(session, ctx, "request.close", request, before)
        return StrWithChanges(request.id, changes_of(session))


def reopen_request(ctx: ServiceContext, request_id: str, reason: str) -> StrWithChanges:
    """A done request opens again, with the reason written in its history."""
    said = _said(reason, "reason", MIN_REASON_LENGTH)
    with ctx.db.transaction() as session:
        request = _load(session, ctx, request_id)
        before = _move(session, ctx, request, "reopen")
        request.closed_at = None
        _stamp(ctx, request, "reopen", said)
        record_change(session, ctx, "request.reopen", request, before)
        return StrWithChanges(request.id, changes_of(session))


# ---------------------------------------------------------------- reading


def _row_query():
    assignee = select(User.display_name).where(User.id == CertificateRequest.handled_by)
    return (
        select(
            CertificateRequest.id,
            CertificateRequest.kind,
            CertificateRequest.state,
            CertificateRequest.member_id,
            Member.first_name,
            Member.last_name,
            Member.member_number,
            Office.code,
            CertificateRequest.requested_on,
            CertificateRequest.due_on,
            CertificateRequest.handled_by,
            assignee.scalar_subquery(),
            CertificateRequest.requested_by_name,
            CertificateRequest.question,
            CertificateRequest.office_id,
        )
        .join(Member, Member.id == CertificateRequest.member_id)
        .join(Office, Office.id == CertificateRequest.office_id)
    )


def _row(values) -> RequestRow:
    return RequestRow(
        id=values[0],
        kind=values[1],
        state=values[2],
        member_id=values[3],
        member_name=f"{values[4]} {values[5]}",
        member_number=values[6],
        office_code=values[7],
        requested_on=values[8],
        due_on=values[9],
        assignee_id=values[10],
        assignee_name=values[11] or "",
        requested_by_name=values[12] or "",
        question=values[13] or "",
    )


def _where(ctx: ServiceContext, where: RequestFilter) -> list:
    conditions = [CertificateRequest.deleted_at.is_(None)]
    if where.kind:
        conditions.append(CertificateRequest.kind == where.kind)
    if where.state == "open":  # written as the open-queue index's own condition
        conditions.append(CertificateRequest.state != "done")
    elif where.state:
        conditions.append(CertificateRequest.state == where.state)
    if where.office_id:
        conditions.append(CertificateRequest.office_id == where.office_id)
    if where.due_before:
        conditions.append(CertificateRequest.due_on <= where.due_before)
    if where.assigned_to_me:
        conditions.append(CertificateRequest.handled_by == ctx.user.id)
    typed = where.member_text.strip()
    if typed:
        matching = rows_of_members_matching(ctx.db, CertificateRequest.member_id, typed)
        if matching is not None:
            conditions.append(matching)
    return conditions


def list_request_ids(
    ctx: ServiceContext, where: RequestFilter = RequestFilter(), limit: int | None = None
) -> list[str]:
    """The queue: ordered ids, due date first (so overdue requests come first), then
    the oldest request. TeamAdmin and administrators only."""
    ensure_role(ctx.user, *QUEUE_ROLES)
    query = (
        select(CertificateRequest.id)
        .where(*_where(ctx, where))
        .order_by(CertificateRequest.due_on, CertificateRequest.id)
    )
    if limit is not None:
        query = query.limit(limit)
    with ctx.db.engine.connect() as connection:
        return list(connection.execute(query).scalars())


def request_rows(ctx: ServiceContext, ids: list[str]) -> dict[str, RequestRow]:
    ensure_role(ctx.user, *QUEUE_ROLES)
    if not ids:
        return {}
    with ctx.db.reading() as session:
        rows = session.execute(_row_query().where(CertificateRequest.id.in_(ids))).all()
        return {row[0]: _row(row) for row in rows}


def first_requests(
    ctx: ServiceContext, where: RequestFilter = RequestFilter(), size: int = 100
) -> tuple[list[str], dict[str, RequestRow]]:
    ids = list_request_ids(ctx, where, limit=size)
    return ids, request_rows(ctx, ids)


def queue_counts(
    ctx: ServiceContext, where: RequestFilter = RequestFilter(), today: date | None = None
) -> QueueCounts:
    """The counts at the top of the queue, per kind and per state, for the filter in
    force but whatever kind and state it picks (so each count says what a click finds)."""
    ensure_role(ctx.user, *QUEUE_ROLES)
    today = today or date.today()
    base = RequestFilter(
        None, None, where.office_id, where.due_before, where.assigned_to_me, where.member_text
    )
    conditions = _where(ctx, base)
    table = CertificateRequest
    with ctx.db.engine.connect() as connection:
        open_states = sorted(request_states.OPEN)
        by_kind = dict(
            connection.execute(
                select(table.kind, func.count())
                .where(*conditions, table.state.in_(open_states))
                .group_by(table.kind)
            ).all()
        )
        by_state = dict(
            connection.execute(
                select(table.state, func.count()).where(*conditions).group_by(table.state)
            ).all()
        )
        overdue, due_today = connection.execute(
            select(
                func.count().filter(table.due_on < today),
                func.count().filter(table.due_on == today),
            ).where(*conditions, table.state.in_(open_states))
        ).one()
    return QueueCounts(
        {kind: by_kind.get(kind, 0) for kind in request_kinds()},
        {state: by_state.get(state, 0) for state in request_states.STATES},
        overdue or 0,
        due_today or 0,
    )


def request_view(ctx: ServiceContext, request_id: str) -> RequestView:
    """One request as its page shows it: inputs, question and answer, output, history."""
    with ctx.db.reading() as session:
        request = _load(session, ctx, request_id)
        values = session.execute(_row_query().where(CertificateRequest.id == request_id)).one()
        language = session.scalar(select(Member.language).where(Member.id == request.member_id))
        rule = request_rule(request.kind, request.requested_on)
        inputs = dict(request.inputs or {})
        warnings = tuple(
            p
            for p in check_request_inputs(rule, inputs, request.requested_on)
            if not p.blocks and p.field != "due_on"
        )
        return RequestView(
            row=_row(values),
            member_language=language or "nl",
            inputs=inputs,
            answer=request.answer,
            external_reference=request.external_reference,
            document_id=request.document_id,
            output=rule.output,
            source=rule.source,
            history=tuple(
                Stamp(
                    h.get("move", ""),
                    h.get("state", ""),
                    h.get("by_name", ""),
                    datetime.fromisoformat(h["at"]),
                    h.get("text", ""),
                )
                for h in (request.history or [])
            ),
            warnings=warnings,
        )


def member_requests(ctx: ServiceContext, member_id: str) -> list[RequestRow]:
    """The requests made for a member, newest first: for the member's page (an adviser
    sees those of their office, TeamAdmin all)."""
    with ctx.db.reading() as session:
        member = session.get(Member, member_id)
        if member is None or member.deleted_at is not None:
            raise NotFound()
        ensure_can_read(ctx.user, member.office_id)
        rows = session.execute(
            _row_query()
            .where(
                CertificateRequest.member_id == member_id,
                CertificateRequest.deleted_at.is_(None),
                office_filter(ctx.user, CertificateRequest.office_id),
            )
            .order_by(CertificateRequest.requested_on.desc(), CertificateRequest.id)
        ).all()
        return [_row(row) for row in rows]


def my_requests(ctx: ServiceContext, limit: int = 20) -> list[RequestRow]:
    """For the adviser's home page: the open requests of their office, those waiting
    for their answer first, then by due date."""
    with ctx.db.reading() as session:
        rows = session.execute(
            _row_query()
            .where(
                CertificateRequest.deleted_at.is_(None),
                CertificateRequest.state.in_(sorted(request_states.OPEN)),
                office_filter(ctx.user, CertificateRequest.office_id),
            )
            .order_by(
                CertificateRequest.state != "waiting_for_info",
                CertificateRequest.due_on,
                CertificateRequest.id,
            )
            .limit(limit)
        ).all()
        return [_row(row) for row in rows]


def week_end(today: date) -> date:
    """The Sunday that ends `today`'s week (the day view's "this week")."""
    return today + timedelta(days=6 - today.weekday())
