"""Encryption at rest of the device's database: SQLCipher 4, one key per database.

What is encrypted: the whole SQLite file (every table, the FTS5 indexes that hold
national numbers, the schema) and its write-ahead log; temporary tables stay in memory
(the binding is built with TEMP_STORE=2). Only SQLCipher's 16 random salt bytes at the
start of the file are in clear.

The binding is `sqlcipher3-wheels` (module `sqlcipher3`): the maintained fork of
`sqlcipher3` that ships wheels with SQLCipher 4 statically linked, FTS5 included, for
Windows, macOS and Linux. (`sqlcipher3-binary` is the same code but ships Linux wheels
only, and the advisers' laptops are not Linux.) SQLAlchemy keeps its own `sqlite`
dialect with `module=sqlcipher3.dbapi2`; `app.db.engine.make_engine` hands it
connections that are keyed before SQLAlchemy sees them.

The key:

- On a computer with a working keyring, a database gets a random 256-bit key, used raw
  (`PRAGMA key = "x'...'"`: no key derivation per connection). It lives in the OS
  keyring (service `smartdesk`, account `database:<salt in hex>`) and nowhere on disk.
  The entry is found from the salt at the start of the file, so a copied or moved data
  folder still opens on the same computer (same keyring), and nowhere else.
- Where no keyring works (a headless machine, a server, a script in a container), the
  key is derived from a passphrase with scrypt and the database's salt, once per
  process: from `SMARTDESK_DB_KEY` on the command line (every sub-command opens the
  database through `app.db.local.open_local`), or typed in a dialog when the window
  starts. The passphrase and the derived key are never stored.
- A database has one key, so the two do not coexist: a database made on a computer with
  a keyring uses the keyring (also when `SMARTDESK_DB_KEY` is set); one made without a
  keyring needs its passphrase on every start. `smartdesk database rekey --passphrase`
  moves a database from the keyring to a passphrase, `smartdesk database rekey` (on a
  computer with a keyring) moves it back or gives it a fresh random key. To open a
  database SmartDesk tries, in order, a key this process already used for it, the
  passphrase if one is given, and the keyring.

An existing clear database (every device before this version) is converted on its first
open: exported into a new encrypted file beside it, checked table by table, then swapped
in atomically; the clear file, its -wal and -shm are removed and the clear file's bytes
overwritten. An interruption at any moment before the swap leaves the clear file as it
was (the half-made copy is removed on the next start).

When a user is disabled centrally, or a laptop is handed back or lost: the central
database refuses the login at once (`central user disable`), so nothing new reaches the
device. What is already on it stays encrypted; an administrator (or the adviser) runs
`smartdesk database wipe` on the device, which first deletes the key from the keyring
(crypto-shredding: from that moment every copy of the file, a backup or a stolen disk
image included, is unreadable) and then removes the database, its -wal/-shm and the
attachments folder. SmartDesk does not wipe itself when a sign-in is refused: a refused
password can also be a changed password or a server fault, and an automatic wipe would
destroy unsynced work. A stolen laptop is protected by the key being in the keyring of
the adviser's operating-system account (locked with their session password), not by
SmartDesk's PIN.
"""

from __future__ import annotations

import hashlib
import logging
import os
import secrets
import shutil
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlcipher3 import dbapi2

from app.config import (
    KeyringUnavailable,
    _keyring_backend_works,
    delete_secret,
    load_secret,
    store_secret,
)

log = logging.getLogger(__name__)

PASSPHRASE_VARIABLE = "SMARTDESK_DB_KEY"
MIN_PASSPHRASE_LENGTH = 12
CLEAR_HEADER = b"SQLite format 3\x00"
SALT_BYTES = 16
KEY_BYTES = 32
PAGE_SIZE = 4096  # SQLCipher 4's default page size; an encrypted file is a multiple of it
SIDE_FILES = ("-wal", "-shm", "-journal")
CONVERTING_SUFFIX = ".encrypting"
# scrypt: ~0.3 s and 32 MiB once per process, on a passphrase only (keys are raw)
_SCRYPT = {"n": 2**15, "r": 8, "p": 1, "maxmem": 64 * 1024 * 1024, "dklen": KEY_BYTES}


class DatabaseKeyError(Exception):
    """The database's key cannot be had or does not fit; the message says what to do."""

    def __init__(self, message_key: str, message: str) -> None:
        self.message_key = message_key
        super().__init__(message)


@dataclass(frozen=True)
class DatabaseKey:
    """A raw SQLCipher key and the salt of the file it opens."""

    raw: bytes
    salt: bytes
    source: str  # "keyring", "passphrase" or "memory" (already used in this process)

    def __repr__(self) -> str:  # never print the key itself
        return f"DatabaseKey(salt={self.salt.hex()}, source={self.source})"

    @property
    def pragma_value(self) -> str:
        return f"x'{(self.raw + self.salt).hex()}'"


#: salt -> raw key of every database this process has opened (the key is in memory
#: anyway while the database is open; a second engine on the same file needs no keyring)
_opened: dict[bytes, bytes] = {}
_derived: dict[tuple[bytes, bytes], bytes] = {}


# --- the file --------------------------------------------------------------------------


def file_state(path: Path) -> str:
    """ "missing" (no file or an empty one), "clear" (plain SQLite), "encrypted"
    (SQLCipher: whole pages of random-looking bytes) or "not_database"."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(len(CLEAR_HEADER))
    except FileNotFoundError:
        return "missing"
    if size == 0:
        return "missing"
    if head == CLEAR_HEADER:
        return "clear"
    if size >= PAGE_SIZE and size % PAGE_SIZE == 0:
        return "encrypted"
    return "not_database"


def read_salt(path: Path) -> bytes:
    with path.open("rb") as handle:
        return handle.read(SALT_BYTES)


def keyring_account(salt: bytes) -> str:
    return f"database:{salt.hex()}"


def _pending_account(salt: bytes) -> str:
    """Where `rekey` puts the new key before `PRAGMA rekey`: if the program dies between
    the rekey and the keyring update, the next start finds the key here."""
    return keyring_account(salt) + ":next"


# --- connections -----------------------------------------------------------------------


def connect(path: Path | str, key: DatabaseKey | None, **options) -> dbapi2.Connection:
    """A DB-API connection to `path`, keyed (or clear when `key` is None)."""
    conn = dbapi2.connect(str(path), check_same_thread=False, **options)
    conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is our message, not a log
    if key is not None:
        conn.execute(f'PRAGMA key = "{key.pragma_value}"')
    return conn


def key_opens(path: Path, key: DatabaseKey) -> bool:
    conn = connect(path, key)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except dbapi2.DatabaseError:
        return False
    finally:
        conn.close()


# --- where keys come from --------------------------------------------------------------


def passphrase_from_environment() -> str | None:
    return os.environ.get(PASSPHRASE_VARIABLE) or None


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE_LENGTH or "\x00" in passphrase:
        raise DatabaseKeyError(
            "database.passphrase_too_short",
            f"the database passphrase must have at least {MIN_PASSPHRASE_LENGTH} characters "
            "(and no NUL character). Choose a longer one.",
        )


def derive_key(passphrase: str, salt: bytes) -> bytes:
    """scrypt of the passphrase with the database's salt, once per process."""
    secret = passphrase.encode("utf-8")
    cache_key = (hashlib.sha256(secret).digest(), salt)
    if cache_key not in _derived:
        _derived[cache_key] = hashlib.scrypt(secret, salt=salt, **_SCRYPT)
    return _derived[cache_key]


def keyring_works() -> bool:
    return _keyring_backend_works()


def _from_keyring(account: str) -> bytes | None:
    try:
        stored = load_secret(account)
    except KeyringUnavailable:
        return None
    try:
        return bytes.fromhex(stored) if stored else None
    except ValueError:
        return None


def new_key(passphrase: str | None = None) -> DatabaseKey:
    """The key of a database about to be made: random and kept in the keyring where one
    works, else derived from the passphrase (argument or SMARTDESK_DB_KEY)."""
    salt = secrets.token_bytes(SALT_BYTES)
    if keyring_works():
        raw = secrets.token_bytes(KEY_BYTES)
        store_secret(keyring_account(salt), raw.hex())
        _opened[salt] = raw
        return DatabaseKey(raw, salt, "keyring")
    passphrase = passphrase or passphrase_from_environment()
    if passphrase is None:
        raise DatabaseKeyError(
            "database.passphrase_needed",
            "this computer has no working keyring to keep the database key. Set the "
            f"environment variable {PASSPHRASE_VARIABLE} to a passphrase of at least "
            f"{MIN_PASSPHRASE_LENGTH} characters and start again (in the window, SmartDesk "
            "asks for it); keep the passphrase safe: without it the database cannot be read.",
        )
    check_passphrase(passphrase)
    raw = derive_key(passphrase, salt)
    _opened[salt] = raw
    return DatabaseKey(raw, salt, "passphrase")


def _candidates(salt: bytes, passphrase: str | None) -> Iterator[tuple[str, bytes]]:
    """Keys to try, cheapest first: the scrypt of a passphrase only when nothing else fits."""
    if salt in _opened:
        yield "memory", _opened[salt]
    if keyring_works():
        for source, account in (
            ("keyring", keyring_account(salt)),
            ("pending", _pending_account(salt)),
        ):
            stored = _from_keyring(account)
            if stored is not None:
                yield source, stored
    if passphrase is not None:
        yield "passphrase", derive_key(passphrase, salt)


def existing_key(path: Path, passphrase: str | None = None) -> DatabaseKey:
    """The key that opens the encrypted database at `path`, or DatabaseKeyError."""
    salt = read_salt(path)
    passphrase = passphrase or passphrase_from_environment()
    tried: list[str] = []
    for source, raw in _candidates(salt, passphrase):
        tried.append(source)
        key = DatabaseKey(raw, salt, source)
        if key_opens(path, key):
            if source == "pending":  # a rekey was interrupted after PRAGMA rekey
                store_secret(keyring_account(salt), raw.hex())
                delete_secret(_pending_account(salt))
                key = DatabaseKey(raw, salt, "keyring")
            _opened[salt] = raw
            return key
    if passphrase is not None:
        raise DatabaseKeyError(
            "database.wrong_passphrase",
            f"the passphrase does not open {path}. Type it again (check "
            f"{PASSPHRASE_VARIABLE} on the command line); if it is right, the file is damaged: "
            "restore it from a copy.",
        )
    if any(source != "memory" for source in tried):
        raise DatabaseKeyError(
            "database.wrong_key",
            f"the key in this computer's keyring does not open {path}: the file is damaged "
            "or was replaced. Restore it from a copy, or start with an empty folder "
            "(--data-dir).",
        )
    if keyring_works():
        raise DatabaseKeyError(
            "database.key_missing",
            f"{path} is encrypted and its key is not in this computer's keyring (was it "
            "copied from another computer, or wiped?). If it is protected by a passphrase, "
            f"set {PASSPHRASE_VARIABLE}; otherwise it cannot be read: start with an empty "
            "folder (--data-dir) and sync.",
        )
    raise DatabaseKeyError(
        "database.passphrase_needed",
        f"{path} is encrypted and this computer has no working keyring. Set the "
        f"environment variable {PASSPHRASE_VARIABLE} to the database's passphrase and start "
        "again (in the window, SmartDesk asks for it).",
    )


def key_kind(path: Path) -> str:
    """ "keyring" when this computer's keyring holds the key of `path`, else "passphrase"."""
    salt = read_salt(path)
    if keyring_works():
        stored = _from_keyring(keyring_account(salt))
        if stored is not None and key_opens(path, DatabaseKey(stored, salt, "keyring")):
            return "keyring"
    return "passphrase"


def key_for_existing(path: Path, passphrase: str | None = None) -> DatabaseKey | None:
    """None for a clear or missing file; the key of an encrypted one."""
    return existing_key(path, passphrase) if file_state(path) == "encrypted" else None


# --- converting a clear database -------------------------------------------------------


def _table_counts(conn) -> dict[str, int]:
    names = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE "
            "VIRTUAL%' ORDER BY name"
        )
    ]
    return {name: conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}


def _remove_quietly(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _overwrite(handle, size: int) -> None:
    """Best effort against reading the clear bytes back from the disk (SSDs and
    copy-on-write file systems may keep other copies: full-disk encryption covers those)."""
    block = b"\x00" * (1024 * 1024)
    handle.seek(0)
    written = 0
    while written < size:
        written += handle.write(block[: min(len(block), size - written)])
    handle.flush()
    os.fsync(handle.fileno())


def discard_interrupted_conversion(path: Path) -> None:
    partial = path.with_name(path.name + CONVERTING_SUFFIX)
    for candidate in (partial, *(Path(f"{partial}{s}") for s in SIDE_FILES)):
        _remove_quietly(candidate)


#: progress(bytes written, bytes to write) -> False to cancel
Progress = Callable[[int, int], bool]


def _watch(source, partial: Path, total: int, progress: Progress | None) -> dict[str, bool]:
    """Report the export's progress (the encrypted copy's size against the clear file's)
    and let the person cancel it, Ctrl-C included; SQLite aborts the statement cleanly."""
    state = {"cancelled": False}
    last = [0.0]

    def handler() -> int:
        try:
            now = time.monotonic()
            if progress is not None and now - last[0] >= 0.05:
                last[0] = now
                done = partial.stat().st_size if partial.exists() else 0
                if not progress(min(done, total), total):
                    state["cancelled"] = True
        except KeyboardInterrupt:
            state["cancelled"] = True
        return 1 if state["cancelled"] else 0

    source.set_progress_handler(handler, 20_000)
    return state


def encrypt_clear_database(
    path: Path, key: DatabaseKey, progress: Progress | None = None
) -> dict[str, int]:
    """Convert the clear database at `path` in place; returns the rows per table.

    Raises DatabaseKeyError ("database.conversion_failed", "database.conversion_cancelled",
    "database.in_use") and leaves the clear file untouched when anything goes wrong or the
    person cancels before the swap."""
    partial = path.with_name(path.name + CONVERTING_SUFFIX)
    discard_interrupted_conversion(path)
    source = connect(path, None, isolation_level=None)
    watch = {"cancelled": False}
    try:
        source.execute("PRAGMA busy_timeout = 5000")
        if source.execute("PRAGMA journal_mode").fetchone()[0] == "wal":
            busy = source.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
            if busy:
                raise DatabaseKeyError(
                    "database.in_use",
                    f"{path} is in use by another program (another SmartDesk?). Close it "
                    "and start again.",
                )
        counts = _table_counts(source)
        user_version = source.execute("PRAGMA user_version").fetchone()[0]
        source.execute("ATTACH DATABASE ? AS encrypted KEY ?", (str(partial), key.pragma_value))
        watch = _watch(source, partial, path.stat().st_size, progress)
        source.execute("SELECT sqlcipher_export('encrypted')")
        source.set_progress_handler(None, 0)
        source.execute(f"PRAGMA encrypted.user_version = {int(user_version)}")
        source.execute("DETACH DATABASE encrypted")
    except dbapi2.Error as exc:
        source.close()
        discard_interrupted_conversion(path)
        if watch["cancelled"]:
            raise DatabaseKeyError(
                "database.conversion_cancelled",
                f"encrypting {path} was cancelled; the database was left as it was and is "
                "encrypted at the next start.",
            ) from exc
        raise DatabaseKeyError(
            "database.conversion_failed",
            f"{path} could not be encrypted ({exc}); it was left as it was. Check that the "
            "disk is not full and start again.",
        ) from exc
    finally:
        source.close()
    check = connect(partial, key, isolation_level=None)
    try:
        copied = _table_counts(check)
        check.execute("PRAGMA journal_mode = WAL")
    finally:
        check.close()
    if copied != counts:
        discard_interrupted_conversion(path)
        raise DatabaseKeyError(
            "database.conversion_failed",
            f"{path} could not be encrypted: the encrypted copy did not hold every row; "
            "the clear file was left as it was.",
        )
    _fsync(partial)
    leftovers = [Path(f"{path}{suffix}") for suffix in SIDE_FILES]
    # after the TRUNCATE checkpoint and the close the clear WAL is empty or gone
    for leftover in leftovers:
        if leftover.name.endswith("-wal") and leftover.exists() and leftover.stat().st_size:
            discard_interrupted_conversion(path)
            raise DatabaseKeyError(
                "database.in_use",
                f"{path} is in use by another program (another SmartDesk?). Close it and "
                "start again.",
            )
    for leftover in leftovers:
        _remove_quietly(leftover)
    held = _held_clear(path)
    # two renames (Windows cannot replace an open file): after the first a start puts the
    # clear file back (finish_interrupted_conversion), after the second it is shredded
    os.replace(path, held)
    os.replace(partial, path)  # the moment of the swap
    _fsync(path.parent)
    try:
        _shred(held)
    except OSError as exc:  # the next start tries again (finish_interrupted_conversion)
        log.warning("could not remove the clear copy %s: %s", held, exc)
    log.info("encrypted the database %s (%d tables)", path, len(counts))
    return counts


def _held_clear(path: Path) -> Path:
    return path.with_name(path.name + ".clear")


def _shred(path: Path) -> None:
    with path.open("r+b") as handle:
        _overwrite(handle, path.stat().st_size)
    path.unlink()


def finish_interrupted_conversion(path: Path) -> None:
    """A conversion stopped between its two renames: put the clear file back (it is
    converted again), or, when the encrypted file is in place, shred the clear one."""
    held = _held_clear(path)
    if not held.exists():
        return
    if file_state(path) == "missing":
        os.replace(held, path)
        discard_interrupted_conversion(path)
    else:
        _shred(held)


def prepare(
    path: Path, passphrase: str | None = None, progress: Progress | None = None
) -> DatabaseKey | None:
    """The key to open `path` with: made for a new database, found for an encrypted one;
    a clear database is converted first. None only for a file that is not a database
    (the caller reports that)."""
    finish_interrupted_conversion(path)
    state = file_state(path)
    if state == "missing":
        discard_interrupted_conversion(path)
        for suffix in SIDE_FILES:  # an empty file's leftovers would be applied to the new one
            _remove_quietly(Path(f"{path}{suffix}"))
        return new_key(passphrase)
    if state == "clear":
        key = new_key(passphrase)
        try:
            encrypt_clear_database(path, key, progress)
        except Exception:
            swapped = file_state(path) == "encrypted" and read_salt(path) == key.salt
            if not swapped:  # the key opens nothing: forget it
                if key.source == "keyring":
                    delete_secret(keyring_account(key.salt))
                _opened.pop(key.salt, None)
            raise
        return key
    if state == "encrypted":
        discard_interrupted_conversion(path)
        return existing_key(path, passphrase)
    return None


# --- rekey and wipe --------------------------------------------------------------------


def rekey(path: Path, current: DatabaseKey, new_passphrase: str | None = None) -> DatabaseKey:
    """Give the database a new key: a fresh random one kept in the keyring, or one derived
    from `new_passphrase`. The keyring's main entry changes only after SQLCipher rewrote
    every page with the new key (until then the new key waits in a `:next` entry)."""
    salt = current.salt
    if new_passphrase is not None:
        check_passphrase(new_passphrase)
        new = DatabaseKey(derive_key(new_passphrase, salt), salt, "passphrase")
    else:
        if not keyring_works():
            raise DatabaseKeyError(
                "database.rekey_needs_keyring",
                "this computer has no working keyring to keep a random key; give the "
                "database a new passphrase instead (--passphrase).",
            )
        new = DatabaseKey(secrets.token_bytes(KEY_BYTES), salt, "keyring")
        store_secret(_pending_account(salt), new.raw.hex())
    conn = connect(path, current, isolation_level=None)
    try:
        conn.execute("PRAGMA busy_timeout = 5000")
        conn.execute(f"PRAGMA rekey = \"x'{new.raw.hex()}'\"")
    except dbapi2.Error as exc:
        if new.source == "keyring":
            delete_secret(_pending_account(salt))
        raise DatabaseKeyError(
            "database.rekey_failed",
            f"the key of {path} could not be changed ({exc}); it still opens with the old "
            "key. Close every other SmartDesk and try again.",
        ) from exc
    finally:
        conn.close()
    if not key_opens(path, new):
        raise DatabaseKeyError(
            "database.rekey_failed",
            f"the key of {path} could not be changed; it still opens with the old key.",
        )
    _opened[salt] = new.raw
    if new.source == "keyring":
        store_secret(keyring_account(salt), new.raw.hex())
        delete_secret(_pending_account(salt))
    elif keyring_works():
        delete_secret(keyring_account(salt))  # the old random key opens nothing any more
    log.info("new %s key for the database %s", new.source, path)
    return new


def wipe(path: Path, attachments: Path) -> list[str]:
    """Crypto-shred the database: forget its key, then remove the files. Works without
    the key (a lost passphrase, a keyring entry already gone). Returns what was removed."""
    removed: list[str] = []
    if file_state(path) == "encrypted":
        salt = read_salt(path)
        _opened.pop(salt, None)
        if keyring_works():
            for account in (keyring_account(salt), _pending_account(salt)):
                if load_secret(account) is not None:
                    delete_secret(account)
                    removed.append(f"keyring:{account}")
    discard_interrupted_conversion(path)
    candidates = (path, _held_clear(path), *(Path(f"{path}{suffix}") for suffix in SIDE_FILES))
    for candidate in candidates:
        if candidate.exists():
            candidate.unlink()
            removed.append(str(candidate))
    if attachments.exists():
        shutil.rmtree(attachments)
        removed.append(str(attachments))
    return removed
