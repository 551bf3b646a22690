"""Declarations reach the TeamAdmin queue: its second tab lists every office's submitted
and questioned declarations with the days left, overdue first, and opens the
declaration form from there."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from app.db.models import Member, Office
from app.domain.declarations.accident import AccidentInput, HealthInput
from app.services.context import ServiceContext
from app.services.declarations import declarations as svc
from app.services.declarations.declarations import DeclarationFilter, list_declarations
from app.services.users import user_by_login
from tests.gui.conftest import open_window
from tests.gui.test_view_registry import add_teamadmin


def _submitted(demo_db, login: str, office: str, day: date) -> str:
    """An accident declaration of a member of `office`, filed and submitted to TeamAdmin."""
    ctx = ServiceContext(demo_db.db, user_by_login(demo_db.db, login))
    with demo_db.db.reading() as session:
        member = session.scalar(
            select(Member.id)
            .join(Office, Office.id == Member.office_id)
            .where(Office.code == office, Member.deleted_at.is_(None))
            .order_by(Member.member_number)
            .limit(1)
        )
    accident = AccidentInput(
        member_id=member,
        occurred_at=svc.occurred_at_local(day, 10, 30),
        accident_type="workplace",
        place="Atelier",
        description="Cut a hand on a broken glass while setting up an exhibition.",
        deviation_code="51",
        health=HealthInput(
            injury_nature="wound", body_part="hand", injury_code="011", incapacity_days=0
        ),
    )
    filed = svc.file_accident(ctx, accident, date.today())
    svc.submit(ctx, "accident", filed)
    return filed


def settle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.busy, timeout=15_000)


def test_the_queue_lists_declarations_in_a_tab_and_opens_their_form(
    qtbot, demo_db, worker, english
):
    today = date.today()
    _submitted(demo_db, "gui.gnt", "GNT", today - timedelta(days=12))  # overdue
    _submitted(demo_db, "gui.admin", "BXL", today - timedelta(days=1))
    login = add_teamadmin(demo_db)
    ctx = ServiceContext(demo_db.db, user_by_login(demo_db.db, login))
    expected = list_declarations(ctx, DeclarationFilter(teamadmin_queue=True))
    assert len({row.office_code for row in expected}) > 1, "the demo has several offices'"

    window = open_window(qtbot, demo_db, worker, login)
    window.show_view("teamadmin")
    queue = window.views["teamadmin"]
    settle(qtbot, window)
    assert queue.tabs.tabText(1) == "Declarations"
    assert not queue.declarations.rows  # not read before the tab is shown
    queue.tabs.setCurrentIndex(1)
    settle(qtbot, window)
    tab = queue.declarations
    assert [r.id for r in tab.rows] == [r.id for r in expected]
    assert tab.table.rowCount() == len(expected)
    left = [r.days_left for r in tab.rows]
    assert left == sorted(left)  # overdue (negative) first
    assert left[0] < 0
    assert tab.table.item(0, 6).text() == f"overdue by {-left[0]} d"

    tab.open_row(0)
    settle(qtbot, window)
    declarations = window.views["declarations"]
    assert window.stack.currentWidget() is declarations
    form = declarations.pages.currentWidget()
    assert form in (declarations.accident_form, declarations.claim_form)


def test_the_declarations_tab_counts_in_the_singular_and_the_plural(
    qtbot, demo_db, worker, english
):
    _submitted(demo_db, "gui.gnt", "GNT", date.today() - timedelta(days=2))
    _submitted(demo_db, "gui.admin", "BXL", date.today() - timedelta(days=1))
    window = open_window(qtbot, demo_db, worker, add_teamadmin(demo_db))
    window.show_view("teamadmin")
    queue = window.views["teamadmin"]
    queue.tabs.setCurrentIndex(1)
    settle(qtbot, window)
    tab = queue.declarations
    rows = list(tab.rows)
    assert len(rows) >= 2
    assert tab.status.text() == f"{len(rows)} declarations"
    tab.rows = rows[:1]  # as after a refresh that found one
    tab._show_rows()
    assert tab.status.text() == "1 declaration"
