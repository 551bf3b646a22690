"""Errors of the VAT check: bad input is refused field by field, never guessed."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class FieldError:
    """One bad field: where (`client.country`), what (a message key), and the English
    text for logs and the command line; the UI translates `message_key`."""

    field: str
    message_key: str
    message: str
    params: dict = field(default_factory=dict, compare=False)

    def to_dict(self) -> dict:
        return {"field": self.field, "message": self.message}


class VatInputError(ValueError):
    """The input of a VAT check is wrong; `errors` names every bad field."""

    def __init__(self, errors: list[FieldError]):
        self.errors = list(errors)
        summary = "; ".join(f"{e.field or '(input)'}: {e.message}" for e in self.errors)
        super().__init__(summary or "invalid VAT check input")


class RuleBookError(RuntimeError):
    """The rule tables in resources/vat/ are inconsistent: a programming error caught
    by the tests, never by a member."""
