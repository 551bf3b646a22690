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
        "small_right": ParagraphStyle(
            "small_right", parent=base, fontSize=8, leading=10, alignment=TA_RIGHT
        ),
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

    who = snapshot.issuer  # the identity frozen with the quote (vat-facts §11.16)
    if who.get("name"):
        issuer = [
            f"<b>{_esc(words['issuer'])}</b>",
            f"<b>{_esc(who['name'])}</b>",
            _esc(who.get("legal_form", "")),
            _esc(who.get("registered_seat", "")),
            _esc(
                f"{words['enterprise_number']}{colon} {who.get('enterprise_number', '')}"
                f" · {who.get('rpr_court', '')}"
            ),
            _esc(f"{words['vat_number']}{colon} {_vat_number(who.get('vat_number', ''))}"),
        ]
    else:  # a snapshot from before the identity: the cooperative's name only
        issuer = [
            f"<b>{_esc(words['issuer'])}</b>",
            _esc(f"{coop['cooperative']['name']} – {entity.get(lang, '')}"),
        ]
    issuer.append(_esc(f"{words['on_behalf_of']}{colon} {snapshot.activity_name}"))
    issuer.append(_esc(f"{words['member']}{colon} {snapshot.member_name}"))

    client = snapshot.client
    addressee = [f"<b>{_esc(words['client'])}</b>", _esc(client.name)]
    if client.street:
        addressee.append(_esc(client.street))
    place = " ".join(x for x in (client.postcode, client.city) if x)
    addressee.append(_esc(f"{place} ({client.country})" if place else client.country))
    if client.vat_number:
        addressee.append(
            _esc(f"{words['vat_number']}{colon} {_vat_number(client.vat_number, client.country)}")
        )

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
    if snapshot.delivery_date:
        dates.append(f"{words['delivery_date']}{colon} {format_date(snapshot.delivery_date, lang)}")
    story += [Paragraph(_esc("    ·    ".join(dates)), st["base"]), Spacer(1, 4 * mm)]

    head = ParagraphStyle("head", parent=st["small"], fontName=FONT_BOLD)
    head_right = ParagraphStyle("head_right", parent=head, alignment=TA_RIGHT)
    # the discount column only when a line has a discount: its width goes to the
    # description otherwise, which then wraps less
    discounts = any(line.discount_pct for line in snapshot.lines)
    figures = ("quantity", "unit_price", "discount", "vat", "net")
    if not discounts:
        figures = tuple(key for key in figures if key != "discount")
    rows = [
        # headers wrap inside their column: they never run into each other (widest: fr)
        [Paragraph(_esc(words["pos"]), head), Paragraph(_esc(words["description"]), head)]
        + [Paragraph(_esc(words[key]), head_right) for key in figures]
    ]
    letters = _row_letters(snapshot)
    for line in snapshot.lines:
        treatment = line.treatment
        vat_cell = (
            f"{_rate(line.rate)} %"
            if treatment == "taxable"
            else words.get(f"treatment_{treatment}", treatment)
        )
        if line.undecided:  # a draft never shows an undecided VAT as final
            vat_cell = f"{words['vat_undecided']} *"
        elif letters.get(line.position):
            vat_cell = f"{vat_cell} ({letters[line.position]})"
        vat_cell = Paragraph(_esc(vat_cell), st["small_right"])
        discount = line.discount_pct
        cells = [
            str(line.position),
            Paragraph(_esc(line.description), st["base"]),
            f"{_qty(line.quantity, lang)} {unit(line.unit, line.quantity)}".strip(),
            format_unit_price(line.unit_price, lang),
        ]
        if discounts:
            cells.append(f"{_qty(discount, lang)} %" if discount else "")
        rows.append([*cells, vat_cell, money(line.net)])
    # 174 mm: the description takes what the figures leave
    widths = [10 * mm, 44 * mm, 20 * mm, 27 * mm, 19 * mm, 30 * mm, 24 * mm]
    if not discounts:
        widths = [10 * mm, 61 * mm, 20 * mm, 27 * mm, 30 * mm, 26 * mm]
    lines_table = Table(rows, colWidths=widths, repeatRows=1)
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

    vat_rows = [
        [""] + [Paragraph(_esc(words[k]), head_right) for k in ("rate", "base", "vat_amount")]
    ]
    for index, group in enumerate(snapshot.vat_table):
        treatment = group.treatment
        rate = (
            f"{_rate(group.rate)} %"
            if treatment == "taxable"
            else words.get(f"treatment_{treatment}", treatment)
        )
        vat_rows.append(
            [f"({_letter(index)})", Paragraph(_esc(rate), st["small_right"]),
             money(group.base), money(group.vat)]
        )  # fmt: skip
    undecided = any(line.undecided for line in snapshot.lines)
    foreign = any(line.treatment == "foreign_vat" for line in snapshot.lines)
    star = " *" if undecided else ""
    gross_label = words["total_gross_foreign"] if foreign else words["total_gross"]
    total_rows = [
        [words["total_net"], money(snapshot.total_net)],
        [words["total_vat"] + star, money(snapshot.total_vat)],
        [Paragraph(_esc(gross_label + star), st["bold"]), money(snapshot.total_gross)],
    ]
    vat_table = Table(vat_rows, colWidths=[9 * mm, 26 * mm, 26 * mm, 26 * mm])
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
    total_table = Table(total_rows, colWidths=[46 * mm, 28 * mm])
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
    story += [summary, Spacer(1, 3 * mm)]
    if undecided:
        story.append(Paragraph(_esc(words["undecided_note"]), st["small"]))
    if foreign:  # a consumer's price is all-in (vat-facts §11.15): the foreign VAT is due
        story.append(Paragraph(_esc(words["foreign_vat_note"]), st["small"]))
    story.append(Spacer(1, 4 * mm))

    # one mention per row of the VAT table, each line referring to its row by letter
    mentions: list[str] = []
    for index, group in enumerate(snapshot.vat_table):
        texts = [group.mention.get(lang, "")] if group.mention.get(lang) else []
        for line in snapshot.lines:
            text = line.mention.get(lang, "")
            if text and group.holds(line) and text not in texts:
                texts.append(text)
        mentions += [f"({_letter(index)}) {text}" for text in texts]
    if mentions:
        story.append(Paragraph(_esc(words["mentions"]), st["bold"]))
        for text in mentions:
            story.append(Paragraph(_esc(text).replace("\n", "<br/>"), st["small"]))
        story.append(Spacer(1, 4 * mm))

    story += _payment_block(snapshot, words, st, undecided or foreign)
    story += _agreement_block(snapshot, words, st, coop)

    buffer = BytesIO()
    draft = snapshot.state == "draft" or not snapshot.number

    def footer(canvas, doc) -> None:
        canvas.saveState()
        if draft:  # diagonal, light: the page stays readable
            canvas.setFont(FONT_BOLD, 46)
            canvas.setFillColor(colors.Color(0.85, 0.1, 0.1, alpha=0.12))
            canvas.translate(105 * mm, 148 * mm)
            canvas.rotate(45)
            canvas.drawCentredString(0, 0, words["watermark"])
            canvas.rotate(-45)
            canvas.translate(-105 * mm, -148 * mm)
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(colors.grey)
        canvas.drawString(20 * mm, 10 * mm, f"{coop['cooperative']['name']} · {title}")
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
    doc.build(
        story,
        onFirstPage=footer,
        onLaterPages=footer,
        canvasmaker=_numbered_canvas(words["page_of"]),
    )
    return buffer.getvalue()


def _numbered_canvas(pattern: str):
    """A canvas that prints "1/2" at the foot of every page once it knows the count."""
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self.setFont(FONT, 7.5)
                self.setFillColor(colors.grey)
                text = pattern.format(page=self._pageNumber, pages=total)
                self.drawRightString(190 * mm, 10 * mm, text)
                super().showPage()
            super().save()

    return NumberedCanvas


def _letter(index: int) -> str:
    return chr(ord("A") + index) if index < 26 else str(index + 1)


def _row_letters(snapshot: QuoteSnapshot) -> dict[int, str]:
    """Each line's row of the VAT table, by the row's letter."""
    found = {}
    for line in snapshot.lines:
        for index, group in enumerate(snapshot.vat_table):
            if group.holds(line):
                found[line.position] = _letter(index)
                break
    return found


def _vat_number(number: str, country: str = "BE") -> str:
    """A VAT number as people write it: "BE 0403.019.261"; others by their compact form."""
    from stdnum.be import vat as be_vat
    from stdnum.eu import vat as eu_vat
    from stdnum.exceptions import ValidationError

    try:
        compact = eu_vat.compact(number)
        if compact.startswith("BE"):
            digits = be_vat.validate(compact)
            return f"BE {digits[:4]}.{digits[4:7]}.{digits[7:]}"
        return compact
    except (ValidationError, ValueError, KeyError):
        return number


def _payment_block(snapshot: QuoteSnapshot, words: dict, st: dict, no_amount: bool) -> list:
    """IBAN, BIC, the structured communication and the EPC QR code (admin-facts §6.5)."""
    from reportlab.platypus import Image

    from app.domain.quotes.epc_qr import EpcError, epc_payload, epc_qr_png

    who = snapshot.issuer
    if not who.get("iban") and not snapshot.payment_reference:
        return []
    colon = words["colon"]
    lang = snapshot.language
    text = [f"<b>{_esc(words['payment'])}</b>"]
    if who.get("iban"):
        text.append(_esc(f"{words['iban']}{colon} {who['iban']}"))
        text.append(_esc(f"{words['bic']}{colon} {who.get('bic', '')}"))
    if snapshot.payment_reference:
        text.append(_esc(words["payment_text"]))
        text.append(f"<b>{_esc(snapshot.payment_reference)}</b>")
    if not no_amount:
        text.append(_esc(f"{words['amount']}{colon} {format_money(snapshot.total_gross, lang)}"))
    qr = ""
    if who.get("iban") and snapshot.payment_reference:
        try:
            payload = epc_payload(
                who.get("bic", ""),
                who.get("name", ""),
                who["iban"],
                None if no_amount or snapshot.total_gross <= 0 else snapshot.total_gross,
                snapshot.payment_reference,
            )
            qr = [
                Image(BytesIO(epc_qr_png(payload)), width=30 * mm, height=30 * mm),
                Paragraph(_esc(words["qr_hint"]), st["small"]),
            ]
        except EpcError:
            qr = ""
    block = Table([[Paragraph("<br/>".join(text), st["base"]), qr]], colWidths=[120 * mm, 54 * mm])
    block.setStyle(_layout_style())
    return [block, Spacer(1, 5 * mm)]


def _agreement_block(snapshot: QuoteSnapshot, words: dict, st: dict, coop: dict) -> list:
    """ "Voor akkoord / Bon pour accord": the client's date, name and signature."""
    from reportlab.platypus import KeepTogether

    name = snapshot.issuer.get("name") or coop["cooperative"]["name"]
    colon = words["colon"]
    lines = Table(
        [[f"{words[key]}{colon}", ""] for key in ("signature_date", "signature_name", "signature")],
        colWidths=[30 * mm, 70 * mm],
        rowHeights=[8 * mm, 8 * mm, 16 * mm],
        hAlign="LEFT",
    )
    lines.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 9),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LINEBELOW", (1, 0), (1, -1), 0.5, colors.black),
            ]
        )
    )
    return [
        KeepTogether(
            [
                Paragraph(_esc(words["agreement"]), st["bold"]),
                Paragraph(_esc(words["agreement_text"].format(name=name)), st["small"]),
                lines,
            ]
        )
    ]
