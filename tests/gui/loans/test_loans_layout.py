"""The Loans view at the window's usual size (1280×800) in French, the longest of the
three languages: the selected application fits the panel's width, nothing runs under its
right edge, and a decided loan reads as text."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget
from sqlalchemy import select

from app.config import Paths, Settings
from app.db.models import ActivityMember
from app.formatting import format_money
from app.services.context import ServiceContext
from app.services.loans.loans import (
    LoanDraft,
    attach_evidence,
    create_application,
    decide_application,
    save_draft,
    submit_application,
)
from app.services.users import create_user, user_by_login


@pytest.fixture
def french(qapp):
    from ui.i18n import install_language

    install_language("fr")
    yield
    install_language("en")


def _loans(people) -> tuple[str, str, str]:
    """An approved loan with its 24 instalments, one to decide and a draft, all for the
    Gent member."""
    create_user(
        ServiceContext(people.db, people.admin), "reviewer", "Rita", "loan_reviewer", "BXL", "4444"
    )
    adviser = people.ctx(people.gent_adviser)
    with people.db.reading() as session:
        activity = session.scalar(
            select(ActivityMember.activity_id).where(ActivityMember.member_id == people.gent_member)
        )
    approved = create_application(adviser, activity)
    save_draft(
        adviser,
        approved,
        LoanDraft(
            purpose="professional_equipment",
            amount="12450.00",
            months=24,
            first_due=date.today() + timedelta(days=30),
            explanation="Avance pour la tournée d'automne : transport, logement et matériel.",
            items=[{"description": "Location d'une camionnette pour la tournée", "price": "12450"}],
        ),
    )
    attach_evidence(adviser, approved, "quote", "devis-location-camionnette.pdf", b"%PDF")
    submit_application(adviser, approved, assessment="Activité régulière depuis 2021.")
    reviewer = ServiceContext(people.db, user_by_login(people.db, "reviewer"))
    decide_application(reviewer, approved, True, "", None, None)
    submitted = create_application(adviser, activity)
    save_draft(
        adviser,
        submitted,
        LoanDraft(
            purpose="training",
            amount="1800",
            months=12,
            first_due=date.today() + timedelta(days=30),
            explanation="Formation de maquilleuse pour le théâtre, six modules le samedi.",
            items=[{"description": "Inscription aux six modules", "price": "1800"}],
        ),
    )
    attach_evidence(adviser, submitted, "programme", "programme-des-modules.pdf", b"%PDF")
    submit_application(adviser, submitted, assessment="Demande cohérente avec l'activité.")
    draft = create_application(adviser, activity)
    return approved, submitted, draft


def _overflow(panel) -> list[str]:
    """What of the panel reaches past the right edge of its visible area, or is cut."""
    viewport = panel.viewport()
    right = viewport.width()
    found = []
    if panel.horizontalScrollBar().isVisible():
        found.append("the panel scrolls sideways")
    if panel.widget().width() > right:
        found.append(f"the panel's body is {panel.widget().width()} wide for {right}")
    for widget in panel.widget().findChildren(QWidget):
        if not widget.isVisibleTo(panel):
            continue
        edge = widget.mapTo(viewport, widget.rect().topRight()).x()
        if edge > right:
            found.append(f"{type(widget).__name__} {widget.objectName()} ends at {edge} of {right}")
    for label in panel.widget().findChildren(QLabel):
        if not label.isVisibleTo(panel) or not label.text():
            continue
        if not label.wordWrap() and label.width() < label.minimumSizeHint().width():
            found.append(f"{label.text()[:40]!r} is cut ({label.width()} wide)")
    table = panel.schedule
    if table.isVisibleTo(panel):
        header = table.horizontalHeader()
        if header.length() > table.viewport().width():
            found.append("the repayment table's columns run past its edge")
        metrics = table.fontMetrics()
        for column in range(table.columnCount()):
            for row in range(min(table.rowCount(), 3)):
                text = table.item(row, column).text()
                if metrics.horizontalAdvance(text) > header.sectionSize(column) - 4:
                    found.append(f"repayment {row}/{column} {text!r} is cut")
    return found


def _open(qtbot, window, loan_id):
    view = window.views["loans"]
    window.show_view("loans")
    qtbot.waitUntil(lambda: not window.busy and view.figures is not None, timeout=10_000)
    view.open_loan(loan_id)
    qtbot.waitUntil(
        lambda: view.panel.view is not None and view.panel.view.id == loan_id and not window.busy,
        timeout=10_000,
    )
    qtbot.wait(50)  # the layouts settle
    return view.panel


@pytest.mark.parametrize("login", ["reviewer", "adviser.gnt"])
def test_the_loan_panel_fits_its_width_at_1280_by_800_in_french(
    qtbot, qapp, worker, people, tmp_path, french, login
):
    from ui.main_window import MainWindow

    approved, submitted, draft = _loans(people)
    user = user_by_login(people.db, login)
    window = MainWindow(
        Paths.in_folder(tmp_path / "data"), ServiceContext(people.db, user), worker, Settings("fr")
    )
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitUntil(lambda: not window.busy, timeout=10_000)

    panel = _open(qtbot, window, approved)
    assert panel.repay_box.isVisibleTo(panel) and panel.schedule.rowCount() == 24
    assert _overflow(panel) == []
    # a decided loan reads as text: no inputs, its values written out
    assert not panel.explanation.isVisibleTo(panel)
    assert panel.fields["amount"].text.text() == format_money(Decimal("12450.00"), "fr")
    assert "tournée d'automne" in panel.fields["explanation"].text.text()

    if login == "reviewer":  # the decision: its inputs and buttons within the width
        panel = _open(qtbot, window, submitted)
        assert panel.decision_box.isVisibleTo(panel)
        assert _overflow(panel) == []

    if login == "adviser.gnt":  # the adviser's own draft: inputs, still within the width
        panel = _open(qtbot, window, draft)
        assert panel.explanation.isVisibleTo(panel)
        assert isinstance(panel.fields["explanation"].editor, QPlainTextEdit)
        assert _overflow(panel) == []
