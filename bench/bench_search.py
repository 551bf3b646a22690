"""Search as you type at national scale: one keystroke = one `search_members` call plus
the first page of rows, as the Members view does it. Budget: < 50 ms p95 (DESIGN §5).

    python bench/bench_search.py [--data-dir DIR]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.config import Paths  # noqa: E402
from app.db.local import open_local
from app.services.context import ServiceContext
from app.services.members.members import member_rows, search_members
from app.services.users import user_by_login
from bench.common import DEFAULT_DIR, emit, ensure_national, summary

# What advisers type: names, towns, activity words, a member number; letter by letter.
TYPED = [
    "dubois",
    "peeters",
    "janssens",
    "martin",
    "lambert",
    "bruxelles",
    "gent",
    "atelier",
    "theatre",
    "design",
    "marie claire",
    "jan de",
    "12345",
    "sophie",
]
PAGE = 100


def keystrokes(word: str) -> list[str]:
    return [word[:i] for i in range(1, len(word) + 1)]


def run(data_dir: Path) -> dict:
    db = open_local(Paths.in_folder(ensure_national(data_dir)))
    results = {}
    for login in ("admin", "adviser.bxl.1"):
        ctx = ServiceContext(db, user_by_login(db, login))
        timings = []
        for word in TYPED:
            for typed in keystrokes(word):
                start = time.perf_counter()
                ids = search_members(ctx, typed)
                member_rows(ctx, ids[:PAGE])
                timings.append((time.perf_counter() - start) * 1000)
        sort_timings = []
        for sort in ("name", "number", "city", "office", "since"):
            start = time.perf_counter()
            ids = search_members(ctx, "", sort=sort, descending=True)
            member_rows(ctx, ids[:PAGE])
            sort_timings.append((time.perf_counter() - start) * 1000)
        results[login] = {
            "keystroke": summary(timings),
            "sort_whole_list": summary(sort_timings),
            "visible_members": len(search_members(ctx, "")),
        }
    db.dispose()
    worst = max(r["keystroke"]["p95_ms"] for r in results.values())
    return {
        "name": "member_search_as_you_type",
        "budget_p95_ms": 50,
        "worst_p95_ms": worst,
        "ok": worst < 50,
        "by_user": results,
    }


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", type=Path, default=DEFAULT_DIR)
    emit(run(parser.parse_args().data_dir))
