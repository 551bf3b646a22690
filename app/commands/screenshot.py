"""`smartdesk screenshot`: a PNG of one view of the window, rendered offscreen.

For reviewing the window on a real (demo) database without a screen, and for the
manual. Qt is only imported when the command runs, so other commands stay light.
"""

from __future__ import annotations

import re
import sys

VIEWS = (
    "main",
    "members",
    "quotes",
    "quote_editor",  # the newest draft with lines, opened in the quote editor
    "declarations",
    "teamadmin",
    "loans",
    "sync",
)


def _size(text: str) -> tuple[int, int]:
    import argparse

    match = re.fullmatch(r"(\d{3,5})x(\d{3,5})", text)
    if not match:
        raise argparse.ArgumentTypeError(f"size must look like 1280x800, not {text!r}")
    return int(match[1]), int(match[2])


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "screenshot", help="save a PNG of one view of the window (rendered offscreen)"
    )
    parser.add_argument("--view", required=True, choices=VIEWS, help="the view to show")
    parser.add_argument("--out", required=True, metavar="FILE.png", help="where to save it")
    parser.add_argument("--lang", choices=("nl", "fr", "en"), help="window language")
    parser.add_argument("--user", metavar="LOGIN", help="sign in as LOGIN (default: first admin)")
    parser.add_argument(
        "--size",
        type=_size,
        default=(1280, 800),
        metavar="WxH",
        help="window size (default 1280x800)",
    )
    parser.set_defaults(func=run)


def run(args) -> int:
    from app.cli import paths_from
    from ui.screenshot import ScreenshotError, render

    try:
        out = render(
            paths_from(args), args.view, args.out, lang=args.lang, login=args.user, size=args.size
        )
    except ScreenshotError as exc:
        print(f"smartdesk screenshot: {exc}", file=sys.stderr)
        return 2
    print(out)
    return 0
