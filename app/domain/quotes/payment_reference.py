"""The Belgian structured communication (OGM/VCS) printed on a quote for its payment.

`+++ddd/dddd/ddddd+++`: ten digits of our own and two check digits, the first ten
modulo 97 with 0 written 97 (admin-facts.md §6.4; python-stdnum `be.ogm_vcs`).
"""

from __future__ import annotations

from stdnum.be import ogm_vcs

OFFICE_DIGITS = {
    "ANT": 1,
    "GNT": 2,
    "BXL": 3,
    "LGE": 4,
    "LLN": 5,
    "NAM": 6,
    "MON": 7,
    "TOU": 8,
    "CRL": 9,
}


def structured_communication(office_code: str, year: int, sequence: int) -> str:
    """Office (2 digits) + year (2) + sequence within the office's year (6) + check."""
    if not 0 < sequence < 1_000_000:
        raise ValueError("sequence out of range for a structured communication")
    base = f"{OFFICE_DIGITS.get(office_code, 0):02d}{year % 100:02d}{sequence:06d}"
    digits = base + ogm_vcs.calc_check_digits(base)
    return f"+++{ogm_vcs.format(digits)}+++"
