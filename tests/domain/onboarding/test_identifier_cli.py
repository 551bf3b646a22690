"""`smartdesk identifier check`: JSON in, JSON out as checks.md shows; exit 2 names
every bad field; an invalid number is an answer (exit 0)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from smartdesk_entrypoints.cli import main

ROOT = Path(__file__).resolve().parents[3]


def run(payload, monkeypatch, capsys, tmp_path):
    path = tmp_path / "in.json"
    path.write_text(json.dumps(payload), encoding="utf-8")
    status = main(["--data-dir", str(tmp_path / "data"), "identifier", "check", str(path)])
    return status, json.loads(capsys.readouterr().out)


def test_one_object_gives_the_answer_of_checks_md(monkeypatch, capsys, tmp_path):
    status, out = run({"kind": "insz", "value": "90031512377"}, monkeypatch, capsys, tmp_path)
    assert status == 0
    assert out == {
        "valid": True,
        "compact": "90031512377",
        "formatted": "90.03.15-123.77",
        "details": {"type": "nn", "birth_date": "1990-03-15", "sex": "M"},
        "warnings": [],
    }


def test_an_array_in_gives_answers_in_the_same_order(monkeypatch, capsys, tmp_path):
    status, out = run(
        [
            {"kind": "be_iban", "value": "DE89370400440532013000"},
            {"kind": "ogm", "value": "000000009797"},
            {"kind": "iban", "value": "BE71 0961 2345 6769"},
            {"kind": "vat", "value": "40303265045", "country": "FR"},
            {"kind": "kbo", "value": "0566.988.258"},
        ],
        monkeypatch,
        capsys,
        tmp_path,
    )
    assert status == 0
    assert [o["valid"] for o in out] == [False, True, True, True, False]
    assert out[0]["error"] == "country" and "BE" in out[0]["message"]
    assert out[1]["details"]["formatted"] == "+++000/0000/09797+++"
    assert out[2]["details"] == {"country": "BE", "bic": "GKCCBEBB"}
    assert out[4]["error"] == "checksum"


def test_bad_input_exits_2_naming_every_bad_field(monkeypatch, capsys, tmp_path):
    status, out = run(
        [
            {"kind": "insz", "value": "93051822361"},
            {"kind": "passport", "value": "x"},
            {"kind": "vat", "value": "123"},
            {"kind": "iban"},
            {"kind": "ogm", "value": 12, "country": "BE"},
        ],
        monkeypatch,
        capsys,
        tmp_path,
    )
    assert status == 2
    assert [e["field"] for e in out["errors"]] == [
        "[1].kind",
        "[2].country",
        "[3].value",
        "[4].value",
        "[4].country",
    ]


def test_standard_input_through_the_real_command(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "smartdesk_entrypoints.cli", "--data-dir", str(tmp_path)]
        + ["identifier", "check", "-"],
        input='{"kind": "insz", "value": "93.02.30-123.71"}',
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["warnings"] == ["insz_day_does_not_exist"]
    assert out["details"]["birth_date"] is None
