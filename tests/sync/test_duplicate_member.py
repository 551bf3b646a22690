"""Two offline devices make the same person a member: the central database keeps one,
the second device gets a conflict to merge, never a second member (issue #9)."""

from __future__ import annotations

from app.db.models import Member
from app.services.members.duplicates import merge_duplicate_member
from app.services.members.members import create_member
from app.services.onboarding.activities import save_activity_draft
from app.services.sync.sync import list_conflicts, resolve_conflict

INSZ = "850730033" + f"{97 - 850730033 % 97:02d}"
PERSON = {
    "first_name": "Noor",
    "last_name": "Tweemaal",
    "insz": INSZ,
    "birth_date": "",
    "street": "",
    "postcode": "9000",
    "city": "Gent",
    "country": "BE",
    "email": "",
    "phone": "",
    "iban": "",
    "language": "nl",
    "shares": 1,
}


def test_the_second_device_gets_a_conflict_and_the_central_database_one_member(central):
    a, b = central.device("gnt1"), central.device("gnt2")
    first = create_member(a.ctx(), **PERSON)  # both offline: neither knows the other's
    # Until the per-device numbering series (issue #14), two devices give the same next
    # member number; b's first new member takes it, so the person's insert fails on
    # the INSZ alone.
    other_insz = "900315123" + f"{97 - 900315123 % 97:02d}"
    create_member(b.ctx(), **{**PERSON, "first_name": "Other", "insz": other_insz})
    second = create_member(b.ctx(), **{**PERSON, "email": "noor@example.org"})
    report = a.sync()
    assert report.ok and report.conflicts == 0, report
    report = b.sync()
    assert report.conflicts == 1, report
    assert central.scalar("SELECT count(*) FROM members WHERE insz = :i", i=INSZ) == 1
    assert str(central.scalar("SELECT id FROM members WHERE insz = :i", i=INSZ)) == str(first)
    [conflict] = list_conflicts(b.ctx())
    assert conflict.reason == "duplicate_person"
    assert conflict.entity == "members" and conflict.entity_id == str(second)
    assert conflict.mine["email"] == "noor@example.org"
    assert str(conflict.theirs["id"]) == str(first)  # the member to merge into
    # the device now holds the central member beside its own, for the merge
    assert b.scalar("SELECT count(*) FROM members WHERE insz = :i", i=INSZ) == 2
    assert (
        b.scalar(
            "SELECT count(*) FROM outbox WHERE entity = 'members' AND entity_id = :i", i=str(second)
        )
        == 0
    )
    # nothing more goes out for it: a second round changes nothing centrally
    b.sync()
    assert central.scalar("SELECT count(*) FROM members WHERE insz = :i", i=INSZ) == 1
    # the Sync view's "keep theirs" merges: one member left on the device too
    resolve_conflict(b.ctx(), conflict.id, "theirs")
    assert b.scalar("SELECT count(*) FROM members WHERE insz = :i", i=INSZ) == 1
    assert list_conflicts(b.ctx()) == []


def test_merging_moves_the_devices_work_onto_the_existing_member(central):
    a, b = central.device("gnt1"), central.device("gnt2")
    first = create_member(a.ctx(), **PERSON)
    other_insz = "900315123" + f"{97 - 900315123 % 97:02d}"
    create_member(b.ctx(), **{**PERSON, "first_name": "Other", "insz": other_insz})
    second = create_member(b.ctx(), **{**PERSON, "email": "noor@example.org"})
    activity = save_activity_draft(b.ctx(), second, name="Noor's studio")  # offline too
    a.sync()
    b.sync()
    [conflict] = list_conflicts(b.ctx())
    merge_duplicate_member(b.ctx(), conflict.id, keep_mine=("email",))
    report = b.sync()
    assert report.ok and report.conflicts == 0, report
    assert central.scalar("SELECT count(*) FROM members WHERE insz = :i", i=INSZ) == 1
    assert central.scalar("SELECT email FROM members WHERE id = :i", i=str(first)) == (
        "noor@example.org"
    )
    holder = central.scalar(
        "SELECT member_id FROM activity_members WHERE activity_id = :a", a=str(activity)
    )
    assert str(holder) == str(first)
    assert b.scalar("SELECT count(*) FROM members WHERE insz = :i", i=INSZ) == 1
    assert list_conflicts(b.ctx()) == []
    a.sync()  # the other device learns the merged fields
    with a.db.reading() as session:
        assert session.get(Member, str(first)).email == "noor@example.org"
