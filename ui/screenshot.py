"""Render the main window offscreen to a PNG, on real data, for review and for docs.

The window is built exactly as after a sign-in (same fonts, style and language), then
the event loop runs until the worker has delivered everything the view asked for
(dashboard, search, the visible rows, the member's page) or a timeout passes.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from app.config import LANGUAGES, Paths, Settings

VIEW_NAMES = (
    "main",
    "members",
    "quotes",
    "quote_editor",  # the Quotes view with the newest draft that has lines opened
    "declarations",
    "teamadmin",
    "loans",
    "sync",
)
#: how many of the newest drafts are looked at for one with lines
DRAFTS_TRIED = 50


class ScreenshotError(Exception):
    """A problem the person who asked for the screenshot can fix (exit status 2)."""


def wait_until_idle(window, timeout: float = 15.0) -> bool:
    """Process events until the window has nothing on its way; False on timeout."""
    from PySide6.QtCore import QCoreApplication, QEventLoop

    deadline = time.monotonic() + timeout
    quiet_since = None
    while time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if window.busy:
            quiet_since = None
            time.sleep(0.005)
            continue
        quiet_since = quiet_since or time.monotonic()
        if time.monotonic() - quiet_since > 0.1:  # idle, and stays idle (lazy rows)
            return True
    return False


def newest_draft_with_lines(ctx) -> str | None:
    """The id of the newest draft that has lines (runs on the worker), or None."""
    from app.services import quotes as quote_service

    drafts = quote_service.list_quote_ids(
        ctx, quote_service.QuoteFilter(state="draft"), "date", descending=True
    )
    for quote_id in drafts[:DRAFTS_TRIED]:
        if quote_service.quote_view(ctx, quote_id).lines:
            return quote_id
    return None


def render(
    paths: Paths,
    view: str,
    out: Path,
    lang: str | None = None,
    login: str | None = None,
    size: tuple[int, int] = (1280, 800),
) -> Path:
    if view not in VIEW_NAMES:
        raise ScreenshotError(f"unknown view {view!r}; choose one of: {', '.join(VIEW_NAMES)}")
    if lang is not None and lang not in LANGUAGES:
        raise ScreenshotError(f"unknown language {lang!r}; choose one of: {', '.join(LANGUAGES)}")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtWidgets import QApplication

    from app.db.local import open_local
    from app.services import users as user_service
    from app.services.context import ServiceContext
    from app.services.errors import SignInFailed
    from ui.application import prepare_application
    from ui.i18n import install_language
    from ui.main_window import MainWindow
    from ui.worker import Worker

    app = QApplication.instance() or QApplication(["smartdesk-screenshot"])
    prepare_application(app)
    db = open_local(paths)
    worker = Worker()
    window = None
    try:
        if login:
            try:
                user = user_service.user_by_login(db, login)
            except SignInFailed:
                raise ScreenshotError(f"no user with login {login!r} on this database") from None
        else:
            user = user_service.first_admin(db)
            if user is None:
                raise ScreenshotError(
                    "this database has no users: run `smartdesk demo-data` first, "
                    "or start SmartDesk to create the first user"
                )
        settings = Settings.load(paths.settings_file)
        install_language(lang or settings.language)
        window = MainWindow(paths, ServiceContext(db, user), worker, settings)
        window.resize(*size)
        window.show_view("quotes" if view == "quote_editor" else view)
        window.show()
        wait_until_idle(window)
        if view == "members" and window.members.model.rowCount() > 0:
            window.members.select_row(0)
            wait_until_idle(window)
        if view == "quote_editor":
            found: list[str | None] = []
            worker.submit(newest_draft_with_lines, window.ctx, on_result=found.append)
            wait_until_idle(window)
            if found and found[0]:
                window.quotes.open_quote(found[0])
                wait_until_idle(window)
        out = Path(out)
        out.parent.mkdir(parents=True, exist_ok=True)
        if not window.grab().save(str(out), "PNG"):
            raise ScreenshotError(f"cannot write {out}")
        return out
    finally:
        worker.shutdown()
        if window is not None:
            from PySide6.QtCore import QCoreApplication, QEvent

            window.close()
            window.deleteLater()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        db.dispose()
