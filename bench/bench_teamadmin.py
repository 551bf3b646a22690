"""The TeamAdmin queue with 50,000 requests (a busy year at national scale; the demo data
holds about 3,000): its first paint and each filter change, as the window does them, and
the services underneath. Budgets (DESIGN §5, the list budgets): first paint < 200 ms;
a filter change shows its first rows < 200 ms; a keystroke in the member search < 50 ms
p95 (the search-as-you-type budget).

    python -m bench.bench_teamadmin [--data-dir DIR] [--requests N]

The database is an `office`-scale demo database plus N requests spread over every office,
kind and state, their due dates from the kinds' rules (made once, then reused).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import emit, summary  # noqa: E402  (installs the bench keyring first)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DEFAULT_DIR = Path(
    os.environ.get("SMARTDESK_BENCH_TEAMADMIN_DIR", "/tmp/smartdesk-bench-teamadmin")
)
REQUESTS = 50_000
FIRST_PAINT_BUDGET_MS = 200
FILTER_BUDGET_MS = 200
KEYSTROKE_BUDGET_MS = 50


def ensure_database(data_dir: Path, requests: int) -> None:
    """An office-scale demo database topped up to `requests` TeamAdmin requests."""
    from sqlalchemy import func, insert, select

    from app.config import Paths
    from app.db.local import open_local
    from app.db.models import CertificateRequest, Member, User
    from app.domain.teamadmin.due_dates import due_date
    from app.domain.teamadmin.request_types import request_kinds, request_type

    if not (data_dir / "smartdesk.db").exists():
        subprocess.run(
            [
                sys.executable,
                "-m",
                "smartdesk_entrypoints",
                "--data-dir",
                str(data_dir),
                "demo-data",
                "--scale",
                "office",
            ],
            check=True,
        )
    db = open_local(Paths.in_folder(data_dir))
    with db.engine.begin() as conn:
        have = conn.scalar(select(func.count()).select_from(CertificateRequest))
        missing = requests - have
        if missing > 0:
            rng = random.Random(11)
            members = conn.execute(select(Member.id, Member.office_id)).all()
            team = conn.scalar(select(User.id).where(User.role == "teamadmin"))
            kinds = request_kinds()
            samples = {
                "sickness_fund_incapacity": lambda d: {"incapacity_start": d(-5)},
                "sickness_fund_resumption": lambda d: {
                    "incapacity_start": d(-9),
                    "resumption_date": d(-1),
                },
                "c4": lambda d: {
                    "contract_start": d(-30),
                    "contract_end": d(6),
                    "end_reason": "end_of_contract",
                },
                "part_time_allowance": lambda d: {"part_time_start": d(-10)},
                "a1_posting": lambda d: {
                    "host_country": "FR",
                    "start_date": d(20),
                    "end_date": d(50),
                },
                "other": lambda d: {"description": "x", "wanted_by": d(10)},
            }
            today = date.today()
            rows = []
            for _n in range(missing):
                member_id, office_id = rng.choice(members)
                kind = rng.choice(kinds)
                asked = today - timedelta(days=rng.randint(0, 364))

                def day(offset: int, asked=asked) -> str:
                    return (asked + timedelta(days=offset)).isoformat()

                inputs = samples.get(kind, lambda d: {})(day)
                due = due_date(request_type(kind, asked), inputs, asked)
                state = (
                    "done"
                    if due < today - timedelta(days=5) and rng.random() < 0.95
                    else rng.choice(
                        ["requested", "in_progress", "waiting_for_info", "answered", "reopened"]
                    )
                )
                moment = datetime.combine(asked, datetime.min.time(), UTC)
                rows.append(
                    {
                        "id": str(uuid.uuid4()),
                        "office_id": office_id,
                        "member_id": member_id,
                        "kind": kind,
                        "state": state,
                        "requested_on": asked,
                        "due_on": due,
                        "handled_by": None if state == "requested" else team,
                        "notes": "",
                        "inputs": inputs,
                        "history": [],
                        "requested_by_name": "Bench",
                        "question": "?" if state == "waiting_for_info" else "",
                        "row_version": 0,
                        "created_at": moment,
                        "updated_at": moment,
                    }
                )
                if len(rows) == 5_000:
                    conn.execute(insert(CertificateRequest.__table__), rows)
                    rows = []
            if rows:
                conn.execute(insert(CertificateRequest.__table__), rows)
    db.dispose()


def run(data_dir: Path, requests: int) -> dict:
    ensure_database(data_dir, requests)
    from PySide6.QtWidgets import QApplication

    from app.config import Paths
    from app.db.local import open_local
    from app.services.context import ServiceContext
    from app.services.teamadmin import requests as service
    from app.services.teamadmin.requests import RequestFilter, week_end
    from app.services.users import list_offices, user_by_login
    from ui.teamadmin.queue import TeamAdminQueueView
    from ui.worker import Worker

    app = QApplication.instance() or QApplication([])
    db = open_local(Paths.in_folder(data_dir))
    ctx = ServiceContext(db, user_by_login(db, "teamadmin"))
    today = date.today()
    office = list_offices(db)[0].id
    filters = {
        "open (default)": RequestFilter(),
        "every state": RequestFilter(state=None),
        "kind c4": RequestFilter(kind="c4"),
        "waiting for info": RequestFilter(state="waiting_for_info"),
        "one office": RequestFilter(office_id=office),
        "due today": RequestFilter(due_before=today),
        "this week": RequestFilter(due_before=week_end(today)),
        "assigned to me": RequestFilter(assigned_to_me=True),
        "member 'ma'": RequestFilter(member_text="ma"),
    }

    # the services: first page (ids + rows), every id, the counts
    services = {}
    for name, where in filters.items():
        first, every, counts = [], [], []
        for _ in range(5):
            start = time.perf_counter()
            service.first_requests(ctx, where, 100)
            first.append((time.perf_counter() - start) * 1000)
            start = time.perf_counter()
            found = len(service.list_request_ids(ctx, where))
            every.append((time.perf_counter() - start) * 1000)
            start = time.perf_counter()
            service.queue_counts(ctx, where)
            counts.append((time.perf_counter() - start) * 1000)
        services[name] = {
            "found": found,
            "first_page_ms": round(statistics.median(first), 1),
            "all_ids_ms": round(statistics.median(every), 1),
            "counts_ms": round(statistics.median(counts), 1),
        }

    # the window: first paint of the queue, then each filter change to its first rows
    worker = Worker()
    view = TeamAdminQueueView(worker, ctx)
    view.resize(1100, 700)

    def wait_rows(started: float) -> float:
        while not view.model.answered:
            app.processEvents()
        return (time.perf_counter() - started) * 1000

    start = time.perf_counter()
    view.show()
    first_paint = wait_rows(start)
    while view.busy:
        app.processEvents()
    changes = {}
    for name, action in (
        ("kind c4", lambda: view.set_kind_filter("c4")),
        ("every kind", lambda: view.set_kind_filter(None)),
        ("waiting for info", lambda: view.set_state_filter("waiting_for_info")),
        ("open", lambda: view.set_state_filter("open")),
        ("due today", lambda: view.day_view("today")),
        ("this week", lambda: view.day_view("week")),
        ("any date", lambda: view.day_view(None)),
        ("assigned to me", lambda: view.mine.setChecked(True)),
        ("everyone's", lambda: view.mine.setChecked(False)),
    ):
        start = time.perf_counter()
        action()
        changes[name] = round(wait_rows(start), 1)
        while view.busy:
            app.processEvents()
    keystrokes = []
    for typed in ("m", "ma", "mar", "mart", "marti", "martin", "d", "du", "dub", "dubo"):
        view.search_box.setText(typed)
        start = time.perf_counter()
        view.apply_filter()  # what the typing pause's timer does
        keystrokes.append(wait_rows(start))
        while view.busy:
            app.processEvents()
    worker.shutdown()
    db.dispose()
    worst_change = max(changes.values())
    keystroke = summary(keystrokes)
    return {
        "name": "teamadmin_queue",
        "requests": requests,
        "budget_first_paint_ms": FIRST_PAINT_BUDGET_MS,
        "first_paint_ms": round(first_paint, 1),
        "budget_filter_change_ms": FILTER_BUDGET_MS,
        "filter_change_ms": changes,
        "budget_member_keystroke_p95_ms": KEYSTROKE_BUDGET_MS,
        "member_keystroke": keystroke,
        "services": services,
        "ok": first_paint < FIRST_PAINT_BUDGET_MS
        and worst_change < FILTER_BUDGET_MS
        and keystroke["p95_ms"] < KEYSTROKE_BUDGET_MS,
    }


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--requests", type=int, default=REQUESTS)
    args = parser.parse_args()
    emit(run(args.data_dir, args.requests))
