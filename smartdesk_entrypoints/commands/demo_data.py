"""`smartdesk demo-data`: fill this device's database with realistic sample data.

All of it is written in one transaction: Ctrl-C leaves the database as it was.
"""

from __future__ import annotations

import argparse
import sys
import time


def configure(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Fill the database with sample members, Activities, clients, quotes "
        "and TeamAdmin work shaped by the 2021 annual report. Every demo user signs in "
        "with PIN 1234 (adviser.bxl.1, teamadmin, reviewer, admin, ...)."
    )
    parser.add_argument(
        "--scale",
        choices=("small", "office", "national"),
        default="small",
        help="small: ~300 members (tests); office: ~1/20 of Smart; national: 32,249 members",
    )
    parser.add_argument("--seed", type=int, default=0, help="same seed, same data (default 0)")
    parser.add_argument(
        "--replace",
        action="store_true",
        help="delete the rows of an earlier demo run first (in the same transaction)",
    )
    parser.set_defaults(func=run)


class _Reporter:
    """One stderr line per stage and per 10 % of the whole run, never a flood."""

    def __init__(self) -> None:
        self.stage = None
        self.tenth = -1
        self.start = time.perf_counter()

    def __call__(self, done: int, total: int, stage: str) -> None:
        tenth = done * 10 // max(total, 1)
        if stage == self.stage and tenth == self.tenth:
            return
        self.stage, self.tenth = stage, tenth
        elapsed = time.perf_counter() - self.start
        print(
            f"demo-data: {stage:<13} {done * 100 // max(total, 1):3d}%  ({elapsed:.1f} s)",
            file=sys.stderr,
            flush=True,
        )


def run(args) -> int:
    from app.db.local import open_local
    from app.demo.generator import DemoCancelled, DemoRefused, generate
    from smartdesk_entrypoints.arguments import paths_from

    db = open_local(paths_from(args))
    try:
        counts = generate(
            db, args.scale, seed=args.seed, replace=args.replace, progress=_Reporter()
        )
    except DemoRefused as exc:
        print(
            f"smartdesk demo-data: this database already holds {exc.members} members; "
            "nothing was written. Use --replace to replace earlier demo data, or "
            "--data-dir for a fresh folder.",
            file=sys.stderr,
        )
        return 2
    except (KeyboardInterrupt, DemoCancelled):
        print("smartdesk demo-data: cancelled; nothing was written.", file=sys.stderr)
        return 130
    finally:
        db.dispose()
    total = sum(counts.values())
    print(
        f"demo-data: wrote {total:,} rows ({args.scale}, seed {args.seed}): "
        + ", ".join(f"{name} {n:,}" for name, n in counts.items()),
        file=sys.stderr,
    )
    return 0
