"""Loan applications through the services: draft, submit, four-eyes decision, schedule,
repayments and arrears, each write audited."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.db.models import Activity, AuditEntry, LoanApplication, LoanInstalment, Quote
from app.services.context import ServiceContext
from app.services.errors import NotFound, PermissionDenied, ValidationFailed
from app.services.loans.loans import (
    LoanDraft,
    attach_evidence,
    compute_review,
    create_application,
    decide_application,
    list_loans,
    loan_view,
    loans_in_arrears,
    record_payment,
    repay_balance,
    save_draft,
    submit_application,
)
from app.services.users import create_user, user_by_login

D = Decimal


@pytest.fixture
def reviewer(people):
    create_user(
        ServiceContext(people.db, people.admin),
        "reviewer",
        "Rita Reviewer",
        "loan_reviewer",
        "BXL",
        "4444",
    )
    return ServiceContext(people.db, user_by_login(people.db, "reviewer"))


def _activity(people, member_id):
    with people.db.reading() as session:
        from app.db.models import ActivityMember

        return session.scalar(
            select(ActivityMember.activity_id).where(ActivityMember.member_id == member_id)
        )


def _submitted(people, amount="6000.00", months=24, purpose="professional_equipment"):
    adviser = people.ctx(people.gent_adviser)
    loan_id = create_application(adviser, _activity(people, people.gent_member))
    save_draft(
        adviser,
        loan_id,
        LoanDraft(
            purpose=purpose,
            amount=amount,
            months=months,
            first_due=date.today().replace(day=1) + timedelta(days=40),
            explanation="A kiln to fire larger pieces.",
            items=[{"description": "Kiln", "price": amount}],
        ),
    )
    attach_evidence(adviser, loan_id, "quote", "kiln.pdf", b"%PDF-1.4 supplier quote")
    submit_application(adviser, loan_id, assessment="Steady sales at markets.")
    return loan_id


def test_a_draft_saves_as_you_type_and_gets_its_reference(people):
    adviser = people.ctx(people.gent_adviser)
    loan_id = create_application(adviser, _activity(people, people.gent_member))
    save_draft(adviser, loan_id, LoanDraft(amount="12", explanation="Ki"))
    save_draft(adviser, loan_id, LoanDraft(amount="1250.5", explanation="Kiln"))
    view = loan_view(adviser, loan_id)
    assert view.amount == D("1250.50") and view.explanation == "Kiln"
    assert view.reference == f"LOAN-GNT-{date.today().year}-0001"
    assert view.ogm.startswith("+++52")
    with pytest.raises(ValidationFailed) as caught:
        save_draft(adviser, loan_id, LoanDraft(amount="12,345,6"))
    assert caught.value.problems[0].message_key == "loans.not_an_amount"
    second = create_application(adviser, _activity(people, people.gent_member))
    assert loan_view(adviser, second).reference.endswith("-0002")
    with people.db.reading() as session:
        actions = session.scalars(
            select(AuditEntry.action).where(AuditEntry.entity_id == loan_id)
        ).all()
    assert actions.count("loan.save") == 2 and "loan.create" in actions


def test_submit_checks_evidence_and_the_cap_with_earlier_loans_of_the_same_project(
    people, reviewer
):
    adviser = people.ctx(people.gent_adviser)
    first = _submitted(people, amount="20000.00", months=48)
    decide_application(reviewer, first, approve=True)
    loan_id = create_application(adviser, _activity(people, people.gent_member))
    save_draft(
        adviser,
        loan_id,
        LoanDraft(
            purpose="professional_equipment",
            amount="5000.01",
            months=12,
            first_due=date.today() + timedelta(days=30),
            explanation="Second kiln",
        ),
    )
    with pytest.raises(ValidationFailed) as caught:
        submit_application(adviser, loan_id)
    keys = [p.message_key for p in caught.value.problems]
    assert keys == ["loans.reason.cap_exceeded", "loans.reason.evidence_missing"]
    assert caught.value.problems[0].params["outstanding"] == "20000.00"
    attach_evidence(adviser, loan_id, "invoice", "invoice.pdf", b"%PDF-1.4 invoice")
    save_draft(adviser, loan_id, LoanDraft(amount="5000.00", explanation="Second kiln"))
    submit_application(adviser, loan_id)  # exactly at the cap: allowed
    assert loan_view(adviser, loan_id).state == "submitted"


def test_four_eyes_in_the_service(people, reviewer):
    loan_id = _submitted(people)
    # an admin who prepared a loan cannot decide it either
    admin = people.ctx(people.admin)
    own = create_application(admin, _activity(people, people.gent_member))
    save_draft(
        admin,
        own,
        LoanDraft(
            purpose="liquidity",
            amount="900",
            months=6,
            first_due=date.today() + timedelta(days=30),
            explanation="Cash",
        ),
    )
    submit_application(admin, own)
    with pytest.raises(PermissionDenied):
        decide_application(admin, own, approve=True)
    with pytest.raises(PermissionDenied):
        decide_application(people.ctx(people.gent_adviser), loan_id, approve=True)
    assert [r.id for r in list_loans(reviewer, to_decide=True)] == [own, loan_id]
    assert [r.id for r in list_loans(admin, to_decide=True)] == [loan_id]


def test_approve_lower_makes_the_schedule_refuse_needs_a_reason_and_is_final(people, reviewer):
    loan_id = _submitted(people, amount="6000.00", months=24)
    with pytest.raises(ValidationFailed):
        decide_application(reviewer, loan_id, approve=True, amount="6000.01")
    decide_application(reviewer, loan_id, approve=True, amount="4671.00", months=18)
    view = loan_view(reviewer, loan_id)
    assert view.state == "approved" and view.approved_amount == D("4671.00")
    assert len(view.instalments) == 18
    assert sum(i.amount for i in view.instalments) == D("4671.00")
    assert view.decided_by_name == "Rita Reviewer"
    with pytest.raises(ValidationFailed):
        decide_application(reviewer, loan_id, approve=False, reason="Changed my mind about it.")

    refused = _submitted(people, amount="3000.00", months=12)
    with pytest.raises(ValidationFailed) as caught:
        decide_application(reviewer, refused, approve=False, reason="No.")
    assert caught.value.problems[0].message_key == "loans.reason_too_short"
    decide_application(
        reviewer, refused, approve=False, reason="Uw omzet is te laag voor deze lening."
    )
    assert loan_view(reviewer, refused).instalments == []
    # a refused application can be followed by a new one
    again = _submitted(people, amount="2000.00", months=12)
    assert loan_view(reviewer, again).state == "submitted"


def test_payments_partial_full_early_and_arrears(people, reviewer):
    loan_id = _submitted(people, amount="1200.00", months=12)
    decide_application(reviewer, loan_id, approve=True)
    adviser = people.ctx(people.gent_adviser)
    view = loan_view(adviser, loan_id)
    first_due = view.instalments[0].due
    late_day = view.instalments[2].due + timedelta(days=5)
    assert loan_view(adviser, loan_id, today=late_day).arrears == D("300.00")
    assert record_payment(adviser, loan_id, "150.00", first_due) == D("1050.00")
    later = loan_view(adviser, loan_id, today=late_day)
    assert later.arrears == D("150.00")
    assert later.instalments[0].paid == D("100.00") and later.instalments[1].paid == D("50.00")
    assert later.instalments[1].balance_after == D("1050.00")
    assert later.arrears_days == (late_day - view.instalments[1].due).days
    with pytest.raises(ValidationFailed) as caught:
        record_payment(adviser, loan_id, "1050.01")
    assert caught.value.problems[0].params == {"balance": "1050.00"}
    with pytest.raises(PermissionDenied):
        record_payment(reviewer, loan_id, "10.00")
    assert repay_balance(adviser, loan_id) == D("0.00")
    done = loan_view(adviser, loan_id, today=late_day)
    assert done.balance == 0 and done.arrears == 0 and not done.can_pay
    with people.db.reading() as session:
        assert (
            session.scalar(
                select(func.count())
                .select_from(AuditEntry)
                .where(AuditEntry.action == "loan.payment")
            )
            == 2 + 11
        )


def test_the_review_file_is_computed_from_the_activitys_data(people, reviewer):
    adviser = people.ctx(people.gent_adviser)
    activity_id = _activity(people, people.gent_member)
    with people.db.transaction() as session:
        act = session.get(Activity, activity_id)
        for months_ago, net in ((2, "1200.00"), (5, "1200.00"), (14, "9999.00")):
            session.add(
                Quote(
                    office_id=act.office_id,
                    activity_id=activity_id,
                    client_id=_client(session, act),
                    state="accepted",
                    issue_date=date.today() - timedelta(days=30 * months_ago),
                    valid_until=date.today(),
                    total_net=D(net),
                )
            )
    loan_id = create_application(adviser, activity_id)
    save_draft(
        adviser,
        loan_id,
        LoanDraft(
            purpose="liquidity",
            amount="2400.00",
            months=24,
            first_due=date.today() + timedelta(days=30),
            explanation="x",
        ),
    )
    review = compute_review(adviser, loan_id)
    assert review.invoiced_12m == D("2400.00")  # the quote of 14 months ago is out
    assert review.average_monthly_income == D("200.00")
    assert review.instalment == D("100.00") and review.instalment_share == D("50.0")
    flag = next(f for f in review.flags if f.code == "instalment_above_threshold")
    assert flag.params["threshold"] == "35" and "ASSUMPTION" in flag.params["source"]
    save_draft(adviser, loan_id, LoanDraft(amount="1200.00", months=24))
    assert not any(
        f.code == "instalment_above_threshold" for f in compute_review(adviser, loan_id).flags
    )


def _client(session, act):
    from app.db.models import Client

    client = Client(
        office_id=act.office_id,
        activity_id=act.id,
        kind="business",
        name="Galerie",
        country="BE",
        language="nl",
    )
    session.add(client)
    session.flush()
    return client.id


def test_another_office_does_not_see_the_loan(people, reviewer):
    loan_id = _submitted(people)
    with pytest.raises(NotFound):
        loan_view(people.ctx(people.brussels_adviser), loan_id)
    assert list_loans(people.ctx(people.brussels_adviser)) == []
    assert loans_in_arrears(people.ctx(people.gent_adviser)) == []
    with people.db.reading() as session:
        assert session.scalar(select(func.count()).select_from(LoanInstalment)) == 0
        assert session.get(LoanApplication, loan_id).review["flags"] is not None


def test_the_overview_counts_per_month_and_purpose_and_exports_csv(people, reviewer):
    from app.services.loans.figures import figures_csv, loan_figures

    approved = _submitted(people, amount="6000.00", months=24)
    decide_application(reviewer, approved, approve=True, amount="4000.00")
    refused = _submitted(people, amount="1000.00", months=12, purpose="liquidity")
    decide_application(reviewer, refused, approve=False, reason="Te weinig omzet voor deze lening.")
    _submitted(people, amount="900.00", months=6)
    figures = loan_figures(people.ctx(people.gent_adviser))
    month = figures.months[-1]
    assert month.month == f"{date.today():%Y-%m}"
    assert (month.applications, month.approved, month.refused) == (3, 1, 1)
    assert month.total == D("4000.00") and month.average == D("4000.00")
    assert month.by_purpose["professional_equipment"] == D("4000.00")
    assert month.by_purpose["liquidity"] == 0
    assert loan_figures(people.ctx(people.brussels_adviser)).total.applications == 0
    assert (
        loan_figures(people.ctx(people.brussels_adviser), cooperative=True).total.applications == 3
    )
    lines = figures_csv(figures).splitlines()
    assert lines[0].startswith("month,applications,approved,refused,total,average,purpose:")
    assert lines[-1].startswith("total,3,1,1,4000.00,4000.00,4000.00,")
    assert len(lines) == 1 + 12 + 1


def test_the_home_page_lists_loans_in_arrears_for_the_office_and_the_reviewer(people, reviewer):
    from app.services.dashboard import dashboard

    loan_id = _submitted(people, amount="1200.00", months=12)
    decide_application(reviewer, loan_id, approve=True)
    first_due = loan_view(reviewer, loan_id).instalments[0].due
    later = first_due + timedelta(days=20)
    (row,) = dashboard(people.ctx(people.gent_adviser), today=later).loans_in_arrears
    assert row.id == loan_id and row.arrears_days == 20 and row.arrears == D("100.00")
    assert [r.id for r in dashboard(reviewer, today=later).loans_in_arrears] == [loan_id]
    assert dashboard(people.ctx(people.brussels_adviser), today=later).loans_in_arrears == []
    assert dashboard(people.ctx(people.teamadmin), today=later).loans_in_arrears == []
    record_payment(people.ctx(people.gent_adviser), loan_id, "100.00", first_due)
    assert dashboard(people.ctx(people.gent_adviser), today=first_due).loans_in_arrears == []
