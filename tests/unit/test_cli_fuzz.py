"""Whatever is typed after `smartdesk`, the command answers with exit status 0, 1 or 2,
never a traceback and never "unexpected error" (issue 7, point 11).

Random argument lists are built from the real parser (its sub-commands, options and
choices, read from `smartdesk_entrypoints.cli.build_parser`) mixed with random text, numbers of thousands
of digits and URLs, and random JSON goes to standard input and to a file. Every run is
in-process, with `--data-dir` in a temporary folder (empty, missing, or a copy of a
small demo database) and the working directory in a temporary folder, so nothing
reaches the user's folders. URLs only ever name 127.0.0.1 on a closed port. The window
and `screenshot` (they start Qt) are left out.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import shutil
import socket
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st

from smartdesk_entrypoints.cli import build_parser, main

SKIPPED = {"screenshot"}  # starts Qt; its errors are tested in tests/gui
SLOW_CHOICES = {"office", "national"}  # demo-data scales that take minutes
SLOW_OPTIONS = {"--replace"}  # demo-data writes its data only into a fresh folder or with it


@dataclass(frozen=True)
class Leaf:
    """One runnable sub-command: its words, its options and its positionals."""

    words: tuple[str, ...]
    options: tuple[tuple[str, int, tuple[str, ...], bool], ...]  # flag, values, choices, required
    positionals: tuple[tuple[str, ...], ...]  # choices of each ((): free text)


def _subparsers(parser: argparse.ArgumentParser):
    return [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]


def _leaves(parser: argparse.ArgumentParser, words: tuple[str, ...] = ()) -> list[Leaf]:
    nested = _subparsers(parser)
    if nested:
        return [
            leaf
            for name, sub in nested[0].choices.items()
            if name not in SKIPPED
            for leaf in _leaves(sub, (*words, name))
        ]
    options, positionals = [], []
    for action in parser._actions:
        choices = tuple(str(c) for c in action.choices or () if str(c) not in SLOW_CHOICES)
        if action.option_strings:
            if isinstance(action, argparse._HelpAction) or SLOW_OPTIONS & set(
                action.option_strings
            ):
                continue
            takes = 0 if action.nargs == 0 else 1
            flag = max(action.option_strings, key=len)  # --user rather than -u
            options.append((flag, takes, choices, action.required))
        else:
            positionals.append(choices)
    return [Leaf(words, tuple(options), tuple(positionals))]


PARSER = build_parser()
LEAVES = _leaves(PARSER)
#: the commands that read JSON get it more often (they are the ones random JSON reaches)
WEIGHTED_LEAVES = [
    leaf for leaf in LEAVES for _ in range(4 if leaf.words == ("vat", "check") else 1)
]
VOCABULARY = sorted(
    {w for leaf in LEAVES for w in leaf.words}
    | {option[0] for leaf in LEAVES for option in leaf.options}
    | {c for leaf in LEAVES for option in leaf.options for c in option[2]}
)


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


CLOSED_PORT = _closed_port()
QUOTE = "{quote}"  # replaced by the number of a quote of the demo database
SAFE_URL_PREFIX = "postgresql+psycopg://"

# what a shell can pass: any text but NUL, and bytes that are not UTF-8 (surrogate-escaped)
words = st.text(
    alphabet=st.characters(codec="utf-8", exclude_characters="\x00") | st.sampled_from("é€\udce9"),
    max_size=30,
)
huge_numbers = st.integers(min_value=1, max_value=6000).map(lambda n: "9" * n)
local_urls = st.builds(
    lambda user, db, query: (
        f"{SAFE_URL_PREFIX}{quote(user, safe='', errors='surrogateescape')}@127.0.0.1:{CLOSED_PORT}/"
        f"{quote(db, safe='', errors='surrogateescape')}{query}"
    ),
    words,
    words,
    st.sampled_from(
        ["", "?sslmode=disable", "?password=s3cret", "?connect_timeout=1", "?password=a%00b"]
    ),
)
values = st.one_of(
    words,
    huge_numbers,
    local_urls,
    st.sampled_from(["-", "line.json", "out.pdf", QUOTE, "admin", "BXL", "1.5"]),
    st.sampled_from(VOCABULARY),
)

#: a positional is as often the JSON file, standard input or a quote's number as anything
positionals = st.one_of(st.sampled_from(["-", "line.json", QUOTE]), values)


def _safe(token: str) -> str:
    """Keep a generated token inside the test: URLs point at 127.0.0.1, paths stay
    relative to the temporary working folder."""
    if "://" in token or token.lower().startswith(("postgres", "host=")):
        return f"{SAFE_URL_PREFIX}x@127.0.0.1:{CLOSED_PORT}/x"
    if token.startswith(("/", "~")):
        token = "./" + token.lstrip("/~")
    return token.replace("..", "__")


@st.composite
def argument_lists(draw) -> list[str]:
    """Mostly well-formed calls with random values (so the commands themselves run),
    now and then a missing or stray word, or the words in a random order."""
    leaf = draw(st.sampled_from(WEIGHTED_LEAVES))
    tokens = list(leaf.words)
    for choices in leaf.positionals:
        if draw(st.integers(0, 9)):
            tokens.append(draw(st.sampled_from(choices) if choices else positionals))
    for flag, takes, choices, required in leaf.options:
        if draw(st.integers(0, 9)) < (9 if required else 3):
            tokens.append(flag)
            if takes:
                tokens.append(draw(st.sampled_from(choices) if choices else values))
    if draw(st.integers(0, 4)) == 0:
        tokens.append(draw(values))
    if draw(st.integers(0, 7)) == 0:
        tokens = draw(st.permutations(tokens))
    return [_safe(token) for token in tokens]


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | words,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(words, inner, max_size=4),
    max_leaves=12,
)
line_like = st.fixed_dictionaries(
    {
        "date": st.sampled_from(["2026-03-15", "2026-02-30", "1900-01-01"]) | json_values,
        "nature": st.sampled_from(["service", "goods"]) | json_values,
        "category": st.sampled_from(["performance", "plants", "design_service"]) | json_values,
        "client": st.fixed_dictionaries(
            {"kind": st.sampled_from(["business", "private"]), "country": words}
        )
        | json_values,
    },
    optional={"facts": st.dictionaries(words, json_values, max_size=3), "lang": words},
)
json_texts = st.one_of(
    json_values.map(json.dumps),
    line_like.map(json.dumps),
    st.lists(line_like, max_size=3).map(json.dumps),
    st.integers(1, 200_000).map(lambda n: "[" * n),
    st.integers(1, 200_000).map(lambda n: '{"a": ' * n + "1" + "}" * n),
    huge_numbers.map(lambda digits: '{"date": ' + digits + "}"),
    huge_numbers.map(lambda digits: '[{"facts": {"non_plant_share": 0.' + digits + "}}]"),
    words,
)


def _run(argv: list[str], stdin_text: str) -> tuple[int, str, str]:
    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")  # like a terminal: strict
    err = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="backslashreplace")
    stdin = io.StringIO(stdin_text)
    with (
        contextlib.redirect_stdout(out),
        contextlib.redirect_stderr(err),
        pytest.MonkeyPatch.context() as patch,
    ):
        patch.setattr("sys.stdin", stdin)
        status = main(argv)
    out.flush()
    err.flush()
    return status, out.buffer.getvalue().decode(), err.buffer.getvalue().decode()


def _parsed(argv: list[str]) -> argparse.Namespace | None:
    with contextlib.redirect_stderr(io.StringIO()), contextlib.redirect_stdout(io.StringIO()):
        try:
            return PARSER.parse_args(argv)
        except SystemExit:
            return None


@settings(
    max_examples=int(os.environ.get("SMARTDESK_FUZZ_EXAMPLES", "120")),
    deadline=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate]
    if os.environ.get("SMARTDESK_FUZZ_NO_SHRINK")
    else list(Phase),
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@example(arguments=["vat", "check", "-"], stdin_text="[" * 100_000, folder_kind="missing")
@example(
    arguments=["vat", "check", "line.json"],
    stdin_text='{"date": ' + "9" * 5000 + "}",  # beyond the int conversion limit
    folder_kind="empty",
)
@example(
    arguments=["quote", "pdf", QUOTE, "--out", "line.json/q.pdf"],
    stdin_text="",
    folder_kind="database",
)
@given(
    arguments=argument_lists(),
    stdin_text=json_texts,
    folder_kind=st.sampled_from(["missing", "empty", "database", "database"]),
)
def test_any_command_line_ends_in_0_1_or_2_without_a_traceback(
    arguments,
    stdin_text,
    folder_kind,
    tmp_path,
    monkeypatch,
    memory_keyring,
    demo_source,
    quote_number,
):
    parsed = _parsed(["--data-dir", "data", *arguments])
    if parsed is not None and (parsed.command is None or parsed.data_dir != "data"):
        return  # the window, or a --data-dir of its own: not for this test
    if parsed is not None and parsed.command == "demo-data":
        folder_kind = "database"  # it refuses to write (a second), it does not fill (seconds)
    run = tmp_path / f"run-{os.urandom(6).hex()}"
    run.mkdir()
    data_dir = run / "data"
    if folder_kind == "empty":
        data_dir.mkdir()
    elif folder_kind == "database":
        shutil.copytree(demo_source, data_dir)
    (run / "line.json").write_text(stdin_text, encoding="utf-8", errors="surrogatepass")
    argv = ["--data-dir", str(data_dir), *(a.replace(QUOTE, quote_number) for a in arguments)]
    monkeypatch.chdir(run)
    monkeypatch.setenv("SMARTDESK_CENTRAL_URL", f"{SAFE_URL_PREFIX}x@127.0.0.1:{CLOSED_PORT}/x")
    keys = dict(memory_keyring.passwords)
    try:
        status, _out, err = _run(argv, stdin_text)
    finally:
        memory_keyring.passwords.clear()
        memory_keyring.passwords.update(keys)
    assert status in (0, 1, 2), (argv, err)
    assert "Traceback" not in err, (argv, err)
    assert "unexpected error" not in err, (argv, err)
    shutil.rmtree(run, ignore_errors=True)


@pytest.fixture
def demo_source(demo_db) -> Path:
    """A small demo database (tests/conftest.py), copied afresh for each example."""
    return demo_db.paths.data_dir


@pytest.fixture
def quote_number(demo_db) -> str:
    from sqlalchemy import select

    from app.db.models import Quote

    with demo_db.db.reading() as session:
        number = session.scalar(select(Quote.number).where(Quote.number.is_not(None)).limit(1))
    return number or "BXL-2026-000001"


def test_the_fuzz_knows_every_sub_command_but_the_window_ones():
    commands = {leaf.words[0] for leaf in LEAVES}
    assert {"vat", "quote", "stats", "demo-data", "central", "connect", "sync"} <= commands
    assert "screenshot" not in commands
    assert "--scale" in VOCABULARY and "national" not in VOCABULARY
