"""`smartdesk screenshot` renders each view to a PNG of the asked size, and refuses a
destination it cannot write before building the window: a clear message, status 2."""

from __future__ import annotations

import os
import stat
import subprocess
import sys

import pytest
from PySide6.QtGui import QImage

from smartdesk_entrypoints.cli import main

VIEWS = (
    "main", "members", "quotes", "quote_editor", "declarations", "teamadmin", "loans", "sync",
)  # fmt: skip


def _screenshot(data_dir, out) -> list[str]:
    return ["--data-dir", str(data_dir), "screenshot", "--view", "main", "--out", str(out)]


@pytest.mark.parametrize("view", VIEWS)
def test_screenshot_writes_a_png_of_the_right_size(qapp, demo_db, tmp_path, view):
    out = tmp_path / f"{view}.png"
    code = main(
        [
            "--data-dir",
            str(demo_db.paths.data_dir),
            "screenshot",
            "--view",
            view,
            "--out",
            str(out),
            "--lang",
            "en",
            "--size",
            "1024x700",
        ]
    )
    assert code == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1024, 700)
    assert out.stat().st_size > 5_000


def test_a_database_without_users_ends_with_status_2_and_says_what_to_do(
    qapp, data_dir, tmp_path, capsys
):
    code = main(
        [
            "--data-dir",
            str(data_dir),
            "screenshot",
            "--view",
            "main",
            "--out",
            str(tmp_path / "x.png"),
        ]
    )
    assert code == 2
    assert "smartdesk demo-data" in capsys.readouterr().err


def test_an_unknown_view_ends_with_status_2(tmp_path):
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "smartdesk_entrypoints.cli",
            "--data-dir",
            str(tmp_path),
            "screenshot",
            "--view",
            "kitchen",
            "--out",
            str(tmp_path / "x.png"),
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2
    assert "kitchen" in result.stderr


def test_a_destination_inside_a_file_ends_with_status_2_and_writes_nothing(
    qapp, demo_db, tmp_path, capsys
):
    afile = tmp_path / "afile"
    afile.write_text("not a folder")
    code = main(_screenshot(demo_db.paths.data_dir, afile / "x.png"))
    err = capsys.readouterr().err
    assert code == 2
    assert f"{afile} is a file, not a folder" in err and "Traceback" not in err
    assert afile.read_text() == "not a folder"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["afile"]


def test_a_destination_in_a_missing_folder_ends_with_status_2_and_creates_nothing(
    qapp, demo_db, tmp_path, capsys
):
    missing = tmp_path / "no" / "such"
    code = main(_screenshot(demo_db.paths.data_dir, missing / "x.png"))
    err = capsys.readouterr().err
    assert code == 2
    assert f"the folder {missing} does not exist" in err
    assert not (tmp_path / "no").exists()


def test_a_destination_that_is_a_folder_ends_with_status_2(qapp, demo_db, tmp_path, capsys):
    code = main(_screenshot(demo_db.paths.data_dir, tmp_path))
    assert code == 2
    assert "is a folder" in capsys.readouterr().err


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="POSIX permissions")
def test_a_destination_in_a_folder_that_cannot_be_written_ends_with_status_2(
    qapp, demo_db, tmp_path, capsys, monkeypatch
):
    built = []  # refused before the window is built (no wait for a view to load)

    def no_window(*args, **kwargs):
        built.append(args)
        raise AssertionError("the window was built for a destination it cannot write")

    monkeypatch.setattr("ui.main_window.MainWindow", no_window)
    if os.geteuid() == 0:  # root writes anywhere; a folder the system refuses files in
        if not os.path.isdir("/proc"):
            pytest.skip("no folder refuses root here")
        folder = "/proc"
    else:
        folder = tmp_path / "locked"
        folder.mkdir()
        folder.chmod(0o500)
    code = main(_screenshot(demo_db.paths.data_dir, f"{folder}/x.png"))
    err = capsys.readouterr().err
    assert code == 2
    assert str(folder) in err and "Traceback" not in err
    assert not os.path.exists(f"{folder}/x.png")
    assert not built


@pytest.mark.parametrize("kind", ["device", "pipe", "link"])
def test_a_destination_that_is_a_device_a_pipe_or_a_link_is_never_replaced(
    qapp, demo_db, tmp_path, capsys, kind
):
    target = tmp_path / kind
    if kind == "device":
        if os.geteuid() != 0:
            pytest.skip("only root can make a device node")
        os.mknod(target, 0o644 | stat.S_IFCHR, os.makedev(1, 3))
    elif kind == "pipe":
        os.mkfifo(target)
    else:
        (tmp_path / "kept.png").write_bytes(b"keep me")
        target.symlink_to(tmp_path / "kept.png")
    before = os.lstat(target)
    code = main(_screenshot(demo_db.paths.data_dir, target))
    err = capsys.readouterr().err
    assert code == 2 and "Traceback" not in err
    after = os.lstat(target)
    assert (after.st_mode, after.st_ino) == (before.st_mode, before.st_ino)
    if kind == "link":
        assert (tmp_path / "kept.png").read_bytes() == b"keep me"
