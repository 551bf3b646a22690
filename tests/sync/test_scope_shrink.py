"""When a user's scope shrinks (moved to another office, demoted), the device does not keep
what the user may no longer read: the next round pulls everything again and removes the
rest, children before parents, and says how many rows per table; a change not yet sent
of a removed row is kept in the refused changes, not lost (issue 7, point 3)."""

from __future__ import annotations

import uuid

import sqlalchemy as sa

from app.services.members.members import update_member_contact

BXL = str(uuid.uuid5(uuid.NAMESPACE_URL, "smartdesk:office:BXL"))
GNT = str(uuid.uuid5(uuid.NAMESPACE_URL, "smartdesk:office:GNT"))
DEMO_TABLES = ("members", "activities", "clients", "quotes", "quote_lines", "contracts")


def on_device(device, table: str, office: str) -> int:
    if table == "quote_lines":  # lines have the office of their quote
        return device.scalar(
            "SELECT count(*) FROM quote_lines l JOIN quotes q ON q.id = l.quote_id "
            "WHERE q.office_id = :o",
            o=office.replace("-", ""),
        )
    return device.scalar(
        f"SELECT count(*) FROM {table} WHERE office_id = :o", o=office.replace("-", "")
    )


def centrally(central, table: str, office: str) -> int:
    if table == "quote_lines":
        return central.scalar(
            "SELECT count(*) FROM quote_lines l JOIN quotes q ON q.id = l.quote_id "
            "WHERE q.office_id = :o",
            o=office,
        )
    return central.scalar(f"SELECT count(*) FROM {table} WHERE office_id = :o", o=office)


def test_an_adviser_moved_from_gent_to_brussels_keeps_no_gent_member_and_gets_brussels(central):
    device = central.device("gnt1")
    gent_members = centrally(central, "members", GNT)
    assert on_device(device, "members", GNT) == gent_members > 0
    assert on_device(device, "members", BXL) == 0

    central.execute("UPDATE users SET office_id = :o WHERE login = :l", o=BXL, l=device.login)
    report = device.sync()

    assert report.ok, report
    for table in DEMO_TABLES:
        assert on_device(device, table, GNT) == 0, table
        assert on_device(device, table, BXL) == centrally(central, table, BXL), table
    assert report.removed_by_table["members"] == gent_members
    assert report.removed == sum(report.removed_by_table.values())
    assert report.summary()["removed_by_table"]["quotes"] == centrally(central, "quotes", GNT)
    assert device.sync().removed == 0  # said once


def test_a_demoted_admin_loses_the_other_offices_rows(central):
    device = central.device("adm")  # an administrator of the Brussels office
    assert on_device(device, "members", GNT) == centrally(central, "members", GNT) > 0

    central.execute("UPDATE users SET role = 'adviser' WHERE login = :l", l=device.login)
    report = device.sync()

    assert report.ok, report
    assert set(report.removed_by_table) >= {"members", "quotes", "quote_lines"}
    assert (
        device.scalar("SELECT count(*) FROM members WHERE office_id <> :o", o=BXL.replace("-", ""))
        == 0
    )
    for table in DEMO_TABLES:
        assert on_device(device, table, BXL) == centrally(central, table, BXL), table
    # no orphans: every line left belongs to a quote left
    assert not device.scalar(
        "SELECT count(*) FROM quote_lines l LEFT JOIN quotes q ON q.id = l.quote_id "
        "WHERE q.id IS NULL"
    )


def test_an_unsent_edit_of_a_row_that_left_the_scope_is_kept_in_the_refused_changes(central):
    device = central.device("gnt1")
    member = str(
        central.scalar(
            "SELECT id FROM members WHERE office_id = :o ORDER BY member_number LIMIT 1", o=GNT
        )
    )
    update_member_contact(device.ctx(), member, email="unsent@example.be")
    # the device is too old to push (it still pulls), and its user moves to Brussels
    central.execute("UPDATE sync_settings SET value = '9999' WHERE key = 'min_client_revision'")
    central.execute("UPDATE users SET office_id = :o WHERE login = :l", o=BXL, l=device.login)

    report = device.sync()

    assert report.message_key == "sync.update_smartdesk"  # pushed nothing, said why
    assert report.removed_by_table["members"] == centrally(central, "members", GNT)
    assert not device.scalar(
        "SELECT count(*) FROM members WHERE id = :i", i=member.replace("-", "")
    )
    assert report.pending == 0 and device.scalar("SELECT count(*) FROM outbox") == 0
    assert [(r["entity"], r["entity_id"], r["message_key"]) for r in report.rejected] == [
        ("members", member, "sync.left_scope")
    ]
    with device.db.engine.connect() as conn:
        kept = conn.execute(
            sa.text("SELECT payload, message_key FROM sync_rejections WHERE entity_id = :i"),
            {"i": member.replace("-", "")},
        ).one()
    assert kept.message_key == "sync.left_scope"
    assert '"unsent@example.be"' in kept.payload  # the change itself, not lost
    assert (
        central.scalar("SELECT email FROM members WHERE id = :i", i=member) != "unsent@example.be"
    )
