"""A quote's structured communication is never given twice by one device: the series
communication (`<yy><series><sequence>`) carries no office, so a desk that sends quotes
for two offices (an administrator's) counts them together per series and year."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import select
from stdnum.be import ogm_vcs

from app.db.models import ActivityMember, LocalState
from app.services.numbering import SERIES_STATE
from app.services.quotes.clients import ClientInput, create_client
from app.services.quotes.quotes import LineInput, add_line, create_quote, quote_view, send_quote
from tests.integration.quotes.test_quotes import give_identity

SERIES = 107
TODAY = date.today()


def _sent_quote(people, ctx, member_id: str) -> tuple[str, str]:
    with people.db.reading() as session:
        activity = session.scalar(
            select(ActivityMember.activity_id).where(ActivityMember.member_id == member_id)
        )
    client = create_client(
        ctx, activity, ClientInput("business", "Bouw Demo BV", "BE", "BE0403019261")
    )
    quote_id = create_quote(ctx, activity, client, TODAY)
    add_line(ctx, quote_id, LineInput("Vertaling", "translation", Decimal(100), Decimal("0.125")))
    number = send_quote(ctx, quote_id)
    return number, quote_view(ctx, quote_id).payment_reference


def test_quotes_of_two_offices_on_one_desk_never_share_a_communication(people):
    give_identity(people)
    with people.db.transaction() as session:
        session.add(LocalState(key=SERIES_STATE, value=str(SERIES)))
    admin = people.ctx(people.admin)  # an administrator's desk works for every office
    sent = [
        _sent_quote(people, admin, member)
        for member in (people.gent_member, people.brussels_member, people.gent_member)
    ]
    communications = [communication for _number, communication in sent]
    assert len(set(communications)) == 3
    assert all(ogm_vcs.is_valid(c) for c in communications)
    year = TODAY.year
    assert [number for number, _c in sent] == [
        f"GNT-{year}-107-00001",
        f"BXL-{year}-107-00002",
        f"GNT-{year}-107-00003",
    ]
