"""The words and sentences of quotes and their clients: the quote list, the editor, its
dialogs and the client dialogs.

The tables turn the codes the database keeps into translated words (`ui.labels.label`);
`message_texts` gives the sentence for each message key of this capability, merged by
`ui.messages`. The translation contexts stay "Labels" and "Messages", so every
existing translation keeps its key.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

QUOTE_STATES = {
    "draft": QT_TRANSLATE_NOOP("Labels", "Draft"),
    "sent": QT_TRANSLATE_NOOP("Labels", "Sent"),
    "accepted": QT_TRANSLATE_NOOP("Labels", "Accepted"),
    "refused": QT_TRANSLATE_NOOP("Labels", "Refused"),
    "expired": QT_TRANSLATE_NOOP("Labels", "Expired"),
    "cancelled": QT_TRANSLATE_NOOP("Labels", "Cancelled"),
}

# VAT treatments of a quote line (vat-check.md), as an adviser says them
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

# the result of a VAT-number check (offline format check, then VIES)
VIES_STATES = {
    "unchecked": QT_TRANSLATE_NOOP("Labels", "Not checked with VIES"),
    "valid": QT_TRANSLATE_NOOP("Labels", "Valid in VIES"),
    "invalid": QT_TRANSLATE_NOOP("Labels", "Unknown to VIES (invalid)"),
    "unavailable": QT_TRANSLATE_NOOP("Labels", "VIES unavailable"),
    "not_eu": QT_TRANSLATE_NOOP("Labels", "Not an EU VAT number"),
}

# quote-line categories of the VAT check (resources/vat/categories.toml)
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

# units of a quote line (free text is allowed; these are the usual ones)
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

# the questions the VAT check may ask about a line (app/domain/quotes/vat_questions.py)
VAT_QUESTIONS = {
    "is_organiser": QT_TRANSLATE_NOOP(
        "Labels", "Is the client the organiser of the show, concert or conference?"
    ),
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
    "end_consumer": QT_TRANSLATE_NOOP(
        "Labels", "Is the client the end consumer of the works (not re-invoicing them)?"
    ),
    "alcoholic": QT_TRANSLATE_NOOP("Labels", "Are the drinks alcoholic?"),
    "electronically_supplied": QT_TRANSLATE_NOOP(
        "Labels", "Is it supplied electronically (download, streaming, online service)?"
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
    "eu_exemption_certificate": QT_TRANSLATE_NOOP("Labels", "EU VAT exemption certificate"),
    "form_450": QT_TRANSLATE_NOOP("Labels", "Form 450 (official use)"),
    "form_451": QT_TRANSLATE_NOOP("Labels", "Form 451 (personal use)"),
}

# what the quote's history shows for each audited action (app/services/quotes/quotes.py)
IDENTITY_FIELDS = {
    "name": QT_TRANSLATE_NOOP("Labels", "Name"),
    "legal_form": QT_TRANSLATE_NOOP("Labels", "Legal form"),
    "registered_seat": QT_TRANSLATE_NOOP("Labels", "Registered seat"),
    "enterprise_number": QT_TRANSLATE_NOOP("Labels", "Enterprise number"),
    "rpr_court": QT_TRANSLATE_NOOP("Labels", "RPR/RPM (court)"),
    "vat_number": QT_TRANSLATE_NOOP("Labels", "VAT number"),
    "iban": QT_TRANSLATE_NOOP("Labels", "IBAN"),
    "bic": QT_TRANSLATE_NOOP("Labels", "BIC"),
}

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


def message_texts() -> dict[str, str]:
    """message key -> translated sentence, for the keys of quotes and their clients."""
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
        "client.kind_invalid": QCoreApplication.translate(
            "Messages", "Choose the kind of client from the list."
        ),
        "client.country_invalid": QCoreApplication.translate(
            "Messages", "Choose the client's country from the list."
        ),
        "client.vat_missing": QCoreApplication.translate(
            "Messages", "This client has no VAT number to check. Add the number first."
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
        "quote.identity_incomplete": QCoreApplication.translate(
            "Messages",
            "The issuer's identity of {entity} is not complete: {missing} missing. A quote "
            "cannot be sent without it. An administrator sets it under Settings › Issuer "
            "identity (or with “smartdesk central identity set”).",
        ),
        "identity.enterprise_number_invalid": QCoreApplication.translate(
            "Messages", "This enterprise number is not valid (10 digits, check digits mod 97)."
        ),
        "identity.vat_number_invalid": QCoreApplication.translate(
            "Messages", "This is not a valid Belgian VAT number (BE and 10 digits)."
        ),
        "identity.iban_invalid": QCoreApplication.translate(
            "Messages", "This IBAN is not valid: check the country code and the check digits."
        ),
        "identity.bic_invalid": QCoreApplication.translate(
            "Messages", "This BIC is not valid (8 or 11 letters and digits)."
        ),
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
        "export.target_not_a_file": QCoreApplication.translate(
            "Messages",
            "Not an ordinary file (a folder, a link or a device). Choose another file name.",
        ),
        "export.folder_missing": QCoreApplication.translate(
            "Messages", "This folder does not exist. Choose an existing folder."
        ),
    }
