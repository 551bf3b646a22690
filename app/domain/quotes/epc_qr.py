"""The EPC QR code of a SEPA credit transfer (guideline EPC069-12; admin-facts.md §6.5)
printed beside a quote's payment block, so the client's banking app fills in the
transfer. Version 002, UTF-8, error correction M, at most 331 bytes.

The Belgian structured communication goes in the unstructured remittance line (11):
line 10 expects an RF creditor reference, and how Belgian banks read an OGM there was
not confirmed (admin-facts §6.5, UNCERTAIN); the OGM is also printed as text.
"""

from __future__ import annotations

from decimal import Decimal

from stdnum import iban as std_iban

MAX_BYTES = 331


class EpcError(ValueError):
    pass


def epc_payload(bic: str, name: str, iban: str, amount: Decimal | None, communication: str) -> str:
    """The payload, one element per line (admin-facts §6.5): BCD, 002, 1 (UTF-8), SCT,
    BIC, name (≤ 70), IBAN, amount (`EUR12.50`, left out when None), purpose (empty),
    structured reference (empty), unstructured remittance (≤ 140)."""
    iban = std_iban.compact(iban)
    if not std_iban.is_valid(iban):
        raise EpcError("iban")
    if amount is not None and not Decimal("0.01") <= amount <= Decimal("999999999.99"):
        raise EpcError("amount")
    lines = [
        "BCD",
        "002",
        "1",
        "SCT",
        bic.strip().upper(),
        name.strip()[:70],
        iban,
        f"EUR{amount.quantize(Decimal('0.01'))}" if amount is not None else "",
        "",
        "",
        communication.strip()[:140],
    ]
    payload = "\n".join(lines)
    if len(payload.encode("utf-8")) > MAX_BYTES:
        raise EpcError("too_long")
    return payload


def epc_qr_png(payload: str, scale: int = 4) -> bytes:
    """The QR code (segno, error correction M) as PNG bytes."""
    from io import BytesIO

    import segno

    qr = segno.make(payload, error="m", micro=False, encoding="utf-8")
    out = BytesIO()
    qr.save(out, kind="png", scale=scale, border=2)
    return out.getvalue()
