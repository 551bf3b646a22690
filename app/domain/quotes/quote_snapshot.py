"""The frozen figures of a sent quote, as typed values, and their stored JSON form.

A sent quote's figures never change (DESIGN §2: totals are frozen when a quote is sent):
the snapshot is the PDF's only input and what the editor shows of a quote past draft.
Between the layers it travels as these frozen dataclasses with `Decimal` amounts and
`date`s; only at the storage boundary (the quote's JSON column, which sync carries as
is) does it become text, through the one `to_json`/`from_json` pair below. Snapshots
stored by earlier versions read back unchanged: the JSON form has not changed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal


def _decimal(text: object, default: str = "0") -> Decimal:
    return Decimal(str(text) if text not in (None, "") else default)


def _rate(text: object) -> Decimal | None:
    return Decimal(str(text)) if text not in (None, "") else None


def _rate_text(rate: Decimal | None) -> str | None:
    return None if rate is None else f"{rate:f}"


@dataclass(frozen=True)
class VatRow:
    """One row of the VAT breakdown: a treatment and (when taxable) its rate, the sum of
    the nets at it and the VAT on that sum (EN 16931 BR-CO-17)."""

    treatment: str
    rate: Decimal | None  # None unless taxable
    base: Decimal
    vat: Decimal
    legal_basis: str = ""  # the exemption's (or other treatment's) basis; "" when taxable
    mention: Mapping[str, str] = field(default_factory=dict)  # language -> text

    def to_json(self) -> dict:
        data = {
            "treatment": self.treatment,
            "rate": _rate_text(self.rate) or "",
            "base": str(self.base),
            "vat": str(self.vat),
        }
        if self.legal_basis:  # rows per basis (2026-12); older snapshots have none
            data["legal_basis"] = self.legal_basis
            data["mention"] = dict(self.mention)
        return data

    def holds(self, line: SnapshotLine) -> bool:
        """Whether `line` is counted in this row (each line refers to its row)."""
        if line.treatment != self.treatment:
            return False
        if self.treatment == "taxable":
            return line.rate is not None and self.rate is not None and line.rate == self.rate
        return line.legal_basis == self.legal_basis or not self.legal_basis

    @classmethod
    def from_json(cls, data: Mapping) -> VatRow:
        return cls(
            treatment=data.get("treatment") or "taxable",
            rate=_rate(data.get("rate")),
            base=_decimal(data["base"]),
            vat=_decimal(data["vat"]),
            legal_basis=data.get("legal_basis") or "",
            mention=dict(data.get("mention") or {}),
        )


@dataclass(frozen=True)
class SnapshotClient:
    name: str
    street: str = ""
    postcode: str = ""
    city: str = ""
    country: str = ""
    vat_number: str = ""
    enterprise_number: str = ""

    def to_json(self) -> dict:
        return {
            "name": self.name,
            "street": self.street,
            "postcode": self.postcode,
            "city": self.city,
            "country": self.country,
            "vat_number": self.vat_number,
            "enterprise_number": self.enterprise_number,
        }

    @classmethod
    def from_json(cls, data: Mapping) -> SnapshotClient:
        return cls(**{key: data.get(key) or "" for key in cls.__dataclass_fields__})


@dataclass(frozen=True)
class SnapshotLine:
    """A line as sent: its figures, its VAT treatment and the legal mention it needs."""

    position: int
    description: str
    category: str
    quantity: Decimal
    unit: str
    unit_price: Decimal
    discount_pct: Decimal
    net: Decimal
    treatment: str
    rate: Decimal | None  # None unless taxable
    legal_basis: str
    review_reason: str
    mention: Mapping[str, str] = field(default_factory=dict)  # language -> text
    undecided: bool = False  # a draft's line still under review: its VAT is not final

    def to_json(self) -> dict:
        return {
            **({"undecided": True} if self.undecided else {}),
            "position": self.position,
            "description": self.description,
            "category": self.category,
            "quantity": str(self.quantity),
            "unit": self.unit,
            "unit_price": str(self.unit_price),
            "discount_pct": str(self.discount_pct),
            "net": str(self.net),
            "treatment": self.treatment,
            "rate": _rate_text(self.rate),
            "legal_basis": self.legal_basis,
            "review_reason": self.review_reason,
            "mention": dict(self.mention),
        }

    @classmethod
    def from_json(cls, data: Mapping) -> SnapshotLine:
        return cls(
            position=int(data["position"]),
            description=data.get("description") or "",
            category=data.get("category") or "",
            quantity=_decimal(data["quantity"]),
            unit=data.get("unit") or "",
            unit_price=_decimal(data["unit_price"]),
            discount_pct=_decimal(data.get("discount_pct")),
            net=_decimal(data["net"]),
            treatment=data["treatment"],
            rate=_rate(data.get("rate")),
            legal_basis=data.get("legal_basis") or "",
            review_reason=data.get("review_reason") or "",
            mention=dict(data.get("mention") or {}),
            undecided=bool(data.get("undecided")),
        )


@dataclass(frozen=True)
class QuoteSnapshot:
    """Everything the PDF of a quote prints, frozen when the quote was sent (a draft gets
    a provisional one, marked draft, built the same way)."""

    number: str | None
    state: str
    issue_date: date
    valid_until: date
    language: str
    entity: str
    activity_name: str
    member_name: str
    client: SnapshotClient
    lines: tuple[SnapshotLine, ...]
    vat_table: tuple[VatRow, ...]
    total_net: Decimal
    total_vat: Decimal
    total_gross: Decimal
    payment_reference: str = ""
    # the issuer's identity as it was when the quote was sent (vat-facts §11.16), and the
    # planned delivery date; older snapshots have neither
    issuer: Mapping[str, str] = field(default_factory=dict)
    delivery_date: date | None = None

    def to_json(self) -> dict:
        """The stored form (the quote's `snapshot` column): dates as ISO text, amounts as
        Decimal text, so no figure goes through a float."""
        return {
            "number": self.number,
            "state": self.state,
            "issue_date": self.issue_date.isoformat(),
            "valid_until": self.valid_until.isoformat(),
            "language": self.language,
            "entity": self.entity,
            "activity": {"name": self.activity_name},
            "member": {"name": self.member_name},
            "client": self.client.to_json(),
            "lines": [line.to_json() for line in self.lines],
            "vat_table": [row.to_json() for row in self.vat_table],
            "totals": {
                "net": str(self.total_net),
                "vat": str(self.total_vat),
                "gross": str(self.total_gross),
            },
            "payment_reference": self.payment_reference,
            **({"issuer": dict(self.issuer)} if self.issuer else {}),
            **({"delivery_date": self.delivery_date.isoformat()} if self.delivery_date else {}),
        }

    @classmethod
    def from_json(cls, data: Mapping) -> QuoteSnapshot:
        totals = data["totals"]
        return cls(
            number=data.get("number"),
            state=data.get("state") or "draft",
            issue_date=date.fromisoformat(data["issue_date"]),
            valid_until=date.fromisoformat(data["valid_until"]),
            language=data.get("language") or "nl",
            entity=data.get("entity") or "",
            activity_name=(data.get("activity") or {}).get("name") or "",
            member_name=(data.get("member") or {}).get("name") or "",
            client=SnapshotClient.from_json(data["client"]),
            lines=tuple(SnapshotLine.from_json(line) for line in data["lines"]),
            vat_table=tuple(VatRow.from_json(row) for row in data.get("vat_table") or ()),
            total_net=_decimal(totals["net"]),
            total_vat=_decimal(totals["vat"]),
            total_gross=_decimal(totals["gross"]),
            payment_reference=data.get("payment_reference") or "",
            issuer=dict(data.get("issuer") or {}),
            delivery_date=(
                date.fromisoformat(data["delivery_date"]) if data.get("delivery_date") else None
            ),
        )
