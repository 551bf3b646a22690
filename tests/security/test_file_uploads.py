"""Attachment files against a login of the same office (migration 0017): nobody inserts a
file's chunks directly; `sync_put_file` stores a file only when its bytes are those of
its hash, so garbage sent first for a hash never keeps the real file out."""

from __future__ import annotations

import hashlib
import os

import sqlalchemy as sa

from app.db.engine import make_engine
from app.db.migrate import upgrade
from app.services.attachments.store import file_path
from app.sync import files
from tests.security.conftest import connect_as, refused
from tests.sync.test_attachment_files import _attach

CHUNK = files.CHUNK_BYTES


def _gent_activity(secured) -> tuple[str, str]:
    with secured.engine.connect() as conn:
        row = conn.exec_driver_sql(
            "SELECT a.id, a.office_id FROM activities a JOIN offices o ON o.id = a.office_id "
            "WHERE o.code = 'GNT' AND a.deleted_at IS NULL ORDER BY a.id LIMIT 1"
        ).one()
    return str(row[0]), str(row[1])


def _central_bytes(secured, sha: str) -> bytes | None:
    stored = secured.scalar(
        "SELECT string_agg(data, ''::bytea ORDER BY chunk) FROM sync_file_chunks WHERE sha256 = :s",
        s=sha,
    )
    return None if stored is None else bytes(stored)


def test_garbage_sent_first_for_a_hash_never_keeps_the_real_file_out(secured):
    data = os.urandom(2 * CHUNK + 321)  # three chunks
    sha = hashlib.sha256(data).hexdigest()
    garbage = [os.urandom(CHUNK), os.urandom(CHUNK), os.urandom(321)]
    activity, office = _gent_activity(secured)

    # the attacker: another Gent adviser, who knows the hash of a document a member sent
    # to the office, writes its own SQL before the real upload
    with connect_as(secured, "gnt2") as conn:
        conn.execute(
            "INSERT INTO attachments (id, sha256, filename, mime_type, size, owner_table, "
            "owner_id, office_id, row_version, created_at, updated_at) VALUES "
            "(gen_random_uuid(), %s, 'same.pdf', 'application/pdf', %s, 'activities', %s, "
            "%s, 0, now(), now())",
            [sha, len(data), activity, office],
        )
        conn.commit()
        assert refused(
            conn,
            "INSERT INTO sync_files (sha256, size, chunks) VALUES (%s, %s, 3)",
            [sha, len(data)],
        )
        for number, piece in enumerate(garbage):
            assert refused(
                conn,
                "INSERT INTO sync_file_chunks (sha256, chunk, data, digest) "
                "VALUES (%s, %s, %s, %s)",
                [sha, number, piece, hashlib.sha256(piece).hexdigest()],
            )
        # through the gateway: garbage is staged, then refused as not the hash's bytes
        for number, piece in enumerate(garbage):
            conn.execute(
                "INSERT INTO sync_file_uploads (sha256, chunk, data) VALUES (%s, %s, %s)",
                [sha, number, piece],
            )
        assert conn.execute("SELECT sync_put_file(%s)", [sha]).fetchone()[0] == "refused"
        conn.commit()
        assert secured.scalar("SELECT count(*) FROM sync_files WHERE sha256 = :s", s=sha) == 0
        # garbage staged and left there, and a try to stage it as the real uploader
        for number, piece in enumerate(garbage):
            conn.execute(
                "INSERT INTO sync_file_uploads (sha256, chunk, data) VALUES (%s, %s, %s)",
                [sha, number, piece],
            )
        conn.commit()
        assert refused(
            conn,
            "INSERT INTO sync_file_uploads (login, sha256, chunk, data) VALUES (%s, %s, 0, %s)",
            [secured.login("gnt1"), sha, garbage[0]],
        )
        assert refused(conn, "UPDATE sync_file_uploads SET data = %s", [garbage[0]])

    # the real upload goes through, whole, and another device of the office gets it
    gnt1 = secured.device("gnt1")
    assert _attach(gnt1, data, "certificate.pdf") == sha
    report = gnt1.sync()
    assert report.ok and report.files_up == 1, report
    assert _central_bytes(secured, sha) == data
    gnt3 = secured.device("gnt3")  # connecting: its first round fetches the files
    assert file_path(gnt3.db.attachments_dir, sha).read_bytes() == data


def test_the_gateway_tells_nothing_of_a_file_to_a_login_that_staged_nothing(secured):
    data = os.urandom(1000)
    gnt1 = secured.device("gnt1")
    sha = _attach(gnt1, data)
    assert gnt1.sync().files_up == 1
    for short in ("gnt2", "bxl1"):  # reads the attachment row / does not
        with connect_as(secured, short) as conn:
            assert conn.execute("SELECT sync_put_file(%s)", [sha]).fetchone()[0] == "incomplete"
            assert conn.execute("SELECT sync_put_file('nonsense')").fetchone()[0] == "refused"
    with connect_as(secured, "bxl1") as conn:  # may not read a Gent attachment: no staging
        assert refused(
            conn,
            "INSERT INTO sync_file_uploads (sha256, chunk, data) VALUES (%s, 0, %s)",
            [sha, data],
        )


def test_a_file_over_the_size_limit_is_refused_by_the_gateway(secured):
    secured.execute("UPDATE sync_settings SET value = '1500' WHERE key = 'max_file_bytes'")
    big = os.urandom(2000)
    sha = hashlib.sha256(big).hexdigest()
    activity, office = _gent_activity(secured)
    with connect_as(secured, "gnt1") as conn:
        conn.execute(
            "INSERT INTO attachments (id, sha256, filename, mime_type, size, owner_table, "
            "owner_id, office_id, row_version, created_at, updated_at) VALUES "
            "(gen_random_uuid(), %s, 'big.pdf', 'application/pdf', 2000, 'activities', %s, "
            "%s, 0, now(), now())",
            [sha, activity, office],
        )
        conn.execute(
            "INSERT INTO sync_file_uploads (sha256, chunk, data) VALUES (%s, 0, %s)", [sha, big]
        )
        # no more chunks than the limit allows are even staged
        assert refused(
            conn,
            "INSERT INTO sync_file_uploads (sha256, chunk, data) VALUES (%s, 1, %s)",
            [sha, big],
        )
        assert conn.execute("SELECT sync_put_file(%s)", [sha]).fetchone()[0] == "refused"
        conn.commit()
    assert secured.scalar("SELECT count(*) FROM sync_files WHERE sha256 = :s", s=sha) == 0
    assert secured.scalar("SELECT count(*) FROM sync_file_uploads") == 0


def test_garbage_stored_before_the_upgrade_is_removed_and_good_files_stay(sync_run):
    name = f"{sync_run.template}_old_{os.urandom(3).hex()}"
    with sync_run.server.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    engine = make_engine(
        sa.engine.make_url(sync_run.server_url).set(database=name).render_as_string(False)
    )
    try:
        upgrade(engine, "0014")  # a central database attacked before 0017
        good = os.urandom(CHUNK + 10)
        garbage = os.urandom(CHUNK + 10)
        stored = {
            "good": (hashlib.sha256(good).hexdigest(), good),
            "garbage": (hashlib.sha256(os.urandom(9)).hexdigest(), garbage),
        }
        with engine.begin() as conn:
            for sha, data in stored.values():
                conn.execute(
                    sa.text("INSERT INTO sync_files (sha256, size, chunks) VALUES (:s, :n, 2)"),
                    {"s": sha, "n": len(data)},
                )
                for number in range(2):
                    piece = data[number * CHUNK : (number + 1) * CHUNK]
                    conn.execute(
                        sa.text(
                            "INSERT INTO sync_file_chunks (sha256, chunk, data, digest) "
                            "VALUES (:s, :i, :d, :g)"
                        ),
                        {"s": sha, "i": number, "d": piece, "g": hashlib.sha256(piece).hexdigest()},
                    )
        upgrade(engine)
        with engine.connect() as conn:
            left = set(conn.execute(sa.text("SELECT sha256 FROM sync_files")).scalars())
        assert left == {stored["good"][0]}
    finally:
        engine.dispose()
        with sync_run.server.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
