"""The VAT rule table, case by case, each with its source in vat-facts.md."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.quotes.vat import (
    check_line,
    check_lines,
    clean_vat_number,
    parse_line,
)
from app.domain.quotes.vat_errors import VatInputError
from app.domain.quotes.vat_rules import LANGS, load_rulebook, rulebook

BE_VAT = "BE0403019261"
FR_VAT = "FR40303265045"
DE_VAT = "DE136695976"


def line(
    category: str,
    *,
    nature: str | None = None,
    kind: str = "business",
    country: str = "BE",
    day: str = "2026-03-15",
    vat: str | None = None,
    vies: str | None = None,
    lang: str = "en",
    **facts,
) -> dict:
    """A quote line; client flags and facts are given as keyword arguments."""
    book = rulebook()
    client: dict = {"kind": kind, "country": country}
    for flag in ("is_organiser", "is_publisher", "files_periodic_vat_returns"):
        if flag in facts:
            client[flag] = facts.pop(flag)
    if vat is not None:
        client["vat_number"] = vat
    if vies is not None:
        client["vies"] = vies
    return {
        "date": day,
        "nature": nature or book.categories[category][0],
        "category": category,
        "client": client,
        "facts": facts,
        "lang": lang,
    }


def eu_b2b(category: str, **facts) -> dict:
    return line(category, country="FR", vat=FR_VAT, vies="valid", **facts)


# (id naming its source, input, expected treatment, rate, review, legal basis or None)
CASES = [
    # §1 step 1 / §7: the client's VAT number
    (
        "§1.1 EU business, VIES valid → reverse charge",
        eu_b2b("consulting"),
        "reverse_charge",
        None,
        False,
        "WBTW art. 21 §2; Richtlijn 2006/112/EG art. 196",
    ),
    (
        "§1.1 EU business without VAT number → Belgian VAT",
        line("consulting", country="FR"),
        "taxable",
        "21",
        False,
        None,
    ),
    (
        "§1.1 EU business, VIES invalid → Belgian VAT",
        line("consulting", country="FR", vat=FR_VAT, vies="invalid"),
        "taxable",
        "21",
        False,
        None,
    ),
    (
        "§1.1 EU business, bad checksum → Belgian VAT",
        line("consulting", country="FR", vat="FR40303265046", vies="valid"),
        "taxable",
        "21",
        False,
        None,
    ),
    (
        "§1.1 EU business, number of another country → Belgian VAT",
        line("consulting", country="FR", vat=DE_VAT, vies="valid"),
        "taxable",
        "21",
        False,
        None,
    ),
    (
        "§7 VIES unavailable → review, likely reverse charge",
        line("consulting", country="DE", vat=DE_VAT, vies="unavailable"),
        "reverse_charge",
        None,
        True,
        None,
    ),
    (
        "§1.1 VIES unchecked → review, likely reverse charge",
        line("consulting", country="DE", vat=DE_VAT),
        "reverse_charge",
        None,
        True,
        None,
    ),
    (
        "§1.1 EU public body with VAT number → review",
        line("consulting", kind="public_body", country="FR", vat=FR_VAT, vies="valid"),
        "reverse_charge",
        None,
        True,
        None,
    ),
    (
        "§5 EU public body without number → Belgian VAT",
        line("consulting", kind="public_body", country="FR"),
        "taxable",
        "21",
        False,
        None,
    ),
    # §1 step 2 / §4.6: institutions
    (
        "§4.6 EU institution with order form → exempt 42§3 3°",
        line("consulting", kind="eu_institution", exemption_document="eu_order_form"),
        "exempt",
        None,
        False,
        "WBTW art. 42 §3 3°",
    ),
    (
        "§11.10 EU institution in another member state with a Belgian E-certificate → review",
        line(
            "design_service",
            kind="eu_institution",
            country="LU",
            exemption_document="e_certificate",
        ),
        "exempt",
        None,
        True,
        "WBTW art. 42 §3 3°; Uitvoeringsverordening (EU) 282/2011 art. 51",
    ),
    (
        "§4.6 EU institution without document → review",
        line("consulting", kind="eu_institution"),
        "exempt",
        None,
        True,
        "WBTW art. 42 §3 3°",
    ),
    (
        "§4.6 embassy with E-certificate → exempt 42§3",
        line("translation", kind="international_org", exemption_document="e_certificate"),
        "exempt",
        None,
        False,
        "WBTW art. 42 §3",
    ),
    (
        "§4.6 embassy with old form 450 → review",
        line("translation", kind="international_org", exemption_document="form_450"),
        "exempt",
        None,
        True,
        "WBTW art. 42 §3",
    ),
    (
        "§11 (last point) institution outside the EU, place outside the EU → definite",
        line(
            "consulting", kind="international_org", country="CH", exemption_document="e_certificate"
        ),
        "outside_scope",
        None,
        False,
        None,
    ),
    (
        "§4.6 institution decides before the performer rule",
        line(
            "performance",
            kind="eu_institution",
            is_organiser=True,
            exemption_document="eu_order_form",
        ),
        "exempt",
        None,
        False,
        "WBTW art. 42 §3 3°",
    ),
    # §5: place of supply of services
    (
        "§5 B2B non-EU → outside scope 21§2",
        line("consulting", country="US"),
        "outside_scope",
        None,
        False,
        "WBTW art. 21 §2",
    ),
    (
        "§5 B2B Swiss client → outside scope",
        line("design_service", country="CH", vat="CHE-116.281.710"),
        "outside_scope",
        None,
        False,
        "WBTW art. 21 §2",
    ),
    (
        "§5 B2B UK after Brexit → outside scope",
        line("consulting", country="GB"),
        "outside_scope",
        None,
        False,
        "WBTW art. 21 §2",
    ),
    (
        "§5 B2B foreign organiser pays artist → reverse charge",
        eu_b2b("performance", is_organiser=True, place_of_performance="BE"),
        "reverse_charge",
        None,
        False,
        None,
    ),
    (
        "§5 B2C EU private, general rule → Belgian VAT",
        line("design_service", kind="private", country="NL"),
        "taxable",
        "21",
        False,
        None,
    ),
    (
        "§5 B2C non-EU private, copyright → outside scope art. 59",
        line("copyright_licence", kind="private", country="US"),
        "outside_scope",
        None,
        False,
        "WBTW art. 21bis §2 5°; Richtlijn 2006/112/EG art. 59",
    ),
    (
        "§5 B2C non-EU private, translation → art. 59",
        line("translation", kind="private", country="JP"),
        "outside_scope",
        None,
        False,
        None,
    ),
    (
        "§5 B2C non-EU private, advertising → art. 59",
        line("design_service", kind="private", country="US", advertising=True),
        "outside_scope",
        None,
        False,
        None,
    ),
    (
        "§5 B2C non-EU private, hairdressing → Belgian VAT",
        line("hairdressing", kind="private", country="US"),
        "taxable",
        "21",
        False,
        None,
    ),
    (
        "§5 B2C performance in France → foreign VAT, review",
        line("performance", kind="private", country="FR", place_of_performance="FR"),
        "foreign_vat",
        None,
        True,
        "Richtlijn 2006/112/EG art. 54",
    ),
    (
        "§5 B2C performance in Switzerland → outside scope",
        line("performance", kind="private", country="CH", place_of_performance="CH"),
        "outside_scope",
        None,
        False,
        "Richtlijn 2006/112/EG art. 54",
    ),
    (
        "§5 B2C streamed lecture to a French private → foreign VAT",
        line("training", kind="private", country="FR", streamed=True, place_of_performance="BE"),
        "foreign_vat",
        None,
        True,
        None,
    ),
    (
        "§5 B2C streamed training to a US private → outside scope",
        line("training", kind="private", country="US", streamed=True),
        "outside_scope",
        None,
        False,
        None,
    ),
    (
        "§5 B2C training abroad without a place → review",
        line("training", kind="private", country="FR"),
        "taxable",
        "21",
        True,
        None,
    ),
    (
        "§5 B2B admission to an event in Belgium → Belgian VAT 6%",
        eu_b2b("admission_ticket", place_of_performance="BE"),
        "taxable",
        "6",
        False,
        "KB nr. 20 tabel A rubriek XXVIII",
    ),
    (
        "§5 B2B admission to an event in Germany → foreign VAT",
        line("admission_ticket", country="BE", place_of_performance="DE"),
        "foreign_vat",
        None,
        True,
        None,
    ),
    (
        "§5 renovation of a house in France → foreign VAT",
        line(
            "renovation",
            kind="private",
            place_of_performance="FR",
            private_dwelling=True,
            dwelling_first_occupied_year=1990,
        ),
        "foreign_vat",
        None,
        True,
        "WBTW art. 21 §3 1°",
    ),
    (
        "§5 renovation for a Dutch client in Belgium → 6%",
        line(
            "renovation",
            kind="private",
            country="NL",
            place_of_performance="BE",
            private_dwelling=True,
            dwelling_first_occupied_year=1990,
        ),
        "taxable",
        "6",
        False,
        None,
    ),
    (
        "§5 catering at a wedding in Morocco → outside scope",
        line("catering_service", kind="private", place_of_performance="MA"),
        "outside_scope",
        None,
        False,
        "Richtlijn 2006/112/EG art. 55",
    ),
    # §4.5: goods
    (
        "§4.5 goods to an EU business with transport proof → 39bis",
        eu_b2b("artwork_sale", goods_destination="FR", transport_proof=True),
        "exempt",
        None,
        False,
        "WBTW art. 39bis",
    ),
    (
        "§4.5 goods to an EU business without proof → review",
        eu_b2b("crafts", goods_destination="FR"),
        "exempt",
        None,
        True,
        "WBTW art. 39bis",
    ),
    (
        "§4.5 goods handed over in Belgium to a French business → Belgian VAT",
        eu_b2b("crafts"),
        "taxable",
        "21",
        False,
        None,
    ),
    (
        "§11.4 distance sale to a German private → foreign VAT, art. 15",
        line("book", kind="private", country="DE", goods_destination="DE"),
        "foreign_vat",
        None,
        False,
        "WBTW art. 15; Richtlijn 2006/112/EG art. 33",
    ),
    (
        "§4.5 distance sale before 1.7.2021 over the member state's threshold → foreign VAT",
        line(
            "crafts",
            kind="private",
            country="DE",
            day="2021-03-01",
            goods_destination="DE",
            distance_sales_over_threshold=True,
        ),
        "foreign_vat",
        None,
        False,
        "WBTW art. 15; Richtlijn 2006/112/EG art. 33",
    ),
    (
        "§4.5 export with proof → exempt art. 39",
        line(
            "artwork_sale",
            kind="private",
            country="US",
            goods_destination="US",
            transport_proof=True,
        ),
        "exempt",
        None,
        False,
        "WBTW art. 39",
    ),
    (
        "§4.5 export without proof → review",
        line("artwork_sale", kind="private", country="US", goods_destination="US"),
        "exempt",
        None,
        True,
        "WBTW art. 39",
    ),
    (
        "§4.5 Belgian business, goods shipped to NL → Belgian VAT",
        line("other_goods", goods_destination="NL", transport_proof=True),
        "taxable",
        "21",
        False,
        None,
    ),
    # §4.1: performers and lecturers
    (
        "§4.1 performer to organiser → exempt 44§2 8°",
        line("performance", is_organiser=True),
        "exempt",
        None,
        False,
        "WBTW art. 44 §2 8°",
    ),
    (
        "§4.1 lecturer to organiser → exempt 44§2 8°",
        line("lecture", kind="public_body", is_organiser=True),
        "exempt",
        None,
        False,
        "WBTW art. 44 §2 8°",
    ),
    (
        "§4.1 musician to the singer's company → 6% XXIX",
        line("performance"),
        "taxable",
        "6",
        False,
        "KB nr. 20 tabel A rubriek XXIX",
    ),
    (
        "§4.1 performer at a private party → review",
        line("performance", kind="private", is_organiser=True),
        "exempt",
        None,
        True,
        "WBTW art. 44 §2 8°",
    ),
    (
        "§4.1 advertising performance for an organiser → review",
        line("performance", is_organiser=True, advertising=True),
        "taxable",
        "21",
        True,
        None,
    ),
    ("§4.1 lecture, client not organiser → 21%", line("lecture"), "taxable", "21", False, None),
    (
        "§3.1 rights to an organiser → review, likely exempt",
        line("copyright_licence", is_organiser=True),
        "exempt",
        None,
        True,
        "WBTW art. 44 §2 8°",
    ),
    # §4.2-§4.4
    (
        "§4.2 publishing contract → review, likely exempt 44§3 3°",
        line("copyright_licence", is_publisher=True, publishing_contract=True),
        "exempt",
        None,
        True,
        "WBTW art. 44 §3 3°",
    ),
    (
        "§4.2 publishing contract without a publisher → 6%",
        line("copyright_licence", publishing_contract=True),
        "taxable",
        "6",
        False,
        None,
    ),
    (
        "§4.3 teaching for a recognised school → review",
        line("training", kind="public_body", recognised_education=True),
        "exempt",
        None,
        True,
        "WBTW art. 44 §2 4°",
    ),
    (
        "§4.3 commercial training for a company → 21%",
        line("training"),
        "taxable",
        "21",
        False,
        "WBTW art. 37; KB nr. 20 art. 1",
    ),
    (
        "§4.4 recognised dietician, therapeutic purpose → exempt 44§1",
        line(
            "dietary_advice",
            kind="private",
            recognised_professional=True,
            therapeutic_purpose=True,
        ),
        "exempt",
        None,
        False,
        "WBTW art. 44 §1",
    ),
    (
        "§4.4 dietary advice, not recognised → 21%",
        line("dietary_advice", kind="private"),
        "taxable",
        "21",
        False,
        None,
    ),
    (
        "§4.4 therapeutic care by a recognised professional → exempt",
        line("wellbeing", kind="private", therapeutic_purpose=True, recognised_professional=True),
        "exempt",
        None,
        False,
        "WBTW art. 44 §1",
    ),
    (
        "§4.4 therapeutic purpose, not recognised → 21%",
        line("wellbeing", kind="private", therapeutic_purpose=True),
        "taxable",
        "21",
        False,
        None,
    ),
    (
        "§4.4 non-medical massage → 21%",
        line("wellbeing", kind="private"),
        "taxable",
        "21",
        False,
        None,
    ),
    # §3.1 copyright
    (
        "§3.1 copyright licence → 6% XXIX",
        line("copyright_licence"),
        "taxable",
        "6",
        False,
        "KB nr. 20 tabel A rubriek XXIX",
    ),
    (
        "§3.1 copyright for advertising → 21%",
        line("copyright_licence", advertising=True),
        "taxable",
        "21",
        False,
        None,
    ),
    (
        "§3.1 scientific work → 21%",
        line("copyright_licence", scientific_work=True),
        "taxable",
        "21",
        False,
        None,
    ),
    ("§3.1 software licence → 21%", line("software_licence"), "taxable", "21", False, None),
    (
        "§3.1 advertising performance → 21%",
        line("performance", advertising=True),
        "taxable",
        "21",
        False,
        None,
    ),
    (
        "§1.6 design with licence as main object → 6%",
        line("design_service", licence_is_main_object=True),
        "taxable",
        "6",
        False,
        "KB nr. 20 tabel A rubriek XXIX",
    ),
    (
        "§1.6 design with accessory licence → 21%",
        line("design_service"),
        "taxable",
        "21",
        False,
        None,
    ),
    (
        "§1.6 advertising design, licence main object → 21%",
        line("design_service", licence_is_main_object=True, advertising=True),
        "taxable",
        "21",
        False,
        None,
    ),
    (
        "§1.6 photography with licence as main object → 6%",
        line("photography_service", licence_is_main_object=True),
        "taxable",
        "6",
        False,
        None,
    ),
    # §3.2-§3.8 rates
    (
        "§3.2 admission ticket → 6% XXVIII",
        line("admission_ticket", kind="private"),
        "taxable",
        "6",
        False,
        "KB nr. 20 tabel A rubriek XXVIII",
    ),
    (
        "§3.3 artwork sold by its creator → 6% XXI",
        line("artwork_sale", kind="private"),
        "taxable",
        "6",
        False,
        "KB nr. 20 tabel A rubriek XXI",
    ),
    ("§3.3 artwork rental → 21%", line("artwork_rental"), "taxable", "21", False, None),
    ("§3.3 crafts → 21%", line("crafts", kind="private"), "taxable", "21", False, None),
    (
        "§3.4 plants → 6% VII",
        line("plants", kind="private"),
        "taxable",
        "6",
        False,
        "KB nr. 20 tabel A rubriek VII",
    ),
    (
        "§3.4 floral arrangement 10% material → 6%",
        line("floral_arrangement", kind="private", non_plant_share=0.1),
        "taxable",
        "6",
        False,
        None,
    ),
    (
        "§3.4 floral arrangement exactly 20% material → 6%",
        line("floral_arrangement", kind="private", non_plant_share=0.2),
        "taxable",
        "6",
        False,
        None,
    ),
    (
        "§3.4 floral arrangement 25% material → 21%",
        line("floral_arrangement", kind="private", non_plant_share=0.25),
        "taxable",
        "21",
        False,
        None,
    ),
    (
        "§3.4 floral arrangement, share unknown → review",
        line("floral_arrangement", kind="private"),
        "taxable",
        "21",
        True,
        None,
    ),
    ("§3.4 garden work → 21%", line("garden_work", kind="private"), "taxable", "21", False, None),
    (
        "§3.5 catering service → 12% table B I",
        line("catering_service", kind="private"),
        "taxable",
        "12",
        False,
        "KB nr. 20 tabel B rubriek I",
    ),
    (
        "§3.5 drinks served at a catering → 21%",
        line("catering_service", kind="private", drinks=True),
        "taxable",
        "21",
        False,
        None,
    ),
    (
        "§3.5 meals delivered without service → 6%",
        line("prepared_food", kind="private"),
        "taxable",
        "6",
        False,
        None,
    ),
    (
        "§1.3 meal cooked at the client's → catering 12%",
        line("prepared_food", kind="private", on_site_service=True),
        "taxable",
        "12",
        False,
        None,
    ),
    (
        "§3.5 luxury food delivered → 21%",
        line("prepared_food", kind="private", luxury_food=True),
        "taxable",
        "21",
        False,
        None,
    ),
    (
        "§3.5 drinks sold as goods → review",
        line("drinks", kind="private"),
        "taxable",
        "21",
        True,
        None,
    ),
    (
        "§10.1 cooking workshop → review, no likely rate",
        line("cooking_workshop", kind="private"),
        "taxable",
        "21",
        True,
        None,
    ),
    ("§3.6 book → 6%", line("book", kind="private"), "taxable", "6", False, None),
    (
        "§3.6 advertising brochure → 21%",
        line("book", advertising=True),
        "taxable",
        "21",
        False,
        None,
    ),
    (
        "§3.7 renovation of a 17-year-old home → 6%",
        line(
            "renovation", kind="private", private_dwelling=True, dwelling_first_occupied_year=2009
        ),
        "taxable",
        "6",
        False,
        "KB nr. 20 art. 1bis; tabel A rubriek XXXI",
    ),
    (
        "§3.7 renovation of a home first occupied exactly 10 years ago → 6%",
        line(
            "renovation", kind="private", private_dwelling=True, dwelling_first_occupied_year=2016
        ),
        "taxable",
        "6",
        False,
        None,
    ),
    (
        "§3.7 renovation of a 9-year-old home → 21%",
        line(
            "renovation", kind="private", private_dwelling=True, dwelling_first_occupied_year=2017
        ),
        "taxable",
        "21",
        False,
        None,
    ),
    (
        "§3.7 renovation in 2015 of a 6-year-old home → 6% (5-year rule)",
        line(
            "renovation",
            kind="private",
            day="2015-06-01",
            private_dwelling=True,
            dwelling_first_occupied_year=2009,
        ),
        "taxable",
        "6",
        False,
        None,
    ),
    (
        "§3.7 renovation of a professional building → 21%",
        line("renovation", dwelling_first_occupied_year=1980, private_dwelling=False),
        "taxable",
        "21",
        False,
        None,
    ),
    (
        "§3.7 renovation, age unknown → review",
        line("renovation", kind="private", private_dwelling=True),
        "taxable",
        "21",
        True,
        None,
    ),
    (
        "§6.2 renovation for a periodic filer → cocontractant",
        line("renovation", vat=BE_VAT, files_periodic_vat_returns=True),
        "reverse_charge",
        None,
        False,
        "WBTW art. 51 §2 5°",
    ),
    (
        "§6.2 periodic filer without VAT number → review",
        line("renovation", files_periodic_vat_returns=True),
        "reverse_charge",
        None,
        True,
        None,
    ),
    ("§3.8 hairdressing → 21%", line("hairdressing", kind="private"), "taxable", "21", False, None),
    (
        "§3.8 interpreting in court → 21%",
        line("interpreting", kind="public_body"),
        "taxable",
        "21",
        False,
        None,
    ),
    ("§3.8 translation, no licence → 21%", line("translation"), "taxable", "21", False, None),
    ("§3.8 IT service → 21%", line("it_service"), "taxable", "21", False, None),
    (
        "§3.8 make-up and costume for a show → 21%",
        line("makeup_costume_set", is_organiser=True),
        "taxable",
        "21",
        False,
        None,
    ),
    (
        "§3.8 sound technician for an organiser → 21%",
        line("sound_light_technician", is_organiser=True),
        "taxable",
        "21",
        False,
        None,
    ),
    (
        "§3.8 small repair → review, likely 6%",
        line("small_repair", kind="private"),
        "taxable",
        "6",
        True,
        None,
    ),
    (
        "§4.1 lecture for a private organiser → review",
        line("lecture", kind="private", is_organiser=True),
        "exempt",
        None,
        True,
        "WBTW art. 44 §2 8°",
    ),
    (
        "§6.2 garden work for a periodic filer → review, likely cocontractant",
        line("garden_work", vat=BE_VAT, files_periodic_vat_returns=True),
        "reverse_charge",
        None,
        True,
        "WBTW art. 51 §2 5°",
    ),
    (
        "§3.1 scientific translation, licence main object → 21%",
        line("translation", licence_is_main_object=True, scientific_work=True),
        "taxable",
        "21",
        False,
        None,
    ),
    (
        "§3.5 drinks with a meal cooked on site → 21%",
        line("prepared_food", kind="private", on_site_service=True, drinks=True),
        "taxable",
        "21",
        False,
        None,
    ),
    # §9: dated rates
    (
        "§9 accommodation in January 2026 → 6% XXX",
        line("accommodation", kind="private", day="2026-01-15"),
        "taxable",
        "6",
        False,
        "KB nr. 20 tabel A rubriek XXX",
    ),
    (
        "§9 accommodation in March 2026 → review, likely 12%",
        line("accommodation", kind="private", day="2026-03-15"),
        "taxable",
        "12",
        True,
        "KB nr. 20 tabel B rubriek IV",
    ),
    (
        "§9 accommodation from July 2026 → 12% table B IV",
        line("accommodation", kind="private", day="2026-07-01"),
        "taxable",
        "12",
        False,
        "KB nr. 20 tabel B rubriek IV",
    ),
    (
        "§9 admission stays 6% after 1.3.2026",
        line("admission_ticket", kind="private", day="2026-09-01"),
        "taxable",
        "6",
        False,
        None,
    ),
    (
        "§9 take-away meals stay 6% after 1.3.2026",
        line("prepared_food", kind="private", day="2026-09-01"),
        "taxable",
        "6",
        False,
        None,
    ),
    (
        "§9 soft drinks served stay 21% after 1.3.2026",
        line("catering_service", kind="private", drinks=True, day="2026-09-01"),
        "taxable",
        "21",
        False,
        None,
    ),
    # §11: corrections and additions of 2026-11-30, one case (or more) per point
    (
        "§11.1 renovation 6% cites KB nr. 20 art. 1bis, tabel A rubriek XXXI",
        line(
            "renovation", kind="private", private_dwelling=True, dwelling_first_occupied_year=1990
        ),
        "taxable",
        "6",
        False,
        "KB nr. 20 art. 1bis; tabel A rubriek XXXI",
    ),
    (
        "§11.1 renovation, private dwelling not answered → review, never 21%",
        line("renovation", kind="private", dwelling_first_occupied_year=1990),
        "taxable",
        "21",
        True,
        None,
    ),
    (
        "§11.1 renovation for a business, end consumer not answered → review",
        line(
            "renovation",
            private_dwelling=True,
            dwelling_first_occupied_year=1990,
            files_periodic_vat_returns=False,
        ),
        "taxable",
        "21",
        True,
        None,
    ),
    (
        "§11.1 renovation for a business that is not the end consumer → 21%",
        line(
            "renovation",
            private_dwelling=True,
            dwelling_first_occupied_year=1990,
            end_consumer=False,
        ),
        "taxable",
        "21",
        False,
        "WBTW art. 37; KB nr. 20 art. 1",
    ),
    (
        "§11.1 renovation for a business that is the end consumer → 6%",
        line(
            "renovation",
            private_dwelling=True,
            dwelling_first_occupied_year=1990,
            end_consumer=True,
        ),
        "taxable",
        "6",
        False,
        "KB nr. 20 art. 1bis; tabel A rubriek XXXI",
    ),
    (
        "§11.2 renovation for a foreign firm filing Belgian returns → reverse charge",
        line(
            "renovation",
            country="FR",
            vat=FR_VAT,
            vies="valid",
            files_periodic_vat_returns=True,
            place_of_performance="BE",
        ),
        "reverse_charge",
        None,
        False,
        "WBTW art. 51 §2 5°",
    ),
    (
        "§11.3 the rate of the date of supply: accommodation in February 2026 → 6%",
        line("accommodation", kind="private", day="2026-02-28"),
        "taxable",
        "6",
        False,
        "KB nr. 20 tabel A rubriek XXX",
    ),
    (
        "§11.3 accommodation on 1.3.2026 → review, likely 12% table B IV",
        line("accommodation", kind="private", day="2026-03-01"),
        "taxable",
        "12",
        True,
        "KB nr. 20 tabel B rubriek IV",
    ),
    (
        "§11.4 distance sale of crafts to a French private → foreign VAT (OSS), art. 15",
        line("crafts", kind="private", country="FR", goods_destination="FR"),
        "foreign_vat",
        None,
        False,
        "WBTW art. 15; Richtlijn 2006/112/EG art. 33",
    ),
    (
        "§11.5 software download to a Dutch private → foreign VAT (art. 58)",
        line("software_licence", kind="private", country="NL", electronically_supplied=True),
        "foreign_vat",
        None,
        False,
        "WBTW art. 21bis §2 8°; Richtlijn 2006/112/EG art. 58",
    ),
    (
        "§11.5 IT service not supplied electronically to a Dutch private → Belgian VAT",
        line("it_service", kind="private", country="NL"),
        "taxable",
        "21",
        False,
        None,
    ),
    (
        "§11.6 artwork rental to a US private (art. 59 g) → outside scope",
        line("artwork_rental", kind="private", country="US"),
        "outside_scope",
        None,
        False,
        "WBTW art. 21bis §2 5°; Richtlijn 2006/112/EG art. 59",
    ),
    (
        "§11.6 consultancy to a Canadian private (art. 59 c) → outside scope",
        line("consulting", kind="private", country="CA"),
        "outside_scope",
        None,
        False,
        "WBTW art. 21bis §2 5°; Richtlijn 2006/112/EG art. 59",
    ),
    (
        "§11.7 UK business, goods shipped in 2020 → intra-EU supply",
        line(
            "crafts",
            country="GB",
            day="2020-12-31",
            vat="GB980780684",
            vies="valid",
            goods_destination="GB",
            transport_proof=True,
        ),
        "exempt",
        None,
        False,
        "WBTW art. 39bis",
    ),
    (
        "§11.7 UK business, goods shipped in 2021 → export",
        line(
            "crafts",
            country="GB",
            day="2021-01-01",
            vat="GB980780684",
            vies="valid",
            goods_destination="GB",
            transport_proof=True,
        ),
        "exempt",
        None,
        False,
        "WBTW art. 39",
    ),
    (
        "§11.7 Northern Ireland business (XI), goods → intra-EU supply art. 39bis",
        line(
            "crafts",
            country="GB",
            vat="XI980780684",
            vies="valid",
            goods_destination="GB",
            transport_proof=True,
        ),
        "exempt",
        None,
        False,
        "WBTW art. 39bis",
    ),
    (
        "§11.7 Northern Ireland business (XI), services → non-EU, outside scope",
        line("consulting", country="GB", vat="XI980780684", vies="valid"),
        "outside_scope",
        None,
        False,
        "WBTW art. 21 §2",
    ),
    (
        "§11.8 recognised dietician without therapeutic purpose → 21%",
        line(
            "dietary_advice",
            kind="private",
            recognised_professional=True,
            therapeutic_purpose=False,
        ),
        "taxable",
        "21",
        False,
        None,
    ),
    (
        "§11.8 recognised dietician, therapeutic purpose not known → review",
        line("dietary_advice", kind="private", recognised_professional=True),
        "taxable",
        "21",
        True,
        None,
    ),
    (
        "§11.8 recognised paramedic, purpose not known → review",
        line("wellbeing", kind="private", recognised_professional=True),
        "taxable",
        "21",
        True,
        None,
    ),
    (
        "§11.8 dietician before 2022 → exempt without the therapeutic question",
        line("dietary_advice", kind="private", day="2021-06-01", recognised_professional=True),
        "exempt",
        None,
        False,
        "WBTW art. 44 §1",
    ),
    (
        "§11.9 alcoholic drinks sold as goods → 21%",
        line("drinks", kind="private", alcoholic=True),
        "taxable",
        "21",
        False,
        None,
    ),
    (
        "§11.9 non-alcoholic drinks sold as goods → 6%",
        line("drinks", kind="private", alcoholic=False),
        "taxable",
        "6",
        False,
        "KB nr. 20 tabel A",
    ),
    (
        "§11.9 drinks, alcoholic? not answered → review",
        line("drinks", kind="private"),
        "taxable",
        "21",
        True,
        None,
    ),
    (
        "§11.10 EU institution in another member state with the EU certificate → exempt",
        line(
            "design_service",
            kind="eu_institution",
            country="DE",
            exemption_document="eu_exemption_certificate",
        ),
        "exempt",
        None,
        False,
        "WBTW art. 42 §3 3°; Uitvoeringsverordening (EU) 282/2011 art. 51",
    ),
    (
        "§11.10 EU institution in another member state without the certificate → review",
        line("design_service", kind="eu_institution", country="DE"),
        "exempt",
        None,
        True,
        "WBTW art. 42 §3 3°; Uitvoeringsverordening (EU) 282/2011 art. 51",
    ),
    (
        "§11.11 lecturer for a conference organiser → exempt (the cooperative's setting)",
        line("lecture", is_organiser=True),
        "exempt",
        None,
        False,
        "WBTW art. 44 §2 8°",
    ),
    (
        "§11.12 a second exemption on the same quote keeps its own basis (art. 44 §1)",
        line(
            "wellbeing",
            kind="private",
            recognised_professional=True,
            therapeutic_purpose=True,
        ),
        "exempt",
        None,
        False,
        "WBTW art. 44 §1",
    ),
    (
        "§11 (last point) VIES unavailable, catering in Belgium either way → definite 12%",
        line(
            "catering_service",
            country="FR",
            vat=FR_VAT,
            vies="unavailable",
            place_of_performance="BE",
        ),
        "taxable",
        "12",
        False,
        "KB nr. 20 tabel B rubriek I",
    ),
    (
        "§11 (last point) VIES unavailable, consulting → review (the place depends on it)",
        line("consulting", country="FR", vat=FR_VAT, vies="unavailable"),
        "reverse_charge",
        None,
        True,
        None,
    ),
    (
        "§11 (last point) embassy without E-certificate, show in Switzerland → outside scope",
        line("performance", kind="international_org", place_of_performance="CH"),
        "outside_scope",
        None,
        False,
        None,
    ),
    (
        "§4.6 institution outside the EU buying goods → review as a non-taxable client",
        line("artwork_sale", kind="international_org", country="CH", goods_destination="CH"),
        "exempt",
        None,
        True,
        "WBTW art. 39",
    ),
    (
        "§4.5 distance sale before 1.7.2021, threshold not known → review",
        line("crafts", kind="private", country="DE", day="2021-03-01", goods_destination="DE"),
        "foreign_vat",
        None,
        True,
        "WBTW art. 15; Richtlijn 2006/112/EG art. 33",
    ),
]


@pytest.mark.parametrize(
    ("data", "treatment", "rate", "review", "basis"),
    [pytest.param(*case[1:], id=case[0]) for case in CASES],
)
def test_vat_rule_table(data, treatment, rate, review, basis):
    result = check_line(data)
    assert (result.treatment, result.rate, result.review) == (treatment, rate, review)
    if basis is not None:
        assert result.legal_basis == basis
    assert result.reasons, "every answer says why"
    if review:
        assert result.likely is None or result.likely.treatment == treatment
    else:
        assert result.likely is None


def test_the_table_has_at_least_seventy_cases_with_distinct_ids():
    ids = [case[0] for case in CASES]
    assert len(ids) >= 70
    assert len(set(ids)) == len(ids)


def test_contract_example_is_exempt_performance_for_organiser():
    data = {
        "date": "2026-03-15",
        "nature": "service",
        "category": "performance",
        "client": {
            "kind": "business",
            "country": "BE",
            "vat_number": "BE0403019261",
            "vies": "valid",
            "is_organiser": True,
            "is_publisher": False,
            "files_periodic_vat_returns": True,
        },
        "facts": {"place_of_performance": "BE", "non_plant_share": 0.1},
        "lang": "nl",
    }
    assert check_line(data).to_dict() == {
        "treatment": "exempt",
        "rate": None,
        "legal_basis": "WBTW art. 44 §2 8°",
        "review": False,
        "likely": None,
        "reasons": [
            "Optreden van een artiest of lezing voor de organisator van de voorstelling of "
            "conferentie: vrijgesteld van btw (beleid van de coöperatie als rechtspersoon, "
            "beslissing E.T. 108.828)."
        ],
        "mention": {
            "nl": "Vrijstelling van btw – art. 44, § 2, 8° WBTW",
            "fr": "Exemption de TVA – art. 44, § 2, 8° CTVA",
            "en": "VAT exempt – Art. 44 §2 8° Belgian VAT Code",
        },
    }


def test_plain_taxable_line_has_empty_mentions():
    result = check_line(line("consulting"))
    assert result.mention.to_dict() == {"nl": "", "fr": "", "en": ""}


def test_reverse_charge_line_prints_the_reverse_charge_mention():
    result = check_line(eu_b2b("consulting"))
    assert result.mention.nl.startswith("Verlegging van heffing")
    assert result.mention.fr.startswith("Autoliquidation")


def test_vies_unavailable_is_never_treated_as_invalid():
    result = check_line(line("consulting", country="DE", vat=DE_VAT, vies="unavailable"))
    assert result.review
    assert result.likely.treatment == "reverse_charge"
    assert "unavailable" in result.reasons[0]


def test_cooking_workshop_has_no_likely_answer():
    result = check_line(line("cooking_workshop", kind="private"))
    assert result.review and result.likely is None


def test_reasons_follow_the_requested_language():
    for lang in LANGS:
        result = check_line(line("plants", kind="private", lang=lang))
        assert result.reasons[0] == rulebook().reasons["plants"][lang]


def test_reason_for_floral_arrangement_names_the_share():
    result = check_line(line("floral_arrangement", kind="private", non_plant_share=0.15))
    assert "15%" in result.reasons[0]


def test_eu_business_without_number_is_told_why_belgian_vat_applies():
    result = check_line(line("consulting", country="FR"))
    assert "no VAT number" in result.reasons[0]


def test_checked_line_dataclass_gives_the_same_answer_as_the_dict():
    data = line("performance", is_organiser=True)
    assert check_line(parse_line(data)) == check_line(data)


# rules that answer only under another setting of settings.toml: tested below
UNDER_ANOTHER_SETTING = {"artist_for_organiser_taxed_by_policy"}


def test_every_rule_is_exercised_by_the_table():
    used = {rid for case in CASES for rid in check_line(case[1]).rules}
    assert {r.id for r in rulebook().rules} - used == UNDER_ANOTHER_SETTING


def test_artists_policy_setting_taxes_the_organiser_at_6_percent(tmp_path, monkeypatch):
    """§11.11: one documented policy, a setting; the reason says which."""
    import shutil

    import app.domain.quotes.vat as vat_module
    from app.domain.quotes.vat_rules import _folder

    folder = tmp_path / "vat"
    shutil.copytree(_folder(), folder)
    settings = folder / "settings.toml"
    text = settings.read_text(encoding="utf-8")
    settings.write_text(text.replace('value = "exempt"', 'value = "rate_6"'), encoding="utf-8")
    book = load_rulebook(folder)
    monkeypatch.setattr(vat_module, "rulebook", lambda: book)
    result = check_line(line("performance", is_organiser=True))
    assert (result.treatment, result.rate, result.review) == ("taxable", "6", False)
    assert result.legal_basis == "KB nr. 20 tabel A rubriek XXIX"
    assert "policy" in result.reasons[0] and "6%" in result.reasons[0]
    assert "artist_for_organiser_taxed_by_policy" in result.rules


def test_the_default_artists_policy_is_shown_in_the_reason():
    result = check_line(line("performance", is_organiser=True))
    assert result.treatment == "exempt"
    assert "policy" in result.reasons[0] and "E.T. 108.828" in result.reasons[0]


def test_renovation_prints_the_statutory_statement_verbatim():
    """§11.1: the statement of KB nr. 20 art. 1bis in nl and fr; en translates below it."""
    result = check_line(
        line("renovation", kind="private", private_dwelling=True, dwelling_first_occupied_year=1990)
    )
    assert result.mention.nl.startswith("Btw-tarief: Bij gebrek aan schriftelijke betwisting")
    assert result.mention.nl.endswith("belasting, interesten en geldboeten.")
    assert result.mention.fr.startswith("Taux de TVA : En l'absence de contestation par écrit")
    assert result.mention.en.startswith(result.mention.nl)
    assert "Translation" in result.mention.en


def test_cocontractant_prints_the_2023_statement_with_the_liability_sentence():
    """§11.2: the statement as from 1.1.2023 ends with the liability sentence."""
    result = check_line(line("renovation", vat=BE_VAT, files_periodic_vat_returns=True))
    assert result.mention.nl.startswith("Verlegging van heffing. Bij gebrek aan")
    assert result.mention.nl.endswith(
        "aansprakelijk voor de betaling van de verschuldigde belasting, interesten en geldboeten."
    )
    assert result.mention.fr.startswith("Autoliquidation. En l'absence de contestation")
    assert result.mention.fr.endswith("des intérêts et des amendes dus.")


def test_foreign_firm_registered_in_belgium_gets_the_reverse_charge_without_review():
    """§11.2: "applies to any customer who files periodic Belgian VAT returns, including
    a foreign firm registered directly in Belgium": its Belgian number is valid."""
    data = line(
        "renovation",
        country="FR",
        vat=BE_VAT,
        vies="valid",
        files_periodic_vat_returns=True,
        place_of_performance="BE",
    )
    result = check_line(data)
    assert (result.treatment, result.review) == ("reverse_charge", False), result.reasons
    assert result.legal_basis == "WBTW art. 51 §2 5°"
    assert not any("missing or invalid" in r for r in result.reasons), result.reasons


def test_virtual_attendance_for_an_eu_business_is_reverse_charged():
    """§5: B2B admission is taxed where the event takes place, "not for virtual
    attendance" (the general B2B rule applies: Dir. art. 44, reverse charge)."""
    result = check_line(eu_b2b("admission_ticket", place_of_performance="BE", streamed=True))
    assert (result.treatment, result.review) == ("reverse_charge", False), result.reasons
    assert result.legal_basis == "WBTW art. 21 §2; Richtlijn 2006/112/EG art. 196"
    private = check_line(line("admission_ticket", kind="private", country="FR", streamed=True))
    assert private.treatment == "foreign_vat"  # B2C streamed: customer's residence


def test_streamed_activity_is_taxed_at_the_customers_home_only_from_2025():
    """§5: B2C activities "streamed/virtual: customer's residence (amendment in force
    2025)"; before, the place where the activity is carried out (Belgium here)."""
    facts = {"place_of_performance": "BE", "streamed": True}
    after = check_line(line("lecture", kind="private", country="FR", **facts))
    assert after.treatment == "foreign_vat"
    before = check_line(line("lecture", kind="private", country="FR", day="2024-06-15", **facts))
    assert before.treatment == "taxable" and before.rate == "21", before.reasons


def test_no_valid_vat_number_is_claimed_before_vies_answered():
    """§11 point 5 of the issue: reasons never contradict the answer."""
    for vies in ("unchecked", "unavailable"):
        result = check_line(line("consulting", country="FR", vat=FR_VAT, vies=vies))
        assert result.review
        assert not any("valid VAT number" in r for r in result.reasons), result.reasons
        assert any("If VIES confirms" in r for r in result.reasons)


# ---- bad input: refused field by field


@pytest.mark.parametrize(
    ("mutate", "field"),
    [
        pytest.param(lambda d: d.update(category="juggling"), "category", id="unknown category"),
        pytest.param(lambda d: d.update(date="15/03/2026"), "date", id="malformed date"),
        pytest.param(lambda d: d.update(date="2026-02-30"), "date", id="impossible date"),
        pytest.param(lambda d: d.update(date="2001-01-01"), "date", id="date before the rules"),
        pytest.param(lambda d: d.pop("date"), "date", id="missing date"),
        pytest.param(
            lambda d: d["client"].update(country="Belgium"), "client.country", id="country name"
        ),
        pytest.param(
            lambda d: d["client"].update(country="XX"), "client.country", id="unknown country"
        ),
        pytest.param(lambda d: d["client"].pop("country"), "client.country", id="missing country"),
        pytest.param(lambda d: d["client"].update(kind="alien"), "client.kind", id="unknown kind"),
        pytest.param(lambda d: d["client"].update(vies="maybe"), "client.vies", id="unknown vies"),
        pytest.param(
            lambda d: d["client"].update(is_organiser="yes"),
            "client.is_organiser",
            id="string boolean",
        ),
        pytest.param(
            lambda d: d["client"].update(vat_number=403019261),
            "client.vat_number",
            id="numeric VAT number",
        ),
        pytest.param(
            lambda d: d.update(nature="goods"), "category", id="service category as goods"
        ),
        pytest.param(lambda d: d.update(nature="rental"), "nature", id="unknown nature"),
        pytest.param(lambda d: d.update(lang="de"), "lang", id="unknown language"),
        pytest.param(
            lambda d: d["facts"].update(non_plant_share=1.5),
            "facts.non_plant_share",
            id="share above 1",
        ),
        pytest.param(
            lambda d: d["facts"].update(non_plant_share=True),
            "facts.non_plant_share",
            id="boolean share",
        ),
        pytest.param(
            lambda d: d["facts"].update(dwelling_first_occupied_year="2009"),
            "facts.dwelling_first_occupied_year",
            id="year as text",
        ),
        pytest.param(
            lambda d: d["facts"].update(dwelling_first_occupied_year=2030),
            "facts.dwelling_first_occupied_year",
            id="year after the tax point",
        ),
        pytest.param(
            lambda d: d["facts"].update(place_of_performance="fr"),
            "facts.place_of_performance",
            id="lower-case place",
        ),
        pytest.param(
            lambda d: d["facts"].update(exemption_document="letter"),
            "facts.exemption_document",
            id="unknown document",
        ),
        pytest.param(
            lambda d: d["facts"].update(is_organizer=True), "facts.is_organizer", id="misspelt fact"
        ),
        pytest.param(lambda d: d.update(client="BE"), "client", id="client not an object"),
    ],
)
def test_bad_input_names_the_bad_field(mutate, field):
    data = line("performance", is_organiser=True)
    mutate(data)
    with pytest.raises(VatInputError) as caught:
        check_line(data)
    assert field in [e.field for e in caught.value.errors]
    assert all(e.message and e.message_key.startswith("vat.") for e in caught.value.errors)


def test_all_bad_fields_are_reported_at_once():
    data = line("performance", country="ZZ", lang="xx")
    data["date"] = "soon"
    with pytest.raises(VatInputError) as caught:
        check_line(data)
    assert {e.field for e in caught.value.errors} == {"date", "client.country", "lang"}


def test_input_that_is_not_an_object_is_refused():
    with pytest.raises(VatInputError):
        check_line(["performance"])


def test_errors_of_a_batch_carry_the_line_index():
    good = line("plants", kind="private")
    bad = line("plants", kind="private", country="Belgique")
    with pytest.raises(VatInputError) as caught:
        check_lines([good, bad])
    assert [e.field for e in caught.value.errors] == ["[1].client.country"]


# ---- VAT numbers


@pytest.mark.parametrize(
    ("country", "number", "valid", "compact", "key"),
    [
        ("BE", "BE0403019261", True, "BE0403019261", None),
        ("BE", "BE 0403.019.261", True, "BE0403019261", None),
        ("BE", "403019261", True, "BE0403019261", None),
        ("BE", "BE0403019262", False, None, "vat_number.checksum"),
        ("BE", "BE2403019261", False, None, "vat_number.component"),
        ("FR", "FR40303265045", True, "FR40303265045", None),
        ("FR", "40 303 265 045", True, "FR40303265045", None),
        ("GR", "094259216", True, "EL094259216", None),
        ("FR", "DE136695976", False, None, "vat_number.country_mismatch"),
        ("CH", "CHE-116.281.710 MWST", False, None, "vat_number.not_eu"),
        ("US", "12-3456789", False, None, "vat_number.not_eu"),
        ("DE", "", False, None, "vat_number.format"),
    ],
)
def test_clean_vat_number(country, number, valid, compact, key):
    result = clean_vat_number(country, number)
    assert (result.valid, result.compact, result.message_key) == (valid, compact, key)


# ---- the tables themselves


def test_rule_tables_load_and_cross_check():
    book = load_rulebook()
    assert book.rules[-1].id == "standard_rate"
    assert book.first_date == date(2010, 1, 1)
    for rule in book.rules:
        assert rule.source.startswith("§"), rule.id


def test_accommodation_rate_changes_on_the_first_of_march_2026():
    book = rulebook()
    assert book.rate_on("accommodation", date(2026, 2, 28)).rate == "6"
    assert book.rate_on("accommodation", date(2026, 3, 1)).rate == "12"


def test_definite_answers_are_a_large_majority_of_the_table():
    reviewed = sum(1 for case in CASES if case[4])
    assert reviewed < len(CASES) / 3
