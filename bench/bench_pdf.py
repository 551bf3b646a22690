"""The quote PDF: a realistic two-page quote (16 lines, two VAT rows) rendered from its
snapshot; the JSON says how many pages it came to. Budget: < 100 ms (DESIGN.md §5).

    python bench/bench_pdf.py
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.documents.quotes.quote_pdf import render_quote_pdf  # noqa: E402
from app.domain.quotes.quote_snapshot import QuoteSnapshot  # noqa: E402
from bench.common import emit, summary  # noqa: E402


def two_page_snapshot(lang: str = "fr") -> dict:
    lines = []
    for i in range(1, 17):  # 16 lines: two pages (18 make three)
        exempt = i % 3 == 0
        lines.append(
            {
                "position": i,
                "description": f"Représentation « Été {i} » – comédienne, répétitions et deux dates",
                "quantity": "2",
                "unit": "jour",
                "unit_price": "450.00",
                "discount_pct": "0",
                "net": "900.00",
                "treatment": "exempt" if exempt else "taxable",
                "rate": None if exempt else "21",
                "mention": {
                    "nl": "Vrijstelling van btw – art. 44, § 2, 8° WBTW",
                    "fr": "Exemption de TVA – art. 44, § 2, 8° CTVA",
                    "en": "VAT exempt – Art. 44 §2 8° Belgian VAT Code",
                }
                if exempt
                else {},
            }
        )
    exempt = 900 * sum(1 for line in lines if line["treatment"] == "exempt")
    taxable = 900 * len(lines) - exempt
    vat = taxable * 21 // 100  # whole euros here: 900 x 21 % is 189.00
    return {
        "number": "BXL-2026-000123",
        "state": "sent",
        "issue_date": "2026-11-29",
        "valid_until": "2026-12-29",
        "language": lang,
        "entity": "verenigde_producties",
        "activity": {"name": "Théâtre de l'Aube"},
        "member": {"name": "Hélène Dubois"},
        "client": {
            "name": "Centre culturel d'Ixelles",
            "street": "Rue Mercelis 19",
            "postcode": "1050",
            "city": "Ixelles",
            "country": "BE",
            "vat_number": "BE0403019261",
        },
        "lines": lines,
        "vat_table": [
            {"treatment": "taxable", "rate": "21", "base": f"{taxable}.00", "vat": f"{vat}.00"},
            {"treatment": "exempt", "rate": "", "base": f"{exempt}.00", "vat": "0.00"},
        ],
        "totals": {
            "net": f"{taxable + exempt}.00",
            "vat": f"{vat}.00",
            "gross": f"{taxable + exempt + vat}.00",
        },
        "payment_reference": "+++032/6000/12321+++",
    }


def page_count(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf))


def run() -> dict:
    snapshot = QuoteSnapshot.from_json(two_page_snapshot())  # as stored, read back typed
    render_quote_pdf(snapshot)  # fonts are registered once per process, as in the program
    timings = []
    pdf = b""
    for _ in range(30):
        start = time.perf_counter()
        pdf = render_quote_pdf(snapshot)
        timings.append((time.perf_counter() - start) * 1000)
    stats = summary(timings)
    return {
        "name": "quote_pdf_two_pages",
        "pages": page_count(pdf),
        **stats,
        "budget_ms": 100,
        "ok": stats["p95_ms"] < 100,
        "bytes": len(pdf),
    }


if __name__ == "__main__":
    emit(run())
