"""The welcome summary comes out in the member's language with the Activity's name and
its checklist (read back with pdftotext, as a member's PDF reader would)."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from app.services.onboarding.activities import (
    finish_wizard,
    save_activity_draft,
    set_checklist_item,
)
from app.services.onboarding.welcome import save_welcome_pdf

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")


def text_of(path) -> str:
    done = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True)
    return " ".join(done.stdout.split())


def make_activity(people, ctx, member, entity="verenigde_opleidingen"):
    activity = save_activity_draft(
        ctx,
        member,
        name="Atelier d'écriture de l'Aube",
        sector="training_teaching",
        entity=entity,
        tool="contract",
        contract_types=["employee", "artistic"],
    )
    finish_wizard(ctx, activity)
    set_checklist_item(ctx, activity, "identity_checked", True)
    return activity


def test_french_member_gets_a_french_summary_with_activity_and_checklist(people, tmp_path):
    brussels = people.ctx(people.brussels_adviser)
    activity = make_activity(people, brussels, people.brussels_member)
    path = save_welcome_pdf(brussels, activity, tmp_path / "bienvenue.pdf")
    text = text_of(path)
    assert "Bienvenue chez Smart" in text
    assert "Bonjour Hélène," in text
    assert "Atelier d'écriture de l'Aube" in text
    assert "Identité vérifiée (carte d'identité et NISS)" in text  # done
    assert "Qualifications du formateur vues" in text  # entity item, still to do
    assert "Formation et enseignement" in text
    assert "Brigitte Conseillère" in text
    assert "La suite" in text and "Convention d'utilisation signée" in text


def test_dutch_member_gets_a_dutch_summary(people, tmp_path):
    gent = people.ctx(people.gent_adviser)
    activity = make_activity(people, gent, people.gent_member, entity="interimpaleis")
    text = text_of(save_welcome_pdf(gent, activity, tmp_path / "welkom.pdf"))
    assert "Welkom bij Smart" in text and "Beste Griet," in text
    assert "Sjabloon van de werkpostfiche uitgelegd" in text
    assert "Bienvenue" not in text
