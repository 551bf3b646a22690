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


# --- the network call on a thread of its own ---------------------------------------------

_network: dict[str, object] = {}


def network_worker():
    """A second single-thread executor for calls to the outside world: a VIES answer
    may take seconds, and the database worker must not wait for it."""
    from ui.worker import Worker

    if "worker" not in _network:
        _network["worker"] = Worker()
    return _network["worker"]


def check_vies_in_background(
    db_worker,
    ctx,
    client_id: str,
    on_result: Callable,
    on_error: Callable,
    then: Callable | None = None,
) -> None:
    """Read what to ask (database worker), ask VIES (network thread), keep the answer
    (database worker), then run `then(status)` there too when given; `on_result`
    receives the status, or what `then` returned."""
    from app.services.quotes import clients as client_service
    from app.services.quotes.clients import VatStatus

    def store(answer):
        status = client_service.record_vies_answer(ctx, client_id, answer)
        return then(status) if then else status

    def answered(answer) -> None:
        db_worker.submit(store, answer, on_result=on_result, on_error=on_error)

    def asked(target) -> None:
        if target is None:  # not an EU number: nothing to ask
            status = VatStatus("not_eu", None, False)
            db_worker.submit(
                lambda: then(status) if then else status, on_result=on_result, on_error=on_error
            )
            return
        network_worker().submit(
            vies_service().check, *target, on_result=answered, on_error=on_error
        )

    db_worker.submit(client_service.vies_target, ctx, client_id, on_result=asked, on_error=on_error)
