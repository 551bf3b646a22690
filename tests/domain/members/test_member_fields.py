"""The member form's checks as you type (the services run the same function)."""

from __future__ import annotations

from datetime import date

from app.domain.members.member_fields import check_member_fields

TODAY = date(2026, 12, 1)


def notes(check):
    return {(n.field, n.message_key) for n in check.problems}, {
        (n.field, n.message_key) for n in check.warnings
    }


def test_insz_gives_type_birth_date_and_sex_and_fills_the_birth_date():
    check = check_member_fields(
        {"first_name": "A", "last_name": "B", "insz": "93051822361", "language": "nl"},
        today=TODAY,
    )
    assert check.ok
    assert check.insz_details == {"type": "nn", "birth_date": "1993-05-18", "sex": "M"}
    assert check.values["birth_date"] == date(1993, 5, 18)


def test_a_typed_birth_date_that_disagrees_with_the_insz_is_a_warning_not_a_block():
    check = check_member_fields(
        {
            "first_name": "A",
            "last_name": "B",
            "insz": "93051822361",
            "birth_date": "1993-05-19",
            "language": "fr",
        },
        today=TODAY,
    )
    assert check.ok
    assert notes(check)[1] == {("birth_date", "member.birth_date_differs_from_insz")}
    assert check.values["birth_date"] == date(1993, 5, 19)  # what the adviser typed


def test_insz_with_an_unknown_birth_date_asks_for_it_and_warns():
    insz = "930015123" + f"{97 - 930015123 % 97:02d}"
    check = check_member_fields(
        {"first_name": "A", "last_name": "B", "insz": insz, "language": "nl"}, today=TODAY
    )
    problems, warnings = notes(check)
    assert problems == {("birth_date", "member.birth_date_needed")}
    assert warnings == {("insz", "identifier.insz_birth_date_unknown")}
    typed = check_member_fields(
        {
            "first_name": "A",
            "last_name": "B",
            "insz": insz,
            "birth_date": "1993-08-15",
            "language": "en",
        },
        today=TODAY,
    )
    assert typed.ok


def test_partial_edit_checks_only_what_is_given():
    assert check_member_fields({"city": "Gent"}, partial=True).ok
    problems, _ = notes(check_member_fields({"email": "not-an-address"}, partial=True))
    assert problems == {("email", "member.email_invalid")}
    check = check_member_fields({"iban": "BE71 0961 2345 6769"}, partial=True)
    assert check.iban_details == {"country": "BE", "bic": "GKCCBEBB"}


def test_a_foreign_iban_is_accepted_for_a_member_without_a_bic():
    check = check_member_fields({"iban": "DE89370400440532013000"}, partial=True)
    assert check.ok and check.iban_details == {"country": "DE"}
