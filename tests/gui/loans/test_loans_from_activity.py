"""Loans from an Activity's page (issue 12 with issue 9): the page lists the Activity's
loans with their state and balance, and "Apply for a loan" opens the Loans view on a new
application for that Activity, as "New quote" opens the quote editor."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from app.db.models import Activity, ActivityMember, LoanApplication, Office
from app.services.context import ServiceContext
from app.services.loans.loans import create_application
from app.services.teamadmin.requests import ask_teamadmin, member_requests
from app.services.users import user_by_login
from tests.gui.conftest import open_window


def settle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.busy, timeout=15_000)


def _gent_activity_with_loans(demo_db) -> tuple[str, int]:
    """A Gent Activity with a holder, and one application prepared for it (through the
    service, as the Loans view does); its loan count."""
    with demo_db.db.reading() as session:
        activity_id = session.scalar(
            select(ActivityMember.activity_id)
            .join(Activity, Activity.id == ActivityMember.activity_id)
            .join(Office, Office.id == Activity.office_id)
            .where(
                Office.code == "GNT",
                ActivityMember.role == "holder",
                ActivityMember.deleted_at.is_(None),
                Activity.deleted_at.is_(None),
            )
            .order_by(ActivityMember.activity_id)
            .limit(1)
        )
    ctx = ServiceContext(demo_db.db, user_by_login(demo_db.db, "gui.gnt"))
    create_application(ctx, activity_id)
    with demo_db.db.reading() as session:
        count = session.scalar(
            select(func.count()).where(
                LoanApplication.activity_id == activity_id, LoanApplication.deleted_at.is_(None)
            )
        )
    return activity_id, count


def test_the_activity_page_lists_its_loans_and_applies_for_one(qtbot, demo_db, worker, english):
    activity_id, count = _gent_activity_with_loans(demo_db)
    window = open_window(qtbot, demo_db, worker, "gui.gnt")
    window.show_view("members")
    window.members.open_activity(activity_id)
    settle(qtbot, window)
    page = window.members.activity_page
    assert page.loans.rowCount() == count
    assert page.loans_box.title() == f"Loans ({count})"
    states = {page.loans.item(r, 1).text() for r in range(count)}
    assert "Draft" in states and "draft" not in states  # words, not codes
    assert not page.apply_loan_button.isHidden()

    qtbot.mouseClick(page.apply_loan_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert window.stack.currentWidget() is window.views["loans"]
    with demo_db.db.reading() as session:
        now = session.scalar(
            select(func.count()).where(
                LoanApplication.activity_id == activity_id, LoanApplication.deleted_at.is_(None)
            )
        )
    assert now == count + 1
    qtbot.waitUntil(lambda: window.views["loans"].panel.view is not None, timeout=10_000)
    shown = window.views["loans"].panel.view
    assert shown.state == "draft" and shown.activity_id == activity_id


def test_teamadmin_sees_no_loans_on_an_activity_page(qtbot, demo_db, worker, english):
    from tests.gui.test_view_registry import add_teamadmin

    activity_id, _count = _gent_activity_with_loans(demo_db)
    window = open_window(qtbot, demo_db, worker, add_teamadmin(demo_db))
    assert "loans" not in window.views  # TeamAdmin has no Loans view
    window.show_view("members")
    window.members.open_activity(activity_id)
    settle(qtbot, window)
    assert window.members.activity_page.loans_box.isHidden()


def test_the_activity_page_asks_teamadmin_for_its_holder(qtbot, demo_db, worker, english):
    activity_id, _count = _gent_activity_with_loans(demo_db)
    ctx = ServiceContext(demo_db.db, user_by_login(demo_db.db, "gui.gnt"))
    with demo_db.db.reading() as session:
        holder = session.scalar(
            select(ActivityMember.member_id).where(
                ActivityMember.activity_id == activity_id, ActivityMember.role == "holder"
            )
        )
    before = len(member_requests(ctx, holder))
    ask_teamadmin(
        ctx,
        holder,
        "employment_attest",
        {"period_start": "2026-01-01", "period_end": "2026-06-30", "purpose": "Huurcontract"},
    )
    window = open_window(qtbot, demo_db, worker, "gui.gnt")
    window.show_view("members")
    window.members.open_activity(activity_id)
    settle(qtbot, window)
    section = window.members.activity_page.requests
    assert section.member_id == holder
    assert section.table.rowCount() == before + 1
    assert section.ask_button.isEnabled() and not section.ask_button.isHidden()
    assert section.ask_button.text() == "Ask TeamAdmin for…"
    dialog = section.ask("employment_attest")
    assert dialog is not None and dialog._member_id == holder
    dialog.reject()
