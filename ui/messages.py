"""What the window says for each message key an `app.services` error carries.

Services raise `ServiceError` / `ValidationFailed` with a key ("user.pin_too_short")
and the field it concerns; this module turns the key into a translated sentence that
tells the adviser what to do. Unknown keys fall back to a generic message, so a new key
in the core never shows up raw on screen.

The sentences of a capability live in its slice (`ui/<capability>/texts.py`,
`message_texts`); this module keeps the shared ones (errors, fields, users, identifiers,
the database, the keyring) and merges the slices' tables. Every sentence stays in the
"Messages" translation context.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from app.config import KeyringUnavailable
from app.services.errors import ServiceError, ValidationFailed
from ui.declarations.texts import message_texts as declarations_messages
from ui.loans.texts import message_texts as loans_messages
from ui.members.texts import message_texts as members_messages
from ui.onboarding.texts import message_texts as onboarding_messages
from ui.quotes.texts import message_texts as quotes_messages
from ui.sync.texts import message_texts as sync_messages
from ui.teamadmin.texts import message_texts as teamadmin_messages

log = logging.getLogger(__name__)


def _texts() -> dict[str, str]:
    return {
        **members_messages(),
        **onboarding_messages(),
        **declarations_messages(),
        **loans_messages(),
        **quotes_messages(),
        **sync_messages(),
        **teamadmin_messages(),
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
        "attachment.type_not_allowed": QCoreApplication.translate(
            "Messages", "This kind of file cannot be attached. Allowed: {allowed}."
        ),
        "attachment.too_large": QCoreApplication.translate(
            "Messages",
            "This file is {size_mb} MB; at most {max_mb} MB can be attached. "
            "Scan at a lower resolution or split the document.",
        ),
        "attachment.empty": QCoreApplication.translate(
            "Messages", "This file is empty. Choose the file again."
        ),
        "attachment.no_name": QCoreApplication.translate(
            "Messages", "The file has no name. Save it under a name and attach it again."
        ),
        "attachment.no_folder": QCoreApplication.translate(
            "Messages", "This database keeps no files. Attach the file on an office computer."
        ),
        "attachment.not_on_this_device": QCoreApplication.translate(
            "Messages",
            "The file was attached on another computer and is not on this one yet.",
        ),
        "attachment.damaged": QCoreApplication.translate(
            "Messages",
            "The file on this computer is damaged (its content no longer matches). "
            "Attach it again from the original.",
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
        "keyring.unavailable": QCoreApplication.translate(
            "Messages",
            "This computer cannot store passwords safely. You will be asked for the password each session.",
        ),
    }


def message_text(key: str, params: dict | None = None) -> str:
    """The translated sentence for a message key (generic text for unknown keys), with
    its `{name}` places filled from `params` (a place without a value stays as written)."""
    texts = _texts()
    if key not in texts:
        log.warning("no text for message key %s", key)
    text = texts.get(key, texts["error.generic"])
    if params:
        try:
            text = text.format_map(_Keep(params))
        except (ValueError, IndexError):
            log.warning("message %s does not take its values %s", key, sorted(params))
    return text


class _Keep(dict):
    def __missing__(self, name: str) -> str:
        return "{" + name + "}"


def error_text(error: BaseException) -> str:
    """The sentence to show for an exception a service call raised."""
    if isinstance(error, ServiceError | KeyringUnavailable):
        return message_text(error.message_key, getattr(error, "params", None))
    log.error("unexpected error", exc_info=error)
    return message_text("error.generic")


def field_problems(error: BaseException) -> dict[str, str]:
    """field name -> sentence, for putting each message next to its field."""
    if isinstance(error, ValidationFailed):
        return {p.field: message_text(p.message_key, p.params) for p in error.problems}
    if isinstance(error, ServiceError) and error.field:
        return {error.field: message_text(error.message_key, error.params)}
    return {}
