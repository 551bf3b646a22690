"""A TeamAdmin document as a PDF, drawn from its frozen `RequestDocument` in the member's
language, with the cooperative's identity (resources/rules/cooperative.toml), the house
way of `app.documents.quotes.quote_pdf` (embedded DejaVu fonts, no Helvetica)."""

from __future__ import annotations

import tomllib
from functools import cache
from io import BytesIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.documents.quotes.quote_pdf import (
    FONT,
    RESOURCES,
    _cooperative,
    _esc,
    _register_fonts,
    _styles,
)
from app.domain.teamadmin.request_document import RequestDocument
from app.formatting import format_date


@cache
def labels() -> dict[str, dict[str, str]]:
    with open(RESOURCES / "documents" / "teamadmin_labels.toml", "rb") as handle:
        return tomllib.load(handle)


#: the frame's width: the page less the margins (18 mm) and the frame's own padding (6 pt)
WIDTH = A4[0] - 36 * mm - 12
LABEL_WIDTH = 62 * mm


def render_request_pdf(doc_facts: RequestDocument) -> bytes:
    """A4 PDF bytes for one TeamAdmin document."""
    _register_fonts()
    lang = doc_facts.language if doc_facts.language in labels() else "en"
    words = labels()[lang]
    colon = words["colon"]
    st = _styles()
    coop = _cooperative()
    entity = coop["entities"].get(doc_facts.entity, {})
    title = words[doc_facts.document]

    story = [Paragraph(_esc(title), st["title"]), Spacer(1, 4 * mm)]
    issuer = [
        f"<b>{_esc(words['issuer'])}</b>",
        _esc(f"{coop['cooperative']['name']} – {entity.get(lang, '')}"),
    ]
    if coop["cooperative"].get("address"):
        issuer.append(_esc(coop["cooperative"]["address"]))
    if entity.get("enterprise_number"):
        issuer.append(_esc(f"{words['enterprise_number']}{colon} {entity['enterprise_number']}"))
    worker = [
        f"<b>{_esc(words['worker'])}</b>",
        _esc(doc_facts.member_name),
        _esc(f"{words['member_number']}{colon} {doc_facts.member_number}"),
        _esc(f"{words['insz']}{colon} {doc_facts.insz}"),
        _esc(f"{words['birth_date']}{colon} {format_date(doc_facts.birth_date, lang)}"),
    ]
    if doc_facts.address:
        worker.append(_esc(f"{words['address']}{colon} {doc_facts.address}"))
    parties = Table(
        [
            [
                Paragraph("<br/>".join(issuer), st["base"]),
                Paragraph("<br/>".join(worker), st["base"]),
            ]
        ],
        colWidths=[WIDTH / 2, WIDTH / 2],
    )
    parties.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 9),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    story += [parties, Spacer(1, 6 * mm)]
    if doc_facts.document == "employment_attest":
        story += [Paragraph(_esc(words["attest_text"]), st["base"]), Spacer(1, 3 * mm)]
    rows = [
        [Paragraph(_esc(words[key]), st["bold"]), Paragraph(_esc(value), st["base"])]
        for key, value in doc_facts.fields
    ]
    if rows:
        table = Table(rows, colWidths=[LABEL_WIDTH, WIDTH - LABEL_WIDTH])
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), FONT, 9),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.lightgrey),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        story.append(table)
    story.append(Spacer(1, 5 * mm))
    for key in doc_facts.notes:
        story.append(Paragraph(_esc(words[key]), st["small"]))
        story.append(Spacer(1, 2 * mm))
    story.append(Spacer(1, 8 * mm))
    dated = f"{words['issued_on']}{colon} {format_date(doc_facts.issued_on, lang)}"
    story.append(Paragraph(_esc(dated), st["base"]))
    if doc_facts.request_reference:
        reference = f"{words['reference']}{colon} {doc_facts.request_reference}"
        story.append(Paragraph(_esc(reference), st["small"]))
    story += [Spacer(1, 10 * mm), Paragraph(_esc(words["signature"]), st["base"])]

    buffer = BytesIO()

    def footer(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(colors.grey)
        canvas.drawString(20 * mm, 10 * mm, f"{coop['cooperative']['name']} · {title}")
        canvas.drawRightString(190 * mm, 10 * mm, f"{words['page']} {doc.page}")
        canvas.restoreState()

    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=18 * mm,
        title=title,
        author=coop["cooperative"]["name"],
        initialFontName=FONT,
        initialFontSize=9,
        lang={"nl": "nl-BE", "fr": "fr-BE"}.get(lang, "en"),
    )
    document.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()
