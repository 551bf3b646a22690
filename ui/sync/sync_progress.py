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
    return QCoreApplication.translate("SyncView", "Syncing…")
