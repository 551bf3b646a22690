"""The sentences of onboarding: each message key of the identifier checks, the member
form and the Activity wizard, merged by `ui.messages` ("Messages" context). The identifier
sentences say the same as `resources/rules/identifiers.toml`, which the command line and
documents read."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def message_texts() -> dict[str, str]:
    """message key -> translated sentence."""
    return {
        "member.merge_other_office": QCoreApplication.translate(
            "Messages",
            "The existing member belongs to another office. Ask that office to merge the two.",
        ),
        "attachment.unreadable": QCoreApplication.translate(
            "Messages",
            "This file cannot be read. Check that it is not open elsewhere and try again.",
        ),
        "identifier.insz_format": QCoreApplication.translate(
            "Messages",
            "An INSZ has digits only (dots, spaces and dashes are ignored), for example 93.05.18-223.61.",
        ),
        "identifier.insz_length": QCoreApplication.translate(
            "Messages",
            "An INSZ has 11 digits: 6 for the birth date, 3 for the counter, 2 check digits.",
        ),
        "identifier.insz_checksum": QCoreApplication.translate(
            "Messages",
            "The check digits do not match the rest of the INSZ: a digit was mistyped. Read it again from the identity card.",
        ),
        "identifier.insz_component": QCoreApplication.translate(
            "Messages",
            "The birth month in this INSZ is impossible (01–12, or 21–32 / 41–52 for a BIS number). Check the 3rd and 4th digits.",
        ),
        "identifier.iban_format": QCoreApplication.translate(
            "Messages",
            "An IBAN starts with two letters of the country and two check digits, then letters and digits only, for example BE71 0961 2345 6769.",
        ),
        "identifier.iban_length": QCoreApplication.translate(
            "Messages",
            "This IBAN has the wrong number of characters for its country (a Belgian IBAN has 16).",
        ),
        "identifier.iban_checksum": QCoreApplication.translate(
            "Messages",
            "The check digits of this IBAN do not match: a character was mistyped. Copy it again from a bank statement.",
        ),
        "identifier.iban_component": QCoreApplication.translate(
            "Messages",
            "This IBAN names a bank or country that does not exist (the Belgian bank code is not in the National Bank's list). Check the digits after the check digits.",
        ),
        "identifier.iban_country": QCoreApplication.translate(
            "Messages",
            "Members are paid on a Belgian account: give an IBAN that starts with BE.",
        ),
        "identifier.kbo_format": QCoreApplication.translate(
            "Messages",
            "An enterprise number has digits only, for example 0566.988.259.",
        ),
        "identifier.kbo_length": QCoreApplication.translate(
            "Messages",
            "An enterprise number has 10 digits, for example 0566.988.259.",
        ),
        "identifier.kbo_checksum": QCoreApplication.translate(
            "Messages",
            "The last two digits of this enterprise number do not match the others: a digit was mistyped.",
        ),
        "identifier.kbo_component": QCoreApplication.translate(
            "Messages",
            "An enterprise number starts with 0 or 1.",
        ),
        "identifier.vat_format": QCoreApplication.translate(
            "Messages",
            "This VAT number has characters its country does not use. Type it as on the invoice, with or without the country prefix.",
        ),
        "identifier.vat_length": QCoreApplication.translate(
            "Messages",
            "This VAT number has the wrong number of characters for its country.",
        ),
        "identifier.vat_checksum": QCoreApplication.translate(
            "Messages",
            "The check digits of this VAT number do not match: a character was mistyped.",
        ),
        "identifier.vat_component": QCoreApplication.translate(
            "Messages",
            "This VAT number contains a part its country never issues (for a Belgian number: the first digit is 0 or 1).",
        ),
        "identifier.vat_country": QCoreApplication.translate(
            "Messages",
            "The country is not an EU member state, or the number's prefix names another country than the one given.",
        ),
        "identifier.ogm_format": QCoreApplication.translate(
            "Messages",
            "A structured communication has 12 digits, written +++123/4567/89002+++.",
        ),
        "identifier.ogm_length": QCoreApplication.translate(
            "Messages",
            "A structured communication has exactly 12 digits.",
        ),
        "identifier.ogm_checksum": QCoreApplication.translate(
            "Messages",
            "The last two digits of this structured communication do not match the first ten: a digit was mistyped.",
        ),
        "identifier.insz_day_does_not_exist": QCoreApplication.translate(
            "Messages",
            "The birth day encoded in this INSZ does not exist in that month; the birth date is treated as unknown. Check it against the identity card.",
        ),
        "identifier.insz_age_over_110": QCoreApplication.translate(
            "Messages",
            "This INSZ gives an age over 110. A birth in 2000 or later may have been typed with the wrong check digits: check it.",
        ),
        "identifier.insz_birth_date_unknown": QCoreApplication.translate(
            "Messages",
            "This INSZ does not say the full birth date (month or day written 00). Ask for the birth date and type it yourself.",
        ),
        "member.too_long": QCoreApplication.translate(
            "Messages",
            "This is too long: at most {max} characters.",
        ),
        "member.birth_date_invalid": QCoreApplication.translate(
            "Messages",
            "Type the birth date as day/month/year, for example 18/05/1993.",
        ),
        "member.birth_date_future": QCoreApplication.translate(
            "Messages",
            "The birth date cannot be in the future.",
        ),
        "member.birth_date_needed": QCoreApplication.translate(
            "Messages",
            "The INSZ does not give the full birth date: type it.",
        ),
        "member.birth_date_differs_from_insz": QCoreApplication.translate(
            "Messages",
            "The INSZ says born on {insz_date}. Check which one is right.",
        ),
        "member.country_invalid": QCoreApplication.translate(
            "Messages",
            "Use the two-letter country code, for example BE.",
        ),
        "member.shares_invalid": QCoreApplication.translate(
            "Messages",
            "A member subscribes at least one share.",
        ),
        "member.insz_duplicate": QCoreApplication.translate(
            "Messages",
            "This person is already a member (no. {number}). Open that member instead of making a second one.",
        ),
        "member.possible_duplicate": QCoreApplication.translate(
            "Messages",
            "A member with the same name and birth date, or the same IBAN, exists. Open them, or say they are another person.",
        ),
        "activity.name_too_long": QCoreApplication.translate(
            "Messages",
            "The name is too long: at most {max} characters.",
        ),
        "activity.choose_from_list": QCoreApplication.translate(
            "Messages",
            "Choose one of the options offered.",
        ),
        "activity.team_member_unknown": QCoreApplication.translate(
            "Messages",
            "This member cannot be added: they are not a member of this office.",
        ),
        "activity.contract_type_needed": QCoreApplication.translate(
            "Messages",
            "Tick at least one contract type the member expects.",
        ),
        "activity.checklist_item_unknown": QCoreApplication.translate(
            "Messages",
            "This checklist item does not apply to this Activity.",
        ),
        "activity.checklist_incomplete": QCoreApplication.translate(
            "Messages",
            "The Activity cannot be activated yet: {count} required item(s) of the checklist are not done.",
        ),
        "activity.wizard_not_finished": QCoreApplication.translate(
            "Messages",
            "Finish the wizard of this Activity first.",
        ),
        "activity.cannot_activate_from": QCoreApplication.translate(
            "Messages",
            "An Activity in this state cannot be activated here.",
        ),
        "budget.expenses_over_werkbudget": QCoreApplication.translate(
            "Messages",
            "The expenses are more than the werkbudget: lower them or raise the amount.",
        ),
    }
