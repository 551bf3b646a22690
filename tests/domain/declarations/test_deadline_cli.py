"""`smartdesk declaration deadline FILE|-` (checks.md): JSON in, JSON out, exit 2 on bad
input naming every bad field as `[i].field`; a late declaration is an answer (exit 0)."""

from __future__ import annotations

import io
import json

from smartdesk_entrypoints.cli import build_parser


def run_cli(argv, monkeypatch, capsys, stdin=None):
    args = build_parser(load=("declaration",)).parse_args(argv)
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    status = args.func(args)
    return status, json.loads(capsys.readouterr().out)


def test_one_object_from_a_file_gives_the_fields_of_checks_md(tmp_path, monkeypatch, capsys):
    path = tmp_path / "q.json"
    path.write_text(
        json.dumps({"kind": "accident", "event_date": "2025-01-25", "filing_date": "2025-01-27"})
    )
    status, out = run_cli(["declaration", "deadline", str(path)], monkeypatch, capsys)
    assert status == 0
    assert out == {
        "base_date": "2025-01-25",
        "deadline": "2025-02-02",
        "days_left": 6,
        "on_time": True,
        "late_by_days": 0,
        "warnings": ["deadline_not_working_day"],
        "prescribed": False,
    }


def test_a_late_declaration_is_an_answer_not_an_error(monkeypatch, capsys):
    question = [
        {"kind": "accident", "event_date": "2025-03-03", "filing_date": "2025-03-14"},
        {"kind": "claim", "event_date": "2025-11-20", "filing_date": "2025-11-21",
         "policy_delay_days": 30},
    ]  # fmt: skip
    status, out = run_cli(
        ["declaration", "deadline", "-"], monkeypatch, capsys, stdin=json.dumps(question)
    )
    assert status == 0
    assert [o["deadline"] for o in out] == ["2025-03-11", "2025-12-20"]
    assert out[0]["on_time"] is False and out[0]["late_by_days"] == 3


def test_bad_input_exits_2_and_names_every_bad_field(monkeypatch, capsys):
    question = [
        {"kind": "accident", "event_date": "2025-03-03"},
        {"kind": "accident", "event_date": "2025-03-03", "filing_date": "2025-03-01"},
        {"kind": "accident", "event_date": "2999-01-01"},
        {"kind": "fire", "event_date": "2025-02-30"},
        {"kind": "claim", "event_date": "2025-03-03", "policy_delay_days": "8"},
    ]
    status, out = run_cli(
        ["declaration", "deadline", "-"], monkeypatch, capsys, stdin=json.dumps(question)
    )
    assert status == 2
    fields = [error["field"] for error in out["errors"]]
    assert fields == [
        "[1].filing_date",
        "[2].event_date",
        "[3].kind",
        "[3].event_date",
        "[4].policy_delay_days",
    ]
    assert all(error["message"] for error in out["errors"])


def test_not_json_exits_2(monkeypatch, capsys):
    status, out = run_cli(["declaration", "deadline", "-"], monkeypatch, capsys, stdin="{nope")
    assert status == 2
    assert out["errors"][0]["field"] == ""
