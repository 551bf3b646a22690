"""Settings, logs and secrets: what the program keeps on the machine and how."""

from __future__ import annotations

import logging

import keyring
import pytest
from keyring.backends import fail

from app.config import (
    KeyringUnavailable,
    Paths,
    Settings,
    load_secret,
    store_secret,
)
from app.logs import mask_insz, setup_logging


def test_data_dir_puts_database_logs_settings_and_attachments_in_one_folder(tmp_path):
    paths = Paths.in_folder(tmp_path / "d")
    paths.ensure()
    assert paths.database.parent == tmp_path / "d"
    assert paths.log_file.is_relative_to(tmp_path / "d")
    assert paths.settings_file.is_relative_to(tmp_path / "d")
    assert paths.attachments.is_dir()


def test_language_choice_is_remembered_and_a_broken_file_falls_back(tmp_path):
    path = tmp_path / "settings.json"
    Settings(language="fr", last_login="adviser.bxl.1").save(path)
    again = Settings.load(path)
    assert (again.language, again.last_login) == ("fr", "adviser.bxl.1")
    path.write_text("{not json", encoding="utf-8")
    assert Settings.load(path).language == "nl"
    path.write_text('{"language": "xx"}', encoding="utf-8")
    assert Settings.load(path).language == "nl"


@pytest.mark.parametrize(
    "text",
    [
        "member 93051822361 called",
        "INSZ 93.05.18-223.61 checked",
        "93-05-18-223-61",
        "93 05 18 223 61",
        "93/05/18-223/61",
        "930518-22361",
    ],
)
def test_national_numbers_are_masked_in_log_lines(text):
    masked = mask_insz(text)
    for separator in ". -/":
        masked = masked.replace(separator, "")
    assert "930518" not in masked and "22361" not in masked


def test_log_file_never_holds_a_national_number(tmp_path):
    paths = Paths.in_folder(tmp_path)
    setup_logging(paths)
    logging.getLogger("smartdesk.test").info("opened member %s", "93051822361")
    for handler in logging.getLogger().handlers:
        handler.flush()
    content = paths.log_file.read_text(encoding="utf-8")
    assert "opened member" in content
    assert "93051822361" not in content


def test_secrets_go_to_the_keyring_and_never_to_a_file(tmp_path):
    store_secret("postgresql://central|adviser.gnt", "s3cret")
    assert load_secret("postgresql://central|adviser.gnt") == "s3cret"
    assert not any(
        "s3cret" in p.read_text(errors="ignore") for p in tmp_path.rglob("*") if p.is_file()
    )


def test_without_a_keyring_backend_the_program_says_so():
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        with pytest.raises(KeyringUnavailable) as failure:
            store_secret("acct", "pw")
        assert failure.value.message_key == "keyring.unavailable"
        with pytest.raises(KeyringUnavailable):
            load_secret("acct")
    finally:
        keyring.set_keyring(previous)
