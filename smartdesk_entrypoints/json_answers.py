"""The shape every JSON check on the command line shares (checks.md, vat-check.md):
read one object or an array from FILE or standard input, answer each in order, print
JSON; bad input exits with status 2 and `{"errors": [{"field", "message"}]}` naming
every bad field. The answers themselves come from the domain, never from here."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import Any

from smartdesk_entrypoints.arguments import EXIT_BAD_INPUT


def print_json(payload: Any) -> None:
    sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")


def refuse(field: str, message: str) -> int:
    print_json({"errors": [{"field": field, "message": message}]})
    return EXIT_BAD_INPUT


def read_json(file: str) -> tuple[Any, int | None]:
    """The JSON in FILE (`-`: standard input), or (None, exit status) once refused."""
    try:
        if file == "-":
            text = sys.stdin.read()
        else:
            with open(file, encoding="utf-8") as handle:
                text = handle.read()
    except (OSError, UnicodeDecodeError) as exc:
        return None, refuse("FILE", f"The file cannot be read: {exc}")
    try:
        return json.loads(text), None
    except (json.JSONDecodeError, RecursionError, ValueError) as exc:
        return None, refuse("", f"The input is not valid JSON: {str(exc).split(';')[0]}")


def answer_json(
    file: str,
    one: Callable[[Any], Any],
    many: Callable[[list], list],
    input_error: type[Exception],
) -> int:
    """Answer the question(s) in FILE with the domain's `one`/`many` (answers with
    `to_dict()`); `input_error` (with `errors`, each with `to_dict()`) is bad input."""
    data, refused = read_json(file)
    if refused is not None:
        return refused
    try:
        if isinstance(data, list):
            print_json([answer.to_dict() for answer in many(data)])
        else:
            print_json(one(data).to_dict())
    except input_error as exc:
        print_json({"errors": [error.to_dict() for error in exc.errors]})
        return EXIT_BAD_INPUT
    return 0
