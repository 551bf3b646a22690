"""Words for the codes stored in the database (sector, entity, tool, status, role...).

The database keeps stable English codes; the window shows them as translated words.
Sectors are the twelve of Smart's 2021 annual report (DESIGN.md §6), with the report's
own Dutch wording; entities carry their official names in Dutch and French. A code
without a label (a newer code from sync) is shown readable rather than raw or empty.
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

USER_ROLES = {
    "adviser": QT_TRANSLATE_NOOP("Labels", "Adviser"),
    "teamadmin": QT_TRANSLATE_NOOP("Labels", "TeamAdmin"),
    "loan_reviewer": QT_TRANSLATE_NOOP("Labels", "Loan reviewer"),
    "admin": QT_TRANSLATE_NOOP("Labels", "Administrator"),
}

LANGUAGE_NAMES = {
    "nl": QT_TRANSLATE_NOOP("Labels", "Dutch"),
    "fr": QT_TRANSLATE_NOOP("Labels", "French"),
    "en": QT_TRANSLATE_NOOP("Labels", "English"),
}

DEADLINE_KINDS = {
    "accident": QT_TRANSLATE_NOOP("Labels", "Work accident declaration"),
    "certificate": QT_TRANSLATE_NOOP("Labels", "Certificate request"),
}

#: each language's own name, for the language menu (never translated: a person who
#: cannot read the current language must still find their own)
ENDONYMS = {"nl": "Nederlands", "fr": "Français", "en": "English"}


def label(table: dict[str, str], code: str | None) -> str:
    """The translated word for `code`, or the code made readable if it has no label."""
    if not code:
        return ""
    source = table.get(code)
    if source is None:
        return code.replace("_", " ").capitalize()
    return QCoreApplication.translate("Labels", source)
