"""Render the main window offscreen to a PNG, on real data, for review and for docs.

The window is built exactly as after a sign-in (same fonts, style and language), then
the event loop runs until the worker has delivered everything the view asked for
(dashboard, search, the visible rows, the member's page) or a timeout passes. What can
be pictured, and what each picture needs on screen first, is the view registry's
(`ui.views.registry`): a screenshot takes only a view the user's role sees.

The picture is written beside its destination and renamed into place when complete, so
a failure leaves nothing behind; a destination that cannot be written is refused before
the window is built.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from app.config import LANGUAGES, Paths, Settings
from app.services.quotes.quote_export import ExportTargetRefused, check_export_target
from ui.views import registry


class ScreenshotError(Exception):
    """A problem the person who asked for the screenshot can fix (exit status 2)."""


def check_destination(out: str | Path) -> Path:
    """The PNG's path, if a file can be written there: its folder must exist and be
    writable, and the path must not be a folder."""
    out = Path(out)
    folder = out.parent
    try:
        if out.is_dir():
            raise ScreenshotError(f"{out} is a folder; give the name of the PNG file to write")
        if not folder.exists():
            raise ScreenshotError(f"the folder {folder} does not exist; create it first")
        if not folder.is_dir():
            raise ScreenshotError(f"{folder} is a file, not a folder; choose another place")
        writable = os.access(folder, os.W_OK | os.X_OK) and _can_create_in(folder)
    except (OSError, ValueError) as exc:  # a name the system cannot take
        raise ScreenshotError(f"cannot write {out!r}: {exc}") from None
    if not writable:
        raise ScreenshotError(f"the folder {folder} is not writable; choose another place")
    try:
        check_export_target(out)
    except ExportTargetRefused as exc:
        # never replace a device, a pipe or a link (as root, /dev/null would become a file)
        raise ScreenshotError(f"cannot write {out}: {exc.reason}") from None
    return out


def _can_create_in(folder: Path) -> bool:
    """Whether a file can be made in `folder`, by making (and removing) one: the
    permission bits alone say yes to root in a folder the system refuses files in."""
    try:
        handle, probe = tempfile.mkstemp(prefix=".smartdesk-", suffix=".probe", dir=folder)
    except OSError:
        return False
    os.close(handle)
    Path(probe).unlink(missing_ok=True)
    return True


def save_image(image, out: Path) -> Path:
    """Write a QImage/QPixmap as PNG to `out` in one step (temporary file, then rename)."""
    temporary = None
    try:
        handle, temporary = tempfile.mkstemp(prefix=".smartdesk-", suffix=".png", dir=out.parent)
        os.close(handle)
        if not image.save(temporary, "PNG"):
            raise ScreenshotError(f"cannot write {out}")
        os.replace(temporary, out)
    except OSError as exc:
        raise ScreenshotError(f"cannot write {out}: {exc.strerror or exc}") from None
    finally:
        if temporary is not None:
            Path(temporary).unlink(missing_ok=True)
    return out


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


def render(
    paths: Paths,
    view: str,
    out: Path,
    lang: str | None = None,
    login: str | None = None,
    size: tuple[int, int] = (1280, 800),
) -> Path:
    try:
        entry, shot = registry.find_shot(view)
    except registry.UnknownView:
        names = ", ".join(registry.shot_names())
        raise ScreenshotError(f"unknown view {view!r}; choose one of: {names}") from None
    if lang is not None and lang not in LANGUAGES:
        raise ScreenshotError(f"unknown language {lang!r}; choose one of: {', '.join(LANGUAGES)}")
    out = check_destination(out)
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
        if not entry.visible_to(user.role):
            raise ScreenshotError(
                f"{user.login} ({user.role}) does not see the view {entry.name!r}; "
                f"it is for: {', '.join(sorted(entry.roles or ()))}. Choose another --user"
            )
        settings = Settings.load(paths.settings_file)
        install_language(lang or settings.language)
        window = MainWindow(paths, ServiceContext(db, user), worker, settings)
        window.resize(*size)
        window.show_view(entry.name)
        window.show()
        wait_until_idle(window)
        if shot.prepare is not None:
            stage = registry.Stage(
                window, window.views[entry.name], lambda: wait_until_idle(window)
            )
            shot.prepare(stage)
        return save_image(window.grab(), out)
    finally:
        worker.shutdown()
        if window is not None:
            from PySide6.QtCore import QCoreApplication, QEvent

            window.close()
            window.deleteLater()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        db.dispose()
