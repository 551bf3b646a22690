"""The loan agreement (with its schedule, structured communication and EPC QR code) and
the refusal letter, as PDFs in the member's language, from a frozen `LoanDocument`.

Words come from resources/documents/loan_labels.toml; the cooperative's identity from
resources/rules/cooperative.toml; fonts are the quote PDF's embedded DejaVu Sans.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache
from io import BytesIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.documents.quotes.quote_pdf import (
    FONT,
    FONT_BOLD,
    RESOURCES,
    _cooperative,
    _esc,
    _layout_style,
    _register_fonts,
    _styles,
)
from app.domain.loans.payment import EpcTransfer, PaymentDataError, epc_qr
from app.domain.loans.schedule import Instalment
from app.formatting import format_date, format_money


@dataclass(frozen=True)
class LoanDocument:
    language: str
    reference: str
    ogm: str
    member_name: str
    member_address: str
    activity_name: str
    entity: str
    purpose: str
    amount: Decimal
    months: int
    decided_on: date | None
    decision_reason: str
    instalments: tuple[Instalment, ...]
    account_name: str
    account_iban: str
    account_bic: str


@cache
def _labels() -> dict[str, dict[str, str]]:
    with open(RESOURCES / "documents" / "loan_labels.toml", "rb") as handle:
        return tomllib.load(handle)


class QrCode(Flowable):
    """A QR code drawn as vector squares (no image library, sharp at any zoom)."""

    def __init__(self, matrix, size: float) -> None:
        super().__init__()
        self.matrix = [list(row) for row in matrix]
        self.size = size
        self.width = self.height = size

    def draw(self) -> None:
        n = len(self.matrix) + 8  # 4 modules of quiet zone each side
        cell = self.size / n
        canvas = self.canv
        canvas.setFillColor(colors.black)
        for y, row in enumerate(self.matrix):
            for x, dark in enumerate(row):
                if dark:
                    canvas.rect(
                        (x + 4) * cell, self.size - (y + 5) * cell, cell, cell, stroke=0, fill=1
                    )


def _header(doc: LoanDocument, words: dict, st) -> list:
    coop = _cooperative()
    entity = coop["entities"].get(doc.entity, {})
    colon = words["colon"]
    lender = [f"<b>{_esc(words['lender'])}</b>", _esc(coop["cooperative"]["name"])]
    if entity.get(doc.language):
        lender[-1] = _esc(f"{coop['cooperative']['name']} – {entity[doc.language]}")
    if coop["cooperative"].get("address"):
        lender.append(_esc(coop["cooperative"]["address"]))
    if entity.get("enterprise_number"):
        lender.append(_esc(entity["enterprise_number"]))
    borrower = [f"<b>{_esc(words['borrower'])}</b>", _esc(doc.member_name)]
    if doc.member_address:
        borrower.append(_esc(doc.member_address))
    borrower.append(_esc(f"{words['activity']}{colon} {doc.activity_name}"))
    table = Table(
        [
            [
                Paragraph("<br/>".join(lender), st["base"]),
                Paragraph("<br/>".join(borrower), st["base"]),
            ]
        ],
        colWidths=[85 * mm, 85 * mm],
    )
    table.setStyle(_layout_style())
    return [table, Spacer(1, 5 * mm)]


def render_agreement(doc: LoanDocument) -> bytes:
    _register_fonts()
    lang = doc.language
    words = _labels()[lang]
    st = _styles()
    colon = words["colon"]

    def money(value: Decimal) -> str:
        return format_money(value, lang)

    story = [Paragraph(_esc(words["agreement_title"]), st["title"]), Spacer(1, 4 * mm)]
    story += _header(doc, words, st)
    facts = [
        (words["reference"], doc.reference),
        (words["purpose"], words.get(f"purpose_{doc.purpose}", doc.purpose)),
        (words["amount"], money(doc.amount)),
        (words["term"], f"{doc.months} {words['months']}"),
    ]
    if doc.decided_on:
        facts.append((words["decided_on"], format_date(doc.decided_on, lang)))
    table = Table(
        [[f"{k}{colon}", v] for k, v in facts], colWidths=[45 * mm, 120 * mm], hAlign="LEFT"
    )
    table.setStyle(
        TableStyle(
            [("FONT", (0, 0), (-1, -1), FONT, 9.5), ("FONT", (0, 0), (0, -1), FONT_BOLD, 9.5)]
        )
    )
    story += [table, Spacer(1, 3 * mm), Paragraph(_esc(words["no_interest"]), st["base"])]
    story.append(Spacer(1, 5 * mm))

    # how to pay: the OGM as text, the account, and the EPC QR code of the first instalment
    pay = [f"{_esc(words['pay_with'])}{colon}", f"<b>{_esc(doc.ogm)}</b>"]
    qr = None
    if doc.account_iban:
        pay.append(_esc(f"{words['to_account']} {doc.account_iban} ({doc.account_name})"))
        try:
            transfer = EpcTransfer(
                doc.account_name,
                doc.account_iban,
                doc.instalments[0].amount if doc.instalments else None,
                doc.ogm,
                doc.account_bic,
            )
            qr = QrCode(epc_qr(transfer).matrix, 34 * mm)
        except PaymentDataError:
            qr = None
    else:
        pay.append(_esc(words["no_account"]))
    cells = [[Paragraph("<br/>".join(pay), st["base"]), qr or ""]]
    if qr is not None:
        cells.append(["", Paragraph(_esc(words["qr_caption"]), st["small"])])
    block = Table(cells, colWidths=[125 * mm, 40 * mm])
    block.setStyle(_layout_style())
    story += [block, Spacer(1, 5 * mm)]

    story.append(Paragraph(f"<b>{_esc(words['schedule'])}</b>", st["base"]))
    story.append(Spacer(1, 2 * mm))
    rows = [[words["n"], words["due"], words["instalment"], words["balance_after"]]]
    for i in doc.instalments:
        rows.append(
            [str(i.number), format_date(i.due, lang), money(i.amount), money(i.balance_after)]
        )
    rows.append(
        [words["total"], "", money(sum((i.amount for i in doc.instalments), Decimal(0))), ""]
    )
    schedule = Table(
        rows, colWidths=[15 * mm, 45 * mm, 40 * mm, 45 * mm], repeatRows=1, hAlign="LEFT"
    )
    schedule.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 8.5),
                ("FONT", (0, 0), (-1, 0), FONT_BOLD, 8.5),
                ("FONT", (0, -1), (-1, -1), FONT_BOLD, 8.5),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef4")),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.HexColor("#4a6a8a")),
                ("LINEBELOW", (0, 1), (-1, -2), 0.25, colors.HexColor("#c8d0d8")),
                ("LINEABOVE", (0, -1), (-1, -1), 0.6, colors.HexColor("#4a6a8a")),
                ("ALIGN", (2, 0), (-1, -1), "RIGHT"),
            ]
        )
    )
    story += [schedule, Spacer(1, 10 * mm)]
    signatures = Table(
        [[words["for_lender"], words["for_borrower"]], ["", ""]],
        colWidths=[85 * mm, 85 * mm],
        rowHeights=[6 * mm, 18 * mm],
    )
    signatures.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 9),
                ("LINEBELOW", (0, 1), (0, 1), 0.5, colors.grey),
                ("LINEBELOW", (1, 1), (1, 1), 0.5, colors.grey),
            ]
        )
    )
    story += [Paragraph(f"<b>{_esc(words['signatures'])}</b>", st["base"]), signatures]
    return _build(story, doc, words)


def render_refusal(doc: LoanDocument) -> bytes:
    _register_fonts()
    lang = doc.language
    words = _labels()[lang]
    st = _styles()
    colon = words["colon"]
    story = [Paragraph(_esc(words["refusal_title"]), st["title"]), Spacer(1, 4 * mm)]
    story += _header(doc, words, st)
    story += [
        Paragraph(
            _esc(
                f"{words['reference']}{colon} {doc.reference} · "
                f"{words['purpose']}{colon} {words.get(f'purpose_{doc.purpose}', doc.purpose)} · "
                f"{words['amount']}{colon} {format_money(doc.amount, lang)}"
            ),
            st["base"],
        ),
        Spacer(1, 6 * mm),
        Paragraph(_esc(f"{words['dear']} {doc.member_name},"), st["base"]),
        Spacer(1, 3 * mm),
        Paragraph(_esc(words["refusal_intro"]), st["base"]),
        Spacer(1, 3 * mm),
        Paragraph(
            f"<b>{_esc(words['refusal_reason'])}{colon}</b> {_esc(doc.decision_reason)}", st["base"]
        ),
        Spacer(1, 3 * mm),
        Paragraph(_esc(words["refusal_again"]), st["base"]),
        Spacer(1, 8 * mm),
        Paragraph(_esc(words["regards"]), st["base"]),
        Paragraph(_esc(_cooperative()["cooperative"]["name"]), st["base"]),
    ]
    if doc.decided_on:
        story.append(Spacer(1, 4 * mm))
        story.append(
            Paragraph(
                _esc(f"{words['decided_on']}{colon} {format_date(doc.decided_on, lang)}"),
                st["small"],
            )
        )
    return _build(story, doc, words)


def _build(story: list, doc: LoanDocument, words: dict) -> bytes:
    out = BytesIO()
    pdf = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title=f"{doc.reference}",
        author=_cooperative()["cooperative"]["name"],
    )
    pdf.build(story)
    return out.getvalue()
