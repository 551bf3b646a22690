"""`smartdesk stats`: a JSON object with the row count of every table."""

from __future__ import annotations

import argparse
import json


def configure(parser: argparse.ArgumentParser) -> None:
    parser.set_defaults(func=run)


def run(args) -> int:
    from app.db.local import open_local
    from app.services.stats import table_counts
    from smartdesk_entrypoints.arguments import paths_from

    db = open_local(paths_from(args))
    try:
        print(json.dumps(table_counts(db), indent=2, sort_keys=True))
    finally:
        db.dispose()
    return 0
