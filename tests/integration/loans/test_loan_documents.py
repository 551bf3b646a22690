"""The loan agreement and the refusal letter, as PDFs in the member's language."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from app.domain.loans.loan_rules import RepaymentAccount
from app.services.errors import ValidationFailed
from app.services.loans.documents import loan_document, loan_pdf
from app.services.loans.loans import decide_application
from tests.integration.loans.test_loan_services import _submitted, reviewer  # noqa: F401

ACCOUNT = RepaymentAccount("Smart", "BE71 0961 2345 6769", "GKCCBEBB")

needs_pdftotext = pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs pdftotext")


def _text(data: bytes, tmp_path) -> str:
    pdf = tmp_path / "doc.pdf"
    pdf.write_bytes(data)
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


@needs_pdftotext
def test_the_agreement_in_the_members_language_with_schedule_and_ogm(people, reviewer, tmp_path):  # noqa: F811
    loan_id = _submitted(people, amount="1200.00", months=12)
    decide_application(reviewer, loan_id, approve=True)
    document = loan_document(reviewer, loan_id, ACCOUNT)
    assert document.language == "nl"  # Griet, Gent
    text = _text(loan_pdf(reviewer, loan_id, "agreement", ACCOUNT), tmp_path)
    assert "Overeenkomst renteloze lening" in text
    assert document.ogm in text
    assert "BE71 0961 2345 6769" in text
    assert "Aflossingsschema" in text and "100,00 €" in text
    assert "1.200,00 €" in text  # the total is the principal
    with pytest.raises(ValidationFailed):
        loan_pdf(reviewer, loan_id, "refusal", ACCOUNT)


@needs_pdftotext
def test_the_refusal_letter_gives_the_reason_for_the_member(people, reviewer, tmp_path):  # noqa: F811
    loan_id = _submitted(people, amount="900.00", months=6)
    reason = "Uw omzet van de laatste twaalf maanden is te laag."
    decide_application(reviewer, loan_id, approve=False, reason=reason)
    text = _text(loan_pdf(reviewer, loan_id, "refusal"), tmp_path)
    assert "Uw aanvraag voor een renteloze lening" in text
    assert reason in " ".join(text.split())
    assert "nieuwe aanvraag" in text
