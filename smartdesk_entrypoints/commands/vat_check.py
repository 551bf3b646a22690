"""`smartdesk vat check FILE|-`: the VAT check for scripts (vat-check.md).

One JSON object in gives one object out; an array gives an array in the same order.
Bad input exits with status 2 and `{"errors": [{"field", "message"}]}` on stdout.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from smartdesk_entrypoints.arguments import EXIT_BAD_INPUT


def configure(vat: argparse.ArgumentParser) -> None:
    vat_commands = vat.add_subparsers(dest="vat_command", required=True)
    check = vat_commands.add_parser(
        "check", help="check quote lines given as JSON (one object or an array)"
    )
    check.add_argument("file", metavar="FILE", help="JSON file, or - for standard input")
    check.set_defaults(func=run)


def _print(payload: Any) -> None:
    text = json.dumps(payload, ensure_ascii=False, indent=2)
    try:
        text.encode(sys.stdout.encoding or "utf-8")
    except (UnicodeEncodeError, LookupError):  # text this terminal cannot show: escape it
        text = json.dumps(payload, ensure_ascii=True, indent=2)
    sys.stdout.write(text + "\n")


def _fail(field: str, key: str, detail: str) -> int:
    from app.domain.quotes.vat_rules import rulebook

    message = rulebook().messages[key]["en"].format(detail=detail)
    _print({"errors": [{"field": field, "message": message}]})
    return EXIT_BAD_INPUT


def run(args) -> int:
    from app.domain.quotes.vat import check_line, check_lines
    from app.domain.quotes.vat_errors import VatInputError

    try:
        if args.file == "-":
            text = sys.stdin.read()
        else:
            with open(args.file, encoding="utf-8") as handle:
                text = handle.read()
    except (OSError, UnicodeDecodeError) as exc:
        return _fail("FILE", "file_unreadable", str(exc))
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        return _fail("", "invalid_json", str(exc))
    except RecursionError:
        return _fail("", "invalid_json", "arrays or objects nested too deeply")
    except ValueError as exc:  # a number beyond Python's limit on integer digits
        return _fail("", "invalid_json", str(exc).split(";")[0])
    try:
        if isinstance(data, list):
            _print([result.to_dict() for result in check_lines(data)])
        else:
            _print(check_line(data).to_dict())
    except VatInputError as exc:
        _print({"errors": [error.to_dict() for error in exc.errors]})
        return EXIT_BAD_INPUT
    return 0
