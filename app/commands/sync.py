"""`smartdesk [--data-dir D] sync`: one sync round, a JSON summary on standard output
({pushed, pulled, conflicts, pending, ...}); exit status 1 when the round did not finish
(offline, refused), 0 otherwise."""

from __future__ import annotations

import json
import sys


def register(subparsers) -> None:
    parser = subparsers.add_parser("sync", help="sync once with the central database (JSON)")
    parser.set_defaults(func=run)


def run(args) -> int:
    from app.cli import paths_from
    from app.commands.connect import password_for
    from app.db.local import open_local
    from app.services.sync import run_sync
    from app.sync import local

    db = open_local(paths_from(args))
    try:
        state = local.read_state(db)
        password = None
        if state.get(local.URL) and state.get(local.USER):
            password, _ = password_for(state[local.URL], state[local.USER])
        report = run_sync(db, password=password)
    finally:
        db.dispose()
    print(json.dumps(report.summary(), indent=2, default=str))
    if not report.ok:
        print(f"smartdesk sync: {report.message}", file=sys.stderr)
        return 1
    return 0
