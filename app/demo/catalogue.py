"""What members do and sell, for sample data: the report's 12 sectors, the quote-line
categories of vat-check.md that fit each sector, and the words to describe them."""

from __future__ import annotations

# The 12 sectors of the 2021 report with their share of the werkbudget (DESIGN §6).
SECTORS = {
    "image_sound_stage": 12,
    "costume_makeup_set": 3,
    "it_design_language": 11,
    "training_teaching": 8,
    "wellbeing_health": 3,
    "other": 13,
    "music_singing": 4,
    "audiovisual": 7,
    "visual_arts_crafts": 18,
    "performing_literary_arts": 10,
    "architecture_fashion_design": 6,
    "artistic_support": 6,
}

# sector -> [(category, weight)]
SECTOR_CATEGORIES = {
    "image_sound_stage": [
        ("sound_light_technician", 6),
        ("audiovisual_service", 2),
        ("performance", 1),
        ("other_service", 1),
    ],
    "costume_makeup_set": [("makeup_costume_set", 7), ("hairdressing", 2), ("crafts", 1)],
    "it_design_language": [
        ("it_service", 4),
        ("design_service", 3),
        ("translation", 3),
        ("software_licence", 1),
        ("interpreting", 1),
        ("copyright_licence", 1),
    ],
    "training_teaching": [("training", 6), ("coaching", 2), ("lecture", 2)],
    "wellbeing_health": [("wellbeing", 5), ("dietary_advice", 2), ("coaching", 2), ("training", 1)],
    "other": [
        ("consulting", 4),
        ("other_service", 3),
        ("cooking_workshop", 1),
        ("catering_service", 1),
        ("garden_work", 1),
        ("plants", 1),
        ("floral_arrangement", 1),
        ("prepared_food", 1),
        ("other_goods", 1),
        ("renovation", 1),
    ],
    "music_singing": [
        ("performance", 7),
        ("copyright_licence", 1),
        ("lecture", 1),
        ("training", 1),
    ],
    "audiovisual": [
        ("audiovisual_service", 5),
        ("photography_service", 3),
        ("copyright_licence", 2),
    ],
    "visual_arts_crafts": [
        ("artwork_sale", 4),
        ("crafts", 2),
        ("design_service", 2),
        ("photography_service", 1),
        ("artwork_rental", 1),
        ("lecture", 1),
        ("copyright_licence", 1),
    ],
    "performing_literary_arts": [
        ("performance", 6),
        ("copyright_licence", 2),
        ("lecture", 1),
        ("admission_ticket", 1),
        ("book", 1),
    ],
    "architecture_fashion_design": [
        ("design_service", 6),
        ("consulting", 2),
        ("crafts", 1),
        ("other_goods", 1),
    ],
    "artistic_support": [
        ("other_service", 3),
        ("sound_light_technician", 2),
        ("consulting", 2),
        ("audiovisual_service", 1),
    ],
}

# category -> (unit, min qty, max qty, words nl, fr, en)
LINE_KINDS = {
    "performance": ("performance", 1, 3, "Optreden", "Prestation scénique", "Performance"),
    "lecture": ("session", 1, 2, "Lezing", "Conférence", "Lecture"),
    "copyright_licence": (
        "unit",
        1,
        1,
        "Overdracht auteursrechten",
        "Cession de droits d'auteur",
        "Copyright licence",
    ),
    "software_licence": (
        "unit",
        1,
        3,
        "Softwarelicentie",
        "Licence logicielle",
        "Software licence",
    ),
    "design_service": ("hour", 4, 40, "Grafisch ontwerp", "Création graphique", "Graphic design"),
    "it_service": ("hour", 4, 40, "Webontwikkeling", "Développement web", "Web development"),
    "translation": ("page", 2, 30, "Vertaling", "Traduction", "Translation"),
    "interpreting": ("day", 1, 3, "Tolken", "Interprétation", "Interpreting"),
    "training": ("day", 1, 4, "Opleiding", "Formation", "Training"),
    "coaching": ("hour", 1, 10, "Coaching", "Coaching", "Coaching"),
    "dietary_advice": ("session", 1, 5, "Voedingsadvies", "Conseil diététique", "Dietary advice"),
    "wellbeing": (
        "session",
        1,
        10,
        "Massage en ontspanning",
        "Massage bien-être",
        "Wellbeing massage",
    ),
    "hairdressing": ("session", 1, 8, "Kapsel", "Coiffure", "Hairdressing"),
    "makeup_costume_set": (
        "day",
        1,
        5,
        "Make-up en kostuums",
        "Maquillage et costumes",
        "Make-up and costumes",
    ),
    "photography_service": ("day", 1, 3, "Fotoreportage", "Reportage photo", "Photo shoot"),
    "audiovisual_service": ("day", 1, 5, "Videomontage", "Montage vidéo", "Video editing"),
    "sound_light_technician": (
        "day",
        1,
        4,
        "Klank- en lichttechniek",
        "Régie son et lumière",
        "Sound and light",
    ),
    "catering_service": ("person", 10, 60, "Catering ter plaatse", "Service traiteur", "Catering"),
    "cooking_workshop": ("person", 4, 15, "Kookworkshop", "Atelier cuisine", "Cooking workshop"),
    "admission_ticket": (
        "ticket",
        20,
        150,
        "Toegangsticket",
        "Billet d'entrée",
        "Admission ticket",
    ),
    "artwork_rental": ("month", 1, 12, "Huur kunstwerk", "Location d'œuvre", "Artwork rental"),
    "renovation": ("hour", 8, 40, "Schilderwerken woning", "Travaux de peinture", "Painting works"),
    "garden_work": ("hour", 4, 24, "Tuinonderhoud", "Entretien de jardin", "Garden maintenance"),
    "consulting": ("hour", 2, 30, "Advies", "Consultance", "Consulting"),
    "other_service": ("hour", 2, 20, "Prestatie", "Prestation", "Service"),
    "artwork_sale": (
        "piece",
        1,
        3,
        "Schilderij (origineel)",
        "Tableau original",
        "Original painting",
    ),
    "plants": ("piece", 5, 40, "Planten", "Plantes", "Plants"),
    "floral_arrangement": (
        "piece",
        1,
        10,
        "Bloemstuk",
        "Composition florale",
        "Floral arrangement",
    ),
    "book": ("piece", 5, 50, "Boek", "Livre", "Book"),
    "prepared_food": ("portion", 10, 80, "Bereide maaltijden", "Repas préparés", "Prepared meals"),
    "drinks": ("piece", 10, 100, "Dranken", "Boissons", "Drinks"),
    "crafts": (
        "piece",
        1,
        12,
        "Handgemaakt keramiek",
        "Céramique artisanale",
        "Hand-made ceramics",
    ),
    "other_goods": ("piece", 1, 10, "Materiaal", "Matériel", "Goods"),
}

# sector -> activity name templates per language ({first}, {last}, {city})
ACTIVITY_NAMES = {
    "image_sound_stage": {
        "nl": ["{last} Klank & Licht", "Podiumtechniek {first}"],
        "fr": ["Son et lumière {last}", "Régie {first} {last}"],
        "en": ["{last} Stage Tech"],
    },
    "costume_makeup_set": {
        "nl": ["Kostuumatelier {first}", "Make-up {first} {last}"],
        "fr": ["Atelier costumes {last}", "Maquillage {first}"],
        "en": ["{first} Costume Studio"],
    },
    "it_design_language": {
        "nl": ["{last} Webdesign", "Vertaalbureau {first}"],
        "fr": ["{last} Web", "Traductions {first} {last}"],
        "en": ["{first} {last} Translations", "{last} Digital"],
    },
    "training_teaching": {
        "nl": ["Workshops {first} {last}", "Leerplek {last}"],
        "fr": ["Formations {last}", "Ateliers {first}"],
        "en": ["{first} Teaching"],
    },
    "wellbeing_health": {
        "nl": ["Yoga {first}", "Massage {last}"],
        "fr": ["Bien-être {first}", "Sophrologie {last}"],
        "en": ["{first} Wellbeing"],
    },
    "other": {
        "nl": ["{first} Tuin & Groen", "Keuken {last}"],
        "fr": ["Cuisine {first}", "Jardins {last}"],
        "en": ["{first} {last} Services"],
    },
    "music_singing": {
        "nl": ["{first} {last} Kwartet", "Koor {last}"],
        "fr": ["{first} {last} Trio", "Chorale {last}"],
        "en": ["{last} Band"],
    },
    "audiovisual": {
        "nl": ["{last} Films", "Beeld {first}"],
        "fr": ["{last} Productions", "Images {first}"],
        "en": ["{first} {last} Films"],
    },
    "visual_arts_crafts": {
        "nl": ["Atelier {last}", "Keramiek {first}", "{first} {last} Illustraties"],
        "fr": ["Atelier {last}", "Céramiques {first}", "Illustrations {first} {last}"],
        "en": ["{first} {last} Studio"],
    },
    "performing_literary_arts": {
        "nl": ["Theater {last}", "Compagnie {first}"],
        "fr": ["Théâtre {last}", "Compagnie {first} {last}"],
        "en": ["{last} Dance Company"],
    },
    "architecture_fashion_design": {
        "nl": ["Ontwerpstudio {last}", "Mode {first}"],
        "fr": ["Design {last}", "Mode {first} {last}"],
        "en": ["{last} Design"],
    },
    "artistic_support": {
        "nl": ["Productie {last}", "Tourmanagement {first}"],
        "fr": ["Production {last}", "Diffusion {first}"],
        "en": ["{last} Productions"],
    },
}

SECTOR_WORDS = {
    "image_sound_stage": (
        "klank, licht en podium",
        "son, lumière et scène",
        "sound, light and stage",
    ),
    "costume_makeup_set": (
        "kostuums, make-up en decor",
        "costumes, maquillage et décors",
        "costume, make-up and set",
    ),
    "it_design_language": (
        "IT, grafisch ontwerp en vertaling",
        "informatique, graphisme et traduction",
        "IT, graphic design and translation",
    ),
    "training_teaching": ("opleiding en les", "formation et enseignement", "training and teaching"),
    "wellbeing_health": ("welzijn", "bien-être", "wellbeing"),
    "other": ("diverse diensten", "services divers", "various services"),
    "music_singing": ("muziek en zang", "musique et chant", "music and singing"),
    "audiovisual": (
        "audiovisuele producties",
        "productions audiovisuelles",
        "audiovisual productions",
    ),
    "visual_arts_crafts": (
        "beeldende kunst en ambacht",
        "arts plastiques et artisanat",
        "visual arts and crafts",
    ),
    "performing_literary_arts": (
        "podiumkunsten en literatuur",
        "arts de la scène et lettres",
        "performing and literary arts",
    ),
    "architecture_fashion_design": (
        "architectuur, mode en design",
        "architecture, mode et design",
        "architecture, fashion and design",
    ),
    "artistic_support": (
        "ondersteuning van artistieke projecten",
        "soutien aux projets artistiques",
        "support for artistic work",
    ),
}

# How often an adviser answers "yes" to a line's VAT question (vat_questions.py decides
# which questions a line gets); the VAT answer itself always comes from the engine.
FACT_YES = {
    "is_organiser": 0.55,
    "is_publisher": 0.15,
    "files_periodic_vat_returns": 0.8,
    "advertising": 0.05,
    "licence_is_main_object": 0.3,
    "publishing_contract": 0.25,
    "scientific_work": 0.04,
    "streamed": 0.1,
    "transport_proof": 0.85,
    "therapeutic_purpose": 0.3,
    "recognised_professional": 0.5,
    "recognised_education": 0.3,
    "private_dwelling": 0.85,
    "on_site_service": 0.7,
    "drinks": 0.3,
    "luxury_food": 0.05,
    "distance_sales_over_threshold": 0.1,
    "end_consumer": 0.6,
    "alcoholic": 0.4,
    "electronically_supplied": 0.3,
}
# ... and how often a question that may stay open (a year, a share, a place) is answered
FACT_KNOWN = {
    "dwelling_first_occupied_year": 0.85,
    "non_plant_share": 0.8,
    "place_of_performance": 0.9,
    "goods_destination": 0.95,
    "exemption_document": 0.85,
}

# Why an adviser settled a line the VAT check left for review, per language.
REVIEW_REASONS = {
    "nl": (
        "Nagekeken met de klant; het bewijsstuk zit in het dossier.",
        "Bevestigd na een telefoongesprek met de klant.",
        "Zo afgesproken met de boekhouding van Smart.",
    ),
    "fr": (
        "Vérifié avec le client ; la pièce justificative est au dossier.",
        "Confirmé par téléphone avec le client.",
        "Convenu avec la comptabilité de Smart.",
    ),
    "en": (
        "Checked with the client; the supporting document is in the file.",
        "Confirmed by phone with the client.",
        "Agreed with Smart's accounting team.",
    ),
}

# Overrides an adviser makes, with the reason they write: (the categories it applies
# to, or None for any; the outcome or rate of resources/vat it chooses; reason per
# language). The legal basis and rate come from the rule tables for the line's date.
OVERRIDES = (
    (
        frozenset({"training", "coaching", "lecture", "cooking_workshop"}),
        ("outcome", "exempt_44_2_4"),
        {
            "nl": "Erkende onderwijsinstelling: het attest van de school zit in het dossier.",
            "fr": "Établissement d'enseignement reconnu : attestation de l'école au dossier.",
            "en": "Recognised school: the school's certificate is in the file.",
        },
    ),
    (
        frozenset({"performance", "lecture", "copyright_licence"}),
        ("outcome", "exempt_44_2_8"),
        {
            "nl": "De klant organiseert de voorstelling zelf; contract met de organisator in bijlage.",
            "fr": "Le client organise lui-même le spectacle ; contrat avec l'organisateur en annexe.",
            "en": "The client organises the show itself; the contract with the organiser is attached.",
        },
    ),
    (
        None,
        ("rate", "standard"),
        {
            "nl": "Gemengde prestatie: op advies van de boekhouder het normale tarief.",
            "fr": "Prestation mixte : taux normal sur conseil du comptable.",
            "en": "Mixed supply: the standard rate on the accountant's advice.",
        },
    ),
)
