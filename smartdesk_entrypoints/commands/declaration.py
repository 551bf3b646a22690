"""`smartdesk declaration deadline FILE|-`: the declaration deadline for scripts
(checks.md). One JSON object in gives one object out; an array gives an array in the
same order. Bad input exits with status 2 and `{"errors": [{"field", "message"}]}`.
The answer comes from `app.domain.declarations.deadline`, as in the window."""

from __future__ import annotations

import json
import sys
from typing import Any

from smartdesk_entrypoints.arguments import EXIT_BAD_INPUT


def register(subparsers) -> None:
    declaration = subparsers.add_parser("declaration", help="accident and insurance declarations")
    commands = declaration.add_subparsers(dest="declaration_command", required=True)
    deadline = commands.add_parser(
        "deadline",
        help="the deadline of declarations given as JSON (one object or an array)",
    )
    deadline.add_argument("file", metavar="FILE", help="JSON file, or - for standard input")
    deadline.set_defaults(func=run_deadline)


def _print(payload: Any) -> None:
    sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")


def _fail(field: str, message: str) -> int:
    _print({"errors": [{"field": field, "message": message}]})
    return EXIT_BAD_INPUT


def run_deadline(args) -> int:
    from app.domain.declarations.deadline import deadline_from_json, deadlines_from_json
    from app.domain.declarations.errors import DeclarationInputError

    try:
        if args.file == "-":
            text = sys.stdin.read()
        else:
            with open(args.file, encoding="utf-8") as handle:
                text = handle.read()
    except (OSError, UnicodeDecodeError) as exc:
        return _fail("FILE", f"The file cannot be read: {exc}")
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, RecursionError, ValueError) as exc:
        return _fail("", f"The input is not valid JSON: {str(exc).split(';')[0]}")
    try:
        if isinstance(data, list):
            _print([answer.to_dict() for answer in deadlines_from_json(data)])
        else:
            _print(deadline_from_json(data).to_dict())
    except DeclarationInputError as exc:
        _print({"errors": [error.to_dict() for error in exc.errors]})
        return EXIT_BAD_INPUT
    return 0
