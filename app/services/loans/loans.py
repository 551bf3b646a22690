"""Loan applications, from the adviser's draft to the last repayment (issue 12).

One function per user action; each write is one unit of work with its audit entry and
sync outbox entry. The rules are the domain's (`app/domain/loans`): the command line,
these services and the demo data call the same functions.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation

from sqlalchemy import func, select

from app.db.models import (
    Activity,
    ActivityMember,
    Contract,
    LoanApplication,
    LoanInstalment,
    Member,
    Office,
    Quote,
    User,
)
from app.db.types import utcnow
from app.domain.loans.loan_rules import loan_rules_on
from app.domain.loans.loan_states import EDITABLE, TransitionRefused, next_state
from app.domain.loans.repayment import Due, allocate, arrears, balance
from app.domain.loans.review import ReviewFigures, review_figures
from app.domain.loans.schedule import CENT, Reason, assess_loan, schedule
from app.domain.members.budget import budget_rules_on
from app.services.attachments.store import AttachmentInfo, attach, attachments_of
from app.services.audit import record_change, snapshot
from app.services.context import ServiceContext
from app.services.errors import FieldProblem, NotFound, PermissionDenied, ValidationFailed
from app.services.loans.references import allocate_loan_reference
from app.services.permissions import ensure_can_read, ensure_can_write_member_data, office_filter
from app.services.results import StrWithChanges, changes_of

ZERO = Decimal("0.00")
OWNER = "loan_applications"


# ---------------------------------------------------------------- values


@dataclass(frozen=True)
class LoanDraft:
    """What the adviser types; every field may still be empty while typing."""

    purpose: str | None = None
    amount: str | Decimal | None = None
    months: int | str | None = None
    first_due: date | None = None
    explanation: str = ""
    items: list[dict] = field(default_factory=list)  # [{"description", "price"}]
    assessment: str = ""


@dataclass(frozen=True)
class InstalmentRow:
    number: int
    due: date
    amount: Decimal
    paid: Decimal
    paid_on: date | None
    balance_after: Decimal
    late_days: int


@dataclass(frozen=True)
class LoanView:
    id: str
    reference: str
    ogm: str
    state: str
    office_code: str
    member_id: str
    member_name: str
    member_language: str
    activity_id: str
    activity_name: str
    purpose: str
    amount: Decimal
    months: int
    first_due: date | None
    explanation: str
    items: list[dict]
    assessment: str
    evidence: dict[str, str]
    attachments: list[AttachmentInfo]
    prepared_by: str | None
    prepared_by_name: str
    decided_by_name: str
    decided_at: object
    decision_reason: str
    approved_amount: Decimal | None
    approved_months: int | None
    review: dict | None
    instalments: list[InstalmentRow]
    balance: Decimal
    arrears: Decimal
    arrears_days: int
    #: what the current user may do on it
    can_edit: bool
    can_decide: bool
    can_pay: bool


@dataclass(frozen=True)
class LoanRow:
    id: str
    reference: str
    state: str
    office_code: str
    member_name: str
    activity_name: str
    purpose: str
    amount: Decimal
    months: int
    created: date
    balance: Decimal
    arrears: Decimal
    arrears_days: int


# ---------------------------------------------------------------- helpers


def _money(value, name: str, problems: list, required: bool = False) -> Decimal | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            problems.append(FieldProblem(name, "loans.required"))
        return None
    try:
        amount = Decimal(str(value).strip().replace(",", "."))
    except InvalidOperation:
        problems.append(FieldProblem(name, "loans.not_an_amount"))
        return None
    if not amount.is_finite() or amount != amount.quantize(CENT) or abs(amount) >= 10**9:
        problems.append(FieldProblem(name, "loans.not_an_amount"))
        return None
    return amount


def _months(value, problems: list, required: bool = False) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            problems.append(FieldProblem("months", "loans.required"))
        return None
    try:
        months = int(str(value).strip())
    except ValueError:
        problems.append(FieldProblem("months", "loans.not_a_term"))
        return None
    if not 0 <= months <= 600:
        problems.append(FieldProblem("months", "loans.not_a_term"))
        return None
    return months


def _clean(draft: LoanDraft, required: bool = False) -> dict:
    problems: list[FieldProblem] = []
    values: dict = {}
    purposes = loan_rules_on(draft.first_due or date.today()).purposes
    if draft.purpose is not None and draft.purpose not in purposes:
        problems.append(FieldProblem("purpose", "loans.unknown_purpose"))
    elif draft.purpose is not None:
        values["purpose"] = draft.purpose
    amount = _money(draft.amount, "amount", problems, required)
    if amount is not None:
        values["amount"] = amount
    months = _months(draft.months, problems, required)
    if months is not None:
        values["months"] = months
    if draft.first_due is not None:
        values["first_due"] = draft.first_due
    items = []
    for i, item in enumerate(draft.items or []):
        description = str(item.get("description", "")).strip()
        price = _money(item.get("price"), f"items[{i}].price", problems)
        if description or price is not None:
            items.append({"description": description[:200], "price": f"{price or ZERO:.2f}"})
    values["items"] = items
    values["explanation"] = (draft.explanation or "").strip()
    values["assessment"] = (draft.assessment or "").strip()
    if problems:
        raise ValidationFailed(problems)
    return values


def _load(session, ctx: ServiceContext, loan_id: str) -> LoanApplication:
    loan = session.get(LoanApplication, loan_id)
    if loan is None or loan.deleted_at is not None:
        raise NotFound()
    ensure_can_read(ctx.user, loan.office_id)
    return loan


def _instalments(session, loan_id: str) -> list[LoanInstalment]:
    return list(
        session.scalars(
            select(LoanInstalment)
            .where(LoanInstalment.loan_id == loan_id, LoanInstalment.deleted_at.is_(None))
            .order_by(LoanInstalment.number)
        )
    )


def _dues(rows: list[LoanInstalment]) -> list[Due]:
    return [Due(r.number, r.due_on, r.amount, r.paid_amount or ZERO) for r in rows]


def _outstanding(
    session,
    activity_id: str | None = None,
    member_id: str | None = None,
    exclude: str | None = None,
    today: date | None = None,
) -> tuple[Decimal, Decimal, int]:
    """(still owed, in arrears, days late) over the approved loans of an Activity or a member."""
    query = select(LoanApplication.id).where(
        LoanApplication.state == "approved", LoanApplication.deleted_at.is_(None)
    )
    if activity_id:
        query = query.where(LoanApplication.activity_id == activity_id)
    if member_id:
        query = query.where(LoanApplication.member_id == member_id)
    if exclude:
        query = query.where(LoanApplication.id != exclude)
    owed, late, days = ZERO, ZERO, 0
    for loan_id in session.scalars(query):
        dues = _dues(_instalments(session, loan_id))
        owed += balance(dues)
        a = arrears(dues, today or date.today())
        late += a.amount
        days = max(days, a.days_late)
    return owed, late, days


def _evidence_kinds(loan: LoanApplication, attachments: list[AttachmentInfo]) -> list[str]:
    live = {a.id for a in attachments}
    return [kind for aid, kind in (loan.evidence or {}).items() if aid in live]


def _reason_problems(field_of: dict[str, str], reasons: tuple[Reason, ...]) -> list[FieldProblem]:
    return [
        FieldProblem(field_of.get(r.code, "amount"), r.message_key, dict(r.params)) for r in reasons
    ]


FIELD_OF_REASON = {
    "amount_not_positive": "amount",
    "cap_exceeded": "amount",
    "term_too_short": "months",
    "term_too_long": "months",
    "evidence_missing": "evidence",
}


# ---------------------------------------------------------------- the adviser


def create_application(
    ctx: ServiceContext, activity_id: str, draft: LoanDraft | None = None
) -> str:
    """A new draft for the Activity, with its reference and structured communication."""
    values = _clean(draft or LoanDraft())
    with ctx.db.transaction() as session:
        activity = session.get(Activity, activity_id)
        if activity is None or activity.deleted_at is not None:
            raise NotFound(field="activity")
        ensure_can_write_member_data(ctx.user, activity.office_id)
        member_id = session.scalar(
            select(ActivityMember.member_id)
            .where(ActivityMember.activity_id == activity_id, ActivityMember.deleted_at.is_(None))
            .order_by(ActivityMember.role != "holder", ActivityMember.created_at)
        )
        if member_id is None:
            raise ValidationFailed([FieldProblem("activity", "loans.activity_without_member")])
        reference, ogm = allocate_loan_reference(session, activity.office_id, date.today().year)
        loan = LoanApplication(
            office_id=activity.office_id,
            activity_id=activity_id,
            member_id=member_id,
            amount=values.pop("amount", ZERO),
            months=values.pop("months", 12),
            purpose=values.pop("purpose", next(iter(loan_rules_on(date.today()).purposes))),
            first_due=values.pop("first_due", None),
            state="draft",
            prepared_by=ctx.user.id,
            reference=reference,
            ogm=ogm,
            evidence={},
            updated_by=ctx.user.id,
            **values,
        )
        session.add(loan)
        record_change(session, ctx, "loan.create", loan, None, "insert")
        return StrWithChanges(loan.id, changes_of(session))


def save_draft(ctx: ServiceContext, loan_id: str, draft: LoanDraft):
    """Save what the adviser typed so far (drafts save as you type). Only fields that are
    readable are checked here; the rules are checked when the application is submitted."""
    values = _clean(draft)
    with ctx.db.transaction() as session:
        loan = _load(session, ctx, loan_id)
        ensure_can_write_member_data(ctx.user, loan.office_id)
        if loan.state not in EDITABLE:
            raise ValidationFailed([FieldProblem("state", "loans.not_editable")])
        before = snapshot(loan)
        for key, value in values.items():
            setattr(loan, key, value)
        if snapshot(loan) != before:
            loan.updated_by = ctx.user.id
            record_change(session, ctx, "loan.save", loan, before)
        return changes_of(session)


def attach_evidence(ctx: ServiceContext, loan_id: str, kind: str, filename: str, data: bytes):
    """Attach a supplier's quote, an invoice, a programme or expense notes to the
    application, saying which kind of evidence it is."""
    with ctx.db.transaction() as session:
        loan = _load(session, ctx, loan_id)
        ensure_can_write_member_data(ctx.user, loan.office_id)
        if loan.state not in EDITABLE:
            raise ValidationFailed([FieldProblem("state", "loans.not_editable")])
        kinds = {k for p in loan_rules_on(date.today()).purposes.values() for k in p.evidence}
        if kind not in kinds:
            raise ValidationFailed([FieldProblem("evidence", "loans.unknown_evidence")])
        info = attach(ctx, OWNER, loan.id, loan.office_id, filename, data)
        before = snapshot(loan)
        loan.evidence = {**(loan.evidence or {}), info.id: kind}
        loan.updated_by = ctx.user.id
        record_change(session, ctx, "loan.evidence", loan, before)
        return info


def compute_review(ctx: ServiceContext, loan_id: str, today: date | None = None) -> ReviewFigures:
    """The review file, computed from the Activity's quotes, contracts and loans."""
    today = today or date.today()
    with ctx.db.reading() as session:
        loan = _load(session, ctx, loan_id)
        return _review(session, loan, today)


def _review(session, loan: LoanApplication, today: date) -> ReviewFigures:
    rules = loan_rules_on(today)
    since = today - timedelta(days=365)
    activity = session.get(Activity, loan.activity_id)
    invoiced = session.scalar(
        select(func.sum(Quote.total_net)).where(
            Quote.activity_id == loan.activity_id,
            Quote.state == "accepted",
            Quote.issue_date > since,
            Quote.issue_date <= today,
            Quote.deleted_at.is_(None),
        )
    )
    invoiced = invoiced if invoiced is not None else ZERO
    coefficients = budget_rules_on(today).coefficients
    werkbudget = ZERO
    for contract_type, wage in session.execute(
        select(Contract.contract_type, Contract.gross_wage).where(
            Contract.activity_id == loan.activity_id,
            Contract.start_date > since,
            Contract.start_date <= today,
            Contract.deleted_at.is_(None),
        )
    ):
        if contract_type in coefficients:
            werkbudget += (wage * coefficients[contract_type]).quantize(CENT)
    same, late_same, days_same = _outstanding(
        session, activity_id=loan.activity_id, exclude=loan.id, today=today
    )
    owed, late, days = _outstanding(session, member_id=loan.member_id, exclude=loan.id, today=today)
    amount = loan.amount if loan.amount and loan.amount > 0 else None
    months = loan.months if loan.months and loan.months > 0 else None
    instalment = (
        schedule(amount, months, loan.first_due or today)[0].amount if amount and months else ZERO
    )
    return review_figures(
        rules,
        today,
        activity.started_on,
        invoiced,
        werkbudget,
        owed,
        same,
        late,
        days,
        instalment,
    )


def submit_application(ctx: ServiceContext, loan_id: str, assessment: str | None = None):
    """Send the application to a reviewer: the rules are checked (cap with what is still
    owed on the same Activity, term, evidence), the review file is computed and kept."""
    with ctx.db.transaction() as session:
        loan = _load(session, ctx, loan_id)
        ensure_can_write_member_data(ctx.user, loan.office_id)
        try:
            state = next_state("submit", loan.state, ctx.user.role)
        except TransitionRefused as exc:
            raise ValidationFailed([FieldProblem("state", exc.message_key)]) from exc
        problems = []
        if loan.first_due is None:
            problems.append(FieldProblem("first_due", "loans.required"))
        if assessment is not None:
            loan.assessment = assessment.strip()
        if not (loan.explanation or "").strip():
            problems.append(FieldProblem("explanation", "loans.required"))
        if problems:
            raise ValidationFailed(problems)
        same, _, _ = _outstanding(session, activity_id=loan.activity_id, exclude=loan.id)
        kinds = _evidence_kinds(loan, attachments_of(ctx, OWNER, loan.id))
        verdict = assess_loan(
            loan.amount, loan.months, loan.purpose, loan.first_due, same, kinds, on=date.today()
        )
        if not verdict.acceptable:
            raise ValidationFailed(_reason_problems(FIELD_OF_REASON, verdict.reasons))
        before = snapshot(loan)
        loan.review = _review(session, loan, date.today()).to_json()
        loan.state = state
        loan.submitted_at = utcnow()
        loan.updated_by = ctx.user.id
        record_change(session, ctx, "loan.submit", loan, before)
        return changes_of(session)


# ---------------------------------------------------------------- the reviewer


def decide_application(
    ctx: ServiceContext,
    loan_id: str,
    approve: bool,
    reason: str = "",
    amount: str | Decimal | None = None,
    months: int | str | None = None,
):
    """Approve (possibly a lower amount or another term) or refuse with a reason for the
    member. Four eyes: never by the person who prepared it. Final; on approval the
    schedule is made."""
    if ctx.user.role not in ("loan_reviewer", "admin"):
        raise PermissionDenied()
    problems: list[FieldProblem] = []
    new_amount = _money(amount, "amount", problems)
    new_months = _months(months, problems)
    reason = (reason or "").strip()
    rules = loan_rules_on(date.today())
    if not approve and len(reason) < rules.min_refusal_reason_length:
        problems.append(
            FieldProblem(
                "reason", "loans.reason_too_short", {"minimum": rules.min_refusal_reason_length}
            )
        )
    if problems:
        raise ValidationFailed(problems)
    with ctx.db.transaction() as session:
        loan = _load(session, ctx, loan_id)
        if loan.prepared_by == ctx.user.id:
            raise PermissionDenied("loans.four_eyes")
        try:
            state = next_state("approve" if approve else "refuse", loan.state, ctx.user.role)
        except TransitionRefused as exc:
            raise ValidationFailed([FieldProblem("state", exc.message_key)]) from exc
        before = snapshot(loan)
        if approve:
            principal = new_amount if new_amount is not None else loan.amount
            term = new_months if new_months is not None else loan.months
            if principal > loan.amount:
                raise ValidationFailed([FieldProblem("amount", "loans.more_than_asked")])
            same, _, _ = _outstanding(session, activity_id=loan.activity_id, exclude=loan.id)
            first_due = loan.first_due or date.today() + timedelta(days=30)
            verdict = assess_loan(
                principal, term, loan.purpose, first_due, same, None, on=date.today()
            )
            if not verdict.acceptable:
                raise ValidationFailed(_reason_problems(FIELD_OF_REASON, verdict.reasons))
            loan.approved_amount = principal
            loan.approved_months = term
            for row in verdict.instalments:
                instalment = LoanInstalment(
                    office_id=loan.office_id,
                    loan_id=loan.id,
                    number=row.number,
                    due_on=row.due,
                    amount=row.amount,
                    paid_amount=ZERO,
                    updated_by=ctx.user.id,
                )
                session.add(instalment)
                record_change(session, ctx, "loan.instalment", instalment, None, "insert")
        loan.state = state
        loan.decided_by = ctx.user.id
        loan.decided_at = utcnow()
        loan.decision_reason = reason
        loan.updated_by = ctx.user.id
        record_change(session, ctx, "loan.approve" if approve else "loan.refuse", loan, before)
        return changes_of(session)


# ---------------------------------------------------------------- repayments


def can_record_payments(ctx: ServiceContext, office_id: str) -> bool:
    return ctx.user.role == "admin" or (
        ctx.user.role == "adviser" and ctx.user.office_id == office_id
    )


def record_payment(ctx: ServiceContext, loan_id: str, amount, paid_on: date | None = None):
    """A payment received: it pays the oldest open instalments first (partial, full or
    the whole balance at once). Returns the balance after it."""
    paid_on = paid_on or date.today()
    problems: list[FieldProblem] = []
    value = _money(amount, "payment", problems, required=True)
    if problems:
        raise ValidationFailed(problems)
    with ctx.db.transaction() as session:
        loan = _load(session, ctx, loan_id)
        if not can_record_payments(ctx, loan.office_id):
            raise PermissionDenied()
        if loan.state != "approved":
            raise ValidationFailed([FieldProblem("payment", "loans.not_approved")])
        rows = _instalments(session, loan.id)
        try:
            parts = allocate(_dues(rows), value)
        except ValueError as exc:
            raise ValidationFailed(
                [
                    FieldProblem(
                        "payment",
                        f"loans.{exc.args[0]}",
                        {"balance": f"{balance(_dues(rows)):.2f}"},
                    )
                ]
            ) from exc
        for row in rows:
            part = parts.get(row.number)
            if not part:
                continue
            before = snapshot(row)
            row.paid_amount = (row.paid_amount or ZERO) + part
            row.last_paid_on = paid_on
            if row.paid_amount == row.amount:
                row.paid_on = paid_on
            row.updated_by = ctx.user.id
            record_change(session, ctx, "loan.payment", row, before)
        return balance(_dues(rows))


def repay_balance(ctx: ServiceContext, loan_id: str, paid_on: date | None = None):
    """Early repayment: the whole balance at once."""
    with ctx.db.reading() as session:
        loan = _load(session, ctx, loan_id)
        owed = balance(_dues(_instalments(session, loan.id)))
    return record_payment(ctx, loan_id, owed, paid_on)


# ---------------------------------------------------------------- reading


def _name(member: Member | None) -> str:
    return f"{member.first_name} {member.last_name}" if member else ""


def loan_view(ctx: ServiceContext, loan_id: str, today: date | None = None) -> LoanView:
    today = today or date.today()
    with ctx.db.reading() as session:
        loan = _load(session, ctx, loan_id)
        member = session.get(Member, loan.member_id)
        activity = session.get(Activity, loan.activity_id)
        office = session.get(Office, loan.office_id)
        preparer = session.get(User, loan.prepared_by) if loan.prepared_by else None
        decider = session.get(User, loan.decided_by) if loan.decided_by else None
        rows = _instalments(session, loan.id)
        dues = _dues(rows)
        late = arrears(dues, today)
        principal = loan.approved_amount if loan.approved_amount is not None else loan.amount
        paid_so_far, out = ZERO, []
        for row, due in zip(rows, dues, strict=True):
            paid_so_far += due.paid
            out.append(
                InstalmentRow(
                    row.number,
                    row.due_on,
                    row.amount,
                    due.paid,
                    row.paid_on,
                    principal - paid_so_far,
                    (today - row.due_on).days if due.open > 0 and row.due_on < today else 0,
                )
            )
        writable = ctx.user.role == "admin" or (
            ctx.user.role == "adviser" and ctx.user.office_id == loan.office_id
        )
        return LoanView(
            id=loan.id,
            reference=loan.reference or "",
            ogm=loan.ogm or "",
            state=loan.state,
            office_code=office.code,
            member_id=loan.member_id,
            member_name=_name(member),
            member_language=member.language if member else "nl",
            activity_id=loan.activity_id,
            activity_name=activity.name if activity else "",
            purpose=loan.purpose,
            amount=loan.amount,
            months=loan.months,
            first_due=loan.first_due,
            explanation=loan.explanation or "",
            items=list(loan.items or []),
            assessment=loan.assessment or "",
            evidence=dict(loan.evidence or {}),
            attachments=attachments_of(ctx, OWNER, loan.id),
            prepared_by=loan.prepared_by,
            prepared_by_name=preparer.display_name if preparer else "",
            decided_by_name=decider.display_name if decider else "",
            decided_at=loan.decided_at,
            decision_reason=loan.decision_reason or "",
            approved_amount=loan.approved_amount,
            approved_months=loan.approved_months,
            review=loan.review,
            instalments=out,
            balance=balance(dues),
            arrears=late.amount,
            arrears_days=late.days_late,
            can_edit=writable and loan.state in EDITABLE,
            can_decide=ctx.user.role in ("loan_reviewer", "admin")
            and loan.state == "submitted"
            and loan.prepared_by != ctx.user.id,
            can_pay=writable and loan.state == "approved" and balance(dues) > 0,
        )


def list_loans(
    ctx: ServiceContext,
    to_decide: bool = False,
    state: str | None = None,
    today: date | None = None,
    activity_id: str | None = None,
) -> list[LoanRow]:
    """The loans this user sees (an adviser: their office; a reviewer: every office),
    newest first; `to_decide`: only those waiting for a decision this user may take;
    `activity_id`: only that Activity's (its page lists them)."""
    today = today or date.today()
    with ctx.db.reading() as session:
        query = (
            select(LoanApplication, Member, Activity, Office)
            .join(Member, Member.id == LoanApplication.member_id)
            .join(Activity, Activity.id == LoanApplication.activity_id)
            .join(Office, Office.id == LoanApplication.office_id)
            .where(
                LoanApplication.deleted_at.is_(None),
                office_filter(ctx.user, LoanApplication.office_id),
            )
            .order_by(LoanApplication.created_at.desc(), LoanApplication.id)
        )
        if to_decide:
            query = query.where(
                LoanApplication.state == "submitted",
                LoanApplication.prepared_by.is_distinct_from(ctx.user.id),
            )
        if state:
            query = query.where(LoanApplication.state == state)
        if activity_id:
            query = query.where(LoanApplication.activity_id == activity_id)
        loans = session.execute(query).all()
        ids = [loan.id for loan, *_ in loans if loan.state == "approved"]
        dues: dict[str, list[Due]] = {i: [] for i in ids}
        if ids:
            for row in session.scalars(
                select(LoanInstalment).where(
                    LoanInstalment.loan_id.in_(ids), LoanInstalment.deleted_at.is_(None)
                )
            ):
                dues[row.loan_id].append(
                    Due(row.number, row.due_on, row.amount, row.paid_amount or ZERO)
                )
        out = []
        for loan, member, activity, office in loans:
            d = dues.get(loan.id, [])
            late = arrears(d, today)
            out.append(
                LoanRow(
                    id=loan.id,
                    reference=loan.reference or "",
                    state=loan.state,
                    office_code=office.code,
                    member_name=_name(member),
                    activity_name=activity.name,
                    purpose=loan.purpose,
                    amount=loan.approved_amount
                    if loan.approved_amount is not None
                    else loan.amount,
                    months=loan.approved_months or loan.months,
                    created=loan.created_at.date(),
                    balance=balance(d),
                    arrears=late.amount,
                    arrears_days=late.days_late,
                )
            )
        return out


def loans_in_arrears(ctx: ServiceContext, today: date | None = None) -> list[LoanRow]:
    """Approved loans with an instalment due and unpaid, most days late first."""
    rows = [r for r in list_loans(ctx, state="approved", today=today) if r.arrears > 0]
    return sorted(rows, key=lambda r: (-r.arrears_days, r.reference))


@dataclass(frozen=True)
class ActivityChoice:
    id: str
    activity_name: str
    member_name: str


def activities_for_loan(
    ctx: ServiceContext, text: str = "", limit: int = 30
) -> list[ActivityChoice]:
    """Activities of the user's office (an admin: all) whose name or holder's name holds
    `text`, for a new application."""
    like = f"%{text.strip()}%"
    with ctx.db.reading() as session:
        query = (
            select(Activity.id, Activity.name, Member.first_name, Member.last_name)
            .join(ActivityMember, ActivityMember.activity_id == Activity.id)
            .join(Member, Member.id == ActivityMember.member_id)
            .where(
                Activity.deleted_at.is_(None),
                ActivityMember.deleted_at.is_(None),
                ActivityMember.role == "holder",
                office_filter(ctx.user, Activity.office_id),
            )
            .order_by(Activity.name, Activity.id)
            .limit(limit)
        )
        if text.strip():
            query = query.where(
                Activity.name.ilike(like)
                | Member.last_name.ilike(like)
                | Member.first_name.ilike(like)
            )
        return [
            ActivityChoice(aid, name, f"{first} {last}")
            for aid, name, first, last in session.execute(query)
        ]
