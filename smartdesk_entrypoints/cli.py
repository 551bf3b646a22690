"""The `smartdesk` command: the desktop window by default, sub-commands for the rest.

Each sub-command lives in `smartdesk_entrypoints/commands/<module>.py` and offers
`configure(parser)`, which adds its arguments; `COMMANDS` names them with their help
line, so that `smartdesk --help` lists every command without importing one, and a
command imports only its own module (a JSON check starts in a fraction of the time
the whole program would take to import).
Exit status: 0 done, 1 failed (unreachable server, unusable database, a bug), 2 bad
input (argparse's rule, kept by every sub-command): a message on standard error, never
a traceback, nothing written. A sub-command's log goes to the rotating log file, masked
(app/logs.py); an unexpected error prints one line that points to it.
"""

from __future__ import annotations

import argparse
import importlib
import io
import logging
import os
import sys
from collections.abc import Iterable
from pathlib import Path

from app.config import Paths
from smartdesk_entrypoints.arguments import EXIT_BAD_INPUT, EXIT_FAILED, paths_from, shown

#: the status of a command whose reader closed the pipe (128 + SIGPIPE, as the shell
#: reports a Unix tool stopped by it)
EXIT_PIPE_CLOSED = 141

#: sub-command -> (its module in smartdesk_entrypoints.commands, its line in `--help`)
COMMANDS: dict[str, tuple[str, str]] = {
    "demo-data": (
        "demo_data",
        "fill the database with sample data (2021 annual-report proportions)",
    ),
    "stats": ("stats", "print row counts per table as JSON"),
    "screenshot": ("screenshot", "save a PNG of one view of the window (rendered offscreen)"),
    "vat": ("vat_check", "Belgian VAT tools"),
    "identifier": ("identifier", "Belgian and EU identifier checks"),
    "declaration": ("declaration", "accident and insurance declarations"),
    "loan": ("loan", "interest-free loans"),
    "quote": ("quote", "work with quotes"),
    "central": ("central", "set up the central database and its users"),
    "connect": ("connect", "join the central database as LOGIN and make the first sync"),
    "sync": ("sync", "sync once with the central database (JSON)"),
    "database": ("database", "the encryption of this device's database: status, rekey, wipe"),
}

#: sub-commands that work on this device's existing database: on a mistyped --data-dir
#: they say so instead of creating an empty one (only the window's first start,
#: `demo-data` and `connect` make a new database)
NEEDS_DATABASE = frozenset({"stats", "quote", "sync", "screenshot", "database"})
#: sub-commands that create the data folder when it does not exist yet
CREATES_DATABASE = frozenset({"demo-data", "connect"})

log = logging.getLogger(__name__)


def program_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("smartdesk")
    except PackageNotFoundError:
        return "0+unknown"


class _VersionAction(argparse.Action):
    """`--version`, reading the installed version only when asked (importlib.metadata
    alone costs a tenth of a second at every start)."""

    def __init__(
        self, option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS, help=None
    ):
        super().__init__(option_strings, dest=dest, default=default, nargs=0, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        print(f"SmartDesk {program_version()}")
        parser.exit()


def build_parser(load: Iterable[str] | None = None) -> argparse.ArgumentParser:
    """The parser of the `smartdesk` command. The sub-commands named in `load` (all of
    them when None) get their full arguments from their module; the others are only
    named, with their help line, which is all `smartdesk --help` shows of them."""
    parser = argparse.ArgumentParser(
        prog="smartdesk",
        description="SmartDesk, the desk program of Smart's advisers. "
        "Without a sub-command it opens the window.",
    )
    parser.add_argument("--version", action=_VersionAction, help="show the version and exit")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="keep the database, attachments, logs and settings in DIR "
        "(default: the user data folder)",
    )
    loaded = set(COMMANDS) if load is None else set(load)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (module_name, help_line) in COMMANDS.items():
        if name not in loaded:
            subparsers.add_parser(name, help=help_line, add_help=False)
            continue
        module = importlib.import_module(f"smartdesk_entrypoints.commands.{module_name}")
        module.configure(subparsers.add_parser(name, help=help_line))
    return parser


def parse_arguments(argv: list[str] | None) -> argparse.Namespace:
    """argv parsed in two rounds: the first, with every sub-command only named, finds
    which one was asked for (and answers --help and --version); the second parses its
    arguments with only that sub-command's module imported."""
    named_only = build_parser(load=())
    first, _ = named_only.parse_known_args(argv)
    if first.command is None:
        return named_only.parse_args(argv)
    return build_parser(load=(first.command,)).parse_args(argv)


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
    try:
        status = _run(argv)
        sys.stdout.flush()  # a reader that went away shows here, not as Python exits
    except BrokenPipeError:  # `smartdesk quote list | head`: stop quietly, as Unix tools do
        _silence_stdout()
        return EXIT_PIPE_CLOSED
    return status


def _silence_stdout() -> None:
    """Point standard output at the null device, so that Python's own flush at exit
    does not report the closed pipe once more."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):  # no real file (a test's capture)
        pass


def _is_unusable_database(exc: Exception) -> bool:
    """Whether exc is app.db.local's refusal of the device's database, looked up only if a
    command opened one: importing it (SQLAlchemy and SQLCipher) would double the start
    of the commands that need no database."""
    local = sys.modules.get("app.db.local")
    return local is not None and isinstance(exc, local.LocalDatabaseError)


def _run(argv: list[str] | None) -> int:
    try:
        args = parse_arguments(argv)
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
    if args.command is None:  # the window, only loaded when asked for
        from smartdesk_entrypoints.window_modules import import_before_qt

        import_before_qt()
        from ui.application import run_gui

        return run_gui(paths)
    if args.command in NEEDS_DATABASE and not paths.database.is_file():
        where = paths.data_dir if paths.data_dir.is_dir() else f"{paths.data_dir} (no such folder)"
        return _bad_input(
            f"there is no SmartDesk database in {shown(where)}; nothing was done. Check "
            "--data-dir, or make one with `smartdesk demo-data` or by starting SmartDesk."
        )
    from app.logs import stop_logging

    log_file = _start_log(paths, args.command)
    log.info("smartdesk %s", args.command)
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        print("smartdesk: cancelled.", file=sys.stderr)
        return 130
    except BrokenPipeError:  # whoever read the output stopped reading: not a bug
        log.info("standard output was closed by its reader; `smartdesk %s` stopped", args.command)
        raise
    except Exception as exc:
        if _is_unusable_database(exc):
            print(f"smartdesk: {shown(exc)}", file=sys.stderr)
            return EXIT_FAILED
        # a bug: one line here, the (masked) traceback in the log
        log.exception("unexpected error in `smartdesk %s`", args.command)
        where = f"details in {shown(log_file)}" if log_file else "no log was written"
        print(f"smartdesk: unexpected error ({type(exc).__name__}); {where}", file=sys.stderr)
        return EXIT_FAILED
    finally:
        stop_logging()


if __name__ == "__main__":
    sys.exit(main())
