"""The onboarding of a new Activity: its checklist and its states (issue #9 §3-§4).

The items are data (`resources/rules/onboarding.toml`): the common ones, then those of
the Activity's entity and sector. The states move draft → ready → active: an Activity
is ready when every required item is done, and only a ready one can be activated
(Tryton's way: the rule for each move in one place).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

import resources

SECTORS = (
    "image_sound_stage",
    "costume_makeup_set",
    "it_design_language",
    "training_teaching",
    "wellbeing_health",
    "other",
    "music_singing",
    "audiovisual",
    "visual_arts_crafts",
    "performing_literary_arts",
    "architecture_fashion_design",
    "artistic_support",
)
ENTITIES = ("verenigde_producties", "verenigde_opleidingen", "interimpaleis")
TOOLS = ("activity", "contract")
CONTRACT_TYPES = ("artistic", "employee", "student")
ROLES = ("holder", "member")
#: the states of a new Activity; "onboarding" is how Activities made before the wizard
#: (and the sample data) say "draft"
STATES = ("draft", "ready", "active")
#: the documents an adviser attaches to a new Activity (issue #9 §6)
DOCUMENT_KINDS = ("id_scan", "signed_agreement")
NOT_YET_ACTIVE = ("draft", "ready", "onboarding")


@dataclass(frozen=True)
class ChecklistItem:
    key: str
    required: bool
    applies: str
    source: str
    labels: dict[str, str]
    reasons: dict[str, str]

    def label(self, language: str) -> str:
        return self.labels.get(language) or self.labels["en"]

    def reason(self, language: str) -> str:
        return self.reasons.get(language) or self.reasons["en"]

    def applies_to(self, entity: str, sector: str) -> bool:
        if self.applies == "all":
            return True
        scope, _, values = self.applies.partition(":")
        names = {v.strip() for v in values.split(",")}
        return (scope == "entity" and entity in names) or (scope == "sector" and sector in names)


@dataclass(frozen=True)
class ChecklistRules:
    valid_from: date
    items: tuple[ChecklistItem, ...]


@lru_cache(maxsize=1)
def checklist_rules() -> ChecklistRules:
    path = Path(resources.__file__).parent / "rules" / "onboarding.toml"
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    items = tuple(
        ChecklistItem(
            key=row["key"],
            required=bool(row["required"]),
            applies=row["applies"],
            source=row["source"],
            labels={lang: row[lang] for lang in ("en", "nl", "fr")},
            reasons={lang: row[f"why_{lang}"] for lang in ("en", "nl", "fr")},
        )
        for row in data["item"]
    )
    return ChecklistRules(valid_from=data["valid_from"], items=items)


def checklist_for(entity: str, sector: str) -> tuple[ChecklistItem, ...]:
    """The items of an Activity of this entity and sector, common ones first."""
    return tuple(i for i in checklist_rules().items if i.applies_to(entity, sector))


def missing_required(entity: str, sector: str, done: set[str]) -> tuple[ChecklistItem, ...]:
    return tuple(i for i in checklist_for(entity, sector) if i.required and i.key not in done)


def state_after_checklist(status: str, entity: str, sector: str, done: set[str]) -> str:
    """draft ⇄ ready as items are ticked and unticked; other states do not move here."""
    if status not in NOT_YET_ACTIVE:
        return status
    return "draft" if missing_required(entity, sector, done) else "ready"
