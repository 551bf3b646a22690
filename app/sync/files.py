"""Attachment files travel between devices through the central database (issue 14, pt 5).

A file is known by its sha256. Centrally it is a `sync_files` row and its chunks in
`sync_file_chunks` (migration 0012: bytea, row-level security: a login reads or stages
a file only when it may read a live attachment row naming the hash, and the health row
of a medical certificate; only `sync_put_file` writes them, 0017). On a device it sits in the attachments folder as
`<sha256[:2]>/<sha256>` (`app.services.attachments.store`).

- Upload once: a file already central is skipped. The chunks are staged for this login
  (`sync_file_uploads`, migration 0017), so a cut upload resumes at the first chunk
  missing; then `sync_put_file` stores the file only when its bytes are those of its
  hash. No login inserts chunks itself: garbage sent first for a hash cannot take the
  real file's place. Only files whose bytes still match their hash, within the store's
  size rule, go up.
- Download: every live attachment of the device whose file is not here, after a round
  (`download_missing`) or when someone opens it (`fetch`). Chunks are appended to
  `<folder>/.incoming/<sha256>.part`, so a cut download resumes where it stopped; each
  chunk is checked against its own digest and the whole file against its hash before
  it takes its place. A damaged download is discarded, never kept.
- What the central database will not show (another office's file, a certificate the
  user may not read) simply never arrives: the device cannot even tell it exists.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from app.db.engine import Database
from app.db.models import Attachment
from app.services.attachments.rules import attachment_rules, file_path

log = logging.getLogger(__name__)

CHUNK_BYTES = 512 * 1024  # below the central limit (1 MiB, 0012)
CHUNKS_PER_TRANSACTION = 8  # an upload commits every 4 MB: a cut loses at most that
INCOMING = ".incoming"

Progress = Callable[[int, int, str], None]


@dataclass
class FilesReport:
    uploaded: int = 0  # files that went up this time
    already_central: int = 0  # skipped: complete centrally already
    downloaded: int = 0
    damaged: list[str] = field(default_factory=list)  # hashes whose download was discarded
    not_central: list[str] = field(default_factory=list)  # not (yet) readable centrally
    refused: list[str] = field(default_factory=list)  # local files not sent (bad or too big)


@dataclass(frozen=True)
class FileState:
    sha256: str
    filename: str
    size: int
    #: bytes of it on this device: `size` when here, fewer while it is being fetched
    have: int


def incoming_path(folder: Path, sha256: str) -> Path:
    return folder / INCOMING / f"{sha256}.part"


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _chunks(size: int) -> int:
    return max(1, -(-size // CHUNK_BYTES))


def _live_files(db: Database) -> dict[str, tuple[int, str]]:
    """sha256 -> (size, a file name) of the device's live attachments."""
    table = Attachment.__table__
    with db.engine.connect() as conn:
        rows = conn.execute(
            sa.select(table.c.sha256, table.c.size, table.c.filename)
            .where(table.c.deleted_at.is_(None))
            .order_by(table.c.created_at)
        ).all()
    return {sha: (size, name) for sha, size, name in rows}


def has_attachments(db: Database) -> bool:
    """Whether the device has any live attachment (whose file may have to move)."""
    table = Attachment.__table__
    with db.engine.connect() as conn:
        return (
            conn.execute(sa.select(table.c.id).where(table.c.deleted_at.is_(None)).limit(1)).first()
            is not None
        )


def file_states(db: Database) -> list[FileState]:
    """Every file the device's live attachments name: which are here, which are on their
    way (part fetched), which are still missing. Missing first, then by name."""
    folder = db.attachments_dir
    states = []
    for sha, (size, name) in _live_files(db).items():
        have = 0
        if folder is not None:
            if file_path(folder, sha).exists():
                have = size
            else:
                part = incoming_path(folder, sha)
                have = part.stat().st_size if part.exists() else 0
        states.append(FileState(sha, name, size, have))
    return sorted(states, key=lambda s: (s.have >= s.size, s.filename.lower()))


# --- upload --------------------------------------------------------------------------------


def _central_progress(rc, hashes: list[str]) -> dict[str, tuple[int, set[int]]]:
    """sha256 -> (chunks the file has, chunk numbers already central), for the files of
    `hashes` this login may read centrally."""
    if not hashes:
        return {}
    rows = rc.execute(
        sa.text(
            "SELECT f.sha256, f.chunks, "
            "coalesce(array_agg(c.chunk) FILTER (WHERE c.chunk IS NOT NULL), '{}') "
            "FROM public.sync_files f LEFT JOIN public.sync_file_chunks c "
            "ON c.sha256 = f.sha256 WHERE f.sha256 = ANY(:h) GROUP BY f.sha256, f.chunks"
        ),
        {"h": hashes},
    ).all()
    return {sha: (chunks, set(have)) for sha, chunks, have in rows}


def _central_files(rc, hashes: list[str]) -> set[str]:
    """The files of `hashes` that are central (whole: `sync_put_file` stores a file with
    all its chunks at once) and that this login may read."""
    if not hashes:
        return set()
    return set(
        rc.execute(
            sa.text("SELECT f.sha256 FROM public.sync_files f WHERE f.sha256 = ANY(:h)"),
            {"h": hashes},
        ).scalars()
    )


def _staged(rc, hashes: list[str]) -> dict[str, set[int]]:
    """sha256 -> chunk numbers this login staged already (an upload cut earlier)."""
    staged: dict[str, set[int]] = {}
    if hashes:
        for sha, chunk in rc.execute(
            sa.text(
                "SELECT u.sha256, u.chunk FROM public.sync_file_uploads u "
                "WHERE u.sha256 = ANY(:h) AND u.login = session_user"
            ),
            {"h": hashes},
        ):
            staged.setdefault(sha, set()).add(chunk)
    return staged


def _stage(
    engine: Engine,
    sha: str,
    data: bytes,
    there: set[int],
    cancelled: Callable[[], bool] | None,
) -> bool:
    """Stage the chunks of `data` not staged yet, a few per transaction (a cut loses at
    most one group). False when cancelled."""
    missing = [i for i in range(_chunks(len(data))) if i not in there]
    for start in range(0, len(missing), CHUNKS_PER_TRANSACTION):
        if cancelled and cancelled():
            return False
        rows = [
            {"s": sha, "i": i, "d": data[i * CHUNK_BYTES : (i + 1) * CHUNK_BYTES]}
            for i in missing[start : start + CHUNKS_PER_TRANSACTION]
        ]
        with engine.begin() as rc:
            rc.execute(
                sa.text(
                    "INSERT INTO public.sync_file_uploads (sha256, chunk, data) "
                    "VALUES (:s, :i, :d) ON CONFLICT DO NOTHING"
                ),
                rows,
            )
    return True


def _put(engine: Engine, sha: str) -> str:
    """Ask the central database to store the staged file (migration 0017): 'stored',
    'exists', 'incomplete' or 'refused' (the bytes are not those of the hash)."""
    with engine.begin() as rc:
        return rc.execute(sa.text("SELECT public.sync_put_file(:s)"), {"s": sha}).scalar()


def upload_files(
    db: Database,
    engine: Engine,
    report: FilesReport | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> FilesReport:
    """Send up the files of this device's live attachments that the central database
    does not have. The chunks are staged for this login (resumable: only the ones not
    staged yet go, committed in small groups), then `sync_put_file` stores the file if
    its bytes match its hash. Nobody can take a file's place with other bytes."""
    report = report or FilesReport()
    folder = db.attachments_dir
    if folder is None:
        return report
    rules = attachment_rules()
    local = {
        sha: size
        for sha, (size, _name) in _live_files(db).items()
        if file_path(folder, sha).exists()
    }
    if not local:
        return report
    with engine.connect() as rc:
        central = _central_files(rc, list(local))
        todo = [sha for sha in local if sha not in central]
        staged = _staged(rc, todo)
    report.already_central += len(local) - len(todo)
    for number, sha in enumerate(todo):
        if cancelled and cancelled():
            break
        if progress:
            progress(number, len(todo), "files_up")
        data = file_path(folder, sha).read_bytes()
        if _digest(data) != sha or not 0 < len(data) <= rules.max_bytes:
            report.refused.append(sha)  # damaged here, or larger than the rules allow
            continue
        there = staged.get(sha, set())
        try:
            if not _stage(engine, sha, data, there, cancelled):
                return report
            outcome = _put(engine, sha)
            if outcome in ("refused", "incomplete") and there:
                # what this login staged in an earlier round did not fit: all again
                if not _stage(engine, sha, data, set(), cancelled):
                    return report
                outcome = _put(engine, sha)
        except sa.exc.ProgrammingError as exc:  # row-level security: its row is not central
            if getattr(exc.orig, "sqlstate", "") != "42501":
                raise
            report.not_central.append(sha)
            continue
        if outcome == "stored":
            report.uploaded += 1
        elif outcome == "exists":  # another device sent the same bytes meanwhile
            report.already_central += 1
        else:
            log.warning("attachment file %s not stored centrally: %s", sha[:12], outcome)
            report.refused.append(sha)
    return report


# --- download ------------------------------------------------------------------------------


class Damaged(Exception):
    """What arrived does not match its digest or hash: it was thrown away."""


def _fetch_one(rc, folder: Path, sha: str, size: int, chunks: int, page: int = 4) -> None:
    """Fetch one file into place, resuming a part already here. Raises `Damaged` (and
    removes the part) when a chunk or the whole does not match."""
    part = incoming_path(folder, sha)
    part.parent.mkdir(parents=True, exist_ok=True)
    have = part.stat().st_size if part.exists() else 0
    done = have // CHUNK_BYTES
    with open(part, "ab") as out:
        out.truncate(done * CHUNK_BYTES)  # a chunk written halfway is fetched again
        out.seek(done * CHUNK_BYTES)
        while done < chunks:
            rows = rc.execute(
                sa.text(
                    "SELECT chunk, data, digest FROM public.sync_file_chunks "
                    "WHERE sha256 = :s AND chunk >= :i ORDER BY chunk LIMIT :n"
                ),
                {"s": sha, "i": done, "n": page},
            ).all()
            if not rows:
                return  # not all up yet: the part waits for the next round
            for chunk, data, digest in rows:
                data = bytes(data)
                last = chunk == chunks - 1
                if chunk != done:
                    return  # a chunk not up yet: the part waits for the next round
                if (
                    _digest(data) != digest
                    or len(data) > CHUNK_BYTES
                    or (not last and len(data) != CHUNK_BYTES)
                ):
                    out.close()
                    part.unlink(missing_ok=True)
                    raise Damaged(sha)
                out.write(data)
                done += 1
            out.flush()
            os.fsync(out.fileno())
    whole = part.read_bytes()
    if len(whole) != size or _digest(whole) != sha:
        part.unlink(missing_ok=True)
        raise Damaged(sha)
    target = file_path(folder, sha)
    target.parent.mkdir(parents=True, exist_ok=True)
    os.replace(part, target)


def download_missing(
    db: Database,
    engine: Engine,
    report: FilesReport | None = None,
    only: set[str] | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> FilesReport:
    """Fetch the files of this device's live attachments that are not here (`only`:
    just those hashes). Files the central database does not have whole yet, or does not
    show this login, are left for later; damaged ones are discarded and reported."""
    report = report or FilesReport()
    folder = db.attachments_dir
    if folder is None:
        return report
    max_bytes = attachment_rules().max_bytes
    wanted = {
        sha: size
        for sha, (size, _name) in _live_files(db).items()
        if (only is None or sha in only) and not file_path(folder, sha).exists()
    }
    if not wanted:
        return report
    with engine.connect() as rc:
        central = _central_progress(rc, list(wanted))
        for number, (sha, size) in enumerate(wanted.items()):
            if cancelled and cancelled():
                break
            if progress:
                progress(number, len(wanted), "files_down")
            if sha not in central:
                report.not_central.append(sha)
                continue
            chunks = central[sha][0]
            if size > max_bytes or chunks != _chunks(size):
                report.refused.append(sha)  # not what the attachment row says
                continue
            try:
                _fetch_one(rc, folder, sha, size, chunks)
            except Damaged:
                log.warning("attachment file %s arrived damaged: discarded", sha[:12])
                report.damaged.append(sha)
                continue
            if file_path(folder, sha).exists():
                report.downloaded += 1
            rc.rollback()  # end the read transaction between files
    return report


def transfer(
    db: Database,
    engine: Engine,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> FilesReport:
    """After a round: send this device's files up, then fetch the ones it lacks."""
    report = FilesReport()
    upload_files(db, engine, report, progress, cancelled)
    download_missing(db, engine, report, None, progress, cancelled)
    return report


class central_engine:
    """`with central_engine(db, password) as engine`: this device's central database,
    as its login (the password given, else the keyring or SMARTDESK_PASSWORD)."""

    def __init__(self, db: Database, password: str | None = None) -> None:
        from app.sync import local
        from app.sync.remote import open_central, stored_password

        state = local.read_state(db)
        url, login = state.get(local.URL), state.get(local.USER)
        if not url or not login:
            raise LookupError("this device is not connected")
        if password is None:
            password, _keyring = stored_password(url, login)
        self.engine = open_central(url, login, password, probe=False)  # no settings asked

    def __enter__(self) -> Engine:
        return self.engine

    def __exit__(self, *exc) -> None:
        self.engine.dispose()


def fetch_now(db: Database, sha256: str, password: str | None = None) -> bool:
    """Fetch one attachment's file from the central database now (someone opens it and
    it is not here). True when the file is on this device afterwards; False when the
    device is not connected, offline, or the central database does not have it (or not
    for this user). A damaged download is discarded: False too."""
    if db.attachments_dir is None:
        return False
    try:
        with central_engine(db, password) as engine:
            download_missing(db, engine, only={sha256})
    except Exception:  # noqa: BLE001 - offline or not connected: the file is not here
        log.info("attachment file not fetched", exc_info=True)
        return False
    return file_path(db.attachments_dir, sha256).exists()
