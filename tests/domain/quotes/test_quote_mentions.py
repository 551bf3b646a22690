"""Mentions that never disappear and one VAT row per rate and per exemption
(vat-facts.md §11.12, §11.14; KB nr. 1 art. 5), legal references in the reader's language."""

from __future__ import annotations

from decimal import Decimal

from app.domain.quotes.quote_rules import mention, totals_of, vat_table
from app.domain.quotes.vat_rules import cite


def row(treatment, rate, basis, price):
    return {
        "quantity": Decimal(1),
        "unit_price": Decimal(price),
        "discount_pct": Decimal(0),
        "vat_treatment": treatment,
        "vat_rate": rate,
        "vat_legal_basis": basis,
    }


def test_two_exemptions_are_two_rows_each_with_its_mention():
    table = vat_table(
        totals_of(
            [
                row("exempt", None, "WBTW art. 44 §2 8°", "500"),
                row("exempt", None, "WBTW art. 44 §1", "80"),
                row("exempt", None, "WBTW art. 44 §2 8°", "100"),
                row("taxable", "21", "WBTW art. 37; KB nr. 20 art. 1", "10"),
                row("taxable", "6", "KB nr. 20 art. 1bis; tabel A rubriek XXXI", "20"),
            ]
        )
    )
    exempt = [r for r in table if r.treatment == "exempt"]
    assert [(r.legal_basis, r.base) for r in exempt] == [
        ("WBTW art. 44 §1", Decimal("80.00")),
        ("WBTW art. 44 §2 8°", Decimal("600.00")),
    ]
    assert exempt[0].mention["fr"] == "Exemption de TVA – art. 44, § 1er CTVA"
    assert exempt[1].mention["nl"] == "Vrijstelling van btw – art. 44, § 2, 8° WBTW"
    assert [r.rate for r in table if r.treatment == "taxable"] == [Decimal(21), Decimal(6)]


def test_a_confirmed_renovation_keeps_its_statutory_statement():
    """The adviser settles a review line at 6%: the statement of art. 1bis still prints."""
    engine = {"treatment": "taxable", "rate": "21", "mention": {}}
    text = mention(engine, "taxable", "6", "KB nr. 20 art. 1bis; tabel A rubriek XXXI")
    assert text["nl"].startswith("Btw-tarief: Bij gebrek aan schriftelijke betwisting")
    assert text["fr"].startswith("Taux de TVA : En l'absence de contestation")


def test_an_overridden_reverse_charge_says_reverse_charge_in_the_readers_words():
    engine = {"treatment": "taxable", "rate": "21", "mention": {}}
    text = mention(engine, "reverse_charge", None, "Richtlijn 2006/112/EG art. 194")
    assert text["nl"] == "Verlegging van heffing – Richtlijn 2006/112/EG art. 194"
    assert text["fr"] == "Autoliquidation – Directive 2006/112/CE art. 194"
    assert text["en"] == "Reverse charge – Directive 2006/112/EC art. 194"


def test_an_overridden_cocontractant_line_prints_the_2023_statement():
    engine = {"treatment": "taxable", "rate": "21", "mention": {}}
    text = mention(engine, "reverse_charge", None, "WBTW art. 51 §2 5°")
    assert text["nl"].startswith("Verlegging van heffing. Bij gebrek aan schriftelijke")


def test_legal_references_in_the_readers_language():
    basis = "KB nr. 20 tabel A rubriek XXIX; WBTW art. 44 §2 8°; Richtlijn 2006/112/EG art. 59"
    assert cite(basis, "nl") == basis
    assert cite(basis, "fr") == (
        "AR n° 20 tableau A rubrique XXIX; CTVA art. 44 §2 8°; Directive 2006/112/CE art. 59"
    )
    assert cite(basis, "en") == (
        "Royal Decree No. 20 table A heading XXIX; Belgian VAT Code art. 44 §2 8°; "
        "Directive 2006/112/EC art. 59"
    )
