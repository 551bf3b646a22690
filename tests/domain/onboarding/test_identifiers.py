"""Every identifier rule of admin-facts.md §6 and checks.md, valid and invalid cases.

Numbers are built with the rule itself (check digits = 97 - number mod 97) so that each
case changes only the thing it tests.
"""

from __future__ import annotations

from datetime import date

import pytest
from stdnum import iban as std_iban

from app.domain.identifiers import (
    IdentifierError,
    check_iban,
    check_identifier,
    check_insz,
    identifier_rules,
)

TODAY = date(2026, 12, 1)


def insz(first9: str, born_2000_or_later: bool = False) -> str:
    """admin-facts §6.1: check = 97 - (first 9 digits mod 97), a 2 in front from 2000."""
    check = 97 - int(("2" if born_2000_or_later else "") + first9) % 97
    return f"{first9}{check:02d}"


def be_iban(bank: str, account: str = "1234567", national: int | None = None) -> str:
    """§6.3: national check = first 10 BBAN digits mod 97 (0 written 97); then ISO 13616."""
    first10 = bank + account
    check = national if national is not None else (int(first10) % 97 or 97)
    bban = f"{first10}{check:02d}"
    return "BE" + std_iban.calc_check_digits("BE00" + bban) + bban


def answer(kind, value, **kw):
    return check_identifier(kind, value, today=TODAY, **kw)


# ---------------------------------------------------------------- INSZ


def test_national_number_before_2000_worked_example_of_the_source():
    result = answer("insz", "93051822361")  # born 18 May 1993 (admin-facts §6.1)
    assert result.valid
    assert result.formatted == "93.05.18-223.61"
    assert result.details == {"type": "nn", "birth_date": "1993-05-18", "sex": "M"}
    assert result.warnings == ()


def test_national_number_born_in_2000_or_later_uses_the_leading_2():
    number = insz("030115002", born_2000_or_later=True)
    result = answer("insz", number)
    assert result.details == {"type": "nn", "birth_date": "2003-01-15", "sex": "F"}
    assert result.warnings == ()


def test_2003_birth_with_1900_check_digits_is_read_as_1903_and_warned_over_110():
    result = answer("insz", insz("030115002"))
    assert result.valid
    assert result.details["birth_date"] == "1903-01-15"
    assert result.warnings == ("insz_age_over_110",)


def test_age_warning_limit_comes_from_the_rules_file():
    assert identifier_rules().insz_age_warning_years == 110
    # 110 years exactly is not over 110
    born_1916 = insz("161201001")
    assert answer("insz", born_1916).warnings == ()
    assert check_identifier("insz", born_1916, today=date(2027, 12, 2)).warnings == (
        "insz_age_over_110",
    )


def test_bis_number_with_sex_known_has_month_plus_40():
    result = answer("insz", insz("934518223"))
    assert result.details == {"type": "bis", "birth_date": "1993-05-18", "sex": "M"}


def test_bis_number_with_sex_unknown_has_month_plus_20_and_no_sex():
    result = answer("insz", insz("932518224"))
    assert result.details == {"type": "bis", "birth_date": "1993-05-18", "sex": None}


@pytest.mark.parametrize(
    "value, error",
    [
        ("93051822362", "checksum"),  # last digit mistyped
        ("9305182236", "length"),
        ("930518223611", "length"),
        ("93O51822361", "format"),  # letter O for zero
        ("00000000000", "format"),  # all zeros
        (insz("931318223"), "component"),  # month 13
        (insz("933518223"), "component"),  # 35: neither NN (00-12) nor BIS (20-32, 40-52)
    ],
)
def test_invalid_insz_says_why(value, error):
    result = answer("insz", value)
    assert not result.valid
    assert result.error == error
    assert result.to_dict()["message"]  # a sentence, not the key


def test_day_that_does_not_exist_is_valid_but_warned_and_birth_date_unknown():
    result = answer("insz", insz("930230123"))  # 30 February
    assert result.valid
    assert result.details["birth_date"] is None
    assert result.warnings == ("insz_day_does_not_exist",)


@pytest.mark.parametrize("first9", ["930015123", "930000123", "000001001"])
def test_month_or_day_written_00_means_birth_date_unknown(first9):
    result = answer("insz", insz(first9))
    assert result.valid
    assert result.details["birth_date"] is None
    assert result.warnings == ("insz_birth_date_unknown",)


def test_check_insz_raises_the_message_key_of_the_error():
    with pytest.raises(IdentifierError) as caught:
        check_insz("93051822362")
    assert caught.value.message_key == "identifier.insz_checksum"
    assert check_insz("93 05 18 223 61").compact == "93051822361"


# ---------------------------------------------------------------- IBAN


def test_belgian_iban_gives_country_and_bic():
    result = answer("be_iban", "be71 0961 2345 6769")
    assert result.valid
    assert result.compact == "BE71096123456769"
    assert result.formatted == "BE71 0961 2345 6769"
    assert result.details == {"country": "BE", "bic": "GKCCBEBB"}


def test_iban_bad_iso_checksum():
    assert answer("iban", "BE72096123456769").error == "checksum"


def test_belgian_iban_bad_national_check_with_a_right_iso_checksum():
    value = be_iban("096", national=70)
    assert std_iban.validate(value, check_country=False)  # ISO 13616 alone says yes
    assert answer("iban", value).error == "checksum"


def test_belgian_iban_with_a_bank_code_not_in_the_national_bank_list():
    value = be_iban("112")
    assert answer("iban", value).error == "component"
    assert answer("iban", be_iban("096")).valid


def test_iban_with_a_wrong_length_for_its_country():
    bban = "09612345676900"  # 14 characters: a Belgian BBAN has 12
    value = "BE" + std_iban.calc_check_digits("BE00" + bban) + bban
    assert answer("iban", value).error in ("length", "format")


def test_foreign_iban_is_fine_where_any_sepa_iban_is_allowed_but_not_for_be_iban():
    german = "DE89370400440532013000"
    assert answer("iban", german).details == {"country": "DE"}
    refused = answer("be_iban", german)
    assert not refused.valid and refused.error == "country"
    with pytest.raises(IdentifierError) as caught:
        check_iban(german, belgian_only=True)
    assert caught.value.message_key == "identifier.iban_country"


# ---------------------------------------------------------------- OGM, KBO, VAT


def test_ogm_source_example_and_formatted():
    result = answer("ogm", "+++123/4567/89002+++")
    assert result.valid
    assert result.details["formatted"] == "+++123/4567/89002+++"


def test_ogm_remainder_0_is_written_97_never_00():
    assert answer("ogm", "000000009797").valid  # 97 mod 97 = 0
    assert answer("ogm", "000000009700").error == "checksum"


@pytest.mark.parametrize(
    "value, error",
    [("123456789003", "checksum"), ("12345678900", "length"), ("12345678900A", "format")],
)
def test_invalid_ogm(value, error):
    assert answer("ogm", value).error == error


def test_kbo_source_example_and_errors():
    result = answer("kbo", "0566.988.259")
    assert result.valid and result.formatted == "0566.988.259"
    assert answer("kbo", "0566.988.258").error == "checksum"
    assert answer("kbo", "12345").error == "length"
    first8 = "25669882"  # right check digits, but a KBO number starts with 0 or 1
    assert answer("kbo", first8 + f"{97 - int(first8) % 97:02d}").error == "component"


def test_eu_vat_number_for_its_country():
    assert answer("vat", "40303265045", country="FR").compact == "FR40303265045"
    assert answer("vat", "FR40303265046", country="FR").error == "checksum"
    assert answer("vat", "FR40303265045", country="DE").error == "country"
    assert answer("vat", "CHE123", country="CH").error == "country"


def test_every_error_has_a_sentence_in_three_languages():
    rules = identifier_rules()
    for kind, errors in {
        "insz": ("checksum", "length", "format", "component"),
        "iban": ("checksum", "length", "format", "component", "country"),
        "kbo": ("checksum", "length", "format", "component"),
        "vat": ("checksum", "length", "format", "component", "country"),
        "ogm": ("checksum", "length", "format"),
    }.items():
        for error in errors:
            texts = rules.messages[f"identifier.{kind}_{error}"]
            assert set(texts) == {"en", "nl", "fr"}
