"""`smartdesk quote list` and `smartdesk quote send` (issue 14, point 7): scriptable
quotes, the same service as the window's Send, exit 2 on bad input."""

from __future__ import annotations

import json
import re
from decimal import Decimal

import pytest

from app.services.quotes.quotes import LineInput, add_line, create_quote
from smartdesk_entrypoints.cli import main
from tests.sync.test_offline_numbers import gent_desk, series_of


@pytest.fixture
def desk(central):
    device = central.device("gnt1")
    activity, client = gent_desk(central)
    ctx = device.ctx()
    quote = create_quote(ctx, activity, client)
    add_line(ctx, quote, LineInput("Affiche", "design_service", Decimal("2"), Decimal("50.00")))
    return device, quote


def run(device, capsys, *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    status = main(["--data-dir", str(device.paths.data_dir), "quote", *argv])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return status, out, err


def test_quote_send_numbers_in_the_device_series_and_list_shows_it(desk, capsys):
    device, quote = desk
    status, out, _ = run(device, capsys, "list", "--state", "draft", "--json")
    assert status == 0
    drafts = {q["id"]: q for q in json.loads(out)}
    assert drafts[quote]["number"] is None and drafts[quote]["total"] == "121.00"

    status, out, _ = run(device, capsys, "send", quote, "--user", device.login)

    assert status == 0
    number = out.strip()
    assert re.fullmatch(rf"GNT-\d{{4}}-{series_of(device):03d}-00001", number)
    status, out, _ = run(device, capsys, "list", "--state", "sent")
    line = next(line for line in out.splitlines() if line.startswith(quote))
    assert line.split("\t")[1:3] == [number, "sent"]
    assert line.split("\t")[4] == "121.00"


@pytest.mark.parametrize(
    "argv, said",
    [
        (["send", "not-an-id", "--user", "{login}"], "is not a quote id"),
        (["send", "{quote}", "--user", "nobody"], "no user 'nobody'"),
        (["send", "00000000-0000-0000-0000-000000000000", "--user", "{login}"], "no longer"),
        (["send", "{quote}"], "required: --user"),
        (["list", "--state", "posted"], "invalid choice"),
    ],
)
def test_bad_input_exits_2_says_why_and_sends_nothing(desk, capsys, argv, said):
    device, quote = desk
    argv = [a.format(login=device.login, quote=quote) for a in argv]
    status, _out, err = run(device, capsys, *argv)
    assert status == 2
    assert said in err
    assert device.scalar("SELECT state FROM quotes WHERE id = :i", i=quote.replace("-", "")) == (
        "draft"
    )
