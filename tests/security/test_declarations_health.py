"""Health data of accident declarations (issue #10 point 9), enforced centrally by
row-level security: only the adviser who filed the declaration, TeamAdmin and admins
read `accident_health`; another adviser of the same office gets no health row, neither
by sync nor by querying as their own login; a Gent device never receives a Brussels
declaration."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from app.db.models import AccidentDeclaration, AccidentHealth, Member, Office
from app.domain.declarations.accident import AccidentInput, HealthInput
from app.services.declarations import declarations as svc
from tests.security.conftest import affected, connect_as, refused


def _member_of(device, office: str) -> str:
    with device.db.reading() as session:
        return session.scalar(
            select(Member.id)
            .join(Office, Office.id == Member.office_id)
            .where(Office.code == office)
            .order_by(Member.member_number)
        )


def _file(device, office: str) -> str:
    day = date.today() - timedelta(days=1)
    data = AccidentInput(
        member_id=_member_of(device, office),
        occurred_at=svc.occurred_at_local(day, 9),
        place="Atelier",
        description="Cut by a chisel.",
        health=HealthInput(injury_nature="deep cut", body_part="left hand", incapacity_days=6),
    )
    return svc.file_accident(device.ctx(), data)


def _local(device, model, row_id: str, column="id") -> int:
    with device.db.reading() as session:
        return len(session.scalars(select(model).where(getattr(model, column) == row_id)).all())


def test_health_rows_reach_only_the_filer_teamadmin_and_admins(secured):
    colleague = secured.device("gnt2")  # already here: receives it through the feed
    filer = secured.device("gnt1")
    declaration = _file(filer, "GNT")
    assert filer.sync().pushed == 2
    assert colleague.sync().ok
    assert _local(colleague, AccidentDeclaration, declaration) == 1
    assert _local(colleague, AccidentHealth, declaration, "declaration_id") == 0
    teamadmin = secured.device("team")  # a first pull: the tables themselves
    assert _local(teamadmin, AccidentHealth, declaration, "declaration_id") == 1
    admin = secured.device("adm")
    assert _local(admin, AccidentHealth, declaration, "declaration_id") == 1
    newcomer = secured.device("gnt3")
    assert _local(newcomer, AccidentDeclaration, declaration) == 1
    assert _local(newcomer, AccidentHealth, declaration, "declaration_id") == 0


def test_another_adviser_of_the_office_cannot_read_or_touch_health_rows_as_their_login(secured):
    filer = secured.device("gnt1")
    declaration = _file(filer, "GNT")
    assert filer.sync().ok
    gnt1_id = str(filer.ctx().user.id)
    office = secured.scalar(
        "SELECT office_id FROM accident_declarations WHERE id = :i", i=declaration
    )
    with connect_as(secured, "gnt2") as conn:
        seen = conn.execute(
            "SELECT count(*) FROM accident_health WHERE declaration_id = %s", [declaration]
        ).fetchone()[0]
        assert seen == 0
        assert (
            conn.execute(
                "SELECT count(*) FROM accident_declarations WHERE id = %s", [declaration]
            ).fetchone()[0]
            == 1
        )
        assert affected(conn, "UPDATE accident_health SET injury_nature = 'x'") == 0
        assert refused(
            conn,
            "INSERT INTO accident_health (id, declaration_id, declared_by, office_id, "
            "row_version, created_at, updated_at, injury_nature, body_part, injury_code, "
            "permanent_injury, fatal, back_at_work, medical_care) VALUES (gen_random_uuid(), "
            "%s, %s, %s, 0, now(), now(), '', '', '', false, false, false, '')",
            [declaration, gnt1_id, office],
        )
    with connect_as(secured, "rev") as conn:  # a loan reviewer: no health data at all
        assert conn.execute("SELECT count(*) FROM accident_health").fetchone()[0] == 0
    with connect_as(secured, "gnt1") as conn:
        assert (
            conn.execute(
                "SELECT count(*) FROM accident_health WHERE declaration_id = %s", [declaration]
            ).fetchone()[0]
            == 1
        )


def test_a_gent_device_never_receives_a_brussels_declaration(secured):
    gent = secured.device("gnt2")
    brussels = secured.device("bxl1")
    declaration = _file(brussels, "BXL")
    assert brussels.sync().ok
    assert gent.sync().ok
    assert _local(gent, AccidentDeclaration, declaration) == 0
    assert _local(gent, AccidentHealth, declaration, "declaration_id") == 0
    with connect_as(secured, "gnt1") as conn:
        assert (
            conn.execute(
                "SELECT count(*) FROM accident_declarations WHERE id = %s", [declaration]
            ).fetchone()[0]
            == 0
        )
