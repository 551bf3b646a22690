"""Demo loans follow the loan rules: every one passes `assess_loan`, approved ones carry
exactly the domain's schedule, references and OGMs are valid and unique."""

from __future__ import annotations

from collections import defaultdict

import pytest
from sqlalchemy import select
from stdnum.be import ogm_vcs

from app.config import Paths
from app.db.local import open_local
from app.db.models import LoanApplication, LoanInstalment
from app.domain.loans.loan_rules import loan_rules_on
from app.domain.loans.schedule import schedule
from smartdesk_entrypoints.cli import main


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo") / "data"
    assert main(["--data-dir", str(folder), "demo-data", "--scale", "office", "--seed", "3"]) == 0
    database = open_local(Paths.in_folder(folder))
    yield database
    database.dispose()


def test_demo_loans_are_scheduled_by_the_domain_rules(db):
    with db.reading() as session:
        loans = session.scalars(select(LoanApplication)).all()
        rows = defaultdict(list)
        for row in session.scalars(select(LoanInstalment).order_by(LoanInstalment.number)):
            rows[row.loan_id].append(row)
        assert loans
        assert len({loan.reference for loan in loans}) == len(loans)
        for loan in loans:
            rules = loan_rules_on(loan.created_at.date())
            assert loan.purpose in rules.purposes
            assert 1 <= loan.months <= rules.purposes[loan.purpose].max_months
            assert 0 < loan.amount <= rules.cap_per_project
            assert ogm_vcs.is_valid(loan.ogm)
            assert loan.reference.startswith("LOAN-")
            if loan.state != "approved":
                assert loan.id not in rows
                continue
            expected = schedule(loan.approved_amount, loan.approved_months, loan.first_due)
            got = rows[loan.id]
            assert [(r.number, r.due_on, r.amount) for r in got] == [
                (e.number, e.due, e.amount) for e in expected
            ]
            assert all(0 <= r.paid_amount <= r.amount for r in got)
            assert all((r.paid_on is not None) == (r.paid_amount == r.amount) for r in got)
