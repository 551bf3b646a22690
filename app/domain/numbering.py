"""How a number given offline shows its series (issue 14, point 1).

Every device numbers in a series of its own, handed out by the central database when the
device connects (Belgian practice allows a business several numbering series, each
continuous on its own: issue 14). The series is unique across the
country, so a number is unique whichever office it is written for, and no device has
to ask the server at the moment it numbers.

- The readable number: `<prefix><series:3>-<sequence:5>`, e.g. `BXL-2026-107-00713`
  (Brussels, 2026, series 107, the 713th number of that series that year).
- The structured communication (OGM/VCS, 10 digits + 2 check digits, modulo 97):
  `<year:2><series:3><sequence:5>`. Communications given before series existed start
  with `0` and an office digit (`payment_reference.structured_communication`); these
  start with the year (>= 10), so an old and a new one are never equal.
- A loan's structured communication (`series_loan_communication`):
  `5<year:2><series:3><sequence:4>`. Loans given before series start with `5` and the
  office digit (`app.domain.loans.payment.loan_ogm`), so in 2026-2049 a loan's second
  and third digits are the year (`526...` in 2026) where an old loan's third and fourth
  are (`5?26...`): an old one (given before 2060) and a new one differ. A quote's starts
  with its year, `5` only in 2050-2059 (a limit the old loan numbers share): loans and
  quotes never share a communication before 2050.
- A member number is an integer (`members.member_number`): `series * 100000 + sequence`
  (`series_member_number`), e.g. 10700713. Numbers given before series count from 1,
  so they stay below 100000 while the cooperative has fewer members than that.
"""

from __future__ import annotations

from stdnum.be import ogm_vcs

SERIES_DIGITS = 3
SEQUENCE_DIGITS = 5
MAX_SERIES = 10**SERIES_DIGITS - 1
MAX_SEQUENCE = 10**SEQUENCE_DIGITS - 1


def series_number(prefix: str, series: int, sequence: int) -> str:
    """`BXL-2026-` + series 107 + sequence 713 -> `BXL-2026-107-00713`."""
    _check(series, sequence)
    return f"{prefix}{series:0{SERIES_DIGITS}d}-{sequence:0{SEQUENCE_DIGITS}d}"


def series_prefix(prefix: str, series: int) -> str:
    """The start every number of one series shares (`BXL-2026-107-`)."""
    return f"{prefix}{series:0{SERIES_DIGITS}d}-"


def series_structured_communication(year: int, series: int, sequence: int) -> str:
    """Year (2 digits) + series (3) + sequence (5) + check digits (modulo 97)."""
    _check(series, sequence)
    if year % 100 < 10:
        raise ValueError("a series communication needs a year whose last two digits are >= 10")
    base = f"{year % 100:02d}{series:0{SERIES_DIGITS}d}{sequence:0{SEQUENCE_DIGITS}d}"
    return f"+++{ogm_vcs.format(base + ogm_vcs.calc_check_digits(base))}+++"


LOAN_MARK = 5
LOAN_SEQUENCE_DIGITS = 4
MAX_LOAN_SEQUENCE = 10**LOAN_SEQUENCE_DIGITS - 1
LAST_LOAN_YEAR = 2049  # after it, quotes of the 2050s would start with the loans' 5


def series_loan_communication(year: int, series: int, sequence: int) -> str:
    """`5` + year (2 digits) + series (3) + sequence (4) + check digits (modulo 97)."""
    _check(series, sequence)
    if sequence > MAX_LOAN_SEQUENCE:
        raise ValueError(f"loan sequence out of range for a series (1-{MAX_LOAN_SEQUENCE})")
    if not 2010 <= year <= LAST_LOAN_YEAR:
        raise ValueError(f"a loan series communication is given in 2010-{LAST_LOAN_YEAR}")
    base = f"{LOAN_MARK}{year % 100:02d}{series:0{SERIES_DIGITS}d}"
    base += f"{sequence:0{LOAN_SEQUENCE_DIGITS}d}"
    return f"+++{ogm_vcs.format(base + ogm_vcs.calc_check_digits(base))}+++"


MEMBER_SERIES_FACTOR = 10**SEQUENCE_DIGITS


def series_member_number(series: int, sequence: int) -> int:
    """Series 107, sequence 713 -> 10700713: the series reads first, then 5 digits."""
    _check(series, sequence)
    return series * MEMBER_SERIES_FACTOR + sequence


def _check(series: int, sequence: int) -> None:
    if not 0 < series <= MAX_SERIES:
        raise ValueError(f"numbering series out of range (1-{MAX_SERIES})")
    if not 0 < sequence <= MAX_SEQUENCE:
        raise ValueError(f"sequence out of range for a series (1-{MAX_SEQUENCE})")
