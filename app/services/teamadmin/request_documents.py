"""The facts a TeamAdmin document prints, gathered from the request, its member and
their contracts, frozen into a `RequestDocument` before the PDF is drawn."""

from __future__ import annotations

from datetime import date

from babel import Locale
from sqlalchemy import select

from app.db.models import Activity, ActivityMember, CertificateRequest, Contract, Member
from app.domain.identifiers import IdentifierError, check_insz
from app.domain.teamadmin.due_dates import parse_date
from app.domain.teamadmin.request_document import RequestDocument
from app.domain.teamadmin.request_types import RequestType
from app.domain.working_days import add_months
from app.formatting import format_date

DEFAULT_ENTITY = "verenigde_producties"


def _months(start: date, end: date) -> int:
    months = (end.year - start.year) * 12 + end.month - start.month
    return months + (1 if end.day >= start.day else 0)


def _entity_of(session, member_id: str) -> str | None:
    return session.scalar(
        select(Activity.entity)
        .join(ActivityMember, ActivityMember.activity_id == Activity.id)
        .where(ActivityMember.member_id == member_id, ActivityMember.deleted_at.is_(None))
        .order_by(ActivityMember.role != "holder", Activity.started_on.desc())
        .limit(1)
    )


def _contracts_in(session, member_id: str, start: date, end: date) -> tuple[int, int]:
    periods = session.execute(
        select(Contract.start_date, Contract.end_date).where(
            Contract.member_id == member_id,
            Contract.deleted_at.is_(None),
            Contract.start_date <= end,
            Contract.end_date >= start,
        )
    ).all()
    return len(periods), sum((min(e, end) - max(s, start)).days + 1 for s, e in periods)


def frozen_facts(session, member_id: str, rule: RequestType, inputs: dict) -> dict:
    """What the document will need from the member's file, read on the adviser's device
    when the request is made and kept with it: TeamAdmin's device never receives the
    member's Activities or contracts (least privilege, migration 0005), and the attest
    states what the file said when it was asked for."""
    facts = {"entity": _entity_of(session, member_id) or DEFAULT_ENTITY}
    if rule.document == "employment_attest":
        start, end = parse_date(inputs.get("period_start")), parse_date(inputs.get("period_end"))
        if start and end:
            contracts, days = _contracts_in(session, member_id, start, end)
            facts.update(contracts=contracts, days_worked=days)
    return facts


def document_facts(
    session, request: CertificateRequest, rule: RequestType, today: date
) -> RequestDocument:
    from app.documents.teamadmin.request_pdf import labels  # reportlab: only when drawing

    member = session.get(Member, request.member_id)
    lang = member.language if member.language in labels() else "en"
    words = labels()[lang]
    inputs = dict(request.inputs or {})
    frozen = dict(request.facts or {}) or frozen_facts(session, member.id, rule, inputs)

    def day(name: str) -> str:
        return format_date(parse_date(inputs.get(name)), lang)

    def word(value: str) -> str:
        return words.get(value, value)

    fields: list[tuple[str, str]] = []
    notes: list[str] = []
    if rule.document == "employment_attest":
        contracts, days = frozen.get("contracts", 0), frozen.get("days_worked", 0)
        fields = [
            ("period_start", day("period_start")),
            ("period_end", day("period_end")),
            ("contracts", str(contracts)),
            ("days_worked", str(int(days))),
            ("purpose", inputs.get("purpose", "")),
        ]
    elif rule.document == "a1_request_summary":
        start, end = parse_date(inputs.get("start_date")), parse_date(inputs.get("end_date"))
        country = inputs.get("host_country", "").upper()
        fields = [
            ("dimona_id", inputs.get("dimona_id", "") or "–"),
            ("host_country", Locale(lang).territories.get(country, country)),
            ("client_name", inputs.get("client_name", "")),
            ("client_address", inputs.get("client_address", "")),
            ("place_of_work", inputs.get("place_of_work", "")),
            ("start_date", day("start_date")),
            ("end_date", day("end_date")),
            ("duration_months", str(_months(start, end)) if start and end else ""),
            ("replaces_posted_worker", word(inputs.get("replaces_posted_worker", "no"))),
            ("activity_description", inputs.get("activity_description", "")),
        ]
        notes.append("a1_note")
        if (
            start
            and end
            and rule.warn_beyond_months
            and end > add_months(start, rule.warn_beyond_months)
        ):
            notes.append("a1_beyond_months")
    elif rule.document == "c4_data_sheet":
        fields = [
            ("contract_start", day("contract_start")),
            ("contract_end", day("contract_end")),
            ("end_reason", word(inputs.get("end_reason", ""))),
            ("joint_committee", inputs.get("joint_committee", "") or "–"),
        ]
        if inputs.get("art_worker_gross_wage"):
            fields.append(("art_worker_gross_wage", inputs["art_worker_gross_wage"]))
        notes.append("c4_note")
    try:
        insz = check_insz(member.insz).formatted()
    except IdentifierError:
        insz = member.insz
    address = ", ".join(
        part for part in (member.street, f"{member.postcode} {member.city}".strip()) if part
    )
    return RequestDocument(
        document=rule.document or "",
        language=lang,
        entity=frozen.get("entity") or DEFAULT_ENTITY,
        issued_on=today,
        member_name=f"{member.first_name} {member.last_name}",
        member_number=member.member_number,
        insz=insz,
        birth_date=member.birth_date,
        address=address,
        fields=tuple(fields),
        notes=tuple(notes),
        request_reference=str(request.id)[:8].upper(),
    )
