"""Words shared by every capability for codes stored in the database: roles, languages,
deadline kinds, countries, and `label`, which turns a code into its translated word.

The database keeps stable English codes; the window shows them as translated words. Each
capability keeps its own tables in its slice (`ui/members/texts.py`: sectors, entities,
statuses; `ui/quotes/texts.py`; `ui/sync/texts.py`), all in the "Labels" translation
context. A code without a label (a newer code from sync) is shown readable rather than
raw or empty.
"""

from __future__ import annotations

import unicodedata
from functools import cache

from babel import Locale
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.domain.quotes.vat_rules import rulebook

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

# each language's own name, for the language menu (never translated: a person who
# cannot read the current language must still find their own)
ENDONYMS = {"nl": "Nederlands", "fr": "Français", "en": "English"}


def label(table: dict[str, str], code: str | None) -> str:
    """The translated word for `code`, or the code made readable if it has no label."""
    if not code:
        return ""
    source = table.get(code)
    if source is None:
        return code.replace("_", " ").capitalize()
    return QCoreApplication.translate("Labels", source)


_COUNTRY_LOCALES = {"nl": "nl_BE", "fr": "fr_BE", "en": "en_GB"}


@cache
def _territories(lang: str) -> dict[str, str]:
    """Names of the ISO 3166 countries the VAT rules know (no "EU", "UN", "ZZ" regions)."""
    locale = Locale.parse(_COUNTRY_LOCALES.get(lang, "en_GB"))
    known = rulebook().iso_countries
    return {code: name for code, name in locale.territories.items() if code in known}


def country_name(code: str | None, lang: str) -> str:
    """A country's name in the window's language ("België", "Belgique"); the code if unknown."""
    if not code:
        return ""
    return _territories(lang).get(code.upper(), code.upper())


def country_choices(lang: str) -> list[tuple[str, str]]:
    """(code, name) of every country, sorted by name as a person reads them."""
    return sorted(_territories(lang).items(), key=lambda item: _fold(item[1]))


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
