"""The view registry drives the window: its navigation, the screenshot command and the role
checks. A view added through the registry alone is in the navigation and can be pictured;
a view for some roles is absent for the others, and asking for it is refused."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from app.services.context import ServiceContext
from app.services.users import create_user, user_by_login
from smartdesk_entrypoints.cli import build_parser, main
from tests.gui.conftest import open_window
from ui.views import registry
from ui.views.registry import Shot, ViewEntry, ViewNotOffered


def _nav_names(window) -> list[str]:
    return [
        window.nav.item(row).data(Qt.ItemDataRole.UserRole) for row in range(window.nav.count())
    ]


def _nav_texts(window) -> list[str]:
    return [window.nav.item(row).text() for row in range(window.nav.count())]


@pytest.fixture
def fake_view():
    """A view that exists nowhere but in the registry: a label, pictured after its
    preparation wrote into it."""
    prepared: list[str] = []

    def make(window):
        from PySide6.QtWidgets import QLabel

        label = QLabel(f"Fake view of {window.ctx.user.display_name}")
        label.setObjectName("fakeView")
        return label

    def prepare(stage: registry.Stage) -> None:
        stage.view.setText(stage.view.text() + " — prepared")
        prepared.append(stage.view.text())
        stage.wait()

    entry = registry.register(
        ViewEntry(
            "fake",
            "Fake things",
            "",
            make,
            shots=(Shot("fake_shot", "the fake view, prepared", prepare),),
        ),
        before="sync",
    )
    yield entry, prepared
    registry.unregister("fake")


@pytest.fixture
def teamadmin_only_view():
    def make(_window):
        from PySide6.QtWidgets import QLabel

        return QLabel("certificates")

    registry.register(
        ViewEntry("certs", "Certificates", "", make, roles=registry.roles("teamadmin"))
    )
    yield
    registry.unregister("certs")


def add_teamadmin(demo_db) -> str:
    """A TeamAdmin user (central role: reads every office, changes no quote); its login."""
    admin = ServiceContext(demo_db.db, user_by_login(demo_db.db, "gui.admin"))
    create_user(admin, "gui.teamadmin", "Tessa TeamAdmin", "teamadmin", "BXL", "3333", "en")
    return "gui.teamadmin"


@pytest.fixture
def teamadmin_login(demo_db) -> str:
    return add_teamadmin(demo_db)


def test_a_view_registered_through_the_registry_alone_is_in_the_navigation(
    qtbot, fake_view, demo_db, worker, english
):
    window = open_window(qtbot, demo_db, worker, "gui.gnt")
    assert _nav_names(window)[-2:] == ["fake", "sync"]  # registered before Sync
    assert _nav_texts(window)[-2] == "Fake things"
    window.show_view("fake")
    assert window.stack.currentWidget() is window.views["fake"]
    assert window.views["fake"].text() == "Fake view of Geert Adviseur"


def test_a_view_registered_through_the_registry_alone_can_be_screenshot(
    qapp, fake_view, demo_db, tmp_path
):
    _entry, prepared = fake_view
    out = tmp_path / "fake.png"
    code = main(
        [
            "--data-dir", str(demo_db.paths.data_dir), "screenshot",
            "--view", "fake_shot", "--out", str(out), "--user", "gui.gnt", "--size", "1024x700",
        ]
    )  # fmt: skip
    assert code == 0
    assert prepared == ["Fake view of Geert Adviseur — prepared"]
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1024, 700)


def test_the_screenshot_command_offers_and_explains_every_registered_picture(fake_view):
    parser = build_parser()
    subcommand = next(
        action for action in parser._subparsers._group_actions if action.dest == "command"
    )
    screenshot = subcommand.choices["screenshot"]
    view_option = next(a for a in screenshot._actions if a.dest == "view")
    assert list(view_option.choices) == list(registry.shot_names())
    assert {"main", "members", "quotes", "quote_editor", "fake_shot"} <= set(view_option.choices)
    help_text = screenshot.format_help()
    assert "fake_shot" in help_text and "the fake view, prepared" in help_text
    # every description starts in one column, however long the view's name
    table = help_text.split("views:\n", 1)[1].split("\n\n", 1)[0].splitlines()
    starts = {m.end(2) for m in map(re.compile(r"^  (\S+)(\s+)\S").match, table) if m}
    assert len(starts) == 1, table
    assert "declaration_form" in help_text.split("views:", 1)[1]


def test_a_view_for_teamadmin_only_is_absent_for_an_adviser(
    qtbot, teamadmin_only_view, demo_db, worker, english, teamadmin_login
):
    adviser = open_window(qtbot, demo_db, worker, "gui.gnt")
    assert "certs" not in _nav_names(adviser) and "certs" not in adviser.views
    assert "teamadmin" not in _nav_names(adviser)  # the TeamAdmin queue, likewise
    assert "TeamAdmin queue" not in _nav_texts(adviser)
    with pytest.raises(ViewNotOffered):
        adviser.show_view("certs")
    teamadmin = open_window(qtbot, demo_db, worker, teamadmin_login)
    assert {"certs", "teamadmin"} <= set(_nav_names(teamadmin))


def test_each_role_sees_the_views_of_its_work(qtbot, demo_db, worker, english, teamadmin_login):
    admin = open_window(qtbot, demo_db, worker, "gui.admin")
    assert _nav_names(admin) == [
        "main", "members", "quotes", "declarations", "teamadmin", "loans", "sync",
        "issuer_identity",
    ]  # fmt: skip
    adviser = open_window(qtbot, demo_db, worker, "gui.gnt")
    assert _nav_names(adviser) == ["main", "members", "quotes", "declarations", "loans", "sync"]
    teamadmin = open_window(qtbot, demo_db, worker, teamadmin_login)
    assert _nav_names(teamadmin) == [
        "main", "members", "quotes", "declarations", "teamadmin", "sync",
    ]  # fmt: skip


def test_a_screenshot_of_a_view_the_user_does_not_see_ends_with_status_2_and_says_why(
    qapp, demo_db, tmp_path, capsys
):
    out = tmp_path / "queue.png"
    code = main(
        [
            "--data-dir", str(demo_db.paths.data_dir), "screenshot",
            "--view", "teamadmin", "--out", str(out), "--user", "gui.gnt",
        ]
    )  # fmt: skip
    assert code == 2
    err = capsys.readouterr().err
    assert "gui.gnt (adviser) does not see the view 'teamadmin'" in err
    assert "Traceback" not in err
    assert not out.exists()


def test_a_second_view_of_the_same_name_is_refused():
    with pytest.raises(ValueError, match="already registered"):
        registry.register(ViewEntry("members", "Members again", "", lambda _window: None))
    with pytest.raises(ValueError, match="screenshot named 'quote_editor'"):
        registry.register(
            ViewEntry("other", "Other", "", lambda _w: None, shots=(Shot("quote_editor", "x"),))
        )
    assert "other" not in [entry.name for entry in registry.entries()]


def test_the_command_line_lists_the_views_without_loading_qt():
    code = (
        "import sys; from smartdesk_entrypoints.cli import build_parser; build_parser(); "
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
