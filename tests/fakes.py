"""Fakes for the adapters to the outside world (tests never call a real service)."""

from __future__ import annotations

from app.adapters.vies import ViesAnswer
from app.db.types import utcnow


class FakeVies:
    """Answers from a table; numbers not in it are 'unavailable' (as when VIES is down)."""

    def __init__(self, answers: dict[str, str] | None = None) -> None:
        self.answers = dict(answers or {})
        self.calls: list[str] = []

    def check(self, country: str, number: str) -> ViesAnswer:
        key = f"{country}{number}"
        self.calls.append(key)
        return ViesAnswer(self.answers.get(key, "unavailable"), utcnow(), name="", address="")
