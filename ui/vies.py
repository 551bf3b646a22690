"""Where the window gets its VIES service: one place, so tests can swap it.

The window never builds `HttpVies` itself; it asks `vies_service()`. Tests install a
fake with `use_vies(FakeVies(...))` (and put the default back afterwards), so no test
ever reaches the European Commission's servers.
"""

from __future__ import annotations

from collections.abc import Callable

from app.adapters.vies import HttpVies, ViesService

_factory: dict[str, Callable[[], ViesService]] = {"make": HttpVies}


def vies_service() -> ViesService:
    """The VIES service the window uses now (the real one unless a test replaced it)."""
    return _factory["make"]()


def use_vies(service: ViesService | None) -> None:
    """Use `service` for every later VIES check; None puts the real service back."""
    _factory["make"] = HttpVies if service is None else (lambda: service)
