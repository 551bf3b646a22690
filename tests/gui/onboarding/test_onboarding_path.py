"""The whole path of a first appointment, driven as the adviser does it: a new member,
an Activity started, the window closed mid-wizard, the draft found again on Home,
the wizard finished, the checklist done, the Activity activated, its page, a budget
simulated, a quote started for it, the welcome summary in the member's language."""

from __future__ import annotations

import shutil
import subprocess

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from app.db.models import Activity, AuditEntry, Member
from tests.gui.conftest import open_window

INSZ = "030115002" + f"{97 - int('2030115002') % 97:02d}"  # born 15 Jan 2003, a woman


def settle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.busy, timeout=15_000)


def test_first_appointment_from_new_member_to_a_quote(qtbot, demo_db, worker, english, tmp_path):
    window = open_window(qtbot, demo_db, worker, "gui.gnt")
    window.show_view("members")
    members = window.members

    # --- a new member, checked as typed -----------------------------------------------
    form = members.new_member()
    qtbot.keyClicks(form.inputs["first_name"], "Lotte")
    qtbot.keyClicks(form.inputs["last_name"], "Van Onboarding")
    qtbot.keyClicks(form.inputs["insz"], INSZ[:-1] + str((int(INSZ[-1]) + 1) % 10))
    settle(qtbot, window)
    assert form.fields.text("insz").startswith("The check digits do not match")
    assert not form.save_button.isEnabled()
    form.inputs["insz"].clear()
    qtbot.keyClicks(form.inputs["insz"], INSZ)
    qtbot.keyClicks(form.inputs["birth_date"], "16/01/2003")
    qtbot.keyClicks(form.inputs["iban"], "BE71 0961 2345 6769")
    qtbot.keyClicks(form.inputs["email"], "lotte@example.org")
    settle(qtbot, window)
    assert form.fields.text("insz") == ""
    assert "born 15 Jan 2003" in form.insz_facts.text() and "woman" in form.insz_facts.text()
    assert not form.warnings["birth_date"].isHidden()  # 16 typed, the INSZ says 15
    assert form.iban_facts.text() == "Bank: GKCCBEBB"
    form.inputs["birth_date"].clear()
    settle(qtbot, window)
    for blocking in form.blocking_duplicates:  # a demo member may share the IBAN
        assert blocking.reason != "insz"
        form._dismiss(blocking.id, True)
    assert form.save_button.isEnabled()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    detail = members.detail.detail
    assert (detail.first_name, detail.last_name) == ("Lotte", "Van Onboarding")
    assert detail.insz_masked.endswith(INSZ[-2:]) and INSZ not in detail.insz_masked

    # the same INSZ again is never a second member: the form offers to open her
    again = members.new_member()
    qtbot.keyClicks(again.inputs["insz"], INSZ)
    settle(qtbot, window)
    assert [d.reason for d in again.blocking_duplicates] == ["insz"]
    assert not again.save_button.isEnabled()
    again.reject()

    # the whole INSZ on request, audited
    members.reveal_insz()
    settle(qtbot, window)
    assert (
        members.detail.revealed_insz == f"{INSZ[:2]}.{INSZ[2:4]}.{INSZ[4:6]}-{INSZ[6:9]}.{INSZ[9:]}"
    )

    # --- the wizard, closed mid-way ---------------------------------------------------------
    members.start_activity()
    wizard = members.wizard
    qtbot.keyClicks(wizard.name, "Lotte's keramiek")
    qtbot.keyClick(wizard.name, Qt.Key.Key_Return)  # Enter: the next step
    assert wizard.step == 1
    settle(qtbot, window)
    assert wizard.activity_id is not None
    draft_id = wizard.activity_id
    window.close()

    window = open_window(qtbot, demo_db, worker, "gui.gnt")
    home = window.home
    drafts = [home.drafts.item(r, 0).text() for r in range(home.drafts.rowCount())]
    assert "Lotte's keramiek" in drafts
    home._open_draft(drafts.index("Lotte's keramiek"))
    settle(qtbot, window)
    members = window.members
    wizard = members.wizard
    assert members.pages.currentWidget() is wizard
    assert (wizard.activity_id, wizard.name.text(), wizard.step) == (
        draft_id,
        "Lotte's keramiek",
        1,
    )
    wizard.sector.setCurrentRow(8)  # visual arts and crafts
    qtbot.mouseClick(wizard.next, Qt.MouseButton.LeftButton)
    assert wizard.step == 2
    wizard.findChild(type(wizard.entity_group.buttons()[0]), "entity_verenigde_producties").click()
    wizard.go_to(3)
    wizard.findChild(type(wizard.tool_group.buttons()[0]), "tool_activity").click()
    wizard.go_to(4)
    wizard.contract_boxes["artistic"].click()
    wizard.go_to(6)
    assert "Lotte&#x27;s keramiek" in wizard.summary.text()  # HTML-escaped
    qtbot.mouseClick(wizard.finish, Qt.MouseButton.LeftButton)
    settle(qtbot, window)

    # --- the Activity's page: checklist, activation ----------------------------------
    page = members.activity_page
    assert members.pages.currentWidget() is page
    assert page.page.name == "Lotte's keramiek" and page.page.status == "draft"
    assert not page.activate.isEnabled()
    assert "Usage agreement signed" in page.missing.text()
    required = [line.key for line in page.page.checklist if line.required]
    for key in required:  # each tick reloads the page: find the box again
        page.checks[key].click()
        settle(qtbot, window)
    assert page.page.status == "ready"
    qtbot.mouseClick(page.activate, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert page.page.status == "active"
    with demo_db.db.reading() as session:
        assert session.get(Activity, draft_id).status == "active"

    # --- the ID scan, kept with the Activity on this computer ------------------------------
    scan = tmp_path / "identiteitskaart.pdf"
    scan.write_bytes(b"%PDF-1.4 scan")
    page.attach("id_scan", str(scan))
    settle(qtbot, window)
    lines = [w.text() for w in page.documents_box.findChildren(type(page.missing), "documentLine")]
    assert lines == ["identiteitskaart.pdf · on this computer"]

    # --- the budget simulator ---------------------------------------------------------
    qtbot.keyClicks(page.budget.amount, "1000")
    qtbot.keyClicks(page.budget.expenses, "100")
    by_type = {s.contract_type: s for s in page.budget.simulations}
    assert str(by_type["employee"].contribution) == "65.00"
    assert str(by_type["employee"].gross_wage) == "538.71"
    assert page.budget.cells[(4, 1)].text() == "€538.71"

    # --- the welcome summary in the member's language --------------------------------------
    pdf = tmp_path / "welcome.pdf"
    page.save_welcome_pdf(pdf)
    settle(qtbot, window)
    assert pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
        assert "Lotte's keramiek" in text and "Identity checked" not in text  # in Dutch
        assert "Identiteit gecontroleerd" in text

    # --- a quote for it ---------------------------------------------------------------------
    dialog = page.new_quote()
    settle(qtbot, window)
    assert window.stack.currentWidget() is window.quotes
    assert dialog.activity.id == draft_id
    dialog.reject()

    # --- back on the member's page, the Activity is linked ---------------------------
    window.show_view("members")
    members._back_from_activity()
    settle(qtbot, window)
    assert [a.name for a in members.detail.detail.activities] == ["Lotte's keramiek"]
    with demo_db.db.reading() as session:
        member_id = session.scalar(select(Member.id).where(Member.last_name == "Van Onboarding"))
        shown = session.scalars(
            select(AuditEntry.action).where(AuditEntry.entity_id == member_id)
        ).all()
    assert "member.create" in shown and "member.insz_shown" in shown
    QApplication.processEvents()
