"""The accident declaration and the insurance claim as PDFs, in the language of the
insurer's form (nl or fr), laid out in the model form's blocks (admin-facts §1.5) so
TeamAdmin can send it as is. The words come from resources/documents/
declaration_labels.toml, never from Qt; the values are gathered and formatted by
`app.services.declarations.documents`. Fonts are embedded (DejaVu Sans)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from io import BytesIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.documents.quotes.quote_pdf import FONT, FONT_BOLD, RESOURCES, _register_fonts

LANGUAGES = ("nl", "fr")


@cache
def declaration_words(lang: str) -> dict[str, str]:
    with open(RESOURCES / "documents" / "declaration_labels.toml", "rb") as handle:
        table = tomllib.load(handle)
    return table[lang if lang in table else "nl"]


@dataclass(frozen=True)
class Section:
    key: str  # a label key: section_victim, ...
    fields: tuple[tuple[str, str], ...]  # (label key, value as printed)
    note: str = ""


@dataclass(frozen=True)
class DeclarationDocument:
    entity: str  # accident | claim
    language: str
    number: str
    draft: bool
    organisation: str
    sections: tuple[Section, ...]


def _esc(text: object) -> str:
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_declaration_pdf(document: DeclarationDocument) -> bytes:
    _register_fonts()
    words = declaration_words(document.language)
    base = ParagraphStyle("base", fontName=FONT, fontSize=9, leading=11.5)
    bold = ParagraphStyle("bold", parent=base, fontName=FONT_BOLD)
    head = ParagraphStyle("head", parent=base, fontName=FONT_BOLD, fontSize=11, leading=14)
    title_style = ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=17, leading=21)
    small = ParagraphStyle("small", parent=base, fontSize=7.5, leading=9, textColor=colors.grey)
    draft = ParagraphStyle("draft", parent=bold, textColor=colors.red)
    title = words[f"title_{document.entity}"]
    story = [Paragraph(_esc(title), title_style)]
    if document.entity == "accident":
        story.append(Paragraph(_esc(words["subtitle_accident"]), small))
    if document.draft:
        story.append(Paragraph(_esc(words["draft"]), draft))
    story.append(Spacer(1, 4 * mm))
    for section in document.sections:
        rows = [
            [Paragraph(_esc(words[key]), bold), Paragraph(_esc(value or "–"), base)]
            for key, value in section.fields
        ]
        block = [Paragraph(_esc(words[section.key]), head), Spacer(1, 1 * mm)]
        if rows:
            table = Table(rows, colWidths=[62 * mm, 112 * mm])
            table.setStyle(
                TableStyle(
                    [
                        ("FONT", (0, 0), (-1, -1), FONT, 9),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.lightgrey),
                        ("LEFTPADDING", (0, 0), (-1, -1), 2),
                        ("TOPPADDING", (0, 0), (-1, -1), 2),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                    ]
                )
            )
            block.append(table)
        if section.note:
            block.append(Paragraph(_esc(words.get(section.note, section.note)), small))
        block.append(Spacer(1, 4 * mm))
        story.append(KeepTogether(block))

    buffer = BytesIO()
    footer_text = f"{document.organisation} · {title}" + (
        f" · {document.number}" if document.number else ""
    )

    def footer(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(colors.grey)
        canvas.drawString(18 * mm, 10 * mm, footer_text)
        canvas.drawRightString(192 * mm, 10 * mm, f"{words['page']} {doc.page}")
        canvas.restoreState()

    SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=18 * mm,
        title=title,
        author=document.organisation,
        initialFontName=FONT,
        initialFontSize=9,
        lang={"nl": "nl-BE", "fr": "fr-BE"}.get(document.language, "en"),
    ).build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()
