"""VIES, the European Commission's check of EU VAT numbers, behind an interface.

The program asks VIES only when it is online; tests and offline offices use another
`ViesService`. "Unavailable" (VIES down, a member state's system down, no network) is
a state of its own and must never be read as "invalid".
"""

from __future__ import annotations

import json
import logging
import urllib.error
import urllib.request
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from app.db.types import utcnow

log = logging.getLogger(__name__)

REST_URL = "https://ec.europa.eu/taxation_customs/vies/rest-api/ms/{country}/vat/{number}"


@dataclass(frozen=True)
class ViesAnswer:
    status: str  # valid | invalid | unavailable
    checked_at: datetime
    name: str = ""
    address: str = ""


class ViesService(Protocol):
    def check(self, country: str, number: str) -> ViesAnswer: ...


class HttpVies:
    """The real service (REST API). Any failure to get a clear answer is `unavailable`."""

    def __init__(self, timeout: float = 8.0) -> None:
        self.timeout = timeout

    def check(self, country: str, number: str) -> ViesAnswer:
        url = REST_URL.format(country=country.upper(), number=number)
        try:
            with urllib.request.urlopen(url, timeout=self.timeout) as response:  # noqa: S310
                data = json.loads(response.read().decode("utf-8"))
        except (urllib.error.URLError, TimeoutError, OSError, ValueError) as exc:
            log.info("VIES unavailable for %s: %s", country, exc)
            return ViesAnswer("unavailable", utcnow())
        if data.get("userError") not in (None, "VALID", "INVALID"):
            return ViesAnswer("unavailable", utcnow())
        valid = bool(data.get("isValid"))
        return ViesAnswer(
            "valid" if valid else "invalid",
            utcnow(),
            name=(data.get("name") or "").strip("- "),
            address=(data.get("address") or "").strip("- "),
        )
