"""Errors a person can cause. Each carries a message key the UI translates, and the
field it concerns, so the window can put the message next to the field."""

from __future__ import annotations

from dataclasses import dataclass, field


class ServiceError(Exception):
    message_key = "error.generic"

    def __init__(self, message_key: str | None = None, field: str | None = None, **params):
        self.message_key = message_key or self.message_key
        self.field = field
        self.params = params
        super().__init__(self.message_key if field is None else f"{self.message_key} ({field})")


class PermissionDenied(ServiceError):
    message_key = "error.permission_denied"


class NotFound(ServiceError):
    message_key = "error.not_found"


class SignInFailed(ServiceError):
    message_key = "error.sign_in_failed"


@dataclass(frozen=True)
class FieldProblem:
    field: str
    message_key: str
    params: dict = field(default_factory=dict)


class ValidationFailed(ServiceError):
    """One or more fields are wrong; nothing was written."""

    message_key = "error.validation"

    def __init__(self, problems: list[FieldProblem]):
        self.problems = problems
        first = problems[0] if problems else None
        super().__init__(
            first.message_key if first else self.message_key,
            field=first.field if first else None,
        )
