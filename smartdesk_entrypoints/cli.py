"""The `smartdesk` command: the desktop window by default, sub-commands for the rest.

Each sub-command lives in `smartdesk_entrypoints/commands/<name>.py` and offers `register(subparsers)`.
Exit status: 0 done, 1 failed (unreachable server, unusable database, a bug), 2 bad
input (argparse's rule, kept by every sub-command): a message on standard error, never
a traceback, nothing written. A sub-command's log goes to the rotating log file, masked
(app/logs.py); an unexpected error prints one line that points to it.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from app.config import Paths
from smartdesk_entrypoints.arguments import EXIT_BAD_INPUT, EXIT_FAILED, paths_from, shown

COMMANDS = (
    "demo_data",
    "stats",
    "screenshot",
    "vat_check",
    "identifier",
    "declaration",
    "loan",
    "quote",
    "central",
    "connect",
    "sync",
    "database",
)

#: sub-commands that work on this device's existing database: on a mistyped --data-dir
#: they say so instead of creating an empty one (only the window's first start,
#: `demo-data` and `connect` make a new database)
NEEDS_DATABASE = frozenset({"stats", "quote", "sync", "screenshot", "database"})
#: sub-commands that create the data folder when it does not exist yet
CREATES_DATABASE = frozenset({"demo-data", "connect"})

log = logging.getLogger(__name__)


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
            module = importlib.import_module(f"smartdesk_entrypoints.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"smartdesk_entrypoints.commands.{name}":
                raise
            continue
        module.register(subparsers)
    return parser


def _bad_input(message: str) -> int:
    print(f"smartdesk: {message}", file=sys.stderr)
    return EXIT_BAD_INPUT


def _data_dir_problem(data_dir: str) -> str | None:
    """Why the --data-dir value cannot name a folder, or None."""
    if not data_dir.strip():
        return "--data-dir is empty; give the folder of the SmartDesk data"
    try:
        data_dir.encode("utf-8")
    except UnicodeEncodeError:
        return (
            f"the folder name {shown(data_dir)} given with --data-dir is not valid UTF-8 text; "
            "rename the folder or choose another"
        )
    return None


def _start_log(paths: Paths, command: str) -> Path | None:
    """Log this command to the rotating log file; None when there is no log (the data
    folder does not exist and this command does not make it, or it cannot be written)."""
    from app.logs import setup_logging

    if (
        not paths.data_dir.is_dir()
        and command not in CREATES_DATABASE
        and (paths.log_dir.is_relative_to(paths.data_dir))
    ):
        return None
    try:
        setup_logging(paths)
    except OSError:
        return None
    return paths.log_file


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version (0) and argparse's bad arguments (2)
        return exc.code if isinstance(exc.code, int) else EXIT_BAD_INPUT
    if args.data_dir is not None:
        problem = _data_dir_problem(args.data_dir)
        if problem:
            return _bad_input(problem)
    try:
        paths = paths_from(args)
    except (OSError, RuntimeError, ValueError) as exc:  # e.g. ~nobody: no such user
        return _bad_input(f"--data-dir {shown(args.data_dir)} cannot be used: {exc}")
    if args.command is None:
        from ui.application import run_gui  # the window is only loaded when asked for

        return run_gui(paths)
    if args.command in NEEDS_DATABASE and not paths.database.is_file():
        where = paths.data_dir if paths.data_dir.is_dir() else f"{paths.data_dir} (no such folder)"
        return _bad_input(
            f"there is no SmartDesk database in {shown(where)}; nothing was done. Check "
            "--data-dir, or make one with `smartdesk demo-data` or by starting SmartDesk."
        )
    from app.db.local import LocalDatabaseError
    from app.logs import stop_logging

    log_file = _start_log(paths, args.command)
    log.info("smartdesk %s", args.command)
    try:
        return int(args.func(args) or 0)
    except LocalDatabaseError as exc:
        print(f"smartdesk: {shown(exc)}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("smartdesk: cancelled.", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug: one line here, the (masked) traceback in the log
        log.exception("unexpected error in `smartdesk %s`", args.command)
        where = f"details in {shown(log_file)}" if log_file else "no log was written"
        print(f"smartdesk: unexpected error ({type(exc).__name__}); {where}", file=sys.stderr)
        return EXIT_FAILED
    finally:
        stop_logging()


if __name__ == "__main__":
    sys.exit(main())
