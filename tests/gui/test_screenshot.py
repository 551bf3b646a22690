"""`smartdesk screenshot` renders each view to a PNG of the asked size."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtGui import QImage

from app.cli import main

VIEWS = ("main", "members", "quotes", "declarations", "teamadmin", "loans", "sync")


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
            "app.cli",
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
