"""What every sub-command shares with the `smartdesk` command itself: the exit statuses,
the data folder named by `--data-dir`, and printing what someone typed.

Kept apart from `smartdesk_entrypoints.cli` so that a sub-command never imports the command that
loads it (the import-rules test refuses that loop).
"""

from __future__ import annotations

import argparse

from app.config import Paths

EXIT_FAILED = 1
EXIT_BAD_INPUT = 2


def paths_from(args: argparse.Namespace) -> Paths:
    """The folders `--data-dir` names, or the user's own folders without it."""
    return Paths.in_folder(args.data_dir) if args.data_dir else Paths.default()


def shown(value: object) -> str:
    """A value (a path, a name someone typed) as text any terminal can print: bytes that
    are not UTF-8 (a surrogate-escaped file name) are shown as escapes."""
    return str(value).encode("utf-8", "backslashreplace").decode("utf-8")
