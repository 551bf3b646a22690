"""The frozen snapshot of a sent quote: typed values between the layers, the same JSON in
the database as before (snapshots stored by earlier versions still load and print)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from app.domain.quotes.quote_rules import quote_snapshot, totals_of
from app.domain.quotes.quote_snapshot import QuoteSnapshot, SnapshotClient, SnapshotLine, VatRow
from tests.domain.quotes.test_quote_rules import HEADER, _line

# Written by the snapshot builder of 2026-11-30 (app/domain/quotes/quote_rules.py before the
# snapshot became a dataclass), for the header, client and lines of `_todays_input()`.
STORED_BY_THE_DICT_BUILDER = {
    "number": "GNT-2026-000007",
    "state": "accepted",
    "issue_date": "2026-05-04",
    "valid_until": "2026-06-03",
    "language": "nl",
    "entity": "verenigde_producties",
    "activity": {"name": "Atelier X"},
    "member": {"name": "An Peeters"},
    "client": {
        "name": "Klant",
        "street": "Rue 1",
        "postcode": "1000",
        "city": "Brussel",
        "country": "BE",
        "vat_number": "BE0403019261",
        "enterprise_number": "",
    },
    "lines": [
        {
            "position": 1,
            "description": "line 1",
            "category": "consulting",
            "quantity": "3",
            "unit": "hour",
            "unit_price": "33.33",
            "discount_pct": "0",
            "net": "99.99",
            "treatment": "taxable",
            "rate": "21",
            "legal_basis": "WBTW art. 37",
            "review_reason": "",
            "mention": {},
        },
        {
            "position": 2,
            "description": "line 2",
            "category": "consulting",
            "quantity": "1.5",
            "unit": "hour",
            "unit_price": "0.125",
            "discount_pct": "10",
            "net": "0.17",
            "treatment": "taxable",
            "rate": "6",
            "legal_basis": "KB nr. 20 tabel A rubriek XXIX",
            "review_reason": "",
            "mention": {},
        },
        {
            "position": 3,
            "description": "line 3",
            "category": "consulting",
            "quantity": "2",
            "unit": "hour",
            "unit_price": "100",
            "discount_pct": "0",
            "net": "200.00",
            "treatment": "exempt",
            "rate": None,
            "legal_basis": "WBTW art. 44 §2 4°",
            "review_reason": "School certificate",
            "mention": {
                "nl": "Vrijstelling van btw – art. 44, § 2, 4° WBTW",
                "fr": "Exemption de TVA – art. 44, § 2, 4° CTVA",
                "en": "VAT exempt – Art. 44 §2 4° Belgian VAT Code",
            },
        },
    ],
    "vat_table": [
        {"treatment": "exempt", "rate": "", "base": "200.00", "vat": "0.00"},
        {"treatment": "taxable", "rate": "21", "base": "99.99", "vat": "21.00"},
        {"treatment": "taxable", "rate": "6", "base": "0.17", "vat": "0.01"},
    ],
    "totals": {"net": "300.16", "vat": "21.01", "gross": "321.17"},
    "payment_reference": "+++002/2600/00756+++",
}


def _todays_input():
    lines = [
        _line(1, "3", "33.33", "taxable", "21", "WBTW art. 37"),
        _line(2, "1.5", "0.125", "taxable", "6", "KB nr. 20 tabel A rubriek XXIX", discount="10"),
        _line(3, "2", "100", "exempt", None, "WBTW art. 44 §2 4°", "School certificate"),
    ]
    return HEADER, STORED_BY_THE_DICT_BUILDER["client"], lines, totals_of(lines)


def test_a_snapshot_stored_before_the_dataclass_loads_with_its_figures_as_decimals():
    frozen = QuoteSnapshot.from_json(STORED_BY_THE_DICT_BUILDER)
    assert frozen.issue_date == date(2026, 5, 4)
    assert (frozen.total_net, frozen.total_vat, frozen.total_gross) == (
        Decimal("300.16"),
        Decimal("21.01"),
        Decimal("321.17"),
    )
    assert frozen.lines[1].unit_price == Decimal("0.125")
    assert frozen.lines[2].rate is None and frozen.lines[0].rate == Decimal(21)
    assert frozen.vat_table[0] == VatRow("exempt", None, Decimal("200.00"), Decimal("0.00"))
    assert frozen.client.vat_number == "BE0403019261"


def test_a_stored_snapshot_is_written_back_to_the_same_json():
    assert QuoteSnapshot.from_json(STORED_BY_THE_DICT_BUILDER).to_json() == (
        STORED_BY_THE_DICT_BUILDER
    )


def test_the_builder_stores_what_the_dict_builder_stored():
    """... plus, since vat-facts §11.12, each exemption's row names its basis and mention."""
    stored = quote_snapshot(*_todays_input()).to_json()
    exempt = stored["vat_table"][0]
    assert exempt.pop("legal_basis") == "WBTW art. 44 §2 4°"
    assert exempt.pop("mention")["nl"] == "Vrijstelling van btw – art. 44, § 2, 4° WBTW"
    assert stored == STORED_BY_THE_DICT_BUILDER


_text = st.text(max_size=30)
_amount = st.decimals(min_value=-(10**9), max_value=10**9, places=2, allow_nan=False)
_number = st.decimals(min_value=0, max_value=10**6, places=3, allow_nan=False)
_rate = st.one_of(st.none(), st.sampled_from(["21", "12", "6", "0", "5.5"]).map(Decimal))
_day = st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31))
_lines = st.builds(
    SnapshotLine,
    position=st.integers(1, 999),
    description=_text,
    category=_text,
    quantity=_number,
    unit=_text,
    unit_price=_number,
    discount_pct=st.decimals(min_value=0, max_value=100, places=2, allow_nan=False),
    net=_amount,
    treatment=st.sampled_from(["taxable", "exempt", "reverse_charge", "outside_scope"]),
    rate=_rate,
    legal_basis=_text,
    review_reason=_text,
    mention=st.dictionaries(st.sampled_from(["nl", "fr", "en"]), _text),
)
_rows = st.builds(VatRow, treatment=_text.filter(bool), rate=_rate, base=_amount, vat=_amount)
snapshots = st.builds(
    QuoteSnapshot,
    number=st.one_of(st.none(), _text.filter(bool)),
    state=st.sampled_from(["draft", "sent", "accepted", "refused", "expired", "cancelled"]),
    issue_date=_day,
    valid_until=_day,
    language=st.sampled_from(["nl", "fr", "en"]),
    entity=_text,
    activity_name=_text,
    member_name=_text,
    client=st.builds(SnapshotClient, name=_text, country=_text, vat_number=_text),
    lines=st.lists(_lines, max_size=5).map(tuple),
    vat_table=st.lists(_rows, max_size=4).map(tuple),
    total_net=_amount,
    total_vat=_amount,
    total_gross=_amount,
    payment_reference=_text,
)


@given(snapshots)
def test_a_snapshot_survives_its_trip_through_the_stored_json(snapshot):
    again = QuoteSnapshot.from_json(snapshot.to_json())
    assert again == snapshot
    assert [str(line.net) for line in again.lines] == [str(line.net) for line in snapshot.lines]
