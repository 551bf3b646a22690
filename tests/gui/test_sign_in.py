"""Signing in: a wrong PIN is refused with a translated message; the first user."""

from __future__ import annotations

from ui.i18n import install_language
from ui.sign_in import FirstRunDialog, SignInDialog


def test_a_wrong_pin_is_refused_with_a_translated_message(qtbot, demo_db, worker, english):
    install_language("nl")
    dialog = SignInDialog(demo_db.db, worker)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    dialog.select_login("gui.gnt")
    qtbot.keyClicks(dialog.pin, "9999")
    dialog.try_sign_in()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert dialog.user is None
    assert dialog.error.text() == (
        "Verkeerde pincode voor deze gebruiker. Controleer de pincode en probeer opnieuw."
    )


def test_the_right_pin_signs_in(qtbot, demo_db, worker, english):
    dialog = SignInDialog(demo_db.db, worker)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    dialog.select_login("gui.gnt")
    qtbot.keyClicks(dialog.pin, "1111")
    with qtbot.waitSignal(dialog.signedIn, timeout=10_000):
        dialog.try_sign_in()
    assert dialog.user.login == "gui.gnt" and dialog.user.office_code == "GNT"


def test_first_run_creates_the_administrator(qtbot, db, worker, english):
    dialog = FirstRunDialog(db, worker)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    dialog.name.setText("Nora Nieuw")
    dialog.login.setText("nora")
    dialog.office.setCurrentIndex(dialog.office.findData("GNT"))
    dialog.pin.setText("4321")
    dialog.pin_again.setText("4322")
    dialog.create_user()
    assert dialog.errors["pin"].text() == "The two PINs are not the same. Type them again."
    dialog.pin_again.setText("4321")
    with qtbot.waitSignal(dialog.signedIn, timeout=10_000):
        dialog.create_user()
    assert dialog.user.role == "admin" and dialog.user.office_code == "GNT"


def test_first_run_puts_a_short_pin_message_next_to_the_pin(qtbot, db, worker, english):
    dialog = FirstRunDialog(db, worker)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    dialog.name.setText("Nora Nieuw")
    dialog.login.setText("nora")
    dialog.pin.setText("12")
    dialog.pin_again.setText("12")
    dialog.create_user()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert dialog.errors["pin"].text() == "The PIN must have at least 4 digits, and digits only."


def test_a_colleague_created_centrally_is_asked_for_the_central_password_and_a_new_pin(
    qtbot, demo_db, worker, english
):
    from sqlalchemy import update

    from app.db.models import User

    with demo_db.db.transaction() as session:  # as a pull brings a centrally made user
        session.execute(update(User).where(User.login == "gui.gnt").values(pin_hash=""))
    dialog = SignInDialog(demo_db.db, worker)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    dialog.select_login("gui.gnt")
    assert dialog.first_sign_in and dialog.first_box.isVisible() and not dialog.pin.isVisible()
    dialog.central_password.setText("central-secret")
    dialog.new_pin.setText("4321")
    dialog.new_pin_again.setText("4322")
    dialog.try_sign_in()
    assert dialog.error.text() == "The two PINs are not the same."
    dialog.new_pin_again.setText("4321")
    dialog.try_sign_in()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert dialog.user is None  # this device never connected: nothing to check against
    assert dialog.error.text().startswith("This device is not connected to the central")
    dialog.select_login("gui.bxl")  # a colleague with a PIN: the usual field again
    assert not dialog.first_box.isVisible() and dialog.pin.isVisible()
