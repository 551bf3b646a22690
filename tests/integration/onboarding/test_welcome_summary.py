"""What the welcome PDF says, in the member's language (runs without pdftotext)."""

from __future__ import annotations

from app.documents.onboarding.welcome_pdf import render_welcome_pdf, welcome_words
from app.services.onboarding.activities import (
    finish_wizard,
    save_activity_draft,
    set_checklist_item,
)
from app.services.onboarding.welcome import welcome_summary


def test_summary_is_in_the_holders_language_with_the_checklist_state(people):
    brussels = people.ctx(people.brussels_adviser)
    activity = save_activity_draft(
        brussels,
        people.brussels_member,
        name="Théâtre d'objets",
        sector="performing_literary_arts",
        entity="verenigde_producties",
        tool="activity",
        contract_types=["artistic"],
    )
    finish_wizard(brussels, activity)
    set_checklist_item(brussels, activity, "shares_paid", True)
    summary = welcome_summary(brussels, activity)
    assert summary.language == "fr" and summary.first_name == "Hélène"
    assert summary.activity_name == "Théâtre d'objets"
    assert summary.office_name != "" and summary.adviser_name == "Brigitte Conseillère"
    done = {item.label: item.done for item in summary.items}
    assert done["Parts payées"] is True
    assert done["Identité vérifiée (carte d'identité et NISS)"] is False
    assert render_welcome_pdf(summary).startswith(b"%PDF")


def test_every_language_has_every_word_of_the_summary():
    words = welcome_words()
    keys = set(words["en"])
    assert set(words["nl"]) == keys == set(words["fr"])
    for table in ("tools", "contract_types", "states", "sectors"):
        for code, names in words[table].items():
            assert set(names) == {"nl", "fr", "en"}, (table, code)
