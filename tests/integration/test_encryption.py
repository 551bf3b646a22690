"""The device's database is encrypted at rest (SQLCipher): its key in the keyring or from a
passphrase, clear databases converted on first start, rekey and wipe."""

from __future__ import annotations

import hashlib
import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import keyring
import pytest
import sqlalchemy as sa
from keyring.backends import fail

from app.config import KEYRING_SERVICE, Paths
from app.db import encryption
from app.db.engine import Database, make_engine, sqlite_url
from app.db.local import LocalDatabaseError, open_local
from app.db.migrate import upgrade
from smartdesk_entrypoints.cli import main
from tests.integration.conftest import add_member

DATA = Path(__file__).parent.parent / "data"
INSZ = "93051822361"  # the one add_member gives
PASSPHRASE = "correct horse battery staple"


@pytest.fixture(autouse=True)
def fresh_process(monkeypatch):
    """As in a new process: no key known yet, no passphrase in the environment."""
    monkeypatch.setattr(encryption, "_opened", {})
    monkeypatch.delenv(encryption.PASSPHRASE_VARIABLE, raising=False)


@pytest.fixture
def no_keyring():
    keyring.set_keyring(fail.Keyring())  # the autouse fixture puts the memory one back


def database_keys(backend) -> dict[str, str]:
    return {
        account: secret
        for (service, account), secret in backend.passwords.items()
        if service == KEYRING_SERVICE and account.startswith("database:")
    }


def on_disk(paths: Paths) -> bytes:
    return b"".join(
        Path(f"{paths.database}{suffix}").read_bytes()
        for suffix in ("", "-wal")
        if Path(f"{paths.database}{suffix}").exists()
    )


def members(paths: Paths) -> list[str]:
    engine = make_engine(sqlite_url(paths.database))
    try:
        with engine.connect() as conn:
            return list(conn.execute(sa.text("SELECT last_name FROM members ORDER BY 1")).scalars())
    finally:
        engine.dispose()


def forget_keys_of_this_process(monkeypatch) -> None:
    monkeypatch.setattr(encryption, "_opened", {})


def test_a_new_database_holds_no_name_or_national_number_in_clear_not_even_in_its_wal(paths):
    db = open_local(paths)
    try:
        add_member(db, "GNT", 1, "Griet", "Zwanenburgh", "Keramiekatelier Zwanenburgh")
        assert Path(f"{paths.database}-wal").stat().st_size > 0  # the row is in the WAL now
        stored = on_disk(paths)
        with db.engine.connect() as conn:
            found = conn.execute(
                sa.text("SELECT count(*) FROM member_fts WHERE member_fts MATCH 'zwanenb*'")
            ).scalar_one()
            by_number = conn.execute(
                sa.text("SELECT count(*) FROM member_fts WHERE member_fts MATCH :q"),
                {"q": f'"{INSZ}"'},
            ).scalar_one()
            journal = conn.execute(sa.text("PRAGMA journal_mode")).scalar()
    finally:
        db.dispose()
    assert found == 1 and by_number == 1  # the full-text index works on the encrypted file
    assert journal == "wal"
    for secret in (b"Zwanenburgh", INSZ.encode(), b"Keramiekatelier", b"SQLite format 3"):
        assert secret not in stored
    assert b"Zwanenburgh" not in paths.database.read_bytes()


def test_the_key_is_in_the_keyring_under_the_salt_of_the_file_and_nowhere_in_the_folder(
    paths, memory_keyring
):
    open_local(paths).dispose()
    salt = paths.database.read_bytes()[:16]
    keys = database_keys(memory_keyring)
    assert list(keys) == [f"database:{salt.hex()}"]
    key = bytes.fromhex(keys[f"database:{salt.hex()}"])
    assert len(key) == 32
    for file in paths.data_dir.rglob("*"):
        if file.is_file():
            assert key not in file.read_bytes() and key.hex().encode() not in file.read_bytes()


def test_a_copied_data_folder_opens_with_the_same_key(paths, tmp_path, monkeypatch):
    db = open_local(paths)
    add_member(db, "BXL", 2, "Hélène", "Dubois", "Théâtre")
    db.dispose()
    copy = tmp_path / "copy"
    copy.mkdir()
    shutil.copy(paths.database, copy / "smartdesk.db")
    forget_keys_of_this_process(monkeypatch)
    assert members(Paths.in_folder(copy)) == ["Dubois"]


def test_a_clear_database_is_converted_on_first_start_and_keeps_every_row(tmp_path, memory_keyring):
    paths = Paths.in_folder(tmp_path / "old")
    paths.ensure()
    engine = make_engine(sqlite_url(paths.database))  # no key: an older SmartDesk's clear file
    upgrade(engine)
    with engine.begin() as conn:
        conn.execute(sa.text("PRAGMA journal_mode=WAL"))
    engine.dispose()
    clear = Database(make_engine(sqlite_url(paths.database)))
    add_member(clear, "GNT", 7, "Wouter", "Claes", "Atelier Claes")
    add_member(clear, "BXL", 8, "Amina", "El Amrani", "Studio Amina")
    with clear.engine.connect() as conn:
        tables = conn.execute(
            sa.text("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE '%_fts'")
        ).scalars()
        before = {t: conn.execute(sa.text(f'SELECT count(*) FROM "{t}"')).scalar() for t in tables}
    clear.dispose()
    assert paths.database.read_bytes()[:16] == b"SQLite format 3\x00"

    db = open_local(paths)
    try:
        with db.engine.connect() as conn:
            after = {
                t: conn.execute(sa.text(f'SELECT count(*) FROM "{t}"')).scalar() for t in before
            }
            found = conn.execute(
                sa.text("SELECT count(*) FROM member_fts WHERE member_fts MATCH 'claes'")
            ).scalar_one()
    finally:
        db.dispose()
    assert after == before and before["members"] == 2
    assert found == 1
    assert encryption.file_state(paths.database) == "encrypted"
    assert b"El Amrani" not in on_disk(paths)
    leftovers = [p.name for p in paths.data_dir.iterdir() if p.name.startswith("smartdesk.db")]
    assert leftovers == ["smartdesk.db"]  # no clear -wal/-shm, no half-made copy
    assert len(database_keys(memory_keyring)) == 1


def test_the_schema_0001_test_file_is_encrypted_and_upgraded(tmp_path):
    folder = tmp_path / "old"
    folder.mkdir()
    shutil.copy(DATA / "schema_0001.db", folder / "smartdesk.db")
    open_local(Paths.in_folder(folder)).dispose()
    assert encryption.file_state(folder / "smartdesk.db") == "encrypted"
    assert members(Paths.in_folder(folder)) == ["Vermeulen"]


def test_an_interrupted_conversion_leaves_the_clear_file_as_it_was(
    tmp_path, monkeypatch, memory_keyring
):
    folder = tmp_path / "old"
    folder.mkdir()
    shutil.copy(DATA / "schema_0001.db", folder / "smartdesk.db")
    before = hashlib.sha256((folder / "smartdesk.db").read_bytes()).hexdigest()

    def power_cut(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(encryption.os, "replace", power_cut)
    with pytest.raises(LocalDatabaseError):
        open_local(Paths.in_folder(folder))
    assert hashlib.sha256((folder / "smartdesk.db").read_bytes()).hexdigest() == before
    assert database_keys(memory_keyring) == {}  # the unused key was not kept

    monkeypatch.undo()
    monkeypatch.delenv(encryption.PASSPHRASE_VARIABLE, raising=False)
    open_local(Paths.in_folder(folder)).dispose()  # the next start converts it
    assert not (folder / "smartdesk.db.encrypting").exists()
    assert members(Paths.in_folder(folder)) == ["Vermeulen"]


def test_a_conversion_stopped_between_its_two_renames_puts_the_clear_file_back(
    tmp_path, monkeypatch
):
    folder = tmp_path / "old"
    folder.mkdir()
    shutil.copy(DATA / "schema_0001.db", folder / "smartdesk.db")
    before = hashlib.sha256((folder / "smartdesk.db").read_bytes()).hexdigest()
    real_replace = os.replace

    def killed_at_the_swap(source, target):
        if str(source).endswith(".encrypting"):
            raise KeyboardInterrupt  # the program stops right there
        real_replace(source, target)

    monkeypatch.setattr(encryption.os, "replace", killed_at_the_swap)
    with pytest.raises(KeyboardInterrupt):
        open_local(Paths.in_folder(folder))
    assert not (folder / "smartdesk.db").exists()  # the clear file is held aside
    monkeypatch.setattr(encryption.os, "replace", real_replace)

    held = folder / "smartdesk.db.clear"
    assert hashlib.sha256(held.read_bytes()).hexdigest() == before
    open_local(Paths.in_folder(folder)).dispose()
    assert not held.exists() and not (folder / "smartdesk.db.encrypting").exists()
    assert encryption.file_state(folder / "smartdesk.db") == "encrypted"
    assert members(Paths.in_folder(folder)) == ["Vermeulen"]


def test_a_database_whose_key_is_not_in_the_keyring_is_refused_with_its_own_message(
    paths, memory_keyring, monkeypatch, capsys
):
    open_local(paths).dispose()
    before = paths.database.read_bytes()
    memory_keyring.passwords.clear()
    forget_keys_of_this_process(monkeypatch)
    with pytest.raises(LocalDatabaseError) as failure:
        open_local(paths)
    assert failure.value.message_key == "database.key_missing"
    assert "not in this computer's keyring" in str(failure.value)
    assert paths.database.read_bytes() == before
    assert main(["--data-dir", str(paths.data_dir), "stats"]) == 1
    assert "SMARTDESK_DB_KEY" in capsys.readouterr().err


def test_a_wrong_key_is_refused_and_the_file_is_left_alone(paths, memory_keyring, monkeypatch):
    open_local(paths).dispose()
    before = paths.database.read_bytes()
    (account,) = database_keys(memory_keyring)
    memory_keyring.passwords[(KEYRING_SERVICE, account)] = os.urandom(32).hex()
    forget_keys_of_this_process(monkeypatch)
    with pytest.raises(LocalDatabaseError) as failure:
        open_local(paths)
    assert failure.value.message_key == "database.wrong_key"
    assert paths.database.read_bytes() == before


def test_without_a_keyring_the_passphrase_in_SMARTDESK_DB_KEY_makes_and_opens_the_database(
    paths, no_keyring, monkeypatch, capsys
):
    with pytest.raises(LocalDatabaseError) as failure:
        open_local(paths)
    assert failure.value.message_key == "database.passphrase_needed"
    assert not paths.database.exists()
    assert main(["--data-dir", str(paths.data_dir), "demo-data", "--scale", "small"]) == 1
    assert "Set the environment variable SMARTDESK_DB_KEY" in capsys.readouterr().err

    monkeypatch.setenv(encryption.PASSPHRASE_VARIABLE, "short")
    with pytest.raises(LocalDatabaseError) as failure:
        open_local(paths)
    assert failure.value.message_key == "database.passphrase_too_short"

    monkeypatch.setenv(encryption.PASSPHRASE_VARIABLE, PASSPHRASE)
    db = open_local(paths)
    add_member(db, "GNT", 3, "An", "De Smet", "Vertalingen")
    db.dispose()
    assert b"De Smet" not in on_disk(paths)

    forget_keys_of_this_process(monkeypatch)
    assert members(paths) == ["De Smet"]
    forget_keys_of_this_process(monkeypatch)
    monkeypatch.setenv(encryption.PASSPHRASE_VARIABLE, "not the passphrase at all")
    with pytest.raises(LocalDatabaseError) as failure:
        open_local(paths)
    assert failure.value.message_key == "database.wrong_passphrase"

    env = dict(
        os.environ,
        SMARTDESK_DB_KEY=PASSPHRASE,
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
    )
    done = subprocess.run(
        [sys.executable, "-m", "smartdesk_entrypoints", "--data-dir", str(paths.data_dir), "stats"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert '"members": 1' in done.stdout


def test_rekey_gives_a_new_random_key_and_the_old_one_opens_nothing(
    paths, memory_keyring, monkeypatch
):
    db = open_local(paths)
    add_member(db, "GNT", 4, "Lotte", "Janssens", "Atelier")
    db.dispose()
    (account,) = database_keys(memory_keyring)
    old = database_keys(memory_keyring)[account]
    assert main(["--data-dir", str(paths.data_dir), "database", "rekey"]) == 0
    new = database_keys(memory_keyring)
    assert list(new) == [account] and new[account] != old
    salt = paths.database.read_bytes()[:16]
    assert not encryption.key_opens(
        paths.database, encryption.DatabaseKey(bytes.fromhex(old), salt, "keyring")
    )
    forget_keys_of_this_process(monkeypatch)
    assert members(paths) == ["Janssens"]


def test_rekey_to_a_passphrase_takes_the_key_out_of_the_keyring(paths, memory_keyring, monkeypatch):
    open_local(paths).dispose()
    monkeypatch.setattr(sys, "stdin", io.StringIO("bad\n"))
    assert main(["--data-dir", str(paths.data_dir), "database", "rekey", "--passphrase"]) == 2
    assert len(database_keys(memory_keyring)) == 1  # nothing changed

    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
    assert main(["--data-dir", str(paths.data_dir), "database", "rekey", "--passphrase"]) == 0
    assert database_keys(memory_keyring) == {}
    forget_keys_of_this_process(monkeypatch)
    with pytest.raises(LocalDatabaseError) as failure:
        open_local(paths)
    assert failure.value.message_key == "database.key_missing"
    open_local(paths, passphrase=PASSPHRASE).dispose()


def test_a_rekey_interrupted_before_the_keyring_was_updated_still_opens(
    paths, memory_keyring, monkeypatch
):
    open_local(paths).dispose()
    current = encryption.existing_key(paths.database)
    real_store = encryption.store_secret

    def crash_on_the_main_entry(account, secret):
        if not account.endswith(":next"):
            raise SystemExit("killed")
        real_store(account, secret)

    monkeypatch.setattr(encryption, "store_secret", crash_on_the_main_entry)
    with pytest.raises(SystemExit):
        encryption.rekey(paths.database, current)
    monkeypatch.setattr(encryption, "store_secret", real_store)
    forget_keys_of_this_process(monkeypatch)
    open_local(paths).dispose()  # the key waiting in the ":next" entry opens it
    (account,) = database_keys(memory_keyring)  # and became the main entry
    assert not account.endswith(":next")


def test_wipe_forgets_the_key_first_so_a_copy_made_before_cannot_be_read(
    paths, memory_keyring, tmp_path, monkeypatch, capsys
):
    db = open_local(paths)
    add_member(db, "GNT", 5, "Bram", "Maes", "Atelier")
    db.dispose()
    (paths.attachments / "ab12.pdf").write_bytes(b"%PDF- a member's medical certificate")
    stolen = tmp_path / "stolen"
    stolen.mkdir()
    shutil.copy(paths.database, stolen / "smartdesk.db")

    monkeypatch.setattr(sys, "stdin", io.StringIO("no\n"))
    assert main(["--data-dir", str(paths.data_dir), "database", "wipe"]) == 1
    assert paths.database.exists() and len(database_keys(memory_keyring)) == 1

    monkeypatch.setattr(sys, "stdin", io.StringIO("yes\n"))
    assert main(["--data-dir", str(paths.data_dir), "database", "wipe"]) == 0
    assert "wiped" in capsys.readouterr().err
    assert database_keys(memory_keyring) == {}
    assert not paths.database.exists() and not paths.attachments.exists()
    assert not Path(f"{paths.database}-wal").exists()
    assert not Path(f"{paths.database}-shm").exists()
    forget_keys_of_this_process(monkeypatch)
    with pytest.raises(LocalDatabaseError) as failure:
        open_local(Paths.in_folder(stolen))
    assert failure.value.message_key == "database.key_missing"


def test_wipe_with_yes_asks_nothing(paths, memory_keyring, monkeypatch):
    open_local(paths).dispose()
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert main(["--data-dir", str(paths.data_dir), "database", "wipe", "--yes"]) == 0
    assert not paths.database.exists() and database_keys(memory_keyring) == {}


def test_status_says_where_the_key_is(paths, capsys):
    open_local(paths).dispose()
    assert main(["--data-dir", str(paths.data_dir), "database", "status"]) == 0
    out = capsys.readouterr().out
    assert '"encrypted": true' in out and '"key": "keyring"' in out


def test_sql_parameters_never_reach_an_error_message(db):
    with pytest.raises(sa.exc.IntegrityError) as failure, db.engine.begin() as conn:
        conn.execute(
            sa.text("INSERT INTO offices (id, code) VALUES (:id, :code)"),
            {"id": INSZ, "code": INSZ},
        )
    assert INSZ not in str(failure.value)
    assert "hidden" in str(failure.value)


# --- the window asks for the passphrase --------------------------------------------------


def test_without_a_keyring_the_window_asks_for_the_passphrase_until_it_opens(
    paths, no_keyring, monkeypatch
):
    from ui.application import open_database

    open_local(paths, passphrase=PASSPHRASE).dispose()
    forget_keys_of_this_process(monkeypatch)
    answers = ["a wrong passphrase", PASSPHRASE]
    asked = []

    def person(message_key, creating):
        asked.append((message_key, creating))
        return answers.pop(0)

    db = open_database(paths, ask=person)
    assert db is not None
    db.dispose()
    assert asked == [("database.passphrase_needed", False), ("database.wrong_passphrase", False)]


def test_cancelling_the_passphrase_opens_nothing(paths, no_keyring):
    from ui.application import open_database

    assert open_database(paths, ask=lambda _key, creating: None) is None
    assert not paths.database.exists()


def test_a_new_passphrase_is_typed_twice_and_long_enough(qtbot):
    from ui.application import PassphraseDialog

    dialog = PassphraseDialog("database.passphrase_needed", creating=True)
    qtbot.addWidget(dialog)
    assert "no keyring" in dialog.explanation.text()
    dialog.passphrase_edit.setText("short")
    dialog.repeat_edit.setText("short")
    dialog.try_accept()
    assert "at least 12 characters" in dialog.problem.text() and not dialog.result()
    dialog.passphrase_edit.setText(PASSPHRASE)
    dialog.repeat_edit.setText(PASSPHRASE + "!")
    dialog.try_accept()
    assert "differ" in dialog.problem.text() and not dialog.result()
    dialog.repeat_edit.setText(PASSPHRASE)
    dialog.try_accept()
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.passphrase() == PASSPHRASE


def a_clear_database_with_rows(folder: Path, rows: int = 20_000) -> Paths:
    paths = Paths.in_folder(folder)
    paths.ensure()
    engine = make_engine(sqlite_url(paths.database))  # an older SmartDesk's clear file
    upgrade(engine)
    with engine.begin() as conn:
        conn.execute(
            sa.text("INSERT INTO local_state (key, value) VALUES (:k, :v)"),
            [{"k": f"k{i}", "v": "x" * 200} for i in range(rows)],
        )
    engine.dispose()
    return paths


def test_encrypting_a_clear_database_shows_progress_and_can_be_cancelled(tmp_path, memory_keyring):
    from ui.application import open_database

    paths = a_clear_database_with_rows(tmp_path / "old")
    before = hashlib.sha256(paths.database.read_bytes()).hexdigest()
    seen = []

    def cancel_at_once(done, total):
        seen.append((done, total))
        return False

    assert open_database(paths, follow=lambda: (None, cancel_at_once)) is None
    assert seen and all(done <= total for done, total in seen)
    assert hashlib.sha256(paths.database.read_bytes()).hexdigest() == before
    assert not (paths.data_dir / "smartdesk.db.encrypting").exists()
    assert database_keys(memory_keyring) == {}

    db = open_local(paths, progress=lambda done, total: seen.append((done, total)) or True)
    with db.engine.connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM local_state")).scalar() >= 20_000
    db.dispose()
    assert encryption.file_state(paths.database) == "encrypted"
