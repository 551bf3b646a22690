"""Clients and their VAT numbers: checked offline, confirmed with (a fake) VIES."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.db.models import ActivityMember, Client
from app.services.errors import NotFound, ValidationFailed
from app.services.quotes.clients import (
    ClientInput,
    check_client_vat,
    clients_of_activity,
    create_client,
    get_client,
)
from tests.fakes import FakeVies


def _activity_of(people, member_id: str) -> str:
    with people.db.reading() as session:
        return session.scalar(
            select(ActivityMember.activity_id).where(ActivityMember.member_id == member_id)
        )


@pytest.mark.parametrize(
    ("country", "typed", "stored"),
    [
        ("BE", "0403.019.261", "BE0403019261"),  # vat-facts §7: dots and no prefix accepted
        ("BE", "BE 0403 019 261", "BE0403019261"),
        ("FR", "FR 40 303 265 045", "FR40303265045"),
        ("FR", "40303265045", "FR40303265045"),  # prefix added from the country
    ],
)
def test_vat_numbers_are_stored_in_their_compact_checked_form(people, country, typed, stored):
    ctx = people.ctx(people.gent_adviser)
    activity = _activity_of(people, people.gent_member)
    client_id = create_client(ctx, activity, ClientInput("business", "Klant", country, typed))
    assert get_client(ctx, client_id).vat_number == stored


@pytest.mark.parametrize(
    ("country", "typed", "key"),
    [
        ("BE", "BE0403019262", "identifier.vat_invalid"),  # wrong mod-97 check
        ("DE", "FR40303265045", "identifier.vat_wrong_country"),
    ],
)
def test_a_bad_vat_number_is_refused_with_its_reason_and_nothing_is_written(
    people, country, typed, key
):
    ctx = people.ctx(people.gent_adviser)
    activity = _activity_of(people, people.gent_member)
    with pytest.raises(ValidationFailed) as failure:
        create_client(ctx, activity, ClientInput("business", "Klant", country, typed))
    assert (failure.value.problems[0].field, failure.value.problems[0].message_key) == (
        "vat_number",
        key,
    )
    with people.db.reading() as session:
        assert session.scalars(select(Client)).all() == []


def test_a_tax_number_from_outside_the_eu_is_kept_but_never_treated_as_eu_vat(people):
    ctx = people.ctx(people.gent_adviser)
    activity = _activity_of(people, people.gent_member)
    client_id = create_client(
        ctx, activity, ClientInput("business", "Atelier Bern AG", "CH", "CHE-116.281.710")
    )
    info = get_client(ctx, client_id)
    assert (info.vat_number, info.vat_check) == ("CHE-116.281.710", "not_eu")
    vies = FakeVies()
    assert check_client_vat(ctx, client_id, vies).status == "not_eu"
    assert vies.calls == []  # VIES knows EU numbers only


def test_vies_unavailable_keeps_the_last_answer_and_never_means_invalid(people):
    ctx = people.ctx(people.gent_adviser)
    activity = _activity_of(people, people.gent_member)
    client_id = create_client(
        ctx, activity, ClientInput("business", "Atelier", "FR", "FR40303265045")
    )
    vies = FakeVies({"FR40303265045": "valid"})
    first = check_client_vat(ctx, client_id, vies)
    assert (first.status, first.fresh) == ("valid", True)

    vies.answers.clear()  # VIES is down now
    later = check_client_vat(ctx, client_id, vies)
    assert later.status == "valid" and later.fresh is False
    assert later.checked_at == first.checked_at
    assert later.age_days() == 0
    assert get_client(ctx, client_id).vat_check == "valid"


def test_a_gent_adviser_cannot_add_a_client_to_a_brussels_activity(people):
    gent = people.ctx(people.gent_adviser)
    brussels_activity = _activity_of(people, people.brussels_member)
    with pytest.raises(NotFound):
        create_client(gent, brussels_activity, ClientInput("private", "X", "BE"))
    assert clients_of_activity(gent, brussels_activity) == []
