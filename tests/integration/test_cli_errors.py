"""The command line against bad input and bad luck (issue 7, points 8, 9 and 11): a clear
message and exit 2 for what a person got wrong, exit 1 with one line and the details in
the (masked) log for a failure, never a traceback, and nothing written either way."""

from __future__ import annotations

import errno
import logging
import os
import re
import stat

import pytest
from sqlalchemy import select

from app.config import Paths
from app.db.models import Quote
from app.services.quotes import quote_export
from smartdesk_entrypoints.cli import main


def _files(folder) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


@pytest.fixture
def quote_number(demo_db) -> str:
    with demo_db.db.reading() as session:
        return session.scalar(
            select(Quote.number).where(Quote.number.is_not(None)).order_by(Quote.number)
        )


@pytest.fixture
def pdf_run(demo_db, quote_number, capsys):
    """`smartdesk quote pdf NUMBER --out OUT` on the demo database: (status, stderr)."""

    def run(out, *extra: str) -> tuple[int, str]:
        capsys.readouterr()
        argv = ["--data-dir", str(demo_db.paths.data_dir), "quote", "pdf", quote_number]
        status = main([*argv, "--out", str(out), *extra])
        err = capsys.readouterr().err
        assert "Traceback" not in err
        return status, err

    return run


def test_quote_pdf_writes_the_pdf_in_one_step_and_replaces_an_earlier_one(pdf_run, tmp_path):
    out = tmp_path / "quote.pdf"
    out.write_bytes(b"an earlier version")
    other_name = tmp_path / "hard-link-to-the-earlier-version"
    os.link(out, other_name)
    status, _err = pdf_run(out)
    assert status == 0
    assert out.read_bytes().startswith(b"%PDF")
    # a new file was renamed over the old name: the old file's other name still has it
    assert other_name.read_bytes() == b"an earlier version"
    assert _files(tmp_path) == {"quote.pdf", "hard-link-to-the-earlier-version"}


def test_quote_pdf_refuses_a_pipe_a_link_a_device_and_a_folder_and_writes_nothing(
    pdf_run, tmp_path
):
    victim = tmp_path / "my-thesis.txt"
    victim.write_text("years of work")
    (tmp_path / "link.pdf").symlink_to(victim)
    os.mkfifo(tmp_path / "pipe.pdf")
    (tmp_path / "folder.pdf").mkdir()
    targets = [
        (tmp_path / "link.pdf", "it is a symbolic link"),
        (tmp_path / "pipe.pdf", "it is a named pipe"),
        (tmp_path / "folder.pdf", "it is a folder"),
        (tmp_path / "no-such-folder" / "q.pdf", "does not exist"),
        (victim / "q.pdf", "is not a folder"),
    ]
    try:  # a device node of our own, never /dev/null itself (a bug would replace it)
        os.mknod(tmp_path / "null.pdf", 0o666 | stat.S_IFCHR, os.makedev(1, 3))
        targets.append((tmp_path / "null.pdf", "it is a device"))
    except PermissionError:
        pass  # not root: pipes, links and folders still checked
    before = _files(tmp_path)
    for out, why in targets:
        status, err = pdf_run(out)
        assert status == 2, out
        assert why in err and "nothing was written" in err
    assert victim.read_text() == "years of work"
    assert _files(tmp_path) == before


def test_a_failed_write_leaves_no_part_file_and_the_earlier_pdf_intact(
    pdf_run, tmp_path, monkeypatch
):
    out = tmp_path / "quote.pdf"
    out.write_bytes(b"an earlier version")

    def disk_full(fd: int, data: bytes) -> None:
        os.write(fd, data[:100])
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(quote_export, "_write_all", disk_full)
    status, err = pdf_run(out)
    assert status == 1
    assert "No space left on device" in err and "nothing was written" in err
    assert out.read_bytes() == b"an earlier version"
    assert _files(tmp_path) == {"quote.pdf"}


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_an_unwritable_folder_is_refused_and_leaves_nothing(pdf_run, tmp_path):
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        status, err = pdf_run(folder / "q.pdf")
    finally:
        folder.chmod(0o755)
    assert status == 2 and "nothing was written" in err
    assert _files(folder) == set()


def test_quote_pdf_for_an_unknown_number_or_user_exits_2(pdf_run, demo_db, capsys, tmp_path):
    status, err = pdf_run(tmp_path / "q.pdf", "--user", "nobody")
    assert status == 2 and "no user 'nobody'" in err
    argv = ["--data-dir", str(demo_db.paths.data_dir), "quote", "pdf", "XXX-0000-000000"]
    assert main([*argv, "--out", str(tmp_path / "q.pdf")]) == 2
    assert "no quote numbered 'XXX-0000-000000'" in capsys.readouterr().err
    assert _files(tmp_path) == set()


@pytest.mark.parametrize(
    "command",
    [["stats"], ["sync"], ["quote", "pdf", "BXL-2026-000001", "--out", "{tmp}/q.pdf"]],
    ids=["stats", "sync", "quote pdf"],
)
def test_a_mistyped_data_dir_is_named_and_no_empty_database_is_made(command, tmp_path, capsys):
    argv = [part.format(tmp=tmp_path) for part in command]
    for folder in (tmp_path / "smartdeks", tmp_path):  # missing, and existing without a database
        assert main(["--data-dir", str(folder), *argv]) == 2
        err = capsys.readouterr().err
        assert f"there is no SmartDesk database in {folder}" in err
        assert "Traceback" not in err
    assert _files(tmp_path) == set()


def test_a_data_dir_that_is_not_utf8_text_exits_2_and_creates_nothing(tmp_path, capsys):
    folder = os.fsdecode(os.fsencode(tmp_path) + b"/caf\xe9")  # Latin-1, not UTF-8
    for command in (["stats"], ["demo-data"], ["vat", "check", "-"]):
        assert main(["--data-dir", folder, *command]) == 2
        err = capsys.readouterr().err
        assert "not valid UTF-8" in err and "caf\\udce9" in err
    assert _files(tmp_path) == set()


def test_an_unexpected_error_prints_one_line_and_logs_the_masked_traceback(
    db, paths, monkeypatch, capsys
):
    def broken(_db):
        raise RuntimeError("UNIQUE constraint failed; parameters: ('93.05.18-223.61',)")

    monkeypatch.setattr("app.services.stats.table_counts", broken)
    assert main(["--data-dir", str(paths.data_dir), "stats"]) == 1
    err = capsys.readouterr().err
    assert err == (f"smartdesk: unexpected error (RuntimeError); details in {paths.log_file}\n")
    log_text = paths.log_file.read_text(encoding="utf-8")
    assert "Traceback" in log_text and "UNIQUE constraint failed" in log_text
    assert "93.05.18-223.61" not in log_text
    assert re.search(r"parameters: \('\*\*\.\*\*\.\*\*-\*\*\*\.\*\*',\)", log_text)


def test_a_command_logs_to_the_rotating_file_and_lets_go_of_it(db, paths):
    assert main(["--data-dir", str(paths.data_dir), "stats"]) == 0
    assert "smartdesk stats" in paths.log_file.read_text(encoding="utf-8")
    assert not any(getattr(h, "_smartdesk", False) for h in logging.getLogger().handlers)


def test_an_empty_data_dir_is_refused_rather_than_meaning_the_user_folder(capsys, monkeypatch):
    def no_user_folders():
        raise AssertionError("the user's folders were used")

    monkeypatch.setattr(Paths, "default", staticmethod(no_user_folders))
    assert main(["--data-dir", "", "stats"]) == 2
    assert "--data-dir is empty" in capsys.readouterr().err


def test_a_screenshot_into_a_file_or_a_missing_folder_exits_2_and_writes_nothing(
    demo_db, tmp_path, capsys
):
    afile = tmp_path / "afile"
    afile.write_text("")
    for out in (afile / "x.png", tmp_path / "no-such-folder" / "x.png"):
        argv = ["--data-dir", str(demo_db.paths.data_dir), "screenshot", "--view", "main"]
        assert main([*argv, "--out", str(out)]) == 2
        err = capsys.readouterr().err
        assert "Traceback" not in err and str(out.parent) in err
    assert _files(tmp_path) == {"afile"}
