"""Valid (but invented) Belgian and EU identifiers for sample data (admin-facts.md §6).

Every generator computes the real check digits, so the numbers pass python-stdnum the
way a real member's or client's would; the EU VAT numbers are verified with
`stdnum.eu.vat` and drawn again in the rare case the check refuses one.
"""

from __future__ import annotations

import random
from datetime import date

from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.be import iban as be_iban
from stdnum.eu import vat as eu_vat
from stdnum.fr import siren
from stdnum.iso7064 import mod_11_10
from stdnum.lu import tva as lu_tva

# Account-holding banks of Belgium (NBB bank-code list, as bundled with python-stdnum),
# weighted roughly by their share of private accounts: BNP Paribas Fortis, Belfius, ING,
# KBC, Argenta, Crelan, Beobank, AXA/Crelan, Triodos, Keytrade, vdk, CBC.
BANK_CODES = [
    ("001", 10),
    ("210", 6),
    ("230", 4),
    ("068", 8),
    ("063", 6),
    ("088", 3),
    ("310", 6),
    ("363", 6),
    ("377", 3),
    ("734", 7),
    ("735", 5),
    ("737", 4),
    ("973", 7),
    ("979", 3),
    ("103", 3),
    ("109", 2),
    ("751", 2),
    ("523", 2),
    ("651", 2),
    ("890", 2),
    ("732", 2),
]


def _usable_banks() -> tuple[list[str], list[int]]:
    """Keep only codes the bundled bank list knows, so the list can age without breaking."""
    codes, weights = [], []
    for code, weight in BANK_CODES:
        bban = f"{code}0000001"
        check = int(bban) % 97 or 97
        number = "BE00" + bban + f"{check:02d}"
        number = number[:2] + std_iban.calc_check_digits(number) + number[4:]
        if be_iban.is_valid(number):
            codes.append(code)
            weights.append(weight)
    if not codes:
        raise RuntimeError("no usable Belgian bank code in python-stdnum's list")
    return codes, weights


_BANKS, _BANK_WEIGHTS = _usable_banks()


def insz(rng: random.Random, birth: date, male: bool, bis: bool = False) -> str:
    """A national number (or a BIS number, month + 40) for this birth date and sex.

    Check = 97 - (first 9 digits mod 97), with a 2 in front for births from 2000 on.
    """
    counter = rng.randrange(1, 998)
    if counter % 2 != (1 if male else 0):
        counter = counter + 1 if counter < 997 else counter - 1
    month = birth.month + (40 if bis else 0)
    body = f"{birth.year % 100:02d}{month:02d}{birth.day:02d}{counter:03d}"
    base = int(("2" if birth.year >= 2000 else "") + body)
    return f"{body}{97 - base % 97:02d}"


def be_account(rng: random.Random) -> str:
    """A Belgian IBAN: bank code from the NBB list, national check mod 97 (0 -> 97)."""
    code = rng.choices(_BANKS, _BANK_WEIGHTS)[0]
    bban10 = f"{code}{rng.randrange(10_000_000):07d}"
    national = int(bban10) % 97 or 97
    number = f"BE00{bban10}{national:02d}"
    return number[:2] + std_iban.calc_check_digits(number) + number[4:]


def enterprise_number(rng: random.Random) -> str:
    """A KBO/BCE number: 0 or 1, then digits, then 97 - (first 8 digits mod 97).

    The 1-series exists since September 2023, so only young companies carry it.
    """
    if rng.random() < 0.06:
        first8 = rng.randrange(10_000_000, 10_250_000)
    else:
        first8 = rng.randrange(2_000_000, 9_999_999)
    return f"{first8:08d}{97 - first8 % 97:02d}"


def _fr(rng: random.Random) -> str:
    body = f"{rng.randrange(100_000_00, 999_999_99):08d}"
    return "FR" + siren.to_tva(body + luhn.calc_check_digit(body))


def _nl(rng: random.Random) -> str:
    # RSIN/BSN-style 11-proof: sum(9..2 weights) - last digit = 0 mod 11.
    while True:
        digits = [rng.randrange(10) for _ in range(8)]
        if digits[0] == 0:
            continue
        last = sum((9 - i) * d for i, d in enumerate(digits)) % 11
        if last < 10:
            return "NL" + "".join(map(str, digits)) + str(last) + "B01"


def _de(rng: random.Random) -> str:
    body = str(rng.randrange(10_000_000, 99_999_999))
    return "DE" + body + mod_11_10.calc_check_digit(body)


def _lu(rng: random.Random) -> str:
    body = f"{rng.randrange(100_000, 999_999)}"
    return "LU" + body + lu_tva.calc_check_digits(body)


def _it(rng: random.Random) -> str:
    body = f"{rng.randrange(1, 9_999_999):07d}{rng.randrange(1, 101):03d}"
    return "IT" + body + luhn.calc_check_digit(body)


EU_VAT_GENERATORS = {"FR": _fr, "NL": _nl, "DE": _de, "LU": _lu, "IT": _it}


def eu_vat_number(rng: random.Random, country: str) -> str:
    """A VAT number of another member state that `stdnum.eu.vat` accepts."""
    make = EU_VAT_GENERATORS[country]
    for _attempt in range(1000):
        number = make(rng)
        if eu_vat.is_valid(number):
            return number
    raise RuntimeError(f"stdnum accepts no generated {country} VAT number: is stdnum complete?")
