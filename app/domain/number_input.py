"""Numbers as a person types them, in the conventions of their language.

Dutch and French write a decimal comma and group thousands with a point
("1.234,56"); English writes a decimal point and groups with a comma ("1,234.56"). Every
language may group with a space. A separator followed by exactly three digits is read in
the language's convention ("1.250" is twelve hundred and fifty in Dutch, one and a
quarter in English). A single point or comma that cannot be a thousands separator (not
followed by three digits, or after a leading zero: "33,33" or "0,125" in English, "12.5"
in Dutch) can only be a decimal mark, and is read as one. Anything else (letters, two
decimal marks, the other language's grouping, uneven groups) is refused with a message
key, so the form says so next to the field and nothing is saved.
"""

from __future__ import annotations

import re
from decimal import Decimal

from app.domain.languages import LANGUAGES

DECIMAL_MARK = {"nl": ",", "fr": ",", "en": "."}
_SPACES = re.compile(r"[\u00a0\u202f\u2009]")


class NumberInputError(ValueError):
    """A typed number that cannot be read; `field` names the form's field."""

    message_key = "quote.not_a_number"

    def __init__(self, field: str, text: str):
        self.field = field
        self.text = text
        super().__init__(f"not a number: {text!r} ({field})")


def _pattern(mark: str) -> re.Pattern[str]:
    group = re.escape("." if mark == "," else ",")
    return re.compile(
        rf"""
        (?P<sign>-?)
        (?P<whole>[1-9]\d{{0,2}}(?P<sep>[ ]|{group})\d{{3}}(?:(?P=sep)\d{{3}})*|\d*)
        (?:{re.escape(mark)}(?P<fraction>\d+))?
        """,
        re.VERBOSE | re.ASCII,
    )


# one point or comma that no thousands grouping explains: a decimal mark
_LONE_MARK = re.compile(r"(?P<sign>-?)(?P<whole>\d*)[.,](?P<fraction>\d+)", re.ASCII)


_PATTERNS = {lang: _pattern(mark) for lang, mark in DECIMAL_MARK.items()}


def parse_number(text: str, lang: str, field: str = "") -> Decimal:
    """The number typed in `text` by a person who works in `lang`.

    Amounts, quantities, unit prices with more than two decimals and percentages all
    read the same way; the caller checks the range. Raises NumberInputError for an
    empty text, letters, a second decimal mark or thousands groups that are not of three
    digits."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}")
    cleaned = _SPACES.sub(" ", text or "").strip()
    found = _PATTERNS[lang].fullmatch(cleaned) or _LONE_MARK.fullmatch(cleaned)
    if found is None or not (found["whole"] or found["fraction"]):
        raise NumberInputError(field, text)
    whole = re.sub(r"\D", "", found["whole"]) or "0"
    fraction = found["fraction"]
    return Decimal(f"{found['sign']}{whole}.{fraction}" if fraction else f"{found['sign']}{whole}")


def typed_number(value: Decimal, lang: str) -> str:
    """A stored number as it is typed back into a field: no grouping, no trailing
    zeros after an integer, the decimal mark of `lang` (reads back with parse_number)."""
    text = f"{value.normalize():f}" if value == value.to_integral() else f"{value:f}"
    return text.replace(".", DECIMAL_MARK[lang]) if lang in DECIMAL_MARK else text
