"""The complete quote document (issue 13 point 7): a quote with a renovation line, a
reverse-charge line, two different exemptions and a price of €0.125 a word, in nl, fr
and en. With poppler (pdftotext, pdffonts) the text and the fonts are checked too."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from decimal import Decimal

import pytest

from app.documents.quotes.quote_pdf import render_quote_pdf
from app.domain.quotes.epc_qr import epc_payload
from app.services.quotes.clients import ClientInput, create_client
from app.services.quotes.quotes import (
    LineInput,
    add_line,
    create_quote,
    quote_snapshot_for_pdf,
    quote_view,
    send_quote,
)
from tests.integration.quotes.test_quotes import desk  # noqa: F401

STATEMENT = {
    "nl": "Btw-tarief: Bij gebrek aan schriftelijke betwisting binnen een termijn van",
    "fr": "Taux de TVA : En l'absence de contestation par écrit, dans un délai d'un",
}


def _quote(desk, lang: str) -> str:  # noqa: F811
    ctx, activity, organiser, _french, private = desk
    builder = create_client(
        ctx,
        desk[1],
        ClientInput("business", "Bouw Demo BV", "BE", "BE0403019261", language=lang),
    )
    del builder
    quote_id = create_quote(ctx, activity, organiser, date(2026, 3, 16), language=lang)
    lines = [
        LineInput("Concert", "performance", Decimal(1), Decimal(900),
                  facts={"is_organiser": True, "place_of_performance": "BE"}),
        LineInput("Dieetadvies", "dietary_advice", Decimal(2), Decimal(60),
                  facts={"recognised_professional": True, "therapeutic_purpose": True}),
        LineInput("Vertaling", "translation", Decimal(12345), Decimal("0.125")),
        LineInput("Renovatie woning", "renovation", Decimal(1), Decimal(1500),
                  facts={"private_dwelling": True, "end_consumer": True,
                         "dwelling_first_occupied_year": 1990}),
        LineInput("Renovatie kantoor", "renovation", Decimal(1), Decimal(2000),
                  facts={"files_periodic_vat_returns": True}),
    ]  # fmt: skip
    for line in lines:
        add_line(ctx, quote_id, line)
    del private
    return quote_id


@pytest.mark.parametrize("lang", ["nl", "fr", "en"])
def test_the_document_in_each_language(desk, lang, tmp_path):  # noqa: F811
    ctx = desk[0]
    quote_id = _quote(desk, lang)
    view = quote_view(ctx, quote_id)
    assert [line.treatment for line in view.lines] == [
        "exempt",
        "exempt",
        "taxable",
        "taxable",
        "reverse_charge",
    ]
    assert view.lines[3].rate == "6"
    assert [r.legal_basis for r in view.vat_table if r.treatment == "exempt"] == [
        "WBTW art. 44 §1",
        "WBTW art. 44 §2 8°",
    ]
    draft_pdf = render_quote_pdf(quote_snapshot_for_pdf(ctx, quote_id))
    number = send_quote(ctx, quote_id)
    sent = quote_snapshot_for_pdf(ctx, quote_id)
    assert (sent.total_net, sent.total_vat, sent.total_gross) == (
        view.total_net,
        view.total_vat,
        view.total_gross,
    )
    assert sent.issuer["iban"] and sent.issuer["rpr_court"]
    pdf = render_quote_pdf(sent)
    for document in (draft_pdf, pdf):
        assert document.startswith(b"%PDF")
        assert b"/FontFile2" in document  # the TrueType fonts are embedded
        assert b"Helvetica" not in document  # no base-14 font that is not embedded
    assert b"/Subtype /Image" in pdf  # the EPC QR code
    payload = epc_payload(
        sent.issuer["bic"],
        sent.issuer["name"],
        sent.issuer["iban"],
        sent.total_gross,
        sent.payment_reference,
    )
    assert payload.splitlines()[7] == f"EUR{sent.total_gross}"
    assert payload.splitlines()[10] == sent.payment_reference
    if shutil.which("pdftotext") is None:
        return
    out = tmp_path / "q.pdf"
    out.write_bytes(pdf)
    keep = __import__("os").environ.get("SMARTDESK_KEEP_PDF")  # to look at the pages
    if keep:
        (__import__("pathlib").Path(keep) / f"quote_{lang}.pdf").write_bytes(pdf)
        (__import__("pathlib").Path(keep) / f"draft_{lang}.pdf").write_bytes(draft_pdf)
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    flat = re.sub(r"\s+", " ", text)
    assert number in flat and sent.payment_reference in flat
    assert sent.issuer["iban"] in flat and sent.issuer["name"] in flat
    assert re.search(r"\b1/\d\b", flat)
    assert STATEMENT.get(lang, STATEMENT["nl"]) in flat  # renovation at 6% (§11.1)
    assert ("Autoliquidation." if lang == "fr" else "Verlegging van heffing.") in flat
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout
    assert all(" yes " in row for row in fonts.splitlines()[2:])


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
def test_the_discount_column_appears_only_when_a_line_has_a_discount(desk, tmp_path):  # noqa: F811
    """Without discounts the column's width goes to the descriptions; with one, every
    line shows its discount column and the discounted line its percentage."""
    ctx = desk[0]

    def words(quote_id: str) -> str:
        out = tmp_path / f"{quote_id}.pdf"
        out.write_bytes(render_quote_pdf(quote_snapshot_for_pdf(ctx, quote_id)))
        text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True)
        return re.sub(r"\s+", " ", text.stdout)

    plain = _quote(desk, "nl")
    assert "Korting" not in words(plain)
    add_line(
        ctx,
        plain,
        LineInput(
            "Vertaling", "translation", Decimal(10), Decimal(50), discount_pct=Decimal("12.5")
        ),
    )
    text = words(plain)
    assert "Korting" in text and "12,5 %" in text
