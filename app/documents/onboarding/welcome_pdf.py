"""The welcome summary a new member takes home, in the member's language: their
Activity, the onboarding checklist with what is done and what comes next, and their
adviser's contact. Words come from `resources/documents/welcome_labels.toml` and the
checklist rules, never from the window's translations.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date
from functools import cache
from io import BytesIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.documents.quotes.quote_pdf import FONT, FONT_BOLD, RESOURCES, _register_fonts
from app.formatting import format_date


@dataclass(frozen=True)
class WelcomeItem:
    label: str
    reason: str
    required: bool
    done: bool


@dataclass(frozen=True)
class WelcomeSummary:
    language: str
    first_name: str
    last_name: str
    activity_name: str
    sector: str
    entity_name: str
    tool: str
    contract_types: tuple[str, ...]
    members: tuple[str, ...]
    status: str
    items: tuple[WelcomeItem, ...]
    adviser_name: str
    office_name: str
    made_on: date


@cache
def welcome_words() -> dict:
    with open(RESOURCES / "documents" / "welcome_labels.toml", "rb") as handle:
        return tomllib.load(handle)


def _esc(text: object) -> str:
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_welcome_pdf(summary: WelcomeSummary) -> bytes:
    _register_fonts()
    lang = summary.language if summary.language in ("nl", "fr", "en") else "nl"
    data = welcome_words()
    words = data[lang]

    def word(table: str, code: str) -> str:
        return data[table].get(code, {}).get(lang, code)

    base = ParagraphStyle("base", fontName=FONT, fontSize=10, leading=14)
    small = ParagraphStyle("small", parent=base, fontSize=8.5, leading=11, textColor=colors.grey)
    title = ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=20, leading=26)
    heading = ParagraphStyle("h", parent=base, fontName=FONT_BOLD, fontSize=13, leading=18)
    story = [
        Paragraph(_esc(words["title"]), title),
        Spacer(1, 4 * mm),
        Paragraph(_esc(words["greeting"].format(first_name=summary.first_name)), base),
        Paragraph(_esc(words["intro"]), base),
        Spacer(1, 5 * mm),
        Paragraph(f"{_esc(words['activity'])}: {_esc(summary.activity_name)}", heading),
    ]
    facts = [
        (words["sector"], word("sectors", summary.sector)),
        (words["entity"], summary.entity_name),
        (words["tool"], word("tools", summary.tool)),
        (
            words["contract_types"],
            ", ".join(word("contract_types", c) for c in summary.contract_types) or "—",
        ),
        (words["members"], ", ".join(summary.members)),
        (words["status"], word("states", summary.status)),
    ]
    table = Table(
        [[Paragraph(f"<b>{_esc(k)}</b>", base), Paragraph(_esc(v), base)] for k, v in facts],
        colWidths=[45 * mm, 125 * mm],
    )
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 10),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    story += [table, Spacer(1, 5 * mm), Paragraph(_esc(words["checklist"]), heading)]
    rows = []
    for item in summary.items:
        mark = "✓" if item.done else "☐"
        state = words["done"] if item.done else words["todo"]
        text = _esc(item.label) + ("" if item.required else f" ({_esc(words['optional'])})")
        rows.append(
            [
                Paragraph(mark, base),
                Paragraph(
                    f"{text}<br/><font size='8.5' color='grey'>{_esc(item.reason)}</font>", base
                ),
                Paragraph(_esc(state), base),
            ]
        )
    checklist = Table(rows, colWidths=[8 * mm, 135 * mm, 27 * mm])
    checklist.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 10),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.lightgrey),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    story += [checklist, Spacer(1, 5 * mm), Paragraph(_esc(words["next"]), heading)]
    todo = [i for i in summary.items if not i.done and i.required]
    if todo:
        for item in todo:
            story.append(Paragraph(f"• {_esc(item.label)}: {_esc(item.reason)}", base))
    else:
        story.append(Paragraph(_esc(words["nothing_next"]), base))
    story += [
        Spacer(1, 6 * mm),
        Paragraph(_esc(words["adviser"]), heading),
        Paragraph(_esc(summary.adviser_name or "—"), base),
        Paragraph(f"{_esc(words['office'])}: {_esc(summary.office_name)}", base),
        Spacer(1, 4 * mm),
        Paragraph(f"{_esc(words['made_on'])} {format_date(summary.made_on, lang)}", small),
    ]
    buffer = BytesIO()
    doc_title = f"{words['title']} · {summary.activity_name}"

    def footer(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(colors.grey)
        canvas.drawString(20 * mm, 10 * mm, f"Smart · {summary.first_name} {summary.last_name}")
        canvas.drawRightString(190 * mm, 10 * mm, f"{words['page']} {doc.page}")
        canvas.restoreState()

    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title=doc_title,
        author="Smart",
        initialFontName=FONT,
        initialFontSize=10,
        lang={"nl": "nl-BE", "fr": "fr-BE"}.get(lang, "en"),
    )
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()
