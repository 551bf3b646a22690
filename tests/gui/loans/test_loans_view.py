"""The loans view end to end (issue 12): an adviser prepares an application, a reviewer
decides it, the adviser records a payment; the balance and the overview chart change."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from sqlalchemy import select

from app.db.models import ActivityMember
from app.services.context import ServiceContext
from app.services.users import create_user, user_by_login


def _wait_loaded(qtbot, view, state: str | None = None):
    def ready():
        shown = view.panel.view
        return (
            shown is not None and (state is None or shown.state == state) and not view._worker.busy
        )

    qtbot.waitUntil(ready, timeout=10_000)
    return view.panel.view


def test_prepare_decide_and_repay_a_loan(qtbot, qapp, worker, people, tmp_path, english):
    from ui.loans.loans import LoansView

    create_user(
        ServiceContext(people.db, people.admin),
        "reviewer",
        "Rita Reviewer",
        "loan_reviewer",
        "BXL",
        "4444",
    )
    reviewer = ServiceContext(people.db, user_by_login(people.db, "reviewer"))
    adviser = people.ctx(people.gent_adviser)
    with people.db.reading() as session:
        activity_id = session.scalar(
            select(ActivityMember.activity_id).where(ActivityMember.member_id == people.gent_member)
        )

    # the adviser prepares it
    view = LoansView(worker, adviser)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: not worker.busy and view.figures is not None, timeout=10_000)
    assert view.table.rowCount() == 0
    view.start_application(activity_id)
    loan = _wait_loaded(qtbot, view, "draft")
    panel = view.panel
    assert loan.reference.startswith("LOAN-GNT-")
    panel.purpose.setCurrentIndex(panel.purpose.findData("professional_equipment"))
    panel.amount.clear()
    qtbot.keyClicks(panel.amount, "2400")
    panel.months.clear()
    qtbot.keyClicks(panel.months, "12")
    qtbot.keyClicks(panel.explanation, "A kiln for larger pieces")
    qtbot.waitUntil(lambda: panel.saved.text() == "Saved", timeout=10_000)
    evidence = tmp_path / "kiln-quote.pdf"
    evidence.write_bytes(b"%PDF-1.4 supplier quote")
    panel.attach_file("quote", str(evidence))
    qtbot.waitUntil(lambda: "kiln-quote.pdf" in panel.evidence_list.text(), timeout=10_000)
    qtbot.mouseClick(panel.submit_button, Qt.MouseButton.LeftButton)
    loan = _wait_loaded(qtbot, view, "submitted")
    assert loan.amount == Decimal("2400.00") and loan.months == 12
    assert "Instalment" in panel.review_text.text()
    assert not panel.decision_box.isVisibleTo(panel)  # the adviser does not decide

    # the reviewer decides it
    other = LoansView(worker, reviewer)
    qtbot.addWidget(other)
    other.show()
    qtbot.waitUntil(lambda: not worker.busy and other.figures is not None, timeout=10_000)
    before = sum(other.chart.heights["professional_equipment"])
    assert other.table.rowCount() == 1
    other.select_row(0)
    _wait_loaded(qtbot, other, "submitted")
    assert other.panel.decision_box.isVisibleTo(other.panel)
    other.panel.approve_amount.setText("2000.00")
    qtbot.mouseClick(other.panel.approve_button, Qt.MouseButton.LeftButton)
    decided = _wait_loaded(qtbot, other, "approved")
    assert decided.approved_amount == Decimal("2000.00")
    qtbot.waitUntil(
        lambda: sum(other.chart.heights["professional_equipment"]) == before + 2000, timeout=10_000
    )

    # the adviser records a payment
    view.refresh_list()
    qtbot.waitUntil(lambda: not worker.busy, timeout=10_000)
    view.open_loan(loan.id)
    shown = _wait_loaded(qtbot, view, "approved")
    assert "€2,000.00" in view.panel.balance.text()
    assert shown.instalments[0].amount == Decimal("166.66")
    qtbot.keyClicks(view.panel.payment, "250")
    view.panel.paid_on.setDate(view.panel.paid_on.date())
    qtbot.mouseClick(view.panel.pay_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "€1,750.00" in view.panel.balance.text(), timeout=10_000)
    assert view.panel.schedule.item(1, 3).text() == "€83.34"
    assert view.panel.view.balance == Decimal("1750.00")
