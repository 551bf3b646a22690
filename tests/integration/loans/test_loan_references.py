"""A loan's structured communication is never given twice by one device (wave 4): the
series communication (`5<yy><series><sequence>`) carries no office, so a desk that
prepares loans for two offices counts them together, and a communication already on the
device (pulled from a copy of this database, say) is skipped."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from stdnum.be import ogm_vcs

from app.db.models import ActivityMember, LoanApplication, LocalState
from app.domain.numbering import series_loan_communication
from app.services.loans.loans import create_application, loan_view
from app.services.numbering import SERIES_STATE

SERIES = 107
YEAR = date.today().year


def _with_series(db, series: int = SERIES) -> None:
    with db.transaction() as session:
        session.add(LocalState(key=SERIES_STATE, value=str(series)))


def _activity(people, member_id: str) -> str:
    with people.db.reading() as session:
        return session.scalar(
            select(ActivityMember.activity_id).where(ActivityMember.member_id == member_id)
        )


def test_loans_of_two_offices_on_one_desk_never_share_a_communication(people):
    _with_series(people.db)
    admin = people.ctx(people.admin)  # an admin's desk prepares for every office
    given = []
    for member in (people.gent_member, people.brussels_member, people.gent_member):
        view = loan_view(admin, create_application(admin, _activity(people, member)))
        given.append((view.reference, view.ogm))
    ogms = [ogm for _reference, ogm in given]
    assert len(set(ogms)) == 3
    assert all(ogm_vcs.is_valid(ogm) for ogm in ogms)
    assert [reference for reference, _ogm in given] == [
        f"LOAN-GNT-{YEAR}-107-00001",
        f"LOAN-BXL-{YEAR}-107-00002",
        f"LOAN-GNT-{YEAR}-107-00003",
    ]


def test_a_communication_already_on_the_device_is_skipped(people):
    _with_series(people.db)
    adviser = people.ctx(people.gent_adviser)
    first = loan_view(adviser, create_application(adviser, _activity(people, people.gent_member)))
    # a row from elsewhere (a copy of this database that synced first) holds the next one
    taken = series_loan_communication(YEAR, SERIES, 2)
    with people.db.transaction() as session:
        other = session.get(LoanApplication, first.id)
        session.expunge(other)
        session.add(
            LoanApplication(
                **{
                    c.key: getattr(other, c.key)
                    for c in LoanApplication.__table__.columns
                    if c.key not in ("id", "reference", "ogm")
                },
                reference=f"LOAN-GNT-{YEAR}-999-00001",
                ogm=taken,
            )
        )
    second = loan_view(adviser, create_application(adviser, _activity(people, people.gent_member)))
    assert second.ogm not in (first.ogm, taken)
    with people.db.reading() as session:
        ogms = session.scalars(select(LoanApplication.ogm)).all()
    assert len(ogms) == len(set(ogms)) == 3
