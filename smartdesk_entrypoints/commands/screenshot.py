"""`smartdesk screenshot`: a PNG of one view of the window, rendered offscreen.

For reviewing the window on a real (demo) database without a screen, and for the
manual. The views it can picture come from the window's view registry (which imports
no Qt); Qt is only imported when the command runs, so other commands stay light.
"""

from __future__ import annotations

import argparse
import re
import sys

from app.domain.languages import LANGUAGES


def _size(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"(\d{3,5})x(\d{3,5})", text)
    if not match:
        raise argparse.ArgumentTypeError(f"size must look like 1280x800, not {text!r}")
    return int(match[1]), int(match[2])


def _views_table(shots) -> str:
    """One line per picture: its name in a column as wide as the longest name, its
    description wrapped beneath itself (long view names no longer push it out of line)."""
    import textwrap

    width = max((len(shot.name) for shot in shots), default=0) + 2
    return "\n".join(
        textwrap.fill(
            shot.description,
            width=79,
            initial_indent=f"  {shot.name:<{width}}",
            subsequent_indent=" " * (2 + width),
        )
        for shot in shots
    )


def configure(parser: argparse.ArgumentParser) -> None:
    from ui.views import registry

    shots = [shot for view in registry.entries() for shot in view.screenshots]
    parser.description = (
        "Save a PNG of one view of the window, rendered offscreen on this\n"
        "database, as the chosen user sees it (a view the user's role does not see\n"
        "is refused).\n\nviews:\n" + _views_table(shots)
    )
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.add_argument(
        "--view",
        required=True,
        choices=[shot.name for shot in shots],
        metavar="NAME",
        help="the view to show: " + ", ".join(shot.name for shot in shots),
    )
    parser.add_argument(
        "--out",
        required=True,
        metavar="FILE.png",
        help="where to save it (its folder must exist and be writable)",
    )
    parser.add_argument("--lang", choices=LANGUAGES, help="window language")
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
    from smartdesk_entrypoints.arguments import paths_from
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
