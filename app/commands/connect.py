"""`smartdesk [--data-dir D] connect URL --user LOGIN`: join the central database.

The password comes from the keyring, else $SMARTDESK_PASSWORD, else a hidden prompt; it
is stored in the keyring when one works, and nowhere else. The first full round runs
at once and its summary is printed as JSON.
"""

from __future__ import annotations

import getpass
import json
import sys


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "connect", help="join the central database as LOGIN and make the first sync"
    )
    parser.add_argument("url", help="PostgreSQL URL (TLS: ?sslmode=verify-full&sslrootcert=F)")
    parser.add_argument("--user", required=True, metavar="LOGIN")
    parser.set_defaults(func=run)


def password_for(url: str, login: str) -> tuple[str | None, bool]:
    """(password, keyring works), asking on the terminal when nothing is stored."""
    from app.sync.remote import stored_password

    password, keyring_works = stored_password(url, login)
    if password is None and sys.stdin.isatty():
        password = getpass.getpass(f"password for {login}: ")
    return password, keyring_works


def run(args) -> int:
    from app.cli import paths_from
    from app.db.local import open_local
    from app.services.sync import connect

    password, keyring_works = password_for(args.url, args.user)
    if not keyring_works:
        print(
            "smartdesk connect: no keyring backend works on this machine; the password "
            "is not saved anywhere and will be asked again each session "
            "(or set SMARTDESK_PASSWORD for scripts).",
            file=sys.stderr,
        )
    if not password:
        print(
            "smartdesk connect: no password (give it on the terminal or in SMARTDESK_PASSWORD)",
            file=sys.stderr,
        )
        return 2
    db = open_local(paths_from(args))
    try:
        report = connect(db, args.url, args.user, password, remember=keyring_works)
    except ValueError as exc:
        print(f"smartdesk connect: {exc}", file=sys.stderr)
        return 2
    finally:
        db.dispose()
    print(json.dumps(report.summary(), indent=2, default=str))
    if not report.ok:
        print(f"smartdesk connect: {report.message}", file=sys.stderr)
        return 1
    return 0
