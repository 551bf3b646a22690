"""The declaration's PDF carries the model form's fields SmartDesk holds, filled from the
member, the contract and the cooperative's data, in the insurer form's language; the
claim's PDF lists its attachments; health data only for those who may read them."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from app.domain.declarations.accident import AccidentInput, HealthInput
from app.domain.declarations.claim import ClaimInput
from app.services.attachments.store import attach
from app.services.declarations import declarations as svc
from app.services.declarations.documents import (
    accident_document,
    accident_pdf,
    claim_document,
    claim_pdf,
)
from app.services.users import create_user, user_by_login
from tests.integration.declarations.test_declarations import TODAY, _contract


def _fields(document) -> dict[str, str]:
    return {key: value for section in document.sections for key, value in section.fields}


def test_the_accident_pdf_is_filled_from_the_member_and_contract_in_the_form_language(people):
    _contract(people, people.gent_member, TODAY - timedelta(days=3), TODAY)
    ctx = people.ctx(people.gent_adviser)
    data = AccidentInput(
        member_id=people.gent_member,
        occurred_at=svc.occurred_at_local(TODAY - timedelta(days=1), 14, 5),
        place="Podium, Gent",
        description="Tripped over a cable.",
        language="fr",
        health=HealthInput(injury_nature="entorse", body_part="cheville", incapacity_days=5),
    )
    declaration_id = svc.file_accident(ctx, data, TODAY)
    document = accident_document(ctx, declaration_id)
    fields = _fields(document)
    assert document.language == "fr"
    assert fields["insz"] == "93051822361"  # from the member, not retyped
    assert fields["name"] == "Vermeulen Griet"
    assert fields["contract_type"] == "contrat artistique"
    assert fields["employer_name"] == "Smart – Verenigde Producties"  # cooperative.toml
    assert fields["accident_type"] == "Sur le lieu de travail"
    assert fields["cover"] == "Accident du travail"
    assert fields["injury_nature"] == "entorse"
    assert fields["accident_fiche"].startswith("oui")  # 5 days: the fiche rule
    assert accident_pdf(ctx, declaration_id).startswith(b"%PDF")

    create_user(people.ctx(people.admin), "adviser.gnt2", "Gina Tweede", "adviser", "GNT", "4444")
    other = people.ctx(user_by_login(people.db, "adviser.gnt2"))
    hidden = _fields(accident_document(other, declaration_id))
    assert "injury_nature" not in hidden and "insz" in hidden


def test_the_claim_pdf_lists_its_attachments(people):
    ctx = people.ctx(people.gent_adviser)
    claim_id = svc.file_claim(
        ctx,
        ClaimInput(
            member_id=people.gent_member,
            kind="drone",
            occurred_at=svc.occurred_at_local(date(2026, 11, 28), 11),
            place="Gent",
            description="Crashed into a roof.",
            damage_estimate=Decimal("800.00"),
        ),
        TODAY,
    )
    claim = svc.get_claim(ctx, claim_id)
    attach(ctx, "insurance_claims", claim_id, claim.office_id, "roof.jpg", b"\xff\xd8photo")
    fields = claim_document(ctx, claim_id).sections
    listed = [value for s in fields if s.key == "section_attachments" for _k, value in s.fields]
    assert listed == ["roof.jpg (1 kB)"]
    assert claim_pdf(ctx, claim_id).startswith(b"%PDF")
