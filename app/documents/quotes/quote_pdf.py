"""The quote as a PDF, drawn from its frozen snapshot in the client's language.

The snapshot (built by `app.services.quotes.quotes`) already holds every figure: this module
only lays it out, so the PDF can never disagree with the screen or the stored totals.
Fonts are embedded (DejaVu Sans, shipped in resources/fonts) so the text extracts
cleanly and accented names print in any viewer.
"""

from __future__ import annotations

import tomllib
from decimal import Decimal
from functools import cache
from io import BytesIO
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import registerFontFamily
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

import resources
from app.domain.quotes.quote_snapshot import QuoteSnapshot
from app.formatting import format_date, format_money, format_unit_price

RESOURCES = Path(resources.__file__).parent
FONT, FONT_BOLD = "DejaVuSans", "DejaVuSans-Bold"


@cache
def _register_fonts() -> None:
    pdfmetrics.registerFont(TTFont(FONT, str(RESOURCES / "fonts" / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(RESOURCES / "fonts" / "DejaVuSans-Bold.ttf")))
    # so that <b> in a paragraph picks the embedded bold face
    registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)


@cache
def _labels() -> dict[str, dict[str, str]]:
    with open(RESOURCES / "documents" / "quote_labels.toml", "rb") as handle:
        return tomllib.load(handle)


@cache
def _cooperative() -> dict:
    with open(RESOURCES / "rules" / "cooperative.toml", "rb") as handle:
        return tomllib.load(handle)


def _styles():
    base = ParagraphStyle("base", fontName=FONT, fontSize=9, leading=12)
    return {
        "base": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10),
        "title": ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=18, leading=22),
        "bold": ParagraphStyle("bold", parent=base, fontName=FONT_BOLD),
        "right": ParagraphStyle("right", parent=base, alignment=TA_RIGHT),
        "draft": ParagraphStyle("draft", parent=base, fontName=FONT_BOLD, textColor=colors.red),
    }


def _rate(rate: Decimal | None) -> str:
    """A VAT rate as the quote prints it: `21`, `6`, `5.5` (no trailing zeros)."""
    return f"{rate.normalize():f}" if rate is not None else ""


def _layout_style() -> TableStyle:
    """A table that only places blocks side by side. Its cells still get a font: a cell
    without one is set in reportlab's default Helvetica, which is never embedded."""
    return TableStyle(
        [
            ("FONT", (0, 0), (-1, -1), FONT, 9),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ]
    )


def _esc(text: object) -> str:
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _qty(value: Decimal, lang: str) -> str:
    number = value.normalize()
    text = f"{number:f}"
    return text.replace(".", ",") if lang in ("nl", "fr") else text


def render_quote_pdf(snapshot: QuoteSnapshot) -> bytes:
    """A4 PDF bytes for one quote snapshot."""
    _register_fonts()
    lang = snapshot.language
    words = _labels()[lang]
    st = _styles()
    coop = _cooperative()
    entity = coop["entities"].get(snapshot.entity, {})

    def money(value: Decimal) -> str:
        return format_money(value, lang)

    story = []
    title = f"{words['title']} {snapshot.number or ''}".strip()
    story.append(Paragraph(_esc(title), st["title"]))
    if snapshot.state == "draft" or not snapshot.number:
        story.append(Paragraph(_esc(words["draft"]), st["draft"]))
    story.append(Spacer(1, 4 * mm))

    colon = words["colon"]

    def unit(code: str, quantity: Decimal) -> str:
        one = quantity == 1
        return words.get(f"unit_{code}" if one else f"units_{code}", code)

    issuer = [
        f"<b>{_esc(words['issuer'])}</b>",
        _esc(f"{coop['cooperative']['name']} – {entity.get(lang, '')}"),
    ]
    if coop["cooperative"].get("address"):
        issuer.append(_esc(coop["cooperative"]["address"]))
    if entity.get("enterprise_number"):
        issuer.append(_esc(f"{words['enterprise_number']}{colon} {entity['enterprise_number']}"))
    issuer.append(_esc(f"{words['on_behalf_of']}{colon} {snapshot.activity_name}"))
    issuer.append(_esc(f"{words['member']}{colon} {snapshot.member_name}"))

    client = snapshot.client
    addressee = [f"<b>{_esc(words['client'])}</b>", _esc(client.name)]
    if client.street:
        addressee.append(_esc(client.street))
    place = " ".join(x for x in (client.postcode, client.city) if x)
    addressee.append(_esc(f"{place} ({client.country})" if place else client.country))
    if client.vat_number:
        addressee.append(_esc(f"{words['vat_number']}{colon} {client.vat_number}"))

    header = Table(
        [
            [
                Paragraph("<br/>".join(issuer), st["base"]),
                Paragraph("<br/>".join(addressee), st["base"]),
            ]
        ],
        colWidths=[90 * mm, 80 * mm],
    )
    header.setStyle(_layout_style())
    story += [header, Spacer(1, 4 * mm)]

    dates = [
        f"{words['issue_date']}{colon} {format_date(snapshot.issue_date, lang)}",
        f"{words['valid_until']}{colon} {format_date(snapshot.valid_until, lang)}",
    ]
    story += [Paragraph(_esc("    ·    ".join(dates)), st["base"]), Spacer(1, 4 * mm)]

    rows = [
        [
            words["pos"],
            words["description"],
            words["quantity"],
            words["unit_price"],
            words["discount"],
            words["vat"],
            words["net"],
        ]
    ]
    for line in snapshot.lines:
        treatment = line.treatment
        vat_cell = (
            f"{_rate(line.rate)} %"
            if treatment == "taxable"
            else words.get(f"treatment_{treatment}", treatment)
        )
        discount = line.discount_pct
        rows.append(
            [
                str(line.position),
                Paragraph(_esc(line.description), st["base"]),
                f"{_qty(line.quantity, lang)} {unit(line.unit, line.quantity)}".strip(),
                format_unit_price(line.unit_price, lang),
                f"{_qty(discount, lang)} %" if discount else "",
                vat_cell,
                money(line.net),
            ]
        )
    lines_table = Table(
        rows,
        colWidths=[10 * mm, 62 * mm, 20 * mm, 24 * mm, 14 * mm, 20 * mm, 24 * mm],
        repeatRows=1,
    )
    lines_table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 8.5),
                ("FONT", (0, 0), (-1, 0), FONT_BOLD, 8.5),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef4")),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.HexColor("#4a6a8a")),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#c8d0d8")),
                ("ALIGN", (2, 0), (-1, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    story += [lines_table, Spacer(1, 5 * mm)]

    vat_rows = [[words["rate"], words["base"], words["vat_amount"]]]
    for group in snapshot.vat_table:
        treatment = group.treatment
        rate = (
            f"{_rate(group.rate)} %"
            if treatment == "taxable"
            else words.get(f"treatment_{treatment}", treatment)
        )
        vat_rows.append([rate, money(group.base), money(group.vat)])
    total_rows = [
        [words["total_net"], money(snapshot.total_net)],
        [words["total_vat"], money(snapshot.total_vat)],
        [words["total_gross"], money(snapshot.total_gross)],
    ]
    vat_table = Table(vat_rows, colWidths=[20 * mm, 28 * mm, 28 * mm])
    vat_table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 8.5),
                ("FONT", (0, 0), (-1, 0), FONT_BOLD, 8.5),
                ("ALIGN", (0, 0), (-1, -1), "RIGHT"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.HexColor("#4a6a8a")),
            ]
        )
    )
    total_table = Table(total_rows, colWidths=[40 * mm, 30 * mm])
    total_table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 9),
                ("FONT", (0, -1), (-1, -1), FONT_BOLD, 10),
                ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
            ]
        )
    )
    summary = Table(
        [
            [
                [Paragraph(_esc(words["vat_table"]), st["bold"]), vat_table]
                if len(vat_rows) > 1
                else "",
                total_table,
            ]
        ],
        colWidths=[95 * mm, 79 * mm],
    )
    summary.setStyle(_layout_style())
    story += [summary, Spacer(1, 6 * mm)]

    mentions = []
    for line in snapshot.lines:
        text = line.mention.get(lang, "")
        if text and text not in mentions:
            mentions.append(text)
    if mentions:
        story.append(Paragraph(_esc(words["mentions"]), st["bold"]))
        for text in mentions:
            story.append(Paragraph("• " + _esc(text), st["small"]))
        story.append(Spacer(1, 4 * mm))

    if snapshot.payment_reference:
        story.append(Paragraph(_esc(words["payment"]), st["bold"]))
        story.append(Paragraph(_esc(words["payment_text"]), st["base"]))
        story.append(Paragraph(f"<b>{_esc(snapshot.payment_reference)}</b>", st["base"]))

    buffer = BytesIO()

    def footer(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(colors.grey)
        canvas.drawString(20 * mm, 10 * mm, f"{coop['cooperative']['name']} · {title}")
        canvas.drawRightString(190 * mm, 10 * mm, f"{words['page']} {doc.page}")
        canvas.restoreState()

    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=18 * mm,
        title=title,
        author=coop["cooperative"]["name"],
        # the canvas starts in reportlab's default Helvetica (a base-14 font, never
        # embedded) unless told otherwise, even when nothing is drawn in it
        initialFontName=FONT,
        initialFontSize=9,
        lang={"nl": "nl-BE", "fr": "fr-BE"}.get(lang, "en"),
    )
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()
