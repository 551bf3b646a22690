"""Numbers that never collide offline (issue 14, point 1): three devices of one office
send quotes without talking to the central database, then sync in every order; no number
and no structured communication is given twice, and no sent quote changes state."""

from __future__ import annotations

import itertools
import re
from datetime import date, timedelta
from decimal import Decimal

import pytest
import sqlalchemy as sa
from stdnum.be import ogm_vcs

from app.domain.declarations.accident import AccidentInput, HealthInput
from app.services.declarations import declarations
from app.services.loans.loans import create_application, loan_view
from app.services.members.members import create_member, member_detail
from app.services.numbering import device_series
from app.services.quotes.quotes import LineInput, add_line, create_quote, send_quote


def gent_desk(central) -> tuple[str, str]:
    """A Gent Activity and a private Belgian client of it (21 % VAT, nothing to review)."""
    with central.engine.connect() as conn:
        row = conn.execute(
            sa.text(
                "SELECT a.id, c.id FROM activities a JOIN offices o ON o.id = a.office_id "
                "JOIN clients c ON c.activity_id = a.id "
                "WHERE o.code = 'GNT' AND c.kind = 'private' AND c.country = 'BE' "
                "AND a.deleted_at IS NULL AND c.deleted_at IS NULL ORDER BY a.id, c.id LIMIT 1"
            )
        ).first()
    assert row is not None
    return str(row[0]), str(row[1])


def send_one(device, activity: str, client: str) -> tuple[str, str]:
    ctx = device.ctx()
    quote = create_quote(ctx, activity, client)
    add_line(ctx, quote, LineInput("Logo", "design_service", Decimal("1"), Decimal("250.00")))
    return quote, str(send_quote(ctx, quote))


def series_of(device) -> int | None:
    with device.db.transaction() as session:
        return device_series(session)


def test_each_connected_device_gets_its_own_series_shown_in_its_numbers(central):
    devices = [central.device(short) for short in ("gnt1", "gnt2", "gnt1")]
    series = [series_of(d) for d in devices]
    assert None not in series and len(set(series)) == 3
    activity, client = gent_desk(central)
    _quote, number = send_one(devices[0], activity, client)
    assert re.fullmatch(rf"GNT-\d{{4}}-{series[0]:03d}-00001", number), number


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))))
def test_three_offline_devices_of_one_office_never_give_a_number_twice(central, order):
    # gnt3's login is disabled by other tests of the run (roles are server-wide): the
    # third device is a second desk of gnt1, a device of its own with its own series
    devices = [central.device(short) for short in ("gnt1", "gnt2", "gnt1")]
    activity, client = gent_desk(central)
    sent: dict[str, str] = {}  # quote id -> number, as each device gave it offline
    for _round in range(2):  # two days offline, each device sends on each
        for device in devices:
            for _ in range(2):
                quote, number = send_one(device, activity, client)
                sent[quote] = number
    for index in order:
        report = devices[index].sync()
        assert report.ok and not report.rejected, report
    for device in devices:  # every device ends with the others' quotes too
        assert device.sync().ok

    with central.engine.connect() as conn:
        rows = conn.execute(
            sa.text(
                "SELECT id::text, number, state, payment_reference FROM quotes "
                "WHERE id::text = ANY(:ids)"
            ),
            {"ids": list(sent)},
        ).all()
        numbers = conn.execute(
            sa.text("SELECT number FROM quotes WHERE number IS NOT NULL")
        ).scalars()
        references = conn.execute(
            sa.text("SELECT payment_reference FROM quotes WHERE payment_reference <> ''")
        ).scalars()
        numbers, references = list(numbers), list(references)
    assert len(rows) == len(sent) == 12
    assert {r.id: r.number for r in rows} == sent  # every number as the device gave it
    assert {r.state for r in rows} == {"sent"}
    assert len(numbers) == len(set(numbers))
    assert len(references) == len(set(references))
    assert all(ogm_vcs.is_valid(r) for r in (row.payment_reference for row in rows))
    for device in devices:  # and on every device: still sent, same number
        with device.db.engine.connect() as conn:
            local = dict(
                conn.execute(
                    sa.text(
                        "SELECT id, number FROM quotes WHERE state = 'sent' AND id IN :ids"
                    ).bindparams(sa.bindparam("ids", expanding=True)),
                    {"ids": [q.replace("-", "") for q in sent]},
                ).all()
            )
        assert sorted(local.values()) == sorted(sent.values())


def test_a_refused_sent_quote_stays_sent_on_the_device_with_its_number(central):
    device = central.device("gnt1")
    activity, client = gent_desk(central)
    quote, number = send_one(device, activity, client)
    # the central database holds that number already (a clash of numbers given before
    # series existed, or a modified client): the device's send is refused
    central.execute(
        "UPDATE quotes SET number = :n WHERE id = (SELECT q.id FROM quotes q "
        "JOIN offices o ON o.id = q.office_id WHERE o.code = 'GNT' AND q.number IS NOT NULL "
        "ORDER BY q.id LIMIT 1)",
        n=number,
    )

    report = device.sync()

    assert [r["message_key"] for r in report.rejected] == ["sync.rejected_duplicate"]
    state, kept = device.scalar(
        "SELECT state || ' ' || number FROM quotes WHERE id = :i", i=quote.replace("-", "")
    ).split()
    assert (state, kept) == ("sent", number)
    # the refusal is kept with its reason, and so is the central row that holds the number
    assert device.scalar(
        "SELECT group_concat(message_key, ' ') FROM (SELECT message_key FROM sync_rejections "
        "ORDER BY message_key)"
    ) == ("sync.central_row_held sync.rejected_duplicate")


def test_a_login_can_neither_choose_nor_change_its_series(central):
    device = central.device("gnt1")
    mine = series_of(device)
    other = series_of(central.device("gnt2"))
    with central.as_user("gnt1").begin() as conn:
        conn.execute(sa.text("UPDATE devices SET number_series = :s"), {"s": other})
        made = conn.execute(
            sa.text(
                "INSERT INTO devices (id, name, office_id, schema_revision, row_version, "
                "created_at, updated_at, number_series) SELECT gen_random_uuid(), 'forged', "
                "office_id, schema_revision, 0, now(), now(), :s FROM devices LIMIT 1 "
                "RETURNING number_series"
            ),
            {"s": other},
        ).scalar()
    assert made not in (mine, other)
    assert (
        central.scalar(
            "SELECT number_series FROM devices WHERE id = :i",
            i=device.scalar("SELECT value FROM local_state WHERE key = 'device_id'"),
        )
        == mine
    )


# --- members, declarations and loans: the numbers a person reads besides quotes ------------

TODAY = date.today()


def gent_member_and_activity(central) -> tuple[str, str]:
    """A live Gent member and the Activity they hold (a loan needs a holder)."""
    with central.engine.connect() as conn:
        row = conn.execute(
            sa.text(
                "SELECT am.member_id, am.activity_id FROM activity_members am "
                "JOIN activities a ON a.id = am.activity_id JOIN offices o ON o.id = a.office_id "
                "WHERE o.code = 'GNT' AND am.deleted_at IS NULL AND a.deleted_at IS NULL "
                "ORDER BY am.activity_id LIMIT 1"
            )
        ).first()
    assert row is not None
    return str(row[0]), str(row[1])


def insz(serial: int) -> str:
    """A valid INSZ of someone born 1 January 1990 (check digits modulo 97)."""
    first9 = f"900101{serial:03d}"
    return f"{first9}{97 - int(first9) % 97:02d}"


def new_member(device, serial: int) -> int:
    ctx = device.ctx()
    member = create_member(
        ctx,
        first_name="Offline",
        last_name=f"Member{serial}",
        insz=insz(serial),
        birth_date="",
        street="Veldstraat 1",
        postcode="9000",
        city="Gent",
        country="BE",
        email=f"offline{serial}@example.org",
        phone="",
        iban="",
        language="nl",
        shares="1",
    )
    return member_detail(ctx, member).number


def new_declaration(device, member: str) -> str:
    ctx = device.ctx()
    filed = declarations.file_accident(
        ctx,
        AccidentInput(
            member_id=member,
            occurred_at=declarations.occurred_at_local(TODAY - timedelta(days=1), 10, 30),
            accident_type="workplace",
            place="Werkhuizen, Gent",
            description="Cut a hand on a broken glass while setting up an exhibition.",
            deviation_code="51",
            health=HealthInput(
                injury_nature="wound", body_part="hand", injury_code="011", incapacity_days=0
            ),
        ),
        TODAY,
    )
    declarations.submit(ctx, "accident", filed)
    return declarations.get_accident(ctx, filed).number


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))))
def test_three_offline_devices_never_give_a_member_loan_or_declaration_number_twice(central, order):
    devices = [central.device(short) for short in ("gnt1", "gnt2", "gnt1")]
    series = [series_of(d) for d in devices]
    member, activity = gent_member_and_activity(central)
    given: dict[str, list] = {"member": [], "declaration": [], "loan": [], "ogm": []}
    serial = 100
    for _round in range(2):  # two days offline: each device numbers one of each a day
        for device in devices:
            serial += 1
            given["member"].append(new_member(device, serial))
            given["declaration"].append(new_declaration(device, member))
            ctx = device.ctx()
            loan = create_application(ctx, activity)
            view = loan_view(ctx, loan)
            given["loan"].append(view.reference)
            given["ogm"].append(view.ogm)
    # each number carries its device's series
    assert given["member"][0] == series[0] * 100_000 + 1
    assert given["member"][3] == series[0] * 100_000 + 2
    year = TODAY.year
    assert given["declaration"][1] == f"AO-GNT-{year}-{series[1]:03d}-00001"
    assert given["loan"][2] == f"LOAN-GNT-{year}-{series[2]:03d}-00001"
    assert all(ogm_vcs.is_valid(o) for o in given["ogm"])
    for kind, values in given.items():
        assert len(set(values)) == len(values) == 6, (kind, values)

    for index in order:
        report = devices[index].sync()
        assert report.ok and not report.rejected, report
    for device in devices:  # every device ends with the others' rows too
        assert device.sync().ok
    with central.engine.connect() as conn:
        members = conn.execute(sa.text("SELECT member_number FROM members")).scalars().all()
        loans = conn.execute(sa.text("SELECT reference, ogm FROM loan_applications")).all()
        numbers = conn.execute(
            sa.text("SELECT number FROM accident_declarations WHERE number IS NOT NULL")
        ).scalars()
        numbers = list(numbers)
        quote_ogms = set(
            conn.execute(sa.text("SELECT payment_reference FROM quotes")).scalars().all()
        )
    assert set(given["member"]) <= set(members) and len(members) == len(set(members))
    assert set(given["declaration"]) <= set(numbers) and len(numbers) == len(set(numbers))
    assert set(given["loan"]) <= {r.reference for r in loans}
    assert len({r.ogm for r in loans}) == len(loans)
    assert not quote_ogms & {r.ogm for r in loans}  # a bank transfer matches one thing
