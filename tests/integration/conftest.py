"""Fixtures for the service and database tests: a fresh local database with two offices'
people in it, made through the services themselves where a service exists."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from sqlalchemy import select

from app.config import Paths
from app.db.local import open_local
from app.db.models import Activity, ActivityMember, Member, Office
from app.services.context import CurrentUser, ServiceContext
from app.services.users import create_first_user, create_user, user_by_login


@pytest.fixture
def local_db(tmp_path):
    db = open_local(Paths.in_folder(tmp_path / "data"))
    yield db
    db.dispose()


@dataclass
class People:
    db: object
    admin: CurrentUser
    gent_adviser: CurrentUser
    brussels_adviser: CurrentUser
    teamadmin: CurrentUser
    gent_member: str
    brussels_member: str

    def ctx(self, user: CurrentUser) -> ServiceContext:
        return ServiceContext(self.db, user)


def add_member(db, office_code: str, number: int, first: str, last: str, activity: str) -> str:
    with db.transaction() as session:
        office = session.scalar(select(Office).where(Office.code == office_code))
        member = Member(
            office_id=office.id,
            member_number=number,
            first_name=first,
            last_name=last,
            insz="93051822361",
            birth_date=date(1993, 5, 18),
            city="Gent" if office_code == "GNT" else "Bruxelles",
            postcode="9000" if office_code == "GNT" else "1000",
            language="nl" if office_code == "GNT" else "fr",
            member_since=date(2020, 1, 1),
        )
        session.add(member)
        session.flush()
        act = Activity(
            office_id=office.id,
            name=activity,
            sector="visual_arts_crafts",
            entity="verenigde_producties",
            tool="activity",
            status="active",
            started_on=date(2021, 1, 1),
        )
        session.add(act)
        session.flush()
        session.add(ActivityMember(office_id=office.id, activity_id=act.id, member_id=member.id))
        return member.id


@pytest.fixture
def people(local_db) -> People:
    admin = create_first_user(local_db, "admin", "Ada Admin", "BXL", "1234")
    ctx = ServiceContext(local_db, admin)
    create_user(ctx, "adviser.gnt", "Geert Adviseur", "adviser", "GNT", "1111")
    create_user(ctx, "adviser.bxl", "Brigitte Conseillère", "adviser", "BXL", "2222", "fr")
    create_user(ctx, "teamadmin", "Tom Teamadmin", "teamadmin", "BXL", "3333")
    return People(
        db=local_db,
        admin=admin,
        gent_adviser=user_by_login(local_db, "adviser.gnt"),
        brussels_adviser=user_by_login(local_db, "adviser.bxl"),
        teamadmin=user_by_login(local_db, "teamadmin"),
        gent_member=add_member(local_db, "GNT", 1, "Griet", "Vermeulen", "Keramiekatelier Griet"),
        brussels_member=add_member(local_db, "BXL", 2, "Hélène", "Dubois", "Théâtre de l'Aube"),
    )
