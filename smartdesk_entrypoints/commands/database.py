"""`smartdesk database status|rekey|wipe`: the encryption of this device's database.

- `status` prints whether the database is encrypted and where its key comes from.
- `rekey` gives the database a new random key kept in the keyring; `rekey --passphrase`
  a key derived from a new passphrase (from SMARTDESK_NEW_DB_KEY, else typed twice on
  the terminal, else one line on standard input). The keyring changes only after
  SQLCipher rewrote the file with the new key.
- `wipe` crypto-shreds the device's data: it deletes the key from the keyring first (from
  then on no copy of the file can be read), then removes the database, its -wal/-shm and
  the attachments folder. It asks for confirmation unless `--yes`. This is what an
  administrator runs on a device whose user was disabled centrally, or that is handed
  back; see `app.db.encryption` for the whole policy.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys

from smartdesk_entrypoints.arguments import EXIT_BAD_INPUT, EXIT_FAILED

NEW_PASSPHRASE_VARIABLE = "SMARTDESK_NEW_DB_KEY"


def configure(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    status = actions.add_parser("status", help="print whether and how the database is encrypted")
    status.set_defaults(func=run_status)
    rekey = actions.add_parser("rekey", help="give the database a new key")
    rekey.add_argument(
        "--passphrase",
        action="store_true",
        help=f"derive the key from a new passphrase (from ${NEW_PASSPHRASE_VARIABLE} or "
        "standard input) instead of a random key in the keyring",
    )
    rekey.set_defaults(func=run_rekey)
    wipe = actions.add_parser(
        "wipe", help="delete the key, the database and the attachments of this device"
    )
    wipe.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    wipe.set_defaults(func=run_wipe)


def _say(message: str) -> None:
    print(f"smartdesk database: {message}", file=sys.stderr)


def run_status(args) -> int:
    from app.db import encryption
    from app.db.local import open_local
    from smartdesk_entrypoints.arguments import paths_from

    paths = paths_from(args)
    db = open_local(paths)  # converts a clear database, as any start does
    db.dispose()
    kind = encryption.key_kind(paths.database)
    salt = encryption.read_salt(paths.database)
    print(
        json.dumps(
            {
                "database": str(paths.database),
                "encrypted": encryption.file_state(paths.database) == "encrypted",
                "key": kind,
                "keyring_entry": encryption.keyring_account(salt) if kind == "keyring" else None,
            },
            indent=2,
        )
    )
    return 0


def _new_passphrase() -> str | None:
    from_environment = os.environ.get(NEW_PASSPHRASE_VARIABLE)
    if from_environment:
        return from_environment
    if sys.stdin.isatty():
        first = getpass.getpass("new database passphrase: ")
        if getpass.getpass("the same again: ") != first:
            _say("the two passphrases differ; nothing was changed.")
            return None
        return first
    line = sys.stdin.readline()
    return line.rstrip("\r\n") or None


def run_rekey(args) -> int:
    from app.db import encryption
    from app.db.local import open_local
    from smartdesk_entrypoints.arguments import paths_from

    paths = paths_from(args)
    passphrase = None
    if args.passphrase:
        passphrase = _new_passphrase()
        if passphrase is None:
            _say(f"no new passphrase (give it on standard input or in {NEW_PASSPHRASE_VARIABLE}).")
            return EXIT_BAD_INPUT
        try:
            encryption.check_passphrase(passphrase)
        except encryption.DatabaseKeyError as exc:
            _say(f"{exc}; nothing was changed.")
            return EXIT_BAD_INPUT
    db = open_local(paths)
    db.dispose()  # SQLCipher rewrites every page: no other connection may be open
    try:
        new = encryption.rekey(paths.database, encryption.existing_key(paths.database), passphrase)
    except encryption.DatabaseKeyError as exc:
        _say(str(exc))
        return EXIT_BAD_INPUT if exc.message_key == "database.rekey_needs_keyring" else EXIT_FAILED
    if new.source == "passphrase":
        _say(
            "the database has a new key derived from the new passphrase; from now on give it "
            f"in {encryption.PASSPHRASE_VARIABLE} (or type it when the window asks)."
        )
    else:
        _say("the database has a new random key, kept in this computer's keyring.")
    return 0


def _confirmed(paths) -> bool:
    print(
        f"This removes {paths.database}, its key and the attachments in {paths.attachments} "
        "for good; changes not yet synced are lost. Type yes to go on: ",
        end="",
        file=sys.stderr,
        flush=True,
    )
    try:
        answer = input()
    except (EOFError, OSError):  # no answer to read: no
        return False
    return answer.strip().lower() == "yes"


def run_wipe(args) -> int:
    from app.db import encryption
    from smartdesk_entrypoints.arguments import paths_from

    paths = paths_from(args)
    if not args.yes and not _confirmed(paths):
        _say("nothing was removed.")
        return EXIT_FAILED
    try:
        removed = encryption.wipe(paths.database, paths.attachments)
    except OSError as exc:
        _say(
            f"could not remove everything ({exc.strerror or exc}): close every SmartDesk on "
            "this computer and run wipe again. The key is no longer in the keyring: what is "
            "left cannot be read without a passphrase."
        )
        return EXIT_FAILED
    _say("wiped: " + (", ".join(removed) if removed else "nothing was there") + ".")
    return 0
