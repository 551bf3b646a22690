"""A real central PostgreSQL for the sync tests, and devices that sync with it.

The server is the one at SMARTDESK_TEST_PG_URL (default: the local server, user
postgres). Without a server the tests skip and say why; with SMARTDESK_REQUIRE_PG=1
(CI) they fail instead. Once per run a template database is set up the way an office
would (`central init`, users, an admin device uploading the small demo data); each
test gets its own copy of it, so tests never see each other's changes.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import sqlalchemy as sa

from app.config import Paths
from app.db.engine import Database, make_engine, sqlite_url
from app.db.local import open_local
from app.services.context import ServiceContext
from app.services.sync.sync import SyncReport, connect, run_sync
from app.services.users import user_by_login

DEFAULT_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
PASSWORD = "sync-test-password"

# short name -> (office, role)
USERS = {
    "adm": ("BXL", "admin"),
    "gnt1": ("GNT", "adviser"),
    "gnt2": ("GNT", "adviser"),
    "gnt3": ("GNT", "adviser"),
    "bxl1": ("BXL", "adviser"),
    "team": ("BXL", "teamadmin"),
    "rev": ("BXL", "loan_reviewer"),
}


def _server_url() -> str:
    return os.environ.get("SMARTDESK_TEST_PG_URL", DEFAULT_URL)


def _with_db(url: str, database: str) -> str:
    return sa.engine.make_url(url).set(database=database).render_as_string(hide_password=False)


@dataclass
class Run:
    """What is shared by the whole run: the server, the template, the logins."""

    server: sa.Engine
    server_url: str
    template: str
    prefix: str
    group: str
    device_file: Path

    def login(self, short: str) -> str:
        return f"{self.prefix}{short}"


@pytest.fixture(scope="session")
def sync_run(tmp_path_factory):
    url = _server_url()
    try:
        server = sa.create_engine(url, isolation_level="AUTOCOMMIT")
        with server.connect() as conn:
            conn.execute(sa.text("SELECT 1"))
    except Exception as exc:  # noqa: BLE001 - any failure to reach the server
        if os.environ.get("SMARTDESK_REQUIRE_PG") == "1":
            pytest.fail(f"PostgreSQL required but not reachable at {url}: {exc}")
        pytest.skip(f"no PostgreSQL server at {url}: {exc}")
    from app.demo.generator import generate
    from app.sync.central import add_user, init_central

    tag = uuid.uuid4().hex[:8]
    template = f"smartdesk_sync_{tag}"
    with server.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{template}"'))
    template_url = _with_db(url, template)
    info = init_central(template_url)
    prefix = f"t{tag}_"
    for short, (office, role) in USERS.items():
        add_user(template_url, prefix + short, office, role, PASSWORD, display_name=short)

    # an empty device database at the newest schema, copied for every device
    blank = tmp_path_factory.mktemp("blank")
    db = open_local(Paths.in_folder(blank))
    db.dispose()
    device_file = blank / "smartdesk.db"

    # the office's data: an admin device with the small demo data uploads it
    seed_dir = tmp_path_factory.mktemp("seed")
    shutil.copy(device_file, seed_dir / "smartdesk.db")
    seed = open_local(Paths.in_folder(seed_dir))
    generate(seed, "small", seed=2021)
    report = connect(seed, template_url, prefix + "adm", PASSWORD)
    assert report.ok, report
    seed.dispose()

    run = Run(server, url, template, prefix, info.group_role, device_file)
    yield run
    with server.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{template}" WITH (FORCE)'))
        for short in USERS:
            conn.execute(sa.text(f'DROP ROLE IF EXISTS "{prefix}{short}"'))
        conn.execute(sa.text(f'DROP ROLE IF EXISTS "{info.group_role}"'))
    server.dispose()


@dataclass
class Device:
    """One SmartDesk: its own SQLite folder, signed in to sync as one login."""

    name: str
    paths: Paths
    db: Database
    login: str
    url: str
    password: str = PASSWORD

    def connect(self, **options) -> SyncReport:
        return connect(self.db, self.url, self.login, self.password, **options)

    def sync(self, **options) -> SyncReport:
        return run_sync(self.db, password=self.password, **options)

    def ctx(self) -> ServiceContext:
        return ServiceContext(self.db, user_by_login(self.db, self.login))

    def scalar(self, sql: str, **params):
        with self.db.engine.connect() as conn:
            return conn.execute(sa.text(sql), params).scalar()


@dataclass
class Central:
    """This test's own central database (a copy of the run's template)."""

    run: Run
    name: str
    url: str  # as the superuser
    engine: sa.Engine
    tmp: Path
    devices: list[Device] = field(default_factory=list)

    def login(self, short: str) -> str:
        return self.run.login(short)

    def device(
        self, short: str, name: str | None = None, url: str | None = None, connect_now: bool = True
    ) -> Device:
        """A fresh device signed in as the user `short` (connected, first pull done)."""
        name = name or f"{short}-{len(self.devices)}"
        folder = self.tmp / name
        folder.mkdir()
        shutil.copy(self.run.device_file, folder / "smartdesk.db")
        paths = Paths.in_folder(folder)
        db = open_local(paths)
        device = Device(name, paths, db, self.login(short), url or self.user_url())
        self.devices.append(device)
        if connect_now:
            report = device.connect()
            assert report.ok, report
        return device

    def user_url(self, port: int | None = None) -> str:
        """The URL a device is given: no user, no password (those are the device's)."""
        parsed = sa.engine.make_url(self.url).set(username=None, password=None)
        if port is not None:
            parsed = parsed.set(host="127.0.0.1", port=port)
        return parsed.render_as_string(hide_password=False)

    def scalar(self, sql: str, **params):
        with self.engine.connect() as conn:
            return conn.execute(sa.text(sql), params).scalar()

    def execute(self, sql: str, **params) -> None:
        with self.engine.begin() as conn:
            conn.execute(sa.text(sql), params)

    def as_user(self, short: str) -> sa.Engine:
        parsed = sa.engine.make_url(self.url).set(username=self.login(short), password=PASSWORD)
        return sa.create_engine(parsed, poolclass=sa.pool.NullPool)


@pytest.fixture
def central(sync_run, tmp_path) -> Central:
    name = f"{sync_run.template}_{uuid.uuid4().hex[:6]}"
    with sync_run.server.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}" TEMPLATE "{sync_run.template}"'))
    url = _with_db(sync_run.server_url, name)
    engine = make_engine(url)
    made = Central(sync_run, name, url, engine, tmp_path)
    yield made
    for device in made.devices:
        device.db.dispose()
    engine.dispose()
    with sync_run.server.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


def local_engine(path: Path) -> sa.Engine:
    return make_engine(sqlite_url(path))


# --- a TCP proxy on loopback whose connections a test can cut or freeze --------------------


class CuttableProxy:
    """Forwards 127.0.0.1:<port> to the PostgreSQL server. `cut()` drops every open
    connection now; `cut_after(marker)` forwards the next client message that contains
    `marker` (e.g. b"COMMIT") and then drops the connection before any answer comes
    back: the server did the work, the client never hears of it. `freeze()` stalls every
    open connection: nothing more is forwarded either way and nothing is closed, not even
    when one side gives up (a hung network: each end must notice on its own);
    `freeze_after(marker)` does so right after forwarding that message. New connections
    still work. `stop()` refuses new connections (the office is offline)."""

    def __init__(self, target_host: str, target_port: int) -> None:
        self.target = (target_host, target_port)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.lock = threading.Lock()
        self.pairs: list[tuple[socket.socket, socket.socket]] = []
        self.marker: bytes | None = None
        self.freeze_marker: bytes | None = None
        self.frozen: set[socket.socket] = set()
        self.cuts = 0
        self.accepting = True
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            if not self.accepting:
                client.close()
                continue
            upstream = socket.create_connection(self.target)
            with self.lock:
                self.pairs.append((client, upstream))
            threading.Thread(target=self._pipe, args=(client, upstream, True), daemon=True).start()
            threading.Thread(target=self._pipe, args=(upstream, client, False), daemon=True).start()

    def _pipe(self, source: socket.socket, sink: socket.socket, from_client: bool) -> None:
        try:
            while True:
                data = source.recv(65536)
                if not data:
                    break
                while source in self.frozen:  # held, never forwarded
                    time.sleep(0.05)
                sink.sendall(data)
                if from_client and self.marker is not None and self.marker in data:
                    self.marker = None
                    self.cut()
                    break
                if from_client and self.freeze_marker is not None and self.freeze_marker in data:
                    self.freeze_marker = None
                    self.freeze()
        except OSError:
            pass
        finally:
            while source in self.frozen:  # a stalled link tells nobody anything
                time.sleep(0.05)
            for s in (source, sink):
                try:
                    s.close()
                except OSError:
                    pass

    def freeze(self) -> None:
        with self.lock:
            for pair in self.pairs:
                self.frozen.update(pair)

    def freeze_after(self, marker: bytes) -> None:
        self.freeze_marker = marker

    def cut_after(self, marker: bytes) -> None:
        self.marker = marker

    def cut(self) -> None:
        with self.lock:
            pairs, self.pairs = self.pairs, []
            self.cuts += 1
            self.frozen.clear()
        for pair in pairs:
            for s in pair:
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
                s.close()

    def stop(self) -> None:
        self.accepting = False
        self.cut()

    def start(self) -> None:
        self.accepting = True

    def close(self) -> None:
        self.stop()
        self.listener.close()


@pytest.fixture
def proxy(central):
    parsed = sa.engine.make_url(central.url)
    made = CuttableProxy(parsed.host or "127.0.0.1", parsed.port or 5432)
    yield made
    made.close()
