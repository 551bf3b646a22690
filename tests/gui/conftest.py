"""Window fixtures: a worker per test, and windows signed in as the fixture users."""

from __future__ import annotations

import pytest

from app.config import Settings
from app.services.context import ServiceContext
from app.services.users import user_by_login


@pytest.fixture
def worker(qapp):
    from ui.worker import Worker

    w = Worker()
    yield w
    w.shutdown()


@pytest.fixture
def english(qapp):
    from ui.i18n import install_language

    install_language("en")
    yield
    install_language("en")


def open_window(qtbot, demo_db, worker, login: str):
    from ui.main_window import MainWindow

    user = user_by_login(demo_db.db, login)
    window = MainWindow(demo_db.paths, ServiceContext(demo_db.db, user), worker, Settings("en"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.busy, timeout=10_000)
    return window


@pytest.fixture
def admin_window(qtbot, demo_db, worker, english):
    return open_window(qtbot, demo_db, worker, "gui.admin")


@pytest.fixture
def gent_window(qtbot, demo_db, worker, english):
    return open_window(qtbot, demo_db, worker, "gui.gnt")
