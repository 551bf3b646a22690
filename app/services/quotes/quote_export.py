"""Save a quote as a PDF file: the one way the command line, the quote editor and the
quote list write one.

The PDF comes from the quote's frozen snapshot (a draft gets a provisional one, marked
draft). The file is written in one step: a temporary file in the same folder, flushed
to disk, then renamed over the target, so a failed run (full disk, no permission,
Ctrl-C) leaves neither half a PDF nor a temporary file behind. The target must be an
ordinary file or not exist yet: a folder, a symbolic link, a named pipe or a device is
refused before anything is written, and so is a folder that does not exist.
"""

from __future__ import annotations

import os
import secrets
import stat
from pathlib import Path

from app.services.context import ServiceContext
from app.services.errors import ServiceError


class ExportTargetRefused(ServiceError):
    """The place chosen for the file cannot take it; nothing was written.

    `reason` says why in English for the command line; the window shows the message
    key's sentence."""

    message_key = "export.target_not_a_file"

    def __init__(self, message_key: str, path: Path, reason: str) -> None:
        super().__init__(message_key, field="path", path=str(path), reason=reason)
        self.path = path
        self.reason = reason


_KINDS = (
    (stat.S_ISDIR, "it is a folder"),
    (stat.S_ISLNK, "it is a symbolic link"),
    (stat.S_ISFIFO, "it is a named pipe"),
    (stat.S_ISCHR, "it is a device"),
    (stat.S_ISBLK, "it is a device"),
    (stat.S_ISSOCK, "it is a socket"),
)


def check_export_target(path: str | os.PathLike[str]) -> Path:
    """The target as a Path, or ExportTargetRefused when a file cannot be put there.

    Only an ordinary file is replaced; links are not followed (a link could point at
    any file of the user's)."""
    target = Path(path)
    if not target.name or target.name in (".", ".."):
        raise ExportTargetRefused("export.target_not_a_file", target, "it is a folder")
    try:
        mode = os.lstat(target).st_mode
    except FileNotFoundError:
        mode = None
    except NotADirectoryError:
        raise ExportTargetRefused(
            "export.folder_missing", target, f"{target.parent} is not a folder"
        ) from None
    except OSError as exc:
        raise ExportTargetRefused(
            "export.target_not_a_file", target, exc.strerror or str(exc)
        ) from None
    if mode is not None and not stat.S_ISREG(mode):
        reason = next((why for test, why in _KINDS if test(mode)), "it is not an ordinary file")
        raise ExportTargetRefused("export.target_not_a_file", target, reason)
    folder = target.parent
    if not folder.is_dir():
        reason = (
            f"the folder {folder} does not exist"
            if not folder.exists()
            else f"{folder} is not a folder"
        )
        raise ExportTargetRefused("export.folder_missing", target, reason)
    return target


def write_file_atomically(target: Path, data: bytes) -> Path:
    """Write `data` to `target` through a temporary file in the same folder, renamed
    over it when complete; on any failure the temporary file is removed and the error
    raised (the target is left as it was)."""
    for _attempt in range(100):
        temporary = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
        try:
            fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            continue
        break
    else:  # pragma: no cover - 100 collisions of 32 random bits
        raise FileExistsError(f"no free temporary name in {target.parent}")
    try:
        try:
            _write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return target


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def export_quote_pdf(ctx: ServiceContext, quote: str, path: str | os.PathLike[str]) -> Path:
    """Save the PDF of the quote with id `quote` at `path`; returns the path written.

    Raises ExportTargetRefused (nothing written) for a target that is not an ordinary
    file or a missing folder, the quote services' errors (NotFound, PermissionDenied)
    for a quote the user may not see, and OSError when the file system fails (nothing
    left behind)."""
    target = check_export_target(path)
    # reportlab is loaded on the first PDF, not at start-up (it costs a tenth of a second)
    from app.documents.quotes.quote_pdf import render_quote_pdf
    from app.services.quotes.quotes import quote_snapshot_for_pdf

    data = render_quote_pdf(quote_snapshot_for_pdf(ctx, quote))
    return write_file_atomically(target, data)
