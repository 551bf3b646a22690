"""`smartdesk quote pdf NUMBER --out FILE`: the PDF of a quote, from its frozen snapshot."""

from __future__ import annotations

import sys
from pathlib import Path


def register(subparsers) -> None:
    parser = subparsers.add_parser("quote", help="work with quotes")
    actions = parser.add_subparsers(dest="quote_command", metavar="ACTION", required=True)
    pdf = actions.add_parser("pdf", help="write the PDF of a quote")
    pdf.add_argument("number", help="the quote's number, e.g. BXL-2026-000123")
    pdf.add_argument("--out", required=True, type=Path, help="the PDF file to write")
    pdf.add_argument("--user", help="act as this user (default: the device's first admin)")
    pdf.set_defaults(func=run_pdf)


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
