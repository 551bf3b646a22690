"""Attachment files travel through the central database (issue 14, point 5): uploaded
once, fetched after a round or when opened, resumable, checked, and never shown to a
login that may not read the attachment (another office, a medical certificate)."""

from __future__ import annotations

import hashlib
import os

import pytest
import sqlalchemy as sa

from app.services.attachments.store import attach, file_path, read_attachment
from app.services.errors import NotFound
from app.sync import files
from app.sync.remote import open_central

CHUNK = files.CHUNK_BYTES


def _activity(device) -> tuple[str, str]:
    """An Activity of the device user's office: (id, office id)."""
    with device.db.engine.connect() as conn:
        return tuple(
            conn.execute(
                sa.text(
                    "SELECT a.id, a.office_id FROM activities a JOIN users u "
                    "ON u.office_id = a.office_id WHERE u.login = :l AND a.deleted_at IS NULL "
                    "ORDER BY a.id LIMIT 1"
                ),
                {"l": device.login},
            ).one()
        )


def _attach(device, data: bytes, name: str = "scan.pdf") -> str:
    activity, office = _activity(device)
    info = attach(device.ctx(), "activities", activity, office, name, data)
    return info.sha256


def _engine(device):
    return open_central(device.url, device.login, device.password)


def _files(central, sha: str) -> tuple[int, int]:
    return (
        central.scalar("SELECT count(*) FROM sync_files WHERE sha256 = :s", s=sha),
        central.scalar("SELECT count(*) FROM sync_file_chunks WHERE sha256 = :s", s=sha),
    )


def test_a_file_made_on_one_gent_device_arrives_byte_identical_on_another(central):
    data = os.urandom(2 * CHUNK + 1234)  # three chunks, the last one short
    gnt1, gnt2 = central.device("gnt1"), central.device("gnt2")
    sha = _attach(gnt1, data)

    report = gnt1.sync()
    assert report.ok and report.files_up == 1
    assert _files(central, sha) == (1, 3)
    stored = central.scalar(
        "SELECT string_agg(data, ''::bytea ORDER BY chunk) FROM sync_file_chunks WHERE sha256 = :s",
        s=sha,
    )
    assert bytes(stored) == data

    assert not file_path(gnt2.db.attachments_dir, sha).exists()
    report = gnt2.sync()
    assert report.ok and report.files_down == 1
    assert file_path(gnt2.db.attachments_dir, sha).read_bytes() == data
    assert [s.have == s.size for s in files.file_states(gnt2.db) if s.sha256 == sha] == [True]

    # the same bytes attached again (on the other device) are not sent a second time
    _attach(gnt2, data, "again.pdf")
    report = gnt2.sync()
    assert report.ok and report.files_up == 0
    assert _files(central, sha) == (1, 3)


def test_opening_an_attachment_that_is_not_here_fetches_it(central):
    data = os.urandom(CHUNK // 2)
    gnt1 = central.device("gnt1")
    sha = _attach(gnt1, data, "id-scan.png")
    assert gnt1.sync().files_up == 1
    gnt2 = central.device("gnt2")  # connect: its first round fetches files already
    target = file_path(gnt2.db.attachments_dir, sha)
    assert target.read_bytes() == data
    target.unlink()  # as if the background fetch had not happened yet
    attachment = gnt2.scalar("SELECT id FROM attachments WHERE sha256 = :s", s=sha)
    assert [s.have for s in files.file_states(gnt2.db) if s.sha256 == sha] == [0]

    os.environ["SMARTDESK_PASSWORD"] = gnt2.password
    try:
        assert read_attachment(gnt2.ctx(), attachment) == data
    finally:
        del os.environ["SMARTDESK_PASSWORD"]


def test_a_file_never_reaches_a_brussels_device_nor_a_brussels_login(central):
    data = os.urandom(CHUNK + 10)
    gnt1 = central.device("gnt1")
    sha = _attach(gnt1, data)
    assert gnt1.sync().files_up == 1
    bxl = central.device("bxl1")
    assert bxl.scalar("SELECT count(*) FROM attachments WHERE sha256 = :s", s=sha) == 0
    assert not file_path(bxl.db.attachments_dir, sha).exists()

    # the attacker: a Brussels login writing its own SQL
    with central.as_user("bxl1").connect() as conn:
        for sql in (
            "SELECT count(*) FROM sync_files WHERE sha256 = :s",
            "SELECT count(*) FROM sync_file_chunks WHERE sha256 = :s",
            "SELECT count(*) FROM sync_file_chunks",
        ):
            assert conn.execute(sa.text(sql), {"s": sha}).scalar() == 0
        for sql in (
            "UPDATE sync_file_chunks SET data = '\\x00'::bytea WHERE sha256 = :s",
            "DELETE FROM sync_file_chunks WHERE sha256 = :s",
        ):
            with pytest.raises(sa.exc.ProgrammingError):  # no such right at all
                conn.execute(sa.text(sql), {"s": sha})
            conn.rollback()
        with pytest.raises(sa.exc.ProgrammingError):  # row-level security
            conn.execute(
                sa.text(
                    "INSERT INTO sync_file_chunks (sha256, chunk, data, digest) "
                    "VALUES (:s, 9, '\\x00'::bytea, :s)"
                ),
                {"s": sha},
            )
        conn.rollback()
        # even a Brussels attachment row naming the hash does not open the Gent file:
        # a Brussels login cannot write such a row for a Gent office, and its own office's
        # row names a file its device must upload itself
    # the Brussels device's own file round finds nothing to fetch
    report = bxl.sync()
    assert report.ok and report.files_down == 0
    assert not file_path(bxl.db.attachments_dir, sha).exists()


def test_a_medical_certificate_reaches_only_those_who_may_read_the_health_row(central):
    health = central.scalar(
        "SELECT h.id FROM accident_health h JOIN offices o ON o.id = h.office_id "
        "WHERE o.code = 'GNT' ORDER BY h.id LIMIT 1"
    )
    if health is None:  # the sample data put its accidents elsewhere: bring one to Gent
        health = central.scalar("SELECT id FROM accident_health ORDER BY id LIMIT 1")
        gent = central.scalar("SELECT id FROM offices WHERE code = 'GNT'")
        central.execute("UPDATE accident_health SET office_id = :o WHERE id = :h", o=gent, h=health)
        central.execute(
            "UPDATE accident_declarations SET office_id = :o WHERE id = "
            "(SELECT declaration_id FROM accident_health WHERE id = :h)",
            o=gent,
            h=health,
        )
    gnt1_id = central.scalar("SELECT id FROM users WHERE login = :l", l=central.login("gnt1"))
    central.execute(
        "UPDATE accident_health SET declared_by = :u WHERE id = :h", u=gnt1_id, h=health
    )
    office = central.scalar("SELECT office_id FROM accident_health WHERE id = :h", h=health)
    data = os.urandom(1000)
    sha = hashlib.sha256(data).hexdigest()
    central.execute(
        "INSERT INTO attachments (id, sha256, filename, mime_type, size, owner_table, "
        "owner_id, office_id, row_version, created_at, updated_at) VALUES "
        "(gen_random_uuid(), :s, 'certificate.pdf', 'application/pdf', 1000, "
        "'accident_health', :h, :o, 1, now(), now())",
        s=sha,
        h=health,
        o=office,
    )
    gnt1 = central.device("gnt1")
    # the filer's device has the row; its file goes up through the filer's login
    folder = gnt1.db.attachments_dir
    file_path(folder, sha).parent.mkdir(parents=True, exist_ok=True)
    file_path(folder, sha).write_bytes(data)
    assert gnt1.sync().files_up == 1

    gnt2 = central.device("gnt2")  # same office, did not file it
    assert not file_path(gnt2.db.attachments_dir, sha).exists()
    with central.as_user("gnt2").connect() as conn:
        # not even the attachment row (0017: it follows the health row)
        assert (
            conn.execute(
                sa.text("SELECT count(*) FROM attachments WHERE sha256 = :s"), {"s": sha}
            ).scalar()
            == 0
        )
        assert (
            conn.execute(
                sa.text("SELECT count(*) FROM sync_files WHERE sha256 = :s"), {"s": sha}
            ).scalar()
            == 0
        )
        assert (
            conn.execute(
                sa.text("SELECT count(*) FROM sync_file_chunks WHERE sha256 = :s"), {"s": sha}
            ).scalar()
            == 0
        )
    with central.as_user("adm").connect() as conn:  # an admin reads all health data
        assert (
            conn.execute(
                sa.text("SELECT count(*) FROM sync_file_chunks WHERE sha256 = :s"), {"s": sha}
            ).scalar()
            == 1
        )


def _cut_after_first_page(engine) -> None:
    """The second page of chunks never comes: the connection drops."""
    pages = []

    @sa.event.listens_for(engine, "before_cursor_execute")
    def _cut(conn, cursor, statement, parameters, context, executemany):
        if "FROM public.sync_file_chunks" in statement and "LIMIT" in statement:
            pages.append(1)
            if len(pages) == 2:
                raise sa.exc.OperationalError(statement, parameters, OSError("cut"))


def test_a_cut_download_resumes_where_it_stopped(central):
    data = os.urandom(5 * CHUNK + 77)  # six chunks: two pages of four
    gnt1 = central.device("gnt1")
    sha = _attach(gnt1, data)
    assert gnt1.sync().files_up == 1
    gnt2 = central.device("gnt2")
    target = file_path(gnt2.db.attachments_dir, sha)
    target.unlink()

    engine = _engine(gnt2)
    _cut_after_first_page(engine)
    with pytest.raises(sa.exc.OperationalError):
        files.download_missing(gnt2.db, engine)
    engine.dispose()
    assert not target.exists()
    part = files.incoming_path(gnt2.db.attachments_dir, sha)
    assert part.stat().st_size == 4 * CHUNK
    [state] = [s for s in files.file_states(gnt2.db) if s.sha256 == sha]
    assert state.have == 4 * CHUNK < state.size  # the device shows it is being fetched

    # Proof that chunk 0 is not fetched again: centrally it is now garbage (with a digest
    # that matches), yet the resumed file is whole, because only chunks 4 and 5 came.
    junk = os.urandom(CHUNK)
    central.execute(
        "UPDATE sync_file_chunks SET data = :d, digest = :g WHERE sha256 = :s AND chunk = 0",
        d=junk,
        g=hashlib.sha256(junk).hexdigest(),
        s=sha,
    )
    engine = _engine(gnt2)
    report = files.download_missing(gnt2.db, engine)
    engine.dispose()
    assert report.downloaded == 1 and report.damaged == []
    assert target.read_bytes() == data
    assert not part.exists()


@pytest.mark.parametrize("also_digest", [False, True])
def test_a_tampered_chunk_is_refused_and_nothing_damaged_is_kept(central, also_digest):
    data = os.urandom(2 * CHUNK + 5)
    gnt1 = central.device("gnt1")
    sha = _attach(gnt1, data)
    assert gnt1.sync().files_up == 1
    bad = bytearray(data[CHUNK : 2 * CHUNK])
    bad[100] ^= 0xFF
    digest = ", digest = :g" if also_digest else ""
    central.execute(
        f"UPDATE sync_file_chunks SET data = :d{digest} WHERE sha256 = :s AND chunk = 1",
        d=bytes(bad),
        g=hashlib.sha256(bad).hexdigest(),
        s=sha,
    )
    gnt2 = central.device("gnt2")
    report = gnt2.sync()
    assert report.ok and report.files_damaged == 1 and report.files_down == 0
    assert not file_path(gnt2.db.attachments_dir, sha).exists()
    assert not files.incoming_path(gnt2.db.attachments_dir, sha).exists()
    attachment = gnt2.scalar("SELECT id FROM attachments WHERE sha256 = :s", s=sha)
    with pytest.raises(NotFound):
        read_attachment(gnt2.ctx(), attachment)


def test_a_file_larger_than_the_rules_allow_is_not_sent(central, monkeypatch):
    data = os.urandom(3000)
    gnt1 = central.device("gnt1")
    sha = _attach(gnt1, data)
    monkeypatch.setattr(files, "attachment_rules", lambda: type("R", (), {"max_bytes": 2000})())
    engine = _engine(gnt1)
    gnt1.sync()  # the row goes up
    report = files.upload_files(gnt1.db, engine)
    engine.dispose()
    assert report.refused == [sha] and report.uploaded == 0
    assert _files(central, sha) == (0, 0)


def test_a_cut_upload_resumes_with_the_chunks_not_sent_yet(central):
    data = os.urandom(9 * CHUNK + 3)  # ten chunks: a group of eight, then two
    gnt1 = central.device("gnt1")
    sha = _attach(gnt1, data)
    engine = _engine(gnt1)
    sent: list[int] = []

    @sa.event.listens_for(engine, "before_cursor_execute")
    def _count(conn, cursor, statement, parameters, context, executemany):
        if "INTO public.sync_file_uploads" in statement:
            sent.extend(p["i"] for p in parameters)
            if len(sent) > 8:
                raise sa.exc.OperationalError(statement, parameters, OSError("cut"))

    gnt1.sync()  # the attachment row goes up (its file too: taken back below)
    central.execute("DELETE FROM sync_files WHERE sha256 = :s", s=sha)
    with pytest.raises(sa.exc.OperationalError):
        files.upload_files(gnt1.db, engine)
    assert central.scalar("SELECT count(*) FROM sync_file_uploads WHERE sha256 = :s", s=sha) == 8
    assert _files(central, sha) == (0, 0)

    sent.clear()
    report = files.upload_files(gnt1.db, engine)
    engine.dispose()
    assert sent == [8, 9]  # only what the cut left out
    assert report.uploaded == 1
    assert _files(central, sha) == (1, 10)
    assert central.scalar("SELECT count(*) FROM sync_file_uploads") == 0
    gnt2 = central.device("gnt2")
    assert file_path(gnt2.db.attachments_dir, sha).read_bytes() == data
