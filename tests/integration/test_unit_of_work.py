"""One unit of work through each use case: a use case of several steps commits whole or
not at all, audit trail and sync outbox included, and says what it changed."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.db.models import ActivityMember, AuditEntry, OutboxEntry, Quote, QuoteLine
from app.services.members.members import update_member_contact
from app.services.quotes import quotes
from app.services.quotes.clients import ClientInput, create_client, update_client
from app.services.quotes.quotes import (
    LineInput,
    add_line,
    create_quote,
    duplicate_quote,
    expire_quotes,
    send_quote,
    update_line,
)

DAY = date(2026, 3, 16)


@pytest.fixture
def draft(people):
    """A Brussels adviser's draft quote of two lines (its entity's issuer identity set)."""
    from tests.integration.quotes.test_quotes import give_identity

    give_identity(people)
    ctx = people.ctx(people.brussels_adviser)
    with people.db.reading() as session:
        activity = session.scalar(
            select(ActivityMember.activity_id).where(
                ActivityMember.member_id == people.brussels_member
            )
        )
    client = create_client(ctx, activity, ClientInput("private", "Anne Peeters", "BE"))
    quote_id = create_quote(ctx, activity, client, DAY)
    for description in ("Portrait", "Frame"):
        add_line(
            ctx, quote_id, LineInput(description, "design_service", Decimal(1), Decimal("80.00"))
        )
    return ctx, activity, client, quote_id


def counts(db) -> tuple[int, int, int, int]:
    with db.reading() as session:
        return tuple(
            session.scalar(select(func.count()).select_from(model))
            for model in (Quote, QuoteLine, AuditEntry, OutboxEntry)
        )


def test_a_duplicate_that_fails_at_its_second_line_leaves_no_quote_audit_or_outbox(
    draft, monkeypatch
):
    ctx, _activity, _client, quote_id = draft
    before = counts(ctx.db)
    real_add_line = quotes.add_line
    calls = []

    def add_line_failing_the_second_time(*args, **kwargs):
        calls.append(args)
        if len(calls) == 2:
            raise RuntimeError("disk full")
        return real_add_line(*args, **kwargs)

    monkeypatch.setattr(quotes, "add_line", add_line_failing_the_second_time)
    with pytest.raises(RuntimeError, match="disk full"):
        duplicate_quote(ctx, quote_id, issue_date=date(2026, 4, 1))
    assert len(calls) == 2  # the new quote and its first line were written, then undone
    assert counts(ctx.db) == before


def test_a_duplicate_is_one_quote_with_its_lines_and_says_so(draft):
    ctx, _activity, _client, quote_id = draft
    copy = duplicate_quote(ctx, quote_id, issue_date=date(2026, 4, 1))
    with ctx.db.reading() as session:
        lines = set(session.scalars(select(QuoteLine.id).where(QuoteLine.quote_id == copy)))
    assert len(lines) == 2
    assert copy.changes.quotes == {copy}
    assert copy.changes.quote_lines == lines
    assert not copy.changes.members


def test_a_service_inside_an_open_unit_of_work_joins_it_instead_of_committing_alone(draft):
    ctx, activity, client, _quote_id = draft
    before = counts(ctx.db)
    with pytest.raises(LookupError):
        with ctx.db.unit_of_work() as unit:
            made = create_quote(ctx, activity, client, DAY)
            with ctx.db.reading() as session:  # the use case reads its own writes
                assert session.get(Quote, made) is not None
            assert unit.changes.quotes == {made}
            raise LookupError("a later step of the use case fails")
    assert counts(ctx.db) == before


def test_a_write_service_returns_the_rows_it_changed(draft):
    ctx, _activity, _client, quote_id = draft
    with ctx.db.reading() as session:
        first = session.scalar(select(QuoteLine.id).where(QuoteLine.quote_id == quote_id))
    changes = update_line(
        ctx, first, LineInput("Portrait, framed", "design_service", Decimal(2), Decimal("80.00"))
    )
    assert changes.quote_lines == {first}
    assert changes.quotes == {quote_id}  # its totals followed
    assert changes.of("clients") == frozenset()
    with pytest.raises(AttributeError):
        changes.quote  # noqa: B018 - a misspelt table is an error, not an empty set


def test_units_of_work_do_not_leak_between_uses(draft):
    ctx, activity, client, _quote_id = draft
    first = create_quote(ctx, activity, client, DAY)
    second = create_quote(ctx, activity, client, DAY)
    assert first.changes.quotes == {first}
    assert second.changes.quotes == {second}


def test_member_and_client_edits_name_the_rows_they_changed(people, draft):
    ctx, activity, client, _quote_id = draft
    changes = update_member_contact(ctx, people.brussels_member, city="Ixelles")
    assert changes.members == {people.brussels_member}
    assert not changes.quotes
    made = create_client(ctx, activity, ClientInput("private", "Jan Claes", "BE"))
    assert made.changes.clients == {made}
    edited = update_client(ctx, client, ClientInput("private", "Anne Peeters-Claes", "BE"))
    assert edited.clients == {client}


def test_a_move_and_a_batch_of_moves_name_the_quotes_they_moved(draft):
    ctx, _activity, _client, quote_id = draft
    number = send_quote(ctx, quote_id)
    assert number.changes.quotes == {quote_id}
    expired = expire_quotes(ctx, today=date(2027, 1, 1))
    assert expired == 1 and expired.changes.quotes == {quote_id}
