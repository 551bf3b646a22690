"""A colleague created on the central database signs in on an office's device for the
first time: their central password proves who they are, then they choose a PIN."""

from __future__ import annotations

import pytest

from app.services.errors import ServiceError, SignInFailed, ValidationFailed
from app.services.users import device_users, set_first_pin, sign_in
from app.sync.central import disable_user
from tests.sync.conftest import PASSWORD


def test_a_centrally_created_colleague_sets_a_pin_with_their_central_password(central):
    device = central.device("gnt1")  # the office's device, connected by a first adviser
    colleague = central.login("gnt2")
    choices = {c.login: c for c in device_users(device.db)}
    assert colleague in choices and not choices[colleague].has_pin

    with pytest.raises(SignInFailed) as no_pin:
        sign_in(device.db, colleague, "1234")
    assert no_pin.value.message_key == "user.pin_not_set"
    with pytest.raises(ValidationFailed):
        set_first_pin(device.db, colleague, PASSWORD, "12")

    user = set_first_pin(device.db, colleague, PASSWORD, "4321")
    assert user.login == colleague and user.office_code == "GNT"
    assert sign_in(device.db, colleague, "4321").login == colleague
    with pytest.raises(ValidationFailed):  # a PIN is set once this way; then it is a PIN
        set_first_pin(device.db, colleague, PASSWORD, "9999")


def test_a_colleague_the_central_database_refuses_gets_no_pin(central):
    # (this test server trusts local connections, so a wrong password cannot be shown
    # here; a login the central database disabled is refused all the same)
    device = central.device("gnt1")
    disable_user(central.url, central.login("gnt3"))
    with pytest.raises(SignInFailed):
        set_first_pin(device.db, central.login("gnt3"), PASSWORD, "4321")
    assert not {c.login: c for c in device_users(device.db)}[central.login("gnt3")].has_pin


def test_without_the_central_database_the_first_pin_waits_and_says_why(central, proxy):
    device = central.device("gnt1", url=central.user_url(port=proxy.port))
    proxy.stop()  # the office is offline now
    with pytest.raises(ServiceError) as failure:
        set_first_pin(device.db, central.login("gnt2"), PASSWORD, "4321")
    assert failure.value.message_key == "sync.offline"
