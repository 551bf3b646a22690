"""`smartdesk loan schedule FILE|-`: the loan rules and schedule for scripts (checks.md).

One JSON object in gives one object out; an array gives an array in the same order.
Bad input exits with status 2 and `{"errors": [{"field", "message"}]}` on stdout.
"""

from __future__ import annotations

import argparse

from smartdesk_entrypoints.json_answers import answer_json


def configure(loan: argparse.ArgumentParser) -> None:
    loan_commands = loan.add_subparsers(dest="loan_command", required=True)
    check = loan_commands.add_parser(
        "schedule", help="check loan applications given as JSON and give their schedule"
    )
    check.add_argument("file", metavar="FILE", help="JSON file, or - for standard input")
    check.set_defaults(func=run)


def run(args) -> int:
    from app.domain.loans.loan_check import LoanInputError, check_loan, check_loans

    return answer_json(args.file, one=check_loan, many=check_loans, input_error=LoanInputError)
