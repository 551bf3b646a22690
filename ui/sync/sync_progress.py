"""What a sync round is doing, in words, for the Sync view and the connect dialog alike.

The steps are the ones `app.services.sync.sync` reports while a round runs (`push`,
`upload:<entity>`, `pull:<entity>`); both screens show them through this one function,
so neither screen imports the other. The texts keep the Sync view's translation
context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.formatting import format_number
from ui.i18n import current_language
from ui.labels import label
from ui.sync.texts import SYNC_ENTITIES


def progress_text(done: int, total: int, step: str) -> str:
    """What a round is doing, in words: "Sending changes: 40 of 120"."""
    lang = current_language()
    kind, _, entity = step.partition(":")
    what = label(SYNC_ENTITIES, entity) if entity else ""
    if kind == "push":
        return QCoreApplication.translate("SyncView", "Sending changes: {done} of {total}").format(
            done=format_number(done, lang), total=format_number(total, lang)
        )
    if kind == "upload":
        return QCoreApplication.translate(
            "SyncView", "Uploading what was made before connecting ({what}): {done} of {total}"
        ).format(what=what, done=format_number(done, lang), total=format_number(total, lang))
    if kind == "pull" and what:
        return QCoreApplication.translate(
            "SyncView", "Receiving changes ({what}): {done} so far"
        ).format(what=what, done=format_number(done, lang))
    if kind == "pull":
        return QCoreApplication.translate("SyncView", "Receiving changes: {done} so far").format(
            done=format_number(done, lang)
        )
    if kind == "files_up":
        return QCoreApplication.translate(
            "SyncView", "Sending attached files: {done} of {total}"
        ).format(done=format_number(done, lang), total=format_number(total, lang))
    if kind == "files_down":
        return QCoreApplication.translate(
            "SyncView", "Fetching attached files: {done} of {total}"
        ).format(done=format_number(done, lang), total=format_number(total, lang))
    return QCoreApplication.translate("SyncView", "Syncing…")


def time_left(done: int, total: int, seconds: float, done_at_start: int = 0) -> str:
    """ "About 3 min left", from the pace of the step so far; "" while it cannot be
    told (nothing done yet, no total, or a step of a few seconds)."""
    moved = done - done_at_start
    if not total or moved <= 0 or seconds <= 0 or done >= total:
        return ""
    left = (total - done) * seconds / moved
    if left < 5:
        return ""
    if left < 90:
        return QCoreApplication.translate("SyncView", "about {n} s left").format(
            n=format_number(int(round(left, -1)) or 5, current_language())
        )
    return QCoreApplication.translate("SyncView", "about {n} min left").format(
        n=format_number(round(left / 60), current_language())
    )
