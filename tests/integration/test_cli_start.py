"""How the `smartdesk` command starts and stops (issue 8): a sub-command imports only its
own module, so a JSON check does not wait for the database layer, and a reader that
stops reading (`smartdesk quote list | head`) ends the command quietly, as a Unix tool
ends, instead of with a traceback or an "unexpected error"."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from smartdesk_entrypoints.cli import COMMANDS, EXIT_PIPE_CLOSED, build_parser, main

#: prints the modules a command run left loaded (in a fresh interpreter)
LOADED_AFTER = (
    "import sys\n"
    "from smartdesk_entrypoints.cli import main\n"
    "main(sys.argv[1:])\n"
    "print(sorted(sys.modules), file=sys.stderr)\n"
)


def _modules_loaded_by(*argv: str, stdin: str = "") -> list[str]:
    result = subprocess.run(
        [sys.executable, "-c", LOADED_AFTER, *argv],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )
    return json.loads(result.stderr.strip().splitlines()[-1].replace("'", '"'))


@pytest.mark.parametrize(
    "argv",
    [
        ("identifier", "check", "-"),
        ("vat", "check", "-"),
        ("--version",),
        ("--help",),
    ],
)
def test_a_check_or_the_help_loads_neither_the_database_layer_nor_other_commands(argv):
    loaded = _modules_loaded_by(*argv, stdin='{"kind": "ogm", "value": "+++090/9337/55493+++"}')
    assert not [m for m in loaded if m.split(".")[0] in {"sqlalchemy", "PySide6", "reportlab"}]
    commands = {m.rsplit(".", 1)[1] for m in loaded if m.startswith("smartdesk_entrypoints.com")}
    asked = {module for name, (module, _help) in COMMANDS.items() if name in argv}
    assert commands - {"commands"} == asked


def test_the_help_lists_every_command_with_its_line_and_each_command_its_own_options(capsys):
    assert main(["--help"]) == 0
    listing = capsys.readouterr().out
    for name, (_module, help_line) in COMMANDS.items():
        assert name in listing and help_line.split()[0] in listing
    assert main(["quote", "list", "--help"]) == 0
    assert "--state" in capsys.readouterr().out
    assert main(["--data-dir", "/nonexistent", "demo-data", "--help"]) == 0
    assert "PIN 1234" in capsys.readouterr().out


def test_a_mistyped_command_is_refused_with_the_list_of_commands(capsys):
    assert main(["quotes", "list"]) == 2
    err = capsys.readouterr().err
    assert "invalid choice: 'quotes'" in err and "'quote'" in err and "'demo-data'" in err


def test_every_command_of_the_table_has_its_module_and_the_full_parser_has_them_all():
    parser = build_parser()
    commands = next(a for a in parser._actions if a.dest == "command")
    assert list(commands.choices) == list(COMMANDS)
    assert all(sub._actions for sub in commands.choices.values())


@pytest.mark.parametrize("argv", [("identifier", "check", "-"), ("--version",)])
def test_a_reader_that_stops_reading_ends_the_command_quietly(argv):
    process = subprocess.Popen(
        [sys.executable, "-m", "smartdesk_entrypoints.cli", *argv],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    process.stdout.close()  # the reader is gone before the first line is written
    questions = [{"kind": "ogm", "value": "+++090/9337/55493+++"}] * 2_000
    _out, err = process.communicate(json.dumps(questions).encode(), timeout=120)
    assert err.decode() == ""
    assert process.returncode == EXIT_PIPE_CLOSED
