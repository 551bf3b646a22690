"""A member's clients, and the check of their VAT number (offline with stdnum, online
with VIES when the office has a connection)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import cache

from babel import Locale
from sqlalchemy import select

from app.adapters.vies import ViesAnswer, ViesService
from app.db.models import Activity, Client
from app.db.search import clients_matching
from app.db.types import utcnow
from app.db.unit_of_work import Changes
from app.domain.identifiers import IdentifierError, check_enterprise_number, check_vat_number
from app.domain.languages import LANGUAGES
from app.services.audit import record_change, snapshot
from app.services.context import ServiceContext
from app.services.errors import FieldProblem, NotFound, ValidationFailed
from app.services.permissions import (
    ensure_can_read,
    ensure_can_write_member_data,
    office_filter,
)
from app.services.results import StrWithChanges, changes_of

CLIENT_KINDS = ("private", "business", "public_body", "eu_institution", "international_org")


@cache
def country_codes() -> frozenset[str]:
    return frozenset(code for code in Locale("en").territories if len(code) == 2 and code.isalpha())


@dataclass(frozen=True)
class ClientInput:
    kind: str
    name: str
    country: str
    vat_number: str = ""
    enterprise_number: str = ""
    language: str = "nl"
    street: str = ""
    postcode: str = ""
    city: str = ""
    email: str = ""


@dataclass(frozen=True)
class ClientInfo:
    id: str
    activity_id: str | None
    office_id: str
    kind: str
    name: str
    country: str
    vat_number: str
    vat_check: str  # unchecked | valid | invalid | unavailable | not_eu
    vat_checked_at: datetime | None
    enterprise_number: str
    language: str
    street: str
    postcode: str
    city: str
    email: str


def _info(client: Client) -> ClientInfo:
    return ClientInfo(
        client.id,
        client.activity_id,
        client.office_id,
        client.kind,
        client.name,
        client.country,
        client.vat_number,
        client.vat_check,
        client.vat_checked_at,
        client.enterprise_number,
        client.language,
        client.street,
        client.postcode,
        client.city,
        client.email,
    )


def _clean(data: ClientInput) -> dict:
    """Checked and normalised values, or ValidationFailed naming every bad field."""
    problems: list[FieldProblem] = []
    country = data.country.strip().upper()
    if data.kind not in CLIENT_KINDS:
        problems.append(FieldProblem("kind", "client.kind_invalid"))
    if not data.name.strip():
        problems.append(FieldProblem("name", "field.required"))
    if country not in country_codes():
        problems.append(FieldProblem("country", "client.country_invalid"))
    if data.language not in LANGUAGES:
        problems.append(FieldProblem("language", "member.language_invalid"))
    vat_number = data.vat_number.strip()
    enterprise = data.enterprise_number.strip()
    vat_check = "unchecked"
    if vat_number and country in country_codes():
        if is_eu_country(country):
            try:
                vat_number = check_vat_number(country, vat_number)
            except IdentifierError as exc:
                problems.append(FieldProblem("vat_number", exc.message_key))
        else:
            # a tax number from outside the EU (a Swiss CHE number, say) is kept as the
            # client's reference, but it is no EU VAT number: never checked, never used
            # for reverse charge
            vat_number = "".join(ch for ch in vat_number.upper() if ch.isalnum() or ch in ".-")
            vat_check = "not_eu"
            if not 4 <= len(vat_number) <= 20:
                problems.append(FieldProblem("vat_number", "client.tax_number_length"))
    if enterprise:
        try:
            enterprise = check_enterprise_number(enterprise)
        except IdentifierError as exc:
            problems.append(FieldProblem("enterprise_number", exc.message_key))
    if problems:
        raise ValidationFailed(problems)
    if country == "BE" and vat_number and not enterprise:
        enterprise = vat_number[2:]
    return {
        "kind": data.kind,
        "name": data.name.strip(),
        "country": country,
        "vat_number": vat_number,
        "enterprise_number": enterprise,
        "language": data.language,
        "street": data.street.strip(),
        "postcode": data.postcode.strip(),
        "city": data.city.strip(),
        "email": data.email.strip(),
        "vat_check": vat_check,
    }


def is_eu_country(country: str) -> bool:
    from stdnum.eu.vat import MEMBER_STATES

    return country.lower() in MEMBER_STATES or country == "GR"


def create_client(ctx: ServiceContext, activity_id: str, data: ClientInput) -> str:
    values = _clean(data)
    with ctx.db.transaction() as session:
        activity = session.get(Activity, activity_id)
        if activity is None or activity.deleted_at is not None:
            raise NotFound(field="activity")
        ensure_can_write_member_data(ctx.user, activity.office_id)
        client = Client(
            office_id=activity.office_id, activity_id=activity_id, updated_by=ctx.user.id, **values
        )
        session.add(client)
        record_change(session, ctx, "client.create", client, None, "insert")
        return StrWithChanges(client.id, changes_of(session))


def update_client(ctx: ServiceContext, client_id: str, data: ClientInput) -> Changes:
    values = _clean(data)
    with ctx.db.transaction() as session:
        client = session.get(Client, client_id)
        if client is None or client.deleted_at is not None:
            raise NotFound()
        ensure_can_write_member_data(ctx.user, client.office_id)
        before = snapshot(client)
        if values["vat_number"] == client.vat_number and values["country"] == client.country:
            # the same number keeps its last VIES answer and date
            del values["vat_check"]
        else:
            values["vat_checked_at"] = None
        for name, value in values.items():
            setattr(client, name, value)
        client.updated_by = ctx.user.id
        record_change(session, ctx, "client.update", client, before)
        return changes_of(session)


def get_client(ctx: ServiceContext, client_id: str) -> ClientInfo:
    with ctx.db.reading() as session:
        client = session.get(Client, client_id)
        if client is None or client.deleted_at is not None:
            raise NotFound()
        ensure_can_read(ctx.user, client.office_id)
        return _info(client)


def clients_of_activity(ctx: ServiceContext, activity_id: str, typed: str = "") -> list[ClientInfo]:
    query = select(Client).where(
        Client.activity_id == activity_id,
        Client.deleted_at.is_(None),
        office_filter(ctx.user, Client.office_id),
    )
    matching = clients_matching(ctx.db, typed)
    if matching is not None:
        query = query.where(matching)
    with ctx.db.reading() as session:
        return [_info(c) for c in session.scalars(query.order_by(Client.name))]


@dataclass(frozen=True)
class VatStatus:
    status: str
    checked_at: datetime | None
    fresh: bool  # True when VIES answered just now; False when the stored result is shown

    def age_days(self, now: datetime | None = None) -> int | None:
        if self.checked_at is None:
            return None
        return ((now or utcnow()) - self.checked_at).days


def vies_target(ctx: ServiceContext, client_id: str) -> tuple[str, str] | None:
    """(country prefix, number) to ask VIES about, or None for a number from outside
    the EU (VIES knows EU numbers only)."""
    info = get_client(ctx, client_id)
    if not info.vat_number:
        raise ValidationFailed([FieldProblem("vat_number", "client.vat_missing")])
    if not is_eu_country(info.country) or info.vat_check == "not_eu":
        return None
    return info.vat_number[:2], info.vat_number[2:]


def record_vies_answer(ctx: ServiceContext, client_id: str, answer: ViesAnswer) -> VatStatus:
    """Keep VIES's answer and its date on the client. When VIES could not answer, the
    last stored result stands (with its age); it is never turned into "invalid"."""
    if answer.status == "unavailable":
        info = get_client(ctx, client_id)
        return VatStatus(info.vat_check, info.vat_checked_at, False)
    with ctx.db.transaction() as session:
        client = session.get(Client, client_id)
        if client is None or client.deleted_at is not None:
            raise NotFound()
        ensure_can_write_member_data(ctx.user, client.office_id)
        before = snapshot(client)
        client.vat_check = answer.status
        client.vat_checked_at = answer.checked_at
        client.updated_by = ctx.user.id
        record_change(session, ctx, "client.vies_check", client, before)
    return VatStatus(answer.status, answer.checked_at, True)


def check_client_vat(ctx: ServiceContext, client_id: str, vies: ViesService) -> VatStatus:
    """Ask VIES about an EU client's number and keep the answer (for the command line
    and scripts; the window makes the network call on a thread of its own, between
    `vies_target` and `record_vies_answer`, so the database is never kept waiting)."""
    target = vies_target(ctx, client_id)
    if target is None:
        return VatStatus("not_eu", None, False)
    return record_vies_answer(ctx, client_id, vies.check(*target))
