"""Which questions the quote editor must ask for a line, read from the rule tables.

A question is asked only when a rule that can apply to this category and this kind of
client tests its answer: the editor stays short for a plain 21 % line and asks "is the
client the organiser of the show?" only for a performance.
"""

from __future__ import annotations

from functools import lru_cache

from app.domain.quotes.vat_rules import rulebook

# rule fact -> the line question that answers it
QUESTION_OF_FACT = {
    "is_organiser": "is_organiser",
    "is_publisher": "is_publisher",
    "files_periodic_vat_returns": "files_periodic_vat_returns",
    "advertising": "advertising",
    "licence_is_main_object": "licence_is_main_object",
    "publishing_contract": "publishing_contract",
    "scientific_work": "scientific_work",
    "streamed": "streamed",
    "transport_proof": "transport_proof",
    "therapeutic_purpose": "therapeutic_purpose",
    "recognised_professional": "recognised_professional",
    "recognised_education": "recognised_education",
    "exemption_document": "exemption_document",
    "private_dwelling": "private_dwelling",
    "on_site_service": "on_site_service",
    "drinks": "drinks",
    "luxury_food": "luxury_food",
    "distance_sales_over_threshold": "distance_sales_over_threshold",
    "end_consumer": "end_consumer",
    "alcoholic": "alcoholic",
    "electronically_supplied": "electronically_supplied",
    "dwelling_age": "dwelling_first_occupied_year",
    "non_plant_share": "non_plant_share",
}
CLIENT_QUESTIONS = frozenset({"is_organiser", "is_publisher", "files_periodic_vat_returns"})
ORDER = tuple(dict.fromkeys(QUESTION_OF_FACT.values())) + (
    "place_of_performance",
    "goods_destination",
)


def _holds(rule, key: str, value: str) -> bool | None:
    """None when the rule does not test `key`; else whether `value` satisfies it."""
    tested = [c for c in rule.conditions if c.key == key]
    if not tested:
        return None
    return all(c.holds({key: value}) for c in tested)


@lru_cache(maxsize=512)
def questions_for(category: str, client_kind: str) -> tuple[str, ...]:
    book = rulebook()
    if category not in book.categories:
        return ()
    nature, place_kind = book.categories[category]
    asked: set[str] = set()
    for rule in book.rules:
        scoped = False
        applies = True
        for key, value in (
            ("category", category),
            ("nature", nature),
            ("kind", client_kind),
            ("place_kind", place_kind),
        ):
            holds = _holds(rule, key, value)
            if holds is None:
                continue
            scoped = True
            applies = applies and holds
        if not (scoped and applies):
            continue
        for condition in rule.conditions:
            question = QUESTION_OF_FACT.get(condition.key)
            if question:
                asked.add(question)
    if nature == "goods":
        asked.add("goods_destination")
    elif place_kind in ("event", "admission", "catering", "immovable"):
        asked.add("place_of_performance")
    return tuple(q for q in ORDER if q in asked)
