"""The home page: the signed-in user's open work at a glance."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import func, select

from app.db.models import (
    AccidentDeclaration,
    CertificateRequest,
    InsuranceClaim,
    LoanApplication,
    LocalState,
    Member,
    OutboxEntry,
    Quote,
)
from app.domain.teamadmin import request_states
from app.services.context import ServiceContext
from app.services.loans.loans import loans_in_arrears
from app.services.onboarding.activities import activity_drafts
from app.services.permissions import office_filter

DEADLINE_HORIZON_DAYS = 14


@dataclass(frozen=True)
class Deadline:
    kind: str  # accident | certificate
    due_on: date
    member_name: str
    entity_id: str


@dataclass(frozen=True)
class Dashboard:
    members: int
    draft_quotes: int
    sent_quotes: int
    draft_declarations: int
    open_certificates: int
    requests_waiting: int  # TeamAdmin asked the office a question (issue 11)
    loans_to_decide: int
    deadlines: list[Deadline]
    pending_changes: int
    last_sync: datetime | None
    #: the adviser's unfinished Activity wizards (onboarding), newest first
    activity_drafts: tuple = ()
    #: every open accident declaration and claim with its days left, overdue first (#10)
    open_declarations: tuple = ()
    # loans (issue 12): approved loans with an instalment due and unpaid, most days late first
    loans_in_arrears: list = field(default_factory=list)


def _state(session, key: str) -> str | None:
    row = session.get(LocalState, key)
    return row.value if row else None


def pending_changes(ctx: ServiceContext) -> int:
    with ctx.db.reading() as session:
        return session.scalar(select(func.count()).select_from(OutboxEntry)) or 0


def dashboard(ctx: ServiceContext, today: date | None = None) -> Dashboard:
    today = today or date.today()
    horizon = today + timedelta(days=DEADLINE_HORIZON_DAYS)
    user = ctx.user

    def count(session, model, *where) -> int:
        return (
            session.scalar(
                select(func.count())
                .select_from(model)
                .where(model.deleted_at.is_(None), office_filter(user, model.office_id), *where)
            )
            or 0
        )

    open_declarations = _open_declarations(ctx, today)
    with ctx.db.reading() as session:
        deadlines = []
        watched = (
            ("accident", AccidentDeclaration, AccidentDeclaration.deadline, ("draft",)),
            (
                "certificate",
                CertificateRequest,
                CertificateRequest.due_on,
                tuple(sorted(request_states.OPEN)),
            ),
        )
        # a loan reviewer decides loans: the deadlines of declarations and certificates
        # are not theirs (issue 12)
        for kind, model, due_column, states in watched if user.role != "loan_reviewer" else ():
            rows = session.execute(
                select(model.id, due_column, Member.first_name, Member.last_name)
                .join(Member, Member.id == model.member_id)
                .where(
                    model.deleted_at.is_(None),
                    office_filter(user, model.office_id),
                    model.state.in_(states),
                    due_column <= horizon,
                )
                .order_by(due_column)
                .limit(20)
            ).all()
            deadlines += [
                Deadline(kind, due, f"{first} {last}", rid) for rid, due, first, last in rows
            ]
        last_sync = _state(session, "last_sync_at")
        arrears = (
            loans_in_arrears(ctx, today)
            if user.role in ("adviser", "loan_reviewer", "admin")
            else []
        )
        return Dashboard(
            members=count(session, Member),
            draft_quotes=count(session, Quote, Quote.state == "draft"),
            sent_quotes=count(session, Quote, Quote.state == "sent"),
            draft_declarations=count(
                session, AccidentDeclaration, AccidentDeclaration.state == "draft"
            )
            + count(session, InsuranceClaim, InsuranceClaim.state == "draft"),
            open_certificates=count(
                session,
                CertificateRequest,
                CertificateRequest.state.in_(sorted(request_states.OPEN)),
            ),
            requests_waiting=count(
                session, CertificateRequest, CertificateRequest.state == "waiting_for_info"
            ),
            loans_to_decide=count(session, LoanApplication, LoanApplication.state == "submitted"),
            deadlines=sorted(deadlines, key=lambda d: d.due_on)[:20],
            pending_changes=session.scalar(select(func.count()).select_from(OutboxEntry)) or 0,
            last_sync=datetime.fromisoformat(last_sync) if last_sync else None,
            activity_drafts=tuple(activity_drafts(ctx)),
            open_declarations=open_declarations,
            loans_in_arrears=arrears,
        )


def _open_declarations(ctx: ServiceContext, today: date) -> tuple:
    """The declarations section of the home page (issue #10): the open ones, least time
    left first, from the declarations list itself."""
    from app.services.declarations.declarations import list_declarations

    if ctx.user.role == "loan_reviewer":
        return ()
    rows = list_declarations(ctx, today=today)
    return tuple(row for row in rows if row.days_left is not None)
