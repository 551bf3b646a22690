"""The words and sentences of sync: the Sync view, the connect dialog and the round's
progress.

The tables turn the codes the database keeps into translated words (`ui.labels.label`);
`message_texts` gives the sentence for each message key of this capability, merged by
`ui.messages`. The translation contexts stay "Labels" and "Messages", so every
existing translation keeps its key.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

# the synced tables, as the Sync view names what a conflict or a refused change is about
SYNC_ENTITIES = {
    "users": QT_TRANSLATE_NOOP("Labels", "User"),
    "members": QT_TRANSLATE_NOOP("Labels", "Member"),
    "activities": QT_TRANSLATE_NOOP("Labels", "Activity"),
    "activity_members": QT_TRANSLATE_NOOP("Labels", "Member of an Activity"),
    "clients": QT_TRANSLATE_NOOP("Labels", "Client"),
    "quotes": QT_TRANSLATE_NOOP("Labels", "Quote"),
    "quote_lines": QT_TRANSLATE_NOOP("Labels", "Quote line"),
    "contracts": QT_TRANSLATE_NOOP("Labels", "Contract"),
    "accident_declarations": QT_TRANSLATE_NOOP("Labels", "Accident declaration"),
    "insurance_claims": QT_TRANSLATE_NOOP("Labels", "Insurance claim"),
    "certificate_requests": QT_TRANSLATE_NOOP("Labels", "Certificate request"),
    "loan_applications": QT_TRANSLATE_NOOP("Labels", "Loan application"),
    "loan_instalments": QT_TRANSLATE_NOOP("Labels", "Loan instalment"),
    "attachments": QT_TRANSLATE_NOOP("Labels", "Attachment"),
}

# why sync could not merge a change on its own (app/sync/merge.py)
SYNC_CONFLICT_REASONS = {
    "same_field": QT_TRANSLATE_NOOP(
        "Labels", "The same field was changed here and in the central database."
    ),
    "past_draft": QT_TRANSLATE_NOOP(
        "Labels",
        "The document is no longer a draft and was changed on both sides: it is never "
        "merged automatically.",
    ),
    "deleted": QT_TRANSLATE_NOOP(
        "Labels", "It was deleted in the central database while it was changed here."
    ),
    "unknown_base": QT_TRANSLATE_NOOP(
        "Labels",
        "It was changed on both sides and the version this device started from is unknown.",
    ),
    "exists": QT_TRANSLATE_NOOP(
        "Labels", "It was made here, but the central database already has it."
    ),
    "duplicate_person": QT_TRANSLATE_NOOP(
        "Labels",
        "This person was made a member on another device too (same INSZ): merge the two.",
    ),
}

# what kind of change sync refused
SYNC_OPERATIONS = {
    "insert": QT_TRANSLATE_NOOP("Labels", "New"),
    "update": QT_TRANSLATE_NOOP("Labels", "Change"),
    "delete": QT_TRANSLATE_NOOP("Labels", "Deletion"),
}

# the fields of the synced tables, as the conflict table shows them (others: readable code)
SYNC_FIELDS = {
    "active": QT_TRANSLATE_NOOP("Labels", "Active"),
    "amount": QT_TRANSLATE_NOOP("Labels", "Amount"),
    "amount_claimed": QT_TRANSLATE_NOOP("Labels", "Amount claimed"),
    "birth_date": QT_TRANSLATE_NOOP("Labels", "Date of birth"),
    "category": QT_TRANSLATE_NOOP("Labels", "Category"),
    "city": QT_TRANSLATE_NOOP("Labels", "City"),
    "contract_type": QT_TRANSLATE_NOOP("Labels", "Contract type"),
    "country": QT_TRANSLATE_NOOP("Labels", "Country"),
    "deadline": QT_TRANSLATE_NOOP("Labels", "Deadline"),
    "decision_reason": QT_TRANSLATE_NOOP("Labels", "Reason for the decision"),
    "deleted_at": QT_TRANSLATE_NOOP("Labels", "Deleted on"),
    "description": QT_TRANSLATE_NOOP("Labels", "Description"),
    "discount_pct": QT_TRANSLATE_NOOP("Labels", "Discount (%)"),
    "display_name": QT_TRANSLATE_NOOP("Labels", "Name"),
    "due_on": QT_TRANSLATE_NOOP("Labels", "Due on"),
    "email": QT_TRANSLATE_NOOP("Labels", "E-mail"),
    "end_date": QT_TRANSLATE_NOOP("Labels", "End date"),
    "enterprise_number": QT_TRANSLATE_NOOP("Labels", "Enterprise number"),
    "first_name": QT_TRANSLATE_NOOP("Labels", "First name"),
    "gross_wage": QT_TRANSLATE_NOOP("Labels", "Gross wage"),
    "iban": QT_TRANSLATE_NOOP("Labels", "IBAN"),
    "insz": QT_TRANSLATE_NOOP("Labels", "National number (INSZ)"),
    "issue_date": QT_TRANSLATE_NOOP("Labels", "Issue date"),
    "kind": QT_TRANSLATE_NOOP("Labels", "Kind"),
    "language": QT_TRANSLATE_NOOP("Labels", "Language"),
    "last_name": QT_TRANSLATE_NOOP("Labels", "Last name"),
    "login": QT_TRANSLATE_NOOP("Labels", "Login"),
    "member_number": QT_TRANSLATE_NOOP("Labels", "Member number"),
    "member_since": QT_TRANSLATE_NOOP("Labels", "Member since"),
    "months": QT_TRANSLATE_NOOP("Labels", "Months"),
    "name": QT_TRANSLATE_NOOP("Labels", "Name"),
    "notes": QT_TRANSLATE_NOOP("Labels", "Notes"),
    "number": QT_TRANSLATE_NOOP("Labels", "Number"),
    "office_id": QT_TRANSLATE_NOOP("Labels", "Office"),
    "phone": QT_TRANSLATE_NOOP("Labels", "Phone"),
    "place": QT_TRANSLATE_NOOP("Labels", "Place"),
    "postcode": QT_TRANSLATE_NOOP("Labels", "Postcode"),
    "purpose": QT_TRANSLATE_NOOP("Labels", "Purpose"),
    "quantity": QT_TRANSLATE_NOOP("Labels", "Quantity"),
    "role": QT_TRANSLATE_NOOP("Labels", "Role"),
    "sector": QT_TRANSLATE_NOOP("Labels", "Sector"),
    "shares": QT_TRANSLATE_NOOP("Labels", "Shares"),
    "start_date": QT_TRANSLATE_NOOP("Labels", "Start date"),
    "state": QT_TRANSLATE_NOOP("Labels", "State"),
    "status": QT_TRANSLATE_NOOP("Labels", "Status"),
    "street": QT_TRANSLATE_NOOP("Labels", "Street and number"),
    "tool": QT_TRANSLATE_NOOP("Labels", "Tool"),
    "total_gross": QT_TRANSLATE_NOOP("Labels", "Total incl. VAT"),
    "total_net": QT_TRANSLATE_NOOP("Labels", "Total excl. VAT"),
    "total_vat": QT_TRANSLATE_NOOP("Labels", "VAT"),
    "unit": QT_TRANSLATE_NOOP("Labels", "Unit"),
    "unit_price": QT_TRANSLATE_NOOP("Labels", "Unit price"),
    "valid_until": QT_TRANSLATE_NOOP("Labels", "Valid until"),
    "vat_number": QT_TRANSLATE_NOOP("Labels", "VAT number"),
    "vat_rate": QT_TRANSLATE_NOOP("Labels", "VAT rate"),
    "vat_treatment": QT_TRANSLATE_NOOP("Labels", "VAT treatment"),
}


def message_texts() -> dict[str, str]:
    """message key -> translated sentence, for the keys of sync."""
    return {
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
        "sync.central_row_held": QCoreApplication.translate(
            "Messages",
            "The central database has another record with the number of a document sent "
            "from this device. The sent document stays as it is here; ask your "
            "administrator which one keeps the number.",
        ),
        "sync.reason_required": QCoreApplication.translate(
            "Messages",
            "Say in a few words why (at least 5 characters): it is kept with the change.",
        ),
        "sync.reapply_not_mine": QCoreApplication.translate(
            "Messages",
            "This is the central database's record, not a change made here: it can only be "
            "dismissed.",
        ),
        "numbering.series_full": QCoreApplication.translate(
            "Messages",
            "This device has given every number of its series {series} for {scope}. Ask your "
            "administrator for help.",
        ),
        "sync.local_row_displaced": QCoreApplication.translate(
            "Messages",
            "The central database gave its number to another record; the version made here "
            "is kept aside.",
        ),
        "sync.upload_outside_role": QCoreApplication.translate(
            "Messages", "Outside your role or office: it stays on this device."
        ),
        "sync.upload_refused": QCoreApplication.translate(
            "Messages",
            "The central database refused a record made on this device before it connected, "
            "so nothing was uploaded. Everything stays on this device; ask your administrator.",
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
        "sync.series_limit": QCoreApplication.translate(
            "Messages",
            "Your login already holds as many numbering series as the central database "
            "gives one login (one per device it registered), so this device cannot sync. "
            "Ask an administrator to retire the series of your old devices. Your changes "
            "stay on this device.",
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
    }
