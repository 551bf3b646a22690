"""The loan's documents: a frozen `LoanDocument` built from the loan, rendered to PDF in
the member's language (the agreement once approved, the refusal letter once refused)."""

from __future__ import annotations

import os
import tempfile
from datetime import date
from pathlib import Path

from app.db.models import Activity, LoanApplication, Member
from app.documents.loans.loan_pdf import LoanDocument, render_agreement, render_refusal
from app.domain.loans.loan_rules import loan_rules_on
from app.domain.loans.schedule import Instalment
from app.services.context import ServiceContext
from app.services.errors import FieldProblem, NotFound, ValidationFailed
from app.services.loans.loans import loan_view
from app.services.permissions import ensure_can_read

KINDS = {"agreement": "approved", "refusal": "refused"}


def loan_document(ctx: ServiceContext, loan_id: str, account=None) -> LoanDocument:
    view = loan_view(ctx, loan_id)
    with ctx.db.reading() as session:
        loan = session.get(LoanApplication, loan_id)
        if loan is None:
            raise NotFound()
        ensure_can_read(ctx.user, loan.office_id)
        member = session.get(Member, loan.member_id)
        activity = session.get(Activity, loan.activity_id)
        address = ", ".join(
            x for x in (member.street, f"{member.postcode} {member.city}".strip()) if x
        )
        entity = activity.entity
    account = account or loan_rules_on(date.today()).account
    amount = view.approved_amount if view.approved_amount is not None else view.amount
    return LoanDocument(
        language=view.member_language if view.member_language in ("nl", "fr", "en") else "nl",
        reference=view.reference,
        ogm=view.ogm,
        member_name=view.member_name,
        member_address=address,
        activity_name=view.activity_name,
        entity=entity,
        purpose=view.purpose,
        amount=amount,
        months=view.approved_months or view.months,
        decided_on=view.decided_at.date() if view.decided_at else None,
        decision_reason=view.decision_reason,
        instalments=tuple(
            Instalment(
                i.number,
                i.due,
                i.amount,
                amount - sum(x.amount for x in view.instalments[: i.number]),
            )
            for i in view.instalments
        ),
        account_name=account.name,
        account_iban=account.iban,
        account_bic=account.bic,
    )


def loan_pdf(ctx: ServiceContext, loan_id: str, kind: str, account=None) -> bytes:
    document = loan_document(ctx, loan_id, account)
    state = loan_view(ctx, loan_id).state
    if KINDS.get(kind) != state:
        raise ValidationFailed([FieldProblem("document", "loans.no_such_document")])
    return render_agreement(document) if kind == "agreement" else render_refusal(document)


def write_loan_document(ctx: ServiceContext, loan_id: str, kind: str, path: Path) -> Path:
    """Write the PDF to `path` whole or not at all (a temporary file, then renamed)."""
    data = loan_pdf(ctx, loan_id, kind)
    path = Path(path)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".loan-", suffix=".pdf")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path
