"""A quote cannot be sent while its entity's issuer identity is incomplete; the message
says what is missing and who sets it (vat-facts.md §11.16)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from app.domain.quotes.issuer import demo_identity
from app.services.errors import PermissionDenied, ServiceError, ValidationFailed
from app.services.quotes.identity import issuer_identity, set_issuer_identity
from app.services.quotes.quotes import LineInput, add_line, create_quote, quote_view, send_quote
from tests.integration.quotes.test_quotes import desk  # noqa: F401


@pytest.fixture
def draft(desk):  # noqa: F811
    ctx, activity, organiser, _french, _private = desk
    quote_id = create_quote(ctx, activity, organiser, date(2026, 3, 16))
    add_line(ctx, quote_id, LineInput("Advies", "consulting", Decimal(2), Decimal(80)))
    return ctx, quote_id


def test_an_incomplete_identity_blocks_sending_and_says_what_is_missing(people, draft):
    ctx, quote_id = draft
    admin = people.ctx(people.admin)
    full = demo_identity("verenigde_producties", 0)
    set_issuer_identity(admin, replace(full, iban="", rpr_court=""))
    view = quote_view(ctx, quote_id)
    assert view.blocking == ["quote.identity_incomplete"]
    assert view.identity_missing == ("rpr_court", "iban")
    with pytest.raises(ServiceError) as refused:
        send_quote(ctx, quote_id)
    assert refused.value.message_key == "quote.identity_incomplete"
    assert refused.value.params == {"entity": "verenigde_producties", "missing": "rpr_court, iban"}
    assert quote_view(ctx, quote_id).number is None  # nothing written
    set_issuer_identity(admin, full)
    assert quote_view(ctx, quote_id).blocking == []
    assert send_quote(ctx, quote_id).startswith("BXL-2026-")


def test_only_an_administrator_sets_the_identity_and_numbers_are_checked(people, draft):
    ctx, _quote_id = draft
    full = demo_identity("verenigde_producties", 0)
    with pytest.raises(PermissionDenied):
        set_issuer_identity(ctx, replace(full, name="Someone else"))
    with pytest.raises(ValidationFailed) as bad:
        set_issuer_identity(
            people.ctx(people.admin), replace(full, iban="BE71096123456760", bic="??")
        )
    assert {p.field for p in bad.value.problems} == {"iban", "bic"}
    assert issuer_identity(ctx, "verenigde_producties").name == full.name
