"""`smartdesk [--data-dir D] connect URL --user LOGIN`: join the central database.

The password comes from the keyring, else $SMARTDESK_PASSWORD, else a hidden prompt; it
is stored in the keyring when one works, and nowhere else. A password written in the URL
is used for this connection only and never kept. The first full round runs at once and
its summary is printed as JSON. Bad input (not a PostgreSQL address, an unusable login
or password) is said on standard error with exit status 2, before anything is written.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys

from smartdesk_entrypoints.arguments import EXIT_BAD_INPUT

#: what each input problem means, on the command line (the window has its translations)
PROBLEMS = {
    "sync.url_invalid": "URL is not the address of a PostgreSQL database "
    "(postgresql://server/database)",
    "sync.login_invalid": "--user must be a login of 1 to 63 characters",
    "sync.password_nul": "the password contains a NUL character; type it again without it",
    "field.required": "no password (give it on the terminal or in SMARTDESK_PASSWORD)",
}


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("url", help="PostgreSQL URL (TLS: ?sslmode=verify-full&sslrootcert=F)")
    parser.add_argument("--user", required=True, metavar="LOGIN")
    parser.set_defaults(func=run)


def password_for(url: str, login: str) -> tuple[str | None, bool]:
    """(password, keyring works), asking on the terminal when nothing is stored."""
    from app.sync.remote import stored_password, url_password

    password, keyring_works = stored_password(url, login)
    # a password in the URL serves this connection only (the service uses it, keeps it nowhere)
    if password is None and url_password(url) is None and sys.stdin.isatty():
        password = getpass.getpass(f"password for {login}: ")
    return password, keyring_works


def _bad_input(problems) -> int:
    for problem in problems:
        text = PROBLEMS.get(problem.message_key, problem.message_key)
        print(f"smartdesk connect: {text}", file=sys.stderr)
    return EXIT_BAD_INPUT


def run(args) -> int:
    from app.db.local import open_local
    from app.services.errors import ValidationFailed
    from app.services.sync.sync import connect, connect_problems
    from smartdesk_entrypoints.arguments import paths_from

    # the address and the login first: nothing is looked up for an unusable address
    problems = [p for p in connect_problems(args.url, args.user, None) if p.field != "password"]
    if problems:
        return _bad_input(problems)
    password, keyring_works = password_for(args.url, args.user)
    problems = connect_problems(args.url, args.user, password)
    if problems:
        return _bad_input(problems)
    if not keyring_works:
        print(
            "smartdesk connect: no keyring backend works on this machine; the password "
            "is not saved anywhere and will be asked again each session "
            "(or set SMARTDESK_PASSWORD for scripts).",
            file=sys.stderr,
        )
    db = open_local(paths_from(args))
    try:
        report = connect(db, args.url, args.user, password or "", remember=keyring_works)
    except ValidationFailed as exc:
        return _bad_input(exc.problems)
    finally:
        db.dispose()
    print(json.dumps(report.summary(), indent=2, default=str))
    if not report.ok:
        print(f"smartdesk connect: {report.message}", file=sys.stderr)
        return 1
    return 0
