"""`smartdesk quote ...`: quotes for office scripts and for checking sync from outside.

- `quote pdf NUMBER --out FILE`: the PDF of a quote, from its frozen snapshot.
- `quote list [--state STATE] [--json]`: id, number, state, client and total of the
  quotes the user may see, newest first.
- `quote send ID --user LOGIN`: the window's Send (the same service: numbers the quote in
  this device's series, freezes it); prints the number.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from app.domain.quotes.quote_states import STATES

UUID_TEXT = re.compile(r"[0-9a-fA-F]{8}-?([0-9a-fA-F]{4}-?){3}[0-9a-fA-F]{12}")


def configure(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="quote_command", metavar="ACTION", required=True)
    pdf = actions.add_parser("pdf", help="write the PDF of a quote")
    pdf.add_argument("number", help="the quote's number, e.g. BXL-2026-000123")
    pdf.add_argument("--out", required=True, type=Path, help="the PDF file to write")
    pdf.add_argument("--user", help="act as this user (default: the device's first admin)")
    pdf.set_defaults(func=run_pdf)
    listing = actions.add_parser("list", help="list the quotes (id, number, state, client, total)")
    listing.add_argument("--state", choices=STATES, help="only the quotes in this state")
    listing.add_argument("--json", action="store_true", help="one JSON array instead of lines")
    listing.add_argument("--user", help="act as this user (default: the device's first admin)")
    listing.set_defaults(func=run_list)
    send = actions.add_parser("send", help="send a draft quote: number it and freeze it")
    send.add_argument("id", help="the quote's id (see `smartdesk quote list`)")
    send.add_argument("--user", required=True, help="the login of the user who sends it")
    send.set_defaults(func=run_send)


def _user(db, login: str | None, command: str):
    """The acting user, or an exit status after saying why there is none."""
    from app.services.errors import SignInFailed
    from app.services.users import first_admin, user_by_login
    from smartdesk_entrypoints.arguments import EXIT_BAD_INPUT, shown

    try:
        user = user_by_login(db, login) if login else first_admin(db)
    except SignInFailed:
        print(
            f"smartdesk quote {command}: no user {shown(login)!r} on this device", file=sys.stderr
        )
        return EXIT_BAD_INPUT
    if user is None:
        print(
            f"smartdesk quote {command}: this device has no users yet; start SmartDesk or run "
            "`smartdesk demo-data` first",
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    return user


def run_list(args) -> int:
    from app.db.local import open_local
    from app.services.context import ServiceContext
    from app.services.quotes.quotes import QuoteFilter, list_quote_ids, quote_rows
    from smartdesk_entrypoints.arguments import paths_from

    db = open_local(paths_from(args))
    try:
        user = _user(db, args.user, "list")
        if isinstance(user, int):
            return user
        ctx = ServiceContext(db, user)
        ids = list_quote_ids(ctx, QuoteFilter(state=args.state))
        rows = []
        for start in range(0, len(ids), 1_000):  # the window's row fetch, a page at a time
            found = quote_rows(ctx, ids[start : start + 1_000])
            rows += [found[i] for i in ids[start : start + 1_000] if i in found]
        listed = [
            {
                "id": row.id,
                "number": row.number or None,
                "state": row.state,
                "client": row.client,
                "total": str(row.total_gross),
            }
            for row in rows
        ]
        if args.json:
            print(json.dumps(listed, ensure_ascii=False, indent=1))
        else:
            for item in listed:
                print(
                    "\t".join(
                        (
                            item["id"],
                            item["number"] or "-",
                            item["state"],
                            item["client"],
                            item["total"],
                        )
                    )
                )
        return 0
    finally:
        db.dispose()


def run_send(args) -> int:
    from app.db.local import open_local
    from app.services.context import ServiceContext
    from app.services.errors import ServiceError
    from app.services.quotes.quotes import send_quote
    from smartdesk_entrypoints.arguments import EXIT_BAD_INPUT, paths_from, shown
    from ui.messages import error_text

    def refused(message: str) -> int:
        print(f"smartdesk quote send: {message}; nothing was changed.", file=sys.stderr)
        return EXIT_BAD_INPUT

    if not UUID_TEXT.fullmatch(args.id or ""):
        return refused(f"{shown(args.id)!r} is not a quote id (see `smartdesk quote list`)")
    quote_id = args.id.replace("-", "").lower()
    quote_id = "-".join(
        (quote_id[:8], quote_id[8:12], quote_id[12:16], quote_id[16:20], quote_id[20:])
    )
    db = open_local(paths_from(args))
    try:
        user = _user(db, args.user, "send")
        if isinstance(user, int):
            return user
        try:
            number = send_quote(ServiceContext(db, user), quote_id)
        except ServiceError as exc:
            return refused(f"{error_text(exc)} ({exc.message_key})")
        print(number)
        return 0
    finally:
        db.dispose()


def run_pdf(args) -> int:
    from app.db.local import open_local
    from app.services.context import ServiceContext
    from app.services.errors import NotFound, SignInFailed
    from app.services.quotes.quote_export import (
        ExportTargetRefused,
        check_export_target,
        export_quote_pdf,
    )
    from app.services.quotes.quotes import find_quote_by_number
    from app.services.users import first_admin, user_by_login
    from smartdesk_entrypoints.arguments import paths_from, shown

    def refused(message: str) -> int:
        print(f"smartdesk quote pdf: {message}; nothing was written.", file=sys.stderr)
        return 2

    try:  # before the database is opened: a bad --out costs nothing
        check_export_target(args.out)
    except ExportTargetRefused as exc:
        return refused(f"cannot write the PDF to {shown(exc.path)}: {exc.reason}")
    db = open_local(paths_from(args))
    try:
        try:
            user = user_by_login(db, args.user) if args.user else first_admin(db)
        except SignInFailed:
            return refused(f"no user {shown(args.user)!r} on this device")
        if user is None:
            return refused(
                "this device has no users yet; start SmartDesk or run `smartdesk demo-data` first"
            )
        ctx = ServiceContext(db, user)
        try:
            quote_id = find_quote_by_number(ctx, args.number)
        except NotFound:
            return refused(f"no quote numbered {shown(args.number)!r} that {user.login} may see")
        try:
            written = export_quote_pdf(ctx, quote_id, args.out)
        except ExportTargetRefused as exc:
            return refused(f"cannot write the PDF to {shown(exc.path)}: {exc.reason}")
        except PermissionError as exc:
            return refused(f"cannot write {shown(args.out)}: {exc.strerror or exc}")
        except OSError as exc:
            print(
                f"smartdesk quote pdf: cannot write {shown(args.out)}: {exc.strerror or exc}; "
                "nothing was written.",
                file=sys.stderr,
            )
            return 1
        print(shown(written))
        return 0
    finally:
        db.dispose()
