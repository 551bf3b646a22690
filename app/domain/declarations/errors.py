"""Errors of the declarations slice: bad input is refused field by field, never guessed.

`message_key` is translated by `ui/declarations/texts.py`; `message` is the English text
for the command line and the logs."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class FieldError:
    field: str
    message_key: str
    message: str
    params: dict = field(default_factory=dict, compare=False)

    def to_dict(self) -> dict:
        return {"field": self.field, "message": self.message}


class DeclarationInputError(ValueError):
    """The input of a declaration (or of a deadline question) is wrong; `errors` names
    every bad field."""

    def __init__(self, errors: list[FieldError]):
        self.errors = list(errors)
        first = self.errors[0] if self.errors else None
        self.field = first.field if first else ""
        self.message_key = first.message_key if first else "declaration_invalid"
        self.params = first.params if first else {}
        summary = "; ".join(f"{e.field or '(input)'}: {e.message}" for e in self.errors)
        super().__init__(summary or "invalid declaration input")


class RuleBookError(RuntimeError):
    """resources/rules/declarations.toml is inconsistent: caught by the tests."""


#: English sentences of the message keys (the command line prints these)
MESSAGES_EN = {
    "required": "This field is required.",
    "not_a_date": "Give a date as YYYY-MM-DD.",
    "not_an_object": "Each question is a JSON object.",
    "unknown_field": "This field is not part of the question.",
    "unknown_kind": "The kind must be one of: {allowed}.",
    "event_in_future": "The date of the event ({value}) is after today ({today}).",
    "filing_before_event": "The filing date ({value}) is before the date of the event ({event}).",
    "filing_before_notice": "The filing date ({value}) is before the aggravation notice ({notice}).",
    "notice_before_event": "The aggravation notice ({value}) is before the accident ({event}).",
    "notice_in_future": "The aggravation notice ({value}) is after today ({today}).",
    "discovery_before_event": "The discovery date ({value}) is before the event ({event}).",
    "discovery_in_future": "The discovery date ({value}) is after today ({today}).",
    "only_for_accident": "Only an accident declaration has an aggravation notice.",
    "only_for_claim": "Only an insurance claim has a policy delay or a discovery date.",
    "not_a_day_count": "Give a whole number of days between {low} and {high}.",
    "no_rule_for_date": "No deadline rule is known for events before {since}.",
}


def field_error(field_name: str, key: str, **params) -> FieldError:
    return FieldError(field_name, key, MESSAGES_EN[key].format(**params), params)
