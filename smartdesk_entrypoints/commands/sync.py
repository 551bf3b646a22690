"""`smartdesk [--data-dir D] sync`: one sync round, a JSON summary on standard output
({pushed, pulled, removed, removed_by_table, conflicts, pending, ...}); exit status 1 when
the round did not finish (offline, refused), 2 when the device cannot sync as it is set
up (not connected, an unusable central address or password), 0 otherwise."""

from __future__ import annotations

import argparse
import json
import sys

from smartdesk_entrypoints.arguments import EXIT_BAD_INPUT

#: rounds that cannot run as the device is set up: fixed by the person, not by waiting
SETUP_PROBLEMS = frozenset({"sync.not_connected", "sync.url_invalid", "sync.password_nul"})


def configure(parser: argparse.ArgumentParser) -> None:
    parser.set_defaults(func=run)


def run(args) -> int:
    from app.db.local import open_local
    from app.services.sync.sync import run_sync, url_problem
    from app.sync import local
    from smartdesk_entrypoints.arguments import paths_from
    from smartdesk_entrypoints.commands.connect import password_for

    db = open_local(paths_from(args))
    try:
        state = local.read_state(db)
        password = None
        url, login = state.get(local.URL), state.get(local.USER)
        if url and login and not url_problem(url):
            password, _ = password_for(url, login)
        report = run_sync(db, password=password)
    finally:
        db.dispose()
    print(json.dumps(report.summary(), indent=2, default=str))
    if not report.ok:
        print(f"smartdesk sync: {report.message}", file=sys.stderr)
        return EXIT_BAD_INPUT if report.message_key in SETUP_PROBLEMS else 1
    return 0
