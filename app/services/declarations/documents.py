"""The declaration and the claim as PDFs: the model form's fields SmartDesk holds,
gathered from the declaration, the member, the contract and the cooperative's data
(resources/rules/cooperative.toml), never retyped. Health data are printed only for
those who may read them (the read is audited by `get_accident`)."""

from __future__ import annotations

from app.db.models import Activity, Contract, InsuranceClaim, Member
from app.documents.declarations.declaration_pdf import (
    DeclarationDocument,
    Section,
    declaration_words,
    render_declaration_pdf,
)
from app.documents.quotes.quote_pdf import _cooperative
from app.domain.declarations.triage import accident_fiche_required
from app.formatting import format_date, format_datetime_local, format_money
from app.services.attachments.store import attachments_of
from app.services.context import ServiceContext
from app.services.declarations.declarations import get_accident, get_claim
from app.services.errors import NotFound
from app.services.permissions import ensure_can_read


def _entity_block(coop: dict, entity: str | None, lang: str, words) -> Section:
    entities = coop.get("entities", {})
    name = coop["cooperative"]["name"]
    if entity in entities:
        name = f"{name} – {entities[entity].get(lang, entity)}"
    insurance = coop.get("insurance", {}).get("work_accident", {})
    return Section(
        "section_employer",
        (
            ("employer_name", name),
            ("enterprise_number", entities.get(entity, {}).get("enterprise_number", "")),
            ("rsz_number", insurance.get("rsz_number", "")),
            ("employer_address", coop["cooperative"].get("address", "")),
        ),
    )


def _yes(value: bool, words) -> str:
    return words["yes"] if value else words["no"]


def accident_document(ctx: ServiceContext, declaration_id: str) -> DeclarationDocument:
    view = get_accident(ctx, declaration_id)
    data = view.data
    lang = data.language
    words = declaration_words(lang)
    coop = _cooperative()
    with ctx.db.reading() as session:
        member = session.get(Member, view.member_id)
        contract = session.get(Contract, view.contract_id) if view.contract_id else None
        activity_id = data.activity_id or (contract.activity_id if contract else None)
        activity = session.get(Activity, activity_id) if activity_id else None
        entity = activity.entity if activity else None
        member_fields = (
            ("insz", member.insz),
            ("name", f"{member.last_name} {member.first_name}"),
            ("birth_date", format_date(member.birth_date, lang)),
            (
                "address",
                ", ".join(
                    p
                    for p in (
                        member.street,
                        f"{member.postcode} {member.city}".strip(),
                        member.country,
                    )
                    if p
                ),
            ),
            ("phone", member.phone),
            ("language", member.language.upper()),
            ("iban", member.iban),
        )
        contract_fields = ()
        if contract is not None:
            contract_fields = (
                (
                    "contract_type",
                    words.get(f"contract_{contract.contract_type}", contract.contract_type),
                ),
                (
                    "contract_period",
                    f"{format_date(contract.start_date, lang)} – {format_date(contract.end_date, lang)}",
                ),
            )
    if data.client_company:
        contract_fields = (*contract_fields, ("client_company", data.client_company))
    health = view.health
    fiche = accident_fiche_required(health.incapacity_days if health else None)
    sections = [
        Section(
            "section_header",
            (
                ("insurer", data.insurer),
                ("policy_number", data.policy_number),
                ("reference", view.number),
                ("insurer_reference", view.insurer_reference),
                ("accident_fiche", words["accident_fiche_yes"] if fiche else ""),
            ),
        ),
        _entity_block(coop, entity, lang, words),
        Section("section_victim", member_fields),
    ]
    if contract_fields:
        sections.append(Section("section_contract", contract_fields))
    accident = [
        ("occurred_at", format_datetime_local(data.occurred_at, lang)),
        ("accident_type", words[f"type_{data.accident_type}"]),
        ("place", data.place),
        ("country", data.country),
        ("public_road", _yes(data.public_road, words)),
        ("traffic_accident", _yes(data.traffic_accident, words)),
    ]
    if data.accident_type == "commute":
        accident += [("route", f"{data.route_start} – {data.route_end}"), ("detour", data.detour)]
    accident += [
        ("description", data.description),
        ("witnesses", data.witnesses),
        ("first_aid", data.first_aid),
        ("deviation_code", data.deviation_code),
        ("material_agent", data.material_agent),
    ]
    sections.append(Section("section_accident", tuple(accident)))
    if health is not None:
        sections.append(
            Section(
                "section_injury",
                (
                    ("injury_nature", health.injury_nature),
                    ("body_part", health.body_part),
                    ("injury_code", health.injury_code),
                    (
                        "incapacity_days",
                        "" if health.incapacity_days is None else str(health.incapacity_days),
                    ),
                    ("back_at_work", _yes(health.back_at_work, words)),
                    ("medical_care", health.medical_care),
                ),
            )
        )
    else:
        sections.append(Section("section_injury", (), note="health_hidden"))
    sections.append(
        Section(
            "section_cover",
            (
                (
                    "cover",
                    words[f"cover_{view.cover}"] if f"cover_{view.cover}" in words else view.cover,
                ),
                ("deadline", format_date(view.deadline, lang)),
            ),
        )
    )
    if view.tasks:
        sections.append(
            Section(
                "section_tasks",
                tuple(
                    ("serious", f"{words['task_' + t['key']]} – {words['due']} {t['due']}")
                    for t in view.tasks
                ),
            )
        )
    return DeclarationDocument(
        "accident",
        lang,
        view.number,
        view.state in ("draft", "question", "first_aid"),
        coop["cooperative"]["name"],
        tuple(sections),
    )


def accident_pdf(ctx: ServiceContext, declaration_id: str) -> bytes:
    return render_declaration_pdf(accident_document(ctx, declaration_id))


def claim_document(ctx: ServiceContext, claim_id: str) -> DeclarationDocument:
    claim: InsuranceClaim = get_claim(ctx, claim_id)
    lang = claim.language
    words = declaration_words(lang)
    coop = _cooperative()
    with ctx.db.reading() as session:
        member = session.get(Member, claim.member_id)
        if member is None:
            raise NotFound()
        ensure_can_read(ctx.user, member.office_id)
        activity = session.get(Activity, claim.activity_id) if claim.activity_id else None
        entity = activity.entity if activity else None
        victim = (
            ("name", f"{member.last_name} {member.first_name}"),
            (
                "address",
                ", ".join(
                    p for p in (member.street, f"{member.postcode} {member.city}".strip()) if p
                ),
            ),
            ("phone", member.phone),
        )
    files = attachments_of(ctx, "insurance_claims", claim.id)
    sections = (
        Section(
            "section_header",
            (
                ("insurer", claim.insurer),
                ("policy_number", claim.policy_number),
                ("reference", claim.number or ""),
                ("insurer_claim_reference", claim.insurer_reference),
            ),
        ),
        _entity_block(coop, entity, lang, words),
        Section("section_victim", victim),
        Section(
            "section_claim",
            (
                (
                    "claim_kind",
                    words[f"kind_{claim.kind}"] if f"kind_{claim.kind}" in words else claim.kind,
                ),
                (
                    "occurred_at",
                    format_datetime_local(claim.occurred_at, lang)
                    if claim.occurred_at
                    else format_date(claim.occurred_on, lang),
                ),
                ("discovery_date", format_date(claim.discovery_date, lang)),
                ("place", claim.place),
                ("description", claim.description),
                ("presumed_cause", claim.presumed_cause),
                ("witnesses", claim.witnesses),
                ("police_report_no", claim.police_report_no),
                ("damage_estimate", format_money(claim.amount_claimed, lang)),
                ("deadline", format_date(claim.deadline, lang)),
            ),
        ),
        Section(
            "section_third_parties",
            tuple(
                (
                    "third_party",
                    ", ".join(
                        v
                        for v in (
                            p.get("name"),
                            p.get("address"),
                            p.get("insurer"),
                            p.get("policy_number"),
                        )
                        if v
                    ),
                )
                for p in claim.third_parties or []
            ),
        ),
        Section(
            "section_attachments",
            tuple(
                (
                    "attachment",
                    f"{f.filename} ({f.size // 1024 or 1} kB)",
                )
                for f in files
            ),
            note="" if files else "no_attachments",
        ),
    )
    return DeclarationDocument(
        "claim",
        lang,
        claim.number or "",
        claim.state in ("draft", "question"),
        coop["cooperative"]["name"],
        sections,
    )


def claim_pdf(ctx: ServiceContext, claim_id: str) -> bytes:
    return render_declaration_pdf(claim_document(ctx, claim_id))
