"""`smartdesk central ...`: set up the cooperative's central PostgreSQL database.

    smartdesk central init URL
    smartdesk central user add LOGIN --office CODE --role ROLE --url URL   (password on stdin)
    smartdesk central user disable LOGIN --url URL
    smartdesk central identity set ENTITY --name ... --iban ... --url URL

URL names a role that owns the database (or a superuser), e.g.
postgresql://postgres@db.smart.coop/smartdesk?sslmode=verify-full&sslrootcert=ca.pem
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys

from app.domain.languages import LANGUAGES
from app.services.context import ROLES


def configure(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="central_command", metavar="ACTION", required=True)

    init = actions.add_parser(
        "init", help="create or upgrade the central schema, feed, roles and row-level security"
    )
    init.add_argument("url", help="PostgreSQL URL of the central database (as its owner)")
    init.add_argument(
        "--min-client-revision",
        metavar="REV",
        help="refuse pushes from devices older than this schema revision",
    )
    init.set_defaults(func=run_init)

    user = actions.add_parser("user", help="manage the people who sync")
    user_actions = user.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    add = user_actions.add_parser(
        "add", help="create a user with their own PostgreSQL login (password from stdin)"
    )
    add.add_argument("login")
    add.add_argument("--office", required=True, help="office code, e.g. BXL, GNT")
    add.add_argument("--role", required=True, choices=ROLES)
    add.add_argument("--name", help="display name (default: the login)")
    add.add_argument("--language", default="nl", choices=LANGUAGES)
    add.add_argument(
        "--url",
        default=os.environ.get("SMARTDESK_CENTRAL_URL"),
        help="central database URL (default: $SMARTDESK_CENTRAL_URL)",
    )
    add.set_defaults(func=run_user_add)
    disable = user_actions.add_parser("disable", help="stop a user from signing in")
    disable.add_argument("login")
    disable.add_argument(
        "--url",
        default=os.environ.get("SMARTDESK_CENTRAL_URL"),
        help="central database URL (default: $SMARTDESK_CENTRAL_URL)",
    )
    disable.set_defaults(func=run_user_disable)

    identity = actions.add_parser(
        "identity", help="the issuer's identity printed on every quote (per entity)"
    )
    identity_actions = identity.add_subparsers(
        dest="identity_command", metavar="ACTION", required=True
    )
    set_identity = identity_actions.add_parser(
        "set", help="set an entity's name, legal form, seat, numbers, IBAN and BIC"
    )
    set_identity.add_argument("entity", help="the entity, e.g. verenigde_producties")
    for option, text in (
        ("--name", "registered name"),
        ("--legal-form", "legal form, e.g. 'coöperatieve vennootschap'"),
        ("--seat", "registered seat (address)"),
        ("--enterprise-number", "enterprise number (KBO/BCE), e.g. 0403.019.261"),
        ("--rpr", "'RPR/RPM' and the court's seat, e.g. 'RPR Brussel'"),
        ("--vat-number", "VAT number, e.g. BE0403019261"),
        ("--iban", "IBAN of the account clients pay to"),
        ("--bic", "BIC of that account"),
    ):
        set_identity.add_argument(option, required=True, help=text)
    set_identity.add_argument(
        "--office", default="BXL", help="office that keeps the row (default: BXL)"
    )
    set_identity.add_argument(
        "--url",
        default=os.environ.get("SMARTDESK_CENTRAL_URL"),
        help="central database URL, as its owner (default: $SMARTDESK_CENTRAL_URL)",
    )
    set_identity.set_defaults(func=run_identity_set)


def _fail(message: str, status: int = 2) -> int:
    print(f"smartdesk central: {message}", file=sys.stderr)
    return status


def _database_error(exc) -> int:
    """A refusal or failure of the server, said in one line: the server's own message,
    never the statement or its parameters (a password's hash among them)."""
    import sqlalchemy as sa

    orig = getattr(exc, "orig", None)
    diag = getattr(orig, "diag", None)
    text = (diag.message_primary if diag is not None else None) or str(orig or exc)
    text = text.strip().splitlines()[0] if text.strip() else exc.__class__.__name__
    if isinstance(exc, sa.exc.OperationalError):
        return _fail(f"cannot reach the central database: {text}", 1)
    return _fail(f"the central database refused: {text}", 1)


def run_init(args) -> int:
    import sqlalchemy as sa

    from app.sync.central import CentralSetupError, init_central

    try:
        info = init_central(args.url, args.min_client_revision)
    except (CentralSetupError, ValueError) as exc:
        return _fail(str(exc))
    except sa.exc.DBAPIError as exc:
        return _database_error(exc)
    print(
        json.dumps(
            {
                "url": info.url,
                "revision": info.revision,
                "group_role": info.group_role,
                "min_client_revision": info.min_client_revision,
                "active_users": info.users,
            },
            indent=2,
        )
    )
    return 0


def _read_password() -> str:
    """From standard input: one line when piped, hidden prompt on a terminal."""
    if sys.stdin.isatty():
        first = getpass.getpass("password: ")
        if getpass.getpass("again: ") != first:
            raise ValueError("the two passwords differ")
        return first
    return sys.stdin.readline().rstrip("\r\n")


def run_user_add(args) -> int:
    import sqlalchemy as sa

    from app.sync.central import CentralSetupError, add_user, check_new_user

    if not args.url:
        return _fail("give the central database with --url or $SMARTDESK_CENTRAL_URL")
    try:
        check_new_user(args.login, args.role, args.name)  # before asking
        password = _read_password()
        user_id = add_user(
            args.url,
            args.login,
            args.office,
            args.role,
            password,
            display_name=args.name,
            language=args.language,
        )
    except (CentralSetupError, ValueError, UnicodeDecodeError) as exc:
        return _fail(str(exc))
    except sa.exc.DBAPIError as exc:
        return _database_error(exc)
    print(
        json.dumps(
            {"login": args.login, "id": user_id, "office": args.office.upper(), "role": args.role}
        )
    )
    return 0


def run_user_disable(args) -> int:
    import sqlalchemy as sa

    from app.sync.central import CentralSetupError, disable_user

    if not args.url:
        return _fail("give the central database with --url or $SMARTDESK_CENTRAL_URL")
    try:
        found = disable_user(args.url, args.login)
    except CentralSetupError as exc:
        return _fail(str(exc))
    except sa.exc.DBAPIError as exc:
        return _database_error(exc)
    if not found:
        return _fail(f"no user {args.login!r}", 1)
    print(json.dumps({"login": args.login, "disabled": True}))
    return 0


def run_identity_set(args) -> int:
    import sqlalchemy as sa

    from app.domain.quotes.issuer import Identity
    from app.services.errors import ValidationFailed
    from app.services.quotes.identity import set_identity_centrally

    if not args.url:
        return _fail("give the central database with --url or $SMARTDESK_CENTRAL_URL")
    identity = Identity(
        entity=args.entity,
        name=args.name,
        legal_form=args.legal_form,
        registered_seat=args.seat,
        enterprise_number=args.enterprise_number,
        rpr_court=args.rpr,
        vat_number=args.vat_number,
        iban=args.iban,
        bic=args.bic,
    )
    try:
        stored = set_identity_centrally(args.url, identity, args.office)
    except ValidationFailed as exc:
        bad = ", ".join(f"{p.field} ({p.message_key})" for p in exc.problems)
        return _fail(f"not valid: {bad}")
    except LookupError:
        return _fail(f"no office {args.office!r}")
    except sa.exc.DBAPIError as exc:
        return _database_error(exc)
    print(json.dumps(stored.to_json(), ensure_ascii=False))
    return 0
