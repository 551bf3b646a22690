"""A new Activity through the services: drafts saved as typed, listed for the adviser,
the checklist from data moving draft → ready, activation only when complete."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.db.models import Activity, ActivityMember, AuditEntry
from app.services.errors import NotFound, ServiceError, ValidationFailed
from app.services.onboarding.activities import (
    activate_activity,
    activity_drafts,
    activity_page,
    finish_wizard,
    save_activity_draft,
    set_checklist_item,
    wizard_draft,
)

COMMON = [
    "identity_checked",
    "iban_checked",
    "usage_agreement_signed",
    "shares_paid",
    "insurance_briefing",
]


def test_a_draft_is_saved_from_the_first_keystroke_and_listed_for_its_adviser(people):
    gent = people.ctx(people.gent_adviser)
    draft = save_activity_draft(gent, people.gent_member, name="Kera")
    save_activity_draft(
        gent, people.gent_member, draft, step=1, name="Keramiek Griet", sector="visual_arts_crafts"
    )
    reopened = wizard_draft(gent, draft)
    assert (reopened.name, reopened.sector, reopened.step) == (
        "Keramiek Griet",
        "visual_arts_crafts",
        1,
    )
    assert reopened.member_name == "Griet Vermeulen"
    assert [d.id for d in activity_drafts(gent)] == [draft]
    assert activity_drafts(people.ctx(people.admin)) == []  # another adviser's draft
    with people.db.reading() as session:
        assert session.get(Activity, draft).status == "draft"


def test_bad_wizard_values_are_refused_and_nothing_written(people):
    gent = people.ctx(people.gent_adviser)
    with pytest.raises(ValidationFailed) as caught:
        save_activity_draft(gent, people.gent_member, name="x" * 161, entity="nasa")
    assert {p.field for p in caught.value.problems} == {"name", "entity"}
    with people.db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Activity)) == 2
    with pytest.raises(NotFound):  # Brussels' member, from Gent
        save_activity_draft(gent, people.brussels_member, name="Théâtre bis")


def test_finishing_needs_what_an_activity_needs_and_adds_the_team(people):
    gent = people.ctx(people.gent_adviser)
    draft = save_activity_draft(gent, people.gent_member, name="Les in klei")
    with pytest.raises(ValidationFailed) as caught:
        finish_wizard(gent, draft)
    assert {p.field for p in caught.value.problems} == {
        "sector",
        "entity",
        "tool",
        "contract_types",
    }
    save_activity_draft(
        gent,
        people.gent_member,
        draft,
        step=6,
        sector="training_teaching",
        entity="verenigde_opleidingen",
        tool="contract",
        contract_types=["employee"],
    )
    finish_wizard(gent, draft)
    assert activity_drafts(gent) == []  # finished: no longer a wizard draft
    page = activity_page(gent, draft, "nl")
    assert page.status == "draft"
    assert [line.key for line in page.checklist] == COMMON + ["trainer_qualifications"]
    assert page.checklist[0].label == "Identiteit gecontroleerd (identiteitskaart en INSZ)"
    assert [m.role for m in page.members] == ["holder"]


def test_activation_only_when_every_required_item_is_done(people):
    gent = people.ctx(people.gent_adviser)
    draft = save_activity_draft(
        gent,
        people.gent_member,
        name="Uitzendwerk Griet",
        sector="other",
        entity="interimpaleis",
        tool="contract",
        contract_types=["employee"],
    )
    finish_wizard(gent, draft)
    for key in COMMON:
        set_checklist_item(gent, draft, key, True)
    with pytest.raises(ServiceError) as caught:
        activate_activity(gent, draft)
    assert caught.value.message_key == "activity.checklist_incomplete"
    assert caught.value.params["missing"] == "workstation_sheet_explained"
    assert [m.key for m in activity_page(gent, draft).missing] == ["workstation_sheet_explained"]
    set_checklist_item(gent, draft, "workstation_sheet_explained", True)
    assert activity_page(gent, draft).status == "ready"
    set_checklist_item(gent, draft, "shares_paid", False)
    assert activity_page(gent, draft).status == "draft"
    set_checklist_item(gent, draft, "shares_paid", True)
    activate_activity(gent, draft)
    assert activity_page(gent, draft).status == "active"
    with people.db.reading() as session:
        actions = list(
            session.scalars(
                select(AuditEntry.action)
                .where(AuditEntry.entity_id == draft)
                .order_by(AuditEntry.at)
            )
        )
    assert actions[0] == "activity.draft_start" and actions[-1] == "activity.activate"
    assert actions.count("activity.checklist") == 8


def test_a_checklist_item_of_another_entity_is_refused(people):
    gent = people.ctx(people.gent_adviser)
    draft = save_activity_draft(
        gent, people.gent_member, name="A", entity="verenigde_producties", sector="other"
    )
    with pytest.raises(ValidationFailed):
        set_checklist_item(gent, draft, "workstation_sheet_explained", True)


def test_other_members_join_with_their_role_when_the_wizard_finishes(people):
    from tests.integration.conftest import add_member

    gent = people.ctx(people.gent_adviser)
    colleague = add_member(people.db, "GNT", 9, "Pieter", "Claes", "Iets anders")
    draft = save_activity_draft(
        gent,
        people.gent_member,
        name="Duo",
        sector="music_singing",
        entity="verenigde_producties",
        tool="activity",
        contract_types=["artistic"],
        team=[(colleague, "member")],
    )
    with people.db.reading() as session:
        assert (
            session.scalar(
                select(func.count())
                .select_from(ActivityMember)
                .where(ActivityMember.activity_id == draft)
            )
            == 1
        )
    finish_wizard(gent, draft)
    assert {(m.name, m.role) for m in activity_page(gent, draft).members} == {
        ("Griet Vermeulen", "holder"),
        ("Pieter Claes", "member"),
    }
