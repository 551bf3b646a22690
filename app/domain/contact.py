"""Plain checks for contact details a person types in."""

from __future__ import annotations

import re

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[0-9 ./()-]{6,20}$")
_POSTCODE_BE = re.compile(r"^[1-9][0-9]{3}$")


def email_ok(value: str) -> bool:
    return value == "" or bool(_EMAIL.match(value))


def phone_ok(value: str) -> bool:
    return value == "" or bool(_PHONE.match(value))


def postcode_ok(value: str, country: str) -> bool:
    if value == "" or country != "BE":
        return True
    return bool(_POSTCODE_BE.match(value))
