"""`smartdesk identifier check FILE|-`: the identifier checks for scripts (checks.md).

One JSON object in gives one object out; an array gives an array in the same order.
An invalid number is an answer (exit 0); a question that cannot be asked (a missing or
unknown kind, a value that is not text) exits with status 2 and
`{"errors": [{"field", "message"}]}` naming every bad field. The answers are
`app.domain.identifiers.check_identifier`'s, the same as the member form's.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from smartdesk_entrypoints.arguments import EXIT_BAD_INPUT

_FIELDS = {"kind", "value", "country"}


def configure(identifier: argparse.ArgumentParser) -> None:
    commands = identifier.add_subparsers(dest="identifier_command", required=True)
    check = commands.add_parser(
        "check",
        help="check INSZ, IBAN, KBO, VAT and OGM numbers given as JSON (one object or an array)",
    )
    check.add_argument("file", metavar="FILE", help="JSON file, or - for standard input")
    check.set_defaults(func=run)


def _print(payload: Any) -> None:
    text = json.dumps(payload, ensure_ascii=False, indent=2)
    try:
        text.encode(sys.stdout.encoding or "utf-8")
    except (UnicodeEncodeError, LookupError):
        text = json.dumps(payload, ensure_ascii=True, indent=2)
    sys.stdout.write(text + "\n")


def _problems(question: Any, where: str) -> list[dict]:
    """Every reason this one question cannot be asked, each naming its field."""
    from app.domain.identifiers import KINDS

    def name(field: str) -> str:
        return f"{where}.{field}" if where else field

    if not isinstance(question, dict):
        return [{"field": where, "message": "each question is a JSON object with kind and value"}]
    problems = []
    kind = question.get("kind")
    if "kind" not in question:
        problems.append({"field": name("kind"), "message": "kind is missing"})
    elif kind not in KINDS:
        problems.append(
            {"field": name("kind"), "message": f"kind must be one of {', '.join(KINDS)}"}
        )
    value = question.get("value")
    if "value" not in question:
        problems.append({"field": name("value"), "message": "value is missing"})
    elif not isinstance(value, str) or not value.strip():
        problems.append({"field": name("value"), "message": "value must be non-empty text"})
    if kind == "vat":
        country = question.get("country")
        if not isinstance(country, str) or len(country.strip()) != 2:
            problems.append(
                {
                    "field": name("country"),
                    "message": "country is required for kind vat: a two-letter code such as FR",
                }
            )
    elif "country" in question:
        problems.append({"field": name("country"), "message": "country is only for kind vat"})
    for field in sorted(set(question) - _FIELDS):
        problems.append({"field": name(field), "message": f"unknown field {field!r}"})
    return problems


def _answer(question: dict) -> dict:
    from app.domain.identifiers import check_identifier

    return check_identifier(
        question["kind"], question["value"], country=question.get("country")
    ).to_dict()


def run(args) -> int:
    try:
        if args.file == "-":
            text = sys.stdin.read()
        else:
            with open(args.file, encoding="utf-8") as handle:
                text = handle.read()
    except (OSError, UnicodeDecodeError) as exc:
        _print({"errors": [{"field": "FILE", "message": f"cannot read the file: {exc}"}]})
        return EXIT_BAD_INPUT
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as exc:
        _print({"errors": [{"field": "", "message": f"not valid JSON: {exc}"}]})
        return EXIT_BAD_INPUT
    questions = data if isinstance(data, list) else [data]
    problems = []
    for index, question in enumerate(questions):
        problems += _problems(question, f"[{index}]" if isinstance(data, list) else "")
    if problems:
        _print({"errors": problems})
        return EXIT_BAD_INPUT
    answers = [_answer(question) for question in questions]
    _print(answers if isinstance(data, list) else answers[0])
    return 0
