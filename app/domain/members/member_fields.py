"""The checks of a member's fields, as the adviser types and before a service writes.

One function (`check_member_fields`) answers both: the form calls it on every keystroke
(it is pure, no database) and the members service calls it before it writes, so a
member made by the window, the command line or the demo data passes the same rules.
Problems block saving; warnings (an INSZ whose day does not exist, an age over 110, a
birth date that disagrees with the INSZ) are shown and never block (admin-facts §6.1).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from app.domain.contact import email_ok, phone_ok, postcode_ok
from app.domain.identifiers import check_identifier
from app.domain.languages import LANGUAGES

#: the fields a new member has; `EDITABLE_FIELDS` may change later (issue #9: address,
#: contact, IBAN, language)
MEMBER_FIELDS = (
    "first_name",
    "last_name",
    "insz",
    "birth_date",
    "street",
    "postcode",
    "city",
    "country",
    "email",
    "phone",
    "iban",
    "language",
    "shares",
)
EDITABLE_FIELDS = ("street", "postcode", "city", "country", "email", "phone", "iban", "language")
REQUIRED = ("first_name", "last_name", "insz")
MAX_LENGTH = {
    "first_name": 80,
    "last_name": 80,
    "street": 120,
    "postcode": 10,
    "city": 80,
    "email": 120,
    "phone": 30,
}


@dataclass(frozen=True)
class FieldNote:
    field: str
    message_key: str
    params: dict = field(default_factory=dict)


@dataclass(frozen=True)
class MemberCheck:
    """What the fields say: the cleaned values, what blocks, what is worth a look, and
    what the INSZ and the IBAN tell (type, birth date, sex; country, BIC)."""

    values: dict
    problems: tuple[FieldNote, ...]
    warnings: tuple[FieldNote, ...]
    insz_details: dict | None = None
    iban_details: dict | None = None

    @property
    def ok(self) -> bool:
        return not self.problems


def _birth_date(value) -> date | None | str:
    """A date, None for empty, or "bad" for text that is not a date."""
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        return "bad"


def check_member_fields(
    values: dict, today: date | None = None, partial: bool = False
) -> MemberCheck:
    """Check the given fields (all of MEMBER_FIELDS for a new member; with `partial`,
    only those given, for an edit). Returns the cleaned values to store."""
    today = today or date.today()
    problems: list[FieldNote] = []
    warnings: list[FieldNote] = []
    clean: dict = {}
    for name in set(values) - set(MEMBER_FIELDS):
        problems.append(FieldNote(name, "field.unknown"))
    for name, value in values.items():
        if name in MEMBER_FIELDS and name not in ("birth_date", "shares"):
            clean[name] = (
                " ".join(str(value or "").split()) if name != "street" else str(value or "").strip()
            )
    if not partial:
        for name in REQUIRED:
            if not clean.get(name):
                problems.append(FieldNote(name, "field.required"))
    for name, limit in MAX_LENGTH.items():
        if len(clean.get(name, "")) > limit:
            problems.append(FieldNote(name, "member.too_long", {"max": limit}))
    insz_details = None
    if clean.get("insz"):
        result = check_identifier("insz", clean["insz"], today=today)
        if result.valid:
            clean["insz"] = result.compact
            insz_details = dict(result.details)
            warnings += [FieldNote("insz", f"identifier.{w}") for w in result.warnings]
        else:
            problems.append(FieldNote("insz", result.message_key))
    if "birth_date" in values or not partial:
        typed = _birth_date(values.get("birth_date"))
        derived = (
            date.fromisoformat(insz_details["birth_date"])
            if insz_details and insz_details["birth_date"]
            else None
        )
        if typed == "bad":
            problems.append(FieldNote("birth_date", "member.birth_date_invalid"))
        elif typed is not None and typed > today:
            problems.append(FieldNote("birth_date", "member.birth_date_future"))
        elif typed is None and derived is None and insz_details is not None and not partial:
            problems.append(FieldNote("birth_date", "member.birth_date_needed"))
        else:
            if typed is not None and derived is not None and typed != derived:
                warnings.append(
                    FieldNote(
                        "birth_date",
                        "member.birth_date_differs_from_insz",
                        {"insz_date": derived.isoformat()},
                    )
                )
            if typed is not None or derived is not None:
                clean["birth_date"] = typed if typed is not None else derived
    iban_details = None
    if clean.get("iban"):
        result = check_identifier("iban", clean["iban"])
        if result.valid:
            clean["iban"] = result.compact
            iban_details = dict(result.details)
        else:
            problems.append(FieldNote("iban", result.message_key))
    if "country" in clean:
        clean["country"] = clean["country"].upper() or "BE"
        if len(clean["country"]) != 2 or not clean["country"].isalpha():
            problems.append(FieldNote("country", "member.country_invalid"))
    if "email" in clean and not email_ok(clean["email"]):
        problems.append(FieldNote("email", "member.email_invalid"))
    if "phone" in clean and not phone_ok(clean["phone"]):
        problems.append(FieldNote("phone", "member.phone_invalid"))
    if "postcode" in clean and not postcode_ok(clean["postcode"], clean.get("country", "BE")):
        problems.append(FieldNote("postcode", "member.postcode_invalid"))
    if "language" in values or not partial:
        clean["language"] = (clean.get("language") or "").lower()
        if clean["language"] not in LANGUAGES:
            problems.append(FieldNote("language", "member.language_invalid"))
    if "shares" in values or not partial:
        shares = values.get("shares", 1)
        try:
            shares = int(str(shares).strip())
        except (TypeError, ValueError):
            shares = 0
        if shares < 1:
            problems.append(FieldNote("shares", "member.shares_invalid"))
        else:
            clean["shares"] = shares
    return MemberCheck(
        values=clean,
        problems=tuple(problems),
        warnings=tuple(warnings),
        insz_details=insz_details,
        iban_details=iban_details,
    )
