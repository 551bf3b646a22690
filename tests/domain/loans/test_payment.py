"""The loan's structured communication and the EPC QR payload (admin-facts.md §6.4–6.5)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from stdnum.be import ogm_vcs

from app.domain.loans.payment import EpcTransfer, PaymentDataError, epc_qr, loan_ogm
from app.domain.quotes.payment_reference import OFFICE_DIGITS


def test_check_digits_are_the_first_ten_modulo_97():
    ogm = loan_ogm("BXL", 2026, 1)
    digits = ogm_vcs.compact(ogm)
    assert ogm == "+++532/6000/00149+++"
    assert int(digits[:10]) % 97 == int(digits[10:]) == 49
    assert ogm_vcs.is_valid(ogm)


def test_a_remainder_of_zero_is_written_97():
    # 5126000000 + s ≡ 0 (mod 97) for some sequence s < 97
    base = 5126000000
    sequence = (-base) % 97
    ogm = loan_ogm("ANT", 2026, sequence)
    assert ogm_vcs.compact(ogm)[10:] == "97"
    assert ogm_vcs.is_valid(ogm)


@given(
    office=st.sampled_from(sorted(OFFICE_DIGITS)),
    year=st.integers(2000, 2099),
    sequence=st.integers(1, 999_999),
)
def test_every_loan_ogm_is_valid_and_never_a_quotes(office, year, sequence):
    ogm = loan_ogm(office, year, sequence)
    assert ogm_vcs.is_valid(ogm)
    assert ogm_vcs.compact(ogm)[0] == "5"  # quotes start with 0


def test_epc_payload_field_by_field():
    ogm = loan_ogm("GNT", 2026, 42)
    transfer = EpcTransfer("Smart", "BE71 0961 2345 6769", Decimal("194.62"), ogm, "GKCCBEBB")
    lines = transfer.payload().split("\n")
    assert lines == [
        "BCD",
        "002",
        "1",
        "SCT",
        "GKCCBEBB",
        "Smart",
        "BE71096123456769",
        "EUR194.62",
        "",
        "",
        ogm,
    ]
    code = epc_qr(transfer)
    assert code.error == "M" and code.version <= 13
    # the matrix encodes exactly this payload (segno is deterministic for the same input)
    import segno

    assert code.matrix == segno.make(transfer.payload(), error="m", boost_error=False).matrix


def test_epc_refuses_what_a_bank_app_would_refuse():
    ogm = loan_ogm("GNT", 2026, 42)
    with pytest.raises(PaymentDataError):
        EpcTransfer("Smart", "BE68539007547034", Decimal("1"), ogm).payload()  # bad check
    with pytest.raises(PaymentDataError):
        EpcTransfer("Smart", "BE71096123456769", Decimal("0.00"), ogm).payload()
    with pytest.raises(PaymentDataError):
        EpcTransfer("x" * 71, "BE71096123456769", Decimal("1"), ogm).payload()
