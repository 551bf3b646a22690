"""What the window says for each message key an `app.services` error carries.

Services raise `ServiceError` / `ValidationFailed` with a key ("user.pin_too_short")
and the field it concerns; this module turns the key into a translated sentence that
tells the adviser what to do. Unknown keys fall back to a generic message, so a new key
in the core never shows up raw on screen.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from app.config import KeyringUnavailable
from app.services.errors import ServiceError, ValidationFailed

log = logging.getLogger(__name__)


def _texts() -> dict[str, str]:
    # sentences several keys share
    number = QCoreApplication.translate("Messages", "Type a number, for example 12.50.")
    discount = QCoreApplication.translate(
        "Messages", "The discount is a percentage between 0 and 100."
    )
    choose_answer = QCoreApplication.translate("Messages", "Choose an answer from the list.")
    unreadable = QCoreApplication.translate(
        "Messages", "The VAT check could not read this answer. Check it and try again."
    )
    rate_not_here = QCoreApplication.translate(
        "Messages", "This VAT rate cannot be used for this line."
    )
    return {
        "error.generic": QCoreApplication.translate(
            "Messages",
            "Something went wrong. Try again; if it keeps happening, contact the helpdesk.",
        ),
        "error.not_found": QCoreApplication.translate(
            "Messages", "This record no longer exists or is not part of your office."
        ),
        "error.permission_denied": QCoreApplication.translate(
            "Messages", "You are not allowed to do this. Ask an administrator if you need it."
        ),
        "error.sign_in_failed": QCoreApplication.translate(
            "Messages", "Wrong PIN for this user. Check the PIN and try again."
        ),
        "error.validation": QCoreApplication.translate(
            "Messages", "Some fields are not filled in correctly. Check the marked fields."
        ),
        "field.required": QCoreApplication.translate("Messages", "This field is required."),
        "field.unknown": QCoreApplication.translate(
            "Messages", "This field cannot be changed here."
        ),
        "user.login_invalid": QCoreApplication.translate(
            "Messages", "Choose a login without spaces (at most 60 characters)."
        ),
        "user.pin_too_short": QCoreApplication.translate(
            "Messages", "The PIN must have at least 4 digits, and digits only."
        ),
        "user.login_taken": QCoreApplication.translate(
            "Messages", "This login is already used. Choose another one."
        ),
        "user.office_unknown": QCoreApplication.translate(
            "Messages", "Choose an office from the list."
        ),
        "user.role_invalid": QCoreApplication.translate("Messages", "Choose a role from the list."),
        "user.language_invalid": QCoreApplication.translate(
            "Messages", "Choose Dutch, French or English."
        ),
        "user.device_has_users": QCoreApplication.translate(
            "Messages", "This device already has users. Sign in with one of them."
        ),
        "member.email_invalid": QCoreApplication.translate(
            "Messages", "This e-mail address is not valid. Check it with the member."
        ),
        "member.phone_invalid": QCoreApplication.translate(
            "Messages",
            "This phone number is not valid. Use digits, spaces and an optional + prefix.",
        ),
        "member.postcode_invalid": QCoreApplication.translate(
            "Messages", "This postcode does not exist for the member's country."
        ),
        "member.language_invalid": QCoreApplication.translate(
            "Messages", "Choose Dutch, French or English."
        ),
        "identifier.insz_invalid": QCoreApplication.translate(
            "Messages",
            "This national number (INSZ) is not valid. Check it on the member's identity card.",
        ),
        "identifier.iban_invalid": QCoreApplication.translate(
            "Messages", "This IBAN is not valid. Check it on a bank document."
        ),
        "identifier.vat_invalid": QCoreApplication.translate(
            "Messages", "This VAT number is not valid. Check the country code and the digits."
        ),
        "identifier.vat_not_eu": QCoreApplication.translate(
            "Messages",
            "Only EU VAT numbers can be used here. For a client outside the EU, leave the VAT "
            "number empty.",
        ),
        "identifier.vat_wrong_country": QCoreApplication.translate(
            "Messages",
            "This VAT number starts with another country's code. Check the client's country "
            "or the number.",
        ),
        "identifier.iban_not_belgian": QCoreApplication.translate(
            "Messages", "Use a Belgian IBAN (it starts with BE)."
        ),
        "client.kind_invalid": QCoreApplication.translate(
            "Messages", "Choose the kind of client from the list."
        ),
        "client.country_invalid": QCoreApplication.translate(
            "Messages", "Choose the client's country from the list."
        ),
        "client.vat_missing": QCoreApplication.translate(
            "Messages", "This client has no VAT number to check. Add the number first."
        ),
        "database.folder_unusable": QCoreApplication.translate(
            "Messages",
            "The data folder cannot be used: check its permissions, or start SmartDesk with "
            "another folder (--data-dir).",
        ),
        "database.unreadable": QCoreApplication.translate(
            "Messages",
            "The file is not a SmartDesk database, or it is damaged. Restore it from a copy; "
            "nothing was written to it.",
        ),
        "database.newer_schema": QCoreApplication.translate(
            "Messages",
            "This database was last used by a newer SmartDesk. Update SmartDesk on this "
            "computer; nothing was changed.",
        ),
        "database.key_missing": QCoreApplication.translate(
            "Messages",
            "The key of this database is not on this computer. Restore the data folder on the "
            "computer it comes from, or ask the helpdesk; nothing was changed.",
        ),
        "database.wrong_key": QCoreApplication.translate(
            "Messages",
            "The key on this computer does not open this database. Ask the helpdesk; nothing "
            "was changed.",
        ),
        "database.wrong_passphrase": QCoreApplication.translate(
            "Messages", "This passphrase does not open the database. Type it again."
        ),
        "database.passphrase_needed": QCoreApplication.translate(
            "Messages",
            "This computer has no keyring: SmartDesk needs the database passphrase to start.",
        ),
        "database.passphrase_too_short": QCoreApplication.translate(
            "Messages", "The passphrase must have at least 12 characters."
        ),
        "database.keyring_failed": QCoreApplication.translate(
            "Messages",
            "The keyring of this computer did not answer. Unlock it (sign in again) and "
            "restart SmartDesk; nothing was changed.",
        ),
        "database.conversion_failed": QCoreApplication.translate(
            "Messages",
            "SmartDesk could not encrypt its database. The database is unchanged; check the "
            "free disk space and start again.",
        ),
        "database.conversion_cancelled": QCoreApplication.translate(
            "Messages",
            "Encrypting the database was cancelled. The database is unchanged; SmartDesk does "
            "it at the next start.",
        ),
        "database.in_use": QCoreApplication.translate(
            "Messages",
            "Another SmartDesk is using this database. Close it, then start again.",
        ),
        "user.pin_not_set": QCoreApplication.translate(
            "Messages",
            "You have no PIN on this device yet: sign in once with your central password.",
        ),
        "user.pin_already_set": QCoreApplication.translate(
            "Messages", "This person already has a PIN on this device: sign in with it."
        ),
        "user.device_not_connected": QCoreApplication.translate(
            "Messages",
            "This device is not connected to the central database yet, so your central "
            "password cannot be checked. Ask a colleague to connect it (Sync view).",
        ),
        "client.tax_number_length": QCoreApplication.translate(
            "Messages", "A tax number from outside the EU has 4 to 20 letters and digits."
        ),
        "quote.category_unknown": QCoreApplication.translate(
            "Messages", "Choose a category from the list."
        ),
        "quote.client_not_of_activity": QCoreApplication.translate(
            "Messages",
            "This client does not belong to the quote's Activity. Choose one of its clients "
            "or create a new one.",
        ),
        "quote.discount_range": discount,
        "quote.fact_invalid": choose_answer,
        "quote.no_lines": QCoreApplication.translate(
            "Messages", "The quote has no lines yet. Add at least one line before sending it."
        ),
        "quote.not_a_number": number,
        "quote.not_editable": QCoreApplication.translate(
            "Messages",
            "This quote is no longer a draft and cannot be changed. Duplicate it to make a "
            "new draft.",
        ),
        "quote.price_negative": QCoreApplication.translate(
            "Messages", "The unit price cannot be negative."
        ),
        "quote.quantity_positive": QCoreApplication.translate(
            "Messages", "The quantity must be more than 0."
        ),
        "quote.rate_invalid": QCoreApplication.translate(
            "Messages", "Choose a VAT rate: 21 %, 12 %, 6 % or 0 %."
        ),
        "quote.reason_required": QCoreApplication.translate(
            "Messages",
            "Write why, in at least 10 characters: the reason is kept in the quote's history.",
        ),
        "quote.review_open": QCoreApplication.translate(
            "Messages",
            "A line still needs a VAT decision. Select the marked line, choose "
            "“Decide VAT…” and write why.",
        ),
        "quote.transition_refused": QCoreApplication.translate(
            "Messages",
            "This quote cannot make that move in its present state. Open it again to see its "
            "latest state.",
        ),
        "quote.treatment_invalid": QCoreApplication.translate(
            "Messages", "Choose a VAT treatment from the list."
        ),
        "quote.validity_range": QCoreApplication.translate(
            "Messages", "The validity must be between 1 and 365 days."
        ),
        "quote.money.discount_out_of_range": discount,
        "quote.money.not_decimal": number,
        "quote.money.not_finite": number,
        "quote.money.too_large": QCoreApplication.translate(
            "Messages", "This amount is too large. Check the quantity and the unit price."
        ),
        "quote.money.rate_out_of_range": rate_not_here,
        "quote.money.rate_without_vat": rate_not_here,
        "vat.required": QCoreApplication.translate("Messages", "The VAT check needs this answer."),
        "vat.wrong_type": unreadable,
        "vat.unknown_field": unreadable,
        "vat.not_an_object": unreadable,
        "vat.invalid_json": unreadable,
        "vat.file_unreadable": unreadable,
        "vat.not_allowed": choose_answer,
        "vat.invalid_date": QCoreApplication.translate("Messages", "This is not a valid date."),
        "vat.date_out_of_range": QCoreApplication.translate(
            "Messages", "There are no VAT rules for this date. Check the quote's date."
        ),
        "vat.invalid_country": QCoreApplication.translate(
            "Messages", "Choose a country from the list."
        ),
        "vat.category_nature": QCoreApplication.translate(
            "Messages", "This category does not fit the kind of line (goods or service)."
        ),
        "vat.share_out_of_range": QCoreApplication.translate(
            "Messages", "Give a share between 0 % and 100 %."
        ),
        "vat.year_out_of_range": QCoreApplication.translate(
            "Messages", "Give a year between 1000 and the year of the quote."
        ),
        "budget.amount_negative": QCoreApplication.translate(
            "Messages", "The amount cannot be negative."
        ),
        "budget.no_rules_for_date": QCoreApplication.translate(
            "Messages", "There are no budget rules for this date."
        ),
        "budget.not_decimal": number,
        "budget.not_for_temp_contracts": QCoreApplication.translate(
            "Messages", "The budget simulator does not apply to temp (interim) contracts."
        ),
        "budget.rate_out_of_range": QCoreApplication.translate(
            "Messages",
            "The contribution rate must lie between the standard rate and the maximum for "
            "partners abroad.",
        ),
        "budget.unknown_contract_type": QCoreApplication.translate(
            "Messages", "Choose a contract type from the list."
        ),
        # sync (app/services/sync/sync.py, app/sync/): what a round or a refused change says
        "sync.offline": QCoreApplication.translate(
            "Messages",
            "No connection to the central database. You keep working on this device; the "
            "changes stay here and go out at the next sync.",
        ),
        "sync.not_connected": QCoreApplication.translate(
            "Messages",
            "This device is not connected to the central database yet. In Sync, choose "
            "“Connect to the central database…”.",
        ),
        "sync.password_needed": QCoreApplication.translate(
            "Messages",
            "SmartDesk needs the sync password: choose Sync now and type it. It is kept "
            "only until you close SmartDesk.",
        ),
        "sync.sign_in_failed": QCoreApplication.translate(
            "Messages",
            "The central database refused this login or password. Check them, or ask your "
            "administrator.",
        ),
        "sync.not_a_user": QCoreApplication.translate(
            "Messages",
            "This login is not an active SmartDesk user in the central database. Ask your "
            "administrator.",
        ),
        "sync.update_smartdesk": QCoreApplication.translate(
            "Messages",
            "Update SmartDesk: the central database needs a newer version. Your changes stay "
            "on this device until then; changes made by others still arrive.",
        ),
        "sync.central_outdated": QCoreApplication.translate(
            "Messages",
            "The central database is older than this SmartDesk. An administrator must "
            "upgrade it first; your changes stay on this device until then.",
        ),
        "sync.failed": QCoreApplication.translate(
            "Messages",
            "The sync stopped on an unexpected problem. Your changes stay on this device. "
            "Try again later; if it keeps happening, contact the helpdesk.",
        ),
        "sync.url_invalid": QCoreApplication.translate(
            "Messages",
            "This is not the address of a PostgreSQL database. It looks like "
            "postgresql://server/database.",
        ),
        "sync.choice_invalid": QCoreApplication.translate(
            "Messages", "Choose keep mine, keep theirs, or the fields to keep."
        ),
        "sync.field_unknown": QCoreApplication.translate(
            "Messages", "This field is not part of the conflict. Open the conflict again."
        ),
        "sync.rejected_not_allowed": QCoreApplication.translate(
            "Messages", "Your role or office may not make this change."
        ),
        "sync.rejected_duplicate": QCoreApplication.translate(
            "Messages", "A number or login in it is already taken in the central database."
        ),
        "sync.rejected_missing_parent": QCoreApplication.translate(
            "Messages", "It refers to a record the central database does not have."
        ),
        "sync.rejected_not_found": QCoreApplication.translate(
            "Messages",
            "The record does not exist in the central database, or is not part of your office.",
        ),
        "sync.rejected_invalid": QCoreApplication.translate(
            "Messages", "The central database found a value in it that is not valid."
        ),
        "sync.rejected_unknown_table": QCoreApplication.translate(
            "Messages",
            "The central database does not know this kind of record. Update SmartDesk.",
        ),
        "sync.local_row_displaced": QCoreApplication.translate(
            "Messages",
            "The central database gave its number to another record; the version made here "
            "is kept aside.",
        ),
        "sync.upload_outside_role": QCoreApplication.translate(
            "Messages", "Outside your role or office: it stays on this device."
        ),
        "sync.left_scope": QCoreApplication.translate(
            "Messages",
            "No longer part of what your role and office may see: the record was removed "
            "from this device; your change is kept here.",
        ),
        "sync.push_refused": QCoreApplication.translate(
            "Messages",
            "The central database refused this device's changes. They stay on this device; "
            "ask your administrator.",
        ),
        "sync.central_busy": QCoreApplication.translate(
            "Messages",
            "The central database is busy. Nothing is lost; sync again in a minute.",
        ),
        "sync.password_nul": QCoreApplication.translate(
            "Messages", "The password contains a character that cannot be used. Type it again."
        ),
        "sync.login_invalid": QCoreApplication.translate(
            "Messages", "Type the login you received: 1 to 63 characters."
        ),
        "database.read_only": QCoreApplication.translate(
            "Messages",
            "The database of this device is read-only. Make the file and its folder "
            "writable for your account, then sync again. Nothing was lost.",
        ),
        "database.write_failed": QCoreApplication.translate(
            "Messages",
            "The database of this device could not be written. Check the disk, then sync "
            "again. Nothing was lost.",
        ),
        "export.target_not_a_file": QCoreApplication.translate(
            "Messages",
            "Not an ordinary file (a folder, a link or a device). Choose another file name.",
        ),
        "export.folder_missing": QCoreApplication.translate(
            "Messages", "This folder does not exist. Choose an existing folder."
        ),
        "keyring.unavailable": QCoreApplication.translate(
            "Messages",
            "This computer cannot store passwords safely. You will be asked for the password each session.",
        ),
    }


def message_text(key: str) -> str:
    """The translated sentence for a message key (generic text for unknown keys)."""
    texts = _texts()
    if key not in texts:
        log.warning("no text for message key %s", key)
    return texts.get(key, texts["error.generic"])


def error_text(error: BaseException) -> str:
    """The sentence to show for an exception a service call raised."""
    if isinstance(error, ServiceError | KeyringUnavailable):
        return message_text(error.message_key)
    log.error("unexpected error", exc_info=error)
    return message_text("error.generic")


def field_problems(error: BaseException) -> dict[str, str]:
    """field name -> sentence, for putting each message next to its field."""
    if isinstance(error, ValidationFailed):
        return {p.field: message_text(p.message_key) for p in error.problems}
    if isinstance(error, ServiceError) and error.field:
        return {error.field: message_text(error.message_key)}
    return {}
