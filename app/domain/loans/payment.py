"""How a member pays a loan back: the structured communication (OGM/VCS) of the loan and
the EPC QR code of a SEPA credit transfer (admin-facts.md §6.4–6.5).

The OGM is ten digits of our own and two check digits (the first ten modulo 97, 0 written
97; python-stdnum `be.ogm_vcs`). Loan OGMs start with 5 and the office's digit, so they
never collide with a quote's (app/domain/quotes/payment_reference.py starts with 0).

Where the OGM goes in the EPC payload is UNCERTAIN (admin-facts §6.5): line 10 expects an
RF creditor reference. APP-RULE (provisional): the OGM goes in the unstructured
remittance (line 11) as `+++ddd/dddd/ddddd+++`, and is always printed as text beside the
QR code as well.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from stdnum import bic as bic_number
from stdnum import iban as iban_number
from stdnum.be import iban as be_iban
from stdnum.be import ogm_vcs

from app.domain.quotes.payment_reference import OFFICE_DIGITS

LOAN_PREFIX = 5
MAX_PAYLOAD_BYTES = 331  # QR version 13 at error-correction level M (EPC069-12)


class PaymentDataError(ValueError):
    """The account data of the cooperative cannot make a valid EPC payload."""


def loan_ogm(office_code: str, year: int, sequence: int) -> str:
    """`+++5o/yyss/sssss+++`-shaped: 5, the office digit, the year (2), the sequence in the
    office's year (6), then the check digits."""
    if not 0 < sequence < 1_000_000:
        raise ValueError("sequence out of range for a structured communication")
    base = f"{LOAN_PREFIX}{OFFICE_DIGITS.get(office_code, 0)}{year % 100:02d}{sequence:06d}"
    return f"+++{ogm_vcs.format(base + ogm_vcs.calc_check_digits(base))}+++"


def loan_reference(office_code: str, year: int, sequence: int) -> tuple[str, str]:
    """The reference a person reads (`LOAN-BXL-2026-0007`) and the loan's OGM, for the
    `sequence`-th loan of the office's year (chosen by the services' allocator)."""
    return f"LOAN-{office_code}-{year}-{sequence:04d}", loan_ogm(office_code, year, sequence)


@dataclass(frozen=True)
class EpcTransfer:
    name: str
    iban: str
    amount: Decimal | None
    remittance: str
    bic: str = ""

    def payload(self) -> str:
        """The EPC069-12 version 002 payload, UTF-8, one element per line."""
        iban = iban_number.compact(self.iban)
        if not iban_number.is_valid(iban):
            raise PaymentDataError("the repayment IBAN is not valid")
        bic = bic_number.compact(self.bic) if self.bic else ""
        if bic and not bic_number.is_valid(bic):
            raise PaymentDataError("the repayment BIC is not valid")
        if not self.name or len(self.name) > 70:
            raise PaymentDataError("the beneficiary's name must have 1 to 70 characters")
        if len(self.remittance) > 140:
            raise PaymentDataError("the remittance text has more than 140 characters")
        amount = ""
        if self.amount is not None:
            if not Decimal("0.01") <= self.amount <= Decimal("999999999.99"):
                raise PaymentDataError("the amount is outside EUR 0.01-999999999.99")
            amount = f"EUR{self.amount:.2f}"
        lines = ["BCD", "002", "1", "SCT", bic, self.name, iban, amount, "", "", self.remittance]
        text = "\n".join(lines)
        if len(text.encode("utf-8")) > MAX_PAYLOAD_BYTES:
            raise PaymentDataError("the EPC payload is longer than 331 bytes")
        return text


def epc_qr(transfer: EpcTransfer):
    """The QR code (segno) of the transfer: error correction M, at most version 13."""
    import segno

    code = segno.make(
        transfer.payload(), error="m", boost_error=False, micro=False, encoding="utf-8"
    )
    if code.version > 13:  # pragma: no cover - the payload limit above keeps it within
        raise PaymentDataError("the QR code would be larger than version 13")
    return code


def belgian_bic(iban: str) -> str:
    """The BIC of a Belgian IBAN's bank, or '' (python-stdnum's bank table)."""
    try:
        info = be_iban.info(iban)
    except Exception:  # noqa: BLE001 - not Belgian or unknown bank: no BIC
        return ""
    return info.get("bic", "") or ""
