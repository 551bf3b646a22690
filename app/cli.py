"""The `smartdesk` command: the desktop window by default, sub-commands for the rest.

Each sub-command lives in `app/commands/<name>.py` and offers `register(subparsers)`;
bad arguments end with a message on standard error and exit status 2 (argparse's rule).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from importlib.metadata import PackageNotFoundError, version

from app.config import Paths

COMMANDS = ("demo_data", "stats", "screenshot", "vat_check", "quote", "central", "connect", "sync")


def program_version() -> str:
    try:
        return version("smartdesk")
    except PackageNotFoundError:
        return "0+unknown"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="smartdesk",
        description="SmartDesk, the desk program of Smart's advisers. "
        "Without a sub-command it opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"SmartDesk {program_version()}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="keep the database, attachments, logs and settings in DIR "
        "(default: the user data folder)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        try:
            module = importlib.import_module(f"app.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"app.commands.{name}":
                raise
            continue
        module.register(subparsers)
    return parser


def paths_from(args: argparse.Namespace) -> Paths:
    return Paths.in_folder(args.data_dir) if args.data_dir else Paths.default()


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from ui.application import run_gui  # the window is only loaded when asked for

        return run_gui(paths_from(args))
    from app.db.local import LocalDatabaseError

    try:
        return int(args.func(args) or 0)
    except LocalDatabaseError as exc:
        print(f"smartdesk: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
