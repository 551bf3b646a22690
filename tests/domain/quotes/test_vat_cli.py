"""`smartdesk vat check`: JSON in, JSON out, exit status 2 on bad input."""

from __future__ import annotations

import io
import json

import pytest

from smartdesk_entrypoints.cli import build_parser

GOOD = {
    "date": "2026-03-15",
    "nature": "service",
    "category": "performance",
    "client": {"kind": "business", "country": "BE", "is_organiser": True},
}


def run_cli(argv: list[str], monkeypatch, capsys, stdin: str | None = None):
    args = build_parser(load=("vat",)).parse_args(argv)
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    status = args.func(args)
    return status, json.loads(capsys.readouterr().out)


def test_one_object_in_gives_one_object_out(tmp_path, monkeypatch, capsys):
    path = tmp_path / "line.json"
    path.write_text(json.dumps(GOOD), encoding="utf-8")
    status, out = run_cli(["vat", "check", str(path)], monkeypatch, capsys)
    assert status == 0
    assert out["treatment"] == "exempt"
    assert out["legal_basis"] == "WBTW art. 44 §2 8°"
    assert set(out) == {
        "treatment",
        "rate",
        "legal_basis",
        "review",
        "likely",
        "reasons",
        "mention",
    }


def test_an_array_in_gives_an_array_out_in_the_same_order(monkeypatch, capsys):
    plants = {**GOOD, "nature": "goods", "category": "plants"}
    status, out = run_cli(
        ["vat", "check", "-"], monkeypatch, capsys, stdin=json.dumps([GOOD, plants])
    )
    assert status == 0
    assert [o["treatment"] for o in out] == ["exempt", "taxable"]
    assert out[1]["rate"] == "6"


def test_bad_input_exits_with_status_two_and_names_the_field(monkeypatch, capsys):
    bad = {**GOOD, "client": {"kind": "business", "country": "Belgium"}}
    status, out = run_cli(["vat", "check", "-"], monkeypatch, capsys, stdin=json.dumps(bad))
    assert status == 2
    assert out["errors"][0]["field"] == "client.country"
    assert out["errors"][0]["message"]


def test_bad_line_in_an_array_is_named_by_its_index(monkeypatch, capsys):
    bad = {**GOOD, "category": "juggling"}
    status, out = run_cli(["vat", "check", "-"], monkeypatch, capsys, stdin=json.dumps([GOOD, bad]))
    assert status == 2
    assert out == {"errors": [{"field": "[1].category", "message": out["errors"][0]["message"]}]}


@pytest.mark.parametrize("text", ["{not json", "", "42", "null"])
def test_text_that_is_not_a_line_exits_with_status_two(text, monkeypatch, capsys):
    status, out = run_cli(["vat", "check", "-"], monkeypatch, capsys, stdin=text)
    assert status == 2
    assert out["errors"]


def test_missing_file_exits_with_status_two(tmp_path, monkeypatch, capsys):
    status, out = run_cli(["vat", "check", str(tmp_path / "none.json")], monkeypatch, capsys)
    assert status == 2
    assert out["errors"][0]["field"] == "FILE"


@pytest.mark.parametrize(
    "text,detail",
    [
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        ('{"date": ' + "9" * 5000 + "}", "4300 digits"),
        ('{"date": "2026-03-15", "facts": {"non_plant_share": ' + "1" * 5000 + "}}", "digits"),
    ],
    ids=["deeply nested", "5000-digit number", "5000-digit share"],
)
def test_json_python_cannot_hold_exits_with_status_two(text, detail, monkeypatch, capsys):
    status, out = run_cli(["vat", "check", "-"], monkeypatch, capsys, stdin=text)
    assert status == 2
    assert out["errors"][0]["field"] == ""
    assert detail in out["errors"][0]["message"]


def test_a_field_name_that_is_not_text_is_named_escaped(monkeypatch, capsys):
    status, out = run_cli(["vat", "check", "-"], monkeypatch, capsys, stdin='{"\\ud800": 1}')
    assert status == 2
    assert {"field": "\ud800", "message": "Unknown field."} in out["errors"]


def test_the_whole_command_line_gives_status_two_and_no_traceback(tmp_path, monkeypatch, capsys):
    from smartdesk_entrypoints.cli import main

    monkeypatch.setattr("sys.stdin", io.StringIO("[" * 50_000))
    assert main(["--data-dir", str(tmp_path), "vat", "check", "-"]) == 2
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    assert json.loads(captured.out)["errors"]
