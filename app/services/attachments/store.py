"""Files attached to a document: stored once by content hash, described by a synced row.

The bytes live under the device's data folder as `attachments/<sha256[:2]>/<sha256>`;
the `attachments` row (file name, type, size, hash, owner) syncs like any other row.
Files travel between devices through the central database (`app.sync.files`): after
each round, and when an attachment whose file is not here is opened.

Which files are allowed and how large is data (`resources/rules/attachments.toml`).
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from app.db.models import Attachment
from app.services.attachments.rules import (  # noqa: F401 - re-exported
    RULES_FILE,
    AttachmentRules,
    attachment_rules,
    file_path,
)
from app.services.audit import record_change
from app.services.context import ServiceContext
from app.services.errors import FieldProblem, NotFound, ValidationFailed


@dataclass(frozen=True)
class AttachmentInfo:
    id: str
    filename: str
    mime_type: str
    size: int
    sha256: str
    #: the file is on this device
    present: bool


def _folder(ctx: ServiceContext) -> Path:
    folder = ctx.db.attachments_dir
    if folder is None:
        raise ValidationFailed([FieldProblem("file", "attachment.no_folder")])
    return folder


def check_file(filename: str, size: int) -> str:
    """The MIME type of an allowed file, or ValidationFailed saying what is wrong."""
    rules = attachment_rules()
    extension = Path(filename).suffix.lower().lstrip(".")
    if extension not in rules.types:
        allowed = ", ".join(sorted(rules.types))
        raise ValidationFailed(
            [FieldProblem("file", "attachment.type_not_allowed", {"allowed": allowed})]
        )
    if size == 0:
        raise ValidationFailed([FieldProblem("file", "attachment.empty")])
    if size > rules.max_bytes:
        raise ValidationFailed(
            [
                FieldProblem(
                    "file",
                    "attachment.too_large",
                    {"size_mb": f"{size / 1e6:.1f}", "max_mb": f"{rules.max_bytes / 1e6:.0f}"},
                )
            ]
        )
    return rules.types[extension]


def _write_once(folder: Path, sha256: str, data: bytes) -> None:
    target = file_path(folder, sha256)
    if target.exists() and target.stat().st_size == len(data):
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".part-")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def attach(
    ctx: ServiceContext,
    owner_table: str,
    owner_id: str,
    office_id: str,
    filename: str,
    data: bytes,
) -> AttachmentInfo:
    """Keep `data` as a file attached to the row `owner_table`/`owner_id`, in one unit of
    work with its audit entry. The caller has checked that the user may change the owner.
    Bad files (type, size) raise ValidationFailed and write nothing."""
    name = Path(filename).name.strip()
    if not name:
        raise ValidationFailed([FieldProblem("file", "attachment.no_name")])
    mime_type = check_file(name, len(data))
    sha256 = hashlib.sha256(data).hexdigest()
    folder = _folder(ctx)
    _write_once(folder, sha256, data)  # a file without a row is harmless; never the reverse
    with ctx.db.transaction() as session:
        row = Attachment(
            sha256=sha256,
            filename=name[:255],
            mime_type=mime_type,
            size=len(data),
            owner_table=owner_table,
            owner_id=owner_id,
            office_id=office_id,
            updated_by=ctx.user.id,
        )
        session.add(row)
        record_change(session, ctx, "attachment.add", row, None, operation="insert")
        return AttachmentInfo(row.id, row.filename, mime_type, row.size, sha256, True)


def attachments_of(ctx: ServiceContext, owner_table: str, owner_id: str) -> list[AttachmentInfo]:
    """The live attachments of a row, oldest first, each saying whether its file is here."""
    folder = ctx.db.attachments_dir
    with ctx.db.reading() as session:
        rows = session.scalars(
            select(Attachment)
            .where(
                Attachment.owner_table == owner_table,
                Attachment.owner_id == owner_id,
                Attachment.deleted_at.is_(None),
            )
            .order_by(Attachment.created_at, Attachment.id)
        ).all()
        return [
            AttachmentInfo(
                row.id,
                row.filename,
                row.mime_type,
                row.size,
                row.sha256,
                folder is not None and file_path(folder, row.sha256).exists(),
            )
            for row in rows
        ]


def read_attachment(ctx: ServiceContext, attachment_id: str) -> bytes:
    """The bytes of an attachment kept on this device, checked against their hash.
    NotFound when the row is gone or the file is not on this device."""
    with ctx.db.reading() as session:
        row = session.get(Attachment, attachment_id)
        if row is None or row.deleted_at is not None:
            raise NotFound()
        sha256 = row.sha256
    path = file_path(_folder(ctx), sha256)
    if not path.exists():  # made on another device: fetched now when connected
        from app.sync.files import fetch_now

        if not fetch_now(ctx.db, sha256):
            raise NotFound("attachment.not_on_this_device")
    data = path.read_bytes()
    if hashlib.sha256(data).hexdigest() != sha256:
        raise NotFound("attachment.damaged")
    return data
