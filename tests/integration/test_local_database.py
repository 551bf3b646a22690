"""A database the program cannot use is refused with a message that says what to do,
and nothing is written to it."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from app.config import Paths
from app.db.engine import make_engine, sqlite_url
from app.db.local import LocalDatabaseError, open_local
from smartdesk_entrypoints.cli import main


def test_a_file_that_is_not_a_database_is_refused_and_left_as_it_was(tmp_path, capsys):
    (tmp_path / "smartdesk.db").write_bytes(b"a spreadsheet, not a database")
    with pytest.raises(LocalDatabaseError) as failure:
        open_local(Paths.in_folder(tmp_path))
    assert failure.value.message_key == "database.unreadable"
    assert (tmp_path / "smartdesk.db").read_bytes() == b"a spreadsheet, not a database"
    assert main(["--data-dir", str(tmp_path), "stats"]) == 1
    assert "cannot be opened as a SmartDesk database" in capsys.readouterr().err


def test_a_database_from_a_newer_smartdesk_is_not_touched(tmp_path):
    open_local(Paths.in_folder(tmp_path)).dispose()
    engine = make_engine(sqlite_url(tmp_path / "smartdesk.db"))  # the key from the keyring
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    with pytest.raises(LocalDatabaseError) as failure:
        open_local(Paths.in_folder(tmp_path))
    assert failure.value.message_key == "database.newer_schema"
    assert "Update SmartDesk" in str(failure.value)


def test_a_data_folder_that_cannot_be_made_is_named(tmp_path, capsys):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    # demo-data makes the database (stats would only say there is none)
    assert main(["--data-dir", str(blocker / "data"), "demo-data", "--scale", "small"]) == 1
    assert "cannot use the folder" in capsys.readouterr().err
