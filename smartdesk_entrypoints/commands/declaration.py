"""`smartdesk declaration deadline FILE|-`: the declaration deadline for scripts
(checks.md). One JSON object in gives one object out; an array gives an array in the
same order. Bad input exits with status 2 and `{"errors": [{"field", "message"}]}`.
The answer comes from `app.domain.declarations.deadline`, as in the window."""

from __future__ import annotations

import argparse

from smartdesk_entrypoints.json_answers import answer_json


def configure(declaration: argparse.ArgumentParser) -> None:
    commands = declaration.add_subparsers(dest="declaration_command", required=True)
    deadline = commands.add_parser(
        "deadline",
        help="the deadline of declarations given as JSON (one object or an array)",
    )
    deadline.add_argument("file", metavar="FILE", help="JSON file, or - for standard input")
    deadline.set_defaults(func=run_deadline)


def run_deadline(args) -> int:
    from app.domain.declarations.deadline import deadline_from_json, deadlines_from_json
    from app.domain.declarations.errors import DeclarationInputError

    return answer_json(
        args.file,
        one=deadline_from_json,
        many=deadlines_from_json,
        input_error=DeclarationInputError,
    )
