"""The program's log: one rotating file in the log folder, never a national number in it.

Masking happens where a record becomes text: the formatter of every SmartDesk handler
masks the finished line, which holds the message with its arguments, the traceback of
`exc_info` (SQL parameters included) and `stack_info`. The traceback text it caches on
the record (`exc_text`) is masked too, so a handler that reuses it cannot leak it.

Which numbers are masked: every number in the shape of a Belgian national number
(INSZ/NISS, also BIS): eleven digits, written together or grouped 2-2-2-3-2 with dots,
dashes, slashes or spaces (`85010100123`, `85.01.01-001.23`, `850101-00123`,
`85 01 01 001 23`, `85/01/01-001/23`). The checksum is deliberately NOT required: the
national numbers that reach a log are often the mistyped ones (a validation failure
quotes what was typed), and a number one digit off is still that person's. What keeps
other numbers readable is the shape: a run of digits longer or shorter than eleven
(IBAN digits, amounts with cents, member numbers, timestamps, UUID groups) is left alone.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.config import Paths

_SEP = r"(?:[ \t\u00a0]*[./\-][ \t\u00a0]*|[ \t\u00a0]+)?"
_INSZ = re.compile(
    rf"(?<!\d)(\d{{2}}){_SEP}(\d{{2}}){_SEP}(\d{{2}}){_SEP}(\d{{3}}){_SEP}(\d{{2}})(?!\d)"
)
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
HIDDEN = "**.**.**-***.**"


def mask_insz(text: str, *, keep_check_digits: bool = True) -> str:
    """Hide the national numbers in a text.

    For lists on screen the two check digits stay (`**.**.**-***.61`, as the member list
    shows them) so an adviser can tell two people apart; logs keep no digit at all
    (`keep_check_digits=False`)."""
    if keep_check_digits:
        return _INSZ.sub(lambda m: f"**.**.**-***.{m.group(5)}", text)
    return _INSZ.sub(HIDDEN, text)


def mask_for_log(text: str) -> str:
    return mask_insz(text, keep_check_digits=False)


class MaskingFormatter(logging.Formatter):
    """A formatter whose every output (line, traceback, stack) has its INSZ masked."""

    def formatException(self, ei) -> str:  # noqa: N802 (logging's name)
        return mask_for_log(super().formatException(ei))

    def formatStack(self, stack_info: str) -> str:  # noqa: N802 (logging's name)
        return mask_for_log(super().formatStack(stack_info))

    def format(self, record: logging.LogRecord) -> str:
        if record.exc_text:  # cached by another formatter: mask it before it is reused
            record.exc_text = mask_for_log(record.exc_text)
        return mask_for_log(super().format(record))


class _MaskingFilter(logging.Filter):
    """Masks a record's message and arguments in place, for handlers SmartDesk does not
    format itself (a record that reaches them carries no INSZ any more)."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string: keep what can be kept, masked
            message = f"{record.msg} {record.args!r}"
        record.msg = mask_for_log(str(message))
        record.args = ()
        if record.exc_text:
            record.exc_text = mask_for_log(record.exc_text)
        return True


class MaskingFileHandler(logging.handlers.RotatingFileHandler):
    """The rotating log file; a record that cannot be written is noted in the file
    itself, masked and without a traceback (logging's default prints one to stderr)."""

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 (logging's name)
        try:
            if self.stream is not None:
                note = mask_for_log(f"could not log a record of {record.name}: {record.msg!r}")
                self.stream.write(f"{note}{self.terminator}")
                self.flush()
        except Exception:  # the log is a help: never let it break the program
            pass


def setup_logging(paths: Paths, level: int = logging.INFO) -> MaskingFileHandler:
    """Send the root logger to the rotating file `paths.log_file`, masked.

    Replaces the handler of an earlier call (the window and the command line both call
    this); raises OSError when the log folder cannot be made or written."""
    paths.log_dir.mkdir(parents=True, exist_ok=True)
    handler = MaskingFileHandler(
        paths.log_file, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(MaskingFormatter(LOG_FORMAT))
    handler.addFilter(_MaskingFilter())
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "_smartdesk", False)]:
        root.removeHandler(old)
        old.close()
    handler._smartdesk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    return handler


def stop_logging() -> None:
    """Close and remove the handlers `setup_logging` added (a command has finished)."""
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "_smartdesk", False)]:
        root.removeHandler(old)
        old.close()


def mask_stream_handler(handler: logging.Handler) -> logging.Handler:
    """Make any other handler (a console one) mask like the file: same formatter and
    filter. Returns it, for chaining."""
    handler.setFormatter(MaskingFormatter(LOG_FORMAT))
    handler.addFilter(_MaskingFilter())
    return handler
