"""The quote PDF: every font it uses travels inside the file, in every language, and a
snapshot stored before the snapshot became typed still prints."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from app.documents.quotes.quote_pdf import render_quote_pdf
from app.domain.quotes.quote_snapshot import QuoteSnapshot
from tests.domain.quotes.test_quote_snapshot import STORED_BY_THE_DICT_BUILDER


def _fonts(pdf) -> list[dict[str, str]]:
    """The rows of `pdffonts`: name, type, encoding, emb, sub, uni."""
    out = subprocess.run(
        ["pdffonts", str(pdf)], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    rows = []
    for line in out[2:]:
        cells = line.split()
        # name, type (one or two words), encoding, emb, sub, uni, object, generation
        rows.append({"name": cells[0], "emb": cells[-5], "sub": cells[-4], "uni": cells[-3]})
    return rows


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="needs pdffonts (poppler-utils)")
@pytest.mark.parametrize("lang", ["nl", "fr", "en"])
def test_the_quote_pdf_embeds_every_font_it_uses(tmp_path, lang):
    snapshot = QuoteSnapshot.from_json({**STORED_BY_THE_DICT_BUILDER, "language": lang})
    pdf = tmp_path / f"quote-{lang}.pdf"
    pdf.write_bytes(render_quote_pdf(snapshot))
    fonts = _fonts(pdf)
    assert fonts, "pdffonts lists no font at all"
    assert [row for row in fonts if row["emb"] != "yes"] == []
    assert not any("Helvetica" in row["name"] or "Times" in row["name"] for row in fonts)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")
def test_a_snapshot_stored_before_the_typed_snapshot_prints_its_figures(tmp_path):
    pdf = tmp_path / "quote.pdf"
    pdf.write_bytes(render_quote_pdf(QuoteSnapshot.from_json(STORED_BY_THE_DICT_BUILDER)))
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    for expected in ("GNT-2026-000007", "321,17 €", "1,5", "+++002/2600/00756+++", "21 %"):
        assert expected in text
