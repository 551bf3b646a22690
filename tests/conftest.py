"""Shared fixtures for every test.

Qt runs offscreen (set here, before anything imports Qt), and the keyring is an
in-memory backend (DESIGN.md §2: tests never touch the machine's real keyring), a fresh
one for each test. Outside a test (fixtures shared by a module or the whole run) there is
no keyring at all, as on a headless machine: the databases those fixtures make are
protected by the passphrase in SMARTDESK_DB_KEY, which sub-processes inherit, so a
sub-process can open a copy of them.
"""

from __future__ import annotations

import os
import sys

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before any import of Qt
os.environ["SMARTDESK_DB_KEY"] = "a passphrase for the tests' sub-processes"

import importlib.util  # noqa: E402
import inspect  # noqa: E402
import uuid  # noqa: E402
from dataclasses import dataclass  # noqa: E402
from datetime import UTC, date, datetime, timedelta  # noqa: E402
from decimal import Decimal  # noqa: E402

import keyring  # noqa: E402
import pytest  # noqa: E402
from keyring.backend import KeyringBackend  # noqa: E402
from keyring.backends import fail  # noqa: E402

from app.config import Paths  # noqa: E402
from app.db.local import open_local  # noqa: E402


class MemoryKeyring(KeyringBackend):
    """Passwords in a dict, for the length of the test run."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.passwords.pop((service, username), None)


keyring.set_keyring(fail.Keyring())  # between tests: no keyring, never the machine's own


@pytest.fixture(autouse=True)
def source_language_after_each_test():
    """Every test ends with the window's source texts (English), whatever it switched
    to: a test that changes the language and fails before switching back would leave
    its catalogue installed for every test after it in the run."""
    yield
    i18n = sys.modules.get("ui.i18n")
    if i18n is None or i18n._current["translator"] is None:
        return
    if i18n.current_language() != "en":
        i18n.install_language("en")


@pytest.fixture(autouse=True)
def memory_keyring():
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def data_dir(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def paths(data_dir) -> Paths:
    return Paths.in_folder(data_dir)


@pytest.fixture
def db(paths):
    database = open_local(paths)
    yield database
    database.dispose()


# --- a small filled database for the window ------------------------------------------------

#: users the GUI tests sign in as, with their PINs (added on top of any demo data)
GUI_USERS = {
    "gui.admin": ("Ada Admin", "admin", "BXL", "1234"),
    "gui.gnt": ("Geert Adviseur", "adviser", "GNT", "1111"),
    "gui.bxl": ("Brigitte Conseillère", "adviser", "BXL", "2222"),
}


@dataclass(frozen=True)
class DemoData:
    paths: Paths
    db: object
    source: str  # "generator" or "fixture"


# (office, first name, last name, city, postcode); "Peeters" lives in both offices so
# that office scoping is visible in a search.
_MEMBERS = [
    ("GNT", "Griet", "Vermeulen", "Gent", "9000"),
    ("GNT", "Pieter", "Peeters", "Gent", "9000"),
    ("GNT", "An", "De Smet", "Merelbeke", "9820"),
    ("GNT", "Wouter", "Claes", "Lochristi", "9080"),
    ("GNT", "Lotte", "Janssens", "Deinze", "9800"),
    ("GNT", "Bram", "Maes", "Gent", "9000"),
    ("GNT", "Sofie", "Wouters", "Eeklo", "9900"),
    ("GNT", "Jonas", "Goossens", "Aalter", "9880"),
    ("BXL", "Hélène", "Dubois", "Bruxelles", "1000"),
    ("BXL", "Marc", "Peeters", "Schaerbeek", "1030"),
    ("BXL", "Amina", "El Amrani", "Molenbeek-Saint-Jean", "1080"),
    ("BXL", "Julien", "Lambert", "Ixelles", "1050"),
    ("BXL", "Chloé", "Dupont", "Etterbeek", "1040"),
    ("BXL", "Thomas", "Martin", "Uccle", "1180"),
    ("BXL", "Zoë", "Mertens", "Anderlecht", "1070"),
    ("BXL", "Nathalie", "Leclercq", "Forest", "1190"),
    ("BXL", "Karim", "Benali", "Saint-Gilles", "1060"),
    ("BXL", "Élodie", "Renard", "Jette", "1090"),
    ("ANT", "Jan", "Van den Broeck", "Antwerpen", "2000"),
    ("ANT", "Eva", "Willems", "Berchem", "2600"),
]
_ACTIVITIES = [
    ("Keramiekatelier {first}", "visual_arts_crafts", "verenigde_producties", "activity"),
    ("{first} {last} Muziek", "music_singing", "verenigde_producties", "contract"),
    ("Vertalingen {last}", "it_design_language", "verenigde_producties", "activity"),
    ("Atelier théâtre {first}", "performing_literary_arts", "verenigde_opleidingen", "contract"),
    ("Montage vidéo {last}", "audiovisual", "interimpaleis", "contract"),
]
# valid Belgian national numbers (stdnum), reused: the window only shows them masked
_INSZ = ["93051822361", "85073003328", "90022700126", "77122513342"]


def _fill_tiny(db) -> None:
    """A few offices' members, Activities and open work, written with SQLAlchemy."""
    from sqlalchemy import select

    from app.db.models import (
        AccidentDeclaration,
        Activity,
        ActivityMember,
        CertificateRequest,
        Client,
        LoanApplication,
        Member,
        Office,
        Quote,
    )

    today = date.today()
    with db.transaction() as session:
        offices = {o.code: o.id for o in session.scalars(select(Office))}
        for number, (code, first, last, city, postcode) in enumerate(_MEMBERS, start=1001):
            office_id = offices[code]
            member = Member(
                office_id=office_id,
                member_number=number,
                first_name=first,
                last_name=last,
                insz=_INSZ[number % len(_INSZ)],
                birth_date=date(1980 + number % 20, 1 + number % 12, 1 + number % 27),
                street=f"Kerkstraat {number % 90 + 1}",
                postcode=postcode,
                city=city,
                email=f"{first.lower()}.{number}@example.be",
                phone=f"+32 470 12 {number % 100:02d} 34",
                iban="BE71096123456769",
                language="nl" if code in ("GNT", "ANT") else "fr",
                shares=1 + number % 3,
                member_since=date(2010 + number % 12, 1 + number % 12, 1),
            )
            session.add(member)
            session.flush()
            name, sector, entity, tool = _ACTIVITIES[number % len(_ACTIVITIES)]
            activity = Activity(
                office_id=office_id,
                name=name.format(first=first, last=last),
                sector=sector,
                entity=entity,
                tool=tool,
                status="active" if number % 4 else "onboarding",
                started_on=date(2021, 1 + number % 12, 1),
            )
            session.add(activity)
            session.flush()
            session.add(
                ActivityMember(office_id=office_id, activity_id=activity.id, member_id=member.id)
            )
            client = Client(
                office_id=office_id,
                activity_id=activity.id,
                kind="business",
                name=f"Client {number}",
                country="BE",
                language="nl",
            )
            session.add(client)
            session.flush()
            for index, state in enumerate(("draft", "sent", "accepted")[: 1 + number % 3]):
                session.add(
                    Quote(
                        office_id=office_id,
                        activity_id=activity.id,
                        client_id=client.id,
                        state=state,
                        issue_date=today - timedelta(days=10 * index),
                        valid_until=today + timedelta(days=30),
                        total_net=Decimal("1234.56"),
                        total_vat=Decimal("259.26"),
                        total_gross=Decimal("1493.82"),
                    )
                )
            if number % 5 == 0:
                session.add(
                    CertificateRequest(
                        office_id=office_id,
                        member_id=member.id,
                        kind="sickness_fund",
                        requested_on=today,
                        due_on=today + timedelta(days=number % 10),
                    )
                )
            if number % 7 == 0:
                session.add(
                    AccidentDeclaration(
                        office_id=office_id,
                        member_id=member.id,
                        activity_id=activity.id,
                        kind="work",
                        occurred_at=datetime.now(UTC) - timedelta(days=2),
                        deadline=today + timedelta(days=6),
                    )
                )
            if number % 6 == 0:
                session.add(
                    LoanApplication(
                        office_id=office_id,
                        activity_id=activity.id,
                        member_id=member.id,
                        amount=Decimal("4500.00"),
                        purpose="equipment",
                        months=24,
                        state="submitted",
                    )
                )


def _fill_with_generator(db, paths) -> bool:
    """Use the real demo generator when it exists (`smartdesk demo-data --scale small`)."""
    if importlib.util.find_spec("app.demo.generator") is None:
        return False
    import app.demo.generator as generator

    fill = getattr(generator, "generate", None)
    if fill is None:
        return False
    wanted = {"db": db, "database": db, "paths": paths, "scale": "small", "seed": 2021}
    try:
        parameters = inspect.signature(fill).parameters
        fill(**{name: wanted[name] for name in parameters if name in wanted})
    except Exception:  # the generator is being written; fall back to the tiny set
        return False
    return True


def _add_gui_users(db) -> None:
    from sqlalchemy import select

    from app.db.models import Office, User
    from app.services.users import hash_pin

    with db.transaction() as session:
        for login, (name, role, office_code, pin) in GUI_USERS.items():
            if session.scalar(select(User.id).where(User.login == login)):
                continue
            office = session.scalar(select(Office).where(Office.code == office_code))
            pin_hash, salt = hash_pin(pin)
            session.add(
                User(
                    id=str(uuid.uuid4()),
                    login=login,
                    display_name=name,
                    role=role,
                    office_id=office.id,
                    language="en",
                    pin_hash=pin_hash,
                    pin_salt=salt,
                )
            )


@pytest.fixture
def demo_db(tmp_path_factory) -> DemoData:
    """A filled database (demo generator if present, else a tiny fixed set) with known users."""
    paths = Paths.in_folder(tmp_path_factory.mktemp("demo"))
    database = open_local(paths)
    source = "generator" if _fill_with_generator(database, paths) else "fixture"
    if source == "fixture":
        database.dispose()
        paths = Paths.in_folder(tmp_path_factory.mktemp("demo_fixture"))
        database = open_local(paths)
        _fill_tiny(database)
    _add_gui_users(database)
    yield DemoData(paths=paths, db=database, source=source)
    database.dispose()
