"""The words and sentences of Members & Activities: the view, the Activity picker and
the budget the quote editor shows. Sectors are the twelve of Smart's 2021 annual report
(DESIGN.md §6) with the report's own Dutch wording; entities carry their official names.

The tables turn the codes the database keeps into translated words (`ui.labels.label`);
`message_texts` gives the sentence for each message key of this capability, merged by
`ui.messages`. The translation contexts stay "Labels" and "Messages", so every
existing translation keeps its key.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

SECTORS = {
    "image_sound_stage": QT_TRANSLATE_NOOP("Labels", "Image, sound and stage"),
    "costume_makeup_set": QT_TRANSLATE_NOOP("Labels", "Costumes, make-up, set and props"),
    "it_design_language": QT_TRANSLATE_NOOP("Labels", "IT, graphic design, language and writing"),
    "training_teaching": QT_TRANSLATE_NOOP("Labels", "Training and teaching"),
    "wellbeing_health": QT_TRANSLATE_NOOP("Labels", "Wellbeing and health"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other occupations"),
    "music_singing": QT_TRANSLATE_NOOP("Labels", "Music and singing"),
    "audiovisual": QT_TRANSLATE_NOOP("Labels", "Audiovisual"),
    "visual_arts_crafts": QT_TRANSLATE_NOOP("Labels", "Visual and graphic arts and crafts"),
    "performing_literary_arts": QT_TRANSLATE_NOOP("Labels", "Performing and literary arts"),
    "architecture_fashion_design": QT_TRANSLATE_NOOP(
        "Labels", "Architecture, fashion, design, decoration"
    ),
    "artistic_support": QT_TRANSLATE_NOOP("Labels", "Functions related to artistic occupations"),
}

ENTITIES = {
    "verenigde_producties": QT_TRANSLATE_NOOP("Labels", "Verenigde Producties"),
    "verenigde_opleidingen": QT_TRANSLATE_NOOP("Labels", "Verenigde Opleidingen"),
    "interimpaleis": QT_TRANSLATE_NOOP("Labels", "Interimpaleis"),
}

TOOLS = {
    "activity": QT_TRANSLATE_NOOP("Labels", "Activity (budget)"),
    "contract": QT_TRANSLATE_NOOP("Labels", "Contract"),
}

ACTIVITY_STATUSES = {
    "draft": QT_TRANSLATE_NOOP("Labels", "Being set up"),
    "ready": QT_TRANSLATE_NOOP("Labels", "Ready to activate"),
    "onboarding": QT_TRANSLATE_NOOP("Labels", "Onboarding"),
    "active": QT_TRANSLATE_NOOP("Labels", "Active"),
    "paused": QT_TRANSLATE_NOOP("Labels", "On hold"),
    "suspended": QT_TRANSLATE_NOOP("Labels", "Suspended"),
    "closed": QT_TRANSLATE_NOOP("Labels", "Closed"),
}

ACTIVITY_ROLES = {
    "holder": QT_TRANSLATE_NOOP("Labels", "Holder"),
    "member": QT_TRANSLATE_NOOP("Labels", "Member"),
}

CONTRACT_TYPES = {
    "employee": QT_TRANSLATE_NOOP("Labels", "Employee"),
    "artistic": QT_TRANSLATE_NOOP("Labels", "Artist"),
    "student": QT_TRANSLATE_NOOP("Labels", "Student"),
}


def message_texts() -> dict[str, str]:
    """message key -> translated sentence, for the keys of Members & Activities."""
    number = QCoreApplication.translate("Messages", "Type a number, for example 12.50.")
    return {
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
    }
