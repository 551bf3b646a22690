"""`smartdesk loan schedule FILE|-`: the loan rules and schedule for scripts (checks.md).

One JSON object in gives one object out; an array gives an array in the same order.
Bad input exits with status 2 and `{"errors": [{"field", "message"}]}` on stdout.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from smartdesk_entrypoints.arguments import EXIT_BAD_INPUT


def register(subparsers) -> None:
    loan = subparsers.add_parser("loan", help="interest-free loans")
    loan_commands = loan.add_subparsers(dest="loan_command", required=True)
    check = loan_commands.add_parser(
        "schedule", help="check loan applications given as JSON and give their schedule"
    )
    check.add_argument("file", metavar="FILE", help="JSON file, or - for standard input")
    check.set_defaults(func=run)


def _print(payload: Any) -> None:
    sys.stdout.write(json.dumps(payload, ensure_ascii=True, indent=2) + "\n")


def _fail(field: str, message: str) -> int:
    _print({"errors": [{"field": field, "message": message}]})
    return EXIT_BAD_INPUT


def run(args) -> int:
    from app.domain.loans.loan_check import LoanInputError, check_loan, check_loans

    try:
        if args.file == "-":
            text = sys.stdin.read()
        else:
            with open(args.file, encoding="utf-8") as handle:
                text = handle.read()
    except (OSError, UnicodeDecodeError) as exc:
        return _fail("FILE", f"cannot read the file: {exc}")
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, RecursionError, ValueError) as exc:
        return _fail("", f"not valid JSON: {str(exc).split(';')[0]}")
    try:
        if isinstance(data, list):
            _print([result.to_dict() for result in check_loans(data)])
        else:
            _print(check_loan(data).to_dict())
    except LoanInputError as exc:
        _print({"errors": [error.to_dict() for error in exc.errors]})
        return EXIT_BAD_INPUT
    return 0
