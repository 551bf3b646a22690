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
    from app.cli import paths_from
    from app.db.local import open_local
    from app.documents.quote_pdf import render_quote_pdf
    from app.services.context import ServiceContext
    from app.services.errors import NotFound, SignInFailed
    from app.services.quotes import find_quote_by_number, quote_snapshot_for_pdf
    from app.services.users import first_admin, user_by_login

    db = open_local(paths_from(args))
    try:
        try:
            user = user_by_login(db, args.user) if args.user else first_admin(db)
        except SignInFailed:
            print(f"smartdesk: no user {args.user!r} on this device", file=sys.stderr)
            return 2
        if user is None:
            print("smartdesk: this device has no users yet; start SmartDesk or run "
                  "`smartdesk demo-data` first", file=sys.stderr)
            return 2
        ctx = ServiceContext(db, user)
        try:
            quote_id = find_quote_by_number(ctx, args.number)
        except NotFound:
            print(f"smartdesk: no quote numbered {args.number!r} that {user.login} may see",
                  file=sys.stderr)
            return 2
        pdf = render_quote_pdf(quote_snapshot_for_pdf(ctx, quote_id))
        try:
            args.out.parent.mkdir(parents=True, exist_ok=True)
            tmp = args.out.with_suffix(args.out.suffix + ".part")
            tmp.write_bytes(pdf)
            tmp.replace(args.out)
        except OSError as exc:
            print(f"smartdesk: cannot write {args.out}: {exc.strerror}", file=sys.stderr)
            return 1
        print(str(args.out))
        return 0
    finally:
        db.dispose()
