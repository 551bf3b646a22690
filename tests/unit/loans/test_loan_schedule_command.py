"""`smartdesk loan schedule FILE|-` as checks.md specifies."""

from __future__ import annotations

import io
import json

from smartdesk_entrypoints.cli import main


def _run(monkeypatch, capsys, payload) -> tuple[int, object]:
    monkeypatch.setattr("sys.stdin", io.StringIO(json.dumps(payload)))
    capsys.readouterr()
    status = main(["loan", "schedule", "-"])
    return status, json.loads(capsys.readouterr().out)


REQUEST = {
    "amount": "4671.00",
    "months": 24,
    "purpose": "professional_equipment",
    "first_due": "2026-01-31",
    "outstanding_same_project": "0.00",
}


def test_one_request_gives_its_schedule_as_strings(monkeypatch, capsys):
    status, out = _run(monkeypatch, capsys, REQUEST)
    assert status == 0
    assert out["decision"] == "to_review" and out["reasons"] == []
    assert out["total"] == "4671.00"
    assert out["instalments"][0] == {
        "n": 1,
        "due": "2026-01-31",
        "amount": "194.62",
        "balance_after": "4476.38",
    }
    assert out["instalments"][1]["due"] == "2026-02-28"
    assert out["instalments"][-1] == {
        "n": 24,
        "due": "2027-12-31",
        "amount": "194.74",
        "balance_after": "0.00",
    }


def test_a_rejection_is_an_answer_with_its_reasons(monkeypatch, capsys):
    over = dict(REQUEST, amount="23000.00", outstanding_same_project="2000.01")
    status, out = _run(monkeypatch, capsys, [REQUEST, over])
    assert status == 0
    assert out[0]["decision"] == "to_review"
    assert out[1]["decision"] == "rejected"
    assert out[1]["instalments"] == []
    assert "25000.00" in out[1]["reasons"][0]


def test_bad_input_exits_2_naming_every_bad_field(monkeypatch, capsys):
    bad = dict(REQUEST, amount=4671.5, purpose="holiday")
    status, out = _run(monkeypatch, capsys, [REQUEST, {}, bad])
    assert status == 2
    fields = [e["field"] for e in out["errors"]]
    assert fields == [
        "[1].amount",
        "[1].months",
        "[1].first_due",
        "[1].purpose",
        "[2].amount",
        "[2].purpose",
    ]
    status, out = _run(monkeypatch, capsys, dict(REQUEST, amount="12,50"))
    assert status == 2 and out["errors"][0]["field"] == "amount"
