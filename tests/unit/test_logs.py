"""The log file never holds a national number: not in a message, not in its arguments,
not in a traceback, whatever way the number is written (issue 7, point 8)."""

from __future__ import annotations

import logging
import re

import pytest
import sqlalchemy as sa

from app.config import Paths
from app.logs import mask_insz, setup_logging, stop_logging

#: one valid national number (stdnum be.nn), in every way people write it
FORMS = [
    "93051822361",
    "93.05.18-223.61",
    "930518-22361",
    "93 05 18 223 61",
    "93/05/18-223/61",
    "93.05.18 - 223.61",
    "93-05-18-223-61",
    "930518 223 61",
]

log = logging.getLogger("smartdesk.test.logs")


@pytest.fixture
def log_file(tmp_path):
    paths = Paths.in_folder(tmp_path)
    setup_logging(paths)
    yield lambda: _read(paths)
    stop_logging()


def _read(paths: Paths) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return paths.log_file.read_text(encoding="utf-8")


def _between(content: str, before: str, after: str) -> list[str]:
    found = re.findall(re.escape(before) + r"(.*?)" + re.escape(after), content)
    assert found, f"{before!r}…{after!r} not in the log"
    return found


@pytest.mark.parametrize("form", FORMS)
def test_a_national_number_in_the_message_leaves_no_digit_in_the_log(log_file, form):
    log.info(f"opened member <{form}> today")
    assert all(not re.search(r"\d", text) for text in _between(log_file(), "member <", ">"))


@pytest.mark.parametrize("form", FORMS)
def test_a_national_number_in_the_arguments_leaves_no_digit_in_the_log(log_file, form):
    log.warning("opened member <%s> of office %s", form, "BXL")
    assert all(not re.search(r"\d", text) for text in _between(log_file(), "member <", ">"))


@pytest.mark.parametrize("form", FORMS)
def test_a_national_number_in_a_logged_traceback_leaves_no_digit_in_the_log(log_file, form):
    try:
        raise ValueError(f"member <{form}> refused")
    except ValueError:
        log.exception("saving failed")
    content = log_file()
    assert "Traceback" in content and "saving failed" in content
    assert all(not re.search(r"\d", text) for text in _between(content, "member <", ">"))


def _insz_93051822361_in_a_function_name() -> None:
    log.warning("where am I", stack_info=True)


def test_a_national_number_in_stack_info_is_masked(log_file):
    _insz_93051822361_in_a_function_name()
    content = log_file()
    assert "Stack (most recent call last)" in content
    assert "93051822361" not in content
    assert "_insz_**.**.**-***.**_in_a_function_name" in content


def test_sql_parameters_of_an_integrity_error_do_not_leak(log_file):
    # an engine WITHOUT hide_parameters: the handler masks even when the engine does not
    engine = sa.create_engine("sqlite://")
    members = sa.Table(
        "members",
        sa.MetaData(),
        sa.Column("insz", sa.String, unique=True),
        sa.Column("n", sa.Integer),
    )
    members.metadata.create_all(engine)
    with engine.begin() as conn:
        conn.execute(members.insert(), {"insz": "93.05.18-223.61", "n": 1})
    with pytest.raises(sa.exc.IntegrityError) as failure:
        with engine.begin() as conn:
            conn.execute(members.insert(), {"insz": "93.05.18-223.61", "n": 2})
    assert "93.05.18-223.61" in str(failure.value)  # the exception itself carries it
    log.error("could not add the member", exc_info=failure.value)
    content = log_file()
    assert "IntegrityError" in content and "[parameters:" in content
    assert "93.05.18-223.61" not in content
    assert "**.**.**-***.**" in content
    engine.dispose()


def test_a_mistyped_national_number_is_masked_too(log_file):
    log.info("INSZ %s does not pass the checksum", "93051822399")
    assert "93051822399" not in log_file()


@pytest.mark.parametrize(
    "text",
    [
        "IBAN BE71096123456769",
        "IBAN BE71 0961 2345 6769",
        "amount 1234567.89 EUR",
        "phone +32 470 12 34 56",
        "quote BXL-2026-000123",
        "member number 123456789012",
        "device 3f2a1b4c-1234-5678-9012-345678901234",
    ],
)
def test_other_numbers_stay_readable(log_file, text):
    log.info(text)
    assert text in log_file()


def test_a_record_that_cannot_be_formatted_is_kept_masked_without_a_traceback(log_file, capsys):
    log.info("member %d", "93051822361")
    content = log_file()
    assert "member %d" in content
    assert "93051822361" not in content
    assert "Traceback" not in capsys.readouterr().err


def test_lists_keep_the_two_check_digits_logs_keep_none():
    assert mask_insz("93.05.18-223.61") == "**.**.**-***.61"
    assert mask_insz("93.05.18-223.61", keep_check_digits=False) == "**.**.**-***.**"
