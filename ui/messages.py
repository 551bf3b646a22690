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
