"""Words for the codes stored in the database (sector, entity, tool, status, role...).

The database keeps stable English codes; the window shows them as translated words.
Sectors are the twelve of Smart's 2021 annual report (DESIGN.md §6), with the report's
own Dutch wording; entities carry their official names in Dutch and French. A code
without a label (a newer code from sync) is shown readable rather than raw or empty.
"""

from __future__ import annotations

import unicodedata
from functools import cache

from babel import Locale
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.domain.quotes.vat_rules import rulebook

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

QUOTE_STATES = {
    "draft": QT_TRANSLATE_NOOP("Labels", "Draft"),
    "sent": QT_TRANSLATE_NOOP("Labels", "Sent"),
    "accepted": QT_TRANSLATE_NOOP("Labels", "Accepted"),
    "refused": QT_TRANSLATE_NOOP("Labels", "Refused"),
    "expired": QT_TRANSLATE_NOOP("Labels", "Expired"),
    "cancelled": QT_TRANSLATE_NOOP("Labels", "Cancelled"),
}

#: VAT treatments of a quote line (vat-check.md), as an adviser says them
VAT_TREATMENTS = {
    "taxable": QT_TRANSLATE_NOOP("Labels", "Belgian VAT"),
    "exempt": QT_TRANSLATE_NOOP("Labels", "Exempt"),
    "reverse_charge": QT_TRANSLATE_NOOP("Labels", "Reverse charge"),
    "outside_scope": QT_TRANSLATE_NOOP("Labels", "Outside the scope of Belgian VAT"),
    "foreign_vat": QT_TRANSLATE_NOOP("Labels", "VAT of another EU country"),
}

CLIENT_KINDS = {
    "private": QT_TRANSLATE_NOOP("Labels", "Private person"),
    "business": QT_TRANSLATE_NOOP("Labels", "Business (VAT-registered)"),
    "public_body": QT_TRANSLATE_NOOP("Labels", "Public body"),
    "eu_institution": QT_TRANSLATE_NOOP("Labels", "EU institution"),
    "international_org": QT_TRANSLATE_NOOP("Labels", "International organisation or embassy"),
}

#: the result of a VAT-number check (offline format check, then VIES)
VIES_STATES = {
    "unchecked": QT_TRANSLATE_NOOP("Labels", "Not checked with VIES"),
    "valid": QT_TRANSLATE_NOOP("Labels", "Valid in VIES"),
    "invalid": QT_TRANSLATE_NOOP("Labels", "Unknown to VIES (invalid)"),
    "unavailable": QT_TRANSLATE_NOOP("Labels", "VIES unavailable"),
    "not_eu": QT_TRANSLATE_NOOP("Labels", "Not an EU VAT number"),
}

#: quote-line categories of the VAT check (resources/vat/categories.toml)
CATEGORIES = {
    "performance": QT_TRANSLATE_NOOP("Labels", "Performance (music, theatre, dance, DJ…)"),
    "lecture": QT_TRANSLATE_NOOP("Labels", "Lecture"),
    "copyright_licence": QT_TRANSLATE_NOOP("Labels", "Copyright licence (author's rights)"),
    "software_licence": QT_TRANSLATE_NOOP("Labels", "Software licence"),
    "design_service": QT_TRANSLATE_NOOP("Labels", "Design (graphic, web, product)"),
    "it_service": QT_TRANSLATE_NOOP("Labels", "IT service"),
    "translation": QT_TRANSLATE_NOOP("Labels", "Translation"),
    "interpreting": QT_TRANSLATE_NOOP("Labels", "Interpreting"),
    "training": QT_TRANSLATE_NOOP("Labels", "Training"),
    "coaching": QT_TRANSLATE_NOOP("Labels", "Coaching"),
    "dietary_advice": QT_TRANSLATE_NOOP("Labels", "Dietary advice"),
    "wellbeing": QT_TRANSLATE_NOOP("Labels", "Wellbeing (non-medical care)"),
    "hairdressing": QT_TRANSLATE_NOOP("Labels", "Hairdressing"),
    "makeup_costume_set": QT_TRANSLATE_NOOP("Labels", "Make-up, costumes, set"),
    "photography_service": QT_TRANSLATE_NOOP("Labels", "Photography"),
    "audiovisual_service": QT_TRANSLATE_NOOP("Labels", "Audiovisual service"),
    "sound_light_technician": QT_TRANSLATE_NOOP("Labels", "Sound and light technician"),
    "catering_service": QT_TRANSLATE_NOOP("Labels", "Catering (meal served on site)"),
    "cooking_workshop": QT_TRANSLATE_NOOP("Labels", "Cooking workshop"),
    "admission_ticket": QT_TRANSLATE_NOOP("Labels", "Admission ticket"),
    "artwork_rental": QT_TRANSLATE_NOOP("Labels", "Artwork rental"),
    "renovation": QT_TRANSLATE_NOOP("Labels", "Renovation of a dwelling"),
    "garden_work": QT_TRANSLATE_NOOP("Labels", "Garden work"),
    "consulting": QT_TRANSLATE_NOOP("Labels", "Consulting"),
    "other_service": QT_TRANSLATE_NOOP("Labels", "Other service"),
    "accommodation": QT_TRANSLATE_NOOP("Labels", "Accommodation"),
    "small_repair": QT_TRANSLATE_NOOP("Labels", "Small repairs (bicycles, shoes, clothing)"),
    "artwork_sale": QT_TRANSLATE_NOOP("Labels", "Sale of an artwork by its creator"),
    "plants": QT_TRANSLATE_NOOP("Labels", "Plants and cut flowers"),
    "floral_arrangement": QT_TRANSLATE_NOOP("Labels", "Floral arrangement"),
    "book": QT_TRANSLATE_NOOP("Labels", "Book"),
    "prepared_food": QT_TRANSLATE_NOOP("Labels", "Food (supplied as goods)"),
    "drinks": QT_TRANSLATE_NOOP("Labels", "Drinks"),
    "crafts": QT_TRANSLATE_NOOP("Labels", "Crafts"),
    "other_goods": QT_TRANSLATE_NOOP("Labels", "Other goods"),
}

#: units of a quote line (free text is allowed; these are the usual ones)
UNITS = {
    "unit": QT_TRANSLATE_NOOP("Labels", "unit"),
    "hour": QT_TRANSLATE_NOOP("Labels", "hour"),
    "day": QT_TRANSLATE_NOOP("Labels", "day"),
    "month": QT_TRANSLATE_NOOP("Labels", "month"),
    "session": QT_TRANSLATE_NOOP("Labels", "session"),
    "performance": QT_TRANSLATE_NOOP("Labels", "performance"),
    "page": QT_TRANSLATE_NOOP("Labels", "page"),
    "piece": QT_TRANSLATE_NOOP("Labels", "piece"),
    "person": QT_TRANSLATE_NOOP("Labels", "person"),
    "portion": QT_TRANSLATE_NOOP("Labels", "portion"),
    "ticket": QT_TRANSLATE_NOOP("Labels", "ticket"),
}

#: the questions the VAT check may ask about a line (app/domain/quotes/vat_questions.py)
VAT_QUESTIONS = {
    "is_organiser": QT_TRANSLATE_NOOP("Labels", "Is the client the organiser of the show?"),
    "is_publisher": QT_TRANSLATE_NOOP(
        "Labels", "Is the client a publisher who publishes the work?"
    ),
    "files_periodic_vat_returns": QT_TRANSLATE_NOOP(
        "Labels", "Does the client file periodic VAT returns?"
    ),
    "advertising": QT_TRANSLATE_NOOP("Labels", "Is the work used for advertising?"),
    "licence_is_main_object": QT_TRANSLATE_NOOP(
        "Labels", "Is the licence of the rights the main object, rather than the work itself?"
    ),
    "publishing_contract": QT_TRANSLATE_NOOP("Labels", "Is there a publishing contract?"),
    "scientific_work": QT_TRANSLATE_NOOP("Labels", "Is it a scientific work?"),
    "streamed": QT_TRANSLATE_NOOP("Labels", "Is it streamed online rather than attended?"),
    "transport_proof": QT_TRANSLATE_NOOP(
        "Labels", "Is there proof that the goods are transported out of Belgium?"
    ),
    "therapeutic_purpose": QT_TRANSLATE_NOOP("Labels", "Does the care have a therapeutic purpose?"),
    "recognised_professional": QT_TRANSLATE_NOOP(
        "Labels", "Is the member a recognised health professional?"
    ),
    "recognised_education": QT_TRANSLATE_NOOP(
        "Labels", "Is it recognised education or vocational training?"
    ),
    "exemption_document": QT_TRANSLATE_NOOP(
        "Labels", "Which exemption document does the client give?"
    ),
    "private_dwelling": QT_TRANSLATE_NOOP("Labels", "Is it a private dwelling?"),
    "on_site_service": QT_TRANSLATE_NOOP("Labels", "Is the food served on site, with service?"),
    "drinks": QT_TRANSLATE_NOOP("Labels", "Are drinks included?"),
    "luxury_food": QT_TRANSLATE_NOOP("Labels", "Does it include luxury food (caviar, lobster…)?"),
    "distance_sales_over_threshold": QT_TRANSLATE_NOOP(
        "Labels", "Do the member's sales to consumers in other EU countries exceed €10,000 a year?"
    ),
    "dwelling_first_occupied_year": QT_TRANSLATE_NOOP(
        "Labels", "In which year was the dwelling first occupied?"
    ),
    "non_plant_share": QT_TRANSLATE_NOOP(
        "Labels", "Which share of the price is for the pot, ribbons and other material?"
    ),
    "place_of_performance": QT_TRANSLATE_NOOP("Labels", "In which country does it take place?"),
    "goods_destination": QT_TRANSLATE_NOOP("Labels", "To which country do the goods go?"),
}

EXEMPTION_DOCUMENTS = {
    "none": QT_TRANSLATE_NOOP("Labels", "None"),
    "eu_order_form": QT_TRANSLATE_NOOP("Labels", "EU order form with the art. 42 §3 mention"),
    "e_certificate": QT_TRANSLATE_NOOP("Labels", "E-certificate"),
    "form_450": QT_TRANSLATE_NOOP("Labels", "Form 450 (official use)"),
    "form_451": QT_TRANSLATE_NOOP("Labels", "Form 451 (personal use)"),
}

CONTRACT_TYPES = {
    "employee": QT_TRANSLATE_NOOP("Labels", "Employee"),
    "artistic": QT_TRANSLATE_NOOP("Labels", "Artist"),
    "student": QT_TRANSLATE_NOOP("Labels", "Student"),
}

#: what the quote's history shows for each audited action (app/services/quotes/quotes.py)
QUOTE_ACTIONS = {
    "quote.create": QT_TRANSLATE_NOOP("Labels", "Quote created"),
    "quote.line_add": QT_TRANSLATE_NOOP("Labels", "Line added"),
    "quote.line_update": QT_TRANSLATE_NOOP("Labels", "Line changed"),
    "quote.line_remove": QT_TRANSLATE_NOOP("Labels", "Line removed"),
    "quote.line_vat_decision": QT_TRANSLATE_NOOP("Labels", "VAT decided by an adviser"),
    "quote.line_vat_recheck": QT_TRANSLATE_NOOP("Labels", "VAT checked again"),
    "quote.change_client": QT_TRANSLATE_NOOP("Labels", "Client changed"),
    "quote.send": QT_TRANSLATE_NOOP("Labels", "Sent"),
    "quote.accept": QT_TRANSLATE_NOOP("Labels", "Accepted"),
    "quote.refuse": QT_TRANSLATE_NOOP("Labels", "Refused"),
    "quote.expire": QT_TRANSLATE_NOOP("Labels", "Expired"),
    "quote.cancel": QT_TRANSLATE_NOOP("Labels", "Cancelled"),
}

#: the synced tables, as the Sync view names what a conflict or a refused change is about
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

#: why sync could not merge a change on its own (app/sync/merge.py)
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
}

#: what kind of change sync refused
SYNC_OPERATIONS = {
    "insert": QT_TRANSLATE_NOOP("Labels", "New"),
    "update": QT_TRANSLATE_NOOP("Labels", "Change"),
    "delete": QT_TRANSLATE_NOOP("Labels", "Deletion"),
}

#: the fields of the synced tables, as the conflict table shows them (others: readable code)
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
